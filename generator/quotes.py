"""Quotes: detection and speaker attribution."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Actor, Quote
from .nlp import Analysis


def extract_quotes(analyses: Sequence[Analysis], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Every quote in the corpus with its speaker (stub until the quote stage lands)."""
    return ()
