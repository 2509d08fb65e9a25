"""The lineage graph as an inline SVG: offline, deterministic, printable.

Parents sit above their children, one row per generation; each connected group of
documents is laid out on its own band. Nodes link to source pages, edge labels to
the comparison pages.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from markupsafe import Markup

from .text import attr, shorten

if TYPE_CHECKING:
    from .views import Views

NODE_W, NODE_H, GAP_X, GAP_Y, PAD = 230, 54, 40, 70, 16
MAX_COMPONENTS = 200


def lineage_svg(views: Views, *, base: str = "../") -> Markup:
    """SVG of every document that has a lineage edge, or '' when there are none."""
    edges = sorted(views.b.lineage, key=lambda e: (e.parent, e.child))
    if not edges:
        return Markup("")
    layout, height, width = _layout(edges)
    edges = [e for e in edges if e.child in layout and e.parent in layout]
    parts = [
        f'<svg class="lineage-graph" role="img" aria-label="Lineage graph" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor"/></marker></defs>',
    ]
    for e in edges:
        (cx, cy), (px, py) = layout[e.child], layout[e.parent]
        x1, y1 = cx + NODE_W / 2, cy
        x2, y2 = px + NODE_W / 2, py + NODE_H
        if cy == py:  # same row (cycle-free but same generation): side by side
            x1, y1, x2, y2 = cx, cy + NODE_H / 2, px + NODE_W, py + NODE_H / 2
        href = attr(f"{base}lineage/{views.edge_slug(e)}.html")
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        label = f"{e.relation} {e.child_coverage:.0%}"
        parts.append(
            f'<a class="lineage-edge" href="{href}"><title>{attr(_title(views, e.child))} is a {attr(e.relation)} '
            f'of {attr(_title(views, e.parent))}: open the comparison</title>'
            f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" marker-end="url(#arrow)"/>'
            f'<rect class="edge-label" x="{mx - 58:.0f}" y="{my - 11:.0f}" width="116" height="22" rx="11"/>'
            f'<text x="{mx:.0f}" y="{my + 4:.0f}" text-anchor="middle">{attr(label)}</text></a>'
        )
    for doc_id, (x, y) in sorted(layout.items()):
        doc = views.docs[doc_id]
        href = attr(f"{base}sources/{doc.slug}.html")
        meta = " · ".join(p for p in (doc.publisher, doc.published) if p) or doc.id
        parts.append(
            f'<a class="lineage-node" href="{href}"><title>{attr(doc.title)}</title>'
            f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="6"/>'
            f'<text x="{x + 10}" y="{y + 22}">{attr(shorten(doc.title, 34))}</text>'
            f'<text class="node-meta" x="{x + 10}" y="{y + 42}">{attr(shorten(meta, 38))}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _title(views: Views, doc_id: str) -> str:
    return shorten(views.docs[doc_id].title, 60)


def _layout(edges) -> tuple[dict[str, tuple[int, int]], int, int]:
    parents: dict[str, set[str]] = defaultdict(set)
    nodes: set[str] = set()
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        parents[e.child].add(e.parent)
        nodes |= {e.child, e.parent}
        adjacent[e.child].add(e.parent)
        adjacent[e.parent].add(e.child)

    depth: dict[str, int] = {}

    def level(n: str, seen: frozenset = frozenset()) -> int:
        if n in depth:
            return depth[n]
        ps = [p for p in parents.get(n, ()) if p not in seen]
        d = 0 if not ps else 1 + max(level(p, seen | {n}) for p in ps)
        depth[n] = d
        return d

    for n in sorted(nodes):
        level(n)

    # connected components, each laid out in its own band
    components, seen = [], set()
    for n in sorted(nodes):
        if n in seen:
            continue
        stack, comp = [n], []
        seen.add(n)
        while stack:
            cur = stack.pop()
            comp.append(cur)
            for m in sorted(adjacent[cur]):
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        components.append(sorted(comp))
    layout: dict[str, tuple[int, int]] = {}
    y0, width = PAD, 0
    for comp in components[:MAX_COMPONENTS]:
        rows: dict[int, list[str]] = defaultdict(list)
        for n in comp:
            rows[depth[n]].append(n)
        for d in sorted(rows):
            for i, n in enumerate(sorted(rows[d])):
                layout[n] = (PAD + i * (NODE_W + GAP_X), y0 + d * (NODE_H + GAP_Y))
            width = max(width, PAD * 2 + len(rows[d]) * (NODE_W + GAP_X) - GAP_X)
        y0 += (max(rows) + 1) * (NODE_H + GAP_Y)
    height = y0 - GAP_Y + PAD * 2
    return layout, height, width
