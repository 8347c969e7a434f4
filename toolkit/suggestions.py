"""Names that no register holds, suggested by a statistical model, for ``teikit tag --suggest MODEL``.

The registers find what the edition already knows; a trained model finds what it does not yet know
(a person first named in this letter). Its guesses are wrong often enough that they are *reported*, for
the editor to add to a register and tag again, never written into the TEI. spaCy is an optional extra
(``pip install 'teikit[ner]'``) and its models are the user's to install (``python -m spacy download
en_core_web_sm``; ``de_core_news_sm``, ``da_core_news_sm`` for German and Danish) or to train; this
module loads one by name or path and never downloads anything.

The model reads whole blocks (a paragraph, a verse line, a note), so that it sees sentences; the words
already inside a mention, a date, a title or a source's note are masked, and a guess touching them is
dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree

from .errors import UsageError
from .readingtext import BLOCKS, EXCLUDED
from .tei import q

#: spaCy's entity labels (OntoNotes for the English models, PER/LOC/ORG for most others) → the kind of
#: register entry they suggest. Other labels (dates, numbers, works) are not names of entries.
LABELS = {"PERSON": "persons", "PER": "persons", "GPE": "places", "LOC": "places", "FAC": "places",
          "ORG": "organisations", "EVENT": "events"}
_READ = BLOCKS | {q("note")}
_NOT_READ = EXCLUDED - {q("note")}


def load(model: str) -> Any:
    """The spaCy pipeline ``model`` (an installed package's name or a folder); a clear usage error
    when spaCy or the model is not installed."""
    try:
        import spacy
    except ImportError:
        raise UsageError.at("tag.suggest-unavailable", "--suggest needs spaCy, an optional extra: "
                            "pip install 'teikit[ner]'", "teikit") from None
    try:
        return spacy.load(model)
    except (OSError, ValueError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UsageError.at("tag.suggest-model", f"cannot load the spaCy model {model!r} (install it with "
                            f"`python -m spacy download {model}`, or give a model's folder): {first}",
                            model) from None


def blocks(text: etree._Element, closed: set[str]) -> list[tuple[str, list[bool], int | None]]:
    """(words, masked, line) of every block of ``text``: ``masked[i]`` is true where character i is
    inside an element of ``closed`` (a mention, a date, …) or a source's note. A block's inner blocks
    (a note in a paragraph) are blocks of their own; in their place the outer block reads a space."""
    found: list[tuple[str, list[bool], int | None]] = []

    def read(element: etree._Element, chars: list[str], mask: list[bool], masked: bool) -> None:
        masked = masked or element.tag in closed
        if element.text:
            chars.append(element.text)
            mask.extend([masked] * len(element.text))
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _NOT_READ:
                if child.tag in _READ:
                    chars.append(" ")
                    mask.append(True)
                    block(child)
                else:
                    read(child, chars, mask, masked)
            if child.tail:
                chars.append(child.tail)
                mask.extend([masked] * len(child.tail))

    def block(element: etree._Element) -> None:
        if element.tag == q("note") and element.get("type") == "source":
            return
        chars: list[str] = []
        mask: list[bool] = []
        read(element, chars, mask, False)
        words = "".join(chars)
        if words.strip() and not all(mask):
            found.append((words, mask, element.sourceline))

    block(text)
    return found


def suggest(nlp: Any, text: etree._Element, closed: set[str], known: Iterable[str] = ()) -> list[dict]:
    """The model's names in ``text`` that touch no masked word and are no ``known`` form, one row per
    form and kind with its count, first line and context, the most frequent first."""
    from .tagger import context  # the tagger's review line (the tagger imports this module)

    known = set(known)
    found: dict[tuple[str, str], dict] = {}
    rows = blocks(text, closed)
    for (words, mask, line), doc in zip(rows, nlp.pipe(words for words, _, _ in rows), strict=True):
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            form = " ".join(ent.text.split())
            if kind is None or any(mask[ent.start_char:ent.end_char]) or form in known or len(form) < 2:
                continue
            row = found.get((form, kind))
            if row is None:
                row = found[(form, kind)] = {"text": form, "kind": kind, "label": ent.label_, "count": 0, "line": line,
                                             "context": context(words, ent.start_char, ent.end_char)}
            row["count"] += 1
    return sorted(found.values(), key=lambda row: (-row["count"], row["text"]))
