"""TEI as editors write it, against TEI's own tei_all (issue 10): on every fixture of
tests/fixtures/tei/ and the example edition of `teikit init --example`, teikit's lxml engine and jing
give the same verdict and first error line, and the default profile reports nothing on the valid ones."""

from __future__ import annotations

import pytest

from toolkit.starter import EXAMPLE
from toolkit.validation import relaxng, store, validate
from toolkit.validation.sourcemap import SourceMap
from toolkit.xmlsource import parse_bytes

from .conftest import FIXTURES

pytestmark = pytest.mark.slow

FILES = sorted((FIXTURES / "tei").glob("*.xml")) + sorted(EXAMPLE.rglob("*.xml"))


def _lxml_verdict(schema, path):
    data = path.read_bytes()
    document = parse_bytes(data, path)
    findings = relaxng.check(schema, document.tree, str(path), SourceMap(data, document.tree))
    return not findings, min((d.line for d in findings), default=None)


@pytest.fixture(scope="module")
def jing_on_tei_all(jing_or_skip, tei_all_rng):
    return jing_or_skip.validate(tei_all_rng, {str(p): p.read_bytes() for p in FILES})


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lxml_and_jing_agree_on_tei_all(path, jing_on_tei_all, tei_all_rng):
    used = relaxng.element_names(parse_bytes(path.read_bytes(), path).tree)
    findings = [d for d in jing_on_tei_all[str(path)] if d.is_error]
    assert _lxml_verdict(relaxng.load(tei_all_rng, used), path) == (not findings,
                                                                     findings[0].line if findings else None)
    assert (not findings) == (".invalid." not in path.name)


@pytest.mark.parametrize("path", [p for p in FILES if ".invalid." not in p.name], ids=lambda p: p.name)
def test_the_default_profile_finds_nothing_in_valid_tei(path, tei_mirror):
    store.fetch("tei_all")
    root = EXAMPLE if path.is_relative_to(EXAMPLE) else path.parent
    report = validate([path], root=root)
    # the register file alone: its entries are used by the letters, which are not in this run
    findings = [d.format() for d in report.diagnostics if d.code != "register.unused"]
    assert findings == []
