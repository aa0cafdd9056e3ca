"""Recompute readingscan/data/cbis_ddsm_cells.csv from the CBIS-DDSM case tables (not shipped with the app).

    python -m tools.cbis_recompute [FOLDER]    FOLDER: the case tables (default ../shared/data/cbis-ddsm)

The case tables have one row per view (CC and MLO) of a lesion, so lesions are counted, not rows: one
lesion is (patient_id, side, abnormality id) across the train and test tables. When a lesion's views name
different shapes or patterns, the lesion counts once in each cell they name (as one finding with two
shapes marks two cells); a pattern named in one view wins over none. DDSM's older words map onto the
BI-RADS 5th edition slugs in ``tools/cbis_ddsm_mapping.csv``.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from readingscan.grid.cbis import CBIS_ALL, CELL_COLUMNS, CELLS_PATH, CbisCell
from readingscan.grid.evidence import NOT_STATED
from readingscan.model import Distribution, Morphology

MAPPING_PATH = Path(__file__).resolve().parent / "cbis_ddsm_mapping.csv"
SOURCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "cbis-ddsm"
TABLES = ("calc_case_description_train_set.csv", "calc_case_description_test_set.csv")
MISSING = frozenset({"", "NA"})  # how the case tables write "not described"


class CbisError(ValueError):
    """A DDSM word with no mapping, or a malformed table. The message names the word or the file."""


@dataclass(frozen=True, slots=True)
class Lesion:
    key: tuple[str, str, str]  # (patient_id, side, abnormality id)
    morphologies: frozenset[Morphology]
    distributions: frozenset[Distribution | None]
    malignant: bool


def load_mapping(path: Path = MAPPING_PATH) -> dict[tuple[str, str], str]:
    """(field, DDSM word) -> slug, field being ``calc_type`` or ``calc_distribution``."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {(row["field"], row["ddsm_word"]): row["slug"] for row in csv.DictReader(handle)}


def _words(value: str, field: str, mapping: dict[tuple[str, str], str]) -> list[str]:
    slugs: list[str] = []
    if value.strip() in MISSING:
        return slugs
    for word in value.strip().split("-"):  # "PUNCTATE-PLEOMORPHIC": two words given
        if (field, word) not in mapping:
            raise CbisError(f"no mapping for the DDSM {field} word {word!r} (add it to {MAPPING_PATH.name})")
        slugs.append(mapping[(field, word)])
    return slugs


def read_lesions(source_dir: Path = SOURCE_DIR, mapping: dict[tuple[str, str], str] | None = None) -> list[Lesion]:
    """Every lesion of the train and test tables, its views merged."""
    mapping = load_mapping() if mapping is None else mapping
    shapes: dict[tuple[str, str, str], set[Morphology]] = defaultdict(set)
    patterns: dict[tuple[str, str, str], set[Distribution]] = defaultdict(set)
    malignant: dict[tuple[str, str, str], bool] = defaultdict(bool)
    for name in TABLES:
        with (source_dir / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                key = (row["patient_id"], row["left or right breast"], row["abnormality id"])
                shapes[key].update(Morphology(s) for s in _words(row["calc type"], "calc_type", mapping))
                patterns[key].update(Distribution(s) for s in _words(row["calc distribution"], "calc_distribution", mapping))
                # The views of one lesion share its pathology; "any view malignant" is the safe reading.
                malignant[key] |= row["pathology"] == "MALIGNANT"
    return [
        Lesion(key, frozenset(shapes[key]), frozenset(patterns[key]) or frozenset({None}), malignant[key])
        for key in sorted(malignant)
    ]


def count_cells(lesions: list[Lesion]) -> list[CbisCell]:
    """One CbisCell per grid cell (84, zeros included), plus the "all" row for the whole set."""
    lesions_in: dict[tuple[str, str], int] = defaultdict(int)
    malignant_in: dict[tuple[str, str], int] = defaultdict(int)
    for lesion in lesions:
        for morphology in lesion.morphologies:
            for distribution in lesion.distributions:
                cell = (morphology.value, distribution.value if distribution else NOT_STATED)
                lesions_in[cell] += 1
                malignant_in[cell] += lesion.malignant
    cells = [
        CbisCell(m.value, d, lesions_in[(m.value, d)], malignant_in[(m.value, d)])
        for m in Morphology for d in (*(d.value for d in Distribution), NOT_STATED)
    ]
    cells.append(CbisCell(CBIS_ALL, CBIS_ALL, len(lesions), sum(lesion.malignant for lesion in lesions)))
    return cells


def _pct(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}"


def cells_csv(cells: list[CbisCell]) -> str:
    """The cells file's text (the committed file must equal this for a fresh computation)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CELL_COLUMNS)
    for cell in cells:
        low, high = cell.interval or (None, None)
        writer.writerow([cell.morphology, cell.distribution, cell.lesions, cell.malignant, _pct(cell.share),
                         _pct(low), _pct(high)])
    return out.getvalue()


def compute(source_dir: Path = SOURCE_DIR) -> str:
    """The cells file's text computed from the source tables."""
    return cells_csv(count_cells(read_lesions(source_dir)))


def main(argv: list[str] | None = None) -> int:
    """Regenerate data/cbis_ddsm_cells.csv; an optional argument names the folder of the source tables."""
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else SOURCE_DIR
    if not all((source / name).exists() for name in TABLES):
        sys.stderr.write(f"the CBIS-DDSM tables are not in {source}\n")
        return 2
    CELLS_PATH.write_text(compute(source), encoding="utf-8")
    sys.stdout.write(f"wrote {CELLS_PATH}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
