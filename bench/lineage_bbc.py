"""Lineage on the BBC corpus (2,225 articles): timings and the edges found.

Usage::

    python bench/lineage_bbc.py [--model auto|blank] [--cache PATH] [--corpus DIR]

``--model blank`` parses with ``spacy.blank('en')`` + sentencizer (no lemmas, no
entities): fast, enough to time candidate generation and find duplicates.
``--model auto`` uses the real model (several minutes to parse; cached in ``--cache``).
Prints parse time, candidate-generation time, comparison time and every edge.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest import read_document  # noqa: E402
from generator.lineage import relate  # noqa: E402
from generator.lineage.candidates import candidate_pairs, document_pairs, sentence_pairs  # noqa: E402
from generator.lineage.similarity import features_of_analysis  # noqa: E402
from generator.nlp import analyse, load  # noqa: E402
from generator.store import Cache  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"


def read_corpus(root: Path):
    docs = []
    for path in sorted(root.glob("*/*.txt")):
        doc = read_document(path)
        stem = f"{path.parent.name}/{path.stem}"
        docs.append(replace(doc, id=stem, slug=stem.replace("/", "-"), path=stem))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="blank", help="auto (real model) or blank (sentencizer only)")
    ap.add_argument("--cache", type=Path, default=None, help="SQLite cache for parses and pair results")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--parse-only", action="store_true", help="parse (fill the cache) and stop")
    args = ap.parse_args()

    t0 = time.perf_counter()
    documents = read_corpus(args.corpus)
    t1 = time.perf_counter()
    print(f"read {len(documents)} documents in {t1 - t0:.1f}s")

    if args.model == "blank":
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = load(args.model)
    cache = Cache(args.cache)
    analyses = analyse(documents, nlp, cache)
    t2 = time.perf_counter()
    print(f"parsed ({args.model}) in {t2 - t1:.1f}s")
    if args.parse_only:
        return

    features = [features_of_analysis(a) for a in analyses]
    ta = time.perf_counter()
    doc_pairs = document_pairs([a.document.text for a in analyses])
    tb = time.perf_counter()
    hits = sentence_pairs(features)
    tc = time.perf_counter()
    pairs = candidate_pairs(analyses, features=features)
    t3 = time.perf_counter()
    n_sent = sum(len(f) for f in features)
    print(f"sentence features: {n_sent} sentences in {ta - t2:.2f}s")
    print(f"document MinHash LSH: {len(doc_pairs)} pairs in {tb - ta:.2f}s")
    print(f"sentence MinHash band index: {len(hits)} colliding pairs in {tc - tb:.2f}s")
    print(f"candidate pairs kept: {len(pairs)} (all of it again: {t3 - tc:.2f}s)")
    t3 = time.perf_counter()

    edges = relate(analyses, cache=cache)
    t4 = time.perf_counter()
    print(f"relate (features + candidates + alignment + drift): {len(edges)} edges in {t4 - t3:.2f}s")
    again = relate(analyses, cache=cache)
    t5 = time.perf_counter()
    print(f"relate again ({'pair results cached' if args.cache else 'no cache'}): {len(again)} edges in {t5 - t4:.2f}s")
    kinds: dict[str, int] = {}
    for e in edges:
        kinds[e.relation] = kinds.get(e.relation, 0) + 1
    print("relations:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    titles = {a.document.id: a.document.title for a in analyses}
    for e in edges:
        print(
            f"{e.child} -> {e.parent}  {e.relation}  score={e.score:.2f} "
            f"cov={e.child_coverage:.2f}/{e.parent_coverage:.2f} changes={len(e.changes)}"
        )
        print(f"    {titles[e.child][:70]!r} | {titles[e.parent][:70]!r}")
    cache.close()


if __name__ == "__main__":
    main()
