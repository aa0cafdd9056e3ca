ITEMS = []


def add(**kw):
    ITEMS.append(kw)


add(id="t38_01_slovenia_elearning_click_to_reveal",
    style="Ljubljana university e-learning module, interactive case with [Click to reveal] answers and a progress bar; "
          "'The former ... The latter ...' for two right lesions; distribution answered in the next question; options (a)-(d) not asserted",
    cats="R4A L2", overall="4A", density="c",
    findings=["calc R p m:amorphous d:grouped", "mass R p", "calc L p m:vascular", "ln L p", "mass L a", "ad L a"],
    text="""BREAST IMAGING E-LEARNING  |  Module 6: Calcifications and their neighbours
Case 6.3 of 8      Progress: [#######---] 70 %
Department of Radiology, University Medical Centre Ljubljana  -  course for residents, year 3

CLINICAL INFORMATION
A 58-year-old woman is recalled from the national screening programme after her second screening round.
No symptoms. No previous breast surgery. Mother had breast cancer at 71.

IMAGES
Image 1   Right CC and MLO, tomosynthesis with synthesized 2D
Image 2   Left CC and MLO, tomosynthesis with synthesized 2D
Image 3   Right CC, magnification view (x1.8)
Image 4   Targeted ultrasound, right breast, 10 o'clock

Before you start: describe breast composition first, then go breast by breast.

Question 1.  What is the breast composition?
[Click to reveal]
   Heterogeneously dense (ACR c). Small lesions can be hidden; that is one more reason to scroll through every
   tomosynthesis slice.

Question 2.  Look at Image 1. What do you see in the right breast?
[Click to reveal]
   In the upper outer quadrant of the right breast there are two separate findings, about 3 cm apart: a small
   group of calcifications and a small oval mass. The former are amorphous and span 6 mm on the magnification
   view (Image 3). The latter measures 7 mm and is circumscribed; it corresponds to an anechoic simple cyst at
   10 o'clock on the targeted ultrasound (Image 4).

Question 3.  How would you describe the distribution of the calcifications?
[Click to reveal]
   Grouped - about eight calcifications within less than 1 cm. They were not present in the first round
   two years ago.

Question 4.  Now Image 2. Anything in the left breast?
[Click to reveal]
   Tram-track vascular calcifications in the lower half and a 9 mm intramammary lymph node with a fatty hilum in
   the upper outer quadrant. No mass and no architectural distortion on the left.

Question 5.  Your BI-RADS assessment?
   (a) BI-RADS 2      (b) BI-RADS 3      (c) BI-RADS 4A      (d) BI-RADS 4C
[Click to reveal]
   Correct answer: (c) for the right breast. Final assessment: right breast BI-RADS 4A (new amorphous grouped
   calcifications; stereotactic vacuum-assisted biopsy), left breast BI-RADS 2.
   Histology later showed flat epithelial atypia; the lesion was excised.

[ < Previous case ]                                                          [ Next case > ]
""")


add(id="t38_02_lithuania_letter_to_editor_disputing",
    style="Vilnius letter to the editor disputing a DBT case report's interpretation, with the authors' reply; "
          "'The larger ... The smaller ...' right lesions, the smaller re-read as an intramammary node (one lymph_node); "
          "left DBT distortion + US correlate (one); 'Neither breast' calcs",
    cats="L4B R2", overall="4B", density=None,
    findings=["ad L p", "mass R p", "ln R p", "calc B a"],
    text="""LETTERS TO THE EDITOR

Subtle is not the same as occult: comment on "Architectural distortion seen only on tomosynthesis"

To the Editor,

We read with interest the case report by Petrauskaite et al. in the last issue of this journal, describing a
61-year-old woman in whom an architectural distortion of the left breast was detected only on digital breast
tomosynthesis (DBT). We agree with the final assessment of the left breast as BI-RADS 4B and with the decision to
perform a vacuum-assisted biopsy, which showed a radial scar with atypical ductal hyperplasia.

We disagree, however, with two points of interpretation.

First, the authors state that the distortion was occult on the synthesized 2D images. In our reading of their
Figure 1b, the distortion in the upper outer quadrant of the left breast is faintly visible on the synthesized
MLO view as a few straight lines converging on a point 5 cm behind the nipple. Subtle, yes; occult, no. The
hypoechoic area with ill-defined margins at 2 o'clock in their Figure 3 is the sonographic correlate of this
distortion, as the authors themselves say, and should not be counted as a second lesion in their Table 1.

Second, the authors describe two oval circumscribed masses in the right breast at 9 o'clock, 1.5 cm apart, and
call both of them cysts. The larger (12 mm) is anechoic with posterior enhancement and is indeed a simple cyst.
The smaller (6 mm) is not. It has an echogenic centre and a thin hypoechoic rim in their Figure 4c, and on the
mammogram a lucent notch can be seen: it is an intramammary lymph node with a fatty hilum. The distinction does
not change the management, but trainees read case reports to learn exactly these signs.

Neither breast contains suspicious calcifications in the published images, and we agree that none were present.

Sincerely,
Rasa Jankauskiene, MD, PhD; Tomas Vaitkus, MD
Department of Radiology, Vilnius University Hospital Santaros Klinikos, Vilnius, Lithuania

Reply from the authors

We thank our colleagues for their careful reading. We accept that the distortion is faintly visible in
retrospect on the synthesized MLO view, and we agree that the smaller right lesion is an intramammary lymph
node rather than a cyst. Our final assessment stands: BI-RADS 4B for the left breast and BI-RADS 2 for the
right breast. Table 1 will be corrected in an erratum.

Agne Petrauskaite, on behalf of the authors
""")


add(id="t38_03_kuwait_mm_review",
    style="Kuwait City hospital radiology M&M review form (event, timeline with 2024 'BI-RADS 2', index exam, panel, "
          "learning points); 'the former / the latter' for the right fibroadenoma and its calcifications, both unchanged; "
          "hypothetical 'would have been BI-RADS 0'",
    cats="L5 R2", overall="5", density="b",
    findings=["mass L p", "calc L p m:fine_pleomorphic", "ln L p", "mass R p s", "calc R p s m:coarse"],
    text="""DEPARTMENT OF RADIOLOGY - MORBIDITY & MORTALITY REVIEW
Mubarak Al-Kabeer Hospital, Jabriya, Kuwait
Meeting date: 18 November 2025          Case no.: MM-BR-2025-07
Presenter: Dr. Hessa Al-Mutairi (Fellow, Breast Imaging)     Moderator: Dr. Fawzia Al-Sabah
Event type: delayed diagnosis (possible perceptual error)        Patient identifiers removed

1. SUMMARY OF EVENT
A 54-year-old woman was diagnosed with invasive carcinoma of the left breast in March 2025, eleven months after a
screening mammogram that had been reported as benign.

2. TIMELINE
- April 2024: screening mammogram, reported as "benign findings, BI-RADS 2", routine recall in 2 years.
- February 2025: patient palpates a lump in the left breast; GP referral.
- 10 March 2025: diagnostic mammography and ultrasound (index examination, below).
- 17 March 2025: US-guided core biopsy: invasive carcinoma NST, grade 2.

3. INDEX EXAMINATION (10 March 2025), as reported
Composition: scattered areas of fibroglandular density (ACR b).
Left breast: at 10 o'clock, 6 cm from the nipple, there is an irregular high-density mass measuring 16 mm. Its
margins are spiculated. Fine pleomorphic microcalcifications are associated with it, extending 5 mm beyond its
anterior margin. On ultrasound the mass is irregular, hypoechoic and not parallel, with posterior shadowing,
18 x 14 mm. One left axillary lymph node has a cortex of 4 mm with a preserved fatty hilum.
Right breast: a fibroadenoma at 6 o'clock and coarse popcorn calcifications within it. The former measures
11 mm; the latter have not changed since 2021, and neither has the former.
Assessment: Left breast BI-RADS 5. Right breast BI-RADS 2.

4. PANEL REVIEW
On the April 2024 images the lesion is visible in retrospect on the LMLO view only, measuring about 6 mm, at the
edge of the image. The panel agreed this was a perceptual miss that was, however, within the range of acceptable
practice for a single view (RADPEER 2a). Had it been recalled in 2024 it would have been BI-RADS 0.

5. LEARNING POINTS
- Always check the edges of the image and the area behind the pectoral muscle on the MLO.
- Compare with at least two prior examinations where available.
- A lesion seen on one view only deserves a recall, not a shrug.

6. ACTIONS
Double reading of all screening mammograms to be completed by Q2 2026. Case added to the departmental teaching file.
""")


add(id="t38_04_tanzania_nursing_handout",
    style="Dar es Salaam nursing school handout: case of a young woman, ultrasound only, 'It is oval ...' next-sentence "
          "descriptors, 'The larger ... the smaller ...' right cysts at separate clocks, generic BI-RADS explanation and "
          "hypothetical nurse questions",
    cats="L3 R2", overall="3", density=None,
    findings=["mass L p", "mass R p", "mass R p", "ln B a"],
    text="""MUHIMBILI UNIVERSITY OF HEALTH AND ALLIED SCIENCES
School of Nursing - Diploma in Oncology Nursing
Unit 4: Breast Health    Handout 4.6    Case study for small-group discussion

CASE: "I found a lump while bathing"

Mrs. A., a 29-year-old teacher from Kinondoni, comes to the breast clinic because she felt a lump in her
left breast two weeks ago. She is breastfeeding her second child, who is 14 months old. She has no pain. There
is no family history of breast cancer.

The clinician examines both breasts and feels a smooth, mobile lump in the left breast. Because the patient is
under 30, she is sent for a breast ultrasound and not for a mammogram.

What the radiologist wrote (ultrasound of both breasts):
  The lump felt by the patient corresponds to a solid mass at 3 o'clock in the left breast, 4 cm from the nipple,
  measuring 21 x 13 mm. It is oval, circumscribed, hypoechoic and parallel to the skin. No internal flow.
  In the right breast there are two cysts, at 10 o'clock and at 2 o'clock. The larger, at 10 o'clock, measures
  9 mm and is a simple cyst. The smaller, at 2 o'clock, measures 4 mm and has a few fine internal echoes
  (complicated cyst).
  No abnormal axillary lymph nodes.
  Impression: left breast mass, probably a fibroadenoma - BI-RADS 3; short-interval ultrasound in 6 months.
  Right breast cysts - BI-RADS 2.

WHAT THE NUMBERS MEAN (for nurses)
The radiologist gives each breast a BI-RADS number. In general, a BI-RADS 2 finding is benign, a BI-RADS 3
finding is probably benign and is watched, and a BI-RADS 4 or 5 finding needs a biopsy. This is a general guide,
not the result for Mrs. A.

DISCUSSION QUESTIONS
1. Mrs. A. asks you whether she has cancer. How do you answer, using the report?
2. Why was a mammogram not done?
3. If the report had said BI-RADS 4, what would change in her care plan?
4. How will you make sure she returns for her 6-month scan? Think about phone reminders and her work.

Prepared by: Sr. Neema Mwakyusa, RN, BScN - Nurse Tutor. Reviewed by Dr. J. Mrema, Radiologist.
""")


add(id="t38_05_mauritius_textbook_operative_notes",
    style="Breast-surgery textbook case with pre-operative imaging, an operative note and a specimen radiograph "
          "(Mauritius unit); segmental fine linear branching left calcs 'No associated mass'; right oil cyst with "
          "'eggshell' rim calcification in the next sentence, reduction-scar postsurgical change",
    cats="L5 R2", overall="5", density="c",
    findings=["calc L p m:fine_linear d:segmental", "mass L a", "mass R p", "calc R p m:rim", "other R p"],
    text="""CHAPTER 14   Wire-Guided Excision of Non-Palpable Lesions

Case 14.2  Bracketed wire localisation of extensive microcalcifications
(Case contributed by the Breast Unit, Victoria Hospital, Candos, Mauritius)

History. A 49-year-old woman attended the national screening programme for the first time. She had undergone
bilateral reduction mammoplasty in 2015 and had no breast symptoms.

Pre-operative imaging. The breasts were heterogeneously dense (ACR c). In the left breast, in the upper outer
quadrant at 1-2 o'clock, there were fine linear branching microcalcifications in a segmental distribution,
extending over 38 mm towards the nipple. No associated mass was seen on mammography or on ultrasound. In the
right breast, post-surgical scarring from the reduction mammoplasty was seen in the lower half, in the expected
inverted-T pattern. Within the scar there was a round fat-containing mass of 11 mm, an oil cyst. Its wall showed
a thin eggshell calcification. The radiologist assessed the examination as BI-RADS 5, left and BI-RADS 2, right.
Stereotactic vacuum-assisted biopsy of the left calcifications showed high-grade DCIS.

Operative note (abridged).
  Procedure: left wide local excision with two bracketing hookwires, specimen radiography, sentinel lymph node
  biopsy not performed (pure DCIS on biopsy).
  Wires: placed under stereotactic guidance on the morning of surgery, at the anterior and posterior ends of the
  calcified segment; check mammogram confirmed the wires bracketing the segment.
  Incision: curvilinear, periareolar extension at 1 o'clock. Dissection down to pectoral fascia between the wires.
  Specimen: 62 x 45 x 30 mm, orientated with sutures (short superior, long lateral).
  Specimen radiograph: both wires and the calcified segment in the specimen; calcifications reach within 3 mm of
  the superior margin, so a superior cavity shave was taken.
  Haemostasis, clips to cavity walls for radiotherapy planning, closure in layers.

Comment. Bracketing is preferred when calcifications extend more than about 3 cm. The specimen radiograph is
the surgeon's best intra-operative guide to the margins; ask the radiologist to look at it with you.
""")


add(id="t38_06_latvia_radiographer_positioning_audit",
    style="Riga radiographers' PGMI positioning audit record with a per-view table (P/G/M/I grades, PNL) and auditor "
          "notes mentioning findings; mass on the repeated RMLO only ('was not on the first RMLO'), descriptors in the "
          "next sentence; radiologist's extract 'Right: BI-RADS 0 / Left: BI-RADS 2'",
    cats="R0 L2", overall="0", density="b",
    findings=["mass R p", "calc L p m:skin", "ln L p", "ad B a", "asym B a"],
    text="""PAULS STRADINS CLINICAL UNIVERSITY HOSPITAL, RIGA - MAMMOGRAPHY QUALITY ASSURANCE
Radiographer positioning audit (PGMI), quarter 3/2025, sample record 14 of 40
Client ID: 0419-77   Age band: 50-59   Exam: bilateral screening mammography, 2D + DBT
Radiographer: RG-07   Auditor: I. Ozola, senior radiographer   Date of audit: 02.10.2025

View   Grade   Criteria not met                                          Repeat
RCC    G       nipple slightly rotated medially                          no
LCC    P       -                                                         no
RMLO   M       PNL 14 mm short of the pectoral muscle; IMF not shown      yes, RMLO repeated
LMLO   P       -                                                         no
Overall image set: G (after repeat)

PNL = posterior nipple line; IMF = inframammary fold.
Grades: P perfect, G good, M moderate, I inadequate. Target: >= 75 % of images P or G.

Auditor notes
The first RMLO was graded M: the pectoral muscle did not reach the level of the nipple and the inframammary
fold was not opened. The repeat RMLO shows the muscle to nipple level and a clear IMF angle.

The repeat was worth it. The radiologist's report mentions a small mass in the lower inner right breast, 8 mm,
seen on the repeated RMLO and on the RCC. It was not on the first RMLO because that part of the breast was not
included. It is oval with an obscured margin, and the client has been recalled for assessment.

On the LMLO there is a skin marker over a mole and, next to it, two dermal calcifications in the axillary tail,
which the radiologist called benign. Normal left axillary lymph nodes are included on the LMLO, as they should be.

Radiologist's report (extract, for information):
"Breast composition B. No architectural distortion or asymmetry in either breast.
Right: BI-RADS 0 - recall for additional views and ultrasound of the lower inner mass.
Left: BI-RADS 2."

Feedback given to RG-07 in person on 03.10.2025: lift the breast up and out before compression on the MLO; use
the IMF check on the monitor before releasing the client.
""")


add(id="t38_07_slovakia_guideline_vignette",
    style="Bratislava national guideline chapter on supplemental ultrasound with a boxed case vignette; 'the first "
          "... the second ...' lesions with descriptors in the next sentence; generic recommendation text naming "
          "'BI-RADS 3 lesions' and evidence grades (Grade B, level 2) not asserted",
    cats="R4B L3", overall="4B", density="d",
    findings=["mass R p", "mass L p", "ln B a"],
    text="""NATIONAL CLINICAL GUIDELINE: Supplemental imaging in women with dense breasts
Slovak Society of Radiology - Section of Breast Imaging, in cooperation with the Ministry of Health SR
Version 2.1, 2025

4. SUPPLEMENTAL ULTRASOUND

Recommendation 4.1  Women aged 40-74 with extremely dense breasts (ACR d) may be offered supplemental
ultrasound after a negative mammogram or tomosynthesis.   Grade B   (evidence level 2)

Recommendation 4.2  Lesions assessed as BI-RADS 3 at supplemental ultrasound should be followed with ultrasound
at 6, 12 and 24 months rather than biopsied, unless the woman prefers biopsy.   Grade B   (evidence level 2)

Recommendation 4.3  Lesions assessed as BI-RADS 4 or 5 should undergo ultrasound-guided core needle biopsy.
Grade A   (evidence level 1)

+------------------------------------------------------------------------------------------------------+
| BOX 4.  Clinical vignette                                                                            |
|                                                                                                      |
| A 47-year-old woman with extremely dense breasts (ACR d) has a negative tomosynthesis screening     |
| examination. Supplemental whole-breast ultrasound is performed. It shows two masses: one at 1        |
| o'clock in the right breast, 5 cm from the nipple, 9 mm, and one at 4 o'clock in the left breast,     |
| 2 cm from the nipple, 6 mm. The first is irregular and not parallel, with angular margins. The      |
| second is oval, parallel and circumscribed, with the typical appearance of a fibroadenoma. No       |
| axillary lymphadenopathy.                                                                            |
|                                                                                                      |
| Assessment: right breast BI-RADS 4B, left breast BI-RADS 3.                                          |
| Management according to this guideline: ultrasound-guided core biopsy of the right mass            |
| (Recommendation 4.3); ultrasound follow-up of the left mass at 6 months (Recommendation 4.2).        |
| Histology of the right mass: invasive lobular carcinoma.                                             |
+------------------------------------------------------------------------------------------------------+

Rationale. Supplemental ultrasound detects about 2-3 additional cancers per 1000 women with dense breasts, at
the cost of more false-positive results, most of them in the BI-RADS 3 group. Women must be told about this
before they choose.
""")


add(id="t38_08_barbados_second_opinion_letter_gp",
    style="Bridgetown consultant's second-opinion letter to the GP; outside report's 'BI-RADS 4A' replaced; the "
          "'mass' re-read as an intramammary lymph node (one lymph_node); 'My assessment is ...'; density in words",
    cats="L2 R2", overall="2", density="b",
    findings=["ln L p s", "calc R p m:punctate d:diffuse", "mass R a", "ad R a", "asym R a"],
    text="""CARIBBEAN BREAST IMAGING
2nd Floor, Warrens Office Complex, St. Michael, Barbados      Tel (246) 435-0000

9 February 2026

Dr. Marcia Alleyne
Belleville Family Practice
Belleville, St. Michael

Dear Dr. Alleyne,

Re: Mrs. Sandra B., DOB 11/06/1972 - second opinion on breast imaging of 27 January 2026

Thank you for asking me to review Mrs. B.'s mammograms and breast ultrasound, performed elsewhere on 27 January,
which were reported as showing a 7 mm mass in the left breast at 3 o'clock, BI-RADS 4A, with a recommendation for
biopsy. Mrs. B. is understandably anxious and asked for another opinion before proceeding.

I have reviewed all the images, including the ultrasound clips, and compared them with her mammograms of 2023
and 2024, which the first centre did not have.

The breasts are of scattered fibroglandular density.

The finding in the left breast at 3 o'clock is, in my opinion, an intramammary lymph node. On the ultrasound
clips it is oval, with a thin uniform cortex and a bright fatty hilum, and the hilum is also visible as a lucent
centre on the mammogram. It is unchanged in size compared with both earlier mammograms.

In the right breast there are a few scattered punctate calcifications, which are benign. I see no mass,
architectural distortion or asymmetry in the right breast.

My assessment is BI-RADS 2 for the left breast and BI-RADS 2 for the right breast. I do not think a biopsy is
needed, and I would advise her to return to routine annual screening. I have discussed this with Mrs. B. by
telephone today and she is relieved; I have also written to the first centre so that their records can be updated.

Please do not hesitate to call me if you have any questions.

Yours sincerely,

Dr. Keith O. Greaves, MBBS, FRCR
Consultant Radiologist
cc: Mrs. S. B.
""")


add(id="t38_09_zimbabwe_trainee_portfolio_reflection",
    style="Harare MMed trainee's e-portfolio reflection in Gibbs-cycle headings; one right lesion across mammography, "
          "ultrasound and MRI ('the same lesion') = one mass; trainee's draft 'BI-RADS 0 for the left' replaced by the "
          "signed report; normal right axillary nodes",
    cats="R4C L2", overall="4C", density="c",
    findings=["mass R p", "ln R p", "mass L p"],
    text="""UNIVERSITY OF ZIMBABWE - MMed (Diagnostic Radiology)  |  e-Portfolio
Entry type: Reflective practice (Gibbs cycle)        Rotation: Breast imaging, Parirenyatwa Group of Hospitals
Trainee: Dr. T. Chikwanha (Part II)   Supervisor: Dr. R. Makoni   Date: 14/08/2025
Competency mapped: RAD-B3 (Multimodality correlation)   Confidential - patient details removed

DESCRIPTION
A 46-year-old woman was referred with a right breast lump. I reported her bilateral mammogram, ultrasound and,
two weeks later, the staging MRI under supervision. The breasts were heterogeneously dense. On mammography there
was a 13 mm irregular mass with indistinct margins in the right upper outer quadrant. On ultrasound, at 10
o'clock 6 cm from the nipple, there was an irregular hypoechoic mass of 12 mm, not parallel, with posterior
shadowing. It corresponded to the mammographic mass. On MRI the same lesion was a 14 mm irregular mass with rim
enhancement and washout; nothing else enhanced suspiciously in either breast, so it was a single lesion on all
three examinations. The right axillary lymph nodes were normal on ultrasound, with thin cortices.

In the left breast there was a 6 mm oval circumscribed mass in the upper inner quadrant on the LCC. On
ultrasound it was an anechoic simple cyst.

In my first draft I wrote "BI-RADS 0 for the left breast, further evaluation advised" for the cyst, because I was
not sure the cyst was the same thing as the mammographic mass. My supervisor showed me how to confirm the
correlation by position, depth and size. The report we signed read: "Right breast BI-RADS 4C; left breast
BI-RADS 2."

FEELINGS
I felt embarrassed that a simple cyst had made me hesitate, and anxious about being too confident.

EVALUATION
The correlation of one lesion across three examinations went well; the left breast did not.

ANALYSIS
I had not been measuring the distance from the nipple on both modalities, so I could not match them.

CONCLUSION
A mammographic mass and an ultrasound lesion are one lesion when the quadrant, the depth and the size agree.

ACTION PLAN
Record the clock face and distance from the nipple for every lesion, on every modality. Review 20 correlated
cases from the teaching file before the end of the rotation.

Supervisor comment: Good reflection. Signed off. - R. Makoni
""")


add(id="t38_10_ecuador_quiz_findings_diagnosis",
    style="Quito radiology society online quiz, one patient, 'Findings:' and 'Diagnosis:' fields per image; sides from "
          "image labels (RMLO, LCC spot, left US, right axilla); 'without a central mass'; the US correlate of the "
          "distortion is the same lesion; 'Final answer: BI-RADS 4B left, BI-RADS 2 right'",
    cats="L4B R2", overall="4B", density=None,
    findings=["mass R p", "calc R p m:rim", "ad L p", "mass L a", "ln R p"],
    text="""SOCIEDAD ECUATORIANA DE RADIOLOGIA - Breast Imaging Quiz of the Month (English edition)
Quiz 2025-09   "Two breasts, two stories"   Author: Dra. Paola Cevallos, Hospital Metropolitano, Quito

A 63-year-old woman, screening recall. Four images are shown. For each image write your findings and your
diagnosis, then give a final assessment. Answers are below the line.

Image A - RMLO
Image B - LCC spot compression view
Image C - Ultrasound, left breast, 12 o'clock
Image D - Ultrasound, right axilla

----------------------------------------------------------------------------------------------- ANSWERS

Image A (RMLO)
Findings: Round circumscribed fat-containing mass, 10 mm, in the upper right breast. It has a thin continuous
rim of calcification.
Diagnosis: Oil cyst. Benign, no further action.

Image B (LCC spot compression)
Findings: Architectural distortion at 12 o'clock that persists on spot compression, without a central mass.
Diagnosis: Suspicious distortion - radial scar versus carcinoma.

Image C (US, left breast 12 o'clock)
Findings: Irregular hypoechoic area with posterior shadowing, 8 mm, 4 cm from the nipple. It corresponds to the
distortion in Image B.
Diagnosis: Sonographic correlate of Image B, suitable for ultrasound-guided biopsy.

Image D (US, right axilla)
Findings: Oval lymph node, 16 mm, with a thin cortex and preserved fatty hilum.
Diagnosis: Normal axillary lymph node.

Final answer: BI-RADS 4B left, BI-RADS 2 right.
Pathology (left, US-guided core biopsy): radial scar without atypia; excision discussed at MDT.

Scoring: 1 point per image for the correct findings, 1 point per image for the correct diagnosis, 2 points for the
final assessment. 10 points = "Breast Master" badge.
""")


# ---- cases 11-12: added by a second blind writer (issue 13; brief blind_36b) ----

add(id="t38_11_philippines_patient_forum_own_report",
    style="Quezon City patient-forum post quoting her own report line by line (retyped, with typos) and her questions "
          "in between; friend's 'BI-RADS 4' not asserted; right mammographic mass = US complicated cyst (one); left "
          "scattered coarse calcs + 'No suspicious calcifications, mass or architectural distortion'",
    cats="R3 L2", overall="3", density="c",
    findings=["mass R p", "ln R p", "calc L p m:coarse d:diffuse", "calc L a", "mass L a", "ad L a"],
    text="""PinkRibbon PH Community  >  Forums  >  "Help me understand my results"
Topic: got my mammogram + ultrasound result today, can someone explain?? (sorry long post)
Posted by mariel_qc (Quezon City) on 7 Feb 2026, 9:48 PM

Hi everyone, first time posting. I'm 44, this was my first mammogram because my office HMO now covers it. The
doctor who will read it to me is only available next Thursday and I can't sleep. I'm typing the report from the
paper copy so sorry for typos. My questions are in between.

> BILATERAL DIGITAL MAMMOGRAPHY AND BREAST ULTRASOUND
> Breast composition: heterogenously dense (C). This may lower the sensitivity of mammography.

- what does dense mean?? is that bad? my officemate said dense = cancer risk

> RIGHT BREAST: There is a 9 mm oval mass with circumscibed margins at 10 o'clock, middle depth.
> On ultrasond this corresponds to a complicated cyst with low level internal echoes, no vascularity.
> Right axillary lymph nodes are normal in size and apperance.

- so is it a cyst or a mass??? it says both. how can it be both

> LEFT BREAST: Scattered coarse calcificatons, benign.
> No suspicious calcifications, mass or architectural distortion in the left breast.

- is "benign" 100% sure? why does it say calcifications two times, once benign once not suspicious

> IMPRESSION:
> Right: BI-RADS 3 - Probably benign. Follow-up ultrasound in 6 months is recommended.
> Left: BI-RADS 2 - Benign.

- my friend had BI-RADS 4 last year and they did a biopsy right away. is a 3 close to that? should I ask for a
  biopsy anyway instead of waiting 6 months?
- also the pain I have is on the LEFT side, and the report says left is fine. is that normal??

Thank you in advance, I really appreciate anyone who can explain in simple words. God bless.

  [ 3 replies ]   [ Report post ]   [ Quote ]
""")


add(id="t38_12_new_zealand_medicolegal_chronology",
    style="Auckland medico-legal chronology for an ACC treatment-injury claim: three exams by date (2022 right 'BI-RADS 3', "
          "2024 'BI-RADS 1 bilateral' with its own negatives, 2025 diagnostic); only the 2025 exam's findings and categories "
          "are today's; expert's retrospective note on the 2024 images is the same left lesion",
    cats="L5 R2", overall="5", density="c",
    findings=["mass L p", "calc L p m:fine_pleomorphic", "ln L p", "mass R p s", "calc R a"],
    text="""PRIVILEGED AND CONFIDENTIAL -- PREPARED AT THE REQUEST OF COUNSEL
Harbour Law, Auckland -- ACC treatment injury claim, client: Mrs H. T. (DOB 1968)
CHRONOLOGY OF BREAST IMAGING (prepared by R. Patel, paralegal; checked by Dr A. McKenzie, FRANZCR, expert radiologist)
Version 2, 19 January 2026. Sources: the reports as issued (quoted verbatim) and the expert's review of the images.

No. | Date       | Provider / examination                            | Report as issued (verbatim extract)
----+------------+---------------------------------------------------+----------------------------------------------
 1  | 14/03/2022 | North Shore Radiology -- bilateral screening       | "Right breast: 8 mm oval circumscribed mass at
    |            | mammogram (first mammogram)                       | 8 o'clock, no prior for comparison. BI-RADS 3,
    |            |                                                   | short-interval follow-up. Left breast: BI-RADS 1."
 2  | 02/05/2024 | North Shore Radiology -- bilateral screening       | "No suspicious mass, calcifications or
    |            | mammogram                                         | architectural distortion in either breast. The
    |            |                                                   | right 8 o'clock mass is stable over two years.
    |            |                                                   | BI-RADS 1 bilateral. Routine screening in 2 years."
 3  | 08/10/2025 | Auckland Breast Centre -- bilateral diagnostic     | see full text below
    |            | mammogram + bilateral ultrasound (palpable lump L) |

Full text of examination 3 (08/10/2025), the most recent examination:
"Heterogeneously dense breasts (ACR c). Left breast: at 2 o'clock, 7 cm from the nipple, there is a 19 mm
irregular mass with spiculted margins, with associated fine pleomorphic calcifications. Ultrasound shows the
corresponding irregular hypoechoic mass, 18 mm, non-parallel, with posterior shadowing. One left axillary lymph
node has a cortex of 6 mm and an effaced fatty hilum. Right breast: the 8 mm oval mass at 8 o'clock is unchanged
since 2022 and is benign (likely fibroadenoma). No suspicious calcifications on the right.
Impression: Left breast BI-RADS 5. Right breast BI-RADS 2. US-guided biopsy of the left mass and the node."
Biopsy 15/10/2025: invasive ductal carcinoma grade 2, node positive.

Expert's comment (Dr McKenzie), for counsel: on the 2024 images the left 2 o'clock cancer is visible in
retrospect as a 7 mm density on the MLO view only. Whether a reasonable reader would have recalled it in 2024
is addressed in my separate report (issues 1-4). The 2022 BI-RADS 3 for the right breast was appropriate.
""")
