"""The images a document shows: local files inside its folder, checked the same way for every edition.

A graphic's URL names a file only when it is a relative path that stays inside the document's folder,
names an existing regular file of an image type, and is not larger than ``max-image-mb``: a stranger's
document can make a build read nothing else. The PDF edition embeds such files (outputs/pdf.py); the
HTML edition embeds them in its one self-contained page, as ``data:`` images; the site copies them
beside its pages, where the page's relative URL finds them.
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

from . import TEI_NS
from .diagnostics import Diagnostic, Severity

#: Image files the editions embed, by suffix (what Typst and browsers both show), with their types.
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".svg": "image/svg+xml", ".webp": "image/webp"}
IMAGE_SUFFIXES = set(IMAGE_TYPES)

#: The default of ``max-image-mb``: a larger image is not embedded (a placeholder is shown). An
#: edition is not an archive of master scans, and the cap bounds what a stranger's document can make
#: the build read.
MAX_IMAGE_MB = 20

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_REMOTE = re.compile(r"^https://", re.IGNORECASE)


def image_file(url: str, folder: Path, max_mb: int = MAX_IMAGE_MB, remote: bool = False) -> tuple[Path | None, str]:
    """The file a graphic's URL names inside ``folder``; else ``None`` and why ("" when the URL's form
    is refused: the stylesheets' URL policy reports those as ``url.resource``, so no second warning)."""
    url = url.strip()
    if remote and _REMOTE.match(url):
        return None, "the PDF edition never fetches images from the web"
    if not url or _SCHEME.match(url) or url.startswith(("/", "\\")) or "\\" in url:
        return None, ""
    relative = url.split("#")[0].split("?")[0]
    if os.path.normpath(relative).startswith(".."):
        return None, ""
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder):
        return None, "the file is a link to a place outside the document's folder"
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return None, f"not an image type the editions embed ({', '.join(sorted(IMAGE_SUFFIXES))})"
    try:
        stat = path.stat()
    except OSError:
        return None, "the file does not exist"
    if not path.is_file():
        return None, "not a regular file"
    if stat.st_size > max_mb * 1024 * 1024:
        return None, f"the file is larger than {max_mb} MB (-p max-image-mb=N raises the limit)"
    return path, ""


def local_images(document, params: dict, code: str, *, loads_remote: bool
                 ) -> tuple[dict[str, Path], list[Diagnostic]]:
    """The files of the document's graphics that may be shown (by URL as written), and a warning
    (``code``) for each one that cannot: missing, too large, not an image; with ``-p remote-images``,
    an https: image too, unless the edition ``loads_remote`` itself (the HTML page does, the PDF never)."""
    folder = Path(document.path).resolve().parent
    max_mb, remote = max(0, params.get("max-image-mb", MAX_IMAGE_MB)), params.get("remote-images", False)
    found: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for graphic in document.root.iter(f"{{{TEI_NS}}}graphic", f"{{{TEI_NS}}}media"):
        url = graphic.get("url") or ""
        if url in found:
            continue
        path, problem = image_file(url, folder, max_mb, remote)
        if path is not None:
            found[url] = path
        elif problem and not (loads_remote and remote and _REMOTE.match(url.strip())):
            problems.append(Diagnostic(Severity.WARNING, code, f"image {url!r} is not shown ({problem}); a "
                                       "placeholder with its caption is shown", str(document.path), graphic.sourceline))
    return found, problems


def data_uri(path: Path) -> str:
    """An image file as a ``data:`` URI, for a page that carries its images inside it."""
    return f"data:{IMAGE_TYPES[path.suffix.lower()]};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
