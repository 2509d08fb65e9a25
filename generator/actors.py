"""Actors: entity extraction and canonicalisation across the corpus.

Pipeline (all steps keyed by :func:`generator.actor_rules.name_key`, blocked by key or
name token, so the cost stays linear in the number of mentions):

1. per document, spaCy entities are cleaned into candidates (:mod:`generator.actor_spans`);
   then, across the corpus, mentions inside a work's title are dropped, two names joined
   by "and" are split, and a mention cut short of a name the corpus tags whole is widened
   to it (:mod:`generator.actor_widen`);
2. corpus statistics (:mod:`generator.actor_votes`): common words dropped, leading
   modifiers cut ("Sprinter Kelly Holmes"), known aliases mapped, and each name form
   given the kind most of its mentions carry (label confusion fixed by vote);
3. within a document, a short person form ("Putin", "Kim") is resolved to the full name
   in that document it is part of; with two fitting full names, to the one mentioned
   last within ``window`` sentences before it, else it stays unresolved; a person the
   document first names as someone's relative ("her husband, Frank Fiorina") takes it
   only from the next sentence, else the one other full name does;
4. across the corpus, forms are merged by spelling variant, initials, known and defined
   acronyms, and short forms with exactly one fitting full name; others stay unresolved;
5. ``actors.yml`` corrections (:mod:`generator.actor_corrections`) are applied.

Unresolved mentions are listed in ``Actor.unresolved`` of every candidate actor and
belong to no actor's ``mentions``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from .actor_corrections import Corrections, load_corrections
from .actor_rules import (
    COUNTRIES,
    GENERATIONAL,
    KIND_PRIORITY,
    KNOWN_ALIASES,
    KNOWN_NAMES,
    ORG_PARTICLES,
    DIVISION_SUFFIXES,
    ORG_SUFFIXES,
    ROYAL_TITLES,
    TITLES,
    initials_dropped,
    is_acronym,
    is_known_place,
    is_part,
    key_tokens,
    known_kind,
    name_core,
    name_key,
    parts,
)
from .actor_fragments import ORG_HEADS, quoted_pair_titles, work_titles
from .actor_prefix import NAMED_AFTER, PAPER_WORDS, prefix_target, standalone_forms, suffix_target
from .actor_spans import Candidate, extract
from .actor_variants import FIRST_NAMES, HYPOCORISMS, abbreviates, misspelt_surname, variant_pairs
from .actor_widen import drop_inside_titles, split_known_pairs, trim_headline_lines, widen_to_known_names
from .actor_votes import apply_known_aliases, drop_common_words, mostly_surnames, people_by_first_name, strip_leading_words
from .actor_votes import vote_kinds
from .english import is_english_word
from .model import Actor, Description, Mention
from .nlp import Analysis
from .text import slugify, unique_slug

#: Acronym tokens expanded inside longer names when matching ("UN Security Council").
#: (Not a word of the long form itself: "States" of "United States".)
_TOKEN_EXPANSIONS = {
    k: name_key(v[0]) for k, v in KNOWN_ALIASES.items()
    if " " not in k and is_acronym(k.upper()) and k not in name_key(v[0]).split()
}
#: Number words written as figures in names ("BBC One" / "BBC 1", "Channel Four" / "Channel 4").
_NUMBER_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}
#: Last words that name a company or one of its divisions ("Altria Group", "Sony Pictures").
_COMPANY_WORDS = ORG_SUFFIXES | DIVISION_SUFFIXES
#: Last words of firms, institutes and magazines named after their founders, a place or a
#: title, which texts drop when the name is used alone ("Centerview Partners", "Brookings
#: Institution", "Forbes Magazine").
_FIRM_WORDS = frozenset(("partners", "institution", "institute", "magazine"))
#: Head words of bodies named either "<field> <head>" or "<head> of <field>" ("Labor
#: Department" / "Department of Labor", "Oxford University" / "University of Oxford").
_FIELD_HEADS = ("department", "ministry", "congress", "parliament", "university", "museum")
#: Small words a body's name may drop or swap ("and", "of", "for", "on").
_LINKING_WORDS = ORG_PARTICLES | {"on"}
#: Words before "Department of" that name the country it belongs to ("U.S. Department of Labor").
#: Head words of places' names that the texts also write alone for the place ("the Gulf"
#: after "the Persian Gulf", "the Valley" after "Silicon Valley").
_PLACE_HEAD_WORDS = frozenset("gulf valley bay coast strait straits peninsula basin delta".split())
#: Compass points and the regions they name ("the Southwest", "the Midwest").
_COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest midwest".split())
_COUNTRY_OWNERS = frozenset(("u s", "us", "united states", "uk", "british", "federal"))


def build_actors(
    analyses: Sequence[Analysis], *, corrections: Path | None = None, window: int = 6
) -> tuple[Actor, ...]:
    """Canonical actors of the corpus, sorted by number of mentions (most first), then name.

    ``corrections`` is the path of an ``actors.yml`` (missing file: no corrections; a
    malformed one raises ``ValueError``). ``window`` is how many sentences back a short
    name may look for the full name it abbreviates when two full names fit.
    """
    corr = load_corrections(corrections)
    split, pinned = corr.split_keys, {k for group in corr.merge_groups() for k in group}
    per_doc: list[list[Candidate]] = []
    acronyms: list[tuple[str, str]] = []
    for analysis in sorted(analyses, key=lambda a: a.document.id):
        cands, defs = extract(analysis, ignore=corr.ignore_keys)
        per_doc.append(cands)
        acronyms.extend(defs)
    texts = {a.document.id: a.document.text for a in analyses}
    titles = {a.document.id: work_titles(a.doc) + quoted_pair_titles(a.document.text) for a in analyses}
    per_doc = drop_inside_titles(texts, per_doc, titles)
    per_doc = widen_to_known_names(texts, split_known_pairs(trim_headline_lines(texts, per_doc)))
    per_doc, lower, upper = drop_common_words(analyses, per_doc)
    forced = apply_known_aliases(per_doc, split)
    vote_kinds(per_doc, forced)
    people_by_first_name(per_doc, forced)
    strip_leading_words(per_doc, lower, upper, split)

    uf = _UnionFind()
    targets: dict[int, str] = {}  # id(candidate) -> key it resolves to
    unresolved: list[tuple[Candidate, list[str]]] = []
    maximal: list[Candidate] = []
    standalone, standalone_last = standalone_forms(per_doc)
    surnames = mostly_surnames(per_doc)
    for cands in per_doc:
        _resolve_in_document(
            cands, split | pinned, window, targets, unresolved, maximal, (standalone, standalone_last), surnames
        )
    for c in maximal:
        uf.add(c.key)
    _join_tails_named_alone(uf, per_doc, targets, {c.key for c in maximal} - split)
    for group in corr.merge_groups():
        for k in group:
            uf.add(k)
        for k in group[1:]:
            uf.union(group[0], k)
    _merge_variants(uf, maximal, acronyms, split, standalone, lower)
    _bodies_named_without_their_place(uf, per_doc, maximal, split)
    corpus_unresolved = _resolve_across(uf, maximal, split | pinned, split, surnames)

    clusters: dict[str, list[Candidate]] = defaultdict(list)
    for c in maximal:
        if c.key in corpus_unresolved:
            unresolved.append((c, corpus_unresolved[c.key]))
        else:
            clusters[uf.find(c.key)].append(c)
    for cands in per_doc:
        for c in cands:
            if id(c) in targets:
                clusters[uf.find(targets[id(c)])].append(c)
    pending = defaultdict(list)
    for c, candidates in unresolved:
        for root in sorted({uf.find(k) for k in candidates}):
            pending[root].append(c)
    return _make_actors(clusters, pending, forced, corr)


# --------------------------------------------------------------------------- steps


def _resolve_in_document(
    cands: list[Candidate],
    fixed: set[str] | frozenset[str],
    window: int,
    targets: dict[int, str],
    unresolved: list[tuple[Candidate, list[str]]],
    maximal: list[Candidate],
    standalone: tuple[set[str], set[str]] = (set(), set()),
    surnames: frozenset[str] = frozenset(),
) -> None:
    """Attach short forms to a full name of the same document (or leave them open).

    Short person forms go to the full name they are part of; an organisation's suffix
    ("Media Council"), first words ("Allied" after "Allied Domecq") or last word
    ("Housewives" after "Desperate Housewives") go to the one longer name of the document
    they start or end (see :mod:`generator.actor_prefix`). ``standalone`` holds the keys
    used as names in their own right, without a longer name starting / ending with them.
    ``surnames`` holds the words the corpus's full names mostly end with: after "Mr" such a
    word is no one's first name ("Mr Howard" is not "Howard Flight").
    """
    key_of = {c.tokens: c.key for c in cands}
    nicknames = _nicknames(cands)
    forms = {c.tokens for c in cands if c.kind == "person" and c.key not in fixed}
    full = {t for t in forms if not any(is_part(t, u) for u in forms if len(u) > len(t))}
    middle = _without_middle_names(full)  # "Anthony Meyer" of "Anthony John Charles Meyer"
    full -= set(middle)
    orgs = {c.tokens for c in cands if c.kind == "organization" and c.key not in fixed}
    places = {c.tokens for c in cands if c.kind == "place"}
    every_full = full
    kin = _introduced_as_kin(cands)
    for c in cands:
        full = every_full
        if c.titled and c.key in surnames:  # "Mr Howard" beside only "Howard Flight": a name of its own
            full = {u for u in every_full if u[0] != c.key}
            if not any(is_part(c.tokens, u) for u in full):
                full.add(c.tokens)
        generic = len(c.tokens) > 1 or c.key in ORG_HEADS
        if c.kind == "organization" and generic and c.key not in fixed and c.key not in KNOWN_ALIASES:
            # "Media Council" after "Ugandan Media Council", "the Institute" after "Film
            # Institute": a suffix (or a generic head word) names the same body; not a known
            # name ("Labour Party" after "Parliamentary Labour Party")
            n = len(c.tokens)
            longer = [u for u in orgs if len(u) > n and u[-n:] == c.tokens]
            if n == 1 and len(longer) + sum(len(u) > 1 and u[0] == c.tokens[0] and u[-1] not in NAMED_AFTER for u in orgs) > 1:
                maximal.append(c)  # "the Council" beside "European Council" and "Council of Ministers"
                continue
            if n == 1 and c.key in standalone[1] and len(longer) == 1 and not _place_word(longer[0][0]):
                maximal.append(c)  # "the House", a name of its own elsewhere, beside "White House"
                continue  # (but "Congress" beside "US Congress" is that body)
            if len(longer) == 1:
                targets[id(c)] = key_of[longer[0]]
                continue
            head_of = _head_of_one_name(c, cands, orgs) if n == 1 and not longer else None
            if head_of is not None:
                targets[id(c)] = key_of[head_of]  # "the Chamber" after "the U.S. Chamber of Commerce"
                continue
        if c.kind == "place" and c.key in _PLACE_HEAD_WORDS and c.key not in fixed:
            longer = {u for u in places if len(u) > 1 and u[-1] == c.key}
            if len(longer) == 1 and min(d.start for d in cands if d.tokens in longer) < c.start:
                targets[id(c)] = key_of[next(iter(longer))]  # "the Gulf" after "the Persian Gulf"
                continue
        if c.kind != "place" and c.key in nicknames and c.key not in fixed:
            targets[id(c)], c.kind = nicknames[c.key], "person"  # "Tank" after "Ivan 'Tank' Petrov",
            continue  # "TheShy" after "Kang 'TheShy' Seung-lok" tagged as a body
        royal = _royal_first_name(c, cands, full) if c.kind == "person" and c.key not in fixed else None
        if royal is not None:
            targets[id(c)] = key_of[royal]  # "King Juan" after "King Juan Carlos"
            continue
        whole = middle.get(c.tokens) or _inner_name(c, full) if c.kind == "person" and c.key not in fixed else None
        if whole:
            targets[id(c)] = key_of[whole]  # "Anthony Meyer" of "Anthony John Charles Meyer", "Lula" of "Luiz ... da Silva"
            continue
        surname_of = _surname_target(c, cands, fixed)
        if surname_of is not None:
            targets[id(c)] = surname_of.key
            continue
        if not (c.kind == "person" and any(is_part(c.tokens, u) for u in full)):
            target = prefix_target(c, cands, fixed, standalone[0]) or suffix_target(c, cands, fixed, standalone[1])
            if target:
                targets[id(c)], c.kind = target.key, target.kind
                continue
        named = _first_or_last_name_of(c, cands, full, fixed)
        if named is not None:
            targets[id(c)], c.kind = key_of[named], "person"  # "Trayvon" (tagged a place) of "Trayvon Martin"
            continue
        fit = _near_name_target(c, full, fixed)
        if fit is not None:
            targets[id(c)] = key_of[fit]  # "Hassel" after "Brian Hassell", "Rafa" beside "Rafael Benitez"
            continue
        if c.kind != "person" or c.key in fixed or c.tokens in full or c.key in COUNTRIES:
            maximal.append(c)  # (a country is no one's surname: "Wales" beside "BBC Sport Wales")
            continue
        fitting = _likeliest(c, sorted({key_of[u] for u in full if is_part(c.tokens, u)}))  # "Choe Son Hui" = "Choe Son-hui"
        if len(fitting) == 1:
            targets[id(c)] = fitting[0]
            continue
        before = [
            d for d in cands
            if d.key in fitting and d.start < c.start and c.sentence - d.sentence <= window
        ]
        main = [k for k in fitting if k not in kin]  # not "her husband, Frank Fiorina"
        if before and (before[-1].key not in kin or c.sentence - before[-1].sentence <= 1 or len(main) != 1):
            targets[id(c)] = before[-1].key
        elif len(main) == 1 and len(main) < len(fitting):
            targets[id(c)] = main[0]  # "Fiorina" far from "her husband, Frank Fiorina": Carly Fiorina
        else:
            unresolved.append((c, fitting))


def _head_of_one_name(c: Candidate, cands: list[Candidate], orgs: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one body's name of the text, named before ``c``, whose head word before "of",
    "for" or "on" is the one word ``c`` and which does not start with it ("the Chamber"
    after "the U.S. Chamber of Commerce"); None when there is none or more than one, or
    when a name of the text starts with the word ("the Council" beside "Council of
    Europe" is left to the first-words rule)."""
    word = c.tokens[0]
    if any(u[0] == word for u in orgs if len(u) > 1):
        return None
    heads = [u for u in orgs if word in u[1:-2] and u[u.index(word) + 1] in ("of", "for", "on")]
    if len(heads) != 1:
        return None
    first = min(d.start for d in cands if d.tokens == heads[0])
    return heads[0] if first < c.start else None


def _introduced_as_kin(cands: list[Candidate]) -> set[str]:
    """Keys of the people a document first names as someone's relative ("her husband,
    Frank Fiorina")."""
    first: dict[str, Candidate] = {}
    for c in cands:
        if c.kind == "person" and len(c.tokens) > 1:
            first.setdefault(c.key, c)
    return {key for key, c in first.items() if c.kin}


def _likeliest(c: Candidate, fitting: list[str]) -> list[str]:
    """The full names of a document a one-word form ``c`` most likely stands for, of the
    ``fitting`` ones: those it is the surname of, when their first names are no English
    words ("Osman" of "Richard Osman", not of "Osman Abu Laban"; "Hillary" of "Hillary
    Clinton" and of "Team Hillary" alike)."""
    if len(fitting) < 2 or len(c.tokens) != 1:
        return fitting
    ends = [k for k in fitting if name_core(tuple(k.split()))[-1] == c.key]
    if ends and len(ends) < len(fitting) and not any(is_english_word(k.split()[0]) for k in ends):
        return ends
    return fitting


def _join_tails_named_alone(uf: _UnionFind, per_doc: list[list[Candidate]], targets: dict[int, str], alone: set[str]) -> None:
    """A body's name of two words or more that texts file only under one longer name it
    ends ("Tax Policy Center" under "Urban-Brookings Tax Policy Center"), or a word only
    under a country's body ("Congress" under "US Congress"), is that body where a text names
    it alone too; not when texts file it under two longer names."""
    longs: dict[str, set[str]] = defaultdict(set)
    for cands in per_doc:
        for c in cands:
            long = targets.get(id(c))
            if not long or c.kind not in ("organization", "place") or not long.endswith(" " + c.key):
                continue
            if len(c.tokens) > 1 or long.count(" ") == 1 and _place_word(long.split()[0]):
                longs[c.key].add(long)  # "Tax Policy Center"; "Congress" of "US Congress" only
    for key, names in sorted(longs.items()):
        if key in alone and len(names) == 1:
            uf.union(next(iter(names)), key)


def _family_middle_name(key: str, text: str, firsts: set[str]) -> bool:
    """Is the middle of a three-word person's name a family name, which the two-word form
    drops ("Hillary Rodham Clinton")? Not a first name of the corpus ("Jerry Lee Lewis" is
    not "Jerry Lewis"), half of a hyphenated name ("Clive Stafford-Smith"), nor an acronym."""
    words = key.split()
    if len(words) != 3 or words[-1] in GENERATIONAL or len(words[1]) < 3 or words[1] in firsts:
        return False
    return "-" not in text and not any(is_acronym(w) for w in text.split())


def _first_or_last_name_of(
    c: Candidate, cands: list[Candidate], full: set[tuple[str, ...]], fixed
) -> tuple[str, ...] | None:
    """The one full name of the text (of ``full``, named in ``cands`` before the word's first
    mention) that a one-word place the tagger named ``c`` starts or ends, when the word is no
    English word and no known place and the name holds no other place of the text ("Trayvon"
    after "Trayvon Martin"; not "Jordan" of "Michael Jordan", "Washington" of "George
    Washington", the band "Kasabian" named before "Linda Kasabian")."""
    if c.kind != "place" or len(c.tokens) != 1 or c.key in fixed:
        return None
    if is_known_place(c.key) or is_english_word(c.text, plural=True) and c.key not in FIRST_NAMES:
        return None  # (but "Nick", a first name English also lists, after "Nick Chute")
    first = min(d.start for d in cands if d.key == c.key)
    earlier = {d.tokens for d in cands if d.start < first}
    places = {d.key for d in cands if d.kind == "place"}
    fits = [u for u in full & earlier if len(u) > 1 and c.key in (u[0], u[-1]) and not any(w in places for w in u if w != c.key)]
    return fits[0] if len(fits) == 1 else None


def _place_word(word: str) -> bool:
    """Is the name key ``word`` a country or a known place ("us", "uk", "france")?"""
    return word in COUNTRIES or known_kind(word) == "place"


def _without_middle_names(full: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Two-word full names of one text that are the first and last words of exactly one
    longer full name of it, each with that name ("Anthony Meyer" of "Anthony John Charles
    Meyer")."""
    out = {}
    for u in full:
        if len(u) == 2:
            longer = [v for v in full if len(v) > 2 and (v[0], v[-1]) == u]
            if len(longer) == 1:
                out[u] = longer[0]
    return out


def _inner_name(c: Candidate, full: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one full name of three words or more of the text that has the one-word form ``c``
    inside it, neither first nor last ("Lula" of "Luiz Inacio Lula da Silva")."""
    if len(c.tokens) != 1 or len(c.tokens[0]) < 3 or c.key in COUNTRIES:
        return None
    fits = [u for u in full if len(u) > 2 and c.tokens[0] in u[1:-1]]
    if any(c.tokens[0] in (u[0], u[-1]) for u in full if len(u) > 1):
        return None  # "Trump" beside "Donald Trump" and "Maryanne Trump Barry": the surname's
    return fits[0] if len(fits) == 1 else None


def _royal_first_name(c: Candidate, cands: list[Candidate], full: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one full name of the text, of two words or more, that the text writes after a
    sovereign's title and that starts with the first name after the title in ``c`` ("King
    Juan" beside "King Juan Carlos"; not "Prince Charles" beside "Charles Kennedy")."""
    if len(c.tokens) != 2 or c.tokens[0] not in ROYAL_TITLES:
        return None
    crowned = {d.tokens for d in cands if d.royal}
    fits = [u for u in full & crowned if len(u) > 1 and u[0] == c.tokens[1]]
    return fits[0] if len(fits) == 1 else None


_NICKNAME = re.compile(r"\w ['\"‘“`](\w+)['\"’”`] \w")


def _nicknames(cands: list[Candidate]) -> dict[str, str]:
    """Nicknames in quotes inside the full names of one document ("Ivan 'Tank' Petrov"),
    each with the key of the one name that carries it."""
    found: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        m = _NICKNAME.search(c.text) if c.kind == "person" else None
        if m:
            found[name_key(m.group(1))].add(c.key)
    return {nick: next(iter(keys)) for nick, keys in found.items() if len(keys) == 1}


def _near_name_target(c: Candidate, full: set[tuple[str, ...]], fixed) -> tuple[str, ...] | None:
    """The one full name of the document that the one-word form ``c``, written whole in none
    of them, misspells the surname of ("Hassel" or "Hassall" beside "Brian Hassell") or, for
    a person, shortens the first name of ("Rafa" beside "Rafael Benitez"; not "Steve" beside
    "Steve Morgan" and "Steven Gerrard")."""
    if len(c.tokens) != 1 or c.key in fixed or any(c.tokens[0] in u for u in full if len(u) > 1):
        return None
    word, longer = c.tokens[0], [u for u in full if len(u) > 1]
    # a place too ("Pascuale" beside "Joe Pasquale"), but no known one
    if c.kind != "group" and not c.after_the and c.key not in COUNTRIES and c.key not in KNOWN_ALIASES:
        fits = [u for u in longer if misspelt_surname(word, u[-1])]
        if len(fits) == 1:
            return fits[0]
    if c.kind == "person":
        fits = [u for u in longer if u[0] in HYPOCORISMS.get(word, frozenset())]
        if len(fits) == 1:
            return fits[0]
    return None


def _surname_target(c: Candidate, cands: list[Candidate], fixed) -> Candidate | None:
    """The one two-word name of the document, named before it, that a one-word organisation
    ends ("Kluft" after "Carolina Kluft", both tagged as organisations): a surname. Not after
    "the" ("the Times" beside "Financial Times"), not a place or group, not a known name."""
    if c.kind != "organization" or len(c.tokens) != 1 or c.after_the or c.key in fixed or c.key in KNOWN_ALIASES:
        return None
    fits = {
        d.tokens: d for d in cands
        if len(d.tokens) == 2 and d.tokens[1] == c.tokens[0] and d.start < c.start
        and d.kind in ("person", "organization") and d.tokens[0] not in KNOWN_ALIASES and not d.after_the
        and not d.modifier  # "Interactive Bafta awards" names a ceremony, not a person
    }
    if len(fits) != 1:
        return None
    (target,) = fits.values()
    return target if target.text.split()[0].istitle() and target.label in ("PERSON", "ORG") else None


def _merge_variants(
    uf: _UnionFind,
    maximal: list[Candidate],
    acronyms: list[tuple[str, str]],
    split,
    standalone: set[str],
    lower: Counter,
) -> None:
    """Union forms that are spelling variants, initials variants or acronyms of each other
    (``lower``: the corpus counts of words written in lowercase)."""
    keys = sorted({c.key for c in maximal} - set(split))
    kinds = {c.key: c.kind for c in maximal}
    texts = {c.key: c.text for c in maximal}
    docs: dict[str, set[str]] = defaultdict(set)
    for c in maximal:
        docs[c.key].add(c.doc)
    bare: dict[str, str] = {}  # "Economic Social Research Council" = "Economic and Social ...",
    for k in keys:  # "World Summit on the Information Society" = "... for the ..."
        words = [w for w in k.split() if w not in _LINKING_WORDS]
        if kinds.get(k) != "person" and len(words) >= 3:
            bk = " ".join(words)
            if bk in bare:
                uf.union(bare[bk], k)
            else:
                bare[bk] = k
    compact: dict[str, str] = {}
    for k in keys:  # "Pay Pal" / "PayPal"; "BBC One" / "BBC 1" (not people: "Ann Five")
        words = k.split()
        if kinds.get(k) != "person" and len(words) > 1:
            words = [_NUMBER_WORDS.get(w, w) for w in words]
        ck = "".join(words)
        if ck in compact:
            if len(k.split()) > 1 or len(compact[ck].split()) > 1:
                uf.union(compact[ck], k)
        else:
            compact[ck] = k
    longer_forms = Counter(" ".join(k.split()[:n]) for k in keys for n in range(1, len(k.split())))
    surnames = {k.split()[-1] for k in keys if kinds.get(k) == "person" and len(k.split()) > 1}
    for k in keys:
        kind, words = kinds.get(k), k.split()
        plural_place = kind == "place" and len(words) > 1  # "Grand Slams"; not "Highlands" / "Highland"
        if (kind in ("group", "organization") or plural_place) and len(k) > 4 and k.endswith("s") and not k.endswith("ss"):
            singular = k[:-3] + "y" if k.endswith("ies") else k[:-1]  # "Americans", "Tories"
            if (kind == "group" or singular in uf) and not (kinds.get(singular) == "person" and singular in surnames):
                uf.union(singular, k)  # not a family: "the Clintons" are not Hillary Clinton
        if len(words) == 1 and k.endswith("es") and kinds.get(k[:-2]) == "organization":
            uf.union(k[:-2], k)  # "Xboxes" (tagged as a person) and "Xbox"
        if kind == "organization" and words[-2:] == ["football", "club"] and " ".join(words[:-2]) in uf:
            uf.union(" ".join(words[:-2]), k)  # "Manchester City Football Club" / "Manchester City"
        if kind == "organization" and len(words) > 1 and words[-1] in _COMPANY_WORDS:
            short = " ".join(words[:-1])
            # "Altria Group" / "Altria"; never "American" / "American Airlines"
            party = words[-1] == "party"  # "Conservative" (a group) is the "Conservative Party"
            if words[-1] in DIVISION_SUFFIXES and (short in standalone or longer_forms[short] > 1):
                continue  # "Sony" named alone elsewhere, "Sky" beside "Sky News" and "Sky Networks"
            if party and short in ORG_HEADS:
                continue  # "Congress", a body's word, names the US Congress too, not only India's Congress Party
            # a firm's name the tagger took for a place, beside its full name in one text ("Verizon" and
            # "Verizon Communications"); not a place widely known
            firm_place = kinds.get(short) == "place" and not is_known_place(short) and bool(docs[short] & docs[k]) and (
                short.replace(" ", "") not in _COMPASS_POINTS  # not "Southwest" (Airlines): a region
            )
            if short in uf and (kinds.get(short) != "place" or firm_place) and (party or kinds.get(short) != "group") and (
                short not in KNOWN_ALIASES
            ):
                uf.union(short, k)
        if kind == "organization" and len(words) > 1 and words[-1] in _FIRM_WORDS:
            short = " ".join(words[:-1])  # "Centerview Partners" / "Centerview", "Brookings Institution" /
            # "Brookings", "Forbes Magazine" / "Forbes"
            section = words[-1] == "magazine" and len(words) > 2  # "New York Times Magazine": a section of the paper
            plain = short not in KNOWN_ALIASES and not is_english_word(short, plural=True)
            if kinds.get(short) == "organization" and plain and not section:
                uf.union(short, k)  # not a word English lists ("the Midlands", "Midlands Institute")
        if kind == "organization" and len(words) > 2 and words[-2:] == ["state", "university"]:
            short = " ".join(words[:-1])  # "Michigan State" / "Michigan State University"; not the state of Washington
            if kinds.get(short) == "organization":
                uf.union(short, k)
        if kind == "organization" and len(words) > 1:
            lead = 2 if words[:2] == ["u", "s"] else 1  # "U.S." is two words of a key
            known = "place" if lead == 2 else known_kind(words[0])
            owner = known or (kinds.get(words[0]) if not lower[words[0]] else None)  # not "World"
            rest = " ".join(words[lead:])  # "US Federal Reserve" / "Federal Reserve", "BBC Radio 4" / "Radio 4"
            branch = owner == "place" and is_acronym(texts[k].split()[-1])  # "London UKIP" / "UKIP"
            if rest in uf and (branch or len(words) > lead + 1 and (known == "place" or owner == kinds.get(rest) == "organization")):
                uf.union(rest, k)
    dropped: dict[tuple[str, ...], set[str]] = defaultdict(set)
    firsts = {k.split()[0] for k in keys if kinds.get(k) == "person" and " " in k}
    for k in keys:
        short = initials_dropped(tuple(k.split())) if kinds.get(k) in ("person", "organization") else None
        if short and kinds.get(k) != "person" and (len(k.split()) != 3 or kinds.get(" ".join(short)) != "person"):
            short = None  # but a person's name with a middle initial tagged as a body ("Dwight D. Eisenhower")
        if short:
            dropped[short].add(k)
        elif kinds.get(k) == "person" and _family_middle_name(k, texts[k], firsts):
            dropped[k.split()[0], k.split()[-1]].add(k)  # "Hillary Rodham Clinton" / "Hillary Clinton"
    for short, full_keys in dropped.items():
        target = " ".join(short)
        if len(full_keys) == 1 and target in uf:
            uf.union(target, next(iter(full_keys)))
    for k in keys:
        words = k.split()
        if len(words) > 1 and any(w in _TOKEN_EXPANSIONS for w in words):
            expanded = " ".join(_TOKEN_EXPANSIONS.get(w, w) for w in words)
            if expanded in uf and expanded not in split:
                uf.union(expanded, k)
    for a, b in variant_pairs(maximal, split):  # "Costas"/"Kostas X", "Lab"/"Laboratory", ".org"
        uf.union(a, b)
    meanings: dict[str, set[str]] = defaultdict(set)
    for short, long in acronyms:
        if short in uf and long in uf and short not in split and long not in split:
            meanings[short].add(uf.find(long))
    for short, roots in sorted(meanings.items()):
        if len(roots) == 1 and KNOWN_ALIASES.get(short) is None:
            uf.union(next(iter(roots)), short)
    _papers_by_last_word(uf, maximal, kinds, split)
    _departments(uf, keys, kinds)


def _departments(uf: _UnionFind, keys: list[str], kinds: dict[str, str]) -> None:
    """"Labor Department" and "Department of Labor" (or "U.S. Department of Labor") are one
    body, as are "Defence Ministry" and "Ministry of Defence", "United States Congress" and
    "Congress of the United States", "Oxford University" and "University of Oxford", and
    "the Treasury" (a body of one word) and "Treasury Department"."""
    by_field: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in keys:
        if kinds.get(k) != "organization":
            continue
        words = k.split()
        for head in _FIELD_HEADS:
            at = words.index(head) if head in words else -1
            if at >= 0 and words[at + 1 : at + 2] == ["of"]:
                rest = words[at + 3 :] if words[at + 2 : at + 3] == ["the"] else words[at + 2 :]  # "of the United States"
                owner, field = " ".join(words[:at]), " ".join(rest)
                if field and (not owner or owner in _COUNTRY_OWNERS and head in ("department", "ministry")):
                    by_field[head, field].append(k)
            elif len(words) in (2, 3) and words[-1] == head:
                by_field[head, " ".join(words[:-1])].append(k)
    for forms in by_field.values():
        for k in forms[1:]:
            uf.union(forms[0], k)
    for k in keys:  # "the Treasury" / "Treasury Department", "the Census" / "Census Bureau"
        longer = [f"{k} {head}" for head in ("department", "bureau", "ministry") if f"{k} {head}" in kinds]
        if " " not in k and kinds.get(k) == "organization" and len(longer) == 1 and kinds[longer[0]] == "organization":
            uf.union(longer[0], k)


def _papers_by_last_word(uf: _UnionFind, maximal: list[Candidate], kinds: dict[str, str], split) -> None:
    """A newspaper's last word after "the" ("The Post", "The Journal") is the one paper of
    the corpus whose name ends with it ("Washington Post"); not when two do, nor when a text
    names both ("the Financial Times" and "The Times": two papers)."""
    short = {c.key for c in maximal if c.after_the and c.key in PAPER_WORDS and c.key not in split}
    ends: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for c in maximal:
        words = c.key.split()
        if kinds.get(c.key) == "organization" and len(words) > 1 and words[-1] in short and c.key not in split:
            ends[words[-1]].add(uf.find(c.key))
            docs[words[-1]].add(c.doc)
    both = {c.key for c in maximal if c.key in short and c.doc in docs[c.key]}
    for word, roots in sorted(ends.items()):
        if len(roots) == 1 and word not in both:
            uf.union(next(iter(roots)), word)


def _bodies_named_without_their_place(uf: _UnionFind, per_doc: list[list[Candidate]], maximal: list[Candidate], split) -> None:
    """A body's name of two words or more is the one longer name of the corpus that a place
    or a widely known body starts ("Rural Fire Service" / "New South Wales Rural Fire
    Service", "Security Council" / "UN Security Council") when every text that names it
    alone names that place or body too. Not before a people's adjective ("Football
    Association" / "Scottish Football Association"), nor when a text names it without the
    place."""
    kinds: dict[str, str] = {}
    named: dict[str, set[str]] = defaultdict(set)  # document -> every key it names
    for cands in per_doc:
        for c in cands:
            kinds[c.key] = c.kind
            named[c.doc].add(c.key)
    bodies = {c.key for c in maximal if c.kind == "organization" and c.key not in split}
    longer: dict[str, set[tuple[str, str]]] = defaultdict(set)  # short key -> (place, long key)
    for key in bodies:
        words = key.split()
        for n in range(1, len(words) - 1):
            place, short = " ".join(words[:n]), " ".join(words[n:])
            owner = kinds.get(place) or known_kind(place)
            if short in bodies and (owner == "place" or owner == "organization" and known_kind(place)):
                longer[short].add((place, key))
    alone: dict[str, set[str]] = defaultdict(set)
    for c in maximal:
        alone[c.key].add(c.doc)
    for short, fits in sorted(longer.items()):
        roots = {uf.find(k) for _, k in fits}
        places = {place for place, _ in fits}
        if len(roots) == 1 and uf.find(short) not in roots and all(named[d] & places for d in alone[short]):
            uf.union(next(iter(roots)), short)


def _resolve_across(uf: _UnionFind, maximal: list[Candidate], fixed, split, surnames=frozenset()) -> dict[str, list[str]]:
    """Merge a short person form into the one full name in the corpus it fits; else mark it
    open. A word of ``surnames`` said only after "Mr" fits no name it starts."""
    _initials_are_people(maximal)
    tokens_of: dict[str, tuple[str, ...]] = {}
    for c in maximal:
        if c.kind == "person":
            tokens_of.setdefault(c.key, c.tokens)
    person_keys = sorted(tokens_of)
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for k in person_keys:
        tokens = tokens_of[k]
        if len(tokens) > 1 and len(tokens[0]) > 1 and k not in split:
            for p in parts(tokens):
                index[p].add(k)
    _index_listed_initials(index, maximal, tokens_of, split)
    _index_glued_initials(index, maximal, tokens_of, split)
    for k in person_keys:  # an initial's form is a full name only when no full name fits it
        tokens = tokens_of[k]
        if len(tokens) > 1 and len(tokens[0]) <= 2 and k not in split and not index.get(tokens):
            for p in parts(tokens):
                index[p].add(k)
    uses = Counter(c.key for c in maximal)
    docs: dict[str, set[str]] = defaultdict(set)
    for c in maximal:
        docs[c.key].add(c.doc)
    labels = Counter((c.key, c.label) for c in maximal)
    places = {k for k in person_keys if labels[k, "GPE"] + labels[k, "LOC"] >= max(1, labels[k, "PERSON"])}
    untitled = {c.key for c in maximal if not c.titled}
    titles: dict[str, set[str]] = defaultdict(set)  # a person form -> the title words its descriptions hold
    for c in maximal:
        titles[c.key].update(w.lower().rstrip(".") for d in c.descriptions for w in d.split() if w.lower().rstrip(".") in TITLES)
    open_forms: dict[str, list[str]] = {}
    for k in sorted(person_keys, key=lambda k: (-len(tokens_of[k]), k)):
        fulls = index.get(tokens_of[k])
        if fulls and k in surnames and k not in untitled:
            fulls = {f for f in fulls if tokens_of[f][0] != k}  # "Mr Howard": Michael Howard, not Howard Flight
        if not fulls or k in fixed or k in COUNTRIES:
            continue
        roots = sorted({uf.find(f) for f in fulls} - {uf.find(k)})
        first_name = all(f in tokens_of and tokens_of[f][:1] == tokens_of[k] and len(tokens_of[f]) == 2 for f in fulls)
        if len(roots) == 1 and first_name and k in places:
            continue  # a place's name is no first name ("Manchester" / "Manchester United")
        if len(roots) == 1 and first_name and uses[k] < 2:
            open_forms[k] = roots  # a first name said once, in a text without the full name: maybe
            continue  # someone else ("Guy"), maybe the one full name ("Venus" / "Venus Williams")
        many = len(docs[k]) >= 3 * max(1, len(set().union(*(docs[f] for f in fulls))))
        shared = titles[k] & set().union(*(titles[f] for f in fulls))
        if roots and len(tokens_of[k][0]) > 2 and many and not shared:
            continue  # "Bolton" in a dozen texts, "John Bolton" in one: a name in its own right (never an
            # initial); not when both carry one title ("President Obama", "President Barack Obama")
        if len(roots) > 1 and shared:  # "President Obama": Barack, not Michelle Obama
            titled = [r for r in roots if titles[k] & set().union(*(titles[f] for f in fulls if uf.find(f) == r))]
            roots = titled if len(titled) == 1 else roots
        if len(roots) == 1:
            uf.union(roots[0], k)
        elif len(roots) > 1:
            open_forms[k] = roots
    return open_forms


def _initials_are_people(maximal: list[Candidate]) -> None:
    """Mark as people the initials and surnames the tagger took for bodies or places ("S
    Parisse", "Mi Bergamasco" of a team sheet); not "S Africa" or "St Albans"."""
    place_words = {c.key for c in maximal if c.kind == "place"} | set(COUNTRIES) | set(KNOWN_ALIASES)
    shortened = {(c.tokens[0][:2], c.tokens[-1]) for c in maximal if c.kind == "person" and len(c.tokens) > 1}
    for c in maximal:
        if _initial_form(c) and c.kind in ("organization", "place") and c.tokens[1] not in place_words:
            if len(c.tokens[0]) == 1 or c.tokens in shortened:
                c.kind = "person"


def _index_listed_initials(index, maximal: list[Candidate], tokens_of: dict[str, tuple[str, ...]], split) -> None:
    """File each full name under the forms with its initial or first two letters that a list
    of the corpus uses ("R O'Gara" in a team sheet is "Ronan O'Gara"; "Mi Bergamasco" is
    "Mirco Bergamasco"); full names the tagger took for places or bodies too ("Gethin
    Jenkins", "Cobus Visagie"). An initial in running text fits nothing ("R Kelly")."""
    listed = {c.key for c in maximal if c.listed}
    placed = {c.key: c.tokens for c in maximal if c.kind in ("place", "organization") and len(c.tokens) == 2}
    for k, tokens in sorted({**placed, **tokens_of}.items()):
        if len(tokens) > 1 and len(tokens[0]) > 1 and k not in split:
            for initial in ((tokens[0][0], *tokens[1:]), (tokens[0][:2], *tokens[1:])):
                if " ".join(initial) in listed and initial != tokens:
                    index[initial].add(k)


def _index_glued_initials(index, maximal: list[Candidate], tokens_of: dict[str, tuple[str, ...]], split) -> None:
    """File each full name of three words or more under the form that writes its given
    names' initials as one word in capitals ("LK Advani" is "Lal Krishna Advani", "JK
    Rowling" is "Joanne Kathleen Rowling"), when the corpus writes that form."""
    glued = {c.tokens for c in maximal if c.kind == "person" and len(c.tokens) == 2 and _GLUED_INITIALS.match(c.text)}
    for k, tokens in sorted(tokens_of.items()):
        if len(tokens) > 2 and k not in split and all(len(t) > 1 for t in tokens[:-1]):
            form = ("".join(t[0] for t in tokens[:-1]), tokens[-1])
            if form in glued:
                index[form].add(k)


_GLUED_INITIALS = re.compile(r"[A-Z]{2,3} \w")


def _initial_form(c: Candidate) -> bool:
    """Is ``c`` an initial (or two letters, in a list) and a surname ("S Parisse", "R. O'Gara",
    "Mi Bergamasco")?"""
    if len(c.tokens) != 2 or not c.tokens[0].isalpha() or not c.text[:1].isupper():
        return False
    return len(c.tokens[0]) == 1 or (len(c.tokens[0]) == 2 and c.listed and c.text[1:2].islower())


def _make_actors(
    clusters: dict[str, list[Candidate]],
    pending: dict[str, list[Candidate]],
    forced: dict[str, str],
    corr: Corrections,
) -> tuple[Actor, ...]:
    display = {k: names[0] for group, names in zip(corr.merge_groups(), corr.merge) for k in group}
    renames = corr.rename_map()
    drafts = []
    for root, cands in clusters.items():
        cands.sort(key=lambda c: (c.doc, c.start))
        keys = {c.key for c in cands}
        kind = _kind(cands, forced)
        name = _name(cands, kind, keys, display)
        for k in sorted(keys | {name_key(name)}):
            if k in renames:
                name = renames[k]
                break
        drafts.append((name, kind, root, cands))
    drafts.sort(key=lambda d: (d[0], d[1], d[3][0].doc, d[3][0].start))
    taken: set[str] = set()
    actors = []
    for name, kind, root, cands in drafts:
        if name_key(name) in corr.ignore_keys:
            continue
        mentions = tuple(_mention(c) for c in cands)
        forms = sorted({m.text for m in mentions} - {name})
        descriptions = sorted(
            {Description(d, c.doc, c.sentence) for c in cands for d in c.descriptions},
            key=lambda d: (d.doc, d.sentence, d.text),
        )
        open_mentions = tuple(sorted({_mention(c) for c in pending.get(root, ())}, key=lambda m: (m.doc, m.start)))
        actors.append(
            Actor(
                id=unique_slug(slugify(name, fallback="actor"), taken),
                name=name,
                kind=kind,
                aliases=tuple(forms),
                descriptions=tuple(descriptions),
                mentions=mentions,
                unresolved=open_mentions,
            )
        )
    actors.sort(key=lambda a: (-len(a.mentions), a.name, a.id))
    return tuple(actors)


def _mention(c: Candidate) -> Mention:
    return Mention(c.doc, c.sentence, " ".join(c.text.split()), c.start, c.end, c.label)


def _kind(cands: list[Candidate], forced: dict[str, str]) -> str:
    for c in cands:
        if c.key in forced:
            return forced[c.key]
    # an acronym takes its long form's kind ("Balco", tagged as a person, is a laboratory)
    acronyms = _abbreviations({c.text for c in cands})
    if any(c.kind == "organization" and len(c.tokens) > 1 and c.tokens[-1] in ORG_SUFFIXES - {"party"} for c in cands):
        return "organization"  # "Verizon Communications" decides for "Verizon", tagged as a place
    counts = Counter(c.kind for c in cands if c.text not in acronyms) or Counter(c.kind for c in cands)
    top = max(counts.values())
    tied = [k for k in KIND_PRIORITY if counts[k] == top]
    if len(tied) > 1:  # the fullest form decides: "Altria Group" over "Altria"
        longest = max((c for c in cands if c.kind in tied), key=lambda c: (len(c.tokens), -c.start))
        return longest.kind
    return tied[0]


def _name(cands: list[Candidate], kind: str, keys: set[str], display: dict[str, str]) -> str:
    """Display name: an analyst's choice, a known canonical name, else the fullest common form."""
    for k in sorted(keys):
        if k in display:
            return display[k]
    for k in sorted(keys):
        if k in KNOWN_NAMES:
            return KNOWN_NAMES[k]
    forms = Counter(  # "Malcolm X."; a soft hyphen the source left in ("Doug \u00adAndres")
        re.sub(r"(?<= [A-Z])\.$", "", " ".join(c.text.replace("\u00ad", "").split())) for c in cands
    )
    # a dateline's capitals are no name's spelling: "Los Angeles", not "LOS ANGELES"
    shouted = {  # (but "ABN AMRO" is no dateline beside "ABN Amro")
        f for f in forms
        if f.isupper() and any(all(w.istitle() for w in g.split()) and name_key(g) == name_key(f) for g in forms)
    }
    if kind == "person":  # a form inside a longer one is the short one ("Van Nistelrooy" of "Ruud van Nistelrooy")
        inside = {f for f in forms for g in forms if len(g) > len(f) and g.lower().endswith(" " + f.lower())}
        firsts = {f.split()[0] for f in forms if len(f.split()) > 1}
        initial = {  # "R O'Gara" of "Ronan O'Gara", "Ma Bergamasco" of "Mauro Bergamasco"
            f for f in forms
            if len(f.split()[0].rstrip(".")) == 1
            or len(f.split()[0]) == 2 and any(len(g) > 2 and g.startswith(f.split()[0]) for g in firsts)
        }
        rank = lambda f: (len(f.split()) < 2, f in inside, f in initial, -forms[f], -len(f.split()), f)  # noqa: E731
    elif kind == "group":
        rank = lambda f: (not f.endswith("s"), -forms[f], f)  # noqa: E731
    else:  # a form that starts or ends another ("Tate" of "Tate Britain", "Fortuyn") is the short one
        toks = {f: key_tokens(f) for f in forms}
        starts = {f for f in forms if any(len(u) > len(toks[f]) and is_part(toks[f], u) for u in toks.values())}
        short = _abbreviations(forms) | {f for f in forms if is_acronym(f)}
        short |= {f for f in forms for g in forms if g.isalpha() and len(g) > len(f) + 2 and g.startswith(f)}  # "Yugansk"
        branch = {f for f in forms if len(f.split()) == 2 and f.split()[1] in short & set(forms)}  # "London UKIP"
        rank = lambda f: (f in branch, f in short, f in starts, -forms[f], -len(f), f)  # noqa: E731
    return min(forms, key=lambda f: (f in shouted, rank(f)))


def _abbreviations(forms: Iterable[str]) -> set[str]:
    """The one-word forms that abbreviate a longer form of the same actor ("Balco" of "Bay
    Area Lab Co-Operative"); a name run together is no abbreviation ("RipGuard" / "Rip
    Guard")."""
    forms = set(forms)
    longs = [f for f in forms if len(key_tokens(f)) > 1]
    return {
        f for f in forms
        if len(key_tokens(f)) == 1 and any(2 * len(f) <= len(g) and abbreviates(f, g) for g in longs)
    }


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def __contains__(self, key: str) -> bool:
        return key in self.parent

    def add(self, key: str) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        self.add(key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


# --------------------------------------------------------------------------- lookup


class ActorIndex:
    """Look actors up by the span of a mention or by a name form.

    The contract other stages (quotes, claims, lineage) rely on.
    """

    def __init__(self, actors: Sequence[Actor]):
        self.actors = {a.id: a for a in actors}
        self._spans: dict[str, list[tuple[int, int, str]]] = {}
        self._names: dict[str, str] = {}
        self._parts: dict[str, set[str]] = defaultdict(set)
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._open: dict[tuple[str, int, int], list[str]] = defaultdict(list)
        for actor in actors:
            for m in actor.mentions:
                self._spans.setdefault(m.doc, []).append((m.start, m.end, actor.id))
            for m in actor.unresolved:
                self._open[(m.doc, m.start, m.end)].append(actor.id)
            self._names.setdefault(_key(actor.name), actor.id)
            for name in (actor.name, *actor.aliases):
                self._aliases[_key(name)].add(actor.id)
                if actor.kind == "person":
                    for p in parts(key_tokens(name)):
                        self._parts[" ".join(p)].add(actor.id)
        for spans in self._spans.values():
            spans.sort()
        self._starts = {doc: [s for s, _, _ in spans] for doc, spans in self._spans.items()}
        self._open_by_doc: dict[str, list] = defaultdict(list)
        for (d, s, e), ids in sorted(self._open.items()):
            self._open_by_doc[d].append(((d, s, e), ids))
        self._longest = max((e - s for spans in self._spans.values() for s, e, _ in spans), default=0)

    def at(self, doc: str, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping ``[start, end)`` in ``doc`` (longest overlap)."""
        best, best_overlap = None, 0
        for s, e, actor_id in self._overlapping(doc, start, end):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor_id, overlap
        return self.actors[best] if best else None

    def within(self, doc: str, start: int, end: int) -> set[str]:
        """Ids of every actor with a mention overlapping ``[start, end)`` in ``doc``."""
        return {actor_id for _, _, actor_id in self._overlapping(doc, start, end)}

    def _overlapping(self, doc: str, start: int, end: int):
        """Mention spans ``(start, end, actor id)`` in ``doc`` that overlap ``[start, end)``."""
        spans = self._spans.get(doc, ())
        if not spans:
            return
        lo = bisect.bisect_left(self._starts[doc], start - self._longest)
        for s, e, actor_id in spans[lo:]:
            if s >= end:
                break
            if e > start:
                yield s, e, actor_id

    def unresolved_at(self, doc: str, start: int, end: int) -> tuple[Actor, ...]:
        """Candidate actors of an ambiguous mention overlapping ``[start, end)`` ("Kim" that may
        be either of two Kims); empty when the span is no unresolved mention."""
        hits = [ids for (d, s, e), ids in self._open_by_doc.get(doc, ()) if s < end and e > start]
        return tuple(self.actors[i] for i in hits[0]) if hits else ()

    def by_name(self, name: str) -> Actor | None:
        """The actor whose name or alias matches ``name`` (case, punctuation, titles and
        possessives folded). A short name matches only when exactly one actor carries it
        (as alias or as part of a person's name); otherwise the answer is None."""
        for key in _lookup_keys(name):
            actor_id = self._names.get(key)
            if actor_id:
                return self.actors[actor_id]
            owners = self._aliases.get(key, set()) | self._parts.get(key, set()) | self._parts.get(key.replace(" ", ""), set())
            if len(owners) == 1:
                return self.actors[next(iter(owners))]
            if owners:
                return None  # a short name that fits several actors ("Kim")
        return None


def _key(name: str) -> str:
    return name_key(name)


def _lookup_keys(name: str) -> Iterable[str]:
    key = _key(name)
    yield key
    known = KNOWN_ALIASES.get(key)
    if known:
        yield name_key(known[0])
    words = key.split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
        yield " ".join(words)
    if re.match(r"^(the|a|an) ", key):
        yield key.split(" ", 1)[1]
