"""Any text or bytes gives a Report or a clear ReadingError, and pathological text finishes quickly
(the per-test timeout catches catastrophic regex backtracking; timings themselves live in bench/)."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readingscan import ReadingError, Report, analyze
from readingscan.ingest.unwrap import unwrap_lines

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
    "Lesion 1: mass.\n" + "Fast initial, washout.\n" * 8_000,  # a labelled block's lines: each finds its label once
], ids=["no", "calcifications-list", "spaces", "newlines", "one-long-sentence", "one-long-word", "sub-headers", "birads",
        "lines-under-a-label"])
def test_pathological_text_finishes(text: str) -> None:
    _read(text[:200_000])


# --- bytes that start like a known format, and real files with a few bytes changed ---------------

MAGIC = [
    b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", b"PK\x03\x04", b"PK\x05\x06",
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"BM", b"II*\x00", b"RIFF\x00\x00\x00\x00WEBP",
    b"\x7fELF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x1f\x8b\x08", b"{\\rtf1", b"\xef\xbb\xbf", b"\xff\xfe",
    b"\xfe\xff", b"\xff\xfe\x00\x00", b"<html><script>", b"<?xml version='1.0'?><!DOCTYPE x [",
]


@pytest.mark.timeout(120)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(MAGIC), tail=st.binary(max_size=3000))
def test_magic_prefix_with_random_tail(prefix: bytes, tail: bytes) -> None:
    _read(prefix + tail)


@cache
def _seeds() -> dict[str, bytes]:
    """Small real files of each kind we read, for mutation."""
    from tests import filegen

    text = ["FINDINGS: Grouped amorphous calcifications, left breast.", "IMPRESSION: BI-RADS 4A."]
    return {
        "pdf": filegen.make_pdf([text]),
        "docx": filegen.make_docx(text),
        "png": filegen.make_png(),
        "jpeg": filegen.make_jpeg(),
        "utf16": "\n".join(text).encode("utf-16"),
    }


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(_seeds()[draw(st.sampled_from(sorted(_seeds())))])
    for _ in range(draw(st.integers(1, 12))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.integers(len(data) // 2, len(data)))
    return bytes(data[:cut])


@pytest.mark.timeout(120)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_real_files_with_changed_bytes(data: bytes) -> None:
    _read(data)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", [
    " \t \r\n \t\n" * 12_500,
    "not " * 25_000 + "calcifications",
    "(" * 80_000 + "mass" + ")" * 20_000,
    "-" * 100_000,
    ":" * 50_000 + "\n" + "FINDINGS:" * 5_000,
    "cannot be excluded " * 5_000,
    "a\u0301" * 50_000,
    ("no " * 5_000 + "\n") * 6,
], ids=["mixed-whitespace", "not-run", "parentheses", "dashes", "colons", "hedges", "combining-marks", "long-lines"])
def test_more_pathological_text_finishes(text: str) -> None:
    _read(text)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", ["calcifi-\n" * 20_000, "no suspicious\n" * 14_000, "A\n" * 95_000,
                                  "x" * 190_000, "1.\n" * 60_000], ids=["hyphens", "sentence", "capitals", "word", "items"])
def test_unwrapping_pathological_lines_finishes(text: str) -> None:
    assert unwrap_lines(text)
