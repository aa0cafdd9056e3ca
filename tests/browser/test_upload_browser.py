"""Uploading each kind of file in a real Chromium, as a person does: a text PDF, a Word file and a text
file (photos and scans: test_ocr_browser.py). Each is explained after one press of Explain, its letterhead
left out; a press while the file is still on its way to the server is not lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.filegen import make_docx, make_pdf

pytestmark = pytest.mark.browser

LINES = [
    "DIAGNOSTIC MAMMOGRAM, LEFT BREAST",
    "FINDINGS: Grouped fine pleomorphic calcifications in the left breast at 3 o'clock.",
    "The breasts are heterogeneously dense.",
    "IMPRESSION: Suspicious calcifications. BI-RADS 4B. Stereotactic biopsy is recommended.",
]
FILES: dict[str, Callable[[], bytes]] = {
    "report.pdf": lambda: make_pdf([LINES], header="Lakeside Imaging", footer="Page {page} of {pages}"),
    "report.docx": lambda: make_docx(LINES),
    "report.txt": lambda: "\n".join(LINES).encode("utf-8"),
}


@pytest.mark.parametrize("name", FILES)
def test_upload_a_file_and_read_its_explanation(page: Any, app_url: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(FILES[name]())
    page.goto(app_url)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    expect(page.get_by_text(name)).to_be_visible()  # the uploader lists the file
    page.get_by_role("button", name="Explain my report").click()  # once, whether the upload has finished or not
    expect(page.get_by_role("heading", name="BI-RADS 4B: Moderate suspicion")).to_be_visible()
    expect(page.get_by_text("Left breast: calcifications")).to_be_visible()
    expect(page.get_by_role("link", name="Density C: Heterogeneously dense")).to_be_visible()
    # A letterhead is not a finding: the PDF's running header never reaches the cards.
    expect(page.locator("blockquote.rs-quote").filter(has_text="Lakeside")).to_have_count(0)


@pytest.mark.parametrize("answered_first", [True, False], ids=["press-answered-first", "upload-right-after"])
def test_a_press_while_the_file_is_still_on_its_way_is_not_lost(
    page: Any, app_url: str, tmp_path: Path, answered_first: bool,
) -> None:
    """The browser lists a file before the server has it. A press then reaches the app with both boxes
    empty (or its run is cut short by the upload's); the upload's own run must still read the file, without
    a second press."""
    path = tmp_path / "report.txt"
    path.write_bytes(FILES["report.txt"]())
    held: list[Any] = []  # the upload request, kept back until the press has been sent
    page.route("**/_stcore/upload_file/**", lambda route: held.append(route))
    page.goto(app_url)
    with page.expect_request("**/_stcore/upload_file/**"):
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    expect(page.get_by_text("report.txt")).to_be_visible()
    page.get_by_role("button", name="Explain my report").click()
    if answered_first:
        expect(page.get_by_role("alert").filter(has_text="no text")).to_be_visible()  # the press found no file yet
    assert len(held) == 1, "the upload was held back while the press was sent"
    held[0].continue_()
    expect(page.get_by_role("heading", name="BI-RADS 4B: Moderate suspicion")).to_be_visible()
    expect(page.get_by_role("alert").filter(has_text="no text")).to_have_count(0)
