"""Small TEI helpers shared by the library: qualified names, XPath with the TEI prefix, text of a node."""

from __future__ import annotations

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
        message = ("a <teiCorpus> is valid TEI (teikit validate checks it), but teikit cannot build or summarise "
                   "one yet: build its <TEI> documents as separate files")
    elif name in ("TEI.2", "teiCorpus.2"):
        message = (f"<{name}> is the root of TEI P4, the Guidelines' XML version before 2007; teikit reads TEI P5: "
                   "convert the document with the TEI Stylesheets' p4top5.xsl first")
    else:
        namespace = root.nsmap.get(root.prefix) or "no namespace"
        message = (f"the root element is <{name}> in {namespace}, not <TEI> in the TEI namespace: use "
                   f'<TEI xmlns="{TEI_NS}">')
    raise InputError.at("tei.root", message, document.path, line, column)
