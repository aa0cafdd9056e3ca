"""The typed records of grid.yaml: the suspicion grid's levels, rows (shapes) and columns (patterns) in words,
and the Atlas's words behind each rule of the grid.

``Level`` and ``GridRule`` live here, with the words keyed by them, so the grid's wording can be checked
for every level and rule without the content package importing the grid (which reads its words from
here); ``readingscan.grid`` gives them under its own names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import with_config

from readingscan.content.checks import FORBID, every, template
from readingscan.content.records import NOT_STATED, Text
from readingscan.model import Category, Distribution, Morphology

__all__ = ["GridRule", "GridWords", "Level", "LevelWords", "RuleSource", "RuleWords", "ScreenWords", "Words"]


class Level(StrEnum):
    """How concerning a shape in a pattern usually is, in the order of the Atlas's categories 2 to 4C."""

    BENIGN = "benign"
    PROBABLY_BENIGN = "probably_benign"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class GridRule(StrEnum):
    """The rules of the grid's table (readingscan/grid/cells.py RULES), each with its rationale here."""

    TYPICALLY_BENIGN = "typically_benign"
    ROUND_GROUPED = "round_grouped"
    ROUND_DUCTAL = "round_ductal"
    ROUND_ELSEWHERE = "round_elsewhere"
    DIFFUSE_AMORPHOUS = "diffuse_amorphous"
    REGIONAL_AMORPHOUS = "regional_amorphous"
    FINE_LINEAR = "fine_linear"
    DUCTAL_PLEOMORPHIC = "ductal_pleomorphic"
    GROUPED_AMORPHOUS = "grouped_amorphous"
    SUSPICIOUS = "suspicious"


class RuleSource(StrEnum):
    """The works the grid's rules rest on."""

    ATLAS = "atlas"
    STUDIES_REGIONAL_AMORPHOUS = "studies_regional_amorphous"
    STUDIES_GROUPED_AMORPHOUS = "studies_grouped_amorphous"


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class RuleWords:
    rationale: Text  # the Atlas's (or the studies') words behind the rule, for clinicians
    sources: tuple[RuleSource, ...]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class LevelWords:
    label: Text  # "Moderate suspicion"
    word: Text  # the cell text on a wide screen
    abbreviation: Text  # the cell text on a phone
    category: Category  # the Atlas category this level usually goes with
    atlas_range: Text  # that category's likelihood of cancer in the Atlas's table (category_source)
    says: Text  # the end of the cell sentence, after the shape and the pattern


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Words:
    name: Text  # the report's term, for the selectbox and the detail heading
    short: Text  # the axis label on a phone
    plain: Text  # the subject of the cell sentence, plural
    atlas: Text  # what the Atlas says, in plain words


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ScreenWords:
    """What the grid's screens say around the chart: its key, its text alternative, the clinicians' section."""

    section_title: Text  # the grid's heading on the Explain screen
    section_intro: Text
    no_shape: Annotated[str, template("numbers")]  # calcifications listed, but no shape named
    key: Text  # every word and abbreviation of the chart, in words
    marks_key: Text
    chart_alt: Text  # the chart's accessible name
    summary_title: Text
    summary_mark: Annotated[str, template("number", "breast", "status", "shape", "pattern", "level", "category",
                                          "sentence")]
    table_title: Text
    table_alt: Text
    table_mark: Annotated[str, template("number", "breast")]
    atlas_level: Annotated[str, template("category", "level")]
    clinician_title: Text  # the expander that holds every research figure
    clinician_intro: Text
    ppv: Text
    abbreviations: Text
    atlas_range: Annotated[str, template("category", "range", "source")]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class GridWords:
    """grid.yaml: the grid's words (patients read every sentence: grade 8 or lower)."""

    category_source: Text  # the primary work, as shown on screen
    cbis_label: Text
    cbis_source: Text
    no_figure: Text
    cell_sentence: Annotated[str, template("shape", "pattern", "says")]
    fallback: Annotated[str, template("no_figure", "shape", "pattern")]
    cell_name: Annotated[str, template("shape", "pattern")]
    levels: Annotated[dict[Level, LevelWords], every(Level)]
    morphology: Annotated[dict[Morphology, Words], every(Morphology)]
    distribution: Annotated[dict[str, Words], every([*Distribution, NOT_STATED])]
    rule_sources: Annotated[dict[RuleSource, Text], every(RuleSource)]
    rules: Annotated[dict[GridRule, RuleWords], every(GridRule)]
    screen: ScreenWords
    checked_in: dict[str, Text]  # where each source was checked, for the content team: never shown

    def rule_source(self, rule: GridRule) -> str:
        """The works a rule rests on, as shown beside its rationale: "ACR BI-RADS Atlas ...; Choi 2021 ..."."""
        return "; ".join(self.rule_sources[source] for source in self.rules[rule].sources)
