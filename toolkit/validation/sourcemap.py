"""Where elements and attributes are in the source text: line *and column*.

lxml gives an element's line (that of the end of its start tag) but no column, and Schematron reports
nodes, not positions. :class:`SourceMap` scans the raw text once for start tags — after blanking
comments, CDATA sections, processing instructions and the DOCTYPE, which may contain ``<`` — and pairs
them with the tree's elements in document order, so every finding can point at the offending start tag
or attribute, the way editors jump to ``FILE:LINE:COLUMN``. If the pairing fails (markup produced by an
entity, say), it falls back to searching the element's line, and finally to column 1.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lxml import etree

from .. import XML_NS

_HIDDEN = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.S)
_START_TAG = re.compile(rb"<([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)(?:\"[^\"]*\"|'[^']*'|[^'\">])*>")


def _blank(match: re.Match) -> bytes:
    return re.sub(rb"[^\n]", b" ", match.group())


class SourceMap:
    """Line/column lookup for one parsed document (built once, used for all of its findings)."""

    def __init__(self, data: bytes, tree: etree._ElementTree):
        self._data = data
        self._lines = [0] + [m.end() for m in re.finditer(rb"\n", data)]
        scanned = _HIDDEN.sub(_blank, data)
        tags = [(m.start(), m.end()) for m in _START_TAG.finditer(scanned)]
        #: The elements of the tree in document order (Schematron findings name them by number).
        self.elements = elements = [e for e in tree.getroot().iter() if isinstance(e.tag, str)]
        self._spans: dict[etree._Element, tuple[int, int]] = {}
        self._ends: dict[tuple[int, int], etree._Element] | None = None
        self._last: dict[int, tuple[int, int]] = {}
        self._tags: dict[tuple[int, int], dict[str, list[tuple[str, int]]]] = {}
        if len(tags) == len(elements):
            self._spans = dict(zip(elements, tags, strict=True))

    def _position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._lines, offset)
        start = self._lines[line - 1]
        # Columns count characters from the line's start. Findings come mostly in document order, so on
        # a long line (a whole paragraph on one line) the count goes on from the previous position
        # instead of decoding the line again for every finding.
        previous = self._last.get(line)
        if previous is not None and previous[0] <= offset:
            begin, column = previous
        else:
            begin, column = start, 1
        column += len(self._data[begin:offset].decode("utf-8", "replace"))
        self._last[line] = (offset, column)
        return line, column

    def _span(self, element: etree._Element) -> tuple[int, int] | None:
        span = self._spans.get(element)
        if span is not None:
            return span
        line = element.sourceline
        if not line or line > len(self._lines):
            return None
        # Fallback: the first start tag with this name that ends on the element's line.
        name = re.escape(_qname(element).encode())
        for back in range(0, min(line, 20)):
            start = self._lines[line - 1 - back]
            end = self._lines[line] if line < len(self._lines) else len(self._data)
            match = re.compile(rb"<" + name + rb"(?=[\s/>])").search(self._data, start, end)
            if match:
                close = self._data.find(b">", match.end())
                return match.start(), (close + 1 if close >= 0 else match.end())
        return None

    def element(self, element: etree._Element) -> tuple[int | None, int | None]:
        """(line, column) of the ``<`` that opens ``element``; column 1 when it cannot be found."""
        span = self._span(element)
        if span is None:
            return element.sourceline, 1
        return self._position(span[0])

    def element_ending_at(self, line: int, column: int) -> etree._Element | None:
        """The element whose start tag ends just before (line, column) — where jing reports."""
        if self._ends is None:
            self._ends = {self._position(end): element for element, (_, end) in self._spans.items()}
        return self._ends.get((line, column))

    def attribute(self, element: etree._Element, name: str) -> tuple[int | None, int | None]:
        """(line, column) of attribute ``name`` (Clark or prefixed, e.g. ``xml:id``) on ``element``."""
        span = self._span(element)
        if span is None:
            return element.sourceline, 1
        local = name.split("}")[-1].split(":")[-1]
        for written, offset in self._attributes(span).get(local, ()):
            if _same_attribute(element, name, written):
                return self._position(offset)
        return self._position(span[0])

    def _attributes(self, span: tuple[int, int]) -> dict[str, list[tuple[str, int]]]:
        """The attributes written in a start tag, by local name: (name as written, offset). Scanned once
        per tag, so an element with 100,000 attributes is not scanned again for each of them."""
        found = self._tags.get(span)
        if found is None:
            found = self._tags[span] = {}
            for match in _ATTRIBUTE.finditer(self._data, span[0], span[1]):
                written = match.group(1).decode()
                found.setdefault(written.split(":")[-1], []).append((written, match.start(1)))
        return found


_ATTRIBUTE = re.compile(rb"\s((?:[\w.\-]+:)?[\w.\-]+)\s*=")


def _qname(element: etree._Element) -> str:
    local = etree.QName(element).localname
    return f"{element.prefix}:{local}" if element.prefix else local


def _same_attribute(element: etree._Element, wanted: str, written: str) -> bool:
    """Does the attribute written as ``written`` in the source mean ``wanted``?"""
    if ":" not in written:
        return wanted.split("}")[-1] == written if wanted.startswith("{") else wanted == written
    prefix, local = written.split(":", 1)
    if prefix == "xml":
        return wanted in (f"xml:{local}", f"{{{XML_NS}}}{local}")
    uri = element.nsmap.get(prefix)
    return wanted in (written, f"{{{uri}}}{local}")
