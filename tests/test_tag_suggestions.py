"""`teikit tag --suggest MODEL` (issue 14): a spaCy model's names that no register holds are reported,
never written. The model here is made in the test (a blank English pipeline whose entity ruler names a
few words), so that what the model says is known and what teikit does with it can be checked."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.tagger import html_report, summary, tag_document
from toolkit.xmlsource import parse

from .conftest import tei_document
from .test_tag import NS, REGISTER

spacy = pytest.importorskip("spacy")  # installed by `make test` (the test extra); an optional extra for users

TEXT = ("<p>Stalin met Nikolai Bukharin in Barcelona, and Bukharin wrote to the NKVD in 1937; "
        "<title>Barcelona Review</title>.<note type=\"source\" n=\"1\">Bukharin, letters.</note></p>"
        "<p>Barcelona again.</p>")


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    """A spaCy pipeline on disk that finds these names (and a date, which is no register's business)."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in (
        ("PERSON", "Nikolai Bukharin"), ("PERSON", "Bukharin"), ("GPE", "Barcelona"), ("PERSON", "Stalin"),
        ("ORG", "NKVD"), ("DATE", "1937"), ("ORG", "Barcelona Review"))])
    folder = tmp_path_factory.mktemp("model") / "ruler_en"
    nlp.to_disk(folder)
    return folder


def _document(tmp_path):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document(TEXT, standoff=REGISTER), encoding="utf-8")
    return source


def test_names_in_no_register_are_suggested_and_not_written(tmp_path, model):
    source = _document(tmp_path)
    out = tmp_path / "tagged.xml"
    result = tag_document(source, [source], out=out, suggest=str(model))
    rows = {(s["text"], s["kind"]): s["count"] for s in result.details["suggestions"]}
    # Stalin and the NKVD are the register's (tagged, so masked), 1937 is a date, the title and the
    # source's note are not read: what is left is what the register lacks.
    assert rows == {("Barcelona", "places"): 2, ("Nikolai Bukharin", "persons"): 1, ("Bukharin", "persons"): 1}
    tagged = parse(out).root
    assert [e.text for e in tagged.findall(".//t:body//t:persName", NS)] == ["Stalin"]
    assert tagged.findall(".//t:body//t:placeName", NS) == []
    text = summary(result)
    assert "suggested by" in text and "'Nikolai Bukharin' persons (PERSON, 1×)" in text
    page = html_report(result)
    assert "Names in no register" in page and "Nikolai Bukharin" in page


def test_no_notes_means_no_suggestions_in_notes(tmp_path, model):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Text.<note>Bukharin said so.</note></p>", standoff=REGISTER),
                      encoding="utf-8")
    with_notes = tag_document(source, [source], dry_run=True, suggest=str(model))
    without = tag_document(source, [source], dry_run=True, suggest=str(model), notes=False)
    assert [s["text"] for s in with_notes.details["suggestions"]] == ["Bukharin"]
    assert without.details["suggestions"] == []


def test_the_cli_reports_suggestions(tmp_path, model):
    source = _document(tmp_path)
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--dry-run",
                                       "--suggest", str(model)])
    assert result.exit_code == 0, result.output
    assert "names in no register, suggested by" in result.output and "'Barcelona' places (GPE, 2×)" in result.output


def test_a_model_that_is_not_there_is_one_line(tmp_path):
    source = _document(tmp_path)
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "-o", str(tmp_path / "o.xml"),
                                       "--suggest", "xx_no_such_model"])
    assert result.exit_code == 2 and "[tag.suggest-model]" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "o.xml").exists()


def test_without_spacy_the_option_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now fails, as where it is not installed
    source = _document(tmp_path)
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--dry-run",
                                       "--suggest", "en_core_web_sm"])
    assert result.exit_code == 2 and "pip install 'teikit[ner]'" in result.output
    assert "[tag.suggest-unavailable]" in result.output
