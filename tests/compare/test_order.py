"""Two reports in order by the exam dates they give, never by when Explain was pressed; notes when the two
are different kinds of exam or about different breasts."""

from __future__ import annotations

from readingscan import analyze, compare_reports, in_exam_order

OLD = "Date of Service: 03/01/2024\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Probably benign mass. BI-RADS 3."
NEW = "Date of Service: 03/04/2025\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Stable benign mass. BI-RADS 2."


def test_reports_picked_the_wrong_way_round_are_put_in_exam_order() -> None:
    ordered = in_exam_order(analyze(NEW), analyze(OLD))  # the newer one picked as "older"
    assert (ordered.older.exam.date.isoformat(), ordered.newer.exam.date.isoformat()) == ("2024-03-01", "2025-03-04")
    assert "2024-03-01" in ordered.notes[0] and any("in order by the dates" in n for n in ordered.notes)
    comparison = compare_reports(ordered.older, ordered.newer)
    assert (comparison.prior_category.value, comparison.current_category.value) == ("3", "2")


def test_reports_in_order_are_left_as_they_are() -> None:
    ordered = in_exam_order(analyze(OLD), analyze(NEW))
    assert ordered.older.exam.date < ordered.newer.exam.date
    assert not any("in order by the dates" in n for n in ordered.notes)


def test_without_dates_the_persons_order_stands_and_is_said() -> None:
    a, b = analyze("IMPRESSION: BI-RADS 3."), analyze("IMPRESSION: BI-RADS 2.")
    ordered = in_exam_order(a, b)
    assert ordered.older is a and any("no exam date" in n for n in ordered.notes)


def test_different_exams_and_breasts_are_said_plainly() -> None:
    us = analyze("Date: 01/02/2025\nRIGHT BREAST ULTRASOUND\nIMPRESSION: Simple cyst. BI-RADS 2.")
    mammo = analyze("Date: 06/02/2025\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Negative. BI-RADS 1.")
    notes = " ".join(in_exam_order(us, mammo).notes)
    assert "different kinds of exam" in notes and "different breasts" in notes
