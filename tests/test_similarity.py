"""Sentence features and the paraphrase decision behind alignment (fixtures written here)."""

from __future__ import annotations

import pytest

from generator.lineage.similarity import (
    FEATURE_NAMES,
    PARAPHRASE_THRESHOLD,
    WEIGHTS,
    Idf,
    feature_vector,
    features_of_analysis,
    number_key,
    probability,
    similarity,
    stem,
)

# (sentence a, sentence b, same meaning?)
PAIRS = [
    ("The minister resigned on Friday after weeks of pressure over the contract.",
     "After weeks of pressure over the contract, the minister resigned on Friday.", True),
    ("Police arrested two men in connection with the robbery, a spokesman said.",
     "Two men were arrested by police in connection with the robbery, according to a spokesman.", True),
    ("The company said profits rose 12 percent to 3.4 billion dollars in the third quarter.",
     "Third-quarter profits climbed 12 percent to 3.4 billion dollars, the company said.", True),
    ("Shares of the airline fell sharply in early trading on Monday.",
     "The airline's shares dropped sharply in early Monday trading.", True),
    ("The company said profits rose 12 percent to 3.4 billion dollars in the third quarter.",
     "The company said profits rose 40 percent in the second quarter.", False),
    ("The storm destroyed hundreds of homes along the coast, officials said.",
     "Fans queued overnight outside the stadium to buy tickets for the final.", False),
    ("Prime Minister Tony Blair met the French president in Paris on Monday.",
     "Chancellor Gordon Brown met the German finance minister in Berlin on Monday "
     "to discuss the budget deficit and rising interest rates.", False),
]


@pytest.fixture(scope="module")
def scored(analyse):
    feats = []
    for k, (a, b, _) in enumerate(PAIRS):
        fa = features_of_analysis(analyse(a, f"a{k}"))[0]
        fb = features_of_analysis(analyse(b, f"b{k}"))[0]
        feats.append((fa, fb))
    idf = Idf([f for pair in feats for f in pair])
    return [(fa, fb, similarity(fa, fb, idf), idf) for fa, fb in feats]


@pytest.mark.parametrize("k", range(len(PAIRS)))
def test_paraphrase_decision(scored, k):
    fa, fb, p, _ = scored[k]
    assert (p >= PARAPHRASE_THRESHOLD) is PAIRS[k][2], (PAIRS[k][:2], p)


def test_similarity_is_symmetric_and_a_probability(scored):
    for fa, fb, p, idf in scored:
        assert 0.0 < p < 1.0
        assert similarity(fb, fa, idf) == pytest.approx(p)


def test_negation_lowers_but_does_not_unlink_a_verbatim_sentence(analyse):
    """A negated copy still aligns (drift reports the change), with a lower score."""
    fa = features_of_analysis(analyse("The council approved the new budget on Tuesday.", "a"))[0]
    fb = features_of_analysis(analyse("The council did not approve the new budget on Tuesday.", "b"))[0]
    idf = Idf([fa, fb])
    vector = list(feature_vector(fa, fb, idf))
    k = FEATURE_NAMES.index("negation-mismatch")
    assert vector[k] == 1.0
    vector[k] = 0.0
    assert PARAPHRASE_THRESHOLD < similarity(fa, fb, idf) < probability(vector) - 0.05


def test_weights_match_features():
    assert len(WEIGHTS) == len(FEATURE_NAMES) + 1


FEATURES = [
    # (a, b, feature, expected value)
    ("The council approved the budget.", "The council never approved the budget.", "negation-mismatch", 1.0),
    ("The council did not approve it.", "The council never approved it.", "negation-mismatch", 0.0),
    ("Sales rose 5% in May.", "Sales rose 7% in May.", "unmatched-numbers", 2 / 3),
    ("Sales rose five percent.", "Sales rose 5 percent.", "unmatched-numbers", 0.0),
    ("Anna Berg opened the bridge.", "Anna Berg opened the bridge.", "unmatched-names", 0.0),
    ("Anna Berg opened the bridge.", "Peter Olsen opened the bridge.", "unmatched-names", 1.0),
]


@pytest.mark.parametrize("a, b, name, expected", FEATURES)
def test_unmatched_features(analyse, a, b, name, expected):
    fa = features_of_analysis(analyse(a, "a"))[0]
    fb = features_of_analysis(analyse(b, "b"))[0]
    vector = dict(zip(FEATURE_NAMES, feature_vector(fa, fb, Idf([fa, fb]))))
    assert vector[name] == pytest.approx(expected)


def test_blank_pipeline_names_and_merge():
    import spacy

    nlp = spacy.blank("en")
    from generator.lineage.similarity import features_of_tokens

    a = features_of_tokens(nlp("Yesterday Anna Berg did not open the bridge."))
    b = features_of_tokens(nlp("Officials said it was late."))
    assert a.negated and not b.negated
    assert stem("Anna") in a.names and stem("Yesterday") not in a.names
    merged = a.merged(b)
    assert merged.negated and merged.names == a.names and merged.length == a.length + b.length


@pytest.mark.parametrize("text, expected", [
    ("1,500", "1500"), ("three", "3"), ("2.50", "2.5"), ("12", "12"), ("bridge", None),
])
def test_number_key(text, expected):
    assert number_key(text) == expected


@pytest.mark.parametrize("word, expected", [
    ("Cooperation", "coopera"), ("cooperate", "coopera"), ("Czechoslovakia", "czechos"),
    ("ten", "10"), ("bridge", "bridge"),
])
def test_stem(word, expected):
    assert stem(word) == expected
