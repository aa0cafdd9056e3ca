"""Ultrasound reports (us2_NN). Gold in the compact form described in common.py."""

US = []

US.append(dict(id="us2_01_canada_recall_taller_than_wide_4c", text="""
DIAGNOSTIC ULTRASOUND - LEFT BREAST
Ontario Breast Screening Program - Breast Assessment Centre
Exam date: 2025-03-11

Requisition: Abnormal screening mammogram, left breast upper outer quadrant mass / architectural distortion. Please assess.
Comparison: OBSP screening mammogram 2025-02-26 (reported separately).
Technique: Targeted grey-scale, colour Doppler and shear-wave elastography of the left breast and left axilla.

Findings:
At 2 o'clock, 6 cm FN, corresponding to the mammographic abnormality, there is an irregular hypoechoic mass measuring 14 x 11 x 12 mm. It is taller than wide, has angular margins and casts posterior acoustic shadowing. Internal vascularity is present on colour Doppler. A few echogenic foci within the mass are in keeping with microcalcifications. On SWE the lesion is stiff (Emax 162 kPa).
The adjacent tissue from 1 to 3 o'clock is otherwise unremarkable.
Left axilla: several lymph nodes with normal cortical thickness and fatty hila. No axillary lymphadenopathy.

Impression:
Left breast 2 o'clock mass, highly suspicious for malignancy. BI-RADS 4C.
Ultrasound-guided core biopsy has been booked for 2025-03-14; the patient was informed by the radiologist.
""",
    mods="us", purpose="dia", overall="4C", bb="L4C",
    f=["mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing v=internal el=hard @2:00 z=14",
       "calc L p",
       "ln L p",
       "ln L a"],
    rec="bx"))

US.append(dict(id="us2_02_nz_bilateral_cysts_questionable_nodule_typo", text="""
BREAST ULTRASOUND - BILATERAL
Referrer: Dr A. Tane, Kelburn Medical Centre
Clinical: 44F. Bilateral cyclical breast pain, ?lumpy R breast on self-exam. No FHx. BreastScreen Aotearoa mammogram 2 yrs ago normal.

Report:
Both breasts scanned in full, with attention to the right upper outer quadrant.
There are multiple simple cysts scattered through both breasts, the largest 11 mm in the R breast at 10 o'clock. These are anechoic and well circumscribed with posterior acoustic enhancment.
R 7 o'clock, 3 cm from nipple: 8 mm oval circumscribed cyst containing low level internal echoes and a fluid-debris level, no internal vascularity on colour Doppler - complicated cyst.
L 2 o'clock: questionable 4 mm hypoechoic area, possibly a small mass versus a fat lobule, not reproducible in the orthogonal plane.
Both axillae normal.

Conclusion:
Bilateral simple cysts and a R complicated cyst, benign. These account for the lumpiness felt. The L 2 o'clock area is most likely a fat lobule.
BI-RADS 2 bilaterally.
Return to routine BreastScreen mammography at 45.
""",
    mods="us", purpose="dia", overall="2", bb="R2 L2",
    f=["mass B p mg=circumscribed ep=anechoic pf=enhancement z=11",
       "mass R p sh=oval mg=circumscribed v=absent @7:00 z=8",
       "mass L q ep=hypoechoic @2:00 z=4"],
    rec="rs"))

US.append(dict(id="us2_03_us_voice_dictation_stable_fa_downgrade", text="""
EXAM: US BREAST RIGHT LIMITED DIAGNOSTIC
DATE: 04/22/2025
ACCESSION: 88213407

CLINICAL INDICATION: 6 month follow up of probably benign right breast mass, BI-RADS 3 on 10/2024 ultrasound. 38 yo.

COMPARISON: Ultrasound 10/15/2024, 04/10/2024.

TECHNIQUE: Real-time ultrasound of the right breast at 9 o'clock was performed by the sonographer and reviewed by the radiologist.

FINDINGS:
At the right breast 9 o'clock position 4 cm from the nipple there is a oval circumscribed hypo echoic mass parallel to the skin measuring 1.1 x 0.5 x 0.8 cm, previously 1.1 x 0.5 x 0.7 cm period No internal vascular flow on color Doppler. No posterior acoustic features. This is unchanged over 12 months of follow-up comma consistent with a benign fibroadenoma.
No new mass in the right breast.

IMPRESSION:
1. Stable right breast 9 o'clock mass, most likely fibroadenoma. This has been stable for 1 year of follow up and can be downgraded to benign.
BI-RADS category 2 benign.
2. Recommend return to annual screening mammography when age appropriate. The patient is 38 with no family history; will defer the start of screening to the referring provider.

Dictated by: J. Alvarez MD  04/22/2025 10:14
Signed by: J. Alvarez MD  04/22/2025 16:52
""",
    mods="us", purpose="dia", overall="2", bb="R2",
    f=["mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none v=absent @9:00 z=11",
       "mass R a"],
    rec="rs"))

US.append(dict(id="us2_04_v2025_nonmass_lesion_structured_4b", text="""
BREAST ULTRASOUND, LEFT - DIAGNOSTIC
Lexicon: ACR BI-RADS(R) Atlas v2025, ultrasound

Indication: 51-year-old with focal palpable thickening in the left breast at 3 o'clock. Diagnostic mammogram today (separate report): no mammographic correlate.

TISSUE COMPOSITION: Heterogeneous background echotexture.

FINDING 1
  Lesion type: Non-mass lesion (NML)
  Location: Left breast, 3:00, 4 cm from nipple, middle depth
  Size: 22 x 8 x 15 mm
  Echogenicity: hypoechoic
  Associated features: internal echogenic foci suggestive of calcifications
  Vascularity: internal vascularity present
  Elasticity: intermediate
  Correlation: corresponds to the palpable area
  Assessment: BI-RADS 4B

FINDING 2
  Lesion type: Mass
  Location: Left breast, 10:00, 2 cm from nipple
  Size: 5 x 4 x 4 mm
  Shape: oval | Orientation: parallel | Margin: circumscribed
  Echo pattern: anechoic | Posterior features: enhancement
  Vascularity: absent
  Special case: simple cyst
  Assessment: BI-RADS 2

AXILLA: Left axilla, no suspicious lymph nodes.

OVERALL ASSESSMENT: BI-RADS 4B - Suspicious
MANAGEMENT: Ultrasound-guided core biopsy of finding 1 (at least 3 cores, clip placement).
""",
    mods="us", purpose="dia", overall="4B", bb="L4B",
    f=["nme L p ep=hypoechoic v=internal el=intermediate @3:00 dp=middle z=22",
       "calc L q",
       "mass L p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement v=absent @10:00 z=5",
       "ln L a"],
    rec="bx"))

US.append(dict(id="us2_05_south_africa_axillary_nodes_4c", text="""
RADIOLOGY REPORT
Examination: Ultrasound left breast and left axilla
Clinical details: 58 y. Palpable L axillary lump x 1 month. Mammogram at this practice today: BI-RADS 1 (see separate report). ?node

Findings:
LEFT AXILLA: At the site of the palpable lump, in level I, there are two adjacent lymph nodes. The larger measures 21 x 17 mm. Both are round and hypoechoic, with loss of the fatty hilum and cortical thickening up to 9 mm, and show increased cortical flow on Doppler.
LEFT BREAST: Whole-breast survey. No solid or cystic mass. Normal fibroglandular echotexture. Small intramammary lymph node in the upper outer quadrant, 5 mm, with normal morphology.
RIGHT AXILLA (brief comparison): a few normal-appearing nodes with fatty hila.

Impression:
Abnormal left axillary lymph nodes, suspicious for metastatic disease; lymphoma is a differential. No primary breast lesion identified on mammography or ultrasound.
BI-RADS 4C.
Recommend US-guided core biopsy of the dominant node. Contrast MRI of both breasts if histology confirms metastatic carcinoma.
""",
    mods="us", purpose="dia", overall="4C", bb="L4C",
    f=["ln L p sh=round ep=hypoechoic z=21",
       "mass L a",
       "ln L p q=upper_outer z=5",
       "ln R p"],
    rec="bx ai"))

US.append(dict(id="us2_06_france_translated_bilateral_acr_classes", text="""
BILATERAL BREAST ULTRASOUND
(Translated from French - Centre d'imagerie medicale, Lyon)

Indication: 47-year-old patient. Screening mammography (type 3 density) performed in another centre; complementary screening ultrasound requested because of dense breasts. No palpable abnormality.

Results:
Right breast: At the union of the upper quadrants (12 h), 3 cm from the nipple, oval nodular formation, long axis parallel to the skin, circumscribed contours, homogeneously hypoechoic, without posterior acoustic phenomenon, measuring 9 x 5 mm. Not vascularised on Doppler. Soft on elastography. Appearance of a fibroadenoma.
Cluster of microcysts at 9 h of the right breast, 6 mm.
Left breast: No nodular formation. Simple cyst of 4 mm at 2 h.
Axillary regions: lymph nodes of normal appearance on both sides.

Conclusion:
Probable fibroadenoma and cluster of microcysts of the right breast: BI-RADS-ACR 3 classification on the right.
Simple cyst of the left breast: BI-RADS-ACR 2 on the left.
Control ultrasound in 6 months.
""",
    mods="us", purpose="scr", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none v=absent el=soft @12:00 z=9",
       "mass R p @9:00 z=6",
       "mass L a",
       "mass L p @2:00 z=4",
       "ln B p"],
    rec="si"))

US.append(dict(id="us2_07_china_cdfi_nodules_typo", text="""
Ultrasound Examination Report
Department of Ultrasound Medicine, People's Hospital
Examination item: Bilateral breasts and axillary lymph nodes, color Doppler ultrasound
Clinical diagnosis: Left breast mass found on physical examination

Ultrasound findings:
Bilateral breast glandular layer of normal thickness, glandular echo slightly coarse.
Left breast: at 1 o'clock, about 2.5 cm from the nipple, a hypoechoic nodule of about 1.8 x 1.5 cm is seen, irregular in shape, margin not circumscribed with spiculation (burr sign), aspect ratio > 1, several tiny strong echoes (microcalcifications) within, posterior echo attenuation. CDFI: rich blood flow signal inside the nodule (Adler grade III). Elastography: score 4, hard.
Right breast: at 10 o'clock a hypoechic nodule of about 0.6 x 0.4 cm is seen, oval, clear boundary (circumscribed), parallel growth, no obvious blood flow signal.
Left axilla: several lymph nodes, the larger about 1.5 x 0.9 cm, cortex thickened, hilum structure unclear.
Right axilla: no obviously enlarged lymph nodes.

Ultrasound diagnosis:
1. Left breast solid nodule (BI-RADS 5)
2. Right breast solid nodule (BI-RADS 3)
3. Left axillary abnormal lymph nodes, please combine with clinical.
4. Suggest ultrasound-guided core needle biopsy of the left breast nodule.
""",
    mods="us", purpose="dia", overall="5", bb="L5 R3",
    f=["mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing v=internal el=hard @1:00 z=18",
       "calc L p",
       "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic v=absent @10:00 z=6",
       "ln L p z=15",
       "ln R a"],
    rec="cc bx"))

US.append(dict(id="us2_08_philippines_sebaceous_cyst_lipoma", text="""
BREAST ULTRASOUND (RIGHT)
Department of Radiology, Quezon City
Patient: 35/F
Clinical Data: Nodule on the skin of the right breast for 6 months, occasionally with whitish discharge.

SONOGRAPHIC FINDINGS:
There is an oval, circumscribed, hypoechoic lesion located within the dermis and subcutaneous layer of the right breast at 6 o'clock, periareolar, measuring 1.2 x 0.9 x 0.7 cm. A thin hypoechoic tract extending to the skin surface is noted. Posterior acoustic enhancement is present. No internal vascularity. Findings are consistent with a sebaceous (epidermal inclusion) cyst.
Also noted in the upper outer quadrant of the right breast is an oval, mildly hyperechoic, circumscribed mass parallel to the skin measuring 2.3 x 0.9 cm within the subcutaneous fat, compressible, likely a lipoma.
The rest of the fibroglandular tissue is unremarkable. No dilated ducts. No axillary lymphadenopathy.

IMPRESSION:
1. Sebaceous cyst, right breast 6 o'clock, skin/subcutaneous. BI-RADS 2.
2. Probable lipoma, right breast upper outer quadrant. BI-RADS 2.
Clinical correlation / surgical evaluation as needed.
""",
    mods="us", purpose="dia", overall="2", bb="R2",
    f=["mass R p sh=oval mg=circumscribed ep=hypoechoic pf=enhancement v=absent @6:00 z=12",
       "mass R p sh=oval mg=circumscribed or=parallel ep=hyperechoic q=upper_outer z=23",
       "other R a",
       "ln R a"],
    rec="cc sc"))

US.append(dict(id="us2_09_ireland_postop_seroma_fat_necrosis", text="""
Department of Radiology, University Hospital Galway
SYMPTOMATIC BREAST ULTRASOUND - LEFT

Clinical: Left WLE + SLNB 7 weeks ago for 14 mm grade 2 IDC. Tender swelling at the lumpectomy site. Afebrile. ?seroma ?abscess.

Findings:
At the lumpectomy site in the upper breast there is a 46 x 30 x 25 mm fluid collection with a few thin septations and some mobile internal debris. There is no internal vascularity. Posterior acoustic enhancement. Appearances are of a postoperative seroma.
Overlying skin thickening (4 mm), in keeping with post-operative change.
Medially at 9 o'clock, separate from the seroma, a 9 mm oval hyperechoic area with a thin hypoechoic rim in the subcutaneous fat, consistent with fat necrosis.
Left axilla: small seroma at the SLNB site, 15 mm. No abnormal lymph nodes.

Conclusion:
Postoperative seroma at the WLE site with expected post-surgical skin thickening. Small focus of fat necrosis. Small axillary seroma.
U2. BI-RADS 2.
Aspirated under US guidance today at the request of the surgical team: 60 ml of straw-coloured fluid, sent for culture. Review by the surgical team in 2 weeks.
""",
    mods="us", purpose="dia", overall="2", bb="L2",
    f=["other L p pf=enhancement v=absent z=46",
       "skin L p",
       "other L p sh=oval ep=hyperechoic @9:00 z=9",
       "other L p z=15",
       "ln L a"],
    rec="sc"))

US.append(dict(id="us2_10_turkey_supplemental_numbered_lesions", text="""
BILATERAL BREAST ULTRASONOGRAPHY (SUPPLEMENTAL SCREENING)
Radiology Department, Istanbul

Indication: 42 years, heterogeneously dense breasts on mammography (ACR C), asymptomatic. Mother had breast cancer at 50.
Technique: High-frequency linear probe (5-14 MHz), radial and antiradial scanning; colour Doppler and strain elastography where needed. Comparison: outside ultrasound 2024.

Findings:
Breast parenchyma: predominantly fibroglandular, heterogeneous background echotexture.

RIGHT BREAST
R1 - 11 o'clock, 5 cm FN, middle third: 7 x 5 mm round, microlobulated, heterogeneous solid mass, parallel orientation, no posterior features. Minimal internal vascularity. Elastography: intermediate. NEW compared with 2024.
R2 - 8 o'clock, 2 cm FN: 4 mm anechoic simple cyst.

LEFT BREAST
L1 - 3 o'clock, 4 cm FN: 12 x 6 mm oval, circumscribed, isoechoic mass, parallel, with posterior acoustic enhancement. No vascularity. Unchanged in size since 2024 (12 x 6 mm). Compatible with fibroadenoma.
L2 - 4 o'clock, 1 cm FN, retroareolar: a few dilated ducts with anechoic content, up to 3 mm, no intraductal lesion.

Axillae: bilateral normal-appearing lymph nodes with preserved hilum.

Conclusion:
Right breast, R1: BI-RADS 4A - US-guided biopsy recommended.
Right breast, R2: BI-RADS 2.
Left breast, L1: BI-RADS 2 (stable fibroadenoma).
Left breast, L2: duct ectasia, BI-RADS 2.
Overall: BI-RADS 4A.
""",
    mods="us", purpose="scr", overall="4A", bb="R4A L2",
    f=["mass R p sh=round mg=microlobulated or=parallel ep=heterogeneous pf=none v=internal el=intermediate @11:00 dp=middle z=7",
       "mass R p ep=anechoic @8:00 z=4",
       "mass L p s sh=oval mg=circumscribed or=parallel ep=isoechoic pf=enhancement v=absent @3:00 z=12",
       "other L p @4:00",
       "ln B p"],
    rec="bx"))

US.append(dict(id="us2_11_brazil_complex_cystic_solid_typo", text="""
BREAST ULTRASOUND
(Translated from Portuguese - Sao Paulo)

Clinical indication: Palpable nodule in the right breast noticed by the patient 2 months ago. 39 years old.

Report:
Skin and subcutaneous tissue without alterations.
Fibroglandular parenchyma with heterogeneous echotexture.
Right breast: complex cystic and solid nodule at 10 o'clock, 3.0 cm from the papilla, measuring 2.4 x 1.6 x 1.9 cm, oval, with partially circunscribed and partially indistinct margins, orientation parallel to the skin, with a mural solid component of 0.8 cm showing internal flow on colour Doppler. Posterior acoustic enhancement.
Remainder of the right breast without nodules.
Left breast: anechoic oval cyst at 2 o'clock, 0.5 cm, with thin walls. No solid nodules.
Axillary regions: lymph nodes with preserved fatty hilum, bilaterally.

Impression:
Complex cystic and solid nodule in the right breast - BI-RADS 4B.
Simple cyst in the left breast - BI-RADS 2.
Suggest ultrasound-guided core biopsy targeting the solid component.
""",
    mods="us", purpose="dia", overall="4B", bb="R4B L2",
    f=["mass R p sh=oval mg=indistinct or=parallel ep=complex_cystic_solid pf=enhancement v=internal @10:00 z=24",
       "mass R a",
       "mass L p sh=oval ep=anechoic @2:00 z=5",
       "mass L a",
       "ln B p"],
    rec="bx"))

US.append(dict(id="us2_12_sweden_male_gynecomastia", text="""
Ultrasound of the breasts (male)
Department of Radiology, Goteborg

Referral: 67-year-old man with tender swelling behind the left nipple for 3 months. On bicalutamide for prostate cancer. Mammography at the same visit, see separate report.

Findings:
Left: retroareolar, fan-shaped hypoechoic glandular tissue, 32 x 12 mm, without a discrete mass. No vascularity of note. Consistent with gynaecomastia (nodular phase). The left nipple is not retracted and there is no skin thickening. Left axilla: no enlarged lymph nodes.
Right: a small amount of subareolar glandular tissue, most likely early gynaecomastia.

Assessment: Bilateral gynaecomastia, left > right, drug-induced. No signs of malignancy. BI-RADS 2.
Clinical correlation and follow-up by the referring urologist.
""",
    mods="us", purpose="dia", overall="2", bb="",
    f=["other L p ep=hypoechoic v=absent z=32",
       "mass L a",
       "skin L a",
       "ln L a",
       "other R p"],
    rec="cc"))

US.append(dict(id="us2_13_v2025_lactating_galactocele_soft", text="""
BREAST ULTRASOUND - RIGHT, DIAGNOSTIC
Structured report, ACR BI-RADS(R) Atlas v2025

Clinical history: 31-year-old, lactating (4 months postpartum). New palpable lump in the right breast at 11 o'clock. No fever or erythema.

Tissue composition: homogeneous background echotexture - fibroglandular (lactational changes).

Findings - right breast:
Site: 11:00, 3 cm FN, corresponding to the palpable lump
  Finding: mass
  Shape: oval
  Orientation: parallel
  Margin: circumscribed
  Echo pattern: heterogeneous, with a fat-fluid level
  Posterior features: enhancement
  Vascularity: absent
  Elasticity: soft
  Size: 28 x 14 x 20 mm
  Interpretation: galactocele
Site: 10:00, 5 cm FN
  Finding: intramammary lymph node, 7 mm, normal morphology
Non-mass lesions: none
Calcifications: none
Skin: normal
Right axilla: normal-appearing lymph nodes.

Assessment: BI-RADS 2 - Benign.
Recommendation: Clinical correlation. No imaging follow-up required.
""",
    mods="us", purpose="dia", overall="2", bb="R2",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=heterogeneous pf=enhancement v=absent el=soft @11:00 z=28",
       "ln R p @10:00 z=7",
       "nme R a",
       "calc R a",
       "ln R p"],
    rec="cc"))

US.append(dict(id="us2_14_argentina_implant_snowstorm_rupture", text="""
BILATERAL BREAST ULTRASOUND WITH IMPLANT EVALUATION
(Translated from Spanish - Buenos Aires)

Reason for consultation: 49 years. Bilateral cosmetic augmentation with retroglandular silicone implants (2009). Deformity of the left breast and a small lump in the left axilla for 3 months.

Findings:
Right implant: intact shell, anechoic content with a few radial folds (normal). No intracapsular or extracapsular signs of rupture.
Left implant: multiple parallel echogenic lines within the implant lumen (stepladder sign) indicating intracapsular rupture. In addition, at the lateral contour at 3 o'clock there is a hyperechoic area with a "snowstorm" pattern and dirty posterior shadowing in the breast tissue, consistent with extracapsular free silicone.
Left axilla: 14 mm lymph node with the same echogenic "snowstorm" appearance, consistent with a silicone-laden node.
Breast parenchyma: no solid or cystic nodules in either breast.

Impression:
Left implant rupture, intra- and extracapsular, with silicone migration to the left axilla. Right implant intact.
BI-RADS 2.
MRI is suggested to evaluate the extent of free silicone, and consultation with plastic surgery.
""",
    mods="us", purpose="dia", overall="2", bb="",
    f=["impl R p ir=none",
       "impl L p ir=extracapsular",
       "ln L p z=14",
       "mass B a"],
    rec="ai sc"))

US.append(dict(id="us2_15_lesion_table_export_combined_posterior", text="""
BREAST ULTRASOUND REPORT - BILATERAL DIAGNOSTIC
(structured lesion table exported from the reporting system)

History: 55F, prior L lumpectomy 2019 (benign papilloma). Focal pain R breast. Mammogram 2025-05-02: BI-RADS 0, R focal asymmetry.
Technique: Handheld US of both breasts, targeted, and both axillae.

| # | Side | Clock | FN (cm) | Size (mm) | Shape | Orient. | Margin | Echo pattern | Posterior | Vascularity | Elasto | Dx | BI-RADS |
|---|------|-------|---------|-----------|-------|---------|--------|--------------|-----------|-------------|--------|----|---------|
| 1 | R | 10:00 | 6 | 9 x 8 x 10 | irregular | not parallel | indistinct | hypoechoic | combined | rim | hard | mass, correlates with mammographic asymmetry | 4B |
| 2 | R | 7:00 | 2 | 5 x 3 x 4 | oval | parallel | circumscribed | anechoic | enhancement | none | - | simple cyst | 2 |
| 3 | L | 12:00 | 3 | 15 x 4 | - | - | - | hypoechoic | none | none | soft | lumpectomy scar | 2 |

Axillae: no suspicious lymph nodes bilaterally.

IMPRESSION:
R 10:00 irregular hypoechoic mass corresponding to the mammographic focal asymmetry: suspicious.
BI-RADS: R 4B / L 2
PLAN: US-guided core biopsy R 10:00.
""",
    mods="us", purpose="dia", overall="4B", bb="R4B L2",
    f=["mass R p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=combined v=rim el=hard @10:00 z=10",
       "mass R p sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement v=absent @7:00 z=5",
       "other L p ep=hypoechoic pf=none v=absent el=soft @12:00 z=15",
       "ln B a"],
    rec="bx"))
