from common import write

R = []
def add(id, style, density, overall, bb, f, text):
    R.append(dict(id=id, style=style, density=density, overall=overall, bb=bb, f=f, text=text))

add("r12_01_us_academic_side_by_side", "US academic diagnostic with a plain-text RIGHT | LEFT findings table, numbered impression + OVERALL (less common)",
    "c", "4B", "L4B R2",
    ["mass R a -", "calc R p s d:diffuse", "asym R a -", "ad R a -", "mass L p -", "calc L a -", "ad L a -", "ln L p -", "ln L a -"],
"""
UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIOLOGY
Division of Breast Imaging | 1200 Campus Drive, Suite 3B

Patient: HOLLOWAY, DENISE R      MRN: 004417829      DOB: 02/19/1978
Accession: BI26-118734           Date of service: 11/17/2026
Ordering provider: Nadia Brooks, MD (Internal Medicine)

EXAM: MAMMO DIAGNOSTIC BILATERAL W TOMO; US BREAST LEFT LIMITED

HISTORY: 48-year-old woman recalled from screening of 11/03/2026 for a left breast asymmetry (screening BI-RADS 0).

TECHNIQUE: Bilateral CC and MLO tomosynthesis with synthesized 2D images. Left spot compression CC and ML views. Targeted left breast ultrasound.

COMPARISON: Screening mammograms 10/2024, 10/2025 and 11/03/2026.

BREAST COMPOSITION: c. The breasts are heterogeneously dense, which may obscure small masses.

FINDINGS:
                  RIGHT                                 | LEFT
Masses:           None                                  | 9 mm irregular mass, 2:00, middle
                                                        | depth, indistinct margins; persists
                                                        | on spot views
Calcifications:   Scattered benign-appearing, stable    | None associated
Asymmetry:        None                                  | Screening asymmetry = the mass above
Distortion:       None                                  | None
Skin / nipple:    Normal                                | Normal
Axilla:           Normal                                | One normal-appearing lymph node

LEFT BREAST ULTRASOUND: At 2:00, 5 cm from the nipple, there is an 8 x 6 x 7 mm irregular hypoechoic mass, not parallel, with angular margins and no posterior features. It corresponds to the the mammographic mass in size and location. No axillary lymphadenopathy.

IMPRESSION:
1. Left breast 2:00 irregular mass with sonographic correlate, suspicious. BI-RADS 4B.
2. Right breast: benign. BI-RADS 2.
OVERALL BI-RADS: 4B - Suspicious.

RECOMMENDATION: Ultrasound-guided core biopsy of the left breast mass at 2:00, scheduled for 11/20/2026. Results were discussed with the patient at the time of the exam.

Resident: Tomas Ferreira, MD
Attending: Grace Liu, MD - I have reviewed the images and agree with the report as edited.
Electronically signed 11/17/2026 16:42
""")

add("r12_02_us_community_right_callback", "US community hospital, right-only callback, 'BI-RADS(R) Assessment Category 3: Probably Benign', MQSA line, typo",
    "c", "3", "R3",
    ["calc R p - m:punctate,round d:grouped", "mass R a -", "ad R a -", "ln R p s"],
"""
RIVERSIDE COMMUNITY HOSPITAL
Imaging Services - Breast Health Center
455 River Road, Marion, OH 43302     Phone (740) 555-0131

Patient Name: KOVACS, ELAINE M          Sex: F    DOB: 07/30/1969
MRN: RCH0092281        Acct: 55120987      Exam Date: 11/12/2026
Referring: Kyle Dunbar, DO

EXAM: DIAGNOSTIC MAMMOGRAM RIGHT WITH TOMOSYNTHESIS; ULTRASOUND BREAST RIGHT LIMITED

CLINICAL INFORMATION: Callback from screening mammogram 10/28/2026 for right breast calcifications. No palpable abnormality.

COMPARISON: 10/28/2026, 10/2024, 09/2022.

TECHNIQUE: Right CC and ML magnification views were obtained in addition to right CC and MLO tomosynthesis. Ultrasound of the right upper outer quadrant.

FINDINGS:
The breast is heterogeneously dense, which may obscure small masses.
Magnification views demonstrate a group of round and punctate calcifications in the upper outer quadrant of the right breast, middle depth, spanning 5 mm. No associated mass or architectural distrotion. These were not seen on the 2024 examination.
A benign-appearing right axillary lymph node is stable.
Targeted ultrasound of the right upper outer quadrant demonstrates no sonographic abnormality.

IMPRESSION:
Group of round and punctate calcifications right breast, probably benign.

BI-RADS(R) Assessment Category 3: Probably Benign

RECOMMENDATION: Right diagnostic mammogram with magnification views in 6 months.

A letter with these results has been sent to the patient as required by MQSA.

Dictated by: Paul Okafor, MD      Transcribed: 11/12/2026 14:05 /jlm
Signed: Paul Okafor, MD 11/12/2026 15:31
""")

add("r12_03_nhs_family_history_surveillance", "NHS England moderate-risk family-history surveillance clinic, RCR 'M2 bilaterally' only, 'BI-RADS B' density",
    "b", None, "",
    ["calc L p s", "mass B a -", "ad B a -", "calc B a -"],
"""
Northgate Hospitals NHS Foundation Trust
Family History Breast Surveillance Service - Breast Imaging Department

Patient: Mrs Karen WHITFIELD        NHS No: 485 777 3621      DOB: 14/05/1983
Hospital No: N1189203               Referrer: Dr S Ahmed (GP), Holme Lane Surgery
Examination: Bilateral mammography (CC and MLO), annual surveillance
Date: 23/11/2026

Clinical details: 43 yrs. Moderate risk (mother breast ca aged 46). Asymptomatic. On annual surveillance under the family history protocol.

Previous imaging: Mammograms here 11/2024 and 11/2025.

Report:
Breast density: scattered areas of fibroglandular density (BI-RADS B).
The breasts are symmetrical. A few benign calcifications in the left breast are unchanged since 2024. No mass, distortion or suspicious microcalcification in either breast. The axillae are unremarkable.

Result: Normal / benign - M2 bilaterally.

Plan: Continue annual mammographic surveillance; next due 11/2027. Results letter to the patient and GP.

Reported by: Dr Helen Rourke, Consultant Radiologist
Second read: Ms J Barlow, Consultant Radiographer
""")

add("r12_04_australian_qld_gp_letter", "Australian private practice letter to the GP, 'L) breast' notation, 'Overall BI-RADS: R2 L4', typo",
    "c", "4", "R2 L4",
    ["mass L p -", "calc L a -", "ad L a -", "mass B p -"],
"""
SUNSHINE COAST WOMEN'S IMAGING
ABN 61 204 118 739 | 14 Ocean Parade, Maroochydore QLD 4558 | Ph 07 5455 0190

Dr Angela Fitzroy
Noosa Family Practice
PO Box 212, Noosaville QLD 4566

20 November 2026

Dear Angela,

Re: Ms Jodie PARKER   DOB 03/07/1972   Our ref: SCW-264411

BILATERAL MAMMOGRAM, TOMOSYNTHESIS AND BREAST ULTRASOUND

Clinical notes: Lump L) breast 2/52. ?cyst. No FHx.

Report:
The breast tissue is heterogeneously dense (ACR c), which lowers the sensitivity of mammography.
At the site of the palpable marker in the upper inner L) breast there is a 14mm round mass with partly obscured, partly indistinct margins. No microcalcfication. Nil distortion.
The R) breast appears normal. No previous films available for comparison.

Ultrasound: at the palpable site, L) breast 10 o'clock 3cm FN, there is a corresponding 13 x 11 x 12mm complex cystic and solid mass with a thick wall and internal vascularity on colour Doppler.
Further small simple cysts in both breasts, the largest 6mm R) 7 o'clock.
Normal axillae bilaterally.

Conclusion:
Complex cystic and solid mass at the site of the palpable lump in the L) breast. Tissue sampling is recommended; US-guided core biopsy has been booked for Thursday.
Bilateral simple cysts - benign.
Overall BI-RADS: R2 L4

Thank you for referring Ms Parker.

Kind regards,

Dr Michael Tran  FRANZCR
Radiologist
""")

add("r12_05_canada_nova_scotia_followup", "Canadian (Nova Scotia) diagnostic 6-month follow-up, upper-case per-breast assessment lines, previous category in the reason",
    "b", "3", "R1 L3",
    ["mass R a -", "calc R a -", "ad R a -", "mass L p s", "calc L p s m:punctate"],
"""
NOVA SCOTIA HEALTH - CENTRAL ZONE
Diagnostic Imaging, Breast Imaging Services
Halifax Infirmary, 1796 Summer Street, Halifax NS

PATIENT: MACDONALD, SHEILA A     HCN: 0012 345 678     DOB: 1974-09-02
VISIT: DI-2026-889102            EXAM DATE: 2026-11-16
REFERRING: DR. P. LEBLANC (FAMILY MEDICINE)

PROCEDURE: MAMMOGRAM DIAGNOSTIC BILATERAL; ULTRASOUND BREAST LEFT

REASON FOR EXAM: 6 month follow-up of probably benign left breast mass (BI-RADS 3, 2026-04-20).

COMPARISON: 2026-04-20, 2025-03-11.

FINDINGS:
Scattered fibroglandular densities.
RIGHT: No suspicious mass, calcification or architectural distortion.
LEFT: The circumscribed oval mass in the lower outer quadrant is unchanged in size at 8 mm. Punctate calcifications in the upper left breast are also unchanged. No new finding.

LEFT ULTRASOUND: At 4 o'clock, 6 cm from the nipple, the oval parallel circumscribed hypoechoic mass measures 8 x 4 x 6 mm (previously 8 x 4 x 5 mm), consistent with a fibroadenoma.

ASSESSMENT:
RIGHT BREAST - BI-RADS 1 NEGATIVE
LEFT BREAST - BI-RADS 3 PROBABLY BENIGN

RECOMMENDATION: Left diagnostic mammogram and ultrasound in 6 months, to complete 2 years of follow-up. Routine screening of the right breast through the Nova Scotia Breast Screening Program.

Reported by: Dr. Colin Fraser, FRCPC
Dictated 2026-11-16 11:02  Transcribed 2026-11-16 13:40  Verified 2026-11-16 15:12
""")

add("r12_06_india_kerala_ffdm_dbt", "Indian (Kerala) private scan centre, numbered observations, 'BIRADS - IVb (Lt)' / 'BIRADS - II (Rt)', disclaimer, typo",
    "b", "4B", "L4B R2",
    ["mass L p -", "calc L p - m:amorphous", "ln L p -", "calc R p - m:coarse", "mass R a -", "ad R a -", "ln R p -"],
"""
SREE NARAYANA SCANS & DIAGNOSTICS
(NABH Accredited) - M.C. Road, Kottayam - 686 001 | Ph: 0481-2561234 | www.snscans.example

Name : Mrs. LEELAMMA THOMAS              Age/Sex : 58 Y / F
Ref. by : Dr. JACOB MATHEW, MS           Date : 21-11-2026
UHID : SNS/26/041187                     Bill No : 26-11-2178

DIGITAL MAMMOGRAPHY (FFDM) WITH TOMOSYNTHESIS - BOTH BREASTS

Clinical details : Lump left breast x 1 month.
Technique : CC & MLO views of both breasts with DBT.

OBSERVATIONS :
1. Breast composition : ACR B - scattered fibroglandular densities.
2. Left breast : An irregular high density mass with indistinct margins measuring 1.6 x 1.4 cm is seen in the upper outer quadrant at the site of the palpable lump (2 o' clock, middle depth). Few amorphous microcalcifcations are seen within the mass.
3. A single left axillary lymph node with cortical thickening (4 mm) is noted.
4. Right breast : Few coarse calcifications noted in lower inner quadrant. No mass lesion / architectural distortion.
5. Right axilla : Few normal looking lymph nodes.
6. Skin, nipple and retromammary space appear normal bilaterally.

IMPRESSION :-
* Left breast suspicious mass with microcalcification and left axillary lymph node with cortical thickening - BIRADS - IVb (Lt).
* Benign calcification right breast - BIRADS - II (Rt).

Adv : USG correlation and USG guided biopsy of the left breast lesion & axillary node. Kindly correlate clinically.

Dr. ANITHA GEORGE, MD (RD), DNB
Consultant Radiologist
Note : This report is a professional opinion based on imaging findings and is not a final diagnosis. Not valid for medico-legal purpose.
""")

add("r12_07_taiwan_medical_center", "Taiwan medical-center English report (R't/L't, bil., f/u), numbered impression, a list item naming both breasts (less common)",
    "c", "4A", "L4A R2",
    ["calc L p - m:amorphous d:grouped", "mass B a -", "ad B a -", "calc R p -", "mass B p -", "mass L p -", "ln B a -"],
"""
TAINAN MUNICIPAL MEDICAL CENTER  Department of Medical Imaging
Mammography & Breast Sonography Report

Chart No: 7710254   Name: LIN, Y.-C.   Sex: F   Age: 46   Date: 2026/11/18
Ordering Dept: Health Management Center (adult health exam)
Exam: Bil. mammography (MLO, CC) + bil. breast sonography
Clinical Dx: Health exam. R/O breast tumor.

Findings:
Mammography:
- Heterogeneously dense breast parenchyma, which may lower the sensitivity.
- Clustered microcalcifications at L't UOQ, about 8 mm in extent, amorphous in shape.
- No definite mass or architectural distortion at bil. breasts.
- Benign-looking calcifications at R't breast.
Sonography:
- Several cysts at bil. breasts, the largest 0.6 cm at R't 10 o'clock.
- A 0.9 x 0.5 cm oval hypoechoic nodule with circumscribed margin and parallel orientation at L't 3 o'clock, 2 cm from nipple, probably fibroadenoma.
- No enlarged LN at bil. axillae.

Impression:
1. L't breast clustered amorphous microcalcifications, BI-RADS category 4A; suggest stereotactic biopsy.
2. L't breast nodule, probably fibroadenoma, BI-RADS category 3; suggest f/u sono 6 months.
3. Bil. breast cysts and R't benign calcifications, BI-RADS category 2.

Reported by: Dr. Huang C.-H. (VS)   Resident: Dr. Chen W.-T. (R3)
""")

add("r12_08_abu_dhabi_bilingual", "UAE (Abu Dhabi) private hospital, Arabic/English header, Emirates ID, 'BI-RADS 3 Right' / 'BI-RADS 2 Left' (side after the number)",
    "c", "3", "R3 L2",
    ["mass R p -", "calc R a -", "mass L a -", "calc L a -", "ad L a -", "calc L p - d:diffuse", "mass L p -", "ln B p -"],
"""
AL WAHA SPECIALIST HOSPITAL - ABU DHABI                 مستشفى الواحة التخصصي - أبوظبي
Department of Radiology                                              قسم الأشعة

Patient Name: MARICEL DELA CRUZ          MRN: AWH-0447192
Emirates ID: 784-1985-XXXXXXX-X          Nationality: Filipino
Age/Gender: 41Y / Female                 Visit: OP - Breast Clinic
Date: 19-Nov-2026                        Referring Physician: Dr. Rania Khalil (General Surgery)

Procedure: Bilateral Digital Mammogram with Tomosynthesis; Bilateral Breast Ultrasound

Clinical History: Right breast pain, cyclical. No palpable lump.
Comparison: None available.

Findings:
Breast density: The breasts are heterogeneously dense (ACR C).
Right breast: A 12 mm oval circumscribed equal-density mass is seen in the upper outer quadrant at middle depth. No suspicious microcalcifications.
Left breast: No mass, suspicious calcifications or architectural distortion. Scattered benign calcifications.

Ultrasound: The right breast mass corresponds to an oval, parallel, circumscribed hypoechoic solid mass at 10 o'clock, 5 cm from the nipple, measuring 11 x 6 x 9 mm, with no posterior features, likely a fibroadenoma.
A 4 mm simple cyst is seen in the left breast at 2 o'clock.
Bilateral axillary lymph nodes are normal in appearance.

Impression:
1. Right breast probably benign solid mass, likely fibroadenoma. BI-RADS 3 Right - short interval follow-up ultrasound in 6 months.
2. Left breast simple cyst. BI-RADS 2 Left.

Note: Cyclical breast pain is rarely a sign of breast cancer. Kindly correlate clinically.

Reported by: Dr. Omar Siddiqui, Consultant Radiologist (DOH Licence GD12345)
""")

add("r12_09_south_africa_cape_town", "South African private practice (Inc., Pr. No., medical aid, ICD-10), post-lumpectomy surveillance, 'BIRADS 4B left | 2 right', typo",
    "b", "4B", "L4B R2",
    ["other R p s", "calc R p s m:dystrophic", "skin R p s", "calc L p - m:fine_pleomorphic d:grouped", "mass L a -"],
"""
VAN DER MERWE & PARTNERS INC.
Diagnostic Radiologists   Pr. No. 0812345
Kenilworth Breast Centre, 2nd Floor, Palmyra Road, Claremont, Cape Town 7708
Tel 021 555 0147   Fax 021 555 0148

Patient: Mrs L. ADAMS            DOB: 1968-02-11        Acc: KBC-55123
Medical aid: KeyHealth Essence   Member no: 77451220    ICD-10: Z85.3, R92.1
Referring Dr: Dr F. Jacobs (Surgeon)
Examination: Bilateral mammography with tomosynthesis and bilateral breast ultrasound
Date: 2026-11-19

Clinical history: Annual follow-up. Right lumpectomy 2019 for DCIS, followed by radiotherapy.
Comparison: 2025-11-12 and 2024-11-05.

Findings:
Scattered fibroglandular tissue (ACR b).
Right breast: Post-lumpectomy changes with scarring at 12 o'clock, unchanged. Dystrophic calcifications at the lumpectomy site, stable. Mild residual skin thickening, unchanged.
Left breast: A new group of fine pleomrphic microcalcifications is seen in the upper outer quadrant, spanning 7 mm, not present in 2025. No associated mass.
Ultrasound: no sonographic abnormality in either breast. Axillae normal.

Comment:
1. New suspicious microcalcifications, left upper outer quadrant. Stereotactic biopsy advised and booked.
2. Stable post-treatment appearance, right breast.
BIRADS 4B left | 2 right

Dr R. Naidoo  MBChB, FC Rad (Diag) SA
""")

add("r12_10_us_forwarded_email", "US screening report forwarded by a family-practice front desk by e-mail, '>' quoting and hard-wrapped lines (less common)",
    "a", "0", "L0 R1",
    ["mass L q -", "calc B a -", "ad B a -"],
"""
From: Maple Grove Family Medicine <frontdesk@maplegrovefm.example>
Sent: Tuesday, November 24, 2026 9:12 AM
To: m.delgado68@example.com
Subject: FW: Mammogram results

Hi Ms. Delgado,
Dr. Shah asked me to forward your mammogram report below. She reviewed it and would like you to schedule the follow-up pictures with the imaging center (number at the bottom). Please call us with any questions.
Thanks, Brenda

-----Original Message-----
From: results@lakeshoreimaging.example
Sent: Friday, November 20, 2026 4:51 PM
To: frontdesk@maplegrovefm.example
Subject: RESULT - DELGADO, MARIA - SCREENING MAMMO

> LAKESHORE IMAGING ASSOCIATES
> PATIENT: DELGADO, MARIA      DOB: 04/12/1968
> EXAM: SCREENING MAMMOGRAM BILATERAL WITH 3D
> TOMOSYNTHESIS        DATE: 11/20/2026
> INDICATION: Routine screening. No complaints.
> COMPARISON: 11/2024, 11/2023.
>
> FINDINGS: The breasts are almost entirely fatty.
> There is a possible 6 mm circumscribed oval mass in
> the left breast, lower inner quadrant, anterior
> depth, seen on the CC view only. No suspicious
> calcifications or architectural distortion in
> either breast. The right breast is unremarkable.
>
> IMPRESSION:
> Possible left breast mass, lower inner quadrant.
> Additional imaging with diagnostic mammogram and
> ultrasound is recommended.
> BI-RADS 0: Incomplete - Need Additional Imaging
> Evaluation. LEFT
> RIGHT: BI-RADS 1 negative
>
> Electronically signed by Joanne Park, MD on
> 11/20/2026 4:47 PM
> Scheduling: (616) 555-0199
""")

add("r12_11_texas_bilingual_border", "US-Mexico border hospital, bilingual English/Spanish report with repeated Spanish lines (less common)",
    "b", "5", "R5 L1",
    ["mass R p -", "ln R p -", "mass L a -", "calc L a -", "ad L a -"],
"""
RIO GRANDE REGIONAL WOMEN'S IMAGING - McALLEN, TEXAS
Breast Imaging Report / Reporte de Imagen Mamaria

Patient / Paciente: GARZA, ROSA ELENA     DOB / Fecha de nacimiento: 08/22/1971
MRN: RGW-310455       Date / Fecha: 11/21/2026
Referring / Médico: Luis Treviño, MD

Exam / Estudio: Bilateral diagnostic mammogram and bilateral breast ultrasound / Mamografía diagnóstica bilateral y ultrasonido mamario bilateral

Indication / Indicación: Palpable lump, right breast, 9 o'clock, 1 month. / Bolita palpable en mama derecha, 1 mes.

Comparison / Comparación: None. / Ninguna.

Breast composition / Composición mamaria: b - scattered areas of fibroglandular density / áreas dispersas de densidad fibroglandular.

Findings / Hallazgos:
Right breast: At the site of the palpable lump at 9 o'clock there is an irregular mass with spiculated margins, 1.8 cm. Ultrasound shows a corresponding 1.7 x 1.4 x 1.5 cm irregular hypoechoic mass, not parallel, with angular margins and posterior shadowing. One right axillary lymph node has a cortex of 6 mm.
Mama derecha: En el sitio de la bolita palpable hay una masa irregular de bordes espiculados, 1.8 cm, con ganglio axilar derecho con corteza engrosada.
Left breast: No masses, calcifications or distortion. Ultrasound of the left breast is normal.
Mama izquierda: Sin masas, calcificaciones ni distorsión.

Impression / Impresión:
Right breast: highly suggestive of malignancy, BI-RADS 5. / Mama derecha: altamente sugestiva de malignidad, BI-RADS 5.
Right axillary lymph node with cortical thickening: biopsy at the same visit. / Ganglio axilar derecho: biopsia en la misma cita.
Left breast: negative, BI-RADS 1. / Mama izquierda: negativa, BI-RADS 1.

The results were discussed with the patient in Spanish. / Se explicaron los resultados a la paciente en español.

Electronically signed: Ana Villarreal, MD  11/21/2026 12:18
""")

add("r12_12_hong_kong_womens_centre", "Hong Kong women's health centre screening report (HKID, bilingual name), one unsided category on a bilateral exam",
    "c", "2", "",
    ["calc B p - m:vascular", "ln R p -", "mass B a -", "calc B a -", "ad B a -"],
"""
KOWLOON WOMEN'S HEALTH CENTRE - MAMMOGRAPHY SERVICE
九龍婦女健康中心 - 乳房X光造影服務

Name: CHAN Siu Ling (陳小玲)      HKID: C123***(*)      Age/Sex: 52/F
Exam No.: KWHC-MG-26-08812       Date: 20/11/2026
Examination: Screening mammogram, bilateral (2D)
Clinical: Risk-based screening (moderate risk on the HK breast cancer risk assessment tool). Asymptomatic.

Findings:
The breasts are heterogeneously dense, which may reduce the sensitivity of mammography.
Bilateral benign-looking vascular calcifications.
Small intramammary lymph node in Rt UOQ.
No suspicious mass, microcalcification or architectural distortion.

Conclusion:
Benign findings.
BI-RADS Category 2 - Benign.

Suggest: Routine screening in 2 years. Supplementary ultrasound may be considered for dense breasts.

Reported by: Dr. WONG Ka Yan, FHKCR, FHKAM (Radiology)
""")

add("r12_13_rwanda_referral_hospital", "Rwanda referral hospital (oncology clinic), locally advanced cancer, split word 'micro-calcifications'",
    "c", "5", "L5 R1",
    ["mass L p -", "skin L p -", "skin L p -", "ln L p -", "mass R a -", "calc R a -", "ln R a -"],
"""
REPUBLIC OF RWANDA - MINISTRY OF HEALTH
REMERA REFERRAL HOSPITAL - DEPARTMENT OF MEDICAL IMAGING

Patient ID: RRH-2026-18822     Age: 44 yrs     Sex: F
Ward: Outpatient (Oncology clinic)     Date: 17/11/2026
Requesting doctor: Dr. Uwimana (Surgery)

EXAMINATION: Bilateral mammography and breast ultrasound

Clinical information: Left breast mass for 3 months, hard, with peau d'orange. R/O Ca.

Report:
Heterogeneously dense breasts (ACR c).
Left breast: a large irregular high-density mass with indistinct margins in the upper outer quadrant, measuring approx 5.4 x 4.8 cm, with diffuse thickening of the overlying skin. The nipple is retracted. Multiple left axillary lymph nodes are enlarged, the largest 3.2 cm, with loss of fatty hila.
Right breast: normal parenchyma. No mass, no micro-calcifications. Right axilla: no lymph node.
USG: left breast hypoechoic heterogeneous mass with irregular borders and posterior shadowing, approx 5.1 cm, with increased vascularity on colour Doppler. Confirms the left axillary adenopathy.

Conclusion: Left breast mass with skin thickening, nipple retraction and axillary lymphadenopathy, highly suspicious for malignancy, BIRADS 5. Right breast: BIRADS 1.

Recommend: Tru-cut biopsy of the left breast mass; staging CT chest/abdomen.

Radiologist: Dr. J. Mugisha, MMed (Rad)
""")

add("r12_14_us_followup_downgrade", "US community 12-month follow-up downgraded to benign, unsided 'BI-RADS 2: Benign.' on a bilateral exam, 'Previously BI-RADS 3'",
    "b", "2", "",
    ["calc L p s m:punctate,round d:grouped", "mass B a -", "calc B a -", "ad B a -", "ln R p s"],
"""
ST. BRENDAN MEDICAL CENTER - WOMEN'S IMAGING
2100 W. Lincoln Hwy, DeKalb, IL 60115

NAME: NOWAK, BARBARA J      MRN: 88120043      DOB: 03/03/1969      SEX: F
EXAM: MAM DIAG BILAT W CAD AND TOMO         DATE: 11/18/2026
ORDERING: Sandra Whitfield, APRN

HISTORY: 57 y/o. 12-month follow-up of probably benign left breast calcifications.

COMPARISON: 11/12/2025, 05/14/2026, 11/2024.

TECHNIQUE: Bilateral CC and MLO tomosynthesis with synthesized 2D, CAD. Left ML and CC magnification views.

FINDINGS: There are scattered areas of fibroglandular density.
The group of round and punctate calcifications in the left upper outer quadrant is unchanged in number, morphology and extent (4 mm) compared with 11/2025 and 05/2026.
No new masses, suspicious calcifications, or areas of architectural distortion are seen in either breast.
Right breast: a 5 mm circumscribed mass with a fatty hilum in the axillary tail is an intramammary lymph node, stable.

IMPRESSION:
Probably benign left breast calcifications, now stable for 1 year. Per BI-RADS guidance they are downgraded to benign.

BI-RADS 2: Benign. Return to annual screening mammography.
Previously BI-RADS 3.

Dictated by: Mark Reinholt, MD
Signed electronically 11/18/2026 10:26 AM CST
""")

add("r12_15_bahrain_screening_recall", "Bahrain hospital screening DBT, 'Rt breast: BIRADS 0 - needs spot views' / 'Lt breast: BIRADS 2', CPR number",
    "d", "0", "R0 L2",
    ["asym R p -", "calc R a -", "mass L a -", "calc L a -", "calc L p - m:skin", "ln B p -"],
"""
AL MUHARRAQ SPECIALIST HOSPITAL - KINGDOM OF BAHRAIN
Radiology Department - Women's Imaging Unit

Name: FATIMA A. AL-KHALIFA        CPR No: 810412XXX      Age: 45 Y      Sex: F
File No: MSH-229184                Date: 22/11/2026
Referred by: Dr. Huda Mansoor (Family Medicine)

Exam: Screening mammogram, bilateral, with tomosynthesis (DBT)
Clinical: Asymptomatic. Sister had breast cancer at age 50. First mammogram at this hospital.

Findings:
ACR density: D (extremely dense).
Rt breast: Focal asymmetry in the retroareolar region, seen on the CC view only. No associated calcifications.
Lt breast: No mass or suspicious calcification. Benign skin calcifications in the inferior aspect.
Bilateral axillary lymph nodes normal.

Conclusion:
Rt breast: BIRADS 0 - needs spot compression views and ultrasound.
Lt breast: BIRADS 2.
Note: extremely dense breasts; supplementary ultrasound advised at the recall visit.

Dr. Mariam Yusuf
Consultant Radiologist, FRCR
""")

if __name__ == "__main__":
    write("reports", R)
