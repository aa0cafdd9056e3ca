ITEMS = []

ITEMS.append(dict(id="r36_01_malta_all_caps_old_ris", density="c", overall="4C", cats="L4C R2", findings=[
    "mass L p", "calc L p m:amorphous", "skin L a", "ln L p", "calc R p s m:round d:diffuse", "mass R a", "ad R a"],
    text="""
MATER DEI HOSPITAL - MEDICAL IMAGING DEPARTMENT                          RIS V4.2
REPORT                                     ACC NO: MD26-0048811
PATIENT: BORG, MARIA        ID: 0123456M        DOB: 02/03/1961     SEX: F
EXAM: MAMMOGRAPHY BILATERAL + US BREAST BILATERAL      DATE: 13/01/2026
REQ BY: DR J CAMILLERI (BREAST CLINIC)
CLINICAL: ?LUMP L BREAST UOQ. NO FHX. NO HRT.

REPORT:
BILATERAL MAMMOGRAPHY, CC AND MLO VIEWS, WITH LEFT SPOT COMPRESSION. COMPARED WITH 17/05/2023.
THE BREASTS ARE HETEROGENEOUSLY DENSE (ACR C).
LEFT BREAST: AT THE SITE OF THE PALPABLE LUMP, 2 O'CLOCK, THERE IS A 19MM IRREGULAR MASS WITH
MICROLOBULATED MARGINS. IT IS NEW SINCE 2023. AMORPHOUS MICROCALCIFICATIONS ARE SEEN WITHIN IT.
NO SKIN THICKENING.
RIGHT BREAST: SCATTERED BENIGN ROUND CALCIFICATIONS, UNCHANGED. NO MASS OR ARCHITECTURAL DISTORTION.

US BOTH BREASTS AND AXILLAE:
LEFT 2 O'CLOCK 5CM FN: CORRESPONDING IRREGULAR HYPOECHOIC MASS 18 X 14 MM, NOT PARALLEL, ANGULAR
MARGINS, INTERNAL VASCULARITY ON DOPPLER.
LEFT AXILLA: ONE NODE WITH CORTEX 4MM, PRESERVED FATTY HILUM.
RIGHT BREAST AND RIGHT AXILLA: NORMAL.

IMPRESSION:
1. SUSPICIOUS MASS LEFT BREAST 2 O'CLOCK WITH CALCIFICATIONS - BI-RADS 4C.
   US GUIDED CORE BIOPSY ARRANGED FOR 16/01/2026.
2. RIGHT BREAST BENIGN - BI-RADS 2.

REPORTED BY: DR R. GALEA, CONSULTANT RADIOLOGIST       VERIFIED 13/01/2026 12:47
*** END OF REPORT ***
"""))

ITEMS.append(dict(id="r36_02_bahrain_obx_line_export", density="b", overall="0", cats="L0 R2", findings=[
    "calc L p m:amorphous d:grouped", "calc R p m:skin", "mass B a", "ad B a"], text="""
RESULT EXPORT -- Manama Medical Center, Kingdom of Bahrain -- Department of Radiology
Order: RAD-2026-0019934   Patient: [redacted]   CPR: [redacted]   Exported: 2026-02-03 08:14
OBX|1|TX|77067^MAMMO SCREENING BILAT W TOMO||EXAM: Bilateral screening mammogram with tomosynthesis.||||||F
OBX|2|TX|77067^MAMMO SCREENING BILAT W TOMO||Date of exam: 02/02/2026. Comparison: 11/01/2024 and 08/01/2022.||||||F
OBX|3|TX|77067^MAMMO SCREENING BILAT W TOMO||History: 52 years, asymptomatic, annual screening.||||||F
OBX|4|TX|77067^MAMMO SCREENING BILAT W TOMO||Breast density: b - scattered areas of fibroglandular density.||||||F
OBX|5|TX|77067^MAMMO SCREENING BILAT W TOMO||FINDINGS: Left breast: a new group of calcifications at 3 o'clock, middle||||||F
OBX|6|TX|77067^MAMMO SCREENING BILAT W TOMO||depth, spanning 6 mm.||||||F
OBX|7|TX|77067^MAMMO SCREENING BILAT W TOMO||They are amorphous. Magnification views are needed for full characterisation.||||||F
OBX|8|TX|77067^MAMMO SCREENING BILAT W TOMO||Right breast: skin calcifications along the inner breast, unremarkable.||||||F
OBX|9|TX|77067^MAMMO SCREENING BILAT W TOMO||No suspicious mass or architectural distortion in either breast.||||||F
OBX|10|TX|77067^MAMMO SCREENING BILAT W TOMO||IMPRESSION: Left: BI-RADS 0 - Incomplete, needs additional imaging evaluation.||||||F
OBX|11|TX|77067^MAMMO SCREENING BILAT W TOMO||Right: BI-RADS 2 - Benign.||||||F
OBX|12|TX|77067^MAMMO SCREENING BILAT W TOMO||RECOMMENDATION: Recall for left diagnostic magnification views (CC and ML).||||||F
OBX|13|TX|77067^MAMMO SCREENING BILAT W TOMO||Read by: Dr. Fatema Al-Sayed, Consultant Radiologist. Signed 02/02/2026 17:40.||||||F
"""))

ITEMS.append(dict(id="r36_03_cyprus_line_numbered", density="b", overall="4A", cats="L4A R2", findings=[
    "other L p", "mass L p", "calc R p d:diffuse", "mass R a"], text="""
01  LIMASSOL DIAGNOSTIC IMAGING CENTRE -- Breast Unit
02  Patient: A. Georgiou   Age: 54   File no: LDI-26-00377   Date: 27/01/2026
03  Referring: Dr P. Christodoulou, general surgeon
04  Examination: Bilateral diagnostic mammography and bilateral breast ultrasound
05  Clinical information: spontaneous bloody discharge from a single duct of the left nipple for 3 weeks.
06
07  Findings:
08  Breast composition ACR b, scattered fibroglandular tissue. No previous imaging for comparison.
09  In the left breast the retroareolar ducts are dilated up to 4 mm and contain echogenic material
10  on ultrasound, over a length of 2 cm at 12 o'clock.
11  An intraductal mass of 5 mm is seen within one of them, 1 cm from the nipple, with a vascular
12  stalk on colour Doppler. It is not visible on the mammogram.
13  In the right breast there are scattered benign-appearing calcifications. No suspicious mass in
14  the right breast. Both axillae normal on ultrasound.
15
16  Conclusion:
17  1. Left breast: dilated retroareolar ducts with a 5 mm intraductal mass, likely a papilloma.
18     BI-RADS 4A. US-guided vacuum-assisted biopsy recommended.
19  2. Right breast: benign calcifications. BI-RADS 2.
20
21  Dr Elena Nicolaou, Consultant Radiologist, MD (Athens)
22  This report was electronically signed on 27/01/2026 at 14:05.
"""))

ITEMS.append(dict(id="r36_04_botswana_speech_recognition", density="c", overall="4B", cats="L4B R2", findings=[
    "calc L p m:fine_pleomorphic d:grouped", "mass L a", "mass R p s"], text="""
GABORONE PRIVATE HOSPITAL -- RADIOLOGY DEPARTMENT
Patient: Ms K. Mosweu     Age: 57     Hosp No: GPH 118842     Exam date: 05/02/2026
Exam: BILATERAL DIAGNOSTIC MAMMOGRAM WITH MAGNIFICATION VIEWS
Referred by: Dr T. Kgosi
** PRELIMINARY - dictated with speech recognition, please report transcription errors **

Clinical history colon recall from screening for calcifications in the lift breast period

Technique colon standard CC and MLO views of both breasts with magnification CC and ML views of the lift breast period

Findings colon
The breasts are heterogeneously dense comma which may obscure small masses period
There is a cluster of pleomorphic calcification's in the lift breast at 1 o'clock comma middle depth comma spanning
8 mm period No associated mass period
Right breast colon stable oval circumscribed mass at 7 o'clock comma unchanged since 2023 comma likely a fibroadenoma period

Impression colon
1 period Suspicious pleomorphic calcification's lift breast comma bi rads for B period Stereotactic biopsy recommended period
2 period Stable probable fibroadenoma right breast comma bi rads 2 period

Dictated by Dr O. Seretse, Radiologist     05/02/2026 10:22
"""))

ITEMS.append(dict(id="r36_05_costa_rica_markdown_side_table", density="c", overall="5", cats="R5 L2", findings=[
    "mass R p", "ln R p", "mass L p", "calc L a"], text="""
# Hospital Metropolitano -- Servicio de Imagenes Mamarias, San Jose, Costa Rica
**English version issued at the patient's request** (original report in Spanish, same date)

**Patient:** M. Solano Vargas  |  **Age:** 50  |  **Record:** HM-0556120  |  **Date:** 22/01/2026
**Exam:** Bilateral diagnostic mammography with tomosynthesis + bilateral breast and axillary ultrasound
**Indication:** Palpable lump, right breast, upper outer quadrant, 6 weeks.
**Comparison:** None available.

**Breast composition:** ACR c -- heterogeneously dense.

## Findings by side

| Side  | Finding              | Location             | Size  | Description                                                   |
|-------|----------------------|----------------------|-------|---------------------------------------------------------------|
| Right | Mass                 | 10:00, 3 cm from FN  | 14 mm | Irregular, spiculated. US: hypoechoic, not parallel, shadowing |
| Right | Axillary lymph node  | Level I              | 22 mm | Cortex 6 mm, effaced fatty hilum                               |
| Left  | Simple cyst          | 4:00, 2 cm from FN   | 9 mm  | Anechoic, thin wall, posterior enhancement                    |
| Left  | Calcifications       | --                   | --    | None                                                          |

## Assessment

| Side  | BI-RADS |
|-------|---------|
| Right | 5       |
| Left  | 2       |

**Recommendation:** US-guided core biopsy of the right breast mass and of the right axillary node (clip both). Breast
surgery consultation.

Dra. Andrea Mora Jimenez, Radiologist, Cod. 4471 -- signed 22/01/2026 11:58
"""))

ITEMS.append(dict(id="r36_06_namibia_mobile_van_checkboxes", density="b", overall="0", cats="R2 L0", findings=[
    "mass R a", "calc R p m:coarse", "asym R a", "ad R a", "mass L p", "calc L a", "asym L a", "ad L a"], text="""
NAMIBIA BREAST HEALTH OUTREACH -- MOBILE MAMMOGRAPHY UNIT 2
Site: Oshakati State Hospital car park        Screening date: 10/02/2026
Client no: MU2-26-0418     Age: 49     First screen: [X] Yes [ ] No     Priors: [ ] Yes [X] No
Radiographer: L. Shikongo     Images: RCC RMLO LCC LMLO     Technical repeat: [ ] Yes [X] No
Read at: Windhoek Central Hospital, Dept of Radiology     Reader: Dr H. Nghipondoka     Read date: 13/02/2026

BREAST DENSITY:   [ ] A   [X] B   [ ] C   [ ] D

RIGHT BREAST
  Mass ..................... [ ] Yes  [X] No
  Calcifications ........... [X] Yes  [ ] No   ->  [X] Benign   [ ] Suspicious
  Asymmetry ................ [ ] Yes  [X] No
  Architectural distortion . [ ] Yes  [X] No

LEFT BREAST
  Mass ..................... [X] Yes  [ ] No
  Calcifications ........... [ ] Yes  [X] No   ->  [ ] Benign   [ ] Suspicious
  Asymmetry ................ [ ] Yes  [X] No
  Architectural distortion . [ ] Yes  [X] No

Comments: L: 12 mm oval mass, partially obscured margins, 12 o'clock, no priors to compare. R: 2 coarse benign
calcifications UOQ.

BI-RADS RIGHT:   [ ] 0   [ ] 1   [X] 2   [ ] 3   [ ] 4   [ ] 5
BI-RADS LEFT:    [X] 0   [ ] 1   [ ] 2   [ ] 3   [ ] 4   [ ] 5

OUTCOME:  [ ] Routine screening in 2 years   [X] Recall for assessment (Windhoek Central, breast clinic)
Client informed by: [X] SMS   [ ] Phone   [ ] Letter
"""))

ITEMS.append(dict(id="r36_07_brunei_side_only_in_title", density="c", overall="3", cats="L3", findings=[
    "asym L p", "calc L a", "ln L p s"], text="""
RIPAS HOSPITAL -- DEPARTMENT OF RADIOLOGY, BANDAR SERI BEGAWAN, BRUNEI DARUSSALAM
Patient: Hjh N. binti A.     BRN: 01-xxxxxx     Age: 47     Date: 29/01/2026
Exam: MAMMO DIAG LEFT W/ US
Requesting: Breast screening programme (recall)

CLINICAL INDICATION: Recalled from screening, asymmetry on the MLO view.

COMPARISON: Screening mammogram 08/01/2026 and 2023.

TECHNIQUE: Spot compression CC and MLO views and a true lateral view. Targeted ultrasound.

FINDINGS:
The breast is heterogeneously dense, which may obscure small masses.
There is a 10 mm focal asymmetry in the upper outer quadrant of the breast at 2 o'clock, middle depth. It persists on
spot compression and on the true lateral view, with interspersed fat and concave borders. No suspicious
calcifications.
Ultrasound of the breast at 2 o'clock, 6 cm from the nipple, shows a 9 mm oval circumscribed hypoechoic area,
parallel to the skin, which corresponds to the focal asymmetry.
A 6 mm intramammary lymph node with a fatty hilum is noted at 3 o'clock in the axillary tail, unchanged since 2023.

IMPRESSION:
Focal asymmetry with a benign-appearing sonographic correlate.
BI-RADS 3: Probably benign. Short-interval follow-up diagnostic mammogram and ultrasound in 6 months.

Dr Lim Wei Ming, Consultant Radiologist       Verified 29/01/2026 16:31
"""))

ITEMS.append(dict(id="r36_08_luxembourg_rtf_html_remnants", density="b", overall="3", cats="R2 L3", findings=[
    "other R p s", "calc R p s m:dystrophic", "mass R a", "mass L p"], text=r"""
{\rtf1\ansi\deff0 {\fonttbl{\f0 Arial;}}\f0\fs20 CENTRE HOSPITALIER DE LUXEMBOURG - Service d'Imagerie Medicale\par
Breast imaging report (English copy for patient)&nbsp;&nbsp;|&nbsp;&nbsp;Date: 04/02/2026<br>
Patient: Mrs S. Weber&nbsp;&nbsp; Matricule: 1969xxxxxxx&nbsp;&nbsp; Referring: Dr C. Schmit (gynaecology)<br>
\par
<b>Examination:</b> bilateral mammography (2D + tomosynthesis) and bilateral breast ultrasound.\par
<b>History:</b> right lumpectomy and radiotherapy 2019 (pT1b N0). Annual surveillance.<br>
<b>Comparison:</b> 03/02/2025, 29/01/2024.\par
\par
<b>Findings:</b><br>
Breast composition: ACR b.&nbsp;\par
Right breast: postsurgical scar at 9 o'clock with dystrophic calcifications along it. Both are unchanged since
2025.<br>No suspicious mass in the right breast.\par
Left breast: new 6 mm oval mass with circumscribed margins at 11 o'clock, 4 cm from the nipple, middle depth.<br>
On ultrasound it is a complicated cyst with low-level internal echoes, without internal flow.&nbsp;\par
\par
<b>Conclusion:</b><br>
Right: stable post-treatment changes. BI-RADS 2&nbsp;&nbsp;&nbsp;Left: probable complicated cyst. BI-RADS 3\par
Recommendation: left breast ultrasound in 6 months; next surveillance mammogram 02/2027.<br>
\par
Dr M. Hoffmann, radiologue&nbsp;-&nbsp;validated 04/02/2026 15:02\par
}
"""))

ITEMS.append(dict(id="r36_09_kazakhstan_bracket_headings_rules", density="c", overall="4C", cats="R4C L2", findings=[
    "ad R p", "calc R a", "mass L p s", "calc L p s m:rim", "ln B a"], text="""
MEDICAL CENTRE "ALATAU DIAGNOSTICS", ALMATY, KAZAKHSTAN -- Department of Radiology
Report language: English (international patient service)
----------------------------------------------------------------------
[PATIENT]      Ivanova T.        Age 55        Card no. AD-26-10392
[EXAM]         Mammography both breasts (2D + DBT) + ultrasound both breasts and axillae
[DATE]         16.01.2026
[REFERRED BY]  Dr A. Seitkali, mammologist
----------------------------------------------------------------------
[INDICATION]
Screening mammogram at another clinic in December: "distortion right breast". Seen for assessment.
----------------------------------------------------------------------
[BREAST COMPOSITION]
C (heterogeneously dense).
----------------------------------------------------------------------
[FINDINGS]
Right breast: architectural distortion at 12 o'clock, posterior depth, about 15 mm, seen on DBT and faintly on 2D.
The distortion has no associated calcifications.
Ultrasound: irregular hypoechoic lesion with angular margins at 12 o'clock, 7 cm from the nipple, 11 mm, which
corresponds to the distortion.
Left breast: oil cyst at 6 o'clock, 8 mm, with eggshell calcification of its wall. Both the cyst and its calcification
are unchanged since 2022 (post-traumatic, car accident 2021).
----------------------------------------------------------------------
[AXILLAE]
No lymphadenopathy.
----------------------------------------------------------------------
[ASSESSMENT]
Right breast: BI-RADS 4C.
Left breast: BI-RADS 2.
----------------------------------------------------------------------
[RECOMMENDATION]
US-guided core biopsy of the right breast lesion (14G, 4 cores), clip placement.
----------------------------------------------------------------------
Radiologist: Dr D. Nurlanova          Signed: 16.01.2026 13:20
"""))

ITEMS.append(dict(id="r36_10_georgia_addendum_changes_category", density="b", overall="2", cats="R2 L1", findings=[
    "mass R p s", "mass L a", "calc L a"], text="""
TBILISI BREAST CENTRE -- MAMMOGRAPHY REPORT
Patient: N. Beridze     DOB: 14.09.1972     ID: 0100xxxxxxx     Exam date: 09.02.2026
Exam: Bilateral screening mammography (CC, MLO)
Comparison: 2021 (this centre).

Findings:
Scattered areas of fibroglandular density (ACR b).
Right breast: 7 mm oval mass with circumscribed margins at 8 o'clock, anterior depth. It was not seen on the 2021
examination.
Left breast: no suspicious masses or calcifications.

Impression:
Right breast: new oval mass, additional evaluation with ultrasound recommended. BI-RADS 0.
Left breast: BI-RADS 1.

Dr G. Kapanadze, radiologist          Signed 09.02.2026 12:10

ADDENDUM (12.02.2026):
The patient brought her mammograms of 03.2023 from another clinic. The right breast mass at 8 o'clock is present on
the 2023 study and is unchanged in size and shape over almost three years. It is benign. Ultrasound is no longer
needed. Revised assessment: right breast BI-RADS 2. The left breast remains BI-RADS 1. Next screening in 2 years.
Dr G. Kapanadze                      Signed 12.02.2026 09:05
"""))

# ---- cases 11-12: added by a second blind writer (issue 13; brief blind_36b) ----

ITEMS.append(dict(id="r36_11_fiji_impression_side_category_action_table", density="b", overall="4A", cats="R4A L2",
    findings=["mass R p", "calc R a", "calc L p m:milk_of_calcium d:grouped", "ln L p s", "asym B a"], text="""
COLONIAL WAR MEMORIAL HOSPITAL -- DEPARTMENT OF RADIOLOGY, SUVA, FIJI
Name: Mrs L. Vunibola      Age: 48      NHN: 24xxxxx      Ward/Clinic: Surgical OPD
Exam: Bilateral mammogram + bilateral breast ultrasound       Date: 03/02/2026
Clinician: Dr S. Naidu

Clinical notes: R breast pain 2/12. FHx - aunt Ca breast. Last mammogram 2024 (this dept).

Findings:
Scattered fibroglandular densities (ACR B).
Right breast: 10 mm round mass with indistinct margins at 9 o'clock, middle third, not present in 2024. No
calcifications in relation to it. On U/S: round hypoechoic solid mass 9 x 8 mm at 9 o'clock 3 cm FN, margins not
circumscibed, no posterior features, some internal vascularity.
Left breast: small cluster of milk of calcium calcifications in the upper outer quadrant, layering ("tea cups") on
the ML view, benign. Intramammary lymphnode at the axillary tail, 7 mm, same as 2024.
No focal assymetry in either breast.

IMPRESSION:
Side   | Category     | Action
-------+--------------+------------------------------------------------
Right  | BI-RADS 4A   | U/S guided core biopsy R 9 o'clock (booked 10/02)
Left   | BI-RADS 2    | Routine mammogram in 2 yrs

Reported by: Dr. A. Ravuvu, Radiologist          03/02/2026
"""))

ITEMS.append(dict(id="r36_12_montenegro_left_us_only_right_both", density="c", overall="4B", cats="R4B L3",
    findings=["calc R p m:fine_pleomorphic d:grouped", "mass R a", "ad R a", "mass L p", "ln B p"], text="""
CLINICAL CENTRE OF MONTENEGRO -- Centre for Radiological Diagnostics, Podgorica
Breast imaging report (English copy)

Patient: J. Vukovic, female, 46 y      ID: KCCG-26-01944      Date: 11.02.2026
Examination: RIGHT DIAGNOSTIC MAMMOGRAPHY (CC, MLO, magnification CC and ML) + BILATERAL BREAST ULTRASOUND
Referral: Dr M. Radulovic, surgeon. Right: recalled for calcifications from an outside screening mammogram
(Jan 2026). Left: tender area at 2 o'clock, ultrasound requested.
Note: the left breast was examined by ultrasound only (left mammogram not repeated, outside screen 4 weeks ago).

MAMMOGRAPHY - RIGHT
The breast is heterogeneously dense (ACR c).
At 12 o'clock, anterior depth, there is a group of fine pleomorphic calcificatons spanning 6 mm, confirmed on the
magnification views. No associated mass or distortion is seen on mammography.

ULTRASOUND - RIGHT
No mass in the right breast. The calcifications at 12 o'clock are not seen on ultrasound.

ULTRASOUND - LEFT
At 2 o'clock, 3 cm from the nipple, under the tender area: 7 mm oval, parallel, circumscribed hypoechoic mass,
no internal flow. Probably a fibroadenoma.

AXILLAE (US): normal lymph nodes on both sides, thin cortex, preserved fatty hilum.

CONCLUSION
Right breast (mammography + US): grouped fine pleomorphic calcifications at 12 o'clock - BI-RADS 4B.
Stereotactic vacuum biopsy recommended.
Left breast (US only): probably benign solid mass at 2 o'clock - BI-RADS 3. Control US in 6 months.

Dr Ana Bozovic, radiologist          Signed 11.02.2026 13:25
"""))
