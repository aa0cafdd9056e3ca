"""What a reader should know about a reading: no breast words, no category, findings that disagree with it."""

from __future__ import annotations

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
    warnings: list[str] = []
    if not mentions_found:
        warnings.append("We found no breast imaging terms in this text. Is it a breast imaging report?")
    if assessment.overall is None:
        warnings.append("No BI-RADS category is written in this report, so we do not give one.")
    calcs = [f for f in findings if f.kind is FindingKind.CALCIFICATION and f.status is not Status.ABSENT]
    suspicious = any(set(f.morphology) & SUSPICIOUS_MORPHOLOGY for f in calcs)
    categories = {c for _, c in assessment.by_breast} | ({assessment.overall} if assessment.overall else set())
    if suspicious and categories and categories <= BENIGN_CATEGORIES:
        warnings.append(
            "The report describes a calcification shape that is often checked further, but gives a benign "
            "category. These disagree; ask your doctor about it."
        )
    benign_only = calcs and all(f.morphology and set(f.morphology) <= TYPICALLY_BENIGN_MORPHOLOGY for f in calcs)
    others_present = any(f.kind is not FindingKind.CALCIFICATION and f.status is not Status.ABSENT for f in findings)
    if benign_only and not others_present and categories and categories <= SUSPICIOUS_CATEGORIES:
        warnings.append(
            "The report gives a suspicious category, but the calcifications it describes have shapes that are "
            "usually harmless. These disagree; ask your doctor about it."
        )
    return tuple(warnings)
