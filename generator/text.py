"""Small text helpers shared by every stage: normalising, slugs, escaping."""

from __future__ import annotations

import html
import re
import unicodedata

_QUOTE_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\ufeff": "",
}
_QUOTE_TABLE = str.maketrans(_QUOTE_MAP)


def normalize(text: str) -> str:
    """Return ``text`` with quotes, dashes and spaces folded to ASCII, same length where possible.

    Used for matching only; pages always show the original characters. Characters that
    map to one character keep offsets aligned; zero-width characters are dropped.
    """
    return unicodedata.normalize("NFKC", text.translate(_QUOTE_TABLE))


def normalize_keep_offsets(text: str) -> str:
    """Like :func:`normalize` but guaranteed to keep the length (one char in, one out)."""
    out = []
    for ch in text:
        rep = _QUOTE_MAP.get(ch)
        if rep is None:
            out.append(ch)
        elif len(rep) == 1:
            out.append(rep)
        else:
            out.append(" ")
    return "".join(out)


_SLUG_STRIP = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, fallback: str = "item", max_length: int = 60) -> str:
    """URL- and file-safe slug: ASCII lowercase letters, digits and single hyphens.

    Non-Latin text is transliterated where Unicode allows; what cannot be is dropped,
    and an empty result becomes ``fallback``.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_STRIP.sub("-", ascii_text.lower()).strip("-")
    slug = slug[:max_length].strip("-")
    return slug or fallback


def unique_slug(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not in ``taken``; adds it to ``taken``."""
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    taken.add(slug)
    return slug


# Characters that Markdown, MkDocs or attr_list could read as syntax. Replacing them with
# numeric character references makes any source text inert in both Markdown and HTML.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_[]{}()#+!|<>~^=:$%'\"&"}
_MD_TABLE = str.maketrans(_MD_SPECIAL)


#: Characters that break a line (for ``str.splitlines`` or YAML) besides ``\n``.
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
#: Control characters (Python-Markdown uses \x02/\x03 as its own placeholders; YAML and
#: HTML refuse most of them), Unicode non-characters, and lone surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


#: Line-start syntax not covered by ``_MD_SPECIAL``: "-" (list, rule), "1." (ordered
#: list), a leading space or tab (indented code).
_LINE_START = re.compile(r"[0-9]+(\.)(?=\s|$)|(-)|(\s)")


def clean_controls(text: str) -> str:
    """``text`` with line-break characters as ``\n`` and other control characters removed
    (tab kept). Applied to every source at ingest, so no record holds them."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n")))


def escape(text: str | None) -> str:
    """Escape source text for a generated Markdown page (inline context, one line).

    The single escaping function used by every template (registered as the Jinja
    filter ``e``/``escape``). The result contains no character that Markdown, HTML,
    attr_list or Jinja can interpret; line breaks become spaces and control characters
    are dropped.
    """
    if text is None:
        return ""
    text = clean_controls(str(text)).replace("\n", " ").translate(_MD_TABLE)
    # a value may open a line ("- {{ d.text }}"): a leading list marker or indentation
    # must not start a nested list or a code block
    lead = _LINE_START.match(text)
    if lead:
        mark = lead.lastindex
        text = f"{text[:lead.start(mark)]}&#{ord(lead.group(mark))};{text[lead.end(mark):]}"
    return text


def attr(text: str | None) -> str:
    """Escape a value for an HTML attribute inside a generated page."""
    return html.escape(str(text or ""), quote=True)


def shorten(text: str, width: int = 140) -> str:
    """Cut ``text`` to ``width`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut + "…"
