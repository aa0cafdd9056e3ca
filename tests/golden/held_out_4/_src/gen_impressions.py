"""held_out_4 impression blocks: writes ../impressions/impressions.jsonl (80 blocks).

Each entry: (tags, text, density, overall, by_breast spec, [finding codes]).  The tags are bookkeeping
only (forms the block carries) and are not written to the JSONL.  See common_ip.py for the codes.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_ip import expected, write_jsonl  # noqa: E402

B = []


def add(tags, text, density, overall, bb, findings):
    B.append((tags, text, density, overall, bb, findings))


# 001
add("pipe_table", """IMPRESSION
| Breast | BI-RADS | Management |
|---|---|---|
| Right | 1 | Annual screening |
| Left | 4B | US-guided core biopsy of 11 mm irregular mass, 2 o'clock |""",
    None, "4B", "R1 L4B", ["mass L p"])

# 002
add("table_slash australian", """CONCLUSION: Indeterminate 7mm solid lesion Lt breast 10 o'clock, for core biopsy. Rt breast no significant abnormality.
BI-RADS  R: 1 / L: 4A""",
    None, "4A", "R1 L4A", ["mass L p"])

# 003
add("assessment_rows category_word overall_stated", """ASSESSMENT
  Right breast    Category 2   Benign (stable intramammary lymph node, upper outer)
  Left breast     Category 3   Probably benign (new 5 mm oval circumscribed mass, 3 o'clock)
  Overall         Category 3""",
    None, "3", "R2 L3", ["ln R p s", "mass L p"])

# 004
add("on_right_on_left indian roman typo", """IMPRESSION:
- Well defined hypoechoic lesion in right breast at 9 o'clock position, likely fibroadenomma.
- Simple cysts in left breast.
BIRADS III on the right and BIRADS II on the left.
Adv: follow up USG after 6 months.""",
    None, "3", "R3 L2", ["mass R p", "mass L p"])

# 005
add("right_and_left density", """Impression: No mammographic evidence of malignancy. BI-RADS 1, right and left. Breast composition: scattered areas of fibroglandular density (B).""",
    "b", "1", "B1", [])

# 006
add("bilateral", """IMPRESSION:
Benign-appearing scattered coarse calcifications bilaterally, unchanged. BI-RADS 2 bilaterally.
Recommend annual screening mammography.""",
    None, "2", "B2", ["calc B p s m:coarse d:diffuse"])

# 007
add("numbered same_breast_two_categories", """IMPRESSION:
1. Left breast 1.6 cm spiculated mass at 1 o'clock with associated architectural distortion, highly suggestive of malignancy. BI-RADS 5.
2. Left axillary lymph node with cortical thickening to 5 mm. BI-RADS 4.
3. Right breast: no suspicious findings. BI-RADS 1.""",
    None, "5", "L5 R1", ["mass L p", "ad L p", "ln L p"])

# 008
add("overall_stated side_before", """Impression:
Right: benign fat-containing intramammary lymph node, 8 o'clock. BI-RADS 2.
Left: negative. BI-RADS 1.
FINAL OVERALL ASSESSMENT: BI-RADS 2 - Benign""",
    None, "2", "R2 L1", ["ln R p"])

# 009
add("prior_excluded previously one_breast", """LEFT DIAGNOSTIC MAMMOGRAM (24-month follow-up)
IMPRESSION: The left breast mass at 4 o'clock, previously BI-RADS 3, is unchanged after 24 months of follow-up and is now considered benign. BI-RADS 2.""",
    None, "2", "L2", ["mass L p s"])

# 010
add("prior_excluded prior_study_was side_after", """IMPRESSION: Interval development of a 6 mm group of amorphous calcifications in the right breast upper outer quadrant; the prior study was BI-RADS 2. Stereotactic biopsy recommended.
BI-RADS 4B right. BI-RADS 2 left (stable fibroadenoma).""",
    None, "4B", "R4B L2", ["calc R p m:amorphous d:grouped", "mass L p s"])

# 011
add("prior_excluded last_years bilateral density", """Conclusion:
The 5 mm oval mass in the right breast called BIRADS 3 on last year's mammogram is no longer seen.
Today: BIRADS 1 bilateral. Breast density ACR B.""",
    "b", "1", "B1", ["mass R a"])

# 012
add("prior_excluded downgraded one_breast", """RIGHT BREAST ULTRASOUND
IMPRESSION: Oval circumscribed parallel hypoechoic mass at 11 o'clock, 7 mm, stable for 2 years; downgraded from BI-RADS 3 to BI-RADS 2. Routine screening.""",
    None, "2", "R2", ["mass R p s"])

# 013
add("prior_excluded was_assessed_as one_breast", """IMPRESSION:
Diagnostic workup of the left breast asymmetry that was assessed as BI-RADS 0 at screening: spot compression views show a persistent 9 mm irregular mass with indistinct margins, with a sonographic correlate at 3 o'clock.
Left: BI-RADS 4C. Right: not imaged today.""",
    None, "4C", "L4C", ["mass L p"])

# 014
add("negated unsided", """Impression: Benign. There is no finding that would warrant a BI-RADS 3 or 4 assessment. Bilateral benign secretory calcifications. BI-RADS 2.""",
    None, "2", "", ["calc B p m:large_rod_like"])

# 015
add("hypothetical one_breast", """RIGHT DIAGNOSTIC MAMMOGRAM
IMPRESSION: 8 mm circumscribed oval mass, right breast 10:00, most likely a cyst; targeted ultrasound recommended. BI-RADS 0. If ultrasound confirms a simple cyst, the final assessment would be BI-RADS 2.""",
    None, "0", "R0", ["mass R p"])

# 016
add("legend table_bare", """ASSESSMENT: L 4A, R 2
Benign lymph node right axillary tail. Left 6 mm group of punctate and amorphous calcifications, biopsy advised.

BI-RADS key: 0 incomplete | 1 negative | 2 benign | 3 probably benign | 4 suspicious (A low, B moderate, C high) | 5 highly suggestive of malignancy | 6 known biopsy-proven malignancy""",
    None, "4A", "L4A R2", ["ln R p", "calc L p m:amorphous,punctate d:grouped"])

# 017
add("range one_breast", """RIGHT BREAST ULTRASOUND (targeted)
IMPRESSION: 1.1 cm irregular hypoechoic mass at 7 o'clock with angular margins and no internal cystic component. BI-RADS 4B-C. Ultrasound-guided core biopsy recommended.""",
    None, "4C", "R4C", ["mass R p"])

# 018
add("roman side_before typo", """IMPRESSION:
Rt breast: Heterogeneous hypoechoic lesion at 11 o'clock with microcalcificatoins - BIRADS IV-B.
Lt breast: Normal study - BIRADS I.""",
    None, "4B", "R4B L1", ["mass R p", "calc R p"])

# 019
add("vendor_mark category_word side_after", """FINAL IMPRESSION: ACR BI-RADS® Category 4C: High suspicion for malignancy - left breast.
Right breast: ACR BI-RADS® Category 1.
Findings: segmental fine linear branching calcifications left breast, 6 cm extent.""",
    None, "4C", "L4C R1", ["calc L p m:fine_linear d:segmental"])

# 020
add("vendor_mark birads_spelling side_after", """Impression: BIRADS™ 3 - Probably benign, left. Rt: BIRADS™ 2.
Left: small cluster of round calcifications, no priors; 6-month follow-up. Right: stable cysts.""",
    None, "3", "L3 R2", ["calc L p m:round d:grouped", "mass R p s"])

# 021
add("category_word_bracket_side", """ASSESSMENT:
Category 4: Suspicious abnormality - biopsy should be considered (Right breast)
Category 2: Benign finding (Left breast)

11 mm indistinct mass right breast 12:00 posterior depth. Left breast oil cyst.""",
    None, "4", "R4 L2", ["mass R p", "mass L p"])

# 022
add("lone_letter_before_birads", """IMPRESSION: Stable postsurgical changes of the left breast following lumpectomy. No suspicious calcifications at the left lumpectomy site.
L BIRADS 2
R BIRADS 1""",
    None, "2", "L2 R1", ["other L p s", "calc L a"])

# 023
add("one_breast typo", """RIGHT BREAST ULTRASOUND - IMPRESSION:
Simple cyts at 10 o'clock, 14 mm, corresponding to the palpable lump. No solid mass.
BI-RADS 2.""",
    None, "2", "R2", ["mass R p", "mass R a"])

# 024
add("addendum side_after", """IMPRESSION: Left breast 7 mm asymmetry, upper inner quadrant, seen on CC view only. BI-RADS 0: additional imaging evaluation needed. Right: BI-RADS 1.

ADDENDUM (comparison with outside mammograms from 2021 and 2023, received after the report): the left asymmetry is unchanged over 3 years and is benign. Revised assessment: BI-RADS 2 left, BI-RADS 1 right.""",
    None, "2", "L2 R1", ["asym L p s"])

# 025
add("rcr_beside_birads uk", """OPINION:
Lt breast 2 o'clock: 14mm spiculate mass with ipsilateral abnormal axillary node. M5 U5 (BI-RADS 5).
Rt breast: M1. Normal.
Plan: US-guided core biopsy of the mass and FNA of the axillary node.""",
    None, "5", "L5", ["mass L p", "ln L p"])

# 026
add("rcr_only uk", """Summary: Rt breast M3 - asymmetric density UOQ on MLO only, for further views. Lt breast M1.
US: no focal abnormality. U1 bilat.""",
    None, None, "", ["asym R p"])

# 027
add("australian side_before", """COMMENT:
Small benign-appearing intramammary node Lt UOQ. Nil else of concern.
BILATERAL MAMMOGRAM: no suspicious mass or microcalcification in either breast.
BI-RADS: Lt 2, Rt 1""",
    None, "2", "L2 R1", ["ln L p", "mass B a", "calc B a"])

# 028
add("indian bilateral_BL roman", """IMPRESSION:
• B/L multiple simple cysts, largest 1.2 cm in left breast at 2 o'clock.
• No solid SOL seen in B/L breasts.
BIRADS - II (B/L)
ADV: Clinical correlation.""",
    None, "2", "B2", ["mass B p", "mass B a"])

# 029
add("middle_eastern brackets typo", """IMPRESSION:
- Right breast upper outer quadrant irregular hypoechoic mass measuring about 2.3 x 1.8 cm with posterior shadowing, associated with enlarged right axillary lymhp nodes with lost fatty hilum, highly suspicious for malignancy (BI-RADS 5).
- Left breast is unremarkable (BI-RADS 1).
- Kindly correlate with biopsy.""",
    None, "5", "R5 L1", ["mass R p", "ln R p"])

# 030
add("east_asian korean category_word overall_stated arrow_line", """Conclusion:
Rt) 0.8cm oval circumscribed nodule at 10H, probably fibroadenoma → Category 3
Lt) several small cysts → Category 2
Final Assessment : Category 3""",
    None, "3", "R3 L2", ["mass R p", "mass L p"])

# 031
add("east_asian chinese numbered bilateral same_breast_two_categories typo", """Diagnostic impression:
1. Left breast solid noudle (4 o'clock), BI-RADS 4a, suggest biopsy.
2. Bilateral breast hyperplasia, BI-RADS 2.
3. No obviously enlarged lymph nodes in bilateral axillae.""",
    None, "4A", "L4A R2", ["mass L p", "ln B a"])

# 032
add("lowercase typo side_after", """impression: rt breast 6mm cluster of fine pleomorphic calcifcations at 11 oclock, new since prior. birads 4b rt. lt breast negative, birads 1 lt. recommend stereotactic bx.""",
    None, "4B", "R4B L1", ["calc R p m:fine_pleomorphic d:grouped"])

# 033
add("one_breast mastectomy density", """LEFT MAMMOGRAM (status post right mastectomy 2019)
IMPRESSION: Scattered fibroglandular density. Benign vascular calcifications. No evidence of malignancy in the left breast. BI-RADS 2.""",
    "b", "2", "L2", ["calc L p m:vascular"])

# 034
add("brackets side_before", """BI-RADS assessment: (R) 3 (L) 1
Right breast 5 mm oval circumscribed mass at 6 o'clock, no prior imaging; short-interval follow-up in 6 months.""",
    None, "3", "R3 L1", ["mass R p"])

# 035
add("sided_adjective", """IMPRESSION: Right-sided BI-RADS 4A; left-sided BI-RADS 2.
The 9 mm right breast hypoechoic mass at 8 o'clock is new; core biopsy is recommended. Left breast: stable fat necrosis, upper outer quadrant.""",
    None, "4A", "R4A L2", ["mass R p", "other L p s"])

# 036
add("table_slash_reversed typo", """BI-RADS (L/R): 4A/1
Left 12 mm developing asymmmetry at 3 o'clock without sonographic correlate; tomosynthesis-guided biopsy.""",
    None, "4A", "L4A R1", ["asym L p"])

# 037
add("column_table density", """| | Right | Left |
|---|---|---|
| Composition | C | C |
| BI-RADS | 2 | 2 |
| Findings | Stable benign calcifications | Stable benign calcifications |""",
    "c", "2", "B2", ["calc R p s", "calc L p s"])

# 038
add("right_and_left", """Impression: Benign bilateral mammogram. Right and left: BI-RADS 2 (bilateral stable intramammary lymph nodes).""",
    None, "2", "B2", ["ln B p s"])

# 039
add("category_word overall_stated assessment_rows", """SUMMARY OF ASSESSMENT
Right: Negative (1)
Left: Probably benign (3)
Overall: Probably benign (3)
Left 4 mm group of punctate calcifications at 2:00, baseline exam; follow-up diagnostic mammogram in 6 months.""",
    None, "3", "R1 L3", ["calc L p m:punctate d:grouped"])

# 040
add("prior_excluded brackets side_before", """IMPRESSION:
Right breast: BI-RADS 2 (previous BI-RADS 3, 10/2024), 7 mm oval circumscribed mass at 9 o'clock stable for 2 years; considered benign.
Left breast: BI-RADS 1.""",
    None, "2", "R2 L1", ["mass R p s"])

# 041
add("numbered overall_stated side_before", """IMPRESSION:
1. Right breast, 1 o'clock: 14 mm area of architectural distortion on tomosynthesis, no ultrasound correlate. Tomosynthesis-guided biopsy recommended.
2. Left breast: benign-appearing rim calcifications (fat necrosis).
BI-RADS: right 4B, left 2. Final BI-RADS: 4B.""",
    None, "4B", "R4B L2", ["ad R p", "calc L p m:rim", "other L p"])

# 042
add("range one_breast typo", """LEFT DIAGNOSTIC MAMMOGRAM AND ULTRASOUND
CONCLUSION: Left retroareolar irregular mass, 2.8 cm, with nipple retracton and skin thickening. BI-RADS 4 to 5.""",
    None, "5", "L5", ["mass L p", "skin L p", "skin L p"])

# 043
add("both_breasts", """Impression: Bilateral circumscribed masses, the largest 11 mm in the left breast at 3 o'clock, likely cysts/fibroadenomas; ultrasound is recommended for further characterisation. BI-RADS 0 both breasts.""",
    None, "0", "B0", ["mass B p"])

# 044
add("range one_breast", """LEFT BREAST ULTRASOUND
OPINION: Cluster of microcysts 6 mm, 2 o'clock (BI-RADS 2-3). Follow up ultrasound in 6 months suggested.""",
    None, "3", "L3", ["mass L p"])

# 045
add("negated one_breast", """RIGHT BREAST AND AXILLA ULTRASOUND
IMPRESSION: The right axillary lymph nodes are enlarged but retain fatty hila, consistent with reactive nodes after recent COVID-19 vaccination in the right arm. This is not a BI-RADS 4 finding. BI-RADS 2.""",
    None, "2", "R2", ["ln R p"])

# 046
add("hypothetical line_closes", """IMPRESSION:
Left breast 2 cm oval mass with circumscribed margins at 5 o'clock, increased from 1.4 cm, solid on ultrasound, likely fibroadenoma. Given growth, BI-RADS 4A; ultrasound-guided core biopsy. Had it been stable, BI-RADS 3 would have been appropriate.
Right breast: BI-RADS 1.""",
    None, "4A", "L4A R1", ["mass L p"])

# 047
add("mri numbered", """MRI IMPRESSION:
1. Known biopsy-proven left breast carcinoma at 2 o'clock, seen as a 2.1 cm irregular enhancing mass with washout kinetics. BI-RADS 6.
2. 7 mm enhancing mass in the right breast at 10 o'clock, indeterminate. BI-RADS 4. MRI-guided biopsy recommended.
3. No axillary lymphadenopathy bilaterally.""",
    None, "4", "L6 R4", ["mass L p", "mass R p", "ln B a"])

# 048
add("cem side_before", """CONTRAST-ENHANCED MAMMOGRAPHY - IMPRESSION:
Right: 9 mm irregular mass at 12 o'clock on the low-energy images with intense enhancement on the recombined images. BI-RADS 4B.
Left: no suspicious enhancement. BI-RADS 1.""",
    None, "4B", "R4B L1", ["mass R p"])

# 049
add("dbt for_the_right", """IMPRESSION (DBT): Screening recall, right breast: possible architectural distortion in the upper outer quadrant, seen on the MLO tomosynthesis slices only. BI-RADS 0 for the right breast. Left: BI-RADS 1, negative.""",
    None, "0", "R0 L1", ["ad R q"])

# 050
add("assessment_rows overall_stated typo", """Assessment
Right Breast - 1 - Negative
Left Breast - 0 - Incomplete: Need Additional Imaging Evaluation
Overall - 0
Left: focal assymetry, lower inner quadrant, CC only.""",
    None, "0", "R1 L0", ["asym L p"])

# 051
add("same_breast_two_categories side_before", """IMPRESSION:
Left breast: known invasive ductal carcinoma at 3 o'clock (clip in place), BI-RADS 6. Separate 4 mm oval circumscribed mass at 9 o'clock, probably benign, BI-RADS 3.
Right breast: BI-RADS 1.""",
    None, "6", "L6 R1", ["mass L p"])

# 052
add("bilateral hypothetical", """CONCLUSION:
Bilateral BI-RADS 3: multiple bilateral circumscribed masses, the largest 9 mm right 7 o'clock, no priors. If stable at 6 months these may be downgraded to BI-RADS 2.""",
    None, "3", "B3", ["mass B p"])

# 053
add("prior_excluded was_categorized one_breast middle_eastern overall_stated", """LEFT BREAST ULTRASOUND (follow-up)
IMPRESSION:
- Follow up of the left breast hypoechoic lesion which was categorized as BI-RADS 3 in the previous study (6 months ago): it shows no interval change in size or morphology (8 x 5 mm, oval, parallel, circumscribed).
- Final: BI-RADS 3 - continue follow-up at 12 months.""",
    None, "3", "L3", ["mass L p s"])

# 054
add("legend unsided typo", """IMPRESSION: Right breast: stable benign-appearing calcificatons. Left breast: no abnormality.
BIRADS 2.
(0 = needs further imaging; 1 = negative; 2 = benign; 3 = probably benign; 4 = suspicious; 5 = highly suspicious; 6 = proven cancer)""",
    None, "2", "", ["calc R p s"])

# 055
add("one_breast", """ULTRASOUND LEFT BREAST (targeted, 2 o'clock palpable)
IMPRESSION: Irregular hypoechoic mass with angular margins and posterior shadowing, 15 mm, at the site of the palpable abnormality. Left axilla: a node with 4 mm cortex. BI-RADS 4C.""",
    None, "4C", "L4C", ["mass L p", "ln L p"])

# 056
add("unsided", """BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
IMPRESSION: No mammographic evidence of malignancy. Stable bilateral benign calcifications. BI-RADS 2: Benign.""",
    None, "2", "", ["calc B p s"])

# 057
add("overall_less_serious side_before", """FINAL ASSESSMENT
Right breast: BI-RADS 0 - additional views of a possible mass in the upper outer quadrant.
Left breast: BI-RADS 4A - 5 mm group of amorphous calcifications, new.
Overall final assessment: BI-RADS 0.""",
    None, "4A", "R0 L4A", ["mass R q", "calc L p m:amorphous d:grouped"])

# 058
add("bilateral australian typo", """BILATERAL MAMMOGRAM AND ULTRASOUND
CONCLUSION: Bilateral benign mammographic and sonographic appearances. Small simple cysts bilaterally. No suspicious mass, calcfication or distortion. BIRADS 2 bilaterally.""",
    None, "2", "B2", ["mass B p", "mass B a", "calc B a", "ad B a"])

# 059
add("pakistani side_after typo", """IMPRESSION:
BIRADS-4c Rt. Irregular spiculated mass Rt UOQ with malignant looking microcalcifications & Rt axillary lymphadenopthy.
BIRADS-2 Lt. Benign looking calcified fibroadenoma Lt LIQ.""",
    None, "4C", "R4C L2", ["mass R p", "calc R p", "ln R p", "mass L p", "calc L p"])

# 060
add("r_and_l density", """Breast composition: ACR c (heterogeneously dense, which may obscure small masses)
Assessment: BI-RADS 1 negative - R & L
Recommendation: annual screening; supplemental ultrasound may be considered.""",
    "c", "1", "B1", [])

# 061
add("addendum", """IMPRESSION: BI-RADS 0. Incomplete. Right breast focal asymmetry, needs spot compression views. Left breast negative.

ADDENDUM 14/03/2025: Spot compression views performed: the right asymmetry disperses, consistent with summation of normal tissue. Final: BI-RADS 1 right, BI-RADS 1 left.""",
    None, "1", "B1", ["asym R a"])

# 062
add("prior_excluded upgraded one_breast", """RIGHT BREAST ULTRASOUND
IMPRESSION: The 10 o'clock mass, previously BI-RADS 3, has increased from 6 to 10 mm and is upgraded to BI-RADS 4A. Ultrasound-guided core biopsy.""",
    None, "4A", "R4A", ["mass R p"])

# 063
add("singapore numbered brackets density typo", """IMPRESSION
1. Right breast 3 o'clock 6 mm hypoechoic nodule, likely fibroadeoma (BI-RADS 3). Suggest follow-up ultrasound in 6 months.
2. Left breast 1 o'clock 4 mm anechoic cyst (BI-RADS 2).
3. Heterogeneously dense breasts (ACR C).""",
    "c", "3", "R3 L2", ["mass R p", "mass L p"])

# 064
add("brackets side_before", """Impression:
Right breast (BIRADS: 5) — 3.2 cm irregular mass with spiculated margins, skin thickening and axillary lymphadenopathy.
Left breast (BIRADS: 1) — no abnormality.""",
    None, "5", "R5 L1", ["mass R p", "skin R p", "ln R p"])

# 065
add("negated side_after", """IMPRESSION: Stable architectural distortion and dystrophic calcifications at the right lumpectomy site. No features to suggest recurrence; no indication for a BI-RADS 4 assessment. BI-RADS 2 R. BI-RADS 1 L.""",
    None, "2", "R2 L1", ["ad R p s", "calc R p s m:dystrophic"])

# 066
add("pipe_inline overall_stated", """BI-RADS per breast: R 3 | L 2 | highest: 3
R: focal asymmetry, outer central, baseline tomosynthesis, no US correlate. L: benign skin calcifications.""",
    None, "3", "R3 L2", ["asym R p", "calc L p m:skin"])

# 067
add("roman translated density", """CONCLUSION:
Left breast: nodule with irregular shape and not circumscribed margins in the upper outer quadrant. BI-RADS category IVa.
Right breast: no alterations. BI-RADS category I.
Breast pattern: scattered fibroglandular density (ACR b).""",
    "b", "4A", "L4A R1", ["mass L p"])

# 068
add("both_breasts density", """Impression: Extremely dense breasts (ACR D), which lowers the sensitivity of mammography. No suspicious masses or calcifications are seen in either breast. BI-RADS 1 for both breasts.""",
    "d", "1", "B1", ["mass B a", "calc B a"])

# 069
add("one_breast male", """LEFT MAMMOGRAM (male) - IMPRESSION: Flame-shaped subareolar density consistent with gynaecomastia. No discrete mass. BI-RADS 2.""",
    None, "2", "L2", ["other L p", "mass L a"])

# 070
add("implants right_and_left", """IMPRESSION: Bilateral subpectoral silicone implants. Implant-displaced views show no suspicious mass or calcifications in either breast. Right and left BI-RADS 2.""",
    None, "2", "B2", ["mass B a", "calc B a"])

# 071
add("lone_letter_before_birads birad_spelling", """IMP: R BIRAD 2 (stable cyst 2:00). L BIRAD 3 (new 4mm oval mass 7:00, no priors, f/u 6 mo).""",
    None, "3", "R2 L3", ["mass R p s", "mass L p"])

# 072
add("category_word_bracket_side typo", """BI-RADS ASSESSMENT
Category 5 - Highly Suggestive of Malignancy (LEFT)
Category 2 - Benign (RIGHT)
NOTES: Left 12:00 spicuated mass with associated fine linear calcifications. Right benign lymph node.""",
    None, "5", "L5 R2", ["mass L p", "calc L p m:fine_linear", "ln R p"])

# 073
add("prior_excluded indian one_breast", """LEFT BREAST ULTRASOUND
IMPRESSION:
Compared to prior study dated 12/01/2024 (which was BIRADS 4A), the biopsy-proven fibroadenoma in the left breast at 3 o'clock is stable in size (11 x 7 mm).
Left breast - BIRADS 2 (post benign biopsy).""",
    None, "2", "L2", ["mass L p s"])

# 074
add("one_side_only_on_bilateral", """Impression: Right breast 5 o'clock mass, incompletely evaluated. Ultrasound to follow; a final BI-RADS category will be assigned after the ultrasound. Left breast: benign, BI-RADS 2 (stable involuting fibroadenoma with popcorn calcifications).""",
    None, "2", "L2", ["mass R p", "mass L p s", "calc L p m:coarse"])

# 075
add("pipe_table overall_stated", """| Side | Finding | BI-RADS |
| R | No significant abnormality | 1 |
| L | 7 mm irregular hypoechoic mass, 1 o'clock, with internal vascularity | 4B |
| Overall | | 4B |""",
    None, "4B", "R1 L4B", ["mass L p"])

# 076
add("lowercase typo density", """impresion: right breast - benign apearing oval mass 3 oclock, prob fibroadnoma, unchagned since 2022. bi-rads 2. left breast - bi-rads 1. dense breasts (c).""",
    "c", "2", "R2 L1", ["mass R p s"])

# 077
add("numbered same_breast_two_categories overall_stated", """IMPRESSION:
1. Right breast: two adjacent irregular masses at 10 o'clock (8 mm and 6 mm); BI-RADS 4B.
2. Right breast: simple cyst at 6 o'clock; BI-RADS 2.
3. Left breast: negative; BI-RADS 1.
Overall BI-RADS 4B.""",
    None, "4B", "R4B L1", ["mass R p", "mass R p", "mass R p"])

# 078
add("hypothetical australian side_before", """Comment: Lt breast 3mm cluster of punctate calcs, new. Biopsy not recommended at this stage — would consider BIRADS 4A if increasing. Current: Lt BIRADS 3, Rt BIRADS 1. Nil axillary lymphadenopathy bilaterally.""",
    None, "3", "L3 R1", ["calc L p m:punctate d:grouped", "ln B a"])

# 079
add("range_slash", """IMPRESSION: Right breast, 8 o'clock: 13 mm complex cystic and solid mass. BI-RADS 4A/B; ultrasound-guided biopsy. Left: BI-RADS 2, stable benign-appearing intramammary lymph node.""",
    None, "4B", "R4B L2", ["mass R p", "ln L p s"])

# 080
add("east_asian chinese brackets typo", """Ultrasound diagnosis:
Left breast hypoechoic nodlue (BI-RADS 3), size 0.9x0.5cm, regular shape, clear boundary.
Right breast cystic nodules (BI-RADS 2).
No abnormal lymph nodes in bilateral axillary.""",
    None, "3", "L3 R2", ["mass L p", "mass R p", "ln B a"])


def main():
    assert len(B) == 80, len(B)
    rows = []
    for i, (tags, text, density, overall, bb, findings) in enumerate(B, 1):
        rows.append({"id": "imp4_%03d" % i, "text": text,
                     "expected": expected(density, overall, bb, findings)})
    here = os.path.dirname(os.path.abspath(__file__))
    write_jsonl(os.path.join(here, "..", "impressions", "impressions.jsonl"), rows)
    print("impressions:", len(rows))


if __name__ == "__main__":
    main()
