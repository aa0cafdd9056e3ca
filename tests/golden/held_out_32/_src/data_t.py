# Teaching / case texts by third parties (issue 13). Codes: see common.py.
ITEMS = []
def add(id, overall, cats, density, findings, text):
    ITEMS.append(dict(id=id, overall=overall, cats=cats, density=density, findings=findings, text=text))

add("t32_01_ireland_image_of_the_month", "5", "L5 R2", "a",
    ["mass L p", "skin L p", "calc L p m:fine_pleomorphic d:linear", "ln L a", "ln R p s"], """
IMAGE OF THE MONTH

A retracted nipple in a fatty breast

C. Ní Bhriain, Specialist Registrar in Radiology; P. J. Keogh, Consultant Breast Radiologist
Symptomatic Breast Unit, Dublin

A 71-year-old woman presented to her GP having noticed that her left nipple had "turned in" over the previous
three months. Her last mammogram, at age 67 in the national screening programme, was reported as normal (BI-RADS 1).

Bilateral two-view mammography (Figure 1) shows almost entirely fatty breasts. In the left breast, directly behind
the nipple, there is an irregular spiculated mass measuring 18 mm. It is tethered to the nipple, which is retracted.
Associated pleomorphic microcalcifications extend anteriorly from the mass towards the nipple in a linear
distribution (Figure 1b, magnified). Ultrasound (Figure 2) shows the same lesion as an irregular hypoechoic mass with
angular margins, non parallel, with posterior acoustic shadowing. No left axillary lymphadenopathy was seen on
ultrasound.

The right breast contains a small intramammary lymph node in the upper outer quadrant, unchanged from 2021 and of
no concern.

The examination was assessed as BI-RADS 5 for the left breast and BI-RADS 2 for the right. Ultrasound-guided core
biopsy showed invasive ductal carcinoma, grade 2, with DCIS of intermediate grade.

Teaching point: new nipple inversion in a postmenopausal woman is never "just age". Look directly behind the nipple,
where a small retroareolar carcinoma is easily overlooked on the CC view.

Figure 1. Left CC and MLO views. Figure 1b. Magnified CC view of the retroareolar region. Figure 2. Ultrasound, left
breast, 12 o'clock, 1 cm from the nipple.
""")

add("t32_02_singapore_screening_annual_report_case", "4C", "R4C L2", "c",
    ["mass R p", "calc R a", "calc L p d:diffuse", "ln R p"], """
BreastScreen Singapore -- Programme Annual Report 2024
Section 6: Learning from our cases

6.1 Programme outcomes at a glance

  Assessment outcome (all clients recalled, n = 3,912)      %
  ---------------------------------------------------------------
  BI-RADS 1-2 at assessment (returned to routine screening) 71.4
  BI-RADS 3 (early review)                                   9.8
  BI-RADS 4 (biopsy)                                        16.2
  BI-RADS 5 (biopsy)                                         2.6

6.2 Case study: a small cancer found in the third round

Mdm T., 58 years old, attended her third screening round in March 2024. Her two previous rounds (2020 and 2022)
had been read as BI-RADS 1. In 2024 both readers independently flagged the upper outer quadrant of the right breast on
the CC view, and she was recalled to the assessment centre.

At assessment, digital breast tomosynthesis of the right breast showed an 8 mm irregular mass with spiculated
margins at 10 o'clock, 4 cm from the nipple. It was clearly seen on the tomosynthesis slices but was partly hidden by
overlapping tissue on the 2D image. No associated calcifications were seen. The breasts are heterogeneously dense.
The left breast showed only scattered benign calcifications.

Targeted ultrasound showed a 7 mm irregular hypoechoic mass with posterior shadowing at 10 o'clock, corresponding to
the tomosynthesis finding. The right axillary lymph nodes had normal cortices and fatty hila.

The assessment radiologist classified the right breast as BI-RADS 4C and the left breast as BI-RADS 2. Core biopsy
showed a grade 1 invasive carcinoma of no special type; she had a wide local excision and sentinel node biopsy, both
nodes negative.

Comment from the Programme's Quality Assurance Committee: small spiculated cancers in dense breasts remain the main
reason to maintain double reading and to offer tomosynthesis at assessment.
""")

add("t32_03_podcast_show_notes", "4A", "L4A R2", "b",
    ["asym L p", "mass R p s", "calc B a"], """
THE DENSE TISSUE PODCAST  |  Episode 87: "The asymmetry that wasn't (or was it?)"
Published 14 May 2025 · 41 min · Listen on Spotify / Apple Podcasts / our website

Show notes

This week Dr. Maya Lindqvist (Seattle) and Dr. Tunde Afolabi (Atlanta) walk through a case sent in by a listener,
a breast imaging fellow in Ohio. Details changed for privacy; images posted with permission on our website.

Chapters
00:00  Intro and listener mail
03:45  The case: 49F, screening DBT, scattered fibroglandular density
09:20  The left breast: what changed since 2023?
17:05  Diagnostic work-up: spot compression, ultrasound
24:40  The right breast: old friend, nothing new
32:10  Listener question: "Could this have been a BI-RADS 3?"
38:30  Take-home points

The case in brief
- Screening tomosynthesis, breast density B (scattered areas of fibroglandular density).
- Left breast: a developing asymmetry at 2 o'clock, middle depth, not present on the 2023 exam. It persisted on spot
  compression views and had no sonographic correlate.
- Right breast: a 6 mm oval circumscribed mass at 7 o'clock, unchanged since 2021.
- No suspicious calcifications in either breast.
- Final assessment after the diagnostic work-up: BI-RADS 4A for the left breast, BI-RADS 2 for the right breast.
  Stereotactic-guided (tomo-guided) biopsy: stromal fibrosis, concordant.

Take-home points
1. New on screening and still there at work-up means suspicious until proven otherwise (about one in eight turn out
   malignant in published series).
2. No ultrasound correlate does not make it go away. Biopsy under tomo guidance if it persists.
3. Our answer to the listener question at 32:10: no -- a new finding on a screening exam that persists at diagnostic
   work-up does not fit the probably-benign criteria.

Links: ACR BI-RADS Atlas, 5th ed. | Our episode 52 on tomo-guided biopsy | Send us your cases: cases@densetissuepod.example
""")

add("t32_04_frcr_flashcard_deck", "4C", "R4C L2", "c",
    ["calc R p m:fine_linear d:segmental", "mass R a", "ad R a", "calc L p s m:round d:grouped"], """
FRCR 2B BREAST FLASHCARDS -- DECK 7 (calcifications)   printed from the revision app, 4 cards per page
Made by: Rx Revision Group, Leeds -- for personal study only

---------------------------------------------------------------
CARD 7.12  FRONT
62F, screening recall. Right CC + MLO and magnified views shown.
Describe the main finding.

CARD 7.12  BACK
Fine linear branching (casting) calcifications in the right breast, upper outer quadrant, in a segmental
distribution spanning 45 mm, pointing towards the nipple.
---------------------------------------------------------------
CARD 7.13  FRONT
Same patient. Any associated abnormality on the right?

CARD 7.13  BACK
No associated mass or architectural distortion in the right breast.
---------------------------------------------------------------
CARD 7.14  FRONT
Same patient. Breast density? And what about the left?

CARD 7.14  BACK
Density C (heterogeneously dense). Left breast: a 5 mm group of round calcifications at 6 o'clock, unchanged since
2021 -- benign.
---------------------------------------------------------------
CARD 7.15  FRONT
Same patient. Your BI-RADS assessment?

CARD 7.15  BACK
Right BI-RADS 4C. Left BI-RADS 2.
(Examiner tip: give one per breast and say it out loud.)
---------------------------------------------------------------
CARD 7.16  FRONT
Variation: what if the right calcifications had been amorphous and grouped, 6 mm, no others?

CARD 7.16  BACK
Then typically BI-RADS 4B. Biopsy either way.
---------------------------------------------------------------
""")

add("t32_05_australia_elearning_steps", "2", "B2", "c",
    ["mass R p", "mass L p", "calc B a", "ln L p"], """
BreastEd Online -- Module 4: The palpable lump
Case 4.3  |  Estimated time: 15 minutes  |  CPD points: 0.5  (RANZCR / GESA self-directed)

Work through the steps in order. Click "Reveal" to see the images and the expert's comments.

STEP 1 -- The clinical story
Ms K., 44, has felt a lump in the right breast for two weeks. No nipple discharge. No family history. She is referred
from her GP in Parramatta for bilateral mammography and ultrasound.

STEP 2 -- Read the mammogram
Expert comment: The breasts are heterogeneously dense (ACR c), which may obscure small masses. Under the skin marker
in the right breast at 9 o'clock there is an oval mass, 22 mm, with partly obscured margins. No calcifications in
either breast.

STEP 3 -- Now the ultrasound
Expert comment: At the site of the lump it is a simple cyst -- anechoic, thin imperceptible wall, posterior acoustic
enhancement, 21 x 14 mm. This is the mammographic mass.

STEP 4 -- Do not forget the other side
Expert comment: In the left breast there are several small simple cysts between 2 and 4 o'clock, the largest 6 mm.

STEP 5 -- Check the axillae
Expert comment: The left axillary nodes have thin cortices and normal fatty hila. The right axilla was scanned and is
unremarkable.

STEP 6 -- Choose a category
Which BI-RADS final assessment fits this examination?
  ( ) BI-RADS 1     ( ) BI-RADS 2     ( ) BI-RADS 3     ( ) BI-RADS 4A
Reveal: BI-RADS 2 for both breasts -- benign findings. If you chose BI-RADS 3, revisit the section on simple cysts:
they are benign, not probably benign. If you chose BI-RADS 1, remember that a benign finding was described.

STEP 7 -- What happens next?
Ms K. can return to routine screening. Aspiration of the right cyst is optional and only for symptom relief.
""")

add("t32_06_india_second_opinion_two_centres", "4B", "L4B R1", "b",
    ["mass L p", "ad L p", "ln L p", "mass R a", "calc R a", "ad R a"], """
DEPARTMENT OF RADIODIAGNOSIS -- BREAST IMAGING UNIT
Tertiary Cancer Hospital, Parel, Mumbai

SECOND OPINION -- REVIEW OF OUTSIDE IMAGING
Patient: Mrs. S. D., 47 yrs, F          Our Reg. No.: BR/26/00871          Date: 04-02-2026
Referred by: Dr. A. Kulkarni (Surgical Oncology OPD)

Dear Dr. Kulkarni,

Mrs. S. D. has had two opinions on the same mammogram and ultrasound and they differ. She has asked us to review
the images. We reviewed the digital mammogram of 12-01-2026 (DICOM on CD) and the ultrasound images from both centres.

Readings to date:

| Item                     | Centre A (Pune), 12-01-2026 | Centre B (Nashik), 20-01-2026 |
|--------------------------|-----------------------------|-------------------------------|
| Breast composition       | ACR B                       | ACR B                         |
| Left breast              | oval mass 3 o'clock, BI-RADS 3 | irregular mass, BI-RADS 4A |
| Right breast             | normal, BI-RADS 1           | normal, BI-RADS 1             |

Our review:
Breasts show scattered areas of fibroglandular density (ACR B). In the left breast at 3 o'clock, 5 cm from the nipple,
there is an irregular mass measuring 14 mm with indistinct margins. Its posterior margin is obscured by surrounding
tissue. Associated architectural distortion is seen on the MLO view. On ultrasound it is an irregular hypoechoic
lesion, not parallel to the skin, 13 x 11 mm, with internal vascularity.
A few left axillary lymph nodes are seen with preserved fatty hila and normal cortical thickness.
No mass, calcification or distortion is seen in the right breast.

Opinion:
We agree with Centre B that the left breast lesion is suspicious, but with the distortion we would place it higher.
BI-RADS 4B -- left breast. BI-RADS 1 -- right breast.
Ultrasound-guided core biopsy is advised; we can do this here on Friday.

With regards,
Dr. R. Menon, MD (Radiodiagnosis), Consultant Breast Radiologist
""")

add("t32_07_nursing_education_handout", "4", "L4 R2", "d",
    ["mass L p", "ln L a", "mass R p", "calc R p m:coarse"], """
NURS 3420 Oncology Nursing -- Clinical Skills Handout 5
Reading a mammogram report with your patient
Prepared by the Nurse Educator, Women's Health, for 3rd-year BSN students (Spring term)

Why this matters
Patients often read their report in the portal before anyone has explained it. You will be asked "what does this
mean?" Your job is not to interpret the images, but to help the patient understand the words and the next step.

The BI-RADS scale in one line each (for reference only)
  0 = needs more pictures   1 = negative   2 = benign   3 = probably benign, short follow-up
  4 = suspicious, biopsy    5 = highly suggestive of cancer   6 = known cancer

Example report (names changed) -- read it, then answer the questions below
  ------------------------------------------------------------------
  DIAGNOSTIC MAMMOGRAM, BILATERAL. ULTRASOUND LEFT BREAST.
  Breast density: The breasts are extremely dense, which lowers the sensitivity of mammography.
  LEFT: There is a 12 mm irregular mass at 1 o'clock, 6 cm from the nipple. On ultrasound it is a hypoechoic mass
  with angular margins. No enlarged lymph nodes are seen in the left axilla.
  RIGHT: A fibroadenoma containing coarse popcorn-like calcifications at 8 o'clock.
  IMPRESSION: Left breast: suspicious mass. BI-RADS 4. Ultrasound-guided biopsy recommended.
  Right breast: benign calcified fibroadenoma. BI-RADS 2.
  ------------------------------------------------------------------

Questions for discussion
1. The patient says: "So I have lumps in both breasts?" How do you explain the difference between the right and left
   findings in plain words?
2. If the biopsy shows cancer, the category would become BI-RADS 6. What does that mean for her?
3. What does "extremely dense" mean, and why might her doctor talk about extra screening?

Nursing pearl: a BI-RADS 4 result means a biopsy is needed; most biopsies are benign. Avoid false reassurance, but
do not let the patient leave thinking she has cancer.
""")

add("t32_08_usa_acgme_case_log_narrative", "4A", "L4A R2", "c",
    ["ad R p s", "calc R p s m:dystrophic", "calc L p m:amorphous d:grouped", "mass L a"], """
ACGME Case Log -- Diagnostic Radiology
Resident: J. Okafor, MD (PGY-4)        Program: University Medical Center, Columbus OH
Rotation: Breast Imaging, Block 6       Log date: 11/18/2025

Entry type: Narrative for a logged case (Mammography, diagnostic; CPT 77066 + 77065-GG)
Role: Primary interpreter under direct supervision      Supervising faculty: L. Brandt, MD

Narrative:
66-year-old woman, right lumpectomy and radiation in 2019 for IDC, sent for her annual diagnostic mammogram.
Heterogeneously dense breasts. Right breast: architectural distortion at the lumpectomy site in the upper outer
quadrant, unchanged since 2021, with dystrophic calcifications that are also stable. Left breast: a new 4 mm group of
amorphous calcifications at 12 o'clock, posterior depth, seen on the magnification CC and ML views. No associated
mass.

I initially dictated the left breast as BI-RADS 4B. On review with Dr. Brandt we discussed that a small group of
amorphous calcifications without other features sits in the lower range of suspicion, and the final signed report
was BI-RADS 4A for the left breast and BI-RADS 2 for the right breast. Stereotactic biopsy was scheduled.

What I learned: compare with every prior, not just the last one -- the distortion looked new against 2024 because of
positioning but was clearly unchanged against 2021 and 2022.

Faculty attestation: I reviewed this case with the resident and agree with the narrative. -- L. Brandt, MD
""")

add("t32_09_kenya_conference_abstract", "4C", "R4C L1", "d",
    ["asym R p", "skin R p", "ln R p", "mass R a", "mass L a", "calc L a"], """
KENYA ASSOCIATION OF RADIOLOGISTS -- 19th Annual Scientific Conference, Mombasa
Abstract KAR25-CR-041   Category: Case report (poster)

Title: Not always mastitis: inflammatory breast carcinoma in a lactating mother

Authors: W. Njoroge(1), A. Otieno(1), F. Hassan(2)
(1) Department of Diagnostic Imaging and Radiation Medicine, University of Nairobi; (2) Department of Pathology, KNH

Background: Inflammatory breast carcinoma (IBC) is rare in lactating women and is often treated first as mastitis,
delaying the diagnosis.

Case presentation: A 34-year-old para 2, breastfeeding an 8-month-old, presented with a painful, red, swollen right
breast that had not improved after two courses of antibiotics. Mammography showed extremely dense breasts. In the right
breast there was a global asymmetry with diffuse skin thickening, most marked in the lower half. No discrete mass was
identified in the right breast on mammography or ultrasound. Ultrasound showed the thickened skin with subcutaneous
oedema and several enlarged right axillary lymph nodes with cortical thickening up to 6 mm and loss of the fatty
hilum. The contralateral breast showed no masses and no suspicious calcifications. The findings were reported as
BI-RADS 4C (right) and BI-RADS 1 (left). Punch biopsy of the skin and core biopsy of an axillary node confirmed
invasive ductal carcinoma with dermal lymphatic invasion.

Discussion: Failure of mastitis to respond to antibiotics within 7-10 days should prompt imaging and biopsy. Skin
punch biopsy has a high yield when dermal lymphatics are involved.

Conclusion: In a lactating mother with "mastitis" that does not resolve, think of IBC.

Keywords: inflammatory breast cancer; lactation; mastitis; dermal lymphatic invasion
""")

add("t32_10_patient_forum_radiologist_reply", "3", "R3 L1", "c",
    ["mass R p", "mass L a", "calc L a"], """
Community Forum > Breast Health > Test results & waiting
Thread: "BI-RADS 3 on my right side - should I be scared??"

Posted by sunflower_mama82 · 3 days ago
Hi all, I got my results on the portal tonight and I can't sleep. I'm 43 and this was my second mammogram plus an
ultrasound. Copying exactly what it says:

   "Heterogeneously dense breast tissue.
    Right breast: 8 mm oval circumscribed mass at 11:00, 3 cm from the nipple, on ultrasound a hypoechoic mass
    parallel to the skin, likely a fibroadenoma. BI-RADS 3 - probably benign. Six month follow-up ultrasound recommended.
    Left breast: No suspicious masses or calcifications. BI-RADS 1."

Last year everything came back as BI-RADS 2 "benign". Why would they not just biopsy it now?? My doctor's office is
closed until Monday.

   Reply from hopeful_in_ohio · 3 days ago
   Hugs. My friend had a BI-RADS 4 and it turned out to be nothing, try not to panic.

   Reply from Dr_K_BreastRadiologist [Verified radiologist] · 2 days ago
   I'm sorry you had a scary night. I can't comment on your images, but I can explain the words. BI-RADS 3 means the
   radiologist thinks the finding is almost certainly benign (the chance of cancer is 2% or less), so instead of a
   needle they check it in six months to make sure it stays the same. An oval, circumscribed mass that lies parallel
   to the skin is the classic look of a fibroadenoma. If it grows at the six-month check they would usually change it
   to BI-RADS 4 and offer a biopsy; if it is unchanged you will normally have one or two more checks and then go back
   to routine screening. Your left side is completely normal (BI-RADS 1). Call your doctor's office on Monday and ask
   them to walk you through it -- and you can ask for a biopsy if the waiting is too hard; that is a fair choice too.

   Reply from sunflower_mama82 · 2 days ago
   Thank you so much Dr K, that helps a lot.
""")

add("t32_11_textbook_figure_legends", "5", "L5 R2", "c",
    ["ad L p", "mass L a", "calc L a", "ln R p"], """
Chapter 12  Architectural Distortion                                                               283

Figure legends, Case 12-3

Fig. 12.4 a-c  Invasive lobular carcinoma presenting as distortion in a 61-year-old woman with no history of surgery
or trauma. (a) LMLO view, heterogeneously dense breast: architectural distortion in the upper breast, middle depth
(arrow), without a central mass. (b) Spot compression view: the distortion persists and the spiculations are more
conspicuous. (c) LCC view: the finding is only faintly visible laterally (arrow); compare with (a).

Fig. 12.5  Same patient, tomosynthesis slice 34 of 61, LCC. The distortion is far more conspicuous than on the 2D view.
No associated calcifications are seen on the slices or on the synthesized image.

Fig. 12.6 a, b  Same patient, the other side. (a) RMLO view: a small oval circumscribed intramammary lymph node in the
axillary tail (arrowhead), unremarkable. (b) Ultrasound of the node: reniform shape, thin cortex, fatty hilum.

Fig. 12.7  Ultrasound, left breast, 1 o'clock, 7 cm from the nipple: an ill-defined hypoechoic area with posterior
acoustic shadowing at the site of the distortion. Final assessment BI-RADS 5 for the left breast and BI-RADS 2 for the
right breast. Ultrasound-guided core biopsy: invasive lobular carcinoma, grade 2.

Fig. 12.8  Specimen radiograph after wire-guided wide local excision: the distortion and the wire tip are within the
specimen.
""")

add("t32_12_kenya_peer_review_form", "4B", "R4B L2", "b",
    ["calc R p m:fine_pleomorphic d:grouped", "mass R a", "ad R a", "calc L p m:vascular"], """
RADIOLOGY QUALITY & PATIENT SAFETY COMMITTEE -- PEER REVIEW DISCREPANCY FORM (v3.2)
Private Hospital, Nairobi   |   Confidential: quality improvement document

Case ref: PR-2025-117        Modality: [x] Mammography  [ ] US  [ ] MRI        Date of exam: 14/08/2025
Original reporter: Radiologist A      Reviewer: Radiologist B (breast fellowship trained)
Reason for review: [ ] Random  [x] Clinician query  [ ] Incident report  [ ] MDT

Original report (quoted from the RIS):
   "Bilateral screening mammogram. Comparison 2023. Negative bilateral screening mammogram. BI-RADS 1."

Reviewer findings:
Breast composition: scattered areas of fibroglandular density (B).
Right breast: a 9 mm group of fine pleomorphic calcifications at 11 o'clock, middle third. They are visible in
retrospect on the 2023 study but have increased in number. No associated mass or distortion.
Left breast: benign vascular calcifications only.

Reviewer assessment: R: 4B / L: 2
Recommendation: recall for magnification views and stereotactic biopsy of the right calcifications.

RADPEER-style score:  [ ] 1  [ ] 2a  [x] 2b  [ ] 3a  [ ] 3b
Discrepancy type: [x] Perception  [ ] Interpretation  [ ] Communication
Clinically significant: [x] Yes  [ ] No
Patient recalled: [x] Yes, 02/09/2025      Original reporter informed: [x] Yes

Committee comment: perception error in a dense(ish) breast; discussed at the September learning meeting.
""")
