"""Lineage: candidate pairs, sentence alignment, relation, direction and drift.

``relate`` finds which documents derive from which: it proposes candidate pairs with
LSH indexes (:mod:`.candidates`), aligns their sentences (:mod:`.align`, scored by
:mod:`.similarity`), decides relation and direction (:mod:`.relation`) and lists what
changed on the way (:mod:`.drift`). Each pair's result depends only on the two documents,
so it is cached under both documents' hashes: a rebuild recomputes only pairs that
involve a changed document.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Alignment, Change, LineageEdge
from ..nlp import Analysis, cache_key
from ..store import Cache
from . import drift
from .align import align, groups
from .candidates import candidate_pairs
from .relation import direction, is_related, relation, stats
from .similarity import Idf, SentenceFeatures, features_of_analysis

__all__ = ["relate", "compare_pair", "LINEAGE_VERSION"]

#: Bump when a change must invalidate cached pair results.
LINEAGE_VERSION = "6"
_KIND = "lineage"


def relate(analyses: Sequence[Analysis], *, cache: Cache | None = None) -> tuple[LineageEdge, ...]:
    """Lineage edges between the documents, sorted by (child, parent)."""
    features = [features_of_analysis(a) for a in analyses]
    edges: list[LineageEdge] = []
    for i, j in candidate_pairs(analyses, features=features):
        a, b = analyses[i], analyses[j]
        key = _pair_key(a, b)
        if cache is not None:
            data = cache.get(_KIND, key)
            if data is not None:
                edge = _decode(data, a, b)
                if edge is not None:
                    edges.append(edge)
                continue
        edge = compare_pair(a, b, features[i], features[j])
        if cache is not None:
            cache.put(_KIND, key, _encode(edge, a, b))
        if edge is not None:
            edges.append(edge)
    return tuple(sorted(drop_sibling_edges(edges), key=lambda e: (e.child, e.parent)))


def drop_sibling_edges(edges: Sequence[LineageEdge]) -> list[LineageEdge]:
    """Drop an edge between two texts that both derive, more closely, from a third.

    Two rewrites of one original resemble each other only through it: the edge between
    them is dropped when each has a stronger edge to a common parent.
    """
    parents: dict[str, dict[str, float]] = {}
    for e in edges:
        parents.setdefault(e.child, {})[e.parent] = e.score
    kept = []
    for e in edges:
        mine, theirs = parents.get(e.child, {}), parents.get(e.parent, {})
        common = (set(mine) & set(theirs)) - {e.child, e.parent}
        if any(mine[z] > e.score and theirs[z] > e.score for z in common):
            continue
        kept.append(e)
    return kept


def compare_pair(
    a: Analysis,
    b: Analysis,
    fa: Sequence[SentenceFeatures] | None = None,
    fb: Sequence[SentenceFeatures] | None = None,
) -> LineageEdge | None:
    """The edge between two documents, or None when neither derives from the other."""
    fa = features_of_analysis(a) if fa is None else fa
    fb = features_of_analysis(b) if fb is None else fb
    if not fa or not fb:
        return None
    idf = Idf(list(fa) + list(fb))
    links = align(fa, fb, idf)  # a as "child" side, b as "parent" side
    grp = groups(links)
    st = stats(fa, fb, grp, [link.similarity for link in links])
    if not is_related(st, len(fa), len(fb)):
        return None
    a_child, evidence = direction(a.document, b.document, st)
    if a_child:
        child, parent, child_f, parent_f = a, b, fa, fb
        oriented = [(link.child, link.parent, link.similarity) for link in links]
        cov_c, cov_p = st.coverage_a, st.coverage_b
        ogroups = grp
    else:
        child, parent, child_f, parent_f = b, a, fb, fa
        oriented = [(link.parent, link.child, link.similarity) for link in links]
        cov_c, cov_p = st.coverage_b, st.coverage_a
        ogroups = [(ps, cs) for cs, ps in grp]
    oriented.sort()
    changes, reworded, respelled = _drift(child, parent, sorted(ogroups))
    sims = [s for _, _, s in oriented]
    rel = relation(
        child.document, parent.document, cov_c, cov_p, st,
        quotes_reworded=reworded, respelled=respelled,
        changes=[c.kind for c in changes], groups=len(ogroups),
    )
    score = round(cov_c * (sum(sims) / len(sims)), 3) if sims else 0.0
    return LineageEdge(
        child=child.document.id,
        parent=parent.document.id,
        relation=rel,
        score=score,
        child_coverage=round(cov_c, 3),
        parent_coverage=round(cov_p, 3),
        direction_evidence=evidence,
        alignments=tuple(Alignment(c, p, round(s, 3)) for c, p, s in oriented),
        changes=tuple(changes),
    )


def _drift(child: Analysis, parent: Analysis, ogroups) -> tuple[list[Change], tuple[int, int], int]:
    """Changes over aligned groups plus added / omitted sentences; translation signals."""
    cq = drift.quote_spans(child.document.text)
    pq = drift.quote_spans(parent.document.text)
    changes: list[Change] = []
    reworded = compared = 0
    respelled: set[tuple[str, str]] = set()
    for cs, ps in ogroups:
        found = drift.compare(child, parent, cs, ps, cq, pq)
        changes.extend(found)
        c_side, p_side = drift.side(child, cs, cq), drift.side(parent, ps, pq)
        if any(c_side.quoted) and any(p_side.quoted):
            compared += 1
            reworded += any(c.kind in ("quote_altered", "quote_invented") for c in found)
        respelled.update(drift.entity_changes(c_side, p_side)[1])
    aligned_c = {i for cs, _ in ogroups for i in cs}
    aligned_p = {j for _, ps in ogroups for j in ps}
    changes += drift.unaligned(child, [i for i in range(len(child.document.sentences)) if i not in aligned_c], "added")
    changes += drift.unaligned(parent, [j for j in range(len(parent.document.sentences)) if j not in aligned_p], "omitted")
    order = {"added": 1, "omitted": 2}
    changes.sort(key=lambda c: (order.get(c.kind, 0), c.child_sentence if c.child_sentence is not None else -1,
                                c.parent_sentence if c.parent_sentence is not None else -1))
    return changes, (reworded, compared), len(respelled)


# ----------------------------------------------------------------------------- cache


def _doc_key(a: Analysis) -> str:
    return cache_key(a.document)


def _pair_key(a: Analysis, b: Analysis) -> str:
    ka, kb = _doc_key(a), _doc_key(b)
    key = f"v{LINEAGE_VERSION}:" + "|".join(sorted((ka, kb)))
    if ka == kb:  # byte-identical files: only their ids tell them apart (and decide direction)
        key += "|" + "|".join(sorted((a.document.id, b.document.id)))
    return key


def _encode(edge: LineageEdge | None, a: Analysis, b: Analysis) -> bytes:
    if edge is None:
        return b"null"
    roles = {a.document.id: _doc_key(a), b.document.id: _doc_key(b)}
    data = {
        "child": roles[edge.child],
        "child_id": edge.child,
        "relation": edge.relation,
        "score": edge.score,
        "child_coverage": edge.child_coverage,
        "parent_coverage": edge.parent_coverage,
        "direction_evidence": list(edge.direction_evidence),
        "alignments": [[x.child_sentence, x.parent_sentence, x.similarity] for x in edge.alignments],
        "changes": [[c.kind, c.child_sentence, c.parent_sentence, c.detail] for c in edge.changes],
    }
    return json.dumps(data, sort_keys=True).encode("utf-8")


def _decode(data: bytes, a: Analysis, b: Analysis) -> LineageEdge | None:
    obj = json.loads(data.decode("utf-8"))
    if obj is None:
        return None
    ka, kb = _doc_key(a), _doc_key(b)
    if (obj["child"] == ka and ka != kb) or (ka == kb and obj.get("child_id") == a.document.id):
        child, parent = a, b
    else:
        child, parent = b, a
    return LineageEdge(
        child=child.document.id,
        parent=parent.document.id,
        relation=obj["relation"],
        score=obj["score"],
        child_coverage=obj["child_coverage"],
        parent_coverage=obj["parent_coverage"],
        direction_evidence=tuple(obj["direction_evidence"]),
        alignments=tuple(Alignment(*x) for x in obj["alignments"]),
        changes=tuple(Change(*c) for c in obj["changes"]),
    )
