"""Whole reports r8_NN (gold in compact form; see common.py)."""
from common import write

R = []


def add(id, style, text, density, overall, bb, findings):
    R.append(dict(id=id, style=style, text=text, density=density, overall=overall, bb=bb, findings=findings))


add("r8_01_us_academic_mychart_left_dx", "US academic, MyChart 'Test Details' export (Narrative + repeated Impression), left diagnostic DBT + US, screening asymmetry resolves into a mass", """
MyChart - Test Details

MAMMO DIAGNOSTIC LEFT W TOMO; US BREAST LEFT LIMITED
Collected on Nov 18, 2026 9:42 AM     Resulted on Nov 18, 2026 1:15 PM
Result status: Final result
Ordering provider: Emily R Sato, NP
Resulting lab: UNIVERSITY HEALTH BREAST IMAGING - EAST CAMPUS

Narrative
EXAM: MAMMO DIAGNOSTIC LEFT W TOMO; US BREAST LEFT LIMITED
CLINICAL INDICATION: 54 year old female recalled from screening mammogram of 11/04/2026 for a left breast asymmetry.
COMPARISON: Screening 11/04/2026, 10/08/2025, 09/30/2024.
TECHNIQUE: Left CC and ML views with tomosynthesis; left spot compression CC and MLO views. Targeted ultrasound of the left breast at 2:00.

BREAST COMPOSITION: The breast is heterogeneously dense, which may obscure small masses.

FINDINGS:
MAMMOGRAM: The focal asymmetry in the left upper outer quadrant, middle depth, persists on the spot compression views, and on tomosynthesis it resolves into an irregular mass with indistinct margins measuring 9 mm. No associated calcifications. No architectural distortion.

ULTRASOUND: At 2:00, 6 cm from the nipple, there is an irregular hypoechoic mass with angular margins, not parallel to the skin, measuring 8 x 7 x 6 mm, corresponding to the mammographic finding. No internal vascularity. The left axilla was scanned and there are no abnormal lymph nodes.

IMPRESSION:
Suspicious 8 mm mass in the left breast at 2:00, corresponding to the screening asymmetry.
BI-RADS 4B: Moderate suspicion for malignancy.

RECOMMENDATION: Ultrasound-guided core biopsy of the left breast mass at 2:00. The results and recommendation were discussed with the patient, who wishes to proceed. The biopsy has been scheduled.

Electronically signed by: Marcus T Feld, MD on 11/18/2026 1:14 PM

Impression
Suspicious 8 mm mass in the left breast at 2:00, corresponding to the screening asymmetry.
BI-RADS 4B: Moderate suspicion for malignancy.

MyChart(R) licensed from Epic Systems Corporation (C) 1999 - 2026
""", "c", "4B", "L4B", ["mass L p", "calc L a", "ad L a", "ln L a"])

add("r8_02_us_community_screening_lay_letter", "US community imaging centre screening DBT report followed by the MQSA lay-language results letter with density notice", """
LAKESHORE IMAGING CENTER
2200 N. Harbor Blvd, Suite 110 - Traverse City, MI 49684 - (231) 555-0140
Accredited by the American College of Radiology in Mammography

PATIENT: KOWALSKI, DENISE M        DOB: 07/21/1969       MRN: LIC-0093317
EXAM DATE: 11/24/2026              ACC#: 26-118204
REFERRING: Brandt, Kyle, DO

SCREENING MAMMOGRAM BILATERAL WITH 3D TOMOSYNTHESIS (CAD)

HISTORY: Annual screening. No complaints. Mother with breast cancer at age 62.
COMPARISON: 11/2025, 11/2024, 10/2022.
TECHNIQUE: Standard CC and MLO views of both breasts with tomosynthesis and synthesized 2D images. Computer-aided detection was utilized.

FINDINGS: There are scattered areas of fibroglandular density. Benign-appearing coarse calcifications in the left breast are unchanged. Scattered vascular calcifications bilaterally. Stable right intramammary lymph node. No suspicious masses, calcifications or areas of architectural distortion.

IMPRESSION: BENIGN FINDINGS. NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY.
BI-RADS CATEGORY 2: BENIGN.
Recommend annual screening mammography.

Dictated by: Paul J. Okonkwo, MD    Electronically signed 11/24/2026 16:02

------------------------------------------------------------------
Lakeshore Imaging Center                          November 24, 2026

Dear Denise Kowalski,

We are pleased to let you know that the results of your recent mammogram show no sign of cancer. The radiologist saw some benign (not cancer) findings, which are normal for you, and a copy of the report has been sent to your health care provider.

Your mammogram shows that your breast tissue is not dense. Breast tissue can be either dense or not dense. Dense tissue makes it harder to find breast cancer on a mammogram and also raises the risk of developing breast cancer. Talk to your provider about your breast density and your risks.

Please continue to have a screening mammogram every year. Your next mammogram is due in November 2027.

Sincerely,
Lakeshore Imaging Center, Mammography Department
""", "b", "2", "", ["calc L p s m:coarse", "calc B p m:vascular d:diffuse", "ln R p s", "mass B a", "calc B a", "ad B a"])

add("r8_03_uk_nhs_dgh_2ww_rcr_only", "English NHS district general hospital 2WW symptomatic report, RCR M3 U3 only (no BI-RADS), typo", """
Severnside Hospitals NHS Trust
Breast Imaging Department, Level 2, Riverside Wing

NHS No: 485 *** ****        Hosp No: K339021
Name: Mrs Glenys HOWELLS     DOB: 11.02.1958
Referrer: Mr T Adeyemi, Consultant Breast Surgeon (2WW clinic)
Examination: Bilateral mammograms + right breast ultrasound      Date: 26/11/2026

Clinical details: 2WW. R breast lump 9 o'clock, 3/52. P3.

Mammography:
Bilateral MLO and CC views, plus a right lateral view.
Scattered fibroglandular tissue.
At the site of the palpable lump in the right breast, 9 o'clock, there is a 14 mm well-defined oval mass. No suspicious microcalcification or architectural distortion on the right.
The left breast is unremarkable.
M3

Ultrasound right breast:
R 9 o'clock, 4 cm FN: 15 x 9 x 12 mm oval, well circumscribed, hypoechoic solid lesion, parallel orientation, no posterior features - in keeping with a fibroadneoma.
Right axilla: normal nodes.
U3

Opinion:
Probable fibroadenoma right 9 o'clock. M3 U3.
US-guided core biopsy performed today (14G x 2) - see separate procedure note. Results to be discussed at MDM on Thursday and the patient will be seen in clinic with the result.

Dr Sian Pritchard, Consultant Radiologist      GMC 6034***
Reported 26/11/2026 12:07
""", "b", None, "", ["mass R p", "calc R a", "ad R a", "ln R p"])

add("r8_04_australian_private_letter", "Australian private radiology letter to the GP (Dear Dr, Clinical Notes / Report / Conclusion), prior BIRADS in comparison, numbered conclusion with 'Overall'", """
CORAL COAST RADIOLOGY
ABN 41 118 *** ***   |   Ph 07 5555 0192   |   Fax 07 5555 0193
Robina - Southport - Burleigh Heads

Dr Hannah WEBB
Mermaid Beach Family Practice
2440 Gold Coast Hwy
MERMAID BEACH QLD 4218

Dear Dr Webb,

Re: Ms Tegan O'SULLIVAN     DOB: 14/09/1979     Our Ref: CCR-2211984
Examination: BILATERAL 3D MAMMOGRAM AND BREAST ULTRASOUND     Date: 27/11/2026

Thank you for referring this patient.

Clinical Notes: Lumpy L breast, cyclical pain. ?cyst. FHx nil.

Report:
Bilateral tomosynthesis mammography has been performed. Comparison is made with the study of 03/2023 from another practice (report noted BIRADS 2).
The breast tissue is heterogeneously dense (ACR C), which reduces mammographic sensitivity.
There are bilateral well circumscribed oval masses, the largest in the left upper outer quadrant measuring 18mm. Several are new since 2023. There are no suspicious calcifications. No architectural distortion. Skin and nipples unremarkable.

Bilateral breast ultrasound: Multiple simple cysts in both breasts, the largest at left 2 o'clock measuring 18 x 11mm, accounting for the mammographic masses. At left 4 o'clock, 3cm from the nipple, there is a 7 x 4mm oval hypoechoic solid nodule with circumscribed margins and parallel orientation, probably a fibroadenoma. No suspicious axillary lymph nodes.

Conclusion:
1. Bilateral simple cysts accounting for the palpable lumpiness. BIRADS 2.
2. Small probable fibroadenoma left 4 o'clock. BIRADS 3. Suggest follow-up ultrasound in 6 months.
Overall: BIRADS 3.

Kind regards,

Dr Liam Forsythe  MBBS FRANZCR
Electronically signed 27/11/2026 15:41
""", "c", "3", "R2 L3", ["mass B p", "calc B a", "ad B a", "mass L p", "ln B a"])

add("r8_05_canadian_alberta_screening", "Canadian (Alberta) screening programme report, per-side impression lines + Overall, density notification paragraph, typo", """
PRAIRIE SKY DIAGNOSTIC IMAGING
4920 - 51 Street, Red Deer, AB  T4N 2A5   Tel 403-555-0166   Fax 403-555-0167
Participating facility - Alberta Breast Cancer Screening Program

Patient: THIESSEN, Margaret      PHN: 9****-0312      DOB: 1971-06-02
Exam: SCREENING MAMMOGRAM BILATERAL      Date: 2026-11-25
Referring: Dr. J. Klassen      cc: ABCSP

History: Biennial screening. On HRT x 3 years.
Comparison: 2024-10-30, 2022-11-02.

Findings:
Breast density: Category C - heterogeneously dense.
Right breast: No suspicious mass, microcalcifications or architectual distortion. Stable benign calcified fibroadenoma in the upper inner quadrant.
Left breast: There is a new 12 mm focal asymmetry in the lower inner quadrant, anterior depth, seen on the CC view only. No associated calcifications.

Impression:
Right: BI-RADS 2 - Benign.
Left: BI-RADS 0 - Incomplete. Recall for diagnostic mammography (spot compression views) and ultrasound as required.
Overall: BI-RADS 0.

Breast density: Your breast density is Category C. Dense breast tissue can make cancer harder to see on a mammogram and is associated with a slightly higher risk of breast cancer. Please discuss supplemental screening with your health care provider.

Reported by: Dr. A. Chaudhry, MD FRCPC      Verified 2026-11-25 17:20
""", "c", "0", "R2 L0", ["mass R a", "calc R a", "ad R a", "mass R p s", "calc R p s", "asym L p", "calc L a"])

add("r8_06_indian_corporate_sonomammography", "Indian corporate hospital 'X-RAY BILATERAL MAMMOGRAPHY WITH SONOMAMMOGRAPHY', Roman BIRADS V / II bullets, disclaimer, typo", """
KAVERI MULTISPECIALITY HOSPITALS
Department of Radio-Diagnosis & Imaging  |  NABH Accredited
No. 12, Cathedral Road, Chennai - 600 086   |   Ph: 044-4*** ****

Name: Mrs. Lakshmi Narayanan        Age/Sex: 48Y/F        UHID: KMH2611873
Ref. By: Dr. S. Iyer (Surgical Oncology)        Date: 28-11-2026        Bill No: OP/26/55102

X-RAY BILATERAL MAMMOGRAPHY (CC & MLO VIEWS) WITH SONOMAMMOGRAPHY

Clinical History: Lump in right breast since 2 months.

MAMMOGRAPHY:
Both breasts show heterogeneously dense fibroglandular parenchyma (ACR C).
A high density irregular mass lesion with spiculated margins measuring approx. 2.6 x 2.1 cm is seen in the upper outer quadrant of right breast at 10 o'clock position. Few pleomorphic microcalcfications are seen within the lesion. Overlying skin is thickened and there is retraction of nipple.
Few enlarged lymph nodes with loss of fatty hilum are seen in right axilla, largest measuring 1.8 cm.
Left breast shows no focal mass lesion / suspicious microcalcification.
Left axillary lymph nodes appear normal.

SONOMAMMOGRAPHY:
Right breast: An irregular hypoechoic lesion with angular margins and posterior acoustic shadowing is seen at 10 o'clock position, 3 cm from nipple, measuring 2.8 x 2.2 x 2.0 cm, taller than wide, showing internal vascularity on colour Doppler. Echogenic foci are seen within the lesion - microcalcifications. Right axillary nodes as described, with cortical thickening.
Left breast: A well defined anechoic cyst measuring 8 x 6 mm at 3 o'clock. No solid lesion.

IMPRESSION:
* Irregular spiculated mass in right breast at 10 o'clock with microcalcifications, skin thickening, nipple retraction and right axillary lymphadenopathy - BIRADS V.
* Simple cyst in left breast - BIRADS II.
Advised: USG guided biopsy / HPE correlation.

Dr. Meenakshi Rao, MD (Radiodiagnosis)
Consultant Radiologist
This report is for the perusal of the referring physician only and is not valid for medico-legal purposes.
""", "c", "5", "R5 L2", ["mass R p", "calc R p m:fine_pleomorphic", "skin R p", "skin R p", "ln R p",
                        "mass L a", "calc L a", "ln L p", "mass L p"])

add("r8_07_singapore_private_dbt_us", "Singapore private women's imaging centre, DBT + US, calcifications with associated distortion and US correlate, numbered impression", """
NOVENA WOMEN'S IMAGING CENTRE PTE LTD
10 Sinaran Drive, #08-21, Singapore 307506   Tel: +65 6255 ****

Patient Name: TAN MEI LING          NRIC: S68*****G        Age/Sex: 58 / F
Requesting Doctor: Dr Lim Kok Wah (Breast Surgery)
Date of Examination: 29 Nov 2026
Examination: BILATERAL DIGITAL BREAST TOMOSYNTHESIS AND ULTRASOUND BREASTS

Clinical Information: Health screening. Previous mammogram 2023 at a restructured hospital, reported normal.
Comparison: Outside mammogram of 2023 (images obtained).

Findings:
The breasts are heterogeneously dense (ACR category C).
There is a new cluster of fine pleomorphic calcifications in the left breast, upper inner quadrant, middle depth, spanning 11 mm. Associated subtle architectural distortion is seen on DBT.
No suspicious mass or calcification in the right breast.

Ultrasound:
Left 11 o'clock, 6 cm FN: an ill-defined hypoechoic area measuring 9 x 6 mm with echogenic foci, corresponding to the mammographic calcifications and distortion.
Right 9 o'clock: simple cyst, 5 mm.
Both axillae: normal lymph nodes with fatty hila.

Impression:
1. Left breast upper inner quadrant pleomorphic calcifications with associated architectural distortion and a sonographic correlate, suspicious. BI-RADS 4C.
2. Right breast simple cyst. BI-RADS 2.

Recommendation: Ultrasound-guided biopsy of the left breast lesion, or stereotactic vacuum-assisted biopsy if the calcifications are not retrieved. The findings were discussed with the patient, and Dr Lim's clinic has been informed.

Dr Ng Wei Jie  MBBS (S'pore), FRCR (UK)
Senior Consultant Radiologist
""", "c", "4C", "L4C R2", ["calc L p m:fine_pleomorphic d:grouped", "ad L p", "mass R a", "calc R a", "mass R p", "ln B p"])

add("r8_08_saudi_moh_post_lumpectomy", "Saudi MOH hospital follow-up after right lumpectomy, 'Rt/Lt breast' sub-headers, dash impression per breast", """
Kingdom of Saudi Arabia - Ministry of Health
Riyadh Second Health Cluster - Al Rawdah General Hospital
Radiology Department - Breast Imaging Unit

Patient name: N. A. Al-Qahtani      MRN: 00781234      Age: 51 Y      Gender: F      Nationality: Saudi
Exam: Bilateral Diagnostic Mammogram with Tomosynthesis + Bilateral Breast US
Exam date: 30/11/2026      Report date: 30/11/2026      Referring: Oncology clinic

Clinical data: Known case of Rt breast cancer, s/p right lumpectomy + SLNB + RT in 2022. Annual follow up.
Comparison: 11/2025 and 10/2024.

Findings:
ACR b: scattered fibroglandular densities.
Rt breast: post-surgical changes at the lumpectomy site (UOQ) with architectural distortion and dystrophic calcifications, all stable. Skin thickening has improved compared with the prior, mild residual.
A new group of amorphous microcalcifications is noted in the Rt breast lower inner quadrant, posterior depth, spanning 7 mm, not present in 11/2025.
Lt breast: no mass, no suspicious calcifications, no distortion.
Axillae: surgical clips in the Rt axilla. No axillary lymphadenopathy bilaterally.
US: Rt breast lumpectomy scar with no mass. No sonographic correlate for the new calcifications. Lt breast normal.

Impression:
- Rt breast: stable post-treatment changes. New grouped amorphous calcifications in the LIQ - BI-RADS 4A. Stereotactic biopsy is recommended.
- Lt breast: BI-RADS 1.

Reported by: Dr. Hessa Al-Dosari, Consultant Radiologist
Verified by: Dr. Khalid Al-Harbi, Consultant Radiologist, Head of Breast Imaging
""", "b", "4A", "R4A L1", ["other R p s", "ad R p s", "calc R p s m:dystrophic", "skin R p", "calc R p m:amorphous d:grouped",
                          "mass L a", "calc L a", "ad L a", "ln B a", "mass R a"])

add("r8_09_south_african_state_hospital", "South African provincial hospital breast clinic (folder no., registrar/consultant), LEFT/RIGHT blocks, BIRADS 5 / 2", """
WESTERN CAPE GOVERNMENT - HEALTH
Boland Regional Hospital - Department of Radiology / Breast Clinic

Folder no: BRH 1128873      Name: Nomvula DLAMINI      Age: 44      Clinic: Breast Clinic (Thursday)
Request: Mammo + US. Lump L breast 4 months, growing. Skin changes. HIV negative.
Date: 26/11/2026

REPORT
Bilateral mammograms (CC, MLO):
Density: ACR C.
LEFT: Large irregular hyperdense mass with indistinct and spiculated margins in the upper outer quadrant measuring +-45 mm, with associated skin thickening. Segmental fine linear branching calcifications extend from the mass towards the nipple. Enlarged dense left axillary lymph nodes.
RIGHT: No mass, distortion or suspicious calcifications. Benign intramammary lymph node in the upper outer quadrant.

Ultrasound:
L: Irregular hypoechoic mass at 2 o'clock, 48 x 35 mm, not parallel, posterior shadowing, with skin involvement. Multiple left axillary nodes, largest 25 mm, loss of fatty hilum, cortex 8 mm.
R: No focal lesion. Normal axilla.

IMPRESSION:
Left: Highly suggestive of malignancy with nodal involvement. BIRADS 5.
Right: BIRADS 2.
Plan: US core bx today (done - see procedure note). Staging CXR and abdominal US. Present at Breast MDT.

Dr P. van der Merwe (Registrar) / Dr F. Khumalo (Consultant Radiologist)
""", "c", "5", "L5 R2", ["mass L p", "skin L p", "calc L p m:fine_linear d:segmental", "ln L p",
                        "mass R a", "ad R a", "calc R a", "ln R p"])

add("r8_10_us_split_exam_post_lumpectomy", "US regional medical center, split exam (left diagnostic + right screening) after left lumpectomy, LEFT/RIGHT impression", """
ST. BRENDAN REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY

Patient: HARMON, RUTH A        MRN: 004471992        DOB: 02/14/1955 (71 y)
Acct: 7712093        Location: OP Women's Center
Ordering: Gupta, Anil MD (Hematology/Oncology)

EXAMS:
1) MAMMO DIAGNOSTIC LEFT W/ TOMO
2) MAMMO SCREENING RIGHT W/ TOMO
DATE OF SERVICE: 11/30/2026

HISTORY: Left breast cancer 2023 (IDC, 1.4 cm, 11:00), treated with lumpectomy, SLNB and whole-breast radiation. On tamoxifen. Annual surveillance.
COMPARISON: 12/01/2025, 11/18/2024, 12/05/2023 (post-op baseline).
TECHNIQUE: Left diagnostic CC, MLO and ML views with tomosynthesis. Right screening CC and MLO views with tomosynthesis.

FINDINGS:
The breasts are heterogeneously dense, which may obscure small masses.
LEFT: Post-lumpectomy architectural distortion at 11:00, stable compared with 2025. A small oil cyst at the lumpectomy site, also stable. Mild diffuse skin thickening, decreased since 2024, consistent with post-radiation change. Lumpectomy clip in place. A few punctate calcifications in the lumpectomy bed, unchanged. No new mass or suspicious calcifications.
RIGHT: No suspicious mass, calcifications or architectural distortion.

IMPRESSION:
LEFT: No evidence of recurrence. BI-RADS 2: Benign.
RIGHT: Negative. BI-RADS 1.

RECOMMENDATION: Annual diagnostic mammogram of the left breast and screening mammogram of the right breast in 12 months.

**** Final ****
Dictated by: Chloe Ramsey, MD  11/30/2026 10:21
Signed by: Chloe Ramsey, MD  11/30/2026 11:02
""", "c", "2", "L2 R1", ["ad L p s", "mass L p s", "skin L p", "calc L p s m:punctate", "mass L a", "calc L a",
                        "mass R a", "calc R a", "ad R a"])

add("r8_11_us_laterality_correction_addendum", "US community report with a laterality-correction addendum printed above the original report (less common)", """
MERIDIAN WOMEN'S IMAGING - 455 Prospect Ave, Hartford CT 06105

Patient: ALVES, CARLA        DOB: 05/03/1987        MRN: MWI-2207731
Referring: Dana Whitcomb, APRN

ADDENDUM #1 - 12/02/2026 08:47
*** LATERALITY CORRECTION ***
The original report below contains a dictation error. The findings described in the RIGHT breast in the Findings and Impression sections are in the LEFT breast. The right breast is negative.
Corrected impression:
LEFT breast: Probably benign oval circumscribed mass at 3:00, 4 cm from the nipple, 7 mm, likely a fibroadenoma. BI-RADS 3. Short-interval follow-up ultrasound in 6 months.
RIGHT breast: Negative. BI-RADS 1.
The referring provider's office was notified of the correction by telephone on 12/02/2026 at 08:40.
Addendum electronically signed by: Rebecca Lyons, MD 12/02/2026 08:47

ORIGINAL REPORT - 11/26/2026
EXAM: DIAGNOSTIC MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS; ULTRASOUND LEFT BREAST LIMITED
HISTORY: 39-year-old with a palpable area in the left breast at 3:00 per patient. No prior imaging.
COMPARISON: None.

FINDINGS:
Breast composition: The breasts are extremely dense, which lowers the sensitivity of mammography.
A BB marks the palpable area. Underlying the BB in the right breast there is an oval circumscribed equal density mass measuring 7 mm. No suspicious calcifications or architectural distortion in either breast.
Targeted ultrasound at the site of palpable concern, right breast 3:00, 4 cm from the nipple: oval, parallel, circumscribed hypoechoic mass measuring 7 x 4 x 6 mm with no posterior features and no internal vascularity, consistent with a probable fibroadenoma.

IMPRESSION:
Probably benign mass right breast 3:00, likely a fibroadenoma. BI-RADS 3 right.
No mammographic evidence of malignancy in the left breast. BI-RADS 1 left.

Dictated by: Rebecca Lyons, MD  11/26/2026 14:12
""", "d", "3", "L3 R1", ["mass L p", "calc B a", "ad B a"])

add("r8_12_canadian_faxed_ocr", "Canadian community clinic report received by fax and OCR'd: fax headers, page break with repeated patient line, hyphenated line break, 'Bl-RADS'", """
NOV-30-2026 14:22   FROM: LAKEHEAD DIAGNOSTIC IMAGING   807 555 0190   TO: 18075550177   P.002/003

LAKEHEAD DIAGNOSTIC IMAGING - 1040 Memorial Ave, Thunder Bay ON
PAGE 1 OF 2
Patient: BOUCHARD, Lise      HCN: 6*** *** 412 -XK      DOB: 1963-03-19
Referring: Dr. M. Kowalchuk      cc: Breast Assessment Program, TBRHSC
Exam: BILATERAL DIAGNOSTIC MAMMOGRAPHY AND RIGHT BREAST ULTRASOUND      Date: 2026-11-30

Clinical: OBSP recall, right breast calcifications.
Comparison: 2024-11-12.

Findings: Scattered fibroglandular tissue. Magnification views of the right breast confirm a group of amorphous and punctate calcifi-
cations in the upper outer quadrant, posterior depth, spanning 6 mm. These are new since 2024. No associated mass or distortion.
Right breast ultrasound: no sonographic correlate. No right axillary lymphadenopathy.
Left breast: 5 mm circumscribed mass in the upper inner quadrant, unchanged since 2024, benign.

NOV-30-2026 14:23   FROM: LAKEHEAD DIAGNOSTIC IMAGING   807 555 0190   TO: 18075550177   P.003/003
PAGE 2 OF 2      BOUCHARD, Lise (cont'd)

Impression:
Right breast: grouped amorphous and punctate calcifications, new. Bl-RADS 4B. Stereotactic biopsy is recommended and will be arranged through the breast assessment centre.
Left breast: Bl-RADS 2.

Dr. G. Theriault, MD FRCPC
CONFIDENTIALITY NOTICE: This facsimile contains personal health information. If you have received it in error, please notify the sender at 807 555 0190 and destroy all copies.
""", "b", "4B", "R4B L2", ["calc R p m:amorphous,punctate d:grouped", "mass R a", "ad R a", "ln R a", "mass L p s"])

add("r8_13_hk_public_hospital", "Hong Kong public hospital (HA cluster) with bilingual name, Lt/Rt abbreviations, duct + intraductal nodule, 'BIRADS 4A for Lt'", """
醫院管理局 HOSPITAL AUTHORITY
Kowloon West Cluster - Department of Diagnostic Radiology

Name: CHAN, SIU FONG (陳小芳)      HKID: K12****(3)      Sex/Age: F/47
Case No: HN26118834      Ward/Clinic: Breast Centre (SOPD)      Req. Doctor: Dr. Wong KM
Examination: Mammogram (bilat) + USG both breasts      Exam Date: 01-Dec-2026

Clinical: Bloody nipple discharge Lt, single duct. No palpable mass.

Mammogram:
Heterogeneously dense breasts (ACR c).
No mass, architectural distortion or suspicious microcalcification.
Few benign-looking punctate calcs in Rt breast.

USG:
Lt breast: a dilated duct in the retroareolar region at 3 o'clock (3.1 mm calibre) containing a 6 x 4 mm intraductal hypoechoic nodule, with internal vascular signal.
Rt breast: a few small cysts, the largest 4 mm at 10 o'clock.
No enlarged axillary LN.

Impression:
Lt intraductal lesion, likely papilloma but papillary carcinoma cannot be excluded. BIRADS 4A for Lt.
Rt small cysts & benign calcs. BIRADS 2 for Rt.
Suggest USG guided core biopsy / VAB.

Reported by: Dr. LEUNG Ka Yan, FHKCR, FHKAM (Radiology)      Date: 01-Dec-2026
""", "c", "4A", "L4A R2", ["mass B a", "ad B a", "calc B a", "calc R p m:punctate", "other L p", "mass L p", "mass R p", "ln B a"])

add("r8_14_us_academic_ai_screening", "US academic screening DBT with AI decision-support scores in the report, possible asymmetry, 'BI-RADS 0: Incomplete - left'", """
UNIVERSITY MEDICAL CENTER - BREAST IMAGING SECTION
Patient: REYES, ANA LUISA      MRN: 20931157      DOB: 08/19/1981      Exam date: 11/23/2026
Accession: BI-26-0448102      Ordering: Primary Care Internal Medicine

SCREENING MAMMOGRAM BILATERAL WITH DBT

INDICATION: Routine screening, 45 years old, asymptomatic.
COMPARISON: 11/2025, 10/2024.
TECHNIQUE: Bilateral CC and MLO tomosynthesis with synthesized 2D images. AI decision support (Transpara) was used. Exam-level AI score: 8/10.

BREAST DENSITY: The breasts are extremely dense (D), which lowers the sensitivity of mammography.

FINDINGS:
Right breast: There is a 6 mm group of round and punctate calcifications in the central breast, middle depth. These were present in 2024 and are unchanged (AI region score 41, flagged; reviewed).
Left breast: There is a possible asymmetry in the lower outer quadrant, posterior depth, seen only on the MLO view. It is not clearly present on the prior exams.
No suspicious masses or architectural distortion in either breast.

IMPRESSION:
1. Possible left breast asymmetry. Diagnostic mammogram with spot compression views and possible ultrasound is recommended.
2. Stable grouped round and punctate calcifications in the right breast, benign.
BI-RADS 0: Incomplete - left.
BI-RADS 2: Benign - right.

Note: AI scores are decision support only and are not BI-RADS assessment categories.

Resident: Priya Natarajan, MD
Attending: Steven Goldfarb, MD - I have reviewed the images and agree with the findings as stated above.
Electronically signed 11/23/2026 17:48
""", "d", "0", "L0 R2", ["calc R p s m:punctate,round d:grouped", "asym L q", "mass B a", "ad B a"])

add("r8_15_indian_screening_camp_telerad", "Indian teleradiology report for a rural screening camp (mobile unit, NHM), bullet observations, 'BIRADS 0 (Right)'", """
*** TELERADIOLOGY REPORT ***
Reporting hub: Sahana Teleradiology Services Pvt Ltd, Bengaluru
Acquisition site: Mobile Mammography Unit - Breast Cancer Screening Camp, Tumakuru District (NHM)

Patient ID: CAMP-TMK-0412      Name: Smt. Gowramma      Age: 52 Y      Sex: F
Study: FFDM Bilateral (CC/MLO)      Study Date: 02/12/2026      Reported: 02/12/2026 21:40 IST
Clinical info: Screening camp. Asymptomatic. No previous mammogram.

OBSERVATIONS:
- Breast composition: ACR B (scattered fibroglandular densities).
- Right breast: An oval, circumscribed, equal density mass of 11 mm is seen in the upper outer quadrant, middle third. No calcifications in it.
- Left breast: Few scattered benign coarse calcifications. No mass or architectural distortion.
- Bilateral axillary lymph nodes with fatty hilum - normal.
- Skin and nipple: normal.

IMPRESSION:
- Right breast: circumscribed oval mass - BIRADS 0 (Right), incomplete; needs sonomammography for characterisation. Patient referred to District Hospital as USG is not available at the camp.
- Left breast: benign calcifications - BIRADS 2.

Disclaimer: This report is based on images transmitted electronically and is subject to the limitations of the images received. Clinical correlation is advised. Not valid for medico-legal purposes.
Dr. R. Srinivasan, MD, DNB (Radiology)      KMC Reg. No. 7****
""", "b", "0", "R0 L2", ["mass R p", "calc R a", "calc L p m:coarse d:diffuse", "mass L a", "ad L a", "ln B p"])

if __name__ == "__main__":
    write("reports", R)
