"""``teikit tag``: tag the untagged mentions of register entries and the dates of a TEI text.

Encoding after the import is mostly mechanical once the registers exist. With the forms of the
registers (:mod:`toolkit.gazetteer`) and the date rules (:mod:`toolkit.daterules`), this module tags,
in the text only (never the ``teiHeader`` or ``standOff``, never inside a name, a date, a title, a
pointer or a ``note type="source"``, never inside a word: Nin ≠ Ninety), the longest form first; the
name, not a possessive ending (Stalin’s → ``<persName>Stalin</persName>’s``); across a line or page
break and highlighting taken whole; the names inside an event mention within it. Ambiguous forms are
listed, never tagged.

Nothing of the text changes: text is only cut around the new elements. The result's ``details`` carry
the counts, every proposal (the text, its context, the entry and the name form or date rule that
matched) and the ambiguous and the unmatched capitalised words; :func:`summary` and
:func:`html_report` present them for review.
"""

from __future__ import annotations

import difflib
import functools
import html
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from . import suggestions
from .daterules import DATE_PATTERNS, NUMBERS, REFERS_BACK, Previous
from .errors import TeikitError, UsageError
from .fsio import write_atomic
from .gazetteer import CAPITALISED, KINDS, Entry, Gazetteer, gazetteer, names_pattern
from .info import untagged_names
from .readingtext import text_element
from .results import DocumentResult, Report
from .tei import q
from .xmlsource import parse

#: Elements whose content is never tagged: mentions, names and their parts, dates, titles, pointers, code.
_NO_TAGGING = {q(n) for n in (
    "persName", "placeName", "orgName", "rs", "name", "date", "time", "ref", "ptr", "title", "idno", "code",
    "forename", "surname", "roleName", "addName", "genName", "nameLink", "geogName", "settlement", "country",
    "region", "bloc", "district", "egXML", "index", "binaryObject", "fw", "term")}
#: Subtrees that are not text at all.
_NOT_TEXT = {q(n) for n in ("teiHeader", "standOff", "facsimile", "sourceDoc")}
_EXAMPLES = "{http://www.tei-c.org/ns/Examples}"
KIND_ORDER = ("persons", "places", "organisations", "events", "dates")


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


def context(text: str, start: int, end: int, width: int = 40) -> str:
    """``text`` around ``start``–``end`` as a review shows it: "…words before [the match] words after…"."""
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
    inner: dict[int, list] = {}  # span's index → what goes inside its element
    for a, b, content in cut:
        owner = next((n for n, s in enumerate(spans)
                      if s.start <= a and b <= s.end and not (a == b and a in (s.start, s.end))), None)
        if owner is None:
            items.append(content)
            continue
        if owner not in inner:
            items.append(spans[owner].element)
        inner.setdefault(owner, []).append(content)
    for owner, contents in inner.items():
        _place(spans[owner].element, None, contents)
    _place(parent, anchor, items)


class _Tagger:
    def __init__(self, gazetteer: Gazetteer, ref_of: Callable[[Entry], str], notes: bool = True):
        self.gazetteer = gazetteer
        self.ref_of = ref_of
        self.notes = notes
        self.names = names_pattern(gazetteer.forms)
        self.previous = Previous()
        self.in_event = False
        self.proposals: list[dict] = []
        self.ambiguous: list[dict] = []

    @functools.cached_property
    def names_in_events(self) -> re.Pattern | None:
        """Inside an event mention, the forms of what is not an event (else "Kirov’s assassination"
        hides Kirov); made when first needed."""
        return names_pattern([form for form, entries in self.gazetteer.forms.items()
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
        numbers, back = NUMBERS.search(text), REFERS_BACK.search(text)  # most text has neither: skip its rules
        for rule, pattern, function, refers_back in DATE_PATTERNS:
            if not (back if refers_back else numbers):
                continue
            for match in pattern.finditer(text):
                start, end = match.span("date" if "date" in pattern.groupindex else 0)
                if {start, end} & inside:
                    continue
                record = {"kind": "dates", "element": "date", "text": " ".join(text[start:end].split()), "ref": "",
                          "why": f"date rule “{rule}”", "context": context(text, start, end), "line": line}
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
        around = context(text, start, end)
        unique = self.gazetteer.unique(form)
        if unique is None:
            ids = sorted(f"{e.id} ({e.kind})" for e in self.gazetteer.forms[form])
            return _Span(start, end, None, {"text": form, "entries": ids, "context": around, "line": line})
        entry, why = unique
        kind, name, rs_type = KINDS[entry.kind]
        ref = self.ref_of(entry)
        attributes = {"type": rs_type, "ref": ref} if rs_type else {"ref": ref}
        element = etree.Element(q(name), attributes)
        return _Span(start, end, element, {"kind": kind, "element": name, "text": form, "ref": ref,
                                           "id": entry.id, "why": why, "context": around, "line": line})

    def _with_given_name(self, span: _Span, text: str, inside: set[int]) -> _Span:
        """A surname after the person's forename spelled otherwise ("Lavrenty Beria" for Lavrentiy
        Beria; transliterations differ) is tagged with it."""
        entry = span.record.get("id") and self.gazetteer.unique(span.record["text"])
        if not entry or span.record["why"] != "surname":
            return span
        before = re.search(rf"(?<!\w)({CAPITALISED})\s+$", text[:span.start])
        if not before or before.start(1) in inside or before[1] in self.gazetteer.forms:
            return span
        word = before[1]
        alike = [name for name in self.gazetteer.given.get(entry[0], ()) if name[0] == word[0]
                 and difflib.SequenceMatcher(None, name, word).ratio() >= 0.8]
        if not alike:
            return span
        span.start = before.start(1)
        span.record |= {"text": " ".join(text[span.start:span.end].split()), "why": f"surname, after “{word}”, "
                        f"spelled so for “{alike[0]}”", "context": context(text, span.start, span.end)}
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
    ``suggest``, a spaCy model's names that no register holds are reported (never written;
    :mod:`toolkit.suggestions`). ``details``: ``counts`` per kind, ``proposals``, ``ambiguous`` forms,
    ``unmatched`` capitalised words, ``suggestions``, the ``gazetteer``'s size."""
    source = Path(source)
    _check_mode(out, in_place, dry_run)
    target = source if in_place or out is None else Path(out)
    _refuse_overwrite(target, in_place=in_place, dry_run=dry_run, force=force)
    nlp = suggestions.load(suggest) if suggest else None  # before anything is read or written
    document = parse(source)
    root = document.root
    loaded = [(Path(r).resolve(), root if Path(r).resolve() == source.resolve() else parse(r).root)
              for r in registers]
    others = [root for root in (_readable(p) for p in learn_from if Path(p).resolve() != source.resolve())
              if root is not None]
    gazetteer_ = _without(gazetteer(loaded, root, others), ignore)
    return _tag_parsed(source, document, gazetteer_, target, in_place=in_place, dry_run=dry_run, notes=notes,
                       nlp=nlp, suggest=suggest)


def tag_documents(paths: list[str | Path], registers: list[str | Path], *, out_dir: str | Path | None = None,
                  in_place: bool = False, dry_run: bool = False, force: bool = False,
                  learn_from: list[str | Path] = (), notes: bool = True, suggest: str | None = None,
                  ignore: list[str] = (), project=None) -> Report:
    """Tag many documents — files and folders (every TEI document below them), else the project's — with
    one gazetteer: the registers read once, and the forms all of them (and ``learn_from``) already tag
    learned once. The tagged files go to ``out_dir`` in the sources' tree, or over each source with
    ``in_place`` (after its backup), or nowhere with ``dry_run``. A document that cannot be read or
    written is one finding; the others go on. Options as :func:`tag_document`."""
    from .sources import collect

    _check_mode(out_dir, in_place, dry_run)
    out_dir = Path(out_dir) if out_dir is not None else None
    sources = collect(list(paths), out_dir=out_dir or Path.cwd() / ".teikit-no-output", project=project)
    nlp = suggestions.load(suggest) if suggest else None
    loaded = [(Path(r).resolve(), parse(r).root) for r in registers]
    learned_from = {Path(p).resolve(): p for p in [*sources.documents, *learn_from]}  # each document once
    roots = (root for root in map(_readable, learned_from.values()) if root is not None)  # one tree at a time
    gazetteer_ = _without(gazetteer(loaded, None, roots), ignore)
    report = Report()
    for source in map(Path, sources.documents):
        target = source if in_place or out_dir is None else out_dir / (sources.place(source).as_posix() + ".xml")
        try:
            _refuse_overwrite(target, in_place=in_place, dry_run=dry_run, force=force)
            report.documents.append(_tag_parsed(source, parse(source), gazetteer_, target, in_place=in_place,
                                                dry_run=dry_run, notes=notes, nlp=nlp, suggest=suggest))
        except TeikitError as error:  # this document's finding; the others go on
            report.documents.append(DocumentResult(source, [error.diagnostic]))
    return report


def _refuse_overwrite(target: Path, *, in_place: bool, dry_run: bool, force: bool) -> None:
    if not dry_run and not in_place and target.exists() and not force:
        raise UsageError.at("tag.exists", f"{target} exists: teikit tag never overwrites a file (--force does, or "
                            "--in-place)", target)


def _check_mode(out, in_place: bool, dry_run: bool) -> None:
    if not dry_run and (out is None) == (not in_place):
        raise UsageError.at("tag.output", "give either -o OUT or --in-place (or --dry-run)", "teikit")


def _without(gazetteer_: Gazetteer, ignore: list[str]) -> Gazetteer:
    for form in ignore:  # a name that is mostly a word of the language ("May", "Christian"), say
        gazetteer_.forms.pop(" ".join(form.split()), None)
    return gazetteer_


def _tag_parsed(source: Path, document, gazetteer_: Gazetteer, target: Path, *, in_place: bool, dry_run: bool,
                notes: bool, nlp, suggest: str | None) -> DocumentResult:
    """Tag one parsed document with a gazetteer made for it (or for all); write it unless ``dry_run``."""
    result = DocumentResult(source)
    root = document.root
    tagger = _Tagger(gazetteer_, _ref_maker(source, target), notes)
    proposals, ambiguous = tagger.tag(root)
    counts = Counter(p["kind"] for p in proposals)
    text = text_element(root)
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
        backup = _free_backup(source)
        write_atomic(backup, document.data)
        result.outputs["backup"] = backup
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data + (b"" if data.endswith(b"\n") else b"\n"))
    result.outputs["tei"] = target
    return result


# ---------------------------------------------------------------------------------------------- reports

def headline(result: DocumentResult) -> str:
    """The review's first line: the document and what was tagged, by kind."""
    counts = result.details["counts"]
    return (f"{result.path}: " + ", ".join(f"{counts[k]} {k}" for k in KIND_ORDER)
            + f" tagged ({sum(counts.values())} in all)")


def summary(result: DocumentResult, *, limit: int | None = None) -> str:
    """The review as text: counts, each proposal with its context, entry and name form, the ambiguous
    forms and the unmatched capitalised words."""
    details = result.details
    lines = [headline(result)]
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


def html_report(results: DocumentResult | list[DocumentResult]) -> str:
    """The review as one HTML page, a section per document; every text from a document is escaped."""
    results = [results] if isinstance(results, DocumentResult) else results
    e = html.escape
    title = e(results[0].path.name) if len(results) == 1 else f"{len(results)} documents"
    sections = "".join(_html_section(result, level=1 if len(results) == 1 else 2) for result in results)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>teikit tag: review of {title}'
            "</title><style>body{font-family:sans-serif}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}</style></head><body>"
            + ("" if len(results) == 1 else f"<h1>Review of {title}</h1>") + f"{sections}</body></html>\n")


def _html_section(result: DocumentResult, level: int) -> str:
    e = html.escape
    h, h2 = f"h{level}", f"h{level + 1}"
    if not result.ok:
        return f"<{h}>{e(str(result.path))}</{h}><p>" + "<br>".join(e(d.format()) for d in result.diagnostics) + "</p>"
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
    suggested = (f"<{h2}>Names in no register, suggested by {e(details['suggest_model'])} (not written)</{h2}><table>"
                 "<tr><th>line</th><th>kind</th><th>text</th><th>label</th><th>count</th><th>context</th></tr>"
                 f"{suggested}</table>") if details.get("suggest_model") else ""
    counts = "".join(f"<li>{e(k)}: {details['counts'][k]}</li>" for k in KIND_ORDER)
    return (f"<{h}>Review of {e(str(result.path))}</{h}><ul>{counts}</ul>"
            f"<{h2}>Proposed tags</{h2}><table><tr><th>line</th><th>kind</th><th>element</th><th>text</th>"
            f"<th>ref / value</th><th>why</th><th>context</th></tr>{rows}</table>"
            f"<{h2}>Ambiguous forms (not tagged)</{h2}><table><tr><th>line</th><th>text</th><th>entries</th>"
            f"<th>context</th></tr>{ambiguous}</table>{suggested}"
            f"<{h2}>Capitalised words not tagged</{h2}><p>{unmatched}</p>")
