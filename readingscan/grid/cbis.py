"""The CBIS-DDSM layer of the grid: how often each shape-and-pattern was cancer in a research image set.

CBIS-DDSM (Lee RS et al., Sci Data 2017; The Cancer Imaging Archive, CC BY 3.0) holds screening cases
with a verified outcome, most of them biopsied: a selected set, so its shares are neither screening
figures nor anyone's own risk. ``data/cbis_ddsm_cells.csv`` holds the counts per cell, computed from
``../shared/data/cbis-ddsm`` by ``python -m tools.cbis_recompute`` (how lesions are counted is told
there), so the app never needs the source tables.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from readingscan.content import load_content

CELLS_PATH = Path(str(resources.files("readingscan").joinpath("data", "cbis_ddsm_cells.csv")))
# Shown beside every share of the set (content/en/grid.yaml): a research set, never anyone's risk.
CBIS_LABEL = load_content("en").grid.cbis_label  # English; cbis_label() says it in the run's language


def cbis_label() -> str:
    """What the research set is, said before any of its figures, in the run's language."""
    return load_content().grid.cbis_label

CBIS_ALL = "all"  # the cells file's row for every lesion of the set
CELL_COLUMNS: tuple[str, ...] = ("morphology", "distribution", "lesions", "malignant", "share_pct", "low_pct", "high_pct")
Z_95 = 1.959964  # the normal quantile for a two-sided 95% interval


def wilson(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for a proportion: stays inside [0, 1] and is sane for 0 of n or n of n.

    centre = (p + z²/2n) / (1 + z²/n); half-width = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).
    """
    if trials <= 0:
        raise ValueError("an interval needs at least one trial")
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    # Exactly 0 of n or n of n sit on the bound; rounding must not leave p outside its own interval.
    return min(p, max(0.0, centre - half)), max(p, min(1.0, centre + half))


@dataclass(frozen=True, slots=True)
class CbisCell:
    """Lesions of the set in one cell and how many were malignant, with the Wilson 95% interval."""

    morphology: str  # a Morphology slug, or "all"
    distribution: str  # a Distribution slug, "not_stated", or "all"
    lesions: int
    malignant: int

    @property
    def share(self) -> float | None:
        return self.malignant / self.lesions if self.lesions else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.malignant, self.lesions) if self.lesions else None


@cache
def load_cells(path: Path = CELLS_PATH) -> dict[str, CbisCell]:
    """The committed cells by cell id ("amorphous.grouped"; "all.all" for the whole set)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            f"{row['morphology']}.{row['distribution']}": CbisCell(
                row["morphology"], row["distribution"], int(row["lesions"]), int(row["malignant"]))
            for row in csv.DictReader(handle)
        }
