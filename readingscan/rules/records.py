"""The typed records of the rule files: a StrEnum for every closed set a rule may name.

StrEnum members equal their text, so ``rule.category == "finding"`` and ``rule.category is
LexiconCategory.FINDING`` both hold; the loader refuses any text that is not a member.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from readingscan.model import (
    Density,
    Depth,
    Distribution,
    FindingKind,
    Modality,
    Morphology,
    Purpose,
    Quadrant,
    RecommendationKind,
    SectionKind,
)
from readingscan.model.descriptors import (
    EchoPattern,
    Elasticity,
    EnhancementLevel,
    EnhancementSymmetry,
    ImplantRupture,
    InternalEnhancement,
    KineticsDelayed,
    KineticsInitial,
    Margin,
    MassDensity,
    NmeDistribution,
    Orientation,
    PosteriorFeatures,
    Shape,
    Vascularity,
)


class RuleFile(StrEnum):
    """The rule files of readingscan/rules/ read as records of words."""

    LEXICON = "lexicon"
    CONTEXT = "context"
    SECTIONS = "sections"
    TERMS = "terms"


class LexiconCategory(StrEnum):
    """What a lexicon word is: a finding, one of its descriptors, a place, an exam word, a next step."""

    FINDING = "finding"
    NOT_FINDING = "not_finding"  # holds a finding word but names none ("may obscure small masses")
    BREAST_WORD = "breast_word"  # only a breast report uses it
    OTHER_BODY_PART = "other_body_part"
    MORPHOLOGY = "morphology"
    DISTRIBUTION = "distribution"
    MASS_SHAPE = "mass_shape"
    MASS_MARGIN = "mass_margin"
    MASS_DENSITY = "mass_density"
    # Ultrasound, MRI and contrast mammography descriptors: each category is the contract's descriptor name.
    ORIENTATION = "orientation"
    ECHO_PATTERN = "echo_pattern"
    POSTERIOR_FEATURES = "posterior_features"
    VASCULARITY = "vascularity"
    ELASTICITY = "elasticity"
    INTERNAL_ENHANCEMENT = "internal_enhancement"
    NME_DISTRIBUTION = "nme_distribution"
    KINETICS_INITIAL = "kinetics_initial"
    KINETICS_DELAYED = "kinetics_delayed"
    IMPLANT_RUPTURE = "implant_rupture"
    IMPLANT_SIGN = "implant_sign"  # a sign of a rupture's kind (linguine, snowstorm): the kind, never the status
    IMPLANT_RUPTURE_WORD = "implant_rupture_word"  # "rupture" said without its kind ("no evidence of rupture")
    NODE_TYPE = "node_type"
    DENSITY = "density"
    NOT_DENSITY = "not_density"  # MRI fibroglandular tissue, ultrasound echotexture: never density
    FIBROGLANDULAR_TISSUE = "fibroglandular_tissue"  # MRI amount of fibroglandular tissue, a-d
    BACKGROUND_ENHANCEMENT = "background_enhancement"  # the words naming BPE ("background parenchymal enhancement")
    ENHANCEMENT_LEVEL = "enhancement_level"  # minimal | mild | moderate | marked, said of the BPE
    ENHANCEMENT_SYMMETRY = "enhancement_symmetry"  # symmetric | asymmetric, said of the BPE
    MODALITY = "modality"
    PURPOSE = "purpose"
    LATERALITY = "laterality"
    QUADRANT = "quadrant"
    DEPTH = "depth"
    RECOMMENDATION = "recommendation"


class LexiconGroup(StrEnum):
    """The questions the reader asks of a report's text, each with its own lexicon pass: "screening
    mammogram" is one glossary term, but also a purpose and a modality."""

    FINDINGS = "findings"
    EXAM = "exam"
    RECOMMENDATION = "recommendation"
    TERMS = "terms"
    DESCRIPTORS = "descriptors"  # the descriptor words alone: those inside a finding's own words ("hypoechoic lesion")


class ContextCategory(StrEnum):
    """What a ConText trigger does to the finding words in its scope."""

    NEGATED = "negated"
    POSSIBLE = "possible"
    STABLE = "stable"
    HISTORICAL = "historical"
    UNASSERTED = "unasserted"
    PSEUDO = "pseudo"
    TERMINATE = "terminate"


class Direction(StrEnum):
    """Which way a trigger's scope runs from it."""

    FORWARD = "forward"
    BACKWARD = "backward"
    BIDIRECTIONAL = "bidirectional"
    NONE = "none"


class TermCategory(StrEnum):
    TERM = "term"  # a word that only links to a glossary entry


class Laterality(StrEnum):
    """A side word's value; SAME points back to the side just named ("at this site"), OPERATED to the side of the
    surgery the history names ("the lumpectomy site", "the treated breast")."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    SAME = "same"
    OPERATED = "operated"


class NodeType(StrEnum):
    INTRAMAMMARY = "intramammary"
    AXILLARY = "axillary"


class Marker(StrEnum):
    """The one value of categories that only mark a word (breast words, other body parts, non-findings)."""

    BREAST = "breast"
    OTHER = "other"
    NONE = "none"
    FGT = "fgt"
    BPE = "bpe"
    RUPTURE = "rupture"


# The closed set each lexicon category's value belongs to (checked at load).
LEXICON_VALUES: dict[LexiconCategory, type[StrEnum]] = {
    LexiconCategory.FINDING: FindingKind,
    LexiconCategory.NOT_FINDING: Marker,
    LexiconCategory.BREAST_WORD: Marker,
    LexiconCategory.OTHER_BODY_PART: Marker,
    LexiconCategory.MORPHOLOGY: Morphology,
    LexiconCategory.DISTRIBUTION: Distribution,
    LexiconCategory.MASS_SHAPE: Shape,
    LexiconCategory.MASS_MARGIN: Margin,
    LexiconCategory.MASS_DENSITY: MassDensity,
    LexiconCategory.ORIENTATION: Orientation,
    LexiconCategory.ECHO_PATTERN: EchoPattern,
    LexiconCategory.POSTERIOR_FEATURES: PosteriorFeatures,
    LexiconCategory.VASCULARITY: Vascularity,
    LexiconCategory.ELASTICITY: Elasticity,
    LexiconCategory.INTERNAL_ENHANCEMENT: InternalEnhancement,
    LexiconCategory.NME_DISTRIBUTION: NmeDistribution,
    LexiconCategory.KINETICS_INITIAL: KineticsInitial,
    LexiconCategory.KINETICS_DELAYED: KineticsDelayed,
    LexiconCategory.IMPLANT_RUPTURE: ImplantRupture,
    LexiconCategory.IMPLANT_SIGN: ImplantRupture,
    LexiconCategory.IMPLANT_RUPTURE_WORD: Marker,
    LexiconCategory.NODE_TYPE: NodeType,
    LexiconCategory.DENSITY: Density,
    LexiconCategory.NOT_DENSITY: Marker,
    LexiconCategory.FIBROGLANDULAR_TISSUE: Density,
    LexiconCategory.BACKGROUND_ENHANCEMENT: Marker,
    LexiconCategory.ENHANCEMENT_LEVEL: EnhancementLevel,
    LexiconCategory.ENHANCEMENT_SYMMETRY: EnhancementSymmetry,
    LexiconCategory.MODALITY: Modality,
    LexiconCategory.PURPOSE: Purpose,
    LexiconCategory.LATERALITY: Laterality,
    LexiconCategory.QUADRANT: Quadrant,
    LexiconCategory.DEPTH: Depth,
    LexiconCategory.RECOMMENDATION: RecommendationKind,
}

# Each rule file's category set.
CATEGORIES: dict[RuleFile, type[StrEnum]] = {
    RuleFile.LEXICON: LexiconCategory,
    RuleFile.CONTEXT: ContextCategory,
    RuleFile.SECTIONS: SectionKind,
    RuleFile.TERMS: TermCategory,
}

RuleCategory = LexiconCategory | ContextCategory | SectionKind | TermCategory


@dataclass(frozen=True, slots=True)
class Rule:
    """One record of a rule file. ``regex`` is the literal or pattern, ready to embed in a larger regex."""

    rule_id: str
    literal: str
    category: RuleCategory
    regex: str
    value: str = ""
    direction: Direction | None = None
    term: str = ""
    label: str = ""
    implies: Morphology | None = None
    # A finding word that names its kind only in these exams (empty: in every exam); see rules/lexicon.yaml.
    exams: tuple[Modality, ...] = ()
    source: str = ""
    is_literal: bool = False  # no pattern: the words themselves (matched through a word index, faster)
