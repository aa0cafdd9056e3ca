"""The mass grid's model: every margin by every shape (less the square with neither), each cell with a level,
a plain sentence and the Atlas rule behind it; only verified figures shown, each with its primary work; a
report's masses marked from their shape and margin descriptors (absent ones never, MRI ones not placed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from readingscan import analyze, load_content
from readingscan.content.grid import MassMargin, MassRule, MassShape
from readingscan.grid.evidence import FiguresError, FigureStatus
from readingscan.grid.mass_evidence import MASS_COLUMNS, load_mass_figures, mass_figures_for, read_mass_figures
from readingscan.grid.masses import (
    MASS_MARGINS,
    MASS_RULES,
    MASS_SHAPES,
    build_mass_grid,
    mark_masses,
    mass_grid,
    mass_rule_for,
    parse_mass_cell_id,
    unplaced_masses,
)
from readingscan.grid.words import Level
from readingscan.model import Breast, Finding, FindingKind, Span, Status

MAX_GRADE = 8
_URL = re.compile(r"https?://\S+")


def test_the_grid_has_every_margin_by_every_shape_but_the_empty_square() -> None:
    cells = build_mass_grid()
    assert len(cells) == 8 * 4 - 1 == len(mass_grid())
    expected = {(s, m) for s in MASS_SHAPES for m in MASS_MARGINS} - {(None, None)}
    assert {(c.shape, c.margin) for c in cells} == expected
    assert "not_stated.not_stated" not in mass_grid()


@pytest.mark.parametrize("cell", build_mass_grid(), ids=lambda c: c.id)
def test_every_cell_has_level_sentence_rationale_and_source(cell) -> None:
    assert cell.level in Level
    assert cell.sentence.strip() and cell.rationale.strip() and "Atlas" in cell.source
    assert cell.fallback, "no verified figure is about one exact shape-and-margin mix"


@pytest.mark.parametrize(("cell", "level"), [
    ("oval.circumscribed", Level.PROBABLY_BENIGN),
    ("round.obscured", Level.PROBABLY_BENIGN),
    ("oval.not_stated", Level.PROBABLY_BENIGN),
    ("oval.indistinct", Level.LOW),
    ("not_stated.microlobulated", Level.LOW),
    ("round.angular", Level.LOW),
    ("irregular.circumscribed", Level.LOW),
    ("irregular.not_stated", Level.MODERATE),
    ("irregular.obscured", Level.MODERATE),
    ("irregular.indistinct", Level.HIGH),
    ("irregular.not_circumscribed", Level.HIGH),
    ("irregular.spiculated", Level.HIGH),
    ("oval.spiculated", Level.HIGH),
    ("not_stated.spiculated", Level.HIGH),
])
def test_levels_follow_the_rule_table(cell: str, level: Level) -> None:
    assert mass_grid()[cell].level is level


def test_every_rule_is_used_and_quotes_its_source() -> None:
    used = {mass_rule_for(c.shape, c.margin).id for c in build_mass_grid()}
    assert used == set(MassRule) == {r.id for r in MASS_RULES}
    for rule in MASS_RULES:
        assert "\"" in rule.rationale, f"{rule.id} quotes the Atlas's (or a study's) own words"
        assert rule.source.strip()


def test_only_verified_figures_are_shown_and_each_cites_its_primary_work() -> None:
    shown = [f for c in build_mass_grid() for f in c.evidence]
    assert shown
    for figure in shown:
        assert figure.status in (FigureStatus.V_PRIMARY, FigureStatus.V_SECONDARY)
        assert _URL.search(figure.source), f"{figure.id} has no address to check it by"
        assert figure.doi and f"doi:{figure.doi}" in figure.citation
        assert not _URL.search(figure.citation), "where a figure was checked never reaches the screen"
    unverified = [f for f in load_mass_figures() if f.status is FigureStatus.UNVERIFIED]
    assert unverified, "the file keeps the figures we could not check"
    assert not {f.id for f in unverified} & {f.id for f in shown}
    assert mass_grid()["oval.angular"].unchecked == 1


def test_figures_land_on_their_shape_or_margin_only() -> None:
    figures = load_mass_figures()
    spiculated = mass_figures_for(figures, MassShape.OVAL, MassMargin.SPICULATED)
    assert {f.id for f in spiculated} == {"m01", "m03", "m06", "m11"}
    assert mass_figures_for(figures, None, MassMargin.OBSCURED) == ()
    irregular = {f.id for f in mass_grid()["irregular.not_stated"].evidence}
    assert irregular == {"m02", "m04", "m09"}


def test_the_figures_file_matches_its_columns(tmp_path: Path) -> None:
    assert len(read_mass_figures()) == len(load_mass_figures()) >= 9
    bad = tmp_path / "mass.csv"
    bad.write_text(",".join(MASS_COLUMNS) + "\nx1,shape,,spiculated,mammography,81%,81,492,S,1998,10.1/x,c,V-primary,https://a\n",
                   encoding="utf-8")
    with pytest.raises(FiguresError, match="a shape figure needs a shape and no margin"):
        read_mass_figures(bad)


def _grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


@pytest.mark.parametrize("cell", build_mass_grid(), ids=lambda c: c.id)
def test_patient_words_read_at_grade_8_or_lower(cell) -> None:
    assert _grade(cell.sentence) <= MAX_GRADE, cell.sentence
    assert cell.fallback is not None and _grade(cell.fallback) <= MAX_GRADE, cell.fallback


def test_the_mass_screens_own_words_read_at_grade_8_or_lower() -> None:
    screen = load_content().grid.masses.screen
    for name in ("intro", "no_descriptor", "other_exam", "marked", "chart_alt", "clinician_intro"):  # npv: an abbreviation
        text = getattr(screen, name).format(numbers="#2")
        assert _grade(text) <= MAX_GRADE, (name, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("irregular.spiculated", (MassShape.IRREGULAR, MassMargin.SPICULATED)),
    (" Oval.Circumscribed ", (MassShape.OVAL, MassMargin.CIRCUMSCRIBED)),
    ("not_stated.angular", (None, MassMargin.ANGULAR)),
    ("round.not_stated", (MassShape.ROUND, None)),
    ("irregular.irregular", (MassShape.IRREGULAR, MassMargin.NOT_CIRCUMSCRIBED)),
    ("not_stated.not_stated", None),
    ("oval.clustered", None),
    ("lobulated.circumscribed", None),
    ("![x](https://t.example/p.png)", None),
], ids=lambda v: str(v))
def test_cell_ids(text: str, expected: object) -> None:
    assert parse_mass_cell_id(text) == expected


def _mass(status: Status = Status.PRESENT, **descriptors: str) -> Finding:
    text = "mass"
    return Finding(kind=FindingKind.MASS, breast=Breast.LEFT, status=status, stable=False, evidence=Span(0, len(text), text),
                   descriptors=tuple(descriptors.items()))


def test_marks_from_descriptors() -> None:
    findings = [
        _mass(shape="irregular", margin="spiculated"),
        _mass(Status.POSSIBLE, shape="oval"),
        _mass(margin="irregular"),
        _mass(Status.ABSENT, shape="irregular", margin="spiculated"),
        _mass(),
        _mass(shape="lobulated", margin="smooth"),
    ]
    marks = mark_masses(findings)
    assert [(m.cell_id, m.finding_index, m.hollow) for m in marks] == [
        ("irregular.spiculated", 0, False), ("oval.not_stated", 1, True), ("not_stated.not_circumscribed", 2, False)]
    assert unplaced_masses(findings) == ((4, 5), ())


@pytest.mark.parametrize(("report", "cells"), [
    ("MAMMOGRAM\nFINDINGS: LEFT BREAST: irregular spiculated mass at 2 oclock.\nIMPRESSION: BI-RADS 5.",
     ["irregular.spiculated"]),
    ("MAMMOGRAM\nFINDINGS: No suspicious mass in either breast.\nIMPRESSION: BI-RADS 1.", []),
], ids=["spiculated", "negated"])
def test_marks_from_a_report(report: str, cells: list[str]) -> None:
    assert [m.cell_id for m in mark_masses(analyze(report))] == cells


def test_masses_on_an_mri_are_not_placed() -> None:
    report = analyze("BREAST MRI\nFINDINGS: Left breast: irregular mass with spiculated margins.\nIMPRESSION: BI-RADS 5.")
    if not [f for f in report.findings if f.kind is FindingKind.MASS]:
        pytest.fail("the engine should read the MRI mass")
    assert mark_masses(report) == ()
    assert unplaced_masses(report)[1]
