"""Writes teaching/<id>.txt and teaching/<id>.expected.json (gold written by hand, see
../README_teaching_reports.md). Run: /work/main/.venv/bin/python _src/gen_teaching.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common_tr import expected, write_all

T = []


def tc(tid, style, text, density, overall, bb, codes):
    T.append((tid, style, text.strip("\n") + "\n", expected(density, overall, bb, codes)))


# ---------------------------------------------------------------- figure-legend case reports
tc("t4_01_figlegend_spiculated_right", "figure-legend case report", """
Case 1. Screen-detected invasive ductal carcinoma

A 61-year-old woman attended routine biennial screening. She had no breast symptoms and no family history.

Figure 1. (a) Right craniocaudal and (b) right mediolateral oblique views. The breasts show scattered areas of fibroglandular density. There is an irregular high-density mass with spiculated margins in the upper outer quadrant (arrows).

Figure 2. Spot magnification view of the mass. Associated fine pleomorphic calcifications are present within and just anterior to the mass (circle).

Figure 3. Targeted ultrasound at 10 o'clock, 5 cm from the nipple, demonstrates a 14 mm irregular hypoechoic mass with angular margins and posterior acoustic shadowing, the sonographic correlate of the mammographic finding.

Figure 4. Ultrasound of the right axilla: a lymph node with a 2 mm cortex and a preserved fatty hilum.

The lesion was assessed as BI-RADS 5 in the right breast, and the left breast was negative (BI-RADS 1). Ultrasound-guided 14-gauge core biopsy showed grade 2 invasive ductal carcinoma, ER and PR positive, HER2 negative. Sentinel node biopsy was negative.
""", "b", "5", {"R": "5", "L": "1"}, [
    "mass R p", "calc R p m:fine_pleomorphic", "ln R p"])

tc("t4_02_figlegend_dcis_segmental", "figure-legend case report", """
Ductal carcinoma in situ presenting as segmental calcifications

Clinical history: 56-year-old woman, screening recall. No palpable abnormality.

Fig. 1 Left CC (a) and ML (b) magnification views. Heterogeneously dense breasts. Fine linear branching calcifications in a segmental distribution extend from the subareolar region toward the upper outer quadrant over 45 mm.
Fig. 2 Left MLO. No associated mass or architectural distortion is seen.
Fig. 3 Specimen radiograph after stereotactic vacuum-assisted biopsy confirms calcifications in four of twelve cores.

The calcifications were categorised as BI-RADS 4C. Histology: high-grade DCIS with comedonecrosis. The patient underwent mastectomy because of the extent.
""", "c", "4C", {}, [
    "calc L p m:fine_linear d:segmental", "mass L a", "ad L a"])

tc("t4_03_figlegend_panels_bilateral", "figure-legend case report", """
Figure 3. Bilateral synchronous lesions found at baseline tomosynthesis in a 44-year-old woman.
(a) Left MLO tomosynthesis slice: a 9 mm oval mass with indistinct margins in the lower inner quadrant (arrow).
(b) Targeted ultrasound, left breast 8 o'clock: oval hypoechoic mass, not parallel to the skin, corresponding to (a).
(c) Right CC tomosynthesis slice: architectural distortion in the outer breast, with no central mass.
(d) Right breast ultrasound: no sonographic correlate.
Both breasts: BI-RADS 4B. Biopsy showed a papilloma with atypia on the left and a radial scar on the right.
""", None, "4B", {"L": "4B", "R": "4B"}, [
    "mass L p", "ad R p", "mass R a"])

tc("t4_33_figlegend_occult_dense", "figure-legend case report (mammographically occult)", """
Mammographically occult cancer in extremely dense breasts

Figure 1. Left craniocaudal and mediolateral oblique views. The breasts are extremely dense (ACR d). No mass is visible.

Figure 2. Handheld ultrasound of the left breast at 2 o'clock, 3 cm from the nipple: a 10 mm irregular hypoechoic mass, non-parallel, with microlobulated margins and posterior shadowing.

Figure 3. Left axillary ultrasound: a lymph node with eccentric cortical thickening to 5 mm and an effaced hilum.

The sonographic lesion was classified BI-RADS 4C, left. Core biopsy of the mass and fine-needle aspiration of the node both showed carcinoma.
""", "d", "4C", {"L": "4C"}, [
    "mass L a", "mass L p", "ln L p"])

# ---------------------------------------------------------------- Radiopaedia-like case pages
tc("t4_04_radiopaedia_oil_cyst", "Radiopaedia-like case page", """
Fat necrosis after reduction mammoplasty

Presentation
Lump in the left breast, 18 months after bilateral reduction mammoplasty.

Patient Data
Age: 52 years
Gender: Female

Mammography
Post-reduction mammoplasty changes are present bilaterally, with the typical swirled parenchyma in the lower breasts. At the site of the palpable marker in the left upper inner quadrant there is a 2 cm oval lucent mass with a thin rim of calcification. Dystrophic calcifications are also seen in the left inferior breast.

Ultrasound
The palpable lump corresponds to a 21 mm circumscribed mass with a hyperechoic rim and an anechoic centre.

Final assessment: benign (BI-RADS 2).

Case Discussion
Fat necrosis after reduction surgery is common and may mimic carcinoma when it presents as an irregular or spiculated mass. Lucent masses with rim calcification are characteristic of oil cysts and need no further workup.
""", None, "2", {}, [
    "other B p", "mass L p", "calc L p m:rim", "calc L p m:dystrophic"])

tc("t4_05_radiopaedia_imln", "Radiopaedia-like case page", """
Intramammary lymph node

Presentation
Routine screening.

Patient Data
Age: 47 years
Gender: Female

Findings
ACR B. In the upper outer quadrant of the right breast there is a 7 mm oval circumscribed mass with a fatty hilum, consistent with an intramammary lymph node. No other masses. Scattered vascular calcificatons bilaterally.
BI-RADS 2.

Case Discussion
Intramammary lymph nodes are most often found in the upper outer quadrant. A reniform shape and a fatty hilum allow a confident benign diagnosis; loss of the hilum or enlargement on follow-up warrant ultrasound.
""", "b", "2", {}, [
    "ln R p", "mass R a", "calc B p m:vascular d:diffuse"])

tc("t4_24_radiopaedia_phyllodes", "Radiopaedia-like case page (typo)", """
Benign phyllodes tumour

Presentation
Rapidly enlarging right breast lump over 3 months.

Patient Data
Age: 38 years
Gender: Female

Mammography
Heterogeneously dense breast tissue. A large 6 cm lobulated high-density mass occupies the upper half of the right breast. It is circumscribed over most of its margin. No calcifcation. The overlying skin is stretched but there is no skin thickening.

Ultrasound
Heterogeneous, predominantly hypoechoic solid mass with internal cystic clefts and internal vascularity, corresponding to the mammographic mass.

BI-RADS 4A. Core biopsy: fibroepithelial lesion; excision confirmed benign phyllodes tumour.

Case Discussion
Phyllodes tumours can be indistinguishable from fibroadenomas on imaging; rapid growth and size over 3 cm favour phyllodes.
""", "c", "4A", {}, [
    "mass R p", "calc R a", "skin R a"])

tc("t4_25_radiopaedia_hamartoma", "Radiopaedia-like case page", """
Breast hamartoma

Presentation
Asymptomatic. Screening mammogram.

Patient Data
Age: 58 years
Gender: Female

Findings
The breasts are almost entirely fatty. In the left breast, lower outer quadrant, there is a 4 cm well-circumscribed oval mass containing both fat and soft-tissue density, surrounded by a thin radiolucent pseudocapsule ("breast within a breast"). No associated calcifications. The right breast is unremarkable. BI-RADS 2 left, BI-RADS 1 right.

Case Discussion
Hamartoma (fibroadenolipoma) has a pathognomonic mammographic appearance and needs no biopsy.
""", "a", "2", {"L": "2", "R": "1"}, [
    "mass L p", "calc L a"])

tc("t4_38_radiopaedia_vaccine_node", "Radiopaedia-like case page", """
Unilateral axillary lymphadenopathy after vaccination

Presentation
Screening mammogram; COVID-19 booster in the left deltoid 5 days earlier.

Patient Data
Age: 50 years
Gender: Female

Findings
Scattered fibroglandular tissue. A new enlarged left axillary lymph node, 24 mm, with a thickened cortex and a compressed fatty hilum. No suspicious mass or calcifications in both breasts.
Ultrasound: the left axillary node has a uniformly thickened cortex of 4 mm; no other abnormal nodes.
Final assessment: BI-RADS 3 for the left axilla, with ultrasound in 6 weeks; BI-RADS 1 right.

Case Discussion
Reactive lymphadenopathy ipsilateral to a recent vaccination is common and usually resolves within 6-12 weeks.
""", "b", "3", {"L": "3", "R": "1"}, [
    "ln L p", "ln L a", "mass B a", "calc B a"])

# ---------------------------------------------------------------- "Images in clinical medicine"
tc("t4_06_images_paget", "journal Images-in-clinical-medicine vignette", """
Paget's Disease of the Nipple

A 68-year-old woman presented with a 6-month history of an itchy, eczematous rash of the left nipple that had not responded to topical glucocorticoids. Mammography showed retraction of the left nipple and skin thickening of the areola, with fine linear calcifications in a linear distribution extending from the nipple into the subareolar breast (Panel A, arrow). A punch biopsy of the nipple showed large, pale-staining intraepidermal cells (Panel B) consistent with Paget's disease, and stereotactic biopsy of the calcifications showed high-grade ductal carcinoma in situ. The patient underwent mastectomy and remains well 2 years later.
""", None, None, {}, [
    "skin L p", "skin L p", "calc L p m:fine_linear d:linear"])

tc("t4_07_images_popcorn", "journal Images-in-clinical-medicine vignette", """
Popcorn Calcifications

An 81-year-old woman underwent mammography before starting hormone therapy for osteoporosis. Mammograms showed multiple masses with coarse "popcorn" calcifications in both breasts (Panel A), an appearance typical of involuting fibroadenomas. Ultrasound of the largest lesion, in the right breast (Panel B), showed a dense posterior acoustic shadow caused by the calcification. No further evaluation was needed.
""", None, None, {}, [
    "mass B p", "calc B p m:coarse"])

tc("t4_08_images_milk_of_calcium", "journal Images-in-clinical-medicine vignette", """
Teacup Calcifications

A 49-year-old woman was recalled after her first screening mammogram. On the craniocaudal view (Panel A), faint, smudgy calcifications were scattered in both breasts. On the true lateral view (Panel B), the same calcifications layered dependently with a meniscus ("teacup" sign), diagnostic of milk of calcium within microcysts. No associated mass was seen. The findings were assessed as BI-RADS 2 and she returned to annual screening.
""", None, "2", {}, [
    "calc B p m:milk_of_calcium d:diffuse", "mass B a"])

tc("t4_34_images_dermal", "journal Images-in-clinical-medicine vignette", """
Dermal Calcifications Mimicking a Cluster

A 45-year-old woman was recalled from screening for a cluster of calcifications in the medial right breast on the craniocaudal view (Panel A). Magnification showed lucent-centred calcifications, and a tangential view with a skin marker (Panel B) confirmed that they were dermal calcifications. No biopsy was needed. Dermal calcifications are a common cause of false-positive recalls.
""", None, None, {}, [
    "calc R p m:rim,skin d:grouped"])

# ---------------------------------------------------------------- radiology-pathology correlation
tc("t4_09_radpath_log_fibroadenoma", "rad-path concordance conference log", """
RADIOLOGY-PATHOLOGY CORRELATION CONFERENCE  |  Case 3 of 7

Imaging:   L breast 2 o'clock, 4 cm FN. 11 mm oval hypoechoic mass, margins not circumscribed (partly
           indistinct). Mammo: corresponding equal-density mass, partially obscured. ACR C. No calcs.
Category:  BI-RADS 4A
Procedure: US-guided CNB, 14G x 4, clip; post-procedure mammogram: clip 3 mm from target.
Pathology: Fibroadenoma. No atypia.
Concordance: CONCORDANT BENIGN
Plan:      Clinical and US review in 12 months; routine screening.
""", "c", "4A", {"L": "4A"}, [
    "mass L p", "calc L a"])

tc("t4_10_radpath_discordant_radial", "rad-path discordance note (typo)", """
Rad-path correlation - discordant result

Right breast, 7 o'clock: architectual distortion seen on DBT only (CC and MLO), with a subtle ill-defined hypoechoic correlate on ultrasound at 7 o'clock 5 cm FN. No associated calcifications on magnification views. Imaging assessment: BI-RADS 4B, right.
The left breast was normal.

Ultrasound-guided 14G biopsy x5: benign breast tissue with stromal fibrosis.
Judged DISCORDANT: the sampled tissue does not explain a distortion. Surgical excision was recommended; excision showed a 9 mm radial scar with atypical ductal hyperplasia at its margin.
""", None, "4B", {"R": "4B"}, [
    "ad R p", "calc R a"])

tc("t4_39_radpath_dcis_haematoma", "rad-path correlation teaching note", """
RAD-PATH CORRELATION: calcifications, stereotactic VAB

Target: right breast, upper inner quadrant, fine pleomorphic calcifications in a linear distribution, 18 mm. BI-RADS 4C (right).
Procedure: 9G vacuum-assisted biopsy, 12 cores, prone table. Specimen radiograph: calcifications retrieved in 5 cores.
Post-procedure mammogram: the clip lies 4 mm lateral to the biopsy cavity; a small haematoma is seen at the biopsy site; residual calcifications remain anterior to the cavity.
Pathology: intermediate-grade DCIS, cribriform, with calcification.
Correlation: concordant malignant. Refer to breast surgeon; wire-guided excision to include residual calcifications.
""", None, "4C", {"R": "4C"}, [
    "calc R p m:fine_pleomorphic d:linear", "other R p"])

# ---------------------------------------------------------------- MDT / MDM
tc("t4_11_mdm_outcome_form", "MDM outcome form", """
BREAST MDM - OUTCOME RECORD
Meeting date: 03/06        Presenting radiologist: Dr A. Okafor
Reason for discussion: results of biopsy, right breast

IMAGING SUMMARY
  Mammography (bilateral, with DBT): Right UOQ 12 mm spiculated mass. Density B.
  Ultrasound: R 10:00, 6 cm FN, 13 mm irregular hypoechoic mass - same lesion.
              Right axilla: one node with a 4 mm eccentric cortex.
  Left breast: no abnormality.
  Radiology category: R BI-RADS 5 / L BI-RADS 1

PATHOLOGY
  R 10:00 CNB: IDC grade 2, ER+ PR+ HER2-.
  Right axillary node FNA: metastatic carcinoma.

OUTCOME
  Neoadjuvant endocrine therapy vs primary surgery - see oncology clinic.
  Clip placement in node. Staging CT.
""", "b", "5", {"R": "5", "L": "1"}, [
    "mass R p", "ln R p"])

tc("t4_12_mdm_lumpectomy_site", "MDM summary, lumpectomy site side from history", """
Multidisciplinary meeting summary

History: Left wide local excision and sentinel node biopsy in 2019 for a 15 mm grade 2 IDC, followed by whole-breast radiotherapy. Annual surveillance.

Imaging today (bilateral mammography with tomosynthesis): Density: scattered (B). Post-surgical architectural distortion at the lumpectomy site, unchanged since 2022 and 2023. There is a new group of amorphous calcifications 1 cm deep to the lumpectomy site, spanning 6 mm. The right breast is unremarkable.
BI-RADS 4A (left), BI-RADS 1 (right).

Discussion: new calcifications near the surgical bed could represent recurrence or fat necrosis.
Outcome: stereotactic vacuum-assisted biopsy.
""", "b", "4A", {"L": "4A", "R": "1"}, [
    "ad L p s", "calc L p m:amorphous d:grouped"])

tc("t4_31_mdt_worklist_terse", "tumour-board worklist lines (typo)", """
SYMPTOMATIC BREAST MDT - list for Thursday

Pt 4 | 71F | L breast lump 3/52
Mammo: 22mm irreg spic mass L UOQ + assoc pleomorhic calcs extending 35mm anteriorly, segmental. L axilla: abnl LNs, max cortex 7mm. R breast: NAD.
US: L 1 o'c 24mm irreg mass = mammo mass. Possible 5mm satellite mass L 12 o'c, 2cm from index.
BIRADS L5 R1.
Bx: IDC gr3 + DCIS. Node FNA +ve.
Q for MDT: MRI for extent? neoadjuvant?
""", None, "5", {"L": "5", "R": "1"}, [
    "mass L p", "calc L p m:fine_pleomorphic d:segmental", "ln L p", "mass L q"])

# ---------------------------------------------------------------- quiz / unknown cases / viva
tc("t4_13_quiz_case_of_week", "quiz case with options and answer", """
CASE OF THE WEEK #212

History: 62-year-old woman, routine screening tomosynthesis. Prior mammograms 2022 and 2023.

Findings: Left breast, upper inner quadrant, 4 cm from the nipple: a 9 mm oval mass with a microlobulated margin on tomosynthesis. It was not present on the 2023 mammogram.
Ultrasound: the mass is hypoechoic, oval, parallel, with microlobulated margins at 10 o'clock. No left axillary lymphadenopathy.

Question: What BI-RADS category would you assign?
 A) 2   B) 3   C) 4A   D) 4B

Answer: D. BI-RADS 4B for the left breast. A new solid mass with a microlobulated margin in a postmenopausal woman is not a candidate for short-term follow-up. Pathology: mucinous carcinoma.
""", None, "4B", {"L": "4B"}, [
    "mass L p", "ln L a"])

tc("t4_14_quiz_unknown_dbt_distortion", "unknown-case conference (typo)", """
Unknown case, breast imaging conference

49-year-old, screening DBT, no symptoms. Right CC and MLO tomosynthesis stacks displayed. What do you see?

Discussion / answer:
There is architectural distortoin in the right upper outer quadrant, seen only on tomosynthesis, with no mammographic or sonographic mass. The screening assessment was BI-RADS 0 (recall). At diagnostic evaluation the right breast was assessed BI-RADS 4A and tomosynthesis-guided vacuum-assisted biopsy was performed: invasive lobular carcinoma, 8 mm.

Teaching point: DBT-only distortion without a sonographic correlate still needs tissue sampling; positive predictive values of 20-40% have been reported.
""", None, "4A", {"R": "4A"}, [
    "ad R p", "mass R a"])

tc("t4_32_viva_script", "fellowship-exam viva transcript", """
FRCR 2B viva - breast - station 3 (transcript for candidates)

Examiner: Here is a screening mammogram of a 57-year-old. Please describe.
Candidate: These are bilateral CC and MLO views. The breasts are heterogeneously dense. In the right breast, upper outer quadrant, there is a 12 mm round, high-density mass with circumscribed margins. I don't see associated calcifications or distortion. The left breast looks normal. Before seeing the priors I would have recalled this as BI-RADS 0.
Examiner: Here are the mammograms from three years ago.
Candidate: The mass is unchanged in size and appearance over three years, so it is benign. Right BI-RADS 2, left BI-RADS 1. No further workup; back to routine screening.
Examiner: Good.
""", "c", "2", {"R": "2", "L": "1"}, [
    "mass R p s", "calc R a", "ad R a"])

# ---------------------------------------------------------------- residents' notes, lecture, logbook
tc("t4_15_resident_reading_notes", "resident reading-room notes with attending correction", """
R1 reading-room notes - Tue w/ Dr K (screening DBT list)

Case 6: 52F, ACR C, prior 2023 avail.
R breast: 8mm irreg mass w/ spic margins @ 11:00 mid depth, only on DBT slices 22-27 (MLO). Not on 2023. No assoc calcs.
L: neg.
I said BR3 (small, ?FGT) -> Dr K: no, new + spiculated = recall, BR0 R. L BR1.
Lesson: never BR3 from screening; a new spiculated mass needs diagnostic workup.
""", "c", "0", {"R": "0", "L": "1"}, [
    "mass R p", "calc R a"])

tc("t4_16_lecture_slide_developing_asym", "lecture slide bullets", """
Slide 14 - Developing asymmetry: a case

- 2021 screening: normal
- 2023 screening: 8 mm focal asymmetry, L UIQ, seen on CC and MLO -> recalled, spot views: persisted, US negative -> BI-RADS 3
- 2024 (current): larger (12 mm), now a developing asymmetry; no calcs
- Targeted US now: irregular hypoechoic area 11 mm @ 10 o'clock L, posterior shadowing = correlate
- Assessment: BI-RADS 4B (left)
- Bx: invasive lobular carcinoma

Take-home: a developing asymmetry has a PPV of ~13% at screening and more at diagnostic workup.
""", None, "4B", {"L": "4B"}, [
    "asym L p", "calc L a"])

tc("t4_35_resident_us_logbook", "resident ultrasound logbook entry (typo)", """
US logbook - entry 57 - supervised

Exam: LEFT breast targeted US, palpable area 1-2 o'clock.
Findings: L 1:30, 2 cm FN: 8 mm simple cyts (anechoic, thin wall, posterior enhancement) = palpable area.
L 3:00, 4 cm FN: cluster of microcysts, 5 mm.
L axilla: normal nodes with fatty hila.
R: not scanned (not requested).
BI-RADS 2 L. Supervisor: agree.
""", None, "2", {"L": "2"}, [
    "mass L p", "mass L p", "ln L p"])

tc("t4_36_dictation_transcript", "raw dictation transcript in a teaching file", """
Teaching file - raw voice transcript (uncorrected), case 18

okay this is a bilateral diagnostic mammogram comparison two thousand twenty three period breast composition scattered fibroglandular density period right breast there is a an um oval mass period circumscribed margins period it measures nine millimeters at the nine o'clock position period no associated calcifications period new paragraph left breast negative period new paragraph impression colon BI-RADS three right comma one left period
""", "b", "3", {"R": "3", "L": "1"}, [
    "mass R p", "calc R a"])

# ---------------------------------------------------------------- review-article paragraphs
tc("t4_17_review_grouped_amorphous", "review-article paragraph with an example", """
Amorphous calcifications are small and hazy, without a clearly defined shape. Their positive predictive value is roughly 10-20%, and grouped, linear or segmental amorphous calcifications usually warrant biopsy, whereas diffuse bilateral amorphous calcifications may be dismissed as benign.

For example (Fig. 5), a 47-year-old woman had a new group of amorphous calcifications spanning 5 mm in the right breast, without an associated mass. These were assessed as BI-RADS 4B on the right, and stereotactic biopsy showed atypical ductal hyperplasia; surgical excision revealed low-grade DCIS.
""", None, "4B", {"R": "4B"}, [
    "calc R p m:amorphous d:grouped", "mass R a"])

tc("t4_18_review_axillary_nodes", "review-article figure paragraph", """
Normal axillary lymph nodes are oval or reniform, with a thin cortex and a fatty hilum. Enlargement, increased density and loss of the hilum suggest pathology but are not specific.

Fig. 7 - A 66-year-old woman with chronic lymphocytic leukaemia. Left MLO view shows an enlarged, dense axillary lymph node without a fatty hilum (arrow). The right axillary nodes were similarly enlarged (not shown). Both breasts showed no mass or calcifications. When both axillae show enlarged nodes and the breasts are normal, a systemic cause such as lymphoma, leukaemia, sarcoidosis or rheumatoid arthritis should be considered.
""", None, None, {}, [
    "ln L p", "ln R p", "mass B a", "calc B a"])

tc("t4_21_review_structured_example", "review-article structured-report example", """
Box 2. Example of a structured report for the case in Figure 3

Breast composition: c - heterogeneously dense
Right breast
   Mass: No
   Calcifications: Yes - punctate, grouped, 4 mm, upper outer quadrant
   Architectural distortion: No
   Associated features: None
Left breast
   No findings
Assessment: Right BI-RADS 3; Left BI-RADS 1
Management: right diagnostic mammogram in 6 months
""", "c", "3", {"R": "3", "L": "1"}, [
    "mass R a", "calc R p m:punctate d:grouped", "ad R a"])

# ---------------------------------------------------------------- structured forms / numbered headings
tc("t4_19_numbered_headings_fa_cyst", "numbered headings", """
1. CLINICAL INFORMATION
Annual follow-up. Known left breast fibroadenoma, biopsied 2022.

2. TECHNIQUE
Bilateral mammography (CC, MLO) and bilateral ultrasound.

3. IMAGING FINDINGS
3.1 Mammography
ACR b. Right breast: no masses, no suspicious calcifications. Left breast: 14 mm oval mass with partially obscured margins in the lower outer quadrant, stable since 2022, with the biopsy clip.
3.2 Ultrasound
L 4 o'clock, 6 cm from the nipple: 15 mm oval, circumscribed, parallel hypoechoic mass, the known fibroadenoma (same lesion).
R 9 o'clock, 3 cm from the nipple: 5 mm simple cyst.

4. OPINION
Stable left fibroadenoma, BI-RADS 2. Right simple cyst, BI-RADS 2.

5. RECOMMENDATION
Routine screening.
""", "b", "2", {"L": "2", "R": "2"}, [
    "mass R a", "calc R a", "mass L p s", "mass R p"])

tc("t4_20_reader_study_crf", "reader-study case report form", """
READER STUDY - CASE REPORT FORM          Case ID: 0147      Reader: 05
Exam: bilateral diagnostic mammography

Breast composition:   [ ] a   [x] b   [ ] c   [ ] d

RIGHT BREAST
  Mass:                      No
  Calcifications:            No
  Architectural distortion:  No
  Asymmetry:                 No
  BI-RADS:                   1

LEFT BREAST
  Mass:                      Yes  (oval, circumscribed, 8 mm, 2 o'clock)
  Calcifications:            No
  Architectural distortion:  No
  Asymmetry:                 No
  BI-RADS:                   3

Axillary lymph nodes (both sides):  normal
Reading time: 2 min 40 s   Confidence (1-5): 4
""", "b", "3", {"R": "1", "L": "3"}, [
    "mass R a", "calc R a", "ad R a", "asym R a",
    "mass L p", "calc L a", "ad L a", "asym L a", "ln B p"])

# ---------------------------------------------------------------- prior vs current narratives
tc("t4_22_followup_bi3_to_bi2", "follow-up narrative (prior vs current)", """
Follow-up of probably benign calcifications

In 2021 a 6 mm group of round and punctate calcifications was found in the left upper outer quadrant at baseline screening and assessed as BI-RADS 3. Diagnostic mammograms at 6, 12 and 24 months showed the calcifications to be unchanged. At 36 months (the current study) they remain stable in number and shape, and the left breast was downgraded to BI-RADS 2. In both breasts there are no new masses and no suspicious calcifications; the right breast is BI-RADS 1.
""", None, "2", {"L": "2", "R": "1"}, [
    "calc L p s m:punctate,round d:grouped", "mass B a", "calc B a"])

tc("t4_23_followup_summation_resolved", "follow-up narrative (prior vs current)", """
Case 11. Summation artefact

A 53-year-old woman was recalled in 2023 for a possible focal asymmetry at 12 o'clock in the right breast on the CC view only. Spot compression views showed the area to disperse, in keeping with superimposition of normal tissue, and she was returned to screening.

At the 2024 screening the breasts are heterogeneously dense. There is no asymmetry in the right breast. In both breasts no mass or suspicious calcification is seen. BI-RADS 1 bilaterally.
""", "c", "1", {"R": "1", "L": "1"}, [
    "asym R a", "mass B a", "calc B a"])

tc("t4_29_missed_cancer_review", "peer-review (missed cancer) case", """
Peer learning conference - interval cancer review

Current (2024, symptomatic): right breast 11 o'clock, a 16 mm irregular mass with spiculated margins, with an irregular hypoechoic correlate on ultrasound. Right axillary nodes normal. The left breast is unremarkable. BI-RADS 5 right, 1 left. Core biopsy: IDC grade 2.

Retrospective review of the 2022 screening study: a 5 mm area of architectural distortion was present at the same site on the right MLO view only. Consensus of the panel: this was a perceptual miss; the 2022 study should have been BI-RADS 0 with recall.
""", None, "5", {"R": "5", "L": "1"}, [
    "mass R p", "ln R p"])

tc("t4_40_second_opinion_lumpectomy", "second-opinion consultation with Opinion heading", """
CONSULTANT OPINION ON OUTSIDE IMAGING

Request: second opinion on mammograms performed elsewhere on 12 March, reported there as BI-RADS 4A.
History: Right breast cancer, lumpectomy and radiotherapy 2018. No current symptoms.

Imaging findings
The breast parenchyma is of the involuted, almost entirely fatty type. At the lumpectomy site there is a spiculated density with central lucency and dystrophic calcifications, unchanged when compared with the 2020 and 2022 studies, in keeping with post-surgical change and fat necrosis. No new mass. The left breast shows a 5 mm intramammary lymph node in the upper outer quadrant.

Opinion
Post-treatment changes in the right breast. Benign, BI-RADS 2 for both breasts. The outside assessment of 4A is not supported; resumption of annual surveillance is advised.
""", "a", "2", {"R": "2", "L": "2"}, [
    "other R p s", "calc R p s m:dystrophic", "mass R a", "ln L p"])

# ---------------------------------------------------------------- journal case reports
tc("t4_26_translated_granulomatous", "translated journal case report (typo)", """
A case of idiopathic granulomatous mastitis mimicking carcinoma

Case presentation
A 34-year-old female patient, 2 years after lactation, was applied to our clinic with pain and swelling in the right breast.

In mammography it was seen that there is a focal asymetry in the upper outer quadrant of the right breast together with possible skin thickening. In ultrasonography, irregular hypoechoic areas with tubular extensions were observed in the same region, and reactive appearing right axillary lymph nodes were present. The lesion was evaluated as BI-RADS 4A. Tru-cut biopsy was performed and the histopathology was reported as granulomatous lobular mastitis.

Discussion
Idiopathic granulomatous mastitis can mimic malignancy both clinically and radiologically.
""", None, "4A", {}, [
    "asym R p", "skin R q", "ln R p"])

tc("t4_27_imaging_findings_bilateral", "journal case report with Imaging findings heading", """
Synchronous bilateral breast carcinoma detected by preoperative ultrasound

Case
A 59-year-old woman presented with a palpable mass in the left breast.

Imaging findings
Left breast: a 3 cm irregular high-density mass with spiculated margins at 2 o'clock, with associated pleomorphic calcifications and retraction of the nipple.
Right breast: no abnormality on mammography. Whole-breast ultrasound before surgery demonstrated a 7 mm irregular hypoechoic mass at 9 o'clock with indistinct margins.
Assessment was BI-RADS 5 (left) and 4A (right).

Outcome
Both lesions were invasive ductal carcinoma. Bilateral mastectomy was performed.
""", None, "5", {"L": "5", "R": "4A"}, [
    "mass L p", "calc L p m:fine_pleomorphic", "skin L p", "mass R p"])

tc("t4_28_descriptors_next_sentence", "journal case report, descriptors in next sentence", """
Mucinous carcinoma with calcifications

Screening mammography in a 70-year-old woman showed a new mass in the left breast at 3 o'clock. It was round, with microlobulated margins, and measured 8 mm. Amorphous calcifications were seen posterior to it. They spanned 4 mm. The right breast was unchanged from prior studies.

On ultrasound the mass was isoechoic to fat and nearly invisible.

Assessment: BI-RADS 4B, left breast. Stereotactic biopsy of the mass and calcifications showed mucinous carcinoma.
""", None, "4B", {"L": "4B"}, [
    "mass L p", "calc L p m:amorphous"])

tc("t4_30_continuation_fragments", "teaching dictation in fragments", """
Teaching case 30 - fragments as dictated

Right breast 10 o'clock. An oval mass. Circumscribed. 12 mm. It is unchanged since 2021. No calcifications.

The left breast shows two groups of coarse heterogeneous calcifications, at 1 and 3 o'clock. These are new. Neither group has an associated mass.

Assessment: BI-RADS 2 right, BI-RADS 4A left.
""", None, "4A", {"R": "2", "L": "4A"}, [
    "mass R p s", "calc R a",
    "calc L p m:coarse_heterogeneous d:grouped", "calc L p m:coarse_heterogeneous d:grouped",
    "mass L a"])

tc("t4_37_dbt_synthetic_teaching", "tomosynthesis teaching note (typo)", """
Tomosynthesis pearl: look at the slices, not only the synthetic 2D

On the synthesized 2D images the left breast appears normal. Scrolling through the DBT slices, there is a 6 mm spiculted mass with associated architectural distortion in the left lower inner quadrant, best seen on the MLO stack (slices 31-36). The right breast is normal on both 2D and DBT.

Ultrasound found a 6 mm irregular hypoechoic mass at 8 o'clock left, concordant.
Assessment: left BI-RADS 4B, right BI-RADS 1. Pathology: tubular carcinoma.
""", None, "4B", {"L": "4B", "R": "1"}, [
    "mass L p", "ad L p"])

ITEMS = T

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_all([(i, t, e) for i, s, t, e in sorted(T)], os.path.join(here, "..", "teaching"))
