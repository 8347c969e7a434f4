"""The reading text of a TEI document: the source's own words, as a reader reads them.

Fidelity tests and the builders compare against this, so its rules are the edition's definition of
"the text": everything inside ``<text>`` except editorial matter — notes of any kind (editorial notes
and the source's endnote calls alike) and the set-aside side of a ``choice`` pair or an ``app``
(the readings other than the lemma, and what the app says of its witnesses: ``witDetail``, ``wit``).

Choice policy: the reading text keeps what the document *says* after editing — ``corr`` over
``sic``, ``expan`` over ``abbr``, ``reg`` over ``orig`` — because that is what editions display in the
running text; the other reading stays available in the outputs as an alternative.
Block-level elements are separated by a space so that words of adjacent paragraphs never run together.

Transcription (xslt/common/transcr.xsl): the reading text is the normalised view, so abbreviation marks
(``am``, shown only in the diplomatic view) are not in it; nor are index entries (``index``: their terms
go to the index, never into the line), base64 data (``binaryObject``: the editions show a placeholder or
the image) and MathML formulas (set as mathematics, whose characters the editions give as glyphs, not
as words). An XML example (``egXML``) is code: its words are its markup as written, tags included.
"""

from __future__ import annotations

from lxml import etree

from . import TEI_NS

_T = f"{{{TEI_NS}}}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

#: Subtrees that are not part of the reading text.
EXCLUDED = {_T + name for name in ("note", "teiHeader", "standOff", "facsimile", "fw")}

_EG = "{http://www.tei-c.org/ns/Examples}"
_MATHML = "{http://www.w3.org/1998/Math/MathML}"
_XML_NS = "{http://www.w3.org/XML/1998/namespace}"

#: Not words of the running text, wherever they are (see the module's docstring).
EXCLUDED |= {_T + "index", _T + "binaryObject", _T + "am", _MATHML + "math"}

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
        "postscript", "listBibl", "address", "addrLine", "floatingText", "lb", "pb", "cb", "eg", "listWit", "witness",
        "castList", "castGroup", "castItem", "set",  # drama: each member of a cast list is an item of its own
    )
}

_NO_BREAK = {"no", "false"}


def _walk(element: etree._Element, out: list[str]) -> None:
    tag = element.tag
    if not isinstance(tag, str) or tag in EXCLUDED:
        return  # comments and processing instructions carry no text; excluded subtrees are skipped
    if _is_set_aside_in_choice(element):
        return
    if tag.startswith(_MATHML):
        return  # MathML outside a math element too (a formula, as xslt/common/transcr.xsl has it)
    if tag in (_EG + "egXML", _T + "egXML") or tag.startswith(_EG):
        out.append(f" {_xml_content(element) if tag.endswith('}egXML') else _xml(element)} ")
        return
    if tag in _READINGS and _is_other_reading(element):
        return
    if tag in _APPARATUS_REMARKS and _in_app(element):
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

#: What an ``app`` says about its witnesses besides the readings: apparatus, as the readings it sets aside.
_APPARATUS_REMARKS = {_T + "witDetail", _T + "wit"}

#: Words that mark a witness as the edition's base text (``<witness xml:id="A" ana="#base">``): an
#: ``app`` without ``lem`` shows its reading (xslt/common/textcrit.xsl, ``t:base-witnesses``).
_BASE_MARKS = {"base", "base-text", "basetext", "copy-text", "copytext"}


def _in_app(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag in (_T + "app", _T + "rdgGrp")


#: The base witnesses of the document last asked about (its root, their ids): one walk per document.
_base_cache: list[tuple[etree._Element, set[str]]] = []


def _base_witnesses(element: etree._Element) -> set[str]:
    root = element.getroottree().getroot()
    if _base_cache and _base_cache[0][0] is root:
        return _base_cache[0][1]
    ids = set()
    for witness in root.iter(_T + "witness"):
        marks = " ".join(witness.get(name, "") for name in ("ana", "rend", "type")).lower().split()
        if witness.get(_XML_ID) and {mark.lstrip("#") for mark in marks} & _BASE_MARKS:
            ids.add(witness.get(_XML_ID))
    _base_cache[:] = [(root, ids)]
    return ids


def _pointer_ids(value: str | None) -> set[str]:
    return {token.rsplit("#", 1)[-1] for token in (value or "").split()} - {""}


def _has_words_of_its_own(element: etree._Element) -> bool:
    """Words directly in a ``choice`` or ``app`` (not TEI: they hold readings only): then there is no
    alternative, everything in it is shown, as the editions do (transcr.xsl, textcrit.xsl)."""
    return bool((element.text or "").strip()) or any((child.tail or "").strip() for child in element)


def _is_other_reading(element: etree._Element) -> bool:
    """A reading of an ``app`` that the text does not show: the lemma is shown (else the reading of a
    base witness, else the first reading); the others are apparatus, as in the editions
    (xslt/common/textcrit.xsl)."""
    app = element.getparent()
    if app is not None and app.tag == _T + "rdgGrp":
        app = app.getparent()
    if app is None or app.tag != _T + "app" or _has_words_of_its_own(app):
        return False
    readings = [r for r in app.iter(*_READINGS) if r.getparent() is app or r.getparent().getparent() is app]
    base = _base_witnesses(app) if not any(r.tag == _T + "lem" for r in readings) else set()
    shown = next((r for r in readings if r.tag == _T + "lem"),
                 next((r for r in readings if _pointer_ids(r.get("wit")) & base), readings[0] if readings else None))
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


def _xml_escape(value: str, attribute: bool) -> str:
    value = value.replace("&", "&amp;").replace("<", "&lt;")
    return value.replace('"', "&quot;") if attribute else value.replace(">", "&gt;")


def _qname(element: etree._Element, name: str, *, tag: bool = False) -> str:
    """A name as the document wrote it (prefix:local), from lxml's {namespace}local."""
    if not name.startswith("{"):
        return name
    namespace, local = name[1:].split("}", 1)
    if tag:
        return f"{element.prefix}:{local}" if element.prefix else local
    if namespace == _XML_NS[1:-1]:
        return f"xml:{local}"
    prefix = next((p for p, uri in element.nsmap.items() if uri == namespace and p), None)
    return f"{prefix}:{local}" if prefix else local


def _xml(element: etree._Element) -> str:
    """An element of an XML example as code, as the editions show it (t:xml-tokens in transcr.xsl)."""
    if not isinstance(element.tag, str):
        if isinstance(element, etree._Comment):
            return f"<!--{element.text or ''}-->"
        return f"<?{' '.join(filter(None, (element.target, element.text)))}?>"
    name = _qname(element, element.tag, tag=True)
    attributes = "".join(f' {_qname(element, key)}="{_xml_escape(value, True)}"'
                         for key, value in element.attrib.items())
    if element.text is None and len(element) == 0:
        return f"<{name}{attributes}/>"
    return f"<{name}{attributes}>{_xml_content(element)}</{name}>"


def _xml_content(element: etree._Element) -> str:
    return _xml_escape(element.text or "", False) + "".join(
        _xml(child) + _xml_escape(child.tail or "", False) for child in element)


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
