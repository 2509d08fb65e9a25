"""The ``briefing`` command: parses flags and calls the library, nothing more."""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__

log = logging.getLogger("briefing")


@contextmanager
def _progress(label: str, total: int):
    """A progress bar on stderr for stages that can take more than a few seconds."""
    if total < 2 or not sys.stderr.isatty():
        log.info("%s (%d)", label, total)
        yield lambda n=1: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar.update


def _settings(config: str, **overrides):
    from .config import ConfigError, load_settings

    try:
        settings = load_settings(Path(config))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    return settings.with_(**overrides)


def _sources(sources: str | None, settings) -> Path:
    path = Path(sources).resolve() if sources else settings.sources
    if not path.exists():
        raise click.ClickException(f"{path}: no such folder; pass the folder that holds your articles")
    return path


def _report(result, strict: bool) -> None:
    for issue in result.issues:
        click.echo(f"warning: {issue}", err=True)
    for warning in result.site_warnings:
        click.echo(f"warning: mkdocs: {warning}", err=True)
    if strict and (result.issues or result.site_warnings):
        raise click.ClickException(
            f"{len(result.issues) + len(result.site_warnings)} warning(s) and --strict is set"
        )


_config_option = click.option(
    "-f", "--config", "config", default="mkdocs.yml", show_default=True,
    help="The project's mkdocs.yml (holds the briefing settings).",
)
def _output_option(default: str, help_text: str):
    return click.option("-o", "--output", default=default, show_default=True,
                        type=click.Path(dir_okay=False), help=help_text)


_no_cache_option = click.option("--no-cache", is_flag=True,
                                help="Re-analyse every source and render every page, ignoring the caches.")
_title_option = click.option("--title", default=None,
                             help="Briefing title (default: the configured one for the configured sources, "
                                  "else made from the actors most sources name).")
_jobs_option = click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
                            help="Processes for spaCy parsing (default: cores - 1).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("-v", "--verbose", is_flag=True, help="Show each stage as it runs.")
def main(verbose: bool) -> None:
    """Turn a folder of news articles into a searchable, printable briefing site.

    \b
    Example:
        briefing build ../my-articles
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s")


@main.command()
@click.argument("sources", required=False, type=click.Path(file_okay=True))
@_config_option
@_jobs_option
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any warning: bad input file or broken link.")
@_no_cache_option
@_title_option
def build(sources, config, jobs, strict, no_cache, title):
    """Build the briefing: pages into docs/, briefing.json, and the site into site/.

    SOURCES defaults to the project's sources/ folder.

    \b
    Example:
        briefing build                      # the sample corpus in sources/
        briefing build ../articles --strict
    """
    from .pipeline import build as run_build
    from .site import SiteError

    settings = _settings(config, jobs=jobs, strict=strict)
    try:
        result = run_build(settings, sources=_sources(sources, settings), no_cache=no_cache, progress=_progress,
                           title=title)
    except SiteError as exc:
        raise click.ClickException(str(exc)) from exc
    _report(result, strict)
    b = result.briefing
    click.echo(
        f"Built {settings.site_dir}: {len(b.documents)} sources, {len(b.actors)} actors, "
        f"{len(b.quotes)} quotes, {len(b.claims)} claims, {len(b.lineage)} lineage links."
    )


@main.command()
@click.argument("sources", type=click.Path(exists=True))
@_output_option("briefing.json", "Where to write the JSON export.")
@_config_option
@_jobs_option
@_no_cache_option
def export(sources, output, config, jobs, no_cache):
    """Write briefing.json for SOURCES without building the site.

    \b
    Example:
        briefing export ../articles -o briefing.json
    """
    from .pipeline import build as run_build

    settings = _settings(config, jobs=jobs) if Path(config).exists() else _default_settings(jobs)
    result = run_build(settings, sources=Path(sources).resolve(), export_only=Path(output), no_cache=no_cache,
                       progress=_progress)
    for issue in result.issues:
        click.echo(f"warning: {issue}", err=True)
    click.echo(f"Wrote {output}: {len(result.briefing.documents)} sources.")


def _default_settings(jobs):
    from .config import Settings

    here = Path.cwd()
    return Settings(project=here, config_file=here / "mkdocs.yml", cache=None).with_(jobs=jobs)


@main.command()
@click.argument("sources", required=False, type=click.Path(file_okay=True))
@_config_option
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve(sources, config, dev_addr):
    """Live preview: build, serve on localhost, and rebuild when a source changes.

    \b
    Example:
        briefing serve --dev-addr 127.0.0.1:8001
    """
    from .serve import serve as run_serve

    settings = _settings(config)
    run_serve(settings, sources=_sources(sources, settings), dev_addr=dev_addr, progress=_progress)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--title", default="Briefing", show_default=True, help="Title of the new briefing.")
def new(directory, title):
    """Create a briefing project in DIRECTORY: mkdocs.yml, sources/, docs/, README.

    \b
    Example:
        briefing new my-briefing --title "Port strike 2026"
    """
    from .scaffold import ScaffoldError, scaffold

    try:
        created = scaffold(Path(directory), title=title)
    except ScaffoldError as exc:
        raise click.ClickException(str(exc)) from exc
    for path in created:
        click.echo(f"created {path}")
    click.echo(f"Next: put articles in {Path(directory) / 'sources'} and run `briefing build` there.")


@main.command()
@_config_option
def clean(config):
    """Remove generated pages, the built site and the analysis cache (never your own files).

    \b
    Example:
        briefing clean
    """
    from .scaffold import clean as run_clean

    settings = _settings(config)
    for path in run_clean(settings):
        click.echo(f"removed {path}")


@main.command()
@click.argument("sources", required=False, type=click.Path(file_okay=True))
@_output_option("briefing.pdf", "Where to write the PDF.")
@_config_option
@_jobs_option
@_title_option
def pdf(sources, output, config, jobs, title):
    """Build the briefing and print the whole book to a PDF with headless Chromium.

    \b
    Example:
        briefing pdf ../articles -o briefing.pdf
    """
    from .pipeline import build as run_build
    from .printing import PrintError, find_chromium, print_pdf

    settings = _settings(config, jobs=jobs)
    try:
        find_chromium()  # fail before a long build when there is nothing to print with
    except PrintError as exc:
        raise click.ClickException(str(exc)) from exc
    result = run_build(settings, sources=_sources(sources, settings), progress=_progress, title=title)
    _report(result, False)
    try:
        pages = print_pdf(settings.site_dir / "print.html", Path(output))
    except PrintError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Wrote {output} ({pages} pages).")


if __name__ == "__main__":  # pragma: no cover
    main()
