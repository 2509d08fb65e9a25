"""Actor stage: canonical actors, ambiguity, roles, corrections (texts written for these tests)."""

from __future__ import annotations

import pytest

from generator.actor_corrections import load_corrections
from generator.actor_rules import key_tokens, name_key
from generator.actors import ActorIndex, build_actors


def _build(analyse, texts, **kw):
    analyses = [analyse(t, doc_id=f"d{i}") for i, t in enumerate(texts)]
    return build_actors(analyses, **kw)


def _owner(actors, form):
    """Actors that list ``form`` as name or alias."""
    return [a for a in actors if form == a.name or form in a.aliases]


# --------------------------------------------------------------------------- merges

MERGES = [
    # (texts, forms that must be one actor, its display name)
    (
        ["Prime Minister Anna Lindqvist arrived in Oslo on Monday. Lindqvist said the talks had gone well."],
        ["Anna Lindqvist", "Lindqvist"],
        "Anna Lindqvist",
    ),
    (
        ["The economist Henrik Dahl spoke at the conference in Bergen.", "Later that week Dahl said prices would fall."],
        ["Henrik Dahl", "Dahl"],
        "Henrik Dahl",
    ),
    (
        ["Leader Park Min Jun visited the port on Friday.", "Officials said Park Min-jun would return in May."],
        ["Park Min Jun", "Park Min-jun"],
        "Park Min Jun",
    ),
    (
        ["The novelist J. R. Tolland signed books in Leeds.", "Fans queued for hours to meet J R Tolland in Hull."],
        ["J. R. Tolland", "J R Tolland"],
        None,
    ),
    (
        ["Leader Park Min Jun arrived in Busan on Friday. Park Min-jun met workers there. Park said wages would rise."],
        ["Park Min Jun", "Park Min-jun", "Park"],
        "Park Min Jun",
    ),
    (  # the Arabic article is no part of the surname said alone
        ["The minister called for the overthrow of President Karim al-Haddad. Haddad, aided by allies, held on."],
        ["Karim al-Haddad", "Haddad"],
        "Karim al-Haddad",
    ),
    (
        ["Muslims have two choices, said the cleric Karim al-Haddad. Al-Haddad praised the gunman in a video."],
        ["Karim al-Haddad", "Al-Haddad"],
        "Karim al-Haddad",
    ),
    (
        ["Norway's government approved the plan. Officials in Norway welcomed it."],
        ["Norway"],
        "Norway",
    ),
    (
        [
            "The International Federation of Rowing Associations (IFRA) met in Geneva. "
            "IFRA said the championship would move to Lisbon."
        ],
        ["International Federation of Rowing Associations", "IFRA"],
        "International Federation of Rowing Associations",
    ),
    (
        ["Diplomats said the DPRK had rejected the offer.", "North Korea announced a missile test on Sunday."],
        ["DPRK", "North Korea"],
        "North Korea",
    ),
    (  # two spellings of one transliterated name
        ["Al Qaida claimed the attack on Monday.", "Officials said Al Qaeda was behind it."],
        ["Al Qaida", "Al Qaeda"],
        "Al Qaeda",
    ),
    (
        ["Usama bin Laden was killed in 2011.", "Osama bin Laden founded the group."],
        ["Usama bin Laden", "Osama bin Laden"],
        "Osama bin Laden",
    ),
    (
        ["President Marta Olsen opened the bridge in Tromso.", "Crowds cheered as President Olsen cut the ribbon."],
        ["Marta Olsen", "Olsen"],
        "Marta Olsen",
    ),
    (
        ["Thousands of Americans voted early.", "An American student won the prize in Oslo."],
        ["Americans", "American"],
        "Americans",
    ),
    (
        ["Shares in Norvik Group rose on Monday.", "Analysts said Norvik had cut costs sharply."],
        ["Norvik Group", "Norvik"],
        "Norvik Group",
    ),
    (
        ["The poet Harald W. Sand read in Bergen.", "Critics praised Harald Sand for the new book."],
        ["Harald W. Sand", "Harald Sand"],
        "Harald W. Sand",
    ),
    (  # after "Mr", a word the corpus's names mostly end with is a surname, not Morgan Pryce's first name
        [
            "Party leader Walter Morgan opened the conference in Leeds on Monday. Mr Morgan said taxes would fall.",
            "Deputy chairman Morgan Pryce was sacked on Friday after a row over spending. "
            "Mr Pryce had suggested deeper cuts. Mr Morgan said he had no choice.",
            "Walter Morgan visited a school in Hull.",
        ],
        ["Walter Morgan", "Morgan"],
        "Walter Morgan",
    ),
    (  # ... and still joins the full name of its own text when another shares the surname elsewhere
        [
            "Premier Olaf Brandt visited a hospital in Leeds on Monday. Mr Brandt said waiting lists would fall.",
            "Greta Brandt opened a new school in Hull.",
        ],
        ["Olaf Brandt", "Brandt"],
        "Olaf Brandt",
    ),
    (  # a surname inside a longer name is the surname of the name it ends, not the longer one's
        ["Donald Hale and his sister Mary Hale Barry met in Leeds on Monday. Hale said the talks went well."],
        ["Donald Hale", "Hale"],
        "Donald Hale",
    ),
    (  # ... but a word the names mostly start with stays a family name written first
        [
            "Chairman Park Jae-won met the union on Monday. Mr Park said wages would rise.",
            "Park Jae-won visited a shipyard in Ulsan.",
        ],
        ["Park Jae-won", "Park"],
        "Park Jae-won",
    ),
    (  # a person first named as someone's relative takes a bare surname only right after
        [
            "Carla Lind was chief executive of the firm in Bergen. Flying home one night, she told her husband, "
            "Frank Lind, that the deal would be ugly. The board met in May. The vote was close. Investors waited. "
            "Lind announced 6,000 layoffs a month later."
        ],
        ["Carla Lind", "Lind"],
        "Carla Lind",
    ),
    (  # a bare word is the surname of one full name before the first name of another
        [
            "Richard Osman, 40, was on the flight. Osman Abu Laban, a teacher, was also aboard. "
            "Osman had worked as a geologist in Cairo."
        ],
        ["Richard Osman", "Osman"],
        "Richard Osman",
    ),
    (  # a short first name
        ["Jacob Sullivan advised the secretary in 2011.", "Jake Sullivan said the plan would work."],
        ["Jacob Sullivan", "Jake Sullivan"],
        None,
    ),
    (
        ["The UN Security Council met on Friday.", "The United Nations Security Council voted on Monday."],
        ["UN Security Council", "United Nations Security Council"],
        "United Nations Security Council",
    ),
]


@pytest.mark.parametrize("texts,forms,name", MERGES)
def test_forms_are_merged_into_one_actor(analyse, texts, forms, name):
    actors = _build(analyse, texts)
    owners = {a.id for f in forms for a in _owner(actors, f)}
    assert len(owners) == 1 and all(_owner(actors, f) for f in forms), (forms, [(a.name, a.aliases) for a in actors])
    actor = next(a for a in actors if a.id in owners)
    if name:
        assert actor.name == name
    assert not any("'s" in alias or "’s" in alias for alias in actor.aliases)


def test_surname_resolves_to_the_nearest_fitting_full_name(analyse):
    text = (
        "Ola Berg founded the company in 1990. Years later his cousin Siri Berg joined the board. "
        "Berg said the board would meet on Friday."
    )
    actors = _build(analyse, [text])
    siri = _owner(actors, "Siri Berg")[0]
    assert "Berg" in siri.aliases
    assert not _owner(actors, "Ola Berg")[0].aliases
    short = [m for m in siri.mentions if m.text == "Berg"]
    assert short and text[short[0].start : short[0].end] == "Berg"


# --------------------------------------------------------------------------- refusals

REFUSALS = [
    # (texts, surname, the two full names it could mean)
    (
        [
            "Peter Holm chairs the water board in Bodo.",
            "Karin Holm leads the opposition in the city council.",
            "Residents say Holm has ignored their complaints.",
        ],
        "Holm",
        ("Peter Holm", "Karin Holm"),
    ),
    (
        [
            "Erik Lund met Nora Lund in Bergen on Monday. The meeting took place in a hotel. "
            "Reporters waited outside for hours. The weather was cold and wet. Traffic was heavy all day. "
            "Shops closed early. Trains were late. Buses were full. Schools stayed open. "
            "In the evening Lund said nothing to the press."
        ],
        "Lund",
        ("Erik Lund", "Nora Lund"),
    ),
]


@pytest.mark.parametrize("texts,short,fulls", REFUSALS)
def test_ambiguous_surname_stays_unresolved(analyse, texts, short, fulls):
    actors = _build(analyse, texts)
    for full in fulls:
        (actor,) = _owner(actors, full)
        assert short not in actor.aliases
        assert [m.text for m in actor.unresolved] == [short]
    assert not _owner(actors, short)
    (mention,) = _owner(actors, fulls[0])[0].unresolved
    index = ActorIndex(actors)
    assert index.at(mention.doc, mention.start, mention.end) is None
    assert {a.name for a in index.unresolved_at(mention.doc, mention.start, mention.end)} == set(fulls)
    assert index.by_name(short) is None


NOT_MERGED = [
    # (texts, two forms that must stay two actors)
    (["Jonas Vik and Jonas Strand both ran for mayor of Alta."], ("Jonas Vik", "Jonas Strand")),
    (
        ["George H. Tamm led the firm until 1990.", "George K. Tamm took over in 1995.", "George Tamm spoke."],
        ("George H. Tamm", "George K. Tamm"),
    ),
    (
        ["The runner Anna Holt-Berg won in Oslo.", "Her rival Berg finished the season unbeaten in Bergen."],
        ("Anna Holt-Berg", "Berg"),
    ),
    (
        ["Microsoft said Microsoft Outlook would get a new look next year."],
        ("Microsoft", "Microsoft Outlook"),
    ),
]


@pytest.mark.parametrize("texts,forms", NOT_MERGED)
def test_distinct_names_are_not_merged(analyse, texts, forms):
    actors = _build(analyse, texts)
    a, b = (_owner(actors, f) for f in forms)
    assert a and b and a != b, [(x.name, x.aliases) for x in actors]


def test_different_people_are_not_merged(analyse):
    actors = _build(analyse, ["Jonas Vik and Jonas Strand both ran for mayor of Alta."])
    assert len(_owner(actors, "Jonas Vik")) == 1
    assert _owner(actors, "Jonas Vik") != _owner(actors, "Jonas Strand")


JUNK = [
    ("The supreme court ruled on Tuesday. Google News carried the story.", {"supreme", "Google News"}),
    ("Mr\nSmith wrote to the editor of the Herald in Leeds.", {"Mr\nSmith", "Mr Smith"}),
    ("Visitors from the North with money arrived, said Tom Rye.", {"North with", "North"}),
]


@pytest.mark.parametrize("text,bad", JUNK)
def test_junk_is_not_an_actor(analyse, text, bad):
    actors = _build(analyse, [text])
    names = {n for a in actors for n in (a.name, *a.aliases)}
    assert not names & bad, names
    for a in actors:
        assert a.name[:1].isupper() and "\n" not in a.name and len(a.name) > 1


# --------------------------------------------------------------------------- roles

ROLES = [
    ("Harbour authority spokesman Erik Vold said the ferry would run again.", "Erik Vold", "Harbour authority spokesman"),
    (
        "Lena Moe, the city's deputy mayor for transport, said the tunnel would open in June.",
        "Lena Moe",
        "city's deputy mayor for transport",
    ),
    ("Finance Minister Kari Aas presented the budget on Monday.", "Kari Aas", "Finance Minister"),
    ("Jan Berge, Labour co-chairman, said the vote was close.", "Jan Berge", "Labour co-chairman"),
    ("Mr Tor Lie said the plan was fair.", "Tor Lie", None),
]


@pytest.mark.parametrize("text,name,role", ROLES)
def test_roles_are_read_from_the_sentence(analyse, text, name, role):
    actors = _build(analyse, [text])
    (actor,) = _owner(actors, name)
    if role is None:  # an honorific is not a role
        assert not actor.descriptions
        return
    assert role in [d.text for d in actor.descriptions]
    d = next(d for d in actor.descriptions if d.text == role)
    assert (d.doc, d.sentence) == ("d0", 0)


# --------------------------------------------------------------------------- records


def test_records_are_sorted_and_stable(analyse):
    texts = [
        "Henrik Dahl met Marta Olsen in Oslo. Dahl praised Olsen.",
        "Olsen flew to Bergen, where Dahl was waiting.",
    ]
    analyses = [analyse(t, doc_id=f"d{i}") for i, t in enumerate(texts)]
    first = build_actors(analyses)
    assert first == build_actors(list(reversed(analyses)))
    for a in first:
        assert list(a.mentions) == sorted(a.mentions, key=lambda m: (m.doc, m.start))
        assert a.kind in ("person", "organization", "place", "group")
        assert a.name not in a.aliases
    assert [len(a.mentions) for a in first] == sorted((len(a.mentions) for a in first), reverse=True)
    olsen = _owner(first, "Marta Olsen")[0]
    assert olsen.id == "marta-olsen" and len(olsen.mentions) == 3


def test_actor_index_lookups(analyse):
    text = "President Marta Olsen visited Oslo. Olsen met the mayor."
    actors = _build(analyse, [text])
    index = ActorIndex(actors)
    olsen = index.by_name("Marta Olsen")
    assert olsen is not None and olsen.name == "Marta Olsen"
    assert index.by_name("president olsen") is olsen
    assert index.by_name("Olsen's") is olsen
    start = text.index("Olsen met")
    assert index.at("d0", start, start + 5) is olsen
    assert index.at("d0", 0, 3) is None
    assert index.by_name("Nobody Here") is None


# --------------------------------------------------------------------------- corrections

CORRECTION_TEXTS = [
    "Peter Holm chairs the water board in Bodo. The Holm Foundation paid for it.",
    "Karin Holm leads the opposition. Holm says the board wastes money. Tromso agreed.",
]


def test_corrections_merge_split_ignore_rename(analyse, tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text(
        "merge:\n  - [Karin Holm, Holm]\n"
        "ignore: [Tromso]\n"
        "rename:\n  Peter Holm: Peter A. Holm\n",
        encoding="utf-8",
    )
    actors = _build(analyse, CORRECTION_TEXTS, corrections=path)
    karin = _owner(actors, "Karin Holm")[0]
    assert "Holm" in karin.aliases and not karin.unresolved
    assert _owner(actors, "Peter A. Holm") and _owner(actors, "Peter A. Holm")[0].id == "peter-a-holm"
    assert not _owner(actors, "Tromso")
    # rebuilds apply the same file
    assert _build(analyse, CORRECTION_TEXTS, corrections=path) == actors


def test_split_keeps_a_form_apart(analyse, tmp_path):
    texts = ["The economist Henrik Dahl spoke in Bergen.", "Later that week Dahl said prices would fall."]
    path = tmp_path / "actors.yml"
    path.write_text("split: [Dahl]\n", encoding="utf-8")
    actors = _build(analyse, texts, corrections=path)
    assert _owner(actors, "Dahl") and _owner(actors, "Dahl") != _owner(actors, "Henrik Dahl")
    assert _owner(_build(analyse, texts), "Dahl") == _owner(_build(analyse, texts), "Henrik Dahl")


BAD_FILES = [
    ("merge: [a, b]\n", "merge[0]"),
    ("split: Holm\n", "split"),
    ("rename: [a]\n", "rename"),
    ("colour: red\n", "colour"),
    ("merge:\n  - [a]\n", "merge[0]"),
    ("ignore: [[x]]\n", "ignore"),
    ("merge: [\n", "YAML"),
    ("- a\n- b\n", "top level"),
]


@pytest.mark.parametrize("content,key", BAD_FILES)
def test_bad_corrections_file_is_a_one_line_error(tmp_path, content, key):
    path = tmp_path / "actors.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_corrections(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message and key in message


def test_missing_corrections_file_means_none(tmp_path):
    assert load_corrections(tmp_path / "actors.yml").merge == ()


@pytest.mark.parametrize(
    "a,b",
    [("Kim Jong-un", "Kim Jong Un"), ("M.K. Rao", "M K Rao"), ("Norway's", "Norway"), ("José Ruiz", "Jose Ruiz")],
)
def test_name_key_folds_spelling_variants(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [("Mt Gambier", "Mount Gambier"), ("St. Helens", "Saint Helens"), ("Ft Worth", "Fort Worth")])
def test_name_key_and_tokens_read_an_abbreviated_first_word_in_full(a, b):
    assert name_key(a) == name_key(b)
    assert key_tokens(a) == key_tokens(b)


@pytest.mark.parametrize("a,b", [("Downing St", "Downing Saint"), ("MT", "Mount"), ("St", "Saint"), ("Stan Lee", "Saintan Lee")])
def test_name_key_reads_an_abbreviation_only_as_a_first_word(a, b):
    assert name_key(a) != name_key(b)


# --------------------------------------------------------------------------- real articles


def test_real_articles_one_profile_per_person(articles):
    actors = build_actors(articles)
    people = [a for a in actors if a.kind == "person"]
    keys = [k for a in people for k in {name_key(f) for f in (a.name, *a.aliases)}]
    assert len(keys) == len(set(keys)), "a name form is carried by two person profiles"
    fulls = {a.name: a for a in people if len(a.name.split()) > 1}
    for a in people:
        if len(a.name.split()) == 1:  # a one-word profile must not be part of exactly one full name
            fitting = [f for f in fulls if a.name in f.split()]
            assert len(fitting) != 1, (a.name, fitting)
    spelled = [a for a in people if "Kim Jong-un" in (a.name, *a.aliases)]
    assert len(spelled) == 1 and "Kim Jong Un" in (spelled[0].name, *spelled[0].aliases)
    for a in actors:
        assert a.name[:1].isupper() and "\n" not in a.name and len(a.name) > 1
        assert not a.name.endswith(("'s", "’s"))
