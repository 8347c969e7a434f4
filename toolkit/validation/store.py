"""The schema store: local copies of the schemas documents name by URL, so validation never downloads.

Editors declare TEI's published schemas the way the Guidelines and Oxygen write them::

    <?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" …?>
    <?xml-model href="https://www.tei-c.org/Vault/P5/4.3.0/xml/tei/custom/schema/relaxng/tei_lite.rng" …?>

teikit validates such a document against a local copy. ``teikit schema fetch tei_all`` (the one
command that goes to the network, and only when it is run) downloads a schema once into the store,
``teikit schema fetch --from FILE`` takes a copy the editor already has (Oxygen ships one; so does the
TEI release on GitHub), and any other URL can be stored the same way under its own address.

Each copy is kept with its SHA-256, taken when it was stored and checked whenever it is used: a copy
that changed since (a truncated download, an edit) is refused with a message, never silently used.
TEI's published URLs name a schema and a version (``release/`` is the newest; ``Vault/P5/4.3.0/`` one
release); the store answers a versioned URL with that version, or, when only another version is
stored, with it and a warning saying which.

The store is a folder: ``$TEIKIT_SCHEMA_DIR``, else ``$XDG_DATA_HOME/teikit/schemas``, else
``~/.local/share/teikit/schemas``; ``index.json`` lists what it holds. Downloads come from
``https://www.tei-c.org`` unless ``$TEIKIT_TEI_BASE`` names a mirror (the tests serve one on 127.0.0.1).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.request
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from lxml import etree

from ..errors import InputError, UsageError
from ..fsio import file_hash, write_atomic
from ..xmlsource import parse_bytes

RNG_NS = "http://relaxng.org/ns/structure/1.0"

#: Where TEI publishes its schemas, and where ``fetch`` downloads them from (``$TEIKIT_TEI_BASE`` overrides).
TEI_BASE = "https://www.tei-c.org"

#: The largest schema ``fetch`` accepts (tei_all.rng is under 3 MB).
MAX_SCHEMA_BYTES = 64 * 1024 * 1024

_SCHEMA_PATH = r"xml/tei/custom/schema/relaxng/(?P<name>tei_[A-Za-z0-9_]+)\.rng"
_TEI_URLS = [
    re.compile(rf"^https?://(?:www\.)?tei-c\.org/release/{_SCHEMA_PATH}$"),
    re.compile(rf"^https?://(?:www\.)?tei-c\.org/Vault/P5/(?P<version>[A-Za-z0-9._-]+)/{_SCHEMA_PATH}$"),
    re.compile(rf"^https?://vault\.tei-c\.org/P5/(?P<version>[A-Za-z0-9._-]+)/{_SCHEMA_PATH}$"),
]
#: How a TEI schema names its release, in the comment at its top ("TEI Edition: Version 4.3.0.").
_EDITION = re.compile(r"TEI Edition:\s*(?:P5\s*)?Version\s+([0-9][0-9A-Za-z.\-]*[0-9A-Za-z])")  # \s: also U+00A0
_NAME = re.compile(r"^tei_[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class TeiSchema:
    """A TEI published schema a URL names: ``tei_all`` of ``version`` (``None``: the newest release)."""

    name: str
    version: str | None

    def label(self) -> str:
        return f"TEI {self.name} {self.version or '(newest release)'}"


def tei_schema(url: str) -> TeiSchema | None:
    """The TEI published schema ``url`` names, or ``None`` if it names something else."""
    url = url.strip()
    for pattern in _TEI_URLS:
        match = pattern.match(url)
        if match:
            version = match.groupdict().get("version")
            return TeiSchema(match.group("name"), None if version in (None, "current") else version)
    return None


def tei_url(name: str, version: str | None = None) -> str:
    """The address TEI publishes schema ``name`` of ``version`` at (the newest release without one)."""
    base = os.environ.get("TEIKIT_TEI_BASE", TEI_BASE).rstrip("/")
    folder = f"Vault/P5/{version}" if version else "release"
    return f"{base}/{folder}/xml/tei/custom/schema/relaxng/{name}.rng"


@dataclass(frozen=True)
class StoredSchema:
    """One schema in the store: what it is, its file and the checksum it was stored with."""

    key: str
    """``tei:NAME`` for a TEI published schema, else the URL it was stored under."""
    version: str
    file: str
    sha256: str
    source: str
    stored: str

    def path(self) -> Path:
        return store_dir() / self.file

    def label(self) -> str:
        name = self.key.removeprefix("tei:")
        return f"TEI {name} {self.version}" if self.key.startswith("tei:") else self.key


def store_dir() -> Path:
    """The store's folder (not created here)."""
    if os.environ.get("TEIKIT_SCHEMA_DIR"):
        return Path(os.environ["TEIKIT_SCHEMA_DIR"])
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "teikit" / "schemas"


def _index_path() -> Path:
    return store_dir() / "index.json"


def stored() -> list[StoredSchema]:
    """Everything in the store, newest first within a key; an empty list when there is no store.
    (Read once per version of the index: validating 500 documents asks 1,000 times.)"""
    path = _index_path()
    try:
        stat = path.stat()
    except OSError:
        return []
    return list(_read_index(str(path), stat.st_mtime_ns, stat.st_size))


@cache
def _read_index(path: str, mtime_ns: int, size: int) -> tuple[StoredSchema, ...]:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = [StoredSchema(**entry) for entry in raw.get("schemas", [])]
    except (OSError, ValueError, TypeError) as error:
        raise UsageError.at("schema.store", f"the schema store's index cannot be read ({error}); delete the "
                            "folder and fetch the schemas again", path) from None
    return tuple(sorted(entries, key=lambda e: (e.key, _version_key(e.version)), reverse=True))


def _version_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else -1 for part in re.split(r"[.\-]", version))


def lookup(url: str) -> tuple[StoredSchema | None, str]:
    """The stored copy for a schema URL, and a note when it is not exactly the version asked for
    ("" otherwise). ``(None, "")`` when the store holds nothing for it."""
    wanted = tei_schema(url)
    entries = stored()
    if wanted is None:
        found = [e for e in entries if e.key == url.strip()]
        return (found[0] if found else None), ""
    same = [e for e in entries if e.key == f"tei:{wanted.name}"]
    if not same:
        return None, ""
    if wanted.version is None:
        return same[0], ""
    exact = [e for e in same if e.version == wanted.version]
    if exact:
        return exact[0], ""
    return same[0], (f"TEI {wanted.name} {wanted.version} is not in the schema store; using the stored "
                     f"{same[0].version} (`teikit schema fetch {wanted.name} --version {wanted.version}` stores it)")


def verified(entry: StoredSchema) -> Path:
    """The path of a stored schema, after checking that it is still what was stored."""
    path = entry.path()
    digest = file_hash(path)
    if digest is None:
        raise UsageError.at("schema.store", f"the stored copy of {entry.label()} is missing; fetch it again "
                            "(`teikit schema fetch`)", path)
    if digest != entry.sha256:
        raise UsageError.at("schema.store", f"the stored copy of {entry.label()} changed since it was stored "
                            f"(its SHA-256 is no longer {entry.sha256[:12]}…); fetch it again", path)
    return path


def fetch(target: str, version: str | None = None, source: str | None = None) -> StoredSchema:
    """Store a schema: ``target`` is a TEI schema name (``tei_all``) or a schema URL; ``source`` a local
    file or URL to take it from instead of ``target``'s address (a mirror, a copy on disk)."""
    if _NAME.match(target):
        key, address = f"tei:{target}", tei_url(target, version)
    elif tei_schema(target) is not None:
        named = tei_schema(target)
        version = version or named.version
        key, address = f"tei:{named.name}", tei_url(named.name, version)
    elif re.match(r"^https?://", target):
        key, address = target.strip(), target.strip()
    else:
        raise UsageError.at("schema.fetch", f"{target!r} is neither a TEI schema name (tei_all, tei_lite, …) nor an "
                            "http(s) URL", "teikit")
    origin = source or address
    data = _read(origin)
    _require_grammar(data, origin)
    found = _EDITION.search(data[:4096].decode("utf-8", "replace"))
    if key.startswith("tei:"):
        if found is None and version is None:
            raise UsageError.at("schema.fetch", f"{origin} does not say which TEI release it is (no \"TEI Edition: "
                                "Version …\" comment); give --version", "teikit")
        stated = found.group(1) if found else version
        if version and stated != version:
            raise UsageError.at("schema.fetch", f"{origin} is TEI {stated}, not the {version} asked for", "teikit")
        version = stated
    digest = hashlib.sha256(data).hexdigest()
    name = key.removeprefix("tei:") if key.startswith("tei:") else "url-" + hashlib.sha256(key.encode()).hexdigest()[:8]
    entry = StoredSchema(key, version or "", f"{name}-{version or digest[:12]}.rng", digest, origin,
                         datetime.now(UTC).isoformat(timespec="seconds"))
    write_atomic(store_dir() / entry.file, data)
    others = [e for e in stored() if not (e.key == entry.key and e.version == entry.version)]
    index = {"schemas": [asdict(e) for e in [entry, *others]]}
    write_atomic(_index_path(), json.dumps(index, indent=2, ensure_ascii=False).encode("utf-8"))
    return entry


def _read(origin: str) -> bytes:
    """The bytes of a local file or of an http(s) URL (at most MAX_SCHEMA_BYTES)."""
    if not re.match(r"^https?://", origin):
        path = Path(origin).expanduser()
        if not path.is_file():
            raise UsageError.at("schema.fetch", "no such file", origin)
        if path.stat().st_size > MAX_SCHEMA_BYTES:
            raise UsageError.at("schema.fetch", "the file is too large to be a schema", origin)
        return path.read_bytes()
    request = urllib.request.Request(origin, headers={"User-Agent": "teikit schema fetch"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (http(s) only, checked above)
            data = response.read(MAX_SCHEMA_BYTES + 1)
    except OSError as error:
        reason = getattr(error, "reason", None) or error
        raise UsageError.at("schema.fetch", f"cannot download it ({reason}); on a machine without internet, "
                            "download the file elsewhere and use --from FILE", origin) from None
    if len(data) > MAX_SCHEMA_BYTES:
        raise UsageError.at("schema.fetch", "the download is too large to be a schema", origin)
    return data


def _require_grammar(data: bytes, origin: str) -> None:
    """Refuse what is not a self-contained RELAX NG grammar (the store keeps single files)."""
    try:
        document = parse_bytes(data, origin)
    except InputError as error:
        raise UsageError.at("schema.fetch", f"not a RELAX NG schema: {error.diagnostic.message}", origin) from None
    root = document.root
    if root.tag not in (f"{{{RNG_NS}}}grammar", f"{{{RNG_NS}}}element"):
        raise UsageError.at("schema.fetch", f"not a RELAX NG schema (its root is <{etree.QName(root).localname}>)",
                            origin)
    if root.find(f".//{{{RNG_NS}}}include") is not None or root.find(f".//{{{RNG_NS}}}externalRef") is not None:
        raise UsageError.at("schema.fetch", "the schema includes other files, which the store does not follow; "
                            "download them together and pass --schema FILE", origin)

