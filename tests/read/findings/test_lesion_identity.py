"""Which lesion a sentence of third-party prose is about (issue 13, section 3), as a sentence table through analyze():
sides kept across sentences that describe no lesion, pointers to another view's lesion, sentences that describe no
imaging (pathology results, teaching points, generic statements), several lesions named at once, dictated stops.
"""

from __future__ import annotations

from collections import Counter

import pytest

from readingscan import analyze

BILATERAL = "EXAM: Bilateral mammogram.\n"

# (id, report, its findings as (kind, breast, status), every one of them and nothing else)
EXACT: list[tuple[str, str, list[tuple[str, str | None, str]]]] = [
    # "the" before another noun phrase joined by "and" does not point back: two findings of one kind
    ("the-nipple-and-skin-thickening", "Mammography showed retraction of the right nipple and skin thickening of the "
     "areola.", [("skin", "right", "present"), ("skin", "right", "present")]),
    # a statement of breast composition says nothing of which lesion is described
    ("density-keeps-the-view-side", "Figure 2. Left CC and MLO views. The breasts are heterogeneously dense. There is a "
     "9 mm round mass in the upper inner quadrant.", [("mass", "left", "present")]),
    ("density-keeps-the-side-of-an-absence", "Figure 1. Right craniocaudal view. The breasts are extremely dense. No "
     "mass is visible.", [("mass", "right", "absent")]),
    # "associated" goes with the lesion just described even when it lies in both breasts
    ("associated-with-a-bilateral-lesion", "Faint calcifications were scattered in both breasts. No associated mass "
     "was seen.", [("calcification", "both", "present"), ("mass", "both", "absent")]),
    # a biopsy's result and a teaching point describe no imaging finding
    ("biopsy-showed", "FINDINGS: A 9 mm oval mass in the left breast. Distortion in the right breast. Biopsy "
     "showed a papilloma on the left and a radial scar on the right.",
     [("mass", "left", "present"), ("architectural_distortion", "right", "present")]),
    ("teaching-point-label", "Findings: a 7 mm group of amorphous calcifications, right breast.\nTake-home point: a new "
     "spiculated mass needs diagnostic workup.", [("calcification", "right", "present")]),
    ("generic-when-clause", "Left MLO view: an enlarged axillary lymph node. When both axillae show enlarged nodes, a "
     "systemic cause should be considered.", [("lymph_node", "left", "present")]),
    ("when-compared-describes-the-lesion", "When compared with 2022, the left breast mass is unchanged.",
     [("mass", "left", "present")]),
    ("generic-predictive-value", "The left breast shows grouped amorphous calcifications. Diffuse amorphous "
     "calcifications usually have a low positive predictive value.", [("calcification", "left", "present")]),
    ("generic-usually", "Left breast: fine linear calcifications in a segmental distribution. By contrast, amorphous "
     "calcifications are usually assessed as BI-RADS 4B.", [("calcification", "left", "present")]),
    ("does-not-explain", "LEFT DIAGNOSTIC MAMMOGRAM\nFINDINGS: Architectural distortion at 1 o'clock.\nBiopsy: "
     "fibrosis. Discordant: benign histology does not explain a spiculated distortion.",
     [("architectural_distortion", "left", "present")]),
    # a concordant biopsy named inside an imaging statement leaves the statement's finding
    ("concordant-inside-an-imaging-statement", "IMPRESSION:\nLeft: Biopsy clip at the site of the 2 o'clock mass "
     "(fibroadenoma on core biopsy, concordant). BI-RADS 2.", [("mass", "left", "present")]),
    # a form field's finding word is no label when its answer points back to a lesion ("within the mass")
    ("field-answer-pointing-back", BILATERAL + "FINDINGS:\nLEFT BREAST\nMass: Yes - 11 mm, irregular, 2 o'clock\n"
     "Calcifications: Yes - fine pleomorphic, grouped, within the mass\nArchitectural distortion: Yes - associated with "
     "the mass\n", [("mass", "left", "present"), ("calcification", "left", "present"),
                    ("architectural_distortion", "left", "present")]),
    ("field-label-of-another-word", BILATERAL + "FINDINGS:\nLymph nodes: no axillary adenopathy.\n",
     [("lymph_node", "both", "absent")]),
    # "= correlate", "no correlate for the X": the lesion of another view, not one of its own
    ("equals-correlate", "Focal asymmetry, left breast, 12 o'clock.\nUS: hypoechoic area 8 mm at 12 o'clock L = "
     "correlate.", [("asymmetry", "left", "present")]),
    ("no-correlate-for-the", BILATERAL + "FINDINGS:\nRIGHT: grouped calcifications at 10 o'clock.\nUltrasound:\n"
     "RIGHT: No sonographic correlate for the calcifications.", [("calcification", "right", "present")]),
    # a lesion said to correspond to a lesion of another kind described before is that lesion, not a new one; when
    # only the history names that lesion, it is the first described
    ("corresponds-to-the-other-kind", "FINDINGS: Right breast: a 14 mm spiculated mass at 10 o'clock. Left breast: "
     "architectural distortion. Ultrasound shows a hypoechoic mass corresponding to the right breast lesion and a 9 mm "
     "hypoechoic area corresponding to the left distortion.",
     [("mass", "right", "present"), ("architectural_distortion", "left", "present")]),
    ("corresponds-to-what-only-the-history-names", "HISTORY: Recalled for a right focal asymmetry.\nFINDINGS: Right "
     "10 o'clock: irregular hypoechoic mass, corresponding to the mammographic focal asymmetry.",
     [("mass", "right", "present")]),
    # the correspondence named at the end of a long description of the lesion still points back
    ("corresponds-after-a-long-description", "FINDINGS: Left breast: focal asymmetry at 10 o'clock.\nUS: several "
     "branching hypoechoic tubular structures reaching into the subcutaneous fat of the left breast at 10 o'clock, "
     "spanning about 30 x 12 mm, which correspond to the asymmetry.", [("asymmetry", "left", "present")]),
    # a satellite lesion is a lesion of its own beside the index one, a question mark before it a doubt
    ("satellite-lesion", "FINDINGS: Left breast: 14 mm irregular mass at 3:00. Possible 5 mm satellite lesion at left "
     "4:00, seen in one plane only.", [("mass", "left", "present"), ("mass", "left", "possible")]),
    ("queried-satellite", "FINDINGS: Right breast: 2 cm spiculated mass at 9:00.\n?Small satellite lesion at R 8:00, "
     "3 mm, on one view only.", [("mass", "right", "present"), ("mass", "right", "possible")]),
    # an absence said to correspond to another view's lesion is an absence of that kind
    ("no-mass-corresponding", BILATERAL + "FINDINGS:\nR: focal asymmetry in the upper outer area.\nUltrasound:\n"
     "R: No mass corresponding to the asymmetry.", [("asymmetry", "right", "present"), ("mass", "right", "absent")]),
    # a lesion of another kind at the place just described is the same lesion seen another way
    ("same-site-another-kind", BILATERAL + "FINDINGS: Left breast: architectural distortion at 1 o'clock. Ultrasound "
     "shows an ill-defined hypoechoic area at the same site.", [("architectural_distortion", "left", "present")]),
    # lesions counted with a clock face each, also beside a pointer to the other exam's masses
    ("counted-with-a-pointer", BILATERAL + "FINDINGS:\nLEFT: Two oval circumscribed masses.\nUltrasound:\nLEFT: Two "
     "fibroadenomas at 2 o'clock (11 mm) and 5 o'clock (7 mm); these correspond to the mammographic masses.",
     [("mass", "left", "present"), ("mass", "left", "present")]),
    ("counted-by-their-sizes", BILATERAL + "FINDINGS: Two adjacent simple cysts at 2 o'clock in the left breast, "
     "measuring 8 mm and 12 mm.", [("mass", "left", "present"), ("mass", "left", "present")]),
    ("one-size-counts-nothing", BILATERAL + "FINDINGS: Two small cysts in the left breast, the largest 6 mm.",
     [("mass", "left", "present")]),
    ("clock-list", "The left breast shows two groups of coarse calcifications at 1 and 3 o'clock.",
     [("calcification", "left", "present"), ("calcification", "left", "present")]),
    # a side named in another clause (after ";") is not the side of a finding with its own
    ("side-of-another-clause", "In both breasts there are no masses and no suspicious calcifications; the left breast "
     "is BI-RADS 1.", [("mass", "both", "absent"), ("calcification", "both", "absent")]),
    # a raw transcript's spoken full stops end its sentences
    ("spoken-stops", "okay this is a bilateral screening mammogram period right breast there is an oval mass period no "
     "associated calcifications period new paragraph left breast negative period",
     [("mass", "right", "present"), ("calcification", "right", "absent")]),
    # a text that names no exam side and only ever one breast: its lesions are in that breast
    ("only-one-side-named", "Target: left breast, grouped calcifications.\nProcedure: vacuum-assisted biopsy.\n"
     "Post-procedure mammogram: a small haematoma at the biopsy site.",
     [("calcification", "left", "present"), ("other", "left", "present")]),
    # "another similar lesion" is named as the one it is like: cysts after it are lesions of their own
    ("similar-lesion-then-cysts", "ULTRASOUND: Right breast - a 9 mm oval circumscribed hypoechoic mass at 10 o'clock, "
     "likely a fibroadenoma. A second similar-appearing mass at 8 o'clock, 5 mm. Several tiny simple cysts.",
     [("mass", "right", "present")] * 3),
    ("like-it-then-a-cyst", "Left breast: 1.1 cm lobulated mass at 1 o'clock, probably a fibroadenoma. Another similar "
     "nodule measuring 4 mm at 3 o'clock. One small simple cyst.", [("mass", "left", "present")] * 3),
    # lesions said to lie near the one described, or elsewhere, are others
    ("cysts-adjacent-to-it", "ULTRASOUND: a 12 mm oval hypoechoic mass at 3 o'clock in the left breast, compatible with "
     "a complicated cyst. Two tiny simple cysts adjacent to it.", [("mass", "left", "present")] * 2),
    ("cysts-nearby", "ULTRASOUND: Right breast 9:00: 8 mm simple cyst. Several smaller cysts nearby.",
     [("mass", "right", "present")] * 2),
    ("cysts-elsewhere", "ULTRASOUND: Right breast 9:00: 8 mm simple cyst. Several smaller cysts are noted elsewhere in "
     "the right breast.", [("mass", "right", "present")] * 2),
    # a lesion pointed back to in one breast is not the other breast's lesion of its kind
    ("known-lesion-of-the-other-side", "FINDINGS: Right breast: new grouped amorphous calcifications, 5 mm. Left "
     "breast: the known vascular calcifications and a benign intramammary node, unchanged.",
     [("calcification", "right", "present"), ("calcification", "left", "present"), ("lymph_node", "left", "present")]),
    ("previously-seen-on-the-other-side", "FINDINGS: Left: 8 mm simple cyst at 2 o'clock. Right: the previously seen "
     "cyst and a small lymph node, both stable.",
     [("mass", "left", "present"), ("mass", "right", "present"), ("lymph_node", "right", "present")]),
]


@pytest.mark.parametrize(("report", "expected"), [(r, e) for _, r, e in EXACT], ids=[i for i, _, _ in EXACT])
def test_which_lesion_a_sentence_is_about(report: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = [(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(report).findings]
    assert Counter(found) == Counter(expected), found
