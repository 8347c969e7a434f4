"""Hostile URLs (issue 9, the URL policy of xslt/common/linking.xsl): a contributor's document must not
give the HTML edition a link or image that runs script or loads from another host, nor give the PDF a
script link, and a build must not make a request. Each attack is a row; the outputs are parsed."""

from __future__ import annotations

import re

import lxml.html
import pytest

from toolkit.pipeline import build

from ..conftest import PdfEdition, tei_document
from . import loopback_listener

#: (what, TEI body) — each must become text, with a finding, in both editions.
ATTACKS = {
    "ref-javascript": '<p><ref target="javascript:alert(document.domain)">click</ref></p>',
    "ref-javascript-spaces": '<p><ref target="  JavaScript:alert(1)">click</ref></p>',
    "ref-data": '<p><ref target="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">click</ref></p>',
    "ref-vbscript": '<p><ref target="vbscript:msgbox(1)">click</ref></p>',
    "ref-file": '<p><ref target="file:///etc/passwd">click</ref></p>',
    "ref-backslash-host": '<p><ref target="/\\evil.example/x">click</ref></p>',
    "ptr-javascript": '<p>See <ptr target="javascript:alert(2)"/>.</p>',
}

IMAGES = {
    "img-javascript": '<figure><graphic url="javascript:alert(3)"/></figure>',
    "img-remote-space": '<figure><graphic url=" http://127.0.0.1:9/x.png"/></figure>',
    "img-backslash-host": '<figure><graphic url="/\\evil.example/x.png"/></figure>',
    "img-protocol-relative": '<figure><graphic url="//evil.example/x.png"/></figure>',
    "img-absolute": '<figure><graphic url="/etc/passwd.png"/></figure>',
    "img-parent": '<figure><graphic url="../../secret.png"/></figure>',
    "img-data": '<figure><graphic url="data:image/png;base64,AAAA"/></figure>',
    # @url is one URI: a tab inside cannot hide its scheme ("java&#9;script:" is javascript:)
    "img-javascript-tab": '<figure><graphic url="java&#9;script:alert(5)"/></figure>',
}

_SAFE_LINK = ("#", "http://", "https://", "mailto:")


def _build(tmp_path, body: str, licence: str = "", params: dict | None = None):
    source = tmp_path / "hostile.xml"
    document = tei_document(body)
    if licence:
        document = document.replace("<p>Test fixture.</p>", f"<availability><licence target='{licence}'>Licence"
                                                              "</licence></availability>")
    source.write_text(document, encoding="utf-8")
    report = build([source], to=["html", "pdf"], out_dir=tmp_path / "out", validate=False, params=params)
    assert report.ok, [d.format() for d in report.diagnostics]
    [result] = report.documents
    return result, lxml.html.parse(str(result.outputs["html"])).getroot(), PdfEdition(result.outputs["pdf"], [])


def _pdf_uris(edition: PdfEdition) -> list[str]:
    return [str(a.get_object()["/A"].get("/URI")) for page in edition.reader.pages for a in page.get("/Annots", [])
            if "/A" in a.get_object() and "/URI" in a.get_object()["/A"]]


def _unsafe_html_urls(page) -> list[str]:
    """Every href with a scheme other than http(s) and mailto, or naming another host ("//", "/\\"), and
    every src or srcset (the attacks never name a file that may be embedded)."""
    def unsafe(href: str) -> bool:
        href = "".join(href.split()).lower().replace("\\", "/")
        return not href.startswith(_SAFE_LINK) and (re.match(r"^[a-z][a-z0-9+.-]*:", href) is not None
                                                     or href.startswith("//"))

    return [h for h in page.xpath("//@href") if unsafe(h)] + page.xpath("//body//@src") + page.xpath("//@srcset")


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_a_script_or_foreign_link_becomes_text_with_a_finding(tmp_path, name):
    result, page, pdf = _build(tmp_path, ATTACKS[name])
    assert _unsafe_html_urls(page) == [], name
    assert "click" in page.text_content() or "See" in page.text_content()
    assert _pdf_uris(pdf) == []
    assert "url.scheme" in {d.code for d in result.diagnostics}


@pytest.mark.parametrize("name", sorted(IMAGES))
def test_a_remote_absolute_or_escaping_image_is_not_loaded_linked_or_embedded(tmp_path, name):
    (tmp_path / "secret.png").write_bytes(b"not an image")
    result, page, pdf = _build(tmp_path, IMAGES[name])
    assert _unsafe_html_urls(page) == [], name
    assert page.xpath("//img") == []
    images = [x for p in pdf.reader.pages for x in p["/Resources"].get("/XObject", {}).values()]
    assert images == []
    assert "url.resource" in {d.code for d in result.diagnostics}


def test_a_licence_with_a_script_target_is_no_link(tmp_path):
    result, page, pdf = _build(tmp_path, "<p>Text.</p>", licence=" javascript:alert(4)")
    assert _unsafe_html_urls(page) == []
    assert _pdf_uris(pdf) == []
    assert "javascript:alert(4)" in page.text_content()


def test_web_and_mail_links_stay_links(tmp_path):
    result, page, pdf = _build(tmp_path, '<p><ref target=" https://example.org/a ">web</ref> '
                                         '<ref target="mailto:editor@example.org">mail</ref> '
                                         '<ref target="notes.html#n1">relative</ref></p>')
    assert page.xpath("//a[.='web']/@href") == ["https://example.org/a"]
    assert page.xpath("//a[.='relative']/@href") == ["notes.html#n1"]
    assert sorted(_pdf_uris(pdf)) == ["https://example.org/a", "mailto:editor@example.org"]
    assert "url.scheme" not in {d.code for d in result.diagnostics}


def test_building_hostile_documents_makes_no_request(tmp_path):
    """A listener on the loopback interface: no build of any attack connects to it."""
    with loopback_listener() as (port, connections):
        base = f"http://127.0.0.1:{port}"
        body = (f'<p><ref target="{base}/link">a</ref></p><figure><graphic url="{base}/a.png"/></figure>'
                f'<figure><graphic url=" {base}/b.png"/></figure><figure><graphic url="//127.0.0.1:{port}/c.png"/>'
                f'</figure><figure><graphic url="/\\127.0.0.1:{port}/d.png"/></figure>')
        _build(tmp_path, body)
        # the HTML may name an https: image then, but building makes no request: the PDF never fetches
        _build(tmp_path, body.replace("http://", "https://"), params={"remote-images": "true"})
    assert connections == []


def test_validate_warns_before_a_build_and_the_build_says_it_once(tmp_path):
    from click.testing import CliRunner

    from toolkit.cli import main

    source = tmp_path / "link.xml"
    source.write_text(tei_document('<p><ref target="javascript:alert(1)">x</ref></p>'), encoding="utf-8")
    checked = CliRunner().invoke(main, ["validate", str(source)])
    assert checked.exit_code == 0 and "[url.scheme]" in checked.stdout
    built = CliRunner().invoke(main, ["build", "--to", "all", "-o", str(tmp_path / "out"), str(source)])
    assert built.exit_code == 0
    assert sum("[url.scheme]" in line for line in built.stderr.splitlines()) == 1


def test_remote_images_true_lets_the_html_show_https_images_and_the_pdf_fetches_none(tmp_path):
    body = ('<figure><graphic url=" https://images.example.org/plate.png "/><figDesc>Plate.</figDesc></figure>'
            '<figure><graphic url="http://images.example.org/plain.png"/></figure>'
            '<figure><graphic url="javascript:alert(1)"/></figure>')
    result, page, pdf = _build(tmp_path, body, params={"remote-images": "true"})
    [image] = page.xpath("//img")
    assert (image.get("src"), image.get("alt"), image.get("referrerpolicy")) == (
        "https://images.example.org/plate.png", "Plate.", "no-referrer")
    # http: (readable on the way) and script stay refused; each said once
    refused = sorted(d.message.split('"')[1] for d in result.diagnostics if d.code == "url.resource")
    assert refused == ["http://images.example.org/plain.png", "javascript:alert(1)"]
    [pdf_warning] = [d for d in result.diagnostics if d.code == "pdf.missing-image"]
    assert "never fetches" in pdf_warning.message
    assert [x for p in pdf.reader.pages for x in p["/Resources"].get("/XObject", {}).values()] == []
    assert "images.example.org/plate.png" in " ".join(pdf.page_texts)


def test_https_images_are_refused_by_default_with_a_hint(tmp_path):
    result, page, _ = _build(tmp_path, '<figure><graphic url="https://images.example.org/plate.png"/></figure>')
    assert page.xpath("//img") == []
    [finding] = [d for d in result.diagnostics if d.code == "url.resource"]
    assert "-p remote-images=true" in finding.message
