"""``teikit import``: a plain-text source (or a Word document, :mod:`toolkit.docximport`) becomes a TEI
draft that keeps every character of it.

Encoding starts from a transcription or a scan's text. The draft this module writes is what an
editor would type first: paragraphs (from blank lines, or one per line), block quotations as
``cit/quote`` (a paragraph introduced by a colon, or indented), the source's endnote calls as empty
``<note type="source" n="71"/>`` (digits glued to the end of a sentence or a quotation, in sequence:
"invincible.71", "‘puppets’.72", so the reading text keeps no stray digits and no note text is
invented), and a complete ``teiHeader`` skeleton to fill in. Nothing else is changed: quotation marks,
dashes and every other character stay as they are, and the draft's reading text is the source's.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import TEI_NS, __version__
from .diagnostics import Diagnostic, Severity
from .errors import TeikitError, UsageError
from .fsio import write_atomic
from .results import DocumentResult, Report
from .tei import q

#: The first start tag's schema declaration, as the example edition has it (tei_all by URL).
XML_MODEL = ('<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" '
             'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>')

#: A candidate endnote call: digits right after sentence punctuation or a closing quotation mark,
#: before white space or the end of the paragraph; never the three digits after a thousands separator
#: ("a population of 40,000 made it", "40.000 Einwohner").
_CALL = re.compile(r"(?<=[.,;:!?’”\"')\]])(?!(?<=\d[,.])\d{3}(?!\d))(\d{1,4})(?=\s|$)")


@dataclass
class Paragraph:
    text: str
    quotation: bool = False


def paragraphs(text: str, mode: str = "auto") -> list[Paragraph]:
    """The paragraphs of a text: separated by blank lines (``blank``), one per line (``line``), or
    ``auto``: by blank lines when the text has any. A paragraph introduced by a colon (the one before
    ends with ":") or indented is a block quotation."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if mode == "auto":
        mode = "blank" if re.search(r"\n[ \t]*\n", text.strip("\n")) else "line"
    if mode == "blank":
        blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
        raw = [(" ".join(line.strip() for line in b.split("\n") if line.strip()), b[:1] in (" ", "\t"))
               for b in blocks]
    else:
        raw = [(line.strip(), line[:1] in (" ", "\t")) for line in text.split("\n") if line.strip()]
    found: list[Paragraph] = []
    for words, indented in raw:
        introduced = bool(found) and found[-1].text.rstrip().endswith(":") and not found[-1].quotation
        found.append(Paragraph(words, quotation=indented or introduced))
    return found


def endnote_calls(paras: list[Paragraph]) -> set[tuple[int, int]]:
    """(paragraph, character offset) of each endnote call: candidates that continue a sequence
    (71, 72, 73…); a number after a full stop that breaks it ("3.5") is left as text."""
    calls: set[tuple[int, int]] = set()
    expected: int | None = None
    for index, paragraph in enumerate(paras):
        for match in _CALL.finditer(paragraph.text):
            number = int(match.group(1))
            if expected is None or number == expected:
                calls.add((index, match.start()))
                expected = number + 1
    return calls if len(calls) >= 2 else set()  # one number alone is no sequence


def draft(text: str, *, title: str | None, source_name: str, mode: str = "auto",
          fallback_title: str | None = None) -> etree._ElementTree:
    """The TEI draft of ``text``. Its first line is its title (and the body's heading) when it looks
    like one — short, not ending like a sentence, with text after it — unless ``title`` is given; with
    neither, ``fallback_title`` (else the source's name)."""
    first, _, rest = text.lstrip("\n").partition("\n")
    heading = first.strip() if _looks_like_title(first) and rest.strip() else None
    paras = paragraphs(rest if heading else text, mode)
    calls = endnote_calls(paras)
    tei = etree.Element(q("TEI"), nsmap={None: TEI_NS})
    quotations = sum(1 for p in paras if p.quotation)
    tei.append(_header(title or heading or fallback_title or source_name, source_name, (
        f"the plain text of {source_name}: {len(paras)} paragraphs, {quotations} block quotation(s) (cit/quote), "
        f"{len(calls)} endnote call(s) of the source (empty note type=\"source\" with the call's number). Every "
        "character of the source is kept; nothing is tagged yet.")))
    body = etree.SubElement(etree.SubElement(tei, q("text")), q("body"))
    if heading:
        etree.SubElement(body, q("head")).text = heading
    for index, paragraph in enumerate(paras):
        offsets = sorted(offset for where, offset in calls if where == index)
        if paragraph.quotation:
            cit = etree.SubElement(body, q("cit"))
            trailing = offsets[-1] if offsets and _rest_is_call(paragraph.text, offsets[-1]) else None
            quote = etree.SubElement(cit, q("quote"))
            _fill(quote, paragraph.text[:trailing] if trailing is not None else paragraph.text,
                  [o for o in offsets if o != trailing])
            if trailing is not None:  # the call after the quotation belongs to the cit, as in the passage
                etree.SubElement(cit, q("note"), type="source", n=_CALL.match(paragraph.text, trailing).group(1))
        else:
            _fill(etree.SubElement(body, q("p")), paragraph.text, offsets)
    return etree.ElementTree(tei)


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return (0 < len(line) <= 80 and not line.endswith((".", ",", ";", ":", "!", "?", "’", "”", '"'))
            and not _CALL.search(line))  # a sentence with its endnote call is no title


def _rest_is_call(text: str, offset: int) -> bool:
    return not text[_CALL.match(text, offset).end():].strip()


def _fill(element: etree._Element, text: str, offsets: list[int]) -> None:
    """``text`` into ``element``, each endnote call at ``offsets`` an empty source note."""
    position, last = 0, None
    for offset in offsets:
        number = _CALL.match(text, offset).group(1)
        if last is None:
            element.text = text[position:offset]
        else:
            last.tail = text[position:offset]
        last = etree.SubElement(element, q("note"), type="source", n=number)
        position = offset + len(number)
    if last is None:
        element.text = text[position:]
    else:
        last.tail = text[position:]


def _header(title: str, source_name: str, made_from: str) -> etree._Element:
    """A complete teiHeader to fill in: title, a publication statement, a source to describe, how the
    draft was made (from ``made_from``, what was read and what became what), and the import as its first
    revision."""
    today = datetime.date.today().isoformat()
    E = etree.SubElement  # noqa: N806 (a builder, read as markup)
    header = etree.Element(q("teiHeader"))
    file_desc = E(header, q("fileDesc"))
    E(E(file_desc, q("titleStmt")), q("title")).text = title
    E(E(file_desc, q("publicationStmt")), q("p")).text = "Unpublished draft: say here who publishes the edition."
    bibl = E(E(file_desc, q("sourceDesc")), q("bibl"))
    bibl.text = f"The text of {source_name}: describe its source here (author, title, place, publisher, date)."
    project = E(E(header, q("encodingDesc")), q("projectDesc"))
    E(project, q("p")).text = f"Drafted by teikit {__version__} (teikit import) from {made_from}"
    change = E(E(header, q("revisionDesc")), q("change"), when=today)
    change.text = f"Imported from {source_name} with teikit import."
    return header


def import_text(source: str | Path, out: str | Path, *, title: str | None = None, mode: str = "auto",
                force: bool = False) -> DocumentResult:
    """Write the TEI draft of the plain-text file ``source`` to ``out``; never over an existing file
    unless ``force`` (a draft is a start, not a thing to overwrite an edition with)."""
    source, out = Path(source), Path(out)
    result = DocumentResult(source)
    if mode not in ("auto", "blank", "line"):
        raise UsageError.at("import.paragraphs", f"--paragraphs must be blank, line or auto, not {mode!r}", "teikit")
    if out.exists() and not force:
        raise UsageError.at("import.exists", f"{out} exists: teikit import never overwrites a file (--force does)",
                            out)
    if source.suffix.lower() == ".docx":
        return _import_docx(source, out, title, result)
    try:
        data = source.read_bytes()
        text = data.decode("utf-8")
    except OSError as error:
        result.diagnostics.append(Diagnostic(Severity.ERROR, "io.missing", error.strerror or str(error), str(source)))
        return result
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        result.diagnostics.append(Diagnostic(Severity.ERROR, "import.encoding", "the text is not UTF-8: save it as "
                                             "UTF-8 and import it again", str(source), line))
        return result
    text = text.removeprefix("\ufeff")
    if not text.strip():
        result.diagnostics.append(Diagnostic(Severity.ERROR, "import.empty", "the file has no text", str(source)))
        return result
    tree = draft(text, title=title or None, source_name=source.name, mode=mode, fallback_title=_title_of(source))
    paras = tree.getroot().xpath("//t:body/*", namespaces={"t": TEI_NS})
    result.details.update(paragraphs=len(paras), calls=len(tree.getroot().xpath("//t:note", namespaces={"t": TEI_NS})))
    return _write_draft(tree.getroot(), out, result)


IMPORTABLE = (".txt", ".docx")


def import_files(paths: list[str | Path], out_dir: str | Path, *, mode: str = "auto", force: bool = False) -> Report:
    """Drafts of many files — ``.txt`` and ``.docx`` files, and those below folders — in ``out_dir``, in
    their folders' tree (``letters/1801/a.docx`` → ``OUT/1801/a.xml``). A file that cannot be read is
    one finding, and the others go on; two sources with one draft name (``a.txt`` and ``a.docx``) are
    the second's error, never one draft over the other."""
    out_dir = Path(out_dir)
    pairs: list[tuple[Path, Path]] = []
    for given in map(Path, paths):
        if given.is_dir():
            pairs += [(found, out_dir / found.relative_to(given).with_suffix(".xml"))
                      for found in sorted(given.rglob("*")) if found.suffix.lower() in IMPORTABLE
                      and found.is_file() and out_dir.resolve() not in found.resolve().parents]
        else:
            pairs.append((given, out_dir / f"{given.stem}.xml"))
    if not pairs:
        raise UsageError.at("import.nothing", "no .txt or .docx file to import", " ".join(map(str, paths)))
    report, drafts = Report(), {}
    for source, target in pairs:
        if target in drafts:
            report.documents.append(DocumentResult(source, [Diagnostic(
                Severity.ERROR, "import.same-name", f"{drafts[target]} is imported as {target} already: rename one",
                str(source))]))
            continue
        drafts[target] = source
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            report.documents.append(import_text(source, target, mode=mode, force=force))
        except TeikitError as error:  # this file's finding; the others go on
            report.documents.append(DocumentResult(source, [error.diagnostic]))
    return report


def _write_draft(tei: etree._Element, out: Path, result: DocumentResult) -> DocumentResult:
    """The draft into ``out``, declaring tei_all by URL."""
    write_atomic(out, b'<?xml version="1.0" encoding="UTF-8"?>\n' + XML_MODEL.encode() + b"\n"
                 + etree.tostring(etree.ElementTree(tei), encoding="UTF-8", pretty_print=True))
    result.outputs["tei"] = out
    return result


def _title_of(source: Path) -> str:
    """A title from the file's name ("passage" → "Passage"), to be replaced by the editor."""
    return re.sub(r"[_\-]+", " ", source.stem).strip().capitalize() or "Untitled"


def _import_docx(source: Path, out: Path, title: str | None, result: DocumentResult) -> DocumentResult:
    """A Word document as a TEI draft (:mod:`toolkit.docximport`), with the same header as a text's."""
    import zipfile

    from docx.opc.exceptions import OpcError

    from .docximport import docx_body

    try:
        body, docx_title, counts = docx_body(source)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError, OpcError) as error:
        result.diagnostics.append(Diagnostic(Severity.ERROR, "import.docx", f"not a Word document teikit can read "
                                             f"({' '.join(str(error).split())[:200]})", str(source)))
        return result
    tei = etree.Element(q("TEI"), nsmap={None: TEI_NS})
    tei.append(_header(title or docx_title or _title_of(source), source.name, (
        f"the Word document {source.name}: {counts['paragraphs']} paragraphs, {counts['headings']} headings, "
        f"{counts['items']} list items, {counts['tables']} tables, {counts['notes']} footnotes; italic, bold and "
        "other run formatting as hi/@rend. Every character of the text is kept; nothing is tagged yet.")))
    etree.SubElement(tei, q("text")).append(body)
    result.details.update(paragraphs=counts["paragraphs"], calls=0, notes=counts["notes"])
    return _write_draft(tei, out, result)
