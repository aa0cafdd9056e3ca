"""The Explain screen in AppTest: paste, upload each file type, each sample, empty input, a text that is
not a report and broken files (a clear message, and the app keeps working). Widgets are found by key."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from components.report_input import samples
from readingscan import analyze
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


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def unlinked_markdown(at: AppTest) -> str:
    """The screen's Markdown with glossary links reduced to their words."""
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", markdown(at))


def html_blocks(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def grade_shown(at: AppTest) -> float:
    caption = next(c.value for c in at.caption if c.value.startswith("Reading level of this explanation"))
    return float(re.search(r"grade (\d+(?:\.\d+)?)", caption).group(1))  # type: ignore[union-attr]


def test_paste_shows_the_explanation_in_order() -> None:
    at = explain_text(fresh(), SAMPLE)
    assert not at.error
    text = markdown(at)
    assert "#### BI-RADS 5: Highly suggestive of cancer" in text
    assert "Density C" in text
    headers = [h.value for h in at.subheader]
    order = ["Your result in short", "Breast density", "What the report describes",
             "Your calcifications on the suspicion grid", "Questions to ask your doctor"]
    assert [h for h in headers if h in order] == order
    assert "](glossary?term=fine_linear)" in text  # glossary terms are linked
    assert at.button(key="show_finding_0")  # a card per finding
    assert at.get("plotly_chart"), "the grid with the person's calcifications"
    assert grade_shown(at) <= 8


def test_a_finding_card_quotes_the_report_and_says_why() -> None:
    at = explain_text(fresh(), "LEFT BREAST: No suspicious calcifications. IMPRESSION: BI-RADS 1.")
    quotes = [b for b in html_blocks(at) if "rs-quote" in b]
    assert any("<mark>No</mark> suspicious calcifications" in q for q in quotes)
    assert any("read as not present because of" in c.value for c in at.caption)


def test_show_in_report_highlights_the_sentence() -> None:
    at = explain_text(fresh(), SAMPLE)
    at.button(key="show_finding_0").click().run()
    report_html = next(b for b in html_blocks(at) if "rs-report-text" in b)
    assert "class='rs-selected'" in report_html


@pytest.mark.parametrize(("name", "mime", "builder"), [
    ("report.txt", "text/plain", lambda: SAMPLE.encode("utf-16")),
    ("report.pdf", "application/pdf", lambda: make_pdf([SAMPLE.splitlines()])),
    ("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     lambda: make_docx(SAMPLE.splitlines())),
], ids=["txt-utf16", "pdf", "docx"])
def test_upload_each_type(name: str, mime: str, builder) -> None:  # type: ignore[no-untyped-def]
    at = upload(fresh(), name, builder(), mime)
    assert not at.error, [e.value for e in at.error]
    assert "#### BI-RADS 5" in markdown(at)


@pytest.mark.parametrize("title", list(samples()))
def test_each_sample_explains_at_grade_8_or_lower(title: str) -> None:
    at = fresh()
    at.selectbox(key="report_sample").set_value(title).run()
    at.button(key="report_sample_go").click().run()
    assert not at.exception and not at.error
    category = analyze(samples()[title]).assessment.overall
    assert category is not None and f"#### BI-RADS {category.value}" in markdown(at)
    assert grade_shown(at) <= 8
    assert at.get("download_button"), "downloads offered"


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
    assert "Traceback" not in markdown(at)
    at.file_uploader(key="report_file").set_value(None).run()
    at = explain_text(at, SAMPLE)
    assert not at.error
    assert "#### BI-RADS 5" in markdown(at)


def test_empty_paste_says_so() -> None:
    at = explain_text(fresh(), "   ")
    assert at.error and "no text" in at.error[0].value.lower()


def test_non_report_text_is_flagged() -> None:
    at = explain_text(fresh(), "Chicken soup: simmer the onions for ten minutes, then add the stock.")
    assert any("no breast imaging terms" in w.value.lower() for w in at.warning)
    assert not at.subheader or "Your result in short" not in [h.value for h in at.subheader]


def test_a_text_that_is_not_a_report_is_not_kept_in_history() -> None:
    at = explain_text(fresh(), "Chicken soup: simmer the onions for ten minutes, then add the stock.")
    kept = at.session_state.get("history_entries", ())
    assert len(kept) == 0
    at = explain_text(at, SAMPLE)
    assert len(at.session_state["history_entries"]) == 1  # a real report is kept


def test_no_category_is_said_plainly() -> None:
    at = explain_text(fresh(), "FINDINGS: Benign-appearing calcifications in both breasts.")
    unlinked = unlinked_markdown(at)
    assert "does not say a BI-RADS category" in unlinked
    assert any("No BI-RADS category is written" in w.value for w in at.warning)


def test_disagreeing_category_is_flagged() -> None:
    at = explain_text(fresh(), "FINDINGS: Grouped fine pleomorphic calcifications, left breast. BI-RADS 2: Benign.")
    assert any("disagree" in w.value for w in at.warning)


def test_report_text_is_escaped() -> None:
    at = explain_text(fresh(), "FINDINGS: <script>alert(1)</script> No suspicious mass. BI-RADS 1.")
    blocks = html_blocks(at)
    assert any("&lt;script&gt;" in body for body in blocks)
    for element in at.get("html"):  # our own focus script runs; the report's never does, nor reaches it
        body = element.proto.body
        assert "alert(1)" not in body if element.proto.unsafe_allow_javascript else "<script>" not in body


def test_reading_happens_once_per_input_in_this_session_only() -> None:
    from unittest import mock

    import components.state as state

    with mock.patch.object(state, "analyze", wraps=state.analyze) as spy:
        at = explain_text(fresh(), SAMPLE)
        at.button(key="report_go").click().run()  # the same text again
        assert spy.call_count == 1
        other = explain_text(fresh(), SAMPLE)  # another browser session reads it for itself
        assert spy.call_count == 2
    assert "#### BI-RADS 5" in markdown(other)


UNSURE = ("IMPRESSION:\n1. Right breast 12 mm complicated cyst. BI-RADS 3.\n2. Left breast possible asymmetry on one view.\n"
          "BI-RADS 0: additional imaging required.")


def test_categories_that_cannot_be_placed_are_shown_as_written_with_advice() -> None:
    at = explain_text(fresh(), UNSURE)
    unlinked = unlinked_markdown(at)
    assert "BI-RADS 0: Incomplete" in unlinked  # the overall: the most serious stated, 0 over 3
    assert "Right breast: BI-RADS 3" in unlinked
    notes = [w.value for w in at.warning if "which applies to which breast" in w.value]
    assert len(notes) == 1 and '"BI-RADS 0"' in notes[0]


def test_a_range_is_shown_as_a_range() -> None:
    at = explain_text(fresh(), "IMPRESSION: Indeterminate 9 mm mass, left breast 2 o'clock. BI-RADS 3-4.")
    unlinked = unlinked_markdown(at)
    assert "BI-RADS 4: Suspicious" in unlinked
    assert any("a range, BI-RADS 3 to 4" in w.value for w in at.warning)


def test_a_word_read_as_a_misspelling_is_shown_as_written() -> None:
    at = explain_text(fresh(), "FINDINGS: Grouped pleomorhpic calcificatons in the left breast. BI-RADS 4B.")
    captions = " ".join(c.value for c in at.caption)
    assert "'calcificatons'" in captions and "misspelling" in captions


def test_a_file_still_attached_never_silently_wins_over_pasted_text() -> None:
    at = upload(fresh(), "report.docx", make_docx(SAMPLE.splitlines()),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    first = markdown(at)
    assert "Your result in short" in [h.value for h in at.subheader] and "BI-RADS 2: Benign" not in first
    at.text_area(key="report_text").set_value("IMPRESSION: Simple cyst, right breast. BI-RADS 2.").run()
    at.button(key="report_go").click().run()
    assert any("file or the pasted text" in w.value for w in at.warning)  # asked, nothing chosen for the person
    at.radio(key="report_which").set_value("The pasted text").run()
    at.button(key="report_go").click().run()
    assert not at.exception and "BI-RADS 2: Benign" in markdown(at)


def test_a_refused_file_leaves_no_reading_status() -> None:
    at = upload(fresh(), "scan.pdf", bytes(range(256)) * 4096, "application/pdf")
    assert at.error and "does not contain readable text" in at.error[0].value
    assert [s.label for s in at.status] == ["Could not read this"]


def test_the_reports_own_next_step_is_at_the_top_as_written_and_in_plain_words() -> None:
    at = explain_text(fresh(), "FINDINGS: Irregular mass, left breast 2 o'clock.\n"
                               "IMPRESSION: Suspicious mass. BI-RADS 4B.\nRECOMMENDATION: Ultrasound-guided core biopsy.")
    blocks = [m.value for m in at.markdown]
    heading = blocks.index("**What your report says to do next**")
    assert blocks[heading + 1].replace("\\", "") == "> Ultrasound-guided core biopsy."  # escaped markup
    assert heading < next(i for i, b in enumerate(blocks) if b.startswith("The report gives"))  # before the advice


def test_no_next_step_in_the_report_is_said_plainly() -> None:
    at = explain_text(fresh(), "IMPRESSION: Benign calcifications. BI-RADS 2.")
    assert any("does not say what to do next" in m.value for m in at.markdown)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_press_before_the_upload_arrives_reads_the_file_when_it_does() -> None:
    # The browser lists a file before the server has it: a press then finds both boxes empty, and the run the
    # finished upload starts carries no press. That run must read the file (issue 17: one press is enough).
    at = fresh()
    at.button(key="report_go").click().run()
    assert at.error and "no text" in at.error[0].value.lower()  # the press arrived first
    at.file_uploader(key="report_file").set_value(("report.docx", make_docx(SAMPLE.splitlines()), DOCX)).run()
    assert not at.exception and not at.error
    assert "#### BI-RADS 5: Highly suggestive of cancer" in markdown(at)


def test_a_press_on_empty_boxes_never_fires_later_on_its_own() -> None:
    at = fresh()
    at.button(key="report_go").click().run()
    at.text_area(key="report_text").set_value(SAMPLE).run()  # the next run brings no file: the press is spent
    assert "Your result in short" not in [h.value for h in at.subheader]
    at.file_uploader(key="report_file").set_value(("report.docx", make_docx(SAMPLE.splitlines()), DOCX)).run()
    assert "Your result in short" not in [h.value for h in at.subheader]


def test_headings_carry_no_anchor_links() -> None:
    # A heading's anchor link is one more stop for the Tab key on the way to the result (issue 17).
    at = explain_text(fresh(), SAMPLE)
    at.button(key="show_finding_0").click().run()
    headings = [*at.title, *at.header, *at.subheader]
    assert len(headings) >= 5 and all(h.proto.hide_anchor for h in headings), [h.value for h in headings if not h.proto.hide_anchor]
    markdown_headings = [m for m in at.markdown if re.match(r"#{1,6} ", m.value)]
    assert markdown_headings and all(m.proto.hide_anchors for m in markdown_headings)


def test_the_reading_grade_counts_only_what_the_screen_shows() -> None:
    from dataclasses import replace
    from unittest import mock

    import components.explanation as explanation

    benign = "IMPRESSION: Benign calcifications. BI-RADS 2."  # no step of its own: the screen says so instead
    grade = grade_shown(explain_text(fresh(), benign))
    unshown = ("Notwithstanding multitudinous heterogeneously characterised considerations, administratively "
               "institutionalised reinvestigations necessitate comprehensive interdisciplinary deliberation.")
    real = explanation.explain
    with mock.patch.object(explanation, "explain", lambda report: replace(real(report), next_steps=(unshown,))):
        at = explain_text(fresh(), benign)
    assert not any("Notwithstanding" in e.value for e in [*at.markdown, *at.caption, *at.warning])  # not shown
    assert grade_shown(at) == grade  # so not measured either


def test_a_press_whose_run_is_cut_short_is_answered_by_the_next_run() -> None:
    # On a busy server the finished upload's run can stop the press's run before it answers; the next run
    # carries no press of its own (the browser sends a press once), yet must still answer this one.
    from unittest import mock

    from streamlit.runtime.scriptrunner_utils.exceptions import RerunException
    from streamlit.runtime.scriptrunner_utils.script_requests import RerunData

    import components.state as state

    at = fresh()
    at.text_area(key="report_text").set_value(SAMPLE)
    next_run = RerunData(widget_states=at._tree.get_widget_states())  # the boxes as they are, and no press
    real, calls = state.read_once, []

    def cut_short(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 1:
            raise RerunException(next_run)  # what Streamlit raises inside a run that a newer one replaces
        return real(*args, **kwargs)

    with mock.patch.object(state, "read_once", cut_short):
        at.button(key="report_go").click().run()
    assert not at.exception and len(calls) == 2
    assert "#### BI-RADS 5: Highly suggestive of cancer" in markdown(at)
    at.text_area(key="report_text").set_value("").run()
    assert "#### BI-RADS 5" in markdown(at) and not at.error  # answered once: the press is not kept for later


def test_an_mri_or_ultrasound_report_gets_no_missing_density_card() -> None:
    mri = explain_text(fresh(), "BILATERAL BREAST MRI WITH AND WITHOUT CONTRAST. FINDINGS: Scattered fibroglandular "
                                "tissue. Minimal background parenchymal enhancement. No suspicious enhancement. "
                                "IMPRESSION: BI-RADS 1.")
    assert not [h for h in mri.subheader if h.value == "Breast density"]
    mammogram = explain_text(fresh(), "BILATERAL SCREENING MAMMOGRAM. FINDINGS: No suspicious mass. IMPRESSION: BI-RADS 1.")
    assert [h for h in mammogram.subheader if h.value == "Breast density"]


def test_a_report_with_a_described_mass_shows_it_on_the_mass_grid_in_words() -> None:
    at = explain_text(fresh(), "LEFT DIAGNOSTIC MAMMOGRAM. FINDINGS: Irregular mass with spiculated margins at "
                               "2 o'clock, 12 mm. IMPRESSION: BI-RADS 5.")
    text = markdown(at)
    assert "Your masses on the grid" in text and "spiculated" in text.split("Your masses on the grid")[1]
    links = list(at.get("page_link"))
    assert any("mass grid" in str(link.proto.label) for link in links), [str(link.proto.label) for link in links]
    no_mass = explain_text(fresh(), "BILATERAL SCREENING MAMMOGRAM. FINDINGS: No suspicious mass. IMPRESSION: BI-RADS 1.")
    assert "Your masses on the grid" not in markdown(no_mass)
