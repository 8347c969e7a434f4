"""Registers kept in files of their own: the entries a document points at, for its stylesheets.

Letter editions keep their persons and places in one register file and point into it from every
letter (``ref="../register.xml#anna"``). A stylesheet sees one document; so that such a mention gets
its popover and the page's registers list the entry (as a mention of a ``#id`` in the document
itself does), :func:`shared_entries` gives the stylesheets a copy of every entry of another file the
document points at, each carrying the pointers as the document wrote them (``t:pointers``), which
``t:resolve`` (``xslt/common/linking.xsl``) looks up. Prefixed pointers (``listPrefixDef``) are
expanded as validation expands them. Files are read only inside the boundary (the project's folder,
else the document's own), and each version of a file once per process.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lxml import etree

from . import TEI_NS
from .diagnostics import Diagnostic, Severity
from .errors import TeikitError
from .tei import XML_ID
from .validation.references import POINTER_ATTRIBUTES, pointers_into_files
from .xmlsource import parse

TEIKIT_NS = "urn:teikit"
#: The elements that are register entries (``t:is-entry`` in ``xslt/common/linking.xsl``).
ENTRY_TAGS = tuple(f"{{{TEI_NS}}}{name}" for name in ("person", "personGrp", "place", "org", "event"))


def shared_entries(tree: etree._ElementTree, path: Path, boundary: Path | None = None,
                   pointers: dict[tuple[Path, str], dict[str, etree._Element]] | None = None
                   ) -> tuple[etree._Element | None, list[Diagnostic]]:
    """``<t:registers>`` holding a copy of each register entry of another file that the document at
    ``path`` points at (``None`` when it points at none), and the findings: an entry whose id is also
    an id of the document itself is left out (the page could not tell the two apart). ``pointers``:
    the document's :func:`~toolkit.validation.references.pointers_into_files`, when already made."""
    folder = Path(path).resolve().parent
    boundary = (boundary or folder).resolve()
    pointers = pointers_into_files(tree, folder) if pointers is None else pointers
    wanted = {(target, ident): tokens for (target, ident), tokens in pointers.items()
              if target.is_relative_to(boundary) and target != Path(path).resolve()}
    if not wanted:
        return None, []
    local = _ids_in(tree.getroot())
    registers = etree.Element(f"{{{TEIKIT_NS}}}registers", nsmap={"t": TEIKIT_NS})
    found: list[Diagnostic] = []
    for (target, ident), pointers in wanted.items():
        entry = _entries_of(target).get(ident)
        if entry is None:
            continue  # a dangling pointer: validation says so (ref.dangling)
        if ident in local:
            first = next(iter(pointers.values()))
            found.append(Diagnostic(Severity.WARNING, "ref.shadowed",
                                    f'"{next(iter(pointers))}" names an entry of {target.name}, but this document '
                                    f'has an element with xml:id="{ident}" too; the page cannot link the mention to '
                                    "the entry: rename one of them", str(path), first.sourceline))
            continue
        registers.append(_shared(entry, " ".join(pointers)))
    return (registers if len(registers) else None), found


def with_corpus_entries(registers: etree._Element | None, corpus: etree._Element,
                        member: etree._Element) -> etree._Element | None:
    """The shared entries of a ``teiCorpus`` member's page: those of other files, and each entry of
    the corpus outside the member (its header's, the other members') that the member points at
    ("#id")."""
    local = _ids_in(member)
    wanted = {token[1:] for e in member.iter() if isinstance(e.tag, str) for name in POINTER_ATTRIBUTES
              for token in (e.get(name) or "").split() if token.startswith("#")}
    found = copy.deepcopy(registers) if registers is not None else etree.Element(
        f"{{{TEIKIT_NS}}}registers", nsmap={"t": TEIKIT_NS})
    for entry in corpus.iter(*ENTRY_TAGS):
        ident = entry.get(XML_ID)
        if ident and ident in wanted and ident not in local:
            found.append(_shared(entry, f"#{ident}"))
    return found if len(found) else None


def _shared(entry: etree._Element, pointers: str) -> etree._Element:
    """A copy of a register entry for the stylesheets, carrying the pointers the document wrote to it."""
    shared = copy.deepcopy(entry)
    shared.tail = None
    shared.set(f"{{{TEIKIT_NS}}}pointers", pointers)
    return shared


def _ids_in(root: etree._Element) -> set[str]:
    """The xml:ids of a document (or a corpus member): an entry of another file with one of them is shadowed."""
    return {e.get(XML_ID) for e in root.iter() if isinstance(e.tag, str) and e.get(XML_ID)}


def _entries_of(path: Path) -> dict[str, etree._Element]:
    try:
        stat = path.stat()
    except OSError:
        return {}
    return _entries_of_file(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _entries_of_file(path: str, mtime_ns: int, size: int) -> dict[str, etree._Element]:
    """The register entries of a file by xml:id, read once per version of the file: a build of a
    thousand letters points into the same register a thousand times."""
    try:
        root = parse(path).root
    except TeikitError:
        return {}  # that file's own validation says why
    return {e.get(XML_ID): e for e in root.iter(*ENTRY_TAGS) if e.get(XML_ID)}


def entry_signature(entry: etree._Element) -> str:
    """An entry as text without its layout (and without the pointers teikit adds): two copies of one
    entry in two files are the same entity."""
    text = etree.tostring(entry, method="c14n", with_comments=False).decode()
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", text)).strip()


class Entities:
    """The register entries of an edition's files, merged by id: the first entry with an id is the
    entity; the same entry again (another file's copy) is that entity too; a different entry with the
    same id is a clash (``register.clash``), reported by :meth:`add` for the later one."""

    def __init__(self):
        self.first: dict[str, tuple[etree._Element, str, str]] = {}  # id → (entry, signature, file)

    def add(self, entries: Iterable[etree._Element], file: str, where=None) -> list[Diagnostic]:
        """The ``entries`` of ``file``; ``where(entry)`` gives (line, column) for a finding."""
        found = []
        for entry in entries:
            ident = entry.get(XML_ID)
            if not ident:
                continue
            signature = entry_signature(entry)
            if ident not in self.first:
                self.first[ident] = (entry, signature, file)
            elif self.first[ident][1] != signature and self.first[ident][2] != file:
                line, column = where(entry) if where is not None else (entry.sourceline, None)
                found.append(Diagnostic(Severity.ERROR, "register.clash",
                                        f'two different register entries have xml:id="{ident}" (the other is in '
                                        f"{self.first[ident][2]}); an edition has one entity per id: give this one "
                                        "another id, or make the two the same", file, line, column))
        return found


def clashes(documents: Iterable[tuple[str, etree._Element, object]]) -> dict[str, list[Diagnostic]]:
    """``register.clash`` findings per file of (file, root, where) triples, over all of them."""
    entities = Entities()
    return {file: entities.add(root.iter(*ENTRY_TAGS), file, where) for file, root, where in documents}
