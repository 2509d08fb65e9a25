"""Claim detection: which sentences (clauses) assert something checkable, and who asserts it.

A *claim unit* is one independent clause of a sentence (the main clause, or a clause
coordinated with it, or the content of a reporting verb). It is a claim when it has a
finite verb with a subject and checkable content (a named entity, a number or date, or
an event verb with a noun argument), and is not a heading, a question, site boilerplate
or a pure opinion marker ("I think it is better").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .actors import ActorIndex
from .model import Quote, Sentence
from .text import normalize

#: Verbs that introduce reported speech; their clausal complement is the claim.
REPORTING_VERBS = frozenset(
    """say tell state write add announce assert claim report note argue insist warn
    stress emphasize emphasise explain declare confirm deny acknowledge admit suggest
    predict estimate reveal allege contend maintain observe point""".split()
)
#: Verbs a first-person author uses to mark an opinion ("I think ...").
OPINION_VERBS = frozenset("think believe feel guess suppose reckon hope suspect".split())
#: Verbs that describe a state, not an event: alone they do not make a sentence checkable.
STATIVE_VERBS = frozenset(
    """be seem appear become remain have like love hate prefer want wish need deserve
    know understand consider think believe feel mean matter look sound""".split()
)
_FIRST_PERSON = frozenset("i we".split())
_CONCESSIVE = frozenset("while although though whereas".split())
_OPINION_PHRASES = re.compile(
    r"^\s*(in my (view|opinion)|to my mind|personally|in our (view|opinion)|i would argue)\b", re.I
)
#: Site chrome: calls to action, legal lines, credits, addresses (imperative or site-specific).
_BOILERPLATE = re.compile(
    r"(copyright\s*(©|\(c\)|\d)|©|all rights reserved|\bclick here\b|\bsubscribe (to|now|for)\b|"
    r"\bsign up (for|to|now)\b|\bour newsletter\b|\bfollow us\b|\bshare this (article|story|post)\b|"
    r"\bwe use cookies\b|privacy policy|terms of (use|service)|image credit|photo credit|"
    r"^\s*disclaimer\b|the views expressed|\bread more\b|\brelated articles?\b|"
    r"\bour (facebook|twitter|instagram|telegram|youtube)\b|https?://|www\.|"
    r"\bsource of this article\b|\bthis (article|story) (was|is) (first |originally )?published\b|"
    r"^\s*articles? by\b|\bbecome a (member|subscriber|patron)\b|\bsupport (our|independent) journalism\b)",
    re.I,
)
_FINAL_PUNCT = tuple(".!?\"'”’»:;)…")
#: Entity labels that are numbers or dates rather than named things.
NUMERIC_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())


@dataclass(frozen=True)
class Unit:
    """One candidate claim: a clause of a sentence with the tokens that carry its content."""

    doc: str
    sentence: int
    start: int  # character offsets into the document text
    end: int
    text: str
    tokens: tuple[int, ...]  # token indices into the spaCy Doc
    attributed_to: str | None = None
    speaker_text: str | None = None
    head: int | None = None  # token index of the main predicate


def is_heading(sentence: Sentence, sentences: Sequence[Sentence], *, max_words: int = 14) -> bool:
    """A whole paragraph of few words with no final punctuation."""
    i = sentence.index
    neighbours = [s for s in (sentences[i - 1] if 0 < i <= len(sentences) else None,
                              sentences[i + 1] if i + 1 < len(sentences) else None) if s is not None]
    alone = all(s.paragraph != sentence.paragraph for s in neighbours)
    text = sentence.text.strip()
    return alone and not text.endswith(_FINAL_PUNCT) and len(text.split()) <= max_words


def is_question(sentence: Sentence) -> bool:
    return normalize(sentence.text).rstrip(" \"')]").endswith("?")


_EMAIL = re.compile(r"\S@\w+\.\w")


def is_boilerplate(sentence: Sentence) -> bool:
    text = sentence.text
    return bool(_BOILERPLATE.search(text)) or ("@" in text and bool(_EMAIL.search(text)))


def sentence_units(
    doc: Doc,
    sentence: Sentence,
    doc_id: str,
    *,
    sentences: Sequence[Sentence] = (),
    quotes: Sequence[Quote] = (),
    index: ActorIndex | None = None,
) -> list[Unit]:
    """The claim units of one sentence (empty when it asserts nothing checkable)."""
    if is_question(sentence) or is_boilerplate(sentence) or is_heading(sentence, sentences or (sentence,)):
        return []
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    quotes = [q for q in quotes if q.end > sentence.start and q.start < sentence.end]
    according = _according_to(span, doc_id, index)
    units: list[Unit] = []
    source = _source_tokens(span) if according is not None else set()
    for head, excluded in _clause_heads(span):
        tokens = _unit_tokens(head, span, excluded, source)
        attributed, speaker_text = _quote_speaker(doc, tokens, quotes), None
        reporter = _reporting_head(head, span)
        if reporter is not None:
            subj = _subject(reporter)
            if subj is not None and subj.lower_ in _FIRST_PERSON and reporter.lemma_.lower() in OPINION_VERBS:
                if not _checkable_opinion(head, tokens, doc):
                    continue
            elif subj is not None and attributed is None:
                speaker_text = _subtree_text(subj)
                attributed = _actor_id(doc_id, subj, index)
        if attributed is None and according is not None:
            attributed, speaker_text = according
        if not _is_claim(head, tokens, doc):
            continue
        text, start, end = _unit_text(doc, tokens)
        if not text:
            continue
        units.append(Unit(doc_id, sentence.index, start, end, text, tokens, attributed, speaker_text, head.i))
    if _OPINION_PHRASES.match(sentence.text):
        units = [u for u in units if _has_number(doc, u.tokens)]
    return units


def _clause_heads(span: Span) -> list[tuple[Token, frozenset[int]]]:
    """(predicate, token indices of other clauses to leave out) for each independent clause."""
    root = _span_root(span)
    if root is None:
        return []
    inside = range(span.start, span.end)
    heads = [root]
    for tok in root.children:
        if tok.i in inside and tok.dep_ in ("conj", "parataxis") and tok.pos_ in ("VERB", "AUX") and _subject(tok):
            heads.append(tok)
    for head in list(heads):
        if head.lemma_.lower() in REPORTING_VERBS | OPINION_VERBS:
            contents = [t for t in head.children if t.dep_ == "ccomp" and t.i in inside]
            if contents:  # the reporting frame itself is not the claim; its content is
                heads[heads.index(head)] = contents[0]
    out = []
    for head in heads:
        excluded: set[int] = set()
        for other in heads:
            if other is not head and head.is_ancestor(other):
                excluded.update(t.i for t in other.subtree)
        for tok in head.children:
            if tok.dep_ == "advcl" and any(c.lower_ in _CONCESSIVE for c in tok.children if c.dep_ == "mark"):
                excluded.update(t.i for t in tok.subtree)
        out.append((head, frozenset(excluded)))
    return out


def _span_root(span: Span) -> Token | None:
    """The main predicate of a sentence span (spaCy's sentences may differ from ours).

    Tokens whose head lies outside the span are its local roots; the largest non-punctuation
    one wins. When that is not a verb with a subject (a fragment parse), the first verb with
    a subject found breadth-first below it is used instead.
    """
    local = [
        t for t in span
        if (t.head == t or not span.start <= t.head.i < span.end) and not t.is_punct and not t.is_space
    ]
    if not local:
        return None
    if len(local) == 1:
        root = local[0]
    else:
        root = max(local, key=lambda t: (sum(1 for x in t.subtree if span.start <= x.i < span.end), -t.i))
    if root.pos_ in ("VERB", "AUX") and _subject(root) is not None:
        return root
    queue = [root]
    while queue:
        tok = queue.pop(0)
        if tok.pos_ in ("VERB", "AUX") and _subject(tok) is not None and tok.dep_ not in ("relcl", "acl", "advcl"):
            return tok
        queue.extend(c for c in tok.children if span.start <= c.i < span.end)
    return root


def _source_tokens(span: Span) -> set[int]:
    """Tokens of "according to X" phrases: who asserts the claim, not what it says."""
    source: set[int] = set()
    for t in span:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            source.update(x.i for x in t.subtree)
            source.update(x.i for x in t.doc[t.i + 1].subtree)
    return source


def _unit_tokens(head: Token, span: Span, excluded: frozenset[int], source: set[int]) -> tuple[int, ...]:
    """Tokens of the clause, without other clauses and without an "according to X" source."""
    return tuple(
        t.i for t in head.subtree
        if span.start <= t.i < span.end and t.i not in excluded and t.i not in source and not t.is_space
    )


def _unit_text(doc: Doc, tokens: tuple[int, ...]) -> tuple[str, int, int]:
    toks = [doc[i] for i in tokens]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc" or toks[0].is_space or (
        toks[0].dep_ == "mark" and toks[0].head.i in tokens and toks[0].head == _top(toks))):
        toks.pop(0)
    while toks and toks[-1].is_punct and toks[-1].text not in ".!\"'”’)" or toks and toks[-1].dep_ == "cc":
        toks.pop()
    if not toks:
        return "", 0, 0
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return doc[toks[0].i : toks[-1].i + 1].text, start, end  # (doc.text is rebuilt per call)


def _top(toks: list[Token]) -> Token:
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head == t), toks[0])


def _subject(tok: Token) -> Token | None:
    """The subject of a predicate (a clause to its left stands in for a missing one)."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"):
            return c
    for c in tok.lefts:
        if c.dep_ == "ccomp" and _subject(c) is not None:
            return c
    return None


def _finite(head: Token) -> bool:
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if head.tag_ in ("VBD", "VBP", "VBZ", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBP", "VBZ", "MD") for c in head.children)


def _has_number(doc: Doc, tokens: Sequence[int]) -> bool:
    return any(doc[i].like_num or doc[i].ent_type_ in NUMERIC_LABELS for i in tokens)


def _is_claim(head: Token, tokens: tuple[int, ...], doc: Doc) -> bool:
    """A finite predicate with a subject and checkable content."""
    if not (_finite(head) or any(_finite(c) for c in head.children if c.dep_ in ("aux", "cop"))):
        if not (head.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in head.children)):
            return False
    if _subject(head) is None:
        return False
    toks = [doc[i] for i in tokens]
    if any(t.ent_type_ and t.ent_type_ not in ("ORDINAL",) for t in toks):
        return True
    if _has_number(doc, tokens):
        return True
    event = head.pos_ == "VERB" and head.lemma_.lower() not in STATIVE_VERBS
    return event and any(t.pos_ in ("NOUN", "PROPN") for t in toks)


def _checkable_opinion(head: Token, tokens: tuple[int, ...], doc: Doc) -> bool:
    """The complement of "I think ...": checkable only with a number or an event verb."""
    if _has_number(doc, tokens):
        return True
    return head.pos_ == "VERB" and head.lemma_.lower() not in STATIVE_VERBS


def _reporting_head(head: Token, span: Span) -> Token | None:
    if head.dep_ == "ccomp" and span.start <= head.head.i < span.end and head.head.lemma_.lower() in REPORTING_VERBS | OPINION_VERBS:
        return head.head
    return None


def _subtree_text(tok: Token) -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i : toks[-1].i + 1].text


def _actor_id(doc_id: str, tok: Token, index: ActorIndex | None) -> str | None:
    if index is None:
        return None
    toks = list(tok.subtree)
    actor = index.at(doc_id, toks[0].idx, toks[-1].idx + len(toks[-1].text))
    if actor is None:
        actor = index.by_name(_subtree_text(tok))
    return actor.id if actor else None


def _according_to(span: Span, doc_id: str, index: ActorIndex | None) -> tuple[str | None, str] | None:
    """The source named in "according to X" within the sentence, if any."""
    for tok in span:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _actor_id(doc_id, objs[0], index), _subtree_text(objs[0])
    return None


def _quote_speaker(doc: Doc, tokens: tuple[int, ...], quotes: Sequence[Quote]) -> str | None:
    """Speaker of the quote that covers most of the unit (at least half of it), if any."""
    if not tokens or not quotes:
        return None
    start, end = doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]])
    best, best_overlap = None, (end - start) / 2
    for q in quotes:
        overlap = min(q.end, end) - max(q.start, start)
        if q.speaker and overlap >= best_overlap:
            best, best_overlap = q.speaker, overlap
    return best
