"""Whether two aligned documents are related, how (relation), and which came first.

Direction is decided by weighing evidence, each piece listed on the edge in plain words:
publication dates, one text naming the other's author / publisher / original source,
and containment (the side whose text is mostly found in the other, or which merges the
other's sentences, is the derived one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Document
from ..text import normalize
from .align import STRONG
from .similarity import SentenceFeatures

#: Least share of the derived side's content found in the other for an edge at all.
MIN_COVERAGE = 0.5
#: Least number of aligned sentences for an edge (fewer when a document is that short).
MIN_ALIGNED = 3
#: Aligned sentence pairs at least this close character by character are "verbatim".
VERBATIM = 90.0
#: Share of verbatim aligned groups for a copy / excerpt.
COPY_SHARE = 0.8
#: Coverage of both sides above which near-verbatim text is a copy (else an excerpt).
COPY_COVERAGE = 0.8
#: Share of verbatim aligned groups for an excerpt / reuse of passages ("partial").
PARTIAL_SHARE = 0.5
#: Changes that slant a paraphrase (their density makes it "spin").
SLANT = {"entity_swap", "number_change", "quote_invented", "attribution_added",
         "attribution_removed", "attribution_changed", "hedge_removed", "hedge_added", "negation"}
SPIN_SHARE = 0.25


@dataclass(frozen=True)
class PairStats:
    """Alignment figures of a pair, with ``a`` / ``b`` the two documents."""

    coverage_a: float
    coverage_b: float
    aligned_a: int
    aligned_b: int
    merges_a: int  # a-sentences that combine two or more b-sentences
    merges_b: int
    verbatim_share: float
    mean_similarity: float
    order_share: float = 1.0  # consecutive groups whose b-side order follows the a-side order
    strong: int = 0  # links at least as similar as a confident alignment


def coverage(feats: Sequence[SentenceFeatures], aligned: set[int]) -> float:
    """Content-word weighted share of sentences that are aligned."""
    total = sum(max(f.length, 1) for f in feats)
    got = sum(max(feats[i].length, 1) for i in aligned)
    return got / total if total else 0.0


def stats(fa, fb, groups, sims: Sequence[float]) -> PairStats:
    aligned_a = {i for cs, _ in groups for i in cs}
    aligned_b = {j for _, ps in groups for j in ps}
    verbatim = 0
    for cs, ps in groups:
        ta = " ".join(fa[i].text for i in cs)
        tb = " ".join(fb[j].text for j in ps)
        if fuzz.ratio(ta, tb) >= VERBATIM:
            verbatim += 1
    return PairStats(
        coverage(fa, aligned_a),
        coverage(fb, aligned_b),
        len(aligned_a),
        len(aligned_b),
        sum(1 for cs, ps in groups if len(ps) > 1 and len(cs) == 1),
        sum(1 for cs, ps in groups if len(cs) > 1 and len(ps) == 1),
        verbatim / len(groups) if groups else 0.0,
        sum(sims) / len(sims) if sims else 0.0,
        _order_share(groups),
        sum(1 for x in sims if x >= STRONG),
    )


def _order_share(groups) -> float:
    firsts = [ps[0] for _, ps in sorted(groups)]
    if len(firsts) < 2:
        return 1.0
    return sum(1 for x, y in zip(firsts, firsts[1:]) if y > x) / (len(firsts) - 1)


def is_related(st: PairStats, n_a: int, n_b: int) -> bool:
    """An edge needs most of one side found in the other, over several sentences of which
    several are confident matches (texts on one story share a few loose matches only)."""
    if st.strong < min(MIN_ALIGNED, n_a, n_b):
        return False
    ok_a = st.coverage_a >= MIN_COVERAGE and st.aligned_a >= min(MIN_ALIGNED, n_a)
    ok_b = st.coverage_b >= MIN_COVERAGE and st.aligned_b >= min(MIN_ALIGNED, n_b)
    return ok_a or ok_b


# ----------------------------------------------------------------------------- direction


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", normalize(text).lower())


def _names(doc: Document) -> list[tuple[str, str]]:
    """(what, name) pairs another text may cite this document by."""
    out = [("author", a) for a in doc.authors]
    if doc.publisher:
        out.append(("publisher", doc.publisher))
    return [(w, n) for w, n in out if len(_squash(n)) >= 6]


def cites(citing: Document, cited: Document) -> list[str]:
    """Evidence that ``citing`` names ``cited``'s author, publisher or is its republication."""
    own = {_squash(n) for _, n in _names(citing)}
    text = _squash(citing.text)
    out = []
    for what, name in _names(cited):
        key = _squash(name)
        if key in own:
            continue
        if key in text:
            out.append(f"names the other text's {what} ({name})")
    if citing.original_source:
        src = _squash(citing.original_source)
        targets = [cited.publisher or "", cited.title, cited.url or ""]
        if any(src and _squash(t) and (src == _squash(t) or src in _squash(t)) for t in targets):
            out.append(f"gives its original source as {citing.original_source}, the other text")
    return out


def direction(a: Document, b: Document, st: PairStats) -> tuple[bool, tuple[str, ...]]:
    """(a_is_child, evidence). Positive weight points to ``a`` being derived from ``b``."""
    weight = 0.0
    why: list[tuple[float, str]] = []

    def add(w: float, a_child_text: str, b_child_text: str) -> None:
        nonlocal weight
        weight += w
        why.append((w, a_child_text if w > 0 else b_child_text))

    if a.published and b.published and a.published != b.published:
        w = 3.0 if a.published > b.published else -3.0
        later, earlier = (a, b) if w > 0 else (b, a)
        add(w, f"published {later.published}, after the parent ({earlier.published})",
            f"published {later.published}, after the parent ({earlier.published})")
    elif bool(a.published) != bool(b.published):
        dated = b if b.published else a
        w = 0.5 if dated is b else -0.5
        add(w, f"undated, while the parent is dated {dated.published} (weak)",
            f"undated, while the parent is dated {dated.published} (weak)")
    for ev in cites(a, b):
        add(2.0, f"the child {ev}", "")
    for ev in cites(b, a):
        add(-2.0, "", f"the child {ev}")
    diff = st.coverage_a - st.coverage_b
    if abs(diff) >= 0.2:
        w = 1.0 if diff > 0 else -1.0
        big, small = (st.coverage_a, st.coverage_b) if w > 0 else (st.coverage_b, st.coverage_a)
        text = (f"containment: {big:.0%} of the child's text is found in the parent, only "
                f"{small:.0%} of the parent's in the child (the child condenses or excerpts it)")
        add(w, text, text)
    if st.merges_a != st.merges_b:
        w = 0.5 if st.merges_a > st.merges_b else -0.5
        n = max(st.merges_a, st.merges_b)
        text = f"the child merges {n} pair{'s' if n > 1 else ''} of the parent's sentences into one"
        add(w, text, text)
    if weight == 0:
        a_child = a.id > b.id
        return a_child, ("no evidence of direction (same text, no dates or citations); "
                         "the later document id is taken as the child",)
    return weight > 0, tuple(t for w, t in why if (w > 0) == (weight > 0) and t)


# ----------------------------------------------------------------------------- relation


def relation(
    child: Document, parent: Document, st_child: float, st_parent: float, st: PairStats,
    *, quotes_reworded: tuple[int, int], respelled: int, changes: Sequence[str], groups: int,
) -> str:
    """copy / partial / translation / spin / paraphrase for an oriented pair.

    ``quotes_reworded`` is (quotes whose words changed, quotes compared): a paraphraser keeps
    quoted words, a translator cannot, so reworded quotes are required for "translation",
    with two of: almost no verbatim sentence, sentence order kept, names respelled
    (``respelled`` counts names spelled differently, "Jong Un" / "Jong-un").
    """
    if st.verbatim_share >= COPY_SHARE and st_child >= COPY_COVERAGE and st_parent >= COPY_COVERAGE:
        return "copy"
    if st.verbatim_share >= PARTIAL_SHARE:
        return "partial"
    if child.language != parent.language:
        return "translation"
    reworded, compared = quotes_reworded
    if compared >= 2 and reworded >= 0.6 * compared:
        signals = (respelled >= 1) + (st.verbatim_share < 0.1) + (st.order_share >= 0.85)
        if signals >= 2:
            return "translation"
    slant = sum(1 for k in changes if k in SLANT)
    if groups and slant >= max(3, SPIN_SHARE * groups):
        return "spin"
    return "paraphrase"
