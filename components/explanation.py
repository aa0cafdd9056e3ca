"""The explanation of one report, in the order a patient needs it.

1 summary, 2 density, 3 one card per finding, 4 the suspicion grid with their calcifications marked,
5 questions for the doctor, 6 the report text with what we read highlighted, 7 warnings; then the
reading grade, downloads and a print-friendly layout. Report text is always HTML-escaped.
"""

from __future__ import annotations

import html
from datetime import date

import streamlit as st

from components import explanation_tissue as mri
from components import grid as grid_component
from components import grid_mass
from components.reading import SELECTED_ID, escape_markdown, findings_table, focus_script, highlighted_html
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
    readability,
    term_words,
    wording,
)

SELECTED = "explain_selected_finding"
RESULT = "rs_result"  # the container of the whole explanation: focus goes to its first heading after Explain
GRID_SECTION = "explain_grid_section"
_FOCUS_COUNT = "explain_focus_count"
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


def focus(selector: str, *, middle: bool = False) -> None:
    """Scroll to the element ``selector`` names and move keyboard focus to it once this run has drawn."""
    count = st.session_state[_FOCUS_COUNT] = st.session_state.get(_FOCUS_COUNT, 0) + 1
    st.html(focus_script(selector, count, middle=middle), unsafe_allow_javascript=True)


def render(report: Report, *, arrived: bool = False) -> None:
    """The whole explanation screen for one report; ``arrived``: just read, so focus moves to it."""
    st.html(_PRINT_CSS)
    with st.container(key=RESULT):
        if arrived:
            focus(f".st-key-{RESULT}")
        _render(report)


def _render(report: Report) -> None:
    words = explain(report)
    glossary = load_glossary()
    if not any(report.terms) and not report.findings and report.assessment.overall is None:
        for warning in words.warnings:
            st.warning(warning, icon=":material/help:")
        _report_text(report)
        return
    said: list[str] = []  # the plain words this screen shows: the reading grade measures these, no more
    _ocr_notice(words)
    _summary(report, words, glossary, said)
    _density(report, words, glossary, said)
    mri.tissue(words, glossary, said)
    _findings(words, glossary, said)
    _grid(report)
    _questions(words, said)
    _report_text(report)
    _warnings(words)
    _reading_grade(said)
    _downloads(report)
    with st.expander("Details for your doctor (table)"):
        if report.findings:
            st.dataframe(findings_table(report), hide_index=True)


def _ocr_notice(words: Explanation) -> None:
    """Text read from a photo or scan may hold misread words: say so first, before anything it says."""
    for warning in words.warnings:
        if warning.startswith(OCR_WARNING):
            st.warning(warning, icon=":material/document_scanner:")


def _summary(report: Report, words: Explanation, glossary: object, said: list[str]) -> None:
    with st.container(border=True):
        st.subheader("Your result in short", anchor=False)
        category = report.assessment.overall
        if category is not None:
            name = wording().categories[category].name
            st.markdown(f"#### BI-RADS {category.value}: {name}", anchors=False)
        if words.category_note:  # a range, or categories we cannot place: before anything else is read
            st.warning(words.category_note, icon=":material/help:")
            said.append(words.category_note)
        _report_next(report, words, said)
        st.markdown(link_terms(words.summary, glossary))  # type: ignore[arg-type]
        said.append(words.summary)
        st.caption(f"Source of the likelihood range: {words.category_source}")


def _report_next(report: Report, words: Explanation, said: list[str]) -> None:
    """Safety rule 4: the report's own next step, as it words it and in plain words, before general advice."""
    summary = wording().summary
    st.markdown(f"**{summary.report_next}**")
    if not report.recommendations:
        st.write(summary.no_report_next)
        said.append(summary.no_report_next)
        return
    for recommendation, plain in zip(report.recommendations, words.next_steps, strict=False):
        st.markdown(f"> {escape_markdown(recommendation.evidence.text)}")
        st.write(plain)
        said.append(plain)




def _density(report: Report, words: Explanation, glossary: object, said: list[str]) -> None:
    if mri.without_mammogram(report) and report.density is None:
        return  # an ultrasound or MRI alone never states mammographic density: no card saying it is missing
    with st.container(border=True):
        st.subheader("Breast density", anchor=False)
        st.markdown(link_terms(words.density, glossary))  # type: ignore[arg-type]
        said.append(words.density)
        if report.density:
            st.caption(f"Sources: {words.density_source}")


def _findings(words: Explanation, glossary: object, said: list[str]) -> None:
    st.subheader("What the report describes", anchor=False)
    seen = [(i, f) for i, f in enumerate(words.findings) if f.finding.status is not Status.ABSENT]
    absent = [(i, f) for i, f in enumerate(words.findings) if f.finding.status is Status.ABSENT]
    if not words.findings:
        st.write("The report describes no findings in words we know.")
    for index, item in seen:
        _card(index, item, glossary, said)
    if absent:
        with st.expander(f"What the report says is not there ({len(absent)})", expanded=not seen):
            for index, item in absent:
                _card(index, item, glossary, said)


def _card(index: int, item: FindingText, glossary: object, said: list[str]) -> None:
    finding = item.finding
    with st.container(border=True, key=f"finding_card_{index}"):
        label, colour = item.status, _BADGE_COLOUR[finding.status]
        st.markdown(f"**{item.title}** :{colour}-badge[{label}]" + (" :green-badge[unchanged]" if finding.stable else ""))
        st.markdown(link_terms(item.sentence, glossary))  # type: ignore[arg-type]
        said.append(item.sentence)
        mri.details(item, glossary, said)
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
            focus(f"#{SELECTED_ID}", middle=True)  # the marked sentence, in the box this run opens


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
    """The grid's part (components/grid.py): the calcifications marked, with its text alternative beside it."""
    with st.container(key=GRID_SECTION):
        grid_component.render_section(report, key="explain_grid")
        grid_mass.render_section(report)


def _questions(words: Explanation, said: list[str]) -> None:
    with st.container(border=True):
        st.subheader("Questions to ask your doctor", anchor=False)
        st.markdown("\n".join(f"- {q}" for q in words.questions))
        said.extend(words.questions)


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


def explanation_text(words: Explanation | list[str]) -> str:
    """The plain words a patient reads (no sources, no quotes of the report) as one text: the screen
    measures the reading grade on the sentences it showed; given an Explanation, on all of its sentences."""
    parts = words if isinstance(words, list) else [
        words.summary, words.category_note, words.density, *(f.sentence for f in words.findings), *words.next_steps,
        words.background_enhancement, words.fibroglandular_tissue, *(d.text for f in words.findings for d in f.details),
        *words.questions]
    return "\n".join(p.replace("**", "") for p in parts if p)


def _reading_grade(said: list[str]) -> None:
    grade = readability(explanation_text(said)).fk_grade
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
