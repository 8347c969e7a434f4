"""`teikit import` (issue 14): a plain text becomes a TEI draft whose reading text is the source's —
paragraphs, block quotations, the source's endnote calls as empty notes, a header to fill in."""

from __future__ import annotations

import pytest
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


def test_digits_after_a_thousands_separator_are_no_call():
    """As in buildings.xml's text: "approximately 40,000 making it" once began a sequence 0, 1, 2, 3."""
    tree = draft("A population of 40,000 made it large.1 Later 12.000 more.2 Then.3", title=None,
                 source_name="x.txt")
    assert tree.getroot().xpath("//t:note/@n", namespaces=NS) == ["1", "2", "3"]
    assert "40,000 made it" in reading_text(tree.getroot()) and "12.000 more" in reading_text(tree.getroot())


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


def _word_document(path):
    """A Word document made with python-docx: a title, two headings, formatted runs, a list, a table."""
    import docx

    document = docx.Document()
    document.add_paragraph("The harbour letters", style="Title")
    document.add_heading("First part", level=1)
    paragraph = document.add_paragraph("Plain, then ")
    paragraph.add_run("italic").italic = True
    paragraph.add_run(" and ")
    paragraph.add_run("bold").bold = True
    paragraph.add_run(", the 1")
    paragraph.add_run("st").font.superscript = True
    paragraph.add_run(" of May — “quoted”.")
    document.add_heading("A section", level=2)
    document.add_paragraph("First item", style="List Bullet")
    document.add_paragraph("Second item", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Cell one", "Cell two"
    document.add_heading("Second part", level=1)
    document.add_paragraph("The end.")
    document.save(str(path))


def test_a_word_document_becomes_a_draft_with_its_structure_and_every_word(tmp_path, tei_mirror):
    pytest.importorskip("docx")
    source = tmp_path / "letters.docx"
    _word_document(source)
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(tmp_path / "letters.xml")])
    assert result.exit_code == 0, result.output
    root = parse(tmp_path / "letters.xml").root
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "The harbour letters"
    divisions = root.xpath("//t:body/t:div", namespaces=NS)
    assert [d.xpath("string(t:head)", namespaces=NS) for d in divisions] == ["First part", "Second part"]
    assert divisions[0].xpath("string(t:div/t:head)", namespaces=NS) == "A section"
    paragraph = divisions[0].find(f"{{{TEI_NS}}}p")
    assert [(h.get("rend"), h.text) for h in paragraph] == [("italic", "italic"), ("bold", "bold"),
                                                           ("superscript", "st")]
    assert root.xpath("//t:list/t:item/text()", namespaces=NS) == ["First item", "Second item"]
    assert root.xpath("//t:table/t:row/t:cell/text()", namespaces=NS) == ["Cell one", "Cell two"]
    words = ("The harbour letters First part Plain, then italic and bold, the 1st of May — “quoted”. A section "
             "First item Second item Cell one Cell two Second part The end.")
    assert reading_text(root) == words
    store.fetch("tei_all")
    report = validate([tmp_path / "letters.xml"])
    assert report.ok, [d.format() for d in report.diagnostics]


def test_the_footnotes_of_a_word_document_become_notes_where_they_are_called(tmp_path):
    """python-docx cannot write footnotes: this Word document is put together part by part."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override '
        'PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="r2" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {w}><w:body><w:p><w:r><w:t xml:space="preserve">'
        'A claim</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> and '
        'more.</w:t></w:r></w:p></w:body></w:document>',
        "word/footnotes.xml": f'<?xml version="1.0"?><w:footnotes {w}><w:footnote w:type="separator" w:id="-1">'
        '<w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t xml:space='
        '"preserve"> See the </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>harbour book</w:t></w:r><w:r><w:t>.'
        '</w:t></w:r></w:p></w:footnote></w:footnotes>'}
    source = tmp_path / "notes.docx"
    with zipfile.ZipFile(source, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)
    result = import_text(source, tmp_path / "notes.xml")
    assert result.ok and result.details["notes"] == 1, [d.format() for d in result.diagnostics]
    root = parse(tmp_path / "notes.xml").root
    [note] = root.xpath("//t:p/t:note[@place = 'foot']", namespaces=NS)
    assert note.text == "See the " and note[0].get("rend") == "italic" and note[0].text == "harbour book"
    assert reading_text(root) == "A claim and more."


def test_a_file_that_is_not_a_word_document_is_one_line(tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(fake), "-o", str(tmp_path / "x.xml")])
    assert result.exit_code == 1 and "[import.docx]" in result.output and not (tmp_path / "x.xml").exists()


def test_a_folder_of_texts_and_word_documents_becomes_a_folder_of_drafts(tmp_path):
    """A thousand letters transcribed in Word or as text: one command, drafts in the sources' tree, a file
    that cannot be read (or would share a draft's name) one line, the others imported."""
    letters = tmp_path / "letters"
    (letters / "1801").mkdir(parents=True)
    (letters / "a.txt").write_text("Dear Ben,\n\nThe tides are late.\n", encoding="utf-8")
    (letters / "1801" / "b.txt").write_text("Dear Anna,\n\nThe maps are wrong.\n", encoding="utf-8")
    _word_document(letters / "1801" / "c.docx")
    (letters / "latin.txt").write_bytes("Kjøbenhavn".encode("latin-1"))
    _word_document(letters / "a.docx")  # a.txt would be a.xml too: the first in order (a.docx) is
    (letters / "notes.md").write_text("not imported", encoding="utf-8")
    out = tmp_path / "drafts"
    result = CliRunner().invoke(main, ["import", str(letters), "-o", str(out)])
    assert result.exit_code == 1, result.output
    drafts = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml"))
    assert drafts == ["1801/b.xml", "1801/c.xml", "a.xml"]
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert len(errors) == 2 and any("[import.encoding]" in e for e in errors)
    assert any("[import.same-name]" in e and "a.txt" in e for e in errors)
    assert "The maps are wrong." in reading_text(parse(out / "1801" / "b.xml").root)
    assert "The end." in reading_text(parse(out / "a.xml").root)  # a.docx's, never overwritten by a.txt's
    again = CliRunner().invoke(main, ["import", str(letters), "-o", str(out)])
    assert again.exit_code == 1 and again.output.count("[import.exists]") == 3  # never over a draft


def test_one_source_and_an_existing_folder_puts_the_draft_in_it(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "chapter.txt").write_text("The tides are late.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(tmp_path / "chapter.txt"), "-o", str(tmp_path / "drafts")])
    assert result.exit_code == 0, result.output
    tagged = CliRunner().invoke(main, ["tag", str(tmp_path / "drafts" / "chapter.xml"), "--register",
                                       str(tmp_path / "drafts" / "chapter.xml"), "-o", str(tmp_path / "drafts")])
    assert tagged.exit_code == 2 and "[tag.exists]" in tagged.output  # drafts/chapter.xml: never overwritten
    assert "The tides are late." in reading_text(parse(tmp_path / "drafts" / "chapter.xml").root)
