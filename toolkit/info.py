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

from lxml import etree

from .readingtext import BLOCKS, EXCLUDED, text_element
from .tei import normalized_text, q, require_tei_root, xpath
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

    def to_dict(self) -> dict:
        return asdict(self)


def _register_count(root: etree._Element, entry: str, kinds: tuple[str, ...], rs_type: str) -> EntityCount:
    entries = len(xpath(root, f"//tei:{entry}[@xml:id]"))
    text = text_element(root)
    mentions = 0
    if text is not None:
        paths = [f".//tei:{k}" for k in kinds] + [".//tei:rs[@type = $t]", ".//tei:name[@type = $t]"]
        mentions = len(xpath(text, " | ".join(paths), t=rs_type))
    return EntityCount(entries, mentions)


def _untagged_names(text: etree._Element) -> list[tuple[str, int]]:
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
                counts[re.sub(r"[’']s$", "", word)] += 1
            context, position = (before + word)[-16:], match.end()
        context = (context + chunk[position:])[-16:]

    visit(text, False)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def document_info(path: str | Path) -> DocumentInfo:
    """Parse ``path`` and count what it encodes. Raises :class:`~toolkit.errors.TeikitError` on bad input."""
    document = parse(path)
    require_tei_root(document)
    root = document.root
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
        persons=_register_count(root, "person", ("persName",), "person"),
        places=_register_count(root, "place", ("placeName",), "place"),
        organisations=_register_count(root, "org", ("orgName",), "org"),
        events=_register_count(root, "event", (), "event"),
        dates=len(xpath(text, ".//tei:date")) if text is not None else 0,
        untagged_names=_untagged_names(text) if text is not None else [],
    )
