# held_out_26 teaching / case texts. Same codes as imp_data.py; density letter or None.
ITEMS = [
dict(id="t26_01_kenya_tumour_board_minutes", overall="5", cats="L5 R2", density="c",
     f=["mass L p", "calc L p m:fine_pleomorphic", "ln L p", "mass R p"],
     text="""BREAST MULTIDISCIPLINARY TUMOUR BOARD - MINUTES
Venue: Boardroom 2, Kenyatta National Hospital, Nairobi. Date: 12/02/2026
Present: Dr Otieno (chair, surgery), Dr Wambui (radiology), Dr Kariuki (pathology), Dr Achieng (oncology), Sr. Njeri (breast nurse)

Case 4. Pt initials M.A., 47F, IP no. withheld. Referred from Machakos Level 5 where screening mammogram (Nov 2025) was reported as BI-RADS 0, recall.

Radiology (Dr Wambui): Mammogram + US done here 03/02/2026. Heterogeneously dense breasts (ACR c). Left breast UOQ: 23 mm irregular mass with spiculated margins. Associated fine pleomorphic calcifications extend about 15 mm anterior to it. Left axilla: 2 nodes with cortical thickening up to 6 mm, no fatty hilum. Right breast: 8 mm simple cyst at 7 o'clock, nothing else. Radiology assessment: BI-RADS 5 left, BI-RADS 2 right.
Pathology (Dr Kariuki): US guided core of left mass = IDC NST grade 2, ER+ PR+ HER2 neg. FNAC left axillary node = metastatic carcinoma.
Discussion: Tumour size vs breast volume discussed, pt keen on conservation.
Plan/outcome: 1. NACT then re-image. 2. Clip placement in the left mass before chemo. 3. Right cyst - no action.
Minutes: S. Njeri"""),
dict(id="t26_02_ohio_radpeer_discrepancy", overall="4A", cats="R4A L2", density="b",
     f=["calc R p m:amorphous d:grouped", "calc L p s m:vascular"],
     text="""PEER REVIEW - DISCREPANCY NOTIFICATION (RADPEER)
Mercy Regional Medical Center, Dept. of Radiology - CONFIDENTIAL peer review document, protected under ORC 2305.252

Exam: Screening mammogram with DBT, bilateral. Exam date: 01/06/2026.
Original interpretation (quoted): "Scattered areas of fibroglandular density. Negative. BI-RADS 1."

Reviewer comments: Reviewed at the time of the patient's next study. Breast composition b agreed. In the right breast at 9 o'clock, middle depth, there is a 4 mm group of amorphous calcifications. They are new compared with 2024 and were not described in the original report. In the left breast there are vascular calcifications, unchanged since 2022, appropriately not mentioned.
Reviewer's assessment: BI-RADS 4A right breast, BI-RADS 2 left breast.
RADPEER score: 2b (discrepancy in interpretation, not ordinarily expected to be made; likely clinically significant).
Action: Patient recalled; stereotactic biopsy scheduled. Interpreting radiologist notified by secure message."""),
dict(id="t26_03_ireland_medicolegal_opinion", overall="5", cats="L5 R2", density="c",
     f=["mass L p", "skin L a", "ln R p s"],
     text="""EXPERT REPORT ON BREAST IMAGING
Prepared for: the High Court, Dublin, at the request of solicitors for the Plaintiff
Re: Ms. X v. the Health Service Executive
Expert: Consultant Breast Radiologist (name on title page), FFR RCSI

1. Instructions. I have been asked to comment on (a) the screening mammogram of 14 March 2023 and (b) the diagnostic mammogram and ultrasound of 2 May 2024.

2. The 2023 examination. It was reported as "normal, BI-RADS 1". On my review the breasts are heterogeneously dense. I do not consider that a reasonable body of breast radiologists would necessarily have recalled the Plaintiff: some readers would have given BI-RADS 1 and some BI-RADS 0. On this point I defer to the court.

3. The 2024 examination. The breasts are heterogeneously dense (ACR c). In the left breast at 2 o'clock there is a 24 mm irregular mass with spiculated margins. There is no skin thickening or nipple retraction on the left. In the right breast there is a 5 mm intramammary lymph node, unchanged since 2021. The 2024 examination was assessed as BI-RADS 5 for the left breast and BI-RADS 2 for the right, and I agree with that assessment.

4. Statement of truth. I understand my duty to the court..."""),
dict(id="t26_04_munich_second_opinion_letter", overall="4A", cats="R4A L2", density="b",
     f=["mass R p", "calc L p m:round d:diffuse"],
     text="""Radiologische Gemeinschaftspraxis am Isartor, Munich
To: Dr. med. S. Hoffmann, Gynaecology, Munich-Schwabing
Re: Second opinion - Mrs. J. P. (date of birth on file), images of 20.01.2026 from an outside practice

Dear colleague,

thank you for asking us to review the outside mammography and ultrasound of your patient, who has recently moved from Canada and asked for an English letter.

The outside report assessed the right breast as BI-RADS 3 and recommended follow-up in 6 months.

Our review: Breast composition ACR b. In the right breast at 10 o'clock, 4 cm from the nipple, there is an 11 mm oval mass. Its margins are partly indistinct on the tomosynthesis slices, which in our view is not compatible with a probably benign lesion. On the ultrasound images it is hypoechoic and not parallel to the skin. The left breast shows scattered round calcifications, typically benign.

Our assessment: right breast BI-RADS 4A, left breast BI-RADS 2. We recommend ultrasound-guided core biopsy of the right breast mass rather than follow-up.

With kind regards,
Dr. med. K. Brandl, Fachärztin für Radiologie"""),
dict(id="t26_05_pakistan_images_in_medicine", overall="4B", cats="R4B L2", density=None,
     f=["mass R p", "calc R p m:coarse", "calc L p m:skin"],
     text="""IMAGES IN CLINICAL MEDICINE
A rapidly enlarging breast lump
Sana Iqbal, Faisal Mehmood - Department of Radiology, Nishtar Hospital, Multan, Pakistan

A 41-year-old woman presented with a right breast lump that had doubled in size over four months. Figure 1A (right mediolateral oblique view) shows a large oval mass with circumscribed and partly lobulated margins occupying most of the right breast. Coarse calcifications are seen in its lower part. Figure 1B (left craniocaudal view) shows dermal calcifications, an incidental finding. On ultrasound (Figure 1C) the mass was heterogeneous with cleft-like cystic spaces. The right breast was assessed as BI-RADS 4B and the left breast as BI-RADS 2. Core biopsy showed a benign phyllodes tumour and wide local excision was performed.

Conflict of interest: none declared."""),
dict(id="t26_06_singapore_podcast_transcript", overall="4B", cats="L4B R2", density="c",
     f=["asym L p", "ln R p s"],
     text="""[Transcript - "Reading Room Rounds" podcast, episode 37: Developing asymmetries]
[Auto-generated transcript, lightly edited]

DR TAN: Welcome back. Today's case comes from our screening programme here in Singapore. Fifty-four year old lady, routine screen. Mei Ling, what did you see?
DR LIM: So, dense breasts, I'd say category C. And in the left breast, upper inner quadrant, there's a developing asymmetry - it wasn't there two years ago, about 12 millimetres.
DR TAN: And it's real? Not summation?
DR LIM: It's real, it persists on the spot compression views. And on targeted ultrasound there's a hypoechoic area that matches it, with a little bit of shadowing.
DR TAN: What about the right side?
DR LIM: Right side, just a couple of intramammary lymph nodes, same as before, unchanged since 2022.
DR TAN: Now some listeners will be thinking, you know, BI-RADS 3, short-term follow-up. Would you?
DR LIM: No, no. Not for something new like this. So we called it BI-RADS 4B on the left, and BI-RADS 2 on the right.
DR TAN: And the biopsy?
DR LIM: Invasive lobular carcinoma. Which, yeah, is the classic story.
[music]"""),
dict(id="t26_07_lagos_social_media_thread", overall="4C", cats="R4C L2", density="d",
     f=["calc R p m:fine_pleomorphic d:segmental", "mass R a", "mass L p"],
     text="""@DrAdaezeRadiology · Thread

1/7 #BreastImaging case from our unit in Lagos. 44F, screening, no symptoms. Extremely dense breasts (d). Can you spot it? 🧵 [image]
2/7 Right breast, CC and MLO. Look at the upper outer quadrant. [image]
3/7 There it is: segmental fine pleomorphic calcifications, about 5 cm along a duct, pointing to the nipple. [mag view image]
4/7 No associated mass on mammography or on ultrasound. Axilla looked fine.
5/7 Incidental: left breast simple cyst at 2 o'clock, 9 mm. Anechoic, thin wall, posterior enhancement. Nothing to do. [US image]
6/7 Our call: BI-RADS 4C right. BI-RADS 2 left. Would anyone here have gone straight to 5? 🤔
7/7 Stereotactic VAB: DCIS high grade, comedo type. Segmental = think DCIS. #RadEd #FOAMrad
--
Reply from @sonoguy_ng: great case, thanks for sharing"""),
dict(id="t26_08_nz_recall_audit_worked_case", overall="4C", cats="R4C L2", density=None,
     f=["ad R p", "calc L p m:punctate,round d:diffuse"],
     text="""BreastScreen Aotearoa - Lead Provider Waikato
Annual audit of screening recalls, 2025 (internal, for the quality committee)

1. Summary
Women screened: 18,412. Recalled for assessment: 702 (3.8%). Outcome of assessment: returned to routine screening (BI-RADS 1-2) 71%; short-term follow-up (BI-RADS 3) 6%; biopsy (BI-RADS 4-5) 23%, of which BI-RADS 5: 3%. Cancers detected: 118.

2. Worked case (discussed at the audit meeting, anonymised)
A 61-year-old woman was recalled for two findings; the screening reading was BI-RADS 0 for both breasts.
Right breast: architectural distortion at 11 o'clock, 7 cm from the nipple, seen on the CC view. At assessment it persisted on spot compression, and ultrasound showed an ill-defined shadowing area at the same site.
Left breast: calcifications in the lower inner quadrant. On magnification they were round and punctate and diffuse throughout the quadrant, benign.
Final assessment: right BI-RADS 4C, left BI-RADS 2. Core biopsy of the right breast: invasive lobular carcinoma.

3. Learning points
Persistence on spot compression mattered more than how obvious the sign was on the screening view."""),
dict(id="t26_09_manila_resident_flashcards", overall="4A", cats="L4A R2", density="b",
     f=["calc L p m:coarse_heterogeneous d:grouped", "mass R p s"],
     text="""Deck: Breast Imaging - PGH Radiology Residents (Anki export, one case, 5 cards)
Tags: mammo::calcs mammo::birads

Card 1
FRONT: 52F, screening. Composition? (image: bilateral CC)
BACK: Scattered fibroglandular density - ACR b.

Card 2
FRONT: Left breast finding? (image: L MLO mag)
BACK: New 7 mm group of coarse heterogeneous calcifications, left upper outer quadrant. They were not there in 2024.

Card 3
FRONT: Right breast finding?
BACK: 2 cm oval circumscribed mass at 6 o'clock, unchanged since 2021 - known fibroadenoma.

Card 4
FRONT: Final assessment per breast?
BACK: Left: BI-RADS 4A. Right: BI-RADS 2.

Card 5
FRONT: Why not BI-RADS 3 for the left?
BACK: They are new. Probably-benign is only for a finding first seen on a baseline exam, never for something new."""),
dict(id="t26_10_malaysia_mmed_exam_question", overall="5", cats="R5 L2", density="c",
     f=["mass R p", "skin R p", "ln L p"],
     text="""MMed (Radiology) Part II - Breast Imaging, Paper 2, Question 14 (case-based, single best answer)
Universiti Malaya, Kuala Lumpur

A 58-year-old woman presents with a hard right breast lump. Mammography: heterogeneously dense breasts (ACR c). In the right subareolar region there is an irregular high-density mass, 28 mm, with spiculated margins. The nipple is retracted. In the left upper outer quadrant there is a 6 mm oval intramammary lymph node with a fatty hilum.

What is the most appropriate BI-RADS category for the right breast?
A. BI-RADS 3
B. BI-RADS 4A
C. BI-RADS 4C
D. BI-RADS 5
E. BI-RADS 0

Answer: D. The right breast is BI-RADS 5 and the left breast BI-RADS 2 (benign intramammary lymph node).
Explanation: A spiculated high-density mass with nipple retraction is highly suggestive of malignancy. Option E is wrong because the work-up is already complete; options A-C underestimate the risk."""),
dict(id="t26_11_hongkong_radiographer_reflective_log", overall="4C", cats="L4C R2", density=None,
     f=["mass L p", "skin L p", "calc R p"],
     text="""Reflective log - Radiographer CPD record (Gibbs' reflective cycle)
Name: K. Y. Chan, Radiographer II, Breast Imaging Unit, Queen Elizabeth Hospital, Kowloon
Date of event: 09/01/2026

Description: I performed a diagnostic mammogram for a 63-year-old lady referred from the SOPD with a hard lump in the left breast. During the CC view she felt pain and I reduced compression. I was worried the posterior tissue was not included, so I added an exaggerated CC.
Feelings: I was anxious that the image would not be diagnostic.
Evaluation: Dr. Wong told me afterwards that the extra view was helpful. She reported an irregular 15 mm mass in the left breast at the site of the lump, and noted skin thickening over it. The right breast had a few benign-looking calcifications. Her assessment was BI-RADS 4C for the left breast and BI-RADS 2 for the right.
Analysis: Pain and anxiety both reduce compression. Explaining each step helped her relax.
Action plan: I will explain compression before starting and use the exaggerated CC earlier when the lesion is posterior."""),
dict(id="t26_12_montana_nurse_navigator_summary", overall="4B", cats="L4B R2", density=None,
     f=["calc L p d:grouped", "mass R p", "ln B p"],
     text="""Big Sky Regional Hospital - Breast Health Navigation
Summary of your breast imaging visit (written for you by your nurse navigator)

Dear Ms. R.,
Here is a summary of what the radiologist (the doctor who reads the pictures) found on your mammogram and ultrasound on February 10.

Your left breast: the radiologist saw a small group of tiny calcium specks, called calcifications. They were not on your mammogram from last year. The radiologist rated your left breast BI-RADS 4B, which means "suspicious", and recommends a biopsy to find out what they are.

Your right breast: there is a cyst, a small sac filled with fluid. These are very common and harmless. Your right breast was rated BI-RADS 2, which means "benign" (not cancer).

The lymph nodes under both arms looked normal on the ultrasound.

What do the numbers mean? BI-RADS goes from 0 to 6. 0 = more pictures are needed. 1 = normal. 2 = benign. 3 = probably benign, check again in 6 months. 4 = suspicious, a biopsy is advised. 5 = highly suspicious. 6 = a known cancer.

Your biopsy is booked for February 17 at 9:00. Please call me with any questions. - Jenna, RN, Nurse Navigator"""),
dict(id="t26_13_mashhad_grand_rounds_handout", overall="5", cats="L5 R1", density="d",
     f=["mass L p", "skin L p", "mass R a", "calc R a"],
     text="""Radiology Grand Rounds - Handout
Department of Radiology, Imam Reza Hospital, Mashhad University of Medical Sciences
Topic: "The dense breast: what we still miss" - Case 2

History
- 49F, left breast lump x 2 months, no family history
- Prior mammogram 2023 (outside centre): BI-RADS 2 bilateral

Imaging
- Density: ACR D (extremely dense)
- Lt: irregular spiculated mass, UIQ, 12 mm, visible only on DBT
- Associated skin retraction over it
- Rt: no mass, no calcifications
- US: Lt mass hypoechoic, antiparallel, 14 mm

Assessment
- Current: BI-RADS 5 (Lt) / BI-RADS 1 (Rt)
- Path: ILC grade 2

Take-home
- Extremely dense breast: add DBT or US
- A negative 2D study does not exclude cancer"""),
dict(id="t26_14_telaviv_residents_wiki", overall="4A", cats="L4A R2", density="b",
     f=["mass R p", "asym L p", "calc L a"],
     text="""RadWiki (residents) > Breast > Cases > Case of the week #112
Last edited by: Noa B. (R3) · Reviewed by: Dr. Levi (attending)

== Case ==
67F, screening DBT, Sheba Medical Center. Composition: scattered fibroglandular (b).

== Findings ==
* Right breast: clustered microcysts at 8 o'clock, 6 mm, on targeted US. BI-RADS 2 (right).
* Left breast: developing asymmetry in the lower outer quadrant, 10 mm. It was not seen on the 2022 study and persists on spot compression. No calcifications within it.

== Assessment ==
BI-RADS 4A, left. US-guided biopsy: pseudoangiomatous stromal hyperplasia (PASH), concordant.

== Teaching points ==
* Anything new on screening is never BI-RADS 3 (see [[BI-RADS categories]]).
* See also: [[PASH]], [[Asymmetries - types]]"""),
dict(id="t26_15_brazil_congress_poster_translated", overall="4B", cats="L4B R2", density="b",
     f=["mass L p", "calc R p s m:punctate d:grouped"],
     text="""[Poster PE-0412 - Jornada Paulista de Radiologia 2025 - English translation by the authors]
Mucinous carcinoma mimicking a fibroadenoma: a case report
Authors: L. Carvalho, R. Mendes, T. Oliveira - Hospital das Clínicas, São Paulo

INTRODUCTION: Pure mucinous carcinoma is rare and may be wrongly classified as BI-RADS 3 because of its circumscribed appearance.

CASE REPORT: A 66-year-old woman underwent screening mammography. The breasts were scattered fibroglandular (ACR B). In the left breast at 6 o'clock there was a new oval mass, 18 mm, with microlobulated margins. On ultrasound it was isoechoic with posterior acoustic enhancement. In the right breast a group of punctate calcifications was stable for 3 years. The left breast was classified as BI-RADS 4B and the right breast as BI-RADS 2. Core biopsy: pure mucinous carcinoma.

DISCUSSION: Older age and a new finding should raise suspicion even when the ultrasound looks benign.

CONCLUSION: Do not simply follow a new circumscribed finding in a postmenopausal woman."""),
]
