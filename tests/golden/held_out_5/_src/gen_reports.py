"""15 whole reports (r5_NN_<slug>). Tuple: id, style, text, density, overall, by_breast, findings."""
import os
from common import ROOT, write_docs

R = []


def add(iid, style, text, density, overall, bb, codes):
    R.append((iid, style, text, density, overall, bb, codes))


add("r5_01_ghana_teaching_hospital", "Ghana teaching hospital, mammo + US, numbered impression",
"""KORLE BU TEACHING HOSPITAL
DEPARTMENT OF RADIOLOGY - BREAST IMAGING UNIT
Name: [redacted]   Age: 49 yrs   Hosp. No: [redacted]
Examination: Bilateral mammography (CC and MLO) and breast ultrasound
Clinical information: Left breast lump x 4 months. No family history.

FINDINGS:
Mammography:
The breasts are heterogeneously dense (ACR C), which may obscure small lesions.
Left breast: There is a high density irregular mass with spiculated margins in the upper outer quadrant measuring 2.8 x 2.4 cm. Associated pleomorphic microcalcifications are seen within the mass. There is thickening of the overlying skin.
Right breast: Few scattered benign-looking punctate calcifications. No mass or architectural distortion.
Axillae: Left axillary lymph node measuring 1.9 cm with loss of fatty hilum. Right axillary nodes appear normal.

Ultrasound:
Left breast: Irregular hypoechoic mass at 2 o'clock, 4 cm from the nipple, measuring 27 x 22 mm, not parallel, with posterior acoustic shadowing. This corresponds to the mammographic mass. The left axillary node shows eccentric cortical thickening (6 mm).
Right breast: No solid or cystic lesion.

IMPRESSION:
1. Left breast mass with microcalcifications, skin thickening and suspicious left axillary lymphadenopathy - BIRADS 5.
2. Right breast: benign calcifications - BIRADS 2.
Recommend ultrasound guided core biopsy of the left breast mass and FNAC of the left axillary node.

Reported by: Dr. ___ (Consultant Radiologist)""",
    "c", "5", "L5 R2",
    ["mass L p", "calc L p m:fine_pleomorphic", "skin L p", "calc R p m:punctate d:diffuse",
     "mass R a", "ad R a", "ln L p", "ln R p"])

add("r5_02_egypt_private_centre", "Egypt private imaging centre, sono-mammography, dash lists, pseudo-negation",
"""CAIRO SCAN - Women's Imaging Centre
Patient: Mrs. ___     Age: 56 y     Ref. Dr: Prof. ___ (General Surgery)
Date: 12/10/2025
Digital Mammography & Breast Ultrasound (Sono-mammography)

Technique: Bilateral CC & MLO views with tomosynthesis. Complementary high-resolution ultrasound.

Mammographic findings:
- Breast composition: scattered fibroglandular densities (ACR b).
- Right breast: a cluster of amorphous microcalcifications is seen at the upper outer quadrant, measuring about 9 mm, not seen in the previous study dated 2023. No associated mass lesion.
- Left breast: well-defined oval mass lesion at the upper inner quadrant, about 11 mm, with smooth outline, stable compared to the previous study.
- Bilateral benign looking axillary lymph nodes.
- No skin thickening or nipple retraction on both sides.

Sonographic findings:
- Right breast: no sonographic correlate to the microcalcifications.
- Left breast: the mammographic mass corresponds to a well-defined oval hypoechoic solid lesion at 10 o'clock, parallel orientation, with no posterior features, likely fibroadenoma.
- Both axillae show lymph nodes with preserved fatty hila.

IMPRESSION:
- Right breast: suspicious grouped amorphous microcalcifications (BI-RADS 4B) - stereotactic vacuum-assisted biopsy is advised.
- Left breast: stable probable fibroadenoma (BI-RADS 2).

Dr. ___, Consultant of Radiology""",
    "b", "4B", "R4B L2",
    ["calc R p m:amorphous d:grouped", "mass R a", "mass L p s", "ln B p", "skin B a"])

add("r5_03_iran_tehran_hospital", "Iran university hospital, extremely dense, mammographically occult US lesion, typo calcifiations",
"""In the name of God
___ University Hospital, Tehran - Department of Radiology
Bilateral Mammography and Breast Sonography Report
Patient: ___   Age: 44
Clinical history: Right breast pain. Mother with breast cancer at 50.

Mammography (CC, MLO):
Breast density: ACR category D (extremely dense), which lowers the sensitivity of mammography.
No definite mass, architectural distortion or suspicious microcalcification is seen in both breasts. Some benign-appearing round calcifiations in the left breast.
Normal axillary lymph nodes are seen bilaterally.

Sonography:
Right breast: A hypoechoic solid lesion with irregular and microlobulated margins, measuring 9 x 7 mm, is seen at 11 o'clock, 3 cm from the nipple, with non-parallel orientation. It was not visible on mammography due to the dense parenchyma.
Two simple cysts measuring 4 and 6 mm are noted at right 6 and 8 o'clock.
Left breast: Multiple small simple cysts, the largest 5 mm. Duct ectasia in the left retroareolar region (3 mm).
Axillae: unremarkable.

Impression:
Right breast: suspicious solid lesion at 11 o'clock - BI-RADS 4B. Simple cysts.
Left breast: Benign findings - BI-RADS 2.
Recommendation: US-guided core needle biopsy of the right breast lesion.""",
    "d", "4B", "R4B L2",
    ["mass B a", "ad B a", "calc B a", "calc L p m:round", "ln B p",
     "mass R p", "mass R p", "mass R p", "mass L p", "other L p"])

add("r5_04_sri_lanka_national_hospital", "Sri Lanka national hospital, Rt/Lt sub-headers, USS correlation, Roman IV-C / II",
"""NATIONAL HOSPITAL OF SRI LANKA - COLOMBO
Department of Radiology
MAMMOGRAM REPORT (BOTH BREASTS)
BHT No: ___   Ward: 18   Age: 61 yrs
Clinical details: ? Rt breast lump. Post menopausal.

Views: CC and MLO of both breasts.
Both breasts show mainly fatty tissue with scattered fibroglandular densities (ACR B).

Rt breast:
There is an ill defined, irregular high density lesion of about 1.6 cm in the upper outer quadrant. There is associated architectural distortion. No microcalcifications. The Rt axillary tail shows an enlarged lymph node with loss of fatty hilum.

Lt breast:
Few coarse benign calcifications are seen in the lower inner quadrant. No focal mass or distortion. Possible small intramammary lymph node in the Lt axillary tail. Lt axilla normal.

USS correlation was done: the Rt breast lesion appears as an irregular hypoechoic mass of 15 x 12 mm at 10 o'clock with an echogenic halo.

IMPRESSION:
Rt breast - BIRADS IV-C. Suspicious of malignancy. Tissue diagnosis recommended.
Lt breast - BIRADS II. Benign.""",
    "b", "4C", "R4C L2",
    ["mass R p", "ad R p", "calc R a", "ln R p", "calc L p m:coarse", "mass L a", "ad L a", "ln L q"])

add("r5_05_vietnam_oncology_hospital", "Vietnam oncology hospital (translated), '1/4 upper outer' quadrant notation",
"""HO CHI MINH CITY ONCOLOGY HOSPITAL - DIAGNOSTIC IMAGING DEPARTMENT
MAMMOGRAPHY RESULT
Full name: ___   Year of birth: 1972   Gender: Female
Technique: Digital mammography 2 views (CC, MLO) of both breasts + breast ultrasound.

DESCRIPTION:
- Breast tissue type: heterogeneously dense, type C.
- Left breast: At the 1/4 upper outer, there is a cluster of fine linear and fine pleomorphic microcalcifications spreading about 25 mm, distributed in a segment toward the nipple. No clear mass. The nipple and skin are normal.
- Right breast: Small nodule 5 mm, round, circumscribed, at the 1/4 lower inner. No microcalcifications.
- Axillary: Left axilla has 1 lymph node 12 mm, cortex thickened 4 mm. Right axilla: normal.
Ultrasound: In the left breast the corresponding area shows a heterogeneous hypoechoic region with echogenic dots. The right breast nodule is a small simple cyst at 4 o'clock.

CONCLUSION:
- Left breast: segmental microcalcifications, suspicious for malignancy: BI-RADS 4C. Suggest stereotactic biopsy.
- Right breast: simple cyst: BI-RADS 2.
- Left axillary lymph node with mild cortical thickening, recommend biopsy.""",
    "c", "4C", "L4C R2",
    ["calc L p m:fine_linear,fine_pleomorphic d:segmental", "mass L a", "mass R p", "calc R a", "ln L p"])

add("r5_06_indonesia_mammae_latin", "Indonesia (Yogyakarta), Latin sides 'mammae dextra / sinistra', bilingual headings",
"""INSTALASI RADIOLOGI - RSUP ___ YOGYAKARTA
Pemeriksaan / Examination: Mammografi bilateral + USG mammae
Klinis: benjolan payudara kiri (left breast lump)

Mammography:
Mammae dextra et sinistra: composition of scattered fibroglandular density (ACR B).
Mammae dextra: no mass, no microcalcification, no architectural distortion. Skin and nipple normal.
Mammae sinistra: oval, circumscribed, isodense mass at the upper outer quadrant, diameter +/- 2.3 cm. No microcalcification. Skin and nipple normal.
Axilla: no enlarged lymph node bilaterally.

USG mammae:
Mammae sinistra: oval hypoechoic solid lesion, circumscribed, parallel, at 2 o'clock, size 2.2 x 1.4 cm, with posterior enhancement, corresponding to the mass on mammography. Vascularity: minimal.
Mammae dextra: a few small cysts, the largest 3 mm.

KESAN / IMPRESSION:
- Mammae sinistra: solid mass, favour fibroadenoma - BI-RADS 3.
- Mammae dextra: small simple cysts - BI-RADS 2.""",
    "b", "3", "L3 R2",
    ["mass R a", "calc R a", "ad R a", "mass R p", "mass L p", "calc L a", "ln B a"])

add("r5_07_quebec_bilingual_screening", "Quebec bilingual (French / English) screening report, PQDCS",
"""CENTRE HOSPITALIER ___ - RADIOLOGIE / RADIOLOGY
MAMMOGRAPHIE BILATÉRALE DE DÉPISTAGE AVEC TOMOSYNTHÈSE / BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
Programme québécois de dépistage du cancer du sein (PQDCS)
Comparaison / Comparison: 2023-05-11.

Densité / Density: Seins hétérogènes et denses (catégorie C) / heterogeneously dense breasts (category C).

Observations / Findings:
Sein droit / Right breast: Nouvelle distorsion architecturale au QSE, visible en tomosynthèse seulement. / New architectural distortion in the upper outer quadrant, seen on tomosynthesis only. Pas de calcifications associées / no associated calcifications.
Sein gauche / Left breast: Ganglion intramammaire stable au QSE. / Stable intramammary lymph node in the upper outer quadrant. Aucune masse suspecte / no suspicious mass.

Opinion :
Droit / Right : BI-RADS 0 - investigation complémentaire requise / additional imaging required (compression views and ultrasound).
Gauche / Left : BI-RADS 2 - bénin / benign.

Radiologiste / Radiologist : Dr ___""",
    "c", "0", "R0 L2",
    ["ad R p", "calc R a", "ln L p s", "mass L a"])

add("r5_08_us_rural_locum_speech", "US critical-access hospital, locum tenens via teleradiology, speech-recognition errors, outside prior category in history",
"""Dictated by: ___, MD (locum tenens) via teleradiology     Site: ___ County Memorial Hospital (Critical Access), Kansas
EXAM: MAMMO DIGITAL DIAGNOSTIC BILAT W/ TOMO; US BREAST LEFT LIMITED
HISTORY: 58-year-old female with left breast pain and a palpable lump at 2 o'clock. Prior mammogram 2022 at an outside facility, BI-RADS 2 per report (images not available).
TECHNIQUE: CC and MLO tomosynthesis of both breasts, spot compression left. Targeted ultrasound of the left breast.
COMPARISON: None available.

FINDINGS:
There are scattered areas of fiber glandular density.
In the left breast at 2 o'clock, corresponding to the palpable marker, there is an irregular equal density mass with in distinct margins measuring 1.4 cm. No associated calcifications.
Right breast: benign appearing vascular calcifications. No suspicious mass, calcifications or architectural distortion.
Targeted ultrasound of the left breast at 2:00, 4 cm from nipple, demonstrates a 13 x 11 x 10 mm irregular hypo echoic mass with angular margins and posterior shadowing. This corresponds to the mammographic finding. Left axilla: no abnormal lymph nodes were seen.

IMPRESSION:
1. Suspicious left breast mass at 2:00 corresponding to the palpable abnormality. BI-RADS 4 C left. Recommend ultrasound-guided core biopsy, which can be scheduled at the regional medical center.
2. Right breast benign, BI-RADS 2.
Results to be discussed with the patient by the ordering provider per local protocol.

Electronically signed (locum tenens). Speech recognition was used; minor errors may occur.""",
    "b", "4C", "L4C R2",
    ["mass L p", "calc L a", "calc R p m:vascular", "mass R a", "calc R a", "ad R a", "ln L a"])

add("r5_09_trinidad_screening", "Trinidad general hospital screening report, '(R)' after category, typo intramamary",
"""___ GENERAL HOSPITAL, PORT OF SPAIN, TRINIDAD
Radiology Department
BILATERAL SCREENING MAMMOGRAM
Clinical: 52 yrs. Annual screen. On HRT.
Comparison is made with studies from 2023 and 2024.

Breast composition: The breasts are almost entirely fatty (ACR A).
There is a new 6 mm oval mass with obscured margins in the right breast, lower inner quadrant, posterior depth, seen on the CC and MLO views.
A 4 mm intramamary lymph node in the left upper outer quadrant is unchanged.
Scattered bilateral secretory calcifications are stable.
No skin thickening or nipple retraction. The axillae are unremarkable.

IMPRESSION:
New right breast mass. Further evaluation with diagnostic views and ultrasound is recommended. BIRADS 0 (R).
Left: benign (BIRADS 2).""",
    "a", "0", "R0 L2",
    ["mass R p", "ln L p s", "calc B p s m:large_rod_like d:diffuse", "skin B a"])

add("r5_10_irish_breastcheck_assessment", "Irish national screening programme assessment clinic, RCR M/U/P beside BI-RADS",
"""BreastCheck - The National Breast Screening Programme
Assessment Clinic, ___ Unit (Cork)
Client ID: ___   Round: 4   Age: 57
Reason for recall: Left calcification (Reader 1 and Reader 2 agreed recall).

ASSESSMENT IMAGING:
Left lateral and CC magnification views: a 12 mm group of fine pleomorphic microcalcification in the left upper outer quadrant, posterior third. No associated mass or distortion on tomosynthesis. M4.
Left ultrasound: no sonographic abnormality at the site. Left axilla: normal nodes. U1.
Right breast: screening mammogram normal, not recalled.

CLINICAL EXAMINATION: P1 both breasts.

SUMMARY: Left M4 U1 P1. BI-RADS 4B (left). Right: normal (BI-RADS 1).
PLAN: Stereotactic vacuum-assisted biopsy today, 9G. Results at clinic in 1 week.""",
    None, "4B", "L4B R1",
    ["calc L p m:fine_pleomorphic d:grouped", "mass L a", "ad L a", "ln L p"])

add("r5_11_bangladesh_medical_college", "Bangladesh medical college hospital, mammo + USG, bullet COMMENT with 'BIRADS-2', typo calcificaton",
"""___ MEDICAL COLLEGE HOSPITAL, DHAKA
Department of Radiology & Imaging
REPORT: MAMMOGRAPHY OF BOTH BREASTS WITH USG
Age: 39 yrs   Sex: F   Referred by: Dept. of Surgery

Mammography (CC & MLO views):
Breast parenchyma is heterogeneously dense (ACR - c).
Right breast: A well circumscribed round opacity of moderate density is noted in the retroareolar region measuring about 1.8 x 1.6 cm. No calcificaton within it.
Left breast: Normal fibroglandular parenchyma. No mass, microcalcification or distortion is seen.
Skin and nipples: normal.
Axillae: small lymph nodes with fatty hila on both sides.

USG of breasts:
Right breast: A well defined anechoic cystic lesion with posterior acoustic enhancement is noted in the retroareolar region measuring about 18 x 15 mm. It corresponds to the mammographic opacity - simple cyst.
Left breast: A small oval hypoechoic nodule of 5 x 3 mm is noted at 2 o'clock, circumscribed, parallel to the skin - probably fibroadenoma.

COMMENT:
* Right breast simple cyst - BIRADS-2
* Left breast small probably benign nodule - BIRADS-3
Advice: follow-up USG after 6 months.""",
    "c", "3", "R2 L3",
    ["mass R p", "calc R a", "mass L a", "calc L a", "ad L a", "ln B p", "mass L p"])

add("r5_12_colombia_translated", "Colombia private clinic, translated for an insurer, post-mammoplasty, asymmetry with US area correlate, typo asymetric",
"""CLÍNICA ___ - BOGOTÁ D.C. (English translation for the patient's insurer)
STUDY: BILATERAL DIGITAL MAMMOGRAPHY WITH TOMOSYNTHESIS AND BREAST ULTRASOUND
Clinical data: 47-year-old patient, screening. Surgical history: reduction mammoplasty in 2018.

Report:
Breasts with fibroglandular tissue of heterogeneous distribution (ACR c), which may reduce the sensitivity of the study.
Post-mammoplasty changes are observed bilaterally, with oil cysts, some with curvilinear calcification of the wall, stable in relation to the study of 2024.
In the left breast, in the upper external quadrant, there is a focal asymetric density of 13 mm, new compared with the previous study, which persists in the tomosynthesis slices.
No suspicious microcalcifications. Axillary regions without adenopathy.

Complementary ultrasound: in the left breast at the 2 o'clock radius, 5 cm from the nipple, an ill-defined hypoechoic area of 10 x 8 mm with posterior shadowing, corresponding to the mammographic asymmetry. Oil cysts bilaterally.

DIAGNOSTIC IMPRESSION:
Left breast: BI-RADS 4B. Ultrasound-guided biopsy suggested.
Right breast: BI-RADS 2 (post-surgical changes).""",
    "c", "4B", "L4B R2",
    ["other B p s", "mass B p s", "calc B p s m:rim", "asym L p", "calc B a", "ln B a"])

add("r5_13_us_telerad_prelim_final", "US teleradiology preliminary read followed by the attending's final report (final replaces prelim)",
"""PRELIMINARY REPORT (teleradiology, 23:40)
Bilateral diagnostic mammogram for right breast redness and swelling. Diffuse right skin thickening. Possible asymmetry in the left upper breast on the MLO view.
Prelim impression: BI-RADS 4 right; BI-RADS 0 left. Correlate clinically for mastitis versus inflammatory carcinoma.

FINAL REPORT (attending breast radiologist, 08:15)
EXAM: Bilateral diagnostic mammogram with tomosynthesis and right breast ultrasound.
HISTORY: 44F, right breast erythema and swelling for 3 weeks, no improvement on antibiotics.
FINDINGS: The breasts are heterogeneously dense. The right breast shows diffuse skin thickening up to 8 mm. On ultrasound there is an ill-defined 3.2 cm irregular hypoechoic mass at 9:00, 5 cm from the nipple. Two abnormal right axillary lymph nodes with cortical thickening, the larger 2.1 cm. The possible left asymmetry raised on the preliminary read is overlapping normal tissue on the tomosynthesis images; there is no asymmetry. The left breast is otherwise unremarkable.
IMPRESSION: Findings highly suggestive of inflammatory breast carcinoma. BI-RADS 5 right. BI-RADS 1 left. Ultrasound-guided biopsy of the right breast mass and of the most abnormal right axillary node.
Discrepancy note: the right breast mass was mammographically occult and not appreciated on the preliminary read.""",
    "c", "5", "R5 L1",
    ["skin R p", "mass R p", "ln R p", "asym L a"])

add("r5_14_hl7_obx_export", "EHR interface export: report as HL7 v2 OBX text segments plus a coded BI-RADS segment",
r"""MSH|^~\&|RIS|___ IMAGING|EHR|___|20250911083000||ORU^R01|884211|P|2.3
PID|1||MRN0045521||___^___||19680302|F
OBR|1||ACC77812|77067^SCREENING MAMMO BILAT W TOMO|||20250910
OBX|1|TX|&GDT|1|EXAM: SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS||||||F
OBX|2|TX|&GDT|1|COMPARISON: 09/2024, 08/2023.||||||F
OBX|3|TX|&GDT|1|BREAST DENSITY: The breasts are extremely dense, which lowers the sensitivity of mammography.||||||F
OBX|4|TX|&GDT|1|FINDINGS: In the left breast there is a new 5 mm group of punctate and amorphous calcifications||||||F
OBX|5|TX|&GDT|1|at 12:00, middle depth. Stable benign-appearing calcified oil cyst in the right breast at 6:00.||||||F
OBX|6|TX|&GDT|1|No suspicious masses or architectural distortion in either breast.||||||F
OBX|7|TX|&GDT|1|IMPRESSION: LEFT: BI-RADS 0: INCOMPLETE - NEED ADDITIONAL IMAGING EVALUATION (magnification views).||||||F
OBX|8|TX|&GDT|1|RIGHT: BI-RADS 2: BENIGN.||||||F
OBX|9|CE|BIRADS^ACR BI-RADS ASSESSMENT||0^Incomplete||||||F""",
    "d", "0", "L0 R2",
    ["calc L p m:amorphous,punctate d:grouped", "mass R p s", "calc R p s", "mass B a", "ad B a"])

add("r5_15_uganda_left_breast_us", "Uganda national referral hospital, one-breast ultrasound, two lesions with own size and clock",
"""MULAGO NATIONAL REFERRAL HOSPITAL - DEPARTMENT OF RADIOLOGY
ULTRASOUND SCAN REPORT
Examination: Ultrasound of the LEFT breast and axilla
Clinical notes: 32 yr old female, lump in the left breast for 3/12, not painful, mobile. ?FA

Findings:
The left breast shows normal fibroglandular echotexture.
There is a well circumscribed oval hypoechoic mass at 3 o'clock, 2 cm from the nipple, measuring 24 x 14 mm, oriented parallel to the skin, with homogeneous internal echoes and mild posterior enhancement. No internal vascularity on Doppler.
A second smaller similar lesion measuring 8 x 5 mm is seen at 5 o'clock.
No cystic lesions. No microcalcifications.
Left axilla: a few lymph nodes with normal cortical thickness and fatty hila.

Impression: Two left breast lesions with benign sonographic features, likely fibroadenomata. BIRADS 3.
Advice: Follow-up scan in 6 months, or excision if enlarging.""",
    None, "3", "L3",
    ["mass L p", "mass L p", "mass L a", "calc L a", "ln L p"])

assert len(R) == 15, len(R)

if __name__ == "__main__":
    write_docs(os.path.join(ROOT, "reports"), R)
    print("reports:", len(R), "findings:", sum(len(x[6]) for x in R))
