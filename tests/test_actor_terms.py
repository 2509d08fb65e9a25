"""Terms written with capitals are no actors: defined in parentheses after common words, or
announced as a technology (texts written for these tests)."""

from __future__ import annotations

import pytest

from generator.actor_terms import Terms, document_terms
from generator.actors import build_actors

TERMS = [
    # (text, tagged spans (words, label), term keys the document must have: exactly these)
    ("It gives two megabits per second (Mbps) to homes.", [("Mbps", "PERSON")], {"mbps"}),
    ("Growth in gross domestic product (GDP) slowed.", [("GDP", "ORG")], {"gdp"}),
    ("Courts issued more anti-social behaviour orders (Asbos) this year.", [("Asbos", "ORG")], {"asbos"}),
    ("Calls made with Voice over IP (Voip) are cheap. Voip is growing.", [("IP", "ORG"), ("Voip", "PERSON")], {"voip"}),
    ("It faces rival technologies such as Ultralink, analysts said.", [("Ultralink", "ORG")], {"ultralink"}),
    ("Games arrive via a technology known as Pix push.", [("Pix", "PERSON")], {"pix"}),
    ("Its proponent is former host and VJ (video jockey) Ola Berg.", [("VJ", "ORG")], {"vj"}),
    ("The IOC (International Olympic Committee) met.", [("IOC", "ORG")], set()),
    # bodies and names stay
    ("The Nordic Rowing Union (NRU) met.", [("Nordic Rowing Union", "ORG"), ("NRU", "ORG")], set()),
    ("The Nordic Rowing Union (NRU) met.", [("NRU", "ORG")], set()),
    ("Rates stay at 2 (Mbps), they said.", [("Mbps", "ORG")], set()),
    ("It gives two megabits per second (Mbps) to homes.", [("Mbps", "ORG")], {"mbps"}),
    ("Aid came from Medecins sans Frontieres (MSF) and others.", [("Medecins", "ORG"), ("MSF", "ORG")], set()),
    ("Friends of the Earth (FoE) objected.", [("Friends of the Earth", "ORG"), ("FoE", "ORG")], set()),
    ("Rivals such as Nordvik Telecom cut prices.", [("Nordvik Telecom", "ORG")], set()),
    ("The technology is used by firms like Nordvik and Ostbank.", [("Nordvik", "ORG"), ("Ostbank", "ORG")], set()),
]


def _doc(nlp, text, tagged):
    doc = nlp(text)
    spans = []
    for words, label in tagged:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = [*spans, *(e for e in doc.ents if all(e.end <= s.start or e.start >= s.end for s in spans))]
    return doc


@pytest.mark.parametrize("text,tagged,keys", TERMS)
def test_document_terms(nlp, text, tagged, keys):
    assert set(document_terms(_doc(nlp, text, tagged)).keys) == keys


def test_a_term_long_form_covers_the_names_inside_it(nlp):
    doc = _doc(nlp, "Calls made with Voice over IP (Voip) are cheap.", [("IP", "ORG"), ("Voip", "PERSON")])
    ip = next(e for e in doc.ents if e.text == "IP")
    assert document_terms(doc).covers("ip", ip.start, ip.end)


@pytest.mark.parametrize("key,expected", [("agm", True), ("usb", True), ("wi fi", True), ("cctv", True), ("bbc", False)])
def test_common_terms(key, expected):
    assert Terms(frozenset(), ()).covers(key, 0, 1) is expected


def test_a_common_term_the_text_defines_as_a_name_is_a_name(nlp):
    text = "China Central Television (CCTV), the state broadcaster, said so. CCTV has 16 channels."
    doc = _doc(nlp, text, [("China Central Television", "ORG"), ("CCTV", "ORG")])
    assert not document_terms(doc).covers("cctv", 0, 1)
    other = _doc(nlp, "CCTV cameras filmed the street.", [("CCTV", "ORG")])
    assert document_terms(other).covers("cctv", 0, 1)



def test_a_common_term_defined_by_capitalised_common_words_stays_a_term(nlp):
    text = "Sales of Liquid Crystal Display (LCD) sets rose. LCD prices fell."
    doc = _doc(nlp, text, [("Liquid Crystal Display", "ORG"), ("LCD", "ORG")])
    terms = document_terms(doc)
    assert terms.covers("lcd", 0, 1) and terms.covers("liquid crystal display", 2, 5)
    union = "The Public and Commercial Services Union (PVR) said so."  # a body's word: a name
    doc = _doc(nlp, union, [("Public and Commercial Services Union", "ORG"), ("PVR", "ORG")])
    assert not document_terms(doc).covers("pvr", 0, 1)


def test_long_form_of_a_common_term_written_short_in_the_text_is_a_term(nlp):
    text = "ADSL reaches 6km. Asymmetric Digital Subscriber Line technology lets phone lines carry data."
    doc = _doc(nlp, text, [("Asymmetric Digital Subscriber Line", "ORG")])
    assert document_terms(doc).covers("asymmetric digital subscriber line", 5, 9)
    name = "Their president, Gustavo Parente Sanchez, said so."  # spells "GPS", which the text never writes
    doc = _doc(nlp, name, [("Gustavo Parente Sanchez", "PERSON")])
    assert not document_terms(doc).covers("gustavo parente sanchez", 3, 6)


def test_every_mention_of_a_defined_term_is_dropped(analyse):
    texts = [
        "Phone firms fear Voice over IP (Voip). Voip routes calls via the net, said Ola Berg of Nordvik Telecom. "
        "Many homes can use Voip now, Ms Berg said."
    ]
    actors = build_actors([analyse(t, doc_id=f"t{i}") for i, t in enumerate(texts)])
    names = {n for a in actors for n in (a.name, *a.aliases)}
    assert not {"Voip", "IP"} & names, names
    assert "Ola Berg" in names


def test_a_body_tagged_whole_is_no_term(nlp):
    text = "The Campaign against Arms Sales (CAAS) protested."
    doc = _doc(nlp, text, [("Campaign against Arms Sales", "ORG"), ("CAAS", "ORG")])
    assert not document_terms(doc).keys


@pytest.mark.parametrize("word,modifier", [
    ("Crooked", True), ("Injecting", True), ("Upscale", True),  # only an adjective or a verb in English
    ("Frank", False), ("Bill", False), ("Poor", False),  # nouns too (first names, "the poor")
    ("Clinton", False), ("Lorrimer", False),  # not English words
])
def test_words_english_only_uses_to_describe_or_act(word, modifier):
    from generator.english import is_modifier_word

    assert is_modifier_word(word) is modifier


@pytest.mark.parametrize("word,english", [("New", True), ("Bank", True), ("Running", True), ("Enrique", False), ("Camilla", False)])
def test_words_english_lists(word, english):
    from generator.english import is_english_word

    assert is_english_word(word) is english


@pytest.mark.parametrize("word,past", [
    ("Explained", True), ("Discussed", True), ("Sent", True), ("Took", True),  # a verb's past form only
    ("United", False), ("Allied", False),  # adjectives too ("Manchester United")
    ("Reed", False), ("Sayeed", False), ("Won", False),  # names ("say" + "eed" is no past form)
    ("Hamed", False), ("Sayed", False),  # names: "ham" makes "hammed", "say" makes "said"
    ("Rated", True), ("Hinted", True), ("Robbed", True), ("Hammed", True),  # a doubled letter is still a past
])
def test_words_english_only_uses_as_a_past_form(word, past):
    from generator.english import is_past_verb

    assert is_past_verb(word) is past
