"""The wording lab's glossary table: every entry's figures, a filter for those that fail, grades on a chart.

The glossary folder and its figures are the project's content, not anyone's report, so they are cached
for the server process (keyed by the files' names, sizes and times: a saved edit shows on the next run).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from readingscan import (
    DEFAULT_FOLDER,
    TARGET_GRADE,
    EntryFigures,
    Glossary,
    GlossaryError,
    JargonFinder,
    load_glossary,
    measure_glossary,
)

FOLDER = DEFAULT_FOLDER  # the glossary the lab measures (tests point it at a copy)
ONLY_FAILING = "wording_only_failing"
TABLE = "wording_table"
CHART = "wording_chart"
_PASS_COLOUR, _FAIL_COLOUR = "#2a7f62", "#c0392b"
_CHART_CONFIG = {"displayModeBar": False, "scrollZoom": False, "responsive": True}


@dataclass(frozen=True)
class Lab:
    folder: Path
    glossary: Glossary
    figures: tuple[EntryFigures, ...]
    files: dict[str, str]  # slug -> the file's text, as saved
    finder: JargonFinder

    def figure(self, slug: str) -> EntryFigures | None:
        return next((f for f in self.figures if f.slug == slug), None)


def folder_fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The Markdown files of ``folder`` by name, size and time: a cache key that changes with a saved edit."""
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.md")))


@st.cache_resource(show_spinner="Measuring every glossary entry…", max_entries=2)
def _lab(folder: str, _fingerprint: tuple[tuple[str, int, int], ...]) -> Lab:
    root = Path(folder)
    glossary = load_glossary(root, language="en")  # the lab grades English; other languages in its Languages tab
    files = {entry.slug: entry.path.read_text(encoding="utf-8") for entry in glossary if entry.path is not None}
    return Lab(root, glossary, measure_glossary(glossary, root), files, JargonFinder(glossary))


def load(folder: Path | None = None) -> Lab:
    """The glossary in ``folder`` (default: FOLDER) with every entry's figures. A malformed file stops the
    page, naming it."""
    root = folder or FOLDER
    try:
        return _lab(str(root), folder_fingerprint(root))
    except GlossaryError as error:
        st.error(f"The glossary cannot be read: {error}", icon=":material/error:")
        st.stop()


def table(figures: tuple[EntryFigures, ...]) -> pd.DataFrame:
    """The figures as the page's table (one row per entry, A-Z)."""
    return pd.DataFrame([{
        "Entry": f.term, "Slug": f.slug, "Grade": round(f.fk_grade, 1), "Reading ease": round(f.reading_ease, 1),
        "Words per sentence": round(f.words_per_sentence, 1), "Long words %": round(100 * f.long_word_share, 1),
        "Jargon": len(f.jargon), "Jargon words": ", ".join(j.word for j in f.jargon), "Lint": f.status,
        "Problems": " | ".join(p.partition(": ")[2] for p in f.problems),
    } for f in figures])


def render_table(lab: Lab) -> None:
    """The sortable table of every entry, the failing filter, and the chart of grades."""
    passing = sum(f.passes for f in lab.figures)
    st.markdown(f"**{passing} of {len(lab.figures)} entries pass** the glossary lint: front matter, the four "
                f"headings, Flesch-Kincaid grade {TARGET_GRADE:g} or lower, every figure sourced, reachable from "
                "the lexicon.")
    only_failing = st.checkbox("Only entries that fail", key=ONLY_FAILING)
    frame = table(lab.figures)
    if only_failing:
        frame = frame[frame["Lint"] == "fail"]
        if frame.empty:
            st.success(f"No entry fails: all {len(lab.figures)} pass.", icon=":material/check_circle:")
    st.dataframe(frame, key=TABLE, hide_index=True, width="stretch", height=420, column_config={
        "Grade": st.column_config.NumberColumn(help=f"Flesch-Kincaid grade; target {TARGET_GRADE:g} or lower", format="%.1f"),
        "Reading ease": st.column_config.NumberColumn(help="Flesch reading ease: higher is easier (60-70 is plain English)"),
        "Long words %": st.column_config.NumberColumn(help="Share of words with three or more syllables", format="%.1f%%"),
        "Jargon": st.column_config.NumberColumn(help="Other entries' names and lexicon words used without a link "
                                                     "to that entry (in the text or under Related terms)"),
        "Problems": st.column_config.TextColumn(width="large"),
    })
    st.caption("Click a column's name to sort by it. Every figure is measured on the text a patient reads: "
               "the quick answer and the body without Markdown.")
    st.plotly_chart(grade_chart(lab.figures), key=CHART, width="stretch", config=_CHART_CONFIG, theme="streamlit")


def grade_chart(figures: tuple[EntryFigures, ...]) -> go.Figure:
    """Each entry's grade as a bar, easiest first, with the target line."""
    ordered = sorted(figures, key=lambda f: f.fk_grade)
    chart = go.Figure(go.Bar(
        x=[f.slug for f in ordered], y=[round(f.fk_grade, 1) for f in ordered],
        marker_color=[_PASS_COLOUR if f.passes else _FAIL_COLOUR for f in ordered],
        customdata=[f.term for f in ordered], hovertemplate="%{customdata}<br>grade %{y}<extra></extra>",
    ))
    chart.add_hline(y=TARGET_GRADE, line_dash="dash", line_color=_FAIL_COLOUR,
                    annotation_text=f"target: grade {TARGET_GRADE:g}", annotation_position="top left")
    chart.update_layout(title="Reading grade of each entry (Flesch-Kincaid)", height=420, bargap=0.15,
                        margin={"l": 40, "r": 10, "t": 50, "b": 10}, yaxis_title="grade", xaxis_showticklabels=False,
                        yaxis_range=[0, max(TARGET_GRADE + 2, *(f.fk_grade + 1 for f in figures))])
    return chart
