"""Turn a Report into plain words: a summary, density, one sentence per finding, next steps.

The wording lives in content/en/explain.yaml (content, not code); this module only chooses and fills it
in. Screens and the CLI's ``--format markdown`` use the same Explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from readingscan.explain.questions import choose_questions
from readingscan.explain.words import place_words, side_words, term_words, why_words, wording
from readingscan.model import Finding, Report, Status

__all__ = ["Explanation", "FindingText", "explain", "explain_category", "explain_density", "explain_finding",
           "explain_markdown"]


@dataclass(frozen=True)
class FindingText:
    finding: Finding
    title: str  # "Left breast: calcifications"
    sentence: str  # the plain sentence
    status: str  # "seen" / "possibly seen" / "said to be absent"
    why: str  # "read as not present because of 'no'" or ""
    misspelt: str = ""  # safety rule 2: words read by typo tolerance, shown as written


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
    category_note: str = ""  # a range, or categories the reading cannot place: shown beside the summary


def explain_category(report: Report) -> str:
    """The category as stated, what it means, the usual next step and the Atlas likelihood range."""
    w = wording()
    assessment = report.assessment
    if assessment.overall is None:
        return w.no_category
    # Safety rule 1: a category the report gives per breast only is named as the most serious one.
    stated = w.summary.stated if assessment.stated_overall or not assessment.by_breast else w.summary.most_serious
    info = w.categories[assessment.overall]
    parts = [stated.format(value=assessment.overall.value, name=info.name, meaning=info.meaning)]
    parts += [w.summary.by_breast.format(side=side_words(breast), value=category.value,
                                         name=w.categories[category].name)
              for breast, category in assessment.by_breast]
    parts.append(w.summary.next_step.format(next_step=info.next_step))
    parts.append(w.summary.likelihood.format(likelihood=info.likelihood))
    return " ".join(parts)


def explain_category_note(report: Report) -> str:
    """Safety rule 2: a range, and the categories the reading cannot place or that disagree, as written."""
    w, assessment = wording(), report.assessment
    parts = [w.summary.range.format(low=low.value, high=high.value) for low, high in assessment.ranges]
    ranges = {f"{low.value}-{high.value}" for low, high in assessment.ranges}
    unsure = [c for c in assessment.conflicts if c not in ranges]
    if unsure:
        parts.append(w.summary.conflicts.format(stated=" and ".join(f'"{c}"' for c in unsure)))
    return " ".join(parts)


def explain_density(report: Report) -> str:
    """What the density letter means, how common it is, and what dense tissue changes."""
    w = wording()
    if report.density is None:
        return w.no_density
    letter = report.density.category
    d = w.density[letter]
    return w.density_sentence.format(letter=letter.value.upper(), name=d.name, meaning=d.meaning, share=d.share,
                                     why=w.density_why)


def explain_finding(finding: Finding) -> FindingText:
    """One plain sentence for one finding, with the word that made it absent or possible."""
    w = wording()
    kind = w.kinds[finding.kind]
    label = finding.label or kind.name
    shape = ", ".join(term_words(m) for m in finding.morphology)
    pattern = term_words(finding.distribution) if finding.distribution else ""
    described = " ".join(p for p in (pattern, shape, label) if p)
    words = w.finding
    if finding.status is Status.ABSENT:
        parts = [words.absent.format(label=label)]
    elif finding.status is Status.POSSIBLE:
        parts = [words.possible.format(described=described, plain=kind.plain)]
    else:
        parts = [words.present.format(described=described, plain=kind.plain)]
    if finding.stable:
        parts.append(words.stable)
    place = place_words(finding)
    if place:
        parts.append(words.where.format(place=place))
    if finding.size_mm:
        parts.append(words.size.format(size=f"{finding.size_mm:g}"))
    title = words.title.format(side=side_words(finding.breast), label=label)
    misspelt = w.finding.misspelt.format(words=", ".join(f"'{m}'" for m in finding.misspelt)) if finding.misspelt else ""
    return FindingText(finding, title, " ".join(parts), w.status[finding.status], why_words(finding), misspelt)


def explain(report: Report) -> Explanation:
    """Every part of the plain-language explanation of one report."""
    w = wording()
    return Explanation(
        summary=explain_category(report),
        category_note=explain_category_note(report),
        category_source=w.sources.atlas_categories,
        density=explain_density(report),
        density_source=w.density_sources.format(atlas_density=w.sources.atlas_density,
                                                sprague_2014=w.sources.sprague_2014),
        findings=tuple(explain_finding(f) for f in report.findings),
        next_steps=tuple(w.recommendations[r.kind] for r in report.recommendations),
        warnings=report.warnings,
        disclaimer=w.disclaimer,
        questions=choose_questions(report),
    )


def explain_markdown(report: Report, today: date | None = None) -> str:
    """The explanation as one Markdown document (CLI --format markdown, downloads)."""
    e, words = explain(report), wording().export
    heading = words.headings
    lines = [f"# {words.title}", "", f"## {heading.summary}", "", e.summary, "",
             *([e.category_note, ""] if e.category_note else []),
             f"*{words.source.format(source=e.category_source)}*", "", f"## {heading.density}", "", e.density, "",
             f"*{words.sources.format(sources=e.density_source)}*", "", f"## {heading.findings}", ""]
    if not e.findings:
        lines.append(words.no_findings)
    for item in e.findings:
        line = words.finding.format(title=f"**{item.title}**", status=item.status, sentence=item.sentence)
        lines.append(f"- {line} {words.finding_why.format(why=item.why)}" if item.why else f"- {line}")
    lines += ["", f"## {heading.next_steps}", ""]
    lines += [f"- {step}" for step in e.next_steps] or [f"- {words.no_next_step}"]
    lines += ["", f"## {heading.questions}", ""] + [f"- {q}" for q in e.questions]
    if e.warnings:
        lines += ["", f"## {heading.notes}", ""] + [f"- {warning}" for warning in e.warnings]
    made = words.footer.format(date=(today or date.today()).isoformat())
    lines += ["", "---", f"*{e.disclaimer}* {made}"]
    return "\n".join(lines) + "\n"
