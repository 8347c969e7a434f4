"""``teikit tag``: tag the untagged mentions of register entries and the dates of a TEI text.

Encoding after the import is mostly mechanical once the registers exist. This module builds a
*gazetteer* — every surface form of every register entry (``person``, ``personGrp``, ``place``, ``org``,
``event`` with ``xml:id``): its ``persName``/``placeName``/``orgName``/``label``/``name`` children, variants
and short forms included; for persons forename + surname, the surname alone and the initials + surname
("M. N. Tukhachevsky"); and the forms the document already tags with a ``@ref`` to an entry (learned,
with counts). A form that names several entries is *ambiguous*: never tagged, listed.

It then tags, in the text only (never the ``teiHeader`` or ``standOff``, never inside a name, a date, a
title, a pointer or a ``note type="source"``, never inside a word: Nin ≠ Ninety), the longest form
first; the name, not a possessive ending (Stalin’s → ``<persName>Stalin</persName>’s``). Dates in
English and German prose become ``<date>`` by the rules of :data:`DATE_RULES`, the one table to extend
(the passage's ``encodingDesc``: ‘early’ a month = its first ten days, ‘the end of’ a month = its last
eleven days, ‘the end of’ a year = its last quarter, ‘summer’ = June to August).

Nothing of the text changes: text nodes are only split around the new elements. The result's
``details`` carry the counts, every proposal (the text, its context, the entry and the name form that
matched) and the ambiguous and the unmatched capitalised words; :func:`summary` and :func:`html_report`
present them for review.
"""

from __future__ import annotations

import calendar
import difflib
import functools
import html
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from . import suggestions
from .errors import TeikitError, UsageError
from .fsio import write_atomic
from .info import untagged_names
from .results import DocumentResult
from .tei import XML_ID, q
from .xmlsource import parse

#: Register entry → (the kind counted in the report, the element that tags a mention, its @type).
KINDS = {"person": ("persons", "persName", None), "personGrp": ("persons", "persName", None),
         "place": ("places", "placeName", None), "org": ("organisations", "orgName", None),
         "event": ("events", "rs", "event")}
#: Children of an entry that are its names.
_NAME_CHILDREN = {q(n) for n in ("persName", "placeName", "orgName", "label", "name", "eventName", "geogName")}
#: Elements whose content is never tagged: mentions, names and their parts, dates, titles, pointers, code.
_NO_TAGGING = {q(n) for n in (
    "persName", "placeName", "orgName", "rs", "name", "date", "time", "ref", "ptr", "title", "idno", "code",
    "forename", "surname", "roleName", "addName", "genName", "nameLink", "geogName", "settlement", "country",
    "region", "bloc", "district", "egXML", "index", "binaryObject", "fw", "term")}
#: Subtrees that are not text at all.
_NOT_TEXT = {q(n) for n in ("teiHeader", "standOff", "facsimile", "sourceDoc")}
_EXAMPLES = "{http://www.tei-c.org/ns/Examples}"
KIND_ORDER = ("persons", "places", "organisations", "events", "dates")


@dataclass(frozen=True)
class Entry:
    """A register entry: its id, kind and the register file (resolved) it is in."""

    id: str
    kind: str  # person, personGrp, place, org, event
    register: Path


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _initials(name: str) -> str | None:
    """ "Mikhail Nikolayevich Tukhachevsky" → "M. N. Tukhachevsky" (given names capitalised, not initials)."""
    words = name.split()
    given = words[:-1]
    if not given or not all(w[:1].isupper() and w.isalpha() and len(w) > 1 for w in given):
        return None
    return " ".join(f"{w[0]}." for w in given) + " " + words[-1]


#: Words that name a kind of institution or state, not one: never a form alone ("the Council").
_GENERIC = set("""Academy Agency Army Assembly Association Bank Board Bureau Chamber Church City Club College
    Commissariat Commission Committee Company Conference Congress Corps Council County Court Department Directorate
    Division Duchy Empire Federation Front Government Group House Institute Kingdom League Library Ministry Museum
    Navy Office Order Parliament Party Presidium Principality Province Republic School Secretariat Section Senate
    Society Soviet State Union University""".split())
#: Words before "of" in a state's or a place's name whose name follows ("Kingdom of Italy" → "Italy").
_POLITY = ("Kingdom", "Republic", "Empire", "Duchy", "Grand Duchy", "Principality", "State", "Free State",
           "City", "County", "Province", "Isle", "Island", "Islands", "Commonwealth", "Electorate")
_CAPITALISED = r"[A-ZÀ-ÞĀ-Ž][\w’'.-]*"
_HEAD = re.compile(rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) (?:of|under|for|at|attached to) ")
_DATED = re.compile(r",?\s*\(?\d{3,4}(?:\s*[–-]\s*\d{2,4})?\)?$")
#: An event named as a deed done to someone: "Assassination of Sergei Kirov" (no article before the name).
_DEED_OF = re.compile(rf"([A-Z][a-z]+) of ({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})")
_OF_PLACE = re.compile(rf"(?:{'|'.join(_POLITY)}) of (?:the )?({_CAPITALISED}(?: {_CAPITALISED}){{0,2}})$")


def _shorter_forms(kind: str, full: str, why: str) -> list[tuple[str, str]]:
    """How prose names an institution, a state or an event for short: an organisation by the head of
    its name ("Politburo of the Central Committee …" → "Politburo"; never by a lone generic word,
    "Council"), a state by the name after its kind ("Kingdom of Italy" → "Italy"), an event without the
    dates of its label ("Purge of the Red Army, 1937–1938") and a deed done to someone as English says
    it ("Assassination of Sergei Kirov" → "Kirov’s assassination", "the assassination of Kirov")."""
    found = []
    if kind == "org" and (head := _HEAD.match(full)) and head[1] not in _GENERIC:
        found.append((head[1], f"head of {why}"))
    if kind == "place" and (place := _OF_PLACE.fullmatch(full)):
        found.append((place[1], f"name in {why}"))
    if kind == "event":
        label = _DATED.sub("", full)  # "Purge of the Red Army, 1937–1938": its dates are no part of the name
        if label != full:
            found.append((label, f"{why} without its dates"))
        if (deed := _DEED_OF.fullmatch(label)) is not None:  # "Assassination of Sergei Kirov"
            noun, name = deed[1].lower(), deed[2].split()[-1]
            found += [(f"{name}’s {noun}", f"{why} as a possessive"), (f"{name}'s {noun}", f"{why} as a possessive"),
                      (f"the {noun} of {deed[2]}", f"{why} in a sentence"),
                      (f"the {noun} of {name}", f"{why}, surname")]
    return found


def given_names(entry_element: etree._Element) -> set[str]:
    """A person's forenames (or the words before the last of an unmarked name), to recognise them
    spelled otherwise before the surname ("Lavrenty" for "Lavrentiy")."""
    found = set()
    for child in entry_element:
        if child.tag in _NAME_CHILDREN:
            forenames = [_text(f) for f in child.findall(q("forename"))]
            found.update(forenames or _text(child).split()[:-1])
    return {name for name in found if len(name) > 2 and name[0].isupper()}


def entry_names(entry_element: etree._Element) -> list[tuple[str, str]]:
    """(form, why) for every name of a register entry."""
    names: list[tuple[str, str]] = []
    kind = etree.QName(entry_element).localname
    person = kind in ("person", "personGrp")
    for child in entry_element:
        if child.tag not in _NAME_CHILDREN:
            continue
        local = etree.QName(child).localname
        why = f'{local} type="{child.get("type")}"' if child.get("type") else local
        full = _text(child)
        if full:
            names.append((full, why))
            names.extend(_shorter_forms(kind, full, why))
        if person:
            forename = " ".join(_text(f) for f in child.findall(q("forename")))
            surname = " ".join(_text(s) for s in child.findall(q("surname")))
            if surname:
                names.append((surname, "surname"))
                if forename:
                    names.append((f"{forename} {surname}", "forename + surname"))
            initials = _initials(full)
            if initials:
                names.append((initials, f"initials of {why}"))
    return [(form, why) for form, why in names if len(form) >= 2]


@dataclass
class Gazetteer:
    """Surface form → {entry: why}; a form with more than one entry is ambiguous."""

    forms: dict[str, dict[Entry, str]]
    entries: dict[str, list[Entry]]
    learned: Counter
    given: dict[Entry, set[str]]

    def unique(self, form: str) -> tuple[Entry, str] | None:
        found = self.forms.get(form, {})
        return next(iter(found.items())) if len(found) == 1 else None


def gazetteer(registers: list[tuple[Path, etree._Element]], document: etree._Element | None = None,
              others: list[etree._Element] = ()) -> Gazetteer:
    """The gazetteer of ``registers`` ((resolved path, root) pairs), plus the forms ``document`` and the
    ``others`` (the project's other documents) tag, learned with their counts."""
    forms: dict[str, dict[Entry, str]] = defaultdict(dict)
    entries: dict[str, list[Entry]] = defaultdict(list)
    given: dict[Entry, set[str]] = {}
    for path, root in registers:
        for element in root.iter(*(q(k) for k in KINDS)):
            if not element.get(XML_ID):
                continue
            entry = Entry(element.get(XML_ID), etree.QName(element).localname, path)
            entries[entry.id].append(entry)
            for form, why in entry_names(element):
                forms[form].setdefault(entry, why)
            if entry.kind == "person":
                given[entry] = given_names(element)
    learned: Counter = Counter()
    for text_root in (_text_nodes_root(root) for root in ([document] if document is not None else []) + list(others)):
        if text_root is None:
            continue
        for element in text_root.iter(q("persName"), q("placeName"), q("orgName"), q("rs"), q("name")):
            ids = [token.rsplit("#", 1)[-1] for token in (element.get("ref") or "").split() if "#" in token]
            text = _text(element)
            if len(ids) != 1 or len(entries.get(ids[0], [])) != 1 or len(text) < 2:
                continue
            learned[(text, entries[ids[0]][0])] += 1
    for (text, entry), n in learned.items():
        forms[text].setdefault(entry, f"tagged so in the edition ({n}×)")
    return Gazetteer(dict(forms), dict(entries), learned, given)


def _text_nodes_root(root: etree._Element) -> etree._Element | None:
    return root if root.tag == q("text") else root.find(q("text"))


# ---------------------------------------------------------------------------------------------- dates

_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"]
MONTHS = {name: number for names in (_EN_MONTHS, _DE_MONTHS) for number, name in enumerate(names, 1)}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_YEAR = r"(?P<year>1\d{3}|20\d{2})(?![\d,.]\d)(?!\s*(?:per cent|percent|%|Prozent))"


@dataclass
class Previous:
    """The date mentioned last in the division (tagged before, or tagged now): what “that month”, “the
    same year”, “the following year” refer back to. A new division forgets it."""

    year: int | None = None
    month: int | None = None
    text: str = ""

    def remember(self, attributes: dict[str, str], text: str) -> None:
        value = attributes.get("when") or attributes.get("notBefore") or attributes.get("from") or ""
        found = re.match(r"(\d{4})(?:-(\d{2}))?", value)
        if found:
            self.year, self.month = int(found[1]), int(found[2]) if found[2] else None
            self.text = " ".join(text.split())


def _year_of(m: re.Match, before: Previous) -> int | None:
    """The match's year, or the year referred back to (one on for ``next``, one back for ``previous``)."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if before.year is None:
        return None
    return before.year + (1 if groups.get("next") else -1 if groups.get("previous") else 0)


def _ym(m: re.Match, before: Previous) -> tuple[int, int] | None:
    if m.groupdict().get("month"):
        return int(m["year"]), MONTHS[m["month"]]
    return (before.year, before.month) if before.year and before.month else None


def _day(m: re.Match, before: Previous) -> dict[str, str]:
    year, month = _ym(m, before)
    day = int(m["day"])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return {}
    return {"when": f"{year:04d}-{month:02d}-{day:02d}"}


def _month(m: re.Match, before: Previous) -> dict[str, str]:
    if not (ym := _ym(m, before)):
        return {}
    return {"when": f"{ym[0]:04d}-{ym[1]:02d}"}


def _early_month(m: re.Match, before: Previous) -> dict[str, str]:
    if not (ym := _ym(m, before)):
        return {}
    return {"notBefore": f"{ym[0]:04d}-{ym[1]:02d}-01", "notAfter": f"{ym[0]:04d}-{ym[1]:02d}-10"}


def _end_of_month(m: re.Match, before: Previous) -> dict[str, str]:
    if not (ym := _ym(m, before)):
        return {}
    year, month = ym
    last = calendar.monthrange(year, month)[1]
    return {"notBefore": f"{year:04d}-{month:02d}-{last - 10:02d}", "notAfter": f"{year:04d}-{month:02d}-{last}"}


def _end_of_year(m: re.Match, before: Previous) -> dict[str, str]:
    year = _year_of(m, before)
    return {"notBefore": f"{year:04d}-10-01", "notAfter": f"{year:04d}-12-31"} if year else {}


def _summer(m: re.Match, before: Previous) -> dict[str, str]:
    year = _year_of(m, before)
    return {"notBefore": f"{year:04d}-06-01", "notAfter": f"{year:04d}-08-31"} if year else {}


def _decade(m: re.Match, before: Previous) -> dict[str, str]:
    return {"from": m["decade"], "to": str(int(m["decade"]) + 9)}


def _year(m: re.Match, before: Previous) -> dict[str, str]:
    year = _year_of(m, before)
    return {"when": f"{year:04d}"} if year else {}


def _years(m: re.Match, before: Previous) -> dict[str, str]:
    """A span of years; “1937–38” ends in the first year's century."""
    start, to = int(m["year"]), m["to"]
    end = start // 100 * 100 + int(to) if len(to) == 2 else int(to)
    return {"from": str(start), "to": str(end)} if start < end < start + 100 else {}


#: The date rules: (name, pattern, attributes of the match and the date mentioned before). The
#: pattern's group ``date``, if any, is what is tagged ("in 1935" tags 1935); else the whole match. The
#: longest match wins where rules overlap ("early May 1937" over "May 1937"), so the order here does
#: not matter. A pattern with neither a ``year`` nor a ``decade`` refers back ("the end of that month")
#: and is read against the date mentioned before it in the division, and reported so. A space in a
#: pattern matches any white space (a line break, a page break). Add a rule = add a row.
DATE_RULES: list[tuple[str, str, Callable[[re.Match, Previous], dict[str, str]]]] = [
    ("day month year", rf"(?P<day>\d{{1,2}}) {_MONTH} {_YEAR}", _day),
    ("month day, year", rf"{_MONTH} (?P<day>\d{{1,2}}), {_YEAR}", _day),
    ("month year", rf"{_MONTH} {_YEAR}", _month),
    ("early month", rf"early {_MONTH} {_YEAR}", _early_month),
    ("end of month", rf"the end of {_MONTH} {_YEAR}", _end_of_month),
    ("end of year", rf"the end of {_YEAR}", _end_of_year),
    ("summer", rf"(?:the )?summer (?:of )?{_YEAR}", _summer),
    ("decade", r"the (?P<decade>1\d{2}0|20\d0)s", _decade),
    ("year after a preposition", rf"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince) (?P<date>{_YEAR})", _year),
    ("years", rf"(?<!\d[–-]){_YEAR}\s?[–-]\s?(?P<to>\d{{4}}|\d{{2}})(?![–-]\d)", _years),
    ("from year to year", rf"(?:from|between) {_YEAR} (?:to|and|until) (?P<to>\d{{4}})", _years),
    ("that month", r"(?:that|the same) month", _month),
    ("early that month", r"early (?:that|the same) month", _early_month),
    ("end of that month", r"the end of (?:that|the same|the) month", _end_of_month),
    ("that year", r"(?:that|the same) year", _year),
    ("the following year", r"(?P<next>the (?:following|next) year|a year later)", _year),
    ("the year before", r"(?P<previous>the (?:previous|preceding) year|the year before)", _year),
    ("end of that year", r"the end of (?:that|the same|the) year", _end_of_year),
    ("summer of that year", r"the summer of (?:that|the same) year", _summer),
    # German
    ("Tag. Monat Jahr", rf"(?P<day>\d{{1,2}})\. {_MONTH} {_YEAR}", _day),
    ("Anfang Monat", rf"Anfang {_MONTH} {_YEAR}", _early_month),
    ("Ende Monat", rf"Ende {_MONTH} {_YEAR}", _end_of_month),
    ("Ende Jahr", rf"Ende {_YEAR}", _end_of_year),
    ("Sommer", rf"Sommer {_YEAR}", _summer),
    ("Jahrzehnt", r"(?:die|den|der) (?P<decade>1\d{2}0|20\d0)er(?: Jahren?)?", _decade),
    ("Jahr nach Präposition", rf"\b(?:im Jahre?|bis|seit) (?P<date>{_YEAR})", _year),
    ("von Jahr bis Jahr", rf"(?:von|zwischen) {_YEAR} (?:bis|und) (?P<to>\d{{4}})", _years),
    ("Ende des Monats", r"Ende (?:des|desselben|jenes) Monats", _end_of_month),
    ("desselben Jahres", r"(?:desselben|jenes) Jahres|im (?:selben|gleichen) Jahr", _year),
    ("im folgenden Jahr", r"(?P<next>im (?:folgenden|nächsten) Jahr|ein Jahr später)", _year),
    ("im Vorjahr", r"(?P<previous>im (?:Vorjahr|vorigen Jahr))", _year),
    ("Ende des Jahres", r"Ende (?:des|desselben|jenes) Jahres", _end_of_year),
]


def _compiled(pattern: str) -> re.Pattern:
    """A rule's pattern as matched: any white space for a space, a capital for a first small letter
    (the start of a sentence), never inside a word."""
    pattern = re.sub(r"(^|\(\?:|\(\?P<\w+>|\|)([a-zäöü])",
                     lambda m: f"{m[1]}[{m[2]}{m[2].upper()}]", pattern)
    return re.compile(r"(?<!\w)" + pattern.replace(" ", r"\s+") + r"(?!\w)")


_DATE_PATTERNS = [(name, _compiled(pattern), function, not {"year", "decade"} & set(re.compile(pattern).groupindex))
                  for name, pattern, function in DATE_RULES]
_DIGITS = re.compile(r"\d\d")
_BACK = re.compile(r"month|year|monat|jahr", re.IGNORECASE)  # the rules that refer back name one of these


# ---------------------------------------------------------------------------------------------- tagging

#: Empty elements that stand between words without ending a name ("Hans <pb/>Christian"): a space,
#: or nothing with ``break="no"`` (which also hides the hyphen before it: "Tukha-<lb break="no"/>chevsky").
_MILESTONES = {q(n) for n in ("lb", "pb", "cb", "gb", "milestone", "anchor")}
#: Inline elements holding only words, taken whole into a mention ("<hi>Red</hi> Army").
_INLINE = {q(n) for n in ("hi", "emph")}
_HYPHENS = ("-", "\u00ad", "¬", "\u2010")
_DIVISIONS = {q(n) for n in ("div", "div1", "div2", "div3", "div4", "div5", "div6", "div7")}


@dataclass
class _Span:
    start: int
    end: int
    element: etree._Element | None  # None: ambiguous, reported, not tagged
    record: dict
    refers_back: Callable[[Previous], dict[str, str]] | None = None  # a date read when its turn comes


@dataclass
class _Piece:
    """Part of a run of text: real text, or a milestone or inline child; ``match`` is what the patterns
    read of it, from offset ``start`` of the run."""

    content: str | etree._Element
    match: str
    start: int = 0


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    def flat(chunk: str) -> str:
        return re.sub(r"\s+", " ", chunk)

    return f"…{flat(text[max(0, start - width):start])}[{flat(text[start:end])}]{flat(text[end:end + width])}…"


def _between_words(child: etree._Element) -> bool:
    """A child a mention may run across: an empty milestone or a words-only inline element."""
    if not isinstance(child.tag, str) or len(child):
        return False
    return child.tag in _INLINE or (child.tag in _MILESTONES and not (child.text or "").strip())


def _runs(element: etree._Element) -> list[tuple[etree._Element | None, list[_Piece]]]:
    """The element's own words cut into runs: (the child whose tail the run starts in, or None for the
    element's text; its pieces). A run goes on across milestones and inline children."""
    runs: list[tuple[etree._Element | None, list[_Piece]]] = []
    anchor, pieces = None, [_Piece(element.text, element.text)] if element.text else []
    for child in element:
        if _between_words(child):
            if child.tag in _INLINE:
                pieces.append(_Piece(child, child.text or ""))
            else:
                joined = child.get("break") == "no"
                if joined and pieces and isinstance(pieces[-1].content, str) and pieces[-1].match.endswith(_HYPHENS):
                    pieces[-1].match = pieces[-1].match[:-1]
                pieces.append(_Piece(child, "" if joined else " "))
        else:
            if pieces:
                runs.append((anchor, pieces))
            anchor, pieces = child, []
        if child.tail:
            pieces.append(_Piece(child.tail, child.tail))
    if pieces:
        runs.append((anchor, pieces))
    return runs


def _place(parent: etree._Element, anchor: etree._Element | None, items: list) -> None:
    """Put ``items`` (strings and elements, in order) into ``parent`` after ``anchor`` (at its start for None)."""
    index = 0 if anchor is None else parent.index(anchor) + 1
    last = anchor
    leading = []
    for item in items:
        if isinstance(item, str):
            if last is anchor:
                leading.append(item)
            else:
                last.tail = (last.tail or "") + item
            continue
        item.tail = None
        parent.insert(index, item)
        index, last = index + 1, item
    if anchor is None:
        parent.text = "".join(leading) or None
    else:
        anchor.tail = "".join(leading) or None


def _wrap(parent: etree._Element, anchor: etree._Element | None, pieces: list[_Piece], spans: list[_Span]) -> None:
    """Rewrite one run with each span's text and children inside the span's new element."""
    bounds = sorted({b for s in spans for b in (s.start, s.end)})
    cut: list[tuple[int, int, str | etree._Element]] = []
    for piece in pieces:
        end = piece.start + len(piece.match)
        if isinstance(piece.content, str):
            edges = [0, *(b - piece.start for b in bounds if piece.start < b < end), None]
            for a, b in zip(edges, edges[1:], strict=False):
                cut.append((piece.start + a, piece.start + (len(piece.match) if b is None else b), piece.content[a:b]))
        else:
            cut.append((piece.start, end, piece.content))
            parent.remove(piece.content)
    items: list = []
    for a, b, content in cut:
        owner = next((s for s in spans if s.start <= a and b <= s.end and not (a == b and a in (s.start, s.end))),
                     None)
        if owner is None:
            items.append(content)
            continue
        if not len(owner.record.setdefault("_pieces", [])):
            items.append(owner.element)
        owner.record["_pieces"].append(content)
    for span in spans:
        _place(span.element, None, span.record.pop("_pieces", []))
    _place(parent, anchor, items)


_END = ""  # in a trie of forms: a form ends here
_SPACE_ATOM = " "  # in a trie of forms: white space between two words


def _names_pattern(forms) -> re.Pattern | None:
    """One pattern for all the forms: whole words, any white space between words, the longest form
    where several begin at one place. It is written as a trie ("S(?:talin|pain)"), not as one
    alternative per form: the regular expression engine then follows one path of letters at each
    place instead of trying every form, and a register of 10,000 persons costs about what one of 100
    does."""
    trie: dict = {}
    for form in forms:
        node = trie
        for atom in _SPACE_ATOM.join(form.split()):
            node = node.setdefault(atom, {})
        node[_END] = {}
    if not trie:
        return None
    return re.compile(rf"(?<!\w)(?:{_trie_pattern(trie)})(?!\w)")


def _trie_pattern(node: dict) -> str:
    branches = []
    for atom in sorted(a for a in node if a != _END):
        chain, child = [atom], node[atom]
        while len(child) == 1 and _END not in child:  # a run of letters with no choice: no group
            (atom, child), = child.items()
            chain.append(atom)
        branches.append("".join(r"\s+" if a == _SPACE_ATOM else re.escape(a) for a in chain) + _trie_pattern(child))
    if not branches:
        return ""
    if _END in node:  # a form may end here: the longer forms first (greedy), else here
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


class _Tagger:
    def __init__(self, gazetteer: Gazetteer, ref_of: Callable[[Entry], str], notes: bool = True):
        self.gazetteer = gazetteer
        self.ref_of = ref_of
        self.notes = notes
        self.names = _names_pattern(gazetteer.forms)
        self.previous = Previous()
        self.in_event = False
        self.proposals: list[dict] = []
        self.ambiguous: list[dict] = []

    @functools.cached_property
    def names_in_events(self) -> re.Pattern | None:
        """Inside an event mention, the forms of what is not an event (else "Kirov’s assassination"
        hides Kirov); made when first needed."""
        return _names_pattern([form for form, entries in self.gazetteer.forms.items()
                               if any(entry.kind != "event" for entry in entries)])

    def spans(self, text: str, line: int | None, inside: set[int]) -> list[_Span]:
        """The mentions in one run's ``text``, longest first where they overlap; none begins or ends at
        an offset in ``inside`` (within an inline child)."""
        candidates: list[_Span] = []
        names = self.names_in_events if self.in_event else self.names
        if names is not None:
            for match in names.finditer(text):
                if not {match.start(), match.end()} & inside:
                    candidates.append(self._with_given_name(self._name(text, match, line), text, inside))
        numbers, back = _DIGITS.search(text), _BACK.search(text)  # most text has neither: skip its rules
        for rule, pattern, function, refers_back in _DATE_PATTERNS:
            if not (back if refers_back else numbers):
                continue
            for match in pattern.finditer(text):
                start, end = match.span("date" if "date" in pattern.groupindex else 0)
                if {start, end} & inside:
                    continue
                record = {"kind": "dates", "element": "date", "text": " ".join(text[start:end].split()), "ref": "",
                          "why": f"date rule “{rule}”", "context": _context(text, start, end), "line": line}
                if refers_back:
                    candidates.append(_Span(start, end, None, record,
                                            lambda before, m=match, f=function: f(m, before)))
                elif attributes := function(match, self.previous):
                    candidates.append(_Span(start, end, etree.Element(q("date"), attributes),
                                            record | {"attributes": attributes}))
        if self.in_event:
            candidates = [c for c in candidates if c.record.get("kind") != "events"]
        chosen: list[_Span] = []
        for span in sorted(candidates, key=lambda s: (-(s.end - s.start), s.start)):
            if all(span.end <= other.start or span.start >= other.end for other in chosen):
                chosen.append(span)
        tagged = []
        for span in sorted(chosen, key=lambda s: s.start):
            if span.refers_back is not None:
                attributes = span.refers_back(self.previous)
                if not attributes:
                    continue
                span.element = etree.Element(q("date"), attributes)
                span.record |= {"attributes": attributes, "why": span.record["why"]
                                + f", referring back to “{self.previous.text}”"}
            if span.element is None:
                self.ambiguous.append(span.record)
                continue
            if span.record["kind"] == "dates":
                self.previous.remember(span.record["attributes"], span.record["text"])
            self.proposals.append(span.record)
            tagged.append(span)
        return tagged

    def _name(self, text: str, match: re.Match, line: int | None) -> _Span:
        form = " ".join(match.group().split())
        start, end = match.span()
        context = _context(text, start, end)
        unique = self.gazetteer.unique(form)
        if unique is None:
            ids = sorted(f"{e.id} ({e.kind})" for e in self.gazetteer.forms[form])
            return _Span(start, end, None, {"text": form, "entries": ids, "context": context, "line": line})
        entry, why = unique
        kind, name, rs_type = KINDS[entry.kind]
        ref = self.ref_of(entry)
        attributes = {"type": rs_type, "ref": ref} if rs_type else {"ref": ref}
        element = etree.Element(q(name), attributes)
        return _Span(start, end, element, {"kind": kind, "element": name, "text": form, "ref": ref,
                                           "id": entry.id, "why": why, "context": context, "line": line})

    def _with_given_name(self, span: _Span, text: str, inside: set[int]) -> _Span:
        """A surname after the person's forename spelled otherwise ("Lavrenty Beria" for Lavrentiy
        Beria; transliterations differ) is tagged with it."""
        entry = span.record.get("id") and self.gazetteer.unique(span.record["text"])
        if not entry or span.record["why"] != "surname":
            return span
        before = re.search(rf"(?<!\w)({_CAPITALISED})\s+$", text[:span.start])
        if not before or before.start(1) in inside or before[1] in self.gazetteer.forms:
            return span
        word = before[1]
        alike = [name for name in self.gazetteer.given.get(entry[0], ()) if name[0] == word[0]
                 and difflib.SequenceMatcher(None, name, word).ratio() >= 0.8]
        if not alike:
            return span
        span.start = before.start(1)
        span.record |= {"text": " ".join(text[span.start:span.end].split()), "why": f"surname, after “{word}”, "
                        f"spelled so for “{alike[0]}”", "context": _context(text, span.start, span.end)}
        return span

    def tag(self, root: etree._Element) -> tuple[list[dict], list[dict]]:
        """Tag the text of ``root`` in document order; returns (proposals, ambiguous forms)."""
        self._visit(root, root.tag == q("text"), True)
        return self.proposals, self.ambiguous

    def _visit(self, element: etree._Element, in_text: bool, taggable: bool) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            return
        in_text = in_text or tag == q("text")
        if tag in _DIVISIONS:
            self.previous = Previous()
        if tag == q("date") and in_text:
            self.previous.remember(dict(element.attrib), "".join(element.itertext()))
        event = tag == q("rs") and element.get("type") == "event"
        if ((tag in _NO_TAGGING and not event) or tag.startswith(_EXAMPLES)
                or (tag == q("note") and (element.get("type") == "source" or not self.notes))):
            taggable = False
        if event and taggable:  # an event mention holds the names of who and where, not another event
            outer, self.in_event = self.in_event, True
            try:
                self._visit_content(element, in_text, taggable)
            finally:
                self.in_event = outer
            return
        self._visit_content(element, in_text, taggable)

    def _visit_content(self, element: etree._Element, in_text: bool, taggable: bool) -> None:
        runs = dict(_runs(element)) if in_text and taggable else {}
        members = {p.content for pieces in runs.values() for p in pieces if not isinstance(p.content, str)}
        if None in runs:
            self._tag_run(element, None, runs[None])
        for child in list(element):  # in document order, each child before the run that follows it
            if child in members:
                continue
            self._visit(child, in_text, taggable)
            if child in runs:
                self._tag_run(element, child, runs[child])

    def _tag_run(self, parent: etree._Element, anchor: etree._Element | None, pieces: list[_Piece],
                 edges: tuple[str, str] = ("", "")) -> None:
        """Tag one run, then the words of its inline children that no mention took whole (read with the
        letters around them, so that <hi>Nin</hi>ety is still one word). ``edges``: those letters."""
        offset, inside = len(edges[0]), set(range(len(edges[0])))
        for piece in pieces:
            piece.start = offset
            offset += len(piece.match)
            if not isinstance(piece.content, str):
                inside.update(range(piece.start + 1, offset))
        inside.update(range(offset + 1, offset + len(edges[1]) + 1))
        text = edges[0] + "".join(piece.match for piece in pieces) + edges[1]
        if not text.strip():
            return
        line = (anchor if anchor is not None else parent).sourceline
        spans = self.spans(text, line, inside)
        if spans:
            _wrap(parent, anchor, pieces, spans)
        for span in spans:  # the names in a new event mention ("Kirov’s assassination")
            if span.element.tag == q("rs"):
                self._visit(span.element, True, True)
        for piece in pieces:
            child = piece.content
            if not isinstance(child, str) and child.tag in _INLINE and child.getparent() is parent and child.text:
                end = piece.start + len(piece.match)
                self._tag_run(child, None, [_Piece(child.text, child.text)], (text[piece.start - 1:piece.start],
                                                                                text[end:end + 1]))


def _ref_maker(document: Path, out: Path) -> Callable[[Entry], str]:
    document, folder = document.resolve(), out.resolve().parent

    def ref_of(entry: Entry) -> str:
        if entry.register == document:
            return f"#{entry.id}"
        return quote(Path(os.path.relpath(entry.register, folder)).as_posix()) + f"#{entry.id}"

    return ref_of


def _readable(path: str | Path) -> etree._Element | None:
    """Another document's root, or ``None`` when it cannot be read (its own validation says why)."""
    try:
        return parse(path).root
    except TeikitError:
        return None


def _free_backup(source: Path) -> Path:
    """Where ``--in-place`` keeps the file as it was: FILE.bak, or FILE.bak.1, .2, … when the editor tags
    again (tag, review, add forms to a register, tag again): a backup is never overwritten."""
    backup = source.with_name(source.name + ".bak")
    number = 0
    while backup.exists():
        number += 1
        backup = source.with_name(f"{source.name}.bak.{number}")
    return backup


def tag_document(source: str | Path, registers: list[str | Path], *, out: str | Path | None = None,
                 in_place: bool = False, dry_run: bool = False, force: bool = False,
                 learn_from: list[str | Path] = (), notes: bool = True, suggest: str | None = None,
                 ignore: list[str] = ()) -> DocumentResult:
    """Tag ``source`` from ``registers`` (and the forms ``learn_from``, the edition's other documents,
    already tag), never by a form in ``ignore``; write it to ``out`` (or over ``source`` with
    ``in_place``, after copying it to ``source.bak``; nothing with ``dry_run``). With ``notes`` false,
    no note is tagged (an edition that, like the passage, leaves its editorial notes untagged). With
    ``suggest``, a spaCy model's names that
    no register holds are reported (never written; :mod:`toolkit.suggestions`). ``details``: ``counts``
    per kind, ``proposals``, ``ambiguous`` forms, ``unmatched`` capitalised words, ``suggestions``, the
    ``gazetteer``'s size."""
    source = Path(source)
    if not dry_run and (out is None) == (not in_place):
        raise UsageError.at("tag.output", "give either -o OUT.xml or --in-place (or --dry-run)", "teikit")
    target = source if in_place or out is None else Path(out)
    backup = _free_backup(source)
    if not dry_run:
        if not in_place and target.exists() and not force:
            raise UsageError.at("tag.exists", f"{target} exists: teikit tag never overwrites a file (--force "
                                "does, or --in-place)", target)
    nlp = suggestions.load(suggest) if suggest else None  # before anything is read or written
    result = DocumentResult(source)
    document = parse(source)
    root = document.root
    loaded = []
    for register in registers:
        register = Path(register)
        loaded.append((register.resolve(), root if register.resolve() == source.resolve() else parse(register).root))
    others = [root for root in (_readable(p) for p in learn_from if Path(p).resolve() != source.resolve())
              if root is not None]
    gazetteer_ = gazetteer(loaded, root, others)
    for form in ignore:  # a name that is mostly a word of the language ("May", "Christian"), say
        gazetteer_.forms.pop(" ".join(form.split()), None)
    tagger = _Tagger(gazetteer_, _ref_maker(source, target), notes)
    proposals, ambiguous = tagger.tag(root)
    counts = Counter(p["kind"] for p in proposals)
    text = _text_nodes_root(root)
    result.details.update(
        counts={kind: counts.get(kind, 0) for kind in KIND_ORDER},
        proposals=proposals, ambiguous=ambiguous,
        unmatched=[list(item) for item in untagged_names(text)] if text is not None else [],
        suggestions=(suggestions.suggest(nlp, text, _NO_TAGGING | _NOT_TEXT | (set() if notes else {q("note")}),
                                         gazetteer_.forms) if nlp is not None and text is not None else []),
        suggest_model=suggest or "",
        gazetteer={"entries": sum(len(v) for v in gazetteer_.entries.values()), "forms": len(gazetteer_.forms),
                   "learned": len(gazetteer_.learned)})
    if dry_run:
        return result
    data = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + etree.tostring(document.tree, encoding="UTF-8", xml_declaration=False))
    if in_place:
        write_atomic(backup, document.data)
        result.outputs["backup"] = backup
    write_atomic(target, data + (b"" if data.endswith(b"\n") else b"\n"))
    result.outputs["tei"] = target
    return result


# ---------------------------------------------------------------------------------------------- reports

def summary(result: DocumentResult, *, limit: int | None = None) -> str:
    """The review as text: counts, each proposal with its context, entry and name form, the ambiguous
    forms and the unmatched capitalised words."""
    details = result.details
    counts = details["counts"]
    lines = [f"{result.path}: " + ", ".join(f"{counts[k]} {k}" for k in KIND_ORDER)
             + f" tagged ({sum(counts.values())} in all)"]
    lines.append("proposed tags:")
    for p in details["proposals"][:limit]:
        target = p["ref"] or " ".join(f'{k}="{v}"' for k, v in p["attributes"].items())
        lines.append(f"  line {p['line']}: <{p['element']}> {p['text']!r} → {target} ({p['why']})  {p['context']}")
    if details["ambiguous"]:
        lines.append("ambiguous forms (not tagged):")
        for a in details["ambiguous"]:
            lines.append(f"  line {a['line']}: {a['text']!r} names {', '.join(a['entries'])}  {a['context']}")
    if details.get("suggestions"):
        lines.append(f"names in no register, suggested by {details['suggest_model']} (not written; add them to a "
                     "register and tag again):")
        for s in details["suggestions"][:limit]:
            lines.append(f"  line {s['line']}: {s['text']!r} {s['kind']} ({s['label']}, {s['count']}×)  {s['context']}")
    if details["unmatched"]:
        lines.append("capitalised words not tagged: "
                     + ", ".join(f"{word} ({n})" for word, n in details["unmatched"][:limit]))
    return "\n".join(lines)


def html_report(result: DocumentResult) -> str:
    """The review as one HTML page; every text from the document is escaped."""
    e = html.escape
    details = result.details
    rows = "".join(
        f"<tr><td>{p['line']}</td><td>{e(p['kind'])}</td><td><code>&lt;{e(p['element'])}&gt;</code></td>"
        f"<td>{e(p['text'])}</td><td><code>{e(p['ref'] or ' '.join(f'{k}={v}' for k, v in p['attributes'].items()))}"
        f"</code></td><td>{e(p['why'])}</td><td>{e(p['context'])}</td></tr>" for p in details["proposals"])
    ambiguous = "".join(f"<tr><td>{a['line']}</td><td>{e(a['text'])}</td><td>{e(', '.join(a['entries']))}</td>"
                        f"<td>{e(a['context'])}</td></tr>" for a in details["ambiguous"])
    unmatched = ", ".join(f"{e(word)} ({n})" for word, n in details["unmatched"])
    suggested = "".join(f"<tr><td>{s['line']}</td><td>{e(s['kind'])}</td><td>{e(s['text'])}</td>"
                        f"<td>{e(s['label'])}</td><td>{s['count']}</td><td>{e(s['context'])}</td></tr>"
                        for s in details.get("suggestions", []))
    suggested = (f"<h2>Names in no register, suggested by {e(details['suggest_model'])} (not written)</h2><table><tr>"
                 "<th>line</th><th>kind</th><th>text</th><th>label</th><th>count</th><th>context</th></tr>"
                 f"{suggested}</table>") if details.get("suggest_model") else ""
    counts = "".join(f"<li>{e(k)}: {details['counts'][k]}</li>" for k in KIND_ORDER)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>teikit tag: review of '
            f"{e(result.path.name)}</title><style>body{{font-family:sans-serif}}table{{border-collapse:collapse}}"
            "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}</style></head><body>"
            f"<h1>Review of {e(str(result.path))}</h1><ul>{counts}</ul>"
            "<h2>Proposed tags</h2><table><tr><th>line</th><th>kind</th><th>element</th><th>text</th><th>ref / value"
            f"</th><th>why</th><th>context</th></tr>{rows}</table>"
            "<h2>Ambiguous forms (not tagged)</h2><table><tr><th>line</th><th>text</th><th>entries</th>"
            f"<th>context</th></tr>{ambiguous}</table>{suggested}"
            f"<h2>Capitalised words not tagged</h2><p>{unmatched}</p></body></html>\n")
