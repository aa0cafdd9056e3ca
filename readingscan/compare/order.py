"""Which of two reports is older, by the exam dates they give, and what makes two reports hard to compare.

When Explain was pressed says nothing about when the exams were done: a new report explained first and an
old one second must not show the category going the wrong way.
"""

from __future__ import annotations

from dataclasses import dataclass

from readingscan.content import load_content
from readingscan.explain.words import exam_words, side_words
from readingscan.model import Breast, Modality, Report

# Workup views and tomosynthesis are kinds of mammogram: a mammogram with spot views is still comparable.
_MAMMOGRAM = {Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS, Modality.MAGNIFICATION_VIEWS, Modality.SPOT_COMPRESSION}


@dataclass(frozen=True)
class Ordered:
    """Two reports older first, and the sentences to show above their comparison."""

    older: Report
    newer: Report
    notes: tuple[str, ...]


def _kinds(report: Report) -> frozenset[Modality]:
    return frozenset(Modality.MAMMOGRAPHY if m in _MAMMOGRAM else m for m in report.exam.modalities)


def in_exam_order(first: Report, second: Report) -> Ordered:
    """``first`` and ``second`` as the person picked them (older, newer), put in order by their exam dates
    when both give one, with notes on the dates and on different exams or breasts."""
    words = load_content().compare.order
    older, newer, notes = first, second, []
    if first.exam.date and second.exam.date:
        if first.exam.date > second.exam.date:
            older, newer = second, first
            notes.append(words.swapped)
        notes.insert(0, words.dates.format(older=older.exam.date, newer=newer.exam.date))
    else:
        notes.append(words.no_dates)
    old_kinds, new_kinds = _kinds(older), _kinds(newer)
    if old_kinds and new_kinds and not old_kinds & new_kinds:
        notes.append(words.other_exams.format(older=exam_words(older).lower(), newer=exam_words(newer).lower()))
    sides = {older.exam.breast, newer.exam.breast}
    if sides == {Breast.LEFT, Breast.RIGHT}:
        notes.append(words.other_breasts.format(older=side_words(older.exam.breast).lower(),
                                                newer=side_words(newer.exam.breast).lower()))
    return Ordered(older, newer, tuple(notes))
