"""The registry of editions teikit can build: each output names its entry stylesheet, file suffix and
post-step, and ``teikit build --to`` offers exactly the registered names (Sphinx's builders, in small).

Adding an output is one :func:`register` call plus, if the transformed text is not the final file, one
post-step function (the PDF edition registers ``pdf`` with ``typst.xsl`` and a Typst step).
This module imports nothing heavy, so the CLI can list the choices without loading Saxon.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from ..diagnostics import Diagnostic
from ..xmlsource import ParsedDocument

#: A post-step turns the stylesheet's text into the bytes of the output file. It gets the parsed source
#: document (its path for messages, its tree for the resources it names) and the stylesheet
#: parameters (typed: ``max-image-mb`` is an int), and returns the bytes plus any findings.
PostStep = Callable[[str, ParsedDocument, dict], tuple[bytes, list[Diagnostic]]]


def utf8(text: str, document: ParsedDocument, params: dict) -> tuple[bytes, list[Diagnostic]]:
    """The post-step of text outputs: the transformation result is the file, encoded as UTF-8."""
    return text.encode("utf-8"), []


@dataclass(frozen=True)
class Output:
    name: str
    stylesheet: str
    """Entry stylesheet, relative to the package's xslt folder (see :mod:`toolkit.resources`)."""
    suffix: str
    description: str
    post_step: PostStep = utf8
    batch: Callable[[], AbstractContextManager] | None = None
    """Set-up for a batch of several documents, entered around it (the PDF edition's worker process)."""
    corpus: Callable[[], object] | None = None
    """For an output that is more than its documents' pages (the site): returns an object with
    ``plan(sources, out_dir, outputs, edition)`` → a plan with per-document stylesheet parameters
    (``.params``), and ``finish(plan, report, out_dir, edition)`` → the pages of the whole (imported when
    used)."""
    in_all: bool = True
    """Whether ``--to all`` includes it."""


OUTPUTS: dict[str, Output] = {}


def register(output: Output) -> Output:
    if output.name in OUTPUTS or output.name == "all":
        raise ValueError(f"an output named {output.name!r} is already registered")
    OUTPUTS[output.name] = output
    return output


def names() -> list[str]:
    """Registered output names, in registration order (the ``--to`` choices, without ``all``)."""
    return list(OUTPUTS)


def resolve(targets) -> list[Output]:
    """The outputs for ``targets`` (names, or ``"all"``), each once, in registration order."""
    wanted = set(targets)
    if "all" in wanted:
        wanted = (wanted - {"all"}) | {name for name, output in OUTPUTS.items() if output.in_all}
    unknown = wanted - set(OUTPUTS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    return [output for name, output in OUTPUTS.items() if name in wanted]


def render_pdf(text: str, document: ParsedDocument, params: dict) -> tuple[bytes, list[Diagnostic]]:
    """The post-step of the PDF edition: Typst compiles the markup (imported when used)."""
    from .pdf import render

    return render(text, document, params)


def pdf_batch() -> AbstractContextManager:
    """A batch of PDFs compiles in a worker process replaced after each document (imported when used)."""
    from .pdf import worker_process

    return worker_process()


register(Output("html", "html.xsl", ".html", "the digital edition: one self-contained HTML5 page"))
register(Output("pdf", "typst.xsl", ".pdf",
                "the printable edition: a PDF/A-3a and PDF/UA-1 with the TEI source attached", post_step=render_pdf,
                batch=pdf_batch))


def site_steps():
    """The site's plan and finish steps (imported when used)."""
    from . import site

    return site


register(Output("site", "site.xsl", ".html",
                "the edition site: every document's page, a home page with all documents, a sitemap (a folder or "
                "project)", corpus=site_steps, in_all=False))
