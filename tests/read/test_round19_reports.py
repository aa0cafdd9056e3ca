"""Round 19 layouts of whole reports and finding phrases: a form's dotted leaders between a label and its value, a
"none seen" answer after them, an outline's lettered breast sub-headers, a new finding "not present in" a month and
year written with a full stop, a side-column form's change row, a scanner's misread letters, and a finding phrase's
cells (a hedging "?" glued to a cell's word, shorthand words in a cell).

Each text is a wording of its own, not a corpus sentence: the mechanism, not the text, is under test. Each test has a
control that must read as it did before.
"""

from __future__ import annotations

from readingscan import analyze
from readingscan.model import Finding


def _read(text: str) -> list[tuple[str, str | None, str, tuple[str, ...], str | None, bool]]:
    return [_atoms(f) for f in analyze(text).findings]


def _atoms(f: Finding) -> tuple[str, str | None, str, tuple[str, ...], str | None, bool]:
    return (f.kind.value, f.breast.value if f.breast else None, f.status.value, tuple(sorted(m.value for m in f.morphology)),
            f.distribution.value if f.distribution else None, f.stable)


def test_leader_parts_a_label_from_its_value_as_a_colon_does() -> None:
    text = "LEFT BREAST\n  Calcifications ...... pleomorphic, clustered, in the 9 mm mass\n"
    (calc, *_) = [a for a in _read(text) if a[0] == "calcification"]
    assert calc[3] == ("fine_pleomorphic",) and calc[4] == "grouped"
    # control: an ellipsis glued to a word still ends its sentence
    assert [a[:3] for a in _read("There was a lump... Now no calcifications.")][-1] == ("calcification", None, "absent")


def test_none_seen_after_a_leader_answers_the_field() -> None:
    assert _read("RIGHT BREAST\n  Axillary nodes ....... none identified\n")[0][:3] == ("lymph_node", "right", "absent")
    # control: a value after the leader that is no answer
    assert _read("RIGHT BREAST\n  Axillary nodes ....... one enlarged, 2 cm\n")[0][:3] == ("lymph_node", "right", "present")


def test_lettered_outline_items_are_breast_subheaders() -> None:
    text = ("Examination: Mammogram, both sides.\n\nI.  MAMMOGRAPHY\n    A. Composition: almost entirely fatty.\n"
            "    B. Left breast\n       1. A 12 mm oval circumscribed mass at 3 o'clock,\n          close to the muscle.\n"
            "       2. No skin thickening.\n    C. Right breast\n       1. No mass or distortion.\n")
    got = {(a[0], a[1], a[2]) for a in _read(text)}
    assert ("skin", "left", "absent") in got and ("mass", "right", "absent") in got
    assert ("architectural_distortion", "right", "absent") in got
    # control: a lettered item that is no side stays a statement of the breast above
    text = "FINDINGS\nLeft breast:\n  a. Spiculated mass at 2 o'clock.\n  b. No distortion.\n"
    assert ("architectural_distortion", "left", "absent") in {(a[0], a[1], a[2]) for a in _read(text)}


def test_not_present_in_a_month_and_year_with_a_full_stop_is_new() -> None:
    text = "Right breast: a cluster of amorphous calcifications, not present in 03.2023."
    assert _read(text)[0][:3] == ("calcification", "right", "present")
    # control: "not present" alone still denies
    assert _read("Right breast: skin thickening is not present.")[0][:3] == ("skin", "right", "absent")


def test_change_row_of_a_side_column_form_marks_its_side_stable() -> None:
    text = ("CALCIFICATION WORKSHEET\n                      RIGHT              LEFT\n"
            "  Calcifications      Present            Present\n  Type                Coarse             Punctate\n"
            "  Since last exam     Unchanged          Increased\n")
    got = {a[1]: a for a in _read(text) if a[0] == "calcification"}
    assert got["right"][5] is True
    assert got["left"][5] is False  # control: the other column's change is no stability


def test_scanner_misread_letters_are_read_as_the_words_they_stand_for() -> None:
    text = "LEFT BREAST: A new group of arnorphous caIcifications. No associated rnass.\nRlGHT BREAST: Norrnal."
    got = {(a[0], a[1], a[2]): a for a in _read(text)}
    assert got[("calcification", "left", "present")][3] == ("amorphous",)
    assert ("mass", "left", "absent") in got
    # control: real words that hold "rn" or a capital "I" are not respelt
    assert _read("Modern equipment. In the left breast: no mass. Cornell protocol.") == [
        ("mass", "left", "absent", (), None, False)]


def test_glued_question_mark_in_a_cell_hedges_its_finding() -> None:
    assert _read("LT | ASYMMETRY? | MLO ONLY | RECALL")[0][:3] == ("asymmetry", "left", "possible")
    # control: an unhedged cell and a question in prose
    assert _read("LT | ASYMMETRY | MLO ONLY | RECALL")[0][:3] == ("asymmetry", "left", "present")
    assert _read("Left breast: spiculated mass. What is the next step?")[0][:3] == ("mass", "left", "present")


def test_shorthand_cells_of_a_finding_phrase() -> None:
    assert _read("RT | SKIN THICKEN. | MLO")[0][:3] == ("skin", "right", "present")
    assert _read("LT | CALCS | VASC. | no recall")[0][3] == ("vascular",)
    # control: "Vasc" as a header cell names no calcification's form
    assert _read("| Side | Vasc |\n| L | none |") == []
