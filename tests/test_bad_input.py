"""Broken input files: each gives one one-line issue naming the file and what to do,
and the good files around it are still read.

The corpus is generated in ``tmp_path`` by :func:`write_corpus` (no committed binaries);
``test_hostile.py`` builds the same corpus end to end through the CLI.

Unreadable files: the tests run as root, where ``chmod 000`` does not stop a read, so a
permission error is simulated by patching ``Path.read_bytes`` for one file
(:func:`deny_reading`); a FIFO, a dangling symlink and symlink loops are real.
"""

from __future__ import annotations

import codecs
import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.ingest import DEFAULT_MAX_BYTES, MAX_LINE_CHARS, decode, ingest, show_path

# ----------------------------------------------------------------------------- article text
# Invented articles written for these tests (a bridge closure in a made-up town).

BRIDGE = """Varnholm bridge closed after cracks found in main span

By Lena Ostrova

Varnholm Gazette, April 2, 2026

The Varnholm road bridge was closed to all traffic on Thursday after inspectors found cracks in the main span, the regional roads agency said.

"We cannot take any risk with a structure that carries twelve thousand cars a day," agency director Tomas Reinholt told reporters at the site.

Engineers expect the repairs to take at least six weeks, and a temporary ferry will run every twenty minutes from Saturday.
"""

COUNCIL = """---
title: Council approves emergency ferry budget
authors: [Mikael Strand]
published: 2026-04-04
publisher: Varnholm Post
---
The Varnholm town council voted on Saturday to spend four million crowns on an emergency ferry service while the bridge is repaired.

Councillor Ada Lindqvist said the vote was unanimous and that the ferry would be free for residents during the closure.
"""

FERRY_HTML = """<html><head><title>Ferry queues grow in Varnholm</title>
<meta name="author" content="Petra Voss"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry queues grow in Varnholm</h1>
<p>Queues for the temporary ferry across the Varn river grew to two hours on Monday morning as commuters returned after the weekend, the ferry operator said.</p>
<p>The operator said a second boat would join the service on Wednesday, doubling the number of crossings each hour during the morning rush.</p>
<p>Local shops on the south bank reported that sales had fallen by a third since the bridge closed, according to the chamber of commerce.</p>
</article><footer>Copyright Varnholm Daily</footer></body></html>
"""

RUSSIAN = """Mayor promises compensation for bridge closure

The mayor of Varnholm promised on Tuesday to compensate shop owners on the south bank for the losses caused by the closure of the bridge, her office said in a statement.
"""

CHINESE = """Freight firms reroute trucks around Varnholm

Three freight companies said on Wednesday that they had rerouted their trucks through Ostby, adding forty kilometres to each trip while the Varnholm bridge stays shut.
"""

STRIKE_A = """Ferry crews threaten strike over overtime

The union representing ferry crews in Varnholm said on Thursday that its members could strike next week unless the operator pays overtime for the extra crossings.
"""

STRIKE_B = """Operator rejects ferry crew demands

The ferry operator in Varnholm rejected the union's demand for overtime pay on Friday, saying the crews were already paid a special allowance for the emergency service.
"""

INDEX = """Inspectors publish the full bridge report

The regional roads agency published the full inspection report on the Varnholm bridge on Monday, listing forty-one cracks in the steel girders of the main span.
"""

ENCODED = """Café owners on the south bank count the cost

The owners of the Café Ørsted on the south bank said on Friday that takings had fallen by half since the bridge closed, and that they would apply for the mayor's compensation scheme.
"""

UTF16 = """Schools adjust timetables for ferry crossings

Two schools on the north bank of the Varn river moved the start of lessons to nine o'clock on Monday so that pupils from the south bank can catch the ferry in time.
"""

BOILERPLATE = """Home

News

Sport

Weather

Accept all cookies

We use cookies to improve your experience.

Sign up for our newsletter

Follow us on social media

All rights reserved.
"""

FRONT_PAGE_HTML = """<html><head><title>Varnholm Daily - Home</title></head><body>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="teasers"><a href="/a1">Bridge closed</a> <a href="/a2">Ferry queues</a></div>
<footer>Copyright Varnholm Daily</footer></body></html>
"""

LIMIT = f"{DEFAULT_MAX_BYTES:,}"
#: (file name, what to write, expected issue message or None for a clean read).
#: ``b"..."``/``str`` contents are written as-is; callables write the file themselves.
GOOD = {
    "bridge-closure.txt": BRIDGE,
    "council-vote.md": COUNCIL,
    "ferry-report.html": FERRY_HTML,
    "Мост закрыт.txt": RUSSIAN,
    "桥梁 关闭.md": CHINESE,
    "Port Strike.txt": STRIKE_A,
    "port-strike.txt": STRIKE_B,
    "index.txt": INDEX,
    "utf16-bom.txt": codecs.BOM_UTF16_LE + UTF16.encode("utf-16-le"),
}

#: Files read with a warning: (name, contents, exact message).
WARNED = [
    ("latin1.txt", ENCODED.encode("latin-1"),
     "not UTF-8; read as Windows-1252 (re-save as UTF-8 if characters look wrong)"),
    ("broken-utf8.txt", ENCODED.encode("utf-8").replace(b"south", b"sou\xffth"),
     "invalid UTF-8 (2 bad byte sequences, first at byte 23) shown as \ufffd; re-save the file as UTF-8"),
    ("utf16-no-bom.txt", UTF16.replace("Schools", "Teachers").encode("utf-16-le"),
     "no byte-order mark; read as utf-16-le (re-save as UTF-8 to be sure)"),
]

ONE_LINE = b"word " * 209_715 + b"word"  # 1 MiB with no line break
HUGE = 50 * 1024 * 1024


def _write_huge(path: Path) -> None:
    line = ("The bridge stays closed while engineers repair the cracks in the main span. " * 14)[:1023] + "\n"
    block = line.encode() * 1024  # 1 MiB
    with path.open("wb") as fh:
        for _ in range(HUGE // len(block)):
            fh.write(block)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink(target: str):
    def make(path: Path) -> None:
        path.symlink_to(target)

    return make


#: Files skipped with an issue: (name, contents or writer, exact message).
SKIPPED = [
    ("empty.txt", b"", "file is empty; skipped (add the article text or remove the file)"),
    ("blank.md", b"  \n\t\n   \n", "file is empty (only whitespace); skipped (add the article text or remove the file)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
     "looks like a binary file (NUL bytes), not text; skipped (export the article as text)"),
    ("controls.md", bytes(range(1, 32)) * 40,
     "looks like a binary file (control characters), not text; skipped (export the article as text)"),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"Caf\xe9 closed",
     "starts with a utf-8-sig byte-order mark but does not decode (invalid continuation byte at byte 3); "
     "skipped (re-save the file as UTF-8)"),
    ("huge.txt", _write_huge,
     f"file is {HUGE:,} bytes, over the {LIMIT}-byte limit; skipped "
     "(raise max_bytes under plugins: briefing in mkdocs.yml if it is really one article)"),
    ("one-line.txt", ONE_LINE,
     f"has a {len(ONE_LINE):,}-character line, over the {MAX_LINE_CHARS:,} limit for one paragraph; "
     "skipped (minified or binary data? save the article as plain text)"),
    ("boilerplate.txt", BOILERPLATE,
     "no article text left after removing boilerplate (no paragraph of 12 or more words); "
     "skipped (check it is an article, not a menu or index page)"),
    ("front-page.html", FRONT_PAGE_HTML,
     "no article text found in this HTML page; skipped (save the article itself, not an index page)"),
    ("only-front-matter.md", "---\ntitle: Nothing below\n---\n",
     "file has no text (only markup or front matter); skipped (add the article text)"),
    ("bad-yaml.md", "---\ntitle: [unclosed\n---\n" + BRIDGE,
     "front matter is not valid YAML (line 2); skipped (fix it or remove the --- block)"),
    ("report.pdf", b"%PDF-1.7\n", "unsupported file type '.pdf'; skipped (save articles as .txt, .md or .html)"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'; skipped (save articles as .txt, .md or .html)"),
    ("LICENSE", "All rights reserved.\n", "unsupported file type '(none)'; skipped (save articles as .txt, .md or .html)"),
    ("locked.txt", BRIDGE.replace("Thursday", "Friday"),
     "cannot read file (permission denied); skipped (check its permissions, e.g. chmod a+r)"),
    ("pipe.txt", _fifo, "not a regular file (a pipe, socket or device); skipped (save the article as a file)"),
    ("dangling.txt", _symlink("missing.txt"),
     "broken symlink (its target 'missing.txt' does not exist); skipped (fix or remove the link)"),
    ("loop-a.txt", _symlink("loop-b.txt"), "symlink loop; skipped (remove the link)"),
    ("loop-b.txt", _symlink("loop-a.txt"), "symlink loop; skipped (remove the link)"),
    ("nested/back-up", _symlink(".."), "symlink loop: this folder was already read; skipped (remove the link)"),
    ("line\nbreak.txt", b"", "file is empty; skipped (add the article text or remove the file)"),
]

#: The file whose read raises PermissionError (see :func:`deny_reading`).
LOCKED = "locked.txt"
DUPLICATE = ("copy of bridge-closure.txt", "bridge-closure.txt")


def write_corpus(src: Path, *, extra: dict[str, str | bytes] | None = None) -> Path:
    """Write every good, warned and skipped case (plus ``extra`` files) into ``src``."""
    src.mkdir(parents=True, exist_ok=True)
    files = dict(GOOD)
    files[DUPLICATE[0]] = GOOD[DUPLICATE[1]]
    files.update({name: data for name, data, _ in WARNED})
    files.update(extra or {})
    for name, data, _ in SKIPPED:
        files[name] = data
    for name, data in files.items():
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(data):
            data(path)
        elif isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return src


@contextmanager
def deny_reading(name: str = LOCKED):
    """Make ``Path.read_bytes`` raise PermissionError for files called ``name`` (root ignores chmod)."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Path, "read_bytes", read_bytes)
        yield


def expected_issues(src: Path) -> dict[str, str]:
    """``{shown path: message}`` for every case that should warn."""
    out = {show_path(src / name): message for name, _, message in SKIPPED + WARNED}
    # the folder loop is reported for the link, by its folder path
    return out


# ----------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    src = write_corpus(tmp_path_factory.mktemp("bad-input") / "sources")
    with deny_reading():
        documents, issues = ingest(src)
    return src, documents, issues


def test_every_bad_file_gets_its_one_line_issue(corpus):
    src, _, issues = corpus
    got = {issue.path: issue.message for issue in issues}
    assert len(got) == len(issues), "one issue per file"
    assert got == expected_issues(src)
    for issue in issues:
        line = str(issue)
        assert "\n" not in line and "\r" not in line
        assert line.startswith(str(src)), "the issue names the file"


def test_good_and_warned_files_are_all_read(corpus):
    src, documents, _ = corpus
    paths = sorted(d.path for d in documents)
    assert paths == sorted([*GOOD, DUPLICATE[0], *(name for name, _, _ in WARNED)])
    by_path = {d.path: d for d in documents}
    assert "Café Ørsted" in by_path["latin1.txt"].text
    assert "Café Ørsted on the sou\ufffdth bank" in by_path["broken-utf8.txt"].text
    assert by_path["utf16-bom.txt"].text.startswith("Two schools on the north bank")
    assert by_path["utf16-no-bom.txt"].title == "Teachers adjust timetables for ferry crossings"
    assert by_path["council-vote.md"].authors == ("Mikael Strand",)
    assert "second boat would join the service" in by_path["ferry-report.html"].text


def test_slugs_are_distinct_and_safe(corpus):
    _, documents, _ = corpus
    slugs = {d.path: d.slug for d in documents}
    assert len(set(slugs.values())) == len(slugs)
    for slug in slugs.values():
        assert slug and all(c.islower() or c.isdigit() or c == "-" for c in slug) and slug.isascii()
    # colliding names are both kept, with distinct slugs, in name order
    assert slugs["Port Strike.txt"] == "port-strike" and slugs["port-strike.txt"] == "port-strike-2"
    # "index" is the sources index page itself
    assert slugs["index.txt"] == "index-2"
    # names without Latin letters get a stable slug from their name
    assert slugs["Мост закрыт.txt"].startswith("source-") and slugs["桥梁 关闭.md"].startswith("source-")
    assert slugs["Мост закрыт.txt"] != slugs["桥梁 关闭.md"]
    assert len({d.id for d in documents}) == len(documents)
    # the duplicate is kept as its own document
    assert slugs[DUPLICATE[0]] == "copy-of-bridge-closure"


def test_slugs_do_not_depend_on_other_files(tmp_path):
    (tmp_path / "Мост закрыт.txt").write_text(RUSSIAN, encoding="utf-8")
    alone, _ = ingest(tmp_path)
    (tmp_path / "Заметка.txt").write_text(STRIKE_A, encoding="utf-8")
    together, _ = ingest(tmp_path)
    assert alone[0].slug == next(d.slug for d in together if d.path == "Мост закрыт.txt")


def test_max_bytes_setting(tmp_path):
    (tmp_path / "big.txt").write_text(BRIDGE + "\n" + "More text follows here. " * 200, encoding="utf-8")
    size = (tmp_path / "big.txt").stat().st_size
    docs, issues = ingest(tmp_path, max_bytes=1000)
    assert docs == [] and issues[0].message.startswith(f"file is {size:,} bytes, over the 1,000-byte limit")
    docs, issues = ingest(tmp_path, max_bytes=size)
    assert [d.path for d in docs] == ["big.txt"] and issues == []


def test_max_bytes_is_read_from_mkdocs_yml(tmp_path):
    from conftest import make_project
    from generator.config import load_settings

    config = make_project(tmp_path / "project")
    text = config.read_text(encoding="utf-8")
    assert "sources: sources\n" in text
    config.write_text(text.replace("sources: sources\n", "sources: sources\n      max_bytes: 4096\n"),
                      encoding="utf-8")
    assert load_settings(config).max_bytes == 4096
    assert DEFAULT_MAX_BYTES >= 1_000_000  # a long article (about 30,000 words) fits by default


@pytest.mark.parametrize(
    ("raw", "text", "note"),
    [
        ("plain ASCII".encode(), "plain ASCII", None),
        ("Ørsted “quoted”".encode("utf-8"), "Ørsted “quoted”", None),
        (codecs.BOM_UTF8 + "Ørsted".encode("utf-8"), "Ørsted", None),
        (codecs.BOM_UTF16_BE + "Ørsted mill".encode("utf-16-be"), "Ørsted mill", None),
        ("Ørsted says “no”".encode("cp1252"), "Ørsted says “no”", "not UTF-8; read as Windows-1252"),
        (b"caf\xe9 \x81", "café ", "not UTF-8; read as Latin-1"),  # C1 control dropped
        (b"A tab\there, a vertical tab\x0bthen a form feed\x0cand a separator\x1f in an ordinary line of text.",
         "A tab\there, a vertical tab\nthen a form feed\nand a separator in an ordinary line of text.", None),
        ("Ørsted’s “mill” closed".encode("utf-8") + b"\xc3",
         "Ørsted’s “mill” closed\ufffd", "invalid UTF-8 (1 bad byte sequence, first at byte"),
        ("Teachers and pupils".encode("utf-16-be"), "Teachers and pupils", "no byte-order mark; read as utf-16-be"),
        (b"Windows line\r\nendings\rand old Mac", "Windows line\nendings\nand old Mac", None),
    ],
)
def test_decode_table(raw, text, note):
    notes: list[str] = []
    assert decode(raw, notes=notes) == text
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1 and notes[0].startswith(note)


def test_a_single_file_argument_is_read(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(BRIDGE, encoding="utf-8")
    docs, issues = ingest(path)
    assert [d.path for d in docs] == ["one.txt"] and not issues
    assert docs[0].title == "Varnholm bridge closed after cracks found in main span"
    assert docs[0].authors == ("Lena Ostrova",)
