"""The ``teikit`` command line: a thin click layer over the library.

Each command parses options, calls one library function, prints its result and picks the exit code:
0 success, 1 failure (invalid or unreadable document), 2 usage error. Errors are one line naming file,
line and column; a Python traceback is shown only when ``TEIKIT_DEBUG=1`` is set.
"""

from __future__ import annotations

import json
import os
import sys

import click

from . import __version__
from .errors import TeikitError


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
    # temporary file is left beside the editions (toolkit/build/writer.py).
    if threading_is_main():
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json prints a list with one object per file.")
def info(files: tuple[str, ...], fmt: str) -> None:
    """Summarise what each TEI FILE encodes: title, source, paragraphs, notes, entities, dates.

    Also lists capitalised words in the text that are not tagged and may be names (a hint list).
    """
    from .info import document_info

    results, failed = [], None
    for file in files:
        try:
            results.append(document_info(file))
        except TeikitError as error:
            click.echo(str(error), err=True)
            failed = max(failed or 0, error.exit_code)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            click.echo(_format_info(result))
    if failed:
        sys.exit(failed)


def _format_info(r) -> str:
    notes = ", ".join(f"{n} {kind}" for kind, n in r.notes.items()) or "none"
    lines = [
        f"{r.file}",
        f"  title:         {r.title or '(none)'}",
        f"  source:        {r.source or '(none)'}",
        f"  paragraphs:    {r.paragraphs}",
        f"  notes:         {sum(r.notes.values())} ({notes})",
    ]
    for label, count in (("persons", r.persons), ("places", r.places), ("organisations", r.organisations),
                         ("events", r.events)):
        lines.append(f"  {label + ':':<14} {count.entries} in the register, {count.mentions} mentions")
    lines.append(f"  dates:         {r.dates}")
    hints = ", ".join(f"{word} ({n})" if n > 1 else word for word, n in r.untagged_names)
    lines.append(f"  untagged capitalised words: {hints or 'none'}")
    return "\n".join(lines)


def _build_choices() -> list[str]:
    from .build.outputs import names

    return [*names(), "all"]


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="-p/--param")
        params[name.strip()] = setting
    return params


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--to", "targets", type=click.Choice(_build_choices()), multiple=True, default=("html",),
              show_default=True, help="Which edition to build; repeat it, or use 'all'.")
@click.option("-o", "--output-dir", "out_dir", type=click.Path(file_okay=False, path_type=str), default="output",
              show_default=True, help="Folder for the editions (DIR/<stem>.html, DIR/<stem>.pdf).")
@click.option("--no-validate", is_flag=True, help="Build even if the document does not validate.")
@click.option("--strict", is_flag=True, help="Treat warnings (e.g. elements without a rule) as errors.")
@click.option("-p", "--param", "param_values", multiple=True, metavar="NAME=VALUE",
              help="Set a stylesheet parameter (see the README: edition-title, show-registers, ui-lang, edition-url, "
                   "remote-images, max-image-mb).")
@click.option("-v", "--verbose", is_flag=True,
              help="Print every warning; by default repeated warnings of a kind are one line with a count.")
def build(paths: tuple[str, ...], targets: tuple[str, ...], out_dir: str, no_validate: bool, strict: bool,
          param_values: tuple[str, ...], verbose: bool) -> None:
    """Build the editions of each TEI document PATH: validate, transform, write DIR/<stem>.html and .pdf.

    A document that does not validate is refused (exit 1) unless --no-validate is given; files are
    written atomically, so a failed build leaves earlier output untouched.
    """
    from .build import build as build_editions

    params = _parse_params(param_values)
    show_bar = len(paths) > 3 and sys.stdout.isatty()
    if show_bar:
        with click.progressbar(length=len(paths), label="building", file=sys.stdout) as bar:
            report = build_editions(paths, to=targets, out_dir=out_dir, validate=not no_validate, params=params,
                                    strict=strict, progress=lambda _result: bar.update(1))
    else:
        report = build_editions(paths, to=targets, out_dir=out_dir, validate=not no_validate, params=params,
                                strict=strict)
    from .diagnostics import grouped

    for document in report.documents:
        for diagnostic in document.diagnostics if verbose else grouped(document.diagnostics):
            click.echo(diagnostic.format(), err=True)
        for written in document.outputs.values():
            click.echo(f"wrote {written}")
        if not document.ok:
            click.echo(f"{document.path}: not built", err=True)
    if not report.ok:
        sys.exit(1)



@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--schema", type=click.Path(path_type=str), metavar="FILE.rng",
              help="RELAX NG schema (XML syntax) to use instead of the one the document declares.")
@click.option("--schematron", type=click.Path(path_type=str), metavar="FILE.sch",
              help="ISO Schematron rules to use instead of the ones the document declares.")
@click.option("--engine", type=click.Choice(["lxml", "jing"]), default="lxml", show_default=True,
              help="RELAX NG engine: lxml (built in) or jing (the reference validator; needs Java).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json prints a list of findings for CI systems and editor plug-ins.")
def validate(paths: tuple[str, ...], schema: str | None, schematron: str | None, engine: str, fmt: str) -> None:
    """Check TEI files (and every *.xml in folders) against the edition schema and its Schematron rules.

    Without --schema/--schematron, a document's <?xml-model?> declarations are used when they name
    local files, otherwise teikit's bundled schema. Exit status: 0 no errors (warnings allowed),
    1 errors found, 2 usage error.
    """
    from .validation import validate as validate_files

    try:
        report = validate_files(paths, schema=schema, schematron=schematron, engine=engine)
    except TeikitError as error:
        if fmt != "json":
            raise
        click.echo(json.dumps([error.diagnostic.to_dict()], ensure_ascii=False, indent=2))  # JSON, even now
        sys.exit(error.exit_code)
    if fmt == "json":
        click.echo(report.to_json())
    else:
        for line in _schemas_used(report):
            click.echo(line)
        for diagnostic in report.diagnostics:
            click.echo(diagnostic.format())
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
