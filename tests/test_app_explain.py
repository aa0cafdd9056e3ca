"""The Explain page in AppTest: paste, upload each file type, and bad input that must give a clear
message while the app keeps working. Widgets are found by key."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPORTS, ROOT
from tests.filegen import make_docx, make_image_only_pdf, make_pdf, make_png

APP = str(ROOT / "app.py")
SAMPLE = sorted(REPORTS.glob("mg_07*.txt"))[0].read_text(encoding="utf-8")


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    return at


def explain_text(at: AppTest, text: str) -> AppTest:
    at.text_area(key="report_text").set_value(text)
    at.button(key="report_go").click().run()
    assert not at.exception, at.exception
    return at


def upload(at: AppTest, name: str, data: bytes, mime: str) -> AppTest:
    at.file_uploader(key="report_file").set_value((name, data, mime)).run()
    at.button(key="report_go").click().run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [e.value for e in at.error] + [w.value for w in at.warning]
    parts += [str(m.value) for m in at.metric]
    return "\n".join(parts)


def test_paste_shows_the_reading() -> None:
    at = explain_text(fresh(), SAMPLE)
    assert not at.error
    values = {m.label: m.value for m in at.metric}
    assert values["BI-RADS category"] == "5"
    assert values["Breast density"] == "C"
    table = at.dataframe[0].value
    assert "calcifications" in set(table["finding"])
    linked = "\n".join(m.value for m in at.markdown)
    assert "](glossary?term=fine_linear)" in linked  # the plain-words section links glossary terms
    assert "](glossary?term=birads_5)" in linked or "](glossary?term=birads)" in linked


@pytest.mark.parametrize(("name", "mime", "builder"), [
    ("report.txt", "text/plain", lambda: SAMPLE.encode("utf-16")),
    ("report.pdf", "application/pdf", lambda: make_pdf([SAMPLE.splitlines()])),
    ("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     lambda: make_docx(SAMPLE.splitlines())),
], ids=["txt-utf16", "pdf", "docx"])
def test_upload_each_type(name: str, mime: str, builder) -> None:  # type: ignore[no-untyped-def]
    at = upload(fresh(), name, builder(), mime)
    assert not at.error, [e.value for e in at.error]
    assert {m.label: m.value for m in at.metric}["BI-RADS category"] == "5"


@pytest.mark.parametrize(("name", "data", "words"), [
    ("empty.txt", b"", "empty"),
    ("scan.pdf", make_image_only_pdf(), "scan"),
    ("broken.pdf", make_pdf([["FINDINGS: No mass."]])[:250], "damaged"),
    ("photo.txt", make_png(), "picture"),
    ("junk.txt", bytes(range(256)) * 50, "not"),
    ("locked.pdf", make_pdf([["FINDINGS: No mass."]], encrypt="secret"), "password"),
    ("huge.txt", b"No mass. " * (10 * 1024 * 1024 // 9 + 2), "10 mb"),
], ids=["empty", "scan", "truncated-pdf", "image-with-wrong-extension", "binary-junk", "encrypted-pdf", "oversize"])
def test_bad_file_gives_a_clear_message_and_the_app_keeps_working(name: str, data: bytes, words: str) -> None:
    at = upload(fresh(), name, data, "application/octet-stream")
    assert at.error, "expected an error message on screen"
    assert words in at.error[0].value.lower()
    assert "Traceback" not in shown(at)
    # The next request works: clear the upload and paste a report.
    at.file_uploader(key="report_file").set_value(None).run()
    at = explain_text(at, SAMPLE)
    assert not at.error
    assert {m.label: m.value for m in at.metric}["BI-RADS category"] == "5"


def test_empty_paste_says_so() -> None:
    at = explain_text(fresh(), "   ")
    assert at.error and "no text" in at.error[0].value.lower()


def test_non_report_text_is_flagged() -> None:
    at = explain_text(fresh(), "Chicken soup: simmer the onions for ten minutes, then add the stock.")
    assert any("no breast imaging terms" in w.value.lower() for w in at.warning)


def test_report_text_is_escaped() -> None:
    at = explain_text(fresh(), "FINDINGS: <script>alert(1)</script> No suspicious mass. BI-RADS 1.")
    html_blocks = [h.proto.body for h in at.get("html")]
    assert html_blocks and all("<script>" not in body for body in html_blocks)
    assert any("&lt;script&gt;" in body for body in html_blocks)
