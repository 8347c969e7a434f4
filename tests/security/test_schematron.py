"""A document's rules are a stranger's code too: Schematron rules that call document() on a local file
or a URL read nothing (lxml's XSLT access control denies it) and the run says so."""

from __future__ import annotations

from click.testing import CliRunner

from toolkit.cli import main

from ..conftest import tei_document

SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <pattern><rule context="/*">
    <report id="leak" test="true()">leak: <value-of select="document('{target}')"/></report>
  </rule></pattern></schema>"""


def test_schematron_rules_cannot_read_a_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("<secret>TOP-SECRET-CONTENT</secret>", encoding="utf-8")
    schematron = tmp_path / "rules.sch"
    schematron.write_text(SCH.format(target=secret.as_uri()), encoding="utf-8")
    document = tmp_path / "doc.xml"
    document.write_text(tei_document("<p>Text.</p>"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--schematron", str(schematron), str(document)])
    output = result.stdout + result.stderr
    assert "TOP-SECRET-CONTENT" not in output
    assert "[schematron.failed]" in output and result.exit_code == 1
    assert "Traceback" not in output
