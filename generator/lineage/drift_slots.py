"""Entity swaps found by syntactic slot: the same verb's subject or object, the same
preposition on the same head, the possessor of the same noun, filled by someone else.

A name dropped from the parent whose slot the child fills with another name or with a
description ("met Gottwald" → "met his entourage") is a swap, even when both names occur
elsewhere in the two texts: the slot, not document-wide vocabulary, is the evidence.
Refused: pronouns (a rewrite may shorten a name it introduced), a description the texts
use for that name elsewhere ("President Klement Gottwald" → "the President"), and names
the other side also has (a reordering).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..text import normalize, shorten
from .drift_base import ENTITY_GROUP, PRONOUNS, Side, same_entity, side, squash

#: Parent sentences before a group searched for the referent of "that trip" / "his visit".
CONTEXT = 3
_DEMONSTRATIVES = {"that", "this", "the", "those", "these"}
_ACTORS = {"person", "org", "norp"}


def usable(ents: Sequence[Span]) -> list[Span]:
    """Entities worth comparing: a span ending in a function word is a tagging slip."""
    return [
        e for e in ents
        if e.label_ in ENTITY_GROUP and not (e[-1].is_stop or e[-1].is_punct)
        and not any(ch in e.text for ch in "()[];")
    ]


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.lower_).lower()


def slot(t: Token) -> tuple[str, ...] | None:
    """Where a noun phrase head sits: ("subj", verb), ("obj", verb), ("poss", noun),
    ("pobj", preposition, head)."""
    dep = t.dep_
    if dep == "nsubj":
        return ("subj", _lemma(t.head))
    if dep in ("dobj", "dative", "nsubjpass"):  # the passive subject is the active object
        return ("obj", _lemma(t.head))
    if dep == "pobj" and t.head.dep_ == "agent":  # "was met by X": X is the active subject
        return ("subj", _lemma(t.head.head))
    if dep == "poss":
        return ("poss", _lemma(t.head))
    if dep == "pobj" and t.head.dep_ in ("prep", "dative"):
        return ("pobj", t.head.lower_, _lemma(t.head.head))
    return None


def _on_side(text: str, s: Side, ents: Sequence[Span]) -> bool:
    """True when ``text`` names someone the side also names."""
    sq = squash(text)
    return any(same_entity(text, e.text) for e in ents) or bool(sq and sq in squash(s.text))


def _entity_of(t: Token, ents: Sequence[Span]) -> Span | None:
    return next((e for e in ents if e.start <= t.i < e.end), None)


def _phrase(t: Token) -> str:
    """The noun phrase a head token governs, kept short: its left modifiers, plus an
    "of ..." complement ("his entourage", "the President of Czechoslovakia")."""
    lo, hi = t.left_edge.i, t.i
    of = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > t.i]
    if of and of[0].right_edge.i - lo < 7:
        hi = of[0].right_edge.i
    return normalize(t.doc[lo : hi + 1].text)


def descriptions(name: str, doc) -> set[str]:
    """Words a text attaches to a name: titles, appositions, modifiers ("nervous", "ally")."""
    out: set[str] = set()
    for e in doc.ents:
        if not same_entity(e.text, name):
            continue
        out.update(_lemma(t) for t in e if t.is_alpha)
        for c in e.root.children:
            if c.dep_ in ("appos", "compound", "amod", "nmod") and not (e.start <= c.i < e.end):
                out.update(_lemma(x) for x in c.subtree if x.is_alpha and not x.is_stop)
        if e.root.dep_ == "appos":
            out.update(_lemma(x) for x in e.root.head.subtree if x.is_alpha and not x.is_stop)
    return out


def _names_in(s: Side) -> list[tuple[Span, str | None]]:
    """Named things of a side with their group: tagged entities, plus proper nouns the
    tagger missed (group ``None``: any actor)."""
    ents = usable(s.ents)
    out: list[tuple[Span, str | None]] = [(e, ENTITY_GROUP[e.label_]) for e in ents]
    for t in s.tokens:
        if t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and t.dep_ not in ("compound", "flat") \
                and len(t.text) > 2 and t.i > t.sent.start:
            out.append((t.doc[t.i : t.i + 1], None))
    return out


def slot_swaps(child: Side, parent: Side, child_doc, parent_doc) -> list[tuple[str, str]]:
    """(parent words, child words) for names the child replaced in the same slot.

    Actors (people, organisations, groups) are compared slot by slot whatever the rest of
    the texts say; places and events only when neither name occurs in the other text (a
    country has several names: "Britain" / "the UK").
    """
    c_ents, p_ents = usable(child.ents), usable(parent.ents)
    c_names = _names_in(child)
    c_quoted = {t.i for t, q in zip(child.tokens, child.quoted) if q}
    p_quoted = {t.i for t, q in zip(parent.tokens, parent.quoted) if q}
    p_words = {_lemma(t) for t in parent.tokens} | {t.lower_ for t in parent.tokens}
    out: list[tuple[str, str]] = []
    for f, group in _names_in(parent):
        if _on_side(f.text, child, c_ents):
            continue
        where = slot(f.root)
        if where is None:
            continue
        t = next((x for x in child.tokens if slot(x) == where and (x.i in c_quoted) == (f.root.i in p_quoted)), None)
        if t is None or t.lower_ in PRONOUNS or t.pos_ == "PRON":
            continue
        e = next(((n, g) for n, g in c_names if n.start <= t.i < n.end), None)
        if e is not None:
            n, g = e
            if _on_side(n.text, parent, p_ents) or not _compatible(group, g):
                continue
            if (group not in _ACTORS or g not in _ACTORS) and (_in_doc(f.text, child_doc) or _in_doc(n.text, parent_doc)):
                continue
            out.append((f.text, n.text))
            continue
        if t.ent_type_ or t.pos_ != "NOUN" or group not in ("person", None):
            continue
        if _lemma(t) in p_words or t.lower_ in p_words:
            continue  # the parent has that noun too: a name dropped, not replaced
        if _lemma(t) in descriptions(f.text, parent_doc) | descriptions(f.text, child_doc):
            continue  # a description the texts give that name
        out.append((f.text, _phrase(t)))
    return out


def _compatible(a: str | None, b: str | None) -> bool:
    """Same entity group; an untagged name (None) may stand for any actor."""
    if a is None or b is None:
        return (a or b or "person") in _ACTORS
    return a == b


def _in_doc(name: str, doc) -> bool:
    return any(same_entity(name, e.text) for e in doc.ents if e.label_ in ENTITY_GROUP)


def resolved_swaps(child: Side, parent: Side, parent_analysis, ps: Sequence[int], parent_spans
                   ) -> list[tuple[str, str, str]]:
    """(parent words, child words, referent) where the child names an actor in place of a
    pronoun or "that <noun>" whose referent, in the parent's preceding sentences, is
    someone else ("that trip", after a sentence on Kim's visit, → "Putin's trip")."""
    c_ents, p_ents = usable(child.ents), usable(parent.ents)
    start = max(0, min(ps) - CONTEXT)
    before = side(parent_analysis, list(range(start, min(ps))), parent_spans)
    context = usable(before.ents) + p_ents
    out = []
    for e in c_ents:
        group = ENTITY_GROUP[e.label_]
        if group not in _ACTORS or _on_side(e.text, parent, p_ents) or _on_side(e.text, before, context):
            continue
        where = slot(e.root)
        if where is None:
            continue
        p_tok = _anaphor_in(parent, where)
        if p_tok is None:
            continue
        others = [x for x in context if ENTITY_GROUP[x.label_] == group and not same_entity(x.text, e.text)]
        if not others:
            continue
        if where[0] == "poss":
            old, new = _phrase(p_tok), f"{normalize(e.text)}'s {e.root.head.text}"
        else:
            old, new = normalize(p_tok.text), normalize(e.text)
        out.append((old, new, normalize(others[-1].text)))
    return out


def _anaphor_in(parent: Side, where: tuple[str, ...]) -> Token | None:
    """The parent token standing in ``where`` as a pronoun, or the possessed noun when it
    is introduced by a demonstrative ("that trip") instead of a possessor."""
    for t in parent.tokens:
        if where[0] == "poss":
            if t.pos_ == "NOUN" and _lemma(t) == where[1] and not any(c.dep_ == "poss" for c in t.children) \
                    and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES - {"the"} for c in t.children):
                return t
        elif slot(t) == where and (t.pos_ == "PRON" and t.lower_ in PRONOUNS):
            return t
    return None


def describe(old: str, new: str) -> str:
    return f'"{shorten(normalize(old), 50)}" became "{shorten(normalize(new), 50)}"'


__all__ = ["slot", "slot_swaps", "resolved_swaps", "descriptions", "usable", "describe"]
