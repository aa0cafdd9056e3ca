ITEMS = []


def add(id, density, overall, bb, f, text):
    ITEMS.append({"id": id, "density": density, "overall": overall, "bb": bb, "f": f, "text": text})


add("r24_01_ireland_dbt_synthesized", "c", "4B", "R2 L4B",
    ["calc R p d:diffuse", "mass R a", "mass L p", "calc L a", "ln B a"], """
ST. VINCENT'S UNIVERSITY HOSPITAL - SYMPTOMATIC BREAST UNIT
Elm Park, Dublin 4
Patient: MURPHY, Siobhan   MRN: 0412337   DOB: 11/05/1968
Referring: Ms. A. Kelly, Consultant Breast Surgeon   GP: Dr. P. Byrne, Ranelagh
Date of exam: 03/02/2026

EXAMINATION: Bilateral digital breast tomosynthesis with synthesized 2D views.
CLINICAL DETAILS: Lump L breast 3/52. Skin marker placed over the lump.
COMPARISON: BreastCheck mammograms 2024 (images obtained).

FINDINGS:
Breast density: ACR C, heterogeneously dense.
Right breast: Scattered benign-appearing calcifications. No suspicious mass.
Left breast: Beneath the skin marker in the upper outer quadrant there is an irregular mass with indistinct margins measuring 17 mm, best seen on the tomosynthesis slices and only faintly on the synthesized 2D images. It is new since 2024. There are no associated calcifications.
Axillae: No lymphadenopathy.

CONCLUSION:
Right: BI-RADS 2.
Left: BI-RADS 4B - new palpable mass.
Left breast ultrasound and US-guided core biopsy to follow at today's triple assessment clinic.

Dr. Ciara O'Brien, MB BCh BAO, FFRRCSI
Consultant Radiologist
""")

add("r24_02_nz_recall_assessment", "b", "4B", "L4B",
    ["calc L p m:fine_pleomorphic d:grouped", "mass L a", "dist L a"], """
BreastScreen Aotearoa - BreastScreen Coast to Coast Assessment Centre
ASSESSMENT CLINIC - RADIOLOGY REPORT
Name: Aroha TANE   NHI: ZKM4521   DOB: 22/08/1964
Screening round: 6   Screen date: 12/01/2026   Assessment date: 28/01/2026

Recall reason: Left breast - calcification (Reader 1 and Reader 2 concordant).
Work-up performed: Left CC and ML magnification views. Left breast ultrasound.

Findings:
Breast density: scattered fibroglandular (BI-RADS b).
The recalled calcifications in the left upper outer quadrant are confirmed on magnification: a 10 mm group of fine pleomorphic calcifications, new compared with the 2024 round. No associated mass or architectural distortion.
Ultrasound of the left breast: no sonographic correlate.

Outcome:
BI-RADS 4B left.
Stereotactic vacuum-assisted core biopsy performed at today's clinic; specimen radiograph confirms calcifications in the cores. Results at MDM on 04/02/2026. Patient seen by the breast care nurse.

Radiologist: Dr. Hemi Walker, FRANZCR
""")

add("r24_03_canada_obsp_comparison_none", "c", "0", "R0 L1",
    ["asym R p", "mass L a", "calc L a", "dist L a"], """
ONTARIO BREAST SCREENING PROGRAM (OBSP)
Screening Mammography Report
OBSP site: Lakeridge Health Oshawa   Client ID: 80-223-4417   OHIP: **** *** 417-XY
Exam date: 2026-02-10   Exam: Bilateral screening mammogram (CC, MLO)

History: 52-year-old, first OBSP screen, no symptoms. No family history on file.
Comparison: None available. Previous mammograms (2019, outside hospital) requested.

Breast density: Heterogeneously dense (BI-RADS C), 50-75%.

Findings:
Right breast: There is a focal asymmetry in the upper outer quadrant, middle depth, measuring approximately 12 mm, seen on both the CC and MLO views.
Left breast: No suspicious mass, calcifications or architectural distortion.

Impression:
Right breast: BI-RADS 0 - incomplete, additional imaging required (spot compression views and ultrasound). The client will be contacted by the OBSP navigator for a diagnostic appointment.
Left breast: BI-RADS 1 - negative.

Reporting radiologist: Dr. Priya Raman, MD, FRCPC
Result letter sent to client and to primary care provider.
""")

add("r24_04_india_second_opinion_outside", "b", "4A", "L4A R1",
    ["mass L p", "calc L p m:punctate", "mass R a", "calc R a", "dist R a", "ln R p"], """
SHREE DIAGNOSTICS & BREAST CARE CENTRE
Andheri (W), Mumbai - 400053 | NABH accredited
Patient: Mrs. Sunita Deshpande   Age/Sex: 48/F   Reg. No.: SD/26/01883
Ref. by: Dr. R. Kulkarni, MS (Gen Surg)   Date: 21/01/2026

SECOND OPINION - REVIEW OF OUTSIDE MAMMOGRAMS
Images reviewed: bilateral digital mammograms (CC and MLO) dated 02/01/2026, performed at an outside centre, submitted on CD. No new imaging performed here.
Outside report (for reference): "Left breast probably benign nodule. BI-RADS 3."

OPINION:
Breast composition: ACR B (scattered fibroglandular densities).
Left breast: An oval mass with partly indistinct margins is seen in the upper inner quadrant, measuring 11 mm. A few punctate calcifications are seen within the mass.
Right breast: Normal. No mass, calcification or architectural distortion.
Right axilla: A normal-appearing lymph node with a fatty hilum is seen.

IMPRESSION:
Left breast mass with internal punctate calcifications - indistinct margins seen on this review. BI-RADS 4A.
Right breast - BI-RADS 1.
Suggest: USG of the left breast and USG-guided core biopsy.

Dr. Meera Iyer, MD (Radio-diagnosis), DNB
Consultant Breast Radiologist
(This opinion is based on the images provided and is not a substitute for clinical correlation.)
""")

add("r24_05_gulf_uae_post_lumpectomy", "b", "2", "R2 L2",
    ["dist L p s", "skin L p", "mass R a", "calc R a", "dist R a", "calc R p s m:coarse"], """
DUBAI HEALTH - RASHID HOSPITAL
Department of Radiology - Breast Imaging Section
Patient: Fatima Al Mansoori   MRN: 1020-556-781   Emirates ID: 784-****-*******-1
Exam: Bilateral diagnostic mammogram with tomosynthesis   Date: 05/02/2026

HISTORY: Left breast cancer (IDC, 1.8 cm), left lumpectomy and sentinel node biopsy 2022, followed by whole-breast radiotherapy. Annual surveillance. No new complaints.
COMPARISON: 10/01/2025 and 12/01/2024.

FINDINGS:
Breast composition: scattered areas of fibroglandular density (ACR b).
Left breast: Post-lumpectomy changes in the upper outer quadrant with architectural distortion and a surgical clip, stable compared with 2024 and 2025. Mild skin thickening of the left breast, decreased compared with the prior study.
Right breast: No suspicious mass, calcifications or distortion. Stable benign coarse calcification in the lower inner quadrant.

IMPRESSION:
Stable post-treatment appearance of the left breast. No evidence of recurrence.
BI-RADS 2 both breasts.
Recommend annual diagnostic mammography.

Reported by: Dr. Noura Al Hashimi, Consultant Radiologist (Arab Board, FRCR)
""")

add("r24_06_nigeria_axillary_node", "b", "4", "R4 L1",
    ["ln R p", "mass B a", "dist B a", "calc B a"], """
LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
DEPARTMENT OF RADIATION BIOLOGY, RADIOTHERAPY AND RADIODIAGNOSIS
Hospital No.: LUTH/24/118832   Name: Mrs. Adaeze OKONKWO   Age: 47 yrs   Sex: F
Ward/Clinic: Surgical Outpatient (Breast/Endocrine)   Date: 10/02/2026

EXAMINATION: BILATERAL MAMMOGRAPHY AND BREAST/AXILLARY ULTRASOUND
CLINICAL INFORMATION: Right axillary swelling of 2 months duration. No breast lump palpable. ?Lymphadenopathy ?primary.

MAMMOGRAPHY (CC, MLO both breasts):
Breast composition: ACR B (scattered fibroglandular densities).
There is an enlarged, dense lymph node in the right axilla measuring 28 x 20 mm with loss of its fatty hilum.
No mass, architectural distortion or suspicious microcalcification is seen in either breast.

ULTRASOUND:
The right axillary node has a thickened cortex (7 mm) with effaced hilum and peripheral vascularity.
Both breasts show normal fibroglandular echotexture. Left axilla is unremarkable.

IMPRESSION:
Suspicious right axillary lymphadenopathy without a mammographic or sonographic breast primary.
BI-RADS 4 (right). BI-RADS 1 (left).
Recommend ultrasound-guided core biopsy of the right axillary node.

Dr. (Mrs.) O. A. Balogun, MBBS, FWACS, FMCR
Consultant Radiologist
""")

add("r24_07_south_africa_skin_bb", "a", "2", "R2 L2",
    ["mass R a", "calc R a", "calc B p m:vascular", "ln L p s", "mass L a", "calc L a", "dist L a"], """
MORTON & PARTNERS INC. - DIAGNOSTIC RADIOLOGISTS
Claremont Breast Centre, Cape Town | Practice No. 0123456
Patient: Mrs. E. van der Merwe   DOB: 03/09/1957   Medical aid: Discovery Health
Referring doctor: Dr. S. Naidoo (GP)   Date: 12/02/2026

MAMMOGRAM - BILATERAL (CC & MLO)
Clinical: Annual screening. Raised pigmented skin lesion right breast 6 o'clock, marked with a BB by the radiographer.
Comparison: 14/01/2025 and 20/02/2023.

Report:
Breast composition: ACR A - the breasts are almost entirely fatty.
Right breast: The BB marker overlies the skin at 6 o'clock; there is no underlying mass or calcification in the right breast.
Both breasts: benign vascular calcifications.
Left breast: The intramammary lymph node in the upper outer quadrant is unchanged. No suspicious masses, calcifications or architectural distortion in the left breast.

Conclusion:
No mammographic evidence of malignancy.
Assessment: BI-RADS 2 (benign), bilateral.
Routine screening mammogram in 1 year.

Dr. J. Morton, MBChB, FC Rad (Diag) SA
""")

add("r24_08_us_va_priors_categories", "d", "2", "L2 R1",
    ["mass L p s", "mass R a", "calc R a", "dist R a"], """
DEPARTMENT OF VETERANS AFFAIRS
VA Puget Sound Health Care System - Women's Health Center, Breast Imaging
Patient: HOLLOWAY, DENISE R   Last 4: 7731   Age: 58 F   Service: Army (OEF)
Ordering provider: PACT Women's Health   Exam date: FEB 17, 2026

PROCEDURE: DIGITAL SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS (CAD)

PRIOR STUDIES:
  02/11/2025 Screening mammogram bilat ......... BI-RADS 3 (left)
  08/06/2024 Diagnostic mammogram left + US ..... BI-RADS 3
  02/05/2024 Diagnostic mammogram left + US ..... BI-RADS 3
  01/22/2024 Screening mammogram bilat ......... BI-RADS 0

FINDINGS:
Breast density: The breasts are extremely dense (D), which lowers the sensitivity of mammography.
Left breast: The oval circumscribed mass at 3 o'clock, middle depth, previously followed as probably benign, is stable in size at 8 mm over 24 months.
Right breast: There is no suspicious mass, calcifications, or architectural distortion.

IMPRESSION:
Stable left breast mass, now benign after 2 years of stability: BI-RADS 2 - left breast.
Right breast: BI-RADS 1 - negative.
Recommend annual screening mammography. Given extremely dense tissue, supplemental screening ultrasound may be considered; discuss with PCP.

Interpreted by: Karen M. Liu, MD, Staff Radiologist
Electronically signed 02/17/2026 14:22
""")

add("r24_09_us_community_tech_note", "b", "0", "L0 R2",
    ["dist R p s", "mass L q", "calc B a"], """
TECHNOLOGIST NOTE: Pt states mole on L breast - marked w/ BB. Prior R breast benign excisional bx 2015, scar marked w/ linear scar marker. R MLO repeated for motion. Deodorant removed. - J.P., RT(R)(M)

Riverside Community Hospital - Women's Imaging Center, Riverside, Ohio
Patient: GARCIA, MARIA L   MRN: 00884512   DOB: 04/19/1969
Exam date: 02/18/2026   Accession: MG2602181107

EXAM: SCREENING BILATERAL DIGITAL BREAST TOMOSYNTHESIS WITH SYNTHESIZED 2D IMAGES
COMPARISON: 01/2025, 12/2023.

FINDINGS:
Breast density: There are scattered areas of fibroglandular density (b).
Right breast: Mild architectural distortion at the site of the linear scar marker, consistent with post-surgical change, unchanged from prior.
Left breast: BB marker per technologist note. In the upper outer quadrant, middle depth, there is a possible new 5 mm mass seen on tomosynthesis only.
No suspicious calcifications in either breast.

IMPRESSION:
1. Possible left breast mass: BI-RADS 0 - incomplete. Recommend diagnostic left mammogram with tomosynthesis and left breast ultrasound.
2. Right breast: benign post-surgical change, BI-RADS 2.

Electronically signed by: Robert T. Hayes, MD
""")

add("r24_10_ireland_post_lumpectomy_no_comparison", "b", "2", "R2 L1",
    ["dist R p", "calc R p m:dystrophic", "mass R a", "mass L a", "calc L a", "dist L a", "ln B a"], """
CORK UNIVERSITY HOSPITAL - BREAST UNIT
Wilton, Cork, T12 DC4A
Patient: O'SULLIVAN, Mary   Hosp. No.: C0931442   DOB: 19/12/1961
Referred by: Mr. D. Hennessy, Consultant Surgeon   Date: 16/02/2026

EXAMINATION: Bilateral mammogram (CC, MLO) and right breast ultrasound - annual surveillance.
HISTORY: Right breast cancer 2019 (WLE, SLNB and radiotherapy, treated in Manchester). Moved to Ireland 2025. Well.
COMPARISON: None available - previous imaging from the UK has been requested but not yet received.

FINDINGS:
Breast density: fibroglandular densities are scattered (ACR B).
Right breast: Post-surgical architectural distortion at the wide local excision site in the upper outer quadrant with dystrophic calcifications, in keeping with post-treatment change.
Right breast ultrasound: the scar shows posterior shadowing without a discrete mass.
Left breast: No mass, suspicious calcification or distortion.
Axillae: Right axillary surgical clips. No lymphadenopathy.

CONCLUSION:
Expected post-treatment changes in the right breast. No evidence of recurrence.
BI-RADS 2 right, BI-RADS 1 left.
Annual surveillance mammography; this study will serve as the baseline until the UK images arrive.

Dr. Sinead Walsh, FFR RCSI, Consultant Radiologist
""")

add("r24_11_nz_axillary_nodes_vaccine", "d", "3", "L2 R3",
    ["ln L p", "mass R p", "mass L a", "calc B a"], """
PACIFIC RADIOLOGY - CHRISTCHURCH
Breast Imaging | 166 Bealey Avenue, Christchurch 8013
Patient: Sarah THOMPSON   NHI: HRT8812   DOB: 02/03/1979
Referrer: Dr. M. Patel (GP), Merivale Medical   Date: 19/02/2026

BILATERAL DIAGNOSTIC MAMMOGRAM AND BILATERAL BREAST ULTRASOUND
Clinical: Left axillary lump noticed 1 week ago. Influenza and COVID-19 vaccinations in the left deltoid 12 days ago.
Comparison: BreastScreen Aotearoa screen 2024 (no abnormality).

FINDINGS:
Density: The breasts are extremely dense (BI-RADS d), which reduces the sensitivity of mammography.
Left axilla: two mildly enlarged lymph nodes with cortical thickening up to 4 mm; fatty hila preserved. These correspond to the palpable lump.
Right breast 11 o'clock, 2 cm from the nipple: oval, circumscribed, parallel hypoechoic mass, 9 x 5 mm, likely a fibroadenoma. Not palpable.
Left breast: no focal mass.
No suspicious calcifications in either breast.

CONCLUSION:
1. Left axillary lymphadenopathy, in keeping with a reactive response to the recent vaccinations. BI-RADS 2. If still palpable in 6-8 weeks, repeat ultrasound.
2. Right breast probable fibroadenoma. BI-RADS 3. Follow-up ultrasound in 6 months.

Dr. Emma Rangi, FRANZCR
""")

add("r24_12_canada_assessment_priors", "b", "5", "R5", ["mass R p", "calc R a"], """
THE OTTAWA HOSPITAL - Rose Ladouceur Breast Health Centre (OBSP Breast Assessment)
Patient: LEBLANC, Chantal   MRN: 40021877   HCN: ****-***-612-KT   DOB: 1958-06-30
Exam date: 2026-02-20

EXAMINATION: RIGHT DIAGNOSTIC MAMMOGRAM (spot compression CC and ML) AND RIGHT BREAST ULTRASOUND
Indication: Abnormal OBSP screen, right breast.

PRIOR EXAMINATIONS:
- OBSP screen 2026-01-26: BI-RADS 0 (right)
- OBSP screen 2024-01-15: BI-RADS 1
- OBSP screen 2022-01-10: BI-RADS 2 (benign calcifications, left)

FINDINGS:
Breast density: Scattered fibroglandular (B).
Spot compression views confirm a persistent irregular mass with spiculated margins in the upper outer quadrant, middle depth, approximately 10 mm. No associated calcifications.
Ultrasound at 10 o'clock, 6 cm from the nipple: irregular, not parallel, hypoechoic mass with posterior acoustic shadowing, 9 x 8 x 7 mm, corresponding to the mammographic mass. The right axilla is normal.

IMPRESSION:
Suspicious right breast mass.
BI-RADS 5 - highly suggestive of malignancy.
Ultrasound-guided core biopsy booked for 2026-02-24; patient informed and navigator contacted.

Radiologist: Dr. Marc Gagnon, MD, FRCPC
""")

add("r24_13_india_dbt_both_breasts", "c", "5", "R2 L5",
    ["mass R p", "calc L p m:fine_linear,fine_pleomorphic d:segmental", "skin L p", "mass L a", "ln L p"], """
ALL INDIA INSTITUTE OF MEDICAL SCIENCES, NEW DELHI
Department of Radiodiagnosis & Interventional Radiology - Breast Imaging Division
Name: Smt. Kamla Devi   Age/Sex: 54/F   UHID: 107893245   OPD: Surgery (Breast clinic)
Date: 23.02.2026

EXAMINATION: DIGITAL BREAST TOMOSYNTHESIS (BOTH) WITH SYNTHESIZED 2D + USG BOTH BREASTS
Clinical: Lt nipple retraction x 2 months. No lump felt.
Comparison: No prior imaging.

FINDINGS:
Breast composition: ACR C.
Right breast: oval circumscribed mass 14 mm in upper outer quadrant; on USG it is an anechoic simple cyst with posterior enhancement at 10 o'clock.
Left breast: fine pleomorphic and fine linear branching microcalcifications in a segmental distribution spanning 45 mm in the upper outer quadrant, extending up to the retroareolar region. Left nipple is retracted. No discrete mass on DBT or USG.
Left axilla: two nodes with thickened cortex (5 mm) and compressed hilum.

IMPRESSION:
Right: simple cyst - BIRADS 2.
Left: segmental suspicious microcalcifications with nipple retraction and abnormal axillary nodes - BIRADS 5.
Advice: stereotactic / DBT-guided VAB of left breast calcifications; USG-guided FNAC of left axillary node.

Dr. Rakesh Sharma, MD, DNB (Radiodiagnosis) | Verified by: Dr. A. Gupta, Professor
""")

add("r24_14_qatar_screening_no_comparison", "c", "0", "L0 R2",
    ["calc L p m:amorphous d:grouped", "calc R p m:punctate d:diffuse", "mass B a", "dist B a"], """
PRIMARY HEALTH CARE CORPORATION - QATAR
Screening For Life - Breast Screening Programme | Al Wajbah Health Centre
Name: Mariam Al-Kuwari   QID: 2846*******   HC No.: 55129078   DOB: 07/04/1975
Date of screening: 24/02/2026

EXAMINATION: Bilateral screening mammography with digital breast tomosynthesis and synthesized 2D images.
COMPARISON: None available (first screen).

FINDINGS:
Breast composition: heterogeneously dense (ACR c), which may obscure small masses.
Left breast: a 6 mm group of amorphous calcifications in the upper inner quadrant, anterior depth, seen on the synthesized 2D images and the tomosynthesis slices.
Right breast: a few scattered punctate calcifications, benign.
No masses or architectural distortion in either breast.

ASSESSMENT:
Left: BI-RADS 0 - incomplete; recall for magnification views of the left breast.
Right: BI-RADS 2 - benign.
The patient will be contacted by the programme for an assessment appointment.

Reporting radiologist: Dr. Hala Mahmoud, Consultant Radiologist (Arab Board)
""")

add("r24_15_us_community_recall_cyst", "b", "2", "R2", ["mass R p", "calc R a"], """
Mercy Regional Medical Center - Breast Care Center
Lorain, Ohio
Patient: SMITH, JENNIFER A   MRN: 2049981   DOB: 07/23/1977
Exam date: 02/25/2026   Ordering: Lisa Brown, CNP

EXAM: DIAGNOSTIC MAMMOGRAM RIGHT WITH TOMOSYNTHESIS; ULTRASOUND RIGHT BREAST, LIMITED
INDICATION: Callback from screening mammogram 02/09/2026 (BI-RADS 0) for a right breast asymmetry.
COMPARISON: Screening mammograms 02/09/2026 and 01/27/2025.

FINDINGS:
The breasts have scattered areas of fibroglandular density (B).
On spot compression tomosynthesis views, the screening finding in the right lower inner quadrant is seen to be an oval circumscribed mass measuring 11 mm. No suspicious calcifications.
Targeted ultrasound at 4 o'clock, 5 cm from the nipple, demonstrates an 11 x 8 x 10 mm simple cyst, corresponding to the mammographic finding.

IMPRESSION:
Simple cyst in the right breast accounts for the screening callback.
BI-RADS 2: Benign.
Recommend return to annual screening mammography.

Electronically signed: Daniel P. Kowalski, MD  02/25/2026 10:41
""")
