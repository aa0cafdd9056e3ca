"""The comparison of an older and a newer report: sentences first, then the table and the grid."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import grid as grid_component
from components import history, state
from components.explanation import focus
from components.report_input import ReportInput
from components.words import screen_words
from readingscan import (
    Change,
    Comparison,
    Finding,
    FindingChange,
    Report,
    compare_reports,
    explain_finding,
    in_exam_order,
    load_content,
    mark,
    tidy,
)

PAIR = "compare_pair"  # (older, newer) Reports read from the two boxes
ERROR = "compare_error"
RESULT = "compare_result"  # the notes and what changed: focus goes to its start after Compare
_BADGE_COLOUR = {Change.NEW: "blue", Change.UNCHANGED: "green", Change.CHANGED: "orange", Change.RESOLVED: "gray"}


def read_pair(prior: ReportInput, current: ReportInput) -> None:
    """Read both inputs; keep the pair, or a message naming the report that could not be read."""
    reports, words = [], screen_words("compare")
    for which, given in (("older", prior), ("newer", current)):
        try:
            reports.append(state.read_once(given.data, given.name))
        except state.ReadingError as error:
            st.session_state[ERROR] = words[f"{which}_error"].format(error=error)
            st.session_state.pop(PAIR, None)
            return
    for report in reports:
        history.remember(report)
    st.session_state.pop(ERROR, None)
    st.session_state[PAIR] = (reports[0], reports[1])


def _badge(item: FindingChange) -> tuple[str, str]:
    # "Gone" only when the newer report says so; silence is not the same as gone.
    words = screen_words("compare")
    if item.not_mentioned:
        return words["badge_not_mentioned"], "gray"
    return words[f"badge_{item.change.value}"], _BADGE_COLOUR[item.change]


def _difference(label: str) -> str:
    """What differs, in the screen's words ("shape" for the engine's "morphology"); the engine's own label
    (compare.yaml ``differences``) where the screen has no word of its own ("said to be gone")."""
    names = {text: name for name, text in load_content().compare.differences.items()}
    return screen_words("compare").get(f"differs_{names.get(label)}", label)


def _describe(finding: Finding | None) -> str:
    return explain_finding(finding).title if finding is not None else ""


def table(comparison: Comparison) -> pd.DataFrame:
    """One row per finding seen in either report."""
    words = screen_words("compare")
    columns = [words["column_change"], words["older"], words["newer"], words["column_differs"], words["column_plain"]]
    return pd.DataFrame([
        (_badge(item)[0], _describe(item.prior), _describe(item.current),
         tidy(", ".join(_difference(d) for d in item.differences)), item.sentence)
        for item in comparison.findings
    ], columns=columns)


def _item(item: FindingChange) -> None:
    label, colour = _badge(item)
    st.markdown(f":{colour}-badge[{label}] {item.sentence}")


def render(first: Report, second: Report, *, arrived: bool = False) -> None:
    """The comparison of two reports, put in order by their exam dates, with notes above it; ``arrived``:
    just compared, so focus moves to its start (the notes, else what changed)."""
    ordered = in_exam_order(first, second)
    prior, current = ordered.older, ordered.newer
    comparison, words = compare_reports(prior, current), screen_words("compare")
    with st.container(key=RESULT):
        if arrived:
            focus(f".st-key-{RESULT}")
        _summary(ordered.notes, comparison)
    if comparison.findings:
        st.dataframe(table(comparison), hide_index=True, key="compare_table")
    prior_marks, marks = mark(prior), mark(current)
    if prior_marks or marks:
        st.subheader(words["grid_title"], anchor=False)
        st.write(words["grid_note"])
        grid_component.show(key="compare_grid", marks=marks, prior=prior_marks)
    st.caption(words["caveat"])


def _summary(notes: tuple[str, ...], comparison: Comparison) -> None:
    if notes:  # one box: the dates first, then what makes the two hard to compare
        st.info(" ".join(notes), icon=":material/event:")
    words = screen_words("compare")
    with st.container(border=True, key="compare_summary"):
        st.subheader(words["changed_title"], anchor=False)
        st.markdown(comparison.category_sentence)
        st.markdown(comparison.density_sentence)
        if not comparison.findings:
            st.write(words["no_findings"])
        order = (Change.NEW, Change.CHANGED, Change.RESOLVED, Change.UNCHANGED)
        for change in order:
            for item in comparison.findings:
                if item.change is change:
                    _item(item)
