"""Any text or bytes gives a Report or a clear ReadingError, and pathological text finishes quickly
(the per-test timeout catches catastrophic regex backtracking; timings themselves live in bench/)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readingscan import ReadingError, Report, analyze

REPORT_WORDS = [
    "no", "mass", "calcifications", "grouped", "fine", "pleomorphic", "left", "right", "breast", "BI-RADS", "4B",
    "IMPRESSION:", "FINDINGS:", "stable", "possible", "not", "seen", ",", ".", ";", "\n", "2:00", "8 mm",
    "cannot be excluded", "RIGHT BREAST:", "density", "c", "heterogeneously dense", "but", "no change in",
]


def _read(data: str | bytes) -> Report | None:
    try:
        report = analyze(data)
    except ReadingError as error:
        assert str(error), "a ReadingError must say what is wrong"
        return None
    for finding in report.findings:
        assert report.text[finding.evidence.start:finding.evidence.end] == finding.evidence.text
    return report


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text(text: str) -> None:
    _read(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(REPORT_WORDS), max_size=120).map(" ".join))
def test_report_like_word_salad(text: str) -> None:
    _read(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes(data: bytes) -> None:
    _read(data)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", [
    "no " * 60_000,
    "calcifications, " * 12_000,
    " " * 190_000 + "mass",
    "\n" * 100_000,
    "FINDINGS: " + "grouped amorphous " * 9_000 + "calcifications.",
    "x" * 190_000,
    ("RIGHT BREAST: No mass. " * 8_000),
    "BI-RADS " * 20_000,
], ids=["no", "calcifications-list", "spaces", "newlines", "one-long-sentence", "one-long-word", "sub-headers", "birads"])
def test_pathological_text_finishes(text: str) -> None:
    _read(text[:200_000])
