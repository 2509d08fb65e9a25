"""Claims: detection, attribution, clustering, non-merging and independent-source counts."""

from __future__ import annotations

import pytest

from generator.claims import build_claims, candidate_pairs, detect
from generator.claim_similarity import Weights
from generator.model import Actor, Alignment, LineageEdge, Mention, Quote

# --------------------------------------------------------------------------- detection

DETECTION = [
    ("Police arrested 12 protesters in Lyon on Saturday.", True),
    ("The European Central Bank raised interest rates to 4.5 percent on Tuesday.", True),
    ("Officials expect the new bridge to open in 2027.", True),
    ("Is the government hiding the real figures from voters?", False),
    ("I think it is better this way.", False),
    ("In my view, the plan is wise.", False),
    ("Copyright 2024 Example Media. All rights reserved.", False),
    ("Subscribe to our newsletter for daily updates.", False),
    ("The original source of this article is the Daily Planet.", False),
    ("This article was first published by the Daily Planet on 3 May 2023.", False),
    ("Comment on our articles on our Facebook page.", False),
    ("The bakery in Ghent sold 300 cookies on Sunday.", True),
    ("She declined to comment on the merger with Fiat.", True),
    ("It undoubtedly does.", False),
    ("Indeed, he was proven right.", False),
]


@pytest.mark.parametrize("text, expected", DETECTION)
def test_detection(analyse, text, expected):
    units, _ = detect([analyse(text, "d")])
    assert bool(units) is expected, [u.text for u in units]


def test_heading_is_not_a_claim_but_the_same_words_in_a_paragraph_are(analyse):
    heading = "Storm damage in Normandy\n\nThe storm destroyed 40 houses in Normandy on Sunday."
    units, _ = detect([analyse(heading, "d")])
    assert [u.sentence for u in units] == [1]
    sentence = "Storm damage in Normandy rose to 40 houses on Sunday."
    units, _ = detect([analyse(sentence, "d")])
    assert len(units) == 1


def test_coordinated_clauses_are_separate_claims(analyse):
    text = "Germany closed 3 coal plants in 2023, and France opened a reactor in Flamanville."
    units, _ = detect([analyse(text, "d")])
    assert len(units) == 2
    assert "Germany" in units[0].text and "France" not in units[0].text
    assert "Flamanville" in units[1].text


def _actor(actor_id: str, name: str, doc: str, text: str, kind: str = "organization") -> Actor:
    start = text.index(name)
    return Actor(actor_id, name, kind, mentions=(Mention(doc, 0, name, start, start + len(name)),))


ATTRIBUTION = [
    # (text, actor name in the text or None, expected attributed_to, claim words)
    ("According to the World Bank, growth in Kenya will slow to 2.1 percent next year.",
     "World Bank", "world-bank", "Kenya"),
    ("Maria Lopez said that unemployment in Chile fell to 7 percent in March.",
     "Maria Lopez", "maria-lopez", "unemployment"),
    ("Unemployment in Chile fell to 7 percent in March.", None, None, "Unemployment"),
]


@pytest.mark.parametrize("text, name, expected, words", ATTRIBUTION)
def test_attribution(analyse, text, name, expected, words):
    actors = [_actor(expected, name, "d", text)] if name else []
    claims = build_claims([analyse(text, "d")], actors=actors)
    assert len(claims) == 1
    occ = claims[0].occurrences[0]
    assert occ.attributed_to == expected
    assert words in occ.text
    assert "said" not in occ.text  # the reporting frame is not part of the claim
    if expected:
        assert expected in claims[0].actors


def test_quote_speaker_is_the_asserter(analyse):
    text = 'The mayor of Turin promised 500 new buses by 2026.'
    quote = Quote("q1", "d", 0, text, "indirect", "the-mayor", "The mayor", "promised", 0, len(text))
    claims = build_claims([analyse(text, "d")], quotes=[quote])
    assert [o.attributed_to for o in claims[0].occurrences] == ["the-mayor"]


def test_a_short_partial_quote_does_not_make_the_sentence_the_speakers(analyse):
    text = "Lisbon cut its bus fares by 30 percent in what the union calls 'a good start'."
    start = text.index("'a good start'")
    quote = Quote("q1", "d", 0, "a good start", "partial", "the-union", "the union", "calls", start, start + 14)
    claims = build_claims([analyse(text, "d")], quotes=[quote])
    assert [o.attributed_to for o in claims[0].occurrences] == [None]


# --------------------------------------------------------------------------- clustering

FILLER = [
    "Farmers in Brittany blocked roads with tractors on Monday.",
    "The Louvre welcomed 9 million visitors in 2023.",
    "Spain won the European handball title in Cologne.",
    "Heavy rain flooded parts of Porto last week.",
]


def _docs(analyse, texts: dict[str, list[str]]):
    return [analyse("\n\n".join(sentences), doc_id) for doc_id, sentences in texts.items()]


def _claim_with(claims, doc, words):
    for c in claims:
        for o in c.occurrences:
            if o.doc == doc and words in o.text:
                return c
    raise AssertionError(f"no claim in {doc} with {words!r}")


def test_paraphrase_in_an_unrelated_document_is_one_claim(analyse):
    analyses = _docs(analyse, {
        "a": ["The European Central Bank raised interest rates to 4.5 percent on Tuesday.", *FILLER[:2]],
        "b": [*FILLER[2:], "On Tuesday the European Central Bank lifted its key interest rate to 4.5 percent."],
    })
    claims = build_claims(analyses)
    claim = _claim_with(claims, "a", "raised")
    assert claim.sources == ("a", "b")
    assert claim.independent_sources == 2
    assert claims[0] is claim  # most independent sources first


def test_loose_paraphrase_anchored_on_a_rare_entity_and_the_same_kind_of_event(analyse):
    analyses = _docs(analyse, {
        "a": ["Analysts agree that the slump began with the withdrawal of Danish troops from Mali in 2022.",
              *FILLER],
        "b": ["The Danish exit from Mali marked the start of the crisis.",
              "Mali hosted a regional football tournament in June.", *FILLER[:1]],
    })
    claims = build_claims(analyses)
    claim = _claim_with(claims, "a", "withdrawal")
    assert claim.sources == ("a", "b")
    assert "football" not in " ".join(o.text for o in claim.occurrences)


def test_a_rare_place_and_a_shared_kind_of_event_alone_do_not_merge(analyse):
    analyses = _docs(analyse, {
        "a": ["Claxton hopes to win her first medal at the championships in Madrid.", *FILLER[:2]],
        "b": ["A victory in Madrid would lift the confidence of the young Swiss player.", *FILLER[2:]],
    })
    assert all(len(c.sources) == 1 for c in build_claims(analyses))


NOT_MERGED = [
    # same topic, different claim: these must stay apart
    ("The European Central Bank raised interest rates to 4.5 percent on Tuesday.",
     "The European Central Bank cut interest rates to 3 percent in May."),
    ("The European Central Bank raised interest rates to 4.5 percent on Tuesday.",
     "The president of the European Central Bank visited Berlin on Monday."),
    ("North Korea sent 10,000 troops to Russia in October.",
     "Russia signed a defence pact with North Korea in June."),
    ("North Korea tested a long-range missile on Friday.",
     "North Korea did not test a long-range missile on Friday."),
    ("Middlesbrough beat Grazer AK 2-1 in the Uefa Cup on Thursday.",
     "Middlesbrough beat Grazer AK 2-0 in the Uefa Cup on Thursday."),
    ("The Bank of England raised interest rates in 2003 to curb inflation.",
     "The Bank of England raised interest rates in 2007 to curb inflation."),
]


@pytest.mark.parametrize("first, second", NOT_MERGED)
def test_topic_sharing_claims_are_not_merged(analyse, first, second):
    analyses = _docs(analyse, {"a": [first, *FILLER[:2]], "b": [*FILLER[2:], second]})
    claims = build_claims(analyses)
    assert all(len(c.sources) == 1 for c in claims), [c.occurrences for c in claims if len(c.sources) > 1]


# --------------------------------------------------------------------------- independence

SHARED = "The European Central Bank raised interest rates to 4.5 percent on Tuesday."


def test_copies_count_once(analyse):
    analyses = _docs(analyse, {
        "orig": [SHARED, FILLER[0]],
        "copy": [FILLER[1], "The European Central Bank raised its interest rates to 4.5 percent on Tuesday."],
        "other": ["On Tuesday the European Central Bank lifted its key interest rate to 4.5 percent.", FILLER[2]],
    })
    claims = build_claims(analyses)
    claim = _claim_with(claims, "orig", "raised")
    assert claim.sources == ("copy", "orig", "other")
    assert claim.independent_sources == 3
    edge = LineageEdge("copy", "orig", "copy", 0.9, 0.9, 0.9, alignments=(Alignment(1, 0, 0.95),))
    claims = build_claims(analyses, lineage=[edge])
    claim = _claim_with(claims, "orig", "raised")
    assert claim.independent_sources == 2
    assert claim.text == SHARED  # the parent's wording represents the claim
    # a chain copy -> orig <- copy2: both copies count with their parent once
    edge2 = LineageEdge("other", "copy", "paraphrase", 0.7, 0.7, 0.7)
    claim = _claim_with(build_claims(analyses, lineage=[edge, edge2]), "orig", "raised")
    assert claim.independent_sources == 1


def test_lineage_alignment_joins_a_rewritten_sentence(analyse):
    analyses = _docs(analyse, {
        "p": ["Officials in Quito counted 214 damaged homes after the earthquake.", FILLER[0]],
        "c": [FILLER[1], "After the quake, local officials counted many damaged homes in the capital."],
    })
    assert _claim_with(build_claims(analyses), "p", "counted").sources == ("p",)
    edge = LineageEdge("c", "p", "paraphrase", 0.8, 0.8, 0.8, alignments=(Alignment(1, 0, 0.7),))
    claim = _claim_with(build_claims(analyses, lineage=[edge]), "p", "counted")
    assert claim.sources == ("c", "p") and claim.independent_sources == 1


def test_ids_are_stable_and_order_deterministic(analyse):
    analyses = _docs(analyse, {"a": [SHARED, *FILLER[:2]], "b": [*FILLER[2:], SHARED]})
    first, second = build_claims(analyses), build_claims(list(analyses))
    assert first == second
    assert len({c.id for c in first}) == len(first)
    assert all(c.id.startswith("c-") for c in first)


def test_blocking_does_not_pair_everything(analyse):
    """Words every sentence shares are not blocking keys: 60 similar sentences, few candidate pairs."""
    sentences = [f"District {n} opened {n + 3} new schools in {1900 + n}." for n in range(60)]
    units, feats = detect([analyse("\n\n".join(sentences), "d")])
    assert len(units) == 60
    pairs = candidate_pairs(units, feats, Weights.fit(feats), max_block=50)
    assert len(pairs) < 60 * 59 // 2 // 10


# --------------------------------------------------------------------------- the real articles


@pytest.fixture(scope="module")
def real(articles):
    ids = [a.document.id for a in articles]
    edge = LineageEdge(ids[1], ids[0], "translation", 0.9, 0.9, 0.6)
    return ids, build_claims(articles), build_claims(articles, lineage=[edge])


def test_afghanistan_claim_found_in_first_and_third_article(real):
    ids, claims, _ = real
    found = [c for c in claims if any("Afghanistan" in o.text for o in c.occurrences)]
    assert len(found) == 1
    assert found[0].sources == (ids[0], ids[2])
    assert found[0].independent_sources == 2


def test_rewrite_does_not_corroborate(real):
    ids, without, with_edge = real
    shared = [c for c in with_edge if set(c.sources) == {ids[0], ids[1]}]
    assert len(shared) >= 15
    assert all(c.independent_sources == 1 for c in shared)
    assert any(c.independent_sources == 2 and set(c.sources) == {ids[0], ids[1]} for c in without)


def test_unrelated_articles_share_only_the_afghanistan_claim(real):
    ids, claims, _ = real
    cross = [c for c in claims if ids[0] in c.sources and ids[2] in c.sources]
    assert len(cross) == 1


def test_headings_questions_and_boilerplate_are_not_claims(real, articles):
    _, claims, _ = real
    texts = {(o.doc, o.sentence) for c in claims for o in c.occurrences}
    for analysis in articles:
        doc = analysis.document
        for s in doc.sentences:
            if s.text.rstrip(" \"'”’").endswith("?"):
                assert (doc.id, s.index) not in texts, s.text
            alone = sum(1 for t in doc.sentences if t.paragraph == s.paragraph) == 1
            if alone and not s.text.rstrip().endswith((".", '"', "”", "!")) and len(s.text.split()) < 12:
                assert (doc.id, s.index) not in texts, s.text
    assert not any("copyright" in o.text.lower() for c in claims for o in c.occurrences)
