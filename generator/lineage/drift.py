"""What changed between aligned sentences: entities, numbers, quotes, attribution, hedges,
negation; plus one ``added`` / ``omitted`` change per unaligned sentence.

Each change carries a one-line ``detail`` a reader can check against both sentences.
Split over :mod:`.drift_base` (sides, quote spans, names), :mod:`.drift_attrib`
(attribution), :mod:`.drift_polarity` (negation) and :mod:`.drift_slots` (swaps by
syntactic slot); this module puts them together and re-exports their public names.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz
from spacy.tokens import Token

from ..model import Change
from ..text import normalize, shorten
from .drift_attrib import (  # noqa: F401  (re-exported)
    MAX_SPEAKER_WORDS, REPORTING, Attribution, attributions, moved_quotes, speaker_of,
)
from .drift_attrib import attribution_changes, neighbour_attributions
from .drift_base import (  # noqa: F401  (re-exported)
    ENTITY_GROUP, PRONOUNS, TITLES, Side, name_words, quote_spans, same_entity, side, squash,
    strip_the,
)
from .drift_polarity import negated, negation_change  # noqa: F401  (re-exported)
from .drift_slots import describe, resolved_swaps, slot_swaps, usable
from .similarity import number_key

HEDGES = {
    "would", "may", "might", "could", "reportedly", "allegedly", "apparently", "possibly",
    "perhaps", "probably", "likely", "purportedly", "supposedly", "seemingly", "presumably",
    "seem", "unconfirmed",
}
#: Participles that hedge only as modifiers ("the alleged plot", not "he alleged").
_HEDGE_MODIFIERS = {"reported", "alleged", "suspected", "claimed", "purported"}
_MODALS = {"would", "may", "might", "could"}
#: Unaligned sentences with fewer words than this are not listed as added / omitted.
MIN_WORDS = 5


# ----------------------------------------------------------------------------- entities


def entity_changes(
    child: Side, parent: Side, parent_names: Sequence[str] = (), child_names: Sequence[str] = ()
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(swaps, respellings): entity pairs that replace each other, and variant spellings.

    A swap brings in a name the parent document never mentions for one the child document
    never mentions (``parent_names`` / ``child_names``: every entity of each document);
    names both texts use elsewhere were only moved around.
    """
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
            if k not in used and ENTITY_GROUP[e.label_] == ENTITY_GROUP[f.label_]:
                swaps.append((f.text, e.text))
                used.add(k)
                break
    return _dedupe(swaps), _dedupe(respelled)


def _respelled(a: str, b: str) -> bool:
    """Two spellings of one name that are not just a longer or shorter form of it."""
    na, nb = strip_the(a).lower(), strip_the(b).lower()
    if na == nb:
        return False
    sa, sb = squash(na), squash(nb)
    if sa == sb:
        return True
    wa, wb = set(name_words(na)), set(name_words(nb))
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


def _quotedname_words(s: Side) -> list[str]:
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
    qc, qp = _quotedname_words(child), _quotedname_words(parent)
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


def unquoted_quote(child: Side, parent: Side) -> str | None:
    """A quote of the parent whose words the child states without quote marks or speaker."""
    if not any(parent.quoted) or any(child.quoted) or attributions(child):
        return None
    qp = _content(parent, True)
    if len(qp & _content(child, False)) >= max(2, len(qp) // 2):
        return f"quoted words now stated without quote marks or speaker: {shorten(_quoted_text(parent), 80)}"
    return None


# ----------------------------------------------------------------------------- hedges


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


# ----------------------------------------------------------------------------- all together


def compare(child_analysis, parent_analysis, cs: Sequence[int], ps: Sequence[int],
            child_quotes, parent_quotes) -> list[Change]:
    """Every change between child sentences ``cs`` and the parent sentences ``ps`` they align to."""
    child = side(child_analysis, cs, child_quotes)
    parent = side(parent_analysis, ps, parent_quotes)
    ci, pi = cs[0], ps[0]
    out: list[Change] = []
    dropped = unquoted_quote(child, parent)
    attrib = attribution_changes(child, parent,
                                 child_near=neighbour_attributions(child_analysis, cs, child_quotes),
                                 parent_near=neighbour_attributions(parent_analysis, ps, parent_quotes))
    if dropped and not any(k == "attribution_removed" for k, _ in attrib):
        attrib.append(("attribution_removed", dropped))
    if not any(k == "attribution_changed" for k, _ in attrib):
        attrib += moved_quotes(child_analysis, parent_analysis, child, parent, cs, child_quotes, parent_quotes)
    out += [Change("entity_swap", ci, pi, d) for d in _swaps(child_analysis, parent_analysis, child, parent,
                                                               ps, parent_quotes, attrib)]
    out += [Change("number_change", ci, pi, f'"{a}" became "{b}"') for a, b in number_changes(child, parent)]
    out += [Change(k, ci, pi, d) for k, d in quote_changes(child, parent)]
    out += [Change(k, ci, pi, d) for k, d in attrib]
    out += [Change(k, ci, pi, d) for k, d in hedge_changes(child, parent)]
    neg = negation_change(child, parent)
    if neg:
        out.append(Change("negation", ci, pi, neg))
    return out


def _swaps(child_analysis, parent_analysis, child: Side, parent: Side, ps: Sequence[int], parent_quotes,
           attrib: Sequence[tuple[str, str]]) -> list[str]:
    """Details of entity swaps: by slot first, then resolved anaphors, then leftover names.

    A swapped speaker is reported once, as an attribution change.
    """
    speakers = " ".join(d for k, d in attrib if k == "attribution_changed")
    found: list[tuple[str, str]] = list(slot_swaps(child, parent, child_analysis.doc, parent_analysis.doc))
    names, _ = entity_changes(child, parent, _names(parent_analysis), _names(child_analysis))
    found += [(a, b) for a, b in names if not any(same_entity(a, x) for x, _ in found)]
    details = [describe(a, b) for a, b in _dedupe(found) if not (a in speakers and b in speakers)]
    for old, new, referent in resolved_swaps(child, parent, parent_analysis, ps, parent_quotes):
        if not any(new.startswith(b) for _, b in found):
            details.append(f'{describe(old, new)}, where the parent\'s preceding text speaks of "{referent}"')
    return details


def _names(analysis) -> list[str]:
    return sorted({e.text for e in analysis.doc.ents if e.label_ in ENTITY_GROUP})


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
