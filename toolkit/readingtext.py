"""The reading text of a TEI document: the source's own words, as a reader reads them.

Fidelity tests and the builders compare against this, so its rules are the edition's definition of
"the text": everything inside ``<text>`` except editorial matter — notes of any kind (editorial notes
and the source's endnote calls alike) and the set-aside side of a ``choice`` pair or an ``app``
(the readings other than the lemma).

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

#: Inside ``choice``, the readings shown in the text; the others (``sic``, ``orig``, ``abbr``) give way.
_PREFERRED_IN_CHOICE = {_T + name for name in ("corr", "expan", "reg")}

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
    if _is_set_aside_in_choice(element):
        return
    if tag in _READINGS and _is_other_reading(element):
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


_READINGS = {_T + "lem", _T + "rdg"}


def _has_words_of_its_own(element: etree._Element) -> bool:
    """Words directly in a ``choice`` or ``app`` (not TEI: they hold readings only): then there is no
    alternative, everything in it is shown, as the editions do (transcr.xsl, textcrit.xsl)."""
    return bool((element.text or "").strip()) or any((child.tail or "").strip() for child in element)


def _is_other_reading(element: etree._Element) -> bool:
    """A reading of an ``app`` that the text does not show: the lemma is shown (else the first
    reading); the others are apparatus, as in the editions (xslt/common/textcrit.xsl)."""
    app = element.getparent()
    if app is not None and app.tag == _T + "rdgGrp":
        app = app.getparent()
    if app is None or app.tag != _T + "app" or _has_words_of_its_own(app):
        return False
    readings = [r for r in app.iter(*_READINGS) if r.getparent() is app or r.getparent().getparent() is app]
    shown = next((r for r in readings if r.tag == _T + "lem"), readings[0] if readings else None)
    return element is not shown


def _is_set_aside_in_choice(element: etree._Element) -> bool:
    """A reading of a ``choice`` that the text does not show: the editions show ``corr``, ``expan`` or
    ``reg`` (else the first reading) and offer the others (xslt/common/transcr.xsl)."""
    parent = element.getparent()
    if parent is None or parent.tag != _T + "choice" or len(parent) < 2:
        return False
    if _has_words_of_its_own(parent):
        return False
    readings = [child for child in parent if isinstance(child.tag, str)]
    preferred = [r for r in readings if r.tag in _PREFERRED_IN_CHOICE]
    return element is not (preferred or readings)[0]


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
