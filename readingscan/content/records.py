"""The typed records of the explanation, term and reading-warning files, and the text types every file uses.

One frozen dataclass per record of ``content/<language>/*.yaml``; every field is required and no other key
is allowed. A sentence's type lists the placeholders the code fills in (``template("side", "label")``);
a mapping keyed by a closed vocabulary holds one record for every value (``every(Category)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import AfterValidator, with_config

from readingscan.content.checks import FORBID, every, placeholders, problem, table, template
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
           "GridNote", "KindWords", "ReadingWarnings", "Source", "SourceKey", "TermWords", "Text"]

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
class Source:
    """A work a figure rests on: ``cite`` is shown (the primary work: authors or body, title, year, DOI);
    ``checked_via`` is where the figure was read when not in the work itself (a reproduced table, a
    repository quoting it), for the content team only and never shown."""

    cite: Text
    checked_via: Text


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Sources:
    atlas_categories: Source
    atlas_density: Source
    sprague_2014: Source


SourceKey = Literal["atlas_categories", "atlas_density", "sprague_2014"]  # the fields of Sources


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class CategoryWords:
    name: Text  # "Moderate suspicion"
    meaning: Text
    next_step: Text
    likelihood: Text  # a sentence: the Atlas's range (sources.atlas_categories), or what 0 and 6 mean instead


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class DensityWords:
    name: Text
    meaning: Text
    share: Text  # how common it is (sources.atlas_density)
    why: Text  # what this density changes for the person
    sources: tuple[SourceKey, ...]  # the works the sentence rests on, shown in this order


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class KindWords:
    name: Text  # "calcifications": the label of a finding the report names no term for (comparisons)


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class SummaryWords:
    heading: Annotated[str, template("value", "name")]  # "BI-RADS 4B: Moderate suspicion": shown as a heading
    whole_exam: Text  # the sentences below never repeat the heading
    for_sides: Annotated[str, template("sides")]
    most_serious: Text
    by_breast: Annotated[str, template("side", "value", "name")]  # another breast's other category
    next_step: Annotated[str, template("next_step")]
    report_next: Text  # the heading of the report's own next steps, at the top
    no_report_next: Text  # when the report recommends nothing in words we know
    conflicts: Annotated[str, template("stated")]  # categories the report states that we cannot place
    range: Annotated[str, template("low", "high")]  # "BI-RADS 3-4": a range, not one category


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class FindingWords:
    title: Annotated[str, template("side", "label")]
    present: Annotated[str, template("described", "gloss")]
    possible: Annotated[str, template("described", "gloss")]
    absent_one: Annotated[str, template("label")]  # "no mass was seen"
    absent_several: Annotated[str, template("label")]  # "no calcifications were seen"
    stable_one: Text  # "It is unchanged"
    stable_several: Text  # "They are unchanged"
    where: Annotated[str, template("place")]
    size: Annotated[str, template("size")]
    # A measurement the report gives of a part, by its descriptor name ("cortical_thickness_mm": a lymph node's outer
    # layer, which is not the node's size).
    measures: Annotated[dict[str, str], table({"cortical_thickness_mm": ("size",)})]
    why_absent: Annotated[str, template("trigger")]
    why_possible: Annotated[str, template("trigger")]
    misspelt: Annotated[str, template("words")]  # words read by typo tolerance, as written


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class PlaceWords:
    clock: Annotated[str, template("clock")]  # a whole hour: "2 o'clock"
    clock_one: Annotated[str, template("clock")]  # one o'clock, where a language says it apart (Spanish "a la 1")
    clock_minutes: Annotated[str, template("clock")]  # "10:30"
    quadrants: Annotated[dict[Quadrant, Text], every(Quadrant)]  # "upper outer part", "area behind the nipple"
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
class GridNote:
    """What the explanation says instead of the grid when there is nothing to place on it."""

    no_calcifications: Text
    unplaced: Text  # calcifications without a named shape: they have no row


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
    kinds: Annotated[dict[FindingKind, KindWords], every(FindingKind)]
    finding: FindingWords
    sides: Annotated[dict[str, Text], every([*Breast, NOT_STATED])]
    breasts: Annotated[dict[Breast, Text], every(Breast)]  # a breast inside a sentence: "the left breast"
    place: PlaceWords
    status: Annotated[dict[Status, Text], every(Status)]
    recommendations: Annotated[dict[RecommendationKind, Text], every(RecommendationKind)]
    grid: GridNote
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
