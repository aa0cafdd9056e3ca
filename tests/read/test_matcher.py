"""The matcher on its own (matcher.compile_matcher, AlternationMatcher, LiteralIndex, word_starts): the
first-character dispatch finds what one big regex alternation (compile_alternation) finds, and the literal
index takes the longest literal at each word."""

from __future__ import annotations

import re

import pytest

from readingscan.read.matcher import (
    _HOT,
    LiteralIndex,
    compile_alternation,
    compile_matcher,
    literal_words,
    word_starts,
)
from readingscan.read.prefixes import prefixes
from readingscan.rules.loader import literal_regex, load_rules
from readingscan.rules.records import LexiconCategory, Rule

TEXTS = [
    "No suspicious masses, calcifications, or architectural distortion.",
    "A mass not seen on the prior. The cyst has resolved; unchanged since 2020.",
    "There are grouped fine pleomorphic calcifications in the left breast at 2 o'clock, 4 cm from the nipple.",
    "BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS. Recommend ultrasound-guided biopsy; no change in the mass.",
    "IMPRESSION: Heterogeneously dense breasts, which may obscure small masses. Oval circumscribed mass, likely a "
    "fibroadenoma.\nRECOMMENDATION: Short-interval follow-up in 6 months.",
]


def _found(matches: list[re.Match[str]], text: str) -> list[tuple[int, int, str | None]]:
    # The big alternation may begin a match at the space before a word ("\s*not seen"); the matcher
    # begins only at word starts. The words matched are the same.
    out = []
    for m in matches:
        start = m.start() + len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip())
        out.append((start, m.end(), m.lastgroup))
    return out


@pytest.mark.parametrize("rule_file", ["lexicon", "context", "sections", "terms"])
@pytest.mark.parametrize("text", TEXTS, ids=[t[:24] for t in TEXTS])
def test_matcher_finds_what_one_alternation_finds(rule_file: str, text: str) -> None:
    rules = load_rules(rule_file)
    expected = _found(list(compile_alternation(rules).finditer(text)), text)
    got = _found(list(compile_matcher(rules).finditer(text)), text)
    assert got == expected


def test_the_texts_hold_matches() -> None:
    """The comparison above is not between two empty lists."""
    rules = load_rules("lexicon")
    counts = [len(list(compile_matcher(rules).finditer(text))) for text in TEXTS]
    assert all(counts), counts


def _rule(index: int, literal: str, pattern: str | None = None) -> Rule:
    return Rule(f"t.{index}", literal, LexiconCategory.FINDING, pattern or literal_regex(literal), value="mass",
                is_literal=pattern is None)


def test_longest_literal_first_and_word_boundaries() -> None:
    rules = [_rule(0, "no"), _rule(1, "no change in"), _rule(2, "linear"), _rule(3, "fine linear")]
    text = "No change in the fine linear calcifications; nothing nonlinear."
    for matcher in (compile_alternation(rules).finditer, compile_matcher(rules).finditer):
        assert [(m.group(), m.lastgroup) for m in matcher(text)] == [("No change in", "r1"), ("fine linear", "r3")]


def test_skipped_rules_are_left_to_the_literal_index() -> None:
    rules = [_rule(0, "mass"), _rule(1, "cyst")]
    assert [m.group() for m in compile_matcher(rules, skip=frozenset({0})).finditer("mass and cyst")] == ["cyst"]


def test_a_rule_that_may_begin_with_anything_is_still_tried() -> None:
    rules = [_rule(0, "mass"), _rule(1, "any dot", r".{0,2}dot")]
    assert prefixes(rules[1].regex) is None
    text = "a mass; a dot"
    expected = [(m.start(), m.group()) for m in compile_alternation(rules).finditer(text)]
    assert [(m.start(), m.group()) for m in compile_matcher(rules).finditer(text)] == expected
    assert expected == [(2, "mass"), (8, "a dot")]


def test_word_starts() -> None:
    text = "No mass; BI-RADS 2."
    assert [text[i] for i in word_starts(text)] == ["N", "m", ";", "B", "-", "R", "2", "."]


def test_literal_words() -> None:
    assert literal_words("Short-interval  follow-up.") == ("short", "interval", "follow", "up")
    assert literal_words("o'clock") == ("o'clock",)


def test_literal_index_takes_the_longest_literal_at_each_word() -> None:
    index = LiteralIndex([(0, "mass"), (1, "spiculated mass"), (2, "fine"), (3, "fine linear"),
                          (4, "fine linear branching")])
    text = "Fine linear calcifications and a spiculated mass."
    found = [(text[s:e], rule) for s, e, rule in index.find(text, 0, len(text))]
    assert found == [("Fine linear", 3), ("spiculated mass", 1), ("mass", 0)]


def test_literal_index_matches_across_hyphens_and_case_not_inside_words() -> None:
    index = LiteralIndex([(0, "short interval follow up"), (1, "cyst")])
    text = "SHORT-INTERVAL FOLLOW-UP. Cysts and a cyst, microcyst."
    assert [(text[s:e], rule) for s, e, rule in index.find(text, 0, len(text))] == [
        ("SHORT-INTERVAL FOLLOW-UP", 0), ("cyst", 1)]


def test_literal_index_earlier_rule_wins_and_bounds_hold() -> None:
    index = LiteralIndex([(7, "mass"), (9, "Mass")])
    text = "mass. mass."
    assert index.find(text, 0, len(text)) == [(0, 4, 7), (6, 10, 7)]
    assert index.find(text, 5, len(text)) == [(6, 10, 7)]
    assert LiteralIndex([]).find(text, 0, len(text)) == []


def test_literal_index_reads_the_words_either_side_of_a_slash_too() -> None:
    index = LiteralIndex([(0, "punctate"), (1, "s/p"), (2, "amorphous")])
    text = "Amorphous/punctate calcs, s/p biopsy."
    assert [(text[s:e], rule) for s, e, rule in index.find(text, 0, len(text))] == [
        ("s/p", 1), ("Amorphous", 2), ("punctate", 0)]


@pytest.mark.parametrize("rule_file", ["lexicon", "context", "terms"])
def test_a_rare_key_tried_rule_by_rule_finds_what_its_compiled_alternation_finds(rule_file: str) -> None:
    """A key read fewer than _HOT times is matched one rule at a time, in order (AlternationMatcher._match_cold);
    afterwards by its compiled alternation. Both find the same words, by the same rule."""
    matcher, text = compile_matcher(load_rules(rule_file)), " ".join(TEXTS)
    cold = [(m.span(), m.lastgroup) for m in matcher.finditer(text)]
    for _ in range(_HOT):
        list(matcher.finditer(text))
    assert not matcher._cold  # every key of the text is compiled by now
    assert cold == [(m.span(), m.lastgroup) for m in matcher.finditer(text)]

