"""Quote stage: quote marks, detection (direct / partial / indirect) and attribution."""

from __future__ import annotations

import re

import pytest

from generator.model import Actor, Description, Mention
from generator.quote_marks import quote_spans
from generator.quotes import extract_quotes

# ---------------------------------------------------------------- quote marks

QUOTE_SPAN_CASES = [
    ('He said "it is fine," and left.', ["it is fine"]),
    ("She said \u201cwe will go\u201d and went.", ["we will go"]),
    # apostrophes and possessives are not quotes; a scare quote in single marks is
    ("Korea's plan and what Seoul calls a 'new deal' for the voters' sake.", ["new deal"]),
    ("In the '90s it was rock 'n' roll and Jones' band.", []),
    # nested single quotes stay inside the double quote
    ("\u201cThey called it \u2018a disgrace\u2019 today,\u201d he said.", ["They called it \u2018a disgrace\u2019 today"]),
    # several sentences in one quote
    ('"We will go. We will win. Nobody stops us." She smiled.', ["We will go. We will win. Nobody stops us."]),
    # a paragraph that reopens the quote mark continues it
    ("\u201cFirst part of it.\n\n\u201cSecond part,\u201d he said.", ["First part of it.\n\n\u201cSecond part"]),
    # a quote broken mid-sentence by a stray paragraph break
    ('He wrote that "it is clear. It\n\nundoubtedly does." Then he left.', ["it is clear. It\n\nundoubtedly does."]),
    # an unclosed quote does not swallow the next paragraph
    ('"Never closed.\n\nA new paragraph with "a phrase" here.', ["a phrase"]),
    ("No quotes at all here.", []),
]


@pytest.mark.parametrize("text,expected", QUOTE_SPAN_CASES)
def test_quote_spans(text, expected):
    assert [text[s:e] for s, e in quote_spans(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "it is fine," and left.', ['"it is fine,"']),
        ("''We rebuild,'' she said, 'calmly'.", ["''We rebuild,''", "'calmly'"]),
        ("\u201cNo.\u201d", ["\u201cNo.\u201d"]),
    ],
)
def test_quote_spans_with_marks(text, expected):
    assert [text[s:e] for s, e in quote_spans(text, marks=True)] == expected


# ---------------------------------------------------------------- detection

# (text, [(kind, quote text starts with, speaker_text, cue)])
DETECTION_CASES = [
    (
        '"The harbour will reopen next week," said Maria Lopez, the port director.',
        [("direct", "The harbour will reopen next week", "Maria Lopez", "said")],
    ),
    (
        "Maria Lopez said: \u201cThe harbour will reopen next week.\u201d",
        [("direct", "The harbour will reopen next week.", "Maria Lopez", "said")],
    ),
    (
        '"We are ready," Tom Baker told reporters, "and we will not wait."',
        [
            ("direct", "We are ready", "Tom Baker", "told"),
            ("direct", "and we will not wait.", "Tom Baker", "told"),
        ],
    ),
    (
        "The minister warned that the deficit could grow \u201cdramatically\u201d next year.",
        [("partial", "the deficit could grow \u201cdramatically\u201d", "The minister", "warned")],
    ),
    (
        "Ana Silva said that the vote would be held in March.",
        [("indirect", "the vote would be held in March", "Ana Silva", "said")],
    ),
    (
        "The vote will be held in March, Ana Silva said on Monday.",
        [("indirect", "The vote will be held in March", "Ana Silva", "said")],
    ),
    (
        "According to the Finance Ministry, exports rose by four percent.",
        [("indirect", "exports rose by four percent", "the Finance Ministry", "according to")],
    ),
    (
        "Peter Novak told the committee that the bridge was unsafe.",
        [("indirect", "the bridge was unsafe", "Peter Novak", "told")],
    ),
    (
        "Peter Novak wrote that the bridge was unsafe.",
        [("indirect", "the bridge was unsafe", "Peter Novak", "wrote")],
    ),
    (
        "Peter Novak asked whether the bridge was safe.",
        [("indirect", "the bridge was safe", "Peter Novak", "asked")],
    ),
    (
        "The Health Ministry said in a statement that the clinics would stay open.",
        [("indirect", "the clinics would stay open", "The Health Ministry", "said")],
    ),
    (
        "The radio station quoted Karl Berg as saying that the strike was over.",
        [("indirect", "the strike was over", "Karl Berg", "quoted as saying")],
    ),
    # a floating quote keeps the speaker of the attributed quote before it
    (
        '"The strike is over," Karl Berg said. "Everyone goes back to work on Monday."',
        [
            ("direct", "The strike is over", "Karl Berg", "said"),
            ("direct", "Everyone goes back to work on Monday.", "Karl Berg", "said"),
        ],
    ),
    # a scare quote with no cue is not a quote; a possessive is not a quote mark
    ("The so-called \u201creform\u201d of Norway's pension system failed.", []),
    # a naming verb makes a quoted phrase a partial quote
    (
        "Lena Park called the plan 'a dangerous gamble' in her speech.",
        [("partial", "a dangerous gamble", "Lena Park", "called")],
    ),
]


@pytest.mark.parametrize("text,expected", DETECTION_CASES)
def test_detection(analyse, text, expected):
    quotes = extract_quotes([analyse(text)], [])
    got = [(q.kind, q.text, q.speaker_text, q.cue) for q in quotes]
    assert len(got) == len(expected), got
    for (kind, text_, speaker, cue), (ek, et, es, ec) in zip(got, expected):
        assert (kind, speaker, cue) == (ek, es, ec), got
        assert text_.startswith(et), got


def test_unattributed_quote_has_reason(analyse):
    text = "The crowd waited outside.\n\n\u201cThis cannot go on any longer, and everyone here knows it.\u201d"
    quotes = extract_quotes([analyse(text)], [])
    assert len(quotes) == 1, "the quote must be kept"
    q = quotes[0]
    assert q.kind == "direct" and q.speaker is None and q.speaker_text is None
    assert q.speaker_reason == "no speaker named in the text"


def test_empty_and_quote_free_documents(analyse):
    assert extract_quotes([analyse("")], []) == ()
    assert extract_quotes([analyse("The river rose by two metres overnight.")], []) == ()


def test_doubled_single_marks_read_as_double_quotes(analyse):
    text = "''We will rebuild the bridge by spring,'' the mayor, Ines Braun, said on Friday."
    assert [text[s:e] for s, e in quote_spans(text)] == ["We will rebuild the bridge by spring"]
    quotes = extract_quotes([analyse(text)], [])
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "said")]


def test_relative_clause_speaker_is_the_antecedent(analyse):
    text = "Ines Braun, who said the bridge would be rebuilt by spring, left early."
    braun = _actor("ines-braun", "person", text, ["Ines Braun"])
    quotes = extract_quotes([analyse(text)], [braun])
    assert len(quotes) == 1
    assert quotes[0].speaker == "ines-braun" and quotes[0].kind == "indirect"


def test_multi_paragraph_quote_is_one_quote(analyse):
    text = (
        "Ruth Adler spoke first.\n\n"
        "\u201cWe built this town. We will not leave it.\n\n"
        "\u201cNobody asked us,\u201d she said.\n"
    )
    a = analyse(text)
    quotes = extract_quotes([a], [])
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert q.text.startswith("We built this town") and q.text.endswith("Nobody asked us")
    assert q.sentence == a.document.sentence_at(q.start) == 1
    assert q.speaker_text == "Ruth Adler"


# ---------------------------------------------------------------- actors

def _actor(actor_id: str, kind: str, text: str, names: list[str], descriptions=(), doc: str = "doc") -> Actor:
    mentions = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            mentions.append(Mention(doc, 0, name, m.start(), m.end(), "PERSON" if kind == "person" else "ORG"))
    mentions.sort(key=lambda m: m.start)
    return Actor(
        id=actor_id,
        name=names[0],
        kind=kind,
        aliases=tuple(names[1:]),
        descriptions=tuple(Description(d, doc, 0) for d in descriptions),
        mentions=tuple(mentions),
    )


def test_speaker_is_actor_id_and_pronoun_resolves(analyse):
    text = (
        "Maria Lopez met the union on Tuesday. The talks lasted an hour.\n\n"
        "She said the harbour would reopen next week.\n\n"
        "\u201cWe have no choice,\u201d she added."
    )
    lopez = _actor("maria-lopez", "person", text, ["Maria Lopez"])
    quotes = extract_quotes([analyse(text)], [lopez])
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    assert all(q.speaker == "maria-lopez" for q in quotes), quotes
    assert quotes[0].cue == "said" and quotes[1].cue == "added"


def test_pronoun_takes_latest_subject_person(analyse):
    text = (
        "Tom Baker met Ana Silva in Lisbon. Later Ana Silva spoke to the press.\n\n"
        "She said the deal was done."
    )
    actors = [_actor("tom-baker", "person", text, ["Tom Baker"]), _actor("ana-silva", "person", text, ["Ana Silva"])]
    quotes = extract_quotes([analyse(text)], actors)
    assert len(quotes) == 1 and quotes[0].speaker == "ana-silva"


def test_role_speaker_maps_to_described_actor(analyse):
    text = (
        "Dmitri Volkov, the Kremlin spokesman, arrived late.\n\n"
        "The Kremlin spokesman said the visit had been useful."
    )
    volkov = _actor("dmitri-volkov", "person", text, ["Dmitri Volkov"], descriptions=["Kremlin spokesman"])
    quotes = extract_quotes([analyse(text)], [volkov])
    assert len(quotes) == 1
    assert quotes[0].speaker == "dmitri-volkov"
    assert quotes[0].speaker_text == "The Kremlin spokesman"


def test_role_speaker_without_actor_keeps_text_and_reason(analyse):
    text = "A senior official said the border would stay closed."
    quotes = extract_quotes([analyse(text)], [])
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker is None and q.speaker_text == "A senior official"
    assert q.speaker_reason == "speaker given only by role"


def test_organisation_and_media_statements(analyse):
    text = (
        "The Foreign Ministry said in a statement that the embassy would reopen.\n\n"
        "A Reuters report took note: \u201cThe ministry will keep its staff in the capital for now.\u201d"
    )
    ministry = _actor("foreign-ministry", "organization", text, ["Foreign Ministry"])
    reuters = _actor("reuters", "organization", text, ["Reuters"])
    quotes = extract_quotes([analyse(text)], [ministry, reuters])
    by_cue = {q.cue: q for q in quotes}
    assert by_cue["said"].speaker == "foreign-ministry"
    assert by_cue["took note"].speaker == "reuters"
    assert by_cue["took note"].kind == "direct"


# ---------------------------------------------------------------- records

def test_quote_records_are_consistent(analyse):
    text = (
        '"We will win," said Tom Baker. Ana Silva said that the count was wrong.\n\n'
        "According to the agency, turnout was low."
    )
    a = analyse(text, "my-doc")
    quotes = extract_quotes([a], [])
    assert [q.id for q in quotes] == [f"my-doc-q{n}" for n in range(1, len(quotes) + 1)]
    assert len(quotes) == 3
    for q in quotes:
        assert q.doc == "my-doc"
        assert text[q.start : q.end] == q.text
        assert q.sentence == a.document.sentence_at(q.start)
        assert (q.speaker is None) == (q.speaker_reason is not None)
    assert extract_quotes([a], []) == quotes  # deterministic


def test_real_articles(articles):
    """On the real articles every quote is well-formed and every direct quote is a quote-mark span."""
    quotes = extract_quotes(articles, [])
    by_doc = {a.document.id: a.document for a in articles}
    assert len({q.id for q in quotes}) == len(quotes)
    assert sum(q.kind == "direct" for q in quotes) >= 3
    assert {q.kind for q in quotes} >= {"direct", "indirect"}
    for q in quotes:
        text = by_doc[q.doc].text
        assert text[q.start : q.end] == q.text and q.text.strip()
        if q.kind == "direct":
            assert any(s <= q.start and q.end <= e for s, e in quote_spans(text)), q
        if q.speaker is None:
            assert q.speaker_reason


def test_pronoun_agrees_in_gender_with_its_antecedent(analyse):
    text = (
        "Mr. Hale met Ms. Ortiz in Madrid. Hale said the deal was fair.\n\n"
        "Ms. Ortiz disagreed with the terms. He said the terms would not change.\n\n"
        "She said the talks would go on."
    )
    hale = _actor("tom-hale", "person", text, ["Hale"])
    ortiz = _actor("rosa-ortiz", "person", text, ["Ortiz"])
    quotes = extract_quotes([analyse(text)], [hale, ortiz])
    assert [q.speaker for q in quotes] == ["tom-hale", "tom-hale", "rosa-ortiz"], quotes
