"""Claims: detection, clustering and independent-source counts."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Actor, Claim, LineageEdge, Quote
from .nlp import Analysis


def build_claims(
    analyses: Sequence[Analysis],
    *,
    actors: Sequence[Actor] = (),
    quotes: Sequence[Quote] = (),
    lineage: Sequence[LineageEdge] = (),
) -> tuple[Claim, ...]:
    """Claims with their occurrences and independent-source counts (stub until the claim stage lands)."""
    return ()
