"""The PDF edition's post-step: the Typst markup of ``xslt/typst.xsl``, compiled by Typst.

Typst comes as the ``typst`` wheel (its compiler is in the wheel: nothing is downloaded at run time)
and lays out a book of hundreds of pages with a thousand footnotes in seconds (see the README).

The PDF is PDF/A-3a and PDF/UA-1: tagged in reading order, the document language set, images with
their ``figDesc`` as alternative text, and, as PDF/A-3 allows, the TEI document attached (its bytes
as given, relationship *Source*), so the print edition carries its own source.

**Confinement.** Typst reads files only below the root it is given. The root is a fresh temporary
folder that holds only the generated markup, a copy of the TEI document and copies of the images that
the document's ``graphic/@url`` names *inside the document's own folder* (regular files of an image
type, of at most ``max-image-mb`` megabytes, default 20). Nothing else is copied and the page shows a
captioned placeholder: a URL whose form the stylesheets' URL policy refuses (a scheme, an absolute
path, ``..`` out of the folder) is reported there as ``url.resource``; a missing file, a link out of
the folder, a device, a file too large, or an https: image that ``-p remote-images=true`` lets the HTML
edition show (the PDF never fetches) is reported here, once per image, as ``pdf.missing-image``. The template imports no
package, so Typst never goes to the network. Which images exist is passed to the template through
``sys.inputs``.

Typst's warnings become diagnostics (nothing is printed); an error becomes one ``pdf.render`` error.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import cache
from multiprocessing import get_context
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..errors import RenderError
from ..images import local_images
from ..xmlsource import ParsedDocument

#: The PDF standards every edition meets.
PDF_STANDARDS = ["a-3a", "ua-1"]



@cache
def _typst():
    """The typst module, imported once; a one-line error when the wheel is missing."""
    try:
        import typst
    except ImportError as error:
        raise RenderError.at("pdf.no-renderer", f"the PDF edition needs the typst package ({error}); "
                             "install it with `pip install typst`", "teikit") from None
    return typst


@cache
def fonts():
    """The process's one font book: system fonts (EB Garamond, Noto) and Typst's own, scanned once."""
    return _typst().Fonts(include_system_fonts=True, include_embedded_fonts=True)


def _copy_images(document: ParsedDocument, root: Path, params: dict) -> tuple[dict[str, str], list[Diagnostic]]:
    """Copy the document's usable images into ``root``; the map URL → path in root, and warnings."""
    files, found = local_images(document, params, "pdf.missing-image", loads_remote=False)
    images: dict[str, str] = {}
    for url, path in files.items():
        target = root / "images" / f"{len(images) + 1}{path.suffix.lower()}"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, target)
        images[url] = f"/images/{target.name}"
    return images, found


def _message(item) -> str:
    return " ".join(str(getattr(item, "message", item)).split())


def compile_pdf(root: str, inputs: dict[str, str]) -> tuple[bytes | None, list[str], str | None]:
    """Compile ``root``/main.typ: the PDF bytes, Typst's warnings, and its error (``None`` if none).

    Plain data in and out, so that it runs the same in this process or in a worker process."""
    typst = _typst()
    try:
        compiler = typst.Compiler(root=root, font_paths=fonts(), sys_inputs=inputs)
        data, warnings = compiler.compile_with_warnings(
            input=str(Path(root) / "main.typ"), format="pdf", pdf_standards=PDF_STANDARDS, timestamp=_timestamp())
    except typst.TypstError as error:
        return None, [], _message(error)
    return data, [_message(w) for w in warnings], None


#: True inside a batch (:func:`worker_process`): each document compiles in a process of its own.
_worker = False


@contextmanager
def worker_process() -> Iterator[None]:
    """For a batch of documents: Typst compiles each document in a worker process of its own.
    Typst's caches live as long as its process and grow with every document it lays out (1.3 GB after
    a few books); a fresh worker per document keeps a corpus build at the memory of its largest
    document. A single document compiles in this process (no start-up cost)."""
    global _worker
    _typst()  # a missing typst is reported here, once, not by the worker
    _worker, previous = True, _worker
    try:
        yield
    finally:
        _worker = previous


def in_fresh_process(function, *args):
    """``function(*args)`` in a fresh process, which ends with it (compile_pdf, in a batch). An executor
    with max_tasks_per_child=1 would do the same, but on Python 3.11 its shutdown can wait forever for
    a replacement worker that never gets the word to stop."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def render(markup: str, document: ParsedDocument, params: dict | None = None) -> tuple[bytes, list[Diagnostic]]:
    """The post-step of the ``pdf`` output: Typst markup in, PDF/A-3a + PDF/UA-1 bytes out."""
    source = Path(document.path)
    with tempfile.TemporaryDirectory(prefix="teikit-typst-") as folder:
        root = Path(folder)
        (root / "main.typ").write_text(markup, encoding="utf-8")
        (root / "source.xml").write_bytes(document.data or source.read_bytes())  # the bytes that were parsed
        images, diagnostics = _copy_images(document, root, params or {})
        inputs = {"teikit-source": source.name, "teikit-images": json.dumps(images)}
        if not _worker:
            data, warnings, error = compile_pdf(str(root), inputs)
        else:
            try:
                data, warnings, error = in_fresh_process(compile_pdf, str(root), inputs)
            except BrokenProcessPool:
                data, warnings, error = None, [], "the Typst worker process stopped (out of memory?)"
    if error is not None:
        raise RenderError.at("pdf.render", f"Typst could not lay out the edition: {error}", source)
    for warning in warnings:
        diagnostics.append(Diagnostic(Severity.WARNING, "pdf.renderer", f"Typst: {warning}", str(source)))
    return data, diagnostics


def _timestamp() -> int | None:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now (Typst's default)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(value) if value.isdigit() else None
