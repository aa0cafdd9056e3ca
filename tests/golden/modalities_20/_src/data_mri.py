"""MRI reports of modalities_20: text + compact gold (see common.py)."""
ITEMS = []
def add(**kw):
    ITEMS.append(kw)

add(id="mri20_01_usa_lesion_table_initial_delayed_curve_columns_right_spiculated_left_linear_nme_5",
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="5", bb="R5 L4B",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @11:00 z=14",
       "mass R p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @7:00 z=6",
       "nme L p nd=linear ie=clumped ki=fast kd=plateau @2:00 z=22",
       "ln B a", "skin B a"],
    rec=["additional_imaging", "biopsy"],
    text="""
EXAMINATION: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
CLINICAL HISTORY: 49-year-old female. Palpable thickening right breast upper outer quadrant; mammogram and ultrasound at outside facility reported as BI-RADS 0.
TECHNIQUE: 3.0 T, dedicated 16-channel breast coil. Axial T2 Dixon, DWI, axial T1 pre-contrast and 5 post-contrast phases after 0.1 mmol/kg gadoterate; subtractions, MIPs and CAD kinetic analysis.
COMPARISON: None available.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: mild, symmetric.

Lesion table:
| # | Side | Clock | Type | Size (mm) | Shape / Margin         | Internal enhancement | Initial phase | Delayed phase | Curve type | BI-RADS |
| 1 | R    | 11:00 | Mass | 14        | Irregular / spiculated | Heterogeneous        | Fast          | Washout       | III        | 5       |
| 2 | R    | 7:00  | Mass | 6         | Oval / circumscribed   | Homogeneous          | Medium        | Persistent    | I          | 3       |
| 3 | L    | 2:00  | NME  | 22        | Linear distribution    | Clumped              | Fast          | Plateau       | II         | 4B      |

Lesion 1 corresponds to the area of palpable concern. No axillary adenopathy on either side. No skin thickening. Chest wall intact.

IMPRESSION:
Right breast: BI-RADS 5. Highly suggestive of malignancy at 11:00 (lesion 1); lesion 2 probably benign.
Left breast: BI-RADS 4B. Linear clumped non-mass enhancement at 2:00.
RECOMMENDATION: Targeted right breast ultrasound with US-guided biopsy of lesion 1. MRI-guided biopsy of the left 2:00 non-mass enhancement.
""")

add(id="mri20_02_netherlands_abbreviated_protocol_dense_screening_new_oval_mass_stable_focus_bi3",
    mods=["mri"], purpose="screening", fgt="d", bpe="moderate/symmetric", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed ie=homogeneous ki=fast @7:00 dp=middle z=8",
       "focus L p s @12:00 z=4",
       "nme B a"],
    rec=["short_interval_followup"],
    text="""
MRI MAMMAE - VERKORT PROTOCOL (ABBREVIATED MRI)
Afdeling Radiologie, Ziekenhuis Rijnstate - Arnhem

Indicatie: supplemental screening, extremely dense breasts (ACR d) on the national screening mammogram. Second MRI round; first round 2024 negative.
Techniek: abbreviated protocol - T1 pre-contrast, one early post-contrast T1 (gadobutrol 0.1 mmol/kg), subtraction and MIP. No T2, no delayed phases; kinetic curve assessment not possible.

Bevindingen:
Amount of fibroglandular tissue: extreme (d).
Background parenchymal enhancement: moderate, symmetric.
Right breast: new 8 mm oval mass with circumscribed margin and homogeneous enhancement at 7 o'clock, middle depth, fast initial enhancement. Not present in 2024.
Left breast: 4 mm focus at 12 o'clock, unchanged compared with 2024.
No non-mass enhancement in either breast. Axillae: normal.

Conclusie:
Right: new oval circumscribed mass 7 o'clock, probably benign (fibroadenoma most likely) - BI-RADS 3.
Left: stable focus - BI-RADS 2.
Advies: follow-up MRI (full protocol) in 6 months.
""")

add(id="mri20_03_israel_six_month_followup_after_mri_guided_biopsy_decreasing_nme_bi2",
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="2", bb="",
    f=["nme R p nd=focal kd=persistent @10:00 z=5",
       "mass L a", "nme L a",
       "mass B p s",
       "ln B a"],
    rec=["routine_screening"],
    text="""
BREAST MRI (DIAGNOSTIC) - 6-MONTH FOLLOW-UP AFTER MRI-GUIDED BIOPSY
Breast Imaging Unit, Tel Aviv Sourasky Medical Center

Clinical information: 44 y, BRCA1 mutation carrier. 08/2025 MRI-guided vacuum-assisted biopsy of an 11 mm focal non-mass enhancement in the right breast at 10 o'clock; pathology: stromal fibrosis and PASH, benign and concordant. Six-month follow-up as recommended.
Technique: 1.5T, bilateral axial T2, DWI, dynamic T1 fat-sat pre and 5 post gadolinium, subtractions.
Comparison: 08/2025 and 02/2025.

Findings:
Heterogeneously fibroglandular breasts (FGT c). BPE mild and symmetric.
Right breast: biopsy marker artifact at 10 o'clock. At the biopsy site there is a residual focal non-mass enhancement measuring 5 mm (previously 11 mm), with persistent delayed kinetics.
Left breast: no suspicious mass or non-mass enhancement.
Small bilateral T2-bright simple cysts, stable.
No enlarged axillary lymph nodes.

Impression:
Decreasing post-biopsy enhancement at the site of the concordant benign MRI-guided biopsy. BI-RADS 2.
Return to annual high-risk screening with MRI and mammography.
""")

add(id="mri20_04_uk_implant_and_lesion_protocol_left_intracapsular_right_rim_mass_4b",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4B", bb="R4B L2",
    f=["impl R p ir=none",
       "impl L p ir=intracapsular",
       "mass R p sh=irregular mg=indistinct ie=rim ki=fast kd=plateau @8:00 z=11",
       "ln B a"],
    rec=["additional_imaging", "biopsy", "surgical_consultation"],
    text="""
MRI BOTH BREASTS WITH CONTRAST - IMPLANT AND LESION PROTOCOL
The London Clinic, Imaging Department

Clinical details: 51F. Bilateral cosmetic silicone implants 2011 (subglandular). Intermittent left breast discomfort. Indeterminate right breast area on outside ultrasound.
Technique: 1.5T. Axial and sagittal silicone-selective and water-suppressed STIR, axial T2, dynamic axial T1 fat-saturated pre and post gadolinium with subtraction.

Findings:
Implants: bilateral subglandular single-lumen silicone implants.
Right implant: intact, no evidence of rupture.
Left implant: multiple curvilinear low-signal lines within the silicone gel (linguine sign), consistent with intracapsular rupture.
Breast parenchyma: scattered fibroglandular tissue (b). Minimal background parenchymal enhancement, symmetric.
Right breast: at 8 o'clock there is an 11 mm irregular mass with indistinct margins and rim enhancement, fast initial enhancement and plateau delayed kinetics.
Left breast: no suspicious enhancement.
Axillae: no lymphadenopathy; no silicone-laden nodes.

Conclusion:
1. Right breast 11 mm irregular rim-enhancing mass - BI-RADS 4B. Recommend second-look ultrasound and US-guided core biopsy.
2. Left intracapsular implant rupture; intact right implant - BI-RADS 2 left.
Referral to her plastic surgeon regarding the left implant is advised.
""")

add(id="mri20_05_iran_preop_extent_left_index_satellite_segmental_clustered_ring_node_4c",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4C", bb="L4C R1",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 z=24",
       "mass L p sh=irregular mg=irregular ie=rim ki=fast kd=washout @1:00 z=9",
       "nme L p nd=segmental ie=clustered_ring ki=fast kd=plateau z=45",
       "ln L p",
       "mass R a", "nme R a"],
    rec=["additional_imaging", "biopsy"],
    text="""
In the name of God
Pars Imaging Center - Tehran
Breast MRI with and without contrast (pre-operative)

Clinical history: Known left breast IDC, US-guided core biopsy one week ago (2 o'clock). Pre-operative evaluation of extent of disease.
Technique: 3T, bilateral axial T1, T2 fat-sat, DWI (b 800), dynamic T1 with Gd-DOTA, subtraction and MIP.

Findings:
Breast composition: FGT b (scattered fibroglandular tissue). BPE: minimal, symmetric.

Left breast:
1- Index lesion: irregular mass with spiculated margins and heterogeneous internal enhancement at 2 o'clock, 5cm from nipple, measuring 24 x 18 x 20 mm, with rapid initial enhancement and washout (type III curve). Biopsy clip artifact within it.
2- A second irregular mass at 1 o'clock, 15 mm from the index lesion, 9 mm, with irregular margins and rim enhancement; rapid initial rise and washout.
3- Segmental non-mass enhancement with clustered ring pattern extending from the index lesion toward the nipple over 45 mm; rapid initial enhancement, plateau curve.
Left axilla: one lymph node with eccentric cortical thickening (4 mm), 14 mm.

Right breast: no mass or non-mass enhancement.
Right axilla: normal.

Impression:
- Left breast known malignancy (index lesion): BIRADS 6.
- Additional mass at 1 o'clock and segmental NME extending to the nipple, suspicious for multifocal / extensive disease: BIRADS 4C. Second-look US and biopsy of the 1 o'clock mass recommended before surgery.
- Suspicious left axillary lymph node: US guided FNA recommended.
- Right breast: BIRADS 1.
""")

add(id="mri20_06_taiwan_yes_no_structured_template_stable_fa_left_foci_intramammary_node_bi2",
    mods=["mri"], purpose="screening", fgt="c", bpe="moderate/symmetric", overall="2", bb="R2 L2",
    f=["focus R a",
       "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @1:00 z=7",
       "nme R a",
       "focus L p", "mass L a", "nme L a",
       "ln L p", "ln B a"],
    rec=["routine_screening"],
    text="""
Breast MRI Structured Report
Department of Medical Imaging, Mackay Memorial Hospital, Taipei

Indication: High risk screening (mother breast cancer age 42, lifetime risk 28%).
Technique: 3T, DCE-MRI (1 pre + 5 post), DWI. Comparison: MRI 2025/03.

Amount of FGT: (c) heterogeneous fibroglandular
BPE: Moderate     Symmetric: Yes

Right breast
  Focus: No
  Mass: Yes
    Location: 1 o'clock
    Size: 0.7 cm
    Shape: Oval     Margin: Circumscribed
    Internal enhancement: Dark internal septations
    Kinetics: Initial - Slow; Delayed - Persistent
    Change from prior: Stable
  NME: No
  Non-enhancing findings: No

Left breast
  Focus: Yes (multiple, < 5 mm, scattered)
  Mass: No
  NME: No
  Intramammary lymph node: Yes (upper outer, 6 mm, fatty hilum)

Abnormal axillary lymph nodes: No

Impression:
Right breast: stable fibroadenoma. BI-RADS 2.
Left breast: benign foci and intramammary lymph node. BI-RADS 2.
Recommendation: Continue annual MRI screening.
""")

add(id="mri20_07_poland_translated_screening_after_bct_stable_fat_necrosis_scar_right_focus_bi2",
    mods=["mri"], purpose="screening", fgt="b", bpe="mild/symmetric", overall="2", bb="R2 L2",
    f=["other L p s q=uo z=12",
       "other L p s",
       "focus R p kd=persistent @9:00 z=5",
       "ln B a"],
    rec=["routine_screening"],
    text="""
SCREENING MRI OF THE BREASTS WITH CONTRAST
(translated from Polish; original headings: Opis / Wnioski)
Zakład Diagnostyki Obrazowej - Kraków

Indication: screening MRI; patient after breast-conserving therapy of the left breast (2022), annual surveillance in the high-risk programme.
Technique: 1.5T, T2 TIRM, DWI, dynamic T1 3D fat-sat before and 6 times after gadolinium, subtractions, MIP. Comparison: MRI 03.2025.

Description:
Amount of fibroglandular tissue: b. Background enhancement: mild, symmetrical.
Left breast: post-operative scar in the upper outer quadrant without pathological enhancement. Adjacent to the scar an area of fat necrosis, 12 mm, oval, with central fat signal (hyperintense on T1, suppressed on fat-sat) and no suspicious enhancement - unchanged in comparison with 03.2025.
Right breast: a single 5 mm focus at 9 o'clock with a type I curve (persistent).
Axillary fossae without enlarged lymph nodes.

Conclusions:
Post-operative changes and fat necrosis in the left breast, stable. Small focus of benign character in the right breast.
BI-RADS 2 bilaterally.
Continue annual screening (mammography + MRI).
""")

add(id="mri20_08_usa_dictated_speech_slips_left_washout_mass_non_mask_nme_node_5",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout @3:00 dp=posterior z=18",
       "nme L p nd=linear ie=clumped z=32",
       "ln L p",
       "skin L a"],
    rec=["biopsy"],
    text="""
MRI BILATERAL BREAST W/WO CONTRAST

HISTORY: Palpable left breast lump. Outside diagnostic mammogram reported BI-RADS 4. Diagnostic MRI requested by the surgeon.

TECHNIQUE: Multiplanar multisequence MRI of both breasts before and after 7 mL gadavist. Post processing on a separate workstation.

COMPARISON: None.

FINDINGS:
Fibro glandular tissue: Scattered fiber glandular tissue.
Background parenchymal enhancement: Mild. Symmetric.

Left breast: There is an irregular mass in the left breast at the 3:00 physician, posterior depth, measuring 1.8 cm with irregular margins and heterogeneous internal enhancement. Kinetics demonstrate rapid initial enhancement with wash out in the delayed phase. There is also clumped linear non mask enhancement extending anterior from the mass over 3.2 cm. No left nipple retraction or skin thickening.
Left axilla: Left axillary lymph note with cortical thickening measuring 5 mm.

Right breast: Know suspicious enhancement in the right breast.

IMPRESSION:
1. Left breast 3:00 irregular mass with wash out kinetics and associated clumped linear non-mass enhancement, highly suggestive of malignancy. BI-RADS 5.
2. Abnormal left axillary lymph node.
3. Right breast negative, by rads one.

RECOMMENDATION: Ultrasound-guided biopsy of the left breast mass and the left axillary lymph note.

Dictated but not read. Voice recognition software used; please excuse any transcription errors.
""")

add(id="mri20_09_canada_high_risk_screening_marked_asymmetric_bpe_multiple_regions_nme_bi3",
    mods=["mri"], purpose="screening", fgt="d", bpe="marked/asymmetric", overall="3", bb="L3 R1",
    f=["nme L p nd=multiple_regions ie=heterogeneous kd=persistent",
       "mass R a", "nme R a",
       "ln B p"],
    rec=["short_interval_followup"],
    text="""
ONTARIO BREAST SCREENING PROGRAM - HIGH RISK
MRI BREASTS BILATERAL (SCREENING)
Sunnybrook Health Sciences Centre, Toronto

Indication: High-risk screening, 30-year-old, BRCA2 carrier. Baseline MRI. Day 24 of menstrual cycle.
Technique: 1.5T, axial T1 non-fat-sat, T2 fat-sat, dynamic 3D T1 fat-sat pre and 4 post gadobutrol, subtractions.

Findings:
Extreme amount of fibroglandular tissue (d).
Marked background parenchymal enhancement, asymmetric, greater on the left.
Left breast: non-mass enhancement in multiple regions, upper outer and lower inner quadrants, heterogeneous internal enhancement with persistent delayed kinetics. Likely hormonal / background related given the timing in the cycle.
Right breast: no suspicious mass or NME.
Normal-appearing axillary lymph nodes bilaterally.

Impression:
Left: non-mass enhancement in multiple regions, probably benign. BI-RADS 3.
Right: BI-RADS 1.
Recommend repeat MRI in 6 months, timed to days 7-14 of the menstrual cycle.
""")

add(id="mri20_10_brazil_translated_non_nodular_enhancement_left_right_nodule_type_i_4",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="4", bb="R3 L4",
    f=["mass R p sh=oval mg=circumscribed ie=homogeneous kd=persistent @6:00 z=9",
       "nme L p nd=focal ie=heterogeneous kd=plateau @12:00 z=14",
       "ln B p"],
    rec=["additional_imaging", "biopsy", "short_interval_followup"],
    text="""
BREAST MAGNETIC RESONANCE IMAGING
(translated from Portuguese - "Ressonância magnética das mamas")
Laboratório de Imagem - Belo Horizonte, MG

Indication: evaluation of an inconclusive asymmetry in the left breast on mammography.
Technique: exam performed on a 1.5T unit with dedicated coil, T1, T2/STIR, diffusion and dynamic post-contrast sequences (gadolinium), with subtraction and MIP reconstructions.

Report:
Fibroglandular tissue: scattered (b).
Background parenchymal enhancement: mild, symmetric.
Right breast: oval nodule with circumscribed margins and homogeneous enhancement at 6 hours, measuring 0.9 cm, with a type I kinetic curve (persistent).
Left breast: non-nodular enhancement with focal distribution and heterogeneous internal pattern at 12 hours, measuring 1.4 cm, with a type II kinetic curve (plateau).
Axillary lymph nodes with preserved morphology bilaterally.
Skin and nipple-areolar complexes without alterations.

Impression:
Right breast: probably benign nodule - BI-RADS® 3. Control in 6 months.
Left breast: focal non-nodular enhancement - BI-RADS® 4.
Suggest second-look ultrasound and, if there is no correlate, MRI-guided biopsy.
""")

add(id="mri20_11_china_english_tic_outflow_left_uoq_spiculated_nipple_retraction_nodes_right_foci_5",
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/-", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous kd=washout q=uo z=23",
       "skin L p",
       "ln L p",
       "focus R p kd=persistent"],
    rec=["biopsy"],
    text="""
MRI Examination Report
Department of Radiology, Zhongshan Hospital
Exam: Bilateral breast DCE-MRI + DWI
Clinical: Female, 57y. Left breast mass found 1 month.

Imaging findings:
Bilateral breasts are symmetric. Fibroglandular tissue: heterogeneous (c). Background parenchymal enhancement: mild.
Left breast upper outer quadrant shows an irregular mass, size about 2.3cm x 1.8cm, spiculated margin, T1WI low signal, T2WI slightly high signal, DWI high signal with ADC value 0.86x10^-3 mm2/s. After contrast the mass shows obvious heterogeneous enhancement, TIC type III (outflow type).
Left nipple retraction is seen.
Left axilla shows several enlarged lymph nodes, the largest short axis about 1.2cm.
Right breast: several small enhancing foci, TIC type I (persistent).

Impression:
1. Left breast upper outer quadrant mass, BI-RADS 5, with left axillary lymph node metastasis probable.
2. Right breast foci, BI-RADS 2.
Suggest biopsy for pathological diagnosis.
""")

add(id="mri20_12_kenya_nipple_discharge_dilated_ducts_linear_clumped_nme_right_4b",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4B", bb="R4B L1",
    f=["other R p q=sa",
       "nme R p nd=linear ie=clumped ki=fast kd=plateau @12:00 z=25",
       "mass L a", "nme L a"],
    rec=["additional_imaging", "biopsy"],
    text="""
AGA KHAN UNIVERSITY HOSPITAL, NAIROBI - DEPARTMENT OF RADIOLOGY
MRI BOTH BREASTS (PRE AND POST CONTRAST)

CLINICAL HISTORY: 47yr female. Spontaneous single-duct bloody nipple discharge, Rt. Mammogram and USS done - inconclusive.
TECHNIQUE: 1.5T. Axial T1, T2 FS, STIR, DWI and dynamic contrast-enhanced T1 FS with subtractions.

FINDINGS:
Fibroglandular tissue: scattered (b). BPE: minimal, symmetric.
RIGHT BREAST: Dilated retroareolar ducts with T1 hyperintense content (proteinaceous/haemorrhagic). Linear non-mass enhancement with clumped internal pattern extends from the retroareolar region towards 12 o'clock over 25mm, showing fast initial enhancement and plateau kinetics.
LEFT BREAST: No mass. No NME.
AXILLAE: Unremarkable.

IMPRESSION:
Rt linear clumped NME along dilated ducts, suspicious for intraductal malignancy (DCIS). BIRADS 4B.
Lt breast BIRADS 1.
Recommend second-look USS and MRI-guided (or US-guided if a correlate is found) biopsy.
""")
