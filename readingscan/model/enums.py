"""Every closed vocabulary of the engine as a StrEnum: the values of the JSON contract."""

from __future__ import annotations

from enum import StrEnum

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


# The other breast of each one ("contralateral", "the opposite breast").
OTHER_BREAST: dict[Breast, Breast] = {Breast.LEFT: Breast.RIGHT, Breast.RIGHT: Breast.LEFT}


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
    NON_MASS = "non_mass"  # a non-mass lesion on ultrasound, non-mass enhancement on MRI / contrast mammography
    FOCUS = "focus"  # an MRI (or contrast mammography) enhancing focus
    IMPLANT = "implant"  # a statement about a breast implant's integrity (intact, ruptured)
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
    CONTRAST_ENHANCED_MAMMOGRAPHY = "contrast_enhanced_mammography"


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


class ScoreModality(StrEnum):
    """What a UK RCR score grades: M mammography, U ultrasound, MRI, P clinical examination."""

    MAMMOGRAPHY = "mammography"
    ULTRASOUND = "ultrasound"
    MRI = "mri"
    CLINICAL = "clinical"
