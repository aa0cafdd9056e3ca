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

__all__ = ["GridRule", "GridWords", "Level", "LevelWords", "MassMargin", "MassRule", "MassRuleSource", "MassShape", "MassWords",
           "RuleSource", "RuleWords", "ScreenWords", "Words"]


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


class MassShape(StrEnum):
    """The mass grid's rows: the contract's ``shape`` values (mammography and ultrasound)."""

    OVAL = "oval"
    ROUND = "round"
    IRREGULAR = "irregular"


class MassMargin(StrEnum):
    """The mass grid's columns: the contract's ``margin`` values, its ``irregular`` margin read into the
    ``not_circumscribed`` column (readingscan/grid/masses.py)."""

    CIRCUMSCRIBED = "circumscribed"
    OBSCURED = "obscured"  # mammography only
    MICROLOBULATED = "microlobulated"
    INDISTINCT = "indistinct"
    ANGULAR = "angular"  # ultrasound only
    SPICULATED = "spiculated"
    NOT_CIRCUMSCRIBED = "not_circumscribed"


class MassRule(StrEnum):
    """The rules of the mass grid's table (readingscan/grid/masses.py RULES), each with its rationale here."""

    SPICULATED = "spiculated"
    IRREGULAR_SUSPICIOUS_MARGIN = "irregular_suspicious_margin"
    IRREGULAR_SHAPE = "irregular_shape"
    IRREGULAR_CIRCUMSCRIBED = "irregular_circumscribed"
    SUSPICIOUS_MARGIN = "suspicious_margin"
    NOT_SUSPICIOUS = "not_suspicious"


class MassRuleSource(StrEnum):
    """The works the mass grid's rules rest on."""

    ATLAS = "atlas"
    ATLAS_CATEGORY_3 = "atlas_category_3"
    LIBERMAN_1998 = "liberman_1998"
    HONG_2005 = "hong_2005"
    MAYO_1993 = "mayo_1993"


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
class MassRuleWords:
    rationale: Text  # the Atlas's (or the studies') words behind the rule, for clinicians
    sources: tuple[MassRuleSource, ...]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class MassScreenWords:
    """What the mass view says around its chart (patients read every sentence: grade 8 or lower)."""

    intro: Text
    no_descriptor: Annotated[str, template("numbers")]  # a mass with neither shape nor margin named
    other_exam: Annotated[str, template("numbers")]  # a mass on an exam this grid does not cover (MRI)
    marked: Text
    key: Text
    chart_alt: Text
    summary_title: Text
    summary_mark: Annotated[str, template("number", "breast", "status", "shape", "margin", "level", "category",
                                          "sentence")]
    section_link: Text  # on the Explain screen, under the sentences: the way to the mass view
    table_title: Text
    table_alt: Text
    clinician_intro: Text
    ppv: Text
    npv: Text  # what NPV means, where an NPV is shown
    abbreviations: Text
    unknown_link: Annotated[str, template("named")]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class MassWords:
    """The mass grid: shape (rows) by margin (columns), each with "not stated"."""

    no_figure: Text
    cell_sentence: Annotated[str, template("shape", "margin", "says")]
    fallback: Annotated[str, template("no_figure", "shape", "margin")]
    cell_name: Annotated[str, template("shape", "margin")]
    shape: Annotated[dict[str, Words], every([*MassShape, NOT_STATED])]
    margin: Annotated[dict[str, Words], every([*MassMargin, NOT_STATED])]
    rule_sources: Annotated[dict[MassRuleSource, Text], every(MassRuleSource)]
    rules: Annotated[dict[MassRule, MassRuleWords], every(MassRule)]
    screen: MassScreenWords

    def rule_source(self, rule: MassRule) -> str:
        """The works a rule rests on, as shown beside its rationale, joined by "; "."""
        return "; ".join(self.rule_sources[source] for source in self.rules[rule].sources)


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
    masses: MassWords  # the mass view: shape by margin
    checked_in: dict[str, Text]  # where each source was checked, for the content team: never shown

    def rule_source(self, rule: GridRule) -> str:
        """The works a rule rests on, as shown beside its rationale: "ACR BI-RADS Atlas ...; Choi 2021 ..."."""
        return "; ".join(self.rule_sources[source] for source in self.rules[rule].sources)
