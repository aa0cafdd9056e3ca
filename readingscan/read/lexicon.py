"""Find lexicon words in canonical text: one pass of one compiled regex over the whole report.

A word may belong to several categories ("round" is a calcification shape and a mass shape;
"indistinct" a legacy calcification word and a mass margin). Every reading is kept in
``Mention.readings``; the finding builder picks the one that fits the noun it describes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from readingscan.model import Category, Density, Span
from readingscan.read.glossary_rules import glossary_rules as glossary_rules  # re-exported: its old home
from readingscan.read.matcher import LiteralIndex, compile_matcher, words_apart
from readingscan.read.prefixes import WIDTH, StartIndex, prefixes
from readingscan.read.rule_words import finding_nouns, finding_words, regex_words, words_alone
from readingscan.read.spelling import Spelling
from readingscan.rules.loader import load_rules, word_list, word_map
from readingscan.rules.records import LexiconCategory, LexiconGroup, Rule, RuleFile, TermCategory

# A word found: (start, end, rule index, the words as read, the typos in them as (written, read)).
_Found = tuple[int, int, int, str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span  # the words as written
    readings: tuple[Rule, ...]  # first = the rule that matched; the rest = other rules the same words fit
    # Words read by typo tolerance: (as written, the lexicon word read) - "calcificatons" read as "calcifications".
    misspelt: tuple[tuple[str, str], ...] = ()

    @property
    def rule(self) -> Rule:
        return self.readings[0]

    @property
    def category(self) -> str:
        return self.readings[0].category

    # reading() and has() are asked tens of times per sentence: a plain loop, no generator (a third of the time).
    def reading(self, category: str) -> Rule | None:
        """The reading of these words in ``category``, if they have one."""
        for rule in self.readings:
            if rule.category == category:
                return rule
        return None

    def has(self, category: str) -> bool:
        return self.reading(category) is not None


class Lexicon:
    """Compiled lexicon rules. Built once per rule set (see lexicon_for) and shared read-only."""

    def __init__(self, rules: tuple[Rule, ...], spelling: Spelling | None = None) -> None:
        """``spelling``: how words written otherwise are read (by default, from these rules' own words)."""
        self.rules = rules
        self.spelling = spelling or spelling_for(rules)
        literal = [i for i, r in enumerate(rules) if r.is_literal]
        self.literals = LiteralIndex([(i, rules[i].literal) for i in literal])
        self.regex = compile_matcher(rules, skip=frozenset(literal))
        # Each rule alone, to find the other readings of the words a match covers.
        self.singles = tuple(re.compile(r.regex, re.IGNORECASE) for r in rules)
        self._readings: dict[tuple[int, str], tuple[Rule, ...]] = {}
        self._starts = StartIndex([prefixes(rule.regex) for rule in rules])  # which rules may match words begun so

    def readings_for(self, index: int, surface: str) -> tuple[Rule, ...]:
        key = (index, surface.lower())
        found = self._readings.get(key)
        if found is None:
            first, rules, singles = self.rules[index], self.rules, self.singles
            others = tuple(rules[i] for i in self._starts.candidates(key[1][:WIDTH])
                           if i != index and rules[i].category != first.category and singles[i].fullmatch(key[1]))
            if len(self._readings) > 50_000:  # bounded: surfaces are few, but input is not ours
                self._readings.clear()
            found = self._readings[key] = (first, *others)
        return found

    def find(
        self, text: str, start: int = 0, end: int | None = None, starts: Sequence[int] | None = None
    ) -> tuple[Mention, ...]:
        """Every lexicon word in ``text[start:end]``, left to right, not overlapping, also when written
        another way (see Spelling): the span keeps the words as written.

        ``starts``: the text's word_starts(), when several lexicons read the same text.
        """
        stop = len(text) if end is None else end
        apart = words_apart(text)
        if apart is not text:
            starts = None
        found: list[_Found] = [(b, e, i, apart[b:e], ()) for b, e, i in self._exact(apart, start, stop, starts)]
        found += self._respelt(apart, start, stop)
        found.sort(key=lambda c: (c[0], c[0] - c[1]))  # left to right, the longest first at one place
        mentions, taken_to = [], start
        for begin, finish, index, read, misspelt in found:
            if begin < taken_to:
                continue
            mentions.append(Mention(Span(begin, finish, text[begin:finish]), self.readings_for(index, read), misspelt))
            taken_to = finish
        return tuple(mentions)

    def _exact(self, text: str, start: int, stop: int, starts: Sequence[int] | None) -> list[tuple[int, int, int]]:
        found = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in self.regex.finditer(text, start, stop, starts)
                 if m.lastgroup]
        return found + self.literals.find(text, start, stop)

    def _respelt(self, text: str, start: int, stop: int) -> list[_Found]:
        """Lexicon words written another way (see Spelling): found in the respelt text, near each respelt word."""
        respelt = self.spelling.respell(text)
        if respelt is None:
            return []
        out: list[_Found] = []
        low, high, reach = respelt.forward(start), respelt.forward(stop), 120  # patterns span fewer characters
        marks = [m for m in respelt.marks if low <= m[0] and m[1] <= high]
        for window_start, window_end in _windows([(m[0] - reach, m[1] + reach) for m in marks], low, high):
            for b, e, index in self._exact(respelt.text, window_start, window_end, respelt.starts):
                inside = [m for m in marks if b <= m[0] and m[0] < e + 80]  # or read ahead: "skin ... appears thickned"
                if inside:
                    typos = tuple((text[m[2]:m[3]], respelt.text[m[0]:m[1]]) for m in inside if m[4] and m[1] <= e)
                    out.append((respelt.back(b), respelt.back(e), index, respelt.text[b:e], typos))
        return out


def _windows(spans: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The spans (sorted) clipped to [low, high], overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for b, e in spans:
        b, e = max(b, low), min(e, high)
        if merged and b <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((b, e))
    return merged


def within(mentions: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
    """The mentions (sorted by offset) that lie inside text[start:end]."""
    first = bisect_left(mentions, start, key=lambda m: m.span.start)
    last = bisect_left(mentions, end, lo=first, key=lambda m: m.span.start)
    return tuple(m for m in mentions[first:last] if m.span.end <= end)


def build_lexicon(rules: tuple[Rule, ...], spelling: Spelling | None = None) -> Lexicon:
    """A Lexicon over these rules (tests build small ones; the app uses lexicon_for)."""
    return Lexicon(rules, spelling)


def spelling_for(rules: Sequence[Rule], also_known: Sequence[Rule] = ()) -> Spelling:
    """Typo tolerance toward the words of ``rules``; never for an English word (rules/english_words.txt)
    or a word of these rules or of ``also_known``."""
    finds = [r for r in rules if r.category is LexiconCategory.FINDING]
    known = word_list("english_words").union(*(regex_words(r.regex) for r in also_known))
    sides = words_alone([r for r in rules if r.category is LexiconCategory.LATERALITY])
    places = words_alone([r for r in rules if r.category is LexiconCategory.QUADRANT])
    return Spelling(frozenset().union(*(regex_words(r.regex) for r in rules)), known, finding_nouns(finds),
                    finding_words(finds), sides, places)


@cache
def shipped_spelling() -> Spelling:
    """One Spelling for the shipped lexicons: toward every word they read (glossary names too), so a report
    word is looked up once whichever lexicon reads it; section titles and context words are known words."""
    rules = load_rules(RuleFile.LEXICON) + load_rules(RuleFile.TERMS) + glossary_rules()
    return spelling_for(rules, load_rules(RuleFile.CONTEXT) + load_rules(RuleFile.SECTIONS))


C = LexiconCategory
# The words that describe a lesion, each category named as the contract's descriptor (but shape and margin).
DESCRIPTOR_CATEGORIES = frozenset({
    C.MASS_SHAPE, C.MASS_MARGIN, C.MASS_DENSITY, C.ORIENTATION, C.ECHO_PATTERN, C.POSTERIOR_FEATURES,
    C.VASCULARITY, C.ELASTICITY, C.INTERNAL_ENHANCEMENT, C.NME_DISTRIBUTION, C.KINETICS_INITIAL,
    C.KINETICS_DELAYED, C.IMPLANT_RUPTURE, C.IMPLANT_SIGN, C.IMPLANT_RUPTURE_WORD,
})
# The lexicon categories each reading asks about (terms: every word that links to the glossary).
GROUPS: dict[LexiconGroup, frozenset[LexiconCategory]] = {
    LexiconGroup.FINDINGS: frozenset({
        C.FINDING, C.NOT_FINDING, C.BREAST_WORD, C.OTHER_BODY_PART, C.MORPHOLOGY, C.DISTRIBUTION, C.NODE_TYPE,
        C.LATERALITY, C.QUADRANT, C.DEPTH, C.DENSITY, C.NOT_DENSITY, C.FIBROGLANDULAR_TISSUE,
        C.BACKGROUND_ENHANCEMENT, C.ENHANCEMENT_LEVEL, C.ENHANCEMENT_SYMMETRY, *DESCRIPTOR_CATEGORIES,
    }),
    LexiconGroup.DESCRIPTORS: DESCRIPTOR_CATEGORIES,
    LexiconGroup.EXAM: frozenset({C.MODALITY, C.PURPOSE, C.LATERALITY}),
    LexiconGroup.RECOMMENDATION: frozenset({C.RECOMMENDATION}),
}
_LINKED = frozenset({C.FINDING, C.MORPHOLOGY, C.DISTRIBUTION, C.MASS_SHAPE, C.MASS_MARGIN, C.DENSITY, C.NOT_DENSITY,
                     C.NODE_TYPE, C.MODALITY, C.PURPOSE})
# Words that link by their own value (a shape or pattern slug) even without a glossary term of their own.
_SELF_LINKED = frozenset({C.MORPHOLOGY, C.DISTRIBUTION})


@cache
def lexicon_for(group: LexiconGroup) -> Lexicon:
    """The shipped lexicon for one reading (a LexiconGroup)."""
    rules = load_rules(RuleFile.LEXICON)
    if group is LexiconGroup.TERMS:
        # Recommendation words are left out: they name next steps, and their glossary words
        # (biopsy, follow-up) are in terms.yaml with their own spellings.
        linked = tuple(r for r in rules if r.category in _LINKED and (r.term or r.category in _SELF_LINKED))
        return build_lexicon(linked + load_rules(RuleFile.TERMS) + glossary_rules(), shipped_spelling())
    return build_lexicon(tuple(r for r in rules if r.category in GROUPS[group]), shipped_spelling())


def term_of(rule: Rule) -> str:
    """The glossary slug a lexicon word links to."""
    if rule.category is TermCategory.TERM:
        return rule.value
    return rule.term or rule.value


_SLUGS = word_map("glossary_slugs")
CATEGORIES_TERM = _SLUGS["categories"]  # the glossary entry on BI-RADS categories in general
DENSITY_TERM = _SLUGS["density"]


def category_term(category: Category) -> str:
    """The glossary slug of one BI-RADS category's entry (4B -> "birads_4b")."""
    return _SLUGS["category_prefix"] + category.value.lower()


def density_term(density: Density) -> str:
    """The glossary slug of one density category's entry (c -> "density_c")."""
    return _SLUGS["density_prefix"] + density.value
