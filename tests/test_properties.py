"""Property-based tests (hypothesis): ingest never crashes, escaping always holds,
slugs are always safe, and rendered pages never carry markup from a source."""

from __future__ import annotations

import codecs
import hashlib
import html
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.ingest import SUPPORTED, IngestError, clean_text, decode, ingest
from generator.model import Briefing, Document, Sentence
from generator.render import environment, page_title, render
from generator.text import clean_controls, escape, slugify, unique_slug

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces of hostile and tricky text, mixed with arbitrary characters below.
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "[x](javascript:alert(1))", "<a href='javascript:alert(1)'>x</a>", "{{ 7*7 }}", "{% raw %}", "{#",
    "{: onclick=alert(1) }", "{: #id .cls }", "**b**", "__u__", "*i*", "`c`", "```", "~~~", "# h", "## h",
    "- item", "* item", "+ item", "1. item", "2) item", "> quote", "    indented", "\t", "| a | b |",
    "---", "===", "***", "&amp;", "&#60;", "&lt;", "\\", "<!-- c -->", "<![CDATA[x]]>", "<?php ?>",
    "<div markdown=\"1\">x</div>", "[^1]", "[ref]: http://x", "<http://example.org>", "!!! note",
    "\u2028", "\u0085", "\x00", "\x1b", "\ufeff", "\u200b", "\r", "\n", "  \n", "%", "$", "'", '"', ":",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)), max_size=12
).map("".join)

ENV = environment()
EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]  # as in mkdocs.yml
SPECIAL = set("\\`*_[]{}()#+!|<>~^=:$%'\"&")


class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def _parse(fragment: str) -> _Html:
    p = _Html()
    p.feed(fragment)
    p.close()
    return p


def _squash(text: str) -> str:
    return " ".join(text.split())


def _shown(text: str) -> str:
    """What a reader should see for ``text``: the same characters, whitespace collapsed
    (control characters never reach a page: ingest and escape drop them)."""
    return _squash(clean_controls(text))


# ----------------------------------------------------------------------------- escaping


@FAST
@given(hostile_text)
def test_escape_leaves_no_syntax_and_round_trips(text):
    out = escape(text)
    bare = re.sub(r"&#\d+;", "", out)
    assert not SPECIAL & set(bare), out
    assert "\n" not in out and "\r" not in out
    assert html.unescape(out) == clean_controls(text).replace("\n", " ")


#: Every Markdown context a template puts a value in, and the tags that context makes itself.
CONTEXTS = [
    ("Text: {} end", {"p"}),
    ("- {} — end", {"ul", "li"}),
    ("- “{}” — end", {"ul", "li"}),
    ("# {}", {"h1", "a"}),
    ("| a | b |\n|---|---|\n| x | {} |", {"table", "thead", "tbody", "tr", "th", "td"}),
    ('<p class="x"><span id="s-1">{}</span></p>', {"p", "span"}),
    ("**{}**", {"p", "strong"}),
    ("[{}](sources/x.md){{ .cite }}", {"p", "a"}),
]


@FAST
@given(hostile_text)
def test_escaped_text_renders_as_literal_text_in_every_context(text):
    assume(clean_controls(text).strip())  # an empty value can change a context ("****" is a rule), never inject
    for template, own_tags in CONTEXTS:
        source = template.format(escape(text))
        out = markdown.markdown(source, extensions=EXTENSIONS)
        parsed = _parse(out)
        assert set(parsed.tags) <= own_tags, (template, text, out)
        for name, value in parsed.attrs:
            assert not name.startswith("on"), out
            if name in ("href", "src"):
                assert value in ("sources/x.md", "#" + (value or "#")[1:]) and ":" not in value, out
        visible = _squash("".join(parsed.text))
        assert _shown(text) in visible, (template, text, out)


@FAST
@given(hostile_text)
def test_page_titles_are_inert_and_valid_yaml(text):
    text = clean_controls(text)  # as every title is, at ingest
    title = page_title(text)
    assert "<" not in title and ">" not in title
    assert html.unescape(title) == text.replace("<", "‹").replace(">", "›")
    front = ENV.from_string("title: {{ t|yaml }}").render(t=text)
    assert yaml.safe_load(front) == {"title": title}


@FAST
@given(st.dictionaries(st.sampled_from(["t", "a", "b"]), hostile_text, min_size=1))
def test_every_template_value_is_escaped(values):
    """``finalize`` escapes every ``{{ value }}``; nothing a value holds is evaluated."""
    out = ENV.from_string("{{ t }}|{{ a }}|{{ b }}").render(t=values.get("t"), a=values.get("a"), b=values.get("b"))
    for part, key in zip(out.split("|"), ["t", "a", "b"]):
        assert part == escape(values.get(key))


# ----------------------------------------------------------------------------- slugs


SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@FAST
@given(st.text(max_size=200), st.sampled_from(["item", "source", "x-1"]))
def test_slugify_is_always_safe(text, fallback):
    slug = slugify(text, fallback=fallback)
    assert SLUG.fullmatch(slug) and len(slug) <= 60


@FAST
@given(st.lists(st.text(max_size=20), max_size=30))
def test_unique_slugs_are_distinct(names):
    taken: set[str] = set()
    slugs = [unique_slug(slugify(n), taken) for n in names]
    assert len(set(slugs)) == len(slugs)
    assert all(SLUG.fullmatch(s) for s in slugs)


file_name = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=30
).filter(lambda n: n not in (".", "..") and not n.startswith(".") and len(n.encode("utf-8")) < 200)


@SLOW
@given(st.lists(file_name, min_size=1, max_size=8, unique=True), st.sampled_from(sorted(SUPPORTED)))
def test_ingest_slugs_safe_and_distinct_for_any_names(names, ext):
    body = "The bridge in Varnholm stayed closed on Monday while engineers repaired the cracks, officials said.\n"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in names:
            (root / f"{name}{ext}").write_text(f"{body}\n{name}\n", encoding="utf-8")
        documents, issues = ingest(root)
    slugs = [d.slug for d in documents]
    assert len(set(slugs)) == len(slugs) == len({d.id for d in documents})
    assert all(SLUG.fullmatch(s) and s != "index" for s in slugs)
    for issue in issues:
        assert "\n" not in str(issue) and "\r" not in str(issue)
    assert len(documents) + len({i.path for i in issues}) >= len(names) - sum(
        n.upper() in ("README",) for n in names)


# ----------------------------------------------------------------------------- ingest


raw_bytes = st.one_of(
    st.binary(max_size=3000),
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda t: t.encode("utf-16")),
    hostile_text.map(lambda t: t.encode("latin-1", "replace")),
    hostile_text.map(lambda t: codecs.BOM_UTF8 + t.encode("utf-8", "replace")),
    st.tuples(hostile_text, st.binary(max_size=8)).map(lambda p: p[0].encode("utf-8", "replace") + p[1]),
)


@FAST
@given(raw_bytes)
def test_decode_returns_text_or_refuses(raw):
    notes: list[str] = []
    try:
        text = decode(raw, notes=notes)
    except IngestError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(text, str) and "\r" not in text
    assert all("\n" not in n for n in notes)


@FAST
@given(hostile_text)
def test_clean_text_never_crashes_and_keeps_words_from_the_input(text):
    body, meta = clean_text(text)
    assert isinstance(body, str)
    # nothing is invented: every word of the body is in the input (emphasis markers and
    # link targets dropped, so the words around them can join)
    plain = re.sub(r"\]\([^)\n]*\)|[*_\[\]]", "", text)
    assert all(word in plain for word in re.findall(r"[^\W_]+", body))
    assert "\n\n\n" not in body


@SLOW
@given(st.lists(st.tuples(raw_bytes, st.sampled_from(sorted(SUPPORTED) + [".pdf", ""])), min_size=1, max_size=5))
def test_ingest_never_raises_and_accounts_for_every_file(files):
    article = ("Engineers said on Monday that the Varnholm bridge would stay closed for six weeks "
               "while the cracks in the main span are repaired.\n\n")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        names = []
        for i, (raw, ext) in enumerate(files):
            name = f"f{i}{ext}"
            (root / name).write_bytes(raw if i % 2 else article.encode() + raw)
            names.append(name)
        documents, issues = ingest(root)
    read = {d.path for d in documents}
    warned = {Path(i.path).name for i in issues}
    assert set(names) <= read | warned  # every file is read, warned about, or both
    for d in documents:
        assert d.text.strip() and d.title
        assert SLUG.fullmatch(d.slug)
    for issue in issues:
        assert "\n" not in str(issue)


# ----------------------------------------------------------------------------- rendering


def _document(i: int, title: str, sentences: list[str], meta: str) -> Document:
    """A Document as ingest makes them (no control characters), with naive sentences."""
    title, meta = clean_controls(title).strip(), clean_controls(meta).strip()
    text, spans = "", []
    for n, s in enumerate(sentences):
        s = " ".join(clean_controls(s).split()) or "Empty."
        spans.append(Sentence(index=n, text=s, start=len(text), end=len(text) + len(s), paragraph=n // 2))
        text += s + " "
    return Document(
        id=f"doc-{i}{meta}", slug=f"doc-{i}", path=f"{meta}/doc {i}.txt",
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), title=title or "Untitled",
        text=text, authors=(meta, title), publisher=meta or None, published=None, url=meta or None,
        original_source=meta or None, sentences=tuple(spans),
    )


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "img", "svg", "object", "embed", "form", "style", "base", "meta", "link"):
            self.bad.append(tag)
        for name, value in attrs:
            # event handlers anywhere; script URLs in the attributes that hold a URL (an id
            # such as "javascriptalert1", slugged from a hostile heading, is only a name)
            url = name in ("href", "src", "action", "formaction", "srcset", "data", "poster", "xlink:href")
            if name.startswith("on") or (url and (value or "").strip().lower().startswith(("javascript", "data:"))):
                self.bad.append(f"{tag} {name}={value}")

    def handle_data(self, data):
        self.text.append(data)


def test_rendered_pages_carry_no_markup_from_sources():
    """Every page the real templates render, for documents full of hostile text."""
    import generator.render as render_module

    env = environment()  # compile the templates once, not once per example
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(render_module, "environment", lambda extra_dirs=None: env)
        _check_rendered_pages()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(hostile_text, st.lists(hostile_text, min_size=1, max_size=4), hostile_text),
                min_size=1, max_size=3))
def _check_rendered_pages(docs):
    documents = tuple(_document(i, t, s, re.sub(r"[\x00-\x1f/]", "", m)) for i, (t, s, m) in enumerate(docs))
    briefing = Briefing(title="Property briefing", documents=documents)
    pages = render(briefing)
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        front = yaml.safe_load(text.split("\n---\n", 1)[0][4:]) if text.startswith("---\n") else {}
        assert "<" not in str((front or {}).get("title", ""))
        out = markdown.markdown(body, extensions=EXTENSIONS)
        parsed = _Scripts()
        parsed.feed(out)
        assert parsed.bad == [], (path, parsed.bad)
    for doc in documents:
        parsed = _Scripts()
        parsed.feed(markdown.markdown(pages[f"sources/{doc.slug}.md"].split("\n---\n", 1)[1], extensions=EXTENSIONS))
        shown = _squash("".join(parsed.text))
        for s in doc.sentences:
            assert _shown(s.text) in shown, (s.text, shown)
