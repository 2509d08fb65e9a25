"""Build the actor list of N BBC articles (or of any folder) and print it for reading.

Usage::

    python bench/actors_bbc.py [-n 50] [--offset 0] [--corpus ../shared/corpora/bbc] [--folder DIR]
                               [--corrections actors.yml] [--all] [--context NAME] [--mentions FILE]

Articles are taken in a fixed order (round-robin over the categories, by file name), read
with ``generator.ingest.read_document`` and analysed with ``generator.nlp.analyse``. The
list shows name, kind, mention count and aliases, then counts and timings; read it and
count junk and duplicates by hand. ``--context NAME`` prints the sentences that name an
actor; ``--mentions FILE`` writes every mention and its actor, so that two runs (before
and after a change of the rules, e.g. from a ``git worktree``) can be diffed line by line.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.actors import build_actors  # noqa: E402
from generator.ingest import read_document  # noqa: E402
from generator.nlp import analyse, load  # noqa: E402
from generator.store import Cache  # noqa: E402


def bbc_files(corpus: Path, n: int | None, offset: int = 0) -> list[Path]:
    """``n`` articles round-robin over the categories (all when ``n`` is None), skipping
    the first ``offset`` of that order (``--offset 50`` gives a second, unseen slice)."""
    per_cat = [sorted(d.glob("*.txt")) for d in sorted(p for p in corpus.iterdir() if p.is_dir())]
    out: list[Path] = []
    i = 0
    while any(i < len(files) for files in per_cat):
        for files in per_cat:
            if i < len(files):
                out.append(files[i])
        i += 1
    out = out[offset:]
    return out if n is None else out[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--offset", type=int, default=0, help="skip this many articles of the order first")
    ap.add_argument("--all", action="store_true", help="every article of the corpus")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    ap.add_argument("--folder", type=Path, help="a folder of sources instead of the BBC corpus")
    ap.add_argument("--corrections", type=Path)
    ap.add_argument("--cache", type=Path, help="analysis cache file (speeds up reruns)")
    ap.add_argument("--quiet", action="store_true", help="counts only")
    ap.add_argument("--mentions", type=Path, help="write every mention and the actor it belongs to (sorted, for diffs)")
    ap.add_argument("--context", action="append", default=[], metavar="NAME", help="print where an actor is named")
    args = ap.parse_args(argv)

    if args.folder:
        from generator.ingest import ingest

        documents, _ = ingest(args.folder)
    else:
        files = bbc_files(args.corpus, None if args.all else args.n, args.offset)
        documents = []
        for path in files:
            doc = read_document(path)
            # BBC file names repeat across categories: make ids unique
            documents.append(doc.__class__(**{**doc.__dict__, "id": f"{path.parent.name}-{path.stem}"}))
    nlp = load("auto")
    t0 = time.perf_counter()
    analyses = analyse(documents, nlp, Cache(args.cache) if args.cache else Cache(None))
    t1, c1 = time.perf_counter(), time.process_time()
    actors = build_actors(analyses, corrections=args.corrections)
    t2, c2 = time.perf_counter(), time.process_time()
    texts = {a.document.id: a.document.text for a in analyses}
    if args.mentions:
        args.mentions.write_text("".join(sorted(_mention_lines(actors, texts))), encoding="utf-8")
    for name in args.context:
        for a in (x for x in actors if x.name == name):
            for m in a.mentions:
                t = texts[m.doc]
                print(f"{a.name} [{a.kind}] {m.doc}: ...{t[max(0, m.start - 90) : m.end + 60]!r}")
    if not args.quiet and not args.context:
        for a in actors:
            aliases = "; ".join(a.aliases)
            extra = f"  unresolved={len(a.unresolved)}" if a.unresolved else ""
            print(f"{a.name}\t{a.kind}\t{len(a.mentions)}\t[{aliases}]{extra}")
    mentions = sum(len(a.mentions) for a in actors)
    open_mentions = len({(m.doc, m.start) for a in actors for m in a.unresolved})
    kinds = {k: sum(a.kind == k for a in actors) for k in ("person", "organization", "place", "group")}
    print(
        f"\n{len(documents)} documents, {len(actors)} actors {kinds}, {mentions} mentions, "
        f"{open_mentions} unresolved mentions, {sum(len(a.descriptions) for a in actors)} descriptions",
        file=sys.stderr,
    )
    print(f"analyse {t1 - t0:.1f}s, build_actors {t2 - t1:.2f}s wall, {c2 - c1:.2f}s CPU", file=sys.stderr)
    return 0


def _mention_lines(actors, texts: dict[str, str]) -> list[str]:
    """One line per mention: where, the words, the actor, some context. Two runs of the
    bench diffed with these files show every mention a change of the rules moved."""
    out = []
    for a in actors:
        for m in a.mentions:
            t = texts[m.doc]
            context = t[max(0, m.start - 40) : m.end + 30].replace("\n", " ")
            out.append(f"{m.doc}:{m.start}\t{m.text}\t=> {a.name}\t| {context}\n")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
