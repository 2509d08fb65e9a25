"""Lineage: candidates, similarity, alignment, relation/direction and drift.

Fixture sentences are written for these tests; the shared articles are only the check.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.lineage import compare_pair, relate
from generator.lineage import drift
from generator.lineage.align import align, groups
from generator.lineage.candidates import candidate_pairs, document_pairs
from generator.lineage.similarity import Idf, features_of_analysis, similarity
from generator.model import CHANGE_KINDS, RELATIONS
from generator.store import Cache

# --------------------------------------------------------------------------- helpers


def changes_between(analyse, parent_text: str, child_text: str) -> set[str]:
    parent, child = analyse(parent_text, "p"), analyse(child_text, "c")
    cq, pq = drift.quote_spans(child.document.text), drift.quote_spans(parent.document.text)
    cs = list(range(len(child.document.sentences)))
    ps = list(range(len(parent.document.sentences)))
    return {c.kind for c in drift.compare(child, parent, cs, ps, cq, pq)}


# --------------------------------------------------------------------------- quotes and names

QUOTES = [
    ('He said "we will win" and left.', ['"we will win"']),
    ("She called it \u201ca disaster\u201d, twice.", ["\u201ca disaster\u201d"]),
    ("The plan was dubbed 'Asian NATO' by critics.", ["'Asian NATO'"]),
    ("Korea's leader and the Koreans' hopes.", []),
    ('"This never closes\n\nNext paragraph.', ['"This never closes']),
]


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quote_spans(text, expected):
    assert [text[a:b] for a, b in drift.quote_spans(text)] == expected


SAME = [
    ("Kim Jong Un", "Kim Jong-un", True),
    ("US", "the United States", True),
    ("U.S.", "United States", True),
    ("Gaza", "the Gaza Strip", True),
    ("Kim", "Kim Jong-un", True),
    ("Czechoslovak", "Czechoslovakia", True),
    ("Mr Blair", "Tony Blair", True),
    ("Putin", "Kim", False),
    ("North Korea", "South Korea", False),
    ("Berlin", "Paris", False),
    ("North Korea", "China", False),
]


@pytest.mark.parametrize("a, b, expected", SAME)
def test_same_entity(a, b, expected):
    assert drift.same_entity(a, b) is expected


# --------------------------------------------------------------------------- drift on one aligned pair

DRIFT = [
    ("Officials said the plant would close next year.",
     "Officials said the plant closes next year.", {"hedge_removed"}),
    ("The minister reportedly met the envoy in Paris.",
     "The minister met the envoy in Paris.", {"hedge_removed"}),
    ("The minister met the envoy in Paris.",
     "The minister may have met the envoy in Paris.", {"hedge_added"}),
    ("The company hired 300 workers in March.",
     "The company hired 500 workers in March.", {"number_change"}),
    ("Ms Smith met Chancellor Olaf Scholz in Berlin on Monday.",
     "Ms Smith met President Emmanuel Macron in Berlin on Monday.", {"entity_swap"}),
    ('The mayor said the budget was "fully balanced" this year.',
     'The mayor said the budget was "mostly balanced" this year.', {"quote_altered"}),
    ("The mayor said the budget was balanced and the city owed nothing to its banks.",
     'The mayor said: "The budget is balanced and the city owes nothing to its banks."', {"quote_invented"}),
    ("Prices will rise sharply in the spring.",
     "Prices will rise sharply in the spring, analysts say.", {"attribution_added"}),
    ("Analysts say prices will rise sharply in the spring.",
     "Prices will rise sharply in the spring.", {"attribution_removed"}),
    ("Police spokesman John Reed said the road was closed.",
     "Police chief John Reed said the road was closed.", {"attribution_changed"}),
    ("Senator Mary Hill said the road was closed.",
     "Governor Tom Walsh said the road was closed.", {"attribution_changed"}),
    ("The council approved the new stadium plan.",
     "The council did not approve the new stadium plan.", {"negation"}),
    # no change: spelling variants, short forms, reworded reporting
    ("Kim Jong Un visited the factory on Tuesday.",
     "Kim Jong-un visited the factory on Tuesday.", set()),
    ("The United States imposed new tariffs on steel.",
     "The US imposed new tariffs on steel.", set()),
    ("The council failed to approve the plan.",
     "The council did not approve the plan.", set()),
    ("The minister said the deal could collapse.",
     "The minister said the deal might collapse.", set()),
]


@pytest.mark.parametrize("parent, child, expected", DRIFT)
def test_drift_kinds(analyse, parent, child, expected):
    assert changes_between(analyse, parent, child) == expected


def test_drift_details_are_one_line(analyse):
    parent = analyse("Officials said the plant would close next year.", "p")
    child = analyse("Officials said the plant closes next year.", "c")
    (change,) = drift.compare(child, parent, [0], [0], [], [])
    assert change.detail == '"would" dropped'
    assert (change.child_sentence, change.parent_sentence) == (0, 0)


# --------------------------------------------------------------------------- similarity and alignment

PARENT = (
    "The city council voted on Tuesday to build a new bridge over the river. "
    "The bridge will cost 40 million euros and open in 2027. "
    "Mayor Anna Berg said the project would ease traffic in the old town. "
    "Opposition members criticised the price and asked for a public vote. "
    "Construction firms have until March to submit their bids for the work. "
    "The old ferry service across the river will stop once the bridge opens."
)
CHILD = (
    "Residents of the northern suburbs have waited decades for this moment. "
    "The council approved a new river bridge on Tuesday, which will cost 40 million euros and open in 2027. "
    "Bids from construction firms for the work are due by March. "
    "Mayor Anna Berg said the project eases traffic in the old town. "
    "The opposition criticised the price and demanded a public vote."
)


def test_similarity_orders_paraphrase_above_unrelated(analyse):
    a = analyse("Mayor Anna Berg said the project would ease traffic in the old town.", "a")
    b = analyse("The project eases traffic in the old town, Mayor Anna Berg said.", "b")
    c = analyse("Football fans queued overnight for tickets to the final.", "c")
    fa, fb, fc = (features_of_analysis(x)[0] for x in (a, b, c))
    idf = Idf([fa, fb, fc])
    assert similarity(fa, fb, idf) > 0.6 > 0.2 > similarity(fa, fc, idf)


def test_alignment_handles_merge_reorder_and_additions(analyse):
    parent, child = analyse(PARENT, "p"), analyse(CHILD, "c")
    fp, fc = features_of_analysis(parent), features_of_analysis(child)
    links = align(fc, fp, Idf(fc + fp))
    assert groups(links) == [((1,), (0, 1)), ((2,), (4,)), ((3,), (2,)), ((4,), (3,))]


def test_compare_pair_orients_and_lists_changes(analyse):
    parent = analyse(PARENT, "p")
    parent = replace(parent, document=replace(parent.document, published="2024-03-01"))
    child = analyse(CHILD, "c")
    child = replace(child, document=replace(child.document, published="2024-03-05"))
    edge = compare_pair(parent, child)
    assert (edge.child, edge.parent) == ("c", "p")
    assert edge.relation in RELATIONS and edge.relation != "copy"
    assert any("published 2024-03-05, after the parent (2024-03-01)" in e for e in edge.direction_evidence)
    kinds = [c.kind for c in edge.changes]
    assert set(kinds) <= set(CHANGE_KINDS)
    assert "hedge_removed" in kinds
    assert [c.child_sentence for c in edge.changes if c.kind == "added"] == [0]
    assert [c.parent_sentence for c in edge.changes if c.kind == "omitted"] == [5]
    assert edge.child_coverage > 0.75 and edge.parent_coverage > 0.75


def test_same_story_is_not_lineage(analyse):
    a = analyse(
        "The city council voted on Tuesday to build a new bridge over the river. "
        "Supporters say it will cut journey times for commuters. "
        "The vote followed a long debate about the cost of the work.", "a")
    b = analyse(
        "A new bridge is coming, but not everyone is happy. "
        "Shop owners near the ferry fear that trade will fall when it closes. "
        "Some residents plan to challenge the decision in court.", "b")
    assert compare_pair(a, b) is None
    assert relate([a, b]) == ()


def test_exact_copy_found_by_both_indexes(analyse):
    text = PARENT
    a, b, c = analyse(text, "a"), analyse(text, "b"), analyse("Football fans queued overnight for tickets.", "c")
    assert document_pairs([text, text, "Football fans queued overnight for tickets."]) == {(0, 1)}
    assert candidate_pairs([a, b, c]) == [(0, 1)]
    (edge,) = relate([a, b, c])
    assert (edge.relation, edge.child_coverage, edge.parent_coverage) == ("copy", 1.0, 1.0)
    assert edge.changes == ()
    assert (edge.child, edge.parent) == ("b", "a")


def test_cache_reuses_pair_results(analyse, tmp_path, monkeypatch):
    import generator.lineage as lineage

    docs = [analyse(PARENT, "p"), analyse(CHILD, "c")]
    cache = Cache(tmp_path / "cache.sqlite")
    first = relate(docs, cache=cache)
    assert len(first) == 1

    def boom(*args, **kwargs):
        raise AssertionError("pair recomputed despite the cache")

    monkeypatch.setattr(lineage, "compare_pair", boom)
    assert relate(docs, cache=cache) == first
    with pytest.raises(AssertionError, match="recomputed"):  # Cache(None) stores nothing
        relate(docs, cache=Cache(None))


# --------------------------------------------------------------------------- the shared articles


def test_articles_rewrite_is_the_only_edge(articles):
    edges = relate(articles)
    ids = [a.document.id for a in articles]
    assert len(edges) == 1
    (edge,) = edges
    assert edge.child.startswith("001") and edge.parent.startswith("000")
    assert not any(i.startswith("002") for e in edges for i in (e.child, e.parent))
    assert edge.child_coverage >= 0.9
    assert edge.direction_evidence
    kinds = {c.kind for c in edge.changes}
    assert {"hedge_removed", "quote_altered", "quote_invented", "attribution_added",
            "attribution_removed", "added", "omitted"} <= kinds
    # no flood: fewer changes on aligned sentences than aligned sentences
    aligned_changes = [c for c in edge.changes if c.kind not in ("added", "omitted")]
    assert len(aligned_changes) <= len({a.child_sentence for a in edge.alignments})
    # the rewrite respells names ("Kim" / "Kim Jong-un"): no respelling is a swap
    for c in edge.changes:
        if c.kind == "entity_swap":
            old, new = c.detail.split('"')[1], c.detail.split('"')[3]
            assert not drift.same_entity(old, new), c.detail
    assert set(ids) >= {edge.child, edge.parent}


def test_degenerate_inputs(analyse):
    assert relate([]) == ()
    one = analyse(PARENT, "one")
    assert relate([one]) == ()
    empty = analyse("", "empty")
    assert relate([one, empty]) == ()
    assert compare_pair(one, empty) is None


def test_two_rewrites_of_one_original_are_not_linked_to_each_other():
    from generator.lineage import drop_sibling_edges
    from generator.model import LineageEdge

    def edge(child, parent, score):
        return LineageEdge(child=child, parent=parent, relation="paraphrase", score=score,
                           child_coverage=0.9, parent_coverage=0.9)

    a_orig, b_orig, b_a = edge("a", "orig", 0.95), edge("b", "orig", 0.8), edge("b", "a", 0.7)
    assert drop_sibling_edges([a_orig, b_orig, b_a]) == [a_orig, b_orig]
    # the edge stays when it is closer than one of the links to the common parent
    closer = edge("b", "a", 0.9)
    assert drop_sibling_edges([a_orig, b_orig, closer]) == [a_orig, b_orig, closer]
    # three identical copies (equal scores) keep every edge: none is explained by another
    copies = [edge("b", "a", 1.0), edge("c", "a", 1.0), edge("c", "b", 1.0)]
    assert drop_sibling_edges(copies) == copies
