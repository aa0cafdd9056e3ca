"""The words a lexicon rule reads, spelled out of its regular expression (walked with the standard library's
parser): what spelling.py reads words written otherwise toward, so no word list is kept beside the rules.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]  # stdlib parser, read-only: words of a rule
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from readingscan.read.matcher import literal_words
from readingscan.rules.records import Rule

_Item = tuple[Any, Any]
# Spelling words out of a rule: a break between words, and a piece that cannot be spelled out ("\w*", ".").
_SEP, _OPEN = " ", "\0"


@cache
def regex_words(regex: str) -> frozenset[str]:
    """The lower-case words ``regex`` can match, as far as they can be spelled out ("calcifications?" gives
    calcification and calcifications); a word with an open part ("mammo\\w+") is left out."""
    words: set[str] = set()
    try:
        strings = _spell(list(sre_parse.parse(regex, re.IGNORECASE)), words)
    except Exception:
        return frozenset()
    words.update(part for string in strings for part in string.split(_SEP))
    return frozenset(w for w in words if w and _OPEN not in w)


def finding_nouns(rules: Iterable[Rule]) -> frozenset[str]:
    """The words of 4-5 letters that name what these finding rules find (their literals' words, and plurals):
    the words read with two letters swapped ("cyts", "ndoe"), never the words around them ("tiny", "post")."""
    rules = tuple(rules)
    named = {word for rule in rules for word in literal_words(rule.literal)}
    return frozenset(w for r in rules for w in regex_words(r.regex) if 4 <= len(w) <= 5 and (w in named or w[:-1] in named))


def finding_words(rules: Sequence[Rule]) -> frozenset[str]:
    """The words of 4+ letters that name a finding on their own ("calc", "masses"): what a field's name may open with."""
    alone = [re.compile(r.regex, re.IGNORECASE) for r in rules]
    return frozenset(w for r in rules for w in regex_words(r.regex) if len(w) >= 4 and any(a.fullmatch(w) for a in alone))


def words_alone(rules: Sequence[Rule]) -> frozenset[str]:
    """The words one of these rules reads on its own, in small letters or in capitals ("lt", "r"; "uoq")."""
    alone = [re.compile(r.regex, re.IGNORECASE) for r in rules]
    return frozenset(w for r in rules for w in regex_words(r.regex) if any(a.fullmatch(w) or a.fullmatch(w.upper())
                                                                          for a in alone))


def _spell(items: Sequence[_Item], words: set[str]) -> set[str]:
    """The strings a sequence can match, each kept as its first and last word (words between go to ``words``)."""
    out = {""}
    for op, arg in items:
        pieces = _spell_one(str(op), arg, words)
        if pieces is None:
            continue
        joined = set()
        for string in (a + b for a in out for b in pieces):
            parts = string.split(_SEP)
            words.update(parts[1:-1])
            joined.add(parts[0] + _SEP + parts[-1] if len(parts) > 1 else string)
        out = joined
    return out


def _spell_one(name: str, arg: Any, words: set[str]) -> set[str] | None:
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return None
    if name == "LITERAL":
        return {_letter(arg)}
    if name == "IN":
        return {_letter(v) if str(op) == "LITERAL" else _SEP if "SPACE" in str(v) else _OPEN for op, v in arg}
    if name == "BRANCH":
        return set().union(*(_spell(branch, words) for branch in arg[1]))
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _spell(arg[-1], words)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = arg
        pieces = _spell(body, words)
        if not "".join(pieces).strip(_SEP):  # spaces and hyphens: "\s+" breaks words, "-?" may join them
            return {_SEP} if high > 1 or low else {"", _SEP}
        return (pieces if high == 1 else {_OPEN}) | ({""} if low == 0 else set())
    return {_OPEN}


def _letter(code: int) -> str:
    return chr(code).lower() if chr(code).isalpha() else _SEP
