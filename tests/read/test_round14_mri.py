"""MRI descriptors blind round 14 (modalities_20) showed the engine misread, each as a mechanism: a lesion table's
bare kinetics cells read by their column; an initial phase's value after a dash; a curve type with its gloss in
brackets and the translated curve names; the dictated "non mask enhancement". Our own wordings, not the set's."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _described(text: str) -> list[tuple[str, str | None, dict[str, str]]]:
    return [(f["kind"], f["breast"], f["descriptors"]) for f in analyze(text).to_dict()["findings"]]


_TABLE = ("FINDINGS:\n"
          "| No | Side | Site | Kind | {first} | {second} |\n"
          "|----|------|------|------|---------|---------|\n"
          "| 1  | L    | 4:00 | Mass | {a}     | {b}     |\n"
          "| 2  | R    | 9:00 | NME  | {c}     | {d}     |\n")


@pytest.mark.parametrize(("first", "second", "cells", "want"), [
    ("Early phase", "Late phase", ("Rapid", "Persistent", "Slow", "Progressive"),
     ({"kinetics_initial": "fast", "kinetics_delayed": "persistent"},
      {"kinetics_initial": "slow", "kinetics_delayed": "persistent"})),
    ("Wash-in", "Curve type", ("Intermediate", "III", "Fast", "II"),
     ({"kinetics_initial": "medium", "kinetics_delayed": "washout"},
      {"kinetics_initial": "fast", "kinetics_delayed": "plateau"})),
    # control: columns naming no descriptor read nothing from their bare cells
    ("Biopsy", "Notes", ("Fast", "Persistent", "Slow", "I"), ({}, {})),
])
def test_a_tables_bare_kinetics_cells_are_read_by_their_column(first: str, second: str, cells: tuple, want: tuple) -> None:
    a, b, c, d = cells
    found = _described(_TABLE.format(first=first, second=second, a=a, b=b, c=c, d=d))
    assert [(kind, side, {k: v for k, v in desc.items() if k.startswith("kinetics")}) for kind, side, desc in found] \
        == [("mass", "left", want[0]), ("non_mass", "right", want[1])]


def test_an_elasticity_cell_keeps_its_own_word_beside_a_kinetics_short_form() -> None:
    text = ("| # | Side | Shape | Elastography |\n"
            "| 1 | Rt   | Oval  | Intermediate |\n")
    assert _described(text) == [("mass", "right", {"elasticity": "intermediate", "shape": "oval"})]


@pytest.mark.parametrize(("text", "want"), [
    ("Left breast: round mass at 2 o'clock.\n  Kinetics: Initial - Medium; Delayed - Plateau\n",
     {"kinetics_initial": "medium", "kinetics_delayed": "plateau"}),
    ("Left breast: round mass at 2 o'clock. Initial phase = fast, delayed phase washout.\n",
     {"kinetics_initial": "fast", "kinetics_delayed": "washout"}),
    # control: a dash that gives no value says nothing of the initial phase
    ("Left breast: round mass at 2 o'clock. Initial - see prior report; delayed phase washout.\n",
     {"kinetics_delayed": "washout"}),
])
def test_an_initial_phase_value_after_a_dash_or_equals_sign(text: str, want: dict) -> None:
    [(_, _, desc)] = _described(text)
    assert {k: v for k, v in desc.items() if k.startswith("kinetics")} == want


@pytest.mark.parametrize(("text", "want"), [
    ("Right breast: irregular mass, time-intensity curve type 3 (washout pattern).\n", "washout"),
    ("Right breast: irregular mass, TIC type II (plateau-shaped).\n", "plateau"),
    ("Right breast: oval mass, enhancement curve of inflow type.\n", "persistent"),
    ("Right breast: irregular mass with an outflow pattern curve.\n", "washout"),
    # controls: a bracket that glosses no curve, another type's words
    ("Right breast: irregular mass, TIC type 3 (see key image 4).\n", None),
    ("Right breast: oval mass. Diabetes type 1 (insulin dependent) noted.\n", None),
])
def test_a_curve_type_with_its_gloss_and_the_translated_curve_names(text: str, want: str | None) -> None:
    [(_, _, desc)] = _described(text)
    assert desc.get("kinetics_delayed") == want


def test_a_curve_types_bracket_with_the_other_phase_is_read_word_by_word() -> None:  # control
    [(_, _, desc)] = _described("Right breast: irregular mass, TIC type III (rapid wash-in, washout).\n")
    assert (desc.get("kinetics_initial"), desc.get("kinetics_delayed")) == ("fast", "washout")


def test_dictated_non_mask_enhancement_is_non_mass_enhancement() -> None:
    text = ("Right breast: oval mass at 10:00 measuring 9 mm. There is segmental non mask enhancement extending "
            "posterior from the mass over 4 cm.\n")
    assert [(kind, side) for kind, side, _ in _described(text)] == [("mass", "right"), ("non_mass", "right")]


def test_a_mask_that_is_no_enhancement_names_nothing() -> None:  # control
    text = "Right breast: oval mass at 10:00 measuring 9 mm. Non mask artifact from the coil.\n"
    assert [(kind, side) for kind, side, _ in _described(text)] == [("mass", "right")]
