"""Measure the sentence-similarity decision behind alignment on MSRP (paraphrase yes/no).

Usage::

    python bench/eval_msrp.py [--fit] [--corpus PATH]

Split: the MSRP *train* file (4,076 pairs) in file order; pairs 0..2999 are the tuning
part (logistic weights with ``--fit``, and the decision threshold), pairs 3000..4075
(1,076) are held out and only reported. IDF is computed over all sentences of the
file (unsupervised; labels are not used). Prints accuracy and F1 of:

- a bag-of-words baseline (cosine of word counts, threshold tuned on the tuning part),
- the library's decision (``generator.lineage.similarity``: stored weights and threshold),
- with ``--fit``: freshly fitted weights (to paste into ``similarity.WEIGHTS``).
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.lineage import similarity as sim  # noqa: E402
from generator.nlp import load  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "msrp" / "msr_paraphrase_train.txt"
TUNE = 3000


def read_pairs(path: Path) -> list[tuple[int, str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(r[0]), r[3], r[4]) for r in rows[1:] if len(r) >= 5]


def scores(y: np.ndarray, pred: np.ndarray) -> tuple[float, float]:
    tp = float(np.sum((pred == 1) & (y == 1)))
    fp = float(np.sum((pred == 1) & (y == 0)))
    fn = float(np.sum((pred == 0) & (y == 1)))
    acc = float(np.mean(pred == y))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return acc, f1


def best_threshold(values: np.ndarray, y: np.ndarray) -> float:
    grid = np.unique(np.round(values, 3))
    accs = [np.mean((values >= t) == y) for t in grid]
    return float(grid[int(np.argmax(accs))])


def bow_cosine(a: str, b: str) -> float:
    ca, cb = Counter(a.lower().split()), Counter(b.lower().split())
    dot = sum(ca[w] * cb[w] for w in ca)
    na = math.sqrt(sum(v * v for v in ca.values()))
    nb = math.sqrt(sum(v * v for v in cb.values()))
    return dot / (na * nb) if na and nb else 0.0


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 4000, lr: float = 0.5, l2: float = 1e-3):
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[0, w[1:]]
        w -= lr * grad
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true", help="fit logistic weights on the tuning part")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--parse-cache", type=Path, default=None, help="DocBin file to reuse parses")
    args = ap.parse_args()

    pairs = read_pairs(args.corpus)
    y = np.array([p[0] for p in pairs])
    nlp = load("auto")
    t0 = time.perf_counter()
    texts = [t for _, a, b in pairs for t in (a, b)]
    if args.parse_cache and args.parse_cache.exists():
        docs = list(DocBin().from_disk(args.parse_cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(texts, batch_size=256))
        if args.parse_cache:
            DocBin(store_user_data=False, docs=docs).to_disk(args.parse_cache)
    feats = [sim.features_of_tokens(doc) for doc in docs]
    t1 = time.perf_counter()
    idf = sim.Idf(feats)
    x = np.array([sim.feature_vector(feats[2 * i], feats[2 * i + 1], idf) for i in range(len(pairs))])
    t2 = time.perf_counter()
    tune, held = slice(0, TUNE), slice(TUNE, None)
    print(f"MSRP train file: {len(pairs)} pairs ({y.mean():.1%} paraphrases); tuning part 0..{TUNE - 1}, "
          f"held out {TUNE}..{len(pairs) - 1} ({len(pairs) - TUNE} pairs)")
    print(f"parse {t1 - t0:.1f}s, features {1000 * (t2 - t1) / len(pairs):.3f} ms/pair")

    bow = np.array([bow_cosine(a, b) for _, a, b in pairs])
    t = best_threshold(bow[tune], y[tune])
    acc, f1 = scores(y[held], (bow[held] >= t).astype(int))
    print(f"bag-of-words cosine  threshold {t:.3f}: held-out accuracy {acc:.3f}  F1 {f1:.3f}")

    majority = scores(y[held], np.ones(len(y[held]), dtype=int))
    print(f"always 'paraphrase':                   held-out accuracy {majority[0]:.3f}  F1 {majority[1]:.3f}")

    p = np.array([sim.probability(v) for v in x])
    acc, f1 = scores(y[held], (p[held] >= sim.PARAPHRASE_THRESHOLD).astype(int))
    tacc, tf1 = scores(y[tune], (p[tune] >= sim.PARAPHRASE_THRESHOLD).astype(int))
    print(f"library decision (stored weights, threshold {sim.PARAPHRASE_THRESHOLD}): "
          f"tuning accuracy {tacc:.3f} F1 {tf1:.3f}; held-out accuracy {acc:.3f}  F1 {f1:.3f}")

    if args.fit:
        w = fit_logistic(x[tune], y[tune].astype(float))
        pf = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
        t = best_threshold(pf[tune], y[tune])
        acc, f1 = scores(y[held], (pf[held] >= t).astype(int))
        print("fitted WEIGHTS =", "(" + ", ".join(f"{v:.3f}" for v in w) + ")", f"threshold {t:.3f}")
        print(f"fitted decision: held-out accuracy {acc:.3f}  F1 {f1:.3f}")
        for name, col in zip(sim.FEATURE_NAMES, x.T):
            tt = best_threshold(col[tune], y[tune])
            a1, f11 = scores(y[held], (col[held] >= tt).astype(int))
            print(f"  feature {name:13s} alone: held-out accuracy {a1:.3f} F1 {f11:.3f}")


if __name__ == "__main__":
    main()
