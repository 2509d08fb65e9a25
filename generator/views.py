"""Derived, read-only views of a Briefing that pages need (lookups, groupings, layouts).

Logic lives here, layout lives in templates/: templates only loop over what these
functions return.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup
from rapidfuzz import fuzz

from .model import Actor, Briefing, Claim, Document, LineageEdge, Quote
from .text import escape, normalize, slugify


@dataclass
class QuoteGroup:
    """The same quotation as it appears in one or more documents."""

    quotes: list[Quote]
    variants: list[tuple[Quote, Markup]] = field(default_factory=list)  # (quote, diff vs first)

    @property
    def first(self) -> Quote:
        return self.quotes[0]

    @property
    def differs(self) -> bool:
        return any(normalize(q.text) != normalize(self.first.text) for q in self.quotes[1:])


class Views:
    """Indexes over one Briefing, computed once per render."""

    def __init__(self, briefing: Briefing):
        self.b = briefing
        self.docs: dict[str, Document] = {d.id: d for d in briefing.documents}
        self.actors: dict[str, Actor] = {a.id: a for a in briefing.actors}
        self.order = {d.id: i for i, d in enumerate(self.chronological)}

    # ------------------------------------------------------------------ documents

    @cached_property
    def chronological(self) -> list[Document]:
        """Documents by publication date (undated last), then id."""
        return sorted(self.b.documents, key=lambda d: (d.published is None, d.published or "", d.id))

    @cached_property
    def date_range(self) -> tuple[str | None, str | None]:
        dates = sorted(d.published for d in self.b.documents if d.published)
        return (dates[0], dates[-1]) if dates else (None, None)

    @cached_property
    def publishers(self) -> list[tuple[str, int]]:
        counts = Counter(d.publisher for d in self.b.documents if d.publisher)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def word_count(self, doc: Document) -> int:
        return len(doc.text.split())

    # ------------------------------------------------------------------ lineage

    @cached_property
    def parents(self) -> dict[str, list[LineageEdge]]:
        return index_by(self.b.lineage, lambda e: (e.child,))

    @cached_property
    def children(self) -> dict[str, list[LineageEdge]]:
        return index_by(self.b.lineage, lambda e: (e.parent,))

    def edge_slug(self, edge: LineageEdge) -> str:
        return f"{self.docs[edge.child].slug}--{self.docs[edge.parent].slug}"

    def changes_by_kind(self, edge: LineageEdge) -> list[tuple[str, list]]:
        groups: dict[str, list] = defaultdict(list)
        for ch in edge.changes:
            groups[ch.kind].append(ch)
        from .model import CHANGE_KINDS

        return [(k, groups[k]) for k in CHANGE_KINDS if k in groups]

    def aligned_rows(self, edge: LineageEdge) -> list[dict]:
        """Side-by-side rows: aligned pairs in child order, unaligned sentences in between."""
        child, parent = self.docs[edge.child], self.docs[edge.parent]
        by_child: dict[int, list] = defaultdict(list)
        for a in edge.alignments:
            by_child[a.child_sentence].append(a)
        aligned_parents = {a.parent_sentence for a in edge.alignments}
        changes_at: dict[tuple, list] = defaultdict(list)
        for ch in edge.changes:
            changes_at[(ch.child_sentence, ch.parent_sentence)].append(ch)
        rows = []
        for s in child.sentences:
            pairs = by_child.get(s.index)
            if not pairs:
                rows.append({"child": s, "parent": None, "similarity": None,
                             "child_html": Markup(escape(s.text)), "parent_html": Markup(""),
                             "changes": changes_at.get((s.index, None), [])})
                continue
            for a in sorted(pairs, key=lambda a: a.parent_sentence):
                p = parent.sentences[a.parent_sentence]
                left, right = diff_words(p.text, s.text)
                rows.append({"child": s, "parent": p, "similarity": a.similarity,
                             "child_html": right, "parent_html": left,
                             "changes": changes_at.get((s.index, p.index), [])})
        omitted = [p for p in parent.sentences if p.index not in aligned_parents]
        return rows + [
            {"child": None, "parent": p, "similarity": None, "child_html": Markup(""),
             "parent_html": Markup(escape(p.text)), "changes": changes_at.get((None, p.index), [])}
            for p in omitted
        ]

    def graph(self, base: str = "") -> Markup:
        """The lineage graph SVG; ``base`` is the URL prefix from the page to the site root."""
        from .graph import lineage_svg

        return lineage_svg(self, base=base)

    # ------------------------------------------------------------------ actors

    def actor_kind_groups(self) -> list[tuple[str, list[Actor]]]:
        from .model import ACTOR_KINDS

        groups: dict[str, list[Actor]] = defaultdict(list)
        for a in self.b.actors:
            groups[a.kind].append(a)
        for k in groups:
            groups[k].sort(key=lambda a: (-len(a.mentions), a.name))
        return [(k, groups[k]) for k in ACTOR_KINDS if groups.get(k)]

    def roles(self, actor: Actor) -> list[tuple[str, list]]:
        """The actor's descriptions grouped by wording (case and quotes folded), first seen first."""
        groups: dict[str, list] = {}
        labels: dict[str, str] = {}
        for d in actor.descriptions:
            key = normalize(d.text).lower()
            labels.setdefault(key, d.text)
            groups.setdefault(key, []).append(d)
        return [(labels[k], groups[k]) for k in groups]

    def has_profile(self, actor: Actor) -> bool:
        """Whether the actor gets a page of its own: named more than once, or with a role,
        a quote or unresolved short mentions to show. An actor named once and nothing
        more (most of a large corpus's actors) is listed in the index, linked to the
        sentence that names it; its profile would only repeat that sentence."""
        return bool(len(actor.mentions) > 1 or actor.descriptions or actor.unresolved or self.quotes_of(actor))

    def actor_sources(self, actor: Actor) -> list[str]:
        return sorted({m.doc for m in actor.mentions}, key=lambda d: self.order[d])

    @cached_property
    def key_actors(self) -> list[Actor]:
        ranked = sorted(self.b.actors, key=lambda a: (-len(self.actor_sources(a)), -len(a.mentions), a.name))
        return ranked[:12]

    def mentions_by_doc(self, actor: Actor) -> list[tuple[Document, list]]:
        by: dict[str, list] = defaultdict(list)
        for m in actor.mentions:
            by[m.doc].append(m)
        return [(self.docs[d], by[d]) for d in self.actor_sources(actor)]

    @cached_property
    def _cooccurrence(self) -> dict[str, Counter]:
        by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
        for a in self.b.actors:
            for m in a.mentions:
                by_sentence[(m.doc, m.sentence)].add(a.id)
        out: dict[str, Counter] = defaultdict(Counter)
        for ids in by_sentence.values():
            for i in ids:
                for j in ids:
                    if i != j:
                        out[i][j] += 1
        return out

    def alongside(self, actor: Actor, n: int = 10) -> list[tuple[Actor, int]]:
        counts = self._cooccurrence.get(actor.id, Counter())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], self.actors[kv[0]].name))
        return [(self.actors[i], c) for i, c in ranked[:n]]

    # ------------------------------------------------------------------ quotes

    @cached_property
    def quote_groups(self) -> list[QuoteGroup]:
        """Quotes grouped across documents when they are the same quotation."""
        groups: list[QuoteGroup] = []
        texts: list[str] = []
        # blocking: a quotation 75% alike shares some of its longest words with the other
        by_word: dict[str, list[int]] = defaultdict(list)
        for q in sorted(self.b.quotes, key=lambda q: (self.order.get(q.doc, 0), q.start)):
            key = normalize(q.text).lower()
            words = sorted(set(re.findall(r"\w{4,}", key)), key=lambda w: (-len(w), w))[:4]
            candidates = sorted({n for w in words for n in by_word.get(w, ())})
            for n in candidates:
                f = groups[n].first
                if f.doc != q.doc and (f.speaker == q.speaker or not f.speaker or not q.speaker) and \
                        fuzz.ratio(texts[n], key) >= 75:
                    groups[n].quotes.append(q)
                    break
            else:
                groups.append(QuoteGroup([q]))
                texts.append(key)
                for w in words:
                    by_word[w].append(len(groups) - 1)
        for g in groups:
            g.variants = [(q, diff_words(g.first.text, q.text)[1]) for q in g.quotes[1:]]
        return groups

    def quotes_by_speaker(self) -> list[tuple[Actor | None, str, list[QuoteGroup]]]:
        by: dict[str | None, list[QuoteGroup]] = defaultdict(list)
        for g in self.quote_groups:
            by[g.first.speaker].append(g)
        named = sorted((k for k in by if k), key=lambda k: (-len(by[k]), self.actors[k].name if k in self.actors else k))
        out = [(self.actors.get(k), k, by[k]) for k in named]
        if None in by:
            out.append((None, "", by[None]))
        return out

    @cached_property
    def _groups_by_speaker(self) -> dict[str, list[QuoteGroup]]:
        out: dict[str, list[QuoteGroup]] = defaultdict(list)
        for g in self.quote_groups:
            for speaker in dict.fromkeys(q.speaker for q in g.quotes if q.speaker):
                out[speaker].append(g)
        return out

    @cached_property
    def _quotes_by_doc(self) -> dict[str, list[Quote]]:
        return index_by(self.b.quotes, lambda q: (q.doc,))

    def quotes_of(self, actor: Actor) -> list[QuoteGroup]:
        return self._groups_by_speaker.get(actor.id, [])

    def quotes_in(self, doc: Document) -> list[Quote]:
        return self._quotes_by_doc.get(doc.id, [])

    # ------------------------------------------------------------------ claims

    @cached_property
    def _claims_by_actor(self) -> dict[str, list[Claim]]:
        return index_by(self.b.claims, lambda c: c.actors)

    def claims_of(self, actor: Actor) -> list[Claim]:
        return self._claims_by_actor.get(actor.id, [])

    def claim_date(self, claim: Claim) -> str:
        dates = [self.docs[o.doc].published for o in claim.occurrences if self.docs[o.doc].published]
        return min(dates) if dates else ""

    @cached_property
    def top_claims(self) -> list[Claim]:
        ranked = sorted(self.b.claims, key=lambda c: (-c.independent_sources, -len(c.sources), c.id))
        return [c for c in ranked if len(c.sources) > 1][:10]


    # ------------------------------------------------------------------ large corpora

    LARGE_CORPUS = 60
    """More sources than this make a large corpus (see :attr:`large`)."""

    @cached_property
    def large(self) -> bool:
        """Whether the corpus is large. Then the print book is a digest: what at least two
        sources carry, and the list of sources, citations linking to the sentences on the
        site (a book of thousands of texts is neither printable nor quick to build). And
        the quotes and claims indexes stay out of the site search, whose index the browser
        must load whole: their sentences are found on the source pages."""
        return len(self.b.documents) > self.LARGE_CORPUS

    @cached_property
    def book_actors(self) -> list[Actor]:
        ranked = [a for _, group in self.actor_kind_groups() for a in group]
        return ranked if not self.large else [a for a in ranked if len(self.actor_sources(a)) > 1]

    @cached_property
    def book_quote_groups(self) -> list[QuoteGroup]:
        groups = self.quote_groups
        return groups if not self.large else [g for g in groups if len({q.doc for q in g.quotes}) > 1]

    @cached_property
    def index_claims(self) -> list[Claim]:
        """The claims the claims index lists: all of them, or, for a large corpus, those
        that at least two sources carry (tens of thousands of single-source claims make a
        page no browser sorts quickly; each is a sentence of its source page)."""
        return [c for c in self.b.claims if self.on_claims_index(c)]

    def on_claims_index(self, claim: Claim) -> bool:
        """Whether the claims index lists ``claim`` (the book's digest lists the same)."""
        return not self.large or len(claim.sources) > 1


def index_by(items, keys) -> dict[str, list]:
    """``{key: [items with that key]}``, in item order; ``keys(item)`` gives an item's keys."""
    out: dict[str, list] = defaultdict(list)
    for item in items:
        for key in dict.fromkeys(keys(item)):
            out[key].append(item)
    return out


_WORD = re.compile(r"\s+|[^\w\s]|\w+")


def diff_words(old: str, new: str) -> tuple[Markup, Markup]:
    """Word-level diff: (old with <del> marks, new with <ins> marks), both escaped."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    na, nb = [normalize(t).lower() for t in a], [normalize(t).lower() for t in b]
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        old_part, new_part = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part.strip():
            left.append(f"<del>{old_part}</del>")
        else:
            left.append(old_part)
        if new_part.strip():
            right.append(f"<ins>{new_part}</ins>")
        else:
            right.append(new_part)
    return Markup("".join(left)), Markup("".join(right))


def kind_label(kind: str) -> str:
    return kind.replace("_", " ")


def anchor_id(text: str) -> str:
    return slugify(text, fallback="x")
