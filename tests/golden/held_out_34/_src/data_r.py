"""held_out_34 whole reports."""
ITEMS = []


def add(id, setting, form, density, cats, overall, findings, text):
    ITEMS.append(dict(id=id, setting=setting, form=form, density=density, cats=cats, overall=overall,
                      findings=findings, text=text))

add("r34_01_egypt_ascii_form_dotted", "Egyptian private scan centre (Alexandria), mammography + US report typed into a fixed-width ASCII form",
    "box-drawn header, every field 'Label ....... value', per-breast field blocks with 'none' values (absent), "
    "'ASSESSMENT Right ..... BI-RADS 2 / Left ..... BI-RADS 5'",
    "c", "R2 L5", "5",
    ["mass R a", "calc R p m:punctate d:diffuse", "ad R a", "ln R a",
     "mass L p", "calc L p m:fine_pleomorphic d:grouped", "ad L a", "ln L p"],
    """
+------------------------------------------------------------------------+
|  ALEXANDRIA SCAN CENTRE  -  Breast Unit          MAMMOGRAPHY REPORT    |
|  45 Fouad St., Alexandria        Tel 03 486 xxxx                       |
+------------------------------------------------------------------------+
 Patient ............. Mrs. N. A. Soliman          File no. ... 26-00417
 Age ................. 52 y                        Date ....... 19/01/2026
 Referred by ......... Dr. H. Fathy (Surgery)
 Examination ......... Bilat. digital mammo (CC/MLO) + breast US
 Indication .......... Lt breast lump 2 months
 Previous ............ none available
+------------------------------------------------------------------------+
 BREAST COMPOSITION .. ACR c (heterogeneously dense)

 RIGHT BREAST
   Mass .............. none
   Calcifications .... scattered punctate, benign
   Distortion ........ none
   Skin / nipple ..... normal
   Lymph nodes ....... none seen
 LEFT BREAST
   Mass .............. 16 mm irregular, spiculated, 1 o'clock, 3 cm FN
                       US: irregular hypoechoic, not parallel, shadowing
   Calcifications .... fine pleomorphic, grouped, within the mass
   Distortion ........ none
   Skin / nipple ..... normal
   Lymph nodes ....... 2 enlarged axillary, cortex 6 mm, hilum effaced
+------------------------------------------------------------------------+
 ASSESSMENT
   Right ............. BI-RADS 2
   Left .............. BI-RADS 5
 RECOMMENDATION ...... US-guided core biopsy of the Lt mass and Lt
                       axillary node; surgical referral
+------------------------------------------------------------------------+
 Radiologist ......... Dr. Mona El-Sayed, MD (Radiodiagnosis)
""")

add("r34_02_turkey_endash_bullets_numbered_per_breast", "Turkish private hospital (Istanbul), English report for an international patient",
    "findings as en-dash bullets, a side-less bullet ('-- No associated mass or distortion.') continuing the left calcs; "
    "impression as a numbered list under each breast with the category closing each block",
    "c", "R2 L4A", "4A",
    ["mass R p", "ln R p", "calc R a", "calc L p m:amorphous d:grouped", "mass L a", "ad L a"],
    """
BOSPHORUS MEDICAL CENTRE -- International Patient Services -- Department of Radiology, Istanbul
Patient: Ms. L. Hartmann (passport DE)   Date: 22.01.2026   Protocol: 26-1123
Examination: Bilateral digital mammography with tomosynthesis and bilateral breast ultrasound
Clinical information: Annual check-up. Mother with breast cancer at 61.
Comparison: Mammography 10.2024 (brought on CD).

FINDINGS
– Breast composition: heterogeneously dense (ACR c).
– Right breast, 11 o'clock, 5 cm from the nipple: 7 mm oval circumscribed mass; on ultrasound an anechoic simple cyst.
– Right breast, upper outer quadrant: intramammary lymph node with a fatty hilum, 5 mm.
– No suspicious calcifications in the right breast.
– Left breast, 2 o'clock, middle third: a new group of amorphous calcifications over 5 mm, not present in 10.2024.
– No associated mass or distortion.
– Ultrasound of the left breast at the site of the calcifications: no abnormality.
– Both axillae: normal.

IMPRESSION
Right breast
  1. Simple cyst at 11 o'clock.
  2. Benign intramammary lymph node.
  BI-RADS 2
Left breast
  1. New grouped amorphous calcifications at 2 o'clock.
  BI-RADS 4A
Stereotactic vacuum-assisted biopsy of the left calcifications is recommended.

Dr. Zeynep Aydın, Radiologist
""")

add("r34_03_canada_history_technique_last", "Canadian regional hospital (Saskatoon), diagnostic mammography + US with the clinical history, technique and comparison printed after the impression",
    "impression before history; history after it holds the palpable lump and the 2024 'BI-RADS 3' (previous); "
    "numbered impression items with categories; mammo mass = US mass (one); 'OVERALL ASSESSMENT'",
    "b", "R4C L2", "4C",
    ["mass R p", "ln R p", "mass L p s", "calc B a"],
    """
SASKATOON CITY HOSPITAL -- MEDICAL IMAGING
DIAGNOSTIC MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS; ULTRASOUND BREAST BILATERAL      Exam date: 2026-01-20

FINDINGS:
The breasts are composed of scattered areas of fibroglandular density.
Right breast: At the site of the BB skin marker, 10 o'clock, there is an 18 mm irregular mass with indistinct
margins. Ultrasound demonstrates an 18 x 14 x 12 mm irregular hypoechoic mass with angular margins and posterior
shadowing at 10 o'clock, 7 cm from the nipple, corresponding to the mammographic mass. One right axillary lymph node
has cortical thickening to 4 mm.
Left breast: The oval circumscribed 9 mm mass at 2 o'clock is unchanged in size and appearance. On ultrasound it is an
oval parallel hypoechoic mass, 9 x 5 mm, unchanged.
No suspicious calcifications in either breast.

IMPRESSION:
1. Right breast 10 o'clock palpable mass, highly suspicious for malignancy. BI-RADS 4C.
   Ultrasound-guided core biopsy of the mass and FNA of the right axillary node recommended.
2. Left breast 2 o'clock mass stable over 24 months, benign. BI-RADS 2. Return to routine screening.
OVERALL ASSESSMENT: BI-RADS 4C - High suspicion for malignancy.

CLINICAL HISTORY: 57 y/o F with a palpable lump in the right breast x 3 weeks. Left 2 o'clock mass followed since
01/2024, initially assessed BI-RADS 3, then 6- and 12-month follow-ups.
TECHNIQUE: CC, MLO and tomosynthesis of both breasts; targeted right and left ultrasound (Logiq E10, 15 MHz).
COMPARISON: 2025-01-17, 2024-07-15, 2024-01-12.

Dictated by: Dr. R. Tremblay, FRCPC     Signed: 2026-01-20 15:42
""")

add("r34_04_south_africa_forwarded_email", "South African private radiology practice (Cape Town), report forwarded by reception to the GP by e-mail",
    "e-mail headers and a covering note, then the whole report as '>' quoted lines wrapped mid-sentence; the patient's "
    "question about 'BI-RADS 4' in the note (not asserted); unsided 'No axillary adenopathy' on a bilateral exam",
    "b", "R4B L2", "4B",
    ["calc R p m:fine_pleomorphic d:grouped", "mass R a", "mass L p s", "ln B a"],
    """
From: reception@capebreastimaging.co.za
Sent: Thursday, 22 January 2026 10:14
To: Dr. R. Pillay <rpillay@rondebosch-gp.co.za>
Subject: FW: Mammogram + U/S report - Mrs T. Mokoena (DOB 03/06/1971)

Dear Dr Pillay,

Please see Mrs Mokoena's report below as requested. The patient phoned this morning asking whether "BI-RADS 4"
means she has cancer - could you please discuss it with her at her appointment?

Kind regards,
Nomsa | Reception, Cape Breast Imaging

> -----Original Message-----
> From: PACS Reporting <noreply@capebreastimaging.co.za>
> Subject: Final report - MAMMOGRAPHY BILATERAL + ULTRASOUND
>
> Clinical: Routine screening. Left breast fibroadenoma biopsied 2022.
> Comparison: 14/01/2025.
> Breast density: ACR b.
> Right breast: There is a new group of fine pleomorphic calcifications at 12 o'clock, middle third,
> spanning 8 mm. No associated mass. Ultrasound shows no correlate.
> Left breast: The 9 mm oval mass at 3 o'clock with the biopsy clip (fibroadenoma on core biopsy 2022) is
> stable.
> No axillary adenopathy.
>
> IMPRESSION:
> Right breast: BI-RADS 4B. Stereotactic biopsy of the calcifications is
> advised and has been booked for 29/01/2026.
> Left breast: BI-RADS 2.
>
> Dr. J. van der Merwe, MBChB FCRad(Diag)(SA)
""")

add("r34_05_lebanon_final_coded_line", "Lebanese private imaging centre (Beirut), English report with the category only in the closing coded line",
    "no category in the prose; closing line 'ACR (right / left): 4A / 2'; distortion with a US 'hypoechoic area' correlate "
    "(one distortion); 'No associated calcifications' continues it; normal nodes both sides",
    "c", "R4A L2", "4A",
    ["ad R p", "calc R a", "calc L p s m:coarse", "mass L p", "ln B p"],
    """
CENTRE D'IMAGERIE MEDICALE ACHRAFIEH -- Beirut, Lebanon
Patient: Mrs. R. Haddad      Age: 49      Date: 23/01/2026      Ref: Dr. G. Khoury
Exam: Bilateral mammography with tomosynthesis and bilateral breast ultrasound

Indication: Screening. No complaints.
Comparison: Mammography of 11/2024.

Report:
The breast tissue is heterogeneously dense (ACR c).
In the right breast at 10 o'clock, middle third, there is an area of architectural distortion, visible on the
tomosynthesis slices and not on the 2D images, not present in 11/2024. No associated calcifications. On
ultrasound, a 7 mm ill-defined hypoechoic area with posterior shadowing is found at the same site and corresponds
to the distortion.
In the left breast, coarse benign calcifications in the upper outer quadrant are stable. Ultrasound shows a 6 mm
simple cyst at 2 o'clock.
Axillary lymph nodes of normal appearance on both sides.

Conclusion: Right breast distortion to be biopsied under tomosynthesis or ultrasound guidance. Benign left breast
findings.

ACR (right / left): 4A / 2
Dr. Nadine Saab
""")

add("r34_06_usa_portal_label_value_lines", "US community health system patient portal (Portland, Oregon), result narrative with one long line per section",
    "each section 'Label: value' on one long unbroken line, density inside the Findings line, 'possible asymmetry' "
    "(possible), bilateral benign calcs, stable lumpectomy changes (other); 'Assessment: Right: BI-RADS 0 ... Left: BI-RADS 2 ... Overall: BI-RADS 0'",
    "c", "R0 L2", "0",
    ["asym R q", "calc B p m:punctate+round d:diffuse", "other L p s", "mass L a"],
    """
MyHealth Portal > Test Results > MAMMO SCREENING BILAT W TOMO (Resulted 01/26/2026 4:12 PM)
Exam: MAMMO SCREENING BILATERAL WITH TOMOSYNTHESIS AND CAD Ordering Provider: Kim, Daniel, MD Performed: 01/26/2026 Location: Eastside Breast Center, Portland OR
Clinical Indication: Screening. History of left breast cancer treated with lumpectomy and radiation in 2019.
Comparison: 01/21/2025, 01/16/2024, 01/10/2023.
Findings: The breasts are heterogeneously dense, which may obscure small masses. RIGHT BREAST: There is a possible asymmetry in the lateral right breast, middle depth, seen on the CC view only, which may represent summation of normal tissue; additional views are recommended. LEFT BREAST: Postsurgical changes at the left lumpectomy site in the upper outer quadrant are stable. No suspicious left breast mass. BOTH BREASTS: Scattered round and punctate calcifications, benign.
Impression: Possible right breast asymmetry for which diagnostic mammography is recommended. Stable left post-treatment changes.
Assessment: Right: BI-RADS 0 - Incomplete: Need additional imaging evaluation. Left: BI-RADS 2 - Benign. Overall: BI-RADS 0.
Recommendation: Diagnostic mammogram of the right breast. Your care team will contact you to schedule.
Electronically signed by: Priya Natarajan, MD on 01/26/2026 4:11 PM
""")

add("r34_07_thailand_per_quadrant_mammo_us", "Thai private hospital (Chiang Mai), combined mammography + US report laid out per quadrant",
    "each quadrant row 'Mammo: ... / US: ...' under RIGHT BREAST / LEFT BREAST headers, no side in the rows; mammo mass = "
    "US mass in one row (one), cyst in another quadrant (second mass); 'US: no mass' in the calcs row",
    "b", "R3 L4B", "4B",
    ["mass R p", "mass R p", "ln R a", "calc L p m:fine_pleomorphic d:grouped", "mass L a", "other L p", "ln L p"],
    """
NIMMAN MEDICAL IMAGING -- Breast Centre, Chiang Mai, Thailand
HN: 69-004218   Name: Mrs. Pimchanok S.   Age: 44   Date: 24/01/2026
Exam: Digital mammography both breasts (CC, MLO) + whole-breast ultrasound both breasts
Indication: Baseline check-up. No palpable mass.
Composition: scattered fibroglandular densities (ACR b)

RIGHT BREAST
  UOQ ......... Mammo: 12 mm oval circumscribed mass, 10 o'clock.  US: 12 x 7 mm oval parallel hypoechoic
                mass, circumscribed, at 10 o'clock 4 cm FN -- same lesion, probable fibroadenoma.
  UIQ ......... Mammo: negative.  US: 4 mm simple cyst at 1 o'clock.
  LOQ ......... Mammo: negative.  US: negative.
  LIQ ......... Mammo: negative.  US: negative.
  Retroareolar  Mammo: negative.  US: negative.
  Axilla ...... No lymphadenopathy.

LEFT BREAST
  UOQ ......... Mammo: grouped fine pleomorphic microcalcifications, 7 mm, at 2 o'clock, middle third.
                US: no mass at the site of the calcifications.
  UIQ ......... Mammo: negative.  US: negative.
  LOQ ......... Mammo: negative.  US: negative.
  LIQ ......... Mammo: negative.  US: negative.
  Retroareolar  Mammo: negative.  US: mildly dilated ducts up to 3 mm, anechoic content.
  Axilla ...... Two lymph nodes with normal cortex and fatty hilum.

IMPRESSION
  Right: probable fibroadenoma UOQ and small simple cyst UIQ -- BI-RADS 3 (US follow-up in 6 months).
  Left: grouped fine pleomorphic microcalcifications UOQ -- BI-RADS 4B. Stereotactic biopsy is suggested.

Radiologist: Dr. Kittipong W., Dip. Thai Board of Radiology
""")

add("r34_08_poland_bracket_amended_category", "Polish private diagnostic centre (Gdańsk), English report with an amended category in square brackets",
    "'BI-RADS 3 [amended 09.02.2026: BI-RADS 4A -- ...]' (the amendment replaces the left 3); the bracket also says the "
    "mass is new; 'No associated calcifications' continues the left mass",
    "b", "L4A R1", "4A",
    ["mass L p", "calc L a", "mass R a", "calc R a", "ad R a"],
    """
CENTRUM DIAGNOSTYKI PIERSI -- GDAŃSK
Patient: K. Nowak (PESEL on file)      Examination date: 05.02.2026      Report no. 2026/0887
Examination: Bilateral mammography (CC, MLO) and ultrasound of both breasts
Clinical data: Check-up, no complaints. Previous mammography 2023 in another centre (images requested).

Description:
Breast composition: scattered areas of fibroglandular density (ACR b).
Left breast: in the upper outer quadrant, 2 o'clock, 5 cm from the nipple, an oval mass 11 mm with circumscribed
margins. On ultrasound it corresponds to an oval, parallel, hypoechoic solid mass 11 x 6 mm, probably a
fibroadenoma. No associated calcifications. [amended 09.02.2026: comparison with the 2023 images shows the mass is
new.]
Right breast: no mass, calcifications or architectural distortion.

Conclusion:
Left breast: BI-RADS 3 [amended 09.02.2026: BI-RADS 4A -- new solid mass since 2023; ultrasound-guided core biopsy
recommended instead of follow-up].
Right breast: BI-RADS 1.

Lek. med. Agnieszka Wiśniewska, specialist in radiology (amendment signed 09.02.2026 14:05)
""")

add("r34_09_spain_spanish_sentence_left_in", "Spanish private clinic (Seville), report translated into English for a UK insurer with one Spanish sentence left untranslated",
    "untranslated Spanish sentence carrying the right calcifications ('calcificaciones groseras dispersas ... sin cambios'), "
    "taken up in English in the conclusion; US hypoechoic area = the left focal asymmetry (one); 'BI-RADS 4A, left breast. BI-RADS 2, right breast.'",
    "b", "L4A R2", "4A",
    ["asym L p", "calc L a", "calc R p s m:coarse d:diffuse", "mass R a"],
    """
CLÍNICA SANTA JUSTA -- Servicio de Radiodiagnóstico, Sevilla
English translation prepared for the patient's insurer (AXA PPP). Translator: Medical Translations Andalucía.

Patient: Mrs. Helen Carter   Age: 56   Date of examination: 27/01/2026
Examination: Bilateral mammography with tomosynthesis and breast ultrasound
Clinical information: Screening. UK resident, previous mammogram in Seville 01/2025.

Findings:
Breast composition type B of the ACR (scattered fibroglandular density).
Left breast: focal asymmetry of 10 mm in the upper outer quadrant, posterior third, new with respect to the previous
study, persisting on the tomosynthesis slices. No microcalcifications are associated. On targeted ultrasound there is
an 8 mm hypoechoic area with irregular margins that corresponds to the asymmetry.
En la mama derecha se visualizan calcificaciones groseras dispersas, de aspecto benigno, sin cambios respecto al
estudio previo.
No masses are identified in the right breast.

Conclusion:
New focal asymmetry in the left breast with an ultrasound correlate. BI-RADS 4A, left breast.
Benign stable calcifications in the right breast. BI-RADS 2, right breast.
Ultrasound-guided core needle biopsy of the left lesion is recommended.

Dr. Manuel Ortega Ruiz, Radiologist (Col. 41/12345)
""")

add("r34_10_korea_calcification_form_r_l_columns", "South Korean university hospital (Seoul), structured calcification form with R and L columns plus free text",
    "form rows with R and L columns (present, morphology, distribution, change, associated mass / distortion 'No', BI-RADS), "
    "'Associated mass: No' per side beside a present left cyst in the free text",
    "c", "R4B L2", "4B",
    ["calc R p m:amorphous d:grouped", "mass R a", "ad R a", "calc L p s m:punctate+round d:diffuse", "mass L a", "ad L a",
     "mass L p", "ln B a"],
    """
HANGANG UNIVERSITY HOSPITAL -- Department of Radiology, Breast Imaging Section
Pt ID: 40817293   F/53   Exam: Bilateral mammography + tomosynthesis, breast US   Date: 2026-01-28
Clinical info: NHIS screening recall for right breast calcifications (outside screening center).
Comparison: Outside mammography 2024-01-15 (CD).
Breast composition: heterogeneously dense (c)

STRUCTURED CALCIFICATION FORM
                          R                          L
  Calcification present   Yes                        Yes
  Morphology              Amorphous                  Round and punctate
  Distribution            Grouped                    Diffuse
  Extent                  9 mm                       --
  Location                UOQ, 10 o'clock, middle    both upper quadrants
  Change vs prior         New                        Stable
  Associated mass         No                         No
  Associated distortion   No                         No
  BI-RADS                 4B                         2

Other findings:
US: 5 mm simple cyst, L 4 o'clock, 3 cm FN. No abnormal axillary lymph node on either side.

Conclusion:
New grouped amorphous calcifications in the right breast, for stereotactic vacuum-assisted biopsy.
Benign calcifications and simple cyst in the left breast.

Reading radiologist: Dr. Park Ji-won / Staff: Dr. Lee Seung-hoon
""")

add("r34_11_jamaica_ocr_fax_import", "Jamaican private imaging centre (Kingston), report faxed to the referring clinic and imported into its EMR by OCR",
    "fax header line and EMR import banner; OCR errors throughout ('Bl-RADS', 'rnass', 'Ieft', '1O mm', 'caIcifications'); "
    "new right 'cluster' -> grouped amorphous; stable left simple cyst; normal nodes 'bilateraIly' (both)",
    "c", "R4B L2", "4B",
    ["calc R p m:amorphous d:grouped", "mass R a", "ad R a", "mass L p s", "calc L p m:vascular", "calc L a", "ln B p"],
    """
JAN-28-2026 15:12  FROM:LIGUANEA IMAGING        TO:18769274410               P.001/001
[Imported document -- OCR text of a scanned fax received 28/01/2026. Verify against the original image.]

LIGUANEA IMAGING & DIAGNOSTlCS LTD.
1l Hope Road, Kingston 6, Jamaica W.l.       Tel (876) 9O2-xxxx

PATlENT: BROWN, Marcia A.        DOB: 1O/O4/1968        REF: Dr. P. Campbell
EXAM: BlLATERAL DlGlTAL MAMMOGRAM WlTH TOMOSYNTHESlS ; BlLATERAL BREAST ULTRASOUND
DATE OF EXAM: 27/O1/2026

CLlNlCAL HlSTORY: 57 y/o, routine screening. No compIaints. Mother - breast ca.
COMPARlSON: 15/O1/2024.

FlNDlNGS:
The breasts are heterogeneousIy dense (ACR C), which may obscure smaIl rnasses.
RlGHT BREAST: There is a new 8 rnm cluster of arnorphous calcifications in the upper outer quad-
rant, rnid depth. No associated rnass or architectural distortion.
LEFT BREAST: Stable 1O rnm circumscribed ovaI rnass at 6 o'c1ock, unchanged since 2024. On
uItrasound it is a sirnple cyst. Benign vascular caIcifications are noted. No suspicious
caIcifications.
AXlLLAE: NormaI-appearing Iymph nodes bilateraIly.

lMPRESSlON:
1. New grouped arnorphous calcifications, right breast. Bl-RADS 4B. Stereotactic biopsy is
   recommended.
2. Stable sirnple cyst and vascuIar calcifications, Ieft breast. Bl-RADS 2.

0VERALL ASSESSMENT: Bl-RADS 4B

Dr. Andrea McLean-Grant, MBBS, DM (Rad.)
Electronically signed 27/O1/2026 17:48
""")

add("r34_12_bangladesh_roman_outline", "Bangladeshi private diagnostic centre (Dhanmondi, Dhaka), mammography + USG report as a Roman-numeral outline",
    "outline I. MAMMOGRAPHY / II. ULTRASONOGRAPHY / III. IMPRESSION with A./B. breast sub-headings and numbered lines; "
    "'within it' continues the right mass; US 'SOL ... correlates with I.B.1' = the same mass (one); left 'No mass, asymmetry "
    "or distortion' absent beside a present left cyst on USG; 'Right breast: ... BI-RADS 5'",
    "b", "R5 L2", "5",
    ["mass R p", "calc R p m:fine_pleomorphic", "skin R a", "mass L a", "asym L a", "ad L a", "calc L p d:diffuse",
     "ln R p", "mass L p"],
    """
GREEN CRESCENT DIAGNOSTIC & IMAGING CENTRE
House 27, Road 9/A, Dhanmondi, Dhaka-1209        Department of Radiology & Imaging

Name: Mrs. Nasrin Akter     Age: 44 Y     Sex: F     ID No: 2601-3387     Date: 26.01.2026
Ref. by: Prof. Dr. S. Rahman, FCPS (Surgery)
Examination: Mammography of both breasts (CC & MLO) and USG of both breasts
Clinical: Lump in Rt breast for 1 month.

I.  MAMMOGRAPHY
    A. Breast composition: scattered areas of fibroglandular density (ACR b).
    B. Right breast
       1. A 22 x 18 mm high density irregular mass with indistinct margins in the upper outer quadrant,
          corresponding to the palpable lump.
       2. Fine pleomorphic microcalcifications are seen within it.
       3. No skin thickening or nipple retraction.
    C. Left breast
       1. No mass, asymmetry or distortion.
       2. Few scattered benign looking calcifications.
    D. Axillae: Rt axillary lymph nodes, largest 14 mm, with loss of fatty hilum. Lt axilla unremarkable.

II. ULTRASONOGRAPHY
    A. Right breast
       1. Irregular hypoechoic solid SOL measuring 23 x 17 mm at 10 o'clock, 3 cm from nipple, not
          parallel, with posterior acoustic shadowing and internal vascularity -- correlates with I.B.1.
    B. Left breast
       1. A 7 x 4 mm anechoic cyst with posterior enhancement at 2 o'clock (simple cyst).

III. IMPRESSION
    A. Right breast: Suspicious mass with microcalcifications and abnormal axillary lymph nodes -- BI-RADS 5.
    B. Left breast: Simple cyst and benign calcifications -- BI-RADS 2.

IV. RECOMMENDATION
    USG guided core biopsy of the right breast mass and FNAC of the right axillary node.

Dr. Farhana Islam, MBBS, MD (Radiology)
Consultant Radiologist
""")
