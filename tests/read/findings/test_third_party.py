"""How reports written by others say which lesion a sentence is about, as sentence tables through analyze():
forms (right/left tables, ticked boxes, one-line fields, the side examined), the lesion a sentence continues
(associated, the operated breast, descriptors in the next sentence, one lesion named twice), diagnoses that name
no new lesion, and context that real wording needs ("not seen on the CC view", "vs 2023", "absent hila").
"""

from __future__ import annotations

from collections import Counter

import pytest

from readingscan import analyze

BILATERAL = "EXAM: Bilateral mammogram.\n"
TABLE = """MAMMOGRAPHY REPORTING FORM

                              RIGHT          LEFT
Masses                        Absent         Absent
Calcifications                Benign         Absent
  - type                      vascular       -
Asymmetry                     Absent         Present
Skin thickening               -              No
"""
ITEM_TABLE = """RESULT SHEET

Item                          Right         Left
Mass                          Yes           No
Calcification                 No            Yes (benign)
"""

# (id, report, its findings as (kind, breast, status), every one of them and nothing else)
EXACT: list[tuple[str, str, list[tuple[str, str | None, str]]]] = [
    ("right-left-table", TABLE, [
        ("mass", "right", "absent"), ("mass", "left", "absent"), ("calcification", "right", "present"),
        ("calcification", "left", "absent"), ("asymmetry", "right", "absent"), ("asymmetry", "left", "present"),
        ("skin", "left", "absent")]),
    ("item-right-left-table", ITEM_TABLE, [
        ("mass", "right", "present"), ("mass", "left", "absent"), ("calcification", "right", "absent"),
        ("calcification", "left", "present")]),
    ("ticked-no", "Findings:\n  Mass:   [ ] Yes  [x] No\n  Calcifications:   [x] Yes  [ ] No\n",
     [("mass", None, "absent"), ("calcification", None, "present")]),
    ("ticked-row-with-borders", "FINDINGS:\nRight:  Mass ☐ Yes ☒ No | Calcs ☐ Yes ☒ No | AD ☐ Yes ☒ No\n",
     [("mass", "right", "absent"), ("calcification", "right", "absent"), ("architectural_distortion", "right", "absent")]),
    ("unticked-no-says-nothing", "FINDINGS:\nLeft:  Asymmetry ☒ Yes ☐ No\n", [("asymmetry", "left", "present")]),
    ("side-examined-field", "STRUCTURED REPORT\nSide examined: LEFT\nFindings:\n  Mass:   [ ] Yes  [x] No\n",
     [("mass", "left", "absent")]),
    ("one-line-comparison-field", "REPORT (proforma)\nSide: Bilateral | Type: Screening\nBreast density: c\n"
     "Comparison: 2023\nMasses: 0\nAsymmetry: Not seen\n", [("mass", "both", "absent"), ("asymmetry", "both", "absent")]),
    ("associated-goes-with-the-lesion", BILATERAL + "FINDINGS: A cluster of calcifications in the left breast. "
     "No associated mass.", [("calcification", "left", "present"), ("mass", "left", "absent")]),
    ("absent-alone-is-exam-wide", BILATERAL + "FINDINGS: A cluster of calcifications in the left breast. "
     "No suspicious mass.", [("calcification", "left", "present"), ("mass", "both", "absent")]),
    ("lumpectomy-site-is-the-operated-side", BILATERAL + "HISTORY: Right lumpectomy 2021.\n"
     "FINDINGS: Dystrophic calcifications at the lumpectomy site.", [("calcification", "right", "present")]),
    ("treated-breast", BILATERAL + "HISTORY: Lt. breast cancer, s/p BCS and RTx (2023).\n"
     "FINDINGS: Mild skin thickening of the treated breast.", [("skin", "left", "present")]),
    ("no-site-after-a-mastectomy", BILATERAL + "HISTORY: Right mastectomy 2015. Left lumpectomy 2020.\n"
     "FINDINGS: Stable scarring at the lumpectomy site.", [("other", "left", "present")]),
    ("no-operated-side-known", BILATERAL + "FINDINGS: Dystrophic calcifications at the lumpectomy site.",
     [("calcification", "both", "present")]),
    ("diagnosis-of-the-lesion", "A 58-year-old woman was seen after an injury. Mammograms showed an oval "
     "fat-containing mass in the left breast. The appearances were diagnostic of fat necrosis.",
     [("mass", "left", "present")]),
    ("could-be-the-mass-described", "FINDINGS:\nLEFT: 8 mm oval mass at 6 o'clock. Could be a cyst or fibroadenoma.",
     [("mass", "left", "present")]),
    # a differential offered for the lesion described names no lesion of its own
    ("differential-to-consider", "FINDINGS:\nRIGHT: 4 cm lobulated circumscribed mass at 10 o'clock.\nIMPRESSION: "
     "Differential includes benign phyllodes or a giant fibroadenoma.", [("mass", "right", "present")]),
    ("consider-one-versus-another", "FINDINGS:\nLEFT: 3 cm oval mass with cystic spaces.\nIMPRESSION: Suspicious. "
     "Consider a mucinous carcinoma versus complex fibroadenoma.", [("mass", "left", "present")]),
    # the lesion said to show otherwise on another view, as "it", is the same lesion
    ("it-is-only-an-asymmetry", "FINDINGS: An 8 mm irregular mass in the left breast at 2 o'clock, clearly seen on "
     "tomosynthesis; on the synthetic 2D view it is only a subtle asymmetry.", [("mass", "left", "present")]),
    ("second-lesion-may-represent", "FINDINGS: A spiculated mass in the left breast. A second 5 mm density "
     "may represent a satellite mass.", [("mass", "left", "present"), ("mass", "left", "possible")]),
    ("another-after-a-comma", "FINDINGS: A cyst at 2 o'clock in the right breast. A second, smaller cyst is present.",
     [("mass", "right", "present"), ("mass", "right", "present")]),
    ("corresponding-lesion", "FINDINGS: Right MLO shows a circumscribed mass, consistent with an intramammary lymph "
     "node. Ultrasound shows a corresponding oval hypoechoic lesion.", [("lymph_node", "right", "present")]),
    ("c-w", "FINDINGS: Mass c/w IMLN Lt UOQ.", [("lymph_node", "left", "present")]),
    ("arrow-to-a-diagnosis", "US Lt 3:00: hypoechoic mass 14 x 8 mm, no posterior features -> FA vs phyllodes.",
     [("mass", "left", "present")]),
    ("focal-then-developing-asymmetry", BILATERAL + "FINDINGS: Focal asymmetry in the left breast.\n"
     "IMPRESSION: Developing focal asymmetry in the left breast.", [("asymmetry", "left", "present")]),
    ("cyst-then-complicated-cysts", BILATERAL + "FINDINGS: A cluster of mildly complicated cysts in the right breast."
     "\nIMPRESSION: Right breast: benign cysts.", [("mass", "right", "present")]),
    ("not-seen-on-one-view", "FINDINGS: LMLO only: asymmetry at posterior depth, not seen on LCC.",
     [("asymmetry", "left", "present")]),
    ("vs-an-earlier-exam", "FINDINGS: Rt UIQ group of calcs, 4 mm: unchanged vs 6 mo ago.",
     [("calcification", "right", "present")]),
    ("absent-hila", "FINDINGS: The right axillary nodes show thickened cortices and absent hila.",
     [("lymph_node", "right", "present")]),
    ("only-ends-a-negation", "FINDINGS: Left breast ultrasound: no discrete mass, only subtle distortion.",
     [("mass", "left", "absent"), ("architectural_distortion", "left", "present")]),
    ("mistaken-for", "FINDINGS: Round mass in the right breast. It could be mistaken for a complicated cyst.",
     [("mass", "right", "present")]),
    ("radial-scar-is-a-diagnosis", "FINDINGS: Distortion with central lucency, Lt, radial scar likely.",
     [("architectural_distortion", "left", "present")]),
    ("case-report-complaint", "A 31-year-old woman, eight months post partum and breastfeeding, noticed a lump in the "
     "Lt breast. Ultrasound of the Lt breast showed a 3.2 cm oval complex cystic mass at 3 o'clock.",
     [("mass", "left", "present")]),
    ("clinical-findings-title", "Clinical findings (Mr Hughes): 4 cm hard mass right breast. Palpable right axillary "
     "node.\nFindings:\nRight: 38mm spiculate mass at 9 o'clock.", [("mass", "right", "present")]),
    ("side-dot-abbreviations", BILATERAL + "FINDINGS:\nLt. breast: Fine linear calcifications. No definite mass.\n"
     "Nipple retraction is not seen.\nRt. 9 o'clock: oval nodule on US.", [
         ("calcification", "left", "present"), ("mass", "left", "absent"), ("skin", "left", "absent"),
         ("mass", "right", "present")]),
    # A relative clause that is only a backward trigger is about the word before it.
    ("which-is-no-longer-seen", BILATERAL + "FINDINGS: Previously described left breast asymmetry, which is no longer "
     "seen.", [("asymmetry", "left", "absent")]),
    ("which-was-not-seen-before-keeps-its-scope", BILATERAL + "FINDINGS: New right breast mass, which was not seen in "
     "2022.", [("mass", "right", "present")]),
    # "=" says what the lesion just named is: one lymph node, no mass.
    ("mass-equals-node", "mass in the R UOQ = IMLN (fatty hilum)", [("lymph_node", "right", "present")]),
    # A form's question or dotted leader and its answer on one line are one statement: "No" negates the field.
    ("question-and-answer-form", "DIAGNOSTIC BREAST IMAGING FORM\nSide: LEFT\nQ4. Calcifications? No\n"
     "Q5. Architectural distortion? No\nQ6. Axillary lymph nodes abnormal? No\n",
     [("calcification", "left", "absent"), ("architectural_distortion", "left", "absent"), ("lymph_node", "left", "absent")]),
    ("dotted-leader-answers", "SCREENING MAMMOGRAM - STRUCTURED FORM\nSide examined: [x] Bilateral [ ] Right [ ] Left\n"
     "Findings present? Yes\n  Mass ..................... No\n  Calcifications ........... Yes   Side: Left\n"
     "  Skin thickening .......... No\n",
     [("mass", "both", "absent"), ("calcification", "left", "present"), ("skin", "both", "absent")]),
    # Sub-headers numbered "4.3", and one naming both breasts.
    ("numbered-sub-headers", "2. TECHNIQUE\nBilateral mammography.\n4. FINDINGS\n4.2 Right breast: A simple cyst.\n4.3 Left breast: Punctate calcifications. No mass.\n",
     [("mass", "right", "present"), ("calcification", "left", "present"), ("mass", "left", "absent")]),
    ("right-and-left-breasts-label", "IMPRESSION: Right and left breasts: no suspicious masses or calcifications; BI-RADS 1.",
     [("mass", "both", "absent"), ("calcification", "both", "absent")]),
    # A negation whose subject is the lesion as a pronoun keeps its side.
    ("pronoun-subject-keeps-the-lesion", "MAMMOGRAPHY, BOTH BREASTS\nFindings: In the right breast at 7 o'clock there is a "
     "developing asymmetry. On tomosynthesis it does not show a central mass. The left breast shows scattered calcifications.",
     [("asymmetry", "right", "present"), ("mass", "right", "absent"), ("calcification", "left", "present")]),
    # A line opening with the other side ends a sub-header's reach: what follows is about the exam's breasts.
    ("other-side-line-ends-a-sub-header", "Bilat mammo + US.\nRt: simple cyst 2 o'c, stable.\nLt BR4A -> US-guided VAB.\n"
     "Density B. No LN concerns.", [("mass", "right", "present"), ("lymph_node", "both", "absent")]),
    # A quiz's question and options, and the pathology of a specimen, name no finding of the imaging.
    ("quiz-question-and-answer", "Findings: There is a 12 mm round mass in the right breast.\nQuestion: Which is the most "
     "likely diagnosis? (a) fibroadenoma (b) oil cyst (c) intramammary lymph node.\nAnswer: (b) oil cyst, a form of fat "
     "necrosis. BI-RADS 2.", [("mass", "right", "present")]),
    ("pathology-section", "Imaging: left breast, a 10 mm architectural distortion at 1 o'clock.\nAssessment: BI-RADS 4B.\n"
     "Histology: fibrocystic change; no radial scar identified; microcalcifications in the specimen.",
     [("architectural_distortion", "left", "present")]),
    # A hedge set apart after what it hedges.
    ("trailing-question-mark", "R IMLN ?", [("lymph_node", "right", "possible")]),
    ("dash-suspected", "Developing asymmetry R - suspected", [("asymmetry", "right", "possible")]),
    ("a-question-answered-no", "Findings: Is there a mass? No", [("mass", None, "absent")]),
    # a side and place labelling the rest of a line ("Left UOQ:") is a sub-header in force
    ("inline-place-label", "Exam: Bilateral diagnostic mammogram.\nReview: Breast composition b. Left UOQ: 12 mm group "
     "of calcifications. No mass, no distortion. Right breast: normal.",
     [("calcification", "left", "present"), ("mass", "left", "absent"), ("architectural_distortion", "left", "absent")]),
    # translated word order: the negation opens the statement
    ("is-not-observed-opening", "Mammography: The breasts are fatty. Is not observed suspicious masses or clusters of "
     "microcalcifications.", [("mass", None, "absent"), ("calcification", None, "absent")]),
    ("is-not-observed-after", "FINDINGS: Suspicious masses are not observed.", [("mass", None, "absent")]),
    # after a negated list, a comma and a word of what is there start a statement of its own
    ("comma-stable-after-a-negation", "L breast: no new susp. calcs, stable benign calcs",
     [("calcification", "left", "absent"), ("calcification", "left", "present")]),
    ("negated-list-keeps-its-adjectives", "FINDINGS: There are no new masses, suspicious calcifications or areas of "
     "architectural distortion.", [("mass", None, "absent"), ("calcification", None, "absent"),
                                   ("architectural_distortion", None, "absent")]),
]

# (id, report, the one finding's kind and whether it is stable)
STABLE: list[tuple[str, str, str, bool]] = [
    ("unch-abbreviation", "Sm R breast cyst, unch.", "mass", True),
    ("not-unchanged", "Sm R breast cyst, new.", "mass", False),
]


@pytest.mark.parametrize(("report", "kind", "stable"), [(r, k, s) for _, r, k, s in STABLE], ids=[i for i, *_ in STABLE])
def test_stability_as_notes_write_it(report: str, kind: str, stable: bool) -> None:
    (finding,) = analyze(report).findings
    assert (finding.kind.value, finding.stable) == (kind, stable)

# (id, report, the breast the exam covers)
EXAM_SIDES: list[tuple[str, str, str | None]] = [
    # a side in brackets beside the exam word that names more than the side is not the exam's
    ("other-breast-history-in-brackets", "LEFT MAMMOGRAM (status post right mastectomy)\nIMPRESSION: Negative.", "left"),
    ("side-alone-in-brackets", "BREAST MRI (BILATERAL)\nFINDINGS: No enhancing mass.", "both"),
    # a side far from the exam word, past a verb, names the lesion, not the exam
    ("side-of-the-lesion-in-a-narrative", "Index examination: screening mammography of a 50-year-old woman showed an "
     "oval mass in the left breast; ultrasound showed a cyst. The right breast was normal.", None),
    # a form's side field after other fields on its line
    ("side-field-in-a-form-row", "IMAGING FORM\nPatient age: 49     Side: LEFT     Modalities: Mammography\n", "left"),
    # the ticked box of a side field; an "Images:" line of a teaching case names the exam
    ("ticked-side-field", "STRUCTURED FORM\nSide examined: [ ] Right [x] Left\nMass: No\n", "left"),
    ("images-line", "History: recalled from screening.\nImages: right diagnostic mammogram (CC and MLO).\n"
     "Findings: A round mass at 12 o'clock.", "right"),
]


@pytest.mark.parametrize(("report", "side"), [(r, e) for _, r, e in EXAM_SIDES], ids=[i for i, _, _ in EXAM_SIDES])
def test_the_side_of_the_exam(report: str, side: str | None) -> None:
    breast = analyze(report).exam.breast
    assert (breast.value if breast else None) == side


@pytest.mark.parametrize(("report", "expected"), [(r, e) for _, r, e in EXACT], ids=[i for i, _, _ in EXACT])
def test_the_findings_of_third_party_wording(report: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = [(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(report).findings]
    assert Counter(found) == Counter(expected), found


def test_a_table_cell_and_the_row_under_it_describe_that_side() -> None:
    (calcification,) = [f for f in analyze(TABLE).findings if f.kind.value == "calcification" and f.status.value == "present"]
    assert [m.value for m in calcification.morphology] == ["vascular"]
    assert calcification.evidence.text.startswith("Calcifications")


# (id, report, the morphology and distribution of its one calcification)
DESCRIBED_NEXT: list[tuple[str, str, tuple[str, ...], str | None]] = [
    ("these-are", "FINDINGS: A new 5 mm group of calcifications in the right breast. These are round and punctate.",
     ("round", "punctate"), "grouped"),
    ("form-lines", "Findings:\n  Calcifications:   [x] Yes  [ ] No\n     Morphology: fine pleomorphic\n"
     "     Distribution: grouped\n", ("fine_pleomorphic",), "grouped"),
    ("not-after-a-gap", "FINDINGS: Calcifications in the right breast.\nThe breasts are dense.\nThese are punctate.",
     (), None),
]


@pytest.mark.parametrize(("report", "morphology", "distribution"), [(r, m, d) for _, r, m, d in DESCRIBED_NEXT],
                         ids=[i for i, _, _, _ in DESCRIBED_NEXT])
def test_descriptors_in_the_next_sentence_describe_the_lesion_just_named(
        report: str, morphology: tuple[str, ...], distribution: str | None) -> None:
    (finding,) = analyze(report).findings
    assert tuple(m.value for m in finding.morphology) == morphology
    assert (finding.distribution.value if finding.distribution else None) == distribution


# Issue 17: the evidence of a finding is the imaging's own sentence, not the reason the person came.
EVIDENCE: list[tuple[str, str, str]] = [
    ("untitled-complaint-line", "Left breast lump for 2 weeks.\nFINDINGS: An irregular mass in the left breast.",
     "An irregular mass in the left breast."),
    ("case-line", "Case: 72-year-old woman with a palpable right breast lump.\n\nImaging findings:\n"
     "MMG: round mass in the RUIQ.", "MMG: round mass in the RUIQ."),
    ("referral-in-a-clinical-field", "Clinical: referral with a lump in the left breast.\n"
     "Findings: There is a 12 mm irregular mass in the left breast.", "There is a 12 mm irregular mass in the left breast."),
    ("only-there", "Left breast lump for 2 weeks.", "Left breast lump for 2 weeks."),
]


@pytest.mark.parametrize(("report", "evidence"), [(r, e) for _, r, e in EVIDENCE], ids=[i for i, _, _ in EVIDENCE])
def test_the_evidence_comes_from_the_findings_not_the_history(report: str, evidence: str) -> None:
    (finding,) = analyze(report).findings
    assert finding.evidence.text == evidence
    assert report[finding.evidence.start:finding.evidence.end] == evidence


# Issue 17: a lymph node's cortex is measured apart from the node: (id, report, size_mm, cortical thickness)
CORTEX: list[tuple[str, str, float | None, str | None]] = [
    ("cortex-n-mm", "FINDINGS: Left axillary lymph node, cortex 4 mm.", None, "4"),
    ("cortical-thickness-of", "FINDINGS: Left axillary lymph node with a cortical thickness of 3 mm.", None, "3"),
    ("node-size-and-cortex", "FINDINGS: Right axillary lymph node measuring 15 mm with cortex 4 mm.", 15.0, "4"),
    ("cortex-before-node-size", "FINDINGS: Cortex 5 mm in a 12 mm right axillary lymph node.", 12.0, "5"),
    ("cortical-thickening-in-brackets", "FINDINGS: Lt. axilla: a lymph node with eccentric cortical thickening (4mm).",
     None, "4"),
    ("largest-cortex", "FINDINGS: Two abnormal right axillary nodes, largest cortex 7mm.", None, "7"),
    ("node-size-alone", "FINDINGS: Right axillary lymph node measuring 9 mm with a fatty hilum.", 9.0, None),
]


@pytest.mark.parametrize(("report", "size", "cortex"), [(r, s, c) for _, r, s, c in CORTEX], ids=[i for i, *_ in CORTEX])
def test_a_node_cortex_is_not_the_node_size(report: str, size: float | None, cortex: str | None) -> None:
    (node,) = analyze(report).findings
    assert node.size_mm == size
    assert dict(node.descriptors).get("cortical_thickness_mm") == cortex


# Issue 13: a sentence taking up the lesions just described without naming them says they are stable, or a lesion
# described before is said to be gone: (id, report, its findings as (kind, breast, status, stable), all of them)
TAKEN_UP: list[tuple[str, str, list[tuple[str, str | None, str, bool]]]] = [
    ("these-are-unchanged", BILATERAL + "FINDINGS: Right breast: an oil cyst measuring 8 mm that has rim "
     "calcifications. These are unchanged.", [("mass", "right", "present", True), ("calcification", "right", "present", True)]),
    ("it-is-stable-compared-with", BILATERAL + "FINDINGS: A 9 mm oval mass in the left breast at 3 o'clock. It is "
     "stable compared with 2022.", [("mass", "left", "present", True)]),
    ("they-have-not-changed", BILATERAL + "FINDINGS: Small cysts in the right breast. They have not changed.",
     [("mass", "right", "present", True)]),
    ("it-is-first-of-two", BILATERAL + "FINDINGS: A 9 mm mass in the left breast with associated calcifications. "
     "It is unchanged.", [("mass", "left", "present", True), ("calcification", "left", "present", False)]),
    ("it-is-new-is-not-stable", BILATERAL + "FINDINGS: A 9 mm oval mass in the left breast. It is new since 2022.",
     [("mass", "left", "present", False)]),
    ("no-longer-seen-in-a-new-sentence", "Index examination (2022): a small group of punctate calcifications in the "
     "right breast was noted.\n\nCurrent examination (2024): The punctate calcifications in the right breast are no "
     "longer seen. There are no new masses.", [("calcification", "right", "absent", False), ("mass", None, "absent", False)]),
    ("previously-seen-cyst-no-longer-visible", BILATERAL + "FINDINGS: Baseline 2022: a simple cyst in the left breast "
     "at 2 o'clock. Today: the previously seen cyst is no longer visible.", [("mass", "left", "absent", False)]),
    ("has-resolved", BILATERAL + "FINDINGS: 2023: focal asymmetry in the right breast. 2024: the asymmetry has resolved.",
     [("asymmetry", "right", "absent", False)]),
    ("not-seen-on-ultrasound-is-not-gone", BILATERAL + "FINDINGS: A 6 mm mass in the left breast on mammography. "
     "The mass is not seen on ultrasound.", [("mass", "left", "present", False), ("mass", "both", "absent", False)]),
]


@pytest.mark.parametrize(("report", "expected"), [(r, e) for _, r, e in TAKEN_UP], ids=[i for i, _, _ in TAKEN_UP])
def test_a_sentence_taking_up_the_lesion_says_it_is_stable_or_gone(
    report: str, expected: list[tuple[str, str | None, str, bool]],
) -> None:
    found = [(f.kind.value, f.breast.value if f.breast else None, f.status.value, f.stable)
             for f in analyze(report).findings]
    assert Counter(found) == Counter(expected), found
