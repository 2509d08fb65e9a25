"""Corpus-wide statistics over candidate mentions: common words, leading words, kinds.

These steps run once over all documents before names are merged: one-word "names"
the corpus mostly writes in lowercase are dropped, a leading modifier ("Sprinter",
"Briton") is cut off a person's name, widely known aliases are mapped to one key,
and every name form gets the kind most of its mentions carry.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .actor_rules import KIND_PRIORITY, KNOWN_ALIASES, is_acronym, name_key
from .actor_spans import Candidate
from .nlp import Analysis


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z]+(?![\w'’-])")


def drop_common_words(
    analyses: Sequence[Analysis], per_doc: list[list[Candidate]]
) -> tuple[list[list[Candidate]], Counter, Counter]:
    """Drop one-word names that the corpus mostly writes in lowercase ("Star", "Library").

    Returns the kept candidates and the corpus counts of lowercase words and of
    capitalised words inside sentences.
    """
    lower: Counter = Counter()
    upper: Counter = Counter()
    for analysis in analyses:
        text = analysis.document.text
        lower.update(_LOWER_WORD.findall(text))
        upper.update(w.lower() for w in _MID_SENTENCE_CAPITAL.findall(text))
    out = []
    for cands in per_doc:
        out.append([
            c for c in cands
            if " " in c.key or is_acronym(c.text) or c.key in KNOWN_ALIASES
            or lower[c.key] == 0 or lower[c.key] < upper[c.key]
        ])
    return out, lower, upper


def strip_leading_words(per_doc: list[list[Candidate]], lower: Counter, upper: Counter, split) -> None:
    """"Sprinter Kelly Holmes", "Briton Tim Henman" -> the name the corpus also uses alone.

    The first word of a three-word person name is dropped when the rest is a person's
    name elsewhere in the corpus and the word is a common word or not a person's name.
    """
    people = {c.key for cands in per_doc for c in cands if c.kind == "person" and len(c.tokens) > 1}
    others = {c.key for cands in per_doc for c in cands if c.kind != "person" and len(c.tokens) == 1}
    long = [c for cands in per_doc for c in cands if c.kind == "person" and len(c.tokens) > 2 and c.key not in split]
    starts: dict[str, set[str]] = defaultdict(set)  # first word -> names it starts ("Briton ...")
    for c in long:
        first, rest = c.text.split(None, 1)
        if name_key(rest) in people:
            starts[first].add(c.key)
    for c in long:
        first, rest = c.text.split(None, 1)
        word = first.lower()
        common = lower[word] >= 3 * max(upper[word], 1)  # "Sprinter", "Nevertheless"
        known = name_key(rest) in people and (lower[word] or name_key(first) in others or len(starts[first]) > 1)
        if common or known:
                c.start += len(c.text) - len(rest)
                c.text, c.key = rest, name_key(rest)


def apply_known_aliases(per_doc: list[list[Candidate]], split: frozenset[str]) -> dict[str, str]:
    """Map widely known forms ("DPRK", "U.S.") to their canonical key; return forced kinds."""
    forced = {}
    for cands in per_doc:
        for c in cands:
            known = KNOWN_ALIASES.get(c.key)
            if known and len(c.key) <= 3 and not (c.text.isupper() or "." in c.text):
                known = None  # "Us" in a headline is not the US
            if known and c.key not in split:
                c.key = name_key(known[0])
                forced[c.key] = known[1]
    return forced


def vote_kinds(per_doc: list[list[Candidate]], forced: dict[str, str]) -> None:
    """Give every form the kind most of its mentions carry across the corpus.

    A mention's vote is its label, except where its own document says otherwise: a
    one-word organisation that is the surname of a person named in full there, or a
    short multi-word name ending in a word tagged as a person there ("Carolina Kluft"
    tagged ORG next to "Kluft" tagged PERSON), votes "person".
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for cands in per_doc:
        surnames = {c.tokens[-1] for c in cands if c.kind == "person" and len(c.tokens) > 1}
        short_people = {c.tokens[0] for c in cands if c.kind == "person" and len(c.tokens) == 1}
        for c in cands:
            vote = c.kind
            if c.kind != "person" and 1 < len(c.tokens) <= 3 and c.tokens[-1] in short_people:
                vote = "person"
            elif c.kind in ("organization", "group") and len(c.tokens) == 1 and c.tokens[0] in surnames:
                vote = "person"
            votes[c.key][vote] += 1
    for cands in per_doc:
        for c in cands:
            if c.key in forced:
                c.kind = forced[c.key]
                continue
            counts = votes[c.key]
            c.kind = max(KIND_PRIORITY, key=lambda k: (counts[k], -KIND_PRIORITY.index(k)))
