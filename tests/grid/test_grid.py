"""The suspicion grid's model: every cell has a level, a plain sentence, a rationale and its evidence; every
number shown has a source and a verified status; no Unverified figure is ever shown; the level table
follows the Atlas; a report's findings are marked (negated ones never)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from readingscan import analyze, load_content
from readingscan.grid.cells import (
    DISTRIBUTIONS,
    RULES,
    Level,
    build_grid,
    cell_id,
    grid,
    mark,
    parse_cell_id,
    rule_for,
    unplaced,
)
from readingscan.grid.evidence import COLUMNS, FigureLevel, FiguresError, FigureStatus, load_figures, read_figures
from readingscan.grid.words import LEVELS
from readingscan.model import Breast, Distribution, Finding, FindingKind, Morphology, Span, Status

MAX_GRADE = 8
_URL = re.compile(r"https?://\S+")


def test_the_grid_has_every_shape_by_every_pattern() -> None:
    cells = build_grid()
    assert len(cells) == 14 * 6 == len(grid())
    assert {(c.morphology, c.distribution) for c in cells} == {(m, d) for m in Morphology for d in DISTRIBUTIONS}
    assert len({c.id for c in cells}) == len(cells)


@pytest.mark.parametrize("cell", build_grid(), ids=lambda c: c.id)
def test_every_cell_has_level_sentence_rationale_and_evidence(cell) -> None:
    assert cell.level in Level
    assert cell.sentence.strip() and cell.rationale.strip() and cell.source.strip()
    assert "Atlas" in cell.rationale or "Atlas" in cell.source
    assert isinstance(cell.evidence, tuple)
    exact = [f for f in cell.evidence if f.level is FigureLevel.CELL]
    assert (cell.fallback is None) == bool(exact), "the fallback is there exactly when no figure is about this mix"


def test_every_number_shown_has_a_source_and_a_verified_status() -> None:
    shown = [f for c in build_grid() for f in c.evidence]
    assert shown
    for figure in shown:
        assert figure.status in (FigureStatus.V_PRIMARY, FigureStatus.V_SECONDARY)
        assert figure.study.strip()
        assert _URL.search(figure.source), f"{figure.id} has no address to check it by"
    for words in LEVELS.values():  # the level ranges are the Atlas's, shown with CATEGORY_SOURCE
        assert "%" in words.atlas_range


def test_no_unverified_figure_is_ever_in_a_cell() -> None:
    unverified = {f.id for f in load_figures() if f.status is FigureStatus.UNVERIFIED}
    assert len(unverified) >= 10, "the Unverified rows of references.md are kept in the data, to be counted"
    assert not unverified & {f.id for c in build_grid() for f in c.evidence}
    assert grid()["fine_pleomorphic.linear"].unchecked >= 1  # the unidentified 93.8% study is counted, not shown


def test_the_figures_file_matches_its_columns_and_numbers() -> None:
    for figure in load_figures():
        assert any(f"{v:g}" in figure.text or f"{v:.1f}" in figure.text for v in figure.values), figure.id
        assert figure.text.count("%") >= 1


def test_a_figure_in_the_wrong_place_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "figures.csv"
    bad.write_text(",".join(COLUMNS) + "\nf1,cell,amorphous,,5%,5,,Study,2020,cohort,V-primary,https://x\n", encoding="utf-8")
    with pytest.raises(FiguresError, match="line 2: a cell figure needs a morphology and a distribution"):
        read_figures(bad)


@pytest.mark.parametrize(("cell", "level"), [
    ("fine_linear.diffuse", Level.HIGH),
    ("fine_linear.not_stated", Level.HIGH),
    ("fine_pleomorphic.grouped", Level.MODERATE),
    ("fine_pleomorphic.segmental", Level.HIGH),
    ("amorphous.diffuse", Level.BENIGN),
    ("amorphous.regional", Level.LOW),
    ("amorphous.grouped", Level.MODERATE),
    ("coarse_heterogeneous.diffuse", Level.BENIGN),
    ("coarse_heterogeneous.grouped", Level.MODERATE),
    ("punctate.diffuse", Level.BENIGN),
    ("punctate.grouped", Level.PROBABLY_BENIGN),
    ("punctate.segmental", Level.LOW),
    ("round.linear", Level.LOW),
    ("vascular.linear", Level.BENIGN),
    ("milk_of_calcium.grouped", Level.BENIGN),
], ids=lambda v: str(v))
def test_levels_follow_the_atlas(cell: str, level: Level) -> None:
    assert grid()[cell].level is level


def test_every_rule_is_used_and_quotes_its_source() -> None:
    used = {id(rule_for(m, d)) for m in Morphology for d in DISTRIBUTIONS}
    assert used == {id(rule) for rule in RULES}
    for rule in RULES:
        assert '"' in rule.rationale, "each rule quotes the Atlas"
        assert "Atlas" in rule.source


@pytest.mark.parametrize("cell", build_grid(), ids=lambda c: c.id)
def test_patient_words_read_at_grade_8_or_lower(cell) -> None:
    assert textstat.flesch_kincaid_grade(cell.sentence) <= MAX_GRADE, cell.sentence
    if cell.fallback:
        assert textstat.flesch_kincaid_grade(cell.fallback) <= MAX_GRADE, cell.fallback


@pytest.mark.parametrize(("text", "expected"), [
    ("fine_pleomorphic.grouped", (Morphology.FINE_PLEOMORPHIC, Distribution.GROUPED)),
    ("amorphous.not_stated", (Morphology.AMORPHOUS, None)),
    (" Punctate.Linear ", (Morphology.PUNCTATE, Distribution.LINEAR)),
    ("fine_pleomorphic", None),
    ("fine_pleomorphic.clustered", None),
    ("pleomorphic.grouped", None),
    ("fine_pleomorphic.grouped.x", None),
    ("", None),
])
def test_cell_ids(text: str, expected: object) -> None:
    assert parse_cell_id(text) == expected
    if expected is not None:
        assert parse_cell_id(cell_id(*expected)) == expected  # type: ignore[misc]


def _calc(status: Status, *shapes: Morphology, breast: Breast | None = Breast.LEFT,
          distribution: Distribution | None = Distribution.GROUPED, stable: bool = False,
          kind: FindingKind = FindingKind.CALCIFICATION) -> Finding:
    text = "some calcifications"
    return Finding(kind=kind, breast=breast, status=status, stable=stable, evidence=Span(0, len(text), text),
                   morphology=shapes, distribution=distribution)


def test_one_finding_with_two_shapes_marks_two_cells() -> None:
    marks = mark([_calc(Status.PRESENT, Morphology.FINE_PLEOMORPHIC, Morphology.AMORPHOUS)])
    assert [m.cell_id for m in marks] == ["fine_pleomorphic.grouped", "amorphous.grouped"]
    assert all(m.breast is Breast.LEFT and not m.hollow and m.finding_index == 0 for m in marks)


def test_marks_keep_breast_status_stability_and_index() -> None:
    findings = [
        _calc(Status.ABSENT, Morphology.FINE_LINEAR),
        _calc(Status.PRESENT, Morphology.ROUND, kind=FindingKind.MASS),
        _calc(Status.POSSIBLE, Morphology.PUNCTATE, breast=Breast.RIGHT, distribution=Distribution.LINEAR),
        _calc(Status.PRESENT, Morphology.VASCULAR, Morphology.VASCULAR, breast=Breast.BOTH, distribution=None, stable=True),
        _calc(Status.PRESENT),
    ]
    marks = mark(findings)
    assert [(m.cell_id, m.breast, m.hollow, m.stable, m.finding_index) for m in marks] == [
        ("punctate.linear", Breast.RIGHT, True, False, 2),
        ("vascular.not_stated", Breast.BOTH, False, True, 3),
    ]
    assert unplaced(findings) == (4,)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grouped fine pleomorphic and amorphous calcifications in the left breast.",
     [("fine_pleomorphic.grouped", "left", False), ("amorphous.grouped", "left", False)]),
    ("Possible punctate calcifications in a linear distribution in the right breast.",
     [("punctate.linear", "right", True)]),
    ("No suspicious calcifications.", []),
    ("There are no grouped amorphous calcifications in either breast.", []),
    ("Benign vascular calcifications bilaterally.", [("vascular.not_stated", "both", False)]),
], ids=["two-shapes", "possible-hollow", "negated", "negated-with-shape", "both-breasts"])
def test_marks_from_a_report(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    report = analyze(f"MAMMOGRAM\nFINDINGS: {sentence}\nIMPRESSION: See above.")
    marks = mark(report)
    assert [(m.cell_id, m.breast.value if m.breast else None, m.hollow) for m in marks] == expected
    assert marks == mark(report.findings)
    assert all(m.evidence in report.text for m in marks)


@pytest.mark.parametrize("level", list(Level), ids=str)
def test_the_grid_screens_own_words_read_at_grade_8_or_lower(level: Level) -> None:
    """Issue 17: the words around the chart that patients read (the clinicians' abbreviations aside)."""
    words = load_content().grid
    screen = words.screen
    texts = [screen.section_intro, screen.no_shape.format(numbers="#2"), screen.key, screen.marks_key,
             screen.clinician_intro, words.cbis_label,
             screen.atlas_level.format(category=LEVELS[level].category, level=LEVELS[level].label.lower())]
    for text in texts:
        assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE, text


def test_a_figure_cites_its_primary_work_not_where_it_was_checked() -> None:
    """Issue 17: on screen a figure names the study, year and DOI; the page it was read on stays in the data."""
    shown = [f for c in build_grid() for f in c.evidence]
    for figure in shown:
        assert not _URL.search(figure.citation), figure.citation
        assert figure.study in figure.citation
    choi = next(f for f in load_figures() if f.study.startswith("Choi WJ"))
    assert choi.citation.endswith("doi:10.1007/s00330-020-07215-8")
    hegde = next(f for f in load_figures() if f.study.startswith("Hegde SS"))
    assert hegde.citation.count("10.1055/s-0045-1809161") == 1, "a DOI the study already names is not repeated"
    assert all(not _URL.search(text) for text in (load_content().grid.category_source, load_content().grid.cbis_source,
                                                  *load_content().grid.rule_sources.values()))
