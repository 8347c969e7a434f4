"""Reports for where editors work (issue 10): GitHub Actions annotations, findings of one rule
grouped after the first 20 unless --all, JSON for build, and a summary line at the end."""

from __future__ import annotations

import json

from click.testing import CliRunner

from toolkit.cli import main
from toolkit.diagnostics import Diagnostic, Severity, limited

from .conftest import tei_document


def _dangling(tmp_path, n: int):
    path = tmp_path / "refs.xml"
    body = "".join(f'<p>\n<ref target="#nowhere{i}">x</ref></p>' for i in range(n))
    path.write_text(tei_document(body), encoding="utf-8")
    return path


def test_a_rule_stops_after_20_findings_in_a_file_unless_all(tmp_path):
    path = _dangling(tmp_path, 25)
    short = CliRunner().invoke(main, ["validate", str(path)])
    lines = [line for line in short.stdout.splitlines() if "[ref.dangling]" in line]
    assert len(lines) == 21 and "and 5 more ref.dangling findings in this file (--all lists them)" in lines[-1]
    assert short.stdout.splitlines()[-1] == "1 file, 25 errors, 1 warning"  # the summary counts them all
    full = CliRunner().invoke(main, ["validate", "--all", str(path)])
    assert sum("[ref.dangling]" in line for line in full.stdout.splitlines()) == 25


def test_the_count_includes_what_a_rule_capped_itself():
    found = [Diagnostic(Severity.ERROR, "ref.dangling", f"finding {n}", "a.xml", n) for n in range(100)]
    found.append(Diagnostic(Severity.ERROR, "ref.dangling", "and 858 more findings of this rule in this file "
                            "(the first 100 are listed)", "a.xml", 99))
    shown = limited(found)
    assert len(shown) == 21 and shown[-1].message.startswith("and 938 more ref.dangling findings")


def test_github_format_writes_workflow_commands(tmp_path):
    path = _dangling(tmp_path, 1)
    result = CliRunner().invoke(main, ["validate", "--format", "github", str(path)])
    assert result.exit_code == 1
    [annotation] = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotation.startswith(f"::error file={path},line=5,col=6,title=ref.dangling::@target points to")
    warning = [line for line in result.stdout.splitlines() if line.startswith("::warning ")]
    assert warning and "title=schema.not-installed" in warning[0]
    assert result.stdout.splitlines()[-1] == "1 file, 1 error, 1 warning"


def test_github_properties_and_messages_are_escaped():
    finding = Diagnostic(Severity.WARNING, "x.y", "50% done\nnext line", "a,b:c.xml", 3, 4)
    assert finding.github() == "::warning file=a%2Cb%3Ac.xml,line=3,col=4,title=x.y::50%25 done next line"


def test_build_reports_json_and_a_summary(tmp_path):
    good = tmp_path / "good.xml"
    good.write_text(tei_document("<p>Fine.</p>"), encoding="utf-8")
    bad = tmp_path / "bad.xml"
    bad.write_text(tei_document('<p><date when="1937-02-30">x</date></p>'), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--format", "json", "-o", str(tmp_path / "out"), str(good), str(bad)])
    assert result.exit_code == 1
    output = json.loads(result.stdout)
    documents = output["documents"]
    assert [(d["path"], d["ok"]) for d in documents] == [(str(good), True), (str(bad), False)]
    assert output["summary"]["failed"] == 1
    assert documents[0]["outputs"] == {"html": str(tmp_path / "out" / "good.html")}
    assert "date.impossible" in {f["code"] for f in documents[1]["diagnostics"]}
    text = CliRunner().invoke(main, ["build", "-o", str(tmp_path / "out"), str(good), str(bad)])
    # the same build again: the good document is unchanged (the manifest), the bad one fails again
    assert text.stdout.splitlines()[-1].startswith("2 documents: 0 built, 1 failed, 1 unchanged; 1 error")
    github = CliRunner().invoke(main, ["build", "--format", "github", "-o", str(tmp_path / "out"), str(bad)])
    assert any(line.startswith(f"::error file={bad},line=") and "title=date.impossible" in line
               for line in github.stdout.splitlines())


def test_every_command_answers_in_one_json_shape(tmp_path):
    """Issue 11: info, validate and build report per document in the same form."""
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Text.</p>"), encoding="utf-8")
    shapes = set()
    for command in (["info"], ["validate"], ["build", "-o", str(tmp_path / "out")]):
        output = json.loads(CliRunner().invoke(main, [*command, "--format", "json", str(source)]).stdout)
        [document] = output["documents"]
        shapes.add((tuple(sorted(output)), tuple(sorted(document)), tuple(sorted(output["summary"]))))
        assert document["path"] == str(source) and document["ok"] is True
    assert len(shapes) == 1


def test_a_result_travels_as_plain_data():
    from pathlib import Path

    from toolkit.results import DocumentResult

    result = DocumentResult(Path("a.xml"), [Diagnostic(Severity.WARNING, "x.y", "m", "a.xml", 1, 2)],
                            {"html": Path("out/a.html")}, {"schema": "s"}, False)
    assert DocumentResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result
