"""Read source files into :class:`~generator.model.Document` records.

Readers by extension (``.txt``, ``.md``, ``.html``/``.htm``) share one cleaner for the
article text (:mod:`generator.cleaning`): it drops site chrome and footers, keeps every
body sentence, and infers title, authors, date, publisher and original source.

Nothing here raises for a bad file: :func:`ingest` returns the documents it could read
and one :class:`~generator.model.Issue` per file it could not, each a one-line message
that names the file and says what to do.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import os
import re
import stat

from pathlib import Path

import yaml

from .cleaning import Meta, clean_text, find_date, first_words, is_body_paragraph, merge_meta
from .model import Document, Issue
from .text import clean_controls, slugify, unique_slug

SUPPORTED = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
#: Default largest source file read, in bytes (the ``max_bytes`` setting).
DEFAULT_MAX_BYTES = 2_000_000
#: A single line longer than this is not article text (minified or binary junk).
MAX_LINE_CHARS = 100_000
IGNORED_NAMES = {"actors.yml", "actors.yaml", "README.md", "readme.md", ".DS_Store"}


class IngestError(ValueError):
    """A source file that cannot be read; the message says why and what to do."""


# --------------------------------------------------------------------------- discovery


def discover(root: Path) -> tuple[list[Path], list[Issue]]:
    """Source files under ``root`` (sorted), and issues for files that will be skipped.

    Symlinks are followed; a link that loops or points nowhere, a folder that cannot be
    listed, and a file of an unsupported type each become one issue.
    """
    issues: list[Issue] = []
    if root.is_file():
        return [root], issues
    if not root.is_dir():
        raise IngestError(f"{root}: no such folder; pass the folder that holds your articles")
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()

    def unreadable_dir(exc: OSError) -> None:
        issues.append(Issue(show_path(exc.filename), f"cannot open folder ({exc.strerror}); skipped, check its permissions"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable_dir):
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            issues.append(Issue(show_path(dirpath), f"cannot open folder ({exc.strerror}); skipped"))
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            issues.append(Issue(show_path(dirpath), "symlink loop: this folder was already read; skipped (remove the link)"))
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            path = Path(dirpath) / name
            if path.is_symlink() and not path.exists():
                issues.append(Issue(show_path(path), _link_problem(path)))
                continue
            if path.suffix.lower() not in SUPPORTED:
                issues.append(
                    Issue(show_path(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                          "skipped (save articles as .txt, .md or .html)")
                )
                continue
            found.append(path)
    return sorted(found), issues


def _link_problem(path: Path) -> str:
    """Why the symlink ``path`` cannot be followed: a loop, or a missing target."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop; skipped (remove the link)"
    return f"broken symlink (its target {os.readlink(path)!r} does not exist); skipped (fix or remove the link)"


def show_path(path) -> str:
    """``path`` as text for a one-line warning: control characters (a newline in a
    file name) are shown escaped, so a warning can never span two lines."""
    text = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


#: Page slugs the generated ``sources/`` section uses itself.
RESERVED_SLUGS = frozenset({"index"})


def ingest(root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[Issue]]:
    """Read every source under ``root``; bad files become issues, never exceptions.

    A file that can be read but needed a guess (its encoding) is kept and also gets an
    issue. Two files whose names give the same slug are both kept, with distinct slugs.
    """
    paths, issues = discover(root)
    documents: list[Document] = []
    ids: set[str] = set()
    slugs: set[str] = set(RESERVED_SLUGS)
    base = root if root.is_dir() else root.parent
    for path in paths:
        notes: list[str] = []
        try:
            doc = read_document(path, max_bytes=max_bytes, notes=notes)
        except IngestError as exc:
            issues.append(Issue(show_path(path), str(exc)))
            continue
        except OSError as exc:
            issues.append(Issue(show_path(path), _os_problem(path, exc)))
            continue
        issues.extend(Issue(show_path(path), note) for note in notes)
        rel = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
        stem = Path(rel).with_suffix("").as_posix()
        doc_id = unique_slug(stem, ids)
        slug = unique_slug(slugify(stem, fallback=_fallback_slug(stem)), slugs)
        documents.append(_with(doc, id=doc_id, slug=slug, path=rel))
    return documents, issues


def _fallback_slug(stem: str) -> str:
    """A stable slug for a name with no Latin letters or digits (e.g. Cyrillic or Chinese)."""
    return "source-" + hashlib.sha1(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _os_problem(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop; skipped (remove the link)"
    if isinstance(exc, PermissionError):
        return "cannot read file (permission denied); skipped (check its permissions, e.g. chmod a+r)"
    return f"cannot read file ({exc.strerror or exc}); skipped (check the file and its permissions)"


def _with(doc: Document, **changes) -> Document:
    from dataclasses import replace

    return replace(doc, **changes)


# --------------------------------------------------------------------------- reading


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, notes: list[str] | None = None) -> Document:
    """Read one source file; raises :class:`IngestError` with a one-line reason.

    Warnings about a file that was still read (a guessed encoding) are appended to ``notes``.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise IngestError("not a regular file (a pipe, socket or device); skipped (save the article as a file)")
    size = st.st_size
    if size > max_bytes:
        raise IngestError(
            f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; skipped "
            "(raise max_bytes under plugins: briefing in mkdocs.yml if it is really one article)"
        )
    raw = path.read_bytes()[: max_bytes + 1]
    if len(raw) > max_bytes:  # grew since stat
        raise IngestError(f"file is over the {max_bytes:,}-byte limit; skipped (raise max_bytes in mkdocs.yml)")
    if not raw.strip():
        what = "empty" if not raw else "empty (only whitespace)"
        raise IngestError(f"file is {what}; skipped (add the article text or remove the file)")
    text = decode(raw, notes=notes)
    long_line = max((len(line) for line in text.splitlines()), default=0)
    if long_line > MAX_LINE_CHARS:
        raise IngestError(
            f"has a {long_line:,}-character line, over the {MAX_LINE_CHARS:,} limit for one paragraph; "
            "skipped (minified or binary data? save the article as plain text)"
        )
    kind = SUPPORTED[path.suffix.lower()]
    meta = Meta()
    if kind == "markdown":
        text, meta = split_front_matter(text)
    elif kind == "html":
        text, meta = extract_html(text)
    body, inferred = clean_text(text)
    meta = merge_meta(meta, inferred)
    if not text.strip():
        raise IngestError("file has no text (only markup or front matter); skipped (add the article text)")
    if not any(is_body_paragraph(block) for block in body.split("\n\n")):
        raise IngestError(
            "no article text left after removing boilerplate (no paragraph of 12 or more words); "
            "skipped (check it is an article, not a menu or index page)"
        )
    title = meta.title or first_words(body)
    return Document(
        id=path.stem,
        slug=slugify(path.stem),
        path=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        text=body,
        authors=tuple(meta.authors),
        publisher=meta.publisher,
        published=meta.published,
        language=meta.language or "en",
        url=meta.url,
        original_source=meta.original_source,
    )


def decode(raw: bytes, *, notes: list[str] | None = None) -> str:
    """Decode bytes: BOM-marked UTF-8/UTF-16, else UTF-8, else UTF-16 without BOM,
    else Windows-1252/Latin-1.

    A guess (UTF-8 with a few bad bytes, UTF-16 without BOM, Windows-1252) appends a
    one-line note to ``notes``. Raises :class:`IngestError` for binary data.
    """
    notes = notes if notes is not None else []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _check_text(raw.decode(enc))
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"starts with a {enc} byte-order mark but does not decode ({exc.reason} at byte {exc.start}); "
                    "skipped (re-save the file as UTF-8)"
                ) from exc
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        notes.append(f"no byte-order mark; read as {utf16} (re-save as UTF-8 to be sure)")
        return _check_text(raw.decode(utf16, errors="replace"))
    if b"\x00" in raw[:8192]:
        raise IngestError("looks like a binary file (NUL bytes), not text; skipped (export the article as text)")
    try:
        return _check_text(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if multibyte > bad:
        # mostly valid UTF-8 with a few corrupt bytes: keep the good characters
        notes.append(
            f"invalid UTF-8 ({bad:,} bad byte sequence{'s' if bad != 1 else ''}, first at byte {first_bad:,}) "
            "shown as \ufffd; re-save the file as UTF-8"
        )
        return _check_text(text)
    try:
        text = raw.decode("cp1252")
        enc = "Windows-1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        enc = "Latin-1"
    notes.append(f"not UTF-8; read as {enc} (re-save as UTF-8 if characters look wrong)")
    return _check_text(text)


def _utf16_without_bom(raw: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``raw`` looks like BOM-less UTF-16 text:
    mostly ASCII, so every other byte is NUL (on the odd side for LE, the even for BE)."""
    sample = raw[:4096]
    if len(sample) < 16 or len(raw) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.9 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    """Refuse binary data; return ``text`` with ``\n`` line ends and no control characters."""
    sample = text[:8192]
    if sample:
        control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
        if control / len(sample) > 0.05:
            raise IngestError(
                "looks like a binary file (control characters), not text; skipped (export the article as text)"
            )
    return clean_controls(text)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[str, Meta]:
    """Split YAML front matter from a Markdown source; its fields override inferred ones."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, Meta()
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise IngestError(f"front matter is not valid YAML{where}; skipped (fix it or remove the --- block)") from exc
    if not isinstance(data, dict):
        raise IngestError("front matter is not a mapping of key: value lines; skipped (fix it or remove the --- block)")
    authors = data.get("authors", data.get("author", []))
    if isinstance(authors, str):
        authors = [a.strip() for a in re.split(r",| and ", authors) if a.strip()]
    published = data.get("published", data.get("date"))
    meta = Meta(
        title=_str_or_none(data.get("title")),
        authors=[str(a) for a in authors or []],
        publisher=_str_or_none(data.get("publisher")),
        published=_iso_date(published),
        language=_str_or_none(data.get("language")),
        url=_str_or_none(data.get("url")),
        original_source=_str_or_none(data.get("original_source")),
    )
    return text[m.end():], meta


def _str_or_none(value) -> str | None:
    return None if value is None else str(value).strip() or None


def _iso_date(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return find_date(str(value))


def extract_html(text: str) -> tuple[str, Meta]:
    """Main article text and metadata of an HTML page, via trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    body = getattr(result, "text", None) if result is not None else None
    if not body or not body.strip():
        raise IngestError(
            "no article text found in this HTML page; skipped (save the article itself, not an index page)"
        )
    authors = getattr(result, "author", None) or ""
    meta = Meta(
        title=getattr(result, "title", None),
        authors=[a.strip() for a in re.split(r";|,| and ", authors) if a.strip()],
        publisher=getattr(result, "sitename", None),
        published=_iso_date(getattr(result, "date", None)),
        language=getattr(result, "language", None),
        url=getattr(result, "url", None),
    )
    # trafilatura separates paragraphs with single newlines
    body = re.sub(r"\n+", "\n\n", body)
    if meta.title:
        body = f"{meta.title}\n\n{body}"
    return body, meta
