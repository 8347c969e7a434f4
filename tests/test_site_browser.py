"""The edition site in a real browser (issue 12): Debian's Chromium, headless, driven by Playwright,
on the site `teikit serve` serves on 127.0.0.1. Filter the home page's table, open a letter, follow
next and previous, and reach the TEI source; no console error, no request to another host."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from toolkit.serve import serve

from .conftest import example_site
from .test_browser import ARGS, CHROMIUM, playwright_or_skip

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    sync_api = playwright_or_skip()
    folder = tmp_path_factory.mktemp("edition")
    out, make = example_site(folder)
    preview = serve(make, out, [folder], port=0, watch=False)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser, preview.url
        browser.close()
    preview.stop()


def test_a_reader_filters_the_documents_and_walks_through_the_letters(site, artifacts_dir):
    browser, url = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    rows = page.locator("#documents tbody tr")
    assert rows.count() == 2
    page.fill("#document-filter", "haRBOURtown")
    assert [rows.nth(i).is_visible() for i in range(2)] == [True, False]
    page.fill("#document-filter", "")
    assert rows.nth(1).is_visible()
    page.screenshot(path=str(artifacts_dir / "site-home.png"))
    page.click("text=Anna Example to Ben Example")
    assert page.locator("h1").inner_text().startswith("Anna Example to Ben Example")
    assert page.locator("a[rel=prev]").count() == 0
    page.click("a[rel=next]")
    assert page.locator("h1").inner_text().startswith("Ben Example to Anna Example")
    assert "Received: Anna Example" in page.locator(".correspondence").all_inner_texts()
    page.click("a[rel=prev]")
    assert page.locator("h1").inner_text().startswith("Anna Example to Ben Example")
    with page.expect_response(lambda response: response.url.endswith(".xml")) as source:
        page.click("text=TEI source")
    assert source.value.status == 200 and b"<correspDesc>" in source.value.body()
    page.goto(url)
    page.click("a.site-home")
    assert page.url.rstrip("/").endswith("index.html") or page.url == url
    assert errors == []
    assert {urlparse(r).hostname for r in requests} == {"127.0.0.1"}
    context.close()


def test_the_site_has_no_serious_accessibility_violations(site):
    """axe-core (the axe-playwright-python package carries it) on the home page, a letter, a register, a
    person's page, the search and 404 pages, in the light and the dark scheme: no serious or critical
    violation."""
    from axe_playwright_python.sync_playwright import Axe

    browser, url = site
    found = []
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        for address in ("", "letters/1801-05-12-anna-to-ben.html", "registers/person.html",
                        "registers/person/anna.html", "search.html", "no-such-page.html"):
            page.goto(url + address)
            results = Axe().run(page)
            found += [f"{scheme} {address or 'home'}: {v['id']} ({v['impact']}): {v['help']}"
                      for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        context.close()
    assert found == []


def test_search_finds_a_word_and_a_person_and_leads_to_the_letter(site):
    """Pagefind's index, queried in the browser from the site itself: a word of one letter and a
    correspondent's name; the search box on the home page shows the letter as a result."""
    browser, url = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(url)
    found = page.evaluate("""async (word) => {
      const pagefind = await import('./pagefind/pagefind.js');
      const results = await pagefind.search(word);
      return Promise.all(results.results.map(r => r.data())).then(all => all.map(d => d.url));
    }""", "proofing")
    assert [u for u in found if u.endswith(".html")] == ["/letters/1801-06-03-ben-to-anna.html"]
    people = page.evaluate("""async (word) => {
      const pagefind = await import('./pagefind/pagefind.js');
      const results = await pagefind.search(word);
      return Promise.all(results.results.map(r => r.data())).then(all => all.map(d => d.url));
    }""", "Harbourtown")
    assert "/letters/1801-05-12-anna-to-ben.html" in people
    filters = page.evaluate("""async () => (await import('./pagefind/pagefind.js')).filters()""")
    assert filters["year"] == {"1801": 2} and filters["type"] == {"letter": 2, "person": 2, "place": 2}
    anna = page.evaluate("""async () => {
      const pagefind = await import('./pagefind/pagefind.js');
      const results = await pagefind.search('Anna', {filters: {type: 'person'}});
      return Promise.all(results.results.map(r => r.data())).then(all => all.map(d => d.url));
    }""")
    assert anna[0] == "/registers/person/anna.html"  # her register page, first (Ben is "Anna's brother")
    assert filters["person"] == {"Anna Example": 2, "Ben Example": 2}
    assert filters["place"] == {"Harbourtown": 1, "Millford": 2}
    harbour = page.evaluate("""async () => {
      const pagefind = await import('./pagefind/pagefind.js');
      const results = await pagefind.search(null, {filters: {place: 'Harbourtown'}});
      return Promise.all(results.results.map(r => r.data())).then(all => all.map(d => d.url));
    }""")
    assert harbour == ["/letters/1801-05-12-anna-to-ben.html"]
    page.fill(".pagefind-ui__search-input", "proofing")
    page.wait_for_selector(".pagefind-ui__result-link")
    page.click(".pagefind-ui__result-link")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("Ben Example to Anna Example")
    assert {urlparse(r).hostname for r in requests} == {"127.0.0.1"}
    context.close()


def test_a_reader_opens_a_person_s_popover_then_the_person_s_page_and_a_mention(site):
    """In a letter, the mention's popover shows the entry of the shared register with a link to the
    person's page; that page lists both letters and leads back to the mention in the text."""
    browser, url = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url + "letters/1801-06-03-ben-to-anna.html")
    page.click("a.mention[data-entity='anna']")
    popover = page.locator("#popover")
    popover.wait_for(state="visible")
    assert "A botanist who writes to her brother" in popover.inner_text()
    popover.locator(".entry-page a").click()
    page.wait_for_load_state()
    assert page.url.endswith("/registers/person/anna.html")
    assert page.locator("h1").inner_text() == "Anna Example"
    letters = page.locator(".entity-letters a").all_inner_texts()
    assert letters == ["Anna Example to Ben Example, Harbourtown, 12 May 1801",
                       "Ben Example to Anna Example, Millford, 3 June 1801"]
    page.locator(".kwic a", has_text="Dear Anna").click()
    page.wait_for_load_state()
    assert page.url.endswith("/letters/1801-06-03-ben-to-anna.html#" + page.evaluate(
        "document.querySelector(':target').id"))
    assert page.evaluate("document.querySelector(':target').textContent") == "Anna"
    context.close()
