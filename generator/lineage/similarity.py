"""Sentence features and the sentence-similarity decision behind alignment.

No word vectors: the score is a logistic combination of cheap, offline features,
fitted on part of the MSRP train split (see ``bench/eval_msrp.py`` and
``docs/lineage-eval.md``):

- IDF-weighted Dice over content "stems" (lemma, cut to 7 characters for long words, so
  that *cooperation*/*cooperate* or *Czechoslovak*/*Czechoslovakia* match),
- IDF-weighted containment of the smaller side (merged / split sentences),
- rapidfuzz ``token_set_ratio`` on the normalised text,
- character 4-gram overlap of the content words (spelling variants: *Jong Un*/*Jong-un*),
- number agreement (numbers differ: a penalty),
- what the two sides do *not* share, since MSRP-style negatives are the same event told
  with one clause more or less: numbers and names found on one side only, and negation
  on one side only ("did not", "never", "without").

Sentence embeddings (all-MiniLM-L6-v2, offline) were measured as an extra feature and not
adopted: about a point of MSRP accuracy for ~100x the cost per sentence (see the doc).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from ..text import normalize

#: Logistic weights: the bias, then one per feature of :data:`FEATURE_NAMES`.
#: Fitted by ``bench/eval_msrp.py --fit`` on MSRP train pairs 0..2999 (held out: the rest).
WEIGHTS = (
    -2.676, 0.695, -0.267, 0.158, 1.164, -0.164, 0.760, 1.377, 0.093, -1.051, 2.151,
    -0.660, 0.313, -1.144,
)
#: Probability above which two sentences say the same thing (MSRP-tuned decision).
PARAPHRASE_THRESHOLD = 0.537

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
}
_NON_WORD = re.compile(r"[^\w]+")
_NEGATIONS = frozenset({"not", "n't", "no", "never", "nor", "without", "none", "nobody", "nothing"})
_STEM_LEN = 7


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The matching key of a lemma: lower case, no punctuation, cut to 7 chars when long."""
    w = _NON_WORD.sub("", word.lower())
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    return w[:_STEM_LEN] if len(w) > _STEM_LEN + 1 else w


def number_key(text: str) -> str | None:
    """Canonical form of a number token ("1,500" -> "1500", "three" -> "3"), else None."""
    t = text.lower().replace(",", "")
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    try:
        value = float(t)
    except ValueError:
        return None
    return str(int(value)) if value == int(value) else str(value)


@dataclass(frozen=True)
class SentenceFeatures:
    """What the similarity needs of one sentence (or of several merged)."""

    text: str  # normalised, lower case
    stems: frozenset[str]
    numbers: frozenset[str]
    grams: frozenset[str]
    length: int  # content tokens
    bigrams: frozenset[tuple[str, str]] = frozenset()
    paragraph: int = 0
    names: frozenset[str] = frozenset()  # stems of proper nouns / entity tokens
    negated: bool = False  # holds a negation word ("not", "n't", "never", ...)

    def merged(self, other: SentenceFeatures) -> SentenceFeatures:
        """Features of this sentence followed by ``other`` (a merge of two sentences)."""
        return SentenceFeatures(
            self.text + " " + other.text,
            self.stems | other.stems,
            self.numbers | other.numbers,
            self.grams | other.grams,
            self.length + other.length,
            self.bigrams | other.bigrams,
            self.paragraph,
            self.names | other.names,
            self.negated or other.negated,
        )


def _grams(words: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        out.update(_word_grams(w))
    return frozenset(out)


@functools.lru_cache(maxsize=200_000)
def _word_grams(word: str, n: int = 4) -> tuple[str, ...]:
    w = f" {word} "
    return tuple(w[i : i + n] for i in range(max(len(w) - n + 1, 1)))


def features_of_tokens(tokens: Iterable) -> SentenceFeatures:
    """Features of a run of spaCy tokens (a sentence span, or tokens of a blank pipeline)."""
    words: list[str] = []
    stems: set[str] = set()
    numbers: set[str] = set()
    names: set[str] = set()
    negated = False
    text_parts: list[str] = []
    for tok in tokens:
        if tok.is_space:
            continue
        text_parts.append(tok.text)
        negated = negated or tok.lower_ in _NEGATIONS
        if tok.is_punct or tok.is_stop and not tok.like_num:
            continue
        if tok.like_num:
            key = number_key(tok.text)
            if key is not None:
                numbers.add(key)
                stems.add(key)
                words.append(tok.lower_)
                continue
        lemma = tok.lemma_ or tok.lower_
        s = stem(lemma)
        if not s:
            continue
        stems.add(s)
        if _is_name(tok, len(text_parts) == 1):
            names.add(s)
        words.append(_NON_WORD.sub("", tok.lower_))
    text = normalize(" ".join(text_parts)).lower()
    return SentenceFeatures(
        text, frozenset(stems), frozenset(numbers), _grams(words), len(words), _bigrams(text),
        names=frozenset(names), negated=negated,
    )


def _is_name(tok, first: bool) -> bool:
    """A proper noun or entity token; without a tagger, a capitalised word not leading."""
    if tok.pos_ or tok.ent_type_:
        return tok.pos_ == "PROPN" or bool(tok.ent_type_)
    return tok.is_title and not first


def features_of_analysis(analysis) -> list[SentenceFeatures]:
    """Features of each sentence of an :class:`~generator.nlp.Analysis`, in order."""
    doc = analysis.doc
    out = []
    for s in analysis.document.sentences:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        f = features_of_tokens(span) if span is not None else features_of_tokens(())
        out.append(replace(f, paragraph=s.paragraph))
    return out


class Idf:
    """Inverse sentence frequency of stems over a set of sentences (smoothed)."""

    def __init__(self, sentences: Sequence[SentenceFeatures]):
        df: Counter[str] = Counter()
        for s in sentences:
            df.update(s.stems)
        self.n = len(sentences)
        self._df = df
        self._default = math.log((self.n + 1) / 1) + 1.0
        self._w = {s: math.log((self.n + 1) / (d + 1)) + 1.0 for s, d in df.items()}
        self._totals: dict[int, tuple[SentenceFeatures, float]] = {}

    def __call__(self, stem_: str) -> float:
        return self._w.get(stem_, self._default)

    def total(self, sentence: SentenceFeatures) -> float:
        """Weight of all stems of ``sentence`` (memoised per sentence object)."""
        key = id(sentence)
        got = self._totals.get(key)
        if got is None or got[0] is not sentence:
            got = self._totals[key] = (sentence, self.weight(sentence.stems))
        return got[1]

    def weight(self, stems: Iterable[str]) -> float:
        w, d = self._w, self._default
        return sum(w.get(s, d) for s in stems)


FEATURE_NAMES = (
    "dice", "containment", "fuzz", "char", "number-mismatch", "length-ratio",
    "recall-min", "bigram-dice", "unmatched", "fuzz-sort",
    "unmatched-numbers", "unmatched-names", "negation-mismatch",
)


def feature_vector(a: SentenceFeatures, b: SentenceFeatures, idf: Idf) -> tuple[float, ...]:
    """The features named in :data:`FEATURE_NAMES`, each in [0, 1]."""
    common = a.stems & b.stems
    wa, wb, wc = idf.total(a), idf.total(b), idf.weight(common)
    dice = 2 * wc / (wa + wb) if wa + wb else 0.0
    cont = wc / min(wa, wb) if min(wa, wb) else 0.0
    rmin = wc / max(wa, wb) if max(wa, wb) else 0.0
    fz = fuzz.token_set_ratio(a.text, b.text) / 100.0 if a.text and b.text else 0.0
    fs = fuzz.token_sort_ratio(a.text, b.text) / 100.0 if a.text and b.text else 0.0
    inter = len(a.grams & b.grams)
    union = len(a.grams) + len(b.grams) - inter
    char = inter / union if union else 0.0
    mismatch = 1.0 if a.numbers and b.numbers and not (a.numbers & b.numbers) else 0.0
    lr = min(a.length, b.length) / max(a.length, b.length) if max(a.length, b.length) else 0.0
    ba, bb = a.bigrams, b.bigrams
    bdice = 2 * len(ba & bb) / (len(ba) + len(bb)) if ba or bb else 0.0
    unmatched = min(len(a.stems) + len(b.stems) - 2 * len(common), 12) / 12.0
    unum = min(len(a.numbers ^ b.numbers), 3) / 3.0
    unames = min(len((a.names - b.stems) | (b.names - a.stems)), 3) / 3.0
    neg = 1.0 if a.negated != b.negated else 0.0
    return dice, cont, fz, char, mismatch, lr, rmin, bdice, unmatched, fs, unum, unames, neg


def _bigrams(text: str) -> frozenset[tuple[str, str]]:
    words = [w for w in _NON_WORD.split(text) if w]
    return frozenset(zip(words, words[1:]))


def probability(vector: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], vector))
    return 1.0 / (1.0 + math.exp(-z))


def similarity(a: SentenceFeatures, b: SentenceFeatures, idf: Idf) -> float:
    """Probability (0..1) that ``a`` and ``b`` say the same thing."""
    if not a.stems or not b.stems:
        return 1.0 if a.text == b.text and a.text else 0.0
    return probability(feature_vector(a, b, idf))


def containment(part: SentenceFeatures, whole: SentenceFeatures, idf: Idf) -> float:
    """IDF-weighted share of ``part``'s stems found in ``whole``."""
    wp = idf.weight(part.stems)
    return idf.weight(part.stems & whole.stems) / wp if wp else 0.0
