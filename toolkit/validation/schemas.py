"""Which schema checks a document, and compiling each schema once per process.

Choice, for the grammar and the Schematron rules alike: the path given on the command line; else the
schema the document declares in an ``<?xml-model href="…"?>`` processing instruction, when that names
a local file or a URL whose copy is in the schema store (:mod:`.store`: TEI's published schemas,
fetched once); else the profile's default. teikit never downloads a schema while validating: an
``xml-model`` URL without a stored copy, or a file that is not there, is a warning saying how to make
it available, and the profile's default is used instead.

Profiles (:data:`PROFILES`) are what a document is checked against when it declares nothing:

- ``tei`` (the default): TEI's full grammar, tei_all, from the schema store, plus teikit's integrity
  rules (the ``integrity`` phase of ``teikit.sch``: pointers resolve, ids are unique, dates are real,
  authority identifiers are well formed). Valid TEI passes. Without a stored tei_all the grammar is
  not checked, and a warning says how to store it.
- ``edition``: teikit's strict edition schema (``teikit.rng``, a subset of TEI) and all of
  ``teikit.sch``, the encoding of the showcase passage.

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


PROFILES = ("tei", "edition")

#: TEI's full schema, as a document would name it: what the ``tei`` profile checks with.
TEI_ALL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"


@dataclass(frozen=True)
class SchemaChoice:
    """A schema file and how it was chosen ("option", "xml-model", "bundled", …); ``phase``: the
    Schematron phase to run (``None``: all patterns)."""

    path: Path
    origin: str
    phase: str | None = None

    def label(self) -> str:
        return f"{self.path} ({self.origin})"


def bundled(kind: Kind) -> SchemaChoice:
    return SchemaChoice(schema_file(_BUNDLED[kind]), "bundled")


def profile_default(kind: Kind, profile: str) -> tuple[SchemaChoice | None, list[str]]:
    """What ``profile`` checks a document with when nothing else is named (``None``: no grammar), and
    why not the usual one (messages for a warning)."""
    if profile not in PROFILES:
        raise UsageError.at("profile.unknown", f"unknown profile {profile!r} (known: {', '.join(PROFILES)})", "teikit")
    if profile == "edition":
        return bundled(kind), []
    if kind == "sch":
        return SchemaChoice(schema_file(_BUNDLED["sch"]), "teikit integrity rules", phase="integrity"), []
    entry, _ = store.lookup(TEI_ALL)
    if entry is None:
        return None, ["TEI's tei_all is not in teikit's schema store, so the TEI grammar is not checked: run "
                      "`teikit schema fetch tei_all` once, online (or `teikit schema fetch tei_all --from FILE`)"]
    try:
        return SchemaChoice(store.verified(entry), f"{entry.label()}, profile tei"), []
    except UsageError as error:
        return None, [f"{error.diagnostic.message}; the TEI grammar is not checked"]


def _fallback(kind: Kind, profile: str) -> str:
    """What happens instead when a declared schema cannot be used (the end of a warning)."""
    if profile == "edition":
        return f"checking against the bundled edition {_LABEL[kind]} instead"
    if kind == "sch":
        return "checking with teikit's integrity rules instead"
    if store.lookup(TEI_ALL)[0] is not None:
        return "checking against the stored TEI tei_all instead"
    return "meanwhile the grammar is not checked"


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


def choose(kind: Kind, tree: etree._ElementTree, document: Path, override: Path | None, profile: str = "tei"
           ) -> tuple[SchemaChoice | None, list[Diagnostic]]:
    """The schema of ``kind`` for ``document`` (``None``: no grammar to check with), with warnings
    about declarations teikit could not use."""
    if override is not None:
        return SchemaChoice(Path(override), "option"), []
    warnings: list[Diagnostic] = []
    fallback = _fallback(kind, profile)
    for pi in xml_models(tree):
        if _declared_kind(pi) != kind:
            continue
        href = (pi.get("href") or "").strip()
        line = pi.sourceline

        def warn(code: str, message: str, line=line) -> None:
            warnings.append(Diagnostic(Severity.WARNING, code, message, str(document), line, 1))

        url = urlparse(href)
        if url.scheme in ("http", "https", "ftp"):
            choice = _stored(kind, href, warn, fallback)
            if choice is not None:
                return choice, warnings
            continue
        local = Path(unquote(url.path)) if url.scheme == "file" else Path(href)
        if not local.is_absolute():
            local = document.parent / local
        if href.lower().endswith(".rnc") or (pi.get("type") or "").endswith("compact-syntax"):
            warn("schema.compact", f"the xml-model schema {href} is in RELAX NG compact syntax, which teikit "
                 f"cannot read; {fallback}. Convert it with trang and pass --schema")
            continue
        if not local.is_file():
            warn("schema.not-found", f"the xml-model {_LABEL[kind]} {href} does not exist (looked for "
                 f"{local}); {fallback}")
            continue
        return SchemaChoice(Path(os.path.normpath(local)), "xml-model"), warnings
    choice, problems = profile_default(kind, profile)
    if any(w.code == "schema.not-installed" for w in warnings):
        problems = []  # the declaration's own warning already says how to store tei_all
    for problem in problems:
        warnings.append(Diagnostic(Severity.WARNING, "schema.not-installed", problem, str(document), 1, 1))
    return choice, warnings


def _stored(kind: Kind, href: str, warn: Callable[[str, str], None], fallback: str) -> SchemaChoice | None:
    """The schema store's copy of a schema URL, or ``None`` after a warning saying how to store one."""
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


def forget(kind: str, path: Path, variant: object) -> None:
    """Drop the compiled ``variant`` of a schema (every version of the file) from the cache."""
    resolved = str(Path(path).resolve())
    for key in [k for k in _CACHE if k[0] == kind and k[1] == resolved and k[3] == variant]:
        del _CACHE[key]


#: What else forgets with the cache (relaxng's record of what its pruned compiles cover).
ON_CLEAR: list[Callable[[], None]] = []


def clear_cache() -> None:
    """Forget compiled schemas (benchmarks use it to measure cold compiles)."""
    _CACHE.clear()
    for forget_more in ON_CLEAR:
        forget_more()
