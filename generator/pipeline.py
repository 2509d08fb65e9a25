"""The build, top to bottom: ingest, analyse, extract, relate, render, export, site.

Collect first, render last: actor merging, claim clustering and lineage need the
whole corpus, so every page is rendered from one finished :class:`Briefing`.
"""

from __future__ import annotations

import logging
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


def collect(
    sources: Path,
    *,
    title: str = "Briefing",
    model: str = "auto",
    max_bytes: int | None = None,
    cache: Cache | None = None,
    jobs: int = 1,
    progress=no_progress,
) -> tuple[Briefing, list[Analysis]]:
    """Run every stage up to the finished :class:`Briefing` (no files written)."""
    cache = cache or Cache(None)

    # Ingest: read and clean every source; bad files become issues, never exceptions.
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    documents, issues = ingest(sources, **kwargs)
    for issue in issues:
        log.warning("%s", issue)

    # Analyse: spaCy parse of each cleaned text, from the cache when unchanged.
    nlp = load(model)
    with progress("Analysing sources", len(documents)) as advance:
        analyses = analyse(documents, nlp, cache, jobs=jobs, progress=advance)

    # Extract per document, then relate across the corpus.
    with progress("Extracting actors, quotes, lineage, claims", 4) as advance:
        corrections = sources / "actors.yml" if sources.is_dir() else None
        actors = build_actors(analyses, corrections=corrections if corrections and corrections.exists() else None)
        advance(1)
        quotes = extract_quotes(analyses, actors)
        advance(1)
        lineage = relate(analyses, cache=cache)
        advance(1)
        claims = build_claims(analyses, actors=actors, quotes=quotes, lineage=lineage)
        advance(1)

    briefing = Briefing(
        title=title,
        documents=tuple(a.document for a in analyses),
        actors=tuple(actors),
        quotes=tuple(quotes),
        claims=tuple(claims),
        lineage=tuple(lineage),
        issues=tuple(sorted(set(issues), key=lambda i: (i.path, i.message))),
    )
    return briefing, analyses


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
          no_cache: bool = False, progress=no_progress) -> "BuildResult":
    """The whole build: collect, render pages into docs/, write briefing.json, build site/."""
    from .export import write_json
    from .render import render, write_pages
    from .site import build_site

    cache = Cache(None if no_cache or settings.cache is None else settings.cache)
    try:
        briefing, _ = collect(
            sources or settings.sources,
            title=settings.title,
            model=settings.model,
            max_bytes=settings.max_bytes,
            cache=cache,
            jobs=settings.jobs,
            progress=progress,
        )
    finally:
        cache.close()
    issues = list(briefing.issues) + duplicate_issues(briefing)
    result = BuildResult(briefing=briefing, issues=issues)
    if export_only is not None:
        write_json(briefing, export_only)
        return result

    # Render every page, then write only the generated ones into docs/.
    with progress("Rendering pages", 1) as advance:
        pages = render(briefing, template_dirs=[settings.project / "templates"])
        written = write_pages(pages, settings.docs_dir)
        advance(1)
    result.issues += written.issues
    for issue in written.issues:
        log.warning("%s", issue)
    if settings.export is not None:
        write_json(briefing, settings.export)

    # MkDocs builds the site into a temporary folder, swapped in whole.
    with progress("Building the site with MkDocs", 1) as advance:
        result.site_warnings = build_site(settings.config_file, settings.site_dir, strict=settings.strict)
        advance(1)
    return result


class BuildResult:
    def __init__(self, briefing: Briefing, issues: list[Issue]):
        self.briefing = briefing
        self.issues = issues
        self.site_warnings: list[str] = []
