"""The result objects of :func:`toolkit.validation.validate`: the shared shape of :mod:`toolkit.results`.

A :class:`FileReport` is a :class:`~toolkit.results.DocumentResult` whose ``details`` name the schemas
that checked the file; a :class:`ValidationReport` is a :class:`~toolkit.results.Report` of them, so
``teikit validate --format json`` has the form of every command's JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..results import DocumentResult, Report


@dataclass
class FileReport(DocumentResult):
    """What validating one file found, and which schemas it was checked against (for display)."""

    @property
    def schema(self) -> str | None:
        return self.details.get("schema")

    @schema.setter
    def schema(self, value: str | None) -> None:
        self.details["schema"] = value

    @property
    def schematron(self) -> str | None:
        return self.details.get("schematron")

    @schematron.setter
    def schematron(self, value: str | None) -> None:
        self.details["schematron"] = value


@dataclass
class ValidationReport(Report):
    """All files of one ``validate`` call, in the order they were checked."""

    @property
    def files(self) -> list[FileReport]:
        return self.documents  # type: ignore[return-value]

    def to_json(self) -> str:
        """The documents with their findings and the schemas used, and a summary (``--format json``)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
