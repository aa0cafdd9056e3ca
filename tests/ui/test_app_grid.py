"""The Suspicion grid page in AppTest: the selectbox path shows a cell's detail, ``?cell=`` deep links select
a cell, a bad link gives a clear message (never echoing hostile text), a report on screen puts marks on
the grid, and Unverified figures never appear. Widgets are found by key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from readingscan import LEVELS, MORPHOLOGY_WORDS, Morphology, analyze, load_content
from readingscan.grid.cbis import load_cells
from readingscan.grid.cells import grid
from readingscan.grid.evidence import FigureStatus, figures_for, load_figures
from readingscan.grid.masses import mass_grid
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
    assert cell.sentence in text and "this look in BI-RADS 4B: moderate suspicion" in text
    assert "Why this level" in text and "Published figures (PPV)" in text
    assert cell.fallback and load_content().grid.no_figure in text
    counts = load_cells()[cell.id]
    assert f"{counts.malignant} of {counts.lesions} lesions" in text and "95% interval" in text
    assert "not anyone's own risk" in text and "They are not your own chance of cancer" in text
    assert at.query_params["cell"] == "fine_pleomorphic.grouped", "the address holds the link to the square"
    assert any("fine_pleomorphic.grouped" in c.value for c in at.code)


def test_figures_for_the_exact_mix_show_with_their_sources(grid_page: AppTest) -> None:
    at = grid_page
    at.selectbox(key="grid_cell").set_value("amorphous.grouped").run()
    text = _texts(at)
    for figure in grid()["amorphous.grouped"].evidence:
        assert figure.text in text
    assert "7.0% (25/356)" in text and "Oligane HC, Berg WA, Bandos AI, et al. Radiology 2018" in text


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


# Issue 17: research figures only in the clinicians' expander; primary sources; plain phone labels and a key
# for every abbreviation; text alternatives; no heading anchors; no grid section without calcifications.
CLINICIANS = "For clinicians: research figures"
# Hosts a figure was checked on (journal mirrors, abstract aggregators, repositories): never on screen.
_CHECKED_ON = re.compile(r"https?://|github|hl7\.org|scirp|reviewer\.ly|bohrium|scilit|scite|pure\.elsevier|pmc\.ncbi|thieme|springer")
SAMPLE_CELLS = ["fine_pleomorphic.grouped", "amorphous.grouped", "amorphous.regional", "round.grouped", "fine_linear.segmental",
                "vascular.not_stated", "punctate.diffuse", "coarse_heterogeneous.grouped"]


def _element_texts(elements: object) -> list[str]:
    node = elements
    parts = [m.value for m in node.markdown] + [c.value for c in node.caption] + [i.value for i in node.info]  # type: ignore[attr-defined]
    return parts + [h.value for h in node.header] + [s.value for s in node.subheader]  # type: ignore[attr-defined]


def _clinicians(at: AppTest) -> object:
    found = [e for e in at.expander if e.label == CLINICIANS]
    assert len(found) == 1, "one clinicians' expander in the cell's detail"
    return found[0]


@pytest.mark.parametrize("cell_id", SAMPLE_CELLS)
def test_research_figures_are_only_in_the_clinicians_expander(grid_page: AppTest, cell_id: str) -> None:
    at = grid_page
    at.session_state[state.CURRENT] = analyze(REPORT)
    at.selectbox(key="grid_cell").set_value(cell_id).run()
    inside = _element_texts(_clinicians(at))
    outside = [t for t in _element_texts(at) if t not in inside]
    assert not [t for t in outside if re.search(r"\d%", t)], "no percentage beside the person's square"
    assert not [t for t in outside if "PPV" in t or "CBIS" in t or "were cancer" in t]
    text = "\n".join(inside)
    assert "PPV (positive predictive value)" in text, "PPV is explained where it appears"
    assert "not your own chance of cancer" in text and "not anyone's own risk" in text
    assert "selected" not in text or "research set" in text
    counts = load_cells()[cell_id]
    if counts.lesions:
        assert f"{counts.malignant} of {counts.lesions} lesion" in text
    cell = grid()[cell_id]
    outside_text = "\n".join(outside)
    assert f"this look in BI-RADS {LEVELS[cell.level].category}: " in outside_text, "the person sees the Atlas level"


@pytest.mark.parametrize("cell_id", SAMPLE_CELLS)
def test_sources_on_screen_cite_the_primary_work(grid_page: AppTest, cell_id: str) -> None:
    at = grid_page
    at.selectbox(key="grid_cell").set_value(cell_id).run()
    text = _texts(at)
    assert not _CHECKED_ON.search(text), _CHECKED_ON.search(text)
    assert "ACR BI-RADS Atlas, Mammography, 5th ed., 2013" in text
    assert "Lee RS et al., Sci Data 2017" in text and "doi:10.1038/sdata.2017.177" in text
    for figure in grid()[cell_id].evidence:
        assert figure.citation in text
    assert load_content().grid.checked_in, "where each source was checked stays in the data"


def test_phone_labels_are_plain_words_and_the_key_names_every_abbreviation(grid_page: AppTest) -> None:
    at = grid_page
    narrow = _specs(at)[1]
    labels = list(narrow["layout"]["xaxis"]["ticktext"]) + [a["text"] for a in narrow["layout"].get("annotations", [])]
    labels += [t for trace in narrow["data"] if trace.get("mode") == "text" for t in trace["text"]]
    for label in labels:
        words = re.split(r"<br>|\s+", label)
        assert label != "None" and not any(w.endswith(".") for w in words), f"{label!r} needs a key to be read"
    for shape in Morphology:  # each row says the report's own term ("Fine pleomorphic (many shapes)")
        term = MORPHOLOGY_WORDS[shape].name.split(" (")[0]
        assert any(a["text"].startswith(term) for a in narrow["layout"]["annotations"]), term
    key = "\n".join(c.value for c in at.caption)
    assert "Breast Imaging Reporting and Data System" in key
    for level in LEVELS.values():
        assert level.label.lower() in key.lower() and level.category in key
    legend = [t["name"] for t in narrow["data"] if t.get("showlegend", True) and t.get("name")]
    assert "Moderate suspicion (BI-RADS 4B)" in legend


def test_pictures_chart_and_table_have_text_alternatives(grid_page: AppTest) -> None:
    at = grid_page
    at.session_state[state.CURRENT] = analyze(REPORT)
    at.selectbox(key="grid_cell").set_value("fine_pleomorphic.grouped").run()
    images = [img for element in at.get("image") for img in element.proto.imgs]
    assert len(images) == 21 and all(img.alt.startswith("Drawing of") for img in images)
    assert len({img.alt for img in images}) == 19, "each picture its own words (the chosen pair repeats two)"
    assert all(chart.proto.alt for chart in at.get("plotly_chart"))
    text = "\n".join(m.value for m in at.markdown)
    cell = grid()["fine_pleomorphic.grouped"]
    mine = ("Finding 1 (left breast, present): fine pleomorphic calcifications, pattern: grouped. This square is "
            f"moderate suspicion, usually BI-RADS 4B. {cell.sentence}")
    assert mine in text, "a screen reader reads the person's own square and what it means"
    table = at.table[0].value
    assert table.shape == (14, 6)
    assert table.loc["Fine pleomorphic", "Grouped"] == "Moderate suspicion (BI-RADS 4B); your finding 1, left breast"
    assert table.loc["Punctate", "Linear"].endswith("your finding 2, right breast")


def test_headings_have_no_anchor_links(grid_page: AppTest) -> None:
    at = grid_page
    at.session_state[state.CURRENT] = analyze(REPORT)
    at.selectbox(key="grid_cell").set_value("amorphous.grouped").run()
    headings = [*at.title, *at.header, *at.subheader]
    assert len(headings) >= 8
    assert all(h.proto.hide_anchor for h in headings), [h.value for h in headings if not h.proto.hide_anchor]
    assert not [m.value for m in at.markdown if m.value.lstrip().startswith("#") and not m.proto.hide_anchors]


def _explain_section(text: str) -> None:
    from components import grid as grid_component
    from readingscan import analyze as read

    grid_component.render_section(read(text), key="explain_grid")


def _section(text: str) -> AppTest:
    """The grid's part of the Explain screen (components/explanation.py calls render_section) for one report."""
    return AppTest.from_function(_explain_section, default_timeout=TIMEOUT, args=(text,)).run()


@pytest.mark.parametrize("text", [
    "BREAST ULTRASOUND\nFINDINGS: Right breast 10 o'clock simple cyst, 5 mm.\nIMPRESSION: BI-RADS 2.",
    "BREAST MRI\nFINDINGS: No suspicious enhancement in either breast.\nIMPRESSION: BI-RADS 1.",
    "MAMMOGRAM\nFINDINGS: No suspicious calcifications.\nIMPRESSION: BI-RADS 1.",
], ids=["ultrasound", "mri", "negated-calcifications"])
def test_no_grid_section_without_calcifications(text: str) -> None:
    at = _section(text)
    assert not at.exception
    assert not at.subheader and not at.get("plotly_chart") and not at.markdown


def test_calcifications_without_a_shape_are_not_called_absent() -> None:
    at = _section("MAMMOGRAM\nFINDINGS: Both breasts: calcifications seen.\nIMPRESSION: BI-RADS 2.")
    text = "\n".join(m.value for m in at.markdown)
    assert [s.value for s in at.subheader] == [load_content().grid.screen.section_title]
    assert "does not name their shape" in text and "#1" in text
    assert "no calcifications" not in text.lower()
    assert not at.get("plotly_chart")


def test_calcifications_with_a_shape_get_the_grid() -> None:
    at = _section(REPORT)
    assert not at.exception
    assert len(at.get("plotly_chart")) == 2 and at.selectbox(key="explain_grid_cell")


# Issue 15: the mass view (margin by shape), its deep links, its selectbox twin, the person's masses marked,
# research figures only in the clinicians' expander, and the choice of view as link state.
MASS_REPORT = (
    "DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\nFINDINGS: Left breast: irregular mass with spiculated margins at 2 o'clock. "
    "Right breast: possible oval circumscribed mass at 10 o'clock. No suspicious calcifications.\n"
    "IMPRESSION: Highly suggestive of malignancy. BI-RADS 5. Ultrasound-guided biopsy is recommended."
)


def _mass_view(at: AppTest) -> AppTest:
    at.radio(key="grid_view").set_value("masses").run()
    assert not at.exception
    return at


def test_the_view_choice_is_a_link(grid_page: AppTest) -> None:
    at = grid_page
    assert at.radio(key="grid_view").value == "calcifications"
    _mass_view(at)
    assert at.query_params["view"] == "masses"
    specs = _specs(at)
    assert len(specs) == 2 and sorted(specs[0]["data"][0]["customdata"]) == sorted(mass_grid())
    at.selectbox(key="mass_cell").set_value("irregular.spiculated").run()
    assert at.query_params["mass"] == "irregular.spiculated"
    at.radio(key="grid_view").set_value("calcifications").run()
    assert at.query_params["view"] == "calcifications" and "mass" not in at.query_params
    assert at.selectbox(key="grid_cell") is not None


def test_a_view_link_opens_the_mass_view() -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.query_params["view"] = "masses"
    at.switch_page("screens/grid.py").run()
    assert at.radio(key="grid_view").value == "masses"
    assert at.selectbox(key="mass_cell").value is None


@pytest.mark.parametrize(("link", "cell_id"), [
    ("irregular.spiculated", "irregular.spiculated"),
    (" Oval.Circumscribed ", "oval.circumscribed"),
    ("irregular.irregular", "irregular.not_circumscribed"),
    ("not_stated.angular", "not_stated.angular"),
])
def test_a_mass_deep_link_opens_the_square_in_a_fresh_session(link: str, cell_id: str) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.query_params["mass"] = link
    at.switch_page("screens/grid.py").run()
    assert not at.exception and not at.warning
    assert at.radio(key="grid_view").value == "masses"
    assert at.selectbox(key="mass_cell").value == cell_id
    assert mass_grid()[cell_id].name in [h.value for h in at.header]
    assert at.query_params["mass"] == cell_id and at.query_params["view"] == "masses"
    assert any(f"?mass={cell_id}" in c.value for c in at.code)


def test_a_bad_mass_link_says_so_and_a_hostile_one_is_never_echoed(grid_page: AppTest) -> None:
    at = grid_page
    at.query_params["mass"] = "lobulated.circumscribed"
    at.run()
    assert "`lobulated.circumscribed` that the mass grid does not have" in at.warning[0].value
    assert "oval.circumscribed" in at.warning[0].value
    at.query_params["mass"] = "![x](https://tracker.example/p.png)"
    at.run()
    assert not at.exception and "tracker" not in _texts(at)


def test_mass_clicks_and_the_selectbox_twin_each_win(grid_page: AppTest) -> None:
    """A click sets the selectbox's state (its on_select callback); the selectbox itself does the same."""
    at = _mass_view(grid_page)
    for cell_id in ("oval.indistinct", "irregular.not_stated", "round.circumscribed"):
        at.session_state["mass_cell"] = cell_id
        at.run()
        assert mass_grid()[cell_id].name in [h.value for h in at.header]
        assert at.query_params["mass"] == cell_id
    at.selectbox(key="mass_cell").set_value("oval.spiculated").run()
    assert mass_grid()["oval.spiculated"].name in [h.value for h in at.header]


def test_the_persons_masses_are_marked(grid_page: AppTest) -> None:
    at = grid_page
    at.session_state[state.CURRENT] = analyze(MASS_REPORT)
    at.run()
    assert at.radio(key="grid_view").value == "masses", "masses and no calcifications: the mass view opens"
    assert "masses are marked" in at.info[0].value
    for spec in _specs(at):
        names = [t.get("name", "") for t in spec["data"]]
        left = spec["data"][names.index("marks left")]
        assert left["customdata"] == ["irregular.spiculated"] and left["marker"]["symbol"] == ["circle"]
        right = spec["data"][names.index("marks right")]
        assert right["customdata"] == ["oval.circumscribed"] and right["marker"]["symbol"] == ["diamond-open"]
        legend = [t["name"] for t in spec["data"] if t.get("showlegend", True) and t.get("name")]
        assert {"Left breast: your finding", "Hollow: the report says possible", "High suspicion (BI-RADS 4C)"} <= set(legend)
        assert "Benign (BI-RADS 2)" not in legend, "only the levels this grid has"
    text = "\n".join(m.value for m in at.markdown)
    cell = mass_grid()["irregular.spiculated"]
    assert (f"Finding 1 (left breast, present): irregular mass, edge: spiculated. This square is high suspicion, "
            f"usually BI-RADS 4C. {cell.sentence}") in text
    table = at.table[0].value
    assert table.shape == (8, 4)
    assert table.loc["Spiculated", "Irregular"] == "High suspicion (BI-RADS 4C); your finding 1, left breast"
    assert table.loc["Margin not stated", "Shape not stated"] == "—"
    at.selectbox(key="mass_cell").set_value("oval.circumscribed").run()
    assert "right breast, possible" in _texts(at)


@pytest.mark.parametrize("cell_id", ["irregular.spiculated", "oval.circumscribed", "irregular.not_stated", "oval.angular"])
def test_mass_figures_are_only_in_the_clinicians_expander(grid_page: AppTest, cell_id: str) -> None:
    at = grid_page
    at.session_state[state.CURRENT] = analyze(MASS_REPORT)
    at.run()
    at.selectbox(key="mass_cell").set_value(cell_id).run()
    inside = _element_texts(_clinicians(at))
    outside = [t for t in _element_texts(at) if t not in inside]
    assert not [t for t in outside if re.search(r"\d%", t)], "no percentage beside the person's square"
    assert not [t for t in outside if "PPV" in t or "NPV" in t or "doi:" in t]
    text = "\n".join(inside)
    cell = mass_grid()[cell_id]
    assert "PPV (positive predictive value)" in text and "not your own chance of cancer" in text
    for figure in cell.evidence:
        assert figure.text in text and figure.citation in text
    assert not _CHECKED_ON.search("\n".join(_element_texts(at)))
    if cell.unchecked:
        assert f"We hold {cell.unchecked} more published figure" in text
    outside_text = "\n".join(outside)
    assert f"this look in BI-RADS {LEVELS[cell.level].category}: " in outside_text


def test_spiculated_figures_cite_liberman_and_hong(grid_page: AppTest) -> None:
    at = _mass_view(grid_page)
    at.selectbox(key="mass_cell").set_value("irregular.spiculated").run()
    text = "\n".join(_element_texts(_clinicians(at)))
    assert "**81%** — Mammography" in text and "doi:10.2214/ajr.171.1.9648759" in text
    assert "**86% (19/22)** — Ultrasound" in text and "doi:10.2214/ajr.184.4.01841260" in text
    assert "92%" not in text, "the Unverified Stavros figure is never shown"


def test_mass_view_headings_have_no_anchor_links(grid_page: AppTest) -> None:
    at = _mass_view(grid_page)
    at.selectbox(key="mass_cell").set_value("oval.indistinct").run()
    headings = [*at.title, *at.header, *at.subheader]
    assert len(headings) >= 5
    assert all(h.proto.hide_anchor for h in headings), [h.value for h in headings if not h.proto.hide_anchor]


def test_mass_phone_labels_are_plain_words(grid_page: AppTest) -> None:
    at = _mass_view(grid_page)
    narrow = _specs(at)[1]
    labels = list(narrow["layout"]["xaxis"]["ticktext"]) + [a["text"] for a in narrow["layout"].get("annotations", [])]
    assert len(narrow["layout"]["annotations"]) == 8, "each margin written above its row"
    for label in labels:
        assert label != "None" and not any(w.endswith(".") for w in re.split(r"<br>|\s+", label)), label
    key = "\n".join(c.value for c in at.caption)
    assert "Breast Imaging Reporting and Data System" in key and "angular an ultrasound word" in key
