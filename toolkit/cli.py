"""The ``teikit`` command line: a thin click layer over the library.

Each command parses options, calls one library function, prints its result and picks the exit code:
0 success, 1 failure (invalid or unreadable document), 2 usage error. Errors are one line naming file,
line and column; a Python traceback is shown only when ``TEIKIT_DEBUG=1`` is set.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .diagnostics import grouped, limited
from .errors import TeikitError
from .results import Report
from .validation.schemas import PROFILES

#: Output formats of validate, build and info: readable lines, JSON, or GitHub Actions annotations.
FORMATS = ["text", "json", "github"]


def threading_is_main() -> bool:
    """Signal handlers can only be installed from the main thread (tests may run the CLI elsewhere)."""
    import threading

    return threading.current_thread() is threading.main_thread()


def fail(error: TeikitError) -> None:
    """Print ``error`` as its one diagnostic line on stderr and exit with its code."""
    click.echo(str(error), err=True)
    sys.exit(error.exit_code)


class _Group(click.Group):
    """Turns every :class:`TeikitError` (and, as a last resort, any exception) into one line + exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TeikitError as error:
            fail(error)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # the reader went away (teikit tag … | head): stop without a word
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
            sys.exit(1)
        except Exception as error:  # pragma: no cover - the safety net for bugs, tested via TEIKIT_DEBUG
            if os.environ.get("TEIKIT_DEBUG"):
                raise
            click.echo(f"teikit: internal error: {type(error).__name__}: {error} "
                       "(set TEIKIT_DEBUG=1 for details and please report it)", err=True)
            sys.exit(70)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="teikit")
def main() -> None:
    """teikit — validate TEI P5 documents and build HTML and PDF editions from them."""
    import signal

    # SIGTERM (a CI runner stopping, `kill`) ends the command as Ctrl-C does: cleanly, so that no
    # temporary file is left beside the editions (toolkit/fsio.py).
    if threading_is_main():
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="json prints a list with one object per file; github prints problems as annotations.")
def info(files: tuple[str, ...], fmt: str) -> None:
    """Summarise what each TEI FILE encodes: title, source, paragraphs, notes, entities, dates.

    Without FILE, the documents of the project (teikit.toml). Also lists capitalised words in the
    text that are not tagged and may be names (a hint list).
    """
    from .info import summarise

    project = _project()
    linked = {"registers": project.registers(), "root_folder": project.root} if project else {}
    report = summarise(_sources(files, project, registers=False), **linked)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for document in report.documents:
            for diagnostic in document.diagnostics:
                click.echo(_line(diagnostic, fmt), err=fmt != "github")
            if fmt == "text" and document.details:
                click.echo(_format_info(document.details))
        click.echo(f"{len(report.documents)} file{'s' if len(report.documents) != 1 else ''}, "
                   f"{sum(1 for d in report.documents if not d.ok)} unreadable")
    if not report.ok:  # a file that is missing or not a file is a usage error, as for validate
        sys.exit(2 if any(d.code.startswith("io.") for d in report.diagnostics) else 1)


def _format_info(r: dict) -> str:
    notes = ", ".join(f"{n} {kind}" for kind, n in r["notes"].items()) or "none"
    lines = [
        f"{r['file']}",
        f"  title:         {r['title'] or '(none)'}",
        f"  source:        {r['source'] or '(none)'}",
        f"  paragraphs:    {r['paragraphs']}",
        f"  notes:         {sum(r['notes'].values())} ({notes})",
    ]
    for label, key in (("persons", "persons"), ("places", "places"), ("organisations", "organisations"),
                       ("events", "events")):
        lines.append(f"  {label + ':':<14} {r[key]['entries']} in the register, {r[key]['mentions']} mentions")
    if r["register_files"]:
        lines.append(f"  register files: {', '.join(r['register_files'])}")
    lines.append(f"  dates:         {r['dates']}")
    hints = ", ".join(f"{word} ({n})" if n > 1 else word for word, n in r["untagged_names"])
    lines.append(f"  untagged capitalised words: {hints or 'none'}")
    return "\n".join(lines)


def _build_choices() -> list[str]:
    from .outputs import names

    return [*names(), "all"]


def _line(diagnostic, fmt: str) -> str:
    """A finding as one line of ``fmt`` (text: ``FILE:LINE:COL: severity: message [code]``)."""
    return diagnostic.github() if fmt == "github" else diagnostic.format()


def _stylesheet_parameters() -> str:
    """The parameters a user may set, as xslt/common/params.xsl declares them (so the help never lags)."""
    import re

    from .resources import stylesheet

    text = stylesheet("common/params.xsl").read_text(encoding="utf-8")
    return ", ".join(re.findall(r'^  <xsl:param name="([\w-]+)"', text, flags=re.MULTILINE))


def _project():
    """The project (``teikit.toml``) the current folder belongs to, or ``None``."""
    from .project import discover

    return discover()


def _sources(paths: tuple[str, ...], project, *, registers: bool) -> list[str]:
    """The PATHs given, else the project's documents (and its register files when ``registers``)."""
    if paths:
        return list(paths)
    if project is None:
        raise click.UsageError("give the TEI files to work on, or run teikit in an edition folder with a "
                               "teikit.toml (`teikit init` writes one)")
    found = project.documents() + (project.registers() if registers else [])
    if not found:
        raise click.UsageError(f"{project.file}: [sources] include matches no file")
    return [str(p) for p in found]


def _validation_options(project, schema: str | None, schematron: str | None, engine: str | None,
                        profile: str | None) -> dict:
    """validate()'s options: the command line's, else the project file's, else the defaults."""
    settings = project.validation if project is not None else None
    if settings is not None:
        schema = schema or (str(project.path(settings.schema)) if settings.schema else None)
        schematron = schematron or (str(project.path(settings.schematron)) if settings.schematron else None)
    return {"schema": schema, "schematron": schematron,
            "engine": engine or (settings.engine if settings else "lxml"),
            "profile": profile or (settings.profile if settings else "tei"),
            "root": project.root if project is not None else None}


def _schema_options(function):
    """--schema, --schematron, --profile and --engine, shared by validate and build."""
    for option in reversed([
        click.option("--schema", type=click.Path(path_type=str), metavar="FILE.rng",
                     help="RELAX NG schema (XML syntax) to use instead of the one the document declares."),
        click.option("--schematron", type=click.Path(path_type=str), metavar="FILE.sch",
                     help="ISO Schematron rules to use instead of the ones the document declares."),
        click.option("--profile", type=click.Choice(PROFILES), default=None,
                     help="What checks a document that declares no schema: tei (TEI's tei_all from the schema "
                          "store + teikit's integrity rules; the default) or edition (teikit's strict edition "
                          "schema)."),
        click.option("--engine", type=click.Choice(["lxml", "jing"]), default=None,
                     help="RELAX NG engine: lxml (built in, the default) or jing (the reference validator; needs "
                          "Java)."),
    ]):
        function = option(function)
    return function


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="-p/--param")
        params[name.strip()] = setting
    return params


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--to", "targets", type=click.Choice(_build_choices()), multiple=True,
              help="Which edition to build; repeat it, or use 'all'.  [default: the project's formats, else "
                   "site for a project of several documents, else html]")
@click.option("-o", "--output-dir", "out_dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Folder for the editions; a folder's documents keep their place below it.  [default: the "
                   "project's output, else output]")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes building at once (-j 1: one after another in this process).  [default: one "
                   "per core]")
@click.option("--force", is_flag=True, help="Build every document, even those the manifest knows unchanged.")
@click.option("--scheduler", metavar="tcp://HOST:8786", default=None,
              help="Send the documents to a Dask distributed cluster (pip install 'teikit[dask]'); its workers must "
                   "see the files at the same paths.")
@click.option("--no-validate", is_flag=True, help="Build even if the document does not validate.")
@click.option("--strict", is_flag=True, help="Treat warnings (e.g. elements without a rule) as errors.")
@click.option("-p", "--param", "param_values", multiple=True, metavar="NAME=VALUE",
              help=f"Set a stylesheet parameter: {_stylesheet_parameters()} (see the README).")
@click.option("-v", "--verbose", is_flag=True,
              help="Print every warning; by default repeated warnings of a kind are one line with a count.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="json: one object per document (findings, files written); github: GitHub Actions annotations.")
@_schema_options
def build(paths: tuple[str, ...], targets: tuple[str, ...], out_dir: str | None, jobs: int | None, force: bool,
          scheduler: str | None, no_validate: bool, strict: bool, param_values: tuple[str, ...], verbose: bool,
          fmt: str, schema: str | None, schematron: str | None, profile: str | None, engine: str | None) -> None:
    """Build the editions of TEI documents: validate, transform, write DIR/<name>.html and .pdf.

    PATH is a file or a folder (every TEI document below it; outputs mirror its tree). Without PATH,
    the documents of the project (teikit.toml), else every TEI document below the current folder. A
    document that does not validate (with exactly what `teikit validate` uses) is refused (exit 1)
    unless --no-validate is given; files are written atomically, so a failed build leaves earlier
    output untouched. A document whose sources, schemas, stylesheets and parameters are unchanged
    since the last build is not built again (--force builds it).
    """
    from .pipeline import build as build_editions
    from .sources import collect

    project = _project()
    output = Path(out_dir) if out_dir else (project.path(project.build.output) if project else Path("output"))
    sources = collect(list(paths), out_dir=output, project=project)
    if not sources.documents:
        raise click.UsageError(f"{project.file}: [sources] include matches no file" if project else "nothing to build")
    params = {**(project.build_params() if project else {}), **_parse_params(param_values)}
    options = {
        "to": targets or (tuple(project.build.formats) if project else ()) or (
            ("site",) if project and len(sources.documents) > 1 else ("html",)),
        "out_dir": output, "validate": not no_validate, "params": params,
        "strict": strict or bool(project and project.build.strict),
        "checks": _validation_options(project, schema, schematron, engine, profile),
        "edition": dataclasses.asdict(project.edition) if project else {},
        "jobs": jobs or (project.build.jobs if project else 0) or os.cpu_count() or 1, "force": force,
        "scheduler": scheduler or (project.build.scheduler if project else "") or None,
    }
    if len(sources.documents) > 3 and sys.stdout.isatty() and fmt == "text":
        import time

        started, finished = time.monotonic(), [0]
        with click.progressbar(length=len(sources.documents), label="building", file=sys.stdout,
                               item_show_func=lambda text: text or "") as bar:
            def advance(result) -> None:
                finished[0] += 1
                rate = finished[0] / max(time.monotonic() - started, 1e-6)
                bar.update(1, f"{Path(result.path).name} ({rate:.1f} documents/s)")

            report = build_editions(sources, progress=advance, **options)
    else:
        report = build_editions(sources, **options)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        for document in report.documents:
            if document.details.get("unchanged") and not verbose:
                continue  # said when it was built; the summary counts it
            for diagnostic in document.diagnostics if verbose else grouped(document.diagnostics):
                click.echo(_line(diagnostic, fmt), err=fmt == "text")
            for written in document.outputs.values():
                click.echo(f"{'unchanged' if document.details.get('unchanged') else 'wrote'} {written}")
            if not document.ok:
                click.echo(f"{document.path}: not built", err=fmt == "text")
        if sources.skipped and fmt == "text":
            click.echo(f"left out {len(sources.skipped)} *.xml file{'s' if len(sources.skipped) != 1 else ''} that "
                       f"{'are' if len(sources.skipped) != 1 else 'is'} not TEI (first: {sources.skipped[0]})")
        for diagnostic in report.notes:
            click.echo(_line(diagnostic, fmt), err=fmt == "text")
        click.echo(report.summary())
    if not report.ok:
        sys.exit(1)



@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@_schema_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="json: a list of findings for editor plug-ins; github: GitHub Actions annotations.")
@click.option("--all", "show_all", is_flag=True,
              help="List every finding; by default a rule's findings in one file stop after 20 with a count.")
def validate(paths: tuple[str, ...], schema: str | None, schematron: str | None, profile: str | None,
             engine: str | None, fmt: str, show_all: bool) -> None:
    """Check TEI files (and every *.xml in folders): grammar (RELAX NG) and rules (Schematron).

    Without PATH, the documents and register files of the project (teikit.toml). Each document is
    checked against the schema its <?xml-model?> declares (a local file, or a URL whose copy is in the
    schema store: `teikit schema fetch`), else the profile's: tei (TEI's tei_all + teikit's integrity
    rules) or edition (teikit's strict edition schema). Exit status: 0 no errors (warnings allowed),
    1 errors found, 2 usage error.
    """
    from .validation import validate as validate_files

    try:
        project = _project()
        options = _validation_options(project, schema, schematron, engine, profile)
        report = validate_files(_sources(paths, project, registers=True), **options)
    except TeikitError as error:
        if fmt != "json":
            raise
        click.echo(json.dumps({"documents": [], "summary": Report().counts(), "error": error.diagnostic.to_dict()},
                              ensure_ascii=False, indent=2))  # JSON, even now
        sys.exit(error.exit_code)
    if fmt == "json":
        click.echo(report.to_json())
    else:
        if fmt == "text":
            for line in _schemas_used(report):
                click.echo(line)
        for diagnostic in report.diagnostics if show_all else limited(report.diagnostics):
            click.echo(_line(diagnostic, fmt))
        click.echo(report.summary())
    if not report.ok:
        sys.exit(1)


def _schemas_used(report) -> list[str]:
    """One line per distinct schema pair: which schema checked how many files."""
    counts: dict[tuple[str | None, str | None], int] = {}
    for file in report.files:
        if file.schema or file.schematron:
            key = (file.schema, file.schematron)
            counts[key] = counts.get(key, 0) + 1
    return [f"schema {rng}, Schematron {sch}: {n} file{'s' if n != 1 else ''}" for (rng, sch), n in counts.items()]


@main.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=str))
@click.option("--example", is_flag=True, help="Also write a small example edition (two letters and a register).")
def init(folder: str, example: bool) -> None:
    """Start an edition in FOLDER: write a commented teikit.toml (never overwriting a file)."""
    from .starter import init_project

    result = init_project(folder, example=example)
    for path in result.written:
        click.echo(f"wrote {path}")
    click.echo(f"next: cd {folder} && teikit validate && teikit build" if example else
               f"next: edit {result.written[0]}, then teikit validate && teikit build")


@main.command("import")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=str),
              help="The TEI file to write; for several sources or a folder, the folder to write the drafts to (in "
              "the sources' tree). Never over an existing file, unless --force.")
@click.option("--title", default=None, help="The draft's title (one source only).  [default: the first line when "
              "it looks like a title, else the file's name]")
@click.option("--paragraphs", "mode", type=click.Choice(["auto", "blank", "line"]), default="auto", show_default=True,
              help="Paragraphs are separated by blank lines, or one per line; auto: blank lines when there are any.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def import_command(sources: tuple[str, ...], out: str, title: str | None, mode: str, force: bool) -> None:
    """Turn plain-text (UTF-8) or Word (.docx) SOURCES into TEI drafts: paragraphs, headings, block
    quotations, notes, a teiHeader to fill in. Every character of the text is kept. A SOURCE may be a
    folder: its .txt and .docx files."""
    from .importer import import_files, import_text

    one = len(sources) == 1 and not Path(sources[0]).is_dir()
    if one and Path(out).is_dir():  # -o an existing folder: the draft goes in it
        out = str(Path(out) / f"{Path(sources[0]).stem}.xml")
    if title and not one:
        raise click.UsageError("--title names the draft of one source; several drafts take their own titles")
    report = (Report([import_text(sources[0], out, title=title, mode=mode, force=force)]) if one
              else import_files(list(sources), out, mode=mode, force=force))
    for result in report.documents:
        for diagnostic in result.diagnostics:
            click.echo(diagnostic.format(), err=True)
        if not result.ok:
            continue
        notes = (f"{result.details['notes']} footnotes" if "notes" in result.details
                 else f"{result.details['calls']} endnote calls")
        click.echo(f"wrote {result.outputs['tei']}: {result.details['paragraphs']} paragraphs, {notes}")
    if not one:
        click.echo(f"{len(report.documents)} files, {sum(not d.ok for d in report.documents)} not imported")
    if any(d.ok for d in report.documents):
        click.echo(f"next: teikit validate {report.documents[0].outputs['tei'] if one else out}")
    if not report.ok:
        sys.exit(1)


@main.command("tag")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--register", "registers", multiple=True,
              type=click.Path(dir_okay=False, path_type=str),
              help="A TEI file with registers (listPerson, listPlace, listOrg, listEvent); repeat for several.  "
              "[default: the project's register files, in an edition folder]")
@click.option("-o", "--output", "out", default=None, type=click.Path(path_type=str),
              help="The tagged TEI file to write; for several documents or a folder, the folder to write them to "
              "(in the sources' tree). Never over an existing file, unless --force.")
@click.option("--in-place", is_flag=True,
              help="Tag each document itself, after copying it to FILE.bak (FILE.bak.1, … when tagged again: never "
              "over a backup).")
@click.option("--dry-run", is_flag=True, help="Write no TEI: print the review only.")
@click.option("--report", "report_path", default=None, type=click.Path(dir_okay=False, path_type=str),
              help="Also write the review as an HTML page (a section per document).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@click.option("--learn-from", "learn", multiple=True, type=click.Path(dir_okay=False, path_type=str),
              help="Another document whose tagged forms are learned too; repeat it.  [default: the project's "
              "documents, in an edition folder]")
@click.option("--notes/--no-notes", default=True, show_default=True,
              help="Tag in notes too (never in the source's notes: note type=\"source\").")
@click.option("--suggest", "suggest", default=None, metavar="MODEL",
              help="Also list names that no register holds, as a spaCy model (a package name such as "
              "en_core_web_sm, or a folder) finds them; reported, never written. Needs pip install 'teikit[ner]'.")
@click.option("--ignore", "ignore", multiple=True, metavar="FORM",
              help="Never tag this name form (a name that is mostly a word: May, Christian); repeat it.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: the review as the one JSON shape of every command (each proposal, its context, entry and "
              "why), for programs and editor plug-ins.")
def tag_command(paths: tuple[str, ...], registers: tuple[str, ...], out: str | None, in_place: bool, dry_run: bool,
                report_path: str | None, force: bool, learn: tuple[str, ...], notes: bool, suggest: str | None,
                ignore: tuple[str, ...], fmt: str) -> None:
    """Tag the untagged mentions of the registers' entries (persons, places, organisations, events, by
    all their names) and the dates in each PATH: a TEI file, or a folder (every TEI document below it).
    Without PATH, the project's documents. Only elements are added; the text is not changed."""
    from .fsio import write_atomic
    from .tagger import KIND_ORDER, headline, html_report, summary, tag_document, tag_documents

    project = _project()
    registers = registers or tuple(str(p) for p in (project.registers() if project else []))
    if not registers:
        raise click.UsageError("name a register file with --register (or tag in an edition folder whose teikit.toml "
                               "lists its registers)")
    if not paths and project is None:
        raise click.UsageError("give the TEI files or folders to tag, or run teikit in an edition folder")
    options = {"in_place": in_place, "dry_run": dry_run, "force": force, "notes": notes, "suggest": suggest,
               "ignore": list(ignore)}
    one = len(paths) == 1 and not Path(paths[0]).is_dir()
    if one and out and Path(out).is_dir():  # -o an existing folder: the tagged file goes in it
        out = str(Path(out) / Path(paths[0]).name)
    if one:
        learn_from = list(learn) or (project.documents() if project else [])
        report = Report([tag_document(paths[0], list(registers), out=out, learn_from=learn_from, **options)])
    else:
        report = tag_documents(list(paths), list(registers), out_dir=out, learn_from=list(learn),
                               project=None if paths else project, **options)
    if report_path and report.documents and any(d.ok for d in report.documents):
        write_atomic(report_path, html_report(report.documents).encode("utf-8"))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        sys.exit(0 if report.ok else 1)
    for document in report.documents:
        for diagnostic in document.diagnostics:
            click.echo(diagnostic.format(), err=True)
        if not document.ok:
            continue
        click.echo(summary(document) if one else headline(document))
        if "tei" in document.outputs:
            click.echo(f"wrote {document.outputs['tei']}" + (f" (the original is {document.outputs['backup']})"
                                                             if "backup" in document.outputs else ""))
    if not one:
        totals = {kind: sum(d.details["counts"][kind] for d in report.documents if d.ok)
                  for kind in KIND_ORDER}
        click.echo(f"{len(report.documents)} documents, {sum(not d.ok for d in report.documents)} not tagged; "
                   + ", ".join(f"{n} {kind}" for kind, n in totals.items()) + " tagged"
                   + ("" if report_path else "; the review of each tag: --report review.html"))
    if report_path:
        click.echo(f"wrote the review {report_path}")
    written = [str(d.outputs["tei"]) for d in report.documents if "tei" in d.outputs]
    if written:
        click.echo(f"next: teikit validate {written[0] if one else out or ' '.join(paths)}".rstrip())
    if not report.ok:
        sys.exit(1)


@main.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="The port on 127.0.0.1 (0: any free port).")
@click.option("--no-watch", is_flag=True, help="Build and serve once; do not rebuild on changes.")
def serve_command(port: int, no_watch: bool) -> None:
    """Preview the edition site: build it, serve it on 127.0.0.1, rebuild what changed and reload the page.

    Works in an edition folder (teikit.toml), or on the TEI documents below the current folder.
    """
    from .pipeline import build as build_editions
    from .serve import serve
    from .sources import collect

    project = _project()
    output = project.path(project.build.output) if project else Path("output")
    formats = set(project.build.formats) if project else set()
    targets = ("site", "pdf") if formats & {"pdf", "all"} else ("site",)

    def build():
        sources = collect([], out_dir=output, project=project)
        return build_editions(sources, to=targets, out_dir=output, params=project.build_params() if project else {},
                              checks=_validation_options(project, None, None, None, None),
                              edition=dataclasses.asdict(project.edition) if project else {},
                              jobs=(project.build.jobs if project else 0) or os.cpu_count() or 1)

    def report(result) -> None:
        for document in result.documents:
            if not document.details.get("unchanged"):
                for diagnostic in grouped(document.diagnostics):
                    click.echo(diagnostic.format(), err=True)
        for diagnostic in result.notes:  # the site's own findings (register.clash, site.search)
            click.echo(diagnostic.format(), err=True)
        click.echo(result.summary())

    preview = serve(build, output, [project.root if project else Path.cwd()], port=port, on_build=report,
                    watch=not no_watch)
    click.echo(f"serving {preview.url} (Ctrl-C stops)")
    try:
        preview.stopped.wait()
    except KeyboardInterrupt:
        preview.stop()


@main.group()
def schema() -> None:
    """Keep local copies of the schemas documents declare by URL (TEI's tei_all, tei_lite, …).

    Validation never downloads: a document whose <?xml-model?> names TEI's published tei_all is
    checked against the copy `teikit schema fetch tei_all` stored once.
    """


@schema.command("fetch")
@click.argument("target", metavar="NAME|URL")
@click.option("--version", "version", metavar="X.Y.Z", help="A TEI release (default: the newest).")
@click.option("--from", "source", metavar="FILE|URL",
              help="Take the schema from this file or address instead (a copy you have, a mirror).")
def schema_fetch(target: str, version: str | None, source: str | None) -> None:
    """Store a schema: a TEI schema NAME (tei_all, tei_lite, tei_bare, …) or any schema URL.

    This is the only teikit command that uses the network, and only when it is run.
    """
    from .validation import store

    entry = store.fetch(target, version=version, source=source)
    click.echo(f"stored {entry.label()} from {entry.source} (SHA-256 {entry.sha256}) in {entry.path()}")


@schema.command("list")
def schema_list() -> None:
    """List the stored schemas and where the store is."""
    from .validation import store

    entries = store.stored()
    click.echo(f"schema store: {store.store_dir()}")
    for entry in entries:
        click.echo(f"  {entry.label():<28} {entry.stored}  from {entry.source}")
    if not entries:
        click.echo("  (empty: `teikit schema fetch tei_all` stores TEI's full schema)")


if __name__ == "__main__":  # pragma: no cover
    main()
