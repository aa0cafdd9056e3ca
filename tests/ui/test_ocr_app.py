"""The Explain screen in AppTest with photos and scans: a photo and a scanned PDF are explained with the
OCR warning first and doubtful words underlined; a damaged photo gives a clear message and the app keeps
working (pasting still explains)."""

from __future__ import annotations

import pytest

from readingscan.ingest.ocr.tesseract import OCR_WARNING
from tests import scans
from tests.ui.test_app_explain import SAMPLE, explain_text, fresh, html_blocks, markdown, upload

pytestmark = pytest.mark.usefixtures("tesseract")


def test_photo_upload_is_explained_with_the_ocr_warning_first() -> None:
    photo = scans.Scan("report.png", "", scans.encode(scans.tilt(scans.page_of(SAMPLE, 0), 2.0), "PNG"),
                       "image/png", SAMPLE, "tilt")
    at = upload(fresh(), photo.name, photo.data, photo.mime)
    assert not at.error, [e.value for e in at.error]
    assert "#### BI-RADS 5" in markdown(at)
    assert at.warning and at.warning[0].value.startswith(OCR_WARNING)
    assert sum(w.value.startswith(OCR_WARNING) for w in at.warning) == 1  # not repeated at the bottom
    assert at.status[0].label == "Done reading"
    assert any("rs-report-text" in body for body in html_blocks(at))


def test_scanned_pdf_upload_is_explained() -> None:
    scanned = scans.pdfs()[0]
    at = upload(fresh(), scanned.name, scanned.data, scanned.mime)
    assert not at.error, [e.value for e in at.error]
    assert "Your result in short" in [h.value for h in at.subheader]
    assert any(w.value.startswith(OCR_WARNING) for w in at.warning)


def test_damaged_photo_gives_a_clear_message_and_paste_still_works() -> None:
    photo = scans.encode(scans.page_of("FINDINGS: No mass.", 0), "JPEG", 80)
    at = upload(fresh(), "photo.jpg", photo[: len(photo) // 3], "image/jpeg")
    assert at.error and "picture could not be read" in at.error[0].value
    assert "Traceback" not in markdown(at)
    at.file_uploader(key="report_file").set_value(None).run()
    at = explain_text(at, SAMPLE)
    assert not at.error and "#### BI-RADS 5" in markdown(at)
