"""Contrast-enhanced mammography reports of modalities_17 (text + compact gold)."""
CEM = "contrast_enhanced_mammography"
ITEMS = []
A = ITEMS.append

A(dict(id="cem17_01_norway_dense_breast_supplemental_screening_cem_negative_bi1", mods=[CEM], purpose="screening",
       density="d", bpe="minimal/symmetric", overall="1", bb="", rec=["routine_screening"],
       f=["mass B a", "calc B a", "ad B a", "nme B a"],
       text="""
KONTRASTMAMMOGRAFI (CEM) - supplemental screening, dense breasts
Date: 03.12.2026

Indication: 51-year-old woman with extremely dense breasts at programme screening, enrolled in supplemental CEM screening.
Technique: Bilateral CC and MLO low-energy and recombined images after iohexol 350 mgI/ml, 1.5 ml/kg.

Low-energy images: Breast composition ACR d (extremely dense). No suspicious masses, calcifications or architectural distortion.
Recombined images: BPE minimal, symmetric. No enhancing mass or non-mass enhancement.

Conclusion:
Negative CEM. BI-RADS 1.
Return to programme screening in 2 years.
"""))

A(dict(id="cem17_02_denmark_problem_solving_le_amorphous_calcs_no_enhancement_4a", mods=[CEM], purpose="diagnostic",
       density="c", bpe="mild/symmetric", overall="4A", bb="L4A R2", rec=["biopsy"],
       f=["calc L p m=amorphous d=grouped q=uo z=9",
          "calc R p s d=diffuse",
          "mass B a", "nme B a"],
       text="""
Kontrastforstærket mammografi (CEM), diagnostic
Indication: 59-year-old recalled from screening for new calcifications in the left breast.
Technique: Bilateral CEM, CC and MLO, iodinated contrast i.v.

Low-energy: Breast composition: heterogeneously dense (c). Left breast, upper outer quadrant: a new 9 mm group of amorphous calcifications. Right breast: scattered benign-appearing calcifications, unchanged.
Recombined: BPE mild, symmetric. No enhancement associated with the left calcifications. No enhancing mass or NME in either breast.

Conclusion:
Left: grouped amorphous calcifications without enhancement, BI-RADS 4A. Stereotactic vacuum-assisted biopsy is recommended.
Right: benign calcifications, BI-RADS 2.
"""))

A(dict(id="cem17_03_ireland_dense_screening_cem_le_occult_right_enhancing_mass_4a", mods=[CEM], purpose="screening",
       density="c", bpe="mild/symmetric", overall="4A", bb="R4A L1", rec=["additional_imaging", "biopsy"],
       f=["mass R p sh=oval mg=circumscribed ie=homogeneous q=li dp=posterior z=8",
          "calc B a", "ad B a"],
       text="""
CONTRAST-ENHANCED MAMMOGRAPHY - SUPPLEMENTAL SCREENING (DENSE BREASTS)

Clinical: 47F, heterogeneously dense breasts, asymptomatic, previous mammograms normal.

Findings:
LE: Breast density: heterogeneously dense (ACR c). No suspicious calcifications or distortion on the low-energy images.
RC: Background parenchymal enhancement is mild and symmetric. Right breast, lower inner quadrant, posterior depth: 8 mm oval enhancing mass with circumscribed margins and homogeneous enhancement; no low-energy correlate. Left breast: no abnormal enhancement.

Impression:
Right LIQ 8 mm enhancing mass, occult on the low-energy images. BI-RADS 4A right. BI-RADS 1 left.
Recommend targeted ultrasound and biopsy (US- or CEM-guided).
"""))

A(dict(id="cem17_04_spain_translated_segmental_pleomorphic_calcs_clumped_nme_node_4c", mods=[CEM], purpose="diagnostic",
       density="b", bpe="mild/symmetric", overall="4C", bb="L4C R2", rec=["biopsy"],
       f=["calc L p m=fine_pleomorphic d=segmental q=uo z=45",
          "nme L p nd=segmental ie=clumped z=52",
          "ln R p s q=at z=6"],
       text="""
MAMOGRAFÍA CON CONTRASTE (CEM) - translated from the Spanish report
Clinical: 54 years. Suspicious calcifications in the left breast on screening mammography (ref. BI-RADS 0).
Technique: dual-energy CEM, CC and MLO of both breasts, iodinated contrast.

Low-energy images: Breast composition: B (scattered fibroglandular densities). Left breast, upper outer quadrant: fine pleomorphic calcifications with segmental distribution, extending over 45 mm. Right breast: 6 mm intramammary lymph node in the axillary tail, unchanged.
Recombined images: Mild, symmetric background enhancement. In the left breast, corresponding to the calcifications, segmental non-mass enhancement with clumped internal pattern, 52 mm. The right breast shows no enhancement.

Conclusion:
Left breast: segmental fine pleomorphic calcifications with associated segmental clumped non-mass enhancement, highly suspicious for DCIS. BI-RADS 4C. Stereotactic vacuum-assisted biopsy recommended.
Right breast: BI-RADS 2 (intramammary node).
"""))

A(dict(id="cem17_05_egypt_cesm_fine_linear_branching_calcs_no_enhancement_rim_calcs_4b", mods=[CEM], purpose="diagnostic",
       density="c", bpe="moderate/symmetric", overall="4B", bb="R4B L2", rec=["biopsy"],
       f=["calc R p m=fine_linear d=linear q=uo z=18",
          "calc L p m=rim d=diffuse",
          "mass B a", "nme B a"],
       text="""
Contrast Enhanced Spectral Mammography (CESM) report - Cairo
Clinical: 49 years. Outside screening mammogram: suspicious right breast calcifications. CESM for problem solving.

Low energy images:
ACR category C.
Right breast: fine linear branching calcifications in a linear distribution in the UOQ, extending 18 mm.
Left breast: scattered rim (eggshell) calcifications, benign.

Recombined images:
BPE: moderate, symmetrical.
No abnormal enhancement related to the right calcifications. No enhancing masses or non-mass enhancement in both breasts.

Impression:
Right UOQ fine linear branching calcifications without enhancement; lack of enhancement does not exclude DCIS. BI-RADS 4B right. Stereotactic biopsy is advised.
Left benign calcifications: BI-RADS 2.
"""))

A(dict(id="cem17_06_uae_dense_screening_cem_left_irregular_right_oval_4b", mods=[CEM], purpose="screening",
       density="d", bpe="mild/symmetric", overall="4B", bb="L4B R3", rec=["biopsy", "short_interval_followup"],
       f=["mass L p sh=irregular mg=indistinct md=equal ie=heterogeneous @2:00 z=11",
          "mass R p sh=oval mg=circumscribed ie=homogeneous @10:00 z=6",
          "calc B a"],
       text="""
CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - SCREENING, DENSE BREASTS - Dubai
Clinical: 45 years, extremely dense breasts on prior mammography, sister diagnosed at 44. Supplemental screening with CEM.

Breast composition (low-energy): The breasts are extremely dense (ACR d).
Low-energy: An 11 mm equal-density mass with indistinct margins in the left breast at 2 o'clock. No suspicious calcifications.
Recombined: BPE: mild, symmetric.
- Left 2 o'clock: the mass enhances, irregular in shape, 11 mm, with heterogeneous enhancement.
- Right 10 o'clock: 6 mm oval, circumscribed mass with homogeneous enhancement, no low-energy correlate.

Impression:
1. Left 2 o'clock irregular enhancing mass - BI-RADS 4B. US-guided biopsy recommended.
2. Right 10 o'clock small oval enhancing mass - BI-RADS 3; 6-month follow-up CEM.
"""))

A(dict(id="cem17_07_singapore_problem_solving_le_punctate_grouped_calcs_bi3", mods=[CEM], purpose="diagnostic",
       density="b", bpe="minimal/symmetric", overall="3", bb="R3 L1", rec=["short_interval_followup"],
       f=["calc R p m=punctate d=grouped q=ui z=6", "calc L a"],
       text="""
CONTRAST-ENHANCED MAMMOGRAPHY - Department of Diagnostic Radiology
Clinical: 52-year-old Chinese lady recalled from BreastScreen Singapore for right breast calcifications. CEM for problem solving.

LE: Breast density: scattered areas of fibroglandular density (B). Right breast upper inner quadrant: a 6 mm cluster of punctate calcifications, new compared with 2024. Left breast: no suspicious calcifications.
RC: BPE minimal, symmetric. No enhancement at the site of the right calcifications. No abnormal enhancement in either breast.

Impression:
Right UIQ cluster of punctate calcifications without enhancement, probably benign. BI-RADS 3. Short-interval follow-up diagnostic mammogram in 6 months.
Left: BI-RADS 1.
"""))

A(dict(id="cem17_08_canada_cem_staging_mri_contraindicated_satellite_washout_6", mods=[CEM], purpose="diagnostic",
       density="c", bpe="mild/symmetric", overall="6", bb="L6 R1", rec=["surgical_consultation"],
       f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @12:00 z=26",
          "mass L p sh=oval ie=homogeneous z=7",
          "skin L p", "mass R a", "nme R a"],
       text="""
CONTRAST-ENHANCED MAMMOGRAPHY - BILATERAL - LOCAL STAGING
History: 66F, new left breast invasive carcinoma at 12 o'clock (outside US-guided biopsy 11/2026). MRI contraindicated (pacemaker). CEM for extent of disease.
Technique: Bilateral CC/MLO low-energy and recombined images, delayed L CC at 8 min.

Low-energy: Heterogeneously dense (C). Left 12 o'clock: irregular high-density mass with spiculated margins, 24 mm, containing the biopsy clip. Focal skin thickening over the mass.
Recombined: BPE mild, symmetric. Left: the mass enhances heterogeneously, 26 mm, with washout on the delayed CC. A separate 7 mm oval mass with homogeneous enhancement lies 2 cm inferior to the index mass (satellite). Right: No enhancing mass or non-mass enhancement.

Impression:
Left: known malignancy, 26 mm, with a 7 mm satellite mass 2 cm inferior. BI-RADS 6.
Right: BI-RADS 1.
Referral back to the breast surgeon with these results.
"""))
