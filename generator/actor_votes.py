"""Corpus-wide statistics over candidate mentions: common words, leading words, kinds.

These steps run once over all documents before names are merged: one-word "names"
the corpus mostly writes in lowercase are dropped, a leading modifier ("Sprinter",
"Briton") is cut off a person's name, widely known aliases are mapped to one key,
and every name form gets the kind most of its mentions carry.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from .actor_fragments import ORG_HEADS
from .actor_rules import COUNTRIES, KIND_PRIORITY, KNOWN_ALIASES, ORG_SUFFIXES, TITLES, US_STATE_ABBREVIATIONS, US_STATES
from .actor_rules import is_acronym, is_known_place, is_part, known_kind, name_key
from .actor_rules import initials_of, is_demonym_noun
from .actor_spans import PARTY_WORDS, Candidate
from .actor_terms import spells_common_term
from .actor_variants import FIRST_NAMES
from .english import is_english_word, is_modifier_word
from .nlp import Analysis


_LOWER_WORD = re.compile(r"(?<![\w'’./-])[a-z]+(?![\w'’-])(?!\.[a-z])")  # not "huaral.org"
#: A capitalised word used alone inside a sentence ("the Tate said"); a word capitalised
#: only inside longer names ("National Theatre") or at sentence starts is no evidence.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][a-z]+(?![\w'’-])(?! [A-Z])")
_PREVIOUS_WORD = re.compile(r"(\S+) $")
#: Two lowercase words in a row ("general election"): a two-word "name" the corpus writes
#: so at least as often as it is tagged is a common phrase ("the General Election").
_LOWER_PAIR = re.compile(r"(?<![\w'’./-])([a-z]+) (?=([a-z]+)(?![\w'’-]))")


def standalone_capitals(text: str) -> list[str]:
    """Capitalised words used alone mid-sentence, lowercased: "the Tate said" gives "tate";
    "National Theatre", "Theatre critics" (sentence start) and "Tate Britain" give nothing."""
    out = []
    for m in _MID_SENTENCE_CAPITAL.finditer(text):
        prev = _PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
        word = prev.group(1) if prev else ""
        if not word[:1].isupper() or word == "The" or not word[-1:].isalnum():
            out.append(m.group().lower())
    return out


def drop_common_words(
    analyses: Sequence[Analysis], per_doc: list[list[Candidate]]
) -> tuple[list[list[Candidate]], Counter, Counter]:
    """Drop one-word names that the corpus mostly writes in lowercase ("Star", "Library")
    and two-word names it writes in lowercase as often as tagged ("General Election"; not
    institutions, which many texts write in lowercase: "the foreign ministry").
    A mention written "The X" inside a sentence is always kept ("both The Times").

    Only standalone capitals inside sentences count as name uses (see
    :func:`standalone_capitals`): "Theatre" in "National Theatre" is no evidence.

    Returns the kept candidates and the corpus counts of lowercase words and of
    capitalised words inside sentences.
    """
    lower: Counter = Counter()
    upper: Counter = Counter()
    pairs: Counter = Counter()
    for analysis in analyses:
        text = analysis.document.text
        lower.update(_LOWER_WORD.findall(text))
        upper.update(standalone_capitals(text))
        pairs.update(m.group(1) + " " + m.group(2) for m in _LOWER_PAIR.finditer(text))
    mentions = Counter(c.key for cands in per_doc for c in cands)
    texts = {a.document.id: a.document.text for a in analyses}
    surnames = {c.tokens[-1] for cands in per_doc for c in cands if c.kind == "person" and len(c.tokens) > 1}
    inside = _said_inside_sentences(analyses, per_doc, texts)
    out = []
    for cands in per_doc:
        out.append([
            c for c in cands
            if not _spelled_term(c.key, lower) and not _after_a_person(c, surnames)
            and not (c.key not in inside and c.key not in surnames and _abstract_noun(c)) and (
                c.key in KNOWN_ALIASES or is_acronym(c.text) or _after_capital_the(texts[c.doc], c.start) or (
                    pairs[c.key] < mentions[c.key] or c.kind == "person" or c.key.split()[-1] in ORG_HEADS
                    if " " in c.key
                    else lower[c.key] == 0 or (upper[c.key] and lower[c.key] <= upper[c.key])
                )
            )
        ])
    return out, lower, upper


def _said_inside_sentences(
    analyses: Sequence[Analysis], per_doc: list[list[Candidate]], texts: Mapping[str, str]
) -> set[str]:
    """Keys of the names the corpus says somewhere but at a sentence's first word."""
    starts = {a.document.id: {s.start for s in a.document.sentences} for a in analyses}
    inside = set()
    for cands in per_doc:
        for c in cands:
            lead = texts[c.doc][max(0, c.start - 3) : c.start].lstrip("\"'‘“ \n")
            if c.start not in starts[c.doc] and lead:
                inside.add(c.key)
    return inside


def _abstract_noun(c: Candidate) -> bool:
    """Is the one word ``c`` an abstract noun English lists ("Solidarity", "Nuance";
    not "Virginia", "Nike")? Said only at the start of sentences and never as a surname,
    such a word is no name ("Solidarity hashtags circled the globe"; not "Nance said")."""
    if len(c.tokens) != 1 or not _ABSTRACT.search(c.key) or c.key in KNOWN_ALIASES:
        return False
    return is_english_word(c.text) and not is_known_place(c.key)


_ABSTRACT = re.compile(r"(?:ness|ity|tion|sion|ism|ment|ance|ence|ship|hood|dom|acy|care)$")


def _after_a_person(c: Candidate, surnames: set[str]) -> bool:
    """Is the one word ``c`` an adjective or a following made of the surname of a person of
    the corpus ("Trumpian", "Clintonites", "Orwellian"), not a people? Not a word English
    lists as a noun ("Christians" beside Jesus Christ, "Jordanian" beside Michael Jordan)."""
    if len(c.tokens) != 1 or c.kind == "person":
        return False
    m = _AFTER_A_PERSON.match(c.key)
    if not m or m.group(1) not in surnames:
        return False
    return is_modifier_word(c.text) or not is_english_word(c.text, plural=True)


_AFTER_A_PERSON = re.compile(r"(\w{3,}?)(?:ian|ians|ean|esque|ite|ites|ism|ista|istas)$")


def _spelled_term(key: str, lower: Counter) -> bool:
    """Is ``key`` the long form of a common term, made of words the corpus writes in
    lowercase ("Digital Rights Management" for DRM; not "Gustavo Parente Sanchez")?"""
    return " " in key and bool(spells_common_term(key)) and all(lower[w] for w in key.split())


def _after_capital_the(text: str, start: int) -> bool:
    """Is the mention at ``start`` written "The X" inside a sentence ("both The Independent")?"""
    return text[max(0, start - 4) : start] == "The " and bool(_INSIDE_SENTENCE.search(text, max(0, start - 6), start - 4))


_INSIDE_SENTENCE = re.compile(r"[a-z0-9,;] $")


def strip_leading_words(per_doc: list[list[Candidate]], lower: Counter, upper: Counter, split) -> None:
    """"Sprinter Kelly Holmes", "Briton Tim Henman" -> the name the corpus also uses alone.

    The first word of a three-word person name is dropped when the rest is a person's
    name elsewhere in the corpus and the word is a common word or not a person's name,
    and when it is a nationality the corpus names as a group or the demonym of a place it
    names ("Kenyan Bernard Lagat"), and a party ("Lib Dem Norman Baker"); so is a
    nationality before the surname of a full name of the same text ("Australian Johnson"
    beside "Benita Johnson"; "Brazilian Ronaldo" alone stays, as it tells two players
    apart).
    """
    people = {c.key for cands in per_doc for c in cands if c.kind == "person" and len(c.tokens) > 1}
    others = {c.key for cands in per_doc for c in cands if c.kind != "person" and len(c.tokens) == 1}
    places = _places(per_doc)
    groups = {c.key for cands in per_doc for c in cands if c.kind == "group" and len(c.tokens) == 1}
    first_names = {k.split()[0] for k in people if len(k.split()) == 2}
    surnames = {  # (document, surname) of full names: "Australian Johnson" beside "Benita Johnson"
        (c.doc, c.tokens[-1]) for cands in per_doc for c in cands
        if c.kind == "person" and len(c.tokens) > 1 and not is_demonym(c.text.split()[0], places)
    }

    bearers = defaultdict(set)  # (document, surname) -> the full names of the text that end with it
    for cands in per_doc:
        for c in cands:
            if c.kind == "person" and len(c.tokens) > 1:
                bearers[c.doc, c.tokens[-1]].add(c.key)
    for n, cands in enumerate(per_doc):
        per_doc[n] = [part for c in cands for part in _place_then_person(c, places, people, bearers, split)]

    seconds = defaultdict(set)  # first word -> the second words of the people's names it starts
    for k in people:
        seconds[k.split()[0]].add(k.split()[1])
    named = defaultdict(set)  # (document, word) -> the full names that start or end with it
    name_words = defaultdict(set)  # word -> the full names of the corpus that start or end with it
    for cands in per_doc:
        for c in cands:
            if c.kind == "person" and len(c.tokens) > 1:
                named[c.doc, c.tokens[-1]].add(c.key)
                named[c.doc, c.tokens[0]].add(c.key)
                name_words[c.tokens[0]].add(c.key)
                name_words[c.tokens[-1]].add(c.key)

    def demonym(word: str) -> bool:  # "Kenyan Bernard Lagat"
        if is_demonym(word, places) or is_demonym_noun(word):
            return True
        return name_key(word) in groups and name_key(word) not in first_names

    def descriptive(word: str) -> bool:  # "Crooked Hillary Clinton", "Injecting Clinton"; not "Harry Ellis"
        # a participle: first names are adjectives or verbs too, but bare ones ("Sandy", "Rusty", "Rob")
        participle = word.lower().endswith(("ed", "ing"))
        return participle and len(seconds[name_key(word)]) < 2 and is_modifier_word(word)

    def mostly_lowercase(word: str) -> bool:  # "Sprinter", "Nevertheless", "Longtime"
        return lower[word.lower()] >= 3 * max(upper[word.lower()], 1)

    def common_word(word: str) -> bool:  # "Longtime Clinton", "Team Clinton"; not "Hope Hicks", "Will Smith"
        key = name_key(word)
        return mostly_lowercase(word) and key not in FIRST_NAMES and len(seconds[key]) < 2

    def glued(c: Candidate) -> bool:  # a word before a name that starts or ends another full name of its text
        first = c.text.split()[0]
        if (c.doc, c.tokens[1]) in surnames and demonym(first):
            return True
        others = [k for k in named[c.doc, c.tokens[1]] if not k.endswith(c.key)]  # not "Celebrity Big Brother"
        if descriptive(first):  # ("Crooked Hillary" where another text names Hillary Clinton)
            elsewhere = name_words[c.tokens[1]] - {c.key} and not lower[c.text.split()[1].lower()]
            return bool(others or elsewhere)
        people = [  # a real first name: listed, never written in lowercase, or starting two names
            k for k in others if k.split()[0] in FIRST_NAMES or not lower[k.split()[0]] or len(seconds[k.split()[0]]) > 1
        ]
        return bool(people) and not first.endswith("s") and common_word(first)  # not "Shareholders United"

    long = [
        c for cands in per_doc for c in cands
        if c.kind == "person" and c.key not in split and not _has_joint(c.text)
        and (len(c.tokens) > 2 or len(c.tokens) == 2 and glued(c))
    ]
    plurals = {  # bands and teams: "the Beatles"
        c.key for cands in per_doc for c in cands if len(c.tokens) == 1 and c.key.endswith("s") and c.kind != "person"
    }
    starts: dict[str, set[str]] = defaultdict(set)  # first word -> names it starts ("Briton ...")
    for c in long:
        first, rest = c.text.split(None, 1)
        if name_key(rest) in people:
            starts[first].add(c.key)
    for c in long:
        party = _party_prefix(c.text)  # "Lib Dem Norman Baker", "Tory Tim Yeo"
        if party:
            rest = c.text[len(party) :].lstrip()
            while len(rest.split()) > 2 and rest.split()[0].lower().rstrip(".") in TITLES:
                rest = rest.split(None, 1)[1]  # "Lib Dem MP Lembit Opik"
            _keep_tail(c, rest)
            continue
        first, rest = c.text.split(None, 1)
        word = first.lower()
        common = mostly_lowercase(word)
        known = name_key(rest) in people and (
            lower[word] or name_key(first) in others or len(starts[first]) > 1 or _noun_before_name(first, first_names)
            or name_key(first) + "s" in plurals and _not_a_first_name(first, first_names)  # "Beatle George
            # Harrison" beside "the Beatles": a member; not "Philip van Doren Stern" beside "Philips"
        )
        if common or known or demonym(first) or descriptive(first) and (len(c.tokens) == 2 or name_key(rest) in people):
            _keep_tail(c, rest)
    for cands in per_doc:  # a person tagged as a body beside a nationality
        for c in cands:
            if c.kind in ("organization", "place") and c.key not in split and 2 <= len(c.tokens) <= 4:
                _person_of_nation(c, people, first_names, surnames, demonym, lower, others)
    _bodies_under_a_leader(per_doc, people, split)


def _person_of_nation(c: Candidate, people, first_names, surnames, demonym, lower: Counter, bodies=frozenset()) -> None:
    """Make ``c`` the person it names when the tagger took a person for a body: beside a
    nationality ("American Davenport" beside "Lindsay Davenport" in its text, "American
    Abigail Spears" (a first name of the corpus), "Frenchman Gilles Simon", "Francesca
    Schiavone of Italy"), or a first name before a person of the corpus ("Enrique Peña
    Nieto" beside "Peña Nieto"). Not "American Airlines", "Swiss Re", "Danish Dairy Board",
    "Conservative Party Conference", nor a body's name or an English word before a person
    ("BBC Andrew Marr", "New Jim Crow")."""
    first, rest = c.text.split(None, 1)
    head, _, place = c.text.partition(" of ")
    words = rest.split()
    plain = all(w.istitle() and not lower[w.lower()] and w.lower() not in ORG_HEADS | ORG_SUFFIXES for w in words)
    party = known_kind(name_key(first)) == "organization"
    if place and name_key(place) in COUNTRIES and len(head.split()) == 2 and name_key(head) in people:
        c.text, c.key, c.end = head, name_key(head), c.start + len(head)  # "Francesca Schiavone of Italy"
    elif plain and not party and first.istitle() and len(words) > 1 and name_key(rest) in people:
        if demonym(first):
            _keep_tail(c, rest)  # "Kenyan Jan Lorrimer"
        elif name_key(first) in bodies or is_english_word(first) and name_key(first) not in first_names:
            return  # "BBC Andrew Marr", "New Jim Crow", "Bank Sal Oppenheim"
    elif not plain or party or not demonym(first):
        return
    elif len(words) == 1 and len(rest) > 2 and (c.doc, c.tokens[1]) in surnames or len(words) == 2 and (
        words[0].lower() in first_names | FIRST_NAMES or is_demonym_noun(first)
    ):
        _keep_tail(c, rest)  # "American Davenport" beside "Lindsay Davenport", "American Abigail Spears",
        # "American Ed Moses" (a first name English knows), "Frenchman Gilles Simon" (a noun for a
        # national is a person)
    else:
        return
    c.kind, c.label = "person", "PERSON"


def _bodies_under_a_leader(per_doc: list[list[Candidate]], people: set[str], split) -> None:
    """Cut a leader's surname off a body of two words or more the corpus names alone ("the
    Obama White House", "the Clinton State Department"): the body, not a person."""
    bodies = {c.key: c.kind for cands in per_doc for c in cands if c.kind in ("organization", "place") and len(c.tokens) > 1}
    surnames = {k.split()[-1] for k in people}
    alone = {c.key for cands in per_doc for c in cands if c.kind == "person" and len(c.tokens) == 1}
    alone -= {c.key for cands in per_doc for c in cands if c.kind != "person"}
    for cands in per_doc:
        for c in cands:
            if len(c.tokens) < 3 or c.key in split or c.tokens[0] not in surnames:
                continue
            if c.key in bodies and c.tokens[0] not in alone:
                continue  # a body's own word, never a person alone: "National Football League", "Surrey South West"
            rest = c.text.split(None, 1)[1]
            if name_key(rest) in bodies:
                _keep_tail(c, rest)
                c.kind, c.label = bodies[c.key], "ORG" if bodies[c.key] == "organization" else "FAC"


def _noun_before_name(word: str, first_names: set[str]) -> bool:
    """Is ``word``, before a full name of the corpus, an English noun for a doer that is
    nobody's first name, in the corpus or in the list of first names ("Moderator Hugh
    Hewitt", "Organizer Tom Lee"; not "Marine Le Pen", "Carter Page")?"""
    key = name_key(word)
    doer = key.endswith(("or", "er", "ist", "ian", "ant", "ent")) and is_english_word(word)
    return doer and word.isalpha() and key not in first_names and key not in FIRST_NAMES


def _has_joint(text: str) -> bool:
    """Does a name join its words with a small English word ("Citizens for Trump", "Friends
    of Abe")? A person's name never does; "de" or "van" are not such words."""
    return any(w in _JOINTS for w in text.split()[1:-1])


#: Small words that join the words of a body's name, never of a person's.
_JOINTS = frozenset("of for and the to in on at against".split())


def _keep_tail(c: Candidate, rest: str) -> None:
    """Cut the words before ``rest``, the end of the mention's text, off the mention."""
    c.start += len(c.text) - len(rest)
    c.text, c.key = rest, name_key(rest)


def _place_then_person(
    c: Candidate, places: set[str], people: set[str], bearers: dict[tuple[str, str], set[str]], split
) -> list[Candidate]:
    """``c``, or the place and the person it runs together when its first two words name a
    place of the corpus and the rest is a person of the corpus or the surname of a full name
    of its text ("New Hampshire" + "Sanders" of "a fellow New Hampshire Sanders veteran")."""
    words = c.text.split()
    if len(words) < 3 or c.key in split or name_key(" ".join(words[:2])) not in places:
        return [c]
    place = " ".join(words[:2])
    rest = c.text[len(place) :].lstrip()
    if not (name_key(rest) in people or len(rest.split()) == 1 and bearers[c.doc, name_key(rest)] - {c.key}):
        return [c]
    at = c.start + len(c.text) - len(rest)
    return [
        replace(c, end=c.start + len(place), text=place, key=name_key(place), label="GPE", kind="place", descriptions=[]),
        replace(c, start=at, text=rest, key=name_key(rest), label="PERSON", kind="person"),
    ]


def _party_prefix(text: str) -> str:
    """The name of a political party (a known alias) or an American party's adjective
    starting a person's name of at least two more words ("Lib Dem" of "Lib Dem Norman
    Baker", "Libertarian Gary Johnson"), or ""."""
    words = text.split()
    if len(words) >= 3 and words[0].lower() in PARTY_WORDS:
        return words[0]
    for n in (2, 1):
        if len(words) >= n + 2:
            canonical, kind = KNOWN_ALIASES.get(name_key(" ".join(words[:n])), ("", ""))
            if kind == "organization" and canonical.lower().endswith(("party", "democrats")):
                return " ".join(words[:n])
    return ""


_KNOWN_PLACES = COUNTRIES | {name_key(canon) for canon, kind in KNOWN_ALIASES.values() if kind == "place"} | US_STATES
#: Endings of demonyms and what they replace in the place's name: "Kenyan" (Kenya),
#: "Italian" (Italy), "Chinese" (China), "Israeli" (Israel), "Brazilian" (Brazil).
_DEMONYM_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "y"), ("ian", "a"), ("ese", ""), ("ese", "a"), ("i", ""))


def _places(per_doc: list[list[Candidate]]) -> set[str]:
    """The keys of the places the corpus names, and of the places widely known."""
    return {c.key for cands in per_doc for c in cands if c.kind == "place"} | _KNOWN_PLACES


def _not_a_first_name(word: str, first_names: set[str]) -> bool:
    """Is the capitalised ``word`` no first name of the corpus nor one English knows?"""
    key = name_key(word)
    return word.istitle() and len(word) > 3 and key not in first_names and key not in FIRST_NAMES


def _national(c: Candidate) -> bool:
    """Is ``c`` a noun for a national alone ("Kiwi", "Briton", "New Zealander")? Not one in
    "-man" after "the", a paper's name ("The Scotsman")."""
    words = c.text.split()
    paper = c.after_the and words[-1].endswith("man")
    return is_demonym_noun(words[-1]) and (len(words) == 1 or len(words) == 2 and words[0] == "New") and not paper


def _people_of_place(word: str, places: set[str] | frozenset[str]) -> bool:
    """Is ``word`` the demonym of one of ``places``, or its plural ("Kashmiri", "Kashmiris")?"""
    return is_demonym(word, places) or word.endswith("s") and is_demonym(word[:-1], places)


def is_demonym(word: str, places: set[str] | frozenset[str]) -> bool:
    """Is ``word`` the demonym of one of ``places`` (name keys)? "Kenyan" with "kenya" among
    them; "Christian" or "Brian" name no place."""
    w = word.lower()
    return any(w.endswith(end) and len(w) > len(end) + 2 and w[: -len(end)] + add in places for end, add in _DEMONYM_ENDINGS)


def _short_word_name(c: Candidate, canonical: str) -> bool:
    """Is a capitalised three-letter form a short word for its known name, not its initials
    written in lowercase, nor a common word ("Fed"; not "Cia", "Who")?"""
    return len(c.key) == 3 and c.text.istitle() and c.key not in STOP_WORDS and c.key != initials_of(canonical)


def apply_known_aliases(per_doc: list[list[Candidate]], split: frozenset[str]) -> dict[str, str]:
    """Map widely known forms ("DPRK", "U.S.") to their canonical key; return forced kinds."""
    forced = {}
    for cands in per_doc:
        for c in cands:
            state = US_STATE_ABBREVIATIONS.get(c.text) if c.label in ("GPE", "LOC", "ORG") else None
            if state and c.key not in split:  # "Va." tagged as a place; not "VA", "Miss"
                c.key, forced[name_key(state)] = name_key(state), "place"
                continue
            known = KNOWN_ALIASES.get(c.key)
            written = c.text.isupper() or "." in c.text or c.after_the  # "US", "U.S.", "the Uk"; not "Us"
            if known and len(c.key) <= 3 and not (written or _short_word_name(c, known[0])):
                known = None  # "Us" in a headline is not the US; "Fed" is the Federal Reserve
            if known and c.key not in split:
                c.key = name_key(known[0])
                forced[c.key] = known[1]
    return forced


def vote_kinds(per_doc: list[list[Candidate]], forced: dict[str, str]) -> None:
    """Give every form the kind most of its mentions carry across the corpus.

    A mention's vote is its label, except where its own document says otherwise: a
    one-word organisation, group or place (not a country) that is the surname of a person
    named in full before it there (a team sheet: "Cech, Ferreira"; not the band "Kasabian"
    before "Linda Kasabian" it is named after), an
    organisation that is part of such a full name ("El Guerrouj"; places are not, as
    "Milan" next to "Milan Kundera" is a city), or a short multi-word name ending in a
    word tagged as a person there ("Carolina Kluft"
    tagged ORG next to "Kluft" tagged PERSON), votes "person". A name introduced as
    someone's relative ("his wife, Melania") stays a person.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    places = _places(per_doc)
    for cands in per_doc:
        named_at: dict[str, int] = {}  # surname -> offset of its first full name
        for c in cands:
            if c.kind == "person" and len(c.tokens) > 1:
                named_at.setdefault(c.tokens[-1], c.start)
        short_people = {c.tokens[0] for c in cands if c.kind == "person" and len(c.tokens) == 1}
        full_names = {c.tokens for c in cands if c.kind == "person" and len(c.tokens) > 1}
        for c in cands:
            vote = c.kind
            if c.kind != "person" and 1 < len(c.tokens) <= 3 and c.tokens[-1] in short_people and not _has_joint(c.text):
                vote = "person"  # not "Citizens for Trump"
            elif len(c.tokens) == 1 and named_at.get(c.tokens[0], c.start) < c.start and c.kind != "person":
                if c.kind != "place" or c.key not in _KNOWN_PLACES:  # "Cech, Ferreira" after "Paulo Ferreira",
                    vote = "person"  # not "Washington", nor the band "Kasabian" before "Linda Kasabian"
            elif c.kind == "organization" and any(is_part(c.tokens, u) for u in full_names):
                vote = "person"  # "El Guerrouj" tagged ORG next to "Hicham El Guerrouj"
            elif c.kind == "person" and len(c.tokens) > 1 and c.tokens[-1] in ORG_SUFFIXES:
                vote = "organization"  # "Clinton Communications", "Eurasia Group"
            elif c.kind != "group" and len(c.tokens) == 1 and not c.titled and _people_of_place(c.text, places):
                vote = "group"  # "Kashmiri" tagged as a body, "Kashmiris" as a person, beside Kashmir
            elif c.kind != "group" and _national(c):
                vote = "group"  # "the Kiwi number 10 batsman", "The New Zealander won": a nationality
            votes[c.key][vote] += 1
    for cands in per_doc:
        for c in cands:
            if c.key in forced:
                c.kind = forced[c.key]
                continue
            if c.kin and c.label == "PERSON":
                c.kind = "person"  # "his wife, Melania": a relative, whatever the word names elsewhere
                continue
            counts = votes[c.key]
            c.kind = max(KIND_PRIORITY, key=lambda k: (counts[k], -KIND_PRIORITY.index(k)))


#: Last words of places and things named after a person ("George Street", "Victoria Park").
_NAMED_PLACES = frozenset(
    """
    street road avenue lane square park gardens garden theatre theater hall house centre center
    stadium arena bridge station airport hospital college school prize award awards trophy cup
    diaries story show games radio one two
    """.split()
)


def mostly_surnames(per_doc: list[list[Candidate]]) -> frozenset[str]:
    """Words the corpus's people's names use more often last than first ("Howard": many
    mentions of "Michael Howard", fewer of "Howard Flight"; not "Kim" beside "Kim Jong-il")."""
    last: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for cands in per_doc:
        for c in cands:
            if c.kind == "person" and len(c.tokens) > 1:
                last[c.tokens[-1]] += 1
                first[c.tokens[0]] += 1
    return frozenset(w for w, n in last.items() if n > first[w])


def people_by_first_name(per_doc: list[list[Candidate]], forced: dict[str, str]) -> None:
    """Give the kind "person" to a two-word organisation or place whose first word is the
    first name of at least three people of the corpus, and starts few other names
    ("Philip Pullman", "Sean Connery" tagged as organisations; "C Cusiter" on a team
    sheet). Not when the first word is a name on its own that is no person ("Manchester
    City", "Virgin Radio") or starts many names that are no people ("Air China", "St
    Andrews"), when the second is a place ("S Africa"), nor for places and things named
    after someone ("Victoria Park", "George Street", "Olivier Awards")."""
    firsts: dict[str, set[str]] = defaultdict(set)
    other_firsts: dict[str, set[str]] = defaultdict(set)
    alone: set[str] = set()
    places: set[str] = set()
    for cands in per_doc:
        for c in cands:
            if c.kind == "person" and 2 <= len(c.tokens) <= 3:
                firsts[c.tokens[0]].add(c.key)
            elif c.kind != "person" and len(c.tokens) == 1:
                alone.add(c.key)
                if c.kind == "place":
                    places.add(c.key)
            elif c.kind != "person":
                other_firsts[c.tokens[0]].add(c.key)
    common = {f for f, keys in firsts.items() if len(keys) >= 3 and len(keys) > 2 * len(other_firsts[f]) and f not in alone}
    not_surnames = _NAMED_PLACES | ORG_HEADS | ORG_SUFFIXES | places
    for cands in per_doc:
        for c in cands:
            t = c.tokens
            if c.kind not in ("organization", "place") or len(t) != 2 or c.key in forced or t[0] not in common:
                continue
            if t[1] not in not_surnames and c.text.split()[-1][:1].isupper():
                c.kind = "person"
