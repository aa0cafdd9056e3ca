# Whole reports r20_01..r20_08.
ITEMS = []
A = ITEMS.append

A(dict(id="r20_01_nepal_private_hospital", less=False,
style="Nepalese private hospital (Kathmandu; 'Ref. by', 'NMC No.', 'USG', 'Suggest'), mammography + sonomammography with Rt/Lt blocks, dash impression 'Lt breast ...: BIRADS 5' / 'Rt breast ...: BIRADS 2'; misspelling",
overall="5", cats="L5 R2", density="b",
findings=["calc R p d:diffuse", "mass R a", "ad R a", "ln R p", "mass L p", "calc L a", "skin L p", "ln L p"],
text="""
GRANDE INTERNATIONAL HOSPITAL
Dhapasi, Kathmandu, Nepal   |   Department of Radiology & Imaging

Name: Mrs. Kamala Gurung          Age/Sex: 54 Y / F          Hosp. No.: GIH-2026-004417
Ref. by: Dr. B. K. Shrestha (Surgical Oncology)          Date: 2026/01/22 (2082/10/08 B.S.)
Exam: BILATERAL MAMMOGRAPHY (CC & MLO) WITH SONOMAMMOGRAPHY

Clinical history: Lump in left breast x 3 months. Left nipple pulled in since 1 month.
Previous: None available.

MAMMOGRAPHY:
Breast composition: ACR B (scattered areas of fibroglandular density).

RIGHT BREAST:
Few benign looking calcificatons are scattered in the right breast.
No mass or architectural distortion.
Right axilla: few lymph nodes with fatty hilum.

LEFT BREAST:
An irregular high density mass with spiculated margins is seen in the left upper outer quadrant measuring approx. 2.4 x 2.0 cm. No suspicious microcalcification within it.
Nipple retraction is noted on the left side.

USG (both breasts, 12 MHz linear probe):
Left breast: an irregular hypoechoic lesion with angular margins at 2 o'clock, 4 cm from nipple, measuring 2.3 x 1.9 cm, taller than wide, with posterior acoustic shadowing and internal vascularity. This corresponds to the mammographic mass.
Left axilla: lymph node measuring 1.5 cm with eccentric cortical thickening.
Right breast: no focal lesion. Right axilla: unremarkable.

IMPRESSION:
- Lt breast malignant looking mass with nipple retraction and suspicious axillary lymph node: BIRADS 5.
- Rt breast benign calcifications: BIRADS 2.

Suggest: USG guided core biopsy of left breast mass and FNAC of left axillary node. Clinical correlation.

Dr. Prakash Raj Pandey
MD (Radiodiagnosis), Consultant Radiologist
NMC No. 7742
(Electronically signed. This report is not valid for medico-legal purposes.)
"""))

A(dict(id="r20_02_canada_interpreter_left_diagnostic", less=False,
style="Canadian (Toronto) community hospital left diagnostic mammogram + US for a palpable lump, history through a telephone interpreter, BB marker, OBSP mention, 'BI-RADS 2: Benign' on a one-breast exam",
overall="2", cats="L2", density="c",
findings=["mass L p", "mass L a", "calc L a", "ad L a", "ln L p"],
text="""
SCARBOROUGH HEALTH NETWORK - GENERAL SITE
Diagnostic Imaging Department
3050 Lawrence Ave E, Scarborough ON

PATIENT: SIVAKUMAR, Tharani     MRN: 2219874     HCN: 4478 xxx xxx KP     DOB: 1977-08-14 (48 y)
ORDERING: Dr. M. Chen (family medicine)     CC: Ontario Breast Screening Program
EXAM DATE: 2026-02-03     ACCESSION: MG26-01928 / US26-04411

EXAMINATION: LEFT DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND

CLINICAL INFORMATION: Palpable lump left breast, outer aspect, noticed 3 weeks ago. History obtained through a Tamil interpreter (telephone interpreter service, ID 55302). No personal or family history of breast cancer. Last screening mammogram 2024 through OBSP, normal.

COMPARISON: OBSP screening mammograms 2024-01-11 and 2022-01-06.

TECHNIQUE: Left CC, MLO and ML views with a BB marker over the palpable area. Targeted left breast ultrasound.

FINDINGS:
The breast tissue is heterogeneously dense, which may obscure small masses.
Mammogram: BB marker over the palpable area at approximately 3 o'clock. No suspicious mass, calcifications or architectural distortion in the left breast. No change from prior.
Ultrasound: At the site of palpable concern, left 3 o'clock, 6 cm from the nipple, there is a 9 x 6 x 8 mm simple cyst (anechoic, circumscribed, posterior acoustic enhancement), which corresponds to the palpable finding. Normal left axillary lymph nodes.

IMPRESSION:
Simple cyst at left 3 o'clock corresponding to the palpable lump. No mammographic or sonographic evidence of malignancy.

BI-RADS 2: Benign.

RECOMMENDATION: Return to routine screening through OBSP. Clinical follow-up of the palpable area by the family physician. Results discussed with the patient through the interpreter at the time of the examination.

Dictated by: Dr. A. Raman, MD, FRCPC
Electronically signed 2026-02-03 15:42
"""))

A(dict(id="r20_03_ireland_conclusion_first", less=False,
style="Irish private hospital (Dublin) symptomatic breast report with the CONCLUSION printed first and the report below, RCR M/U scores beside BI-RADS, numbered conclusion per breast",
overall="4B", cats="R4B L2", density="b",
findings=["mass R p", "calc R a", "ln R p", "calc L p s m:coarse"],
text="""
BLACKROCK CLINIC - BREAST IMAGING
Rock Road, Blackrock, Co. Dublin

Patient: Ms. Siobhan O'Connell     DOB: 12/05/1981     MRN: BRC-0887123
Referring consultant: Mr. D. Walsh, Consultant Breast Surgeon
Examination: Bilateral mammography and right breast ultrasound     Date: 28/01/2026

CONCLUSION:
1. 14 mm indeterminate solid mass right breast 10 o'clock corresponding to the palpable lump. M3 U4. BI-RADS 4B.
2. Benign left breast (BI-RADS 2).
Ultrasound-guided core biopsy of the right breast mass performed today (see separate procedure note). Results to Mr. Walsh at the Thursday MDM.

REPORT:
Clinical details: 44 years. Right breast lump 10 o'clock, noticed 2 weeks. No family history.
Comparison: Mammograms at this hospital 03/2022.

Mammography: The breasts are of scattered fibroglandular density (ACR B). In the upper outer quadrant of the right breast, at the site of the skin marker, there is a 12 mm ill-defined mass, not present in 2022. No associated calcification. In the left breast a coarse benign calcification (involuting fibroadenoma) is unchanged since 2022.

Right breast ultrasound: At 10 o'clock, 5 cm from the nipple, there is a 14 x 10 x 11 mm irregular hypoechoic mass with indistinct margins and a non-parallel orientation, corresponding to the mammographic mass. Right axilla: normal lymph nodes with fatty hila.

Dr. Aoife Brennan, MB BCh BAO, FFR RCSI
Consultant Radiologist
"""))

A(dict(id="r20_04_us_academic_multiexam", less=True,
style="US academic breast center, one long combined report of five same-day exams (screening DBT, left diagnostic, left US, US-guided biopsy, post-procedure mammogram), each with its own BI-RADS, then a combined final assessment (less common)",
overall="4B", cats="L4B R1", density="b",
findings=["mass L p", "calc L a", "ln L p", "calc R p m:vascular", "mass R a", "calc R a", "ad R a", "other L p"],
text="""
UNIVERSITY OF MICHIGAN HEALTH - BREAST IMAGING
Cancer Center Level B1, Ann Arbor MI

Patient: HOLLOWAY, DIANE R.   MRN: 04418723   DOB: 03/22/1966 (59 y)   Sex: F
Ordering provider: KOWALSKI, ANNA MD (Internal Medicine)
Date of service: 02/05/2026

EXAMS:
1) MAMMO SCREENING BILATERAL W/ TOMOSYNTHESIS (CPT 77067, 77063) - Acc# 91022871
2) MAMMO DIAGNOSTIC LEFT W/ TOMOSYNTHESIS (CPT 77065, G0279) - Acc# 91022902
3) US BREAST LEFT LIMITED (CPT 76642) - Acc# 91022915
4) US GUIDED CORE BIOPSY LEFT BREAST (CPT 19083) - Acc# 91022940
5) MAMMO POST PROCEDURE LEFT (CPT 77065) - Acc# 91022951

CLINICAL HISTORY: 59-year-old woman for annual screening; same-day diagnostic pathway patient. No breast complaints. Mother with breast cancer at age 71.

COMPARISON: 01/28/2025, 01/15/2024, 01/09/2023.

=== 1) SCREENING MAMMOGRAM WITH TOMOSYNTHESIS ===
TECHNIQUE: Bilateral CC and MLO 2D and tomosynthesis images. Reviewed with CAD.
FINDINGS: There are scattered areas of fibroglandular density.
RIGHT: Scattered benign vascular calcifications. There are no suspicious masses, calcifications, or areas of architectural distortion in the right breast.
LEFT: There is a new 8 mm irregular mass in the upper outer quadrant, posterior depth, seen on CC and MLO tomosynthesis.
SCREENING IMPRESSION: Right: BI-RADS 1: Negative. Left: BI-RADS 0: Incomplete - possible mass, diagnostic evaluation performed same day (see below).

=== 2) DIAGNOSTIC MAMMOGRAM LEFT WITH TOMOSYNTHESIS ===
TECHNIQUE: Left spot compression CC and ML with tomosynthesis.
FINDINGS: The irregular mass with indistinct margins persists on spot compression, at 1:30, posterior depth, measuring 9 mm. There are no associated calcifications.

=== 3) LEFT BREAST ULTRASOUND ===
FINDINGS: At 1:30, 6 cm from the nipple, there is an irregular hypoechoic mass with angular margins, not parallel, measuring 9 x 7 x 8 mm, with posterior shadowing, which corresponds to the mammographic finding. The left axilla shows normal-appearing lymph nodes.
DIAGNOSTIC IMPRESSION: Suspicious left breast mass at 1:30. BI-RADS 4B: Moderate suspicion for malignancy. Ultrasound-guided biopsy was recommended and the patient consented to same-day biopsy.

=== 4) ULTRASOUND-GUIDED CORE BIOPSY LEFT BREAST ===
PROCEDURE: Informed consent obtained; timeout performed. 1% lidocaine local anesthesia. Under ultrasound guidance, four 14-gauge core samples were obtained from the left 1:30 mass with a spring-loaded device. A ribbon-shaped marker clip was deployed. No immediate complications. Specimens sent to pathology in formalin.

=== 5) POST-PROCEDURE LEFT MAMMOGRAM ===
FINDINGS: The ribbon clip is at the site of the biopsied mass. There is a small hematoma at the biopsy site.

COMBINED FINAL ASSESSMENT: BI-RADS 4B - Moderate suspicion for malignancy (left). Right breast BI-RADS 1.
RECOMMENDATION: Pathology results will be communicated to the patient and referring provider; radiology-pathology correlation to follow in an addendum. Right breast: annual screening.

Patient was informed of results and plan at the time of the exam.

Interpreted by: SUN, GRACE MD (Breast Imaging Fellow)
Attending: RAMIREZ, PAUL MD - I have personally reviewed the images and agree with the findings.
Electronically signed 02/05/2026 16:18
"""))

A(dict(id="r20_05_greece_prior_report_quoted", less=True,
style="Greek private diagnostic centre (Athens) surveillance report in English quoting the prior report in full (prior 'BI-RADS 3' for the same calcifications), now 'Right breast: BI-RADS 2. Left breast: BI-RADS 2.' (less common)",
overall="2", cats="R2 L2", density="c",
findings=["calc L p s m:punctate d:grouped", "calc L a", "mass L a", "ad L a", "mass R p s", "ln B p"],
text="""
ΙΑΤΡΙΚΟ ΔΙΑΓΝΩΣΤΙΚΟ ΚΕΝΤΡΟ "ΥΓΕΙΑ ΠΛΑΣ" - BREAST IMAGING DEPARTMENT
Vas. Sofias 104, Athens 115 27   |   Tel. 210 74 xxx xx

Patient: Mrs. Eleni Papadopoulou     Age: 52     AMKA: 0206730xxxx
Referring physician: Dr. N. Georgiou, Obstetrician-Gynaecologist
Examination: Digital bilateral mammography with tomosynthesis     Date: 20/01/2026

Indication: Follow-up of probably benign microcalcifications of the left breast (24 months).

Comparison: Mammograms of 18/01/2024, 25/07/2024 and 22/01/2025 at our centre. The report of 18/01/2024 read:
  "Breasts of heterogeneous density (ACR c). In the left breast, upper outer quadrant, a group of punctate microcalcifications of 5 mm, round and uniform, probably benign. In the right breast a 9 mm oval circumscribed mass at 9 o'clock, fibroadenoma known since 2019 on ultrasound. BI-RADS 3 left breast, BI-RADS 2 right breast. Follow-up in 6 months is suggested."

Findings:
Breasts of heterogeneous density (ACR c), which may lower the sensitivity of mammography.
Left breast: The group of punctate microcalcifications in the upper outer quadrant is unchanged in number, morphology and extent (5 mm) compared with all previous examinations. No new microcalcifications, masses or architectural distortion.
Right breast: The oval circumscribed mass at 9 o'clock (known fibroadenoma), 9 mm, is unchanged.
Axillary lymph nodes of normal morphology bilaterally.

Conclusion:
Microcalcifications of the left breast stable over 24 months, now considered benign.
Right breast: BI-RADS 2. Left breast: BI-RADS 2.
Return to annual screening mammography.

Dr. Konstantinos Alexiou
Radiologist, Breast Imaging (EUSOBI), Athens Medical Association reg. no. 23014
"""))

A(dict(id="r20_06_alberta_sonographer_worksheet", less=True,
style="Canadian (Alberta) community imaging clinic: sonographer's preliminary worksheet (shorthand 'R 10:00 3cmFN', 'no flow', 'L breast not scanned') followed by the radiologist's right breast ultrasound report, 'BI-RADS 3' on a one-breast exam (less common)",
overall="3", cats="R3", density=None,
findings=["mass R p", "mass R p", "ln R p"],
text="""
MAYFAIR DIAGNOSTICS - BROADCAST MEDICAL BUILDING, CALGARY AB
Ultrasound Department

-------------------------------------------------------------
SONOGRAPHER WORKSHEET - PRELIMINARY, NOT A DIAGNOSTIC REPORT
Pt: K.W., F, 36 y     AHN: 68421-xxxx     Req: Dr. L. Fournier (GP)
Exam: US BREAST RT (targeted)     Date: 04-Feb-2026     Sono: T.N., RDMS
Hx/c/o: pt feels lump R breast upper outer ~10:00 x 2 wks. No pain, no d/c. No FHx. No prior breast imaging.
R 10:00 3cmFN: 1.2 x 0.8 x 1.0 cm oval hypoechoic, circumscribed, parallel, no flow. = palp lump (pt pointed)
R 2:00 2cmFN: 4 mm anechoic, thin wall, post enh - simple cyst
R axilla: normal LNs, fatty hila, largest cortex 1.5 mm
L breast not scanned (not requested)
Images: 24 stored. Sent to rad for review.
-------------------------------------------------------------

RADIOLOGIST REPORT
EXAMINATION: RIGHT BREAST ULTRASOUND (TARGETED)
CLINICAL HISTORY: 36-year-old with a palpable lump in the right breast at 10 o'clock for two weeks.
COMPARISON: None.
FINDINGS:
I have reviewed the sonographer's images and worksheet. At the site of the palpable abnormality, right breast 10 o'clock, 3 cm from the nipple, there is an oval, circumscribed, hypoechoic mass measuring 12 x 8 x 10 mm with a parallel orientation and no internal vascularity, most in keeping with a fibroadenoma. Incidental 4 mm simple cyst at 2 o'clock, 2 cm from the nipple. Normal right axillary lymph nodes.
IMPRESSION:
1. Probable fibroadenoma right breast 10 o'clock, corresponding to the palpable lump.
2. Incidental simple cyst.
BI-RADS 3: Probably benign.
RECOMMENDATION: Follow-up right breast ultrasound in 6 months. Tissue sampling could be considered if the patient prefers or if the lump enlarges clinically. Mammography is not required at this age for this finding.

Reported by: Dr. S. Bhatia, MD, FRCPC
Verified 04-Feb-2026 14:06
"""))

A(dict(id="r20_07_egypt_lesion_table", less=False,
style="Egyptian private radiology centre (Cairo) sono-mammography report with a pipe table of lesions (side, clock, size, description, BI-RADS per row), mammography text below referring to lesion numbers, 'Conclusion' per breast",
overall="4C", cats="R4C L2", density="c",
findings=["mass R p", "mass R p", "mass L p", "calc R p m:amorphous", "ln R p", "ln L p"],
text="""
ALFA SCAN - Heliopolis Branch
Women's Imaging Unit - Digital Mammography & Breast Ultrasound
Patient: Mrs. Nagwa Abdel-Rahman    Age: 49 years    Code: HEL-26-03315    Date: 02/02/2026
Referred by: Prof. Dr. Hesham El-Sayed (General & Oncologic Surgery)

Clinical data: Right breast lump, 2 months.

SONO-MAMMOGRAPHY REPORT

Breast composition: ACR C (heterogeneously dense).

Lesions:
| No. | Side | Site | Size (mm) | Description | BI-RADS |
|-----|------|------|-----------|-------------|---------|
| 1 | Rt | 11 o'clock, 4 cm from nipple | 23 x 18 | irregular hypoechoic mass, angular margins, not parallel, posterior shadowing, internal vascularity | 4C |
| 2 | Rt | 9 o'clock, 6 cm from nipple | 8 x 5 | oval circumscribed parallel mass (fibroadenoma) | 3 |
| 3 | Lt | 3 o'clock, 2 cm from nipple | 12 x 10 | simple cyst | 2 |

Mammography: The right upper outer quadrant shows a spiculated high density mass with amorphous microcalcifications within it, corresponding to lesion no. 1. Lesions 2 and 3 are obscured by dense tissue.
Axillae: Rt axillary LN 14 mm with thick cortex (5 mm), suspicious. Normal looking Lt axillary LNs.

Conclusion:
Rt breast: suspicious mass (lesion 1) with suspicious right axillary LN - BIRADS 4C. Probably benign fibroadenoma (lesion 2).
Lt breast: simple cyst - BIRADS 2.
Advice: US guided true-cut biopsy of lesion 1 and FNAC of Rt axillary LN.

Dr. Mona Fathy, MD (Radiodiagnosis), Ain Shams University
Consultant of Breast Imaging
"""))

A(dict(id="r20_08_fiji_telegraphic_uss", less=False,
style="Fiji public hospital (Suva) telegraphic breast ultrasound report ('USS', 'Hx', '2/12', 'NAD', '?FA', 'Review 6/12'), 'L breast solid lesion likely FA - BIRADS 3'",
overall="3", cats="L3", density=None,
findings=["mass L p", "ln B a"],
text="""
COLONIAL WAR MEMORIAL HOSPITAL, SUVA
Radiology Department - Ultrasound

Name: Mereani T.     Age: 31     NHN: 0023-44871     Ward/Clinic: Surgical OPD
Requested by: Dr. V. Prasad (SHO Surgery)     Date: 29/01/26

BREAST USS
Hx: L breast lump 2/12. Non tender. No FHx.

L breast: 2.1 x 1.6 cm well-defined hypoechoic lesion at 2 o'clock, 3 cm FN. Oval, parallel, smooth margins. No internal vasc. ?FA.
R breast: NAD.
Axillae: no LN.

Impression: L breast solid lesion likely FA - BIRADS 3.
Suggest FNA if clinically concerned / Review USS 6/12.

Dr. S. Naidu
Consultant Radiologist
"""))
