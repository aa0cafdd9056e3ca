"""The explanation of one report, in the order a patient needs it.

1 summary, 2 density, 3 one card per finding, 4 the suspicion grid with their calcifications marked,
5 questions for the doctor, 6 the report text with what we read highlighted, 7 warnings; then the
reading grade, downloads and a print-friendly layout. Report text is always HTML-escaped.
"""

from __future__ import annotations

import html
from datetime import date

import streamlit as st

from components import grid as grid_component
from components.reading import escape_markdown, findings_table, highlighted_html
from readingscan import (
    OCR_WARNING,
    Explanation,
    FindingText,
    Report,
    Span,
    Status,
    explain,
    explanation_markdown,
    explanation_pdf,
    link_terms,
    load_glossary,
    mark,
    readability,
    term_words,
    wording,
)

SELECTED = "explain_selected_finding"
_BADGE_COLOUR = {Status.PRESENT: "blue", Status.POSSIBLE: "orange", Status.ABSENT: "gray"}
_PRINT_CSS = """<style>
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"], .stButton, .stDownloadButton,
  [data-testid="stFileUploader"], [data-testid="stTextArea"], [data-testid="stExpander"] summary svg { display: none !important; }
  .rs-report-text mark { background: #ffe58a !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.rs-report-text mark.rs-selected { outline: 2px solid #1f6f8b; background: #ffd24d; }
.rs-report-text u.rs-unsure { text-decoration: underline dotted #c2410c 2px; text-underline-offset: 3px; cursor: help; }
</style>"""


def render(report: Report) -> None:
    """The whole explanation screen for one report."""
    st.html(_PRINT_CSS)
    words = explain(report)
    glossary = load_glossary()
    if not any(report.terms) and not report.findings and report.assessment.overall is None:
        for warning in words.warnings:
            st.warning(warning, icon=":material/help:")
        _report_text(report)
        return
    _ocr_notice(words)
    _summary(report, words, glossary)
    _density(report, words, glossary)
    _findings(words, glossary)
    _grid(report)
    _questions(words)
    _report_text(report)
    _warnings(words)
    _reading_grade(words)
    _downloads(report)
    with st.expander("Details for your doctor (table)"):
        if report.findings:
            st.dataframe(findings_table(report), hide_index=True)


def _ocr_notice(words: Explanation) -> None:
    """Text read from a photo or scan may hold misread words: say so first, before anything it says."""
    for warning in words.warnings:
        if warning.startswith(OCR_WARNING):
            st.warning(warning, icon=":material/document_scanner:")


def _summary(report: Report, words: Explanation, glossary: object) -> None:
    with st.container(border=True):
        st.subheader("Your result in short")
        category = report.assessment.overall
        if category is not None:
            name = wording().categories[category].name
            st.markdown(f"#### BI-RADS {category.value}: {name}")
        if words.category_note:  # a range, or categories we cannot place: before anything else is read
            st.warning(words.category_note, icon=":material/help:")
        _report_next(report, words)
        st.markdown(link_terms(words.summary, glossary))  # type: ignore[arg-type]
        st.caption(f"Source of the likelihood range: {words.category_source}")


def _report_next(report: Report, words: Explanation) -> None:
    """Safety rule 4: the report's own next step, as it words it and in plain words, before general advice."""
    summary = wording().summary
    st.markdown(f"**{summary.report_next}**")
    if not report.recommendations:
        st.write(summary.no_report_next)
        return
    for recommendation, plain in zip(report.recommendations, words.next_steps, strict=False):
        st.markdown(f"> {escape_markdown(recommendation.evidence.text)}")
        st.write(plain)


def _density(report: Report, words: Explanation, glossary: object) -> None:
    with st.container(border=True):
        st.subheader("Breast density")
        st.markdown(link_terms(words.density, glossary))  # type: ignore[arg-type]
        if report.density:
            st.caption(f"Sources: {words.density_source}")


def _findings(words: Explanation, glossary: object) -> None:
    st.subheader("What the report describes")
    seen = [(i, f) for i, f in enumerate(words.findings) if f.finding.status is not Status.ABSENT]
    absent = [(i, f) for i, f in enumerate(words.findings) if f.finding.status is Status.ABSENT]
    if not words.findings:
        st.write("The report describes no findings in words we know.")
    for index, item in seen:
        _card(index, item, glossary)
    if absent:
        with st.expander(f"What the report says is not there ({len(absent)})", expanded=not seen):
            for index, item in absent:
                _card(index, item, glossary)


def _card(index: int, item: FindingText, glossary: object) -> None:
    finding = item.finding
    with st.container(border=True, key=f"finding_card_{index}"):
        label, colour = item.status, _BADGE_COLOUR[finding.status]
        st.markdown(f"**{item.title}** :{colour}-badge[{label}]" + (" :green-badge[unchanged]" if finding.stable else ""))
        st.markdown(link_terms(item.sentence, glossary))  # type: ignore[arg-type]
        described = []
        if finding.morphology:
            described.append("Shape: " + ", ".join(term_words(m) for m in finding.morphology))
        if finding.distribution:
            described.append("Pattern: " + term_words(finding.distribution))
        if described:
            st.markdown(link_terms(" · ".join(described), glossary))  # type: ignore[arg-type]
        st.html(_quote(finding.evidence, finding.status_trigger))
        if item.why:
            st.caption(escape_markdown(item.why))
        if item.misspelt:
            st.caption(escape_markdown(item.misspelt))
        if st.button("Show in my report", key=f"show_finding_{index}"):
            st.session_state[SELECTED] = index


def _quote(sentence: Span, trigger: Span | None) -> str:
    """The report's own sentence, escaped, with the word that made it absent or possible marked."""
    text = sentence.text
    if trigger is not None and sentence.start <= trigger.start and trigger.end <= sentence.end:
        a, b = trigger.start - sentence.start, trigger.end - sentence.start
        inner = html.escape(text[:a]) + f"<mark>{html.escape(text[a:b])}</mark>" + html.escape(text[b:])
    else:
        inner = html.escape(text)
    return f"<blockquote class='rs-quote' style='margin:0.2rem 0;opacity:0.85'>“{inner}”</blockquote>"


def _grid(report: Report) -> None:
    st.subheader("Your calcifications on the suspicion grid")
    marks = mark(report)
    if not marks:
        st.write("Your report describes no calcifications to place on the grid.")
        st.page_link("screens/grid.py", label="See the suspicion grid", icon=":material/grid_on:")
        return
    st.write("Each square is a shape of calcification (rows) in a pattern (columns). Your findings are marked.")
    grid_component.show(key="explain_grid", marks=marks)


def _questions(words: Explanation) -> None:
    with st.container(border=True):
        st.subheader("Questions to ask your doctor")
        st.markdown("\n".join(f"- {q}" for q in words.questions))


def _report_text(report: Report) -> None:
    selected = st.session_state.get(SELECTED)
    chosen = report.findings[selected].evidence if isinstance(selected, int) and selected < len(report.findings) else None
    with st.expander("Your report, with what we read marked", expanded=chosen is not None):
        spans = [f.evidence for f in report.findings] + list(report.assessment.evidence)
        if report.density:
            spans.append(report.density.evidence)
        unsure = report.document.low_confidence
        if unsure:
            st.caption(f"Words with a dotted underline ({len(unsure)}) were hard to read in the picture: "
                       "check them against the paper.")
        st.html(highlighted_html(report.text, spans, selected=chosen, unsure=unsure))


def _warnings(words: Explanation) -> None:
    for warning in words.warnings:
        if not warning.startswith(OCR_WARNING):  # shown at the top already
            st.warning(warning, icon=":material/report:")


def explanation_text(words: Explanation) -> str:
    """The words a patient reads (no sources): what the reading grade is measured on."""
    parts = [words.summary, words.category_note, words.density, *(f.sentence for f in words.findings), *words.next_steps, *words.questions]
    return "\n".join(p.replace("**", "") for p in parts)


def _reading_grade(words: Explanation) -> None:
    grade = readability(explanation_text(words)).fk_grade
    st.caption(f"Reading level of this explanation: grade {grade:.1f} (Flesch–Kincaid; we aim for 8 or lower).")


def _downloads(report: Report) -> None:
    today = date.today()
    left, right = st.columns(2)
    left.download_button("Download as a PDF", explanation_pdf(report, today), file_name="readingscan-explanation.pdf",
                         mime="application/pdf", key="download_pdf", icon=":material/picture_as_pdf:")
    right.download_button("Download as text (Markdown)", explanation_markdown(report, today),
                          file_name="readingscan-explanation.md", mime="text/markdown", key="download_md",
                          icon=":material/download:")
    st.caption("To print this page, use your browser's Print command: the input boxes and buttons are left out.")
