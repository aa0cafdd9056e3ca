"""Context in the ConText tradition: triggers, their scope, and what they do to a finding word.

For each sentence: find the triggers (rules/context.yaml, longest first, so the pseudo-trigger
"no change in" hides the "no" inside it); a forward trigger governs the words after it up to the end
of the sentence or the next terminator ("but", "however", ";", "which"); a backward trigger governs
the words before it back to the previous terminator. Lists stay in scope:
"No suspicious masses, calcifications, or architectural distortion." negates all three.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from readingscan.model import Modifier, Sentence, Span, Status, line_end
from readingscan.read.line_breaks import words_of
from readingscan.read.matcher import AlternationMatcher, compile_matcher, word_starts
from readingscan.rules import cue, words
from readingscan.rules.loader import load_rules
from readingscan.rules.records import ContextCategory, Rule, RuleFile
from readingscan.rules.records import ContextCategory as X
from readingscan.rules.records import Direction as D

_RELATIVE = frozenset(words("relative_pronouns"))
_AUXILIARY = cue("relative_clause_gap")
# A pronoun ("it", "both") and a verb of being after ";" ("an oval mass was seen; it was unchanged from 2022"): still
# about the clause before it.
_RESTATED = re.compile(r"\s*(?:(?:" + cue("restated_subject").pattern + r")\b" + _AUXILIARY.pattern + ")?", re.IGNORECASE)
# A tab between two cells' words ("Right<TAB>no suspicious findings<TAB>simple cyst 5 mm"): a cell border, which ends
# what a negation in one cell covers (forward only: a form's answer "Mass:<TAB>No" still negates its label).
_CELL_BORDER = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
# A row's cell that holds nothing (a dash, "n/a").
_EMPTY_CELL = re.compile(r"[-–—.\s]*|n/?a", re.IGNORECASE)


@dataclass(frozen=True)
class ContextRules:
    rules: tuple[Rule, ...]
    regex: AlternationMatcher


@cache
def default_context_rules() -> ContextRules:
    """The shipped context rules (rules/context.yaml), compiled once."""
    return build_context_rules(load_rules(RuleFile.CONTEXT))


def build_context_rules(rules: tuple[Rule, ...]) -> ContextRules:
    """Compile context rules into one matcher; each must be a context rule with a direction."""
    for rule in rules:
        if not isinstance(rule.category, ContextCategory) or rule.direction is None:
            raise ValueError(f"context rule {rule.literal!r}: not a context rule with a direction ({rule.rule_id})")
    return ContextRules(rules, compile_matcher(rules))


def find_modifiers(
    text: str, sentence: Span, rules: ContextRules | None = None, starts: Sequence[int] | None = None
) -> tuple[Modifier, ...]:
    """The triggers in one sentence with their scopes (offsets into ``text``)."""
    rules = rules or default_context_rules()
    found: list[tuple[Rule, Span]] = []
    for match in rules.regex.finditer(text, sentence.start, sentence.end, starts):
        rule = rules.rules[int(match.lastgroup[1:])] if match.lastgroup else None
        if rule is not None:
            found.append((rule, Span(match.start(), match.end(), match.group())))
    # A box's side bar or a record's fields around a wrapped sentence's lines is its lines' frame, not a cell border.
    found = [(rule, span) for rule, span in found if rule.category != X.TERMINATE or not _frame(text, span)]
    stops = [span for rule, span in found if rule.category == X.TERMINATE]
    stops += [Span(m.start(), m.end(), m.group()) for m in _CELL_BORDER.finditer(text, sentence.start, sentence.end)]
    back_stops = [span for rule, span in found if rule.category == X.TERMINATE and rule.direction != D.FORWARD]
    modifiers = []
    for rule, span in found:
        if rule.category in {X.TERMINATE, X.PSEUDO}:
            continue
        start, end = span.start, span.end
        if rule.direction in {D.FORWARD, D.BIDIRECTIONAL}:
            end = min([s.start for s in stops if s.start >= span.end] + [sentence.end])
        if rule.direction in {D.BACKWARD, D.BIDIRECTIONAL}:
            stops_before = [s.end for s in back_stops if s.end <= span.start]
            # "...a small cyst; unchanged since 2020", "...a mass; it was unchanged": a stability word right after ";"
            # (or after a pronoun and a verb of being) is about the clause before it.
            if rule.category == X.STABLE and stops_before and _RESTATED.fullmatch(text, max(stops_before), span.start):
                last = max(stops_before)
                stops_before.remove(last)
                # A cell of its own in a row of cells ("Finding 2 | Right | Mass | Shape: Oval | Change: Stable"): the
                # row's lesion, back across its cell borders (not its line).
                if text[last - 1] == "|":
                    row = text.rfind("\n", 0, span.start) + 1
                    stops_before = [e for e in stops_before if e <= row or text[e - 1] != "|"]
            # A row's cell that is only the denial ("| Left | Calcifications | -- | -- | None |"): it denies the cell before
            # it, back across empty cells.
            if rule.category == X.NEGATED and _fills_cell(text, span):
                _across_empty_cells(text, stops_before, span.start)
            # "... the left asymmetry, which is no longer seen": a relative clause that is only the trigger
            # is about the word it follows.
            relative = [s for s in back_stops if s.end <= span.start and s.text.lower() in _RELATIVE]
            if relative and relative[-1].end == max(stops_before, default=-1) \
                    and _AUXILIARY.fullmatch(text[relative[-1].end:span.start]):
                stops_before.remove(relative[-1].end)
            start = max([*stops_before, sentence.start])
        modifiers.append(Modifier(rule.category, rule.rule_id, span, start, end))
    return tuple(modifiers)


ModifierLookup = Callable[[Sentence], tuple[Modifier, ...]]


def modifier_lookup(text: str, starts: Sequence[int] | None = None) -> ModifierLookup:
    """find_modifiers for the sentences of one report, each worked out once (local to that report)."""
    found: dict[int, tuple[Modifier, ...]] = {}
    starts = word_starts(text) if starts is None else starts

    def lookup(sentence: Sentence) -> tuple[Modifier, ...]:
        key = sentence.span.start
        if key not in found:
            found[key] = find_modifiers(text, sentence.span, starts=starts)
        return found[key]

    return lookup


@dataclass(frozen=True, slots=True)
class Assertion:
    """What the context says about one finding word."""

    status: Status
    stable: bool
    historical: bool
    unasserted: bool
    status_modifier: Modifier | None
    stable_modifier: Modifier | None


def assert_target(target: Span, modifiers: tuple[Modifier, ...]) -> Assertion:
    """Apply the modifiers whose scope covers ``target``.

    Negation outranks possibility ("no possible mass" is absent); the nearest trigger explains it.
    """
    covering = [m for m in modifiers if _covers(m, target)]

    def nearest(category: ContextCategory) -> Modifier | None:
        ms = [m for m in covering if m.category == category]
        return min(ms, key=lambda m: _distance(m.trigger, target)) if ms else None

    negated, possible = nearest(X.NEGATED), nearest(X.POSSIBLE)
    stable, historical = nearest(X.STABLE), nearest(X.HISTORICAL)
    unasserted = nearest(X.UNASSERTED)
    if negated is not None and historical is not None and historical.trigger.end <= negated.trigger.start < target.start:
        historical = None  # "s/p L bx, clip in place, no residual mass": a denial after the history says what is now
    if negated is not None:
        status, why = Status.ABSENT, negated
    elif possible is not None:
        status, why = Status.POSSIBLE, possible
    else:
        status, why = Status.PRESENT, None
    return Assertion(
        status, stable is not None and negated is None, historical is not None, unasserted is not None, why, stable
    )


def _fills_cell(text: str, span: Span) -> bool:
    """Whether ``span`` is all its cell holds: a bar before it, the next bar or its line's end after it."""
    row = text.rfind("\n", 0, span.start) + 1
    bar = text.rfind("|", row, span.start)
    stop = line_end(text, span.end)
    after = text.find("|", span.end, stop)
    return bar >= 0 and not text[bar + 1:span.start].strip() \
        and not text[span.end:after if after >= 0 else stop].strip(" \t.")


def _across_empty_cells(text: str, stops_before: list[int], at: int) -> None:
    """Drop the row's bars before ``at`` back to the first cell that holds words (that cell joins the scope)."""
    row = text.rfind("\n", 0, at) + 1
    while True:
        bars = [e for e in stops_before if e > row and text[e - 1] == "|"]
        if not bars:
            return
        stops_before.remove(max(bars))
        previous = max([e for e in stops_before if e > row] + [row])
        if not _EMPTY_CELL.fullmatch(text[previous:max(bars) - 1].strip()):
            return


def _frame(text: str, span: Span) -> bool:
    """Whether a terminator is part of its line's frame (line_breaks.words_of), outside the line's words."""
    if "|" not in span.text:
        return False
    line = (text.rfind("\n", 0, span.start) + 1, line_end(text, span.end))
    start, end = words_of(text, line)
    return (start, end) != line and not start <= span.start < end


def _covers(modifier: Modifier, target: Span) -> bool:
    if modifier.trigger.start <= target.start < modifier.trigger.end:
        return False  # the trigger is not its own target
    return modifier.scope_start <= target.start and target.end <= modifier.scope_end


def _distance(a: Span, b: Span) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end
