# Whole reports r20_09..r20_15.
ITEMS = []
A = ITEMS.append

A(dict(id="r20_09_morocco_bilingual_fr_en", less=True,
style="Moroccan private radiology centre (Rabat) bilingual report, each French line followed by its English translation for an expatriate's insurer ('ACR 3 à gauche / BI-RADS 3 on the left'), focal asymmetry without US correlate (less common)",
overall="3", cats="L3 R2", density="b",
findings=["calc B p d:diffuse", "asym L p", "mass L a", "ad L a"],
text="""
CENTRE DE RADIOLOGIE AGDAL - RABAT
Imagerie de la femme / Women's imaging
Dr. Leila Benjelloun - Radiologue, ancienne interne des Hôpitaux de Rabat

Patiente / Patient: Mme / Mrs. Claire DUBOIS-MARTIN     Âge / Age: 47 ans / years
Médecin traitant / Referring physician: Dr. Y. Tazi
Date: 27/01/2026     Assurance / Insurer: AXA Expat (compte rendu bilingue demandé / bilingual report requested)

MAMMOGRAPHIE BILATÉRALE + ÉCHOGRAPHIE MAMMAIRE / BILATERAL MAMMOGRAPHY + BREAST ULTRASOUND

Indication : dépistage, pas d'antécédent. / Indication: screening, no history.
Comparaison : aucune (premier examen au Maroc). / Comparison: none (first examination in Morocco).

Résultats / Findings:
Seins de densité type B (ACR). / Breast density type B (ACR).
Calcifications bénignes éparses bilatérales. / Scattered benign calcifications in both breasts.

Sein droit : pas d'anomalie suspecte. / Right breast: no suspicious abnormality.

Sein gauche : asymétrie focale du quadrant supéro-externe, visible sur les deux incidences, non retrouvée à l'échographie complémentaire. Pas de masse, pas de distorsion architecturale.
Left breast: focal asymmetry in the upper outer quadrant, seen on both views, with no correlate on complementary ultrasound. No mass, no architectural distortion.

Creux axillaires libres. / Axillae clear.

Conclusion :
Asymétrie focale isolée du sein gauche, probablement bénigne : ACR 3 à gauche. Contrôle à 6 mois.
Calcifications bénignes : ACR 2 à droite.
Conclusion:
Isolated focal asymmetry of the left breast, probably benign: BI-RADS 3 on the left. Follow-up in 6 months.
Benign calcifications: BI-RADS 2 on the right.

Dr. L. Benjelloun
"""))

A(dict(id="r20_10_us_military_mtf_screening", less=False,
style="US military treatment facility (MHS GENESIS-style header: DoD ID, beneficiary category, ordering provider), screening DBT, stable intramammary node (mass called a node), postsurgical scar, unsided 'BI-RADS 2: Benign' on a bilateral screen",
overall="2", cats="", density="c",
findings=["ln R p s", "other L p s", "mass B a", "calc B a", "ad B a"],
text="""
NAVAL MEDICAL CENTER PORTSMOUTH - DEPARTMENT OF RADIOLOGY
Breast Imaging Clinic, Bldg 2, 620 John Paul Jones Circle, Portsmouth VA

Patient: GARCIA, MARISOL A        DoD ID: 12xxxxxx48        DOB: 1973/09/02 (52 y)
Beneficiary category: ADFM (active duty family member)        FMP/SSN: 30/xxx-xx-4417
Ordering provider: LT CARTER, JESSICA, MC, USN (Family Medicine)
Procedure: MAMMO SCREENING BILATERAL WITH TOMOSYNTHESIS        Accession: NMCP-MG-26-001874
Exam date: 2026-02-02        Status: FINAL

CLINICAL INDICATION: Annual screening. History of left breast excisional biopsy (benign, 2019, outside facility).

COMPARISON: 2025-01-27, 2024-01-22 and 2021-02-09 (outside, Tripler AMC, uploaded to PACS).

TECHNIQUE: Bilateral CC and MLO full-field digital mammography with tomosynthesis and synthesized 2D images. Scar marker placed on the left breast.

FINDINGS:
The breasts are heterogeneously dense, which may obscure small masses.
Right breast: An oval circumscribed mass with a fatty hilum at 6 o'clock, middle depth, consistent with a benign intramammary lymph node, is stable since 2021.
Left breast: Postsurgical changes in the upper outer quadrant at the site of the scar marker, stable.
There are no suspicious masses, calcifications, or areas of architectural distortion.

IMPRESSION:
No mammographic evidence of malignancy. Stable benign findings.

BI-RADS 2: Benign.

RECOMMENDATION: Annual screening mammography.

BREAST DENSITY NOTIFICATION: Your mammogram shows that your breast tissue is dense. Dense breast tissue is common and is not abnormal. However, dense breast tissue can make it harder to find cancer on a mammogram and may also be associated with an increased risk of breast cancer. Talk to your provider about your breast density and whether other screening tests might be useful for you.

Interpreted by: CDR HAYES, ROBERT T., MC, USN - Staff Radiologist, Breast Imaging
Electronically signed 2026-02-02 11:07 EST
"""))

A(dict(id="r20_11_italy_private_translated", less=False,
style="Italian private clinic (Milan) report, English translation for a foreign insurer ('fibroglandular component of mixed type', 'nodular formations', 'lymph nodes of reactive aspect', VABB), new grouped amorphous calcifications vs 2023",
overall="4A", cats="R4A L1", density="b",
findings=["calc R p m:amorphous d:grouped", "mass B a", "ln B p"],
text="""
CENTRO DIAGNOSTICO ITALIANO - MILANO
Senologia Diagnostica / Breast Diagnostics
Via Saint Bon 20, 20147 Milano

[English translation of the original Italian report, provided at the patient's request for her insurer - Translated by the clinic's patient office; medical content unchanged]

Patient: Ms. Hannah WEBER     Date of birth: 11/04/1975     Tax code: WBRHNN75D51Z112X
Examination: Bilateral digital mammography and breast ultrasound     Date: 23/01/2026
Requesting physician: Dr. G. Colombo (general practitioner)

Clinical question: Routine check-up. Previous examination at our centre 01/2023.

MAMMOGRAPHY
Breasts with fibroglandular component of mixed type (ACR b), symmetric.
In the upper outer quadrant of the right breast, a cluster of amorphous microcalcifications of 7 mm is observed, not present in the examination of January 2023.
Left breast: fibro-adipose involution, no focal lesions.

BREAST ULTRASOUND
No solid nodular formations in either breast. Bilateral axillary lymph nodes of reactive aspect.

CONCLUSIONS
Newly appeared cluster of microcalcifications in the right breast: BI-RADS 4a. Stereotactic vacuum-assisted biopsy (VABB) is advised.
Left breast: BI-RADS 1.

Dr.ssa Francesca Bianchi
Radiology Specialist - Breast Imaging, Ordine dei Medici di Milano n. 41872
"""))

A(dict(id="r20_12_chile_private_clinic_followup", less=False,
style="Chilean private clinic (Santiago) mammography + tomosynthesis + 'breast ecotomography', English translation ('nodule', '2 h', 'RUT'), BI-RADS 3 nodule stable for 24 months 'downgraded from BI-RADS 3', 'BI-RADS 2 bilateral'",
overall="2", cats="R2 L2", density="c",
findings=["mass B a", "calc B a", "ad B a", "mass L p s", "mass B p", "ln B p"],
text="""
CLÍNICA ALEMANA DE SANTIAGO - Departamento de Imágenes, Unidad de Mama
Av. Vitacura 5951, Vitacura, Santiago

[Informe traducido al inglés / Report translated into English]

Patient: Sra. Valentina Rojas Fuentes     RUT: 15.xxx.xxx-7     Age: 45 years
Referring physician: Dr. Ignacio Pérez (Gynecology)     Date: 26/01/2026
Examination: Bilateral digital mammography with tomosynthesis and breast ecotomography

Background: Follow-up of a left breast nodule classified BI-RADS 3 in January 2024.
Comparison: Studies of 01/2024, 07/2024 and 01/2025 at this clinic.

Mammography with tomosynthesis:
Heterogeneously dense breasts (ACR C), which may reduce the sensitivity of the study.
No suspicious nodules, microcalcifications or architectural distortion.

Breast ecotomography:
In the left breast at 2 h, 5 cm from the nipple, an oval, circumscribed, parallel, hypoechoic nodule of 9 x 5 mm persists, unchanged compared with the three previous studies.
Simple cysts in both breasts, the largest of 6 mm at 10 h of the right breast.
Axillary lymph nodes of normal characteristics on both sides.

Conclusion:
Left breast nodule stable over 24 months; downgraded from BI-RADS 3.
Bilateral simple cysts.
BI-RADS 2 bilateral.
Annual mammographic and ultrasound control.

Dra. Camila Herrera Lagos
Radiologist, Breast Imaging
"""))

A(dict(id="r20_13_ethiopia_referral_hospital", less=False,
style="Ethiopian referral hospital (Addis Ababa) typed report ('Card No.', 'LAP', 'U/S', 'Rt'), left locally advanced cancer with skin thickening and nipple retraction, 'BI-RADS 5' / 'Rt breast - BI-RADS 1'",
overall="5", cats="L5 R1", density="b",
findings=["mass L p", "skin L p", "skin L p", "ln L p", "calc B a"],
text="""
TIKUR ANBESSA SPECIALIZED HOSPITAL
College of Health Sciences, Addis Ababa University
Department of Radiology

Name: W/ro Almaz Bekele     Age: 45 yrs     Sex: F     Card No.: 448712
Referring Dept.: Surgery (Breast Unit)     Date: 22/05/2018 E.C. (30/01/2026 G.C.)
Examination: Bilateral mammography and breast U/S

Clinical info: Lt breast mass x 8 months, increasing in size. ?Ca breast.

Findings:
Mammography: Both breasts show scattered fibroglandular densities (ACR B).
Left breast: there is a large irregular high density mass with spiculated margins in the upper outer quadrant measuring about 6 x 5 cm. There is overlying skin thickening and the nipple is retracted.
No suspicious micro-calcification in both breasts.
Right breast: normal.

U/S: Left breast irregular heterogeneous hypoechoic mass with posterior acoustic shadowing and internal vascularity, 6.2 x 5.1 cm, corresponding to the mammographic mass.
Multiple left axillary LAP, the largest measuring 2.5 x 1.8 cm, with loss of fatty hilum.
Right breast and axilla: no abnormality.

Impression:
Left breast malignant mass with left axillary LAP - BI-RADS 5.
Rt breast - BI-RADS 1.
Recommend: U/S guided core biopsy.

Reported by: Dr. Yonas Tadesse (R3 Radiology resident)
Verified by: Dr. Selamawit Alemayehu (Consultant Radiologist, Breast Imaging)
"""))

A(dict(id="r20_14_taiwan_medical_center", less=False,
style="Taiwanese medical center English report (Taipei; chart no., 'Sonography of bilateral breasts', numbered lesions per side with cm sizes, '10 o'clock'), numbered impression '1. Rt breast ... (BI-RADS 3)' / '2. Lt breast ... (BI-RADS 4B)'",
overall="4B", cats="R3 L4B", density="c",
findings=["calc L p m:fine_pleomorphic d:grouped", "mass R a", "ad R a", "mass R p", "mass R p", "mass L p", "ln B a"],
text="""
NATIONAL TAIWAN UNIVERSITY HOSPITAL
Department of Medical Imaging

Chart No.: 8841xxxx     Name: LIN, MEI-HUA     Sex/Age: F/48
Exam Date: 2026/01/30     Order No.: BR2601301127
Exam: Mammography (bilateral, CC+MLO) + Sonography of bilateral breasts
Clinical diagnosis: Health examination, abnormal finding of left breast on outside ultrasound

Mammography:
Heterogeneously dense breasts (ACR category C).
Clustered fine pleomorphic microcalcifications at left upper outer quadrant, about 1.0 cm in extent.
No definite mass or architectural distortion on the right side.

Sonography:
Rt:
(1) Oval hypoechoic nodule, 0.8 x 0.5 cm, at 10 o'clock, 3 cm from nipple, circumscribed margin, parallel.
(2) Simple cyst, 0.4 cm, at 3 o'clock, 2 cm from nipple.
Lt:
Irregular hypoechoic lesion, 1.6 x 1.2 cm, at 2 o'clock, 4 cm from nipple, microlobulated margin, with echogenic foci (microcalcifications) inside, corresponding to the mammographic microcalcifications.
Bilateral axillae: no lymphadenopathy.

Impression:
1. Rt breast: benign-looking nodules (BI-RADS 3). Suggest follow-up sonography 6 months later.
2. Lt breast: suspicious lesion with microcalcifications (BI-RADS 4B). Suggest sonography-guided core needle biopsy.

Reported by: Dr. Huang, Chia-Ying (R4) / Dr. Chang, Yeun-Chung (VS)
"""))

A(dict(id="r20_15_poland_translated_surveillance", less=False,
style="Polish hospital post-BCT surveillance report, English translation (PESEL, 'in both projections', 'postoperative scar'), stable distortion, dystrophic calcifications, decreasing skin thickening, 'BI-RADS 2 on both sides'",
overall="2", cats="R2 L2", density="b",
findings=["ad R p s", "calc R p m:dystrophic", "skin R p", "calc L p", "ln B a"],
text="""
Uniwersyteckie Centrum Kliniczne - Zakład Radiologii
University Clinical Centre, Department of Radiology, Gdańsk
[Translation from Polish by a sworn translator, Rep. No. 112/2026]

Patient: Anna Kowalczyk     PESEL: 640817xxxxx     Age: 61
Referring: Breast Cancer Unit (follow-up after treatment)     Date of examination: 21.01.2026
Examination: Mammography of both breasts in CC and MLO projections

Clinical data: Condition after breast-conserving surgery of the right breast (UOQ) with radiotherapy in 2022 for invasive carcinoma NST pT1cN0. Follow-up.
Comparison: Mammograms of 2023, 2024 and 2025 in this department.

Description:
Breasts with scattered areas of fibroglandular tissue (ACR b).
Right breast: Postoperative scar in the upper outer quadrant with architectural distortion, stable compared with previous examinations. In the scar area dystrophic calcifications, more numerous than in 2025, benign in character. The skin thickening after radiotherapy is less pronounced than previously.
Left breast: No focal lesions. Isolated benign calcifications.
No pathological lymph nodes in the axillae visible in both projections.

Conclusion:
Condition after BCT of the right breast - postoperative changes, without signs of recurrence.
BI-RADS 2 on both sides.
Next mammography in 12 months (annual follow-up).

Physician: lek. med. Piotr Zieliński, specialist in radiology and imaging diagnostics
"""))
