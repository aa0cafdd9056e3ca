"""20 third-party teaching / case texts (t5_NN_<slug>). Tuple: id, style, text, density, overall, by_breast, findings."""
import os
from common import ROOT, write_docs

T = []


def add(iid, style, text, density, overall, bb, codes):
    T.append((iid, style, text, density, overall, bb, codes))


add("t5_01_nigeria_case_report", "Nigerian journal case report, Imaging findings heading, figure legends, mammo + US one mass",
"""Case report
A 46-year-old premenopausal Nigerian woman presented to our surgical outpatient clinic with a 3-month history of a painless lump in the right breast. There was no nipple discharge. Clinical examination revealed a hard, 4 x 3 cm lump in the upper outer quadrant with peau d'orange of the overlying skin and a mobile ipsilateral axillary node.

Imaging findings
Bilateral mammography showed heterogeneously dense breasts (ACR c). In the right upper outer quadrant there was a high-density irregular mass with spiculated margins measuring 38 mm. It contained pleomorphic microcalcifications in a segmental distribution. The overlying skin was thickened. An enlarged, dense axillary lymph node without a fatty hilum was seen on the right MLO view. The left breast was unremarkable.
On ultrasound the mass was irregular, hypoechoic and not parallel, with posterior acoustic shadowing, corresponding to the mammographic lesion. The axillary node had a thickened cortex of 7 mm.
The right breast lesion was categorised as BI-RADS 5 and the left breast as BI-RADS 1. Core needle biopsy showed invasive ductal carcinoma, grade 3.

Figure 1. Right MLO (a) and CC (b) views: spiculated mass (arrow) with associated calcifications (arrowheads).
Figure 2. Ultrasound of the right breast at 10 o'clock: irregular hypoechoic mass with shadowing.""",
    "c", "5", "R5 L1",
    ["mass R p", "calc R p m:fine_pleomorphic d:segmental", "skin R p", "ln R p"])

add("t5_02_egypt_figure_legend", "Egyptian journal multi-panel figure legend, sides not repeated, clip",
"""Fig. 3 A 52-year-old woman with a screen-detected lesion of the left breast. (a) Left CC view shows a 9 mm round mass with indistinct margins in the inner half. (b) Magnified view demonstrates associated amorphous calcifications within and around the mass. (c) Ultrasound: the mass is hypoechoic with an echogenic halo and internal vascularity on colour Doppler. (d) Post-biopsy CC view: the clip is in satisfactory position within the mass. Assessment: BI-RADS 4B, left breast. Histopathology revealed mucinous carcinoma with a DCIS component.""",
    None, "4B", "L4B",
    ["mass L p", "calc L p m:amorphous"])

add("t5_03_irish_rad_path", "Irish rad-path correlation meeting note, sides not repeated, post-biopsy haematoma, typo pleomoprhic",
"""Radiology-pathology correlation meeting - Symptomatic & Screening Breast Unit (Dublin)
Case 3. 58F, screen-detected.
Imaging: Left breast, 1 o'clock, 7 mm group of fine pleomoprhic calcifications, no associated mass. M4. BI-RADS 4B.
Procedure: stereotactic VAB, 9G, 12 cores; specimen radiograph confirms calcifications.
Histology: DCIS, intermediate grade, no invasion. B5a.
Correlation: concordant. Post-biopsy mammogram: small haematoma at the biopsy site, clip 3 mm from target.
Plan: wire-guided WLE.""",
    None, "4B", "L4B",
    ["calc L p m:fine_pleomorphic d:grouped", "mass L a", "other L p"])

add("t5_04_pakistan_igm_case", "Pakistani case report (granulomatous mastitis), ultrasound only, category for one breast",
"""Case presentation: A 34-year-old lactating woman from Lahore presented with a tender swelling of the left breast for 6 weeks, not responding to antibiotics.
Ultrasound of the left breast showed an irregular hypoechoic mass with tubular extensions in the upper outer quadrant, measuring 28 x 14 mm. The overlying skin was thickened and oedematous. Several enlarged reactive-looking axillary lymph nodes with preserved fatty hila were seen. The right breast was normal on ultrasound. BIRADS 4A was given for the left breast.
Ultrasound-guided core biopsy revealed idiopathic granulomatous mastitis. The patient improved on oral steroids.""",
    None, "4A", "L4A",
    ["mass L p", "skin L p", "ln L p"])

add("t5_05_quiz_next_sentence", "online self-test quiz, descriptors in the next sentences, option list and generic explanation",
"""Test yourself - Case 12
History: 63-year-old, routine screening. Prior mammograms 2022 and 2023 available.
Findings: There is a new group of calcifications in the right breast at 10 o'clock, middle depth. They are fine and linear, some branching. The group measures 11 mm. No associated mass is seen on tomosynthesis. The left breast is unchanged.
Question: What is the most appropriate BI-RADS category?
(a) 2   (b) 3   (c) 4A   (d) 4C   (e) 5
Answer: (d). Fine linear branching calcifications carry a high positive predictive value: BI-RADS 4C for the right breast. Amorphous calcifications, by contrast, would usually be placed in 4B.""",
    None, "4C", "R4C",
    ["calc R p m:fine_linear d:grouped", "mass R a"])

add("t5_06_barbados_lumpectomy_site", "Barbados surveillance teaching case, lumpectomy site side from history",
"""Clinical history: 67-year-old, right breast cancer treated with wide local excision and radiotherapy in 2021. Annual surveillance.
Report: Bilateral digital mammograms with tomosynthesis. There are scattered fibroglandular densities.
Post-surgical architectural distortion and skin thickening at the lumpectomy site, with dystrophic calcifications, are unchanged from 2024. No new mass or suspicious calcification in either breast. The left breast is stable.
Conclusion: No evidence of recurrence. BI-RADS 2 right, BI-RADS 1 left.""",
    "b", "2", "R2 L1",
    ["ad R p s", "skin R p s", "calc R p s m:dystrophic", "mass B a", "calc B a"])

add("t5_07_sri_lanka_phyllodes", "Sri Lankan case report, descriptors in next sentences, mammo + US one mass",
"""A 41-year-old Sri Lankan woman presented with a rapidly enlarging left breast lump.
Mammography: A large, oval, high-density mass occupied the upper half of the left breast. Its margins were circumscribed in most parts and partly obscured. No calcifications were seen within it.
Ultrasound: The corresponding lesion was a 7 cm oval, heterogeneous, predominantly hypoechoic mass with cystic spaces and cleft-like slits. Increased vascularity was noted on Doppler. No abnormal left axillary lymph nodes were detected.
The right breast was normal.
The radiological diagnosis was phyllodes tumour (BIRADS 4B, left) and ultrasound-guided core biopsy confirmed a benign phyllodes tumour. Wide excision was performed.""",
    None, "4B", "L4B",
    ["mass L p", "calc L a", "ln L a"])

add("t5_08_iran_imln_case", "Iranian journal case, mass consistent with intramammary lymph node, descriptors next sentence",
"""Case 2. A 49-year-old woman from Shiraz was recalled from screening for a right breast mass.
Diagnostic mammography showed an 8 mm circumscribed, oval, partly fat-containing mass in the upper outer quadrant of the right breast. It was consistent with an intramammary lymph node. Ultrasound confirmed a reniform, hypoechoic structure with an echogenic fatty hilum at 10 o'clock.
In the left breast, a 15 mm cluster of coarse heterogeneous calcifications was noted in the lower inner quadrant. These had increased in number compared with the 2022 study. Stereotactic biopsy was performed.
Final assessment: BI-RADS 2 for the right breast and BI-RADS 4A for the left breast. Pathology of the left breast calcifications: fibrocystic change with calcification (benign, concordant).""",
    None, "4A", "R2 L4A",
    ["ln R p", "calc L p m:coarse_heterogeneous d:grouped"])

add("t5_09_vietnam_fibroadenomas", "Vietnamese teaching case, ultrasound list, counted lesions, typo fibroadeomas",
"""Clinical case (Hue Central Hospital): 24-year-old female, palpable nodules in both breasts.
Breast ultrasound:
- Right breast: two oval, circumscribed, parallel, hypoechoic nodules at 9 o'clock (18 x 10 mm) and 11 o'clock (9 x 6 mm), compatible with fibroadeomas.
- Left breast: one similar nodule at 3 o'clock, 12 x 8 mm. A simple cyst of 4 mm at 6 o'clock.
- No axillary lymphadenopathy on both sides.
Classification: BI-RADS 3 for both breasts. Follow-up ultrasound in 6 months was recommended. Core biopsy of the largest nodule later showed fibroadenoma.""",
    None, "3", "B3",
    ["mass R p", "mass R p", "mass L p", "mass L p", "ln B a"])

add("t5_10_indonesia_distortion", "Indonesian case report, distortion with US correlate (one finding), typo architetural",
"""CASE REPORT - Jakarta
A 55-year-old postmenopausal woman underwent screening mammography.
Mammography revealed an architetural distortion in the left upper outer quadrant, best seen on tomosynthesis, with radiating thin spicules and no central mass. The breast composition was ACR B.
Targeted ultrasound of the left breast showed an ill-defined hypoechoic area with posterior shadowing at 2 o'clock, 4 cm from the nipple, corresponding to the distortion.
The finding was classified as BI-RADS 4B (left). The right breast was classified as BI-RADS 1.
Ultrasound-guided biopsy revealed a radial scar without atypia, and surgical excision was advised.""",
    "b", "4B", "L4B R1",
    ["ad L p", "mass L a"])

add("t5_11_philippines_rad_path", "Philippine rad-path correlation form, side only in the header, mammo + US one mass",
"""RAD-PATH CORRELATION (Breast Imaging Section, Manila)
Patient: 47/F.   Side: LEFT
Pre-biopsy imaging: 13 mm irregular hypoechoic mass at 2 o'clock, 3 cm FN, with angular margins and an echogenic halo. Mammographic correlate: irregular high-density mass with indistinct margins, UOQ. Associated punctate calcifications, grouped.
BI-RADS: 4C
Procedure: US-guided 14G CNB x 4.
Pathology: invasive lobular carcinoma, classic type.
Concordance: concordant malignant. Refer to surgery; MRI for extent of disease.""",
    None, "4C", "L4C",
    ["mass L p", "calc L p m:punctate d:grouped"])

add("t5_12_belfast_discrepancy", "Northern Irish learning-from-discrepancies case, lesion changes kind over time, generic learning points",
"""Learning from Discrepancies meeting - Breast (Belfast), case 4 (anonymised)
Index screen (2023): reported normal (M1 bilaterally).
Interval presentation (2024): palpable left breast cancer at 3 o'clock.
Panel review of the 2023 images: there is a subtle architectural distortion in the left breast at 3 o'clock, visible on the CC view only, at the site of the subsequent cancer. Retrospectively visible.
Current (2024) imaging: irregular 21 mm mass at left 3 o'clock, M5 U5, BI-RADS 5. Right breast normal, BI-RADS 1.
Learning points: a distortion seen on one view only should prompt recall; tomosynthesis helps.""",
    None, "5", "L5 R1",
    ["mass L p"])

add("t5_13_quebec_teaching_file", "Quebec bilingual teaching file, lumpectomy site / surgical bed side from history, pseudo-negation",
"""Dossier d'enseignement / Teaching file - CHU de Québec
Antécédents / History: left lumpectomy and radiotherapy for DCIS, 2019.
Mammographie / Mammography (2025): At the lumpectomy site there is a new 6 mm group of fine pleomorphic calcifications along the incision line, not present in 2024. Oil cysts with rim calcifications elsewhere in the surgical bed are stable.
Right breast: no suspicious findings.
Évaluation / Assessment: BI-RADS 4B gauche (left), BI-RADS 1 droit (right).
Pathology (VAB): recurrent DCIS, high grade.""",
    None, "4B", "L4B R1",
    ["calc L p m:fine_pleomorphic d:grouped", "mass L p s", "calc L p s m:rim"])

add("t5_14_ghana_mdt_minutes", "Ghanaian MDT minutes with speakers, mammo + US one mass, node count with largest size, typo retracion",
"""Breast MDT minutes - 14 March (Kumasi)
Case 2: 52F, right breast lump 6/12.
Radiologist (Dr A): Mammogram - dense breasts, ACR C. Right UOQ irregular mass 3.1 cm with spiculated margins, nipple retracion. US - correlates with an irregular hypoechoic mass 32 mm at 10 o'clock, taller than wide. Possible 5 mm satellite nodule at 11 o'clock. Right axilla: two matted nodes, largest 2.4 cm, loss of hilum. Left breast and axilla normal. BIRADS 5 right, BIRADS 1 left.
Pathologist (Dr B): core biopsy - invasive carcinoma NST, grade 3, ER negative.
Surgeon (Dr C): for neoadjuvant chemotherapy, then mastectomy.
Outcome: refer oncology; staging CT chest/abdomen.""",
    "c", "5", "R5 L1",
    ["mass R p", "skin R p", "mass R q", "ln R p"])

add("t5_15_us_telerad_qa_review", "US teleradiology peer-review (QA) note, amended category replaces the original",
"""QA peer review - teleradiology read (community hospital, Nebraska)
Original read: "Bilateral screening mammogram. BI-RADS 1. Negative."
Reviewer comment: On the left MLO and CC views there is a 7 mm developing asymmetry in the upper outer quadrant that was not present on the 2023 exam. Right breast unremarkable.
Reviewer assessment: should have been recalled. Amended report issued: BI-RADS 0 left, BI-RADS 1 right.
Peer review score: 2b (discrepancy, clinically significant).""",
    None, "0", "L0 R1",
    ["asym L p"])

add("t5_16_sudan_thesis_case", "Sudanese MD-thesis case with figure legend, dilated duct + intraductal mass, sides not repeated",
"""Case (3):
Female patient, 38 years old, complaining of left bloody nipple discharge.
Sono-mammography: Left retroareolar dilated duct (4 mm) containing an intraductal solid mass measuring 6 x 4 mm. The lesion showed internal vascularity on colour Doppler. No associated calcifications on mammography. Right breast showed a few simple cysts, the largest 5 mm.
BIRADS: Left 4A, Right 2.
Histopathology: intraductal papilloma.
Fig. (5): (A) US image showing the dilated duct with the intraductal lesion (arrow). (B) Colour Doppler showing the vascular stalk.""",
    None, "4A", "L4A R2",
    ["other L p", "mass L p", "calc L a", "mass R p"])

add("t5_17_speech_recognition_conference", "uncorrected speech-recognition transcript of a case conference",
"""Transcribed case conference (speech recognition, uncorrected)
This is a 71 year old lady with a palpable lump in the left breast. On the mammogram there is a high density irregular mass in the left upper outer quadrant measuring 2 cm with in distinct margins. There are associated fine pleomorphic calcification sore extending anteriorly in a linear distribution. The overlying skin is normal. On ultrasound the mass measures 21 mm and is hypo echoic with angular margins. There are no abnormal lymph nodes in the left axilla. The right breast is clear. So I would call this BI-RADS 5 on the left and one on the right. Next slide please.""",
    None, "5", "L5 R1",
    ["mass L p", "calc L p m:fine_pleomorphic d:linear", "ln L a"])

add("t5_18_pictorial_essay_legends", "pictorial-essay figure legends, one patient per figure, no category",
"""Pictorial essay: calcifications that should not be recalled (figure legends)
Figure 1. Right MLO, 66-year-old woman: large rod-like calcifications oriented towards the nipple (secretory disease).
Figure 2. Left CC, 59-year-old: coarse 'popcorn' calcifications within an involuting fibroadenoma.
Figure 3. Left ML magnification, 48-year-old: milk of calcium, 'teacup' shaped on the lateral view and smudgy on the CC view.
Figure 4. Right CC, 71-year-old: tram-track vascular calcifications.
Figure 5. Bilateral MLO, 54-year-old: dermal calcifications with lucent centres projecting over both axillary tails; a tangential view confirmed their skin location.""",
    None, None, "",
    ["calc R p m:large_rod_like", "calc L p m:coarse", "mass L p", "calc L p m:milk_of_calcium",
     "calc R p m:vascular", "calc B p m:rim,skin"])

add("t5_19_jamaica_structured_form", "Jamaican structured reporting form with Yes/No fields per breast",
"""BREAST IMAGING REPORTING FORM - Kingston Public Hospital
Patient age: 45   Exam: Bilateral mammogram + breast US   Indication: screening, family history
Breast composition: [ ] a  [ ] b  [x] c  [ ] d
RIGHT BREAST
  Mass: Yes - oval, circumscribed, 9 mm, 7 o'clock; US: simple cyst
  Calcifications: No
  Architectural distortion: No
  Asymmetry: No
  Skin / nipple changes: No
  Axillary nodes: Normal
  Assessment (BI-RADS): 2
LEFT BREAST
  Mass: No
  Calcifications: Yes - benign, vascular
  Architectural distortion: No
  Asymmetry: Yes - focal asymmetry, UOQ, new; US: no correlate
  Skin / nipple changes: No
  Axillary nodes: Normal
  Assessment (BI-RADS): 0
Recommendation: spot compression views, left breast.""",
    "c", "0", "R2 L0",
    ["mass R p", "calc R a", "ad R a", "asym R a", "skin R a", "ln R p",
     "mass L a", "calc L p m:vascular", "ad L a", "asym L p", "skin L a", "ln L p"])

add("t5_20_peru_translated_case", "Peruvian case report translated from Spanish, pseudo-negation, typo microcalsifications",
"""Clinical case (translated from Spanish) - Lima
65-year-old woman, asymptomatic, control mammography.
Mammographic study: Breasts with scattered areas of fibroglandular density (ACR b). In the right breast, at the union of the external quadrants, a group of fine pleomorphic microcalsifications of 8 mm is observed, which was not present in the previous study of 2023. No nodules or architectural distortion accompany them. In the left breast, benign calcifications of vascular type and a nodule of 6 mm with regular borders, unchanged since 2021.
Complementary ultrasound: no sonographic correlate for the microcalcifications; the left nodule corresponds to a simple cyst.
Conclusion: Right breast BI-RADS 4B. Left breast BI-RADS 2. Stereotactic biopsy is suggested.""",
    "b", "4B", "R4B L2",
    ["calc R p m:fine_pleomorphic d:grouped", "mass R a", "ad R a", "calc L p m:vascular", "mass L p s"])

assert len(T) == 20, len(T)

if __name__ == "__main__":
    write_docs(os.path.join(ROOT, "teaching"), T)
    print("teaching:", len(T), "findings:", sum(len(x[6]) for x in T))
