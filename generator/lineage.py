"""Lineage: candidate pairs, sentence alignment, relation, direction and drift."""

from __future__ import annotations

from collections.abc import Sequence

from .model import LineageEdge
from .nlp import Analysis
from .store import Cache


def relate(analyses: Sequence[Analysis], *, cache: Cache | None = None) -> tuple[LineageEdge, ...]:
    """Lineage edges between documents (stub until the lineage stage lands)."""
    return ()
