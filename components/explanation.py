"""The explanation of one report, in the order a patient needs it.

1 summary, 2 density, 3 one card per finding, 4 the suspicion grid with their calcifications marked,
5 questions for the doctor, 6 the report text with what we read highlighted, 7 warnings; then the
reading grade, downloads and a print-friendly layout. Report text is always HTML-escaped.
"""

from __future__ import annotations

import html

import streamlit as st

from components import explanation_footer as footer
from components import explanation_tissue as mri
from components import grid as grid_component
from components import grid_mass
from components.language import english_block
from components.reading import SELECTED_ID, escape_markdown, findings_table, focus_script, highlighted_html, quoted
from components.words import screen_words
from readingscan import (
    Explanation,
    FindingText,
    Report,
    Span,
    Status,
    explain,
    link_terms,
    load_glossary,
    term_words,
    tidy,
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
    footer.ocr_notice(report, words)
    _summary(report, words, glossary, said)
    _density(report, words, glossary, said)
    mri.tissue(words, glossary, said)
    _findings(words, glossary, said)
    _grid(report)
    _questions(words, said)
    _report_text(report)
    footer.warnings(report, words)
    footer.reading_grade(said)
    footer.downloads(report)
    with st.expander(screen_words("explain")["details_title"]):
        if report.findings:
            st.dataframe(findings_table(report), hide_index=True)


def _summary(report: Report, words: Explanation, glossary: object, said: list[str]) -> None:
    screen, category = screen_words("explain"), report.assessment.overall
    with st.container(border=True):
        st.subheader(screen["summary_title"], anchor=False)
        if category is not None:
            name = wording().categories[category].name
            st.markdown("#### " + screen["category"].format(category=category.value, name=name), anchors=False)
        if words.category_note:  # a range, or categories we cannot place: before anything else is read
            st.warning(words.category_note, icon=":material/help:")
            said.append(words.category_note)
        _report_next(report, words, said)
        st.markdown(link_terms(words.summary, glossary))  # type: ignore[arg-type]
        said.append(words.summary)
        st.caption(screen["category_source"].format(source=words.category_source))


def _report_next(report: Report, words: Explanation, said: list[str]) -> None:
    """Safety rule 4: the report's own next step, as it words it and in plain words, before general advice."""
    summary = wording().summary
    st.markdown(f"**{summary.report_next}**")
    if not report.recommendations:
        st.write(summary.no_report_next)
        said.append(summary.no_report_next)
        return
    for number, (recommendation, plain) in enumerate(zip(report.recommendations, words.next_steps, strict=False)):
        english_block(f"> {escape_markdown(recommendation.evidence.text)}", f"next_{number}")  # the report's own words
        st.write(plain)
        said.append(plain)


def _density(report: Report, words: Explanation, glossary: object, said: list[str]) -> None:
    if mri.without_mammogram(report) and report.density is None:
        return  # an ultrasound or MRI alone never states mammographic density: no card saying it is missing
    screen = screen_words("explain")
    with st.container(border=True):
        st.subheader(screen["density_title"], anchor=False)
        st.markdown(link_terms(words.density, glossary))  # type: ignore[arg-type]
        said.append(words.density)
        if report.density:
            st.caption(screen["sources"].format(sources=words.density_source))


def _findings(words: Explanation, glossary: object, said: list[str]) -> None:
    screen = screen_words("explain")
    st.subheader(screen["findings_title"], anchor=False)
    seen = [(i, f) for i, f in enumerate(words.findings) if f.finding.status is not Status.ABSENT]
    absent = [(i, f) for i, f in enumerate(words.findings) if f.finding.status is Status.ABSENT]
    if not words.findings:
        st.write(screen["no_findings"])
    for index, item in seen:
        _card(index, item, glossary, said)
    if absent:
        with st.expander(screen["absent"].format(count=len(absent)), expanded=not seen):
            for index, item in absent:
                _card(index, item, glossary, said)


def _card(index: int, item: FindingText, glossary: object, said: list[str]) -> None:
    finding, screen = item.finding, screen_words("explain")
    with st.container(border=True, key=f"finding_card_{index}"):
        label, colour = item.status, _BADGE_COLOUR[finding.status]
        stable = f" :green-badge[{screen['unchanged']}]" if finding.stable else ""
        st.markdown(f"**{item.title}** :{colour}-badge[{label}]{stable}")
        st.markdown(link_terms(item.sentence, glossary))  # type: ignore[arg-type]
        said.append(item.sentence)
        mri.details(item, glossary, said)
        described = []
        if finding.morphology:
            described.append(screen["shape"].format(shapes=tidy(", ".join(term_words(m) for m in finding.morphology))))
        if finding.distribution:
            described.append(screen["pattern"].format(pattern=term_words(finding.distribution)))
        if described:
            st.markdown(link_terms(" · ".join(described), glossary))  # type: ignore[arg-type]
        st.html(_quote(finding.evidence, finding.status_trigger))
        if item.why:
            st.caption(escape_markdown(item.why))
        if item.misspelt:
            st.caption(escape_markdown(item.misspelt))
        if st.button(screen["show_in_report"], key=f"show_finding_{index}"):
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
    return f"<blockquote class='rs-quote' lang='en' style='margin:0.2rem 0;opacity:0.85'>{quoted(inner)}</blockquote>"


def _grid(report: Report) -> None:
    """The grid's part (components/grid.py): the calcifications marked, with its text alternative beside it."""
    with st.container(key=GRID_SECTION):
        grid_component.render_section(report, key="explain_grid")
        grid_mass.render_section(report)


def _questions(words: Explanation, said: list[str]) -> None:
    with st.container(border=True):
        st.subheader(screen_words("explain")["questions_title"], anchor=False)
        st.markdown("\n".join(f"- {q}" for q in words.questions))
        said.extend(words.questions)


def _report_text(report: Report) -> None:
    selected, screen = st.session_state.get(SELECTED), screen_words("explain")
    chosen = report.findings[selected].evidence if isinstance(selected, int) and selected < len(report.findings) else None
    with st.expander(screen["report_title"], expanded=chosen is not None):
        spans = [f.evidence for f in report.findings] + list(report.assessment.evidence)
        if report.density:
            spans.append(report.density.evidence)
        unsure = report.document.low_confidence
        if unsure:
            st.caption(screen["unsure"].format(count=len(unsure)))
        st.html(highlighted_html(report.text, spans, selected=chosen, unsure=unsure))


