"""The Suspicion grid page in AppTest: the selectbox path shows a cell's detail, ``?cell=`` deep links select
a cell, a bad link gives a clear message (never echoing hostile text), a report on screen puts marks on
the grid, and Unverified figures never appear. Widgets are found by key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from readingscan import analyze
from readingscan.grid.cbis import load_cells
from readingscan.grid.cells import grid
from readingscan.grid.evidence import FigureStatus, figures_for, load_figures
from tests.conftest import open_page

APP = str(Path(__file__).resolve().parents[2] / "app.py")
TIMEOUT = 60
REPORT = (
    "DIAGNOSTIC MAMMOGRAM\nFINDINGS: Left breast: grouped fine pleomorphic and amorphous calcifications at 2 o'clock. "
    "Right breast: possible punctate calcifications in a linear distribution. No suspicious calcifications in the "
    "right breast.\nIMPRESSION: Suspicious. BI-RADS 4B. Stereotactic biopsy is recommended."
)


@pytest.fixture
def grid_page() -> AppTest:
    return open_page("screens/grid.py", TIMEOUT)


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    parts += [w.value for w in at.warning] + [h.value for h in at.header] + [s.value for s in at.subheader]
    return "\n".join(parts)


def _specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def test_the_page_draws_the_grid_with_no_report(grid_page: AppTest) -> None:
    at = grid_page
    assert [t.value for t in at.title] == ["Suspicion grid"]
    specs = _specs(at)
    assert len(specs) == 2, "a wide and a narrow copy of the chart"
    for spec in specs:
        cells = spec["data"][0]
        assert cells["type"] == "scatter" and cells["marker"]["symbol"] == "square"
        assert sorted(cells["customdata"]) == sorted(grid())
        assert all(trace["type"] == "scatter" for trace in spec["data"]), "no heatmap: it returns no selection"
    assert "nothing is marked" in _texts(at)
    assert at.selectbox(key="grid_cell").value is None


def test_the_selectbox_shows_a_cells_detail(grid_page: AppTest) -> None:
    at = grid_page
    at.selectbox(key="grid_cell").set_value("fine_pleomorphic.grouped").run()
    assert not at.exception
    cell = grid()["fine_pleomorphic.grouped"]
    assert cell.name in [h.value for h in at.header]
    text = _texts(at)
    assert cell.sentence in text and "BI-RADS 4B" in text
    assert "Why this level" in text and "Published figures" in text
    assert cell.fallback and cell.fallback in text
    counts = load_cells()[cell.id]
    assert f"{counts.malignant} of {counts.lesions} lesions" in text and "95% interval" in text
    assert "not your risk" in text and "They are not your own risk" in text
    assert at.query_params["cell"] == "fine_pleomorphic.grouped", "the address holds the link to the square"
    assert any("fine_pleomorphic.grouped" in c.value for c in at.code)


def test_figures_for_the_exact_mix_show_with_their_sources(grid_page: AppTest) -> None:
    at = grid_page
    at.selectbox(key="grid_cell").set_value("amorphous.grouped").run()
    text = _texts(at)
    for figure in grid()["amorphous.grouped"].evidence:
        assert figure.text in text
    assert "7.0% (25/356)" in text and "Oligane" in text and "https://biomed.reviewer.ly" in text


@pytest.mark.parametrize("cell_id", ["fine_pleomorphic.linear", "amorphous.not_stated", "fine_linear.segmental"])
def test_unverified_figures_are_never_shown(grid_page: AppTest, cell_id: str) -> None:
    at = grid_page
    at.selectbox(key="grid_cell").set_value(cell_id).run()
    text = _texts(at)
    cell = grid()[cell_id]
    about = figures_for(load_figures(), cell.morphology, cell.distribution)
    shown_texts = {f.text for f in cell.evidence}
    unverified = [f for f in about if f.status is FigureStatus.UNVERIFIED]
    assert unverified, "this cell has figures we could not verify"
    for figure in unverified:
        assert figure.study not in text
        if figure.text not in shown_texts:  # Bent's "29%" is also the Atlas's verified "29%"
            assert figure.text not in text
    assert f"We hold {cell.unchecked} more published figure" in text


def test_a_deep_link_selects_the_cell(grid_page: AppTest) -> None:
    at = grid_page
    at.query_params["cell"] = "fine_linear.segmental"
    at.run()
    assert at.selectbox(key="grid_cell").value == "fine_linear.segmental"
    assert grid()["fine_linear.segmental"].name in [h.value for h in at.header]
    # A choice made afterwards wins over the link, and becomes the new link.
    at.selectbox(key="grid_cell").set_value("punctate.grouped").run()
    assert grid()["punctate.grouped"].name in [h.value for h in at.header]
    assert at.query_params["cell"] == "punctate.grouped"


def test_clicks_one_after_another_each_win(grid_page: AppTest) -> None:
    """A click on the chart sets the selectbox's state (its on_select callback); the address then follows."""
    at = grid_page
    for cell_id in ("amorphous.grouped", "fine_linear.segmental", "round.diffuse"):
        at.session_state["grid_cell"] = cell_id
        at.run()
        assert grid()[cell_id].name in [h.value for h in at.header]
        assert at.query_params["cell"] == cell_id


def test_a_deep_link_forgives_case_and_spaces(grid_page: AppTest) -> None:
    at = grid_page
    at.query_params["cell"] = " Fine_Pleomorphic.Grouped "
    at.run()
    assert at.selectbox(key="grid_cell").value == "fine_pleomorphic.grouped"
    assert not at.warning


def test_a_deep_link_from_a_fresh_session() -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.query_params["cell"] = "amorphous.not_stated"
    at.switch_page("screens/grid.py").run()
    assert grid()["amorphous.not_stated"].name in [h.value for h in at.header]


def test_a_bad_deep_link_says_so(grid_page: AppTest) -> None:
    at = grid_page
    at.query_params["cell"] = "fine_pleomorphic.clustered"
    at.run()
    assert not at.exception
    assert "`fine_pleomorphic.clustered` that the grid does not have" in at.warning[0].value
    assert "fine_pleomorphic.grouped" in at.warning[0].value, "the message shows what a good link looks like"
    assert at.selectbox(key="grid_cell").value is None


def test_a_hostile_deep_link_is_never_echoed(grid_page: AppTest) -> None:
    at = grid_page
    at.query_params["cell"] = "![x](https://tracker.example/p.png)"
    at.run()
    assert not at.exception
    assert "tracker" not in _texts(at)


def test_a_report_on_screen_puts_marks_on_the_grid(grid_page: AppTest) -> None:
    at = grid_page
    at.session_state[state.CURRENT] = analyze(REPORT)
    at.run()
    assert not at.exception
    assert "calcium findings are marked" in at.info[0].value and "hollow" in at.info[0].value
    for spec in _specs(at):
        names = [t.get("name", "") for t in spec["data"]]
        legend = [t["name"] for t in spec["data"] if t.get("showlegend", True) and t.get("name")]
        assert {"Left breast: your finding", "Right breast: your finding", "Hollow: the report says possible"} <= set(legend)
        assert "Both breasts: your finding" not in legend, "only the breasts the report marks"
        left = spec["data"][names.index("marks left")]
        assert sorted(left["customdata"]) == ["amorphous.grouped", "fine_pleomorphic.grouped"]
        assert left["marker"]["symbol"] == ["circle", "circle"]
        right = spec["data"][names.index("marks right")]
        assert right["customdata"] == ["punctate.linear"] and right["marker"]["symbol"] == ["diamond-open"]
    at.selectbox(key="grid_cell").set_value("punctate.linear").run()
    text = _texts(at)
    assert "In your report" in text and "right breast, possible" in text


def test_the_pictures_are_drawn(grid_page: AppTest) -> None:
    at = grid_page
    at.selectbox(key="grid_cell").set_value("fine_pleomorphic.segmental").run()
    images = [img for element in at.get("image") for img in element.proto.imgs]
    assert len(images) == 2 + 14 + 5, "the chosen pair, every shape, every pattern"
    assert all(img.url.startswith("data:image/svg+xml") for img in images)
    captions = [img.caption for img in images]
    assert captions[:2] == ["Shape: Fine pleomorphic", "Pattern: Segmental"]
