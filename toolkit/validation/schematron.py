"""ISO Schematron with lxml's ``isoschematron`` (XSLT 1.0 query binding, run by libxslt).

Why this implementation: it ships with lxml, which teikit already depends on, needs no Java, compiles
a schema to XSLT once and then runs at C speed; pyschematron (XPath 3.1) needs Python 3.12 or newer,
which teikit does not require.

Findings come back as SVRL; each ``failed-assert``/``successful-report`` carries the assertion's
``id`` (the rule id), its ``role`` (error or warning) and the XPath ``location`` of the node, which
is evaluated on the document to find the element or attribute and its line and column. Two repairs
to the XSLT 1.0 skeleton that lxml bundles: it writes attribute locations without their element
("/@when"), so the compiled stylesheet gets a template that prefixes the element's path; and its
paths of positional steps cost a walk over the preceding siblings for every finding (25 s for 10,000
findings), so the rules run on a copy of the document whose elements carry their number in an
attribute of teikit's own namespace (``urn:teikit:location``) and a location is that number. A
Schematron that checks every attribute of every namespace would see that attribute too.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, isoschematron

from ..diagnostics import Diagnostic, Severity
from ..errors import UsageError
from .schemas import compiled
from .sourcemap import SourceMap

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_SVRL = {"svrl": SVRL_NS}

#: The attribute that numbers the elements of the copy the rules run on (see :func:`check`).
LOCATION_NS = "urn:teikit:location"
_NUMBERED = f"{{{LOCATION_NS}}}n"
_NUMBERED_PATH = re.compile(
    r"^/teikit-element:(\d+)(?:/@\*\[local-name\(\)='([^']+)' and namespace-uri\(\)='([^']*)'\])?$")

_ATTRIBUTE_PATH = f"""
<xsl:stylesheet version="1.0" xmlns:xsl="{XSL_NS}">
  <!-- An element that check() numbered: its number, not a path of positional steps (which costs a walk
       over the preceding siblings for every finding, quadratic with many findings). -->
  <xsl:template match="*[@*[local-name() = 'n' and namespace-uri() = '{LOCATION_NS}']]"
                mode="schematron-get-full-path" priority="20">
    <xsl:text>/teikit-element:</xsl:text>
    <xsl:value-of select="@*[local-name() = 'n' and namespace-uri() = '{LOCATION_NS}']"/>
  </xsl:template>
  <xsl:template match="@*" mode="schematron-get-full-path" priority="10">
    <xsl:apply-templates select="parent::*" mode="schematron-get-full-path"/>
    <xsl:text>/@*[local-name()='</xsl:text><xsl:value-of select="local-name()"/>
    <xsl:text>' and namespace-uri()='</xsl:text><xsl:value-of select="namespace-uri()"/><xsl:text>']</xsl:text>
  </xsl:template>
  <xsl:template match="@*" mode="schematron-select-full-path" priority="10">
    <xsl:apply-templates select="." mode="schematron-get-full-path"/>
  </xsl:template>
</xsl:stylesheet>"""


@dataclass
class CompiledSchematron:
    path: Path
    transform: etree.XSLT


def _compile(path: Path, phase: str | None = None) -> CompiledSchematron:
    try:
        schema = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
        stylesheet = isoschematron.Schematron(schema, phase=phase, store_xslt=True).validator_xslt
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (1, 1)
        raise UsageError.at("schematron.unreadable", f"the Schematron file is not well-formed XML: {error.msg}",
                            path, line, column) from None
    except (etree.SchematronParseError, etree.XSLTParseError, etree.XSLTApplyError) as error:
        raise UsageError.at("schematron.unreadable",
                            f"not a usable ISO Schematron schema (XSLT 1.0 query binding): {error}", path) from None
    stylesheet = copy.deepcopy(stylesheet)
    for template in etree.fromstring(_ATTRIBUTE_PATH.encode()):
        stylesheet.getroot().append(template)
    try:
        # A stranger's rules may call document(): the compiled rules read no file and no URL.
        return CompiledSchematron(Path(path), etree.XSLT(stylesheet, access_control=etree.XSLTAccessControl.DENY_ALL))
    except etree.XSLTParseError as error:
        raise UsageError.at("schematron.unreadable", f"cannot compile the Schematron rules: {error}", path) from None


def load(path: Path, phase: str | None = None) -> CompiledSchematron:
    """The compiled Schematron at ``path`` (compiled once per process and phase; ``None``: every pattern)."""
    return compiled("sch", path, lambda p: _compile(p, phase), variant=phase)  # type: ignore[return-value]


_SEVERITY = {"warning": Severity.WARNING, "warn": Severity.WARNING, "info": Severity.INFO,
             "information": Severity.INFO}


#: Findings of one rule in one file that are located and listed; the rest are counted in one line.
#: A document with 10,000 dangling pointers needs its first hundred, not 10,000 lines (and locating each
#: one costs a walk of the tree).
MAX_PER_RULE = 100


def check(schema: CompiledSchematron, tree: etree._ElementTree, file: str, source: SourceMap) -> list[Diagnostic]:
    """Run the rules on ``tree``; one diagnostic per failed assertion or successful report, at most
    :data:`MAX_PER_RULE` per rule, then one "and N more" line for that rule."""
    # The rules run on a copy whose elements carry their number (in teikit's own namespace), so that a
    # finding's location is found in constant time.
    numbered = copy.deepcopy(tree)
    for number, element in enumerate(e for e in numbered.getroot().iter() if isinstance(e.tag, str)):
        element.set(_NUMBERED, str(number))
    try:
        report = schema.transform(numbered)
    except etree.XSLTApplyError as error:
        return [Diagnostic(Severity.ERROR, "schematron.failed", f"the Schematron rules could not run: {error}",
                           file, 1, 1)]
    diagnostics = []
    counts: dict[str, int] = {}
    severities: dict[str, Severity] = {}
    for finding in report.getroot().xpath("svrl:failed-assert | svrl:successful-report", namespaces=_SVRL):
        code = finding.get("id") or "schematron"
        severity = _SEVERITY.get((finding.get("role") or "error").lower(), Severity.ERROR)
        counts[code] = counts.get(code, 0) + 1
        severities[code] = severity
        if counts[code] > MAX_PER_RULE:
            continue
        message = " ".join("".join(finding.xpath("string(svrl:text)", namespaces=_SVRL)).split())
        line, column = _locate(tree, finding.get("location"), source)
        diagnostics.append(Diagnostic(severity, code, message, file, line, column))
    for code, count in counts.items():
        if count > MAX_PER_RULE:  # placed at the last listed finding of its rule, so it follows it in order
            last = [d for d in diagnostics if d.code == code][-1]
            diagnostics.append(Diagnostic(severities[code], code, f"and {count - MAX_PER_RULE:,} more findings of "
                                          f"this rule in this file (the first {MAX_PER_RULE} are listed)",
                                          file, last.line, last.column))
    return diagnostics


def _locate(tree: etree._ElementTree, location: str | None, source: SourceMap) -> tuple[int | None, int | None]:
    if not location:
        return None, None
    numbered = _NUMBERED_PATH.match(location)
    if numbered:
        element = source.elements[int(numbered.group(1))]
        if numbered.group(2):
            name = numbered.group(2) if not numbered.group(3) else f"{{{numbered.group(3)}}}{numbered.group(2)}"
            return source.attribute(element, name)
        return source.element(element)
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return None, None
    if not found:
        return None, None
    node = found[0]
    if isinstance(node, etree._Element):
        return source.element(node)
    if getattr(node, "is_attribute", False):
        return source.attribute(node.getparent(), node.attrname)
    parent = node.getparent() if hasattr(node, "getparent") else None
    return source.element(parent) if parent is not None else (None, None)
