from common import narrow_wrap

MRI = []

MRI.append(dict(id="mri8_01_us_academic_brca1_screen_new_rim_washout_mass_stable_foci_4b", tags="ordinary; US academic", text="""\
EXAM: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
DATE: 04/22/2026

CLINICAL INDICATION: High-risk screening. 36-year-old BRCA1 mutation carrier. Annual MRI alternating with
mammography.

COMPARISON: MRI 04/2025 and 04/2024.

TECHNIQUE: Multiplanar, multisequence MRI of both breasts at 1.5 T before and after intravenous gadobutrol
(6 mL). Computer-aided kinetic analysis was performed.

FINDINGS:
Amount of fibroglandular tissue: Heterogeneous fibroglandular tissue.
Background parenchymal enhancement: Moderate, symmetric.

Left breast: New 6 mm irregular mass at 2 o'clock, middle depth, with irregular margins and rim enhancement.
Kinetics: fast initial phase with washout in the delayed phase. Not present in 04/2025.

Multiple tiny foci are scattered in both breasts, the largest 3 mm, stable since 2024 and compatible with
background parenchymal enhancement.

Right breast: No suspicious mass or non-mass enhancement.

There is no axillary or internal mammary lymphadenopathy.

IMPRESSION:
1. New 6 mm irregular rim-enhancing left breast mass at 2 o'clock with washout kinetics, suspicious. BI-RADS 4B.
MRI-guided biopsy is recommended; a second-look ultrasound may be performed first.
2. Stable bilateral foci, benign.

Attending: C. Whitfield, MD
""",
    mods=["mri"], purpose="screening", fgt="c", bpe="moderate/symmetric", overall="4B", bb="L4B",
    f=["mass L p sh=irregular mg=irregular ie=rim ki=fast kd=washout @2:00 dp=middle z=6",
       "focus B p s z=3",
       "mass R a",
       "non_mass R a",
       "lymph_node B a"],
    rec=["additional_imaging", "biopsy"]))

MRI.append(dict(id="mri8_02_uk_nhs_occult_primary_right_spiculated_plateau_nodes_bi5", tags="ordinary; UK NHS", text="""\
BREAST IMAGING - MRI BREASTS (DCE)
NHS Trust - Breast Screening & Symptomatic Service

Clinical: 58F. Rt axillary node core biopsy: metastatic adenocarcinoma, breast primary favoured (ER+).
Mammo (M1) and US (U1) breasts normal. ?Occult primary.

Technique: 1.5T. Axial T2, DWI, T1 dynamic pre + 5 post contrast, subtractions, MIPs.

Findings:
FGT: scattered (b). BPE: mild, symmetrical.
Rt breast: 9mm irregular enhancing mass UOQ 10 o'c, posterior third, spiculated margins, heterogeneous internal
enhancement. Rapid initial enhancement then plateau (type II curve).
Rt axilla: 3 abnormal level I nodes, the largest 24mm (the biopsied node, marker clip in situ).
Lt breast: 5mm T2 bright non-enhancing cyst 6 o'c. Possible 3mm focus Lt 2 o'c, likely BPE. Otherwise normal.
Nodes: no internal mammary adenopathy either side.

Conclusion:
Probable occult primary: 9mm Rt UOQ spiculated mass. MRI 5.
BI-RADS 5 right, BI-RADS 2 left.
Second-look US and US guided biopsy of the Rt breast mass; MRI guided biopsy if no sonographic correlate.
Discuss at MDM.

Dr R. Hughes, Consultant Breast Radiologist
""",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="5", bb="R5 L2",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=plateau @10:00 q=uo dp=posterior z=9",
       "lymph_node R p z=24",
       "mass L p @6:00 z=5",
       "focus L q @2:00 z=3",
       "lymph_node B a"],
    rec=["additional_imaging", "biopsy", "other"]))

MRI.append(dict(id="mri8_03_ireland_private_noncontrast_implant_extracapsular_left_bi2", tags="ordinary; IE private", text="""\
CORRIB CLINIC RADIOLOGY, GALWAY

MRI BOTH BREASTS - SILICONE IMPLANT PROTOCOL (NON-CONTRAST)

Clinical details: 52 yrs. Bilateral silicone augmentation 2009 (subpectoral). Lt breast lumpy and altered shape,
? rupture. Ultrasound at another centre queried rupture.

Technique: Axial and sagittal T2, silicone-selective (water- and fat-suppressed) STIR sequences. No intravenous
contrast was given.

Findings:
Right implant: subpectoral, single lumen silicone. Radial folds are seen, which are a normal finding. No linguine
sign, no subcapsular line, no teardrop sign. The implant is intact.
Left implant: Multiple curvilinear low-signal lines float within the silicone (linguine sign), indicating collapse
of the shell, and silicone is also seen outside the fibrous capsule in the upper outer quadrant, extending into the
breast parenchyma. Appearances are of extracapsular rupture.
Left axilla: two silicone-laden lymph nodes, the larger 11 mm.
Breast parenchyma: no focal abnormality on the non-contrast sequences.

Opinion:
1. Extracapsular rupture of the left implant.
2. Right implant intact.
BI-RADS 2.
Referral to plastic surgeon for consideration of explantation / exchange.

Dr. Ciaran Moloney, Consultant Radiologist
""",
    mods=["mri"], purpose="diagnostic", overall="2", bb="",
    f=["implant R p ir=none",
       "implant L p ir=extracapsular",
       "lymph_node L p z=11"],
    rec=["surgical_consultation"]))

MRI.append(dict(id="mri8_04_au_private_dcis_extent_segmental_clustered_ring_table", tags="ordinary; AU private; lesion table", text="""\
HARBOUR IMAGING - MELBOURNE
MRI BREASTS (DCE) - STAGING

Clinical: 47F. Left breast high-grade DCIS on stereotactic VAB (segmental calcifications 40 mm on mammogram).
Extent?

Technique: 3T. T1, T2 FS, DWI, dynamic T1 FS pre and 5 post gadolinium, subtractions.

Report:
Fibroglandular tissue is heterogeneous (c). Background enhancement is mild and symmetrical.

Left breast: Segmental non-mass enhancement with a clustered ring internal pattern extends from the biopsy site
(clip artefact) at 1 o'clock toward the nipple over 62 mm, with medium initial enhancement and a plateau curve. It
ends 8 mm from the nipple. No nipple enhancement.

Right breast: 9 mm focal area of homogeneous non-mass enhancement at 8 o'clock, slow initial phase and persistent
delayed phase, probably benign.

Nodes: No axillary lymphadenopathy.

Summary table:
Lesion  Side  Site     Type            Size   Kinetics          BI-RADS
1       L     1 o'c    NME segmental   62mm   medium/plateau    6
2       R     8 o'c    NME focal        9mm   slow/persistent   3

Conclusion:
Extent of known left DCIS is 62 mm on MRI, larger than on mammography. Right focal NME probably benign.
BI-RADS: Left 6, Right 3.
6-month follow-up MRI for the right breast. Surgical planning at MDM.

Dr E. Lawson FRANZCR
""",
    mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="6", bb="L6 R3",
    f=["non_mass L p ie=clustered_ring nd=segmental ki=medium kd=plateau @1:00 z=62",
       "non_mass R p ie=homogeneous nd=focal ki=slow kd=persistent @8:00 z=9",
       "lymph_node B a"],
    rec=["other", "short_interval_followup"]))

MRI.append(dict(id="mri8_05_nz_private_abbreviated_v2025_dense_septations_round_mass_focus_bi3", tags="ordinary; NZ private; v2025 abbreviated", text="""\
TASMAN RADIOLOGY - CHRISTCHURCH
ABBREVIATED BREAST MRI (AB-MR) - SUPPLEMENTAL SCREENING

Indication: 50yo. Extremely dense breasts on BreastScreen mammography. Asymptomatic. No prior MRI.
Protocol: Abbreviated - T1 pre, one early post-contrast acquisition with subtraction and MIP, T2. No delayed phase;
kinetics not assessed.

Breast composition (amount of fibroglandular tissue): d - extreme.
Background parenchymal enhancement: minimal, symmetric.

Findings:
Lesion 1 - Right breast, 11 o'clock, anterior depth. Mass. Oval. Circumscribed. Internal enhancement: dark
internal septations. 8 mm. T2 bright. Typical of a fibroadenoma.
Lesion 2 - Left breast, 5 o'clock, middle depth. Mass. Round. Margins appear circumscribed. Internal enhancement:
homogeneous. 6 mm. No prior for comparison.
Lesion 3 - Left breast, 3 o'clock. Focus, 3 mm.
No non-mass enhancement. No suspicious axillary lymph nodes.

Assessment:
Lesion 1: BI-RADS 2 (right).
Lesions 2 and 3: BI-RADS 3 (left).
Recommendation: Follow-up MRI in 6 months for the left breast lesions.

Reported by Dr H. Te Rangi
""",
    mods=["mri"], purpose="screening", fgt="d", bpe="minimal/symmetric", overall="3", bb="R2 L3",
    f=["mass R p sh=oval mg=circumscribed ie=dark_internal_septations @11:00 dp=anterior z=8",
       "mass L p sh=round mg=circumscribed ie=homogeneous @5:00 dp=middle z=6",
       "focus L p @3:00 z=3",
       "non_mass B a",
       "lymph_node B a"],
    rec=["short_interval_followup"]))

MRI.append(dict(id="mri8_06_us_telerad_post_bct_fat_necrosis_diffuse_nme_stable_fa_typos", tags="ordinary; US teleradiology; typos", text="""\
APEX TELERADIOLOGY PARTNERS - REMOTE INTERPRETATION
EXAM: MRI BREAST BILATERAL W/WO CONTRAST
HISTORY: 61F, right breast IDC s/p lumpectomy and radiation 2022. Annual screening MRI.
COMPARISON: MRI 03/2025.
TECHNIQUE: Standard bilateral breast protocol, 8 mL gadoterate.

FINDINGS:
FGT: scattered fibroglandular tissue. BPE: minimal.
Right: Postsurgical architectural distortion at the lumpectomy site, 10:00, with thin linear enhancment along the
scar, unchanged. Oval 14 mm fat-containing lesion with thin rim enhancment adjacent to the scar, in keeping with fat
necrosis, smaller than prior. Diffuse mild non-mass enhancement throughout the right breast, in keeping with
post-radiation change, unchanged. Mild skin thickening, post radiation, stable.
Left: 7 mm oval circumscribed mass at 2:00 with homogenous enhancement and persistant kinetics, unchanged since
2023, likely fibroadenoma.
No suspicious enhancement. No lymphadenopathy.

IMPRESSION:
Stable post-treatment changes right breast. Stable left fibroadenoma. No MRI evidence of recurrence.
BI-RADS 2: Benign.
Recommend continued annual MRI alternating with mammography.

Read remotely by: D. Kaplan, MD. Preliminary results were not issued for this exam.
""",
    mods=["mri"], purpose="screening", fgt="b", bpe="minimal/-", overall="2", bb="",
    f=["architectural_distortion R p s @10:00",
       "other R p sh=oval ie=rim z=14",
       "non_mass R p s nd=diffuse",
       "skin R p s",
       "mass L p s sh=oval mg=circumscribed ie=homogeneous kd=persistent @2:00 z=7",
       "lymph_node B a"],
    rec=["routine_screening"]))

MRI.append(dict(id="mri8_07_powerscribe_picklist_staging_right_washout_linear_clumped_bi4", tags="less common; vendor pick-list template", text="""\
MRI BREAST BILATERAL W/WO CONTRAST
Indication: [Extent of disease - newly diagnosed malignancy]
Clinical history: 55F, right breast 12:00 IDC grade 2 on US-guided biopsy 03/2026.
Comparison: [None]
Technique: [Standard dynamic contrast-enhanced protocol, 3T]. Contrast: [gadoterate 15 mL IV].

Amount of fibroglandular tissue: [b. Scattered fibroglandular tissue]
Background parenchymal enhancement: [Mild] [Symmetric]

RIGHT BREAST:
Lesion 1 (biopsy-proven malignancy)
  Type: [Mass]
  Location: [12:00] [Middle depth], 6 cm from nipple
  Size: 2.3 x 1.9 x 2.0 cm
  Shape: [Irregular]
  Margin: [Spiculated]
  Internal enhancement: [Heterogeneous]
  Kinetics - initial phase: [Fast]; delayed phase: [Washout]
  Biopsy clip: [Present, within lesion]
Lesion 2
  Type: [Non-mass enhancement]
  Location: [11:00 - 12:00], anterior to lesion 1
  Extent: 3.1 cm
  Distribution: [Linear]
  Internal enhancement pattern: [Clumped]
  Kinetics: [Medium] / [Persistent]
Associated features: [Nipple retraction: No] [Skin thickening: No]

LEFT BREAST:
[No suspicious mass or non-mass enhancement]
Lesion 3
  Type: [Mass]
  Location: [3:00]
  Size: 0.5 cm
  Shape: [Round]   Margin: [Circumscribed]   Internal enhancement: [Homogeneous]
  Kinetics: [Slow] / [Persistent]
  T2: [Hyperintense]

AXILLA:
Right: [Abnormal] 1 level I node, 15 mm, cortical thickening
Left: [Normal]
Internal mammary nodes: [Normal / Abnormal]

ASSESSMENT:
Right: Lesion 1 [6 - Known biopsy-proven malignancy]; Lesion 2 [4 - Suspicious]
Left: [2 - Benign]
Overall: [4 - Suspicious]
RECOMMENDATION: [MRI-guided biopsy] of lesion 2. [Surgical consultation].
""",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="4", bb="R4 L2",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @12:00 dp=middle z=23",
       "non_mass R p ie=clumped nd=linear ki=medium kd=persistent z=31",
       "skin R a",
       "mass L a",
       "non_mass L a",
       "mass L p sh=round mg=circumscribed ie=homogeneous ki=slow kd=persistent @3:00 z=5",
       "lymph_node R p z=15"],
    rec=["biopsy", "surgical_consultation"]))

MRI.append(dict(id="mri8_08_canada_academic_bloody_discharge_regional_nme_intraductal_mass_4b", tags="ordinary; CA academic", text="""\
ST. LAWRENCE UNIVERSITY HEALTH CENTRE - BREAST IMAGING
MRI BREAST BILATERAL - PROBLEM SOLVING

Indication: 44F, spontaneous bloody nipple discharge left breast, single duct. Mammogram and ultrasound (outside,
02/2026) negative, BI-RADS 1.

Technique: 3T, axial T1 non-fat-sat, T2 Dixon, DCE with 6 post-contrast phases, DWI.

Findings:
Amount of FGT: a (almost entirely fat). BPE: minimal, symmetric.
Left breast: A dilated duct at 2 o'clock is hyperintense on the precontrast T1 images and extends 3 cm back from
the nipple. Within it, 1 cm from the nipple, there is a 5 mm round circumscribed homogeneously enhancing mass with
fast initial enhancement and washout (type III curve), likely a papilloma.
Regional heterogeneous non-mass enhancement surrounds the duct in the upper outer quadrant over 35 mm, with fast
initial enhancement and plateau delayed kinetics.
Right breast: No mass. No abnormal enhancement.
Axillae: Normal-appearing lymph nodes bilaterally.

Impression:
1. Left breast regional heterogeneous NME in the upper outer quadrant, suspicious. BI-RADS 4B. MRI-guided biopsy
recommended.
2. Small enhancing intraductal mass in the left retroareolar duct, likely a papilloma. BI-RADS 4A. Second-look
ultrasound with ultrasound-guided biopsy if visible.
3. Right breast BI-RADS 1.
""",
    mods=["mri"], purpose="diagnostic", fgt="a", bpe="minimal/symmetric", overall="4B", bb="L4B R1",
    f=["other L p @2:00",
       "mass L p sh=round mg=circumscribed ie=homogeneous ki=fast kd=washout z=5",
       "non_mass L p ie=heterogeneous nd=regional ki=fast kd=plateau q=uo z=35",
       "mass R a",
       "lymph_node B p"],
    rec=["additional_imaging", "biopsy"]))

_MRI09 = """\
Patient Gateway - Your test results
MRI BREAST BILATERAL W WO CONTRAST
Result status: Final
Ordered by: Oncology Clinic
Study date: 05/06/2026

Findings and Impression

CLINICAL HISTORY: 49-year-old woman with biopsy-proven invasive ductal carcinoma of the left breast at 3 o'clock and a biopsy-proven metastatic left axillary lymph node, after 4 cycles of neoadjuvant chemotherapy. Response assessment. Baseline MRI 01/2026.

TECHNIQUE: Bilateral dynamic contrast-enhanced breast MRI at 3 T.

FINDINGS: There are scattered areas of fibroglandular tissue. Background parenchymal enhancement is mild and symmetric, decreased since the baseline study.

Left breast: The known mass at 3 o'clock has decreased from 3.4 cm to a residual 11 mm irregular mass with not circumscribed margins and heterogeneous internal enhancement, with persistent delayed kinetics. The linear non-mass enhancement extending anteriorly from the mass on the baseline study has resolved. The biopsied left axillary lymph node has decreased from 22 mm to 9 mm and its fatty hilum is now visible.

Right breast: No suspicious enhancement. Stable 4 mm focus at 9 o'clock.

IMPRESSION: Marked partial response. Residual 11 mm enhancing mass in the left breast at 3 o'clock. BI-RADS 6 left. Right breast BI-RADS 2. Surgical planning at the multidisciplinary tumour board.

Electronically signed by Hannah Osei, MD
"""

MRI.append(dict(id="mri8_09_patient_portal_narrow_wrap_post_nact_response_bi6", tags="less common; portal export, narrow double-spaced wrap", text=narrow_wrap(_MRI09, 52),
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="6", bb="L6 R2",
    f=["mass L p sh=irregular mg=not_circumscribed ie=heterogeneous kd=persistent @3:00 z=11",
       "non_mass L a",
       "lymph_node L p z=9",
       "focus R p s @9:00 z=4"],
    rec=["other"]))

MRI.append(dict(id="mri8_10_us_community_implant_cancer_screen_marked_bpe_negative_bi1", tags="ordinary; US community", text="""\
PRAIRIE VIEW IMAGING CENTER
MRI BILATERAL BREAST WITH AND WITHOUT CONTRAST (IMPLANT AND CANCER SCREENING PROTOCOL)

INDICATION: 41-year-old with bilateral silicone implants. Lifetime risk 24% (Tyrer-Cuzick). Supplemental screening.
No prior breast MRI.

TECHNIQUE: Silicone-sensitive sequences, then dynamic post-contrast imaging with 7 mL gadobutrol.

FINDINGS:
The breasts are composed of heterogeneous fibroglandular tissue. Background parenchymal enhancement is marked and
symmetric.
Bilateral retropectoral silicone implants are intact. No intracapsular or extracapsular rupture.
There is no suspicious mass, non-mass enhancement or focus in either breast.
Normal axillary lymph nodes bilaterally.

IMPRESSION:
No MRI evidence of malignancy. Intact implants.
BI-RADS 1: Negative.
Recommend annual screening MRI and mammography.

Interpreting radiologist: S. Bauer, MD
""",
    mods=["mri"], purpose="screening", fgt="c", bpe="marked/symmetric", overall="1", bb="",
    f=["implant B p ir=none",
       "mass B a",
       "non_mass B a",
       "focus B a",
       "lymph_node B p"],
    rec=["routine_screening"]))

MRI.append(dict(id="mri8_11_ireland_symptomatic_ilc_multiple_regions_dictation_typos", tags="less common; IE public, unedited voice recognition; typos", text="""\
ST. BRIGID'S UNIVERSITY HOSPITAL - SYMPTOMATIC BREAST UNIT
MRI BREASTS - PRE-OPERATIVE STAGING

Clinical: 63 yo. Right breast ILC 12 o'c, 18mm on US. ? multifocal.

Report (voice recognition):
Fibroglandular tissue is scattered comma category B full stop. Background enhancement is mild and asymetric comma
more on the right full stop.
New paragraph. Right breast: At 12 o'clock there is a 27 mm irregular mass with spiculated margins and
heterogenous enhancement, the known cancer, with fast initial enhancement and washout. Separate from this,
non-mass enhancement is seen in multiple regions of the the right breast, in the upper inner and lower outer
quadrants, clumped, with persistent kinetics full stop. These areas are indeterminate and could represent
multifocal disease. No skin thickening or nipple retraction on the right.
New paragraph. Left breast: 5 mm focus at 3 o'clock with persistent kinetics, likely benign.
Axillae: A few right axillary lymph nodes of normal morphology.

Conclusion:
1. Known right ILC measures 27 mm on MRI, larger than on ultrasound. BI-RADS 6.
2. Right breast NME in multiple regions, BI-RADS 4B. MRI-guided biopsy of the upper inner quadrant area is
recommended.
3. Left 5 mm focus, BI-RADS 3, follow-up MRI in 6 months.
For discussion at the breast MDM.

Dictated, not read back. Dr F. Gallagher
""",
    mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/asymmetric", overall="4B", bb="R4B L3",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @12:00 z=27",
       "non_mass R p ie=clumped nd=multiple_regions kd=persistent",
       "skin R a",
       "focus L p kd=persistent @3:00 z=5",
       "lymph_node R p"],
    rec=["biopsy", "other", "short_interval_followup"]))
