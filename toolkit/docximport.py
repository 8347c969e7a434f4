"""``teikit import chapter.docx``: a Word document becomes a TEI draft, its words and its structure kept.

Word files are where many transcriptions and commentaries start. ``python-docx`` (a well-kept reader of
the format, on lxml) gives the paragraphs with their styles and runs; the footnotes, which it does not
read, come from their own part of the package. What becomes what:

- a paragraph in a *Heading N* style opens a division at depth N with that heading (``div/head``);
  a *Title* paragraph before any text is the draft's title and the body's heading;
- a *List* paragraph (a list style, or Word's list numbering) is an item of a ``list``;
- other paragraphs are ``p``; a table is a ``table`` of ``row``/``cell``;
- italic, bold, underlined, superscript and subscript runs are ``hi`` with ``@rend``;
- a footnote reference is a ``note place="foot"`` holding the footnote's words.

Every character of the runs is kept; nothing is invented (an empty paragraph is left out).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .tei import q

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_HEADING = re.compile(r"^(?:heading|überschrift|titre|titolo|título|overskrift)\s*(\d)$", re.I)


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"



def docx_body(path: Path) -> tuple[etree._Element, str | None, dict]:
    """The TEI ``body`` of a Word document, its title (a Title paragraph before any text), and counts."""
    import docx  # imported when used: the CLI starts without it

    document = docx.Document(str(path))
    footnotes = _footnotes(document)
    styles = {s.style_id: (s.name or "") for s in document.styles}
    body = etree.Element(q("body"))
    stack = [(0, body)]  # (depth, element) of the open divisions
    title, counts = None, {"paragraphs": 0, "headings": 0, "notes": 0, "tables": 0, "items": 0}
    current_list = None
    for block in document.element.body.iterchildren():
        if block.tag == _w("tbl"):
            current_list = None
            stack[-1][1].append(_table(block, footnotes, counts))
            counts["tables"] += 1
            continue
        if block.tag != _w("p") or not _text(block).strip():
            continue
        style = block.find(f"{_w('pPr')}/{_w('pStyle')}")
        style_id = style.get(_w("val"), "") if style is not None else ""
        name = styles.get(style_id, style_id) or ""
        heading = _HEADING.match(name.strip())
        if name.strip().lower() == "title" and title is None and counts["paragraphs"] == 0:
            title = _text(block).strip()
            head = etree.SubElement(body, q("head"))
            _runs(block, head, footnotes, counts)
            continue
        if heading:
            current_list = None
            depth = int(heading.group(1))
            while stack[-1][0] >= depth:
                stack.pop()
            division = etree.SubElement(stack[-1][1], q("div"))
            stack.append((depth, division))
            _runs(block, etree.SubElement(division, q("head")), footnotes, counts)
            counts["headings"] += 1
            continue
        if "list" in name.lower() or block.find(f"{_w('pPr')}/{_w('numPr')}") is not None:
            if current_list is None:
                current_list = etree.SubElement(stack[-1][1], q("list"))
            _runs(block, etree.SubElement(current_list, q("item")), footnotes, counts)
            counts["items"] += 1
            continue
        current_list = None
        _runs(block, etree.SubElement(stack[-1][1], q("p")), footnotes, counts)
        counts["paragraphs"] += 1
    return body, title, counts


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(_w("t")))


def _footnotes(document) -> dict[str, etree._Element]:
    """The footnotes of the document by id (their own part of the package; separators left out)."""
    for relationship in document.part.rels.values():
        if relationship.reltype == _FOOTNOTES:
            root = etree.fromstring(relationship.target_part.blob, etree.XMLParser(resolve_entities=False,
                                                                                 no_network=True))
            return {note.get(_w("id")): note for note in root.iter(_w("footnote"))
                    if note.get(_w("type")) not in ("separator", "continuationSeparator", "continuationNotice")}
    return {}


def _runs(paragraph: etree._Element, target: etree._Element, footnotes: dict, counts: dict) -> None:
    """The runs of a Word paragraph into ``target``: text, ``hi`` for formatted runs, notes."""
    for run in paragraph.iter(_w("r")):
        properties = run.find(_w("rPr"))
        rend = _rend(properties)
        for child in run:
            if child.tag == _w("t"):
                _append(target, child.text or "", rend)
            elif child.tag == _w("tab"):
                _append(target, "\t", rend)
            elif child.tag in (_w("br"), _w("cr")):
                etree.SubElement(target, q("lb"))
            elif child.tag == _w("footnoteReference") and child.get(_w("id")) in footnotes:
                note = etree.SubElement(target, q("note"), place="foot")
                for number, inner in enumerate(footnotes[child.get(_w("id"))].iter(_w("p"))):
                    if number:
                        _append(note, " ", "")
                    _runs(inner, note, {}, counts)
                note.text = (note.text or "").lstrip()
                counts["notes"] += 1


def _rend(properties: etree._Element | None) -> str:
    if properties is None:
        return ""
    found = []
    for tag, rend in (("i", "italic"), ("b", "bold"), ("u", "underline"), ("smallCaps", "smallcaps")):
        element = properties.find(_w(tag))
        if element is not None and element.get(_w("val"), "true") not in ("0", "false", "none"):
            found.append(rend)
    position = properties.find(_w("vertAlign"))
    if position is not None and position.get(_w("val")) in ("superscript", "subscript"):
        found.append(position.get(_w("val")))
    return " ".join(found)


def _append(target: etree._Element, text: str, rend: str) -> None:
    """Text at the end of ``target``, in a ``hi`` when formatted (joined with the previous one when its
    formatting is the same, so "Word" split into runs stays one word)."""
    if not text:
        return
    last = target[-1] if len(target) else None
    if rend:
        if last is not None and last.tag == q("hi") and last.get("rend") == rend and not last.tail:
            last.text = (last.text or "") + text
        else:
            etree.SubElement(target, q("hi"), rend=rend).text = text
    elif last is not None:
        last.tail = (last.tail or "") + text
    else:
        target.text = (target.text or "") + text


def _table(table: etree._Element, footnotes: dict, counts: dict) -> etree._Element:
    made = etree.Element(q("table"))
    for row in table.iter(_w("tr")):
        made_row = etree.SubElement(made, q("row"))
        for cell in row.iter(_w("tc")):
            made_cell = etree.SubElement(made_row, q("cell"))
            for number, paragraph in enumerate(cell.iter(_w("p"))):
                if number and _text(paragraph).strip():
                    etree.SubElement(made_cell, q("lb"))
                _runs(paragraph, made_cell, footnotes, counts)
    return made
