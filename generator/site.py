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


def build_site(config_file: Path, site_dir: Path, *, strict: bool = False) -> list[str]:
    """Build the MkDocs site into ``site_dir`` atomically; returns MkDocs' warnings."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-", dir=site_dir.parent))
    warnings: list[str] = []
    handler = _Collect(warnings)
    mk_log = logging.getLogger("mkdocs")
    mk_log.addHandler(handler)
    try:
        cfg = load_config(str(config_file), site_dir=str(tmp), strict=strict)
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


def _swap(new: Path, target: Path) -> None:
    """Replace ``target`` by ``new`` with two renames; the old site lives until the last one."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]):
        super().__init__(level=logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if "Material for MkDocs" in msg or "end of life" in msg.lower():
            return
        self.sink.append(msg)
