"""Per-document candidate mentions: spaCy entities cleaned by rules, plus their roles.

A :class:`Candidate` is one entity span after cleaning (leading "the", titles and
trailing possessives stripped, truncated names extended, junk dropped: see
:mod:`generator.actor_fragments`; terms of the document such as "Voice over IP (Voip)"
are dropped: see :mod:`generator.actor_terms`), with the descriptions the sentence gives
it (premodifiers such as "Kremlin spokesman" and appositions such as ", a prominent
pundit,").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .actor_fragments import (
    CALENDAR_MONTHS,
    FOOTER_VERBS,
    GREETINGS,
    MEMBERS,
    MONTHS,
    ORG_HEADS,
    POST_NOMINALS,
    WEEKDAYS,
    after_amount,
    conjuncts,
    cut_adjective_tail,
    ends_in_small_word,
    extend_left,
    extend_over_and,
    extend_over_small_word,
    has_inner_pronoun,
    opens_sentence,
    is_class_noun,
    is_nationhood,
    is_gerund,
    is_graded_noun,
    is_participle_clause,
    is_people_word,
    is_portfolio,
    is_role_title,
    is_title_fragment,
    is_title_head,
    is_work_title,
    listed_initial,
    place_after_at,
    sentence_parts,
    strip_leading_verb,
    strip_post_nominal,
    one_side_alone,
    substitutes,
)
from .actor_ends import (
    INQUIRIES,
    extend_over_band,
    extend_over_determiner,
    extend_over_elided_article,
    extend_over_elision,
    extend_over_head,
    extend_over_epithet,
    extend_over_hyphen,
    extend_over_list,
    extend_over_number,
    extend_over_of,
    extend_over_on,
    extend_over_repeat,
    extend_over_title_words,
    glued_hyphen,
    names_owned_work,
    nickname_end,
    nickname_start,
    owns_title,
    strip_minute,
    strip_paper,
)
from .actor_rules import (
    CHROME,
    COMBINING_FORMS,
    COUNTRIES,
    GENERATIONAL,
    HONORIFICS,
    KIND_OF_LABEL,
    KNOWN_ALIASES,
    NOT_FIRST,
    NAME_PARTICLES,
    NOBLE_TITLES,
    NOT_NAMES,
    ORG_PARTICLES,
    ORG_SUFFIXES,
    ROYAL_TITLES,
    PERSON_ROLES,
    ROLE_HEADS,
    TITLES,
    US_POSTAL_CODES,
    US_STATE_ABBREVIATIONS,
    US_STATES,
    is_acronym,
    is_demonym_noun,
    is_known_place,
    key_tokens,
    known_kind,
    name_key,
)
from .actor_terms import COMMON_TERMS, document_terms
from .actor_variants import FIRST_NAMES, acronym_pairs
from .english import is_adverb_word, is_english_word, is_gerund_word, is_modifier_word, is_third_person_verb
from .nlp import Analysis

#: Words for a relative, written before the name of someone introduced as one.
KIN_WORDS = frozenset(
    """
    husband wife son daughter brother sister father mother widow widower uncle aunt nephew niece
    cousin grandson granddaughter grandfather grandmother stepson stepdaughter stepfather
    stepmother boyfriend girlfriend fiance fiancé fiancee fiancée
    """.split()
)
#: Words that follow a name after a hyphen without being part of it ("Putin-led").
_HYPHEN_WORDS = frozenset("led backed based born era style like run owned made type linked allied free friendly esque ite ism ian ish".split())
_QUOTES = frozenset("\"'“”‘’«»`")
_BREAK_TAGS = frozenset(("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM", "ADV", "DET", "INTJ", "X", "SYM"))
_BREAK_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON"))
_ACRONYM_DEF = re.compile(r"(?:['’]s?)?\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")  # "Field's (USATF)"
_MAX_DESCRIPTION = 14
#: Prefixes joined to a name by a hyphen that leave the name ("ex-BBC presenter"); not
#: "anti", "pro" or "pre", which start names ("Anti-Doping Agency", "Pro-Life Alliance").
_PREFIXES = frozenset(("ex",))
#: Words before a title that make a longer title of it ("Executive Chairman", "Vice President").
_TITLE_MODIFIERS = frozenset("executive vice deputy senior chief assistant associate managing acting interim".split())
#: American parties' adjectives, before a chamber, a state or a person they qualify ("the
#: Republican Congress" is the Congress, "Libertarian Gary Johnson" is Gary Johnson).
PARTY_WORDS = frozenset("republican democratic democrat gop libertarian independent".split())
_CHAMBERS = frozenset("house senate congress".split())
#: Capitalised words after a name that do not continue it ("Labour" + "MPs", + "Minister").
_NOT_NAME_WORDS = TITLES | MEMBERS | {"ok", "okay"}


@dataclass
class Candidate:
    """One cleaned entity mention inside one document (mutable while resolving)."""

    doc: str
    sentence: int
    start: int
    end: int
    text: str
    label: str
    kind: str
    key: str
    descriptions: list[str] = field(default_factory=list)
    after_the: bool = False  # "the Times": a title, never a surname
    modifier: bool = False  # "Interactive Bafta awards": names the noun after it
    listed: bool = False  # "; R O'Gara, P Stringer;": an item of a list such as a team sheet
    titled: bool = False  # "Mr Howard": one word after Mr, Mrs, Ms or Dr, used as a surname
    kin: bool = False  # "her husband, Frank Fiorina": introduced as someone's relative
    royal: bool = False  # "King" + "Juan Carlos": a sovereign's title right before the name

    @property
    def tokens(self) -> tuple[str, ...]:
        return key_tokens(self.text)


def extract(analysis: Analysis, *, ignore: frozenset[str] = frozenset()) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """Candidates of one document, sorted by offset, and its acronym definitions.

    Acronym definitions are ``(acronym key, long-form key)`` pairs read from
    "Long Name (ACR)" in the text or from an acronym matching the initials of a
    longer name in the same document.
    """
    doc, document = analysis.doc, analysis.document
    out: list[Candidate] = []
    taken: set[int] = set()
    starts = [s.start for s in document.sentences]
    terms = document_terms(doc, document.text)  # "Voice over IP (Voip)", "technologies such as Wimax"
    for start, end, ent_label in _entities(doc):
        if _role_and_name(doc, start, end):
            ent_label = "PERSON"  # "Prop Martin Castrogiovanni" tagged as a product
        if ent_label not in KIND_OF_LABEL:
            continue
        parts = substitutes(doc, start, end)  # "Wheatley for Hatley (71)"
        if parts:
            ent_label = "PERSON"
        else:
            parts = conjuncts(doc, start, end, ent_label)  # "X and Y", "Malcolm X. Ann Lee"
        for a, b in (part for a0, b0 in parts for part in sentence_parts(doc, a0, b0)):
            cleaned = _clean(doc, a, b, ent_label)
            if cleaned is None:
                continue
            i, j, label, titles = cleaned
            if any(k in taken for k in range(i, j)):
                continue
            cand = _candidate(analysis, i, j, label, starts)
            if cand is None or cand.key in ignore or terms.covers(cand.key, i, j):
                continue
            if label == "PERSON":
                cand.descriptions = _descriptions(doc, i, j, a, titles)
            taken.update(range(i, j))
            out.append(cand)
    out.extend(_missed_names(analysis, out, taken, ignore, starts))
    out = _spelled_by_acronyms(analysis, out, starts)
    out = _without_headline_pieces(document.text, out)
    out.sort(key=lambda c: (c.start, c.end))
    return out, _acronyms(document.text, out)


#: Words of four letters or more that Title Case may leave in lowercase.
_TITLE_CASE_SMALL = frozenset("with from into onto over upon than that ever about after amid among".split())


def _without_headline_pieces(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names of a first line in Title Case (every word of four letters or
    more capitalised, but a few small ones) that the text below it never writes: in such a
    headline the tagger glues words to names ("Double Standard Clinton And Trump Face")."""
    end = text.find("\n")
    words = re.findall(r"[A-Za-z]{4,}", text[:end]) if end > 0 else []
    words = [w for w in words if w not in _TITLE_CASE_SMALL]  # "What ever Happened To Debating"
    if len(words) < 4 or not all(w[0].isupper() for w in words):
        return cands  # a sentence, or a headline in sentence case ("Famed music director Viotti dies")
    body = text[end:]
    return [c for c in cands if c.start > end or c.text in body]


_WEEKDAYS = frozenset(day.title() for day in WEEKDAYS)
#: Words before a weekday that make it a date ("on Sunday", "last Sunday", "Sunday, ...").
_DATE_WORDS = frozenset("on last next this every until till since from each early late and or , ( -".split())


def _entities(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the entities of ``doc``, a one-word organisation and the
    one-word "person" right after it joined into one organisation ("Lockheed" + "Martin",
    "Sony" + "Ericsson"), and so is a weekday right before a body ("the Sunday" + "Times"),
    and a name ending in a plural's possessive before a body ("St. Jude Children's" +
    "Research Hospital")."""
    ents = list(doc.ents)
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(ents):
        e = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        glued = nxt is not None and e.label_ == "ORG" and nxt.label_ == "PERSON" and len(e) == len(nxt) == 1
        if glued and nxt.start == e.end and doc[e.start].whitespace_ == " " and doc[e.start].text.isalpha():
            out.append((e.start, nxt.end, "ORG"))
            k += 2
            continue
        day = nxt is not None and e.label_ in ("ORG", "DATE") and nxt.label_ == "ORG" and nxt.start == e.end
        before = doc[e.end - 2] if e.end >= 2 else None  # not "on Thursday" + "Intel"
        paper = before is not None and not doc[e.end - 1].is_sent_start and before.lower_ not in _DATE_WORDS
        if day and paper and doc[e.end - 1].text in _WEEKDAYS and doc[e.end - 1].whitespace_ == " ":
            out.append((e.start, nxt.end, "ORG"))  # "the Sunday" + "Times": a paper
            k += 2
            continue
        near = nxt is not None and nxt.start - e.end <= 1 and nxt.label_ in ("ORG", "FAC")
        owner = e.end - 1 if near and _is_possessive(doc[e.end - 1]) else e.end  # the "'s", inside the first or after it
        plural = near and nxt.start == owner + 1 and _is_possessive(doc[owner])
        if plural and owner > e.start and doc[owner - 1].lower_ in _IRREGULAR_PLURALS and doc[owner - 1].text.istitle():
            out.append((e.start, nxt.end, "ORG"))  # "St. Jude Children" + "'s" + "Research Hospital"
            k += 2
            continue
        out.append((e.start, e.end, e.label_))
        k += 1
    return out


def _candidate(analysis: Analysis, i: int, j: int, label: str, starts: list[int]) -> Candidate | None:
    doc, document = analysis.doc, analysis.document
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
    if document.text[start:end].endswith("‘s") and end - start > 3:
        end -= 2  # "Trump‘s" with the wrong quote, which the tokenizer leaves on the word
    markup = re.search(r"\.?<|(?<=[\w-])\(|(?<=\w)—|(?<=\w)-(?=[\"“])", document.text[start:end])
    if markup:
        end = start + len(document.text[start : start + markup.start()].rstrip("-"))  # "San Bernardino" +
        # ".</tweet>": a tag left in the text; "Steve Waugh" + "(c)", "Ahmad Abu-al" + "-(Khair)":
        # a bracket glued to the word the tokenizer left on it; "America" + "—2 percent",
        # "Sam Rayburn" + "-\"Mr": a dash typed with no spaces, inside the word
    glued = _GLUED_WORD.search(document.text, start, end) if label == "PERSON" and j - i > 1 else None
    if glued and is_english_word(glued.group()):
        end = glued.start()  # "Jon Strauss" + "Cinematography"
    text = document.text[start:end]
    key = name_key(text)
    if j - i == 1 and text in US_POSTAL_CODES and i >= 2 and doc[i - 1].text == "," and doc[i - 2].text.istitle():
        key, label = name_key(US_POSTAL_CODES[text]), "GPE"  # "Berea, OH": the state
    elif text.isupper() and _DATELINE.match(document.text, end) and document.text[max(0, start - 1) : start] in ("", "\n"):
        label = "GPE"  # a dateline: "ROME - ", "RYE, N.H. - ", "DALLAS (AP) —"
    if not _looks_like_name(text, key, label):
        return None
    kin = _after_kin_word(doc, i)
    if kin and label != "PERSON" and j - i <= 3 and all(t.text.istitle() and t.pos_ == "PROPN" for t in doc[i:j]):
        label = "PERSON"  # "his wife, Melania," tagged as a place: a relative is a person
    sentence = max(bisect.bisect_right(starts, start) - 1, 0)
    after_the = follows_the(document.text, start)
    modifier = doc[j - 1].dep_ == "compound" and doc[j - 1].head.i >= j
    before, after = _char_before(document.text, start), _char_after(document.text, end)
    listed = before in ("", ",", ";", ":", ")", "\n") and after in ("", ",", ";", ".", "(", "\n")
    titled = len(key.split()) == 1 and any(
        0 <= k < j and doc[k].lower_.rstrip(".") in _PERSONAL_HONORIFICS for k in (i, i - 1)
    )
    royal = i > 0 and doc[i - 1].lower_ in ROYAL_TITLES and doc[i - 1].text.istitle()
    return Candidate(
        document.id, sentence, start, end, text, label, KIND_OF_LABEL[label], key,
        after_the=after_the, modifier=modifier, listed=listed, titled=titled, kin=kin, royal=royal,
    )


#: What follows a dateline's place at the start of a paragraph: a state or country, the
#: agency, then a dash ("RYE, N.H. - ", "DALLAS (AP) — ", "CAIRO, Egypt — ").
_DATELINE = re.compile(r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?(?: \([A-Za-z ]+\))? ?[-–—] ")


def _after_kin_word(doc: Doc, i: int) -> bool:
    """Does a word for a relative come right before ``doc[i]``, maybe with a comma ("her
    husband, Frank Fiorina", "his brother Alastair Osman")?"""
    k = i - 1 if i > 0 and doc[i - 1].text == "," else i
    return k > 0 and doc[k - 1].lower_ in KIN_WORDS


def follows_the(text: str, start: int) -> bool:
    """Does "the" come right before the name starting at ``start`` ("the Times")?"""
    return text[max(0, start - 4) : start].lower() == "the "


def _char_before(text: str, start: int) -> str:
    """The character before ``start`` past spaces ("" at the start of the text)."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return text[k - 1 : k]


def _char_after(text: str, end: int) -> str:
    """The character at or after ``end`` past spaces ("" at the end of the text)."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    return text[k : k + 1]


def _looks_like_name(text: str, key: str, label: str) -> bool:
    if "\n" in text or "\r" in text or len(key.replace(" ", "")) < 2:
        return False
    words = text.split()  # "20th Century Fox"; not "21st Century", nor "77th Academy Awards" (an edition)
    ordinal = len(words) > 2 and _ORDINAL.match(words[0]) and words[1] == "Century"
    if not (text[:1].isupper() or ordinal) or text.endswith(("-", "–")):
        return False  # "Euro-" of "Euro-Atlantic": the first half of a word
    words = key.split()
    if words[0] in NOT_FIRST or (all(len(w) == 1 for w in words) and key not in KNOWN_ALIASES):
        return False
    if key in NOT_NAMES or key in CHROME or key in MEMBERS or key in POST_NOMINALS or all(t in TITLES for t in words):
        return False  # ... "MEPs": members, not a body
    if len(words) > 1 and all(t in TITLES or t in NOBLE_TITLES for t in words):  # "Princess Consort", not "the Queen"
        return False
    if sum(ch.isalpha() for ch in text) < 2:
        return False
    if label == "PERSON" and (any(ch.isdigit() for ch in text) or len(key.split()) > 5):
        return False
    if len(words) > 1 and words[-1] == "time" and (words[-2] in _CLOCKS or words[0] in _ZONES):
        return False  # "Eastern Standard Time", "Greenwich Mean Time", "Pacific Time": a time zone
    return not _holiday(text, label)


_CLOCKS = frozenset("standard daylight mean summer".split())
_ZONES = frozenset("eastern central mountain pacific atlantic alaska hawaii".split())


def _holiday(text: str, label: str) -> bool:
    """Is ``text`` a day named after someone or something ("Martin Luther King Day",
    "Veteran’s Day", "Bastille Day" tagged as a place), or a greeting ("Merry Christmas")?
    Not "Doris Day", tagged as a person."""
    words = text.split()
    if len(words) >= 2 and words[0] in ("Merry", "Happy"):
        return True
    if len(words) < 2 or words[-1] != "Day":
        return False
    before = words[-2]
    named = label != "PERSON" and before.isalpha() and is_english_word(before)
    return len(words) > 3 or before.endswith(("'s", "’s", "s'", "s’")) or named


def _clean(doc: Doc, i: int, j: int, label: str) -> tuple[int, int, str, list[str]] | None:
    """Token range of the name inside entity ``doc[i:j]``, its label and stripped titles."""
    while i < j and (doc[i].is_space or doc[i].text in _QUOTES or doc[i].is_punct):
        i += 1
    while j > i and (doc[j - 1].is_space or doc[j - 1].is_punct and doc[j - 1].text != "."):
        j -= 1
    initial = j - i == 2 and doc[i].text == "A" and listed_initial(doc, i)
    if i < j and doc[i].lower_ in ("the", "a", "an") and not initial:  # "; A Jones," in a team sheet
        i += 1
    while i < j and (doc[i].text in _QUOTES or doc[i].is_punct):
        i += 1
    if j - i > 1 and doc[i].lower_ in _TIME_CODES:
        i += 1  # "1300 GMT" + "Carnival's shares"
    elif j - i == 1 and doc[i].is_upper and doc[i].lower_ in _TIME_CODES:
        return None  # "7:05 a.m. PDT": a time zone
    if j - i > 1 and label != "PERSON" and doc[i].lower_ in MONTHS:
        i += 1  # "the July Democratic convention"
    if i > 0 and doc[i - 1].text == "#" and not doc[i - 1].whitespace_ and not doc[i].text.isupper():
        return None  # "#Justdoit", "#NeverTrump": a hashtag, a slogan's label; not "#RNC"
    if j - i > 1 and label != "ORG" and doc[i].is_upper and len(doc[i]) >= 4 and doc[i].is_alpha and doc[i + 1].text.istitle() and is_english_word(doc[i].text):
        i += 1  # "EXPLOSION" + "Turkish", "BREAKING" + "Trump": a shouted word before a name (not "SITE Intelligence Group")
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_.rstrip(".") in TITLES:
        while j - i > 1 and doc[i].lower_ in _PORTFOLIO_WORDS:
            i += 1  # "Secretary of" + "State Clinton", + "Defense Leon Panetta"
    if i >= j or after_amount(doc, i, j, label) or _field_label(doc, i, j) or _word_cited(doc, i) or _adverb(doc, i, j):
        return None  # "5.45m Euros": a currency; "Att: 40,000": a field of a team sheet; "the word X"
    if _MONEY.search(doc[i:j].text) or _award_category(doc, i) or _caps_heading(doc, i, j):
        return None  # "HK$6.31bn", "Best Breakthrough Artist", "DEAD OR ALIVE ULTIMATE"
    if j - i == 1 and (len(doc[i]) > 5 and doc[i].lower_.endswith("ism") or is_nationhood(doc[i].text)):
        return None  # "Nazism", "Thatcherism": a doctrine, not an actor; "Britishness"
    if j - i == 1 and _ROMAN.match(doc[i].text):
        return None  # "the starting XV": a numeral, not an actor
    if j - i == 1 and _GEOLOGICAL_TIME.fullmatch(doc[i].text):
        return None  # "the Pliocene": a span of geological time
    if j - i > 1 and label != "PERSON" and doc[j - 1].text.rstrip(".") in _HONORIFIC_TAIL:
        j -= 1  # "the Sunday Times" + "Mr Campbell"
    elif j - i > 1 and doc[j - 1].lower_.rstrip(".") in TITLES and _person_after(doc, j):
        j -= 1  # "Army" + "Capt. Christian Pardo", "Sandy Hook Elementary" + "Principal Dawn Hochsprung"
        if doc[j - 1].lower_.rstrip(".") in TITLES:
            return None  # "Tory Treasurer" + "Lord Hesketh": titles only
    elif j - i > 1 and doc[j - 1].lower_ in _TITLE_MODIFIERS and j + 1 < len(doc) and doc[j].lower_ in TITLES and _person_after(doc, j + 1):
        j -= 1  # "Breitbart News Executive" + "Chairman Stephen K. Bannon"
    k = _inner_honorific(doc, i, j)
    if k is not None:
        i, label = k, "PERSON"  # "Tanzania" + "Mr Brown", "Foreign Policy Centre" + "Mr Straw"
    elif label != "PERSON" and (k := _inner_title(doc, i, j)) is not None:
        i, label = k, "PERSON"  # "Federal Labor MP" + "Carmen Lawrence", tagged as a body
    if j - i > 1 and label in ("GPE", "LOC") and doc[j - 1].text in US_STATE_ABBREVIATIONS and doc[j - 2].is_alpha:
        j -= 1  # "Staunton" + "Va.": the town; its state is said, not named as an actor
    i = _after_compound_adjective(doc, i, j)  # "Euro-Sceptic" + "Kilroy-Silk"
    if j - i > 1 and doc[j - 1].like_num and not doc[j - 1].whitespace_ and j < len(doc) and doc[j].is_alpha:
        j -= 1  # "Isle of Man 3" + "G network"
    if j - i > 1 and doc[j - 1].text == "No" and j + 1 < len(doc) and doc[j].text == "." and doc[j + 1].like_num:
        j += 2  # "Naval Petroleum Reserve No" + ". 4": the number the name ends with
    j = strip_minute(doc, i, j)  # "Grady 29, Crawford 41"
    j = _before_score(doc, i, j)  # "Turf Moor 0-2"
    j = _before_figure(doc, i, j, label)  # "Trump 46 percent", "New Hampshire 2000", "Air Force 1st Lt."
    if j - i > 1 and j < len(doc) and doc[j].like_num and doc[j - 1].lower_.rstrip(".") in _MONTH_FORMS:
        j -= 1  # "Christie’s" + "Nov." + "14 speech": a date after a name
    if j - i > 1 and j < len(doc) and doc[j].is_alpha and doc[j - 1].whitespace_ and name_key(doc[j - 1 : j + 1].text) in COMMON_TERMS:
        j -= 1  # "The Ted Cruz Super" + "PAC": a common term's first word
    if j - i > 1 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].whitespace_ and name_key(doc[i - 1 : i + 1].text) in COMMON_TERMS:
        i += 1  # "super" + "PAC Priorities USA Action": a common term's last word
    j = _before_comparison(doc, i, j)  # "Gartner" + "More than 167 million" (a full stop lost)
    if _dotted_half(doc, i):
        return None  # "Tel" of "One.Tel"
    if _two_surnames(doc, i, j):
        return None  # "Alito-Prelogar matchups": two people the text names in full
    if label == "PERSON" and (_bracketed_first_name(doc, i, j) or _before_bracketed_surname(doc, i, j)):
        return None  # "(Dietmar) Hamann", "Olly (Barkley)": the surname is the name
    i = strip_leading_verb(doc, i, j)  # "Banned American sprinter"
    if j - i > 1 and opens_sentence(doc, i) and doc[i].tag_ == "VBG" and _tagged_alone(doc, i + 1, j):
        i += 1  # "Entering Westminster, he ..." where the text also names "Westminster"
    elif j - i == 2 and opens_sentence(doc, i) and is_gerund_word(doc[i].text) and _ends_full_name(doc, i + 1):
        i += 1  # "Painting Trump as ..." (tagged a proper noun) where the text names Donald Trump
    elif j - i > 1 and doc[i].lower_ in _OPENING_PREPOSITIONS and opens_sentence(doc, i) and _named_after(doc, i + 1, j):
        i += 1  # "Beneath Clinton's wins", "Amid Obama's push": a preposition, where the text names the rest
    if 2 < j - i < 5 and doc[i].lower_ == "non" and doc[i + 1].text == "-" and not doc[i].whitespace_:
        return None  # "Non-EU exports": everyone but the EU
    if j - i > 2 and doc[i].lower_ in _PREFIXES and doc[i + 1].text == "-" and not doc[i].whitespace_:
        i += 2  # "Ex-BBC presenter" names the BBC
    if j - i == 3 and doc[i].lower_ in ("pro", "anti") and doc[i + 1].text == "-" and not doc[i].whitespace_:
        return None  # "Pro-Clinton super PAC": a stance, not an actor
    if j - i == 2 and label == "ORG" and doc[i].lower_ in PARTY_WORDS and doc[i + 1].lower_ in _CHAMBERS:
        i += 1  # "the Republican Congress", "Democratic Senate primary": the chamber
    elif j - i == 2 and doc[i].lower_ in PARTY_WORDS and doc[i + 1].lower_ in US_STATES:
        i, label = i + 1, "GPE"  # "strongly Republican Wyoming": the state
    greets = i == 0 or doc[i - 1].is_quote or opens_sentence(doc, i)
    if j - i > 1 and doc[i].lower_ in GREETINGS and doc[i].text.istitle() and greets and (j == len(doc) or doc[j].is_punct):
        i += 1  # "Hi Americans!": a greeting; not "like Hello Kitty", "Hello Kitty has no mouth", a name
    if j - i > 2 and i > 0 and doc[i - 1].text == "(" and doc[i].text in ("D", "R", "I") and doc[i + 1].text == "-":
        i, label = i + 2, "GPE"  # "(D-Newport News)": a member's party and home
    if j - i == 1 and doc[i].text == "Del." and j < len(doc) and doc[j].ent_type_ == "PERSON":
        return None  # "Del. Marcia Price": a delegate, not Delaware
    if j - i == 2 and doc[i].tag_ == "MD" and doc[i + 1].tag_ == "VB":
        return None  # "What Will Happen": a modal and its verb
    if label == "PERSON" and j - i > 2 and is_third_person_verb(doc[j - 1].text) and _tagged_alone(doc, i, j - 1):
        j -= 1  # "‘Donald Trump Leads’", a headline quoted, where the text names Donald Trump alone
    if j - i == 1 and label in ("ORG", "PERSON") and opens_sentence(doc, i) and doc[i].tag_ == "JJ" and is_modifier_word(doc[i].text):
        return None  # "Disconsolate Republican operatives": an adjective, not a name
    if j - i == 1 and is_adverb_word(doc[i].text):
        return None  # "Realistically, ...", "Federally" (aided): an adverb, not a name
    if j - i == 1 and _stage_direction(doc, i):
        return None  # "(Laughter.)" in a transcript
    if j - i == 1 and j < len(doc) and doc[j].text in _LAW_NOUNS:
        return None  # "the Brady bill", "Pell grants", "the GI bill": a law or a scheme named after someone
    if j - i == 1 and label == "ORG" and _plural_head(doc[i].lower_) and not _a_surname(doc, i):
        return None  # "when both Commissions have reported": bodies, none named (but "Chambers", a surname)
    if j - i == 1 and _owned_common_noun(doc, i, label):
        return None  # "this Chamber", "our Embassy", "this Hemisphere": a thing described, not named
    capitals = j - i > 2 and all(t.is_upper and len(t) > 2 and is_english_word(t.text) for t in doc[i : i + 2])
    if capitals and opens_sentence(doc, i) and any(t.text.istitle() for t in doc[i + 2 : j]):
        return None  # "INTERNATIONAL TRADE World ...": a heading in capitals run into a sentence
        # (not "the HOPE NOW Alliance", "the USA TODAY Board of Contributors")
    if j - i == 1 and doc[i].tag_ == "RB" and opens_sentence(doc, i) and is_english_word(doc[i].text):
        return None  # "Halfway into the season": an adverb, not a name
    if j - i == 1 and _STRETCHED.search(doc[i].text):
        return None  # "Yesssss!": a cry
    if _CODE.fullmatch(doc[i:j].text):
        return None  # "H-1B visas", "F-35 jets", "I-95": a code, not a name (but "G-20")
    if j - i > 1 and len(doc[j - 1].text) == 1 and doc[j - 1].text.isupper() and _hyphen_word_after(doc, j):
        j -= 1  # "Bernie Sanders" + "T-shirts", "X-rays": a letter of the next word
    if j - i > 1 and doc[j - 1].lower_ in FOOTER_VERBS and j < len(doc) and doc[j].text.startswith("@"):
        j -= 1  # "By Michael Russell" + "Follow @tdmrussell": a byline's imperative
    start = nickname_start(doc, i)
    if start is not None:
        i, label = start, "PERSON"  # "Wei “Weiwei”" + "Bo-Han", tagged as a people
    nick = nickname_end(doc, i, j)
    if nick is not None:
        j, label = nick, "PERSON"  # "Ivan 'Tank' Petrov"
    listed_body = _listed_body(doc, i, j)
    for k in range(i + 1, j):  # "Cepes (Peruvian Centre", "Jerry Springer - The Opera"
        t = doc[k]
        if nick is not None and t.text in _QUOTES or listed_body and t.text == ",":
            continue  # "Construction, Forestry, Mining and Energy Union": a body named by a list
        if t.is_punct and (t.text not in ".-&'’/" or (t.text in "-–—" and doc[k - 1].whitespace_)):
            j = k
            break
        if t.text[:1] in "<@" or t.text.startswith(".<"):
            j = k  # "San Bernardino" + ".</tweet>", "Twitter" + "@NolteNC": markup and handles
            break
        if t.text in ("-", "–") and not doc[k - 1].whitespace_ and k + 1 < j and doc[k + 1].is_lower and doc[k + 1].tag_ in _FINITE_VERBS:
            j = k  # "Jeb Bush" + "-spent $100 million": a lost space before a verb
            break
        if t.text == "—" or _dash_before(doc, k):
            j = k  # "America" + "—2 percent", "Sam Rayburn" + "-\"Mr. Sam\"": a dash typed without spaces
            break
    if j - i > 1 and doc[i].lower_.rstrip(".") in _HONORIFIC_WORDS:
        label = "PERSON"  # "Mr Stone", "Rt Rev Scott-Joynt" tagged as an organisation
    elif label != "PERSON" and i > 0 and doc[i - 1].lower_.rstrip(".") in _PERSONAL_HONORIFICS:
        label = "PERSON" if doc[i].pos_ == "PROPN" else label  # "Mr" + "Katwala" tagged as a place
    elif j - i > 1 and doc[i].lower_.rstrip(".") in _PERSON_FIRST and all(
        doc[k].pos_ == "PROPN" or _is_possessive(doc[k]) for k in range(i + 1, j)
    ):
        label = "PERSON"  # "Midfielder Edu", "Gen Pervez Musharraf" tagged as an organisation
    elif j - i > 2 and _initials(doc[i].text) and doc[i + 1].text in NAME_PARTICLES and doc[j - 1].text.istitle():
        label = "PERSON"  # "CJ van der Linde", "J de Villiers" of a team sheet, tagged as a body
    elif label == "ORG" and j - i == 2 and doc[i].lower_ in _RANKS and doc[i + 1].text.istitle() and not is_english_word(doc[i + 1].text, plural=True):
        label = "PERSON"  # "General Dempsey" tagged as a body; not "General Motors"
    elif label == "ORG" and j - i == 2 and doc[i].lower_ in _JUDGES and doc[i + 1].text.istitle() and (
        doc[i + 1].lower_ not in ORG_HEADS | TITLES and not is_known_place(name_key(doc[i + 1].text))
    ):
        label = "PERSON"  # "Justice Curtis" tagged as a body; not "Justice Department", "Justice Minister"
    elif label == "ORG" and 2 <= j - i <= 3 and _first_name_first(doc, i, j) and (_after_title(doc, i) or _surname_alone(doc, i, j)):
        label = "PERSON"  # "CEO" + "Carly Fiorina", "Carly Fiorina" beside "Fiorina said", tagged as a body
    elif j - i > 3 and doc[i].text.istitle() and is_demonym_noun(doc[i + 1].text) and all(
        t.pos_ == "PROPN" for t in doc[i + 2 : j]
    ):
        label = "PERSON"  # "New Zealander Jason Spice" tagged as a body
    elif label == "ORG" and j - i >= 3 and doc[i].lower_.endswith("s") and doc[i].lower_[:-1] in TITLES and (
        _plain_name(doc[i + 1 : j]) and doc[i + 1].lower_ in FIRST_NAMES
    ):
        label = "PERSON"  # "Representatives Walter Capps" (and Sonny Bono) tagged as a body
    elif j - i > 1 and _is_trade(doc[i]) and all(t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS for t in doc[i + 1 : j]):
        i, label = i + 1, "ORG"  # "Bookmakers Ladbrokes" (tagged as a person)
    if label != "PERSON" and i < j and doc[j - 1].lower_ in ORG_PARTICLES:
        k = _extend_org(doc, j)
        if not (doc[j - 1].lower_ == "and" and k > j and i < j - 1 and one_side_alone(doc, list(doc[i : j - 1]), list(doc[j:k]))):
            j = k  # not "Hard Rock and" + "Deluxe Films" when "Hard Rock" is named alone
    elif label != "PERSON" and _cut_before_and(doc, i, j):
        j = _extend_org(doc, j + 1)  # "Department for Education" + " and Skills"
    end = _saints_place(doc, i, j)
    if end:
        j, label = end, "FAC"  # "St David" + "'s Shopping Centre", "St Katherine's dock"
    # a possessor inside the span: "Washington's Center for ...", "Russia's Putin"
    for k in range(j - 2, i - 1 if nick is None else j, -1):  # (no possessor inside "Ivan 'Tank' Petrov")
        if _is_possessive(doc[k]) and i > 0 and doc[i - 1].lower_.rstrip(".") in TITLES and label != "PERSON":
            j, label = k, "PERSON"  # "Lord Dubs' Succession to the Crown Bill": Lord Dubs
            break
        if _is_possessive(doc[k]) and label != "PERSON" and j - k - 1 <= 2 and names_owned_work(doc, j):
            j = k  # "Uefa's Champions magazine": Uefa, and a magazine's title
            break
        if _is_possessive(doc[k]) and (j - k - 1 >= 3 or label == "PERSON") and not _plural_possessive(doc, k) and not (
            label != "PERSON" and doc[k - 1].lower_ in _IRREGULAR_PLURALS and doc[k - 1].text.istitle()
        ):
            i = k + 1  # not "Writers' Guild of America", "U.S. Men's National Soccer Team": a plural inside a name
            break
        if _is_possessive(doc[k]) and label != "PERSON" and j - k - 1 == 2 and (
            _first_name_first(doc, k + 1, j) or _plain_name(doc[k + 1 : j])
            and (doc[k + 1].lower_ in FIRST_NAMES or doc[k - 1].lower_ in ORG_HEADS)
            and not is_english_word(doc[j - 1].text, plural=True)
        ):
            i, label = k + 1, "PERSON"  # "Commentary's Noah Rothman", "Fox Business Network's Maria Bartiromo"
            break
        if _is_possessive(doc[k]) and j - k - 1 == 2 and doc[j - 1].lower_ in _AREA_HEADS and is_known_place(name_key(doc[i:k].text)):
            i = k + 1  # "North Carolina's Wake County": the state's county
            break
        if _is_possessive(doc[k]) and j - k - 1 == 1 and _areas_after(doc, j) and is_known_place(name_key(doc[i:k].text)):
            i, label = k + 1, "GPE"  # "Wisconsin’s Brown" + "and Racine counties": the state's county
            break
        if _is_possessive(doc[k]) and _owner_named_alone(doc, i, k, j):  # not "Foster's Group", "Ocean's Eleven"
            i = k + 1  # "Munster's Shaun Payne" beside "Munster": an owner the text names alone
            break
    if label != "PERSON" and j - i > 1 and j + 1 < len(doc) and _plural_possessive(doc, j) and _bare_head(doc[j + 1]):
        j += 2  # "the London Critics" + "' Circle"
    while j > i and (_is_possessive(doc[j - 1]) or doc[j - 1].is_punct and doc[j - 1].text != "."):
        j -= 1
    j, label = strip_post_nominal(doc, i, j, label)  # "Guy Mansfield QC", "Labour MPs"
    if label != "PERSON" and j - i > 1 and doc[j - 1].is_upper and doc[j - 1].lower_ in TITLES:
        j -= 1  # "State Department IG", "Tesla CEO": a body's officer
    j = extend_over_of(doc, i, j, label)  # "Royal Bank" + "of Scotland"
    j = extend_over_list(doc, i, j, label)  # "Department for Culture" + ", Media and Sport"
    j = strip_paper(doc, i, j, label)  # "Department of Transport Document"
    i = extend_over_number(doc, i, j, label)  # "Three" + "Kings"
    if label == "PERSON" and j - i > 1:
        label = _not_person_label(doc, i, j)  # "Johnny Carson Theater", "Leicester South"
    titles: list[str] = []
    if label == "PERSON":
        for k in range(i + 1, j):  # "Matt Lucas & David Walliams": the first of two people
            if doc[k].text in ("&", "+") or doc[k].lower_ == "and":
                j = k
                break
        listed = j < len(doc) and doc[j].lower_ in ("and", ",")
        if j - i > 1 and listed and doc[i].lower_.endswith("s") and doc[i].lower_[:-1] in ROYAL_TITLES:
            titles.append(doc[i].text)  # "Kings Fahd and Hassan"; not "Queens Park", "Kings Lynn"
            i += 1
        while j - i > 1 and _is_title(doc[i].lower_.rstrip(".")):
            titles.append(doc[i].text)
            i += 1
        if j - i == 1 and _pageant(doc, i):
            return None  # "Miss Universe" where the text also writes "Miss Universe Alicia Machado"
        if j - i > 2 and (titles[-1:] == ["Miss"] or not titles and i > 0 and doc[i - 1].text == "Miss"):
            titles[-1:] = ["Miss " + doc[i].text]  # "Miss Universe Alicia Machado": a pageant's title
            i += 1
        if j - i > 2 and is_acronym(doc[i].text) and len(doc[i]) >= 3 and _plain_name(doc[i + 1 : j]):
            i += 1  # "MSP" + "Karen Whitefield"; not "BBC Sport Wales"
        if j - i > 3 and is_demonym_noun(doc[i + 1].text) and doc[i].text.istitle():
            titles.append(doc[i : i + 2].text)  # "New Zealander Graham Henry"
            i += 2
        while j - i > 2 and _is_descriptor(doc[i]) and all(doc[k].pos_ == "PROPN" or doc[k].text in _QUOTES for k in range(i + 1, j)):
            titles.append(doc[i].text)  # "Sprinter Michelle Collins", "Briton Hayley Yelling"
            i += 1
        if j - i > 1 and doc[j - 1].lower_.rstrip(".") in HONORIFICS | {"rev", "rt", "hon"}:
            return None  # 'Tory Treasurer Lord'
        if j - i == 1 and doc[i].lower_ in ROLE_HEADS and j < len(doc) and doc[j].lower_ in ("of", "for", "at"):
            return None  # "Jim McKelvey, Cofounder of Square": a role, not a name
        epithet = j - i == 3 and doc[i + 1].lower_ == "the" and doc[i + 2].text[:1].isupper()
        if not epithet:  # "Alexander the Great", "Mott the Hoople": one name
            j = _cut_lowercase(doc, i, j, NAME_PARTICLES, hyphen_ok=True)
        end, j = j, _extend_person(doc, i, j)
        if j > end:
            label = _not_person_label(doc, i, j)  # "Aaron Klein Investigative" + "Radio"
        if j < len(doc) and j - i > 1 and _INITIAL.match(doc[j - 1].text) and _lone_surname(doc, j):
            j += 1  # "Ben S." + "Bernanke": a middle initial the tagger ended the name at
        if j - i > 2 and doc[j - 1].text.isupper() and len(doc[j - 1]) > 1:
            j -= 1  # "Harry Potter DVD"
    else:
        if i < j and doc[i].text[:1].islower():
            return None
        if _acronym_before_person(doc, i, j):
            i += 1  # "group EADS" + "Philippe Camus" ... "Mr Camus"; "GDC" + "Mr Allard"
            while j - i > 1 and _is_title(doc[i].lower_.rstrip(".")):
                titles.append(doc[i].text)
                i += 1
            return i, j, "PERSON", titles
        inquiry = any(doc[k].lower_ == "into" and doc[k - 1].lower_ in INQUIRIES for k in range(i + 1, j))
        law = doc[j - 1].lower_ in ("act", "bill") and doc[j - 1].text.istitle()  # "the Right to Organize Act"
        inner = _ORG_INNER_WORDS | ({"into"} if inquiry else set()) | ({"to"} if law else set())
        j = _cut_lowercase(doc, i, j, inner, hyphen_ok=True)
        while j > i and (doc[j - 1].lower_ in ORG_PARTICLES or doc[j - 1].text in ("a", "an")):
            j -= 1  # "The Misadventures of a" (Hollywood Geek)
        j = extend_over_on(doc, i, j, label)  # "Parliamentary Group" + "on Betting and Gaming"
        j = _extend_over_particle(doc, j, label)  # "Stade" + "de France"
    while j > i and doc[j - 1].is_punct and (doc[j - 1].text != "." or _ends_sentence(doc, j - 1)):
        j -= 1  # "Lyric Theatre." at the end of a sentence
    if j <= i or is_title_fragment(doc, i, j, label) or has_inner_pronoun(doc, i, j):
        return None
    if is_role_title(doc, i, j, label):
        return None  # "the venue's Promotions Coordinator"
    if is_class_noun(doc, i, j, label) or is_portfolio(doc, i, j, label) or is_gerund(doc, i, j):
        return None  # "a Royal Marine", "Lifelong Learning Minister Jim Wallace", "Registering"
    if is_participle_clause(doc, i, j):
        return None  # "Hounded by the press, ..."
    if label != "GPE" and is_work_title(doc, i, j):
        return None  # "the album Hopes and Fears"
    if is_title_head(doc, i, j, label) or ends_in_small_word(doc, i, j) or is_graded_noun(doc, i, j):
        return None  # "Assault" in "Assault on Precinct 13", "Gone Are" (the Days), "Grade C"
    label = place_after_at(doc, i, j, label)  # "at Tilsit"
    if label == "PERSON" and j - i == 1 and owns_title(doc, j):
        return None  # "Destiny" of "Destiny's Child"
    i = extend_left(doc, i, j, label)  # "Pop" + "Idol", "BNP" + "Paribas", "Manjit" + "Singh Gill"
    if j - i > 1 and i > 0 and _ORDINAL.match(doc[i - 1].text) and doc[i].lower_ == "century":
        i -= 1  # "20th" + "Century Fox"; not "the 14th" + "Adam Smith Lecture", an edition
    i = _acronym_before_body(doc, i, j, label)  # "the OTC" + "Bulletin Board"
    if label != "PERSON" and i > 1 and doc[i - 2].lower_ == "the" and _place_code(doc[i - 1]):
        i -= 1  # "the UK" + "Music Hall of Fame"
    i = extend_over_determiner(doc, i, j)  # "No" + "Doubt"
    end = extend_over_hyphen(doc, i, j, label)  # "Owusu" + "-Abeyie"
    j = j if _two_surnames(doc, i, end) else end  # not "Alito" + "-Prelogar matchups" (both named in full)
    j = extend_over_epithet(doc, j)  # "St John" + "the Divine"
    i, j = extend_over_repeat(doc, i, j)  # "Duran" + "Duran"
    i = extend_over_head(doc, i, label)  # "Alliance for" + "Digital Inclusion"
    j = extend_over_elision(doc, i, j)  # "Blazin" + "' Squad"
    j = extend_over_band(doc, i, j)  # "Echo" + "and the Bunnymen"
    j = extend_over_title_words(doc, i, j, label)  # "Stairway" + "To Heaven"
    j = extend_over_elided_article(doc, j)  # "Cote" + "d'Azur"
    start = extend_over_small_word(doc, i, j)  # "Reporters" + "Without Borders"
    if start is None:
        return None
    i = start
    i = extend_over_and(doc, i, j, label)  # "Pew Internet and" + "American Life Project"
    tail = cut_adjective_tail(doc, i, j, label)  # "Athens Olympic 100m silver medallist"
    if tail is None:
        return None
    j, label = tail
    if label == "NORP" and j - i >= 3 and all(doc[k].text[:1].isupper() for k in range(i + 1, j)):
        titles.append(doc[i].text)  # "Russian Irina Shevchenko": a nationality, then a name
        i, label = i + 1, "PERSON"
        if j - i >= 3 and is_demonym_noun(doc[i].text):
            titles[-1] += " " + doc[i].text  # "New" + "Zealander Graham Henry"
            i += 1
    if label == "PERSON" and j - i == 1 and doc[i].text.endswith("s") and i > 0 and doc[i - 1].lower_ == "the":
        label = "NORP"  # "the Houthis"
    if j - i > 1 and i > 0 and doc[i - 1].lower_ == "the" and _plural_of_named(doc, i, j):
        return None  # "the Thomas Edisons of the world": a kind of person, named after one the text names
    if label == "PERSON" and j - i == 1:  # a plural is no person
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ in ("ADJ", "DET", "NUM") and before.lower_ != "the":
            if re.search(r"(?:s|x|ch|sh)es$", doc[i].lower_):
                return None  # "for several Christmases"
        if doc[i].tag_ == "NNS" or is_demonym_noun(doc[i].text):
            label = "NORP"  # "many Britons", "the Briton"
    if i > 0 and _is_known_with(doc, i - 1, i, j):
        i -= 1  # "Liberal Democrat spokeswoman" tagged from "Democrat"
    elif j < len(doc) and _completes_known(doc, i, j):
        j += 1  # "Welsh Liberal" + "Democrat council leaders"
    if label == "NORP" and doc[i:j].text.lower().startswith("non-"):
        return None  # "Non-British citizens"
    if _combining_form(doc, i, j) or _names_disease(doc, j) or _adjective_pair(doc, i, j, label):
        return None  # "Anglo-American relations", "Legionnaire's disease", "U.S.-Soviet cooperation"
    if label != "NORP" and j - i == 1 and doc[i].pos_ == "ADJ" and re.search(r"(?:ian|ean|ese|ish)$", doc[i].text):
        label = "NORP"  # "Ukrainian" tagged as a place
    return i, j, label, titles


_HEADING_WORDS = frozenset("or of the and in on to for with at".split())
_TIME_CODES = frozenset("gmt bst est edt cst cdt mst mdt pst pdt cet cest utc".split())
_MONEY = re.compile(r"[$£€¥]\s?\d")


def _award_category(doc: Doc, i: int) -> bool:
    """Does the span starting at ``doc[i]`` follow a capitalised "Best" (an award's category:
    "Best Breakthrough Artist", "Best Urban Act")?"""
    return i > 0 and doc[i - 1].text == "Best" and not doc[i - 1].ent_type_


def _caps_heading(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` a word of a heading in capitals, beside a small word in capitals
    ("DEAD OR ALIVE ULTIMATE", "THE LEGEND OF ZELDA")?"""
    if not all(t.is_upper and len(t) > 1 for t in doc[i:j]):
        return False
    if all(t.lower_ in STOP_WORDS and t.lower_ not in KNOWN_ALIASES for t in doc[i:j]):  # not "US", "WHO"
        return True  # "TOO" of "TOO FAST TOO FURIOUS": a small word in capitals names nothing
    near = [doc[k] for k in (i - 1, j) if 0 <= k < len(doc)]
    return any(t.is_upper and t.lower_ in _HEADING_WORDS for t in near)  # not "the US NEA"


def _field_label(doc: Doc, i: int, j: int) -> bool:
    """Is the one word ``doc[i:j]`` the label of a field before a colon and a number ("Att:
    40,000", "Ref: 12")?"""
    return j - i == 1 and j + 1 < len(doc) and doc[j].text == ":" and doc[j + 1].like_num


def _before_score(doc: Doc, i: int, j: int) -> int:
    """End of a name before a match score the tagger ran it into ("Turf Moor 0-2")."""
    for k in range(i + 1, j):
        if doc[k].text.isdigit() and k + 2 < len(doc) and doc[k + 1].text in ("-", "–") and doc[k + 2].text.isdigit():
            return k
    return j


def _before_figure(doc: Doc, i: int, j: int, label: str) -> int:
    """End of a name before a figure the tagger ran it into: a poll's share ("Trump 46
    percent", "Trump 46 to 40"), a year after a place ("New Hampshire 2000"), the ordinal of
    a rank ("Air Force" + "1st Lt. Tyler Livingston"). "Channel 4" keeps its number."""
    for k in range(i + 1, j):
        t = doc[k]
        after = doc[k + 1].lower_.rstrip(".") if k + 1 < len(doc) else ""
        share = after in _SHARE_WORDS or after == "to" and k + 2 < len(doc) and doc[k + 2].like_num
        if t.text.isdigit() and share:
            return k
        if t.text.isdigit() and len(t) == 4 and t.text[:2] in ("18", "19", "20") and is_known_place(name_key(doc[i:k].text)):
            return k
        if _ORDINAL.match(t.text) and after in TITLES:
            return k
    return j


#: Months and their short forms, which a day's number follows in a date ("Nov. 14").
_MONTH_FORMS = CALENDAR_MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SHARE_WORDS = frozenset(("percent", "%", "points"))
#: Words of a cabinet portfolio after "Secretary of" ("State", "Homeland Security").
_PORTFOLIO_WORDS = frozenset(
    """
    state defense defence treasury commerce labor labour energy agriculture education transportation
    interior homeland security health justice veterans affairs housing war navy army the and human services
    """.split()
)
#: Military ranks written before a surname ("General Dempsey").
_RANKS = frozenset("general admiral colonel captain major sergeant lieutenant commander".split())
#: Titles of judges, whose surnames are often English words too ("Justice Curtis", "Judge Green").
_JUDGES = frozenset(("justice", "judge"))
_INITIAL = re.compile(r"^[A-Z]\.$")
_FINITE_VERBS = frozenset(("VBD", "VBZ", "VBP"))
#: A capitalised English word glued to the end of a surname, a space lost ("Jon
#: StraussCinematography by ...", "Sam WilkesAssociate producer").
_GLUED_WORD = re.compile(r"(?<=[a-z]{3})[A-Z][a-z]{4,}$")


def _before_comparison(doc: Doc, i: int, j: int) -> int:
    """End of a name before a capitalised "More than" / "Less than" the tagger ran it into."""
    for k in range(i + 1, j):
        if doc[k].tag_ in ("JJR", "RBR") and k + 1 < len(doc) and doc[k + 1].lower_ == "than":
            return k
    return j


_ADVERB = re.compile(r"(?:ally|ively|ously|edly|ingly)$")


def _adverb(doc: Doc, i: int, j: int) -> bool:
    """Is the one word ``doc[i:j]`` an adverb opening its sentence (or a quote) before a
    comma ("Nationally, house prices rose", '"Symbolically, a higher penalty ...'")?"""
    t = doc[i]
    before_comma = j < len(doc) and doc[j].text == ","
    opens = t.is_sent_start or (i > 0 and doc[i - 1].text in _QUOTES and not doc[i - 1].whitespace_)  # '"Symbolically'
    return j - i == 1 and opens and before_comma and len(t) >= 8 and bool(_ADVERB.search(t.lower_))


def _bracketed_first_name(doc: Doc, i: int, j: int) -> bool:
    """Is the one word ``doc[i:j]`` a first name in brackets before a surname ("(Dietmar) Hamann")?"""
    if j - i != 1 or i == 0 or j + 1 >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return False
    return doc[j + 1].pos_ == "PROPN" and doc[j + 1].text.istitle()


def _before_bracketed_surname(doc: Doc, i: int, j: int) -> bool:
    """Is the one word ``doc[i:j]`` a first name before its surname in brackets ("we have gone
    for Olly (Barkley)", "I said to Gareth (Thomas, the Wales captain)", "Gethin [Jenkins]")?"""
    if j - i != 1 or j + 2 >= len(doc) or doc[j].text not in ("(", "[") or doc[j + 2].text not in (")", "]", ","):
        return False
    if i > 0 and (doc[i - 1].text in (",", ";", ":", "(") or len(doc[i - 1].text) == 1 and doc[i - 1].is_alpha):
        return False  # "Roberts (Wrexham)," in a squad list, "O Barkley (Bath)"
    if doc[j + 2].text == ")" and j + 3 < len(doc) and doc[j + 3].text in (",", ";", "."):
        return False  # "Coyne (Burnley), Jones (Wolves)"
    surname = doc[j + 1]
    return surname.pos_ == "PROPN" and surname.text.istitle() and surname.ent_type_ in ("", "PERSON")


def _dotted_half(doc: Doc, i: int) -> bool:
    """Does the span starting at ``doc[i]`` follow a word and a dot with no space ("One.Tel")?"""
    if i < 2 or doc[i - 1].text != "." or doc[i - 1].whitespace_:
        return False
    return not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


#: First halves of compound adjectives of nations ("Anglo-American", "Sino-Japanese").


_ROMAN = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
#: Spans of geological time, which the tagger may take for names ("the Pliocene, and the
#: Holocene"): epochs end in "-cene", eras in "-zoic", and the periods have names of their own.
_GEOLOGICAL_TIME = re.compile(
    r"[A-Z][a-z]+(?:cene|zoic)|Cambrian|Ordovician|Silurian|Devonian|Carboniferous|Permian|Triassic|Jurassic|"
    r"Cretaceous|Paleogene|Neogene|Quaternary"
)
#: Honorifics that start the next name, never end a body's ("the Sunday Times Mr Campbell").
_HONORIFIC_TAIL = frozenset(("Mr", "Mrs", "Ms", "Dr"))
#: Prefixes of capitalised compound adjectives before a name ("Anti-War", "Pro-Hunt").
_ADJECTIVE_PREFIXES = COMBINING_FORMS | frozenset("anti pro non neo pan post pre ultra arch".split())


def _after_compound_adjective(doc: Doc, i: int, j: int) -> int:
    """Start of the name in ``doc[i:j]`` once a leading compound adjective is cut
    ("Euro-Sceptic" + "Kilroy-Silk", "Anti-War" + "MP George Galloway"), when the rest is
    named again in the text; "Anglo-American" alone or "Anglo American Platinum" stay."""
    if j - i < 4 or doc[i].lower_ not in _ADJECTIVE_PREFIXES or doc[i + 1].text not in ("-", "–"):
        return i
    if doc[i].whitespace_ or doc[i + 1].whitespace_ or not doc[i + 2].is_alpha:
        return i
    return i + 3 if _tagged_alone(doc, i + 3, j) else i  # not only after a hyphen ("Anti-Doping Agency")


def _adjective_pair(doc: Doc, i: int, j: int, label: str) -> bool:
    """Is ``doc[i:j]`` a place or a combining form and a people's adjective (or "Soviet")
    joined by a hyphen, before a lowercase noun ("U.S.-Soviet cooperation", "Franco-German
    ties")? Not a people ("African-American", "Afro-Colombian"), nor a person
    ("Jean-Sebastian said")."""
    m = _HYPHENED_PAIR.fullmatch(doc[i:j].text)
    if label == "PERSON" or m is None or j >= len(doc) or not (doc[j].is_lower and doc[j].is_alpha):
        return False
    first, second = m.group(1).lower(), m.group(2).lower()
    people = is_people_word(second) or second == "soviet"
    return people and (is_known_place(name_key(first)) or first in COMBINING_FORMS and first != "afro")


_HYPHENED_PAIR = re.compile(r"([A-Za-z.]+)[-–]([A-Za-z]+)")


def _combining_form(doc: Doc, i: int, j: int) -> bool:
    """Is the one word ``doc[i:j]`` the first half of a compound adjective ("Anglo-American")?"""
    joined = j < len(doc) and doc[j].text == "-" and not doc[i].whitespace_
    return j - i == 1 and doc[i].lower_ in COMBINING_FORMS and joined


#: Last words of things named after a person (or a place), which are not that person.
_PLACE_HEADS = frozenset("theater theatre stadium arena airport hospital gallery museum library plaza hotel casino tower".split())
_BODY_HEADS = frozenset(
    "presidency administration lecture lectures institute foundation memorial school college university centre center"
    " prize award awards trophy medal scholarship doctrine shuttle golf elementary initiative radio".split()
)
#: Last words of firms' names: a company's suffix or its trade ("Baltrix Shipping"); not
#: "Steel", a surname too ("David Steel").
_FIRM_ENDS = ORG_SUFFIXES | frozenset(
    "shipping mining banking publishing broadcasting trading engineering consulting logistics motors airlines"
    " airways energy insurance pharmaceuticals petroleum foods media entertainment partners".split()
)
_COMPASS = frozenset("north south east west central".split())
_LAST_COMPASS = _COMPASS - {"north", "west"}  # surnames too: "Oliver North", "Kanye West"


def _not_person_label(doc: Doc, i: int, j: int) -> str:
    """Label of the name ``doc[i:j]`` tagged as a person: a place for a building or a
    constituency ("Johnny Carson Theater", "North Devon", "Leicester South"), a body or
    event for what a person gives a name to ("Bush Presidency", "Adam Smith Lecture") or
    a body "of" somewhere ("University of Surrey"), else a person."""
    first, last = doc[i].lower_, doc[j - 1].lower_
    compass_end = last in _LAST_COMPASS or (last in _COMPASS and doc[j - 2].lower_ in _COMPASS)  # "Surrey South West"
    if last in _PLACE_HEADS or compass_end or (first in _COMPASS and doc[i + 1].text[:1].isupper()):
        return "FAC"
    if last in _BODY_HEADS or last in _FIRM_ENDS or any(doc[k].lower_ in ORG_HEADS and doc[k + 1].lower_ == "of" for k in range(i, j - 1)):
        return "ORG"  # (and "Baltrix Shipping", "Acme Holdings": a firm)
    return "PERSON"


def _place_code(t) -> bool:
    """Is ``t`` an untagged short code of a known place ("UK", "US")?"""
    known = known_kind(t.lower_)
    return t.is_upper and not t.ent_type_ and known == "place" and t.whitespace_ == " "


def _names_disease(doc: Doc, j: int) -> bool:
    """Is the name ending at ``j`` the owner in an illness's name ("Legionnaire's disease")?"""
    return j + 1 < len(doc) and _is_possessive(doc[j]) and doc[j + 1].lower_ in ("disease", "diseases", "syndrome")


#: Nouns after which a capitalised word is cited, not named ("text the word GOODPUB").
_CITING_NOUNS = frozenset("word words term phrase keyword codeword password hashtag".split())


def _word_cited(doc: Doc, i: int) -> bool:
    """Is the span starting at ``doc[i]`` a word cited after "the word" / "the term"?"""
    return i > 0 and doc[i - 1].lower_ in _CITING_NOUNS and doc[i - 1].text.islower()


def _ends_sentence(doc: Doc, k: int) -> bool:
    """Is the separate "." token ``doc[k]`` a full stop (last token, or before a new line/sentence)?"""
    return k + 1 >= len(doc) or "\n" in doc[k].whitespace_ or doc[k + 1].is_space or bool(doc[k + 1].is_sent_start)


def _is_known_with(doc: Doc, k: int, i: int, j: int) -> bool:
    """Does the untagged capitalised word ``doc[k]`` complete ``doc[i:j]`` into a known name?"""
    t = doc[k]
    if not t.text[:1].isupper() or t.ent_type_:
        return False
    return name_key(doc[k:j].text) in KNOWN_ALIASES and name_key(doc[i:j].text) not in KNOWN_ALIASES


def _completes_known(doc: Doc, i: int, j: int) -> bool:
    """Does the capitalised word ``doc[j]`` (untagged, or tagged alone) complete the end of
    ``doc[i:j]`` into a known name ("Liberal" + "Democrat", "Welsh Liberal" + "Democrat")?"""
    t = doc[j]
    alone = not t.ent_type_ or (t.ent_iob_ == "B" and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I"))
    if not t.text[:1].isupper() or not alone or not t.is_alpha or doc[j - 1].whitespace_ != " ":
        return False
    return any(name_key(doc[k : j + 1].text) in KNOWN_ALIASES for k in range(i, j)) and name_key(doc[i:j].text) not in KNOWN_ALIASES


#: Occupations the tagger reads as part of a name ("Comic Joe Pasquale"), cut before a full name only.
_DESCRIPTOR_WORDS = frozenset("comic chef poet playwright referee photographer pianist historian".split())
#: Nouns for a kind of business written before its name ("Bookmaker Ladbrokes").
_TRADES = frozenset(
    "bookmaker retailer carmaker automaker chipmaker drugmaker insurer airline brewer supermarket publisher firm organiser"
    " jeweller jeweler grocer bookseller broadcaster".split()
)


def _saints_place(doc: Doc, i: int, j: int) -> int:
    """End of a place named after a saint, a saint's name and a possessive ("St Katherine's
    dock"), once the capitalised words after it are added ("St David" + "'s Shopping
    Centre", "St James" + "' Park"); 0 for anything else."""
    p = j - 1 if j - i == 3 and _is_possessive(doc[j - 1]) else j
    if p - i != 2 or doc[i].text not in ("St", "St.", "Saint") or p >= len(doc) or not _is_possessive(doc[p]):
        return 0
    k = p + 1
    while k < len(doc) and doc[k].text.istitle() and doc[k].is_alpha and doc[k].pos_ in ("PROPN", "NOUN"):
        k += 1
    return k if k > p + 1 else p


#: Lowercase particles inside foreign names of places and bodies ("Stade de France").
_FOREIGN_PARTICLES = frozenset("de du des di da del della do dos das".split())


def _extend_over_particle(doc: Doc, j: int, label: str) -> int:
    """End of a place's or body's name the tagger cut before a foreign particle and the
    capitalised words after it ("Stade" + "de France", "Parc" + "des Princes")."""
    if label == "NORP" or j + 1 >= len(doc) or doc[j].text not in _FOREIGN_PARTICLES:
        return j
    k = j + 1
    while k < len(doc) and doc[k].text.istitle() and doc[k].pos_ == "PROPN" and not doc[k].is_sent_start:
        k += 1
    return k if k > j + 1 else j


def _role_and_name(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` an occupation and a person's name of two or three words ("Prop Martin
    Castrogiovanni", "Singer Joss Stone")?"""
    return 3 <= j - i <= 4 and doc[i].lower_ in PERSON_ROLES and all(t.pos_ == "PROPN" and t.text.istitle() for t in doc[i + 1 : j])


def _acronym_before_body(doc: Doc, i: int, j: int, label: str) -> int:
    """Start of a body's name of two words or more once an untagged acronym right before it
    is added ("the OTC" + "Bulletin Board"); not a common term ("TV")."""
    if label != "ORG" or j - i < 2 or i == 0:
        return i
    prev = doc[i - 1]
    acronym = prev.is_alpha and prev.is_upper and len(prev) >= 2 and prev.lower_ not in COMMON_TERMS | TITLES
    if acronym and not prev.ent_type_ and prev.pos_ == "PROPN" and prev.whitespace_ == " ":
        return i - 1
    return i


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")


def _inner_honorific(doc: Doc, i: int, j: int) -> int | None:
    """Where "Mr", "Mrs", "Ms" or "Dr" starts a person's name inside ``doc[i:j]``, after
    other capitalised words ("Tanzania Mr Brown said"), or None."""
    for k in range(i + 1, j - 1):
        if doc[k].text.rstrip(".") in _HONORIFIC_TAIL and doc[k + 1].text[:1].isupper() and doc[k - 1].text[:1].isupper():
            return k
    return None


def _inner_title(doc: Doc, i: int, j: int) -> int | None:
    """Where a person's name of two or three words follows a capitalised title inside
    ``doc[i:j]``, after other capitalised words ("Federal Labor MP" + "Carmen Lawrence"
    tagged as a body), or None. The name's first word is no English word: "Senate Minority
    Leader" + "Mitch McConnell", not "Tory Chief" + "Whip Office"."""
    for k in range(i + 1, j - 2):
        t = doc[k]
        word = t.lower_.rstrip(".")
        if word not in TITLES or word in _NOT_PLURAL_TITLES or not (t.text.istitle() or t.text.isupper()):
            continue  # not "Solid State" + "Circuits Conference", "Foreign" + "Agents Registration Act"
        if not doc[k - 1].text[:1].isupper() or is_english_word(doc[k + 1].text, plural=True):
            continue
        if j - k - 1 <= 3 and _first_name_first(doc, k + 1, j) and all(x.pos_ == "PROPN" for x in doc[k + 1 : j]):
            return k + 1
    return None


def _listed_body(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` a body's name made of a list of capitalised words, its last two joined
    by "and", ending in a word that heads a body ("Construction, Forestry, Mining and Energy
    Union"), perhaps before its acronym in brackets ("(CFMEU")?"""
    j = next((k for k in range(i, j) if doc[k].text == "("), j)
    if j > i and _is_possessive(doc[j - 1]):
        j -= 1  # "... Energy Union's (CFMEU) John Sutton"
    if j - i < 6 or doc[j - 1].lower_ not in ORG_HEADS or not any(t.text == "," for t in doc[i:j]):
        return False
    words = [t for t in doc[i : j - 1] if t.text not in (",", "and", "&")]
    joined = [t.text for t in doc[i:j] if t.text in (",", "and", "&")]
    return all(t.text.istitle() and t.is_alpha for t in words) and joined[-1] in ("and", "&") and len(words) <= 6


def _pageant(doc: Doc, i: int) -> bool:
    """Is ``doc[i]``, after "Miss", a title the text also writes before someone's name
    ("Miss Universe" beside "Miss Universe Alicia Machado")?"""
    before = doc[i - 1] if i > 0 else None
    if before is None or before.text != "Miss":
        return False
    return re.search(rf"\bMiss {re.escape(doc[i].text)} [A-Z][a-z]+ [A-Z]", doc.text) is not None


def _acronym_before_person(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` a body's acronym glued to a person's two-word name the text also
    gives with an honorific ("EADS Philippe Camus" ... "Mr Camus")?"""
    if j - i != 3 or not is_acronym(doc[i].text) or not _plain_name(doc[i + 1 : j]):
        return False
    if not all(t.pos_ == "PROPN" for t in doc[i + 1 : j]):
        return False
    surname = re.escape(doc[j - 1].text)
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? {surname}\b", doc.text) is not None


def _plain_name(tokens) -> bool:
    """Are ``tokens`` capitalised words with no word of a place or a body ("Karen Whitefield";
    not "Sport Wales")?"""
    return all(t.text.istitle() and t.lower_ not in COUNTRIES and t.lower_ not in ORG_HEADS for t in tokens)


def _is_descriptor(token) -> bool:
    """A common noun or a demonym noun before a full name ("Sprinter", "Scot")."""
    if token.lower_ in _DESCRIPTOR_WORDS:
        return True  # "Comic Joe Pasquale"
    return (token.pos_ == "NOUN" and token.tag_ == "NN") or is_demonym_noun(token.text)  # "Irishmen John Magnier"


def _is_trade(token) -> bool:
    """Is ``token`` a capitalised noun for a kind of business ("Bookmakers", "Retailer")?"""
    w = token.lower_
    return token.text[:1].isupper() and (w in _TRADES or (w.endswith("s") and w[:-1] in _TRADES))


def _is_title(word: str) -> bool:
    """A title or an occupation before a name ("Minister", "Novelist", "Musician"), or "aka"."""
    if word.endswith("s") and (word[:-1] in PERSON_ROLES or word[:-1] in TITLES and word[:-1] not in _NOT_PLURAL_TITLES):
        return True  # "Veterans Simon and Garfunkel", "Senators Rubio and Cruz"
    if word in ("aka", "a.k.a"):
        return True  # "AKA Danger Mouse": the name someone goes by
    if word in _PLURAL_HONORIFICS:
        return True  # "Lords Bingham, Steyn, Hope and Carswell"
    return word in TITLES or word in ROLE_HEADS or (word.endswith(("ist", "ician")) and len(word) > 5)


#: Titles whose plural starts no list of names ("States", "Firsts", "Models").
_NOT_PLURAL_TITLES = frozenset(
    "state home first prime foreign interior finance defence defense supreme chief deputy shadow model rt hon ms mr".split()
)
#: Capitalised plural nouns for people by what they do ("Writers", "Critics", "Players"); not
#: "Beatles" or "Leeds", whose apostrophe marks an owner ("Leeds' Elland Road").
_AGENT_PLURAL = re.compile(r"^[A-Z][a-z]{2,}(?:ers|ors|ists|ics|ians)$")


def _bare_head(t) -> bool:
    """Is ``t`` an untagged capitalised noun that may end a body's name ("Circle")?"""
    return t.text.istitle() and t.is_alpha and not t.ent_type_ and t.pos_ in ("PROPN", "NOUN")


def _initials(word: str) -> bool:
    """Is ``word`` one or two initials ("J", "CJ", "J.")?"""
    return 1 <= len(word.rstrip(".")) <= 2 and word.rstrip(".").isalpha() and word.rstrip(".").isupper()


#: Last words of the areas a place is divided into ("Wake County", "Hama Province").
_AREA_HEADS = frozenset("county province district parish borough region state township".split())


def _areas_after(doc: Doc, j: int) -> bool:
    """Does a lowercase head of areas follow ``doc[j - 1]``, maybe after "and" or a comma and
    another capitalised word ("Brown" + " county", "Brown" + " and Racine counties")?"""
    k = j
    if k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and doc[k + 1].text.istitle():
        k += 2
    return k < len(doc) and doc[k].text.islower() and doc[k].lower_ in _AREA_WORDS


_AREA_WORDS = _AREA_HEADS | frozenset("counties provinces districts parishes boroughs regions states townships".split())


def _owner_named_alone(doc: Doc, i: int, k: int, j: int) -> bool:
    """Is ``doc[i:k]``, before the possessive ``doc[k]``, a name the text tags alone, with a
    name after the possessive: two words but a company's suffix, or a word tagged alone?"""
    rest = (j - k - 1 >= 2 and doc[j - 1].lower_ not in ORG_SUFFIXES) or _tagged_alone(doc, k + 1, j)
    return rest and _tagged_alone(doc, i, k)


def _named_after(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` (a possessive aside) a name the text tags alone elsewhere, or the last
    word of a person's full name it tags?"""
    k = j - 1 if j - 1 > i and _is_possessive(doc[j - 1]) else j
    return _tagged_alone(doc, i, k) or k - i == 1 and _ends_full_name(doc, i)


#: Prepositions that open a sentence before a name ("Amid Obama's push"); not "Under",
#: "Beyond" or "Inside", which start names ("Under Armour", "Beyond Meat").
_OPENING_PREPOSITIONS = frozenset(
    "amid amidst among amongst beneath despite throughout unlike upon toward towards against besides behind "
    "within without alongside".split()
)


#: A letter, a hyphen and a number: visas, jets, roads ("H-1B", "F-35"); not "G-20", a group.
_CODE = re.compile(r"(?!G-)[A-Z]-\d+[A-Z]?")
#: A lowercase letter said three times: a word stretched for a cry ("Yesssss"; not "KKK").
_STRETCHED = re.compile(r"([a-z])\1\1")


def _tagged_alone(doc: Doc, i: int, k: int) -> bool:
    """Does the text tag ``doc[i:k]`` as a name of its own somewhere else ("the" before it
    or not)?"""
    words = _THE.sub("", doc[i:k].text)
    return any(_THE.sub("", e.text) == words and e.start != i for e in doc.ents)


_THE = re.compile(r"^the ", re.IGNORECASE)


def _lone_surname(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` one capitalised name word, no name going on after it
    ("Ben S." + "Bernanke of ..."; not "Malcolm X." + "Attallah Shabazz")?"""
    t = doc[k]
    more = k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper()
    return t.pos_ == "PROPN" and t.text.istitle() and t.is_alpha and not more


def _after_title(doc: Doc, i: int) -> bool:
    """Does a title come right before ``doc[i]`` ("CEO", "candidate")?"""
    return i > 0 and doc[i - 1].lower_.rstrip(".") in TITLES and doc[i - 1].whitespace_ == " "


def _first_name_first(doc: Doc, i: int, j: int) -> bool:
    """Can ``doc[i:j]`` be a person's name: capitalised words of no place or body, the first
    one no English word ("Carly Fiorina"; not "Matrix Asset Advisors", "Legitimate
    Bollywood")?"""
    return _plain_name(doc[i:j]) and not is_english_word(doc[i].text)


def _surname_alone(doc: Doc, i: int, j: int) -> bool:
    """Does the text tag the last word of the two-word ``doc[i:j]`` alone as a person
    ("Fiorina said"), a word that is no common term (not "Skype Voip")?"""
    word = doc[j - 1].text
    if j - i != 2 or word.lower() in COMMON_TERMS:
        return False
    return any(e.label_ == "PERSON" and len(e) == 1 and e[0].text == word for e in doc.ents)


def _person_after(doc: Doc, j: int) -> bool:
    """Does a person's tagged name start at ``doc[j]``, or after the full stop of a title's
    short form ending at ``doc[j - 1]`` ("Capt.", "Sgt."; not "Garden State. Michael Moore"),
    or after one more title's short form ("Chair" + "Rep. Debbie Wasserman Schultz")?"""
    if j < len(doc) and doc[j].text == "." and len(doc[j - 1]) <= 4:
        j += 1
    short = j + 1 < len(doc) and (doc[j].text.endswith(".") or doc[j + 1].text == ".")
    if short and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in TITLES:
        j += 1 if doc[j].text.endswith(".") else 2  # "Committee Chair" + "Rep. Debbie Wasserman Schultz"
        # (not "Home" + "Secretary David Blunkett")
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"


#: Small English words that do not end a name after a hyphen: the hyphen stands for a dash
#: ("Benjamin Franklin-the oldest delegate", "Admiral William Crowe-have endorsed"). Not "in"
#: or "un", the last syllables of "Moon Jae-in" and "Kim Jong-un".
_DASH_WORDS = frozenset(
    """
    the a and but or nor have has had was were is are will would who which that this then than
    with from for not our his her its their they we he she it as at by of to
    """.split()
)


def _dash_before(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a hyphen typed for a dash, with no spaces, before a small English word or
    a quote ("Franklin" + "-the", "Rayburn" + "-\"Mr. Sam\"")?"""
    if doc[k].text not in ("-", "–") or doc[k - 1].whitespace_ or doc[k].whitespace_ or k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    return nxt.text in _QUOTES or nxt.text.islower() and nxt.lower_ in _DASH_WORDS


def _stage_direction(doc: Doc, i: int) -> bool:
    """Is the one word ``doc[i]`` an English word in brackets with a full stop, as a
    transcript marks the room's response ("(Laughter.)", "(Applause.)"; not "(Labour)")?"""
    inside = i > 0 and doc[i - 1].text == "(" and i + 2 < len(doc) and doc[i + 1].text == "." and doc[i + 2].text == ")"
    return inside and is_english_word(doc[i].text)


#: Lowercase nouns after a one-word name that make it the name of a law or a scheme.
_LAW_NOUNS = frozenset(("bill", "bills", "grant", "grants"))


def _a_surname(doc: Doc, k: int) -> bool:
    """Does a person's name the text tags end with the word ``doc[k]`` ("Chambers" beside
    "Dwain Chambers")?"""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == doc[k].text for e in doc.ents)


def _plural_head(word: str) -> bool:
    """Is ``word`` the plural of a body's head word ("commissions", "agencies"; not
    "services", a head word itself)?"""
    if word in ORG_HEADS or not word.endswith("s"):
        return False
    return word[:-1] in ORG_HEADS or word.endswith("ies") and word[:-3] + "y" in ORG_HEADS


#: Determiners that make a capitalised common noun a description ("this Chamber").
_OWNING_WORDS = frozenset("this these our their his her its my your".split())  # not "that", which opens clauses
#: Words after a name that make it modify a noun further on ("its Opel and Vauxhall models").
_MODIFIER_LINKS = frozenset(("and", "or", "&", "-", "'s", "’s", "/"))
#: Bodies a speaker names with "our" ("our Government", "our Navy"): still the body.
_OWN_BODIES = frozenset("government congress parliament senate house cabinet army navy military police court".split())


def _owned_common_noun(doc: Doc, i: int, label: str) -> bool:
    """Is ``doc[i]``, a place or a body by its tag, a capitalised common noun after a
    possessive or demonstrative determiner that heads its phrase ("our Embassy in Kabul",
    "this Hemisphere", "our Union")? Not a name before the noun it modifies ("his Iraq
    policy"), a widely known name, a body of one's own ("our Navy"), nor a body's head word
    after a body the text names with it ("this Commission" beside the "Joint Commission";
    but "our Union" beside the "Soviet Union", a place)."""
    before = doc[i - 1] if i > 0 else None
    if label not in ("ORG", "GPE", "LOC", "FAC") or before is None or before.lower_ not in _OWNING_WORDS:
        return False
    word, after = doc[i].text, doc[i + 1] if i + 1 < len(doc) else None
    if before.tag_ not in ("DT", "PRP$") or after is not None and (
        after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.text in _MODIFIER_LINKS
    ):
        return False  # "his Iraq policy", "its Opel and Vauxhall models", "their Portugal-based players"
    if not word.istitle() or doc[i].lower_ in _OWN_BODIES or known_kind(name_key(word)) or not is_english_word(word):
        return False
    return not any(len(e) > 1 and e.label_ == "ORG" and e[-1].text == word for e in doc.ents)


def _plural_of_named(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` the plural of a person's full name the text tags ("Thomas Edisons"
    beside "Thomas Edison"; not "Lib Dems" beside "Lib Dem" or "Lords" beside "Lord Smith")?"""
    word = doc[j - 1].text
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    singular = (doc[i : j - 1].text + doc[j - 2].whitespace_ + word[:-1]).lower()
    if known_kind(name_key(singular)):
        return False  # "the Lib Dems", where a "Lib Dem" is tagged as a person
    return any(e.label_ == "PERSON" and e.text.lower() == singular for e in doc.ents)


def _two_surnames(doc: Doc, i: int, j: int) -> bool:
    """Is ``doc[i:j]`` two surnames joined by a hyphen, each the last word of a different
    full name the text tags ("the Alito-Prelogar matchups" beside "Samuel Alito" and
    "Elizabeth Prelogar"; not "Owusu-Abeyie" beside "Quincy Owusu-Abeyie")?"""
    if j - i != 3 or doc[i + 1].text not in ("-", "–") or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    return doc[i].text != doc[i + 2].text and _ends_full_name(doc, i) and _ends_full_name(doc, i + 2)


def _is_hyphen_suffix(t) -> bool:
    """Is the lowercase word ``t``, joined to a name by a hyphen, a suffix that makes the
    name describe something ("Bush-style", "Pakistan-based", a participle such as "Ian
    Murray-skippered" or "UN-brokered")?"""
    word = t.lower_
    return word in _HYPHEN_WORDS or (len(word) >= 5 and word.endswith("ed") and t.text.islower())


def _hyphen_word_after(doc: Doc, j: int) -> bool:
    """Does a hyphen and a lowercase word follow ``doc[j - 1]`` with no space ("T" +
    "-shirts")?"""
    return j + 1 < len(doc) and not doc[j - 1].whitespace_ and doc[j].text == "-" and doc[j + 1].text[:1].islower()


def _ends_full_name(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` the last word of a person's full name the text tags ("Hale" of "Tom
    Hale"; not "St" of "Downing St", "Network" of "Fostering Network")?"""
    word = doc[i].text
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word and e.end != i + 1 for e in doc.ents)


def _plural_possessive(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` the bare apostrophe of a capitalised plural noun for people ("Writers'",
    "Critics'"), or of any capitalised plural before a body's head word ("Sheriffs'
    Association")?"""
    if k == 0 or doc[k].text not in ("'", "’"):
        return False
    before = doc[k - 1]
    head_after = k + 1 < len(doc) and doc[k + 1].lower_ in ORG_HEADS and doc[k + 1].text.istitle()
    plural = before.tag_ in ("NNPS", "NNS") and before.text.istitle() and before.lower_.endswith("s")
    return _AGENT_PLURAL.search(before.text) is not None or plural and head_after


_IRREGULAR_PLURALS = frozenset("men women children people".split())


def _is_possessive(token) -> bool:
    return token.tag_ == "POS" or token.text in ("'s", "’s", "'", "’")


#: Small words a body's name holds in lowercase ("European Centre for a Modern Ukraine").
_ORG_INNER_WORDS = ORG_PARTICLES | {"a", "an"}


def _cut_lowercase(doc: Doc, i: int, j: int, particles: frozenset[str], *, hyphen_ok: bool) -> int:
    for k in range(i + 1, j):
        t = doc[k]
        if not t.text[:1].islower() or t.lower_ in particles:
            continue
        if hyphen_ok and k > 0 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
            if _is_hyphen_suffix(t):
                return k - 1  # "Bush-style", "Ian Murray-skippered"
            continue
        return k
    return j


def _cut_before_and(doc: Doc, i: int, j: int) -> bool:
    """Was "Head of/for X and Y" cut before "and Y"? ("Department for Education and Skills",
    "School of Witchcraft and Wizardry", "Police Federation of England and Wales"); Y is one
    capitalised word, untagged or tagged alone (as a body, or as a place after a place), or
    more when X ends in an adjective ("Association of Latino Elected" + "and Appointed
    Officials")."""
    if j + 1 >= len(doc) or doc[j].lower_ != "and" or doc[j - 1].whitespace_ != " ":
        return False
    nxt = doc[j + 1]
    heads = [k for k in range(i, j - 2) if doc[k].lower_ in ORG_HEADS and doc[k + 1].lower_ in ("of", "for")]
    one = nxt.ent_iob_ == "B" and (j + 2 >= len(doc) or doc[j + 2].ent_iob_ != "I")
    # a place after a place: "of England" + "and Wales"
    places = nxt.ent_type_ == "GPE" and (doc[j - 1].ent_type_ == "GPE" or doc[j - 1].lower_ in COUNTRIES)
    alone = not nxt.ent_type_ or (one and (nxt.ent_type_ == "ORG" or places))
    after = doc[j + 2] if j + 2 < len(doc) else None
    more = after is not None and after.text[:1].isupper() and not is_modifier_word(doc[j - 1].text)
    return bool(heads) and nxt.text[:1].isupper() and nxt.is_alpha and alone and not more


def _extend_org(doc: Doc, j: int) -> int:
    """Extend an organisation name cut after "and"/"of" over the capitalised words that follow."""
    k = j
    while k < len(doc) and k - j < 6 and (doc[k].text[:1].isupper() or doc[k].lower_ in ORG_PARTICLES):
        if doc[k].is_sent_start or "\n" in doc[k - 1].whitespace_:
            break
        if k == j and doc[k].text in ("A", "An", "The"):
            break  # "Sweeney Todd and A Funny Thing Happened": a second title
        k += 1
    return k


_PLACE_OR_BODY = ("GPE", "LOC", "ORG", "FAC")


def _extend_person(doc: Doc, i: int, j: int) -> int:
    """Extend a truncated person name: "Choe Son" + " Hui", "Choe Son" + "-hui" (a given
    name's lowercase second half: a short word, or one of up to six letters English does
    not list, "Sang-hyeok", "Min-hyeong")."""
    added = 0
    while j < len(doc) and added < 2:
        nxt, prev = doc[j], doc[j - 1]
        if (
            prev.whitespace_ == " "
            and nxt.pos_ == "PROPN"
            and nxt.text[:1].isupper()
            and nxt.text.isalpha()
            and (not nxt.ent_type_ or (j - i >= 2 and _lone_person(doc, j)))  # "Susilo Bambang" + "Yudhoyono"
            and not nxt.is_sent_start
            and nxt.lower_ not in _NOT_NAME_WORDS  # not "Labour" + "MPs", "Schmidt" + "OK"
            and not (len(nxt.text) == 1 and _hyphen_word_after(doc, j + 1))  # not "Bernie Sanders" + "T-shirts"
            and (j - i >= 2 or nxt.lower_ not in _PLACE_HEADS and nxt.lower_ not in _BODY_HEADS)  # "Bush" of "the Bush Presidency"
        ):
            j += 1
        elif j - i >= 2 and prev.text in NAME_PARTICLES and prev.whitespace_ and (tail := _particle_tail(doc, j)):
            j = tail  # "Walter van" + "der Vijver"
        elif (
            prev.lower_ in NOBLE_TITLES
            and nxt.lower_ == "of"
            and j + 1 < len(doc)
            and doc[j + 1].text[:1].isupper()
            and doc[j + 1].ent_type_ not in ("DATE", "CARDINAL")
            and (j - i == 1 or j - i == 2 and doc[j + 1].ent_type_ not in _PLACE_OR_BODY)
        ):
            j += 2  # "Duke" + "of Edinburgh", "Mary Queen" + " of Scots"; not the surnames of "Stephen King"
            # + "of Maine", "Peter T. King" + "of New York"
        elif (
            j - i >= 2
            and j + 1 < len(doc)
            and glued_hyphen(doc, j)
            and doc[j + 1].text.islower()
            and (len(doc[j + 1]) <= 4 or len(doc[j + 1]) <= 6 and not is_english_word(doc[j + 1].text))
            and not _is_hyphen_suffix(doc[j + 1])
            and not _dash_before(doc, j)  # not "Benjamin Franklin" + "-the oldest delegate"
        ):
            j += 2  # "Choe Son" + "-hui", "Lee 'Faker' Sang" + "-hyeok"; not "Tony Blair" + "-loving"
        else:
            break
        added += 1
    return j


def _particle_tail(doc: Doc, j: int) -> int:
    """End of the rest of a name after a particle that ends a span: a capitalised word, or
    more particles then one ("van" + "der Vijver"); 0 when none follows."""
    k = j
    while k < len(doc) and doc[k].text in NAME_PARTICLES and doc[k].whitespace_:
        k += 1
    if k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and not doc[k].is_sent_start and k - j <= 2:
        return k + 1
    return 0


def _lone_person(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a one-word person entity (the tagger's tail of a three-word name)?"""
    t = doc[k]
    return t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")


def _missed_names(
    analysis: Analysis, found: list[Candidate], taken: set[int], ignore: frozenset[str], starts: list[int]
) -> list[Candidate]:
    """Further mentions of a person's short name that the tagger missed in this document.

    Only forms the document already uses for a person are searched: the surname of each
    full name and every one-word form tagged as a person ("Stalin was reassuring Gottwald").
    """
    forms: set[str] = set()
    for c in found:
        if c.kind != "person":
            continue
        words = c.text.split()
        if len(words) > 2 and words[-1].lower().rstrip(".") in GENERATIONAL:
            words = words[:-1]  # "Charles Evans Jr" is "Mr Evans"
        if len(words) == 1:
            forms.add(words[0])
        elif words[-1][:1].isupper() and "-" not in words[-1] and not any(w.islower() for w in words):
            forms.add(words[-1])
    out: list[Candidate] = []
    if not forms:
        return out
    doc = analysis.doc
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(forms))) + r")(?![\w-])")
    for m in pattern.finditer(analysis.document.text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        t = span[0]
        if t.i in taken or t.ent_type_:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and not t.is_sent_start and before.text[:1].isupper() and before.pos_ == "PROPN":
            if before.lower_.rstrip(".") not in HONORIFICS:
                continue  # part of another name; "Mr Lund" is the surname
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" and "\n" not in t.whitespace_:
            continue
        i = t.i
        if before is not None and len(before.text) == 1 and before.text.isupper() and t.i > 1:
            if not listed_initial(doc, t.i - 1):
                continue  # a name with an initial the tagger missed
            i -= 1  # "; A Jones," in a team sheet
        cand = _candidate(analysis, i, t.i + 1, "PERSON", starts)
        if cand is not None and cand.key not in ignore:
            cand.descriptions = _descriptions(doc, i, t.i + 1, i, [])
            out.append(cand)
    return out


#: Small words an acronym skips inside the name it abbreviates.
_ACRONYM_SKIPS = frozenset("and of for the on in to & de".split())


def _spelled_by_acronyms(analysis: Analysis, cands: list[Candidate], starts: list[int]) -> list[Candidate]:
    """``cands`` once the pieces of a name the tagger cut are joined into the name a
    bracketed acronym after it spells ("the World Travel" + "and" + "Tourism Council" +
    "(WTTC)"; "Office of the Deputy" + "Prime Minister (ODPM)"). A mention that already
    holds the whole name is left alone ("US Environmental Protection Agency (EPA)"), and
    so is a text where no mention touches the name (a term: "Local Loop Unbundling (LLU)")."""
    doc, text = analysis.doc, analysis.document.text
    for m in _ACRONYM_DEF.finditer(text):  # three capitals or more: "(WTTC)", "(DfES)"
        letters = [ch for ch in m.group(1) if ch.isupper()]
        span = _acronym_stretch(doc, m.start(), letters) if len(letters) >= 3 else None
        if span is None:
            continue
        a, b = span
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        inside = [c for c in cands if c.start < end and c.end > start]
        if not inside or any(c.start <= start and c.end >= end for c in inside) or any(c.start < start for c in inside):
            continue
        labels = {c.label for c in inside}
        label = labels.pop() if len(labels) == 1 else "ORG"
        joined = _candidate(analysis, a, b, "ORG" if label == "NORP" else label, starts)  # "British" + "Sign Language"
        if joined is not None:
            cands = [c for c in cands if all(c is not d for d in inside)] + [joined]
    return cands


def _acronym_stretch(doc: Doc, at: int, letters: list[str]) -> tuple[int, int] | None:
    """Token range of the words before the character offset ``at`` whose capitalised
    words start with ``letters`` in order (small words skipped), or None."""
    k = next((t.i for t in doc if t.idx >= at), len(doc))
    j = k
    while j > 0 and (_is_possessive(doc[j - 1]) or doc[j - 1].is_space):
        j -= 1
    i, want = j, list(letters)
    while i > 0 and want:
        t = doc[i - 1]
        if t.lower_ in _ACRONYM_SKIPS and i < j:
            i -= 1
            continue
        if not (t.is_alpha and t.text[:1] == want[-1]):
            return None
        want.pop()
        i -= 1
    if want or i == j or doc[i].lower_ in _ACRONYM_SKIPS:
        return None
    return i, j


def _acronyms(text: str, cands: list[Candidate]) -> list[tuple[str, str]]:
    """Acronym definitions and uses of one document (see :func:`generator.actor_variants.acronym_pairs`)."""
    return acronym_pairs(text, cands, _ACRONYM_DEF)


# --------------------------------------------------------------------------- roles


def _descriptions(doc: Doc, i: int, j: int, ent_start: int, titles: list[str]) -> list[str]:
    found = [_premodifier(doc, i, ent_start) or " ".join(titles), *_appositions(doc, i, j)]
    return [d for d in (_tidy(x) for x in found) if d]


_HONORIFIC_WORDS = HONORIFICS | {"prof", "mx", "rt", "hon", "rev"}
#: Honorifics before a list of names ("Lords Bingham, Steyn and Hope", "Messrs Smith and Jones").
_PLURAL_HONORIFICS = frozenset(("lords", "ladies", "messrs", "drs"))
#: Honorifics that only come before a person's name (not "Lord" of "Lord's", "Sir" of a title).
_PERSONAL_HONORIFICS = HONORIFICS - {"sir", "dame", "lord", "lady"}
#: Short ranks and occupations that start only a person's name ("Gen", not "General Motors").
_PERSON_FIRST = PERSON_ROLES | frozenset("gen col maj capt lt sgt adm cmdr sen gov supt insp det cpl ceo ag pastor pres".split())


def _tidy(text: str) -> str | None:
    """Drop bare honorifics ("Mr") and stray fragments ("m champion" from "60m champion")."""
    words = text.split()
    while words and (words[-1].lower().rstrip(".") in _HONORIFIC_WORDS):
        words.pop()
    while words and ((len(words[0]) == 1 and words[0].islower()) or not words[0][:1].isalpha()):
        words.pop(0)
    if not words or all(w.lower().rstrip(".") in _HONORIFIC_WORDS for w in words):
        return None
    return " ".join(words)


def _premodifier(doc: Doc, i: int, floor: int) -> str | None:
    """ "Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov" (tokens left of the name)."""
    sent_start = doc[i].sent.start
    toks: list[int] = []
    k = i - 1
    while k >= sent_start:
        t = doc[k]
        joined = t.text == "-" and not t.whitespace_ and k > 0 and not doc[k - 1].whitespace_
        if (t.is_punct and not _is_possessive(t) and not joined) or "\n" in t.whitespace_:
            break
        if t.pos_ in _BREAK_TAGS or (k < floor and t.ent_type_ in _BREAK_ENTS):
            break
        if t.pos_ == "ADP" and t.lower_ not in ("of", "for"):
            break
        toks.insert(0, k)
        k -= 1
    if not toks:
        return None
    last = doc[toks[-1]]
    if not (last.lower_ in TITLES or last.lower_ in ROLE_HEADS or (last.pos_ == "NOUN" and last.tag_ == "NN")):
        return None
    for p in range(len(toks) - 1, -1, -1):  # "meeting of Finance Minister X" -> "Finance Minister"
        if doc[toks[p]].pos_ == "ADP":
            if p == 0 or doc[toks[p - 1]].lower_ not in ROLE_HEADS:
                toks = toks[p + 1 :]
                break
    while toks and (doc[toks[0]].pos_ in ("ADP", "PART") or _is_possessive(doc[toks[0]])):
        toks = toks[1:]
    if not toks or len(toks) > _MAX_DESCRIPTION:
        return None
    return _text(doc, toks[0], toks[-1] + 1)


def _appositions(doc: Doc, i: int, j: int) -> list[str]:
    """ "a prominent pundit" in "X, a prominent pundit, said" and "Russia's minister, X, said"."""
    out = []
    root = doc[i:j].root
    appos = [c for c in root.children if c.dep_ == "appos" and c.i > j and c.pos_ in ("NOUN", "PROPN")]
    if j < len(doc) and doc[j].text == "," and appos and any(c.pos_ == "NOUN" for c in appos):
        end = j + 1  # up to the closing comma: "X, Tory co-chairman, said"
        sent_end = doc[i].sent.end
        while end < sent_end and doc[end].text not in ",;()–—" and not (doc[end].text == "-" and doc[end - 1].whitespace_):
            end += 1
        inside = range(j + 1, end)
        if (
            end - j - 1 <= _MAX_DESCRIPTION
            and all(doc[k].pos_ not in ("PRON", "VERB", "AUX", "SCONJ") for k in inside)
            and max(c.i for c in appos) < end
        ):
            span = _trim(doc, j + 1, end)
            if span:
                out.append(span)
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < i and i > 0 and doc[i - 1].text == ",":
        if head.tag_ in ("NN", "NNP") and all(doc[k].pos_ not in ("VERB", "AUX") for k in range(head.left_edge.i, i - 1)):
            span = _trim(doc, head.left_edge.i, i - 1)
            if span:
                out.append(span)
    return out


def _trim(doc: Doc, a: int, b: int) -> str | None:
    while a < b and (doc[a].pos_ in ("DET", "PUNCT", "CCONJ") or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    if b <= a or b - a > _MAX_DESCRIPTION or "\n" in doc[a:b].text:
        return None
    return _text(doc, a, b)


def _text(doc: Doc, a: int, b: int) -> str:
    return " ".join(doc[a:b].text.split())


__all__ = ["Candidate", "extract", "follows_the", "key_tokens"]
