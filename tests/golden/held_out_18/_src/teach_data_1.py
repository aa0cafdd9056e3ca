ITEMS = []
def add(**kw): ITEMS.append(kw)

add(id="t18_01_turkish_igm_case", style="Turkish journal case report (English by Turkish authors): idiopathic granulomatous mastitis, asymmetry with US tubular lesions as correlate, skin thickening, reactive nodes; misspelling",
density="c", overall="4A", cats="L4A",
find=["asym L p", "calc L a", "skin L p", "ln L p"],
text="""
Idiopathic granulomatous mastitis mimicking inflammatory breast carcinoma: a case report

Ayse Yilmaz(1), Mehmet Demir(2), Zeynep Kaya(1)
(1) Department of Radiology, (2) Department of General Surgery, Faculty of Medicine, Ankara, Turkey

Abstract
Idiopathic granulomatous mastitis (IGM) is a rare chronic inflammatory disease of the breast which can mimic carcinoma both clinically and radiologically. We present the imaging findings of a 34-year-old woman with IGM.

Case report
A 34-year-old parous woman, breastfeeding her second child until 14 months before admission, applied to our general surgery outpatient clinic with a painful swelling in the left breast for 6 weeks. On physical examination there was erythema of the skin and a firm, tender mass in the upper outer quadrant of the left breast with nipple retraction. She had received two courses of oral antibiotics without improvement.

Radiological findings
Mammography revealed heterogeneously dense breasts (ACR C). In the upper outer quadrant of the left breast there was an ill-defined focal assymetry without microcalcifications. Skin thickening was noted over the lesion. Left axillary lymph nodes were prominent but preserved their fatty hila. The right breast was normal.
Ultrasonography revealed multiple interconnected hypoechoic tubular lesions extending towards the subcutaneous fat in the left breast at 2 o'clock, covering an area of 45 x 20 mm and corresponding to the mammographic asymmetry, with increased peripheral vascularity on colour Doppler. The left breast lesion was classified as BI-RADS 4A.
Tru-cut biopsy was performed under ultrasound guidance. Histopathology showed non-caseating granulomas centred on lobules with neutrophilic microabscesses; Ziehl-Neelsen staining and culture were negative for tuberculosis.

Discussion
IGM usually affects women of childbearing age within a few years of pregnancy. Imaging findings are non-specific; a focal asymmetry or an irregular mass with tubular extensions on ultrasound is the most common presentation, and biopsy is needed to exclude malignancy. Treatment with steroids, methotrexate or observation is preferred to wide excision.
""")

add(id="t18_02_auntminnie_hamartoma", style="'Aunt Minnie' case-of-the-day page: classic hamartoma ('breast within a breast'), generic category in the discussion, unsided final assessment on a bilateral screen",
density="b", overall="2", cats="",
find=["mass L p", "calc L a", "ad L a"],
text="""
Case of the Day - Breast Imaging
"Breast within a breast"
Submitted by: Laura Chen, MD, Breast Imaging Fellow; reviewed by Daniel Hughes, MD

History:
52-year-old woman, routine screening mammogram. Asymptomatic. No prior studies available.

Findings:
Scattered areas of fibroglandular density. Left CC and MLO views demonstrate a 6 cm well-circumscribed oval mass in the upper outer quadrant containing a mixture of fat and soft-tissue density, surrounded by a thin radiopaque pseudocapsule. No associated microcalcifications or architectural distortion. The right breast is unremarkable.

Diagnosis:
Hamartoma (fibroadenolipoma)

Discussion:
Hamartomas are benign lesions composed of fat, fibrous and glandular tissue in varying proportions. They are usually painless and are often not palpable because they are soft. The "breast within a breast" appearance on mammography is an Aunt Minnie: when the classic appearance is present these lesions are considered BI-RADS 2 and no biopsy or follow-up is needed. Ultrasound, if performed, may show a heterogeneous mass that can be mistaken for normal tissue. Rarely, carcinoma can arise within a hamartoma, so any suspicious calcifications or a spiculated component inside the lesion should be worked up.

Final assessment for this patient: BI-RADS 2, benign. Return to annual screening.
""")

add(id="t18_03_board_review_qbank", style="board-review question bank item (stem, options with categories, correct answer, explanation per option, key point with generic categories) (less common)",
density=None, overall="5", cats="R5",
find=["calc R p m:fine_linear d:segmental", "mass R a"],
text="""
Breast Imaging Q-Bank | Question 47 of 120 | Difficulty: Moderate | Topic: Calcifications

A 58-year-old woman is recalled from screening mammography. Magnification views of the right breast are obtained (Image A: ML magnification; Image B: CC magnification). They demonstrate fine linear and fine linear branching calcifications in a segmental distribution extending toward the nipple over 6 cm in the upper inner quadrant. No associated mass is seen. Targeted ultrasound (not shown) shows no correlate.

Which of the following is the MOST appropriate next step?
A. Six-month follow-up magnification views (BI-RADS 3)
B. Stereotactic or tomosynthesis-guided vacuum-assisted biopsy
C. Contrast-enhanced breast MRI before any biopsy
D. Return to routine annual screening
E. Surgical excision without a tissue diagnosis

Your answer: A     Correct answer: B     (62% of users answered correctly)

Explanation:
Fine linear branching (casting) calcifications in a segmental distribution are highly suggestive of malignancy, usually high-grade DCIS, and the correct final assessment for the right breast is BI-RADS 5. Percutaneous biopsy is the next step.
A is incorrect: short-interval follow-up is only appropriate for findings that meet probably benign criteria, such as a solitary group of round or punctate calcifications on a baseline exam.
C is incorrect: MRI may help to show extent after diagnosis but does not replace tissue sampling.
D is incorrect for the reasons above.
E is incorrect: a percutaneous diagnosis allows single-stage surgery and sentinel node planning.

Key point: The distribution modifies the level of suspicion. Grouped amorphous calcifications are typically BI-RADS 4B, while segmental or linear fine linear branching calcifications are typically BI-RADS 5.
""")

add(id="t18_04_radpath_table", style="academic rad-path correlation conference handout with a pipe table of lesions (side/clock in a column, category per row), post-biopsy hematoma below the table",
density="c", overall="4B", cats="R4A L4B",
find=["mass R p", "ad L p", "ln L p", "other L p"],
text="""
Breast Imaging Radiology-Pathology Correlation Conference - March 2026
Moderator: R. Alvarez, MD | Pathology: S. Nakamura, MD

Case 3 - 61F, recalled from screening DBT; diagnostic mammogram and ultrasound 02/10/2026
Density: heterogeneously dense (C).

| Lesion | Side / location | Imaging findings | BI-RADS | Biopsy | Pathology | Concordance | Plan |
|---|---|---|---|---|---|---|---|
| A | R 10:00, 4 cm FN | 9 mm oval hypoechoic mass, circumscribed, parallel; mammographic correlate = partly obscured oval mass | 4A | US CNB 14G x4 | Fibroadenoma | Concordant benign | Return to annual screening |
| B | L 2:00, 6 cm FN | Architectural distortion on DBT, 11 mm; no US correlate | 4B | DBT-guided VAB 9G x8 | Radial scar / complex sclerosing lesion, no atypia | Concordant | Surgical consult: excision vs imaging surveillance |
| C | L axilla | Normal-appearing lymph nodes, cortex 2 mm | - | - | - | - | - |

Post-biopsy mammogram (B): clip within 3 mm of the target; small hematoma at the biopsy site.

Teaching points:
- Distortion without a US correlate: DBT-guided biopsy is the first choice.
- Radial scar without atypia at VAB: many centres now offer surveillance; management discussed at MDT.
""")

add(id="t18_05_case_of_week_email", style="departmental 'interesting case of the week' e-mail to residents with the answer e-mail below: vaccine-related axillary adenopathy, earlier guidance quoted as hypothetical (less common)",
density="c", overall="2", cats="L2",
find=["ln L p", "mass B a", "calc B a", "ad B a"],
text="""
From: Priya Raman, MD
To: Radiology Residents; Breast Imaging Section
Date: Mon, 9 Feb 2026 07:42
Subject: Interesting Case of the Week #23 - answer Friday!

Hi all,

This week's case: 44F, screening mammogram with tomo. She had a COVID/flu booster in the LEFT deltoid 3 weeks before the exam (documented on the intake form - always check!).
Images are in the PACS teaching folder "ICW 23" (R/L CC, MLO, plus last year's for comparison).

Findings: Heterogeneously dense breasts. Multiple enlarged left axillary lymph nodes with cortical thickening up to 5 mm, new since last year. No suspicious mass, calcifications or distortion in either breast.

Question: What would you do, and what BI-RADS would you give?
Reply to me (not reply-all) by Thursday. Bagels for the winners.

Priya

--------------------------------------------------
From: Priya Raman, MD
Date: Fri, 13 Feb 2026 08:05
Subject: RE: Interesting Case of the Week #23 - ANSWER

Answer: unilateral axillary adenopathy ipsilateral to a recent vaccination, nothing in the breasts. Per the updated SBI guidance we gave this BI-RADS 2 for the left breast, with a recommendation for clinical follow-up of the axilla and ultrasound only if the nodes are still palpable after 6 weeks. Early in 2021 the advice was BI-RADS 3 with short-interval follow-up, and several of you went that way - not wrong historically, but it generated a lot of unnecessary imaging.
Winners: Tom, Aisha and Marcus.

Priya
""")

add(id="t18_06_ai_validation_case_note", style="AI-vendor validation study reader-adjudication case note: algorithm scores (not categories), original reader's read replaced by the adjudicator's, DBT mass seen as a faint asymmetry on 2D (less common)",
density="b", overall="0", cats="R0",
find=["mass R p", "calc L p s m:coarse", "ln B a"],
text="""
RETROSPECTIVE VALIDATION STUDY - READER ADJUDICATION LOG
Site: Lakeside Breast Center | Algorithm: vendor DBT-AI v3.2 (research use only)
Case ID: VS-0417 | Exam: bilateral screening, 2D + DBT, 2024-09-12 | Prior: 2023-09-08

Algorithm output:
  Case score 87/100 (high)
  Region 1: R breast, UOQ, middle depth - region score 84
  Region 2: L breast, subareolar - region score 22

Ground truth: biopsy-proven IDC, R breast 10:00 (diagnosed 2024-10-02 after symptomatic presentation).

Original clinical read (Reader 1, without AI): BI-RADS 1. Negative.

Adjudicating radiologist (K. Osei, MD), read with AI marks, 2025-03-04:
- Density: scattered fibroglandular (B).
- Region 1 corresponds to a 6 mm irregular mass with indistinct margins in the right breast UOQ, middle depth, best seen on DBT slices 34-38; on the 2D images it is only a faint asymmetry. In retrospect a smaller density is visible at the same site in 2023.
- Region 2: benign coarse calcifications in the left subareolar region (involuting fibroadenoma), stable since 2023. AI false-positive region.
- No axillary adenopathy on either side.
Adjudicated assessment: BI-RADS 0, right breast - would have been recalled.

Classification: algorithm TP (region-level hit); Reader 1 FN, perceptual; included in the discrepancy set.
""")

add(id="t18_07_kenyan_second_opinion_letter", style="Kenyan consultant radiologist's second-opinion letter to the referring surgeon: outside report's category quoted and rejected, own categories per breast, axillae both",
density="c", overall="3", cats="L3 R2",
find=["mass L p", "calc B a", "mass R p", "ln B p"],
text="""
Dr. Amina Wanjiru, MBChB, MMed (Radiology)
Consultant Radiologist - Breast Imaging
Upper Hill Medical Centre, Nairobi

16 February 2026

Dr. Peter Otieno
Consultant General Surgeon
Nairobi

Dear Dr. Otieno,

Re: Mrs. W. N., 47 years - second opinion on mammogram and breast ultrasound of 14 January 2026 (performed at a county referral hospital)

Thank you for referring this lady, who is understandably anxious. I have reviewed the images on the CD provided, together with the original report, which described "a suspicious left breast mass, BIRADS 4" and recommended biopsy.

The breasts are heterogeneously dense (ACR c), which lowers the sensitivity of mammography. In the left breast at 3 o'clock, 3 cm from the nipple, there is an oval, circumscribed, hypoechoic mass measuring 14 x 8 mm, parallel to the skin, with no posterior shadowing and no internal vascularity. Its mammographic correlate is a partly obscured oval mass in the left upper outer quadrant. I do not see any suspicious calcifications in either breast. The right breast shows a few small simple cysts, the largest 9 mm at 10 o'clock. The axillae show normal lymph nodes with fatty hila on both sides.

In my opinion the left breast mass has probably benign features, most likely a fibroadenoma, and I would assess it as BI-RADS 3 rather than 4. The right breast cysts are BI-RADS 2. I suggest a follow-up ultrasound in 6 months. Biopsy would also be reasonable if the patient prefers a tissue diagnosis or if the mass is new on clinical examination; I leave this to your discussion with her.

Please do not hesitate to call me.

Yours sincerely,

Dr. Amina Wanjiru
""")

add(id="t18_08_norway_interval_cancer_review", style="Norwegian screening-programme interval-cancer review (informed review) in English: programme scores 1-5 not BI-RADS, 2023 distortion = later mass, diagnostic-centre category",
density="b", overall="5", cats="R5",
find=["mass R p", "calc R p m:fine_pleomorphic", "ln R p"],
text="""
BreastScreen Norway - Interval cancer review, Health Region West
Review meeting 18.11.2025. Informed review (diagnosis known) following blinded review of the screening images.
Present: three breast radiologists (Bergen, Stavanger, Haugesund), screening programme coordinator.

Case IC-2025-031
Woman, 63 years. Screening round 05.2023: both readers scored 1 (normal) for both breasts; no consensus discussion.
Interval cancer diagnosed 12.2024, 19 months after screening, after a self-detected lump in the right breast.

Diagnostic images 12.2024 (breast diagnostic centre): 18 mm spiculated mass in the right breast, upper outer quadrant, with associated pleomorphic microcalcifications; an ipsilateral axillary lymph node with thickened cortex (8 mm). Right breast assessed as BI-RADS 5 at the breast diagnostic centre. Left breast without findings. Histology: invasive carcinoma NST, grade 2, node positive.

Review of the 2023 screening images: at the site of the cancer there is a subtle architectural distortion, seen in the CC view only, in retrospect. Mammographic density BI-RADS b (Volpara density grade 2).
Blinded review: one of three reviewers scored 2 for the right breast, two scored 1.

Classification: minimal signs.
Comment: subtle one-view finding; the distortion was not perceptible without knowledge of the outcome by two of three reviewers. No reader feedback required beyond inclusion in the annual teaching set.
""")

add(id="t18_09_nz_breast_mdm_minutes", style="New Zealand breast MDM minutes (NHI, BreastScreen Aotearoa recall, speaker initials, BCN), possible satellite lesion, 'Overall BI-RADS 5 left, BI-RADS 1 right'",
density="c", overall="5", cats="L5 R1",
find=["mass L p", "calc L a", "ln L p", "mass L q"],
text="""
Waikato Breast Multidisciplinary Meeting - Minutes
Tuesday 3 February 2026, 7.30 am, Meeting Room 2 / Teams
Present: Mr J. Tane (breast surgeon, chair), Dr S. Patel (radiologist), Dr L. Wong (pathologist), Dr A. Reweti (medical oncologist), Dr M. Fraser (radiation oncologist), C. Morgan (breast care nurse)

Patient 4 of 11
NHI: ABC1234 | 57 F | Referral: BreastScreen Aotearoa recall, assessment clinic 27/01/2026

Radiology (SP):
Screening showed a new 12 mm irregular mass L breast 2 o'clock with spiculated margins. Assessment imaging: tomo confirms the mass, no associated calcs. US: 11 mm irregular hypoechoic mass, taller than wide, L 2:00 6 cm FN. ?second smaller satellite lesion at L 1:00, 4 mm, only on one plane - not sampled. L axilla: one node with eccentric cortical thickening 4 mm, FNA'd. R breast clear. Mammographic density BI-RADS C. Overall BI-RADS 5 left, BI-RADS 1 right.

Pathology (LW):
L 2:00 core: invasive ductal carcinoma (NST), grade 2, ER+ PR+ HER2 negative (IHC 1+), Ki67 15%.
L axillary FNA: no malignant cells, lymphocytes only.

Discussion:
Dense breasts and a possible satellite - MRI for extent of disease agreed. Premenopausal? - no, postmenopausal (LMP 2019). Not a candidate for neoadjuvant therapy at present.

Outcome:
1. MRI breasts, then review at MDM.
2. If unifocal: L WLE + SLNB. If satellite confirmed: MRI-guided biopsy first.
3. BCN to contact patient today.
""")

add(id="t18_10_nurse_navigator_summary", style="breast nurse-navigator summary for the tumor-board packet: dated imaging bullets (screening BI-RADS 0 earlier, left diagnostic final), post-biopsy hematoma (less common)",
density="c", overall="5", cats="L5",
find=["mass L p", "calc L p m:fine_pleomorphic", "ln L a", "other L p"],
text="""
BREAST HEALTH NAVIGATION NOTE
Navigator: Karen Alvarez, RN, OCN - Riverside Cancer Institute
Date: 02/11/2026
Type: Initial navigation / tumor board preparation

Pt is a 49 yo F referred after abnormal screening. No prior breast hx. Maternal aunt breast ca at 60.

Imaging summary (per radiology reports, for tumor board packet 02/13):
- 01/22/26 screening 3D mammo: BI-RADS 0, L breast asymmetry, recall.
- 02/03/26 dx mammo + US L breast: 1.4 cm irregular hypoechoic mass L 11:00 5 cmFN, angular margins; assoc. pleomorphic calcs on mag views spanning 2.2 cm. L axilla: no abnl LN. Density: heterogeneously dense. Final: BI-RADS 5.
- 02/09/26 US-guided core bx L 11:00 (Dr. Feld): IDC gr 3, ER-/PR-/HER2 neg (triple neg). Post-bx mammo: clip in good position, small hematoma at bx site.

Genetics: referral placed, appt 02/19.
Barriers: transportation (lives 70 mi away) - gas card + ACS Road to Recovery referral made. Works night shifts, needs FMLA paperwork.
Plan: surgical onc consult 02/16, med onc 02/17 (likely neoadjuvant chemo given triple neg). Breast MRI ordered. Port placement TBD.
Pt aware of dx, tearful but engaged; husband present. Provided written material + my direct line.
""")
