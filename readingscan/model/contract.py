"""The JSON contract (../shared/contracts/findings.schema.json), built in this one place.

``report_dict(report)`` is what ``python -m readingscan explain --format json`` prints and what the
history export stores; ``Report.to_dict()`` calls it.
"""

from __future__ import annotations

from typing import Any

from readingscan.model.enums import SCHEMA_VERSION
from readingscan.model.report import (
    Assessment,
    DensityReading,
    EnhancementReading,
    Exam,
    Finding,
    Location,
    Recommendation,
    Report,
    TissueReading,
)
from readingscan.model.text import Source, Span


def span_dict(span: Span) -> dict[str, Any]:
    """Evidence: the words as written and where they are (``text == report_text[start:end]``)."""
    return {"text": span.text, "start": span.start, "end": span.end,
            "section": span.section.value if span.section else None}


def _source(source: Source) -> dict[str, Any]:
    return {"name": source.name, "kind": source.kind.value, "pages": source.pages, "ocr": source.ocr}


def _location(location: Location) -> dict[str, Any]:
    return {
        "clock": location.clock,
        "quadrant": location.quadrant.value if location.quadrant else None,
        "depth": location.depth.value if location.depth else None,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding, with why its status is what it is."""
    return {
        "kind": finding.kind.value,
        "breast": finding.breast.value if finding.breast else None,
        "status": finding.status.value,
        "stable": finding.stable,
        "morphology": [m.value for m in finding.morphology],
        "distribution": finding.distribution.value if finding.distribution else None,
        "location": _location(finding.location) if finding.location else None,
        "size_mm": finding.size_mm,
        "descriptors": dict(finding.descriptors),
        "evidence": span_dict(finding.evidence),
        "label": finding.label,
        "term": finding.term or None,
        "why": {
            "status_trigger": span_dict(finding.status_trigger) if finding.status_trigger else None,
            "status_rule": finding.status_rule,
            "stable_trigger": span_dict(finding.stable_trigger) if finding.stable_trigger else None,
        },
        "also_mentioned": [span_dict(s) for s in finding.extra_evidence],
        "misspelt": list(finding.misspelt),
    }


def _density(density: DensityReading) -> dict[str, Any]:
    return {"category": density.category.value, "evidence": span_dict(density.evidence)}


def _tissue(tissue: TissueReading) -> dict[str, Any]:
    return {"category": tissue.category.value, "evidence": span_dict(tissue.evidence)}


def _enhancement(enhancement: EnhancementReading) -> dict[str, Any]:
    return {"level": enhancement.level.value,
            "symmetry": enhancement.symmetry.value if enhancement.symmetry else None,
            "evidence": span_dict(enhancement.evidence)}


def _assessment(assessment: Assessment) -> dict[str, Any]:
    return {
        "overall": assessment.overall.value if assessment.overall else None,
        "by_breast": {b.value: c.value for b, c in assessment.by_breast},
        "evidence": [span_dict(s) for s in assessment.evidence],
        "overall_stated": assessment.stated_overall,
        "conflicts": list(assessment.conflicts),
        "ranges": [[low.value, high.value] for low, high in assessment.ranges],
        "other_scores": [
            {"system": s.system, "modality": s.modality.value, "score": s.score,
             "breast": s.breast.value if s.breast else None, "evidence": span_dict(s.evidence)}
            for s in assessment.other_scores
        ],
    }


def _recommendation(recommendation: Recommendation) -> dict[str, Any]:
    return {"kind": recommendation.kind.value, "evidence": span_dict(recommendation.evidence)}


def _exam(exam: Exam) -> dict[str, Any]:
    return {
        "modalities": [m.value for m in exam.modalities],
        "purpose": exam.purpose.value if exam.purpose else None,
        "breast": exam.breast.value if exam.breast else None,
        "date": exam.date.isoformat() if exam.date else None,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """Everything read from one report, as the contract names it."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": _source(report.document.source),
        "exam": _exam(report.exam),
        "density": _density(report.density) if report.density else None,
        "assessment": _assessment(report.assessment),
        "findings": [finding_dict(f) for f in report.findings],
        "recommendations": [_recommendation(r) for r in report.recommendations],
        "terms": list(report.terms),
        "warnings": list(report.warnings),
        "fibroglandular_tissue": _tissue(report.fibroglandular_tissue) if report.fibroglandular_tissue else None,
        "background_enhancement": (
            _enhancement(report.background_enhancement) if report.background_enhancement else None
        ),
        "sections": [{"kind": s.kind.value, "start": s.body.start, "end": s.body.end} for s in report.sections],
    }
