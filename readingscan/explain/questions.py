"""Questions to ask the doctor, chosen from content/en/questions.yaml for one report."""

from __future__ import annotations

import yaml

from readingscan.content import ContentError, Question, load_content, parse_content
from readingscan.model import Report, Status

__all__ = ["MAX_QUESTIONS", "Question", "QuestionsError", "choose_questions", "load_questions", "parse_questions"]

MAX_QUESTIONS = 6


class QuestionsError(ContentError):
    """questions.yaml is malformed; the message names the record and key."""


def parse_questions(text: str) -> tuple[Question, ...]:
    """Questions from YAML text (``yaml.safe_load``), checked as the shipped file is (unknown keys refused)."""
    try:
        questions: tuple[Question, ...] = parse_content("questions.yaml", yaml.safe_load(text))
    except ContentError as error:
        raise QuestionsError(str(error)) from None
    return questions


def load_questions() -> tuple[Question, ...]:
    """The shipped questions (content/en/questions.yaml), loaded once."""
    return load_content().questions


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
        for key, wanted in question.when.conditions():
            if not {v.lower() for v in wanted} & {v.lower() for v in facts[key]}:
                return False
        return True

    chosen = sorted((q for q in (questions or load_questions()) if holds(q)), key=lambda q: q.priority)
    return tuple(q.question for q in chosen[:MAX_QUESTIONS])
