"""Refusals give the right reason: what is wrong with the file, not a symptom of reading it the wrong way."""

from __future__ import annotations

import random

import pytest

from readingscan.ingest.read import read_bytes
from readingscan.model import ReadingError


def test_a_large_binary_file_named_pdf_is_refused_as_not_text_not_as_too_long() -> None:
    noise = random.Random(7).randbytes(3 * 1024 * 1024)  # 3 MB of noise, named like a PDF
    with pytest.raises(ReadingError) as refused:
        read_bytes(noise, "scan.pdf")
    assert "does not contain readable text" in str(refused.value)
    assert "long" not in str(refused.value)


def test_a_large_text_file_is_still_refused_as_too_long() -> None:
    with pytest.raises(ReadingError) as refused:
        read_bytes(b"No suspicious mass. " * 60_000, "long.txt")
    assert "long" in str(refused.value).lower()
