"""The typed records of questions.yaml: questions to ask the doctor, and when each is asked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, StrictInt, with_config

from readingscan.content.checks import FORBID, problem
from readingscan.content.findings import Outlook
from readingscan.content.records import Text
from readingscan.model import Category, Density, Distribution, FindingKind, Morphology, RecommendationKind, Status

__all__ = ["FINDING_KEYS", "Question", "Questions", "When"]


# The keys of When that one finding must meet together (the others are facts of the whole report).
FINDING_KEYS = ("kinds", "labels", "statuses", "outlook", "stable", "descriptors")


def _descriptor_key(text: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?", text):
        raise problem(f"{text!r} is not a descriptor name or name.value")
    return text


DescriptorKey = Annotated[str, AfterValidator(_descriptor_key)]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class When:
    """A question's conditions: each key given must match the report (a list: any of its values).

    The finding keys (FINDING_KEYS) must all hold for one finding: "kinds: [mass], outlook: [open]" asks
    about a mass that is not yet settled, not about a harmless cyst beside a suspicious category elsewhere.
    """

    categories: tuple[Category, ...] | None = None
    morphology: tuple[Morphology, ...] | None = None
    distribution: tuple[Distribution, ...] | None = None
    density: tuple[Density, ...] | None = None
    recommendations: tuple[RecommendationKind, ...] | None = None
    no_category: bool | None = None
    kinds: tuple[FindingKind, ...] | None = None
    labels: tuple[str, ...] | None = None  # the lexicon's finding names ("cyst"), as in findings.yaml
    statuses: tuple[Status, ...] | None = None  # default: present or possible
    outlook: tuple[Outlook, ...] | None = None
    stable: bool | None = None
    # A descriptor by name ("elasticity": any value) or name and value ("kinetics_delayed.washout"), as keyed in
    # descriptors.yaml (checked at load).
    descriptors: tuple[DescriptorKey, ...] | None = None

    def conditions(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """(key, the values any of which must hold) for each key given: ("no_category", {"true"})."""
        found: list[tuple[str, frozenset[str]]] = []
        for key in self.__dataclass_fields__:
            wanted = getattr(self, key)
            if isinstance(wanted, bool):
                found.append((key, frozenset({str(wanted).lower()})))
            elif wanted is not None:
                found.append((key, frozenset(str(value) for value in wanted)))
        return tuple(found)


def _when_keys(record: Any) -> Any:
    # Named apart from other unknown keys: a misspelt condition would silently never match.
    when = record.get("when") if isinstance(record, dict) else None
    if isinstance(when, dict):
        unknown = sorted(set(map(str, when)) - set(When.__dataclass_fields__))
        if unknown:
            raise problem(f"unknown 'when' key {unknown[0]!r}")
    return record


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Question:
    """questions.yaml: one question, asked when ``when`` holds; lower priorities first."""

    question: Text
    when: When
    priority: StrictInt


Questions = tuple[Annotated[Question, BeforeValidator(_when_keys)], ...]
