"""Grid: calcification shape by distribution, and mass margin by shape; how concerning each square usually is,
and the person's marks.

Takes findings (or a Report); gives the 84 calcification Cells and the 31 MassCells (Atlas level, plain
words, published figures with their sources), Marks and MassMarks for the person's calcifications and
masses, and the CBIS-DDSM research-set counts.
"""

from readingscan.grid.cbis import CBIS_ALL, CBIS_LABEL, CbisCell, cbis_label, load_cells
from readingscan.grid.cells import DISTRIBUTIONS, Cell, Mark, cell_id, grid, mark, parse_cell_id, unplaced
from readingscan.grid.evidence import Figure, FigureLevel
from readingscan.grid.mass_evidence import FigureModality, MassFigure, MassFigureLevel
from readingscan.grid.masses import (
    MASS_MARGINS,
    MASS_SHAPES,
    MassCell,
    MassMark,
    mark_masses,
    mass_cell_id,
    mass_grid,
    parse_mass_cell_id,
    unplaced_masses,
)
from readingscan.grid.words import CATEGORY_SOURCE, DISTRIBUTION_WORDS, LEVELS, MORPHOLOGY_WORDS, Level

__all__ = [
    "CATEGORY_SOURCE",
    "CBIS_ALL",
    "CBIS_LABEL",
    "DISTRIBUTIONS",
    "DISTRIBUTION_WORDS",
    "LEVELS",
    "MASS_MARGINS",
    "MASS_SHAPES",
    "MORPHOLOGY_WORDS",
    "CbisCell",
    "Cell",
    "Figure",
    "FigureLevel",
    "FigureModality",
    "Level",
    "Mark",
    "MassCell",
    "MassFigure",
    "MassFigureLevel",
    "MassMark",
    "cbis_label",
    "cell_id",
    "grid",
    "load_cells",
    "mark",
    "mark_masses",
    "mass_cell_id",
    "mass_grid",
    "parse_cell_id",
    "parse_mass_cell_id",
    "unplaced",
    "unplaced_masses",
]
