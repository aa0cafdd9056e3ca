"""The published figures behind the suspicion grid: ``data/grid_figures.csv``, one row per figure.

Each row carries its study, year, cohort and the status it has in ``../shared/references.md``. Only
verified rows (V-primary: read in the paper's own abstract or text; V-secondary: read in a verbatim
quotation of it) may be shown as numbers. Unverified rows are kept so the screen can say that more
figures exist but could not be checked.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

from readingscan.model import Distribution, Morphology

FIGURES_PATH = Path(__file__).resolve().parents[1] / "data" / "grid_figures.csv"
COLUMNS: tuple[str, ...] = (
    "id", "level", "morphology", "distribution", "figure", "values", "n", "study", "year", "cohort", "status", "source",
)
NOT_STATED = "not_stated"  # the slug of the grid's sixth column: the report names no distribution
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s;,)]+")


class FigureLevel(StrEnum):
    MORPHOLOGY = "morphology"  # one shape, any distribution
    DISTRIBUTION = "distribution"  # one distribution, any shape
    CELL = "cell"  # that shape in that distribution


class FigureStatus(StrEnum):
    V_PRIMARY = "V-primary"
    V_SECONDARY = "V-secondary"
    UNVERIFIED = "Unverified"


class FiguresError(ValueError):
    """The figures file is malformed. The message names the row and the problem."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One published figure: its text as shown ("7.0% (25/356)"), the numbers in it, and where it is from."""

    id: str
    level: FigureLevel
    morphology: Morphology | None
    distribution: Distribution | None
    text: str
    values: tuple[float, ...]
    n: int | None
    study: str
    year: str
    cohort: str
    status: FigureStatus
    source: str

    @property
    def verified(self) -> bool:
        """True for V-primary and V-secondary: the only figures ever shown as numbers."""
        return self.status is not FigureStatus.UNVERIFIED

    @property
    def citation(self) -> str:
        """The primary work as shown on screen: the study, its year and its DOI. ``source`` (where the figure
        was checked: an abstract page, a quotation in a repository) stays in the data, off screen; only a
        DOI found in it is carried over: "Choi WJ ... Eur Radiol 2021;31(4):2529-2538, doi:10.1007/s00330-...".
        """
        text = self.study if not self.year or self.year in self.study else f"{self.study}, {self.year}"
        doi = _DOI.search(self.source)
        return f"{text}, doi:{doi[0]}" if doi and doi[0] not in text else text


def _row_to_figure(row: dict[str, str], line: int) -> Figure:
    where = f"{FIGURES_PATH.name} line {line}"
    try:
        level = FigureLevel(row["level"])
        status = FigureStatus(row["status"])
        morphology = Morphology(row["morphology"]) if row["morphology"] else None
        distribution = Distribution(row["distribution"]) if row["distribution"] else None
        values = tuple(float(v) for v in row["values"].split(";"))
        n = int(row["n"]) if row["n"] else None
    except ValueError as error:
        raise FiguresError(f"{where}: {error}") from error
    # Each level names exactly the slugs it is about, so a figure can never land in the wrong cells.
    wants = {
        FigureLevel.MORPHOLOGY: (True, False), FigureLevel.DISTRIBUTION: (False, True), FigureLevel.CELL: (True, True),
    }[level]
    if (morphology is not None, distribution is not None) != wants:
        raise FiguresError(f"{where}: a {level} figure needs {'a morphology' if wants[0] else 'no morphology'} "
                           f"and {'a distribution' if wants[1] else 'no distribution'}")
    if not row["source"].strip() or not row["study"].strip() or not row["figure"].strip():
        raise FiguresError(f"{where}: figure, study and source are required")
    return Figure(
        id=row["id"], level=level, morphology=morphology, distribution=distribution, text=row["figure"],
        values=values, n=n, study=row["study"], year=row["year"], cohort=row["cohort"], status=status,
        source=row["source"],
    )


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Row = TypeVar("_Row", bound=_HasId)


def read_rows(path: Path, columns: tuple[str, ...], make: Callable[[dict[str, str], int], _Row]) -> tuple[_Row, ...]:
    """Every row of a figures file made into a record (``make`` gets the row and its line number), verified or
    not. Raises FiguresError naming the file when its columns are not ``columns`` or two rows share an id."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != columns:
            raise FiguresError(f"{path.name}: columns must be {', '.join(columns)}")
        rows = tuple(make(row, number) for number, row in enumerate(reader, start=2))
    ids = [r.id for r in rows]
    if len(set(ids)) != len(ids):
        raise FiguresError(f"{path.name}: figure ids must be unique")
    return rows


def read_figures(path: Path = FIGURES_PATH) -> tuple[Figure, ...]:
    """Every row of the figures file, verified or not. Raises FiguresError naming a bad row."""
    return read_rows(path, COLUMNS, _row_to_figure)


@cache
def load_figures() -> tuple[Figure, ...]:
    """The project's figures, read once per process."""
    return read_figures()


def figures_for(
    figures: tuple[Figure, ...], morphology: Morphology, distribution: Distribution | None, *, patterns: bool = True,
) -> tuple[Figure, ...]:
    """All figures about one cell, verified or not: the combination first, then the shape, then the pattern.

    Distribution-level figures ("linear, any shape") come only with ``patterns``; a cell whose distribution
    is not stated gets none: there is no pattern to describe.
    """

    def about(figure: Figure) -> bool:
        if figure.level is FigureLevel.CELL:
            return figure.morphology is morphology and figure.distribution is distribution
        if figure.level is FigureLevel.MORPHOLOGY:
            return figure.morphology is morphology
        return patterns and distribution is not None and figure.distribution is distribution

    order = {FigureLevel.CELL: 0, FigureLevel.MORPHOLOGY: 1, FigureLevel.DISTRIBUTION: 2}
    return tuple(sorted((f for f in figures if about(f)), key=lambda f: order[f.level]))
