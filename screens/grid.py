"""Suspicion grid: calcium shapes by pattern, or mass margins by shape; how concerning each usually is, your
findings marked.

The clinician's consult mode: large type, the full grid, pictures of every calcium shape and pattern, and a
link to the view and the square on screen (``?view=masses``, ``?cell=<morphology>.<distribution>``,
``?mass=<shape>.<margin>``) that holds no patient data.
"""

from __future__ import annotations

import streamlit as st

from components import grid, grid_mass, grid_mass_view, grid_pictures, grid_view, layout, state
from components.words import screen_words
from readingscan import load_content, mark, mark_masses, unplaced, unplaced_masses

with layout.page(), grid_view.large_type():
    words = screen_words("grid")
    st.title(screen_words("app")["grid_title"], anchor=False)
    report = state.current()
    marks = mark(report) if report is not None else ()
    mass_marks = mark_masses(report) if report is not None else ()
    # A report with masses on the grid and no calcifications opens on the masses.
    view = grid_mass_view.choose_view(
        grid_mass_view.MASSES if mass_marks and not marks else grid_mass_view.CALCIFICATIONS, report=report)

    if view == grid_mass_view.MASSES:
        st.markdown(load_content().grid.masses.screen.intro)
        grid_mass_view.render_mass_note(mass_marks, unplaced_masses(report) if report is not None else ((), ()),
                                        has_report=report is not None)
        asked = grid_mass_view.linked_mass()
        wanted = grid_mass_view.canonical_mass(asked)
        chosen = grid_mass.show(key="mass", marks=mass_marks, selected=wanted)
        if asked and wanted is None and chosen is None:
            grid_mass_view.render_unknown_mass(asked)
        if chosen is not None:
            grid_mass_view.keep_mass_link(chosen)
            grid_mass_view.render_mass_link(chosen)
    else:
        st.markdown(words["intro"])
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

        st.header(words["shapes_title"], anchor=False)
        st.caption(words["shapes_caption"])
        grid_pictures.render_shapes()
        st.header(words["patterns_title"], anchor=False)
        st.caption(words["patterns_caption"])
        grid_pictures.render_patterns()
