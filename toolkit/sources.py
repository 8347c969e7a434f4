"""Which files a build takes, and where each one's editions go.

``teikit build`` takes files, folders (every TEI document below them), a project's documents, or —
with nothing given and no project — every TEI document below the current folder. The documents of a
folder or a project keep their place below it in the output folder, so ``letters/1801/a.xml`` and
``drafts/a.xml`` no longer collide: they become ``output/letters/1801/a.html`` and
``output/drafts/a.html``. A file named on its own goes straight into the output folder, by its name.

A folder's ``*.xml`` files are taken when they are TEI: their root element, read from the first few
kilobytes, is ``TEI`` or ``teiCorpus`` (a schema or an ODD next to the texts is left out, and counted).
Hidden folders and the output folder are never searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import UsageError

#: The edition's introduction, at the top of its folder (see :attr:`Sources.about`).
ABOUT = "about.xml"

#: The first start tag that is not a processing instruction, comment or DOCTYPE.
_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")


@dataclass
class Sources:
    """The documents of a build, where each one's outputs go, and what was left out."""

    documents: list[Path]
    places: dict[Path, Path] = field(default_factory=dict)
    """Per document (resolved): its place below the output folder, without suffix; a document not
    listed goes straight into the output folder by its name."""
    complete: bool = False
    """True when the documents are a whole folder or project: outputs of sources that are gone may
    then be removed (a build of a few named files never removes anything)."""
    skipped: list[Path] = field(default_factory=list)
    """Files below a folder that are not TEI documents."""
    root: Path | None = None
    """The folder that holds the edition (the project's, or the one folder given): documents may read
    the files they point into below it (a shared register); without one, only their own folder."""
    about: Path | None = None
    """``about.xml`` at the top of that folder: for the site, not a document of the edition but its
    introduction, which the home page shows (other outputs build it as any document)."""

    def without_about(self) -> Sources:
        """The same sources without the edition's introduction among its documents (the site's)."""
        if self.about is None:
            return self
        return replace(self, documents=[d for d in self.documents if Path(d).resolve() != self.about])

    def place(self, path: Path) -> Path:
        """Where ``path``'s outputs go, relative to the output folder (without suffix)."""
        return self.places.get(Path(path).resolve(), Path(Path(path).stem))


def below(documents: list[Path], base: Path) -> dict[Path, Path]:
    """Each document's place below ``base`` (its folder or project), without suffix."""
    base = base.resolve()
    return {p.resolve(): p.resolve().relative_to(base).with_suffix("") for p in documents
            if p.resolve().is_relative_to(base)}


def root_name(path: Path) -> str | None:
    """The local name of a file's root element, judged from its first 8 KB without parsing it."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    cleaned = re.sub(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", b"", head, flags=re.S)
    match = _ROOT.search(cleaned)
    return match.group(2).decode("ascii", "replace") if match is not None else None


def is_tei(path: Path) -> bool:
    """Whether a file's root element is ``TEI`` or ``teiCorpus``."""
    return root_name(path) in ("TEI", "teiCorpus")


def _below(folder: Path, skip: list[Path]) -> tuple[list[Path], list[Path]]:
    """TEI documents below ``folder`` (sorted), and the other ``*.xml`` files found."""
    skip_resolved = [s.resolve() for s in skip]
    documents, others = [], []
    for path in sorted(folder.rglob("*.xml")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts[:-1]) or not path.is_file():
            continue
        if any(path.resolve().is_relative_to(s) for s in skip_resolved):
            continue
        (documents if is_tei(path) else others).append(path)
    return documents, others


def collect(paths: list[str | Path], *, out_dir: Path, project=None) -> Sources:
    """The sources of a build: ``paths`` (files and folders), else the project's documents, else every
    TEI document below the current folder. A missing file is left in (it becomes that document's
    failure); an empty folder is a usage error."""
    if not paths:
        if project is not None:
            documents = project.documents()
            return _with_about(Sources(documents, below(documents, project.root), complete=True, root=project.root))
        paths = [Path.cwd()]
    documents: list[Path] = []
    places: dict[Path, Path] = {}
    skipped: list[Path] = []
    folders = [Path(p) for p in paths if Path(p).is_dir()]
    for given in map(Path, paths):
        if given.is_dir():
            found, others = _below(given, [out_dir])
            if not found:
                raise UsageError.at("io.empty-folder", "no TEI document (*.xml with a <TEI> root) in this folder",
                                    given)
            documents += found
            places.update(below(found, given))
            skipped += others
        else:
            documents.append(given)  # a missing file or a pipe: that document's failure, the others go on
    unique: dict[Path, Path] = {}
    for path in documents:
        unique.setdefault(path.resolve(), path)
    root = project.root if project is not None else folders[0].resolve() if len(folders) == 1 else None
    return _with_about(Sources(list(unique.values()), places, complete=bool(folders) and len(folders) == len(paths),
                               skipped=skipped, root=root))


def _with_about(sources: Sources) -> Sources:
    """The sources, knowing the edition's ``about.xml`` (a TEI file at the top of its folder)."""
    about = (Path(sources.root) / ABOUT).resolve() if sources.root is not None else None
    if about is not None and about.is_file() and is_tei(about):
        sources.about = about
    return sources
