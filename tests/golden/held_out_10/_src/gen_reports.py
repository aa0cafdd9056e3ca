"""Whole reports r10_NN (gold in compact form, see common.py)."""
from common import write

R = []
def add(id, style, density, overall, bb, f, text):
    R.append(dict(id=id, style=style, density=density, overall=overall, bb=bb, f=f, text=text))

add("r10_01_us_community_epic_final_result", "US community hospital, Epic 'Final result' portal view, coded per-breast assessment rows",
    "c", "0", "R2 L0", ["mass L p", "calc L a", "calc R p s", "ln R p s", "mass B a", "calc B a", "ad B a"], """
Mammo Screening Bilateral W Tomo (Final result)
Order #: 88231045          Accession #: MG-26-044812
Exam date: 11/18/2026 9:42 AM          Status: Final result
Visible to patient: Yes (seen)          Resulting lab/dept: ST. LUKE'S COMMUNITY HOSPITAL IMAGING

Narrative & Impression
SCREENING BILATERAL DIGITAL MAMMOGRAM WITH TOMOSYNTHESIS AND CAD

CLINICAL INDICATION: Annual screening. Age 58. Mother with breast cancer at 62.

COMPARISON: 10/29/2025, 10/14/2024, 10/02/2023.

TECHNIQUE: Standard CC and MLO views of both breasts with synthesized 2D images and tomosynthesis. Computer-aided detection was utilized.

BREAST DENSITY: The breasts are heterogeneously dense, which may obscure small masses.

FINDINGS:
There is a new 7 mm irregular mass with indistinct margins in the left breast at approximately 2 o'clock, posterior depth, seen on CC and MLO tomosynthesis slices. No associated calcifications.
Stable benign-appearing calcifications are again seen in the right breast. Stable intramammary lymph node in the right upper outer quadrant.
No other suspicious masses, calcifications or areas of architectural distortion are identified in either breast.

IMPRESSION:
Left breast: New 7 mm mass at 2 o'clock. Additional evaluation with diagnostic mammography and ultrasound is recommended.
Right breast: Benign findings.

BI-RADS Category 0: Incomplete - Need Additional Imaging Evaluation

ASSESSMENT BY BREAST
   Right: 2 - Benign
   Left:  0 - Incomplete

A letter with the results of this examination will be sent to the patient. The patient will be contacted by the Breast Center scheduler to arrange the additional views.

Electronically signed by: Karen B. Whitfield, MD on 11/18/2026 at 4:51 PM
Reading Physician: Whitfield, Karen B., MD
Transcribed by: PowerScribe 360
""")

add("r10_02_us_academic_left_mag_followup", "US academic breast imaging, left diagnostic with magnification + US, BI-RADS 3 follow-up upgraded, resident/attending",
    "d", "4B", "L4B", ["calc L p m:fine_pleomorphic,punctate d:grouped", "mass L a", "ad L a", "ln L a"], """
UNIVERSITY HOSPITALS - DEPARTMENT OF RADIOLOGY - BREAST IMAGING SECTION

Patient: HALVORSEN, INGRID M          MRN: 004418823          DOB: 03/02/1979 (47 y)
Exam: MG DIAGNOSTIC LEFT W MAG VIEWS; US BREAST LEFT LIMITED
Date of service: 11/20/2026          Ordering: Patel, Roshni, MD (Internal Medicine)

HISTORY: 47-year-old woman for 6-month follow-up of left breast calcifications assessed as probably benign (BI-RADS 3) on 05/14/2026. No breast complaints.

COMPARISON: Diagnostic mammogram 05/14/2026; screening mammograms 04/2025 and 03/2024.

TECHNIQUE: Left CC and MLO views. Magnification CC and true lateral views of the left breast. Targeted ultrasound of the left breast.

FINDINGS:
The breast tissue is extremely dense, which lowers the sensitivity of mammography.
In the left breast upper inner quadrant, anterior depth, the previously described group of punctate calcifications has increased in number and now spans 11 mm (previously 5 mm). On the magnification views several of the calcifications are fine pleomorphic. No associated mass or architectural distortion.

Targeted ultrasound of the left breast at 1 o'clock, 4 cm from the nipple, demonstrates no sonographic correlate. No suspicious left axillary lymph nodes.

IMPRESSION:
Increasing grouped punctate and fine pleomorphic calcifications in the left breast upper inner quadrant. Stereotactic biopsy is recommended.

BI-RADS 4B: Moderate suspicion for malignancy - left breast.

The recommendation was discussed with the patient at the time of the exam and she wishes to proceed; the biopsy has been scheduled.

Resident: Daniel Okwu, MD
Attending: Miriam Castellanos, MD
I have personally reviewed the images and agree with the findings and impression as stated above.
Final report signed 11/20/2026 13:07
""")

add("r10_03_nhs_wales_symptomatic_rcr_table", "NHS Wales symptomatic (USC) breast clinic, 'Breast density BI-RADS c', RCR scores in a Rt/Lt table, no BI-RADS category",
    "c", None, "", ["mass R p", "ad R p", "calc B a", "ln R p"], """
Cardiff and Vale University Health Board
Breast Unit, University Hospital Llandough
RADIOLOGY REPORT

NHS No: 123 456 7890      Hosp No: L0987654
Patient: JONES, Carys Ann      DOB: 04/07/1968      Sex: F
Referrer: Miss A. Rees, Consultant Breast Surgeon      Clinic: Symptomatic (USC)
Examination: Bilateral mammograms + Rt breast & axilla ultrasound      Date: 19/11/2026

Clinical details: 2/52 hx lump Rt breast 10 o'clock. P3.

Mammography:
Breast density BI-RADS c.
There is an ill-defined mass at the site of the palpable lump in the right upper outer quadrant measuring approx 18mm, with some distortion of the adjacent parenchyma. No suspicious microcalcification in either breast. The left breast is normal.

Ultrasound:
Rt 10 o'clock, 6cm FN: 17 x 14 x 15mm irregular hypoechoic mass with angular margins and posterior acoustic shadowing, corresponding to the mammographic abnormality.
Rt axilla: 2 lymph nodes with mildly thickened cortices (3.5mm), the larger sampled.

Procedure:
US guided 14G core biopsy x3 of the Rt 10 o'clock mass and FNA of the Rt axillary node. Marker clip placed. No immediate complication. Verbal consent; aftercare leaflet given.

Opinion:
          Rt    Lt
    M     4     1
    U     5     -

Rt breast mass at 10 o'clock, suspicious for malignancy. Borderline axillary node sampled. Results to be discussed at MDT on 26/11/2026.

Dr G. Pritchard, Consultant Radiologist      GMC 4456789
Typed: sh   19/11/2026 15:22
""")

add("r10_04_australian_regional_private", "Australian regional private practice (ABN letterhead, 'Report' / 'Comment'), 'BI-RADS: R 3, L 2', typo",
    "b", "3", "R3 L2", ["mass B p", "mass R p", "calc B p d:diffuse", "mass B a", "calc B a", "ad B a"], """
SUNSHINE COAST WOMEN'S IMAGING    ABN 12 345 678 901
Ph (07) 5444 0000   Fax (07) 5444 0001   Provider No. 2345678X

Patient: Ms Leanne CARTWRIGHT      DOB: 12/03/1975      Ref: SCW-2611-0773
Referring Dr: Dr P. Nguyen, Maroochydore Family Practice
Date of exam: 21 November 2026

BILATERAL MAMMOGRAM (TOMOSYNTHESIS) AND BILATERAL BREAST ULTRASOUND

Clinical notes: L breast pain, lateral aspect, cyclical. Previous BreastScreen Qld 2024 - normal. ?cause

Report:
Tomosynthesis and synthesised 2D images of both breasts. Scattered fibroglandular densities (ACR B).
There are several well circumscribed oval masses in both breasts, the largest 14 mm in the left upper outer quadrant. Benign calcifications are scattered through both breasts. No spiculate masses, suspicious microcalcifications or architectural distortion are seen.

Ultrasound: The mammographic masses correspond to simple cysts, the largest at L 2 o'clock, 14 mm, at the site of pain. A further 6 mm oval circumscribed solid lesion, parallel to the skin, is present at R 9 o'clock - likely fibroadenma. Axillae normal.

Comment:
Bilateral simple cysts, including at the site of L breast pain. Benign.
Small probable fibroadenoma R 9 o'clock. Recommend follow-up ultrasound in 6 months.
BI-RADS: R 3, L 2.

Thank you for referring this patient.

Dr Fiona McAllister  MBBS FRANZCR
Electronically verified 21/11/2026 14:05
""")

add("r10_05_canada_bc_screening_result", "Canadian provincial screening programme result (BC mobile unit), 'Right: BI-RADS 0   Left: BI-RADS 1' on one line, density notification",
    "c", "0", "R0 L1", ["asym R p", "calc R a", "mass L a", "calc L a"], """
BC Cancer - Breast Screening
SCREENING MAMMOGRAPHY RESULT

Client: PELLETIER, Joanne           PHN: 9876 543 210          DOB: 1969-08-30
Screening centre: Kelowna Mobile Unit (Kelowna, BC)          Exam date: 2026-11-09
Primary care provider: Dr. S. Gill, Orchard Park Medical Clinic

Examination: Bilateral screening mammogram with tomosynthesis.
Comparison: 2024-10-22, 2022-10-05.
Breast density: Category C - heterogeneously dense.

Findings:
Right breast: There is a developing asymmetry in the upper outer quadrant, middle depth, not present in 2022 and more conspicuous than in 2024. No associated calcifications.
Left breast: No significant masses, calcifications or other findings.

Result: ABNORMAL - further assessment required.
Right: BI-RADS 0          Left: BI-RADS 1

Recommendation: Diagnostic mammography and ultrasound of the right breast. The assessment appointment will be arranged by the Patient Navigation service; the client and the primary care provider will be notified.

Reading radiologist: Dr. M. Desrochers          Second reader: Dr. A. Chen

Density notification: Your breast tissue is dense (Category C). Dense breast tissue can make it harder to find cancer on a mammogram and is linked to a slightly higher risk of breast cancer. Talk to your health care provider about whether additional screening is right for you.
""")

add("r10_06_india_govt_medical_college", "Indian government medical college typed report, Lt/Rt blocks, 'USG correlation', 'BIRADS V (Lt)' / 'BIRADS II (Rt)'",
    "b", "5", "L5 R2", ["mass L p", "calc L p m:fine_pleomorphic d:grouped", "skin L p", "ln L p", "ln L q", "calc R p m:coarse", "mass R a", "ad R a", "ln R a"], """
GOVERNMENT MEDICAL COLLEGE, THIRUVANANTHAPURAM
DEPARTMENT OF RADIODIAGNOSIS
MAMMOGRAPHY REPORT

Name: Smt. Lakshmi Amma K.        Age/Sex: 54/F        OP No: 2611/48213
Ref by: Dr. Anil Kumar, Dept. of General Surgery, Unit III        Date: 22/11/2026

Both breasts CC & MLO views taken.
Breasts show fibrofatty pattern (ACR b).

LEFT BREAST:
A high density irregular mass lesion with spiculated margins noted in the UOQ measuring 2.4 x 2.1 cms. Clustered pleomorphic microcalcifications seen within and adjacent to the lesion. Overlying skin thickening present. Nipple areola complex normal.
Enlarged left axillary lymph nodes with loss of fatty hilum seen, largest measuring 1.8 cms.
? Small intramammary lymph node in the left lower outer quadrant.

RIGHT BREAST:
Few benign looking coarse calcifications seen. No mass lesion / architectural distortion.
No significant right axillary lymphadenopathy.

USG correlation: Left breast 2 o' clock position - irregular hypoechoic lesion measuring 2.5 x 2.2 x 2 cms with posterior acoustic shadowing and internal vascularity, taller than wide - corresponds to the above mass.

IMPRESSION:
* Left breast mass lesion with pleomorphic microcalcifications and skin thickening with left axillary lymphadenopathy - BIRADS V (Lt).
* Right breast - benign calcifications - BIRADS II (Rt).

Adv: USG guided trucut biopsy.

Dr. Sreeja R., MD RD
Associate Professor, Radiodiagnosis
""")

add("r10_07_nepal_private_diagnostic", "Nepal private diagnostic centre (B.S./A.D. dates, 'USG OF BOTH BREASTS'), dash impression with sides in items, typo (less common)",
    "c", "3", "R3 L2", ["mass R p", "calc R a", "mass L a", "calc L a", "ad L a", "mass R p", "mass L p", "ln B p"], """
KATHMANDU VALLEY DIAGNOSTIC & RESEARCH CENTRE PVT. LTD.
Putalisadak, Kathmandu  |  Regd. No. 1123/068/069  |  Tel: 01-44XXXXX

Patient: Mrs. Sita Shrestha        Age/Sex: 41 Y / F        Lab ID: KV-26-11872
Referred by: Dr. B. Adhikari (Gynae OPD)
Date: 2083/08/06 B.S. (22/11/2026 A.D.)

DIGITAL MAMMOGRAPHY + USG OF BOTH BREASTS

MAMMOGRAPHY:
Breast composition: ACR category 'c' (heterogeneously dense).
Rt breast: An oval, equal density, circumscribed mass is seen in the upper inner quadrant measuring approx 1.6 x 1.2 cm. No microcalcification.
Lt breast: Normal. No mass, no microcalcification, no architectral distortion.

USG:
Rt breast: Well defined oval hypoechoic lesion, wider than tall, with smooth margins, measuring 1.7 x 1.1 cm at 2 o'clock position, 3 cm from the nipple, correlating with the mammographic mass. No internal vascularity on colour Doppler. Features s/o fibroadenoma.
Another small anechoic cyst of 4 mm at 11 o'clock, Rt breast.
Lt breast: Few tiny simple cysts, largest 3 mm at 3 o'clock.
Bilateral axillae: Few subcentimetric lymph nodes with preserved fatty hilum.

IMPRESSION:
- Rt breast fibroadenoma (BIRADS 3).
- Rt simple cyst, Lt tiny simple cysts (BIRADS 2).

Suggested: follow-up USG after 6 months / FNAC if clinically indicated.

Dr. Prakash Thapa, MD (Radiodiagnosis)   NMC No. 8812
Consultant Radiologist
This report is not valid for medico-legal purposes.
""")

add("r10_08_singapore_restructured_recall", "Singapore restructured hospital, BreastScreen recall from a polyclinic, numbered impression + 'Overall BI-RADS'",
    "c", "4B", "L4B R2", ["calc L p m:amorphous d:regional", "mass L a", "ad L a", "mass L p", "mass R a", "ad R a", "calc R a", "mass R p", "ln B a"], """
EASTSIDE GENERAL HOSPITAL - DEPARTMENT OF DIAGNOSTIC RADIOLOGY

Patient Name: TAN MEI LING        NRIC: S71XXXX4J        Age: 52        Sex: F
Exam: MAMMOGRAM BILATERAL (DBT) + US BREAST BILATERAL        Acc No: RAD2611-30412
Referred from: Bedok Polyclinic (BreastScreen Singapore recall)        Exam Date: 20-Nov-2026

CLINICAL HISTORY: Recalled from BreastScreen Singapore for left breast calcifications.

TECHNIQUE: Bilateral CC and MLO tomosynthesis with synthesised 2D. Left ML and CC magnification views. Bilateral whole-breast ultrasound.

FINDINGS:
The breasts are heterogeneously dense.

Left breast: A 25 mm area of regional amorphous calcifications at 12 o'clock, retroareolar to middle depth. No associated mass or distortion. No sonographic correlate.
A 5 mm oval circumscribed hypoechoic nodule is noted at the left 3 o'clock, 4 cm from the nipple, probably a fibroadenoma.

Right breast: No suspicious mass, distortion or microcalcification. A 3 mm simple cyst at 10 o'clock.

Axillae: No suspicious lymphadenopathy.

IMPRESSION:
1. Left breast regional amorphous calcifications, indeterminate. BI-RADS 4B. DBT-guided vacuum-assisted biopsy is advised.
2. Small left breast probable fibroadenoma, BI-RADS 3.
3. Right breast: benign simple cyst. BI-RADS 2.

Overall BI-RADS: 4B

Reported by: Dr Lim Wei Jie, Consultant, Breast Imaging
Verified: 20-Nov-2026 16:40
""")

add("r10_09_oman_moh_hospital", "Oman MOH tertiary hospital (Civil ID, nationality), palpable mass + calcified fibroadenoma stable since an outside study",
    "b", "4C", "R4C L2", ["mass R p", "ln R p", "mass L p s", "calc L p s m:coarse"], """
Sultanate of Oman - Ministry of Health
ROYAL HOSPITAL, MUSCAT - Department of Radiology & Molecular Imaging

Name: Fatma Salim Al-Harthy        Hosp No: 1234567        Age: 49Y        Gender: F
Civil ID: 8XXXXXX2        Nationality: Omani
Exam: Mammogram bilateral + US both breasts        Date: 23/11/2026
Requesting: Breast Clinic (Dr. Al-Lawati)

Clinical info: Rt breast lump. FHx: sister Ca breast at 45.

Findings:
ACR density: B.
Right breast: at 9-10 o'clock there is an oval high density mass with obscured margins, 2.2 cm, corresponding to the palpable lump (skin marker).
US: irregular hypoechoic solid mass 2.3 x 1.9 cm at 9:30, 5 cm FN, non-parallel, microlobulated margins, posterior shadowing, vascularity ++ on Doppler. Same lesion.
Right axilla: one lymph node with thickened cortex (4 mm).
Left breast: small benign calcified fibroadenoma with popcorn calcification, upper outer quadrant, stable compared to the 2023 study from SQUH.
No suspicious findings on the left.

Impression:
Right breast solid mass, highly suspicious - BI-RADS 4c. Right axillary lymph node with thickened cortex, indeterminate.
Left breast - BI-RADS 2.
Recommend US-guided core biopsy of the mass and FNA of the axillary node.

Dr. Ahmed Al-Balushi, Senior Consultant Radiologist
Verified electronically 23/11/2026 12:48
""")

add("r10_10_south_africa_cape_town_private", "South African private practice (Inc., practice no., medical aid, ICD-10), 'Opinion' heading, numbered items",
    "c", "4A", "L4A R2", ["asym L p", "calc R p m:vascular", "ln R p", "mass R a", "calc R a"], """
DRS VAN DER MERWE, NAIDOO & PARTNERS INC. - DIAGNOSTIC RADIOLOGISTS
Practice No. 0123456    Claremont, Cape Town    Tel 021 671 XXXX

Patient: Mrs Thandiwe MOKOENA        DOB: 1963/05/17
Medical aid: Discovery Health (Classic Saver)        Member no: 1XXXXXXX4
ICD-10: Z12.3        Referring doctor: Dr J. Botha (GP)        Date: 2026/11/24

MAMMOGRAPHY: BILATERAL WITH TOMOSYNTHESIS.   ULTRASOUND: BOTH BREASTS.

Indication: Routine screening. On HRT for 3 years.

Findings:
Breast composition: heterogeneously dense (ACR C).
A new focal asymmetry is present in the left breast, inner aspect, at 3 o'clock, middle third, 7 cm from the nipple. On ultrasound there is a 6 mm oval hypoechoic area with indistinct margins at the same site, corresponding to it.
Right breast: vascular calcifications. A benign intramammary lymph node laterally. No suspicious mass or microcalcifications.
The skin and nipples are normal. Axillae normal.

Opinion:
1. New focal asymmetry, left breast 3 o'clock, with a 6 mm sonographic correlate. BI-RADS 4A - ultrasound guided core biopsy advised.
2. Right breast: benign. BI-RADS 2.

Dr R. Naidoo  MBChB FCRad(D)SA
""")

add("r10_11_us_military_mhs_genesis", "US military treatment facility (MHS GENESIS result view, DoD ID, active duty), numbered impression + unsided category line (less common)",
    "d", "2", "R2", ["mass B a", "calc B a", "ad B a", "mass R p"], """
MHS GENESIS - Radiology Result
NAVAL MEDICAL CENTER - RADIOLOGY DEPARTMENT, BREAST IMAGING

Patient: DOE, JANE M        DoD ID: 12XXXXXX90        FMP: 20        Sex: F        Age: 38Y
Exam: MG Diagnostic Mammo Bilat w/ Tomo; US Breast Right Ltd
Accession: 26-MG-0091245        Performed: 11/19/2026 10:15 EST
Ordering Provider: LCDR A. Ramirez, MC, USN (Family Medicine)
Reason For Exam: 38 y/o AD female, palpable R breast lump x3 wks, no trauma.

Report:
EXAM: Bilateral diagnostic mammogram with tomosynthesis and right breast ultrasound.
COMPARISON: None.

FINDINGS:
Breast composition: The breasts are extremely dense, which lowers the sensitivity of mammography.
A BB marker was placed at the site of palpable concern in the right breast at 7 o'clock. No mammographic abnormality is seen at the site of the marker. No suspicious masses, calcifications, or distortion in either breast.
Targeted right breast ultrasound at 7 o'clock, 3 cm from the nipple, at the site of palpable concern, demonstrates a 1.4 x 0.6 x 1.1 cm oval anechoic mass with circumscribed margins and posterior acoustic enhancement, consistent with a simple cyst.

IMPRESSION:
1. Simple cyst corresponding to the palpable abnormality in the right breast at 7 o'clock. BI-RADS 2.
2. No mammographic evidence of malignancy in either breast.

BI-RADS 2: Benign.
Recommend routine annual screening mammography beginning at age 40.

Interpreted by: CDR P. Whitaker, MC, USN, Breast Imaging
Signed (Electronic Signature): 11/19/2026 14:02 EST
""")

add("r10_12_bahamas_all_caps_ris", "Caribbean (Bahamas) public hospital, all-caps legacy RIS transcription, 'BIRADS 4B RIGHT', typo (less common)",
    "b", "4B", "R4B L2", ["calc R p m:fine_pleomorphic d:grouped", "mass R a", "mass L p s", "skin B a", "ln B a"], """
PUBLIC HOSPITALS AUTHORITY - NEW PROVIDENCE, THE BAHAMAS
DEPARTMENT OF RADIOLOGY

PATIENT: ROLLE, PATRICIA A.        MRN: 00-448-912        AGE: 61        SEX: F
EXAM: BILATERAL SCREENING MAMMOGRAM        DATE: 11/20/2026
REQUESTED BY: DR. S. KNOWLES, SOUTH BEACH CLINIC

CLINICAL: SCREENING. HX OF LEFT BREAST CYST ASPIRATION 2019.
COMPARISON: 10/2024.

FINDINGS: THE BREASTS ARE COMPOSED OF SCATTERED AREAS OF FIBROGLANDULAR DENSITY. THERE IS A CLUSTER OF FINE PLEOMORPHIC CALCIFICATIONS IN THE RIGHT BREAST AT 11 O'CLOCK, POSTERIOR DEPTH, MEASURING 6 MM, NOT PRESENT ON THE PRIOR. NO ASSOCIATED MASS.
THERE IS A STABLE OVAL CIRCUMSCRIBED MASS IN THE LEFT UPPER OUTER QUADRANT, LIKELY A CYST, UNCHANGED SINCE 2024.
NO SKIN THICKENING OR NIPPLE RETRACTION. NO AXILLARY ADENOPATHY.

IMPRESSION:
1. NEW CLUSTERED FINE PLEOMORPHIC CALCIFICATONS RIGHT BREAST 11 O'CLOCK - SUSPICIOUS. BIRADS 4B RIGHT. RECOMMEND STEREOTACTIC BIOPSY.
2. STABLE BENIGN-APPEARING LEFT BREAST MASS. BIRADS 2 LEFT.

DICTATED BY: DR. K. FERGUSON, CONSULTANT RADIOLOGIST
TRANSCRIBED BY: LM   11/21/2026
""")

add("r10_13_us_bottom_line_first_patient_summary", "US women's imaging centre, 'BOTTOM LINE' impression first, plain-language patient summary at the end (less common)",
    "b", "3", "R3 L1", ["mass R p"], """
LAKESHORE WOMEN'S IMAGING - Evanston, IL

BOTTOM LINE (for your care team): Probably benign finding in the right breast - short-interval follow-up in 6 months. BI-RADS 3 right, BI-RADS 1 left.
------------------------------------------------------------------
Patient: GARCIA, LUCIA        DOB: 06/14/1982        MRN: LWI-0072215
EXAM: Diagnostic bilateral mammogram with tomosynthesis; right breast ultrasound
DATE: 11/24/2026
INDICATION: 44-year-old called back from screening mammogram of 11/03/2026 (BI-RADS 0, right breast asymmetry).
COMPARISON: Screening mammogram 11/03/2026. No older priors (baseline study).

FINDINGS:
Density: Scattered areas of fibroglandular density.
Right: The screening-detected asymmetry in the right lower inner quadrant persists on spot compression tomosynthesis views as a 9 mm oval circumscribed mass. Ultrasound at 4 o'clock, 5 cm from the nipple, shows a 9 x 5 x 7 mm oval, parallel, circumscribed hypoechoic mass without internal flow, corresponding to the mammographic finding, most compatible with a fibroadenoma.
Left: No suspicious findings.

IMPRESSION:
Right breast 4 o'clock 9 mm oval circumscribed mass, probably benign (likely fibroadenoma). BI-RADS 3: Probably benign. Six-month follow-up diagnostic right mammogram and ultrasound recommended.
Left breast: BI-RADS 1: Negative.

WHAT THIS MEANS FOR YOU (plain-language summary)
Your pictures showed a small, smooth lump in your right breast that looks like a harmless growth called a fibroadenoma. More than 98 out of 100 findings like this are not cancer. We would like to check it again in 6 months to make sure it does not change. Nothing of concern was seen in your left breast. If the lump grows, we may recommend a biopsy.

Signed: Rebecca Lindgren, MD, Breast Imaging    11/24/2026 15:31
""")

add("r10_14_us_postbiopsy_pathology_addendum", "US breast centre diagnostic report with biopsy and pathology-correlation addenda (final category amended to 6) (less common)",
    "c", "6", "L6 R1", ["mass L p", "calc L p m:fine_pleomorphic", "ln L a", "mass R a", "calc R a", "ad R a", "other L p"], """
MERCY REGIONAL BREAST CENTER
DIAGNOSTIC MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS; ULTRASOUND LEFT BREAST
Patient: KOWALSKI, DIANE        MRN: 3301-88412        DOB: 09/22/1961
Exam date: 11/16/2026        Referring: Hughes, Thomas, DO

INDICATION: Palpable lump left breast 12:30, noticed 3 weeks ago.
COMPARISON: Screening mammogram 09/2025.

FINDINGS:
The breasts are heterogeneously dense.
LEFT: At the site of the palpable marker at 12:30 there is a 13 mm irregular mass with spiculated margins, not present in 2025. Associated fine pleomorphic calcifications extend 1 cm anterior to the mass.
Ultrasound of the left breast at 12:30, 6 cm from the nipple, shows a 14 x 11 x 12 mm irregular, non-parallel hypoechoic mass with angular margins, corresponding to the mammographic mass. No suspicious left axillary lymph nodes.
RIGHT: No suspicious masses, calcifications or architectural distortion.

IMPRESSION:
Left: 13 mm spiculated mass at 12:30 with associated calcifications, highly suggestive of malignancy. BI-RADS 5. Ultrasound-guided core biopsy recommended.
Right: BI-RADS 1.

Electronically signed: Alan Brooks, MD  11/16/2026 11:02

ADDENDUM #1 (11/18/2026): Ultrasound-guided 14G core biopsy of the left 12:30 mass performed, 4 cores. Ribbon clip placed. Post-procedure mammogram shows the clip within the mass and a small post-biopsy hematoma.
Electronically signed: Alan Brooks, MD  11/18/2026 09:40

ADDENDUM #2 (11/20/2026) - PATHOLOGY CORRELATION: Invasive ductal carcinoma, grade 2, with intermediate-grade DCIS. Pathology is concordant with imaging. Patient informed by the nurse navigator; surgical consultation scheduled.
Final assessment amended: Left breast BI-RADS 6: Known biopsy-proven malignancy. Right breast BI-RADS 1: Negative.
Electronically signed: Alan Brooks, MD  11/20/2026 16:15
""")

add("r10_15_kuwait_private_dbt_us", "Kuwait private hospital after right lumpectomy (phyllodes), 'Conclusion' dash lines per side, 'BI-RADS 4a', typo",
    "d", "4A", "R2 L4A", ["other R p s", "ad R p s", "mass R a", "mass R p", "mass L p", "ln B p"], """
AL NOOR SPECIALIST HOSPITAL - Hawalli, State of Kuwait
Department of Radiology - Breast Imaging Unit

Name: Mrs. Hanan M. Youssef        File No: 0448217        Age: 45 Y        Nationality: Egyptian
Exam: Bilateral digital breast tomosynthesis + bilateral breast ultrasound        Date: 25/11/2026
Referred by: Dr. Bader Al-Enezi, General Surgery

Indication: Screening, dense breasts. Previous right lumpectomy for benign phyllodes tumour in 2019.
Comparison: DBT and US of 10/2024.

Findings:
Breast composition: ACR D - the breasts are extremely dense, which lowers the sensitivity of mammography.
Right breast: Post-operative scar changes in the upper outer quadrant with stable architectural distorsion, unchanged since 2024. No suspicious masses.
Left breast: no mammographic abnormality.

Ultrasound:
Right: scar at 10 o'clock with no mass at the operative site. Small simple cyst, 4 mm, at 7 o'clock.
Left: at 1 o'clock, 2 cm FN, a 7 x 5 mm oval hypoechoic solid nodule with indistinct margins, not seen on the US of 2024.
Axillae: bilateral normal looking lymph nodes.

Conclusion:
- Right: post-surgical changes, stable. BI-RADS 2.
- Left: new small solid nodule at 1 o'clock with indistinct margins. BI-RADS 4a. US guided core biopsy recommended.

Dr. Rania El-Sayed, Consultant Radiologist (Breast Imaging)
Reviewed and approved electronically 25/11/2026 13:22
""")

if __name__ == "__main__":
    write("reports", R)
