"""The typed records of the explanation, term and reading-warning files, and the text types every file uses.

One frozen dataclass per record of ``content/<language>/*.yaml``; every field is required and no other key
is allowed. A sentence's type lists the placeholders the code fills in (``template("side", "label")``);
a mapping keyed by a closed vocabulary holds one record for every value (``every(Category)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, with_config

from readingscan.content.checks import FORBID, every, placeholders, problem, template
from readingscan.model import (
    Breast,
    Category,
    Density,
    Depth,
    Distribution,
    FindingKind,
    Morphology,
    Quadrant,
    RecommendationKind,
    Status,
)

__all__ = ["NOT_STATED", "Affix", "CategoryWords", "DensityWords", "ExplainWords", "ExportWords", "FindingWords",
           "KindWords", "ReadingWarnings", "TermWords", "Text"]

Text = Annotated[str, template()]  # a plain, non-empty text: no placeholders


def _affix(text: str) -> str:
    if placeholders(text):
        raise problem("an affix has no placeholders")
    return text


Affix = Annotated[str, AfterValidator(_affix)]  # joined onto other words; may be empty ("" for no article)
NOT_STATED = "not_stated"  # the key of the words for a side, or a pattern, the report does not give


# --- explain.yaml --------------------------------------------------------------------------------


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Sources:
    atlas_categories: Text
    atlas_density: Text
    sprague_2014: Text


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class CategoryWords:
    name: Text  # "Moderate suspicion"
    meaning: Text
    next_step: Text
    likelihood: Text  # the Atlas's range (sources.atlas_categories)


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class DensityWords:
    name: Text
    meaning: Text
    share: Text  # how common it is (sources.atlas_density)


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class KindWords:
    name: Text  # "calcifications": the label of a finding the report names no term for
    plain: Text  # "tiny spots of calcium"


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class SummaryWords:
    stated: Annotated[str, template("value", "name", "meaning")]
    most_serious: Annotated[str, template("value", "name", "meaning")]
    by_breast: Annotated[str, template("side", "value", "name")]
    next_step: Annotated[str, template("next_step")]
    likelihood: Annotated[str, template("likelihood")]
    report_next: Text  # the heading of the report's own next steps, at the top
    no_report_next: Text  # when the report recommends nothing in words we know
    conflicts: Annotated[str, template("stated")]  # categories the report states that we cannot place
    range: Annotated[str, template("low", "high")]  # "BI-RADS 3-4": a range, not one category


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class FindingWords:
    title: Annotated[str, template("side", "label")]
    present: Annotated[str, template("described", "plain")]
    possible: Annotated[str, template("described", "plain")]
    absent: Annotated[str, template("label")]
    stable: Text
    where: Annotated[str, template("place")]
    size: Annotated[str, template("size")]
    why_absent: Annotated[str, template("trigger")]
    why_possible: Annotated[str, template("trigger")]
    misspelt: Annotated[str, template("words")]  # words read by typo tolerance, as written


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class PlaceWords:
    clock: Annotated[str, template("clock")]
    quadrant: Annotated[str, template("quadrant")]
    depth: Annotated[str, template("depth")]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Headings:
    summary: Text
    density: Text
    findings: Text
    next_steps: Text
    questions: Text
    notes: Text
    linked_entries: Text  # the wording lab's page: the entries an explanation links to


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ExportWords:
    title: Text
    document_title: Text  # the PDF's metadata title
    made_on: Annotated[str, template("date")]
    footer: Annotated[str, template("date")]
    source: Annotated[str, template("source")]
    sources: Annotated[str, template("sources")]
    finding: Annotated[str, template("title", "status", "sentence")]
    finding_why: Annotated[str, template("why")]
    no_findings: Text
    no_next_step: Text
    headings: Headings


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ExplainWords:
    """explain.yaml: the explanation of one report."""

    sources: Sources
    categories: Annotated[dict[Category, CategoryWords], every(Category)]
    summary: SummaryWords
    no_category: Text
    density: Annotated[dict[Density, DensityWords], every(Density)]
    density_sentence: Annotated[str, template("letter", "name", "meaning", "share", "why")]
    no_density: Text
    density_sources: Annotated[str, template("atlas_density", "sprague_2014")]
    density_why: Text
    kinds: Annotated[dict[FindingKind, KindWords], every(FindingKind)]
    finding: FindingWords
    sides: Annotated[dict[str, Text], every([*Breast, NOT_STATED])]
    place: PlaceWords
    status: Annotated[dict[Status, Text], every(Status)]
    recommendations: Annotated[dict[RecommendationKind, Text], every(RecommendationKind)]
    disclaimer: Text
    export: ExportWords


# --- terms.yaml ----------------------------------------------------------------------------------


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class TermWords:
    """terms.yaml: each value of the contract's vocabularies in words ("fine_pleomorphic": "fine pleomorphic")."""

    kind: Annotated[dict[FindingKind, Text], every(FindingKind)]
    morphology: Annotated[dict[Morphology, Text], every(Morphology)]
    distribution: Annotated[dict[Distribution, Text], every(Distribution)]
    quadrant: Annotated[dict[Quadrant, Text], every(Quadrant)]
    depth: Annotated[dict[Depth, Text], every(Depth)]


# --- warnings.yaml -------------------------------------------------------------------------------


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ReadingWarnings:
    """warnings.yaml: what a reader should know about a reading."""

    no_terms: Text
    no_category: Text
    suspicious_shapes_benign_category: Text
    benign_shapes_suspicious_category: Text
