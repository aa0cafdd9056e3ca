T = []
def t(i, dens, ov, bb, f, text): T.append((i, dens, ov, bb, f, text))

t("t22_01_korea_board_review_qa", "c", "5", "R5", ["mass R p", "ln R a"], """Breast Imaging Board Review - Set 3, Question 7
(prepared by J.H. Park, S.Y. Kim; Dept. of Radiology, Seoul National University Bundang Hospital)

Q7. A 52-year-old woman is recalled from the national cancer screening programme. Right diagnostic mammography shows heterogeneously dense breast tissue. There is a 14 mm irregular mass with spiculated margins in the upper outer quadrant. Targeted ultrasound shows an irregular, not parallel hypoechoic mass with posterior acoustic shadowing at 10 o'clock, 5 cm from the nipple, corresponding to the mammographic finding. No abnormal lymph node is seen in the right axilla.
What is the most appropriate assessment?
 (a) BI-RADS 3   (b) BI-RADS 4A   (c) BI-RADS 4B   (d) BI-RADS 5

Answer: (d)
Explanation: Spiculated margin and not parallel orientation each carry a high positive predictive value, and together they are highly suggestive of malignancy. This mass was therefore assessed as BI-RADS 5, right breast. Ultrasound-guided core needle biopsy showed invasive ductal carcinoma, grade 2. Choice (a) is wrong because a probably benign assessment requires typical features such as an oval circumscribed mass. Choices (b) and (c) underestimate the combination of features.
""")

t("t22_02_japan_pearls_pitfalls", "b", "4A", "L4A", ["asym L p", "calc B p m:round d:diffuse"], """Pearls and Pitfalls: The Focal Asymmetry That Does Not Go Away
Yuki Tanaka, MD, Hiroshi Sato, MD - Department of Breast Imaging, Kameda Medical Center, Chiba, Japan

The case. A 47-year-old woman attended municipal screening. The breasts showed scattered areas of fibroglandular density. A focal asymmetry was noted in the upper region of the left breast on the MLO view and at the outer side on the CC view. It persisted on spot compression. Scattered round benign calcifications were present in both breasts.
Ultrasound of the left breast showed a 9 mm hypoechoic mass with indistinct margins at 1 o'clock, 3 cm from the nipple, at the location of the asymmetry. It was assessed as category 4A (BI-RADS 4A, left breast) and biopsy showed invasive lobular carcinoma.

Pearls
- A focal asymmetry that persists on spot compression is a real finding until proven otherwise.
- Look for the sonographic correlate at the same clock face and distance.
- Round benign calcifications elsewhere should not distract you.
Pitfalls
- Calling it "overlapping tissue" because it is seen on one view better than the other.
- Assigning a probably benign category without ultrasound in a dense breast.
""")

t("t22_03_hongkong_radpath_concordance", "c", "4B", "R4B L2", ["calc R p m:amorphous d:grouped", "mass R a", "calc L p m:vascular"], """QUEEN MARY HOSPITAL - Department of Radiology
Breast Radiology-Pathology Concordance Meeting, 12 Feb 2026 - notes (Dr. K.W. Chan)

Case 2. F/58. Private screening MMG -> referred.
Heterogeneously dense (ACR c).
Rt UOQ: grouped amorphous microcalcs, extent 8 mm. No associated mass.
Lt breast: benign vascular calcifications only.
Reported as BI-RADS 4B Rt, BI-RADS 2 Lt.
Stereotactic VAB (9G, 12 cores), specimen radiograph: calcs retrieved.
Path: columnar cell change with flat epithelial atypia; calcs in the lumina.
Discussion: amorphous calcs are a recognised pattern of FEA. Rad and path agree the sample is representative. -> CONCORDANT, atypical.
Outcome: refer for surgical excision per departmental protocol (upgrade rate ~10%).
""")

t("t22_04_portugal_podcast_transcript", "a", "4A", "L4A", ["mass L p"], """[Transcript - "Breast Imaging Bites" podcast, episode 41. Guest: Dr. Ana Rodrigues, breast radiologist, Porto, Portugal]

HOST: So tell us about the case you brought.
RODRIGUES: Yes. So, a 68-year-old lady, she came with a lump she felt in the left breast. Her breasts are almost entirely fatty, so the mammogram is easy to read, ACR A. And we saw an oval mass, circumscribed, about 2 centimetres, at 3 o'clock.
HOST: Which sounds benign.
RODRIGUES: It sounds benign! On ultrasound it was oval, parallel, circumscribed, slightly hypoechoic, with some posterior enhancement. Like a fibroadenoma. But she is 68 and it was new compared with her mammogram from 2023. So we said BI-RADS 4A for the left breast mass and we did a core biopsy.
HOST: And it was...
RODRIGUES: Mucinous carcinoma. Pure mucinous. The right breast was clear, nothing there.
HOST: That's a great teaching point - new plus older patient equals biopsy.
""")

t("t22_05_vietnam_speaker_notes", "d", "4B", "R4B L1", ["calc R p m:fine_pleomorphic d:grouped", "mass R a"], """Speaker notes - "Microcalcifications in dense breasts: a case from K Hospital" (Dr. Nguyen Thi Lan, Dr. Tran Van Minh, Hanoi, Vietnam)

Slide 3 - notes: Extremely dense breasts, ACR D. Remind the audience that most of our patients under 50 have dense breasts.
Slide 4 - notes: This is the right MLO. Point to the upper breast: there is a small cluster here. On the zoom you see fine pleomorphic microcalcifications, grouped, about 6 mm.
Slide 5 - notes: Magnification views confirm the shapes. There is no associated mass.
Slide 6 - notes: Ultrasound: we looked carefully but no correlate.
Slide 7 - notes: Our assessment: BI-RADS 4B right. Left breast normal, BI-RADS 1.
Slide 8 - notes: Stereotactic VAB - DCIS intermediate grade. Ask the audience: would you do MRI here?
""")

t("t22_06_saudi_case_of_week_email", "c", "4A", "L4A", ["mass L p", "other L p"], """From: Breast Imaging Section <breastimaging@kfshrc.edu.sa>
To: Radiology Residents & Fellows
Subject: Case of the Week #32 - ANSWER

Dear all,
Last week's case: 39-year-old woman, spontaneous bloody discharge from the left nipple.

Answer: intraductal papilloma.
The mammogram (heterogeneously dense, category C) showed a small oval circumscribed mass in the left retroareolar region. Nothing else. On ultrasound the mass lies within a dilated duct at 12 o'clock, 1 cm from the nipple, measures 7 mm and shows internal vascularity on Doppler.
Assessment: BI-RADS 4A, left breast. US-guided VAB showed intraductal papilloma without atypia.

Congratulations to Dr. Alotaibi (R3) who got it first!
Regards,
Dr. Fahad Al-Qahtani, Consultant Breast Radiologist, KFSH&RC Riyadh
""")

t("t22_07_greece_letter_to_editor", "b", "4A", "R4A", ["mass R p", "calc R p m:coarse", "ln R a"], """LETTER TO THE EDITOR
Re: "Metaplastic carcinoma mimicking a fibroadenoma" (Eur J Case Rep Radiol 2025)

Sir,
We read with great interest the case report by Smith et al. describing a 44-year-old woman with a right breast mass. As summarised by the authors, mammography showed scattered areas of fibroglandular density and an 18 mm oval mass with indistinct margins in the right breast at 9 o'clock. The mass contained a few popcorn-like calcifications. No lymphadenopathy was seen in the right axilla. The lesion was assessed as BI-RADS 4A, right breast, and biopsy revealed metaplastic carcinoma.
We fully agree with this assessment. In our institution (Athens, Greece) we have seen two similar tumours that were first read as fibroadenomas. We would add that indistinct margins should always prevail over other benign-looking features.
Eleni Papadopoulou, Georgios Nikolaou
Department of Radiology, Aretaieion Hospital, National and Kapodistrian University of Athens, Greece
""")

t("t22_08_srilanka_mdt_summary", "c", "5", "L5 R1", ["mass L p", "calc L p m:fine_pleomorphic d:linear", "ln L p", "mass R a", "calc R a"], """NATIONAL CANCER INSTITUTE, MAHARAGAMA - BREAST MULTIDISCIPLINARY TEAM MEETING
Summary - 20/03/2026
Patient: 51F, BHT No. 24571/26. Presented with Lt breast lump x 4 months.

Imaging (Dr. S. Perera, Consultant Radiologist):
Bilateral mammogram - ACR C.
Lt UOQ irregular spiculated mass 3.2 cm. Associated pleomorphic microcalcifications extending 2 cm anteriorly in a linear distribution.
Lt axilla - two enlarged nodes with loss of fatty hilum.
Rt breast - no mass, no suspicious calcification.
BIRADS 5 (Lt), BIRADS 1 (Rt).

Pathology: core biopsy - invasive carcinoma NST, grade 3, ER+/PR+/HER2-. FNAC Lt axillary node - metastatic carcinoma.
MDT decision: NACT followed by Lt MRM. Staging CT ordered.
""")

t("t22_09_uganda_resident_logbook", None, "3", "R3 L2", ["mass R p", "mass L p"], """MULAGO NATIONAL REFERRAL HOSPITAL - MMed Radiology Resident Logbook
Resident: Dr. Nakato Sarah (Year 2)       Rotation: Breast imaging

Entry no. 87     Date: 14/03/2026
Procedure: Breast ultrasound (both breasts) - performed under supervision
Patient: 27F, painless lump R breast x 2/12.
Findings: Rt breast 10 o'clock, 3 cm FN: oval, circumscribed, parallel hypoechoic mass 2.1 x 1.4 cm, no posterior features, no vascularity. Likely fibroadenoma.
Lt breast: simple cyst 6 mm at 2 o'clock.
Axillae normal.
Impression: Rt breast FA - BIRADS 3. Lt simple cyst - BIRADS 2.
Learning point: in a young woman with a classic FA, short interval follow-up is acceptable.
Supervisor sign: Dr. Kiggundu J. (Consultant)
""")

t("t22_10_indonesia_phyllodes_case", "c", "4B", "L4B R3", ["mass L p", "calc L a", "skin L a", "mass R p"], """CASE REPORT
Benign Phyllodes Tumour in a 35-Year-Old Woman: Imaging Findings
Dewi Lestari, Agus Santoso - Department of Radiology, Dharmais National Cancer Hospital, Jakarta, Indonesia

A 35-year-old woman came with a rapidly enlarging lump in her left breast for 5 months. Mammography showed heterogeneously dense breasts (ACR c). A large lobulated high density mass, 9 cm, occupied the upper quadrants of the left breast. There was no calcification. The skin over it was stretched but not thickened.
On ultrasound the mass was heterogeneous with several small cystic spaces and internal vascularity. In the right breast, ultrasound showed a 1 cm oval circumscribed hypoechoic mass at 7 o'clock, probably a fibroadenoma.
We classified the findings as BI-RADS 4B for the left breast and BI-RADS 3 for the right breast. Core biopsy of the left mass suggested a fibroepithelial lesion and wide excision confirmed benign phyllodes tumour.
""")

t("t22_11_mexico_granulomatous_case", "b", "4B", "R4B", ["asym R p", "calc L p s"], """Reporte de caso / Case report (English version)
Idiopathic granulomatous mastitis presenting as a developing asymmetry
M. Hernandez-Lopez, J. Ramirez-Cruz. Breast Imaging Unit, Instituto Nacional de Cancerologia, Mexico City, Mexico

A 41-year-old woman was referred after routine screening. The breasts had scattered areas of fibroglandular density. In the lower inner quadrant of the right breast there was a focal asymmetry that was not present on the study of 2023 (developing asymmetry). On ultrasound it corresponded to an irregular hypoechoic area with indistinct margins of 15 mm at 4 o'clock. In the left breast, benign calcifications were unchanged since 2023.
The finding in the right breast was assessed as BI-RADS 4B. Ultrasound-guided core biopsy showed non-caseating granulomas with neutrophils, and cultures were negative.
""")

t("t22_12_peru_coarse_heterogeneous", "b", "4A", "L4A", ["calc L p m:coarse_heterogeneous d:regional", "ln L p"], """Case report - Instituto Nacional de Enfermedades Neoplasicas (INEN), Lima, Peru
Authors: C. Quispe Mamani, R. Flores Vargas

A 55-year-old asymptomatic woman underwent screening mammography. The breasts had scattered fibroglandular density (ACR B). In the upper outer quadrant of the left breast there were coarse heterogeneous calcifications in a regional distribution, not seen in the prior study. An intramamary lymph node with fatty hilum was also seen in the same quadrant. The right breast was without alterations.
The left breast was categorized BI-RADS 4A and stereotactic biopsy was performed; histology showed fibrocystic change with calcifications (benign, concordant).
""")

t("t22_13_ghana_locally_advanced", "a", "5", "R5", ["mass R p", "skin R p", "skin R p", "ln R p", "mass L a", "calc L a"], """CASE REPORT: Locally advanced breast cancer in a 38-year-old Ghanaian woman
Kwame Mensah, Abena Owusu - Department of Radiology, Korle Bu Teaching Hospital, Accra, Ghana

A 38-year-old woman presented with a right breast lump of one year duration, treated by a herbalist. Bilateral mammography showed predominantly fatty breasts (ACR a). In the right upper outer quadrant there was a large irregular mass with spiculated margins, measuring 6 cm. There was thickening of the overlying skin and the nipple was retracted. Multiple enlarged lymph nodes were seen in the right axilla. The left breast showed no mass and no suspicious calcifications.
The right breast was classified as BI-RADS 5. Core biopsy confirmed invasive carcinoma.
Late presentation remains common in Ghana because of cost, fear and the use of traditional medicine.
""")

t("t22_14_ukraine_post_lumpectomy", "b", "4A", "L4A R1", ["other L p s", "calc L p m:amorphous d:grouped", "mass L a"], """Clinical case - Kyiv City Clinical Oncology Centre, Ukraine
O. Kovalenko, I. Shevchenko

A 63-year-old woman had a left lumpectomy with radiotherapy for breast cancer in 2021 and has annual mammography. The breasts showed scattered areas of fibroglandular density (ACR B). In the left breast, postoperative changes at the lumpectomy site in the upper outer quadrant were stable since 2023. New in 2025: a group of amorphous microcalcifications, 5 mm, at 12 o'clock of the left breast, away from the scar. There was no mass.
Assessment: BI-RADS 4A left, BI-RADS 1 right. Stereotactic vacuum biopsy showed recurrent DCIS, low grade.
""")

t("t22_15_hongkong_silicone_injection", None, "4C", "L4C", ["mass B p", "calc B p m:coarse,rim", "mass L p"], """Hong Kong Journal of Radiology - Case Report
Carcinoma Obscured by Free Silicone Injection
WY Lee, FHKCR; TK Wong, FRCR - Department of Radiology, Kwong Wah Hospital, Hong Kong

A 56-year-old woman, who had free silicone injected into both breasts for augmentation in the 1980s, noticed a new lump in the left breast. Mammography showed numerous dense round masses (siliconomas) throughout both breasts, many with coarse and rim calcifications. Breast composition could not be assessed. Ultrasound showed extensive snowstorm artefact. In the upper inner quadrant of the left breast, at 11 o'clock, there was an irregular hypoechoic mass with angular margins of 1.8 cm, not discernible on mammography. It was categorised as BI-RADS 4C (left). Biopsy showed invasive ductal carcinoma.
MRI is the most useful modality in these patients.
""")

t("t22_16_korea_lecture_transcript", "c", "4B", "L4B R2", ["ad L p", "mass L a", "calc R p m:vascular"], """Korean Society of Breast Imaging - Spring Lecture Series (transcribed from the recording)
"Architectural distortion on tomosynthesis" - Prof. Lee Min-ji, Yonsei University

OK, next case. 61-year-old woman, screening. Heterogeneously dense breasts. Look at the left CC view... in the outer breast you can see architectural distortion, right here. Lines radiating to one point. There is no central mass. On ultrasound, nothing definite. On the tomosynthesis slices it is very clear. So what would you say? Yes, this is 4B - BI-RADS 4B, left breast. We did tomosynthesis-guided biopsy: invasive lobular carcinoma.
And the right breast - look at these - tram-track vascular calcifications. Benign. BI-RADS 2 for the right breast. Don't let them distract you.
""")

t("t22_17_japan_lecture_notes", "b", "3", "R2 L3", ["calc R p s m:punctate d:grouped", "mass L p"], """Lecture handout - Japan Radiological Society breast imaging seminar (translated into English)
Case 5: Follow-up of benign-appearing findings. Dr. Kenji Yamamoto, Tokyo

Mammography of a 54-year-old woman showed scattered fibroglandular density. Grouped punctate calcifications were seen in the right upper outer region. They have been unchanged for three years and are assessed today as BI-RADS 2 (right).
In the left breast at 2 o'clock, a new oval 8 mm mass was noted. On ultrasound this was a complicated cyst with low-level internal echoes and no vascularity. Category 3 (left breast), follow-up in 6 months.
Key message: stability over time is the strongest benign sign.
""")

t("t22_18_saudi_board_mcq", "c", "4C", "R4C", ["calc R p m:fine_linear d:linear", "mass R a"], """Saudi Board of Radiology - Breast Imaging Practice MCQs (with explanations)
Question 12
A 60-year-old woman had screening mammography showing heterogeneously dense breasts. Right magnification views show fine linear branching calcifications in a linear distribution in the subareolar region of the right breast, extending 15 mm. There is no associated mass.
Which of the following is the correct assessment?
 A. BI-RADS 2   B. BI-RADS 3   C. BI-RADS 4A   D. BI-RADS 4C   E. BI-RADS 0
Correct answer: D
Explanation: Fine linear (casting) calcifications in a linear distribution have a high probability of malignancy. The right breast is assessed as BI-RADS 4C and stereotactic biopsy is recommended. BI-RADS 3 is never appropriate for new calcifications of suspicious morphology.
""")

t("t22_19_portugal_multiple_lesions", "c", "4C", "L4C R2", ["mass R p", "mass R p", "mass L p", "calc L p m:amorphous"], """Acta Radiologica Portuguesa - Case report
Rui Almeida, Joana Costa - Servico de Radiologia, Instituto Portugues de Oncologia de Lisboa, Portugal

A 49-year-old woman was referred for a palpable left breast nodule. The breasts were heterogeneously dense (ACR c). Ultrasound of the right breast showed two simple cysts, one at 10 o'clock (8 mm) and another at 11 o'clock (5 mm). In the left breast, at 2 o'clock, there was a 12 mm irregular mass with microlobulated margins. On mammography this mass had associated amorphous calcifications.
We classified the left breast lesion as BI-RADS 4C and the right breast as BI-RADS 2. Histology showed invasive carcinoma of no special type with DCIS.
""")

t("t22_20_vietnam_galactocele", "d", "3", "L3", ["mass L p", "ln L p"], """CASE REPORT - Galactocele in a lactating woman
Pham Thi Hoa, Le Van Thanh - Department of Diagnostic Imaging, Hung Vuong Hospital, Ho Chi Minh City, Vietnam

A 32-year-old woman, breastfeeding for 8 months, palpated a painless lump in the left breast. Mammography showed extremely dense breasts (ACR D) with a partially fat-containing oval mass of 3 cm in the left upper outer quadrant. On ultrasound, the mass at 3 o'clock of the left breast was complex cystic and solid with a fat-fluid level. A few reactive left axillary lymph nodes with preserved fatty hilum were seen.
The left breast was assessed as BI-RADS 3. Aspiration yielded milky fluid and the lump disappeared.
""")
