"""RELAX NG validation with lxml (libxml2), with messages an editor can act on.

libxml2 reports a line but no column, one terse message per problem and some cascading errors
("Element p failed to validate content" after the real one). This module keeps the specific errors,
finds the offending node through the error's path, points at its start tag or attribute with a
:class:`~toolkit.validation.sourcemap.SourceMap`, and gives each error a stable rule id:

``rng.unknown-element``, ``rng.misplaced-element``, ``rng.missing-element``, ``rng.unknown-attribute``,
``rng.attribute-value``, ``rng.missing-attribute``, ``rng.text-not-allowed``, ``rng.wrong-namespace``,
``rng.invalid`` (anything else). :mod:`toolkit.validation.jing` maps jing's messages to the same ids.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .. import XML_NS
from ..diagnostics import Diagnostic, Severity
from ..errors import UsageError
from ..resources import schema_file
from .grammar import GrammarInfo, analyse
from .schemas import ON_CLEAR, compiled, forget
from .sourcemap import SourceMap

#: Follow-up errors libxml2 adds after the specific one; dropped when a specific error exists.
_GENERIC = {"RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_EXTRACONTENT", "RELAXNG_ERR_INTEREXTRA",
            "RELAXNG_ERR_INTERSEQ", "RELAXNG_ERR_NOTELEM", "RELAXNG_ERR_ELEMEXTRANS"}


@dataclass
class CompiledRelaxNG:
    path: Path
    validator: etree.RelaxNG
    grammar: GrammarInfo


#: Grammars with more element patterns than this are pruned to the elements the documents use.
PRUNE_ABOVE = 200
_R = "{http://relaxng.org/ns/structure/1.0}"


def _parse_grammar(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))


def prune(tree: etree._ElementTree, used: frozenset[str]) -> etree._ElementTree:
    """A copy of the grammar in which elements the documents do not use are ``notAllowed``.

    For a document whose element names are all in ``used`` the verdict is unchanged: a valid document
    matches only patterns of elements it contains, and the pruned grammar allows fewer documents, never
    more. libxml2 compiles TEI's tei_all.rng in about 10 s; pruned to a document's elements, in well under
    a second. Only single-file grammars are pruned (an include could define what a pruned pattern uses).
    """
    tree = copy.deepcopy(tree)
    root = tree.getroot()
    for element in list(root.iter(_R + "element")):
        name = element.get("name")
        if name is not None and name.split(":")[-1] not in used:
            replacement = etree.Element(_R + "notAllowed")
            replacement.tail = element.tail
            element.getparent().replace(element, replacement)
    defines = {d.get("name"): d for d in root.iter(_R + "define")}
    reachable: set[str] = set()
    todo = [n for n in root.iter(_R + "start")]
    while todo:
        for ref in todo.pop().iter(_R + "ref", _R + "parentRef"):
            name = ref.get("name")
            if name not in reachable and name in defines:
                reachable.add(name)
                todo.append(defines[name])
    for name, define in defines.items():
        if name not in reachable and define.getparent() is root:
            root.remove(define)
    return tree


def _prunable(tree: etree._ElementTree) -> bool:
    root = tree.getroot()
    if root.find(_R + "include") is not None or next(root.iter(_R + "externalRef"), None) is not None:
        return False
    return sum(1 for _ in root.iter(_R + "element")) > PRUNE_ABOVE


def _compile(path: Path, used: frozenset[str] | None = None) -> CompiledRelaxNG:
    try:
        tree = _parse_grammar(path)
        if used is not None and _prunable(tree):
            tree = prune(tree, used)
        validator = etree.RelaxNG(tree)
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (1, 1)
        raise UsageError.at("schema.unreadable", f"the schema is not well-formed XML: {error.msg}",
                            path, line, column) from None
    except etree.RelaxNGParseError as error:
        entry = error.error_log.last_error if error.error_log else None
        raise UsageError.at("schema.unreadable", f"not a usable RELAX NG schema (XML syntax): {error}",
                            path, entry.line if entry else None) from None
    return CompiledRelaxNG(Path(path), validator, _analysis(path))


def _analysis(path: Path) -> GrammarInfo:
    return compiled("rng-names", path, analyse)  # type: ignore[return-value]


def check_readable(path: Path) -> None:
    """Raise :class:`UsageError` unless ``path`` is a readable RELAX NG grammar in XML syntax (no compile)."""
    compiled("rng-readable", path, _readable)


def _readable(path: Path) -> bool:
    try:
        root = _parse_grammar(path).getroot()
    except (etree.XMLSyntaxError, OSError) as error:
        position = getattr(error, "position", None) or (1, 1)
        raise UsageError.at("schema.unreadable", f"the schema is not well-formed XML: {error}", path,
                            *position) from None
    if etree.QName(root).namespace != _R.strip("{}"):
        raise UsageError.at("schema.unreadable", "not a RELAX NG schema in XML syntax (the root element is "
                            f"<{etree.QName(root).localname}>, not a RELAX NG grammar)", path, root.sourceline, 1)
    return True


def load(path: Path, used: frozenset[str] | None = None) -> CompiledRelaxNG:
    """The compiled grammar at ``path`` (compiled once per process; see :func:`schemas.compiled`).

    ``used``: the local names of the elements the documents to be checked contain; a large grammar is
    then pruned to them (see :func:`prune`), and the compiled result cached for that set.
    """
    if used is None:
        return compiled("rng", path, _compile)  # type: ignore[return-value]
    return compiled("rng", path, lambda p: _compile(p, used), variant=used)  # type: ignore[return-value]


#: Per grammar (resolved path): the element names its pruned compile covers so far in this process.
_COVERED: dict[str, frozenset[str]] = {}
ON_CLEAR.append(_COVERED.clear)


def cover(grammars: dict[Path, frozenset[str]]) -> None:
    """Widen what each grammar's pruned compile covers to these names (a batch's union, known before
    its first document is checked, so the batch compiles each grammar once)."""
    for path, used in grammars.items():
        key = str(Path(path).resolve())
        _COVERED[key] = _COVERED.get(key, frozenset()) | used


def load_covering(path: Path, used: frozenset[str]) -> CompiledRelaxNG:
    """The compiled grammar at ``path``, pruned to a superset of ``used``: the names covered so far,
    widened (and compiled again) only when a document brings an element not seen before. A superset
    never changes a verdict (an element outside it is ``notAllowed``, and the document has none)."""
    key = str(Path(path).resolve())
    covered = _COVERED.get(key, frozenset())
    if not used <= covered:
        forget("rng", path, covered)  # the narrower compile is not asked for again
        covered = _COVERED[key] = covered | used
    return load(path, covered)


def element_names(tree: etree._ElementTree) -> frozenset[str]:
    """The local names of the elements in ``tree`` (what :func:`load` may prune to)."""
    return frozenset(etree.QName(e).localname for e in tree.iter() if isinstance(e.tag, str))


_STEP = re.compile(r"\*(?:\[(\d+)\])?")


def _node(tree: etree._ElementTree, path: str | None,
          children: dict[int, list[etree._Element]]) -> etree._Element | None:
    """The element a libxml2 error path names. Its paths are positional steps ("/*/*[2]/*[20000]"):
    walked here with each element's children listed once (``children``, shared by the findings of one
    check), where XPath would count siblings again for every finding."""
    if not path:
        return None
    steps = [_STEP.fullmatch(step) for step in path.split("/")[1:]]
    if steps and all(steps):
        node = tree.getroot()
        for depth, step in enumerate(steps):
            index = int(step.group(1) or 1)
            if depth == 0:
                if index != 1:
                    return None
                continue
            elements = children.get(id(node))
            if elements is None:
                elements = children[id(node)] = [c for c in node if isinstance(c.tag, str)]
            if index > len(elements):
                return None
            node = elements[index - 1]
        return node
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


def _local(element: etree._Element | None) -> str:
    return etree.QName(element).localname if element is not None else ""


def check(schema: CompiledRelaxNG, tree: etree._ElementTree, file: str, source: SourceMap) -> list[Diagnostic]:
    """Validate ``tree`` against ``schema``; one diagnostic per specific libxml2 error."""
    if schema.validator.validate(tree):
        return _undeclared_attributes(schema, tree, file, source, set())
    diagnostics = []
    children: dict[int, list[etree._Element]] = {}
    entries = [(entry, _node(tree, entry.path, children)) for entry in schema.validator.error_log]
    nodes = [node for _, node in entries if node is not None]
    below = {id(ancestor) for node in nodes for ancestor in node.iterancestors()}
    reported: set[int] = set()
    for entry, node in entries:
        # libxml2 reports the real failure, then "failed to validate content" (and at times an odd
        # "Expecting element …") for its ancestors: keep only the deepest node of each branch, once.
        about_attributes = entry.type_name in ("RELAXNG_ERR_INVALIDATTR", "RELAXNG_ERR_ATTRVALID")
        if node is not None and not about_attributes and (id(node) in below or id(node) in reported):
            continue
        if node is None and entry.type_name in _GENERIC and nodes:
            continue
        if node is not None:
            reported.add(id(node))
        code, message, attribute = _explain(entry, node, schema)
        if code == "rng.misplaced-element" and entry.type_name == "RELAXNG_ERR_EXTRACONTENT" and node is not None:
            stranger = next((c for c in node if isinstance(c.tag, str)
                             and not schema.grammar.declares_element(_local(c))), None)
            if stranger is not None:
                node = stranger
                code, message = "rng.unknown-element", _unknown_element(_local(stranger), schema.path)
        if node is None:
            line, column = entry.line or None, 1
        elif attribute:
            line, column = source.attribute(node, attribute)
        else:
            line, column = source.element(node)
        diagnostics.append(Diagnostic(Severity.ERROR, code, message, file, line, column))
    seen = {(d.line, d.column) for d in diagnostics}
    return diagnostics + _undeclared_attributes(schema, tree, file, source, seen)


_XML = f"{{{XML_NS}}}"


def _undeclared_attributes(schema: CompiledRelaxNG, tree: etree._ElementTree, file: str, source: SourceMap,
                           seen: set) -> list[Diagnostic]:
    """Attributes no definition of their element declares — errors libxml2 does not always report.

    libxml2 stops checking an element's attributes once its content has failed (``<p colour="red">``
    with an unknown child yields only the child's error; jing reports both). The grammar analysis
    covers that gap: an attribute that no pattern of that element names is invalid in any context.
    """
    found = []
    for element in tree.getroot().iter():
        if not isinstance(element.tag, str):
            continue
        name = _local(element)
        for attribute in element.attrib:
            if attribute.startswith(_XML):
                qualified = "xml:" + attribute[len(_XML):]
            elif attribute.startswith("{"):
                continue  # attributes in other namespaces: left to the grammar
            else:
                qualified = attribute
            if schema.grammar.declares_element(name) and not schema.grammar.declares_attribute(name, qualified):
                line, column = source.attribute(element, qualified)
                if (line, column) not in seen:
                    found.append(Diagnostic(Severity.ERROR, "rng.unknown-attribute",
                                            f"<{name}> may not carry @{qualified}: remove it, or check its spelling",
                                            file, line, column))
    return found


def _unknown_element(name: str, schema_path: Path) -> str:
    """What to say of an element the grammar does not declare: teikit's edition schema is a subset of
    TEI, so there an element may well be real TEI (msDesc, correspDesc) rather than misspelt."""
    if Path(schema_path).resolve() == schema_file("teikit.rng").resolve():
        return (f"<{name}> is not in teikit's edition schema, a subset of TEI: if it is a TEI element, validate "
                "with the tei profile (--profile tei, or profile = \"tei\" in teikit.toml), which checks against "
                "TEI's tei_all; otherwise check the spelling")
    return (f"<{name}> is not an element of this schema: check the spelling, or use an element the schema allows "
            "(see its documentation)")


def _explain(entry, node: etree._Element | None, schema: CompiledRelaxNG) -> tuple[str, str, str | None]:
    """(rule id, message, attribute name or None) for one libxml2 error."""
    grammar = schema.grammar
    text = entry.message
    name = _local(node)
    kind = entry.type_name
    match = re.match(r"Did not expect element (\S+) there", text) or re.match(r"Expecting element \S+, got (\S+)", text)
    if match:
        child = match.group(1)
        if not grammar.declares_element(child):
            return "rng.unknown-element", _unknown_element(child, schema.path), None
        parent = _local(node.getparent()) if node is not None and node.getparent() is not None else "its parent"
        return "rng.misplaced-element", (
            f"<{child}> is not allowed here inside <{parent}>: move it to a place the schema allows it, "
            "or wrap it in an element that may contain it"), None
    match = re.match(r"Invalid attribute (\S+) for element (\S+)", text)
    if match:
        attribute, element = match.groups()
        qualified = "xml:" + attribute if attribute in ("id", "lang", "space", "base") and node is not None \
            and node.get(_XML + attribute) is not None else attribute
        value = node.get(_clark(qualified)) if node is not None else None
        if grammar.declares_attribute(element, qualified):
            if qualified == "xml:id":
                return "rng.attribute-value", (
                    f'xml:id="{value}" on <{element}> is not a valid or unique XML identifier: ids must start with '
                    "a letter or _ and be unique in the document"), qualified
            return "rng.attribute-value", (
                f'the value "{value}" of @{qualified} on <{element}> is not allowed: see the schema\'s documentation '
                f"of <{element}> for the values @{qualified} takes"), qualified
        return "rng.unknown-attribute", (
            f"<{element}> may not carry @{qualified}: remove it, or check its spelling"), qualified
    if kind == "RELAXNG_ERR_ATTRVALID" or "failed to validate attributes" in text:
        required = [a for a in grammar.required_attributes(name) if node is None or node.get(_clark(a)) is None]
        what = ", ".join("@" + a for a in required) or "a required attribute"
        return "rng.missing-attribute", f"<{name}> lacks {what}: add it", None
    if kind in ("RELAXNG_ERR_NOELEM", "RELAXNG_ERR_NOGRAMMAR") or text.startswith("Expecting an element"):
        match = re.match(r"Expecting an element (\S+), got nothing", text)
        what = f"<{match.group(1)}>" if match else "a required child element"
        return "rng.missing-element", (
            f"<{name}> is incomplete: {what} is missing (see the schema's documentation of <{name}>)"), None
    if kind == "RELAXNG_ERR_TEXTWRONG" or "Did not expect text" in text:
        return "rng.text-not-allowed", (
            f"text is not allowed directly inside <{name}>: put it inside a child element, or delete it"), None
    match = re.match(r"Element (\S+) has extra content: (\S+)", text)
    if match:
        return "rng.misplaced-element", (
            f"<{match.group(1)}> contains content the schema does not allow here (libxml2 says: extra "
            f"{match.group(2)}): check its children against the schema's documentation of <{match.group(1)}>"), None
    if kind == "RELAXNG_ERR_ELEMWRONGNS" or "wrong namespace" in text:
        return "rng.wrong-namespace", f"{text}: declare the TEI namespace (xmlns=\"http://www.tei-c.org/ns/1.0\")", None
    return "rng.invalid", f"{text} (RELAX NG)", None


def _clark(qualified: str) -> str:
    if qualified.startswith("xml:"):
        return _XML + qualified[4:]
    return qualified
