"""End to end: the shared articles in, a strict MkDocs site and a valid briefing.json out."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema

from conftest import ROOT


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "id" and v:
                self.ids.add(v)

    def handle_data(self, data):
        self.parts.append(data)


def page_text(path: Path) -> tuple[str, set[str]]:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.parts).split()), parser.ids


def test_export_validates_against_schema(built_site):
    schema = json.loads((ROOT / "docs" / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))
    data = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [d["id"] for d in data["documents"]] == [
        "000_ed4462d6111f49a5", "001_4c13ee4912b2aebe", "002_42fe6bc2669c9ac6"]
    for doc in data["documents"]:
        for s in doc["sentences"]:
            assert s["end"] > s["start"]


def test_source_pages_show_metadata_and_every_sentence(built_site):
    data = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    site = built_site / "site"
    first = site / "sources" / "000-ed4462d6111f49a5.html"
    text, ids = page_text(first)
    for expected in ("Geopolitics is moving North Korea's way", "M. K. Bhadrakumar", "Global Research",
                     "2024-01-24", "Indian Punchline"):
        assert expected in text
    third_text, _ = page_text(site / "sources" / "002-42fe6bc2669c9ac6.html")
    assert "patheur" in third_text and "Brian Patrick Bolger" in third_text
    for doc in data["documents"]:
        page = site / "sources" / f"{doc['slug']}.html"
        text, ids = page_text(page)
        for s in doc["sentences"]:
            assert f"s-{s['index'] + 1}" in ids
            assert " ".join(s["text"].split()) in text
        for junk in ("Disclaimer:", "Become a Member", "Follow Pentapostagma", "Image credit"):
            assert junk not in text


def test_every_generated_page_is_built_and_nav_is_small(built_site):
    manifest = json.loads((built_site / "docs" / ".briefing-manifest.json").read_text(encoding="utf-8"))
    pages = [p for p in manifest["generated"] if p.endswith(".md")]
    assert "index.md" in pages and "sources/index.md" in pages
    for page in pages:
        assert (built_site / "site" / page.replace(".md", ".html")).is_file(), page
    nav = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    # profile and source pages are reached from the indexes, never listed in the sidebar
    assert "sources/000-ed4462d6111f49a5.html" not in re.findall(r'class="md-nav__link[^"]*"\s+href="([^"]+)"', nav)


def test_no_placeholder_or_unescaped_markup(built_site):
    for page in (built_site / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "TODO" not in html and "lorem ipsum" not in html.lower(), page
        assert "&amp;#" not in html, f"double-escaped entity in {page}"


def test_rebuild_is_byte_identical(built_site, tmp_path):
    from click.testing import CliRunner

    from conftest import ARTICLES, make_project
    from generator.cli import main

    config = make_project(tmp_path / "again")
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "-f", str(config), "--no-cache"])
    assert result.exit_code == 0, result.output
    for page in sorted((built_site / "docs").rglob("*.md")):
        rel = page.relative_to(built_site / "docs")
        assert page.read_bytes() == (tmp_path / "again" / "docs" / rel).read_bytes(), rel
    assert (built_site / "briefing.json").read_bytes() == (tmp_path / "again" / "briefing.json").read_bytes()


def test_search_indexes_each_text_once(built_site):
    """Source texts are searchable on their own pages; actor pages index the name,
    aliases and roles but not the mention lists, quotes or claims they repeat; the
    comparison pages index what changed but not the side-by-side texts; the print book
    is not indexed at all. (Repeating every sentence several times made the index of a
    2,225-article briefing too large for the browser to load quickly.)"""
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_page: dict[str, list[dict]] = {}
    for entry in index["docs"]:
        by_page.setdefault(entry["location"].split("#")[0], []).append(entry)
    export = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    sentence = next(s["text"] for d in export["documents"] for s in d["sentences"] if len(s["text"]) > 80)
    holders = [page for page, entries in by_page.items()
               if any(sentence[:60] in e["text"] for e in entries)]
    assert any(p.startswith("sources/") for p in holders), holders
    assert not any(p.startswith("actors/") or p == "print.html" for p in holders), holders
    assert "print.html" not in by_page
    putin = by_page[next(p for p in by_page if p.startswith("actors/") and "putin" in p)]
    assert any("Putin" in e["title"] for e in putin)
    titles = {e["title"] for e in putin}
    assert not titles & {"Mentions by source", "Quotes", "Mentioned alongside"}
    comparisons = [p for p in by_page if p.startswith("lineage/") and p != "lineage/index.html"]
    assert comparisons
    for page in comparisons:
        titles = {e["title"] for e in by_page[page]}
        assert "What changed" in titles and "Side by side" not in titles


def test_actors_named_once_link_to_their_sentence_instead_of_a_page(built_site):
    """Every actor is in the index; one named once with no role, quote or unresolved
    mention has no profile page, and its name links to the sentence that names it."""
    export = json.loads((built_site / "briefing.json").read_text(encoding="utf-8"))
    speakers = {q["speaker"] for q in export["quotes"] if q.get("speaker")}
    index = (built_site / "docs" / "actors" / "index.md").read_text(encoding="utf-8")
    once = with_page = 0
    for actor in export["actors"]:
        page = built_site / "docs" / "actors" / f"{actor['id']}.md"
        profiled = len(actor["mentions"]) > 1 or actor["descriptions"] or actor["id"] in speakers
        if profiled:
            assert page.is_file(), actor["name"]
            assert f"]({actor['id']}.md)" in index
            with_page += 1
        elif not actor.get("unresolved"):
            assert not page.exists(), actor["name"]
            m = actor["mentions"][0]
            slug = next(d["slug"] for d in export["documents"] if d["id"] == m["doc"])
            assert f"](../sources/{slug}.md#s-{m['sentence'] + 1})" in index, actor["name"]
            once += 1
    assert once and with_page  # both cases occur in the shared articles
