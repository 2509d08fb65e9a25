"""Shared pieces of drift: one side of an aligned group, quote spans, name comparison."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from ..text import normalize

#: Entity labels compared for swaps, grouped by what may replace what.
ENTITY_GROUP = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place",
                "NORP": "norp", "FAC": "place", "EVENT": "event"}
PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i", "you", "his", "their",
            "its", "our", "my", "your", "us", "me", "this", "that", "these", "those"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
          "president", "minister", "senator", "governor", "general", "judge"}
_SQUASH = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Lower case letters and digits only ("Kim Jong-un" -> "kimjongun")."""
    return _SQUASH.sub("", normalize(text).lower())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted passages of ``text``, quote marks included.

    Double quotes (straight or curly, guillemets) and single quotes opened after a space;
    a quote left open ends at the paragraph break. Inner quotes are part of the outer one.
    Deliberately more lenient than :func:`generator.quote_marks.quote_spans`, which only
    pairs marks it can close: for drift, a quote mark a rewrite opened and never closed
    still shows words presented as a quotation (an invented quote), so it counts here.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if open_at is None:
            if ch in "“„«" or (ch == '"' and (prev.isspace() or prev in "([—–-:,") and not nxt.isspace()):
                open_at, closer = i, {"“": "”\"", "„": "“”\"", "«": "»"}.get(ch, '"”')
            elif ch in "‘'" and (prev.isspace() or prev in "([—–-") and nxt.isalnum():
                open_at, closer = i, "’'"
        else:
            at_break = ch == "\n" and nxt == "\n"
            if ch in closer and not (closer == "’'" and nxt.isalnum()):
                if i - open_at > 2:
                    spans.append((open_at, i + 1))
                open_at = None
            elif at_break:
                spans.append((open_at, i))
                open_at = None
        i += 1
    if open_at is not None:
        spans.append((open_at, n))
    return spans


@dataclass
class Side:
    """The sentences of one side of an aligned group, as spaCy tokens plus quote info."""

    tokens: list[Token]
    quoted: list[bool]  # per token: inside a quote span
    ents: list[Span]

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def side(analysis, indices: Sequence[int], spans: Sequence[tuple[int, int]]) -> Side:
    doc = analysis.doc
    tokens: list[Token] = []
    ents: list[Span] = []
    for i in indices:
        s = analysis.document.sentences[i]
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None:
            continue
        tokens.extend(t for t in span if not t.is_space)
        ents.extend(e for e in span.ents)
    quoted = [any(a < t.idx < b - 1 for a, b in spans) for t in tokens]
    return Side(tokens, quoted, ents)



def same_entity(a: str, b: str) -> bool:
    """Spelling variants, short forms and acronyms of one name ("US" / "the United States")."""
    sa, sb = squash(strip_the(a)), squash(strip_the(b))
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    wa, wb = set(name_words(a)), set(name_words(b))
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    if initials(b) == sa or initials(a) == sb:
        return True
    la, lb = name_words(a), name_words(b)  # same surname: "Mr Blair" / "Tony Blair"
    if la and lb and la[-1] == lb[-1] and len(la[-1]) >= 3 and (la[0] in TITLES or lb[0] in TITLES):
        return True
    return min(len(sa), len(sb)) >= 5 and fuzz.ratio(sa, sb) >= 85


def strip_the(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", normalize(text).strip(), flags=re.I)


def name_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", normalize(text).lower()) if w and w not in {"the", "of", "s"}]


def initials(text: str) -> str:
    return "".join(w[0] for w in name_words(strip_the(text)))
