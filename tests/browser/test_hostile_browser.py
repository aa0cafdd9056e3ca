"""Hostile files in a real Chromium, one after another in one session: each gets a clear message on the
screen, and the same session then explains a pasted report (the server keeps serving)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.hostile import HOSTILE

pytestmark = pytest.mark.browser

# Representative attacks, each with a name the uploader accepts and the words its message must hold.
CHOSEN = {
    "locked.pdf": "password-protected",
    "cut-50.pdf": "damaged or incomplete",
    "report.pdf": "(ELF) is not supported",  # an executable named like a report
    "flate-bomb.pdf": "unpacks to more than",
    "archive.docx": "(ZIP archive) is not supported",
}
PASTED = ("LEFT BREAST: Grouped fine pleomorphic calcifications at 3 o'clock. "
          "IMPRESSION: Suspicious calcifications. BI-RADS 4B. Stereotactic biopsy is recommended.")


def _upload(page: Any, path: Path) -> None:
    """Choose the file and wait for its upload to reach the server and the rerun it causes to end."""
    uploader = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    with page.expect_response(lambda response: "/upload_file" in response.url and response.request.method == "PUT"):
        uploader.set_input_files(str(path))
    expect(page.get_by_test_id("stFileUploader").get_by_text(path.name)).to_be_visible()
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def _explain_until(page: Any, words: str) -> None:
    """Click "Explain my report" until the message with ``words`` shows. A click can be lost when the
    upload's own rerun starts just after it (Streamlit then drops the button's run), so retry twice."""
    alert = page.get_by_role("alert").filter(has_text=words)
    for _ in range(2):
        page.get_by_role("button", name="Explain my report").click()
        try:
            expect(alert).to_be_visible(timeout=10_000)
            return
        except AssertionError:
            continue
    page.get_by_role("button", name="Explain my report").click()
    expect(alert).to_be_visible()


def test_hostile_files_in_a_row_then_a_pasted_report(page: Any, app_url: str, tmp_path: Path) -> None:
    cases = {case.name: case for case in HOSTILE}
    page.goto(app_url)
    for name, words in CHOSEN.items():
        path = tmp_path / name
        path.write_bytes(cases[name].data)
        _upload(page, path)
        _explain_until(page, words)
        expect(page.get_by_role("alert")).to_have_count(1)  # the previous file's message is gone
        expect(page.get_by_text("Traceback")).to_have_count(0)
        expect(page.get_by_test_id("stException")).to_have_count(0)
    # Remove the last upload, paste a report, and the same session explains it.
    page.get_by_role("button", name="Remove archive.docx").click()
    expect(page.get_by_test_id("stFileUploader").get_by_text("archive.docx")).to_have_count(0)
    page.get_by_label("Paste the text of your report").fill(PASTED)
    page.get_by_role("button", name="Explain my report").click()
    expect(page.get_by_role("heading", name="Your result in short")).to_be_visible()
    expect(page.get_by_role("heading", name="BI-RADS 4B: Moderate suspicion")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)
