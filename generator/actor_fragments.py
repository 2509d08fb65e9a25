"""Span repairs for tagger fragments: glued coordinations, adjective tails, title pieces.

The small spaCy model often tags a piece of a longer capitalised phrase or two names
joined by "and" as one entity. These pure functions over a parsed ``Doc`` decide, from
the sentence alone, where such a span really splits or whether it is a fragment:

* :func:`conjuncts` - "Gazprom and Rosneft" -> two spans (when one is named alone in the
  text); "Sweeney Todd and A Funny
  Thing Happened" -> the first (the second is a title starting with "A"); "The
  Independent and The Times" -> both;
  "Food and Agriculture Organisation", "St Kitts and Nevis" stay whole;
* :func:`cut_adjective_tail` - "Athens Olympic 100m silver medallist" -> "Athens";
  "the Olympic heptathlon champion" -> nothing (an adjective modifying a common noun);
* :func:`is_title_fragment` - "Circle" in "the Critics' Circle", "Rings" in "Lord of the
  Rings": the span is the tail of a longer capitalised phrase the tagger did not cover.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .actor_rules import KNOWN_ALIASES, NOT_FIRST, ROLE_HEADS, TITLES, name_key

#: Last words that make "X and Y <word>" one name ("Food and Agriculture Organisation").
ORG_HEADS = frozenset(
    """
    organisation organization association council committee department ministry commission
    union bank university college institute foundation society company group party industry
    industries trust fund agency authority board office service services court school club
    federation league centre center museum academy alliance corporation partners brothers
    """.split()
)

#: Adjective endings of words derived from names ("Olympic", "Biblical", "Shakespearean").
_ADJ_END = re.compile(r"(?:ic|ical|ian|ean|ese|ish)$")
#: Endings of demonyms, which stay as a group ("Ugandan" is not cut, "Danish" is a group).
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish)$")
_MODIFIER_DEPS = frozenset(("amod", "compound", "nmod"))
_ARTICLES = frozenset(("a", "an", "the"))
_NOBLE = frozenset("queen king prince princess duke duchess earl countess emperor empress lord lady".split())
#: Capitalised words before a one-word name that do not make it a fragment ("Mr Smith").
_NOT_PHRASE = TITLES | ROLE_HEADS | _NOBLE | frozenset("st saint mount lake river new old".split())
_TITLE_ENTS = frozenset(("", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"))
_TITLE_PREPOSITIONS = frozenset(("of", "into"))


def conjuncts(doc: Doc, i: int, j: int, label: str) -> list[tuple[int, int]]:
    """Token ranges of the names inside entity ``doc[i:j]`` joined by "and" (or "&" for people).

    Places never split ("Trinidad and Tobago"), nor names whose last word heads an
    organisation ("Trade and Industry Department"). A right side that starts with "A"/"An"
    is a new title and is dropped; one that starts with "The" is a second name; otherwise
    both sides are kept when each is one to three capitalised nouns and one of them is
    also tagged alone in the text.
    """
    if label in ("GPE", "LOC"):
        return [(i, j)]
    for k in range(i + 1, j - 1):
        t = doc[k]
        if not (t.lower_ == "and" or (t.text == "&" and label == "PERSON")):
            continue
        right = doc[k + 1]
        if right.text in ("A", "An"):
            return [(i, k)]  # "Sweeney Todd and A Funny Thing Happened": a second title
        if right.text == "The":
            return [(i, k), (k + 1, j)]  # "The Independent and The Times"
        if doc[j - 1].lower_ in ORG_HEADS:
            return [(i, j)]
        left_toks = [x for x in doc[i:k] if x.lower_ not in _ARTICLES]
        right_toks = list(doc[k + 1 : j])
        sides_ok = all(
            0 < len(side) <= 3 and all(x.text[:1].isupper() and x.pos_ in ("PROPN", "NOUN") for x in side)
            for side in (left_toks, right_toks)
        )
        if label == "PERSON" or (sides_ok and one_side_alone(doc, left_toks, right_toks)):
            return [(i, k), (k + 1, j)]
        return [(i, j)]
    return [(i, j)]


def one_side_alone(doc: Doc, left, right) -> bool:
    """Is one side of "X and Y" tagged on its own elsewhere in the text ("Gazprom and Rosneft"
    after "Rosneft said")? Without such evidence "Hornsey and Wood Green" stays one name."""
    sides = {" ".join(t.lower_ for t in side) for side in (left, right)}
    for ent in doc.ents:
        words = [t.lower_ for t in ent if t.lower_ not in _ARTICLES and not t.is_punct and t.tag_ != "POS"]
        if " ".join(words) in sides and (ent.end <= left[0].i or ent.start > right[-1].i):
            return True
    return False


def cut_adjective_tail(doc: Doc, i: int, j: int, label: str) -> tuple[int, str] | None:
    """End of the name in ``doc[i:j]`` once a trailing adjective that modifies a word after
    the span is cut ("Sydney Olympic 100m champion" -> "Sydney"), with the label to use.

    None when nothing is left (a lone "Olympic" or "Biblical" before a common noun). A
    lone demonym ("British" tagged as an organisation) becomes a group instead. Groups
    (NORP) are left alone: "Chinese government" names the Chinese.
    """
    if label == "NORP" or j <= i or j >= len(doc):
        return j, label
    last, nxt = doc[j - 1], doc[j]
    modifier = last.dep_ in _MODIFIER_DEPS and last.head.i >= j
    if not (modifier and (nxt.text[:1].islower() or nxt.like_num)):
        return j, label
    if j - i == 1 and last.lower_.endswith("an") and re.search(rf"\b{re.escape(last.text[:-1])}\b", doc.text):
        return j, "NORP"  # "Ugandan women" in a text that names Uganda
    if not _ADJ_END.search(last.lower_):
        return j, label
    if last.pos_ != "ADJ" and not last.lower_.endswith(("ic", "ical")) and j - i == 1:
        return j, label  # a one-word proper noun that merely ends like an adjective
    if j - i > 1:
        return j - 1, label
    if _DEMONYM_END.search(last.lower_):
        return j, "NORP"
    return None


def is_title_fragment(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]`` the tail of a longer capitalised phrase the tagger did not cover?

    "Circle" in "the Critics' Circle", "New Clothes" in "The Emperor's New Clothes", one
    word after a capitalised word and a preposition: "Sea" in "Star of the Sea", "Danger"
    in "Flight into Danger". Spans after a tagged entity, a date or a title are not
    fragments ("Russia's Putin", "Saturday's Nationals", "President of the United
    States"); after a possessive, a person only when one word after a plural possessive
    ("the Writers' Guild" tagged as a person, but "History Boys' Samuel Barnett" is one).
    """
    if i < 2:
        return False
    prev = doc[i - 1]
    if prev.tag_ == "POS" or prev.text in ("'", "’", "'s", "’s"):
        if label != "PERSON":
            return _bare_capital(doc, i - 2)
        plural = prev.text in ("'", "’") and doc[i - 2].lower_.endswith("s")
        return j - i == 1 and plural and _bare_capital(doc, i - 2)
    if j - i != 1:
        return False
    if doc[i].text.isupper() or name_key(doc[i].text) in KNOWN_ALIASES:
        return False  # "the New World of the US"
    listed = j < len(doc) and doc[j].text in (",", "and", "&")  # "the Alliance of Brazil, Russia"
    k = i - 2 if prev.lower_ == "the" else i - 1  # "Lord of the Rings", "Flight into Danger"
    if k >= 1 and doc[k].text in _TITLE_PREPOSITIONS and not listed:  # not "the Cuckoo's Nest in London"
        word = doc[k - 1].lower_.rstrip(".")
        return _bare_capital(doc, k - 1) and word not in TITLES | ROLE_HEADS | _NOBLE
    return False


def extend_left(doc: Doc, i: int, j: int) -> int:
    """Start of a one-word name once the untagged proper nouns right before it are added:
    "Pop" + "Idol", "BNP" + "Paribas", "JM" + "Coetzee", "Tirunesh" + "Dibaba" (at most two)."""
    if j - i != 1:
        return i
    k = i
    while k > 0 and i - k < 2:
        prev = doc[k - 1]
        if not (
            _bare_capital(doc, k - 1)
            and prev.pos_ == "PROPN"
            and prev.whitespace_ == " "
            and prev.lower_.rstrip(".") not in _NOT_PHRASE
        ):
            break
        k -= 1
    return k


def has_inner_pronoun(doc: Doc, i: int, j: int) -> bool:
    """A possessive pronoun inside a span marks a title, not a name ("Guy's My Heart")."""
    return any(doc[k].lower_ in NOT_FIRST and doc[k].pos_ in ("PRON", "DET") for k in range(i + 1, j))


def _bare_capital(doc: Doc, k: int) -> bool:
    """A capitalised word mid-sentence that is no actor entity ("Critics", "Emperor"; "Flight"
    tagged as a product)."""
    t = doc[k]
    return t.text[:1].isupper() and t.text.isalnum() and not t.is_sent_start and t.ent_type_ in _TITLE_ENTS


__all__ = ["ORG_HEADS", "conjuncts", "one_side_alone", "cut_adjective_tail", "extend_left", "has_inner_pronoun", "is_title_fragment"]
