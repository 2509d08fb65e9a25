"""Sentence alignment of a candidate pair: one-to-one, merges and splits, reordering allowed.

Greedy in two passes over the similarity matrix (computed only for sentence pairs that
share a content stem): confident links anywhere first, then weaker links only where they
keep the order of their aligned neighbours (position as a weak prior). A free sentence
next to an aligned one joins that link when its content is mostly contained in the
other side (a merged or split sentence).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .similarity import Idf, SentenceFeatures, containment, similarity

#: A link accepted wherever it points.
STRONG = 0.62
#: A link accepted only when it keeps the order of its aligned neighbours.
WEAK = 0.40
#: Share of a neighbouring sentence's content that must be in the merged partner.
MERGE_CONTAINMENT = 0.5
#: Sentences with fewer content words than this are never aligned on their own.
MIN_CONTENT = 2


@dataclass(frozen=True)
class Link:
    child: int
    parent: int
    similarity: float


def similarity_pairs(
    child: Sequence[SentenceFeatures], parent: Sequence[SentenceFeatures], idf: Idf
) -> dict[tuple[int, int], float]:
    """Similarity of every (child, parent) sentence pair sharing at least one content stem."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(parent):
        if p.length >= MIN_CONTENT:
            for s in p.stems:
                index[s].append(j)
    out: dict[tuple[int, int], float] = {}
    for i, c in enumerate(child):
        if c.length < MIN_CONTENT:
            continue
        shared: dict[int, int] = defaultdict(int)
        for s in c.stems:
            for j in index.get(s, ()):
                shared[j] += 1
        for j, n in shared.items():
            if n >= 3 or (n >= 1 and 3 * n >= min(c.length, parent[j].length)):
                out[(i, j)] = similarity(c, parent[j], idf)
    return out


def _order_ok(links: dict[int, int], i: int, j: int) -> bool:
    """True when parent ``j`` lies between the parents of child ``i``'s aligned neighbours."""
    before = [c for c in links if c < i]
    after = [c for c in links if c > i]
    if before and links[max(before)] >= j:
        return False
    if after and links[min(after)] <= j:
        return False
    return True


def align(
    child: Sequence[SentenceFeatures], parent: Sequence[SentenceFeatures], idf: Idf
) -> list[Link]:
    """Links between child and parent sentences, sorted by (child, parent)."""
    sims = similarity_pairs(child, parent, idf)
    ranked = sorted(sims.items(), key=lambda kv: (-kv[1], kv[0]))
    c2p: dict[int, int] = {}
    p_used: set[int] = set()
    for (i, j), s in ranked:  # confident links, anywhere
        if s < STRONG:
            break
        if i not in c2p and j not in p_used:
            c2p[i] = j
            p_used.add(j)
    for (i, j), s in ranked:  # weaker links that keep the local order
        if s < WEAK:
            break
        if i not in c2p and j not in p_used and _order_ok(c2p, i, j):
            c2p[i] = j
            p_used.add(j)
    _fill_gaps(child, parent, idf, c2p, p_used)
    links = [Link(i, j, sims.get((i, j)) or similarity(child[i], parent[j], idf)) for i, j in c2p.items()]
    links += _merges(child, parent, idf, c2p, p_used)
    return sorted(links, key=lambda link: (link.child, link.parent))


def _fill_gaps(child, parent, idf, c2p: dict[int, int], p_used: set[int]) -> None:
    """Align a lone free sentence sandwiched between two links on both sides.

    Child ``i`` with ``i-1 -> j-1`` and ``i+1 -> j+1`` aligned and parent ``j`` free is
    the same sentence reworded beyond recognition (a short translated line), when both
    sit in the same paragraph as their aligned neighbours.
    """
    for i in sorted(range(1, len(child) - 1)):
        if i in c2p or (i - 1) not in c2p or (i + 1) not in c2p:
            continue
        j = c2p[i - 1] + 1
        if c2p[i + 1] != j + 1 or j in p_used:
            continue
        if child[i].paragraph in (child[i - 1].paragraph, child[i + 1].paragraph) and parent[
            j
        ].paragraph in (parent[j - 1].paragraph, parent[j + 1].paragraph):
            c2p[i] = j
            p_used.add(j)


def _merges(child, parent, idf, c2p: dict[int, int], p_used: set[int]) -> list[Link]:
    """Extra links for a free sentence merged into (or split from) an aligned neighbour."""
    extra: list[Link] = []
    for i, j in sorted(c2p.items()):
        base = similarity(child[i], parent[j], idf)
        for k in (j - 1, j + 1):  # child i = parent j + parent k
            if 0 <= k < len(parent) and k not in p_used and parent[k].length >= MIN_CONTENT:
                if containment(parent[k], child[i], idf) >= MERGE_CONTAINMENT:
                    merged = parent[min(j, k)].merged(parent[max(j, k)])
                    s = similarity(child[i], merged, idf)
                    if s >= base:
                        extra.append(Link(i, k, s))
                        p_used.add(k)
    taken = set(c2p)
    for i, j in sorted(c2p.items()):
        base = similarity(child[i], parent[j], idf)
        for k in (i - 1, i + 1):  # child i + child k = parent j
            if 0 <= k < len(child) and k not in taken and child[k].length >= MIN_CONTENT:
                if containment(child[k], parent[j], idf) >= MERGE_CONTAINMENT:
                    merged = child[min(i, k)].merged(child[max(i, k)])
                    s = similarity(merged, parent[j], idf)
                    if s >= base:
                        extra.append(Link(k, j, s))
                        taken.add(k)
    return extra


def groups(links: Sequence[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Connected groups of links as (child sentences, parent sentences), in child order."""
    parent_of: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent_of.setdefault(x, x) != x:
            x = parent_of[x]
        return x

    for link in links:
        a, b = find(("c", link.child)), find(("p", link.parent))
        if a != b:
            parent_of[b] = a
    members: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for link in links:
        for node in (("c", link.child), ("p", link.parent)):
            members[find(node)].append(node)
    out = []
    for nodes in members.values():
        cs = tuple(sorted({n for side, n in nodes if side == "c"}))
        ps = tuple(sorted({n for side, n in nodes if side == "p"}))
        out.append((cs, ps))
    return sorted(out)
