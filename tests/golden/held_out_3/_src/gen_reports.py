"""Writes reports/<id>.txt and reports/<id>.expected.json (gold written by hand, see ../README.md)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import expected

R = []


def rep(rid, text, density, overall, bb, codes):
    R.append((rid, text.strip("\n") + "\n", expected(density, overall, bb, codes)))


rep("r3_01_us_academic_addendum", """
UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIOLOGY, BREAST IMAGING SECTION

EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS
DATE OF EXAM: 03/14/2025
ACCESSION: 88231457

CLINICAL HISTORY: 58-year-old woman recalled from screening for a left breast asymmetry. Mother with breast cancer at age 62. No palpable abnormality.

COMPARISON: Screening mammogram 02/27/2025; prior screening mammograms 2021-2023.

TECHNIQUE: Bilateral CC and MLO views with digital breast tomosynthesis. Left ML and spot compression CC views.

FINDINGS:
The breasts are heterogeneously dense, which may obscure small masses.

Left breast: The screening-detected finding in the upper outer quadrant persists on spot compression and on tomosynthesis is an irregular mass with indistinct margins at 2 o'clock, 6 cm from the nipple, measuring 9 mm. No associated calcifications.

Right breast: Stable scattered benign-appearing calcifications. No suspicious mass or architectural distortion.

IMPRESSION:
Left breast 2 o'clock mass. Ultrasound to follow; see addendum.
BI-RADS 0: Incomplete - Need additional imaging evaluation.

Dictated by: Resident, MD
Attending: Breast Imager, MD

ADDENDUM (03/14/2025 11:52):
Targeted left breast ultrasound was performed by the radiologist. At 2 o'clock, 6 cm from the nipple, there is an irregular hypoechoic mass with angular margins and posterior shadowing, measuring 10 x 8 x 7 mm, corresponding to the mammographic finding. The left axilla shows normal-appearing lymph nodes with fatty hila.

ADDENDUM IMPRESSION:
1. Suspicious left breast mass at 2 o'clock. BI-RADS 4B: Moderate suspicion for malignancy. Ultrasound-guided core biopsy is recommended and has been scheduled.
2. Right breast: benign. BI-RADS 2.
Overall assessment: BI-RADS 4B.

Electronically signed: Breast Imager, MD 03/14/2025 12:05
""", "c", "4B", {"L": "4B", "R": "2"}, [
    "mass L p", "calc L a", "calc R p s d:diffuse", "mass R a", "ad R a", "ln L p"])

rep("r3_02_us_academic_screening_recall", """
EXAMINATION: SCREENING MAMMOGRAM, BILATERAL, WITH 3D TOMOSYNTHESIS AND CAD
DATE: 01/22/2025

HISTORY: 46-year-old female presenting for annual screening. No current breast complaints. No personal history of breast cancer.

COMPARISON: 01/10/2023, 01/15/2024.

BREAST DENSITY: The breasts are extremely dense, which lowers the sensitivity of mammography.

FINDINGS:
There is a developing asymmetry in the right breast, lower inner quadrant, posterior depth, seen on the CC view only. It was not present in 2023 and is subtle in retrospect in 2024.
A benign-appearing intramammary lymph node is again noted in the left upper outer quadrant, unchanged.
No suspicious calcifications bilaterally.

IMPRESSION:
Right breast developing asymmetry. Recall for right diagnostic mammogram and possible ultrasound.

BI-RADS 0 right breast: Incomplete - Need Additional Imaging Evaluation.
BI-RADS 2 left breast: Benign.

A letter with these results has been sent to the patient.
""", "d", "0", {"R": "0", "L": "2"}, [
    "asym R p", "ln L p s", "calc B a"])

rep("r3_03_powerscribe_community", """
Patient: [redacted]    DOB: [redacted]    MRN: [redacted]
Exam: MAM DIGITAL SCREENING BILATERAL W/ TOMO
Ordering Provider: [redacted]
Reason for Exam: Routine screening. Hx benign R breast biopsy 2016 (fibroadenoma).

TECHNIQUE: Standard CC and MLO views of both breasts with tomosynthesis. Computer-aided detection was utilized.

COMPARISON: Compared to prior exams dated 01/2023 and 01/2024.

BREAST COMPOSITION: [B] There are scattered areas of fibroglandular density.

FINDINGS:
Right: Biopsy clip at 10:00 with the known degenerating fibroadenoma, a mass containing coarse popcorn-like calcifications. The mass and its calcifications are unchanged.
Left: There are no suspicious masses, calcifications, or architectural distortion.
Bilateral: Vascular calcifications are noted.

IMPRESSION:
BENIGN. No mammographic evidence of malignancy.

BI-RADS: 2 - Benign

RECOMMENDATION: Screening mammogram in 1 year.
The patient has been notified of these results by letter in accordance with MQSA.
[PowerScribe 360 | Signed: 01/29/2025 16:41]
""", "b", "2", {}, [
    "mass R p s", "calc R p s m:coarse", "mass L a", "calc L a", "ad L a", "calc B p m:vascular"])

rep("r3_04_magview_template", """
MAGVIEW MAMMOGRAPHY REPORT
Procedure: Diagnostic Mammogram Bilateral / US Breast Left Limited
Exam Date: 06/02/2025
Indication: 6 month follow-up of probably benign left breast calcifications (BI-RADS 3, 12/2024).

Breast Density: Scattered fibroglandular densities (b)

Mammogram Findings:
LEFT: Magnification views of the left breast show a group of round and punctate calcifications in the upper inner quadrant at 11 o'clock, middle depth, spanning 4 mm. They are unchanged in number and distribution compared with 12/2024.
RIGHT: No significant masses, calcifications, or other findings.

Ultrasound Findings:
LEFT: Targeted ultrasound at 11 o'clock shows no sonographic correlate for the calcifications. Incidental 5 mm simple cyst at 3 o'clock, 3 cm from nipple.

Overall Assessment: Probably Benign
Right: BI-RADS 1 - Negative
Left: BI-RADS 3 - Probably Benign

Recommendation: Left diagnostic mammogram in 6 months (12-month follow-up of calcifications).
Letter sent: Probably Benign - Short Interval Follow-up
""", "b", "3", {"R": "1", "L": "3"}, [
    "calc L p s m:punctate,round d:grouped", "mass R a", "calc R a", "mass L p"])

rep("r3_05_canadian", """
[Regional Health Centre] - Department of Medical Imaging
Patient: [redacted]      OHIP: [redacted]
Examination: Bilateral Diagnostic Mammogram and Left Breast Ultrasound
Date: 2025-04-10
Requisition: Referred by the Ontario Breast Screening Program after an abnormal screen. Palpable lump reported by family physician, left breast 3 o'clock.

Comparison: OBSP screen 2025-03-18; 2023-03-02.

Mammogram:
Breast density: ACR category C, heterogeneously dense.
In the left breast at 3 o'clock, corresponding to the site of the palpable concern marked with a BB, there is an oval circumscribed equal-density mass measuring 14 mm, new since 2023. No calcification is associated.
The right breast is unremarkable. No suspicious mass, calcification or distortion on the right.

Ultrasound left breast:
At 3 o'clock, 4 cm from the nipple, there is a 15 x 9 x 11 mm oval, parallel, hypoechoic solid mass with circumscribed margins except for a short segment of the lateral margin, which is indistinct. Minimal internal vascularity. This corresponds to the mammographic mass.
Left axilla: no lymphadenopathy.

Impression:
New 15 mm solid mass, left breast 3 o'clock, with a focally indistinct margin. Although this may represent a fibroadenoma, biopsy is recommended as it is new.
BI-RADS 4A left.
Right breast negative, BI-RADS 1.

Ultrasound-guided core biopsy has been booked. Results will be forwarded to the family physician and OBSP.
""", "c", "4A", {"L": "4A", "R": "1"}, [
    "mass L p", "calc L a", "mass R a", "calc R a", "ad R a", "ln L a"])

rep("r3_06_irish", """
SYMPTOMATIC BREAST UNIT - [Hospital], Dublin
Triple Assessment Clinic - Radiology Report

Clinical details: 64 yr old lady. Core biopsy of right breast mass at 10 o'clock last week confirmed invasive ductal carcinoma, grade 2. Pre-operative staging of both breasts. ?multifocal disease.

Bilateral mammograms with tomosynthesis:
Breast parenchyma: fatty with scattered fibroglandular tissue (ACR B).
Right: The known 18 mm spiculated mass at 10 o'clock with a marker clip in situ. Small haematoma related to the recent biopsy. There is a further 6 mm irregular mass 2 cm posterior to the index lesion, suspicious for a satellite lesion. Fine pleomorphic microcalcificaitons extend from the index lesion towards the nipple in a linear distribution over 25 mm.
Left: No suspicious abnormality. Benign calcifications.

Ultrasound right breast and axilla:
Index lesion 19 mm at 10 o'clock, 5 cm FN. The posterior lesion corresponds to a 5 mm hypoechoic nodule with indistinct margins. Right axilla: one lymph node with a cortical thickness of 4 mm, morphologically indeterminate.

Conclusion:
1. Known right breast carcinoma: BI-RADS 6.
2. Additional 5 mm right breast lesion posterior to the index cancer, suspicious for a satellite focus: BI-RADS 4B. US-guided biopsy today.
3. Indeterminate right axillary node - FNA recommended.
4. Left breast: BI-RADS 2.
For discussion at MDM on Thursday.
""", "b", "4B", {"R": "4B", "L": "2"}, [
    "mass R p", "other R p", "mass R p", "calc R p m:fine_pleomorphic d:linear", "calc L p", "ln R p"])

rep("r3_07_scottish", """
NHS [Board] - Breast Screening Assessment Centre, Edinburgh
ASSESSMENT CLINIC REPORT

Referral: Recalled from routine screening (round 4). Screen-detected left breast distortion.
Previous screening: normal (2022).

Mammography (further views, left):
Left breast: Tomosynthesis and paddle views confirm an area of architectural distortion at 2 o'clock, middle third, 11 mm, with no central mass. A few associated amorphous calcifications.
Right breast: normal. No mass or calcification.
Mammographic score: M4 (left), M1 (right).

Ultrasound left breast:
At 2 o'clock, 6 cm FN, an ill-defined hypoechoic area with shadowing, 9 mm, corresponding to the distortion. U5.
Left axilla: normal nodes.

Clinical examination: P1.

Summary / BI-RADS: Left: BI-RADS 5. Right: BI-RADS 1.
Plan: 14G US-guided core biopsy left 2 o'clock, taken today (x3). Return to clinic for results in one week. Breast care nurse present.
""", None, "5", {"L": "5", "R": "1"}, [
    "ad L p", "mass L a", "calc L p m:amorphous", "mass R a", "calc R a", "ln L p"])

rep("r3_08_australian_breastscreen", """
BreastScreen [State] - Assessment Service
ASSESSMENT REPORT

Client ID: [redacted]        Screening round: 3
Screening result: Recalled - Reader 1 and Reader 2 both identified a right breast lesion (R1: calcification, R2: calcification).
Assessment date: 14/05/2025

WORK-UP
Right CC and ML magnification views. Right breast ultrasound. Clinical examination by breast physician: no palpable abnormality.

IMAGING FINDINGS
Right breast: Magnification views show fine linear branching (casting) calcfications in the retroareolar region extending towards the 12 o'clock position over 15 mm, in a segmental distribution. No associated mass on ultrasound; a short segment of ductal dilatation with echogenic content is seen at 12 o'clock, 1 cm from the nipple.
Left breast: No abnormality seen on the screening views.

Breast density: heterogeneously dense.

RADIOLOGIST ASSESSMENT
Right breast: BI-RADS 4C (high suspicion).
Left breast: not assessed at this visit (screen normal).

PLAN
Right stereotactic vacuum-assisted biopsy (VAB) booked. Case to be discussed at the multidisciplinary assessment meeting.
""", "c", "4C", {"R": "4C"}, [
    "calc R p m:fine_linear d:segmental", "mass R a", "other R p"])

rep("r3_09_singapore", """
[Hospital] Singapore - Department of Diagnostic Radiology
MAMMOGRAM AND ULTRASOUND OF BOTH BREASTS

Clinical history: 52 years old Chinese lady. Right breast lump for 2 months. Family history nil.

MAMMOGRAM (CC and MLO views of both breasts, with tomosynthesis):
Breast composition: ACR C (heterogeneously dense).
There is a 20 mm irregular spiculated hyperdense mass in the right upper outer quadrant at 10 o'clock, with associated fine pleomorphic microcalcifications. Skin thickening is noted over the right upper outer quadrant. The right nipple is retracted.
No suspicious mass or microcalcifications is seen in the left breast.

ULTRASOUND OF BOTH BREASTS:
Right 10 o'clock, 5 cm FN: an irregular, non-parallel, hypoechoic mass with angular margins and posterior acoustic shadowing, measuring 22 x 18 mm, with internal vascularity. This corresponds to the mammographic mass.
Right axilla: an enlarged lymph node with cortical thickening of 5 mm and effaced fatty hilum.
Left breast: a 6 mm simple cyst at 2 o'clock.

IMPRESSION:
Right breast 10 o'clock mass with microcalcifications, skin thickening and nipple retraction, highly suggestive of malignancy - BI-RADS 5.
Suspicious right axillary lymph node.
Left breast simple cyst - BI-RADS 2.

Recommend US-guided core biopsy of the right breast mass and FNA of the right axillary node.
""", "c", "5", {"R": "5", "L": "2"}, [
    "mass R p", "calc R p m:fine_pleomorphic", "skin R p", "skin R p", "mass L a", "calc L a", "ln R p", "mass L p"])

rep("r3_10_malaysia", """
HOSPITAL [redacted], KUALA LUMPUR
JABATAN RADIOLOGI / DEPARTMENT OF RADIOLOGY
MAMMOGRAPHY AND BREAST ULTRASOUND REPORT

Name: [redacted]    IC No: [redacted]    Age: 48
Indication: Screening. Mother had breast Ca at 50.

Findings:
Both breasts show scattered fibroglandular densities (ACR B).
Left breast: there is a small well-circumscribed oval mass at the 6 o'clock position measuring 7mm, not seen in the previous mammogram (2022). On ultrasound it corresponds to an oval, parallel, circumscribed hypoechoic lesion 7 x 4 mm.
Right breast: few benign-looking punctate calcifications in the upper outer quadrant, stable from previous.
No architectural distortion or skin thickening bilaterally.
Bilateral axillae: few normal-looking lymph nodes.

Impression:
Left breast - BIRADS 3 (probably benign, likely fibroadneoma).
Right breast - BIRADS 2.
Suggest short interval follow-up ultrasound in 6 months.

Reported by: Dr [redacted], Consultant Radiologist
""", "b", "3", {"L": "3", "R": "2"}, [
    "mass L p", "calc R p s m:punctate", "ad B a", "skin B a", "ln B p"])

rep("r3_11_philippines", """
[Medical Center], Quezon City
Department of Radiology - Section of Breast Imaging

DIGITAL MAMMOGRAPHY AND BREAST ULTRASOUND (BILATERAL)

Patient: [redacted]     Age/Sex: 38/F
Clinical data: Known fibroadenomas, left breast, biopsy-proven 2022. For follow-up.

MAMMOGRAPHY:
The breasts are heterogeneously dense (ACR c), which may obscure small masses.
Two oval circumscribed isodense masses are seen in the left breast, at the 2 o'clock (1.8 cm) and 4 o'clock (1.1 cm) positions.
A coarse calcification is seen in the right breast, upper inner quadrant.
No skin thickening or nipple retraction.

BREAST ULTRASOUND:
LEFT BREAST: The masses correspond to two oval, circumscribed, parallel hypoechoic solid nodules at 2 o'clock (1.9 x 1.0 cm) and 4 o'clock (1.2 x 0.7 cm) with homogeneous internal echoes, both unchanged in size compared with the 2024 ultrasound.
RIGHT BREAST: A few simple cysts, the largest at 11 o'clock measuring 0.5 cm.
BOTH AXILLAE: Normal lymph nodes with preserved fatty hila.

IMPRESSION:
Stable left breast fibroadenomas.
Right breast simple cysts and benign calcification.
BI-RADS 2, both breasts.
Suggest routine annual mammography and ultrasound.
""", "c", "2", {"L": "2", "R": "2"}, [
    "mass L p s", "mass L p s", "calc R p m:coarse", "skin B a", "mass R p", "ln B p"])

rep("r3_12_nigeria", """
DEPARTMENT OF RADIOLOGY
[UNIVERSITY] TEACHING HOSPITAL, IBADAN

MAMMOGRAPHY REPORT
Name: Mrs [redacted]    Age: 47yrs    Sex: F    Hosp. No: [redacted]
Clinical Information: Left breast lump of 6 months duration, progressively increasing in size. ?Breast Ca. Kindly do mammography.

Findings:
Craniocaudal and mediolateral oblique views of both breasts were obtained.
The breasts show heterogeneously dense parenchyma (ACR C).
There is a large irregular, high-density mass with spiculated margins in the upper outer quadrant of the left breast measuring about 4.2cm x 3.8cm. There are associated pleomophic microcalcifications within the mass. The overlying skin is thickened and there is retraction of the left nipple.
Enlarged dense left axillary lymph nodes are seen, the largest measuring 2.1cm.
The right breast shows normal fibroglandular pattern. No mass, no microcalcifications. Right axilla is normal.

Impression:
Left breast malignant-looking mass with axillary lymphadenopathy - BIRADS V.
Right breast - BIRADS I.

Advise: Ultrasound guided core biopsy of the left breast mass.
Consultant Radiologist
""", "c", "5", {"L": "5", "R": "1"}, [
    "mass L p", "calc L p m:fine_pleomorphic", "skin L p", "skin L p", "ln L p", "mass R a", "calc R a"])

rep("r3_13_kenya", """
[Hospital] NAIROBI - IMAGING & RADIOLOGY DEPARTMENT
MAMMOGRAM AND BREAST ULTRASOUND REPORT

Indication: 41 y/o, right breast lump noticed 1 month ago, non-tender. No nipple discharge. No family history.

MAMMOGRAM:
Bilateral CC and MLO views done. The breasts are extremely dense, ACR D. The dense parenchyma limits the sensitivity of the study.
An irregular mass with obscured margins is seen in the right upper outer quadrant at the site of the palpable lump. No clustered microcalcifications.
Left breast: no mass or asymmetry.

BREAST ULTRASOUND:
Right breast at 10 o'clock, 3cm from nipple: irregular hypoechoic mass with microlobulated margins, taller than wide, measuring 14 x 16 mm, with posterior shadowing. This corresponds to the mammographic mass.
Right axilla: a few lymph nodes with normal morphology.
Left breast: normal fibroglandular echotexture, no cyst or solid mass.

CONCLUSION:
Suspicious right breast mass at 10 o'clock: BIRADS 4.
Left breast: normal study, BIRADS 1.
Recommend tru-cut biopsy of the right breast mass.
""", "d", "4", {"R": "4", "L": "1"}, [
    "mass R p", "calc R a", "mass L a", "asym L a", "ln R p"])

rep("r3_14_brazil", """
[Clinic] Diagnostic Imaging - Sao Paulo
DIGITAL MAMMOGRAPHY REPORT (translated from Portuguese)

Exam: Bilateral digital mammography with tomosynthesis.
Clinical indication: routine control (screening). Patient 49 years old.

Report:
Breasts of medium volume, with scattered fibroglandular densities (ACR pattern B).
Oval nodule with circumscribed margins, isodense, in the upper inner quadrant of the left breast, measuring 0.8 cm, not identified on the previous exam of 2023.
Benign-appearing calcifications of vascular type, bilateral.
Intramammary lymph node in the upper outer quadrant of the right breast, with usual features.
Skin, subcutaneous tissue and retroareolar regions without alterations.
Axillary extensions without alterations.

Impression:
Left breast: probably benign nodule. BI-RADS(R) category 3.
Right breast: benign findings. BI-RADS(R) category 2.

Suggest ultrasound correlation and mammographic control in 6 months.
""", "b", "3", {"L": "3", "R": "2"}, [
    "mass L p", "calc B p m:vascular", "ln R p"])

rep("r3_15_mexico", """
[Hospital] - Mexico City
Imaging Service
MAMMOGRAPHY STUDY (English translation)

Patient: female, 44 years.
Reason for study: annual screening; personal history of aspiration of a right breast cyst (2021).
Technique: Digital mammography in craniocaudal and mediolateral oblique projections of both breasts.

Description:
Breast pattern: heterogeneously dense breasts, type C according to the ACR, which can hide lesions.
In the right breast, at the union of the outer quadrants, a focal asymmetry of 1.5 cm is observed, visible only in the craniocaudal projection; it is not possible to determine whether it corresponds to superimposition of tissue.
In the right retroareolar region, a possible nodule of 6 mm is suggested in the mediolateral oblique projection only.
Left breast without nodules, suspicious microcalcifications or architectural distortion.
Both axillary regions with lymph nodes of normal appearance.
Skin and nipple without alterations.

Conclusion:
BI-RADS 0: incomplete study. Complementary evaluation with spot compression projections and ultrasound of the right breast is required.

Radiologist, Professional License No. [redacted]
""", "c", "0", {}, [
    "asym R p", "mass R q", "mass L a", "calc L a", "ad L a", "ln B p"])

rep("r3_16_gulf", """
[Private] Hospital - Dubai, UAE
Department of Radiology
REPORT: MAMMOGRAPHY BILATERAL (3D) + ULTRASOUND BREAST BILATERAL

Clinical Info: 50 Y/F, routine check-up. Previous mammogram done outside (2023), reported as BI-RADS 2.

FINDINGS:
Breast composition: ACR B.
Rt breast: There is a cluster of amorhpous microcalcifications at 9 o'clock, mid depth, spanning 6 mm, new compared to the outside study. No associated mass on US.
Lt breast: Stable benign-appearing round calcifications. No suspicious mass.
US: Bilateral small simple cysts, the largest 4 mm in the Lt breast at 3 o'clock. Bilateral axillary LNs with preserved fatty hilum.

IMPRESSION:
- Rt breast new grouped amorphous microcalcifications: BI-RADS 4A. Stereotactic biopsy advised.
- Lt breast: BI-RADS 2.
- Bilateral simple cysts: BI-RADS 2.

Dr [redacted], Consultant Radiologist (DHA licensed)
""", "b", "4A", {"R": "4A", "L": "2"}, [
    "calc R p m:amorphous d:grouped", "mass R a", "calc L p s m:round", "mass L a", "mass B p", "ln B p"])

rep("r3_17_pakistan", """
[Hospital], Lahore - Department of Radiology
MAMMOGRAPHY BOTH BREASTS + USG

Name: [redacted]    Age: 45 years    Ref by: Dr [redacted] (Surgeon)
Clinical history: Lump left breast.

FINDINGS:
Breasts are almost entirely fatty (ACR A).
An irregular mass with indistinct margins is seen in the left breast at upper outer quadrant measuring 2.3 x 1.9 cm. No microcalcifications.
Right breast is unremarkable.

USG:
Left breast: Irregular hypoechoic mass at 2 o'clock, 2.4 x 2.0 cm, with angular margins. Few left axillary lymph nodes, largest 1.2 cm with preserved hilum.
Right breast: Fibroglandular tissue normal. No solid or cystic lesion.

IMPRESSION:
Suspicious mass left breast. BIRADS-4b.
Right breast: BIRADS-1.
Advised: USG guided biopsy.
""", "a", "4B", {"L": "4B", "R": "1"}, [
    "mass L p", "calc L a", "ln L p", "mass R a"])

rep("r3_18_chinese", """
[Hospital], Shanghai
Department of Radiology and Ultrasound
Examination: Mammography (FFDM, bilateral) + Breast Ultrasound

Clinical diagnosis: Right breast nodule found at physical examination.

Mammography findings:
Gland type: heterogeneously dense (type c).
A high-density nodule shadow is seen in the outer upper quadrant of the right breast, size about 1.6 cm x 1.3 cm, with irregular shape and unclear margin; clustered fine pleomorphic calcifications are seen inside. The right nipple is not retracted, the skin is not thickened.
Left breast: scattered punctate calcifcations, no mass shadow.
No enlarged lymph nodes are seen in both axillae.

Ultrasound findings:
Right breast 10 o'clock, 2 cm from nipple: hypoechoic nodule 1.7 x 1.2 x 1.1 cm, irregular shape, not parallel, unclear boundary, angular margin, with strong echo spots inside; CDFI: blood flow signal seen inside.
Left breast 2 o'clock: anechoic nodule 0.6 x 0.4 cm, clear boundary, posterior echo enhancement (cyst).

Diagnostic opinion:
1. Right breast nodule, BI-RADS 4C, malignancy is considered; with calcifications inside.
2. Left breast cyst, BI-RADS 2.
3. Left breast scattered calcifications, BI-RADS 2.
""", "c", "4C", {"R": "4C", "L": "2"}, [
    "mass R p", "calc R p m:fine_pleomorphic d:grouped", "skin R a", "calc L p m:punctate d:diffuse",
    "mass L a", "ln B a", "mass L p"])

rep("r3_19_korean", """
[Hospital] Health Promotion Center, Seoul
HEALTH CHECK-UP - BREAST EXAMINATION RESULT

Exam: Digital mammography (both) and breast ultrasonography (both)
Age/Sex: 43/F

[Mammography]
Breast parenchyma: Extremely dense breast (Category D). Sensitivity of mammography is decreased.
No definite mass or suspicious microcalcification in both breasts.
Benign calcifications in the left breast.

[Breast Ultrasonography]
Multiple small cysts in both breasts (largest 0.7 cm, Rt 12 o'clock).
Rt 9 o'clock, 2 cm FN: 0.9 x 0.5 cm oval, circumscribed, parallel, hypoechoic nodule, probably benign (r/o fibroadenoma). Previous exam (2024.05) showed 0.8 cm; no significant interval change.
No abnormal lymph node in both axillae.

[Conclusion]
1. Rt breast probably benign nodule: BI-RADS category 3 -> follow-up US in 6 months.
2. Multiple both breast cysts: BI-RADS category 2.
3. Mammography: BI-RADS category 2 (benign calcification, Lt).

Final assessment: Category 3
""", "d", "3", {"R": "3", "L": "2"}, [
    "mass B a", "calc B a", "calc L p", "mass B p", "mass R p s", "ln B a"])

rep("r3_20_mammo_us_same_lesion", """
EXAMINATION: DIAGNOSTIC MAMMOGRAM LEFT WITH TOMOSYNTHESIS; ULTRASOUND LEFT BREAST LIMITED
DATE: 01/29/2025
INDICATION: 61-year-old woman recalled from screening (BI-RADS 0) for a left breast focal asymmetry.
COMPARISON: Screening mammogram 01/08/2025; 12/20/2023.

MAMMOGRAM FINDINGS:
Breast composition: There are scattered areas of fibroglandular density.
Left CC and ML spot compression tomosynthesis views were obtained. The focal asymmetry in the left breast lower inner quadrant, anterior depth, persists with spot compression and measures 12 mm. There are no associated calcifications or architectural distortion.

ULTRASOUND FINDINGS:
Targeted ultrasound of the left breast at 8 o'clock, 3 cm from the nipple, demonstrates an 8 x 6 x 7 mm oval hypoechoic area with indistinct margins and no posterior features, corresponding to the mammographic focal asymmetry. No internal vascularity. The left axilla was not imaged.

IMPRESSION:
Persistent left breast focal asymmetry with an indistinct hypoechoic sonographic correlate at 8 o'clock.
BI-RADS 4A: Low suspicion for malignancy. Ultrasound-guided core biopsy is recommended.
""", "b", "4A", {"L": "4A"}, [
    "asym L p", "calc L a", "ad L a"])

rep("r3_21_post_surgery_followup", """
EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM (POST-TREATMENT SURVEILLANCE)
HISTORY: 66F. Right breast IDC at 12 o'clock treated with lumpectomy, sentinel node biopsy and whole-breast radiation in 2022. Assessed as BI-RADS 6 at diagnosis (2022). Annual surveillance.
COMPARISON: 2023, 2024.

FINDINGS:
There are scattered areas of fibroglandular density.
RIGHT: Post-lumpectomy architectural distortion at 12 o'clock with surgical clips, unchanged. An oil cyst with rim calcifications is present at the scar site; the oil cyst and its calcifications are unchanged. Mild skin thickening of the right breast related to radiation, decreased since 2023. Post-surgical changes in the right axilla.
LEFT: No suspicious mass, calcifications or distortion. A benign-appearing intramammary lymph node is present in the upper outer quadrant, unchanged.

IMPRESSION:
No mammographic evidence of recurrence in the treated right breast.
BI-RADS 2 - Benign. Continue annual diagnostic mammography.
""", "b", "2", {}, [
    "ad R p s", "mass R p s", "calc R p s m:rim", "skin R p", "other R p", "mass L a", "calc L a", "ad L a", "ln L p s"])

rep("r3_22_male_gynecomastia", """
EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM AND RIGHT BREAST ULTRASOUND (MALE PATIENT)
HISTORY: 34-year-old man with tender right subareolar fullness for 3 months. Uses anabolic steroids.
COMPARISON: None.

FINDINGS:
Mammogram: There is flame-shaped subareolar fibroglandular tissue in the right breast, consistent with nodular gynecomastia. A smaller amount of similar subareolar tissue is present on the left, consistent with mild gynecomastia. No discrete mass, suspicious calcifications or skin thickening bilaterally.

Right breast ultrasound: Hypoechoic fan-shaped subareolar tissue corresponding to the gynecomastia. No discrete solid or cystic mass. Right axillary lymph node with normal morphology.

IMPRESSION:
Bilateral gynecomastia, right greater than left.
BI-RADS 2: Benign. Clinical correlation with the patient's medication history is suggested.
""", None, "2", {}, [
    "other R p", "other L p", "mass B a", "calc B a", "skin B a", "mass R a", "ln R p"])

rep("r3_23_implants", """
EXAM: SCREENING MAMMOGRAM BILATERAL WITH IMPLANT DISPLACEMENT VIEWS
HISTORY: 52F, bilateral subpectoral silicone implants (cosmetic, 2012). Annual screening.
TECHNIQUE: Standard CC and MLO views and implant-displaced (Eklund) CC and MLO views of both breasts, with tomosynthesis.
COMPARISON: 2023.

BREAST DENSITY: The breasts are almost entirely fatty.

FINDINGS:
Bilateral retropectoral silicone implants, intact-appearing, without evidence of extracapsular silicone.
There is a 5 mm oval circumscribed mass in the right breast at 6 o'clock, anterior depth, unchanged since 2023.
Round and punctate calcifications are scattered in the left breast, unchanged.
No new suspicious masses, calcifications or architectural distortion.

IMPRESSION:
Stable benign findings. Intact implants.
BI-RADS 2 bilaterally. Annual screening mammography is recommended.
""", "a", "2", {"R": "2", "L": "2"}, [
    "mass R p s", "calc L p s m:punctate,round d:diffuse", "mass B a", "calc B a", "ad B a"])

rep("r3_24_portal_export", """
MyChart - Test Results                                          Page 1 of 2
Result: MAMMO DIAG BILAT W TOMO + US BREAST LT
Status: Final result     Collected: 05/19/2025 08:42
----------------------------------------------------------------------
Narrative
EXAM: MAMMO DIAG BILAT W TOMO; US BREAST LT LIMITED

CLINICAL INDICATION: 55 yo F with new left nipple
inversion noted on self exam x 2 months.

COMPARISON: 04/2024.

FINDINGS: BREAST COMPOSITION: The breasts are heterogeneously dense, which may
obscure small masses.

LEFT BREAST: There is new retraction of the left nipple compared to 04/2024. In the
retroareolar left breast there is a 12 mm irregular mass with spiculated
margins and associated
architectural distortion, not present on the prior exam. No suspicious
calcifications.

RIGHT BREAST: No suspicious mass, calcifications, or architectural
distortion.
MyChart - Test Results                                          Page 2 of 2
Result: MAMMO DIAG BILAT W TOMO + US BREAST LT (continued)
----------------------------------------------------------------------
LEFT BREAST ULTRASOUND: At 12 o'clock, 1 cm from the nipple, there is an irregular
hypoechoic mass with spiculated margins measuring 13 x 11 x 10 mm
with posterior acoustic shadowing, correlating with the mammographic finding.
Left axilla: one lymph node with cortical thickening to 4 mm.

IMPRESSION:
1. Left retroareolar spiculated mass with nipple retraction, highly suggestive of malignancy.
BI-RADS
5
2. Left axillary lymph node with mildly thickened cortex, indeterminate. Biopsy at the time of
breast biopsy. BI-RADS 4A
3. Right breast: BI-RADS 1

Impression Overall: BI-RADS 5

Electronically signed by [redacted], MD on 05/19/2025 14:10
This result may contain medical terms you do not understand. Please contact your provider with questions.
""", "c", "5", {"L": "5", "R": "1"}, [
    "skin L p", "mass L p", "ad L p", "calc L a", "mass R a", "calc R a", "ad R a", "ln L p"])

rep("r3_25_us_academic_two_addenda", """
EXAM: DIAGNOSTIC MAMMOGRAM BILATERAL; ULTRASOUND RIGHT BREAST
DATE: 05/20/2025
HISTORY: 72-year-old woman with a palpable right breast lump at 9 o'clock, noticed 3 weeks ago. No prior breast surgery.
COMPARISON: Screening mammogram 2022 (BI-RADS 1).

FINDINGS:
There are scattered areas of fibroglandular density.
Right breast: At the site of the palpable lump, marked with a BB, at 9 o'clock, posterior depth, there is a 17 mm high-density irregular mass with microlobulated margins. Associated coarse heterogeneous calcifications are present within the mass.
Left breast: Stable benign calcifications. No suspicious mass.

Right breast ultrasound: At 9 o'clock, 8 cm from the nipple, there is an 18 x 15 x 14 mm irregular, not parallel, hypoechoic mass with microlobulated margins and internal vascularity, corresponding to the palpable and mammographic finding. The right axilla is normal.

IMPRESSION:
Suspicious right breast mass at 9 o'clock. BI-RADS 4: Suspicious. Ultrasound-guided biopsy is recommended.
Left breast benign, BI-RADS 2.

ADDENDUM #1 (05/20/2025, attending): The subcategory was omitted from the original report. The right breast mass is assessed as BI-RADS 4C: High suspicion for malignancy. The left breast BI-RADS 2 assessment is unchanged.

ADDENDUM #2 (05/22/2025): Ultrasound-guided biopsy of the right breast mass was performed today. The post-procedure mammogram shows the clip at the right breast biopsy site and a small hematoma. Pathology is pending.
""", "b", "4C", {"R": "4C", "L": "2"}, [
    "mass R p", "calc R p m:coarse_heterogeneous", "calc L p s", "mass L a", "other R p"])

rep("r3_26_community_screening_negative", """
Facility: [Community] Imaging - Women's Center
Procedure: SCREENING MAMMO BILAT 3D
Reason: Annual screening. No symptoms. No family history.
Prior: 2024 (BI-RADS 1).

FINDINGS:
Breast composition: a. The breasts are almost entirely fatty.
There are no suspicious masses, calcifications, or areas of architectural distortion bilaterally.
The skin and nipples are unremarkable.

IMPRESSION: NEGATIVE

ASSESSMENT:
RIGHT: 1 - Negative      LEFT: 1 - Negative      OVERALL: 1 - Negative

RECOMMENDATION: Routine screening mammogram in 1 year.
Results letter: Negative (sent)
""", "a", "1", {"R": "1", "L": "1"}, [
    "mass B a", "calc B a", "ad B a"])

rep("r3_27_right_diagnostic_only", """
RIGHT DIAGNOSTIC MAMMOGRAM AND RIGHT BREAST ULTRASOUND
Indication: 39-year-old with focal right breast pain at 11 o'clock for 4 weeks. No palpable lump.
Comparison: None.

Findings:
Breast composition: The breast is heterogeneously dense, which may obscure small masses.
Mammogram: A BB marks the site of focal pain. No mammographic abnormality is seen at the site of concern. No suspicious masses, calcifications or distortion.
Ultrasound: At 11 o'clock, 4 cm from the nipple, there is a 6 x 3 x 5 mm oval circumscribed parallel hypoechoic mass without internal vascularity. Separately, there is a 3 mm cluster of microcysts at 10 o'clock, 2 cm from the nipple.

Impression:
Probably benign right breast mass at 11 o'clock, likely a fibroadenma. BI-RADS 3. Follow-up right breast ultrasound in 6 months is recommended.
The cluster of microcysts is benign.
""", "c", "3", {"R": "3"}, [
    "mass R a", "calc R a", "ad R a", "mass R p", "mass R p"])

rep("r3_28_scottish_range", """
NHS Greater Glasgow and Clyde - Breast Imaging, Symptomatic Clinic
Referral: 47F, GP referral, lumpy area right breast UOQ. No FH.

Mammography (2 view, bilateral):
Density: heterogeneously dense (BI-RADS c).
Right: Focal asymmetry in the UOQ at the site of symptoms, no definite mass. No microcalcification.
Left: Normal.
M3 right, M1 left.

Ultrasound right UOQ:
At 10 o'clock, 5cm FN, a 7mm ill-defined hypoechoic area corresponding to the mammographic asymmetry; indeterminate.
Right axilla: normal nodes.
U3.

Clinical: P2.

Summary: Indeterminate right breast focal asymmetry with an equivocal US correlate. BI-RADS 3-4 right. Left BI-RADS 1.
Plan: US-guided core biopsy right 10 o'clock today (14G x2). Results clinic in 1 week.
""", "c", "4", {"R": "4", "L": "1"}, [
    "asym R p", "mass R a", "calc R a", "ln R p"])

rep("r3_29_canadian_preop", """
[University Health Centre], Montreal - Department of Radiology
Examination: Bilateral Diagnostic Mammogram and Bilateral Breast Ultrasound
Date: 2025-02-17
History: 49F, biopsy-proven invasive lobular carcinoma, left breast 1 o'clock (US-guided core 2025-02-03). Pre-operative assessment.
Comparison: 2025-01-20 (diagnostic, BI-RADS 4C).

Findings:
Breast density: ACR D, extremely dense.
Left: The known malignancy at 1 o'clock appears as an area of architectural distortion measuring 32 mm, with the biopsy clip in place. No additional suspicious lesion in the left breast. No suspicious calcifications.
Right: Negative. No suspicious mass, calcification or distortion.

Ultrasound, both breasts: Left 1 o'clock irregular hypoechoic area measuring 28 mm with shadowing, corresponding to the distortion. Left axilla: no suspicious lymph nodes. Right breast: two simple cysts at 10 and 11 o'clock (4 and 6 mm).

Impression:
Known left breast carcinoma (ILC) - BI-RADS 6. Extent 32 mm mammographically; MRI can be considered for extent of disease.
Right breast: benign cysts - BI-RADS 2.
""", "d", "6", {"L": "6", "R": "2"}, [
    "ad L p", "calc L a", "mass R a", "calc R a", "ad R a", "ln L a", "mass R p", "mass R p"])

rep("r3_30_us_academic_addendum_priors", """
EXAM: SCREENING MAMMOGRAM, BILATERAL, WITH TOMOSYNTHESIS
DATE: 06/24/2025
HISTORY: 57-year-old woman, new to our practice. Prior mammograms were performed elsewhere.
COMPARISON: None available at the time of interpretation.

FINDINGS:
Breast composition: There are scattered areas of fibroglandular density (B).
There is a global asymmetry in the left upper outer quadrant. There are several circumscribed masses in both breasts, the largest 9 mm. Scattered coarse calcifications bilaterally.

IMPRESSION:
BI-RADS 0: Incomplete. Comparison with prior outside mammograms is requested.

ADDENDUM (07/02/2025): Outside mammograms from 2019, 2021 and 2023 were obtained and compared. The left global asymmetry and the bilateral circumscribed masses are unchanged since 2019. The coarse calcifications are also stable. No further workup is required.
Revised assessment: BI-RADS 2 - Benign, both breasts. Return to annual screening.
""", "b", "2", {"L": "2", "R": "2"}, [
    "asym L p s", "mass B p s", "calc B p s m:coarse d:diffuse"])


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "reports")
    os.makedirs(out, exist_ok=True)
    ids = [r[0] for r in R]
    assert len(ids) == len(set(ids))
    for rid, text, exp in R:
        with open(os.path.join(out, rid + ".txt"), "w") as fh:
            fh.write(text)
        with open(os.path.join(out, rid + ".expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2)
            fh.write("\n")
    print(len(R), "reports,", sum(len(e["findings"]) for _, _, e in R), "findings")
