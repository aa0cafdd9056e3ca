"""The CBIS-DDSM layer: lesions are counted, not rows (one per patient, side and abnormality id across the
train and test tables); the Wilson interval is sane; every DDSM word maps onto a BI-RADS 5th edition slug;
the committed cells file equals a fresh computation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from readingscan.grid.cbis import CBIS_ALL, CELLS_PATH, load_cells, wilson
from readingscan.grid.cells import grid, parse_cell_id
from readingscan.model import Distribution, Morphology
from tests.conftest import require
from tools.cbis_recompute import (
    MISSING,
    SOURCE_DIR,
    TABLES,
    CbisError,
    compute,
    count_cells,
    load_mapping,
    read_lesions,
)

HEADER = ("patient_id,breast density,left or right breast,image view,abnormality id,calc type,calc distribution,"
          "assessment,pathology,subtlety\n")


def _source_present() -> None:
    require(all((SOURCE_DIR / name).exists() for name in TABLES),
            f"the CBIS-DDSM case tables are not beside the repo: {SOURCE_DIR} (../shared/data)")


def _tables(folder: Path, train: str, test: str = "") -> Path:
    (folder / TABLES[0]).write_text(HEADER + train, encoding="utf-8")
    (folder / TABLES[1]).write_text(HEADER + test, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (50, 100, 0.4038, 0.5962),  # textbook value of the Wilson score interval
    (0, 10, 0.0, 0.2775),
    (10, 10, 0.7225, 1.0),
    (1, 3, 0.0615, 0.7923),
])
def test_wilson_interval(k: int, n: int, low: float, high: float) -> None:
    got = wilson(k, n)
    assert got == pytest.approx((low, high), abs=5e-4)
    assert 0.0 <= got[0] <= k / n <= got[1] <= 1.0


def test_wilson_needs_a_trial() -> None:
    with pytest.raises(ValueError, match="at least one trial"):
        wilson(0, 0)


def test_lesions_are_counted_not_rows(tmp_path: Path) -> None:
    folder = _tables(tmp_path, (
        "P_1,2,LEFT,CC,1,PLEOMORPHIC,CLUSTERED,4,MALIGNANT,3\n"
        "P_1,2,LEFT,MLO,1,PLEOMORPHIC,CLUSTERED,4,MALIGNANT,3\n"
        "P_1,2,RIGHT,CC,1,PLEOMORPHIC,CLUSTERED,4,BENIGN,3\n"
    ), "P_2,2,LEFT,CC,1,AMORPHOUS-PLEOMORPHIC,NA,4,BENIGN,3\nP_2,2,LEFT,MLO,1,AMORPHOUS,CLUSTERED,4,BENIGN,3\n")
    lesions = read_lesions(folder)
    assert len(lesions) == 3
    cells = {f"{c.morphology}.{c.distribution}": c for c in count_cells(lesions)}
    assert (cells["fine_pleomorphic.grouped"].lesions, cells["fine_pleomorphic.grouped"].malignant) == (3, 1)
    # P_2's views differ: both shapes count once each; the pattern named in one view wins over none.
    assert cells["amorphous.grouped"].lesions == 1
    assert cells["amorphous.not_stated"].lesions == 0
    assert (cells[f"{CBIS_ALL}.{CBIS_ALL}"].lesions, cells[f"{CBIS_ALL}.{CBIS_ALL}"].malignant) == (3, 1)


def test_an_unmapped_ddsm_word_is_named(tmp_path: Path) -> None:
    folder = _tables(tmp_path, "P_1,2,LEFT,CC,1,SPICULATED_THING,CLUSTERED,4,BENIGN,3\n")
    with pytest.raises(CbisError, match="SPICULATED_THING"):
        read_lesions(folder)


def test_the_mapping_names_only_real_slugs() -> None:
    mapping = load_mapping()
    slugs = {"calc_type": {m.value for m in Morphology}, "calc_distribution": {d.value for d in Distribution}}
    for (field, word), slug in mapping.items():
        assert slug in slugs[field], f"{field} {word} -> {slug}"
    assert mapping[("calc_type", "LUCENT_CENTER")] == mapping[("calc_type", "EGGSHELL")] == "rim"
    assert mapping[("calc_distribution", "CLUSTERED")] == "grouped"


def test_the_mapping_covers_every_ddsm_word_in_the_tables() -> None:
    _source_present()
    mapping = load_mapping()
    words: set[tuple[str, str]] = set()
    for name in TABLES:
        with (SOURCE_DIR / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for field, column in (("calc_type", "calc type"), ("calc_distribution", "calc distribution")):
                    if row[column].strip() not in MISSING:
                        words.update((field, w) for w in row[column].split("-"))
    assert words, "the tables hold DDSM words"
    assert words <= set(mapping), f"unmapped: {sorted(words - set(mapping))}"


def test_the_real_tables_give_fewer_lesions_than_rows() -> None:
    _source_present()
    rows = sum(len(list(csv.DictReader((SOURCE_DIR / n).open(encoding="utf-8")))) for n in TABLES)
    lesions = read_lesions()
    assert len(lesions) == len({lesion.key for lesion in lesions}) < rows
    assert load_cells()[f"{CBIS_ALL}.{CBIS_ALL}"].lesions == len(lesions)


def test_the_committed_cells_equal_a_fresh_computation() -> None:
    _source_present()
    assert CELLS_PATH.read_text(encoding="utf-8") == compute(), "run: python -m tools.cbis_recompute"


def test_the_committed_cells_cover_the_grid() -> None:
    cells = load_cells()
    assert set(cells) == set(grid()) | {f"{CBIS_ALL}.{CBIS_ALL}"}
    for cid, counts in cells.items():
        assert cid == f"{CBIS_ALL}.{CBIS_ALL}" or parse_cell_id(cid) is not None
        assert 0 <= counts.malignant <= counts.lesions
        if counts.lesions:
            low, high = counts.interval or (-1.0, -1.0)
            assert 0.0 <= low <= (counts.share or 0.0) <= high <= 1.0
