# Whole reports r16_01 .. r16_08 (text + compact gold)
ITEMS = []

ITEMS.append(dict(id="r16_01_morocco_casablanca_private",
style="Moroccan private imaging practice (Casablanca), English version of a French report: 'opacity', 'union of the upper quadrants', '12 h', 'BI-RADS ACR 4a'",
density="c", overall="4A", bb="R2 L4A",
findings=["mass R a", "ad R a", "calc R p m:round d:diffuse", "mass L p", "calc L a", "ln B p"],
text="""
CABINET DE RADIOLOGIE ET D'IMAGERIE MEDICALE AL AMAL
Dr. Nadia BERRADA - Radiologue, Ancienne Interne des Hopitaux de Rabat
Bd Zerktouni, Casablanca - Tel: 05 22 XX XX XX - INPE: XXXXXXXX
English version issued at the patient's request

Casablanca, 14/04/2026

Patient: Mrs. ALAOUI Khadija          Age: 49 years
Referring physician: Dr. TAZI (gynaecologist)          AMO/CNSS: XXXXXXXX

BILATERAL MAMMOGRAPHY WITH TOMOSYNTHESIS AND BREAST ULTRASOUND

Indication: Mastodynia of the left breast. Screening. No personal history. Mother treated for breast cancer at 60.

Technique: Face and external oblique incidences with bilateral tomosynthesis. Complementary ultrasound with a 12 MHz linear probe.

Results:
Breasts of heterogeneous dense density (type c of the ACR), which may reduce the sensitivity of mammography.
Right breast: No opacity, no architectural distortion. Some benign-appearing round calcifications scattered in the right breast.
Left breast: At the union of the upper quadrants, a round opacity of 11 mm with partially obscured contours, without microcalcifications. On ultrasound it corresponds to an oval hypoechoic nodule of 10 x 7 mm, at 12 h, 4 cm from the nipple, with microlobulated contours, parallel, without posterior attenuation.
Axillary ultrasound: lymph nodes of normal aspect bilaterally.

Conclusion:
- Right breast: benign calcifications. BI-RADS ACR 2.
- Left breast: nodule of the upper quadrants with microlobulated contours. BI-RADS ACR 4a. An ultrasound-guided microbiopsy is proposed.

Dr. N. BERRADA
"""))

ITEMS.append(dict(id="r16_02_romania_county_hospital",
style="Romanian county emergency hospital report in English (report no., CNP, '2 incidences', 'medic primar', stamp), calcified fibroadenoma stable, 'BI-RADS 2 bilateral'",
density="b", overall="2", bb="B2",
findings=["mass R p s", "calc R p s m:coarse", "mass L a", "calc L a", "ad L a", "ln B p"],
text="""
SPITALUL CLINIC JUDETEAN DE URGENTA CLUJ / Cluj County Emergency Clinical Hospital
Radiology and Medical Imaging Department - Str. Clinicilor 3-5, Cluj-Napoca
Report no. 4471/2026                         Date: 22.05.2026

Patient: POPESCU Maria, 56 y          CNP: 2700XXXXXXXXX
Referral: family doctor, Dr. I. Moldovan
Indication: control mammography. The patient is moving to Ireland and requested the report in English.

MAMMOGRAPHY - bilateral, 2 incidences (CC, MLO)
Comparison: previous mammography 2024 (our department).

Description:
Breasts of predominantly fatty structure with scattered fibroglandular densities (ACR B).
Right breast: well-circumscribed oval opacity of 9 mm in the inferior-internal quadrant, with a coarse "popcorn" type macrocalcification - calcified fibroadenoma, unchanged compared to 2024.
Left breast: no nodular opacities, no clusters of microcalcifications, no architectural distortions.
Skin and nipples normal. Axillary extensions: small lymph nodes with fatty hilum, bilaterally, of benign aspect.

Conclusion: Calcified fibroadenoma in the right breast, stable. No suspicious mammographic changes. BI-RADS 2 bilateral.
Recommendation: mammographic control in 2 years, according to the national screening programme.

Medic primar radiologie: Dr. Andreea Muresan
(parafa si semnatura)
"""))

ITEMS.append(dict(id="r16_03_hungary_complex_exam",
style="Hungarian 'complex breast examination' (clinical exam + mammography + ultrasound in one report, TAJ number, 'Opinion'); clinical findings inside the report",
density="c", overall="3", bb="L3 R2",
findings=["mass L p", "calc L a", "calc B p m:vascular d:diffuse", "mass R p", "ln B p"],
text="""
Budapest Breast Diagnostic Centre (Emlodiagnosztikai Kozpont)
1082 Budapest, Ulloi ut XX.  |  NEAK contract no. XXXX

COMPLEX BREAST EXAMINATION (clinical examination, mammography, ultrasound)

Name: Novak Eszter          TAJ: XXX XXX XXX          Born: 1968.
Date: 2026.03.09.           Referring: general practitioner
Reason for referral: lump felt in the left breast.

Physical examination: In the left breast at 2 o'clock a 15 mm firm, mobile lump. Skin and nipples without retraction. Axillae: no palpable lymph nodes.

Mammography (CC, MLO, both sides): ACR c density.
Left breast, upper outer quadrant: 14 mm oval, circumscribed mass, corresponding to the palpable lump. No microcalcification.
Right breast: no focal lesion.
Scattered vascular calcifications on both sides.

Ultrasound: Left 2 o'clock, 4 cm from the nipple: 14 x 9 mm oval, parallel, circumscribed, homogeneous hypoechoic solid lesion - fibroadenoma. In the right breast a few simple cysts, max. 6 mm. Axillary lymph nodes: normal bilaterally.

Opinion: Left breast fibroadenoma (BI-RADS 3). Right breast simple cysts (BI-RADS 2).
Control ultrasound in 6 months is recommended.

Dr. Szabo Katalin, radiologist
"""))

ITEMS.append(dict(id="r16_04_japan_hospital_diagnostic",
style="Japanese general hospital English report (close examination after municipal screening 'category 3', C area, FAD, 'low echoic area', reported/approved by)",
density="c", overall="4B", bb="R4B L1",
findings=["calc R p m:fine_pleomorphic d:grouped", "mass R a", "asym R a", "ln B a"],
text="""
Osaka Minato Central Hospital - Department of Diagnostic Radiology
Radiology Report (English)                         Report ID: MG-2026-0881

Patient ID: 0041-2290     Sex: F     Age: 53
Order: Breast Surgery, Dr. Yamamoto
Purpose: Close examination. Municipal screening mammography pointed out category 3 calcification in the right breast.
Exam: MMG bilateral (MLO, CC), additional magnification view (R CC). Breast US.
Comparison: none (first visit).

Findings:
Mammary gland: heterogeneously dense.
R: In the upper outer area (C area), a group of fine pleomorphic calcifications, about 8 mm, is seen. No mass or FAD is associated. On the magnification view the calcifications are confirmed as pleomorphic and clustered.
L: No particular findings.
US: R C area, 10 o'clock, 5 cm from the nipple: a 6 mm low echoic area with echogenic foci, corresponding to the calcifications. No swollen axillary lymph nodes.

Impression:
R C area: grouped fine pleomorphic calcifications, BI-RADS category 4B. Stereotactic vacuum-assisted biopsy (Mammotome) is recommended.
L: negative. BI-RADS category 1.

Reported by: Dr. Haruka Inoue (Radiologist)     Approved by: Dr. Kenji Morita
"""))

ITEMS.append(dict(id="r16_05_korea_university_hospital",
style="Korean university hospital report in terse English ('2H 3cm FN', '1.1cm sized', arrows), numbered conclusion with 'C4b (BI-RADS 4B)', 'C3', 'C2', 'Final assessment: C4b'",
density="d", overall="4B", bb="L4B R2",
findings=["mass B a", "calc B a", "mass R p", "mass R q", "mass L p", "mass L p", "ln B a"],
text="""
HANBIT UNIVERSITY HOSPITAL - DEPARTMENT OF RADIOLOGY
Breast Imaging Report

Pt No: 1029384X     Name: KIM **  (F/41)     Exam date: 2026-06-02
Exam: Mammography (both) + Breast sono (both)
Clinical info: National health screening mammo -> recall (dense breast, "further evaluation"). FHx (-).
Comparison: 2024-05 mammography (outside, CD).

[Mammography]
Breast composition: extremely dense (d). Sensitivity is limited.
No definite mass or suspicious microcalcification in both breasts.

[Sono]
Rt: a few small simple cysts (max 0.5cm).
Rt 9H: questionable 0.3cm hypoechoic lesion, r/o fat lobule.
Lt 2H 3cm FN: 1.1cm sized irregular hypoechoic mass with angular margin, not parallel.
Lt 5H 2cm FN: 0.7cm sized oval circumscribed isoechoic mass, parallel -> probably benign (fibroadenoma).
Bilateral axilla: no abnormal LN.

[Conclusion]
1. Lt 2H 1.1cm irregular mass -> C4b (BI-RADS 4B). US-guided CNB recommended.
2. Lt 5H 0.7cm probably benign mass -> C3.
3. Rt small cysts -> C2.
Final assessment: C4b.

Radiologist: Dr. Lee Ji-won  /  Confirmed by: Prof. Park S.H.
"""))

ITEMS.append(dict(id="r16_06_china_tertiary_hospital",
style="Chinese tertiary hospital mammography report in English ('gland type', 'mass shadow', 'hyperplasia', 'combine with pathology', reporting/reviewing physician)",
density="c", overall="5", bb="L5 R2",
findings=["mass L p", "calc L p m:fine_pleomorphic d:grouped", "skin L p", "skin L p", "ln L p", "mass R a", "calc R a", "ln R a"],
text="""
Jiangnan University Affiliated Hospital - Department of Radiology
MAMMOGRAPHY EXAMINATION REPORT

Name: Wang XX     Gender: Female     Age: 47     Outpatient No.: MZ2026XXXXXX
Department: Breast Surgery Clinic     Exam No.: MG26-05512
Exam item: Bilateral breast digital mammography (CC + MLO)

Imaging findings:
The bilateral breasts are symmetrical in size. Gland type: c type (heterogeneously dense), which may mask small lesions.
In the upper outer quadrant of the left breast, an irregular high-density mass shadow is seen, about 1.8 cm x 1.5 cm, with spiculated margin; clustered fine pleomorphic calcifications are seen within and around it. The left nipple is retracted, and the local skin is thickened. Several enlarged lymph nodes are seen in the left axilla, the largest about 1.6 cm, with the fatty hilum disappeared.
In the right breast the glandular tissue shows patchy and nodular density (hyperplasia); no definite mass or abnormal calcification is found. Right axilla: no enlarged lymph node.

Impression:
1. Left breast upper outer quadrant mass with calcifications, considered malignant, BI-RADS 5, please combine with pathology.
2. Left axillary lymph node enlargement, metastasis to be excluded.
3. Right breast hyperplasia, BI-RADS 2.

Reporting physician: Zhang Wei     Reviewing physician: Li Ming     Report date: 2026-05-19
This report is for clinical reference only.
"""))

ITEMS.append(dict(id="r16_07_us_resident_prelim_attending_final",
style="US academic diagnostic report with the resident's preliminary report kept above the attending's final with changes (category 3 -> 4B) (less common)",
density="b", overall="4B", bb="R4B L1",
findings=["calc R p m:amorphous,punctate d:grouped", "mass R a"],
text="""
UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIOLOGY, DIVISION OF BREAST IMAGING
Patient: [redacted]    MRN: 00XXXXXX    Accession: MG2604220117

EXAM: MAMMO DIAGNOSTIC BILATERAL W DBT; US BREAST RIGHT LIMITED
DATE: 04/22/2026
CLINICAL HISTORY: 58F recalled from screening 04/10/2026 for right breast calcifications (BI-RADS 0).
COMPARISON: 04/10/2026, 03/2025, 02/2024.

*** PRELIMINARY REPORT - RESIDENT (NOT FINAL) ***
Dr. K. Osei, PGY-4
FINDINGS: There are scattered areas of fibroglandular density. Right CC and ML magnification views: a 6 mm group of punctate calcifications in the right upper outer quadrant, posterior depth. No associated mass. Left: no suspicious findings. Targeted ultrasound right 10:00: no sonographic correlate.
IMPRESSION: Probably benign grouped calcifications, right breast. BI-RADS 3. Recommend 6-month follow-up.

*** FINAL REPORT - ATTENDING ***
I have personally reviewed the images and agree with the preliminary report, with the following changes:
On the magnification views a few of the calcifications are amorphous, and comparison with 03/2025 shows that the group is new. New grouped amorphous calcifications are not appropriate for short-interval follow-up.

FINAL IMPRESSION:
RIGHT: New grouped amorphous and punctate calcifications, upper outer quadrant, 6 mm. BI-RADS 4B: Moderate suspicion for malignancy. Stereotactic biopsy recommended.
LEFT: BI-RADS 1: Negative.

Electronically signed by: M. Hartley, MD, Breast Imaging Attending, 04/22/2026 16:12
"""))

ITEMS.append(dict(id="r16_08_breastscreen_assessment_synoptic",
style="Australian BreastScreen assessment radiology report: recall reasons, work-up list, 'heterogeneously dense (BI-RADS C)' density, synoptic grade 4 only (no BI-RADS category) (less common)",
density="c", overall=None, bb="",
findings=["calc L p m:fine_pleomorphic d:grouped", "mass L a", "ad L a"],
text="""
BreastScreen Queensland - Brisbane Northside Service
ASSESSMENT CLINIC - RADIOLOGY REPORT

Client: SMITH, Karen          DOB: XX/XX/1964          Client ID: BSQ-XXXXXXX
Screening round: 6            Screening date: 02/06/2026          Assessment date: 17/06/2026

Reason for recall: Reader 1 and Reader 2 - L breast, calcification, UOQ (CC/MLO). Arbitration not required.
Work-up performed: L CC and ML magnification views; L breast ultrasound (targeted); clinical examination (breast physician).

RADIOLOGY
Mammographic density: heterogeneously dense (BI-RADS C).
L breast: Magnification views confirm a 9 mm group of fine pleomorphic calcifications in the UOQ, middle depth. No associated mass or architectural distortion. Not present on the 2024 screen.
US L breast 1-2 o'clock: no sonographic abnormality.
R breast: not recalled. Screening images reviewed - no significant abnormality.

RADIOLOGY ASSESSMENT (synoptic)
L breast - Grade 4: suspicious of malignancy.
R breast - Not assessed.

PLAN: Stereotactic core biopsy L UOQ today. Results to multidisciplinary review 24/06/2026; client to return for results.

Radiologist: Dr. Fiona McGregor, FRANZCR
"""))
