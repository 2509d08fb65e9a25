"""Drift between aligned sentences: swaps by slot, attribution, negation.

Every sentence pair here is written for these tests; the shared articles are only the check.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.lineage import compare_pair, drift, relate
from generator.model import CHANGE_KINDS

SOURCES = Path(__file__).resolve().parent.parent / "sources"


def compare(analyse, parent_text: str, child_text: str, cs=None, ps=None):
    """Changes of drift.compare between two texts; by default every sentence is one group."""
    parent, child = analyse(parent_text, "p"), analyse(child_text, "c")
    cq, pq = drift.quote_spans(child.document.text), drift.quote_spans(parent.document.text)
    cs = list(range(len(child.document.sentences))) if cs is None else cs
    ps = list(range(len(parent.document.sentences))) if ps is None else ps
    return drift.compare(child, parent, cs, ps, cq, pq)


def dated(analysis, day: str):
    return replace(analysis, document=replace(analysis.document, published=day))


# --------------------------------------------------------------------------- entity swaps by slot

# (parent, child, child group, parent group, expected kinds, words the detail must quote)
SWAPS = [
    # a named actor replaced by a description in the same slot
    ("Stalin was reassuring Gottwald, a nervous ally, about the situation in Europe.",
     "Stalin reassured his entourage about the situation in Europe.",
     None, None, {"entity_swap"}, ['"Gottwald"', '"his entourage"']),
    ("The minister met Gottwald in Prague on Monday.",
     "The minister met his entourage in Prague on Monday.",
     None, None, {"entity_swap"}, ['"Gottwald"', '"his entourage"']),
    # the possessor of the same noun changed
    ("Kim's visit to Moscow was a success.",
     "Putin's visit to Moscow was a success.",
     None, None, {"entity_swap"}, ['"Kim"', '"Putin"']),
    # both names occur elsewhere in both texts: the slot is the evidence
    ("Putin and Kim met in Moscow in April. Kim's visit lasted three days.",
     "Putin and Kim met in Moscow in April. Putin's visit lasted three days.",
     [1], [1], {"entity_swap"}, ['"Kim"', '"Putin"']),
    ("Ms Smith met Chancellor Olaf Scholz in Berlin. Later Scholz spoke to the press.",
     "Ms Smith met President Emmanuel Macron in Berlin. Later Scholz spoke to the press.",
     [0], [0], {"entity_swap"}, ['"Olaf Scholz"', '"Emmanuel Macron"']),
    # refusals: reordering, synonyms, pronouns, a name dropped from a list, the text's own description
    ("On Monday, Kim met Putin in Moscow.", "Kim met Putin in Moscow on Monday.", None, None, set(), []),
    ("Officials said the plant would close.", "Officials stated the plant would close.", None, None, set(), []),
    ("John Smith said the plan was sound. Smith added that the costs were fair.",
     "John Smith said the plan was sound. He added that the costs were fair.", [1], [1], set(), []),
    ("The minister met Gottwald and his aides in Prague.", "The minister met his aides in Prague.",
     None, None, set(), []),
    ("The mayor thanked Anna Berg, the city's planning chief, for the report.",
     "The mayor thanked the planning chief for the report.", None, None, set(), []),
    ("The letter went to then Czech President Klement Gottwald in August.",
     "The letter went to the then President of Czechoslovakia in August.", None, None, set(), []),
    # a passive subject is not the active subject's slot; a quoted name is not a stated one
    ('"Peter Goldsmith has made his statement," the minister said.',
     "The claims were made in a book by a lawyer.", None, None, {"attribution_removed"}, []),
    ("Wales coach Mike Ruddock has made two changes to the team.",
     "Wales have made two changes to the team.", None, None, set(), []),
]


@pytest.mark.parametrize("parent, child, cs, ps, expected, quoted", SWAPS)
def test_entity_swaps_by_slot(analyse, parent, child, cs, ps, expected, quoted):
    changes = compare(analyse, parent, child, cs, ps)
    assert {c.kind for c in changes} == expected
    for c in changes:
        assert "\n" not in c.detail
        for words in quoted:
            assert words in c.detail, c.detail


def test_anaphor_resolved_to_another_actor(analyse):
    """"that trip" after a sentence on Kim's visit, rewritten as Putin's trip."""
    parent = ("Moscow has praised the alliance for months. "
              "Kim made a personal visit to Russia in September. "
              "The timing of that trip was bold, diplomats said.")
    child = ("Moscow has praised the alliance for months. "
             "Kim made a personal visit to Russia in September. "
             "The timing of Putin's trip was bold, diplomats said.")
    (change,) = compare(analyse, parent, child, [2], [2])
    assert change.kind == "entity_swap"
    assert change.detail == ('"that trip" became "Putin\'s trip", '
                             'where the parent\'s preceding text speaks of "Kim"')


def test_anaphor_resolved_to_the_same_actor_is_no_swap(analyse):
    parent = "Kim made a personal visit to Russia in September. The timing of that trip was bold."
    child = "Kim made a personal visit to Russia in September. The timing of Kim's trip was bold."
    assert compare(analyse, parent, child, [1], [1]) == []


# --------------------------------------------------------------------------- attribution

ATTRIBUTION = [
    # one speaker for another, one sentence each
    ("Peskov said the talks failed.", "Lavrov said the talks failed.",
     None, None, {"attribution_changed"}, ['"Peskov"', '"Lavrov"']),
    # inside a 2 -> 1 merged group, attribution in the first parent sentence
    ("Peskov said the talks in Istanbul failed. He blamed Kyiv for the collapse.",
     "Lavrov said the talks in Istanbul failed and blamed Kyiv for the collapse.",
     [0], [0, 1], {"attribution_changed"}, ['"Peskov"', '"Lavrov"']),
    # ... and in the second one
    ("The talks in Istanbul failed on Monday. Kyiv was blamed for the collapse, Peskov said.",
     "The talks in Istanbul failed on Monday and Kyiv was blamed for the collapse, Lavrov said.",
     [0], [0, 1], {"attribution_changed"}, ['"Peskov"', '"Lavrov"']),
    # refusals: a reporting verb with a thing as object, a reworded cue, a reordered speaker
    ("The union called the 72-hour strike after members voted.",
     "The union announced the 72-hour strike after members voted.", None, None, set(), []),
    ("Mary Jones, chief of the firm, said the offer was fair.",
     "Firm chief Mary Jones countered that the offer was fair.", None, None, set(), []),
    ("The war would be short, as western historians estimated.",
     "The war would be short, as western historians have assumed.", None, None, set(), []),
    ("Transport Minister Ingrid Dahlvik, who met both sides on Friday, said the strike must end.",
     "The strike must end, said Transport Minister Ingrid Dahlvik, who met both sides on Friday.",
     None, None, set(), []),
    # an honorific is not a description; a merged pair keeps each speaker with its words
    ("Mr Mates told the committee that the rule was not absolute.",
     "Tory MP Michael Mates told the committee that the rule was not absolute.", None, None, set(), []),
    ("Some software firms say the patent law protects inventions. The commission says ministers will adopt it.",
     "Some software firms say the patent law protects inventions and the commission says ministers will adopt it.",
     [0], [0, 1], set(), []),
    # a bare "that" clause continues the previous sentence's reporting verb
    ("The book alleges that Mr Blair told the chancellor at a dinner of his plan to quit.",
     "And that at a dinner Mr Blair told the chancellor of his plan to quit.", None, None, set(), []),
]


@pytest.mark.parametrize("parent, child, cs, ps, expected, quoted", ATTRIBUTION)
def test_attribution(analyse, parent, child, cs, ps, expected, quoted):
    changes = compare(analyse, parent, child, cs, ps)
    assert {c.kind for c in changes} == expected
    for c in changes:
        for words in quoted:
            assert words in c.detail, c.detail


def test_speaker_swap_across_a_merge_the_aligner_missed(analyse):
    """The swapped name keeps the aligner from merging two parent sentences: the
    neighbouring parent sentence still supplies the original speaker."""
    parent = ("Delegates met in Istanbul on Monday for a third round of talks. "
              "Kremlin spokesman Dmitry Peskov said the talks failed. "
              "He blamed Kyiv for the collapse of the meeting. "
              "The delegates will meet again in August, officials in Ankara said. "
              "Turkey has offered to host the next round at a palace on the Bosphorus. "
              "Both sides exchanged the bodies of fallen soldiers last week.")
    child = ("Delegates met in Istanbul on Monday for a third round of talks. "
             "Foreign Minister Sergei Lavrov said the talks failed and blamed Kyiv for the collapse of the meeting. "
             "The delegates will meet again in August, officials in Ankara said. "
             "Turkey has offered to host the next round at a palace on the Bosphorus. "
             "Both sides exchanged the bodies of fallen soldiers last week.")
    edge = compare_pair(dated(analyse(child, "c"), "2024-03-05"), dated(analyse(parent, "p"), "2024-03-01"))
    assert (edge.child, edge.parent) == ("c", "p")
    on_merged = [c for c in edge.changes if c.child_sentence == 1]
    assert [c.kind for c in on_merged] == ["attribution_changed"]
    assert '"Kremlin spokesman Dmitry Peskov" became "Foreign Minister Sergei Lavrov"' in on_merged[0].detail


def test_quote_of_a_document_is_not_followed_to_a_person(analyse):
    """"it says" (a book, a report) is not resolved to the last person who spoke."""
    parent = ("Mr Blair told reporters that his memoir was finished. "
              'It says the pair had "mutual animosity and deep contempt" for each other. '
              "The memoir goes on sale in March.")
    child = ('The memoir, Mr Peston said, shows the pair had "mutual animosity and deep contempt" '
             "and goes on sale in March.")
    details = [c.detail for c in compare(analyse, parent, child, [0], [2])]
    assert not any("moved from" in d for d in details), details


def test_quote_given_to_another_speaker(analyse):
    parent = ('Port chief Henrik Saltvedt rejected the demand on Friday. '
              '"We will not negotiate through the newspapers," Saltvedt told reporters. '
              'Minister Ingrid Dahlvik urged both sides to settle quickly.')
    child = ('Port chief Henrik Saltvedt rejected the demand on Friday. '
             '"We will not negotiate through the newspapers," said Minister Ingrid Dahlvik, '
             'who urged both sides to settle quickly.')
    changes = compare(analyse, parent, child, [1], [2])
    assert [c.kind for c in changes] == ["attribution_changed"]  # and no "negation"
    assert changes[0].detail == ('quote "We will not negotiate through the newspapers" moved from '
                                 '"Saltvedt" to "Minister Ingrid Dahlvik"')


# --------------------------------------------------------------------------- negation

NEGATION = [
    ("The council approved the new stadium plan.", "The council did not approve the new stadium plan.",
     None, None, 'negation added: "approved" became "did not approve"'),
    ("The council failed to approve the plan.", "The council approved the plan.",
     None, None, 'negation dropped: "failed to approve" became "approved"'),
    ("The company denied that it had cut jobs.", "The company said that it had cut jobs.",
     None, None, 'negation dropped: "denied that it had cut" became "had cut"'),
    ("The plan is not affordable, the mayor said.", "The plan is affordable, the mayor said.",
     None, None, 'negation dropped: "not affordable" became "affordable"'),
    # refusals: a negator elsewhere in a longer merged sentence; polarity kept in other words
    ("The talks collapsed on Monday. The union blamed the port authority.",
     "The talks collapsed on Monday, and the union, which has never lost a strike, blamed the port authority.",
     [0], [0, 1], None),
    ("The council failed to approve the plan.", "The council did not approve the plan.", None, None, None),
    ("The government had no plans to intervene.", "The government did not intend to intervene.",
     None, None, None),
    ("The talks failed on Monday.", "The talks collapsed on Monday.", None, None, None),
    ("Peskov said the talks failed. He blamed Kyiv.", "He blamed Kyiv.", [0], [1], None),
    ("The government refuses to publish the advice.", "The government has resisted calls to publish the advice.",
     None, None, None),
    ("The rules allow detention without trial for foreign suspects, but not Britons.",
     "The rules allow detention without trial for foreign suspects.", None, None, None),
    ("Peskov said the talks failed and blamed Kyiv.", "Lavrov said the talks failed and blamed Kyiv.",
     None, None, None),
]


@pytest.mark.parametrize("parent, child, cs, ps, expected", NEGATION)
def test_negation(analyse, parent, child, cs, ps, expected):
    found = [c.detail for c in compare(analyse, parent, child, cs, ps) if c.kind == "negation"]
    assert found == ([expected] if expected else [])


# --------------------------------------------------------------------------- the sample corpus


def test_sample_rewrite_changes(nlp):
    """The sample corpus's rewrite: the moved quote is an attribution change, not a negation."""
    from generator.ingest import ingest
    from generator.nlp import analyse
    from generator.store import Cache

    documents, _ = ingest(SOURCES)
    analyses = analyse(documents, nlp, Cache(None))
    edges = [e for e in relate(analyses) if e.relation != "copy"]
    assert edges
    for edge in edges:
        kinds = [c.kind for c in edge.changes]
        assert set(kinds) <= set(CHANGE_KINDS)
        assert "negation" not in kinds
        assert "attribution_added" not in kinds  # every speaker of the rewrite is in the original
    changed = [c.detail for e in edges for c in e.changes if c.kind == "attribution_changed"]
    assert any(" moved from " in d for d in changed)
