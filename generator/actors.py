"""Actors: entity extraction and canonicalisation across the corpus."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .model import Actor
from .nlp import Analysis


def build_actors(analyses: Sequence[Analysis], *, corrections: Path | None = None) -> tuple[Actor, ...]:
    """Canonical actors of the corpus (stub until the actor stage lands)."""
    return ()


class ActorIndex:
    """Look actors up by the span of a mention or by a name form.

    The contract other stages (quotes, claims, lineage) rely on; the actor stage may
    make lookups smarter but keeps these signatures.
    """

    def __init__(self, actors: Sequence[Actor]):
        self.actors = {a.id: a for a in actors}
        self._spans: dict[str, list[tuple[int, int, str]]] = {}
        self._names: dict[str, str] = {}
        for actor in actors:
            for m in actor.mentions:
                self._spans.setdefault(m.doc, []).append((m.start, m.end, actor.id))
            for name in (actor.name, *actor.aliases):
                self._names.setdefault(_key(name), actor.id)
        for spans in self._spans.values():
            spans.sort()

    def at(self, doc: str, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` in ``doc`` (longest overlap)."""
        best, best_overlap = None, 0
        for s, e, actor_id in self._spans.get(doc, ()):
            if s >= end:
                break
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor_id, overlap
        return self.actors[best] if best else None

    def by_name(self, name: str) -> Actor | None:
        """The actor whose name or alias matches ``name`` (case and punctuation folded)."""
        actor_id = self._names.get(_key(name))
        return self.actors[actor_id] if actor_id else None


def _key(name: str) -> str:
    import re

    from .text import normalize

    return re.sub(r"[\W_]+", " ", normalize(name).lower()).strip()
