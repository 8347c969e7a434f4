"""The built edition in a real browser: Debian's Chromium, headless, driven by Playwright.

Opens the file from disk (as a reader would), activates a person mention, checks the popover, closes
it with Escape, toggles a kind's highlighting, and fails on any console error. A screenshot is kept
in tests/artifacts/ for people to look at.
"""

from __future__ import annotations

import shutil

import pytest

from toolkit.pipeline import build

from .conftest import PASSAGE

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def playwright_or_skip():
    """Playwright's sync API, or a skip when Playwright or Debian's chromium is missing."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (make test-system-deps installs it)")
    return sync_api


@pytest.fixture(scope="module")
def browser_and_edition(tmp_path_factory):
    """Headless Chromium and the built HTML edition of the passage (built once for this module)."""
    sync_api = playwright_or_skip()
    out = tmp_path_factory.mktemp("edition")
    report = build([PASSAGE], out_dir=out, validate=False)
    assert report.ok, report.diagnostics
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser, out / "passage.html"
        browser.close()


@pytest.fixture(scope="module")
def page(browser_and_edition):
    browser, edition = browser_and_edition
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(edition.as_uri())
    page.errors, page.requests = errors, requests
    yield page
    context.close()


def test_without_javascript_mentions_and_note_calls_are_plain_links_that_work(browser_and_edition):
    browser, edition = browser_and_edition
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(edition.as_uri())
    mention = page.locator("#text a.mention[data-kind='person']").first
    entity = mention.get_attribute("data-entity")
    mention.click()
    assert page.evaluate("location.hash") == f"#{entity}"
    assert page.locator(f"[id='{entity}']").is_visible()
    assert page.get_by_role("dialog").count() == 0 or not page.get_by_role("dialog").is_visible()
    page.goto(edition.as_uri())
    call = page.locator("#text a.note-call").first
    target = call.get_attribute("href")
    call.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"[id='{target[1:]}']").is_visible()
    context.close()


def test_a_person_mention_opens_its_register_entry_and_escape_closes_it(page, passage_root, artifacts_dir):
    mention = page.locator("#text a.mention[data-kind='person']").first
    entity = mention.get_attribute("data-entity")
    name = page.locator(f"#registers li[id='{entity}'] .entry-name").inner_text()
    mention.click()
    dialog = page.get_by_role("dialog")
    dialog.wait_for(state="visible")
    assert dialog.get_attribute("aria-labelledby") == "popover-title"
    assert page.locator("#popover-title").inner_text() == name
    assert dialog.locator(".entry-mentions a[aria-current='true']").count() == 1
    assert page.evaluate("document.activeElement.id") == "popover"
    page.screenshot(path=str(artifacts_dir / "browser-popover.png"))
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.id") == mention.get_attribute("id")


def test_keyboard_enter_opens_a_note(page):
    call = page.locator("#text a.note-call").first
    call.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog")
    dialog.wait_for(state="visible")
    note_text = page.locator(f"li[id='{call.get_attribute('data-popover')}'] .note-body").inner_text()
    assert note_text.replace("↩", "").strip()[:40] in dialog.inner_text()
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")


def test_a_kind_can_be_switched_off_and_on(page):
    place = page.locator("#text .mention.kind-place").first
    highlighted = place.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator("label.toggle.kind-place").click()
    assert not page.locator("#hl-place").is_checked()
    assert place.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.locator("#hl-place").press("Space")
    assert page.locator("#hl-place").is_checked()
    assert place.evaluate("e => getComputedStyle(e).backgroundColor") == highlighted != "rgba(0, 0, 0, 0)"


def test_no_console_errors_and_no_network(page, artifacts_dir):
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts_dir / "browser-passage.png"), full_page=False)
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith("file://")] == []


#: Computes, for every element matched by a selector, the WCAG contrast ratio of its text colour
#: against the background actually behind it (the nearest ancestor with an opaque-enough background).
CONTRAST_JS = """selector => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return Array.from(document.querySelectorAll(selector)).filter(e => e.offsetParent !== null).map(e => {
    const [a, b] = [lum(rgb(getComputedStyle(e).color).slice(0, 3)), lum(background(e))];
    return [e.className || e.tagName, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
  });
}"""

#: Text a reader must be able to read: body text, mentions (highlighted), note calls, paragraph
#: numbers, register text and the controls.
READABLE = ("#text p, #text .mention, #text .note-call, #text .source-note-call, "
            ".entry-description, .entry-dates, .toggle, .site-nav a, .entry-mentions a, .pnum, .note-body")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa_in_both_schemes(page, scheme):
    page.emulate_media(color_scheme=scheme)
    ratios = page.evaluate(CONTRAST_JS, READABLE)
    assert len(ratios) > 100
    assert [(name, round(r, 2)) for name, r in ratios if r < 4.5] == []
    page.emulate_media(color_scheme="light")
