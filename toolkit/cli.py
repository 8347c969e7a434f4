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


if __name__ == "__main__":  # pragma: no cover
    main()
