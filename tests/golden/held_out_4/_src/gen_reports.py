"""Writes reports/<id>.txt and reports/<id>.expected.json (gold written by hand, see
../README_teaching_reports.md). Run: /work/main/.venv/bin/python _src/gen_reports.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common_tr import expected, write_all

R = []


def rep(rid, style, text, density, overall, bb, codes):
    R.append((rid, style, text.strip("\n") + "\n", expected(density, overall, bb, codes)))


rep("r4_01_india_sonomammography", "India, private diagnostic centre, mammo + sonomammography (typo)", """
SHREE DIAGNOSTICS & IMAGING CENTRE
(NABL accredited)  |  Digital Mammography | 3T MRI | CT | USG | X-Ray

Patient Name : Mrs. XXXXX            Age/Sex : 52 Y / F
Ref. By      : Dr. R. Mehta (Onco-surgeon)      Date : 14/03/2025
Reg. No.     : 2503140117

              DIGITAL MAMMOGRAPHY (BOTH BREASTS) WITH SONOMAMMOGRAPHY

Clinical details: Lump left breast x 2 months.

OBSERVATIONS:
Mammography: CC and MLO views of both breasts were obtained.
Breast composition: ACR type C (heterogeneously dense).

Right breast: A well-defined oval opacity is seen in the upper outer quadrant.
Left breast: An irregular high density mass with speculated margins is seen in the upper outer quadrant,
measuring approx 2.1 x 1.8 cm. Clustered microcalcifications are seen within the mass.
No skin thickening or nipple retraction is seen in either breast.

Sonomammography:
Right breast: A well-defined oval hypoechoic lesion measuring 12 x 8 mm is seen at 10 o'clock position,
parallel to skin, with no internal vascularity - s/o fibroadenoma (corresponds to mammographic opacity).
Left breast: An irregular hypoechoic mass with angular margins, measuring 22 x 17 mm, is seen at 2 o'clock
position, taller than wide, with posterior acoustic shadowing and internal vascularity on colour Doppler.
Left axilla: Few lymph nodes with thickened cortex (max cortical thickness 5 mm) and loss of fatty hilum.
Right axilla: Normal.

IMPRESSION:
* Left breast malignant looking mass with microcalcifications and left axillary lymphadenopathy - BIRADS V.
* Right breast fibroadenoma - BIRADS III.

Advice: USG guided core biopsy of the left breast mass and FNAC of the left axillary node. Clinical correlation.

Dr. S. Kulkarni, MD (Radiodiagnosis)
Consultant Radiologist
This report is not valid for medico-legal purposes.
""", "c", "5", {"L": "5", "R": "3"}, [
    "mass R p", "mass L p", "calc L p d:grouped", "skin B a", "ln L p"])

rep("r4_02_hong_kong_dbt_us", "Hong Kong private hospital, DBT + bilateral US", """
HONG KONG WOMEN'S HEALTH CENTRE - DEPARTMENT OF DIAGNOSTIC RADIOLOGY

EXAMINATION: Digital Breast Tomosynthesis (3D Mammography), Both Breasts; Ultrasound, Both Breasts
CLINICAL INFORMATION: Annual check-up. Maternal aunt had breast cancer.
COMPARISON: Mammogram 10 May 2022 (this centre).

FINDINGS:
Mammography with tomosynthesis:
The breasts are heterogeneously dense (ACR category c), which may lower the sensitivity of mammography.
A group of amorphous calcifications is noted in the right upper outer quadrant, middle depth, spanning
7 mm. They are new compared with 2022.
A few benign-looking punctate calcifications are scattered in the left breast, unchanged.
No suspicious mass or architectural distortion is seen.

Ultrasound:
A few small simple cysts are seen in both breasts, the largest 6 mm at left 2 o'clock.
No sonographic abnormality corresponding to the right breast calcifications.
The axillae are unremarkable.

CONCLUSION:
1. New grouped amorphous calcifications, right upper outer quadrant.
   Right: BI-RADS 4B. Stereotactic vacuum-assisted biopsy is suggested.
2. Bilateral small simple cysts and stable benign calcifications left.
   Left: BI-RADS 2.

Reported by: Dr. Chan Wai-Man, FHKCR, FHKAM (Radiology)
""", "c", "4B", {"R": "4B", "L": "2"}, [
    "calc R p m:amorphous d:grouped", "calc L p s m:punctate d:diffuse", "mass B a", "ad B a",
    "mass B p"])

rep("r4_03_japan_health_checkup", "Japan (English), health check-up, Japanese terms (FAD, areas)", """
Tokyo Medical Check-up Center  -  Breast Examination Result (English version)

Course: Comprehensive check-up (Ningen Dock), Breast option
Examinations: Mammography (MMG) 2 views each side, Breast ultrasound (US)

[Mammography]
Breast composition: scattered fibroglandular ("nyusen sanzai")
R: FAD (focal asymmetric density) in the upper outer area, seen on the MLO and CC views. No calcification.
L: No abnormal findings.

[Ultrasound]
R: No mass corresponding to the FAD. Mammary gland is normal.
L: Cyst 5 mm, area C (upper outer). No other lesion.
Axillary lymph nodes: normal both sides.

[Assessment]
BI-RADS category  R: 0   L: 2
Judgment: R - Further examination required (diagnostic mammography with spot compression / tomosynthesis).
          L - Benign. Annual check-up.

Physician in charge: Dr. K. Sato (Breast imaging, JABTS certified)
""", "b", "0", {"R": "0", "L": "2"}, [
    "asym R p", "calc R a", "mass R a", "mass L p", "ln B p"])

rep("r4_04_saudi_bilingual", "Saudi Arabia, bilingual header, mammo + US (typo)", """
KING ABDULAZIZ SPECIALIST HOSPITAL          مستشفى الملك عبدالعزيز التخصصي
Department of Medical Imaging - Women's Imaging Unit          قسم الأشعة

MRN: 00-48-2291      Patient: XXXX, Female, 47 y
Exam: BILATERAL DIGITAL MAMMOGRAM + BILATERAL BREAST ULTRASOUND        Date: 02-04-2025
Indication: Screening, Saudi national breast cancer early detection program.
Comparison: 2022 mammogram and ultrasound.

Findings:
Breast composition: ACR B, scattered fibroglandular densities.
RIGHT: A cluster of fine pleomorphc microcalcifications at 12 o'clock, middle third, spanning 8 mm,
not seen in 2022. No associated mass.
LEFT: Two oval circumscribed masses, stable since 2022.

Ultrasound:
RIGHT: No sonographic correlate for the calcifications.
LEFT: Two fibroadenomas at 2 o'clock (11 mm) and 5 o'clock (7 mm), parallel, circumscribed, unchanged in
size; these correspond to the mammographic masses.
Both axillae: lymph nodes with preserved fatty hila.

Impression:
- RIGHT BREAST: new clustered fine pleomorphic microcalcifications, BI-RADS 4B.
  Recommend stereotactic biopsy.
- LEFT BREAST: stable fibroadenomas, BI-RADS 2.

Consultant Radiologist: Dr. N. Al-Otaibi
""", "b", "4B", {"R": "4B", "L": "2"}, [
    "calc R p m:fine_pleomorphic d:grouped", "mass R a", "mass L p s", "mass L p s", "ln B p"])

rep("r4_05_south_africa_private", "South Africa, private practice, medical-aid layout", """
DRS MOKOENA, VAN DER MERWE & PARTNERS - DIAGNOSTIC RADIOLOGISTS
Practice no. 0123456   |   Rosebank Breast Care Centre, Johannesburg

Patient: XXXX   Medical aid: XXXX   ICD-10: N63.2, Z12.3
Referring doctor: Dr P. Naidoo
Examination: BILATERAL MAMMOGRAM WITH TOMOSYNTHESIS AND BREAST ULTRASOUND     Date: 2025/02/18

Clinical: Routine screen. Right reduction surgery 2016.

Report:
Breast density: ACR C.
Left breast: There is a spiculated area of architectural distortion at 1 o'clock, 5 cm from the nipple,
best seen on the tomosynthesis slices. Ultrasound shows an ill-defined hypoechoic area with shadowing at
the same site, 9 mm.
Right breast: Benign calcified oil cysts in the inferior breast at the site of previous surgery. No
suspicious mass.
No axillary adenopathy on either side.

Conclusion:
Suspicious distortion left breast. Ultrasound-guided core biopsy advised and booked.
BIRADS:  R2   L4c

Thank you for this referral.
Dr T. van der Merwe  MBChB, FC Rad (Diag) SA
""", "c", "4C", {"R": "2", "L": "4C"}, [
    "ad L p", "mass R p", "calc R p", "mass R a", "ln B a"])

rep("r4_06_new_zealand_cysts", "New Zealand, private radiology, bilateral mammo + left US", """
Auckland Breast Imaging
BILATERAL MAMMOGRAM AND LEFT BREAST ULTRASOUND

Referrer: Dr H. Tane (GP)        Date: 11/02/2025
Clinical notes: Tender lumpy area left breast UOQ for 3 weeks. Last mammogram BreastScreen Aotearoa
2023 - clear.

MAMMOGRAM:
Breast density: BI-RADS B (scattered fibroglandular).
At the area of clinical concern in the left upper outer quadrant there is normal fibroglandular tissue
only. Nil suspicious mass, calcification or distortion in the right breast.

LEFT BREAST ULTRASOUND:
Two adjacent simple cysts at 2 o'clock, 4 cm from the nipple, measuring 8 mm and 12 mm, correlating
with the area of concern. No solid lesion.

COMMENT:
Benign cysts account for the symptoms. BI-RADS 2 left, BI-RADS 1 right.
Return to BreastScreen Aotearoa for routine screening.

Reported by Dr M. Williams, FRANZCR
""", "b", "2", {"L": "2", "R": "1"}, [
    "mass R a", "calc R a", "ad R a", "mass L p", "mass L p", "mass L a"])

rep("r4_07_germany_english", "Germany, English translation, ACR numeric density", """
Radiologische Gemeinschaftspraxis am Stadtpark - Mammadiagnostik
(English translation provided at patient's request)

Examination: Mammography both sides in 2 planes (cc, mlo) and ultrasound of both breasts, 17.03.2025
Indication: Early detection, previous examination 2023 (external).

Findings:
Density: ACR 3.
Right: Round focus 7 mm at 10 o'clock, sharply defined; sonographically a simple cyst.
Left: Newly appeared grouped polymorphic microcalcifications over 6 mm in the upper outer quadrant,
without a sonographic correlate. No focal lesion.
Skin and nipple: unremarkable on both sides.
Lymph nodes axillary: unremarkable on both sides.

Assessment:
BI-RADS right 2, left 4.
Recommendation: stereotactic vacuum biopsy of the left breast; presentation in the interdisciplinary
breast conference thereafter.

Dr. med. J. Becker, Specialist in Diagnostic Radiology
""", "c", "4", {"R": "2", "L": "4"}, [
    "mass R p", "calc L p m:fine_pleomorphic d:grouped", "ln B p"])

rep("r4_08_netherlands_english", "Netherlands, English for expat patient, prior category in comparison (typo)", """
Department of Radiology - Breast Centre, Amsterdam
Report: Mammography and tomosynthesis both sides, echography left

Date: 21-01-2025
Reason: Recall from the national screening programme (BI-RADS 0, referral code 0), left breast.
Comparison: Screening mammography 2023 (BI-RADS 2).

Findings:
Dense breast tissue, ACR c.
Left: In the upper outer quadrant there is an asymmetrie of 14 mm, new compared with 2023, which persists
on tomosynthesis. No calcifications in this area. Echography: no echographic correlate.
Right: Stable calcified fibroadenoma in the lower outer quadrant. No other abnormalities.

Conclusion:
Left: new asymmetry without echographic correlate, BI-RADS 4A. Tomosynthesis-guided biopsy advised.
Right: BI-RADS 2.

Radiologist: dr. E. de Vries
""", "c", "4A", {"L": "4A", "R": "2"}, [
    "asym L p", "calc L a", "mass R p s", "calc R p s"])

rep("r4_09_us_va", "US Veterans Affairs (VistA-style) screening with DBT", """
                        *** CONFIDENTIAL ***
VA MEDICAL CENTER - RADIOLOGY / NUCLEAR MEDICINE REPORT

Exm Date: FEB 04, 2025@09:12
Req Phys: XXXX,NP                      Pat Loc: WOMEN'S HEALTH CLINIC
Img Loc: MAMMOGRAPHY                   Service: Unknown

(Case 1187   COMPLETE)  MAMMO SCREEN BILAT DIGITAL W/ TOMO  (MAM  Detailed) CPT:77067

    Proc Modifiers : 
    Clinical History:
      55 yo female Veteran, routine screening. No breast complaints. Prior screening 2023
      at community care facility (images obtained).

    Report Status: Verified                    Date Reported: FEB 05, 2025
                                               Date Verified: FEB 05, 2025
    Verifier E-Sig:/ES/XXXX, MD

    Report:
      FINDINGS: Scattered areas of fibroglandular density. In the left breast, there is a
      possible mass in the upper outer quadrant, middle depth, seen on the CC tomosynthesis
      images only. No suspicious masses, calcifications or architectural distortion are seen
      in the right breast.

    Impression:
      Possible mass left breast. Additional imaging with diagnostic mammography and
      ultrasound is recommended.
      BI-RADS 0: Incomplete - left breast.  BI-RADS 1: Negative - right breast.

    Primary Diagnostic Code: ABNORMALITY, ATTN. NEEDED

Primary Interpreting Staff:
  XXXX, MD, Staff Radiologist
/ES/XXXX, MD
""", "b", "0", {"L": "0", "R": "1"}, [
    "mass L q", "mass R a", "calc R a", "ad R a"])

rep("r4_10_us_rural_cah", "US rural critical access hospital, remote read, single category", """
Prairie County Memorial Hospital - Imaging
Interpreted remotely by: Great Plains Radiology Associates

EXAM: SCREENING MAMMOGRAM BILATERAL (2D)
DATE: 01/09/2025
HISTORY: 67 year old female, annual screening. Hx of hysterectomy. Not on HRT.
COMPARISON: 12/2023, 11/2022.

FINDINGS: The breasts are almost entirely fatty. Benign-appearing calcifications in both breasts.
Stable right intramammary lymph node. No suspicious findings.

IMPRESSION: Benign. BI-RADS 2. Recommend annual screening mammography.

Results letter sent to patient per MQSA.
Electronically signed by XXXX, MD on 01/09/2025 3:41 PM CST
""", "a", "2", {}, [
    "calc B p", "ln R p s"])

rep("r4_11_teleradiology_right", "US tele-radiology, one-breast exam", """
NIGHTHAWK WOMEN'S IMAGING - TELERADIOLOGY REPORT
Originating facility: Riverbend Outpatient Imaging (Site 044)
Interpreting radiologist licensed in the state of the originating facility.

EXAM: RIGHT DIAGNOSTIC MAMMOGRAM WITH RIGHT BREAST ULTRASOUND
EXAM DATE/TIME: 03/02/2025 14:05 (site local time)
INDICATION: Short-interval evaluation of a right breast mass seen at outside screening 02/2025.
TECHNIQUE: Right CC, MLO, ML and spot compression views. Targeted right breast ultrasound by the site
sonographer; images reviewed by the interpreting radiologist.
COMPARISON: Outside screening 02/2025 (images uploaded).

FINDINGS:
The right breast is heterogeneously dense. At 7 o'clock, middle depth, there is a 9 mm oval circumscribed
equal-density mass which persists on spot compression. No suspicious calcifications.
Ultrasound: at 7 o'clock, 3 cm from the nipple, a 9 x 6 x 7 mm oval, parallel, circumscribed hypoechoic
solid mass corresponding to the mammographic finding. Right axilla: normal lymph nodes.

IMPRESSION:
Probably benign right breast mass at 7 o'clock, likely a fibroadenoma.
BI-RADS 3: Probably benign. Recommend right diagnostic mammogram and ultrasound in 6 months.

This teleradiology report has been transmitted to the originating facility.
""", "c", "3", {"R": "3"}, [
    "mass R p", "calc R a", "ln R p"])

rep("r4_12_structured_birads_form", "structured BI-RADS form with per-breast fields", """
MAMMOGRAPHY STRUCTURED REPORT
Exam: Bilateral screening mammogram with DBT                 Date: 2025-03-08
Priors compared: 2023-02-27, 2024-03-01

Breast composition: B - Scattered areas of fibroglandular density

RIGHT BREAST
  Mass ......................... No
  Calcifications ............... Yes - benign, vascular
  Asymmetry .................... No
  Architectural distortion ..... No
  Skin / nipple ................ Normal
  Axilla ....................... Normal
  RIGHT BI-RADS: 2 - Benign

LEFT BREAST
  Mass ......................... Yes - 6 mm oval, circumscribed, 3:00 middle depth, NEW
  Calcifications ............... No
  Asymmetry .................... No
  Architectural distortion ..... No
  Skin / nipple ................ Normal
  Axilla ....................... Normal
  LEFT BI-RADS: 0 - Incomplete: need additional imaging

OVERALL BI-RADS: 0
Recommendation: Left diagnostic mammogram and ultrasound.
""", "b", "0", {"R": "2", "L": "0"}, [
    "mass R a", "calc R p m:vascular", "asym R a", "ad R a",
    "mass L p", "calc L a", "asym L a", "ad L a"])

rep("r4_13_powerscribe_picklists", "US PowerScribe macro with filled pick-lists and an unused list", """
BREAST IMAGING REPORT

EXAM: MAMMO DIAGNOSTIC BILATERAL W/ TOMO; US BREAST LEFT LIMITED
INDICATION: [Palpable] lump, [left] breast, [10] o'clock, x [3 weeks].
COMPARISON: [Screening mammogram 03/2023].
BREAST COMPOSITION: [c. The breasts are heterogeneously dense, which may obscure small masses.]

FINDINGS:
A BB marks the palpable area. [Left] breast, [10] o'clock, [5] cm from the nipple: [irregular] mass with
[spiculated] margins, [18] mm. Associated features: [skin thickening]. Calcifications: [none].
[Right] breast: [No suspicious mass, calcifications or architectural distortion.]

Ultrasound [left] breast [10] o'clock: [irregular, not parallel, hypoechoic] mass with [angular] margins,
[22 x 15 x 14] mm, [posterior shadowing]. [Left] axilla: [one abnormal lymph node, cortex 5 mm].

IMPRESSION:
[BI-RADS 5: Highly suggestive of malignancy] - left.
[BI-RADS 1: Negative] - right.
Overall: {BI-RADS 0 / 1 / 2 / 3 / 4 / 5 / 6}

RECOMMENDATION: [US-guided core biopsy of the left breast mass and the left axillary lymph node.]
The patient was informed of the results and recommendations [in person].
""", "c", "5", {"L": "5", "R": "1"}, [
    "mass L p", "skin L p", "calc L a", "mass R a", "calc R a", "ad R a", "ln L p"])

rep("r4_14_table_of_lesions", "report with a table of lesions", """
BREAST IMAGING - DIAGNOSTIC MAMMOGRAPHY AND WHOLE-BREAST ULTRASOUND, BILATERAL
Indication: 41F, high risk (mother 45), dense breasts, supplemental imaging.

MAMMOGRAPHY: The breasts are extremely dense. In the left breast at 3 o'clock there is a 12 mm
irregular mass with fine pleomorphic calcifications. The right breast shows no suspicious finding.

ULTRASOUND - LESION TABLE
 # | Side | Clock | FN  | Size  | Description                                              | BI-RADS
---+------+-------+-----+-------+----------------------------------------------------------+--------
 1 | R    | 10:00 | 4cm | 9 mm  | oval circumscribed hypoechoic mass, parallel             | 3
 2 | R    | 2:00  | 2cm | 4 mm  | simple cyst                                              | 2
 3 | L    | 3:00  | 6cm | 13 mm | irregular hypoechoic mass, indistinct margins, internal  | 4C
   |      |       |     |       | echogenic foci (= the mammographic calcifications)       |

No axillary lymphadenopathy bilaterally.

IMPRESSION:
Left breast 3 o'clock: suspicious mass with calcifications (lesion 3) - BI-RADS 4C, US-guided biopsy.
Right breast: probably benign mass (lesion 1) - BI-RADS 3, 6-month follow-up; simple cyst (lesion 2).
""", "d", "4C", {"R": "3", "L": "4C"}, [
    "mass L p", "calc L p m:fine_pleomorphic", "mass R p", "mass R p", "ln B a"])

rep("r4_15_prior_categories_comparison", "US, previous-exam categories listed in comparison", """
EXAM: LEFT DIAGNOSTIC MAMMOGRAM (24-MONTH FOLLOW-UP) AND RIGHT SCREENING MAMMOGRAM
DATE: 05/12/2025

CLINICAL HISTORY: Follow-up of probably benign left breast calcifications.

COMPARISON: 05/2023 diagnostic (BI-RADS 3); 11/2023 left diagnostic (BI-RADS 3); 05/2024 bilateral
(BI-RADS 3 left, BI-RADS 1 right).

FINDINGS:
There are scattered areas of fibroglandular density.
Left: The group of punctate calcifications at 12 o'clock, posterior depth, spanning 4 mm, is stable
since 05/2023. No new calcifications.
Right: No suspicious mass, calcifications or architectural distortion.

IMPRESSION:
1. Stable left breast punctate calcifications over 24 months: benign. BI-RADS 2 left.
2. Right breast negative. BI-RADS 1 right.
Return to annual bilateral screening.
""", "b", "2", {"L": "2", "R": "1"}, [
    "calc L p s m:punctate d:grouped", "calc L a", "mass R a", "calc R a", "ad R a"])

rep("r4_16_right_only_post_mastectomy", "US community, one-breast exam after mastectomy", """
EXAM: RIGHT SCREENING MAMMOGRAM WITH TOMOSYNTHESIS (STATUS POST LEFT MASTECTOMY)
DATE: 04/03/2025
HISTORY: 63 yo, left mastectomy 2017 for IDC. No new complaints.
COMPARISON: 03/2024, 03/2023, 02/2019.

FINDINGS:
The right breast is heterogeneously dense, which may obscure small masses.
There is a 5 mm round circumscribed mass in the upper inner quadrant, unchanged since 2019.
No suspicious calcifications or architectural distortion.

IMPRESSION:
Benign. Stable right breast mass. BI-RADS 2.
Continue annual right screening mammography.
""", "c", "2", {"R": "2"}, [
    "mass R p s", "calc R a", "ad R a"])

rep("r4_17_left_only_palpable_negative", "US women's imaging centre, one-breast exam, negative", """
WOMEN'S IMAGING CENTER
EXAM: LEFT DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS AND LEFT BREAST ULTRASOUND
DATE: 02/20/2025
HISTORY: 38 yo with a palpable area of thickening in the left breast at 6 o'clock, 3 weeks.
COMPARISON: None.

FINDINGS:
A BB was placed over the palpable area. The left breast is extremely dense. No mammographic
abnormality is seen at the site of the BB. No suspicious calcifications.
Targeted ultrasound of the left breast at 5-7 o'clock, 2-6 cm from the nipple: normal
fibroglandular tissue; no cyst or solid mass.

IMPRESSION:
No imaging correlate for the palpable left breast finding. BI-RADS 1: Negative.
Further management of the palpable finding should be based on clinical grounds.
""", "d", "1", {"L": "1"}, [
    "calc L a", "mass L a"])

rep("r4_18_right_dbt_followup_increasing", "US, one-breast 6-month follow-up, percent density", """
EXAM: RIGHT DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS AND MAGNIFICATION VIEWS - 6-MONTH FOLLOW-UP
DATE: 02/26/2025
COMPARISON: 08/2024 (BI-RADS 3), 07/2024 screening.

FINDINGS:
Density: 25-50% fibroglandular (ACR 2).
The previously described round calcifications in the right upper outer quadrant have increased in
number and now span 11 mm in a linear distribution (previously 7 mm). Magnification views show new
amorphous forms. No associated mass or distortion.

IMPRESSION:
Increasing right breast calcifications. BI-RADS 4B: Moderate suspicion for malignancy.
Stereotactic biopsy recommended.
""", "b", "4B", {"R": "4B"}, [
    "calc R p m:amorphous,round d:linear", "mass R a", "ad R a"])

rep("r4_19_turkey_translated", "Turkey, translated university hospital report (typo)", """
UNIVERSITY HOSPITAL - DEPARTMENT OF RADIOLOGY
BILATERAL DIGITAL MAMMOGRAPHY AND BREAST ULTRASONOGRAPHY

Clinical information: Palpable mass in the right breast.

Breast parenchyma: ACR type B.
In the right breast upper outer quadrant, at 10 o'clock, a 15x12 mm irregular shaped hypoechoic lesion
with spiculated contours and posterior acoustic shadowing is observed. On mammography it corresponds to
a spiculated high density mass with accompanying architechtural distortion.
In the right axilla, a lymph node with 4 mm cortical thickening and preserved hilum is observed.
In the left breast several millimetric simple cysts are observed.
No pathological lymph node in the left axilla.

RESULT:
Right breast: BI-RADS 5. Tru-cut biopsy is recommended.
Left breast: BI-RADS 2.
""", "b", "5", {"R": "5", "L": "2"}, [
    "mass R p", "ad R p", "ln R p", "mass L p", "ln L a"])

rep("r4_20_thailand_screening_us", "Thailand, hospital check-up mammo + US (typo)", """
BANGKOK INTERNATIONAL HOSPITAL - BREAST CENTER
MAMMOGRAM AND ULTRASOUND BOTH BREASTS (SCREENING)

History: 45-year-old, check-up. No symptom.

Findings:
Both breasts are extremely dense (ACR d). No suspicious microcalcificaton.
Ultrasound:
- Right breast at 9 o'clock, 1 cm FN: 6 x 4 mm complicated cyst with low-level internal echoes.
- Left breast at 11 o'clock, 4 cm FN: 8 x 5 mm oval circumscribed hypoechoic solid mass, parallel
  orientation, likely fibroadenoma.
- Normal axillary lymph nodes both sides.

Impression:
BI-RADS 3 : Left breast probably benign solid mass. Follow-up ultrasound in 6 months.
BI-RADS 2 : Right breast complicated cyst, benign features.
""", "d", "3", {"L": "3", "R": "2"}, [
    "calc B a", "mass R p", "mass L p", "ln B p"])

rep("r4_21_us_mobile_coach", "US mobile mammography coach (rural outreach)", """
MOBILE MAMMOGRAPHY PROGRAM - COASTAL HEALTH NETWORK
Unit: Coach 2    Site: Harbor Springs Community Center
EXAM: 3D SCREENING MAMMOGRAM, BILATERAL
DATE OF SERVICE: 03/15/2025
Uninsured program (state BCCEDP). Prior outside mammograms: not available.

FINDINGS:
The breasts are heterogeneously dense.
Right breast: There is a focal asymmetry in the lower inner quadrant, posterior depth, seen on both
views.
Left breast: No suspicious masses, calcifications, or architectural distortion.
No skin thickening in either breast.

IMPRESSION:
Right breast focal asymmetry. Recall for diagnostic mammogram and possible ultrasound.
BI-RADS 0 right. BI-RADS 1 left.
The patient navigator will schedule the recall at the hospital.
""", "c", "0", {"R": "0", "L": "1"}, [
    "asym R p", "mass L a", "calc L a", "ad L a", "skin B a"])

rep("r4_22_density_notification", "US screening with state dense-breast notification paragraph", """
EXAMINATION: SCREENING MAMMOGRAM WITH TOMOSYNTHESIS, BILATERAL
DATE: 01/30/2025
COMPARISON: 2021, 2022, 2023, 2024.

FINDINGS:
The breasts are extremely dense, which lowers the sensitivity of mammography.
Left breast: Stable 8 mm oval circumscribed mass at 3 o'clock, unchanged since 2021, compatible with
a benign finding.
Right breast: No suspicious masses, calcifications or architectural distortion.

IMPRESSION:
LEFT: BI-RADS 2 - Benign (stable mass).
RIGHT: BI-RADS 1 - Negative.
Recommend annual screening mammography.

BREAST DENSITY NOTIFICATION (required by state law):
Your mammogram shows that your breast tissue is dense. Dense breast tissue is common and is not
abnormal. However, dense breast tissue can make it harder to find cancer on a mammogram and may also be
associated with an increased risk of breast cancer. This information about the result of your mammogram
is given to you to raise your awareness. Use this information to talk to your health care provider
about whether other supplemental tests in addition to your mammogram may be appropriate for you.
""", "d", "2", {"L": "2", "R": "1"}, [
    "mass L p s", "mass R a", "calc R a", "ad R a"])

rep("r4_23_poland_expat_clinic", "Poland, English-language private clinic (typo)", """
MEDICUS CLINIC WARSAW - Breast Diagnostics
Examination: Mammography of both breasts (CC, MLO) + ultrasound of both breasts
Date: 2025-03-03

Referral: Dr A. Nowak, gynaecologist. Screening; patient aged 50.

Description:
Breasts of fibroglandular structure, ACR type C.
Right breast: no masses, no suspicious microcalcifications. Single benign macrocalcification.
Left breast: in the lower outer quadrant (4 o'clock) an oval hypoechoic lesion 10 x 6 mm, well
circumscribed, parallel, most likely a fibroadenona; on mammography visible as an oval mass partially
obscured by glandular tissue. No microcalcifications.
Axillary lymph nodes of normal appearance on both sides.

Conclusion:
BI-RADS: right 2, left 3. Control ultrasound of the left breast in 6 months.

Physician: lek. med. K. Zielinska, specialist in radiology and diagnostic imaging
""", "c", "3", {"R": "2", "L": "3"}, [
    "mass R a", "calc R a", "calc R p", "mass L p", "calc L a", "ln B p"])

# ---------------------------------------------------------------- patient-portal prints
rep("r4_24_portal_mychart_recall", "patient-portal print (MyChart-like), impression repeated, page break", """
MyChart - Test Results                                             Printed 3/10/2025 8:14 PM
MAMMO SCREENING BILATERAL W TOMO
Result date: 3/9/2025

Narrative & Impression
EXAM: MAMMO SCREENING BILATERAL W TOMO
HISTORY: Screening. COMPARISON: 2/2023, 2/2024.
FINDINGS: There are scattered areas of fibroglandular density. In the left breast there are grouped
amorphous calcifications in the upper outer quadrant, anterior depth. No suspicious masses or
architectural distortion.

IMPRESSION: Left breast calcifications. Additional imaging evaluation with magnification views is
recommended. BI-RADS 0 left: Incomplete. BI-RADS 1 right: Negative.

https://mychart.examplehealth.org/MyChart/app/test-results/details?eorderid=WP-24...   1/2
--------------------------------------------------------------------------------------------
3/10/25, 8:14 PM                                  MyChart - Test Results

Impression
Left breast calcifications. Additional imaging evaluation with magnification views is
recommended. BI-RADS 0 left: Incomplete. BI-RADS 1 right: Negative.

Component results
There is no component information for this result.

Result Care Team
Authorizing provider: XXXX, MD          Interpreting radiologist: XXXX, MD
https://mychart.examplehealth.org/MyChart/app/test-results/details?eorderid=WP-24...   2/2
""", "b", "0", {"L": "0", "R": "1"}, [
    "calc L p m:amorphous d:grouped", "mass B a", "ad B a"])

rep("r4_25_portal_left_diag_broken_lines", "patient-portal print, one-breast exam, broken lines", """
Patient Portal | Imaging Results
Name: XXXX XXXX   DOB: XX/XX/1971   MRN: 000XXXXX
-----------------------------------------------------------------
Study: MG DIAG LEFT W TOMO + US BREAST LT      Status: Final
-----------------------------------------------------------------
Report Text:
LEFT DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS AND LEFT BREAST
ULTRASOUND
CLINICAL INDICATION: Recall from screening for a left breast
asymmetry.
FINDINGS: The left breast is heterogeneously dense. Spot compression
tomosynthesis views confirm a persistent 11 mm irregular mass with
indistinct margins at 1 o'clock, middle depth. No associated
calcifications. Ultrasound at 1 o'clock, 5 cm from the nipple, shows
an irregular hypoechoic mass with indistinct margins measuring 10 x 8
x 9 mm, corresponding to the mammographic finding. No left axillary
lymphadenopathy.

Page 1 of 2                       Patient Portal Print     03/21/2025
=================================================================
Patient Portal | Imaging Results            XXXX XXXX (cont.)
IMPRESSION: Suspicious left breast mass at 1 o'clock. BI-RADS
4A: Low suspicion for malignancy. Ultrasound-guided biopsy
recommended.
Signed: XXXX, MD  03/20/2025 16:22
Page 2 of 2                       Patient Portal Print     03/21/2025
""", "c", "4A", {"L": "4A"}, [
    "mass L p", "calc L a", "ln L a"])

rep("r4_26_portal_nz_released", "patient-portal print (NZ), released-before-review banner", """
ManageMyHealth - Results
Result: MAMMOGRAM BILATERAL            Provider: Christchurch Breast Imaging
Date collected: 06 Feb 2025           Date released: 07 Feb 2025
** This result has been released to you before your doctor has reviewed it. Please
discuss it with your doctor. **

BILATERAL MAMMOGRAM
Clinical: Annual surveillance, family history (sister 44).
Breast density: BI-RADS C - heterogeneously dense.
Findings: There are coarse benign calcifications in the right
breast (involuting fibroadenoma), stable. The left breast is
unremarkable; nil suspicious mass, calcification or distortion.
Normal appearing axillary lymph nodes bilaterally.
Conclusion: Benign findings right breast, BI-RADS 2. Left breast
normal, BI-RADS 1. Next mammogram in 12 months.

-- page 1 of 1 -- printed from ManageMyHealth 08/02/2025 --
""", "c", "2", {"R": "2", "L": "1"}, [
    "calc R p s m:coarse", "mass R p s", "mass L a", "calc L a", "ad L a", "ln B p"])

rep("r4_27_portal_india_pdf", "patient-portal PDF-to-text print (India), page header mid-report (typo)", """
CITY CARE HOSPITALS - e-REPORT                                  Page 1 of 2
UHID: CCH25-00918      Name: Mrs. XXXX      Age: 46 Y      Sex: F
Visit: OPD/25/0311     Ref: Dr. A. Iyer (Surgical Oncology)
-------------------------------------------------------------------------
DEPARTMENT OF RADIOLOGY
MAMMOGRAPHY BOTH BREASTS + USG BOTH BREASTS

Breast composition: Scattered fibroglandular densities (ACR b).
Right breast: An irregular mass with indistinct margins is seen in the upper
inner quadrant (2 o'clock), measuring 1.3 x 1.1 cm, with a few associated
amorphous microcalcifications. On USG it appears as an irregular hypoechoic
lesion with indistinct margins, not parallel, measuring 14 x 10 mm at 2 o'clock
position, 3 cm from the nipple.
Right axilla: A lymphnode with mildly thickened cortex (3.5 mm), fatty hilum
preserved.
-------------------------------------------------------------------------
CITY CARE HOSPITALS - e-REPORT                                  Page 2 of 2
UHID: CCH25-00918      Name: Mrs. XXXX      (continued)
-------------------------------------------------------------------------
Left breast: Simple cyst of 7 mm at 3 o'clock. No other focal lesion.
Left axilla: Normal.

IMPRESSION:
Right breast upper inner quadrant suspicious mass with microcalcifications -
BIRADS 4B.
Left breast simple cyst - BIRADS 2.
Advice: USG guided biopsy of the right breast lesion.

Dr. P. Menon, DMRD, DNB - Consultant Radiologist
*** End of Report ***
""", "b", "4B", {"R": "4B", "L": "2"}, [
    "mass R p", "calc R p m:amorphous", "ln R p", "mass L p"])

rep("r4_28_portal_addendum_first", "patient-portal print, addendum shown above the original report", """
My Health Record Viewer - Radiology
MAMMO SCREENING BILAT W TOMO                           Final result
---------------------------------------------------------------------

ADDENDUM (02/14/2025):
Outside prior mammograms from 2019 and 2021 have been received and
reviewed. The right breast asymmetry is present and unchanged on these
studies and is therefore benign. Revised assessment: BI-RADS 2, both breasts.
Return to annual screening.

ORIGINAL REPORT (02/03/2025):
EXAM: Screening mammogram, bilateral, with tomosynthesis.
COMPARISON: None available; outside priors requested.
FINDINGS: The breasts are heterogeneously dense. There is a
focal asymmetry in the right upper outer quadrant, posterior depth.
Scattered benign-appearing calcifications in the left breast. No
suspicious mass, calcifications or architectural distortion on the left.
IMPRESSION: Right breast focal asymmetry; obtaining outside priors
is recommended before recall. BI-RADS 0: Incomplete - need prior
mammograms for comparison.
---------------------------------------------------------------------
Page 1 of 1
""", "c", "2", {"R": "2", "L": "2"}, [
    "asym R p s", "calc L p d:diffuse", "mass L a", "calc L a", "ad L a"])

rep("r4_29_portal_component_fields", "patient-portal print with component result fields", """
Patient Portal - Test Details
MG DIAGNOSTIC MAMMO BILATERAL + US RT BREAST                     Collected: 01/27/2025

Component Results
  Component                     Your Value
  BI-RADS Category              4B
  Breast Density                C - Heterogeneously Dense
  Recommended Follow-up         Biopsy

Narrative
EXAM: Diagnostic mammogram bilateral with tomosynthesis; right breast
ultrasound.
INDICATION: Right nipple discharge, bloody, single duct.
FINDINGS: Heterogeneously dense breasts. In the right subareolar
region there are fine linear calcifications in a linear distribution
over 15 mm. Right breast ultrasound shows a dilated duct at 10 o'clock
containing a 6 mm intraductal mass. The left breast shows stable scattered round
calcifications.
IMPRESSION:
RIGHT: BI-RADS 4B - calcifications and intraductal mass; ultrasound-
guided biopsy recommended.
LEFT: BI-RADS 2.

Page 1 of 1                                  Printed 01/28/2025 07:02
""", "c", "4B", {"R": "4B", "L": "2"}, [
    "calc R p m:fine_linear d:linear", "other R p", "mass R p", "calc L p s m:round d:diffuse"])

rep("r4_30_portal_hyphenated_pdf", "patient-portal PDF print (South Africa), hyphenated line breaks", """
Results Viewer  |  Lancet-style lab & imaging portal      Page 1/1
Patient: XXXX     Requesting Dr: Dr L. Dlamini
-----------------------------------------------------------------
BILATERAL MAMMOGRAM AND ULTRASOUND - 2025/03/12
Clinical: Follow-up of right breast mass (BIRADS 3 in 2024/09).
Density: ACR B (scattered fibroglandular tissue).
Right: The oval circumscribed mass at 9 o'clock is unchan-
ged in size (8 mm) compared with the 2024 study. Sonographi-
cally an oval parallel hypoechoic mass, probable fibroade-
noma. No new mass or suspicious calcifi-
cations.
Left: Normal appearing intramammary lymph node in the upper
outer quadrant. No suspicious mass or microcalcifica-
tions.
Impression: Right stable probably benign mass, BIRADS 3 (second
follow-up in 6 months).  Left BIRADS 1.
-----------------------------------------------------------------
""", "b", "3", {"R": "3", "L": "1"}, [
    "mass R p s", "mass R a", "calc R a", "ln L p", "mass L a", "calc L a"])

ITEMS = R

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_all([(i, t, e) for i, s, t, e in sorted(R)], os.path.join(here, "..", "reports"))
