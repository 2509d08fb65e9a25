"""Typed records that flow between the pipeline stages.

Every record that states a fact carries its provenance: the document id, the
sentence index and character offsets into the document's cleaned text, so a
page can always link to ``sources/<slug>.md#s-<n>``.

All records are frozen dataclasses; collections are tuples so that records are
hashable and their order is fixed (rebuilds must be byte-identical).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

SCHEMA_VERSION = "1.0"

ACTOR_KINDS = ("person", "organization", "place", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")
RELATIONS = ("copy", "translation", "paraphrase", "partial", "spin")
CHANGE_KINDS = (
    "entity_swap",
    "number_change",
    "quote_altered",
    "quote_invented",
    "attribution_added",
    "attribution_removed",
    "attribution_changed",
    "hedge_removed",
    "hedge_added",
    "negation",
    "added",
    "omitted",
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document's cleaned text; ``start``/``end`` are offsets into it."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True)
class Document:
    """A source article after ingest: cleaned text plus metadata.

    ``text`` keeps the original characters (curly quotes, non-breaking spaces);
    use :func:`generator.text.normalize` for matching.
    """

    id: str  # file stem
    slug: str  # unique, URL-safe page name
    path: str
    sha256: str
    title: str
    text: str
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None  # ISO date
    language: str = "en"
    url: str | None = None
    original_source: str | None = None
    sentences: tuple[Sentence, ...] = ()

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (nearest before it)."""
        starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        return max(i, 0)


@dataclass(frozen=True)
class Mention:
    """One span of text naming an actor."""

    doc: str
    sentence: int
    text: str
    start: int
    end: int
    label: str = ""  # spaCy label (PERSON, ORG, GPE, NORP, ...)


@dataclass(frozen=True)
class Description:
    """A role or description of an actor as a source states it ("Kremlin spokesman")."""

    text: str
    doc: str
    sentence: int


@dataclass(frozen=True)
class Actor:
    id: str  # slug
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    descriptions: tuple[Description, ...] = ()
    mentions: tuple[Mention, ...] = ()
    unresolved: tuple[Mention, ...] = ()  # ambiguous short forms that may refer to this actor


@dataclass(frozen=True)
class Quote:
    id: str
    doc: str
    sentence: int
    text: str
    kind: str  # one of QUOTE_KINDS
    speaker: str | None  # actor id
    speaker_text: str | None
    cue: str | None
    start: int
    end: int
    speaker_reason: str | None = None  # why speaker is None, when it is


@dataclass(frozen=True)
class ClaimOccurrence:
    doc: str
    sentence: int
    text: str
    attributed_to: str | None = None  # actor id, or None for the author


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    occurrences: tuple[ClaimOccurrence, ...]
    sources: tuple[str, ...]
    independent_sources: int
    actors: tuple[str, ...] = ()  # actor ids the claim is about or made by


@dataclass(frozen=True)
class Alignment:
    child_sentence: int
    parent_sentence: int
    similarity: float


@dataclass(frozen=True)
class Change:
    kind: str  # one of CHANGE_KINDS
    child_sentence: int | None
    parent_sentence: int | None
    detail: str


@dataclass(frozen=True)
class LineageEdge:
    child: str
    parent: str
    relation: str  # one of RELATIONS
    score: float
    child_coverage: float
    parent_coverage: float
    direction_evidence: tuple[str, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Issue:
    """A warning about one input file, shown in the build log and on the overview."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Briefing:
    title: str
    documents: tuple[Document, ...]
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    lineage: tuple[LineageEdge, ...] = ()
    issues: tuple[Issue, ...] = field(default=())

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)
