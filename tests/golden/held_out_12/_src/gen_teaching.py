from common import write

T = []
def add(id, style, density, overall, bb, f, text):
    T.append(dict(id=id, style=style, density=density, overall=overall, bb=bb, f=f, text=text))

add("t12_01_japanese_fad_case", "Japanese journal case report (English by Japanese authors), FAD, US echogenic spots = calcs",
    "c", "4C", "L4C",
    ["asym L p - ", "calc L p - m:fine_pleomorphic d:segmental", "ln L a -"],
"""
Case Report

A 52-year-old Japanese woman was referred to our hospital because an abnormality had been pointed out at municipal breast cancer screening. She had no palpable tumor and no nipple discharge. Her mother had gastric cancer.

Mammography (MLO and CC views) showed a focal asymmetric density (FAD) in the upper outer area of the left breast (Fig. 1a). Fine pleomorphic calcificatons were observed within the FAD. They were distributed segmentally, extending toward the nipple (Fig. 1b). The breast composition was heterogeneously dense. No abnormal findings were seen in the right breast.

Ultrasonography revealed a hypoechoic area of 18 mm with an unclear boundary at the 2 o'clock position, 3 cm from the nipple, corresponding to the FAD (Fig. 2). Multiple echogenic spots were seen inside it. No swollen lymph nodes were detected in the left axilla.

The lesion was categorized as BI-RADS category 4C (left). Vacuum-assisted biopsy under ultrasound guidance revealed ductal carcinoma in situ, intermediate nuclear grade, comedo type.

Discussion
Segmentally distributed calcifications should raise concern for DCIS even when no mass is seen, and FAD on screening is a frequent presentation of non-invasive cancer in Japanese women with dense breasts.
""")

add("t12_02_lecture_transcript", "online CME lecture transcript with timestamps, hypothetical 'you might say 4C'",
    "b", "5", "",
    ["mass R p -", "calc R a -", "ln R p -"],
"""
Breast Imaging Review Course - Session 4: "Spiculated is spiculated"
[auto-generated transcript, lightly edited]

[00:14:32] OK, case three. Sixty-one year old, screening, no symptoms, no priors available. Here are the CC and MLO views, and I'll tell you up front it's the right breast so you don't have to squint at the markers.

[00:14:48] Look up here, upper outer quadrant, posterior depth. There's a spiculated mass, about a centimetre. See the spicules radiating out? On the tomo slices it's even more obvious. No calcifications associated with it.

[00:15:10] The left breast? Nothing there. Breasts are scattered fibroglandular, so density B.

[00:15:22] So she comes back. Ultrasound shows an irregular, not parallel, hypoechoic mass with posterior shadowing at ten o'clock, seven centimetres from the nipple, same size - that's our mass. Axilla looked fine: a couple of normal nodes with fatty hila, nothing more.

[00:15:58] I called this a BI-RADS 5. Some of you might say 4C, and honestly I wouldn't argue with you. Biopsy: invasive ductal carcinoma, grade 2, ER positive.

[00:16:20] Take-home point: a spiculated mass without a history of surgery is cancer until proven otherwise. Next case.
""")

add("t12_03_tunisian_translated", "Tunisian journal case report translated from French ('stellate opacity', 'foyer', 'homolateral adenopathy')",
    "b", "5", "R5 L1",
    ["mass R p -", "calc R p - m:fine_pleomorphic d:grouped", "skin R p -", "ln R p -", "mass L a -", "calc L a -"],
"""
Observation

Mrs. F.B., 47 years old, without particular antecedents, consulted for a nodule of the right breast evolving for 4 months.

Mammography (face and oblique incidences) objectified a stellate opacity of the union of the upper quadrants of the right breast, measuring 22 mm in its greatest axis. It was associated with a foyer of polymorphic microcalcifications, regrouped in a cluster. A localized cutaneous thickening was noted in regard of the lesion. The breasts were of type B density (fibroglandular densities dispersed).

The echography showed a hypoechoic formation with irregular contours and posterior attenuation, at 12 o'clock, corresponding to the mammographic opacity. A homolateral axillary adenopathy of 15 mm, with loss of the fatty hilum, was found.

The left breast was without opacity or microcalcifications.

The lesion was classified ACR 5 (BI-RADS 5) right; the left breast was classified ACR 1 (BI-RADS 1). The microbiopsy concluded to an invasive carcinoma of non-specific type, SBR grade II.
""")

add("t12_04_usmle_vignette", "board-exam clinical vignette (stem, options as categories, answer, explanation with legend of the scale); left diagnostic only",
    None, "5", "L5",
    ["mass L p -", "calc L p - m:fine_linear", "skin L p -"],
"""
Question 118

A 66-year-old woman comes to the physician because of a firm lump in her left breast that she noticed 3 weeks ago. A diagnostic mammogram of the left breast shows a 2.1-cm irregular mass with spiculated margins in the upper outer quadrant. Fine linear branching calcifications extend from the mass toward the nipple. There is retraction of the overlying skin. Which of the following is the most appropriate BI-RADS assessment?

A. BI-RADS 2
B. BI-RADS 3
C. BI-RADS 4A
D. BI-RADS 5
E. BI-RADS 6

Correct answer: D

Explanation: A spiculated mass with fine linear calcificaitons and skin retraction is highly suggestive of malignancy, so this examination is BI-RADS 5 and tissue sampling is required. BI-RADS 3 (choice B) is reserved for findings with a likelihood of malignancy of 2% or less, such as a circumscribed oval mass on a baseline study. BI-RADS 6 (choice E) applies only after malignancy has been proven by biopsy.

Educational objective: Assign BI-RADS 5 to findings with a 95% or greater likelihood of malignancy.
""")

add("t12_05_ai_paper_legend", "AI research paper figure legend (false negative of the algorithm), side stated once, consensus category in brackets",
    None, "4B", "L4B",
    ["ad L p -", "calc L a -"],
"""
Figure 4. False-negative case of the AI system. (a) Left MLO view of the screening examination in a 58-year-old woman shows subtle architectural distortion (arrow) in the upper breast at middle depth, which was not flagged by the algorithm (case-level score 0.08; threshold 0.31). (b) Spot compression tomosynthesis slice confirms the distortion. No calcifications are present. (c) Targeted US image shows an irregular hypoechoic mass with indistinct margins at 1 o'clock, corresponding to the distortion. The case was assessed as BI-RADS 4B (left) by the consensus panel; US-guided core biopsy revealed invasive lobular carcinoma. (d) Gradient-weighted class activation map shows the network's attention over the pectoralis muscle rather than the lesion.
""")

add("t12_06_radiographer_cpd", "Australian radiographer's CPD case study with view labels carrying the side; cyst after US; last assessment counts",
    "c", "2", "R2",
    ["mass R p -", "calc B p s m:vascular"],
"""
CPD reflective case study - Mammography (BreastScreen / diagnostic)
Submitted by: K. Nguyen, Senior Radiographer

Background: 54 y.o. client, third-round screen, asymptomatic.

What I saw: On the RMLO there was a new well-defined round opacity in the lower half, about 14 mm. On the RCC it was not obvious at first, so I added a rolled CC and it came out laterally. Benign vascular calcification on both MLOs, the same as her previous screens. Heterogeneously dense tissue, which made the CCs harder to read.

What happened next: the radiologist recalled her for assessment. The first reading at the assessment clinic was BI-RADS 3 for the right breast pending ultrasound. Ultrasound showed the lump was a simple cyst at 8 o'clock, anechoic with posterior enhancement, and the radiologist's final report was BI-RADS 2 right breast, return to routine screening.

What I learnt: one-view findings need an extra view before the client leaves; a rolled CC was quicker than a spot view here.
""")

add("t12_07_complication_conference", "M&M / complications conference summary after stereotactic VAB (haematoma at the biopsy site)",
    "d", "4B", "R4B",
    ["calc R p - m:amorphous d:grouped", "other R p -", "mass R a -"],
"""
Breast Imaging Morbidity & Mortality Conference - Case 2

Procedure: stereotactic 9G vacuum-assisted biopsy, right breast, upright unit, lateral approach.

Lesion: a 9 mm group of amorphous calcificatons in the right upper inner quadrant, new since the 2025 screen; BI-RADS 4B. There was no associated mass. The breasts are extremely dense.

Event: after 12 cores the patient developed brisk bleeding. Manual compression for 15 minutes. The post-procedure mammogram showed a 3 cm haematoma at the biopsy site with the clip displaced 14 mm superiorly along the z-axis. Specimen radiograph confirmed calcifications in 4 of 12 cores.

Pathology: atypical ductal hyperplasia; surgical excision recommended.

Discussion points: lateral approach in a thin breast, the value of pre-procedure aspirin review, documenting clip migration so the surgeon localises the biopsy site and not the clip.
""")

add("t12_08_greek_tabar_radial_scar", "Greek authors' case report, Tabar parenchymal pattern (not ACR density), radial scar, 'central lucency'",
    None, "4A", "R4A",
    ["ad R p -", "mass R a -", "calc R a -"],
"""
CASE PRESENTATION
A 49-year-old asymptomatic woman underwent her biennial screening mammogram in our unit. The breast parenchyma was of Tabár pattern IV. In the right breast, at the upper outer quadrant, an area of architectural distortion was seen with long thin radiating spicules and a central radiolucency ("black star"), measuring approximately 15 mm. It was more apparent on the craniocaudal view and was not present on the mammogram of 2 years earlier. There was no central mass and no microcalcifications.

The ultrasound examination was unrevealing. The finding was classified as BI-RADS 4A in the right breast and stereotactic vacuum-assisted biopsy was performed.

Histology showed a radial scar (complex sclerosing lesion) without atypia. The patient underwent surgical excision, which confirmed the diagnosis.

DISCUSSION
Radial scars may mimic carcinoma on mammography. A central lucency and long spicules favour a radial scar, but excision is often advised because of associated atypia or carcinoma.
""")

add("t12_09_mexican_tumor_board", "Mexican tumour board (Comite de tumores) summary translated from Spanish, bullets",
    "c", "5", "L5 R2",
    ["mass L p -", "calc L p - m:fine_pleomorphic", "ln L p -", "mass L q -", "mass R p s"],
"""
COMITE DE TUMORES DE MAMA - RESUMEN DE CASO (traducción al inglés)
Hospital de Especialidades, Guadalajara - session 14/10/2026

Patient: 39 y, G2P2, palpable left breast nodule for 3 months.

Imaging (Dr. Ramírez, radiology):
- Mammography: heterogeneously dense breasts (ACR C). Left breast, superior-external quadrant: irregular hyperdense nodule with spiculated margins, 31 x 27 mm, with pleomorphic microcalcifications in its interior.
- Ultrasound: corresponding irregular hypoechoic nodule, not parallel, 33 mm, at 2 o'clock. Two left axillary lymph nodes with thickened cortex (5 mm), the largest 18 mm.
- Possible satellite nodule of 6 mm, 1 cm lateral to the main lesion on ultrasound; to be clarified at MRI.
- Right breast: oval circumscribed nodule at 9 o'clock, 8 mm, no change compared with the ultrasound of 2024; fibroadenoma by history.
- Classification: BI-RADS 5 left, BI-RADS 2 right.

Pathology (Dr. Chávez): invasive ductal carcinoma, Nottingham grade 3, triple negative. Fine-needle aspiration of the axillary node: positive for metastatic carcinoma.

Agreement: neoadjuvant chemotherapy, clip placement in the tumour and in the biopsied node before starting; MRI for extent of disease.
""")

add("t12_10_peer_learning_good_catch", "peer-learning 'good catch' submission: developing asymmetry versus three priors",
    "b", "0", "L0 R1",
    ["asym L p -"],
"""
PEER LEARNING SUBMISSION - "Great call"
Category: good catch (no score, for conference)
Submitted by: breast section, for Dr. A. Olsen

Exam: screening DBT, 63F, no symptoms.

What the reader found: a developing asymmetry in the left breast, upper inner quadrant, anterior depth, about 10 mm. Compared with 2023, 2024 and 2025 it is new and slightly larger than a faint density that was only visible in retrospect on 2025. It was seen on both views. Scattered fibroglandular tissue.

Outcome of the read: BI-RADS 0 left, BI-RADS 1 right. Diagnostic work-up is pending at the time of this submission.

Why it is a good catch: developing asymmetries carry a malignancy rate of around 13% in published series and are easy to dismiss when each prior is compared only with the one before it. Comparing with the oldest available exam made the change obvious.
""")

add("t12_11_iraqi_adolescent_fa", "Iraqi journal case (adolescent, US only), lesions with own clock/size, BI-RADS 3 bilaterally",
    None, "3", "B3",
    ["mass R p -", "mass L p -", "mass L p -", "ln B p -"],
"""
Case presentation:
A 16-year-old girl presented to the surgical outpatient clinic of our teaching hospital in Baghdad complaining of bilateral breast lumps for 6 months. There was no nipple discharge and no family history of breast cancer.

Ultrasound examination (high-frequency linear probe, 12 MHz) revealed an oval, well circumscribed, hypoechoic, wider-than-tall solid mass in the right breast at 10 o'clock measuring 3.4 x 2.1 cm, with homogenous internal echoes and no posterior acoustic shadowing. In the left breast there were two similar masses, at 2 o'clock (1.8 cm) and at 6 o'clock (1.2 cm). Few small axillary lymph nodes with normal fatty hilum were seen on both sides. Mammography was not performed because of the patient's age.

The sonographic impression was multiple fibroadenomas, BI-RADS 3 bilaterally. Because of the size of the right mass, excision biopsy was done and histopathology confirmed juvenile fibroadenoma. The left masses were kept under ultrasound follow-up.
""")

add("t12_12_wire_localisation_plan", "pre-operative localisation planning note written by the radiologist to the surgeon",
    "c", "6", "L6",
    ["calc L p - m:fine_linear d:segmental", "mass L a -", "ln L p -"],
"""
Pre-operative localisation plan - Breast Imaging
To: Ms. R. Patel, Consultant Breast Surgeon
Re: 57F, left breast DCIS (high grade) on stereotactic VAB 02/11/2026

Target: fine linear branching calcifications in a segmental distribution, left upper outer quadrant, extending 46 mm from 1 o'clock (posterior) towards the nipple. The biopsy clip sits at the posterior-superior margin of the calcifications. No mass component was identified on DBT or on second-look ultrasound. A single normal-appearing axillary node is present on this side and does not need localisation. Breast composition: heterogeneously dense.

Plan: two wires bracketing the calcifications (superior-posterior at the clip; anterior 1 cm behind the nipple), CC approach. Specimen radiograph to be sent to radiology for confirmation of the anterior and posterior margins.

Assessment for the record: BI-RADS 6, left breast.
""")

add("t12_13_radcases_milk_of_calcium", "case-review textbook case (Findings / Differential Diagnosis / Essential Facts / Other Imaging Findings / Pearls)",
    "b", "2", "B2",
    ["calc B p - m:milk_of_calcium d:diffuse", "mass B a -"],
"""
Case 42

Clinical Presentation
A 55-year-old woman is called back from screening for calcifications.

Imaging Findings
(A) Craniocaudal magnification views of both breasts show faint calcifications that are barely visible. (B) Mediolateral magnification views of the same areas show them to be layering and curvilinear, with a "teacup" configuration. They are scattered throughout both breasts. No mass is associated. The breasts show scattered fibroglandular densities.

Differential Diagnosis
- Milk of calcium: Layering on the true lateral view is diagnostic.
- Amorphous calcifications: Would not change shape between views.
- Dystrophic calcifications: Coarse and irregular, usually after surgery or trauma.

Essential Facts
- Calcium sedimenting in microcysts.
- Benign; BI-RADS 2 when typical.

Other Imaging Findings
- Ultrasound may show small cysts with echogenic debris.

Pearls & Pitfalls
- Always obtain a 90-degree lateral view before calling amorphous calcifications.

Final assessment in this case: BI-RADS 2, both breasts; return to annual screening.
""")

add("t12_14_pathologist_second_opinion", "pathologist's second-opinion letter quoting the radiological information",
    None, "4C", "R4C",
    ["calc R p - m:fine_pleomorphic d:linear", "asym R p -", "mass R a -"],
"""
DEPARTMENT OF HISTOPATHOLOGY - SECOND OPINION CONSULTATION
Referring pathologist: Dr. M. Haddad
Material received: 6 H&E slides, 2 blocks (right breast, stereotactic VAB)

Radiological information provided with the request: "Right breast, lower inner quadrant: pleomorphic calcifications in a linear distribution over 14 mm within a focal asymmetry, no mass on ultrasound. BI-RADS 4C."

Microscopy: the cores show ducts expanded by a solid proliferation of intermediate-grade cells with central necrosis and associated microcalcifications. No invasion is seen in the levels examined. Myoepithelial cells are retained (p63 and SMMHC).

Opinion: Ductal carcinoma in situ, intermediate nuclear grade, solid and cribriform types, with calcification. This is concordant with the imaging description of calcifications.

Comment: I agree with the original diagnosis. Invasion cannot be excluded on core material.
""")

add("t12_15_insurance_review", "radiologist's utilization/insurance review of a breast MRI request, imaging summary, prior categories",
    "d", "3", "L3",
    ["mass L p s", "calc B p s m:coarse", "ln L a -"],
"""
UTILIZATION REVIEW - ADVANCED IMAGING
Request: Bilateral breast MRI with and without contrast (CPT 77049)
Reviewer: Physician reviewer, board-certified diagnostic radiology

Clinical summary submitted: 44-year-old woman, extremely dense breasts, lifetime risk 16% (Tyrer-Cuzick), no personal history of breast cancer.

Imaging reviewed:
- 03/2026 bilateral DBT: extremely dense. Coarse popcorn-like calcifications in both breasts, unchanged since 2022. Previously assessed as BI-RADS 2.
- 03/2026 left breast ultrasound: 9 mm oval circumscribed parallel hypoechoic mass at 3 o'clock, 4 cm FN, probable fibroadenoma, assessed as BI-RADS 3 at that time.
- 09/2026 left breast ultrasound (6-month follow-up): the 3 o'clock mass is unchanged, 9 mm. No axillary lymphadenopathy. Assessment: BI-RADS 3, left breast; continue follow-up.

Determination: The request does not meet criteria for supplemental MRI screening (lifetime risk < 20%). Dense breast tissue alone does not qualify under the plan's policy. The follow-up of the probably benign mass is adequately performed with ultrasound. Request not approved; peer-to-peer discussion offered.
""")

add("t12_16_tangential_view_pearl", "teaching pearl: dermal calcifications proved by tangential view (skin marker), category changed",
    "b", "2", "R2",
    ["calc R p - m:skin d:grouped"],
"""
Teaching Pearl #27 - "Are they in the skin?"

A 50-year-old woman was recalled from screening for a cluster of calcifications in the right breast, medial, seen on the CC view only. They were tiny, none larger than 1 mm. Scattered fibroglandular densities. The screening reader had called it BI-RADS 0.

At diagnostic work-up, a localisation grid and a BB skin marker were placed over the medial right breast and a tangential view was obtained. The calcifications projected within the skin. Final assessment: benign dermal calcifications, BI-RADS 2, right breast.

Remember: calcifications seen on one view only, located close to the skin surface in the medial or inframammary breast, with lucent centres, are usually dermal. A tangential view saves a biopsy.
""")

add("t12_17_key_image_notes", "PACS teaching-folder key-image annotations (terse lines, view labels carry the side)",
    "c", "4A", "L4A R2",
    ["mass L p -", "calc L a -", "ln R p -"],
"""
TEACHING FOLDER: Breast > Masses > Microlobulated
Key images (annotated by JT, fellow):

KI 1  LCC  - 11 mm oval mass, microlobulated margin, outer breast, mid depth. arrow.
KI 2  LMLO - same mass, upper. no assoc calcs.
KI 3  LMLO tomo slice 34/61 - margin better seen, no spicules.
KI 4  US L 2:00 6 cm FN - oval hypoechoic solid mass 10 x 8 x 7 mm, parallel, microlobulated, no shadowing = mammo mass.
KI 5  RMLO - benign-appearing intramammary LN, upper outer, fatty hilum (incidental).

Density: heterogeneously dense.
Assessment: Lt BI-RADS 4A, Rt BI-RADS 2.
Path: fibroadenoma with usual features - concordant. Back to annual.
""")

add("t12_18_community_newsletter", "community breast centre newsletter 'Case of the Month' by its radiologist; male patient",
    None, "2", "L2",
    ["other L p -", "mass L a -", "calc L a -"],
"""
Lakeside Breast Center News - Spring 2026
CASE OF THE MONTH, by Dr. Helen Marsh, Medical Director

Men get breast lumps too. This month's case is a 68-year-old man who noticed tenderness and a lump behind his left nipple. He was taking spironolactone for heart failure.

His left diagnostic mammogram showed a flame-shaped area of subareolar density pointing toward the nipple - the typical look of nodular gynaecomastia. There was no discrete mass and no calcification. Ultrasound confirmed hypoechoic retroareolar tissue without a solid mass.

We called it BI-RADS 2 (benign), left breast, and his cardiologist was able to switch his medication. At a three-month visit the tenderness had gone.

If you or someone you know has a breast symptom, call our scheduling desk: we see men and women the same week.
""")

add("t12_19_two_lesions_same_breast_narrative", "case report narrating prior and current exams together, cyst unchanged beside a new distortion, 'the former'/'the latter'",
    "c", "4C", "R4C L1",
    ["mass R p s", "ad R p -", "calc R a -"],
"""
Clinical Images: A new finding beside an old one

A 71-year-old woman had annual mammograms at our institution. The prior studies, from 2023 to 2025, had shown an oval circumscribed mass in the right breast at 9 o'clock, which ultrasound had characterized as a simple cyst.

On the current tomosynthesis examination, the former was unchanged. The latter, a new achitectural distortion, was found 3 cm superior to it, at 11 o'clock, posterior depth. No associated calcifications were seen. The breasts were heterogeneously dense and the left breast was normal.

Targeted ultrasound showed the simple cyst again and, at 11 o'clock, an ill-defined hypoechoic area with angular margins corresponding to the distortion. The assessment was BI-RADS 4C for the right breast and BI-RADS 1 for the left. Core biopsy yielded invasive lobular carcinoma.
""")

add("t12_20_us_elective_resident_presentation", "US resident 'interesting case' slide script with DDx, findings on two slides, mass called a node",
    "b", "3", "R3 L1",
    ["ln R p -", "calc R p - m:punctate,round d:grouped", "skin B a -"],
"""
Resident Case Conference - "Little things"
Presenter: PGY-3 | Attending: Dr. Kim

Slide 2 - History: 45F, baseline screening DBT.

Slide 3 - Mammo: Right breast, upper outer quadrant, mid depth: 7 mm circumscribed oval mass with a fatty notch, consistent with an intramammary lymph node. Scattered fibroglandular tissue. No skin thickening on either side.

Slide 4 - Mammo, mag views: Separately, 3 cm medial to it, a group of punctate calcifications spanning 4 mm. These are round and uniform.

Slide 5 - DDx for the calcifications: fibrocystic change, sclerosing adenosis, low-grade DCIS (less likely with punctate morphology).

Slide 6 - Assessment given: BI-RADS 3 right (calcifications; 6-month mag views), BI-RADS 1 left.

Slide 7 - Teaching point: a group of punctate calcifications on a baseline exam is a classic BI-RADS 3 finding; an intramammary node is BI-RADS 2 on its own.
""")

if __name__ == "__main__":
    write("teaching", T)
