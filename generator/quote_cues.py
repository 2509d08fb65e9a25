"""Cue verbs and the dependency patterns of reported speech.

A :class:`Cue` is one reporting expression found in a spaCy parse ("said",
"according to", "quoted ... as saying", "took note"), with the span of its
speaker as written and, when the parse gives one, the span of its content clause.
Matching is by lemma, so "says", "said" and "saying" are one cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

#: Lemmas of verbs that report speech or writing.
SPEECH_VERBS = frozenset(
    """say tell write ask add state assert claim warn note explain insist argue suggest
    announce declare report reply respond answer acknowledge admit allege confirm deny
    predict promise vow pledge urge tweet post comment remark recall emphasize emphasise
    stress contend maintain observe concede complain caution indicate reveal disclose
    testify estimate continue conclude counter joke boast muse tout wonder speculate
    quip retort blast slam charge accuse mock praise lament demand propose recommend
    reiterate repeat agree disagree complain question inform assure advise threaten
    signal hint imply concur describe characterize characterise criticize criticise
    show find read bark retaliate snap shout yell scream exclaim chant whisper
    plead insist interject pledge thunder fume gush rail boom confess""".split()
)
#: Verbs that name what was said without a clause: calls it "a disgrace".
NAMING_VERBS = frozenset(
    {"call", "describe", "characterize", "characterise", "dub", "term", "label", "brand"}
)
#: Nouns naming a document or medium, whose speaker is its issuer (a Reuters report).
DOCUMENT_NOUNS = frozenset(
    """report statement study poll survey article release letter document analysis memo
    editorial post tweet website paper story investigation filing account data communique
    broadcast interview agency newspaper outlet network channel release transcript
    book column op-ed speech message note""".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})

_CONTENT_DEPS = ("ccomp",)
_CUT_DEPS = {"appos", "acl", "relcl", "punct", "cc", "conj", "advcl", "parataxis"}


@dataclass(frozen=True)
class Cue:
    """A reporting expression: its cue text, speaker span and content span (char offsets)."""

    token: int  # index of the head token of the cue
    text: str
    start: int
    end: int
    speaker: tuple[int, int] | None  # char span of the speaker as written
    speaker_head: int | None  # token index of the speaker's head
    content: tuple[int, int] | None  # char span of the content clause


def is_cue_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def speaker_span(tok: Token) -> tuple[int, int]:
    """Char span of the noun phrase headed by ``tok``, without appositions or clauses."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in _CUT_DEPS:
            continue
        left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in _CUT_DEPS or child.text == ",":
            break
        if child.dep_ in ("prep", "compound", "flat", "nummod", "amod", "poss", "case", "pobj", "npadvmod"):
            right = max(right, child.right_edge.i)
        else:
            break
    doc = tok.doc
    while left < tok.i and (doc[left].is_punct or doc[left].dep_ == "cc" or any("\n" in t.text_with_ws for t in doc[left : tok.i])):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _subject(verb: Token, excluded=lambda tok: False) -> Token | None:
    """The speaker token of a cue verb: its subject, the agent of a passive, or the
    subject of the clause a participle hangs on ("..., telling the crowd", "by saying").

    Subjects inside a quotation (a mis-parse of the quoted words) are skipped; then the
    name right before the cue ("...," Smith said) or right after it ("said Smith") is used.
    """
    first = verb
    doc = verb.doc
    participle = first.tag_ == "VBG" and first.i > 0 and doc[first.i - 1].text == ","
    up = _UP_DEPS + (("acl", "npadvmod", "dobj", "pobj") if participle else ())
    seen = 0
    while verb is not None and seen < 4:
        subj_deps = ("nsubj", "csubj") if verb is first else ("nsubj", "csubj", "nsubjpass")
        for child in verb.children:
            if child.dep_ in subj_deps and not excluded(child) and _same_paragraph(child, first):
                return child
        for child in verb.children:
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if verb.dep_ in up and verb.head is not verb:
            verb = verb.head
            seen += 1
            continue
        break
    return _adjacent_name(first, excluded)


_UP_DEPS = ("conj", "xcomp", "advcl", "pcomp", "prep", "dep", "acomp")


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    # token by token: Doc.text rebuilds the whole text on every access
    return not any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def _adjacent_name(verb: Token, excluded) -> Token | None:
    """A name or pronoun next to the cue (across a comma on the left), for a mis-parse."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    for j, kinds in ((i, ("PROPN", "PRON", "NOUN")), (verb.i + 1, ("PROPN",))):
        if 0 <= j < len(doc):
            tok = doc[j]
            if tok.pos_ == "NOUN" and tok.dep_ not in ("nsubj", "nsubjpass", "appos"):
                continue
            if tok.pos_ in kinds and not excluded(tok) and tok.lower_ not in ("it", "that", "this", "there"):
                return tok
    return None


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    """Char span of a content clause, trimmed; None unless it is a clause with a subject
    (or a quotation) within one paragraph."""
    toks = [t for t in tokens if not t.is_space]
    if toks:
        # the parser sometimes runs a clause into the next paragraph (a caption): cut there
        doc = toks[0].doc
        cut = next((k for k in range(toks[0].i, toks[-1].i) if "\n\n" in doc[k].text_with_ws), None)
        toks = [t for t in toks if cut is None or t.i <= cut]
    while toks and (toks[0].is_punct or toks[0].lower_ in ("that", "whether")) and toks[0].dep_ in ("mark", "punct", "complm"):
        toks = toks[1:]
    while toks and toks[0].is_punct and toks[0].text not in "\"“'‘":
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in "\"”'’?!":
        toks = toks[:-1]
    if len([t for t in toks if t.is_alpha]) < 3:
        return None
    quoted = any(t.text in "\"“”'‘’" for t in toks)
    if not quoted and not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _clause_minus(head: Token, cut: set[int]) -> tuple[int, int] | None:
    """The larger contiguous part of ``head``'s subtree on either side of the ``cut`` tokens."""
    sub = [t for t in head.subtree]
    lo, hi = min(cut), max(cut)
    left = [t for t in sub if t.i < lo]
    right = [t for t in sub if t.i > hi]
    part = left if len(left) >= len(right) else right
    return _span_of(part)


def find_cues(doc: Doc, *, exclude: list[tuple[int, int]] = ()) -> list[Cue]:
    """Every reporting cue of ``doc`` whose head lies outside the ``exclude`` char spans."""

    mask = bytearray(len(doc.text) + 1)  # 1 on every character inside an excluded span
    for a, b in exclude:
        mask[max(a, 0) : max(b, 0)] = b"\x01" * (max(b, 0) - max(a, 0))

    def excluded(tok: Token) -> bool:
        return bool(mask[tok.idx])

    cues: list[Cue] = []
    for tok in doc:
        if excluded(tok):
            continue
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if low == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            head = tok.head if tok.head is not tok else None
            content = _clause_minus(head, {t.i for t in tok.subtree}) if head is not None else None
            if content is None:
                content = _following_clause(tok)
            cues.append(Cue(tok.i, "according to", tok.idx, to.idx + len(to), speaker_span(pobj), pobj.i, content))
            continue
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "note" for c in tok.children):
            subj = _subject(tok, excluded)
            content = _child_clause(tok) or _prep_object(tok, "of")
            note = next(c for c in tok.children if c.lower_ == "note")
            cues.append(_make(tok, f"{tok.text} note", note.idx + len(note), subj, content))
            continue
        goes_on = lemma in ("go", "point") and any(c.dep_ == "prt" and c.lower_ in ("on", "out") for c in tok.children)
        if not is_cue_verb(tok) and lemma not in NAMING_VERBS and not goes_on:
            continue
        if tok.dep_ in ("amod", "compound") or (tok.i > 0 and doc[tok.i - 1].text in "-\u2013"):
            continue  # "so-called", "the said agreement"
        if lemma == "quote" or (lemma == "say" and tok.dep_ == "pcomp" and tok.head.lower_ == "as"):
            continue  # handled as "quoted X as saying" below, at the verb "quote"
        subj = _subject(tok, excluded)
        content = _child_clause(tok)
        if content is None and tok.dep_ in ("parataxis", "ccomp") and tok.head is not tok:
            # "The talks failed, he said": the cue hangs on the content's verb
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            if tok.head.i < tok.i and own_subject:
                content = _clause_minus(tok.head, {t.i for t in tok.subtree})
        cues.append(_make(tok, _cue_text(tok), None, subj, content))
    for tok in doc:
        if tok.lemma_.lower() == "quote" and tok.pos_ == "VERB" and not excluded(tok):
            as_ = next((c for c in tok.children if c.lower_ == "as"), None)
            saying = next((c for c in as_.children if c.lemma_ == "say"), None) if as_ is not None else None
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if saying is None or obj is None:
                continue
            content = _child_clause(saying)
            cues.append(Cue(tok.i, "quoted as saying", tok.idx, saying.idx + len(saying), speaker_span(obj), obj.i, content))
    return sorted(cues, key=lambda c: c.start)


def _make(tok: Token, text: str, end: int | None, subj: Token | None, content) -> Cue:
    return Cue(
        tok.i,
        text,
        tok.idx,
        end if end is not None else tok.idx + len(tok),
        speaker_span(subj) if subj is not None else None,
        subj.i if subj is not None else None,
        content,
    )


def _cue_text(tok: Token) -> str:
    parts = [tok]
    parts += [c for c in tok.children if c.dep_ == "prt"]
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _child_clause(tok: Token) -> tuple[int, int] | None:
    """The content clause of a cue verb: its ccomp, or a that-clause hung on a
    prepositional phrase by the parser ("said in a statement that ...")."""
    for child in tok.children:
        if child.dep_ in _CONTENT_DEPS:
            return _span_of(list(child.subtree))
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for clause in prep.subtree:
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
            ):
                return _span_of(list(clause.subtree))
    return None


def _prep_object(tok: Token, prep: str) -> tuple[int, int] | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == prep:
            return _span_of([t for t in child.subtree][1:])
    return None


def _following_clause(tok: Token) -> tuple[int, int] | None:
    sent: Span = tok.sent
    after = [t for t in sent if t.i > tok.i and t.i not in {x.i for x in tok.subtree}]
    return _span_of(after)
