"""Score the quote extractor on PolNeAR (gold Source / Cue / Content spans in BRAT files).

    /work/venv/bin/python bench/eval_quotes.py --split dev [--limit N] [--jobs 2] [--errors 20]

Matching: a predicted quote matches a gold Content when it covers more than 30% of
the gold content's words. Precision counts predicted quotes that match some gold
content; recall counts gold contents matched by some predicted quote.

- direct: gold contents starting with a quotation mark vs predicted ``direct`` quotes
  (also reported leniently: a predicted direct quote is correct when it matches any
  gold content that contains a quotation mark, i.e. a mixed quote);
- all: every gold attribution vs every predicted quote;
- speaker accuracy, over matched pairs (each predicted quote with the gold content it
  covers best): correct when the speaker as written overlaps the gold Source span, or
  the predicted speaker text and the gold Source share their head word; a gold
  attribution without a source is correct when the prediction names no speaker.

Articles with several annotators are scored against the first annotator's file.
Tune on ``--split train``, report on ``--split dev``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.actors import ActorIndex  # noqa: E402
from generator.model import Document  # noqa: E402
from generator.nlp import analyse, load  # noqa: E402
from generator.quotes import find_quotes  # noqa: E402
from generator.store import Cache  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
QUOTE_START = "\"'\u201c\u2018\u201e\u00ab"
_WORD = re.compile(r"\w+")
_PRONOUNS = {"he", "she", "they", "it", "i", "we", "who", "his", "her", "their", "him", "them"}


@dataclass
class Gold:
    content: list[tuple[int, int]]
    content_text: str
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""
    cue_text: str = ""

    @property
    def direct(self) -> bool:
        return self.content_text.lstrip()[:1] in QUOTE_START

    @property
    def mixed(self) -> bool:
        return any(c in self.content_text for c in QUOTE_START + "\u201d\u2019")


def read_ann(path: Path) -> list[Gold]:
    """Gold attributions of one BRAT file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 1:
            tid, info, *rest = line.split("\t")
            kind, _, offsets = info.partition(" ")
            parts = [tuple(int(x) for x in p.split()) for p in offsets.split(";")]
            spans[tid] = (kind, parts, rest[0] if rest else "")
        elif line.startswith("E") and "\t" in line:
            roles = {}
            for item in line.split("\t")[1].split():
                role, _, ref = item.partition(":")
                roles[role] = ref
            events.append(roles)
    out = []
    for roles in events:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        _, content, ctext = spans[roles["Content"]]
        g = Gold(content, ctext)
        if roles.get("Source") in spans:
            _, g.source, g.source_text = spans[roles["Source"]]
        if roles.get("Cue") in spans:
            g.cue_text = spans[roles["Cue"]][2]
        out.append(g)
    return out


def load_split(split: str, limit: int | None) -> list[tuple[Document, list[Gold]]]:
    base = POLNEAR / split
    items = []
    for txt in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        doc = Document(id=txt.stem, slug=txt.stem[:40], path=str(txt), sha256="", title="", text=text)
        items.append((doc, read_ann(anns[0])))
        if limit and len(items) >= limit:
            break
    return items


def words(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The words of each fragment of a gold span."""
    return [[(s + m.start(), s + m.end()) for m in _WORD.finditer(text[s:e])] for s, e in spans]


def coverage(pred: tuple[int, int], gold_words: list[tuple[int, int]]) -> float:
    if not gold_words:
        return 0.0
    inside = sum(1 for s, e in gold_words if pred[0] <= s and e <= pred[1])
    return inside / len(gold_words)


def best_coverage(pred: tuple[int, int], fragments: list[list[tuple[int, int]]], per_fragment: bool) -> float:
    """Coverage of a gold content by ``pred``: of the whole content, or (``per_fragment``)
    of its best-covered fragment when the content is discontinuous (“A,” he said. “B.”)."""
    whole = coverage(pred, [w for f in fragments for w in f])
    if not per_fragment:
        return whole
    return max([whole] + [coverage(pred, f) for f in fragments])


def head(text: str) -> str:
    toks = [w.lower() for w in _WORD.findall(text)]
    return toks[-1] if toks else ""


def speaker_ok(found, gold: Gold, text: str) -> bool:
    sp = found.speaker
    if not gold.source:
        return sp.text is None
    if sp.text is None:
        return False
    if sp.span and any(sp.span[0] < e and s < sp.span[1] for s, e in gold.source):
        return True
    gwords = {w.lower() for w in _WORD.findall(gold.source_text)} - _PRONOUNS
    pwords = {w.lower() for w in _WORD.findall(sp.text)} - _PRONOUNS
    return bool(head(sp.text) and (head(sp.text) == head(gold.source_text) or (gwords & pwords and head(sp.text) in gwords)))


def prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(items, analyses, *, per_fragment: bool = True, errors: int = 0):
    """Counts for precision / recall / speaker accuracy, and up to ``errors`` examples."""
    index = ActorIndex(())
    c = dict(pd=0, pd_ok=0, pd_lenient=0, gd=0, gd_ok=0, pa=0, pa_ok=0, ga=0, ga_ok=0, sp=0, sp_ok=0, spd=0, spd_ok=0)
    errs: dict[str, list[str]] = {"fp_direct": [], "fn_direct": [], "speaker": []}
    for (document, golds), analysis in zip(items, analyses):
        text = document.text
        found = find_quotes(analysis, index)
        gw = [words(text, g.content) for g in golds]
        for f in found:
            covs = [best_coverage((f.start, f.end), w, per_fragment) for w in gw]
            best = max(range(len(golds)), key=lambda i: covs[i], default=None)
            matched = best is not None and covs[best] > 0.3
            c["pa"] += 1
            c["pa_ok"] += matched
            if f.kind == "direct":
                c["pd"] += 1
                ok = any(cv > 0.3 and golds[i].direct for i, cv in enumerate(covs))
                c["pd_ok"] += ok
                c["pd_lenient"] += any(cv > 0.3 and golds[i].mixed for i, cv in enumerate(covs))
                if not ok and len(errs["fp_direct"]) < errors:
                    errs["fp_direct"].append(f"{document.id}: {text[f.start:f.end][:120]!r}")
            if matched:
                good = speaker_ok(f, golds[best], text)
                c["sp"] += 1
                c["sp_ok"] += good
                if f.kind == "direct" and golds[best].direct:
                    c["spd"] += 1
                    c["spd_ok"] += good
                if not good and len(errs["speaker"]) < errors:
                    errs["speaker"].append(
                        f"{document.id}: pred {f.speaker.text!r} gold {golds[best].source_text!r} "
                        f"| {text[f.start:f.end][:80]!r}"
                    )
        for g, w in zip(golds, gw):
            hit = any(best_coverage((f.start, f.end), w, per_fragment) > 0.3 for f in found)
            c["ga"] += 1
            c["ga_ok"] += hit
            if g.direct:
                c["gd"] += 1
                hit_d = any(best_coverage((f.start, f.end), w, per_fragment) > 0.3 for f in found if f.kind == "direct")
                c["gd_ok"] += hit_d
                if not hit_d and len(errs["fn_direct"]) < errors:
                    errs["fn_direct"].append(f"{document.id}: {g.content_text[:120]!r}")
    return c, errs


def report(c: dict[str, int]) -> str:
    """The figures as text."""
    lines = []
    d = prf(c["pd_ok"], c["pd"], c["gd_ok"], c["gd"])
    dl = prf(c["pd_lenient"], c["pd"], c["gd_ok"], c["gd"])
    a = prf(c["pa_ok"], c["pa"], c["ga_ok"], c["ga"])
    lines.append(f"direct quotes     P {d[0]:.3f}  R {d[1]:.3f}  F1 {d[2]:.3f}   (pred {c['pd']}, gold {c['gd']})")
    lines.append(f"direct (lenient)  P {dl[0]:.3f}  R {dl[1]:.3f}  F1 {dl[2]:.3f}")
    lines.append(f"all attributions  P {a[0]:.3f}  R {a[1]:.3f}  F1 {a[2]:.3f}   (pred {c['pa']}, gold {c['ga']})")
    sp = c["sp_ok"] / c["sp"] if c["sp"] else 0.0
    spd = c["spd_ok"] / c["spd"] if c["spd"] else 0.0
    lines.append(f"speaker accuracy  all matched {sp:.3f} (n={c['sp']})  direct matched {spd:.3f} (n={c['spd']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument(
        "--whole", dest="per_fragment", action="store_false",
        help="match against whole discontinuous gold contents only (default: any fragment)",
    )
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    args = ap.parse_args(argv)

    t0 = time.time()
    items = load_split(args.split, args.limit)
    nlp = load("auto")
    analyses = analyse([d for d, _ in items], nlp, Cache(None), jobs=args.jobs)
    c, errs = score(items, analyses, per_fragment=args.per_fragment, errors=args.errors)
    print(f"PolNeAR {args.split}: {len(items)} articles, {time.time() - t0:.0f} s, matching {'per fragment' if args.per_fragment else 'whole contents'}")
    print(report(c))
    for kind, lines in errs.items():
        if lines:
            print(f"\n# {kind}")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
