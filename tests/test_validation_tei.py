"""What editors actually write (issue 10): valid TEI passes the default profile; roots and elements
outside teikit's edition subset are named as such, not as misspellings."""

from __future__ import annotations

import pytest

from toolkit.validation import store, validate

from .conftest import tei_document

CORPUS = """<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Corpus</title>
</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
{members}</teiCorpus>"""


@pytest.fixture
def tei_all(tei_mirror):
    store.fetch("tei_all")


def test_a_tei_corpus_is_valid_tei(tmp_path, tei_all):
    member = tei_document("<p>One.</p>").replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")
    path = tmp_path / "corpus.xml"
    path.write_text(CORPUS.format(members=member * 2), encoding="utf-8")
    report = validate([path])
    assert report.ok and report.diagnostics == [], [d.format() for d in report.diagnostics]


def test_letters_with_msdesc_and_correspdesc_pass_the_default_profile(tmp_path, tei_all):
    header = ("<profileDesc><correspDesc><correspAction type=\"sent\"><persName>A</persName>"
              "<date when=\"1801-05-12\"/></correspAction></correspDesc></profileDesc>")
    text = tei_document("<p>Dear Ben,</p>", header=header).replace(
        "<sourceDesc><p>Written for the tests.</p></sourceDesc>",
        "<sourceDesc><msDesc><msIdentifier><settlement>Millford</settlement><repository>Archive</repository>"
        "<idno>1</idno></msIdentifier></msDesc></sourceDesc>")
    path = tmp_path / "letter.xml"
    path.write_text(text, encoding="utf-8")
    assert validate([path]).diagnostics == []
    edition = validate([path], profile="edition")
    [finding] = [d for d in edition.diagnostics if d.code == "rng.unknown-element"][:1]
    assert "is not in teikit's edition schema, a subset of TEI" in finding.message
    assert "--profile tei" in finding.message


def test_the_default_profile_still_refuses_what_tei_refuses(tmp_path, tei_all):
    path = tmp_path / "bad.xml"
    path.write_text(tei_document("<p>Text <madeUp/></p>"), encoding="utf-8")
    codes = [d.code for d in validate([path]).diagnostics]
    assert codes == ["rng.unknown-element"]


@pytest.mark.parametrize(("root", "words"), [
    ("<TEI.2><text><body><p>x</p></body></text></TEI.2>", "TEI P4"),
    ('<teiCorpus.2><text/></teiCorpus.2>', "p4top5.xsl"),
    ('<TEI><teiHeader/></TEI>', 'use <TEI xmlns="http://www.tei-c.org/ns/1.0">'),
])
def test_roots_that_are_not_tei_p5_say_what_they_are(tmp_path, root, words):
    path = tmp_path / "old.xml"
    path.write_text(root, encoding="utf-8")
    [finding] = validate([path]).diagnostics
    assert finding.code == "tei.root" and words in finding.message
