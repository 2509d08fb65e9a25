"""Negation drift: a predicate negated on one side of an aligned group and not on the other.

A negator counts for the predicate it attaches to in the parse ("did not approve",
"no worker would be dismissed", "failed to approve", "denied that ... crossed"), and a
change is reported only for predicates present on both sides (same lemma), so a negator
that merely appears elsewhere in a longer merged sentence, or inside a quote the rewrite
moved there, is not a change of polarity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Token

from .drift_base import Side

_NOT = {"not", "n't", "never"}
_NO = {"no", "nobody", "nothing", "none", "noone"}
#: Verbs (and nouns) that negate the clause they govern: "failed to pay", "refused to sign",
#: "resisted calls to publish", "denied that it had cut".
_NEGATING_HEADS = {"fail", "failure", "refuse", "refusal", "decline", "resist", "reject", "deny",
                   "oppose", "avoid", "prevent"}
#: How far up the parse a negating head still governs a predicate.
_REACH = 3
_COMPLEMENT = {"xcomp", "ccomp", "acl", "dobj", "pcomp"}


def _predicate(t: Token) -> Token | None:
    """The verb (or adjective / noun after a copula) a token belongs to."""
    for x in [t, *t.ancestors]:
        if x.pos_ == "VERB":
            return x
        if x.pos_ == "AUX" and x.dep_ not in ("aux", "auxpass"):
            kids = [c for c in x.children if c.dep_ in ("acomp", "attr")]
            return kids[0] if kids else x
    return None


def key(t: Token) -> str:
    return (t.lemma_ or t.lower_).lower()


def negated(tokens: Sequence[Token]) -> dict[int, Token]:
    """{predicate token index: the negator} for the predicates negated among ``tokens``.

    A negator negates the predicate it attaches to ("did not approve", "no worker would
    be dismissed"); a negating head negates the verbs it governs within a few arcs
    ("failed to approve", "resisted calls to publish"). "but not X" negates a noun only.
    """
    out: dict[int, Token] = {}
    for t in tokens:
        low = t.lower_
        target = None
        if t.dep_ == "neg" or low in _NOT:
            prev = t.doc[t.i - 1] if t.i > t.sent.start else None
            if prev is not None and (prev.lower_ in ("but", "and", "or") or prev.is_punct) \
                    and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN", "DET", "NUM", "PRON"):
                continue  # "..., but not Britons"
            target = _predicate(t.head if t.dep_ == "neg" else t)
        elif low in _NO and t.pos_ in ("DET", "PRON", "NOUN"):
            target = _predicate(t)
        elif low == "without":
            objs = [c for c in t.children if c.dep_ in ("pcomp", "pobj") and c.pos_ == "VERB"]
            target = objs[0] if objs else None
        if target is not None and target.i not in out:
            out[target.i] = t
    for t in tokens:
        if t.pos_ != "VERB" or t.i in out:
            continue
        x = t
        for _ in range(_REACH):  # up complement arcs only: "failed and blamed" is no negation
            infinitive = x.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in x.children)
            if (x.dep_ not in _COMPLEMENT and not infinitive) or x.head is x:
                break
            x = x.head
            if key(x) in _NEGATING_HEADS and x.pos_ in ("VERB", "NOUN"):
                out[t.i] = x
                break
    return out


def _predicates(s: Side) -> dict[str, list[Token]]:
    by: dict[str, list[Token]] = defaultdict(list)
    for t in s.tokens:
        if t.pos_ == "VERB" or (t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("acomp", "attr")):
            by[key(t)].append(t)
    return by


def _phrase(verb: Token, negator: Token | None) -> str:
    """The words as written: "did not approve", "failed to approve", "approved"."""
    if negator is None:
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        start = min([verb.i] + [c.i for c in aux])
        return verb.doc[start : verb.i + 1].text
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    lo = min([verb.i, negator.i] + aux)
    hi = max(verb.i, negator.i)
    if hi - lo <= 5:
        return verb.doc[lo : hi + 1].text
    return f"{negator.text} … {verb.text}"


def negation_change(child: Side, parent: Side) -> str | None:
    """One-line detail when a predicate on both sides is negated on one side only."""
    nc, np_ = negated(child.tokens), negated(parent.tokens)
    pc, pp = _predicates(child), _predicates(parent)
    pairs = [(k, pc[k], pp[k]) for k in pc if k in pp]
    if not pairs:
        pairs = _root_pair(child, parent)
    for _, cvs, pvs in pairs:
        cneg = [v for v in cvs if v.i in nc]
        pneg = [v for v in pvs if v.i in np_]
        if len(cneg) == len(pneg):
            continue
        if len(cvs) != len(pvs) and not (not cneg and len(pneg) == len(pvs)) and not (not pneg and len(cneg) == len(cvs)):
            continue  # uneven counts and mixed polarity: not a clear flip
        if len(cneg) > len(pneg):
            v, old = cneg[0], pvs[0]
            return f'negation added: "{_phrase(old, None)}" became "{_phrase(v, nc[v.i])}"'
        v, new = pneg[0], cvs[0]
        return f'negation dropped: "{_phrase(v, np_[v.i])}" became "{_phrase(new, None)}"'
    return None


def _root_pair(child: Side, parent: Side) -> list[tuple[str, list[Token], list[Token]]]:
    """The main verbs of two single sentences with the same subject ("The council approved"
    / "The council did not back"), when no predicate is shared."""
    cr = {t.sent.root for t in child.tokens}
    pr = {t.sent.root for t in parent.tokens}
    if len(cr) != 1 or len(pr) != 1:
        return []
    (c,), (p,) = cr, pr
    if c.pos_ != "VERB" or p.pos_ != "VERB":
        return []
    cs = {key(x) for x in c.children if x.dep_ in ("nsubj", "nsubjpass")}
    ps = {key(x) for x in p.children if x.dep_ in ("nsubj", "nsubjpass")}
    if not cs or cs != ps:
        return []
    return [(key(c), [c], [p])]
