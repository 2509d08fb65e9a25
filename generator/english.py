"""English word classes, read from the installed spaCy pipeline's lemmatizer tables.

The English pipelines ship WordNet's lists of base forms by part of speech (the
lemmatizer's ``lemma_index`` table). They tell a word that can only describe or act
("crooked", "inject") from one that can also name a thing or a person ("frank", "bill"),
whatever the size of the corpus. Only the lookups file is read, not the whole pipeline.
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy.util
from spacy.lookups import Lookups

from .nlp import ModelError, resolve_model


@functools.lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """Base forms by part of speech ("adj", "verb", "noun"); empty when the pipeline has none."""
    try:
        root = Path(spacy.util.get_package_path(resolve_model("auto")))
    except (ModelError, ModuleNotFoundError):
        return {}
    for path in sorted(root.glob("**/lemmatizer/lookups")):
        lookups = Lookups().from_disk(path)
        if lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            return {pos: frozenset(table[pos]) for pos in ("adj", "verb", "noun") if pos in table}
    return {}


def _base_forms(word: str) -> list[str]:
    w = word.lower()
    forms = [w]
    if w.endswith("ing") and len(w) > 5:
        forms += [w[:-3], w[:-3] + "e", w[:-4]]  # "injecting", "hoping", "running"
    if w.endswith("ed") and len(w) > 4:
        forms += [w[:-2], w[:-1], w[:-3]]  # "crooked"/"crook", "hoped", "stopped"
    return forms


def is_modifier_word(word: str) -> bool:
    """Can ``word`` only be an adjective or a verb in English, never a noun ("Crooked",
    "Injecting"; not "Frank", "Bill", "Poor", nor a word English does not list)?"""
    lists = _word_lists()
    if not lists:
        return False
    forms = _base_forms(word)
    nouns = lists.get("noun", frozenset())
    if forms[0] in nouns:
        return False
    return any(f in lists.get("adj", ()) or f in lists.get("verb", ()) for f in forms)


def is_english_word(word: str, *, plural: bool = False) -> bool:
    """Does English list ``word`` as an adjective, a verb or a noun ("New", "Bank"; not
    "Enrique", "Camilla")? With ``plural``, a noun's plural counts too ("Motors")."""
    lists = _word_lists()
    forms = _base_forms(word)
    if plural and word.lower().endswith("s"):
        forms.append(word.lower()[:-1])
    return any(f in words for words in lists.values() for f in forms)


def is_adverb_word(word: str) -> bool:
    """Is ``word`` an adverb made of an English adjective ("Realistically", "Happily",
    "Simply"; not "Kelly", "Italy", "Holly")?"""
    w = word.lower()
    if not w.endswith("ly") or len(w) < 6 or not w.isalpha():
        return False
    adjectives = _word_lists().get("adj", frozenset())
    stems = (w[:-2], w[:-4], w[:-3] + "y", w[:-1] + "e", w[:-2] + "e")  # "real-ly", "realistic-ally", "happ-ily"
    return any(stem in adjectives for stem in stems if len(stem) > 3)


def is_third_person_verb(word: str) -> bool:
    """Is ``word`` a verb's third person ("Takes", "Spurns", "Carries"; not "Leeds")?"""
    verbs, w = _word_lists().get("verb", frozenset()), word.lower()
    forms = [w[:-1], w[:-2], w[:-3] + "y"] if w.endswith("s") else []
    return any(f in verbs for f in forms)


def is_past_verb(word: str) -> bool:
    """Is ``word`` only a verb's past form, no adjective nor noun ("Opened", "Explained",
    "Sent", "Took"; not "United", "Allied", "Reed")?"""
    w = word.lower()
    if w in _IRREGULAR_PAST:
        return True
    lists = _word_lists()
    if not w.endswith("ed") or len(w) <= 4 or any(w in lists.get(pos, ()) for pos in ("adj", "noun")):
        return False
    verbs = lists.get("verb", ())
    plain = [f for f in (w[:-2], w[:-1]) if not _no_plain_past(f)]  # "hinted", "opened" (not "Sayeed", "Hamed")
    doubled = [w[:-3]] if w[-3] == w[-4] else []  # "stopped", "robbed"
    return any(f in verbs for f in plain + doubled)


def _no_plain_past(stem: str) -> bool:
    """Does the verb ``stem`` take no plain "-ed" past: a short word that doubles its last
    letter ("ham" -> "hammed", so "Hamed" is a name; "Hammed" is still its past) or an
    irregular one ("say" -> "said", so "Sayed" is a name)?"""
    vowels = "aeiou"
    doubles = len(stem) == 3 and stem[0] not in vowels and stem[1] in vowels and stem[2] not in vowels + "wxy"
    return doubles or stem in _IRREGULAR_STEMS


_IRREGULAR_STEMS = frozenset(("say", "pay", "lay"))


#: Irregular past forms of common verbs that are no names ("Won", "Led" and "Met" are).
_IRREGULAR_PAST = frozenset("sent took told gave made went came wrote spoke brought thought found stood fought threw chose".split())


def is_gerund_word(word: str) -> bool:
    """Is ``word`` the "-ing" form of an English verb ("Painting", "Reading"; not "Sterling",
    "King")?"""
    verbs = _word_lists().get("verb", frozenset())
    return word.lower().endswith("ing") and any(f in verbs for f in _base_forms(word)[1:])


__all__ = ["is_adverb_word", "is_english_word", "is_gerund_word", "is_modifier_word", "is_past_verb", "is_third_person_verb"]
