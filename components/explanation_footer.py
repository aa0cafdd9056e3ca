"""The end and the edges of the explanation screen: the notes on the reading (text read from a picture first,
the others last), the reading level of what the screen said in the reader's language, and the downloads."""

from __future__ import annotations

from datetime import date

import streamlit as st

from components.words import screen_words
from readingscan import (
    Explanation,
    ExportError,
    Report,
    explanation_markdown,
    explanation_pdf,
    is_ocr_note,
    load_content,
    reading_level,
)


def _ocr_notes(report: Report, words: Explanation) -> list[bool]:
    """Which of the explanation's warnings is the note on text read from a picture (told from the Report's own,
    English, note: the explanation's is in the reader's language)."""
    return [is_ocr_note(note) for note in report.warnings][:len(words.warnings)]


def ocr_notice(report: Report, words: Explanation) -> None:
    """Text read from a photo or scan may hold misread words: say so first, before anything it says."""
    for warning, ocr in zip(words.warnings, _ocr_notes(report, words), strict=False):
        if ocr:
            st.warning(warning, icon=":material/document_scanner:")


def warnings(report: Report, words: Explanation) -> None:
    for warning, ocr in zip(words.warnings, _ocr_notes(report, words), strict=False):
        if not ocr:  # shown at the top already
            st.warning(warning, icon=":material/report:")


def explanation_text(words: Explanation | list[str]) -> str:
    """The plain words a patient reads (no sources, no quotes of the report) as one text: the screen
    measures the reading grade on the sentences it showed; given an Explanation, on all of its sentences."""
    parts = words if isinstance(words, list) else [
        words.summary, words.category_note, words.density, *(f.sentence for f in words.findings), *words.next_steps,
        words.background_enhancement, words.fibroglandular_tissue, *(d.text for f in words.findings for d in f.details),
        *words.questions]
    return "\n".join(p.replace("**", "") for p in parts if p)


def reading_grade(said: list[str]) -> None:
    # Each language by its own measure (English: the Flesch-Kincaid grade; Spanish: INFLESZ; Chinese: characters
    # a sentence): screens.yaml's sentence says which, and the target.
    grade = reading_level(explanation_text(said), load_content().language)
    st.caption(screen_words("explain")["reading_grade"].format(grade=f"{grade:.1f}"))


def downloads(report: Report) -> None:
    today, screen = date.today(), screen_words("explain")
    left, right = st.columns(2)
    try:
        pdf = explanation_pdf(report, today)
    except ExportError:  # this server lacks the language's font: say so, and the Markdown still downloads
        left.info(screen["pdf_unavailable"], icon=":material/font_download_off:")
    else:
        left.download_button(screen["download_pdf"], pdf, file_name="readingscan-explanation.pdf",
                             mime="application/pdf", key="download_pdf", icon=":material/picture_as_pdf:")
    right.download_button(screen["download_markdown"], explanation_markdown(report, today),
                          file_name="readingscan-explanation.md", mime="text/markdown", key="download_md",
                          icon=":material/download:")
    st.caption(screen["print_hint"])
