"""What a RELAX NG grammar declares: element names, and each element's attributes.

libxml2's RELAX NG messages are terse ("Invalid attribute colour for element p", "Did not expect
element blink there"). To turn them into rule ids and advice, teikit looks the names up in the
grammar: an element the schema never declares is *unknown* (a typo or a foreign element), one it
declares elsewhere is *misplaced*; an attribute the element declares has a bad *value*, one it does
not is *unknown*; required attributes are named when one is missing. The analysis is static and
approximate (name classes other than plain names count as "anything"), which is all messages need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_R = f"{{{RNG_NS}}}"
_OPTIONAL = {_R + "optional", _R + "zeroOrMore", _R + "choice"}


@dataclass
class ElementInfo:
    attributes: set[str] = field(default_factory=set)
    required: set[str] = field(default_factory=set)
    any_attribute: bool = False


@dataclass
class GrammarInfo:
    """Declared element local names (``any_element`` when a name class allows any) and their attributes."""

    elements: dict[str, ElementInfo] = field(default_factory=dict)
    any_element: bool = False

    def declares_element(self, local: str) -> bool:
        """Named anywhere in the grammar? (``anyName`` wildcards, as in TEI's egXML, do not count.)"""
        return local in self.elements

    def declares_attribute(self, element: str, attribute: str) -> bool:
        info = self.elements.get(element)
        return info is None or info.any_attribute or attribute in info.attributes

    def required_attributes(self, element: str) -> list[str]:
        info = self.elements.get(element)
        return sorted(info.required) if info else []


def _local(qname: str | None) -> str:
    return (qname or "").strip().split(":")[-1]


def _load(path: Path, seen: set[Path]) -> list[etree._Element]:
    """The grammar file and every file it includes (``include``/``externalRef``), parsed once each."""
    path = path.resolve()
    if path in seen:
        return []
    seen.add(path)
    root = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False)).getroot()
    roots = [root]
    for link in root.iter(_R + "include", _R + "externalRef"):
        href = link.get("href")
        if href and "://" not in href:
            roots += _load(path.parent / href, seen)
    return roots


def analyse(path: Path) -> GrammarInfo:
    """Analyse the RELAX NG grammar (XML syntax) at ``path``."""
    roots = _load(Path(path), set())
    defines: dict[str, list[etree._Element]] = {}
    for root in roots:
        for define in root.iter(_R + "define"):
            defines.setdefault(define.get("name"), []).append(define)
    info = GrammarInfo()

    def walk(node: etree._Element, element: ElementInfo, optional: bool, visited: set[str]) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if child.tag == _R + "element":
                continue  # a child element: its attributes are its own
            if child.tag == _R + "attribute":
                name = child.get("name")
                if name is None:
                    element.any_attribute = True
                    continue
                element.attributes.add(_local(name) if not name.startswith("xml:") else name)
                if not optional:
                    element.required.add(_local(name) if not name.startswith("xml:") else name)
                continue
            if child.tag == _R + "ref":
                name = child.get("name")
                if name in visited:
                    continue
                for define in defines.get(name, []):
                    walk(define, element, optional, visited | {name})
                continue
            walk(child, element, optional or child.tag in _OPTIONAL, visited)

    for root in roots:
        for element in root.iter(_R + "element"):
            name = element.get("name")
            if name is None:
                info.any_element = info.any_element or element.find(_R + "anyName") is not None
                for n in element.iter(_R + "name"):
                    info.elements.setdefault(_local(n.text), ElementInfo())
                continue
            entry = info.elements.setdefault(_local(name), ElementInfo())
            walk(element, entry, False, set())
    return info
