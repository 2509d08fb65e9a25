"""Claims: detection, clustering and independent-source counts.

1. Detection (:mod:`generator.claim_detect`): each sentence yields zero or more claim
   units (independent clauses asserting something checkable), each with who asserts it.
2. Clustering: units in different words that state the same thing become one claim.
   Candidate pairs come from blocking on rare content items (never all pairs); pairs of
   sentences the lineage stage aligned are candidates too. A pair may join when
   :func:`~generator.claim_similarity.match` allows it (or, for lineage-aligned sentences,
   when it is :func:`~generator.claim_similarity.compatible` and scores ``aligned_threshold``);
   clusters merge greedily, best pair first, under :func:`cluster`'s linkage rules.
3. Independence: the claim's documents are grouped by the connected components of the
   lineage graph (a copy, translation or rewrite of a document is not corroboration).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence

from .actors import ActorIndex
from .claim_detect import Unit, sentence_units
from .claim_similarity import (
    Features,
    Weights,
    canonical_entities,
    compatible,
    entity_spans,
    features,
    match,
    similarity,
)
from .model import Actor, Claim, ClaimOccurrence, LineageEdge, Quote
from .nlp import Analysis

Similarity = Callable[[Features, Features, Weights], float]


def build_claims(
    analyses: Sequence[Analysis],
    *,
    actors: Sequence[Actor] = (),
    quotes: Sequence[Quote] = (),
    lineage: Sequence[LineageEdge] = (),
    aligned_threshold: float = 0.15,
    link: float = 0.05,
    max_block: int = 50,
    score: Similarity = similarity,
) -> tuple[Claim, ...]:
    """Claims with their occurrences and independent-source counts.

    ``actors`` give entity keys and ``attributed_to`` ids; ``quotes`` give the speaker of a
    claim they cover; ``lineage`` edges make aligned sentences candidates (joined from
    ``aligned_threshold``) and collapse derived documents when counting independent
    sources. ``score`` is the swappable pair similarity (see
    :mod:`generator.claim_similarity`); ``max_block`` caps a blocking key's posting list.
    Claims are sorted by independent sources, then sources, then first occurrence.
    """
    index = ActorIndex(actors)
    units, feats = detect(analyses, index=index, quotes=quotes)
    if not units:
        return ()
    weights = Weights.fit(feats)
    pairs = candidate_pairs(units, feats, weights, lineage=lineage, max_block=max_block)
    aligned = _aligned_pairs(units, lineage)
    docs = [u.doc for u in units]
    clusters = cluster(
        len(units),
        pairs,
        lambda i, j: _pair_score(i, j, feats, weights, score, aligned, aligned_threshold),
        aligned=aligned,
        link=link,
        groups=docs,
    )
    order = {a.document.id: n for n, a in enumerate(analyses)}
    published = {a.document.id: a.document.published for a in analyses}
    components = lineage_components(order, lineage)
    parents = {e.parent for e in lineage} - {e.child for e in lineage}
    claims = [
        _claim([units[i] for i in members], order, published, components, parents, index)
        for members in clusters
    ]
    claims.sort(key=lambda c: (-c.independent_sources, -len(c.sources), _first_key(c, order)))
    return tuple(claims)


def detect(
    analyses: Sequence[Analysis], *, index: ActorIndex | None = None, quotes: Sequence[Quote] = ()
) -> tuple[list[Unit], list[Features]]:
    """Every claim unit of the corpus with its content features."""
    by_doc: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        by_doc[q.doc].append(q)
    units: list[Unit] = []
    feats: list[Features] = []
    for analysis in analyses:
        document, doc = analysis.document, analysis.doc
        ents, toks = entity_spans(doc), list(doc)
        for sentence in document.sentences:
            for unit in sentence_units(
                doc, sentence, document.id, sentences=document.sentences, quotes=by_doc[document.id], index=index
            ):
                units.append(unit)
                feats.append(features(doc, unit.tokens, document.id, index, head=unit.head, ents=ents, toks=toks))
    return units, canonical_entities(feats)


def candidate_pairs(
    units: Sequence[Unit],
    feats: Sequence[Features],
    weights: Weights,
    *,
    lineage: Sequence[LineageEdge] = (),
    keys_per_unit: int = 3,
    max_block: int = 50,
) -> set[tuple[int, int]]:
    """Pairs of units sharing one of their rarest anchors/lemmas (blocking), plus aligned pairs."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, f in enumerate(feats):
        for kind in "ENLA":  # each kind gets its own slots; an item of one unit cannot pair
            keys = sorted(
                (i for i in f.items if i[0] == kind and weights.df.get(i, 0) > 1),
                key=lambda i: (weights.df.get(i, 0), i),
            )
            for key in keys[:keys_per_unit]:
                postings[key].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) < 2 or len(members) > max_block:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j))
    pairs.update(_aligned_pairs(units, lineage))
    return pairs


def _aligned_pairs(units: Sequence[Unit], lineage: Sequence[LineageEdge]) -> set[tuple[int, int]]:
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        at[(u.doc, u.sentence)].append(n)
    pairs = set()
    for edge in lineage:
        for al in edge.alignments:
            for i in at.get((edge.child, al.child_sentence), ()):
                for j in at.get((edge.parent, al.parent_sentence), ()):
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _pair_score(
    i: int,
    j: int,
    feats: Sequence[Features],
    weights: Weights,
    score: Similarity,
    aligned: set[tuple[int, int]],
    aligned_threshold: float,
) -> float:
    """Score of a pair allowed to be one claim, else 0; lineage-aligned pairs need less."""
    a, b = feats[i], feats[j]
    value = match(a, b, weights, score=score)
    if not value and (min(i, j), max(i, j)) in aligned and compatible(a, b):
        raw = score(a, b, weights)
        value = raw if raw >= aligned_threshold else 0.0
    return value


def cluster(
    n: int,
    pairs: set[tuple[int, int]],
    pair_score: Callable[[int, int], float],
    *,
    aligned: set[tuple[int, int]] = frozenset(),
    link: float = 0.0,
    groups: Sequence[str] | None = None,
) -> list[list[int]]:
    """Greedy average-linkage clustering of ``n`` items over candidate ``pairs``.

    ``pair_score`` is 0 for a pair that may not join; pairs join best first, and two
    clusters merge only while the mean score over all their cross pairs is at least ``link``,
    at least half of those pairs match, and, when ``groups`` (document ids) are given,
    every cross pair from one group matches directly: two claims of one document are
    never chained together through a third.
    """
    cache: dict[tuple[int, int], float] = {}

    def s(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in cache:
            cache[key] = pair_score(*key)
        return cache[key]

    scored = []
    for i, j in sorted(pairs):
        value = s(i, j)
        if value > 0:
            scored.append((-value, i, j))
    scored.sort()
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    root = list(range(n))
    for _, i, j in scored:
        ri, rj = root[i], root[j]
        if ri == rj:
            continue
        a, b = members[ri], members[rj]
        if len(a) * len(b) > 1:
            cross = [
                1.0 if (min(x, y), max(x, y)) in aligned and s(x, y) > 0 else s(x, y) for x in a for y in b
            ]
            if sum(cross) / len(cross) < link or sum(1 for v in cross if v > 0) * 2 < len(cross):
                continue
            if groups is not None and any(
                groups[x] == groups[y] and s(x, y) <= 0 for x in a for y in b
            ):
                continue
        keep, drop = (ri, rj) if len(a) >= len(b) else (rj, ri)
        members[keep].extend(members.pop(drop))
        for x in members[keep]:
            root[x] = keep
    return [sorted(m) for m in members.values()]


def lineage_components(order: dict[str, int], lineage: Sequence[LineageEdge]) -> dict[str, str]:
    """Document id -> representative of its connected component in the lineage graph."""
    parent = {d: d for d in order}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in lineage:
        a, b = find(edge.child), find(edge.parent)
        if a != b:
            first, second = sorted((a, b), key=lambda d: (order.get(d, len(order)), d))
            parent[second] = first
    return {d: find(d) for d in parent}


def _claim(
    units: list[Unit],
    order: dict[str, int],
    published: dict[str, str | None],
    components: dict[str, str],
    parents: set[str],
    index: ActorIndex,
) -> Claim:
    units = sorted(units, key=lambda u: (order.get(u.doc, len(order)), u.doc, u.sentence, u.start))
    occurrences = []
    seen = set()
    for u in units:
        if (u.doc, u.sentence, u.text) not in seen:
            seen.add((u.doc, u.sentence, u.text))
            occurrences.append(ClaimOccurrence(u.doc, u.sentence, u.text, u.attributed_to))
    sources = tuple(sorted({u.doc for u in units}))
    independent = len({components.get(d, d) for d in sources})
    rep = min(
        units,
        key=lambda u: (
            u.doc not in parents,
            published.get(u.doc) is None,
            published.get(u.doc) or "",
            order.get(u.doc, len(order)),
            u.sentence,
        ),
    )
    first = units[0]
    digest = hashlib.sha1(f"{first.doc}:{first.sentence}:{first.start}".encode()).hexdigest()[:10]
    actor_ids: set[str] = {u.attributed_to for u in units if u.attributed_to}
    for u in units:
        actor_ids.update(_actors_in(index, u))
    return Claim(
        id=f"c-{digest}",
        text=rep.text,
        occurrences=tuple(occurrences),
        sources=sources,
        independent_sources=independent,
        actors=tuple(sorted(actor_ids)),
    )


def _actors_in(index: ActorIndex, unit: Unit) -> set[str]:
    """Ids of actors with a mention inside the unit's span."""
    return index.within(unit.doc, unit.start, unit.end)


def _first_key(claim: Claim, order: dict[str, int]) -> tuple:
    o = claim.occurrences[0]
    return (order.get(o.doc, len(order)), o.doc, o.sentence, claim.id)
