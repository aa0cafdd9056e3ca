"""MRI reports of modalities_12 (text + compact gold)."""
MRI = []

MRI.append(dict(id="mri12_01_us_academic_v2025_abbreviated_supplemental_screen_bi2", text="""
MRI BREAST BILATERAL ABBREVIATED W WO CONTRAST (SCREENING)

CLINICAL INDICATION: 49-year-old woman with extremely dense breasts and no other risk factors (lifetime risk 14%). Supplemental screening. Last mammogram 11/2025, BI-RADS 1.

TECHNIQUE: Abbreviated protocol (ACR BI-RADS v2025): axial T2-weighted, pre-contrast T1 fat-suppressed and a single early post-contrast T1 fat-suppressed acquisition centered at 90 seconds, with subtraction and MIP images, after IV gadobutrol 7 mL. Table time 9 minutes.

COMPARISON: None. Baseline MRI.

AMOUNT OF FIBROGLANDULAR TISSUE: Extreme (d).
BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate, symmetric.

FINDINGS:
No suspicious mass or non-mass enhancement in either breast. A few scattered bilateral foci, likely representing background enhancement. No axillary or internal mammary lymphadenopathy. Kinetic assessment is not performed with the abbreviated protocol.

IMPRESSION:
No MRI evidence of malignancy.
BI-RADS 2: Benign.
Recommend continued annual mammography. Supplemental MRI may be repeated in 1-2 years per shared decision making.
""", gold=dict(mods=["mri"], purpose="screening", fgt="d", bpe="moderate/symmetric", overall="2", f=[
    "mass B a",
    "non_mass B a",
    "focus B p",
    "lymph_node B a",
], rec=["routine_screening"])))

MRI.append(dict(id="mri12_02_uk_nhs_high_risk_brca2_lesion_blocks_mri4_bi4", text="""
MRI Breasts (High Risk Screening - NHSBSP)
Clinical: BRCA2 carrier, 38 years. Annual surveillance. Previous MRI 02/2025: MRI 2 (benign).

Technique: 3T, bilateral. Axial T2, T1 non-FS, DCE with 6 post-contrast phases, subtraction and MIP. Gadoterate 0.1 mmol/kg.

Background:
Fibroglandular tissue: b - scattered
BPE: mild, symmetrical

Lesion 1
Side: Left
Position: 2 o'clock, 45 mm from nipple, posterior third
Type: mass
Size: 9 x 7 x 8 mm
Shape: oval
Margin: irregular
Internal enhancement: heterogeneous
T2: iso/low
Kinetics: fast initial uptake, plateau delayed (type 2)
New since 02/2025: yes
Assessment: MRI 4 / BI-RADS 4

Lesion 2
Side: Right
Position: 8 o'clock, middle third
Type: mass
Size: 6 mm
Shape: oval
Margin: circumscribed
Internal enhancement: dark internal septations
T2: high
Kinetics: slow initial rise, persistent (type 1)
New since 02/2025: no - unchanged
Assessment: MRI 2 / BI-RADS 2

Axillae: normal. No lymphadenopathy.

Conclusion:
New 9 mm enhancing mass in the left breast at 2 o'clock with irregular margins and plateau kinetics. MRI 4 / BI-RADS 4. Recommend second-look ultrasound and, if no correlate, MRI-guided biopsy.
Right 6 mm fibroadenoma, unchanged.
For discussion at the Family History MDT.
""", gold=dict(mods=["mri"], purpose="screening", fgt="b", bpe="mild/symmetric", overall="4", bb="L4 R2", f=[
    "mass L p sh=oval mg=irregular ie=heterogeneous ki=fast kd=plateau @2:00 dp=posterior z=9",
    "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @8:00 dp=middle z=6",
    "lymph_node B a",
], rec=["additional_imaging", "biopsy", "other"])))

MRI.append(dict(id="mri12_03_canada_staging_fixed_width_lesion_table_segmental_nme_4b", text="""
MRI BOTH BREASTS - STAGING

History: 56F, L breast 1 o'clock IDC grade 2 with DCIS on US core biopsy 01/2026. Staging.
Technique: 1.5T bilateral DCE MRI, gadobutrol 0.1 mmol/kg, CAD post-processing.
Comparison: Mammogram and US 01/2026 (outside).

Breast composition: heterogeneous fibroglandular tissue (c).
Background enhancement: moderate, symmetric.

FINDINGS:
#  Side  Location         Type   Size   Morphology                                    Kinetics
1  L     1:00, middle     mass   26 mm  irregular, spiculated, rim enhancement         fast / washout
2  L     12-2:00, ant.    NME    48 mm  segmental, clumped internal enhancement        medium / persistent
3  L     axilla level I   node   21 mm  round, cortex 8 mm, loss of fatty hilum        -
4  R     10:00            mass   5 mm   oval, circumscribed, homogeneous               slow / persistent

Lesion 1 is the biopsy-proven malignancy (clip artifact). Lesion 2 extends from the anterior aspect of the index mass towards the nipple, in keeping with the known DCIS component; total extent of disease approx. 62 mm. No nipple or skin involvement. No pectoralis muscle invasion.
Lesion 4 is unchanged from an outside MRI of 2022 (report reviewed) and is benign.

IMPRESSION:
1. Known left breast malignancy with associated segmental non-mass enhancement, total extent 62 mm. BI-RADS 6.
2. Suspicious left level I axillary lymph node. Recommend US-guided core biopsy. BI-RADS 4B.
3. Right breast: benign stable mass. BI-RADS 2.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="c", bpe="moderate/symmetric", overall="4B", bb="L4B R2", f=[
    "mass L p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @1:00 dp=middle z=26",
    "non_mass L p ie=clumped nd=segmental ki=medium kd=persistent z=48",
    "lymph_node L p z=21",
    "mass R p s sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @10:00 z=5",
    "skin L a",
], rec=["biopsy"])))

MRI.append(dict(id="mri12_04_au_private_implant_noncontrast_extracapsular_left_bi2", text="""
MRI BREAST IMPLANTS (NON-CONTRAST)

Clinical Notes: 48yo. Bilateral silicone implants (subpectoral, 2012). Left breast change in shape. ?rupture.
Technique: Silicone-specific protocol at 1.5T: axial and sagittal T2 STIR, silicone-selective (water-suppressed) and water-selective sequences. No IV contrast.

Findings:
Fibroglandular tissue: almost entirely fat (a).
Right implant: intact. No linguine, keyhole or teardrop sign. No free silicone.
Left implant: multiple curvilinear low-signal lines floating within the silicone (linguine sign), in keeping with rupture of the shell. Silicone signal is also present outside the fibrous capsule in the upper outer left breast, extending towards the axilla, indicating extracapsular rupture. A left level I axillary lymph node, 11 mm, contains silicone signal (silicone-laden node).
No mass is seen on the non-contrast sequences, although assessment of the parenchyma is limited without contrast.
4 mm T2 hyperintense cyst in the right breast at 6 o'clock.

Conclusion:
1. Left extracapsular silicone implant rupture with silicone in a left axillary node.
2. Intact right implant.
BI-RADS 2. Referral to the treating plastic surgeon is suggested.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="a", overall="2", f=[
    "implant R p ir=none",
    "implant L p ir=extracapsular",
    "lymph_node L p z=11",
    "mass B a",
    "mass R p @6:00 z=4",
], rec=["surgical_consultation"])))

MRI.append(dict(id="mri12_05_nz_post_wle_radiation_scar_new_mass_washout_4b", text="""
MRI BREASTS WITH CONTRAST

Clinical: 55F. R breast WLE + SNB 2022 for 18mm IDC (R 10 o'clock), whole breast RT 2022. New firmness at the scar on clinical examination. ?recurrence. Mammogram 01/2026: increased density at the scar (reported separately).
Comparison: MRI 01/2025.

Findings:
Fibroglandular tissue: scattered (b).
Background parenchymal enhancement: mild, asymmetric - lower in the irradiated right breast.

Right breast: Post-surgical architectural distortion at the 10 o'clock lumpectomy site, unchanged. Thin linear enhancement along the scar, unchanged, consistent with post-treatment change.
Along the inferior aspect of the scar there is a new 8 mm irregular enhancing mass with irregular margins and heterogeneous enhancement, fast initial enhancement with washout. No internal fat signal on the non-fat-saturated T1 images.
Mild diffuse skin thickening of the right breast, stable post-radiation change.

Left breast: No suspicious mass or non-mass enhancement.

Axillae: No lymphadenopathy.

Impression:
New 8 mm enhancing mass at the inferior margin of the right lumpectomy scar, suspicious for local recurrence. BI-RADS 4B. Second-look ultrasound, with MRI-guided biopsy if there is no ultrasound correlate.
Left: BI-RADS 1.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/asymmetric", overall="4B", bb="R4B L1", f=[
    "architectural_distortion R p s @10:00",
    "mass R p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout z=8",
    "skin R p s",
    "mass L a",
    "non_mass L a",
    "lymph_node B a",
], rec=["additional_imaging", "biopsy"])))

MRI.append(dict(id="mri12_06_us_community_voice_recognition_problem_solving_focus_bi3", text="""
MRI BREAST BILATERAL W AND WO CONTRAST

HISTORY: 63-year-old female. Focal asymmetry right breast upper outer quadrant on screening mammogram, not seen on ultrasound. Problem solving.

TECHNIQUE: Multiplanar multisequence MRI of both breasts was performed before and after the uneventful intravenous administration of 6 mL Gadavist. Post processing with subtraction, MIP and kinetic analysis on a separate workstation.

COMPARISON: Mammogram 01/09/2026, ultrasound 01/22/2026.

FINDINGS:
The breast are composed of scattered fibroglandular tissue. Background parenchymal enhancement is minimal.

Right breast: In the region of the mammographic asymmetry there is no abnormal enhancement. At 9 o'clock posterior depth there is a 4 millimeter enhancing focus with persistent kinetic and no correlate on T2. Benign-appearing intramammary lymph node upper outer quadrant with fatty hilum, 6 mm.

Left breast: No suspicious enhancing mass or non mass and enhancement. Questionable 3 mm focus at 2:00 seen on a single post contrast phase only, possibly background enhancement.

No axillary adenopathy.

IMPRESSION:
1. No MRI correlate for the right breast mammographic asymmetry.
2. Four millimeter right breast focus at 9:00 with persistent kinetics, probably benign.

BI-RADS category 3 probably benign. Short-term follow-up breast MRI in six months is recommended.

Dictated but not read. This report was generated using voice recognition software; errors may occur.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/-", overall="3", f=[
    "focus R p kd=persistent @9:00 dp=posterior z=4",
    "lymph_node R p q=uo z=6",
    "mass L a",
    "non_mass L a",
    "focus L q @2:00 z=3",
    "lymph_node B a",
], rec=["short_interval_followup"])))

MRI.append(dict(id="mri12_07_au_private_ilc_staging_multiple_regions_nme_contralateral_bi6", text="""
MRI BOTH BREASTS

Clinical history: 61yo. Right breast ILC 11 o'clock on core biopsy (mammographically occult, 15mm on US). Pre-operative staging ?extent ?multicentric ?contralateral.

Technique: Bilateral breast MRI, 3T, dynamic post-gadolinium study (Dotarem 13mL).

Report:
Fibroglandular tissue: heterogeneous (c). Background parenchymal enhancement: mild and symmetrical.

Right breast: The known malignancy at 11 o'clock is an irregular mass with non-circumscribed margins and heterogenous internal enhancement, 31 mm (larger than on ultrasound), with medium initial enhancement and a plateau delayed curve. Additional clumped non-mass enhancement is present in multiple regions of the upper outer and upper inner quadrants, separate from the mass, spanning 70 mm in total. Appearances are in keeping with multicentric lobular carcinoma.
Nipple-areolar complex and skin normal.
Right axilla: no lymphadenopathy.

Left breast: A 6 mm round circumscribed mass at 3 o'clock with homogeneous enhancement and persistent kinetics, T2 bright, likely a fibroadenoma.
Left axilla normal.

Conclusion:
1. Right breast ILC measuring 31 mm with non-mass enhancement in multiple regions, total extent approx 70 mm - multicentric disease. BI-RADS 6. MRI-guided biopsy of the upper inner quadrant NME is suggested if confirmation of multicentricity would alter surgical management.
2. Left 3 o'clock probably benign mass. BI-RADS 3. Targeted ultrasound suggested.
Discussed with Dr Nguyen (breast surgeon) by phone on 12/03/2026.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="6", bb="R6 L3", f=[
    "mass R p sh=irregular mg=not_circumscribed ie=heterogeneous ki=medium kd=plateau @11:00 z=31",
    "non_mass R p ie=clumped nd=multiple_regions z=70",
    "lymph_node R a",
    "mass L p sh=round mg=circumscribed ie=homogeneous kd=persistent @3:00 z=6",
], rec=["additional_imaging", "biopsy"])))

MRI.append(dict(id="mri12_08_canada_bc_occult_primary_axillary_mets_linear_clustered_ring_4c", text="""
BREAST MRI - BILATERAL WITH AND WITHOUT IV CONTRAST

Reason for exam: R axillary lymph node core biopsy 02/2026: metastatic carcinoma, ER positive, breast primary suspected. Mammogram and breast US negative. Please locate occult primary.
Comparison: Mammogram and ultrasound 02/2026.
Technique: Standard bilateral DCE protocol, 1.5 T.

Findings:
FGT: heterogeneous fibroglandular (c).
BPE: mild.

Right breast: At 8 o'clock, posterior third, there is a 14 mm linear non-mass enhancement with a clustered ring internal pattern, fast initial and plateau delayed enhancement. This is the most likely site of the occult primary.
The biopsied right axillary level I lymph node (clip) is enlarged at 24 mm with loss of the fatty hilum. Two further abnormal level I nodes, the larger 15 mm. No enlarged level II/III or internal mammary nodes.

Left breast: No suspicious enhancement.
Left axilla: normal.

Impression:
1. Right breast 8 o'clock linear clustered-ring NME, suspicious for the occult primary. BI-RADS 4C. MRI-guided biopsy recommended (second-look US is unlikely to show this).
2. Known right axillary nodal metastases.
Left: BI-RADS 1.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/-", overall="4C", bb="R4C L1", f=[
    "non_mass R p ie=clustered_ring nd=linear ki=fast kd=plateau @8:00 dp=posterior z=14",
    "lymph_node R p z=24",
    "lymph_node R p z=15",
    "lymph_node R a",
], rec=["biopsy"])))

MRI.append(dict(id="mri12_09_uk_nhs_post_nact_response_focal_residual_nme_no_category", text="""
MRI BREASTS - RESPONSE ASSESSMENT (post neoadjuvant chemotherapy)

Clinical: 47F. L breast IDC, HER2+, 4 o'clock, with L axillary nodal disease at presentation. Completed 6 cycles of neoadjuvant chemotherapy. Pre-surgical MRI.
Comparison: Baseline MRI 08/2025.

Findings:
FGT: c (heterogeneous). BPE: minimal, symmetrical (moderate at baseline).

Left breast: The baseline 38 mm irregular spiculated enhancing mass at 4 o'clock has responded markedly: at the clip site there is now only a 7 mm area of weak focal non-mass enhancement with slow initial enhancement and a persistent curve. No residual mass enhancement. The skin thickening seen at baseline has resolved.
The previously enlarged left axillary nodes have returned to normal size, the largest 9 mm with a normal cortex.

Right breast: No suspicious enhancement. Stable 5 mm non-enhancing simple cyst in the upper inner quadrant.

Conclusion:
Near-complete imaging response. 7 mm residual focal NME at the left clip site. Axillary nodes normalised.
For breast MDT.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="c", bpe="minimal/symmetric", overall=None, f=[
    "non_mass L p nd=focal ki=slow kd=persistent z=7",
    "mass L a",
    "skin L a",
    "lymph_node L p z=9",
    "mass R p s q=ui z=5",
], rec=["other"])))

MRI.append(dict(id="mri12_10_canada_lactation_pabc_staging_marked_bpe_regional_nme_4a", text="""
MRI BILATERAL BREASTS WITH CONTRAST

Clinical information: 34F, 5 months postpartum, still breastfeeding (pumped before the exam). Right breast IDC 9 o'clock, grade 3, triple negative, diagnosed 03/2026 (pregnancy-associated breast cancer). Staging.
Technique: 1.5T, standard DCE protocol, gadobutrol.

Findings:
Amount of fibroglandular tissue: extreme (d).
Background parenchymal enhancement: marked and symmetric, in keeping with lactation. This reduces the sensitivity of the exam.

Right breast: The known carcinoma at 9 o'clock is a 42 x 35 x 38 mm round mass with circumscribed margins and rim enhancement, with central T2 high signal (necrosis). Fast initial enhancement, washout delayed.
In addition, regional heterogeneous non-mass enhancement in the upper outer quadrant adjacent to the mass, 55 mm, with persistent kinetics. This may be lactational but tumour extension cannot be excluded.
Possible additional 5 mm enhancing mass at right 6 o'clock, which may represent an intramammary lymph node.
Skin and nipple: normal.
Right axilla: 2 abnormal level I nodes with cortical thickening, the larger 19 mm.

Left breast: Within the marked background enhancement no suspicious mass or NME is identified, although sensitivity is reduced.

Conclusion:
1. Known right breast cancer, 42 mm. BI-RADS 6.
2. Regional NME in the right upper outer quadrant, indeterminate. BI-RADS 4A. Second-look ultrasound; biopsy if a correlate is found.
3. Abnormal right axillary nodes.
4. Left breast: no MRI evidence of malignancy. BI-RADS 1.
""", gold=dict(mods=["mri"], purpose="diagnostic", fgt="d", bpe="marked/symmetric", overall="4A", bb="R4A L1", f=[
    "mass R p sh=round mg=circumscribed ie=rim ki=fast kd=washout @9:00 z=42",
    "non_mass R p ie=heterogeneous nd=regional kd=persistent q=uo z=55",
    "mass R q @6:00 z=5",
    "lymph_node R p z=19",
    "mass L a",
    "non_mass L a",
], rec=["additional_imaging", "biopsy"])))

MRI.append(dict(id="mri12_11_us_community_high_risk_screen_addendum_outside_priors_bi2", text="""
MRI BREAST BILATERAL W/WO CONTRAST - HIGH RISK SCREENING

HISTORY: 44 y/o, lifetime risk 27% (Tyrer-Cuzick), mother with breast cancer at 41. Outside prior MRIs requested.
TECHNIQUE: Bilateral axial T2, pre- and 5 post-contrast T1 fat-saturated dynamic series after 7 mL gadoterate. Subtractions, MIPs and kinetic maps reviewed.
COMPARISON: None available at the time of interpretation.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue.
Background parenchymal enhancement: mild, symmetric.

Left breast: 7 mm oval mass at 5:00, middle depth, circumscribed margins, heterogeneous enhancement, fast initial and persistent delayed kinetics.
Scattered punctate foci bilaterally.
Right breast: No suspicious mass or non-mass enhancement.
Bilateral axillary lymph nodes are normal in size and morphology.

IMPRESSION:
Left breast 7 mm enhancing mass at 5:00 without prior for comparison. BI-RADS 4A: Low suspicion for malignancy. MRI-guided biopsy is recommended.

ADDENDUM (03/27/2026): Outside breast MRIs from 2023 and 2024 have now been received and reviewed. The left 5:00 mass is present on both and unchanged in size and appearance over 3 years. The assessment is changed to BI-RADS 2: Benign. MRI-guided biopsy is no longer recommended. Continue annual high-risk screening with MRI and mammography.
""", gold=dict(mods=["mri"], purpose="screening", fgt="c", bpe="mild/symmetric", overall="2", f=[
    "mass L p s sh=oval mg=circumscribed ie=heterogeneous ki=fast kd=persistent @5:00 dp=middle z=7",
    "focus B p",
    "mass R a",
    "non_mass R a",
    "lymph_node B p",
], rec=["routine_screening"])))
