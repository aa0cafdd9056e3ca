# Teaching / case texts t20_11..t20_20.
ITEMS = []
A = ITEMS.append

A(dict(id="t20_11_austrian_radial_scar", less=False,
style="Austrian journal case (English by Viennese authors, 'black star', synthesized 2D), DBT-only distortion without US correlate, 'BI-RADS 4a was assigned to the left breast'",
overall="4A", cats="L4A", density="c",
findings=["ad L p", "calc L a"],
text="""
Wien Klin Wochenschr - Images in Clinical Medicine

"Black star" on digital breast tomosynthesis: radial scar

Lena Hofer, MD, Markus Gruber, MD, PhD
Division of Molecular and Structural Preclinical Imaging / Breast Imaging Unit, Department of Biomedical Imaging and Image-guided Therapy, Medical University of Vienna, Austria

A 51-year-old woman attended the Austrian breast cancer early detection programme (Österreichisches Brustkrebs-Früherkennungsprogramm). Digital breast tomosynthesis (DBT) of both breasts was performed; the breast density was ACR C. DBT of the left breast demonstrated a 12-mm architectural distortion with long thin radiating spicules and a central radiolucency ("black star") in the upper outer quadrant (Fig. 1a, arrow), not visible on the synthesized 2D image (Fig. 1b). No associated microcalcifications. Targeted ultrasound showed no correlate. The right breast was unremarkable.

BI-RADS 4a was assigned to the left breast, and DBT-guided vacuum-assisted biopsy (9G, 12 cores) was performed. Histology showed a radial scar (complex sclerosing lesion) without atypia (B3). Following multidisciplinary discussion, vacuum-assisted excision was performed instead of surgery; no upgrade was found.

The central lucency and long spicules are classic for radial scar but do not exclude carcinoma, which may coexist in up to 10% of lesions.

Fig. 1 a DBT slice, left MLO: architectural distortion with central lucency (arrow). b Synthesized 2D image: no visible abnormality.
"""))

A(dict(id="t20_12_moroccan_bilateral_cancer", less=False,
style="Moroccan case report translated from French (Pan African Medical Journal style: 'stellate opacity', 'union of the upper quadrants', 'adenopathies', 'ACR 5 on the right and ACR 4 on the left'), bilateral synchronous cancer",
overall="5", cats="R5 L4", density="c",
findings=["mass R p", "calc R p d:grouped", "ln R p", "calc L p m:fine_pleomorphic d:grouped", "mass L a"],
text="""
Pan African Medical Journal - Case report

Synchronous bilateral breast cancer: about a case and review of the literature

Salma El Idrissi1,&, Youssef Bennani1, Nadia Alaoui2
1Service de Radiologie, Centre Hospitalier Universitaire Ibn Rochd, Casablanca, Morocco, 2Service d'Anatomie Pathologique, CHU Ibn Rochd, Casablanca, Morocco
&Corresponding author

Abstract
Synchronous bilateral breast cancer is rare, representing 1 to 3% of breast cancers. We report the case of a 58-year-old patient in whom the contralateral cancer was discovered on the initial staging mammography.

Patient and observation
A 58-year-old patient, menopausal for 6 years, without family history, consulted for a nodule of the right breast evolving for 5 months. The clinical examination found a hard nodule of 3 cm at the union of the upper quadrants of the right breast with a homolateral mobile axillary adenopathy; the left breast was normal on palpation.

The mammography showed breasts of density type c (heterogeneously dense). In the right breast a stellate opacity of 25 mm at the union of the upper quadrants, associated with clustered microcalcifications. In the left breast, a cluster of fine pleomorphic microcalcifications of 12 mm in the upper outer quadrant, without associated opacity. The breast ultrasound objectified a hypoechoic irregular mass of 27 mm with posterior attenuation in the right breast at 12 h, and right axillary adenopathies, the largest of 15 mm with loss of the fatty hilum. No sonographic lesion was found in the left breast. The lesions were classified ACR 5 on the right and ACR 4 on the left.

Micro-biopsy of the right mass found an invasive carcinoma of no special type, grade II of SBR; stereotactic macrobiopsy of the left microcalcifications found a ductal carcinoma in situ of intermediate grade. The patient underwent bilateral mastectomy with right axillary dissection.

Discussion
The incidence of synchronous bilateral cancer varies according to the series. Systematic bilateral mammography at diagnosis, and MRI when available, is recommended to search for a contralateral lesion.

Conclusion
Careful analysis of the contralateral breast is mandatory in every patient with breast cancer.
"""))

A(dict(id="t20_13_whatsapp_group_export", less=True,
style="Indian radiologists' WhatsApp group chat export (timestamps, '<attached: ...>', shorthand, other members' opinions), the reporting radiologist's 'Reported as BIRADS 5 Rt' (less common)",
overall="5", cats="R5", density="b",
findings=["mass R p", "calc R p", "ln R p", "skin R a"],
text="""
[12/03/25, 9:14:22 PM] Dr Anil Mehta Rad: Interesting case frnds. 52F, c/o Rt breast lump 2 mnths. MMG + USG done today
[12/03/25, 9:14:40 PM] Dr Anil Mehta Rad: <attached: 00000412-PHOTO-2025-03-12-21-14-40.jpg>
[12/03/25, 9:14:41 PM] Dr Anil Mehta Rad: <attached: 00000413-PHOTO-2025-03-12-21-14-41.jpg>
[12/03/25, 9:15:55 PM] Dr Anil Mehta Rad: Density B. Rt UOQ irregular hypoechoic lesion 2.1x1.8 cm, taller than wide, angular margins, post acoustic shadowing. Few micro calcs within. Rt axillary LN 1.2 cm with thick cortex. Lt breast clear
[12/03/25, 9:18:03 PM] Dr Sneha Kulkarni: Classic. BIRADS 5 for sure 👍
[12/03/25, 9:19:30 PM] Dr Rajiv Menon (Kochi): I wud say 4C, need bx anyway. Any skin thickening?
[12/03/25, 9:21:12 PM] Dr Anil Mehta Rad: No skin thickening Rt, nipple normal
[12/03/25, 9:22:45 PM] Dr Priya Iyer: Elastography done? Strain would be hard
[12/03/25, 9:23:10 PM] Dr Anil Mehta Rad: Not done sir, machine not having
[12/03/25, 9:25:02 PM] Dr Rajiv Menon (Kochi): Ok 5 also fine. Pls update HPE
[19/03/25, 6:02:47 PM] Dr Anil Mehta Rad: Update - Reported as BIRADS 5 Rt. USG guided bx done, HPE came IDC gr II, ER/PR +ve. Thanks all 🙏
[19/03/25, 6:05:11 PM] Dr Sneha Kulkarni: 👏👏
"""))

A(dict(id="t20_14_bangladesh_intracystic_papillary", less=False,
style="Bangladeshi journal case report (Dhaka; 'sonomammography', 'BIRADS-4B (left)'), complex cystic mass, benign calcifications right, unsided 'No axillary lymphadenopathy' on a bilateral exam",
overall="4B", cats="L4B", density="a",
findings=["mass L p", "calc L a", "calc R p", "ln B a"],
text="""
Bangladesh Med Res Counc Bull - Case Report

Intracystic Papillary Carcinoma of Breast in an Elderly Woman: A Case Report

Farhana Akter1, Md. Mahbubur Rahman2, Nusrat Jahan3
1Assistant Professor, Department of Radiology and Imaging, Bangabandhu Sheikh Mujib Medical University (BSMMU), Dhaka; 2Associate Professor, Department of Surgery, BSMMU; 3Medical Officer, Department of Pathology, BSMMU

Abstract: Intracystic papillary carcinoma is a rare variant of breast carcinoma, usually seen in elderly postmenopausal women. We report a case in a 72 years old lady presenting with a left subareolar lump.

Case report: A 72 years old postmenopausal lady, para 5, presented in the surgery OPD with a painless lump in the left breast behind the nipple for 1 year, which had recently increased in size. There was occasional blood stained nipple discharge.

Sonomammography was done. Both breasts were predominantly fatty (ACR A). Mammography revealed a round, circumscribed, high density mass in the left retroareolar region without microcalcification. The right breast showed a few benign calcifications. On ultrasonography, a well-defined complex cystic lesion with a solid mural component was seen in the left breast at 12 o'clock subareolar region, measuring 3.5 x 3.0 cm; the solid component showed internal vascularity on colour Doppler. No axillary lymphadenopathy. Impression was given as complex cystic and solid mass, BIRADS-4B (left).

Ultrasound guided core biopsy was done from the solid component, and histopathology revealed papillary neoplasm. Wide local excision was done and the final histopathology showed intracystic (encapsulated) papillary carcinoma without invasion.

Discussion: Intracystic papillary carcinoma accounts for 0.5-2% of breast cancers. On ultrasound a complex cystic and solid mass with a vascular solid component is typical. Core biopsy may underestimate invasion, so excision is required.
"""))

A(dict(id="t20_15_lebanese_inflammatory_cancer", less=False,
style="Lebanese journal case report (Beirut university medical center): inflammatory carcinoma, global asymmetry, segmental pleomorphic calcifications, skin thickening and edema, US mass not seen on mammography, 'BI-RADS 5 right, BI-RADS 1 left'",
overall="5", cats="R5 L1", density="c",
findings=["skin R p", "asym R p", "calc R p m:fine_pleomorphic d:segmental", "ln R p", "mass R p"],
text="""
Lebanese Medical Journal - Case Report

Inflammatory breast carcinoma mistaken for mastitis: imaging clues

Rana Khoury, MD, Georges Haddad, MD, Maya Saab, MD
Department of Diagnostic Radiology, American University of Beirut Medical Center, Beirut, Lebanon

A 47-year-old woman was treated by her family physician for three weeks with two courses of antibiotics for a red, warm and swollen right breast, without improvement. She was referred to our department for imaging.

Bilateral digital mammography showed heterogeneously dense breasts (ACR C). There was diffuse skin thickening and edema of the right breast, measuring 8 mm compared with 2 mm on the left, with a global asymmetry of the right breast. Fine pleomorphic microcalcifications in a segmental distribution were seen in the lower outer quadrant of the right breast. Several enlarged right axillary lymph nodes with loss of the fatty hilum were present, the largest measuring 2.8 cm.

Ultrasound confirmed the skin thickening with subcutaneous edema and dilated dermal lymphatics. An irregular hypoechoic mass with indistinct margins, measuring 3.4 cm, was seen at 7 o'clock in the right breast, not clearly seen on mammography because of the dense tissue. The left breast was normal on both modalities.

The final assessment was BI-RADS 5 right, BI-RADS 1 left. Ultrasound-guided biopsy of the mass and punch biopsy of the skin showed invasive ductal carcinoma with dermal lymphatic invasion. PET-CT showed no distant metastases, and the patient started neoadjuvant chemotherapy.

Teaching point: A "mastitis" that does not respond to antibiotics within 1-2 weeks must be imaged and biopsied to exclude inflammatory carcinoma.
"""))

A(dict(id="t20_16_belgian_milk_of_calcium", less=False,
style="Belgian JBSR 'Images in clinical radiology' (Flemish screening recall, magnification CC and 90-degree lateral 'teacup'), milk of calcium in clustered microcysts, 'No solid lesion', 'BI-RADS 2 in the left breast'",
overall="2", cats="L2", density="b",
findings=["calc L p m:milk_of_calcium d:regional", "mass L p", "mass L a"],
text="""
Journal of the Belgian Society of Radiology - Images in Clinical Radiology

Teacups in the breast: milk of calcium

Eline Vermeulen, MD, Pieter De Smet, MD
Department of Radiology, AZ Sint-Jan Brugge-Oostende AV, Brugge, Belgium

A 49-year-old woman was recalled from the Flemish breast cancer screening programme (Bevolkingsonderzoek Borstkanker) because of new calcifications in the left breast. The breasts showed scattered fibroglandular densities (ACR b).

Magnification views were obtained. On the craniocaudal view (Figure 1A) the calcifications in the upper outer quadrant of the left breast appear smudgy and round, in a regional distribution over about 4 cm. On the 90-degree mediolateral view (Figure 1B) they layer dependently, forming crescent-shaped, "teacup" calcifications. These are milk of calcium calcifications, sedimenting within small cysts. Ultrasound of the area showed multiple clustered microcysts, the largest 3 mm (Figure 2). No solid lesion.

Assessment: BI-RADS 2 in the left breast; the patient was returned to the screening programme.

Comment: Milk of calcium is a typically benign calcification. The key is the change in shape between the CC view (round, smudgy) and the true lateral view (linear, meniscus or teacup). Correct recognition avoids unnecessary biopsy.
"""))

A(dict(id="t20_17_nigerian_grand_rounds_slides", less=False,
style="Nigerian teaching hospital (Ibadan) radiology grand rounds slides turned into text ([Slide n], bullets, 'USS', 'Rt/Lt', '?phyllodes'), bilateral masses, categories per side on one line; misspelling",
overall="4A", cats="R3 L4A", density=None,
findings=["mass R p", "mass R p", "mass L p", "ln B a"],
text="""
[Slide 1]
DEPARTMENT OF RADIOLOGY, UNIVERSITY COLLEGE HOSPITAL, IBADAN
Radiology Grand Rounds
"Bilateral breast masses in a young woman"
Presented by Dr. O. Adeyemi (Senior Registrar)   Supervisor: Dr. F. O. Akinola (Consultant Radiologist)

[Slide 2] CLINICAL HISTORY
- 27 year old trader, nulliparous
- Bilateral breast lumps x 1 year; Lt lump rapidly increasing x 3/12
- No nipple discharge, no weight loss
- Sister had "breast lump" excised at 30

[Slide 3] INVESTIGATION
- Breast USS (high-frequency linear probe)
- Mammography not done (age < 35, dense breasts)

[Slide 4] BREAST USS FINDINGS
- Rt breast: 2 well defined oval hypoechoic masses
  - 10 o'clock: 3.2 x 2.1 cm, wider than tall, posterior enhancement
  - 7 o'clock: 1.8 x 1.2 cm, similar features
- Lt breast: 4.5 x 3.8 cm lobulated mass at 2 o'clock with internal cystic spaces and increased vascularity
- No axillary lymphadenopaty bilaterally

[Slide 5] IMPRESSION
- Bilateral breast masses: Rt - likely fibroadenomas, BIRADS 3; Lt - ? phyllodes tumour, BIRADS 4A

[Slide 6] DIFFERENTIAL DIAGNOSES
- Fibroadenoma (juvenile / giant)
- Phyllodes tumour
- Tubular adenoma
- Breast carcinoma (less likely at this age)

[Slide 7] OUTCOME
- Trucut biopsy Lt breast: fibroepithelial lesion, ? phyllodes
- Wide local excision: benign phyllodes tumour, margins clear
- Rt breast masses: on 6-monthly USS follow-up

[Slide 8] LEARNING POINTS
- A rapidly enlarging "fibroadenoma" should be biopsied
- USS is the first-line imaging modality below 35 years
- BIRADS 3 lesions need follow-up at 6 months, 1 and 2 years
"""))

A(dict(id="t20_18_oman_squmj_quiz", less=False,
style="Omani journal clinical quiz (SQUMJ-style: questions, then answers with numbered findings), left mammogram only, unsided 'classified as BI-RADS 4C' on a one-breast exam, generic comment",
overall="4C", cats="L4C", density="c",
findings=["mass L p", "calc L a", "ln L p"],
text="""
Sultan Qaboos University Med J - Clinical Quiz

A Rapidly Growing Breast Mass in a 61-Year-Old Woman

Aisha Al-Balushi,1 Khalid Al-Rawahi,1 Muna Al-Hinai2
1Department of Radiology & Molecular Imaging, Sultan Qaboos University Hospital, Muscat, Oman; 2Department of Pathology, Sultan Qaboos University Hospital

A 61-year-old woman presented to the breast clinic with a left breast mass that had grown rapidly over two months. There was no nipple discharge. A diagnostic mammogram of the left breast (Figure 1) and a targeted ultrasound (Figure 2) were performed.

Questions
1. What are the imaging findings?
2. What is the most likely diagnosis?

Answers
1. The left mammogram (mediolateral oblique and craniocaudal views) shows a heterogeneously dense breast with a large, 6-cm, high-density, round mass in the upper outer quadrant. Its margins are partly circumscribed and partly indistinct. No calcifications are seen. Ultrasound shows a complex solid and cystic mass with thick irregular walls and internal vascularity. A left axillary lymph node measuring 2 cm with loss of the fatty hilum is also seen. The lesion was classified as BI-RADS 4C.
2. Metaplastic carcinoma of the breast (confirmed on core biopsy: spindle cell and squamous differentiation, triple negative).

Comment
Metaplastic carcinoma accounts for less than 1% of breast cancers. It often appears as a large, round or oval, partly circumscribed mass without calcifications, and may be mistaken for a benign lesion and classified as BI-RADS 3. A complex cystic and solid pattern on ultrasound, caused by necrosis, and rapid growth are clues to the diagnosis.
"""))

A(dict(id="t20_19_cameroon_bilingual_case", less=True,
style="Cameroonian bilingual journal case (Health Sciences and Disease: French 'Résumé' and English 'Abstract' of the same case, then English text), breast lymphoma, 'classée ACR 4' / 'BI-RADS 4' (less common)",
overall="4", cats="L4", density="b",
findings=["mass L p", "calc L a", "ln B p"],
text="""
Health Sci. Dis. - Cas Clinique / Case Report

Lymphome malin non hodgkinien primitif du sein : à propos d'un cas à Yaoundé
Primary non-Hodgkin lymphoma of the breast: a case report from Yaoundé

Ngo Nonga B.1, Mbarga Essomba J.2, Tchana Fotso A.1
1Service de Radiologie, Hôpital Général de Yaoundé, Cameroun; 2Service d'Anatomie Pathologique, Hôpital Général de Yaoundé

RÉSUMÉ
Nous rapportons le cas d'une patiente de 49 ans consultant pour une masse du sein gauche. La mammographie a montré des seins de densité type b et une opacité ronde de 45 mm du quadrant supéro-externe du sein gauche, sans microcalcifications. L'échographie a retrouvé une masse hypoéchogène avec renforcement postérieur et vascularisation interne, et des adénopathies axillaires bilatérales. La lésion a été classée ACR 4. La biopsie a conclu à un lymphome B diffus à grandes cellules.
Mots-clés : lymphome, sein, mammographie, Cameroun

ABSTRACT
We report the case of a 49-year-old patient presenting with a left breast mass. Mammography showed breasts of density type b and a 45 mm round opacity in the upper outer quadrant of the left breast, without microcalcifications. Ultrasound found a hypoechoic mass with posterior enhancement and internal vascularity, and bilateral axillary adenopathies. The lesion was classified BI-RADS 4. Biopsy concluded to a diffuse large B-cell lymphoma.
Keywords: lymphoma, breast, mammography, Cameroon

CASE PRESENTATION
A 49-year-old woman, HIV negative, consulted for a painless left breast mass that had grown over three months, without fever or night sweats. Bilateral mammography and breast ultrasound were performed at the Hôpital Général de Yaoundé. The left breast opacity was round, partly circumscribed and partly indistinct, without calcifications or spiculations. On ultrasound the mass was hypoechoic, measured 47 x 38 mm, with posterior acoustic enhancement and internal vascularity on colour Doppler. Enlarged axillary lymph nodes were found on both sides, oval, with thickened cortex, the largest 22 mm on the left. The right breast showed no lesion. Ultrasound-guided core biopsy and immunohistochemistry (CD20+) confirmed diffuse large B-cell lymphoma. The patient was referred to haematology for R-CHOP chemotherapy.

DISCUSSION
Primary breast lymphoma represents less than 1% of breast malignancies. The absence of spiculations and microcalcifications, with posterior enhancement on ultrasound, are suggestive but not specific.
"""))

A(dict(id="t20_20_project_echo_case_summary", less=False,
style="US tele-mentoring (Project ECHO breast-health clinic) case summary written by the faculty breast radiologist: rural mobile screening BI-RADS 0 earlier, diagnostic work-up BI-RADS 3 right, asymmetry with US mass correlate (one asymmetry), hypothetical 4A",
overall="3", cats="R3", density="b",
findings=["asym R p"],
text="""
Project ECHO - Breast Health & Cancer Screening TeleECHO Clinic
Session 42 - Case Summary and Recommendations (de-identified)
Presenting clinician: FNP, rural community health center (northern New Mexico)
Faculty: breast imaging radiologist (author of this summary), breast surgeon, community health worker

Case: 58-year-old woman, no personal or family history of breast cancer, first mammogram in 6 years; obtained through the mobile mammography van.

Imaging course:
- 11/2025 Screening mammogram (mobile unit): read as BI-RADS 0, right breast, for a possible asymmetry in the upper outer quadrant. Left breast negative.
- 12/2025 Diagnostic work-up at the regional hospital: breast composition scattered areas of fibroglandular density (B). Spot compression views showed that the focal asymmetry in the right upper outer quadrant persisted. Targeted ultrasound at right 11:00, 4 cm from the nipple, showed a 7 mm oval, circumscribed, parallel hypoechoic mass that correlates with the asymmetry. Final assessment: BI-RADS 3, right breast, probably benign; 6-month follow-up right diagnostic mammogram and ultrasound recommended.

Question from the presenter: The patient lives 2.5 hours away and is anxious. Is it reasonable to biopsy now instead of waiting?

Faculty recommendations:
1. The work-up findings are typical of a probably benign lesion (likely fibroadenoma); we agree with BI-RADS 3 and short-interval follow-up.
2. Biopsy on patient preference is acceptable; if the mass enlarged by more than 20% in diameter at follow-up it would be upgraded to BI-RADS 4A and biopsied.
3. Coordinate the 6-month follow-up with the mobile unit schedule; the community health worker to assist with transport.
"""))
