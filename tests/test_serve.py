"""`teikit serve` (issue 12): the preview serves the site on 127.0.0.1, injects the reload script into
the pages it serves (not into the files), answers a missing page with the site's 404, and rebuilds
when a source changes, so the page served next has the new words."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

from toolkit.serve import serve

from .conftest import example_site


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_the_preview_serves_rebuilds_and_reloads(tmp_path):
    out, site = example_site(tmp_path)
    preview = serve(site, out, [tmp_path], port=0)
    try:
        assert preview.url.startswith("http://127.0.0.1:")
        status, home = _get(preview.url)
        assert status == 200 and "Two letters: an example edition" in home and "/__teikit__/version" in home
        assert "/__teikit__/version" not in (out / "index.html").read_text(encoding="utf-8")  # only when served
        status, missing = _get(preview.url + "no/such/page.html")
        assert status == 404 and "Page not found" in missing
        assert _get(preview.url + "__teikit__/version") == (200, "1")
        letter = tmp_path / "letters" / "1801-06-03-ben-to-anna.xml"
        letter.write_text(letter.read_text(encoding="utf-8").replace("Ever yours,", "Ever yours, and in haste,"),
                          encoding="utf-8")
        deadline = time.monotonic() + 30
        while _get(preview.url + "__teikit__/version")[1] == "1" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert preview.builds == 2
        status, page = _get(preview.url + "letters/1801-06-03-ben-to-anna.html")
        assert status == 200 and "and in haste" in page
    finally:
        preview.stop()
    assert Path(out / "letters" / "1801-06-03-ben-to-anna.html").is_file()
