"""Terms a document names with capitals: technologies, orders, measures. Not actors.

A term is found two ways, and then every mention of it in the document is dropped:

- **defined**: a parenthesised short form after the words it abbreviates, when those
  words are common words rather than a name: "kilobits per second (Kbps)",
  "anti-social behaviour orders (Asbos)", "Voice over IP (Voip)". The long form must hold
  a lowercase English word that is no name particle ("over", "per"; not "of", "sans"),
  and must not be tagged as one name: "Medecins sans Frontieres (MSF)", "Friends of the
  Earth (FoE)" and "Campaign against Arms Trade (CAAT)" are bodies.
- **spelled out**: an acronym before the lowercase words it stands for ("VJ (video
  jockey)");
- **known**: widely used abbreviations and technical words (:data:`COMMON_TERMS`: "AGM",
  "USB", "GPRS", "TB");
- **announced**: a capitalised word after "technology/technologies/standard/protocol ...
  known as/called/such as/like" ("technologies such as Wimax", "a technology known as Wap").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .actor_fragments import ORG_HEADS
from .actor_rules import COUNTRIES, NAME_PARTICLES, ORG_PARTICLES, initials_of, name_key
from .actor_variants import abbreviates, looks_like_acronym

#: Nouns that announce a term ("a technology known as", "standards such as").
_TERM_NOUNS = frozenset("technology technologies standard standards protocol protocols format formats".split())
#: Words between such a noun and the term.
_TERM_LINKS = (("known", "as"), ("called",), ("dubbed",), ("such", "as"), ("like",), ("named",))
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"))
#: Words of a body's name before a defined short form ("China Central Television (CCTV)").
_BODY_WORDS = ORG_HEADS | frozenset("television radio broadcasting news press corporation".split())
#: Where a term may be found: a parenthesis or a noun that announces one.
_CUES = re.compile(r"\(|\b(?:" + "|".join(sorted(_TERM_NOUNS)) + r")\b", re.I)
_LONG_FORM_MAX = 8
_PARTICLES = ORG_PARTICLES | NAME_PARTICLES


#: Widely used abbreviations and technical words that name no actor (general knowledge):
#: "the AGM", "USB ports", "GPRS and Bluetooth", "TB and HIV".
COMMON_TERMS = frozenset(
    """
    3g 4g adsl agm ai aids atm bluetooth cctv cd cds cgi dna dsl dvd dvds faq gcse gdp gps gprs
    gsm hd hdtv hiv html http ipo isp lcd mp3 mms p2p pda pdas rfid rss sms suv tb url usb vat
    voip wap wifi wimax xml drm pvr pvrs dvr dvrs vod iptv ppv hdd led leds oled lan wlan vpn
    isdn umts ftp pdf jpeg mpeg gif mpeg2 mpeg4 dab gp pe ict ip sim ir britpop diy bse
    tv pc kw mw gw mhz ghz kbps mbps cpu gpu lng lpg mmorpg pac foia nda rino
    """.split()
) | {
    "wi fi", "r and b", "sci fi", "tai chi", "kung fu", "feng shui",  # "Wi-Fi", "R&B" (a kind of music), "Sci-fi"
    "hip hop", "indie rock", "rhythm and blues", "national insurance", "super pac",
}


@dataclass(frozen=True)
class Terms:
    """Name keys of a document's terms, and the token ranges of their long forms."""

    keys: frozenset[str]
    long_forms: tuple[tuple[int, int], ...]
    names: frozenset[str] = frozenset()  # short forms the text defines as names
    written: frozenset[str] = frozenset()  # common terms the text writes in capitals ("ADSL")

    def covers(self, key: str, i: int, j: int) -> bool:
        """Is the span ``doc[i:j]`` with name key ``key`` a term, or inside a term's long form?
        A common term the text defines as a name is one there ("China Central Television
        (CCTV)"); the long form of a common term the text also writes short is a term
        ("Asymmetric Digital Subscriber Line" beside "ADSL"; not "Gustavo Parente Sanchez")."""
        if key in self.keys or any(a <= i and j <= b for a, b in self.long_forms):
            return True
        return (key in COMMON_TERMS or spells_common_term(key) in self.written) and key not in self.names


def document_terms(doc: Doc, text: str | None = None) -> Terms:
    """The terms of one parsed document (see the module docstring); ``text`` is the text
    the document was parsed from, when the caller has it (``doc.text`` is rebuilt from
    every token)."""
    keys: set[str] = set()
    names: set[str] = set()
    long_forms: list[tuple[int, int]] = []
    text = doc.text if text is None else text
    for k in _token_starts(doc, text, _CUES):
        t = doc[k]
        if t.text == "(" and k > 0 and looks_like_acronym(doc[k - 1].text) and _spelled_out(doc, k, doc[k - 1].text):
            keys.add(name_key(doc[k - 1].text))  # "VJ (video jockey)"
        elif t.text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" and looks_like_acronym(doc[k + 1].text):
            start = _term_long_form(doc, k, doc[k + 1].text)
            if start is not None:
                keys.add(name_key(doc[k + 1].text))
                long_forms.append((start, k))
            elif k > 0 and doc[k - 1].ent_type_ in _NAME_LABELS:
                short, first = name_key(doc[k + 1].text), _entity_start(doc, k - 1)
                if any(t.lower_ in _BODY_WORDS or t.lower_ in COUNTRIES for t in doc[first:k]):
                    names.add(short)  # "China Central Television (CCTV)"
                elif short in COMMON_TERMS:
                    keys.add(short)  # "Liquid Crystal Display (LCD)": the term and its long form
                    long_forms.append((first, k))
        elif t.lower_ in _TERM_NOUNS:
            term = _announced(doc, k + 1)
            if term is not None:
                keys.add(name_key(doc[term].text))
    written = {w.lower() for w in _CAPITALS.findall(text)} & COMMON_TERMS
    return Terms(frozenset(keys), tuple(long_forms), frozenset(names), frozenset(written))


def spells_common_term(key: str) -> str:
    """The common term of three letters or more that ``key`` spells out, with no word of a
    body's name ("adsl" for "Asymmetric Digital Subscriber Line"; none for "Amnesty
    International"), or ``""``."""
    initials = initials_of(key)
    ok = len(initials) >= 3 and initials in COMMON_TERMS and not _BODY_WORDS.intersection(key.split())
    return initials if ok else ""


def _entity_start(doc: Doc, k: int) -> int:
    """Index of the first token of the entity that holds ``doc[k]``."""
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _token_starts(doc: Doc, text: str, pattern: re.Pattern[str]) -> list[int]:
    """Indexes of the tokens that start where ``pattern`` matches ``text``, the text of
    ``doc`` (cheaper than visiting every token)."""
    out = []
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            out.append(span.start)
    return out


def _term_long_form(doc: Doc, paren: int, short: str) -> int | None:
    """Start of the common words before ``doc[paren]`` ("(") that ``short`` abbreviates.

    The long form is the fewest words before the parenthesis that ``short`` abbreviates
    ("Monetary Policy Committee", not "making sure the Monetary Policy Committee"); it is
    a term when it holds a common word and no name of several words."""
    words: list[str] = []
    for k in range(paren - 1, max(paren - 1 - _LONG_FORM_MAX, -1), -1):
        t = doc[k]
        if t.text == "-" and not t.whitespace_ and k > 0 and not doc[k - 1].whitespace_:
            continue  # "anti-social"
        if not (t.is_alpha or (t.text.isupper() and t.text.isalnum())):
            return None
        words.insert(0, t.text)
        if len(words) >= 2 and abbreviates(short, " ".join(words)):
            return k if _common_words(doc, k, paren) else None
        if t.is_sent_start:
            break
    return None


def _common_words(doc: Doc, i: int, j: int) -> bool:
    """Does ``doc[i:j]`` hold a lowercase English word that is no name particle ("over",
    "per"; not "of", "sans"), start with no small word, and hold no name of several words?"""
    if doc[i].is_stop and doc[i].text.islower():
        return False
    for k in range(i, j):
        t = doc[k]
        if t.ent_type_ in _NAME_LABELS and k + 1 < j and doc[k + 1].ent_iob_ == "I":
            return False  # "Campaign against Arms Trade (CAAT)" tagged as one body
    return any(
        t.text.islower() and t.lower_ not in _PARTICLES and t.pos_ not in ("PROPN", "X")
        for t in doc[i:j]
    )


def _spelled_out(doc: Doc, paren: int, short: str) -> bool:
    """Are the lowercase words in the parentheses at ``doc[paren]`` what ``short`` stands for
    ("VJ (video jockey)")? A body spelled out in capitals is no term ("IOC (International
    Olympic Committee)")."""
    words = []
    for t in doc[paren + 1 : paren + 1 + _LONG_FORM_MAX]:
        if t.text == ")":
            return len(words) >= 2 and all(w.islower() for w in words) and abbreviates(short, " ".join(words))
        if t.text != "-":
            words.append(t.text)
    return False


def _announced(doc: Doc, k: int) -> int | None:
    """Index of the one capitalised word after "known as"/"such as"/... at ``doc[k]``."""
    for link in _TERM_LINKS:
        end = k + len(link)
        if end < len(doc) and tuple(t.lower_ for t in doc[k:end]) == link:
            word = doc[end]
            nxt = doc[end + 1] if end + 1 < len(doc) else None
            if word.text[:1].isupper() and word.is_alpha and not (nxt is not None and nxt.text[:1].isupper()):
                return end
    return None


__all__ = ["COMMON_TERMS", "Terms", "document_terms", "spells_common_term"]
