"""Attribution drift: who is said to have said what, and whether the rewrite keeps it.

Attributions are matched across an aligned group by what they report (the content words
of the reported clause), not by position, so a speaker swapped inside a merged or split
group is one ``attribution_changed``. A parent sentence next to the group (a merge the
aligner missed because the names differ) is consulted before calling an attribution
added or removed, and a quote the rewrite gives to someone else is found wherever it
stands in the parent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from ..text import normalize, shorten
from .drift_base import PRONOUNS, Side, name_words, same_entity, side, squash, strip_the

REPORTING = {
    "say", "tell", "add", "ask", "write", "state", "claim", "assert", "emphasize", "emphasise",
    "note", "insist", "argue", "report", "announce", "explain", "warn", "stress", "declare",
    "quote", "comment", "reply", "answer", "believe", "according", "counter", "contend",
    "maintain", "acknowledge", "admit", "deny", "confirm", "reveal", "concede", "observe",
    "remark", "recall", "predict", "allege", "suggest", "complain", "estimate",
}
#: A "speaker" longer than this is a parsing slip (a list of names), not an attribution.
MAX_SPEAKER_WORDS = 12
#: Share of reported words a neighbouring sentence's attribution must share (missed merges).
NEAR_SHARE = 0.8
_QUOTE_PUNCT = " \"'.,;:"
#: Quoted passages shorter than this (in words) are not followed to another speaker.
MIN_QUOTE_WORDS = 5
_PERSONAL = {"he", "she"}
#: Honorifics: not a description of a speaker ("Mr Mates" / "Tory MP Michael Mates").
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mx"}


@dataclass(frozen=True)
class Attribution:
    speaker: str
    cue: str
    content: frozenset[str] = field(default=frozenset(), compare=False)

    def __str__(self) -> str:
        if self.cue == "according to":
            return f"according to {self.speaker}"
        return f"{self.speaker} {self.cue}".strip()


def _content_words(tokens) -> frozenset[str]:
    return frozenset((t.lemma_ or t.lower_).lower() for t in tokens if t.is_alpha and not t.is_stop)


def _subtree_text(token: Token) -> str:
    """The words a token governs, with the source's own spacing ("Union (VDU)")."""
    lo, hi = _speaker_bounds(token)
    return token.doc[lo : hi + 1].text


def _speaker_bounds(token: Token) -> tuple[int, int]:
    """First and last index of a speaker phrase, without a trailing relative clause
    ("Minister Ingrid Dahlvik, who called on ..." -> "Minister Ingrid Dahlvik")."""
    lo, hi = token.left_edge.i, token.right_edge.i
    cut = [c.left_edge.i for c in token.children if c.dep_ in ("relcl", "acl") and c.i > token.i]
    if cut:
        hi = min(cut) - 1
    while hi > token.i and (token.doc[hi].is_punct or token.doc[hi].is_space):
        hi -= 1
    return lo, hi


def _speaker_len(token: Token) -> int:
    lo, hi = _speaker_bounds(token)
    return hi - lo + 1


def _reports_something(verb: Token, quoted_sentence: bool) -> bool:
    """A reporting verb that reports a statement, not one that takes a thing as object.

    "announced that it would strike" and "the talks failed, he said" report;
    "announced the walkout" (a noun object, no clause, no quote) does not.
    """
    if verb.dep_ in ("parataxis", "ccomp") or quoted_sentence:
        return True
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids):
        return True
    objs = [c for c in kids if c.dep_ == "dobj"]
    return not any(o.pos_ in ("NOUN", "PROPN") for o in objs)


def attributions(s: Side) -> list[Attribution]:
    """Speakers of reporting verbs ("X said", "according to X") in unquoted text."""
    out = []
    keep = {t.i for t in s.tokens}
    quoted_sents = {t.sent.start for t, q in zip(s.tokens, s.quoted) if q}
    for t, q in zip(s.tokens, s.quoted):
        if q:
            continue
        lemma = t.lemma_.lower() or t.lower_
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = next(c for c in t.children if c.lower_ == "to")
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs and _speaker_len(objs[0]) <= MAX_SPEAKER_WORDS:
                skip = set(x.i for x in t.subtree)
                body = [x for x in t.sent if x.i not in skip and x.i in keep]
                out.append(Attribution(_subtree_text(objs[0]), "according to", _content_words(body)))
        elif t.pos_ == "VERB" and lemma in REPORTING:
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj or _speaker_len(subj[0]) > MAX_SPEAKER_WORDS:
                continue
            if not _reports_something(t, t.sent.start in quoted_sents):
                continue
            skip = set(x.i for x in subj[0].subtree) | {t.i}
            body = [x for x in t.sent if x.i not in skip and x.i in keep]
            out.append(Attribution(_subtree_text(subj[0]), t.text, _content_words(body)))
    return out


def _role_words(speaker: str, ents: Sequence[Span]) -> set[str]:
    names = {w for e in ents if e.label_ == "PERSON" for w in name_words(e.text)}
    return {w for w in name_words(speaker)
            if w not in names and w not in _HONORIFICS and w not in {"a", "an", "and", "for", "s"}}


def _person_overlap(a: str, b: str, a_ents, b_ents) -> bool:
    pa = [e.text for e in a_ents if e.label_ in ("PERSON", "ORG") and e.text in a]
    pb = [e.text for e in b_ents if e.label_ in ("PERSON", "ORG") and e.text in b]
    return any(same_entity(x, y) for x in pa for y in pb)


def _is_pronoun(speaker: str) -> bool:
    return bool(set(name_words(speaker)) & PRONOUNS)


def _speaker_change(a: Attribution, b: Attribution, child: Side, parent: Side) -> tuple[str, str] | None:
    """attribution_changed when child attribution ``a`` names another speaker than ``b``."""
    if _is_pronoun(a.speaker) or _is_pronoun(b.speaker):
        return None
    if same_entity(a.speaker, b.speaker) or _person_overlap(a.speaker, b.speaker, child.ents, parent.ents):
        ra, rb = _role_words(a.speaker, child.ents), _role_words(b.speaker, parent.ents)
        if ra != rb and (ra - rb) and (rb - ra):
            return ("attribution_changed",
                    f'speaker\'s description changed: "{normalize(b.speaker)}" became "{normalize(a.speaker)}"')
        return None
    return ("attribution_changed", f'speaker changed: "{normalize(b.speaker)}" became "{normalize(a.speaker)}"')


def _still_there(a: Attribution, other: Side) -> bool:
    """The speaker is named on the other side too, with another verb ("historians
    estimated" / "historians have assumed", "the union called" / "the union announced")."""
    sq = squash(strip_the(a.speaker))
    return not _is_pronoun(a.speaker) and len(sq) >= 3 and sq in squash(other.text)


def _continues_report(s: Side) -> bool:
    """The side opens with a bare "that" clause ("And that at a dinner he told ..."): it
    continues the previous sentence's reporting verb, so its attribution is kept."""
    words = [t.lower_ for t in s.tokens[:3] if t.is_alpha]
    return words[:1] == ["that"] or (words[:1] in (["and"], ["but"]) and words[1:2] == ["that"])


def _overlap(a: Attribution, b: Attribution) -> int:
    return len(a.content & b.content)


def _counterpart(a: Attribution, others: Sequence[Attribution], share: float = 0.5) -> Attribution | None:
    """The attribution of ``others`` reporting mostly (``share`` of the shorter content)
    the same words as ``a``."""
    best = max(others, key=lambda b: _overlap(a, b), default=None)
    if best is None:
        return None
    n = _overlap(a, best)
    if n >= 2 and n >= share * min(len(a.content), len(best.content)):
        return best
    return None


def neighbour_attributions(analysis, indices: Sequence[int], spans) -> list[Attribution]:
    """Attributions of the sentences just before and after a group (missed merges)."""
    n = len(analysis.document.sentences)
    near = [i for i in (min(indices) - 1, max(indices) + 1) if 0 <= i < n]
    return [a for i in near for a in attributions(side(analysis, [i], spans))]


def attribution_changes(child: Side, parent: Side, *, child_near: Sequence[Attribution] = (),
                        parent_near: Sequence[Attribution] = ()) -> list[tuple[str, str]]:
    """[(kind, detail)] for attributions added, removed or given to another speaker.

    ``child_near`` / ``parent_near``: attributions of the sentences next to the group on
    each side, consulted before an attribution is called added or removed.
    """
    ca, pa = attributions(child), attributions(parent)
    out: list[tuple[str, str]] = []
    free_c, free_p = list(ca), list(pa)
    for a in ca:  # the same speaker first, then matched by what they report
        b = next((b for b in free_p if _overlap(a, b) and (same_entity(a.speaker, b.speaker) or
                  _person_overlap(a.speaker, b.speaker, child.ents, parent.ents))), None)
        b = b or _counterpart(a, free_p)
        if b is not None:
            free_c.remove(a)
            free_p.remove(b)
            change = _speaker_change(a, b, child, parent)
            if change:
                out.append(change)
    if len(free_c) == 1 and len(free_p) == 1 and not out and len(ca) == len(pa) == 1:
        change = _speaker_change(free_c[0], free_p[0], child, parent)  # one each: same slot
        return [change] if change else []
    if ca and not pa:
        a = free_c[0]
        if _still_there(a, parent):
            return []
        b = _counterpart(a, parent_near, NEAR_SHARE)
        if b is not None:
            change = _speaker_change(a, b, child, parent)
            return [change] if change else []
        return [("attribution_added", f'attribution "{normalize(str(a))}" added')]
    if pa and not ca:
        if any(child.quoted):
            return []
        b = free_p[0]
        if _still_there(b, child) or _continues_report(child):
            return []
        a = _counterpart(b, child_near, NEAR_SHARE)
        if a is not None:
            change = _speaker_change(a, b, child, parent)
            return [change] if change else []
        return [("attribution_removed", f'attribution "{normalize(str(b))}" dropped')]
    return out[:1]


# ----------------------------------------------------------------------------- moved quotes


def _quote_runs(s: Side) -> list[list[Token]]:
    """Contiguous runs of quoted word tokens."""
    runs: list[list[Token]] = []
    prev = False
    for t, q in zip(s.tokens, s.quoted):
        if q and not prev:
            runs.append([])
        if q:
            runs[-1].append(t)
        prev = q
    return [r for r in runs if sum(1 for t in r if t.is_alpha) >= MIN_QUOTE_WORDS]


def _flat(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in normalize(text).lower()).split())


def speaker_of(analysis, index: int, spans, *, back: int = 3) -> str | None:
    """Who sentence ``index`` attributes its words to; a pronoun is followed back up to
    ``back`` sentences to the last named speaker."""
    for k in range(index, max(-1, index - back - 1), -1):
        for a in attributions(side(analysis, [k], spans)):
            if not _is_pronoun(a.speaker):
                return a.speaker
            if not set(name_words(a.speaker)) & _PERSONAL:
                return None  # "it said": a document or body, not followed to a person
    return None


def moved_quotes(child_analysis, parent_analysis, child: Side, parent: Side, cs: Sequence[int],
                 child_spans, parent_spans) -> list[tuple[str, str]]:
    """A quote of the child that the parent gives to another speaker (anywhere in the parent)."""
    out = []
    p_quoted = _flat(" ".join(t.text for t, q in zip(parent.tokens, parent.quoted) if q))
    ptext = parent_analysis.document.text
    for run in _quote_runs(child):
        words = _flat(" ".join(t.text for t in run))
        if p_quoted and fuzz.partial_ratio(words, p_quoted) >= 85:
            continue  # the parent side has these words quoted too
        for a, b in parent_spans:
            if fuzz.ratio(words, _flat(ptext[a:b])) < 85:
                continue
            j = parent_analysis.document.sentence_at(a + 1)
            old = speaker_of(parent_analysis, j, parent_spans)
            i = child_analysis.document.sentence_at(run[0].idx)
            new = speaker_of(child_analysis, i if i is not None else cs[0], child_spans, back=0)
            if old and new and not same_entity(old, new) and not _person_overlap(new, old, child.ents, parent_analysis.doc.ents):
                out.append(("attribution_changed",
                            f'quote "{shorten(normalize(ptext[a:b]).strip(_QUOTE_PUNCT), 60)}" moved from '
                            f'"{normalize(old)}" to "{normalize(new)}"'))
            break
    return out[:1]
