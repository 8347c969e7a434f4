"""End-to-end tests of ``teikit --version``, ``--help`` and ``teikit info`` (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from toolkit import __version__
from toolkit.cli import main
from toolkit.info import document_info

from .conftest import PASSAGE


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_version_and_help():
    assert run("--version").output.strip() == f"teikit, version {__version__}"
    help_text = run("--help").output
    assert "info" in help_text and run("--help").exit_code == 0


def test_info_counts_the_passage():
    result = run("info", "--format", "json", str(PASSAGE))
    assert result.exit_code == 0, result.output
    (document,) = json.loads(result.output)["documents"]
    info = document["details"]
    assert info["title"] == "Stalin and the Great Terror, 1937–1938"
    assert info["source"].startswith("Geoffrey Roberts, Stalin’s Library: A Dictator and His Books (New Haven")
    assert info["paragraphs"] == 14
    assert info["notes"] == {"editorial": 11, "source": 10}
    assert info["persons"] == {"entries": 18, "mentions": 50}
    assert info["places"] == {"entries": 12, "mentions": 18}
    assert info["organisations"] == {"entries": 10, "mentions": 26}
    assert info["events"] == {"entries": 11, "mentions": 16}
    assert info["dates"] == 22


def test_info_text_output_lists_untagged_name_candidates():
    result = run("info", str(PASSAGE))
    assert "paragraphs:    14" in result.output
    hints = result.output.split("untagged capitalised words:")[1]
    assert "Greek (2)" in hints  # mid-sentence adjectives are offered as hints ...
    assert "Stalin" not in hints and "Antaeus" not in hints  # ... tagged names are not
    assert "Equally" not in hints and "Arrested" not in hints  # ... nor sentence-initial words


def test_untagged_names_on_a_small_document(tmp_path):
    doc = tmp_path / "d.xml"
    doc.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>'
                   "<p>Yesterday <persName>Anna</persName> met Boris in Paris. Then they left with Boris: ‘Quick’."
                   " The ‘Red Napoleon’ and Boris’s friend.</p></body></text></TEI>")
    assert document_info(doc).untagged_names == [("Boris", 3), ("Napoleon", 1), ("Paris", 1), ("Red", 1)]


@pytest.mark.parametrize("content,code,location", [
    (None, "io.missing", ""),
    (b"%PDF-1.4 binary stuff", "xml.not-xml", ":1:1"),
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text>\n</TEI>", "xml.not-well-formed", ":3:"),
    (b"<html><body/></html>", "tei.root", ":1:1"),
])
def test_info_bad_input_is_one_line_and_non_zero(tmp_path, content, code, location):
    path = tmp_path / "bad.xml"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "toolkit.cli", "info", str(path)],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stdout == "1 file, 1 unreadable\n"  # only the summary
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"{path}{location}") and lines[0].endswith(f"[{code}]")


def test_info_goes_on_after_a_bad_file(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI>")
    result = run("info", "--format", "json", str(bad), str(PASSAGE))
    assert result.exit_code == 1
    documents = json.loads(result.stdout)["documents"]
    assert [(d["path"], d["ok"]) for d in documents] == [(str(bad), False), (str(PASSAGE), True)]
    assert documents[0]["diagnostics"][0]["code"] == "xml.not-well-formed" and documents[1]["details"]["paragraphs"]


def test_info_counts_the_entries_of_register_files_the_document_points_into(tmp_path):
    from toolkit.info import document_info

    from .conftest import tei_document

    register = tei_document("<p>r</p>", standoff='<standOff><listPerson><person xml:id="a"><persName>A</persName>'
                                                '</person><person xml:id="b"><persName>B</persName></person>'
                                                '</listPerson></standOff>')
    (tmp_path / "register.xml").write_text(register, encoding="utf-8")
    (tmp_path / "outside.xml").write_text(register, encoding="utf-8")
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "register.xml").write_text(register, encoding="utf-8")
    letter = folder / "letter.xml"
    letter.write_text(tei_document('<p><persName ref="register.xml#a">A</persName> and '
                                   '<persName ref="../outside.xml#b">B</persName></p>'), encoding="utf-8")
    found = document_info(letter)
    assert (found.persons.entries, found.persons.mentions) == (2, 2)  # ../outside.xml is not read
    assert found.register_files == [str(folder / "register.xml")]
    wider = document_info(letter, root_folder=tmp_path)
    assert wider.persons.entries == 4 and len(wider.register_files) == 2
