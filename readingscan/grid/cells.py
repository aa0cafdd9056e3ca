"""The morphology-by-distribution suspicion grid: 14 calcification shapes by 5 distributions plus "not
stated", each cell with a level, a plain sentence, the Atlas rule behind the level and its published figures;
and ``mark``, which places a report's calcification findings on the grid.

The level of a cell comes from ``RULES``, a table read top to bottom (first match wins), each rule with the
Atlas wording it rests on (content/en/grid.yaml, by the rule's id). The grid shows how concerning a look
usually is; it never says anything about a person's own risk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from readingscan.content import GridRule
from readingscan.content.language import per_language
from readingscan.grid.evidence import NOT_STATED, Figure, FigureLevel, figures_for, load_figures
from readingscan.grid.words import Level, cell_name, cell_sentence, fallback, grid_words
from readingscan.model import Breast, Distribution, Finding, FindingKind, Morphology, Report, Status

DISTRIBUTIONS: tuple[Distribution | None, ...] = (*Distribution, None)  # None is the "not stated" column
ANY: frozenset[Distribution | None] = frozenset(DISTRIBUTIONS)
TYPICALLY_BENIGN = frozenset({
    Morphology.SKIN, Morphology.VASCULAR, Morphology.COARSE, Morphology.LARGE_ROD_LIKE, Morphology.RIM,
    Morphology.DYSTROPHIC, Morphology.MILK_OF_CALCIUM, Morphology.SUTURE,
})
ROUND_SHAPES = frozenset({Morphology.ROUND, Morphology.PUNCTATE})
DUCTAL = frozenset({Distribution.LINEAR, Distribution.SEGMENTAL})
_CELL_ID = re.compile(r"([a-z_]+)\.([a-z_]+)")
_MORPHOLOGY_SLUGS = frozenset(m.value for m in Morphology)
_DISTRIBUTION_SLUGS = frozenset(d.value for d in Distribution)


@dataclass(frozen=True, slots=True)
class Rule:
    """Cells whose shape is in ``morphologies`` and pattern in ``distributions`` get ``level``; ``id`` names
    the Atlas's words behind it in content/en/grid.yaml (``rationale``, ``source``)."""

    id: GridRule
    morphologies: frozenset[Morphology]
    distributions: frozenset[Distribution | None]
    level: Level

    @property
    def rationale(self) -> str:
        return grid_words().rules[self.id].rationale

    @property
    def source(self) -> str:
        return grid_words().rule_source(self.id)


RULES: tuple[Rule, ...] = (
    # The Atlas's "Typically Benign" shapes: category 2 whatever the distribution.
    Rule(GridRule.TYPICALLY_BENIGN, TYPICALLY_BENIGN, ANY, Level.BENIGN),
    # An isolated group of punctate calcifications may be probably benign (category 3).
    Rule(GridRule.ROUND_GROUPED, ROUND_SHAPES, frozenset({Distribution.GROUPED}), Level.PROBABLY_BENIGN),
    # Linear or segmental round specks go to biopsy; the Atlas names no subcategory, so the lowest (4A).
    Rule(GridRule.ROUND_DUCTAL, ROUND_SHAPES, DUCTAL, Level.LOW),
    Rule(GridRule.ROUND_ELSEWHERE, ROUND_SHAPES, ANY, Level.BENIGN),
    Rule(GridRule.DIFFUSE_AMORPHOUS, frozenset({Morphology.AMORPHOUS, Morphology.COARSE_HETEROGENEOUS}),
         frozenset({Distribution.DIFFUSE}), Level.BENIGN),
    # Regional amorphous: less likely malignant by the Atlas; biopsy studies found about 3-7% (the 4A range).
    Rule(GridRule.REGIONAL_AMORPHOUS, frozenset({Morphology.AMORPHOUS}), frozenset({Distribution.REGIONAL}),
         Level.LOW),
    Rule(GridRule.FINE_LINEAR, frozenset({Morphology.FINE_LINEAR}), ANY, Level.HIGH),
    # Fine pleomorphic is 4B; a linear or segmental distribution raises it one step.
    Rule(GridRule.DUCTAL_PLEOMORPHIC, frozenset({Morphology.FINE_PLEOMORPHIC}), DUCTAL, Level.HIGH),
    Rule(GridRule.GROUPED_AMORPHOUS, frozenset({Morphology.AMORPHOUS}), frozenset({Distribution.GROUPED}),
         Level.MODERATE),
    Rule(GridRule.SUSPICIOUS,
         frozenset({Morphology.AMORPHOUS, Morphology.COARSE_HETEROGENEOUS, Morphology.FINE_PLEOMORPHIC}), ANY,
         Level.MODERATE),
)


@dataclass(frozen=True, slots=True)
class Cell:
    """One square of the grid. ``evidence`` holds only verified figures; ``fallback`` is set when none of
    them is about this exact combination; ``unchecked`` counts figures we hold but could not verify."""

    morphology: Morphology
    distribution: Distribution | None
    level: Level
    sentence: str
    rationale: str
    source: str
    evidence: tuple[Figure, ...]
    fallback: str | None
    unchecked: int

    @property
    def id(self) -> str:
        return cell_id(self.morphology, self.distribution)

    @property
    def name(self) -> str:
        """"Fine pleomorphic · Grouped": the cell as a clinician names it."""
        return cell_name(self.morphology, self.distribution)


def cell_id(morphology: Morphology, distribution: Distribution | None) -> str:
    """The cell's address in deep links: ``fine_pleomorphic.grouped``, ``amorphous.not_stated``."""
    return f"{morphology.value}.{distribution.value if distribution else NOT_STATED}"


def parse_cell_id(text: str) -> tuple[Morphology, Distribution | None] | None:
    """The (morphology, distribution) a cell id names, or None when it names no cell."""
    match = _CELL_ID.fullmatch(text.strip().lower())
    if not match or match[1] not in _MORPHOLOGY_SLUGS or (match[2] != NOT_STATED and match[2] not in _DISTRIBUTION_SLUGS):
        return None
    return Morphology(match[1]), None if match[2] == NOT_STATED else Distribution(match[2])


def rule_for(morphology: Morphology, distribution: Distribution | None) -> Rule:
    """The first rule of RULES that covers the cell."""
    for rule in RULES:
        if morphology in rule.morphologies and distribution in rule.distributions:
            return rule
    raise LookupError(f"no grid rule covers {cell_id(morphology, distribution)}")


def build_cell(morphology: Morphology, distribution: Distribution | None, figures: tuple[Figure, ...]) -> Cell:
    """One cell from the rule table and the figures."""
    rule = rule_for(morphology, distribution)
    # The distribution studies counted calcifications already judged suspicious: "68% of linear
    # calcifications were cancer" says nothing about vessel calcium or tiny round specks in a line.
    patterns = morphology not in TYPICALLY_BENIGN | ROUND_SHAPES
    about = figures_for(figures, morphology, distribution, patterns=patterns)
    shown = tuple(f for f in about if f.verified)
    exact = any(f.level is FigureLevel.CELL for f in shown)
    return Cell(
        morphology=morphology, distribution=distribution, level=rule.level,
        sentence=cell_sentence(morphology, distribution, rule.level), rationale=rule.rationale, source=rule.source,
        evidence=shown, fallback=None if exact else fallback(morphology, distribution),
        unchecked=len(about) - len(shown),
    )


def build_grid(figures: tuple[Figure, ...] | None = None) -> tuple[Cell, ...]:
    """All 84 cells, row by row (morphologies in the Atlas's order, then distributions, "not stated" last)."""
    figures = load_figures() if figures is None else figures
    return tuple(build_cell(m, d, figures) for m in Morphology for d in DISTRIBUTIONS)


@per_language
def grid() -> Mapping[str, Cell]:
    """The project's grid by cell id (in a language: ``grid("es")``), built once per process and language
    (read-only: every session shares it)."""
    return MappingProxyType({c.id: c for c in build_grid()})


@dataclass(frozen=True, slots=True)
class Mark:
    """A finding of the report placed on one cell. ``hollow`` when the report says it is only possible."""

    morphology: Morphology
    distribution: Distribution | None
    breast: Breast | None
    status: Status
    stable: bool
    finding_index: int  # position in report.findings (the findings table shows it plus one)
    evidence: str  # the report's sentence, as written

    @property
    def cell_id(self) -> str:
        return cell_id(self.morphology, self.distribution)

    @property
    def hollow(self) -> bool:
        return self.status is Status.POSSIBLE


def _placeable(finding: Finding) -> bool:
    # "No suspicious calcifications" is absent: it must never put a mark on the grid.
    return finding.kind is FindingKind.CALCIFICATION and finding.status is not Status.ABSENT


def mark(source: Report | Iterable[Finding]) -> tuple[Mark, ...]:
    """Marks for the calcification findings that are present or possible; one per named shape.

    "Grouped fine pleomorphic and amorphous calcifications" marks two cells (fine_pleomorphic.grouped and
    amorphous.grouped); "No suspicious calcifications" marks none.
    """
    findings = source.findings if isinstance(source, Report) else tuple(source)
    return tuple(
        Mark(morphology, finding.distribution, finding.breast, finding.status, finding.stable, index,
             finding.evidence.text)
        for index, finding in enumerate(findings) if _placeable(finding)
        for morphology in dict.fromkeys(finding.morphology)
    )


def unplaced(source: Report | Iterable[Finding]) -> tuple[int, ...]:
    """Indexes of present or possible calcification findings with no shape named: they have no row."""
    findings = source.findings if isinstance(source, Report) else tuple(source)
    return tuple(i for i, f in enumerate(findings) if _placeable(f) and not f.morphology)
