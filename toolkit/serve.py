"""``teikit serve``: preview the edition site while editing it.

It builds the site once, serves the output folder on 127.0.0.1 only (never on another interface: a
preview is not a publication), watches the sources, the project file and teikit's stylesheets with
``watchfiles`` (a well-kept Rust-backed watcher: no polling of a thousand files), rebuilds what
changed through the incremental engine, and tells the browser to reload: every HTML page served
(not the files on disk) gets a small script that asks ``/__teikit__/version`` once a second and
reloads when a rebuild finished. Findings of every rebuild go to the terminal.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .resources import xslt_dir

#: Injected before </body> of the HTML pages the preview serves (the built files stay as they are).
RELOAD = b"""<script>(function () {
  var seen = null;
  setInterval(function () {
    fetch('/__teikit__/version', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen !== null && v !== seen) { location.reload(); }
      seen = v;
    }).catch(function () {});
  }, 1000);
}());</script>"""


@dataclass
class Preview:
    """A running preview: its address, the number of builds so far, and how to stop it."""

    url: str
    builds: int = 0
    stopped: threading.Event = field(default_factory=threading.Event)
    watching: threading.Event = field(default_factory=threading.Event)
    """Set once the watcher is running: a change made after it is seen."""
    server: http.server.ThreadingHTTPServer | None = None

    def stop(self) -> None:
        self.stopped.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def _handler(out_dir: Path, preview: Preview):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(out_dir), **kwargs)

        def log_message(self, *args) -> None:  # the terminal shows findings, not every request
            pass

        def send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if self.path.startswith("/__teikit__/version"):
                return self.send(200, str(preview.builds).encode(), "text/plain")
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix == ".html" and path.is_file():
                page = path.read_bytes().replace(b"</body>", RELOAD + b"</body>", 1)
                return self.send(200, page, "text/html; charset=utf-8")
            if not path.exists() and (out_dir / "404.html").is_file():
                return self.send(404, (out_dir / "404.html").read_bytes(), "text/html; charset=utf-8")
            return super().do_GET()

    return Handler


def serve(build: Callable[[], object], out_dir: Path, watched: list[Path], *, port: int = 8000,
          on_build: Callable[[object], None] | None = None, watch: bool = True) -> Preview:
    """Build, then serve ``out_dir`` on 127.0.0.1:``port`` in a thread; with ``watch``, rebuild (by
    calling ``build``) whenever a file below ``watched`` (or teikit's stylesheets) changes. Returns
    the running :class:`Preview`; :meth:`Preview.stop` ends it."""
    report = build()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    preview = Preview("", builds=1)
    preview.server = server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _handler(out_dir, preview))
    preview.url = f"http://127.0.0.1:{server.server_address[1]}/"
    if on_build is not None:
        on_build(report)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    if watch:
        threading.Thread(target=partial(_watch, build, out_dir, watched, preview, on_build), daemon=True).start()
        preview.watching.wait(timeout=30)
    return preview


def _watch(build, out_dir: Path, watched: list[Path], preview: Preview, on_build) -> None:
    from watchfiles import watch

    output = out_dir.resolve()

    def relevant(change, path: str) -> bool:
        resolved = Path(path).resolve()
        return not resolved.is_relative_to(output) and resolved.suffix in (".xml", ".toml", ".xsl", ".css", ".js",
                                                                           ".typ", ".png", ".jpg", ".jpeg", ".svg")

    roots = [str(p) for p in [*watched, xslt_dir()] if Path(p).exists()]
    # yield_on_timeout: an empty set comes back every half second, the first one once the watcher runs
    for changes in watch(*roots, watch_filter=relevant, stop_event=preview.stopped, debounce=300,
                         rust_timeout=500, yield_on_timeout=True):
        preview.watching.set()
        if not changes:
            continue
        report = build()
        preview.builds += 1
        if on_build is not None:
            on_build(report)
