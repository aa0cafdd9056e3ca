"""A plain-text table with one column per breast parted by a bar ("RIGHT | LEFT"), read per column
(read/findings/tables.py, rules/cues.yaml side_table_columns): each cell ends at the bar, a cell goes on in its
column on the lines below, a label naming no finding takes the finding its cell names, and a cell saying a
finding is a lesion above adds no other lesion."""

from __future__ import annotations

from readingscan import analyze

TABLE = """FINDINGS:
                 RIGHT                          | LEFT
Masses:          Oval mass, 11 o'clock, stable  | None
                                                |
Calcs:           None seen                      | Punctate, grouped,
                                                | upper outer quadrant
Asymmetry:       None                           | Seen = the calcs above
Lymph nodes:     Normal                         | Normal
Nipple region:   One intramammary lymph node    | Normal

IMPRESSION: BI-RADS 3.
"""


def _atoms() -> set[tuple[str, str | None, str]]:
    return {(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(TABLE).findings}


def test_each_column_of_a_barred_table_is_its_side() -> None:
    atoms = _atoms()
    assert ("mass", "right", "present") in atoms and ("mass", "left", "absent") in atoms, atoms
    assert ("calcification", "right", "absent") in atoms and ("calcification", "left", "present") in atoms, atoms
    assert not any(side == "both" for _, side, _ in atoms), atoms


def test_a_cell_goes_on_in_its_column_on_the_next_line() -> None:
    calcs = [f for f in analyze(TABLE).findings if f.kind.value == "calcification" and f.breast
             and f.breast.value == "left"]
    assert calcs and calcs[0].distribution is not None and calcs[0].distribution.value == "grouped", calcs


def test_a_label_naming_no_finding_takes_its_cells_finding() -> None:
    assert ("lymph_node", "right", "present") in _atoms()


def test_a_cell_saying_the_finding_is_a_lesion_above_adds_none() -> None:
    atoms = _atoms()
    assert ("asymmetry", "left", "present") not in atoms and ("asymmetry", "right", "absent") in atoms, atoms
