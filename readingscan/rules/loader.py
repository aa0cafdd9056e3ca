"""Load the rule files (rules/*.yaml) once into checked, typed records.

Rules are data: a record names a literal as reports write it, its category, and optionally a regular
expression. A key, category, direction or value the file's record type does not know is refused at
load, with the file and the record named, so a typo in a rule file fails loudly and never inside
``analyze()``.

Four kinds of file:
- word records (lexicon, context, sections, terms): ``load_rules(name)`` -> tuple[Rule, ...]
- named patterns (cues.yaml): ``cue(name)`` -> a compiled regex; ``{set}`` in a pattern is replaced by
  the alternation of a word set (or an earlier cue), so the words are written once
- named word sets (words.yaml): ``words(name)`` -> tuple of words, ``word_map(name)`` -> word -> value
- word lists (*.txt, one word a line): ``word_list(name)`` -> frozenset of words
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml

from readingscan.model import Modality, Morphology
from readingscan.rules.records import (
    CATEGORIES,
    LEXICON_VALUES,
    Direction,
    LexiconCategory,
    Rule,
    RuleCategory,
    RuleFile,
)

RULES_PACKAGE = "readingscan"

_ALLOWED_KEYS: dict[RuleFile, frozenset[str]] = {
    RuleFile.LEXICON: frozenset({
        "literal", "category", "value", "pattern", "term", "label", "implies", "exams", "source",
    }),
    RuleFile.CONTEXT: frozenset({"literal", "category", "direction", "pattern", "source"}),
    RuleFile.SECTIONS: frozenset({"literal", "category", "pattern", "source"}),
    RuleFile.TERMS: frozenset({"literal", "category", "value", "pattern", "source"}),
}
_REQUIRED_KEYS = frozenset({"literal", "category"})
_CUE_KEYS = frozenset({"name", "pattern", "flags", "source"})
_CUE_FLAGS = {"ignorecase": re.IGNORECASE, "multiline": re.MULTILINE, "dotall": re.DOTALL}
_WORD_SET_KEYS = frozenset({"name", "words", "source"})
_SET_REFERENCE = re.compile(r"\{([a-z_]+)\}")


class RuleError(ValueError):
    """A rule file is malformed. The message names the file, the record and the problem."""


def literal_regex(literal: str) -> str:
    """A literal matched case-insensitively, with any run of spaces or hyphens between words allowed."""
    words = re.split(r"[\s-]+", literal.strip())
    return r"[\s-]+".join(re.escape(w) for w in words if w)


def _member(enum: type[StrEnum], value: Any, where: str, key: str) -> StrEnum:
    try:
        return enum(str(value))
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise RuleError(f"{where}: {key} {value!r} is not one of: {allowed}") from None


def _check_record(name: RuleFile, index: int, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RuleError(f"{name}.yaml record {index}: expected a mapping, got {type(record).__name__}")
    unknown = set(record) - _ALLOWED_KEYS[name]
    if unknown:
        raise RuleError(f"{name}.yaml record {index} ({record.get('literal')!r}): unknown key {sorted(unknown)[0]!r}")
    missing = _REQUIRED_KEYS - set(record)
    if missing:
        raise RuleError(f"{name}.yaml record {index}: missing key {sorted(missing)[0]!r}")
    return record


def _rule(name: RuleFile, index: int, record: dict[str, Any]) -> Rule:
    literal = str(record["literal"])
    where = f"{name}.yaml record {index} ({literal!r})"
    category: RuleCategory = _member(CATEGORIES[name], record["category"], where, "category")  # type: ignore[assignment]
    pattern = record.get("pattern")
    regex = str(pattern) if pattern else literal_regex(literal)
    try:
        re.compile(regex, re.IGNORECASE)
    except re.error as error:
        raise RuleError(f"{where}: bad pattern: {error}") from error
    value = str(record.get("value", ""))
    if isinstance(category, LexiconCategory):
        value = _member(LEXICON_VALUES[category], value, where, "value").value  # checked; kept as text
    direction = _member(Direction, record["direction"], where, "direction") if "direction" in record else None
    implies = _member(Morphology, record["implies"], where, "implies") if "implies" in record else None
    exams = record.get("exams", [])
    if not isinstance(exams, list):
        raise RuleError(f"{where}: exams must be a list of modalities")
    return Rule(
        rule_id=f"{name}.{category}.{literal}", literal=literal, category=category, regex=regex, value=value,
        direction=direction,  # type: ignore[arg-type]
        term=str(record.get("term", "")), label=str(record.get("label", "")),
        implies=implies,  # type: ignore[arg-type]
        exams=tuple(Modality(_member(Modality, exam, where, "exams").value) for exam in exams),
        source=str(record.get("source", "")), is_literal=not pattern,
    )


def parse_rules(name: str, text: str) -> tuple[Rule, ...]:
    """Parse one rule file's YAML text (``yaml.safe_load`` only) into checked Rules."""
    try:
        kind = RuleFile(name)
    except ValueError:
        raise RuleError(f"unknown rule file {name!r}") from None
    data = yaml.safe_load(text) or []
    if not isinstance(data, list):
        raise RuleError(f"{name}.yaml: expected a list of records")
    return tuple(_rule(kind, index, _check_record(kind, index, raw)) for index, raw in enumerate(data))


def _read(name: str) -> str:
    return resources.files(RULES_PACKAGE).joinpath("rules", f"{name}.yaml").read_text(encoding="utf-8")


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """The records of ``rules/<name>.yaml`` shipped with the package."""
    return parse_rules(name, _read(name))


def _named_records(file: str, text: str, keys: frozenset[str], required: frozenset[str]) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(text) or []
    if not isinstance(data, list):
        raise RuleError(f"{file}: expected a list of records")
    found: dict[str, dict[str, Any]] = {}
    for index, record in enumerate(data):
        if not isinstance(record, dict):
            raise RuleError(f"{file} record {index}: expected a mapping")
        label = f"{file} record {index} ({record.get('name')!r})"
        if unknown := set(record) - keys:
            raise RuleError(f"{label}: unknown key {sorted(unknown)[0]!r}")
        if missing := required - set(record):
            raise RuleError(f"{label}: missing key {sorted(missing)[0]!r}")
        if record["name"] in found:
            raise RuleError(f"{label}: the name is used twice")
        found[str(record["name"])] = record
    return found


def parse_word_sets(text: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """words.yaml: each set's (word, value) pairs; a plain list of words gives each word as its own value."""
    sets: dict[str, tuple[tuple[str, str], ...]] = {}
    for name, record in _named_records("words.yaml", text, _WORD_SET_KEYS, frozenset({"name", "words"})).items():
        words = record["words"]
        items = list(words.items()) if isinstance(words, dict) else words if isinstance(words, list) else []
        flat = [x for pair in items for x in (pair if isinstance(pair, tuple) else (pair,))]
        if any(isinstance(x, bool) for x in flat):  # YAML reads a bare no/yes/on/off as a boolean
            raise RuleError(f"words.yaml ({name!r}): quote no, yes, on and off: YAML reads them as true or false")
        if isinstance(words, dict):
            sets[name] = tuple((str(w), str(v)) for w, v in words.items())
        elif isinstance(words, list):
            sets[name] = tuple((str(w), str(w)) for w in words)
        else:
            raise RuleError(f"words.yaml ({name!r}): words must be a list or a mapping")
    return sets


@cache
def _word_sets() -> dict[str, tuple[tuple[str, str], ...]]:
    return parse_word_sets(_read("words"))


def words(name: str) -> tuple[str, ...]:
    """The words of one set of rules/words.yaml, in file order."""
    return tuple(word for word, _ in _word_sets()[name])


def word_map(name: str) -> dict[str, str]:
    """One set of rules/words.yaml as word -> value (e.g. side words -> "left" / "right" / "both")."""
    return dict(_word_sets()[name])


def parse_cues(text: str, sets: dict[str, tuple[tuple[str, str], ...]]) -> dict[str, re.Pattern[str]]:
    """cues.yaml: named patterns, ``{name}`` expanded to the alternation of a word set or to an earlier cue."""
    cues: dict[str, re.Pattern[str]] = {}
    for name, record in _named_records("cues.yaml", text, _CUE_KEYS, frozenset({"name", "pattern"})).items():
        label = f"cues.yaml ({name!r})"
        flags = 0
        for flag in record.get("flags", ["ignorecase"]):
            if flag not in _CUE_FLAGS:
                raise RuleError(f"{label}: unknown flag {flag!r}")
            flags |= _CUE_FLAGS[flag]

        def expand(match: re.Match[str], label: str = label) -> str:
            if match.group(1) in cues:  # a cue defined above: its pattern, as one group
                return f"(?:{cues[match.group(1)].pattern})"
            if match.group(1) not in sets:
                raise RuleError(f"{label}: no word set or earlier cue {match.group(1)!r}")
            return "|".join(word for word, _ in sets[match.group(1)])

        try:
            cues[name] = re.compile(_SET_REFERENCE.sub(expand, str(record["pattern"])), flags)
        except re.error as error:
            raise RuleError(f"{label}: bad pattern: {error}") from error
    return cues


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    return parse_cues(_read("cues"), _word_sets())


def cue(name: str) -> re.Pattern[str]:
    """The compiled pattern named ``name`` in rules/cues.yaml."""
    return _cues()[name]


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of ``rules/<name>.txt``, one a line, lower-cased; blank lines and ``#`` comments left out."""
    text = resources.files(RULES_PACKAGE).joinpath("rules", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#"))
