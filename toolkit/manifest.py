"""The build manifest: what each edition was made from, so a rebuild does only what changed.

``output/.teikit-manifest.json`` records, per source document, the SHA-256 of its bytes, of every
file it reads besides itself (the register files it points into, the images it embeds), the *engine
key* (a hash of teikit's version, every stylesheet, template and bundled schema, the schema it was
validated with, the outputs asked for and the parameters), the files written and the findings of that
build. A document whose source, dependencies and engine key are unchanged, and whose outputs are all
still there, is not built again: its findings are replayed. Changing one document rebuilds it;
changing a register rebuilds the documents that point into it; changing a stylesheet or a parameter
rebuilds everything; ``--force`` ignores the manifest.

The manifest is rewritten atomically after every document, so a build that is interrupted leaves one
that tells the truth about what was finished. A document that fails keeps its previous entry (and its
previous outputs, which a failed build never touches).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import __version__
from .fsio import file_hash, write_atomic
from .resources import schema_dir, xslt_dir

FILE_NAME = ".teikit-manifest.json"
FORMAT = 2


def engine_key(outputs: list[str], params: dict, checks: dict | None, strict: bool, extra: list[Path] = ()) -> str:
    """One hash of everything besides the documents that decides what a build writes."""
    digest = hashlib.sha256(f"teikit {__version__} manifest {FORMAT}".encode())
    for folder in (xslt_dir(), schema_dir()):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + (file_hash(path) or "").encode())
    for path in extra:  # the schemas named by the options, the stored tei_all
        digest.update(str(path).encode() + b"\0" + (file_hash(path) or "missing").encode())
    settings = {"outputs": sorted(outputs), "params": params, "checks": checks, "strict": strict}
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def _own(params: dict | None) -> str:
    return hashlib.sha256(json.dumps(params or {}, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class Entry:
    """What one source's editions were made from, and what the build said."""

    source: str
    engine: str
    own: str = ""
    """A hash of the document's own parameters (the site's neighbours and links)."""
    depends: dict[str, str] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    diagnostics: list[dict] = field(default_factory=list)


class Manifest:
    """The manifest of one output folder (empty when there is none, or it cannot be read)."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / FILE_NAME
        self.entries: dict[str, Entry] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT:
                self.entries = {key: Entry(**value) for key, value in data.get("entries", {}).items()}
        except (OSError, ValueError, TypeError):
            self.entries = {}

    @staticmethod
    def key(source: Path) -> str:
        return str(Path(source).resolve())

    def unchanged(self, source: Path, engine: str, own: dict | None = None) -> Entry | None:
        """The entry of ``source`` if nothing it was made from has changed and its outputs exist."""
        entry = self.entries.get(self.key(source))
        if entry is None or entry.engine != engine or entry.source != file_hash(source) or entry.own != _own(own):
            return None
        if any(file_hash(path) != digest for path, digest in entry.depends.items()):
            return None
        if not all(Path(path).is_file() for path in entry.outputs.values()):
            return None
        return entry

    def record(self, source: Path, engine: str, depends: list[str], outputs: dict[str, Path],
               diagnostics: list[dict], own: dict | None = None) -> None:
        """Note a successful build of ``source`` and write the manifest at once."""
        self.entries[self.key(source)] = Entry(
            file_hash(source) or "", engine, _own(own), {str(Path(p).resolve()): file_hash(p) or "" for p in depends},
            {name: str(Path(path).resolve()) for name, path in outputs.items()}, diagnostics)
        self.save()

    def remove_gone(self, sources: list[Path]) -> list[Path]:
        """Delete the outputs of sources that no longer exist or are no longer built; the files removed."""
        keep = {self.key(s) for s in sources}
        removed = []
        for key in [k for k in self.entries if k not in keep]:
            for output in self.entries.pop(key).outputs.values():
                path = Path(output)
                if path.is_file() and path.resolve().is_relative_to(self.path.parent.resolve()):
                    path.unlink()
                    removed.append(path)
        if removed:
            self.save()
        return removed

    def save(self) -> None:
        data = {"format": FORMAT, "entries": {k: asdict(v) for k, v in sorted(self.entries.items())}}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
