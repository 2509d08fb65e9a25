"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "articles"
CORPORA = SHARED / "corpora"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from generator.nlp import load

    return load("auto")


@pytest.fixture(scope="session")
def analyse(nlp):
    """``analyse(text, doc_id="doc")`` -> :class:`generator.nlp.Analysis` of one text."""
    from generator.nlp import analyse_text

    def _analyse(text: str, doc_id: str = "doc"):
        return analyse_text(text, nlp, doc_id=doc_id)

    return _analyse


@pytest.fixture(scope="session")
def articles(nlp):
    """The three real articles in ../shared/articles, ingested and analysed."""
    from generator.ingest import ingest
    from generator.nlp import analyse
    from generator.store import Cache

    if not ARTICLES.is_dir():
        pytest.fail(f"{ARTICLES} is missing: the tests read the shared articles from there")
    documents, issues = ingest(ARTICLES)
    assert not issues, issues
    return analyse(documents, nlp, Cache(None))


def make_project(dest: Path) -> Path:
    """A copy of this project's mkdocs.yml and hand-written docs in ``dest``; returns mkdocs.yml."""
    from generator.scaffold import copy_project

    return copy_project(ROOT, dest)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site built from ../shared/articles with --strict, in a throwaway project folder.

    Returns the project folder (``site/``, ``docs/``, ``briefing.json`` inside).
    """
    from click.testing import CliRunner

    from generator.cli import main

    project = tmp_path_factory.mktemp("articles-project")
    config = make_project(project)
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "-f", str(config), "--strict", "--no-cache"])
    assert result.exit_code == 0, result.output
    return project
