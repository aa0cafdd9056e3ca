"""History and Compare in AppTest: add, reopen, delete, forget, export, import (a good file and bad
ones), the 50-entry cap, and comparing two reports from the history or pasted side by side."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from components import history as history_component
from readingscan import analyze
from readingscan.session.history import MAX_ENTRIES, export_history, new_entry
from tests.conftest import ROOT, capture_downloads

APP = str(ROOT / "app.py")
PATIENT = "Patient: Jane Q Marker\nMRN: 88812345\nDOB: 02/03/1961\n"
PRIOR = PATIENT + """EXAM: Diagnostic mammogram, left breast.
FINDINGS: Grouped amorphous calcifications in the left breast at 2 o'clock. The breasts are heterogeneously dense.
IMPRESSION: BI-RADS 4A. Stereotactic biopsy is recommended.
"""
CURRENT = PATIENT + """EXAM: Screening mammogram, both breasts.
FINDINGS: Grouped fine pleomorphic calcifications in the left breast at 2 o'clock. There is a 9 mm circumscribed
mass in the right breast at 10 o'clock. The breasts are heterogeneously dense.
IMPRESSION: BI-RADS 4B. Stereotactic biopsy is recommended.
"""


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception, at.exception
    return at


def explain(at: AppTest, text: str) -> AppTest:
    at.switch_page("screens/explain.py").run()
    at.text_area(key="report_text").set_value(text)
    at.button(key="report_go").click().run()
    assert not at.exception, at.exception
    return at


def open_history(at: AppTest) -> AppTest:
    at.switch_page("screens/history.py").run()
    assert not at.exception, at.exception
    return at


def entry_ids(at: AppTest) -> list[str]:
    """Entries as the page lists them, newest first (by their Reopen buttons)."""
    return [b.key.removeprefix("history_reopen_") for b in at.button if b.key and b.key.startswith("history_reopen_")]


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def two_explained() -> AppTest:
    return open_history(explain(explain(fresh(), PRIOR), CURRENT))


def test_each_explanation_is_added_with_a_redacted_preview() -> None:
    at = two_explained()
    assert len(entry_ids(at)) == 2
    text = markdown(at)
    assert "Diagnostic mammogram" in text and "BI-RADS 4A" in text
    assert "Screening mammogram" in text and "BI-RADS 4B" in text
    assert "2 findings" in text  # the newer report: calcifications and a mass
    assert "Marker" not in text and "88812345" not in text  # previews are redacted
    assert "Your history: 2 explanations" in [link.proto.label for link in at.sidebar.get("page_link")]


def test_the_same_report_twice_is_one_entry() -> None:
    at = open_history(explain(explain(fresh(), PRIOR), PRIOR))
    assert len(entry_ids(at)) == 1


def test_reopen_shows_the_full_explanation_without_uploading_again() -> None:
    at = two_explained()
    older = entry_ids(at)[1]
    at.button(key=f"history_reopen_{older}").click().run()
    assert not at.exception
    assert "#### BI-RADS 4A" in markdown(at)  # the older report's explanation, on the Explain screen
    assert at.text_area(key="report_text").value == ""  # nothing was pasted again


def test_delete_removes_one_entry() -> None:
    at = two_explained()
    newer, older = entry_ids(at)
    at.button(key=f"history_delete_{newer}").click().run()
    assert entry_ids(at) == [older]


def test_a_deleted_entry_can_be_put_back() -> None:
    at = two_explained()
    newer, older = entry_ids(at)
    at.button(key=f"history_delete_{newer}").click().run()
    assert entry_ids(at) == [older] and any("Deleted:" in i.value for i in at.info)
    at.button(key="history_undo").click().run()
    assert entry_ids(at) == [newer, older]  # back where it was
    assert not [b for b in at.button if b.key == "history_undo"]


def test_times_are_shown_in_the_persons_time_zone_when_known() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from readingscan import analyze
    from readingscan.session.history import new_entry, summarize

    entry = new_entry(analyze("IMPRESSION: Negative. BI-RADS 1."), datetime(2026, 3, 14, 23, 30, tzinfo=UTC))
    assert summarize(entry).created == "2026-03-14 23:30 UTC"
    assert summarize(entry, ZoneInfo("Asia/Hong_Kong")).created == "2026-03-15 07:30"


def test_forget_clears_everything_the_session_holds() -> None:
    at = two_explained()
    at.button(key="history_forget").click().run()
    assert not at.exception
    assert entry_ids(at) == []
    assert any("Everything this session held is gone" in s.value for s in at.success)
    held = repr(at.session_state)  # every key the session holds, widgets included
    assert "Marker" not in held and "amorphous" not in held and history_component.HISTORY not in held
    at.switch_page("screens/explain.py").run()
    assert at.text_area(key="report_text").value == ""
    assert "BI-RADS" not in markdown(at)


def test_the_cap_drops_the_oldest_with_a_notice() -> None:
    at = fresh()
    at.session_state[history_component.HISTORY] = tuple(  # already full: 50 short reports
        new_entry(analyze(f"FINDINGS: A {n} mm cyst in the left breast. IMPRESSION: BI-RADS 2.")) for n in range(1, MAX_ENTRIES + 1)
    )
    explain(at, PRIOR)
    assert any("keeps the last 50 explanations" in i.value for i in at.info)
    kept = at.session_state[history_component.HISTORY]
    assert len(kept) == MAX_ENTRIES
    assert "A 1 mm cyst" not in kept[0].report.text and "amorphous" in kept[-1].report.text


def test_export_all_is_redacted_and_imports_back_into_a_new_session(monkeypatch: pytest.MonkeyPatch) -> None:
    downloads = capture_downloads(monkeypatch)
    two_explained()
    data = downloads["readingscan-history.json"]
    exported = json.loads(data)
    assert len(exported["entries"]) == 2 and exported["redacted"] is True
    assert "Marker" not in data.decode() if isinstance(data, bytes) else "Marker" not in data
    # A new browser session imports the file and can reopen what it holds.
    at = open_history(fresh())
    at.file_uploader(key="history_import").set_value(("history.json", data.encode() if isinstance(data, str) else data,
                                                      "application/json")).run()
    at.button(key="history_import_go").click().run()
    assert not at.exception
    assert any("Imported 2 explanations" in s.value for s in at.success)
    ids = entry_ids(at)
    assert len(ids) == 2
    at.button(key=f"history_reopen_{ids[0]}").click().run()
    assert "#### BI-RADS 4B" in markdown(at)


def test_export_with_the_original_text_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    downloads = capture_downloads(monkeypatch)
    at = two_explained()
    at.toggle(key="history_include_text").set_value(True).run()
    data = downloads["readingscan-history.json"]
    text = data.decode() if isinstance(data, bytes) else data
    assert "Jane Q Marker" in text and json.loads(text)["redacted"] is False


def _bad_files() -> dict[str, bytes]:
    good = json.loads(export_history((new_entry(analyze(PRIOR)),)))
    tampered = json.loads(json.dumps(good))
    tampered["entries"][0]["text"] = tampered["entries"][0]["text"].replace("4A", "2")
    extra = json.loads(json.dumps(good))
    extra["entries"][0]["note"] = "hello"
    return {
        "not JSON": b"\x89PNG\r\n\x1a\n not json at all",
        "another JSON file": json.dumps({"name": "package", "version": "1.0"}).encode(),
        "tampered text": json.dumps(tampered).encode(),
        "unknown field": json.dumps(extra).encode(),
        "empty": b"",
    }


@pytest.mark.parametrize(("case", "expected"), [
    ("not JSON", "not a JSON file"), ("another JSON file", "not a ReadingScan history file"),
    ("tampered text", "changed after it was exported"), ("unknown field", "unexpected or missing fields"),
    ("empty", "not a JSON file"),
])
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(case: str, expected: str) -> None:
    at = open_history(explain(fresh(), CURRENT))
    before = entry_ids(at)
    at.file_uploader(key="history_import").set_value((f"{case}.json", _bad_files()[case], "application/json")).run()
    at.button(key="history_import_go").click().run()
    assert not at.exception
    assert any(expected in e.value for e in at.error), [e.value for e in at.error]
    assert entry_ids(at) == before


def test_compare_from_history() -> None:
    at = two_explained()
    at.switch_page("screens/compare.py").run()
    assert not at.exception
    text = markdown(at)
    assert "4A (low suspicion)" in text and "4B (moderate suspicion)" in text
    assert "stayed at C" in text
    assert ":blue-badge[New] New in this report: a mass in the right breast" in text
    assert ":orange-badge[Changed] The calcifications in the left breast" in text
    table = at.dataframe[0].value
    assert sorted(table["Change"]) == ["Changed", "New"]
    assert list(table.loc[table["Change"] == "Changed", "What differs"]) == ["shape"]
    assert at.get("plotly_chart"), "the grid with both reports' marks"


def test_compare_two_pasted_reports_and_a_bad_one() -> None:
    at = fresh()
    at.switch_page("screens/compare.py").run()
    assert at.radio(key="compare_source").value == "Paste or upload both"  # history is empty
    at.text_area(key="compare_prior_input_text").set_value("")
    at.text_area(key="compare_current_input_text").set_value(CURRENT)
    at.button(key="compare_go").click().run()
    assert any(e.value.startswith("The older report:") for e in at.error)
    at.text_area(key="compare_prior_input_text").set_value(PRIOR)
    at.button(key="compare_go").click().run()
    assert not at.error
    assert ":orange-badge[Changed]" in markdown(at)
    assert len(at.session_state[history_component.HISTORY]) == 2  # both are kept in the history too


def test_compare_puts_two_pasted_reports_in_exam_order() -> None:
    older = "Date of Service: 03/01/2024\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Probably benign mass. BI-RADS 3."
    newer = "Date of Service: 03/04/2025\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Stable benign mass. BI-RADS 2."
    at = fresh()
    at.switch_page("screens/compare.py").run()
    at.text_area(key="compare_prior_input_text").set_value(newer)  # entered the wrong way round
    at.text_area(key="compare_current_input_text").set_value(older)
    at.button(key="compare_go").click().run()
    assert not at.exception
    assert any("in order by the dates" in i.value and "2024-03-01" in i.value for i in at.info)
    assert any("was 3 (probably benign). Now it is 2 (benign)" in m.value for m in at.markdown)


def test_headings_have_no_anchor_links() -> None:
    """A heading's anchor link is a Tab stop before every button of the page."""
    at = open_history(fresh())
    headings = [(h.value, h.proto.hide_anchor) for h in (*at.title, *at.header, *at.subheader)]
    assert headings and all(hidden for _, hidden in headings), headings
