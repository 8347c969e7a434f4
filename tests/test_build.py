"""``teikit build`` and :func:`toolkit.pipeline.build`: outputs, validation first, atomic writes, errors."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from toolkit import fsio as writer
from toolkit import outputs
from toolkit.cli import main
from toolkit.diagnostics import Diagnostic, Severity
from toolkit.errors import TeikitError
from toolkit.pipeline import build
from toolkit.validation import FileReport
from toolkit.xmlsource import parse_bytes
from toolkit.xslt import captured_stderr, element_at

from .conftest import DOCS, PASSAGE, tei_document


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_writes_the_html_edition(tmp_path):
    code, out, err = run("build", "-o", str(tmp_path), str(PASSAGE))
    assert (code, err) == (0, "")
    assert (tmp_path / "passage.html").read_text(encoding="utf-8").startswith("<!DOCTYPE HTML>")
    assert out.splitlines()[0] == f"wrote {tmp_path / 'passage.html'}"
    assert out.splitlines()[1].startswith("1 document: 1 built, 0 failed, 0 unchanged; 0 errors, 0 warnings; ")
    # no temporary files left behind; the manifest records what the edition was made from
    assert sorted(p.name for p in tmp_path.iterdir()) == [".teikit-manifest.json", "passage.html"]


def test_several_documents_build_in_one_call(tmp_path):
    paths = [str(DOCS / f"{name}.xml") for name in ("letter", "verse", "excerpt")]
    code, out, _ = run("build", "--no-validate", "-o", str(tmp_path), *paths)
    assert code == 0
    assert sorted(p.name for p in tmp_path.glob("*.html")) == ["excerpt.html", "letter.html", "verse.html"]
    assert "building" not in out  # no progress bar when stdout is not a terminal


def test_an_invalid_document_is_refused_with_the_validation_messages(tmp_path, tei_mirror):
    """By default a build validates as `teikit validate` does: TEI's tei_all (stored once) + the rules."""
    from toolkit.validation import store

    store.fetch("tei_all")
    source = tmp_path / "bad.xml"
    source.write_text(tei_document("<p>text <frobnicate/></p>"), encoding="utf-8")
    code, _, err = run("build", "-o", str(tmp_path / "out"), str(source))
    assert code == 1
    assert f"{source}:" in err and "error" in err
    assert not (tmp_path / "out" / "bad.html").exists()
    code, _, _ = run("build", "--no-validate", "-o", str(tmp_path / "out"), str(source))
    assert code == 0 and (tmp_path / "out" / "bad.html").exists()


def test_refusal_keeps_the_earlier_output(tmp_path, monkeypatch):
    (tmp_path / "letter.html").write_text("earlier edition", encoding="utf-8")
    refusal = Diagnostic(Severity.ERROR, "rng.invalid", "not valid", str(DOCS / "letter.xml"), 3, 1)
    monkeypatch.setattr("toolkit.pipeline.validate_document",
                        lambda document, checks, **_: FileReport(document.path, diagnostics=[refusal]))
    report = build([DOCS / "letter.xml"], out_dir=tmp_path)
    assert not report.ok
    assert report.diagnostics == [refusal]
    assert (tmp_path / "letter.html").read_text(encoding="utf-8") == "earlier edition"


def test_malformed_xml_is_one_line_with_position_and_keeps_the_earlier_output(tmp_path):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>fine</p>"), encoding="utf-8")
    assert run("build", "--no-validate", "-o", str(tmp_path / "out"), str(source))[0] == 0
    good = (tmp_path / "out" / "doc.html").read_bytes()
    source.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text><p>broken</text></TEI>", encoding="utf-8")
    code, _, err = run("build", "--no-validate", "-o", str(tmp_path / "out"), str(source))
    assert code == 1
    first = err.splitlines()[0]
    assert first.startswith(f"{source}:2:") and "[xml.not-well-formed]" in first
    assert "Traceback" not in err
    assert (tmp_path / "out" / "doc.html").read_bytes() == good


def test_a_missing_file_fails_without_stopping_the_others(tmp_path):
    missing = tmp_path / "nope.xml"
    code, out, err = run("build", "--no-validate", "-o", str(tmp_path), str(missing), str(DOCS / "verse.xml"))
    assert code == 1
    assert "[io.missing]" in err
    assert (tmp_path / "verse.html").exists()


def test_warnings_are_reported_and_strict_refuses_them(tmp_path):
    code, _, err = run("build", "--no-validate", "-o", str(tmp_path), str(DOCS / "report.xml"))
    assert code == 0 and "[tei.unknown-element]" in err and f"{DOCS / 'report.xml'}:" in err
    code, _, err = run("build", "--no-validate", "--strict", "-o", str(tmp_path / "strict"), str(DOCS / "report.xml"))
    assert code == 1
    assert not (tmp_path / "strict" / "report.html").exists()


def test_parameters_from_the_command_line(tmp_path):
    code, _, _ = run("build", "--no-validate", "-o", str(tmp_path), "-p", "edition-title=Mine", str(DOCS / "verse.xml"))
    assert code == 0 and "<h1>Mine</h1>" in (tmp_path / "verse.html").read_text(encoding="utf-8")
    code, _, err = run("build", "--no-validate", "-o", str(tmp_path), "-p", "nonsense=1", str(DOCS / "verse.xml"))
    assert code == 2 and "[param.unknown]" in err
    code, _, _ = run("build", "-o", str(tmp_path), "-p", "no-equals-sign", str(DOCS / "verse.xml"))
    assert code == 2


def test_two_documents_with_the_same_name_are_a_usage_error(tmp_path):
    other = tmp_path / "verse.xml"
    other.write_bytes((DOCS / "verse.xml").read_bytes())
    code, _, err = run("build", "--no-validate", "-o", str(tmp_path / "out"), str(DOCS / "verse.xml"), str(other))
    assert code == 2 and "[build.same-name]" in err


def test_the_to_choices_come_from_the_registry(monkeypatch):
    assert outputs.names()[0] == "html"
    assert [o.name for o in outputs.resolve(["all"])] == ["html", "pdf"]  # the site is a whole: not in "all"
    assert "site" in outputs.names()
    code, out, _ = run("build", "--help")
    assert code == 0 and "html" in out and "all" in out
    code, _, _ = run("build", "--to", "docx", str(PASSAGE))
    assert code == 2
    with pytest.raises(ValueError):
        outputs.register(outputs.Output("html", "html.xsl", ".html", "again"))


def test_a_registered_output_is_built_with_its_post_step(tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "OUTPUTS", dict(outputs.OUTPUTS))
    outputs.register(outputs.Output("shout", "html.xsl", ".txt", "test output",
                                    post_step=lambda text, source, params: (text.upper().encode(), [])))
    report = build([DOCS / "verse.xml"], to=["html", "shout"], out_dir=tmp_path, validate=False)
    assert report.ok and sorted(report.documents[0].outputs) == ["html", "shout"]
    assert (tmp_path / "verse.txt").read_text().startswith("<!DOCTYPE HTML>".upper())


def test_the_atomic_writer_leaves_the_old_file_when_replacing_fails(tmp_path, monkeypatch):
    target = tmp_path / "a.html"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", broken_replace)
    with pytest.raises(Exception) as error:
        writer.write_atomic(target, b"new")
    assert "[io.unwritable]" in str(error.value)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_the_editions_of_a_document_are_written_together_or_not_at_all(tmp_path, monkeypatch):
    """A full disk or an interruption while the second file is written: both old files stay, no .tmp."""
    html, pdf = tmp_path / "doc.html", tmp_path / "doc.pdf"
    html.write_text("old html", encoding="utf-8")
    pdf.write_text("old pdf", encoding="utf-8")
    real = writer._temporary

    for failure in (OSError(28, "No space left on device"), KeyboardInterrupt()):
        def second_fails(path, data, failure=failure):
            if path.suffix == ".pdf":
                raise failure
            return real(path, data)

        monkeypatch.setattr(writer, "_temporary", second_fails)
        with pytest.raises((type(failure), TeikitError)):
            writer.write_all_atomic([(html, b"new html"), (pdf, b"new pdf")])
        assert (html.read_text(encoding="utf-8"), pdf.read_text(encoding="utf-8")) == ("old html", "old pdf")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.html", "doc.pdf"]


def test_sigterm_ends_the_command_cleanly(tmp_path):
    """SIGTERM becomes an exit (status 143) rather than a kill, so writers can remove their temporary files."""
    import signal
    import subprocess
    import sys
    import time

    process = subprocess.Popen([sys.executable, "-c", "import sys, time; sys.argv = ['teikit', '--help'];"
                                "from toolkit import cli; import signal;"
                                "cli.main.callback(); print('ready', flush=True); time.sleep(30)"],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 128 + signal.SIGTERM and time.monotonic() - started < 5


def test_the_atomic_writer_makes_readable_files(tmp_path):
    path = writer.write_atomic(tmp_path / "sub" / "b.html", b"content")
    assert path.read_bytes() == b"content"
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask  # as if created by open(), not 0600


def test_saxon_writes_nothing_to_stderr(capfd, tmp_path):
    build([PASSAGE, DOCS / "report.xml"], out_dir=tmp_path, validate=False)
    assert capfd.readouterr().err == ""


def test_captured_stderr_captures_native_output():
    with captured_stderr() as captured:
        os.write(2, b"native noise\n")
    assert captured == ["native noise\n"]


def test_element_at_follows_saxon_paths():
    document = parse_bytes(tei_document("<p>a</p><p>b<hi>c</hi></p>").encode(), "x.xml")
    ns = "Q{http://www.tei-c.org/ns/1.0}"
    element = element_at(document.root, f"/{ns}TEI[1]/{ns}text[1]/{ns}body[1]/{ns}p[2]/{ns}hi[1]")
    assert element is not None and element.text == "c"
    assert element_at(document.root, f"/{ns}TEI[1]/{ns}text[1]/{ns}body[1]/{ns}p[3]") is None


def _run_on_a_terminal(args: list[str]) -> str:
    """Run teikit with stdout on a pseudo-terminal, as a person at a shell would; returns what it showed."""
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "toolkit.cli", *args], stdout=follower,
                               stderr=subprocess.DEVNULL)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the program ends
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=120)
    os.close(leader)
    return shown.decode("utf-8", "replace")


def test_a_progress_bar_appears_on_a_terminal_for_more_than_a_few_files(tmp_path):
    documents = [str(p) for p in sorted(DOCS.glob("*.xml"))]
    assert len(documents) > 3
    shown = _run_on_a_terminal(["build", "--no-validate", "-o", str(tmp_path / "many"), *documents])
    assert "building" in shown and "100%" in shown
    few = _run_on_a_terminal(["build", "--no-validate", "-o", str(tmp_path / "few"), *documents[:2]])
    assert "building" not in few and "wrote" in few


def test_a_build_parses_each_document_once_and_validates_that_tree(tmp_path, monkeypatch):
    """Issue 11: validation and transformation share one parse per document."""
    from toolkit import pipeline, xmlsource
    from toolkit.validation import validator

    parsed: list[str] = []

    def counting(data, path):
        parsed.append(str(path))
        return xmlsource.parse_bytes(data, path)

    monkeypatch.setattr(validator, "parse_bytes", counting)
    monkeypatch.setattr(pipeline, "parse", lambda path: pytest.fail("parsed a second time"))
    paths = [DOCS / "letter.xml", DOCS / "verse.xml"]
    report = build(paths, out_dir=tmp_path, checks={"profile": "edition"})
    assert report.ok, [d.format() for d in report.diagnostics]
    assert parsed == [str(p) for p in paths]
