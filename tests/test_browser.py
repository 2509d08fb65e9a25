"""End-to-end tests: Playwright drives Debian's Chromium against the site built from
../shared/articles, served over http on 127.0.0.1.

One built site (the ``built_site`` fixture), one http server and one browser per
session; every test gets a fresh browser context that records each request URL and
each console error. What the pages should show is read from the build's own
briefing.json, never written into the tests.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
HIGHLIGHT = "rgb(255, 243, 168)"  # .sent:target / .sent.is-target in briefing.css
A4_PRINTABLE_PX = 688  # 210 mm - 2 x 14 mm page margins, at 96 px per inch
LETTER_PRINTABLE_PX = 710  # 8.5 in - 2 x 14 mm


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# ------------------------------------------------------------------ fixtures


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    """``http://127.0.0.1:<free port>/`` serving the built site from a thread."""
    handler = functools.partial(_QuietHandler, directory=str(built_site / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def data(built_site) -> dict:
    """The build's briefing.json."""
    return json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through Playwright (never a downloaded browser)."""
    from generator.printing import PrintError, find_chromium

    try:
        executable = find_chromium()
    except PrintError as exc:
        pytest.fail(f"the browser tests need Chromium: {exc}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need Playwright: pip install -e '.[test]' (it drives the system Chromium; "
                    "no browser download needed)")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@dataclass
class Tab:
    """A page plus what it did: every request URL and every console or script error."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self, base: str) -> None:
        origin = urlsplit(base).netloc
        outside = [u for u in self.requests if not u.startswith(("data:", "blob:")) and urlsplit(u).netloc != origin]
        assert not outside, f"requests left {origin}: {outside[:10]}"
        assert not self.errors, f"console errors: {self.errors[:10]}"


@pytest.fixture
def tab(browser, site_url):
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    page = context.new_page()
    rec = Tab(page)
    context.on("request", lambda r: rec.requests.append(r.url))
    page.on("console", lambda m: rec.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: rec.errors.append(f"{page.url}: {e}"))
    context.on("response", lambda r: rec.errors.append(f"HTTP {r.status} for {r.url}") if r.status >= 400 else None)
    yield rec
    context.close()


def _slug(data: dict, doc_id: str) -> str:
    return next(d["slug"] for d in data["documents"] if d["id"] == doc_id)


def _sentence(data: dict, doc_id: str, index: int) -> str:
    doc = next(d for d in data["documents"] if d["id"] == doc_id)
    return doc["sentences"][index]["text"]


# ------------------------------------------------------------------ search


def _search_terms(data: dict, limit: int = 6) -> list[tuple[str, str]]:
    """(term, actor id) pairs a reader would type: aliases and surnames of the most
    mentioned actors, one word of 4+ letters that names no other actor."""
    tokens: dict[str, set[str]] = {}
    for a in data["actors"]:
        for name in (a["name"], *a["aliases"]):
            for tok in re.findall(r"\w+", name.lower()):
                tokens.setdefault(tok, set()).add(a["id"])
    terms = []
    for a in sorted(data["actors"], key=lambda a: -len(a["mentions"])):
        names = list(a["aliases"])
        if a["kind"] == "person" and len(a["name"].split()) > 1:
            names.append(a["name"].split()[-1])
        for term in names:
            if re.fullmatch(r"[A-Za-z]{4,}", term) and tokens.get(term.lower()) == {a["id"]}:
                terms.append((term, a["id"]))
                break
    return terms[:limit]


def test_search_for_an_alias_lists_the_actor_profile_first(tab, site_url, data):
    page = tab.page
    page.goto(site_url + "index.html")
    box = page.locator("input.md-search__input")
    page.locator(".md-search__input").click()
    terms = _search_terms(data)
    assert len(terms) >= 3, f"too few distinctive aliases in briefing.json to test search: {terms}"
    misses = []
    for term, actor_id in terms:
        box.fill("")
        box.press_sequentially(term, delay=20)
        first = page.locator(".md-search-result__item > a").first
        # Results are for this query once their highlight parameter carries the term.
        page.wait_for_function(
            "t => { const a = document.querySelector('.md-search-result__item > a');"
            " return a && a.href.toLowerCase().includes('h=' + t); }",
            arg=term.lower(), timeout=10_000,
        )
        href = first.get_attribute("href")
        if f"actors/{actor_id}.html" not in href:
            misses.append((term, actor_id, href))
    assert not misses, f"search did not list the profile first: {misses}"
    # Opening the top result lands on the profile.
    first.click()
    page.wait_for_load_state()
    assert f"/actors/{actor_id}.html" in page.url
    tab.assert_clean(site_url)


# ------------------------------------------------------------------ citations


def _assert_landed(tab: Tab, data: dict, doc_id: str, index: int) -> None:
    """The source page of ``doc_id`` is open with sentence ``index`` in view and highlighted."""
    page = tab.page
    anchor = f"s-{index + 1}"
    page.wait_for_url(re.compile(rf"/sources/{re.escape(_slug(data, doc_id))}\.html#{anchor}$"))
    sent = page.locator(f"#{anchor}")
    sent.wait_for()
    page.wait_for_function(
        "id => { const e = document.getElementById(id); const r = e.getBoundingClientRect();"
        " return e.classList.contains('is-target') && r.bottom > 0 && r.top < innerHeight; }",
        arg=anchor, timeout=5_000,
    )
    state = sent.evaluate(
        "e => ({cls: e.className, target: e.matches(':target'), bg: getComputedStyle(e).backgroundColor,"
        " top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom, vh: innerHeight,"
        " text: e.textContent})"
    )
    assert "sent" in state["cls"].split() and "is-target" in state["cls"].split()
    assert state["target"]
    assert state["bg"] == HIGHLIGHT, state
    assert 0 <= state["top"] and state["bottom"] <= state["vh"], f"sentence not scrolled into view: {state}"
    # The anchor holds the cited sentence: its number, then the sentence as briefing.json has it.
    assert _words(state["text"]) == _words(f"{index + 1} {_sentence(data, doc_id, index)}")


def test_citation_on_a_profile_lands_on_the_highlighted_sentence(tab, site_url, data):
    actor = max((a for a in data["actors"] if a["mentions"]), key=lambda a: len(a["mentions"]))
    mention = actor["mentions"][-1]
    page = tab.page
    page.goto(site_url + f"actors/{actor['id']}.html")
    href = f"../sources/{_slug(data, mention['doc'])}.html#s-{mention['sentence'] + 1}"
    link = page.locator(f'.md-content a.cite[href="{href}"]').first
    assert mention["text"] in link.inner_text()
    link.click()
    _assert_landed(tab, data, mention["doc"], mention["sentence"])
    assert mention["text"] in _sentence(data, mention["doc"], mention["sentence"])
    tab.assert_clean(site_url)


def test_citation_in_the_claim_index_lands_on_the_highlighted_sentence(tab, site_url, data):
    claim = max(data["claims"], key=lambda c: len(c["occurrences"]))
    occ = claim["occurrences"][-1]
    page = tab.page
    page.goto(site_url + "claims/index.html")
    href = f"../sources/{_slug(data, occ['doc'])}.html#s-{occ['sentence'] + 1}"
    page.locator(f'.md-content a.cite[href="{href}"]').first.click()
    _assert_landed(tab, data, occ["doc"], occ["sentence"])
    assert _words(occ["text"]) in _words(_sentence(data, occ["doc"], occ["sentence"]))
    tab.assert_clean(site_url)


# ------------------------------------------------------------------ lineage


def test_lineage_graph_renders_and_links_to_comparisons(tab, site_url, data):
    page = tab.page
    page.goto(site_url + "lineage/index.html")
    graphs = page.locator("svg.lineage-graph")
    if not data["lineage"]:
        assert graphs.count() == 0
        return
    graph = graphs.first
    graph.wait_for()
    size = graph.bounding_box()
    assert size and size["width"] > 100 and size["height"] > 50
    edges = graph.locator("a.lineage-edge")
    nodes = graph.locator("a.lineage-node")
    docs = {e["child"] for e in data["lineage"]} | {e["parent"] for e in data["lineage"]}
    assert edges.count() == len(data["lineage"])
    assert nodes.count() == len(docs)
    node_hrefs = {nodes.nth(i).get_attribute("href") for i in range(nodes.count())}
    assert node_hrefs == {f"../sources/{_slug(data, d)}.html" for d in docs}
    for i in range(edges.count()):
        label = edges.nth(i).locator("text").text_content()
        assert any(e["relation"] in label for e in data["lineage"]), label
    edge = data["lineage"][0]
    want = f"{_slug(data, edge['child'])}--{_slug(data, edge['parent'])}.html"
    link = graph.locator(f'a.lineage-edge[href$="{want}"]')
    link.locator("text").click()
    page.wait_for_url(re.compile(rf"/lineage/{re.escape(want)}$"))
    heading = page.locator(".md-content h1").inner_text()
    child = next(d for d in data["documents"] if d["id"] == edge["child"])
    assert _words(child["title"])[:20] in _words(heading)
    assert page.locator(".md-content table ins, .md-content table del").count() > 0 or not edge["changes"]
    tab.assert_clean(site_url)


# ------------------------------------------------------------------ every page


def _pages_to_visit(site: Path, data: dict, per_kind: int = 1, most: int = 8) -> list[str]:
    """Every page of the site but most actor profiles (one template, ~0.5 s each in a
    browser): up to ``most`` of those, the most mentioned actor of each kind first, then
    profiles with quotes, roles or unresolved mentions, so each part of the template runs."""
    actor_pages = {}
    for kind in sorted({a["kind"] for a in data["actors"]}):
        ranked = sorted((a for a in data["actors"] if a["kind"] == kind), key=lambda a: -len(a["mentions"]))
        actor_pages.update((a["id"], a) for a in ranked[:per_kind])
    speakers = {q["speaker"] for q in data["quotes"] if q["speaker"]}
    for a in data["actors"]:
        if (a["id"] in speakers or a.get("unresolved") or a["descriptions"]) and len(actor_pages) < most:
            actor_pages.setdefault(a["id"], a)
    out = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("actors/") and rel != "actors/index.html" and path.stem not in actor_pages:
            continue
        out.append(rel)
    return out


def test_pages_load_without_console_errors_or_outside_requests(tab, site_url, built_site, data):
    site = built_site / "site"
    pages = _pages_to_visit(site, data)
    kinds = {p.split("/")[0] for p in pages}
    assert {"index.html", "sources", "actors", "quotes", "claims", "lineage", "print.html"} <= kinds, kinds
    page = tab.page
    for rel in pages:
        response = page.goto(site_url + rel, wait_until="load")
        assert response is not None and response.status == 200, rel
    page.wait_for_timeout(300)  # late errors, e.g. from the search worker
    assert any(u.endswith("search_index.json") for u in tab.requests), "search index never loaded"
    tab.assert_clean(site_url)


# ------------------------------------------------------------------ print


def test_print_emulation_of_a_profile_hides_the_site_chrome(tab, site_url, data):
    actor = max(data["actors"], key=lambda a: len(a["mentions"]))
    page = tab.page
    page.goto(site_url + f"actors/{actor['id']}.html")
    chrome = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer"]
    assert page.locator(".md-header").is_visible()
    page.emulate_media(media="print")
    visible = [sel for sel in chrome if page.locator(sel).count() and page.locator(sel).first.is_visible()]
    assert not visible, f"visible in print: {visible}"
    assert page.locator(".md-content h1").is_visible()
    # Content starts at the left edge of the page box and uses its width.
    box = page.locator(".md-content").bounding_box()
    assert box["x"] < 20 and box["width"] > VIEWPORT["width"] * 0.9
    tab.assert_clean(site_url)


def _overflow(page) -> list[str]:
    """Elements of the article wider than the page box (would be cut off on paper)."""
    return page.evaluate(
        """() => {
          const limit = document.documentElement.clientWidth + 1, out = [];
          for (const el of document.querySelectorAll('.md-content table, .md-content svg, .md-content p')) {
            const r = el.getBoundingClientRect();
            if (r.right > limit || el.scrollWidth > el.clientWidth + 1 && el.tagName === 'TABLE')
              out.push(el.tagName + ' ' + Math.round(r.right) + '/' + limit);
          }
          return out;
        }"""
    )


@pytest.mark.parametrize("width", [A4_PRINTABLE_PX, LETTER_PRINTABLE_PX], ids=["A4", "Letter"])
def test_book_comparison_and_indexes_fit_the_printed_page(tab, site_url, data, width):
    page = tab.page
    page.set_viewport_size({"width": width, "height": 1000})
    page.emulate_media(media="print")
    targets = ["print.html", "index.html", "claims/index.html", "quotes/index.html", "lineage/index.html"]
    for edge in data["lineage"][:1]:
        targets.append(f"lineage/{_slug(data, edge['child'])}--{_slug(data, edge['parent'])}.html")
    for rel in targets:
        page.goto(site_url + rel)
        assert _overflow(page) == [], rel
    if data["lineage"]:
        # Side by side: the two text columns share the width equally.
        cols = page.evaluate(
            "() => Array.from(document.querySelector('.md-content table:has(td ins, td del) tr').cells)"
            ".map(c => c.getBoundingClientRect().width)"
        )
        assert len(cols) == 3 and abs(cols[0] - cols[1]) < 2 and cols[2] < cols[0] / 2, cols
    tab.assert_clean(site_url)


# ------------------------------------------------------------------ screenshots


def test_screenshot_script_writes_three_viewport_pngs(browser, built_site, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import screenshots
    finally:
        sys.path.remove(str(ROOT / "bench"))
    written = screenshots.take(built_site / "site", tmp_path, browser=browser)
    lineage = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))["lineage"]
    expected = ["actor.png", "comparison.png", "overview.png"] if lineage else ["actor.png", "overview.png"]
    assert sorted(p.name for p in written) == expected
    for path in written:
        head = path.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        assert (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")) == (1280, 900)
        assert path.stat().st_size > 20_000, f"{path.name} looks empty"
