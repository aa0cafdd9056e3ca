"""Teaching / case texts t10_NN (gold in compact form, see common.py)."""
from common import write

T = []
def add(id, style, density, overall, bb, f, text):
    T.append(dict(id=id, style=style, density=density, overall=overall, bb=bb, f=f, text=text))

add("t10_01_russian_translated_case", "Russian journal case report translated to English ('mammary gland', 'formation', 'microcalcinates', 'CDK')",
    "b", "5", "L5 R1",
    ["mass L p", "calc L p m:fine_pleomorphic d:grouped", "skin L p", "skin L p", "mass R a", "calc R a", "ln L p"], """
CLINICAL CASE
Invasive lobular carcinoma of the left mammary gland manifesting with nipple retraction

Patient K., 58 years old, applied to the regional oncological dispensary with complaints of retraction of the nipple of the left mammary gland during 2 months. She considers herself ill since the summer of 2025. Heredity is not burdened.

Results of instrumental examination.
Mammography in two projections (cranio-caudal and medio-lateral oblique). Mammary glands of involutive type, fibro-fatty structure (ACR B). In the left mammary gland in the upper-outer quadrant, on the border with the central zone, a formation of irregular shape with radiant (spiculated) contours is determined, size 21x18 mm. Against its background and along the periphery, groups of polymorphic microcalcinates are visualized. The nipple is retracted, the skin of the areola is thickened up to 4 mm. In the right mammary gland no focal formations and no microcalcinates are determined.
In the left axillary region, lymph nodes are enlarged up to 16 mm, with thickened cortical layer, without a fatty hilum.

Ultrasound examination: in the left mammary gland at 1-2 hours a hypoechoic formation with uneven, indistinct contours, 22x17 mm, with a posterior acoustic shadow, vertical orientation, is visualized; in the CDK mode, intranodular blood flow. The axillary lymph nodes on the left are as described above.

Conclusion: Cr of the left mammary gland with metastatic lesion of the axillary lymph nodes. BI-RADS 5 (left). Right mammary gland - BI-RADS 1.

A trephine biopsy under ultrasound control was performed. Histological conclusion: invasive lobular carcinoma, G2. Immunohistochemistry: luminal A subtype.
""")

add("t10_02_case_in_point_ddx", "ACR 'Case in Point'-style web case: History / Findings / DDx / Diagnosis / Discussion, margins in the next sentence",
    "c", "4A", "R4A", ["mass R p", "mass R p", "calc R a"], """
Case in Point | Breast Imaging
Enlarging palpable lump in a 34-year-old woman

HISTORY
A 34-year-old woman presented with a palpable mass in the right breast that she felt had grown over 2 months. No family history of breast cancer. No prior imaging.

FINDINGS
Targeted ultrasound of the palpable area at 10 o'clock, 4 cm from the nipple, demonstrated an oval, parallel, hypoechoic mass measuring 2.8 x 1.6 x 2.2 cm. Margins were circumscribed except for a short microlobulated segment along the lateral edge. Internal vascularity was present on color Doppler.
A second, smaller mass with identical features was seen at 11 o'clock, 6 cm from the nipple, measuring 7 mm.
Diagnostic mammography showed heterogeneously dense breasts and a partially obscured mass beneath the palpable marker. There were no associated calcifications. The axilla was normal.

DIFFERENTIAL DIAGNOSIS
DDx includes fibroadenoma (including juvenile/cellular type), benign phyllodes tumor, pseudoangiomatous stromal hyperplasia, and, less likely, a circumscribed carcinoma such as a triple-negative or mucinous cancer.

ASSESSMENT
BI-RADS 4A, right breast. Ultrasound-guided 14-gauge core biopsy of the larger mass was performed.

DIAGNOSIS
Benign phyllodes tumor (larger mass); fibroadenoma (smaller mass) on follow-up biopsy.

DISCUSSION
Phyllodes tumors are fibroepithelial lesions that may be indistinguishable from fibroadenomas on imaging. Rapid growth, size greater than 3 cm and intratumoral cystic spaces favor phyllodes tumor. Calcifications are uncommon. Wide local excision with clear margins is the usual treatment.
""")

add("t10_03_radpath_archive_article", "RadioGraphics-like 'Radiologic-Pathologic' archive article: Radiologic Findings / Pathologic Findings / Discussion",
    None, "4B", "L4B", ["calc L p m:amorphous,coarse_heterogeneous d:grouped", "mass L a", "ad L a"], """
From the Radiologic Pathology Archives
Mucocele-like Lesion of the Breast

Radiologic Findings
A 49-year-old woman was recalled from screening mammography for new calcifications in the left breast. Spot magnification views in the craniocaudal and mediolateral projections showed a 9-mm group of calcifications in the lower inner quadrant, posterior depth (Fig 1). They were coarse heterogeneous and amorphous in morphology. There was no associated mass or archtectural distortion. The calcifications were new compared with the study obtained 2 years earlier. Targeted ultrasonography showed no sonographic correlate (Fig 2). The lesion was classified as BI-RADS category 4B, and stereotactic vacuum-assisted biopsy with a 9-gauge device was performed.

Pathologic Findings
The core specimens showed cysts filled with mucin, with extravasation of mucin into the stroma and calcifications within the mucin. Foci of atypical ductal hyperplasia were present in the epithelium lining the cysts. Surgical excision showed no upgrade to carcinoma.

Discussion
Mucocele-like lesions are uncommon and usually present as calcifications at screening mammography. At ultrasonography, a complicated cyst or a cluster of microcysts may be seen. Because of the association with atypia and mucinous carcinoma, excision is commonly recommended when atypia is found at core biopsy.

Figure 1. Left breast magnification CC view shows grouped calcifications (arrow).
Figure 2. Ultrasound image at the biopsy site (not shown in the print edition).
""")

add("t10_04_oncology_followup_note", "medical oncology survivorship follow-up note quoting the radiologist's mammogram report",
    "b", "2", "", ["other R p s", "calc R p s m:dystrophic", "mass B a", "calc B a", "ad B a"], """
MEDICAL ONCOLOGY - SURVIVORSHIP FOLLOW-UP
Date of visit: 05/11/2026

Diagnosis: Right breast IDC, pT1c pN0(sn) M0, ER 95% / PR 60% / HER2 negative, Oncotype RS 14.
Treatment: Right lumpectomy + SLNB 03/2022; adjuvant whole-breast RT 05-06/2022; letrozole since 07/2022.

Interval history: Feels well. Mild arthralgias in both hands, manageable with walking and acetaminophen. No new breast complaints. No bone pain, cough or weight loss.

Imaging: Bilateral diagnostic mammogram 04/14/2026 (reported by Dr. S. Hale, Breast Imaging):
"Post-lumpectomy changes in the right upper outer quadrant with a stable scar and dystrophic calcifications, unchanged from 2025. No suspicious mass, calcification or architectural distortion in either breast. Scattered areas of fibroglandular density. BI-RADS 2."
DEXA 03/2026: osteopenia, T-score -1.8 L-spine.

Exam: Healed right breast scar without nodularity. No palpable masses in either breast. No axillary or supraclavicular adenopathy.

Assessment/Plan:
1. Early-stage HR+ right breast cancer, NED. Continue letrozole (year 5 of 5-10); discuss extended therapy at next visit.
2. Surveillance: annual mammogram due 04/2027.
3. Osteopenia: calcium/vitamin D, repeat DEXA in 2 years.
RTC 6 months.
""")

add("t10_05_bilateral_synchronous_legends", "journal figure legends for one patient, both breasts, sides stated once ('the latter', 'the right mass')",
    None, "5", "R5 L4B", ["mass R p", "ad L p", "mass L a", "ln B p"], """
Figure 1. A 66-year-old woman with synchronous bilateral breast cancers detected at screening. (a) Bilateral mediolateral oblique views show an irregular high-density mass with spiculated margins in the upper right breast (arrow) and a focal asymmetry in the lower left breast (arrowhead). (b) Spot compression tomosynthesis of the latter shows persistent architectural distortion without a central mass.

Figure 2. Targeted ultrasound images. (a) The right mass is a 14-mm irregular, non-parallel hypoechoic mass at 11 o'clock with angular margins and posterior shadowing. (b) At 5 o'clock in the left breast there is an 8-mm ill-defined hypoechoic area with posterior shadowing corresponding to the distortion.

Figure 3. Axial contrast-enhanced subtracted MR image shows no additional lesion in either breast. Normal-appearing axillary lymph nodes bilaterally (not shown).

Figure 4. Final assessment was BI-RADS 5 on the right and BI-RADS 4B on the left. Histopathology: invasive ductal carcinoma, grade 2 (right) and invasive lobular carcinoma, grade 1 (left).
""")

add("t10_06_flashcard_qa", "board-review flashcard (Q / A / rule of thumb with generic categories)",
    "b", "4C", "L4C", ["calc L p m:fine_linear d:grouped"], """
Breast imaging flashcards - Set 7, card 12

Q: 52F, screening DBT, density: scattered fibroglandular (b). L breast, UIQ, middle depth: new 6 mm group of fine linear branching calcs, not present 2 years ago. R breast negative. BI-RADS + next step?

A: BI-RADS 4C, left. Stereotactic (or DBT-guided) biopsy. Fine linear / fine linear branching morphology has the highest PPV of the suspicious forms - do not offer 6-month follow-up.

Rule of thumb (approx.): amorphous -> 4B; coarse heterogeneous -> 4B; fine pleomorphic -> 4B/4C; fine linear (branching) -> 4C. Distribution can push you up a subcategory (segmental, linear).
""")

add("t10_07_epos_case_abstract", "European congress e-poster case abstract (Background / Imaging findings / Conclusion); mass called a node",
    None, "2", "B2", ["ln R p", "ln R p", "asym L p s"], """
ECR 2026 / EPOS - Educational exhibit, case report C-1187
Title: Intramammary lymph node mimicking a new mass on digital breast tomosynthesis
Authors: A. Kowalczyk, M. Brandt; Breast Unit, Department of Radiology

Background: Intramammary lymph nodes are common but may appear new on DBT because of improved conspicuity.

Imaging findings: A 61-year-old woman with rheumatoid arthritis underwent screening DBT. A 9-mm oval circumscribed mass was seen in the upper outer quadrant of the right breast, not appreciated on the 2D study 2 years earlier. On targeted ultrasound it was an oval, circumscribed mass with an echogenic fatty hilum and a thin hypoechoic cortex, consistent with an intramammary lymph node. A similar smaller node was seen in the right axillary tail. In the left breast there was a global asymmetry in the upper outer quadrant, unchanged since 2020. Final assessment: BI-RADS 2 (benign), both breasts; routine screening.

Conclusion: Knowledge of the typical DBT and ultrasound features of intramammary lymph nodes avoids unnecessary recall for biopsy.
""")

add("t10_08_messaging_consult", "radiologists' secure-messaging consult thread (timestamps, shorthand, category in chat)",
    "d", "4C", "L4C R1", ["mass L p", "calc L a", "ln L p"], """
Secure chat - Breast Imaging group - Tue 17 Nov 2026

[08:12] Dr Nair: quick one before clinic. 44F, Lt breast lump x6 wks. Mammo: extremely dense, nothing on Lt CC/MLO except the BB
[08:13] Dr Nair: US Lt 3 o'c 2cm FN: 11mm hypoechoic mass, taller than wide, angular margins. no calcs seen in it
[08:13] Dr Nair: [image] [image]
[08:15] Dr Osei: thats a 4C for me. any nodes?
[08:16] Dr Nair: one Lt axillary node, cortex 4mm, eccentric. will sample both
[08:17] Dr Osei: agree. BIRADS 4C Lt. right side ok?
[08:17] Dr Nair: Rt normal - BIRADS 1. booking core + FNA for 11:30
[08:18] Dr Osei: 👍
""")

add("t10_09_uk_portfolio_reflection", "UK specialty-registrar e-portfolio reflective entry (What happened / What I learned), RCR scores only",
    None, None, "", ["mass R p", "ad R p", "ln R p"], """
e-Portfolio - Reflective practice log (ST4 Clinical Radiology)
Title: A one-view asymmetry at screening assessment
Date of event: 12/11/2026   Supervisor: Dr H. Marsh

What happened?
I saw a 57-year-old woman at the NHSBSP assessment clinic, recalled for a right-sided asymmetric density seen on the MLO view only. On tomosynthesis the density resolved into a 7 mm spiculated mass at 10 o'clock with associated architectural distortion. Ultrasound showed an irregular 8 mm hypoechoic mass at the same position, corresponding to it. The right axilla showed normal lymph nodes. I scored it M5 U5 and performed a 14G core biopsy under supervision. Histology: grade 1 invasive ductal carcinoma (NST), ER positive.

What did I learn?
A small asymmetry seen on one view can hide a cancer, and tomosynthesis at assessment is invaluable. I now look specifically for distortion on the DBT slices before discharging any one-view recall.

What will I do differently?
Review the prior films side by side before the patient arrives. Discussed at the monthly learning-from-discrepancy meeting; no further action.
""")

add("t10_10_letter_to_editor", "journal correspondence (letter to the editor) describing a case",
    "c", "4C", "R4C L1", ["calc R p m:fine_pleomorphic d:linear", "mass R a", "other R p", "mass R p"], """
Letter to the Editor

Re: "Sonographic evaluation of nipple discharge: is mammography still needed?"

Sir,
We read with interest the recent article on the role of ultrasound in women with pathological nipple discharge, and we would like to share a case that supports the authors' caution.

A 39-year-old woman presented with spontaneous bloody discharge from a single duct of the right nipple. Mammography showed heterogeneously dense breasts and fine pleomorhpic calcifications in a linear distribution extending 3 cm from the right retroareolar region toward the upper outer quadrant. There was no mass. Ultrasound demonstrated a dilated duct in the subareolar region containing an 8-mm intraductal mass at 10 o'clock, 1 cm from the nipple. We assigned BI-RADS 4C to the right breast; the left breast was negative (BI-RADS 1). Ultrasound-guided core biopsy of the intraductal mass showed an intraductal papilloma, whereas stereotactic biopsy of the calcifications showed intermediate-grade DCIS.

Had we relied on ultrasound alone, the DCIS would have been missed. We agree with the authors that mammography remains essential in this setting.

Yours faithfully,
R. Menon, L. Fairweather
Department of Breast Imaging
""")

add("t10_11_us_elastography_teaching", "ultrasound teaching case with shear-wave elastography, Tsukuba score, follow-up narrated (3 -> 2)",
    None, "2", "L2", ["mass L p s", "calc L a"], """
Ultrasound teaching case 23 - Shear-wave elastography of a palpable lump
Left breast, 2 o'clock, 3 cm FN. 29-year-old, palpable, mobile.

B-mode: oval, parallel, circumscribed, hypoechoic mass, 18 x 11 x 14 mm, with posterior enhancement. No calcifications.
SWE: homogeneous soft pattern, Emax 28 kPa, Eratio 1.9. Strain elastography (for comparison): Tsukuba score 1.
Colour Doppler: a single peripheral vessel.

Assessment at presentation: BI-RADS 3 on B-mode features; 6-month ultrasound.

Why elastography helps: some groups downgrade BI-RADS 4A masses to 3 when the lesion is homogeneously soft (Emax < 80 kPa), reducing benign biopsies; it would not change management here because the B-mode features are already probably benign.

Follow-up: at 6 months the mass showed no change in size or appearance. At 2 years it was still stable, and it was downgraded to BI-RADS 2.
""")

add("t10_12_korean_translated_followup", "Korean journal case (English by Korean authors), health-screening US, 6-month follow-up upgrade",
    "c", "4B", "R4B L2", ["mass R p", "calc R p m:amorphous d:grouped", "mass L p"], """
Case Report
A 46-year-old woman underwent screening breast ultrasonography at a health-screening center. Ultrasonography revealed a 7-mm oval, parallel, hypoechoic mass with indistinct margin at 8 o'clock of the right breast, 3 cm from the nipple; it was categorized as BI-RADS category 3, and 6-month follow-up was recommended.

On the follow-up ultrasonography, the mass had increased to 11 mm and showed newly developed microlobulated margin and internal echogenic foci. Mammography demonstrated heterogeneously dense breasts and amorphous microcalcifications in grouped distribution at the corresponding site, which matched the echogenic foci; the mass itself was obscured by the dense parenchyma. In the left breast, a few simple cysts were noted, the largest measuring 5 mm.

Final assessment was BI-RADS category 4B for the right breast and category 2 for the left breast. Ultrasound-guided core needle biopsy revealed ductal carcinoma in situ, intermediate nuclear grade, and the patient underwent breast-conserving surgery.
""")

add("t10_13_medical_student_writeup", "medical student radiology-elective case write-up with attending's comments",
    "a", "2", "", ["calc B p m:large_rod_like", "calc B p m:vascular", "mass L p s", "calc B a", "ad B a", "mass B a"], """
Radiology elective - case write-up (week 3)
Student: M. Okafor, MS3    Preceptor: Dr. E. Lindqvist (Breast Imaging)

Patient: 71 y/o F, routine screening, no complaints. No personal or family hx of breast cancer.

What we saw (reviewed together at the workstation):
- Both breasts are almost entirely fatty (ACR a).
- Large rod-like calcifications along the ducts in both breasts, pointing toward the nipple - Dr. L called these "secretory" calcs.
- Vascular calcs in both breasts too (tram-track).
- Left breast, 12 o'clock: 5 mm round circumscribed mass, unchanged since 2019. Dr. L: typical stable benign mass, probably an old fibroadenoma.
- No suspicious calcifications, no architectural distortion, no new masses.

Final read: BI-RADS 2 - benign. Back to annual screening.

Things I learned:
- Secretory calcs are thick, smooth and follow the ducts; they are bigger than the fine linear calcs of DCIS.
- Stability over 2+ years matters. A new or growing mass would have been BI-RADS 0 for workup.
""")

add("t10_14_danish_consensus_meeting", "Danish screening-programme consensus (double-reading arbitration) minutes in English, outcome added later",
    "b", "4B", "L4B", ["ad L p", "calc L a"], """
Consensus conference - Mammography Screening, Region Syddanmark
Minutes (English version for the external audit)    Date: 05.11.2026

Case 7   Screening no. 4471/26   Age 63   Density: ACR B
Reader 1: no recall.
Reader 2: recall - left, possible distortion UOQ, seen on CC only.
Consensus (3 radiologists): on review a subtle architectural distortion is visible on both views in the left breast at 2 o'clock, middle third. No associated calcifications. Right breast normal.
Decision: recall to the Breast Clinic, Odense. BI-RADS 0, left.

Assessment outcome (added 19.11.2026): tomosynthesis confirmed the distortion; ultrasound showed a 9 mm irregular hypoechoic lesion with shadowing at the same site. Final BI-RADS 4B, left. US-guided core biopsy: invasive ductal carcinoma, grade 1.
Comment: true positive; discordant double reading. Added to the teaching folder.
""")

add("t10_15_technical_note_dbt_biopsy", "journal technical note: DBT-guided VAB of a US-occult distortion, post-procedure haematoma, clip",
    None, "4A", "R4A", ["ad R p", "other R p"], """
Technical Note
Tomosynthesis-guided vacuum-assisted biopsy of a sonographically occult architectural distortion

Case
A 55-year-old woman had an architectual distortion in the upper outer quadrant of the right breast that was visible only on DBT; it was not seen on the synthesised 2D images or at targeted ultrasound (BI-RADS 4A).

Procedure
With the patient seated upright at an add-on DBT biopsy unit, the lesion was targeted from a lateral-to-medial approach. Twelve 9-gauge vacuum-assisted cores were obtained and a marker clip was deployed. The post-procedure two-view mammogram showed the clip 3 mm from the target and a small haematoma at the biopsy site.

Outcome
Histology showed a radial scar without atypia. The result was considered concordant, and the patient returned to annual screening according to our local protocol.

Tips
Use the scout DBT slices to confirm the target is in the sample notch; a lateral approach reduces the needle path for outer lesions.
""")

add("t10_16_case_review_book", "case-review book chapter case (history, numbered questions with options, answers, comment)",
    None, "2", "", ["mass L p s", "calc L p s m:rim"], """
CASE 47

History: A 68-year-old woman presents for annual screening mammography. She had a bicycle accident with left breast bruising many years ago.

1. What is the most likely diagnosis of the finding in the left breast?
   A. Fat necrosis (oil cyst)
   B. Invasive ductal carcinoma
   C. Hamartoma
   D. Lipoma
2. What is the appropriate BI-RADS category?
   A. BI-RADS 0   B. BI-RADS 2   C. BI-RADS 3   D. BI-RADS 4A
3. Which feature is most specific?

ANSWERS
1. A   2. B   3. The lucent centre with a thin calcified rim.

Comment
Left CC and MLO views show a 12 mm round, fat-containing lucent mass in the retroareolar region with a thin rim of eggshell calcification, consistent with an oil cyst. It is unchanged compared with the two prior studies. The right breast is unremarkable. The examination is benign, BI-RADS 2, and the patient returns to routine screening. The differential diagnosis of a lucent lesion includes lipoma, hamartoma and galactocele; none needs further work-up when the appearance is typical.
""")

add("t10_17_indian_tumour_board", "Indian tumour-board case summary (abbreviations NACT, MRM, Trucut, USG)",
    None, "5", "L5 R2", ["mass L p", "calc L p m:fine_pleomorphic", "skin L p", "ln L p", "calc R p", "mass R a"], """
MULTIDISCIPLINARY TUMOUR BOARD - Dept. of Surgical Oncology
Date: 14/11/2026

Case 3: Mrs. R.K., 43 yrs, UHID 20261147, c/o Lt breast lump x 4 months, Lt nipple retraction x 1 month.
O/E: 3 x 3 cm hard lump Lt UOQ, mobile Lt axillary LN.

Radiology (Dr. Iyer):
Mammo - Lt UOQ 3.2 x 2.8 cm high density irregular mass with spiculated margins and pleomorphic microcalcificatons within it. Lt nipple retraction. Lt axillary LNs enlarged, largest 2.1 cm, loss of fatty hilum.
Rt breast - few benign calcifications, no mass.
USG - Lt 1-2 o'clock irregular hypoechoic mass 3.4 cm, same lesion.
BIRADS 5 Lt, BIRADS 2 Rt.

Pathology (Dr. Sen): Trucut Lt breast - IDC grade III, ER neg, PR neg, HER2 3+, Ki-67 60%. FNAC Lt axillary node - metastatic carcinoma.
CECT thorax + abdomen, bone scan: no distant mets.

Stage: cT2 N1 M0.
Plan: NACT (TCHP x 6) -> reassess with mammo/USG -> MRM vs BCS. Clip placement in the tumour before NACT.
""")

add("t10_18_surveillance_timeline", "teaching-file surveillance timeline (dated bullets, 'BR3' shorthand, downgrade to 2)",
    "b", "2", "R2", ["mass R p s"], """
Teaching file #BI-112 - Complicated cyst, right breast: surveillance timeline

- 02/2023  Diagnostic US, right: 9 mm oval circumscribed mass with homogeneous low-level internal echoes at 7 o'clock, 5 cm FN, no vascularity. Complicated cyst vs solid mass. BR3.
- 08/2023  6-month US: unchanged, 9 mm. BR3.
- 02/2024  12-month US + bilateral mammogram: unchanged. Mammogram: scattered fibroglandular tissue (density B), no mammographic correlate. BR3.
- 03/2025  24-month US: stable at 9 mm, now with a fluid-debris level. Downgraded to BI-RADS 2 (BR2); no further follow-up.

Teaching point: a complicated cyst that is stable over 2 years can be downgraded; aspiration is only needed if symptomatic.
""")

add("t10_19_omani_male_case", "Middle-East journal case report: male breast cancer, gynaecomastia on the other side, clinical exam excluded",
    None, "5", "L5", ["mass L p", "skin L p", "skin L p", "calc L a", "other R p", "ln L p", "ln L q"], """
Oman Medical Journal - Case Report
Male Breast Cancer Presenting as a Subareolar Mass

Case Report
A 62-year-old man presented with a painless lump behind the left nipple of 6 months' duration. He was a non-smoker with no family history of breast cancer. Clinical examination revealed a 3 cm firm, fixed subareolar mass with an inverted nipple.

Bilateral mammography showed a 25 mm irregular high-density mass with indistinct margins in the left subareolar region, eccentric to the nipple, with associated nipple retraction and skin thickening. No calcifications were seen. The right breast showed mild gynaecomastia, a flame-shaped retroareolar density. Ultrasound confirmed a 24 mm irregular hypoechoic mass with angular margins and internal vascularity; two enlarged left axillary lymph nodes with effaced fatty hila were noted. A possible small intramammary lymph node was also seen lateral to the mass. The mass was assigned BI-RADS 5.

Core biopsy showed invasive ductal carcinoma, grade 2, ER and PR positive. He underwent left modified radical mastectomy with axillary clearance (3/14 nodes positive) followed by adjuvant chemotherapy and tamoxifen.

Discussion
Male breast cancer accounts for less than 1% of breast cancers. Gynaecomastia is the main differential diagnosis; unlike cancer it is usually centred on the nipple and is often bilateral.
""")

add("t10_20_ethiopian_galactocele", "African journal case report, lactating woman, ultrasound only, one breast categorised",
    None, "2", "R2", ["mass R p", "ln R p"], """
Ethiopian Journal of Health Sciences - Case Report
Galactocele in a Lactating Mother: A Case Report

Case presentation
A 27-year-old para 2 lactating mother, 5 months postpartum, presented to the surgical outpatient department with a painless right breast swelling of 2 months' duration. There was no fever.

Imaging
Ultrasound of the right breast showed a well-circumscribed 4 x 3 cm complex cystic mass at 9 o'clock with a fat-fluid level and no internal vascularity on colour Doppler. The right axilla showed a few reactive-looking lymph nodes, the largest 9 mm, with preserved fatty hila. The left breast showed diffusely lactating parenchyma with no focal lesion. Mammography was not performed because of her age and lactation. The lesion was categorized as BI-RADS 2.

Management and outcome
Ultrasound-guided aspiration yielded 30 mL of thick milky fluid; cytology showed foamy macrophages and no atypical cells. She continued breastfeeding.
""")

if __name__ == "__main__":
    write("teaching", T)
