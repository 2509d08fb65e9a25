"""Printing: `briefing pdf` prints the briefing book of ../shared/articles with headless
Chromium; the PDF is read back with pdftotext. Also the one-line error without Chromium.

What the book must hold (actor names, source titles, dates) is read from the build's
briefing.json, never written into the tests.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.printing import INSTALL_HINT, PrintError, count_pages, find_chromium, print_pdf
from generator.text import normalize

from conftest import ARTICLES

SECTIONS = ["Overview", "Actors", "Quotes", "Claims", "Lineage", "Sources"]


def _flat(text: str) -> str:
    """Text compared across line breaks: ASCII-folded, one space between words."""
    return " ".join(normalize(text).split())


def _squash(text: str) -> str:
    """Letters and digits only: survives line breaks and the hyphens pdftotext drops there."""
    return re.sub(r"[\W_]+", "", normalize(text)).lower()


def _body(pages: list[str]) -> str:
    """All pages' text without the page numbers of the margin boxes."""
    return "\n".join(re.sub(r"(?m)^\s*\d+ / \d+\s*$", "", p) for p in pages)


def _pdftotext(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is needed to read the PDF back: apt-get install poppler-utils")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


@pytest.fixture(scope="module")
def book(built_site, tmp_path_factory):
    """`briefing pdf ../shared/articles` run in the built project: (pages' text, PDF, project, before).

    ``before`` holds the generated print page and its HTML from the first build, to
    compare with the rebuild that `briefing pdf` does.
    """
    from click.testing import CliRunner

    from generator.cli import main

    before = {
        "md": (built_site / "docs" / "print.md").read_bytes(),
        "html": (built_site / "site" / "print.html").read_bytes(),
    }
    pdf = tmp_path_factory.mktemp("book") / "briefing.pdf"
    result = CliRunner().invoke(main, ["pdf", str(ARTICLES), "-f", str(built_site / "mkdocs.yml"), "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    match = re.search(r"Wrote .+ \((\d+) pages\)", result.output)
    assert match, result.output
    assert int(match.group(1)) == count_pages(pdf)
    return _pdftotext(pdf), pdf, built_site, before


@pytest.mark.slow
def test_book_page_count_is_sane_and_no_page_is_blank(book):
    pages, pdf, project, _ = book
    data = json.loads((project / "briefing.json").read_text(encoding="utf-8"))
    assert len(pages) == count_pages(pdf)
    # Cover, contents, six parts each on a new page, one page per source at least;
    # at most about a page per 4 sentences, claims, quotes and actors together.
    items = sum(len(d["sentences"]) for d in data["documents"]) + len(data["claims"]) + len(data["quotes"])
    low = 2 + len(SECTIONS) + len(data["documents"]) - 1
    high = 10 + (items + len(data["actors"])) // 4
    assert low <= len(pages) <= high, (len(pages), low, high)
    # A page number alone (the CSS margin box) does not make a page non-blank.
    blank = [i + 1 for i, text in enumerate(pages) if not _body([text]).strip()]
    assert not blank, f"blank pages: {blank}"


@pytest.mark.slow
def test_book_names_every_actor_and_every_source_title(book):
    pages, _, project, _ = book
    data = json.loads((project / "briefing.json").read_text(encoding="utf-8"))
    text = _squash(_body(pages))
    missing_actors = [a["name"] for a in data["actors"] if _squash(a["name"]) not in text]
    assert not missing_actors, missing_actors
    missing_titles = [d["title"] for d in data["documents"] if _squash(d["title"]) not in text]
    assert not missing_titles, missing_titles
    # Every sentence of every source is printed (the book's last part).
    missing = [
        (d["id"], s["index"]) for d in data["documents"] for s in d["sentences"] if _squash(s["text"]) not in text
    ]
    assert not missing, missing[:10]


@pytest.mark.slow
def test_book_has_cover_contents_and_parts_in_order(book):
    pages, _, project, _ = book
    data = json.loads((project / "briefing.json").read_text(encoding="utf-8"))
    from generator.config import load_settings

    settings = load_settings(project / "mkdocs.yml")
    cover = _flat(pages[0])
    # another folder than the configured sources gets a title made from its actors
    assert settings.title not in cover
    title = re.search(r"<h1[^>]*>(.*?)<", (project / "site" / "index.html").read_text(encoding="utf-8")).group(1)
    title = html.unescape(title)
    assert title.startswith("Briefing: ") and _flat(title) in cover
    dates = sorted(d["published"] for d in data["documents"] if d["published"])
    if dates:
        assert f"Edition of {dates[-1]}" in cover  # the build date: the latest source's date
    assert f"{len(data['documents'])} source" in cover and f"{len(data['actors'])} actor" in cover
    assert "Print command" not in cover  # the screen-only hint is hidden in print
    assert _flat(pages[1]).startswith("Contents")
    contents = _flat(pages[1])
    positions = [contents.find(name) for name in SECTIONS]
    assert -1 not in positions and positions == sorted(positions), positions
    # Each part starts a page, in the order of the contents.
    starts = [next((i for i, p in enumerate(pages) if _flat(p).startswith(name)), None) for name in SECTIONS]
    assert None not in starts and starts == sorted(starts), dict(zip(SECTIONS, starts))
    # Page numbers from Chromium's print (CSS page margin boxes): "n / total".
    assert re.search(rf"\b2 / {len(pages)}\b", pages[1]), pages[1][-200:]


@pytest.mark.slow
def test_book_citations_show_their_target(book):
    pages, _, project, _ = book
    data = json.loads((project / "briefing.json").read_text(encoding="utf-8"))
    text = _flat(" ".join(pages))
    claim = next(c for c in data["claims"] if c["occurrences"])
    occ = claim["occurrences"][0]
    title = next(d["title"] for d in data["documents"] if d["id"] == occ["doc"])
    # The citation names the source (title, perhaps shortened) and the sentence number.
    words = _flat(title).split()[:3]
    assert re.search(re.escape(" ".join(words)) + r".{0,60}? › s\. " + str(occ["sentence"] + 1) + r"\b", text)


@pytest.mark.slow
def test_rebuild_for_the_pdf_leaves_the_pages_byte_identical(book):
    _, _, project, before = book
    assert (project / "docs" / "print.md").read_bytes() == before["md"]
    assert (project / "site" / "print.html").read_bytes() == before["html"]


# ------------------------------------------------------------------ the book's page


def _doc(doc_id: str, published: str | None, title: str | None = None):
    from generator.model import Document, Sentence

    s1, s2 = f"The {doc_id} council met on Monday.", "Its chair said the port would reopen."
    text = f"{s1} {s2}"
    return Document(
        id=doc_id, slug=doc_id, path=f"{doc_id}.txt", sha256="0" * 64, title=title or f"Report {doc_id}",
        text=text, published=published,
        sentences=(Sentence(0, s1, 0, len(s1)), Sentence(1, s2, len(s1) + 1, len(text), paragraph=1)),
    )


def _book(docs) -> str:
    from generator.render import render

    return render(_briefing(docs))["print.md"]


def _briefing(docs):
    from generator.model import (
        Actor, Alignment, Briefing, Change, Claim, ClaimOccurrence, Description, LineageEdge, Mention, Quote,
    )

    actors, quotes, claims = (), (), ()
    if docs:
        d = docs[0]
        actors = (Actor(id="ana-berg", name="Ana Berg", kind="person", aliases=("Berg",),
                        descriptions=(Description("council chair", d.id, 1),),
                        mentions=(Mention(d.id, 1, "Berg", 0, 4),)),)
        quotes = (Quote(id="q1", doc=d.id, sentence=1, text="the port would reopen", kind="indirect",
                        speaker="ana-berg", speaker_text="Its chair", cue="said", start=0, end=1),)
        claims = (Claim(id="c1", text=d.sentences[1].text, occurrences=(ClaimOccurrence(d.id, 1, d.sentences[1].text),),
                        sources=(d.id,), independent_sources=1, actors=("ana-berg",)),)
    lineage = ()
    if len(docs) > 1:  # the second text rewrites the first
        lineage = (LineageEdge(child=docs[1].id, parent=docs[0].id, relation="paraphrase", score=0.8,
                               child_coverage=1.0, parent_coverage=1.0, alignments=(Alignment(0, 0, 0.9),),
                               changes=tuple(Change("number_change", 0, 0, f"{n} became {n + 1}") for n in range(6))),)
    return Briefing(title="Port <b>briefing</b>", documents=tuple(docs), actors=actors, quotes=quotes,
                    claims=claims, lineage=lineage)


@pytest.mark.parametrize(
    ("dates", "cover"),
    [
        (["2021-05-01", None], ["Edition of 2021-05-01", "1 published on 2021-05-01, 1 undated"]),
        (["2021-03-04", "2020-01-02"], ["Edition of 2021-03-04", "published from 2020-01-02 to 2021-03-04"]),
        ([None], ["No source gives a publication date", "1 undated"]),
        ([], ["No sources yet", "0 sources"]),
    ],
)
def test_book_cover_is_dated_by_the_latest_source_never_the_build(dates, cover):
    import datetime
    import html

    docs = [_doc(f"d{i}", day) for i, day in enumerate(dates)]
    page = _book(docs)
    head = html.unescape(page.split("</div>", 1)[0])
    for expected in cover:
        assert expected in head, head
    assert datetime.date.today().isoformat() not in page
    assert _book(docs) == page  # byte-identical between builds


def test_book_parts_come_in_order_and_citations_stay_inside_the_book():
    docs = [_doc("alpha", "2022-02-02"), _doc("beta", None, title="Beta's <script>alert(1)</script>")]
    page = _book(docs)
    heads = re.findall(r"^## (\w+)", page, flags=re.M)
    assert heads == ["Contents", *SECTIONS]
    links = re.findall(r"\]\(#(src-[\w-]+)\)\{ \.cite \}", page)
    assert "src-alpha-s-2" in links  # the description, the quote and the claim cite sentence 2
    ids = set(re.findall(r'id="(src-[\w-]+)"', page))
    assert set(links) <= ids and {"src-alpha-s-1", "src-beta-s-2"} <= ids
    assert "<script>" not in page and "<b>" not in page  # titles are text, never markup
    assert "&#38;" not in page  # ... escaped once, not twice
    assert "[Ana Berg](#actor-ana-berg)" in page and "{: #actor-ana-berg }" in page
    # The lineage part: the graph, the link, and the first changes of each kind citing both texts.
    assert 'class="lineage-graph"' in page and "{: #edge-beta--alpha }" in page
    assert "paraphrase of Report alpha" in page  # in the overview's table
    assert page.count(" became ") == 4 and "the first 4" in page
    assert "](#src-beta-s-1){ .cite } — [Report alpha › s. 1](#src-alpha-s-1){ .cite }" in page


def test_a_large_corpus_gets_a_digest_book_citing_the_site(monkeypatch):
    """Over ``Views.LARGE_CORPUS`` sources the book leaves out the source texts and what
    only one source carries, says so, and its citations lead to the site's source pages."""
    from generator.views import Views

    docs = [_doc("alpha", "2022-02-02"), _doc("beta", None)]
    full = _book(docs)
    monkeypatch.setattr(Views, "LARGE_CORPUS", 1)
    page = _book(docs)
    assert "the book is a digest" in page and "the book is a digest" not in full
    assert 'id="src-' not in page and 'id="src-alpha-s-1"' in full  # no texts in the digest
    assert "[The text, sentence by sentence](sources/alpha.md)" in page
    # the one claim and the one quote come from a single source: left out of the digest
    assert "| Claim | Sources | Independent |" in page
    assert "Its chair said the port would reopen. |" not in page.split("## Claims", 1)[1].split("## Lineage")[0]
    assert "Its chair said the port would reopen. |" in full.split("## Claims", 1)[1]
    # lineage citations lead to the sentences on the site
    assert "](sources/beta.md#s-1){ .cite } — [Report alpha › s. 1](sources/alpha.md#s-1){ .cite }" in page


def test_a_large_corpus_keeps_the_quotes_and_claims_indexes_out_of_search(monkeypatch):
    import yaml

    from generator.model import Briefing
    from generator.render import render
    from generator.views import Views

    briefing = Briefing(title="T", documents=(_doc("alpha", None), _doc("beta", None)))

    def search_meta(pages, path):
        return yaml.safe_load(pages[path].split("\n---\n", 1)[0][4:])["search"]

    small = render(briefing)
    monkeypatch.setattr(Views, "LARGE_CORPUS", 1)
    large = render(briefing)
    for path in ("claims/index.md", "quotes/index.md"):
        assert search_meta(small, path) == {"boost": 0.5}
        assert search_meta(large, path) == {"exclude": True}
    assert "search" not in yaml.safe_load(large["sources/alpha.md"].split("\n---\n", 1)[0][4:]) or \
        not search_meta(large, "sources/alpha.md").get("exclude")


def test_a_large_corpus_lists_only_claims_two_sources_carry(monkeypatch):
    """The claims index of a large corpus leaves out single-source claims and says so;
    links to such a claim (from actor pages) lead to its sentence instead."""
    from generator.render import render
    from generator.views import Views

    briefing = _briefing([_doc("alpha", "2022-02-02"), _doc("beta", None)])
    small = render(briefing)
    assert "Its chair said the port would reopen." in small["claims/index.md"]
    assert "](../claims/index.md#c1)" in small["actors/ana-berg.md"]
    monkeypatch.setattr(Views, "LARGE_CORPUS", 1)
    large = render(briefing)
    index = large["claims/index.md"]
    assert "Its chair said the port would reopen." not in index
    assert "0 claims carried by at least two sources, of 1 claim in all" in index
    assert "single-source-only" not in index and "No claims carried by two sources were found" in index
    assert "[›](../sources/alpha.md#s-2)" in large["actors/ana-berg.md"]


# ------------------------------------------------------------------ no printer


def test_missing_chromium_is_a_one_line_error_with_the_install_hint(monkeypatch, tmp_path):
    monkeypatch.delenv("BRIEFING_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no browser on PATH
    page = tmp_path / "print.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(PrintError) as err:
        print_pdf(page, tmp_path / "out.pdf")
    message = str(err.value)
    assert "\n" not in message
    assert "apt-get install chromium" in message and INSTALL_HINT in message
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("missing-browser", "does not exist"),  # BRIEFING_CHROMIUM names no file
        ("plain-file", "not executable"),  # a file, but not a program
        ("", "no Chromium found"),  # empty: ignored, PATH (empty here) is searched
    ],
)
def test_briefing_chromium_setting(monkeypatch, tmp_path, setting, expected):
    (tmp_path / "plain-file").write_text("not a browser", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CHROMIUM", str(tmp_path / setting) if setting else "")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(PrintError) as err:
        find_chromium()
    assert "\n" not in str(err.value)
    assert expected in str(err.value) and "apt-get install chromium" in str(err.value)


def test_briefing_chromium_names_the_browser_to_use(monkeypatch, tmp_path):
    fake = tmp_path / "my-chromium"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("BRIEFING_CHROMIUM", str(fake))
    assert find_chromium() == str(fake)


def test_printing_an_unbuilt_page_says_to_build_first(tmp_path):
    with pytest.raises(PrintError, match="briefing build"):
        print_pdf(tmp_path / "site" / "print.html", tmp_path / "out.pdf")
