"""The PDF edition's post-step: the print HTML of ``xslt/print.xsl``, laid out by WeasyPrint.

The PDF is PDF/A-3a: tagged (accessible), with the fonts embedded and, as PDF/A-3 allows, the TEI
document attached (its bytes as given, relationship ``Source``), so the print edition carries its own
source. Title, author, subject, keywords and language come from the ``<title>``, ``<meta>`` and
``<html lang>`` that the stylesheet writes from the teiHeader.

The registers list the pages of each mention with CSS ``target-counter()``, one link per mention.
To list a page once when several mentions of an entry fall on it, the title leaf and the text are laid
out first on their own (everything before the stylesheet's ``teikit:back-matter`` marker: registers
and About follow the text, so they cannot move a mention); the renderer's anchors of each page say
where every mention fell, repeated links are removed, and the whole document is laid out once.

WeasyPrint reports through the ``weasyprint`` loggers; its messages are captured here and become
warning diagnostics (nothing reaches stderr). One :class:`FontConfiguration` serves the process.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..errors import TeikitError

#: The PDF flavour: PDF/A-3a = archival, tagged, and allowed to carry the TEI source as an attachment.
PDF_VARIANT = "pdf/a-3a"

#: What a machine without WeasyPrint's native libraries needs (see the Makefile's system-deps).
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"

#: The comment xslt/print/page.xsl writes between the text and the back matter (registers, About).
BACK_MATTER = "<!--teikit:back-matter-->"

_ENTRY_PAGES = re.compile(r'<span class="entry-pages">(.*?)</span>', re.S)
_PAGE_REF = re.compile(r'<a class="page-ref" href="#([^"]+)"></a>')


class RenderError(TeikitError):
    """WeasyPrint is missing or could not lay out the document."""


@cache
def _weasyprint():
    """The weasyprint module, imported once; a one-line error when its native libraries are missing."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango (a C library) cannot be loaded
        reason = " ".join(str(error).split()) or type(error).__name__
        raise RenderError.at("pdf.no-renderer", f"the PDF edition needs WeasyPrint and Pango ({reason}); install "
                             f"the system packages {SYSTEM_PACKAGES} (or run `make system-deps`)",
                             "teikit") from None
    return weasyprint


@cache
def font_configuration():
    """The process's one WeasyPrint font configuration (fontconfig is set up once)."""
    from weasyprint.text.fonts import FontConfiguration

    _weasyprint()
    return FontConfiguration()


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def captured_messages() -> Iterator[list[logging.LogRecord]]:
    """Collect what WeasyPrint logs (``weasyprint`` and ``weasyprint.progress``) instead of printing it.

    Yields the list of log records of the main logger at WARNING level or above; progress messages
    are swallowed.
    """
    main, progress = logging.getLogger("weasyprint"), logging.getLogger("weasyprint.progress")
    collector, sink = _Collector(), _Collector()
    saved = [(logger, logger.propagate) for logger in (main, progress)]
    main.addHandler(collector)
    progress.addHandler(sink)
    for logger, _ in saved:
        logger.propagate = False
    found: list[logging.LogRecord] = []
    try:
        yield found
    finally:
        main.removeHandler(collector)
        progress.removeHandler(sink)
        for logger, propagate in saved:
            logger.propagate = propagate
        found.extend(r for r in collector.records if r.levelno >= logging.WARNING and r.name == "weasyprint")


def _diagnostics(records: list[logging.LogRecord], source: Path) -> list[Diagnostic]:
    seen: set[str] = set()
    out = []
    for record in records:
        message = " ".join(record.getMessage().split())
        if message not in seen:
            seen.add(message)
            out.append(Diagnostic(Severity.WARNING, "pdf.renderer", f"WeasyPrint: {message}", str(source)))
    return out


def anchor_pages(document) -> dict[str, int]:
    """The page number (1-based) of every anchor (HTML id) of a laid-out WeasyPrint document."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    return pages


def without_repeated_pages(html: str, pages: dict[str, int]) -> str:
    """The print HTML with, in each register entry, only the first link to each page."""

    def entry(match: re.Match) -> str:
        listed: set[int] = set()

        def ref(link: re.Match) -> str:
            page = pages.get(link.group(1))
            if page is None or page not in listed:
                listed.add(page)
                return link.group(0)
            return ""

        return _PAGE_REF.sub(ref, match.group(0))

    return _ENTRY_PAGES.sub(entry, html)


def _before_back_matter(html: str) -> str | None:
    """The print HTML up to the back-matter marker, closed; ``None`` when there is no marker."""
    end = html.find(BACK_MATTER)
    return None if end < 0 else html[:end] + "</body></html>"


def render(html: str, source: Path) -> tuple[bytes, list[Diagnostic]]:
    """The post-step of the ``pdf`` output: print HTML in, PDF/A-3a bytes (with the TEI attached) out."""
    weasyprint = _weasyprint()
    fonts = font_configuration()
    options = {"pdf_variant": PDF_VARIANT}
    base_url = str(Path(source).resolve())
    with captured_messages() as records:
        try:
            front_and_text = _before_back_matter(html)
            if front_and_text is not None:
                first = weasyprint.HTML(string=front_and_text, base_url=base_url).render(font_config=fonts, **options)
                html = without_repeated_pages(html, anchor_pages(first))
            document = weasyprint.HTML(string=html, base_url=base_url).render(font_config=fonts, **options)
            attachment = weasyprint.Attachment(
                string=Path(source).read_bytes(), name=Path(source).name, relationship="Source",
                description="The TEI P5 document this edition was made from")
            data = document.write_pdf(attachments=[attachment], **options)
        except OSError as error:
            raise RenderError.at("pdf.render", f"cannot render the PDF: {error}", source) from None
    return data, _diagnostics(records, Path(source))
