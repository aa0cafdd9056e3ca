# Teaching / case texts t6_01-08: (number, slug, style, text, density, overall, by_breast, findings)
T1 = [
(1, "singapore_clinics_imaging", "Singapore journal 'Clinics in Diagnostic Imaging': descriptors in next sentences, mammo + US one mass, figure legends",
"""Clinics in Diagnostic Imaging

CASE PRESENTATION
A 46-year-old woman presented with a palpable lump in her right breast of two months' duration. There was no family history of breast cancer. Clinical examination revealed a firm, non-tender lump in the upper outer quadrant.

IMAGE INTERPRETATION
Craniocaudal and mediolateral oblique mammograms (Fig. 1) showed an irregular high-density mass in the upper outer quadrant of the right breast, measuring 2.2 cm. Its margins were spiculated. Fine pleomorphic microcalcifications were present within and around it. They were in a segmental distribution, extending towards the nipple. The left breast was unremarkable. Breast composition was heterogeneously dense (ACR category C).
Ultrasonography (Fig. 2) of the palpable area showed a corresponding irregular hypoechoic mass at the 10 o'clock position, 4 cm from the nipple, with posterior acoustic shadowing and internal vascularity. Echogenic foci within the mass corresponded to the calcifications. Two enlarged axillary lymph nodes with effaced fatty hila were seen on the same side.
The right breast lesion was categorised as BI-RADS 5.

DIAGNOSIS
Invasive ductal carcinoma with extensive ductal carcinoma in situ.

CLINICAL COURSE
Ultrasonography-guided core biopsy of the mass and fine-needle aspiration of one of the nodes confirmed the diagnosis. The patient underwent right mastectomy with axillary clearance.

Fig. 1 (a) Right craniocaudal and (b) mediolateral oblique mammograms show an irregular spiculated mass (arrows) with segmental microcalcifications (arrowheads).
Fig. 2 Ultrasonography image shows an irregular hypoechoic mass with posterior acoustic shadowing.""",
 "c", "5", "R5", ["mass R p", "calc R p m:fine_pleomorphic d:segmental", "ln R p"]),

(2, "indian_figure_legends", "Indian journal figure legends, panels (a)-(d), sides not repeated, descriptors in next sentence; typo",
"""Figure 1: 38-year-old woman with a rapidly enlarging lump in the left breast. (a) MLO and (b) CC views of the left breast show a large, well circumscibed, lobulated high-density mass occupying the upper half of the breast. No calcifications are seen within it. (c) Ultrasound of the left breast shows a large heterogeneous hypoechoic mass with cystic clefts, BI-RADS 4A. It measures 7.5 x 5 cm. (d) Colour Doppler shows internal vascularity.

Figure 2: Photomicrograph (H&E, x100) showing leaf-like fronds with stromal overgrowth - benign phyllodes tumour.

Figure 3: Same patient, right MLO view. A few scattered punctate calcifications. No mass.""",
 None, "4A", "L4A", ["mass L p", "calc L a", "calc R p m:punctate d:diffuse", "mass R a"]),

(3, "us_radpath_note", "US academic rad-path correlation note: side in header field, pre-biopsy category from an earlier exam, post-biopsy hematoma",
"""RADIOLOGY-PATHOLOGY CORRELATION NOTE
Side: Left
Procedure: US-guided 14G core needle biopsy, 2:00, 5 cm FN, 3 passes (02/11/2026).
Imaging target (diagnostic US 01/28/2026): 9 mm oval hypoechoic mass with indistinct margins, BI-RADS 4A.
Post-procedure mammogram: clip in expected position at the biopsy site. Small post-procedure hematoma. No clip migration.
Pathology: Fibroadenoma with stromal hyalinization. No atypia.
Concordance: Concordant benign.
Post-biopsy assessment: BI-RADS 2 - Benign.
Recommendation: Return to annual screening mammography. Results discussed with the patient by phone 02/13/2026.""",
 None, "2", "L2", ["mass L p", "other L p"]),

(4, "quiz_intramammary_node", "Case-of-the-month quiz: mass consistent with an intramammary node (one node), option list, unsided answer",
"""CASE OF THE MONTH - ANSWER

History: 52-year-old woman, routine screening mammogram. No prior imaging available.

Findings: A 7 mm circumscribed oval mass is seen in the upper outer quadrant of the right breast on the MLO and CC views, about 2 cm deep to the skin. It has a fatty notch. On targeted ultrasound it is a reniform hypoechoic structure with an echogenic fatty hilum and a thin uniform cortex. These features are consistent with an intramammary lymph node. There are no associated calcifications. The contralateral breast shows scattered benign vascular calcifications.

Question: What is the correct assessment?
A) BI-RADS 0   B) BI-RADS 2   C) BI-RADS 3   D) BI-RADS 4A

Answer: B. BI-RADS 2, benign. No further work-up is needed.

Teaching point: Intramammary lymph nodes are common in the upper outer quadrants and are recognised by their fatty hilum; they should not be recalled.""",
 None, "2", "", ["ln R p", "calc R a", "calc L p m:vascular d:diffuse"]),

(5, "bmj_case_male_uk", "UK BMJ-Case-Reports-like 'Investigations' section, male, RCR M/U scores only, presentation excluded",
"""Case presentation
A 67-year-old man presented to the one-stop breast clinic with a painless lump behind the left nipple and nipple inversion of four months' duration. He was taking finasteride for benign prostatic hyperplasia.

Investigations
Mammography showed a 25 mm irregular mass in the left retroareolar region with associated nipple retraction (M5). The right breast showed mild nodular gynaecomastia (M2). Ultrasound confirmed a 27 mm irregular hypoechoic mass immediately deep to the left nipple with posterior shadowing (U5). A single abnormal level I axillary node with a cortical thickness of 6 mm was also identified on the left (U5). Core biopsy of the mass and of the node showed invasive ductal carcinoma of no special type, ER positive.

Differential diagnosis
Gynaecomastia, which is usually subareolar, symmetric and fan-shaped; abscess; metastasis.

Treatment
Left mastectomy and axillary node clearance.""",
 None, None, "", ["mass L p", "skin L p", "other R p", "ln L p"]),

(6, "australian_lumpectomy_surveillance", "Australian journal case: lumpectomy site side from history, 'both unchanged', new mass adjacent to the scar, discussion",
"""Case
A 61-year-old woman underwent right wide local excision and sentinel node biopsy for a 14 mm grade 2 invasive ductal carcinoma in 2021, followed by whole-breast radiotherapy. She re-presented for annual surveillance imaging.

Imaging
Tomosynthesis demonstrated an area of architectural distortion at the lumpectomy site with dystrophic calcifications, both unchanged from 2023 and 2024. Adjacent to the scar, a new 8 mm irregular mass was noted. Its margins were indistinct. The contralateral breast was clear. On ultrasound, the mass corresponded to an irregular, taller-than-wide hypoechoic lesion at 10 o'clock, 3 cm from the nipple. There was no right axillary lymphadenopathy.
The new right breast mass was assessed as BIRADS 4C and biopsied; histology showed recurrent invasive ductal carcinoma.

Discussion
Post-surgical distortion usually stabilises within two years of treatment. Any new mass at or near the scar should be regarded with suspicion.""",
 None, "4C", "R4C", ["ad R p s", "calc R p s m:dystrophic", "mass R p", "ln R a"]),

(7, "canadian_teaching_file_numbered", "Canadian resident teaching file with numbered headings (1., 2.1, 2.2, 3.), descriptor in next sentence; typo",
"""TEACHING FILE - Case 14

1. Clinical history
58F, screening. Recalled from OBSP for left breast calcifications.

2. Imaging findings
2.1 Mammography (diagnostic, with magnification views)
Left breast, upper inner quadrant, posterior depth: a 12 mm group of amorphous calcificatoins. Some are fine pleomorphic. No associated mass or architectural distortion.
Right breast: a 9 mm oval circumscribed mass at 6 o'clock, middle depth, stable since 2022.
Breast density: scattered areas of fibroglandular density.
2.2 Ultrasound
Right 6 o'clock: simple cyst, 9 mm, corresponding to the mammographic mass. Left: no correlate for the calcifications.

3. Impression
Left: suspicious calcifications, BI-RADS 4B. Stereotactic biopsy.
Right: benign cyst, BI-RADS 2.

4. Outcome
Stereotactic vacuum-assisted biopsy: DCIS, intermediate nuclear grade.""",
 "b", "4B", "L4B R2", ["calc L p m:amorphous,fine_pleomorphic d:grouped", "mass L a", "ad L a", "mass R p s"]),

(8, "hk_cem_case", "Hong Kong journal case: contrast-enhanced mammography + US of the same mass, satellite with own size, normal node",
"""CASE REPORT
A 49-year-old woman with dense breasts was referred for contrast-enhanced mammography (CEM) after an indeterminate screening ultrasound at another centre.
Low-energy images showed extremely dense breasts (ACR D) without suspicious calcifications. Recombined images demonstrated a 14 mm irregular mass with heterogeneous internal enhancement in the left breast at 2 o'clock. Its margins were spiculated. A second, 5 mm oval enhancing mass with circumscribed margins was seen 2 cm posterior to it. No abnormal enhancement was seen in the right breast.
Targeted ultrasound showed that the index lesion corresponded to a 13 mm irregular hypoechoic mass at 2 o'clock, 5 cm from the nipple; the smaller lesion had no sonographic correlate. A left axillary lymph node was normal in appearance.
The findings were classified as BI-RADS 5 for the left breast and BI-RADS 1 for the right breast.
Ultrasound-guided biopsy of the index lesion and CEM-guided biopsy of the satellite lesion both showed invasive carcinoma of no special type.""",
 "d", "5", "L5 R1", ["calc B a", "mass L p", "mass L p", "ln L p"]),
]
