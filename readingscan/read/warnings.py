"""What a reader should know about a reading: no breast words, no category, findings that disagree with it.

This module chooses the warnings; their words are content (content/en/warnings.yaml).
"""

from __future__ import annotations

from readingscan.content import load_content
from readingscan.model import Assessment, Category, Finding, FindingKind, Morphology, Status

# Morphologies the Atlas calls suspicious (4B or 4C when biopsied), and the categories that say
# "benign": a report that has both is worth a question to the doctor.
SUSPICIOUS_MORPHOLOGY = frozenset({
    Morphology.AMORPHOUS, Morphology.COARSE_HETEROGENEOUS, Morphology.FINE_PLEOMORPHIC, Morphology.FINE_LINEAR,
})
BENIGN_CATEGORIES = frozenset({Category.C1, Category.C2})
SUSPICIOUS_CATEGORIES = frozenset({Category.C4, Category.C4A, Category.C4B, Category.C4C, Category.C5})
TYPICALLY_BENIGN_MORPHOLOGY = frozenset(set(Morphology) - SUSPICIOUS_MORPHOLOGY - {Morphology.PUNCTATE, Morphology.ROUND})


def reading_warnings(assessment: Assessment, findings: tuple[Finding, ...], *, mentions_found: bool) -> tuple[str, ...]:
    """Warnings in the order a person should read them."""
    words = load_content("en").warnings  # the Report is English; explain() says it in the reader's language
    warnings: list[str] = []
    if not mentions_found:
        warnings.append(words.no_terms)
    if assessment.overall is None:
        warnings.append(words.no_category)
    calcs = [f for f in findings if f.kind is FindingKind.CALCIFICATION and f.status is not Status.ABSENT]
    suspicious = any(set(f.morphology) & SUSPICIOUS_MORPHOLOGY for f in calcs)
    categories = {c for _, c in assessment.by_breast} | ({assessment.overall} if assessment.overall else set())
    if suspicious and categories and categories <= BENIGN_CATEGORIES:
        warnings.append(words.suspicious_shapes_benign_category)
    benign_only = calcs and all(f.morphology and set(f.morphology) <= TYPICALLY_BENIGN_MORPHOLOGY for f in calcs)
    others_present = any(f.kind is not FindingKind.CALCIFICATION and f.status is not Status.ABSENT for f in findings)
    if benign_only and not others_present and categories and categories <= SUSPICIOUS_CATEGORIES:
        warnings.append(words.benign_shapes_suspicious_category)
    return tuple(warnings)
