"""Which schema checks a document, and compiling each schema once per process.

Choice, for the grammar and the Schematron rules alike: the path given on the command line; else the
schema the document declares in an ``<?xml-model href="…"?>`` processing instruction, when that names
a local file or a URL whose copy is in the schema store (:mod:`.store`: TEI's published schemas,
fetched once); else the bundled edition schema (``tei/schema/teikit.rng`` / ``teikit.sch``). teikit
never downloads a schema while validating: an ``xml-model`` URL without a stored copy, or a file that
is not there, is a warning saying how to make it available, and the bundled schema is used instead.

Compiled schemas are kept in a module-level cache keyed by path and modification time, so a folder of
500 documents compiles each schema once, and an edited schema is recompiled.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlparse

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from ..errors import UsageError
from ..resources import schema_file
from . import store

RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON_NS = {"http://purl.oclc.org/dsdl/schematron", "http://www.ascc.net/xml/schematron"}

Kind = Literal["rng", "sch"]
_BUNDLED = {"rng": "teikit.rng", "sch": "teikit.sch"}
_LABEL = {"rng": "schema", "sch": "Schematron"}


@dataclass(frozen=True)
class SchemaChoice:
    """A schema file and how it was chosen ("option", "xml-model" or "bundled")."""

    path: Path
    origin: str

    def label(self) -> str:
        return f"{self.path} ({self.origin})"


def bundled(kind: Kind) -> SchemaChoice:
    return SchemaChoice(schema_file(_BUNDLED[kind]), "bundled")


def _declared_kind(pi: etree._ProcessingInstruction) -> Kind | None:
    namespace = (pi.get("schematypens") or "").strip()
    href = (pi.get("href") or "").strip().lower()
    mime = (pi.get("type") or "").strip().lower()
    if namespace == RNG_NS or mime == "application/relax-ng-compact-syntax":
        return "rng"
    if namespace in SCHEMATRON_NS:
        return "sch"
    if not namespace and href.endswith((".rng", ".rnc")):
        return "rng"
    if not namespace and href.endswith(".sch"):
        return "sch"
    return None


def xml_models(tree: etree._ElementTree) -> list[etree._ProcessingInstruction]:
    """The ``xml-model`` processing instructions before the root element, in document order."""
    found = [node for node in tree.getroot().itersiblings(preceding=True)
             if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model"]
    return list(reversed(found))


def choose(kind: Kind, tree: etree._ElementTree, document: Path, override: Path | None
           ) -> tuple[SchemaChoice, list[Diagnostic]]:
    """The schema of ``kind`` for ``document``, with warnings about declarations teikit could not use."""
    if override is not None:
        return SchemaChoice(Path(override), "option"), []
    warnings: list[Diagnostic] = []
    for pi in xml_models(tree):
        if _declared_kind(pi) != kind:
            continue
        href = (pi.get("href") or "").strip()
        line = pi.sourceline

        def warn(code: str, message: str, line=line) -> None:
            warnings.append(Diagnostic(Severity.WARNING, code, message, str(document), line, 1))

        url = urlparse(href)
        if url.scheme in ("http", "https", "ftp"):
            choice = _stored(kind, href, warn)
            if choice is not None:
                return choice, warnings
            continue
        local = Path(unquote(url.path)) if url.scheme == "file" else Path(href)
        if not local.is_absolute():
            local = document.parent / local
        if href.lower().endswith(".rnc") or (pi.get("type") or "").endswith("compact-syntax"):
            warn("schema.compact", f"the xml-model schema {href} is in RELAX NG compact syntax, which teikit "
                 "cannot read; checking against the bundled schema. Convert it with trang and pass --schema")
            continue
        if not local.is_file():
            warn("schema.not-found", f"the xml-model {_LABEL[kind]} {href} does not exist (looked for "
                 f"{local}); checking against the bundled {_LABEL[kind]} instead")
            continue
        return SchemaChoice(Path(os.path.normpath(local)), "xml-model"), warnings
    return bundled(kind), warnings


def _stored(kind: Kind, href: str, warn: Callable[[str, str], None]) -> SchemaChoice | None:
    """The schema store's copy of a schema URL, or ``None`` after a warning saying how to store one."""
    fallback = f"checking against the bundled {_LABEL[kind]} meanwhile"
    named = store.tei_schema(href) if kind == "rng" else None
    entry, note = store.lookup(href) if kind == "rng" else (None, "")
    if entry is not None:
        try:
            path = store.verified(entry)
        except UsageError as error:
            warn("schema.store", f"{error.diagnostic.message}; {fallback}")
            return None
        if note:
            warn("schema.version", note)
        return SchemaChoice(path, f"xml-model: {entry.label()}, local copy")
    if named is not None:
        version = f" --version {named.version}" if named.version else ""
        warn("schema.not-installed", f"the xml-model names {named.label()}, which is not in teikit's schema store "
             f"(teikit never downloads while validating): run `teikit schema fetch {named.name}{version}` once, "
             f"online, or `teikit schema fetch {named.name}{version} --from FILE` with a copy you have; {fallback}")
    else:
        option = "schema" if kind == "rng" else "schematron"
        stores = f"store a copy with `teikit schema fetch {href}` (or --from FILE), or " if kind == "rng" else ""
        warn("schema.remote", f"the xml-model {_LABEL[kind]} {href} is not fetched (teikit never downloads while "
             f"validating): {stores}pass --{option} FILE; {fallback}")
    return None


_CACHE: dict[tuple, object] = {}


def compiled(kind: str, path: Path, compile_: Callable[[Path], object], variant: object = None) -> object:
    """``compile_(path)``, once per process and per version of the file (path + mtime [+ variant])."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise UsageError.at("schema.missing", f"the {_LABEL.get(kind, kind)} file does not exist", path) from None
    if not path.is_file():
        raise UsageError.at("schema.missing", f"the {_LABEL.get(kind, kind)} is a folder, not a file", path)
    key = (kind, str(path.resolve()), stat.st_mtime_ns, variant)
    if key not in _CACHE:
        _CACHE[key] = compile_(path)
    return _CACHE[key]


def clear_cache() -> None:
    """Forget compiled schemas (benchmarks use it to measure cold compiles)."""
    _CACHE.clear()
