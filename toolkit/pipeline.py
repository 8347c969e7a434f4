"""``teikit build``: TEI documents in, editions out.

:func:`build` validates each document (unless asked not to), transforms it with the entry stylesheet
of every requested output (see :mod:`.outputs`), runs the output's post-step and writes the file
atomically (:mod:`.fsio`). It never raises for a bad document: each document gets a
:class:`DocumentResult` with its diagnostics, so one broken file does not stop a batch, and the CLI
only prints the report and picks the exit code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .diagnostics import Severity
from .errors import TeikitError, UsageError
from .outputs import OUTPUTS, Output, names, register, resolve
from .results import DocumentResult, Report
from .tei import require_tei_root
from .validation import Checks, read_document, validate_document
from .xmlsource import parse

__all__ = ["BuildReport", "DocumentResult", "Output", "OUTPUTS", "build", "names", "register"]


@dataclass
class BuildReport(Report):
    """The documents of one build, each with the files written for it (``outputs``) and its findings."""

    def summary(self) -> str:
        """``N documents: B built, F failed; E errors, W warnings`` — the last line of the output."""
        built = sum(1 for d in self.documents if d.ok)
        return (f"{len(self.documents)} document{'s' if len(self.documents) != 1 else ''}: {built} built, "
                f"{len(self.documents) - built} failed; {self.errors} error{'s' if self.errors != 1 else ''}, "
                f"{self.warnings} warning{'s' if self.warnings != 1 else ''}")


def build(
    paths: Iterable[str | Path],
    *,
    to: Iterable[str] = ("html",),
    out_dir: str | Path = "output",
    validate: bool = True,
    params: dict | None = None,
    strict: bool = False,
    progress: Callable[[DocumentResult], None] | None = None,
    checks: dict | None = None,
) -> BuildReport:
    """Build the editions ``to`` of every document in ``paths`` into ``out_dir`` as ``<stem><suffix>``.

    ``validate`` refuses documents with validation errors (their earlier outputs stay untouched);
    ``params`` are stylesheet parameters (see ``xslt/common/params.xsl``); ``strict`` also refuses
    documents with warnings (Sphinx's ``-W``). ``progress`` is called after each document. ``checks``
    are :func:`toolkit.validation.validate`'s options (schema, schematron, engine, profile), so a build
    validates with exactly what ``teikit validate`` would use.
    Raises :class:`~toolkit.errors.UsageError` only for mistakes in the call itself (an unknown output,
    two documents that would write the same file, an unknown parameter).
    """
    paths = [Path(p) for p in paths]
    try:
        outputs: list[Output] = resolve(to)
    except KeyError as error:
        raise UsageError.at("build.unknown-output", f"unknown output {error.args[0]} (known: {', '.join(names())})",
                            "teikit") from None
    stems: dict[str, Path] = {}
    for path in paths:
        if path.stem in stems and stems[path.stem] != path:
            raise UsageError.at("build.same-name", f"{stems[path.stem]} and {path} would both be written as "
                                f"{path.stem}.*; build them into different folders", path)
        stems[path.stem] = path
    out_dir = Path(out_dir)
    params = {"generator": f"teikit {__version__}", **(params or {})}
    from .xslt import coerce_all

    for output in outputs:  # unknown parameters and bad values are refused before any work is done
        params = coerce_all(output.stylesheet, params)

    # validated as `teikit validate` would (same options); a bad option is a usage error before any work
    validation = Checks.of(**(checks or {})) if validate else None

    report = BuildReport()
    with ExitStack() as batch:
        if len(paths) > 1:
            for output in outputs:
                if output.batch is not None:
                    try:
                        batch.enter_context(output.batch())
                    except TeikitError as error:  # e.g. the renderer is missing: every document says so
                        report.documents = [DocumentResult(p, diagnostics=[error.diagnostic], failed=True)
                                            for p in paths]
                        return report
        for path in paths:
            result = _build_one(path, outputs, out_dir, params, validation, strict)
            report.documents.append(result)
            if progress is not None:
                progress(result)
    return report


def _build_one(path: Path, outputs: list[Output], out_dir: Path, params: dict, checks: Checks | None,
               strict: bool) -> DocumentResult:
    """One document: parse once, validate that tree (unless ``checks`` is ``None``), transform it for
    every output, run the post-steps, write the files together."""
    from .fsio import write_all_atomic
    from .xslt import transform

    result = DocumentResult(path)
    try:
        if checks is not None:
            document, problem = read_document(path)
            if document is None:
                result.diagnostics.append(problem)
                result.failed = True
                return result
            result.diagnostics.extend(validate_document(document, checks).diagnostics)
            if any(d.is_error for d in result.diagnostics):
                result.failed = True
                return result
        else:
            document = parse(path)
        require_tei_root(document)
        files: list[tuple[Output, bytes]] = []
        # the stylesheets apply the URL policy with this build's parameters (-p remote-images=true
        # allows https: images), so their url.* findings replace the ones validation made
        result.diagnostics = [d for d in result.diagnostics if not d.code.startswith("url.")]
        for output in outputs:
            transformed = transform(document, output.stylesheet, params)
            # a finding that another output's stylesheet already made is said once
            said = {(d.code, d.line) for d in result.diagnostics}
            result.diagnostics.extend(d for d in transformed.diagnostics if (d.code, d.line) not in said)
            data, found = output.post_step(transformed.text, document, params)
            result.diagnostics.extend(found)
            files.append((output, data))
        if any(d.is_error for d in result.diagnostics) or (
                strict and any(d.severity is Severity.WARNING for d in result.diagnostics)):
            result.failed = True
            return result
        # written only once every output of the document succeeded, and together (fsio.py)
        targets = [(out_dir / f"{path.stem}{output.suffix}", data) for output, data in files]
        for output, written in zip((o for o, _ in files), write_all_atomic(targets), strict=True):
            result.outputs[output.name] = written
    except TeikitError as error:
        result.diagnostics.append(error.diagnostic)
        result.failed = True
    return result
