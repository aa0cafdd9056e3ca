"""Finding words as the exam reads them: some name their kind only in some exams (rules/lexicon.yaml exams)."""

from __future__ import annotations

from dataclasses import replace

from readingscan.model import FindingKind, Modality
from readingscan.read.lexicon import Mention
from readingscan.rules.records import LexiconCategory as C


def in_exam(mentions: tuple[Mention, ...], modalities: tuple[Modality, ...]) -> tuple[Mention, ...]:
    """The mentions as this exam reads them: a finding word that names its kind only in other exams names an
    "other" finding ("a satellite focus" on a mammogram), or for an implant none (its integrity is an MRI and
    ultrasound finding)."""
    if not modalities:
        return mentions
    out = []
    for mention in mentions:
        rule = mention.reading(C.FINDING)
        if rule is None or not rule.exams or set(rule.exams) & set(modalities):
            out.append(mention)
        elif rule.value != FindingKind.IMPLANT:
            other = replace(rule, value=FindingKind.OTHER.value)
            out.append(Mention(mention.span, tuple(other if r is rule else r for r in mention.readings), mention.misspelt))
    return tuple(out)
