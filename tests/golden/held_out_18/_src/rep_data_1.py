ITEMS = []
def add(**kw): ITEMS.append(kw)

add(id="r18_01_turkey_university_hospital", style="Turkish university hospital report in English (protocol no., 'Uzm. Dr.', reported/approved by), mammography + US with sub-headers, numbered impression per breast",
density="c", overall="5", cats="L5 R2",
find=["mass L p", "calc L p m:fine_pleomorphic", "ad L a", "ln L p",
      "calc R p s m:punctate", "mass R a", "calc R a", "mass R p", "ln R p"],
text="""
EGE REGION UNIVERSITY HOSPITAL - IZMIR
Department of Radiology - Breast Imaging Unit

Patient: F. K.            Protocol No: 2026/04417          Age: 48
Date: 12.02.2026          Requested by: General Surgery Outpatient Clinic

EXAMINATION: Bilateral digital mammography (CC, MLO) and bilateral breast ultrasonography

CLINICAL INFORMATION: Palpable mass in the left breast for 1 month. Mother had breast cancer at age 55.

COMPARISON: Mammography dated 03.2024 (outside centre, CD).

FINDINGS:
Mammography:
Breast composition ACR C (heterogeneously dense, may obscure small masses).
Left breast: In the upper outer quadrant there is an irregular shaped, spiculated, high density mass measuring 22x18 mm, which was not present in 2024. Pleomorphic microcalcifications are seen within and around the mass. No architectural distortion.
Right breast: Benign-appearing punctate calcifications, stable compared with 2024. No mass or suspicious microcalcification in the right breast.

Ultrasonography:
Left breast 2 o'clock, 5 cm from nipple: irregular, non-parallel, hypoechoic solid lesion 21x17x15 mm with angular margins and posterior acoustic shadowing, corresponding to the mammographic mass. Increased internal vascularity on Doppler. In the left axilla, two lymph nodes with cortical thickness up to 6 mm and effaced fatty hilum, suspicious for metastasis.
Right breast: a 5 mm simple cyst at 10 o'clock. Right axilla: normal lymph nodes.

IMPRESSION:
1. Left breast: malignant-appearing mass with pleomorphic microcalcifications, and suspicious left axillary lymph nodes. BI-RADS 5.
2. Right breast: simple cyst and benign calcifications. BI-RADS 2.

RECOMMENDATION: US-guided tru-cut biopsy of the left breast mass and FNA of the suspicious axillary node. Breast MRI for local staging.

Reported by: Uzm. Dr. Elif Aydin (Radiology Specialist)
Approved by: Prof. Dr. Serkan Ozturk
""")

add(id="r18_02_ihs_mobile_screening", style="US Indian Health Service mobile mammography screening, remote contract read (HRN, Purchased/Referred Care, MQSA letter), per-breast lines + Overall BI-RADS 0",
density="b", overall="0", cats="R0 L2",
find=["asym R p", "calc L p s", "calc B a", "ln L p"],
text="""
INDIAN HEALTH SERVICE - Northern Plains Service Unit
Women's Health / Mobile Mammography Program

SCREENING MAMMOGRAPHY REPORT
Site: mobile unit visit, Eagle Butte Health Center
Patient: [name]      HRN: 0XXXXX      DOB: XX/XX/1973      Sex: F
Exam: SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS     Date of exam: 02/17/2026
Read date: 02/19/2026 - interpreted remotely by contract radiologist

CLINICAL HISTORY: 52 y/o, routine screening. No breast complaints. Type 2 diabetes. No family history of breast cancer.

COMPARISON: 01/2024 and 11/2022 (same program).

TECHNIQUE: Standard CC and MLO views with digital breast tomosynthesis of both breasts. Computer-aided detection was used.

FINDINGS:
The breasts are composed of scattered areas of fibroglandular density.
There is a new 9 mm focal asymmetry in the right breast, upper outer quadrant, middle depth, seen on the MLO view only.
Stable benign-appearing calcifications in the left breast. No suspicious calcifications in either breast.
Normal-appearing lymph nodes in the left axilla.

IMPRESSION:
RIGHT BREAST: Focal asymmetry, needs additional evaluation. BI-RADS 0: Incomplete.
LEFT BREAST: Benign. BI-RADS 2.
OVERALL: BI-RADS 0 - Incomplete, need additional imaging evaluation.

RECOMMENDATION: Right diagnostic mammogram with spot compression views, and right breast ultrasound if indicated. Purchased/Referred Care (PRC) referral initiated for diagnostic imaging at the regional hospital. Patient notified by phone; result letter mailed in accordance with MQSA.

Electronically signed: J. Whitehorse, MD, Radiologist (contract)     02/19/2026 16:22
""")

add(id="r18_03_va_vista_report", style="US VA VistA/CPRS radiology report text (Exm Date, Req Phys, CPT, Proc Modifiers, Report Status, Primary Diagnostic Code words), 6-month follow-up of calcifications, LEFT/RIGHT lines (less common)",
density="c", overall="3", cats="L3 R2",
find=["calc L p s m:punctate,round d:grouped", "calc L a", "mass L a", "ad L a",
      "mass R a", "calc R a", "ad R a", "ln R p s"],
text="""
                        *** MAMMOGRAPHY REPORT ***
Exm Date: FEB 20, 2026@09:14
Req Phys: HARPER,LYNN M                 Pat Loc: WOMENS HEALTH CLINIC
Img Loc: MAMMOGRAPHY                    Service: Unknown

(Case 1187 COMPLETE) MAMMOGRAM DIAGNOSTIC BILATERAL (MAM Detailed) CPT:77066
     Proc Modifiers : BILATERAL EXAM

    Reason for Study: 6 MO F/U LEFT BREAST CALCS

    Clinical History:
      58 yo female Veteran, follow-up of probably benign calcifications left
      breast first seen 08/2024. No breast complaints.

    Report Status: Verified                   Date Reported: FEB 20, 2026
                                              Date Verified: FEB 20, 2026
    Verifier E-Sig:/ES/ALICIA R MORENO, MD

    Report:
      COMPARISON: 08/14/2025, 02/03/2025, 08/12/2024.

      TECHNIQUE: Bilateral CC and MLO views with tomosynthesis, plus ML and
      CC magnification views of the left breast.

      FINDINGS: The breasts are heterogeneously dense, which may obscure
      small masses.
      LEFT: The group of round and punctate calcifications in the upper
      outer quadrant at middle depth, spanning 5 mm, is unchanged compared
      with 08/2025, 02/2025 and 08/2024. No new calcifications. No mass or
      architectural distortion.
      RIGHT: No suspicious mass, calcifications or architectural
      distortion. Stable benign intramammary lymph node in the upper outer
      quadrant.

    Impression:
      1. Probably benign grouped calcifications left breast, stable for 18
         months. BI-RADS 3: PROBABLY BENIGN (LEFT).
      2. Benign intramammary lymph node right breast. BI-RADS 2: BENIGN
         (RIGHT).
      Recommend left diagnostic mammogram in 6 months (24-month stability),
      with routine bilateral screening at that time.

    Primary Diagnostic Code: PROBABLY BENIGN
    Secondary Diagnostic Codes: BENIGN

/ES/ALICIA R MORENO, MD
Staff Physician, Radiology
/RAD  FEB 20, 2026@15:47
""")

add(id="r18_04_pakistan_private_hospital", style="Pakistani private hospital report (Lahore; MR No, FCPS, 'USG', 'Advice', medicolegal disclaimer), dash impression with Roman 'BI-RADS category IV-C' / 'II'; misspelling",
density="b", overall="4C", cats="L4C R2",
find=["mass L p", "calc L p m:amorphous", "skin L a", "ln L p", "mass R a", "calc R a", "calc R p m:coarse"],
text="""
CITY CARE HOSPITAL & DIAGNOSTIC CENTRE, LAHORE
Department of Radiology & Imaging

MR No: 26-0114729        Name: Mrs. Rukhsana B.        Age/Sex: 45Y/F
Ref by: Dr. Kamran Aslam (Consultant Surgeon)           Date: 18-02-2026

MAMMOGRAPHY BOTH BREASTS + ULTRASOUND BOTH BREASTS

Clinical: Lump left breast x 2 months.

Technique: CC & MLO views of both breasts obtained. Supplemented with high resolution USG.

Findings:
Breast composition: ACR-B, scattered fibroglandular densities.

Left breast: An irregular high density mass with indistinct margins is seen at 12 o'clock in the upper central region, measuring 2.4 x 2.0 cm. Few associated amorphous microcalcifications are noted. Overlying skin appears normal. Nipple is not retracted.
On USG there is an irregular hypoechoic lesion with microlobulated margins at 12 o'clock, 2 cm from nipple, measuring 2.3 x 1.9 x 1.8 cm, taller than wide, with internal vascularity on colour doppler. It corresponds to the mammographic mass.
Left axilla shows a few lymph nodes with preserved fatty hila, largest 1.1 cm, likely reactive.

Right breast: No mass or suspicious microcalcifications. Benign-appearing coarse calcfication in upper outer quadrant. Right axilla: unremarkable.

IMPRESSION:
- Suspicious irregular mass with associated amorphous microcalcifications in left breast at 12 o'clock - BI-RADS category IV-C.
- Right breast - BI-RADS category II.

Advice: USG guided core biopsy of left breast lesion. Clinical correlation.

Dr. Saima Rauf
MBBS, FCPS (Radiology), Consultant Radiologist

Note: This report is not valid for medico-legal purposes. Typing errors to be reported within 24 hours.
""")

add(id="r18_05_nz_private_radiology_aspiration", style="New Zealand private radiology (NHI, FRANZCR), lump with skin marker, complicated cyst BI-RADS 3, same-day aspiration addendum revising both breasts' categories",
density="c", overall="2", cats="R2 L1",
find=["mass R a", "calc R a", "ad R a", "mass R p", "mass R p"],
text="""
HARBOURSIDE RADIOLOGY - Auckland | North Shore | Hamilton

Patient: Ms Rebecca T.          NHI: ZKL4821          DOB: 04/06/1979
Referrer: Dr Hamish Clarke, Ponsonby Medical Centre
Date of examination: 16/02/2026

Examination: Bilateral diagnostic mammogram and right breast ultrasound

Clinical details: Right breast lump at 7 o'clock, noticed 3 weeks ago. Last BreastScreen Aotearoa mammogram 2024, reported normal.

Findings:
Mammogram: The breast tissue is heterogeneously dense (BI-RADS C). A skin marker has been placed over the palpable lump in the right lower outer quadrant. No discrete mass, calcification or distortion is seen at the marker. No suspicious abnormality in the left breast.

Ultrasound: At the site of the palpable lump, right breast 7 o'clock 4 cm FN, there is a 14 x 12 x 6 mm oval circumscribed hypoechoic mass, parallel orientation, with low-level internal echoes and no internal vascularity, in keeping with a complicated cyst. A few small simple cysts nearby. The right axilla is normal.

Conclusion:
Palpable lump corresponds to a probable complicated cyst, right breast 7 o'clock. BI-RADS 3 right. Options of follow-up ultrasound in 6 months or aspiration were discussed with the patient, who prefers aspiration today.
Left: BI-RADS 1.

Dr Anna Kowalski, FRANZCR

ADDENDUM 16/02/2026 14:30
Ultrasound-guided aspiration was performed with verbal consent. 3 mL of turbid greenish fluid was aspirated with complete resolution of the lesion. Fluid discarded as not bloodstained. Final assessment: BI-RADS 2 right, BI-RADS 1 left. Return to routine screening.
Dr Anna Kowalski, FRANZCR
""")

add(id="r18_06_finland_bilingual_followup", style="Finnish university hospital surveillance report with Finnish/English headings (henkilotunnus, Lausunto, Yhteenveto), post-lumpectomy distortion unchanged, new dystrophic calcifications, 'on the left, BI-RADS 2' (less common)",
density="b", overall="2", cats="L2 R2",
find=["ad L p s", "calc L p m:dystrophic", "skin L p", "mass L a", "mass R p s", "calc R a", "ln B p"],
text="""
HUS Diagnostiikkakeskus / HUS Diagnostic Center - Radiologia / Radiology
Rintadiagnostiikka / Breast imaging

Potilas / Patient: Helena V.        Henkilotunnus / Personal ID: 140368-XXXX
Tutkimus / Examination: Mammografia ja rintojen UA / Mammography and breast ultrasound, both sides
Pvm / Date: 10.2.2026
Lahete / Referral: Seuranta / surveillance, 3 years after left breast-conserving surgery and radiotherapy (2023, ductal carcinoma pT1c N0).
Vertailu / Comparison: 2.2025, 2.2024.

Lausunto / Report (in English at the patient's request):
Breast density ACR b.
Left breast: Postoperative architectural distortion in the upper outer quadrant, unchanged. A few new dystrophic calcifications at the scar. Skin thickening has decreased compared with 2025. No suspicious mass.
Right breast: A 7 mm circumscribed oval mass in the lower inner quadrant, stable since 2023 (probable fibroadenoma). No suspicious calcifications.
Ultrasound: Left: scar area without suspicious solid lesion. Right: the 7 mm oval hypoechoic parallel mass at 4 o'clock corresponds to the mammographic finding, unchanged. Normal lymph nodes in both axillae.

Yhteenveto / Conclusion:
Postoperative changes on the left, BI-RADS 2. Stable probable fibroadenoma on the right, BI-RADS 2. Next follow-up mammography in 1 year.

Sanna Lehtinen, radiologian erikoislaakari / specialist in radiology
""")

add(id="r18_07_netherlands_hospital_screening_referral", style="Dutch hospital report (English translation, BSN, 'mammapoli', national screening BI-RADS 0 in the question), distortion with US correlate, 'BI-RADS 4 left. Right BI-RADS 1.'",
density="c", overall="4", cats="L4 R1",
find=["ad L p", "calc L a", "ln L a"],
text="""
Sint Antonius Ziekenhuis - Afdeling Radiologie (English translation for the patient)

Patient: Mrs. J. de Vries          BSN: XXXXXXXXX          Date of birth: 21-08-1962
Requested by: Dr. P. Bakker, surgeon (mammapoli / breast clinic)
Examination: Mammography both sides + ultrasound left breast
Date: 09-02-2026

Clinical question: Referred from the national breast cancer screening programme (BVO) with BI-RADS 0 left: architectural distortion left breast. Please assess.

Comparison: screening images 01-2026 and 01-2024.

Findings:
ACR density c.
Left: In the upper outer quadrant there is an architectural distortion of 15 mm, persistent on spot compression and visible on tomosynthesis, not present in 2024. No associated microcalcifications. On ultrasound at 2 o'clock, 6 cm from the nipple, a 9 mm irregular hypoechoic lesion with posterior acoustic shadowing, correlating with the distortion. No pathological lymph nodes in the left axilla.
Right: no abnormalities.

Conclusion:
Architectural distortion left breast with sonographic correlate, suspicious for malignancy. BI-RADS 4 left. Right BI-RADS 1.

Advice: ultrasound-guided 14G biopsy left, planned 12-02-2026. Results will be discussed at the breast clinic.

Dr. M. Jansen, radioloog
""")

add(id="r18_08_germany_private_practice_translated", style="German private radiology practice report, certified English translation (translator's note, 'in 2 planes', 'involuted glandular tissue', 'BI-RADS right 4, left 2') (less common)",
density="b", overall="4", cats="R4 L2",
find=["calc R p m:amorphous,fine_pleomorphic d:grouped", "mass R a", "calc L p s m:coarse", "ln B p"],
text="""
Radiologische Gemeinschaftspraxis am Stadtpark
Dr. med. Katrin Weber - Dr. med. Thomas Huber - Specialists in Diagnostic Radiology
Munich

[Certified translation from German. Translator's note: the original report is in German; in case of doubt the German version applies.]

Patient: Mrs. Sabine M., born 03.11.1966
Referred by: Dr. med. Ulrike Brandt (Gynaecology)
Date of examination: 13.02.2026

Examination: Digital mammography of both sides in 2 planes, supplemented by ultrasound of both breasts.
Indication: Early detection outside the screening programme; mastodynia on the right.
Prior examinations: 2023 available for comparison.

Findings:
Mammography: Largely involuted glandular tissue, ACR density type b. Right: in the upper outer quadrant a new cluster of about 10 amorphous and partly fine pleomorphic microcalcifications over 6 mm, not present in 2023. No mass. Left: known coarse popcorn-like calcification (calcified fibroadenoma) centrally, unchanged. Otherwise no suspicious focal findings. Axillary: small lymph nodes with fatty hilum on both sides.
Ultrasound: No focal lesion in either breast. Right upper outer quadrant: no sonographic correlate of the calcifications. The painful area on the right shows normal glandular tissue.

Assessment:
New grouped microcalcifications right, in need of clarification. Mastodynia without imaging correlate.
BI-RADS right 4, left 2.

Recommendation: Stereotactic vacuum-assisted biopsy right; appointment arranged at the breast centre.

With kind regards,
Dr. med. Katrin Weber
Specialist in Radiology
""")
