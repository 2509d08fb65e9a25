"""MkDocs: the ``briefing`` plugin (typed settings in mkdocs.yml) and the site build.

The site is built into a temporary folder beside ``site/`` and swapped in whole, so a
build killed half-way leaves the previous site serving.

Rebuilds are incremental: when the previous site was built with the same settings (its
fingerprint file matches), its page files are copied into the new folder with their times
and MkDocs runs in its ``dirty`` mode, which renders only the pages whose Markdown is newer
than their HTML (render.write_pages rewrites a page only when its text changed). The search
index keeps the previous entries of the pages not re-rendered, in MkDocs' page order, so
the result is byte-identical to a full build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority

from .config import BriefingConfig
from .render import page_title

log = logging.getLogger("briefing")

SEARCH_INDEX = Path("search", "search_index.json")
"""Material's search index, relative to the site folder."""


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Declares the ``briefing`` settings; adds the briefing stylesheet and script to every page."""

    def on_config(self, config):
        for css in ("assets/briefing/briefing.css",):
            if css not in config.extra_css:
                config.extra_css.append(css)
        scripts = [str(s) for s in config.extra_javascript]
        if "assets/briefing/briefing.js" not in scripts:
            config.extra_javascript.append("assets/briefing/briefing.js")
        return config

    # Incremental builds: ``build_site`` sets ``previous_index`` (the old site's search
    # index) when MkDocs runs in dirty mode; pages it skips keep their old entries.
    previous_index: Path | None = None
    pages_built: int = 0
    pages_total: int = 0

    def on_files(self, files, config):
        self._order = [f.url for f in files.documentation_pages()]
        self._built: set[str] = set()
        return files

    @event_priority(-100)
    def on_page_context(self, context, page, config, nav):
        self._built.add(page.url)
        return context

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, config):
        self.pages_built, self.pages_total = len(self._built), len(self._order)
        index = Path(config.site_dir) / SEARCH_INDEX
        if self.previous_index is None or not index.is_file() or not self.previous_index.is_file():
            return
        merge_search_index(index, self.previous_index, self._order, self._built)


def merge_search_index(index: Path, previous: Path, order: list[str], built: set[str]) -> None:
    """Rewrite ``index`` with, for each page in ``order``, its new entries if it was
    rendered in this build, else its entries from ``previous``; serialised as Material does."""
    new, old = (json.loads(p.read_text(encoding="utf-8")) for p in (index, previous))
    entries: dict[str, list] = {url: [] for url in order}
    for source, keep in ((new, lambda url: url in built), (old, lambda url: url not in built)):
        for entry in source["docs"]:
            url = entry["location"].split("#", 1)[0]
            if url in entries and keep(url):
                entries[url].append(entry)
    new["docs"] = [entry for url in order for entry in entries[url]]
    data = json.dumps(new, separators=(",", ":"), default=str)
    index.write_bytes(data.encode("utf-8"))


class SiteError(RuntimeError):
    pass


FINGERPRINT = ".briefing-build.json"
"""File in the built site naming what its pages depend on besides their Markdown."""


def build_site(
    config_file: Path, site_dir: Path, *, strict: bool = False, site_name: str | None = None,
    incremental: bool = True,
) -> list[str]:
    """Build the MkDocs site into ``site_dir`` atomically; returns MkDocs' warnings.

    ``site_name`` overrides mkdocs.yml's (the briefing title shown in every page header).
    ``incremental`` reuses the pages of the previous site that are still up to date
    (see the module docstring); False renders every page.

    MkDocs writes into ``.<site>.building-<pid>-*`` beside ``site_dir``; only a finished
    build is swapped in. Folders left by a build that was killed are removed first, and a
    site left half-swapped by a kill is put back.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(site_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-{os.getpid()}-", dir=site_dir.parent))
    warnings: list[str] = []
    handler = _Collect(warnings)
    mk_log = logging.getLogger("mkdocs")
    mk_log.addHandler(handler)
    dirty_filter = _DropDirtyWarning()
    try:
        overrides = {"site_name": page_title(site_name)} if site_name else {}
        cfg = load_config(str(config_file), site_dir=str(tmp), strict=strict, **overrides)
        fingerprint = _fingerprint(config_file, cfg)
        dirty = incremental and _seed(tmp, site_dir, Path(cfg.docs_dir), fingerprint)
        plugin = cfg.plugins.get("briefing")
        if dirty and isinstance(plugin, BriefingPlugin):
            plugin.previous_index = site_dir / SEARCH_INDEX
        logging.getLogger("mkdocs.commands.build").addFilter(dirty_filter)
        build(cfg, dirty=dirty)
        (tmp / FINGERPRINT).write_text(fingerprint, encoding="utf-8")
        if isinstance(plugin, BriefingPlugin):
            log.info("site: %d of %d pages rendered%s", plugin.pages_built, plugin.pages_total,
                     " (incremental)" if dirty else "")
    except (Abort, ConfigurationError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        detail = "; ".join(warnings[:5]) or str(exc)
        raise SiteError(f"MkDocs build failed: {detail}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        mk_log.removeHandler(handler)
        logging.getLogger("mkdocs.commands.build").removeFilter(dirty_filter)
    _swap(tmp, site_dir)
    return warnings


def _fingerprint(config_file: Path, cfg) -> str:
    """What every page's HTML depends on besides its own Markdown: the settings (site
    name included), MkDocs, the theme and this package."""
    parts = {
        "config": hashlib.sha256(Path(config_file).read_bytes()).hexdigest(),
        "site_name": cfg.site_name,
        "versions": [version(p) for p in ("mkdocs", "mkdocs-material", "briefing-site")],
    }
    return json.dumps(parts, sort_keys=True)


def _seed(tmp: Path, site_dir: Path, docs_dir: Path, fingerprint: str) -> bool:
    """Copy the previous site's page files into ``tmp`` (times kept) when it was built
    with the same ``fingerprint``; True when MkDocs can then build in dirty mode."""
    stamp = site_dir / FINGERPRINT
    try:
        if stamp.read_text(encoding="utf-8") != fingerprint or not (site_dir / SEARCH_INDEX).is_file():
            return False
    except OSError:
        return False
    for md in docs_dir.rglob("*.md"):
        rel = md.relative_to(docs_dir).with_suffix(".html")
        old = site_dir / rel
        # only pages MkDocs will skip (its own test: HTML newer than Markdown); the others
        # it renders again, so copying them would be wasted
        if old.is_file() and old.stat().st_mtime > md.stat().st_mtime:
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(old, tmp / rel)
    return True


class _DropDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave stale navigation; ours cannot (the
    fingerprint covers the navigation), so the warning would only break ``--strict``."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def recover(site_dir: Path) -> list[Path]:
    """Clean up after a build that was killed: put back a site moved aside by an
    interrupted swap, and remove temporary folders of builds no longer running.

    Returns the folders removed.
    """
    removed: list[Path] = []
    parent, name = site_dir.parent, site_dir.name
    olds = sorted(parent.glob(f".{name}.old-*"))
    if not site_dir.exists() and olds:
        os.replace(olds[-1], site_dir)  # killed between the two renames
        olds = olds[:-1]
    for folder in [*olds, *parent.glob(f".{name}.building-*")]:
        if folder.is_dir() and not _owner_alive(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _owner_alive(folder: Path) -> bool:
    """Whether the process whose id is in ``folder``'s name (``...-<pid>-...``) still runs."""
    pid = next((int(p) for p in folder.name.rsplit(".", 1)[-1].split("-")[1:2] if p.isdigit()), None)
    if pid is None or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` in place of ``target``: one atomic exchange where the OS offers it
    (Linux ``renameat2``), else two renames; the old site serves until the swap."""
    if target.exists() and _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the old site
        return
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with Linux ``renameat2(RENAME_EXCHANGE)``; False if unsupported."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]):
        super().__init__(level=logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if "Material for MkDocs" in msg or "end of life" in msg.lower():
            return
        self.sink.append(msg)
