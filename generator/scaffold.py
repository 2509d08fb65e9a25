"""`briefing new` (a project skeleton) and `briefing clean` (generated files only)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .render import MANIFEST, is_generated, read_manifest, template_dir


class ScaffoldError(RuntimeError):
    pass


def scaffold(directory: Path, *, title: str = "Briefing") -> list[Path]:
    """Create mkdocs.yml, sources/, docs/ and README.md in ``directory``; never overwrite."""
    files = {
        "mkdocs.yml": (template_dir() / "scaffold" / "mkdocs.yml").read_text(encoding="utf-8"),
        "README.md": (template_dir() / "scaffold" / "README.md").read_text(encoding="utf-8"),
        "sources/example.md": (template_dir() / "scaffold" / "example.md").read_text(encoding="utf-8"),
        ".gitignore": "site/\n.briefing-cache/\nbriefing.json\n",
    }
    existing = [name for name in files if (directory / name).exists()]
    if existing:
        raise ScaffoldError(f"{directory / existing[0]} already exists; choose an empty folder")
    safe_title = title.replace('"', "'")
    created = []
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("{{TITLE}}", safe_title), encoding="utf-8")
        created.append(path)
    (directory / "docs").mkdir(exist_ok=True)
    return created


def copy_project(root: Path, dest: Path) -> Path:
    """Copy a project's mkdocs.yml and hand-written docs (not generated pages) into ``dest``.

    Returns the new mkdocs.yml: a throwaway project to build another folder of sources into
    (tests and benchmarks use it so they never write into the project's own docs/).
    """
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "mkdocs.yml", dest / "mkdocs.yml")
    docs = root / "docs"
    generated = read_manifest(docs)
    for path in sorted(docs.rglob("*")):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and rel not in generated and not rel.startswith("."):
            target = dest / "docs" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return dest / "mkdocs.yml"


def clean(settings) -> list[Path]:
    """Remove generated pages (listed in the manifest), site/ and the cache; nothing else."""
    removed: list[Path] = []
    docs = settings.docs_dir
    for rel in sorted(read_manifest(docs)):
        path = docs / rel
        if path.is_file() and is_generated(docs, rel):
            path.unlink()
            removed.append(path)
    manifest = docs / MANIFEST
    if manifest.exists():
        manifest.unlink()
        removed.append(manifest)
    for folder in sorted({p.parent for p in removed}, key=lambda p: -len(p.parts)):
        while folder != docs and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    if settings.site_dir.is_dir():
        shutil.rmtree(settings.site_dir)
        removed.append(settings.site_dir)
    if settings.cache and settings.cache.exists():
        settings.cache.unlink()
        removed.append(settings.cache)
    return removed
