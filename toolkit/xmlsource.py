"""Hardened XML parsing: the only place teikit turns bytes into a tree.

Every stage (info, validate, build) parses through :func:`parse`, so the same protections hold
everywhere: no external entities or DTDs are loaded, nothing is fetched from the network,
entity-expansion bombs are refused by libxml2's amplification limit, and excessive nesting is refused
(libxml2's default depth limit, no ``huge_tree``). Failures become one :class:`InputError` with a
diagnostic code, file, line and column — never a traceback.

Saxon never parses user files itself: the builders hand it the tree parsed here, so the XSLT stage
inherits these protections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import InputError, UsageError


class _NothingFromOutside(etree.Resolver):
    """Answers every request for an outside resource (a DTD named in a DOCTYPE, an external entity) with
    nothing, so that libxml2 never reads a file or the network on a document's behalf. A DOCTYPE that
    names a DTD is thereby ignored, as teikit never uses DTDs; external entities stay undefined."""

    def resolve(self, url, public_id, context):
        return self.resolve_string("", context)


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities="internal",  # internal entities expand (bounded); external ones never load
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,  # keep libxml2's limits on depth and text size
        remove_blank_text=False,
        collect_ids=False,
    )
    parser.resolvers.add(_NothingFromOutside())
    return parser


@dataclass(frozen=True)
class ParsedDocument:
    """A parsed file: its path as the user gave it, its lxml tree (with source line numbers) and the
    bytes it was parsed from (for columns, checksums and the PDF's attached source)."""

    path: Path
    tree: etree._ElementTree
    data: bytes = b""

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()


_ENCODING_ERRORS = {"ERR_INVALID_CHAR", "ERR_UNSUPPORTED_ENCODING", "ERR_INVALID_ENCODING"}


def _classify(error: etree.XMLSyntaxError, data: bytes) -> tuple[str, str]:
    """Map a libxml2 error to a stable code and a message that says what to do."""
    message = str(error.msg if hasattr(error, "msg") else error)
    message = re.sub(r",? line \d+, column \d+$", "", message).rstrip(".")
    entry = error.error_log.last_error if error.error_log else None
    type_name = entry.type_name if entry is not None else ""
    if "amplification" in message or "entity reference loop" in message.lower() or type_name == "ERR_ENTITY_LOOP":
        return "xml.entity-expansion", (
            f"entity expansion refused ({message}); the document defines entities that expand "
            "exponentially (an 'entity bomb')"
        )
    undefined = re.match(r"Entity '([^']+)' not defined", message)
    if undefined and re.search(
        rb"<!ENTITY\s+(?:%\s+)?" + re.escape(undefined.group(1).encode()) + rb"\s+(SYSTEM|PUBLIC)\b", data
    ):
        return "xml.external-entity", (
            f"external entity '{undefined.group(1)}' is not loaded: teikit never resolves external "
            "entities; put the text into the document"
        )
    reference = re.match(r"xmlParseCharRef: invalid xmlChar value (\d+)", message)
    if reference:
        return "xml.invalid-char", (
            f"the character reference &#{reference.group(1)}; names a character XML 1.0 does not allow "
            "(a control character): remove it")
    mismatch = re.match(r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)", message)
    if mismatch:  # checked before the encoding words: an element may be called encodingDesc
        opened, line, closing = mismatch.groups()
        return "xml.not-well-formed", (f"<{opened}> (opened on line {line}) is not closed before </{closing}>: "
                                       f"add </{opened}> where it ends")
    if type_name in _ENCODING_ERRORS or re.search(r"\bencoding\b", message, re.IGNORECASE) or "UTF-8" in message:
        return "xml.encoding", f"{message}; save the file as UTF-8 or declare its real encoding"
    if "Excessive depth" in message:
        return "xml.too-deep", "elements are nested too deeply (over 256 levels)"
    if "Start tag expected" in message:
        return "xml.not-xml", "this is not an XML file (no start tag found)"
    return "xml.not-well-formed", f"not well-formed XML: {message}"


def require_file(path: Path) -> None:
    """A usage error unless ``path`` is a regular file (checked before anything reads it)."""
    if not path.exists():
        raise UsageError.at("io.missing", "no such file", path)
    if path.is_dir():
        raise UsageError.at("io.is-directory", "is a folder, not a file", path)
    if not path.is_file():  # a FIFO, a device, a socket: reading could block or never end
        raise UsageError.at("io.not-a-file", "is not a regular file (a pipe or a device?)", path)


def read_bytes(path: str | Path) -> bytes:
    path = Path(path)
    require_file(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise UsageError.at("io.unreadable", f"cannot read file: {error.strerror}", path) from None


def parse_bytes(data: bytes, path: str | Path) -> ParsedDocument:
    """Parse ``data`` (named ``path`` in messages) with the hardened parser."""
    path = Path(path)
    if not data.strip():
        raise InputError.at("xml.empty", "the file is empty", path, 1, 1)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=None))
    except etree.XMLSyntaxError as error:
        code, message = _classify(error, data)
        line, column = error.position if error.position else (None, None)
        raise InputError.at(code, message, path, line or 1, column or 1) from None
    return ParsedDocument(path, tree, data)


def parse(path: str | Path) -> ParsedDocument:
    """Read and parse one file; raises :class:`~toolkit.errors.TeikitError` on any failure."""
    return parse_bytes(read_bytes(path), path)
