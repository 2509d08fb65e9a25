"""MkDocs: the ``briefing`` plugin (typed settings in mkdocs.yml) and the site build.

The site is built into a temporary folder beside ``site/`` and swapped in whole, so a
build killed half-way leaves the previous site serving.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.plugins import BasePlugin

from .config import BriefingConfig
from .render import page_title


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


class SiteError(RuntimeError):
    pass


def build_site(
    config_file: Path, site_dir: Path, *, strict: bool = False, site_name: str | None = None
) -> list[str]:
    """Build the MkDocs site into ``site_dir`` atomically; returns MkDocs' warnings.

    ``site_name`` overrides mkdocs.yml's (the briefing title shown in every page header).

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
    try:
        overrides = {"site_name": page_title(site_name)} if site_name else {}
        cfg = load_config(str(config_file), site_dir=str(tmp), strict=strict, **overrides)
        build(cfg)
    except (Abort, ConfigurationError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        detail = "; ".join(warnings[:5]) or str(exc)
        raise SiteError(f"MkDocs build failed: {detail}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        mk_log.removeHandler(handler)
    _swap(tmp, site_dir)
    return warnings


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
