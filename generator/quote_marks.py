"""Quotation marks: find direct-quote spans in raw text, keeping offsets aligned.

Straight and curly marks are both handled; the direction of a straight mark is read
from its neighbours. A paragraph that ends inside a quote and a next paragraph that
reopens the mark (the newspaper convention for long quotes) give one span; so does a
quote broken by a stray paragraph break mid-sentence. Single marks are read as quotes
only outside double quotes and only when they pair up within one paragraph, so that
apostrophes (Korea's, '90s, rock 'n' roll) are not taken for quotes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .nlp import paragraphs

_DOUBLE = {'"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2033"}
_DOUBLE_OPEN = {"\u201c", "\u201e", "\u00ab"}
_DOUBLE_CLOSE = {"\u201d", "\u00bb"}
_SINGLE = {"'", "\u2018", "\u2019", "\u201a", "\u201b"}
_SINGLE_CLOSE_OK = {"'", "\u2019"}
_BEFORE_OPEN = set(" \t\n\r([{/-\u2014\u2013\u00a0")
_AFTER_CLOSE = set(" \t\n\r.,;:!?)]}-\u2014\u2013\u00a0")
_SENTENCE_END = set(".!?\u2026\"'\u201d\u2019:")
_TRIM = " \t\r\n,;:"


@dataclass(frozen=True)
class MarkSpan:
    """One quoted stretch: ``open``/``close`` are the offsets of the marks themselves."""

    open: int
    close: int
    double: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _direction(text: str, i: int) -> str:
    """'open', 'close' or '?' for the quote mark at ``text[i]``."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    opens = (prev in _BEFORE_OPEN or prev in _DOUBLE or prev in _SINGLE) and not nxt.isspace()
    closes = not prev.isspace() and (nxt in _AFTER_CLOSE or nxt in _DOUBLE or nxt in _SINGLE)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if text[i] in _DOUBLE_OPEN or text[i] == "\u2018":
        return "open"
    if text[i] in _DOUBLE_CLOSE or text[i] == "\u2019":
        return "close"
    return "?"


def _para_of(paras: list[tuple[int, int]], offset: int) -> int:
    for k, (s, e) in enumerate(paras):
        if offset < e:
            return k
    return len(paras) - 1


def _double_spans(text: str, paras: list[tuple[int, int]]) -> list[MarkSpan]:
    marks = [i for i, c in enumerate(text) if c in _DOUBLE]
    out: list[MarkSpan] = []
    open_at: int | None = None
    for i in marks:
        d = _direction(text, i)
        if open_at is not None:
            pa, pb = _para_of(paras, open_at), _para_of(paras, i)
            if pb > pa and not _may_continue(text, paras, pa, pb, i, d):
                open_at = None
        if open_at is None:
            if d != "close":
                open_at = i
            continue
        if d == "open":
            pa, pb = _para_of(paras, open_at), _para_of(paras, i)
            if pb > pa and i == paras[pb][0]:
                continue  # the reopening mark of a quote running over paragraphs
            open_at = i  # the earlier mark was never closed
            continue
        out.append(MarkSpan(open_at, i, True))
        open_at = None
    return out


def _may_continue(text: str, paras: list[tuple[int, int]], pa: int, pb: int, i: int, d: str) -> bool:
    """Whether a quote opened in paragraph ``pa`` may still be open at mark ``i`` in ``pb``."""
    for k in range(pa, pb):
        nxt_start = paras[k + 1][0]
        reopens = text[nxt_start] in _DOUBLE and _direction(text, nxt_start) != "close"
        last = text[paras[k][0] : paras[k][1]].rstrip()[-1:]
        broken = last not in _SENTENCE_END and k + 1 == pb and d != "open"
        if not (reopens or broken):
            return False
    return True


def _single_spans(text: str, paras: list[tuple[int, int]], taken: list[MarkSpan]) -> list[MarkSpan]:
    inside = [(m.open, m.close) for m in taken]

    def covered(i: int) -> bool:
        return any(a <= i <= b for a, b in inside)

    out: list[MarkSpan] = []
    for ps, pe in paras:
        i = ps
        while i < pe:
            c = text[i]
            if c in _SINGLE and not covered(i):
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 1] if i + 1 < pe else " "
                if (prev in _BEFORE_OPEN or prev in _DOUBLE) and nxt.isalpha():
                    j = _single_close(text, i + 1, pe, covered)
                    if j is not None and j - i > 2:
                        out.append(MarkSpan(i, j, False))
                        i = j + 1
                        continue
            i += 1
    return out


def _single_close(text: str, start: int, end: int, covered) -> int | None:
    for j in range(start, end):
        c = text[j]
        if covered(j):
            return None
        if c in _SINGLE_CLOSE_OK and j > start and not text[j - 1].isspace():
            nxt = text[j + 1] if j + 1 < end else " "
            if not nxt.isalnum():
                return j
        if c in _DOUBLE:
            return None
    return None


def fold_pairs(text: str) -> str:
    """``text`` with doubled single marks ('' and ``, as in some wire copy) turned into
    one double mark plus a space, placed so that offsets stay aligned."""
    if "''" not in text and "``" not in text:
        return text
    out = list(text)
    i = 0
    while i + 1 < len(text):
        pair = text[i : i + 2]
        if pair in ("''", "``", "\u2019\u2019", "\u2018\u2018"):
            prev = text[i - 1] if i > 0 else " "
            opening = pair in ("``", "\u2018\u2018") or prev.isspace() or prev in "([{-\u2014"
            out[i], out[i + 1] = (" ", '"') if opening else ('"', " ")
            i += 2
            continue
        i += 1
    return "".join(out)


def mark_spans(text: str) -> list[MarkSpan]:
    """Every quoted stretch of ``text`` (double quotes, and single quotes outside them)."""
    text = fold_pairs(text)
    paras = paragraphs(text) or [(0, len(text))]
    doubles = _double_spans(text, paras)
    singles = _single_spans(text, paras, doubles)
    spans = [m for m in doubles + singles if _trimmed(text, *m.inner)[0] < _trimmed(text, *m.inner)[1]]
    return sorted(spans, key=lambda m: m.open)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def inner_span(text: str, mark: MarkSpan) -> tuple[int, int]:
    """The quoted words of ``mark`` without surrounding spaces and trailing commas."""
    return _trimmed(fold_pairs(text), *mark.inner)


def quote_spans(text: str, *, marks: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the words inside each direct quote of ``text``, in order.

    Pure helper for other stages (lineage uses it to spot altered quotes). Offsets
    index ``text`` itself; curly and straight marks are both recognised. With
    ``marks=True`` the spans run from the opening to the closing mark inclusive.
    """
    if marks:
        return [_with_marks(text, m) for m in mark_spans(text)]
    folded = fold_pairs(text)
    return [_trimmed(folded, *m.inner) for m in mark_spans(text)]


_PAIRED = set("'`\u2018\u2019")


def _with_marks(text: str, m: MarkSpan) -> tuple[int, int]:
    start, end = m.open, m.close + 1
    if text[start] in _PAIRED and start > 0 and text[start - 1] == text[start]:
        start -= 1  # the first char of a doubled mark ('')
    if text[m.close] in _PAIRED and end < len(text) and text[end] == text[m.close]:
        end += 1
    return start, end


__all__ = ["MarkSpan", "fold_pairs", "inner_span", "mark_spans", "quote_spans"]
