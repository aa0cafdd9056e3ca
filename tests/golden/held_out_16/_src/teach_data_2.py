# Teaching / case texts t16_11 .. t16_20 (text + compact gold)
ITEMS = []

ITEMS.append(dict(id="t16_11_biopsy_video_transcript",
style="education-channel video transcript of a US-guided core biopsy: timestamps, side once, axilla re-scanned, post-procedure hematoma, generic chat question with a category",
density=None, overall="4B", bb="R4B",
findings=["mass R p", "ln R p", "other R p"],
text="""
[Video transcript] Ultrasound-guided core biopsy, step by step | Breast Imaging Education Channel

00:00 Hi everyone, welcome back. Today we're doing an ultrasound-guided core biopsy on a patient who was referred from the surgical clinic.
00:14 So this is the right breast, 10 o'clock, about 4 cm from the nipple. You can see the lesion here - it's a 12 mm irregular hypoechoic mass, not parallel, with some posterior shadowing.
00:31 On the diagnostic study last week this mass was called BI-RADS 4B, right breast, so we're going straight to tissue.
00:48 Before we start I always scan the axilla again. There's one node here with a cortex of about 4 millimetres, eccentric thickening. We'll sample that too, after the breast.
01:30 Local anaesthetic, 1% lidocaine, then lidocaine with adrenaline along the track...
02:40 ...and you can see the needle traversing the mass, pre-fire, post-fire. That's a good core.
04:10 After five cores we place the clip. On the post-procedure mammogram the clip is within 5 mm of the mass. There's a small hematoma developing at the biopsy site, so we hold pressure for ten minutes.
05:02 Question from the chat: "Would you ever biopsy a BI-RADS 3?" Generally no, unless the patient is about to start IVF or a transplant list, or really can't come back for follow-up.
05:40 That's it for today. Thanks for watching.
"""))

ITEMS.append(dict(id="t16_12_surgeons_journal_localisation",
style="'Imaging for surgeons' journal series by a radiologist: wire localisation of calcifications, check mammogram and specimen radiograph narrated",
density=None, overall="4C", bb="R4C",
findings=["calc R p m:fine_pleomorphic d:grouped", "mass R a", "ad R a"],
text="""
ANZ Journal of Surgery - Imaging for Surgeons

Pre-operative localisation of impalpable calcifications: a worked example

A 63-year-old woman was recalled from population screening because of calcifications in the right breast. Magnification views showed a 14 mm group of fine pleomorphic calcifications in the upper outer quadrant, middle third (BI-RADS 4C, right). There was no associated mass or distortion on tomosynthesis, and ultrasound was negative. Stereotactic vacuum-assisted biopsy showed intermediate-grade ductal carcinoma in situ and a clip was left. The left breast was clear.

On the day of surgery a hookwire was placed under stereotactic guidance through a lateral approach, chosen because it gave the shortest skin-to-lesion distance. The check mammogram showed the wire tip 3 mm beyond the clip, which lay at the centre of the residual calcifications. Specimen radiography confirmed the clip and the calcifications within the specimen, 8 mm from the nearest (lateral) margin; the surgeon was told before the wound was closed.

Key messages for the surgeon
1. Ask the radiologist which approach was used and where the wire tip lies in relation to the lesion.
2. The specimen radiograph is a two-dimensional image: a calcification close to one edge may be further from the margin in the third dimension.
3. Residual calcifications around a biopsy clip are the target, not the clip alone.
"""))

ITEMS.append(dict(id="t16_13_breastscreen_assessment_teaching",
style="Australian BreastScreen assessment-clinic education case: readers' recall reason, DBT distortion + US correlate, synoptic grade (not BI-RADS), generic BI-RADS teaching line",
density=None, overall=None, bb="",
findings=["ad L p", "mass L a", "calc L a"],
text="""
BreastScreen Radiology Education Session - Assessment Clinic Case 7

Screening round 4 (rounds 1-3 normal). Both readers recalled the left breast: "L UOQ ?distortion, CC and MLO".

Assessment
Tomosynthesis of the left breast confirmed an architectural distortion of 12 mm in the upper outer quadrant, posterior third, with no central mass and no calcification. Targeted ultrasound at 2 o'clock, 8 cm from the nipple, showed a subtle 9 mm irregular hypoechoic area with posterior shadowing at the site. The right breast was not assessed (negative at screening).
Clinical examination (breast physician): no palpable abnormality.
Radiology assessment outcome (synoptic): grade 4 - suspicious.
Ultrasound-guided core biopsy: radial scar with atypical ductal hyperplasia. Vacuum-assisted excision: radial scar without malignancy. Returned to routine two-yearly screening.

Teaching points
- On tomosynthesis, distortion is seen more often than on 2D and more of it is benign (radial scar, fat necrosis), but a distortion without a surgical history still needs tissue; in BI-RADS terms it is a category 4 finding.
- A sonographic correlate makes biopsy easier but its absence does not downgrade the finding.
"""))

ITEMS.append(dict(id="t16_14_cfp_imaging_quiz",
style="family-medicine journal imaging quiz: question with options, answer printed later, figure legend carries the side, generic categories in the explanation",
density=None, overall="2", bb="L2",
findings=["mass L p", "mass L p"],
text="""
Canadian Family Physician - Diagnostic Imaging Quiz: What's your call?

Question
A 38-year-old woman presents with a tender lump in the left breast that appeared two weeks ago. She is otherwise well. Ultrasound is performed (Figure 1).
What is the most likely diagnosis?
a) Simple cyst
b) Fibroadenoma
c) Breast abscess
d) Invasive carcinoma

Figure 1. Targeted ultrasound image of the left breast at 3 o'clock.

(Answer on page 412.)

Answer: a) Simple cyst
The image shows a 2.1 cm oval anechoic mass with circumscribed margins, an imperceptible wall and posterior acoustic enhancement, without internal echoes or vascularity. A second, smaller cyst of 6 mm is seen at 4 o'clock. These findings are classic for simple cysts, which are benign (BI-RADS 2) and need no follow-up. Aspiration is reserved for painful cysts and can be done in the office or in the imaging department.
By contrast, a cyst with low-level internal echoes is usually followed (often BI-RADS 3), and a complex cystic and solid mass needs biopsy (BI-RADS 4). Family physicians should request diagnostic imaging - not a screening mammogram - for any new lump.
"""))

ITEMS.append(dict(id="t16_15_night_float_discrepancy_log",
style="residency overnight preliminary-read discrepancy log: resident prelim quoted, attending final replaces it, discrepancy grade and comment",
density=None, overall="4C", bb="L4C",
findings=["mass L p", "skin L p", "ln L p"],
text="""
Radiology Residency - Overnight Preliminary Read Discrepancy Log (Breast / Emergency ultrasound)

Entry 2026-03-07-04
Exam: US BREAST LEFT LIMITED (ED), performed 02:14
Indication (ED): 36F, painful red left breast x 4 days, fever? rule out abscess.

Resident preliminary (PGY-2, 02:40):
"Complex cystic collection at left 6 o'clock, 3.2 cm, ?abscess. Recommend clinical correlation and aspiration. BI-RADS 3."

Attending final (08:05):
"At 6 o'clock, 5 cm from the nipple, there is a 3.1 cm irregular heterogeneous hypoechoic mass with indistinct and angular margins, internal vascularity and no fluid component. The overlying skin is thickened. A left axillary lymph node has cortical thickening to 6 mm. IMPRESSION: Suspicious mass, left breast. BI-RADS 4C. Diagnostic mammogram and ultrasound-guided biopsy recommended."

Discrepancy grade: Major (category change with change in management).
Communicated to: ED physician and patient by phone 08:20; breast clinic appointment booked.
Comment (program director): Solid internal echoes with flow are not a collection. Not every painful red breast in the ED is an abscess - in a non-lactating woman, think of inflammatory carcinoma.
"""))

ITEMS.append(dict(id="t16_16_journal_club_handout",
style="journal-club handout: article statistics with categories, illustrative local case (multiple bilateral masses, microcyst cluster), discussion questions with hypothetical categories",
density="c", overall="2", bb="B2",
findings=["mass B p", "mass L p"],
text="""
Breast Imaging Journal Club - Handout (Thursday 7:30, reading room 2)

Article: "Outcomes of BI-RADS 3 lesions found on supplemental screening ultrasound in dense breasts" (J Breast Imaging 2025)
Summary: Retrospective study of 1,204 BI-RADS 3 lesions; 0.9% were malignant at two years, all found at the 6-month examination. The authors suggest that multiple bilateral circumscribed masses may be assessed as BI-RADS 2 rather than 3, and that most BI-RADS 3 follow-up of such masses could be dropped.

Illustrative case from our department (presented by Dr. Okafor)
54F, dense breasts (ACR C), supplemental whole-breast ultrasound one week after a negative mammogram.
Multiple circumscribed oval hypoechoic masses were found in both breasts, at least three on each side, the largest 8 mm at right 10 o'clock. Also noted: a 7 mm cluster of microcysts at left 1 o'clock. We assessed the examination as BI-RADS 2, both breasts, and returned her to annual screening.

Discussion points
1. Would you have called this BI-RADS 3? Would a single 8 mm mass have been a 3?
2. How many masses make "multiple"? The article used three or more, at least one in each breast.
3. Does the evidence apply to a baseline examination without priors?
"""))

ITEMS.append(dict(id="t16_17_ukraine_tumour_board",
style="Ukrainian regional oncology centre tumour-board summary in English (dash lines, 'MMG', 'USG', '10 h'), outside Polish category, pathology; misspelling",
density="c", overall="5", bb="L5 R1",
findings=["mass L p", "calc L p m:fine_linear d:segmental", "ln L p", "ln R p"],
text="""
Multidisciplinary Breast Tumour Board - Lviv Regional Oncology Centre
Summary in English for the referring clinic in Lublin (Poland)

Patient: O.K., 45 y.  Date of board: 18.03.2026
Referred for second opinion and treatment planning after mammography performed in Poland.

Radiology (presented by Dr. Kovalenko):
- MMG (Lublin, 02.2026, images reviewed at the board): ACR C. R breast - no suspicious changes. L breast - in UIQ a 17 mm irregular mass with spiculated margins; associated with it - segmental fine-linear calcifiactions extending 45 mm towards the nipple.
- USG (our centre, 03.2026): L 10 h, 7 cm FN - hypoechoic irregular mass 16 x 12 mm, vertical orientation, posterior shadowing. L axilla - 1 LN with cortex thickened to 4 mm, fatty hilum preserved. R axilla - LN of normal structure.
- Assessment of the board radiologist: L BI-RADS 5; R BI-RADS 1. (Lublin report: BI-RADS 4 left.)

Pathology (CNB of the L mass, 03.2026): IDC NST G2, ER 90%, PR 60%, HER2 2+ (FISH negative), Ki-67 25%. DCIS high grade in the cores taken from the calcifications.

Decision: MRI of both breasts for extent (calcifications 45 mm); FNA of the L axillary LN; then surgery first vs neoadjuvant therapy to be decided at the next board.
"""))

ITEMS.append(dict(id="t16_18_egyptian_cem_case",
style="Egyptian journal case report: sono-mammography then contrast-enhanced spectral mammography, same mass on three techniques, second mass on CEM only, category upgraded",
density="c", overall="4C", bb="R4C",
findings=["mass R p", "calc R a", "mass R p", "ln L p"],
text="""
The Egyptian Journal of Radiology and Nuclear Medicine - Case report

Added value of contrast-enhanced spectral mammography in a dense breast with a palpable lump

A 42-year-old female presented to the outpatient clinic of a university hospital in Cairo with a right breast lump of two months' duration. There was no family history of breast cancer.

Sono-mammography: Full-field digital mammography showed heterogeneously dense breasts (ACR c) with a 2 cm ill-defined mass with indistinct margins in the right upper outer quadrant, without calcification. Ultrasound showed an ill-defined hypoechoic area at 10 o'clock with mild posterior shadowing, 15 mm, corresponding to the mass. A few benign-looking lymph nodes were seen in the left axilla. Assessment was BI-RADS 4A for the right breast.

CESM: The low-energy images showed the same findings. The recombined images showed an irregular heterogeneously enhancing mass, 24 mm, at the site of the mammographic mass, and a second 8 mm enhancing mass 2 cm posterior to it, not seen on the conventional images. No abnormal enhancement in the left breast. The CESM assessment was upgraded to BI-RADS 4C (right breast).

Histopathology: Ultrasound-guided biopsy of the index mass and second-look ultrasound-guided biopsy of the posterior mass both showed invasive ductal carcinoma, grade II (multifocal disease). The patient underwent mastectomy instead of breast-conserving surgery.

Discussion: CESM depicts the extent of disease better than conventional imaging in dense breasts and is cheaper and more available than MRI in our setting.
"""))

ITEMS.append(dict(id="t16_19_deposition_excerpt",
style="deposition transcript excerpt (Q/A, page/line numbers): the reading radiologist narrates a screening exam; unsided category; hypothetical category in a question",
density="b", overall="2", bb="",
findings=["calc R p s m:punctate,round d:grouped"],
text="""
DEPOSITION OF ELAINE R. FORSYTHE, M.D. - EXCERPT (pages 41-43)

41
 5   Q.  Doctor, you interpreted the screening mammogram of
 6       March 3, 2023?
 7   A.  Yes.
 8   Q.  Please tell the jury what you saw.
 9   A.  The breasts were of scattered fibroglandular density.
10       In the right breast there was a cluster of
11       calcifications in the upper outer quadrant, which I
12       compared with the 2021 and 2022 studies. They were
13       unchanged. They were round and punctate. I considered
14       them benign.
15   Q.  And the left breast?
16   A.  There was nothing in the left breast.
17   Q.  What category did you assign?
18   A.  BI-RADS 2, benign.
42
 1   Q.  Did you consider a BI-RADS 3 or a recall?
 2   A.  No. Round and punctate calcifications that have been
 3       stable for two years do not need a recall.
 4   Q.  You are aware that the patient was diagnosed with
 5       cancer in January 2024?
 6   A.  In the left breast, yes, on a diagnostic examination
 7       that I did not read. I have not reviewed those images.
 8   MR. DALTON: Objection, form.
"""))

ITEMS.append(dict(id="t16_20_nact_response_handout",
style="lecture handout on response to neoadjuvant chemotherapy: baseline and post-treatment exams narrated, calcifications stable while the mass shrinks, node normalised",
density="c", overall="6", bb="L6",
findings=["mass L p", "calc L p s m:fine_pleomorphic d:segmental", "ln L p"],
text="""
Module 6 - Imaging of response to neoadjuvant chemotherapy (lecture handout, slide notes)

Example case
51-year-old, biopsy-proven invasive ductal carcinoma of the left breast (triple negative) with a biopsy-proven metastatic axillary node; a clip was placed in the node.

Baseline (January 2026): heterogeneously dense breasts. Left upper outer quadrant 32 mm irregular spiculated mass with associated fine pleomorphic calcifications extending 40 mm in a segmental distribution. Left axillary node with an 8 mm cortex, clipped. Right breast normal.

After six cycles (June 2026): the mass has decreased to 9 mm and is now an ill-defined residual density. The calcifications are unchanged in extent - calcifications often persist after chemotherapy and do not reliably indicate residual tumour. The clipped node now has a normal 2 mm cortex. No new findings. BI-RADS 6 (left).

Teaching points
- Report the residual size in the same dimensions as at baseline.
- Persistent calcifications must be removed at surgery, but their extent does not measure the residual invasive tumour.
- Tell the surgeon which node was clipped and whether the clip is still in it.
"""))
