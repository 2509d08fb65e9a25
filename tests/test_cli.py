"""The CLI as a user runs it: every command documented, scaffolding, export, clean, serve."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request

from click.testing import CliRunner

from conftest import ROOT, make_project
from generator.cli import main

ARTICLE = (
    "Ferry service resumes after storm\n\nBy Kari Nord\n\nIsland Post, March 9, 2026\n\n"
    "The ferry between Lysmark and the island of Hallo resumed on Monday after a storm closed the "
    "route for two days, the operator Fjordline said. \u201cWe are back on the normal timetable,\u201d "
    "said Fjordline spokesperson Eva Lind.\n"
)


def test_every_command_has_an_example_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert "Example" in (command.help or ""), name
        assert f"briefing {name}" in readme, f"README does not show `briefing {name}`"


def test_new_scaffolds_a_project_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "brief"
    result = CliRunner().invoke(main, ["new", str(target), "--title", "Ferry strike"])
    assert result.exit_code == 0, result.output
    assert 'site_name: "Ferry strike"' in (target / "mkdocs.yml").read_text(encoding="utf-8")
    assert (target / "sources" / "example.md").is_file()
    again = CliRunner().invoke(main, ["new", str(target)])
    assert again.exit_code == 1
    assert "already exists; choose an empty folder" in again.output


def test_scaffolded_project_builds_strict(tmp_path):
    target = tmp_path / "brief"
    assert CliRunner().invoke(main, ["new", str(target)]).exit_code == 0
    (target / "sources" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-f", str(target / "mkdocs.yml"), "--strict"])
    assert result.exit_code == 0, result.output
    page = (target / "site" / "sources" / "ferry.html").read_text(encoding="utf-8")
    assert "Ferry service resumes after storm" in page and "Kari Nord" in page


def test_export_writes_json_without_a_site(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["export", str(src), "-o", str(out), "-f", str(tmp_path / "none.yml")])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"][0]["title"] == "Ferry service resumes after storm"
    assert data["documents"][0]["published"] == "2026-03-09"
    assert not (tmp_path / "site").exists()


def test_clean_removes_generated_files_only(tmp_path):
    config = make_project(tmp_path / "p")
    src = tmp_path / "src"
    src.mkdir()
    (src / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(src), "-f", str(config)]).exit_code == 0
    docs = tmp_path / "p" / "docs"
    assert (docs / "sources" / "ferry.md").is_file()
    result = CliRunner().invoke(main, ["clean", "-f", str(config)])
    assert result.exit_code == 0, result.output
    assert not (docs / "sources").exists() and not (tmp_path / "p" / "site").exists()
    assert (docs / "about.md").is_file() and (src / "ferry.txt").is_file()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def _wait(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_serve_rebuilds_when_a_source_changes(tmp_path):
    from generator.config import load_settings
    from generator.serve import serve

    config = make_project(tmp_path / "p")
    src = tmp_path / "src"
    src.mkdir()
    (src / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    settings = load_settings(config).with_(jobs=1)
    port, stop = _free_port(), threading.Event()
    thread = threading.Thread(
        target=serve, args=(settings,), kwargs={"sources": src, "dev_addr": f"127.0.0.1:{port}", "poll": 0.2,
                                                 "stop": stop}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/sources/ferry.html"
    try:
        assert _wait(lambda: "Ferry service resumes" in (_get(url) or ""), 120)
        (src / "ferry.txt").write_text(ARTICLE.replace("Ferry service resumes", "Ferry route reopens"),
                                       encoding="utf-8")
        assert _wait(lambda: "Ferry route reopens" in (_get(url) or ""), 120)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
