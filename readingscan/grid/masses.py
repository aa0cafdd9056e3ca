"""The mass grid: a mass's margin (rows: 7 margins and "not stated") by its shape (columns: 3 shapes and "not
stated"), for masses on mammograms and ultrasound. Each cell has a level (the calcification grid's levels), a
plain sentence, the Atlas rule behind the level and its published figures; ``mark_masses`` places a report's
masses on the grid from their ``shape`` and ``margin`` descriptors.

The level of a cell comes from ``MASS_RULES``, read top to bottom (first match wins), each rule with the
Atlas wording it rests on (content/en/grid.yaml ``masses.rules``, by the rule's id). The cell with neither
shape nor margin stated does not exist: there is nothing to place there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from readingscan.content import load_content
from readingscan.content.grid import MassMargin, MassRule, MassShape, MassWords
from readingscan.content.language import per_language
from readingscan.content.records import NOT_STATED
from readingscan.grid.mass_evidence import MassFigure, MassFigureLevel, load_mass_figures, mass_figures_for
from readingscan.grid.words import LEVELS, Level
from readingscan.model import Breast, Finding, FindingKind, Modality, Report, Status

MASS_SHAPES: tuple[MassShape | None, ...] = (*MassShape, None)  # the columns; None is "not stated"
MASS_MARGINS: tuple[MassMargin | None, ...] = (*MassMargin, None)  # the rows
_ANY_SHAPE: frozenset[MassShape | None] = frozenset(MASS_SHAPES)
_NOT_IRREGULAR: frozenset[MassShape | None] = frozenset({MassShape.OVAL, MassShape.ROUND, None})
# Margins the Atlas calls suspicious ("usually implies a suspicious finding", "not circumscribed").
_SUSPICIOUS: frozenset[MassMargin | None] = frozenset({
    MassMargin.MICROLOBULATED, MassMargin.INDISTINCT, MassMargin.ANGULAR, MassMargin.NOT_CIRCUMSCRIBED})
_CELL_ID = re.compile(r"([a-z_]+)\.([a-z_]+)")


class MassDescriptor(StrEnum):
    """The contract's descriptor names the grid reads from a mass finding."""

    SHAPE = "shape"
    MARGIN = "margin"


class MarginAlias(StrEnum):
    """Contract margin values read into another column: an "irregular" margin is a non-circumscribed one
    with no subtype (MRI and older reports' word)."""

    IRREGULAR = "irregular"


_ALIASES: Mapping[str, MassMargin] = MappingProxyType({MarginAlias.IRREGULAR: MassMargin.NOT_CIRCUMSCRIBED})
# The exams whose masses the grid does not place: it follows the mammography and ultrasound lexicons.
_OTHER_EXAMS = frozenset({Modality.MRI})


def mass_words() -> MassWords:
    """The mass grid's wording (content/en/grid.yaml ``masses``)."""
    return load_content().grid.masses


@dataclass(frozen=True, slots=True)
class MassRuleRow:
    """Cells whose shape is in ``shapes`` and margin in ``margins`` get ``level``; ``id`` names the Atlas's
    words behind it (``rationale``, ``source``)."""

    id: MassRule
    shapes: frozenset[MassShape | None]
    margins: frozenset[MassMargin | None]
    level: Level

    @property
    def rationale(self) -> str:
        return mass_words().rules[self.id].rationale

    @property
    def source(self) -> str:
        return mass_words().rule_source(self.id)


MASS_RULES: tuple[MassRuleRow, ...] = (
    # "Lines radiating from the mass": 81-86% malignant in biopsy series, the 4C range, whatever the shape.
    MassRuleRow(MassRule.SPICULATED, _ANY_SHAPE, frozenset({MassMargin.SPICULATED}), Level.HIGH),
    # Two suspicious features: an irregular shape and a non-circumscribed margin.
    MassRuleRow(MassRule.IRREGULAR_SUSPICIOUS_MARGIN, frozenset({MassShape.IRREGULAR}), _SUSPICIOUS, Level.HIGH),
    MassRuleRow(MassRule.IRREGULAR_SHAPE, frozenset({MassShape.IRREGULAR}), frozenset({MassMargin.OBSCURED, None}),
                Level.MODERATE),
    # Suspicious, but no subcategory named by the Atlas: the lowest suspicious one, as on the calcification grid.
    MassRuleRow(MassRule.IRREGULAR_CIRCUMSCRIBED, frozenset({MassShape.IRREGULAR}),
                frozenset({MassMargin.CIRCUMSCRIBED}), Level.LOW),
    MassRuleRow(MassRule.SUSPICIOUS_MARGIN, _NOT_IRREGULAR, _SUSPICIOUS, Level.LOW),
    # Nothing the Atlas calls suspicious: the probably benign circumscribed solid mass (category 3).
    MassRuleRow(MassRule.NOT_SUSPICIOUS, _NOT_IRREGULAR, frozenset({MassMargin.CIRCUMSCRIBED, MassMargin.OBSCURED, None}),
                Level.PROBABLY_BENIGN),
)


def mass_cell_id(shape: MassShape | None, margin: MassMargin | None) -> str:
    """The cell's address in deep links: ``irregular.spiculated``, ``not_stated.circumscribed``."""
    return f"{shape.value if shape else NOT_STATED}.{margin.value if margin else NOT_STATED}"


def parse_mass_cell_id(text: str) -> tuple[MassShape | None, MassMargin | None] | None:
    """The (shape, margin) a cell id names, or None when it names no cell ("irregular" as a margin is read
    as "not_circumscribed"; neither side stated names no cell)."""
    match = _CELL_ID.fullmatch(text.strip().lower())
    if not match:
        return None
    shape = None if match[1] == NOT_STATED else _shape(match[1])
    margin = None if match[2] == NOT_STATED else _margin(match[2])
    unknown = (match[1] != NOT_STATED and shape is None) or (match[2] != NOT_STATED and margin is None)
    if unknown or (shape is None and margin is None):  # an unknown word, or no side stated: no cell
        return None
    return shape, margin


def _shape(value: str | None) -> MassShape | None:
    return MassShape(value) if value in {s.value for s in MassShape} else None


def _margin(value: str | None) -> MassMargin | None:
    if value is not None and value in _ALIASES:
        return _ALIASES[value]
    return MassMargin(value) if value in {m.value for m in MassMargin} else None


def mass_rule_for(shape: MassShape | None, margin: MassMargin | None) -> MassRuleRow:
    """The first rule of MASS_RULES that covers the cell."""
    for rule in MASS_RULES:
        if shape in rule.shapes and margin in rule.margins:
            return rule
    raise LookupError(f"no rule covers {mass_cell_id(shape, margin)}")


@dataclass(frozen=True, slots=True)
class MassCell:
    """One square of the mass grid. ``evidence`` holds only verified figures; ``fallback`` is set when none of
    them is about this exact combination; ``unchecked`` counts figures we hold but could not verify."""

    shape: MassShape | None
    margin: MassMargin | None
    level: Level
    sentence: str
    rationale: str
    source: str
    evidence: tuple[MassFigure, ...]
    fallback: str | None
    unchecked: int

    @property
    def id(self) -> str:
        return mass_cell_id(self.shape, self.margin)

    @property
    def name(self) -> str:
        """"Irregular · Spiculated": the cell as a clinician names it."""
        words = mass_words()
        return words.cell_name.format(shape=words.shape[self.shape or NOT_STATED].name,
                                      margin=words.margin[self.margin or NOT_STATED].name)


def build_mass_cell(shape: MassShape | None, margin: MassMargin | None, figures: tuple[MassFigure, ...]) -> MassCell:
    """One cell from the rule table, the words and the figures."""
    rule, words = mass_rule_for(shape, margin), mass_words()
    shape_words, margin_words = words.shape[shape or NOT_STATED], words.margin[margin or NOT_STATED]
    about = mass_figures_for(figures, shape, margin)
    shown = tuple(f for f in about if f.verified)
    exact = any(f.level is MassFigureLevel.CELL for f in shown)
    return MassCell(
        shape=shape, margin=margin, level=rule.level,
        sentence=words.cell_sentence.format(shape=shape_words.plain, margin=margin_words.plain, says=LEVELS[rule.level].says),
        rationale=rule.rationale, source=rule.source, evidence=shown,
        fallback=None if exact else words.fallback.format(no_figure=words.no_figure, shape=shape_words.atlas,
                                                          margin=margin_words.atlas),
        unchecked=len(about) - len(shown),
    )


def build_mass_grid(figures: tuple[MassFigure, ...] | None = None) -> tuple[MassCell, ...]:
    """All 31 cells, row by row (margins in the Atlas's order, "not stated" last; shapes likewise)."""
    figures = load_mass_figures() if figures is None else figures
    return tuple(build_mass_cell(s, m, figures) for m in MASS_MARGINS for s in MASS_SHAPES if (s, m) != (None, None))


@per_language
def mass_grid() -> Mapping[str, MassCell]:
    """The project's mass grid by cell id (in a language: ``mass_grid("es")``), built once per process and
    language (read-only: every session shares it)."""
    return MappingProxyType({c.id: c for c in build_mass_grid()})


@dataclass(frozen=True, slots=True)
class MassMark:
    """A mass of the report placed on one cell. ``hollow`` when the report says it is only possible."""

    shape: MassShape | None
    margin: MassMargin | None
    breast: Breast | None
    status: Status
    stable: bool
    finding_index: int  # position in report.findings (the findings table shows it plus one)
    evidence: str  # the report's sentence, as written

    @property
    def cell_id(self) -> str:
        return mass_cell_id(self.shape, self.margin)

    @property
    def hollow(self) -> bool:
        return self.status is Status.POSSIBLE


def _present_masses(source: Report | Iterable[Finding]) -> list[tuple[int, Finding]]:
    findings = source.findings if isinstance(source, Report) else tuple(source)
    # "No mass" is absent: it must never put a mark on the grid.
    return [(i, f) for i, f in enumerate(findings) if f.kind is FindingKind.MASS and f.status is not Status.ABSENT]


def _other_exam(source: Report | Iterable[Finding]) -> bool:
    modalities = set(source.exam.modalities) if isinstance(source, Report) else set()
    return bool(modalities) and modalities <= _OTHER_EXAMS


def _descriptors(finding: Finding) -> tuple[MassShape | None, MassMargin | None]:
    named = dict(finding.descriptors)
    return _shape(named.get(MassDescriptor.SHAPE)), _margin(named.get(MassDescriptor.MARGIN))


def mark_masses(source: Report | Iterable[Finding]) -> tuple[MassMark, ...]:
    """Marks for the masses that are present or possible and name a shape or a margin this grid knows.

    "An irregular mass with spiculated margins" marks irregular.spiculated; "an oval mass" marks
    oval.not_stated; "no mass" marks nothing; an MRI report's masses are not placed (see ``unplaced_masses``).
    """
    if _other_exam(source):
        return ()
    marks = []
    for index, finding in _present_masses(source):
        shape, margin = _descriptors(finding)
        if shape is not None or margin is not None:
            marks.append(MassMark(shape, margin, finding.breast, finding.status, finding.stable, index,
                                  finding.evidence.text))
    return tuple(marks)


def unplaced_masses(source: Report | Iterable[Finding]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Indexes of present or possible masses with no square: (no shape or margin named, on an MRI exam)."""
    masses = _present_masses(source)
    if _other_exam(source):
        return (), tuple(i for i, _ in masses)
    return tuple(i for i, f in masses if _descriptors(f) == (None, None)), ()
