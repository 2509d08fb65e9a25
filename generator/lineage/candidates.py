"""Candidate document pairs without comparing every pair.

Two passes, both locality-sensitive hashing, so the work grows with the corpus rather
than with its square:

1. **Documents**: datasketch MinHash LSH over word 4-shingles of the normalised text
   catches copies, near duplicates and long excerpts.
2. **Sentences**: a MinHash band index over each sentence's set of content stems
   (lemmas, cut to 7 letters; the most frequent stems of the corpus left out) catches
   paraphrases and translations, which share words but few exact n-grams. Two documents
   become a candidate pair when at least :data:`MIN_SENTENCE_HITS` of their sentences, and
   :data:`MIN_SENTENCE_SHARE` of the shorter one's, collide. Buckets holding sentences of very many documents are boilerplate and skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..text import normalize
from .similarity import SentenceFeatures

SHINGLE = 4
DOC_PERM = 64
DOC_THRESHOLD = 0.3
#: Sentence signature: BANDS bands of ROWS rows each.
BANDS, ROWS = 10, 3
MIN_STEMS = 4
#: A pair needs this many colliding sentences, and this share of the shorter document's.
MIN_SENTENCE_HITS = 2
MIN_SENTENCE_SHARE = 0.2
#: A bucket with sentences from more documents than this is common phrasing, not lineage.
MAX_BUCKET_DOCS = 30
#: Stems in more than this share of all sentences are left out of sentence signatures.
COMMON_SHARE = 0.01
_SEED = 7
_PRIME = np.uint64((1 << 61) - 1)
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(normalize(text).lower())
    if len(words) < SHINGLE:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)]


def document_pairs(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs (i < j) whose word-shingle sets are similar (MinHash LSH, datasketch)."""
    lsh = MinHashLSH(threshold=DOC_THRESHOLD, num_perm=DOC_PERM)
    template = MinHash(num_perm=DOC_PERM, seed=_SEED)
    sigs = []
    for i, text in enumerate(texts):
        m = MinHash(num_perm=DOC_PERM, seed=_SEED, permutations=template.permutations, scheme=template.scheme)
        sh = _shingles(text)
        if sh:
            m.update_batch(sh)
        sigs.append(m)
        lsh.insert(i, m)
    pairs = set()
    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _stem_hash(stem: str) -> int:
    return int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=4).digest(), "little")


def sentence_pairs(docs: Sequence[Sequence[SentenceFeatures]]) -> Counter[tuple[int, int]]:
    """Per document pair (i < j): sentences of the side with fewer that collide with the other.

    Collisions come from a MinHash band index over sentence stem sets.
    """
    df: Counter[str] = Counter()
    n_sent = 0
    for feats in docs:
        for f in feats:
            df.update(f.stems)
            n_sent += 1
    common = {s for s, d in df.items() if d > max(20, COMMON_SHARE * n_sent)}
    hashes: dict[str, int] = {}
    values: list[int] = []
    starts: list[int] = []
    owner: list[int] = []
    for d, feats in enumerate(docs):
        for f in feats:
            stems = [s for s in f.stems if s not in common]
            if len(stems) < MIN_STEMS:
                continue
            starts.append(len(values))
            owner.append(d)
            for s in stems:
                h = hashes.get(s)
                if h is None:
                    h = hashes[s] = _stem_hash(s)
                values.append(h)
    hits: Counter[tuple[int, int]] = Counter()
    if len(owner) < 2:
        return hits
    vals = np.array(values, dtype=np.uint64)
    offsets = np.array(starts, dtype=np.int64)
    owners = np.array(owner, dtype=np.int64)
    rng = np.random.RandomState(_SEED)
    n_perm = BANDS * ROWS
    a = rng.randint(1, 1 << 31, size=n_perm).astype(np.uint64)
    b = rng.randint(0, 1 << 31, size=n_perm).astype(np.uint64)
    sig = np.empty((len(owner), n_perm), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n_perm):
            sig[:, k] = np.minimum.reduceat((a[k] * vals + b[k]) % _PRIME, offsets)
    mult = np.array([1, 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F], dtype=np.uint64)
    seen_a: dict[tuple[int, int], set[int]] = defaultdict(set)
    seen_b: dict[tuple[int, int], set[int]] = defaultdict(set)
    for band in range(BANDS):
        block = sig[:, band * ROWS : (band + 1) * ROWS]
        with np.errstate(over="ignore"):
            keys = (block * mult[:ROWS]).sum(axis=1) + np.uint64(band)
        order = np.argsort(keys, kind="stable")
        sk = keys[order]
        cuts = np.flatnonzero(np.diff(sk)) + 1
        for grp in np.split(order, cuts):
            if len(grp) < 2:
                continue
            docs_in = owners[grp]
            uniq = np.unique(docs_in)
            if len(uniq) < 2 or len(uniq) > MAX_BUCKET_DOCS:
                continue
            for x in range(len(grp)):
                for y in range(x + 1, len(grp)):
                    da, db = int(docs_in[x]), int(docs_in[y])
                    if da == db:
                        continue
                    sa, sb = int(grp[x]), int(grp[y])
                    if da > db:
                        da, db, sa, sb = db, da, sb, sa
                    seen_a[(da, db)].add(sa)
                    seen_b[(da, db)].add(sb)
    for pair, sents in seen_a.items():
        hits[pair] = min(len(sents), len(seen_b[pair]))
    return hits


def candidate_pairs(analyses, *, features: Sequence[Sequence[SentenceFeatures]] | None = None) -> list[tuple[int, int]]:
    """Sorted index pairs (i < j) of documents worth aligning."""
    if features is None:
        from .similarity import features_of_analysis

        features = [features_of_analysis(a) for a in analyses]
    pairs = document_pairs([a.document.text for a in analyses])
    for (i, j), n in sentence_pairs(features).items():
        if n >= max(MIN_SENTENCE_HITS, MIN_SENTENCE_SHARE * min(len(features[i]), len(features[j]))):
            pairs.add((i, j))
    return sorted(pairs)
