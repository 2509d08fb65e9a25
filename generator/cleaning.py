"""Cleaning scraped article text: drop site chrome and footers, keep every body sentence,
and infer title, authors, date, publisher and original source from the text itself."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    original_source: str | None = None


def merge_meta(explicit: Meta, inferred: Meta) -> Meta:
    """Explicit values (front matter, HTML metadata) win over values inferred from text."""
    authors = list(explicit.authors) or list(inferred.authors)
    return Meta(
        title=explicit.title or inferred.title,
        authors=authors,
        publisher=explicit.publisher or inferred.publisher,
        published=explicit.published or inferred.published,
        language=explicit.language or inferred.language,
        url=explicit.url or inferred.url,
        original_source=explicit.original_source or inferred.original_source,
    )


# --------------------------------------------------------------------------- cleaning

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE_PATTERNS = (
    re.compile(rf"\b(?P<m>{_MONTHS})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<m>{_MONTHS})\.?,? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)(?!\d)"),
)


def find_date(text: str) -> str | None:
    """The first date in ``text`` as an ISO string ("January 24, 2024" -> "2024-01-24")."""
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        if "mn" in m.groupdict() and m.group("mn"):
            month = int(m.group("mn"))
        else:
            month = _month_number(m.group("m"))
        try:
            iso = dt.date(int(m.group("y")), month, int(m.group("d"))).isoformat()
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), iso)
    return best[1] if best else None


def _month_number(name: str) -> int:
    return [m[:3].lower() for m in _MONTHS.split("|")[:12]].index(name[:3].lower()) + 1


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
#: Numeric character references left in scraped text ("Pap&#233;" is "Papé"). Only letters
#: and signs beyond ASCII are decoded: "&lt;", "&#60;" and "&amp;" stay as the source wrote them.
_CHAR_REF = re.compile(r"&#(\d{3,7});?|&#[xX]([0-9a-fA-F]{2,6});?")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_TERMINAL = re.compile(r"[.!?…:;\"'”’»)]\s*$")

#: A block that starts with one of these ends the article: everything after is footer.
_FOOTER_START = re.compile(
    r"^(the original source of this article is|copyright\b|©|\(c\) ?\d{4}|disclaimer\b|about the author\b|"
    r"follow .{1,60} on google news|become a member\b|articles by\s*:|comment on .{0,80}facebook|"
    r"for media (inquiries|enquiries)|media (inquiries|enquiries|contacts?)\b|notes to editors?\b|press contacts?\b|share this( article| story)?\s*:?$|related (articles|posts|stories)\s*:?$|"
    r"read more\s*:?$|sign up for\b|subscribe to (our|the)\b|support (our|independent) journalism|"
    r"you may also like|more from\b|leave a (comment|reply)|image credit\s*:)",
    re.I,
)
#: Single-block chrome that can stand anywhere (labels, share bars).
_CHROME_BLOCK = re.compile(
    r"^(region|in-depth report|tags?|topics?|filed under|categor(y|ies)|section|updated( at)?|"
    r"published( on| at)?|posted( on| in)?|share|print|email|close|menu|search|advertisement|"
    r"skip to (main )?content|click to share.*)\s*:?\s*(.{0,120})$",
    re.I,
)
#: A promotion between paragraphs: a label, a colon and a link's words ("Read more: Inside a
#: Controversial Startup's Risky Attempt ...", "WATCH: ...", "ADD TO CART: ..."). The colon is
#: required: "Watch the port" opens a sentence.
_PROMO_BLOCK = re.compile(
    r"^(?P<open>\()?(read more|read also|also read|read|more|related|see also|see|recommended|more on this|watch|"
    r"listen|photos|video|add to cart|view price|shop now)\s*:\s*\S[^\n]{0,160}(?(open)\))$",
    re.I,
)
#: An invitation to follow the site or a writer on a social network ("Follow Ann Berg on
#: Twitter.", "Get Example Business On Twitter, Facebook ...! Know something we don't? ...").
_SOCIAL_BLOCK = re.compile(
    r"^(?i:follow|get|join|find)(?:\s+(?:us|me|[A-Z@][\w@.'’&-]*)){1,6}\s+(?i:on)\s+"
    r"(?i:twitter|facebook|instagram|linkedin|tiktok|youtube|threads)\b[^\n]{0,200}$"
)
_BYLINE = re.compile(r"^by\s+(?P<name>[^\n]{2,80})$", re.I)


def clean_text(text: str) -> tuple[str, Meta]:
    """Cleaned article body and the metadata inferred from the raw text.

    Link markup becomes its text, emphasis markers go, numeric character references left
    by a scraper become their letters ("Pap&#233;" -> "Papé"), a sentence broken by a
    stray blank line is rejoined, header chrome and footers are removed; every body
    sentence is kept with its original characters.
    """
    meta = Meta()
    text = _CHAR_REF.sub(_decode_reference, text)
    text = _IMAGE.sub("", text)
    had_link = [bool(_LINK.fullmatch(b.strip())) for b in _raw_blocks(text)]
    if len(had_link) != len(_raw_blocks(_LINK.sub(r"\1", text))):
        had_link = []  # a link spanning lines changed the block count: do not guess
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text)
    text = _HEADING.sub("", text)
    blocks = _raw_blocks(text)
    link_only = {i for i, flag in enumerate(had_link) if flag}

    body_start = _find_body_start(blocks)
    footer_start = _find_footer_start(blocks, body_start)
    _read_header(blocks[:body_start], meta)
    _read_footer(blocks[footer_start:], meta)

    kept: list[str] = []
    for i in range(body_start, footer_start):
        block = blocks[i]
        if i in link_only or _CHROME_BLOCK.match(block) or _PROMO_BLOCK.match(block) or _SOCIAL_BLOCK.match(block) or _is_noise(block):
            continue
        if meta.title and _same_line(block, meta.title):
            continue
        if kept and _is_fragment_join(kept[-1], block):
            kept[-1] = f"{kept[-1]} {block}"
        else:
            kept.append(block)
    return "\n\n".join(kept), meta


def _decode_reference(m: re.Match[str]) -> str:
    """The character a numeric reference stands for when it is a printable character beyond
    ASCII; else the reference as written."""
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    printable = 160 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF and chr(code).isprintable()
    return chr(code) if printable else m.group(0)


def _raw_blocks(text: str) -> list[str]:
    """Paragraphs of ``text``: blank-line separated, and a line that ends a sentence or
    stands alone (label, headline) also ends its paragraph; wrapped lines are joined."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        current = ""
        for line in (part.strip() for part in chunk.split("\n")):
            if not line:
                continue
            if current and _continues(current, line):
                current = f"{current} {line}"
            else:
                if current:
                    blocks.append(current)
                current = line
        if current:
            blocks.append(current)
    return blocks


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues the wrapped line ``previous``."""
    if previous.endswith((",", ";", "-", "–", "—", "(")) or re.search(r"\b[A-Z]\.$", previous):
        return True
    return not _TERMINAL.search(previous) and line[:1].islower()


def _words(block: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’.-]*", block)


def is_body_paragraph(block: str) -> bool:
    return len(_words(block)) >= 12 and bool(re.search(r"[.!?…\"”’]", block))


def _find_body_start(blocks: list[str]) -> int:
    for i, block in enumerate(blocks[:40]):
        if is_body_paragraph(block):
            return i
    return 0


def _find_footer_start(blocks: list[str], body_start: int) -> int:
    n = len(blocks)
    for i in range(body_start + 1, n):
        late = i >= body_start + (n - body_start) // 2 or i >= n - 8
        if _FOOTER_START.match(blocks[i]) and late:
            return i
    return n


def _is_headline(block: str) -> bool:
    words = _words(block)
    return (
        3 <= len(words) <= 30
        and block[:1].isupper()
        and not block.rstrip().endswith((".", ":", ","))
        and not _CHROME_BLOCK.match(block)
    )


def _read_header(header: list[str], meta: Meta) -> None:
    """Title, byline, dateline and publisher from the blocks above the body."""
    title_at = None
    for i, block in enumerate(header):
        m = _BYLINE.match(block)
        if m:
            meta.authors.extend(_split_names(m.group("name")))
            continue
        date = find_date(block)
        if date and len(_words(block)) <= 12:
            meta.published = meta.published or date
            before = re.split(rf"\b(?:{_MONTHS})\b|\d", block, maxsplit=1)[0].strip(" ,|–—-")
            if before and len(_words(before)) <= 5 and not meta.publisher:
                meta.publisher = before
            continue
        if title_at is None and _is_headline(block):
            meta.title = block
            title_at = i
            continue
        if (
            title_at is not None
            and i == title_at + 1
            and not meta.authors
            and 1 <= len(block.split()) <= 4
            and not _CHROME_BLOCK.match(block)
            and not _same_line(block, meta.title or "")
        ):
            meta.authors.append(block.strip())


def _read_footer(footer: list[str], meta: Meta) -> None:
    """Original source, copyright holder, publisher and author from the footer."""
    for i, block in enumerate(footer):
        if m := re.match(r"the original source of this article is\s+(.+?)\.?$", block, re.I):
            meta.original_source = m.group(1).strip()
        elif m := re.match(r"(?:copyright\s*)?(?:©|\(c\))\s*(.+)$", block, re.I):
            holders = [p.strip() for p in re.sub(r",?\s*(19|20)\d\d.*$", "", m.group(1)).split(",") if p.strip()]
            if holders and not meta.authors and _looks_like_name(holders[0]):
                meta.authors.append(holders[0])
        elif m := re.match(r"follow (.{1,60}?) on google news", block, re.I):
            meta.publisher = meta.publisher or m.group(1).strip()
        elif m := re.match(r"articles by\s*:\s*(.+)$", block, re.I):
            _add_author(meta, m.group(1))
        elif re.match(r"about the author\b", block, re.I):
            rest = block[len("about the author"):].strip(" :")
            following = rest or (footer[i + 1] if i + 1 < len(footer) else "")
            name = _leading_name(following)
            if name:
                _add_author(meta, name)


def _add_author(meta: Meta, name: str) -> None:
    name = " ".join(name.split())
    key = re.sub(r"[\W_]", "", name.lower())
    if key and all(re.sub(r"[\W_]", "", a.lower()) != key for a in meta.authors):
        meta.authors.append(name)


def _leading_name(block: str) -> str | None:
    """The capitalised name that opens an author bio ("Jane Q. Doe is a ...")."""
    names = []
    for word in block.split():
        token = word.strip(",;:")
        if re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", token):
            names.append(token)
            if word.endswith((",", ";", ":")):
                break
        else:
            break
    return " ".join(names) if 2 <= len(names) <= 4 else None


def _looks_like_name(text: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z][\w'’.-]*\.?\s*){2,5}", text.strip()))


def _split_names(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text.strip())
    return [" ".join(p.split()) for p in parts if p.strip()]


def _same_line(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return norm(a) == norm(b)


def _is_noise(block: str) -> bool:
    """A block with no words worth keeping (separators, lone symbols)."""
    return not _words(block)


_DANGLING = re.compile(
    r"\b(a|an|the|and|or|but|nor|of|to|in|on|at|by|for|from|with|as|that|than|into|onto|upon|"
    r"about|over|under|between|its|their|his|her|our|your|is|are|was|were|will|would)$"
)


def _is_fragment_join(previous: str, block: str) -> bool:
    """A sentence broken by a stray blank line: no terminal mark, and the next block starts
    lowercase or the previous one ends on a word that cannot end a sentence ("with")."""
    if _TERMINAL.search(previous) or len(_words(previous)) < 3:
        return False
    return block[:1].islower() or bool(_DANGLING.search(previous))


def first_words(body: str, n: int = 10) -> str:
    words = body.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


