ITEMS = []
def add(**kw): ITEMS.append(kw)

add(id="r18_09_sri_lanka_private_hospital", style="Sri Lankan private hospital (Colombo) 'USS' report with Rt/Lt blocks, probable fibroadenomas with own clock/size, cysts, duct ectasia, 'Rt breast - ... - BIRADS 3'",
density="d", overall="3", cats="R3 L2",
find=["mass B a", "ad B a", "calc B a", "calc L p", "mass R p", "mass R p", "mass R p", "mass L p", "other L p", "ln B p"],
text="""
LANKA CENTRAL HOSPITALS PLC - COLOMBO 05
Department of Radiology

Name: Mrs. N. Perera             Age: 39 Y             Lab No: R/26/01882
Ref. Dr: Dr. S. Jayasinghe (Consultant Surgeon)        Date: 19/02/2026

BILATERAL MAMMOGRAM + ULTRASOUND SCAN OF BOTH BREASTS AND AXILLAE

Clinical details: Lumpy breasts. ? lump Rt breast.

Mammogram:
Dense breast parenchyma (ACR D) reducing the sensitivity of mammography.
No definite mass lesion, architectural distortion or suspicious microcalcification seen in either breast.
Few benign-looking calcifications in the Lt breast.

USS:
Rt breast - Well-defined, oval, hypoechoic lesion parallel to the skin, 1.2 x 0.7 cm at 11 o'clock 3 cm from the nipple, with no posterior acoustic features - probably a fibroadenoma. Another similar lesion 0.6 x 0.4 cm at 9 o'clock. Few small simple cysts.
Lt breast - Few simple cysts, largest 0.8 cm at 2 o'clock. Mildly dilated retroareolar ducts with clear contents.
Both axillae - Few lymph nodes with normal fatty hila.

IMPRESSION:
Rt breast - probable fibroadenomas - BIRADS 3.
Lt breast - simple cysts - BIRADS 2.

Follow-up USS of Rt breast in 6 months suggested.

Dr. R. Wickramasinghe
MBBS, MD (Radiology), Consultant Radiologist
""")

add(id="r18_10_jordan_private_hospital", style="Jordanian private hospital screening DBT (Amman; 'Kindly correlate clinically', Jordanian Board), new focal asymmetry hedged as summation, dash impression per breast, BI-RADS 0 left",
density="b", overall="0", cats="R2 L0",
find=["calc B p m:round d:diffuse", "calc B p m:vascular", "mass R p s", "asym L p", "calc B a", "skin B a", "ln B p"],
text="""
AL-NOOR SPECIALTY HOSPITAL - AMMAN, JORDAN
Radiology Department - Women's Imaging

Patient name: Mrs. H. A.          MRN: 0448213          Age: 55          Nationality: Jordanian
Exam: Bilateral screening mammography (2D + tomosynthesis)          Date: 14/02/2026
Referring physician: Dr. Layla Haddad (Obstetrics & Gynecology)

History: Screening. On hormone replacement therapy for 3 years.
Comparison: Previous study at this hospital, 02/2024.

Findings:
Breast density: ACR category B.
Both breasts show scattered benign-looking round calcifications and bilateral vascular calcifications.
Right breast: A 6 mm oval circumscribed mass in the upper inner quadrant, unchanged from 2024.
Left breast: There is a new focal asymmetry in the lower outer quadrant, seen on both MLO and CC views, measuring 12 mm. It may represent summation of normal tissue, but a true lesion cannot be excluded.
No suspicious microcalcifications in either breast. No skin thickening or nipple retraction on either side.
Bilateral axillary lymph nodes are seen, normal in appearance.

Impression:
- Stable benign-appearing mass, right breast. BI-RADS 2.
- New focal asymmetry, left breast. BI-RADS 0: additional evaluation with spot compression views and ultrasound is recommended.

Kindly correlate clinically.

Dr. Samer Khalil
Consultant Radiologist - Jordanian Board of Radiology
""")

add(id="r18_11_us_mobile_teleradiology_addendum", style="US mobile mammography coach read by a teleradiology group, no priors -> BI-RADS 0 left, addendum after outside priors arrive revising to 2 with an Overall line (less common)",
density="a", overall="2", cats="L2 R1",
find=["mass L p s", "calc B a", "ad B a", "calc B p m:skin d:diffuse"],
text="""
PRAIRIE MOBILE MAMMOGRAPHY - a service of High Plains Health System
Mobile unit #2 | Site: Castro County Health Department, Dimmitt, TX
Interpreted by: Lone Star Teleradiology Associates (remote interpretation)

PATIENT: [name]     DOB: XX/XX/1964     ACC#: PMM-26-00871
EXAM: MAMMO SCREENING BILATERAL W/ TOMO (DBT)
DATE OF SERVICE: 02/06/2026     DATE READ: 02/07/2026

HISTORY: 61 yo F, screening. Prior mammograms reportedly done at an outside facility (records requested).

COMPARISON: None available.

TECHNIQUE: Bilateral CC and MLO 2D views with tomosynthesis.

FINDINGS:
The breasts are almost entirely fatty.
There is an oval circumscribed mass in the left breast at 3 o'clock, middle depth, measuring 11 mm. In the absence of prior studies, additional evaluation is recommended.
No suspicious calcifications or architectural distortion in either breast. Scattered benign dermal calcifications bilaterally.

IMPRESSION:
Left breast mass, indeterminate without priors. BI-RADS 0: Incomplete - need additional imaging evaluation (left).
Right breast: Negative. BI-RADS 1.

RECOMMENDATION: Left diagnostic mammogram and ultrasound, unless outside prior images demonstrate stability.

Electronically signed: Brian Castillo, MD     02/07/2026 11:04

---------------------------------------------------------------
ADDENDUM (02/13/2026):
Outside prior mammograms from Plainview Regional Medical Center (2021, 2023) have been received and compared. The left breast mass at 3 o'clock is unchanged in size and appearance since 2021, consistent with a benign finding. No other changes.
The assessment is revised: LEFT: BI-RADS 2: Benign. RIGHT: BI-RADS 1: Negative. OVERALL: BI-RADS 2. Return to annual screening mammography.
Addendum electronically signed: Brian Castillo, MD     02/13/2026 09:31
""")

add(id="r18_12_us_hospital_chain_diagnostic", style="US hospital-chain breast center diagnostic DBT + targeted US for focal pain (BB marker), numbered impression with '(Left)' after the category, OVERALL ASSESSMENT line",
density="c", overall="4A", cats="L4A R2",
find=["calc L p m:amorphous d:grouped", "mass B a", "ad B a", "calc R p s", "mass L a"],
text="""
MEDICAL CITY NORTH HILLS - Breast Center
A member of Meridian Healthcare

PATIENT: [name]          MRN: 00931847          ACCT: 55120394          DOB: XX/XX/1970          SEX: F
ORDERING: Dana Whitfield, MD          ATTENDING RADIOLOGIST: Marcus Lee, MD
EXAM: MAMMO DIAG BILAT W/ TOMO; US BREAST LEFT LTD
EXAM DATE: 02/12/2026

CLINICAL INDICATION: Left breast pain, focal, upper outer quadrant, for 1 month. No palpable abnormality.

COMPARISON: 01/06/2025 screening mammogram, 12/18/2023 screening mammogram.

TECHNIQUE: Bilateral CC and MLO views with tomosynthesis; left ML and CC magnification views. Targeted ultrasound of the left breast.

FINDINGS:
Breast composition: C. The breasts are heterogeneously dense, which may obscure small masses.
A metallic BB marks the site of focal pain in the left upper outer quadrant. No mammographic abnormality is identified at the site of pain.
Left breast 1:00, 8 cm from the nipple, middle depth: there is a new 5 mm group of amorphous calcifications, confirmed on magnification views.
No suspicious masses or architectural distortion in either breast.
Stable benign calcifications in the right breast.

Targeted left breast ultrasound at the site of pain (2:00, 4-6 cm FN): normal fibroglandular tissue. No solid or cystic mass in the left breast. Left 1:00: no sonographic correlate for the calcifications.

IMPRESSION:
1. New grouped amorphous calcifications, left breast 1:00. BI-RADS 4A (Left): Low suspicion for malignancy. Stereotactic biopsy is recommended.
2. No imaging correlate for focal left breast pain. Further management of pain as clinically indicated.
3. Right breast: BI-RADS 2: Benign.

OVERALL ASSESSMENT: BI-RADS 4A: Low suspicion for malignancy.

The results and recommendations were discussed with the patient in person at the time of the examination. Stereotactic biopsy scheduled for 02/18/2026.

Electronically signed by: Marcus Lee, MD on 02/12/2026 at 15:12
""")

add(id="r18_13_peru_private_clinic_translated", style="Peruvian private clinic report with English translation for the insurer (DNI, EPS, CMP/RNE, 'nodular image', 'union of the upper quadrants', '12 h', 'of benign aspect')",
density="c", overall="2", cats="R2 L2",
find=["mass R p s", "calc R p m:punctate", "mass L a", "calc L a", "ad L a", "ln B p", "mass L p"],
text="""
CLINICA SAN GABRIEL - Lima, Peru
Servicio de Diagnostico por Imagenes

Informe de mamografia y ecografia mamaria
(English translation provided for the patient's insurance, EPS)

Patient: Sra. Rosa M. Quispe          DNI: 4XXXXXXX          Age: 46 years
Requesting physician: Dr. Jorge Salazar, gynaecologist
Date: 11/02/2026

Examination: Bilateral digital mammography, cranio-caudal and medio-lateral oblique projections, with complementary breast ultrasound.
Clinical data: Screening. Maternal aunt with breast cancer.
Previous studies: mammography 02/2024 at this clinic.

Report:
Mammary parenchyma with heterogeneously dense fibroglandular tissue (ACR c).
Right breast: nodular image of 8 mm, oval, circumscribed, in the union of the upper quadrants, similar in size to 2024. Isolated punctate calcifications of benign aspect.
Left breast: no nodules or suspicious microcalcifications. No architectural distortion.
Skin and nipple-areola complexes without alterations. Axillary regions with lymph nodes of usual morphology.

Ultrasound: Right breast, at 12 h, 3 cm from the nipple, oval hypoechoic nodule with circumscribed margins, parallel to the skin, 8 x 5 mm, without vascularity on Doppler, corresponding to the mammographic finding, suggestive of fibroadenoma. Left breast: simple cyst of 4 mm at 3 h.

Conclusion:
Right breast: probable fibroadenoma, stable for 2 years. BI-RADS 2.
Left breast: simple cyst. BI-RADS 2.
Suggestion: annual mammographic control.

Dra. Carmen Villanueva
Medico Radiologo - CMP 04XXX - RNE 02XXX
""")

add(id="r18_14_zambia_teaching_hospital", style="Zambian teaching hospital typed report (Lusaka; file no., 'x 6/12', 'Query Ca breast', registrar/verified by), numbered impression 'BIRADS 5' / 'BIRADS 1'; misspelling",
density="c", overall="5", cats="L5 R1",
find=["mass L p", "skin L p", "skin L p", "calc L p m:fine_pleomorphic", "ln L p", "mass R a", "calc R a", "ad R a", "ln R p"],
text="""
UNIVERSITY TEACHING HOSPITALS - ADULT HOSPITAL, LUSAKA
Department of Radiology

Name: Mrs. C. Banda          Age: 51          Sex: F          File No: UTH/26/008471
Ward/Clinic: Surgical OPD (Breast Clinic)          Date: 20/02/2026

EXAMINATION: MAMMOGRAPHY (BILATERAL) AND BREAST ULTRASOUND

Clinical notes: L breast mass x 6/12, increasing in size. Query Ca breast. RVD reactive on ART.

FINDINGS:
Breast tissue is heterogeneously dense (ACR C).
Left breast: There is a large irregular high density mass with spiculated margins in the upper outer quadrant measuring approximately 5.2 x 4.6 cm. There is associated skin thickening and nipple retraction. Pleomorphic microcalcifications are seen within the mass. Left axillary lymphadenopathy, the largest node measuring 2.8 cm with loss of the fatty hilum.
On ultrasound the mass is irregular and hypoechoic with posterior acoustic shadowing and internal vascularity.
Right breast: No mass, calcifications or architectual distortion. Right axillary lymph nodes of normal appearance.

IMPRESSION:
1. Left breast mass with features highly suggestive of malignancy, with left axillary lymphadenopathy. BIRADS 5.
2. Normal right breast. BIRADS 1.

Recommend: US guided core biopsy. Staging CT chest and abdomen.

Reported by: Dr. M. Mwale, Registrar (Radiology)
Verified by: Dr. K. Phiri, MMed Rad (UNZA), Consultant Radiologist
""")

add(id="r18_15_spain_private_clinic_expat", style="Spanish private clinic breast unit, English report for a British resident (NIE, Colegio de Medicos no.), stable biopsied fibroadenoma, possible one-view distortion, dash conclusion per breast",
density="b", overall="0", cats="R2 L0",
find=["mass R p s", "ad L q", "calc L a", "calc B a", "ln B p"],
text="""
CLINICA COSTA DEL SOL - MARBELLA
Unidad de Mama / Breast Unit

Report in English (original report in Spanish available on request)

Patient: Mrs Margaret H.          NIE: X-XXXXXXX-L          Date of birth: 09/05/1958
Insurance: private policy
Date: 17/02/2026

Examination: Bilateral mammography with tomosynthesis and bilateral breast ultrasound.

Clinical history: Annual check-up. Right breast: core biopsy at 10 o'clock in 2022 showing fibroadenoma. Hormone replacement therapy.

Comparison: 02/2025 and 01/2024, this centre.

Findings:
Breast composition: ACR b.
Right breast: Biopsy-proven fibroadenoma at 10 o'clock with marker clip, unchanged (11 mm). No other findings.
Left breast: On tomosynthesis there is a possible subtle architectural distortion in the upper outer quadrant, posterior third, visible only on the CC slices and not seen on previous studies. No associated calcifications. On ultrasound no correlate is identified.
No suspicious calcifications in either breast. Bilateral axillary lymph nodes with normal cortex.

Conclusion:
- Right breast: stable fibroadenoma. BI-RADS 2.
- Left breast: possible architectural distortion seen in one view only. BI-RADS 0: further assessment with additional tomosynthesis views and, if persistent, contrast-enhanced mammography or MRI is recommended.

Dr. Javier Moreno Ruiz
Radiologist - Col. No. 29/XXXXX (Colegio Oficial de Medicos de Malaga)
""")
