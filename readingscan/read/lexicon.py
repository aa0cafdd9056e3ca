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
from typing import TYPE_CHECKING

from readingscan.model import Category, Density, Span
from readingscan.read.matcher import LiteralIndex, compile_matcher
from readingscan.rules.loader import literal_regex, load_rules, word_map
from readingscan.rules.records import LexiconCategory, LexiconGroup, Rule, RuleFile, TermCategory

if TYPE_CHECKING:
    from readingscan.glossary.entries import Glossary


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    readings: tuple[Rule, ...]  # first = the rule that matched; the rest = other rules the same words fit

    @property
    def rule(self) -> Rule:
        return self.readings[0]

    @property
    def category(self) -> str:
        return self.readings[0].category

    def reading(self, category: str) -> Rule | None:
        """The reading of these words in ``category``, if they have one."""
        return next((r for r in self.readings if r.category == category), None)

    def has(self, category: str) -> bool:
        return any(r.category == category for r in self.readings)


class Lexicon:
    """Compiled lexicon rules. Built once per rule set (see lexicon_for) and shared read-only."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        literal = [i for i, r in enumerate(rules) if r.is_literal]
        self.literals = LiteralIndex([(i, rules[i].literal) for i in literal])
        self.regex = compile_matcher(rules, skip=frozenset(literal))
        # Each rule alone, to find the other readings of the words a match covers.
        self.singles = tuple(re.compile(r.regex, re.IGNORECASE) for r in rules)
        self._readings: dict[tuple[int, str], tuple[Rule, ...]] = {}

    def readings_for(self, index: int, surface: str) -> tuple[Rule, ...]:
        key = (index, surface.lower())
        found = self._readings.get(key)
        if found is None:
            first = self.rules[index]
            others = tuple(
                rule for i, (rule, single) in enumerate(zip(self.rules, self.singles, strict=True))
                if i != index and rule.category != first.category and single.fullmatch(key[1])
            )
            if len(self._readings) > 50_000:  # bounded: surfaces are few, but input is not ours
                self._readings.clear()
            found = self._readings[key] = (first, *others)
        return found

    def find(
        self, text: str, start: int = 0, end: int | None = None, starts: Sequence[int] | None = None
    ) -> tuple[Mention, ...]:
        """Every lexicon word in ``text[start:end]``, left to right, not overlapping.

        ``starts``: the text's word_starts(), when several lexicons read the same text.
        """
        stop = len(text) if end is None else end
        found = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in self.regex.finditer(text, start, stop, starts)
                 if m.lastgroup]
        found += self.literals.find(text, start, stop)
        found.sort(key=lambda c: (c[0], c[0] - c[1]))  # left to right, the longest first at one place
        mentions, taken_to = [], start
        for begin, finish, index in found:
            if begin < taken_to:
                continue
            span = Span(begin, finish, text[begin:finish])
            mentions.append(Mention(span, self.readings_for(index, span.text)))
            taken_to = finish
        return tuple(mentions)


def within(mentions: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
    """The mentions (sorted by offset) that lie inside text[start:end]."""
    first = bisect_left(mentions, start, key=lambda m: m.span.start)
    last = bisect_left(mentions, end, lo=first, key=lambda m: m.span.start)
    return tuple(m for m in mentions[first:last] if m.span.end <= end)


def build_lexicon(rules: tuple[Rule, ...]) -> Lexicon:
    """A Lexicon over these rules (tests build small ones; the app uses lexicon_for)."""
    return Lexicon(rules)


C = LexiconCategory
# The lexicon categories each reading asks about (terms: every word that links to the glossary).
GROUPS: dict[LexiconGroup, frozenset[LexiconCategory]] = {
    LexiconGroup.FINDINGS: frozenset({
        C.FINDING, C.NOT_FINDING, C.BREAST_WORD, C.OTHER_BODY_PART, C.MORPHOLOGY, C.DISTRIBUTION, C.MASS_SHAPE,
        C.MASS_MARGIN, C.MASS_DENSITY, C.NODE_TYPE, C.LATERALITY, C.QUADRANT, C.DEPTH, C.DENSITY, C.NOT_DENSITY,
    }),
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
        return build_lexicon(linked + load_rules(RuleFile.TERMS) + glossary_rules())
    return build_lexicon(tuple(r for r in rules if r.category in GROUPS[group]))


def glossary_rules(glossary: Glossary | None = None) -> tuple[Rule, ...]:
    """Each glossary entry's term and aliases as term rules: the glossary is the source of truth for
    which words link to an entry (tests/test_glossary_content.py checks the engine reaches them).

    A name written in capitals ("US", "DCIS") matches only in capitals, so "us" never links.
    ``glossary``: another glossary than the project's (the wording lab's edited one).
    """
    from readingscan.glossary.entries import (  # the glossary needs textstat; load it only here
        GlossaryError,
        load_glossary,
    )

    if glossary is None:
        try:
            glossary = load_glossary()
        except (GlossaryError, OSError):
            return ()
    found = []
    for entry in glossary.entries.values():
        for name in dict.fromkeys((entry.term, *entry.aliases)):
            regex = literal_regex(name)
            if name.isupper() and len(name) <= 5:
                regex = f"(?-i:{regex})"
            found.append(Rule(f"glossary.{entry.slug}.{name}", name, TermCategory.TERM, regex, value=entry.slug,
                              source=f"glossary/{entry.slug}.md", is_literal="(?-i:" not in regex))
    return tuple(found)


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
