"""The first characters (up to prefixes.WIDTH) a rule's match can begin with (read/prefixes.py), which the matcher dispatches on:
a superset of the real starts, so dispatching finds what one big alternation finds (tests/read/test_matcher.py)."""

from __future__ import annotations

import re
import string

import pytest

from readingscan.read.lexicon import lexicon_for
from readingscan.read.matcher import compile_alternation, compile_matcher
from readingscan.read.prefixes import WIDTH, fits, prefixes
from readingscan.rules.records import LexiconGroup


@pytest.mark.parametrize(("pattern", "starts"), [
    ("mass", {"mas"}),
    ("(?:hypo|hyper)echoic", {"hyp"}),
    ("x?yz", {"xyz", "yz"}),
    ("a[\\s-]?b", {"a", "ab"}),  # "a" then a space or a hyphen: any next character
    ("no(?![.:]?\\s*\\d)", {"no"}),
    ("(?-i:L)(?=\\s+\\d)", {"l"}),
    ("[0-2]xy", {"0xy", "1xy", "2xy"}),
    ("(?:two|\\d)\\s+groups?", {"two", *"0123456789"}),  # a digit, then any space: any next character
    ("(?:\\w+\\s+){0,3}mass", None),  # may begin with any word
    (".{0,2}dot", None),
])
def test_prefixes(pattern: str, starts: set[str] | None) -> None:
    assert prefixes(pattern) == (frozenset(starts) if starts is not None else None)


@pytest.mark.parametrize("group", [LexiconGroup.FINDINGS, LexiconGroup.EXAM, LexiconGroup.RECOMMENDATION])
def test_every_real_match_begins_with_one_of_its_rules_prefixes(group: LexiconGroup) -> None:
    text = ("BILATERAL CONTRAST-ENHANCED MAMMOGRAPHY. Rt 10:00: an oval, parallel, circumscribed, anechoic mass with "
            "posterior acoustic enhancement and no internal vascularity; taller-than-wide irregular mass, type III "
            "curve, rapid wash-in, clustered-ring NME, BPE: marked, asymmetric. Intact implant, no extracapsular "
            "silicone. Recommend US-guided biopsy and MRI in 6 months.")
    rules = lexicon_for(group).rules
    for match in compile_alternation(rules).finditer(text):
        rule = rules[int(match.lastgroup[1:])] if match.lastgroup else None
        assert rule is not None and fits(prefixes(rule.regex), text[match.start():match.start() + WIDTH].lower()), rule
    assert [m.span() for m in compile_alternation(rules).finditer(text)] == [
        m.span() for m in compile_matcher(rules).finditer(text)]


def test_a_case_sensitive_abbreviation_is_tried_in_any_case() -> None:
    assert fits(prefixes("(?-i:NME)"), "nme") and fits(prefixes("(?-i:NME)"), "NME".lower())
    assert re.compile("(?-i:NME)").match("NME")


@pytest.mark.parametrize("text", ["٣ groups of calcifications", "3 groups of calcifications", "ſpiculated maſs, Kelvin-K mass"])
def test_a_letter_or_digit_outside_ascii_is_tried_against_every_rule(text: str) -> None:
    """Starts are worked out for ASCII: at "٣" (an Arabic-Indic 3, which \\d matches) the matcher must still find what
    the one big alternation finds."""
    rules = lexicon_for(LexiconGroup.FINDINGS).rules
    expected = [m.span() for m in compile_alternation(rules).finditer(text)]
    assert expected  # the alternation reads something here, so the comparison is not of two empty lists
    assert [m.span() for m in compile_matcher(rules).finditer(text)] == expected


@pytest.mark.parametrize("group", list(LexiconGroup))
def test_a_keys_rules_are_found_by_its_starts_as_by_trying_every_rule(group: LexiconGroup) -> None:
    """The matcher looks a new key's rules up by the key's own starts; the answer is the rules that fit it."""
    from readingscan.read.prefixes import unusual_key
    matcher = lexicon_for(group).regex
    chars = string.ascii_lowercase + string.digits + " -./:;,()'\"•%+=?" + "é٣ſ"
    for key in [a + b for a in chars for b in ("", *chars)]:
        want = tuple(i for i, (_, _, found) in enumerate(matcher._parts) if unusual_key(key) or fits(found, key))
        assert matcher._rules_for(key) == want, key


@pytest.mark.parametrize("group", [LexiconGroup.FINDINGS, LexiconGroup.TERMS])
def test_other_readings_of_a_surface_are_those_of_every_rule_that_fits_it(group: LexiconGroup) -> None:
    """readings_for looks up the rules that may match a surface by its start; it must find every one that does."""
    lexicon = lexicon_for(group)
    for surface in ("round", "Indistinct", "mass", "oval", "spiculated", "calcifications", "US", "dense", "٣ groups"):
        index = next((i for i, single in enumerate(lexicon.singles) if single.fullmatch(surface.lower())), None)
        if index is None:
            continue
        first = lexicon.rules[index]
        every = [rule for i, (rule, single) in enumerate(zip(lexicon.rules, lexicon.singles, strict=True))
                 if i != index and rule.category != first.category and single.fullmatch(surface.lower())]
        assert lexicon.readings_for(index, surface) == (first, *every), surface
