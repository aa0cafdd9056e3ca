"""The first characters (up to WIDTH, three) a regular expression's match can begin with, read from its parsed form.

The matcher (matcher.py) tries, at each word start, only the rules whose match can begin with the characters
found there: "no " is tried against "no mass", "no internal vascularity", never against "nodule"'s
rules that begin "nod" only... and "the" against none of "taller than wide", "type III curve", "teardrop sign".
Three characters, not two: fewer rules fit each key ("mas" leaves out "mammogram"), so fewer fail to match.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]  # stdlib parser, read-only
import string
from typing import Any

WIDTH = 3
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_MAX_CLASS = 64  # a character class wider than this counts as any character

Prefixes = frozenset[str]
_OPEN = "\0"  # after a start: the match goes on with characters not known here


def prefixes(pattern: str) -> Prefixes | None:
    """Every lower-case start (up to WIDTH characters) a match can have: a shorter one means the match may end
    there or go on with any character. None: a match could begin anywhere, or the pattern is too complex."""
    try:
        found = _sequence(list(sre_parse.parse(pattern, re.IGNORECASE)))
    except Exception:
        return None
    starts = {p.rstrip(_OPEN) for p in found} if found is not None else {""}
    if "" in starts:
        return None
    return frozenset(starts)


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    partial: set[str] = {""}
    for op, arg in items:
        if str(op) in _ZERO_WIDTH:
            continue
        step = _item(str(op), arg)
        if step is None:  # unknown from here: what was read so far, then anything
            return {_join(p, _OPEN) for p in partial}
        partial = {_join(a, b) for a in partial for b in step}
        if all(_closed(p) for p in partial):
            return partial
    return partial


def _closed(start: str) -> bool:
    return len(start) >= WIDTH or start.endswith(_OPEN)


def _join(head: str, tail: str) -> str:
    if _closed(head):
        return head
    joined = head + tail
    return joined if joined.endswith(_OPEN) and len(joined) <= WIDTH + 1 else joined[:WIDTH]


def _item(name: str, arg: Any) -> set[str] | None:
    if name == "LITERAL":
        return {chr(arg).lower()}
    if name == "IN":
        chars: set[str] = set()
        for op, value in arg:
            if str(op) == "LITERAL":
                chars.add(chr(value).lower())
            elif str(op) == "RANGE" and value[1] - value[0] < _MAX_CLASS:
                chars |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
            elif str(op) == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                chars |= set(string.digits)  # other scripts' digits: the matcher tries every rule there (unusual_key)
            else:
                return None
        return chars
    if name == "BRANCH":
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
        return union
    if name == "SUBPATTERN":
        return _sequence(arg[-1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = arg
        once = _sequence(body)
        if once is None:
            return None
        found = set(once) if high != 0 else set()
        if high is sre_parse.MAXREPEAT or high > 1:
            found |= {_join(a, b) for a in once for b in once}
        if low == 0:
            found.add("")
        return found
    return None


def unusual_key(key: str) -> bool:
    """Whether ``key`` holds a letter or digit outside ASCII ("٣", "ſ"): the starts above are ASCII-minded (a digit is
    0-9, a letter's case is str.lower()'s), so at such a key every rule is tried, as one big alternation would."""
    return not key.isascii() and any(c.isalnum() for c in key)


def fits(found: Prefixes | None, key: str) -> bool:
    """Whether a match with these starts can begin at text whose next characters (lower case) are ``key``."""
    return found is None or any(key.startswith(p) for p in found)


class StartIndex:
    """Which of several patterns may match at text that begins with ``key``: found by the key's own starts ("m",
    "ma") in a dict, not by trying every pattern's (fits). A report new to the process brings keys not seen before."""

    def __init__(self, found: list[Prefixes | None]) -> None:
        self._size = len(found)
        self._anywhere = [i for i, starts in enumerate(found) if starts is None]
        self._by_start: dict[str, list[int]] = {}
        for i, starts in enumerate(found):
            for start in starts or ():
                self._by_start.setdefault(start, []).append(i)

    def candidates(self, key: str) -> tuple[int, ...]:
        """The patterns (by position, in order) that fit ``key``: the same as ``fits`` gives, and every one at an
        unusual key."""
        if unusual_key(key):
            return tuple(range(self._size))
        chosen = set(self._anywhere)
        for n in range(1, len(key) + 1):
            chosen.update(self._by_start.get(key[:n], ()))
        return tuple(sorted(chosen))
