R = []
def r(i, dens, ov, bb, f, text): R.append((i, dens, ov, bb, f, text))

r("r22_01_hk_hospital_authority", "b", "4C", "R4C L2", ["mass R p", "calc R p m:fine_pleomorphic", "calc L p", "ln B p"], """HOSPITAL AUTHORITY - PAMELA YOUDE NETHERSOLE EASTERN HOSPITAL
Department of Radiology and Imaging
Name: CHAN TAI MAN (F/61)   HKID: A123***(*)   Hosp No: HN26001234X
Requested by: SOPD (Surgery) Breast Clinic   Exam date: 18-Feb-2026
Examination: MAMMOGRAM BOTH BREASTS + USG BOTH BREASTS

Clinical: R breast lump 1/12. FHx: sister Ca breast.

Mammogram:
Breast composition: ACR b.
An ill-defined mass of 1.5 cm is seen at R UOQ, with associated pleomorphic microcalcifications.
Benign-looking calcifications in L breast.

USG:
R 10 o'clock 4 cm FN: irregular hypoechoic mass, not parallel, 1.4 cm, corresponding to the mammographic mass.
A few normal-looking LNs in both axillae.

Impression:
R breast mass, suspicious. BI-RADS 4C.
L breast BI-RADS 2.
Suggest USG-guided core biopsy.

Reported by: Dr. LAM Wai Kit, FRCR, FHKCR, FHKAM (Radiology)
""")

r("r22_02_hk_private_screening", "c", "2", "", ["mass B a", "calc B a", "ad B a", "calc L p", "ln R p s"], """HONG KONG ADVENTIST HOSPITAL - STUBBS ROAD
Department of Diagnostic Imaging
Patient: Ms WONG Mei Ling   Age: 49   MRN: 0098765   Referring doctor: Dr. Ho (Women's Health Centre)
Date: 02/03/2026
Examination: BILATERAL SCREENING MAMMOGRAPHY WITH TOMOSYNTHESIS (3D)
Comparison: 14/02/2025.

Findings:
The breasts are heterogeneously dense (c), which may obscure small masses.
No suspicious mass, microcalcification or architectural distortion in either breast.
Benign calcifications in the left breast.
A small intramammary lymph node in the right upper outer quadrant, unchanged.

Impression:
BI-RADS 2 - Benign findings.
Annual screening mammography is recommended. Supplementary ultrasound may be considered in view of the breast density.

Dr. YEUNG Ka Ho, MBBS (HK), FRCR, FHKCR, FHKAM (Radiology) - Specialist in Radiology
""")

r("r22_03_singapore_diagnostic", "c", "3", "R2 L3", ["mass R p", "mass L p s", "calc B a"], """SINGAPORE GENERAL HOSPITAL - Department of Diagnostic Radiology
Name: TAN Siew Hoon   NRIC: S****567D   Age/Sex: 45/F   Ward/Clinic: Breast Clinic (Block 3)
Exam: Bilateral Diagnostic Mammogram and Ultrasound Breasts   Date: 09/01/2026
Clinical information: Palpable lump R breast. Known L breast nodule on surveillance.

Findings:
Heterogeneously dense breasts (ACR c).
Right breast: at the site of the palpable lump (skin marker) there is an oval circumscribed mass of 1.2 cm at 9 o'clock. On ultrasound it is a simple cyst.
Left breast: 6 mm oval circumscribed hypoechoic nodule at 2 o'clock, 3 cm FN, probably a fibroadenoma, unchanged from ultrasound of 07/2025.
No suspicious microcalcifications in either breast.

Impression:
1. Right breast simple cyst, corresponding to the palpable lump. BI-RADS 2.
2. Left breast probably benign nodule. BI-RADS 3.
Recommend ultrasound follow-up of the left breast in 6 months.
""")

r("r22_04_malaysia_hkl", "c", "4B", "L4B R1", ["calc L p m:fine_pleomorphic d:grouped", "mass L a", "ln B a", "calc R a"], """HOSPITAL KUALA LUMPUR - JABATAN RADIOLOGI / DEPARTMENT OF RADIOLOGY
Nama/Name: SITI AMINAH BT ABDULLAH   No. K/P: 720311-**-****   RN: HKL-0456712
Pemeriksaan/Exam: MAMMOGRAM AND ULTRASOUND BOTH BREASTS   Tarikh/Date: 11/02/2026

Clinical: Screening, mother had Ca breast.
Breast density: ACR C.
Left: clustered microcalcificatons at left UOQ. Magnification view: fine pleomorphic, grouped, spanning 7 mm. No mass.
Right: unremarkable.
USG: no sonographic correlate for the calcifications. No significant lymphadenopathy bilaterally.
Note: no suspicious calcification in the right breast.

Impression:
Left breast suspicious microcalcifications - BIRADS 4B.
Right breast - BIRADS 1.
Plan: stereotactic biopsy, appointment given.
Dr. Nurul Huda, Radiologist
""")

r("r22_05_philippines_ultrasound", None, "3", "R2 L3", ["mass B p", "mass L p", "mass B a", "ln B p"], """ST. LUKE'S MEDICAL CENTER - GLOBAL CITY
Institute of Radiology
Name: DELA CRUZ, MARIA   Age/Sex: 42/F   Case No.: 26-004421   Requesting Physician: Dr. R. Santos
Examination: BILATERAL BREAST ULTRASOUND   Date: February 20, 2026

There are noted multiple simple cysts in both breasts, the largest measuring 1.1 cm in the right at 2 o'clock.
There is a complicated cyst in the left breast at 9 o'clock, 0.8 x 0.6 cm, with internal low-level echoes.
No solid mass seen.
The axillary lymph nodes are normal in appearance.

IMPRESSION:
Bilateral simple cysts, BI-RADS 2.
Left complicated cyst, BI-RADS 3.
Recommend follow-up ultrasound in 6 months.

(Sgd) JOSE M. REYES, M.D., FPCR
""")

r("r22_06_thailand_private", "c", "4A", "L4A R2", ["mass R p s", "asym L p"], """BUMRUNGRAD INTERNATIONAL HOSPITAL - Breast Center
HN: 10-26-005512   Patient: Mrs. Somchai Kanya   Age: 50 Y
Exam: Digital mammogram and ultrasound of both breasts   Date: 26 Feb 2026
Comparison: previous study on 15 Jan 2025.

Findings:
Heterogeneously dense breasts (ACR c).
Right breast: oval circumscribed mass 8 mm at 10 o'clock, unchanged in size and appearance.
Left breast: new focal asymmetry in the upper outer quadrant. On ultrasound this corresponds to a 7 mm oval hypoechoic mass with indistinct margins at 2 o'clock, 4 cm from the nipple.

Impression:
BI-RADS 4A left - ultrasound-guided biopsy is suggested.
BI-RADS 2 right.
Dr. Pornthip S., Diplomate Thai Board of Radiology
""")

r("r22_07_us_addendum_revised", "b", "2", "L2", ["asym L p s", "calc B a", "mass B a"], """EXAM: SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS     DATE: 01/12/2026
HISTORY: Annual screening. New patient to this facility.
COMPARISON: None available at the time of interpretation.

FINDINGS: The breasts are scattered areas of fibroglandular density.
There is a focal asymmetry in the left breast at posterior depth, seen on the MLO view only.
No suspicious calcifications or masses.

IMPRESSION: Left breast focal asymmetry. Additional evaluation with diagnostic mammography is recommended.
BI-RADS 0: Incomplete - left breast.

ADDENDUM (01/20/2026): Outside priors from 2023 and 2024 were received and compared. The left focal asymmetry is unchanged since 2023 and is consistent with benign asymmetric tissue. No recall is needed.
Revised assessment: BI-RADS 2: Benign, left breast. Return to annual screening.
Electronically signed by: Karen Miller, MD
""")

r("r22_08_us_multiple_priors", "d", "2", "R2 L1", ["calc R p s m:punctate,round d:grouped", "mass B a", "calc B a", "ad B a"], """MAMMOGRAPHY REPORT
Exam: MAM SCREENING BILATERAL W/ CAD AND TOMO     Exam date: 02/09/2026
Indication: Routine screening. Age 64.
Comparison: 01/10/2025, 12/28/2023, 11/15/2022, 10/02/2020.

Breast composition: The breasts are extremely dense, which lowers the sensitivity of mammography.
Grouped round and punctate calcifications in the right upper inner quadrant are stable since 2020.
No suspicious masses, calcifications, or architectural distortion.

IMPRESSION:
Right breast: BI-RADS 2 - Benign.
Left breast: BI-RADS 1 - Negative.
Recommend annual screening mammography.

DENSE BREAST NOTICE: Your mammogram shows that your breast tissue is dense. Dense breast tissue is common and is not abnormal...
""")

r("r22_09_us_category_per_modality", "c", "4B", "R4B L1", ["mass R p", "ln R p", "mass L a", "calc L a", "ad L a"], """BILATERAL DIAGNOSTIC MAMMOGRAM AND RIGHT BREAST ULTRASOUND     03/02/2026
CLINICAL: 57-year-old woman recalled from screening for a right breast mass.

MAMMOGRAM: Heterogeneously dense breasts. In the right breast at 8 o'clock, middle depth, there is an 11 mm irregular mass with indistinct margins that persists on spot compression views. Left breast: no suspicious mass, calcification or distortion.
Mammography assessment: BI-RADS 4 (right breast mass). Left breast BI-RADS 1.

RIGHT BREAST ULTRASOUND: At 8:00, 5 cm from the nipple, an irregular hypoechoic mass, not parallel, 10 x 8 x 7 mm, corresponding to the mammographic mass. Normal right axillary lymph nodes.
Ultrasound assessment: BI-RADS 4B.

OVERALL ASSESSMENT: BI-RADS 4B, right breast. Ultrasound-guided core biopsy recommended.
""")

r("r22_10_us_post_biopsy_clip", "c", "4B", "L4B", ["calc L p m:amorphous d:grouped", "other L p"], """EXAM: MAMMOGRAM LEFT POST-PROCEDURE (CLIP PLACEMENT)   DATE: 02/24/2026
HISTORY: Status post stereotactic vacuum-assisted biopsy of grouped amorphous calcifications in the left upper outer quadrant today.

FINDINGS: Two-view left mammogram. The breast is heterogeneously dense. A ribbon-shaped clip is at the biopsy site, within 3 mm of the target. Some residual grouped amorphous calcifications remain at the site. Small post-biopsy hematoma. No other change.

IMPRESSION: Appropriate clip placement.
BI-RADS 4B: Suspicious (left), pending pathology.
""")

r("r22_11_uk_male_gynaecomastia", None, "2", "L2", ["other L p", "mass L a", "calc L a"], """ROYAL FREE LONDON NHS FOUNDATION TRUST - Breast Imaging
Patient: Mr D. Hughes   NHS No: 485 *** ****   DOB: 12/04/1967
Exam: Bilateral mammograms and left breast ultrasound   Date: 05/03/2026
Clinical details: 58M, tender left breast swelling 2/12. On bicalutamide. ?gynaecomastia ?mass

Mammograms: Left - flame-shaped retroareolar glandular tissue consistent with nodular gynaecomastia. No discrete mass. No calcifications. Right - normal male breast, fatty.
Left US: retroareolar hypoechoic glandular tissue, no discrete mass.

Conclusion:
Left gynaecomastia. M2 U2. BI-RADS 2.
Reassurance; return to GP. Dr A. Shah, Consultant Radiologist
""")

r("r22_12_au_implant_displacement", "b", "2", "R2 L2", ["mass L p s", "calc B a", "calc R p m:vascular"], """BreastScreen / private - Sydney Breast Imaging, Level 4, 123 Macquarie St (ABN 12 345 678 901)
Patient: Ms J. Nguyen   DOB: 03/07/1971   Referrer: Dr P. Walsh (GP)
Exam: BILATERAL SCREENING MAMMOGRAMS WITH IMPLANT-DISPLACED (EKLUND) VIEWS   Date: 10/02/2026

Report:
Bilateral subpectoral silicone implants. Standard and implant-displaced views obtained.
Breast composition: scattered fibroglandular densities (BI-RADS b).
Left breast: small oval circumscribed mass 6 mm at 3 o'clock, unchanged since 2022, likely benign.
Benign vascular calcification right breast.
No suspicious calcifications.

Comment:
Right: BI-RADS 2. Left: BI-RADS 2.
Routine screening in 2 years.
Dr M. O'Brien, FRANZCR
""")

r("r22_13_uk_prior_cancer_history", "b", "5", "R2 L5", ["ad R p s", "calc R p s m:dystrophic", "mass L p"], """NORFOLK AND NORWICH UNIVERSITY HOSPITALS - Breast Imaging
Exam: Bilateral surveillance mammograms   Date: 16/02/2026
History: Right breast cancer 2014 - WLE, SLNB and radiotherapy. Annual surveillance.

Breast composition: scattered fibroglandular densities (b).
RIGHT BREAST: Post-surgical distortion at the lumpectomy site, stable. Dystrophic calcifications, stable.
LEFT BREAST: New 9 mm spiculated mass at 2 o'clock, upper outer quadrant.

Conclusion:
Left: suspicious new mass. M5. BI-RADS 5 left.
Right: post-treatment change. BI-RADS 2 right.
Recall to breast clinic for left US and biopsy.
""")

r("r22_14_au_focal_pain", "c", "2", "R2 L2", ["mass L p", "calc B p d:diffuse"], """QUEENSLAND X-RAY - Mater Hospital Brisbane
Patient: Mrs L. Barker   Referrer: Dr T. Singh   Date: 19/02/2026
Exam: Bilateral mammograms and left breast ultrasound
Clinical notes: focal left breast pain 12 o'clock.

Report:
Breast density: heterogeneously dense. BI-RADS density C.
Scattered benign calcifications bilaterally.
No focal abnormality in the region of pain.
Left 12 o'clock 2 cm FN: 4 mm simple cyst.

Conclusion:
No mammographic or sonographic abnormality to account for the focal pain. Small left simple cyst.
BI-RADS 2 bilaterally.
Dr R. Fitzgerald
""")

r("r22_15_malaysia_private", "d", "3", "R2 L3", ["ln R p", "mass L p", "calc B a"], """SUBANG JAYA MEDICAL CENTRE - Imaging Department
Name: Ms LEE Pei Shan   IC: 800512-**-****   MRN: SJ0091234   Date: 21/02/2026
Exam: SCREENING MAMMOGRAM WITH SUPPLEMENTARY ULTRASOUND, BOTH BREASTS

Breast composition: extremely dense (ACR d).
Right: an intramammary lymph node in the upper outer quadrant.
No suspicious microcalcifications bilaterally.
Ultrasound: left breast 3 o'clock, 5 mm oval parallel hypoechoic nodule, circumscribed - probably benign.

Impression:
Right breast: BI-RADS 2 (intramammary lymph node).
Left breast: BI-RADS 3 - short-term follow-up ultrasound in 6 months.
Dr. Tan Boon Keat, Consultant Radiologist
""")
