"""A fast matcher for a large alternation of rule patterns.

Python's re tries every alternative at every position. Most rules can only begin with a few letters
("calcifications" with "cal", "no change" with "no "), so at each word start only the rules that can begin
with the first characters there are tried (prefixes.py). Same results as one big alternation
(longest-literal-first, word boundaries), several times faster.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache

from readingscan.read.prefixes import WIDTH, StartIndex, prefixes
from readingscan.rules.records import Rule

_BOUNDARY_START = r"(?:(?<!\w)|(?=\W))"
_BOUNDARY_END = r"(?:(?!\w)|(?<=\W))"
# Where a match may begin: a word character not after another, or a non-space symbol.
_STARTS = re.compile(r"(?<!\w)\w|[^\w\s]")

class AlternationMatcher:
    """finditer() over named alternatives ``r<index>``, dispatching on the first characters (prefixes.py)."""

    def __init__(self, parts: Sequence[tuple[int, str]]) -> None:
        """``parts``: (rule index, regex) in the order they must be tried (longest literal first)."""
        self._parts = [(index, regex, prefixes(regex)) for index, regex in parts]
        self._by_key: dict[str, re.Pattern[str] | None] = {}  # a key's first characters -> the rules that may start there
        self._by_rules: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._starts = StartIndex([found for _, _, found in self._parts])
        # Keys read fewer than _HOT times: their rules tried one by one (each compiled once, shared), as compiling
        # a key's alternation costs about a millisecond and most keys of a report new to the process are rare.
        self._cold: dict[str, tuple[list[re.Pattern[str]], int]] = {}

    def _rules_for(self, key: str) -> tuple[int, ...]:
        """The rules whose match may begin at ``key``, in the order they are tried: those that fit (prefixes.fits)."""
        return self._starts.candidates(key)

    def _regex(self, key: str) -> re.Pattern[str] | None:
        if len(self._by_key) > 20_000:  # bounded: the keys come from input text
            self._by_key.clear()
        chosen = self._rules_for(key)
        regex = None
        if chosen:
            regex = self._by_rules.get(chosen)
            if regex is None:
                parts = [self._parts[i][:2] for i in chosen]  # one rule: its own alternation, compiled once
                regex = self._by_rules[chosen] = alone(*parts[0]) if len(parts) == 1 else _compile(parts)
        self._by_key[key] = regex
        return regex

    def _match_cold(self, key: str, text: str, at: int, stop: int) -> re.Match[str] | None:
        """The key's alternation's match, found by trying its rules in order (the first that matches is the one
        the alternation takes); the alternation is compiled once the key has been read _HOT times."""
        singles, uses = self._cold.get(key) or ([alone(*self._parts[i][:2]) for i in self._rules_for(key)], 0)
        if uses + 1 >= _HOT or len(self._cold) > 20_000:  # bounded: the keys come from input text
            self._cold.pop(key, None)
            regex = self._regex(key)
            return None if regex is None else regex.match(text, at, stop)
        self._cold[key] = (singles, uses + 1)
        for single in singles:  # a plain loop, not next() over a generator: fewer calls at each cold word start
            match = single.match(text, at, stop)
            if match is not None:
                return match
        return None

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, starts: Sequence[int] | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches left to right, not overlapping. ``starts`` (from word_starts) saves finding them again."""
        stop = len(text) if end is None else end
        positions = word_starts(text) if starts is None else starts
        get, cold = self._by_key.get, self._match_cold
        # Lowered once, not at every word start: an ASCII text lowers letter by letter, so its offsets hold.
        low, pos = text.lower() if text.isascii() else None, start
        first = bisect_left(positions, start)  # the starts inside [start, stop) only: a sentence, not the text's tail
        for at in positions[first:bisect_left(positions, stop, lo=first)]:
            if at < pos:
                continue
            key = low[at:at + WIDTH] if low is not None else text[at:at + WIDTH].lower()
            regex = get(key, _COLD)
            if regex is None:
                continue
            match = cold(key, text, at, stop) if regex is _COLD else regex.match(text, at, stop)
            if match is not None and match.end() > at:
                yield match
                pos = match.end()


# Words joined by underscores, as exports and view labels write them ("LEFT_CC", "FINE_LINEAR_BRANCHING").
_JOINED = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")


def words_apart(text: str) -> str:
    """``text`` with underscores between words read as spaces, or ``text`` itself: one character for one, so
    every offset still points into the text as written ("RIGHT_MLO" is read as "RIGHT MLO")."""
    return _JOINED.sub(lambda m: " " * len(m.group()), text) if "_" in text else text


def word_starts(text: str) -> list[int]:
    """Offsets where a rule match may begin: word starts and non-space symbols."""
    return [m.start() for m in _STARTS.finditer(text)]


_HOT = 4
_COLD = re.compile("")  # a key not yet compiled (see _match_cold)


@lru_cache(maxsize=16_384)
def alone(index: int, regex: str) -> re.Pattern[str]:
    """One rule as its own alternation (``r<index>``, the same boundaries): it matches where, and as far as, the rule
    matches within the whole alternation. Shared by the matchers whose rules it is among."""
    return _compile([(index, regex)])


def _compile(parts: Sequence[tuple[int, str]]) -> re.Pattern[str]:
    body = "|".join(f"(?P<r{index}>{regex})" for index, regex in parts)
    return re.compile(_BOUNDARY_START + "(?:" + body + ")" + _BOUNDARY_END, re.IGNORECASE)


# A word as literals are looked up: no spaces or hyphens inside, edge punctuation left out, inner
# punctuation kept ("o'clock", "s/p", "1.2"); fields and cells end at "=" and "|" ("morph=punctate").
_WORD = re.compile(r"[^\s\-.,;:!?()\[\]\"'®=|+<>*~]+(?:[.,'/][^\s\-.,;:!?()\[\]\"'®=|+<>*~]+)*")
# The same, with a slash between words ("amorphous/punctate", "mass/calc") read as two words too.
_LETTER_SLASH = re.compile(r"[^\W\d_]\.?/|/[^\W\d_]")


@lru_cache(maxsize=64)
def _words(word: re.Pattern[str], text: str, start: int, stop: int) -> tuple[tuple[int, int, str], ...]:
    """The words of ``text[start:stop]`` in lower case with their offsets: several lexicons read the same
    sentence, so its words are found once."""
    return tuple([(m.start(), m.end(), m.group().lower()) for m in word.finditer(text, start, stop)])  # list: faster


_SLASHED = re.compile(r"[^\s\-.,;:!?()\[\]\"'®=|+<>*~/]+(?:[.,'][^\s\-.,;:!?()\[\]\"'®=|+<>*~/]+)*")
_EDGE = ".,;:!?()[]\"'®"


def literal_words(literal: str) -> tuple[str, ...]:
    """How a plain literal is looked up: lower-case words split on spaces and hyphens."""
    words = (w.strip(_EDGE).lower() for w in re.split(r"[\s-]+", literal.strip()))
    return tuple(w for w in words if w)


class LiteralIndex:
    """Plain literals (no pattern) found by looking up word n-grams in a dict: one pass over the words
    whatever the number of literals. Hundreds of glossary names cost no more than a few."""

    def __init__(self, literals: Sequence[tuple[int, str]]) -> None:
        self._index: dict[tuple[str, ...], int] = {}
        for rule_index, literal in literals:  # earlier rules win, as in the alternation
            self._index.setdefault(literal_words(literal), rule_index)
        # Every proper prefix of a literal, so a lookup stops as soon as no literal can continue.
        self._prefixes = {key[:n] for key in self._index for n in range(1, len(key))}
        self._firsts = frozenset(key[0] for key in self._index)  # only these words can open a literal

    def find(self, text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
        """(start, end, rule index) of the longest literal at each word (they may overlap)."""
        if not self._index:
            return []
        found = self._find(_WORD, text, start, stop)
        # "amorphous/punctate"; a date's "03/2024" needs no second pass (find() first: most text has no slash)
        if text.find("/", start, stop) != -1 and _LETTER_SLASH.search(text, start, stop):
            seen = set(found)
            found += [f for f in self._find(_SLASHED, text, start, stop) if f not in seen]
        return found

    def _find(self, word: re.Pattern[str], text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
        words = _words(word, text, start, stop)
        found = []
        index, prefixes, firsts = self._index, self._prefixes, self._firsts
        for i in [i for i, w in enumerate(words) if w[2] in firsts]:
            key: tuple[str, ...] = ()
            best = None
            for j in range(i, len(words)):
                key = (*key, words[j][2])
                rule = index.get(key)
                if rule is not None:
                    best = (words[i][0], words[j][1], rule)
                if key not in prefixes:
                    break
            if best is not None:
                found.append(best)
        return found


def compile_alternation(rules: Sequence[Rule]) -> re.Pattern[str]:
    """One regex over all rules, each in a named group ``r<index>``, on word boundaries.

    Python's alternation takes the first alternative that matches at a position, so rules are tried
    longest-literal first: "no change in" is tried before "no", "fine linear" before "linear".
    """
    order = sorted(range(len(rules)), key=lambda i: (-len(rules[i].literal), i))
    parts = [f"(?P<r{i}>{rules[i].regex})" for i in order]
    # Word boundaries only where the match begins or ends with a word character: literals may start
    # or end with punctuation (";", "?", "w/o") and must still match right after a word ("masses;").
    return re.compile(r"(?:(?<!\w)|(?=\W))(?:" + "|".join(parts) + r")(?:(?!\w)|(?<=\W))", re.IGNORECASE)


def compile_matcher(rules: Sequence[Rule], skip: frozenset[int] = frozenset()) -> AlternationMatcher:
    """Like compile_alternation, with the same order and boundaries, dispatched on first characters.

    ``skip``: indexes of rules matched some other way (plain literals, by a LiteralIndex).
    """
    order = sorted((i for i in range(len(rules)) if i not in skip), key=lambda i: (-len(rules[i].literal), i))
    return AlternationMatcher([(i, rules[i].regex) for i in order])
