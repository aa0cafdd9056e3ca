"""A draft finished: whether it is a finding at all, and the immutable Finding it becomes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readingscan.model import Finding, FindingKind, Location, Status
from readingscan.read.findings.values import CONTRACT
from readingscan.rules import cue

if TYPE_CHECKING:
    from readingscan.read.findings.drafts import Draft

__all__ = ["freeze", "kept", "told_later"]

_LATER_COURSE = cue("later_course")


def kept(d: Draft) -> bool:
    """Whether a draft is a finding: an implant only with its integrity stated ("Bilateral implants." is none)."""
    return d.kind is not FindingKind.IMPLANT or d.integrity


def freeze(d: Draft) -> Finding:
    """The finished, immutable Finding."""
    # "No cluster of microcalcifications" says calcifications are absent; the words describing
    # what is absent are not a shape or pattern the person has.
    absent = d.status is Status.ABSENT
    morphology, distribution = ((), None) if absent else (d.morphology, d.distribution)
    # What is said to be absent has no description ("no spiculated mass"); a node's site is where it was looked for.
    descriptors = tuple(sorted((k, v) for k, v in d.descriptors if not (absent and k in CONTRACT)))
    location = Location(d.clock, d.quadrant, d.depth) if (d.clock or d.quadrant or d.depth) else None
    return Finding(
        kind=d.kind, breast=d.breast, status=d.status, stable=_stable(d), evidence=d.evidence,
        morphology=morphology, distribution=distribution, location=location, size_mm=d.size_mm,
        descriptors=descriptors, status_trigger=d.status_trigger,
        status_rule=d.status_rule, stable_trigger=d.stable_trigger, label=d.label, term=d.term, extra_evidence=d.extra,
        misspelt=d.misspelt,
    )


def told_later(d: Draft) -> bool:
    """Whether the sentence that made the lesion stable tells the case's later course, not this exam."""
    said = next((e for e in (d.evidence, *d.extra) if d.stable_trigger and e.start <= d.stable_trigger.start < e.end), None)
    return said is not None and bool(_LATER_COURSE.search(said.text))


def _stable(d: Draft) -> bool:
    return d.stable and not told_later(d)
