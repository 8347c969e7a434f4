"""A register kept in a file of its own (register.xml) fills the pages of the documents that point
into it: mentions link to their entries, the page's registers list them, the PDF's registers too."""

from __future__ import annotations

import lxml.html
from click.testing import CliRunner
from pypdf import PdfReader

from toolkit.cli import main
from toolkit.pipeline import build
from toolkit.sources import collect


def _example(tmp_path, monkeypatch):
    assert CliRunner().invoke(main, ["init", "--example", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_mention_of_a_shared_entry_links_to_it_and_the_page_lists_it(tmp_path, monkeypatch):
    folder = _example(tmp_path, monkeypatch)
    assert CliRunner().invoke(main, ["build", "--to", "html", "--to", "pdf"]).exit_code == 0
    page = lxml.html.parse(str(folder / "output/letters/1801-05-12-anna-to-ben.html")).getroot()
    signed = page.xpath("//*[contains(@class, 'mention')][. = 'Anna']")[0]
    assert (signed.tag, signed.get("href"), signed.get("data-entity")) == ("a", "#anna", "anna")
    entries = {li.get("id"): li for li in page.xpath("//section[@id = 'registers']//li[contains(@class, 'entry')]")}
    assert sorted(entries) == ["anna", "ben", "harbourtown", "millford"]  # the letter's (here: the whole register)
    assert "A botanist who writes to her brother" in entries["anna"].text_content()
    assert entries["harbourtown"].xpath("string(.//*[@class = 'entry-mentions'])") == "Mentioned in opening, ¶1"
    text = " ".join(p.extract_text() for p in PdfReader(folder / "output/letters/1801-05-12-anna-to-ben.pdf").pages)
    assert "A botanist who writes to her brother" in " ".join(text.split())


def test_an_entry_with_the_id_of_an_element_of_the_document_is_left_out_and_reported(tmp_path, monkeypatch):
    folder = _example(tmp_path, monkeypatch)
    letter = folder / "letters/1801-05-12-anna-to-ben.xml"
    closer = "<salute>Your loving sister,</salute>"
    letter.write_text(letter.read_text().replace(closer, closer.replace("<salute>", '<salute xml:id="ben">')))
    report = build(collect([], out_dir=folder / "output", project=_project(folder)), validate=False)
    (shadowed,) = [d for d in report.documents[0].diagnostics if d.code == "ref.shadowed"]
    assert 'xml:id="ben"' in shadowed.message and shadowed.line == 30  # the first pointer to it: correspAction received
    page = lxml.html.parse(str(folder / "output/letters/1801-05-12-anna-to-ben.html")).getroot()
    assert page.xpath("count(//*[@id = 'ben'])") == 1.0


def test_a_register_outside_the_edition_folder_is_not_read(tmp_path, monkeypatch):
    folder = _example(tmp_path, monkeypatch)
    (folder / "teikit.toml").unlink()  # no project: the letter's own folder is the boundary
    monkeypatch.chdir(folder / "letters")
    report = build(["1801-05-12-anna-to-ben.xml"], out_dir=folder / "out", validate=False)
    assert report.documents[0].ok
    page = lxml.html.parse(str(folder / "out/1801-05-12-anna-to-ben.html")).getroot()
    assert page.xpath("count(//li[contains(@class, 'entry')])") == 0.0
    assert page.xpath("//*[contains(@class, 'mention')][. = 'Anna']")[0].tag == "span"


def _project(folder):
    from toolkit.project import load

    return load(folder / "teikit.toml")
