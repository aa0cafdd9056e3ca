"""The typed records of questions.yaml: questions to ask the doctor, and when each is asked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, StrictInt, with_config

from readingscan.content.checks import FORBID, problem
from readingscan.content.records import Text
from readingscan.model import Category, Density, Distribution, FindingKind, Morphology, RecommendationKind

__all__ = ["Question", "Questions", "When"]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class When:
    """A question's conditions: each key given must match the report (a list: any of its values)."""

    categories: tuple[Category, ...] | None = None
    kinds: tuple[FindingKind, ...] | None = None
    morphology: tuple[Morphology, ...] | None = None
    distribution: tuple[Distribution, ...] | None = None
    density: tuple[Density, ...] | None = None
    recommendations: tuple[RecommendationKind, ...] | None = None
    no_category: bool | None = None
    stable: bool | None = None

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
