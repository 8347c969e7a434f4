"""The edition schema is a strict subset of TEI P5 (issue 3).

Every document valid against ``teikit.rng`` must be valid against TEI's ``tei_all.rng`` (TEI 4.3.0,
fetched from PyPI at test time; see ``tei_all_rng`` in conftest). Checked with both engines on every
valid fixture and on ``tei/passage.xml`` — each is first confirmed valid against teikit.rng, so the
test cannot pass vacuously.
"""

from __future__ import annotations

import pytest

from toolkit.resources import schema_file
from toolkit.validation import relaxng
from toolkit.validation.sourcemap import SourceMap
from toolkit.xmlsource import parse

from .conftest import FIXTURES, PASSAGE

pytestmark = pytest.mark.slow

DOCUMENTS = sorted((FIXTURES / "valid").glob("*.xml")) + [PASSAGE]


def _grammar_errors(schema_path, path):
    document = parse(path)
    source = SourceMap(path.read_bytes(), document.tree)
    return [d.format() for d in relaxng.check(relaxng.load(schema_path), document.tree, str(path), source)]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_valid_for_teikit_and_for_tei_all(path, tei_all_rng):
    assert _grammar_errors(schema_file("teikit.rng"), path) == []
    assert _grammar_errors(tei_all_rng, path) == []


def test_jing_agrees_that_they_are_tei_all_valid(tei_all_rng, jing_or_skip):
    results = jing_or_skip.validate(tei_all_rng, {str(p): p.read_bytes() for p in DOCUMENTS})
    assert {name: [d.format() for d in found] for name, found in results.items() if found} == {}


def test_tei_all_rejects_what_it_should(tei_all_rng):
    """A control: the prepared tei_all.rng really validates (an unknown element is refused)."""
    errors = _grammar_errors(tei_all_rng, FIXTURES / "invalid" / "rng.unknown-element.invalid.xml")
    assert len(errors) == 1 and "[rng.unknown-element]" in errors[0]


PRUNING_CASES = sorted((FIXTURES / "invalid").glob("rng.*.xml")) + DOCUMENTS


@pytest.mark.parametrize("path", PRUNING_CASES, ids=lambda p: p.name)
def test_pruned_tei_all_gives_the_full_grammars_verdict(path, tei_all_rng):
    """teikit prunes large grammars to the elements a run's documents use: same verdict, same first line.

    (libxml2 may word the error differently on the pruned grammar, so rule ids are not compared.)"""
    document = parse(path)
    full = relaxng.load(tei_all_rng)
    pruned = relaxng.load(tei_all_rng, relaxng.element_names(document.tree))
    assert pruned.validator is not full.validator

    def verdict(schema):
        findings = relaxng.check(schema, document.tree, str(path), SourceMap(path.read_bytes(), document.tree))
        return not findings, min((d.line for d in findings), default=None)

    assert verdict(pruned) == verdict(full)
