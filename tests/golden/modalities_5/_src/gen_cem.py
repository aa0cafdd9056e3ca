"""Contrast-enhanced mammography reports (cem5_NN) and their gold in compact form."""

R = []

R.append(dict(id="cem5_01_us_academic_recall_indistinct_mass_washout_4b", text="""
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL, DIAGNOSTIC

HISTORY: 50-year-old woman recalled from screening mammography (11/05/2026) for a left breast mass.
COMPARISON: Screening mammograms 11/05/2026, 10/2025 and 09/2024.

TECHNIQUE: Bilateral CC and MLO dual-energy images acquired 2-8 minutes after IV injection of iohexol 350
(1.5 mL/kg). Low-energy and recombined images were reviewed. An additional delayed left CC image was obtained
at 10 minutes.

FINDINGS:
Low-energy images: The breasts are heterogeneously dense, which may obscure small masses. In the left breast
upper outer quadrant at 2 o'clock, posterior depth, there is a persistent oval equal-density mass with
indistinct margins, measuring 12 mm. No suspicious calcifications or architectural distortion in either breast.

Recombined images: Background parenchymal enhancement is minimal and symmetric. The left to o'clock mass shows
heterogeneous internal enhancement, measures 13 mm, and shows washout on the delayed image. No other enhancing
mass or non-mass enhancement in either breast.
Right breast 6 o'clock, anterior depth: 7 mm oval circumscribed low-density mass without enhancement, stable
since 2024.

IMPRESSION:
Left breast 2 o'clock 13 mm indistinct enhancing mass with washout. BI-RADS 4B.
Right breast: benign stable mass. BI-RADS 2.

RECOMMENDATION: Ultrasound-guided core biopsy of the left breast mass, with targeted ultrasound at the time of
biopsy.
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="minimal/symmetric",
    overall="4B", bb="L4B R2",
    f=["mass L p sh=oval mg=indistinct md=equal ie=heterogeneous kd=washout @2:00 q=upper_outer dp=posterior z=13",
       "calc B a", "ad B a",
       "mass B a", "nm B a",
       "mass R p s sh=oval mg=circumscribed md=low @6:00 dp=anterior z=7"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(id="cem5_02_uk_nhsbsp_assessment_cesm_distortion_us_m4_u4", text="""
NHS Breast Screening Programme - Eastfield Breast Screening Unit
ASSESSMENT CLINIC: CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM) + ULTRASOUND

Prevalent round, age 51. Recalled Rt: ?distortion UOQ (readers 1 and 2).

CESM (bilateral CC/MLO, Omnipaque 350):
LE: Rt UOQ architectural distortion persists, approx 12mm, 10 o'clock. No associated microcalcification.
Lt: no abnormality. Breast density BI-RADS b.
Recombined: corresponding irregular enhancing mass with heterogeneous enhancement, 14mm, at the site of the
distortion. BPE mild, symmetrical. Lt: no enhancement of concern.

US Rt 10 o'clock: 11mm irregular hypoechoic mass, non-parallel, with posterior acoustic shadowing.
Rt axilla US: normal.

Scores: Rt M4 U4. Lt M1.

US-guided 14G core biopsy Rt 10 o'clock performed today, clip inserted. Results clinic 1/52. MDM.

Dr K. Brennan, Consultant Radiologist / R. Shah, Advanced Practitioner
""", mods=["contrast_enhanced_mammography", "ultrasound"], purpose="diagnostic", density="b",
    bpe="mild/symmetric", overall=None, bb="",
    f=["ad R p @10:00 q=upper_outer z=12",
       "calc R a",
       "mass R p sh=irregular or=not_parallel ep=hypoechoic pf=shadowing ie=heterogeneous @10:00 z=14"],
    rec=["other"]))

R.append(dict(id="cem5_03_au_private_cem_staging_satellite_linear_nme", text="""
Riverbend Imaging - Brisbane

CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BILATERAL - STAGING

Clinical notes: 66F. Right breast IDC at 9 o'clock on core biopsy (BreastScreen Queensland assessment).
Severe claustrophobia - unable to tolerate MRI.

Technique: Standard CC and MLO views of both breasts after IV Omnipaque 350 (1.5 ml/kg). Low energy and
recombined images.

Findings:
Breast composition: scattered fibroglandular densities (BI-RADS b).
BPE: mild, symmetrical.

Right: The known cancer at 9 o'clock, 6cm FN, is a high density irregular spiculated mass, 19mm on LE, with
intense heterogeneous enhancement on the recombined images measuring 22mm. Biopsy clip in situ.
12mm anterior to it, at 9 o'clock 3cm FN, there is a 6mm oval mass with homogeneous enhancement, not visible on
the low energy images - ?satellite.
Linear non-mass enhancement extends from the index mass towards the nipple over 30mm.

Left: No suspicious mass or calcification. Benign vascular calcifications. No suspicious enhancement.

Conclusion:
1. Right 9 o'clock index cancer, 22mm on CEM. BI-RADS 6.
2. Right 9 o'clock 6mm satellite mass and linear NME towards the nipple, suspicious for additional disease
   (extent up to 55mm). BI-RADS 4B. Targeted US +/- biopsy.
3. Left: BI-RADS 2.

Dr Ben O'Rourke
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
    overall="4B", bb="R4B L2",
    f=["mass R p sh=irregular mg=spiculated md=high ie=heterogeneous @9:00 z=22",
       "mass R p sh=oval ie=homogeneous @9:00 z=6",
       "nm R p nd=linear z=30",
       "mass L a", "calc L a",
       "calc L p m=vascular"],
    rec=["additional_imaging", "biopsy"]))

R.append(dict(id="cem5_04_india_cem_v2025_round_mass_focal_nme_popcorn", text="""
Sparsh Diagnostics - Bengaluru

CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BOTH BREASTS
(Reported using the ACR BI-RADS v2025 CEM lexicon)

Indication: 47 yrs. Palpable lump left breast. USG (outside): BIRADS 4A. Dense breasts.
Technique: Bilateral CC and MLO low-energy and recombined images, 2-7 minutes after IV iohexol 350.

BREAST COMPOSITION: d - The breasts are extremely dense, which lowers the sensitivity of mammography.
BACKGROUND PARENCHYMAL ENHANCEMENT: Moderate. Symmetric.

FINDINGS:
Left breast:
 Mass, 3 o'clock, 4 cm from nipple: round; circumscribed margins; equal density on low-energy images;
 homogeneous internal enhancement on recombined images; lesion conspicuity: moderate. Size 15 mm.
 No washout on the delayed image. No associated calcifications.
 Non-mass enhancement, 12 o'clock: focal; heterogeneous internal enhancement; lesion conspicuity: low. 10 mm.
Right breast:
 No enhancing mass. No non-mass enhancement.
 Low-energy: popcorn-like calcifications at 7 o'clock, benign.
Axillae: normal lymph nodes bilaterally.

IMPRESSION:
1. Left 3 o'clock round circumscribed homogeneously enhancing mass (palpable) - probably fibroadenoma, but
   outside USG category 4A and palpable; BI-RADS 4A.
2. Left 12 o'clock focal NME, low conspicuity - probably benign; BI-RADS 3.
3. Right: benign calcifications. BI-RADS 2.

Advice: USG guided biopsy of the left 3 o'clock mass. Follow-up CEM in 6 months for item 2.
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="d", bpe="moderate/symmetric",
    overall="4A", bb="L4A R2",
    f=["mass L p sh=round mg=circumscribed md=equal ie=homogeneous @3:00 z=15",
       "calc L a",
       "nm L p ie=heterogeneous nd=focal @12:00 z=10",
       "mass R a", "nm R a",
       "calc R p m=coarse @7:00",
       "ln B p"],
    rec=["biopsy", "short_interval_followup"]))

R.append(dict(id="cem5_05_singapore_cem_amorphous_no_enhancement_magnification", text="""
Department of Diagnostic Radiology - Eastpoint General Hospital, Singapore

CONTRAST ENHANCED MAMMOGRAM (CEM), BILATERAL, WITH LEFT MAGNIFICATION VIEWS

Clinical: 58 year old. Screening mammogram (BreastScreen Singapore): new grouped microcalcifications in the left
breast. Recalled for assessment.

Technique: Bilateral CC and MLO CEM after IV iohexol. Additional left CC and ML magnification views were
obtained.

Findings:
The breasts are heterogeneously dense (ACR C).
Left breast: The low-energy images and the magnification views show a 9 mm group of amorphous
microcalcifications in the upper outer quadrant, middle third. On the recombined images there is no associated
enhancement. No mass or architectural distortion.
Right breast: Scattered benign vascular and coarse calcifications. No suspicious mass.
Background parenchymal enhancement is minimal and symmetrical.

Impression:
Left: grouped amorphous microcalcifications, upper outer quadrant, no associated enhancement - BI-RADS 4A.
Although the absence of enhancement lowers the likelihood of invasive disease, biopsy is still recommended
(stereotactic vacuum-assisted biopsy).
Right: BI-RADS 2.

Reported by: Dr Lim Kah Hui
""", mods=["contrast_enhanced_mammography", "magnification_views"], purpose="diagnostic", density="c",
    bpe="minimal/symmetric", overall="4A", bb="L4A R2",
    f=["calc L p m=amorphous d=grouped q=upper_outer dp=middle z=9",
       "mass L a", "ad L a",
       "calc R p m=coarse,vascular d=diffuse",
       "mass R a"],
    rec=["biopsy"]))

R.append(dict(id="cem5_06_sa_private_cem_and_us_spiculated_oil_cyst_bi5", text="""
Umhlanga Breast Radiologists - Durban

CONTRAST ENHANCED MAMMOGRAM AND TARGETED LEFT BREAST ULTRASOUND

Clinical information: 44 yrs. Hard lump left breast 12 o'clock for 2 months, with skin dimpling.

Technique: Bilateral CEM (CC and MLO) after 80 ml Omnipaque 350 IV. Targeted ultrasound of the left breast and
left axilla.

Breast density: ACR category C.

CEM low-energy:
Left: 12 o'clock, 5 cm from the nipple: a 24 mm high-density irregular mass with spiculated margins and
associated skin retraction. Fine pleomorphic microcalcifications within and anterior to the mass.
Right: A 20 mm oval, circumscribed, fat-containing mass in the lower inner quadrant, consistent with an oil cyst.

CEM recombined:
BPE: mild, symmetric.
Left: intense heterogeneous enhancement of the mass, which measures 28 mm, with washout on the late image.
Right: The fat-containing mass does not enhance. No suspicious enhancement.

Ultrasound:
Left 12 o'clock: 26 x 20 x 22 mm irregular, hypoechoic, non-parallel mass with spiculated margins and posterior
acoustic shadowing. Internal vascularity.
Left axilla: two lymph nodes with cortical thickening (5 mm) and loss of the fatty hilum, the larger 19 mm.

Opinion:
Left breast 12 o'clock: highly suspicious for malignancy, with left axillary adenopathy. BI-RADS 5.
Right breast: benign oil cyst. BI-RADS 2.

US-guided core biopsy of the left breast mass and of the left axillary node recommended. Refer to the breast
surgeon.

Dr T. Naidoo
""", mods=["contrast_enhanced_mammography", "ultrasound"], purpose="diagnostic", density="c",
    bpe="mild/symmetric", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated md=high or=not_parallel ep=hypoechoic pf=shadowing va=internal ie=heterogeneous kd=washout @12:00 z=28",
       "skin L p",
       "calc L p m=fine_pleomorphic",
       "mass R p sh=oval mg=circumscribed md=fat_containing q=lower_inner z=20",
       "ln L p z=19"],
    rec=["biopsy", "surgical_consultation"]))

R.append(dict(id="cem5_07_kuwait_cesm_asymmetry_regional_clumped_nme_typos", text="""
Al Sabah Hospital - Radiology Department, Kuwait

CESM (CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY) - BILATERAL

Clinical data: 41 y, left breast pain and thickening, no palpable mass. Mother had breast cancer at 50.

Findings:
Low energy images:
- Breast composition: ACR b (scattered fibroglandular densities).
- Left breast: focal asymmetry at the upper inner quadrant, 2.5 cm, with no distortion.
- Punctate calcifications scattered in both breasts, benign.
- Right breast: otherwise unremarkable.

Recombined images:
- Mild backround parenchymal enhancement, symetric.
- Left breast: regional non-mass enhancment with clumped internal pattern at the upper inner quadrant,
  corresponding to the focal asymmetry, measuring 3.8 x 2.6 cm. No enhancing mass.
- Right breast: no abnormal enhancment.

Axillae: bilateral small lymph nodes with preserved fatty hilum.

Impression:
Left breast: regional clumped non mass enhancment at the upper inner quadrant, with the focal asymmetry - BI-RADS 4B.
Right breast: BI-RADS 2 (benign calcifications).

Recommendation: Second look ultrasound and biopsy (US or stereotactic guided).
""", mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
    overall="4B", bb="L4B R2",
    f=["asym L p q=upper_inner z=25",
       "ad L a",
       "calc B p m=punctate d=diffuse",
       "nm L p ie=clumped nd=regional q=upper_inner z=38",
       "mass L a",
       "ln B p"],
    rec=["additional_imaging", "biopsy"]))
