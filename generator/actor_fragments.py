"""Span repairs for tagger fragments: glued coordinations, adjective tails, title pieces.

The small spaCy model often tags a piece of a longer capitalised phrase or two names
joined by "and" as one entity. These pure functions over a parsed ``Doc`` decide, from
the sentence alone, where such a span really splits or whether it is a fragment:

* :func:`conjuncts` - "Gazprom and Rosneft" -> two spans (when one is named alone in the
  text); "Sweeney Todd and A Funny Thing Happened" -> the first (the second is a title
  starting with "A"); "The Independent and The Times" -> both; "Scotland-England" -> both
  (when each is named alone); "Food and Agriculture Organisation", "St Kitts and Nevis"
  stay whole;
* :func:`cut_adjective_tail` - "Athens Olympic 100m silver medallist" -> "Athens";
  "the Olympic heptathlon champion" -> nothing (an adjective modifying a common noun);
* :func:`is_title_fragment` - "Circle" in "the Critics' Circle", "Sea" in "Beyond the
  Sea": the span is the tail of a longer capitalised phrase the tagger did not cover;
  :func:`is_title_head`, :func:`ends_in_small_word` and :func:`is_graded_noun` find its
  start ("Assault" on Precinct 13), a piece ending in a verb ("Gone Are") or a grade
  ("Grade C");
* :func:`sentence_parts` - a span run over a sentence end ("Malcolm X. Besides Dee");
  :func:`substitutes` - two players of a team sheet ("Wheatley for Hatley (71)");
* spans that are no actor: an amount's currency or unit (:func:`after_amount`), a class
  noun after "a" (:func:`is_class_noun`), a portfolio (:func:`is_portfolio`), a
  sentence-initial gerund (:func:`is_gerund`);
* span ends moved: :func:`extend_left`, :func:`extend_over_and` and
  :func:`extend_over_small_word` put back words the tagger left out ("Pew Internet and
  American Life Project", "Reporters Without Borders"); :func:`strip_leading_verb` and
  :func:`strip_post_nominal` cut words that are not the name ("Banned", "QC", "Labour
  MPs"). More of these are in :mod:`generator.actor_ends`.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .english import is_modifier_word, is_third_person_verb
from .actor_rules import (
    DEMONYM_NOUNS, GENERATIONAL, KNOWN_ALIASES, NOBLE_TITLES, NOT_FIRST, ROLE_HEADS, TITLES, known_kind, name_key,
)

#: Last words that make "X and Y <word>" one name ("Food and Agriculture Organisation").
ORG_HEADS = frozenset(
    """
    organisation organization association council committee department ministry commission
    union bank university college institute foundation society company group party industry
    industries trust fund agency authority board office service services court school club
    federation league centre center museum academy alliance corporation partners brothers
    project programme network forum initiative institution house guild circle congress confederation
    chamber assembly coalition consortium clinic corps
    """.split()
)

#: Last words of the names of plans and laws, which "X and Y" may name as a whole.
_DOCUMENT_HEADS = frozenset("strategy act bill plan report policy review scheme charter treaty agreement accord directive".split())
_WHOLE_NAME_HEADS = ORG_HEADS | _DOCUMENT_HEADS

#: Adjective endings of words derived from names ("Olympic", "Biblical", "Shakespearean").
_ADJ_END = re.compile(r"(?:ic|ical|ian|ean|ese|ish)$")
#: Endings of demonyms, which stay as a group ("Ugandan" is not cut, "Danish" is a group).
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish)$")
_MODIFIER_DEPS = frozenset(("amod", "compound", "nmod"))
#: Adjectives of nations that do not end like one ("American", "Dutch").
_NATION_ADJECTIVES = frozenset("american african european mexican german dutch french greek thai swiss".split())
_ARTICLES = frozenset(("a", "an", "the"))
_NOBLE = NOBLE_TITLES | {"lord", "lady"}
#: Capitalised words before a one-word name that do not make it a fragment ("Mr Smith").
#: Months that are no common first word of a name (not "May", "March", "August", "April").
MONTHS = frozenset("january february june july september october november december".split())
#: All twelve months, and the days of the week.
CALENDAR_MONTHS = MONTHS | frozenset("march april may august".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Conjunctions that open a clause and start no name ("Though Sanders began ...").
_SUBORDINATORS = frozenset("though although whereas because unless whether while if".split())
#: Greetings before the people or person greeted ("Hi" + "Americans!", "Hello" + "Boston").
GREETINGS = frozenset("hi hello howdy goodbye".split())
_NOT_PHRASE = TITLES | ROLE_HEADS | _NOBLE | _SUBORDINATORS | GREETINGS | frozenset("st saint mount lake river new old".split())
_NOT_FIRST_NAME = _NOT_PHRASE | DEMONYM_NOUNS  # "Dutchman" + "Arnoud Okken"
_TITLE_ENTS = frozenset(("", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"))
_TITLE_PREPOSITIONS = frozenset(("of", "into"))
#: Words that continue a title after its first words ("Assault on Precinct 13").
_TITLE_LINKS = frozenset(("of", "on", "into", "with"))
#: Prepositions, conjunctions and verbs that start no name ("Without Borders" is a tail);
#: "First Group" or "Top Shop" start with words that may.
_SMALL_STARTS = frozenset(
    """
    about above across after against along amid among around as at before behind below beside
    besides between beyond but by despite down during except for from if in into nor of off on
    onto or out over per since than through throughout till to toward towards under unless until
    up upon via with within without is are was were be being been am going
    """.split()  # no modals: "Will Smith", "May"
)
#: Verbs that open a campaign slogan before a name ("Vote Blair", "Sack Smith").
_SLOGAN_VERBS = frozenset("vote elect re-elect back sack ditch save stop keep free get give".split())
#: Imperatives of a page's footer ("Follow Jeff Poor on Twitter", "Contact Ann Berg at ...").
FOOTER_VERBS = frozenset("follow contact email e-mail subscribe".split())
#: Verbs of a link to another piece, before its source's name ("(Watch TIME's video ...)").
_PROMO_VERBS = frozenset("watch read see listen".split())
#: Lowercase particles inside surnames ("Os du Randt", "Ruud van Nistelrooy").
_SURNAME_PARTICLES = frozenset("de du da di van von der den le la".split())
#: Adverbs of degree that start no name ("Very Scandinavian").
_DEGREE_ADVERBS = frozenset(("very", "quite", "rather"))
_POSSESSIVE_PRONOUNS = frozenset(("My", "Our", "Your", "His", "Her", "Their", "Its"))
_INITIAL = re.compile(r"^[A-Z]\.$")
_SMALL_POS = frozenset(("AUX", "VERB", "ADP", "CCONJ", "SCONJ", "PART"))  # not "The Who"


def conjuncts(doc: Doc, i: int, j: int, label: str) -> list[tuple[int, int]]:
    """Token ranges of the names inside entity ``doc[i:j]`` joined by "and" (or "&" for people).

    Places never split ("Trinidad and Tobago"), nor names whose last word heads an
    organisation ("Trade and Industry Department"). A right side that starts with "A"/"An"
    is a new title and is dropped; one that starts with "The" is a second name; otherwise
    both sides are kept when each is one to three capitalised nouns and one of them is
    also tagged alone in the text.
    """
    if j - i == 3 and _hyphen_pair(doc, i):
        return [(i, i + 1), (i + 2, j)]  # "the Scotland-England fixture"
    if label in ("GPE", "LOC"):
        return [(i, j)]
    for k in range(i + 1, j - 1):
        t = doc[k]
        if not (t.lower_ == "and" or (t.text == "&" and label == "PERSON")):
            continue
        right = doc[k + 1]
        if right.text in ("A", "An"):
            return [(i, k)]  # "Sweeney Todd and A Funny Thing Happened": a second title
        repeated = right.lower_ == doc[i].lower_ and doc[i:k].text.lower() != doc[k + 1 : j].text.lower()
        if right.text == "The" or repeated:  # not "Johnson and Johnson"
            return [(i, k), (k + 1, j)]  # "The Independent and The Times", "Robocop and Robocop 2"
        if doc[j - 1].lower_ in _WHOLE_NAME_HEADS:
            return [(i, j)]  # "Community Cohesion and Race Equality Strategy"
        left_toks = [x for x in doc[i:k] if x.lower_ not in _ARTICLES]
        right_toks = list(doc[k + 1 : j])
        sides_ok = all(  # ("Hewlett-Packard": a hyphen inside a word)
            0 < len(side) <= 3
            and all(x.text[:1].isupper() and x.pos_ in ("PROPN", "NOUN") for x in side if not _inner_hyphen(x))
            for side in (left_toks, right_toks)
        )
        if label == "PERSON" or (sides_ok and (one_side_alone(doc, left_toks, right_toks) or _ends_list(doc, i))):
            return [(i, k), (k + 1, j)]
        if _two_long_names(left_toks, right_toks):
            return [(i, k), (k + 1, j)]
        return [(i, j)]
    return [(i, j)]


def substitutes(doc: Doc, i: int, j: int) -> list[tuple[int, int]] | None:
    """The two players of a substitution in a team sheet tagged as one entity ("Wheatley for
    Hatley (71)", "Danaher for Gustard 66"): one capitalised word each side of "for", a
    minute after. None for anything else ("Office for National Statistics")."""
    if j - i != 3 or doc[i + 1].lower_ != "for" or j >= len(doc):
        return None
    minute = doc[j + 1] if doc[j].text == "(" and j + 1 < len(doc) else doc[j]
    sides = (doc[i], doc[j - 1])
    if not (minute.like_num and all(t.is_alpha and t.text.istitle() and t.lower_ not in ORG_HEADS for t in sides)):
        return None
    return [(i, i + 1), (j - 1, j)]


#: Marks that open an item of a list such as a team sheet ("G Thomas; S Jones, D Peel").
_LIST_MARKS = frozenset((",", ";", ":"))


def listed_initial(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a one-letter capital opening an item of a list ("; A Jones,", ", D Peel")?"""
    t = doc[k]
    return len(t.text) == 1 and t.text.isupper() and k > 0 and doc[k - 1].text in _LIST_MARKS


def _inner_hyphen(t) -> bool:
    """Is ``t`` a hyphen inside a word ("Hewlett-Packard")?"""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _ends_list(doc: Doc, i: int) -> bool:
    """Does the entity starting at ``doc[i]`` end a list of names, after a comma and another
    entity ("Comedy Central, VH1 and Country Music TV")? Not the rest of a department's
    portfolio ("Department for Culture, Media and Sport")."""
    if i < 2 or doc[i - 1].text != "," or not doc[i - 2].ent_type_:
        return False
    k = i - 2
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return not any(t.lower_ in ("for", "of") for t in doc[k : i - 1])


def _two_long_names(left, right) -> bool:
    """Are both sides of "X and Y" names of two or more words ("UK Sport and Sport England",
    "Duchy of Lancaster and Duchy of Cornwall")? A left side with "of"/"for" is one name
    continued by the right side ("London School of Economics and Political Science") unless
    the right side starts with the same word ("Duchy of ... and Duchy of ...")."""
    if len(left) < 2 or len(right) < 2 or not all(x.text[:1].isupper() for x in (left[0], right[0], left[-1], right[-1])):
        return False
    if any(x.lower_ in ("of", "for", ",") for x in left):
        return right[0].lower_ == left[0].lower_
    return True


def one_side_alone(doc: Doc, left, right) -> bool:
    """Is one side of "X and Y" tagged on its own elsewhere in the text ("Gazprom and Rosneft"
    after "Rosneft said")? Without such evidence "Hornsey and Wood Green" stays one name."""
    return bool(_sides(left, right) & _names_outside(doc, left[0].i, right[-1].i + 1))


def _hyphen_pair(doc: Doc, i: int) -> bool:
    """Is ``doc[i:i + 3]`` two names joined by a hyphen, each tagged on its own elsewhere in
    the text ("the Scotland-England fixture", "Israeli-Palestinian talks")? Not "Coca-Cola"
    or a double-barrelled surname, whose halves are never named alone."""
    a, dash, b = doc[i], doc[i + 1], doc[i + 2]
    if dash.text not in ("-", "–") or a.whitespace_ or dash.whitespace_:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in (a, b)):
        return False
    return _sides([a], [b]) <= _names_outside(doc, i, i + 3)


def _sides(left, right) -> set[str]:
    return {" ".join(t.lower_ for t in side) for side in (left, right)}


def _names_outside(doc: Doc, i: int, j: int) -> set[str]:
    """Lowercased words of the entities of ``doc`` outside ``doc[i:j]`` (articles and
    possessives left out)."""
    out = set()
    for ent in doc.ents:
        if ent.end <= i or ent.start >= j:
            out.add(" ".join(t.lower_ for t in ent if t.lower_ not in _ARTICLES and not t.is_punct and t.tag_ != "POS"))
    return out


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
    nation = j - i > 1 and last.lower_ in _NATION_ADJECTIVES and doc[j - 2].is_title  # "Buccaneers American" + "team"
    faith = j - i > 1 and last.pos_ == "ADJ" and last.lower_.endswith("an") and doc[j - 2].is_title  # "Toowoomba Anglican" + "school"
    if not _ADJ_END.search(last.lower_) and not nation and not faith:
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
    if prev.lower_ in ("for", "of") or (prev.lower_ == "the" and doc[i - 2].lower_ in ("for", "of")):
        k = i - 1 if prev.lower_ != "the" else i - 2  # "Medical Foundation for the" + "Care of ..."
        if k >= 1 and doc[k - 1].ent_type_ == "ORG" and doc[k - 1].lower_ in ORG_HEADS and label != "GPE":
            return True
    if prev.text in _POSSESSIVE_PRONOUNS and not prev.is_sent_start:
        return True  # "How Green Was My Valley"
    if j - i != 1:
        return False
    if doc[i].text.isupper() or name_key(doc[i].text) in KNOWN_ALIASES:
        return False  # "the New World of the US"
    listed = j < len(doc) and doc[j].text in (",", "and", "&")  # "the Alliance of Brazil, Russia"
    if prev.lower_ == "the" and _title_preposition(doc, i - 2) and label not in ("GPE", "NORP"):
        return True  # "Beyond the Sea"; not '"In the UK ...' at the start of a quote
    k = i - 2 if prev.lower_ == "the" else i - 1  # "Lord of the Rings", "Flight into Danger"
    if k >= 1 and doc[k].text in _TITLE_PREPOSITIONS and not listed:  # not "the Cuckoo's Nest in London"
        word = doc[k - 1].lower_.rstrip(".")
        return _bare_capital(doc, k - 1) and word not in TITLES | ROLE_HEADS | _NOBLE
    return False


def _title_preposition(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a capitalised preposition inside a sentence, after a word or a comma
    ("the film Beyond the Sea", "new film, Beyond the Sea")?"""
    if not _small_word_inside(doc[k]) or k < 1:
        return False
    before = doc[k - 1]
    return before.is_alpha or before.text == ","


def extend_left(doc: Doc, i: int, j: int, label: str = "") -> int:
    """Start of a one-word name once the untagged proper nouns right before it are added:
    "Pop" + "Idol", "BNP" + "Paribas", "JM" + "Coetzee", "Tirunesh" + "Dibaba" (at most two);
    and of a person's two-word name after a comma or "and": "Manjit" + "Singh Gill"."""
    if label == "PERSON" and j - i == 2 and i > 1 and doc[i - 2].text in (",", "and", "&"):
        prev = doc[i - 1]
        named = prev.pos_ == "PROPN" and prev.whitespace_ == " " and prev.lower_ not in _NOT_FIRST_NAME
        if named and _bare_capital(doc, i - 1):
            return i - 1
    if j - i != 1:
        return i
    if i > 0 and doc[i - 1].text.istitle() and name_key(doc[i - 1 : j].text) in KNOWN_ALIASES:
        return i - 1  # "Liberal" + "Democrat": a known name, not the word alone
    if i > 0 and doc[i - 1].text == "A" and listed_initial(doc, i - 1) and label in ("PERSON", "ORG"):
        return i - 1  # "; A Jones," in a team sheet: an initial, not the article
    k = i
    while k > 1 and doc[k - 1].text in _SURNAME_PARTICLES and i - k < 2:
        k -= 1  # "Os" + "du Randt", "Schalk" + "van der Merwe"
    if k < i and label == "PERSON" and _bare_capital(doc, k - 1) and doc[k - 1].is_alpha:
        if doc[k - 1].lower_ not in _NOT_FIRST_NAME:  # not "Judge" + "van Dyke"
            return k - 1
    k = i
    while k > 0 and i - k < 2:
        prev = doc[k - 1]
        if not (
            _bare_capital(doc, k - 1)
            and prev.pos_ == "PROPN"
            and prev.whitespace_ == " "
            and prev.lower_.rstrip(".") not in _NOT_PHRASE
            and not (prev.lower_.endswith("s") and prev.lower_[:-1] in TITLES)  # not "Senators" + "McCain"
            and not (label != "PERSON" and prev.lower_ in MONTHS)  # not "July" + "Democratic" convention
            and not (is_modifier_word(prev.text) and known_kind(name_key(doc[i:j].text)))  # "Presumptive" + "GOP"
        ):
            break
        k -= 1
    return k


#: Words after a number that make it an amount ("5.45m Euros", "3 million Euros").
_MAGNITUDES = frozenset("m bn k million billion thousand trillion".split())
_AMOUNT = re.compile(r"^\d[\d,]*\.\d+$|^\d{1,3}(?:,\d{3})+$|^\d[\d.,]*(?:m|bn|k)$", re.I)
#: Portfolios tagged as people ("Lifelong Learning Minister Jim Wallace").
_PORTFOLIO_HEADS = frozenset(("minister", "secretary", "commissioner"))
#: Words before a portfolio that say when its holder held it ("New Home Secretary").
_TITLE_MODIFIERS = frozenset("new former acting interim outgoing incoming".split())
#: Letters after a name that are no part of it ("Guy Mansfield QC").
POST_NOMINALS = frozenset("qc kc obe mbe cbe kbe dbe phd".split())
_MEMBER = frozenset(("mp", "msp", "mep"))
#: Plural nouns for the members of a party or body ("Labour MPs", "Tory peers").
MEMBERS = frozenset("mps msps meps ams mlas councillors peers backbenchers activists supporters voters".split())


def after_amount(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]`` a currency or unit right after an amount ("5.45m Euros", "885,000
    Euros")? A plain integer is no amount here ("10 Downing Street", "in 2004 Apple said"),
    a group stays ("22 million Americans"), and a name before a noun is a brand ("180,000
    Rover cars")."""
    if i < 1 or label == "NORP":
        return False  # a group ("22 million Americans")
    prev = doc[i - 1]
    if prev.like_num and not prev.whitespace_ and (j - i == 1 or len(doc[i]) == 1):
        return True  # "a 30GB version", "the 50K Walk"
    if j < len(doc) and (doc[j].pos_ in ("NOUN", "PROPN") or _joined(doc, j)):
        return False  # a brand ("Rover cars") or a compound ("6,100 UK-based staff")
    if prev.lower_ in _MAGNITUDES and i >= 2 and doc[i - 2].like_num:
        return True
    if prev.like_num and j - i == 1 and _is_unit(doc[i].text):
        return True  # "512 Kbps"
    return bool(_AMOUNT.match(prev.text))


def _joined(doc: Doc, j: int) -> bool:
    """Is the span ending before ``doc[j]`` joined to what follows ("UFJ-MTFG", "UK-based")?"""
    return not doc[j - 1].whitespace_ and doc[j].text in ("-", "–", "/")


def _is_unit(word: str) -> bool:
    """A unit's abbreviation: letters without a vowel, not an acronym ("Kbps", "GHz", not "BBC")."""
    return len(word) >= 3 and word.isalpha() and not word.isupper() and not set(word.lower()) & set("aeiouy")


def is_class_noun(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]`` a whole noun phrase after "a"/"an" ("a Royal Marine", "an MSP", "an
    Evil Twin" tagged as a person)? One of a kind, not a named actor. Places stay ("a US,
    exhausted by the war"); "a Labour MP", "an EU-wide ban" or "an EU country" keep their
    name, which only modifies what follows, and so does "a Digital Solidarity Fund", whose
    last word makes it a body."""
    if label in ("NORP", "GPE", "LOC") or i < 1 or doc[i - 1].lower_ not in ("a", "an"):
        return False
    if doc[j - 1].lower_ in ORG_HEADS:
        return False
    if j >= len(doc):
        return True
    if _joined(doc, j):
        return False
    return doc[j].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and doc[j].tag_ != "POS"


#: Last words of a job's title; not of a body's name ("Health and Safety Executive").
_JOB_WORDS = (ROLE_HEADS - {"executive", "general", "member", "fellow", "expert", "chair", "head"}) | frozenset(
    "coordinator co-ordinator administrator organiser organizer controller".split()
)


def is_role_title(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]``, tagged as a body, the title of someone's job after a possessive or
    a determiner ("the venue's Promotions Coordinator", "its Marketing Director")?"""
    if label == "PERSON" or j - i < 2 or i == 0 or doc[j - 1].lower_ not in _JOB_WORDS:
        return False
    if any(t.lower_ in ORG_HEADS for t in doc[i:j]):
        return False  # "the Office of the Deputy Prime Minister"
    before = doc[i - 1]
    return before.tag_ == "POS" or before.lower_ in ("the", "its", "their", "his", "her", "our", "a")


def is_portfolio(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]`` a minister's portfolio: a "person" before "Minister" ("Lifelong
    Learning Minister"), one word before "minister" and a name ("Education minister Ivan
    Lewis", "Trade Commissioner Peter Mandelson"), or a name after "Secretary of State for"
    ("International Development")?
    Bodies named in full stay ("Home Office minister")."""
    if label not in ("PERSON", "NORP", "GPE") and _after_portfolio_title(doc, i):
        return True  # "Secretary of State for" + "International Development"
    if label == "ORG" and i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in ("minister", "secretary") and (
        doc[j - 1].lower_ in _FIELDS
    ):
        return True  # "Minister of" + "Women's Affairs"; not "the energy minister of" + "Opec"
    if label != "PERSON" and j - i == 1 and _before_portfolio_list(doc, j):
        return True  # "Culture" + ", Media and Sport Secretary Tessa Jowell"
    if label == "ORG" and j - i == 1 and not known_kind(name_key(doc[i].text)) and _field_words_before_title(doc, j):
        return True  # "Fair" + "Trading Minister John Aquilina": the field's first word
    if j >= len(doc) or doc[j].lower_ not in _PORTFOLIO_HEADS:
        return False
    if label == "PERSON":
        return True
    one_word = j - i == 1 or (j - i == 2 and doc[i].lower_ in _TITLE_MODIFIERS)  # "New Home" + "Secretary"
    listed = j - i <= 5 and any(t.lower_ in ("and", "&") for t in doc[i:j])  # "Trade and Industry" + "Secretary"
    people = label != "NORP" or not is_people_word(doc[i].lower_)  # "Culture" tagged as a group; not "Welsh"
    return (one_word or listed) and _person_after(doc, j + 1) and people


#: Last words of a minister's field ("Foreign Affairs", "Defence").
_FIELDS = frozenset(
    """
    affairs defence defense health education finance justice interior trade industry development transport
    culture environment agriculture energy labour labor security housing employment welfare
    """.split()
)


def _field_words_before_title(doc: Doc, j: int) -> bool:
    """Do one or two untagged capitalised words, a minister's title and a person's name
    follow ``doc[j - 1]`` ("Fair" + "Trading Minister John Aquilina")?"""
    k = j
    while k < len(doc) and k - j < 2 and doc[k].text.istitle() and doc[k].is_alpha and not doc[k].ent_type_:
        if doc[k].lower_ in _PORTFOLIO_HEADS:
            break
        if doc[k].lower_ in _TITLE_OR_RANK:
            return False  # "Treasury" + "Under Secretary John Taylor": the body, and a rank of its title
        k += 1
    return j < k < len(doc) and doc[k].lower_ in _PORTFOLIO_HEADS and _person_after(doc, k + 1)


#: Words of a rank inside a title ("Under Secretary", "Assistant Commissioner").
_RANK_WORDS = frozenset("under assistant associate junior senior permanent".split())
_TITLE_OR_RANK = TITLES | _RANK_WORDS


def _person_after(doc: Doc, k: int) -> bool:
    """Does a person's name start at ``doc[k]``, or after a comma there ("Commissioner, Louis Michel")?"""
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON"


def is_people_word(word: str) -> bool:
    """Does ``word`` look like the name of a people ("Welsh", "Scottish", "Kenyan", "Dutch")?"""
    if _DEMONYM_END.search(word) or word.endswith(("sh", "ch", "an")):
        return True
    return known_kind(word) == "group"


def _before_portfolio_list(doc: Doc, j: int) -> bool:
    """Does ``doc[j:]`` go on with a comma, capitalised words with "and", a minister's title
    and a name ("Culture" + ", Media and Sport Secretary Tessa Jowell")? Not "Kamal Nath,
    Commerce and Industry Minister" (a name, two words) nor "Edinburgh, Wales Secretary" (no "and")."""
    if j >= len(doc) or doc[j].text != ",":
        return False
    k, joined = j + 1, False
    while k < len(doc) and k - j < 8 and (doc[k].text in (",", "&") or doc[k].lower_ == "and" or doc[k].text.istitle()):
        if doc[k].lower_ in _PORTFOLIO_HEADS:
            return joined and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON"
        joined = joined or doc[k].lower_ in ("and", "&")
        k += 1
    return False


def _after_portfolio_title(doc: Doc, i: int) -> bool:
    """Does ``doc[i]`` follow "Secretary of State for"? ("General secretary of Unison" and
    "the energy minister of Opec member Algeria" name a union and a body.)"""
    if i >= 2 and doc[i].lower_ == "state" and i + 1 < len(doc) and doc[i + 1].lower_ == "for":
        i += 2  # the tagger took "State for Culture"
    words = [t.lower_ for t in doc[max(0, i - 4) : i]]
    return words == ["secretary", "of", "state", "for"]


def is_title_head(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]`` the start of a longer title the tagger cut before a preposition
    ("Assault" in "Assault on Precinct 13", "Museum" in "Museum of Modern Art")? What
    follows is an untagged capitalised word; "Bank of England" tagged as "Bank" and
    "England" keeps "Bank". One-word spans only, and never people ("Tom Lyle of Acme
    Widgets") or places ("West Coast Main Line at Longtown" is not a title)."""
    if label == "PERSON" or j - i != 1 or j + 1 >= len(doc) or doc[j].lower_ not in _TITLE_LINKS:
        return False
    k = j + 2 if doc[j + 1].lower_ in _ARTICLES else j + 1  # "Girl with a Pearl Earring"
    return k < len(doc) and _bare_capital(doc, k) and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].ent_type_ == ""


def place_after_at(doc: Doc, i: int, j: int, label: str) -> str:
    """The label of a one-word "person" after "at", which names a place ("met Napoleon at
    Tilsit"), unless a possessive follows ("at Smith's request"); and of a one-word name
    after a lowercase noun for a place and "of" ("the port of Lysmark", "the town of
    Hallsund")."""
    if label == "PERSON" and j - i == 1 and i > 0 and doc[i - 1].text == "at" and (j >= len(doc) or doc[j].tag_ != "POS"):
        return "GPE"
    if label in ("PERSON", "ORG") and j - i == 1 and i > 1 and doc[i - 1].text == "of" and doc[i - 2].text in _PLACE_NOUNS:
        return "GPE"
    return label


#: Lowercase nouns for a place before "of" and its name ("the port of Lysmark").
_PLACE_NOUNS = frozenset("port city town village county state island province region capital borough".split())


#: Nouns that name the work after them ("the album Hopes and Fears", "the film Ray"); as
#: nouns only ("a single AAA battery", "figures show Roger Federer" name no work); not
#: "hit", which is mostly a verb.
WORK_NOUNS = frozenset(
    """
    album albums song songs single film films movie movies programme series sitcom drama documentary novel musical
    track show book play opera comedy thriller biopic sequel remake cartoon
    """.split()
)


def _work_noun(t) -> bool:
    """Is ``t`` a lowercase noun for a work before its title ("the film", not "to play")?"""
    if t.lower_ not in WORK_NOUNS:
        return False
    if t.lower_ == "single" and t.pos_ != "NOUN":
        return False  # "a single AAA battery"
    return t.text.islower() and t.pos_ not in ("VERB", "AUX") and t.whitespace_ == " "


def is_work_title(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` the title of a work named right after a noun for it ("the album Hopes
    and Fears", "the BBC drama Vera Drake")? A work, not an actor. A name followed by a
    verb is the subject of a clause ("every track Robbie has released", "the song Britons
    would like")."""
    prev = doc[i - 1] if i > 0 else None
    if prev is None or not _work_noun(prev):
        return False
    return j >= len(doc) or doc[j].pos_ not in ("AUX", "VERB")  # not "every track Robbie has released"


#: Small words inside the title of a work ("Maria Full of Grace", "Hopes and Fears").
TITLE_INNER = frozenset("of the and & a an".split())


def work_titles(doc: Doc) -> list[str]:
    """Titles of works the text names right after a noun for them, two capitalised words or
    more ("the Colombian drama Maria Full of Grace", "the film Million Dollar Baby"): the
    capitalised words after the noun, with the small words between them."""
    out = []
    for t in doc[:-1]:
        if not _work_noun(t):
            continue
        quoted = _quoted_title(doc, t.i + 1)
        if quoted:
            out.append(quoted)
            continue
        k, last, capitals = t.i + 1, t.i, 0
        while k < len(doc) and (doc[k].text.istitle() and doc[k].is_alpha or doc[k].lower_ in TITLE_INNER and k > t.i + 1):
            if doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON":
                break  # "the biopic Ray and Mike Leigh's drama": a person after "and"
            if doc[k].text.istitle() and doc[k].is_alpha:
                last, capitals = k, capitals + 1
            k += 1
        if capitals >= 2 and (last + 1 >= len(doc) or doc[last + 1].pos_ not in ("AUX", "VERB")):
            out.append(doc[t.i + 1 : last + 1].text)
    return out


def quoted_pair_titles(text: str) -> list[str]:
    """Titles in quotes that join capitalised words with "and" or "or" ("told "Fox and
    Friends"", "‘Ebony and Ivory,’", "''Bernie or Bust''"): a show's or a song's name or a
    slogan, not two actors (not "&", which joins the halves of one name: "Marks & Spencer")."""
    out = []
    for m in _QUOTED.finditer(text):
        title = (m.group(1) or m.group(2)).rstrip(",.;:!?")
        words = title.split()
        joined = "and" in words[1:-1] or "or" in words[1:-1]
        if joined and len(words) <= 6 and all(w[:1].isupper() or w in TITLE_INNER or w == "or" for w in words):
            out.append(title)
    return out


#: A phrase in quotes, or in the doubled apostrophes of some papers' archives (''Bernie or Bust'').
_QUOTED = re.compile(r"(?<![\w'’])[\"“‘]([A-Z][^\"“”‘’\n]{2,60}?)[\"”’](?!\w)|''([A-Z][^'\n]{2,60}?)''")


_OPENING_QUOTES = frozenset(('"', "“", "``", "'", "‘", "''"))
_CLOSING_QUOTES = frozenset(('"', "”", "''", "'", "’"))


def _quoted_title(doc: Doc, k: int) -> str:
    """The title in quotes at ``doc[k]``, after a noun for a work and "called" or "titled"
    if any ("a play called "Los Hijos de Trump"", "the film "Sons of Trump""), in any
    language and with any small words; "" when none opens there or it runs past 12 words."""
    if k < len(doc) and doc[k].lower_ in ("called", "titled", "entitled", "named"):
        k += 1
    if k >= len(doc) or doc[k].text not in _OPENING_QUOTES:
        return ""
    for end in range(k + 2, min(k + 14, len(doc))):
        if doc[end].text in _CLOSING_QUOTES or doc[end].is_punct and doc[end + 1 : end + 2].text in _CLOSING_QUOTES:
            title = doc[k + 1 : end].text
            return title if title[:1].isupper() and len(title.split()) >= 2 else ""
    return ""


def opens_sentence(doc: Doc, i: int) -> bool:
    """Does ``doc[i]`` start a sentence: so the parser says, or a full stop, "?" or "!"
    (and a closing quote) comes right before it, maybe with an opening quote ("... a much
    harder climb.”  Bashing Trump may be ...", "electorate.  ''Realistically, ..."), where
    the parser runs on."""
    if doc[i].is_sent_start:
        return True
    if i == 0 or doc[i - 1].is_alpha:
        return False  # a word right before: no sentence end
    before = "".join(t.text_with_ws for t in doc[max(0, i - 5) : i])  # (not doc.text: built anew on each call)
    return bool(_SENTENCE_END.search(before))


#: A lowercase word or a figure, then a full stop, "?" or "!", a closing quote maybe, and
#: spaces: the end of a sentence ("climb.” "), not "Mr. ", "Gov. " or "U.S. ".
_SENTENCE_END = re.compile(r"(?<![\w.])[a-z0-9]+[.!?][\"”’')]?\s+(?:[\"“‘']{1,2}|``)?$")


def is_participle_clause(doc: Doc, i: int, j: int) -> bool:
    """Is the one word ``doc[i:j]`` a verb opening its sentence: a past participle before
    "by" ("Hounded by the press, Tevez ...", "Stung by the score") or a verb before its
    particle ("Calm down")?"""
    t = doc[i]
    if j - i != 1 or not opens_sentence(doc, i) or j >= len(doc):
        return False
    if doc[j].lower_ == "by" and (t.lower_.endswith("ed") or t.tag_ == "VBN"):
        return True
    return t.tag_ == "VB" and doc[j].tag_ == "RP"


def is_gerund(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` a verb starting its sentence ("Registering names ... is easy")?"""
    t = doc[i]
    return j - i == 1 and opens_sentence(doc, i) and t.tag_ == "VBG" and j < len(doc) and doc[j].text[:1].islower()


def sentence_parts(doc: Doc, i: int, j: int) -> list[tuple[int, int]]:
    """Token ranges of the names in ``doc[i:j]`` when the tagger ran over a sentence end:
    a capitalised small word after a full stop starts a new sentence ("Malcolm X. Besides
    Dee" -> "Malcolm X"); so does a name after a name's closing initial ("Malcolm X.
    Attallah Shabazz" -> both names). "George W. Bush", "J. R. Tolland" and "John G. Roberts
    Jr." stay whole."""
    for k in range(i + 1, j):
        t, prev = doc[k], doc[k - 1]
        if not (t.text[:1].isupper() and prev.text.endswith(".")):
            continue
        if t.lower_ in STOP_WORDS:
            return [(i, k - 1 if prev.text == "." and k - 1 > i else k)]
        if prev.text == ".":  # "X" "." as two tokens
            at = k - 2
            initial = at >= 0 and len(doc[at].text) == 1 and doc[at].text.isupper() and not doc[at].whitespace_
        else:
            at, initial = k - 1, bool(_INITIAL.match(prev.text))
        next_initial = bool(_INITIAL.match(t.text)) or (len(t.text) == 1 and t.text.isupper())
        suffixed = doc[j - 1].lower_.rstrip(".") in GENERATIONAL  # "John G. Roberts Jr.": a middle initial
        suffixed = suffixed or any(doc[x].lower_ in ORG_HEADS for x in range(k, j))  # "Peter G. Peterson Institute"
        if initial and at > i and j - k >= 2 and not next_initial and not suffixed:
            if all(doc[x].text[:1].isupper() and doc[x].pos_ == "PROPN" for x in range(k, j)):
                return [(i, at + 1), (k, j)]
    return [(i, j)]


def ends_in_small_word(doc: Doc, i: int, j: int) -> bool:
    """Does ``doc[i:j]`` end in a capitalised verb or small word ("Gone Are" of "Gone Are the
    Days")? A piece of a title, not a name."""
    last = doc[j - 1]
    return j - i > 1 and last.text[:1].isupper() and last.lower_ in STOP_WORDS and last.pos_ in _SMALL_POS


def is_graded_noun(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` a word and a letter from a series ("Grade C" after "Grade B", "Class
    A", "Plan B")? The word is also used with another letter, or in lowercase, in the text;
    people keep their letter ("Malcolm X")."""
    if j - i != 2 or doc[i].ent_type_ == "PERSON" or not (len(doc[i + 1].text) == 1 and doc[i + 1].text.isupper()):
        return False
    word, letter = doc[i].text, doc[i + 1].text
    series = re.search(rf"\b{re.escape(word)} (?!{letter}\b)[A-Z]\b", doc.text)
    return bool(series) or re.search(rf"\b{re.escape(word.lower())}\b", doc.text) is not None


def strip_leading_verb(doc: Doc, i: int, j: int) -> int:
    """Start of ``doc[i:j]`` once a sentence-initial past participle is cut ("Banned American
    sprinter" -> "American", "Jailed Russian tycoon"), or a gerund before a title
    ("Describing Mr Jackson"), a preposition ("Across Wales"), a conjunction ("Though
    Sanders"), an adverb ("Nevertheless
    Franz Ferdinand", "Very Scandinavian") or a verb of saying before its speaker ("Said
    Wales coach"). One-word spans are left alone: a place like "Reading" may be tagged
    as a verb."""
    t = doc[i]
    first = opens_sentence(doc, i)  # the parser may miss a sentence start after a quote
    if j - i > 1 and first and t.tag_ in ("VBN", "VBD") and t.ent_type_ != "PERSON":
        return i + 1
    if j - i > 1 and first and t.text in ("Said", "Says") and t.pos_ == "VERB":
        return i + 1  # "Said Wales coach Scott Johnson: ...": the quote's verb comes first
    opens = first or (i > 0 and doc[i - 1].text in (",", ";", ":", "-", "'", '"'))
    named = i > 0 and doc[i - 1].lower_ in ("the", "a", "an") and j < len(doc) and doc[j].is_lower
    if j - i == 2 and (opens or named) and t.lower_ in _SLOGAN_VERBS and doc[i + 1].pos_ == "PROPN":
        return i + 1  # "Vote Blair, Get Brown", "the Stop Trump movement": a slogan's verb
    if j - i > 1 and first and t.lower_ in FOOTER_VERBS and doc[i + 1].text[:1].isupper():
        return i + 1  # "Follow Jeff Poor on Twitter"
    bracket = i > 0 and doc[i - 1].text == "("
    if j - i > 1 and (first or bracket) and t.lower_ in _PROMO_VERBS and t.ent_type_ != "PERSON" and doc[i + 1].text[:1].isupper():
        return i + 1  # "(Watch TIME's video ...)", "Read Reuters' report": a link's imperative
    if j - i > 2 and first and (t.tag_ == "VBG" or t.lower_.endswith("ing")) and doc[i + 1].lower_.rstrip(".") in TITLES:
        return i + 1  # "Describing Mr Jackson"
    if j - i > 1 and first and t.pos_ == "ADP" and t.lower_ in STOP_WORDS:
        return i + 1  # "Across Wales, pickets were held"
    if j - i > 1 and first and t.lower_ in _SUBORDINATORS and doc[i + 1].text[:1].isupper():
        return i + 1  # "Though Sanders began ...", however it is tagged
    if j - i > 1 and first and t.tag_ == "RB" and t.lower_.endswith(("less", "theless", "ever", "ly")):
        return i + 1  # "Nevertheless Franz Ferdinand were ...", "However Mr Smith"
    if j - i > 1 and first and t.lower_ in _DEGREE_ADVERBS and doc[i + 1].lower_ not in TITLES:
        return i + 1  # "Very Scandinavian...": an adverb before an adjective; not "Very Rev"
    if j - i > 1 and opens and t.tag_ == "VBZ" and t.text.istitle() and i > 0 and is_third_person_verb(t.text):
        return i + 1  # "... continues; Takes Wisconsin, but": a headline's verb
    if j - i > 1 and (opens or i > 0 and doc[i - 1].text == ";") and is_modifier_word(t.text) and known_kind(name_key(doc[i + 1 : j].text)):
        return i + 1  # "Presumptive GOP nominee": an adjective before a widely known name
    if j - i > 1 and first and (t.tag_ == "MD" or t.lower_ in _QUESTION_VERBS) and _asks(doc, i):
        return i + 1  # "Will Cruz's gambit do any better?", "Are Urban Meyer and ...?": a question's verb, not "Will Smith"
    return i


#: Verbs that open a question before its subject ("Are Urban Meyer and Nick Saban ...?").
_QUESTION_VERBS = frozenset("is are was were do does did has have had".split())


def _asks(doc: Doc, i: int) -> bool:
    """Does the sentence of ``doc[i]`` end with a question mark?"""
    sent = doc[i].sent
    last = [t for t in sent if not t.is_space and not t.is_quote]
    return bool(last) and last[-1].text == "?"


def extend_over_small_word(doc: Doc, i: int, j: int) -> int | None:
    """Start of a span that begins with a capitalised small word ("Without Borders" of
    "Reporters Without Borders"): the untagged capitalised words before it belong to the
    name; None when there are none (a piece of a title)."""
    if j - i < 2 or not _small_word_inside(doc[i]):
        return i
    k = i
    while k > 0 and i - k < 2 and _bare_capital(doc, k - 1) and doc[k - 1].lower_ not in _NOT_PHRASE:
        k -= 1
    return k if k < i else None


def extend_over_and(doc: Doc, i: int, j: int, label: str) -> int:
    """Start of an organisation the tagger only took the tail of, after "X and" ("Pew
    Internet and American Life Project", "Greek Track and Field Federation"): untagged
    capitalised words before "and"/"&" belong to it when the span ends in a word that
    heads a body. Lists of titles stay apart ("Forrest Gump and Castaway")."""
    if i < 2 or doc[i - 1].lower_ not in ("and", "&") or label == "PERSON" or doc[j - 1].lower_ not in ORG_HEADS:
        return i
    k = i - 1
    while k > 0 and i - 1 - k < 3 and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        t = doc[k - 1]  # "Public and Commercial Services" may start a sentence
        lone_org = t.ent_type_ == "ORG" and t.ent_iob_ == "B" and k - 1 == i - 2 and doc[k].ent_iob_ != "I"
        if not (t.text[:1].isupper() and t.is_alpha and (t.ent_type_ in _TITLE_ENTS or lone_org)):
            break
        if t.lower_.rstrip(".") in _NOT_PHRASE:
            break
        k -= 1
        if t.is_sent_start:
            break
    return k if k < i - 1 else i


def is_nationhood(word: str) -> bool:
    """Is ``word`` a noun for the quality of a nation ("Britishness", "Frenchness")? Not a
    place that merely ends so ("Inverness", "Caithness")."""
    w = word.lower()
    stem = w[:-4] if w.endswith("ness") else ""
    return len(stem) > 3 and (_DEMONYM_END.search(stem) is not None or stem in _NATION_ADJECTIVES)


def strip_post_nominal(doc: Doc, i: int, j: int, label: str) -> tuple[int, str]:
    """End of a name once letters after it are cut, and its label: honours and ranks after
    two names make a person ("Guy Mansfield QC" tagged as an organisation); "MP" is cut
    from a person only ("Ann Lee MP", but not from "Labour Party MP"); members after a
    party's name leave the party ("Labour MPs" tagged as a person)."""
    while j - i > 2 and doc[j - 1].text[:1].isupper():
        word = doc[j - 1].lower_.rstrip(".")
        if word in POST_NOMINALS:
            j, label = j - 1, "PERSON"
        elif word in _MEMBER and label == "PERSON":
            j -= 1
        else:
            break
    if j - i >= 2 and doc[j - 1].lower_ in MEMBERS and doc[j - 2].text[:1].isupper():
        j -= 1  # "Labour MPs" names the party; "Scottish MPs" a people
        label = "NORP" if _DEMONYM_END.search(doc[j - 1].lower_) else ("ORG" if label == "PERSON" else label)
    return j, label


_PERSONAL_PRONOUNS = frozenset("You We He She They Me Him Her Them".split())  # not "I": "Charles I"


def has_inner_pronoun(doc: Doc, i: int, j: int) -> bool:
    """A possessive or personal pronoun inside a span marks a title, not a name ("Guy's My
    Heart", "Uncle Roy All Around You")."""
    return any(
        (doc[k].lower_ in NOT_FIRST and doc[k].pos_ in ("PRON", "DET")) or doc[k].text in _PERSONAL_PRONOUNS
        for k in range(i + 1, j)
    )


def _small_word_inside(t) -> bool:
    """A capitalised preposition or small verb inside a sentence ("Beyond", "Without")."""
    return t.text.istitle() and t.lower_ in _SMALL_STARTS and not t.is_sent_start


def _bare_capital(doc: Doc, k: int) -> bool:
    """A capitalised word mid-sentence that is no actor entity ("Critics", "Emperor"; "Flight"
    tagged as a product)."""
    t = doc[k]
    return t.text[:1].isupper() and t.text.isalnum() and not t.is_sent_start and t.ent_type_ in _TITLE_ENTS


__all__ = [
    "MEMBERS",
    "ORG_HEADS",
    "POST_NOMINALS",
    "WORK_NOUNS",
    "after_amount",
    "conjuncts",
    "cut_adjective_tail",
    "ends_in_small_word",
    "extend_left",
    "extend_over_and",
    "extend_over_small_word",
    "has_inner_pronoun",
    "is_class_noun",
    "is_gerund",
    "is_nationhood",
    "is_participle_clause",
    "is_people_word",
    "is_graded_noun",
    "is_portfolio",
    "is_title_fragment",
    "is_work_title",
    "listed_initial",
    "is_title_head",
    "one_side_alone",
    "place_after_at",
    "sentence_parts",
    "strip_leading_verb",
    "strip_post_nominal",
    "substitutes",
]
