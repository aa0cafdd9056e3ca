"""The typed records of descriptors.yaml: every descriptor value of the contract in plain words (what it looks
like, what it usually means, how concerning, and its sources), what enhancement and kinetics are, and the
MRI paragraphs on background enhancement and the amount of fibroglandular tissue.

Descriptor names and values are the contract's (readingscan.model: Descriptor and DESCRIPTOR_VALUES): every
one has its words, and no other. A record's ``sources`` and ``intros`` name keys of this file: an unknown key
is refused at load, naming the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, with_config

from readingscan.content.checks import FORBID, every, problem, template
from readingscan.content.records import Source, Text
from readingscan.model import (
    DESCRIPTOR_VALUES,
    Density,
    Descriptor,
    EnhancementLevel,
    EnhancementSymmetry,
    FindingKind,
)

__all__ = ["BackgroundWords", "Concern", "DescriptorName", "DescriptorWords", "Intro", "TissueWords", "ValueWords"]


def _slug(text: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", text):
        raise problem(f"{text!r} is not a slug (lower-case letters, digits and _)")
    return text


Slug = Annotated[str, AfterValidator(_slug)]


class Concern(StrEnum):
    """How concerning a descriptor value is in the Atlas's and the studies' terms: it never decides a category."""

    REASSURING = "reassuring"  # typical of harmless findings
    NEUTRAL = "neutral"  # says little on its own
    CLOSER_LOOK = "closer_look"  # seen more often in findings that need a closer look


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ValueWords:
    """One descriptor value: ``term`` is the card's heading ("Posterior shadowing"), in the Atlas's words so
    glossary entries named for it link by themselves; ``glossary`` the slug of its entry, when one exists."""

    term: Text
    looks: Text  # what it looks like
    means: Text  # what it usually means
    concern: Text  # how concerning, calmly; never a diagnosis
    level: Concern
    sources: tuple[Slug, ...]
    glossary: Slug | None


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class DescriptorName:
    name: Text  # "Orientation"
    intros: tuple[Slug, ...]  # the intros a card shows before this descriptor ("enhancement", "kinetics")
    values: dict[Slug, ValueWords]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Intro:
    """A plain paragraph a card shows once, before the descriptors that need it, or for these kinds and names."""

    term: Text
    text: Text
    sources: tuple[Slug, ...]
    kinds: tuple[FindingKind, ...]
    labels: tuple[str, ...]  # the lexicon's finding names (findings.yaml labels)


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Named:
    name: Text
    meaning: Text


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class BackgroundWords:
    """Background parenchymal enhancement: normal tissue taking up the dye, never a finding."""

    sentence: Annotated[str, template("name", "meaning")]  # then the symmetry's sentence, if given, and normal
    levels: Annotated[dict[EnhancementLevel, Named], every(EnhancementLevel)]
    symmetry: Annotated[dict[EnhancementSymmetry, Text], every(EnhancementSymmetry)]
    normal: Text  # that it is normal tissue behaviour, not a finding
    sources: tuple[Slug, ...]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class TissueWords:
    """The MRI amount of fibroglandular tissue, a to d: never the mammogram's density."""

    sentence: Annotated[str, template("letter", "name", "meaning")]  # then the note
    categories: Annotated[dict[Density, Named], every(Density)]
    note: Text
    sources: tuple[Slug, ...]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class DescriptorWords:
    """descriptors.yaml."""

    sources: dict[Slug, Source]
    detail: Annotated[str, template("term", "text")]  # one descriptor in the downloads: "**{term}.** {text}"
    intros: dict[Slug, Intro]
    descriptors: Annotated[dict[Descriptor, DescriptorName], every(Descriptor)]
    tissue_heading: Text  # the heading over the two MRI paragraphs
    background_enhancement: BackgroundWords
    fibroglandular_tissue: TissueWords

    def __post_init__(self) -> None:
        named = [(f"intros.{key}", intro.sources) for key, intro in self.intros.items()]
        named += [(f"descriptors.{name}.{value}", words.sources)
                  for name, entry in self.descriptors.items() for value, words in entry.values.items()]
        named += [("background_enhancement", self.background_enhancement.sources),
                  ("fibroglandular_tissue", self.fibroglandular_tissue.sources)]
        for where, keys in named:
            unknown = [k for k in keys if k not in self.sources]
            if unknown or not keys:
                raise problem(f"unknown source {unknown[0]!r}" if unknown else "no source", where)
        for name, entry in self.descriptors.items():
            unknown = [k for k in entry.intros if k not in self.intros]
            if unknown:
                raise problem(f"unknown intro {unknown[0]!r}", f"descriptors.{name}")
            expected = [v.value for v in DESCRIPTOR_VALUES[name]]
            wrong = [f"unknown value {v!r}" for v in entry.values if v not in expected]
            wrong += [f"missing value {v!r}" for v in expected if v not in entry.values]
            if wrong:
                raise problem("; ".join(wrong), f"descriptors.{name}.values")
