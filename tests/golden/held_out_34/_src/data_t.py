"""held_out_34 teaching / case texts by third parties."""
ITEMS = []


def add(id, setting, form, density, cats, overall, findings, text):
    ITEMS.append(dict(id=id, setting=setting, form=form, density=density, cats=cats, overall=overall,
                      findings=findings, text=text))


add("t34_01_wiki_article_section", "online encyclopedia article (English), section on imaging of synchronous bilateral cancer",
    "wiki markup headings, citation markers [7], generic sentence naming kinds, 'It was associated with' continues the left mass, "
    "'no mass or distortion accompanied them' continues the right calcs",
    "c", "L5 R4B", "5",
    ["mass L p", "calc L p m:fine_pleomorphic d:linear", "calc R p m:amorphous d:grouped", "mass R a", "ad R a", "ln L p"],
    """
== Imaging ==
Synchronous bilateral breast cancer (SBBC) is defined as cancer in both breasts diagnosed within 6 months of each
other.<ref name="Kheirelseid"/> Its reported frequency is 1-3% of all breast cancers.[6] On mammography the second
cancer may present as a mass, calcifications or architectural distortion, and it is often smaller and less conspicuous
than the index tumour, so careful review of the contralateral breast is recommended.[citation needed]

=== Illustrative case ===
A 58-year-old woman presented with a palpable lump in the left breast.[7] Mammography showed heterogeneously dense
breasts (ACR c). In the left breast at the 2 o'clock position there was a 14 mm irregular mass with spiculated
margins. It was associated with fine pleomorphic microcalcifications extending 10 mm anteriorly towards the nipple in
a linear distribution. In the right breast a group of amorphous microcalcifications spanning 6 mm was found in the
upper inner quadrant; no mass or distortion accompanied them. Ultrasound showed a 15 mm hypoechoic mass with posterior
acoustic shadowing at the site of the palpable lump and two enlarged left axillary lymph nodes with cortical thickness
up to 5 mm. The left breast was assessed as BI-RADS 5 and the right breast as BI-RADS 4B.[8] Core biopsy of the left
mass showed invasive ductal carcinoma, and stereotactic vacuum-assisted biopsy of the right calcifications showed
ductal carcinoma in situ, intermediate grade.[8]

==== See also ====
* [[Breast Imaging-Reporting and Data System]]
* [[Ductal carcinoma in situ]]
""")

add("t34_02_ghana_newsletter_case_of_month", "Ghanaian teaching hospital (Korle Bu, Accra) radiology department newsletter",
    "newsletter 'Case of the Month' between staff news items; 'It measured ...', 'It was not present in 2023' continue the "
    "left asymmetry; US mass = the asymmetry (one); stable fibroadenoma with popcorn calcs",
    "b", "L4B R2", "4B",
    ["asym L p", "calc L a", "mass R p s", "calc R p s m:coarse"],
    """
THE KB RADIOLOGIST  --  Newsletter of the Department of Radiology, Korle Bu Teaching Hospital
Issue 14  |  January 2026

IN THIS ISSUE: New tomosynthesis unit commissioned  *  CPD calendar  *  Case of the Month  *  Staff news

--- CASE OF THE MONTH ---
Contributed by Dr. Efua Asante-Owusu, Senior Resident, Breast Imaging Unit

A 47-year-old teacher attended for her routine mammogram. The breast composition was scattered fibroglandular
density (ACR b). In the left breast, upper outer quadrant, posterior third, a developing asymmetry was seen on both
the CC and MLO views. It measured 12 mm on the CC view. It was not present on her 2023 mammogram, and spot
compression confirmed that it persisted. No suspicious calcifications were seen in the left breast. Targeted
ultrasound showed an 11 mm irregular hypoechoic mass with angular margins at 2 o'clock, which corresponded to the
mammographic abnormality.

The right breast contains a known fibroadenoma at 9 o'clock with popcorn calcifications; both are unchanged since
2021.

Final assessment: left breast BI-RADS 4B, right breast BI-RADS 2. Ultrasound-guided core biopsy showed invasive
lobular carcinoma.

Teaching point: a developing asymmetry is a new or enlarging asymmetry and needs work-up even when the breast is
otherwise unremarkable.

--- STAFF NEWS ---
Congratulations to Mr. Kojo Mensah, our senior radiographer, on his MSc. Welcome to our two new house officers.
""")

add("t34_03_pakistan_blog_image_captions", "Pakistani breast radiologist's blog (Lahore), post with image captions and comments",
    "blog post with 'Image 1 (LMLO)' captions whose view labels carry the side; commenter's hypothetical '5' and author's reply; "
    "casting -> fine_linear segmental",
    "b", "L4C R2", "4C",
    ["calc L p m:fine_linear d:segmental", "mass L a", "ln L p", "calc R p m:vascular", "ln R p"],
    """
Breast Imaging Notes -- thoughts from a reading room in Lahore
Posted 18 January 2026 by Dr. Sana Qureshi  |  Tags: calcifications, DCIS, case

Casting calcifications: don't let the clean ultrasound fool you

This week's case is a 52-year-old lady sent for a screening mammogram by her gynaecologist. Breast composition was
scattered fibroglandular (ACR b). The images tell the story better than I can.

[Image 1] LMLO view: fine linear branching calcifications in the upper left breast, following the course of a duct
towards the nipple.

[Image 2] Magnified LCC view: the same calcifications, casting type, extend over 45 mm in a segmental distribution.
No mass is obvious on tomosynthesis.

[Image 3] Left axillary ultrasound: a lymph node with a cortex of 4 mm, asymmetric, hilum still visible.

[Image 4] RCC view: tram-track vascular calcifications and a small intramammary lymph node in the outer breast,
both unremarkable.

Ultrasound of the left breast did not show a mass (it often won't with DCIS). I called it BI-RADS 4C for the left
breast, and the right was BI-RADS 2. Stereotactic vacuum biopsy showed high-grade DCIS with a 2 mm focus of invasion;
the node was sampled too and was negative.

Comments (2)

Dr. Imran H. -- Great case. Honestly with that extent and branching I would have called it a 5.
  Reply from Dr. Sana Qureshi -- Fair point! I keep 5 for when I'd bet on it; here I wanted to leave a little room.
""")

add("t34_04_usa_cme_quiz_answer_key", "US state radiological society journal CME (Austin, Texas), answer key of a case quiz",
    "answer key lines 'Answer: C' with rationale; wrong choice 'B (BI-RADS 4A)' named in a rationale; the oil cyst's "
    "rim calcification in the next sentence ('Its wall'); unsided 'either axilla'",
    "c", "R5 L2", "5",
    ["mass R p", "skin R p", "mass L p", "calc L p m:rim", "ln B a"],
    """
TEXAS RADIOLOGY JOURNAL -- SELF-ASSESSMENT CME
Breast Imaging Case 7: ANSWER KEY AND RATIONALES
(Questions appeared on page 41. AMA PRA Category 1 Credit(TM) available after completing the online post-test.)

Case summary: 63-year-old woman, screening bilateral digital mammography with tomosynthesis, prior exam 2023.

1. Answer: C.
   Rationale: The breasts are heterogeneously dense (ACR c), which may obscure small masses.

2. Answer: B.
   Rationale: The most important finding is the new 17 mm irregular mass with spiculated margins in the right upper
   outer quadrant, middle depth. Retraction of the overlying skin is seen on the right MLO tangential view.

3. Answer: D.
   Rationale: The lucent 11 mm oval mass in the left lower inner quadrant is an oil cyst after the patient's 2019
   reduction. Its wall shows eggshell calcification, a typically benign appearance. Neither axilla shows
   lymphadenopathy.

4. Answer: A -- right breast BI-RADS 5, left breast BI-RADS 2.
   Rationale: Spiculated margins with skin retraction carry a very high probability of malignancy. Choice B
   (BI-RADS 4A) underestimates the risk; choice C applies BI-RADS 0 although the diagnostic work-up is complete.

5. Answer: B.
   Rationale: Ultrasound-guided core biopsy of the right mass; no follow-up is needed for the oil cyst.
""")

add("t34_05_saudi_grand_rounds_slide_lines", "Saudi tertiary hospital (Riyadh) radiology grand rounds, deck exported one line per slide",
    "one line per slide ('Slide 5 -- Spot CC: persists; no calcs within it') continuing the right asymmetry without a side; "
    "US mass = asymmetry; take-home slide with a negated generic 'BI-RADS 3'",
    "b", "R4B L2", "4B",
    ["asym R p", "calc R a", "calc L p s d:diffuse", "ln L p"],
    """
Breast Imaging Grand Rounds -- King Fahad Medical City, Riyadh -- 21 Jan 2026 -- slide text export
Slide 1 -- "The asymmetry that would not go away" / Dr. Noura Al-Harbi, Breast Imaging Fellow
Slide 2 -- Hx: 55 F, screening, no complaints, FHx: sister with breast Ca at 50
Slide 3 -- Composition: scattered areas of fibroglandular density (B)
Slide 4 -- RCC + RMLO: new focal asymmetry, inner breast, posterior depth (compare 2024)
Slide 5 -- Spot CC: persists, slightly denser centrally; no calcs within it
Slide 6 -- US R 3:00, 6 cm FN: 9 mm irregular hypoechoic mass, not parallel = corresponds to the asymmetry
Slide 7 -- LCC + LMLO: scattered benign-appearing calcs, unchanged since 2022
Slide 8 -- L axilla US: 2 nodes, thin cortex, fatty hilum preserved
Slide 9 -- Assessment: R BI-RADS 4B | L BI-RADS 2
Slide 10 -- US-guided CNB 14G x 4: IDC grade 2, ER+/PR+/HER2-
Slide 11 -- Take-home: a persistent focal asymmetry with an US correlate is not a BI-RADS 3 finding
Slide 12 -- Questions? / Thank you
""")

add("t34_06_canada_report_writing_guide", "Canadian university department (Winnipeg) residents' report-writing guide, 'bad vs good' example",
    "'BAD' and 'GOOD' versions of one report; the bad one's side-less 'small nodule' and 'some calcs' are the same lesions; "
    "critique lines; categories only in the good version",
    "b", "R3 L2", "3",
    ["mass R p", "calc L p s m:punctate d:grouped", "mass L a", "ad L a"],
    """
Writing Breast Imaging Reports -- A Guide for Residents
Section of Breast Imaging, Department of Radiology, University of Manitoba (2025 edition)

Example 3.2  Describe, locate, assess -- and say which breast

BAD:
  "Breasts are fine apart from a small nodule, likely benign. Some calcs too. Probably nothing. Suggest follow up."

What is wrong: no side, no clock face, no size, no comparison, no category, and no interval for the follow-up.
The referring physician cannot tell which breast needs the follow-up or when.

GOOD:
  "The breasts have scattered areas of fibroglandular density (ACR b).
   Right breast: a new 8 mm oval circumscribed mass at 10 o'clock, 4 cm from the nipple, middle depth. On the
   same-day ultrasound it is an oval, parallel, hypoechoic mass with circumscribed margins, likely a fibroadenoma.
   Left breast: grouped punctate calcifications at 1 o'clock, 5 mm, stable since 2023. No suspicious mass or
   architectural distortion in the left breast.
   IMPRESSION: Right: BI-RADS 3 - probably benign; 6-month follow-up ultrasound. Left: BI-RADS 2 - benign."

Why it works: each finding has a side, a location and a size; the mammographic and ultrasound descriptions are tied
to one lesion; the assessment gives a category for each breast and a concrete plan.
""")

add("t34_07_netherlands_arbitration_record", "Dutch national screening programme (regional screening unit, Rotterdam), discrepant double-reading arbitration record in English for an EU training course",
    "two readers' categories (R 0 / R 4, L 2 / L 1) replaced by the arbitrator's decision 'Right: BI-RADS 0 -- refer. Left: BI-RADS 2'; "
    "'No associated mass' continues the right calcs",
    "b", "R0 L2", "0",
    ["calc R p m:amorphous d:grouped", "mass R a", "calc L p m:vascular", "ln L p s"],
    """
Screening Unit Rotterdam-Zuid -- Discrepant double reading: arbitration record
(anonymised, reproduced with permission for the EUSOBI screening-reader course, module 3)

Round: 9th screening round, age 68.  Views: bilateral CC + MLO.  Prior: round 8 (2024), available.
Breast composition (both readers): ACR b.

READER 1 (radiologist A, 4,800 reads/yr)
  Right: new group of faint calcifications, upper outer quadrant.  BI-RADS 0 right.
  Left: vascular calcifications; intramammary lymph node unchanged.  BI-RADS 2 left.

READER 2 (radiologist B, 3,100 reads/yr)
  Right: calcifications suspicious.  BI-RADS 4 right.
  Left: no abnormality.  BI-RADS 1 left.

ARBITRATION (consensus, radiologist C, 21-01-2026)
  In the right upper outer quadrant there is a new group of amorphous calcifications, about 6 mm, not present in
  round 8. No associated mass. In the left breast there are benign vascular calcifications and an intramammary
  lymph node in the upper outer quadrant, unchanged since round 8.
  Decision: Right: BI-RADS 0 -- refer to the assessment centre. Left: BI-RADS 2.
  Note for the readers: in the screening setting a referral is coded 0 (or 4/5 only for obvious malignancy); the
  discrepancy between readers was in coding, not in the decision to refer.

Outcome (added 10-02-2026): assessment-centre stereotactic biopsy of the right calcifications -- fibrocystic change with
columnar cell lesion. Returned to routine screening.
""")

add("t34_08_usa_patient_education_video", "US academic health system (Cleveland, Ohio) patient-education video transcript with on-screen captions",
    "spoken narration with [ON SCREEN] sample report; legend of categories 0-6 spoken (not asserted); the sample report's "
    "categories are the text's; 'On ultrasound it is' continues the right mass",
    "d", "R2 L1", "2",
    ["mass R p", "mass L a", "calc L a", "ad L a", "ln L p"],
    """
[Video transcript] "Reading your mammogram report" -- Breast Health Series, episode 4 (6:42)

[00:00] NARRATOR (Dr. Alicia Romero, breast radiologist): Hi, I'm Dr. Romero. Many of you read your mammogram report
in the patient portal before you talk to your doctor. Let's walk through a sample report together.

[00:21] [ON SCREEN: "Breast composition: The breasts are extremely dense (d), which lowers the sensitivity of
mammography."]
NARRATOR: This first line is about how much dense tissue you have. It is very common and it is not a finding.

[00:58] [ON SCREEN: "Right breast: There is a 6 mm oval circumscribed mass at 7 o'clock. On ultrasound it is a simple
cyst."]
NARRATOR: A simple cyst is just a little sac of fluid. Cysts are benign.

[01:40] [ON SCREEN: "Left breast: No suspicious mass, calcifications or architectural distortion. A normal lymph node
is seen in the left axilla."]
NARRATOR: Lymph nodes in the armpit are normal; everyone has them.

[02:25] [ON SCREEN: "IMPRESSION: Right: BI-RADS 2 - benign. Left: BI-RADS 1 - negative."]
NARRATOR: The BI-RADS number is the radiologist's summary. Quickly, here is the whole scale: 0 means we need more
pictures, 1 is negative, 2 is benign, 3 is probably benign with a short-term follow-up, 4 is suspicious and usually
means a biopsy, 5 is highly suggestive of cancer, and 6 is a cancer already proven by biopsy.

[04:10] NARRATOR: If your report says category 3, 4 or 5, your care team will contact you about next steps. Always
ask your doctor if something is unclear. Thanks for watching.
""")

add("t34_09_india_qbank_item_user_stats", "Indian postgraduate-entrance / DNB radiology question bank app (New Delhi)",
    "question stem, options A-D as categories (not asserted), 'Correct answer' and users' answer shares, explanation stating "
    "both breasts; nipple retraction -> skin; no density stated",
    None, "L5 R2", "5",
    ["mass L p", "skin L p", "ln L p", "calc R p d:diffuse"],
    """
RadPrep Qbank  >  Breast Imaging  >  Q 1187  (Difficulty: moderate)

A 49-year-old woman presents with a hard lump in the left breast for 3 months. Bilateral mammograms show a 2.2 cm
irregular high-density mass with spiculated margins in the upper outer quadrant of the left breast, with retraction
of the nipple. Enlarged dense lymph nodes are seen in the left axilla. The right breast shows scattered benign-appearing
calcifications.
What is the most appropriate BI-RADS category for the left breast?
  A. BI-RADS 3
  B. BI-RADS 4A
  C. BI-RADS 5
  D. BI-RADS 0

Correct answer: C
Your answer: C   (62% of users answered C, 21% B, 11% D, 6% A)

Explanation:
The left breast is BI-RADS 5: a spiculated high-density mass with nipple retraction and abnormal axillary nodes is
highly suggestive of malignancy (PPV > 95%). Tissue diagnosis by core biopsy follows. BI-RADS 0 is not appropriate
because imaging is sufficient to assess it. The right breast is BI-RADS 2 because of its benign calcifications.
Ref: ACR BI-RADS Atlas, 5th ed., Mammography, p. 135.
""")

add("t34_10_usa_prior_authorization_review", "US health plan (Columbus, Ohio) utilization-review determination letter for breast MRI",
    "review letter summarising the submitted records; the 2025 'BI-RADS 3' is previous; guideline criterion naming "
    "'BI-RADS 3 or 4' not asserted; 'not seen on ultrasound' leaves the distortion present",
    "d", "L4A R2", "4A",
    ["ad L p", "calc R p s m:coarse", "mass R a"],
    """
BUCKEYE HEALTH PLAN -- Utilization Management
Prior Authorization Determination       Reference: PA-2026-0118842       Date: 01/27/2026

Service requested: MRI breast bilateral with and without contrast (CPT 77049)
Requesting provider: Dr. M. Whitfield, Breast Surgery, Columbus OH

Clinical summary (from submitted records):
Bilateral diagnostic mammogram with tomosynthesis 01/14/2026. The breasts are extremely dense (ACR d). In the left
breast, upper outer quadrant, there is architectural distortion seen only on the tomosynthesis slices. It was not seen
on the same-day targeted ultrasound. In the right breast, coarse calcifications are stable since 2023, and there is no
suspicious right breast mass. The interpreting radiologist assigned BI-RADS 4A to the left breast and BI-RADS 2 to the
right breast and recommended tomosynthesis-guided biopsy or MRI if biopsy is not feasible. Member history: left
breast 6-month follow-up imaging in 2025, assessed as BI-RADS 3 at that time.

Criteria applied: Plan guideline BR-MRI-04, criterion 2.b -- "problem solving when a lesion assessed BI-RADS 3 or 4
is not amenable to image-guided biopsy".

Determination: APPROVED. Tomosynthesis-guided biopsy was attempted on 01/22/2026 and could not target the lesion.
This determination is not a guarantee of payment.
Reviewer: J. Alvarez, MD, Medical Director (Diagnostic Radiology)
""")

add("t34_11_nz_acc_treatment_injury_advice", "New Zealand accident-compensation treatment-injury claim, external clinical advice by a breast radiologist (Christchurch)",
    "numbered advice paragraphs answering the assessor's questions; quoted 2024 'BI-RADS 1, both breasts' (previous) and a "
    "hypothetical 'recall for assessment (BI-RADS 0)'; 2024 'no abnormality' names no kind; 'It contains ...', 'on that side' "
    "continue the right mass; advisor agrees with the 2026 report's categories",
    "b", "R5 L3", "5",
    ["mass R p", "calc R p m:fine_pleomorphic", "skin R p", "ln R p", "mass L p", "calc L a"],
    """
ACC -- Treatment Injury Claims Unit
EXTERNAL CLINICAL ADVICE: RADIOLOGY

Claim number: 10058 273 614          Client: [withheld]          Date of advice: 29 January 2026
Advisor: Dr Rachel Tuhiwai, FRANZCR, consultant breast radiologist, Christchurch
Declaration: I have no conflict of interest. I have not treated the client.

1. QUESTIONS FROM THE CLAIMS ASSESSOR
   Q1. Was the private screening mammogram of 11 March 2024 read to the standard expected of a reasonable radiologist?
   Q2. What did the imaging of 12 January 2026 show, and how was it assessed?
   Q3. Is the delay in diagnosis a treatment injury?

2. DOCUMENTS REVIEWED
   2.1 Screening mammogram images and report, 11 March 2024 ("BI-RADS 1, both breasts. Routine screening in
       2 years.").
   2.2 Diagnostic mammogram, tomosynthesis and ultrasound images and report, 12 January 2026.
   2.3 Histology report, 19 January 2026 (right breast core biopsy).

3. RESPONSE TO Q1
   3.1 I reviewed the 2024 images on a diagnostic workstation alongside the 2026 images. At the site of the
       2026 right breast cancer there is normal-appearing fibroglandular tissue, and I see no abnormality
       elsewhere in either breast on the 2024 images.
   3.2 Had a subtle abnormality been visible, the expected course would have been recall for assessment
       (BI-RADS 0). That did not apply here. In my opinion the 2024 reading met the expected standard.

4. RESPONSE TO Q2
   4.1 The 2026 mammogram shows scattered areas of fibroglandular density (density b). In the right breast at
       10 o'clock there is a 19 mm irregular mass with spiculated margins. It contains a few fine pleomorphic
       calcifications and is associated with retraction of the overlying skin. Ultrasound shows a 20 mm
       irregular hypoechoic mass at the same site and one abnormal axillary lymph node on that side (cortex
       5 mm).
   4.2 In the left breast there is a 7 mm oval circumscribed mass at 3 o'clock, new since 2024; on ultrasound
       it is an oval parallel solid nodule, probably a fibroadenoma. No calcifications are present in the
       left breast.
   4.3 The reporting radiologist assessed the right breast as BI-RADS 5 and the left breast as BI-RADS 3. I
       agree with both assessments.

5. RESPONSE TO Q3
   5.1 The cancer was not visible in 2024 and has in my opinion arisen in the interval. I do not consider
       that there was a delay in diagnosis attributable to the 2024 reading.

Dr R. Tuhiwai
""")

add("t34_12_usa_nurse_navigator_sbar_handoff", "US cancer-centre breast nurse navigator's SBAR handoff note to a covering nurse (Atlanta, Georgia)",
    "nursing SBAR headings (the nursing 'A - Assessment' is no category); screening 'BI-RADS 0 both breasts' previous; "
    "report summary in nursing shorthand; 'same breast' cyst line continues the left; 'no mass on US there' continues the "
    "right calcs; 'LEFT BI-RADS 4B, RIGHT BI-RADS 4A'",
    "c", "L4B R4A", "4B",
    ["mass L p", "mass L p", "ln L a", "calc R p m:fine_pleomorphic d:grouped", "mass R a"],
    """
PEACHTREE REGIONAL CANCER CENTER -- Breast Health Navigation
NURSE NAVIGATOR HANDOFF (SBAR)                                Date/time: 01/29/2026 16:40
From: K. Dawson, RN, OCN (Breast Nurse Navigator)   To: T. Nguyen, RN (covering 01/30 - 02/06)
Pt: D.M., 61F   MRN 004418275   Preferred contact: cell, after 5 pm

S - Situation:
61F w/ abnormal bilat diagnostic mammo/US 01/27/2026 -- BOTH breasts need bx. Scheduled: US-guided core bx
L breast 02/02 (Dr. Okafor), stereo bx R breast 02/04. Pt very anxious, has called x3 today.

B - Background:
Screening mammo 01/12/2026 was a callback (read as BI-RADS 0 both breasts at screening). No prior breast hx.
Mother breast ca at 70. AFib on apixaban -- cardiology OK'd hold x 48 h before each bx.
Diagnostic w/u 01/27 (Dr. R. Okafor), per report: breasts heterogeneously dense.
 - L breast 2:00, 4 cm FN: 9 mm irregular mass w/ indistinct margins on mammo + US.
 - Simple cyst 10:00 same breast, 5 mm, benign.
 - No L axillary adenopathy.
 - R breast UIQ: grouped fine pleomorphic calcs over 7 mm on mag views; no mass on US there.
Final assessment on report: LEFT BI-RADS 4B, RIGHT BI-RADS 4A.

A - Assessment (nursing):
Knowledge deficit re what the numbers on her report mean -- explained both findings are suspicious and need
bx, not a cancer dx. Coping fair, daughter (Keisha) is support person. Bleeding risk d/t anticoag.

R - Recommendation:
1. Confirm apixaban hold starts 01/31 AM (L bx) -- pharmacy aware.
2. Call pt with L path result when back (expected 02/04-02/05).
3. Remind pt no deodorant/powder day of stereo bx; she needs a driver both days.
4. If L path malignant, book surgical onc consult + discuss at Tues breast conference.
""")
