"""Load the rule files (rules/*.yaml) into checked, compiled records.

Rules are data: a record names a literal as reports write it, its category, and optionally a regular
expression. Unknown keys are an error naming the key, so a typo in a rule file fails loudly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from readingscan.read.matcher import AlternationMatcher

RULES_PACKAGE = "readingscan"

_ALLOWED_KEYS: dict[str, frozenset[str]] = {
    "lexicon": frozenset({"literal", "category", "value", "pattern", "term", "label", "implies", "source"}),
    "context": frozenset({"literal", "category", "direction", "pattern", "source"}),
    "sections": frozenset({"literal", "category", "pattern", "source"}),
    "terms": frozenset({"literal", "category", "value", "pattern", "source"}),
    "assessment": frozenset({"literal", "category", "value", "pattern", "source"}),
}
_REQUIRED_KEYS = frozenset({"literal", "category"})


class RuleError(ValueError):
    """A rule file is malformed. The message names the file, the record and the problem."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One record of a rule file. ``regex`` is the literal or pattern, ready to embed in a larger regex."""

    rule_id: str
    literal: str
    category: str
    regex: str
    value: str = ""
    direction: str = ""
    term: str = ""
    label: str = ""
    implies: str = ""
    source: str = ""
    is_literal: bool = False  # no pattern: the words themselves (matched through a word index, faster)


def literal_regex(literal: str) -> str:
    """A literal matched case-insensitively, with any run of spaces or hyphens between words allowed."""
    words = re.split(r"[\s-]+", literal.strip())
    return r"[\s-]+".join(re.escape(w) for w in words if w)


def _check_record(name: str, index: int, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RuleError(f"{name}.yaml record {index}: expected a mapping, got {type(record).__name__}")
    unknown = set(record) - _ALLOWED_KEYS[name]
    if unknown:
        raise RuleError(f"{name}.yaml record {index} ({record.get('literal')!r}): unknown key {sorted(unknown)[0]!r}")
    missing = _REQUIRED_KEYS - set(record)
    if missing:
        raise RuleError(f"{name}.yaml record {index}: missing key {sorted(missing)[0]!r}")
    return record


def parse_rules(name: str, text: str) -> tuple[Rule, ...]:
    """Parse one rule file's YAML text (``yaml.safe_load`` only) into checked Rules."""
    if name not in _ALLOWED_KEYS:
        raise RuleError(f"unknown rule file {name!r}")
    data = yaml.safe_load(text) or []
    if not isinstance(data, list):
        raise RuleError(f"{name}.yaml: expected a list of records")
    rules = []
    for index, raw in enumerate(data):
        record = _check_record(name, index, raw)
        literal = str(record["literal"])
        pattern = record.get("pattern")
        regex = str(pattern) if pattern else literal_regex(literal)
        try:
            re.compile(regex, re.IGNORECASE)
        except re.error as error:
            raise RuleError(f"{name}.yaml record {index} ({literal!r}): bad pattern: {error}") from error
        value = str(record.get("value", ""))
        rules.append(
            Rule(
                rule_id=f"{name}.{record['category']}.{literal}",
                literal=literal,
                category=str(record["category"]),
                regex=regex,
                value=value,
                direction=str(record.get("direction", "")),
                term=str(record.get("term", "")),
                label=str(record.get("label", "")),
                implies=str(record.get("implies", "")),
                source=str(record.get("source", "")),
                is_literal=not pattern,
            )
        )
    return tuple(rules)


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """The records of ``rules/<name>.yaml`` shipped with the package."""
    text = resources.files(RULES_PACKAGE).joinpath("rules", f"{name}.yaml").read_text(encoding="utf-8")
    return parse_rules(name, text)


def compile_alternation(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One regex over all rules, each in a named group ``r<index>``, on word boundaries.

    Python's alternation takes the first alternative that matches at a position, so rules are tried
    longest-literal first: "no change in" is tried before "no", "fine linear" before "linear".
    """
    order = sorted(range(len(rules)), key=lambda i: (-len(rules[i].literal), i))
    parts = [f"(?P<r{i}>{rules[i].regex})" for i in order]
    # Word boundaries only where the match begins or ends with a word character: literals may start
    # or end with punctuation (";", "?", "w/o") and must still match right after a word ("masses;").
    return re.compile(r"(?:(?<!\w)|(?=\W))(?:" + "|".join(parts) + r")(?:(?!\w)|(?<=\W))", re.IGNORECASE)


def compile_matcher(rules: tuple[Rule, ...], skip: frozenset[int] = frozenset()) -> AlternationMatcher:
    """Like compile_alternation, with the same order and boundaries, dispatched on first characters.

    ``skip``: indexes of rules matched some other way (plain literals, by a LiteralIndex).
    """
    order = sorted((i for i in range(len(rules)) if i not in skip), key=lambda i: (-len(rules[i].literal), i))
    return AlternationMatcher([(i, rules[i].regex) for i in order])
