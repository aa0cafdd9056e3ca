"""Whole reports r14_01 - r14_08 with compact gold."""
ITEMS = []


def add(id, style, density, overall, bb, f, text):
    ITEMS.append({"id": id, "style": style, "density": density, "overall": overall,
                  "bb": bb, "f": f, "text": text})


add("r14_01_israel_medical_center",
    "Israeli medical centre, Hebrew/English letterhead, T.Z. ID and HMO, 'BI-RADS left: 4B   BI-RADS right: 2'",
    "c", "4B", "L4B R2",
    ["calc R p - m:punctate,round d:diffuse", "mass R a", "ad R a", "ad L p", "calc L a", "ln B p",
     "mass B p", "ln B a"], r"""
המרכז הרפואי השרון - המכון לדימות השד
SHARON MEDICAL CENTER - BREAST IMAGING INSTITUTE
Tel. 09-7XX-XXXX   |   Fax 09-7XX-XXXX

Name: Cohen Michal            ID (T.Z.): 0-3XXXXXX-4            Age: 53
HMO: Maccabi                  Referral no.: 88-215-4471
Date of exam: 11/03/2026      Referring physician: Dr. Yossi Ben-David (family medicine)

Examination: Bilateral digital mammography (CC + MLO) and bilateral breast ultrasound

Clinical information: Routine screening. Mother with breast cancer at age 60. Last mammography 2 years ago at another institute - not available for comparison.

Findings:
Breast composition: heterogeneously dense glandular tissue (ACR c), which may lower the sensitivity of mammography.
Right breast: A few punctate and round calcifications, scattered, benign in appearance. No mass or architectural distortion.
Left breast: In the upper outer quadrant, posterior third, an area of architectural distortion measuring approx. 14 mm, better seen on the CC view. No associated microcalcifications.
Axillae: lymph nodes of normal appearance bilaterally.

Ultrasound:
Corresponding to the mammographic finding, at 2 o'clock of the left breast, 6 cm from the nipple, an irregular hypoechoic area of 12 x 9 mm with angular margins and posterior acoustic shadowing.
Small simple cysts in both breasts, up to 5 mm.
No pathological axillary lymph nodes.

Summary:
Architectural distortion in the left breast with a sonographic correlate - suspicious.
BI-RADS left: 4B        BI-RADS right: 2

Recommendation: US-guided core needle biopsy of the left breast lesion (to be scheduled through the breast unit secretary).

Dr. Noa Friedman, Senior Physician, Breast Imaging Unit
Typed by: R.L.   Verified electronically 11/03/2026 13:42
""")

add("r14_02_chile_certified_translation",
    "Chilean private clinic report, certified translation from Spanish with translator's notes, RUT/Isapre, 'BI-RADS 0 right breast'",
    "c", "0", "R0 L2",
    ["asym R p", "mass L p s", "calc B a", "ln B a"], r"""
CERTIFIED TRANSLATION FROM SPANISH / TRADUCCIÓN CERTIFICADA
[Translator's note: the original document bears the letterhead of Clínica Los Andes, Las Condes, Santiago, Chile.]

CLÍNICA LOS ANDES - IMAGING SERVICE
Patient: Valentina Rojas Muñoz          RUT: 12.XXX.XXX-K          Age: 47 years
Health insurance (Isapre): Colmena          Date: 22-06-2026
Requesting physician: Dr. Andrés Fuentes (gynecology)

EXAMINATION: Bilateral digital mammography with tomosynthesis

Clinical background: Annual control. Asymptomatic.
Comparison: Mammography of 2024 and 2025 from this institution (reported BI-RADS 2).

REPORT:
Breasts of heterogeneously dense type (ACR c), which may reduce the sensitivity of the examination.
Right breast: focal asymmetry in the upper outer quadrant, posterior third, seen only on the craniocaudal view, which does not resolve on the tomosynthesis slices. It is not seen on the previous studies.
Left breast: circumscribed oval nodule of 8 mm in the lower inner quadrant, stable with respect to 2024 and 2025 [translator's note: "nódulo" translated as "nodule"].
No suspicious microcalcifications in either breast.
Axillary regions without adenopathies.

IMPRESSION:
BI-RADS 0 right breast: complementary evaluation with focused compression and ultrasound is suggested.
BI-RADS 2 left breast: benign finding.

Dr. Carolina Vidal S., Radiologist - Breast Imaging
[Signature and stamp of the clinic]

I, the undersigned certified translator, declare that the above is a true and faithful translation of the original document in Spanish. Santiago, 25-06-2026.
""")

add("r14_03_argentina_expat_report",
    "Argentine private centre report in non-native English for a prepaid-plan patient ('nodular image', 'of benign aspect', '12 h')",
    "b", "3", "L3 R2",
    ["mass L p", "calc R p - m:vascular", "ad B a", "ln B p"], r"""
DIAGNÓSTICO PALERMO - Breast Imaging
Av. Santa Fe XXXX, C.A.B.A., Argentina

Patient: Sarah J. Whitmore          DNI / Passport: 5XXXXXX2          Age: 44
Plan: OSDP 310                      Date: 15/04/2026
Requested by: Dr. M. Quiroga

STUDY: Bilateral digital mammography (CC, MLO) and bilateral mammary ultrasound

MAMMOGRAPHY:
Breast parenchyma with fibroglandular pattern, scattered (ACR B).
Left breast: nodular image of 11 mm, oval, of circumscribed borders, at the union of the upper quadrants (12 h).
Right breast: macrocalcifications of benign aspect, of vascular type.
No architectural distortion is observed in either breast.
Skin and subcutaneous cellular tissue without alterations.

ULTRASOUND:
Left breast, 12 h, 3 cm from the nipple: the mammographic image correlates with a solid hypoechoic nodule, parallel to the skin, with circumscribed margins, of 10 x 6 mm, without Doppler flow. Probable fibroadenoma.
Right breast without sonographic findings.
Both axillary regions with lymph nodes of reactive aspect, preserved hilum.

CONCLUSION:
BI-RADS 3 left breast (probably benign finding - control at 6 months with ultrasound).
BI-RADS 2 right breast.

Dra. Lucía Benedetti - Médica Especialista en Diagnóstico por Imágenes - M.N. 12XXXX
""")

add("r14_04_spain_mobile_screening_english",
    "Spanish regional screening programme, mobile unit, English copy for a British resident; double-reading lines; 'BI-RADS 0 right breast'",
    "b", "0", "R0 L1",
    ["asym R p", "calc R a", "ad R a"], r"""
Programa de Detección Precoz de Cáncer de Mama - Breast Cancer Screening Programme
Unidad móvil 3 (Estepona, Málaga)      *English copy issued at the participant's request*

Participant: Margaret Ellis          NUHSA: AN01XXXXXXXX          Date of birth: 02/07/1960
Screening round: 5          Date of screening: 08/10/2026
Views: bilateral CC and MLO          Radiographer: J.M.R.

Reading 1 (Dr. P. Navarro): right - BI-RADS 0 (asymmetry); left - BI-RADS 1
Reading 2 (Dr. A. Castillo): right - BI-RADS 0; left - BI-RADS 1
Arbitration: not required (concordant readings)

RADIOLOGICAL REPORT
Breast density: ACR B (scattered fibroglandular tissue).
Right breast: developing asymmetry in the upper inner quadrant, middle third, about 15 mm, not present in the 2024 round. No associated calcifications or distortion.
Left breast: no findings.

RESULT: BI-RADS 0 right breast - further assessment required. BI-RADS 1 left breast.

What happens next: The Breast Unit of Hospital Costa del Sol will telephone you within 15 days to arrange additional mammography views and an ultrasound. Most women who are called back do not have cancer.

Programme office: Mon-Fri 08:00-15:00.  Ref: PDPCM-3-2026-1182
""")

add("r14_05_italy_private_centre",
    "Italian private centre report in English (translated wording: 'nodular formation', 'union of the external quadrants', 'axillary cavities'); 'BI-RADS 2 bilaterally'; misspelling",
    "b", "2", "B2",
    ["mass R p s", "calc L p - m:dystrophic", "ln B p"], r"""
CENTRO DIAGNOSTICO SAN SIRO - Milano
Radiologia Senologica / Breast Imaging

Patient: Emily Hart          Date of birth: 19/09/1968          Exam date: 03/02/2026
Accession: SS-26-004417          Prescriber: Dr.ssa G. Ferri

EXAMINATION: Bilateral mammography in 2 projections + bilateral breast ultrasound

Clinical question: periodic control. Previous exam 2024 (Centro San Siro).

MAMMOGRAPHY
Breast density: ACR category B (fibroglandular tissue 25-50%).
In the right breast, at the union of the external quadrants, an oval nodular formation of 9 mm with regular margins is observed, stable compared with the previous exam of 2024.
In the left breast, calcifcations of dystrophic type in the upper outer quadrant.
No suspicious lesions.

ULTRASOUND
Right breast: the nodular formation corresponds to an anechoic formation with posterior enhancement, 8 mm, compatible with a simple cyst.
Left breast: no focal lesions.
Axillary cavities: lymph nodes of normal morphology and dimensions bilaterally.

CONCLUSIONS
Benign findings. BI-RADS 2 bilaterally.
Next control in 12 months.

Il Medico Radiologo / The Radiologist: Dott. Marco Bellini
Document digitally signed (D.Lgs. 82/2005)
""")

add("r14_06_portugal_lisbon_diagnostic",
    "Portuguese private clinic diagnostic report (English version), '9h' clock notation, 'Retraction of the nipple', per-breast conclusions",
    "c", "5", "R5 L1",
    ["mass R p", "calc R p - m:fine_pleomorphic d:linear", "skin R p", "ln R p", "mass L a", "calc L a",
     "ad L a", "ln L a"], r"""
CLÍNICA IMAGIOLÓGICA DAS AVENIDAS NOVAS - Lisboa
Mammography with tomosynthesis and breast ultrasound - ENGLISH VERSION

Name: Anne-Marie Dubois          Processo nº: 204XX1          Age: 61
Date: 30/01/2026          Referring: Dr. J. Carvalho (general surgery)
Clinical information: palpable lump in the right breast for 2 months.

Technique: bilateral digital mammography (CC, MLO) with tomosynthesis; complementary bilateral ultrasound.

Breast composition type C (heterogeneously dense).

Right breast: at the junction of the outer quadrants, an irregular mass with spiculated margins, 21 mm, with associated fine pleomorphic microcalcifications extending in a linear distribution toward the nipple over 30 mm. Retraction of the nipple.
Ultrasound at 9h, 4 cm from the nipple: irregular hypoechoic mass, not parallel, with angular margins and posterior acoustic shadowing, 23 x 18 mm, corresponding to the palpable lump.
Right axilla: two lymph nodes with thickened cortex (5 mm) and effaced fatty hilum.

Left breast: without suspicious nodules, calcifications or architectural distortion.
Left axilla: no adenopathies.

CONCLUSION:
Right breast: BI-RADS 5 - highly suggestive of malignancy. Suspicious right axillary adenopathy.
Left breast: BI-RADS 1.
Ultrasound-guided biopsy of the mass and of the axillary lymph node is recommended.

Dr.ª Inês Moura Santos - Radiologist (OM 4XXXX)
""")

add("r14_07_philippines_provincial_hospital",
    "Philippine provincial hospital ('There is noted', 'is appreciated'), mammography + ultrasound, numbered impression with '- BIRADS 5' / '- BIRADS 2'",
    "b", "5", "L5 R2",
    ["mass L p", "skin L p", "calc L a", "mass R p", "ln R p", "ln L p"], r"""
Republic of the Philippines
PROVINCE OF ILOILO - WESTERN VISAYAS PROVINCIAL HOSPITAL
DEPARTMENT OF RADIOLOGY AND IMAGING

Name: DELA PEÑA, ROSARIO M.          Age/Sex: 52/F          Hosp. No.: 26-01188
Ward/OPD: OPD - Surgery          Requesting Physician: Dr. R. Villanueva
Date: March 12, 2026          PhilHealth: 0X-XXXXXXXXX-X

EXAMINATION: MAMMOGRAPHY (BOTH BREASTS, CC AND MLO VIEWS) WITH BREAST ULTRASOUND

MAMMOGRAPHY:
The breasts are composed of scattered areas of fibroglandular densities (ACR B).
There is noted an ill-defined, irregular, high density mass measuring about 3.1 x 2.6 cm in the left upper outer quadrant. Associated skin thickening is appreciated. No microcalcifications seen.
Few subcentimeter nodular densities are seen in the right breast.
Right axillary lymph nodes are unremarkable. An enlarged left axillary lymph node measuring 1.8 cm with loss of its fatty hilum is seen.

BREAST ULTRASOUND:
Left breast: irregular hypoechoic mass at the 2 o'clock position, 3 cm FN, measuring 3.2 x 2.4 x 2.8 cm, with angular margins and internal vascularity on color Doppler.
Right breast: the nodular densities correspond to multiple simple cysts, the largest measuring 0.6 cm at 10 o'clock.
The enlarged left axillary lymph node shows cortical thickening (0.7 cm).

IMPRESSION:
1. Left breast mass, highly suggestive of malignancy - BIRADS 5
2. Left axillary lymphadenopathy
3. Right breast simple cysts - BIRADS 2

Recommend: Ultrasound-guided core needle biopsy. Kindly correlate clinically.

RAMON T. SANTIAGO, MD, FPCR
Radiologist
""")

add("r14_08_nigeria_federal_medical_centre",
    "Nigerian federal medical centre typed report ('opacity', 'halo sign', Roman 'BIRADS III' / 'BIRADS II', 'x 6/12')",
    "a", "3", "L3 R2",
    ["mass L p", "calc L a", "calc R p - m:coarse"], r"""
FEDERAL MEDICAL CENTRE, ABEOKUTA
DEPARTMENT OF RADIOLOGY

MAMMOGRAPHY REPORT

NAME: MRS. ADEBAYO FOLASHADE          AGE: 47YRS          SEX: F
HOSPITAL NO.: FMC/26/04413          X-RAY NO.: M/117/26
WARD/CLINIC: SOPD          DATE: 14th March, 2026
REFERRING DOCTOR: DR. OKONKWO (SURGERY)

CLINICAL INFORMATION: Left breast lump x 6/12. Painless. No nipple discharge. ? Fibroadenoma.

TECHNIQUE: Bilateral craniocaudal and mediolateral oblique views were obtained.

FINDINGS:
The breasts are predominantly fatty (ACR A).
There is a well defined oval opacity in the left breast, upper outer quadrant, measuring 2.8cm x 2.5cm. It has a halo sign. No associated microcalcification. The overlying skin and nipple are normal.
The right breast shows a few coarse benign calcifications in the lower inner quadrant. No other abnormality.
Axillary tails: Normal.

CONCLUSION:
Left breast well circumscribed mass, likely benign (? fibroadenoma, ? phyllodes tumour). BIRADS III.
Right breast benign calcifications. BIRADS II.

Advice: Breast ultrasound and follow up in 6 months. Kindly correlate clinically.

DR. T. A. OGUNLEYE
FWACS, FMCR
CONSULTANT RADIOLOGIST
""")
