# Whole reports (issue 13). Codes: see common.py.
ITEMS = []
def add(id, overall, cats, density, findings, text):
    ITEMS.append(dict(id=id, overall=overall, cats=cats, density=density, findings=findings, text=text))

add("r32_01_usa_pipe_table_free_impression", "4C", "R4C L2", "c",
    ["mass R p", "calc R a", "ad R a", "asym R a", "ln R p",
     "mass L a", "calc L p m:round d:diffuse", "ad L a", "asym L a", "ln L a"], """
SUNBELT WOMEN'S IMAGING - Phoenix, AZ                                   Page 1 of 1
Pt: RAMIREZ, ELENA M   DOB 02/14/1969   MRN 00448120   Acc 25-118273
Exam: MAMMO DIAG BILAT W/ TOMO; US BREAST RIGHT LTD          Exam date: 10/06/2025
Referring: Chen, David DO
Clinical: 56 y/o F, palpable lump R breast ~10:00 x 3 wks. No prior surgery. Prior screening 09/2024 (outside) avail.

FINDINGS:
| Feature                  | RIGHT                                   | LEFT                         |
|--------------------------|-----------------------------------------|------------------------------|
| Breast composition       | C - heterogeneously dense               | C - heterogeneously dense    |
| Mass                     | 15 mm irregular spiculated mass 10:00,  | none                         |
|                          | 6 cm FN, under the palpable marker      |                              |
| Calcifications           | none                                    | scattered round, benign      |
| Architectural distortion | none                                    | none                         |
| Asymmetry                | none                                    | none                         |
| Axillary lymph nodes     | two enlarged nodes, cortex up to 5 mm,  | no adenopathy                |
|                          | effaced fatty hilum                     |                              |
| Ultrasound               | 14 x 12 x 11 mm irregular hypoechoic    | not performed                |
|                          | mass, not parallel, angular margins,    |                              |
|                          | posterior shadowing; corresponds to the |                              |
|                          | mammographic mass                       |                              |

IMPRESSION:
Highly suspicious palpable right breast mass at 10:00 with abnormal right axillary nodes, new compared with the
09/2024 study. BI-RADS 4C for the right breast. US-guided core biopsy of the mass and FNA/core of the most abnormal
node recommended; patient informed in person and scheduling today. The left breast shows benign calcifications only,
BI-RADS 2.

Dictated by: Sarah K. Whitfield, MD   Signed 10/06/2025 16:41
""")

add("r32_02_canada_impression_first", "3", "L3 R1", "b",
    ["calc L p s m:punctate d:grouped", "mass L a", "mass R a", "calc R a", "ad R a"], """
QUEEN ELIZABETH II HEALTH SCIENCES CENTRE - BREAST IMAGING - HALIFAX, NS
Name: MACLEOD, Fiona     HCN: 0012 345 678     DOB: 1976-09-03     Exam date: 2025-09-22
Exam: MAMMOGRAM DIAGNOSTIC BILATERAL with left magnification views
Requested by: Dr. P. Boudreau (family medicine)

IMPRESSION (summary first):
FINAL ASSESSMENT: BI-RADS 3 - Probably benign.
Left: BI-RADS 3. Grouped punctate calcifications, stable at the first 6-month follow-up. Recommend left diagnostic
mammogram with magnification in 6 months (12 months from baseline).
Right: BI-RADS 1 - Negative. Routine screening for the right breast.

HISTORY: 49-year-old. Left breast calcifications first seen on screening 2025-03-10 (BI-RADS 0), assessed at
work-up on 2025-03-24 as BI-RADS 3. No symptoms. No family history.

COMPARISON: 2025-03-10 screening; 2025-03-24 left magnification views; 2022-02-14 screening.

TECHNIQUE: Bilateral CC and MLO. Left CC and ML magnification views.

FINDINGS:
The breast tissue is composed of scattered areas of fibroglandular density (BI-RADS density B).
Left breast: in the upper outer quadrant at 2 o'clock, middle depth, there is a 5 mm group of punctate
calcifications, unchanged in number, extent and morphology compared with 2025-03-24. No associated mass.
Right breast: no masses, suspicious calcifications or areas of architectural distortion.

Reported by: Dr. Hélène Arsenault, FRCPC        Verified 2025-09-22 11:07
""")

add("r32_03_ireland_numbered_findings", "4A", "R2 L4A", "b",
    ["mass R p s", "mass L p", "ln L p", "calc B a"], """
BREAST RADIOLOGY DEPARTMENT, UNIVERSITY HOSPITAL GALWAY
Patient: Ms. Aoife Fahy      MRN: 7712045      DOB: 11/05/1980      Date: 21/01/2026
Examination: Bilateral mammography (2D + tomosynthesis) and bilateral breast ultrasound
Referral: Symptomatic breast clinic - left breast thickening noted by patient, nil on clinical examination.

Comparison: 14/03/2022 mammogram and ultrasound.

Breast composition: ACR b.

FINDINGS
Finding 1: Right breast, 12 o'clock, 4 cm from the nipple. Oval circumscribed mass, 10 mm, unchanged in size and
appearance since 2022. On ultrasound an oval, parallel, hypoechoic mass with a thin echogenic capsule.

Finding 2: Left breast, 4 o'clock, 2 cm from the nipple. Irregular mass with indistinct margins, 8 mm, new since
2022, best seen on tomosynthesis. On ultrasound an 8 x 6 mm irregular hypoechoic mass, not parallel, at the
same site.

Finding 3: Left axilla. One lymph node with a mildly thickened cortex of 3.5 mm and a preserved fatty hilum.

No suspicious calcifications in either breast.

IMPRESSION
Finding 1 is a benign fibroadenoma, BI-RADS 2.
Finding 2 is BI-RADS 4A - low suspicion. Ultrasound-guided core biopsy recommended; booked for 28/01/2026.
Finding 3 is likely reactive, BI-RADS 2; it will be sampled only if Finding 2 proves malignant.
Overall: BI-RADS 4A.

Dr. Ciarán Mulcahy, FFR RCSI, Consultant Radiologist
""")

add("r32_04_pakistan_voice_dictation_caps", "5", "R5 L1", "c",
    ["mass R p", "calc R p m:fine_pleomorphic", "skin R p", "ln R p", "mass L a", "calc L a"], """
DEPARTMENT OF RADIOLOGY LAHORE
MR NO 25-0093318 PATIENT NAME NASREEN BIBI AGE 52 Y SEX F DATE 17 NOV 2025
REFERRED BY DR SAIMA JAVED SURGICAL UNIT 2
EXAM BILATERAL MAMMOGRAPHY AND ULTRASOUND BOTH BREASTS

CLINICAL INFORMATION LUMP RIGHT BREAST SIX MONTHS NEW PARAGRAPH

FINDINGS BREAST COMPOSITION ACR C HETEROGENEOUSLY DENSE BREASTS WHICH MAY OBSCURE SMALL MASSES NEW PARAGRAPH
RIGHT BREAST THERE IS AN IRREGULAR SPICULATED HIGH DENSITY MASS IN THE UPPER OUTER QUADRANT AT TEN OCLOCK MEASURING
2 POINT 8 CM WITH ASSOCIATED PLEOMORPHIC MICROCALCIFICATIONS THERE IS OVERLYING SKIN THICKENING ON ULTRASOUND THE MASS
IS IRREGULAR HYPOECHOIC NOT PARALLEL WITH POSTERIOR SHADOWING AND INTERNAL VASCULARITY SEVERAL ENLARGED RIGHT AXILLARY
LYMPH NODES ARE SEEN THE LARGEST 2 POINT 1 CM WITH LOSS OF FATTY HILUM NEW PARAGRAPH
LEFT BREAST NO MASS OR SUSPICIOUS MICROCALCIFICATION IS SEEN NEW PARAGRAPH

IMPRESSION RIGHT BREAST MALIGNANT LOOKING MASS WITH RIGHT AXILLARY LYMPHADENOPATHY BIRADS 5 LEFT BREAST NORMAL
BIRADS 1 NEW PARAGRAPH

ADVICE TRUCUT BIOPSY RIGHT BREAST MASS AND FNAC OF AXILLARY NODE

DICTATED NOT READ VOICE RECOGNITION ERRORS MAY OCCUR
DR ASIF MEHMOOD FCPS RADIOLOGY CONSULTANT RADIOLOGIST
""")

add("r32_05_australia_addendum_after_signature", "2", "L2 R2", "c",
    ["calc L p s m:amorphous d:grouped", "mass L a", "ad L a", "mass R p", "calc R a"], """
QUEENSLAND X-RAY & WOMEN'S IMAGING - Chermside QLD
Patient: Ms Karen WALSH   DOB 19/06/1965   Medicare 2951 44871 1   Our ref 8841273
Referrer: Dr M. Tran, Kedron Family Practice        Date of exam: 24/02/2026

BILATERAL DIAGNOSTIC MAMMOGRAPHY AND BILATERAL BREAST ULTRASOUND

Clinical notes: 60yo. Routine check, referred by GP. Moved from Perth 2025, prior films requested.

Comparison: No prior imaging available at the time of reporting.

Report:
The breasts are heterogeneously dense, which may lower the sensitivity of mammography.
Left breast: at 1 o'clock, middle depth, there is a 6 mm group of amorphous calcifications. No associated mass or
architectural distortion. Ultrasound of the area shows no abnormality.
Right breast: a 12 mm simple cyst at 9 o'clock, 3 cm from the nipple, corresponding to an oval circumscribed mass on
mammography. No suspicious calcifications in the right breast.

Conclusion:
1. Indeterminate grouped amorphous calcifications left breast, 1 o'clock. Without priors, BI-RADS 4A for the left
   breast. Stereotactic biopsy suggested unless prior films show stability.
2. Right simple cyst, BI-RADS 2.

Thank you for the referral.
Dr Anthony Kerr FRANZCR
Electronically signed 24/02/2026 15:12

ADDENDUM - 03/03/2026
Prior mammograms from 2022 and 2024 (Perth, outside practice) have now been received and compared. The left breast
calcifications at 1 o'clock are present on both prior studies and are unchanged in number, extent and morphology over
four years. They are considered benign. Revised assessment: left breast BI-RADS 2. Biopsy no longer required; routine
screening. The right breast assessment (BI-RADS 2) is unchanged.
Dr Anthony Kerr FRANZCR   Addendum signed 03/03/2026 09:40
""")

add("r32_06_nz_comparison_three_priors", "0", "R0 L2", "b",
    ["asym R p", "ad R a", "mass L p s", "calc B a"], """
Pacific Radiology Breast Clinic - Wellington
NHI: ZKT4471     Name: Mere TAWHIRI     DOB: 02.02.1972     Date: 09.02.2026
Referrer: Dr J. Liang (GP)                 Accession: PRW-26-0092281

EXAMINATION: Bilateral screening mammogram (private, annual)

COMPARISON:
  - 03.07.2021 screening mammogram: BI-RADS 1
  - 14.08.2023 screening mammogram: BI-RADS 0, left (recalled)
  - 29.08.2023 left diagnostic mammogram and ultrasound: BI-RADS 4A; US-guided core biopsy left 2 o'clock:
    fibroadenoma, concordant, clip placed

FINDINGS:
The breasts contain scattered areas of fibroglandular density (density B).
Right breast: there is a new focal asymmetry in the upper outer quadrant, seen on the CC view only, approximately 6 cm
from the nipple. It was not present in 2023. No associated distortion.
Left breast: the biopsied fibroadenoma at 2 o'clock, with its marker clip, is unchanged since 2023.
No suspicious calcifications in either breast.

IMPRESSION:
Right: BI-RADS 0 - incomplete. Recall for right diagnostic views (spot compression, ML) and ultrasound if needed.
Left: BI-RADS 2 - benign, biopsy-proven fibroadenoma, stable.

Reported by Dr S. Fernando, FRANZCR
""")

add("r32_07_singapore_synoptic_checklist", "3", "R3 L2", "c",
    ["mass R p", "calc R a", "ad R a", "asym R a", "ln R a",
     "mass L a", "calc L p m:vascular d:diffuse", "ad L a", "asym L a", "ln L a"], """
SINGAPORE GENERAL-PRACTICE IMAGING NETWORK - BREAST CENTRE (NOVENA)
SYNOPTIC BREAST IMAGING REPORT  (mammography + ultrasound)
NRIC: S76xxxx2J    Name: LIM SIEW HOON    Age: 49    Exam date: 12-Jan-2026    Visit: Baseline diagnostic

Indication: [ ] Screening  [x] Diagnostic - right breast pain, no lump   [ ] Follow-up
Comparison: [x] None available   [ ] Prior dated: ______

Breast composition:  [ ] a   [ ] b   [x] c   [ ] d

RIGHT BREAST
  Mass:                        [x] Yes   [ ] No
     -> 9 mm oval circumscribed mass, 8 o'clock, 4 cm FN. US: oval, parallel, hypoechoic, circumscribed, no
        posterior features; probable fibroadenoma.
  Calcifications:              [ ] Yes   [x] No
  Architectural distortion:    [ ] Yes   [x] No
  Asymmetry:                   [ ] Yes   [x] No
  Abnormal axillary nodes:     [ ] Yes   [x] No

LEFT BREAST
  Mass:                        [ ] Yes   [x] No
  Calcifications:              [x] Yes
     -> scattered vascular calcifications, benign
  Architectural distortion:    [ ] Yes   [x] No
  Asymmetry:                   [ ] Yes   [x] No
  Abnormal axillary nodes:     [ ] Yes   [x] No

BI-RADS ASSESSMENT
  Right:  [ ] 0  [ ] 1  [ ] 2  [x] 3  [ ] 4A  [ ] 4B  [ ] 4C  [ ] 5
  Left:   [ ] 0  [ ] 1  [x] 2  [ ] 3  [ ] 4A  [ ] 4B  [ ] 4C  [ ] 5

Recommendation: [ ] Routine screening  [x] Short-interval follow-up: right US in 6 months  [ ] Biopsy

Reporting radiologist: Dr Tan Wei Ming, MBBS, FRCR      Verified 12-Jan-2026 17:05
""")

add("r32_08_india_page_headers_mid_text", "4B", "R4B L2", "b",
    ["mass R p", "calc R a", "ln R p", "calc L p m:coarse", "mass L a"], """
KRISHNA IMAGING & DIAGNOSTICS, Jubilee Hills, Hyderabad
Patient: Mrs. Lakshmi Reddy   Age/Sex: 54Y/F   UHID: KID-250981   Date: 06/10/2025
Ref. by: Dr. V. Rao, MS (Gen Surg)
----------------------------------------------------------------------------------------
MAMMOGRAPHY BOTH BREASTS WITH TARGETED USG

Breast composition: ACR category B - scattered fibroglandular densities.

RIGHT BREAST:
An oval high density mass with microlobulated margins is seen in the upper outer quadrant. On USG, a lobulated
hypoechoic lesion measuring 1.8 x 1.2 cm is seen at 11 o'clock, 3 cm from the nipple, with microlobulated margins and
internal vascularity, corresponding to the mammographic lesion. No microcalcifications are seen in the right breast.
Few subcentimetric right axillary lymph nodes with preserved fatty hila.

LEFT BREAST:
Few benign-appearing coarse calcifications are seen in the
----------------------------------------------------------------------------------------
Not valid for medico-legal purposes. Kindly correlate clinically.            Page 1 of 2
KRISHNA IMAGING & DIAGNOSTICS, Jubilee Hills, Hyderabad
Patient: Mrs. Lakshmi Reddy   Age/Sex: 54Y/F   UHID: KID-250981   Date: 06/10/2025
MAMMOGRAPHY BOTH BREASTS WITH TARGETED USG (contd.)
----------------------------------------------------------------------------------------
lower inner quadrant. No mass lesion is seen in the left breast.

IMPRESSION:
- Right breast: suspicious lesion at 11 o'clock - BIRADS 4B. USG guided biopsy advised.
- Left breast: benign calcifications - BIRADS 2.

Dr. K. Srinivas, MD (Radiodiagnosis)
Consultant Radiologist
----------------------------------------------------------------------------------------
Not valid for medico-legal purposes. Kindly correlate clinically.            Page 2 of 2
""")

add("r32_09_israel_dbt_cview", "0", "L0 R2", "c",
    ["ad L p", "ln L p s", "mass R p s", "calc B a"], """
ASSUTA MEDICAL CENTERS - BREAST IMAGING UNIT, TEL AVIV
Patient: Levi, Orna    ID: 0-3188xxx-4    Age: 57    Date: 15/01/2026    Referring: Maccabi Healthcare, Dr. Ben-David

Examination: Bilateral screening digital breast tomosynthesis (DBT) with C-View synthesized 2D images.
Comparison: 01/2024 and 01/2023 (DBT, this unit).

Findings:
Breast composition: heterogeneously dense (ACR C).
Left breast: architectural distortion at 12 o'clock, posterior depth, about 8 cm from the nipple, seen on the CC
tomosynthesis slices 41-46 and on the MLO slices 38-42. It is not appreciated on the C-View images or on the prior
examinations. An intramammary lymph node in the upper outer quadrant is unchanged.
Right breast: oval circumscribed mass at 7 o'clock, 9 mm, stable since 2023 on both tomosynthesis and C-View.
No suspicious calcifications in either breast on the C-View images.

Impression:
New left breast architectural distortion, tomosynthesis only. BI-RADS 0, left - recall for diagnostic DBT and
targeted ultrasound; if there is no sonographic correlate, DBT-guided biopsy.
Benign stable right breast mass. BI-RADS 2, right.

Dr. Michal Rosen-Katz, Breast Imaging
""")

add("r32_10_kenya_combined_mammo_us", "4B", "L4B R2", "c",
    ["mass L p", "calc L a", "ln L p", "calc R p m:coarse", "mass R a", "mass R p"], """
THE AGA KHAN UNIVERSITY HOSPITAL, NAIROBI - DEPARTMENT OF IMAGING
Name: Mrs. Achieng Odhiambo    Age: 46    IP/OP No: 2611-0478    Date: 27/01/2026
Requested by: Dr. N. Kamau, General Surgery clinic
Examinations: 1) Bilateral diagnostic mammogram  2) Bilateral breast ultrasound
Clinical: left breast lump, 2 months.

MAMMOGRAM
Heterogeneously dense breasts (ACR C).
Left: irregular mass with indistinct margins at 3 o'clock, 14 mm, under the palpable marker. No associated
calcifications.
Right: a few coarse benign calcifications in the lower outer quadrant. No suspicious mass in the right breast.
MAMMOGRAM IMPRESSION: Left breast mass, BI-RADS 4A. Right breast benign calcifications, BI-RADS 2.

ULTRASOUND
Left: at 3 o'clock, 4 cm FN, irregular hypoechoic mass, not parallel, angular margins, 13 x 10 mm, with internal
vascularity, at the site of the mammographic mass. Left axillary lymph nodes are normal with fatty hila.
Right: 6 mm simple cyst at 10 o'clock, 2 cm FN.
ULTRASOUND IMPRESSION: Left 3 o'clock suspicious solid mass, BI-RADS 4B. Right simple cyst, BI-RADS 2.

FINAL ASSESSMENT (combined mammogram and ultrasound):
BI-RADS 4B (left); BI-RADS 2 (right).
Recommendation: ultrasound-guided core biopsy of the left 3 o'clock mass.

Dr. F. Mwangi, MBChB, MMed (Rad) - Consultant Radiologist
""")

add("r32_11_hong_kong_dotted_assessment_block", "4A", "R4A L2", "c",
    ["mass B a", "calc B a", "ad B a", "ln B a", "mass R p", "mass L p"], """
VICTORIA HARBOUR PRIVATE HOSPITAL - DEPARTMENT OF DIAGNOSTIC & INTERVENTIONAL RADIOLOGY
Name: CHAN Mei Ling   Sex/Age: F/44   HKID: Y12xxxx(5)   Hosp No: HS2601-88342   Exam date: 20-Jan-2026
Referring doctor: Dr. WONG Ka Yan (Specialist in Obstetrics & Gynaecology)
Examination: Mammogram (bilateral) and ultrasound of both breasts       Purpose: health check

Mammogram:
The breasts are heterogeneously dense, which may obscure small masses.
No suspicious mass, microcalcification or architectural distortion is seen in both breasts.
No enlarged axillary lymph node bilaterally.

Ultrasound:
Right breast: a 7 x 5 mm irregular hypoechoic nodule with indistinct margin at 7 o'clock, 2 cm from the nipple,
not parallel to the skin. It is not seen on the mammogram, likely obscured by dense tissue. No internal vascularity.
Left breast: a few small simple cysts, the largest 4 mm at 2 o'clock.

Conclusion:
Small indeterminate right breast nodule at 7 o'clock, sonographically detected. Ultrasound-guided core biopsy is
suggested. Left breast small simple cysts.

BI-RADS Assessment:
Right breast .................. Category 4A: Low suspicion for malignancy
Left breast ................... Category 2: Benign

Dr. LEUNG Chi Wai, FRCR, FHKCR, FHKAM (Radiology)
""")

add("r32_12_uk_rcr_with_birads", "4A", "R4A L2", "b",
    ["mass R p", "calc R a", "ln R p", "calc L p s m:coarse d:diffuse", "mass L a"], """
The London Breast Diagnostic Centre (independent sector)                      Report status: FINAL
Patient: Mrs Joanna PRICE    DOB 30/03/1971    NHS no. 485 777 3456    Hospital no. LBDC-119022
Referrer: Mr R. Okonkwo, Consultant Oncoplastic Breast Surgeon      Date of examination: 16/02/2026
Examinations: Bilateral mammograms (2 views) and right breast ultrasound

Clinical details: Self-referred, insured. Vague right breast discomfort. No palpable abnormality on clinical
examination (P1).

Mammography:
Breast density: BI-RADS B (scattered fibroglandular).
Rt: 9mm oval mass at 11 o'clock, mid-depth, with a partly indistinct margin. No suspicious microcalcification.
Lt: scattered coarse benign calcifications, unchanged since 2021. No mass.

Ultrasound (Rt):
At 11 o'clock, 5cm FN: 8mm oval hypoechoic solid lesion, parallel, with a short segment of indistinct margin.
This corresponds to the mammographic mass. Normal right axillary lymph nodes.

Opinion:
Indeterminate small solid lesion right breast 11 o'clock. Benign calcifications left breast.

Classification:   Right   M3  U4  /  BI-RADS 4A
                  Left    M2      /  BI-RADS 2

Plan: US-guided core biopsy right 11 o'clock today; results clinic with Mr Okonkwo in 1 week.

Dr Fiona Barraclough MRCP FRCR, Consultant Radiologist
""")
