"""``validate()``: check TEI files against a RELAX NG grammar and Schematron rules.

The order of work per file: read; parse with the hardened parser (:mod:`toolkit.xmlsource` — a file
that is not well-formed, not XML, badly encoded, or carries an external entity or an entity bomb
becomes one finding and the next file is checked); require a ``TEI`` root in the TEI namespace;
choose the schemas (:mod:`.schemas`); validate (RELAX NG by lxml or jing, then Schematron); sort the
findings in document order.

Two entry points share that work. :func:`validate` checks files and folders together (one jing run
for all, pointers between them, ``register.unused`` over all). :func:`validate_document` checks one
document that is already parsed — the build's per-document job validates and transforms the same tree —
and reads the other files its pointers name on demand. A large grammar (tei_all) is compiled pruned to
the elements seen so far in the process and reused while documents bring no new element
(:func:`relaxng.load_covering`), so a corpus compiles it a few times, not once per document.

When the grammar and a Schematron rule report the same attribute (a bad date is both an invalid
``xsd:date`` and a ``date.impossible``), the Schematron finding is kept: it says what is wrong in
the editor's terms.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..errors import InputError, UsageError
from ..tei import require_tei_root
from ..xmlsource import ParsedDocument, parse_bytes, read_bytes, require_file
from . import jing, relaxng
from . import schematron as rules
from .references import Checked, References
from .report import FileReport, ValidationReport
from .schemas import PROFILES, SchemaChoice, choose
from .sourcemap import SourceMap

ENGINES = ("lxml", "jing")


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and every ``*.xml`` below folders named, in a stable order, each once."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*.xml") if p.is_file())
            if not inside:
                raise UsageError.at("io.empty-folder", "no *.xml file in this folder", path)
            found += inside
        else:
            require_file(path)
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


@dataclass(frozen=True)
class Checks:
    """What validates documents: :func:`validate`'s options, checked once (unknown engine or profile,
    an unreadable ``schema``/``schematron`` are usage errors before any document is read)."""

    schema: Path | None = None
    schematron: Path | None = None
    engine: str = "lxml"
    profile: str = "tei"
    root: Path | None = None

    @classmethod
    def of(cls, schema=None, schematron=None, engine="lxml", profile="tei", root=None) -> Checks:
        if engine not in ENGINES:
            raise UsageError.at("engine.unknown", f"unknown engine {engine!r} (use lxml or jing)", "validate")
        if profile not in PROFILES:
            raise UsageError.at("profile.unknown", f"unknown profile {profile!r} (known: {', '.join(PROFILES)})",
                                "validate")
        checks = cls(Path(schema) if schema is not None else None,
                     Path(schematron) if schematron is not None else None, engine, profile,
                     Path(root) if root is not None else None)
        if checks.schema is not None:
            relaxng.check_readable(checks.schema)  # fail early (exit 2); compiled later, pruned to what is used
        if checks.schematron is not None:
            rules.load(checks.schematron)
        if engine == "jing":
            jing.java(), jing.jar()
        return checks


@dataclass
class _Pending:
    """A parsed file waiting for its findings (jing runs after all files are parsed)."""

    report: FileReport
    document: ParsedDocument | None = None
    data: bytes = b""
    source: SourceMap | None = None
    rng: SchemaChoice | None = None
    grammar: list[Diagnostic] = field(default_factory=list)
    rules: list[Diagnostic] = field(default_factory=list)


def validate(paths, *, schema=None, schematron=None, engine="lxml", profile="tei", root=None) -> ValidationReport:
    """Validate files and folders; returns a :class:`ValidationReport`, never prints.

    ``schema``/``schematron`` override the schemas documents declare; ``profile`` says what checks a
    document that declares nothing (``"tei"``: TEI's tei_all from the schema store and teikit's
    integrity rules; ``"edition"``: teikit's strict edition schema, see :mod:`.schemas`); ``engine`` is
    ``"lxml"`` or ``"jing"`` (RELAX NG by jing; needs Java). Pointers into other files
    (``register.xml#id``) are checked against the files of this call, and others read on demand inside
    ``root`` (the project folder; default: each document's own folder). Raises
    :class:`~toolkit.errors.UsageError` for a missing file, an unknown profile or an unusable schema.
    """
    checks = Checks.of(schema, schematron, engine, profile, root)
    pending = []
    for path in expand(paths):
        document, problem = read_document(path)
        pending.append(_prepare(document, checks) if document is not None else _Pending(FileReport(path, diagnostics=[
            problem])))
    _check_references(pending, checks.root)
    if checks.engine == "jing":
        _run_jing(pending)
    else:
        relaxng.cover(pending_grammars(pending))
        for item in pending:
            _run_lxml(item)
    return ValidationReport([_finish(item) for item in pending])


def validate_document(document: ParsedDocument, checks: Checks | None = None, *,
                      used_elsewhere: Iterable[str] = ()) -> FileReport:
    """Validate one parsed document (its tree is not changed, so it can be transformed next); pointers
    into other files are resolved by reading those on demand inside ``checks.root``. ``used_elsewhere``:
    the ids of this document that other documents point at (a corpus build finds them with
    :func:`~toolkit.validation.references.pointed_at`), so that ``register.unused`` is judged over the
    corpus, as :func:`validate` does."""
    checks = checks or Checks.of()
    item = _prepare(document, checks)
    _check_references([item], checks.root, {(Path(document.path).resolve(), i) for i in used_elsewhere})
    if checks.engine == "jing":
        _run_jing([item])
    else:
        _run_lxml(item)
    return _finish(item)


def read_document(path: Path) -> tuple[ParsedDocument | None, Diagnostic | None]:
    """``path`` parsed, or ``None`` and the one finding that says why not (a wrong encoding declaration
    named as such). A missing file or a folder is a usage error."""
    data = read_bytes(path)
    try:
        return parse_bytes(data, path), None
    except InputError as error:
        return None, _refine(error.diagnostic, data)


def pending_grammars(pending: list[_Pending]) -> dict[Path, frozenset[str]]:
    """Each grammar of a batch and the union of the element names of the documents it checks."""
    found: dict[Path, frozenset[str]] = {}
    for item in pending:
        if item.rng is not None:
            found[item.rng.path] = found.get(item.rng.path, frozenset()) | relaxng.element_names(item.document.tree)
    return found


def _finish(item: _Pending) -> FileReport:
    item.report.diagnostics = _merge(item.report.diagnostics, item.grammar, item.rules)
    return item.report


def _prepare(document: ParsedDocument, checks: Checks) -> _Pending:
    """Choose a parsed document's schemas and run the Schematron rules (the grammar runs later)."""
    path = document.path
    report = FileReport(path)
    item = _Pending(report)
    name = str(path)
    data = document.data
    source = SourceMap(data, document.tree)
    try:
        require_tei_root(document, source.element(document.root), corpus=True)
    except InputError as error:
        report.diagnostics.append(error.diagnostic)
        return item
    item.document, item.data, item.source = document, data, source
    rng_choice, warnings = choose("rng", document.tree, path, checks.schema, checks.profile)
    sch_choice, more = choose("sch", document.tree, path, checks.schematron, checks.profile)
    report.schema = rng_choice.label() if rng_choice else "none (TEI's tei_all is not stored)"
    report.schematron = sch_choice.label() if sch_choice else None
    report.diagnostics += warnings + more
    item.rng = rng_choice
    if sch_choice is None:
        return item
    try:
        item.rules = rules.check(rules.load(sch_choice.path, sch_choice.phase), document.tree, name, item.source)
    except UsageError as error:  # the document's own xml-model names something unusable: its finding
        item.rules = [_on_document(error.diagnostic, name)]
    return item


def _check_references(pending: list[_Pending], root: Path | None, used: set[tuple[Path, str]] = frozenset()) -> None:
    """Pointers between the files (:mod:`.references`): their findings join each file's rule findings,
    and ``register.unused`` is judged over all of them (and the pointers from elsewhere, ``used``)."""
    parsed = [item for item in pending if item.document is not None]
    references = References([Checked(item.report.path, item.document.tree, item.source) for item in parsed], root)
    found = references.check()
    references.used.update(used)
    for item in parsed:
        item.rules = references.withdraw_unused(item.report.path, item.rules + found[item.report.path])


def _on_document(problem: Diagnostic, file: str) -> Diagnostic:
    """A schema that a document declares cannot be used: an error of that document (the batch goes on),
    saying where the schema's problem is."""
    return Diagnostic(Severity.ERROR, problem.code, f"the schema this document declares cannot be used: "
                      f"{problem.location()}: {problem.message}", file, 1, 1)


def _groups(pending: list[_Pending]) -> dict[Path, list[_Pending]]:
    groups: dict[Path, list[_Pending]] = {}
    for item in pending:
        if item.rng is not None:
            groups.setdefault(item.rng.path, []).append(item)
    return groups


def _run_lxml(item: _Pending) -> None:
    """The grammar, by lxml: a large grammar compiled pruned to (at least) the document's elements."""
    if item.rng is None:
        return
    try:
        schema = relaxng.load_covering(item.rng.path, relaxng.element_names(item.document.tree))
    except UsageError as error:  # a grammar named by the document's xml-model (an override fails early)
        item.grammar = [_on_document(error.diagnostic, str(item.report.path))]
        return
    item.grammar = relaxng.check(schema, item.document.tree, str(item.report.path), item.source)


def _run_jing(pending: list[_Pending]) -> None:
    for schema_path, items in _groups(pending).items():
        results = jing.validate(schema_path, {str(item.report.path): item.data for item in items})
        for item in items:
            item.grammar = [_relocate(d, item.source) for d in results[str(item.report.path)]]


def _relocate(diagnostic: Diagnostic, source: SourceMap | None) -> Diagnostic:
    """jing points just after a start tag; point at the element (or the attribute) instead."""
    if source is None or diagnostic.line is None:
        return diagnostic
    element = source.element_ending_at(diagnostic.line, diagnostic.column or 0)
    if element is None:
        return diagnostic
    attribute = re.search(r'attribute "([^"]+)"', diagnostic.message)
    if attribute and diagnostic.code in ("rng.attribute-value", "rng.unknown-attribute"):
        line, column = source.attribute(element, attribute.group(1))
    elif diagnostic.code == "rng.attribute-value" and diagnostic.message.startswith("ID "):
        line, column = source.attribute(element, "xml:id")
    else:
        line, column = source.element(element)
    return Diagnostic(diagnostic.severity, diagnostic.code, diagnostic.message, diagnostic.file, line, column)


def _merge(notes: list[Diagnostic], grammar: list[Diagnostic], rules: list[Diagnostic]) -> list[Diagnostic]:
    """All findings of one file in document order; a rule finding replaces a grammar finding on the same spot."""
    spots = {(d.line, d.column) for d in rules if d.is_error}
    grammar = [d for d in grammar if not (d.code == "rng.attribute-value" and (d.line, d.column) in spots)]
    everything = notes + grammar + rules
    return sorted(everything, key=lambda d: (d.line or 0, d.column or 0))


_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")


def _refine(diagnostic: Diagnostic, data: bytes) -> Diagnostic:
    """Say "wrong encoding declaration" where libxml2 only says "not well-formed"."""
    if diagnostic.code not in ("xml.not-well-formed", "xml.encoding"):
        return diagnostic
    match = _DECLARATION.match(data)
    if not match:
        return diagnostic
    declared = match.group(1).decode("ascii")
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return _replace(diagnostic, f'the XML declaration names encoding "{declared}", which does not exist: '
                                    'declare encoding="UTF-8" (and save the file as UTF-8)')
    if codec.startswith(("utf-16", "utf-32")) and b"\x00" not in data[:200]:
        return _replace(diagnostic, f'the XML declaration says encoding="{declared}", but the file is not saved '
                                    'in it (it looks like UTF-8): declare encoding="UTF-8"')
    try:
        data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return Diagnostic(Severity.ERROR, "xml.encoding",
                          f'byte 0x{data[error.start]:02x} is not valid {declared}, the encoding the file declares: '
                          "save the file as UTF-8 (or declare its real encoding)",
                          diagnostic.file, line, error.start - data.rfind(b"\n", 0, error.start))
    return diagnostic


def _replace(diagnostic: Diagnostic, message: str) -> Diagnostic:
    return Diagnostic(Severity.ERROR, "xml.encoding", message, diagnostic.file, 1, 1)
