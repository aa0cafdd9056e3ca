"""The section splitter on its own (sections.split_sections, breast_headers, section_at): where a report's
titles are, what is a title and what is only a word starting a sentence, and how far a breast sub-header
reaches."""

from __future__ import annotations

import re

import pytest

from readingscan.model import Breast, Section, SectionKind
from readingscan.read.sections import breast_headers, section_at, split_sections

_NEXT_MARK = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-*•])$")
H, HIST, COMP, TECH = SectionKind.HEADER, SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE
FIND, IMP, ASSESS, REC = SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.ASSESSMENT, SectionKind.RECOMMENDATION


def outline(text: str) -> list[tuple[SectionKind, str | None, str]]:
    """(kind, title as written, body stripped) of every section; the list mark of the next title, left at
    the end of a body, is left out."""
    return [(s.kind, s.title.text if s.title else None, _NEXT_MARK.sub("", s.body.text.strip()))
            for s in split_sections(text)]


def covered(sections: tuple[Section, ...], text: str) -> None:
    """Every span's text is the text at its offsets, and the sections follow one another in order."""
    last = 0
    for section in sections:
        for span in (section.title, section.body):
            if span is not None:
                assert text[span.start:span.end] == span.text
                assert span.start >= last
                last = span.end
    assert last == len(text)


# (text, outline without the header block), id
TITLES = [
    ("IMPRESSION: Benign findings.", [(IMP, "IMPRESSION", "Benign findings.")], "colon-and-text"),
    ("Impression - Benign.", [(IMP, "Impression", "Benign.")], "dash-and-text"),
    ("Findings\nNo mass.", [(FIND, "Findings", "No mass.")], "alone-on-its-line"),
    ("FINDINGS:\nNo mass.", [(FIND, "FINDINGS", "No mass.")], "colon-alone-on-its-line"),
    ("Clinical history: screening.\nFINDINGS: No mass.",
     [(HIST, "Clinical history", "screening."), (FIND, "FINDINGS", "No mass.")], "longest-title-wins"),
    ("1. FINDINGS: No mass.\n2. IMPRESSION: Benign.",
     [(FIND, "FINDINGS", "No mass."), (IMP, "IMPRESSION", "Benign.")], "numbered"),
    ("1. Findings\nNo mass.", [(FIND, "Findings", "No mass.")], "numbered-alone-on-its-line"),
    ("- Findings: No mass.\n* Impression: Benign.\n• Recommendation: Annual screening.",
     [(FIND, "Findings", "No mass."), (IMP, "Impression", "Benign."), (REC, "Recommendation", "Annual screening.")],
     "bullets"),
    ("ASSESSMENT: BI-RADS 2.", [(ASSESS, "ASSESSMENT", "BI-RADS 2.")], "assessment"),
    ("Summary of assessment\nLeft: Benign (2)", [(ASSESS, "Summary of assessment", "Left: Benign (2)")],
     "summary-of-assessment"),
    ("Findings (left diagnostic mammogram and targeted ultrasound): cyst.",
     [(FIND, "Findings", "cyst.")], "a-long-note-before-the-colon"),
    ("Imp: R 2 / L 1.", [(IMP, "Imp", "R 2 / L 1.")], "imp-with-a-colon"),
    ("Imaging today (bilateral mammogram): scar.\nDiscussion: routine.",
     [(FIND, "Imaging today", "scar."), (REC, "Discussion", "routine.")], "imaging-today"),
    # A case report's discussion comments on the case (as a critique does): no imaging of its own.
    ("Findings: left mass.\nDiscussion\nMasses with spicules need biopsy.",
     [(FIND, "Findings", "left mass."), (REC, "Discussion", "Masses with spicules need biopsy.")], "discussion"),
    ("Requisition: left breast lump.\nFindings: cyst.", [(HIST, "Requisition", "left breast lump."), (FIND, "Findings", "cyst.")],
     "requisition"),
    # A reviewer's word to a learner under a reviewed report is teaching; a bare "Reviewer comment:" may read the images.
    ("Findings: left mass.\nAttending comment to resident: a new mass is not probably benign.",
     [(FIND, "Findings", "left mass."), (REC, "Attending comment to resident", "a new mass is not probably benign.")],
     "comment-to-a-learner"),
    ("Findings: left mass.\nComment for peer learning: scroll every slice.",
     [(FIND, "Findings", "left mass."), (REC, "Comment for peer learning", "scroll every slice.")], "comment-for-learning"),
    ("Findings: left mass.\nFeedback for the trainee: look at the axilla.",
     [(FIND, "Findings", "left mass."), (REC, "Feedback for the trainee", "look at the axilla.")], "feedback-for-trainee"),
    ("Reviewer comment: a 7 mm asymmetry on the left.", [], "reviewer-comment-is-no-title"),
    # What the images show, told on the title's line, is the findings; a list of views is the technique.
    ("Images: The breasts show a 25 mm mass on the right.",
     [(FIND, "Images", "The breasts show a 25 mm mass on the right.")], "images-showing-findings"),
    ("Views: CC and MLO; there is a mass in the right breast.",
     [(FIND, "Views", "CC and MLO; there is a mass in the right breast.")], "views-telling-findings"),
    ("Images: bilateral CC and MLO.\nFindings: cyst.",
     [(TECH, "Images", "bilateral CC and MLO."), (FIND, "Findings", "cyst.")], "images-naming-views"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in TITLES], ids=[r[2] for r in TITLES])
def test_titles(text: str, expected: list[tuple[SectionKind, str | None, str]]) -> None:
    got = [row for row in outline(text) if row[0] is not H]
    assert got == expected
    covered(split_sections(text), text)


# A word that starts a sentence is prose, not a title.
NOT_TITLES = [
    ("Findings are stable.\nImpression of the radiologist follows.", "findings-are-stable"),
    ("The history is unremarkable. Comparison is made with 2021.", "mid-sentence"),
    ("Technique adequate for interpretation.", "technique-adequate"),
]


@pytest.mark.parametrize("text", [r[0] for r in NOT_TITLES], ids=[r[1] for r in NOT_TITLES])
def test_a_word_starting_a_sentence_is_not_a_title(text: str) -> None:
    assert outline(text) == [(H, None, text)]


def test_title_word_inside_a_body_stays_in_that_body() -> None:
    text = "FINDINGS:\nFindings are stable.\nImpression of the radiologist follows."
    assert outline(text) == [(FIND, "FINDINGS", "Findings are stable.\nImpression of the radiologist follows.")]


def test_header_block_is_the_text_before_the_first_title() -> None:
    text = "Jane Doe  DOB 01/02/1960\nBILATERAL SCREENING MAMMOGRAM\nFINDINGS: No mass."
    sections = split_sections(text)
    assert [s.kind for s in sections] == [H, FIND]
    assert sections[0].title is None
    assert sections[0].body.text == "Jane Doe  DOB 01/02/1960\nBILATERAL SCREENING MAMMOGRAM\n"
    covered(sections, text)


def test_no_title_at_all_is_one_header_block() -> None:
    text = "Bilateral mammogram. No suspicious mass. BI-RADS 1."
    (section,) = split_sections(text)
    assert section.kind is H and section.body.text == text


def test_a_report_opening_with_a_title_has_no_header_block() -> None:
    assert [s.kind for s in split_sections("FINDINGS: No mass.\nIMPRESSION: Benign.")] == [FIND, IMP]


# One-line History / Comparison / Technique in a report with no FINDINGS title: the lines after it are
# the report's body, read as findings.
IMPLICIT = [
    ("Comparison: Ultrasound 2024.\nMultiple simple cysts are present bilaterally.",
     [(COMP, "Comparison", "Ultrasound 2024."), (FIND, None, "Multiple simple cysts are present bilaterally.")],
     "comparison-then-body"),
    ("History: Screening.\nMultiple simple cysts are present bilaterally.\nIMPRESSION: BI-RADS 2.",
     [(HIST, "History", "Screening."), (FIND, None, "Multiple simple cysts are present bilaterally."),
      (IMP, "IMPRESSION", "BI-RADS 2.")], "history-then-body-then-impression"),
    ("Technique: CC and MLO views\nno suspicious mass is seen",
     [(TECH, "Technique", "CC and MLO views"), (FIND, None, "no suspicious mass is seen")], "technique-then-body"),
    # With a FINDINGS title the history owns all its lines.
    ("History: Screening.\nPrior benign biopsy.\nFINDINGS: No mass.",
     [(HIST, "History", "Screening.\nPrior benign biopsy."), (FIND, "FINDINGS", "No mass.")], "findings-titled"),
    # A history written under its title (not on one line) keeps its lines.
    ("HISTORY:\nScreening.\nPrior biopsy.\nIMPRESSION: Benign.",
     [(HIST, "HISTORY", "Screening.\nPrior biopsy."), (IMP, "IMPRESSION", "Benign.")], "history-block"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in IMPLICIT], ids=[r[2] for r in IMPLICIT])
def test_one_line_label_does_not_swallow_the_body(text: str, expected: list[tuple[SectionKind, str | None, str]]) -> None:
    assert outline(text) == expected
    for section in split_sections(text):
        assert text[section.body.start:section.body.end] == section.body.text
        assert section.body.section is section.kind


def headers(text: str) -> list[tuple[Breast, str, str]]:
    """(breast, header as written, the text it is in force over, stripped) of each sub-header."""
    return [(h.breast, h.header.text, text[h.start:h.end].strip()) for h in breast_headers(text, split_sections(text))]


SUBHEADERS = [
    ("FINDINGS:\nRIGHT BREAST: No mass.\nLEFT BREAST:\nA cyst at 2:00.\nIMPRESSION: BI-RADS 2.",
     [(Breast.RIGHT, "RIGHT BREAST:", "RIGHT BREAST: No mass."),
      (Breast.LEFT, "LEFT BREAST:", "LEFT BREAST:\nA cyst at 2:00.")], "next-subheader-then-title"),
    ("FINDINGS:\nRIGHT BREAST:\nNo mass.\nLymph nodes: Normal axillary nodes.",
     [(Breast.RIGHT, "RIGHT BREAST:", "RIGHT BREAST:\nNo mass.")], "lymph-nodes-label"),
    ("FINDINGS:\nRIGHT BREAST:\nCyst.\nAXILLAE: Normal.", [(Breast.RIGHT, "RIGHT BREAST:", "RIGHT BREAST:\nCyst.")],
     "axillae-label"),
    ("FINDINGS:\nLEFT BREAST:\nMass: oval.\nCalcifications: none.",
     [(Breast.LEFT, "LEFT BREAST:", "LEFT BREAST:\nMass: oval.\nCalcifications: none.")], "labels-within-the-breast"),
    ("FINDINGS:\nRIGHT BREAST: Cyst.\nCOMPARISON: 2020\nNo change.",
     [(Breast.RIGHT, "RIGHT BREAST:", "RIGHT BREAST: Cyst.")], "section-title"),
    ("FINDINGS:\nR:\nCyst.\nL:\nNo mass.", [(Breast.RIGHT, "R:", "R:\nCyst."), (Breast.LEFT, "L:", "L:\nNo mass.")],
     "single-letters"),
    ("FINDINGS:\nRight breast\nCyst.\nLeft breast\nNo mass.",
     [(Breast.RIGHT, "Right breast", "Right breast\nCyst."), (Breast.LEFT, "Left breast", "Left breast\nNo mass.")],
     "alone-without-colon"),
    ("FINDINGS:\nBoth breasts:\nFatty.\nRight breast:\nCyst.",
     [(Breast.BOTH, "Both breasts:", "Both breasts:\nFatty."), (Breast.RIGHT, "Right breast:", "Right breast:\nCyst.")],
     "both-breasts"),
    ("FINDINGS:\nBilateral:\nNo mass.", [(Breast.BOTH, "Bilateral:", "Bilateral:\nNo mass.")], "bilateral"),
    # "BOTH:" and "Both glands:" head the lines of both breasts after one side's.
    ("FINDINGS:\nRIGHT: Cyst.\nBOTH: a few benign foci.",
     [(Breast.RIGHT, "RIGHT:", "RIGHT: Cyst."), (Breast.BOTH, "BOTH:", "BOTH: a few benign foci.")], "both-alone"),
    ("FINDINGS:\nLeft mammary gland: cyst.\nBoth glands: scattered foci, stable.",
     [(Breast.LEFT, "Left mammary gland:", "Left mammary gland: cyst."),
      (Breast.BOTH, "Both glands:", "Both glands: scattered foci, stable.")], "both-glands"),
    ("FINDINGS: The breasts are fatty. Left breast: cyst.", [(Breast.LEFT, "Left breast:", "Left breast: cyst.")],
     "inline-after-a-sentence"),
    ("FINDINGS:\n2. Left breast findings: cyst.", [(Breast.LEFT, "Left breast findings:", "Left breast findings: cyst.")],
     "numbered"),
    ("RIGHT BREAST\n  Mass: none\n  Axillary nodes: normal\nLEFT BREAST\n  Mass: cyst",
     [(Breast.RIGHT, "RIGHT BREAST", "RIGHT BREAST\n  Mass: none\n  Axillary nodes: normal"),
      (Breast.LEFT, "LEFT BREAST", "LEFT BREAST\n  Mass: cyst")], "form-rows-indented-under-it"),
    # A dated exam of one breast in a list of exams reviewed heads its line (a note in brackets before the colon).
    ("Imaging reviewed:\n- 05/2025 right breast ultrasound (follow-up): cyst, 8 mm. No adenopathy.\n"
     "- 06/2025 bilateral MRI: no enhancement.",
     [(Breast.RIGHT, "right breast ultrasound (follow-up):", "right breast ultrasound (follow-up): cyst, 8 mm. No adenopathy."),
      (Breast.BOTH, "bilateral MRI:", "bilateral MRI: no enhancement.")], "dated-exam-in-a-list"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in SUBHEADERS], ids=[r[2] for r in SUBHEADERS])
def test_breast_subheaders_and_their_reach(text: str, expected: list[tuple[Breast, str, str]]) -> None:
    assert headers(text) == expected


@pytest.mark.parametrize("text", [
    "FINDINGS:\nLeft breast mass is seen.\nRight breast is normal.",
    "FINDINGS: A cyst in the right breast. No mass in the left breast.",
], ids=["side-starting-a-sentence", "side-inside-a-sentence"])
def test_a_side_in_a_sentence_is_not_a_subheader(text: str) -> None:
    assert headers(text) == []


def test_subheaders_are_not_sections() -> None:
    text = "FINDINGS:\nRIGHT BREAST: No mass.\nLEFT BREAST: Cyst.\nIMPRESSION: BI-RADS 2."
    assert [s.kind for s in split_sections(text)] == [FIND, IMP]


def test_section_at() -> None:
    text = "Jane Doe\nFINDINGS: No mass.\nIMPRESSION: Benign."
    sections = split_sections(text)
    at = {offset: section_at(sections, offset).kind for offset in (
        0, 5, text.index("FINDINGS"), text.index("No mass"), text.index("IMPRESSION"), text.index("IMPRESSION") + 3,
        text.index("Benign"), len(text) - 1,
    )}
    assert list(at.values()) == [H, H, FIND, FIND, IMP, IMP, IMP, IMP]


def test_section_at_in_a_report_opening_with_a_title() -> None:
    sections = split_sections("FINDINGS: No mass.")
    assert section_at(sections, 0).kind is FIND
