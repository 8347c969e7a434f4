"""The project file, ``teikit.toml``: what an edition is made of, said once for every command.

An edition is a folder with a ``teikit.toml`` at its root, found the way pyproject.toml is, by walking
up from the current folder. It says which files are the edition's documents and which are its shared
registers, which schema checks them, where and what to build, the stylesheet parameters, and the
edition's own title and address (the site reads those). Every command reads it when there is one; a
command-line option overrides the key it corresponds to.

Each key is declared once, below, as a typed dataclass field with the docstring that documents it;
``teikit init`` writes its starter file from the same declarations (:func:`starter`), so documentation,
checking and the starter never disagree. An unknown key, a wrong type or an impossible value is one
error naming the key and its line (``teikit.toml:12:1: error: [build] formats: … [project.key]``).
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from .errors import UsageError
from .validation.schemas import PROFILES

FILE_NAME = "teikit.toml"


@dataclass
class Edition:
    """``[edition]``: the edition as its readers see it."""

    title: str = ""
    """The edition's title (the site's home page and every page's header; each document keeps its
    own title)."""
    base_url: str = ""
    """The address where the edition is published, e.g. "https://example.org/letters/" (citations,
    the site's links)."""
    description: str = ""
    """One or two sentences about the edition, for its home page."""
    editors: list[str] = field(default_factory=list)
    """The editors' names, as they should be cited."""
    licence: str = ""
    """The licence of the edition, a name or a URL (e.g. "CC BY 4.0")."""
    language: str = ""
    """The language of the interface (labels such as "Notes"), a BCP 47 code such as "de" (the ui-lang
    parameter); empty: each document's own language where teikit has labels for it, else English."""


@dataclass
class Sources:
    """``[sources]``: which files are the edition."""

    include: list[str] = field(default_factory=lambda: ["**/*.xml"])
    """Glob patterns, relative to the project folder, of the TEI documents."""
    exclude: list[str] = field(default_factory=list)
    """Glob patterns of files to leave out (drafts, templates)."""
    registers: list[str] = field(default_factory=list)
    """Files that hold the edition's shared registers (listPerson, listPlace, listOrg, listEvent,
    listBibl); documents point into them with ref="register.xml#id". They are validated, not built
    as documents."""


@dataclass
class Validation:
    """``[validation]``: what checks the documents."""

    profile: str = "tei"
    """"tei": TEI's full schema (tei_all, from the schema store) or the schema a document declares,
    plus teikit's integrity rules (pointers resolve, ids unique, dates real, authority ids well
    formed). "edition": teikit's strict edition schema and all its rules (the passage's)."""
    schema: str = ""
    """A RELAX NG schema (.rng) for every document, relative to the project folder, instead of what
    each document declares; empty: the profile decides."""
    schematron: str = ""
    """An ISO Schematron file (.sch) for every document instead of the profile's rules; empty: the
    profile decides."""
    engine: str = "lxml"
    """The RELAX NG engine: "lxml" (built in) or "jing" (the reference validator; needs Java)."""


@dataclass
class Build:
    """``[build]``: what ``teikit build`` writes, and where."""

    output: str = "output"
    """The folder the editions are written to, relative to the project folder."""
    formats: list[str] = field(default_factory=list)
    """The editions to build: "site" (the edition site: pages, registers, search), "html" (one page per
    document), "pdf", or "all". Empty (the default): "site" for a project of several documents, "html"
    for one."""
    strict: bool = False
    """Refuse to build a document with warnings, not only with errors."""
    params: dict[str, Any] = field(default_factory=dict)
    """Stylesheet parameters, as `-p NAME=VALUE` gives them (e.g. ui-lang = "de", show-registers =
    false); see the README's table."""
    jobs: int = 0
    """Worker processes building at once; 0: one per core, 1: one after another."""
    scheduler: str = ""
    """The address of a Dask distributed scheduler (e.g. "tcp://10.0.0.5:8786") to build on instead of
    this machine; its workers must see the project at the same path. Empty: this machine."""


_SECTIONS: dict[str, type] = {"edition": Edition, "sources": Sources, "validation": Validation, "build": Build}
_CHOICES = {("validation", "profile"): PROFILES, ("validation", "engine"): ("lxml", "jing")}


@dataclass
class Project:
    """A loaded ``teikit.toml``: its folder and its typed sections."""

    root: Path
    edition: Edition = field(default_factory=Edition)
    sources: Sources = field(default_factory=Sources)
    validation: Validation = field(default_factory=Validation)
    build: Build = field(default_factory=Build)

    @property
    def file(self) -> Path:
        return self.root / FILE_NAME

    def path(self, relative: str) -> Path:
        """A path of the project file, made absolute against the project folder."""
        return (self.root / relative) if relative else self.root

    def build_params(self) -> dict[str, Any]:
        """The stylesheet parameters the project sets: ``[build] params``, and ``ui-lang`` from
        ``[edition] language`` unless the params name it."""
        params = dict(self.build.params)
        if self.edition.language:
            params.setdefault("ui-lang", self.edition.language)
        return params

    def registers(self) -> list[Path]:
        return [self.path(p) for p in self.sources.registers]

    def documents(self) -> list[Path]:
        """The project's documents: files matching ``include`` and not ``exclude``, registers and the
        output folder left out, in a stable order."""
        skip = {p.resolve() for p in self.registers()}
        output = self.path(self.build.output).resolve()
        excluded = {p.resolve() for pattern in self.sources.exclude for p in self.root.glob(pattern)}
        found: dict[Path, Path] = {}
        for pattern in self.sources.include:
            for path in sorted(self.root.glob(pattern)):
                resolved = path.resolve()
                if (path.is_file() and resolved not in skip and resolved not in excluded
                        and not resolved.is_relative_to(output) and not _hidden(path.relative_to(self.root))):
                    found.setdefault(resolved, path)
        return list(found.values())


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def find(start: Path | None = None) -> Path | None:
    """The nearest ``teikit.toml`` in ``start`` (default: the current folder) or a folder above it."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / FILE_NAME).is_file():
            return candidate / FILE_NAME
    return None


def load(path: Path) -> Project:
    """Read and check a project file; a :class:`UsageError` naming the key and line when it is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError.at("project.unreadable", f"cannot read the project file: {error}", path) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11's tomllib says where only in its message: "… (at line 2, column 15)"
        where = re.search(r"\(at line (\d+), column (\d+)\)$", str(error))
        line, column = (int(where.group(1)), int(where.group(2))) if where else (None, None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)$", "", str(error))
        raise UsageError.at("project.syntax", f"not valid TOML: {message}", path, line, column) from None
    project = Project(path.parent.resolve())
    for section, values in data.items():
        if section not in _SECTIONS:
            _fail(path, text, section, None, f"unknown section [{section}] (known: "
                  f"{', '.join(f'[{s}]' for s in _SECTIONS)})")
        if not isinstance(values, dict):
            _fail(path, text, section, None, f"[{section}] must be a table")
        setattr(project, section, _section(path, text, section, values))
    return project


def discover(start: Path | None = None) -> Project | None:
    """The project the current folder belongs to, or ``None`` when there is no ``teikit.toml``."""
    found = find(start)
    return load(found) if found else None


def _section(path: Path, text: str, section: str, values: dict) -> object:
    kind = _SECTIONS[section]
    hints = get_type_hints(kind)
    known = {f.name.replace("_", "-"): f.name for f in fields(kind)}
    arguments = {}
    for key, value in values.items():
        if key not in known:
            _fail(path, text, section, key, f"unknown key (known in [{section}]: {', '.join(known)})")
        expected = hints[known[key]]
        if not _is(value, expected):
            _fail(path, text, section, key, f"must be {_describe(expected)}, not {_describe_value(value)}")
        choices = _CHOICES.get((section, key))
        if choices and value not in choices:
            _fail(path, text, section, key, f"must be one of {', '.join(repr(c) for c in choices)}, not {value!r}")
        arguments[known[key]] = value
    return kind(**arguments)


def _is(value: object, expected: object) -> bool:
    origin = get_origin(expected)
    if origin is list:
        (item,) = get_args(expected)
        return isinstance(value, list) and all(_is(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if expected is Any:
        return True
    if expected is bool:
        return isinstance(value, bool)
    return isinstance(value, expected) and not isinstance(value, bool)


def _describe(expected: object) -> str:
    origin = get_origin(expected)
    if origin is list:
        return "a list of " + {str: "strings", bool: "booleans", int: "numbers"}.get(get_args(expected)[0], "values")
    if origin is dict:
        return "a table"
    return {str: "a string", bool: "true or false", int: "a whole number"}.get(expected, str(expected))


def _describe_value(value: object) -> str:
    return {str: "a string", bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__) + f" ({value!r})"[:60]


def _fail(path: Path, text: str, section: str, key: str | None, message: str):
    where = f"[{section}] {key}" if key else f"[{section}]"
    raise UsageError.at("project.key", f"{where}: {message}", path, _line(text, section, key), 1)


def _line(text: str, section: str, key: str | None) -> int | None:
    """The line of ``[section]`` (or of ``key`` in it) in the file's text; TOML parsers do not keep lines."""
    current, header_line = None, None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([A-Za-z0-9_-]+)\s*\]", stripped)
        if header:
            current = header.group(1)
            if current == section:
                header_line = number
            continue
        if key is None:
            continue
        dotted = re.match(rf"^{re.escape(section)}\s*\.\s*{re.escape(key)}\s*=", stripped)
        if dotted and current is None or (current == section and re.match(rf"^\"?{re.escape(key)}\"?\s*=", stripped)):
            return number
    return header_line


def starter(example: bool = False) -> str:
    """The text of a new ``teikit.toml``: every key with its default, commented with its docstring."""
    lines = [
        "# teikit.toml: the project file of a TEI edition. Every teikit command run in this folder (or",
        "# below it) reads it; a command-line option overrides the key it corresponds to.",
    ]
    values = _EXAMPLE if example else {}
    for section, kind in _SECTIONS.items():
        lines += ["", f"[{section}]"]
        docs = _field_docs(kind)
        for item in fields(kind):
            key = item.name.replace("_", "-")
            default = item.default_factory() if callable(item.default_factory) else item.default  # type: ignore[misc]
            value = values.get((section, key), default)
            for doc_line in _wrap(docs.get(item.name, "")):
                lines.append(f"# {doc_line}")
            lines.append(f"{key} = {_toml(value)}")
    return "\n".join(lines) + "\n"


_EXAMPLE = {
    ("edition", "title"): "Two letters: an example edition",
    ("edition", "description"): "A starting point made by `teikit init --example`: two letters and a shared register.",
    ("edition", "editors"): ["Your Name"],
    ("edition", "licence"): "CC BY 4.0",
    ("sources", "include"): ["letters/*.xml"],
    ("sources", "registers"): ["register.xml"],
    ("build", "formats"): ["site", "pdf"],
}


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }" if value else "{}"
    return str(value)


def _wrap(text: str, width: int = 98) -> list[str]:
    words, lines, current = " ".join(text.split()).split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + ([current] if current else [])


def _field_docs(kind: type) -> dict[str, str]:
    """The docstrings written under each field of a dataclass (read from this module's source)."""
    source = Path(__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    docs: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == kind.__name__:
            body = node.body
            for previous, current in zip(body, body[1:], strict=False):
                if (isinstance(previous, ast.AnnAssign) and isinstance(previous.target, ast.Name)
                        and isinstance(current, ast.Expr) and isinstance(current.value, ast.Constant)
                        and isinstance(current.value.value, str)):
                    docs[previous.target.id] = current.value.value
    return docs
