ITEMS = []


def add(id, density, overall, bb, f, text):
    ITEMS.append({"id": id, "density": density, "overall": overall, "bb": bb, "f": f, "text": text})


add("t24_01_nigeria_textbook_worked_case", "c", "3", "L3", ["mass L p", "ln L p", "calc B a"], """
CHAPTER 7
THE BREAST LUMP IN THE YOUNG WOMAN: AN IMAGING APPROACH FOR RESOURCE-LIMITED SETTINGS
A. O. Adeyemi, MBBS, FMCR and C. N. Okafor, FWACS (Radiology)
Lagos University Teaching Hospital, Idi-Araba

7.4 Worked case

A 34-year-old trader presented to the surgical outpatient clinic with a painless lump in the left breast of three months' duration. There was no family history of breast cancer.

Because of her age, ultrasound was the first investigation. At the 2 o'clock position of the left breast, 3 cm from the nipple, there is an oval, circumscribed, parallel hypoechoic mass measuring 22 x 14 mm. It shows a few internal vessels on colour Doppler and no posterior shadowing. The left axilla contained two lymph nodes with preserved fatty hila and normal cortical thickness (2 mm).

Mammography was then performed (craniocaudal and mediolateral oblique views of both breasts). The breasts are heterogeneously dense (ACR c), which may obscure small lesions. The palpable mass corresponds to an oval, circumscribed, equal-density mass in the upper outer quadrant of the left breast. No calcifications were seen in either breast.

Final assessment: BI-RADS 3, left breast. A six-month follow-up ultrasound was offered, but the patient chose excision, and histology confirmed a fibroadenoma.

Teaching point 7.4: In women under 35 years, begin with ultrasound; add mammography when the ultrasound features are not typically benign or when the clinical picture demands it.
""")

add("t24_02_egypt_grand_rounds_handout", "b", "4B", "R4B L2",
    ["calc R p m:fine_pleomorphic d:grouped", "mass L p s", "ln B a"], """
AIN SHAMS UNIVERSITY - FACULTY OF MEDICINE
Department of Radiodiagnosis - Monthly Grand Rounds
Handout, Case 2 (presented by Dr. Mariam El-Sayed, Assistant Lecturer; discussant Prof. H. Abdel-Aziz)

Patient: 57-year-old female, asymptomatic, opportunistic screening.

Imaging:
* Full-field digital mammography, bilateral CC + MLO, compared with 2021 and 2023.
* Composition: scattered fibroglandular densities (ACR b).
* Right breast, upper outer quadrant: a 12 mm cluster of fine pleomorphic microcalcifications, new since 2023. Confirmed on magnification views.
* Targeted ultrasound: no correlate.
* Left breast: oval circumscribed mass at 1 o'clock, 15 mm, unchanged since 2021 (known fibroadenoma).
* Axillae: no lymphadenopathy bilaterally.

Assessment: BI-RADS 4B (right) / BI-RADS 2 (left).
Management: stereotactic vacuum-assisted biopsy of the right breast calcifications.
Histopathology: DCIS, intermediate nuclear grade, no invasion.

Learning points:
1. New calcifications deserve a magnification view before they are dismissed.
2. Absence of a sonographic correlate does not downgrade suspicious calcifications.
""")

add("t24_03_iran_social_thread", "b", "4C", "R4C L2", ["dist R p", "calc L p m:coarse"], """
Dr. Shirin Rahimi @ShirinBreastRad - Breast radiologist, Tehran | views my own

1/ Case of the week thread. DBT makes the difference here. #BreastRad #DBT #RadTwitter

2/ 58F, routine screening tomosynthesis. Scattered fibroglandular density (BI-RADS B). Look at the R CC slice 34 before you read on.

3/ There it is: architectural distortion in the right upper outer breast. On the synthesized 2D you can barely see it. She was recalled.

4/ Diagnostic work-up: the distortion persists on spot DBT. Targeted US at 10:00 shows an ill-defined hypoechoic area with shadowing, 9 mm, right where the distortion is.

5/ And the left breast: just a few coarse popcorn-like calcs. Classic benign, leave them alone.

6/ My final call: BI-RADS 4C right, BI-RADS 2 left. US-guided core -> invasive lobular carcinoma.

7/ Take-home: no history of surgery or trauma to explain it = biopsy, even if US is subtle. #ILC #BreastImaging #MedEd
""")

add("t24_04_turkey_forum_answer", "c", "4A", "L4A", ["asym L p", "calc L a", "dist L a"], """
Forum: Breast Imaging Discussion Board > Diagnostic dilemmas
Thread: Developing asymmetry, no US correlate - 0 or 3?

Original post by radyolog_ankara (General Radiologist):
Hi all, 46-year-old woman, screening mammogram, heterogeneously dense (C). There is a new focal asymmetry in the left breast, upper inner, about 15 mm, new compared with the 2023 and 2024 films. No calcs or distortion in that breast. Targeted US at 10 o'clock: nothing. I am torn between BI-RADS 0 and 3. What would you do?

Reply by Dr. Elif Yildirim (Breast Radiologist, Istanbul) - accepted answer:
Neither 3 straight away, I am afraid. A new or enlarging focal asymmetry is a developing asymmetry, and developing asymmetries carry a malignancy rate of roughly 10-15% in the literature, so they do not belong in the probably benign category. Do spot compression CC and ML views and, if you have it, tomosynthesis. If it is summation it will disperse. If it persists without a sonographic correlate, it still needs tissue, by stereotactic or DBT-guided biopsy.

Update by radyolog_ankara (3 weeks later):
Thank you. Spot views and DBT done: the developing asymmetry persists, no correlate on second-look US either. We assessed it as BI-RADS 4A in the left breast and did a DBT-guided vacuum biopsy. Pathology: ILC, 11 mm. Lesson learned.
""")

add("t24_05_poland_mm_missed_cancer", "c", "5", "L5", ["mass L p", "calc L p m:amorphous d:grouped"], """
MORBIDITY AND MORTALITY CONFERENCE - BREAST IMAGING UNIT
Medical University of Lodz, Department of Radiology
Reviewer: dr n. med. Katarzyna Nowak | Date: 15.01.2026
Category of event: interval cancer, retrospective review

Summary of events
A 61-year-old woman in the population screening programme had a bilateral screening mammogram in March 2023, reported as BI-RADS 1 by two readers. In October 2025 she presented with a palpable lump in the left breast.

Current diagnostic imaging (October 2025)
Breast composition C, heterogeneously dense, as before. Left breast: an irregular mass with spiculated margins, 24 mm, in the upper outer quadrant. It contains amorphous calcifications in a grouped distribution. The right breast is unremarkable.
Ultrasound confirmed the mass at 2 o'clock, 6 cm from the nipple, with posterior shadowing.
Assessment: BI-RADS 5, left breast. Core biopsy: invasive carcinoma NST, grade 2.

Retrospective review of the 2023 screen
In retrospect, the amorphous calcifications were already visible in the left upper outer quadrant on the 2023 CC view, as a faint group of about 5 mm.
Classification: minimal signs / actionable. Contributing factors: dense tissue, subtle morphology, high reading volume.

Learning points
- Magnify every group of amorphous calcifications in dense breasts.
- Compare with more than one prior where available.
""")

add("t24_06_italy_peer_review_discrepancy", "b", "0", "R0", ["asym R p", "calc B p m:vascular"], """
AZIENDA OSPEDALIERO-UNIVERSITARIA - U.O. Radiologia Senologica, Bologna
PEER REVIEW / DISCREPANCY NOTE (peer learning, non-punitive)
Reviewer: Dott.ssa Giulia Ferrari | Review date: 09/02/2026
Exam reviewed: bilateral screening mammography, 2D, performed 14/01/2026

Original reading (superseded by this review):
"Bilateral screening mammography. No suspicious findings. BI-RADS 1."

Reviewer's findings:
Breast density: b (scattered areas of fibroglandular density).
In the right breast, posterior depth, there is a focal asymmetry about 10 mm, seen on the MLO view and, on careful inspection, also on the CC view. It is new compared with the 2024 screening exam.
Bilateral vascular calcifications are present and are benign.

Reviewer's assessment (replaces the original): BI-RADS 0, right breast - recall for spot compression views and ultrasound.
Discrepancy score: 2b (difference in interpretation, should usually be made; clinically significant).

Outcome: the patient was recalled on 16/02/2026. Work-up result to be added to the peer learning file.
""")

add("t24_07_brazil_viva_transcript", "a", "4C", "L4C R1", ["mass L p", "ln L p"], """
Prova Oral - Mamografia (Titulo de Especialista, CBR) - transcript used for candidate training
Examiner: Dra. Ana Paula Costa | Candidate: C7

EXAMINER: Here are the current mammograms of a 64-year-old woman with a lump. Please describe.
CANDIDATE: These are bilateral craniocaudal and mediolateral oblique views. The breasts are almost entirely fatty, composition A. In the left breast, lower inner quadrant, there is a round, high-density mass with microlobulated margins, approximately 18 millimetres.
EXAMINER: Anything else?
CANDIDATE: Yes. In the left axilla there is an enlarged lymph node that has lost its fatty hilum.
EXAMINER: Here is the ultrasound.
CANDIDATE: At 7 o'clock in the left breast there is a round hypoechoic mass with microlobulated margins and posterior enhancement. It is the same mass as on the mammogram.
EXAMINER: And the right breast?
CANDIDATE: The right breast is normal: BI-RADS 1.
EXAMINER: Your assessment for the left?
CANDIDATE: BI-RADS 4C, left breast. I would biopsy the mass and the axillary node.
EXAMINER: Why not 5?
CANDIDATE: Because the margins are microlobulated rather than spiculated; round microlobulated masses can be high-grade tumours, but I keep them at 4C.
EXAMINER: Fine. Pathology was a triple-negative carcinoma with a positive node.
""")

add("t24_08_chile_image_in_medicine", "b", "2", "R2", ["mass R p", "calc R p m:rim"], """
IMAGES IN CLINICAL MEDICINE
Seat-belt injury of the breast
Francisca Munoz, M.D., and Rodrigo Soto, M.D.
Hospital Clinico Universidad de Chile, Santiago

Figure legend. A 71-year-old woman was involved in a car crash 18 months before presentation. Panel A: right craniocaudal view, scattered fibroglandular density (ACR b). In the right upper inner quadrant there is an oval, circumscribed, 30-mm fat-containing mass (oil cyst). Its wall contains eggshell calcifications (arrowheads). Panel B: ultrasound of the same area shows an anechoic structure with a thin echogenic wall and posterior shadowing from the wall. Panel C: left mediolateral oblique view from the same day, with no abnormality.

The finding was assessed as BI-RADS 2, right breast, and no biopsy or follow-up was required. A linear band of ecchymosis along the course of the seat belt had been noted on examination at the time of the accident. Recognising the typical radiolucent centre avoids an unnecessary biopsy in these patients.
""")

add("t24_09_canada_quiz_app_item", "b", "2", "L2",
    ["calc L p s m:punctate,round d:grouped", "mass L a", "dist L a"], """
BreastRad Quiz (iOS/Android) - Module 4: Calcifications - Item 214 of 260
Author: Dr. Genevieve Tremblay, FRCPC - Sunnybrook Health Sciences Centre, Toronto
Difficulty: 2/3

A 49-year-old woman returns for a diagnostic work-up of a left screening recall. The breasts show scattered areas of fibroglandular density. Spot magnification CC and ML views show a 9 mm group of round and punctate calcifications in the left upper outer quadrant. She brings priors from another province: the same calcifications are present and stable for 3 years. There is no associated mass or architectural distortion in the left breast.

Which assessment is most appropriate?
 ( ) BI-RADS 0
 ( ) BI-RADS 2
 ( ) BI-RADS 3
 ( ) BI-RADS 4A

Your answer: BI-RADS 3   [INCORRECT]
Correct answer: BI-RADS 2

Feedback: Round and punctate calcifications that have been stable for 3 years are benign. Probably benign (3) is for a finding without proven stability. Assess as BI-RADS 2 for the left breast and return to routine screening.
Your score this module: 17/22. Next item >
""")

add("t24_10_taiwan_structured_teaching_file", "d", "4A", "R4A", ["mass R p", "mass R p", "calc R a"], """
NTUH BREAST IMAGING TEACHING FILE - Record BR-0412
Submitted by: Dr. Chen Yi-Ting (Fellow) | Reviewed by: Dr. Lin Mei-Hua (Attending)
Department of Medical Imaging, National Taiwan University Hospital, Taipei

Age/Sex: 44 / F
Presentation: palpable lump, self-detected
Modality: Mammography (CC/MLO) + Ultrasound
Laterality: Right
Density: Extremely dense (d)
Findings (MG): Oval mass, partly obscured by dense tissue, right upper outer quadrant, approx. 1.2 cm.
Findings (US): 10 o'clock, 3 cm FN: oval, parallel hypoechoic mass, 11 mm, indistinct margins, corresponding to the MG mass. Incidental 12 o'clock, 4 cm FN: 5 mm simple cyst.
Calcification: None
Axilla: Negative
BI-RADS: 4A
Management: US-guided core needle biopsy (14G x 3)
Pathology: Fibroadenoma with stromal hyperplasia; concordant benign
Keywords: obscured margin; dense breast; rad-path concordance
Teaching point: Indistinct margin justifies 4A even when the shape is oval.
""")

add("t24_11_nepal_grand_rounds", "c", "4C", "R3 L4C", ["mass R p", "mass L p", "skin L p"], """
B.P. KOIRALA INSTITUTE OF HEALTH SCIENCES, DHARAN
Department of Radiodiagnosis and Imaging
GRAND ROUNDS - Thursday 8 AM, Lecture Hall 2
Case presenter: Dr. Sujata Shrestha (MD Resident, 2nd year) | Moderator: Prof. B. K. Yadav

Case 1: 42-year-old female from Sunsari, lump in left breast x 4 months, no nipple discharge.

Mammography (CC/MLO, both sides): Heterogeneously dense breasts (ACR C).
Left: irregular high-density mass at upper outer quadrant, margins obscured in part.
Right: unremarkable on mammogram.

Sonomammography:
- Left 3 o'clock, 4 cm from nipple: irregular hypoechoic mass with angular margins, 16 x 12 mm, not parallel, posterior shadowing. This is the mammographic mass.
- Associated skin thickening over the lesion (3.5 mm).
- Right 9 o'clock: 8 mm oval mass with low-level internal echoes and no vascularity, likely a complicated cyst.

Impression given by the resident: Rt - BI-RADS 3; Lt - BI-RADS 4C.
Moderator's comment: agreed. USG-guided trucut biopsy of the left mass and 6-month follow-up USG for the right.
HPE: Invasive ductal carcinoma, grade 3 (left).

Discussion points: role of sonomammography in dense breasts; when a complicated cyst can be followed.
""")

add("t24_12_bangladesh_quiz_app", "a", "5", "R5",
    ["mass R p", "skin R p", "calc R p m:fine_linear d:linear"], """
MedQuiz BD - Radiology - Breast - Question 57 (FCPS Part II practice)
Contributed by: Dr. Nusrat Jahan, MD (Radiology & Imaging), Dhaka Medical College Hospital

Stem: A 52-year-old woman presents with a hard lump behind the right nipple. Right breast mammography (CC and MLO) is shown. The breast is almost entirely fatty (ACR a). There is a 20 mm irregular high-density mass with spiculated margins in the right retroareolar region, with nipple retraction. Fine linear branching calcifications extend from it towards the nipple in a linear distribution.

Q. What is the most appropriate BI-RADS category?
 A. BI-RADS 3
 B. BI-RADS 4A
 C. BI-RADS 4B
 D. BI-RADS 5

You selected: D  [Correct]

Explanation: A spiculated mass with fine linear branching calcifications is highly suggestive of malignancy, so this right breast is BI-RADS 5. Nipple retraction supports a central tumour involving the ducts. Tissue diagnosis is by core biopsy; a negative biopsy would be discordant.
Reference: ACR BI-RADS Atlas, 5th ed., Mammography, pp. 125-127.
42% of users chose D.
""")

add("t24_13_kenya_social_thread", "d", "4C", "L4C", ["mass L p", "ln L p", "calc L a"], """
Dr. Wanjiru Kamau (@WanjiruBreastImaging) - Consultant Radiologist, Nairobi

1/ Teaching thread: the lactating lump that did not settle. #RadEd #BreastImaging #KenyaRadiology #GlobalRad

2/ 27F, 7 months postpartum, still breastfeeding, painful left breast lump for 6 weeks. Two courses of antibiotics.

3/ US: left 2 o'clock, 5 cm FN, a complex cystic and solid mass, 35 mm. Thick irregular wall, internal vascularity in the solid component, no posterior shadowing.

4/ Left axilla: two enlarged lymph nodes, cortex up to 6 mm. Right breast and axilla normal.

5/ We did a mammogram as well: extremely dense (ACR D), the mass partly obscured, and there are no calcifications in the left breast.

6/ Assessment: BI-RADS 4C, left. US-guided core -> triple-negative IDC. Pregnancy-associated breast cancer.

7/ Lesson: a lactating woman with a lump that does not settle gets imaging and, when features are not classic, tissue. Do not wait for the baby to be weaned.
""")

add("t24_14_jordan_forum_answer", "c", "4B", "R4B",
    ["calc R p m:amorphous d:grouped", "mass R a", "calc L p m:vascular"], """
Arab Radiology Forum > Breast Imaging > Calcifications
Thread: "New amorphous calcs after clear priors - how worried should I be?"

Question (Dr. Omar Haddad, general radiologist, Irbid):
61-year-old lady, screening mammogram, heterogeneously dense (C). New cluster of microcalcs at right 11 o'clock, about 6 mm, look amorphous. Her priors from 2 years ago were clear. I gave BI-RADS 0 and called her back; magnification views were done yesterday (images attached). Now what?

Answer (Dr. Lina Al-Khatib, breast radiologist, Amman) - marked as best answer:
Thanks for the images. On the magnification views these are amorphous calcifications in a grouped distribution, about 6 mm across, with no associated mass. The rest of the right breast is unremarkable, and the vascular calcifications in the left breast are benign and irrelevant here.
New grouped amorphous calcifications have a positive predictive value in the range of 20-30% in most series, so on these images my assessment is BI-RADS 4B, right breast.
Go for stereotactic vacuum-assisted biopsy, take a specimen radiograph, and make sure a clip is placed.

Follow-up (Dr. Omar Haddad): biopsy done - DCIS, low grade. Thank you!
""")

add("t24_15_nigeria_mm_review", "c", "4C", "R4C", ["mass R p", "mass R p s", "ln R a"], """
UNIVERSITY COLLEGE HOSPITAL, IBADAN
Department of Radiology - Audit and Morbidity & Mortality Meeting
Case 3: Delayed diagnosis - the "fibroadenoma" that grew
Presented by: Dr. T. Olatunji (Senior Registrar) | Consultant: Dr. F. A. Akinola, FWACS

Background: A 39-year-old civil servant had a right breast ultrasound in May 2024 for a lump. The report described an oval mass at 8 o'clock measuring 14 mm, "likely fibroadenoma, BI-RADS 3, follow-up in 6 months". She did not return until December 2025.

Imaging in December 2025:
Right breast ultrasound: The mass at 8 o'clock now measures 23 mm, with angular margins and a taller-than-wide orientation. A second oval circumscribed mass at 6 o'clock, 7 mm, is unchanged from May 2024.
No right axillary lymphadenopathy.
Mammography (now): heterogeneously dense (ACR C); the dominant mass is partly obscured.
Assessment: the enlarging 8 o'clock mass is BI-RADS 4C; the 6 o'clock mass is BI-RADS 3.
Core biopsy of the 8 o'clock mass: invasive carcinoma NST, grade 3.

Discussion:
1. Loss to follow-up, not the original category, was the main failure; no recall system existed for BI-RADS 3 results.
2. Action: a BI-RADS 3 register with SMS reminders was started in January 2026.
""")

add("t24_16_egypt_viva_transcript", "b", "4B", "L4B R2", ["dist L p", "calc R p m:large_rod_like"], """
Egyptian Fellowship of Radiodiagnosis - Final Oral Examination, Breast Station
Transcript prepared for the examination preparation course, Kasr Al Ainy, Cairo University
Examiners: Prof. Nadia Fouad (E1), Dr. Karim Mostafa (E2)

E1: This 63-year-old lady attends for screening. Here are her current films and those from 2023. Go ahead.
Candidate: These are bilateral CC and MLO views, current and 2023. The breasts show scattered areas of fibroglandular density, ACR B. In the left breast, upper outer quadrant, posterior depth, there is an area of architectural distortion that is new compared with 2023.
E1: Any history of surgery on that side?
Candidate: I would ask; if there is none, it is suspicious.
E2: No surgery. What about the right?
Candidate: In the right breast there are a few large rod-like calcifications, secretory type, benign.
E2: Ultrasound shows an ill-defined hypoechoic area at 2 o'clock in the left breast, at the site of the distortion. Your final category?
Candidate: BI-RADS 4B for the left breast and BI-RADS 2 for the right.
E1: Management?
Candidate: Ultrasound-guided core biopsy of the left lesion, with a clip.
E2: Thank you. That is the end of this station.
""")

add("t24_17_iran_image_in_medicine", "a", "2", "R2 L2",
    ["calc B p m:vascular", "ln R p", "mass B a", "calc B a"], """
IMAGE IN MEDICINE
Breast arterial calcification in a patient on haemodialysis
Maryam Karimi, MD; Reza Hosseini, MD - Department of Radiology, Shiraz University of Medical Sciences, Shiraz, Iran

A 55-year-old woman with end-stage renal disease on haemodialysis for 9 years was referred for screening mammography. Bilateral mediolateral oblique views (Figure) show almost entirely fatty breasts (ACR a) with extensive tram-track vascular calcifications in both breasts (arrows). In the axillary tail of the right breast there is a 12 mm oval circumscribed intramammary lymph node with a fatty hilum (arrowhead). No suspicious mass or microcalcifications are seen.

Assessment: BI-RADS 2 bilaterally.

This appearance is seen on about 13% of screening mammograms and is more frequent with age, diabetes and chronic kidney disease. It reflects medial (Monckeberg) sclerosis of the arterial wall and is unrelated to breast cancer, but it has been linked to coronary artery disease. Mentioning it in the report may prompt cardiovascular risk assessment.
""")

add("t24_18_turkey_peer_review", None, "4A", "L4A", ["mass L p", "ln B a"], """
HACETTEPE UNIVERSITY HOSPITALS - Department of Radiology, Ankara
Breast Ultrasound Peer Review - Discrepancy Record No. 2026/014
Reviewing radiologist: Doc. Dr. Ayse Demir | Review date: 20.02.2026

Original report (bilateral breast ultrasound, 11.02.2026), quoted:
"Right breast: normal. Left breast: 9 mm simple cyst at 1 o'clock, 3 cm from the nipple. BI-RADS 2."

Review:
On the stored cine clips the lesion at 1 o'clock in the left breast has a thin internal septum and a 3 mm mural nodule with internal flow on colour Doppler: it is a complex cystic and solid mass, misclassified in the original report. I agree that the right breast is normal. No axillary lymphadenopathy on either side.

Reviewer's assessment: BI-RADS 4A, left breast (replaces the original BI-RADS 2).
Recommendation: ultrasound-guided core biopsy of the mural nodule.
RADPEER score: 3 - should be diagnosed most of the time.
Communicated to the original reader and the referring surgeon on 20.02.2026.
""")

add("t24_19_poland_structured_teaching_file", "c", "5", "L5 R2",
    ["mass L p", "calc L p m:fine_pleomorphic d:segmental", "ln R p"], """
TEACHING FILE RECORD - Breast Imaging Unit, Medical University of Gdansk
Case no.: GUMed-BR-2025-117 | Entered by: lek. Piotr Wisniewski | Approved: dr hab. Anna Zielinska

Exam: Bilateral DBT with synthesized 2D (CC, MLO)
Patient: 56 F, screening recall
Breast composition: C

Lesion 1
  Side: L
  Location: upper inner quadrant, 10 o'clock, middle depth
  Type: mass
  Shape / margin: irregular / spiculated
  Size: 14 mm
Lesion 2
  Side: L
  Type: calcifications
  Morphology: fine pleomorphic
  Distribution: segmental, extending from lesion 1 towards the nipple
Lesion 3
  Side: R
  Type: intramammary lymph node, upper outer quadrant, 6 mm, typical benign

BI-RADS: L 5 | R 2
Pathology: IDC G2 with extensive DCIS (left), ER+/PR+/HER2-
Key learning: map the full extent of calcifications before planning surgery.
""")

add("t24_20_italy_textbook_post_bct", "b", "4B", "R2 L4B",
    ["dist R p s", "calc R p s m:dystrophic", "skin R p s", "calc L p m:amorphous d:grouped"], """
Chapter 11. Imaging after breast-conserving therapy
L. Romano, F. Ricci - Scuola di Specializzazione in Radiodiagnostica, Universita di Padova

11.3 Worked case: the expected and the unexpected

A 66-year-old woman attends annual surveillance four years after breast-conserving surgery and radiotherapy for a carcinoma of the right breast. Bilateral mammography shows scattered fibroglandular tissue (ACR b).

At the lumpectomy site in the upper outer quadrant of the right breast there is an area of architectural distortion with dystrophic calcifications; both are unchanged from the previous three examinations. The skin of the right breast is diffusely thickened, also unchanged, as expected after radiotherapy.

In the left breast a new 6 mm group of amorphous calcifications is present in the lower outer quadrant.

Assessment: right breast BI-RADS 2; left breast BI-RADS 4B. Stereotactic biopsy of the left calcifications showed atypical ductal hyperplasia, and surgical excision was advised.

Comment: treatment-related changes stabilise within two to three years; any change after that at the treated site, or any new finding in either breast, deserves work-up rather than reassurance.
""")
