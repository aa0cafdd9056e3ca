"""Turn a Report into plain words: a summary, density, one sentence per finding, next steps.

The wording lives in rules/explain.yaml (content, not code); this module only fills it in. Screens and
the CLI's ``--format markdown`` use the same Explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from readingscan.explain.questions import choose_questions
from readingscan.model import Breast, Finding, Report, Status


@cache
def wording() -> dict[str, Any]:
    """The explanation wording (rules/explain.yaml), loaded once."""
    text = resources.files("readingscan").joinpath("content", "en", "explain.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@dataclass(frozen=True)
class FindingText:
    finding: Finding
    title: str  # "Left breast: calcifications"
    sentence: str  # the plain sentence
    status: str  # "seen" / "possibly seen" / "said to be absent"
    why: str  # "read as not present because of 'no'" or ""


@dataclass(frozen=True)
class Explanation:
    summary: str
    category_source: str
    density: str
    density_source: str
    findings: tuple[FindingText, ...]
    next_steps: tuple[str, ...]
    warnings: tuple[str, ...]
    disclaimer: str
    questions: tuple[str, ...] = ()


def _side(breast: Breast | None) -> str:
    return {Breast.LEFT: "Left breast", Breast.RIGHT: "Right breast", Breast.BOTH: "Both breasts"}.get(
        breast, "Side not stated"  # type: ignore[arg-type]
    )


def explain_category(report: Report) -> str:
    """The category as stated, what it means, the usual next step and the Atlas likelihood range."""
    w = wording()
    assessment = report.assessment
    if assessment.overall is None:
        return str(w["no_category"])
    parts = []
    stated = "The report gives" if assessment.stated_overall or not assessment.by_breast else "The most serious category in the report is"
    info = w["categories"][assessment.overall.value]
    parts.append(f"{stated} **BI-RADS {assessment.overall.value}: {info['name']}**. {info['meaning']}")
    for breast, category in assessment.by_breast:
        c = w["categories"][category.value]
        parts.append(f"{_side(breast)}: BI-RADS {category.value} ({c['name']}).")
    parts.append(f"What usually comes next: {info['next_step']}")
    parts.append(f"How often this category turns out to be cancer, by the BI-RADS Atlas: {info['likelihood']}.")
    return " ".join(parts)


def explain_density(report: Report) -> str:
    """What the density letter means, how common it is, and what dense tissue changes."""
    w = wording()
    if report.density is None:
        return "Your report does not give a breast density."
    d = w["density"][report.density.category.value]
    return (f"**Density {report.density.category.value.upper()}: {d['name']}.** {d['meaning']} "
            f"{d['share']} have this density. {w['density_why']}")


def explain_finding(finding: Finding) -> FindingText:
    """One plain sentence for one finding, with the word that made it absent or possible."""
    w = wording()
    kind = w["kinds"][finding.kind.value]
    label = finding.label or kind["name"]
    shape = ", ".join(m.value.replace("_", " ") for m in finding.morphology)
    pattern = finding.distribution.value if finding.distribution else ""
    described = " ".join(p for p in (pattern, shape, label) if p)
    status = w["status"][finding.status.value]
    if finding.status is Status.ABSENT:
        sentence = f"The report says this was not seen: {label}."
    elif finding.status is Status.POSSIBLE:
        sentence = f"The report says there may be {described} ({kind['plain']}). It is not sure it is there."
    else:
        sentence = f"The report describes {described} ({kind['plain']})."
    if finding.stable:
        sentence += " It is " + str(w["status"]["stable"]) + "."
    place = _place(finding)
    if place:
        sentence += f" Where: {place}."
    if finding.size_mm:
        sentence += f" Size: about {finding.size_mm:g} mm."
    why = ""
    if finding.status_trigger is not None:
        verb = "not present" if finding.status is Status.ABSENT else "possible"
        why = f"read as {verb} because of '{finding.status_trigger.text}'"
    return FindingText(finding, f"{_side(finding.breast)}: {label}", sentence, status, why)


def _place(finding: Finding) -> str:
    loc = finding.location
    if loc is None:
        return ""
    clock = loc.clock.removesuffix(":00") if loc.clock else ""
    parts = [f"{clock} o'clock" if clock else "",
             loc.quadrant.value.replace("_", " ") + " part" if loc.quadrant else "",
             f"{loc.depth.value} depth" if loc.depth else ""]
    return ", ".join(p for p in parts if p)


def explain(report: Report) -> Explanation:
    """Every part of the plain-language explanation of one report."""
    w = wording()
    steps = tuple(str(w["recommendations"][r.kind.value]) for r in report.recommendations)
    return Explanation(
        summary=explain_category(report),
        category_source=str(w["sources"]["atlas_categories"]),
        density=explain_density(report),
        density_source=f"{w['sources']['atlas_density']}; {w['sources']['sprague_2014']}",
        findings=tuple(explain_finding(f) for f in report.findings),
        next_steps=steps,
        warnings=report.warnings,
        disclaimer=str(w["disclaimer"]),
        questions=choose_questions(report),
    )


def explain_markdown(report: Report, today: date | None = None) -> str:
    """The explanation as one Markdown document (CLI --format markdown, downloads)."""
    e = explain(report)
    lines = ["# Your breast imaging report in plain words", "", "## Summary", "", e.summary, "",
             f"*Source: {e.category_source}*", "", "## Breast density", "", e.density, "",
             f"*Sources: {e.density_source}*", "", "## What the report describes", ""]
    if not e.findings:
        lines.append("The report describes no findings in words we know.")
    for item in e.findings:
        extra = f" ({item.why})" if item.why else ""
        lines.append(f"- **{item.title}** ({item.status}): {item.sentence}{extra}")
    lines += ["", "## Next steps the report recommends", ""]
    lines += [f"- {step}" for step in e.next_steps] or ["- The report gives no next step in words we know."]
    lines += ["", "## Questions to ask your doctor", ""] + [f"- {q}" for q in e.questions]
    if e.warnings:
        lines += ["", "## Please note", ""] + [f"- {warning}" for warning in e.warnings]
    lines += ["", "---", f"*{e.disclaimer}* Made by ReadingScan on {(today or date.today()).isoformat()}."]
    return "\n".join(lines) + "\n"
