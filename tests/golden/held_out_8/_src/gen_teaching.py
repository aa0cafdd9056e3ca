"""Teaching / case texts t8_NN (gold in compact form; see common.py)."""
from common import write

T = []


def add(id, style, text, density, overall, bb, findings):
    T.append(dict(id=id, style=style, text=text, density=density, overall=overall, bb=bb, findings=findings))


add("t8_01_jmcr_pregnancy_case", "journal case report (Background / Case presentation / Discussion), Chinese authors, US first then shielded mammogram, BI-RADS 3 -> 4C narrated", """
Pregnancy-associated breast cancer initially mistaken for a lactating adenoma: a case report

Wei Zhang, Li-Na Chen, Hong Xu*
Department of Breast Surgery and Department of Ultrasound, Second Affiliated Hospital, Hangzhou, China

Abstract
Background: Breast cancer diagnosed during pregnancy is often detected late, because physiological changes of the breast mask clinical and imaging signs.
Case presentation: We report a 33-year-old woman at 24 weeks of gestation with a left breast mass that grew during a short-term follow-up.
Conclusions: A solid mass in a pregnant woman that enlarges should be biopsied without delay.

Case presentation
A 33-year-old Chinese woman, gravida 2 para 1, at 24 weeks of gestation presented with a painless lump in the left breast of two months' duration. Physical examination revealed a 3 cm firm, mobile lump in the upper outer quadrant. There was no nipple discharge and no family history of breast cancer.
Breast ultrasonography showed a 28 x 19 mm hypoechoic mass at the 2 o'clock position of the left breast, 4 cm from the nipple. Its margins were microlobulated and it was wider than tall, with posterior acoustic enhancement. Internal vascularity was noted on colour Doppler. A 14 mm lymph node with a thickened cortex (4 mm) was seen in the ipsilateral axilla. The right breast was unremarkable on ultrasound.
The lesion was initially thought to represent a lactating adenoma or fibroadenoma (BI-RADS 3), and short-term follow-up was advised. Four weeks later the mass had increased to 35 mm.
A shielded two-view mammogram of the left breast was then performed. The breast was heterogeneously dense. The mass was partly obscured by the surrounding dense tissue; no associated calcifications were present. No skin thickening was identified. The left breast lesion was reclassified as BI-RADS 4C, and ultrasound-guided core needle biopsy revealed invasive ductal carcinoma, grade 3, triple negative.

Discussion
The differential diagnosis of a breast mass in pregnancy includes lactating adenoma, fibroadenoma, galactocele, abscess and carcinoma. Ultrasound is the first-line examination, and mammography with abdominal shielding is safe when malignancy is suspected [4, 5].
""", "c", "4C", "L4C", ["mass L p", "ln L p", "calc L a", "skin L a"])

add("t8_02_radtwitter_thread", "#RadTwitter case thread (numbered posts 1/6..6/6), prior BI-RADS 1, DBT distortion with US correlate", """
\U0001F9F5 Breast imaging case of the week. 58F, routine screening DBT. What do you see? 1/6

2/6 Her prior 2D mammogram from 2023 was read as negative (BI-RADS 1). Look closely at the L MLO though...

3/6 On today's tomo there's a 9 mm area of architectural distortion in the left upper outer quadrant, posterior depth, best seen on slice 34/61 of the CC. No calcs. Basically invisible on the synthetic 2D.

4/6 Recalled. Targeted US: irregular hypoechoic mass w/ angular margins + posterior shadowing at 1:30, 7 cm FN, 8 mm - the correlate for the tomo distortion. Axilla fine, no suspicious nodes.

5/6 Final assessment: BI-RADS 4C for the left breast. US-guided CNB -> invasive lobular carcinoma, classic type. Concordant.

6/6 Pearls: (1) distortion on DBT w/o a US correlate still needs a biopsy (DBT-guided). (2) ILC loves to hide as subtle distortion. (3) Always compare with the 2D. #BreastRad #RadTwitter #MedEd
""", None, "4C", "L4C", ["ad L p", "calc L a", "ln L a"])

add("t8_03_case_of_day_phyllodes", "online case of the day (Clinical history / Findings / Diagnosis / Differential / Discussion), typo", """
Case of the Day - Breast
Submitted by: R. Okafor, MD, Breast Imaging Fellow

Clinical history: 46-year-old woman with a palpable abnormality in the right breast at 2 o'clock, enlarging over three months. No family history.

Findings: Diagnostic mammogram with a BB marker over the palpable site shows an equal-density oval mass with circumscribed margins, 2.2 cm, in the right upper inner quadrant, anterior depth. A few coarse calcificatons are seen at its periphery. The breasts are composed of scattered areas of fibroglandular density.
Ultrasound at the site of palpable concern demonstrates a 2.3 x 1.4 cm oval, parallel, circumscribed, heterogeneous mass with internal cystic spaces and posterior enhancement. A second, smaller, similar-appearing mass is present at 1 o'clock, 3 cm from the nipple, measuring 9 mm.
The index mass was assessed as BI-RADS 4A, right breast, and biopsied under ultrasound guidance.

Diagnosis: Benign phyllodes tumor, confirmed at excision. The 1 o'clock mass was a fibroadenoma.

Differential diagnosis: fibroadenoma, phyllodes tumor, mucinous carcinoma, complicated cyst.

Discussion: Phyllodes tumors account for less than 1% of breast neoplasms. Rapid growth, size over 3 cm and internal cystic spaces favor phyllodes tumor over fibroadenoma, but the two overlap on imaging and core biopsy can under-sample; excision with clear margins is the treatment.
""", "b", "4A", "R4A", ["mass R p", "calc R p m:coarse", "mass R p"])

add("t8_04_textbook_figure_legends", "textbook chapter figure legend (A)-(D), one patient, side stated once", """
Figure 9.14  Segmental fine linear calcifications: ductal carcinoma in situ, high nuclear grade, in a 61-year-old woman recalled from screening.
(A) Left craniocaudal magnification view shows fine linear and fine linear-branching calcifications in a segmental distribution, extending from the retroareolar region toward the upper outer quadrant over 6 cm.
(B) Mediolateral magnification view confirms the ductal orientation of the calcifications. No associated mass is seen.
(C) Specimen radiograph after wire-localised segmentectomy: all calcifications were retrieved. Histology showed high-grade DCIS with comedo necrosis, margins clear.
(D) Right craniocaudal view for comparison; the contralateral breast was normal. Final assessment: left breast BI-RADS 5, right breast BI-RADS 1.
""", None, "5", "L5 R1", ["calc L p m:fine_linear d:segmental", "mass L a"])

add("t8_05_resident_case_log", "PGY-4 resident case log entry (one breast), resident read corrected by attending, post-biopsy haematoma", """
PGY-4 Breast rotation - case log (interesting cases + procedures)
Entry 37 | 14/10/2026 | Attending: Dr Lindqvist

Pt: 67F, recalled from screening, L breast.
Mammo (dx, L CC/ML/spot mag): persistent focal asymmetry LLIQ, posterior depth, ~15 mm. No assoc calcs. Spot compression: did not efface, slightly convex borders.
US L 7:00 8cmFN: 11 x 9 mm irreg hypoechoic mass, not parallel, indistinct margins -> correlate for the asym.
L axilla: 1 LN, cortex 2 mm, normal.
My read: BR 4A. Att: BR 4B L (agreed to bx).
Proc: US-guided 14G CNB x4, clip placed. Post-bx mammo: clip 3 mm from target. Small hematoma at bx site.
Path: IDC gr 2, ER+ PR+ HER2-. Concordant malignant.
Learning: ask about HRT; "did not efface" is not the same as benign.
""", None, "4B", "L4B", ["asym L p", "calc L a", "ln L p", "other L p"])

add("t8_06_grand_rounds_slides", "grand rounds slide notes ([Slide n]), prior BI-RADS 2, DDx slide, typo", """
Breast Imaging Grand Rounds - "When the benign-looking mass isn't"
Presenter: J. Alvarez, MD (Breast Imaging Fellow)

[Slide 2] History: 71-year-old woman, new palpable L breast lump. Last screening 2024: BI-RADS 2.
[Slide 3] Bilateral diagnostic mammogram 2026: almost entirely fatty breasts (ACR A). High-density round mass, 14 mm, L 12:00, middle depth. Margins circumscribed on CC, partially indistinct on MLO. Not present in 2024.
[Slide 4] Right breast: stable benign vascular calcificaitons. ?Tiny intramammary node, upper outer quadrant. Nothing else.
[Slide 5] US: complex cystic and solid mass, thick wall, intracystic solid component with internal flow. This is the mammographic mass.
[Slide 6] DDx: complicated cyst, intracystic papilloma, papillary carcinoma, mucinous carcinoma.
[Slide 7] Assessment: BI-RADS 4B left, BI-RADS 2 right. US-guided CNB of the solid component.
[Slide 8] Path: encapsulated papillary carcinoma.
[Slide 9] Take-home: a new round mass in a woman over 70 is not a cyst until proven otherwise.
""", "a", "4B", "L4B R2", ["mass L p", "calc R p s m:vascular", "ln R q"])

add("t8_07_sam_question", "self-assessment module question: stem, figure legend, options, correct answer, critique with generic and hypothetical categories", """
Self-Assessment Module - Breast Imaging, Question 12

A 49-year-old woman undergoes baseline screening tomosynthesis. Images of the right breast are shown (Figure 1). The left breast was normal.

Figure 1. Right MLO and CC tomosynthesis slices. There are grouped amorphous calcifications in the upper outer quadrant spanning 7 mm, without an associated mass or distortion. The breasts are heterogeneously dense.

What is the most appropriate next step?
A. Routine annual screening
B. 6-month follow-up diagnostic mammogram
C. Stereotactic biopsy
D. Breast MRI

Correct answer: C

Critique: Grouped amorphous calcifications have a positive predictive value of about 20% and warrant tissue sampling. Option B would be appropriate only for a finding that is probably benign (BI-RADS 3), which requires a diagnostic work-up first. MRI should not replace biopsy of suspicious calcifications. In this patient the right breast calcifications were assessed as BI-RADS 4B; stereotactic biopsy showed intermediate-grade DCIS.
""", "c", "4B", "R4B", ["calc R p m:amorphous d:grouped", "mass R a", "ad R a"])

add("t8_08_surgeon_letter_to_gp", "Australian breast surgeon's clinic letter to the GP quoting the imaging report; clinical examination excluded", """
Dr Anh NGUYEN  MBBS FRACS
Breast, Endocrine & General Surgery
Suite 4, 120 Flinders Street, Adelaide SA 5000   Ph (08) 8555 0123   Provider No 2***41BT

28 November 2026

Dr Paolo Costa
Norwood Family Medical
Norwood SA 5067

Dear Paolo,

Re: Mrs Joanne PARKER, DOB 03/05/1962, 14 Kent St, Kensington

Thank you for referring Joanne, whom I saw today regarding a right breast lump she noticed three weeks ago. On examination there is a 2 cm firm mass at 10 o'clock in the right breast, with no palpable axillary nodes. The left breast is normal to palpation.

She had bilateral mammography and ultrasound at SA Medical Imaging on 12/11. The report describes a 19 mm irregular mass with spiculated margins at 10 o'clock in the right breast, 5 cm from the nipple, with associated pleomorphic microcalcifications extending 10 mm anteriorly. On ultrasound the mass was hypoechoic and taller-than-wide, and there was a morphologically abnormal right axillary lymph node with 5 mm cortical thickening. The left breast was clear. The radiologist assigned BIRADS 5 right and BIRADS 1 left.

Ultrasound-guided core biopsy of the mass and FNA of the node were done the same day. Histology confirms a grade 2 invasive ductal carcinoma, ER/PR positive, HER2 negative, and the node FNA shows metastatic carcinoma.

We discussed Joanne at our MDT this morning. The recommendation is staging CT and bone scan, then neoadjuvant endocrine therapy versus upfront surgery, which I have talked through with her and her husband. I will see her again next week with the staging results.

Kind regards,

Anh Nguyen
cc: SA Medical Imaging
""", None, "5", "R5 L1", ["mass R p", "calc R p m:fine_pleomorphic", "ln R p"])

add("t8_09_medicolegal_review", "medicolegal expert opinion reviewing three exams (2022, 2024, 2025); the 2024 asymmetry became the 2025 mass", """
EXPERT OPINION - RETROSPECTIVE REVIEW OF BREAST IMAGING

Prepared for: Hartley & Moss LLP, Solicitors
Claimant: Ms D. (initials used at the request of instructing solicitors)
Expert: Consultant Breast Radiologist, 22 years' experience

Materials reviewed: screening mammograms dated 02/2022 and 03/2024; diagnostic mammogram and ultrasound dated 09/2025 with the contemporaneous reports; histopathology report dated 10/2025.

1. Screening mammogram 02/2022
I have reviewed these images and agree with the contemporaneous report that they were normal (BI-RADS 1).

2. Screening mammogram 03/2024
In the left upper outer quadrant, at posterior depth, there is a subtle focal asymmetry measuring approximately 10 mm, which was not present in 2022. It is visible on the MLO view and faintly on the CC view. The contemporaneous report described the examination as negative (BI-RADS 1). In my opinion a responsible body of breast radiologists would have recalled the patient for assessment of this developing asymmetry, which would then have been categorised as BI-RADS 0.

3. Diagnostic mammogram and ultrasound 09/2025
The breast density is heterogeneous (ACR C). At the site of the 2024 asymmetry there is now an irregular spiculated mass measuring 24 mm. Ultrasound shows a 26 mm irregular hypoechoic mass with an abnormal left axillary lymph node (cortex 6 mm). The report assigned BI-RADS 5 to the left breast, which I agree with.

4. Opinion on causation
On the balance of probabilities, had the patient been recalled in 2024 the cancer would have been diagnosed at a size of about 10 mm and node negative...
""", "c", "5", "L5", ["mass L p", "ln L p"])

add("t8_10_second_look_us_after_mri", "MRI-detected lesion with second-look US correlate (one mass), prior mammogram BI-RADS 1", """
Teaching case: MRI-detected lesion with a second-look ultrasound correlate

History: 44-year-old woman, BRCA2 carrier, annual high-risk screening MRI. Mammogram two months earlier: extremely dense breasts, no abnormality (BI-RADS 1).

MRI: Moderate background parenchymal enhancement. In the right breast at 8 o'clock, middle depth, there is a 7 mm irregular enhancing mass with rim enhancement and washout kinetics. No other suspicious enhancement in either breast. No axillary lymphadenopathy. Assessment: BI-RADS 4C, right.

Second-look US: at right 8 o'clock, 5 cm from the nipple, a 6 mm irregular hypoechoic mass with non-circumscribed margins was found, corresponding to the MRI lesion. US-guided biopsy with clip placement; post-procedure mammogram confirmed the clip at the MRI site.
Pathology: invasive ductal carcinoma, grade 3, triple negative.

Teaching point: a convincing second-look US correlate allows a faster, cheaper biopsy, but always confirm with a post-biopsy mammogram or MRI that the right lesion was sampled. A negative second-look US must not lead to a downgrade of a suspicious MRI lesion.
""", "d", "4C", "R4C", ["mass R p", "ln B a"])

add("t8_11_dutch_radpath_minutes", "Dutch rad-path correlation meeting minutes in English, two lesions in one breast, two categories for one side", """
Radiologie-pathologie correlatie overleg - minutes (English)
Date: 5 Nov 2026. Present: radiologists (MvdB, JK), pathologist (EdW), surgical fellow (TS).

Patient 1 of 6: 55 y/o, screen-detected (BVO referral).
Imaging (JK): left breast, 1 o'clock: 6 mm group of fine pleomorphic calcifications, no mass. Also in the left breast at 4 o'clock a 9 mm oval circumscribed mass; on US an oval parallel hypoechoic lesion, most likely a fibroadenoma. Right breast normal. BI-RADS left 4B (calcifications); mass BI-RADS 3.
Biopsies: stereotactic VAB of the calcifications (9G, 12 cores, calcifications present on the specimen radiograph); US-CNB of the mass.
Path (EdW): calcifications: DCIS grade 2, calcifications within the DCIS. Mass: fibroadenoma.
Conclusion: both concordant. Calcifications -> breast-conserving surgery with wire/seed localisation. Fibroadenoma -> no follow-up needed.
Action: TS to book surgery; JK to place a seed 1 day pre-op.
""", None, "4B", "L4B", ["calc L p m:fine_pleomorphic d:grouped", "mass L a", "mass L p"])

add("t8_12_frcr_long_case", "FRCR 2B-style long-case model answer (Observations / Interpretation / Management), RCR scores only, DDx", """
Long case 4 - model answer (FRCR 2B style)

Observations
These are bilateral MLO and CC mammograms of a female patient, with targeted ultrasound images of the right breast.
In the right breast there is a large, dense, lobulated mass occupying the retroareolar region, approximately 5 cm, with coarse popcorn-type calcifications within it. The right nipple is retracted and there is thickening of the overlying skin. No enlarged right axillary lymph nodes are seen.
The left breast is normal.
Ultrasound shows a heterogeneous solid mass with posterior acoustic shadowing from the calcifications.

Interpretation / differential
In isolation, a lobulated mass with popcorn calcification would most likely be an involuting fibroadenoma. However, the skin thickening and nipple retraction raise concern for a malignant process. The differential diagnosis includes a phyllodes tumour, a carcinoma arising in or adjacent to a fibroadenoma, and a metaplastic carcinoma.

Management
I would score this M4 U4 and proceed to ultrasound-guided core biopsy, with discussion at the multidisciplinary meeting. Clinical examination of both axillae and the contralateral breast.
""", None, None, "", ["mass R p", "calc R p m:coarse", "skin R p", "skin R p", "ln R a"])

add("t8_13_eposter_radial_scar", "educational exhibit e-poster case (Case 3), distortion with US correlate, categories with side in brackets", """
RSNA 2026 Educational Exhibit - BR112-ED-X
Tomosynthesis pitfalls: radial scar versus carcinoma

Case 3
62-year-old woman, screening DBT. Density: scattered areas of fibroglandular density.
DBT: right breast, 11 o'clock: 12 mm area of architectural distortion with a radiolucent centre ("black star") and long thin spicules. No central mass was identified on the tomosynthesis slices. No calcifications. Left breast negative.
US: faint 6 mm irregular hypoechoic area at right 11:00 with posterior shadowing, the likely correlate.
BI-RADS 4A (right); BI-RADS 1 (left).
Path (US-guided VAB): radial scar / complex sclerosing lesion without atypia. Surgical excision: no upgrade.

Teaching points
- A radiolucent centre does not exclude carcinoma; all distortions without a surgical history need tissue diagnosis.
- Radial scars without atypia on VAB may be managed with surveillance in selected patients (institution-dependent).
""", "b", "4A", "R4A L1", ["ad R p", "mass R a", "calc R a"])

add("t8_14_indian_diabetic_mastopathy", "Indian journal case report, bilateral asymmetries with US correlates, 'BI-RADS 4A bilaterally', typos", """
Diabetic mastopathy mimicking bilateral breast malignancy: a case report

A 41-year-old female with long-standing type 1 diabetes mellitus (insulin dependant since the age of 12 years) presented with bilateral painless breast lumps of six months' duration. There was no family history of breast carcinoma.

Mammography revealed heterogenously dense breasts (ACR C) with ill-defined asymetric densities in the upper outer quadrants of both breasts. No microcalcifications or spiculated masses were seen.
Sonomammography showed irregular hypoechoic areas with marked posterior acoustic shadowing in the same regions bilaterally, the largest on the left measuring 32 x 18 mm, without internal vascularity on colour Doppler. Bilateral axillae showed few subcentimetric lymph nodes with preserved fatty hila.
In view of the shadowing, the lesions were categorised as BI-RADS 4A bilaterally and a core biopsy was performed from the left side lesion. Histopathology showed dense keloid-like fibrosis with lymphocytic lobulitis and perivascular lymphocytic infiltrate, consistent with diabetic mastopathy.

Diabetic mastopathy is an uncommon benign condition seen in long-standing insulin-dependent diabetes. Imaging findings overlap with carcinoma, and core biopsy is required; excision is not necessary once the diagnosis is established.
""", "c", "4A", "B4A", ["asym B p", "calc B a", "mass B a", "ln B p"])

add("t8_15_image_challenge_legends", "journal image challenge answer: Fig. 1-3 legends with arrows, sides stated once, magnification + US echogenic foci", """
Image Challenge - Answer

Fig. 1. Screening mammography of a 38-year-old woman. Right mediolateral oblique (A) and craniocaudal (B) views show regional coarse heterogeneous calcifications (arrows) in the upper outer quadrant. The breasts are extremely dense.
Fig. 2. Magnification view (C) shows that the calcifications are more numerous than appreciated on the standard views, some with a punctate appearance (arrowheads), and that they extend over 4 cm. No associated mass.
Fig. 3. Ultrasonography (D) shows multiple echogenic foci within a hypoechoic area of altered parenchyma, corresponding to the calcifications (arrows). The ipsilateral axillary lymph nodes (not shown) were normal.

Answer: The right breast calcifications were categorized as BI-RADS 4B. Stereotactic vacuum-assisted biopsy revealed low-grade ductal carcinoma in situ of cribriform type, and the patient underwent breast-conserving surgery.
""", "d", "4B", "R4B", ["calc R p m:coarse_heterogeneous,punctate d:regional", "mass R a", "ln R p"])

add("t8_16_teaching_file_keywords", "teaching-file entry with a Keywords field and Diagnosis line (post-reduction fat necrosis), BI-RADS 2 both breasts", """
TEACHING FILE - Case TF-2026-0418
Title: Fat necrosis after reduction mammoplasty
Author: K. Mensah, MD    Section: Breast    Level: Resident
Keywords: fat necrosis; oil cyst; dystrophic calcification; reduction mammoplasty

History: 57-year-old woman, bilateral reduction mammoplasty in 2019. Screening mammogram.

Findings:
Bilateral post-reduction changes with inferior redistribution of the parenchyma and periareolar skin thickening in both breasts.
Left breast, 6 o'clock: a 2 cm circumscribed fat-containing mass with a thin rim, an oil cyst. Coarse dystrophic calcifications in its wall. Both are unchanged from 2023.
Right breast: several smaller oil cysts in the retroareolar area, some with rim calcification.
No suspicious mass, calcifications or architectural distortion.

Diagnosis: Fat necrosis (oil cysts), benign.
Assessment: BI-RADS 2, both breasts.

Discussion: Fat necrosis has a wide spectrum of appearances. The oil cyst is pathognomonic, but fat necrosis can mimic carcinoma when it presents as an irregular mass or a spiculated distortion, and then a biopsy may be needed.
""", None, "2", "B2", ["other B p", "skin B p", "mass L p s", "calc L p s m:dystrophic", "mass R p", "calc R p m:rim",
                        "mass B a", "calc B a", "ad B a"])

add("t8_17_sajr_tb_lymphadenitis", "South African journal case report (Patient presentation / Imaging findings / Management and outcome), axilla categorised, typo", """
Axillary tuberculous lymphadenitis mimicking breast cancer in an HIV-positive woman

Patient presentation
A 36-year-old HIV-positive woman (CD4 count 212 cells/uL, on antiretroviral therapy for four years) presented to a regional hospital in KwaZulu-Natal with a painful right axillary swelling of six weeks' duration, night sweats and weight loss.

Imaging findings
Bilateral mammography showed scattered fibroglandular densities (ACR B). In the right axilla there were multiple enlarged, dense lymph nodes without fatty hila, the largest 3.2 cm, one with a central lucency. No mass or suspicious microcalcfications were identified in either breast. The skin was normal.
Ultrasound confirmed several conglomerate right axillary lymph nodes with loss of the fatty hila, cortical thickening and central necrosis. The left axilla showed two normal lymph nodes.
The right axilla was assessed as BI-RADS 4B and the left breast as BI-RADS 1.

Management and outcome
Ultrasound-guided core biopsy of the largest node showed caseating granulomas; Ziehl-Neelsen staining was positive for acid-fast bacilli and GeneXpert MTB/RIF detected Mycobacterium tuberculosis without rifampicin resistance. She completed six months of anti-tuberculous therapy with clinical improvement.
""", "b", "4B", "R4B L1", ["ln R p", "mass B a", "calc B a", "ln L p"])

add("t8_18_us_tumor_board_summary", "US tumor board case summary (Radiology / Pathology / Recommendation bullets), screening recall 0, BI-RADS 5/2 then MRI 6 + 4A satellite", """
MULTIDISCIPLINARY BREAST TUMOR BOARD - CASE SUMMARY
Presenting: Dr. Whitfield (Breast Imaging)
Pt: 52 yo F, MRN ****4471. Referred after screening recall.

RADIOLOGY
- Screening DBT 9/22: L breast UOQ 1.6 cm spiculated mass; recalled (BI-RADS 0).
- Dx mammo + US 9/29: L 2:00 5 cm FN irreg mass 17 mm, spiculated, with fine linear branching calcs extending 2.5 cm anterior to the mass in a linear distribution. L axilla: 1 node w/ cortex 4.5 mm. R breast: 8 mm oval circumscribed mass R 10:00, probable FA, no change from 2021. BI-RADS 5 L; BI-RADS 2 R.
- MRI 10/08 (extent of disease): L index mass 19 mm. Additional 7 mm enhancing mass L 3:00, 3 cm from the index lesion = possible satellite. R: no suspicious enhancement. BI-RADS 6 L (known cancer), 4A for the satellite.

PATHOLOGY
- L 2:00 US CNB: IDC grade 2, ER 95% PR 60% HER2 1+ (neg). Ki-67 20%.
- L axillary node FNA: positive for metastatic carcinoma.
- MRI-guided bx of L 3:00 satellite: IDC, concordant.

RECOMMENDATION
- Multicentric disease: L mastectomy + ALND (vs. neoadjuvant chemo first - med onc to discuss).
- Genetics referral.
""", None, "5", "L5 R2", ["mass L p", "calc L p m:fine_linear d:linear", "ln L p", "mass R p s", "mass L p"])

add("t8_19_nhsbsp_interval_cancer_review", "NHSBSP interval-cancer radiological review form: RCR M/U scores, review classification and review category (not BI-RADS)", """
NHS Breast Screening Programme - Interval Cancer Radiological Review
Unit: ****** Breast Screening Unit          Review date: 19/11/2026
Reviewers: two consultant radiologists; blinded review with the interval case mixed 1 in 4 with normal sets

Screening episode: 14/03/2024, 2-view FFDM, result: routine recall (normal).
Diagnosis: 02/09/2025, symptomatic clinic, left breast lump. Histology: IDC grade 3, 24 mm, node positive.

Diagnostic mammogram (09/2025): left breast upper outer quadrant: 24 mm irregular spiculated mass (M5). Ultrasound U5, with a left axillary lymph node with 6 mm cortex (U4). Right breast: nil.

Review of prior screening films (03/2024): at the site of the cancer there is a subtle ill-defined density, better seen on the MLO, estimated 8 mm. Recall would not have been mandated by most readers.
Classification: Minimal signs - non-specific (M)
Review category: 2 - satisfactory with learning points

Learning points: subtle MLO-only densities at the posterior edge of the parenchyma; compare with at least two previous rounds. Case to be shown at the unit's PERFORMS / interval cancer meeting.
""", None, None, "", ["mass L p", "ln L p"])

add("t8_20_italian_case_report", "translated Italian case report ('nodular opacity', 'supero-external quadrant', 'homolateral'), BI-RADS with side in brackets", """
Invasive lobular carcinoma presenting as a nodular opacity: radiological-pathological correlation (case report)

Case report
A 59-year-old woman came to our attention for a spontaneous screening mammogram. She had no symptoms and no family history. Previous mammography, performed four years earlier in another centre, was reported negative.
The mammographic exam showed a fibroglandular breast pattern (ACR B). In the supero-external quadrant of the left breast a nodular opacity with irregular margins of 14 mm was documented, associated with clustered polymorphous microcalcifications. The contralateral breast was negative.
Ultrasound confirmed a hypoechoic solid nodule of 15 mm with irregular margins and posterior shadowing, with the vascular signal at the periphery. Homolateral axillary lymph nodes of reactive aspect.
The lesion was classified BI-RADS 5 (left). Ultrasound-guided core biopsy (14G, three samples) diagnosed an invasive lobular carcinoma, classic type, E-cadherin negative.

Discussion
Lobular carcinoma rarely presents as a circumscribed nodule; more often it is an architectural distortion or an asymmetry, detectable with difficulty on mammography...
""", "b", "5", "L5", ["mass L p", "calc L p m:fine_pleomorphic d:grouped", "ln L p"])

if __name__ == "__main__":
    write("teaching", T)
