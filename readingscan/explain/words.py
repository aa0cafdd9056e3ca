"""The small phrases every screen and sentence shares, built once from content: a term's words, the side,
where a finding is, and why it was read as absent or possible.

The screens call these instead of rebuilding them ("fine_pleomorphic" is never turned into words twice).
"""

from __future__ import annotations

from readingscan.content import ExplainWords, load_content
from readingscan.content.records import NOT_STATED
from readingscan.model import (
    Breast,
    Depth,
    Distribution,
    Finding,
    FindingKind,
    Modality,
    Morphology,
    Quadrant,
    Report,
    Status,
)

__all__ = ["Term", "place_words", "side_words", "term_words", "why_words", "wording"]

Term = FindingKind | Morphology | Distribution | Quadrant | Depth


def wording() -> ExplainWords:
    """The explanation's wording (content/en/explain.yaml), loaded once."""
    return load_content().explain


def term_words(value: Term) -> str:
    """A value of the contract in words: ``term_words(Morphology.FINE_PLEOMORPHIC) == "fine pleomorphic"``."""
    terms = load_content().terms
    if isinstance(value, FindingKind):
        return terms.kind[value]
    if isinstance(value, Morphology):
        return terms.morphology[value]
    if isinstance(value, Distribution):
        return terms.distribution[value]
    if isinstance(value, Quadrant):
        return terms.quadrant[value]
    return terms.depth[value]


def side_words(breast: Breast | None) -> str:
    """The breast a finding or category is in: "Left breast", "Both breasts", "Side not stated"."""
    return wording().sides[breast.value if breast else NOT_STATED]


def place_words(finding: Finding) -> str:
    """Where in the breast the report puts the finding, or "" when it does not say.

    "Grouped calcifications at 2:00, upper outer quadrant, posterior depth" gives "2 o'clock, upper
    outer part, posterior depth".
    """
    location, words = finding.location, wording().place
    if location is None:
        return ""
    # "2:00" is said "2 o'clock"; "10:30" keeps its minutes ("10:30 on the clock face").
    clock = location.clock.removesuffix(":00") if location.clock else ""
    clock_words = words.clock_minutes if ":" in clock else words.clock_one if clock == "1" else words.clock
    parts = [clock_words.format(clock=clock) if clock else "",
             words.quadrants[location.quadrant] if location.quadrant else "",
             words.depth.format(depth=term_words(location.depth)) if location.depth else ""]
    return ", ".join(p for p in parts if p)


def why_words(finding: Finding) -> str:
    """The report's words that made a finding absent or possible, or "" when nothing did.

    "No suspicious calcifications" gives "read as not present because of 'No'".
    """
    if finding.status_trigger is None:
        return ""
    words = wording().finding
    template = words.why_absent if finding.status is Status.ABSENT else words.why_possible
    return template.format(trigger=finding.status_trigger.text)


def exam_words(report: Report) -> str:
    """The exam in a few words: "Screening mammogram", "Breast ultrasound", "Breast MRI", "Contrast mammogram"."""
    modalities, words = set(report.exam.modalities), load_content().history
    exams = words.exams
    if Modality.MRI in modalities:
        name = exams.mri
    elif Modality.CONTRAST_ENHANCED_MAMMOGRAPHY in modalities:
        name = exams.contrast_mammogram
    elif Modality.ULTRASOUND in modalities and not modalities & {Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS}:
        name = exams.ultrasound
    elif Modality.TOMOSYNTHESIS in modalities:
        name = exams.tomosynthesis
    elif modalities:
        name = exams.mammogram_and_ultrasound if Modality.ULTRASOUND in modalities else exams.mammogram
    else:
        name = exams.unknown
    purpose = report.exam.purpose
    said = words.exam_with_purpose.format(purpose=words.purposes[purpose], exam=name) if purpose else name
    return said[0].upper() + said[1:]
