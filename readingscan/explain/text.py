"""Turn a Report into plain words: a summary, density, one sentence per finding, next steps.

The wording lives in content/en/explain.yaml (content, not code); this module only chooses and fills it
in. Screens and the CLI's ``--format markdown`` use the same Explanation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from readingscan.content import Count
from readingscan.explain.descriptors import (
    Detail,
    background_words,
    detail_line,
    finding_details,
    sources_of,
    tissue_heading,
    tissue_sources,
    tissue_words,
)
from readingscan.explain.finding import count_of, described, join_words, noun_of
from readingscan.explain.notes import in_language, tidied
from readingscan.explain.questions import choose_questions
from readingscan.explain.words import place_words, side_words, why_words, wording
from readingscan.model import Finding, FindingKind, Report, Status

__all__ = ["Explanation", "FindingText", "category_heading", "density_source", "explain", "explain_category",
           "explain_density", "explain_finding", "explain_markdown", "grid_note"]


@dataclass(frozen=True)
class FindingText:
    finding: Finding
    title: str  # "Left breast: calcifications"
    sentence: str  # the plain sentence
    status: str  # "seen" / "possibly seen" / "said to be absent"
    why: str  # "read as not present because of 'no'" or ""
    misspelt: str = ""  # safety rule 2: words read by typo tolerance, shown as written
    details: tuple[Detail, ...] = ()  # its descriptors in plain words (and what enhancement is), on its card
    sources: tuple[str, ...] = ()  # the works the details rest on, shown under them


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
    heading: str = ""  # "BI-RADS 4B: Moderate suspicion", or "" with no category; the summary never repeats it
    grid_note: str = ""  # said instead of the grid when nothing can be placed on it; "" when something can
    # MRI: normal tissue taking up the dye (never a finding) and the amount of gland tissue (never density).
    tissue_heading: str = ""  # "" when the report states neither
    background_enhancement: str = ""
    fibroglandular_tissue: str = ""
    tissue_sources: str = ""


def _sentences(text: str) -> list[str]:
    # Chinese ends a sentence with a full-width mark and no space after it.
    return [p.strip() for p in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", text.strip()) if p.strip()]


def explain_category(report: Report, already_said: Iterable[str] = ()) -> str:
    """Where the category applies, what it means, the other breasts', the usual next step and the likelihood.

    The heading ("BI-RADS 4B: Moderate suspicion") is not repeated, and a sentence ``already_said`` (the
    report's own next steps in plain words) is not said again.
    """
    w = wording()
    assessment = report.assessment
    if assessment.overall is None:
        return w.no_category
    overall, info = assessment.overall, w.categories[assessment.overall]
    same = [breast for breast, category in assessment.by_breast if category == overall]
    if same:
        parts = [w.summary.for_sides.format(sides=join_words([w.breasts[b] for b in same]))]
    else:
        parts = [w.summary.whole_exam]
    if not assessment.stated_overall and len({c for _, c in assessment.by_breast}) > 1:
        # Safety rule 1: a category the report gives per breast only is named as the most serious one.
        parts.append(w.summary.most_serious)
    parts.append(info.meaning)
    parts += [w.summary.by_breast.format(side=side_words(breast), value=category.value,
                                         name=w.categories[category].name)
              for breast, category in assessment.by_breast if category != overall]
    parts.append(w.summary.next_step.format(next_step=info.next_step))
    parts.append(info.likelihood)
    said = {s for text in already_said for s in _sentences(text)}
    kept: list[str] = []
    for sentence in _sentences(" ".join(parts)):
        if sentence not in said:
            kept.append(sentence)
            said.add(sentence)
    return " ".join(kept)


def category_heading(report: Report) -> str:
    """The category as a heading: "BI-RADS 4B: Moderate suspicion", or "" when the report states none."""
    overall = report.assessment.overall
    if overall is None:
        return ""
    return wording().summary.heading.format(value=overall.value, name=wording().categories[overall].name)


def explain_category_note(report: Report) -> str:
    """Safety rule 2: a range, and the categories the reading cannot place or that disagree, as written."""
    w, assessment = wording(), report.assessment
    parts = [w.summary.range.format(low=low.value, high=high.value) for low, high in assessment.ranges]
    ranges = {f"{low.value}-{high.value}" for low, high in assessment.ranges}
    unsure = [c for c in assessment.conflicts if c not in ranges]
    if unsure:
        parts.append(w.summary.conflicts.format(stated=join_words([f'"{c}"' for c in unsure])))
    return " ".join(parts)


def explain_density(report: Report) -> str:
    """What the density letter means, how common it is, and what it changes (dense tissue only for C and D)."""
    w = wording()
    if report.density is None:
        return w.no_density
    letter = report.density.category
    d = w.density[letter]
    return w.density_sentence.format(letter=letter.value.upper(), name=d.name, meaning=d.meaning, share=d.share,
                                     why=d.why)


def density_source(report: Report) -> str:
    """The primary works the density sentence rests on (only the Atlas for A and B), as shown on screen."""
    w = wording()
    keys = w.density[report.density.category].sources if report.density else ("atlas_density",)
    return "; ".join(getattr(w.sources, key).cite for key in keys)


def explain_finding(finding: Finding, said_intros: set[str] | None = None) -> FindingText:
    """One plain sentence for one finding, in its number, with the word that made it absent or possible."""
    w = wording()
    count = count_of(finding)
    several = count is Count.SEVERAL
    noun = noun_of(finding)
    label = noun.several if several else noun.one
    words = w.finding
    gloss = noun.gloss_several if several else noun.gloss_one
    if finding.status is Status.ABSENT:
        parts = [(words.absent_several if several else words.absent_one).format(label=label)]
    elif finding.status is Status.POSSIBLE:
        parts = [words.possible.format(described=described(finding, count), gloss=gloss)]
    else:
        parts = [words.present.format(described=described(finding, count), gloss=gloss)]
    if finding.stable and finding.status is not Status.ABSENT:
        parts.append(words.stable_several if several else words.stable_one)
    place = place_words(finding)
    if place:
        parts.append(words.where.format(place=place))
    if finding.size_mm:
        parts.append(words.size.format(size=f"{finding.size_mm:g}"))
    parts += [words.measures[key].format(size=value) for key, value in finding.descriptors if key in words.measures]
    title = words.title.format(side=side_words(finding.breast), label=label)
    misspelt = w.finding.misspelt.format(words=", ".join(f"'{m}'" for m in finding.misspelt)) if finding.misspelt else ""
    details = finding_details(finding, said_intros)
    return FindingText(finding, title, " ".join(parts), w.status[finding.status], why_words(finding), misspelt,
                       details, sources_of(details))


def grid_note(report: Report) -> str:
    """What to say instead of the grid: no calcifications seen, or none with a named shape; else ""."""
    seen = [f for f in report.findings if f.kind is FindingKind.CALCIFICATION and f.status is not Status.ABSENT]
    if not seen:
        return wording().grid.no_calcifications
    return "" if any(f.morphology for f in seen) else wording().grid.unplaced


def explain(report: Report) -> Explanation:
    """Every part of the plain-language explanation of one report."""
    w = wording()
    next_steps = tuple(w.recommendations[r.kind] for r in report.recommendations)
    said_intros: set[str] = set()  # what the dye is, said on the first card that needs it only
    return tidied(Explanation(
        summary=explain_category(report, next_steps),
        heading=category_heading(report),
        category_note=explain_category_note(report),
        category_source=w.sources.atlas_categories.cite,
        density=explain_density(report),
        density_source=density_source(report),
        findings=tuple(explain_finding(f, said_intros) for f in report.findings),
        next_steps=next_steps,
        warnings=tuple(in_language(note) for note in report.warnings),
        disclaimer=w.disclaimer,
        questions=choose_questions(report),
        grid_note=grid_note(report),
        tissue_heading=tissue_heading(report),
        background_enhancement=background_words(report),
        fibroglandular_tissue=tissue_words(report),
        tissue_sources=tissue_sources(report),
    ))


def explain_markdown(report: Report, today: date | None = None) -> str:
    """The explanation as one Markdown document (CLI --format markdown, downloads)."""
    e, words = explain(report), wording().export
    heading = words.headings
    lines = [f"# {words.title}", "", f"## {heading.summary}", "", *([f"**{e.heading}**", ""] if e.heading else []),
             e.summary, "",
             *([e.category_note, ""] if e.category_note else []),
             f"*{words.source.format(source=e.category_source)}*", "", f"## {heading.density}", "", e.density, "",
             f"*{words.sources.format(sources=e.density_source)}*", ""]
    if e.tissue_heading:
        lines += [f"## {e.tissue_heading}", ""]
        lines += [f"{text}\n" for text in (e.background_enhancement, e.fibroglandular_tissue) if text]
        lines += [f"*{words.sources.format(sources=e.tissue_sources)}*", ""]
    lines += [f"## {heading.findings}", ""]
    if not e.findings:
        lines.append(words.no_findings)
    for item in e.findings:
        line = words.finding.format(title=f"**{item.title}**", status=item.status, sentence=item.sentence)
        lines.append(f"- {line} {words.finding_why.format(why=item.why)}" if item.why else f"- {line}")
        lines += [f"  - {detail_line(detail)}" for detail in item.details]
        if item.sources:
            lines.append(f"  - *{words.sources.format(sources='; '.join(item.sources))}*")
    lines += ["", f"## {heading.next_steps}", ""]
    lines += [f"- {step}" for step in e.next_steps] or [f"- {words.no_next_step}"]
    lines += ["", f"## {heading.questions}", ""] + [f"- {q}" for q in e.questions]
    if e.warnings:
        lines += ["", f"## {heading.notes}", ""] + [f"- {warning}" for warning in e.warnings]
    made = words.footer.format(date=(today or date.today()).isoformat())
    lines += ["", "---", f"*{e.disclaimer}* {made}"]
    return "\n".join(lines) + "\n"
