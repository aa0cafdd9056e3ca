"""Lexicon words written otherwise: typos ("calcificatons"), words split in two ("fibro adenoma", "calci- fications"),
run together ("skinthickening") or glued into a field's name ("massshape=oval"), read as the lexicon words they stand
for, never when the word as written is English or clinical. The lexicon words are spelled out of the rules themselves
(regex_words: a rule's regular expression walked with the standard library's parser), so no word list is kept beside
the rules. Words never read otherwise ("symmetric" is not "asymmetric") are data: rules/english_words.txt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from readingscan.read.matcher import word_starts
from readingscan.read.misread import misread
from readingscan.read.rule_words import finding_nouns as finding_nouns  # re-exported: their old home
from readingscan.read.rule_words import finding_words as finding_words
from readingscan.read.rule_words import regex_words as regex_words


@dataclass(frozen=True, slots=True)
class Respelt:
    """A text with its words written otherwise replaced by the lexicon words they stand for."""

    text: str
    # (start, end) in the respelt text, (start, end) as written, and whether it is a typo (not a split word).
    marks: tuple[tuple[int, int, int, int, bool], ...]
    starts: list[int]  # the respelt text's word_starts()

    def back(self, at: int) -> int:
        """An offset in the respelt text, in the text as written."""
        i = bisect_right(self.marks, at, key=lambda m: m[0]) - 1
        if i < 0:
            return at
        new_start, new_end, start, end, _ = self.marks[i]
        return start if at == new_start else end + max(0, at - new_end)

    def forward(self, at: int) -> int:
        """An offset in the text as written, in the respelt text (never inside a respelt word)."""
        i = bisect_right(self.marks, at, key=lambda m: m[2]) - 1
        return at if i < 0 else self.marks[i][0] if at == self.marks[i][2] else self.marks[i][1] + max(0, at - self.marks[i][3])


class Spelling:
    """Words of a report read as the lexicon words they stand for, never an English or clinical word (``known``).

    A typo: one edit from a word of 6+ letters (both), two when both have 10+ (OSA distance: a swapped pair of
    letters is one edit); or, from 5 letters, a letter doubled, tripled or undoubled where the lexicon word has it
    otherwise ("masss", "nodde", "assymetry"); or two letters swapped in a finding word of 4-5 letters ("cyts").
    A split word: two words of 3+ letters, after one space or hyphen, that are one lexicon word run together ("fibro
    adenoma"; "fiber adenoma", a typo of one), unless each is a lexicon word of its own (the rule then spells the
    split form, "lymph node"); or a word hyphenated across a line break or before a space ("calcifi-\\ncations",
    "calci- fications"). Two lexicon words of 4+ letters run together ("skinthickening") are read as two. A field's
    name that opens with a finding word glued to what the field says of it ("massshape=oval", "CalcMorph: punctate")
    is that word when the field holds a value; an empty field ("calcfind=;") names nothing. Shared read-only.
    """

    def __init__(self, targets: frozenset[str], known: frozenset[str], short: frozenset[str] = frozenset(),
                 finds: frozenset[str] = frozenset(), sides: frozenset[str] = frozenset(),
                 places: frozenset[str] = frozenset()) -> None:
        """``short``: finding words read also with two letters swapped ("cyts"); ``finds``: words naming a finding;
        ``sides``, ``places``: the words naming a side ("lt") and a place in a breast ("uoq")."""
        self.finds = sorted((w for w in finds if len(w) >= 4), key=len, reverse=True)
        self.sides, self.places = sides, places
        self.targets = frozenset(w for w in targets if len(w) >= 6)
        self.words = targets
        self.known = known | targets
        self.short = frozenset(w for w in short if 4 <= len(w) <= 5)
        self._swapped = {_swap(w, i): w for w in sorted(self.short) for i in range(len(w) - 1) if w[i] != w[i + 1]}
        # Each lexicon word of 4+ letters by its letters written once each ("asymmetry" -> "asymetry").
        self._single = {_once(w): w for w in sorted(targets, key=lambda w: (-len(w), w)) if len(w) >= 4}
        longest = max(map(len, self.targets), default=0)
        self._near = {n: [w for w in sorted(self.targets) if abs(len(w) - n) <= 2] for n in range(6, longest + 3)}
        self._cache: dict[str, str | None] = {}
        self._seen: dict[str, Respelt | None] = {}  # the last texts respelt: every lexicon reads the same one

    def typo(self, word: str) -> str | None:
        """The lexicon word ``word`` (lower case) is a typo of, if any: the nearest, then the closest in length."""
        if word in self._cache:
            return self._cache[word]
        found = None
        if len(word) >= 6 and word not in self.known:
            near = [(d, abs(len(t) - len(word)), t) for t, d, _ in extract(
                word, self._near.get(len(word), ()), scorer=OSA.distance, score_cutoff=2, limit=None)
                if d <= (2 if min(len(word), len(t)) >= 10 else 1)]
            found = min(near)[2] if near else None
        if found is None and len(word) >= 5 and word not in self.known:
            found = self._single.get(_once(word))
        if found is None and word not in self.known:
            found = self._swapped.get(word)
        if len(self._cache) > 50_000:  # bounded: report words are few, but input is not ours
            self._cache.clear()
        self._cache[word] = found
        return found

    def respell(self, text: str) -> Respelt | None:
        """``text`` with each word written otherwise replaced, or None when it has none (the last texts are
        remembered, bounded: every lexicon reads the same one, and a text read again costs no second pass)."""
        if text in self._seen:
            return self._seen[text]
        runs = [(m.start(), m.end()) for m in _LETTERS.finditer(text)]
        fixes: list[tuple[int, int, str, bool]] = []
        for i, (begin, end) in enumerate(runs):
            if fixes and begin < fixes[-1][1]:
                continue
            after = runs[i + 1] if i + 1 < len(runs) else None
            if after and (fix := self._split(text, (begin, end), after)) is not None:
                fixes.append(fix)
                continue
            word = text[begin:end].lower()
            if (cut := self._sided(text, begin, end, word)) is not None:  # two marks: each word keeps its place
                fixes += [(begin, cut, text[begin:cut] + " ", False), (cut, end, text[cut:end], False)]
                continue
            found = self.typo(word) if end - begin >= 4 else None
            if (found := found or misread(text[begin:end], self.words, self.known)) is not None:  # "rnass", "RlGHT"
                fixes.append((begin, end, found, True))
            elif (key := self._field(text, end, word)) is not None:
                fixes.append((begin, end, key, False))
            elif end - begin >= 8 and (pair := self._joined(word)) is not None:
                fixes.append((begin, end, pair, False))
        respelt = _apply(text, fixes) if fixes else None
        self._seen = {**self._seen, text: respelt} if len(self._seen) < 128 else {text: respelt}
        return respelt

    def _split(self, text: str, run: tuple[int, int], after: tuple[int, int]) -> tuple[int, int, str, bool] | None:
        """Two runs of letters that are one lexicon word (or a typo of one): split by a space or hyphen ("fibro
        adenoma", "fiber adenoma"), or hyphenated across a line break ("calcifi-\\ncations")."""
        gap = text[run[1]:after[0]]
        broken = gap[:1] == "-" and _LINE_BREAK.fullmatch(gap) is not None  # most gaps are one space: no regex
        if not (broken or gap in (" ", "-")) or min(run[1] - run[0], after[1] - after[0]) < (2 if broken else 3):
            return None
        first, second = text[run[0]:run[1]].lower(), text[after[0]:after[1]].lower()
        if first in self.words and (second in self.words or len(second) <= 3) and not broken:
            return None  # two words, also a short one after a whole word ("calcification has", not "calcifications")
        joined = first + second
        if joined in self.words if broken else joined in self.targets:
            return (run[0], after[1], joined, False)
        word = self.typo(joined) if len(joined) >= 10 or broken else None
        return (run[0], after[1], word, True) if word is not None else None

    def _sided(self, text: str, begin: int, end: int, word: str) -> int | None:
        """Where a side glued to a place's abbreviation in capitals ends ("RtUOQ", "LtLIQ": Rt UOQ, Lt LIQ)."""
        if not text[end - 1].isupper() or word in self.known:  # most words: no loop below
            return None
        return next((begin + at for at in range(1, len(word) - 1) if word[:at] in self.sides
                     and word[at:] in self.places and text[begin + at:end].isupper()), None)

    def _field(self, text: str, end: int, word: str) -> str | None:
        """The finding word a field's name opens with, glued to more letters, when the field holds a value."""
        fits = word not in self.known and _FIELD.match(text, end) is not None  # most words: no loop below
        return next((w for w in self.finds if word.startswith(w) and len(word) - len(w) >= 3), None) if fits else None

    def _joined(self, word: str) -> str | None:
        """Two lexicon words of 4+ letters written as one ("skinthickening", "nippleretraction"), as two words."""
        if word in self.known:
            return None
        for at in range(4, len(word) - 3):
            if word[:at] in self.words and word[at:] in self.words:
                return word[:at] + " " + word[at:]
        return None


def _apply(text: str, fixes: list[tuple[int, int, str, bool]]) -> Respelt:
    parts, marks, last, size = [], [], 0, 0
    for begin, end, word, typo in fixes:
        size += begin - last
        marks.append((size, size + len(word), begin, end, typo))
        parts += [text[last:begin], word]
        size, last = size + len(word), end
    respelt = "".join([*parts, text[last:]])
    return Respelt(respelt, tuple(marks), word_starts(respelt))


_LETTERS = re.compile(r"[^\W\d_]+")
# A word hyphenated at the end of a line, as pasted text keeps it ("calcifi-\ncations").
_LINE_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*|-[ \t]+")
# A field's name ends where its value begins: "=" or ":" and a value on the same line ("massshape=irregular;").
_FIELD = re.compile(r"[ \t]*[=:][ \t]*[^\s;|,=:]")
_RUN = re.compile(r"(\w)\1+")


def _swap(word: str, at: int) -> str:  # the word with its letters at ``at`` and ``at + 1`` swapped
    return word[:at] + word[at + 1] + word[at] + word[at + 2:]


def _once(word: str) -> str:  # each run of one letter written once ("masss" -> "mas", "asymmetry" -> "asymetry")
    return _RUN.sub(r"\1", word)
