"""What a person takes away: the Markdown and PDF explanation (disclaimer and date inside), and the
questions chosen for their report from rules/questions.yaml."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest

from components.report_input import samples
from readingscan import analyze
from readingscan.explain.export import explanation_markdown, explanation_pdf
from readingscan.explain.questions import MAX_QUESTIONS, QuestionsError, choose_questions, parse_questions
from readingscan.explain.text import explain
from readingscan.explain.words import wording

DAY = date(2026, 3, 14)
SUSPICIOUS = analyze("LEFT BREAST: Grouped fine pleomorphic calcifications at 2:00. IMPRESSION: BI-RADS 4B. "
                     "Stereotactic biopsy is recommended. The breasts are extremely dense.")


def test_markdown_has_every_part_with_the_disclaimer_and_date() -> None:
    text = explanation_markdown(SUSPICIOUS, DAY)
    for part in ("## Summary", "## Breast density", "## What the report describes", "## Questions to ask your doctor"):
        assert part in text
    assert wording().disclaimer in text and "2026-03-14" in text
    assert "BI-RADS 4B: Moderate suspicion" in text


def test_pdf_holds_the_explanation_the_disclaimer_and_the_date() -> None:
    data = explanation_pdf(SUSPICIOUS, DAY)
    assert data.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    joined = " ".join(text.split())
    assert "BI-RADS 4B: Moderate suspicion" in joined
    assert "2026-03-14" in joined
    assert " ".join(wording().disclaimer.split()) in joined


def test_pdf_survives_report_words_outside_its_font() -> None:
    report = analyze("FINDINGS: Grouped amorphous calcifications ☃ «left» — BI-RADS 4A.")
    assert explanation_pdf(report, DAY).startswith(b"%PDF")


@pytest.mark.parametrize(("text", "expected"), [
    ("IMPRESSION: BI-RADS 4B. Grouped amorphous calcifications, left.", "What kind of biopsy do you advise"),
    ("IMPRESSION: BI-RADS 3. Probably benign oval mass.", "When is my follow-up picture"),
    ("IMPRESSION: BI-RADS 0. Focal asymmetry, right breast.", "What extra pictures do I need"),
    ("FINDINGS: Benign calcifications.", "My report has no BI-RADS category"),
    ("The breasts are extremely dense. BI-RADS 1.", "My breasts are dense"),
], ids=["4B", "3", "0", "no-category", "dense"])
def test_questions_fit_the_report(text: str, expected: str) -> None:
    questions = choose_questions(analyze(text))
    assert any(q.startswith(expected) for q in questions), questions
    assert len(questions) <= MAX_QUESTIONS


def test_a_benign_report_is_not_asked_about_biopsy() -> None:
    questions = choose_questions(analyze("IMPRESSION: Benign. BI-RADS 2."))
    assert not any("biopsy" in q.lower() for q in questions)


def test_question_rules_reject_unknown_keys() -> None:
    with pytest.raises(QuestionsError, match="unknown 'when' key 'categorys'"):
        parse_questions("- {question: 'x?', when: {categorys: ['4']}}")


@pytest.mark.parametrize("title", list(samples()))
def test_every_sample_explanation_reads_at_grade_8_or_lower(title: str) -> None:
    from components.explanation_footer import explanation_text
    from readingscan.glossary.readability import readability

    grade = readability(explanation_text(explain(analyze(samples()[title])))).fk_grade
    print(f"{title}: grade {grade:.1f}")
    assert grade <= 8
