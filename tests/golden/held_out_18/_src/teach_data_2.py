ITEMS = []
def add(**kw): ITEMS.append(kw)

add(id="t18_11_textbook_chapter_asymmetry", style="textbook chapter excerpt (numbered section, generic statistics and categories, embedded 'Case 6-3' with figure references): developing asymmetry with US correlate, absent mass/distortion on spot views",
density="b", overall="4B", cats="R4B",
find=["asym R p", "mass R a", "ad R a"],
text="""
Chapter 6 - Asymmetries

6.4 Developing asymmetry

A developing asymmetry is a focal asymmetry that is new, larger or more conspicuous than on a previous examination. It is uncommon at screening, but it deserves respect: in published series roughly one in eight developing asymmetries recalled from screening proved malignant, and the rate is higher in diagnostic populations. Unless the work-up shows a clearly benign explanation (a cyst, a lymph node, fat necrosis at a known surgical site), a developing asymmetry that persists on spot compression should be assessed as suspicious (BI-RADS 4) and biopsied; short-interval follow-up (BI-RADS 3) is not appropriate.

Case 6-3. A 66-year-old woman undergoes routine screening. Compared with the examination two years earlier, a focal asymmetry has developed in the right breast at the posterior depth of the lower inner quadrant (Fig. 6-7A, B). Spot-compression views show persistence of the asymmetry without a mass or architectural distortion (Fig. 6-7C). Ultrasound demonstrates an 8 mm irregular hypoechoic mass with non-parallel orientation at 4 o'clock, 7 cm from the nipple, corresponding to the asymmetry (Fig. 6-7D). The breasts show scattered fibroglandular density. The finding was assessed as BI-RADS 4B in the right breast, and ultrasound-guided core biopsy yielded invasive lobular carcinoma.

Fig. 6-7 (A) Right CC view, 2 years before. (B) Right CC view, current: developing asymmetry (arrow). (C) Spot compression. (D) Ultrasound, radial view.

Pearl: Invasive lobular carcinoma often presents as a subtle asymmetry or distortion rather than a mass, because tumour cells infiltrate in single file without forming a discrete lump.
Pitfall: Comparing only with the most recent examination may hide slow growth; compare with the oldest available study.
""")

add(id="t18_12_pakistani_bilateral_cancer", style="Pakistani journal case report (Karachi tertiary hospital, 'lady', 'OPD', 'sonomammography', 'BIRADS-5 in right breast and BIRADS-4C in left breast'); misspelling",
density="c", overall="5", cats="R5 L4C",
find=["mass R p", "skin R p", "skin R p", "ln R p", "calc L p m:fine_pleomorphic d:grouped", "mass L a"],
text="""
Synchronous bilateral breast carcinoma: a case report from a tertiary care hospital in Karachi

Sana Akhtar, Imran Qureshi, Farah Naz
Department of Radiology, Karachi, Pakistan

Introduction
Synchronous bilateral breast cancer is uncommon, accounting for 1-3% of all breast cancers. Careful evaluation of the contralateral breast is essential at the time of diagnosis.

Case presentation
A 52 years old postmenopausal lady presented in surgical OPD with lump in right breast for 4 months. There was no family history of breast cancer. On clinical examination a hard lump was palpable in right upper outer quadrant with peau d'orange; left breast was clinically normal.

Bilateral mammography showed heterogeneously dense breast parenchyma (ACR-C). There was a high density irregular mass with spiculated margins measuring 3.2 x 2.8 cm in the upper outer quadrant of the right breast with overlying skin thickening and nipple retration. Right axillary lymph nodes were enlarged with loss of fatty hilum. In the left breast, a cluster of fine pleomorphic microcalcifications was seen in the upper inner quadrant spanning 1 cm, without associated mass. Sonomammography confirmed a hypoechoic irregular lesion with posterior acoustic shadowing in the right breast at 10 o'clock, corresponding to the mammographic mass. No sonographic abnormality was seen in the left breast. Findings were reported as BIRADS-5 in right breast and BIRADS-4C in left breast.

Ultrasound guided trucut biopsy of the right breast mass revealed invasive ductal carcinoma grade III. Stereotactic biopsy of the left breast microcalcifications showed ductal carcinoma in situ, high nuclear grade. The patient underwent bilateral mastectomy with right axillary clearance after neoadjuvant chemotherapy.

Discussion
Mammographic screening of the contralateral breast picks up a significant number of synchronous cancers, most commonly as microcalcifications.
""")

add(id="t18_13_philippine_case_presentation", style="Philippine radiology department interesting-case presentation ('There is noted', 'is appreciated', presentor), US before mammography, phyllodes; impression line with side and category",
density="c", overall="4B", cats="R4B",
find=["mass R p", "ln R a", "mass L a", "calc B a"],
text="""
DEPARTMENT OF RADIOLOGY - PHILIPPINE GENERAL HOSPITAL
Interesting Case Presentation - Breast Imaging Section
Presentor: Dr. Maria Isabel Santos, 2nd year resident
Consultant: Dr. Ramon de Guzman

Clinical data: 29 y/o G2P2 (2002), palpable mass right breast noted 8 months prior, rapidly enlarging in the last 2 months. No nipple discharge. No family history of breast malignancy.

Ultrasound findings:
There is noted an oval, circumscribed, hypoechoic mass with macrolobulations in the right breast at 9 o'clock, occupying the outer quadrants, measuring 5.1 x 3.4 x 4.0 cm, with internal cystic spaces. Internal vascularity is appreciated on color Doppler. No right axillary lymphadenopathy is appreciated.
The left breast shows no solid or cystic mass.

Mammography (CC and MLO views):
The breasts are heterogeneously dense. A large oval mass is seen in the lateral aspect of the right breast corresponding to the sonographic finding. No suspicious calcifications are seen in either breast.

Impression:
Large complex mass, right breast, BI-RADS 4B. Consider phyllodes tumor versus juvenile fibroadenoma.

Histopathology (wide excision): Benign phyllodes tumor, margins free.

Learning points:
1. Rapid growth of a circumscribed mass in a young woman should raise suspicion for phyllodes tumor.
2. Core biopsy cannot always distinguish fibroadenoma from phyllodes tumor; excision with clear margins is the treatment.
""")

add(id="t18_14_argentine_mucinous_case", style="Argentine journal case report, English version ('nodular image', 'union of the upper quadrants', '12 h', 'vascularization'), new mass vs last year's study, benign calcifications both breasts; misspelling",
density="b", overall="4A", cats="L4A",
find=["mass L p", "calc L a", "ad L a", "calc B p"],
text="""
Revista Argentina de Radiologia - Clinical case (English version)

Mucinous carcinoma of the breast simulating a benign nodule

Authors: Dra. Lucia Fernandez, Dr. Martin Gomez - Servicio de Diagnostico por Imagenes, Buenos Aires

A 71-year-old woman attended for her annual check-up mammography. She had no symptoms and no personal history of breast disease.

Imaging findings
Mammography showed breasts with scattered fibroglandular tissue (ACR b). In the left breast, at the union of the upper quadrants, a new oval nodular image of 15 mm with partially circumscribed and partially indistinct margins was observed, not present in the study of the previous year. No microcalcifcations or architectural distortion were associated. Benign-appearing calcifications were seen in both breasts.
The complementary ultrasound showed an isoechoic oval nodule with posterior acoustic enhancement, of 14 mm, at 12 h of the left breast, with some peripheral vascularization on Doppler, corresponding to the mammographic nodule. The left breast lesion was categorized BI-RADS 4A.
Core needle biopsy: pure mucinous (colloid) carcinoma.

Discussion
Pure mucinous carcinoma occurs in older women and has a good prognosis. Because of its circumscribed margins and posterior enhancement it can be mistaken for a fibroadenoma or a complicated cyst; a new or growing circumscribed nodule in a postmenopausal woman must not be dismissed as benign.
""")

add(id="t18_15_qatar_seatbelt_fat_necrosis", style="Gulf (Qatar) journal case report: post-traumatic (seatbelt) findings, fat-containing mass = oil cyst, dystrophic calcifications, skin thickening; diagnosis words only in the title and discussion",
density="a", overall="2", cats="L2",
find=["mass L p", "calc L p m:dystrophic", "skin L p"],
text="""
Seatbelt injury of the breast mimicking malignancy: a case report

Noora Al-Kuwari, Hassan Ibrahim - Department of Clinical Imaging, Doha, Qatar

Introduction
Blunt trauma to the breast from a seatbelt in a road traffic accident can produce findings that mimic carcinoma clinically and on imaging. Knowledge of the history avoids unnecessary biopsy.

Case report
A 45-year-old woman presented with a firm lump in the upper inner left breast noticed 4 months after a road traffic accident in which she was the front-seat passenger. Clinically the lump was hard and mobile; there was faint bruising along the line of the seatbelt.
Diagnostic mammography demonstrated almost entirely fatty breasts (ACR a). In the left breast, along the path of the seatbelt in the upper inner quadrant, there was a 12 mm oval circumscribed fat-containing mass, in keeping with an oil cyst, and nearby a few dystrophic calcifications. There was also skin thickening in the upper inner quadrant. The right breast was unremarkable.
Ultrasound of the left breast showed the oil cyst as an oval mass with an echogenic wall and mobile internal echoes, without internal vascularity.
The findings were classified as BI-RADS 2, left breast, and the patient was reassured and discharged to routine screening.

Discussion
Fat necrosis after trauma evolves over months: initially an ill-defined area of increased density, later oil cysts and coarse or rim calcifications. A linear distribution along the seatbelt path is characteristic and, together with the history, allows confident benign assessment.
""")

add(id="t18_16_irish_paget_case", style="Irish journal case report (symptomatic breast unit, triple assessment): Paget's disease, linear calcifications, nipple retraction + areolar skin thickening, dilated ducts, RCR scores beside BI-RADS",
density="b", overall="5", cats="R5",
find=["calc R p m:fine_pleomorphic d:linear", "skin R p", "skin R p", "mass R a", "other R p"],
text="""
Irish Journal of Medical Science - Case Report

Paget's disease of the nipple with extensive underlying ductal carcinoma in situ

C. O'Sullivan, A. Murphy, D. Walsh
Symptomatic Breast Unit, Cork University Hospital

A 64-year-old woman attended the symptomatic breast clinic with a 3-month history of an itchy, eczematous right nipple that had not responded to topical steroids prescribed by her general practitioner. There was no palpable mass.

Triple assessment: mammography demonstrated scattered fibroglandular density. There were fine pleomorphic microcalcifications in a linear distribution extending 4 cm back from the right nipple, with associated nipple retraction and skin thickening of the areola. No mass was identified in the right breast. Ultrasound of the right breast showed dilated retroareolar ducts with echogenic foci in keeping with the calcifications, and no solid mass. Right axillary ultrasound was normal. The left breast was normal on mammography. The radiological assessment was M5 U3 (RCR) and BI-RADS 5 right.
Punch biopsy of the nipple confirmed Paget's disease; vacuum-assisted biopsy of the calcifications showed high-grade DCIS. She proceeded to right mastectomy and sentinel node biopsy; final histology showed 55 mm of high-grade DCIS without invasion, nodes negative.

Paget's disease is associated with underlying carcinoma in over 90% of cases, yet mammography is normal in up to half. A normal mammogram therefore should not delay punch biopsy of a persistent nipple rash.
""")

add(id="t18_17_indian_dnb_spotter", style="Indian DNB radiodiagnosis practical-exam spotter answer key (image, findings, diagnosis with 'BIRADS V', marks, viva questions with hypothetical categories) (less common)",
density=None, overall="5", cats="R5",
find=["mass R p", "calc R p m:fine_linear d:segmental", "skin R p", "skin R p", "ln R p"],
text="""
DNB (Radiodiagnosis) Practical Examination - Spotters, Breast Imaging
Answer key prepared by the examiner (for internal use)

Spotter 12
Image: Mammogram, RCC and RMLO views.
Findings:
1. Large, high-density, irregular mass with spiculated margins in the upper outer quadrant of right breast.
2. Associated segmental fine linear branching (casting) calcifications extending towards the nipple.
3. Skin thickening and nipple retraction.
4. Enlarged right axillary lymph nodes with loss of fatty hilum.
Diagnosis: Carcinoma right breast (IDC with extensive intraductal component). BIRADS V, right breast.
Marks: findings 2, diagnosis 1, BIRADS 1 (total 4). Half mark for "carcinoma" without laterality.

Viva questions (if time permits):
Q. If only the calcifications were present, what category? - A. Fine linear branching in segmental distribution is still BIRADS V; grouped amorphous would be IV-B.
Q. Next investigation? - A. USG-guided core biopsy of mass and axillary node; MRI for extent if breast conservation planned.
Q. What is the Tabar pattern? - A. Not applicable for grading this spotter.
""")

add(id="t18_18_spanish_quiz_intramammary_node", style="Spanish journal 'What is your diagnosis?' quiz (English version): growing mass with fatty hilum = intramammary lymph node (one node), side in brackets after the category",
density="c", overall="2", cats="R2",
find=["ln R p", "calc R a"],
text="""
Radiologia - What is your diagnosis? (English version)

A 58-year-old woman was recalled from the regional screening programme because of a lesion in the right breast that had increased in size.

Imaging findings
Mammography: heterogeneously dense breasts (ACR c). In the right breast, upper outer quadrant, posterior third, there is a 9 mm oval mass with a fatty hilum, which has increased in size compared with the study two years earlier (6 mm). No associated microcalcifications.
Ultrasound: at 10 h of the right breast, 7 cm from the nipple, a reniform hypoechoic structure with a 3 mm cortex and an echogenic fatty hilum with hilar vascular flow on Doppler, corresponding to the mammographic mass.

Diagnosis: intramammary lymph node.

Discussion
Intramammary lymph nodes are common in the upper outer quadrant. A fatty hilum and a thin, regular cortex allow a confident benign diagnosis, even when the node has grown slightly, as nodes change size with inflammation elsewhere in the body. Suspicious features are a cortex thicker than 3 mm, loss of the hilum or a round shape. The lesion was classified as BI-RADS 2 (right breast) and the patient returned to biennial screening.
""")

add(id="t18_19_scottish_nes_elearning", style="Scottish NHS e-learning module case (Scottish Breast Screening Programme recall, readers' M scores, M4 U4 only), hypothetical BI-RADS in the learning points: no category",
density=None, overall=None, cats="",
find=["ad L p", "mass L a", "calc L a"],
text="""
NHS Education for Scotland - Breast Imaging e-Learning
Module 4: The assessment clinic - Case 4.2

A 56-year-old woman is recalled from the Scottish Breast Screening Programme with a left-sided abnormality.
Screening reads: first reader L M4; second reader L M3; arbitration: recall.

Assessment:
Tomosynthesis of the left breast shows a 7 mm area of architectural distortion in the upper inner quadrant, without a central mass. No calcification. Ultrasound demonstrates a 6 mm ill-defined hypoechoic area with posterior acoustic shadowing at 10 o'clock, 5 cm from the nipple, corresponding to the distortion. Left axilla normal on ultrasound.
Scores at assessment: M4 U4.
14G core biopsy under ultrasound guidance: tubular carcinoma, grade 1.

Learning points
- Small distortions are often easier to see on tomosynthesis than on 2D views; scroll through the whole stack.
- Tubular carcinoma, radial scar and post-surgical change are the main differential diagnoses of a small distortion.
- In units that use BI-RADS, a distortion like this without a benign explanation would usually be assessed as category 4.

Self-assessment: what would you tell the woman in clinic today? (see model answer on the next page)
""")

add(id="t18_20_south_african_tb_axilla", style="South African journal case report: HIV-associated tuberculous axillary lymphadenitis, no breast lesion, 'BI-RADS 4 (left axilla)', reactive contralateral nodes",
density="c", overall="4", cats="L4",
find=["ln L p", "mass B a", "ad B a", "calc B a", "ln R p"],
text="""
South African Journal of Radiology - Case Report

Tuberculous axillary lymphadenitis presenting as an axillary mass in a woman living with HIV

Authors: N. Dlamini, J. van der Merwe
Department of Diagnostic Radiology, Johannesburg

Introduction
Axillary lymphadenopathy has a broad differential diagnosis. In high-burden settings tuberculosis must be considered alongside metastatic breast cancer and lymphoma.

Patient presentation
A 38-year-old woman living with HIV (CD4 count 210 cells/uL, on antiretroviral therapy for 4 months) presented with a painless left axillary swelling of 2 months' duration, night sweats and weight loss.

Imaging findings
Mammography showed heterogeneously dense breasts. Multiple enlarged, dense left axillary lymph nodes without fatty hila were seen at the edge of the MLO view. There was no breast mass, distortion or suspicious calcification in either breast. Ultrasound confirmed a conglomerate of matted left axillary lymph nodes, the largest 32 mm, with central necrosis and surrounding oedema; the right axilla showed small reactive nodes with preserved fatty hila. The breast parenchyma was normal on ultrasound. The findings were classified BI-RADS 4 (left axilla) and ultrasound-guided core biopsy was performed.

Management and outcome
Histology showed necrotising granulomatous inflammation; GeneXpert MTB/RIF on the core was positive, rifampicin sensitive. She was started on anti-tuberculous therapy and the nodes had regressed at 3 months.

Conclusion
Tuberculous lymphadenitis, including immune reconstitution after starting antiretroviral therapy, is an important mimic of nodal metastasis in South Africa.
""")
