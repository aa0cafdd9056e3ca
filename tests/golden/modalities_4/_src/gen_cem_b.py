"""CEM reports cem4_05 - cem4_07 (texts + compact gold)."""

R = []

R.append(dict(id="cem4_05_uae_v2025_findings_numbered_obscured_amorphous", text="""
AL NOOR SPECIALTY HOSPITAL - DUBAI
Department of Radiology, Women's Imaging

CONTRAST-ENHANCED MAMMOGRAPHY (CEM) - BILATERAL DIAGNOSTIC
Lexicon: ACR BI-RADS v2025 (CEM)

Clinical indication: 45-year-old woman with a palpable lump in the right breast, upper outer aspect.
Comparison: None available.
Technique: Bilateral CC and MLO dual-energy acquisitions after IV iohexol 350 (1.5 mL/kg).
Low-energy and recombined images reviewed.

BREAST COMPOSITION
c. The breasts are heterogeneously dense, which may obscure small masses.

BACKGROUND PARENCHYMAL ENHANCEMENT
Level: mild. Symmetry: symmetric.

FINDINGS
Right breast
Finding 1: mass at 10:00, 6 cm from the nipple, corresponding to the palpable lump.
  Low-energy: round, indistinct margins, high density, 14 mm.
  Recombined: heterogeneous internal enhancement, lesion conspicuity high, 16 mm.
Finding 2: mass at 8:00, 3 cm from the nipple.
  Low-energy: oval, obscured margin, low density, 7 mm.
  Recombined: no enhancement.

Left breast
Finding 3: calcifications, upper outer quadrant, posterior depth.
  Low-energy: amorphous calcifications in a grouped distribution spanning 6 mm.
  Recombined: no associated enhancement.
No enhancing mass or non-mass enhancement in the left breast.

Axillae: normal.

ASSESSMENT
Finding 1: BI-RADS 4C - High suspicion for malignancy.
Finding 2: BI-RADS 2 - Benign, likely a cyst.
Finding 3: BI-RADS 4A - Low suspicion for malignancy.
Right breast: BI-RADS 4C. Left breast: BI-RADS 4A.

RECOMMENDATION
Ultrasound-guided core biopsy of right Finding 1; targeted ultrasound at the same visit to confirm
that Finding 2 is a cyst. Stereotactic vacuum-assisted biopsy of left Finding 3.

Reported by: Dr. R. Haddad, Consultant Radiologist (Breast Imaging)
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", fgt=None,
    bpe="mild/symmetric", overall="4C", bb="R4C L4A",
    f=["mass R p sh=round mg=indistinct md=high ie=heterogeneous @10:00 z=16",
       "mass R p sh=oval mg=obscured md=low @8:00 z=7",
       "calc L p m=amorphous d=grouped q=upper_outer dp=posterior z=6",
       "mass L a",
       "nm L a"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(id="cem4_06_uk_nhs_cem_symptomatic_m5_typos", text="""
Severn Vale NHS Trust - Breast Assessment Service

CONTRAST ENHANCED MAMMOGRAPHY (CEM) BILATERAL                 Date: 20/02/2026

Clinical: 44F. Lt breast lump 2 o'c, P3. FHx (mother Ca breast in her 50s).

Technique: Standard CEM protocol, CC + MLO both breasts. LE and recombined images. IV iodinated
contrast, no reaction.

Findings:
Breast density: extremely dense (ACR d).
LE: Lt 2 o'clock, 5cm FN: 12mm irregular mass with spiculated margins. Small normal intramammary
lymph node Lt UOQ. Rt: stable benign calcifcation, no suspicious features.
Recombined: BPE marked, symmetrical. The Lt 2 o'clock mass enhances intensly and heterogenously,
14mm on the recombined images. No other enhancing lesion in either breast. No abnormal axillary
nodes.

Conclusion:
Lt 2 o'clock 14mm enhancing spiculated mass. M5 / BI-RADS 5.
Rt breast benign. M2 / BI-RADS 2.

Plan: US Lt breast and axilla and US-guided core biopsy in clinic today. Results to MDT.

Dr H. Wallace, Consultant Radiologist
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="d", fgt=None,
    bpe="marked/symmetric", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous @2:00 z=14",
       "ln L p q=upper_outer",
       "calc R p s",
       "ln B a"],
    rec=["additional_imaging", "biopsy", "other"]))

R.append(dict(id="cem4_07_turkey_cesm_fixed_width_lesion_table_typo", text="""
UNIVERSITY HOSPITAL, IZMIR - DEPARTMENT OF RADIOLOGY (BREAST UNIT)
KONTRASTLI SPEKTRAL MAMOGRAFİ / CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM)

Klinik bilgi / Clinical information: 49 y. Outside screening mammogram showed a right breast
distortion. MRI contraindicated (claustrophobia).
Technique: bilateral CC and MLO low-energy and recombined images after IV iohexol 350.

Meme kompozisyonu / Breast composition: ACR C.
BPE: moderate, asymmetric (R > L).

Lesion table:
No  Side   Location         LE (low-energy)                      RC (recombined)            Size   BI-RADS
1   Right  11:00, 4 cm FN   archtectural distortion              focal NME, clumped         15 mm  4B
2   Right  9:00, 6 cm FN    oval mass, microlobulated, isodense  homogeneous enhancement    9 mm   4A
3   Left   UOQ              grouped round and punctate calcs,    no enhancement             5 mm   2
                            stable since 2023

Other:
- Right 12:00: possible faint focal NME, 5 mm, equivocal; to be evaluated at second-look US.
- No pathological axillary lymph nodes on either side.

Sonuç / Conclusion: Right breast BI-RADS 4B. Left breast BI-RADS 2.
Öneri / Recommendation: Second-look ultrasound and US-guided biopsy of right lesions 1 and 2;
CEM-guided biopsy if there is no ultrasound correlate.

Uzm. Dr. A. Yilmaz
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", fgt=None,
    bpe="moderate/asymmetric", overall="4B", bb="R4B L2",
    f=["ad R p @11:00",
       "nm R p ie=clumped nd=focal @11:00 z=15",
       "mass R p sh=oval mg=microlobulated md=equal ie=homogeneous @9:00 z=9",
       "calc L p s m=punctate,round d=grouped q=upper_outer z=5",
       "nm R q nd=focal @12:00 z=5",
       "ln B a"],
    rec=["additional_imaging", "biopsy"]))
