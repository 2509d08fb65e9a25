"""Acronyms and spelling variants of one actor (generator.actor_variants); texts written for these tests."""

from __future__ import annotations

import re

import pytest

from generator.actor_variants import (
    abbreviated_tail,
    abbreviates,
    misspelt_surname,
    one_letter_apart,
    strict_initials,
    variant_pairs,
)
from generator.actors import build_actors


def _build(analyse, texts):
    return build_actors([analyse(t, doc_id=f"d{i}") for i, t in enumerate(texts)])


def _owner(actors, form):
    """Actors that list ``form`` as name or alias."""
    return [a for a in actors if form == a.name or form in a.aliases]


# --------------------------------------------------------------------------- pure rules

ABBREVIATES = [
    # (short, long, starts, expected)
    ("Novalco", "North Valley Lab Co-Operative", 2, True),  # mixed case, letters inside words
    ("USATF", "USA Track & Field", 1, True),  # all the letters of an all-caps word
    ("KORDA", "Kent Office of Regional Data Archives", 1, True),  # "of" skipped
    ("Ofcom", "Office of Communications", 2, True),
    ("NRU", "Nordic Rowing Union", 1, True),
    ("Labour", "Tom Lyle", 1, False),  # an unrelated parenthesis
    ("Oslo", "Ostfold Rail Board", 2, False),  # the letters fit, but only one begins a word
    ("Leeds", "Bank of Leeds", 1, False),
    ("CRA", "North Sea Court of Rowing Appeals", 1, False),  # abbreviates a tail only (see below)  # a word of the name is no abbreviation of it
    ("BRB", "Ostfold Rail Board", 1, False),  # the first letter must start the name
    ("Fed", "Federal Reserve", 1, False),  # one word only
    ("UK", "Bay Area", 1, False),
]


@pytest.mark.parametrize("short,long,starts,expected", ABBREVIATES)
def test_abbreviates(short, long, starts, expected):
    assert abbreviates(short, long, starts=starts) is expected


TAILS = [
    # (short, long, leading words of long it leaves out; None: no abbreviation)
    ("CRA", "North Sea Court of Rowing Appeals", 2),
    ("FPB", "US Fisheries Protection Board", 1),
    ("Ofcom", "Office of Communications", 0),  # the longest name: not "of Communications"
    ("DA", "Anti-Doping Agency", None),  # a word after a hyphen starts no name
]


@pytest.mark.parametrize("short,long,cut", TAILS)
def test_abbreviated_tail(short, long, cut):
    assert abbreviated_tail(short, long) == cut


INITIALS = [
    ("UK Athletics", "uka"),
    ("USA Track & Field", "usatf"),
    ("Bank of Leeds", "bl"),
    ("Kent Office of Regional Data Archives", "korda"),
    ("XR 7", ""),  # a version number: "XR" is no acronym of "XR 7"
    ("U.S.-Lysmark-Norway Agreement", "uslna"),  # dotted initials give their letters
    ("U.K. Department of Harbours", "ukdh"),
]


@pytest.mark.parametrize("text,initials", INITIALS)
def test_strict_initials(text, initials):
    assert strict_initials(text) == initials


SPELLINGS = [
    # (token, token, is a person's, one spelling?)
    ("kostas", "costas", True, True),  # c/k at the start
    ("touati", "toutai", True, True),  # two neighbouring letters swapped
    ("touati", "tuoait", True, False),  # two swaps
    ("korchemny", "korchemy", True, True),  # a letter dropped inside
    ("sidney", "sydney", True, True),
    ("poiter", "poitier", True, True),
    ("maria", "mario", True, False),  # another last letter: another name
    ("daniel", "daniela", True, False),
    ("berg", "borg", True, False),  # short tokens must be equal
    ("smith", "smyth", True, False),  # five letters each: too short to tell
    ("barker", "parker", True, False),  # another first letter
    ("davies", "davis", True, False),  # two surnames
    ("halden", "haldens", False, True),  # a body's name may gain a letter at the end
    ("euro2004", "euro2008", False, False),
]


@pytest.mark.parametrize("a,b,person,expected", SPELLINGS)
def test_one_letter_apart(a, b, person, expected):
    assert one_letter_apart(a, b, person=person) is expected
    assert one_letter_apart(b, a, person=person) is expected


@pytest.mark.parametrize("a,b,expected", [
    (("person", "yuganskneftegas"), ("organization", "yuganskneftegaz"), True),  # the tagger mixes the kinds
    (("organization", "daimlerchrysler"), ("organization", "daimlerchrylser"), True),  # two letters swapped
    (("place", "bangladesh"), ("place", "bangaldesh"), True),
    (("place", "hertfordshire"), ("person", "herefordshire"), False),  # two places one letter changed apart
    (("place", "bangladesh"), ("person", "bangladeshi"), False),  # a place and its people
])
def test_long_one_word_names_one_letter_apart(a, b, expected):
    from generator.actor_variants import _long_word_variants

    assert _long_word_variants(*a, *b) is expected and _long_word_variants(*b, *a) is expected


class _C:
    def __init__(self, doc, text, kind):
        from generator.actor_rules import name_key

        self.doc, self.text, self.kind, self.key = doc, text, kind, name_key(text)
        self.start = self.end = 0


def test_two_people_in_one_document_are_kept_apart():
    many = [_C("d0", "Anton Kessler", "person")] * 2 + [_C("d0", "Anton Kesler", "person")] * 2
    assert variant_pairs(many) == []
    assert [set(p) for p in variant_pairs(many[1:])] == [{"anton kesler", "anton kessler"}]


# --------------------------------------------------------------------------- built actors

MERGES = [
    # (texts, forms that must be one actor)
    # 0. a long one-word name misspelt in another text
    (
        ["Rosneft bought Yuganskneftegas in December, said Ann Berg.", "The bid for Yuganskneftgas was $8bn, said Tom Lee."],
        ["Yuganskneftegas", "Yuganskneftgas"],
    ),
    # 1. acronym definitions: mixed case, after a possessive, as an apposition
    (
        ["Tests at the North Valley Lab Co-Operative (Novalco) found the drug. Novalco denied any wrongdoing."],
        ["North Valley Lab Co-Operative", "Novalco"],
    ),
    (
        ["The sprinter won the Nordic Rowing Federation's (NORFED) top honour last year. NORFED officials were pleased."],
        ["Nordic Rowing Federation", "NORFED"],
    ),
    (
        ["Officials at NORAC, the Nordic Archive Council, said the files were safe."],
        ["NORAC", "Nordic Archive Council"],
    ),
    (  # the acronym abbreviates the last words only: it is that shorter name
        ["A ruling by the North Sea Court of Rowing Appeals (CRA) came on Monday.", "The Court of Rowing Appeals heard the case in Oslo."],
        ["CRA", "Court of Rowing Appeals"],
    ),
    (  # ... unless the words left out are a country
        ["The US Fisheries Protection Board (FPB) fined the firm on Monday. The FPB said the fine was fair."],
        ["US Fisheries Protection Board", "FPB"],
    ),
    # 2. an undefined acronym: an all-caps word gives all its letters
    (["NZ Rowing named its squad on Monday. NZR said the team would travel to Perth."], ["NZ Rowing", "NZR"]),
    (["USA Sculling & Rowing announced the team. USASR said it was proud."], ["USA Sculling & Rowing", "USASR"]),
    # 3. one-letter spelling variants across documents
    (
        ["Kostas Vandoulis won the race in Athens.", "Yesterday Costas Vandoulis won again in Athens."],
        ["Kostas Vandoulis", "Costas Vandoulis"],
    ),
    (["Coach Remo Ostrovany praised the team.", "The squad was trained by Remo Ostrovay for years."], ["Remo Ostrovany", "Remo Ostrovay"]),
    (["Sidney Garrod starred in the film.", "Critics praised Sydney Garrold for the role."], ["Sidney Garrod", "Sydney Garrold"]),
    # 4. one word of a body's name shortened
    (
        ["Scientists at the North Valley Lab Co-Operative tested samples.", "The North Valley Laboratory Cooperative denied it."],
        ["North Valley Lab Co-Operative", "North Valley Laboratory Cooperative"],
    ),
    # 5. a web address and the name it spells
    (["Fans of Gadgetfold.org said the phone was late.", "The chief of Gadgetfold said the phone was late."], ["Gadgetfold.org", "Gadgetfold"]),
    # 6. a well-known short first name
    (["UK Athletics chief Dave Hollins resigned.", "David Hollins said he would stay in Birmingham."], ["Dave Hollins", "David Hollins"]),
    # 9. "<field> <head>" and "<head> of <field>"
    (["She studied at the University of Nordvik in 2001.", "Nordvik University said fees would rise."],
     ["University of Nordvik", "Nordvik University"]),
    (["Members of the Congress of the Federated States met in May.", "The Federated States Congress passed the bill."],
     ["Congress of the Federated States", "Federated States Congress"]),
    # 8. the small word linking the halves of a body's name swapped
    (["A spokesman for the UN's World Summit on the Rowing Society said so. The World Summit for the Rowing Society "
      "(WSRS), which meets this week, agreed."],
     ["World Summit on the Rowing Society", "World Summit for the Rowing Society"]),
    (["The Council for Rowing Safety said so.", "The Council on Rowing Safety disagreed."],
     ["Council for Rowing Safety", "Council on Rowing Safety"]),
    # 7. a body's name after its owner's ("BBC Radio 4" / "Radio 4")
    (["Mr Hale told BBC Radio 4 that the plan would fail.", "He told Radio 4 that he was sorry. The BBC said it was fine."],
     ["BBC Radio 4", "Radio 4"]),
]


@pytest.mark.parametrize("texts,forms", MERGES)
def test_variants_are_one_actor(analyse, texts, forms):
    actors = _build(analyse, texts)
    owners = {a.id for f in forms for a in _owner(actors, f)}
    assert len(owners) == 1 and all(_owner(actors, f) for f in forms), [(a.name, a.kind, a.aliases) for a in actors]


NOT_MERGED = [
    # (texts, two forms that must stay two actors)
    (["Members of the Ostfold Rail Board (Oslo) voted on Monday. The board met in Oslo."], ("Ostfold Rail Board", "Oslo")),
    (["Tom Lyle (Labour) asked a question. Labour said it would vote against."], ("Tom Lyle", "Labour")),
    (  # an acronym that fits two long forms
        ["The Nordic Rowing Union met in Oslo. The National Rugby Union met in Bergen. The NRU said prices would rise."],
        ("Nordic Rowing Union", "National Rugby Union"),
    ),
    (
        ["The Nordic Rowing Union met in Oslo. The National Rugby Union met in Bergen. The NRU said prices would rise."],
        ("NRU", "National Rugby Union"),
    ),
    (["Maria Halvorsen won the vote in Bergen.", "Mario Halvorsen lost his seat in Oslo."], ("Maria Halvorsen", "Mario Halvorsen")),
    (["Simon Barker won the vote in Bergen.", "Simon Parker lost his seat in Oslo."], ("Simon Barker", "Simon Parker")),
    (["Tommy Berg won the vote in Bergen.", "Tommy Borg lost his seat in Oslo."], ("Tommy Berg", "Tommy Borg")),
    (  # both spellings said often in one text: two people
        ["Anton Kessler met Anton Kesler in Bonn. Anton Kessler is a lawyer and Anton Kesler is a judge."],
        ("Anton Kessler", "Anton Kesler"),
    ),
    (  # "Chris" fits two full names
        ["Chris Halden spoke in Leeds.", "Christopher Halden led the firm.", "Christine Halden ran the charity."],
        ("Chris Halden", "Christopher Halden"),
    ),
    (["Dave Collard spoke in Leeds.", "Davina Collard led the firm."], ("Dave Collard", "Davina Collard")),
    (["Visitors to Narvik.org can book trips.", "Heavy snow fell in Narvik, Norway, on Monday."], ("Narvik.org", "Narvik")),
    # an award keeps apart from the body that gives it, and people from plurals
    (["The Screen Writers Guild said the strike would end.", "The Screen Writers Guild Awards were held in Los Angeles."],
     ("Screen Writers Guild", "Screen Writers Guild Awards")),
    (["The Kestrel Academy said it would cut fees.", "The Kestrel Academy Awards were held in Oslo."],
     ("Kestrel Academy", "Kestrel Academy Awards")),
    (["Tom Hartnells spoke in Leeds on Monday.", "Tom Hartnell spoke in Oslo on Tuesday."], ("Tom Hartnells", "Tom Hartnell")),
    # a word before the head: another body ("State University of New York" is not NYU)
    (["She studied at the State University of Nordvik in 2001.", "Nordvik University said fees would rise."],
     ("State University of Nordvik", "Nordvik University")),
    # a place's acronym and a body with the same initials
    (["He testified in a District Court in 2011. When in DC, he sent emails from a hotel."], ("DC", "District Court")),
]


@pytest.mark.parametrize("texts,forms", NOT_MERGED)
def test_different_actors_stay_apart(analyse, texts, forms):
    actors = _build(analyse, texts)
    a, b = (_owner(actors, f) for f in forms)
    assert a and b and a != b, [(x.name, x.kind, x.aliases) for x in actors]


def test_company_named_first_then_with_its_suffix_is_one_actor(analyse):
    text = "Wireless provider Norvane and Skype signed a deal. Norvane Networks has two million users."
    actors = build_actors([analyse(text, doc_id="f0")])
    (owner,) = [a for a in actors if "Norvane" in (a.name, *a.aliases)]
    assert owner.name == "Norvane Networks", [(a.name, a.aliases) for a in actors]


def test_demonym_is_not_short_for_an_airline(analyse):
    texts = ["American Airlines cut fares on Monday.", "American voters went to the polls in Ohio."]
    actors = build_actors([analyse(t, doc_id=f"f{i}") for i, t in enumerate(texts)])
    airline = [a for a in actors if a.name == "American Airlines"]
    assert airline and "American" not in airline[0].aliases, [(a.name, a.aliases) for a in actors]


def test_division_joins_its_company_only_when_the_company_is_never_named_alone(analyse):
    texts = ["Wireless provider Norvane and Skype signed a deal. Norvane Networks has two million users.", "Sales at Kestrel rose.",
             "Kestrel Pictures released the film in May."]
    actors = _build(analyse, texts)
    assert _owner(actors, "Norvane") == _owner(actors, "Norvane Networks"), [(a.name, a.aliases) for a in actors]
    assert _owner(actors, "Kestrel") != _owner(actors, "Kestrel Pictures"), [(a.name, a.aliases) for a in actors]


ACRONYMS_IN_TEXT = [
    # (text, acronym, the name it joins)
    (  # a long one-word name shortened to its first letters
        "The firm sold its main unit Yuganskneftegas (Yugansk) last month. Yugansk pumps oil. Yuganskneftegas is big. "
        "Rosneft bought Yuganskneftegas.",
        "Yugansk",
        "Yuganskneftegas",
    ),
    ("The US Anti-Doping Agency (USADA) charged him. USADA said the tests were clear.", "USADA", "Anti-Doping Agency"),
    (  # a place of two words the tagger left out
        "He was charged by the United States Anti-Doping Agency (USADA) on Monday. USADA said so.",
        "USADA",
        "Anti-Doping Agency",
    ),
    (  # mixed case, "of" in small letters
        "The Bank of Norway raised rates on Monday. Now the BoN is calling for faster data, analysts said.",
        "BoN",
        "Bank of Norway",
    ),
    (  # written as a word
        "The Nordic Environment Protection Agency warned on Monday. Nepa is trying to curb emissions, it said.",
        "Nepa",
        "Nordic Environment Protection Agency",
    ),
    # a person's initials, tagged as a person or as a body
    ("Franklin D. Roosevelt spoke in 1933. Later FDR said the only thing to fear was fear itself.", "FDR",
     "Franklin D. Roosevelt"),
    ("Lyndon B. Johnson signed the act. LBJ then flew to Texas.", "LBJ", "Lyndon B. Johnson"),
]


@pytest.mark.parametrize("text,short,long", ACRONYMS_IN_TEXT)
def test_acronym_joins_the_name_of_its_text(analyse, text, short, long):
    actors = build_actors([analyse(text, doc_id="f0")])
    owners = {a.name for a in actors if short in (a.name, *a.aliases)}
    assert owners == {long}, [(a.name, a.aliases) for a in actors]


# --------------------------------------------------------------------------- acronyms with "&"

from generator.actor_variants import acronym_pairs, amp_initials, award_stem, is_amp_acronym  # noqa: E402

AMP_INITIALS = [
    # (long name, its initials with "&" kept)
    ("Kellard & Brome", "k&b"),
    ("Kellard & Brome's", "k&b"),  # a possessive
    ("Harwick and Dunmore", "h&d"),  # "and" written out
    ("Northern Telephone & Telegraph", "nt&t"),
    ("Tolland & Grieve Plc", "t&g"),  # a company word at the end
    ("Bank of Halden & Vik", "bh&v"),  # "of" skipped
    ("Kellard Brome", ""),  # no "&"
    ("& Sons", ""),  # "&" first
    ("Hallam &", ""),
]


@pytest.mark.parametrize("text,initials", AMP_INITIALS)
def test_amp_initials(text, initials):
    assert amp_initials(text) == initials


IS_AMP = [("K&B", True), ("NT&T", True), ("K&B's", True), ("Q&A", True), ("KB", False), ("&T", False), ("k&b", False), ("K & B", False)]


@pytest.mark.parametrize("text,expected", IS_AMP)
def test_is_amp_acronym(text, expected):
    assert is_amp_acronym(text) is expected


class _Span(_C):
    """A candidate at its place in ``text``."""

    def __init__(self, text, form, kind="organization"):
        super().__init__("d0", form, kind)
        self.start = text.index(form)
        self.end = self.start + len(form)


_DEFINITION = re.compile(r"(?:['’]s?)?\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")

AMP_PAIRS = [
    # (text, candidate forms in order, expected (acronym key, long key) pairs)
    ("Kellard & Brome (K&B) said so.", ["Kellard & Brome"], {("k and b", "kellard and brome")}),  # defined
    ("Kellard & Brome said so. K&B agreed.", ["Kellard & Brome", "K&B"], {("k and b", "kellard and brome")}),
    ("Northern Telephone & Telegraph said so. NT&T agreed.", ["Northern Telephone & Telegraph", "NT&T"],
     {("nt and t", "northern telephone and telegraph")}),
    ("Harwick and Dunmore said so. H&D agreed.", ["Harwick and Dunmore", "H&D"], {("h and d", "harwick and dunmore")}),
    # refusals: a term whose letters no name of the text spells
    ("Hallam & Quayle hosted a Q&A in Leeds.", ["Hallam & Quayle", "Q&A"], set()),
    ("Dalby & Rosco spent more on R&D.", ["Dalby & Rosco", "R&D"], set()),
    ("Kellard Brome said so. KB agreed.", ["Kellard Brome", "KB"], {("kb", "kellard brome")}),  # no "&": the old rule
    ("Dalby & Rosco (R&D) said so.", ["Dalby & Rosco"], set()),  # letters in another order
    ("Kellard & Brome said so. Kestrel & Bright agreed. K&B did not.", ["Kellard & Brome", "Kestrel & Bright", "K&B"],
     {("k and b", "kellard and brome"), ("k and b", "kestrel and bright")}),  # both: the corpus merge refuses them
]


@pytest.mark.parametrize("text,forms,expected", AMP_PAIRS)
def test_amp_acronym_pairs(text, forms, expected):
    cands = [_Span(text, f) for f in forms]
    assert set(acronym_pairs(text, cands, _DEFINITION)) == expected


def test_amp_acronym_of_a_person_name_is_refused():
    text = "Kellard & Brome said so. K&B agreed."
    cands = [_Span(text, "Kellard & Brome", "person"), _Span(text, "K&B")]
    assert acronym_pairs(text, cands, _DEFINITION) == []


AMP_MERGES = [
    # (text, acronym, the name it joins)
    ("Shares in Kellard & Brome (K&B) rose on Monday. The chairman of K&B said sales were strong.", "K&B", "Kellard & Brome"),
    ("Analysts at Grieve & Tolland cut their forecast on Monday. G&T said its clients were nervous.", "G&T", "Grieve & Tolland"),
    ("Northern Telephone & Telegraph agreed the deal on Monday. NT&T said it would close in May.", "NT&T",
     "Northern Telephone & Telegraph"),
    ("Tolland & Grieve Plc reported record profits. T&G said it would hire 300 staff.", "T&G", "Tolland & Grieve Plc"),
]


@pytest.mark.parametrize("text,short,long", AMP_MERGES)
def test_amp_acronym_joins_its_name(analyse, text, short, long):
    actors = build_actors([analyse(text, doc_id="f0")])
    assert {a.name for a in _owner(actors, short)} == {long}, [(a.name, a.aliases) for a in actors]


def test_amp_acronym_fitting_two_names_joins_neither(analyse):
    text = "Kellard & Brome said profits rose. Kestrel & Bright said profits fell. Shares in K&B fell 3% on Monday."
    actors = build_actors([analyse(text, doc_id="f0")])
    owners = {a.name for f in ("K&B", "Kellard & Brome", "Kestrel & Bright") for a in _owner(actors, f)}
    assert owners == {"K&B", "Kellard & Brome", "Kestrel & Bright"}, [(a.name, a.aliases) for a in actors]


# --------------------------------------------------------------------------- plural and prize-word forms

AWARD_STEMS = [
    # (tokens, (stem, prized, plural) or None)
    (("golden", "lanterns"), (("golden", "lantern"), False, True)),
    (("golden", "lantern", "awards"), (("golden", "lantern"), True, False)),
    (("golden", "lantern", "award"), (("golden", "lantern"), True, False)),
    (("varden", "prize"), (("varden",), True, False)),
    (("harpys", "ceremony"), (("harpy",), True, True)),  # a ceremony after a plural
    (("opening", "ceremony"), None),  # ... not alone
    (("golden", "raspberries"), (("golden", "raspberry"), False, True)),
    (("national", "press"), (("national", "press"), False, False)),  # "ss", "us", "is": no plural
    (("campus",), (("campus",), False, False)),
    (("award", "of"), None),
]


@pytest.mark.parametrize("tokens,stem", AWARD_STEMS)
def test_award_stem(tokens, stem):
    assert award_stem(tokens) == stem


def _pairs(*forms):
    """Pairs the plural and prize-word rule finds among ``(text, kind)`` forms, as sets of texts
    (the one-letter spelling rule of ``variant_pairs`` left aside: "Lanterns" is one letter
    from "Lantern" too, but only for forms of one kind)."""
    from generator.actor_rules import key_tokens, name_key
    from generator.actor_variants import _award_pairs

    table = {name_key(text): (kind, key_tokens(text), text) for text, kind in forms}
    return {frozenset((table[a][2], table[b][2])) for a, b in _award_pairs(table)}


AWARD_PAIRS = [
    # (forms as (text, kind), expected pairs)
    ([("Golden Lantern", "organization"), ("Golden Lanterns", "place"), ("Golden Lantern Awards", "place")],
     {frozenset(p) for p in (("Golden Lantern", "Golden Lanterns"), ("Golden Lantern", "Golden Lantern Awards"),
                             ("Golden Lanterns", "Golden Lantern Awards"))}),
    ([("Brint Award", "organization"), ("Brint Awards", "place")], {frozenset(("Brint Award", "Brint Awards"))}),
    ([("Harpy", "organization"), ("Harpys", "organization"), ("Harpy Awards", "organization")],  # plural seen: one word is enough
     {frozenset(p) for p in (("Harpy", "Harpy Awards"), ("Harpys", "Harpy Awards"))}),
    ([("Man Varden", "organization"), ("Man Varden Prize", "organization")], {frozenset(("Man Varden", "Man Varden Prize"))}),
    # refusals
    ([("Varden", "organization"), ("Varden Prize", "organization")], set()),  # one word, no plural seen: a firm?
    ([("Oslo Times", "organization"), ("Oslo Time", "organization")], {frozenset(("Oslo Times", "Oslo Time"))}),
    ([("Times", "organization"), ("Time", "organization")], set()),  # one word: the paper and the magazine
    ([("Varden Islands", "place"), ("Varden Island", "place")], set()),  # two places
    ([("Tom Hartnells", "person"), ("Tom Hartnell", "person")], set()),  # people
    ([("Tom Hartnell", "person"), ("Tom Hartnell Award", "organization")], set()),
    ([("Young Vardenites", "group"), ("Young Vardenite", "group")], set()),  # groups: handled elsewhere
    ([("Screen Writers Guild", "organization"), ("Screen Writers Guild Awards", "organization")], set()),  # a body's awards
    ([("Kestrel Film Academy", "organization"), ("Kestrel Film Academy Awards", "organization")], set()),
    ([("Oslo Film", "place"), ("Oslo Film Awards", "organization")], set()),  # a place's name
    ([("Golden Lantern", "organization"), ("Golden Lanterna", "organization")], set()),  # more than an "s"
    ([("Golden Lantern Awards", "organization"), ("Silver Lantern Awards", "organization")], set()),
]


def test_award_pairs_join_forms_of_two_kinds():
    cands = [_C("d0", "Golden Lanterns", "place"), _C("d1", "Golden Lantern", "organization"),
             _C("d2", "Golden Lantern Awards", "place")] * 2  # each said twice in its text
    assert {frozenset(p) for p in variant_pairs(cands)} == {
        frozenset(("golden lantern", "golden lantern awards")), frozenset(("golden lantern", "golden lanterns")),
        frozenset(("golden lanterns", "golden lantern awards")),
    }


@pytest.mark.parametrize("forms,expected", AWARD_PAIRS)
def test_award_pairs(forms, expected):
    assert _pairs(*forms) == expected


AWARD_MERGES = [
    # (texts, forms that must be one actor)
    (
        ["Hollywood stars gathered for the Golden Lanterns on Sunday.", "The Golden Lantern Awards were held in Los Angeles.",
         "She won the Golden Lantern last year."],
        ["Golden Lanterns", "Golden Lantern Awards", "Golden Lantern"],
    ),
    (
        ["The film was nominated for four Silver Bears.", "The Silver Bear Awards were held in Berlin."],
        ["Silver Bears", "Silver Bear Awards"],
    ),
]


@pytest.mark.parametrize("texts,forms", AWARD_MERGES)
def test_award_forms_are_one_actor(analyse, texts, forms):
    actors = _build(analyse, texts)
    owners = {a.id for f in forms for a in _owner(actors, f)}
    assert len(owners) == 1 and all(_owner(actors, f) for f in forms), [(a.name, a.kind, a.aliases) for a in actors]




@pytest.mark.parametrize(
    "short,surname,same",
    [
        ("hassel", "hassell", True),  # a letter dropped
        ("gate", "gates", True),  # a plural "s" dropped
        ("barrioneuvo", "barrionuevo", True),  # two letters swapped
        ("brown", "browne", False),  # another last letter: another name
        ("davis", "davies", False),  # a known pair of surnames
        ("lee", "lees", False),  # too short
        ("hassel", "kassel", False),  # another first letter
        ("horan", "horgan", False),  # short surnames one letter apart: often two people
        ("dowson", "dawson", False),
        ("jayz", "jamz", False),
        ("daveport", "davenport", True),  # a long one
    ],
)
def test_misspelt_surname(short, surname, same):
    assert misspelt_surname(short, surname) is same


def test_misspelt_surname_joins_the_full_name_of_its_text(analyse):
    text = 'Agent Brian Hassell says no approach has been made. "He wants to stay," said Hassel on Monday.'
    actors = _build(analyse, [text, "Tom Hassel of Leeds said nothing at all."])
    owner = _owner(actors, "Brian Hassell")
    assert owner and "Hassel" in [m.text for m in owner[0].mentions], [(a.name, a.aliases) for a in actors]
