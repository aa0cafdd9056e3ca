ITEMS = []

ITEMS.append(dict(id="t36_01_iceland_images_in_clinical_medicine", density="b", overall="5", cats="L5 R2", findings=[
    "mass L p", "skin L p", "calc L p m:fine_pleomorphic d:linear", "mass R p s"], text="""
IMAGES IN CLINICAL MEDICINE

Nipple Inversion in a 68-Year-Old Woman

Sigridur Jonsdottir, M.D., and Gunnar Thorsson, M.D.
Landspitali University Hospital, Reykjavik, Iceland
sigridurj@landspitali.is

A 68-year-old woman presented to the breast clinic with a 3-month history of inversion of the left nipple. Clinical
examination was otherwise unremarkable. Mammography and digital breast tomosynthesis showed scattered areas of
fibroglandular density (Panel A) and a 14-mm irregular mass with spiculated margins in the retroareolar region of the
left breast. It pulled the nipple inward, and retraction of the nipple was seen on both the craniocaudal and
mediolateral oblique views (Panel B, arrow). Fine pleomorphic calcifications extended 2 cm posterior to the lesion.
They were arranged in a linear distribution toward the nipple (Panel C, arrowheads). In the right breast, an 8-mm oval
circumscribed mass at 10 o'clock had been present on a screening mammogram 6 years earlier; it had not changed in size
or shape. The left breast was assessed as Breast Imaging Reporting and Data System (BI-RADS) category 5 and the right
breast as category 2. Ultrasound-guided core-needle biopsy of the left retroareolar lesion showed invasive lobular
carcinoma with adjacent ductal carcinoma in situ. New nipple inversion in an older woman should prompt imaging even when
nothing is palpable. The patient underwent left mastectomy and was well at 6 months.

DOI: 10.1056/NEJMicm2600000
Copyright (c) 2026 Massachusetts Medical Society.
"""))

ITEMS.append(dict(id="t36_02_croatia_congress_abstract", density="c", overall="4B", cats="R4B L2", findings=[
    "ad R p", "calc L p s m:punctate,round d:grouped", "ln B a"], text="""
8th Congress of the Croatian Society of Radiology with International Participation, Opatija, 2026
Abstract No. CSR26-BR-117 -- Breast imaging -- Case-based educational poster

TOMOSYNTHESIS-ONLY ARCHITECTURAL DISTORTION IN A RECALLED SCREENING PARTICIPANT: FROM DETECTION TO HISTOLOGY

I. Kovacevic(1), M. Babic(1), T. Horvat-Juric(2)
(1) Department of Diagnostic and Interventional Radiology, University Hospital Centre Zagreb, Croatia
(2) Department of Pathology and Cytology, University Hospital Centre Zagreb, Croatia

Background: Architectural distortion is the third most common presentation of breast cancer and the finding most often
missed at screening. Digital breast tomosynthesis (DBT) detects distortions that are occult on 2D images, but their
work-up is not standardised in our national programme ("Mamma" programme).

Methods: We present one participant, a 57-year-old woman recalled from the national programme in 2026, who underwent
digital mammography with DBT, targeted ultrasound and stereotactic vacuum-assisted biopsy in our department. Images were
reviewed by two breast radiologists in consensus and correlated with histology.

Results: The breasts were heterogeneously dense (ACR c). On DBT a 9 mm architectural distortion was present in the upper
outer quadrant of the right breast, at middle depth. It was not visible on the 2D or synthesised images. Targeted
ultrasound showed an ill-defined hypoechoic area at 10 o'clock, 5 cm from the nipple, which corresponded to the
distortion. In the left breast a 6 mm group of round and punctate calcifications was seen at 2 o'clock; these were
unchanged compared with the screening round of 2024. No axillary lymphadenopathy was seen on either side. The final
assessment was BI-RADS 4B for the right breast and BI-RADS 2 for the left breast. Tomosynthesis-guided vacuum-assisted
biopsy (9G, 12 cores) showed a radial scar with atypical ductal hyperplasia, and surgical excision showed low-grade
ductal carcinoma in situ.

Conclusions: A DBT-only distortion needs a DBT-guided biopsy when ultrasound is inconclusive. Atypia in a radial scar
should lead to excision.

Keywords: tomosynthesis; architectural distortion; radial scar; screening
"""))

ITEMS.append(dict(id="t36_03_jordan_peer_learning_minutes", density="c", overall="5", cats="L5 R2", findings=[
    "mass L p", "calc L a", "ln R p"], text="""
Department of Radiology -- Breast Imaging Section, Amman, Jordan
PEER LEARNING CONFERENCE -- MINUTES
Date: 12 January 2026     Chair: Dr. Rania Haddad     Minutes: Dr. Omar Khalil (R4)
Attendance: 7 consultants, 5 residents, 2 technologists
Confidentiality: peer-learning material, not part of any patient record. No names of readers are recorded.

Item 1. Approval of previous minutes -- approved.

Item 2. Case 26-03 (submitted by a consultant; category: "learning opportunity")
Summary: 51-year-old woman, screening mammogram in February 2025 reported as negative, BI-RADS 1. She presented in
December 2025 with a palpable lump in the left breast and had diagnostic mammography and ultrasound on 18/12/2025.

Current diagnostic study as presented:
- Breast composition: heterogeneously dense, ACR C.
- Left breast, 2 o'clock, 6 cm from the nipple: an irregular mass with indistinct margins, 18 mm. On ultrasound it is
  an irregular hypoechoic mass, not parallel, 17 mm, with posterior shadowing, at the same site and distance.
- No calcifications are associated with it.
- Right breast, upper outer quadrant, posterior depth: a 7 mm oval circumscribed mass. This has a fatty hilum and a thin
  cortex on ultrasound and is an intramammary lymph node.
- Final assessment of the diagnostic study: BI-RADS 5, left. BI-RADS 2, right.
- US-guided core biopsy: invasive ductal carcinoma, grade 2.

Discussion: In retrospect the lesion was faintly visible on the February 2025 MLO view at the same site, partly hidden
by dense tissue at the edge of the image. The group agreed this was a perceptual miss in a dense breast and not a
technical failure. Two residents noted that the CC view was slightly under-penetrated.

Learning points agreed:
1. Check the edges of the image and the far posterior tissue on every view.
2. In dense breasts, compare the two sides side by side on every view, not only the current with the prior.
3. Positioning feedback to technologists (CC view) -- Dr. Haddad to forward to the chief technologist.

Item 3. Next conference: 9 February 2026. Cases to be submitted one week before.
"""))

ITEMS.append(dict(id="t36_04_qatar_tumour_board_summary", density="b", overall="6", cats="R6 L2", findings=[
    "calc R p m:fine_linear d:segmental", "mass R p", "ln R p", "mass L p s"], text="""
MULTIDISCIPLINARY BREAST TUMOUR BOARD -- SUMMARY
National Center for Cancer Care and Research, Doha, Qatar
Meeting of 20/01/2026, 13:00     Case 4 of 9     Presented by: Breast surgery (Dr. Al-Kuwari)
Present: breast surgery, medical oncology, radiation oncology, breast radiology, pathology, breast care nurse

Patient: 46 y/o female, premenopausal, G3P3. No family history. Referred with a right breast lump noticed 4 weeks ago.

Radiology (Dr. N. Farouk, breast imaging):
Mammography (tomosynthesis) 08/01/2026: scattered fibroglandular densities (B).
Right breast: fine linear branching calcifications in a segmental distribution, spanning 45 mm in the upper outer
quadrant. Within this area, ultrasound shows a 9 mm irregular hypoechoic mass at 11 o'clock, 6 cm FN. Both lie within the
upper outer quadrant and were targeted separately.
Right axilla: two level I lymph nodes with eccentric cortical thickening up to 5 mm; the larger one was sampled.
Left breast: 11 mm oval circumscribed mass at 3 o'clock, parallel to the skin -- biopsy-proven fibroadenoma in 2019, no
change in size since then.
Assessment: BI-RADS 6 right (biopsy-proven malignancy), BI-RADS 2 left.

Pathology (Dr. S. Menon):
US-guided core biopsy right 11 o'clock: invasive ductal carcinoma, grade 2, ER 90%, PR 60%, HER2 1+, Ki-67 20%.
Stereotactic VAB of the calcifications: DCIS, intermediate grade, with comedonecrosis.
FNA of the right axillary node: positive for metastatic carcinoma.

Discussion: extent of disease in the right breast (45 mm of DCIS plus the invasive component) in a moderately sized
breast; patient wishes to discuss reconstruction. Left breast needs no action.

Recommendations:
1. Contrast-enhanced breast MRI for extent of disease before the surgical decision.
2. Neoadjuvant systemic therapy to be considered after MRI (node positive) -- medical oncology clinic next week.
3. Clip the right axillary node before starting treatment.
4. Plastic surgery referral for reconstruction options.
5. Re-discuss at tumour board after MRI.
"""))

ITEMS.append(dict(id="t36_05_estonia_rad_path_correlation", density=None, overall="4B", cats="L4B R3", findings=[
    "calc L p m:amorphous d:grouped", "mass L a", "mass R p"], text="""
North Estonia Medical Centre, Tallinn -- Diagnostics Clinic, Breast Imaging
RADIOLOGY-PATHOLOGY CORRELATION NOTE

Patient ID: 4xxxxxxxx17 (masked for teaching file)     Age: 49
Biopsy date: 03.02.2026     Pathology received: 09.02.2026     Correlation by: Dr. K. Tamm, breast radiologist

Procedure: stereotactic vacuum-assisted biopsy (prone table), 9 G, 12 cores, clip placed (ribbon).

Imaging target: a 7 mm group of calcifications in the left breast at 1 o'clock, middle third, found at screening and
worked up with magnification views on 21.01.2026. They are amorphous and faint, without an associated mass. Specimen
radiograph: calcifications present in 5 of 12 cores. Post-procedure mammogram: clip 2 mm lateral to the target site,
most of the calcifications removed.

Other finding from the same work-up: right breast, 8 o'clock, 4 cm FN, 6 mm complicated cyst with low-level internal
echoes on ultrasound, no flow.

Assessment of the diagnostic work-up (21.01.2026): BI-RADS 4B, left breast. BI-RADS 3, right breast.

Pathology (report no. H26-01873): fibrocystic change with columnar cell change and calcifications within benign ducts
and stroma. No atypia. No in situ or invasive carcinoma.

Correlation: calcifications were retrieved (specimen radiograph) and calcifications are described in the histology.
Amorphous calcifications in columnar cell change are a recognised benign correlate.
Result: CONCORDANT BENIGN.

Plan:
- Left: diagnostic mammogram of the left breast in 12 months, then back to the screening programme.
- Right: ultrasound in 6 months for the complicated cyst, as already planned.
- Letter to the patient and to the family doctor sent 10.02.2026.
"""))

ITEMS.append(dict(id="t36_06_zambia_oral_exam_station", density="a", overall="5", cats="L5 R2", findings=[
    "mass L p", "ln L p", "calc R p m:large_rod_like d:diffuse", "mass R a"], text="""
ZAMBIA COLLEGE OF MEDICINE AND SURGERY -- MMed (Radiology) Part II
Structured oral examination -- STATION 7: BREAST IMAGING (10 minutes)
Examiner's copy. Not to be shown to the candidate.

Materials on the viewing station: bilateral screening mammogram, CC and MLO views (4 images), no priors.
Candidate instruction (read aloud): "This 63-year-old woman attended a screening camp at the University Teaching
Hospital, Lusaka. Please review the images and present your findings."

Expected findings (tick each point the candidate makes):
[ ] Breast composition: almost entirely fatty, ACR A.
[ ] LEFT breast, upper outer quadrant at about 2 o'clock: an irregular mass with spiculated margins, about 22 mm.
[ ] It is of high density and distorts the adjacent tissue.
[ ] LEFT axilla: an enlarged, dense lymph node without a fatty hilum.
[ ] RIGHT breast: scattered thick rod-like calcifications, several with lucent centres, oriented towards the nipple.
    These are secretory (large rod-like) calcifications and are benign.
[ ] RIGHT breast: no mass.

Examiner prompts (use in order, only if needed):
P1. "What is your BI-RADS assessment for each breast?"
    Expected answer: Left breast BI-RADS 5. Right breast BI-RADS 2.
    Award 1 mark only if the candidate gives BI-RADS 4C with a reasoned argument. No marks for BI-RADS 3 or lower.
P2. "If the candidate has not mentioned the axilla, ask: Is there anything else on the MLO view?"
P3. "What would you do next?"
    Expected: diagnostic views are not essential; ultrasound of the left breast and axilla with core biopsy of the
    mass and sampling of the node; refer to the breast clinic.
P4. "What if the right-sided calcifications were fine and branching instead?" -- discussion only, no marks.

Marking: findings 4 marks, assessment 2 marks, management 2 marks, communication 2 marks. Total 10.
Common failings last sitting: missing the axilla; calling secretory calcifications "suspicious".
"""))

ITEMS.append(dict(id="t36_07_trinidad_forum_post_advice", density="c", overall="4A", cats="R4A L2", findings=[
    "asym R p", "calc R a", "calc L p s m:vascular"], text="""
Caribbean Radiology Network -- Members' Forum > Breast Imaging > Case help
Thread: New focal asymmetry, no US correlate -- 3 or 4A?   (Started by DrRamdeen_POS, San Fernando, Trinidad)

DrRamdeen_POS wrote (14 Jan 2026, 09:12):
Morning colleagues, would appreciate your thoughts on one from our screening list.
58F, no personal or family hx, annual screening 2D + DBT, priors 2023 and 2024 available. Het dense (c).
R breast: new focal asymmetry at 12 o'clock, posterior third, about 9 mm, not there in 2024. It persists on spot
compression CC and ML. On the DBT slices it looks like tissue with concave borders, nothing convex.
Targeted US: nothing seen at 12 o'clock, I scanned it twice.
No calcs in it.
L breast: just some vascular calcs, same as 2023 and 2024.
I'm torn between BI-RADS 3 and 4A for the right. Our MRI is down for 3 weeks and the patient is anxious. What would you do?

Dr_A_Greaves (Bridgetown, Barbados) wrote (14 Jan 2026, 10:03):
I would not call a new one a 3 -- the Atlas criteria for probably benign do not include "new". I'd go 4A and biopsy
under DBT if you have it.

KMohammed_Rad wrote (14 Jan 2026, 10:40):
Agree with Dr Greaves. If you had no priors it would be different. We do DBT-guided VAB for these, yield is low but not
zero.

DrRamdeen_POS wrote (15 Jan 2026, 16:25):
UPDATE: thanks all. Signed it out as BI-RADS 4A right, BI-RADS 2 left, and she is booked for a DBT-guided biopsy
next Tuesday. Will post the path.
"""))

ITEMS.append(dict(id="t36_08_ai_vendor_case_study", density="b", overall="4C", cats="L4C R2", findings=[
    "mass L p", "calc L p m:punctate", "ln R p"], text="""
CUSTOMER CASE STUDY  |  NordaVision Breast AI  |  Copenhagen, Denmark
"A second look that mattered": AI-supported double reading at a regional screening unit in southern Sweden

About this case study: the images, the reports and the quotes are shared with the permission of the hospital and are
anonymised. NordaVision Breast AI is CE-marked (class IIb) as a decision-support tool; the final decision is always
made by the radiologist.

The challenge
The unit reads about 38,000 screening examinations a year with two independent readers. Like many units, it struggles to
find enough breast radiologists. NordaVision was introduced in 2025 as a concurrent aid for the second reader.

The case
A 61-year-old woman attended routine biennial screening. The breasts were scattered fibroglandular (ACR b). The first
reader found no abnormality. The AI gave the examination an exam score of 92 out of 100 and placed two marks: a
high-level mark in the left breast, upper inner quadrant, and a low-level mark in the right breast, upper outer
quadrant.

The second reader reviewed both marks. The left mark corresponded to a small 7 mm mass with indistinct margins at
11 o'clock, posterior depth, close to the pectoral muscle on the MLO view. On the recall tomosynthesis its margins were
spiculated. A few punctate calcifications were seen 1 cm anterior to it; they were considered unrelated. The right mark
was placed on an 8 mm oval, lucent-centred density that was an intramammary lymph node with a normal fatty
hilum.

"Without the mark I am not sure I would have stopped at that spot," said the second reader, a breast radiologist with
nine years of experience. "The lesion was right at the edge of the image."

After recall and ultrasound, the report read: BI-RADS 4C, left breast; BI-RADS 2, right breast. Ultrasound-guided core
biopsy showed an invasive ductal carcinoma of 8 mm, grade 1, node negative at surgery.

Results at the unit (first 12 months)
- Recall rate: 2.4% before and 2.5% after introduction.
- Cancer detection rate: 5.6 per 1,000 before, 6.3 per 1,000 after.
- NordaVision detects masses, calcifications and architectural distortions and highlights them for the reader.

Contact: sales@nordavision.example  |  www.nordavision.example/case-studies
"""))

ITEMS.append(dict(id="t36_09_uruguay_textbook_pearls_box", density="c", overall="4B", cats="L4B R2", findings=[
    "asym L p", "calc R p s m:punctate,round d:regional"], text="""
Chapter 9 -- Asymmetries: when to worry
M. Fernandez Rossi and L. Pereyra, Hospital de Clinicas, Montevideo, Uruguay

[... chapter text, pages 212-213 omitted ...]

+------------------------------------------------------------------------------------------------------------+
| BOX 9.3  PEARLS AND PITFALLS: the developing asymmetry                                                     |
|                                                                                                            |
| Pearls                                                                                                     |
| * Always compare with the oldest prior available, not only the last one: slow change is easy to miss.      |
| * Persistence on spot compression and on tomosynthesis slices is the key step.                             |
| * A sonographic correlate raises suspicion; its absence does not exclude cancer.                           |
|                                                                                                            |
| Pitfall -- the case that taught us                                                                         |
| A 66-year-old woman, screening with tomosynthesis, heterogeneously dense breasts (ACR c). In the left      |
| breast at 6 o'clock there was a 15 mm developing asymmetry, not present four years earlier and only faint  |
| two years earlier. The first reader had called it summation of tissue and assessed the screen as BI-RADS 2.|
| At consensus it was recalled. It persisted on spot compression and on the tomosynthesis slices. Targeted   |
| ultrasound showed an irregular hypoechoic area of 11 mm at 6 o'clock, 4 cm from the nipple, which          |
| corresponded to it. The right breast contained round and punctate calcifications in a regional             |
| distribution in the upper outer quadrant, unchanged for six years.                                         |
| Final assessment: left breast BI-RADS 4B; right breast BI-RADS 2.                                          |
| Core biopsy: invasive lobular carcinoma, 14 mm at surgery.                                                 |
|                                                                                                            |
| Take-home: the comparison with the oldest prior, not the most recent one, was what showed the change.      |
+------------------------------------------------------------------------------------------------------------+
"""))

ITEMS.append(dict(id="t36_10_rwanda_podcast_transcript", density="c", overall="4B", cats="R4B L2", findings=[
    "mass R p", "mass L p", "ln R p", "calc B a"], text="""
"Reading Room Rwanda" -- Episode 14: "A lump at 28"
Auto-generated transcript (lightly edited). Host: Dr. Eric Niyonzima (EN). Guest: Dr. Aline Uwase (AU), breast
radiologist, Kigali.

[00:00:05] EN: Muraho, hello everyone, welcome back to Reading Room Rwanda. Today Dr. Aline is bringing us a case from
the breast clinic. Aline, welcome.
[00:00:14] AU: Thank you, Eric. Happy to be here.
[00:03:40] EN: So tell us about the patient.
[00:03:44] AU: She was 28, no family history, she came with a lump in the right breast she had felt for about two
months. We did ultrasound first, and because of what we saw, a mammogram as well.
[00:04:02] EN: And what did you see?
[00:04:05] AU: On the mammogram, at about ten o'clock in the right breast, an oval mass, around 3 cm, with margins
that were partly obscured by the dense tissue -- her breasts were heterogeneously dense, so C.
[00:04:21] AU: On ultrasound the same lesion was complex, cystic and solid, with a thick wall and a solid part with
flow on Doppler.
[00:04:33] EN: Hmm. And the axilla?
[00:04:36] AU: The right axillary lymph nodes looked normal, thin cortex, fatty hilum.
[00:04:44] EN: And the other side?
[00:04:46] AU: The left breast had a small simple cyst, five millimetres, at three o'clock. Nothing else. And no
calcifications on either side.
[00:05:01] EN: So people listening are thinking, she is 28, it is probably a fibroadenoma, could it be a 3?
[00:05:09] AU: No. Not with a solid part that has flow. I gave it BI-RADS 4B on the right, and for the left it was
BI-RADS 2 because of the cyst.
[00:05:20] EN: And the biopsy?
[00:05:22] AU: Core biopsy showed a benign phyllodes tumour, and she had a wide excision.
[00:05:31] EN: Great teaching point. After the break we talk about how to scan the axilla properly.
[00:05:38] [MUSIC]
"""))

# ---- cases 11-12: added by a second blind writer (issue 13; brief blind_36b) ----

ITEMS.append(dict(id="t36_11_serbia_journal_club_summary", density="d", overall="4C", cats="L4C R2", findings=[
    "mass L p", "calc L a", "mass R p", "ln R p"], text="""
University Clinical Centre of Serbia, Belgrade -- Centre for Radiology and MR
RESIDENTS' JOURNAL CLUB -- SUMMARY (breast imaging block)
Session 11, Thursday 22 January 2026, 07:30, seminar room 2
Presenter: Dr Milica Petrovic (PGY-3)     Moderator: Prof. Dr Dragan Jovanovic     Summary written by: Dr N. Ilic (PGY-2)

Article discussed
"Contrast-enhanced mammography versus breast MRI for the work-up of women with extremely dense breasts:
a prospective multicentre comparison" (Eur Radiol, 2025).

Key points of the article (as presented)
- 412 women, 438 lesions; sensitivity of CEM 91 % vs MRI 94 %, specificity 84 % vs 79 %.
- Lesions assessed as BI-RADS 4A had the widest spread of PPV between readers.
- Limitations noted by the group: single vendor, no cost data, readers not blinded to the mammogram.

Illustrative case from our department (presented by Dr Petrovic, patient details removed)
55-year-old woman, screening mammography with tomosynthesis, extremely dense breasts (ACR d).
Left breast, 3 o'clock, 6 cm from the nipple: irregular mass with microlobulated margins, 12 mm, seen only on the
DBT slices. Targeted US showed an irregular hypoechoic mass of 11 mm, not paralel, at the same position; it is the
same lesion. No associated calcifcations.
Right breast: 5 mm simple cyst at 10 o'clock on US. A normal intramammary lymph node in the right upper outer
quadrant (fatty hilum) was also noted.
Reported as: left breast BI-RADS 4C, right breast BI-RADS 2. US-guided core biopsy -> invasive carcinoma NST, G2.
CEM was done afterwards for extent (no additional lesion) -- this is why the case was chosen.

Discussion
- Would CEM alone have found the left lesion? Most residents thought yes. One resident asked whether a 4B would have
  been enough; the moderator said the category depends on the margins, not on the modality.
- Our department does not yet have CEM on the second unit; MRI waiting list is 7 weeks.

Take-home messages
1. In ACR d breasts, a lesion seen on DBT only needs a targeted US and, if negative, contrast imaging.
2. Read the methods section before the abstract: who were the readers and what were they told?

Next journal club: 5 February 2026 (Dr Ilic -- abbreviated MRI protocols).
"""))

ITEMS.append(dict(id="t36_12_hungary_screening_newsletter_interval_review", density="c", overall="5", cats="R5 L2",
    findings=["mass R p", "calc R p m:fine_pleomorphic", "skin R a", "ln R p", "mass L p s"], text="""
MAMMOSZURES HIRLEVEL -- Newsletter of the Budapest regional screening centres     Issue 2026/1 (February)

In this issue: new double-reading rota -- radiographer training days -- INTERVAL CANCER REVIEW -- staff news

------------------------------------------------------------------------------------------------------------
INTERVAL CANCER REVIEW: "The screen was normal, what did we miss?"
by Dr Zsuzsanna Toth, screening lead radiologist
------------------------------------------------------------------------------------------------------------
Every interval cancer in our region is reviewed by two radiologists who did not read the original screen. This
quarter we share one case, with the client's written permission.

Earlier screen (May 2023, routine two-yearly screen)
Both readers: right breast normal, BI-RADS 1. The left breast was recalled (BI-RADS 0) for a 14 mm round mass at
1 o'clock; at the assessment clinic it was a simple cyst on ultrasound and she was returned to routine screening.

Today's diagnostic examination (Szent Imre assessment clinic, 16 December 2025)
She came back 31 months after that screen, before her next invitation, with a lump she had noticed in the right
breast. The breasts are heterogenously dense (ACR c). In the right breast, at 7 o'clock, 5 cm from the nipple, there
is a 22 mm irregular mass with spiculated margins. Fine pleomorphic calcifications lie within it. No skin thickening.
One right axillary lymph node has a cortex of 5 mm. In the left breast the cyst at 1 o'clock is unchanged in size
since the 2023 assessment. Assessment today: right breast BI-RADS 5, left breast BI-RADS 2. Core biopsy of the right
mass: invasive lobular carcinoma; FNA of the node: positive.

Review panel's verdict
Both reviewers looked at the May 2023 images blind to the site and again with it marked. They found nothing at the
site of the cancer on either view. Classification: TRUE INTERVAL CANCER. No reader error.

Why share it?
Lobular cancers grow quietly and dense breasts hide them. A normal screen is not a promise; please keep telling
clients to come in early when they feel a change, even between invitations.
------------------------------------------------------------------------------------------------------------
Staff news: welcome to our two new radiographers at the Buda site, Anna and Reka.
"""))
