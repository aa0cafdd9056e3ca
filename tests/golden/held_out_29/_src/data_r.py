ITEMS = []


def add(id, text, density, overall, cats, find):
    ITEMS.append({"id": id, "text": text, "density": density, "overall": overall, "cats": cats, "find": find})


add("r29_01_usa_two_column_table", """
LAKESHORE BREAST IMAGING CENTER - Chicago, IL
Patient: HOLLOWAY, DENISE   MRN: 5530912   DOB: 07/22/1963   Acc#: BI26-004417
Exam: DIAGNOSTIC MAMMOGRAM BILATERAL W/ TOMO; US LEFT BREAST LIMITED     Date: 03/10/2026
Ordering: Patel, Nisha MD
History: 62F, focal pain left breast, no palpable abnormality. Last screening 03/2025, outside, images obtained.

FINDINGS (right | left):
                    RIGHT                             | LEFT
Composition         heterogeneously dense (C)         | heterogeneously dense (C)
Masses              none                              | 11 mm irregular mass, 2:00, 5 cm FN,
                                                      |   indistinct margins, new vs 03/2025
Calcifications      scattered vascular calcifications | none
Distortion          none                              | none
Ultrasound          not performed                     | 11 x 9 mm irregular hypoechoic mass at
                                                      |   2:00, not parallel, corresponds to
                                                      |   the mammographic mass
BI-RADS             2                                 | 4B

IMPRESSION:
1. Left breast 2:00 irregular mass, new since 03/2025, with sonographic correlate. Suspicious. BI-RADS 4B.
   Recommend US-guided core biopsy; scheduled 03/13/2026.
2. Right breast: benign vascular calcifications only. BI-RADS 2.

Electronically signed: Laura M. Brennan, MD  03/10/2026 14:22
""", "c", "4B", "R2 L4B", [
    "mass R a", "calc R p m:vascular d:diffuse", "ad R a", "mass L p", "calc L a", "ad L a"])

add("r29_02_canada_results_letter_appended", """
ONTARIO BREAST SCREENING PROGRAM - Kingston Health Sciences Centre
Name: TREMBLAY, Josee   HCN: on file   DOB: 1972-09-04
Exam: Bilateral screening mammogram with tomosynthesis   Date: 2026-02-17
Comparison: 2024-02-02, 2022-01-25

Breast density: scattered areas of fibroglandular density (B).

Right breast: Benign-appearing calcifications, stable over 4 years.
Left breast: New 6 mm oval circumscribed mass at 6 o'clock, middle depth.
No suspicious calcifications or architectural distortion in either breast.

IMPRESSION:
Left: BI-RADS 0 - incomplete. Recall for diagnostic mammogram and ultrasound of the left breast.
Right: BI-RADS 2 - benign.

Reported by: Dr. G. Ouellet, FRCPC   2026-02-18

----- RESULTS LETTER SENT TO CLIENT (copy) -----
Dear Ms. Tremblay,

Thank you for coming to the Ontario Breast Screening Program. Your recent mammogram showed a small area in your left breast that needs a closer look. We will call you to book more tests, usually more mammogram pictures and an ultrasound. This happens to about 1 in 10 people who are screened, and most of them do not have cancer.

Your result: Additional imaging required.
Your breast density: B (scattered). You do not need extra screening because of your density.

If you have questions, call our navigator at 613-555-0142.

Ontario Breast Screening Program
""", "b", "0", "L0 R2", [
    "calc R p s", "mass L p", "calc B a", "ad B a"])

add("r29_03_australia_tracked_revisions", """
SOUTHBANK WOMEN'S IMAGING - Melbourne VIC
Patient: NGUYEN, Thi Lan   UR: 00483921   DOB: 14/06/1981   Referrer: Dr B. Collins (GP)
Exam: Bilateral diagnostic mammogram + bilateral breast ultrasound   Date: 09/03/2026
REPORT STATUS: AMENDED (version 2). Revision marks shown: [DEL: ...] deleted, [INS: ...] inserted.

CLINICAL: Tender nodularity R breast, 2 weeks. No previous imaging.

MAMMOGRAM:
Breast composition ACR b. An 8 mm oval circumscribed mass in the right breast at 9 o'clock. [DEL: There is associated skin thickening.] Scattered coarse popcorn-type calcifications in the left breast, benign.
No suspicious calcifications or architectural distortion in either breast.

ULTRASOUND:
Right 9 o'clock, 3 cm FN: 8 x 5 mm oval, parallel, circumscribed hypoechoic mass, [DEL: probable complicated cyst] [INS: probable fibroadenoma]. Right axilla: normal lymph node with fatty hilum.
Left breast: normal sonographic appearance.

IMPRESSION:
Right: [DEL: BI-RADS 4A - biopsy recommended.] [INS: BI-RADS 3 - probably benign fibroadenoma in a 44 y.o. with no priors; follow-up US in 6 months.]
Left: BI-RADS 2 - benign calcifications.

Revision note (Dr A. Ferris, 10/03/2026 08:15): amended after consensus review. Skin sentence belonged to another patient's dictation and was removed. Referrer informed by phone.

Dr A. Ferris FRANZCR
""", "b", "3", "R3 L2", [
    "mass R p", "calc L p m:coarse d:diffuse", "calc B a", "ad B a", "ln R p"])

add("r29_04_uk_mobile_van_worksheet", """
NHS BREAST SCREENING PROGRAMME - Cornwall & Isles of Scilly Screening Service
MOBILE UNIT 2 (site: Bodmin Community Hospital car park)
Client: PASCOE, Helen   NHS No: on file   DOB: 03/11/1968   Round: 4th (incident)
Date screened: 12/01/2026

MAMMOGRAPHER'S WORKSHEET
Views taken: RCC RMLO LCC LMLO       Repeats: LMLO x1 (movement blur)
Technical: satisfactory after repeat       Compression: tolerated well
Client-reported symptoms: none          Scars / moles marked: mole L lower inner, marked on form
HRT: no    Implants: no    Previous breast surgery: no
Comments: client anxious, aunt had breast cancer at 70. Mammographer: K. Rowe (AP)

FILM READING
1st reader (Dr J. Hocking): R - recall.  2nd reader (Ms S. Treloar, consultant radiographer): R - recall.  No arbitration needed.

Right breast: new cluster of microcalcification, upper outer quadrant, approximately 5 mm, not present on 2023 films.
Left breast: benign vascular calcification. No other significant abnormality.

OUTCOME: RECALL FOR ASSESSMENT - right breast (calcification).
Assessment clinic: Royal Cornwall Hospital, Truro, 21/01/2026, 09:20 - appointment letter sent to client and GP.
""", None, None, "", [
    "calc R p d:grouped", "calc L p m:vascular"])

add("r29_05_south_africa_birads_words", """
MORNINGSIDE BREAST CARE - RADIOLOGY
Sandton, Johannesburg   Pr. No. 0388888
Patient: MOKOENA, Lerato   Age: 47   Medical aid: Discovery (no. on file)
Referring doctor: Dr. F. Vermaak (General Surgeon)   Date: 2026-03-04

EXAMINATION: Bilateral mammography (CC, MLO) and bilateral breast ultrasound.
CLINICAL INFORMATION: Palpable mass R breast, 1 month.

MAMMOGRAPHY
ACR category C: heterogeneously dense breast tissue, which lowers the sensitivity of mammography.
Right breast: an irregular high-density mass with spiculated margins in the upper outer quadrant, measuring 15 mm, at the site of the palpable abnormality.
Left breast: no dominant mass.
No suspicious microcalcifications in either breast.

ULTRASOUND
Right: at 11 o'clock, 4 cm from the nipple, a 16 x 12 mm irregular, not parallel hypoechoic mass with angular margins and posterior acoustic shadowing, correlating with the mammographic mass. A right axillary lymph node shows eccentric cortical thickening of 4 mm.
Left: an 8 mm simple cyst at 3 o'clock.

IMPRESSION
Right breast: suspicious mass with an abnormal right axillary lymph node.
Left breast: simple cyst.

ASSESSMENT
Right breast - BI-RADS category Four-C (moderate suspicion for malignancy).
Left breast - BI-RADS category Two (benign).

RECOMMENDATION: Ultrasound-guided core biopsy of the right breast mass and FNA of the right axillary node. Patient informed; booked for 2026-03-06.

Dr. N. Pillay, MBChB, FCRad(D)SA
""", "c", "4C", "R4C L2", [
    "mass R p", "ln R p", "mass L a", "mass L p", "calc B a"])

add("r29_06_india_markdown", """
**SHREE DIAGNOSTICS & IMAGING** - Pune
**Patient:** Mrs. Kavita Deshpande   **Age/Sex:** 39/F   **Ref. by:** Dr. S. Kulkarni (Gynaec)
**Date:** 05/03/2026   **UHID:** SDI-2603-1184

## MAMMOGRAPHY BOTH BREASTS (CC & MLO) WITH SONOMAMMOGRAPHY

**Indication:** Lump Rt breast, self-detected. Outside USG (2024) attached.

**ACR Density:** B - scattered fibroglandular.

### Findings
- **Right breast:**
  - Well-defined oval lesion, 12 x 8 mm, at 9 o'clock, 3 cm from nipple - on USG a parallel, circumscribed hypoechoic mass, *fibroadenoma*.
  - Coarse popcorn calcification within it.
- **Left breast:**
  - Oval circumscribed hypoechoic lesion, 7 x 5 mm, at 2 o'clock, parallel - *likely fibroadenoma*. Not seen on mammogram (dense area).
  - No microcalcification / architectural distortion.
- **Axillae:** Bilateral axillary LNs with preserved fatty hila, largest 11 mm on left.

### Impression
- **Right:** Calcified fibroadenoma - **BI-RADS 2**
- **Left:** Probable fibroadenoma - **BI-RADS 3**. 6-monthly USG follow-up advised.
- *Note: outside USG (2024) had labelled the left lesion BI-RADS 4A; not concurred - features are typically benign.*

---
*Dr. Aditi Joshi, MD (Radiodiagnosis) - Consultant Radiologist*
*This report is not valid for medico-legal purposes.*
""", "b", "3", "R2 L3", [
    "mass R p", "calc R p m:coarse", "mass L p", "calc L a", "ad L a", "ln B p"])

add("r29_07_uae_email_quoted_reply", """
From: Dr. Huda Al Mansoori <radiology.breast@mediclinic-ae.example>
To: Dr. Omar Rashid <o.rashid@familyclinic-ae.example>
Date: Tue, 10 Mar 2026 16:05 +0400
Subject: RE: Mammogram report - Mrs. F. Haddad (MRN 7730215)

Dear Dr. Omar,

Thank you - the 2024 images from Dubai arrived this morning and I have compared them. The left breast focal asymmetry is unchanged since 2024, so it is benign. I am revising the left breast to BI-RADS 2 and have added an addendum to the report in the system. The right breast assessment is unchanged. She can return to annual screening.

Best regards,
Huda Al Mansoori, MD, FRCR
Consultant Breast Radiologist, Abu Dhabi

> From: Dr. Omar Rashid
> Sent: Mon, 09 Mar 2026 11:30
> Subject: Mammogram report - Mrs. F. Haddad
>
> Dear Dr. Huda, the patient is worried about the "incomplete" result below. She had a mammogram in Dubai in 2024; we have requested the images. Is a recall really needed?
>
> > BILATERAL SCREENING MAMMOGRAM (02/03/2026)
> > Composition: scattered fibroglandular density (B).
> > RIGHT: No mass, calcification or architectural distortion.
> > LEFT: Focal asymmetry in the upper outer quadrant, middle depth, seen on CC and MLO. No prior images available for comparison.
> > IMPRESSION: Right - BI-RADS 1. Left - BI-RADS 0, comparison with outside priors or diagnostic work-up needed.
""", "b", "2", "R1 L2", [
    "mass R a", "calc R a", "ad R a", "asym L p s"])

add("r29_08_saudi_lesion_table", """
KING FAHAD MEDICAL CITY - Riyadh
Department of Medical Imaging - Breast Imaging Unit
Patient: (name on file)   MRN: 1049937   Age: 52 Y   Nationality: Saudi
Exam: Bilateral diagnostic mammogram + bilateral breast ultrasound   Date: 08/03/2026
Clinical: Right breast lump for 2 months. No prior imaging.

MAMMOGRAM:
ACR density D: the breasts are extremely dense, which lowers the sensitivity of mammography.
Right breast: irregular mass in the upper outer quadrant with grouped amorphous calcifications in and around it. Left breast: no suspicious calcifications.

ULTRASOUND - lesion table:
No. | Side | Clock | FN (cm) | Size (mm) | Description                                                  | BI-RADS
1   | R    | 10    | 4       | 14 x 11   | irregular, not parallel, angular margins, post. shadowing     | 4C
2   | R    | 7     | 2       | 6 x 4     | simple cyst                                                   | 2
3   | L    | 3     | 5       | 9 x 6     | oval, circumscribed, parallel, hypoechoic - probable FA       | 3

Lesion 1 corresponds to the mammographic mass.
Right axilla: one lymph node with cortical thickening of 3.5 mm, preserved hilum. Left axilla: normal.

IMPRESSION:
- Right breast lesion 1 at 10 o'clock: suspicious for malignancy, BI-RADS 4C. US-guided biopsy of lesion 1 and FNA of the right axillary node.
- Right simple cyst (lesion 2): benign.
- Left probable fibroadenoma (lesion 3): probably benign, 6-month follow-up US.
Final assessment (highest category): BI-RADS 4C.

Reported by: Dr. Nouf Al Qahtani, Consultant Radiologist (SBR)
""", "d", "4C", "R4C L3", [
    "mass R p", "calc R p m:amorphous d:grouped", "mass R p", "mass L p", "calc L a", "ln R p"])

add("r29_09_malaysia_outside_second_opinion", """
DAMANSARA SPECIALIST BREAST CENTRE - Petaling Jaya, Selangor
SECOND OPINION REPORT - OUTSIDE MAMMOGRAM
Patient: LIM Mei Ling   NRIC: on file   Age: 54
Requested by: Mr. K. Subramaniam, Breast & Endocrine Surgeon   Date of review: 11/03/2026
Outside study: bilateral mammogram (CC/MLO) done at a private clinic in Penang on 02/01/2026. The disc also contains the same clinic's 2023 mammogram.

OUTSIDE REPORT (as provided): "Left breast suspicious microcalcifications, upper outer quadrant. BI-RADS 4A. Suggest biopsy."

OUR REVIEW:
Breast composition: heterogeneously dense (ACR C).
Both breasts show scattered round and punctate calcifications, similar in number and appearance to the 2023 study. The calcifications in the left upper outer quadrant referred to in the outside report are part of this bilateral pattern and are unchanged since 2023.
No mass or architectural distortion in either breast. Axillae: unremarkable.

OPINION:
Benign bilateral diffuse round/punctate calcifications, stable over 3 years. We do not concur with the outside assessment.
BI-RADS 2 bilaterally. Biopsy is not required; annual screening mammography.

Dr. Farah Ismail, MD (UKM), M.Rad, Consultant Radiologist
""", "c", "2", "B2", [
    "calc B p s m:punctate,round d:diffuse", "mass B a", "ad B a"])

add("r29_10_vietnam_two_column", """
SAIGON INTERNATIONAL WOMEN'S HOSPITAL - Department of Diagnostic Imaging
Ho Chi Minh City   Tel: (028) 3800 0000
Patient: TRAN Thi Hoa   ID: 26-011873   Sex: F   Age: 48
Exam: Mammography (2 views each side) + breast ultrasound   Date: 06/03/2026
Clinical: routine check-up (company health package). No complaint.

RESULT / KẾT QUẢ
                  | RIGHT (PHẢI)                      | LEFT (TRÁI)
Density           | ACR C                             | ACR C
Mammography       | No mass. No calcification.        | Grouped fine pleomorphic
                  |                                   | microcalcifications, UOQ, 8 mm
Ultrasound        | Simple cyst 5 mm at 10h, 2 cm FN  | No mass.
BI-RADS           | 2                                 | 4B

CONCLUSION / KẾT LUẬN:
- Left breast: suspicious microcalcifications in the upper outer quadrant - BI-RADS 4B. Recommend stereotactic (vacuum-assisted) biopsy.
- Right breast: small simple cyst - BI-RADS 2.

Radiologist: Dr. Nguyen Van Minh (MD, PhD)
""", "c", "4B", "R2 L4B", [
    "mass R a", "calc R a", "mass R p", "calc L p m:fine_pleomorphic d:grouped", "mass L a"])

add("r29_11_mexico_mobile_van_worksheet", """
PROGRAMA DE DETECCION OPORTUNA DE CANCER DE MAMA - UNIDAD MOVIL 07
Guadalajara, Jalisco   (English version, requested by the patient for her US insurer)
Patient: RAMIREZ GOMEZ, Maria Elena   Age: 52   Folio: UM07-2026-0418
Date of study: 20/02/2026

TECHNOLOGIST WORKSHEET (Hoja de la tecnica radiologa)
Menarche: 12   G3 P3   Breastfeeding: yes   HRT: no
Symptoms reported by patient: none
Previous mastography: 2023, outside, "BI-RADS 2" per patient (no images)
Views: CC and MLO bilateral   Technologist: L. Cardenas (TR)

SCREENING MASTOGRAPHY REPORT
Breast composition: type B, scattered fibroglandular densities.
Right breast: focal asymmetry in the upper outer quadrant, 12 mm, seen only in the craniocaudal projection.
Left breast: coarse popcorn-like calcifications, benign.
No suspicious microcalcifications or nodules in either breast. No axillary adenopathy.

IMPRESSION:
Right breast BI-RADS 0: requires additional evaluation (spot compression and ultrasound). 
Left breast BI-RADS 2: benign finding.
The patient will be contacted by the program to schedule the complementary study.

Dra. Patricia Olvera Reyes, Radiologist (CMRI certified)
""", "b", "0", "R0 L2", [
    "asym R p", "calc L p m:coarse", "calc B a", "mass B a", "ln B a"])

add("r29_12_chile_lesion_table_priors", """
CENTRO DE IMAGENES MAMARIAS PROVIDENCIA - Santiago, Chile
Mammography with tomosynthesis and breast ecotomography - English version (translated for the patient)
Patient: MUNOZ SOTO, Carolina   RUT: on file   Age: 57   Date: 04/03/2026
Comparison: examinations of 12/02/2024 at this centre.

MAMMOGRAPHY: Breast composition type C (heterogeneously dense). In the left breast, upper outer quadrant, there is an irregular nodule with spiculated margins, not present in 2024. No suspicious microcalcifications in either breast. Right breast without changes.

ECOTOMOGRAPHY - lesion table:
Lesion | Breast | Hour | Dist. nipple | Size  | Description                          | Category 2024 | Category today
1      | Right  | 10 h | 3 cm         | 8 mm  | oval circumscribed nodule, unchanged | BI-RADS 3     | BI-RADS 2
2      | Left   | 2 h  | 5 cm         | 13 mm | irregular hypoechoic nodule, new     | -             | BI-RADS 4B
3      | Left   | 5 h  | 2 cm         | 5 mm  | simple cyst                          | BI-RADS 2     | BI-RADS 2

Lesion 2 corresponds to the nodule seen on mammography. Left axilla without adenopathies.

CONCLUSION:
Left breast: new suspicious nodule at 2 h (lesion 2). BI-RADS 4B. Ultrasound-guided core biopsy is suggested.
Right breast: nodule stable for 2 years, now benign. BI-RADS 2.

Dr. Ignacio Fuentes V., Radiologist
""", "c", "4B", "R2 L4B", [
    "mass L p", "calc B a", "mass R p s", "mass L p", "ln L a"])
