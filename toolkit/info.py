"""``teikit info``: what a TEI document contains, at a glance.

Editors use it to check an encoding's coverage: how many paragraphs, notes, entities and dates it
tags, and which capitalised words in the text are *not* tagged and look like names (a hint list, not a
verdict: sentence-initial words, tagged names and common function words are left out).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from .errors import TeikitError
from .readingtext import BLOCKS, EXCLUDED, text_element
from .results import DocumentResult, Report
from .tei import normalized_text, q, require_tei_root, xpath
from .validation.references import into_file
from .xmlsource import parse

#: Elements whose text is already tagged as a name, a title, a date or a term.
_TAGGED = {q(n) for n in ("persName", "placeName", "orgName", "name", "rs", "title", "date", "term", "foreign",
                          "geogName", "roleName", "bibl", "head")}

#: Capitalised words that are rarely names even mid-sentence.
_COMMON = {"I", "I’m", "I'm", "I’ve", "Mr", "Mrs", "Dr", "St", "A", "The", "Our", "We", "He", "She", "It", "They"}

_WORD = re.compile(r"[^\W\d_][\w’'\-]*", re.UNICODE)
#: What may stand before a sentence-initial word: nothing (start of a block) or a full stop, question or
#: exclamation mark or colon, perhaps a closing quotation mark, then space and perhaps an opening mark.
_SENTENCE_START = re.compile(r"(^|[.!?:][’”\"')]*\s+)[‘“\"'(]*\s*$")


@dataclass
class EntityCount:
    entries: int
    mentions: int


@dataclass
class DocumentInfo:
    """What :func:`document_info` found; ``to_dict`` gives the JSON shape of ``teikit info --format json``."""

    file: str
    title: str
    source: str
    paragraphs: int
    notes: dict[str, int]
    persons: EntityCount
    places: EntityCount
    organisations: EntityCount
    events: EntityCount
    dates: int
    untagged_names: list[tuple[str, int]] = field(default_factory=list)
    register_files: list[str] = field(default_factory=list)
    """Register files outside the document whose entries are counted (named by its pointers, or the
    project's ``[sources] registers``)."""

    def to_dict(self) -> dict:
        return asdict(self)


def _register_count(root: etree._Element, entry: str, kinds: tuple[str, ...], rs_type: str,
                    registers: list[etree._Element] = ()) -> EntityCount:
    entries = sum(len(xpath(r, f"//tei:{entry}[@xml:id]")) for r in (root, *registers))
    text = text_element(root)
    mentions = 0
    if text is not None:
        paths = [f".//tei:{k}" for k in kinds] + [".//tei:rs[@type = $t]", ".//tei:name[@type = $t]"]
        mentions = len(xpath(text, " | ".join(paths), t=rs_type))
    return EntityCount(entries, mentions)


def untagged_names(text: etree._Element) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    context = ""  # the text read so far in the current block, to tell sentence-initial words

    def visit(element: etree._Element, tagged: bool) -> None:
        nonlocal context
        if not isinstance(element.tag, str) or element.tag in EXCLUDED:
            return
        if element.tag in BLOCKS:
            context = ""
        inside = tagged or element.tag in _TAGGED
        scan(element.text, inside)
        for child in element:
            visit(child, inside)
            scan(child.tail, inside)

    def scan(chunk: str | None, tagged: bool) -> None:
        nonlocal context
        if not chunk:
            return
        position = 0
        for match in _WORD.finditer(chunk):
            word = match.group()
            before = context + chunk[position:match.start()]
            if not tagged and word[0].isupper() and word not in _COMMON and not _SENTENCE_START.search(before):
                counts[re.sub(r"[’']s$", "", word).rstrip("’'")] += 1  # Stalin’s, ‘Red Napoleon’: the name
            context, position = (before + word)[-16:], match.end()
        context = (context + chunk[position:])[-16:]

    visit(text, False)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _linked_registers(root: etree._Element, path: Path, registers: list[Path], boundary: Path) -> list[Path]:
    """The project's register files and the files the document's pointers name (``register.xml#id``),
    each once, only inside ``boundary``."""
    named = [Path(path).parent / unquote(into[0])
             for value in xpath(root, "//@ref | //@corresp | //@who | //@where")
             for into in map(into_file, str(value).split()) if into is not None]
    found: dict[Path, Path] = {}
    for candidate in [*registers, *named]:
        resolved = candidate.resolve()
        if resolved != Path(path).resolve() and resolved.is_relative_to(boundary.resolve()) and resolved.is_file():
            found.setdefault(resolved, candidate)
    return list(found.values())


def document_info(path: str | Path, *, registers: list[Path] = (), root_folder: Path | None = None) -> DocumentInfo:
    """Parse ``path`` and count what it encodes, with the entries of the register files it points into
    (and of ``registers``), read only inside ``root_folder`` (default: the document's folder). Raises
    :class:`~toolkit.errors.TeikitError` on bad input."""
    document = parse(path)
    require_tei_root(document)
    root = document.root
    files = _linked_registers(root, Path(path), list(registers), root_folder or Path(path).parent)
    linked = []
    for file in files:
        try:
            linked.append(parse(file).root)
        except TeikitError:
            continue  # validation says what is wrong with it
    title = normalized_text(next(iter(xpath(root, "tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]")), None))
    source = " ".join("".join(xpath(root, "tei:teiHeader/tei:fileDesc/tei:sourceDesc/*[1]"
                                           "//text()[not(ancestor::tei:note)]")).split())
    text = text_element(root)
    notes = Counter(note.get("type", "untyped") for note in (xpath(text, ".//tei:note") if text is not None else []))
    return DocumentInfo(
        file=str(path),
        title=title,
        source=source,
        paragraphs=len(xpath(text, ".//tei:p")) if text is not None else 0,
        notes=dict(sorted(notes.items())),
        persons=_register_count(root, "person", ("persName",), "person", linked),
        places=_register_count(root, "place", ("placeName",), "place", linked),
        organisations=_register_count(root, "org", ("orgName",), "org", linked),
        events=_register_count(root, "event", (), "event", linked),
        dates=len(xpath(text, ".//tei:date")) if text is not None else 0,
        untagged_names=untagged_names(text) if text is not None else [],
        register_files=[str(f) for f in files],
    )


def summarise(paths, *, registers: list[Path] = (), root_folder: Path | None = None) -> Report:
    """``teikit info`` on several files: one :class:`~toolkit.results.DocumentResult` per file, its
    counts in ``details`` (the JSON of :class:`DocumentInfo`); a file that cannot be read is that
    document's finding, and the next file is read."""
    report = Report()
    for path in paths:
        try:
            found = document_info(path, registers=registers, root_folder=root_folder)
        except TeikitError as error:
            report.documents.append(DocumentResult(Path(path), diagnostics=[error.diagnostic], failed=True))
            continue
        report.documents.append(DocumentResult(Path(path), details=found.to_dict()))
    return report
