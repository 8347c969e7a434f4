"""The corpus engine (issue 11): parallel and serial builds write the same bytes, a rebuild does only
what changed (asserted on the result objects, never on time), outputs mirror the source tree, and a
broken document in a parallel batch fails alone."""

from __future__ import annotations

import os
import shutil

import pytest

from toolkit.pipeline import build
from toolkit.sources import collect

from .conftest import DOCS, tei_document

REGISTER = tei_document("<p>Register.</p>", standoff='<standOff><listPerson><person xml:id="ann"><persName>Ann'
                                                    '</persName></person></listPerson></standOff>')


def _corpus(folder):
    """Six documents in a tree: two with the same name in different folders, two pointing into a register."""
    (folder / "letters" / "1801").mkdir(parents=True)
    (folder / "drafts").mkdir()
    (folder / "register.xml").write_text(REGISTER, encoding="utf-8")
    for name in ("letter", "verse", "excerpt"):
        shutil.copy(DOCS / f"{name}.xml", folder / "letters" / f"{name}.xml")
    shutil.copy(DOCS / "verse.xml", folder / "drafts" / "verse.xml")
    for n in (1, 2):
        (folder / "letters" / "1801" / f"to-ann-{n}.xml").write_text(
            tei_document(f'<p>Letter {n} to <persName ref="../../register.xml#ann">Ann</persName>.</p>'),
            encoding="utf-8")
    return folder


def _build(folder, out, **options):
    sources = collect([folder], out_dir=out)
    return build(sources, out_dir=out, validate=False, **options)


def _built(report) -> list[str]:
    return sorted(d.path.name + ("" if d.path.parent.name != "drafts" else "@drafts") for d in report.documents
                  if d.ok and not d.details.get("unchanged"))


def _tree(out) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def test_outputs_mirror_the_source_tree(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    report = _build(corpus, tmp_path / "out")
    assert report.ok, [d.format() for d in report.diagnostics]
    assert sorted(_tree(tmp_path / "out")) == ["drafts/verse.html", "letters/1801/to-ann-1.html",
                                               "letters/1801/to-ann-2.html", "letters/excerpt.html",
                                               "letters/letter.html", "letters/verse.html", "register.html"]


def test_parallel_and_serial_builds_write_the_same_bytes_in_document_order(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    serial = _build(corpus, tmp_path / "serial", jobs=1)
    parallel = _build(corpus, tmp_path / "parallel", jobs=2)
    assert _tree(tmp_path / "serial") == _tree(tmp_path / "parallel") != {}
    assert [d.path for d in serial.documents] == [d.path for d in parallel.documents]
    assert [d.diagnostics for d in serial.documents] == [d.diagnostics for d in parallel.documents]


def test_a_rebuild_with_nothing_changed_builds_nothing(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    first = _build(corpus, tmp_path / "out")
    again = _build(corpus, tmp_path / "out")
    assert len(_built(first)) == 7 and _built(again) == []
    assert again.unchanged == 7 and again.ok
    assert [d.diagnostics for d in again.documents] == [d.diagnostics for d in first.documents]  # replayed
    assert _built(_build(corpus, tmp_path / "out", force=True)) == _built(first)


def test_exactly_the_right_documents_are_rebuilt(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    _build(corpus, out)
    # a changed source: that document
    letter = corpus / "letters" / "letter.xml"
    letter.write_text(letter.read_text(encoding="utf-8").replace("</body>", "<p>Postscript.</p></body>"),
                      encoding="utf-8")
    assert _built(_build(corpus, out)) == ["letter.xml"]
    assert b"Postscript." in (out / "letters" / "letter.html").read_bytes()
    # a changed register: the documents that point into it (and the register itself)
    (corpus / "register.xml").write_text(REGISTER.replace("Ann</persName>", "Ann Example</persName>"),
                                         encoding="utf-8")
    assert _built(_build(corpus, out)) == ["register.xml", "to-ann-1.xml", "to-ann-2.xml"]
    # a deleted source: its outputs go, nothing is built
    (corpus / "drafts" / "verse.xml").unlink()
    report = _build(corpus, out)
    assert _built(report) == [] and not (out / "drafts" / "verse.html").exists()
    assert [p.name for p in report.removed] == ["verse.html"]
    # a changed stylesheet parameter: everything
    assert len(_built(_build(corpus, out, params={"show-registers": "false"}))) == 6


def test_an_interrupted_build_leaves_a_manifest_that_tells_the_truth(tmp_path, monkeypatch):
    from toolkit import pipeline

    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    real, calls = pipeline.build_document, []

    def interrupted(job, path, place=None, own=None):
        calls.append(path)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(job, path, place, own)

    monkeypatch.setattr(pipeline, "build_document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, out, jobs=1)
    monkeypatch.setattr(pipeline, "build_document", real)
    report = _build(corpus, out)
    assert report.unchanged == 3 and len(_built(report)) == 4


def test_a_broken_document_in_a_parallel_batch_fails_alone(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "letters" / "broken.xml").write_text(tei_document("<p>unclosed</p>").replace("</body>", ""),
                                                   encoding="utf-8")
    # not TEI by its bytes? It is: the root is TEI, the file is not well-formed
    report = _build(corpus, tmp_path / "out", jobs=2)
    failed = [d.path.name for d in report.documents if not d.ok]
    assert failed == ["broken.xml"]
    assert sum(1 for d in report.documents if d.ok) == 7
    [finding] = [d for d in report.diagnostics if d.file.endswith("broken.xml")]
    assert finding.code == "xml.not-well-formed"


@pytest.mark.skipif(os.cpu_count() is None, reason="needs a CPU count")
def test_the_cli_builds_a_folder_in_parallel_and_says_so(tmp_path):
    from click.testing import CliRunner

    from toolkit.cli import main

    corpus = _corpus(tmp_path / "corpus")
    result = CliRunner().invoke(main, ["build", "--no-validate", "-j", "2", "-o", str(tmp_path / "out"), str(corpus)])
    assert result.exit_code == 0, result.output
    assert "7 documents: 7 built, 0 failed, 0 unchanged" in result.stdout.splitlines()[-1]
    again = CliRunner().invoke(main, ["build", "--no-validate", "-o", str(tmp_path / "out"), str(corpus)])
    assert "7 documents: 0 built, 0 failed, 7 unchanged" in again.stdout.splitlines()[-1]
    assert "wrote" not in again.stdout


def test_a_changed_stylesheet_rebuilds_everything(tmp_path, monkeypatch):
    from toolkit import manifest
    from toolkit.resources import xslt_dir

    stylesheets = tmp_path / "xslt"
    shutil.copytree(xslt_dir(), stylesheets)
    monkeypatch.setattr(manifest, "xslt_dir", lambda: stylesheets)  # what the engine key is made of
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    _build(corpus, out)
    assert _built(_build(corpus, out)) == []
    with open(stylesheets / "common" / "core.xsl", "a", encoding="utf-8") as handle:
        handle.write("<!-- an edit -->\n")
    assert len(_built(_build(corpus, out))) == 7


def test_a_corpus_build_judges_register_use_over_the_corpus(tmp_path, tei_mirror):
    """register.xml's entry is used by a letter: building the folder warns of no unused entry (as
    `teikit validate` of the folder does), and --strict builds it."""
    from toolkit.validation import store

    store.fetch("tei_all")
    corpus = _corpus(tmp_path / "corpus")
    sources = collect([corpus], out_dir=tmp_path / "out")
    report = build(sources, out_dir=tmp_path / "out", strict=True, checks={"profile": "tei"})
    unused = [d for d in report.diagnostics if d.code == "register.unused"]
    assert unused == []
    register = next(d for d in report.documents if d.path.name == "register.xml")
    assert register.ok, [d.format() for d in register.diagnostics]
    alone = build([corpus / "register.xml"], out_dir=tmp_path / "alone", checks={"profile": "tei"})
    assert [d.code for d in alone.diagnostics if d.code == "register.unused"] == ["register.unused"]
