"""Suspicion grid: calcium shapes by pattern, how concerning each usually is, your findings marked.

The clinician's consult mode: large type, the full grid, pictures of every shape and pattern, and a link
to the square on screen (``?cell=<morphology>.<distribution>``) that holds no patient data.
"""

from __future__ import annotations

import streamlit as st

from components import grid, grid_pictures, grid_view, layout, state
from readingscan import mark, unplaced

with layout.page(), grid_view.large_type():
    st.title("Suspicion grid", anchor=False)
    st.markdown(grid_view.INTRO)

    report = state.current()
    marks = mark(report) if report is not None else ()
    grid_view.render_marks_note(marks, unplaced(report) if report is not None else ())

    asked = grid_view.linked_cell()
    wanted = grid_view.canonical(asked)
    cell = grid.show(key="grid", marks=marks, selected=wanted)
    if asked and wanted is None and cell is None:
        grid_view.render_unknown(asked)
    if cell is not None:
        grid_view.keep_link(cell)
        grid_pictures.render_pair(cell.morphology, cell.distribution)
        grid_view.render_link(cell)

    st.header("What the shapes look like", anchor=False)
    st.caption("Magnified sketches of the specks, white as on a mammogram. Drawings, not real images.")
    grid_pictures.render_shapes()
    st.header("What the patterns look like", anchor=False)
    st.caption("How the specks are spread in the breast: chest wall on the left, nipple on the right.")
    grid_pictures.render_patterns()
