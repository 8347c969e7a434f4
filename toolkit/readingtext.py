"""The reading text of a TEI document: the source's own words, as a reader reads them.

Fidelity tests and the builders compare against this, so its rules are the edition's definition of
"the text": everything inside ``<text>`` except editorial matter — notes of any kind (editorial notes
and the source's endnote calls alike) and the set-aside side of a ``choice`` pair.

Choice policy: the reading text keeps what the document *says* after editing — ``corr`` over
``sic``, ``expan`` over ``abbr``, ``reg`` over ``orig`` — because that is what editions display in the
running text; the other reading stays available in the outputs as an alternative.
Block-level elements are separated by a space so that words of adjacent paragraphs never run together.
"""

from __future__ import annotations

from lxml import etree

from . import TEI_NS

_T = f"{{{TEI_NS}}}"

#: Subtrees that are not part of the reading text.
EXCLUDED = {_T + name for name in ("note", "teiHeader", "standOff", "facsimile", "fw")}

#: Inside ``choice``, the readings that give way to ``corr``, ``reg`` and ``expan``.
SET_ASIDE_IN_CHOICE = {_T + name for name in ("sic", "orig", "abbr")}

#: Elements whose boundaries separate words.
BLOCKS = {
    _T + name
    for name in (
        "text", "front", "body", "back", "group", "div", "div1", "div2", "div3", "div4", "div5", "p", "ab",
        "head", "lg", "l", "list", "item", "label", "table", "row", "cell", "figure", "figDesc", "cit",
        "opener", "closer", "salute", "signed", "dateline", "byline", "docTitle", "titlePart", "docAuthor",
        "docDate", "docImprint", "titlePage", "trailer", "argument", "epigraph", "sp", "speaker", "stage",
        "postscript", "listBibl", "address", "addrLine", "floatingText", "lb", "pb", "cb",
    )
}

_NO_BREAK = {"no", "false"}


def _walk(element: etree._Element, out: list[str]) -> None:
    tag = element.tag
    if not isinstance(tag, str) or tag in EXCLUDED:
        return  # comments and processing instructions carry no text; excluded subtrees are skipped
    if tag in SET_ASIDE_IN_CHOICE and _has_alternative(element):
        return
    block = tag in BLOCKS and element.get("break") not in _NO_BREAK
    if block:
        out.append(" ")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append(" ")


def _has_alternative(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag == _T + "choice" and len(parent) > 1


def text_element(root: etree._Element) -> etree._Element | None:
    """The ``<text>`` of a ``TEI`` document (``None`` for a document without one)."""
    if root.tag == _T + "text":
        return root
    return root.find(_T + "text")


def reading_text(root: etree._Element) -> str:
    """The reading text of ``root`` (a ``TEI`` or ``text`` element), whitespace-normalised."""
    element = text_element(root)
    if element is None:
        return ""
    out: list[str] = []
    _walk(element, out)
    return " ".join("".join(out).split())


def words(root: etree._Element) -> list[str]:
    """The reading text as a list of whitespace-separated words."""
    return reading_text(root).split()
