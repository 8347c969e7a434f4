"""The stylesheet parameters: each is documented where it is declared, and each does what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from toolkit.errors import UsageError
from toolkit.resources import xslt_dir
from toolkit.xslt import parameters

from .conftest import DOCS

XSL = "{http://www.w3.org/1999/XSL/Transform}"


def test_every_parameter_in_every_module_is_documented():
    declared = []
    for module in sorted(xslt_dir().rglob("*.xsl")):
        for param in etree.parse(str(module)).getroot().iterchildren(f"{XSL}param"):
            comment = param.getprevious()
            declared.append(param.get("name"))
            assert isinstance(comment, etree._Comment) and param.get("name") in comment.text, \
                f"{module.name}: parameter {param.get('name')} has no comment naming it right before it"
            assert param.get("as"), f"{module.name}: parameter {param.get('name')} has no type"
    entry = set(parameters("html.xsl")) | set(parameters("typst.xsl")) | set(parameters("site.xsl")) | set(
        parameters("site/index.xsl"))
    assert sorted(d for d in declared if ":" not in d) == sorted(entry)  # t:…: set by teikit, not by -p


def test_edition_title_overrides_the_header(html_edition):
    edition = html_edition(DOCS / "letter.xml", **{"edition-title": "Another Title"})
    edition.check([("string(//h1)", "Another Title"), ("string(//title)", "Another Title")])


def test_without_registers_mentions_stay_styled_but_link_nowhere(html_edition):
    edition = html_edition(DOCS / "excerpt.xml", **{"show-registers": "false"})
    edition.check([("count(//section[@id = 'registers'])", 0.0),
                   ("count(//span[contains(@class, 'mention')][@data-kind = 'person'])", 8.0),
                   ("count(//a[contains(@class, 'mention')])", 0.0)])


def test_interface_language(html_edition):
    german = html_edition(DOCS / "excerpt.xml", **{"ui-lang": "de"})
    german.check([("string(/html/@lang)", "de"), ("string(//section[@id = 'notes']/h2)", "Anmerkungen"),
                  ("string(//article[@id = 'text']/@lang)", "en"),
                  ("string(//li[@id = 'stalin']/p[@class = 'entry-facts'])", "18. Dezember 1878 – 5. März 1953")])
    unknown = html_edition(DOCS / "excerpt.xml", **{"ui-lang": "xx"})
    unknown.check([("string(//section[@id = 'notes']/h2)", "Notes")])


def test_edition_url_goes_into_the_suggested_citation(html_edition):
    edition = html_edition(DOCS / "excerpt.xml", **{"edition-url": "https://example.org/ed"})
    assert edition.xpath("string(//p[contains(@class, 'suggested-citation')])").endswith("https://example.org/ed.")


def test_bad_parameters_are_usage_errors(html_edition):
    with pytest.raises(UsageError) as unknown:
        html_edition(DOCS / "excerpt.xml", colour="red")
    assert unknown.value.diagnostic.code == "param.unknown"
    with pytest.raises(UsageError) as bad:
        html_edition(DOCS / "excerpt.xml", **{"show-registers": "perhaps"})
    assert bad.value.diagnostic.code == "param.bad-value"


def test_the_interface_follows_the_documents_language_unless_ui_lang_is_given(tmp_path):
    """A German (or Danish) letter gets its own interface without -p ui-lang (issue 12); a language
    without labels falls back to English; ui-lang still decides when given."""
    import lxml.html

    from toolkit.pipeline import build

    from .conftest import tei_document

    def page(lang: str, **params) -> lxml.html.HtmlElement:
        source = tmp_path / f"doc-{lang}.xml"
        source.write_text(tei_document("<p>Text<note>Eine Anmerkung.</note></p>", lang=lang), encoding="utf-8")
        report = build([source], out_dir=tmp_path / lang / "-".join(params.values()), validate=False, params=params)
        return lxml.html.parse(str(report.documents[0].outputs["html"])).getroot()

    german = page("de")
    assert german.get("lang") == "de" and german.xpath("string(//h2[@id='notes-h'])") == "Anmerkungen"
    austrian = page("de-AT")
    assert austrian.get("lang") == "de"
    danish = page("da")
    assert danish.get("lang") == "da" and danish.xpath("string(//h2[@id='notes-h'])") == "Noter"
    finnish = page("fi")  # no labels yet: English
    assert finnish.get("lang") == "en" and finnish.xpath("string(//h2[@id='notes-h'])") == "Notes"
    forced = page("de", **{"ui-lang": "en"})
    assert forced.get("lang") == "en" and forced.xpath("string(//h2[@id='notes-h'])") == "Notes"


@pytest.mark.parametrize(("lang", "dates"), [
    ("en", ["1 June 1937", "May 1938"]), ("fr", ["1er juin 1937", "mai 1938"]),
    ("es", ["1 de junio de 1937", "mayo de 1938"]), ("it", ["1º giugno 1937", "maggio 1938"]),
    ("da", ["1. juni 1937", "maj 1938"]), ("de", ["1. Juni 1937", "Mai 1938"])])
def test_dates_are_written_as_each_language_writes_them(tmp_path, lang, dates):
    import lxml.html

    from toolkit.pipeline import build

    from .conftest import tei_document

    source = tmp_path / "doc.xml"
    source.write_text(tei_document('<p><date when="1937-06-01">then</date> and <date when="1938-05">later</date></p>',
                                   lang=lang), encoding="utf-8")
    report = build([source], out_dir=tmp_path, validate=False)
    page = lxml.html.parse(str(report.documents[0].outputs["html"])).getroot()
    dates_ = "//*[contains(@class, 'tei-date')]"
    said = " ".join(page.xpath(f"{dates_}/@title | {dates_}/@aria-label"))
    assert all(date in said for date in dates), said


@pytest.mark.parametrize(("attributes", "said"), [
    ('notBefore="1937-08-11"', "non prima dell’11 agosto 1937"),
    ('notBefore="1937-08-12"', "non prima del 12 agosto 1937"),
    ('notBefore="1937-08-08" notAfter="1937-08-11"', "tra l’8 agosto 1937 e l’11 agosto 1937"),
    ('notAfter="1937-08-01"', "non dopo il 1º agosto 1937"),
    ('notAfter="0811"', "non dopo l’811"),
])
def test_italian_joins_the_article_to_a_number_said_with_a_vowel(tmp_path, attributes, said):
    import lxml.html

    from toolkit.pipeline import build

    from .conftest import tei_document

    source = tmp_path / "doc.xml"
    source.write_text(tei_document(f"<p><date {attributes}>allora</date></p>", lang="it"), encoding="utf-8")
    page = lxml.html.parse(str(build([source], out_dir=tmp_path, validate=False).documents[0].outputs["html"]))
    assert said in page.xpath("string(//*[contains(@class, 'tei-date')]/@title)")


def test_every_interface_language_has_every_label():
    """A missing label would fall back to English at run time; the test says so at once (issue 12)."""
    import re

    text = (xslt_dir() / "common" / "labels.xsl").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"'([a-z]{2})': map \{(.*?)\n    \}", text, flags=re.S))
    keys = {lang: set(re.findall(r"'([a-z0-9-]+)':\s*'", block)) for lang, block in blocks.items()}
    assert {"en", "de"} <= set(keys) and len(keys["en"]) > 80
    for lang, found in keys.items():
        assert sorted(keys["en"] - found) == [], f"labels missing in {lang}"
        assert sorted(found - keys["en"]) == [], f"labels in {lang} that English lacks"


def test_every_stylesheet_parameter_is_in_the_help_and_the_readme():
    import re

    from click.testing import CliRunner

    from toolkit.cli import main

    declared = re.findall(r'^  <xsl:param name="([\w-]+)"', (xslt_dir() / "common" / "params.xsl").read_text(
        encoding="utf-8"), flags=re.MULTILINE)
    assert {"edition-title", "choice-notes", "speaker-run-in"} <= set(declared)
    help_text = "".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert [name for name in declared if name not in help_text] == []
    assert [name for name in declared if f"| `{name}` |" not in readme] == []
