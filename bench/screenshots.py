"""Screenshots of a built site for the README: overview, an actor profile, a comparison.

Serves SITE over http on 127.0.0.1 (a free port), opens each page in headless Debian
Chromium through Playwright at 1280x900 and saves the viewport as PNG. The actor is the
one with the most mentions (preferring one with stated roles); the comparison is the
side-by-side table of the first lineage link (briefing.json
beside SITE tells both). Nothing is fetched from outside 127.0.0.1.

    python bench/screenshots.py site -o docs/screenshots
"""

from __future__ import annotations

import argparse
import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

VIEWPORT = {"width": 1280, "height": 900}
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 from a thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def pages(site: Path) -> dict[str, str]:
    """``{png name: page path}`` for the screenshots, chosen from briefing.json."""
    data_file = site.parent / "briefing.json"
    data = json.loads(data_file.read_text(encoding="utf-8")) if data_file.is_file() else {}
    out = {"overview.png": "index.html"}
    actors = data.get("actors") or []
    if actors:
        top = max(actors, key=lambda a: (len(a.get("descriptions", [])) > 0, len(a["mentions"])))
        out["actor.png"] = f"actors/{top['id']}.html"
    slugs = {d["id"]: d["slug"] for d in data.get("documents", [])}
    for edge in data.get("lineage") or []:
        # The side-by-side table is what a comparison page shows that no other page does.
        out["comparison.png"] = f"lineage/{slugs[edge['child']]}--{slugs[edge['parent']]}.html#side-by-side"
        break
    return out


def take(site: Path, out_dir: Path, *, browser=None) -> list[Path]:
    """Write the screenshots of ``site`` into ``out_dir``; returns the files written."""
    site, out_dir = Path(site).resolve(), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    targets = pages(site)
    for rel in targets.values():
        if not (site / rel.split("#")[0]).is_file():
            raise SystemExit(f"{site / rel}: not built; run `briefing build` first")
    written = []
    with serve(site) as base, _browser(browser) as b:
        context = b.new_context(viewport=VIEWPORT, device_scale_factor=1, service_workers="block")
        page = context.new_page()
        for name, rel in targets.items():
            path_part, _, anchor = rel.partition("#")
            page.goto(base + path_part, wait_until="load")
            page.evaluate("document.fonts.ready")
            if anchor:  # scroll the section to just below the header, without :target styles
                page.evaluate(
                    "id => { const e = document.getElementById(id); const h = document.querySelector('.md-header');"
                    " if (e) window.scrollTo(0, e.getBoundingClientRect().top + scrollY - (h ? h.offsetHeight : 0) - 16); }",
                    anchor,
                )
                page.wait_for_timeout(200)
            path = out_dir / name
            page.screenshot(path=str(path))
            written.append(path)
        context.close()
    return written


@contextmanager
def _browser(browser):
    if browser is not None:
        yield browser
        return
    from playwright.sync_api import sync_playwright

    from generator.printing import find_chromium

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=find_chromium(), args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"), help="the built site folder")
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    for path in take(args.site, args.output):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
