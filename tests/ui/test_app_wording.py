"""The Wording lab page in AppTest: hidden unless configured, the table of every entry and its filter, the
editor (an edit changes the figures and the patient's preview), and a corpus run. Widgets are found by key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components import team, wording_lab
from readingscan.glossary.entries import DEFAULT_FOLDER, load_glossary
from readingscan.glossary.runs import patient_page, read_reports
from readingscan.ingest.corpus import read_folder
from tests.conftest import REPORTS, ROOT, open_page

PAGE = "screens/wording_lab.py"
TIMEOUT = 60
OLD_QUICK = "Grouped means a few calcium specks sit close together in a small area."
NEW_QUICK = "Grouped means a handful of calcium specks sit near each other in one small spot."
WORDY_QUICK = ("Grouped signifies that numerous microscopic calcification particles are positioned in considerable "
               "proximity, concentrated within a particularly restricted anatomical territory.")


@pytest.fixture
def lab(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv(team.ENV_VAR, "1")
    return open_page(PAGE, timeout=TIMEOUT)


def _metric(at: AppTest, label: str) -> tuple[str, str | None]:
    metric = next(m for m in at.metric if m.label == label)
    return metric.value, metric.delta


def _frame(at: AppTest, column: str) -> pd.DataFrame:
    """The table on screen that has ``column`` (AppTest does not expose a dataframe's key)."""
    frames = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(frames) == 1
    return frames[0]


def _edit(at: AppTest, old: str, new: str, slug: str = "grouped") -> None:
    at.selectbox(key="wording_entry").set_value(slug).run()
    box = at.text_area(key="wording_text")
    assert old in box.value
    box.input(box.value.replace(old, new)).run()
    assert not at.exception


def test_hidden_unless_enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(team.ENV_VAR, raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGE)
    direct = AppTest.from_file(str(ROOT / PAGE), default_timeout=TIMEOUT).run()  # a visit to the file itself
    assert [i.value for i in direct.info] == ["This page is for the content team and is not enabled on this server."]
    assert not direct.dataframe and not direct.text_area


def test_enabled_by_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(team.ENV_VAR, raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets["team_tools"] = True
    at.run()
    at.switch_page(PAGE).run()
    assert [t.value for t in at.title] == ["Wording lab"] and not at.exception


def test_the_table_lists_every_entry(lab: AppTest) -> None:
    glossary = load_glossary()
    frame = _frame(lab, "Grade")
    assert sorted(frame["Slug"]) == sorted(glossary.entries)
    assert {"Grade", "Reading ease", "Words per sentence", "Long words %", "Jargon", "Lint"} <= set(frame.columns)
    assert (frame["Grade"] <= 8).all() and set(frame["Lint"]) == {"pass"}
    assert any(f"**{len(glossary)} of {len(glossary)} entries pass**" in m.value for m in lab.markdown)
    assert len(lab.get("plotly_chart")) == 1
    lab.checkbox(key="wording_only_failing").check().run()
    assert _frame(lab, "Grade").empty
    assert f"all {len(glossary)} pass" in lab.success[0].value


def test_the_filter_shows_the_entry_that_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "glossary"
    shutil.copytree(DEFAULT_FOLDER, folder)
    grouped = folder / "grouped.md"
    grouped.write_text(grouped.read_text(encoding="utf-8").replace(". ", ", and "), encoding="utf-8")
    monkeypatch.setattr(wording_lab, "FOLDER", folder)
    monkeypatch.setenv(team.ENV_VAR, "1")
    at = open_page(PAGE, timeout=TIMEOUT)
    total = len(load_glossary())
    assert any(f"**{total - 1} of {total} entries pass**" in m.value for m in at.markdown)
    at.checkbox(key="wording_only_failing").check().run()
    frame = _frame(at, "Grade")
    assert list(frame["Slug"]) == ["grouped"] and list(frame["Lint"]) == ["fail"]
    assert "reading grade" in frame["Problems"].iloc[0] and frame["Grade"].iloc[0] > 8


def test_an_edit_changes_the_figures_and_the_preview(lab: AppTest) -> None:
    lab.selectbox(key="wording_entry").set_value("grouped").run()
    assert lab.text_area(key="wording_text").value == (DEFAULT_FOLDER / "grouped.md").read_text(encoding="utf-8")
    grade, delta = _metric(lab, "Reading grade")
    assert not delta
    assert any(OLD_QUICK in i.value for i in lab.info), "the preview shows the quick answer as the glossary does"
    assert [h.value for h in lab.header] == ["Grouped calcifications"]

    _edit(lab, OLD_QUICK, WORDY_QUICK)
    new_grade, new_delta = _metric(lab, "Reading grade")
    assert float(new_grade) > float(grade) and new_delta.startswith("+")
    assert _metric(lab, "Long words")[1]
    assert any(WORDY_QUICK in i.value for i in lab.info) and not any(OLD_QUICK in i.value for i in lab.info)
    diff = lab.code[0].value
    assert f"-  {OLD_QUICK}" in diff and f"+  {WORDY_QUICK}" in diff

    box = lab.text_area(key="wording_text")
    box.input(box.value.replace("category: distribution", "category: nonsense")).run()
    assert "category 'nonsense' is not one of" in lab.error[0].value.replace("\\", "")
    assert not any(WORDY_QUICK in i.value for i in lab.info), "no preview of a text that is not an entry"
    lab.button(key="wording_reset").click().run()
    assert lab.text_area(key="wording_text").value == (DEFAULT_FOLDER / "grouped.md").read_text(encoding="utf-8")


def test_a_corpus_run_shows_the_changed_explanations(lab: AppTest) -> None:
    glossary = load_glossary()
    expected = sorted(r.name for r in read_reports(read_folder(REPORTS))
                      if r.report and "grouped" in patient_page(r.report, glossary).linked)
    _edit(lab, OLD_QUICK, NEW_QUICK)
    lab.button(key="wording_run").click().run()
    assert not lab.exception
    assert any(f"**{len(expected)} of 94 explanations change**" in m.value for m in lab.markdown)
    changed = _frame(lab, "Report")
    assert sorted(changed["Report"]) == expected
    assert sorted(lab.selectbox(key="wording_report").options) == expected
    diff = next(h.proto.body for h in lab.get("html") if "rs-diff" in h.proto.body)
    assert NEW_QUICK in diff and OLD_QUICK in diff
    assert len(lab.get("download_button")) == 2  # the edited .md and the run's CSV

    _edit(lab, NEW_QUICK, WORDY_QUICK)
    assert any("changed since this run" in w.value for w in lab.warning)


def test_headings_have_no_anchor_links(lab: AppTest) -> None:
    """A heading's anchor link is a Tab stop before the lab's tabs (the editor's preview has its own headings)."""
    headings = [(h.value, h.proto.hide_anchor) for h in (*lab.title, *lab.header, *lab.subheader)]
    assert headings and all(hidden for _, hidden in headings), headings
