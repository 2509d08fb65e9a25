"""Mentions weighed against the names the corpus writes whole.

The small model often tags only part of a long name in one place and the whole name in
another. Four corpus-wide steps use what the texts themselves spell out, no list of
names:

- a mention inside the title of a work is no actor wherever the title is written ("for
  Maria Full of Grace" once a text has "the drama Maria Full of Grace");
- a mention joining two names with "and" is two mentions when the corpus names each
  alone ("Film Council and Channel 4");
- a mention run into a headline ("National Review Crowd Does Not Like", a line in
  capitals) keeps the first words the corpus writes as a name ("National Review");
- a mention whose surrounding text reads, letter for letter, a longer name that some
  mention of the corpus carries takes that name ("the Casino Royale project" gives
  "Casino Royale", "Mr Duncan Smith" beside "Iain Duncan Smith").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from .actor_fragments import MEMBERS, ORG_HEADS, TITLE_INNER
from .actor_rules import GENERATIONAL, TITLES, is_acronym, is_known_place, known_kind, name_key
from .english import is_english_word, is_past_verb
from .actor_spans import Candidate, follows_the


def widen_to_known_names(texts: Mapping[str, str], per_doc: list[list[Candidate]]) -> list[list[Candidate]]:
    """Each document's candidates once every mention that sits inside a longer name of the
    corpus, written out in full at that very place, is widened to it; mentions the widened
    one now covers are dropped (two halves of one name become one mention)."""
    groups = {c.text for cands in per_doc for c in cands if c.kind == "group" and " " not in c.text}
    alone = {c.text for cands in per_doc for c in cands if not _before_and(texts[c.doc], c.end)}
    longs: dict[str, Candidate] = {}
    for cands in per_doc:
        for c in cands:
            if " " in c.text and c.text not in longs and _whole_name(c.text, alone):
                longs[c.text] = c
    by_word: dict[str, list[str]] = defaultdict(list)
    for name in longs:
        for word in set(name.split()):
            by_word[word].append(name)
    out = []
    for cands in per_doc:
        widened = False
        for c in cands:
            found = _longest_around(texts[c.doc], c, by_word.get(c.text.split()[0], ()))
            if found is not None and not _nation_before_name(c, longs[found[1]], groups):
                start, name = found
                _take(c, start, name, longs[name], texts[c.doc])
                widened = True
        out.append(_without_covered(cands) if widened else cands)
    return out


def drop_inside_titles(
    texts: Mapping[str, str], per_doc: list[list[Candidate]], titles: Mapping[str, list[str]]
) -> list[list[Candidate]]:
    """Each document's candidates without those inside the title of a work, wherever the
    title is written: a title the document introduces ("the drama Maria Full of Grace")
    anywhere in that document, and a title with a small word or three capitalised words
    ("Maria Full of Grace", "Million Dollar Baby") in any document of the corpus ("for
    Maria Full of Grace" gives no "Maria Full" and no "Grace"). A two-word title
    introduced elsewhere may be a person's name ("the film Michael Collins")."""
    shared = {t for found in titles.values() for t in found if _distinct_title(t)}
    out = []
    for cands in per_doc:
        if not cands:
            out.append(cands)
            continue
        doc = cands[0].doc
        text, spans = texts[doc], []
        for title in shared | set(titles.get(doc, ())):
            at = text.find(title)
            while at >= 0:
                if _bounded(text, at, at + len(title)):
                    spans.append((at, at + len(title)))
                at = text.find(title, at + 1)
        out.append([c for c in cands if not any(a <= c.start and c.end <= b for a, b in spans)])
    return out


def trim_headline_lines(texts: Mapping[str, str], per_doc: list[list[Candidate]]) -> list[list[Candidate]]:
    """Each document's candidates once those that read as part of a headline are weighed
    against the rest of the corpus: a name of a line written all in capitals ("10. SUPER
    BOWL ADVERTISERS STICKING TO CLASSICS.") or with every word capitalised, when a word
    after its first is a common word the text also writes in lowercase ("Eva Longoria
    Discussed Factions Within The Latino Community."), and a name with a capitalised verb or
    pronoun after its first word ("Marco Rubio Responds To Question", "Christie Is Over Marco
    Rubio"); capitals say nothing of where such a name starts and ends. It stays whole when
    the corpus writes it elsewhere, when it is a widely known name, or when it stands in
    brackets; else it keeps its longest first words that the corpus writes as a name, or
    that a person's name holds ("Christie" beside "Chris Christie"), and is dropped when none
    are. A name with a capitalised verb in the past after a person's name the corpus writes
    elsewhere is cut before the verb ("Maria Hinojosa Explained"), and else kept. A text
    written mostly in capitals keeps its names."""
    loose: dict[int, bool] = {}
    portfolio: set[int] = set()
    for cands in per_doc:
        if cands:
            text = texts[cands[0].doc]
            lines, titled = _shouted_lines(text), _title_case_lines(text)
            for c in cands:  # a name in brackets is bounded all the same: "(DIGITAL BRIDGES)"
                bracketed = text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")"
                shouted = any(a <= c.start < b for a, b in lines)
                common = any(a <= c.start < b for a, b in titled) and any(_common_word(w, text) for w in c.text.split()[1:])
                loose[id(c)] = not bracketed and (shouted or common or _headline_word_inside(c.text))
                if not loose[id(c)] and _portfolio_before_title(c, text):
                    portfolio.add(id(c))
    bounded = {id(c) for cands in per_doc for c in cands if not loose[id(c)] and id(c) not in portfolio}
    models: dict[str, Candidate] = {}
    uses: Counter[str] = Counter()
    for cands in per_doc:
        for c in cands:
            if id(c) in bounded:  # what the corpus writes as a name of its own
                models.setdefault(c.key, c)
                uses[c.key] += 1
    words = {w for k in models for w in k.split()}  # "TRUMP" beside "Donald Trump"
    for c in list(models.values()):
        if c.kind == "person":
            for w in c.key.split():
                models.setdefault(w, c)
    out = []
    for cands in per_doc:
        kept = []
        for c in cands:
            elsewhere = uses[c.key] - (id(c) in bounded)  # mentions of the name outside headlines, but this one
            if elsewhere or c.key in words or known_kind(c.key) or is_known_place(c.key):
                kept.append(c)
            elif loose[id(c)]:
                piece = _written_piece(c, models, _HEADLINE_WORDS)
                kept.extend([piece] if piece is not None else [])
            elif id(c) in portfolio:  # "Alabama Securities" + "Commissioner Thomas Krebs": Alabama;
                piece = _written_piece(c, models, {c.text.split()[-1]})  # "Federal Privacy" +
                kept.extend([piece] if piece is not None else [])  # "Commissioner": a field, no actor
            else:  # "Maria Hinojosa Explained": a person's name the corpus writes, then a verb
                kept.append(_written_piece(c, models, _verb_after_name(c.text), people=True) or c)
        out.append(kept)
    return out


def _written_piece(
    c: Candidate, models: Mapping[str, Candidate], stops: Collection[str], people: bool = False
) -> Candidate | None:
    """The longest run of first words of ``c`` before any word of ``stops`` that ``models``
    holds (a person, with ``people``) or that is a widely known name, as a candidate of its
    kind; None when there is none ("We Are The World" gives no "World")."""
    if not stops:
        return None
    words = list(re.finditer(r"\S+", c.text))
    stop = next((n for n, w in enumerate(words) if n and w.group() in stops), len(words))
    for n in range(min(stop, len(words) - 1), 0, -1):
        piece = c.text[: words[n - 1].end()].rstrip(_EDGE)
        key = name_key(piece)
        if people and (key not in models or models[key].kind != "person"):
            continue
        if piece and (key in models or known_kind(key) or is_known_place(key)):
            return _part(c, c.start, piece, models.get(key))
    return None


_EDGE = ",:;'\"’”"


def _portfolio_before_title(c: Candidate, text: str) -> bool:
    """Is ``c`` a body's name run into the field of a title before a person's name ("Clinton
    Communications" + "Director Jennifer Palmieri", "Breitbart News National Security" +
    "editor Sebastian Gorka")? Not when its last word heads a body ("Justice Department
    spokesman Peter Carr") or it is a person's name."""
    words = c.text.split()
    if c.kind == "person" or len(words) < 2 or words[-1].lower() in ORG_HEADS:
        return False
    after = text[c.end : c.end + 40].split()  # "Privacy" + "Commissioner, Malcolm Crompton"
    if len(after) > 2 and after[0].istitle() and after[0].isalpha() and after[1].lower() in _MINISTERS:
        return after[2][:1].isupper()  # "New South Wales Emergency" + "Services Minister Bob Debus"
    return len(after) > 1 and after[0].lower().rstrip(",") in _PORTFOLIO_TITLES and after[1][:1].isupper()


#: Titles of ministers, written after their portfolio's words ("Emergency Services Minister").
_MINISTERS = frozenset(("minister", "secretary"))
#: Titles written after the field they cover ("Communications Director", "Securities Commissioner").
_PORTFOLIO_TITLES = frozenset(
    "director commissioner editor secretary chair chairman chairwoman coordinator correspondent adviser advisor officer".split()
)


def _headline_word_inside(name: str) -> bool:
    """Is a capitalised verb or pronoun of a headline written after the first word of
    ``name`` ("Marco Rubio Responds To Question", "National Review Crowd Does Not Like";
    not "Will" nor "May", which are names too)?"""
    return any(w in _HEADLINE_WORDS for w in name.split()[1:])


def _verb_after_name(name: str) -> set[str]:
    """The capitalised verbs in the past after the first word of ``name``: before a
    capitalised word ("Ferrera Sent Donald Trump A"; not before "Jr."), or at the end of a
    name of three words or more ("Maria Hinojosa Explained"; not "Andy Quested")."""
    words = name.split()
    return {
        w for n, w in enumerate(words[1:], 1)
        if w[:1].isupper() and is_past_verb(w) and (
            n == len(words) - 1 > 1 or n < len(words) - 1 and words[n + 1][:1].isupper()
            and words[n + 1].lower().rstrip(".") not in GENERATIONAL
        )
    }


_HEADLINE_WORDS = frozenset(
    "Is Are Was Were Be Been Not Does Do Did Has Have Had Would Should Could Must Says Said Just To "
    "Who What How Why That This These Those His Her Their Its He She It They We You Than About".split()
)


def _common_word(word: str, text: str) -> bool:
    """Is ``word`` a small word ("Something", "Other") or an English word that ``text`` also
    writes in lowercase ("Community"; not "Dempsey", which English lists too)?"""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha():
        return False
    return low in STOP_WORDS or is_english_word(word) and re.search(rf"\b{low}\b", text) is not None


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines of four words or more with every word capitalised, a small one
    too after the first ("Eva Longoria Discussed Factions Within The Latino Community.")."""
    return [
        (a, b) for a, b, words in _lines(text)
        if len(words) >= 4 and all(w[0].isupper() for w in words)
        and any(w in _HEADLINE_WORDS or w.lower() in _SMALL_WORDS for w in words[1:])
    ]


_SMALL_WORDS = frozenset("the a an of to in on for with at by from and or as within into over after".split())


def _shouted_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines of four words or more written all in capitals, unless most of
    the text is."""
    lines = [(a, b) for a, b, words in _lines(text) if len(words) >= 4 and all(w.isupper() for w in words)]
    loud = sum(b - a for a, b in lines)
    return lines if 2 * loud < len(text) - text.count("\n") else []


def _lines(text: str) -> list[tuple[int, int, list[str]]]:
    """``(start, end, words)`` of each line of ``text``."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line), _WORD.findall(line)))
        at += len(line) + 1
    return out


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def split_known_pairs(per_doc: list[list[Candidate]]) -> list[list[Candidate]]:
    """Each document's candidates once a mention that joins two names of the corpus with
    "and", a slash or a hyphen is split into the two ("Film Council and Channel 4", "Aviator
    and Million Dollar Baby", "Brown/Blair", "NBC News-Wall Street Journal", each side named
    alone elsewhere); not one name said twice, nor a side the corpus never names alone
    ("Marks and Spencer", "Rolls-Royce"). One side named alone is enough between two names
    of two words or more ("Priorities USA Action and Correct the Record") and beside a brand
    with a capital inside ("Associated Press-GfK")."""
    models: dict[str, Candidate] = {}
    for cands in per_doc:
        for c in cands:
            if " and " not in c.text and "/" not in c.text:
                models.setdefault(c.text, c)
    out = []
    for cands in per_doc:
        kept: list[Candidate] = []
        for c in cands:
            parts, credit = _two_names(c.text, models), False
            if parts is None:
                parts, credit = _credit(c, models), True
            if parts is None:
                kept.append(c)
                continue
            (left, right), at = parts, c.text.rindex(parts[1])
            fallback = None if credit else c  # a side never named alone: a credit's person, or a body
            kept.append(_part(c, c.start, left, models.get(left) or fallback))
            kept.append(_part(c, c.start + at, right, models.get(right) or fallback))
        out.append(kept)
    return out


def _two_names(text: str, models: Mapping[str, Candidate]) -> tuple[str, str] | None:
    """The two names ``text`` joins with "and", a slash or a hyphen, or None. Not with "&",
    which joins the halves of one name ("Cable & Wireless", "Belle & Sebastian"), nor a word
    after a body "of" something ("University of the Highlands and Islands"); a hyphen only
    between two bodies, one of two words or an acronym ("Post-ABC", "U.S.-Mexico"; not
    "Day-Lewis")."""
    joint = next((j for j in (" and ", "/", "-") if j in text), "")
    if not joint or text.count(joint) != 1 or joint != " and " and (" " + joint in text or joint + " " in text):
        return None
    left, right = text.split(joint)
    if joint != "/" and _two_bodies(left, right, models):
        return left, right  # "ABC News-Washington Post", "Priorities USA Action and Correct the Record"
    if joint == "-" and left != right and _brand_pair(left, right, models):
        return left, right  # "Post-SurveyMonkey", "Associated Press-GfK" (polls)
    if joint == "-" and not (_body(left, models) and _body(right, models) and (" " in text or is_acronym(right) or is_acronym(left))):
        return None  # "NBC News-Wall Street Journal", "Post-ABC"; not "Day-Lewis", "Neath-Swansea"
    if left == right or left not in models or right not in models:
        return None
    return None if " of " in left and " " not in right else (left, right)


def _two_bodies(left: str, right: str, models: Mapping[str, Candidate]) -> bool:
    """Are the two sides of a hyphen or an "and" two bodies' names of two words or more each,
    starting and ending capitalised, one named alone in the corpus ("ABC News" + "Washington
    Post", "Priorities USA Action" + "Correct the Record")? Not "Bank of Tokyo" + "Mitsubishi
    UFJ", one bank, nor "Department for Education" + "Skills"."""
    ends = (left.split()[0], left.split()[-1], right.split()[0], right.split()[-1])
    return (
        " " in left and " " in right and " of " not in left and " for " not in left and left != right
        and all(w[:1].isupper() for w in ends) and (_body(left, models) or _body(right, models))
    )


def _brand_pair(left: str, right: str, models: Mapping[str, Candidate]) -> bool:
    """Is one side of a hyphen a brand written with a capital inside ("SurveyMonkey", "GfK";
    not "McKinsey", "DeVos") and the other a body's name the corpus names alone or one
    capitalised word ("Post")? (A slash may join the halves of one firm: "Nielsen/NetRatings".)"""
    for brand, other in ((left, right), (right, left)):
        if " " not in brand and _INNER_CAPITAL.search(brand) and not _NAME_PREFIX.match(brand):
            return _body(other, models) or (" " not in other and other[:1].isupper())
    return False


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z]")


def _credit(c: Candidate, models: Mapping[str, Candidate]) -> tuple[str, str] | None:
    """The person's name and the platform or agency of a photo credit joined by a slash
    ("Facebook/Mohamed Shoukair", "Jonathan Drake / Reuters"), or None. The body is an
    organisation the corpus names alone or a widely known one; the name is a person the
    corpus names alone, or a name the corpus never names otherwise that can be a person's
    ("Europe/Radio Liberty", "SVP/Global Risk Insights", "New York Times/CBS News" are no
    credits)."""
    if c.text.count("/") != 1:
        return None
    left, right = (side.strip() for side in c.text.split("/"))
    for body, name in ((left, right), (right, left)):
        kind = models[body].kind if body in models else known_kind(name_key(body))
        named = models[name].kind == "person" if name in models else _person_like(name, c.label)
        if kind == "organization" and named:
            return left, right
    return None


def _person_like(name: str, label: str) -> bool:
    """Can ``name``, of a mention tagged ``label``, be a person's: two to four capitalised
    words, no acronym and no head of a body's name, tagged as a person or opening with a
    word English does not list ("Mostafa Mohamed Talaat" tagged as a body)?"""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    return not any(w.lower() in ORG_HEADS for w in words) and (label == "PERSON" or not is_english_word(words[0]))


def _body(name: str, models: Mapping[str, Candidate]) -> bool:
    """Is ``name`` a body or a place the corpus names alone (not a person, nor a people)?"""
    return name in models and models[name].kind in ("organization", "place")


def _part(c: Candidate, start: int, text: str, model: Candidate | None) -> Candidate:
    """The piece ``text`` of ``c`` at ``start``, of the kind of the mention ``model`` the
    corpus names alone; with none, of its widely known kind ("LinkedIn"), else a person's
    (the name in a credit)."""
    if model is not None:
        label, kind = model.label, model.kind
    else:
        kind = known_kind(name_key(text)) or "person"
        label = {"person": "PERSON", "organization": "ORG", "place": "GPE", "group": "NORP"}[kind]
    return replace(c, start=start, end=start + len(text), text=text, key=name_key(text), label=label,
                   kind=kind, descriptions=[])


def _distinct_title(title: str) -> bool:
    """Does ``title`` read as a title wherever it is written: a small word inside it ("Maria
    Full of Grace") or three capitalised words ("Million Dollar Baby"; not "Band Aid 20")?"""
    words = title.split()
    return any(w.lower() in TITLE_INNER for w in words[1:]) or sum(w.istitle() for w in words) > 2


def _whole_name(text: str, alone: set[str]) -> bool:
    """Can ``text`` stand for a name the tagger cut elsewhere? Not a name with a title or
    members after it ("Labour MP") or a title before it ("Mr Allard"), nor two names
    joined by "and", the first of which the corpus names alone ("Aviator" of "Aviator and
    Million Dollar Baby"; not "Food and Drug Administration")."""
    words = text.split()
    if words[-1].lower().rstrip(".") in TITLES or words[-1].lower() in MEMBERS or words[0].lower().rstrip(".") in TITLES:
        return False
    for k, word in enumerate(words):
        if word.lower() in ("and", "&"):
            return " ".join(words[:k]) not in alone
    return True


def _before_and(text: str, end: int) -> bool:
    """Does "and" or "&" follow the mention ending at ``end``?"""
    return text.startswith((" and ", " & "), end)


def _nation_before_name(c: Candidate, model: Candidate, groups: set[str]) -> bool:
    """Would ``c`` take a person's name that starts with a nationality outside it
    ("American" + "Taylor Dent")? The nationality describes the person; it is no part of
    the name. ``groups`` holds the one-word names the corpus tags as groups."""
    first = model.text.split()[0]
    nation = first in groups or known_kind(name_key(first)) == "group"
    if model.kind != "person" or not nation:
        return False
    return not c.text.startswith(first) or (c.text == first and len(model.text.split()) > 2)


def _longest_around(text: str, c: Candidate, names: list[str]) -> tuple[int, str] | None:
    """``(start, name)`` of the longest name of ``names`` that the text around ``c`` spells
    out in full, with ``c`` as whole words of it; None when there is none."""
    best: tuple[int, str] | None = None
    for name in names:
        if len(name) <= len(c.text) or (best is not None and len(name) <= len(best[1])):
            continue
        at = name.find(c.text)
        while at >= 0:
            end = at + len(c.text)
            whole = (at == 0 or name[at - 1] == " ") and (end == len(name) or name[end] == " ")
            start = c.start - at
            if whole and start >= 0 and text.startswith(name, start) and _bounded(text, start, start + len(name)):
                best = (start, name)
                break
            at = name.find(c.text, at + 1)
    return best


def _bounded(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand as whole words (no letter, digit or hyphen glued on)?"""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def _take(c: Candidate, start: int, name: str, model: Candidate, text: str) -> None:
    c.start, c.end, c.text, c.key = start, start + len(name), name, name_key(name)
    c.label, c.kind = model.label, model.kind
    c.after_the = follows_the(text, start)


def _without_covered(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without a mention that lies inside another one (the first of two equal
    spans stays)."""
    ordered = sorted(cands, key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for c in ordered:
        if out and c.start >= out[-1].start and c.end <= out[-1].end:
            continue
        out.append(c)
    return out
