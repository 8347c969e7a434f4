"""Pointers between files: ``ref="register.xml#goethe"``, ``corresp="letter-2.xml"``, ``ref="psn:goethe"``.

Most letter editions keep their registers in files of their own and point into them from every
letter. Schematron sees one document at a time, so the bundled rules check ``#id`` pointers inside a
document; this module checks the rest, over all the files of one validation (a project's documents and
registers), with the same codes:

- ``ref.dangling``: the file named does not exist, or has no element with that ``xml:id``;
- ``ref.kind.person`` / ``.place`` / ``.org`` / ``.event``: a ``persName``, ``placeName``, ``orgName``
  or ``rs type="event"`` points at an entry of another kind;
- ``register.unused`` is judged over the whole set: an entry of a register file that a letter points
  at is used (the per-document rule's finding is withdrawn).

Pointers with a prefix declared in the document's ``listPrefixDef`` (``psn:goethe`` with
``matchPattern="([a-z]+)"`` and ``replacementPattern="persons.xml#$1"``) are expanded first, as TEI
defines. A pointer with a scheme (``https:``), a TEI pointer scheme (``#range(…)``) or no fragment
into another file is not checked here. Files are only read inside the boundary (the project folder,
or the document's own folder), never elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from .. import TEI_NS
from ..diagnostics import Diagnostic, Severity
from ..errors import TeikitError
from ..xmlsource import parse
from .sourcemap import SourceMap

#: The attributes whose values are pointers (teidata.pointer), as the bundled rules list them.
POINTER_ATTRIBUTES = ("ref", "target", "corresp", "who", "resp", "where", "hand", "ana", "sameAs", "source",
                      "next", "prev", "copyOf")

#: Mentions and the kind of register entry they must point at (code, entry element names, what to say).
_KINDS = {
    "persName": ("ref.kind.person", ("person", "personGrp"), "a <person>"),
    "placeName": ("ref.kind.place", ("place",), "a <place>"),
    "orgName": ("ref.kind.org", ("org",), "an <org>"),
}
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


@dataclass
class Checked:
    """One document of the set: its path, tree and source map (for line and column)."""

    path: Path
    tree: etree._ElementTree
    source: SourceMap


@dataclass
class _Ids:
    kinds: dict[str, str] = field(default_factory=dict)  # xml:id → local name of its element


class References:
    """The files of one validation and the ids in them, read once each (others on demand)."""

    def __init__(self, documents: Iterable[Checked], root: Path | None = None):
        self.documents = list(documents)
        self.root = root.resolve() if root is not None else None
        self._ids: dict[Path, _Ids | None] = {}
        for document in self.documents:
            self._ids[document.path.resolve()] = _ids_of(document.tree)
        #: (file, id) pairs that some other file points at
        self.used: set[tuple[Path, str]] = set()

    def _boundary(self, document: Path) -> Path:
        return self.root if self.root is not None else document.resolve().parent

    def _target_ids(self, path: Path) -> _Ids | None:
        if path not in self._ids:
            try:
                stat = path.stat()
            except OSError:
                return None
            self._ids[path] = _ids_of_file(str(path), stat.st_mtime_ns, stat.st_size)
        return self._ids[path]

    def check(self) -> dict[Path, list[Diagnostic]]:
        """Findings per document (keyed by the document's path as given). In an edition (a project:
        ``root``), two different register entries with one id in two of its files are an error too
        (``register.clash``): the edition site merges entries by id."""
        found = {document.path: self._check(document) for document in self.documents}
        if self.root is not None and len(self.documents) > 1:
            from ..registers import clashes

            by_file = clashes((str(d.path), d.tree.getroot(), partial(_xml_id_at, d.source))
                              for d in self.documents)
            for document in self.documents:
                found[document.path] += by_file[str(document.path)]
        return found

    def _check(self, document: Checked) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        prefixes = prefix_definitions(document.tree)
        boundary = self._boundary(document.path)
        for element in document.tree.getroot().iter():
            if not isinstance(element.tag, str):
                continue
            for name in POINTER_ATTRIBUTES:
                value = element.get(name)
                if not value:
                    continue
                for token in value.split():
                    problem = self._pointer(document, element, name, expand_prefixed(token, prefixes), token, boundary)
                    if problem is not None:
                        line, column = document.source.attribute(element, name)
                        found.append(Diagnostic(Severity.ERROR, problem[0], problem[1], str(document.path),
                                                line, column))
        return found

    def _pointer(self, document: Checked, element: etree._Element, attribute: str, pointer: str, written: str,
                 boundary: Path) -> tuple[str, str] | None:
        """(code, message) when ``pointer`` names another file and does not resolve as it should."""
        into = into_file(pointer)
        if into is None:
            return None
        file_part, fragment = into
        target = (document.path.parent / unquote(file_part)).resolve()
        shown = f'"{written}"' + (f' (that is, "{pointer}")' if pointer != written else "")
        if not target.is_relative_to(boundary):
            return None  # outside the project: teikit reads nothing there, and says nothing
        if not target.is_file():
            return "ref.dangling", f"@{attribute} points to {shown}, but there is no file {file_part} there"
        ids = self._target_ids(target)
        if ids is None:
            return None
        kind = ids.kinds.get(fragment)
        if kind is None:
            return "ref.dangling", (f"@{attribute} points to {shown}, but {file_part} has no element with "
                                    f'xml:id="{fragment}": fix the spelling, or add the entry to {file_part}')
        self.used.add((target, fragment))
        local = etree.QName(element).localname
        if attribute == "ref" and element.tag.startswith(f"{{{TEI_NS}}}"):
            expected = _KINDS.get(local)
            if local == "rs" and element.get("type") == "event":
                expected = ("ref.kind.event", ("event",), "an <event>")
            if expected is not None and kind not in expected[1]:
                return expected[0], (f"{local}/@ref points to {shown}, which is a <{kind}>, not {expected[2]}: "
                                     "point at the right entry, or use the element for that kind of name")
        return None

    def withdraw_unused(self, path: Path, findings: list[Diagnostic]) -> list[Diagnostic]:
        """``findings`` of the document at ``path`` without the ``register.unused`` warnings of entries
        that another file of the set points at."""
        resolved = path.resolve()

        def used(finding: Diagnostic) -> bool:
            match = re.search(r'register entry "([^"]+)" is never referred to', finding.message)
            return finding.code == "register.unused" and match is not None and (resolved, match.group(1)) in self.used

        return [f for f in findings if not used(f)]


def _xml_id_at(source: SourceMap, element: etree._Element) -> tuple[int | None, int | None]:
    return source.attribute(element, "xml:id")


@lru_cache(maxsize=64)
def _ids_of_file(path: str, mtime_ns: int, size: int) -> _Ids | None:
    """The ids of a file another document points into, read once per version of it: a build checks its
    documents one at a time, and a thousand letters point into the same register."""
    try:
        return _ids_of(parse(path).tree)
    except TeikitError:
        return None  # that file's own validation reports why


def _ids_of(tree: etree._ElementTree) -> _Ids:
    ids = _Ids()
    for element in tree.getroot().iter():
        if isinstance(element.tag, str) and element.get(_XML_ID):
            ids.kinds.setdefault(element.get(_XML_ID), etree.QName(element).localname)
    return ids


def prefix_definitions(tree: etree._ElementTree) -> list[tuple[str, re.Pattern, str]]:
    """The document's ``prefixDef`` declarations: (prefix, match pattern, replacement pattern)."""
    found = []
    for definition in tree.getroot().iter(f"{{{TEI_NS}}}prefixDef"):
        ident, pattern = definition.get("ident"), definition.get("matchPattern")
        replacement = definition.get("replacementPattern")
        if ident and pattern is not None and replacement is not None:
            try:
                found.append((ident, re.compile(pattern), replacement))
            except re.error:
                continue  # a pattern Python cannot read: the pointer is left unchecked
    return found


def expand_prefixed(token: str, prefixes: list[tuple[str, re.Pattern, str]]) -> str:
    """A prefixed pointer (``psn:goethe``) as its declared replacement (``persons.xml#goethe``)."""
    prefix, colon, rest = token.partition(":")
    if not colon:
        return token
    for ident, pattern, replacement in prefixes:
        if ident == prefix:
            match = pattern.fullmatch(rest)
            if match:
                return _substitute(replacement, (match.group(0), *match.groups()))
    return token


def _substitute(replacement: str, groups: tuple) -> str:
    """``$1``… of a replacementPattern filled with the match's groups (a missing group is empty)."""
    return re.sub(r"\$(\d)", lambda m: (groups[int(m.group(1))] if int(m.group(1)) < len(groups) else "") or "",
                  replacement)


_NAMES = "|".join(POINTER_ATTRIBUTES)
_POINTING = re.compile(rf"""\b(?:{_NAMES})\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def pointed_at(files: Iterable[Path]) -> dict[Path, set[str]]:
    """For each file that the others point into (``register.xml#goethe``), the ids they point at, found
    by scanning their bytes (no parse: a corpus build calls this once before its workers start).
    Pointers spelt through ``listPrefixDef`` are not seen here."""
    found: dict[Path, set[str]] = {}
    for path in files:
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue
        if not _points_across(data):  # most documents point only inside themselves
            continue
        text = data.decode("utf-8", "replace")
        folder = Path(path).resolve().parent
        for match in _POINTING.finditer(text):
            for into in filter(None, map(into_file, (match.group(1) or match.group(2) or "").split())):
                found.setdefault((folder / unquote(into[0])).resolve(), set()).add(into[1])
    return found


def _points_across(data: bytes) -> bool:
    """Whether a "#" in the bytes follows a file name ("register.xml#anna"), not a quote or a space
    ("#anna", a local pointer) or "&" (a character reference). Found with bytes.find, much faster
    than a regular expression over a large document."""
    at = data.find(b"#")
    while at != -1:
        if at and data[at - 1:at] not in b" \t\r\n\"'=#&;":
            return True
        at = data.find(b"#", at + 1)
    return False


def into_file(pointer: str) -> tuple[str, str] | None:
    """(file, id) of a pointer into another file (``register.xml#goethe``, the file as written), or
    ``None``: a local ``#id``, a URI with a scheme, a TEI pointer scheme (``#range(…)``), no fragment."""
    if _SCHEME.match(pointer) or pointer.startswith("#"):
        return None
    file_part, _, fragment = pointer.partition("#")
    if not file_part or not fragment or "(" in fragment:
        return None
    return file_part, fragment


def pointers_into_files(tree: etree._ElementTree, folder: Path) -> dict[tuple[Path, str], dict[str, etree._Element]]:
    """Every pointer of a document into another file, prefixed ones (``listPrefixDef``) expanded: by
    (file resolved from ``folder``, id), the tokens as the document wrote them, each with the first
    element that has it; in document order. One walk of the tree serves the build's dependencies and
    the shared register entries (toolkit/registers.py)."""
    prefixes = prefix_definitions(tree)
    found: dict[tuple[Path, str], dict[str, etree._Element]] = {}
    for element in tree.getroot().iter():
        if isinstance(element.tag, str):
            for name in POINTER_ATTRIBUTES:
                for token in (element.get(name) or "").split():
                    into = into_file(expand_prefixed(token, prefixes))
                    if into is not None:
                        target = (folder / unquote(into[0])).resolve()
                        found.setdefault((target, into[1]), {}).setdefault(token, element)
    return found


def files_pointed_into(tree: etree._ElementTree, folder: Path,
                       pointers: dict[tuple[Path, str], dict] | None = None) -> list[Path]:
    """The files (resolved, below ``folder`` as the document's folder) that a document's pointers name,
    each once, in document order (``pointers``: :func:`pointers_into_files`, when already made)."""
    pointers = pointers_into_files(tree, folder) if pointers is None else pointers
    return list(dict.fromkeys(target for target, _ in pointers))
