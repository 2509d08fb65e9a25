"""The build, top to bottom: ingest, analyse, extract, relate, render, export, site.

Collect first, render last: actor merging, claim clustering and lineage need the
whole corpus, so every page is rendered from one finished :class:`Briefing`.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .actors import build_actors
from .claims import build_claims
from .ingest import ingest
from .lineage import relate
from .model import Briefing, Issue
from .nlp import Analysis, analyse, load
from .quotes import extract_quotes
from .store import Cache

log = logging.getLogger("briefing")

#: ``progress(label, total)`` returns a context manager yielding ``advance(n)``.
Progress = Callable[[str, int], "contextmanager[Callable[[int], None]]"]


@contextmanager
def no_progress(label: str, total: int) -> Iterator[Callable[[int], None]]:
    yield lambda n=1: None


@contextmanager
def timed(stage: str, timings: dict[str, float] | None) -> Iterator[None]:
    """Add the wall time of the block to ``timings[stage]`` and log it with the CPU time
    of this process (``briefing -v``; on a busy machine the CPU time is the steadier)."""
    start, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        seconds = time.perf_counter() - start
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + seconds
        log.info("stage %s: %.2f s (cpu %.2f s)", stage, seconds, time.process_time() - cpu)


def collect(
    sources: Path,
    *,
    title: str | None = None,
    model: str = "auto",
    max_bytes: int | None = None,
    cache: Cache | None = None,
    jobs: int = 1,
    progress=no_progress,
    timings: dict[str, float] | None = None,
) -> tuple[Briefing, list[Analysis]]:
    """Run every stage up to the finished :class:`Briefing` (no files written).

    ``timings``, when given, receives the wall time of each stage in seconds. Without a
    ``title``, one is made from the actors most sources name (:func:`corpus_title`).
    """
    cache = cache or Cache(None)

    # Ingest: read and clean every source; bad files become issues, never exceptions.
    with timed("ingest", timings):
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        documents, issues = ingest(sources, **kwargs)
    for issue in issues:
        log.info("%s", issue)  # the caller reports issues (the CLI prints each once)

    # Analyse: spaCy parse of each cleaned text, from the cache when unchanged.
    with timed("analyse", timings), progress("Analysing sources", len(documents)) as advance:
        nlp = load(model)
        analyses = analyse(documents, nlp, cache, jobs=jobs, progress=advance)
    log.info("analysis cache: %d reused, %d parsed", cache.hits, cache.misses)

    # Extract per document, then relate across the corpus.
    with progress("Extracting actors, quotes, lineage, claims", 4) as advance:
        with timed("actors", timings):
            corrections = sources / "actors.yml" if sources.is_dir() else None
            actors = build_actors(
                analyses, corrections=corrections if corrections and corrections.exists() else None
            )
        advance(1)
        with timed("quotes", timings):
            quotes = extract_quotes(analyses, actors)
        advance(1)
        with timed("lineage", timings):
            lineage = relate(analyses, cache=cache)
        advance(1)
        with timed("claims", timings):
            claims = build_claims(analyses, actors=actors, quotes=quotes, lineage=lineage)
        advance(1)

    briefing = Briefing(
        title=title or corpus_title(actors),
        documents=tuple(a.document for a in analyses),
        actors=tuple(actors),
        quotes=tuple(quotes),
        claims=tuple(claims),
        lineage=tuple(lineage),
        issues=tuple(sorted(set(issues), key=lambda i: (i.path, i.message))),
    )
    return briefing, analyses


def corpus_title(actors, *, n: int = 3) -> str:
    """"Briefing: A, B and C" from the actors named by the most sources (ties: mentions, name)."""
    def sources(a):
        return len({m.doc for m in a.mentions})

    ranked = sorted(actors, key=lambda a: (-sources(a), -len(a.mentions), a.name))[:n]
    names = [a.name for a in ranked]
    if not names:
        return "Briefing"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Briefing: {listed}"


def duplicate_issues(briefing: Briefing) -> list[Issue]:
    """Files whose contents are byte-identical to an earlier file (kept, and linked by lineage)."""
    first: dict[str, str] = {}
    out = []
    for doc in briefing.documents:
        if doc.sha256 in first:
            out.append(Issue(doc.path, f"same bytes as {first[doc.sha256]}; kept, shown as a copy in the lineage"))
        else:
            first[doc.sha256] = doc.path
    return out


def build(settings, *, sources: Path | None = None, export_only: Path | None = None,
          no_cache: bool = False, progress=no_progress, title: str | None = None) -> "BuildResult":
    """The whole build: collect, render pages into docs/, write briefing.json, build site/.

    The title is ``title``, else the configured one when building the configured sources,
    else one made from the corpus (another folder is another story).
    """
    from .export import write_json
    from .render import render, write_pages
    from .site import build_site

    timings: dict[str, float] = {}
    # --no-cache: nothing read from or written to the cache file (it stays as it was).
    cache = Cache(None if no_cache or settings.cache is None else settings.cache)
    try:
        briefing, _ = collect(
            sources or settings.sources,
            title=title or (settings.title if _same(sources, settings.sources) else None),
            model=settings.model,
            max_bytes=settings.max_bytes,
            cache=cache,
            jobs=settings.jobs,
            progress=progress,
            timings=timings,
        )
    finally:
        cache_stats = cache.stats()
        cache.close()
    issues = list(briefing.issues) + duplicate_issues(briefing)
    result = BuildResult(briefing=briefing, issues=issues, timings=timings, cache_stats=cache_stats)
    if export_only is not None:
        with timed("export", timings):
            write_json(briefing, export_only)
        return result

    # Render every page, then write only the generated ones into docs/.
    with timed("render", timings), progress("Rendering pages", 1) as advance:
        pages = render(briefing, template_dirs=[settings.project / "templates"])
        written = write_pages(pages, settings.docs_dir)
        advance(1)
    result.issues += written.issues
    for issue in written.issues:
        log.warning("%s", issue)
    # Export: briefing.json beside mkdocs.yml (when the setting names a file).
    if settings.export is not None:
        with timed("export", timings):
            write_json(briefing, settings.export)

    # MkDocs builds the site into a temporary folder, swapped in whole; its build date
    # (sitemap.xml) is pinned to the newest source, so the same input gives the same bytes.
    with timed("site", timings), progress("Building the site with MkDocs", 1) as advance, \
            source_date_epoch(sources or settings.sources):
        result.site_warnings = build_site(
            settings.config_file, settings.site_dir, strict=settings.strict, site_name=briefing.title,
            incremental=not no_cache,
        )
        advance(1)
    return result


@contextmanager
def source_date_epoch(sources: Path) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` (read by MkDocs for the sitemap's dates) for the block.

    Unless the caller already set it (CI sets the last commit's time), it becomes the
    modification time of the newest file under ``sources``; the variable is restored after.
    """
    if os.environ.get("SOURCE_DATE_EPOCH"):
        yield
        return
    files = [sources] if sources.is_file() else [p for p in sources.rglob("*") if p.is_file()]
    newest = max((int(p.stat().st_mtime) for p in files), default=0)
    os.environ["SOURCE_DATE_EPOCH"] = str(newest)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


class BuildResult:
    """What one build produced: the briefing, its warnings, stage timings and cache counters."""

    def __init__(self, briefing: Briefing, issues: list[Issue], *,
                 timings: dict[str, float] | None = None, cache_stats: dict[str, int] | None = None):
        self.briefing = briefing
        self.issues = issues
        self.site_warnings: list[str] = []
        self.timings = timings if timings is not None else {}
        self.cache_stats = cache_stats or {}


def _same(a: Path | None, b: Path) -> bool:
    return a is None or Path(a).resolve() == Path(b).resolve()
