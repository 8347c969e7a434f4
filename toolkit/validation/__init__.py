"""Validation of TEI documents: RELAX NG (lxml or jing) plus ISO Schematron, as readable diagnostics.

The public interface — used by the ``teikit validate`` command and by the HTML builder::

    from toolkit.validation import validate, ValidationReport, FileReport
    report = validate(["tei/"])            # files or folders; schema=…, schematron=…, engine="lxml"|"jing"
    file_report = validate_document(parsed, Checks.of(profile="edition"))   # one parsed document
    report.ok, report.errors, report.warnings, report.to_json()

Modules, one concern each: :mod:`.schemas` (which schema, compile cache), :mod:`.relaxng` and
:mod:`.jing` (grammar), :mod:`.schematron` (rules), :mod:`.sourcemap` (line and column),
:mod:`.grammar` (what a grammar declares, for messages), :mod:`.report` (result objects),
:mod:`.validator` (the pipeline).
"""

from .report import FileReport, ValidationReport
from .validator import Checks, read_document, validate, validate_document

__all__ = ["Checks", "FileReport", "ValidationReport", "read_document", "validate", "validate_document"]
