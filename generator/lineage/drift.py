"""What changed between aligned sentences: entities, numbers, quotes, attribution, hedges,
negation; plus one ``added`` / ``omitted`` change per unaligned sentence.

Each change carries a one-line ``detail`` a reader can check against both sentences.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from ..model import Change
from ..text import normalize, shorten
from .similarity import number_key

#: Entity labels compared for swaps, grouped by what may replace what.
_ENTITY_GROUP = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place",
                 "NORP": "norp", "FAC": "place", "EVENT": "event"}
HEDGES = {
    "would", "may", "might", "could", "reportedly", "allegedly", "apparently", "possibly",
    "perhaps", "probably", "likely", "purportedly", "supposedly", "seemingly", "presumably",
    "seem", "unconfirmed",
}
#: Participles that hedge only as modifiers ("the alleged plot", not "he alleged").
_HEDGE_MODIFIERS = {"reported", "alleged", "suspected", "claimed", "purported"}
_MODALS = {"would", "may", "might", "could"}
REPORTING = {
    "say", "tell", "add", "ask", "write", "state", "claim", "assert", "emphasize", "emphasise",
    "note", "insist", "argue", "report", "announce", "explain", "warn", "stress", "declare",
    "quote", "comment", "reply", "answer", "believe", "according",
}
_NEGATORS = {"no", "not", "never", "nobody", "nothing", "none", "neither", "nor", "without", "n't"}
_NEGATIVE_LEMMAS = {"fail", "failure", "refuse", "lack"}
_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i", "you", "his", "their"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
           "president", "minister", "senator", "governor", "general", "judge"}
#: A "speaker" longer than this is a parsing slip (a list of names), not an attribution.
MAX_SPEAKER_WORDS = 12
#: Unaligned sentences with fewer words than this are not listed as added / omitted.
MIN_WORDS = 5
_SQUASH = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Lower case letters and digits only ("Kim Jong-un" -> "kimjongun")."""
    return _SQUASH.sub("", normalize(text).lower())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted passages of ``text``, quote marks included.

    Double quotes (straight or curly, guillemets) and single quotes opened after a space;
    a quote left open ends at the paragraph break. Inner quotes are part of the outer one.
    Deliberately more lenient than :func:`generator.quote_marks.quote_spans`, which only
    pairs marks it can close: for drift, a quote mark a rewrite opened and never closed
    still shows words presented as a quotation (an invented quote), so it counts here.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if open_at is None:
            if ch in "“„«" or (ch == '"' and (prev.isspace() or prev in "([—–-:,") and not nxt.isspace()):
                open_at, closer = i, {"“": "”\"", "„": "“”\"", "«": "»"}.get(ch, '"”')
            elif ch in "‘'" and (prev.isspace() or prev in "([—–-") and nxt.isalnum():
                open_at, closer = i, "’'"
        else:
            at_break = ch == "\n" and nxt == "\n"
            if ch in closer and not (closer == "’'" and nxt.isalnum()):
                if i - open_at > 2:
                    spans.append((open_at, i + 1))
                open_at = None
            elif at_break:
                spans.append((open_at, i))
                open_at = None
        i += 1
    if open_at is not None:
        spans.append((open_at, n))
    return spans


@dataclass
class Side:
    """The sentences of one side of an aligned group, as spaCy tokens plus quote info."""

    tokens: list[Token]
    quoted: list[bool]  # per token: inside a quote span
    ents: list[Span]

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def side(analysis, indices: Sequence[int], spans: Sequence[tuple[int, int]]) -> Side:
    doc = analysis.doc
    tokens: list[Token] = []
    ents: list[Span] = []
    for i in indices:
        s = analysis.document.sentences[i]
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None:
            continue
        tokens.extend(t for t in span if not t.is_space)
        ents.extend(e for e in span.ents)
    quoted = [any(a < t.idx < b - 1 for a, b in spans) for t in tokens]
    return Side(tokens, quoted, ents)


# ----------------------------------------------------------------------------- entities


def same_entity(a: str, b: str) -> bool:
    """Spelling variants, short forms and acronyms of one name ("US" / "the United States")."""
    sa, sb = squash(_strip_the(a)), squash(_strip_the(b))
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    wa, wb = set(_words(a)), set(_words(b))
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    if _initials(b) == sa or _initials(a) == sb:
        return True
    la, lb = _words(a), _words(b)  # same surname: "Mr Blair" / "Tony Blair"
    if la and lb and la[-1] == lb[-1] and len(la[-1]) >= 3 and (la[0] in _TITLES or lb[0] in _TITLES):
        return True
    return min(len(sa), len(sb)) >= 5 and fuzz.ratio(sa, sb) >= 85


def _strip_the(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", normalize(text).strip(), flags=re.I)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", normalize(text).lower()) if w and w not in {"the", "of", "s"}]


def _initials(text: str) -> str:
    return "".join(w[0] for w in _words(_strip_the(text)))


def entity_changes(
    child: Side, parent: Side, parent_names: Sequence[str] = (), child_names: Sequence[str] = ()
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(swaps, respellings): entity pairs that replace each other, and variant spellings.

    A swap brings in a name the parent document never mentions for one the child document
    never mentions (``parent_names`` / ``child_names``: every entity of each document);
    names both texts use elsewhere were only moved around.
    """
    def usable(ents):  # a span ending in a function word is a tagging slip ("North with")
        return [
            e for e in ents
            if e.label_ in _ENTITY_GROUP and not (e[-1].is_stop or e[-1].is_punct)
            and not any(ch in e.text for ch in "()[];")
        ]

    c_ents, p_ents = usable(child.ents), usable(parent.ents)
    c_text, p_text = squash(child.text), squash(parent.text)
    respelled: list[tuple[str, str]] = []
    c_free = []
    for e in c_ents:
        match = next((f for f in p_ents if same_entity(e.text, f.text)), None)
        if match is not None:
            if _respelled(match.text, e.text):
                respelled.append((match.text, e.text))
            continue
        if squash(e.text) and squash(e.text) in p_text:
            continue
        c_free.append(e)
    p_free = [
        f for f in p_ents
        if not any(same_entity(e.text, f.text) for e in c_ents) and not (squash(f.text) and squash(f.text) in c_text)
    ]
    swaps: list[tuple[str, str]] = []
    used: set[int] = set()
    c_free = [e for e in c_free if not any(same_entity(e.text, n) for n in parent_names)]
    p_free = [f for f in p_free if not any(same_entity(f.text, n) for n in child_names)]
    for f in p_free:
        for k, e in enumerate(c_free):
            if k not in used and _ENTITY_GROUP[e.label_] == _ENTITY_GROUP[f.label_]:
                swaps.append((f.text, e.text))
                used.add(k)
                break
    return _dedupe(swaps), _dedupe(respelled)


def _respelled(a: str, b: str) -> bool:
    """Two spellings of one name that are not just a longer or shorter form of it."""
    na, nb = _strip_the(a).lower(), _strip_the(b).lower()
    if na == nb:
        return False
    sa, sb = squash(na), squash(nb)
    if sa == sb:
        return True
    wa, wb = set(_words(na)), set(_words(nb))
    if wa <= wb or wb <= wa:
        return False
    return min(len(sa), len(sb)) >= 5 and fuzz.ratio(sa, sb) >= 85


def _dedupe(pairs):
    seen, out = set(), []
    for p in pairs:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


# ----------------------------------------------------------------------------- numbers


def numbers(s: Side) -> Counter:
    out: Counter = Counter()
    for t in s.tokens:
        if t.like_num and t.ent_type_ not in ("ORDINAL",):
            key = number_key(t.text)
            if key is not None:
                out[key] += 1
    return out


def number_changes(child: Side, parent: Side) -> list[tuple[str, str]]:
    cn, pn = numbers(child), numbers(parent)
    gone, new = sorted((pn - cn).elements()), sorted((cn - pn).elements())
    return list(zip(gone, new))


# ----------------------------------------------------------------------------- quotes


def _quoted_words(s: Side) -> list[str]:
    """Quoted words for comparison: lower-case norms ("we're" -> "we are")."""
    return [t.norm_.lower() for t in _quoted_tokens(s)]


def _quoted_tokens(s: Side) -> list[Token]:
    return [
        t for t, q in zip(s.tokens, s.quoted)
        if q and (t.is_alpha or t.like_num or t.norm_.isalpha())
    ]


def _quoted_text(s: Side) -> str:
    return normalize("".join(t.text_with_ws for t, q in zip(s.tokens, s.quoted) if q)).strip()


def _content(s: Side, quoted: bool) -> set[str]:
    return {
        (t.lemma_ or t.lower_).lower()
        for t, q in zip(s.tokens, s.quoted)
        if q == quoted and t.is_alpha and not t.is_stop
    }


def word_diff(old: Sequence[str], new: Sequence[str], limit: int = 3,
              old_shown: Sequence[str] | None = None, new_shown: Sequence[str] | None = None) -> str:
    """'"clear" → "obvious", "global" → "world"': the first replaced runs of words.

    ``old``/``new`` are compared; ``*_shown`` (same lengths) are the words as written.
    """
    old_shown = old if old_shown is None else old_shown
    new_shown = new if new_shown is None else new_shown
    parts = []
    sm = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        if tag == "equal":
            continue
        a, b = " ".join(old_shown[a0:a1]), " ".join(new_shown[b0:b1])
        if tag == "replace":
            parts.append(f'"{shorten(a, 40)}" → "{shorten(b, 40)}"')
        elif tag == "delete":
            parts.append(f'"{shorten(a, 40)}" dropped')
        else:
            parts.append(f'"{shorten(b, 40)}" added')
        if len(parts) == limit:
            break
    return ", ".join(parts)


def quote_changes(child: Side, parent: Side) -> list[tuple[str, str]]:
    """[(kind, detail)] for quote_altered / quote_invented between two sides."""
    qc, qp = _quoted_words(child), _quoted_words(parent)
    if not qc:
        return []
    promoted = (_content(child, True) & _content(parent, False)) - _content(parent, True)
    if len(promoted) >= 3:
        return [("quote_invented", f"reported speech became a direct quote: {shorten(_quoted_text(child), 90)}")]
    if qp and qc != qp:
        diff = word_diff(qp, qc, old_shown=[normalize(t.text) for t in _quoted_tokens(parent)],
                         new_shown=[normalize(t.text) for t in _quoted_tokens(child)])
        if diff:
            return [("quote_altered", f"quoted words changed: {diff}")]
    return []


# ----------------------------------------------------------------------------- attribution


@dataclass(frozen=True)
class Attribution:
    speaker: str
    cue: str

    def __str__(self) -> str:
        if self.cue == "according to":
            return f"according to {self.speaker}"
        return f"{self.speaker} {self.cue}".strip()


def attributions(s: Side) -> list[Attribution]:
    """Speakers of reporting verbs ("X said", "according to X") in unquoted text."""
    out = []
    for t, q in zip(s.tokens, s.quoted):
        if q:
            continue
        lemma = t.lemma_.lower() or t.lower_
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = next(c for c in t.children if c.lower_ == "to")
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs and len(list(objs[0].subtree)) <= MAX_SPEAKER_WORDS:
                out.append(Attribution(_subtree_text(objs[0]), "according to"))
        elif t.pos_ == "VERB" and lemma in REPORTING:
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and len(list(subj[0].subtree)) <= MAX_SPEAKER_WORDS:
                out.append(Attribution(_subtree_text(subj[0]), t.text))
    return out


def _subtree_text(token: Token) -> str:
    """The words a token governs, with the source's own spacing ("Union (VDU)")."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _role_words(speaker: str, ents: Sequence[Span]) -> set[str]:
    names = {w for e in ents if e.label_ == "PERSON" for w in _words(e.text)}
    return {w for w in _words(speaker) if w not in names and w not in {"a", "an", "and", "for", "s"}}


def attribution_changes(child: Side, parent: Side) -> list[tuple[str, str]]:
    ca, pa = attributions(child), attributions(parent)
    if ca and not pa:
        return [("attribution_added", f'attribution "{normalize(str(a))}" added') for a in ca[:1]]
    if pa and not ca:
        if any(child.quoted):
            return []
        return [("attribution_removed", f'attribution "{normalize(str(a))}" dropped') for a in pa[:1]]
    out = []
    for a in ca[:1]:
        b = pa[0]
        wa, wb = set(_words(a.speaker)), set(_words(b.speaker))
        if wa & _PRONOUNS or wb & _PRONOUNS:
            continue
        if same_entity(a.speaker, b.speaker) or _person_overlap(a.speaker, b.speaker, child.ents, parent.ents):
            ra, rb = _role_words(a.speaker, child.ents), _role_words(b.speaker, parent.ents)
            if ra != rb and (ra - rb) and (rb - ra):
                out.append(("attribution_changed",
                            f'speaker\'s description changed: "{normalize(b.speaker)}" became "{normalize(a.speaker)}"'))
        else:
            out.append(("attribution_changed", f'speaker changed: "{normalize(b.speaker)}" became "{normalize(a.speaker)}"'))
    return out


def _person_overlap(a: str, b: str, a_ents, b_ents) -> bool:
    pa = [e.text for e in a_ents if e.label_ in ("PERSON", "ORG") and e.text in a]
    pb = [e.text for e in b_ents if e.label_ in ("PERSON", "ORG") and e.text in b]
    return any(same_entity(x, y) for x in pa for y in pb)


def unquoted_quote(child: Side, parent: Side) -> str | None:
    """A quote of the parent whose words the child states without quote marks or speaker."""
    if not any(parent.quoted) or any(child.quoted) or attributions(child):
        return None
    qp = _content(parent, True)
    if len(qp & _content(child, False)) >= max(2, len(qp) // 2):
        return f"quoted words now stated without quote marks or speaker: {shorten(_quoted_text(parent), 80)}"
    return None


# ----------------------------------------------------------------------------- hedges, negation


def hedges(s: Side) -> Counter:
    out: Counter = Counter()
    for t in s.tokens:
        low = t.lower_
        if low in _MODALS and t.tag_ in ("MD", ""):
            out[low] += 1
        elif low in HEDGES and low not in _MODALS:
            out[low] += 1
        elif low in _HEDGE_MODIFIERS and t.dep_ == "amod":
            out[low] += 1
        elif (t.lemma_ or "").lower() == "seem":
            out["seem"] += 1
    return out


def hedge_changes(child: Side, parent: Side) -> list[tuple[str, str]]:
    hc, hp = hedges(child), hedges(parent)
    gone, new = list((hp - hc).elements()), list((hc - hp).elements())
    k = min(len(gone), len(new))  # one hedge replaced by another is not a change of stance
    out = [("hedge_removed", f'"{w}" dropped') for w in gone[k:]]
    out += [("hedge_added", f'"{w}" added') for w in new[k:]]
    return out


def negations(s: Side) -> list[str]:
    return [
        t.text for t in s.tokens
        if t.dep_ == "neg" or t.lower_ in _NEGATORS or (t.lemma_ or "").lower() in _NEGATIVE_LEMMAS
    ]


def negation_change(child: Side, parent: Side) -> str | None:
    nc, np_ = negations(child), negations(parent)
    if len(nc) > len(np_):
        return f'negation added: "{nc[-1]}"'
    if len(np_) > len(nc):
        return f'negation dropped: "{np_[-1]}"'
    return None


# ----------------------------------------------------------------------------- all together


def compare(child_analysis, parent_analysis, cs: Sequence[int], ps: Sequence[int],
            child_quotes, parent_quotes) -> list[Change]:
    """Every change between child sentences ``cs`` and the parent sentences ``ps`` they align to."""
    child = side(child_analysis, cs, child_quotes)
    parent = side(parent_analysis, ps, parent_quotes)
    ci, pi = cs[0], ps[0]
    out: list[Change] = []
    swaps, _ = entity_changes(
        child, parent, _names(parent_analysis), _names(child_analysis)
    )
    dropped = unquoted_quote(child, parent)
    attrib = attribution_changes(child, parent)
    if dropped and not any(k == "attribution_removed" for k, _ in attrib):
        attrib.append(("attribution_removed", dropped))
    # a swapped speaker is reported once, as an attribution change
    speakers = " ".join(d for k, d in attrib if k == "attribution_changed")
    swaps = [(a, b) for a, b in swaps if not (a in speakers and b in speakers)]
    out += [Change("entity_swap", ci, pi, f'"{a}" became "{b}"') for a, b in swaps]
    out += [Change("number_change", ci, pi, f'"{a}" became "{b}"') for a, b in number_changes(child, parent)]
    out += [Change(k, ci, pi, d) for k, d in quote_changes(child, parent)]
    out += [Change(k, ci, pi, d) for k, d in attrib]
    out += [Change(k, ci, pi, d) for k, d in hedge_changes(child, parent)]
    neg = negation_change(child, parent)
    if neg:
        out.append(Change("negation", ci, pi, neg))
    return out


def _names(analysis) -> list[str]:
    return sorted({e.text for e in analysis.doc.ents if e.label_ in _ENTITY_GROUP})


def unaligned(analysis, indices: Sequence[int], kind: str) -> list[Change]:
    """One ``added`` (child) or ``omitted`` (parent) change per substantial unaligned sentence."""
    out = []
    for i in indices:
        text = analysis.document.sentences[i].text
        if len(re.findall(r"\w+", text)) < MIN_WORDS:
            continue
        detail = f"{'sentence added' if kind == 'added' else 'sentence left out'}: {shorten(normalize(text), 90)}"
        out.append(Change(kind, i if kind == "added" else None, i if kind == "omitted" else None, detail))
    return out
