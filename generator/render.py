"""Render a Briefing through the Jinja2 templates into Markdown pages, and write them.

Every ``{{ value }}`` in a template is escaped by :func:`generator.text.escape` unless the
value is ``Markup`` built here (links, diffs, the graph): source text can never become
markup. Pages are collected first, then written; only files listed in the manifest of
generated pages are ever overwritten or removed.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import posixpath
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from .model import Briefing, Issue
from .text import attr, clean_controls, escape, normalize, shorten
from .views import Views, kind_label

MANIFEST = ".briefing-manifest.json"
ASSETS = ("briefing.css", "briefing.js")


def template_dir() -> Path:
    """The project's top-level ``templates/`` folder (installed with ``pip install -e``)."""
    return Path(__file__).resolve().parent.parent / "templates"


def sentence_anchor(index: int) -> str:
    """Anchor of sentence ``index`` (0-based in records) on its source page: ``s-<index+1>``."""
    return f"s-{index + 1}"


def page_title(text) -> str:
    """A title safe for MkDocs' unescaped theme templates (front matter ``title:``).

    The theme inserts page titles without escaping, some through ``striptags`` (which
    unescapes entities), so angle brackets become look-alike guillemets and the rest is
    HTML-escaped.
    """
    return html.escape(clean_controls(str(text)).replace("<", "‹").replace(">", "›"), quote=True)


def _finalize(value):
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return escape(str(value))


def environment(extra_dirs: list[Path] | None = None) -> jinja2.Environment:
    dirs = [str(d) for d in (extra_dirs or []) if d.is_dir()] + [str(template_dir())]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(dirs),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["e"] = env.filters["escape"] = lambda v: Markup(_finalize(v))
    env.filters["shorten"] = shorten
    env.filters["attr"] = lambda v: Markup(attr(v))
    env.filters["kind_label"] = kind_label
    env.filters["pct"] = lambda v: f"{v:.0%}"
    env.filters["yaml"] = lambda v: Markup(json.dumps(page_title(v), ensure_ascii=False))
    env.globals["normalize"] = normalize
    return env


class Renderer:
    """Turns one Briefing into ``{page path: Markdown}``."""

    def __init__(self, briefing: Briefing, *, template_dirs: list[Path] | None = None):
        self.b = briefing
        self.v = Views(briefing)
        self.env = environment(template_dirs)
        self.pages: dict[str, str] = {}

    # ---------------------------------------------------------------- helpers

    def _helpers(self, path: str) -> dict:
        here = posixpath.dirname(path) or "."
        v = self.v

        def rel(target: str) -> str:
            return posixpath.relpath(target, here)

        def sentence_url(doc_id: str, sentence: int) -> str:
            return rel(f"sources/{v.docs[doc_id].slug}.md") + "#" + sentence_anchor(sentence)

        def sentence_link(doc_id: str, sentence: int, label: str) -> Markup:
            return Markup(f"[{escape(label)}]({sentence_url(doc_id, sentence)})")

        def cite(doc_id: str, sentence: int, label: str | None = None) -> Markup:
            text = label if label is not None else f"{shorten(v.docs[doc_id].title, 36)} › s. {sentence + 1}"
            return Markup(f"{sentence_link(doc_id, sentence, text)}{{ .cite }}")

        def source_link(doc_id: str, label: str | None = None) -> Markup:
            doc = v.docs[doc_id]
            return Markup(f"[{escape(label or doc.title)}]({rel(f'sources/{doc.slug}.md')})")

        def actor_link(actor_id: str | None, fallback: str | None = None) -> Markup:
            actor = v.actors.get(actor_id) if actor_id else None
            if actor is None:
                return Markup(escape(fallback or "unattributed"))
            if not v.has_profile(actor) and actor.mentions:  # no page: the sentence naming it
                return sentence_link(actor.mentions[0].doc, actor.mentions[0].sentence, actor.name)
            return Markup(f"[{escape(actor.name)}]({rel(f'actors/{actor.id}.md')})")

        def edge_link(edge, label: str | None = None) -> Markup:
            return Markup(f"[{escape(label or 'compare')}]({rel(f'lineage/{v.edge_slug(edge)}.md')})")

        def page_link(target: str, label: str) -> Markup:
            return Markup(f"[{escape(label)}]({rel(target)})")

        def claim_link(claim, label: str = "›") -> Markup:
            """The claim's row on the claims index, or its first sentence when the index
            does not list it (a single-source claim of a large corpus)."""
            if v.on_claims_index(claim):
                return page_link(f"claims/index.md#{claim.id}", label)
            return sentence_link(claim.occurrences[0].doc, claim.occurrences[0].sentence, label)

        return {
            "rel": rel,
            "cite": cite,
            "source_link": source_link,
            "actor_link": actor_link,
            "edge_link": edge_link,
            "page_link": page_link,
            "claim_link": claim_link,
            "anchor": sentence_anchor,
        }

    def _render(self, path: str, template: str, **context) -> None:
        if path in self.pages:
            raise RuntimeError(f"two pages would be written to {path}")
        tpl = self.env.get_template(template)
        text = tpl.render(b=self.b, v=self.v, page=path, **self._helpers(path), **context)
        self.pages[path] = _tidy(text)

    # ---------------------------------------------------------------- pages

    def render_all(self) -> dict[str, str]:
        b, v = self.b, self.v
        self._render("index.md", "overview.md.j2")
        self._render("sources/index.md", "sources_index.md.j2")
        for doc in b.documents:
            self._render(f"sources/{doc.slug}.md", "source.md.j2", doc=doc, paragraphs=source_paragraphs(doc))
        self._render("actors/index.md", "actors_index.md.j2")
        for actor in b.actors:
            if v.has_profile(actor):
                self._render(f"actors/{actor.id}.md", "actor.md.j2", actor=actor)
        self._render("quotes/index.md", "quotes_index.md.j2")
        self._render("claims/index.md", "claims_index.md.j2")
        self._render("lineage/index.md", "lineage_index.md.j2")
        for edge in b.lineage:
            self._render(f"lineage/{v.edge_slug(edge)}.md", "comparison.md.j2", edge=edge)
        self._render("print.md", "print.md.j2")
        return self.pages


def source_paragraphs(doc) -> list[list]:
    """The document's sentences grouped by paragraph, in order."""
    paras: list[list] = []
    current = None
    for s in doc.sentences:
        if s.paragraph != current:
            paras.append([])
            current = s.paragraph
        paras[-1].append(s)
    return paras


def _tidy(text: str) -> str:
    """Collapse runs of blank lines that template control flow leaves behind."""
    lines, blank = [], 0
    for line in text.splitlines():
        if line.strip():
            blank = 0
            lines.append(line.rstrip())
        else:
            blank += 1
            if blank == 1:
                lines.append("")
    return "\n".join(lines).strip() + "\n"


def render(briefing: Briefing, *, template_dirs: list[Path] | None = None) -> dict[str, str]:
    """All generated pages of ``briefing``: ``{path relative to docs/: Markdown}``."""
    pages = Renderer(briefing, template_dirs=template_dirs).render_all()
    for name in ASSETS:
        pages[f"assets/briefing/{name}"] = (template_dir() / "assets" / name).read_text(encoding="utf-8")
    return pages


# -------------------------------------------------------------------- writing


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def read_manifest(docs_dir: Path) -> set[str]:
    """Paths (relative to ``docs_dir``) of the pages the last build generated."""
    return set(_read_manifest(docs_dir))


def _read_manifest(docs_dir: Path) -> dict[str, str | None]:
    """``{generated path: sha256 of what was written}`` (hash None in an old manifest)."""
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("generated"), list):
        return {}
    hashes = data.get("sha256") if isinstance(data.get("sha256"), dict) else {}
    return {p: hashes.get(p) if isinstance(hashes.get(p), str) else None
            for p in data["generated"] if isinstance(p, str) and not _unsafe(p)}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_generated(docs_dir: Path, rel_path: str, manifest: dict[str, str | None] | None = None) -> bool:
    """Whether ``docs_dir/rel_path`` is a page briefing wrote and nobody has edited since:
    listed in the manifest, and (when the manifest knows its hash) unchanged on disk.
    Only such files are ever overwritten or removed."""
    manifest = _read_manifest(docs_dir) if manifest is None else manifest
    if rel_path not in manifest or _unsafe(rel_path):
        return False
    target = docs_dir / rel_path
    if target.is_symlink() or not target.is_file():
        return not target.exists() and not target.is_symlink()
    expected = manifest[rel_path]
    try:
        return expected is None or _digest(target.read_bytes()) == expected
    except OSError:
        return False


def write_pages(pages: dict[str, str], docs_dir: Path) -> WriteResult:
    """Write generated pages into ``docs_dir``; never touch a file the manifest does not list.

    A page whose path holds a hand-written file (or a generated page edited by hand since
    it was written) is not written, and an issue says so. Pages generated last time but
    not now are removed unless edited. Each file is replaced atomically; the manifest
    records each page's hash.
    """
    result = WriteResult()
    previous = _read_manifest(docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    generated: dict[str, str] = {}
    for rel_path in sorted(pages):
        target = docs_dir / rel_path
        if _unsafe(rel_path) or not _inside(target, docs_dir):
            result.issues.append(Issue(rel_path, "refused to write outside docs/ (or over the manifest)"))
            continue
        exists = target.exists() or target.is_symlink()
        if exists and not is_generated(docs_dir, rel_path, previous):
            why = "was edited by hand since briefing wrote it" if rel_path in previous else \
                "exists and was not generated by briefing"
            result.issues.append(
                Issue(str(target), f"{why}; left as it is "
                      "(move it elsewhere to let the generated page take its place)")
            )
            if rel_path in previous:
                generated[rel_path] = previous[rel_path] or ""  # still ours to track, not to touch
            continue
        data = pages[rel_path].encode("utf-8")
        generated[rel_path] = _digest(data)
        if target.is_file() and target.read_bytes() == data:
            result.unchanged.append(rel_path)
            continue
        _atomic_write(target, pages[rel_path])
        result.written.append(rel_path)
    for rel_path in sorted(set(previous) - set(pages)):
        target = docs_dir / rel_path
        if not target.is_file():
            continue
        if not is_generated(docs_dir, rel_path, previous):  # edited: it is the user's page now
            result.issues.append(
                Issue(str(target), "is no longer generated but was edited by hand; left as it is "
                      "(delete it if you do not need it)")
            )
            continue
        target.unlink()
        result.removed.append(rel_path)
        _prune_empty_dirs(target.parent, docs_dir)
    listed = sorted(generated)
    _atomic_write(docs_dir / MANIFEST, json.dumps(
        {"generated": listed, "sha256": {p: generated[p] for p in listed if generated[p]}}, indent=1) + "\n")
    return result


def _unsafe(rel_path: str) -> bool:
    """A page path that could reach outside ``docs/`` or clobber the manifest."""
    if not rel_path or "\\" in rel_path or "\x00" in rel_path:
        return True
    parts = Path(rel_path).parts
    return Path(rel_path).is_absolute() or ".." in parts or rel_path == MANIFEST


def _inside(target: Path, docs_dir: Path) -> bool:
    """Whether ``target`` stays in ``docs_dir`` once symlinked folders are followed."""
    try:
        return target.parent.resolve().is_relative_to(docs_dir.resolve())
    except OSError:
        return False


def _atomic_write(target: Path, data: str) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune_empty_dirs(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
