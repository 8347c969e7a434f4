"""The date rules of ``teikit tag``: dates in English and German prose as ``<date>`` with ISO values.

One table, :data:`DATE_RULES`, to extend: a row is a name, a pattern and a function from the match
(and the date mentioned before it) to the attributes. The values follow the rules the passage's
``encodingDesc`` states: ‘early’ a month = its first ten days, ‘the end of’ a month = its last eleven
days, ‘the end of’ a year = its last quarter, ‘summer’ = June to August; spans of years are
``@from``/``@to``; "the end of that month" is read against the date mentioned before it
(:class:`Previous`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

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


DATE_PATTERNS = [(name, _compiled(pattern), function, not {"year", "decade"} & set(re.compile(pattern).groupindex))
                  for name, pattern, function in DATE_RULES]
NUMBERS = re.compile(r"\d\d")
REFERS_BACK = re.compile(r"month|year|monat|jahr", re.IGNORECASE)  # the rules that refer back name one of these
