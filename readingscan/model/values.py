"""The engine's values: frozen dataclasses and closed vocabularies.

Every stage of the pipeline returns new values of these types; nothing is changed in place.
Offsets (``start``/``end``) always point into the canonical text of the Document they came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "1"


class SourceKind(StrEnum):
    TEXT = "text"
    PDF = "pdf"
    DOCX = "docx"
    IMAGE = "image"


class SectionKind(StrEnum):
    HEADER = "header"  # text before the first recognised section title (names, dates, exam title)
    HISTORY = "history"
    COMPARISON = "comparison"
    TECHNIQUE = "technique"
    FINDINGS = "findings"
    IMPRESSION = "impression"
    ASSESSMENT = "assessment"
    RECOMMENDATION = "recommendation"


class Breast(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Status(StrEnum):
    PRESENT = "present"
    POSSIBLE = "possible"
    ABSENT = "absent"


class FindingKind(StrEnum):
    CALCIFICATION = "calcification"
    MASS = "mass"
    ASYMMETRY = "asymmetry"
    ARCHITECTURAL_DISTORTION = "architectural_distortion"
    LYMPH_NODE = "lymph_node"
    SKIN = "skin"
    OTHER = "other"


class Morphology(StrEnum):
    SKIN = "skin"
    VASCULAR = "vascular"
    COARSE = "coarse"
    LARGE_ROD_LIKE = "large_rod_like"
    ROUND = "round"
    PUNCTATE = "punctate"
    RIM = "rim"
    DYSTROPHIC = "dystrophic"
    MILK_OF_CALCIUM = "milk_of_calcium"
    SUTURE = "suture"
    AMORPHOUS = "amorphous"
    COARSE_HETEROGENEOUS = "coarse_heterogeneous"
    FINE_PLEOMORPHIC = "fine_pleomorphic"
    FINE_LINEAR = "fine_linear"


class Distribution(StrEnum):
    DIFFUSE = "diffuse"
    REGIONAL = "regional"
    GROUPED = "grouped"
    LINEAR = "linear"
    SEGMENTAL = "segmental"


class Category(StrEnum):
    C0 = "0"
    C1 = "1"
    C2 = "2"
    C3 = "3"
    C4 = "4"
    C4A = "4A"
    C4B = "4B"
    C4C = "4C"
    C5 = "5"
    C6 = "6"


# The Atlas's order of seriousness, used only to choose the exam's category when the report states
# one per breast and no overall one: 1 < 2 < 3 < 6 < 0 < 4 (4A < 4B < 4C) < 5.
CATEGORY_SERIOUSNESS: tuple[Category, ...] = (
    Category.C1, Category.C2, Category.C3, Category.C6, Category.C0,
    Category.C4, Category.C4A, Category.C4B, Category.C4C, Category.C5,
)


class Density(StrEnum):
    A = "a"
    B = "b"
    C = "c"
    D = "d"


class Modality(StrEnum):
    MAMMOGRAPHY = "mammography"
    TOMOSYNTHESIS = "tomosynthesis"
    MAGNIFICATION_VIEWS = "magnification_views"
    SPOT_COMPRESSION = "spot_compression"
    ULTRASOUND = "ultrasound"
    MRI = "mri"


class Purpose(StrEnum):
    SCREENING = "screening"
    DIAGNOSTIC = "diagnostic"


class RecommendationKind(StrEnum):
    ROUTINE_SCREENING = "routine_screening"
    SHORT_INTERVAL_FOLLOWUP = "short_interval_followup"
    ADDITIONAL_IMAGING = "additional_imaging"
    BIOPSY = "biopsy"
    SURGICAL_CONSULTATION = "surgical_consultation"
    CLINICAL_CORRELATION = "clinical_correlation"
    OTHER = "other"


class Quadrant(StrEnum):
    UPPER_OUTER = "upper_outer"
    UPPER_INNER = "upper_inner"
    LOWER_OUTER = "lower_outer"
    LOWER_INNER = "lower_inner"
    CENTRAL = "central"
    SUBAREOLAR = "subareolar"
    AXILLARY_TAIL = "axillary_tail"


class Depth(StrEnum):
    ANTERIOR = "anterior"
    MIDDLE = "middle"
    POSTERIOR = "posterior"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the canonical text: ``text == canonical[start:end]``."""

    start: int
    end: int
    text: str
    section: SectionKind | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section": self.section.value if self.section else None,
        }


@dataclass(frozen=True, slots=True)
class Source:
    kind: SourceKind
    name: str | None = None
    pages: int | None = None
    ocr: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind.value, "pages": self.pages, "ocr": self.ocr}


@dataclass(frozen=True, slots=True)
class Document:
    """What ingestion hands the reader: canonical text (immutable) and where it came from.

    ``low_confidence`` holds spans of words read with low confidence (OCR only).
    """

    text: str
    source: Source
    warnings: tuple[str, ...] = ()
    low_confidence: tuple[Span, ...] = ()


class ReadingError(ValueError):
    """An input we cannot read. ``str(error)`` is a sentence fit to show a person."""

    def __init__(self, message: str, *, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    title: Span | None  # None for the header block before any title
    body: Span


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    breast: Breast | None  # the breast set by a sub-header ("LEFT BREAST:") in force here


@dataclass(frozen=True, slots=True)
class Modifier:
    """A context trigger found in a sentence and the scope it governs."""

    category: str  # negated / possible / stable / historical / pseudo / terminate
    rule_id: str
    trigger: Span
    scope_start: int
    scope_end: int


@dataclass(frozen=True, slots=True)
class Location:
    clock: str | None = None
    quadrant: Quadrant | None = None
    depth: Depth | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "clock": self.clock,
            "quadrant": self.quadrant.value if self.quadrant else None,
            "depth": self.depth.value if self.depth else None,
        }


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "breast": self.breast.value if self.breast else None,
            "status": self.status.value,
            "stable": self.stable,
            "morphology": [m.value for m in self.morphology],
            "distribution": self.distribution.value if self.distribution else None,
            "location": self.location.to_dict() if self.location else None,
            "size_mm": self.size_mm,
            "descriptors": dict(self.descriptors),
            "evidence": self.evidence.to_dict(),
            "label": self.label,
            "term": self.term or None,
            "why": {
                "status_trigger": self.status_trigger.to_dict() if self.status_trigger else None,
                "status_rule": self.status_rule,
                "stable_trigger": self.stable_trigger.to_dict() if self.stable_trigger else None,
            },
            "also_mentioned": [s.to_dict() for s in self.extra_evidence],
        }


@dataclass(frozen=True, slots=True)
class DensityReading:
    category: Density
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category.value, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class Assessment:
    overall: Category | None
    by_breast: tuple[tuple[Breast, Category], ...] = ()
    evidence: tuple[Span, ...] = ()
    stated_overall: bool = False  # False when overall was taken from the per-breast categories

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.value if self.overall else None,
            "by_breast": {b.value: c.value for b, c in self.by_breast},
            "evidence": [s.to_dict() for s in self.evidence],
            "overall_stated": self.stated_overall,
        }


@dataclass(frozen=True, slots=True)
class Recommendation:
    kind: RecommendationKind
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class Exam:
    modalities: tuple[Modality, ...] = ()
    purpose: Purpose | None = None
    breast: Breast | None = None  # the side the whole exam covers, when its title says so

    def to_dict(self) -> dict[str, Any]:
        return {
            "modalities": [m.value for m in self.modalities],
            "purpose": self.purpose.value if self.purpose else None,
            "breast": self.breast.value if self.breast else None,
        }


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

    @property
    def text(self) -> str:
        return self.document.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.document.source.to_dict(),
            "exam": self.exam.to_dict(),
            "density": self.density.to_dict() if self.density else None,
            "assessment": self.assessment.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "terms": list(self.terms),
            "warnings": list(self.warnings),
            "sections": [
                {"kind": s.kind.value, "start": s.body.start, "end": s.body.end} for s in self.sections
            ],
        }
