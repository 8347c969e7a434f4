"""Running teikit's stylesheets in-process with saxonche.

One ``PySaxonProcessor`` per process and each stylesheet compiled once, then reused for every document
(new processors per transform and recompiling are slow and, in other projects, a source of crashes).
Saxon never parses user files: it gets the tree that :mod:`toolkit.xmlsource` parsed with its
protections, serialised to a string. Saxon's ``xsl:message`` output and errors are captured — the
native library would otherwise print to the process's stderr — and become :class:`Diagnostic` objects;
a message ``CODE<TAB>XPATH<TAB>TEXT`` (see ``xslt/common/fallback.xsl``) is located at the line of the
element its XPath names.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Severity
from .errors import TransformError, UsageError
from .resources import stylesheet
from .xmlsource import ParsedDocument

XSL_NS = "http://www.w3.org/1999/XSL/Transform"


@dataclass(frozen=True)
class Parameter:
    """A stylesheet parameter as declared: name, XPath type and the comment that documents it."""

    name: str
    type: str
    doc: str


@dataclass
class TransformResult:
    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


#: File descriptor 2 belongs to the whole process: one redirection at a time (parallel builds use
#: processes, each with its own descriptor table; the lock keeps a threaded caller correct too).
_STDERR = threading.Lock()


@contextmanager
def captured_stderr():
    """Redirect file descriptor 2 (where the native Saxon library writes) into a buffer.

    Yields a list that receives the captured text when the block ends.
    """
    captured: list[str] = []
    with _STDERR:
        sys.stderr.flush()
        saved = os.dup(2)
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), 2)
            try:
                yield captured
            finally:
                os.dup2(saved, 2)
                os.close(saved)
                sink.seek(0)
                captured.append(sink.read().decode("utf-8", "replace"))


#: The JAXP limits of the XML parser inside Saxon, lifted: Saxon only ever parses what teikit's own
#: hardened parser (toolkit/xmlsource.py) accepted and serialised again — no DTD, entities expanded,
#: depth at most 256 — and the defaults (depth 100, 200 attributes on an element, 100,000 entity
#: references such as &amp;) refused valid documents.
_PARSER_LIMITS = ("maxElementDepth", "elementAttributeLimit", "maxGeneralEntitySizeLimit", "totalEntitySizeLimit",
                  "entityExpansionLimit")


@cache
def _address_space_problem() -> str | None:
    """Why Saxon cannot start in this process, or ``None``.

    saxonche's runtime (a GraalVM native image) reserves tens of gigabytes of address space when it
    starts (memory it does not use); under ``ulimit -v`` below that, the native library prints a line
    and ends the whole process with status 2, which no Python code can catch. So when an address-space
    limit is set, and only then, a child process tries first."""
    import resource
    import subprocess

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    start = "from saxonche import PySaxonProcessor; PySaxonProcessor(license=False)"
    probe = subprocess.run([sys.executable, "-c", start], capture_output=True, timeout=120)
    if probe.returncode == 0:
        return None
    return (f"the XSLT engine (Saxon) cannot start under this process's address-space limit "
            f"(ulimit -v {soft // 1024} KB): its runtime reserves more than 16 GB of address space at start, which it "
            "does not use; remove the limit (ulimit -v unlimited) and limit memory with a cgroup instead "
            "(e.g. systemd-run --user -p MemoryMax=2G teikit …)")


@cache
def processor():
    """The process's one Saxon processor."""
    from urllib.parse import quote

    from saxonche import PySaxonProcessor

    problem = _address_space_problem()
    if problem:
        raise TransformError.at("xslt.no-start", problem, "teikit")
    saxon = PySaxonProcessor(license=False)
    # Saxon may open file: URIs only (the stylesheets and the CSS, JavaScript and Typst files they read):
    # no doc(), unparsed-text() or xsl:include ever reaches the network.
    saxon.set_configuration_property("http://saxon.sf.net/feature/allowedProtocols", "file")
    for limit in _PARSER_LIMITS:
        saxon.set_configuration_property("http://saxon.sf.net/feature/parserProperty?uri="
                                         + quote(f"http://www.oracle.com/xml/jaxp/properties/{limit}", safe=""), "0")
    return saxon


def _saxon_error(error: Exception, captured: list[str]) -> str:
    text = str(error).strip() or "".join(captured).strip() or type(error).__name__
    return " ".join(text.split())


#: Compiled stylesheets, per thread: an executable carries the parameters and the messages of the
#: transformation under way, so two threads must never share one. (Parallel builds use processes, each
#: with one thread that compiles each stylesheet once and keeps it.)
_EXECUTABLES = threading.local()


def compiled(name: str):
    """The compiled stylesheet ``name`` (relative to the xslt folder), compiled once per process and thread."""
    executables = getattr(_EXECUTABLES, "by_name", None)
    if executables is None:
        executables = _EXECUTABLES.by_name = {}
    if name not in executables:
        executables[name] = _compile(name)
    return executables[name]


def _compile(name: str):
    from saxonche import PySaxonApiError

    path = stylesheet(name)
    if not path.is_file():
        raise UsageError.at("xslt.missing", "stylesheet not found (is teikit installed completely?)", path)
    with captured_stderr() as captured:
        try:
            executable = processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
        except PySaxonApiError as error:
            pass_error = error
        else:
            pass_error = None
    if pass_error is not None:
        raise TransformError.at("xslt.compile", f"stylesheet does not compile: {_saxon_error(pass_error, captured)}",
                                path)
    executable.set_save_xsl_message(True)
    return executable


@cache
def parameters(name: str) -> dict[str, Parameter]:
    """The global parameters of stylesheet ``name`` and the modules it includes or imports.

    Read from the stylesheets themselves, so the documentation, the CLI's ``-p`` checking and the
    type conversion all come from the declarations.
    """
    found: dict[str, Parameter] = {}
    seen: set[Path] = set()

    def visit(path: Path) -> None:
        if path in seen:
            return
        seen.add(path)
        root = etree.parse(str(path)).getroot()
        for child in root:
            if child.tag in (f"{{{XSL_NS}}}include", f"{{{XSL_NS}}}import"):
                visit((path.parent / child.get("href")).resolve())
            elif child.tag == f"{{{XSL_NS}}}param" and ":" not in child.get("name"):  # t:… : set by teikit only
                comment = child.getprevious()
                doc = comment.text.strip() if isinstance(comment, etree._Comment) else ""
                found[child.get("name")] = Parameter(child.get("name"), child.get("as", "item()*"), doc)

    visit(stylesheet(name).resolve())
    return found


def check_parameters(name: str, params: dict) -> dict[str, Parameter]:
    """The declared parameters of stylesheet ``name``; a usage error if ``params`` names one it lacks."""
    declared = parameters(name)
    for key in params:
        if key not in declared:
            choices = ", ".join(sorted(declared)) or "none"
            raise UsageError.at("param.unknown", f"no stylesheet parameter {key!r} (known: {choices})", "teikit")
    return declared


_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


def coerce(parameter: Parameter, value) -> bool | int | str:
    """A Python or command-line value as the Python value of the parameter's declared type (a usage
    error when it is not one), so stylesheets and post-steps see the same value."""
    kind = parameter.type.rstrip("?")
    if kind == "xs:boolean":
        if isinstance(value, str):
            if value.lower() not in _TRUE | _FALSE:
                raise UsageError.at("param.bad-value", f"parameter {parameter.name} wants true or false, not {value!r}",
                                    "teikit")
            return value.lower() in _TRUE
        return bool(value)
    if kind == "xs:integer":
        try:
            return int(value)
        except ValueError:
            raise UsageError.at("param.bad-value", f"parameter {parameter.name} wants a whole number, not {value!r}",
                                "teikit") from None
    return str(value)


def coerce_all(name: str, params: dict) -> dict:
    """``params`` checked against stylesheet ``name`` and converted to their declared types."""
    declared = check_parameters(name, params)
    return {key: coerce(declared[key], value) for key, value in params.items()}


def _value(parameter: Parameter, value):
    """The Saxon value of a parameter's value."""
    proc = processor()
    value = coerce(parameter, value)
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    return proc.make_string_value(value)


_STEP = re.compile(r"Q\{([^}]*)\}([^\[/]+)\[(\d+)\]")
_SPLIT = re.compile(r"/(?:Q\{[^}]*\})?[^/]*")  # steps of a path() result; namespace URIs contain slashes


def element_at(root: etree._Element, path: str) -> etree._Element | None:
    """The element of an lxml tree that an XPath from XPath's ``path()`` names (``None`` if it does not)."""
    steps = [step[1:] for step in _SPLIT.findall(path)]
    node = None
    for step in steps:
        match = _STEP.fullmatch(step)
        if not match:
            break  # text(), attribute or comment steps: the element so far is precise enough
        namespace, local, index = match.group(1), match.group(2), int(match.group(3))
        tag = f"{{{namespace}}}{local}" if namespace else local
        if node is None:
            node = root if root.tag == tag and index == 1 else None
        else:
            same = [child for child in node if child.tag == tag]
            node = same[index - 1] if index <= len(same) else None
        if node is None:
            return None
    return node


def _diagnostics_from_messages(messages, document: ParsedDocument) -> list[Diagnostic]:
    """One warning per distinct finding (code and message: "<madeUp> has no rule…" once per element
    name, "<graphic url=…> is not shown" once per URL), located at its first occurrence."""
    first: dict[tuple[str, str], Diagnostic] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for item in messages or []:
        text = item.string_value.strip()
        code, _, rest = text.partition("\t")
        path, _, message = rest.partition("\t")
        if not message:  # a message not in teikit's format
            code, path, message = "xslt.message", "", text
        element = element_at(document.root, path) if path else None
        key = (code, message)
        counts[key] += 1
        if key not in first:
            first[key] = Diagnostic(Severity.WARNING, code, message, str(document.path),
                                    element.sourceline if element is not None else None)
    return [
        Diagnostic(d.severity, d.code, f"{d.message} (and {counts[key] - 1} more like it)", d.file, d.line)
        if counts[key] > 1 else d
        for key, d in first.items()
    ]


def transform(document: ParsedDocument, name: str, params: dict | None = None,
              context: dict[str, etree._Element | None] | None = None) -> TransformResult:
    """Transform a parsed document with stylesheet ``name``; raises :class:`TransformError` when Saxon stops.

    ``context`` is what the build knows besides the document, each a tree given to the stylesheets as
    the parameter ``$t:NAME`` (set by teikit, never by ``-p``): ``shared-registers``, the register
    entries of other files the document points at (:func:`toolkit.registers.shared_entries`);
    ``images``, where each of its images is (:mod:`toolkit.images`)."""
    from saxonche import PySaxonApiError

    executable = compiled(name)
    declared = check_parameters(name, params or {})
    executable.clear_parameters()
    for key, value in (params or {}).items():
        executable.set_parameter(key, _value(declared[key], value))
    for name, tree in (context or {}).items():
        if tree is not None:
            executable.set_parameter(f"{{urn:teikit}}{name}",
                                     processor().parse_xml(xml_text=etree.tostring(tree, encoding="unicode")))
    xml_text = etree.tostring(document.root, encoding="unicode")  # the root element only: no DOCTYPE
    executable.clear_xsl_messages()
    with captured_stderr() as captured:
        try:
            node = processor().parse_xml(xml_text=xml_text)
            text = executable.transform_to_string(xdm_node=node)
            failure = None
        except PySaxonApiError as error:
            failure = error
    diagnostics = _diagnostics_from_messages(executable.get_xsl_messages(), document)
    if failure is not None:
        message = _saxon_error(failure, captured)
        code, _, rest = message.partition("\t")
        if rest:  # a terminating teikit message: CODE TAB PATH TAB TEXT
            path, _, text_ = rest.partition("\t")
            element = element_at(document.root, path)
            raise TransformError.at(code.strip(), text_ or rest, document.path,
                                    element.sourceline if element is not None else None)
        raise TransformError.at("xslt.error", f"the stylesheet stopped: {message}", document.path)
    if text is None:
        raise TransformError.at("xslt.error", "the stylesheet produced no output", document.path)
    return TransformResult(text, diagnostics)

