# Whole reports for held_out_27. Each item: id, text, density, overall, bb ("R0 L2"), findings (compact codes, see common.py).
ITEMS = []


def add(id, text, density, overall, bb, findings):
    ITEMS.append({"id": id, "text": text, "density": density, "overall": overall, "bb": bb, "findings": findings})


add("r27_01_usa_ehr_pipe_export", r"""
RESULT EXPORT | Source: RIS/EHR interface | Printed: 02/14/2026 09:12 CST | Page 1 of 1
Patient Name: HOLLOWAY, DENISE R | MRN: 20844719 | DOB: 07/22/1961 | Sex: F
Order: MAM SCREEN BILAT W TOMO [IMG7001] | Accession: MG26-0044187 | Result Status: Final
Ordering Provider: PATEL, ANJALI MD | Performing Site: Lakeview Breast Center, Springfield IL
Exam Date/Time: 02/13/2026 10:41 | Result Date/Time: 02/13/2026 16:07
--------------------------------------------------------------------------------------
Component            | Value
EXAM                 | BILATERAL SCREENING DIGITAL BREAST TOMOSYNTHESIS WITH SYNTHESIZED 2D
CLINICAL HISTORY     | Annual screening. Asymptomatic. Mother with breast ca at 62.
COMPARISON           | 01/08/2025, 01/11/2024
BREAST COMPOSITION   | The breasts are heterogeneously dense, which may obscure small masses (ACR C).
FINDINGS RIGHT       | There is a new group of amorphous calcifications in the upper outer quadrant, posterior depth, spanning 6 mm. No associated mass.
FINDINGS LEFT        | No suspicious mass, calcifications, or architectural distortion. Stable benign-appearing intramammary lymph node in the upper outer quadrant.
IMPRESSION           | New right breast calcifications. Recommend diagnostic mammogram with magnification views of the right breast.
BI-RADS RIGHT        | 0 - Incomplete: Need Additional Imaging Evaluation
BI-RADS LEFT         | 2 - Benign
BI-RADS OVERALL      | 0
RECOMMENDATION       | Diagnostic mammogram, right | Due: ASAP
Signed By            | KOWALCZYK, MARTA MD | 02/13/2026 16:07
--------------------------------------------------------------------------------------
""", "c", "0", "R0 L2", [
    "calc R p m:amorphous d:grouped", "mass R a", "mass L a", "calc L a", "dist L a", "node L p s"])

add("r27_02_kenya_teleradiology_timestamps", r"""
BREAST TELEREADING SERVICE - NAIROBI HUB
Referring site: Kisumu County Referral Hospital, Mammography Unit
Patient: Achieng, Mary O.   IP/OP No: KCRH/OP/26/01833   Age: 47 yrs   Sex: F
Requesting clinician: Dr. J. Otieno (Surgical Outpatients)

[2026-01-19 08:14:22 EAT] Study received - MG bilateral CC/MLO + US left breast (12 series)
[2026-01-19 09:02:51 EAT] Opened by reader RDR-0147 (Dr. W. Kamau, Consultant Radiologist)
[2026-01-19 09:31:07 EAT] Preliminary report released to referring site
[2026-01-19 10:05:40 EAT] Second read RDR-0211 - concur, no changes

CLINICAL: Hard painless lump left breast x 3 months. ?Ca.

MAMMOGRAPHY (bilateral):
Breast composition: scattered areas of fibroglandular density (ACR b).
Left breast: irregular high density mass with spiculated margins at 2 o'clock, 24 mm, middle third. Fine pleomorphic microcalcifications are seen within the mass. Overlying skin thickening. Enlarged left axillary lymph node with loss of the fatty hilum.
Right breast: No mass or suspicious calcification.

ULTRASOUND (left breast):
At the left 2 o'clock, 4 cm FN, there is the corresponding irregular hypoechoic mass, 25 x 18 mm, not parallel, with posterior acoustic shadowing and internal vascularity. The left axillary node measures 19 mm with a thickened cortex.

IMPRESSION:
Left breast mass, highly suspicious for malignancy, with left axillary nodal involvement.
LEFT BREAST: BIRADS 5
RIGHT BREAST: BIRADS 1

RECOMMENDATION: US-guided core biopsy of the left breast mass and FNA of the left axillary node. Refer to the breast clinic.

Reader: RDR-0147 | Verified: RDR-0211 | Report ID TR-KSM-260119-0042
""", "b", "5", "L5 R1", [
    "mass L p", "calc L p m:fine_pleomorphic", "skin L p", "node L p", "mass R a", "calc R a"])

add("r27_03_pakistan_allcaps_teletype", r"""
ZZ RADIOLOGY DEPT  KARACHI  BREAST IMAGING  REPORT NO 26/00412
PATIENT: SADIA PERVEEN  MR NO: 1187-22-04  AGE/SEX: 38Y/F  REF BY: DR NAZIA HAMEED FCPS
DATE: 22-01-2026
EXAMINATION: BILATERAL MAMMOGRAPHY (CC+MLO) + USG BOTH BREASTS
CLINICAL: PALPABLE MOBILE LUMP RT BREAST. NO NIPPLE DISCHARGE.

MAMMOGRAPHY:
BREAST DENSITY ACR B - SCATTERED FIBROGLANDULAR DENSITIES.
RT BREAST: OVAL EQUAL DENSITY MASS WITH CIRCUMSCRIBED MARGINS IN UOQ CORRESPONDING TO THE PALPABLE LUMP.
LT BREAST: FEW SCATTERED COARSE CALCIFICATONS.
NO SUSPICIOUS MICROCALCIFICATION IN EITHER BREAST.

USG:
RT BREAST 10 O'CLOCK: WELL DEFINED OVAL HYPOECHOIC LESION 14 X 9 MM, PARALLEL TO SKIN, CIRCUMSCRIBED MARGINS, NO POSTERIOR SHADOWING. SAME AS THE MAMMOGRAPHIC MASS. LIKELY FIBROADENOMA.
LT BREAST: NORMAL ECHOTEXTURE.
BOTH AXILLAE: FEW LYMPH NODES WITH PRESERVED FATTY HILA.

IMPRESSION:
- RT BREAST PROBABLE FIBROADENOMA - BIRADS 3.
- LT BREAST BENIGN CALCIFICATIONS - BIRADS 2.

ADVICE: FOLLOW UP USG RT BREAST AFTER 6 MONTHS. CLINICAL CORRELATION.

DR TARIQ MEHMOOD  MBBS FCPS (RADIOLOGY)  CONSULTANT RADIOLOGIST
THIS IS A COMPUTER GENERATED REPORT. NOT VALID FOR MEDICOLEGAL PURPOSES.
""", "b", "3", "R3 L2", [
    "mass R p", "calc L p m:coarse d:diffuse", "calc B a", "node B p"])

add("r27_04_philippines_line_numbered_paste", r"""
  1| DEPARTMENT OF RADIOLOGY - BREAST IMAGING SECTION
  2| Quezon City, Metro Manila
  3| Name: DELA CRUZ, MARIA LOURDES S.   Hosp No.: 2026-001457   Age/Sex: 52/F
  4| Requesting Physician: Dr. R. Villanueva (OPD Surgery)   Date: 01/27/2026
  5| Examination: BILATERAL MAMMOGRAPHY AND BREAST ULTRASOUND
  6| Clinical data: For annual check-up. (+) family history, aunt.
  7|
  8| MAMMOGRAPHY:
  9| The breasts are heterogeneously dense (ACR c).
 10| There is noted a cluster of punctate and amorphous microcalcifications in
 11| the left upper inner quadrant, spanning about 8 mm. No associated mass nor
 12| architectural distortion is appreciated in the left breast.
 13| The right breast is unremarkable.
 14|
 15| BREAST ULTRASOUND:
 16| A 0.8 cm simple cyst is noted at the right 7 o'clock, 3 cm from the nipple.
 17| No sonographic abnormality at the site of the left calcifications.
 18| Bilateral axillary lymph nodes with normal morphology are appreciated.
 19|
 20| IMPRESSION:
 21| 1. Left breast grouped microcalcifications, BI-RADS 4A. Stereotactic
 22|    biopsy is suggested.
 23| 2. Right breast simple cyst, BI-RADS 2.
 24|
 25| ANGELICA M. REYES, MD, FPCR
 26| Radiologist
""", "c", "4A", "L4A R2", [
    "calc L p m:amorphous,punctate d:grouped", "mass L a", "dist L a", "mass R p", "node B p"])

add("r27_05_singapore_same_day_screen_then_diagnostic", r"""
BREAST CENTRE - DEPARTMENT OF DIAGNOSTIC RADIOLOGY
Name: TAN SIEW LING   NRIC: S67xxxx2H   Age: 58   Visit: 05/02/2026
Referred by: Polyclinic (Screening)   Report type: COMBINED SCREENING + SAME-DAY ASSESSMENT

EXAM 1 (09:10): BILATERAL SCREENING MAMMOGRAM (CC, MLO)
Comparison: 11/2023.
Breast density: heterogeneously dense (ACR C).
Left breast: a 9 mm mass in the upper outer quadrant, posterior third, new since the 2023 study.
Right breast: no suspicious mass, calcification or architectural distortion.
Screening assessment: Left - BI-RADS 0, recalled for same-day assessment. Right - BI-RADS 1.

EXAM 2 (11:25): LEFT DIAGNOSTIC MAMMOGRAM (SPOT COMPRESSION) + LEFT BREAST ULTRASOUND
Spot compression views of the left upper outer quadrant: the mass persists and has an irregular shape with indistinct margins.
Ultrasound: at the left 2 o'clock, 6 cm from the nipple, an irregular hypoechoic mass measuring 10 x 7 mm, not parallel, with angular margins, corresponding to the mammographic mass.
No abnormal left axillary lymph node.

FINAL ASSESSMENT (supersedes the screening assessment above):
Left breast: BI-RADS 4B - suspicious.
Right breast: BI-RADS 1 - negative.

RECOMMENDATION: Ultrasound-guided core biopsy of the left breast mass; appointment given for 09/02/2026.

Reported by: Dr Lim Wei Jie, MBBS, MMed (Diag Rad), FRCR
""", "c", "4B", "L4B R1", [
    "mass L p", "mass R a", "calc R a", "dist R a", "node L a"])

add("r27_06_israel_screening_addendum", r"""
BREAST IMAGING UNIT - MEDICAL CENTER, PETAH TIKVA
Patient: Levi, Orit   ID no.: 0XX-XX4172   Age: 54   HMO: Maccabi
Exam: Bilateral screening mammography with tomosynthesis   Date: 08.01.2026   Acc. 2601-88213

Indication: routine screening, no complaints.
Comparison: none available at the time of reading (previous exams done elsewhere).

Findings:
Breast composition: scattered areas of fibroglandular density (ACR B).
Left breast: round mass with circumscribed margins, 11 mm, upper inner quadrant, middle depth.
Scattered vascular calcifications bilaterally.
No suspicious calcifications or architectural distortion in either breast.

Impression:
Left breast circumscribed mass without comparison - BI-RADS 0 left, previous mammograms requested.
Right breast - BI-RADS 2.
Dr. Noa Friedman, senior radiologist | signed 08.01.2026 14:22

---------------------------------------------------------------
ADDENDUM | 15.01.2026 11:48 | Dr. Noa Friedman
Previous mammograms from 2022 and 2024 (outside institute) were received and compared.
The left upper inner quadrant mass is unchanged in size and appearance since 2022 and is benign.
Final assessment after comparison: Left - BI-RADS 2. Right - BI-RADS 2 (no change).
Recommendation: routine screening mammography in 2 years per national programme.
---------------------------------------------------------------
""", "b", "2", "L2 R2", [
    "mass L p s", "calc B p m:vascular d:diffuse", "calc B a", "dist B a"])

add("r27_07_germany_dbt_cad_translated", r"""
[Translation from German - certified translator D. Hartmann, Munich. Translator's notes in square brackets.]

RADIOLOGY GROUP PRACTICE SCHWABING - Mammography / Breast Diagnostics
Patient: Mrs. Sabine Krüger, born 03.09.1965   Insurance: statutory (AOK)
Referring physician: Dr. med. U. Bauer, gynaecologist
Examination date: 12.02.2026

Examination: Digital mammography both sides in 2 planes as tomosynthesis with synthetic 2D reconstruction, with computer-aided detection (CAD).
Indication: Early detection; previous examination 02/2024 at our practice.

Findings:
ACR density type C (heterogeneously dense glandular tissue; sensitivity reduced).
CAD mark 1, right upper outer quadrant: corresponds to tubular vascular calcifications, benign.
CAD mark 2, left breast at 12 o'clock: group of fine pleomorphic microcalcifications extending over 7 mm, new compared with 02/2024.
CAD mark 3, left lower inner quadrant: summation of glandular tissue, resolves on the tomosynthesis slices; no correlate.
No masses and no architectural distortions on either side.

Assessment:
Right BI-RADS 2.
Left BI-RADS 4B.

Recommendation: Stereotactic vacuum-assisted biopsy of the new microcalcifications on the left [German: Vakuumbiopsie], presentation in the interdisciplinary breast conference afterwards.

Dr. med. K. Vogel, specialist in radiology
""", "c", "4B", "R2 L4B", [
    "calc R p m:vascular", "calc L p m:fine_pleomorphic d:grouped", "mass B a", "dist B a"])

add("r27_08_brazil_implant_displaced_translated", r"""
DIAGNOSTIC IMAGING CENTER - SÃO PAULO/SP
(English version of the original Portuguese report, prepared at the patient's request)

Patient: Fernanda A. Souza     Age: 44 years     Date: 20/01/2026
Requesting physician: Dr. Ricardo M. Lima - CRM/SP 112.xxx

EXAMINATION: BILATERAL DIGITAL MAMMOGRAPHY
Technique: Patient with bilateral retroglandular silicone implants (augmentation 2017). Standard CC and MLO views and implant-displaced views (Eklund maneuver) were obtained on both sides.
Comparison: mammography of 03/2023 from this service.

REPORT:
Breast composition: scattered fibroglandular densities (category B).
Left breast: round, isodense nodule with circumscribed margins, measuring 9 mm, in the lower inner quadrant, best seen on the implant-displaced views, stable compared with 03/2023.
Right breast: group of rounded and punctate calcifications in the upper outer quadrant, stable.
In both breasts there are no suspicious microcalcifications, architectural distortions or asymmetries.
Axillary extensions without alterations.

CONCLUSION:
Stable findings, of benign aspect.
BI-RADS® category 2 - benign findings, bilaterally.
Routine annual mammographic control is recommended.

Dra. Juliana P. Costa - Radiologist - CRM/SP 98.xxx
""", "b", "2", "R2 L2", [
    "mass L p s", "calc R p s m:punctate,round d:grouped", "calc B a", "dist B a", "asym B a"])

add("r27_09_hongkong_male_gynaecomastia", r"""
DEPARTMENT OF RADIOLOGY - BREAST IMAGING (KOWLOON CLUSTER)
Name: CHAN Kwok Wai (陳國偉)   HKID: Kxxxxx1(3)   Sex/Age: M/67   Case no.: HN26004417
Ref: SOPD (Urology), Dr. Y.K. Leung   Exam date: 16/01/2026

Exam: Mammogram of both breasts (CC + MLO) and USG of both breasts.
Clinical info: Ca prostate on bicalutamide. Tender Lt subareolar swelling x 2/12. ?gynaecomastia ?mass.

Findings:
Lt breast: Flame-shaped retroareolar fibroglandular density about 25 mm, radiating towards the nipple, in keeping with gynaecomastia. No discrete mass. No suspicious calcifications.
USG Lt: fan-shaped retroareolar glandular tissue, tender on probe pressure, without a discrete solid mass.
Rt breast: predominantly fatty, unremarkable on mammogram and USG.
No enlarged axillary LN on either side.

Impression:
Lt gynaecomastia, likely drug related (anti-androgen).  BI-RADS 2 (Lt)
Rt breast  BI-RADS 1 (Rt)

Suggest clinical FU at urology clinic. No further imaging needed unless clinical change.

Dr. WONG Ka Man, FHKCR, FHKAM (Radiology)
""", None, "2", "L2 R1", [
    "other L p", "mass L a", "calc L a", "node B a"])

add("r27_10_poland_left_only_post_mastectomy_translated", r"""
[English translation of a Polish report; the translator's comments are in square brackets]

SPECIALIST HOSPITAL - DEPARTMENT OF RADIOLOGY, MAMMOGRAPHY LABORATORY, Kraków
Patient: Katarzyna Nowicka   PESEL: 6504xxxxx28   Date of examination: 29.01.2026
Referral: Oncology Outpatient Clinic [Poradnia Onkologiczna], dr n. med. P. Zieliński

Examination: MAMMOGRAPHY OF THE LEFT BREAST in two projections (CC, MLO).
Clinical data: status post right mastectomy with axillary lymphadenectomy 2019 (invasive carcinoma NST), after chemotherapy and hormone therapy. Oncological follow-up.
Comparison: left mammography of 16.01.2025.

Description:
Left breast of the glandular-fatty type, density ACR b.
Coarse popcorn-like calcifications in the upper outer quadrant, unchanged compared with 01.2025.
No masses, no suspicious microcalcifications, no architectural distortion.
In the left axilla a lymph node with a preserved fatty hilum, 9 mm, unchanged.

Conclusion:
Image of the left breast without features of recurrence or a new lesion.
BI-RADS 2.

Recommendation: follow-up mammography of the left breast in 12 months, further care in the oncology clinic.

lek. med. A. Wiśniewska, specialist in radiology and diagnostic imaging
""", "b", "2", "L2", [
    "calc L p s m:coarse", "mass L a", "calc L a", "dist L a", "node L p s"])

add("r27_11_nz_probably_benign_third_followup", r"""
AUCKLAND WOMEN'S IMAGING
Patient: Aroha TE WHARE   NHI: ZKL4481   DOB: 02/10/1979
Referrer: Dr Sarah Mitchell, Ponsonby Family Practice
Date: 24/11/2025

EXAMINATION: Bilateral mammogram and right breast ultrasound - 24-month follow-up.
CLINICAL HISTORY: Follow-up of a probably benign right breast mass found at diagnostic work-up in 2023.
PRIOR EXAMS:
  14/11/2023  diagnostic mammogram + right US ....... BI-RADS 3
  21/05/2024  right breast US (6 months) ............ BI-RADS 3
  19/11/2024  bilateral mammogram + right US ........ BI-RADS 3

FINDINGS:
Breast composition: extremely dense, which lowers the sensitivity of mammography (BI-RADS D).
Right: the oval circumscribed 7 mm mass at 9 o'clock is unchanged since 11/2023.
Right breast US: 9 o'clock, 3 cm FN, oval hypoechoic mass, parallel, circumscribed, 7 x 4 x 5 mm (was 7 x 4 x 5 mm), no internal vascularity. This is the mammographic mass.
Left: no suspicious mass or calcifications.

CONCLUSION:
Right breast mass stable over 24 months through three follow-up examinations, now considered benign.
Right breast: BI-RADS 2.  Left breast: BI-RADS 1.
Return to routine annual screening; no further targeted follow-up of the right breast mass is required.

Dr James Tuilagi, FRANZCR
""", "d", "2", "R2 L1", [
    "mass R p s", "mass L a", "calc L a"])

add("r27_12_nigeria_letter_to_gp", r"""
HARMONY DIAGNOSTICS LTD - Breast Imaging Suite
12 Adeola Odeku Street, Victoria Island, Lagos

23rd January, 2026

Dr. T. Adeyemi
Grace Family Clinic, Surulere, Lagos

Dear Dr. Adeyemi,

RE: MRS FOLAKE OLADIPO (51 YRS), HOSP. NO. HD/26/0391 - BILATERAL MAMMOGRAPHY AND BREAST ULTRASOUND

Thank you for referring this patient with a right breast lump of 4 months duration.

The breasts show scattered fibroglandular density (ACR b).

In the right breast there is an irregular, spiculated, high-density mass measuring 30 mm at the upper outer quadrant (10 o'clock), with retraction of the nipple. On ultrasound it is an irregular hypoechoic mass, taller-than-wide, with posterior acoustic shadowing. The right axillary lymph nodes are enlarged, the largest measuring 22 mm, with effaced fatty hila.

In the left breast there are a few benign eggshell calcifications in the lower outer quadrant. There is no mass in the left breast.

In summary, the right breast is BI-RADS 5 and the left BI-RADS 2.

I would advise ultrasound-guided core biopsy of the right breast mass and right axillary node, and early referral to the surgical oncology clinic.

Thank you for the referral.

Yours sincerely,

Dr. (Mrs) Ngozi Eze, MBBS, FWACS (Radiology)
Consultant Radiologist
""", "b", "5", "R5 L2", [
    "mass R p", "skin R p", "node R p", "calc L p m:rim", "mass L a"])

add("r27_13_usa_header_block_footer_legend", r"""
=====================================================================
PATIENT: RAMIREZ, GLORIA E            MRN: 003318842
DOB: 04/18/1957 (68 y)                SEX: F
ACCESSION: 26MG011904                 EXAM DATE: 01/30/2026 08:52
LOCATION: St. Anne Outpatient Imaging, Tucson AZ
ORDERING: NGUYEN, PETER DO            CC: PCP of record
EXAM: MAMMO SCREENING BILATERAL WITH TOMOSYNTHESIS (CPT 77067, 77063)
=====================================================================

HISTORY: Routine screening. No personal history of breast cancer.
COMPARISON: 01/2025, 01/2024, 12/2021.

FINDINGS:
The breasts are almost entirely fatty (A).
Right breast: Benign-appearing coarse calcifications in the lower inner quadrant, unchanged since 2021.
There are no suspicious masses, calcifications, or areas of architectural distortion in either breast.

IMPRESSION:
RIGHT: BI-RADS 2 - Benign
LEFT:  BI-RADS 1 - Negative
OVERALL: BI-RADS 2 - Benign

RECOMMENDATION: Routine annual screening mammogram in 1 year.
A result letter was mailed to the patient in accordance with MQSA.

Electronically signed: Laura Beckett, MD  01/30/2026 13:15
---------------------------------------------------------------------
BI-RADS assessment categories (for reference):
0 Incomplete - needs additional imaging   1 Negative   2 Benign
3 Probably benign - short-interval follow-up suggested
4 Suspicious - biopsy should be considered (4A low, 4B moderate, 4C high)
5 Highly suggestive of malignancy   6 Known biopsy-proven malignancy
---------------------------------------------------------------------
""", "a", "2", "R2 L1", [
    "calc R p s m:coarse", "mass B a", "calc B a", "dist B a"])

add("r27_14_canada_diagnostic_pathology_addendum", r"""
CALGARY BREAST HEALTH - DIAGNOSTIC IMAGING REPORT
Name: BOUCHARD, Isabelle   ULI/PHN: 4418-xxxxx   DOB: 1986-06-02
Ordering: Dr. M. Singh (family physician)   Exam date: 2026-01-21

EXAM: Bilateral diagnostic mammogram with tomosynthesis; left breast ultrasound.
HISTORY: Palpable lump left breast 3 o'clock, noticed 3 weeks ago.
COMPARISON: None.

FINDINGS:
Breast density: heterogeneously dense (ACR c).
Left: Under the palpable marker at 3 o'clock there is an oval equal-density mass, 12 mm, with partially indistinct margins.
Left US: At 3 o'clock, 5 cm from the nipple, there is an oval hypoechoic mass with microlobulated margins, 12 x 8 x 9 mm, parallel, with mild internal vascularity, corresponding to the palpable and mammographic finding.
Right: No mass. No suspicious calcifications.

IMPRESSION:
Left: BI-RADS 4A. Indeterminate solid mass at the palpable site. US-guided core biopsy recommended.
Right: BI-RADS 1.

Dictated by: Dr. Hélène Gagnon, FRCPC   2026-01-21 15:40

ADDENDUM (2026-02-06 10:12, Dr. Hélène Gagnon):
US-guided 14G core biopsy of the left 3 o'clock mass was performed 2026-02-03 with clip placement.
Pathology: fibroadenoma. Radiology-pathology concordant, benign.
Revised assessment: Left BI-RADS 2 - benign. Right remains BI-RADS 1.
Recommend clinical follow-up and return to routine screening at age 40 (or per provincial guideline).
""", "c", "2", "L2 R1", [
    "mass L p", "mass R a", "calc R a"])

add("r27_15_ireland_header_ids_category_key", r"""
UNIVERSITY HOSPITAL GALWAY - SYMPTOMATIC BREAST SERVICE - RADIOLOGY
-------------------------------------------------------------------
MRN: G0288146          IHI: 1042xxxxxx        DOB: 19/08/1983
Name: Ní Fhlaithearta, Áine   Ward/Clinic: Breast Clinic 2
Referrer: Mr D. Walsh, Consultant Surgeon    GP: Dr E. Costello, Oranmore
Exam date: 10/02/2026     Accession: UHG-MG-26-01771
-------------------------------------------------------------------

EXAMINATION: Bilateral mammogram and right breast ultrasound.
CLINICAL: Tender area R breast 8 o'clock, cyclical. No FH.

REPORT:
Breast density ACR B.
Right: Oval circumscribed mass at 8 o'clock, anterior depth, approx 7 mm.
Right US: At 8 o'clock 2 cm FN there is a 7 mm complicated cyst with low-level internal echoes, no solid component and no internal vascularity. This corresponds to the mammographic mass.
Left: Normal. No mass or architectural distortion.
No axillary lymphadenopathy.

CONCLUSION:
Right - complicated cyst, probably benign: BI-RADS 3.
Left - BI-RADS 1.
Recommend repeat right breast ultrasound in 6 months.

Dr Róisín Keane, FFRRCSI, Consultant Radiologist
-------------------------------------------------------------------
Key: BI-RADS 1 negative; 2 benign; 3 probably benign (short interval
follow-up); 4 suspicious (biopsy advised); 5 highly suggestive of
malignancy. Reports are verified electronically. Page 1 of 1
""", "b", "3", "R3 L1", [
    "mass R p", "mass L a", "dist L a", "node B a"])

add("r27_16_usa_hl7_obx_magnification", r"""
MSH|^~\&|RADRIS|NORTHSHORE_IMG|EHR|NSH|20260209154233||ORU^R01|MSG000884121|P|2.5.1
PID|1||77412093^^^NSH^MR||OKAFOR^JANET^A||19680311|F
OBR|1|ORD55120|ACC26MG02231|77065^MAMMO DIAGNOSTIC LEFT W MAG^CPT|||20260209140500|||||||||ROSS^ELAINE^^^MD||||||20260209154200||MG|F
OBX|1|TX|18111-5^MG BREAST LEFT DX^LN|1|EXAM: LEFT DIAGNOSTIC MAMMOGRAM WITH MAGNIFICATION VIEWS (CC AND ML)||||||F
OBX|2|TX|18111-5^MG BREAST LEFT DX^LN|2|INDICATION: Recall from screening 01/28/2026 for left breast calcifications (BI-RADS 0 at screening).||||||F
OBX|3|TX|18111-5^MG BREAST LEFT DX^LN|3|COMPARISON: 01/28/2026 screening, 01/2025.||||||F
OBX|4|TX|18111-5^MG BREAST LEFT DX^LN|4|BREAST DENSITY: Heterogeneously dense (C).||||||F
OBX|5|TX|18111-5^MG BREAST LEFT DX^LN|5|FINDINGS: Magnification views confirm fine linear branching calcifications in a segmental distribution\.br\in the left upper outer quadrant, extending 35 mm toward the nipple. No associated mass or architectural distortion.||||||F
OBX|6|TX|18111-5^MG BREAST LEFT DX^LN|6|IMPRESSION: Suspicious segmental calcifications, left breast.||||||F
OBX|7|ST|24606-6^BI-RADS ASSESSMENT^LN|7|BI-RADS 4C: High suspicion for malignancy||||||F
OBX|8|TX|18111-5^MG BREAST LEFT DX^LN|8|RECOMMENDATION: Stereotactic biopsy of the left breast calcifications.||||||F
OBX|9|TX|18111-5^MG BREAST LEFT DX^LN|9|Electronically signed by ROSS, ELAINE MD on 02/09/2026 15:42||||||F
""", "c", "4C", "L4C", [
    "calc L p m:fine_linear d:segmental", "mass L a", "dist L a"])
