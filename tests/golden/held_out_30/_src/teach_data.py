# each: id, setting, form, text, overall, by (code), density, findings (codes)
ITEMS = []


def add(id, setting, form, overall, by, density, findings, text):
    ITEMS.append(dict(id=id, setting=setting, form=form, overall=overall, by=by, density=density,
                      findings=findings, text=text))


add("t30_01_norway_peer_review_comments", "Norwegian breast radiologist (Bergen) reviewing a case-report manuscript",
    "journal peer-review report: reviewer's summary of the submitted case, numbered major/minor comments; 'On ultrasound it was' and 'Its size differs' continue the left mass; reviewer agrees with the authors' 'BI-RADS 5 to the left breast and BI-RADS 2 to the right'",
    "5", "L5 R2", "c", ["mass L p", "calc R p s m:punctate d:grouped", "ln L a"], """
Reviewer #2 - Comments to the Author

Manuscript ID: EJRO-D-25-00412
Title: Invasive lobular carcinoma presenting as a subtle mass on tomosynthesis: a case report

Summary of the case as submitted
A 61-year-old woman was recalled from biennial screening. The breasts were heterogeneously dense (ACR c). Tomosynthesis showed a 15 mm irregular mass with indistinct margins at 2 o'clock in the left breast, middle depth, which was barely visible on the synthetic 2D image. On ultrasound it was an irregular, non-parallel hypoechoic lesion of 17 mm with posterior shadowing. Grouped punctate calcifications in the right upper outer quadrant were unchanged since 2021. No axillary lymphadenopathy was seen on the left. The authors assigned BI-RADS 5 to the left breast and BI-RADS 2 to the right.

Major comments
1. I agree with the final assessment. The Discussion should explain more clearly why the lesion was so faint on the synthetic image; a figure pairing the synthetic view with the best tomosynthesis slice would help readers.
2. Please give the needle gauge and the number of cores taken at the ultrasound-guided biopsy.

Minor comments
- "hypoechogenic" in the abstract should read "hypoechoic".
- Its size differs between the abstract (15 mm) and the ultrasound paragraph (17 mm); please reconcile, or state that the two modalities measured it differently.
- Reference 7 is incomplete.

Recommendation: minor revision.
""")

add("t30_02_corrigendum_case_report", "Corrigendum to a case report in an Indian radiology journal (Pune authors)",
    "journal corrigendum: the corrected paragraph quoted in full replaces a published sentence with transposed sides ('BI-RADS 5 was assigned to the left breast' is the error, not asserted); 'They were not present' continues the left calcifications",
    "5", "R5 L4B", "b", ["mass R p", "skin R p", "calc L p m:amorphous d:grouped"], """
CORRIGENDUM

Corrigendum to "Synchronous bilateral breast carcinoma detected at a first screening: a case report"
[Indian J Breast Imaging 2025;4(2):88-91]

The authors regret that the laterality of the two lesions was transposed in the second paragraph of the Case Report section. The published sentence "BI-RADS 5 was assigned to the left breast and BI-RADS 4B to the right breast" was incorrect. The paragraph should read as follows:

"Mammography showed scattered areas of fibroglandular density (ACR b). In the right breast there was a 21 mm irregular, spiculated mass at 10 o'clock, with retraction of the overlying skin. The left breast contained a 6 mm group of amorphous calcifications in the upper inner quadrant. They were not present on an outside mammogram from 2022. The right breast was classified as BI-RADS 5 and the left breast as BI-RADS 4B, and both lesions were biopsied."

The figures, their legends and the conclusions of the article are correct as published. The authors apologise for any inconvenience caused.
""")

add("t30_03_colombia_webinar_subtitles", "Subtitle file (.srt) of a recorded breast-imaging webinar by a Bogota radiologist, English track",
    "SRT subtitle cues with timestamps, sentences broken across cues; 'It persists' continues the left asymmetry; 'right here' is not a side; chat question 'why not BI-RADS 3?' not asserted; 'BI-RADS 4A for the left' and 'BI-RADS 2' for the right calcifications",
    "4A", "L4A R2", "b", ["asym L p", "calc L a", "calc R p m:coarse"], """
41
00:12:03,400 --> 00:12:07,900
OK, so let's move to case four. This is a

42
00:12:07,900 --> 00:12:12,100
fifty-two-year-old lady, screening, and the breasts
are scattered fibroglandular, so density B.

43
00:12:12,100 --> 00:12:17,650
On the left CC and MLO we have a new focal
asymmetry, you see it right here, upper outer quadrant.

44
00:12:17,650 --> 00:12:22,300
It persists on the spot compression view,
and there are no suspicious calcifications

45
00:12:22,300 --> 00:12:26,000
in the left breast. Ultrasound was
negative, nothing there.

46
00:12:26,000 --> 00:12:31,200
Now the right breast. Look at these: big coarse
popcorn-like calcifications. Classic. Benign.

47
00:12:31,200 --> 00:12:35,800
Somebody in the chat is asking, why not
BI-RADS 3 for the asymmetry?

48
00:12:35,800 --> 00:12:40,500
Because it is new and it persists. So I give
BI-RADS 4A for the left, and biopsy

49
00:12:40,500 --> 00:12:44,900
under tomosynthesis guidance. And the right
breast is BI-RADS 2 for the calcifications.
""")

add("t30_04_karachi_journal_club_worksheet", "Residents' journal-club worksheet, radiology department of a Karachi teaching hospital",
    "journal-club worksheet with fields (Article, Design, Results, Illustrative case, Questions): study statistics by category not asserted; figure case 'They extend toward the nipple' continues the right calcifications; 'contralateral breast' for the left; discussion question 'BI-RADS 5?' not asserted",
    "4C", "R4C L2", "d", ["calc R p m:fine_pleomorphic d:segmental", "mass L p s", "ln B a"], """
JOURNAL CLUB WORKSHEET - Breast Imaging
Presenter: Dr. Sana Rehman (R3)     Moderator: Dr. F. Qureshi     Date: 06-Feb-2025

Article: Positive predictive value of calcification descriptors in women with extremely dense breasts. (retrospective, single centre)

Study design: Retrospective review of 1,204 stereotactic biopsies, 2016-2022.

Main results: PPV of BI-RADS 4 lesions overall 23%; BI-RADS 4C calcifications 61%; BI-RADS 5 lesions 94%. Fine pleomorphic morphology in segmental distribution had the highest PPV.

Illustrative case (Figure 2 of the article):
- 46 y/o, diagnostic mammogram for nipple discharge, breasts extremely dense (d).
- Right breast: fine pleomorphic calcifications in a segmental distribution, upper inner quadrant, spanning 45 mm. They extend toward the nipple.
- Contralateral breast: 5 mm oval circumscribed mass at 6 o'clock, stable since 2019.
- No axillary lymphadenopathy on either side.
- Final assessment in the legend: BI-RADS 4C right, BI-RADS 2 left.

Critical appraisal: single centre, selection bias (only biopsied lesions), no follow-up of benign results.

Questions for discussion:
1. Would you call the Figure 2 calcifications BI-RADS 5?
2. How does dense tissue change our threshold for recall?
""")

add("t30_05_virtual_patient_branching_module", "Branching virtual-patient e-learning module (Melbourne university breast-imaging course), exported as text",
    "branching scenario with nodes and choices; the wrong-choice feedback's 'BI-RADS 1' not asserted; 'There is no skin thickening over it' and 'On ultrasound it measures' continue the right mass; feedback node 'The right breast is BI-RADS 4C; the left breast is BI-RADS 2'",
    "4C", "R4C L2", "b", ["mass R p", "skin R a", "calc L p s m:round d:grouped"], """
VIRTUAL PATIENT: "Mrs K., 57" - Module 4, Screening recall
[Exported from the course platform - node text only]

NODE 1 - Screening images
Mrs K. attends routine screening. Breast composition: b (scattered fibroglandular). The second reader has flagged the right breast.
What do you do?
  (A) Report as normal and return to routine screening  -> NODE 2
  (B) Recall for assessment  -> NODE 3

NODE 2 - Feedback
You assigned BI-RADS 1. Look again at the right upper outer quadrant on the CC view before you move on. Return to NODE 1.

NODE 3 - Assessment clinic
Spot compression views confirm a 10 mm irregular mass with microlobulated margins at 11 o'clock in the right breast, anterior depth. There is no skin thickening over it. On ultrasound it measures 11 mm and is hypoechoic and taller than wide.
In the left breast a 4 mm group of round calcifications is unchanged from 2021 and 2023.
Continue -> NODE 4

NODE 4 - Your assessment
Enter a category for each breast, then continue -> NODE 5

NODE 5 - Feedback
Model answer: the right breast is BI-RADS 4C; the left breast is BI-RADS 2. Ultrasound-guided core biopsy of the right mass is the next step. Histology: invasive carcinoma of no special type, grade 2.
""")

add("t30_06_edinburgh_teaching_file_card", "Digitised film-library teaching-file index card (Edinburgh breast unit, filed 1996, digitised 2024)",
    "typed index card: telegraphic fields, abbreviations ('L', 'R', 'ax LNs', 'secretory calcs'), assessment added at digitisation; 'with retraction of the nipple' continues the left asymmetry line",
    "5", "L5 R2", None, ["asym L p", "skin L p", "ln L p", "calc R p m:large_rod_like"], """
TEACHING FILE - BREAST                                   Card no. B-0387
Filed by: Dr A. McLeod            Date filed: 14/03/1996
Digitised: 2024 (card typed text transcribed; films scanned to PACS teaching folder)

KEYWORDS: invasive lobular ca; "shrinking breast"; secretory calcs (incidental)

FILMS: bilat CC + MLO; L spot; L US

HISTORY: 66F, GP referral - L breast "feels smaller, firmer".

FINDINGS:
L - global asymmetry, whole UOQ and central, with retraction of the nipple. Breast smaller than on 1993 films.
L ax LNs enlarged, rounded, loss of fatty hila.
R - secretory calcs both sides of the nipple, benign. Otherwise NAD.

PATH: L core - invasive lobular carcinoma, classical type.

TEACHING POINT: ILC may show as a global asymmetry or a breast that shrinks, not as a mass.

ASSESSMENT (added at digitisation): L BI-RADS 5 / R BI-RADS 2
""")

add("t30_07_deposition_transcript_excerpt", "Excerpt of a deposition transcript of a breast radiologist (Illinois civil case), used in a risk-management course",
    "Q./A. deposition transcript: prior-year 'BI-RADS 1' not today's; attorney's hypothetical 'you would have called it BI-RADS 5' not asserted; 'It had indistinct margins' and 'calcifications within it' continue the right mass",
    "4B", "R4B L2", "c", ["mass R p", "calc R p", "ln L p s"], """
                    DEPOSITION OF JANE M. OKAFOR, M.D.
                    (excerpt, pages 41-43, used with permission for teaching)

     Q.   Doctor, please tell the jury what you saw on the March 2024 mammogram.
     A.   The breasts were heterogeneously dense. In the right breast, at about 10 o'clock, there was a 9 millimeter mass. It had indistinct margins, and there were a few calcifications within it.
     Q.   And the left breast?
     A.   The left breast had a small intramammary lymph node. It was unchanged from the prior studies, so I considered it benign.
     Q.   What was the assessment on the prior year's mammogram, the 2023 study?
     A.   That one was read as BI-RADS 1, negative.
     Q.   And your assessment in 2024?
     A.   I assessed the right breast as BI-RADS 4B and the left breast as BI-RADS 2, and I recommended an ultrasound-guided biopsy.
     Q.   Isn't it true, Doctor, that if you had looked more carefully you would have called it BI-RADS 5?
          MR. HALVORSEN: Objection. Form.
     A.   No. I stand by 4B.
""")

add("t30_08_durban_hospital_press_release", "Press release of a private hospital group (Durban, South Africa) about its one-stop breast clinic",
    "hospital press release with quotes: lay frame, the radiologist quoted with clinical words; 'tiny calcium deposits around it' continues the left mass; 'rated BI-RADS 4C' / 'rated BI-RADS 2' each in its breast's sentence",
    "4C", "L4C R2", None, ["mass L p", "calc L p", "mass R p"], """
MEDIA RELEASE - For immediate use
Umhlanga, 3 June 2025

ONE-STOP BREAST CLINIC GIVES ANSWERS IN A SINGLE MORNING

When Thandeka (54) arrived at the clinic at 7:30 last Tuesday, she expected weeks of waiting. By lunchtime she had had a mammogram, an ultrasound and a biopsy, and had spoken to a surgeon.

"Her mammogram showed an irregular 12-millimetre mass in the left breast, which we rated BI-RADS 4C, meaning it is quite suspicious," explained Dr Priya Naidoo, the clinic's breast radiologist. "There were also tiny calcium deposits around it. In the right breast she had two simple cysts, which are harmless, and that breast was rated BI-RADS 2."

The biopsy result came back three days later. Thandeka starts treatment next month and says the speed made all the difference. "I didn't have time to lie awake worrying," she said.

The clinic sees patients referred by GPs every weekday morning. Bookings: 031 555 0192.

ENDS
""")

add("t30_09_vendor_cem_clinical_case", "Equipment vendor's clinical case sheet for contrast-enhanced mammography (case courtesy of a Milan breast unit)",
    "vendor application note: product marketing around a case; low-energy density 'ACR d'; 'It was occult on the low-energy images' and 'Its enhancement' continue the right enhancing mass; left stable fibroadenoma; 'BI-RADS 5 right, BI-RADS 2 left'",
    "5", "R5 L2", "d", ["mass R p", "mass L p s", "ln B a"], """
CLINICAL CASE  |  Contrast-enhanced mammography
Case courtesy of the Breast Imaging Unit, Ospedale San Carlo, Milan

Why CEM? In extremely dense breasts a lesion can hide behind normal tissue. Recombined imaging shows where contrast goes, so small cancers stand out.

Patient: 49 years, high familial risk, annual surveillance. MRI contraindicated (pacemaker).

Low-energy images: extremely dense breasts (ACR d). No finding in either breast on the low-energy images alone.

Recombined images: a 14 mm irregular enhancing mass in the right breast at 10 o'clock, posterior depth. It was occult on the low-energy images. Its enhancement was heterogeneous. In the left breast a 7 mm oval, circumscribed, faintly enhancing mass at 2 o'clock corresponds to a known fibroadenoma, unchanged since 2022. No abnormal axillary lymph nodes on either side.

Assessment: BI-RADS 5 right, BI-RADS 2 left. Ultrasound-guided biopsy of the right mass: invasive ductal carcinoma, grade 3.

System: dual-energy acquisition at the same compression; total acquisition under 2 minutes; average glandular dose comparable to tomosynthesis.

This clinical case is provided for educational purposes. Individual results may vary.
""")

add("t30_10_cork_pbl_tutor_guide", "Problem-based-learning tutor guide, year-3 medical curriculum (Cork), breast lump case",
    "PBL tutor guide with pages released in turn and tutor notes; presenting lump in the trigger (history, no finding); students' expected suggestion 'BI-RADS 3' not asserted; 'with thickening of the skin over it' and 'On ultrasound the mass' continue the right mass; 'Right: BI-RADS 5. Left: BI-RADS 2.'",
    "5", "R5 L2", "b", ["mass R p", "skin R p", "ln R p", "ln L p"], """
PBL CASE 7: "A lump she didn't want to mention"
TUTOR GUIDE - not for distribution to students

PAGE 1 (trigger, release at start of session 1)
Mrs Aoife D., 63, visits her GP about her blood pressure. As she is leaving she mentions a lump in her right breast that she noticed two months ago.

Tutor note: students should generate hypotheses and list questions for the history.

PAGE 2 (release after the history discussion)
Report of bilateral diagnostic mammography and ultrasound:
"Breast composition: scattered fibroglandular tissue (BI-RADS density b). Right breast: 25 mm spiculated mass at 9 o'clock with thickening of the skin over it. Two right axillary lymph nodes with thickened cortices. On ultrasound the mass is 27 mm, irregular, with posterior acoustic shadowing. Left breast: benign-appearing intramammary lymph node in the upper outer quadrant.
Impression: Right: BI-RADS 5. Left: BI-RADS 2. Ultrasound-guided core biopsy of the right breast mass and fine-needle aspiration of the right axillary node recommended."

Tutor note: some groups suggest that a lump in an older woman could be BI-RADS 3 and simply watched. Steer them back to the report wording.

PAGE 3 (release at start of session 2)
Core biopsy: invasive carcinoma of no special type, grade 3, ER positive, HER2 negative. Node FNA: metastatic carcinoma.

LEARNING ISSUES: triple assessment; BI-RADS categories; breaking bad news; the multidisciplinary team.
""")

add("t30_11_webinar_poll_summary", "CME webinar summary with audience-response poll results (Hong Kong breast-imaging society)",
    "webinar summary with audience poll percentages per category (not asserted) and the faculty answer; 'No associated mass or distortion' continues the left calcifications (two absent kinds); stable right vascular calcifications",
    "4B", "L4B R2", "c", ["calc L p m:coarse_heterogeneous d:grouped", "mass L a", "ad L a", "calc R p s m:vascular"], """
CME Webinar Summary - "Calcifications: when to biopsy" (Case 2 of 4)
1.5 CME points | 214 participants

Case 2. 58-year-old woman, screening mammogram with tomosynthesis. Heterogeneously dense breasts (ACR c).
Left breast: a new 7 mm group of coarse heterogeneous calcifications in the lower outer quadrant, middle depth. No associated mass or distortion on tomosynthesis.
Right breast: vascular calcifications, unchanged from 2022 and 2023.

Poll 1 - What BI-RADS category would you assign to the left breast? (n = 188)
  BI-RADS 2 ..... 3%
  BI-RADS 3 ..... 14%
  BI-RADS 4A .... 39%
  BI-RADS 4B .... 33%
  BI-RADS 5 ..... 11%

Faculty answer: BI-RADS 4B for the left breast. New coarse heterogeneous calcifications in a group carry a risk of malignancy in the low-intermediate range, and this group was new. The right breast is BI-RADS 2.
Outcome: stereotactic vacuum-assisted biopsy - DCIS, intermediate grade.

Poll 2 - Would you have recalled this patient? Yes 86% / No 14%.
""")

add("t30_12_trainee_report_tracked_changes", "Supervisor's tracked changes on a trainee's draft report (Wellington registrar training), exported from a word processor",
    "tracked-changes export with [-deleted-] and {+inserted+} marks and margin comments; deleted 'BI-RADS 3' not asserted, inserted 'BI-RADS 4A' stands; 'It is new' and inserted 'No associated calcifications' continue the left mass; stable right oil cyst",
    "4A", "L4A R2", "b", ["mass L p", "calc L a", "mass R p s"], """
Draft report - Registrar: Dr T. Ngata   Supervisor: Dr A. Kowalczyk
Export with tracked changes. Key: [-deleted text-]  {+inserted text+}  [Comment: ...]

BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND

Breast composition: scattered fibroglandular tissue (ACR b).

LEFT BREAST: There is a 9 mm oval mass with [-circumscribed-] {+indistinct+} margins at 4 o'clock, middle depth. It is new since 2023. {+No associated calcifications.+} On ultrasound it is a 10 mm hypoechoic [-cyst-] {+solid mass+} with [-posterior enhancement-] {+no posterior features+}.
[Comment AK: look at the CC spot view again - the margin is not sharp all round.]

RIGHT BREAST: Stable oil cyst in the upper outer quadrant.

IMPRESSION:
Left: BI-RADS [-3, short interval follow-up-] {+4A, ultrasound-guided biopsy recommended+}.
Right: BI-RADS 2.
[Comment AK: a new mass that is not circumscribed should not go to follow-up. Happy to discuss.]
""")
