"""A lesion table's numbered rows whose Description column names no finding, only what the lesion looks like
(read/findings/lesion_rows.py): each such row is a mass of its own, on the side its Site cell names, with the
descriptors of all its lines; a row naming its finding stays that finding, apart from the rows around it."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Finding

US = "EXAM: Bilateral breast ultrasound.\n\nFINDINGS:\n"

PIPES = US + """ No | Location       | Size   | Features                                              | BI-RADS
----+----------------+--------+-------------------------------------------------------+--------
 1  | Left 3h 4cm    | 1.2 cm | round, not parallel, angular margins, heterogeneous,  | 4B
    |                |        | posterior shadowing, rim vascularity                  |
 2  | Left 6h 2cm    | 0.4 cm | simple cyst                                           | 2
 3  | Right 11h 1cm  | 0.8 cm | oval, parallel, circumscribed, hyperechoic,           | 2
    |                |        | posterior enhancement, avascular                      |

IMPRESSION: BI-RADS 4B.
"""

SPACES = US + """No   Side   Site             Size       Comment
1    L      4 o'clock 2cm    12 mm      Round, angular, hypoechoic. Not parallel.
                                        Rim vascularity. Unchanged.
2    R      9 o'clock        6 mm       Irregular, indistinct, isoechoic.

IMPRESSION: BI-RADS 4B.
"""

# Pasted from a spreadsheet: one tab between cells, every descriptor in a column of its own.
TABS = US + "Lesion\tSide\tClock\tSize (mm)\tShape\tOrient\tMargin\tEcho\tPost\tFlow\n" \
    "1\tLeft\t3 o'clock\t9\tround\tnot parallel\tangular\thypoechoic\tshadowing\trim\n" \
    "2\tRight\t8:00\t5\toval\tparallel\tcircumscribed\tisoechoic\tenhancement\tnil\n\nIMPRESSION: BI-RADS 4B.\n"

# A worksheet's lesion block: a numbered "Lesion" line, then indented "field: value" lines naming no finding.
BLOCK = US + """LEFT
 Lesion 2   3:00   4 cm FN   11 x 7 mm
    shape: round     orientation: not parallel     margin: angular
    echo: hypoechoic     post: shadowing     colour: nil
 Other: scattered benign cysts, largest 5 mm

IMPRESSION: BI-RADS 4B.
"""


def _masses(text: str) -> list[Finding]:
    return [f for f in analyze(text).findings if f.kind.value == "mass"]


def _described(finding: Finding) -> dict[str, str]:
    return {key: str(getattr(value, "value", value)) for key, value in dict(finding.descriptors).items()}


@pytest.mark.parametrize(("text", "side", "wanted"), [
    (PIPES, "left", {"shape": "round", "orientation": "not_parallel", "margin": "angular",
                     "posterior_features": "shadowing", "vascularity": "rim"}),
    (PIPES, "right", {"shape": "oval", "orientation": "parallel", "margin": "circumscribed",
                      "echo_pattern": "hyperechoic", "posterior_features": "enhancement", "vascularity": "absent"}),
    (SPACES, "left", {"shape": "round", "margin": "angular", "echo_pattern": "hypoechoic",
                      "orientation": "not_parallel", "vascularity": "rim"}),
    (SPACES, "right", {"shape": "irregular", "margin": "indistinct", "echo_pattern": "isoechoic"}),
    (BLOCK, "left", {"shape": "round", "orientation": "not_parallel", "margin": "angular",
                     "echo_pattern": "hypoechoic", "posterior_features": "shadowing", "vascularity": "absent"}),
    (TABS, "left", {"shape": "round", "orientation": "not_parallel", "margin": "angular",
                    "echo_pattern": "hypoechoic", "posterior_features": "shadowing", "vascularity": "rim"}),
    (TABS, "right", {"shape": "oval", "orientation": "parallel", "margin": "circumscribed",
                     "echo_pattern": "isoechoic", "posterior_features": "enhancement", "vascularity": "absent"}),
])
def test_a_row_naming_no_finding_is_a_mass_with_its_descriptors(text: str, side: str, wanted: dict[str, str]) -> None:
    described = [_described(f) for f in _masses(text) if f.breast is not None and f.breast.value == side]
    assert any(wanted.items() <= d.items() for d in described), described


def test_each_row_is_a_lesion_of_its_own() -> None:
    left = [f for f in _masses(PIPES) if f.breast is not None and f.breast.value == "left"]
    assert len(left) == 2, left  # row 1's mass and row 2's cyst
    assert any(not f.descriptors for f in left), left  # the cyst takes none of row 1's words


def test_a_row_saying_unchanged_is_stable() -> None:
    left = [f for f in _masses(SPACES) if f.breast is not None and f.breast.value == "left"]
    assert left and left[0].stable and left[0].size_mm == 12, left  # 2 cm from the nipple is no size
