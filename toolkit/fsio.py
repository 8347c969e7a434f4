"""Atomic writes: an output file is either the complete new file or the old one, never half of each.

The data goes to a temporary file in the same folder (same file system, so the rename is atomic) and
``os.replace`` puts it in place; a failure on the way removes the temporary file and leaves any earlier
output untouched — a failed build never destroys yesterday's good edition. The editions of one
document are written together (:func:`write_all_atomic`): every file is written to its temporary file
first and only then are they all renamed, so a full disk or an interruption (Ctrl-C, SIGTERM, which
the command line turns into an exit) while the PDF is written leaves the old HTML and the old PDF.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import UsageError


def _read_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux's
    /proc/self/status); else set and restored once, when this module is imported, before any worker
    thread or file exists: never juggled while files are written."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Read once per process (the permissions an edition's files get: as if created by open()).
_UMASK = _read_umask()


def _temporary(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path`` (removed again if writing fails)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as error:
        raise UsageError.at("io.unwritable", f"cannot write to this folder: {error.strerror}", path.parent) from None
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # NamedTemporaryFile creates 0600; an edition is meant to be read (e.g. by a web server).
        os.chmod(temporary, 0o666 & ~_UMASK)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise UsageError.at("io.unwritable", f"cannot write file: {error.strerror}", path) from None
        raise
    return temporary


def write_all_atomic(files: list[tuple[str | Path, bytes]]) -> list[Path]:
    """Write every ``(path, data)``: all to temporary files first, then all renamed into place. A failure
    or an interruption before the renames leaves every earlier file as it was and no temporary file."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            written.append((Path(path), _temporary(Path(path), data)))
        for path, temporary in written:
            os.replace(temporary, path)
    except BaseException as error:
        for _, temporary in written:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise UsageError.at("io.unwritable", f"cannot write file: {error.strerror}", files[0][0]) from None
        raise
    return [path for path, _ in written]


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (creating its folder); returns the path."""
    return write_all_atomic([(path, data)])[0]


@lru_cache(maxsize=4096)
def _hash_of(path: str, mtime_ns: int, size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_hash(path: str | Path) -> str | None:
    """The SHA-256 of a file (``None`` when it is missing), computed once per version of the file
    (path, modification time and size): the manifest, the schema store and the site ask often."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return _hash_of(str(Path(path).resolve()), stat.st_mtime_ns, stat.st_size)
