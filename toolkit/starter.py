"""``teikit init``: a new edition's project file, and with ``--example`` a small edition that builds.

The starter ``teikit.toml`` is written from the project file's own declarations
(:func:`toolkit.project.starter`), so every key appears with its default and its documentation. The
example edition (two letters and a shared register, in ``toolkit/examples/letters/``) declares TEI's
tei_all by URL, as editors' documents do, and uses what letter editions use: ``correspDesc``,
``msDesc`` and references into a register file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .project import FILE_NAME, starter

EXAMPLE = Path(__file__).resolve().parent / "examples" / "letters"


@dataclass
class InitResult:
    """What ``init`` wrote, relative to nothing: absolute paths."""

    folder: Path
    written: list[Path] = field(default_factory=list)


def init_project(folder: str | Path = ".", example: bool = False) -> InitResult:
    """Write ``teikit.toml`` (and the example edition) into ``folder``; never overwrites a file."""
    folder = Path(folder)
    files = {folder / FILE_NAME: starter(example).encode("utf-8")}
    if example:
        for source in sorted(EXAMPLE.rglob("*.xml")):
            files[folder / source.relative_to(EXAMPLE)] = source.read_bytes()
    existing = [path for path in files if path.exists()]
    if existing:
        raise UsageError.at("init.exists", f"{existing[0].name} is already there; teikit init never overwrites "
                            "(remove it, or choose another folder)", existing[0])
    result = InitResult(folder.resolve())
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        result.written.append(path)
    return result
