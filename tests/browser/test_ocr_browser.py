"""Photos and scans in a real Chromium: upload a photo of a report on the Explain screen, see the summary,
the OCR warning and the report text with doubtful words underlined; upload a scanned PDF; screenshots."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from readingscan.ingest.ocr.tesseract import OCR_WARNING
from tests import scans

pytestmark = [
    pytest.mark.browser,
    pytest.mark.usefixtures("tesseract"),
]


def _upload(page: Any, app_url: str, path: Path) -> None:
    page.goto(app_url)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    expect(page.get_by_role("button", name=f"Remove {path.name}")).to_be_visible()
    page.get_by_role("button", name="Explain my report").click()
    expect(page.get_by_role("heading", name="Your result in short")).to_be_visible(timeout=60_000)


def test_photo_of_a_report_is_explained(page: Any, app_url: str, tmp_path: Path, shots_dir: Path) -> None:
    text = scans.cases()[4].read_text(encoding="utf-8")
    spoiled = scans.spoil(scans.page_of(text, 2), "tilt+blur+noise", random.Random(7))
    path = tmp_path / "report-photo.jpg"
    path.write_bytes(scans.encode(spoiled, "JPEG", 60))
    _upload(page, app_url, path)
    expect(page.get_by_text(OCR_WARNING[:60])).to_be_visible()
    page.screenshot(path=str(shots_dir / "ocr_photo_explanation.png"))
    page.get_by_text("Your report, with what we read marked").click()
    report_text = page.locator(".rs-report-text")
    expect(report_text).to_be_visible()
    expect(report_text).to_contain_text(text.split()[0])
    report_text.scroll_into_view_if_needed()
    page.screenshot(path=str(shots_dir / "ocr_photo_report_text.png"))


def test_scanned_pdf_is_explained(page: Any, app_url: str, tmp_path: Path) -> None:
    scanned = scans.pdfs()[0]
    path = tmp_path / scanned.name
    path.write_bytes(scanned.data)
    _upload(page, app_url, path)
    expect(page.get_by_text(OCR_WARNING[:60])).to_be_visible()
