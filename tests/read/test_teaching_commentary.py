"""A teaching text's commentary (critique, learning or teaching points, take-home message, keywords) describes no
imaging of the patient: its words give no finding, but a category stated in it or after it is still the case's."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASE = "Case 4. Left CC and MLO: a 9 mm spiculated mass at 2 o'clock.\n\n"
COMMENTARY = [
    "Critique: Ultrasound should not replace biopsy of suspicious calcifications. The lesion was assessed as BI-RADS 5.",
    "Learning points: there is no associated skin thickening here.\n\nBI-RADS 5.",
    "Take-home message: enlarged axillary lymph nodes can hide behind the pectoralis.\nBI-RADS 5.",
    "Keywords: spiculated mass; skin thickening; fine linear calcifications\nBI-RADS 5.",
    "Things I learned:\n- Skin thickening with a mass is worrying.\n- A new mass would need workup.\nBI-RADS 5.",
    "What did I learn?\nEnlarged axillary lymph nodes can be subtle. BI-RADS 5.",
    "Rule of thumb (approx.): amorphous calcifications -> 4B; skin thickening -> look harder.\nBI-RADS 5.",
    "Discussion\nLobular cancers rarely show calcifications. Skin thickening is uncommon. BI-RADS 5.",
    "Discussion\nSegmental calcifications deserve biopsy even when no skin thickening is seen.\nBI-RADS 5.",
    "Essential Facts\n- Skin thickening follows radiotherapy.\n- Malignant; BI-RADS 5 when typical.\n\nBI-RADS 5.",
    "Pearls & Pitfalls\n- Amorphous calcifications beside skin thickening need a biopsy.\n\nBI-RADS 5.",
    "[Slide 8] Take-home: a new mass with skin thickening is not benign until proven otherwise.\nBI-RADS 5.",
    "Box 6.3  Pitfall: skin thickening after radiotherapy\nBI-RADS 5.",
    # Why a quiz's option is right or wrong: the option's reasoning, not this case's imaging.
    "Option C is wrong: a follow-up suits only a single group of punctate calcifications.\nBI-RADS 5.",
    "B is incorrect - stable oval masses with skin thickening are followed, not biopsied.\nBI-RADS 5.",
    "Answer D is correct because enlarged axillary lymph nodes need sampling too.\nBI-RADS 5.",
    # A conditional rule ("unless ..., ... should ...") is generic teaching.
    "Unless a benign cause is found (a cyst, a lymph node, fat necrosis), an asymmetry should be biopsied.\nBI-RADS 5.",
    # What a disease commonly does or may present as, what should be considered or done in a class of patients.
    "Ductal carcinoma in situ commonly presents as microcalcifications without a mass. BI-RADS 5.",
    "PASH is a benign stromal proliferation that may present as a circumscribed nodule. BI-RADS 5.",
    "Background: Juvenile fibroadenoma is a rare variant of fibroadenoma that occurs in adolescent girls. BI-RADS 5.",
    "Giant fibroadenoma should be considered in an adolescent with a rapidly enlarging breast mass. BI-RADS 5.",
    "In diabetic women, bilateral asymmetries with shadowing should raise the possibility of mastopathy. BI-RADS 5.",
    "Mammography should be performed in women above 40 with nipple discharge even when no lump is felt. BI-RADS 5.",
]


@pytest.mark.parametrize("commentary", COMMENTARY)
def test_commentary_gives_no_finding_but_keeps_the_category(commentary: str) -> None:
    result = analyze(CASE + commentary).to_dict()
    assert [(f["kind"], f["status"]) for f in result["findings"]] == [("mass", "present")]
    assert result["assessment"]["overall"] == "5"


def test_a_lesion_of_this_patient_that_often_means_something_is_still_a_finding() -> None:
    for text in ("There is a spiculated mass in the left breast which frequently indicates malignancy.",
                 "Left breast cyst is a benign finding.",
                 # "histologically confirmed" says what the lesion is; it is no biopsy result standing for the imaging
                 "Known left breast cancer: 2 cm irregular mass at 3 o'clock (histologically confirmed)."):
        result = analyze(text).to_dict()
        assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == [("mass", "left", "present")]


def test_a_slide_number_before_a_title_keeps_the_title() -> None:
    text = ("[Slide 3] Left breast: a 9 mm spiculated mass at 2 o'clock.\n"
            "[Slide 4] DDx: fibroadenoma, phyllodes tumour, carcinoma with skin thickening.\n"
            "[Slide 5] Assessment: BI-RADS 5.")
    result = analyze(text).to_dict()
    assert [(f["kind"], f["status"]) for f in result["findings"]] == [("mass", "present")]
    assert result["assessment"]["overall"] == "5"


QUIZ = (
    "Case 12. Right CC and MLO views show a 7 mm oval circumscribed mass, unchanged for 3 years.\n\n"
    "1. What is the most likely diagnosis?\n"
    "   A. Fibroadenoma\n   B. Invasive carcinoma with skin thickening\n   C. Grouped calcifications\n"
    "2. Which category?\n   a) BI-RADS 2   b) BI-RADS 4A\n\n"
    "Answers: 1. A   2. a\nBI-RADS 2."
)


def test_quiz_options_give_no_finding() -> None:
    result = analyze(QUIZ).to_dict()
    assert [(f["kind"], f["breast"]) for f in result["findings"]] == [("mass", "right")]


@pytest.mark.parametrize("viva", [
    "Q. And without the mass? - A. Grouped amorphous calcifications alone would be 4B.",
    "Q: What if the nodes were enlarged?\nA: Enlarged axillary nodes with loss of the hilum would make it 5.",
    "Q. If there were skin thickening too? -- A. Then inflammatory carcinoma.",
])
def test_a_viva_question_and_its_answer_give_no_finding(viva: str) -> None:
    result = analyze(QUIZ.split("\n\n")[0] + "\n\n" + viva).to_dict()
    assert [(f["kind"], f["breast"], f["morphology"]) for f in result["findings"]] == [("mass", "right", [])]


def test_a_flashcards_question_telling_the_case_keeps_its_findings() -> None:
    text = "Q: 61F, diagnostic US. R breast 9:00: 14 mm irregular mass, angular margins. Category?\n\nA: BI-RADS 4C."
    assert [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"]] == [("mass", "right")]


def test_rad_path_article_parts() -> None:
    """A rad-path article's "Radiologic Findings" are the case's imaging; its "Pathologic Findings" are not."""
    text = ("Radiologic Findings\nLeft CC view: a 9 mm spiculated mass at 2 o'clock.\n\n"
            "Pathologic Findings\nThe specimen showed mucin with calcifications and foci of skin thickening.\n")
    result = analyze(text).to_dict()
    assert [(f["kind"], f["breast"], f["evidence"]["section"]) for f in result["findings"]] == [
        ("mass", "left", "findings")]


@pytest.mark.parametrize("title", ["Title: Skin thickening and calcifications after reduction mammoplasty\n",
                                   "Skin Thickening in a Lactating Mother: A Case Report\n",
                                   "Giant Fibroadenoma in a 15-Year-Old Girl: A Case Report and Review of the Literature\n",
                                   "Calcifications presenting as a lump (case report)\n",
                                   # An article's title line, its authors' line below it.
                                   "Skin thickening and an axillary mass in tuberculosis\n\nAuthors: A. Okafor, B. Li\n",
                                   "Calcified lymph nodes mimicking a mass\nBy J. Smith and K. Rao\n\n"])
def test_a_case_title_gives_no_finding(title: str) -> None:
    result = analyze(title + CASE + "BI-RADS 5.").to_dict()
    assert [(f["kind"], f["status"]) for f in result["findings"]] == [("mass", "present")]


# A biopsy's result after a colon is pathology, no imaging; a biopsy's plan or its procedure (with what the images
# after it show) is not a result.
BIOPSY_LINES = [
    ("US-guided core biopsy: tubular carcinoma; 9 mm, node-negative at surgery.", [("mass", "present")]),
    ("Core biopsy result: fibroadenoma with calcifications.", [("mass", "present")]),
    ("Pathology: invasive carcinoma with skin involvement.", [("mass", "present")]),
    ("Biopsy: recommended for the calcifications.", [("mass", "present"), ("calcification", "present")]),
    ("Vacuum biopsy: 9G, 12 cores; post-procedure images show the clip and a small haematoma.",
     [("mass", "present"), ("other", "present")]),
]


@pytest.mark.parametrize(("line", "found"), BIOPSY_LINES)
def test_a_biopsy_result_gives_no_finding(line: str, found: list[tuple[str, str]]) -> None:
    findings = analyze(CASE + line).to_dict()["findings"]
    assert [(f["kind"], f["status"]) for f in findings] == found


# An instruction to the reader names no finding of the case; a report's "Do not see ..." would still be a reading.
INSTRUCTIONS = [
    ("Please do not use BI-RADS 3 for new calcifications in this setting.", [("mass", "present")]),
    ("Always look at the axilla for enlarged lymph nodes.", [("mass", "present")]),
    ("Never dismiss skin thickening beside a mass.", [("mass", "present")]),
    ("Avoid calling calcifications benign without magnification views.", [("mass", "present")]),
]


@pytest.mark.parametrize(("line", "found"), INSTRUCTIONS)
def test_an_instruction_gives_no_finding(line: str, found: list[tuple[str, str]]) -> None:
    findings = analyze(CASE + line).to_dict()["findings"]
    assert [(f["kind"], f["status"]) for f in findings] == found
