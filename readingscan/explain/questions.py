"""Questions to ask the doctor, chosen from content/en/questions.yaml for one report."""

from __future__ import annotations

import yaml

from readingscan.content import ContentError, Question, load_content, parse_content
from readingscan.content.questions import FINDING_KEYS
from readingscan.explain.finding import outlook_of
from readingscan.model import Finding, Report, Status

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


def _report_facts(report: Report) -> dict[str, set[str]]:
    seen = [f for f in report.findings if f.status is not Status.ABSENT]
    categories = {c.value for _, c in report.assessment.by_breast}
    if report.assessment.overall:
        categories.add(report.assessment.overall.value)
    return {
        "categories": categories,
        "morphology": {m.value for f in seen for m in f.morphology},
        "distribution": {f.distribution.value for f in seen if f.distribution},
        "density": {report.density.category.value} if report.density else set(),
        "recommendations": {r.kind.value for r in report.recommendations},
        "no_category": {"true"} if report.assessment.overall is None else set(),
    }


def _finding_facts(finding: Finding, report: Report) -> dict[str, set[str]]:
    return {
        "kinds": {finding.kind.value},
        "labels": {finding.label} if finding.label else set(),
        "statuses": {finding.status.value},
        "outlook": {outlook_of(finding, report).value},
        "stable": {str(finding.stable).lower()},
        # "elasticity" matches any value, "elasticity.hard" that one.
        "descriptors": {key for name, value in finding.descriptors for key in (name, f"{name}.{value}")},
    }


def _holds(conditions: list[tuple[str, frozenset[str]]], facts: dict[str, set[str]]) -> bool:
    return all({v.lower() for v in wanted} & {v.lower() for v in facts[key]} for key, wanted in conditions)


def choose_questions(report: Report, questions: tuple[Question, ...] | None = None) -> tuple[str, ...]:
    """The questions whose conditions hold for this report, most useful first, at most six.

    Finding conditions (kind, name, status, outlook, stable, descriptors) must hold for one finding, present or possible
    unless ``statuses`` says otherwise: a simple cyst with BI-RADS 2 is "benign" and gets no biopsy question.
    """
    facts = _report_facts(report)
    findings = [_finding_facts(f, report) for f in report.findings]
    default_statuses = frozenset({Status.PRESENT.value, Status.POSSIBLE.value})

    def holds(question: Question) -> bool:
        conditions = question.when.conditions()
        on_report = [c for c in conditions if c[0] not in FINDING_KEYS]
        on_finding = [c for c in conditions if c[0] in FINDING_KEYS]
        if not _holds(on_report, facts):
            return False
        if not on_finding:
            return True
        if not any(key == "statuses" for key, _ in on_finding):
            on_finding.append(("statuses", default_statuses))
        return any(_holds(on_finding, one) for one in findings)

    chosen = sorted((q for q in (questions or load_questions()) if holds(q)), key=lambda q: q.priority)
    return tuple(q.question for q in chosen[:MAX_QUESTIONS])
