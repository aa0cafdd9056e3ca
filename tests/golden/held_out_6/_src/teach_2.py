# Teaching / case texts t6_09-15: (number, slug, style, text, density, overall, by_breast, findings)
T2 = [
(9, "saudi_papillary_case", "Saudi journal case report: mammo round mass = US complex cystic mass, dilated duct, normal ipsilateral nodes",
"""Case presentation
A 72-year-old woman presented to the breast clinic of our tertiary hospital in Riyadh with a right breast lump that had enlarged slowly over six months. There was no nipple discharge.

Imaging findings
Digital mammography showed a well-defined, round, high-density mass measuring 3.5 cm in the right retroareolar region. There were no microcalcifications. The breasts were almost entirely fatty (ACR A). Ultrasound revealed that the mass was a complex cystic lesion with a solid mural component showing internal vascularity on colour Doppler. A dilated duct was seen leading to it. Two ipsilateral axillary lymph nodes had normal morphology. The left breast and axilla were unremarkable.
The right breast lesion was classified as BI-RADS 4B, and ultrasound-guided core biopsy of the solid component was performed.

Histopathology
Encapsulated papillary carcinoma without an invasive component.""",
 "a", "4B", "R4B", ["mass R p", "calc R a", "other R p", "ln R p"]),

(10, "uk_mdt_summary", "UK breast MDT radiology summary: RCR scores only, calcification in the next sentence, same lesion mammo/US",
"""BREAST MDT - RADIOLOGY SUMMARY
Patient: 55F. Symptomatic, R breast lump x 2/52. No FHx.
Imaging (Dr A. Patel):
Mammo: R UOQ 19mm spiculate mass, M5. Associated pleomorphic calcification extends 30mm anteriorly towards the nipple. L breast: benign-looking scattered calcification only, M2.
US: R 10 o'c 18mm irregular hypoechoic mass, U5 - same lesion. ?5mm satellite nodule at R 11 o'c, 2cm from the index lesion. R axilla: 2 nodes with cortical thickening up to 5mm, U4, FNA taken. L axilla normal.
Path: R 10 o'c core - IDC grade 2, ER+ HER2-. R axillary FNA - C5.
Outcome: For MRI (extent of calcification), then WLE + SLNB vs mastectomy; discuss in clinic.""",
 None, None, "", ["mass R p", "calc R p m:fine_pleomorphic", "calc L p d:diffuse", "ln R p", "mass R q"]),

(11, "quiz_dbt_distortion", "Online quiz: distortion on DBT, negatives continuing the lesion, option list, sided answer; typo",
"""Breast Imaging Quiz #27

A 44-year-old woman returns for her annual screening tomosynthesis. Prior studies from 2023 and 2024 are available.

Findings: There is a new area of architectural distortoin in the left breast at 12 o'clock, best seen on the tomosynthesis slices. It measures 11 mm. No mass or calcifications are associated with it. Targeted ultrasound shows no correlate. The right breast is unremarkable apart from a benign-appearing intramammary lymph node in the upper outer quadrant.

Which is the most appropriate assessment?
(a) BI-RADS 2, routine screening
(b) BI-RADS 3, short-interval follow-up
(c) BI-RADS 4, tomosynthesis-guided biopsy
(d) BI-RADS 6

Answer: (c). A distortion without a sonographic correlate still warrants tissue sampling: BI-RADS 4 for the left breast.""",
 None, "4", "L4", ["ad L p", "mass L a", "calc L a", "ln R p"]),

(12, "poster_dbt_correlate", "Educational-exhibit case: DBT-only mass and US correlate by same clock face and distance, left line category in brackets",
"""Educational exhibit - Case 3: 'Is it really the correlate?'
63-year-old woman, screening DBT, no symptoms.
DBT: right breast, 8 o'clock, 6 cm from the nipple - 9 mm spiculated mass visible only on the tomosynthesis slices; occult on synthetic 2D.
Targeted US: irregular hypoechoic mass, 8 mm, at 8 o'clock, 6 cm FN. Same clock face and same distance from the nipple, therefore the sonographic correlate.
Left breast: grouped round calcifications, stable for 3 years (BI-RADS 2).
Final assessment: BI-RADS 4C (right). US-guided core biopsy: invasive lobular carcinoma.
Take-home: always match the clock face and the distance from the nipple before calling a sonographic correlate.""",
 None, "4C", "R4C L2", ["mass R p", "calc L p s m:round d:grouped"]),

(13, "australian_radpath_discordance", "Australian rad-path meeting, discordant case, 'nil' negation, side on the imaging line",
"""RAD-PATH CORRELATION MEETING - DISCORDANT CASE
Imaging: L breast 3 o'clock 12mm irregular hypoechoic mass with angular margins, BIRADS 4B. No mammographic correlate; breasts extremely dense (ACR D). L axilla: nil lymphadenopathy.
Biopsy: US guided 14G core x 4, good position on post-fire images.
Histology: benign breast tissue with stromal fibrosis; no lesional tissue identified.
Discussion: Discordant - the sample may not represent the lesion.
Recommendation: Repeat biopsy with vacuum assistance.""",
 "d", "4B", "L4B", ["mass L p", "ln L a"]),

(14, "us_case_of_day_structured", "US case-of-the-day with a structured report box: 'Mass: No' fields per breast",
"""CASE OF THE DAY: Milk of calcium

Clinical: 50-year-old woman, screening. Prior mammograms from 2022 for comparison.

Structured report
  Breast composition: b
  RIGHT - Mass: No | Calcifications: Yes, round and punctate, regional | Architectural distortion: No | Asymmetry: No
  LEFT - Mass: No | Calcifications: Yes, milk of calcium (layering on the ML view), diffuse | Architectural distortion: No | Asymmetry: No
  Axillary lymph nodes: normal, bilateral
  Assessment: BI-RADS 2 right, BI-RADS 2 left

Discussion: Milk of calcium is a benign finding and needs no follow-up. The ML view is the key.""",
 "b", "2", "R2 L2", ["mass R a", "calc R p m:punctate,round d:regional", "ad R a", "asym R a",
                      "mass L a", "calc L p m:milk_of_calcium d:diffuse", "ad L a", "asym L a", "ln B p"]),

(15, "malaysian_lactating_adenoma", "Malaysian journal case: US in pregnancy, post-partum mammogram of the same mass, figure legends; joined word",
"""CASE REPORT
A 29-year-old woman at 32 weeks of gestation presented with a rapidly enlarging left breast lump.
Ultrasound showed a 4 cm oval, well-circumscribed, hypoechoic mass at 2 o'clock with a few internal cystic spaces and prominent vascularity. Its long axis was parallel to the skin. No skin thickening was seen. A few small left axillary lymphnodes with preserved fatty hila were noted. Mammography was deferred because of the pregnancy.
The left breast lesion was assessed as BIRADS 4A, and ultrasound-guided core biopsy showed a lactating adenoma.
Three months post-partum, mammography showed the lesion as an oval circumscribed equal-density mass in the upper outer quadrant of the left breast, with no calcifications. The breasts were heterogeneously dense.

Figure 1: (a) Greyscale ultrasound of the left breast at 2 o'clock showing the oval hypoechoic mass (arrow). (b) Colour Doppler image showing prominent vascularity.
Figure 2: Post-partum left MLO mammogram showing the oval circumscribed mass (arrow).""",
 "c", "4A", "L4A", ["mass L p", "skin L a", "ln L p", "calc L a"]),
]
