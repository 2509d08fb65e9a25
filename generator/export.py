"""briefing.json: the stable, documented export (schema in docs/schema/briefing.schema.json)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .model import SCHEMA_VERSION, Briefing


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The export as plain JSON-able data, keys and lists in a fixed order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [
            {
                "id": d.id,
                "slug": d.slug,
                "path": d.path,
                "sha256": d.sha256,
                "title": d.title,
                "authors": list(d.authors),
                "publisher": d.publisher,
                "published": d.published,
                "language": d.language,
                "url": d.url,
                "original_source": d.original_source,
                "sentences": [
                    {"index": s.index, "text": s.text, "start": s.start, "end": s.end} for s in d.sentences
                ],
            }
            for d in briefing.documents
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "descriptions": [{"text": x.text, "doc": x.doc, "sentence": x.sentence} for x in a.descriptions],
                "mentions": [
                    {"doc": m.doc, "sentence": m.sentence, "text": m.text, "start": m.start, "end": m.end}
                    for m in a.mentions
                ],
            }
            for a in briefing.actors
        ],
        "quotes": [
            {
                "id": q.id,
                "doc": q.doc,
                "sentence": q.sentence,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_text": q.speaker_text,
                "speaker_reason": q.speaker_reason,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
            }
            for q in briefing.quotes
        ],
        "claims": [
            {
                "id": c.id,
                "text": c.text,
                "occurrences": [
                    {"doc": o.doc, "sentence": o.sentence, "text": o.text, "attributed_to": o.attributed_to}
                    for o in c.occurrences
                ],
                "sources": list(c.sources),
                "independent_sources": c.independent_sources,
                "actors": list(c.actors),
            }
            for c in briefing.claims
        ],
        "lineage": [
            {
                "child": e.child,
                "parent": e.parent,
                "relation": e.relation,
                "score": round(e.score, 4),
                "child_coverage": round(e.child_coverage, 4),
                "parent_coverage": round(e.parent_coverage, 4),
                "direction_evidence": list(e.direction_evidence),
                "alignments": [
                    {
                        "child_sentence": a.child_sentence,
                        "parent_sentence": a.parent_sentence,
                        "similarity": round(a.similarity, 4),
                    }
                    for a in e.alignments
                ],
                "changes": [
                    {
                        "kind": ch.kind,
                        "child_sentence": ch.child_sentence,
                        "parent_sentence": ch.parent_sentence,
                        "detail": ch.detail,
                    }
                    for ch in e.changes
                ],
            }
            for e in briefing.lineage
        ],
    }


def dumps(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=1) + "\n"


def write_json(briefing: Briefing, path: Path) -> None:
    """Write the export atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".briefing-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(dumps(briefing))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
