"""Teaching/case texts for held_out_2 (written by hand; gold beside each text)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import expected

OUT = os.path.join(os.path.dirname(__file__), "..", "teaching")

CASES = []


def case(cid, style, text, density, overall, by_breast, codes):
    CASES.append((cid, style, text.strip("\n") + "\n", expected(density, overall, by_breast, codes)))


# ---------------------------------------------------------------- multi-lesion, both breasts
case("t2_01_case_bilateral_synchronous", "multi-lesion case report", """
Case report: bilateral synchronous breast cancers in a 61-year-old woman

A 61-year-old woman was recalled from screening. Bilateral mammography with tomosynthesis showed heterogeneously dense breasts (ACR c). In the right breast there was a 14 mm irregular mass with spiculated margins at 10 o'clock, middle depth. The mass was associated with fine pleomorphic calcifications extending anteriorly over 25 mm in a linear distribution. In the left breast, an architectural distortion was present in the upper inner quadrant, seen only on tomosynthesis; no calcifications were associated with it. No axillary lymphadenopathy was seen bilaterally. Ultrasound demonstrated an irregular hypoechoic mass with posterior shadowing corresponding to the right breast lesion, and a 9 mm hypoechoic area with angular margins corresponding to the left distortion. The right lesion was categorised BI-RADS 5 and the left BI-RADS 4B. Core biopsy revealed invasive ductal carcinoma on the right and invasive lobular carcinoma on the left.
""", "c", "5", {"R": "5", "L": "4B"}, [
    "mass R p", "calc R p m:fine_pleomorphic d:linear", "ad L p", "calc L a", "ln B a"])

case("t2_02_case_multiple_bilateral", "multi-lesion case report", """
Multiple bilateral findings: a teaching case

A 48-year-old woman with a palpable lump in the left breast underwent diagnostic bilateral mammography and ultrasound. The breasts were extremely dense (category d).
Right breast: two circumscribed oval masses at 9 o'clock and 11 o'clock, measuring 11 mm and 7 mm. On ultrasound both were simple cysts. A 6 mm reniform mass with a fatty hilum in the right upper outer quadrant was an intramammary lymph node.
Left breast: at the site of the palpable lump, 2 o'clock, there was a 19 mm irregular mass with indistinct margins. Associated skin thickening was seen overlying it. Enlarged left axillary lymph nodes with cortical thickening up to 6 mm were present.
Assessment: BI-RADS 2 for the right breast, BI-RADS 5 for the left breast.
""", "d", "5", {"R": "2", "L": "5"}, [
    "mass R p", "mass R p", "ln R p", "mass L p", "skin L p", "ln L p"])

case("t2_03_case_calcs_side_by_side", "multi-lesion case report", """
Case 7. Bilateral calcifications: benign and suspicious side by side

Screening mammograms of a 55-year-old woman (CC and MLO views of both breasts) showed scattered areas of fibroglandular density (ACR B). In the right breast, coarse popcorn-like calcifications were present in a degenerating fibroadenoma in the lower inner quadrant, together with scattered vascular calcifications. In the left breast, a 7 mm cluster of amorphous microcalcificatons was identified in the upper outer quadrant at posterior depth. No mass or architectural distortion was associated. Magnification views confirmed the amorphous morphology and grouped distribution. The right breast findings are benign (BI-RADS 2); the left calcifications are BI-RADS 4B. Stereotactic vacuum-assisted biopsy of the left breast showed atypical ductal hyperplasia.
""", "b", "4B", {"R": "2", "L": "4B"}, [
    "calc R p m:coarse", "mass R p", "calc R p m:vascular d:diffuse",
    "calc L p m:amorphous d:grouped", "mass L a", "ad L a"])

case("t2_04_case_surveillance_new_left", "multi-lesion case report", """
Clinical case: recurrence or something new?

A 66-year-old woman, 5 years after right lumpectomy and radiotherapy for a T1 carcinoma, attended for annual surveillance mammography. Breast composition: almost entirely fatty (a).
Right breast: post-surgical changes at the lumpectomy site in the upper outer quadrant, with dystrophic calcifications, unchanged from the prior two years. Mild diffuse skin thickening of the treated breast is also unchanged.
Left breast: a new 8 mm oval mass with circumscribed margins at 6 o'clock, posterior depth, best seen on tomosynthesis. Ultrasound shows a corresponding 8 mm oval, parallel, hypoechoic mass.
Impression: stable post-treatment changes on the right, BI-RADS 2. Left breast new mass, BI-RADS 4A; ultrasound-guided biopsy advised.
""", "a", "4A", {"R": "2", "L": "4A"}, [
    "other R p s", "calc R p s m:dystrophic", "skin R p s", "mass L p"])

# ---------------------------------------------------------------- follow-up narratives
case("t2_05_followup_probably_benign_mass", "follow-up narrative", """
Follow-up case: a probably benign mass over two years

Index examination (March 2022): baseline screening mammography of a 44-year-old woman showed a 9 mm oval circumscribed mass in the left breast at 3 o'clock; ultrasound showed a correlating solid oval parallel mass, likely a fibroadenoma. It was assessed as BI-RADS 3 and short-interval follow-up was advised. A small group of punctate calcifications in the right breast was noted at that time.

Current examination (March 2024): The left breast mass is unchanged in size and appearance at 9 mm, now stable for 24 months. The punctate calcifications in the right breast are no longer seen. There are no new masses, suspicious calcifications or areas of architectural distortion. Breast density: scattered fibroglandular (B).

Assessment today: BI-RADS 2, benign. Return to routine annual screening.
""", "b", "2", {}, [
    "mass L p s", "calc R a", "mass N a", "calc N a", "ad N a"])

case("t2_06_followup_evolving_calcs", "follow-up narrative", """
Serial imaging case: evolving calcifications

2021: Screening mammography of a 57-year-old woman demonstrated a few punctate calcifications in the right upper outer quadrant, considered benign (BI-RADS 2).
2022: The calcifications were similar in number.
2024 (current): The right upper outer quadrant calcifications have increased to a group of about 15 punctate and fine pleomorhpic calcifications spanning 9 mm. There is no associated mass. A second cluster of coarse calcifications in the left lower inner quadrant is unchanged since 2021. The breasts are heterogeneously dense.
Diagnosis and management: increasing calcifications warrant tissue sampling: BI-RADS 4B, right breast. Stereotactic biopsy revealed DCIS, intermediate grade.
""", "c", "4B", {"R": "4B"}, [
    "calc R p m:fine_pleomorphic,punctate d:grouped", "mass R a", "calc L p s m:coarse d:grouped"])

case("t2_07_followup_new_distortion", "follow-up narrative", """
Case narrative – comparison with prior studies

Mrs K., 63, has had yearly mammograms at our unit since 2019. In 2023 a focal asymmetry was reported in the left breast at 12 o'clock and she was recalled; spot compression views at that time showed it to be summation of normal tissue.

Current study (2024, bilateral mammography with DBT): The previously recalled area in the left breast at 12 o'clock shows normal dispersing fibroglandular tissue, as before. In the right breast, a new architectural distorsion is evident in the upper outer quadrant at 10 o'clock, middle depth, best appreciated on tomosynthesis slices. There is no associated mass or calcification. Targeted ultrasound shows an ill-defined hypoechoic area with shadowing that corresponds to the distortion. No right axillary lymphadenopathy.

Conclusion: New right architectural distortion – BI-RADS 4C. Left breast: benign, BI-RADS 2.
""", None, "4C", {"R": "4C", "L": "2"}, [
    "ad R p", "mass R a", "calc R a", "ln R a"])

case("t2_08_followup_two_year", "follow-up narrative", """
Follow-up teaching case: six-month, one-year and two-year checks

Initial diagnostic mammogram (2022) in a 50-year-old woman: 6 mm group of round calcifications in the left upper inner quadrant, BI-RADS 3. Right breast negative, BI-RADS 1.
6 months: unchanged, BI-RADS 3.
12 months: unchanged, BI-RADS 3.
24 months (today): The left upper inner quadrant calcifications remain round and grouped and have not changed since 2022. A 5 mm circumscribed oval mass in the right breast at 7 o'clock is new compared with 2022; ultrasound shows a simple cyst. Bilaterally, no suspicious calcifications or architectural distortion.
Today's assessment: Left BI-RADS 2 (benign, stable for two years). Right BI-RADS 2 (simple cyst).
""", None, "2", {"L": "2", "R": "2"}, [
    "calc L p s m:round d:grouped", "mass R p", "calc B a", "ad B a"])

# ---------------------------------------------------------------- pathology correlation
case("t2_09_radpath_concordant_malignant", "pathology-correlation note", """
Radiology–pathology correlation note

Imaging: Right breast, 11 o'clock, 4 cm FN: 13 mm irregular hypoechoic mass with angular margins and posterior acoustic shadowing on US. The mammographic correlate is an irregular spiculated mass with associated amorphous calcifications.
Assessment: BI-RADS 4C, right breast.
Procedure: US-guided 14G core biopsy, 4 cores, clip placed.
Pathology: invasive carcinoma of no special type, grade 2, with associated DCIS and microcalcifications in the specimen. ER positive, HER2 negative.
Concordance: concordant malignant. Post-biopsy mammogram shows the clip within the mass. Refer to breast surgery.
""", None, "4C", {"R": "4C"}, [
    "mass R p", "calc R p m:amorphous"])

case("t2_10_radpath_discordant", "pathology-correlation note", """
Rad-path conference note — discordance

Imaging summary: left breast diagnostic mammogram with tomosynthesis. A 10 mm area of architectural distortion without a central mass at 1 o'clock, seen on LCC and LMLO tomosynthesis slices; no calcifications. Ultrasound showed no correlate.
Assessment: BI-RADS 4B.
Tomosynthesis-guided vacuum biopsy: 9G, 12 cores; post-procedure images show the clip at the target and a small haematoma.
Histology: fibrocystic change with stromal fibrosis; no radial scar identified.
Correlation: DISCORDANT. Benign non-specific histology does not explain a spiculated distortion. Recommend surgical excision.
""", None, "4B", {"L": "4B"}, [
    "ad L p", "mass L a", "calc L a", "other L p"])

case("t2_11_radpath_benign_fa", "pathology-correlation note", """
Radiologic-pathologic correlation: benign concordant

Patient: 39 y, palpable lump right breast.
Imaging findings: Right breast ultrasound and mammography. At 8 o'clock, 2 cm FN, there is a 17 mm oval, circumscribed, parallel, hypoechoic mass with a few internal echoes; on mammography it is an equal-density oval mass, partly obscured by dense tissue. No calcificatons. Right axillary lymph node with normal fatty hilum, 9 mm. BI-RADS 4A.
Pathology (US core): fibroadenoma. No atypia.
Concordance: concordant benign. Follow-up ultrasound in 6–12 months.
""", None, "4A", {"R": "4A"}, [
    "mass R p", "calc R a", "ln R p"])

# ---------------------------------------------------------------- review-article examples
case("t2_12_review_fine_linear", "review-article example", """
Example 3 from a review on calcification descriptors

Fine linear or fine-linear branching calcifications are thin, irregular and often discontinuous, and suggest filling of the lumen of a duct by cancer. In the example shown, a 62-year-old woman's left craniocaudal magnification view demonstrates fine linear branching calcifications in a segmental distribution extending toward the nipple over 45 mm. No mass is seen. Such calcifications warrant BI-RADS 4C or 5; in this case the left breast was assessed as BI-RADS 5, and biopsy confirmed high-grade DCIS. By contrast, amorphous calcifications (too small or faint to determine a shape) carry an intermediate concern and are usually assessed as BI-RADS 4B when grouped.
""", None, "5", {"L": "5"}, [
    "calc L p m:fine_linear d:segmental", "mass L a"])

case("t2_13_review_asymmetries", "review-article example", """
From "Asymmetries on screening mammography: a pictorial review"

An asymmetry is seen on only one of the two standard projections and most often represents summation of overlapping tissue. A focal asymmetry is visible on two projections and has a similar shape on both, but lacks the convex borders of a mass. A developing asymmetry is a focal asymmetry that is new, larger or more conspicuous than on a previous examination.
Illustrative case: a 58-year-old woman had a developing asymmetry in the right upper outer quadrant that had grown from 8 to 15 mm since the prior screen, two years earlier. There were no associated calcifications. Ultrasound showed an irregular hypoechoic correlate. The asymmetry was assessed as BI-RADS 4B in the right breast, and biopsy showed invasive lobular carcinoma. The left breast was normal (BI-RADS 1).
""", None, "4B", {"R": "4B", "L": "1"}, [
    "asym R p", "calc R a"])

case("t2_14_review_imln", "review-article example", """
Intramammary lymph nodes: review and example

Intramammary lymph nodes are common, usually lie in the upper outer quadrant, and are typically under 10 mm. Features that should prompt concern include loss of the fatty hilum, cortical thickening and interval enlargement.
Example: In a 52-year-old woman, a 7 mm circumscribed reniform mass with a lucent notch is seen in the left upper outer quadrant on LMLO and LCC views. The lesion has been unchanged since 2019. It is an intramammary lymph node, a benign finding in the left breast (BI-RADS 2). Incidentally there are bilateral vascular calcifications.
""", None, "2", {"L": "2"}, [
    "ln L p s", "calc B p m:vascular"])

# ---------------------------------------------------------------- quiz cases
case("t2_15_quiz_oil_cyst", "quiz case", """
Quiz case 12 – What is your diagnosis?

History: 45-year-old woman, recalled from screening.
Images: right diagnostic mammogram (CC and MLO) and spot magnification.
Findings: There is a 12 mm round mass in the right breast at 12 o'clock, anterior depth. Its margins are circumscribed with a thin radiolucent halo, and its centre is of fat density. Its wall contains thin rim calcifications.
Question: Which is the most likely diagnosis? (a) fibroadenoma (b) oil cyst (c) mucinous carcinoma (d) intramammary lymph node.
Answer: (b) oil cyst, a form of fat necrosis. The correct assessment is BI-RADS 2 and no further work-up is needed.
""", None, "2", {"R": "2"}, [
    "mass R p", "calc R p m:rim"])

case("t2_16_quiz_radial_scar", "quiz case", """
What is your diagnosis? (Case of the month)

A 51-year-old woman attended routine screening. Bilateral mammography with tomosynthesis shows scattered areas of fibroglandular density (B). In the left breast at 2 o'clock there is a stellate area of architecural distortion, 11 mm, with long thin spicules and a radiolucent centre, visible on tomosynthesis only. No mass or suspicious calcification is associated.

Your answer?

Differential diagnosis: radial scar / complex sclerosing lesion, invasive lobular or tubular carcinoma, post-surgical scar (no surgery in history).
Final diagnosis: radial scar without atypia at vacuum-assisted excision. Because distortion without a surgical history needs a tissue diagnosis, the correct category was BI-RADS 4 — not 3.
""", "b", "4", {}, [
    "ad L p", "mass L a", "calc L a"])

case("t2_17_quiz_inflammatory", "quiz case", """
Self-assessment question 4

A 47-year-old woman presents with a red, swollen left breast for 3 weeks, not responding to antibiotics.
Left diagnostic mammogram: skin thickening up to 7 mm over the whole breast, most marked inferiorly. Nipple retraction is present. No discrete mass or suspicious calcifications. Multiple enlarged left axillary lymph nodes with loss of fatty hila.
What is the most appropriate BI-RADS category?
A) 2   B) 3   C) 4   D) 5
Answer: D. The appearances are highly suggestive of inflammatory breast cancer: BI-RADS 5, and a skin punch biopsy should be performed.
""", None, "5", {"L": "5"}, [
    "skin L p", "skin L p", "mass L a", "calc L a", "ln L p"])

# ---------------------------------------------------------------- resident handover notes
case("t2_18_handover_recall", "resident handover note", """
Handover note (R2 -> on-call R3), 17:30
Pt: 58F, recalled from screening, bilat DBT + Lt US done today.
- Lt UOQ 1 o'c: 6mm grp of amorphous MCs, seen on LCC/LMLO + mag views. No assoc mass/AD.
- Lt 3 o'c: 8mm oval circ mass, US = simple cyst.
- Rt: nil suspicious, few benign calcs. ?asymmetry RMLO only, prob summation.
- Density C.
Plan: BR4B Lt -> stereo VAB booked Thurs. Rt BR1. Pt informed, happy. Pls chase anaesthetics re anticoag.
""", "c", "4B", {"L": "4B", "R": "1"}, [
    "calc L p m:amorphous d:grouped", "mass L a", "ad L a", "mass L p", "calc R p", "asym R q"])

case("t2_19_handover_postlumpectomy", "resident handover note", """
Resident sign-out — diagnostic list
Pt 62F, Rt breast diag mammo + US, hx Rt lumpectomy 2019.
Rt lumpectomy bed UOQ: post-surgical AD, stable vs 2022/2023. Fat necrosis w/ coarse + rim calcs, unch.
NEW: Rt 7 o'c 5mm irreg hypoechoic mass on US, no mammo correlate. ?recurrence vs fat necrosis. BR4A Rt -> US bx.
Skin thickening Rt post-XRT, improving.
No abnl ALN.
""", None, "4A", {"R": "4A"}, [
    "ad R p s", "other R p s", "calc R p s m:coarse,rim", "mass R p", "skin R p", "ln R a"])

case("t2_20_handover_nipple_discharge", "resident handover note", """
Weekend handover (breast)
Bed 12, 45F, bilat mammo + US for Lt nipple d/c.
Lt: retroareolar dilated ducts up to 4mm w/ intraductal echogenic material, no mass. Lt nipple retraction, chronic per pt.
Rt: 2 x FAs (10 & 14mm, 2 o'c & 4 o'c), stable since 2020. Rt UOQ IMLN 5mm, benign. BR2.
Lt BR4A -> US-guided VAB Mon.
Density B. No LN concerns.
""", "b", "4A", {"R": "2", "L": "4A"}, [
    "other L p", "mass L a", "skin L p", "mass R p s", "mass R p s", "ln R p", "ln B a"])

# ---------------------------------------------------------------- tumour-board summaries
case("t2_21_mdt_screen_detected", "tumour-board summary", """
Multidisciplinary tumour board – case summary

Patient: 54-year-old woman, screen-detected.
Imaging (bilateral mammography + tomosynthesis, right breast US): ACR density B. Right breast UOQ 10 o'clock: 18 mm irregular mass with spicualted margins and associated architectural distortion; US 19 x 15 mm irregular hypoechoic mass, non-parallel. Morphologically abnormal right axillary lymph nodes (cortex up to 6 mm). Left breast: no suspicious findings. BI-RADS: right 5, left 1.
Pathology: core biopsy IDC NST grade 2, ER 8/8, PR 6/8, HER2 negative, Ki-67 20%. FNA of right axillary node positive for metastatic carcinoma.
Staging: cT2 cN1 M0.
Discussion / recommendation: primary surgery; proceed to right WLE and axillary node clearance. MRI to assess extent of disease.
""", "b", "5", {"R": "5", "L": "1"}, [
    "mass R p", "ad R p", "ln R p"])

case("t2_22_mdt_multifocal", "tumour-board summary", """
Breast MDT outcome sheet

Name: [redacted]   Age: 67
Radiology: Left breast: two masses in the upper outer quadrant, 12 mm at 2 o'clock and 9 mm at 1 o'clock, 25 mm apart, both irregular with indistinct margins (multifocal). Fine pleomorphic calcifications in a segmental distribution between them. Left axilla: one node with 4 mm cortex, indeterminate. Right breast: stable benign calcified FA; a new 6 mm focal asymmetry in the right LIQ on the CC view only – recall for spot views. Right BI-RADS 0 pending spot views; left BI-RADS 5.
Histology: Left 2 o'clock: ILC grade 2. Left 1 o'clock: ILC grade 2.
Outcome: Left mastectomy + SLNB. Right spot compression views before surgery.
""", None, "5", {"R": "0", "L": "5"}, [
    "mass L p", "mass L p", "calc L p m:fine_pleomorphic d:segmental", "ln L p",
    "mass R p s", "calc R p s", "asym R p"])

case("t2_23_mdt_post_neoadjuvant", "tumour-board summary", """
Tumour board summary – response assessment after neoadjuvant chemotherapy

Baseline (Jan 2024): right breast 32 mm irregular spiculated mass at 12 o'clock with surrounding pleomorphic calcifications; biopsy-proven right axillary nodal metastasis (clipped node). BI-RADS 6.
Current (Jul 2024, mammography + US): The right breast mass has decreased to 11 mm and is now less spiculated. The calcifications are unchanged in extent (35 mm), fine pleomorphic, segmental. The clipped axillary node is now normal in size with a thin cortex. Left breast: no mass, no suspicious calcifications. BI-RADS 6 (known malignancy), right.
Board recommendation: breast-conserving surgery with wire localisation spanning the calcifications, and targeted axillary dissection.
""", None, "6", {"R": "6"}, [
    "mass R p", "calc R p s m:fine_pleomorphic d:segmental", "ln R p", "mass L a", "calc L a"])

# ---------------------------------------------------------------- second opinions
case("t2_24_second_opinion_upgrade", "second-opinion report", """
SECOND OPINION REPORT
Images reviewed: outside bilateral screening mammogram with tomosynthesis, 02/05/2024.
Outside interpretation: BI-RADS 0, left breast asymmetry.

Our review: The breasts are heterogeneously dense (C). In the left breast at 3 o'clock, middle depth, the finding called an asymmetry on the outside report is, on tomosynthesis, a 7 mm irregular mass with indistinct margins. It is seen on both views. No associated calcifications or distortion. The right breast shows scattered benign-appearing calcifications and no suspicious mass.

Opinion: Suspicious left breast mass, BI-RADS 4B; we recommend left diagnostic ultrasound and ultrasound-guided biopsy rather than short-interval recall. Right breast BI-RADS 2.
""", "c", "4B", {"L": "4B", "R": "2"}, [
    "mass L p", "calc L a", "ad L a", "calc R p d:diffuse", "mass R a"])

case("t2_25_second_opinion_downgrade", "second-opinion report", """
Second-opinion consultation — breast imaging

Request: review of outside right diagnostic mammogram and ultrasound (12 March 2024), outside assessment BI-RADS 4A for a "right breast mass".
Findings on review: Right breast, 11 o'clock, 5 cm from the nipple: the 8 mm oval circumscribed mass on mammography corresponds on ultrasound to an oval, circumscribed anechoic lesion with a thin echogenic wall and posterior enhancement, i.e. a simple cyst. There is an adjacent cluster of microcysts. No solid component. No suspicious calcificatoins. The axilla is unremarkable.
Comment: This is a benign finding. In our opinion the appropriate category is BI-RADS 2 rather than 4A, and no biopsy is required.
""", None, "2", {"R": "2"}, [
    "mass R p", "mass R p", "calc R a"])

case("t2_26_second_opinion_calcs", "second-opinion report", """
2nd opinion — mammography
Exam: Bilateral diagnostic mammogram with magnification views (outside, 2024-06-11).
Question from referring surgeon: are the left calcifications suspicious?

Review: Breast composition b. Left UOQ: 12 mm group of calcifications; most are round and punctate, but a few amorphous forms are present on the magnification views. No mass, no distortion. Right breast: questionable tiny asymmetry on the RCC view only, not seen on RMLO, most likely summation; otherwise normal. Skin and nipples normal. No lymphadenopathy.
Conclusion: The presence of amorphous forms means the group cannot be called probably benign. We assess it as BI-RADS 4A (left); right BI-RADS 1. Stereotactic biopsy is suggested.
""", "b", "4A", {"L": "4A", "R": "1"}, [
    "calc L p m:amorphous,punctate,round d:grouped", "mass L a", "ad L a", "asym R q", "ln B a"])

# ---------------------------------------------------------------- bilingual-editor English
case("t2_27_translated_spiculated", "bilingual-editor English", """
Mammography report (translated)

Both breasts are of heterogeneous dense type (ACR C) what can reduce the sensitivity. In right breast at upper outer quadrant is visible an irregular shape mass with spiculated margins of size 15 mm. Around of the mass are present fine pleomorphic microcalcifications in group. Left breast is without focal lesions, without microcalcifications. Axillary lymph nodes of both sides are of normal aspect, with fatty hilum.
Conclusion: Right breast lesion is highly suspicious for malignancy – BI-RADS 5. Left breast BI-RADS 1. Is recommended core biopsy under ultrasound guidance.
""", "c", "5", {"R": "5", "L": "1"}, [
    "mass R p", "calc R p m:fine_pleomorphic d:grouped", "calc L a", "ln B p"])

case("t2_28_translated_distortion", "bilingual-editor English", """
Mammografic examination – report

The exam was made in two projections (CC and MLO) of both breasts, completed with tomosynthesis. The breast tissue is with scattered fibroglandular densities (type B). On left breast, in upper inner quadrant, is seen a zone of architectural distortion without central mass, of about 10 mm, which is not seen on the previous exam from 2022. Not associated calcifications. On right breast are visible some benign calcifications of vascular type and one oval, well circumscribed nodule of 6 mm in lower outer quadrant, unchanged comparing with 2022, probably intramammary lymph node.
Opinion: Left breast – BI-RADS 4B, is necessary biopsy guided by tomosynthesis. Right breast – BI-RADS 2.
""", "b", "4B", {"L": "4B", "R": "2"}, [
    "ad L p", "mass L a", "calc L a", "calc R p m:vascular", "ln R p s"])

case("t2_29_translated_cyst_control", "bilingual-editor English", """
Report of breast ultrasound and mammography (english version)

Indication: control after 6 months for the cyst in left breast.
Mammography: The breasts are predominantly fatty, ACR A. Is not observed suspicious masses or clusters of microcalcifications. The known nodular opacity in left breast at 12 hour is of same dimensions like before (9 mm), with circumscribed contours.
Ultrasound: at left breast 12 hour, 9 mm anechoic formation with posterior enhancement, simple cyst, unchanged. At right breast 10 hour a new hypoechoic formation, oval, parallel, 5 mm, with circumscribed borders, probably fibroadenoma.
Conclusion: Left BI-RADS 2. Right BI-RADS 3 — control by ultrasound in 6 months.
""", "a", "3", {"L": "2", "R": "3"}, [
    "mass N a", "calc N a", "mass L p s", "mass R p"])

# ---------------------------------------------------------------- dictation errors
case("t2_30_dictation_write_breast", "dictation errors", """
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS

FINDINGS: The breast are heterogeneously dense which may lower the sensitivity of mammography there is a new 6 mm irregular mass in the write breast at 11 o'clock posterior depth it is not seen on the prior exam. There are scattered benign calcifications bilaterally. No suspicious calcification sore architectural distortion in the left breast.

IMPRESSION: Incomplete. New irregular mass in the write breast needs additional imaging. BI-RADS 0 right, BI-RADS 1 left.
""", "c", "0", {"R": "0", "L": "1"}, [
    "mass R p", "calc B p d:diffuse", "calc L a", "ad L a"])

case("t2_31_dictation_cyst", "dictation errors", """
LEFT DIAGNOSTIC MAMMOGRAM AND ULTRASOUND
History: palpable lump left breast 2 o'clock.
Findings: Spot compression over the palpable marker shows a circumscribed oval mass measuring 14 mm their is no associated micro calcifications. On ultrasound the mass is anechoic with acoustic enhancement consistent with a simple cyst. Also seen a second cyst at 4 o'clock 6 mm. No solid mass no axillary adenopathy.
Impression: Palpable lump corresponds to a simple cyst. Benign BI-RADS to.
""", None, "2", {"L": "2"}, [
    "mass L p", "calc L a", "mass L p", "mass L a", "ln L a"])

case("t2_32_dictation_stable", "dictation errors", """
BILATERAL DIAGNOSTIC MAMMOGRAM
Comparison: 2022 and 2023.
FINDINGS: Breast tissue is scattered fibroglandular density. In the left breast there are grouped coarse heterogenous calcifications in the upper outer quadrant unchanged since 2022 there are also dystrophic calcifications in the right breast also also unchanged. Right lower inner quadrant focal asymmetry has been previously evaluated and is stable. No new mass. There's no skin thickening or nipple retraction. Lymph nodes the left axilla normal.
IMPRESSION: Stable benign appearing calcifications bilaterally and stable right asymmetry. BI-RADS 2 benign findings.
""", "b", "2", {}, [
    "calc L p s m:coarse_heterogeneous d:grouped", "calc R p s m:dystrophic", "asym R p s",
    "mass B a", "skin B a", "ln L p"])

# ---------------------------------------------------------------- structured forms (Yes/No)
case("t2_33_form_per_breast", "structured form", """
BREAST IMAGING STRUCTURED REPORT
Exam: Bilateral screening mammography + DBT
Breast composition: C
RIGHT BREAST
  Mass: No
  Calcifications: Yes – benign (vascular)
  Asymmetry: No
  Architectural distortion: No
  Skin/nipple changes: No
  BI-RADS: 2
LEFT BREAST
  Mass: Yes – 11 mm, irregular, spiculated, 2 o'clock, middle depth
  Calcifications: Yes – fine pleomorphic, grouped, within the mass
  Asymmetry: No
  Architectural distortion: Yes – associated with the mass
  Skin/nipple changes: No
  BI-RADS: 4C
Axillary lymph nodes: Normal bilaterally
FINAL ASSESSMENT: BI-RADS 4C
""", "c", "4C", {"R": "2", "L": "4C"}, [
    "mass R a", "calc R p m:vascular", "asym R a", "ad R a", "skin R a",
    "mass L p", "calc L p m:fine_pleomorphic d:grouped", "asym L a", "ad L p", "skin L a", "ln B p"])

case("t2_34_form_checkbox", "structured form", """
SCREENING MAMMOGRAM – STRUCTURED FORM
Side examined: [x] Bilateral [ ] Right [ ] Left
Tomosynthesis: Yes
Density (ACR): [ ] a [x] b [ ] c [ ] d
Findings present? Yes
  Mass ............................ No
  Calcifications .................. Yes   Side: Left   Morphology: amorphous   Distribution: regional
  Focal asymmetry ................. No
  Developing asymmetry ............ No
  Architectural distortion ........ No
  Intramammary lymph node ......... Yes   Side: Right   (stable)
  Skin thickening ................. No
  Nipple retraction ............... No
Comparison with prior: available (2023)
BI-RADS category: 0 – recall for magnification views (left)
""", "b", "0", {"L": "0"}, [
    "mass B a", "calc L p m:amorphous d:regional", "asym B a", "ad B a", "ln R p s", "skin B a"])

case("t2_35_form_questions", "structured form", """
DIAGNOSTIC BREAST IMAGING FORM
Patient age: 49     Side: LEFT     Modalities: Mammography (spot compression) / Ultrasound
Clinical: palpable thickening 6 o'clock
Q1. Is there a mammographic abnormality at the site of concern? No
Q2. Is there a sonographic abnormality at the site of concern? Yes
Q3. If yes, describe: 12 mm irregular, hypoechoic, non-parallel mass with angular margins, 6 o'clock, 3 cm FN
Q4. Calcifications? No
Q5. Architectural distortion? No
Q6. Axillary lymph nodes abnormal? No
Q7. BI-RADS: 4B
Q8. Recommendation: US-guided core biopsy
""", None, "4B", {"L": "4B"}, [
    "mass L p", "calc L a", "ad L a", "ln L a"])

case("t2_36_form_proforma", "structured form", """
Screening Assessment Proforma (Breast Unit)
Views: RCC, RMLO, LCC, LMLO + tomo
Parenchymal pattern: extremely dense (d)
Right
  - Mass/nodule: None
  - Microcalcifications: None
  - Architectural distortion: None
  - Asymetry: present, 9 mm, UOQ, seen on RMLO only
Left
  - Mass/nodule: Present — 5 mm oval circumscribed, LIQ, stable since 2021
  - Microcalcifications: None
  - Architectural distortion: None
  - Asymetry: None
Axillae: no abnormal nodes bilaterally
Outcome: Right – recall, BI-RADS 0. Left – BI-RADS 2.
""", "d", "0", {"R": "0", "L": "2"}, [
    "mass R a", "calc R a", "ad R a", "asym R p",
    "mass L p s", "calc L a", "ad L a", "asym L a", "ln B a"])

# ---------------------------------------------------------------- numbered headings / Comment / Opinion / Conclusion
case("t2_37_numbered_headings", "numbered headings", """
1. CLINICAL INFORMATION
Annual screening, age 70. Prior right lumpectomy 2016.
2. TECHNIQUE
Bilateral digital mammography, CC and MLO, with tomosynthesis.
3. COMPARISON
2023, 2022.
4. FINDINGS
4.1 Breast composition: The breasts are almost entirely fatty (a).
4.2 Right breast: Postsurgical changes at the lumpectomy site, upper outer quadrant, with an oil cyst measuring 8 mm that has rim calcifications. These are unchanged.
4.3 Left breast: There is a 4 mm group of punctate calcifications at 9 o'clock, new since 2023. No mass.
4.4 Axillae: unremarkable.
5. CONCLUSION
Right: stable post-treatment changes, BI-RADS 2.
Left: new punctate calcifications, probably benign, BI-RADS 3. Six-month follow-up of the left breast.
""", "a", "3", {"R": "2", "L": "3"}, [
    "other R p s", "mass R p s", "calc R p s m:rim", "calc L p m:punctate d:grouped", "mass L a"])

case("t2_38_comment_section", "Comment/Conclusion sections", """
MAMMOGRAPHY, BOTH BREASTS – DIAGNOSTIC

Indication: Right breast pain, no lump.
Findings: Heterogeneously dense fibroglandular tissue (c). In the right breast at 7 o'clock there is a developing asymetry, 13 mm, more conspicuous than in 2022. On tomosynthesis it does not show a central mass. The left breast shows a few scattered punctate and round calcifications, stable.
Comment: The developing asymmetry is new/enlarging and ultrasound is negative; in the absence of a sonographic correlate, tomosynthesis-guided biopsy should be performed. Pain is not an indication of malignancy.
Conclusion: BI-RADS 4A (right breast). Left breast benign, BI-RADS 2.
""", "c", "4A", {"R": "4A", "L": "2"}, [
    "asym R p", "mass R a", "calc L p s m:punctate,round d:diffuse"])

case("t2_39_opinion_followup", "Opinion section / descriptors in next sentence", """
DIAGNOSTIC MAMMOGRAPHY – LEFT

Clinical details: 6-month follow-up of probably benign calcifications (BI-RADS 3, 2024).
Findings: Magnification views of the left upper outer quadrant. The calcifications previously described are again seen. They are round and punctate and remain grouped, spanning 5 mm. These are unchanged in number and extent. No associated mass or distortion. Elsewhere in the left breast there is a benign-appearing intramammary lymph node, unchanged.
Opinion: Stable probably benign calcifications. BI-RADS 3. Further follow-up in 6 months (12-month check).
""", None, "3", {"L": "3"}, [
    "calc L p s m:punctate,round d:grouped", "mass L a", "ad L a", "ln L p s"])

case("t2_40_continuation_sentences", "continuation sentences / descriptors in next sentence", """
Case 21: a node and some calcifications

A 53-year-old woman underwent bilateral screening mammography. Right breast: there is a 5 mm mass in the axillary tail. It is oval and circumscribed and has a fatty hilum. The appearance is that of an intramammary lymph node. Left breast: calcifications are present at 12 o'clock, posterior depth. They are fine linear and branching. Their distribution is linear, over 18 mm. Associated architectural distortion is not seen. Final assessment: left BI-RADS 4C; right BI-RADS 2.
""", None, "4C", {"L": "4C", "R": "2"}, [
    "ln R p", "calc L p m:fine_linear d:linear", "ad L a"])


def main():
    os.makedirs(OUT, exist_ok=True)
    ids = set()
    for cid, style, text, exp in CASES:
        assert cid not in ids, cid
        ids.add(cid)
        with open(os.path.join(OUT, cid + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(OUT, cid + ".expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2)
            fh.write("\n")
    print(len(CASES), "teaching cases")


if __name__ == "__main__":
    main()
