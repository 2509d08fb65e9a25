"""The analysis cache, --no-cache, --jobs, and reproducible (byte-identical) builds.

Sources are a few short articles written for these tests, in ``tmp_path``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import generator.nlp as nlp_module
from conftest import make_project
from generator.cli import main
from generator.ingest import ingest
from generator.nlp import analyse, cache_key, default_jobs, model_key
from generator.store import Cache

ARTICLES = {
    "harbour.txt": (
        "Harbour strike enters its third day\n\n"
        "Dockworkers in the port of Velmora stayed off the job on Wednesday. "
        '"We will not go back until the offer changes," said union leader Ada Brenner.\n\n'
        "The port authority said forty ships were waiting outside the breakwater.\n"
    ),
    "council.txt": (
        "Council approves new tram line\n\n"
        "The city council of Orlen voted 31 to 12 on Tuesday to build a tram line to the airport. "
        "Mayor Tomas Lind said the work would start in May.\n"
    ),
    "rewrite.txt": (
        "Port strike continues as ships queue\n\n"
        "Dock workers in Velmora's port stayed away from work on Wednesday. "
        '"We will not go back until the offer changes," union leader Ada Brenner said.\n\n'
        "Forty ships were waiting outside the breakwater, according to the port authority.\n"
    ),
}


def write_sources(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def parse_spy(monkeypatch):
    """Records every text handed to spaCy by :func:`generator.nlp.analyse`."""
    seen = _Seen()
    real = nlp_module.parse

    def spy(nlp, texts, **kwargs):
        seen.extend(texts)
        seen.jobs.append(kwargs.get("jobs", 1))
        return real(nlp, texts, **kwargs)

    monkeypatch.setattr(nlp_module, "parse", spy)
    return seen


class _Seen(list):
    """Texts parsed, in order; ``jobs``: the ``jobs`` of each call."""

    def __init__(self):
        super().__init__()
        self.jobs: list[int] = []


# the store ---------------------------------------------------------------------------


def test_store_round_trip_and_counters(tmp_path):
    path = tmp_path / "c" / "cache.sqlite"
    with Cache(path) as cache:
        assert cache.get_doc("abc", "m1") is None
        cache.put_docs([("abc", "m1", b"doc-bytes"), ("def", "m1", b"other")])
        assert cache.get_doc("abc", "m1") == b"doc-bytes"
        assert cache.get_doc("abc", "m2") is None  # another model: a miss
        cache.put_many("lineage", [("a|b", b"edge")])
        assert cache.get("lineage", "a|b") == b"edge"
        assert cache.get("lineage", "b|a") is None
        assert cache.stats() == {"doc_hits": 1, "doc_misses": 2, "result_hits": 1, "result_misses": 1}
    with Cache(path) as again:  # persisted on disk
        assert again.get_doc("def", "m1") == b"other"
        assert again.get("lineage", "a|b") == b"edge"


def test_disabled_cache_stores_nothing(tmp_path):
    cache = Cache(None)
    cache.put_doc("abc", "m", b"x")
    cache.put("kind", "k", b"v")
    assert cache.get_doc("abc", "m") is None and cache.get("kind", "k") is None
    assert not cache.enabled and not list(tmp_path.iterdir())


@pytest.mark.parametrize("junk", [b"not a database at all" * 100, b""])
def test_damaged_cache_file_is_replaced(tmp_path, junk):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(junk)
    with Cache(path) as cache:
        cache.put_doc("abc", "m", b"x")
        assert cache.get_doc("abc", "m") == b"x"


def test_log_left_by_a_crash_is_not_replayed_into_a_new_file(tmp_path):
    path = tmp_path / "cache.sqlite"
    (tmp_path / "cache.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 60)
    with Cache(path) as cache:
        cache.put_doc("abc", "m", b"x")
        assert cache.get_doc("abc", "m") == b"x"


def test_old_schema_is_emptied(tmp_path):
    path = tmp_path / "cache.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE analysis (sha256 TEXT, model TEXT, doc BLOB)")
    db.execute("INSERT INTO analysis VALUES ('abc', 'm', x'00')")
    db.commit()
    db.close()
    with Cache(path) as cache:
        assert cache.get_doc("abc", "m") is None


# analysis ----------------------------------------------------------------------------


def test_one_changed_source_is_the_only_one_parsed_again(tmp_path, nlp, parse_spy):
    sources = write_sources(tmp_path / "sources")
    path = tmp_path / "cache.sqlite"
    documents, _ = ingest(sources)
    with Cache(path) as cache:
        cold = analyse(documents, nlp, cache)
        assert (cache.hits, cache.misses) == (0, 3)
    assert len(parse_spy) == 3

    parse_spy.clear()
    edited = ARTICLES["council.txt"] + "\nThe vote was the closest in ten years.\n"
    (sources / "council.txt").write_text(edited, encoding="utf-8")
    documents, _ = ingest(sources)
    with Cache(path) as cache:
        warm = analyse(documents, nlp, cache)
        assert (cache.hits, cache.misses) == (2, 1)
    assert len(parse_spy) == 1 and "closest in ten years" in parse_spy[0]

    # the unchanged documents come back from the cache exactly as they were parsed
    for before, after in zip(cold, warm):
        if before.document.path.endswith("council.txt"):
            assert after.document.sentences[-1].text == "The vote was the closest in ten years."
            continue
        assert before.document == after.document
        assert [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in before.doc] == [
            (t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in after.doc]


def test_cache_key_follows_content_model_and_pipeline_version(tmp_path, nlp, monkeypatch, parse_spy):
    documents, _ = ingest(write_sources(tmp_path / "sources"))
    keys = {cache_key(d) for d in documents}
    assert len(keys) == 3
    with Cache(tmp_path / "cache.sqlite") as cache:
        analyse(documents, nlp, cache)
        key = model_key(nlp)
        assert nlp.meta["name"] in key and nlp.meta["version"] in key
        monkeypatch.setattr(nlp_module, "PIPELINE_VERSION", "test-bump")
        assert model_key(nlp) != key
        parse_spy.clear()
        analyse(documents, nlp, cache)
        assert len(parse_spy) == 3  # a new pipeline version parses everything again


def test_parallel_parse_gives_the_same_docs(nlp):
    texts = [f"Minister Ola Berg visited plant number {i} in Tarnby on Monday. Workers cheered." for i in range(70)]
    one = nlp_module.parse(nlp, texts, jobs=1)
    two = nlp_module.parse(nlp, texts, jobs=2)  # 70 texts: spaCy starts 2 worker processes
    assert [[(t.text, t.dep_, t.ent_type_) for t in d] for d in one] == [
        [(t.text, t.dep_, t.ent_type_) for t in d] for d in two]
    assert 1 <= default_jobs() <= 8


# builds ------------------------------------------------------------------------------


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(config: Path, sources: Path, *extra: str):
    result = CliRunner().invoke(main, ["build", str(sources), "-f", str(config), "--strict", *extra])
    assert result.exit_code == 0, result.output
    return result


def test_two_builds_are_byte_identical_and_the_second_reuses_the_cache(tmp_path, parse_spy, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = tmp_path / "project"
    config = make_project(project)
    sources = write_sources(tmp_path / "sources")
    for p in sources.iterdir():
        os.utime(p, (1_000_000_000, 1_000_000_000))  # 2001-09-09 01:46:40 UTC

    _build(config, sources)
    assert len(parse_spy) == 3
    # MkDocs' only stamp (no site_url: an empty sitemap) is the gzip mtime of sitemap.xml.gz:
    # the build pins it to the newest source's date, and restores the environment after
    gz_header = (project / "site" / "sitemap.xml.gz").read_bytes()[:8]
    assert int.from_bytes(gz_header[4:8], "little") == 999_993_600  # 2001-09-09 00:00 UTC
    assert "SOURCE_DATE_EPOCH" not in os.environ
    first_docs, first_site = _tree(project / "docs"), _tree(project / "site")
    first_json = (project / "briefing.json").read_bytes()
    assert (project / ".briefing-cache" / "cache.sqlite").is_file()

    parse_spy.clear()
    _build(config, sources)
    assert parse_spy == []  # nothing parsed: every analysis came from the cache
    assert _tree(project / "docs") == first_docs
    assert _tree(project / "site") == first_site
    assert (project / "briefing.json").read_bytes() == first_json

    # --no-cache parses everything again, and still gives the same bytes
    _build(config, sources, "--no-cache", "--jobs", "3")
    assert len(parse_spy) == 3 and parse_spy.jobs[-1] == 3
    assert _tree(project / "site") == first_site

    # a changed source: one parse, and its page changes
    parse_spy.clear()
    (sources / "council.txt").write_text(ARTICLES["council.txt"] + "\nThe vote was close.\n", encoding="utf-8")
    _build(config, sources)
    assert len(parse_spy) == 1
    changed = {k for k, v in _tree(project / "site").items() if first_site.get(k) != v}
    assert any(k.startswith("sources/council") for k in changed)
    # the site was rebuilt incrementally: a page that did not change was not rendered
    # again (its file keeps its time), yet the site is byte-identical to a full build
    assert "about.html" not in changed and "search/search_index.json" in changed
    assert (project / "site" / "about.html").stat().st_mtime < (project / "site" / "sources" / "council.html").stat().st_mtime
    fresh = tmp_path / "fresh"
    _build(make_project(fresh), sources, "--no-cache")
    assert _tree(fresh / "site") == _tree(project / "site")
    assert _tree(fresh / "docs") == _tree(project / "docs")

    # clean removes the cache with the generated files, and keeps the hand-written pages
    result = CliRunner().invoke(main, ["clean", "-f", str(config)])
    assert result.exit_code == 0, result.output
    assert not (project / ".briefing-cache" / "cache.sqlite").exists()
    assert not (project / "site").exists()
    assert (project / "docs" / "about.md").is_file()



def _collect(sources: Path, cache_path: Path | None):
    from generator.pipeline import collect

    with Cache(cache_path) as cache:
        briefing, _ = collect(sources, cache=cache)
        return briefing, cache.stats()


def test_warm_collect_equals_cold_collect(tmp_path):
    sources = write_sources(tmp_path / "sources")
    cold, stats = _collect(sources, tmp_path / "cache.sqlite")
    assert stats["doc_misses"] == 3
    warm, stats = _collect(sources, tmp_path / "cache.sqlite")
    assert stats["doc_hits"] == 3 and stats["doc_misses"] == 0
    assert stats["result_hits"] >= 1 and stats["result_misses"] == 0  # lineage pairs reused
    assert warm == cold


def test_warm_collect_equals_cold_collect_with_a_byte_identical_copy(tmp_path):
    sources = write_sources(tmp_path / "sources", {**ARTICLES, "later-copy.txt": ARTICLES["harbour.txt"]})
    cold, _ = _collect(sources, tmp_path / "cache.sqlite")
    warm, _ = _collect(sources, tmp_path / "cache.sqlite")
    assert warm.lineage == cold.lineage
