"""Grid: calcification shape by distribution, how concerning each square usually is, and the person's marks.

Takes findings (or a Report); gives the 84 Cells (Atlas level, plain words, published figures with
their sources), Marks for the person's calcifications, and the CBIS-DDSM research-set counts.
"""

from readingscan.grid.cbis import CBIS_ALL, CBIS_LABEL, CbisCell, load_cells
from readingscan.grid.cells import DISTRIBUTIONS, Cell, Mark, cell_id, grid, mark, parse_cell_id, unplaced
from readingscan.grid.evidence import Figure, FigureLevel
from readingscan.grid.words import CATEGORY_SOURCE, DISTRIBUTION_WORDS, LEVELS, MORPHOLOGY_WORDS, Level

__all__ = ["CATEGORY_SOURCE", "CBIS_ALL", "CBIS_LABEL", "DISTRIBUTIONS", "DISTRIBUTION_WORDS", "LEVELS",
           "MORPHOLOGY_WORDS", "CbisCell", "Cell", "Figure", "FigureLevel", "Level", "Mark", "cell_id", "grid",
           "load_cells", "mark", "parse_cell_id", "unplaced"]
