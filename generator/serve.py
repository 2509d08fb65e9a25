"""Live preview: serve site/ on localhost and rebuild when a source file changes."""

from __future__ import annotations

import functools
import http.server
import logging
import threading

from pathlib import Path

log = logging.getLogger("briefing")


def snapshot(folder: Path) -> dict[str, float]:
    """Modification times of every file under ``folder`` (what a change is detected by)."""
    if folder.is_file():
        return {str(folder): folder.stat().st_mtime}
    out = {}
    for path in sorted(folder.rglob("*")):
        try:
            if path.is_file():
                out[str(path)] = path.stat().st_mtime
        except OSError:
            continue
    return out


def serve(settings, *, sources: Path, dev_addr: str = "127.0.0.1:8000", progress=None,
          poll: float = 1.0, stop: threading.Event | None = None) -> None:
    """Build, serve ``settings.site_dir`` on ``dev_addr``, rebuild on every source change."""
    from .pipeline import build, no_progress

    progress = progress or no_progress
    host, _, port = dev_addr.rpartition(":")
    build(settings, sources=sources, progress=progress)
    handler = functools.partial(_Quiet, directory=str(settings.site_dir))
    server = http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port)), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"Serving on http://{host or '127.0.0.1'}:{port}/ — rebuilds when {sources} changes; Ctrl+C stops.")
    stop = stop or threading.Event()
    seen = snapshot(sources)
    try:
        while not stop.wait(poll):
            now = snapshot(sources)
            if now != seen:
                seen = now
                print("Sources changed: rebuilding…")
                try:
                    build(settings, sources=sources, progress=progress)
                    print("Rebuilt.")
                except Exception as exc:  # keep serving the last good site
                    print(f"Rebuild failed: {exc}")
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        thread.join(timeout=5)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        log.debug(format, *args)


