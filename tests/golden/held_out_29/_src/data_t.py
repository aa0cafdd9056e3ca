ITEMS = []


def add(id, text, density, overall, cats, find):
    ITEMS.append({"id": id, "text": text, "density": density, "overall": overall, "cats": cats, "find": find})


add("t29_01_usa_board_review_pearls", """
CHAPTER 4  CALCIFICATIONS AND THE TWO-BREAST ASSESSMENT

Case 4-7

History: 58-year-old woman recalled from screening. Diagnostic mammography with magnification views was performed.

Findings: The breasts demonstrate scattered areas of fibroglandular density. In the right breast at 10 o'clock, middle depth, 6 cm from the nipple, there is a new group of fine pleomorphic calcifications spanning 7 mm. No associated mass or architectural distortion is present on the right. In the left breast at 3 o'clock there is an oval circumscribed mass measuring 9 mm, unchanged since 2021.

QUESTION: What is the most appropriate final assessment for this examination?
  A. BI-RADS 2
  B. BI-RADS 3
  C. BI-RADS 4B
  D. BI-RADS 5

ANSWER: C. The right breast is BI-RADS 4B; the left breast is BI-RADS 2, because four years of stability establishes the left lesion as benign. The exam as a whole takes the more suspicious of the two. Choice B would be correct only for a finding seen for the first time on a baseline diagnostic study with typically benign features; choice D overstates the morphology, which lacks a linear pattern.

+---------------------------------------------------------------+
| PEARLS AND PITFALLS                                           |
| * Pearl: two years of documented stability supports a benign  |
|   assessment for a circumscribed lesion.                      |
| * Pitfall: letting the benign side "dilute" the assessment.   |
|   Each breast is assessed on its own merits.                  |
| * Pitfall: a new group is not category 3 at a recall          |
|   work-up when the morphology is pleomorphic.                 |
+---------------------------------------------------------------+
""", "b", "4B", "R4B L2", [
    "calc R p m:fine_pleomorphic d:grouped", "mass R a", "ad R a", "mass L p s"])

add("t29_02_canada_malpractice_newsletter", """
RISK MANAGEMENT BULLETIN - Diagnostic Imaging Edition
Issue 38, Spring 2026

CASE SUMMARY: "It was there the year before"

The facts
A 49-year-old woman had a screening mammogram in June 2023 that was reported as negative, BI-RADS 1. Eleven months later she felt a lump in her left breast. Her family physician referred her for diagnostic imaging.

The diagnostic mammogram and ultrasound (May 2024) showed heterogeneously dense breasts. There was a 24 mm irregular spiculated mass in the upper outer quadrant of the left breast, with retraction of the left nipple. Two enlarged left axillary lymph nodes with effaced fatty hila were also seen. The right breast showed only benign vascular calcifications. The radiologist assessed the examination as BI-RADS 5, left breast. Core biopsy confirmed invasive ductal carcinoma with nodal metastasis.

The claim
The patient alleged a delay in diagnosis. The plaintiff's expert reviewed the 2023 images and stated that, in retrospect, the lesion was visible in the left upper outer quadrant and that the 2023 examination should have been called BI-RADS 0 with a recall. The defence expert considered the 2023 finding subtle and within the standard of care for a screening read.

Outcome
The matter was settled without admission of liability.

Risk management points
- Compare with prior images whenever they exist, and document that you did.
- Where density limits sensitivity, say so in the report.
- A report that is accurate at the time is defensible; a retrospective review is always easier than a prospective read.
""", "c", "5", "L5", [
    "mass L p", "skin L p", "ln L p", "calc R p m:vascular"])

add("t29_03_australia_patient_blog", """
Posted 12 March 2026 by MelbourneMum_Kate   |   Category: My health   |   14 comments

THE CALLBACK (and why I'm OK)

So last month I got THE letter from BreastScreen saying I needed to come back for "further tests". I did not sleep for about four nights. I'm writing this for anyone who gets the same letter, because honestly the waiting was the worst part.

I went to a private breast clinic in Richmond for the assessment (more pictures and an ultrasound) and the radiologist talked me through everything on the day, which was amazing. I asked for a copy of the report and I'm going to paste the important bit here word for word, because Dr Google was no help at all:

  "Breast composition: scattered areas of fibroglandular density (ACR B).
   Left breast: the screen-detected 9 mm oval circumscribed mass at 3 o'clock corresponds on ultrasound to a simple cyst.
   Right breast: benign calcifications, unchanged from the 2022 screen.
   No suspicious calcifications or masses in either breast.
   BI-RADS 2 bilaterally. Return to routine screening."

So basically: a CYST. A bag of fluid. After four nights of no sleep!!

A few things I learned:
1. Most women who get called back are fine. The nurse said around 9 out of 10.
2. Ask for your report. It's yours.
3. My friend Jo got a BI-RADS 3 last year and had to go back at six months, so don't panic if yours says that either - it's still "probably benign".

Back to normal screening in two years. Book yours, ladies xx
""", "b", "2", "B2", [
    "mass L p", "calc R p s", "calc B a", "mass B a"])

add("t29_04_usa_resident_oncall_log", """
PGY-3 CALL LOG  -  Sat 07 Feb 2026 (overnight, main ED)  -  J. Alvarez
(personal learning log; shared w/ program director for feedback)

19:40  CT head noncon, 84M fall - no acute intracranial abnormality. Attending concurred.
21:15  US RUQ 33F - cholelithiasis, no GB wall thickening. Discussed w/ ED.
23:50  CT A/P trauma 22M - neg.
02:30  Breast imaging (rare overnight, ED attending insisted): 71F on apixaban, MVC, seatbelt bruise R chest.
       Dx mammo bilat + targeted US R breast.
       Density: scattered fibroglandular (B).
       R breast: ill-defined area along seatbelt line in UIQ, corresponds on US to 4.1 cm heterogeneous
       collection, no internal flow, c/w hematoma. Overlying skin thickening. No suspicious calcs.
       L breast: neg, no masses.
       I called it BI-RADS 2 on the prelim; Dr. Kapoor changed it to BI-RADS 3 R w/ US f/u in 6 wks to
       document resolution before she is discharged from breast f/u.
       Final per attending: R BI-RADS 3.
04:10  XR chest portable - lines OK.

Feedback (PD, 09 Feb): good call documenting anticoagulation. Remember the breast imaging final category
goes in the impression, not just the recs.
""", "b", "3", "R3", [
    "other R p", "skin R p", "calc R a", "mass L a"])

add("t29_05_spain_mm_conference_summary", """
Servei de Radiodiagnostic - Breast Imaging Section
MORBIDITY & MORTALITY CONFERENCE - summary of case 2 (English version for the rotating fellows)
Date of conference: 19/02/2026. Anonymised. Not part of the medical record.

Index examination (diagnostic mammography with DBT + ultrasound, 11/11/2025)
Indication: palpable lump, right breast.
As reported at the time: heterogeneously dense breasts (ACR c). Right breast, 12 o'clock: 18 mm irregular spiculated mass corresponding to the palpable lump; the mass contains fine pleomorphic calcifications. Left breast reported as normal, "BI-RADS 1". Right breast BI-RADS 5.

What happened next
Right 12 o'clock core biopsy: invasive carcinoma NST. Staging MRI (02/12/2025) showed an enhancing lesion in the contralateral breast. On retrospective review of the index DBT there is an architectural distortion in the left upper outer quadrant, posterior depth, visible on four consecutive slices of the CC view only. Second-look ultrasound found a sonographic correlate, biopsied: invasive lobular carcinoma.

Discussion
Classic satisfaction of search: the reader stopped at the obvious right-sided cancer. DBT slices of the "normal" side were scrolled quickly. The group also noted that the left finding was not marked by CAD.

Consensus of the conference
The left breast of the index examination should be re-classified: BI-RADS 0 (the distortion needed work-up), and the report will be amended with an addendum. Final consensus for the index examination: right BI-RADS 5, left BI-RADS 0.

Learning points
1. After the first finding, finish the search pattern on both breasts.
2. Read the contralateral DBT stack at the same speed as the index side.
""", "c", "5", "R5 L0", [
    "mass R p", "calc R p m:fine_pleomorphic", "ad L p"])

add("t29_06_singapore_rad_path_correlation", """
BREAST RADIOLOGY-PATHOLOGY CORRELATION CONFERENCE
Handout - Case 3 of 5   (Thursday 12.30 pm, Seminar Room 2)
Presenters: Dr Tan (Radiology), Dr Lim (Pathology)

Clinical: 63F, screen-detected. No symptoms. No family hx.

IMAGING (diagnostic mammo + mag views + bilateral US, 06/01/2026)
- Composition: heterogeneously dense (C).
- L breast, UOQ: fine linear branching calcifications in a segmental distribution, extending over 42 mm toward the nipple.
- No associated mass on L ultrasound.
- R breast, 8 o'clock, 3 cm FN: 7 mm oval, circumscribed, hypoechoic mass, parallel; new compared with 2023 US.
- Assessment: L - BI-RADS 4C. R - BI-RADS 4A.

PROCEDURES
- L: stereotactic VAB, 9G x 12 cores, specimen radiograph with calcifications in 7 cores. Clip placed.
- R: US-guided CNB, 14G x 4 cores. Clip placed.

PATHOLOGY
- L: DCIS, high nuclear grade, comedo necrosis, ER+. Calcifications associated with DCIS.
- R: fibroadenoma.

CORRELATION
| Lesion | Imaging suspicion | Pathology | Concordant? |
| L segmental calcs | high | high-grade DCIS | Yes |
| R 8 o'clock | low | fibroadenoma | Yes - benign concordant |

PLAN (per MDT): L mastectomy + SLNB discussion. R: return to routine screening after benign-concordant result; no need for 6-month follow-up.

Teaching point: benign-concordant results allow return to screening; a benign result on a high-suspicion target is discordant until proven otherwise.
""", "c", "4C", "L4C R4A", [
    "calc L p m:fine_linear d:segmental", "mass L a", "mass R p"])

add("t29_07_canada_interval_cancer_letter", """
BC CANCER - BREAST SCREENING
Interval Cancer Review Program

22 January 2026

Dr. Harpreet Sandhu
Fraser Street Family Practice
Vancouver BC

Re: Interval cancer review - your patient, PHN on file (born 1971)

Dear Dr. Sandhu,

As part of our quality assurance program, every breast cancer diagnosed within 24 months of a negative screening mammogram is reviewed by a panel of screening radiologists. I am writing to let you know the outcome of the review for your patient.

Your patient's screening mammogram of 14 May 2024 was reported as negative (BI-RADS 1). In February 2025 she presented with a right breast lump. Diagnostic imaging at Vancouver General Hospital (18 February 2025) showed heterogeneously dense breasts (density C), a 22 mm irregular mass at 10 o'clock in the right breast and a suspicious right axillary lymph node with a thickened cortex. The left breast showed no mass, calcification or architectural distortion. The diagnostic examination was assessed as BI-RADS 5, right breast, and BI-RADS 1, left breast. Biopsy confirmed invasive ductal carcinoma.

The panel reviewed the 2024 screening images blinded, mixed with normal cases. A subtle finding at the site of the cancer is visible in retrospect. The panel classified the case as "minimal signs - not actionable": the majority of reviewers would still have read the 2024 mammogram as BI-RADS 1, and only one of five would have recalled her.

No action is required on your part. The outcome of the review can be shared with your patient if she asks; our patient navigator can help with that conversation.

Sincerely,

Dr. M. Fortin, FRCPC
Medical Lead, Interval Cancer Review
""", "c", "5", "R5 L1", [
    "mass R p", "ln R p", "mass L a", "calc L a", "ad L a"])

add("t29_08_chatbot_report_qa", """
[Transcript exported from "AskMyReport" assistant - 03/03/2026 21:14]

USER: hi, I got my mammogram report online before my doctor called. It says this:

  FINDINGS: Scattered areas of fibroglandular density. There is an 8 mm oval circumscribed mass in the right breast at 10 o'clock, 4 cm from the nipple. Targeted ultrasound shows an oval, parallel, hypoechoic correlate, likely a fibroadenoma.
  Left breast: no masses or suspicious calcifications.
  IMPRESSION: Right breast: probably benign finding. BI-RADS 3. Six month follow up ultrasound recommended.
  Left breast: negative. BI-RADS 1.

Is it cancer?? Is BI-RADS 3 the same as stage 3?

ASSISTANT: I understand this is worrying. BI-RADS is not a cancer stage. It is a scale radiologists use to say how likely a finding is to be cancer. Your report gives your right breast a BI-RADS 3, which means "probably benign": the chance that this is cancer is 2% or less. Your left breast is BI-RADS 1, which means nothing of concern was seen there.
The 8 mm mass in your right breast looks like a fibroadenoma, which is a common harmless growth. The follow-up ultrasound in six months is to check that it stays the same.

USER: so why not just say it's benign? could it turn into a 4?

ASSISTANT: Radiologists say "probably benign" when they are very confident but want to confirm stability over time. If the follow-up showed growth, the radiologist might change the category to BI-RADS 4 and suggest a biopsy. If it stays the same for about two years, it is usually changed to BI-RADS 2 (benign). Please ask your doctor about your own results - I cannot see your images.

USER: ok thank you that helps a lot
""", "b", "3", "R3 L1", [
    "mass R p", "mass L a", "calc L a"])

add("t29_09_dictation_training_before_after", """
RESIDENT REPORTING SKILLS - Module 3: Breast
Exercise 6: Speech-recognition draft and the corrected, signed report

Instructions: the first text below is the unedited draft a PGY-2 resident sent for signature. The second is the report the attending actually signed. List every change and say why it matters. (Answers at the end.)

--- DRAFT (unedited, NOT signed) ---
BILATERAL SCREENING MAMMOGRAM WITH TOMO SYNTHESIS
Comparison 2024 and 2023.
The breasts are heterogeneously dense which may lower the sensitivity.
Left breast upper outer quadrant posterior depth there is a new group of amorphous calcifications spanning 6 mm. No associated mass or distortion.
Write breast stable benign calcifications.
IMPRESSION left breast BI-RADS 4C suspicious calcifications biopsy recommended. Write breast BI-RADS 2 benign.

--- CORRECTED (signed 04/02/2026) ---
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
COMPARISON: 2024 and 2023.
The breasts are heterogeneously dense, which may lower the sensitivity of mammography.
Left breast, upper outer quadrant, posterior depth: new group of amorphous calcifications spanning 6 mm. No associated mass or architectural distortion.
Right breast: stable benign calcifications.
IMPRESSION:
Left: BI-RADS 0. Recall for diagnostic mammogram with magnification views.
Right: BI-RADS 2.

--- ANSWERS ---
1. "Write breast" -> "Right breast": a side error is a never-event in breast reporting; read the side back.
2. "BI-RADS 4C ... biopsy recommended" -> "BI-RADS 0, recall": a screening examination does not go straight to biopsy. A new finding at screening is recalled for diagnostic work-up, which then gives the final category.
3. Punctuation and "TOMO SYNTHESIS": cosmetic, but careless drafts erode the referrer's trust.
""", "c", "0", "L0 R2", [
    "calc L p m:amorphous d:grouped", "mass L a", "ad L a", "calc R p s"])

add("t29_10_uk_mdt_letter_to_patient", """
Breast Care Centre
Royal Cornwall Hospital, Truro

Date of clinic: 26 February 2026
cc: Dr S. Penrose, GP, Falmouth Health Centre

Dear Mrs Okonkwo,

It was good to meet you and your daughter in the one-stop breast clinic today. I am writing to you directly, with a copy to your GP, so that you have a record of what we discussed.

Why you came
You had noticed a lump in your left breast about three weeks ago.

What we found
When I examined you I could feel a small firm lump at about 2 o'clock in the left breast (we record this as P4).
Your mammogram showed a 10 mm area with an irregular outline at the site of the lump (M4). On the ultrasound scan this was a 10 mm irregular mass (U5). A lymph node in your left armpit looked normal on the ultrasound scan. The mammogram also showed small harmless calcium deposits in both breasts, which are very common and need no treatment. Nothing of concern was seen in your right breast.

What happens next
With your agreement, Dr Hart took two small samples (core biopsies) from the lump under ultrasound guidance today, and a tiny marker clip was left in place. Some bruising is normal. The results will be discussed at our multi-disciplinary meeting on Tuesday 3 March, and I will see you in clinic on Thursday 5 March at 10.40 am with your results. Our breast care nurse, Jenna, is your key worker (01872 250000, ext. 2213).

Yours sincerely,

Miss R. Tregear, FRCS
Consultant Oncoplastic Breast Surgeon
""", None, None, "", [
    "mass L p", "ln L p", "calc B p"])

add("t29_11_usa_surgeon_operative_planning", """
BREAST SURGICAL ONCOLOGY - PRE-OPERATIVE PLANNING NOTE
Pt: 56F   Surgeon: A. Whitfield, MD   Date: 09/03/2026
Dx: R breast IDC, grade 2, ER/PR+, HER2- (US-guided CNB 05/03/2026).
Hx: Screening mammo 12/02/2026 read as BI-RADS 0 (recall R). No prior breast surgery.

Imaging reviewed with Dr. Reyes (dx mammo + US 19/02/2026):
- Density B (scattered fibroglandular).
- R 10:00, 6 cm FN: 14 mm irregular spiculated mass. BI-RADS 5.
- Associated pleomorphic calcs extend ~8 mm anteriorly toward the nipple -> include in excision volume (total target ~22 mm).
- R axilla: no abnormal LNs on US.
- L breast: two small simple cysts, BI-RADS 2. Nothing else L.
- MRI: not performed (not indicated per MDT 24/02).

Exam today: palpable at R 10:00, mobile, consistent with imaging. Axilla clinically negative.

Plan:
1. R WLE with 2-wire bracketing (wire 1 at anterior extent of calcs, wire 2 at posterior margin of mass), placed in breast imaging AM of surgery.
2. R SLNB (dual tracer).
3. Intra-op specimen radiograph; cavity shave margins if calcs near edge.
4. If margins positive -> re-excision; mastectomy discussed as an option, pt prefers BCS.
5. Post-op: radiation oncology referral.
Consent obtained; risks (bleeding, infection, re-operation, cosmetic change) discussed.
""", "b", "5", "R5 L2", [
    "mass R p", "calc R p m:fine_pleomorphic", "ln R a", "mass L p"])

add("t29_12_korea_qi_poster", """
QI DAY 2026 - POSTER QI-17
Reducing BI-RADS 3 assessments at screening tomosynthesis: a two-cycle quality-improvement project
Department of Radiology, Breast Imaging Section, Seoul (authors: Park J-H, Kim S-Y, Lee M-J)

BACKGROUND
Category 3 is a diagnostic-work-up category. Assigning it directly at screening delays the final answer for the woman and adds visits.

AIM
Reduce the proportion of screening DBT examinations assessed as BI-RADS 3 from 2.1% to below 0.5% within 6 months, without raising the recall rate.

METHODS
PDSA cycle 1 (Sep-Oct 2025): 30-minute teaching session + monthly feedback of each reader's rate.
PDSA cycle 2 (Nov-Dec 2025): RIS prompt when a screening report is finalised as category 3 ("Recall (0) or benign (2)?").

RESULTS
                      Baseline   Cycle 1   Cycle 2
BI-RADS 3 at screen     2.1%      1.2%      0.4%
Recall rate             8.9%      9.0%      9.1%
Cancer detection /1000  5.2       5.0       5.4

ILLUSTRATIVE CASE (panel C)
Screening DBT, 61F. Composition: scattered fibroglandular (b).
Left breast, 3 o'clock: 7 mm oval circumscribed mass, unchanged since 2022 on three prior examinations.
Right breast: no mass, calcifications or architectural distortion.
Original report (Dec 2025): "Left: BI-RADS 3, short-interval follow-up."
Amended after peer review (addendum 14/01/2026): "Left: BI-RADS 2 (benign, stable for more than 2 years). Right: BI-RADS 1."

CONCLUSION
A simple RIS prompt sustained the reduction. Next cycle: diagnostic ultrasound.
""", "b", "2", "L2 R1", [
    "mass L p s", "mass R a", "calc R a", "ad R a"])

add("t29_13_lexicon_quiz_annotated", """
BI-RADS LEXICON QUIZ - Week 7 (breast imaging fellows and R4s)
Case 5: Q9 and Q10 refer to the same patient, 66F, diagnostic mammography with magnification views. Composition: b.

Q9. Right CC magnification view, 11 o'clock. Describe the calcifications (morphology and distribution) and give the assessment.
MODEL ANSWER: Fine linear branching (casting) calcifications in a linear distribution in the right breast at 11 o'clock, spanning 15 mm. BI-RADS 4C.
ANNOTATION: The commonest wrong answer this week was "amorphous, grouped". The particles here are too long and too dense to be called amorphous, and they line up along a duct rather than clustering. Several of you wrote "segmental": that would need a triangular territory with its apex at the nipple, which this is not. A "4B" answer received half marks; "5" is reserved for a more classic appearance.

Q10. Left MLO. What are these, and what do you do?
MODEL ANSWER: Large rod-like (secretory) calcifications in the left breast, oriented toward the nipple. Benign: BI-RADS 2 for the left breast.
ANNOTATION: "Vascular" was the usual wrong answer - look for parallel tram-tracks along a vessel, and there are none here. Secretory type is common after 60.

Scoring: Q9 3 points, Q10 2 points. Overall assessment for the examination: BI-RADS 4C.
""", "b", "4C", "R4C L2", [
    "calc R p m:fine_linear d:linear", "calc L p m:large_rod_like"])

add("t29_14_argentina_translated_lecture", """
UNIVERSIDAD DE BUENOS AIRES - FACULTAD DE MEDICINA
Diagnostic Imaging II - Class 11: The breast
(Handout translated from Spanish by the teaching assistants for the exchange students. Please excuse the translation.)

1. Reminder: the BI-RADS system
   Category 0: incomplete study. 1: negative. 2: benign. 3: probably benign (control in 6 months). 4: suspicious (biopsy). 5: highly suggestive of malignancy. 6: malignancy proven by biopsy.

2. Clinical case 2
   Patient of 61 years, asymptomatic, comes for control mammography. Her previous control of 2023 was classified as BI-RADS 2.
   Mammography: breasts of type B composition (scattered fibroglandular tissue).
   In the left breast, at the union of the upper quadrants, a spiculated nodule of 15 mm is observed. Pleomorphic microcalcifications are seen in its interior.
   Left axillary adenopathy of 20 mm with loss of the fatty hilum.
   Right breast without nodules or microcalcifications.
   Conclusion: BI-RADS 5 left breast / BI-RADS 1 right breast.

3. Questions for the student
   a) Why does the category of the previous control not change the conclusion of today?
   b) What would change if the nodule were oval and circumscribed in a first study? (Answer: it could be BI-RADS 3.)
   c) Which is the next step? (Answer: core biopsy guided by ultrasound, and of the axilla.)
""", "b", "5", "L5 R1", [
    "mass L p", "calc L p m:fine_pleomorphic", "ln L p", "mass R a", "calc R a"])
