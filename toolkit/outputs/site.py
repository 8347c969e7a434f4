"""The edition site (``teikit build --to site``): the pages of a corpus, and the pages of the whole.

A site build has three moments, as Sphinx's builders do. :func:`plan` reads each document's header
(title, date, sender and addressee or author, places, type) and puts the documents in the edition's
order — by date where they have one (letters), then by title — so that each page can name its
neighbours: the per-document parameters of ``xslt/site.xsl``. Then every document's page is built
like any output (one job per document, in parallel, incrementally). :func:`finish` writes what
belongs to the whole: the home page (``index.html``: the edition's title, description and every
document in a table, a plain complete list without JavaScript and a filter box with it), a copy of
each TEI source beside its page (the "TEI source" link), ``sitemap.xml`` and ``404.html``.

The home page is made by ``xslt/site/index.xsl`` from a small listing of the documents, so it is
laid out and escaped by the same stylesheets and CSS as the pages.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lxml import etree

from .. import TEI_NS, __version__
from ..diagnostics import Diagnostic, Severity
from ..fsio import file_hash, write_atomic
from ..sources import root_name
from ..tei import normalized_text
from ..xmlsource import ParsedDocument
from . import registry

SITE_NS = "urn:teikit:site"
_T = f"{{{TEI_NS}}}"


@dataclass
class Entry:
    """What the home page says of one document, and where its page is."""

    page: str
    """The page's address relative to the site's root (``letters/1801/a.html``)."""
    title: str
    date: str = ""
    """A sortable ISO date (``1801-05-12``), or empty."""
    date_label: str = ""
    people: str = ""
    """Author, or sender → addressee."""
    places: str = ""
    type: str = ""
    source: str = ""
    """The path of the TEI source (for the copy beside the page)."""
    senders: list[str] = field(default_factory=list)
    """The ids of the register entries of a letter's senders (``correspAction[@type='sent']/persName/@ref``)."""
    addressees: list[str] = field(default_factory=list)
    corpus: bool = False
    """A teiCorpus: its members have pages of their own below its page (``corpus/1.html``…)."""

    def parts(self, out_dir: Path) -> list[str]:
        """The page and, for a corpus, its members' pages (relative to the site's root)."""
        folder = out_dir / self.page[:-len(".html")]
        members = sorted((p for p in folder.glob("*.html") if p.stem.isdigit()), key=lambda p: int(p.stem)) \
            if self.corpus and folder.is_dir() else []
        return [self.page] + [p.relative_to(out_dir).as_posix() for p in members]


def _header(path: Path) -> etree._Element | None:
    """The teiHeader of a document, read without building the whole tree (parsing stops after it)."""
    try:
        for _, element in etree.iterparse(str(path), events=("end",), tag=f"{_T}teiHeader", resolve_entities=False,
                                          no_network=True, load_dtd=False, huge_tree=False):
            return element
    except (etree.XMLSyntaxError, OSError):
        return None
    return None


def _names(elements) -> str:
    return ", ".join(dict.fromkeys(normalized_text(e) for e in elements if normalized_text(e)))


def _ids(elements) -> list[str]:
    """The ids that the @ref of names point at ("#anna", "../register.xml#anna", "anna")."""
    found = []
    for element in elements:
        if element.tag in (_T + "persName", _T + "orgName", _T + "name"):
            for token in (element.get("ref") or "").split():
                ident = token.partition("#")[2] if "#" in token else ("" if ":" in token else token)
                if ident and ident not in found:
                    found.append(ident)
    return found


def describe(path: Path, page: str) -> Entry:
    """The home page's entry for one document (its file name where the header says nothing)."""
    header = _header(path)
    entry = Entry(page, Path(path).stem, source=str(path), corpus=root_name(path) == "teiCorpus")
    if header is None:
        return entry
    find = header.xpath
    ns = {"t": TEI_NS}
    entry.title = normalized_text(next(iter(find("t:fileDesc/t:titleStmt/t:title[1]", namespaces=ns)), None)) \
        or entry.title
    sent = find("t:profileDesc/t:correspDesc/t:correspAction[@type = 'sent']", namespaces=ns)
    received = find("t:profileDesc/t:correspDesc/t:correspAction[@type = 'received']", namespaces=ns)
    dates = (find("t:profileDesc/t:correspDesc/t:correspAction[@type = 'sent']/t:date", namespaces=ns)
             + find("t:profileDesc/t:creation/t:date", namespaces=ns)
             + find("t:fileDesc/t:sourceDesc//t:date", namespaces=ns))
    for date in dates:
        value = (date.get("when") or date.get("from") or date.get("notBefore") or "").strip()
        if value:
            entry.date, entry.date_label = value, normalized_text(date) or value
            break
    entry.senders = _ids(e for a in sent for e in a)
    entry.addressees = _ids(e for a in received for e in a)
    if sent or received:
        senders = _names(e for a in sent for e in a if e.tag in (_T + "persName", _T + "orgName", _T + "name"))
        addressees = _names(e for a in received for e in a if e.tag in (_T + "persName", _T + "orgName", _T + "name"))
        entry.people = " → ".join(p for p in (senders, addressees) if p)
        entry.places = _names(e for a in sent + received for e in a if e.tag in (_T + "placeName", _T + "settlement"))
        entry.type = "letter"
    else:
        entry.people = _names(find("t:fileDesc/t:titleStmt/t:author", namespaces=ns))
    return entry


@dataclass
class Plan:
    """What :func:`plan` read, for :func:`finish`: every document's entry in the edition's order, and
    each page's own stylesheet parameters (both by resolved source path)."""

    entries: dict[Path, Entry] = field(default_factory=dict)
    params: dict[Path, dict] = field(default_factory=dict)
    registers: list[Path] = field(default_factory=list)
    """The register files the documents point into (below the edition's folder)."""
    kinds: list[str] = field(default_factory=list)
    """The kinds of register the site has (persons, places…), each with an index page."""
    about: Path | None = None
    """The edition's introduction (``about.xml``), shown on the home page."""


def _filters(entry: Entry) -> list[str]:
    """What the search may filter the page by, as "name=value" lines: year, type, persons, places."""
    lines = []
    if entry.date[:1].isdigit() or entry.date[:1] == "-":
        lines.append("year=" + entry.date.split("-")[0] if not entry.date.startswith("-")
                     else "year=-" + entry.date[1:].split("-")[0])
    if entry.type:
        lines.append(f"type={entry.type}")
    for name in (n.strip() for n in entry.people.replace(" → ", ", ").split(",")):
        if name:
            lines.append(f"person={name}")
    for place in (p.strip() for p in entry.places.split(",")):
        if place:
            lines.append(f"place={place}")
    return [line.replace("\n", " ") for line in lines]


def page_params(page: str, edition: dict, kinds: list[str]) -> dict:
    """What every page of the site is given (``xslt/site/params.xsl``): the edition's title, the
    addresses of home, registers and search from ``page``, and its permanent address."""
    here = {"site-title": edition.get("title", ""), "site-home": registry.relative("index.html", page),
            "site-search": registry.relative("search.html", page)}
    if kinds:
        here["site-registers"] = registry.relative("registers", page) + "/"
        here["site-register-kinds"] = " ".join(kinds)
    base = (edition.get("base_url") or "").strip()
    if base.startswith(("https://", "http://")):  # the page's permanent address: citation, canonical link
        here["edition-url"] = base.rstrip("/") + "/" + page
    return here


def plan(sources, out_dir: Path, outputs: list[str], edition: dict) -> Plan:
    """Every document's header read once, the documents in the edition's order, and each page's
    parameters: the edition's title, its home, registers and search, its neighbours, its TEI source and
    (when built) its PDF."""
    from ..validation.references import pointed_at

    described = {Path(p).resolve(): describe(p, sources.place(p).as_posix() + ".html") for p in sources.documents}
    ordered = sorted(described.items(), key=lambda item: (item[1].date == "", item[1].date,
                                                          item[1].title.casefold(), item[1].page))
    registers = [path for path in pointed_at(sources.documents) if path not in described and path.is_file()
                 and (sources.root is None or path.is_relative_to(sources.root.resolve()))]
    kinds = registry.announced_kinds(registers + list(described))
    params: dict[Path, dict] = {}
    for index, (path, entry) in enumerate(ordered):
        page = entry.page
        here = page_params(page, edition, kinds)
        here["site-source"] = registry.relative(page[:-len(".html")] + ".xml", page)
        here["site-filters"] = "\n".join(_filters(entry))
        if "pdf" in outputs:
            here["site-pdf"] = registry.relative(page[:-len(".html")] + ".pdf", page)
        if index > 0:
            previous = ordered[index - 1][1]
            here["site-previous"], here["site-previous-title"] = registry.relative(previous.page, page), previous.title
        if index + 1 < len(ordered):
            following = ordered[index + 1][1]
            here["site-next"], here["site-next-title"] = registry.relative(following.page, page), following.title
        params[path] = here
    return Plan(dict(ordered), params, registers, kinds, sources.about)


def finish(plan: Plan, report, out_dir: Path, edition: dict) -> list[Diagnostic]:
    """The pages of the whole: home, search, 404, the registers, TEI sources beside their pages, the
    sitemap (the documents of ``plan`` that were built, in its order); the search index when a page
    changed."""
    built = {Path(d.path).resolve() for d in report.documents if d.ok}
    entries = [entry for path, entry in plan.entries.items() if path in built]
    for entry in entries:  # the TEI source beside its page, as it was given (bytes unchanged)
        target = out_dir / (entry.page[:-len(".html")] + ".xml")
        if file_hash(target) != file_hash(entry.source):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry.source, target)
    found: list[Diagnostic] = []
    stamps = _stamps(out_dir)
    changed = any(d.ok and not d.details.get("unchanged") for d in report.documents)
    pages: list[str] = []
    if plan.kinds:
        if changed or not (out_dir / "registers").is_dir():
            written, pages, notes = _registers(plan, entries, out_dir, edition, stamps)
            found += notes
            changed = changed or written
        else:
            pages = sorted(page for page in stamps if page.startswith("registers/"))
    else:
        changed = _remove_stale_registers(out_dir, stamps, set()) or changed
    if changed or not (out_dir / "pagefind" / "pagefind.js").is_file():
        found += _index(out_dir)
    search = (out_dir / "pagefind" / "pagefind-ui.js").is_file()
    about = _about(plan.about) if plan.about is not None else None
    if about is not None:  # what teikit.toml does not say, about.xml's header may
        edition = {**about[0], **{k: v for k, v in edition.items() if v}}
    listing = etree.Element(f"{{{SITE_NS}}}site", nsmap={None: SITE_NS})
    if about is not None and about[1] is not None:
        etree.SubElement(listing, f"{{{SITE_NS}}}about").append(about[1])
    for key in ("title", "description", "licence", "base_url", "language"):
        listing.set(key.replace("_", "-"), str(edition.get(key) or ""))
    for editor in edition.get("editors") or []:
        etree.SubElement(listing, f"{{{SITE_NS}}}editor").text = editor
    for entry in entries:
        item = etree.SubElement(listing, f"{{{SITE_NS}}}document")
        for key, value in asdict(entry).items():
            if isinstance(value, str) and key != "source":
                item.set(key.replace("_", "-"), value)
    for page, mode in (("index.html", "home"), ("search.html", "search"), ("404.html", "not-found")):
        params = {**page_params(page, edition, plan.kinds), "site-listing": mode, "site-has-search": search}
        params.pop("edition-url", None) if page == "404.html" else None
        found += _page(out_dir, page, listing, params, edition, stamps)[1]
    write_atomic(out_dir / STAMPS, json.dumps(stamps, sort_keys=True).encode("utf-8"))
    base = (edition.get("base_url") or "").rstrip("/")
    if base:
        urls = [f"{base}/"] + [f"{base}/{p}" for e in entries for p in e.parts(out_dir)]
        urls += [f"{base}/{p}" for p in pages]
        sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                   + "".join(f"  <url><loc>{_xml(u)}</loc></url>\n" for u in urls) + "</urlset>\n")
        write_atomic(out_dir / "sitemap.xml", sitemap.encode("utf-8"))
    return found


def _about(path: Path) -> tuple[dict, etree._Element | None] | None:
    """What the edition's ``about.xml`` says of it — title, subtitle as description, editors, licence —
    and its text, for the home page; ``None`` when it cannot be read (its words are then nowhere, so
    the build says so)."""
    from ..errors import TeikitError
    from ..xmlsource import parse

    try:
        root = parse(path).root
    except TeikitError:
        return None
    ns = {"t": TEI_NS}
    statement = root.find("t:teiHeader/t:fileDesc/t:titleStmt", ns)
    found: dict = {}
    if statement is not None:
        found["title"] = normalized_text(statement.find("t:title", ns))
        found["description"] = normalized_text(statement.find("t:title[@type='sub']", ns))
        found["editors"] = [normalized_text(e) for e in statement.xpath("t:editor | t:respStmt/t:name | "
                                                                         "t:respStmt/t:persName", namespaces=ns)
                            if normalized_text(e)]
    licence = root.find("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability/t:licence", ns)
    if licence is not None:
        found["licence"] = (licence.get("target") or "").strip() or normalized_text(licence)
    text = root.find("t:text", ns)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    if text is not None and root.get(lang) and not text.get(lang):
        text.set(lang, root.get(lang))
    return {k: v for k, v in found.items() if v}, text


#: Per page of the whole: a hash of what made it (its listing, parameters and teikit's stylesheets), so a
#: rebuild that changes nothing does not even transform it again.
STAMPS = ".teikit-site.json"


def _page(out_dir: Path, page: str, listing: etree._Element, params: dict, edition: dict, stamps: dict
          ) -> tuple[bool, list[Diagnostic]]:
    """One page of the whole made by ``xslt/site.xsl`` from a listing; made only when what makes it
    changed, written only when its bytes changed (so an unchanged site keeps its files, and the search
    its index). Returns whether it was written, and the findings."""
    from ..manifest import engine_key
    from ..xslt import transform

    params = {"ui-lang": edition.get("language") or "", "generator": f"teikit {__version__}", **params}
    listing.set("{http://www.w3.org/XML/1998/namespace}lang", edition.get("language") or "en")
    target = out_dir / page
    key = hashlib.sha256(engine_key(["site"], params, None, False).encode() + etree.tostring(listing)).hexdigest()
    if stamps.get(page) == key and target.is_file():
        return False, []
    made = transform(ParsedDocument(target, etree.ElementTree(listing)), "site.xsl", params)
    data = made.text.encode("utf-8")
    stamps[page] = key
    if target.is_file() and target.read_bytes() == data:
        return False, made.diagnostics
    write_atomic(target, data)
    return True, made.diagnostics


def _stamps(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _registers(plan: Plan, entries: list[Entry], out_dir: Path, edition: dict, stamps: dict
               ) -> tuple[bool, list[str], list[Diagnostic]]:
    """The register pages: one per entity and one per kind (stale ones removed). Returns whether a
    page changed, the pages (relative to the site's root) and the findings."""
    entities, found = registry.entities(plan.registers + [Path(e.source) for e in entries])
    by_page_id = {registry.html_id(ident): entity for ident, entity in entities.items()}
    cited = {page_id for page_id, entity in by_page_id.items() if entity.kind == "bibl"}
    titles = {entry.page: entry.title for entry in entries}
    for entry in entries:
        for part in entry.parts(out_dir):
            if part != entry.page:  # a corpus member's page: its own title
                titles[part] = registry.page_title(out_dir / part) or part
            for ident, anchor, before, words, after in registry.mentions_of_page(out_dir / part, cited):
                if ident in by_page_id:
                    by_page_id[ident].mentions.append((part, anchor, before, words, after))
        for ident in entry.senders:
            if ident in entities:
                entities[ident].sent.append(entry)
        for ident in entry.addressees:
            if ident in entities:
                entities[ident].received.append(entry)
    pages, changed = [], False
    made = [(entity.page, registry.listing(entity, titles), entity.source) for entity in entities.values()]
    made += [(f"registers/{kind}.html", registry.kind_listing(kind, [e for e in entities.values() if e.kind == kind]),
              "") for kind in plan.kinds]
    documents = {part: entry.source for entry in entries for part in entry.parts(out_dir)}
    for page, listing, source in made:
        if page in documents:  # a document in a folder named registers: its page stays, the register's goes
            found.append(Diagnostic(Severity.WARNING, "site.page-clash", f"{page} is the page of {documents[page]}; "
                                    "the register page of the same name is not made (rename the document or "
                                    "the entry)", str(source or documents[page])))
            continue
        wrote, notes = _page(out_dir, page, listing, page_params(page, edition, plan.kinds), edition, stamps)
        changed, found, pages = changed or wrote, found + notes, pages + [page]
    return _remove_stale_registers(out_dir, stamps, set(pages)) or changed, sorted(pages), found


def _remove_stale_registers(out_dir: Path, stamps: dict, keep: set[str]) -> bool:
    """Remove the register pages an earlier build made and this one does not (their entities left the
    edition): only pages the site made (its stamps know them), never a document's page."""
    stale = [page for page in stamps if page.startswith("registers/") and page not in keep]
    for page in stale:
        (out_dir / page).unlink(missing_ok=True)
        del stamps[page]
    return bool(stale)


def _index(out_dir: Path) -> list[Diagnostic]:
    """Pagefind's search index of the site's pages, in ``pagefind/`` (its binary comes with the
    ``pagefind`` package; it reads the built pages and fetches nothing). Run only when a page changed.
    The index is made beside the old one and put in its place when complete: a reader never gets half
    an index, a failed run leaves the old one, and files of an older index do not pile up."""
    import subprocess
    import sys

    fresh, old = out_dir / ".pagefind.new", out_dir / ".pagefind.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        done = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(out_dir), "--output-path", str(fresh),
                               "--quiet"], capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [Diagnostic(Severity.WARNING, "site.search", f"the search index was not made ({error})", str(out_dir))]
    if done.returncode != 0 or not (fresh / "pagefind.js").is_file():
        shutil.rmtree(fresh, ignore_errors=True)
        reason = " ".join((done.stderr or done.stdout).split())[:300] or f"exit status {done.returncode}"
        return [Diagnostic(Severity.WARNING, "site.search", f"the search index was not made: {reason} (is the "
                           "pagefind package installed?)", str(out_dir))]
    current = out_dir / "pagefind"
    if current.exists():
        current.rename(old)
    fresh.rename(current)
    shutil.rmtree(old, ignore_errors=True)
    return []


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
