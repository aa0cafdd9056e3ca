"""The descriptors with fixed values (../shared/contracts/findings.schema.json, finding.descriptors), and the
MRI / contrast-mammography report fields about the breast tissue as a whole.

BI-RADS 5th edition (2013) and v2025 lexicons: mammography, ultrasound, MRI, contrast-enhanced mammography.
A finding stores its descriptors as (name, value) pairs; ``DESCRIPTOR_VALUES`` names each one's closed set.
"""

from __future__ import annotations

from enum import StrEnum


class Shape(StrEnum):
    OVAL = "oval"
    ROUND = "round"
    IRREGULAR = "irregular"


class Margin(StrEnum):
    CIRCUMSCRIBED = "circumscribed"
    OBSCURED = "obscured"
    MICROLOBULATED = "microlobulated"
    INDISTINCT = "indistinct"
    ANGULAR = "angular"
    SPICULATED = "spiculated"
    IRREGULAR = "irregular"  # MRI
    NOT_CIRCUMSCRIBED = "not_circumscribed"  # said without saying how


class MassDensity(StrEnum):
    """Mammography only (contrast mammography's low-energy images too)."""

    HIGH = "high"
    EQUAL = "equal"
    LOW = "low"
    FAT_CONTAINING = "fat_containing"


class Orientation(StrEnum):
    PARALLEL = "parallel"
    NOT_PARALLEL = "not_parallel"  # "taller than wide"


class EchoPattern(StrEnum):
    ANECHOIC = "anechoic"
    HYPERECHOIC = "hyperechoic"
    COMPLEX_CYSTIC_SOLID = "complex_cystic_solid"
    HYPOECHOIC = "hypoechoic"
    ISOECHOIC = "isoechoic"
    HETEROGENEOUS = "heterogeneous"


class PosteriorFeatures(StrEnum):
    NONE = "none"
    ENHANCEMENT = "enhancement"
    SHADOWING = "shadowing"
    COMBINED = "combined"


class Vascularity(StrEnum):
    ABSENT = "absent"
    INTERNAL = "internal"
    RIM = "rim"


class Elasticity(StrEnum):
    SOFT = "soft"
    INTERMEDIATE = "intermediate"
    HARD = "hard"


class InternalEnhancement(StrEnum):
    HOMOGENEOUS = "homogeneous"
    HETEROGENEOUS = "heterogeneous"
    RIM = "rim"
    DARK_INTERNAL_SEPTATIONS = "dark_internal_septations"
    CLUMPED = "clumped"
    CLUSTERED_RING = "clustered_ring"


class NmeDistribution(StrEnum):
    FOCAL = "focal"
    LINEAR = "linear"
    SEGMENTAL = "segmental"
    REGIONAL = "regional"
    MULTIPLE_REGIONS = "multiple_regions"
    DIFFUSE = "diffuse"


class KineticsInitial(StrEnum):
    SLOW = "slow"
    MEDIUM = "medium"
    FAST = "fast"


class KineticsDelayed(StrEnum):
    PERSISTENT = "persistent"  # type I curve
    PLATEAU = "plateau"  # type II
    WASHOUT = "washout"  # type III


class ImplantRupture(StrEnum):
    """In order: an extracapsular rupture implies an intracapsular one (the shell is torn either way)."""

    NONE = "none"
    INTRACAPSULAR = "intracapsular"
    EXTRACAPSULAR = "extracapsular"


class Descriptor(StrEnum):
    """The contract's descriptor names with fixed values."""

    SHAPE = "shape"
    MARGIN = "margin"
    MASS_DENSITY = "mass_density"
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


DESCRIPTOR_VALUES: dict[Descriptor, type[StrEnum]] = {
    Descriptor.SHAPE: Shape,
    Descriptor.MARGIN: Margin,
    Descriptor.MASS_DENSITY: MassDensity,
    Descriptor.ORIENTATION: Orientation,
    Descriptor.ECHO_PATTERN: EchoPattern,
    Descriptor.POSTERIOR_FEATURES: PosteriorFeatures,
    Descriptor.VASCULARITY: Vascularity,
    Descriptor.ELASTICITY: Elasticity,
    Descriptor.INTERNAL_ENHANCEMENT: InternalEnhancement,
    Descriptor.NME_DISTRIBUTION: NmeDistribution,
    Descriptor.KINETICS_INITIAL: KineticsInitial,
    Descriptor.KINETICS_DELAYED: KineticsDelayed,
    Descriptor.IMPLANT_RUPTURE: ImplantRupture,
}


class EnhancementLevel(StrEnum):
    """MRI / contrast mammography background parenchymal enhancement (BPE)."""

    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MARKED = "marked"


class EnhancementSymmetry(StrEnum):
    SYMMETRIC = "symmetric"
    ASYMMETRIC = "asymmetric"
