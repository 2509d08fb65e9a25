"""Claim similarity: content features of a claim unit and an IDF-weighted, entity-anchored score.

The score is meant to be swappable: :func:`similarity` takes two :class:`Features` and the
corpus :class:`Weights`; :func:`match` applies it with the gates (polarity, conflicting
numbers, shared anchor, shared predicate or anchored event) that keep topic-sharing
claims apart.

Features of a unit: named entities (actor ids when the actor stage knows the span),
numbers and dates, stemmed content lemmas, and *event frames*: a small, general lexicon
that maps verbs and event nouns to coarse event classes (a withdrawal and a defeat are
both a setback; "began" and "marked the start" both an onset), so that paraphrases across
unrelated documents can match without word vectors.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from .actors import ActorIndex
from .text import normalize

try:  # the lineage stage's sentence similarity, reused when it is there
    from .lineage import similarity as _lineage

    _PARAPHRASE = float(getattr(_lineage, "PARAPHRASE_THRESHOLD", 0.5))
    if not all(hasattr(_lineage, n) for n in ("features_of_tokens", "Idf", "similarity")):
        _lineage = None
except ImportError:  # pragma: no cover - the lineage package is optional here
    _lineage, _PARAPHRASE = None, 1.0

#: Coarse event classes for verbs and event nouns (lemmas). General news vocabulary only.
FRAMES: dict[str, tuple[str, ...]] = {
    "onset": ("begin", "beginning", "start", "onset", "outset", "mark", "trigger", "spark", "usher",
              "initiate", "commence", "herald", "dawn", "launch", "open", "kick"),
    "change": ("change", "shift", "evolution", "evolve", "reset", "turn", "transform", "transformation",
               "realignment", "realign", "pivot", "transition", "reorientation", "overhaul", "alter"),
    "setback": ("withdraw", "withdrawal", "retreat", "pullout", "exit", "evacuate", "evacuation",
                "defeat", "loss", "lose", "collapse", "debacle", "rout", "failure", "fail"),
    "decline": ("decline", "erosion", "erode", "fall", "drop", "decrease", "weaken", "shrink",
                "diminish", "plunge", "slump", "reduce", "reduction", "cut", "dwindle"),
    "increase": ("rise", "increase", "surge", "grow", "growth", "jump", "climb", "boost", "soar",
                 "escalate", "escalation", "intensify", "expand", "expansion", "deepen", "raise", "lift",
                 "hike"),
    "meet": ("meet", "meeting", "talk", "summit", "receive", "host", "visit", "trip", "journey", "travel"),
    "support": ("support", "back", "endorse", "help", "aid", "assist", "assistance", "backing"),
    "oppose": ("oppose", "opposition", "counter", "resist", "reject", "condemn", "criticize",
               "criticise", "confront", "confrontation"),
    "attack": ("attack", "strike", "bomb", "invade", "invasion", "shell", "assault", "raid", "sink"),
    "agree": ("agree", "agreement", "deal", "accord", "treaty", "sign", "pact"),
    "decide": ("decide", "decision", "choose", "opt", "resolve"),
    "threaten": ("threaten", "threat", "warn", "warning"),
    "deploy": ("deploy", "deployment", "send", "station", "dispatch"),
    "kill": ("kill", "die", "death", "casualty", "wound"),
    "elect": ("elect", "election", "vote", "ballot", "referendum"),
    "win": ("win", "victory", "triumph", "beat"),
    "sanction": ("sanction", "embargo", "ban", "restrict", "restriction"),
    "predict": ("predict", "forecast", "expect", "anticipate", "project", "expectation"),
    "monitor": ("watch", "monitor", "observe", "follow", "scrutinize", "scrutinise"),
}
LEMMA_FRAMES: dict[str, frozenset[str]] = {}
for _frame, _lemmas in FRAMES.items():
    for _lemma in _lemmas:
        LEMMA_FRAMES[_lemma] = LEMMA_FRAMES.get(_lemma, frozenset()) | {_frame}

ENTITY_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC EVENT PRODUCT LAW WORK_OF_ART".split())
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_MONTHS = {m[:3]: m[:3] for m in "january february march april may june july august september "
           "october november december".split()}
_SUFFIXES = ("ations", "ation", "itions", "ition", "ments", "ment", "ances", "ance", "ences", "ence",
             "ness", "ity", "ive", "ical", "ic", "al", "ate", "ion", "ing", "y", "e")
_WEAK_NUMBERS = frozenset({"0", "1"})
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
_NEGATIONS = frozenset("not n't never no nor".split())
#: Type weights: named entities and numbers anchor a claim more than common words.
TYPE_WEIGHT = {"E": 1.5, "N": 1.5, "L": 1.0, "F": 0.8, "A": 1.5}


@dataclass(frozen=True)
class Features:
    """Content of one claim unit, as prefixed items.

    "E:entity", "N:2021", "L:stem" (content lemma), "F:frame" (event class) and
    "A:entity|frame" (an event that governs an entity mention: the anchored event).
    """

    items: frozenset[str]
    preds: frozenset[str]  # items that are predicates: verb stems, event-noun stems, frames
    negated: bool
    text: str  # normalised, lowercased unit text (for the surface score)
    surface: object | None = None  # the lineage stage's sentence features, when available

    @cached_property
    def anchors(self) -> frozenset[str]:
        """Entities and specific quantities ("4.75%", "214"; not "two", not a bare year or month)."""
        return frozenset(
            i for i in self.items if i[0] == "E" or i[0] == "N" and number_kind(i[2:]) == "quantity"
            and _specific(i[2:])
        )

    @cached_property
    def _numbers(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for i in self.items:
            if i[0] == "N" and i[2:] not in _WEAK_NUMBERS:
                out.setdefault(number_kind(i[2:]), set()).add(i[2:])
        return {kind: frozenset(values) for kind, values in out.items()}

    def numbers(self, kind: str) -> frozenset[str]:
        """The numbers of one kind ("year", "month", "quantity"), without 0 and 1."""
        return self._numbers.get(kind, frozenset())


_SCALES = {"%": "%", "percent": "%", "per": "%", "m": "m", "million": "m", "bn": "bn", "billion": "bn",
           "trillion": "tn", "tn": "tn", "k": "k", "thousand": "k"}


def number_kind(number: str) -> str:
    """"year" (1800-2100), "month" ("aug") or "quantity" (anything else)."""
    if number in _MONTHS:
        return "month"
    if number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100:
        return "year"
    return "quantity"


def _specific(number: str) -> bool:
    """A quantity specific enough to anchor a claim: 10 or more, a fraction, or with a scale."""
    digits = number.rstrip("%mbntk")
    try:
        value = float(digits)
    except ValueError:
        return False
    return value >= 10 or not value.is_integer() or digits != number


def stem(lemma: str) -> str:
    """A crude derivational stem: "withdrawal" and "withdraw" share one."""
    lemma = lemma.lower()
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return lemma[: -len(suffix)]
    return lemma


def entity_key(text: str) -> str:
    """A name folded for matching: case, 'the', possessive, dots and hyphens removed."""
    key = normalize(text).lower().replace(".", "").replace("-", " ")
    key = re.sub(r"'s$|^the\s+", "", key.strip())
    return " ".join(w for w in re.sub(r"[^\w ]+", " ", key).split() if not w.isdigit())


def features(
    doc: Doc,
    tokens: Sequence[int],
    doc_id: str = "",
    index: ActorIndex | None = None,
    head: int | None = None,
    ents: Sequence[tuple[int, int, Span]] | None = None,
    toks: Sequence[Token] | None = None,
) -> Features:
    """Content features of the tokens of one unit.

    ``head``: its main predicate (for polarity). ``ents`` (:func:`entity_spans`) and
    ``toks`` (``list(doc)``) let a caller share per-document work between units: spaCy
    rebuilds ``doc.ents`` and a Token object on every access.
    """
    items: set[str] = set()
    preds: set[str] = set()
    token_set = set(tokens)
    toks = list(doc) if toks is None else toks
    done: set[int] = set()
    lo, hi = (min(tokens), max(tokens)) if tokens else (0, -1)
    for start, end, ent in entity_spans(doc) if ents is None else ents:
        if end <= lo or start > hi:
            continue
        if not any(t in token_set for t in range(start, end)):
            continue
        actor = index.at(doc_id, ent.start_char, ent.end_char) if index else None
        key = actor.id if actor else entity_key(ent.text)
        if not key:
            continue
        items.add("E:" + key)
        if ent.label_ == "NORP":  # "North Korean troops": a modifier, not a participant
            continue
        for frame in _governing_events(ent.root, token_set):
            items.add(f"A:{key}|{frame}")
            preds.add(f"A:{key}|{frame}")
    for i in tokens:
        tok = toks[i]
        if i in done or tok.ent_type_ in ENTITY_LABELS and not tok.is_digit:
            continue
        if _SCORE.match(tok.text):  # a result ("2-1") is a quantity too
            items.add("N:" + tok.text)
            continue
        if tok.is_digit and i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].is_digit:
            items.add(f"N:{tok.text}-{toks[i + 2].text}")  # the same result, tokenised apart
            done.add(i + 2)
            continue
        if tok.like_num or tok.lower_ in _WORD_NUMBERS:
            value = _WORD_NUMBERS.get(tok.lower_, tok.text.replace(",", ""))
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            items.add("N:" + value + _SCALES.get(nxt, ""))
            continue
        if tok.ent_type_ == "DATE" and tok.lower_[:3] in _MONTHS and tok.is_title:
            items.add("N:" + _MONTHS[tok.lower_[:3]])
            continue
        if tok.is_stop or tok.is_punct or tok.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN") or len(tok.text) < 3:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _LIGHT_VERBS:
            continue
        item = "L:" + stem(lemma)
        items.add(item)
        frames = LEMMA_FRAMES.get(lemma, frozenset())
        for frame in frames:
            items.add("F:" + frame)
            preds.add("F:" + frame)
        if tok.pos_ == "VERB" or frames:
            preds.add(item)
    negated = head is not None and _negated(doc[head])
    text = " ".join(normalize(toks[i].text).lower() for i in tokens if not toks[i].is_punct)
    surface = _lineage.features_of_tokens(toks[i] for i in tokens) if _lineage else None
    return Features(frozenset(items), frozenset(preds), negated, text, surface)


def entity_spans(doc: Doc) -> list[tuple[int, int, Span]]:
    """(start, end, span) of the named entities of ``doc`` that can be claim anchors."""
    return [(e.start, e.end, e) for e in doc.ents if e.label_ in ENTITY_LABELS]


_LIGHT_VERBS = frozenset("be have do say tell make get take".split())


def _negated(head) -> bool:
    """Whether the main predicate is negated ("did not", "never", "no longer")."""
    for c in head.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def _governing_events(tok, inside: set[int], max_hops: int = 4) -> set[str]:
    """Event classes (frames) of the words that govern an entity mention.

    Walks up from the entity through prepositions and event nouns to the first verb
    (continuing through "began cascading"-style verb chains), and looks at verbs that
    modify the event nouns on the way ("the withdrawal, which marked ..."). The pair
    (entity, event) is what a paraphrase keeps when every other word changes.
    """
    found: set[str] = set()

    def add(t) -> None:
        found.update(LEMMA_FRAMES.get(t.lemma_.lower(), ()))

    cur, hops = tok, 0
    while cur.head.i != cur.i and cur.head.i in inside and hops < max_hops:
        cur, hops = cur.head, hops + 1
        if cur.pos_ == "NOUN":
            add(cur)
            for c in cur.children:
                if c.dep_ in ("relcl", "acl") and c.i in inside:
                    add(c)
        elif cur.pos_ in ("VERB", "AUX"):
            add(cur)
            if cur.dep_ in ("xcomp", "conj") and cur.head.i in inside and cur.head.pos_ == "VERB":
                add(cur.head)
            break
    return found


def canonical_entities(feats: Sequence[Features]) -> list[Features]:
    """Fold a multi-word name onto its acronym when the corpus uses that acronym as a name.

    ("United States" and "US" become one key.) Anchored events are rewritten too.
    """
    keys = {i[2:] for f in feats for i in f.items if i[0] == "E"}
    fold = {}
    for key in keys:
        words = [w for w in key.split() if w not in ("of", "and", "for", "the")]
        if 2 <= len(words) <= 4:
            acronym = "".join(w[0] for w in words)
            if acronym in keys and acronym != key:
                fold[key] = acronym

    def rewrite(item: str) -> str:
        if item[0] == "E":
            return "E:" + fold.get(item[2:], item[2:])
        if item[0] == "A":
            key, frame = item[2:].rsplit("|", 1)
            return f"A:{fold.get(key, key)}|{frame}"
        return item

    if not fold:
        return list(feats)
    return [
        Features(frozenset(map(rewrite, f.items)), frozenset(map(rewrite, f.preds)), f.negated, f.text, f.surface)
        for f in feats
    ]


@dataclass(frozen=True)
class Weights:
    """Inverse document frequency of each item over the units of the corpus."""

    df: dict[str, int]
    n: int
    surface_idf: object | None = None  # the lineage stage's IDF over the same units
    table: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def fit(cls, feats: Iterable[Features]) -> Weights:
        df: Counter[str] = Counter()
        feats = list(feats)
        for f in feats:
            df.update(f.items)
        surfaces = [f.surface for f in feats]
        idf = _lineage.Idf(surfaces) if _lineage and surfaces and all(x is not None for x in surfaces) else None
        weights = cls(dict(df), len(feats), idf)
        weights.table.update((item, weights(item)) for item in df)
        return weights

    def __call__(self, item: str) -> float:
        known = self.table.get(item)
        if known is not None:
            return known
        idf = math.log((self.n + 1) / (self.df.get(item, 0) + 1)) + 1.0
        return idf * TYPE_WEIGHT.get(item[0], 1.0)


def similarity(a: Features, b: Features, weights: Weights) -> float:
    """IDF-weighted Dice overlap of the content items, raised by a surface match for near copies."""
    shared = a.items & b.items
    if not shared:
        return 0.0
    wa = sum(weights(i) for i in a.items)
    wb = sum(weights(i) for i in b.items)
    ws = sum(weights(i) for i in shared)
    content = 2 * ws / (wa + wb) if wa + wb else 0.0
    surface = fuzz.token_set_ratio(a.text, b.text) / 100.0 if a.text and b.text else 0.0
    return max(content, surface * content ** 0.5) if surface > 0.8 else content


def paraphrase(a: Features, b: Features, weights: Weights) -> float | None:
    """The lineage stage's sentence similarity (MSRP-fitted probability), or None without it."""
    if _lineage is None or a.surface is None or b.surface is None or weights.surface_idf is None:
        return None
    return _lineage.similarity(a.surface, b.surface, weights.surface_idf)


def compatible(a: Features, b: Features) -> bool:
    """The hard gate: same polarity of the main predicate, no conflicting years or quantities."""
    if a.negated != b.negated:
        return False
    for kind in ("year", "quantity"):
        na, nb = a.numbers(kind), b.numbers(kind)
        if na and nb and not na & nb:
            return False
    return True


def match(
    a: Features,
    b: Features,
    weights: Weights,
    *,
    score: Callable[[Features, Features, Weights], float] = similarity,
    strong: float = 0.5,
    gated: float = 0.4,
    anchored: float = 0.1,
    distinctive: float = 0.05,
    distinctive_max: int = 10,
) -> float:
    """The score of a pair that may be one claim, else 0.

    Four ways to pass, all needing :func:`compatible` and a shared entity or quantity:
    a ``strong`` overall score plus a shared predicate or two shared content words; the
    lineage stage's paraphrase decision plus a shared predicate; a ``gated`` score plus two
    shared content words and a shared predicate (verb, event noun or frame); or an
    ``anchored`` score plus a second shared entity or quantity and a shared anchored event
    (same entity governed by the same kind of event) whose entity is *distinctive*: named
    in at most a ``distinctive`` share of the corpus's claim units and at most
    ``distinctive_max`` of them (a story's main actors are not).
    Sharing only a topic (entities) never suffices.
    """
    if not compatible(a, b):
        return 0.0
    shared = a.items & b.items
    if not a.anchors & b.anchors:
        return 0.0
    value = score(a, b, weights)
    words = sum(1 for i in shared if i[0] == "L")
    if value >= strong and (a.preds & b.preds or words >= 2):
        return value
    if value >= gated and a.preds & b.preds and words >= 2:
        return value
    if value >= anchored and len(a.anchors & b.anchors) >= 2:
        limit = max(3, min(distinctive_max, distinctive * weights.n))
        for item in shared:
            if item[0] == "A" and weights.df.get("E:" + item[2:].rsplit("|", 1)[0], 0) <= limit:
                return value
    para = paraphrase(a, b, weights)  # the costliest test last
    if para is not None and para >= _PARAPHRASE and (a.preds & b.preds or para >= 0.8):
        return max(value, para)
    return 0.0
