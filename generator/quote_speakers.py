"""Speaker attribution: from a speaker span as written to a canonical actor.

A speaker is looked up, in order: as a pronoun (he/she → the latest person named as
a subject in this or the two paragraphs before; they/it → the latest organisation or
group), as a role ("the Kremlin spokesman" → an actor described with that role), and
as a name (the actor with a mention overlapping the span, else by name). When no
actor fits, the speaker stays None and ``reason`` says why.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .actors import ActorIndex
from .model import Actor, Description
from .nlp import Analysis
from .quote_cues import DOCUMENT_NOUNS, FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS, Cue, speaker_span

NO_SPEAKER = "no speaker named in the text"
ROLE_ONLY = "speaker given only by role"
NOT_AN_ACTOR = "speaker not among the actors"
UNRESOLVED_PRONOUN = "pronoun could not be resolved"
AUTHOR = "first-person speaker (the author)"

_PERSON_LABELS = ("PERSON",)
_GROUP_LABELS = ("ORG", "NORP", "GPE")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent", "pobj")
_STOP = frozenset("the a an of for in on at to and 's".split())


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: actor id (or None), the text shown, why None, and spans."""

    actor: str | None
    text: str | None
    reason: str | None = None
    span: tuple[int, int] | None = None  # the speaker as written near the cue
    resolved: tuple[int, int] | None = None  # a pronoun's antecedent


_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_TITLES = (("mr.", "m"), ("mr ", "m"), ("mrs.", "f"), ("ms.", "f"), ("miss ", "f"), ("mrs ", "f"), ("ms ", "f"))


def _name_key(text: str) -> str:
    """A person's surname, lowercased: the key for gender agreement across mentions."""
    words = re.findall(r"[A-Za-z\u00c0-\u024f'-]+", text)
    return words[-1].lower() if words else ""


def _core(head) -> tuple[int, int]:
    """The part of a speaker phrase that names who speaks: the head with what precedes
    it, plus the issuer of a document ("a release by the ministry"), not later phrases."""
    left = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ not in ("punct", "cc", "appos")])
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and head.lemma_.lower() in DOCUMENT_NOUNS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                right = pobj.i
        break
    doc = head.doc
    return doc[left].idx, doc[right].idx + len(doc[right])


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


class RoleIndex:
    """The actors' role descriptions by word, built once per corpus: a speaker given by
    role ("the spokesman") is matched only against descriptions sharing its head word."""

    def __init__(self, actors: Sequence[Actor]):
        self.entries: list[tuple[Actor, Description, set[str]]] = []  # actor, description, its words
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for actor in actors:
            for d in actor.descriptions:
                words = _words(d.text)
                for w in words:
                    self._by_word[w].append(len(self.entries))
                self.entries.append((actor, d, words))

    def having(self, *words: str) -> list[tuple[Actor, Description, set[str]]]:
        """Descriptions containing any of ``words``, in actor order."""
        found = sorted({n for w in words for n in self._by_word.get(w, ())})
        return [self.entries[n] for n in found]


class SpeakerResolver:
    """Resolves speaker spans of one document against the corpus actors."""

    def __init__(
        self,
        analysis: Analysis,
        index: ActorIndex,
        actors: Sequence[Actor] = (),
        *,
        mentions: Sequence[tuple[int, int, str]] | None = None,
        roles: RoleIndex | None = None,
    ):
        """``roles`` (built from ``actors`` when not given) are searched for role
        descriptions; ``mentions`` are this document's actor mentions as (start, end,
        kind), taken from ``actors`` when not given."""
        self.analysis = analysis
        self.doc = analysis.doc
        self.document = analysis.document
        self.index = index
        self.roles = roles if roles is not None else RoleIndex(actors)
        doc_id = self.document.id
        if mentions is None:
            mentions = [(m.start, m.end, a.kind) for a in actors for m in a.mentions if m.doc == doc_id]
        self._person_mentions: list[tuple[int, int, bool]] = []  # start, end, is subject
        self._group_mentions: list[tuple[int, int, bool]] = []
        for ent in self.doc.ents:
            subj = ent.root.dep_ in _SUBJECT_DEPS[:3]
            if ent.label_ in _PERSON_LABELS:
                self._person_mentions.append((ent.start_char, ent.end_char, subj))
            elif ent.label_ in _GROUP_LABELS:
                self._group_mentions.append((ent.start_char, ent.end_char, subj))
        for m_start, m_end, kind in mentions:
            if kind == "place":
                continue
            target = self._person_mentions if kind == "person" else self._group_mentions
            target.append((m_start, m_end, self._is_subject(m_start, m_end)))
        self._person_mentions.sort()
        self._group_mentions.sort()
        self._genders: dict[str, str] = {}  # surname -> gender of a he/she resolved to it

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ in _SUBJECT_DEPS[:3]

    def _paragraph(self, offset: int) -> int:
        sents = self.document.sentences
        if not sents:
            return 0
        return sents[self.document.sentence_at(offset)].paragraph

    def resolve(self, cue: Cue, found: Sequence = ()) -> Speaker:
        """The speaker of ``cue`` (None with a reason when the text names nobody)."""
        if cue.speaker is None or cue.speaker_head is None:
            return Speaker(None, None, NO_SPEAKER)
        head = self.doc[cue.speaker_head]
        start, end = cue.speaker
        low = head.lower_
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            return self._pronoun(head, (start, end), found)
        if low in ("who", "which", "that") and head.head.dep_ == "relcl" and head.head.head is not head.head:
            # "Smith, who said ...": the speaker is the noun the relative clause hangs on
            ante = head.head.head
            a_start, a_end = speaker_span(ante)
            found_ = self.resolve_span(a_start, a_end, found)
            return Speaker(found_.actor, found_.text, found_.reason, (start, end), (a_start, a_end))
        if low in FIRST_PERSON:
            return Speaker(None, head.text, AUTHOR, (start, end))
        at_head = self.index.at(self.document.id, head.idx, head.idx + len(head))
        if at_head is not None:
            return Speaker(at_head.id, self.document.text[start:end], None, (start, end))
        if head.pos_ == "NOUN" and head.lemma_.lower() not in DOCUMENT_NOUNS:
            return self._role(head, start, end)
        c_start, c_end = _core(head)
        speaker = self.resolve_span(c_start, c_end, found)
        return Speaker(speaker.actor, self.document.text[c_start:c_end], speaker.reason, (start, end))

    def resolve_span(self, start: int, end: int, found: Sequence = ()) -> Speaker:
        """The speaker named by the text at ``[start, end)``."""
        text = self.document.text[start:end]
        actor = self.index.at(self.document.id, start, end) or self.index.by_name(text)
        if actor is None:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for ent in span.ents:
                    actor = self.index.by_name(ent.text)
                    if actor is not None:
                        break
        if actor is None:
            return Speaker(None, text, NOT_AN_ACTOR, (start, end))
        return Speaker(actor.id, text, None, (start, end))

    def _role(self, head, start: int, end: int) -> Speaker:
        text = self.document.text[start:end]
        words = _words(text)
        key = head.lemma_.lower()
        best, best_score = None, 0.0
        for actor, d, dw in self.roles.having(key, head.lower_):
            score = len(words & dw) / max(len(words | dw), 1) + (0.5 if d.doc == self.document.id else 0.0)
            if score > best_score:
                best, best_score = actor, score
        if best is None:
            return Speaker(None, text, ROLE_ONLY, (start, end))
        return Speaker(best.id, text, None, (start, end))

    def _gender_of(self, start: int, end: int) -> str | None:
        """'m' / 'f' when a title says so (Mr., Ms.) or an earlier he/she resolved to the name."""
        before = self.document.text[max(0, start - 6) : start].lower()
        own = self.document.text[start:end].lower()
        for title, g in _TITLES:
            if own.startswith(title) or before.rstrip().endswith(title):
                return g
        return self._genders.get(_name_key(self.document.text[start:end]))

    def _pronoun(self, head, span: tuple[int, int], found: Sequence) -> Speaker:
        person = head.lower_ in PERSON_PRONOUNS
        pool = self._person_mentions if person else self._group_mentions
        para = self._paragraph(head.idx)
        window = [
            (s, e, subj)
            for s, e, subj in pool
            if e <= head.idx and para - 2 <= self._paragraph(s) <= para
        ]
        if not window:
            return Speaker(None, head.text, UNRESOLVED_PRONOUN, span)
        gender = _GENDER.get(head.lower_)
        if gender:
            agreeing = [w for w in window if self._gender_of(w[0], w[1]) in (None, gender)]
            if not agreeing:
                return Speaker(None, head.text, UNRESOLVED_PRONOUN, span)
            window = agreeing
        subjects = [w for w in window if w[2]]
        # the latest subject; a later non-subject name in the same sentence does not win
        s, e, _ = (subjects or window)[-1]
        text = self.document.text[s:e]
        if gender:
            self._genders[_name_key(text)] = gender
        actor = self.index.at(self.document.id, s, e) or self.index.by_name(text)
        if actor is None:
            return Speaker(None, text, NOT_AN_ACTOR, span, (s, e))
        return Speaker(actor.id, text, None, span, (s, e))
