"""The project file, teikit.toml (issue 10): every key, errors that name the key and its line, the
starter `teikit init` writes, and the example edition, which validates and builds with no option."""

from __future__ import annotations

import textwrap

import lxml.html
import pytest
from click.testing import CliRunner

from toolkit import project as project_file
from toolkit.cli import main
from toolkit.errors import UsageError
from toolkit.validation import store

from .conftest import tei_document

EVERY_KEY = """
[edition]
title = "Letters"
base-url = "https://example.org/letters/"
description = "Two letters."
editors = ["A. Editor", "B. Editor"]
licence = "CC BY 4.0"
language = "de"

[sources]
include = ["letters/*.xml", "extra/**/*.xml"]
exclude = ["letters/draft-*.xml"]
registers = ["register.xml"]

[validation]
profile = "edition"
schema = "schema/custom.rng"
schematron = "schema/custom.sch"
engine = "jing"

[build]
output = "site"
formats = ["html", "pdf"]
strict = true
params = { show-registers = false, edition-url = "https://example.org/" }
jobs = 2
scheduler = "tcp://127.0.0.1:8786"
"""


def _write(folder, text: str):
    path = folder / "teikit.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_every_key_is_read_with_its_type(tmp_path):
    loaded = project_file.load(_write(tmp_path, EVERY_KEY))
    assert loaded.edition.editors == ["A. Editor", "B. Editor"] and loaded.edition.base_url.endswith("/letters/")
    assert loaded.sources.exclude == ["letters/draft-*.xml"] and loaded.registers() == [tmp_path / "register.xml"]
    assert (loaded.validation.profile, loaded.validation.engine) == ("edition", "jing")
    assert loaded.path(loaded.validation.schema) == tmp_path / "schema" / "custom.rng"
    assert (loaded.build.output, loaded.build.formats, loaded.build.strict) == ("site", ["html", "pdf"], True)
    assert (loaded.build.jobs, loaded.build.scheduler) == (2, "tcp://127.0.0.1:8786")
    assert loaded.build_params() == {"show-registers": False, "edition-url": "https://example.org/", "ui-lang": "de"}


def test_defaults_without_any_key(tmp_path):
    loaded = project_file.load(_write(tmp_path, ""))
    assert (loaded.sources.include, loaded.validation.profile, loaded.build.formats) == (["**/*.xml"], "tei", [])


def test_a_project_of_several_documents_builds_a_site_by_default_and_of_one_a_page(tmp_path, monkeypatch):
    _write(tmp_path, "")
    (tmp_path / "one.xml").write_text(tei_document("<p>One.</p>"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["build", "--no-validate"]).exit_code == 0
    assert (tmp_path / "output" / "one.html").is_file() and not (tmp_path / "output" / "index.html").exists()
    (tmp_path / "two.xml").write_text(tei_document("<p>Two.</p>"), encoding="utf-8")
    assert CliRunner().invoke(main, ["build", "--no-validate"]).exit_code == 0
    assert (tmp_path / "output" / "index.html").is_file() and (tmp_path / "output" / "search.html").is_file()


@pytest.mark.parametrize(("text", "line", "words"), [
    ('[build]\noutput = "out"\nformat = ["html"]\n', 3, "[build] format: unknown key"),
    ('[build]\nstrict = "yes"\n', 2, "[build] strict: must be true or false, not a string"),
    ('[sources]\n\ninclude = "letters/*.xml"\n', 3, "[sources] include: must be a list of strings"),
    ('[validation]\nprofile = "tei_all"\n', 2, "must be one of 'tei', 'edition'"),
    ('[edition]\ntitle = "T"\n[output]\ndir = "x"\n', 3, "unknown section [output]"),
    ('[edition]\ntitle = "unclosed\n', 2, "not valid TOML"),
    ('[build]\nformats = ["html", 3]\n', 2, "must be a list of strings"),
])
def test_a_wrong_key_is_one_error_naming_the_key_and_its_line(tmp_path, text, line, words):
    path = _write(tmp_path, text)
    with pytest.raises(UsageError) as raised:
        project_file.load(path)
    finding = raised.value.diagnostic
    assert (finding.file, finding.line) == (str(path), line)
    assert words in finding.message


def test_the_project_is_found_from_a_folder_below_it(tmp_path):
    _write(tmp_path, "")
    (tmp_path / "letters" / "1801").mkdir(parents=True)
    assert project_file.find(tmp_path / "letters" / "1801") == tmp_path / "teikit.toml"
    assert project_file.find(tmp_path.parent) is None or project_file.find(tmp_path.parent) != tmp_path / "teikit.toml"


def test_documents_follow_include_and_exclude_and_leave_out_registers_and_output(tmp_path):
    _write(tmp_path, '[sources]\ninclude = ["**/*.xml"]\nexclude = ["drafts/*"]\nregisters = ["register.xml"]\n'
                     '[build]\noutput = "out"\n')
    for name in ("a.xml", "letters/b.xml", "drafts/c.xml", "register.xml", "out/d.xml", ".git/e.xml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(tei_document("<p>x</p>"), encoding="utf-8")
    found = project_file.load(tmp_path / "teikit.toml").documents()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in found) == ["a.xml", "letters/b.xml"]


def test_the_starter_file_documents_every_key_and_loads_as_the_defaults(tmp_path):
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "teikit.toml").read_text(encoding="utf-8")
    for section, kind in project_file._SECTIONS.items():
        assert f"[{section}]" in text
        for field in project_file.fields(kind):
            assert f"\n{field.name.replace('_', '-')} = " in text
    loaded = project_file.load(tmp_path / "teikit.toml")
    assert loaded.build == project_file.Build() and loaded.validation == project_file.Validation()
    assert text.count("\n# ") > 15  # each key with its documentation
    again = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert again.exit_code == 2 and "never overwrites" in again.stderr


def test_the_example_edition_validates_and_builds_with_no_option(tmp_path, monkeypatch, tei_mirror):
    assert CliRunner().invoke(main, ["init", "--example", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path / "letters")  # a folder below the project: the project is found
    offline = CliRunner().invoke(main, ["validate"])
    assert offline.exit_code == 0, offline.output
    assert "3 files, 0 errors" in offline.stdout and "teikit schema fetch tei_all" in offline.stdout
    store.fetch("tei_all")  # once, from the (loopback) TEI mirror
    tei_mirror.clear()
    checked = CliRunner().invoke(main, ["validate"])
    assert checked.exit_code == 0, checked.output
    assert "TEI tei_all 4.3.0, local copy" in checked.stdout and "3 files, 0 errors" in checked.stdout
    built = CliRunner().invoke(main, ["build"])
    assert built.exit_code == 0, built.output
    assert tei_mirror == []  # neither command asked the network for anything
    pages = sorted((tmp_path / "output" / "letters").glob("*.html"))  # the project's tree, mirrored
    assert [p.name for p in pages] == ["1801-05-12-anna-to-ben.html", "1801-06-03-ben-to-anna.html"]
    page = lxml.html.parse(str(pages[1])).getroot()
    assert "half past four" in page.text_content()


def test_a_broken_example_letter_is_refused_by_build_with_its_line(tmp_path, monkeypatch, tei_mirror):
    CliRunner().invoke(main, ["init", "--example", str(tmp_path)])
    store.fetch("tei_all")
    letter = tmp_path / "letters" / "1801-06-03-ben-to-anna.xml"
    letter.write_text(letter.read_text(encoding="utf-8").replace('when="16:30:00"', 'when="25:30:00"'),
                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    built = CliRunner().invoke(main, ["build"])
    assert built.exit_code == 1
    assert f"{letter}:43:" in built.stderr and "[date.time]" in built.stderr
    assert not (tmp_path / "output" / "letters" / "1801-06-03-ben-to-anna.html").exists()
    assert (tmp_path / "output" / "letters" / "1801-05-12-anna-to-ben.html").exists()  # the other one is built


def test_command_line_options_override_the_project(tmp_path, monkeypatch):
    _write(tmp_path, '[build]\noutput = "site"\nformats = ["html"]\n[validation]\nprofile = "edition"\n')
    (tmp_path / "doc.xml").write_text(tei_document("<p>Text <madeUp/>.</p>"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    refused = CliRunner().invoke(main, ["validate"])  # the project's edition profile refuses <madeUp>
    assert refused.exit_code == 1 and "[rng.unknown-element]" in refused.stdout
    assert CliRunner().invoke(main, ["validate", "--profile", "tei"]).exit_code == 0
    built = CliRunner().invoke(main, ["build", "--no-validate", "-o", "elsewhere"])
    assert built.exit_code == 0 and (tmp_path / "elsewhere" / "doc.html").exists()
    assert not (tmp_path / "site").exists()


def test_without_a_project_or_a_path_build_takes_the_tei_documents_below_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    empty = CliRunner().invoke(main, ["build"])
    assert empty.exit_code == 2 and "no TEI document" in empty.stderr
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "doc.xml").write_text(tei_document("<p>Deep.</p>"), encoding="utf-8")
    (tmp_path / "notes.xml").write_text("<notes/>", encoding="utf-8")  # XML, not TEI: left out
    built = CliRunner().invoke(main, ["build", "--no-validate"])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "output" / "a" / "b" / "doc.html").is_file()
    assert "left out 1 *.xml file that is not TEI" in built.stdout
    assert CliRunner().invoke(main, ["validate"]).exit_code == 2  # validate still needs a path or a project
