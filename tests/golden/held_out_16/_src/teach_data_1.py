# Teaching / case texts t16_01 .. t16_10 (text + compact gold)
ITEMS = []

ITEMS.append(dict(id="t16_01_romanian_case_translated",
style="Romanian journal case report translated ('mammary gland', 'incidences', 'homolateral'), ILC as distortion, US correlate, node FNA; misspelling",
density="b", overall="5", bb="L5",
findings=["ad L p", "mass L a", "calc L a", "ln L p"],
text="""
Romanian Journal of Radiology and Medical Imaging - Case Report

Invasive lobular carcinoma presenting as an isolated architectural distortion: mammography-ultrasound correlation

Case presentation
A 61-year-old postmenopausal woman presented at the County Emergency Clinical Hospital for a sensation of induration in the left mammary gland, noticed over the previous two months. Clinical examination found a poorly defined induration in the upper outer quadrant, without skin changes or palpable axillary nodes.

Imaging findings
Mammography (craniocaudal and mediolateral oblique incidences) showed breasts with scattered fibroglandular densities (ACR B). In the upper outer quadrant of the left mammary gland an architectural distorsion with radiating spiculated lines and no central mass was identified, measuring approximately 27 mm. No associated microcalcifications were seen. The right mammary gland had no suspicious images.
Ultrasound found, in the corresponding area at 2 o'clock, an irregular hypoechoic zone with indistinct margins and posterior acoustic shadowing, 22 mm, with non-parallel orientation. Axillary ultrasound showed two homolateral lymph nodes with a thickened cortex (5 mm) and a compressed fatty hilum.
Final assessment: BI-RADS 5, left breast. Ultrasound-guided core biopsy (14G) of the lesion and fine needle aspiration of the larger node were performed in the same session.

Pathology
Classic invasive lobular carcinoma, ER positive, PR positive, HER2 negative, Ki-67 10%. The node aspirate contained metastatic carcinoma cells.

Discussion
Invasive lobular carcinoma represents 10-15% of invasive breast cancers. Because of its single-file growth pattern it rarely forms a discrete mass, and an architectural distortion without a central mass is a typical presentation. Mammographic sensitivity is lower than for ductal carcinoma and ultrasound is a useful complement.
"""))

ITEMS.append(dict(id="t16_02_hot_seat_transcript",
style="resident hot-seat conference transcript: side stated once, asymmetry resolves into a mass on spot DBT, US correlate, resident's category overruled",
density="c", overall="4C", bb="L4C",
findings=["mass L p", "calc L a", "ad L a", "ln L p", "ln L q"],
text="""
Breast Imaging Hot Seat - Resident Noon Conference (transcribed from the recording, lightly edited)

Case 3

DR. ALVAREZ (attending): OK, Priya, you're in the hot seat. Fifty-two-year-old, recalled from screening. Tell us what you see.
DR. SHAH (PGY-3): These are the screening CC and MLO views. The breasts are heterogeneously dense. There's - I think there's an asymmetry in the left breast, upper outer, and it's on both views actually.
DR. ALVAREZ: Both views. So what do we call it?
DR. SHAH: A focal asymmetry. The borders are concave, it has fat interspersed.
DR. ALVAREZ: Good. Any calcs?
DR. SHAH: No, I don't see any calcifications. No distortion either.
DR. ALVAREZ: Now here are the spot compression tomo views from the diagnostic.
DR. SHAH: On the spot tomo it persists and - oh, there are spiculations. It's actually a small spiculated mass, maybe 8 millimetres, middle depth.
DR. ALVAREZ: Right, so the asymmetry resolves into a mass. Ultrasound?
DR. SHAH: At 1 o'clock, 6 centimetres from the nipple, there's an irregular hypoechoic mass, 7 millimetres, angular margins, taller than wide. That correlates.
DR. ALVAREZ: And the axilla?
DR. SHAH: Normal-looking nodes with fatty hila. And maybe a tiny intramammary lymph node lower down in the breast? Hard to say on one view.
DR. ALVAREZ: Possibly. It doesn't change anything here. Category?
DR. SHAH: I'd say 4B?
DR. ALVAREZ: I'd push that up. Spiculated, angular, not parallel - we called this BI-RADS 4C, left breast, in the actual report. Path was tubular carcinoma. And the other breast?
DR. SHAH: The right breast is negative.
DR. ALVAREZ: Great. Take-home point: a one-view or two-view asymmetry on screening deserves spot views, and tomo can turn it into a mass. Next case.
"""))

ITEMS.append(dict(id="t16_03_cpc_radiology_discussant",
style="clinicopathological conference (CPC): radiology discussant narrates current and 2-years-earlier exam, growth, prior BI-RADS 3, hypothetical category in DDx",
density="c", overall="4B", bb="R4B",
findings=["mass R p", "calc R a", "ln R p"],
text="""
Clinicopathological Conference - Departments of Surgery, Radiology and Pathology
Case 14-2026

Presentation of case
Dr. Adeyemi (Surgery): A 47-year-old woman was seen in the breast clinic because of a lump in the right breast that she had noticed three months earlier and that she felt had grown. On examination there was a 3 cm firm, mobile mass in the upper outer quadrant of the right breast and a small mobile node in the right axilla.

Dr. Nwosu (Radiology): Bilateral diagnostic mammograms obtained at this hospital showed heterogeneously dense breasts. In the right breast, at the site of the skin marker, there was a 28 mm high-density oval mass. Its margins were circumscribed over most of the circumference but indistinct posteriorly. There were no associated calcifications. A screening mammogram obtained elsewhere two years earlier showed a smaller mass in the same location, then 15 mm, which had been described as probably a fibroadenoma and assessed as BI-RADS 3; the recommended follow-up had not taken place. Ultrasonography showed a corresponding oval, heterogeneous hypoechoic mass with small internal cystic spaces, posterior acoustic enhancement and a parallel orientation. A 9 mm lymph node in the right axilla had a preserved fatty hilum and a normal cortex. The left breast was normal. We assessed the examination as BI-RADS 4B for the right breast.

Differential diagnosis
Dr. Nwosu: The growth of a circumscribed mass from 15 to 28 mm in two years is the key observation. The differential diagnosis includes a juvenile-type or cellular fibroadenoma, a phyllodes tumour, and circumscribed carcinomas such as mucinous, medullary-like or triple-negative carcinoma. Had the mass been stable, BI-RADS 3 would have been reasonable; a growing mass needs tissue.

Clinical diagnosis
Phyllodes tumour of the right breast.

Pathological discussion
Dr. Mensah (Pathology): The core biopsy showed a fibroepithelial lesion with increased stromal cellularity. Wide local excision showed a borderline phyllodes tumour, 30 mm, with clear margins.

Final diagnosis
Borderline phyllodes tumour, right breast.
"""))

ITEMS.append(dict(id="t16_04_timeline_table",
style="journal case report timeline table (Date | Examination | Findings | Assessment), side only in the column header, earlier categories in rows, growth",
density="b", overall="4B", bb="L4B",
findings=["mass L p", "calc L p m:punctate"],
text="""
Slowly growing mucinous carcinoma followed as a probably benign mass: a case report

The patient was a 58-year-old woman with no family history. Her imaging course is summarised in Table 1.

Table 1. Imaging timeline
| Date    | Examination         | Findings (left breast, 11 o'clock)                                                        | Assessment |
|---------|---------------------|-------------------------------------------------------------------------------------------|------------|
| 03/2021 | Screening DBT       | New 6 mm oval circumscribed mass, upper inner quadrant; breast density ACR B               | BI-RADS 0  |
| 04/2021 | Diagnostic US       | Oval hypoechoic mass 6 x 4 mm, parallel, circumscribed                                     | BI-RADS 3  |
| 10/2021 | US follow-up        | Unchanged, 6 mm                                                                            | BI-RADS 3  |
| 04/2022 | US + mammography    | 7 mm, otherwise unchanged                                                                  | BI-RADS 3  |
| 05/2023 | US + mammography    | 10 mm; margins now microlobulated; new punctate calcifications within the mass on mammography | BI-RADS 4B (left) |

In May 2023 the mass had enlarged by more than 20% in diameter and its margins had become microlobulated, so the assessment was upgraded and an ultrasound-guided core biopsy was performed. The right breast was negative at every examination. Histology showed pure mucinous carcinoma; the patient underwent lumpectomy and sentinel node biopsy (0/2 nodes).

Mucinous carcinoma can mimic a fibroadenoma because of its circumscribed margins and slow growth; any increase in size of a BI-RADS 3 mass should prompt biopsy.
"""))

ITEMS.append(dict(id="t16_05_moroccan_case_translated",
style="Moroccan journal case translated from French: 'stellate opacity', 'foyer', 'cutaneous retraction', 'homolateral adenopathy', ACR 5 / ACR 4 as categories, legacy ACR density type 3",
density="c", overall="5", bb="R5 L4",
findings=["mass R p", "skin R p", "ln R p", "calc L p m:fine_pleomorphic d:grouped", "mass L a"],
text="""
Pan African Medical Journal - Case report (translated from French)

Synchronous bilateral breast carcinoma: about one case

Observation
Mrs F.Z., 58 years old, menopausal for 6 years, without particular history, consulted for a nodule of the right breast evolving for 6 months. The clinical examination found a hard nodule of 3 cm of the union of the upper quadrants of the right breast, fixed to the skin.

Mammography (face and oblique incidences) objectified breasts of type 3 density of the ACR. In the right breast: an irregular stellate opacity of the union of the upper quadrants, of 22 mm, with spiculated contours, associated with a cutaneous retraction in regard. In the left breast: a foyer of fine polymorphic microcalcifications regrouped in a cluster, of the supero-external quadrant, measuring 10 mm, without associated opacity.
The complementary ultrasound showed on the right a hypoechoic mass with irregular contours and posterior attenuation, taller than wide, of 20 mm, with a homolateral axillary adenopathy of 15 mm with thickened cortex. On the left, there was no sonographic translation of the microcalcifications.
The right lesion was classified ACR 5 and the left microcalcifications ACR 4.

Stereotactic macrobiopsy of the left foyer found an intermediate-grade ductal carcinoma in situ. The microbiopsy of the right lesion found an invasive carcinoma of non-specific type, grade II. The patient underwent a bilateral mastectomy with right axillary dissection.

Discussion
Synchronous bilateral breast cancers represent 1 to 3% of breast cancers. Systematic bilateral mammography allows the detection of a contralateral lesion which is often infraclinical.
"""))

ITEMS.append(dict(id="t16_06_prior_current_legends",
style="figure legends, prior and current exams in panels (a)-(d), side stated once ('Left MLO', 'Contralateral (right)'), morphology changes over time, 2022 BI-RADS 3",
density=None, overall="4C", bb="L4C R2",
findings=["calc L p m:amorphous,fine_linear d:linear", "mass L a", "ln R p s"],
text="""
Figure 1. Screening and diagnostic mammograms of a 66-year-old woman.
(a) Left MLO view from 2022 shows a small group of amorphous calcifications in the upper breast (arrow), assessed at the time as BI-RADS 3.
(b) Magnified view of the same region in 2024 shows that the calcifications have increased in number and now extend toward the nipple in a linear distribution; several of them are fine linear.
(c) Lateral magnification view confirms the linear orientation. No associated mass.
(d) Specimen radiograph after stereotactic vacuum-assisted biopsy contains the calcifications.
BI-RADS 4C (left) was assigned at the 2024 diagnostic examination; histology showed high-grade ductal carcinoma in situ.

Figure 2. Same patient, contralateral (right) CC view from 2024, shows an oval circumscribed 5 mm mass with a fatty hilum in the upper outer quadrant, unchanged since 2018, consistent with an intramammary lymph node (BI-RADS 2).
"""))

ITEMS.append(dict(id="t16_07_laterality_error_mm",
style="M&M / peer-learning note on a laterality error: quoted original report (wrong side) replaced by the corrected addendum",
density="c", overall="4C", bb="L4C",
findings=["mass L p", "calc L a"],
text="""
Department of Radiology - Morbidity & Mortality / Peer Learning Conference
Case 2: Laterality error in a diagnostic breast report

Summary
A 49-year-old woman was referred by her family physician for a palpable lump. Diagnostic mammography and targeted ultrasound were performed. Mammography showed heterogeneously dense breasts and no mammographic correlate at the palpable marker. The report was dictated with voice recognition and signed without the error being noticed.

Original report (as signed, excerpt):
"RIGHT BREAST ULTRASOUND: At 3 o'clock, 4 cm from the nipple, there is a 14 mm irregular hypoechoic mass with angular margins. IMPRESSION: Suspicious right breast mass. BI-RADS 4C."

What actually happened
All ultrasound images, the requisition and the technologist's worksheet were of the left breast; the palpable lump was in the left breast at 3 o'clock. The word "right" had been dictated in error throughout. The surgeon noticed the discrepancy at the pre-biopsy visit.

Corrected report (addendum issued the same day):
"CORRECTION OF LATERALITY. All references to the right breast in the original report should read LEFT breast. LEFT BREAST ULTRASOUND: At 3 o'clock, 4 cm from the nipple, there is a 14 mm irregular hypoechoic mass with angular margins. No associated calcifications on the mammogram. IMPRESSION: Suspicious left breast mass. BI-RADS 4C, left breast. Ultrasound-guided biopsy recommended."

Outcome
Ultrasound-guided core biopsy of the left breast mass showed invasive ductal carcinoma, grade 2. The error was caught before any procedure; no harm reached the patient.

Learning points
- Read back laterality in the impression before signing; voice recognition does not check sides.
- Compare the side in the report with the side on the images and the requisition.
"""))

ITEMS.append(dict(id="t16_08_bangladesh_diabetic_mastopathy",
style="Bangladeshi journal case report (diabetic mastopathy): bilateral asymmetries with US correlates, 'BIRADS 4A bilateraly', benign histology; misspelling",
density="d", overall="4A", bb="B4A",
findings=["asym R p", "mass R a", "calc R a", "asym L p"],
text="""
Bangladesh Journal of Radiology and Imaging - Case Report

Diabetic mastopathy mimicking bilateral breast carcinoma: a case report

Abstract: Diabetic mastopathy is an uncommon benign fibro-inflammatory condition of the breast seen in long-standing insulin-dependent diabetes. We report a case that clinically and radiologically mimicked malignancy.

Case report
A 44-year-old woman with type 1 diabetes mellitus on insulin for 26 years attended the surgery outpatient department of a medical college hospital in Dhaka with painless hard lumps in both breasts for 8 months. There was no nipple discharge.
Mammography was done in CC and MLO views. Both breasts were extremely dense (ACR category D). An ill-defined asymmetric density was found in the retroareolar region of the right breast; no discrete mass or microcalcifcation was seen. The left breast showed a similar, smaller asymmetry in the upper outer quadrant.
USG of both breasts revealed irregular hypoechoic areas with marked posterior acoustic shadowing at the sites of the asymmetries, in the right retroareolar region (3.1 x 2.0 cm) and in the left upper outer quadrant at 2 o'clock (1.8 x 1.2 cm). There was no internal vascularity on colour Doppler. Axillae were unremarkable. The lesions were categorised as BIRADS 4A bilateraly.
Ultrasound-guided core biopsies of both lesions showed dense keloid-like fibrosis, lymphocytic lobulitis and perivascular lymphocytic infiltration, consistent with diabetic mastopathy. The patient was reassured and is on clinical follow-up.

Discussion
The imaging features of diabetic mastopathy overlap with those of carcinoma, particularly the marked posterior shadowing on ultrasound. Core biopsy is needed for diagnosis and avoids unnecessary surgery.
"""))

ITEMS.append(dict(id="t16_09_nepal_inflammatory_cancer",
style="Nepalese journal case report: inflammatory carcinoma in a lactating woman, US first then mammography, skin signs on both modalities; misspelling",
density="c", overall="5", bb="L5 R1",
findings=["skin L p", "mass L p", "ln L p", "calc L p m:fine_pleomorphic d:segmental"],
text="""
Journal of Nepal Medical Association - Case Report

Inflammatory breast carcinoma in a lactating woman treated as mastitis

A 32-year-old woman, seven months postpartum and breastfeeding, presented to a tertiary hospital in Kathmandu with redness, warmth and swelling of the left breast for five weeks. She had received two courses of oral antibiotics for presumed mastitis without improvement.

Investigations
Ultrasonography of the left breast showed diffuse skin thikening measuring up to 6 mm with subcutaneous oedema giving a cobblestone appearance. A 3.4 x 2.8 cm irregular, hypoechoic, non-parallel mass was found at 12-1 o'clock with indistinct margins and internal vascularity. Multiple enlarged left axillary lymph nodes were seen, the largest 2.2 cm, with loss of the fatty hilum. No abscess or fluid collection was found.
Mammography, performed after the ultrasound, showed the left breast to be larger and denser than the right, with diffuse trabecular and skin thickening; the mass was partly obscured. Fine pleomorphic microcalcifications were seen in a segmental distribution extending from the mass toward the nipple. The right breast was normal. Breast composition was heterogeneously dense.
The findings were categorized as BI-RADS 5 for the left breast and BI-RADS 1 for the right.

Trucut biopsy of the mass and skin punch biopsy showed invasive ductal carcinoma with dermal lymphovascular tumour emboli. She received neoadjuvant chemotherapy followed by modified radical mastectomy.

Discussion
Inflammatory carcinoma should be considered when presumed mastitis in a lactating woman does not respond to antibiotics within one to two weeks.
"""))

ITEMS.append(dict(id="t16_10_radpath_two_lesions",
style="US academic rad-path correlation conference: two lesions in one breast (A/B), unsided 'Associated calcifications' sentence, one discordant, post-biopsy hematoma",
density=None, overall="4B", bb="L4B",
findings=["mass L p", "mass L p", "calc L p m:amorphous d:grouped", "ln L a", "other L p"],
text="""
Radiology-Pathology Correlation Conference - Breast Imaging Section
Patient: 57F   Procedure date: 10/14/2026
Procedures: US-guided core biopsy x2, left breast (14G, 5 cores each), clip placement x2

Imaging
Screening DBT recall for a possible left breast mass. Diagnostic work-up of the left breast:
Lesion A: LEFT 2:00, 5 cm FN, 11 mm oval hypoechoic mass with indistinct margins.
Lesion B: LEFT 4:00, 3 cm FN, 6 mm round circumscribed hypoechoic mass, separate from A.
Associated calcifications were seen in lesion A on the diagnostic mammogram: amorphous, grouped, spanning 8 mm.
No suspicious axillary lymph nodes.
Assessment at the diagnostic exam: BI-RADS 4B (lesion A) and BI-RADS 4A (lesion B).

Pathology
A: Benign breast tissue with stromal fibrosis.
B: Fibroadenoma.

Concordance
A: DISCORDANT. Indistinct margins and amorphous calcifications are not explained by stromal fibrosis. Recommend surgical excision (or repeat stereotactic VAB targeting the calcifications).
B: CONCORDANT benign. Return to screening for this lesion.

Post-procedure mammogram: both clips within 3 mm of their targets. Small hematoma at site A.
"""))
