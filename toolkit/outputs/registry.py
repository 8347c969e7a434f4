"""The edition's registers across its documents: the site's register pages.

Every person, place, organisation and event with an ``xml:id`` — in the register files the documents
point into and in the documents' own registers (``standOff``, ``particDesc``, ``back``…) — is one
entity of the edition, merged by id: the same entry repeated in several files is one entity, two
different entries with one id are an error (``register.clash``; the first one read is kept). Each
entity gets a page (``registers/KIND/ID.html``): its names, dates, description and authority links
(also as ``sameAs`` in JSON-LD), the letters it sent and received, and every mention in every document
as a keyword-in-context line linking to the mention's anchor. Each kind gets an index page
(``registers/KIND.html``) with a filter box.

The mentions are read from the built pages, not the sources: a page's mention anchors (``m12``) are
made by the stylesheets, and reading them back is the only way to be sure a link lands on one.
"""

from __future__ import annotations

import copy
import html
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.html
from lxml import etree

from .. import TEI_NS
from ..diagnostics import Diagnostic
from ..errors import TeikitError
from ..registers import ENTRY_TAGS, Entities
from ..resources import stylesheet
from ..xmlsource import parse

SITE_NS = "urn:teikit:site"
#: The kinds of entity, in the order the banner and the registers show them (``$t:kinds``, then the
#: bibliography: the works of a ``listBibl`` with an ``xml:id``, cited by ``ref``/``ptr``).
KINDS = ("person", "place", "org", "event", "bibl")
_KIND_OF = {f"{{{TEI_NS}}}{tag}": kind for tag, kind in
            (("person", "person"), ("personGrp", "person"), ("place", "place"), ("org", "org"), ("event", "event"),
             ("bibl", "bibl"), ("biblStruct", "bibl"))}
_NS = {"t": TEI_NS}
#: The works of the bibliography: a ``listBibl`` of the text or of a register file, not the header's
#: (a ``sourceDesc`` describes the document's own source: ADL's texts give every one an id).
_WORKS = "//t:listBibl[not(ancestor::t:teiHeader)]//*[self::t:bibl or self::t:biblStruct][@xml:id]"
_HEADER = re.compile(rb"<(?:[\w.-]+:)?teiHeader\b.*?</(?:[\w.-]+:)?teiHeader\s*>", re.DOTALL)
_LIST_BIBL = re.compile(rb"<(?:[\w.-]+:)?listBibl\b.*?</(?:[\w.-]+:)?listBibl\s*>", re.DOTALL)
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(person|personGrp|place|org|event|bibl|biblStruct)\b[^>]*\bxml:id\s*=")
_CONTEXT = 70  # characters of text on each side of a mention
_BLOCKS = {"p", "li", "td", "th", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "div", "article"}


def is_page_name(ident: str) -> bool:
    """Whether an id can name a page: a letter or "_", then letters, digits, "_", "." and "-" (an
    NCName without colons, as a valid xml:id is). An unchecked source may hold any string in xml:id
    ("../../x"); such an entry gets no page, and the stylesheets link none (t:entity-page)."""
    return bool(ident) and (ident[0].isalpha() or ident[0] == "_") and all(
        c.isalpha() or c.isdecimal() or c in "_.-" for c in ident)


def html_id(xml_id: str) -> str:
    """The id an entry has on a page (as ``t:html-id`` gives it)."""
    return "tei-" + xml_id if _made_ids().match(xml_id) else xml_id


@cache
def _made_ids() -> re.Pattern:
    """The ids the stylesheets give a "tei-" prefix on the page, read from ``t:html-id`` itself
    (xslt/common/linking.xsl), so the two never disagree."""
    text = stylesheet("common/linking.xsl").read_text(encoding="utf-8")
    found = re.search(r"matches\(\$id, '([^']+)'\)", text)
    if found is None:
        raise RuntimeError("t:html-id's pattern is missing from xslt/common/linking.xsl")
    return re.compile(found.group(1))  # an XPath regular expression Python reads alike


def announced_kinds(files) -> list[str]:
    """The kinds of entry the files have, judged from their bytes (no parse): what the banner of every
    page offers before the pages are built."""
    found: set[str] = set()
    for path in files:
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue
        if not any(tag in data for tag in (b"person", b"place", b"org", b"event", b"listBibl")):  # fast; the
            continue                                                                                # pattern not
        works = _works_spans(data)
        for match in _ENTRY_START.finditer(data):
            kind = _KIND_OF[f"{{{TEI_NS}}}{match.group(1).decode()}"]
            if kind != "bibl" or any(a < match.start() < b for a, b in works):
                found.add(kind)
    return [kind for kind in KINDS if kind in found]


def _works_spans(data: bytes) -> list[tuple[int, int]]:
    """Where in a file's bytes its bibliography's works may stand (as :data:`_WORKS` reads them): in a
    ``listBibl`` outside the header."""
    if b"listBibl" not in data:
        return []
    headers = [m.span() for m in _HEADER.finditer(data)]
    return [m.span() for m in _LIST_BIBL.finditer(data) if not any(a <= m.start() < b for a, b in headers)]


@dataclass
class Entity:
    kind: str
    id: str
    entry: etree._Element
    source: Path
    sent: list = field(default_factory=list)
    """Pages (entries of the site's plan) of the letters it sent."""
    received: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    """(page, anchor, before, words, after) of every mention, in the edition's order."""

    @property
    def page(self) -> str:
        return f"registers/{self.kind}/{self.id}.html"


def entities(files) -> tuple[dict[str, Entity], list[Diagnostic]]:
    """Every entity of the files (register files first, then the documents), merged by id
    (:class:`toolkit.registers.Entities`: a different entry with a known id is a clash, the first kept)."""
    merged = Entities()
    problems: list[Diagnostic] = []
    for path in files:
        try:
            root = parse(path).root
        except TeikitError:
            continue  # that document's build says why
        problems += merged.add(root.iter(*ENTRY_TAGS), str(path))
        merged.add(root.xpath(_WORKS, namespaces=_NS), str(path))
    found = {ident: Entity(_KIND_OF[entry.tag], ident, _detached(entry), Path(file))
             for ident, (entry, _, file) in merged.first.items() if is_page_name(ident)}
    return found, problems


def _detached(entry: etree._Element) -> etree._Element:
    """A copy of the entry without its tail, its line number kept for messages."""
    line = entry.sourceline
    detached = etree.fromstring(etree.tostring(entry, with_tail=False))
    detached.sourceline = line
    return detached


def page_title(path: Path) -> str | None:
    """A built page's ``<title>``, read from the top of the file (its head) without parsing the page,
    which :func:`mentions_of_page` parses anyway."""
    try:
        with open(path, "rb") as page:
            head = page.read(16384)
    except OSError:
        return None
    found = re.search(rb"<title>(.*?)</title>", head, re.DOTALL)
    return html.unescape(found[1].decode("utf-8", "replace")) if found else None


def mentions_of_page(path: Path, cited: set[str] = frozenset()) -> list[tuple[str, str, str, str, str]]:
    """(entity's page id, anchor, before, words, after) of each numbered mention on a built page, and
    of each link of its text to one of the ``cited`` page ids (a work of the bibliography: its anchor
    is the paragraph or note the link is in)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if b"data-entity" not in data and not (cited and b'href="#' in data):
        return []
    root = lxml.html.fromstring(data)
    found = []
    citations = [(a, a.get("href")[1:]) for a in root.xpath("//article[@id = 'text']//a[starts-with(@href, '#')]")
                 if a.get("href")[1:] in cited]
    mentions = [(m, m.get("data-entity")) for m in root.xpath("//*[@data-entity][starts-with(@id, 'm')]")]
    order = {element: n for n, element in enumerate(root.iter())} if citations else {}
    for mention, ident in sorted(mentions + citations, key=lambda pair: order.get(pair[0], 0)):
        anchor = mention.get("id") or next((e.get("id") for e in mention.iterancestors() if e.get("id")), None)
        if anchor is None:
            continue
        block = mention.getparent()
        while block is not None and block.tag not in _BLOCKS:
            block = block.getparent()
        # a short block that is not a paragraph (a signature, a salute) is read with the blocks around it
        while (block is not None and block.tag not in ("article", "p", "li", "td", "th")
               and block.getparent() is not None
               and block.getparent().tag in _BLOCKS and len(block.text_content().strip()) < _CONTEXT):
            block = block.getparent()
        before, words, after = _context(block if block is not None else mention, mention)
        found.append((ident, anchor, before, words, after))
    return found


def _context(block, mention) -> tuple[str, str, str]:
    """The text of ``block`` before, in and after ``mention``, without what the edition added
    (paragraph numbers, note calls), shortened to whole words on each side."""
    parts = {"before": [], "in": [], "after": []}
    where = "before"

    def walk(element):
        nonlocal where
        if element is mention:
            where = "in"
        skip = "ed-added" in (element.get("class") or "").split() or element.get("hidden") is not None
        if element.tag in _BLOCKS:  # blocks are apart: "port." and "Your" are two words
            parts[where].append(" ")
        if not skip and element.text:
            parts[where].append(element.text)
        if not skip:
            for child in element:
                if isinstance(child.tag, str):
                    walk(child)
                elif child.tail:
                    parts[where].append(child.tail)
        if element is mention:
            where = "after"
        if element.tag in _BLOCKS:
            parts[where].append(" ")
        if element.tail and element is not block:
            parts[where].append(element.tail)

    walk(block)
    # white space collapsed, but kept at the mention's edges: "Stalin’s" stays one word
    before = re.sub(r"\s+", " ", "".join(parts["before"])).lstrip()
    after = re.sub(r"\s+", " ", "".join(parts["after"])).rstrip()
    if len(before) > _CONTEXT:
        before = "… " + before[-_CONTEXT:].split(" ", 1)[-1]
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT].rsplit(" ", 1)[0] + " …"
    return before, " ".join("".join(parts["in"]).split()), after


def relative(target: str, page: str) -> str:
    """``target`` (relative to the site's root) as seen from ``page`` (also relative to the root)."""
    return Path(os.path.relpath(target, Path(page).parent.as_posix() or ".")).as_posix()


def listing(entity: Entity, titles: dict[str, str]) -> etree._Element:
    """What an entity's page shows, for ``xslt/site/register.xsl``: its entry, its letters, its mentions
    grouped by document (addresses relative to the page; ``titles`` by page)."""
    page = entity.page
    root = etree.Element(f"{{{SITE_NS}}}entity", nsmap={None: SITE_NS}, kind=entity.kind)
    root.append(copy.deepcopy(entity.entry))
    for role, letters in (("sent", entity.sent), ("received", entity.received)):
        for letter in letters:
            etree.SubElement(root, f"{{{SITE_NS}}}letter", role=role, href=relative(letter.page, page),
                             title=letter.title, date=letter.date, label=letter.date_label)
    document = None
    for target, anchor, before, words, after in entity.mentions:
        if document is None or document.get("page") != target:
            document = etree.SubElement(root, f"{{{SITE_NS}}}document", page=target, href=relative(target, page),
                                        title=titles.get(target, target))
        etree.SubElement(document, f"{{{SITE_NS}}}mention", href=f"{relative(target, page)}#{anchor}",
                         before=before, words=words, after=after)
    return root


def kind_listing(kind: str, members: list[Entity]) -> etree._Element:
    """What a kind's index page shows: every entity of the kind, its mentions and documents counted."""
    page = f"registers/{kind}.html"
    root = etree.Element(f"{{{SITE_NS}}}register", nsmap={None: SITE_NS}, kind=kind)
    for entity in members:
        documents = {m[0] for m in entity.mentions} | {e.page for e in entity.sent + entity.received}
        item = etree.SubElement(root, f"{{{SITE_NS}}}item", href=relative(entity.page, page),
                                mentions=str(len(entity.mentions)), documents=str(len(documents)))
        item.append(copy.deepcopy(entity.entry))
    return root
