"""`teikit validate` (issue 3): the library's verdicts, rule ids, positions, schema choice and the CLI.

Invalid fixtures are named after the rule id they break (tests/fixtures/invalid/<rule-id>.invalid.xml);
the table below adds the line each finding must point at. Tests assert rule ids, never wording.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import UsageError
from toolkit.resources import schema_file
from toolkit.validation import FileReport, ValidationReport, relaxng, schematron
from toolkit.validation import validate as validate_with

from .conftest import FIXTURES, PASSAGE, tei_document

#: `teikit validate` with teikit's edition schema and rules
EDITION = ["validate", "--profile", "edition"]

def validate(paths, **options):
    """These tests are about teikit's edition schema and rules: the ``edition`` profile."""
    return validate_with(paths, **{"profile": "edition", **options})

INVALID = FIXTURES / "invalid"
VALID = FIXTURES / "valid"

#: fixture stem -> (rule id, line). Every fixture in INVALID must be listed.
EXPECTED = {
    "xml.not-well-formed": ("xml.not-well-formed", 5),
    "xml.not-xml": ("xml.not-xml", 1),
    "xml.empty": ("xml.empty", 1),
    "xml.encoding": ("xml.encoding", 3),                      # non-UTF-8 bytes in a UTF-8 file
    "xml.encoding-declaration": ("xml.encoding", 1),          # declares UTF-16, saved as UTF-8
    "xml.external-entity": ("xml.external-entity", 6),
    "xml.entity-expansion": ("xml.entity-expansion", 1),      # libxml2 reports the bomb at the prolog
    "tei.root": ("tei.root", 2),
    "rng.unknown-element": ("rng.unknown-element", 12),
    "rng.misplaced-element": ("rng.misplaced-element", 13),
    "rng.missing-element": ("rng.missing-element", 12),
    "rng.unknown-attribute": ("rng.unknown-attribute", 12),
    "rng.attribute-value": ("rng.attribute-value", 12),
    "rng.missing-attribute": ("rng.missing-attribute", 12),
    "rng.text-not-allowed": ("rng.text-not-allowed", 12),
    "date.format": ("date.format", 12),
    "date.impossible": ("date.impossible", 12),
    "date.range": ("date.range", 12),
    "date.bounds": ("date.bounds", 12),
    "ref.dangling": ("ref.dangling", 12),
    "ref.kind.place": ("ref.kind.place", 17),
    "id.duplicate": ("id.duplicate", 13),
    "idno.wikidata": ("idno.wikidata", 12),
    "idno.gnd": ("idno.gnd", 12),
    "note.source-n": ("note.source-n", 12),
}
#: Fixtures whose only finding is a warning (exit 0).
WARNING_ONLY = {"register.unused": ("register.unused", 12), "url.scheme": ("url.scheme", 12),
                "url.resource": ("url.resource", 13)}


def _stem(path: Path) -> str:
    return path.name.removesuffix(".invalid.xml")


def test_every_invalid_fixture_has_an_expectation():
    assert {_stem(p) for p in INVALID.glob("*.invalid.xml")} == set(EXPECTED) | set(WARNING_ONLY)


def test_bundled_schemas_compile():
    assert relaxng.load(schema_file("teikit.rng")).validator is not None
    assert schematron.load(schema_file("teikit.sch")).transform is not None


def test_schemas_are_compiled_once_and_reused():
    assert relaxng.load(schema_file("teikit.rng")) is relaxng.load(schema_file("teikit.rng"))
    assert schematron.load(schema_file("teikit.sch")) is schematron.load(schema_file("teikit.sch"))


def test_passage_is_valid():
    report = validate([PASSAGE])
    assert [d.format() for d in report.diagnostics if d.is_error] == []
    assert report.ok


@pytest.mark.parametrize("path", sorted(VALID.glob("*.xml")), ids=lambda p: p.name)
def test_valid_fixture_has_no_findings(path):
    report = validate([path])
    assert [d.format() for d in report.diagnostics] == []


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_invalid_fixture_gives_its_rule_at_its_line(stem):
    code, line = EXPECTED[stem]
    report = validate([INVALID / f"{stem}.invalid.xml"])
    errors = [(d.code, d.line) for d in report.diagnostics if d.is_error]
    assert errors == [(code, line)]
    assert not report.ok
    assert all(d.column and d.column >= 1 for d in report.diagnostics)


@pytest.mark.parametrize("stem", sorted(WARNING_ONLY))
def test_warning_fixture_is_valid_with_a_warning(stem):
    code, line = WARNING_ONLY[stem]
    report = validate([INVALID / f"{stem}.invalid.xml"])
    assert [(d.severity.value, d.code, d.line) for d in report.diagnostics] == [("warning", code, line)]
    assert report.ok


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_cli_prints_one_line_per_finding_and_exits_1(stem):
    code, line = EXPECTED[stem]
    result = CliRunner().invoke(main, [*EDITION, str(INVALID / f"{stem}.invalid.xml")])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    findings = [row for row in result.output.splitlines() if f"[{code}]" in row]
    assert len(findings) == 1
    assert f".invalid.xml:{line}:" in findings[0] and ": error: " in findings[0]
    assert result.output.splitlines()[-1] == "1 file, 1 error, 0 warnings"


def test_positions_point_at_the_element_or_attribute_not_the_root():
    by_code = {d.code: d for d in validate([INVALID]).diagnostics}
    assert (by_code["rng.unknown-element"].line, by_code["rng.unknown-element"].column) == (12, 12)  # <blink
    assert (by_code["date.impossible"].line, by_code["date.impossible"].column) == (12, 19)  # when=
    assert (by_code["id.duplicate"].line, by_code["id.duplicate"].column) == (13, 10)  # xml:id=
    assert (by_code["rng.unknown-attribute"].line, by_code["rng.unknown-attribute"].column) == (12, 10)  # colour=


def test_a_folder_means_every_xml_file_below_it_and_the_next_files_are_still_checked(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(INVALID / "xml.not-xml.invalid.xml", tmp_path / "a" / "broken.xml")
    shutil.copy(VALID / "transcription.xml", nested / "fine.xml")
    (nested / "notes.txt").write_text("not checked")
    report = validate([tmp_path])
    # sorted by path: a/b/fine.xml comes before a/broken.xml
    assert [f.path.name for f in report.files] == ["fine.xml", "broken.xml"]
    assert [f.ok for f in report.files] == [True, False]
    assert isinstance(report, ValidationReport) and isinstance(report.files[0], FileReport)


def test_whole_invalid_folder_on_the_cli():
    result = CliRunner().invoke(main, [*EDITION, str(INVALID)])
    assert result.exit_code == 1
    count = len(EXPECTED) + len(WARNING_ONLY)
    assert result.output.splitlines()[-1] == f"{count} files, {len(EXPECTED)} errors, {len(WARNING_ONLY)} warnings"


def test_json_output_lists_findings_with_the_same_fields():
    result = CliRunner().invoke(main, [*EDITION, "--format", "json", str(INVALID / "date.range.invalid.xml")])
    assert result.exit_code == 1
    output = json.loads(result.output)
    [document] = output["documents"]
    findings = document["diagnostics"]
    assert findings == [{"severity": "error", "code": "date.range", "message": findings[0]["message"],
                         "file": str(INVALID / "date.range.invalid.xml"), "line": 12, "column": 33}]
    assert document["path"] == str(INVALID / "date.range.invalid.xml") and document["ok"] is False
    assert document["details"]["schema"].endswith("teikit.rng (bundled)")
    assert output["summary"] == {"documents": 1, "ok": 0, "failed": 1, "errors": 1, "warnings": 0}


def test_valid_file_exits_0_and_names_the_schema_used():
    result = CliRunner().invoke(main, [*EDITION, str(VALID / "transcription.xml")])
    assert result.exit_code == 0
    assert "teikit.rng (bundled)" in result.output and "teikit.sch (bundled)" in result.output
    assert result.output.splitlines()[-1] == "1 file, 0 errors, 0 warnings"


# --- choosing the schema --------------------------------------------------------------------------------

PERMISSIVE_RNG = """<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><ref name="any"/></start>
  <define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute><text/>
    <ref name="any"/></choice></zeroOrMore></element></define>
</grammar>"""

NO_RULES_SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <pattern><rule context="/"><assert test="true()" id="never">never</assert></rule></pattern>
</schema>"""


def _with_model(tmp_path: Path, href: str, source: Path = INVALID / "rng.unknown-element.invalid.xml") -> Path:
    text = source.read_text(encoding="utf-8").replace(
        "?>\n", f'?>\n<?xml-model href="{href}" type="application/xml" '
        'schematypens="http://relaxng.org/ns/structure/1.0"?>\n', 1)
    target = tmp_path / "doc.xml"
    target.write_text(text, encoding="utf-8")
    return target


def test_xml_model_pointing_to_a_local_schema_is_used(tmp_path):
    (tmp_path / "loose.rng").write_text(PERMISSIVE_RNG)
    report = validate([_with_model(tmp_path, "loose.rng")])
    assert report.files[0].schema.endswith("loose.rng (xml-model)")
    assert report.ok  # <blink> is fine for the permissive schema


def test_xml_model_url_is_a_warning_and_the_bundled_schema_is_used(tmp_path):
    doc = _with_model(tmp_path, "https://schemas.example.org/edition.rng")
    report = validate([doc])
    codes = [d.code for d in report.diagnostics]
    assert codes == ["schema.remote", "rng.unknown-element"]
    assert "teikit schema fetch https://schemas.example.org/edition.rng" in report.diagnostics[0].message
    assert report.diagnostics[0].severity.value == "warning"
    assert report.files[0].schema.endswith("teikit.rng (bundled)")


def test_xml_model_to_a_missing_file_is_a_warning(tmp_path):
    report = validate([_with_model(tmp_path, "nowhere/missing.rng")])
    assert [d.code for d in report.diagnostics] == ["schema.not-found", "rng.unknown-element"]


def test_schema_option_overrides_the_xml_model(tmp_path):
    (tmp_path / "loose.rng").write_text(PERMISSIVE_RNG)
    doc = _with_model(tmp_path, str(schema_file("teikit.rng")))
    assert not validate([doc]).ok
    report = validate([doc], schema=tmp_path / "loose.rng")
    assert report.ok and report.files[0].schema.endswith("loose.rng (option)")
    result = CliRunner().invoke(main, [*EDITION, "--schema", str(tmp_path / "loose.rng"), str(doc)])
    assert result.exit_code == 0 and "loose.rng (option)" in result.output


def test_schematron_option_replaces_the_rules(tmp_path):
    (tmp_path / "none.sch").write_text(NO_RULES_SCH)
    doc = INVALID / "ref.dangling.invalid.xml"
    assert not validate([doc]).ok
    assert validate([doc], schematron=tmp_path / "none.sch").ok


# --- usage errors (exit 2) ------------------------------------------------------------------------------

def test_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        validate([tmp_path / "missing.xml"])
    result = CliRunner().invoke(main, [*EDITION, str(tmp_path / "missing.xml")])
    assert result.exit_code == 2 and "[io.missing]" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("content", ["<grammar", "<notAGrammar/>"], ids=["not-xml", "not-rng"])
def test_unreadable_schema_is_a_usage_error(tmp_path, content):
    (tmp_path / "bad.rng").write_text(content)
    result = CliRunner().invoke(main, [*EDITION, "--schema", str(tmp_path / "bad.rng"), str(PASSAGE)])
    assert result.exit_code == 2, result.output
    assert "[schema.unreadable]" in result.output and "Traceback" not in result.output


def test_missing_schema_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, [*EDITION, "--schema", str(tmp_path / "no.rng"), str(PASSAGE)])
    assert result.exit_code == 2 and "[schema.missing]" in result.output


def test_unreadable_schematron_is_a_usage_error(tmp_path):
    (tmp_path / "bad.sch").write_text("<schema xmlns='http://purl.oclc.org/dsdl/schematron'><oops/></schema>")
    result = CliRunner().invoke(main, [*EDITION, "--schematron", str(tmp_path / "bad.sch"), str(PASSAGE)])
    assert result.exit_code == 2 and "[schematron.unreadable]" in result.output


# --- hostile and odd input ------------------------------------------------------------------------------

def test_deeply_nested_file_is_one_finding_not_a_crash(tmp_path):
    depth = 5000
    body = "<hi>" * depth + "x" + "</hi>" * depth
    path = tmp_path / "deep.xml"
    path.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>{body}</p></body></text></TEI>')
    report = validate([path])
    assert [d.code for d in report.diagnostics] == ["xml.too-deep"]


def test_large_file_validates_in_one_piece(tmp_path):
    paragraphs = "\n".join(f'      <p xml:id="p{i}">Paragraph {i} of a long text.</p>' for i in range(20000))
    text = (VALID / "transcription.xml").read_text(encoding="utf-8")
    path = tmp_path / "large.xml"
    path.write_text(text.replace("        <p>The editor's notes.</p>", paragraphs), encoding="utf-8")
    report = validate([path])
    assert report.ok, [d.format() for d in report.diagnostics][:3]


def test_doctype_with_external_subset_is_not_fetched(tmp_path):
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    text = (VALID / "transcription.xml").read_text(encoding="utf-8").replace(
        "?>\n", f'?>\n<!DOCTYPE TEI SYSTEM "http://127.0.0.1:{port}/tei.dtd">\n', 1)
    path = tmp_path / "doctype.xml"
    path.write_text(text, encoding="utf-8")
    try:
        findings = validate([path]).diagnostics  # the DTD is ignored: teikit never uses DTDs
        with pytest.raises(TimeoutError):
            listener.accept()  # ... and never asked for
    finally:
        listener.close()
    assert findings == []


# --- the Schematron rules one by one, on small documents ------------------------------------------------

def _doc(tmp_path: Path, body: str, standoff: str = "") -> Path:
    path = tmp_path / "case.xml"
    path.write_text(tei_document(body, standoff=standoff), encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "codes"), [
    ('<p><date when="1900-02-29">x</date></p>', ["date.impossible"]),   # 1900 is not a leap year
    ('<p><date when="2000-02-29">x</date></p>', []),                    # 2000 is
    ('<p><date when="1937-13">x</date></p>', ["date.month"]),
    ('<p><date from="1937-05" to="1937">x</date></p>', []),             # May 1937 lies within 1937
    ('<p><date from="1937-06-02" to="1937-06-01">x</date></p>', ["date.range"]),
    ('<p><date when="1937" from="1936" to="1938">x</date></p>', ["date.when-and-range"]),
    ("<p><date>June</date></p>", ["date.no-value"]),
    ('<p><ref target="#nowhere">x</ref></p>', ["ref.dangling"]),
    ('<p><ref target="https://example.org/#nowhere">x</ref></p>', []),  # only "#id" pointers are resolved
    ('<p><persName key="stalin">x</persName></p>', []),
    ('<p xml:id="a"><ref target="#a #b">x</ref></p>', ["ref.dangling"]),
    ('<p><note type="editorial">x</note></p>', ["note.editorial-resp"]),
])
def test_schematron_rule(tmp_path, body, codes):
    assert [d.code for d in validate([_doc(tmp_path, body)]).diagnostics] == codes


PERSON_REGISTER = ('<standOff><listPerson><person xml:id="ada"><persName>Ada</persName>'
                   '<idno type="wikidata">Q7259</idno></person></listPerson></standOff>')


@pytest.mark.parametrize(("mention", "codes"), [
    ('<persName ref="#ada">A</persName>', []),
    ('<persName key="ada">A</persName>', []),                                     # named by key
    ('<persName ref="https://www.wikidata.org/wiki/Q7259">A</persName>', []),     # named by its authority URI
    ('<persName ref="https://www.wikidata.org/wiki/Q72590">A</persName>', ["register.unused"]),
    ("<persName>A</persName>", ["register.unused"]),
])
def test_a_register_entry_counts_as_used_by_ref_key_or_authority_uri(tmp_path, mention, codes):
    path = _doc(tmp_path, f"<p>{mention}</p>", standoff=PERSON_REGISTER)
    assert [d.code for d in validate([path]).diagnostics] == codes


@pytest.mark.parametrize(("kind", "value", "ok"), [
    ("wikidata", "Q855", True), ("wikidata", "Q0855", False), ("wikidata", "q855", False),
    ("viaf", "101787139", True), ("viaf", "0123", False), ("viaf", "VIAF101", False),
    ("gnd", "118642379", True), ("gnd", "4074335-4", True), ("gnd", "1012345678", True),
    ("gnd", "10123456X", True), ("gnd", "2-X", True), ("gnd", "11864237", False), ("gnd", "0-1", False),
    ("geonames", "524901", True), ("geonames", "52a", False),
])
def test_authority_identifier_shapes(tmp_path, kind, value, ok):
    standoff = (f'<standOff><listPerson><person xml:id="x"><persName>X</persName>'
                f'<idno type="{kind}">{value}</idno></person></listPerson></standOff>')
    codes = [d.code for d in validate([_doc(tmp_path, '<p><persName ref="#x">X</persName></p>', standoff)]).diagnostics]
    assert codes == ([] if ok else [f"idno.{kind}"])


@pytest.mark.parametrize(("geo", "ok"), [("55.7558 37.6173", True), ("55.7558, 37.6173", False),
                                         ("95 10", False), ("Moscow", False)])
def test_geo_is_latitude_longitude(tmp_path, geo, ok):
    standoff = (f'<standOff><listPlace><place xml:id="m"><placeName>M</placeName><location><geo>{geo}</geo>'
                "</location></place></listPlace></standOff>")
    document = _doc(tmp_path, '<p><placeName ref="#m">M</placeName></p>', standoff)
    codes = [d.code for d in validate([document]).diagnostics]
    assert codes == ([] if ok else ["geo.format"])


def test_many_findings_of_one_rule_are_capped_with_a_count(tmp_path):
    """10,000 dangling pointers: the first 100 are listed and located, then one line counts the rest."""
    from toolkit.validation import schematron

    body = "<p>" + "".join(f'<persName ref="#nobody{n}">X</persName> ' for n in range(150)) + "</p>"
    source = tmp_path / "many.xml"
    source.write_text(tei_document(body), encoding="utf-8")
    findings = [d for d in validate([source]).diagnostics if d.code == "ref.dangling"]
    assert len(findings) == schematron.MAX_PER_RULE + 1
    assert findings[-1].message.startswith("and 50 more findings of this rule")
    assert all(d.line for d in findings) and findings[-1].line == findings[-2].line
