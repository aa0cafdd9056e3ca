"""The comparison of an older and a newer report: sentences first, then the table and the grid."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import grid as grid_component
from components import history, state
from components.explanation import focus
from components.report_input import ReportInput
from readingscan import (
    Change,
    Comparison,
    Finding,
    FindingChange,
    Report,
    compare_reports,
    explain_finding,
    in_exam_order,
    mark,
)

PAIR = "compare_pair"  # (older, newer) Reports read from the two boxes
ERROR = "compare_error"
RESULT = "compare_result"  # the notes and what changed: focus goes to its start after Compare
_DIFFERENCE_WORDS = {"morphology": "shape", "distribution": "pattern", "size": "size", "status": "how sure"}
_BADGE = {Change.NEW: ("New", "blue"), Change.UNCHANGED: ("Unchanged", "green"),
          Change.CHANGED: ("Changed", "orange"), Change.RESOLVED: ("Gone", "gray")}


def read_pair(prior: ReportInput, current: ReportInput) -> None:
    """Read both inputs; keep the pair, or a message naming the report that could not be read."""
    reports = []
    for which, given in (("older", prior), ("newer", current)):
        try:
            reports.append(state.read_once(given.data, given.name))
        except state.ReadingError as error:
            st.session_state[ERROR] = f"The {which} report: {error}"
            st.session_state.pop(PAIR, None)
            return
    for report in reports:
        history.remember(report)
    st.session_state.pop(ERROR, None)
    st.session_state[PAIR] = (reports[0], reports[1])


def _badge(item: FindingChange) -> tuple[str, str]:
    # "Gone" only when the newer report says so; silence is not the same as gone.
    return ("Not mentioned now", "gray") if item.not_mentioned else _BADGE[item.change]


def _describe(finding: Finding | None) -> str:
    return explain_finding(finding).title if finding is not None else ""


def table(comparison: Comparison) -> pd.DataFrame:
    """One row per finding seen in either report."""
    return pd.DataFrame([
        {"Change": _badge(item)[0], "Older report": _describe(item.prior), "Newer report": _describe(item.current),
         "What differs": ", ".join(_DIFFERENCE_WORDS.get(d, d) for d in item.differences),
         "In plain words": item.sentence}
        for item in comparison.findings
    ], columns=["Change", "Older report", "Newer report", "What differs", "In plain words"])


def _item(item: FindingChange) -> None:
    label, colour = _badge(item)
    st.markdown(f":{colour}-badge[{label}] {item.sentence}")


def render(first: Report, second: Report, *, arrived: bool = False) -> None:
    """The comparison of two reports, put in order by their exam dates, with notes above it; ``arrived``:
    just compared, so focus moves to its start (the notes, else what changed)."""
    ordered = in_exam_order(first, second)
    prior, current = ordered.older, ordered.newer
    comparison = compare_reports(prior, current)
    with st.container(key=RESULT):
        if arrived:
            focus(f".st-key-{RESULT}")
        _summary(ordered.notes, comparison)
    if comparison.findings:
        st.dataframe(table(comparison), hide_index=True, key="compare_table")
    prior_marks, marks = mark(prior), mark(current)
    if prior_marks or marks:
        st.subheader("Calcifications on the suspicion grid", anchor=False)
        st.write("Marks from the newer report are solid; marks from the older report are faded.")
        grid_component.show(key="compare_grid", marks=marks, prior=prior_marks)
    st.caption("Reports can word the same thing differently. Your doctor can tell you what really changed.")


def _summary(notes: tuple[str, ...], comparison: Comparison) -> None:
    if notes:  # one box: the dates first, then what makes the two hard to compare
        st.info(" ".join(notes), icon=":material/event:")
    with st.container(border=True, key="compare_summary"):
        st.subheader("What changed", anchor=False)
        st.markdown(comparison.category_sentence)
        st.markdown(comparison.density_sentence)
        if not comparison.findings:
            st.write("Neither report describes a finding in words we know.")
        order = (Change.NEW, Change.CHANGED, Change.RESOLVED, Change.UNCHANGED)
        for change in order:
            for item in comparison.findings:
                if item.change is change:
                    _item(item)
