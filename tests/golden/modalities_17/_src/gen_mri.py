"""MRI reports of modalities_17 (text + compact gold)."""
MRI = "mri"
ITEMS = []
A = ITEMS.append

A(dict(id="mri17_01_norway_brca1_abbreviated_mri_new_right_oval_mass_4a", mods=[MRI], purpose="screening",
       fgt="c", bpe="mild/symmetric", overall="4A", bb="R4A L1", rec=["additional_imaging", "biopsy"],
       f=["mass R p sh=oval mg=circumscribed ie=homogeneous ki=fast @11:00 dp=middle z=6",
          "mass L a", "nme L a", "ln B a"],
       text="""
MR MAMMAE - abbreviated protocol (AB-MRI), high-risk surveillance
Date: 01.12.2026

Indication: 34-year-old BRCA1 mutation carrier, annual MRI surveillance. Last MRI 11/2025: BI-RADS 1.
Technique: 3T. T2 Dixon, one pre-contrast and one early post-contrast T1 (gadobutrol 0.1 mmol/kg), subtraction and MIP. No delayed phases (abbreviated protocol).

Findings:
Amount of fibroglandular tissue: heterogeneous (c).
BPE: mild, symmetric.
Right breast: New 6 mm oval mass with circumscribed margins and homogeneous enhancement at 11 o'clock, middle depth, with fast initial enhancement. Not present on the 2025 study.
Left breast: No mass or non-mass enhancement.
Axillae: no enlarged lymph nodes.

Conclusion:
New 6 mm enhancing mass in the right breast at 11 o'clock in a BRCA1 carrier: BI-RADS 4A.
Left breast: BI-RADS 1.
Targeted (second-look) ultrasound; if no correlate, MRI-guided biopsy.
"""))

A(dict(id="mri17_02_denmark_preop_contralateral_right_linear_clumped_nme_left_idc_4a", mods=[MRI], purpose="diagnostic",
       fgt="b", bpe="minimal/symmetric", overall="4A", bb="L6 R4A", rec=["biopsy"],
       f=["mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout @2:00 z=22",
          "nme R p nd=linear ie=clumped ki=medium kd=persistent @7:00 z=14",
          "mass R a", "ln B a"],
       text="""
MR-scanning af mammae, bilateral - preoperative
Indication: 57-year-old with newly diagnosed invasive ductal carcinoma of the left breast at 2 o'clock (US-guided biopsy 18.11.2026, clip in situ). Preoperative MRI, in particular evaluation of the contralateral breast.
Technique: 1.5T, full diagnostic protocol with dynamic series.

Findings:
Scattered FGT. BPE: minimal, symmetric.
Left breast: The known carcinoma at 2 o'clock is an irregular mass with irregular margins and heterogeneous enhancement, fast initial uptake and washout, 22 mm. The biopsy clip is in the mass. Otherwise normal left breast.
Right breast: Linear non-mass enhancement with clumped internal pattern at 7 o'clock, 14 mm, medium initial and persistent delayed enhancement. No mass.
Axillae: No pathological lymph nodes.

Conclusion:
Left: known carcinoma, 22 mm. BI-RADS 6.
Right: 14 mm linear clumped NME at 7 o'clock. BI-RADS 4A. MRI-guided vacuum biopsy is recommended before surgery.
"""))

A(dict(id="mri17_03_ireland_extent_of_disease_right_index_two_satellites_node_6", mods=[MRI], purpose="diagnostic",
       fgt="b", bpe="minimal/symmetric", overall="6", bb="R6 L1", rec=["biopsy", "other"],
       f=["mass R p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @10:00 z=19",
          "mass R p sh=irregular ie=heterogeneous z=6",
          "mass R p sh=round ie=homogeneous ki=fast kd=plateau @11:00 z=7",
          "skin R a", "ln R p z=14", "mass L a", "nme L a"],
       text="""
MRI BOTH BREASTS WITH CONTRAST - LOCAL STAGING

Clinical: 49F. Right breast IDC grade 2 at 10 o'clock on core biopsy, 18 mm on US. ?extent.
Technique: 1.5T bilateral axial DCE with subtraction, T2, DWI.

Findings:
FGT: b (scattered). BPE minimal and symmetrical.
Right breast:
Index lesion: 10 o'clock, irregular mass with spiculated margins and rim enhancement, 19 mm, type III curve (rapid wash-in, washout).
Satellite 1: 6 mm irregular mass with heterogeneous enhancement, 8 mm anterior to the index lesion.
Satellite 2: 7 mm round mass with homogeneous enhancement at 11 o'clock, 32 mm from the index lesion, fast / plateau.
Total extent of disease 45 mm (index lesion plus satellites).
No skin thickening or nipple retraction. No pectoralis involvement.
Right axilla: one level I node, 14 mm, with cortical thickening to 5 mm.
Left breast: No suspicious mass or non-mass enhancement.

Conclusion:
1. Known right breast carcinoma with two satellite masses, total extent 45 mm. BI-RADS 6 right.
2. US-guided biopsy of satellite 2 is recommended, as it would change surgical management.
3. Abnormal right axillary node.
4. Left breast: BI-RADS 1.
For discussion at the breast MDM.
"""))

A(dict(id="mri17_04_spain_translated_problem_solving_no_correlate_intramammary_node_bi2", mods=[MRI], purpose="diagnostic",
       fgt="b", bpe="minimal/symmetric", overall="2", bb="L2 R2", rec=["routine_screening"],
       f=["mass L a", "nme L a", "ln R p q=uo z=5", "ln B a"],
       text="""
RESONANCIA MAGNÉTICA DE MAMA / BREAST MRI (translated from the Spanish report)

Clinical data: 52 years. Screening mammography 10/2026 with an equivocal finding in the upper outer quadrant of the left breast, not resolved with additional views; ultrasound negative. MRI for problem solving.
Technique: 1.5T, dynamic study with gadolinium, subtraction, T2 and diffusion.

Findings:
Fibroglandular tissue: ACR b.
BPE: minimal, symmetric.
In the upper outer quadrant of the left breast, at the location of the mammographic finding, there is no mass or non-mass enhancement; normal fibroglandular tissue.
Right breast: intramammary lymph node of 5 mm in the upper outer quadrant, with fatty hilum, benign.
No axillary lymphadenopathy.

Conclusion:
No MRI correlate for the mammographic finding of the left breast: normal tissue.
Benign right intramammary lymph node.
BI-RADS 2 bilateral. Return to routine screening.
"""))

A(dict(id="mri17_05_chile_lobular_extent_segmental_nme_nipple_retraction_focus_6", mods=[MRI], purpose="diagnostic",
       fgt="c", bpe="mild/symmetric", overall="6", bb="L6 R2", rec=["other"],
       f=["nme L p nd=segmental ie=heterogeneous ki=fast kd=plateau q=uo z=62",
          "skin L p",
          "focus R p kd=persistent @12:00 z=3",
          "mass R a", "ln B a"],
       text="""
RESONANCIA MAGNÉTICA MAMARIA BILATERAL CON CONTRASTE (translation)
Clinical: 63 years. Invasive lobular carcinoma of the left breast, upper outer quadrant, diagnosed by core biopsy. Extension study.

Findings:
Fibroglandular tissue: ACR c. Background enhancement: mild, symmetric.
LEFT BREAST: In the upper outer quadrant there is segmental non-mass enhancement with heterogeneous internal enhancement, extending 62 mm toward the nipple, with fast initial enhancement and plateau curve. Associated nipple retraction.
RIGHT BREAST: 3 mm enhancing focus at 12 hrs, persistent curve, of no pathological significance. No masses.
AXILLARY REGIONS: No adenopathies.

Conclusion:
Extensive segmental NME in the left breast consistent with the known lobular carcinoma, extent 62 mm. BI-RADS 6 left.
Right breast: BI-RADS 2.
Presentation at the oncology committee is suggested.
"""))

A(dict(id="mri17_06_colombia_brca2_screening_stable_fa_septations_new_focal_nme_bi3", mods=[MRI], purpose="screening",
       fgt="d", bpe="moderate/symmetric", overall="3", bb="R2 L3", rec=["short_interval_followup"],
       f=["mass R p s sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @8:00 z=11",
          "nme L p nd=focal ie=heterogeneous ki=medium kd=persistent q=li z=10",
          "ln B a"],
       text="""
RESONANCIA MAGNÉTICA DE MAMAS - Tamizaje de alto riesgo (translated)
Indication: 38 years, BRCA2 carrier, annual screening. Prior MRI 10/2025.
Technique: 3T full protocol (T2, DWI, dynamic T1 with subtraction).

FINDINGS:
Fibroglandular tissue: extreme (d).
Background parenchymal enhancement: moderate, symmetric.
Right breast: oval mass with circumscribed margins and non-enhancing dark internal septations at 8 o'clock, 11 mm, hyperintense on T2, persistent kinetics; unchanged since 10/2025, compatible with fibroadenoma.
Left breast: focal non-mass enhancement in the lower inner quadrant, 10 mm, with heterogeneous internal enhancement, medium initial phase and persistent delayed phase, new compared to 10/2025.
No suspicious lymph nodes.

IMPRESSION:
- Right breast: stable fibroadenoma. BI-RADS 2.
- Left breast: new focal NME, probably benign (likely hormonal). BI-RADS 3. Control MRI in 6 months.
"""))

A(dict(id="mri17_07_iran_problem_solving_after_dbt_spiculated_mass_cysts_4b", mods=[MRI], purpose="diagnostic",
       fgt="b", bpe="mild/symmetric", overall="4B", bb="R4B L2", rec=["biopsy"],
       f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=plateau @10:00 dp=posterior z=9",
          "mass L p s", "ln B a"],
       text="""
Breast MRI with and without contrast - Tehran
Indication: 55 y/o, questionable architectural distortion in the right UOQ on tomosynthesis, not seen on ultrasound. Problem solving.
Comparison: breast MRI 2024.

Findings:
FGT: scattered (b). BPE: mild, symmetric.
Rt breast: At the site of the tomosynthesis finding (10 o'clock, posterior third) there is a 9 mm irregular mass with spiculated margin, heterogeneous enhancement, fast initial and plateau kinetics.
Lt breast: Few simple cysts, the largest 8 mm, unchanged compared with the MRI of 2024.
No axillary lymphadenopathy.

Impression:
Rt 10 o'clock spiculated enhancing mass at the site of the tomosynthesis finding: BIRADS 4B. MRI-guided biopsy or second-look US-guided biopsy is recommended.
Lt benign cysts: BIRADS 2.
"""))

A(dict(id="mri17_08_pakistan_staging_left_uiq_satellite_skin_thickening_nodes_6", mods=[MRI], purpose="diagnostic",
       fgt="b", bpe="minimal/-", overall="6", bb="L6 R1", rec=["other"],
       f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout q=ui z=30",
          "mass L p ie=rim z=8",
          "skin L p", "ln L p", "mass R a", "nme R a"],
       text="""
MRI BOTH BREASTS (PRE AND POST CONTRAST)
Clinical Information: 45 years female, biopsy proven IDC left breast. For local staging.

FINDINGS:
Amount of fibroglandular tissue: ACR category b. Background parenchymal enhancement: minimal.
Left breast: An irregular enhancing mass with spiculated margins is seen in the upper inner quadrant measuring 3.0 x 2.6 cm, showing heterogenous enhancement with rapid initial enhancement and a type III (washout) kinetic curve. An 8 mm satellite mass is seen 1.5 cm lateral to it, showing rim enhancement. Diffuse skin thickening of the left breast is noted. The pectoralis muscle is spared.
Left axilla: Multiple enlarged lymph nodes with loss of fatty hila, largest 2.1 cm.
Right breast: No enhancing mass or non mass enhancement.

IMPRESSION:
Known carcinoma left breast UIQ with a satellite lesion and skin thickening, with left axillary lymphadenopathy. BIRADS 6 (left).
Right breast: BIRADS 1.
To be discussed in the multidisciplinary tumour board.

Consultant Radiologist, Karachi
"""))

A(dict(id="mri17_09_taiwan_high_risk_screening_bilateral_foci_right_oval_mass_bi3", mods=[MRI], purpose="screening",
       fgt="b", bpe="mild/symmetric", overall="3", bb="R3 L2 R2", rec=["short_interval_followup"],
       f=["focus B p",
          "mass R p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @2:00 dp=middle z=7",
          "ln B a"],
       text="""
Breast MRI (dynamic contrast-enhanced) - Taipei
Indication: 42-year-old, strong family history (mother and sister), lifetime risk > 20%. Screening MRI.

Findings:
1. Amount of FGT: scattered fibroglandular tissue (b).
2. BPE: mild and symmetric.
3. Multiple tiny enhancing foci (< 5 mm) scattered in both breasts, without suspicious features.
4. Right breast 2 o'clock, middle depth: 7 mm oval mass, circumscribed margin, homogeneous enhancement, T2 hyperintense, medium initial rise with persistent delayed enhancement. Probably fibroadenoma.
5. No suspicious axillary lymph node.

Impression:
1. Right 2 o'clock 7 mm oval mass, probably benign. BI-RADS 3. Suggest follow-up MRI in 6 months.
2. Bilateral benign foci. BI-RADS 2.
"""))

A(dict(id="mri17_10_canada_problem_solving_dbt_asymmetry_no_correlate_right_focus_washout_4a", mods=[MRI], purpose="diagnostic",
       fgt="c", bpe="minimal/symmetric", overall="4A", bb="L1 R4A", rec=["biopsy"],
       f=["mass L a", "nme L a",
          "focus R p ki=fast kd=washout @6:00 dp=anterior z=5",
          "ln B a"],
       text="""
MRI BREASTS BILATERAL - PROBLEM SOLVING
History: 61F. Screening DBT 10/2026: possible left upper outer asymmetry seen on the CC view only; diagnostic work-up with spot compression and US inconclusive. MRI requested for problem solving.
Comparison: none.
Technique: 3T, bilateral axial pre- and dynamic post-contrast T1 fat-sat, T2, DWI.

Findings:
FGT: heterogeneous (c). BPE: minimal, symmetric.
Left breast: No enhancing mass or non-mass enhancement in the upper outer quadrant or elsewhere in the left breast.
Right breast: 5 mm enhancing focus at 6 o'clock, anterior depth, with fast initial uptake and washout. Not bright on T2.
Axillae: no adenopathy.

Impression:
1. No MRI correlate for the mammographic left UOQ finding. Left: BI-RADS 1.
2. Right 6 o'clock 5 mm enhancing focus with washout kinetics. Right: BI-RADS 4A. MRI-guided biopsy recommended.
"""))
