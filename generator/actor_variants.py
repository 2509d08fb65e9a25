"""Further variant rules for the actor stage: acronyms and spelling variants of one name.

Pure functions over name strings and cleaned candidates (anything with ``doc``, ``key``,
``kind``, ``text``, ``start`` and ``end``), called from
:func:`generator.actor_spans._acronyms` (acronym definitions of one document) and
:func:`generator.actors._merge_variants` (pairs of name keys to union across the corpus):

- :func:`abbreviates`: Schwartz–Hearst check that a short form abbreviates a long one;
- :func:`acronym_pairs`: "Long Name (ACR)", "Long Name's (ACR)", "Long Name (Acr)",
  "ACR, the Long Name", a place the tagger left out ("US" + "Anti-Doping Agency (USADA)"),
  and an undefined acronym equal to the initials of a longer name of the same document:
  all-caps ("UKA", where all-caps words give all their letters), mixed-case ("BoE"),
  written as a word ("Sepa") or with "&" ("M&S" / "Marks & Spencer", see :func:`amp_initials`);
- :func:`variant_pairs`: one-letter spelling variants of a multi-word name, organisation
  names with one word shortened ("Lab" / "Laboratory") or cut short ("World Summit"), web
  addresses of a name ("Example.org" / "Example"), well-known short first names
  ("Dave" / "David"), and plural or prize-word forms of an award's name ("Golden Globes" /
  "Golden Globe Awards", see :func:`award_stem`).

Every rule refuses when two different keys could be meant; precision comes first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Protocol

from rapidfuzz.distance import OSA

from .actor_fragments import ORG_HEADS
from .actor_rules import (
    KNOWN_ALIASES, ORG_PARTICLES, ORG_SUFFIXES, US_POSTAL_CODES, fold, initials_of, is_acronym, key_tokens,
)
from .actor_rules import GENERATIONAL, known_kind, name_key, strip_possessive


class _Cand(Protocol):
    doc: str
    start: int
    end: int
    text: str
    kind: str
    key: str


#: Well-known English short first names -> the full first names they stand for.
HYPOCORISMS: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "dave": "david", "davy": "david", "bill": "william", "billy": "william", "will": "william",
        "mike": "michael", "mick": "michael", "jim": "james", "jimmy": "james", "jamie": "james",
        "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "robert albert herbert",
        "tom": "thomas", "tommy": "thomas", "tony": "anthony antony", "andy": "andrew", "drew": "andrew",
        "steve": "steven stephen", "chris": "christopher christine christina", "dan": "daniel",
        "danny": "daniel", "joe": "joseph", "joey": "joseph", "jon": "jonathan", "nick": "nicholas nicolas",
        "pete": "peter", "sam": "samuel samantha", "ben": "benjamin", "matt": "matthew", "tim": "timothy",
        "ted": "edward", "ed": "edward edmund", "eddie": "edward", "johnny": "john", "charlie": "charles",
        "chuck": "charles", "dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
        "ken": "kenneth", "kenny": "kenneth", "ron": "ronald", "ronnie": "ronald", "don": "donald",
        "greg": "gregory", "jeff": "jeffrey", "geoff": "geoffrey", "larry": "lawrence laurence",
        "phil": "philip phillip", "ray": "raymond", "alex": "alexander alexandra", "fred": "frederick",
        "freddie": "frederick", "gerry": "gerald gerard", "kate": "katherine catherine kathryn",
        "katie": "katherine catherine", "cathy": "catherine", "kathy": "katherine kathleen",
        "liz": "elizabeth", "beth": "elizabeth", "sue": "susan", "jenny": "jennifer", "jen": "jennifer",
        "maggie": "margaret", "meg": "margaret", "pat": "patrick patricia", "vicky": "victoria",
        "becky": "rebecca", "mandy": "amanda", "nicky": "nicola", "debbie": "deborah", "theo": "theodore",
        "toby": "tobias", "ollie": "oliver", "nat": "nathan nathaniel natalie", "stan": "stanley",
        "vince": "vincent", "doug": "douglas", "len": "leonard", "lenny": "leonard", "sandy": "alexander alexandra sandra",
        "terry": "terence", "tel": "terence", "val": "valerie", "zach": "zachary", "josh": "joshua",
        "abe": "abraham", "gabe": "gabriel", "sid": "sidney", "rod": "rodney roderick", "rafa": "rafael",
        "jake": "jacob", "jack": "john jacob", "hank": "henry", "harry": "henry harold", "newt": "newton",
        "rudy": "rudolph", "bernie": "bernard", "gabby": "gabrielle", "teddy": "theodore edward", "al": "albert alfred",
        "jerry": "gerald jerome", "gene": "eugene", "walt": "walter", "marty": "martin", "nate": "nathan nathaniel",
        "abby": "abigail", "cindy": "cynthia", "patty": "patricia", "peggy": "margaret", "sally": "sarah",
    }.items()
}
#: First names the hypocorisms know, short or full ("Ben", "Benjamin").
FIRST_NAMES = frozenset(HYPOCORISMS) | frozenset(name for names in HYPOCORISMS.values() for name in names)

#: Surnames one letter apart that are distinct names, not spellings of one.
DISTINCT_SPELLINGS = frozenset(
    frozenset(p.split("/")) for p in "davies/davis millar/miller thomson/thompson philips/phillips".split()
)

#: Top-level domains (and two-level ones) of a web address naming an actor ("Example.org").
_WEB = re.compile(
    r"^(?:www\.)?(?P<name>[A-Za-z0-9][A-Za-z0-9-]*)\."
    r"(?:co\.uk|org\.uk|ac\.uk|gov\.uk|com\.au|co\.nz|com|org|net|info|biz|gov|edu|tv|fm|io|eu|uk|de|fr)$",
    re.I,
)
#: Mentions of each of two spellings in one document from which they are two people.
_MANY = 2
#: A token edited by one letter is at least this long (and the other at least one shorter).
_MIN_EDITED = 6
#: Words of a name that never count alone ("of", "the", ...).
_PARTICLES = ORG_PARTICLES | {"and"}
#: An acronym written with "&" ("S&P", "AT&T"); the letters on each side are initials.
_AMP_ACRONYM = re.compile(r"[A-Z]{1,3}(?:&[A-Z]{1,3})+")
#: Last words naming an award after its name ("Golden Globe Awards"); a ceremony word
#: goes only after one of those or a plural ("Oscars ceremony").
PRIZE_WORDS = frozenset("award awards prize prizes".split())
_CEREMONY = frozenset(("ceremony", "ceremonies"))
#: Words of a body's name: "Screen Actors Guild" gives the "Screen Actors Guild Awards".
_BODY_WORDS = ORG_HEADS | {"guild", "circle", "critics"}


# --------------------------------------------------------------------------- acronyms


def abbreviates(short: str, long: str, *, starts: int = 1) -> bool:
    """Is ``short`` an abbreviation of the whole of ``long`` (Schwartz–Hearst)?

    ``abbreviates("Balco", "Bay Area Lab Co-Operative")`` is True,
    ``abbreviates("Labour", "Tom Lyle")`` is False; see :func:`abbreviated_tail`.
    """
    return abbreviated_tail(short, long, starts=starts) == 0


def abbreviated_tail(short: str, long: str, *, starts: int = 1) -> int | None:
    """How many leading words of ``long`` the abbreviation ``short`` leaves out, or None.

    The characters of ``short`` are found right to left in ``long``, in order, the first
    one at the start of a word (Schwartz–Hearst); the match uses at least two words and at
    least ``starts`` of its characters begin a word. "North American Court of Arbitration
    for Sport (CAS)" leaves out two words: CAS abbreviates "Court of Arbitration for Sport".
    """
    s = [ch for ch in fold(short).lower() if ch.isalnum()]
    text = fold(long).lower()
    words = key_tokens(long)
    if len(s) < 2 or len(words) < 2 or not text[:1].isalnum() or "".join(s) in words:
        return None  # "Bank of Leeds (Leeds)" is no abbreviation
    word_of = [0] * len(text)
    for i in range(1, len(text)):
        word_of[i] = word_of[i - 1] + (text[i - 1] in " -" and text[i] not in " -")
    li = len(text) - 1
    used, at_start = set(), 1
    for ch in reversed(s[1:]):
        while li > 0 and text[li] != ch:
            li -= 1
        if li <= 0:
            return None
        used.add(word_of[li])
        at_start += word_of[li] != word_of[li - 1]
        li -= 1
    firsts = [i for i in range(li + 1) if text[i] == s[0] and (i == 0 or text[i - 1].isspace())]
    if not firsts:
        return None
    li = firsts[0]  # the longest long form: "Office of Communications", not "of Communications"
    if len(used | {word_of[li]}) < 2 or at_start < starts:
        return None
    return len(text[:li].split())


def looks_like_acronym(text: str) -> bool:
    """An all-caps acronym ("IFRA"), or one capitalised word written as one ("Balco")."""
    t = fold(text).replace(".", "")
    return is_acronym(text) or (2 <= len(t) <= 10 and t[:1].isupper() and t.isalpha() and " " not in text)


def is_amp_acronym(text: str) -> bool:
    """An acronym with "&": ``"S&P"``, ``"AT&T"``, ``"M&S's"`` (not ``"&T"`` or ``"MS"``)."""
    return _AMP_ACRONYM.fullmatch(fold(strip_possessive(text)).strip()) is not None


def amp_initials(text: str) -> str:
    """Initials of a name with "&" (or "and") kept as "&": ``"Marks & Spencer"`` -> ``"m&s"``,
    ``"American Telephone & Telegraph"`` -> ``"at&t"``, ``"Procter & Gamble Co"`` -> ``"p&g"``
    (a company word at the end left out); ``""`` without "&" between two words."""
    out, words = [], fold(strip_possessive(text)).split()
    for w in words[:-1] if len(words) > 3 and words[-1].lower().strip(".") in ORG_SUFFIXES else words:
        if w.lower() in ("&", "and"):
            out.append("&")
        elif w.lower() not in _PARTICLES and w[0].isalpha():
            out.append(w[0].lower())
    initials = "".join(out)
    return initials if _AMP_ACRONYM.fullmatch(initials.upper()) else ""


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def strict_initials(text: str) -> str:
    """Initials of every word but particles, an all-caps word giving all its letters:
    ``"UK Athletics"`` -> ``"uka"``, ``"USA Track & Field"`` -> ``"usatf"``."""
    out = []
    for w in re.split(r"[\s\-]+", fold(text)):
        w = w.strip(".,'")
        if _DOTTED.fullmatch(w):
            w = w.replace(".", "")  # "U.S.-Mexico-Canada Agreement" -> "usmca"
        if not w or w.lower() in _PARTICLES or not w[0].isalpha():
            continue
        out.append(w if is_acronym(w) else w[0])
    return "".join(out).lower() if len(out) >= 2 else ""  # "IE 7" gives no "IE"


def mixed_initials(text: str) -> str:
    """Initials as written in a mixed-case acronym: capitals for words, small letters for
    "of"/"for" ("Bank of England" -> "BoE", "Ministry of Defence" -> "MoD")."""
    out = []
    for w in re.split(r"[\s\-]+", fold(text)):
        if w.lower() in ("of", "for"):
            out.append(w[0].lower())
        elif w and w.lower() not in _PARTICLES and w[0].isalpha():
            out.append(w[0].upper())
    return "".join(out) if len(out) >= 3 and any(ch.islower() for ch in out) else ""


#: The postal codes of the US states and of Washington, DC.
_STATE_CODES = frozenset(US_POSTAL_CODES) | {"DC"}


def acronym_pairs(text: str, cands: Sequence[_Cand], definition: re.Pattern[str]) -> list[tuple[str, str]]:
    """``(acronym key, long-form key)`` pairs defined or used in one document.

    ``definition`` matches a parenthesised short form right after a long name. A short
    form read from the text must abbreviate the long name (or its last words, see
    :func:`abbreviated_tail`); an undefined acronym pairs with each longer name of the
    document whose initials it is (several: the corpus merge refuses them all), a US state's
    code tagged as a place with places only ("DC" is not "District Court"), and an acronym
    tagged as a person or a body with the full names of three words or more whose initials
    it is ("JFK", "John F. Kennedy").
    """
    pairs: list[tuple[str, str]] = []
    long_forms: dict[str, set[str]] = defaultdict(set)
    places = {c.key for c in cands if c.kind == "place"}
    people: dict[str, set[str]] = defaultdict(set)  # "jfk": "John F. Kennedy"
    for n, c in enumerate(cands):
        if c.kind == "person" and len(key_tokens(c.text)) >= 3:
            people[initials_of(c.text)].add(c.key)
        if len(key_tokens(c.text)) == 1 and len(c.key) >= 8 and (m := definition.match(text, c.end)):
            short = name_key(m.group(1))  # "Yuganskneftegas (Yugansk)": its first letters (of any kind)
            if len(short) >= 4 and c.key.startswith(short) and c.key != short:
                pairs.append((short, c.key))
        if len(key_tokens(c.text)) >= 2 and c.kind != "person":
            for initials in {initials_of(c.text), strict_initials(c.text)} - {""}:
                long_forms[initials].add(c.key)
            mixed = mixed_initials(c.text)
            if mixed:
                long_forms[mixed].add(c.key)  # case-sensitive: "BoE"
            if amp := amp_initials(c.text):
                long_forms[amp].add(c.key)  # "m&s"
            m = definition.match(text, c.end)
            short = m.group(1) if m else ""
            cut = abbreviated_tail(short, c.text, starts=_word_starts(short)) if m else None
            if cut is not None and looks_like_acronym(short):  # the words it abbreviates,
                words = c.text.split()  # or all of "US Securities and Exchange Commission (SEC)"
                place = known_kind(name_key(" ".join(words[:cut]))) == "place"
                pairs.append((name_key(short), name_key(" ".join(words[0 if place else cut :]))))
            elif m and looks_like_acronym(short) and _after_place(text, c.start, short, c.text):
                pairs.append((name_key(short), c.key))  # "US" + "Anti-Doping Agency (USADA)"
            elif m and is_amp_acronym(short):  # "Marks & Spencer (M&S)": its words, or its last ones
                words = c.text.split()
                tails = [t for t in (" ".join(words[i:]) for i in range(len(words))) if amp_initials(t) == short.lower()]
                pairs.extend((name_key(short), name_key(t)) for t in tails[:1])
        elif is_acronym(c.text) and n + 1 < len(cands):
            nxt = cands[n + 1]  # "CENTR, the Council of European ... Registries"
            between = text[c.end : nxt.start]
            if (
                re.fullmatch(r"\s*,\s*(?:the\s+)?", between)
                and nxt.kind != "person"
                and abbreviates(c.text, nxt.text)
            ):
                pairs.append((c.key, nxt.key))
    for c in cands:
        if is_acronym(c.text):  # of the same kind: not "DC" (Washington) and "District Court"
            place = c.kind == "place" and c.text in _STATE_CODES  # (the tags of other acronyms vary: "NRA")
            fits = sorted(long_forms.get(c.key.replace(" ", ""), ()))
            pairs.extend((c.key, k) for k in fits if k in places or not place)
            if c.kind in ("person", "organization") and len(c.key) >= 3 and c.key not in KNOWN_ALIASES:
                pairs.extend((c.key, k) for k in sorted(people.get(c.key, ())))  # "JFK": "John F. Kennedy"
        elif c.text.isalpha() and c.text[:1].isupper() and c.text[-1:].isupper() and not c.text.isupper():
            pairs.extend((c.key, k) for k in sorted(long_forms.get(c.text, ())))  # "BoE", "MoD"
        elif c.text.isalpha() and c.text.istitle() and len(c.text) >= 3:  # "Sepa", "Opec"
            pairs.extend((c.key, k) for k in sorted(long_forms.get(c.key, ())) if len(key_tokens(k)) >= len(c.text))
        elif is_amp_acronym(c.text):  # "S&P" and "Standard & Poor's"
            pairs.extend((c.key, k) for k in sorted(long_forms.get(fold(strip_possessive(c.text)).strip().lower(), ())))
    return pairs


def _after_place(text: str, start: int, short: str, long: str) -> bool:
    """Does the place word right before ``long`` complete its abbreviation ``short``? The
    tagger leaves "US" out of "US Anti-Doping Agency (USADA)"."""
    before = text[max(0, start - 40) : start].split()
    for n in (1, 2, 3):  # "US", "United States", "United Arab Emirates"
        place = " ".join(before[-n:])
        known = len(before) >= n and known_kind(name_key(place)) == "place"
        if known and abbreviates(short, f"{place} {long}", starts=_word_starts(short)):
            return True  # ("States" alone is a known place too, so try the longer "United States")
    return False


def _word_starts(short: str) -> int:
    """How many letters of a defined short form must start words: one for capitals, two for
    a word ("Balco" uses two initials, so "Ostfold Rail Board (Oslo)" is no definition)."""
    return 1 if is_acronym(short) else 2


# --------------------------------------------------------------------------- variants


def variant_pairs(cands: Iterable[_Cand], split: Collection[str] = ()) -> list[tuple[str, str]]:
    """Pairs of name keys that name one actor: spelling variants, a shortened organisation
    word, a web address and its name, a short first name and the full one, an award's forms."""
    forms: dict[str, tuple[str, tuple[str, ...], str]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for c in cands:
        if c.key in split:
            continue
        toks = key_tokens(c.text) if name_key(c.text) == c.key else tuple(c.key.split())  # renamed by a known alias
        forms.setdefault(c.key, (c.kind, toks, c.text))
        counts[(c.doc, c.key)] += 1
    two_people = _two_people(counts)
    pairs = [
        *_spelling_pairs(forms),
        *_prefix_pairs(forms),
        *_web_pairs(forms),
        *_hypocorism_pairs(forms, _docs_of(counts)),
        *_truncated_pairs(forms),
    ]
    kept = {(a, b) for a, b in pairs if frozenset((a, b)) not in two_people}
    return sorted(kept | set(_award_pairs(forms)))  # "Golden Globe" and "Golden Globes" both often


def _docs_of(counts: Counter[tuple[str, str]]) -> dict[str, set[str]]:
    """The documents each key is named in."""
    docs: dict[str, set[str]] = defaultdict(set)
    for doc, key in counts:
        docs[key].add(doc)
    return docs


def _two_people(counts: Counter[tuple[str, str]]) -> set[frozenset[str]]:
    """Key pairs that each have many mentions in one document (two people, not a typo)."""
    many: dict[str, list[str]] = defaultdict(list)
    for (doc, key), n in counts.items():
        if n >= _MANY:
            many[doc].append(key)
    return {frozenset((a, b)) for keys in many.values() for a in keys for b in keys if a != b}


def _deletions(token: str) -> set[str]:
    """The token and each form of it with one letter deleted: two tokens one edit apart share one."""
    return {token} | {token[:i] + token[i + 1 :] for i in range(len(token))}


def _blocks(
    forms: dict[str, tuple[str, tuple[str, ...], str]],
    min_tokens: int,
    token_keys: Callable[[str], Iterable[str]],
    *,
    people_only: bool = False,
) -> Iterable[tuple[str, str, int]]:
    """Pairs of keys of one kind and token count that share all tokens but the one at a
    position, whose tokens share a ``token_keys`` value (so the cost stays near linear);
    with ``people_only`` the kinds are only people, groups and the rest (places and bodies mix)."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for key, (kind, toks, _) in forms.items():
        if len(toks) >= min_tokens:
            kind = kind if not people_only or kind in ("person", "group") else "other"
            for i in range(len(toks)):
                for tk in token_keys(toks[i]):
                    blocks[(kind, i, toks[:i], toks[i + 1 :], tk)].append(key)
    seen: set[tuple[str, str, int]] = set()
    for (_, i, *_), keys in blocks.items():
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                if (a, b, i) not in seen and forms[a][1][i] != forms[b][1][i]:
                    seen.add((a, b, i))
                    yield a, b, i


def one_letter_apart(a: str, b: str, *, person: bool) -> bool:
    """Are two different name tokens spellings of one name?

    One letter edited or two neighbours swapped (rapidfuzz optimal string alignment), both
    tokens long enough, no digits, a first letter changed only c/k ("Kostas" / "Costas"),
    and, for people, no different last letter ("Maria" / "Mario", "Daniel" / "Daniela" are
    two names).
    """
    if a == b or min(len(a), len(b)) < _MIN_EDITED - 1 or max(len(a), len(b)) < _MIN_EDITED:
        return False
    if any(ch.isdigit() for ch in a + b) or frozenset((a, b)) in DISTINCT_SPELLINGS:
        return False
    if OSA.distance(a, b) != 1:  # one letter added, dropped, changed, or two swapped ("Touati" / "Toutai")
        return False
    if a[0] != b[0] and {a[0], b[0]} != {"c", "k"}:
        return False
    return not (person and a[-1] != b[-1])


def misspelt_surname(short: str, surname: str) -> bool:
    """Is the one-word form ``short`` a misspelling of ``surname``, in a text that names the
    person in full? The same first letter, four letters or more, and one of: a plural "s"
    ("Gate" / "Gates"), two letters swapped ("Barrioneuvo" / "Barrionuevo"), a doubled letter
    written once ("Hassel" / "Hassell"), or, in words of seven letters or more, one letter
    edited with the same last letter ("Daveport" / "Davenport"). Not "Horan" / "Horgan",
    "Dowson" / "Dawson", "Brown" / "Browne": short surnames one letter apart are often two."""
    if short == surname or short[:1] != surname[:1] or min(len(short), len(surname)) < 4:
        return False
    if frozenset((short, surname)) in DISTINCT_SPELLINGS or OSA.distance(short, surname) != 1:
        return False
    if short == surname + "s" or surname == short + "s":
        return True
    if short[-1] != surname[-1]:
        return False
    longer, shorter = sorted((short, surname), key=len, reverse=True)
    doubled = any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer) - 1)
    )
    return sorted(short) == sorted(surname) or doubled or len(shorter) >= 7


#: Letters a one-word name needs before a one-letter difference is read as a misspelling.
_LONG_WORD = 10


def _spelling_pairs(forms: dict[str, tuple[str, tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """Multi-word names with one token (or both tokens of two) one letter apart: of people,
    or of places and bodies, which the tagger mixes up ("Real Sociedad" / "Real Socieded")."""
    out = []
    for a, b, i in _blocks(forms, 2, lambda t: _deletions(t) if len(t) >= _MIN_EDITED - 1 else (), people_only=True):
        kind, ta, _ = forms[a]
        tb = forms[b][1]
        if one_letter_apart(ta[i], tb[i], person=kind == "person"):
            out.append((a, b))
    singles: dict[str, list[str]] = defaultdict(list)
    for key, (kind, toks, _) in forms.items():  # "Yuganskneftegas" / "Yuganskneftgaz": long one-word names
        if len(toks) == 1 and kind != "group" and len(toks[0]) >= _LONG_WORD:  # of any kind: the tagger mixes them
            for d in _deletions(toks[0]):
                singles[d].append(key)
    for keys in singles.values():
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                if (a, b) not in out and _long_word_variants(forms[a][0], forms[a][1][0], forms[b][0], forms[b][1][0]):
                    out.append((a, b))
    both: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, (kind, toks, _) in forms.items():
        if len(toks) == 2 and kind == "person" and min(map(len, toks)) >= _MIN_EDITED - 1:
            for d1 in _deletions(toks[1]):
                both[(toks[0][:1] if toks[0][0] not in "ck" else "c", d1)].append(key)
    found = set()
    for keys in both.values():  # "Sidney Poiter" / "Sydney Poitier"
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                ta, tb = forms[a][1], forms[b][1]
                if (a, b) not in found and all(one_letter_apart(p, q, person=True) for p, q in zip(ta, tb)):
                    found.add((a, b))
    return out + sorted(found)


def _long_word_variants(kind_a: str, a: str, kind_b: str, b: str) -> bool:
    """Are two long one-word names one spelling ("Yuganskneftegas" / "Yuganskneftegaz",
    "Bangaldesh" / "Bangladesh")? Not a place and its people ("Bangladeshi"), nor two places
    one letter changed apart ("Herefordshire" / "Hertfordshire")."""
    if not one_letter_apart(a, b, person=kind_a == kind_b == "person"):
        return False
    if kind_a != kind_b and (a.startswith(b) or b.startswith(a)):
        return False
    changed = len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    return not ("place" in (kind_a, kind_b) and changed)


def _prefix_pairs(forms: dict[str, tuple[str, tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """Names of three words or more (not people) where one word shortens the other's:
    "Bay Area Lab Cooperative" / "Bay Area Laboratory Cooperative"."""
    out = []
    for a, b, i in _blocks(forms, 3, lambda t: (t[:3],) if len(t) >= 3 else (), people_only=True):
        kind, ta, _ = forms[a]
        if kind == "person":
            continue
        p, q = sorted((ta[i], forms[b][1][i]), key=len)
        if len(p) >= 3 and p != q and q.startswith(p) and p not in _PARTICLES and p.isalpha():
            out.append((a, b))
    return out


def _truncated_pairs(forms: dict[str, tuple[str, tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """An organisation's name cut short, when exactly one longer name of the corpus starts
    with it and goes on with "of"/"for"/"and" or a company word: "World Summit" / "World
    Summit for the Information Society", "Mitsubishi Tokyo" / "Mitsubishi Tokyo Financial
    Group". Not "Bank of England" / "... Monetary Policy Committee" (a body inside it)."""
    by_prefix: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k, (kind, toks, _) in forms.items():
        if kind == "organization":
            for n in range(2, len(toks)):
                by_prefix[toks[:n]].append(k)
    out = []
    for k, (kind, toks, _) in forms.items():
        longer = by_prefix.get(toks, []) if kind == "organization" and len(toks) >= 2 else []
        if len(longer) == 1:
            extra = forms[longer[0]][1][len(toks) :]
            if extra[0] in ("of", "for", "and") or extra[-1] in ORG_SUFFIXES:
                out.append((k, longer[0]))
    return out


def _singular(token: str) -> str:
    """``"globes"`` -> ``"globe"``, ``"berries"`` -> ``"berry"``; not "press", "campus", "paris", "gas"."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) >= 4 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def award_stem(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool, bool] | None:
    """``(stem, prized, plural)``: a trailing prize word dropped, then the last word made singular.
    ``("golden", "globe", "awards")`` -> ``(("golden", "globe"), True, False)``, ``("golden", "globes")``
    -> ``(("golden", "globe"), False, True)``. A ceremony word counts as a prize word after a prize
    word or a plural ("Oscars ceremony", not "Opening Ceremony")."""
    toks, ceremony = tokens, False
    if len(toks) >= 2 and toks[-1] in _CEREMONY:
        toks, ceremony = toks[:-1], True
    prized = len(toks) >= 2 and toks[-1] in PRIZE_WORDS
    if prized:
        toks = toks[:-1]
    if not toks or toks[-1] in _PARTICLES:
        return None
    singular = _singular(toks[-1])
    plural = singular != toks[-1]
    if ceremony and not (prized or plural):
        return None
    return (*toks[:-1], singular), prized or ceremony, plural


def _award_pairs(forms: dict[str, tuple[str, tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """Plural and prize-word forms of one award's name (not people, groups or known places):
    "Golden Globe" / "Golden Globes" / "Golden Globe Awards", "Brit Award" / "Brit Awards".

    Forms with a prize word join each other. A plural joins its singular when the name has
    two words or more and they are not both places ("United States"; "Times" / "Time" have
    one word), and joins the prize-word forms. The bare name ("Golden Globe") joins the
    prize-word forms when its plural is seen too, or when it has two words or more, is no
    place and has no word of a body's name ("Film Academy" / "Film Academy Awards").
    """
    stems: dict[tuple[str, ...], list[tuple[str, bool, bool]]] = defaultdict(list)
    for key, (kind, toks, _) in forms.items():
        known = known_kind(key)
        stem = award_stem(toks) if kind not in ("person", "group") and known in ("", "organization") else None
        if stem:
            stems[stem[0]].append((key, stem[1], stem[2]))
    out = []
    for stem, members in stems.items():
        prized = [k for k, p, _ in members if p]
        plurals = [k for k, p, pl in members if pl and not p]
        bare = [k for k, p, pl in members if not p and not pl]
        out.extend((prized[0], k) for k in prized[1:])
        out.extend((k, p) for k in plurals for p in prized)
        if len(stem) >= 2:
            out.extend((b, k) for k in plurals for b in bare if not forms[b][0] == forms[k][0] == "place")
        for b in bare:
            alone_ok = len(stem) >= 2 and forms[b][0] != "place" and not _BODY_WORDS.intersection(stem)
            if plurals or alone_ok:
                out.extend((b, p) for p in prized)
    return out


def _web_pairs(forms: dict[str, tuple[str, tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """A web address and the name it spells: "Example.org" / "Example" (not a place)."""
    out = []
    for key, (_, _, text) in forms.items():
        m = _WEB.match(text.strip())
        if not m:
            continue
        bare = name_key(m.group("name"))
        if bare != key and bare in forms and forms[bare][0] in ("person", "organization"):
            out.append((bare, key))
    return out


def _hypocorism_pairs(
    forms: dict[str, tuple[str, tuple[str, ...], str]], docs: dict[str, set[str]]
) -> list[tuple[str, str]]:
    """A short first name and the one full name it fits: "Dave Collins" / "David Collins",
    "Ben Rhodes" / "Benjamin J. Rhodes", "Joe Biden" / "Joseph R. Biden Jr." (middle
    initials and "Jr." aside); and "Larry Page" / "Lawrence Edward Page" in one text when
    no full name without the middle name fits (across texts, "Alex Bell" on trial is not
    "Alexander Graham Bell")."""
    by_rest: dict[tuple[str, ...], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    by_tail: dict[tuple[str, ...], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key, (kind, toks, _) in forms.items():
        rest = tuple(t for t in toks[1:] if len(t) > 1 and t not in GENERATIONAL)
        if kind == "person" and len(toks) >= 2 and rest:
            by_rest[rest][toks[0]].append(key)
            for n in range(1, len(rest)):
                by_tail[rest[n:]][toks[0]].append(key)
    out = []
    for rest, firsts in by_rest.items():
        for short, keys in firsts.items():
            fulls = HYPOCORISMS.get(short, frozenset())
            fitting = [k for f in sorted(fulls) for k in firsts.get(f, ())]
            if not fitting and rest in by_tail and len(keys) == 1:
                fitting = [k for f in sorted(fulls) for k in by_tail[rest].get(f, ()) if docs[k] & docs[keys[0]]]
            plain = [k for k in fitting if tuple(k.split()[1:]) == rest]  # "James Comey" beside "James B. Comey"
            if len(fitting) > 1 and len({k.split()[0] for k in fitting}) == 1 and len(plain) == 1:
                fitting = plain
            if len(fitting) == 1:
                out.extend((fitting[0], k) for k in keys)
    return out


__all__ = [
    "HYPOCORISMS", "PRIZE_WORDS", "abbreviated_tail", "abbreviates", "acronym_pairs", "amp_initials", "award_stem",
    "is_amp_acronym", "looks_like_acronym", "misspelt_surname", "mixed_initials", "one_letter_apart", "strict_initials",
    "variant_pairs",
]
