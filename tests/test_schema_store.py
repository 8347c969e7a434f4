"""The schema store (issue 10): documents that declare TEI's published schemas by URL are validated
offline against a local copy that `teikit schema fetch` stored once, with its checksum."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.validation import store, validate

from .conftest import fetch_tei_all, tei_document

RELEASE = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
VAULT = "https://www.tei-c.org/Vault/P5/{}/xml/tei/custom/schema/relaxng/tei_all.rng"
LETTER_BODY = """<p>Lieber Freund,</p>"""
#: msDesc and correspDesc: outside teikit's edition subset, inside tei_all
LETTER_HEADER = """<correspDesc><correspAction type="sent"><persName>Goethe</persName>
<date when="1799-03-02"/></correspAction></correspDesc>"""


def _letter(tmp_path, href: str):
    text = tei_document(LETTER_BODY)
    text = text.replace("</fileDesc>", "</fileDesc><profileDesc>" + LETTER_HEADER + "</profileDesc>")
    model = f'<?xml-model href="{href}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
    path = tmp_path / "letter.xml"
    path.write_text(model + text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("url", "expected"), [
    (RELEASE, ("tei_all", None)),
    ("https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_lite.rng", ("tei_lite", None)),
    (VAULT.format("4.3.0"), ("tei_all", "4.3.0")),
    ("https://vault.tei-c.org/P5/4.9.0/xml/tei/custom/schema/relaxng/tei_bare.rng", ("tei_bare", "4.9.0")),
    ("https://www.tei-c.org/Vault/P5/current/xml/tei/custom/schema/relaxng/tei_ms.rng", ("tei_ms", None)),
    ("https://example.org/release/xml/tei/custom/schema/relaxng/tei_all.rng", None),
    ("https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rnc", None),
])
def test_tei_schema_urls_are_recognised(url, expected):
    found = store.tei_schema(url)
    assert (found and (found.name, found.version)) == expected


def test_without_a_stored_copy_the_warning_says_how_to_get_one(tmp_path):
    report = validate([_letter(tmp_path, RELEASE)])
    [warning] = [d for d in report.diagnostics if d.code == "schema.not-installed"]
    assert "teikit schema fetch tei_all" in warning.message and warning.line == 1
    assert report.files[0].schema.startswith("none")  # the tei profile's grammar is tei_all: not checked


def test_fetch_stores_tei_all_and_validation_uses_it_offline(tmp_path, tei_mirror):
    result = CliRunner().invoke(main, ["schema", "fetch", "tei_all"])
    assert result.exit_code == 0, result.output
    assert "TEI tei_all 4.3.0" in result.stdout
    assert tei_mirror == ["/release/xml/tei/custom/schema/relaxng/tei_all.rng"]
    tei_mirror.clear()
    report = validate([_letter(tmp_path, RELEASE), _letter(tmp_path / "..", VAULT.format("4.3.0"))])
    assert tei_mirror == []  # validation asked the mirror for nothing
    assert all(f.schema.endswith("TEI tei_all 4.3.0, local copy)") for f in report.files)
    assert [d for d in report.diagnostics if d.code.startswith(("schema.", "rng."))] == []
    listed = CliRunner().invoke(main, ["schema", "list"])
    assert "TEI tei_all" in listed.stdout and "4.3.0" in listed.stdout


def test_tei_all_still_refuses_what_it_should(tmp_path, tei_mirror):
    store.fetch("tei_all")
    path = _letter(tmp_path, RELEASE)
    path.write_text(path.read_text(encoding="utf-8").replace("<p>Lieber", "<madeUp/><p>Lieber"), encoding="utf-8")
    report = validate([path])
    assert "rng.unknown-element" in {d.code for d in report.diagnostics}


def test_another_version_is_used_with_a_warning(tmp_path, tei_mirror):
    store.fetch("tei_all")
    report = validate([_letter(tmp_path, VAULT.format("4.9.0"))])
    [note] = [d for d in report.diagnostics if d.code == "schema.version"]
    assert "4.9.0" in note.message and "using the stored 4.3.0" in note.message


def test_a_changed_copy_is_refused_not_used(tmp_path, tei_mirror):
    entry = store.fetch("tei_all")
    entry.path().write_bytes(entry.path().read_bytes().replace(b"<define", b"<define ", 1))
    report = validate([_letter(tmp_path, RELEASE)])
    [problem] = [d for d in report.diagnostics if d.code == "schema.store"]
    assert "changed since it was stored" in problem.message
    assert report.files[0].schema.startswith("none")


def test_fetch_from_a_local_file(tmp_path):
    entry = store.fetch("tei_all", source=str(fetch_tei_all()))
    assert (entry.key, entry.version) == ("tei:tei_all", "4.3.0")
    with pytest.raises(Exception, match="not the 4.9.0 asked for"):
        store.fetch("tei_all", version="4.9.0", source=str(fetch_tei_all()))


def test_any_schema_url_can_be_stored(tmp_path):
    rng = tmp_path / "loose.rng"
    rng.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element>'
                   '<anyName/><zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/>'
                   '</choice></zeroOrMore></element></start><define name="any"><element><anyName/><zeroOrMore>'
                   '<choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore>'
                   '</element></define></grammar>', encoding="utf-8")
    url = "https://example.org/schemas/loose.rng"
    store.fetch(url, source=str(rng))
    report = validate([_letter(tmp_path, url)])
    assert report.files[0].schema.endswith(f"{url}, local copy)")
    assert report.ok


@pytest.mark.parametrize(("source", "message"), [
    ("<notAGrammar/>", "not a RELAX NG schema"),
    ("not xml at all", "not a RELAX NG schema"),
    ('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="other.rng"/></grammar>',
     "includes other files"),
])
def test_fetch_refuses_what_is_not_a_usable_schema(tmp_path, source, message):
    path = tmp_path / "bad.rng"
    path.write_text(source, encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "fetch", "https://example.org/bad.rng", "--from", str(path)])
    assert result.exit_code == 2 and message in result.stderr and "[schema.fetch]" in result.stderr
    assert store.stored() == []


def test_fetch_without_network_says_what_to_do():
    result = CliRunner().invoke(main, ["schema", "fetch", "tei_lite"])
    assert result.exit_code == 2
    assert "cannot download it" in result.stderr and "--from FILE" in result.stderr
    assert "Traceback" not in result.stderr
