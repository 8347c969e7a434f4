"""libxml2 against jing, the reference RELAX NG validator (issue 3, "Correctness").

On every fixture, teikit's RELAX NG verdict (lxml engine) and the line of its first grammar error must
agree with jing's against the same schema, and ``--engine jing`` must give the same rule ids.
Hostile fixtures (external entity, entity bomb) are never handed to jing: the hardened parser refuses
them before any schema runs, in both engines.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.resources import schema_file
from toolkit.validation import relaxng
from toolkit.validation import validate as validate_with
from toolkit.validation.sourcemap import SourceMap
from toolkit.xmlsource import parse_bytes

from .conftest import FIXTURES, PASSAGE

#: `teikit validate` with teikit's edition schema and rules
EDITION = ["validate", "--profile", "edition"]

def validate(paths, **options):
    """The lxml/jing comparisons are made on teikit's edition schema: the ``edition`` profile."""
    return validate_with(paths, **{"profile": "edition", **options})

pytestmark = pytest.mark.slow

HOSTILE = {"xml.external-entity.invalid.xml", "xml.entity-expansion.invalid.xml"}
FILES = sorted(p for folder in ("valid", "invalid") for p in (FIXTURES / folder).glob("*.xml")
               if p.name not in HOSTILE) + [PASSAGE]


def _lxml_verdict(path):
    """(valid?, line of the first error) by teikit's lxml engine; parse errors count as errors."""
    data = path.read_bytes()
    try:
        document = parse_bytes(data, path)
    except InputError as error:
        return False, error.diagnostic.line
    findings = relaxng.check(relaxng.load(schema_file("teikit.rng")), document.tree, str(path),
                             SourceMap(data, document.tree))
    return not findings, min((d.line for d in findings), default=None)


@pytest.fixture(scope="module")
def jing_results(jing_or_skip):
    """jing's findings for every file, in one run."""
    return jing_or_skip.validate(schema_file("teikit.rng"), {str(p): p.read_bytes() for p in FILES})


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lxml_agrees_with_jing(path, jing_results):
    findings = [d for d in jing_results[str(path)] if d.is_error]
    jing_verdict = (not findings, findings[0].line if findings else None)
    assert _lxml_verdict(path) == jing_verdict


def test_engine_jing_gives_the_same_rule_ids(jing_or_skip):
    grammar_cases = sorted((FIXTURES / "invalid").glob("rng.*.invalid.xml"))
    lxml = validate(grammar_cases)
    jing = validate(grammar_cases, engine="jing")
    assert [(d.file, d.code, d.line) for d in jing.diagnostics] == [(d.file, d.code, d.line) for d in lxml.diagnostics]


def test_cli_engine_jing(jing_or_skip):
    result = CliRunner().invoke(main, [*EDITION, "--engine", "jing", str(FIXTURES / "invalid"), str(PASSAGE)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "[rng.unknown-element]" in result.output and "[xml.external-entity]" in result.output
    ok = CliRunner().invoke(main, [*EDITION, "--engine", "jing", str(PASSAGE), str(FIXTURES / "valid")])
    assert ok.exit_code == 0, ok.output


def test_attribute_error_libxml2_misses_is_covered(tmp_path, jing_or_skip):
    """libxml2 skips the attributes of an element whose content failed; teikit's grammar analysis does not."""
    source = (FIXTURES / "invalid" / "rng.unknown-element.invalid.xml").read_text(encoding="utf-8")
    path = tmp_path / "two-errors.xml"
    path.write_text(source.replace("<p>A <blink>", '<p colour="red">A <blink>'), encoding="utf-8")
    lxml = [(d.code, d.line, d.column) for d in validate([path]).diagnostics]
    jing = [(d.code, d.line, d.column) for d in validate([path], engine="jing").diagnostics]
    assert lxml == jing == [("rng.unknown-attribute", 12, 10), ("rng.unknown-element", 12, 25)]
