"""An interrupted build leaves the previous edition (issue 9): SIGTERM while the PDF is being written,
after the new HTML is already on disk in its temporary file, must leave the old HTML and the old PDF
as they were and no temporary file. The signal is sent by the build itself at that exact moment (the
second file's fsync), so the test does not depend on timing."""

from __future__ import annotations

import signal
import subprocess
import sys

from ..conftest import tei_document

_SCRIPT = """
import os, signal, sys
calls, real_fsync = [], os.fsync
def fsync(fd):
    calls.append(fd)
    if len(calls) == 2:  # the PDF's temporary file, the HTML's already written
        os.kill(os.getpid(), signal.SIGTERM)
    return real_fsync(fd)
os.fsync = fsync
from toolkit import cli
sys.argv = ["teikit", "build", "--to", "all", "-o", sys.argv[2], sys.argv[1]]
cli.main()
"""


def _build_over_an_old_edition(tmp_path, *, interrupt: bool):
    """Run the script's build of a new document over an old HTML and PDF; the process and the folder."""
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>The new text.</p>"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "doc.html").write_bytes(b"old html")
    (out / "doc.pdf").write_bytes(b"old pdf")
    script = _SCRIPT if interrupt else _SCRIPT.replace("len(calls) == 2", "False")
    process = subprocess.run([sys.executable, "-c", script, str(source), str(out)], capture_output=True, text=True,
                             timeout=120)
    return process, out


def test_sigterm_while_the_pdf_is_written_leaves_the_old_edition(tmp_path):
    process, out = _build_over_an_old_edition(tmp_path, interrupt=True)
    assert process.returncode == 128 + signal.SIGTERM, process.stderr
    assert "Traceback" not in process.stderr
    assert sorted(p.name for p in out.iterdir()) == ["doc.html", "doc.pdf"]
    assert ((out / "doc.html").read_bytes(), (out / "doc.pdf").read_bytes()) == (b"old html", b"old pdf")


def test_the_same_build_uninterrupted_replaces_both(tmp_path):
    """The control: the script's build without the signal writes the new edition."""
    process, out = _build_over_an_old_edition(tmp_path, interrupt=False)
    assert process.returncode == 0, process.stderr
    assert b"The new text." in (out / "doc.html").read_bytes()
    assert (out / "doc.pdf").read_bytes().startswith(b"%PDF")
