"""The engine's values: closed vocabularies (enums), text spans and documents, and the Report.

Takes nothing; gives the types every stage passes on. Values are frozen: each stage returns new ones.
``Report.to_dict()`` is the JSON contract, built in ``contract.py`` (the one place).
"""

from readingscan.model.enums import (
    CATEGORY_SERIOUSNESS,
    SCHEMA_VERSION,
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
    SectionKind,
    SourceKind,
    Status,
)
from readingscan.model.report import (
    Assessment,
    DensityReading,
    Exam,
    Finding,
    Location,
    OtherScore,
    Recommendation,
    Report,
)
from readingscan.model.text import Document, Modifier, ReadingError, Section, Sentence, Source, Span

__all__ = [
    "CATEGORY_SERIOUSNESS", "SCHEMA_VERSION", "Assessment", "Breast", "Category", "Density", "DensityReading",
    "Depth", "Distribution", "Document", "Exam", "Finding", "FindingKind", "Location", "Modality", "Modifier",
    "Morphology", "OtherScore", "Purpose", "Quadrant", "ReadingError", "Recommendation", "RecommendationKind", "Report", "ScoreModality",
    "Section", "SectionKind", "Sentence", "Source", "SourceKind", "Span", "Status",
]
