"""Short forms made of an organisation's or place's first words ("Allied" for "Allied Domecq")
or of its last word ("Housewives" for "Desperate Housewives").

A short form joins the one longer name of its own document that it starts (or ends), when
the long name came first and the short form is not a name in its own right elsewhere in
the corpus (see :func:`prefix_target` and :func:`suffix_target` for the refusals).
"""

from __future__ import annotations

from .actor_rules import KNOWN_ALIASES, is_acronym
from .actor_spans import Candidate

#: Last words of newspapers' names; "the Post" after "the Washington Post" is that paper.
PAPER_WORDS = frozenset("post journal times telegraph guardian herald tribune examiner observer globe chronicle gazette inquirer courier".split())

#: Of those, the papers of that one word ("The Times", "The Guardian" in Britain): "the
#: Times" in a text that names the Financial Times may be the other paper.
_PAPERS_OF_ONE_WORD = frozenset("times telegraph guardian herald observer".split())

#: Last words of prizes and events, which are named after a sponsor, not short for it.
NAMED_AFTER = frozenset(
    "award awards prize prizes cup trophy medal championship championships games prix open classic festival lecture year".split()
)


#: Last words of the names of an institution's own units ("Harvard Law School", "Oxford
#: University Press"): the institution's name alone is not short for its unit.
_UNIT_HEADS = frozenset(
    "school faculty college department library hospital press museum institute centre center clinic laboratory".split()
)


def standalone_forms(per_doc: list[list[Candidate]]) -> tuple[set[str], set[str]]:
    """Keys used in some document where no longer name of that document starts with them
    ("Microsoft" in a text that never says "Microsoft Outlook"), and keys used where no
    longer name ends with them ("Palace" without "Crystal Palace"): names in their own right."""
    first: set[str] = set()
    last: set[str] = set()
    for cands in per_doc:
        forms = {c.tokens for c in cands}
        heads = {u[:n] for u in forms for n in range(1, len(u))}
        tails = {u[-n:] for u in forms for n in range(1, len(u))}
        for c in cands:
            if c.tokens not in heads:
                first.add(c.key)
            if c.tokens not in tails:
                last.add(c.key)
    return first, last


def prefix_target(
    c: Candidate, cands: list[Candidate], fixed: set[str] | frozenset[str], standalone: set[str]
) -> Candidate | None:
    """A mention of the longer organisation or place name of this document that ``c`` is the first
    word(s) of ("Allied" after "Allied Domecq", "the Tate" after "Tate Britain"), or None.

    Refused when two longer names fit ("Norvik Bank", "Norvik Shipping"), when the short
    form comes first in the document ("Microsoft said Microsoft Outlook ..."), when the
    short form is used elsewhere in the corpus without any longer form (a name in its
    own right), when it is a known alias ("US"), and when a place is the first word of an
    organisation ("China" / "China Mobile") or a demonym ("Ugandan"), and when the long
    form names a unit of the short form's institution in two words or more ("Harvard Law
    School"; but "St Fintian's" is "St Fintian's High School"), or ends in a number ("IE 7")
    or names a prize or event, which is named after the
    short form's owner ("Guardian First Book Award", "Norwich Union Grand Prix"): those
    are not counted as longer names, so "the Academy" still joins "Academy of Arts and
    Sciences" in a text that also names the "Academy Awards".
    """
    n = len(c.tokens)
    if c.kind == "group" or c.key in fixed or c.key in KNOWN_ALIASES or c.key in standalone or not n:
        return None
    same = [d for d in cands if d.tokens == c.tokens]
    if 2 * sum(d.label == "NORP" for d in same) >= len(same):
        return None  # a demonym in the text ("Ugandan women", "Ugandan Media Council"); not a
        # body the tagger calls a people now and then ("Centerview" of "Centerview Partners")
    first_short = min(d.start for d in same)
    longer = {
        d.tokens: d for d in sorted(cands, key=lambda d: d.start, reverse=True)
        if len(d.tokens) > n and d.tokens[:n] == c.tokens and d.kind in ("organization", "place")
        and not (d.tokens[-1].isdigit() or d.tokens[-1] in NAMED_AFTER)  # "IE 7", "Guardian Award"
    }
    if len(longer) != 1:
        return None
    (target,) = longer.values()
    if target.tokens[n] == "and":
        return None  # one side of a coordination the tagger glued ("Hard Rock and Deluxe Films")
    words = target.text.split()
    named_for = len(words) > n and words[n - 1].endswith(("'s", "’s"))  # "St Fintian's High School"
    if len(target.tokens) - n >= 2 and target.tokens[-1] in _UNIT_HEADS and not named_for:
        return None  # "Harvard" beside "Harvard Law School": the university, not its unit
    place = c.kind == "place" or any(d.label in ("GPE", "LOC") for d in same)  # "the port of Lysmark"
    if target.start > first_short or (place and target.kind == "organization"):
        return None
    return target


def suffix_target(
    c: Candidate, cands: list[Candidate], fixed: set[str] | frozenset[str], standalone_last: set[str]
) -> Candidate | None:
    """The one longer name of this document, said before, that the one word ``c`` ends
    ("Housewives" after "Desperate Housewives", "Palace" after "Crystal Palace"), or None.

    Only for words tagged as organisations or people, never places or groups ("Ireland" is
    not "Northern Ireland"), nor acronyms and known aliases ("UKIP" after "London UKIP"),
    nor words the corpus uses where no longer name ends with them (a name in its own
    right: "Disney" is not always "Walt Disney"), nor a word after "the" ("the Times"
    beside "Financial Times") unless it follows "of" in the long name ("the Lords" of
    "House of Lords"), nor the surname of a person.
    """
    if len(c.tokens) != 1 or c.kind not in ("organization", "person") or c.key in fixed or c.key in KNOWN_ALIASES:
        return None
    paper = c.key in PAPER_WORDS and c.key not in _PAPERS_OF_ONE_WORD
    if c.key in standalone_last and not paper or is_acronym(c.text):
        return None
    same = [d for d in cands if d.tokens == c.tokens]
    first_short = min(d.start for d in same)
    longer = {d.tokens: d for d in cands if len(d.tokens) > 1 and d.tokens[-1] == c.tokens[0]}
    if len(longer) != 1:
        return None
    (target,) = longer.values()
    if any(d.after_the for d in same) and target.tokens[-2] != "of" and not paper:
        return None  # "the Times" beside "Financial Times" is another paper; "the Lords" is the House of Lords
    if target.kind not in ("organization", "place") or target.start > first_short or target.modifier:
        return None  # "Interactive Bafta awards" is a prize named after Bafta
    return target


__all__ = ["NAMED_AFTER", "PAPER_WORDS", "prefix_target", "standalone_forms", "suffix_target"]
