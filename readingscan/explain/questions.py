"""Questions to ask the doctor, chosen from rules/questions.yaml for one report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from readingscan.model import Report, Status

MAX_QUESTIONS = 6
_WHEN_KEYS = frozenset({"categories", "kinds", "morphology", "distribution", "density", "recommendations",
                        "no_category", "stable"})


@dataclass(frozen=True)
class Question:
    text: str
    when: tuple[tuple[str, Any], ...]
    priority: int


class QuestionsError(ValueError):
    """rules/questions.yaml is malformed; the message names the record and key."""


def parse_questions(text: str) -> tuple[Question, ...]:
    """Questions from YAML text (``yaml.safe_load``), unknown ``when`` keys rejected by name."""
    data = yaml.safe_load(text) or []
    questions = []
    for index, record in enumerate(data):
        if not isinstance(record, dict) or not isinstance(record.get("question"), str):
            raise QuestionsError(f"questions.yaml record {index}: needs a 'question' text")
        when = record.get("when") or {}
        unknown = set(when) - _WHEN_KEYS
        if unknown:
            raise QuestionsError(f"questions.yaml record {index}: unknown 'when' key {sorted(unknown)[0]!r}")
        questions.append(Question(record["question"], tuple(sorted(when.items())), int(record.get("priority", 50))))
    return tuple(questions)


@cache
def load_questions() -> tuple[Question, ...]:
    """The shipped questions (rules/questions.yaml)."""
    text = resources.files("readingscan").joinpath("content", "en", "questions.yaml").read_text(encoding="utf-8")
    return parse_questions(text)


def _facts(report: Report) -> dict[str, set[str]]:
    seen = [f for f in report.findings if f.status is not Status.ABSENT]
    categories = {c.value for _, c in report.assessment.by_breast}
    if report.assessment.overall:
        categories.add(report.assessment.overall.value)
    return {
        "categories": categories,
        "kinds": {f.kind.value for f in seen},
        "morphology": {m.value for f in seen for m in f.morphology},
        "distribution": {f.distribution.value for f in seen if f.distribution},
        "density": {report.density.category.value} if report.density else set(),
        "recommendations": {r.kind.value for r in report.recommendations},
        "no_category": {"true"} if report.assessment.overall is None else set(),
        "stable": {"true"} if any(f.stable for f in seen) else set(),
    }


def choose_questions(report: Report, questions: tuple[Question, ...] | None = None) -> tuple[str, ...]:
    """The questions whose conditions all hold for this report, most useful first, at most six."""
    facts = _facts(report)

    def holds(question: Question) -> bool:
        for key, wanted in question.when:
            values = {str(v).lower() for v in (wanted if isinstance(wanted, list) else [wanted])}
            if not values & {v.lower() for v in facts[key]}:
                return False
        return True

    chosen = sorted((q for q in (questions or load_questions()) if holds(q)), key=lambda q: q.priority)
    return tuple(q.text for q in chosen[:MAX_QUESTIONS])
