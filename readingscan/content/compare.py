"""The typed records of compare.yaml: the sentences of a comparison of an older and a newer report.

The finding, category and density sentences are tables: each key with the placeholders it must use
(``FINDING_SENTENCES``), because the comparison chooses a sentence by its key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import with_config

from readingscan.content.checks import FORBID, Spec, every, table, template
from readingscan.content.records import Affix, Text
from readingscan.model import Breast

__all__ = ["AGREEMENT", "DIFFERENCES", "FINDING_SENTENCES", "VALUE_SENTENCES", "CompareWords", "Forms", "ThingWords",
           "WhereWords"]

AGREEMENT = ("is", "was", "has", "it", "them", "measures")  # the words that agree with one thing or many
_THING = ("a_thing", "where")
_CHANGE = ("label", "where", "was", "old", "it", "is", "new")
FINDING_SENTENCES: Spec = {
    "new": _THING, "new_after_absent": (), "unchanged": _THING, "stable": ("it", "has"),
    "gone": (*_THING, "it", "is"), "not_mentioned": (*_THING, "them"), "morphology": _CHANGE,
    "distribution": _CHANGE, "size": ("old", "label", "where", "measures", "new"),
    "status_firmer": ("label", "where", "was", "is"), "status_weaker": ("label", "where", "was", "is"),
}
DIFFERENCES: Spec = dict.fromkeys(
    ("morphology", "distribution", "size", "status", "gone", "not_mentioned", "absent_before"), ())
VALUE_SENTENCES: Spec = {"neither": (), "only_new": ("new",), "only_old": ("old",), "stayed": ("new",),
                         "went": ("old", "new"), "value": ("value", "name")}


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Forms:
    one: Text  # "is"
    many: Text  # "are"


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class WhereWords:
    sides: Annotated[dict[Breast, Text], every(Breast)]
    clock: Annotated[str, template("hour")]
    clock_one: Annotated[str, template("hour")]  # one o'clock, where a language says it apart (Spanish "a la 1")
    clock_minutes: Annotated[str, template("clock")]
    quadrant: Annotated[str, template("quadrant")]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ThingWords:
    possible: Text
    possible_several: Text  # before several things, where a language says it apart (Spanish "posibles")
    shapes_joiner: Text
    article: Affix
    article_before_vowel: Affix
    article_many: Affix
    vowels: Text
    plural_ending: Text
    singular_endings: tuple[Text, ...]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class OrderWords:
    """Which report is older, and when two reports are hard to compare."""

    dates: Annotated[str, template("older", "newer")]
    swapped: Text
    no_dates: Text
    other_exams: Annotated[str, template("older", "newer")]
    other_breasts: Annotated[str, template("older", "newer")]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class CompareWords:
    """compare.yaml: the sentences of a comparison of two reports."""

    findings: Annotated[dict[str, str], table(FINDING_SENTENCES)]
    differences: Annotated[dict[str, str], table(DIFFERENCES)]
    category: Annotated[dict[str, str], table(VALUE_SENTENCES)]
    density: Annotated[dict[str, str], table(VALUE_SENTENCES)]
    where: WhereWords
    thing: ThingWords
    agree: Annotated[dict[str, Forms], every(AGREEMENT)]
    order: OrderWords
