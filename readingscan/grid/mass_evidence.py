"""The published figures behind the mass grid: ``data/mass_grid_figures.csv``, one row per figure.

A row is about one shape (any margin), one margin (any shape) or one cell, on one modality (mammography or
ultrasound), with its study, year, DOI, cohort and status. As for the calcification grid, only verified rows
(V-primary: read in the paper's own abstract or text; V-secondary: read in a verbatim quotation of it) may be
shown as numbers; Unverified rows are kept so the screen can say that more figures exist. ``source`` (where
the figure was read) stays in the data, never on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from readingscan.content.grid import MassMargin, MassShape
from readingscan.grid.evidence import FiguresError, FigureStatus, read_rows

MASS_FIGURES_PATH = (Path(__file__).resolve().parents[1] / "data" / "mass_grid_figures").with_suffix(".csv")
MASS_COLUMNS: tuple[str, ...] = (
    "id", "level", "shape", "margin", "modality", "figure", "values", "n", "study", "year", "doi", "cohort", "status",
    "source",
)


class MassFigureLevel(StrEnum):
    SHAPE = "shape"  # one shape, any margin
    MARGIN = "margin"  # one margin, any shape
    CELL = "cell"  # that shape with that margin


class FigureModality(StrEnum):
    """The exam a figure was measured on: the mass grid covers both."""

    MAMMOGRAPHY = "mammography"
    ULTRASOUND = "ultrasound"


@dataclass(frozen=True, slots=True)
class MassFigure:
    """One published figure about masses: its text as shown ("86% (19/22)"), its numbers, where it is from."""

    id: str
    level: MassFigureLevel
    shape: MassShape | None
    margin: MassMargin | None
    modality: FigureModality
    text: str
    values: tuple[float, ...]
    n: int | None
    study: str
    year: str
    doi: str
    cohort: str
    status: FigureStatus
    source: str

    @property
    def verified(self) -> bool:
        """True for V-primary and V-secondary: the only figures ever shown as numbers."""
        return self.status is not FigureStatus.UNVERIFIED

    @property
    def citation(self) -> str:
        """The primary work as shown on screen: study, year (when the study does not already say it), DOI."""
        text = self.study if not self.year or self.year in self.study else f"{self.study}, {self.year}"
        return f"{text}, doi:{self.doi}" if self.doi else text


def _row_to_figure(row: dict[str, str], line: int, name: str) -> MassFigure:
    where = f"{name} line {line}"
    try:
        level = MassFigureLevel(row["level"])
        figure = MassFigure(
            id=row["id"], level=level, shape=MassShape(row["shape"]) if row["shape"] else None,
            margin=MassMargin(row["margin"]) if row["margin"] else None, modality=FigureModality(row["modality"]),
            text=row["figure"], values=tuple(float(v) for v in row["values"].split(";")),
            n=int(row["n"]) if row["n"] else None, study=row["study"], year=row["year"], doi=row["doi"],
            cohort=row["cohort"], status=FigureStatus(row["status"]), source=row["source"],
        )
    except ValueError as error:
        raise FiguresError(f"{where}: {error}") from error
    # Each level names exactly the slugs it is about, so a figure can never land in the wrong cells.
    wants = {MassFigureLevel.SHAPE: (True, False), MassFigureLevel.MARGIN: (False, True),
             MassFigureLevel.CELL: (True, True)}[level]
    if (figure.shape is not None, figure.margin is not None) != wants:
        raise FiguresError(f"{where}: a {level} figure needs {'a shape' if wants[0] else 'no shape'} "
                           f"and {'a margin' if wants[1] else 'no margin'}")
    if not (figure.source.strip() and figure.study.strip() and figure.text.strip()):
        raise FiguresError(f"{where}: figure, study and source are required")
    return figure


def read_mass_figures(path: Path = MASS_FIGURES_PATH) -> tuple[MassFigure, ...]:
    """Every row of the mass figures file, verified or not. Raises FiguresError naming a bad row."""
    return read_rows(path, MASS_COLUMNS, lambda row, line: _row_to_figure(row, line, path.name))


@cache
def load_mass_figures() -> tuple[MassFigure, ...]:
    """The project's mass figures, read once per process."""
    return read_mass_figures()


def mass_figures_for(
    figures: tuple[MassFigure, ...], shape: MassShape | None, margin: MassMargin | None,
) -> tuple[MassFigure, ...]:
    """All figures about one cell, verified or not: the combination first, then the shape, then the margin.

    A shape figure ("irregular, any margin") belongs to every cell of that shape, a margin figure to every
    cell of that margin; a "not stated" side gets none of its own.
    """

    def about(figure: MassFigure) -> bool:
        if figure.level is MassFigureLevel.CELL:
            return figure.shape is shape and figure.margin is margin
        if figure.level is MassFigureLevel.SHAPE:
            return shape is not None and figure.shape is shape
        return margin is not None and figure.margin is margin

    order = {MassFigureLevel.CELL: 0, MassFigureLevel.SHAPE: 1, MassFigureLevel.MARGIN: 2}
    return tuple(sorted((f for f in figures if about(f)), key=lambda f: (order[f.level], f.modality, f.id)))
