"""`teikit import` (issue 14): a plain text becomes a TEI draft whose reading text is the source's —
paragraphs, block quotations, the source's endnote calls as empty notes, a header to fill in."""

from __future__ import annotations

from click.testing import CliRunner

from toolkit import TEI_NS
from toolkit.cli import main
from toolkit.importer import draft, import_text
from toolkit.readingtext import reading_text
from toolkit.validation import store, validate
from toolkit.xmlsource import parse

from .conftest import PASSAGE_SOURCE
from .test_passage import source_without_calls

NS = {"t": TEI_NS}


def test_the_passage_imports_with_its_words_its_quotation_and_its_ten_endnote_calls(tmp_path, tei_mirror):
    out = tmp_path / "passage.xml"
    result = CliRunner().invoke(main, ["import", str(PASSAGE_SOURCE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    root = parse(out).root
    expected, calls = source_without_calls()
    assert reading_text(root) == expected  # every word, no stray digit, nothing added
    assert root.xpath("//t:note[@type = 'source']/@n", namespaces=NS) == calls
    assert root.xpath("//t:note[@type = 'source'][node()]", namespaces=NS) == []  # no invented note text
    [cit] = root.xpath("//t:body/t:cit", namespaces=NS)
    assert cit.xpath("string(t:quote)", namespaces=NS).startswith("I think that the Bolsheviks")
    assert cit.xpath("t:note/@n", namespaces=NS) == ["71"]
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "Passage"
    store.fetch("tei_all")  # the draft declares tei_all; checked against TEI 4.3.0 from the loopback mirror
    report = validate([out])
    assert report.ok, [d.format() for d in report.diagnostics]
    assert not [d for d in report.diagnostics if d.code.startswith("schema.")]  # checked, not skipped


def test_paragraphs_by_blank_lines_a_title_line_and_an_indented_quotation(tmp_path):
    source = tmp_path / "chapter_one.txt"
    source.write_text("Chapter One\n\nShe said — quietly — “no”.\nIt rained.\n\n    An indented\n    quotation.\n\n"
                      "Numbers: 3.5 and 1937. stay text.\n", encoding="utf-8")
    result = import_text(source, tmp_path / "out.xml")
    root = parse(tmp_path / "out.xml").root
    assert result.ok and root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "Chapter One"
    body = root.xpath("//t:body/*", namespaces=NS)
    assert [e.tag.split("}")[1] for e in body] == ["head", "p", "cit", "p"]
    assert body[1].text == "She said — quietly — “no”. It rained."
    assert body[2].xpath("string(t:quote)", namespaces=NS) == "An indented quotation."
    assert root.xpath("//t:note", namespaces=NS) == []  # "3.5" and a lone number are no calls
    assert reading_text(root) == " ".join(source.read_text(encoding="utf-8").split())


def test_one_paragraph_per_line_and_calls_only_in_sequence():
    tree = draft("First point.12\nSecond, ‘quoted’.13 And 2.5 here.\nThird.14", title=None, source_name="x.txt")
    root = tree.getroot()
    assert len(root.xpath("//t:body/t:p", namespaces=NS)) == 3
    assert root.xpath("//t:note/@n", namespaces=NS) == ["12", "13", "14"]
    assert reading_text(root) == "First point. Second, ‘quoted’. And 2.5 here. Third."


def test_import_never_overwrites_and_says_what_is_wrong_with_a_file(tmp_path):
    out = tmp_path / "out.xml"
    out.write_text("keep", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Words.\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["import", str(text), "-o", str(out)])
    assert refused.exit_code == 2 and "[import.exists]" in refused.output and out.read_text() == "keep"
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("First line\nS\xf8ster\n".encode("latin-1"))
    bad = CliRunner().invoke(main, ["import", str(latin1), "-o", str(tmp_path / "new.xml")])
    assert bad.exit_code == 1 and f"{latin1}:2:" in bad.output and "[import.encoding]" in bad.output
    assert not (tmp_path / "new.xml").exists()
