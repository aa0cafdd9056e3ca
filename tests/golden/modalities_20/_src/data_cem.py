"""Contrast-enhanced mammography reports of modalities_20: text + compact gold (see common.py)."""
ITEMS = []
def add(**kw):
    ITEMS.append(kw)
CEM = ["contrast_enhanced_mammography"]

add(id="cem20_01_usa_dictated_slips_classifications_left_spiculated_enhancing_mass_5",
    mods=CEM, purpose="diagnostic", density="c", bpe="mild/-", overall="5", bb="L5 R1",
    f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous @10:00 z=20",
       "calc L p m=fine_pleomorphic d=segmental",
       "mass R a", "calc R a"],
    rec=["biopsy"],
    text="""
CONTRAST ENHANCED MAMMOGRAM BILATERAL DIAGNOSTIC

CLINICAL HISTORY: 61-year-old female with palpable left breast mass.
TECHNIQUE: Dual-energy CC and MLO views of both breasts after IV iodinated contrast (Omnipaque 350, 1.5 mL/kg). Low-energy and recombined images were reviewed.
COMPARISON: Screening mammogram 2023.

FINDINGS:
The breasts are heterogeneously dense, which may obscure small masses (C).
Recombined images: mild background parenchymal enhancement.
Left breast: At the site of the palpable lump at 10:00 there is a high density irregular mass with spiculated margins measuring 2.0 cm, which shows heterogeneous enhancement on the recombined images. There are fine pleomorphic classifications in a segmental distribution extending anterior from the mass toward the nipple.
Right breast: No suspicious mass or classifications in the right breast. No abnormal enhancement.

IMPRESSION:
Left breast 10:00 spiculated enhancing mass with segmental fine pleomorphic calcifications, highly suggestive of malignancy. BI-RADS 5.
Right breast: BI-RADS 1, negative.

RECOMMENDATION: Ultrasound guided biopsy of the left breast mass and stereotactic biopsy of the anterior calcifications.
""")

add(id="cem20_02_egypt_cesm_yes_no_template_right_irregular_enhancing_mass_node_popcorn_left_4c",
    mods=CEM, purpose="diagnostic", density="b", bpe="minimal/-", overall="4C", bb="R4C L2",
    f=["mass R p sh=irregular mg=indistinct md=high ie=heterogeneous q=uo z=25",
       "calc R a", "ad R a", "asym R a", "nme R a",
       "mass L a", "calc L p m=coarse d=diffuse", "ad L a", "asym L a",
       "ln R p", "ln L a", "skin B a"],
    rec=["biopsy"],
    text="""
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - STRUCTURED REPORT
Women's Imaging Unit, Ain Shams University Hospitals, Cairo

Indication: Right breast lump, 52 years.

LOW ENERGY IMAGES
Breast composition: ACR B
Right breast:
   Mass: Yes - UOQ, 25 mm, irregular shape, indistinct margin, high density
   Calcifications: No
   Architectural distortion: No
   Asymmetry: No
Left breast:
   Mass: No
   Calcifications: Yes - scattered coarse (popcorn) calcifications, benign
   Architectural distortion: No
   Asymmetry: No

RECOMBINED IMAGES
Background parenchymal enhancement: Minimal
Right breast:
   Enhancing mass: Yes - heterogeneous internal enhancement, corresponds to the low energy mass
   Non-mass enhancement: No
Left breast:
   Enhancing lesion: No

Axillary lymph nodes: Right: Yes - enlarged, dense, 18 mm.  Left: No
Skin thickening: No
Nipple retraction: No

CONCLUSION:
Right: BIRADS 4C
Left: BIRADS 2
Advice: US guided core biopsy of the right breast mass and axillary node.
""")

add(id="cem20_03_netherlands_recall_le_distortion_rc_focal_nme_dutch_headings_4b",
    mods=CEM, purpose="diagnostic", density="c", bpe="minimal/symmetric", overall="4B", bb="L4B R1",
    f=["ad L p @12:00",
       "nme L p nd=focal ie=heterogeneous z=11",
       "calc B a"],
    rec=["biopsy"],
    text="""
CONTRAST-ENHANCED MAMMOGRAFIE (CEM) BEIDERZIJDS
Afdeling Radiologie - Amphia Ziekenhuis, Breda

Klinische gegevens: recall from the population screening programme (BI-RADS 0, left breast, possible architectural distortion).
Techniek: CEM, CC and MLO both sides, iodinated contrast 1.5 ml/kg; low-energy (LE) and recombined (RC) images.

Verslag:
LE: heterogeneously dense breast tissue (ACR c). In the left breast at 12 o'clock, 5 cm behind the nipple, architectural distortion is confirmed. No suspicious calcifications on either side.
RC: background parenchymal enhancement (achtergrondaankleuring) minimaal - minimal, symmetrical. At the site of the distortion focal non-mass enhancement with heterogeneous internal pattern, 11 mm. Right breast: no enhancement, no abnormalities.

Conclusie:
Links: architectural distortion 12 o'clock with focal enhancement - BI-RADS 4B.
Rechts: BI-RADS 1.
Advies: tomosynthesis-guided vacuum-assisted biopsy left.
""")

add(id="cem20_04_israel_palpable_right_oval_enhancing_fa_bilateral_nonenhancing_cysts_node_bi3",
    mods=CEM, purpose="diagnostic", density="d", bpe="moderate/symmetric", overall="3", bb="R3 L2",
    f=["mass R p sh=oval mg=circumscribed md=equal ie=homogeneous @9:00 z=14",
       "mass B p mg=circumscribed",
       "ln L p q=uo"],
    rec=["short_interval_followup"],
    text="""
CONTRAST ENHANCED MAMMOGRAPHY - BILATERAL
Breast Health Center, Rabin Medical Center (Beilinson), Petah Tikva

Clinical: 38 y, palpable lump right breast 9 o'clock, no family history.
Technique: CEM, CC + MLO bilateral after iodinated contrast; LE and recombined images.

Low-energy images:
Extremely dense breasts (ACR d), lowering sensitivity.
Right breast, at the palpable site at 9 o'clock: oval circumscribed mass of equal density, 14 mm.
Bilateral multiple circumscribed masses, up to 10 mm, which do not enhance on the recombined images - consistent with cysts.
Intramammary lymph node in the left upper outer quadrant.

Recombined images:
Background parenchymal enhancement is moderate and symmetric.
The right 9 o'clock mass shows homogeneous enhancement. No other enhancing lesion.

Summary:
Right palpable mass - probable fibroadenoma. BI-RADS 3 right.
Bilateral cysts and intramammary node - benign. BI-RADS 2 left.
Follow-up CEM and US in 6 months.
""")

add(id="cem20_05_iran_cesm_staging_right_washout_late_views_satellite_skin_nodes_4b",
    mods=CEM, purpose="diagnostic", density="c", bpe="mild/-", overall="4B", bb="R4B L1",
    f=["mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout @10:00 z=30",
       "mass R p sh=round ie=homogeneous @11:00 z=7",
       "skin R p",
       "ln R p"],
    rec=["additional_imaging", "biopsy"],
    text="""
In the name of God
Tehran Breast Imaging Clinic
Contrast Enhanced Spectral Mammography (CESM)

Clinical history: Known right breast IDC (core biopsy last week, 10 o'clock). Staging.
Technique: Bilateral CC and MLO low-energy and recombined images at 2 and 4 min, plus late right CC at 7 min.

Findings:
Breast density: heterogeneously dense (ACR C).
Background parenchymal enhancement on recombined images: mild.
Right breast: irregular high density mass with spiculated margins at 10 o'clock measuring 30 mm, with heterogeneous enhancement and washout on the late views.
A second round enhancing mass, 7 mm, with homogeneous enhancement at 11 o'clock, seen only on the recombined images.
Skin thickening of the right upper outer breast.
Right axilla: several enlarged lymph nodes with loss of fatty hilum.
Left breast: no suspicious finding.

Impression:
Right: BIRADS 6 (known malignancy) with an additional satellite lesion at 11 o'clock, BIRADS 4B.
Left: BIRADS 1.
Recommendation: second-look US and biopsy of the 11 o'clock lesion.
""")

add(id="cem20_06_poland_translated_le_amorphous_grouped_no_enhancement_stable_right_fa_4a",
    mods=CEM, purpose="diagnostic", density="b", bpe="moderate/symmetric", overall="4A", bb="L4A R2",
    f=["calc L p m=amorphous d=grouped q=ui z=9",
       "mass R p s sh=oval mg=circumscribed md=equal ie=homogeneous q=uo z=12"],
    rec=["biopsy"],
    text="""
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM)
(translated from Polish: "Mammografia spektralna z kontrastem")
Pracownia Mammografii - Gdańsk

Indication: new microcalcifications in the left breast on screening mammography; known lesion in the right breast under follow-up.
Technique: CC and MLO projections of both breasts, low-energy (LE) and recombined (RC) images after iodinated contrast.

Description:
LE: breast structure type B (ACR b).
Left breast: in the upper inner quadrant a group of amorphous microcalcifications, 9 mm.
Right breast: in the upper outer quadrant an oval, circumscribed mass of equal density, 12 mm - unchanged in comparison with 2024.
RC: background parenchymal enhancement moderate, symmetrical. The microcalcifications in the left breast show no enhancement. The mass in the right breast shows homogeneous enhancement.

Conclusion:
Left breast: group of amorphous microcalcifications without enhancement - BI-RADS 4A.
Right breast: stable fibroadenoma - BI-RADS 2.
Vacuum-assisted biopsy of the left breast under stereotactic guidance is recommended.
""")

add(id="cem20_07_uk_nhs_lobular_extent_le_distortion_rc_segmental_nme_m_scores_mdm_6",
    mods=CEM, purpose="diagnostic", density="b", bpe="mild/symmetric", overall="6", bb="L6 R1",
    f=["ad L p @2:00",
       "nme L p nd=segmental ie=heterogeneous z=60",
       "mass R a", "nme R a"],
    rec=["other"],
    text="""
CONTRAST ENHANCED MAMMOGRAPHY - BOTH BREASTS
Breast Imaging, Royal Derby Hospital (NHS)

Clinical details: 63F. B5b invasive lobular carcinoma left breast 2 o'clock (US-guided core, 14/02/2026). MRI contraindicated (pacemaker). CEM requested to assess disease extent.
Mammography 11/02/2026: R M1 / L M5.

Findings:
Low energy images: scattered fibroglandular density (ACR b). Architectural distortion at left 2 o'clock at the biopsy site; clip in situ.
Recombined images: mild, symmetric background enhancement. Segmental non-mass enhancement with heterogeneous internal pattern extends from the distortion towards the nipple, total extent 60 mm.
Right breast: no enhancing mass or non-mass enhancement.

Conclusion:
Left: known ILC with segmental enhancement extending to 60 mm - BI-RADS 6.
Right: normal - BI-RADS 1.
For discussion at the breast MDM regarding surgical planning.
""")

add(id="cem20_08_philippines_supplemental_screening_marked_bpe_round_calcs_nodes_bi2",
    mods=CEM, purpose="screening", density="d", bpe="marked/symmetric", overall="2", bb="R2 L2",
    f=["calc B p m=round d=diffuse",
       "ln B p",
       "mass B a", "nme B a"],
    rec=["routine_screening"],
    text="""
THE MEDICAL CITY - ORTIGAS, PASIG CITY
DEPARTMENT OF RADIOLOGY - WOMEN'S IMAGING
CONTRAST-ENHANCED DIGITAL MAMMOGRAPHY (CEDM), BOTH BREASTS - SUPPLEMENTAL SCREENING

History: 45/F, extremely dense breasts, asymptomatic. Sister with breast cancer at 48.
Technique: Low-energy and recombined CC and MLO views after IV iodinated contrast.

FINDINGS:
Low-energy: The breasts are extremely dense (d).
Scattered round calcifications in both breasts, benign in appearance.
Bilateral axillary lymph nodes with fatty hila.
Recombined: Marked background parenchymal enhancement, symmetric, which lowers sensitivity.
No enhancing mass or non-mass enhancement in either breast.

IMPRESSION:
Benign findings. BI-RADS 2 - Benign, both breasts.
Recommend continued annual screening.
""")
