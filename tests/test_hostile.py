"""Sources from the open web, end to end: broken files warn and the build goes on,
hostile text stays inert, nothing outside the generated sections is written, and a
build killed half-way leaves the previous site serving.

The corpus is generated in a temporary project (``test_bad_input.write_corpus`` plus the
hostile files below); the unreadable file is simulated by patching ``Path.read_bytes``
(tests run as root, where ``chmod 000`` does not stop a read).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, make_project
from test_bad_input import BRIDGE, COUNCIL, DUPLICATE, GOOD, SKIPPED, WARNED, deny_reading, write_corpus

from generator.cli import main
from generator.ingest import show_path

# ----------------------------------------------------------------------------- hostile sources
# Every attack carries a marker "xss-N" so the checks can tell source text from the theme's own.

HOSTILE_LINES = [
    'The council said on Monday that <script>alert("xss-1")</script> would not appear on any page.',
    "An image <img src=x onerror=alert('xss-2')> was found in the report, the inspectors said on Monday.",
    "Readers were told to click <a href=\"javascript:alert('xss-3')\">this link</a> for details of the repairs.",
    "The template {{ config.site_name }} and {% include 'xss-4.txt' %} and {{ 7*7 }} appeared in the text, officials said.",
    "A macro {{ macros.xss_5() }} and a comment {# xss-5 #} and {%- raw -%} stayed in the article, the editor said.",
    "**Bold xss-6** and __strong__ and `code xss-6` and # not a heading and a | pipe | stayed plain, the clerk said.",
    "<iframe src=\"javascript:alert('xss-7')\"></iframe> and <svg onload=alert('xss-7')> were printed too, staff said.",
    "The attribute list {: onclick=\"alert('xss-8')\" } followed the sentence, and so did {: #xss-8 .evil }.",
    "<div onmouseover=\"alert('xss-9')\">Hover here</div> said the spokesman for the regional roads agency.",
    "An entity &lt;script&gt;xss-10&lt;/script&gt; and &#60;b&#62; and &amp; were in the press release too.",
    "The text <style>body{display:none}</style> <form action=\"javascript:alert('xss-11')\"><button>go</button></form> ended here.",
    "A link <javascript:alert('xss-12')> and [[wiki xss-12]] and ![img](x.png){: onerror=alert(1) } closed the report.",
]
HOSTILE_TXT = "Hostile markup in a news article about the Varnholm bridge\n\n" + "\n\n".join(HOSTILE_LINES) + "\n"

HOSTILE_TITLE = '</title><script>alert("xss-t")</script>'
HOSTILE_MD = f"""---
title: '{HOSTILE_TITLE}'
authors: ['<img src=x onerror=alert("xss-a")>']
publisher: '{{{{ 7*7 }}}} <b onclick="alert(1)">xss-p</b>'
url: 'javascript:alert("xss-u")'
original_source: '<a href="javascript:alert(1)">xss-o</a>'
published: 2026-04-05
---
The regional roads agency said on Sunday that the Varnholm bridge would reopen to cyclists before cars, because the repaired deck could carry light loads first.

Officials said the reopening date would be announced once the last girder had been tested by the inspectors.
"""

HOSTILE_NAME = "<svg onload=alert('xss-n')>.txt"
#: A rewrite of the hostile article, so lineage comparisons and word diffs carry hostile text too.
HOSTILE_REWRITE = (HOSTILE_TXT.replace("on Monday", "on Tuesday").replace("the inspectors said", "inspectors said")
                   .replace("appeared in the text", "were found in the text"))
HOSTILE_FILES = {
    "hostile.txt": HOSTILE_TXT,
    "hostile-rewrite.txt": HOSTILE_REWRITE,
    "hostile-title.md": HOSTILE_MD,
    HOSTILE_NAME: BRIDGE.replace("Thursday", "Wednesday").replace("twelve", "eleven"),
}
SAFE_URL = re.compile(r"[a-z0-9./#-]+")
MARKERS = [f"xss-{n}" for n in range(1, 13)] + ["xss-t", "xss-a", "xss-p", "xss-u", "xss-o", "xss-n"]


class _Page(HTMLParser):
    """Scripts, attributes and decoded text of one built page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[str, str]] = []  # (src, text)
        self.attrs: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in.append(tag)
        for name, value in attrs:
            self.attrs.append((tag, name, value or ""))
        if tag == "script":
            self.scripts.append((dict(attrs).get("src") or "", ""))

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if self._in and self._in[-1] == "script" and self.scripts:
            src, text = self.scripts[-1]
            self.scripts[-1] = (src, text + data)
        elif self._in and self._in[-1] == "title":
            self.title += data
        else:
            self.text.append(data)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def visible(page: _Page) -> str:
    return " ".join(" ".join(page.text).split())


def _digest_tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


# ----------------------------------------------------------------------------- the build


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The broken + hostile corpus built through the CLI (not strict) in a temp project."""
    project = tmp_path_factory.mktemp("hostile-project")
    config = make_project(project)
    src = write_corpus(project / "incoming", extra=HOSTILE_FILES)
    hand_written = _digest_tree(project / "docs")
    sources = {p: h for p, h in _digest_tree(src).items() if not p.startswith(("huge", "pipe"))}
    with deny_reading():
        result = CliRunner().invoke(main, ["build", str(src), "-f", str(config), "--no-cache"])
    assert result.exit_code == 0, result.output
    return project, src, result, hand_written, sources


def test_each_bad_file_gets_one_warning_line(hostile):
    project, src, result, _, _ = hostile
    lines = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    expected = {f"warning: {show_path(src / name)}: {message}" for name, _, message in SKIPPED + WARNED}
    expected.add(f"warning: {DUPLICATE[0]}: same bytes as {DUPLICATE[1]}; kept, shown as a copy in the lineage")
    source_warnings = {line for line in lines if not line.startswith("warning: mkdocs: ")}
    assert source_warnings == expected
    assert len(lines) == len(set(lines)), "each warning is printed once"
    # the file name with a newline in it still gives one line
    assert f"warning: {src}/line\\nbreak.txt: file is empty" in result.output


def test_good_files_produce_their_pages(hostile):
    project, src, _, _, _ = hostile
    data = json.loads((project / "briefing.json").read_text(encoding="utf-8"))
    docs = {d["path"]: d for d in data["documents"]}
    expected = {*GOOD, DUPLICATE[0], *(name for name, _, _ in WARNED), *HOSTILE_FILES}
    assert set(docs) == expected
    for path, doc in docs.items():
        page = project / "site" / "sources" / f"{doc['slug']}.html"
        assert page.is_file(), path
        text = visible(parse(page))
        first = doc["sentences"][0]["text"]
        assert " ".join(first.split()) in text, path
    # colliding names and the duplicate each have their own page
    slugs = {path: docs[path]["slug"] for path in docs}
    assert slugs["Port Strike.txt"] != slugs["port-strike.txt"]
    assert slugs[DUPLICATE[0]] != slugs[DUPLICATE[1]]
    assert (project / "site" / "sources" / "index.html").is_file()
    index = visible(parse(project / "site" / "sources" / "index.html"))
    assert "Inspectors publish the full bridge report" in index  # the source named index.txt


def test_hostile_text_shows_literally(hostile):
    project, _, _, _, _ = hostile
    data = json.loads((project / "briefing.json").read_text(encoding="utf-8"))
    slug = {d["path"]: d["slug"] for d in data["documents"]}
    page = parse(project / "site" / "sources" / f"{slug['hostile.txt']}.html")
    text = visible(page)
    for line in HOSTILE_LINES:
        shown = line.replace("**Bold xss-6**", "Bold xss-6").replace("__strong__", "strong")  # emphasis is dropped
        shown = shown.replace("![img](x.png)", "")  # as are images
        assert " ".join(shown.split()) in text, line
    titled = parse(project / "site" / "sources" / f"{slug['hostile-title.md']}.html")
    shown_title = HOSTILE_TITLE.replace("<", "‹").replace(">", "›")
    assert shown_title in titled.title  # the <title> element holds text only
    assert shown_title in visible(titled)  # the header and the h1
    assert 'javascript:alert("xss-u")' in visible(titled)  # the URL is shown, not linked
    assert '<img src=x onerror=alert("xss-a")>' in visible(titled)
    named = parse(project / "site" / "sources" / f"{slug[HOSTILE_NAME]}.html")
    assert HOSTILE_NAME in visible(named)


def test_no_executable_markup_from_sources(hostile):
    project, _, _, _, _ = hostile
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        page = parse(path)
        for src, text in page.scripts:
            assert not any(m in src or m in text for m in MARKERS), (path, src, text[:200])
            assert "alert(" not in text, path
        for tag, name, value in page.attrs:
            assert not name.startswith("on"), (path, tag, name, value)
            if name in ("href", "src", "action", "formaction", "xlink:href", "data"):
                assert not "".join(value.split()).lower().startswith(("javascript:", "data:text")), (path, tag, value)
            if any(m in value for m in MARKERS):  # source text in an attribute: only as text or a slug
                assert name in ("title", "alt", "aria-label", "value") or (
                    name in ("href", "id") and SAFE_URL.fullmatch(value)), (path, tag, name, value)
        assert not {"iframe", "object", "embed", "frame"} & set(page.tags), path
    # the search index holds the source text escaped
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    for entry in index["docs"]:
        for field in ("title", "text"):
            value = entry.get(field) or ""
            for bad in ("<script", "<img", "<iframe", "<svg", "<div on", "<form", "<style"):
                assert bad not in value, (entry["location"], field, value[:200])


def test_nothing_outside_the_generated_sections_is_touched(hostile):
    project, src, _, hand_written, sources = hostile
    after = _digest_tree(project / "docs")
    manifest = json.loads((project / "docs" / ".briefing-manifest.json").read_text(encoding="utf-8"))
    generated = set(manifest["generated"])
    for path, digest in hand_written.items():
        assert after.get(path) == digest, f"hand-written {path} changed"
    assert set(after) - set(hand_written) - {".briefing-manifest.json"} == generated
    assert not generated & set(hand_written)
    # the sources are untouched
    now = {p: h for p, h in _digest_tree(src).items() if p in sources}
    assert now == sources
    # the project holds only what a build writes
    top = {p.name for p in project.iterdir()}
    assert top <= {"mkdocs.yml", "docs", "site", "incoming", "briefing.json", ".briefing-cache"}, top


@pytest.fixture(scope="module")
def small_project(tmp_path_factory):
    """Two good and two bad sources built by the real command in a subprocess with --strict.

    Returns (project, sources, completed process, digests of the built site).
    """
    project = tmp_path_factory.mktemp("small-project")
    config = make_project(project)
    src = project / "incoming"
    src.mkdir()
    (src / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "notes.docx").write_bytes(b"PK\x03\x04")
    proc = _run_cli(["build", str(src), "-f", str(config), "--strict", "--no-cache"], cwd=project)
    # warnings about input files fail a strict build, but the site is built first
    assert (project / "site" / "sources" / "bridge.html").is_file(), proc.stderr
    return project, src, proc, _digest_tree(project / "site")


def test_strict_exits_1_and_prints_each_warning_on_one_line(small_project):
    """The real command: one ``warning: <path>: <message>`` line per bad file, exit 1 with --strict."""
    _, src, proc, _ = small_project
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    warnings = [line for line in lines if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {src / 'empty.txt'}: file is empty; skipped (add the article text or remove the file)",
        f"warning: {src / 'notes.docx'}: unsupported file type '.docx'; skipped (save articles as .txt, .md or .html)",
    ]
    # pipeline.py also logs each issue once more without the prefix (reported to the lead)
    assert all(line.startswith(("warning: ", str(src))) for line in lines if "empty.txt" in line or "notes.docx" in line)
    assert "Error: 2 warning(s) and --strict is set" in lines


def _run_cli(args: list[str], *, cwd: Path, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, **kwargs)


# ----------------------------------------------------------------------------- killed build


def _serve(folder: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


def _get(server, path: str) -> bytes:
    host, port = server.server_address[:2]
    with urllib.request.urlopen(f"http://{host}:{port}/{path}", timeout=10) as response:
        assert response.status == 200
        return response.read()


def test_killed_build_leaves_the_old_site_serving(small_project):
    project, src, _, old = small_project
    site = project / "site"
    config = project / "mkdocs.yml"
    assert _digest_tree(site) == old and "sources/bridge.html" in old
    old_index = (site / "index.html").read_bytes()

    # a second build with another source, killed once MkDocs has started writing
    (src / "council.md").write_text(COUNCIL, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", str(src), "-f", str(config)],
                            cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    building = None
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            temps = list(project.glob(".site.building-*"))
            if temps and any(p.is_file() for p in temps[0].rglob("*")):
                os.killpg(proc.pid, signal.SIGKILL)
                building = temps[0]
                break
            time.sleep(0.005)
    finally:
        if proc.poll() is None and building is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert building is not None, "the build finished before MkDocs was seen writing"
    assert proc.returncode == -signal.SIGKILL
    assert building.is_dir()  # the half-written site is left aside...
    assert _digest_tree(site) == old  # ...and the old one is complete and unchanged
    assert not (site / "sources" / "council.html").exists()

    server = _serve(site)
    try:
        assert _get(server, "index.html") == old_index
        assert b"Varnholm bridge closed" in _get(server, "sources/bridge.html")
    finally:
        server.shutdown()
        server.server_close()

    # the next build completes and clears the folder the killed one left
    (src / "empty.txt").unlink()
    (src / "notes.docx").unlink()
    again = CliRunner().invoke(main, ["build", str(src), "-f", str(config)])
    assert again.exit_code == 0, again.output
    assert (site / "sources" / "council.html").is_file()
    assert not list(project.glob(".site.building-*")) and not list(project.glob(".site.old-*"))


# ----------------------------------------------------------------------------- nothing lost (units)


def test_write_pages_never_overwrites_or_deletes_a_hand_written_page(tmp_path):
    from generator.render import MANIFEST, read_manifest, write_pages

    docs = tmp_path / "docs"
    (docs / "sources").mkdir(parents=True)
    (docs / "about.md").write_text("# Mine\n", encoding="utf-8")
    (docs / "sources" / "bridge.md").write_text("my notes\n", encoding="utf-8")  # hand-written, same path
    result = write_pages({"index.md": "# Overview\n", "sources/bridge.md": "# Generated\n",
                          "sources/ferry.md": "# Ferry\n"}, docs)
    assert (docs / "sources" / "bridge.md").read_text(encoding="utf-8") == "my notes\n"
    assert (docs / "about.md").read_text(encoding="utf-8") == "# Mine\n"
    assert [i.message.split(";")[0] for i in result.issues] == ["exists and was not generated by briefing"]
    assert read_manifest(docs) == {"index.md", "sources/ferry.md"}

    # a generated page edited by hand is neither overwritten nor, once no longer generated, removed
    (docs / "sources" / "ferry.md").write_text("# Ferry, with my edits\n", encoding="utf-8")
    result = write_pages({"index.md": "# Overview v2\n", "sources/ferry.md": "# Ferry v2\n"}, docs)
    assert (docs / "sources" / "ferry.md").read_text(encoding="utf-8") == "# Ferry, with my edits\n"
    assert any(i.message.startswith("was edited by hand since briefing wrote it") for i in result.issues)
    assert (docs / "index.md").read_text(encoding="utf-8") == "# Overview v2\n"
    result = write_pages({"index.md": "# Overview v3\n"}, docs)
    assert (docs / "sources" / "ferry.md").is_file()
    assert any(i.message.startswith("is no longer generated but was edited by hand") for i in result.issues)

    # an unedited generated page that is no longer generated is removed, with its empty folder
    write_pages({"index.md": "# Overview\n", "lineage/a-b.md": "# A and B\n"}, docs)
    result = write_pages({"index.md": "# Overview\n"}, docs)
    assert result.removed == ["lineage/a-b.md"] and not (docs / "lineage").exists()
    # the edited page is the user's now: no longer listed, so never touched again
    assert json.loads((docs / MANIFEST).read_text(encoding="utf-8"))["generated"] == ["index.md"]


def test_write_pages_refuses_paths_outside_docs(tmp_path):
    from generator.render import MANIFEST, write_pages

    docs = tmp_path / "docs"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    docs.mkdir()
    (docs / "linked").symlink_to(outside, target_is_directory=True)
    pages = {"../escape.md": "x", "/tmp/abs.md": "x", MANIFEST: "{}", "linked/page.md": "x", "ok.md": "# ok\n"}
    result = write_pages(pages, docs)
    assert result.written == ["ok.md"]
    assert len(result.issues) == 4
    assert not (tmp_path / "escape.md").exists() and not list(outside.iterdir())
    # a manifest edited to list files outside docs/ (or with no hashes) never deletes them
    (tmp_path / "victim.md").write_text("keep me\n", encoding="utf-8")
    (docs / MANIFEST).write_text(json.dumps({"generated": ["../victim.md", "ok.md"]}), encoding="utf-8")
    write_pages({}, docs)
    assert (tmp_path / "victim.md").read_text(encoding="utf-8") == "keep me\n"
    assert not (docs / "ok.md").exists()  # an old manifest without hashes still lets briefing clean up


def test_recover_after_a_kill_between_the_two_renames(tmp_path):
    from generator.site import recover

    site = tmp_path / "site"
    moved = tmp_path / ".site.old-999999999"  # killed after moving the old site aside
    moved.mkdir()
    (moved / "index.html").write_text("old", encoding="utf-8")
    stale = tmp_path / ".site.building-999999999-abc"
    stale.mkdir()
    running = tmp_path / f".site.building-{os.getppid()}-xyz"  # a build still running elsewhere
    running.mkdir()
    removed = recover(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old"
    assert removed == [stale] and running.is_dir()


def test_swap_replaces_the_site_whole(tmp_path):
    from generator.site import _swap

    site, new = tmp_path / "site", tmp_path / ".site.building-1-x"
    (site / "sources").mkdir(parents=True)
    (site / "index.html").write_text("old", encoding="utf-8")
    (site / "sources" / "gone.html").write_text("old page", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("new", encoding="utf-8")
    _swap(new, site)
    assert _digest_tree(site) == {"index.html": hashlib.sha256(b"new").hexdigest()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
