"""The rule loader on its own (rules/loader.py): a malformed record is refused at load with the file and the
record named; cues expand word sets; word sets read as mappings or lists; every shipped rule file loads."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from readingscan.rules.loader import (
    RuleError,
    cue,
    load_rules,
    parse_cues,
    parse_rules,
    parse_word_sets,
    word_map,
    words,
)
from readingscan.rules.records import CATEGORIES, LEXICON_VALUES, Direction, LexiconCategory, RuleFile


def _shipped(name: str) -> str:
    return resources.files("readingscan").joinpath("rules", f"{name}.yaml").read_text(encoding="utf-8")


GOOD_LEXICON = "- {literal: mass, category: finding, value: mass}\n"
# (file, text, words the message must hold: the file, the record, the problem), id
REFUSED = [
    ("lexicon", GOOD_LEXICON + "- {literal: mass, category: finding, valeu: mass}",
     ["lexicon.yaml", "record 1", "'mass'", "unknown key 'valeu'"], "unknown-key"),
    ("lexicon", "- {literal: mass, category: findng, value: mass}",
     ["lexicon.yaml", "record 0", "'mass'", "category 'findng'"], "unknown-category"),
    ("lexicon", GOOD_LEXICON + "- {literal: sparkle, category: morphology, value: sparkly}",
     ["lexicon.yaml", "record 1", "'sparkle'", "value 'sparkly'", "fine_pleomorphic"], "value-outside-its-category"),
    ("lexicon", "- {literal: extremely dense, category: density, value: e}",
     ["lexicon.yaml", "record 0", "'extremely dense'", "value 'e'"], "density-e"),
    ("lexicon", "- {literal: mass, category: finding, value: mass, implies: sparkly}",
     ["lexicon.yaml", "record 0", "implies 'sparkly'"], "bad-implies"),
    ("context", "- {literal: without, category: negated, direction: sideways}",
     ["context.yaml", "record 0", "'without'", "direction 'sideways'", "forward"], "bad-direction"),
    ("context", "- {literal: without, category: negated, direction: forward, pattern: '(unclosed'}",
     ["context.yaml", "record 0", "'without'", "bad pattern"], "bad-pattern"),
    ("sections", "- {literal: findings, category: finding}",
     ["sections.yaml", "record 0", "'findings'", "category 'finding'"], "section-category"),
    ("terms", "- {literal: biopsy, category: term, value: biopsy, direction: forward}",
     ["terms.yaml", "record 0", "'biopsy'", "unknown key 'direction'"], "key-of-another-file"),
    ("lexicon", "- {category: finding, value: mass}", ["lexicon.yaml", "record 0", "missing key 'literal'"],
     "missing-literal"),
    ("lexicon", "- just words", ["lexicon.yaml", "record 0", "expected a mapping"], "not-a-mapping"),
    ("lexicon", "literal: mass", ["lexicon.yaml", "expected a list"], "not-a-list"),
    ("colours", GOOD_LEXICON, ["unknown rule file 'colours'"], "unknown-file"),
]


@pytest.mark.parametrize(("name", "text", "message"), [r[:3] for r in REFUSED], ids=[r[3] for r in REFUSED])
def test_parse_rules_refuses(name: str, text: str, message: list[str]) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rules(name, text)
    for part in message:
        assert part in str(refused.value), (part, str(refused.value))


def test_parse_rules_reads_a_good_record() -> None:
    (rule,) = parse_rules("context", "- {literal: no longer seen, category: negated, direction: backward}")
    assert (rule.literal, rule.category, rule.direction, rule.is_literal) == (
        "no longer seen", "negated", Direction.BACKWARD, True)
    assert re.fullmatch(rule.regex, "No-longer  seen", re.IGNORECASE)
    (rule,) = parse_rules("lexicon", "- {literal: calcs, category: finding, value: calcification, pattern: 'calcs?'}")
    assert not rule.is_literal and rule.regex == "calcs?" and rule.value == "calcification"


def test_yaml_objects_are_refused() -> None:
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do, never object construction
        parse_rules("lexicon", "- !!python/object/apply:os.system ['true']")


SETS = {"sides": (("left", "left"), ("right", "right")), "units": (("mm", "mm"), ("cm", "cm"))}


def test_parse_cues_expands_a_word_set() -> None:
    cues = parse_cues("- {name: side_breast, pattern: '(?:{sides})\\s+breast'}", SETS)
    assert cues["side_breast"].pattern == r"(?:left|right)\s+breast"
    assert cues["side_breast"].flags & re.IGNORECASE
    assert cues["side_breast"].fullmatch("LEFT breast") and not cues["side_breast"].fullmatch("both breast")


def test_parse_cues_flags() -> None:
    cues = parse_cues("- {name: line, pattern: '^mass', flags: [multiline]}", SETS)
    assert cues["line"].flags & re.MULTILINE and not cues["line"].flags & re.IGNORECASE
    assert [m.start() for m in cues["line"].finditer("mass\nmass\nMass")] == [0, 5]


CUES_REFUSED = [
    ("- {name: side_breast, pattern: '(?:{colours}) breast'}", ["cues.yaml", "'side_breast'", "'colours'"],
     "unknown-set"),
    ("- {name: loud, pattern: mass, flags: [shout]}", ["cues.yaml", "'loud'", "unknown flag 'shout'"], "bad-flag"),
    ("- {name: broken, pattern: '(mass'}", ["cues.yaml", "'broken'", "bad pattern"], "bad-pattern"),
    ("- {name: twice, pattern: a}\n- {name: twice, pattern: b}", ["cues.yaml", "record 1", "'twice'", "twice"],
     "name-used-twice"),
    ("- {name: colour, pattern: a, colour: red}", ["cues.yaml", "'colour'", "unknown key 'colour'"], "unknown-key"),
    ("- {name: empty}", ["cues.yaml", "'empty'", "missing key 'pattern'"], "missing-pattern"),
]


@pytest.mark.parametrize(("text", "message"), [r[:2] for r in CUES_REFUSED], ids=[r[2] for r in CUES_REFUSED])
def test_parse_cues_refuses(text: str, message: list[str]) -> None:
    with pytest.raises(RuleError) as refused:
        parse_cues(text, SETS)
    for part in message:
        assert part in str(refused.value), (part, str(refused.value))


def test_parse_word_sets_mapping_and_list() -> None:
    sets = parse_word_sets("- {name: sides, words: {rt: right, lt: left}}\n- {name: units, words: [mm, cm]}")
    assert sets == {"sides": (("rt", "right"), ("lt", "left")), "units": (("mm", "mm"), ("cm", "cm"))}


@pytest.mark.parametrize(("text", "message"), [
    ("- {name: sides, words: 3}", ["words.yaml", "'sides'", "list or a mapping"]),
    ("- {name: sides}", ["words.yaml", "'sides'", "missing key 'words'"]),
    ("- {name: sides, words: [a], colour: red}", ["words.yaml", "'sides'", "unknown key 'colour'"]),
], ids=["not-a-list", "no-words", "unknown-key"])
def test_parse_word_sets_refuses(text: str, message: list[str]) -> None:
    with pytest.raises(RuleError) as refused:
        parse_word_sets(text)
    for part in message:
        assert part in str(refused.value), (part, str(refused.value))


@pytest.mark.parametrize("name", list(RuleFile))
def test_every_shipped_rule_file_loads(name: RuleFile) -> None:
    rules = load_rules(name)
    assert rules and rules == parse_rules(name, _shipped(name))
    assert len({rule.rule_id for rule in rules}) == len(rules), "two records with one literal and category"
    for rule in rules:
        assert isinstance(rule.category, CATEGORIES[name])
        if isinstance(rule.category, LexiconCategory):
            assert rule.value in {v.value for v in LEXICON_VALUES[rule.category]}


def test_shipped_word_sets_and_cues_load() -> None:
    sets = parse_word_sets(_shipped("words"))
    cues = parse_cues(_shipped("cues"), sets)
    assert sets and cues
    assert word_map("category_roman")["iv"] == "4"
    assert "dr" in words("sentence_abbreviations")
    assert cue("clock_face") is cue("clock_face") and cue("clock_face").pattern == cues["clock_face"].pattern
