"""Privacy, proven on a real server: a report carrying a unique marker goes through every screen (paste,
upload, a refused file, history, export, compare); afterwards the marker is in neither the server's
stdout/stderr nor any file the server wrote. Two browser contexts never see each other's results."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, serve_app
from tests.browser.server import ROOT
from tests.filegen import make_pdf

pytestmark = pytest.mark.browser

# Folders the server could write to that are not ours to search: the interpreter and git.
_SKIP = {".venv", ".venv-peers", ".git", "node_modules"}


def _report(marker: str) -> str:
    return (f"Patient: {marker}\nEXAM: Screening mammogram.\nFINDINGS: Grouped amorphous calcifications in the left "
            f"breast at 2 o'clock, as noted by {marker}.\nIMPRESSION: BI-RADS 4A. Biopsy is recommended.\n")


def _files_written_since(folder: Path, since: float) -> list[Path]:
    written = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d not in _SKIP]
        for name in filenames:
            path = Path(dirpath) / name
            try:
                if path.stat().st_mtime >= since:
                    written.append(path)
            except OSError:
                continue
    return written


def _holds(path: Path, marker: str) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(form in data for form in (marker.encode(), marker.encode("utf-16-le"), marker.encode("utf-16-be")))


def _explain_and_wait(page: Any, count: int) -> None:
    page.get_by_role("button", name="Explain my report").click()
    expect(page.get_by_role("link", name=f"Your history: {count} explanation")).to_be_visible()


def _choose_the_file(page: Any, name: str) -> None:
    page.get_by_text(f"The file {name}", exact=True).click()  # the new file's own option, once drawn
    expect(page.get_by_role("radio", name=f"The file {name}")).to_be_checked()


def test_a_report_leaves_no_trace_in_logs_or_files(browser: Any, tmp_path: Path) -> None:
    marker = f"Privmark{uuid.uuid4().hex[:10]}"
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    pdf = tmp_path / f"report-{marker}.pdf"
    pdf.write_bytes(make_pdf([_report(marker).replace("Grouped", "Regional").splitlines()]))
    broken = tmp_path / f"broken-{marker}.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + marker.encode() + b"\n")
    log = ARTIFACTS / "streamlit-privacy.log"
    started = time.time() - 1  # mtimes have coarse resolution on some file systems

    with serve_app(log, env={"HOME": str(home), "TMPDIR": str(temp)}) as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            page.get_by_label("Paste the text of your report").fill(_report(marker))
            _explain_and_wait(page, 1)
            assert marker in page.content()  # it did reach the app
            uploader = page.locator("[data-testid='stFileUploaderDropzoneInput']")
            uploader.set_input_files(str(pdf))
            _choose_the_file(page, pdf.name)  # text is still pasted: the page asks which to explain
            _explain_and_wait(page, 2)
            uploader.set_input_files(str(broken))
            _choose_the_file(page, broken.name)
            page.get_by_role("button", name="Explain my report").click()
            expect(page.get_by_text("The PDF appears damaged")).to_be_visible()
            page.get_by_role("link", name="Your history", exact=True).first.click()
            with page.expect_download() as download:
                page.get_by_role("button", name="Export all (2)").click()
            download.value.save_as(tmp_path / "export.json")
            page.get_by_role("link", name="Compare two reports").first.click()
            expect(page.get_by_role("heading", name="What changed")).to_be_visible()

            other = browser.new_context().new_page()
            other.goto(url)
            expect(other.get_by_label("Paste the text of your report")).to_have_value("")
            expect(other.get_by_role("heading", name="Your result in short")).to_have_count(0)
            other.goto(f"{url}/compare")
            expect(other.get_by_role("button", name="Compare", exact=True)).to_be_visible()  # nothing to pick from
            expect(other.get_by_role("heading", name="What changed")).to_have_count(0)
            assert marker not in other.content()
            other.context.close()
        finally:
            context.close()

    assert marker not in log.read_text(errors="replace"), "the report reached the server's stdout/stderr"
    written = [p for folder in (ROOT, home, temp) for p in _files_written_since(folder, started)]
    leaked = [str(p) for p in written if p != log and _holds(p, marker) and tmp_path not in p.parents]
    assert leaked == [], f"files the server wrote hold the report: {leaked}"
    assert _holds(broken, marker), "the search finds the marker in a file that holds it"
