"""The PDF edition of tei/passage.xml (Typst), read back with pypdf: text, footnotes, registers, outline,
metadata, fonts, the attached TEI source, PDF/A-3a and PDF/UA-1, and a look at a page (pdftoppm).

The PDF is built once per session (conftest.passage_pdf); bytes are never compared.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter

from toolkit import TEI_NS
from toolkit.readingtext import reading_text, words
from toolkit.tei import XML_ID, xpath

from .conftest import HYPHEN_JOIN, PASSAGE, missing_words, note_marks

MENTIONS = "//tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs][@ref]"


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_every_word_of_the_reading_text_is_in_the_pdf_in_order(passage_pdf, passage_root):
    expected = words(passage_root)
    assert len(expected) > 1000
    assert missing_words(expected, passage_pdf.words(), note_marks(passage_root)) == []


def test_the_renderer_reported_nothing(passage_pdf):
    assert passage_pdf.diagnostics == []


def _before(note, length: int = 3) -> str:
    """The last words of the text before a note's call (within its paragraph)."""
    preceding = []
    for node in note.itersiblings(preceding=True):
        words = "" if node.tag == f"{{{TEI_NS}}}note" else "".join(node.itertext())
        preceding.insert(0, words + (node.tail or ""))
    preceding.append("")
    parent = note.getparent()
    text = (parent.text or "") + "".join(preceding)
    return " ".join(text.split()[-length:])


def test_every_footnote_is_on_the_page_of_its_call(passage_pdf, passage_root):
    notes = xpath(passage_root, "//tei:text//tei:note[@type = 'editorial']")
    assert len(notes) == 11
    plain = [normalised(t.replace(HYPHEN_JOIN, "")) for t in passage_pdf.page_texts]
    joined = [normalised(t.replace(HYPHEN_JOIN, "-")) for t in passage_pdf.page_texts]
    for number, note in enumerate(notes, start=1):
        prefix = normalised("".join(note.itertext()))[:60]
        pages = [n for n, text in enumerate(passage_pdf.page_texts, start=1) if prefix in normalised(text)]
        assert len(pages) == 1, f"note {number} ({prefix!r}) is on {pages}"
        page = pages[0]
        # the footnote starts with its number, as in the HTML edition
        assert re.search(rf"(^|\n){number}\s*{re.escape(prefix[:20])}", passage_pdf.page_texts[page - 1])
        # and the words before its call are on the same page, followed by the call
        before = re.escape(_before(note)).replace(r"\ ", r"\s+")
        call = rf"{before}\S*?{number}"
        assert re.search(call, plain[page - 1]) or re.search(call, joined[page - 1]), \
            f"note {number}: its call ({_before(note)!r}) is not on page {page}"


def test_source_endnote_calls_are_bracketed_marks_not_footnotes(passage_pdf):
    text = "\n".join(passage_pdf.page_texts)
    body = text.split("Notes of the source")[0]
    assert re.findall(r"\[(\d+)\]", body) == [str(n) for n in range(71, 81)]
    assert "Endnote 71 of the source" not in body
    # their words are kept, under their marks, after the text
    endnotes = text.split("Notes of the source", 1)[1].split("Registers")[0]
    assert re.findall(r"\[(\d+)\] Endnote \1 of the source", normalised(endnotes)) == [str(n) for n in range(71, 81)]


def _text_pages(passage_pdf) -> range:
    """The pages of the text: from its first page to the page before the registers."""
    return range(passage_pdf.page_of("text"), passage_pdf.page_of("registers"))


def _expand(listed: str) -> list[int]:
    """"3, 5–7, 9" → [3, 5, 6, 7, 9]."""
    pages: list[int] = []
    for part in listed.split(", "):
        first, _, last = part.partition("–")
        pages.extend(range(int(first), int(last or first) + 1))
    return pages


def _clean_entries(root) -> dict[str, set[str]]:
    """Entries whose mention words occur in the text and its notes only as tagged mentions, with those
    words: for them "the pages whose text contains the mention" can be computed exactly."""
    text = " ".join([reading_text(root)] + [normalised("".join(n.itertext()))
                                            for n in xpath(root, "//tei:text//tei:note")])
    mentions = xpath(root, MENTIONS)
    counts = Counter(normalised("".join(m.itertext())) for m in mentions)
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        forms.setdefault(mention.get("ref")[1:], set()).add(normalised("".join(mention.itertext())))
    owners = Counter(f for found in forms.values() for f in found)
    return {entry: found for entry, found in forms.items()
            if all(owners[f] == 1 and len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", text)) == counts[f]
                   for f in found)}


def _listed_pages(passage_pdf, name: str) -> list[int]:
    """The page numbers printed after an entry's name in the registers."""
    registers = "\n".join(passage_pdf.page_texts[passage_pdf.page_of("registers") - 1:passage_pdf.page_of("about") - 1])
    registers = registers.replace(HYPHEN_JOIN, "")
    match = re.search(rf"{re.escape(name)}, ((?:\d+(?:–\d+)?, )*\d+(?:–\d+)?)(?![\d–])", normalised(registers))
    assert match, f"no page numbers after {name!r} in the registers"
    return _expand(match.group(1))


def test_register_entries_list_exactly_the_pages_of_their_mentions(passage_pdf, passage_root):
    clean = _clean_entries(passage_root)
    names = {e.get(XML_ID): e for e in xpath(passage_root, "//tei:standOff//*[@xml:id]")}
    sample = sorted(clean)
    assert len(sample) >= 10, sample
    checked_multi_page = False
    for entry in sample:
        element = names[entry]
        first = element.xpath("./*[local-name() = 'persName' or local-name() = 'placeName' "
                              "or local-name() = 'orgName' or local-name() = 'label'][1]")[0]
        parts = first.xpath("./*[local-name() = 'forename' or local-name() = 'surname']")
        name = " ".join(p.text for p in parts) if parts else normalised("".join(first.itertext()))
        # a mention may carry a footnote call ("assassination4"), so only a letter may not follow
        patterns = [re.compile(rf"(?<!\w){re.escape(form)}(?![^\W\d])") for form in clean[entry]]
        expected = sorted(n for n in _text_pages(passage_pdf)
                          if any(p.search(normalised(passage_pdf.page_texts[n - 1])) for p in patterns))
        assert expected, entry
        assert _listed_pages(passage_pdf, name) == expected, entry
        checked_multi_page |= len(expected) > 1
    assert checked_multi_page  # the sample includes an entry mentioned on several pages


def test_every_register_entry_lists_each_page_once_with_runs_as_ranges(passage_pdf, passage_root):
    entries = xpath(passage_root, "//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org "
                                  "or self::tei:event][@xml:id]")
    registers = normalised("\n".join(passage_pdf.page_texts[passage_pdf.page_of("registers") - 1:]))
    lists = [listed for listed in re.findall(r", ((?:\d+(?:–\d+)?, )*\d+(?:–\d+)?)(?![\d–])", registers)
             if max(_expand(listed)) <= passage_pdf.pages]  # not years
    assert len(lists) >= len(entries)
    ranges = 0
    for listed in lists:
        numbers = _expand(listed)
        assert numbers == sorted(set(numbers)), listed
        for part in listed.split(", "):  # a run of pages is a range, never two neighbours
            ranges += "–" in part
        singles = [int(p) for p in listed.split(", ") if "–" not in p]
        assert all(b - a > 1 for a, b in zip(singles, singles[1:], strict=False)), listed
    assert ranges > 0  # the passage has entries mentioned on consecutive pages


def test_the_outline_has_the_text_the_registers_and_about(passage_pdf):
    assert passage_pdf.outline() == [
        (0, "Stalin and the Great Terror, 1937–1938"),
        (0, "Notes of the source"),
        (0, "Registers"), (1, "Persons"), (1, "Places"), (1, "Organisations"), (1, "Events"),
        (0, "About this edition"),
    ]


def test_metadata_comes_from_the_tei_header(passage_pdf, passage_root):
    metadata = passage_pdf.reader.metadata
    title = normalised(xpath(passage_root, "//tei:titleStmt/tei:title[@type = 'main']")[0].text)
    assert metadata.title == title
    assert metadata.author == "Geoffrey Roberts"
    assert metadata.subject.startswith("An excerpt from Geoffrey Roberts")
    terms = [t.text for t in xpath(passage_root, "//tei:keywords/tei:term")]
    assert metadata["/Keywords"] == ", ".join(terms)
    assert passage_pdf.reader.trailer["/Root"]["/Lang"] == "en"


def _fonts(reader):
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            yield font.get_object()


def test_fonts_are_embedded_and_the_book_face_is_eb_garamond(passage_pdf):
    """Every glyph of the passage comes from EB Garamond: no character needed a fallback face."""
    names = set()
    for font in _fonts(passage_pdf.reader):
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for descendant in descendants:
            descriptor = descendant["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
        names.add(re.sub(r"^/[A-Z]{6}\+", "", font["/BaseFont"]))
    assert names and all(name.startswith("EBGaramond") for name in names), names


def test_the_tei_source_is_attached(passage_pdf):
    assert passage_pdf.reader.attachments == {"passage.xml": [PASSAGE.read_bytes()]}


def test_the_pdf_is_tagged_pdf_a_3a_and_pdf_ua_1(passage_pdf):
    root = passage_pdf.reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[^0-9]{1,3}3", xmp) and re.search(r"pdfaid:conformance[^A-Z]{1,3}A", xmp)
    assert re.search(r"pdfuaid:part[^0-9]{1,3}1", xmp)


def _structure_roles(node, found: list[str], limit: int = 20000) -> list[str]:
    """The structure types (/S) of a structure tree, in reading order."""
    node = node.get_object()
    if isinstance(node, list):
        for child in node:
            _structure_roles(child, found, limit)
        return found
    if not hasattr(node, "get") or len(found) > limit:
        return found
    if "/S" in node:
        found.append(str(node["/S"]))
    kids = node.get("/K")
    if kids is not None and not isinstance(kids, int):
        _structure_roles(kids, found, limit)
    return found


def test_the_structure_tree_has_headings_paragraphs_and_notes_in_reading_order(passage_pdf):
    tree = passage_pdf.reader.trailer["/Root"]["/StructTreeRoot"]
    roles = _structure_roles(tree["/K"], [])
    assert roles.count("/P") > 14 and "/H1" in roles
    assert roles.index("/H1") < roles.index("/P", roles.index("/H1"))
    assert "/Note" in roles or "/FENote" in roles, sorted(set(roles))


def test_the_first_text_page_is_not_blank(passage_pdf, artifacts_dir, tmp_path):
    page = passage_pdf.page_of("text")
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-gray", "-singlefile",
                    str(passage_pdf.path), str(tmp_path / "page")], check=True)
    pgm = (tmp_path / "page.pgm").read_bytes()
    header = pgm.split(maxsplit=4)  # P5 width height maxval pixels
    assert header[0] == b"P5"
    width, height = int(header[1]), int(header[2])
    pixels = pgm[-width * height:]
    dark = sum(1 for value in pixels if value < 128)
    assert dark > 0.01 * width * height, f"only {dark} dark pixels on page {page}"
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(passage_pdf.path), str(artifacts_dir / "pdf-passage-first-text-page")], check=True)
    assert (artifacts_dir / "pdf-passage-first-text-page.png").stat().st_size > 1000
