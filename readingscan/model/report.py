"""What the engine read from one report: frozen values, each stage returning new ones.

``Report.to_dict()`` is the JSON contract (built in readingscan/model/contract.py, the one place).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from readingscan.model.descriptors import EnhancementLevel, EnhancementSymmetry
from readingscan.model.enums import (
    Breast,
    Category,
    Density,
    Depth,
    Distribution,
    FindingKind,
    Modality,
    Morphology,
    Purpose,
    Quadrant,
    RecommendationKind,
    ScoreModality,
    Status,
)
from readingscan.model.text import Document, Section, Span


@dataclass(frozen=True, slots=True)
class Location:
    clock: str | None = None
    quadrant: Quadrant | None = None
    depth: Depth | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    breast: Breast | None
    status: Status
    stable: bool
    evidence: Span
    morphology: tuple[Morphology, ...] = ()
    distribution: Distribution | None = None
    location: Location | None = None
    size_mm: float | None = None
    descriptors: tuple[tuple[str, str], ...] = ()
    # Why the status is what it is: the trigger text and the rule that set it ("no" / negation.no).
    status_trigger: Span | None = None
    status_rule: str | None = None
    stable_trigger: Span | None = None
    label: str = ""  # the lexicon entry that named it, e.g. "focal asymmetry", "cyst"
    term: str = ""  # its glossary slug, e.g. "focal_asymmetry"
    extra_evidence: tuple[Span, ...] = ()
    misspelt: tuple[str, ...] = ()  # words as written that were read by typo tolerance ("calcificatons")


@dataclass(frozen=True, slots=True)
class DensityReading:
    category: Density
    evidence: Span


@dataclass(frozen=True, slots=True)
class TissueReading:
    """MRI amount of fibroglandular tissue (a-d), as stated: never mammographic density."""

    category: Density
    evidence: Span


@dataclass(frozen=True, slots=True)
class EnhancementReading:
    """MRI / contrast mammography background parenchymal enhancement, as stated (symmetry None when not said)."""

    level: EnhancementLevel
    symmetry: EnhancementSymmetry | None
    evidence: Span


@dataclass(frozen=True, slots=True)
class OtherScore:
    """A score on another scale than BI-RADS, shown on its own scale: the UK RCR 1-5 scores (M4, U5)."""

    system: str  # "RCR"
    modality: ScoreModality
    score: str  # "1".."5"
    breast: Breast | None
    evidence: Span


@dataclass(frozen=True, slots=True)
class Assessment:
    """The categories the report states. ``overall``: the exam's; ``by_breast``: today's category of each
    side a statement is tied to; ``conflicts``: today's categories as written that could not be tied to one
    breast or that disagree for one breast (shown as written, with advice to ask)."""

    overall: Category | None
    by_breast: tuple[tuple[Breast, Category], ...] = ()
    evidence: tuple[Span, ...] = ()
    stated_overall: bool = False  # False when overall was taken from the per-breast categories
    conflicts: tuple[str, ...] = ()
    ranges: tuple[tuple[Category, Category], ...] = ()  # "BI-RADS 3-4": the report gives a range
    other_scores: tuple[OtherScore, ...] = ()


@dataclass(frozen=True, slots=True)
class Recommendation:
    kind: RecommendationKind
    evidence: Span


@dataclass(frozen=True, slots=True)
class Exam:
    modalities: tuple[Modality, ...] = ()
    purpose: Purpose | None = None
    breast: Breast | None = None  # the side the whole exam covers, when its title says so
    date: dt.date | None = None  # the exam's date as its header labels it


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the engine read from one report. ``to_dict()`` is the JSON contract."""

    document: Document
    sections: tuple[Section, ...]
    exam: Exam
    density: DensityReading | None
    assessment: Assessment
    findings: tuple[Finding, ...]
    recommendations: tuple[Recommendation, ...]
    terms: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    breast_report: bool = True  # False when no breast imaging word was found (a recipe, a chest X-ray)
    fibroglandular_tissue: TissueReading | None = None
    background_enhancement: EnhancementReading | None = None

    @property
    def text(self) -> str:
        return self.document.text

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (readingscan/model/contract.py)."""
        from readingscan.model.contract import report_dict  # contract imports this module

        return report_dict(self)
