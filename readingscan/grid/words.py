"""The grid's words: names for each shape and pattern, the plain sentence for each level, and what the
Atlas says about each shape and pattern in plain words (the fallback when no study gives a figure).

Every sentence here is for patients and is checked to read at grade 8 or lower (Flesch-Kincaid). The
Atlas's own wording, for clinicians, lives in the rule table of ``grid.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from readingscan.model import Distribution, Morphology

# The Atlas's category table, as reproduced (V-secondary) in references.md §4.
CATEGORY_SOURCE = (
    "ACR BI-RADS Atlas, Mammography, 5th ed. (2013): category table reproduced at "
    "https://html.scirp.org/file/_6-2060219_2.htm"
)


class Level(StrEnum):
    """How concerning a shape in a pattern usually is, in the order of the Atlas's categories 2 to 4C."""

    BENIGN = "benign"
    PROBABLY_BENIGN = "probably_benign"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class LevelWords:
    label: str  # "Moderate suspicion"
    word: str  # the cell text on a wide screen
    abbreviation: str  # the cell text on a phone
    category: str  # the Atlas category this level usually goes with
    atlas_range: str  # that category's likelihood of cancer in the Atlas's table (CATEGORY_SOURCE)
    says: str  # the end of the cell sentence, after the shape and the pattern


LEVELS: dict[Level, LevelWords] = {
    Level.BENIGN: LevelWords(
        "Benign", "Benign", "Ben", "2", "essentially 0%",
        "are almost always harmless. They usually need no extra tests.",
    ),
    Level.PROBABLY_BENIGN: LevelWords(
        "Probably benign", "Probably<br>benign", "P.B.", "3", "more than 0% and at most 2%",
        "are very likely harmless. Doctors often check them again in about 6 months.",
    ),
    Level.LOW: LevelWords(
        "Low suspicion", "Low", "Low", "4A", "more than 2% and at most 10%",
        "are a little more of a worry. A biopsy is often advised to be sure.",
    ),
    Level.MODERATE: LevelWords(
        "Moderate suspicion", "Moderate", "Mod", "4B", "more than 10% and at most 50%",
        "can be a sign of cancer, but most of the time they are not. A biopsy is usually advised.",
    ),
    Level.HIGH: LevelWords(
        "High suspicion", "High", "High", "4C", "more than 50% and less than 95%",
        "are more often a sign of cancer. A biopsy is advised.",
    ),
}


@dataclass(frozen=True, slots=True)
class Words:
    name: str  # the report's term, for the selectbox and the detail heading
    short: str  # the axis label on a phone
    plain: str  # the subject of the cell sentence, plural
    atlas: str  # what the Atlas says, in plain words


MORPHOLOGY_WORDS: dict[Morphology, Words] = {
    Morphology.SKIN: Words("Skin", "Skin", "Calcium specks in the skin",
                           "The Atlas lists calcium in the skin as typically benign. That means harmless."),
    Morphology.VASCULAR: Words("Vascular", "Vessel", "Calcium lines in blood vessel walls",
                               "The Atlas lists calcium in blood vessels as typically benign."),
    Morphology.COARSE: Words("Coarse (popcorn-like)", "Coarse", "Large popcorn-like lumps of calcium",
                             "The Atlas lists popcorn-like calcium as typically benign."),
    Morphology.LARGE_ROD_LIKE: Words("Large rod-like", "Rod", "Thick rods of calcium",
                                     "The Atlas lists large rods of calcium as typically benign."),
    Morphology.ROUND: Words("Round", "Round", "Small round specks",
                            "The Atlas lists round specks as typically benign. A single group with no past "
                            "pictures to compare may be checked again in 6 months."),
    Morphology.PUNCTATE: Words("Punctate", "Punct.", "Very tiny round specks",
                               "The Atlas lists very tiny round specks as typically benign. A new group, a line "
                               "or a wedge of them may need a biopsy."),
    Morphology.RIM: Words("Rim (lucent-centred)", "Rim", "Round specks with a dark center",
                          "The Atlas lists specks with a dark center as typically benign."),
    Morphology.DYSTROPHIC: Words("Dystrophic", "Dystr.", "Rough calcium lumps from an old injury",
                                 "The Atlas lists this kind of calcium as typically benign. It often forms "
                                 "where the breast healed."),
    Morphology.MILK_OF_CALCIUM: Words("Milk of calcium", "Milk", "Calcium grains that settle in tiny cysts",
                                      "The Atlas lists calcium that settles in tiny cysts as typically benign."),
    Morphology.SUTURE: Words("Suture", "Suture", "Calcium lines on old stitches",
                             "The Atlas lists calcium on old stitches as typically benign."),
    Morphology.AMORPHOUS: Words("Amorphous", "Amorph.", "Faint, hazy specks",
                                "The Atlas puts faint, hazy specks in group 4B, a moderate concern. Spread all "
                                "through both breasts, they are usually benign."),
    Morphology.COARSE_HETEROGENEOUS: Words("Coarse heterogeneous", "C. het.", "Uneven, mid-size specks",
                                           "The Atlas puts uneven, mid-size specks in group 4B, a moderate "
                                           "concern. Many groups in both breasts are usually benign."),
    Morphology.FINE_PLEOMORPHIC: Words("Fine pleomorphic", "F. pleo.", "Tiny specks of many shapes",
                                       "The Atlas puts tiny specks of many shapes in group 4B, a moderate "
                                       "concern."),
    Morphology.FINE_LINEAR: Words("Fine linear (branching)", "F. lin.", "Thin lines of calcium, some branching,",
                                  "The Atlas puts thin lines of calcium in group 4C, a high concern. Of all the "
                                  "shapes, it is the most often linked to cancer."),
}

DISTRIBUTION_WORDS: dict[Distribution | None, Words] = {
    Distribution.DIFFUSE: Words("Diffuse", "Diff.", "spread all through the breast",
                                "The Atlas says tiny round or hazy specks spread all through the breast are "
                                "almost always benign."),
    Distribution.REGIONAL: Words("Regional", "Reg.", "in a large area, over 2 cm wide,",
                                 "The Atlas says cancer is less likely when specks fill a large area. Their shape "
                                 "matters most."),
    Distribution.GROUPED: Words("Grouped", "Group", "in a small group",
                                "The Atlas says a group is at least 5 specks within 1 cm. A group can span up "
                                "to 2 cm."),
    Distribution.LINEAR: Words("Linear", "Line", "in a line",
                               "The Atlas says a line can raise concern, because it may follow a milk duct."),
    Distribution.SEGMENTAL: Words("Segmental", "Seg.", "in a wedge that points to the nipple",
                                  "The Atlas says a wedge can raise concern, because the specks may fill a duct "
                                  "and its branches."),
    None: Words("Not stated", "None", "with no pattern given",
                "The report does not say how the specks are spread, so only the shape is used here."),
}

NO_FIGURE = "No study we could check gives a figure for this exact mix of shape and pattern."


def cell_sentence(morphology: Morphology, distribution: Distribution | None, level: Level) -> str:
    """The plain sentence of one cell: "Tiny specks of many shapes in a small group can be a sign ..."."""
    return f"{MORPHOLOGY_WORDS[morphology].plain} {DISTRIBUTION_WORDS[distribution].plain} {LEVELS[level].says}"


def fallback(morphology: Morphology, distribution: Distribution | None) -> str:
    """What a cell says when no verified figure exists for its combination: the Atlas on shape and pattern."""
    return f"{NO_FIGURE} {MORPHOLOGY_WORDS[morphology].atlas} {DISTRIBUTION_WORDS[distribution].atlas}"
