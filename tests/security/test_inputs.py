"""Awkward inputs give one clear line and the documented exit status (issue 9, the small ones): an
empty folder, a FIFO, a control-character reference, a line break in a file name, and JSON that stays
JSON when the command cannot start."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from toolkit.cli import main

from ..conftest import tei_document


def test_validate_of_an_empty_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 2 and "[io.empty-folder]" in result.stderr


@pytest.mark.parametrize(("command", "status"), [("validate", 2), ("info", 2), ("build", 1)])
def test_a_fifo_is_refused_at_once(tmp_path, command, status):
    """validate and info refuse it before any work; build reports it as that document's failure."""
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, [command, "-o", str(tmp_path / "out"), str(fifo)] if command == "build"
                                else [command, str(fifo)])  # would block forever if it were read
    assert result.exit_code == status and "[io.not-a-file]" in result.stderr


def test_a_control_character_reference_is_named_as_such(tmp_path):
    source = tmp_path / "ctrl.xml"
    source.write_text(tei_document("<p>a&#1;b</p>"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 1
    [line] = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert "[xml.invalid-char]" in line and "&#1;" in line and "UTF-8" not in line


def test_a_line_break_in_a_file_name_keeps_each_finding_on_one_line(tmp_path):
    source = tmp_path / "two\nlines.xml"
    source.write_text("<notTEI/>", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(source)])
    findings = [line for line in result.stdout.splitlines() if "[tei.root]" in line]
    assert len(findings) == 1 and "two\\nlines.xml" in findings[0]


def test_json_output_stays_json_when_a_file_is_missing(tmp_path):
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(tmp_path / "missing.xml")])
    assert result.exit_code == 2
    output = json.loads(result.stdout)
    assert output["documents"] == [] and output["summary"]["documents"] == 0
    assert (output["error"]["code"], output["error"]["severity"]) == ("io.missing", "error")
