"""The Suspicion grid in a real browser: click a cell of the Plotly chart and see its detail; open a
``?cell=`` deep link in a fresh context; the report's marks in light and dark theme and at phone width,
with screenshots to look at (grid_*.png in the shots folder); axe-core finds no critical or serious
violation in the page's content with a cell and its clinicians' figures open (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from components.grid_chart import NARROW, WIDE, row_y, y_range
from components.grid_mass_chart import mass_row_y, mass_y_range
from readingscan.grid.cells import DISTRIBUTIONS, grid
from readingscan.grid.masses import MASS_MARGINS, MASS_SHAPES, mass_grid
from readingscan.model import Morphology

pytestmark = pytest.mark.browser

REPORT = (
    "DIAGNOSTIC MAMMOGRAM\nFINDINGS: Left breast: grouped fine pleomorphic and amorphous calcifications at 2 o'clock. "
    "Right breast: possible punctate calcifications in a linear distribution. Benign vascular calcifications "
    "bilaterally. No suspicious calcifications in the right breast.\n"
    "IMPRESSION: Suspicious. BI-RADS 4B. Stereotactic biopsy is recommended."
)
PHONE = {"width": 390, "height": 844}
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        "resultTypes": ["violations"]}


def _heading(page: Any, cell_id: str) -> Any:
    return page.get_by_role("heading", name=grid()[cell_id].name, exact=True)


def _click_cell(page: Any, variant: str, cell_id: str) -> None:
    """Click the middle of a cell: the plot area spans 6 columns, and rows at grid_chart's row_y (on a phone
    a label band sits above each row). Playwright scrolls the point into view first."""
    area = page.locator(f".st-key-grid_{variant} .js-plotly-plot .nsewdrag").first
    expect(area).to_be_visible()
    box = area.bounding_box()
    cell = grid()[cell_id]
    column, row = DISTRIBUTIONS.index(cell.distribution), list(Morphology).index(cell.morphology)
    shape = NARROW if variant == "narrow" else WIDE
    bottom, top = y_range(shape)
    area.click(position={"x": (column + 0.5) / 6 * box["width"], "y": (row_y(row, shape) - top) / (bottom - top) * box["height"]})


def test_clicking_a_cell_shows_its_detail(page: Any, app_url: str) -> None:
    page.goto(f"{app_url}/grid")
    expect(page.get_by_role("heading", name="Suspicion grid")).to_be_visible()
    _click_cell(page, "wide", "amorphous.grouped")
    expect(_heading(page, "amorphous.grouped")).to_be_visible()
    expect(page.get_by_text(grid()["amorphous.grouped"].sentence)).to_be_visible()
    expect(page).to_have_url(re.compile(r"/grid\?view=calcifications&cell=amorphous\.grouped$"))
    _click_cell(page, "wide", "fine_linear.segmental")  # a second click moves the selection
    expect(_heading(page, "fine_linear.segmental")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/grid\?view=calcifications&cell=fine_linear\.segmental$"))


def test_a_deep_link_opens_the_cell_in_a_fresh_context(browser: Any, app_url: str, shots_dir: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 2200})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/grid?cell=fine_pleomorphic.grouped")
        expect(_heading(page, "fine_pleomorphic.grouped")).to_be_visible()
        expect(page.get_by_text("Moderate suspicion", exact=True)).to_be_visible()
        expect(page.get_by_text("In a research image set")).to_be_hidden()  # folded, for clinicians
        page.get_by_text("For clinicians: research figures").click()
        expect(page.get_by_text("In a research image set (CBIS-DDSM)")).to_be_visible()
        expect(page.get_by_text("PPV (positive predictive value)")).to_be_visible()
        expect(page.get_by_text("?cell=fine_pleomorphic.grouped")).to_be_visible()
        page.screenshot(path=str(shots_dir / "grid_deep_link.png"))
    finally:
        context.close()


def _show_top_of(element: Any) -> None:
    """Scroll Streamlit's scrolling container so the element's top sits just under the fixed header."""
    element.evaluate(
        """e => { e.scrollIntoView({block: 'start'});
                  let box = e.parentElement;
                  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
                  if (box) box.scrollBy(0, -70); }"""
    )


def _with_report(browser: Any, app_url: str, report: str = REPORT, marked: str = "calcium findings are marked",
                 category: str = "4B", **context_options: Any) -> tuple[Any, Any]:
    """A context whose session has read ``report``, now on the grid page (reached in-app: a new page load
    would start a new session without the report)."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(app_url)
    page.get_by_label("Paste the text of your report").fill(report)
    page.get_by_role("button", name="Explain my report").click()
    # Leave the page only once its run has finished and shows the reading (the category it read): a page
    # switch stops a run that is still going.
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]')?.dataset.testScriptState === 'notRunning'"
        f" && document.querySelector('[data-testid=stMain]')?.innerText.includes('{category}')"
    )
    phone = context_options.get("viewport", {}).get("width", 1280) < 640
    if phone:
        page.get_by_test_id("stExpandSidebarButton").click()
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Suspicion grid").click()
    expect(page.get_by_text(marked)).to_be_visible()
    if phone:  # on a phone the open sidebar covers the page
        page.get_by_test_id("stSidebarCollapseButton").click()
        expect(page.get_by_test_id("stSidebarNav")).not_to_be_in_viewport()
    return context, page


@pytest.mark.parametrize(("name", "options", "variant"), [
    ("light", {"viewport": {"width": 1280, "height": 1500}, "color_scheme": "light"}, "wide"),
    ("dark", {"viewport": {"width": 1280, "height": 1500}, "color_scheme": "dark"}, "wide"),
    ("phone", {"viewport": PHONE, "color_scheme": "light", "is_mobile": True, "has_touch": True}, "narrow"),
    ("phone_dark", {"viewport": PHONE, "color_scheme": "dark", "is_mobile": True, "has_touch": True}, "narrow"),
])
def test_marks_on_the_grid(browser: Any, app_url: str, shots_dir: Path, name: str, options: dict, variant: str) -> None:
    context, page = _with_report(browser, app_url, **options)
    try:
        other = "narrow" if variant == "wide" else "wide"
        chart = page.locator(f".st-key-grid_{variant}")
        expect(chart).to_be_visible()
        expect(page.locator(f".st-key-grid_{other}")).to_be_hidden()
        for legend in ("Left breast: your finding", "Right breast: your finding", "Both breasts: your finding",
                       "Hollow: the report says possible"):
            expect(chart.get_by_text(legend)).to_be_visible()
        _show_top_of(chart)
        page.screenshot(path=str(shots_dir / f"grid_marks_{name}.png"))
        _click_cell(page, variant, "punctate.linear")
        expect(_heading(page, "punctate.linear")).to_be_visible()
        expect(page.locator(".st-key-grid_detail").get_by_text("right breast, possible")).to_be_visible()
        page.get_by_text("For clinicians: research figures").click()
        expect(page.get_by_text("PPV (positive predictive value)")).to_be_visible()
        found = Axe().run(page, context={"include": [["[data-testid=stMain]"]]}, options=WCAG).response["violations"]
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in found if v["impact"] in ("critical", "serious")]
        assert not bad, bad
        # Streamlit scrolls an inner element, so a full-page shot holds one window: make the window tall.
        page.set_viewport_size({"width": options["viewport"]["width"], "height": 3200})
        _show_top_of(page.locator(".st-key-grid_detail"))
        page.screenshot(path=str(shots_dir / f"grid_detail_{name}.png"))
    finally:
        context.close()


# Issue 15: the mass view, reached by the view choice and by its own link, in light and dark and on a phone.
MASS_REPORT = (
    "DIAGNOSTIC MAMMOGRAM AND ULTRASOUND\nFINDINGS: Left breast: irregular mass with spiculated margins at 2 o'clock. "
    "Right breast: possible oval circumscribed mass at 10 o'clock. No suspicious calcifications.\n"
    "IMPRESSION: Highly suggestive of malignancy. BI-RADS 5. Ultrasound-guided biopsy is recommended."
)


def _click_mass_cell(page: Any, variant: str, cell_id: str) -> None:
    """Click the middle of a mass cell: 4 shape columns, rows at grid_mass_chart's mass_row_y."""
    area = page.locator(f".st-key-mass_{variant} .js-plotly-plot .nsewdrag").first
    expect(area).to_be_visible()
    box = area.bounding_box()
    cell = mass_grid()[cell_id]
    column, row = MASS_SHAPES.index(cell.shape), MASS_MARGINS.index(cell.margin)
    shape = NARROW if variant == "narrow" else WIDE
    bottom, top = mass_y_range(shape)
    area.click(position={"x": (column + 0.5) / 4 * box["width"],
                         "y": (mass_row_y(row, shape) - top) / (bottom - top) * box["height"]})


def test_the_view_choice_and_a_mass_link(page: Any, app_url: str) -> None:
    page.goto(f"{app_url}/grid")
    page.get_by_text("Masses (margin by shape)").click()
    expect(page).to_have_url(re.compile(r"/grid\?view=masses$"))
    _click_mass_cell(page, "wide", "oval.indistinct")
    expect(page.get_by_role("heading", name=mass_grid()["oval.indistinct"].name, exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"mass=oval\.indistinct"))
    page.goto(f"{app_url}/grid?mass=irregular.spiculated")
    expect(page.get_by_role("heading", name=mass_grid()["irregular.spiculated"].name, exact=True)).to_be_visible()
    expect(page.get_by_text("Published figures (PPV, NPV)")).to_be_hidden()  # folded, for clinicians


@pytest.mark.parametrize(("name", "options", "variant"), [
    ("light", {"viewport": {"width": 1280, "height": 1500}, "color_scheme": "light"}, "wide"),
    ("dark", {"viewport": {"width": 1280, "height": 1500}, "color_scheme": "dark"}, "wide"),
    ("phone", {"viewport": PHONE, "color_scheme": "light", "is_mobile": True, "has_touch": True}, "narrow"),
    ("phone_dark", {"viewport": PHONE, "color_scheme": "dark", "is_mobile": True, "has_touch": True}, "narrow"),
])
def test_masses_on_the_grid(browser: Any, app_url: str, shots_dir: Path, name: str, options: dict, variant: str) -> None:
    context, page = _with_report(browser, app_url, MASS_REPORT, "masses are marked", "BI-RADS 5", **options)
    try:
        chart = page.locator(f".st-key-mass_{variant}")
        expect(chart).to_be_visible()
        expect(page.locator(f".st-key-mass_{'narrow' if variant == 'wide' else 'wide'}")).to_be_hidden()
        for legend in ("Left breast: your finding", "Right breast: your finding", "Hollow: the report says possible"):
            expect(chart.get_by_text(legend)).to_be_visible()
        _show_top_of(chart)
        page.screenshot(path=str(shots_dir / f"grid_masses_{name}.png"))
        _click_mass_cell(page, variant, "irregular.spiculated")
        expect(page.get_by_role("heading", name=mass_grid()["irregular.spiculated"].name, exact=True)).to_be_visible()
        expect(page.locator(".st-key-mass_detail").get_by_text("left breast, present")).to_be_visible()
        page.get_by_text("For clinicians: research figures").click()
        expect(page.get_by_text("Published figures (PPV, NPV)")).to_be_visible()
        found = Axe().run(page, context={"include": [["[data-testid=stMain]"]]}, options=WCAG).response["violations"]
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in found if v["impact"] in ("critical", "serious")]
        assert not bad, bad
        page.set_viewport_size({"width": options["viewport"]["width"], "height": 3200})
        _show_top_of(page.locator(".st-key-mass_detail"))
        page.screenshot(path=str(shots_dir / f"grid_masses_detail_{name}.png"))
    finally:
        context.close()
