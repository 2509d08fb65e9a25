"""Span ends moved: names the tagger cut short or ran on, read from the sentence alone.

* :func:`extend_over_of` - "Royal Bank" + "of Scotland", "Eternal Sunshine" + "of the
  Spotless Mind";
* :func:`extend_over_number` - "Three" + "Kings";
* :func:`nickname_end` - a nickname in quotes inside a name ("Ivan 'Tank' Petrov");
* :func:`strip_minute` - a goal's minute on a team sheet ("Grady 29");
* :func:`strip_paper` - a paper after a body's name ("Department of Transport Document");
* :func:`extend_over_determiner` - a capitalised determiner inside a sentence ("No" + "Doubt");
* :func:`extend_over_list` - a department's list cut at a comma ("Department for Culture" +
  ", Media and Sport");
* :func:`extend_over_hyphen` - the second half of a double-barrelled name ("Owusu" + "-Abeyie");
* :func:`extend_over_epithet` - an epithet after "the" ("St John" + "the Divine");
* :func:`extend_over_repeat` - a name of one word said twice ("Duran" + "Duran");
* :func:`extend_over_head` - a body's head word before "for" ("Alliance for" + "Digital Inclusion");
* :func:`extend_over_on` - "Parliamentary Group" + "on Betting and Gaming";
* :func:`extend_over_elision` - a word cut at its apostrophe ("Blazin" + "' Squad");
* :func:`extend_over_band` - "Echo" + "and the Bunnymen";
* :func:`extend_over_elided_article` - "Cote" + "d'Azur";
* :func:`extend_over_title_words` - a title cut at a capitalised small word ("Stairway" + "To Heaven");
* :func:`owns_title` and :func:`names_owned_work` - a possessive that belongs to a title
  ("Destiny's Child", "Uefa's Champions magazine").

Each takes a parsed ``Doc`` and the token range ``[i, j)`` of an entity and returns the
moved start or end (see :mod:`generator.actor_fragments` for the other span repairs).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .actor_fragments import CALENDAR_MONTHS, ORG_HEADS, WEEKDAYS, WORK_NOUNS
from .actor_rules import COMBINING_FORMS, COUNTRIES, known_kind, name_key

#: Nouns for works and outlets written after a possessive title ("Uefa's Champions magazine").
_OWNED_WORKS = WORK_NOUNS | frozenset("magazine newspaper paper website site show blog column".split())
#: Determiners that start a band's or a work's name when capitalised mid-sentence ("No Doubt").
_NAME_DETERMINERS = frozenset("no all every some any".split())
_NO_ACTOR = frozenset(("", "WORK_OF_ART", "PRODUCT", "EVENT"))
#: Days and months, which end a body's name ("the Council for the Monday meeting").
_CALENDAR_WORDS = WEEKDAYS | CALENDAR_MONTHS
_OPENERS = frozenset(('"', "'", "“", "‘", ":", "(", "-", "–", "—"))

#: Papers a body publishes, written after its name ("a 1998 Department of Transport Document").
_PAPERS = frozenset("document report survey study paper papers guidelines figures".split())


def strip_minute(doc: Doc, i: int, j: int) -> int:
    """End of a one-word name before the minute of a goal on a team sheet ("Grady 29, Crawford
    41"): the word is named without the number elsewhere in the text, alone or as a
    surname. "BBC Radio 4", "Apollo 13" or "Robocop and Robocop 2 three years later" keep
    their number."""
    if j - i != 2 or not doc[j - 1].text.isdigit() or len(doc[j - 1].text) > 3 or not doc[i].is_alpha:
        return j
    listed = i == 0 or doc[i - 1].is_punct or "\n" in doc[i - 1].whitespace_  # "Archibald 19, Grady 29"
    ends = j >= len(doc) or doc[j].is_punct or "\n" in doc[j - 1].whitespace_
    if not (listed and ends):
        return j  # "Robocop and Robocop 2 three years later"
    word = doc[i].text  # named elsewhere alone or as a surname ("James Grady")
    return i + 1 if any(e[-1].text == word and e.start != i for e in doc.ents) else j


def strip_paper(doc: Doc, i: int, j: int, label: str) -> int:
    """End of a body's name before the paper it published or a year ("Department of
    Transport Document", "Royal Academy of Engineering 2004"): the span holds a word that
    heads a body before it. "Human Development Report" and "Euro 2004" stay whole."""
    last = doc[j - 1]
    paper = (last.lower_ in _PAPERS and last.text[:1].isupper()) or (len(last.text) == 4 and last.text.isdigit())
    if j - i >= 3 and label != "PERSON" and paper:
        if any(doc[k].lower_ in ORG_HEADS for k in range(i, j - 1)):
            return j - 1
    return j


def extend_over_number(doc: Doc, i: int, j: int, label: str) -> int:
    """Start of a name that begins with a capitalised number word inside a sentence ("Three
    Kings", "the Seven Sisters") or before a plural name at its start ("Three Degrees");
    groups are counted, not named ("Two Britons")."""
    prev = doc[i - 1] if i > 0 else None
    if prev is None or label == "NORP" or not (prev.is_alpha and prev.like_num):
        return i
    if prev.is_sent_start and not (j - i == 1 and doc[i].tag_ == "NNPS"):
        return i  # at a sentence's start, only before a plural name ("Three Degrees star ...")
    return i - 1 if prev.text.istitle() and prev.whitespace_ == " " and prev.ent_type_ not in ("PERSON", "ORG", "GPE") else i


def extend_over_repeat(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Range of a one-word name once the same capitalised word right before or after it is
    added: the tagger keeps one half of "Duran Duran" or "Talk Talk"."""
    if j - i != 1 or not doc[i].text.istitle():
        return i, j
    if j < len(doc) and doc[j].text == doc[i].text and doc[i].whitespace_ == " ":
        return i, j + 1
    if i > 0 and doc[i - 1].text == doc[i].text and doc[i - 1].whitespace_ == " ":
        return i - 1, j
    return i, j


#: Small words written with a capital only inside a title ("Stairway To Heaven").
_TITLE_SMALL = frozenset("and to of in on for with is at from by or are".split())


def extend_over_title_words(doc: Doc, i: int, j: int, label: str) -> int:
    """End of a title the tagger cut at a capitalised small word inside a sentence:
    "Stairway" + "To Heaven", "Butterflies" + "And Hurricanes", "Rhythm" + "And Blues"; not
    a person's name in a list written in capitals ("Roger Michell For Enduring Love")."""
    if label == "PERSON":
        return j
    k = j
    while (
        k + 1 < len(doc) and doc[k].lower_ in _TITLE_SMALL and doc[k].text.istitle() and not doc[k].is_sent_start
        and doc[k - 1].whitespace_ == " " and doc[k + 1].text.istitle() and doc[k + 1].is_alpha
    ):
        k += 2
        while k < len(doc) and _title_word(doc[k]):
            k += 1  # "Time" + "Is Running Out"
    return k


def _title_word(t) -> bool:
    """Is ``t`` a capitalised word of a title, inside its sentence, that is no small word?"""
    return t.text.istitle() and t.is_alpha and t.lower_ not in _TITLE_SMALL and not t.is_sent_start


_ELIDED_ARTICLE = re.compile(r"[dl]['’][A-Z]")


def extend_over_elided_article(doc: Doc, j: int) -> int:
    """End of a French name once the word with an elided article after it is added ("Cote" +
    "d'Azur", "Valery Giscard" + "d'Estaing")."""
    if j < len(doc) and _ELIDED_ARTICLE.match(doc[j].text) and doc[j - 1].whitespace_ == " ":
        return j + 1
    return j


def extend_over_band(doc: Doc, i: int, j: int) -> int:
    """End of a band's name the tagger cut before "and the" and a plural ("Echo" + "and the
    Bunnymen"); not a second party, people or place ("Labour and the Tories")."""
    if j - i != 1 or j + 2 >= len(doc) or doc[j].lower_ != "and" or doc[j + 1].text != "the":
        return j  # ("Kasabian and The Libertines": two bands)
    if i > 0 and doc[i - 1].lower_ == "the":
        return j  # "the Lords and the Commons"
    band = doc[j + 2]
    plural = band.lower_.endswith(("s", "men")) and band.text.istitle() and band.pos_ == "PROPN"
    after = doc[j + 3] if j + 3 < len(doc) else None
    if not plural or band.ent_type_ not in _NO_ACTOR or (after is not None and after.text.istitle()):
        return j
    return j + 3


def extend_over_elision(doc: Doc, i: int, j: int) -> int:
    """End of a name whose word with a dropped "g" the tagger cut off at the apostrophe:
    "Blazin" + "' Squad" (not a possessive: "Ladbrokes' Warren Lush", "Lord Holm' Reform")."""
    if j + 1 >= len(doc) or doc[j].text not in ("'", "’") or doc[j - 1].whitespace_ or not doc[j].whitespace_:
        return j
    word, nxt = doc[j - 1], doc[j + 1]
    if not word.lower_.endswith("in") or not word.is_alpha or not (nxt.text.istitle() and nxt.pos_ == "PROPN"):
        return j
    return j + 2


_NICK_QUOTES = frozenset("'\"‘’“”`")


def nickname_end(doc: Doc, i: int, j: int) -> int | None:
    """End of a person's name with a nickname in quotes that starts inside ``doc[i:j]`` or
    right after it ("Ivan 'Tank' Petrov", 'Marta "Speedy" Olsen'), or None."""
    end = min(j + 1, len(doc) - 3)
    if end <= i + 1 or not _NICK_QUOTES.intersection(doc[i + 1 : end].text):
        return None
    for k in range(i + 1, end):
        first, q1, nick, q2, last = doc[k - 1 : k + 4]
        if _name_and_nickname(first, q1, nick, q2) and _capitalised_word(last) and last.pos_ == "PROPN":
            end = k + 4
            while end + 1 < len(doc) and glued_hyphen(doc, end) and doc[end + 1].text[:1].isupper():
                end += 2  # "Wei 'Weiwei' Bo" + "-Han"
            return end
    return None


def nickname_start(doc: Doc, i: int) -> int | None:
    """Start of a person's name when a first name and a nickname in quotes come right before
    ``doc[i]``, which the tagger left out ("Wei “Weiwei”" + "Bo-Han"), or None."""
    if i < 4 or doc[i - 1].text not in _NICK_QUOTES or not doc[i].text[:1].isupper():
        return None
    first, q1, nick, q2 = doc[i - 4], doc[i - 3], doc[i - 2], doc[i - 1]
    return i - 4 if _name_and_nickname(first, q1, nick, q2) and first.pos_ == "PROPN" and q2.whitespace_ else None


def _name_and_nickname(first, q1, nick, q2) -> bool:
    """Are the four tokens a capitalised word and a capitalised nickname in quotes glued to
    it ("Ivan 'Tank'", "Wei “Weiwei”")?"""
    quoted = q1.text in _NICK_QUOTES and q2.text in _NICK_QUOTES and not q1.whitespace_ and not nick.whitespace_
    return quoted and _capitalised_word(first) and _capitalised_word(nick)


def _capitalised_word(t) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def glued_hyphen(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a hyphen with no space on either side, before a word ("Bo" + "-Han",
    "Choe Son" + "-hui")? ``doc[k + 1]`` must exist."""
    return doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].is_alpha


#: Bodies whose names go on with "into" and what they look into ("Royal Commission into
#: the Building Industry").
INQUIRIES = frozenset(("commission", "inquiry"))
#: Head words of names that go on with "of" and a second entity: bodies, and orders of
#: chivalry ("the New Zealand Order" + "of Merit").
_OF_HEADS = ORG_HEADS | {"order"}
#: Head words of names that go on with "on" and what the body deals with: bodies, and
#: panels and meetings ("Intergovernmental Panel" + "on Climate Change", "Conference" + "on
#: Disarmament", "Framework Convention" + "on Climate Change").
#: Head words of the names of waters, which go on with "of" and a name ("Straits of Hormuz").
_WATER_HEADS = frozenset("strait straits gulf bay sea channel sound".split())
_ON_HEADS = ORG_HEADS | {"panel", "subcommittee", "caucus", "conference", "convention", "tribunal", "summit"}


def extend_over_of(doc: Doc, i: int, j: int, label: str) -> int:
    """End of a name the tagger cut before "of (the)" (or "for") and a second entity: after a
    word that heads a body ("Royal Bank" + "of Scotland", "the Muslim Council" + "of Britain",
    "Global Alliance" + "for Digital Inclusion"), or a title in two pieces neither of which
    the text uses alone ("Eternal Sunshine" + "of the Spotless Mind"). People and places keep
    their own names ("Ann Berg of France", "General Motors of the US" when the US is named
    elsewhere)."""
    if label in ("GPE", "LOC") and j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j - 1].lower_ in _WATER_HEADS:
        return _capitalised_run(doc, j)  # "Straits" + "of Hormuz", the second half tagged as a person
    if label in ("PERSON", "NORP", "GPE", "LOC") or j + 1 >= len(doc):
        return j
    if doc[j].lower_ not in ("of", "for") and not (doc[j].lower_ == "into" and doc[j - 1].lower_ in INQUIRIES):
        return j
    of = doc[j].lower_ != "for"  # "Royal Commission" + "into the Building Industry" as "of"
    the = doc[j + 1].lower_ == "the"
    k = j + 2 if the and doc[j + 1].ent_iob_ != "B" else j + 1  # "the" may open the entity
    if k >= len(doc) or doc[k].ent_iob_ != "B" or not of and doc[k].ent_type_ == "NORP":
        return _for_whom(doc, j) if doc[j - 1].lower_ in ORG_HEADS else j  # "Executive Office" + "of the President"
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    second = doc[k].ent_type_
    if not of and any(t.lower_ in ORG_HEADS for t in doc[k:end]):
        return j  # "the Open University" + "for the Scottish Funding Council": two bodies, one working for the other
    if doc[j - 1].lower_ in _OF_HEADS and (second in ("ORG", "GPE", "LOC") or of and second == "FAC"):
        return end  # ("Global Alliance" + "for Digital Inclusion", "Economic Commission" + "for Europe")
    if the and of and second in ("FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"):
        text = doc.text
        if text.count(doc[i:j].text) == 1 and text.count(doc[k:end].text) == 1:
            return end
    return j


def _capitalised_run(doc: Doc, j: int) -> int:
    """End of the capitalised words after ``doc[j]`` ("of", "for") and an optional article;
    ``j`` when there are none."""
    k = j + 1
    if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    end = k
    while end < len(doc) and doc[end].is_alpha and doc[end].text.istitle() and not doc[end].is_sent_start:
        end += 1
    return end if end > k else j


def _for_whom(doc: Doc, j: int) -> int:
    """End of the capitalised words after a body's head word and "for" or "of" (and "the" or
    "a") that the tagger left out or tagged as a people: "Legal Clinic" + "for the Homeless",
    "European Centre" + "for a Modern Ukraine", "Executive Office" + "of the President";
    ``j`` when there are none or a day or month comes."""
    end = _capitalised_run(doc, j)
    if any(doc[k].lower_ in _CALENDAR_WORDS for k in range(j + 1, end)) or end < len(doc) and doc[end].text[:1].isupper():
        return j
    return end


def extend_over_on(doc: Doc, i: int, j: int, label: str) -> int:
    """End of a body's name that goes on after its head word with "on" and capitalised words
    ("Parliamentary Group" + "on Betting and Gaming", "Council" + "on Foreign Relations",
    "Intergovernmental Panel" + "on Climate Change"); not a day ("the Council on Monday")."""
    ons = [k for k in range(i + 1, min(j + 1, len(doc) - 1)) if doc[k].lower_ == "on" and doc[k - 1].lower_ in _ON_HEADS]
    if label == "PERSON" or not ons:
        return j  # (the tagger may have kept "on Betting" and cut "and Gaming")
    k, end = ons[0] + 1, j
    while k < len(doc) and doc[k].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        if doc[k].text.istitle() and doc[k].pos_ in ("PROPN", "NOUN"):
            end = max(end, k + 1)
        elif doc[k].lower_ in ("and", "of", "the", "a", "an", "&", "'", "’"):
            of_the = doc[k].lower_ == "of" and k + 2 < len(doc) and doc[k + 1].lower_ in ("the", "a", "an")
            nxt = k + 2 if of_the else k + 1  # "of the Executive Branch"; not "and the Board"
            if nxt >= len(doc) or not doc[nxt].text.istitle():
                break  # (a plural's apostrophe: "Convention on Seafarers' Identity Documents")
        else:
            break
        k += 1
    return end


def extend_over_head(doc: Doc, i: int, label: str) -> int:
    """Start of a body's name the tagger began after its head word and "for" or "of"
    ("Alliance for" + "Digital Inclusion"), with the untagged capitalised words before the
    head ("Global Alliance for ..."); a head inside a sentence only, and never for people."""
    if label != "ORG" or i < 3 or doc[i - 1].lower_ not in ("for", "of"):
        return i
    k = i - 2
    head = doc[k]
    if head.lower_ not in ORG_HEADS or not head.text.istitle() or head.ent_type_ or head.is_sent_start:
        return i
    while k > 1 and doc[k - 1].text.istitle() and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].ent_type_:
        k -= 1
    return k


def extend_over_determiner(doc: Doc, i: int, j: int) -> int:
    """Start of a name once a capitalised determiner right before it, inside a sentence, is
    added: "No" + "Doubt" (the band), "All" + "Saints"; not at a sentence's or a quote's start."""
    if i < 2 or doc[i - 1].lower_ not in _NAME_DETERMINERS or not doc[i - 1].text.istitle():
        return i
    prev = doc[i - 1]
    if prev.is_sent_start or doc[i - 2].text in _OPENERS or doc[i - 2].is_space or prev.whitespace_ != " ":
        return i
    return i - 1


def owns_title(doc: Doc, j: int) -> bool:
    """Is the one-word name ending at ``j`` the possessive start of a title, followed by "'s" and a
    capitalised common noun inside a sentence ("Destiny's Child", not "Blair's Government")?"""
    if j + 1 >= len(doc) or doc[j].tag_ != "POS":
        return False
    noun = doc[j + 1]
    return noun.text.istitle() and noun.tag_ in ("NN", "NNS") and noun.ent_type_ in _NO_ACTOR and not noun.is_sent_start


def names_owned_work(doc: Doc, j: int) -> bool:
    """Is ``doc[j]``, right after a span, a noun for a work or an outlet ("magazine")?"""
    return j < len(doc) and doc[j].lower_ in _OWNED_WORKS and doc[j].pos_ == "NOUN" and doc[j].text.islower()


def extend_over_hyphen(doc: Doc, i: int, j: int, label: str = "") -> int:
    """End of a name once the capitalised word joined to its last word by a hyphen is added,
    when the text names someone or something with both halves elsewhere ("Owusu" + "-Abeyie"
    after "Quincy Owusu-Abeyie"; not "the Scotland-England match"), or after a person's first
    name and surname when the second half is named nowhere alone ("Quincy Owusu" + "-Abeyie";
    not "the Blair-Brown feud" where "Brown" is named), or after one word when the text
    writes neither half apart ("Mota" + "-Engil"; not "ASK" of "ASK-Raymond James")."""
    if j + 1 >= len(doc) or doc[j].text not in ("-", "–") or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return j
    if _linked_by_particle(doc, j):
        return j + 4  # "Jaish" + "-e-Mohammad", "Stoke" + "-on-Trent"
    second = doc[j + 1]
    if not (second.is_alpha and second.text[:1].isupper()):
        return j
    compound = doc[j - 1 : j + 2].text
    outside = [ent for ent in doc.ents if ent.end <= i or ent.start >= j + 2]
    if any(ent.label_ in ("PERSON", "ORG") and compound in ent.text for ent in outside):
        return j + 2
    if label == "PERSON" and j - i >= 2 and not any(second.text in ent.text.split() for ent in outside):
        return j + 2
    goes_on = j + 2 < len(doc) and (doc[j + 2].text[:1].isupper() or doc[j + 2].text in ("-", "–") and not second.whitespace_)
    if j - i == 1 and not goes_on and not any(_written_apart(doc, k) or _nation_word(doc[k]) for k in (i, j + 1)):
        return j + 2  # "Mota" + "-Engil": halves the text never writes apart are one name
    return j


#: Small words that link the halves of one name with hyphens ("Lashkar-e-Taiba",
#: "Hizb-ut-Tahrir", "Stoke-on-Trent", "Weston-super-Mare", "Frankfurt-am-Main", "Mar-a-Lago").
_LINKING_PARTICLES = frozenset("a e i o ul ut ud ur us al el ad on upon in by under super sur de du la le les en am an".split())


def _linked_by_particle(doc: Doc, j: int) -> bool:
    """Do a linking particle and a capitalised word follow ``doc[j - 1]``, all joined by
    hyphens with no space ("Jaish" + "-e-Mohammad"; not "Blair" + "-to-Brown")?"""
    if j + 3 >= len(doc) or doc[j + 1].lower_ not in _LINKING_PARTICLES or not doc[j + 1].text.islower():
        return False
    last = doc[j + 3]
    joined = not doc[j + 1].whitespace_ and doc[j + 2].text in ("-", "–") and not doc[j + 2].whitespace_
    return joined and last.is_alpha and last.text[:1].isupper()


#: Epithets written after "the" that complete a name ("St John the Divine", "Alfred the
#: Great", "Pliny the Elder").
_EPITHETS = frozenset(
    "great divine baptist evangelist apostle conqueror confessor terrible elder younger magnificent lionheart".split()
)


def extend_over_epithet(doc: Doc, j: int) -> int:
    """End of a name once "the" and a capitalised epithet after it are added ("St John" +
    "the Divine"); ``j`` when none follows."""
    if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j + 1].lower_ in _EPITHETS and doc[j + 1].text.istitle():
        return j + 2
    return j


def _nation_word(t) -> bool:
    """Is the token ``t`` a people, a country or a combining form ("Israeli", "US", "Anglo"
    of "Israeli-Palestinian", "US-German", "Anglo-Dutch")?"""
    key = name_key(t.text)
    return t.ent_type_ == "NORP" or key in COUNTRIES or known_kind(key) in ("place", "group") or key in COMBINING_FORMS


def _written_apart(doc: Doc, k: int) -> bool:
    """Does the text write the word ``doc[k]`` elsewhere, not joined to another by a hyphen?"""
    word = doc[k].text
    for t in doc:
        if t.text == word and t.i != k:
            joined = (t.i > 0 and doc[t.i - 1].text in ("-", "–") and not doc[t.i - 1].whitespace_) or (
                t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "–") and not t.whitespace_
            )
            if not joined:
                return True
    return False


#: First words of a government department's name that may go on with a list ("Department
#: for Culture, Media and Sport").
_DEPARTMENTS = frozenset(("department", "ministry"))


def extend_over_list(doc: Doc, i: int, j: int, label: str) -> int:
    """End of a department's name once the list the tagger cut at its comma is added:
    "Department for Culture" + ", Media and Sport", "Department for Environment" + ", Food
    and Rural Affairs". The list is capitalised words and commas, with "and" before its
    last words."""
    if label == "PERSON" or doc[i].lower_ not in _DEPARTMENTS or j >= len(doc) or doc[j].text != ",":
        return j
    k, joined = j, False
    while k + 1 < len(doc):
        t = doc[k + 1]
        if t.text == "," or (t.lower_ == "and" and not joined):
            joined = joined or t.lower_ == "and"
        elif not (t.is_alpha and t.text[:1].isupper() and not t.is_sent_start):
            break
        k += 1
    while k > j and not doc[k].is_alpha:
        k -= 1
    return k + 1 if joined and doc[k].text[:1].isupper() and doc[k - 1].lower_ != "," else j


__all__ = [
    "INQUIRIES",
    "extend_over_determiner", "extend_over_epithet", "extend_over_hyphen", "extend_over_list", "extend_over_number", "extend_over_of",
    "glued_hyphen", "names_owned_work", "nickname_end", "nickname_start", "owns_title",
    "strip_minute", "strip_paper",
]
