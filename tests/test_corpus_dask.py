"""A corpus built on a Dask distributed cluster (issue 11): a LocalCluster with two worker processes on
the loopback interface builds 20 documents to the same bytes, findings and order as a local build."""

from __future__ import annotations

import shutil

import pytest

from toolkit.pipeline import build
from toolkit.sources import collect

from .conftest import DOCS, tei_document

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


def test_a_dask_build_equals_a_local_build(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "b").mkdir()
    for n in range(18):
        (corpus / ("a" if n % 2 else "b") / f"doc{n:02}.xml").write_text(
            tei_document(f"<p>Document {n}: <choice><abbr>Dr</abbr><expan>Doctor</expan></choice> Who.</p>"),
            encoding="utf-8")
    shutil.copy(DOCS / "letter.xml", corpus / "a" / "letter.xml")
    (corpus / "b" / "broken.xml").write_text(tei_document("<p>x</p>").replace("</p>", ""), encoding="utf-8")
    local = build(collect([corpus], out_dir=tmp_path / "local"), out_dir=tmp_path / "local", validate=False, jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        remote = build(collect([corpus], out_dir=tmp_path / "dask"), out_dir=tmp_path / "dask", validate=False,
                       scheduler=cluster.scheduler_address)
    assert len(local.documents) == 20
    assert [(d.path, d.ok) for d in remote.documents] == [(d.path, d.ok) for d in local.documents]
    assert [d.diagnostics for d in remote.documents] == [d.diagnostics for d in local.documents]
    pages = {p.relative_to(tmp_path / "local"): p.read_bytes() for p in (tmp_path / "local").rglob("*.html")}
    assert len(pages) == 19
    assert {p.relative_to(tmp_path / "dask"): p.read_bytes() for p in (tmp_path / "dask").rglob("*.html")} == pages


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    from toolkit.errors import UsageError

    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>x</p>"), encoding="utf-8")
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        build([source], out_dir=tmp_path / "out", validate=False, scheduler="tcp://127.0.0.1:9")
