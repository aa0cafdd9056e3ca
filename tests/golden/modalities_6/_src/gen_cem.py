CEM = []

CEM.append(dict(id="cem6_01_us_community_recall_asymmetry_no_enhancement_bi3", mods=["contrast_enhanced_mammography"],
    purpose="diagnostic", density="c", bpe="mild/symmetric", overall="3", bb="R3 L2", rec=["short_interval_followup"], f=[
    "asymmetry R p @10:00 dp=middle",
    "calcification R a",
    "architectural_distortion R a",
    "calcification B p m=vascular d=diffuse",
    "mass B a",
    "non_mass B a",
], text="""
    RIVERBEND MEDICAL IMAGING
    EXAM: DIAGNOSTIC CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL

    HISTORY: 54-year-old recalled from screening mammography for a possible right breast asymmetry seen on the CC view only.
    COMPARISON: Screening mammograms 12/2025, 11/2023, 10/2021.
    TECHNIQUE: Bilateral CC and MLO dual-energy images obtained beginning 2 minutes after IV injection of 1.5 mL/kg iohexol 350. Low-energy and recombined images were reviewed. No contrast reaction.

    FINDINGS:
    Low-energy images: The breasts are heterogeneously dense, which may obscure small masses. The right breast focal asymmetry at 10:00, middle depth, persists on both views, without associated calcifications or architectural distortion. Scattered benign vascular calcifications are present bilaterally.

    Recombined images: Mild symmetric background parenchymal enhancement. No enhancement in the region of the right breast asymmetry. No enhancing mass or non-mass enhancement in either breast.

    IMPRESSION:
    Persistent right breast focal asymmetry without enhancement, probably benign.
    Right breast: BI-RADS 3 - Probably benign. Left breast: BI-RADS 2 - Benign.

    RECOMMENDATION: Right diagnostic mammogram in 6 months.

    Signed: Laura Benson, MD
"""))

CEM.append(dict(id="cem6_02_uk_nhsbsp_assessment_cesm_ill_defined_mass_calcs_m4", mods=["contrast_enhanced_mammography"],
    purpose="diagnostic", density="b", bpe="minimal/-", overall="4B", bb="L4B", rec=["biopsy", "other"], f=[
    "mass L p mg=indistinct md=equal ie=heterogeneous q=uo z=13",
    "calcification L p m=fine_pleomorphic d=grouped z=6",
    "lymph_node L a",
], text="""
    NHS Breast Screening Programme - Screening Assessment Clinic
    Procedure: Bilateral CESM (contrast-enhanced spectral mammography)
    Reason: Recalled - Lt UOQ ill-defined mass with ?associated calcs on screening films (Round 3).

    LE images: Breast density BI-RADS B. Lt UOQ ill-defined equal density mass 11mm, with grouped fine pleomorphic microcalcs extending over 6mm at its anterior edge. No abnormal Lt axillary nodes.
    Rt: normal.
    Recombined: Background enhancement minimal. The Lt UOQ mass enhances heterogeneously, 13mm on recombined images. No other enhancing lesion either breast.

    Conclusion:
    Lt UOQ mass with calcs - M4. BI-RADS 4B.
    Rt: M1.

    Plan: Proceed to US-guided core biopsy today (+ stereo VAB of the calcs if not included). Results at MDM next week.
    Dr H. Pennington, Consultant Radiologist
"""))

CEM.append(dict(id="cem6_03_au_private_cem_staging_v2025_segmental_nme_oil_cyst", mods=["contrast_enhanced_mammography"],
    purpose="diagnostic", density="c", bpe="minimal/symmetric", overall="4B", bb="R4B L2", rec=["biopsy", "other"], f=[
    "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @11:00 z=23",
    "non_mass R p ie=clumped nd=segmental z=35",
    "mass L p sh=oval md=fat_containing @4:00 z=8",
    "calcification L p m=rim",
    "lymph_node B a",
], text="""
    North Shore Women's Imaging
    CONTRAST ENHANCED MAMMOGRAPHY (CEM) - STAGING

    Clinical history: 49F. Right breast 11 o'clock IDC on core biopsy last week (outside). MRI contraindicated (cochlear implant).

    BREAST COMPOSITION: The breasts are heterogeneously dense (c).

    LOW-ENERGY IMAGES:
    Right 11 o'clock: irregular, high-density mass with spiculated margins, 19mm, containing the biopsy marker.
    Left 4 o'clock: 8mm oval fat-containing mass with rim calcification, an oil cyst.

    RECOMBINED IMAGES:
    BACKGROUND PARENCHYMAL ENHANCEMENT: Minimal. Symmetric.
    Right: the index cancer shows heterogeneous enhancement measuring 23mm, with washout on the late images. Lesion conspicuity: high. Clumped non-mass enhancement extends anteriorly from the mass in a segmental distribution over 35mm.
    Left: no suspicious enhancement.

    Axillae: no adenopathy.

    CONCLUSION:
    1. Right 11 o'clock carcinoma, 23mm on CEM. Right: BI-RADS 6.
    2. Additional segmental clumped NME anterior to the mass, 35mm total extent. Right: BI-RADS 4B.
    3. Left benign oil cyst. Left: BI-RADS 2.

    Recommend biopsy of the anterior NME (stereotactic or contrast-guided) before surgical planning; for breast MDT.

    Dr C. Whitlam FRANZCR
"""))

CEM.append(dict(id="cem6_04_india_cem_v2025_fibroadenoma_low_density_cyst_typos", mods=["contrast_enhanced_mammography"],
    purpose="diagnostic", density="b", bpe="mild/symmetric", overall="3", bb="L3 R2", rec=["short_interval_followup"], f=[
    "mass L p sh=oval mg=circumscribed md=equal ie=homogeneous @3:00 z=14",
    "mass R p sh=oval mg=circumscribed md=low @9:00 z=10",
    "calcification B a",
], text="""
    ARYAN DIAGNOSTICS - DEPARTMENT OF BREAST IMAGING, HYDERABAD
    CONTRAST ENHANCED MAMMOGRAPHY (CEM) BOTH BREASTS

    Indication: Lump in left breast, 1 month. 41 yrs.

    BREAST COMPOSITION: Scattered areas of fibroglandular density (b).

    LOW ENERGY:
    - Left breast 3 o'clock: oval, circumcsribed, equal density mass measuring 14 x 11 mm.
    - Right breast 9 o'clock: oval circumscribed low density mass measuring 10 mm.
    - No suspicious microcalcifications in either breast.

    RECOMBINED:
    - BACKGROUND ENHANCEMENT: Mild, symmetric.
    - Left breast mass shows mild homogenous enhancment. Lesion conspicuity: low.
    - Right breast mass does not enhance.

    IMPRESSION:
    - Left breast 3 o'clock enhancing circumscribed mass - likely fibroadenoma. LEFT BREAST: BIRADS 3.
    - Right breast non enhancing low density mass - likely cyst. RIGHT BREAST: BIRADS 2.

    ADVICE: Follow up after 6 months.

    Dr. Swathi Menon, MD, DNB
"""))

CEM.append(dict(id="cem6_05_hongkong_cem_bloody_discharge_linear_nme_typos", mods=["contrast_enhanced_mammography"],
    purpose="diagnostic", density="c", bpe="mild/symmetric", overall="4B", bb="R4B L1", rec=["biopsy"], f=[
    "non_mass R p ie=clumped nd=linear z=28",
    "mass B a",
    "architectural_distortion B a",
    "calcification B a",
], text="""
    HONG KONG SANATORIUM - BREAST IMAGING
    Contrast-enhanced mammography (CEM), bilateral

    Clinical: Right bloody nipple discharge, single duct. Cytology: atypical cells.

    Low energy: Heterogeneously dense breasts (ACR c). No mass, architectural distorsion or suspicious calcifcation in either breast.
    Recombined: Mild symmetrical background enhancement. In the right retroareolar region there is linear non-mass enhacement with a clumped pattern, extending 28 mm posteriorly from the nipple along the course of a single duct. No abnormal enhancement in the left breast.

    Impression:
    Right retroareolar linear clumped NME, corresponding to the discharging duct; intraductal papilloma or DCIS. Right breast: BI-RADS 4B.
    Left breast: BI-RADS 1.

    Recommend contrast-guided (or MRI-guided) vacuum-assisted biopsy.

    Dr. Wong Siu Fan
"""))

CEM.append(dict(id="cem6_06_gulf_cem_targeted_us_round_rim_washout_4c", mods=["contrast_enhanced_mammography", "ultrasound"],
    purpose="diagnostic", density="c", bpe="moderate/symmetric", overall="4C", bb="L4C R2", rec=["biopsy"], f=[
    "mass L p sh=round mg=obscured md=high or=not_parallel ep=hypoechoic pf=enhancement va=internal ie=rim kd=washout @2:00 z=17",
    "lymph_node L p z=18",
    "mass R p ep=anechoic @10:00 z=9",
], text="""
    AL-SABAH HOSPITAL - BREAST UNIT
    CONTRAST-ENHANCED MAMMOGRAPHY AND TARGETED BREAST ULTRASOUND

    Indication: 45 y, left breast lump 6 weeks, hard.

    CEM - LOW ENERGY: Heterogeneously dense breasts (c). Left breast 2 o'clock: round, high-density mass with obscured margins, 15 mm.
    CEM - RECOMBINED: Moderate symmetrical background enhancement. The left 2 o'clock mass shows rim enhancement, 16 mm, with washout on the late image. Right breast: no enhancing lesion.

    TARGETED ULTRASOUND:
    Left 2 o'clock, 4 cm FN: round hypoechoic mass, 17 mm, not parallel, with posterior acoustic enhancement and internal vascularity.
    Left axilla: lymph node measuring 18 mm with cortical thickening of 5 mm.
    Right 10 o'clock: 9 mm anechoic simple cyst, non-enhancing on CEM.

    IMPRESSION:
    - Left breast 2 o'clock mass, suspicious (? triple-negative pattern) with abnormal left axillary node. Left: BI-RADS 4C.
    - Right breast simple cyst. Right: BI-RADS 2.

    RECOMMENDATION: US-guided core biopsy of the left breast mass and FNA of the left axillary node.

    Dr. Nadia Al-Kandari, Consultant Radiologist
"""))

CEM.append(dict(id="cem6_07_email_forwarded_screening_cem_v2025_stable_mass", mods=["contrast_enhanced_mammography"],
    purpose="screening", density="d", bpe="moderate/asymmetric", overall="2", bb="", rec=["routine_screening"], f=[
    "mass L p s sh=oval mg=circumscribed md=equal @3:00 z=8",
    "mass B a",
    "calcification B a",
    "architectural_distortion B a",
], text="""
    From: results@westparkimaging.example
    Sent: Monday, 9 March 2026 08:41
    To: patient
    Subject: FW: Your imaging report - CEM screening

    Dear patient, please find your report below. Contact your doctor with any questions.

    > ---------- Forwarded report ----------
    > EXAM: SCREENING CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL
    > INDICATION: Supplemental screening, extremely dense breasts, intermediate
    > risk. Annual CEM.
    > COMPARISON: CEM 03/2025, 02/2024.
    >
    > BREAST COMPOSITION: d. The breasts are extremely dense, which lowers the
    > sensitivity of mammography.
    >
    > LOW-ENERGY IMAGES: The oval circumscribed equal-density mass in the left
    > breast at 3:00, 8 mm, is unchanged since 02/2024. No new mass, suspicious
    > calcifications or architectural distortion.
    >
    > RECOMBINED IMAGES: Background parenchymal enhancement: moderate,
    > asymmetric (left greater than right), similar to prior. The left 3:00
    > mass does not enhance. No enhancing lesion.
    >
    > IMPRESSION: BI-RADS 2 - Benign. Stable left breast mass.
    > RECOMMENDATION: Annual CEM.
    > Read by: T. Abernathy, MD
"""))
