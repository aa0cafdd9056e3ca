# (id, setting, form, text, density, overall, cats, findings)
TEACH = []
A = TEACH.append

A(("t25_01_sweden_fellowship_portfolio", "Swedish specialty registrar's fellowship-application portfolio (Stockholm)",
   "portfolio case with role statement and reflection; new left mass, calcs 'extended ... anterior to it', stable right node, own 'BI-RADS 5, left; BI-RADS 2, right'",
   """
CASE PORTFOLIO - Breast Imaging Fellowship application
Applicant: Elin Lindqvist, ST-läkare (specialty registrar) in radiology, year 4
Karolinska University Hospital, Solna

Case 3 of 10: Screening recall, second reader (March 2025)

My role: second reader in the double-reading screening programme. I also performed the recall ultrasound under the supervision of Dr. M. Berg.

Summary: A 58-year-old woman attended routine screening with tomosynthesis and synthetic 2D images. The breasts were scattered fibroglandular (ACR b). At 1 o'clock in the left breast, posterior depth, there was an 11 mm irregular mass with spiculated margins, new compared with the 2023 screen. Fine pleomorphic calcifications extended 10 mm anterior to it. In the right breast there was a 6 mm intramammary lymph node with a fatty hilum, unchanged since 2019.

At recall, ultrasound showed the mass as a 12 mm hypoechoic, non-parallel lesion with posterior shadowing. No abnormal axillary lymph nodes were seen on the left.

My assessment: BI-RADS 5, left; BI-RADS 2, right. The first reader agreed. US-guided core biopsy showed invasive carcinoma of no special type, grade 2.

Reflection: I had first looked only at the synthetic 2D image, where the mass was faint. Scrolling the tomosynthesis slices made the spiculation obvious. I now review the slices before the synthetic image in every dense or heterogeneous case.
""", "b", "5", "L5 R2",
   ["mass L p", "calc L p m:fine_pleomorphic", "ln R p s", "ln L a"]))

A(("t25_02_finland_ethics_committee_summary", "Finnish regional ethics committee application (Tampere), case summary for a case report",
   "ethics-committee form fields; prior screening 'BI-RADS 0' (not today's); skin and nodes 'on the same side'; 'the right breast as BI-RADS 5 and the left as BI-RADS 2'",
   """
PIRKANMAA HOSPITAL DISTRICT - REGIONAL ETHICS COMMITTEE
Application: publication of a single case report without the patient's consent (patient deceased; next of kin informed)
Applicant: Dr. A. Virtanen, Department of Radiology, Tampere University Hospital

1. Purpose of the publication
To describe an inflammatory breast carcinoma that was first seen at screening.

2. Case summary (as it will appear in the manuscript)
A 71-year-old woman was recalled from the national screening programme; that screening reading had been BI-RADS 0. Diagnostic bilateral mammography showed heterogeneously dense breasts (ACR c). In the upper outer quadrant of the right breast there was a focal asymmetry, 4 cm in extent. The overlying skin was thickened to 6 mm. Axillary lymph nodes on the same side were enlarged and had lost their fatty hila. The left breast showed scattered vascular calcifications only. The radiologist assessed the right breast as BI-RADS 5 and the left as BI-RADS 2. Punch biopsy of the skin and core biopsy of the breast confirmed inflammatory carcinoma.

3. Identifiability
Images are cropped; dates are given as years only. No identifying features remain.

4. Committee statement
The committee has no ethical objection to the publication (statement 84/2025).
""", "c", "5", "R5 L2",
   ["asym R p", "skin R p", "ln R p", "calc L p m:vascular d:diffuse"]))

A(("t25_03_czech_osce_station", "Czech medical faculty (Pilsen) final-year OSCE station, English programme",
   "candidate instructions + examiner marking scheme; oil cyst with 'Its wall' rim calcification; right normal with absent kinds; wrong answers named in the scheme",
   """
CHARLES UNIVERSITY, FACULTY OF MEDICINE IN PILSEN
English programme - final-year OSCE, Station 7: Breast imaging (6 minutes)

INSTRUCTIONS TO THE CANDIDATE
You are a junior doctor in the breast clinic. Mrs. K., 62, had a car accident two years ago (seat-belt injury) and now feels a small firm lump in the left breast. Her bilateral mammogram (CC and MLO views) is on the screen. Describe the findings to the examiner and give the BI-RADS assessment.

EXAMINER'S SHEET (do not show to the candidate)
Findings on the images:
- Breast composition: almost entirely fatty (ACR a).
- Left breast, upper inner quadrant: a 14 mm round, circumscribed, fat-containing (radiolucent) mass at the site of the lump - an oil cyst. Its wall shows a thin rim of eggshell calcification.
- Right breast: no mass and no calcification.

Marking scheme (1 mark each):
1. Identifies the lucent mass in the left breast and its location.
2. Recognises the rim calcification in its wall.
3. States that the right breast is normal.
4. Gives the diagnosis (oil cyst after seat-belt trauma).
5. Gives the assessment: BI-RADS 2, both breasts (benign).
A candidate who answers BI-RADS 3 or 4 does not get mark 5; a candidate who suggests biopsy loses one further mark.
""", "a", "2", "B2",
   ["mass L p", "calc L p m:rim", "mass R a", "calc R a"]))

A(("t25_04_greece_patient_leaflet_example", "Greek university hospital breast unit (Thessaloniki) patient-information leaflet, English version",
   "leaflet with an example report and a legend of every category (legend not asserted); lesions taken up again in lay words",
   """
AHEPA University Hospital - Breast Imaging Unit
WHAT DOES MY MAMMOGRAM REPORT MEAN?
Information for patients (English version)

Your report is written for your doctor, but you have the right to understand it. Below is an example report for an imaginary patient, followed by explanations.

EXAMPLE REPORT
Bilateral mammography and breast ultrasound.
Breast composition: scattered areas of fibroglandular density (ACR b).
Right breast: 7 mm oval circumscribed mass at 10 o'clock. On ultrasound it is a simple cyst.
Left breast: a small group of round and punctate calcifications at 2 o'clock, probably benign.
Assessment: BI-RADS 2 right, BI-RADS 3 left. Follow-up mammogram of the left breast in 6 months.

WHAT THE WORDS MEAN
- Breast composition tells how much of the breast is glandular tissue. Dense tissue can hide small changes.
- The cyst on the right is a small bag of fluid. It is harmless and needs no treatment.
- The calcifications on the left are tiny calcium specks. These look harmless, but we check them again in 6 months to be sure they do not change.

WHAT THE CATEGORIES MEAN
BI-RADS 0: more images are needed. BI-RADS 1: nothing to report. BI-RADS 2: a benign (harmless) finding. BI-RADS 3: probably benign, checked again after a short time. BI-RADS 4: suspicious, a biopsy is advised. BI-RADS 5: highly suggestive of cancer. BI-RADS 6: cancer already proven by biopsy.

Questions? Call the Breast Unit nurse line, Monday to Friday 9:00-14:00.
""", "b", "3", "R2 L3",
   ["mass R p", "calc L p m:punctate,round d:grouped"]))

A(("t25_05_korea_ai_validation_case_table", "Korean university hospital AI-validation study (Seoul), supplementary discordant-case table with commentary",
   "pipe table of one patient's lesions (side in a column, reader BI-RADS and AI score per row), commentary continues each lesion without its side",
   """
Supplementary Table S4. Discordant case 17: cancer missed by the AI algorithm (screening DBT, 2024)
Patient: 54-year-old woman, heterogeneously dense breasts (BI-RADS density c).

| Lesion | Side / location | Finding | AI abnormality score (0-100) | Reader BI-RADS | Histology |
|---|---|---|---|---|---|
| 1 | Right, 11 o'clock, middle depth | architectural distortion, DBT only | 12 | 4B | IDC, grade 1, 9 mm |
| 2 | Left, 3 o'clock, anterior | oval circumscribed mass, 8 mm | 35 | 2 | not biopsied (fibroadenoma on prior core, 2021) |

Commentary. The distortion in case 17 was visible only on the tomosynthesis slices and was recalled by both human readers, while the AI score stayed below the operating threshold of 20. Its sonographic correlate was a 9 mm ill-defined hypoechoic area at the same clock position. The mass in lesion 2 had been stable for three years, yet the algorithm scored it higher than the cancer. No calcifications were present in either breast. We think the algorithm, trained mostly on 2D synthetic images, under-weights distortion seen only on DBT slices; this is discussed in Section 4.3.
""", "c", "4B", "R4B L2",
   ["ad R p", "mass L p s", "calc B a"]))

A(("t25_06_turkey_congress_abstract", "Turkish national radiology congress (TURKRAD) case abstract, Antalya",
   "abstract headings (Purpose / Case / Conclusion); left mass with calcifications 'extending from it'; right MRI-only mass; 'BI-RADS 5 for the left and BI-RADS 4C for the right'",
   """
TURKRAD 2025 - 46th National Radiology Congress, Antalya
Electronic Poster EP-0417 (Breast Radiology)

Title: Bilateral synchronous invasive lobular carcinoma: the added value of preoperative MRI
Authors: S. Yilmaz, E. Demir, O. Kaya. Department of Radiology, Akdeniz University Faculty of Medicine, Antalya, Turkey

Purpose: To present a case in which preoperative MRI found an occult contralateral cancer.

Case: A 47-year-old woman presented with a palpable lump in the left breast. Mammography showed extremely dense breasts (ACR d). In the left breast at 2 o'clock there was an irregular mass with indistinct margins, 16 mm. Amorphous calcifications in a segmental distribution extended from it toward the nipple. Ultrasound confirmed the mass. Preoperative MRI showed, in addition, an 8 mm irregular enhancing mass at 7 o'clock in the right breast, occult on mammography and second-look ultrasound. It had a type III (washout) curve. The final assessment was BI-RADS 5 for the left and BI-RADS 4C for the right. MRI-guided biopsy of the right lesion and surgery of the left confirmed bilateral invasive lobular carcinoma.

Conclusion: In women with dense breasts and lobular histology, preoperative MRI can change surgical management.
""", "d", "5", "L5 R4C",
   ["mass L p", "calc L p m:amorphous d:segmental", "mass R p"]))

A(("t25_07_japan_textbook_exercise_answer_key", "Japanese breast-imaging textbook exercise, English translation (Tokyo)",
   "translated exercise: question, then numbered answer key; 'They are new ...' continues the right calcs; negated associated mass; stable left mass; 'Rt: BI-RADS 4B / Lt: BI-RADS 2'",
   """
Exercise 4-2 (translated from: Practical Breast Imaging Diagnosis, 3rd edition, Chapter 4 "Calcifications")

Question
A 49-year-old woman, screening mammography (MLO and CC views of both breasts) and whole-breast ultrasound. The previous examination was two years ago.
(1) Describe the findings. (2) Give the BI-RADS category for each breast. (3) What is the next step?

Answer key
(1) The breast composition is scattered fibroglandular (b). In the right breast, C area (upper outer), there is a cluster of fine pleomorphic calcifications, 8 mm in extent. They are new compared with the examination two years ago. No associated mass is seen on mammography or ultrasound.
In the left breast at 9 o'clock there is an oval, circumscribed, parallel hypoechoic mass of 12 mm. It is unchanged over three years, in keeping with a fibroadenoma.
(2) Rt: BI-RADS 4B / Lt: BI-RADS 2.
(3) Stereotactic vacuum-assisted biopsy of the right calcifications.

Point: "fine pleomorphic" and "new" are the two key words that lead to biopsy rather than follow-up.
""", "b", "4B", "R4B L2",
   ["calc R p m:fine_pleomorphic d:grouped", "mass R a", "mass L p s"]))

A(("t25_08_lebanon_epos_pictorial_case", "Lebanese university medical centre (Beirut) ECR educational e-poster, pictorial review",
   "e-poster panel with 'Case 3' and figure callouts; dilated duct containing a mass (other + mass); right amorphous group; 'BI-RADS 4A on the left and 4B on the right'",
   """
ECR 2026 - EPOS Educational Exhibit C-2291
Papillary lesions of the breast: a pictorial review with radiologic-pathologic correlation
American University of Beirut Medical Center, Department of Diagnostic Radiology, Beirut, Lebanon

Learning objectives: to recognise the imaging spectrum of papillary lesions and to know when they need excision.

Findings and procedure details

Case 3 (Fig. 5a-d). A 57-year-old woman with bloody discharge from the left nipple.
Fig. 5a, b: Left CC and MLO views. Breast composition c. A tubular retroareolar opacity is seen in the left breast, in keeping with a dilated duct.
Fig. 5c: On ultrasound the duct is 5 mm wide and 3 cm long. It contains a 6 mm oval intraductal mass with a vascular stalk on colour Doppler.
Fig. 5d: Right CC magnification view. In the right breast at 11 o'clock there are grouped amorphous calcifications spanning 5 mm, found incidentally.
Assessment: BI-RADS 4A on the left and 4B on the right. Ultrasound-guided vacuum excision on the left showed an intraductal papilloma without atypia; stereotactic biopsy on the right showed DCIS, low grade.

Teaching point: the intraductal papilloma and the contralateral DCIS were unrelated. Always read the other breast carefully.
""", "c", "4B", "L4A R4B",
   ["other L p", "mass L p", "calc R p m:amorphous d:grouped"]))

A(("t25_09_australia_radiopaedia_style_case", "Australian regional radiologist's online case entry (Dubbo, NSW), encyclopaedia-style case page",
   "case page sections (Presentation / Patient data / Study findings / Case discussion); no category anywhere; density in words only; asymmetry taken up as 'It persists'",
   """
Case contributed by Dr. Hannah Webb, Western NSW Local Health District (Dubbo Base Hospital)

Presentation
Recalled from BreastScreen NSW for a left breast abnormality. Asymptomatic.

Patient data
Age: 63 years. Gender: Female.

Mammography (screening, bilateral CC and MLO)
The breasts are heterogeneously dense. There is a developing asymmetry in the upper outer quadrant of the left breast at posterior depth, new since the 2023 round. Benign vascular calcifications in the right breast.

Mammography (assessment, left spot compression CC and MLO)
It persists on spot compression, with the same size and shape.

Ultrasound
A 7 mm ill-defined hypoechoic area at 2 o'clock, 8 cm from the nipple, corresponds to the mammographic abnormality.

Case discussion
Stereotactic and ultrasound-guided core biopsies showed invasive lobular carcinoma. This case shows the typical pattern of lobular cancer: a subtle asymmetry that only declares itself as it develops. Comparison with prior rounds is the key to finding it.
""", "c", None, "",
   ["asym L p", "calc R p m:vascular"]))

A(("t25_10_south_africa_mammographer_cpd", "South African mammographer (radiographer) CPD module (Cape Town), image-critique case",
   "radiographer training case: positioning critique with the radiologist's findings narrated; mass seen only on the MLO, confirmed on a lateral view; 'BI-RADS 4C to the right breast and BI-RADS 2 to the left'",
   """
Mammography CPD Module 3: Positioning and the posterior breast
Society of Radiographers of South Africa - Western Cape branch
Case 5 (one CEU point)

A 61-year-old woman attended for her first screening mammogram at a private practice in Cape Town. The four standard views were taken by a second-year student radiographer.

Image critique
The right MLO is well positioned: the pectoral muscle reaches the level of the nipple and the inframammary fold is open. The right CC, however, misses the most posterior tissue (posterior nipple line 12 mm shorter than on the MLO).

What the radiologist found
The breasts were scattered fibroglandular (B). The radiologist identified a 9 mm spiculated mass in the right breast just above the inframammary fold. It was visible only on the MLO because it lay in the tissue excluded from the CC. A right 90-degree lateral view confirmed it in the lower half of the breast. In the left breast there was a benign intramammary lymph node in the upper outer quadrant. No calcifications were seen in either breast. The radiologist assigned BI-RADS 4C to the right breast and BI-RADS 2 to the left.

Learning point
Compare the posterior nipple line on the CC and MLO views: if the CC measurement is more than 1 cm shorter, repeat the CC before the patient leaves.
""", "b", "4C", "R4C L2",
   ["mass R p", "ln L p", "calc B a"]))

A(("t25_11_quebec_moc_self_assessment", "Canadian (Quebec) university hospital MOC Section 3 self-assessment module, English version (Montreal)",
   "self-assessment item on high-risk MRI: stem, options A-D (not asserted), answer and critique; MRI 'fibroglandular tissue' is not density; stable right mass; 'No suspicious axillary lymph nodes on either side'",
   """
Self-Assessment Program (MOC Section 3) - Breast Imaging 2026
CHUM, Department of Radiology, Université de Montréal - English version
Question 6 of 20

A 44-year-old BRCA1 carrier has her annual screening breast MRI.
Amount of fibroglandular tissue: c (heterogeneous fibroglandular tissue). Background parenchymal enhancement: mild, symmetric.
In the right breast at 10 o'clock there is a 7 mm oval mass with circumscribed margins and dark internal septations. It is unchanged since 2023.
In the left breast at 4 o'clock, middle depth, there is a new 12 mm irregular mass with rim enhancement. It shows rapid initial enhancement and washout.
No suspicious axillary lymph nodes on either side.

What is the most appropriate assessment for the left breast?
A. BI-RADS 3, short-interval follow-up MRI in 6 months
B. BI-RADS 4A
C. BI-RADS 4B
D. BI-RADS 5

Answer: C
Critique: The left mass is new, irregular, rim-enhancing and washes out in a BRCA1 carrier: BI-RADS 4B, left, with MRI-guided or second-look ultrasound-guided biopsy. The right mass, with dark internal septations and stable for three years, is a fibroadenoma: BI-RADS 2, right. Option A is wrong because a new irregular mass is not probably benign; option D overstates the features, since the mass is small and has no spiculation.
""", None, "4B", "L4B R2",
   ["mass R p s", "mass L p", "ln B a"]))

A(("t25_12_colombia_thesis_appendix_cem", "Colombian doctoral thesis appendix (Medellin), illustrative contrast-enhanced mammography case",
   "thesis appendix: CEM low-energy then recombined images; occult left mass; right node 'it did not enhance'; reading panel 'BI-RADS 4C (left) and BI-RADS 2 (right)'",
   """
Appendix C. Illustrative case from the study cohort (participant 031)
Doctoral thesis: "Contrast-enhanced mammography for women with dense breasts in a Colombian public hospital"
Universidad de Antioquia, Faculty of Medicine, Medellin, 2025

Participant 031 is a 46-year-old woman enrolled after a normal clinical breast examination and a negative screening ultrasound. She underwent bilateral contrast-enhanced mammography (CEM) as part of the protocol.

Low-energy images: the breasts were extremely dense (ACR d). In the right breast at 10 o'clock there was a 6 mm intramammary lymph node with a fatty hilum; it did not enhance on the recombined images. The left breast appeared unremarkable on the low-energy images.

Recombined images: a 14 mm irregular enhancing mass was present in the upper outer quadrant of the left breast, with heterogeneous internal enhancement. Background enhancement was minimal.

The thesis reading panel (two radiologists in consensus) assigned BI-RADS 4C (left) and BI-RADS 2 (right). Ultrasound-guided biopsy after targeted second-look ultrasound showed invasive ductal carcinoma, grade 2.

Comment: this cancer was occult on both screening ultrasound and low-energy images; such cases drove the incremental detection rate reported in Chapter 5 (7.9 per 1000).
""", "d", "4C", "L4C R2",
   ["ln R p", "mass L p"]))

A(("t25_13_saudi_newsletter_case_of_month", "Saudi tertiary hospital radiology department newsletter (Riyadh), Case of the Month",
   "newsletter column with quiz question and answer next issue style; growing right mass with US correlate (one mass); two left cysts as one finding; 'BI-RADS 4A right; BI-RADS 2 left'",
   """
THE RADIOLOGY BULLETIN - Department of Medical Imaging newsletter, Issue 38, September 2025
CASE OF THE MONTH (contributed by the Breast Imaging Section)

History: A 38-year-old woman noticed that a known lump in her right breast had become larger over the last year.

Imaging: Bilateral diagnostic mammography showed heterogeneously dense breasts (ACR c). In the upper outer quadrant of the right breast there was a 30 mm oval mass with circumscribed margins. It had grown from 18 mm on the 2024 study. On ultrasound it was a lobulated hypoechoic mass with small internal cystic spaces and internal vascularity. Two simple cysts were also seen in the left breast, the larger measuring 9 mm. The final assessment was BI-RADS 4A right; BI-RADS 2 left.

Question for readers: what is the most likely diagnosis, and why does growth matter even when the margins are circumscribed?

Answer: Ultrasound-guided core biopsy showed a benign phyllodes tumour; wide local excision confirmed it with clear margins. Growth of more than 20% in diameter in six months, or a new lesion after the age of 35, calls for tissue diagnosis even when the margins are circumscribed.

Thank you to the Breast Imaging Section for this month's case. Send your cases to the bulletin editor.
""", "c", "4A", "R4A L2",
   ["mass R p", "mass L p"]))

A(("t25_14_zimbabwe_elective_report", "UK medical student's elective report on a placement in Harare, Zimbabwe",
   "reflective elective report: the student narrates a consultant's ultrasound; nodes 'on that side'; hypothetical UK 'U5' (other scale); 'BI-RADS 5 for the left breast and BI-RADS 2 on the right'",
   """
ELECTIVE REPORT
Six weeks in the Radiology Department, Parirenyatwa Group of Hospitals, Harare, Zimbabwe
Submitted to the University of Bristol Medical School, Year 4 elective, May 2025

Objective 2: To understand how breast cancer is diagnosed where mammography is scarce.

Most women I saw were referred from district clinics with a lump, often late. Ultrasound is the first and sometimes only imaging test. One case stayed with me. A 39-year-old teacher had noticed a left breast lump four months earlier. The consultant, Dr. Chikwanha, let me hold the probe before she scanned. In the left breast at 3 o'clock there was a 35 mm irregular hypoechoic mass with angular margins and posterior shadowing. Several enlarged lymph nodes were found in the axilla on that side, round, with loss of their fatty hila. The right breast had one small simple cyst at 10 o'clock. The consultant's report said BI-RADS 5 for the left breast and BI-RADS 2 on the right, and she took core biopsies of the mass and the largest node the same day. In the UK the mass would be scored U5, but here the BI-RADS system is used.

Reflection: the biopsy confirmed a triple-negative cancer. I was struck by how much depends on one ultrasound machine and one consultant's time.
""", None, "5", "L5 R2",
   ["mass L p", "ln L p", "mass R p"]))

A(("t25_15_kerala_trial_eligibility_note", "Indian private medical college hospital (Kochi, Kerala) clinical-trial eligibility screening note",
   "trial screening form (criteria with YES/NO); structured field 'Right axillary lymphadenopathy: No'; stable biopsied right calcs; 'BIRADS 5' on the left line, 'BIRADS 2' on the right line",
   """
AMRITA INSTITUTE OF MEDICAL SCIENCES, KOCHI - CLINICAL TRIALS UNIT
Eligibility screening note - Protocol AIMS-BC-NAC-07 (neoadjuvant chemotherapy, phase II)
Screening no.: S-0192   Date: 14/03/2026   Screened by: Dr. R. Menon (research fellow, Radiology)

Imaging summary (bilateral mammogram + USG both breasts, 12/03/2026):
- Mammogram composition: ACR B.
- Lt breast: irregular spiculated mass at 2 o'clock, 28 x 24 mm on USG. BIRADS 5. Core bx: IDC grade 3, ER/PR negative, HER2 3+.
- Lt axilla: one node with 5 mm cortical thickening, FNAC positive.
- Rt breast: grouped punctate calcifications UOQ, benign on stereotactic biopsy (2024), stable. BIRADS 2.
- Right axillary lymphadenopathy: No.

Inclusion criteria
1. Female, 18-65 years: YES
2. Histologically proven invasive breast cancer: YES
3. Measurable disease on imaging (>= 20 mm): YES (left mass, 28 mm)
4. HER2 positive: YES

Exclusion criteria
1. Bilateral breast cancer: NO (right breast calcifications benign and stable)
2. Distant metastasis on staging CT: NO
3. Prior chemotherapy: NO

Eligible: YES. Consent discussion scheduled with the PI on 16/03/2026.
""", "b", "5", "L5 R2",
   ["mass L p", "ln L p", "calc R p s m:punctate d:grouped", "ln R a"]))
