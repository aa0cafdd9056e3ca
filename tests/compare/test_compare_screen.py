"""The Compare screen in AppTest, pasting or uploading both reports: a box with a file and pasted text asks
which to compare (never a silent choice), a press before an upload arrives is not lost, and its headings
carry no anchor links (no extra Tab stops)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.filegen import make_docx

APP = str(ROOT / "app.py")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OLDER_TEXT = "Date of Service: 03/01/2024\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Simple cyst, left breast. BI-RADS 2."
OLDER_FILE = ["Date of Service: 03/01/2024", "LEFT DIAGNOSTIC MAMMOGRAM",
              "IMPRESSION: Irregular mass, left breast 2 o'clock. BI-RADS 4C."]
NEWER = "Date of Service: 03/04/2025\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Simple cyst, left breast. BI-RADS 1."


def compare_screen() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    at.switch_page("screens/compare.py").run()
    assert not at.exception, at.exception
    assert at.radio(key="compare_source").value == "Paste or upload both"  # the history is empty
    return at


def said(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_a_file_and_pasted_text_in_one_box_are_never_silently_chosen() -> None:
    at = compare_screen()
    at.text_area(key="compare_prior_input_text").set_value(OLDER_TEXT)
    at.file_uploader(key="compare_prior_input_file").set_value(("older.docx", make_docx(OLDER_FILE), DOCX))
    at.text_area(key="compare_current_input_text").set_value(NEWER).run()
    assert at.radio(key="compare_prior_input_which").value is None  # the box asks, nothing chosen for the person
    at.button(key="compare_go").click().run()
    assert any("file or the pasted text" in w.value for w in at.warning)
    assert "What changed" not in [h.value for h in at.subheader]
    at.radio(key="compare_prior_input_which").set_value("The pasted text").run()
    at.button(key="compare_go").click().run()
    assert not at.exception and not at.error
    assert "4C" not in said(at) and "was 2 (benign)" in said(at)  # the pasted report, not the attached file
    at.radio(key="compare_prior_input_which").set_value("The file older.docx").run()
    at.button(key="compare_go").click().run()
    assert "was 4C" in said(at)


def test_a_compare_press_before_the_upload_arrives_compares_when_it_does() -> None:
    at = compare_screen()
    at.text_area(key="compare_prior_input_text").set_value(OLDER_TEXT).run()
    at.button(key="compare_go").click().run()  # the newer box's file is still on its way
    assert any(e.value.startswith("The newer report:") for e in at.error)
    at.file_uploader(key="compare_current_input_file").set_value(("newer.docx", make_docx(NEWER.splitlines()), DOCX)).run()
    assert not at.exception and not at.error
    assert "What changed" in [h.value for h in at.subheader]


def test_compare_headings_carry_no_anchor_links() -> None:
    at = compare_screen()
    at.text_area(key="compare_prior_input_text").set_value(OLDER_TEXT)
    at.text_area(key="compare_current_input_text").set_value(NEWER)
    at.button(key="compare_go").click().run()
    headings = [*at.title, *at.header, *at.subheader]
    assert "What changed" in [h.value for h in headings]
    assert all(h.proto.hide_anchor for h in headings), [h.value for h in headings if not h.proto.hide_anchor]
    assert all(m.proto.hide_anchors for m in at.markdown if re.match(r"#{1,6} ", m.value))
