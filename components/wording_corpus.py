"""The wording lab's corpus run: every report explained with the glossary files and with the edit.

The development corpus is the project's own test data, so its readings are cached for the server process.
An uploaded zip is a person's data: it is read in memory (never written to disk, never st.cache_data) and
its results live in this browser session only.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.reading import escape_markdown
from components.wording_editor import Edit
from components.wording_lab import Lab
from readingscan import (
    DEV_CORPUS,
    CorpusError,
    DiffRow,
    Glossary,
    Reading,
    ReportChange,
    compare_runs,
    read_folder,
    read_reports,
    read_zip,
    reports_csv,
    side_by_side,
    with_entry,
)

SOURCE = "wording_source"
ZIP = "wording_zip"
RUN = "wording_run"
REPORT = "wording_report"
CSV = "wording_csv"
RESULTS = "wording_results"  # this session's last run
DEV, UPLOAD = "dev", "upload"
_DIFF_CSS = """<style>
.rs-diff { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 0.85rem; }
.rs-diff td { vertical-align: top; padding: 2px 6px; white-space: pre-wrap; word-break: break-word;
  border-bottom: 1px solid rgba(128,128,128,0.15); }
.rs-diff th { text-align: left; padding: 4px 6px; }
.rs-diff .removed, .rs-diff .changed .before { background: rgba(192,57,43,0.16); }
.rs-diff .added, .rs-diff .changed .after { background: rgba(42,127,98,0.18); }
.rs-diff .gap td { text-align: center; opacity: 0.6; }
</style>"""


@dataclass(frozen=True)
class Results:
    corpus: str  # "the development corpus (94 reports)" / "reports.zip (12 reports)"
    slug: str
    text_hash: str  # the edit the run used
    changes: tuple[ReportChange, ...]
    skipped: tuple[str, ...] = ()


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@st.cache_resource(show_spinner="Reading the development corpus…", max_entries=1)
def _dev_readings(_fingerprint: tuple[tuple[str, int], ...]) -> tuple[Reading, ...]:
    return read_reports(read_folder(DEV_CORPUS))


def _dev_corpus() -> tuple[Reading, ...]:
    return _dev_readings(tuple((p.name, p.stat().st_mtime_ns) for p in sorted(DEV_CORPUS.glob("*.txt"))))


def show(lab: Lab, edit: Edit) -> None:
    """Choose the reports, run them, and show which explanations the edit changes."""
    term = lab.glossary.entries[edit.slug].term
    after = with_entry(lab.glossary, edit.slug, edit.entry) if edit.entry is not None else lab.glossary
    if edit.entry is None:
        st.warning("The edited text cannot be read as an entry, so the run uses the glossary files only.",
                   icon=":material/error:")
    elif not edit.edited:
        st.caption(f"No edit to {term} yet: edit it in the Editor tab, then run. Unchanged wording changes nothing.")
    else:
        st.caption(f"Compares the glossary files with your edit of **{escape_markdown(term)}**.")
    source = st.radio("Reports", [DEV, UPLOAD], key=SOURCE, horizontal=True, format_func=lambda s: {
        DEV: "Development corpus", UPLOAD: "A zip of .txt reports"}[s])
    upload = st.file_uploader("Zip of .txt reports", type=["zip"], key=ZIP) if source == UPLOAD else None
    if st.button("Run the corpus", key=RUN, type="primary", icon=":material/play_arrow:",
                 disabled=source == UPLOAD and upload is None):
        _run(lab.glossary, after, edit, upload.getvalue() if upload is not None else None, getattr(upload, "name", ""))
    results = st.session_state.get(RESULTS)
    if isinstance(results, Results):
        render(results, lab, stale=results.slug != edit.slug or results.text_hash != _hash(edit.text))


def _run(before: Glossary, after: Glossary, edit: Edit, data: bytes | None, name: str) -> None:
    bar = st.progress(0.0, text="Reading the reports…")
    skipped: tuple[str, ...] = ()
    if data is None:
        readings = _dev_corpus()
        label = f"the development corpus ({len(readings)} reports)"
    else:
        try:
            corpus = read_zip(data)
        except CorpusError as error:
            bar.empty()
            st.error(escape_markdown(str(error)), icon=":material/error:")
            return
        def reading(done: int, total: int) -> None:
            bar.progress(done / total / 2, text="Reading the reports…")

        readings = read_reports(corpus, reading)
        label, skipped = f"{escape_markdown(name)} ({len(readings)} reports)", corpus.skipped
    def explaining(done: int, total: int) -> None:
        bar.progress(0.5 + done / total / 2, text="Explaining each report twice…")

    changes = compare_runs(readings, before, after, explaining)
    bar.empty()
    st.session_state[RESULTS] = Results(label, edit.slug, _hash(edit.text), changes, skipped)


def render(results: Results, lab: Lab, *, stale: bool = False) -> None:
    """The run's summary, the table of changed explanations, one side-by-side diff and the CSV."""
    changed = [c for c in results.changes if c.changed]
    entry = lab.glossary.get(results.slug)
    term = escape_markdown(entry.term if entry else results.slug)
    if stale:
        st.warning("The edit has changed since this run. Run the corpus again to see its effect.", icon=":material/sync:")
    st.markdown(f"**{len(changed)} of {len(results.changes)} explanations change** with the edit of {term}, "
                f"in {results.corpus}.")
    unread = [c for c in results.changes if c.error]
    if unread:
        st.caption(f"{len(unread)} report(s) could not be read: " + escape_markdown(
            "; ".join(f"{c.name}: {c.error}" for c in unread[:5])))
    if results.skipped:
        st.caption("Left out of the zip: " + escape_markdown(", ".join(results.skipped[:10])))
    st.download_button("Download the figures (CSV)", reports_csv(results.changes), file_name="wording-reports.csv",
                       mime="text/csv", key=CSV, icon=":material/download:")
    if not changed:
        st.info(f"No explanation changes: no report here links {term}, or its wording is unchanged.",
                icon=":material/info:")
        return
    st.dataframe(pd.DataFrame([{
        "Report": c.name, "Grade before": c.grade_before, "Grade after": c.grade_after, "Grade change": c.grade_change,
        "Entries linked": len(c.linked_after),
    } for c in changed]), key="wording_changed_table", hide_index=True, width="stretch", column_config={
        name: st.column_config.NumberColumn(format="%.2f") for name in ("Grade before", "Grade after", "Grade change")
    })
    names = [c.name for c in changed]
    name = st.selectbox("See one explanation before and after", names, key=REPORT)
    change = next((c for c in changed if c.name == name), changed[0])
    cells = st.columns(3)
    cells[0].metric("Grade before", f"{change.grade_before or 0:.2f}")
    cells[1].metric("Grade after", f"{change.grade_after or 0:.2f}", f"{change.grade_change or 0:+.2f}", delta_color="inverse")
    cells[2].metric("Entries linked", len(change.linked_after))
    st.html(diff_html(side_by_side(change.before, change.after)))


def diff_html(rows: tuple[DiffRow, ...]) -> str:
    """A two-column table of the changed lines; every line is HTML-escaped (it may quote a report)."""
    body = "".join(
        f"<tr class='{row.kind}'><td class='before'>{html.escape(row.before)}</td>"
        f"<td class='after'>{html.escape(row.after)}</td></tr>"
        for row in rows
    )
    return f"{_DIFF_CSS}<table class='rs-diff'><tr><th>Before</th><th>After</th></tr>{body}</table>"
