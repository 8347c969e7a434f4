"""Small TEI helpers shared by the library: qualified names, XPath with the TEI prefix, text of a node."""

from __future__ import annotations

import copy

from lxml import etree

from . import NSMAP, TEI_NS, XML_NS
from .errors import InputError


def q(name: str) -> str:
    """Clark name of a TEI element: ``q("p") == "{http://www.tei-c.org/ns/1.0}p"``."""
    return f"{{{TEI_NS}}}{name}"


XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def xpath(node: etree._Element, expression: str, **variables) -> list:
    return node.xpath(expression, namespaces=NSMAP, **variables)


def normalized_text(node: etree._Element | None) -> str:
    """All text below ``node`` with whitespace collapsed (``""`` for ``None``)."""
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname


def require_tei_root(document, position: tuple[int | None, int | None] | None = None, *,
                     corpus: bool = False) -> None:
    """Raise ``tei.root`` unless ``document`` (a :class:`~toolkit.xmlsource.ParsedDocument`) is a ``TEI``
    (or, with ``corpus``, a ``teiCorpus``: valid TEI that validation accepts) in the TEI namespace.
    ``position`` is the root's (line, column) where the caller knows the column; otherwise the root's
    line and column 1. Every stage (info, validate, build) refuses alike."""
    root = document.root
    if root.tag == q("TEI") or (corpus and root.tag == q("teiCorpus")):
        return
    line, column = position or (root.sourceline, 1)
    name = local_name(root)
    if root.tag == q("teiCorpus"):
        message = "a <teiCorpus> is valid TEI, but teikit cannot summarise one yet: give it one of its <TEI> documents"
    elif name in ("TEI.2", "teiCorpus.2"):
        message = (f"<{name}> is the root of TEI P4, the Guidelines' XML version before 2007; teikit reads TEI P5: "
                   "convert the document with the TEI Stylesheets' p4top5.xsl first")
    else:
        namespace = root.nsmap.get(root.prefix) or "no namespace"
        message = (f"the root element is <{name}> in {namespace}, not <TEI> in the TEI namespace: use "
                   f'<TEI xmlns="{TEI_NS}">')
    raise InputError.at("tei.root", message, document.path, line, column)


def corpus_as_text(document):
    """A ``teiCorpus`` as one TEI document the editions can lay out: the corpus's header, and its
    members as the texts of a ``group``, each opened by its title and authors (a headed division); the
    members' registers (``standOff``, ``particDesc``, ``settingDesc``) gathered in one ``standOff``. A
    nested ``teiCorpus`` becomes a nested ``group``. Elements keep their source lines.
    Returns a new :class:`~toolkit.xmlsource.ParsedDocument` (the original, for validation, is untouched)."""
    from .xmlsource import ParsedDocument

    corpus = document.root
    tei = _with_corpus_header(corpus)
    tei.sourceline = corpus.sourceline
    registers = etree.SubElement(tei, q("standOff"))
    text = etree.SubElement(tei, q("text"))
    text.append(_group(corpus, registers))
    if not len(registers):
        tei.remove(registers)
    return ParsedDocument(document.path, etree.ElementTree(tei), document.data)


def _with_corpus_header(corpus: etree._Element) -> etree._Element:
    """A new ``TEI`` element with the corpus's language and a copy of its header."""
    tei = etree.Element(q("TEI"), nsmap={None: TEI_NS})
    if corpus.get(XML_LANG):
        tei.set(XML_LANG, corpus.get(XML_LANG))
    header = corpus.find(q("teiHeader"))
    if header is not None:
        tei.append(copy.deepcopy(header))
    return tei


def _group(corpus: etree._Element, registers: etree._Element) -> etree._Element:
    group = etree.Element(q("group"))
    for member in corpus:
        if member.tag == q("teiCorpus"):
            inner = etree.SubElement(group, q("text"))
            inner.append(_title_page(member))
            inner.append(_group(member, registers))
            continue
        if member.tag != q("TEI"):
            continue
        text = member.find(q("text"))
        part = copy.deepcopy(text) if text is not None else etree.Element(q("text"))
        part.tail = None
        if member.get(XML_LANG) and not part.get(XML_LANG):
            part.set(XML_LANG, member.get(XML_LANG))
        front = part.find(q("front"))
        if front is None:
            front = etree.Element(q("front"))
            part.insert(0, front)
        front.insert(0, _title_page(member))
        group.append(part)
        for lists in member.xpath("t:standOff/* | t:teiHeader/t:profileDesc/t:particDesc/* | "
                                  "t:teiHeader/t:profileDesc/t:settingDesc/*", namespaces={"t": TEI_NS}):
            registers.append(copy.deepcopy(lists))
    return group


def _title_page(member: etree._Element) -> etree._Element:
    """A member's title and authors, from its header, as the headed division its part opens with (a
    heading of the page and of its table of contents)."""
    opening = etree.Element(q("div"), type="corpus-member")
    etree.SubElement(opening, q("head")).text = member_title(member)
    authors = member.findall(f"{q('teiHeader')}/{q('fileDesc')}/{q('titleStmt')}/{q('author')}")
    if authors:
        byline = etree.SubElement(opening, q("byline"))
        for author in authors:
            copied = etree.SubElement(byline, q("docAuthor"))
            copied.text = author.text
            copied.extend(copy.deepcopy(child) for child in author if child.tag != q("idno"))
            copied.tail = " "
    return opening


def corpus_members(document) -> list:
    """The ``TEI`` documents of a ``teiCorpus`` (nested corpora included), in order, each as a
    :class:`~toolkit.xmlsource.ParsedDocument` of its own (source lines kept): the site's page per member."""
    from .xmlsource import ParsedDocument

    members = []
    for member in document.root.iter(q("TEI")):
        tree = etree.ElementTree(copy.deepcopy(member))
        if tree.getroot().get(XML_LANG) is None and document.root.get(XML_LANG):
            tree.getroot().set(XML_LANG, document.root.get(XML_LANG))
        members.append(ParsedDocument(document.path, tree, document.data))
    return members


def member_title(member: etree._Element) -> str:
    """The title of a ``TEI`` (or ``teiCorpus``) element, from its header's titleStmt ("" without one)."""
    return normalized_text(member.find(f"{q('teiHeader')}/{q('fileDesc')}/{q('titleStmt')}/{q('title')}"))


def corpus_overview(document, links: list[tuple[str, str]]):
    """A ``teiCorpus`` as the site's page of the whole: its header, and a list of its members, each a
    link (address, title) to the member's own page."""
    from .xmlsource import ParsedDocument

    tei = _with_corpus_header(document.root)
    listing = etree.SubElement(etree.SubElement(etree.SubElement(tei, q("text")), q("body")), q("list"))
    for href, title in links:
        etree.SubElement(etree.SubElement(listing, q("item")), q("ref"), target=href).text = title
    return ParsedDocument(document.path, etree.ElementTree(tei), document.data)
