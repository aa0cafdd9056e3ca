"""MRI reports (mri2_NN). Gold in the compact form described in common.py."""

MRI = []

MRI.append(dict(id="mri2_01_canada_single_breast_post_mastectomy_4a", text="""
MRI LEFT BREAST WITH AND WITHOUT CONTRAST (SCREENING)
Ontario Breast Screening Program - High Risk

Clinical: 44F, BRCA1 carrier. Right mastectomy without reconstruction 2021 (triple-negative IDC). Annual screening of the remaining left breast.
Comparison: MRI 2024-04-18.
Technique: 1.5T. Axial T2 Dixon, axial T1 pre-contrast and 5 dynamic post-contrast phases (gadobutrol 0.1 mmol/kg), subtractions and MIP.

Findings:
Left breast:
Amount of FGT: heterogeneous (c).
BPE: moderate.
At 1 o'clock, posterior depth, there is a 6 mm oval mass with circumscribed margins and homogeneous enhancement, hyperintense on T2. Kinetics: medium initial phase, persistent delayed phase. The mass is new since 2024.
Scattered tiny foci throughout the left breast are unchanged and compatible with BPE.
No non-mass enhancement.
Right chest wall: post-mastectomy changes, no abnormal enhancement.
Axillae: no abnormal lymph nodes.

Impression:
New 6 mm oval circumscribed homogeneously enhancing mass in the left breast at 1 o'clock. Despite benign morphology and kinetics, a new mass in a BRCA1 carrier warrants tissue sampling.
BI-RADS 4A.
Recommend second-look ultrasound; if there is no sonographic correlate, MRI-guided biopsy.
""",
    mods="mri", purpose="scr", fgt="c", bpe="moderate/-", overall="4A", bb="L4A",
    f=["mass L p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @1:00 dp=posterior z=6",
       "focus L p s",
       "nme L a",
       "ln B a"],
    rec="ai bx"))

MRI.append(dict(id="mri2_02_nz_inflammatory_diffuse_nme_5", text="""
MRI BREASTS (DIAGNOSTIC)
Auckland

Clinical: 52F. Three weeks of a red, swollen, warm left breast not responding to two courses of antibiotics. Ultrasound: diffuse oedema, no collection. Skin punch biopsy pending.
Technique: 3T bilateral DCE-MRI with T2 STIR and DWI.

Findings:
FGT: heterogeneous fibroglandular tissue bilaterally.
BPE (right): mild.
Left breast: diffuse non-mass enhancement throughout the left breast with clumped internal enhancement, fast initial enhancement and predominantly washout (type III) delayed curves.
The left breast is enlarged, with diffuse skin thickening up to 8 mm. The left nipple is retracted.
No discrete mass identified within the NME.
Left axilla: three enlarged level I lymph nodes, the largest 24 mm, with loss of fatty hila.
Right breast: no suspicious mass or NME.
Right axilla normal.

Impression:
1. Diffuse clumped NME of the left breast with skin thickening, nipple retraction and abnormal left axillary nodes, highly suggestive of inflammatory breast carcinoma. BI-RADS 5.
2. Right breast: no suspicious findings. BI-RADS 1.
Recommend ultrasound-guided core biopsy of a left axillary node, follow-up of the punch biopsy result and MDM discussion.
""",
    mods="mri", purpose="dia", fgt="c", bpe="mild/-", overall="5", bb="L5 R1",
    f=["nme L p nd=diffuse ie=clumped ki=fast kd=washout",
       "skin L p",
       "skin L p",
       "mass L a",
       "ln L p z=24",
       "mass R a",
       "nme R a"],
    rec="bx ot"))

MRI.append(dict(id="mri2_03_v2025_abbreviated_extreme_fgt_bi3", text="""
ABBREVIATED BREAST MRI (AB-MR) - SUPPLEMENTAL SCREENING
Template: ACR BI-RADS(R) Atlas v2025, MRI

Indication: 49-year-old, average risk, extremely dense breasts on mammography (reported negative 01/2025). Elects supplemental screening.
Protocol: abbreviated - T2-weighted, pre-contrast T1 fat-sat, one early post-contrast acquisition (~90 s) with subtraction and MIP. Kinetic assessment not available with this protocol.

Breast composition (FGT): d - extreme amount of fibroglandular tissue.
BPE: marked; symmetric.

Findings:
1. Right breast, 9:00, middle depth: 8 mm oval enhancing mass with circumscribed margin and dark internal septations, T2 hyperintense.
   Assessment: BI-RADS 3.
2. Bilateral: multiple scattered foci (<5 mm) in both breasts, consistent with background enhancement.
   Assessment: BI-RADS 2.
3. No non-mass enhancement. No axillary adenopathy.

FINAL ASSESSMENT: BI-RADS 3 - Probably benign.
MANAGEMENT: Six-month follow-up MRI with a full diagnostic (dynamic) protocol.
""",
    mods="mri", purpose="scr", fgt="d", bpe="marked/symmetric", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed ie=dark_internal_septations @9:00 dp=middle z=8",
       "focus B p",
       "nme B a",
       "ln B a"],
    rec="si"))

MRI.append(dict(id="mri2_04_netherlands_ilc_staging_irregular_typo", text="""
MRI mammae bilateral (translated from Dutch)
Department of Radiology, Rotterdam

Clinical question: 63-year-old woman, invasive lobular carcinoma of the left breast at 3 o'clock (biopsy-proven). Preoperative staging: extent? multifocality? contralateral?
Technique: 3T. T2 TSE, DWI, dynamic T1 (6 phases) with subtractions.

Findings:
Fibroglandular tissue: scattered (ACR b). Background enhancement minimal, symmetric.
Left: at 3 o'clock the known carcinoma presents as an irregular mass with irregulair margins and heterogeneous enhancement, 27 mm (mammography/US: 18 mm). Curve: fast initial enhancement with wash-out.
At 2 o'clock, 15 mm from the index lesion, a second irregular enhancing mass of 9 mm with fast/plateau kinetics, suspicious for a satellite lesion.
Right: at 10 o'clock a 5 mm enhancing focus with a persistent curve, T2 bright, probably benign. Otherwise no abnormalities.
Lymph nodes: no enlarged axillary lymph nodes on either side.

Conclusion:
Left breast: known ILC at 3 o'clock, larger on MRI (27 mm) than on conventional imaging; satellite lesion at 2 o'clock. BI-RADS 6 and BI-RADS 4 (satellite).
Right breast: small focus, probably benign. BI-RADS 2.
Advice: second-look ultrasound of the satellite lesion with biopsy, otherwise MRI-guided biopsy; discussion at the multidisciplinary meeting.
""",
    mods="mri", purpose="dia", fgt="b", bpe="minimal/symmetric", overall="4", bb="L4 R2",
    f=["mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout @3:00 z=27",
       "mass L p sh=irregular ki=fast kd=plateau @2:00 z=9",
       "focus R p kd=persistent @10:00 z=5",
       "ln B a"],
    rec="ai bx ot"))

MRI.append(dict(id="mri2_05_us_staging_lesion_table_clustered_ring", text="""
BILATERAL BREAST MRI WITH AND WITHOUT CONTRAST - EXTENT OF DISEASE

INDICATION: 47-year-old woman with newly diagnosed right breast invasive ductal carcinoma (US-guided biopsy 5/20/2025 at 11:00, clip in place). Evaluate extent of disease.
COMPARISON: Diagnostic mammogram and ultrasound 5/12/2025. No prior MRI.
TECHNIQUE: 3T. Axial T2, axial T1 non-fat-sat, DWI, dynamic fat-suppressed T1 before and 5 times after 0.1 mmol/kg gadoterate, subtractions, MIP, CAD.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue.
Background parenchymal enhancement: moderate and asymmetric, right greater than left.

| Lesion | Side | Location | Size | Type | Morphology | Kinetics (initial / delayed) |
|---|---|---|---|---|---|---|
| A | Right | 11:00, middle depth | 2.3 cm | Mass | irregular shape, spiculated margin, rim enhancement; clip artifact | fast / washout (type 3) |
| B | Right | 12:00, anterior depth | 0.7 cm | Mass | round, circumscribed, homogeneous enhancement | medium / persistent |
| C | Right | 10:00-11:00 | 4.5 cm | NME | segmental, clustered ring enhancement, extending from A toward the nipple | fast / plateau |
| D | Left | 2:00, posterior depth | 1.1 cm | Mass | oval, circumscribed, non-enhancing dark internal septations | slow / persistent |

Lymph nodes: right axillary level I node with eccentric cortical thickening to 5 mm, 1.4 cm. No internal mammary lymphadenopathy on either side.

IMPRESSION:
1. Known right breast malignancy at 11:00 (2.3 cm irregular spiculated rim-enhancing mass). BI-RADS 6.
2. Right breast segmental clustered ring non-mass enhancement extending from the index mass toward the nipple, total extent 4.5 cm, suspicious for DCIS. BI-RADS 4B. MRI-guided biopsy recommended.
3. Right breast 12:00 7 mm round circumscribed mass, indeterminate. BI-RADS 4A. Second-look ultrasound recommended.
4. Suspicious right axillary lymph node; recommend ultrasound-guided sampling.
5. Left breast 2:00 mass with features of a fibroadenoma. BI-RADS 2.
""",
    mods="mri", purpose="dia", fgt="c", bpe="moderate/asymmetric", overall="4B", bb="R4B L2",
    f=["mass R p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @11:00 dp=middle z=23",
       "mass R p sh=round mg=circumscribed ie=homogeneous ki=medium kd=persistent @12:00 dp=anterior z=7",
       "nme R p nd=segmental ie=clustered_ring ki=fast kd=plateau z=45",
       "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @2:00 dp=posterior z=11",
       "ln R p z=14",
       "ln B a"],
    rec="bx ai"))

MRI.append(dict(id="mri2_06_norway_v2025_implants_intact_noncontrast", text="""
MRI of breast implants without contrast (translated from Norwegian)
Radiology Department, Oslo

Clinical question: 58-year-old woman with cosmetic silicone implants since 2012. No symptoms. Screening for silent rupture at the request of the patient.
Lexicon: BI-RADS v2025, implant section.
Technique: 1.5T, axial and sagittal silicone-selective, water-selective and T2 STIR sequences. No contrast.

Findings:
Implant type: bilateral single-lumen silicone implants, retropectoral.
Right implant: smooth contour, no focal bulge or herniation. A few radial folds extending to the periphery, normal. No subcapsular line, no keyhole sign, no linguine sign. No extracapsular silicone.
Left implant: similar appearance, with a small smooth contour bulge superolaterally without signs of rupture. Intact.
Water droplets: none.
Breast parenchyma: amount of fibroglandular tissue almost entirely fat (a). No T2 abnormality on the non-contrast sequences.
Axillae: no silicone-laden lymph nodes.

Conclusion:
Intact implants on both sides. No sign of intra- or extracapsular rupture.
BI-RADS 2.
""",
    mods="mri", purpose="scr", fgt="a", overall="2", bb="",
    f=["impl R p ir=none",
       "impl L p ir=none",
       "ln B a"],
    rec=""))

MRI.append(dict(id="mri2_07_us_implants_subcapsular_line_possible_extracapsular", text="""
MRI BREAST BILATERAL W/WO CONTRAST - SILICONE IMPLANT PROTOCOL

HISTORY: 61-year-old woman, bilateral subglandular silicone implants placed 1998. Possible right implant rupture on screening mammogram (reported BI-RADS 0). Left breast pain for 2 months.
COMPARISON: Screening mammogram 2025-01-09.
TECHNIQUE: 1.5T. Silicone-selective and silicone-suppressed sequences, followed by dynamic T1 with gadolinium and subtractions.

FINDINGS:
Implants: bilateral subglandular single-lumen silicone implants.
Right: multiple curvilinear low-signal lines paralleling the shell and a subcapsular line, consistent with intracapsular rupture. The fibrous capsule is intact. No extracapsular silicone.
Left: no intracapsular rupture signs. A 6 mm focus of silicone signal just outside the lateral capsule at 3:00 may represent a small extracapsular rupture, versus gel bleed.
Left axilla: several level I lymph nodes containing silicone signal (silicone-laden nodes).
Fibroglandular tissue: almost entirely fat. BPE: minimal.
Breasts: no enhancing mass or non-mass enhancement. Right breast 6:00: 8 mm oval circumscribed non-enhancing T1-hyperintense lesion that loses signal on fat suppression, consistent with an oil cyst.

IMPRESSION:
1. Right implant intracapsular rupture.
2. Left implant: possible small extracapsular silicone leak. Silicone-laden left axillary lymph nodes.
3. No MRI evidence of malignancy. BI-RADS 2.
Recommend plastic surgery consultation.
""",
    mods="mri", purpose="dia", fgt="a", bpe="minimal/-", overall="2", bb="",
    f=["impl R p ir=intracapsular",
       "impl L q ir=extracapsular",
       "ln L p",
       "mass B a",
       "nme B a",
       "mass R p sh=oval mg=circumscribed @6:00 z=8"],
    rec="sc"))

MRI.append(dict(id="mri2_08_hongkong_fat_necrosis_post_reduction", text="""
MAGNETIC RESONANCE IMAGING OF BOTH BREASTS (WITH CONTRAST)
Department of Radiology, Hong Kong

Clinical history: 50F, bilateral reduction mammoplasty 2 years ago. Palpable lump at the inferior pole of the left breast; mammogram and US equivocal (fat necrosis vs neoplasm). Problem-solving MRI.

MRI findings:
Fibroglandular tissue: scattered fibroglandular tissue bilaterally.
Background parenchymal enhancement: minimal and symmetrical.
Post-reduction mammoplasty changes in both breasts.
Left breast 6 o'clock, corresponding to the palpable lump: 22 mm lesion with central fat signal (hyperintense on non-fat-saturated T1, suppressing on fat-saturated images) and thin smooth rim enhancement, with slow initial rise and persistent delayed kinetics. Features typical of fat necrosis.
Right breast 6 o'clock: two small oil cysts, up to 7 mm, without enhancement.
No suspicious enhancing mass or non-mass enhancement in either breast. No enlarged axillary lymph nodes.

Impression:
1. Left breast palpable lump represents fat necrosis. BI-RADS 2.
2. Post-reduction mammoplasty changes bilaterally.
Overall BI-RADS category 2. Routine screening.
""",
    mods="mri", purpose="dia", fgt="b", bpe="minimal/symmetric", overall="2", bb="L2",
    f=["other B p",
       "other L p ie=rim ki=slow kd=persistent @6:00 z=22",
       "mass R p @6:00 z=7",
       "mass B a",
       "nme B a",
       "ln B a"],
    rec="rs"))

MRI.append(dict(id="mri2_09_colombia_multiple_regions_possible_focal_typo", text="""
BREAST MAGNETIC RESONANCE WITH CONTRAST
(English translation for the referring physician - Bogota)

Indication: 45 years. Annual high-risk screening (lifetime risk 28% by Tyrer-Cuzick). Previous MRI 2024.
Technique: 1.5T, dynamic study with gadolinium, subtraction and MIP.

Findings:
Fibroglandular tissue: heterogeneous (c).
Background enhancement: moderate, symmetric.
Right breast: non-mass enhancement in multiple regions of the upper and outer quadrants, with heterogeneous internal enhancement and type I (progressive) kinetic curves. Unchanged compared with the 2024 study.
Left breast: possible focal area of non-mass enhacement at 12 o'clock, 9 mm, homogeneous, which may correspond to asymmetric background enhancement; type II kinetic curve.
Intramammary lymph node in the upper outer quadrant of the left breast, 6 mm, with fatty hilum.
No masses. Axillae without adenopathy.

Conclusion:
Right breast: stable non-mass enhancement in multiple regions, benign. BI-RADS 2.
Left breast: possible focal non-mass enhancement, probably background enhancement. BI-RADS 3. Control MRI in 6 months.
""",
    mods="mri", purpose="scr", fgt="c", bpe="moderate/symmetric", overall="3", bb="R2 L3",
    f=["nme R p s nd=multiple_regions ie=heterogeneous kd=persistent",
       "nme L q nd=focal ie=homogeneous kd=plateau @12:00 z=9",
       "ln L p q=upper_outer z=6",
       "mass B a",
       "ln B a"],
    rec="si"))

MRI.append(dict(id="mri2_10_us_problem_solving_addendum_linear_nme", text="""
MRI BREAST BILATERAL W/WO CONTRAST - PROBLEM SOLVING

INDICATION: 58-year-old woman. Left breast upper outer quadrant focal asymmetry on diagnostic mammography, no sonographic correlate.
COMPARISON: No prior MRI available at this facility.
TECHNIQUE: 1.5T standard diagnostic protocol with gadobutrol.

FINDINGS:
FGT: b - scattered fibroglandular tissue. BPE: minimal, symmetric.
Left breast: no enhancement at the site of the mammographic asymmetry in the upper outer quadrant.
Left breast 6:00: 18 mm linear non-mass enhancement with homogeneous internal enhancement and persistent kinetics.
No enhancing masses or foci in either breast. No axillary abnormality.

IMPRESSION:
1. No MRI correlate for the left mammographic asymmetry.
2. Left breast 6:00 linear homogeneous non-mass enhancement, indeterminate. BI-RADS 4A.
MRI-guided biopsy recommended.

ADDENDUM (2025-06-03): Outside breast MRI from 2021 has since been received and compared. The left 6:00 linear non-mass enhancement is unchanged in size and appearance over 4 years and is benign. Assessment revised to BI-RADS 2. MRI-guided biopsy is no longer recommended; return to annual screening.
""",
    mods="mri", purpose="dia", fgt="b", bpe="minimal/symmetric", overall="2", bb="",
    f=["nme L p s nd=linear ie=homogeneous kd=persistent @6:00 z=18",
       "mass B a",
       "focus B a"],
    rec="rs"))

MRI.append(dict(id="mri2_11_thailand_extracapsular_regional_nme_typos", text="""
BREAST MRI WITH IMPLANT PROTOCOL AND DYNAMIC CONTRAST
Department of Radiology, Bangkok

Clinical: 55 y. Silicone implant augmentation 2005. Change of right breast contour for 1 year.
Technique: 3T, silicone-sensitive sequences and dynamic contrast-enhanced T1 with subtraction.

Findings:
Amount of FGT: a few scattered areas of fibroglandular tissue (b). BPE: mild, symmetrical.
Right implant: collapsed shell floating within the silicone (linguini sign) with silicone outside the fibrous capsule extending into the breast parenchyma at 10 o'clock, in keeping with extracapsular rupture. 18 mm silicone granuloma in the right upper outer quadrant.
Right axilla: several silicone-laden lymph nodes.
Left implant: intact, a few radial folds only.
Left breast: regional non-mass enhancement in the upper outer quadrant with heterogeneous internal enhancement and type 1 (persistant) curve, likely related to background enhancement.
No suspicious enhancing mass in both breasts.

Impression:
1. Right implant extracapsular rupture with silicone granuloma and silicone-laden right axillary lymph nodes.
2. Intact left implant.
3. Regional NME left UOQ, probably benign. BI-RADS 3. Follow-up MRI in 6 months.
Overall BI-RADS 3.
Refer to plastic surgeon for implant removal.
""",
    mods="mri", purpose="dia", fgt="b", bpe="mild/symmetric", overall="3", bb="L3",
    f=["impl R p ir=extracapsular",
       "other R p q=upper_outer z=18",
       "ln R p",
       "impl L p ir=none",
       "nme L p nd=regional ie=heterogeneous kd=persistent q=upper_outer",
       "mass B a"],
    rec="si sc"))

MRI.append(dict(id="mri2_12_us_voice_dictation_highrisk_new_mass_4b", text="""
EXAM: MRI BILATERAL BREAST SCREENING W AND WO CONTRAST
HISTORY: 41 year old female with lifetime risk 31 percent per Tyrer-Cuzick. Mother with breast cancer at age 44. Screening.
COMPARISON: 03/02/2024 MRI
TECHNIQUE: Multiplanar multisequence MRI of both breasts before and after 7 mL gadoterate. Subtraction and MIP images. CAD.

FINDINGS:
There is extreme amount of fibroglandular tissue. Background parenchymal enhancement is mild and symmetric.
Left breast: At 12 o'clock middle depth there is a new 9 mm irregular mass with not circumscribed margins and heterogeneous internal enhancement comma demonstrating rapid initial enhancement and plateau delayed kinetics period This is new compared to prior.
Left breast: linear clumped non-mass enhancement extending 2.2 cm from the mass toward the nipple. Ductal carcinoma in situ cannot be excluded.
Scattered punctate foci in both breasts are unchanged.
Right breast 8 o'clock: stable 4 mm intramammary lymph node with fatty hilum, hyper intense on T2.
No axillary adenopathy.

IMPRESSION:
1. New 9 mm irregular left breast mass at 12 o'clock with not circumscribed margins, suspicious.
2. Associated linear clumped non-mass enhancement toward the nipple which may represent intraductal extension.
BI-RADS 4B suspicious.

RECOMMENDATION: Second look ultrasound with ultrasound-guided biopsy if a correlate is identified, otherwise MRI guided biopsy.
""",
    mods="mri", purpose="scr", fgt="d", bpe="mild/symmetric", overall="4B", bb="",
    f=["mass L p sh=irregular mg=not_circumscribed ie=heterogeneous ki=fast kd=plateau @12:00 dp=middle z=9",
       "nme L p nd=linear ie=clumped z=22",
       "focus B p s",
       "ln R p s @8:00 z=4",
       "ln B a"],
    rec="ai bx"))

MRI.append(dict(id="mri2_13_south_africa_lcis_surveillance_cad_washout", text="""
MRI OF BOTH BREASTS
Johannesburg

Clinical information: 50 year old, classic LCIS of the right breast excised 2023. Annual MRI surveillance as per oncologist.
Previous: MRI 2024 (no abnormality).
Technique: 1.5 T, dynamic post-contrast series with CAD analysis.

Report:
FGT: category C (heterogeneous).
BPE is mild bilaterally and symmetrical.
Postoperative scar in the right upper outer quadrant with mild linear enhancement along the scar, unchanged, in keeping with postsurgical change.
Right breast 10 o'clock, 2 cm deep to the scar: new 5 mm enhancing focus. CAD: initial enhancement 140% (fast), delayed phase washout (-15%). Not seen previously.
Left breast 3 o'clock: possible faint 4 mm focus on the first subtraction only, likely BPE.
No suspicious mass lesions. No non-mass enhancement. Axillary lymph nodes normal.

Conclusion:
New right breast focus with washout kinetics, suspicious. BI-RADS 4A (right).
Left: BI-RADS 2.
Recommend second-look ultrasound and, if occult, MRI-guided biopsy.
""",
    mods="mri", purpose=None, fgt="c", bpe="mild/symmetric", overall="4A", bb="R4A L2",
    f=["other R p s q=upper_outer",
       "focus R p ki=fast kd=washout @10:00 z=5",
       "focus L q @3:00 z=4",
       "mass B a",
       "nme B a",
       "ln B p"],
    rec="ai bx"))

MRI.append(dict(id="mri2_14_japan_dcis_extent_segmental_typo", text="""
Breast MRI (dynamic contrast-enhanced) report
Department of Diagnostic Radiology, Osaka

Purpose of examination: Evaluation of extent of left breast cancer (DCIS diagnosed by vacuum-assisted biopsy of calcifications in the left C area).
Sequence: 3T, T2WI, DWI, dynamic study (early and delayed phases), MIP.

Findings:
Amount of FGT: scattered.
BPE: minimal.
Left breast C area: segmental non-mass enhancement with clumped internal enhancement, 48 mm. Kinetic curve: fast-plateau. Extends toward the nipple; nipple involvement is not evident.
Left breast D area: 6 mm round mass with smooth margin and homogenous enhancement, fast-washout. Additional cancerous lesion cannot be ruled out.
Right breast: no abnormal enhancement.
Bilateral axillae: no swollen lymph nodes.

Diagnosis:
1. Left breast cancer (DCIS), segmental NME 48 mm in the C area. BI-RADS 6.
2. Left breast D area small mass, additional lesion cannot be ruled out (BI-RADS 4). Second-look US is recommended.
""",
    mods="mri", purpose="dia", fgt="b", bpe="minimal/-", overall="4", bb="L4",
    f=["nme L p nd=segmental ie=clumped ki=fast kd=plateau z=48",
       "mass L p sh=round mg=circumscribed ie=homogeneous ki=fast kd=washout z=6",
       "ln B a"],
    rec="ai"))

MRI.append(dict(id="mri2_15_us_short_interval_followup_resolved_nme", text="""
MRI BREAST BILATERAL W WO CONTRAST - DIAGNOSTIC (SHORT-INTERVAL FOLLOW-UP)

CLINICAL HISTORY: 46-year-old. Six-month follow-up of left breast 2:00 focal non-mass enhancement, assessed BI-RADS 3 on 12/2024 MRI.
COMPARISON: MRI 12/05/2024, 11/14/2023.

FINDINGS:
FGT: c (heterogeneous).
BPE: moderate, asymmetric with left greater than right, decreased since the prior.
The previously seen 7 mm focal non-mass enhancement at left 2:00 has resolved.
Right breast 7:00: stable 5 mm oval circumscribed enhancing mass with a type 1 curve, unchanged since 2023.
Tiny bilateral foci, unchanged.
Normal bilateral axillary lymph nodes.

IMPRESSION:
Resolution of the left breast non-mass enhancement, consistent with background parenchymal enhancement. Stable benign right breast mass.
BI-RADS 2: Benign.
Resume annual screening.
""",
    mods="mri", purpose="dia", fgt="c", bpe="moderate/asymmetric", overall="2", bb="",
    f=["nme L a",
       "mass R p s sh=oval mg=circumscribed kd=persistent @7:00 z=5",
       "focus B p s",
       "ln B p"],
    rec="rs"))
