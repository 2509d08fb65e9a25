"""Quotes: detection and speaker attribution.

Per document, in three passes:

1. quotation marks (:mod:`generator.quote_marks`) give direct quotes; one that stands
   as the whole content of a reporting cue ("...," she said / He said: "...") is
   ``direct``; a quoted phrase inside reported speech makes that speech ``partial``;
   a quoted phrase with no cue at all is a scare quote and is skipped;
2. reporting cues in the dependency parse (:mod:`generator.quote_cues`: "X said
   that ...", "according to X", "X told Y ...", "quoted X as saying") give
   ``indirect`` quotes whose text is the content clause;
3. a direct quote with no cue of its own takes the speaker of an attribution in the
   sentence just before it (a floating quote), or has no speaker and says why.

Speakers are mapped to actors with :class:`generator.actors.ActorIndex`: by the span
of the speaker, by name, through a pronoun's antecedent, or through a role an actor
was described with ("the Kremlin spokesman").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .actors import ActorIndex
from .model import Actor, Quote
from .nlp import Analysis
from .quote_cues import Cue, NAMING_VERBS, find_cues
from .quote_marks import fold_pairs, inner_span, mark_spans, quote_spans
from .quote_speakers import NO_SPEAKER, RoleIndex, Speaker, SpeakerResolver

__all__ = ["Found", "extract_quotes", "find_quotes", "quote_spans"]

#: A quote with no cue needs this many words to be kept (shorter ones are scare quotes).
MIN_UNATTRIBUTED_WORDS = 4
#: Most words between a closing mark and its cue ("...," a senior party official said).
MAX_GAP_BEFORE_CUE = 8
#: ... or when they are a name with an apposition ("...," Ann Lee, head of the union, said).
MAX_GAP_APPOSITION = 25
#: Most words between a cue and the quote it opens (said on Monday in Paris: "...").
MAX_GAP_AFTER_CUE = 10


@dataclass(frozen=True)
class Found:
    """A quote of one document before it becomes a :class:`Quote` (kept for evaluation)."""

    start: int
    end: int
    kind: str
    cue: str | None
    speaker: Speaker
    floating: bool = False


def extract_quotes(analyses: Sequence[Analysis], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Every quote in the corpus with its speaker, in document then text order."""
    index = ActorIndex(actors)
    roles = RoleIndex(actors)
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    for actor in actors:
        for m in actor.mentions:
            mentions.setdefault(m.doc, []).append((m.start, m.end, actor.kind))
    out: list[Quote] = []
    for analysis in analyses:
        document = analysis.document
        found = find_quotes(analysis, index, roles=roles, mentions=mentions.get(document.id, []))
        for n, f in enumerate(found, start=1):
            out.append(
                Quote(
                    id=f"{document.slug}-q{n}",
                    doc=document.id,
                    sentence=document.sentence_at(f.start),
                    text=document.text[f.start : f.end],
                    kind=f.kind,
                    speaker=f.speaker.actor,
                    speaker_text=f.speaker.text,
                    cue=f.cue,
                    start=f.start,
                    end=f.end,
                    speaker_reason=f.speaker.reason if f.speaker.actor is None else None,
                )
            )
    return tuple(out)


def find_quotes(
    analysis: Analysis,
    index: ActorIndex,
    *,
    actors: Sequence[Actor] = (),
    mentions: Sequence[tuple[int, int, str]] | None = None,
    roles: RoleIndex | None = None,
) -> list[Found]:
    """The quotes of one analysed document, in text order.

    ``roles`` (built from ``actors`` when not given) are searched for role descriptions;
    ``mentions`` (start, end, actor kind) are this document's actor mentions, taken from
    ``actors`` when not given.
    """
    document, doc = analysis.document, analysis.doc
    text = document.text
    sents = document.sentences
    marks = mark_spans(text)
    scan = fold_pairs(text)  # '' and `` read as one double mark, offsets unchanged
    inners = [inner_span(text, m) for m in marks]
    cues = find_cues(doc, exclude=[m.inner for m in marks])
    resolver = SpeakerResolver(analysis, index, actors, mentions=mentions, roles=roles)
    found: list[Found] = []
    used_cues: set[int] = set()
    embedded: set[int] = set()
    pending: list[int] = []  # marks that stand alone but have no cue of their own

    def sent_at(offset: int) -> int:
        return document.sentence_at(offset)

    for k, m in enumerate(marks):
        start, end = inners[k]
        if start >= end:
            continue
        s0, s1 = sent_at(start), sent_at(m.close)
        lead_from = sents[s0].start if sents else 0
        prefix = scan[lead_from : m.open].strip() if lead_from < m.open else ""
        before = _token_before(doc, m.open)
        standalone = (
            prefix == ""
            or prefix[-1] in ":,\u2014\u2013-(["
            or (before is not None and any(c.token == before.i and before.lemma_.lower() not in NAMING_VERBS for c in cues))
        )
        if not standalone:
            holder = next((c for c in cues if c.content and c.content[0] <= m.open and m.close < c.content[1]), None)
            if holder is not None:
                if _words_outside(text, holder.content, (m.open, m.close + 1)) < 2:
                    found.append(Found(start, end, "direct", holder.text, resolver.resolve(holder, found)))
                    used_cues.add(holder.token)
                else:
                    embedded.add(k)
                continue
            namer = _naming_cue(cues, doc, s0, sents, m.open)
            if namer is not None:
                found.append(Found(start, end, "partial", namer.text, resolver.resolve(namer, found)))
                used_cues.add(namer.token)
            continue
        cue = _nearest_cue(cues, scan, sents, s0, s1, m.open, m.close)
        if cue is not None:
            found.append(Found(start, end, "direct", cue.text, resolver.resolve(cue, found)))
            used_cues.add(cue.token)
        else:
            pending.append(k)

    direct_spans = [(f.start, f.end) for f in found if f.kind == "direct"]
    for cue in cues:
        if cue.content is None or _overlaps_any(cue.content, direct_spans):
            continue
        if cue.text.split()[0].lower() in NAMING_VERBS or _lemma(doc, cue) in NAMING_VERBS:
            continue
        if any(_overlaps(cue.content, (f.start, f.end)) for f in found):
            continue
        has_mark = any(k in embedded and cue.content[0] <= marks[k].open < cue.content[1] for k in range(len(marks)))
        kind = "partial" if has_mark else "indirect"
        found.append(Found(cue.content[0], cue.content[1], kind, cue.text, resolver.resolve(cue, found)))

    found.sort(key=lambda f: f.start)
    for k in pending:
        start, end = inners[k]
        m = marks[k]
        s0 = sent_at(start)
        colon = _colon_speaker(doc, scan, sents, s0, m.open)
        if colon is not None:
            _insert(found, Found(start, end, "direct", None, resolver.resolve_span(*colon, found)))
            continue
        if not m.double:
            continue  # single marks with no cue are titles and scare quotes
        lead = scan[sents[s0].start : m.open].strip() if sents and sents[s0].start < m.open else ""
        if lead and lead[-1] not in ":\u2014\u2013-":
            continue  # a quoted title or phrase inside a sentence, with no cue
        prev = _previous_attributed(found, document, s0, start)
        s_end = sents[sent_at(m.close)].end if sents else len(text)
        alone = not scan[m.close + 1 : s_end].strip(" .,;:!?\"'\u201d\u2019)")
        if prev is not None and alone:
            _insert(found, Found(start, end, "direct", prev.cue, prev.speaker, floating=True))
            continue
        if len(text[start:end].split()) >= MIN_UNATTRIBUTED_WORDS:
            _insert(found, Found(start, end, "direct", None, Speaker(None, None, NO_SPEAKER)))
    return found


def _words_outside(text: str, span: tuple[int, int], hole: tuple[int, int]) -> int:
    """Words of ``text[span]`` outside ``hole`` (a leading "that"/"as" not counted)."""
    words = text[span[0] : hole[0]].split() + text[hole[1] : span[1]].split()
    return len([w for w in words if w.strip(".,;:!?").lower() not in ("that", "as", "")])


def _insert(found: list[Found], f: Found) -> None:
    found.append(f)
    found.sort(key=lambda x: x.start)


def _lemma(doc, cue: Cue) -> str:
    return doc[cue.token].lemma_.lower()


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlaps_any(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(_overlaps(a, b) for b in spans)


def _token_before(doc, offset: int):
    """The last non-space token ending at or before ``offset``."""
    offset = min(offset, len(doc.text))
    span = doc.char_span(0, offset, alignment_mode="contract") if offset > 0 else None
    if span is None:
        return None
    for tok in reversed(span):
        if not tok.is_space:
            return tok
    return None


def _frame(text: str, sents, s0: int, s1: int) -> tuple[int, int]:
    """Char range searched for a direct quote's cue: its sentences, a lowercase tail, a colon lead."""
    if not sents:
        return 0, len(text)
    lo, hi = sents[s0].start, sents[s1].end
    nxt = s1 + 1
    if nxt < len(sents) and sents[nxt].paragraph == sents[s1].paragraph:
        first = sents[nxt].text.lstrip()[:1]
        if first.islower():
            hi = sents[nxt].end
    if s0 > 0 and sents[s0 - 1].text.rstrip().endswith(":"):
        lo = sents[s0 - 1].start
    return lo, hi


def _nearest_cue(cues: list[Cue], text: str, sents, s0: int, s1: int, open_: int, close: int) -> Cue | None:
    lo, hi = _frame(text, sents, s0, s1)
    next_from = hi
    if sents and s1 + 1 < len(sents) and sents[s1 + 1].paragraph == sents[s1].paragraph:
        if not text[close + 1 : sents[s1].end].strip(" .,;:!?\"'\u201d\u2019"):
            hi = max(hi, sents[s1 + 1].end)  # "...?" Obama asked. (split after the mark)
    best, best_d = None, None
    for c in cues:
        if c.start < lo or c.end > hi:
            continue
        if c.end <= open_:
            d = open_ - c.end
            gap = text[c.end : open_].strip()
            if len(gap.split()) > (MAX_GAP_AFTER_CUE if gap[-1:] in ":," else 3):
                continue
        elif c.start >= close:
            d = c.start - close
            gap = text[close + 1 : c.start].strip()
            named = gap[:1].isupper() and "," in gap and len(gap.split()) <= MAX_GAP_APPOSITION
            if len(gap.split()) > MAX_GAP_BEFORE_CUE and not named:
                continue
            if c.start >= next_from and c.content is not None:
                continue  # the next sentence reports something else
        else:
            d = 0
        if c.speaker is None:
            d += 1000
        if best_d is None or d < best_d:
            best, best_d = c, d
    return best


def _naming_cue(cues: list[Cue], doc, s0: int, sents, open_: int) -> Cue | None:
    """A cue like "calls it" / "characterising X as" before a quoted phrase in its sentence."""
    if not sents:
        return None
    lo = sents[s0].start
    for c in reversed(cues):
        if lo <= c.start and c.end <= open_ and doc[c.token].lemma_.lower() in NAMING_VERBS:
            return c
    return None


def _colon_speaker(doc, text: str, sents, s0: int, open_: int) -> tuple[int, int] | None:
    """A named speaker in the lead-in of ``Name: "..."`` (no cue verb)."""
    if not sents:
        return None
    lead = text[sents[s0].start : open_].rstrip()
    lead_start = sents[s0].start
    if not lead.endswith(":") and s0 > 0 and sents[s0 - 1].text.rstrip().endswith(":"):
        lead_start = sents[s0 - 1].start
        lead = text[lead_start:open_].rstrip()
    if not lead.endswith(":"):
        return None
    ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE") and lead_start <= e.start_char and e.end_char <= open_]
    if not ents:
        return None
    e = ents[-1]
    return e.start_char, e.end_char


def _previous_attributed(found: list[Found], document, s0: int, start: int) -> Found | None:
    """The attribution in this quote's sentence or the one before, if it names a speaker."""
    prev = [f for f in found if f.end <= start]
    if not prev:
        return None
    p = prev[-1]
    last = document.sentence_at(max(p.end - 1, p.start))
    if last < s0 - 1 or p.speaker.text is None:
        return None
    sents = document.sentences
    if sents and sents[last].paragraph < sents[s0].paragraph - 1:
        return None
    return p
