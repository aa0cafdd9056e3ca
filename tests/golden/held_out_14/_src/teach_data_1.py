"""Teaching / case texts t14_01 - t14_10 with compact gold."""
ITEMS = []


def add(id, style, density, overall, bb, f, text):
    ITEMS.append({"id": id, "style": style, "density": density, "overall": overall,
                  "bb": bb, "f": f, "text": text})


add("t14_01_podcast_transcript",
    "breast-imaging podcast, auto-generated transcript with timestamps; side stated once; others' and hypothetical categories",
    "c", "4C", "L4C R2",
    ["calc L p - m:fine_linear,fine_pleomorphic d:grouped", "mass L a", "ad L a", "ln R p"], r"""
THE READING ROOM - a breast imaging podcast
Episode 48: "Small calcs, big deal"   (auto-generated transcript, lightly edited)

[00:00:04] AMARA: Welcome back to The Reading Room. I'm Amara Okafor, I'm a breast imager in Columbus.
[00:00:08] BEN: And I'm Ben Liu, community practice in Sacramento. Amara, you brought the case this week.
[00:00:13] AMARA: I did. So, 47-year-old, baseline at 45, this is her second screen. Tomo, both sides. And I'll tell you up front, the action is all in the left breast.
[00:00:24] BEN: Okay.
[00:00:25] AMARA: So on the CC there's this tiny cluster of calcs, maybe six millimeters, outer, um, middle depth. Very easy to scroll past.
[00:00:34] BEN: Were they there on the baseline?
[00:00:36] AMARA: Not that I could see, no. So she gets recalled, BI-RADS 0, and we do mag views.
[00:00:42] BEN: And on the mags?
[00:00:44] AMARA: On the mags they're fine pleomorphic. And a couple of them look fine linear, like little, um, little branching fragments. Still grouped, there's no segmental extension.
[00:00:55] BEN: Any mass? Any distortion on the tomo?
[00:00:58] AMARA: No mass, no distortion. I went through every slice. Ultrasound was negative too, there was no correlate.
[00:01:05] BEN: And the background?
[00:01:06] AMARA: Heterogeneously dense. So, you know, that's part of why you worry.
[00:01:10] BEN: What about the other side?
[00:01:12] AMARA: The right had a little intramammary lymph node, upper outer, classic, fatty hilum. That's it.
[00:01:18] BEN: So what did you call it?
[00:01:19] AMARA: BI-RADS 4C for the left, BI-RADS 2 for the right. Some people would say 4B, and honestly if the distribution had been segmental I might have said 5.
[00:01:29] BEN: Yeah, I'd have been at 4C too.
[00:01:32] AMARA: Stereo biopsy, eleven-gauge, calcs in four of the cores. Path was high-grade DCIS, solid type, with comedo necrosis.
[00:01:41] BEN: Which is exactly what those fine linear forms predict. Great case. After the break: the dense breast notification letters, and what patients actually do with them.
""")

add("t14_02_radpeer_review",
    "RADPEER peer-learning review: quoted original negative read, retrospective finding, subsequent diagnostic exam; RADPEER '2b' is not a category",
    "b", "5", "R5",
    ["mass R p", "calc R a", "ln R a"], r"""
DEPARTMENT OF RADIOLOGY - PEER LEARNING / RADPEER REVIEW
Review type: Retrospective (triggered by a subsequent diagnosis)
Reviewer: Breast Imaging Section, reviewer #3          Original reader: de-identified
Date of review: 11/04/2025

Original exam: Screening mammogram, bilateral, 2D + DBT, 03/14/2025
Original report (impression, verbatim): "No mammographic evidence of malignancy. BI-RADS 1: Negative."

Subsequent exam: Diagnostic mammogram and ultrasound, right breast, 09/22/2025 (palpable lump)

Reviewer's findings:
On the 03/14/2025 DBT a 7 mm irregular mass is present in the right breast at 10 o'clock, posterior depth, seen on CC slices 38-41 only; it is obscured on the 2D images. Density was scattered fibroglandular (B).
At the 09/22/2025 exam this mass measured 13 mm and had spiculated margins. Ultrasound showed an irregular, not parallel hypoechoic mass with angular margins at 10:00, 8 cm FN, 12 x 10 x 11 mm, matching the mammographic mass. There were no associated calcifications, and no axillary lymphadenopathy was seen.
The diagnostic exam was assessed BI-RADS 5 (right breast). US-guided core biopsy: invasive ductal carcinoma, grade 2, ER+/PR+/HER2-.

RADPEER score: 2b (discrepancy in interpretation, not ordinarily expected to be made; likely clinically significant)

Comment for peer learning: In retrospect a recall (BI-RADS 0) would have been appropriate. Scroll every DBT slice in the posterior third of the CC view; small irregular masses at the pectoral edge are seen on a few slices only.
""")

add("t14_03_sonography_student_log",
    "sonography student clinical log: prelim worksheet shorthand (L 2:00 4 cmFN), radiologist's final line, one-breast exam",
    None, "3", "L3",
    ["mass L p", "mass L p", "ln L p"], r"""
DMS Clinical Log - Breast          Student: K. Alvarez (2nd year)          Site: Women's Imaging, rotation 3
Case #14          Date: 02/11/2026          Supervising sonographer: T. Nguyen, RDMS (BR)

Pt: 36 y/o F. Indication: pt felt a lump L breast ~2:00 x 3 wks. No prior imaging (under 40, US first).
Protocol: targeted US left breast + left axilla. Right not scanned.

My findings (prelim worksheet):
L 2:00 4 cmFN - 1.4 x 0.8 x 1.1 cm oval, parallel, circumscribed, hypoechoic, mild posterior enhancement. No internal flow on color Doppler. Directly under the palpable marker.
L 3:00 6 cmFN - 0.5 x 0.3 x 0.4 cm anechoic, thin wall, post. enhancement = simple cyst.
L axilla - 2 LNs with normal fatty hila, cortex 2 mm.
Images stored: 24.

Radiologist final (Dr. M. Osei): Palpable finding is an oval circumscribed parallel hypoechoic mass, probably a fibroadenoma. Incidental simple cyst at 3:00. Normal axillary nodes. BI-RADS 3. Follow-up US in 6 months.

Supervisor feedback: good caliper placement. Label radial / antiradial planes on every clip, and doppler the cyst too. Sweep the whole quadrant before you zoom in.
""")

add("t14_04_dataset_case_sheet",
    "public mammography dataset case sheet: pipe table with UPPER_CASE descriptors, legacy numeric ACR density, free-text annotator note",
    "c", "5", "L5 R2",
    ["calc L p - m:fine_pleomorphic d:segmental", "mass L p", "calc R p - m:rim d:diffuse"], r"""
Public mammography dataset - case sheet (curated subset, release 2.1)
patient_id: P_01733    age: 61    breast_density (ACR, 1-4): 3    views: LCC, LMLO, RCC, RMLO    acquisition: FFDM

abnormality_id | side  | type          | descriptors                                        | BI-RADS assessment | pathology
1              | LEFT  | calcification | morphology=PLEOMORPHIC; distribution=SEGMENTAL     | 5                  | MALIGNANT
2              | LEFT  | mass          | shape=IRREGULAR; margins=SPICULATED                | 5                  | MALIGNANT
3              | RIGHT | calcification | morphology=LUCENT_CENTER; distribution=SCATTERED   | 2                  | BENIGN_WITHOUT_CALLBACK

Annotator's free-text note (reader R2, breast radiologist, 14 yrs):
Left UOQ: irregular spiculated mass, 21 mm, at about 2 o'clock, with segmental pleomorphic calcs spreading from it toward the nipple, some of them inside the mass. Abnormalities 1 and 2 belong to one cancer (IDC with extensive DCIS at surgery). Right: scattered lucent-centred calcs, benign, nothing else. Skin and nipples unremarkable. Axillae not included in the ROI annotation.

Annotation guide (applies to all cases): "BI-RADS assessment" is the category given in the original clinical report; ROIs were drawn on both views where visible.
""")

add("t14_05_osce_station",
    "final-year OSCE station: candidate instructions, examiner's notes with the expected answer, marking guide with a partial-credit category",
    "b", "5", "R5",
    ["mass R p", "calc R a", "skin R p", "skin R p", "ln R p"], r"""
FINAL-YEAR OSCE - STATION 7: BREAST IMAGING (8 minutes)

Candidate instructions
Mrs J, 68, attends the one-stop breast clinic with a lump in her right breast. You are shown her bilateral mammogram (CC and MLO views). Describe the findings to the examiner and suggest the next steps.

Examiner's notes - NOT to be shown to the candidate
Images: The breasts show scattered fibroglandular density (ACR b). In the right upper outer quadrant there is an irregular, high-density mass with spiculated margins, about 25 mm. No microcalcifications are visible. The overlying skin is thickened and the nipple is retracted. An enlarged axillary lymph node with loss of its fatty hilum is seen on the MLO view. The left breast is normal.
Expected conclusion: highly suspicious of carcinoma - BI-RADS 5 (right). Triple assessment: ultrasound of the breast and axilla, core biopsy.

Marking guide
- Systematic description (side, site, size, shape, margins): 3 marks
- Recognises the skin and nipple signs: 1 mark
- Mentions the axilla: 1 mark
- Correct category: 2 marks (BI-RADS 4 accepted for 1 mark)
- Appropriate next step: 2 marks
- Communication and structure: 1 mark
Examiner's global rating: clear pass / pass / borderline / fail
""")

add("t14_06_israeli_case_report",
    "Israeli journal case communication (BRCA2 carrier), past tense, descriptors in the next sentence, US + MRI one mass",
    "d", "4B", "R4B L2",
    ["mass B a", "ad B a", "calc B a", "mass R p", "mass L p"], r"""
Isr Med Assoc J - Case Communication

Mammographically Occult Triple-Negative Carcinoma in a Young BRCA2 Carrier: The Value of Supplemental Ultrasound

Background
Israeli Ministry of Health guidelines recommend annual breast MRI from age 25 and annual mammography from age 30 in carriers of BRCA1/2 mutations. Adherence is incomplete, and supplemental ultrasound is widely used.

Patient Description
A 39-year-old woman of Ashkenazi Jewish descent, a known BRCA2 carrier, was referred by her health maintenance organization for surveillance imaging. Her last scheduled MRI had been postponed because of a scheduling delay. Clinical breast examination was unremarkable.

Imaging findings
Digital mammography with tomosynthesis showed extremely dense breasts (ACR d) with no mass, architectural distortion or suspicious calcifications in either breast. Supplemental whole-breast ultrasound demonstrated a 9 mm round hypoechoic mass at 7 o'clock in the right breast, 3 cm from the nipple. Its margins were microlobulated and its orientation was not parallel. Internal vascularity was present on color Doppler. A 4 mm simple cyst was noted at 1 o'clock in the left breast. BI-RADS 4B was assigned to the right breast and BI-RADS 2 to the left. Contrast-enhanced MRI performed before the biopsy showed a 10 mm irregular enhancing mass with washout kinetics corresponding to the sonographic finding, and no additional lesion in either breast.

Histology of the ultrasound-guided core biopsy showed triple-negative invasive ductal carcinoma, grade 3. The patient underwent neoadjuvant chemotherapy followed by bilateral mastectomy; the sentinel node was negative.

Comment
In very dense breasts mammography has limited sensitivity. Supplemental ultrasound should be offered when MRI is delayed or unavailable.
""")

add("t14_07_brazilian_letter_translated",
    "Brazilian journal letter to the editor translated from Portuguese ('nodule', 'JUQ'), side stated once, DDx paragraph, misspelling",
    "b", "5", "L5 R2",
    ["mass L p", "calc L p - m:fine_pleomorphic d:grouped", "ln L p", "mass R p s", "calc R p s m:coarse"], r"""
Radiol Bras - Letter to the Editor (English version; translated from Portuguese)

Invasive micropapillary carcinoma presenting as a spiculated nodule with microcalcifications

Dear Editor,

A 58-year-old woman, asymptomatic, underwent screening mammography at a public health unit in Recife, Brazil. Mammography (Figure 1A) showed breasts with scattered fibroglandular densities (ACR B) and an irregular, high-density nodule with spiculated margins, measuring 1.8 cm, located at the junction of the upper quadrants (JUQ) of the left breast. It was associated with grouped pleomorphic microcalcfications. Ultrasound (Figure 1B) showed an irregular hypoechoic nodule with indistinct margins and posterior acoustic shadowing, non-parallel to the skin, measuring 1.7 x 1.4 cm, at 12 o'clock, corresponding to the mammographic finding. Axillary lymph nodes with cortical thickening of up to 4 mm were also observed on this side. In the right breast, a calcified fibroadenoma with coarse "popcorn" calcifications was seen, unchanged since 2019.

The findings were classified as BI-RADS 5 in the left breast and BI-RADS 2 in the right breast. Ultrasound-guided core biopsy of the nodule and fine-needle aspiration of the most abnormal lymph node were performed. Histopathology showed invasive micropapillary carcinoma, and cytology confirmed nodal metastasis.

The main differential diagnoses of a spiculated nodule include invasive ductal and lobular carcinomas, radial scar, fat necrosis and granular cell tumor. Invasive micropapillary carcinoma is a rare subtype (less than 2% of breast cancers) with a high rate of lymphovascular invasion and axillary metastases, as in our patient.

Figure 1. A: Left craniocaudal view. B: Ultrasound of the left breast at 12 o'clock.
""")

add("t14_08_german_case_of_month",
    "German screening reference-centre 'Case of the Month' (translated): prior and current rounds narrated, growth, possible second mass, misspellings",
    "c", "4", "R4",
    ["mass R p", "calc B p - m:vascular", "calc R a", "mass R q"], r"""
Case of the Month - Reference Centre for Mammography Screening (translated from German)

Interval growth of a "benign-looking" round mass

History: 64-year-old participant in the German mammography screening programme, third screening round. No symptoms, no family history.

Previous round (2022): Both readers assessed the screen as normal. A 6 mm round, circumscribed mass in the upper inner quadrant of the right breast was noted retrospectively at the consensus conference and considered benign; no recall.

Current round (2024): The mass now measured 11 mm and its margin was partly indistinct. Breast density ACR type c. Both breasts showed benign vascualr calcifications. The mass itself contained no calcificatons. Tomosynthesis at the assessment visit confirmed the indistinct margin; a possible second mass, 4 mm, was seen 1 cm posterior to it on a single slice.
Ultrasound: oval, not parallel, hypoechoic mass, 10 x 9 mm, at 2 o'clock, with posterior enhancement and angular margin segments. The possible second lesion was not found sonographically.
Assessment: BI-RADS 4 (right). Ultrasound-guided 14G core biopsy: mucinous carcinoma, pure type.

Teaching point: A round, apparently benign mass that grows between screening rounds is suspicious. Mucinous and medullary-like carcinomas can look circumscribed. BI-RADS 3 is not an option for a growing mass.
""")

add("t14_09_kenyan_journal_tb_mastitis",
    "East African journal case report (TB mastitis), asymmetric density with US correlate (one asymmetry), DDx and histology",
    "a", "4A", "R4A L1",
    ["asym R p", "skin R p", "calc B a", "ln R p"], r"""
East African Medical Journal - Case Report

Tuberculous mastitis mimicking inflammatory carcinoma: a case from western Kenya

Case presentation
A 42-year-old para 4 woman from Kisumu presented with a four-month history of a painful, enlarging right breast swelling with a discharging sinus. She was HIV-negative and had no history of pulmonary tuberculosis. On examination the right breast was warm and indurated, with a sinus opening at 10 o'clock.

Investigations
Bilateral mammography showed fatty breasts (ACR a). In the right upper outer quadrant there was an ill-defined asymmetric density with trabecular thickening and diffuse skin thickening. No suspicious microcalcifications were seen in either breast. On ultrasound the asymmetric density corresponded to an irregular hypoechoic area with a sinus tract extending to the skin. The right axilla contained two enlarged lymph nodes with central necrosis, the larger measuring 2.1 cm. The left breast and axilla were normal.
The right breast was categorised as BI-RADS 4A and the left as BI-RADS 1.

Core needle biopsy showed caseating granulomatous inflammation, and GeneXpert MTB/RIF on the aspirate was positive for Mycobacterium tuberculosis (rifampicin-sensitive). She improved on a six-month course of anti-tuberculous therapy.

Discussion
The differential diagnosis of this picture includes idiopathic granulomatous mastitis, breast abscess and inflammatory carcinoma. In endemic regions tuberculous mastitis should be considered in any woman with a breast mass, sinus and axillary lymphadenopathy.
""")

add("t14_10_forum_thread",
    "online radiologists' forum thread: OP, replies with hypothetical categories, OP's update with the final category; misspelling",
    "c", "4A", "R4A",
    ["asym R p", "ad R a", "calc R a"], r"""
RadForums > Breast Imaging > Case discussion
Thread: Persistent focal asymetry, no US correlate - what would you do?

mammo_doc_TX (posted Mar 3)
52F, screening DBT recall for a right focal asymetry, upper outer, posterior, ~15 mm, seen on CC and MLO. Het dense. On the diagnostic it persists on spot compression and rolled CC, no distortion on tomo, no calcs. Targeted US at 10:30 negative - no correlate. Priors from 2023 and 2024 are on the way.
What would you do?

breastrad_nz (posted Mar 3)
If it's not new I'd call it 3 and bring her back in six months. Persistent with no correlate is a classic 3 situation.

KStone_MD (posted Mar 4)
Agree, if not new. If it's new it needs tissue. DBT-guided biopsy is easy on these.

mammo_doc_TX (posted Mar 9)
Update: got the priors - it was NOT there in 2024. So I called it BI-RADS 4A (right) and we did a tomo-guided VAB. Path: PASH, concordant benign. She goes back to annual screening. Thanks all.
""")
