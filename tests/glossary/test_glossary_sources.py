"""Issue 17: a glossary entry's sources on screen name the primary work (the Atlas by edition and year, a
paper by its authors, title, journal, year and DOI), never the path by which a figure was checked (a table
reproduced on a journal mirror, a repository of FHIR tooling). That path stays in the file as the source's
``checked_via``, which the parser keeps and the screen never shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from readingscan import load_glossary
from readingscan.glossary.entries import DEFAULT_FOLDER, GlossaryError, front_matter_problems, parse_entry
from readingscan.glossary.lint import check_file, lint_glossary
from readingscan.glossary.sources import MARKERS_FILE, Source, path_markers, paths_in
from tests.conftest import open_page
from tests.glossary.test_glossary import write_entry

FILES = sorted(DEFAULT_FOLDER.glob("*.md"))
IDS = [path.stem for path in FILES]
# How each kind of primary work is cited on screen.
ATLAS = "ACR BI-RADS Atlas, 5th ed. (2013)"
DOI = re.compile(r"\bdoi:10\.\d{4,9}/\S+")
# The ways a figure was checked that the issue names, each as it was written in an entry's citation.
CHECKED_ON = [
    "ACR BI-RADS Atlas, 5th ed. (2013), assessment categories 0-6 (Atlas table as reproduced at html.scirp.org; "
    "management wording via ejrnm.springeropen.com and Gjoll BiRadsAssessmentCategoriesCS.cs)",
    "ACR BI-RADS Atlas, 5th ed. (2013), Mammography: calcification descriptors (Atlas text as quoted in the HL7 "
    "FHIR Breast Radiology IG tooling)",
    "Iwase et al. Breast Cancer 2016 (as quoted in Oligane HC et al. Radiology 2018, via scite.ai)",
    "UK Age trial (PMC2978129)",
    "Sprague BL et al. J Natl Cancer Inst 2014, https://doi.org/10.1093/jnci/dju255",
    "Atlas text, see www.example.com",
    "Atlas text from github.com/someone/breast-tools",
]
PRIMARY = [
    "American College of Radiology. ACR BI-RADS Atlas, 5th ed. (2013): assessment categories 0-6",
    "Sprague BL, Gangnon RE, Burt V, et al. Prevalence of mammographically dense breasts in the United States. "
    "J Natl Cancer Inst 2014. doi:10.1093/jnci/dju255",
    "Burnside ES, Sisney GA, Rubin DL, Ochsner JE, Fowler K. The ability of microcalcification descriptors in the "
    "BI-RADS 4th edition to stratify the risk of malignancy. RSNA Scientific Assembly 2005, abstract SSE01-01",
]
VIA = "Atlas table as reproduced at html.scirp.org/file/_6-2060219_2.htm (V-secondary)"


# ------------------------------------------------------------------ every entry of the glossary


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_shown_citation_names_the_work_not_where_it_was_checked(path: Path) -> None:
    entry = parse_entry(path.read_text(encoding="utf-8"), path)
    shown = {source.citation: paths_in(source.citation) for source in entry.sources}
    assert {citation: found for citation, found in shown.items() if found} == {}
    assert [p for p in check_file(path, {f.stem for f in FILES}) if "names where it was checked" in p] == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_atlas_is_cited_by_edition_and_year_and_a_paper_by_its_title_year_and_doi(path: Path) -> None:
    for source in parse_entry(path.read_text(encoding="utf-8"), path).sources:
        if "Atlas" in source.citation:
            assert source.citation.startswith(f"American College of Radiology. {ATLAS}"), source.citation
        else:
            # Authors (or the trial's name), then the title ending in "." or "?", then the journal or meeting.
            assert re.match(r"[A-Z][\w'-]+ [A-Z]", source.citation), source.citation
            assert re.search(r"\b(19|20)\d\d\b", source.citation), source.citation
            assert len(re.findall(r"[.?] ", source.citation)) >= 2, f"no title: {source.citation}"


def test_the_papers_that_have_a_doi_show_it() -> None:
    shown = {s.citation for e in load_glossary() for s in e.sources if "Atlas" not in s.citation}
    with_doi = [c for c in shown if DOI.search(c)]
    # Two papers' DOIs are not yet confirmed (Oligane 2018, Kim J 2018) and an RSNA abstract has none;
    # each says so in its checked_via.
    assert len(with_doi) >= len(shown) - 3, sorted(shown - set(with_doi))
    without = [s for e in load_glossary() for s in e.sources if "Atlas" not in s.citation and not DOI.search(s.citation)]
    assert without and all("DOI" in s.checked_via for s in without), without


def test_the_verification_path_is_kept_in_the_data_for_every_source_that_had_one() -> None:
    """The 82 entries that showed a path keep it, out of sight, under checked_via."""
    glossary = load_glossary()
    kept = [s.checked_via for e in glossary for s in e.sources if s.checked_via]
    assert sum(1 for e in glossary if any(s.checked_via for s in e.sources)) >= 82
    assert any("html.scirp.org" in via for via in kept) and any("Gjoll" in via for via in kept)
    assert any("FHIR" in via for via in kept) and any("springeropen" in via for via in kept)
    assert all(not paths_in(s.citation) for e in glossary for s in e.sources)


# ------------------------------------------------------------------ the lint and the parser


@pytest.mark.parametrize("citation", CHECKED_ON, ids=["scirp", "fhir", "scite", "pmc", "doi-url", "www", "github"])
def test_the_lint_flags_a_citation_that_names_where_it_was_checked(tmp_path: Path, citation: str) -> None:
    write_entry(tmp_path, "calcification", sources=[{"citation": citation, "figures": []}])
    assert paths_in(citation)
    flagged = [p for p in lint_glossary(tmp_path) if "calcification.md: source 1's citation names where it was checked" in p]
    assert flagged, lint_glossary(tmp_path)


@pytest.mark.parametrize("citation", PRIMARY, ids=["atlas", "paper-doi", "abstract"])
def test_the_lint_accepts_the_primary_work_with_the_path_under_checked_via(tmp_path: Path, citation: str) -> None:
    write_entry(tmp_path, "calcification", sources=[{"citation": citation, "checked_via": VIA, "figures": []}])
    assert paths_in(citation) == []
    assert [p for p in lint_glossary(tmp_path) if "calcification.md: source" in p] == []


def test_the_parser_keeps_checked_via_apart_from_the_citation(tmp_path: Path) -> None:
    path = write_entry(tmp_path, "calcification",
                       sources=[{"citation": PRIMARY[0], "checked_via": f"  {VIA} ", "figures": [2, "95"]},
                                {"citation": PRIMARY[1]}])
    entry = parse_entry(path.read_text(encoding="utf-8"), path)
    assert entry.sources == (Source(PRIMARY[0], ("2", "95"), VIA), Source(PRIMARY[1], (), ""))


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"citation": PRIMARY[0], "checked_in": VIA}, "source 1: unknown key 'checked_in'"),
        ({"citation": PRIMARY[0], "checked_via": ""}, "source 1: 'checked_via' must be non-empty text"),
        ({"citation": PRIMARY[0], "checked_via": ["html.scirp.org"]}, "source 1: 'checked_via' must be non-empty text"),
        ({"checked_via": VIA}, "source 1 needs a 'citation'"),
    ],
    ids=["unknown-key", "empty", "not-text", "no-citation"],
)
def test_the_parser_refuses_a_malformed_source(tmp_path: Path, source: dict[str, object], message: str) -> None:
    path = write_entry(tmp_path, "calcification", sources=[source])
    with pytest.raises(GlossaryError, match=re.escape(message)):
        parse_entry(path.read_text(encoding="utf-8"), path)
    data = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert message in "; ".join(front_matter_problems(data))


def test_the_markers_are_data_and_a_bad_file_is_refused(tmp_path: Path) -> None:
    markers = path_markers()
    assert MARKERS_FILE.suffix == ".yaml" and {"http", "www.", ".org/", "github", "html.", "springeropen", "fhir",
                                                "gjoll"} <= set(markers)
    bad = tmp_path / "shown_citation.yaml"
    bad.write_text("path_markers: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="non-empty list"):
        path_markers(bad)
    bad.write_text("path_markers: [http]\nextra: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected exactly"):
        path_markers(bad)
    assert paths_in("Some Paper. J Med 2020. doi:10.1/x", ("fhir",)) == []


# ------------------------------------------------------------------ the screen


def test_the_term_page_shows_the_primary_work_and_never_the_checking_path() -> None:
    entry = load_glossary().get("birads_4b")
    assert entry is not None and all(s.checked_via for s in entry.sources)
    at = open_page("screens/glossary.py")
    at.query_params["term"] = entry.slug
    at.run()
    assert not at.exception
    texts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    for source in entry.sources:
        assert any(source.citation in text for text in texts)
        assert not [text for text in texts if source.checked_via in text]
    listed = [text for text in texts if text.startswith("- ") and entry.sources[0].citation in text]
    assert len(listed) == 1 and paths_in(listed[0]) == [], listed
