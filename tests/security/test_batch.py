"""One bad document never stops the others (issue 9): a batch of 20 with broken documents at positions
1, 7 and 20 — a schema declared by xml-model that is not a schema, a Schematron that is not one, a file
that is not XML — validates and builds the other 17, and the exit status says that some failed."""

from __future__ import annotations

from click.testing import CliRunner

from toolkit.cli import main

from ..conftest import tei_document

RNG_MODEL = '<?xml-model href="not-a-schema.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
SCH_MODEL = '<?xml-model href="not-a-schematron.sch" schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'


def _batch(tmp_path):
    (tmp_path / "not-a-schema.rng").write_text("this is not a schema", encoding="utf-8")
    (tmp_path / "not-a-schematron.sch").write_text("<notSchematron/>", encoding="utf-8")
    paths = []
    for n in range(1, 21):
        path = tmp_path / f"doc{n:02d}.xml"
        if n == 1:
            text = RNG_MODEL + tei_document(f"<p>Document {n}.</p>")
        elif n == 7:
            text = SCH_MODEL + tei_document(f"<p>Document {n}.</p>")
        elif n == 20:
            text = "this is not XML"
        else:
            text = tei_document(f"<p>Document {n}.</p>")
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_validate_reports_the_broken_documents_and_checks_the_others(tmp_path):
    paths = _batch(tmp_path)
    result = CliRunner().invoke(main, ["validate", *paths])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert sorted(line.split(":")[0].rsplit("/", 1)[1] for line in errors) == ["doc01.xml", "doc07.xml", "doc20.xml"]
    assert "20 files, 3 errors" in result.stdout
    assert "Traceback" not in result.output


def test_build_builds_the_others(tmp_path):
    paths = _batch(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "-o", str(out), *paths])
    assert result.exit_code == 1
    built = sorted(p.name for p in out.iterdir() if p.name != ".teikit-manifest.json")
    assert built == [f"doc{n:02d}.html" for n in range(1, 21) if n not in (1, 7, 20)]
    assert sum("not built" in line for line in result.stderr.splitlines()) == 3
