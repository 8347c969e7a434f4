"""The gazetteer of ``teikit tag``: every surface form of every register entry, and one pattern
that finds them all in a text.

An entry (``person``, ``personGrp``, ``place``, ``org``, ``event`` with ``xml:id``) is named by its
``persName``/``placeName``/``orgName``/``label``/``name`` children, variants and short forms included;
for persons also by forename + surname, the surname alone and the initials + surname ("M. N.
Tukhachevsky"); and as prose names it for short (:func:`entry_names`). The forms the edition already
tags with a ``@ref`` to an entry are learned, with counts. A form that names several entries is
*ambiguous*: the tagger lists it and never tags it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .readingtext import text_element
from .registers import ENTRY_TAGS
from .tei import XML_ID, normalized_text, q

#: Register entry → (the kind counted in the report, the element that tags a mention, its @type).
KINDS = {"person": ("persons", "persName", None), "personGrp": ("persons", "persName", None),
         "place": ("places", "placeName", None), "org": ("organisations", "orgName", None),
         "event": ("events", "rs", "event")}
#: Children of an entry that are its names.
_NAME_CHILDREN = {q(n) for n in ("persName", "placeName", "orgName", "label", "name", "eventName", "geogName")}


@dataclass(frozen=True)
class Entry:
    """A register entry: its id, kind and the register file (resolved) it is in."""

    id: str
    kind: str  # person, personGrp, place, org, event
    register: Path


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
CAPITALISED = r"[A-ZÀ-ÞĀ-Ž][\w’'.-]*"
_HEAD = re.compile(rf"({CAPITALISED}(?: {CAPITALISED}){{0,2}}) (?:of|under|for|at|attached to) ")
_DATED = re.compile(r",?\s*\(?\d{3,4}(?:\s*[–-]\s*\d{2,4})?\)?$")
#: An event named as a deed done to someone: "Assassination of Sergei Kirov" (no article before the name).
_DEED_OF = re.compile(rf"([A-Z][a-z]+) of ({CAPITALISED}(?: {CAPITALISED}){{0,3}})")
_OF_PLACE = re.compile(rf"(?:{'|'.join(_POLITY)}) of (?:the )?({CAPITALISED}(?: {CAPITALISED}){{0,2}})$")


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
            forenames = [normalized_text(f) for f in child.findall(q("forename"))]
            found.update(forenames or normalized_text(child).split()[:-1])
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
        full = normalized_text(child)
        if full:
            names.append((full, why))
            names.extend(_shorter_forms(kind, full, why))
        if person:
            forename = " ".join(normalized_text(f) for f in child.findall(q("forename")))
            surname = " ".join(normalized_text(s) for s in child.findall(q("surname")))
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
              others: Iterable[etree._Element] = ()) -> Gazetteer:
    """The gazetteer of ``registers`` ((resolved path, root) pairs), plus the forms ``document`` and the
    ``others`` (the project's other documents) tag, learned with their counts."""
    forms: dict[str, dict[Entry, str]] = defaultdict(dict)
    entries: dict[str, list[Entry]] = defaultdict(list)
    given: dict[Entry, set[str]] = {}
    for path, root in registers:
        for element in root.iter(*ENTRY_TAGS):
            if not element.get(XML_ID):
                continue
            entry = Entry(element.get(XML_ID), etree.QName(element).localname, path)
            entries[entry.id].append(entry)
            for form, why in entry_names(element):
                forms[form].setdefault(entry, why)
            if entry.kind == "person":
                given[entry] = given_names(element)
    learned: Counter = Counter()
    for body in (text_element(root) for root in itertools.chain([document] if document is not None else [], others)):
        if body is None:
            continue
        for element in body.iter(q("persName"), q("placeName"), q("orgName"), q("rs"), q("name")):
            ids = [token.rsplit("#", 1)[-1] for token in (element.get("ref") or "").split() if "#" in token]
            text = normalized_text(element)
            if len(ids) != 1 or len(entries.get(ids[0], [])) != 1 or len(text) < 2:
                continue
            learned[(text, entries[ids[0]][0])] += 1
    for (text, entry), n in learned.items():
        forms[text].setdefault(entry, f"tagged so in the edition ({n}×)")
    return Gazetteer(dict(forms), dict(entries), learned, given)


_END = ""  # in a trie of forms: a form ends here
_SPACE_ATOM = " "  # in a trie of forms: white space between two words


def names_pattern(forms) -> re.Pattern | None:
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
