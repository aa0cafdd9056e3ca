# Teaching / case texts t20_01..t20_10. Codes: see common.py / README.
ITEMS = []
A = ITEMS.append

A(dict(id="t20_01_nepal_dcis_case", less=False,
style="Nepalese journal case report (Kathmandu teaching hospital, 'OPD', 'sonomammography'), segmental fine linear calcifications, dilated ducts; misspelling",
overall="4C", cats="L4C", density="c",
findings=["calc L p m:fine_linear,fine_pleomorphic d:segmental", "mass L a", "ad L a", "other L p", "ln B p"],
text="""
CASE REPORT

Extensive Ductal Carcinoma in Situ Presenting as Bloody Nipple Discharge: A Case Report

Sunita Shrestha,1 Bikash Adhikari,1 Pramila Thapa Magar2
1Department of Radiodiagnosis and Imaging, Tribhuvan University Teaching Hospital, Maharajgunj, Kathmandu, Nepal
2Department of Pathology, Tribhuvan University Teaching Hospital, Kathmandu, Nepal

ABSTRACT
Ductal carcinoma in situ commonly presents as mammographically detected microcalcifications. We report a 46-year-old woman with bloody nipple discharge in whom mammography showed segmental microcalcifications. Keywords: breast; ductal carcinoma in situ; mammography; nipple discharge.

INTRODUCTION
Breast cancer is the second most common cancer among Nepalese women and most patients present at a late stage. Screening mammography is not widely available outside the Kathmandu valley.

CASE REPORT
A 46-year-old premenopausal woman presented to surgery OPD with bloody discharge from the left nipple of three months duration. There was no palpable lump and no axillary swelling. She had no family history of breast cancer.

Bilateral mammography (craniocaudal and mediolateral oblique views) showed heterogeneously dense breasts (ACR category C). Fine linear and fine pleomorphic microcalcifications in a segmental distribution were seen in the upper outer quadrant of the left breast, extending towards the nipple and spanning approximately 6.5 cm. No associated mass or architecural distortion was seen. The right breast was normal.

Sonomammography revealed dilated ducts in the left retroareolar region with echogenic foci within them, corresponding to the calcifications. Few lymph nodes with preserved fatty hila were seen in both axillae.

The left breast lesion was categorised as BI-RADS 4C. Stereotactic vacuum assisted biopsy was performed at a private centre and histopathology showed high grade ductal carcinoma in situ with comedonecrosis. The patient underwent left mastectomy with sentinel lymph node biopsy, which was negative.

DISCUSSION
Calcifications of fine linear branching morphology in a linear or segmental distribution are classically associated with DCIS and are usually assigned BI-RADS 4C or 5. Nipple discharge that is bloody, spontaneous and from a single duct should always be investigated with imaging.

CONCLUSION
Mammography should be performed in women above 40 years presenting with bloody nipple discharge even when no lump is palpable.
"""))

A(dict(id="t20_02_brazil_iconographic_essay", less=False,
style="Brazilian 'iconographic essay' (Radiologia Brasileira English version): generic introduction, Figure 1 / Figure 2 legends of one patient, diabetic mastopathy, 'BI-RADS 4A bilaterally'",
overall="4A", cats="R4A L4A", density="d",
findings=["asym R p", "calc R a", "asym L p"],
text="""
Iconographic Essay

Diabetic mastopathy: imaging findings that mimic breast carcinoma

Mastopatia diabética: achados de imagem que simulam carcinoma de mama

Ana Carolina Ferreira Lima, Rodrigo Mendes Barbosa, Luciana Tavares de Souza
Serviço de Diagnóstico por Imagem, Hospital das Clínicas, Universidade Federal de Minas Gerais, Belo Horizonte, MG, Brazil

INTRODUCTION
Diabetic mastopathy (lymphocytic mastitis) is an uncommon benign fibroinflammatory condition of the breast that occurs in women with long-standing, mostly type 1, insulin-dependent diabetes mellitus. On mammography it usually presents as an asymmetry or as an ill-defined area of increased density in dense breasts; on ultrasound, as a hypoechoic area with marked posterior acoustic shadowing. Because these features overlap with those of carcinoma, percutaneous biopsy is usually required.

CASE
A 41-year-old woman with type 1 diabetes mellitus diagnosed at 12 years of age, with retinopathy and nephropathy, presented with firm, painless areas in both breasts.

Figure 1. A: Mammography, mediolateral oblique view of the right breast, showing a focal asymmetry in the upper outer quadrant (arrow) in an extremely dense breast (ACR category D), with no microcalcifications. B: Ultrasound at the site shows an irregular hypoechoic area with indistinct margins and marked posterior acoustic shadowing (arrowheads), without internal flow on Doppler, corresponding to the asymmetry.

Figure 2. Same patient, same examination. C: Craniocaudal view of the left breast showing a smaller focal asymmetry in the retroareolar region (arrow). D: Ultrasound of the left breast showing a similar hypoechoic area with posterior shadowing (arrowheads).

The findings were classified as BI-RADS 4A bilaterally, and ultrasound-guided core biopsy of both areas (14G) showed dense keloid-like stromal fibrosis with perilobular and perivascular lymphocytic infiltrate, consistent with diabetic mastopathy.

CONCLUSION
In a young woman with long-standing insulin-dependent diabetes, bilateral asymmetries with marked posterior shadowing on ultrasound should raise the possibility of diabetic mastopathy. Biopsy is still needed, but once the diagnosis is established, recurrent lesions may be followed.
"""))

A(dict(id="t20_03_polish_ilc_dbt", less=False,
style="Polish Journal of Radiology case report (English by Polish authors): DBT-only distortion with US correlate (one distortion), thickened-cortex node, right 'without changes'",
overall="4C", cats="L4C", density="b",
findings=["ad L p", "calc L a", "ln L p"],
text="""
Pol J Radiol, Case Report

Invasive lobular carcinoma visible only on digital breast tomosynthesis - a case report

Katarzyna Nowakowska(A,B,E), Tomasz Wiśniewski(B,D), Magdalena Zielińska-Kowal(A,F)
Department of Radiology, Medical University of Gdańsk, Poland

Background
Invasive lobular carcinoma (ILC) accounts for 5-15% of invasive breast cancers and is notoriously difficult to detect on full-field digital mammography (FFDM) because of its diffuse growth pattern.

Case report
A 57-year-old asymptomatic woman was referred from the population screening programme after a screening examination performed on a mobile unit had been read as requiring further assessment. Diagnostic FFDM with digital breast tomosynthesis (DBT) of both breasts was performed in our department. The breasts showed scattered areas of fibroglandular density (ACR category b). FFDM was interpreted as unremarkable. On DBT slices of the left breast an architectural distortion measuring 14 mm was seen in the upper outer quadrant, at the depth of the middle third. No microcalcifications were associated with it. The right breast was without changes.

Targeted ultrasound of the left breast at 2 o'clock, 6 cm from the nipple, showed a poorly defined hypoechoic area with angular margins and posterior acoustic shadowing, measuring 12 x 9 mm, which corresponded to the distortion seen on DBT. A single left axillary lymph node with a cortex thickened to 4 mm was found; the right axilla was normal.

The left breast lesion was classified as BI-RADS 4C. Ultrasound-guided core-needle biopsy (14G, four cores) revealed invasive lobular carcinoma, grade 2, ER+, PR+, HER2-. Fine-needle aspiration of the axillary node showed metastatic cells. Pre-operative breast MRI showed the tumour to be larger than expected (24 mm) with no additional lesions. The patient was qualified for breast-conserving surgery with axillary dissection.

Discussion
DBT reduces tissue overlap and improves the conspicuity of architectural distortion, the most frequent presentation of ILC. Distortion seen only on DBT has a positive predictive value for malignancy reported between 21% and 60%, and ultrasound correlation should always be sought.

Conclusions
Architectural distortion detected only on DBT should be evaluated with targeted ultrasound and biopsied if a correlate is found.
"""))

A(dict(id="t20_04_bc_screening_audit_spreadsheet", less=True,
style="Canadian provincial screening-programme interval-cancer audit, rows pasted from a spreadsheet (tab columns), one client's three exams, per-side BI-RADS column",
overall="5", cats="R5 L1", density="c",
findings=["mass R p", "calc R a", "ln R p", "calc L a"],
text="""
BC Cancer Breast Screening - Radiology Audit Committee
Interval / screen-detected cancer review, Q3 case list (excerpt, pasted from audit workbook)
Reviewer: Dr. J. MacLeod, FRCPC (breast imaging)   Review type: informed (diagnosis known)

Client ID: 7731-0458    Age at dx: 63    Family hx: none    Dense breast notification: yes

Exam date	Exam	Site	Density	Side	Finding (as reviewed)	Calcs	Nodes	BI-RADS	Outcome
2022-05-11	Screen 2D	Kelowna mobile	C	R	Focal asymmetry R UOQ posterior - retrospectively visible, minimal signs	none	-	1 (both)	Normal result letter
2022-05-11	Screen 2D	Kelowna mobile	C	L	Negative	none	-	1	-
2024-06-03	Screen 2D	Kelowna mobile	C	R	Mass R UOQ 14 mm, irregular, at site of 2022 asymmetry	none	-	0 (R)	Abnormal - referred
2024-06-03	Screen 2D	Kelowna mobile	C	L	Negative	none	-	1 (L)	-
2024-06-21	Dx mammo + US	KGH Breast Health	C	R	Irregular mass R 10:00 6 cmFN 16 mm, spiculated, US correlate 15 mm non-parallel	none	R axillary node cortex 5 mm	5 (R)	US core bx: IDC gr 2; FNA node +
2024-06-21	Dx mammo + US	KGH Breast Health	C	L	Negative	-	-	1 (L)	-

Committee comment: 2022 screen - minimal signs (asymmetry in retrospect = site of later cancer). Not an interval cancer (screen-detected at next round). Classification: screen-detected, prior minimal signs. No reader feedback required beyond the standard minimal-signs letter.
Learning point: posterior asymmetries seen on one view only are easy to dismiss on a mobile unit without priors.
"""))

A(dict(id="t20_05_mumbai_breast_dmg_minutes", less=False,
style="Indian tertiary cancer centre (Mumbai) breast DMG joint-clinic minutes, telegraphic ('Lt UOQ', 'microcalc', 'NAD', 'BIRADS 5 Lt / BIRADS 1 Rt', 'NACT')",
overall="5", cats="L5 R1", density="c",
findings=["mass L p", "calc L p m:fine_pleomorphic", "ln L p", "skin L p", "skin L a"],
text="""
BREAST DISEASE MANAGEMENT GROUP (DMG) - JOINT CLINIC MINUTES
Wednesday 14/01/2026, 2.30 pm, Seminar Room 3, Main Building
Chair: Dr. S. Deshpande (Surgical Oncology)   Present: Surg Onc, Med Onc, Rad Onc, Radiology (Dr. R. Kulkarni), Pathology (Dr. A. Nair), nursing

Case 7 - Mrs. P. S., 38F, CR No. 2025/118432, from Nashik
Hx: Lt breast lump x 4 mo, progressively increasing. No nipple discharge. P2L2, LMP 10 days back. No FHx.
O/E (Surg): 4 x 3 cm hard lump Lt UOQ, skin tethering, Lt axillary nodes palpable, mobile. Rt breast/axilla NAD.

Imaging (Dr. Kulkarni):
- MMG + USG (outside, Nashik, 02/01/26) reviewed + repeat USG here 09/01/26.
- ACR C.
- Lt UOQ irregular spiculated mass 3.2 cm with pleomorphic microcalc within it.
- Skin thickening over the lump. No nipple retraction.
- Lt axilla: 2 LN with thick cortex and loss of fatty hilum, largest 1.8 cm.
- Rt breast: NAD.
- BIRADS 5 Lt / BIRADS 1 Rt.
- CT thorax/abdomen (staging): no mets.

Path (Dr. Nair): CNB Lt breast - IDC grade III, ER neg, PR neg, HER2 3+ (IHC), Ki67 60%. FNAC Lt axillary node - positive for metastatic carcinoma.

Discussion: cT2 N1 M0, HER2 enriched. Eligible for NACT (TCHP x 6). Clip to be placed in tumour and in biopsied node before NACT (radiology to schedule). Re-image (MMG + USG) after 3 cycles. Genetic counselling offered (age < 40).

Decision: 1. Clip placement tumour + node. 2. NACT - Med Onc. 3. Review in DMG after 6 cycles for surgical plan (BCS vs MRM).
Minutes recorded by: Dr. K. Joshi (Fellow, Breast Services)
"""))

A(dict(id="t20_06_scottish_medicolegal_expert", less=True,
style="Scottish medico-legal expert report by a consultant breast radiologist: quoted original 2022 screening report ('no significant abnormality'), hypothetical 'would have been BI-RADS 0', own BI-RADS 5 of the 2024 images, RCR scores (less common)",
overall="5", cats="L5", density="b",
findings=["mass L p", "ln L p", "calc L a"],
text="""
PRIVATE AND CONFIDENTIAL - PREPARED FOR THE COURT

EXPERT REPORT ON BREAST IMAGING
In the matter of: Mrs. E. M. v. [Health Board]
Instructed by: Messrs Anderson Strathern LLP, Edinburgh (for the Pursuer)
Expert: Dr. F. A. Robertson, MB ChB, FRCR, Consultant Breast Radiologist (retired from NHS practice 2023)
Date of report: 9 February 2026

1. Instructions
1.1 I have been asked to give an opinion on whether the screening mammogram of 17 March 2022 was reported to a reasonable standard, and on the appearances at the symptomatic assessment of 4 April 2024.

2. Documents and images reviewed
2.1 Digital screening mammograms (4 views) of 17 March 2022, Scottish Breast Screening Programme, and the original screening report.
2.2 Symptomatic mammograms and ultrasound images of 4 April 2024 and the clinic report.
2.3 Histopathology report of 12 April 2024.

3. The original screening report (quoted)
3.1 The report of 17 March 2022 reads in full: "Both breasts: no significant abnormality. Double read, no arbitration. Result: normal - routine recall 3 years."

4. My review of the 2022 mammograms
4.1 The breasts are of scattered fibroglandular density, equivalent to BI-RADS density category b.
4.2 In the upper outer quadrant of the left breast, seen on the MLO view only, there is a subtle area of architectural distortion approximately 8 mm in size, posteriorly. In my opinion this is the site at which the carcinoma was diagnosed in 2024.
4.3 In my opinion a reasonable body of screening readers would have recalled this appearance for assessment; in BI-RADS terms it would have been assessed as BI-RADS 0 (incomplete, needs additional imaging). I accept that a proportion of competent readers would not have identified it.

5. My review of the 2024 symptomatic imaging
5.1 The mammograms of 4 April 2024 show an irregular spiculated mass of 22 mm in the upper outer quadrant of the left breast at the site of the 2022 distortion. There is no associated microcalcification.
5.2 On ultrasound the mass is hypoechoic, irregular and non-parallel, measuring 24 mm, at 2 o'clock. A left axillary lymph node with a cortex of 6 mm is present.
5.3 The clinic scored these appearances M5 U5. In my opinion the 2024 appearances are BI-RADS 5 (highly suggestive of malignancy) in the left breast.

6. Opinion
6.1 On the balance of probabilities the 2022 screening report fell below the standard of a reasonably competent screening reader.
6.2 Had recall occurred in 2022, the lesion would probably have measured under 10 mm and the axilla would probably have been negative. I defer to an oncological expert on prognosis.

Statement of truth: I confirm that the facts stated in this report are within my own knowledge and the opinions are my own.
F. A. Robertson
"""))

A(dict(id="t20_07_ethiopian_juvenile_fa", less=False,
style="Ethiopian journal case report (Addis Ababa), ultrasound only, adolescent: giant mass right, two small nodules left with own clock/size, 'BI-RADS 4A for the right breast mass' / 'BI-RADS 3 for the left breast nodules'",
overall="4A", cats="R4A L3", density=None,
findings=["mass R p", "mass L p", "mass L p", "ln R p"],
text="""
Ethiop J Health Sci. Case Report

Giant Juvenile Fibroadenoma in a 15-Year-Old Girl: A Case Report and Review of the Literature

Meron Tesfaye1*, Dawit Alemu2, Hanna Girma1
1Department of Radiology, School of Medicine, College of Health Sciences, Addis Ababa University, Addis Ababa, Ethiopia
2Department of Surgery, Tikur Anbessa Specialized Hospital, Addis Ababa, Ethiopia
*Corresponding author

BACKGROUND: Giant juvenile fibroadenoma is a rare variant of fibroadenoma that occurs in adolescent girls, grows rapidly and may exceed 5 cm or 500 g.

CASE DETAILS: A 15-year-old girl presented to the surgical outpatient department with a rapidly growing swelling of the right breast of six months duration. On examination the right breast was markedly enlarged with stretched shiny skin and dilated superficial veins; a firm, mobile, non-tender mass occupied almost the whole breast.

Because of her age, mammography was not done. Ultrasound of both breasts showed a large oval, well circumscribed, hypoechoic mass with a parallel orientation occupying most of the right breast, measuring 11.2 x 9.4 cm, with internal septations and moderate internal vascularity on colour Doppler. In the left breast two small oval hypoechoic nodules were seen, at 2 o'clock measuring 8 x 5 mm and at 4 o'clock measuring 6 x 4 mm, both circumscribed and parallel, likely small fibroadenomas. Few reactive looking right axillary lymph nodes with preserved fatty hilum were noted, the largest 12 mm.

We assigned BI-RADS 4A for the right breast mass, because of its size and rapid growth, and BI-RADS 3 for the left breast nodules. Tru-cut biopsy of the right breast mass showed a fibroadenoma with stromal cellularity, and excision of the mass with reconstruction of the breast contour was done. Final histopathology confirmed giant juvenile fibroadenoma, with no phyllodes features. The left breast nodules were kept on ultrasound follow-up and were unchanged after 6 and 12 months.

DISCUSSION: The main differential diagnosis is benign phyllodes tumour, which cannot be reliably distinguished on imaging. In resource-limited settings, tru-cut biopsy is an affordable step before surgery. Mammography has a limited role in adolescents because of dense breasts and radiation.

CONCLUSION: Giant juvenile fibroadenoma should be considered in an adolescent with a rapidly enlarging breast mass; breast-conserving excision is the treatment of choice.
"""))

A(dict(id="t20_08_taiwan_granular_cell_tumor", less=False,
style="Taiwanese journal case report (English by Taiwanese authors, 'sonography', cm sizes): right diagnostic mammography only, spiculated mass with US correlate, unsided 'BI-RADS category 4C' on a one-breast exam",
overall="4C", cats="R4C", density="c",
findings=["mass R p", "calc R a", "ln R a"],
text="""
J Med Ultrasound - Case Report

Granular Cell Tumor of the Breast Mimicking Carcinoma on Mammography and Sonography

Yi-Ting Chen, MD1, Chih-Wei Lin, MD1, Shu-Hui Huang, MD2
1Department of Medical Imaging, 2Department of Pathology, National Cheng Kung University Hospital, College of Medicine, National Cheng Kung University, Tainan, Taiwan

Abstract
Granular cell tumor (GCT) of the breast is a rare, usually benign neoplasm of Schwann cell origin that can mimic breast carcinoma clinically and radiologically. We present a case of a 43-year-old woman with a GCT of the right breast.

Case Report
A 43-year-old premenopausal woman visited our breast clinic because of a painless hard nodule in the right breast noted for 2 months. Physical examination revealed a 1.5-cm firm, fixed nodule in the right upper inner quadrant with slight skin dimpling.

Diagnostic mammography of the right breast showed heterogeneously dense parenchyma. A 1.4-cm spiculated high-density mass was noted in the upper inner quadrant without microcalcifications. Sonography showed an irregular, hypoechoic, not-parallel mass with angular margins and posterior acoustic shadowing at the 2 o'clock position, 5 cm from the nipple, measuring 1.5 x 1.2 x 1.3 cm, corresponding to the mammographic mass. No vascularity was detected on color Doppler imaging. No enlarged axillary lymph nodes were seen on sonography. The lesion was assessed as BI-RADS category 4C, and sonography-guided core needle biopsy was performed.

Histopathology showed sheets of polygonal cells with abundant eosinophilic granular cytoplasm, S-100 positive, consistent with granular cell tumor. Wide local excision with clear margins was done, and there was no recurrence at 2-year follow-up.

Discussion
GCT of the breast accounts for 5-15% of all GCTs. On imaging it typically appears as a spiculated or ill-defined mass with posterior shadowing and is indistinguishable from carcinoma, so that a BI-RADS 4 or 5 category is commonly given. Microcalcifications are usually absent. Wide local excision is curative in most cases.
"""))

A(dict(id="t20_09_chile_pash_case", less=False,
style="Chilean journal case report, English version ('nodule', 'union of the outer quadrants', '3 h', 'without adenopathies', 'ecotomography'), new nodule vs study of two years ago, stable punctate calcifications right, categories per breast",
overall="4A", cats="L4A R2", density="b",
findings=["mass L p", "calc R p s m:punctate", "ln B a"],
text="""
Rev Chil Radiol. Clinical case (English version)

Pseudoangiomatous stromal hyperplasia presenting as a growing nodule: a case report

Constanza Muñoz V., Felipe Araya R., Javiera Soto M.
Unidad de Imagenología Mamaria, Departamento de Radiología, Clínica Universidad de los Andes, Santiago, Chile

Summary. Pseudoangiomatous stromal hyperplasia (PASH) is a benign mesenchymal proliferation that may present as a circumscribed nodule. We describe a case detected in screening.

Clinical case
A 42-year-old woman, asymptomatic, attended for her screening mammography. She had a previous mammography two years earlier at another centre, which was available for comparison.

Mammography showed breasts with scattered fibroglandular density (ACR B). In the left breast, at the union of the outer quadrants (3 h), an oval, circumscribed, equal-density nodule of 18 mm was observed, new compared with the study of two years ago. In the right breast there were a few benign-appearing punctate calcifications, without change. Both axillary regions were without adenopathies.

Complementary breast ecotomography showed, at 3 h of the left breast, 4 cm from the nipple, an oval, parallel, hypoechoic solid nodule with circumscribed margins and no vascularization on Doppler, measuring 19 x 11 mm, which corresponds to the mammographic nodule.

BI-RADS 4A was assigned to the left breast, because of the new appearance of the nodule in a 42-year-old woman, and BI-RADS 2 to the right breast. Ultrasound-guided core biopsy (14G) was performed, and the histological study showed pseudoangiomatous stromal hyperplasia, without atypia, concordant with imaging. Ultrasound follow-up at 6 and 12 months showed a stable nodule.

Discussion
PASH is frequent as an incidental histological finding but rarely forms a nodule. Its imaging appearance is that of a fibroadenoma; therefore, in a nodule that is new or growing, biopsy is justified. Once concordance is established, surgical excision is not necessary.
"""))

A(dict(id="t20_10_hot_seat_transcript", less=True,
style="US residency 'hot seat' case-conference transcript (speaker turns, hesitations): screening recall and magnification views narrated together, attending confirms '4B, right breast' and 'Left is benign, BI-RADS 2 for the node' (less common)",
overall="4B", cats="R4B L2", density="c",
findings=["calc R p m:amorphous,coarse_heterogeneous d:grouped", "mass L a", "calc L a", "ad L a", "ln L p"],
text="""
Breast Imaging Noon Conference - "Hot Seat" Unknowns
Transcript (auto-transcribed, lightly edited by the chief resident for the teaching file)
Moderator: Dr. N. Patel (breast imaging attending)   In the hot seat: Dr. J. Kim (PGY-3)

DR. PATEL: Okay Josh, you're up. Sixty-two-year-old, routine screening, no prior surgery. Here are the CC and MLO views with tomo.

DR. KIM: Okay. So this is a bilateral screening mammogram with tomosynthesis. The breasts are, um, heterogeneously dense, which may obscure small masses. In the right breast, upper outer quadrant, posterior depth, there's a group of... I'd call them amorphous calcifications, spanning maybe 6 millimeters.

DR. PATEL: Any other forms in there?

DR. KIM: A couple of them look coarse heterogeneous.

DR. PATEL: Good. Left?

DR. KIM: In the left breast I don't see a mass, calcs or distortion. There's an intramammary lymph node in the upper outer quadrant that looks benign, it has a fatty hilum.

DR. PATEL: Agree. So what do you do with the screen?

DR. KIM: BI-RADS 0 for the right, bring her back for mag views.

DR. PATEL: Right. [next slide] Here are the mag views, CC and true lateral.

DR. KIM: On the mags it's a group of about twelve calcifications, mostly amorphous with some coarse heterogeneous, about 7 millimeters, no layering on the lateral so I don't think it's milk of calcium. I'd call it 4B.

DR. PATEL: I'd say 4B too, right breast, and recommend stereotactic biopsy. Left is benign, BI-RADS 2 for the node, or you could just call it negative. What did path show?

DR. KIM: Um... ADH?

DR. PATEL: Yes, atypical ductal hyperplasia on the stereo core, and excision upgraded to low-grade DCIS. Take-home point: amorphous calcifications in a group carry a PPV around 20 percent, so 4B is reasonable. Okay, next case.
"""))
