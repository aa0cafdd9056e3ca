"""Contrast-enhanced mammography reports of modalities_12 (text + compact gold)."""
CEM = []

CEM.append(dict(id="cem12_01_us_academic_v2025_cem_recall_finding_blocks_washout_4c", text="""
CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL (DIAGNOSTIC)

CLINICAL HISTORY: 57-year-old woman recalled from screening for a left breast mass. Screening mammogram 02/11/2026: BI-RADS 0.

TECHNIQUE: Dual-energy CEM with low-energy (LE) and recombined (RC) images: bilateral CC and MLO views and a left ML view, beginning 2 minutes after IV iohexol 350, 1.5 mL/kg. No adverse reaction.

COMPARISON: 02/11/2026, 01/2024, 01/2022.

BREAST COMPOSITION: Scattered areas of fibroglandular density (b).
BACKGROUND PARENCHYMAL ENHANCEMENT: Mild, symmetric.

FINDINGS:
Finding 1 - Left breast, 2:00, posterior depth
  Low-energy: 14 mm irregular mass, equal density, indistinct margins. No associated calcifications.
  Recombined: heterogeneous internal enhancement, 16 mm. Washout on the delayed views.
  Assessment: BI-RADS 4C

Finding 2 - Left breast, 3:00, middle depth, 2 cm anterior to Finding 1
  Low-energy: no correlate.
  Recombined: 11 mm focal non-mass enhancement with clumped internal enhancement.
  Assessment: BI-RADS 4A

Finding 3 - Right breast, 10:00, anterior depth
  Low-energy: grouped round and punctate calcifications, unchanged since 01/2022.
  Recombined: no associated enhancement.
  Assessment: BI-RADS 2

No enlarged axillary lymph nodes.

IMPRESSION:
1. Left breast 2:00 irregular enhancing mass with washout, highly suspicious. BI-RADS 4C. Recommend targeted ultrasound and US-guided biopsy.
2. Left breast 3:00 focal non-mass enhancement. BI-RADS 4A. Biopsy recommended (CEM-guided or MRI-guided if there is no ultrasound correlate).
3. Benign right breast calcifications. BI-RADS 2.

OVERALL ASSESSMENT: BI-RADS 4C.
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
               overall="4C", bb="L4C R2", f=[
    "mass L p sh=irregular md=equal mg=indistinct ie=heterogeneous kd=washout @2:00 dp=posterior z=16",
    "calcification L a",
    "non_mass L p nd=focal ie=clumped @3:00 dp=middle z=11",
    "calcification R p s m=punctate,round d=grouped @10:00 dp=anterior",
    "lymph_node B a",
], rec=["additional_imaging", "biopsy"])))

CEM.append(dict(id="cem12_02_uk_nhs_cesm_symptomatic_obscured_mass_rcr_scores_only", text="""
Contrast Enhanced Spectral Mammography (CESM) - Bilateral

Clinical details: 49F. R breast thickening, 3/12. P3. Dense breasts on previous screening. Conventional mammography M3 R (asymmetric density) -> CESM for further assessment.

Findings:
Low energy images: Extremely dense breast parenchyma, which lowers sensitivity. In the right upper outer quadrant there is an 18 mm oval mass of equal density whose margins are largely obscured by the surrounding dense tissue. No suspicious calcification in either breast.
Recombined images: Moderate symmetrical background parenchymal enhancement. The right UOQ mass enhances homogeneously, 19 mm, without washout on the late image. No other enhancing lesion in either breast.

Conclusion:
Right UOQ 19 mm homogeneously enhancing oval mass. Likely a fibroadenoma, but given the new thickening - for ultrasound and core biopsy.
M3 (R). M1 (L).

Dr A. Lindqvist, Consultant Breast Radiologist
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="d", bpe="moderate/symmetric",
               overall=None, f=[
    "mass R p sh=oval mg=obscured md=equal ie=homogeneous q=uo z=19",
    "calcification B a",
], rec=["additional_imaging", "biopsy"])))

CEM.append(dict(id="cem12_03_canada_cem_supplemental_screening_dense_hamartoma_bi2", text="""
CONTRAST ENHANCED MAMMOGRAPHY - SUPPLEMENTAL SCREENING

Indication: 52F. Extremely dense breasts; mother with breast cancer at 60. Enrolled in the CEM supplemental screening program.
Technique: Bilateral CC and MLO low-energy and recombined images following IV iodinated contrast (Omnipaque 350, 1.5 mL/kg).
Comparison: 2024 and 2025 mammograms.

Breast density: The breasts are extremely dense, which lowers the sensitivity of mammography (d).
Background parenchymal enhancement: minimal.

Low energy: Stable 21 mm fat-containing, circumscribed oval mass in the left lower inner quadrant, consistent with a hamartoma, unchanged since 2024. Scattered benign vascular calcifications in both breasts. No suspicious masses, calcifications, or architectural distortion.
Recombined: No suspicious enhancement. The hamartoma does not enhance. Possible faint focal non-mass enhancement in the right upper outer quadrant, most likely background parenchymal enhancement and not considered suspicious.

IMPRESSION: No evidence of malignancy. Benign left hamartoma.
BI-RADS 2 - Benign. Recommend annual screening; next CEM in 1 year.
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="screening", density="d", bpe="minimal/-",
               overall="2", f=[
    "mass L p s sh=oval mg=circumscribed md=fat_containing q=li z=21",
    "calcification B p m=vascular d=diffuse",
    "mass B a",
    "calcification B a",
    "architectural_distortion B a",
    "non_mass R q nd=focal q=uo",
], rec=["routine_screening"])))

CEM.append(dict(id="cem12_04_au_private_cem_staging_satellite_linear_nme_mdm_4b", text="""
CONTRAST ENHANCED MAMMOGRAPHY (CEM) - BILATERAL

History: 66yo. Left breast IDC 12 o'clock on biopsy last week (screen-detected). Staging - ?multifocal. MRI not possible (claustrophobia).
Technique: Standard CEM protocol, Omnipaque 350 1.5mL/kg. LE and recombined CC/MLO both sides.

Breast density: heterogeneously dense (ACR C).
BPE: minimal, symmetrical.

Findings:
Left:
1. Index cancer at 12 o'clock: irregular mass with spiculated margins containing the biopsy clip on LE. RC: intense heterogeneous enhancement, 17mm.
2. 9mm satellite mass 15mm posterior to the index lesion at 12-1 o'clock: subtle on LE, round, margins not circumscribed. RC: homogeneous enhancement.
3. Linear NME 25mm extending from the index lesion towards the nipple, possibly intraductal extension.
Left axilla: no enlarged nodes.

Right: No suspicious mass, NME or calcification.

Conclusion:
Left breast 12 o'clock cancer with a satellite lesion and linear NME towards the nipple - extent 45mm in total. BI-RADS 6 (index) and BI-RADS 4B (satellite / NME). US-guided biopsy of the satellite recommended.
Right BI-RADS 1.
Results discussed with the referring surgeon; for Breast MDM on Thursday.
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="minimal/symmetric",
               overall="4B", bb="L4B R1", f=[
    "mass L p sh=irregular mg=spiculated ie=heterogeneous @12:00 z=17",
    "mass L p sh=round mg=not_circumscribed ie=homogeneous z=9",
    "non_mass L p nd=linear z=25",
    "lymph_node L a",
    "mass R a",
    "non_mass R a",
    "calcification R a",
], rec=["biopsy", "other"])))

CEM.append(dict(id="cem12_05_nz_private_cem_problem_solving_nonenhancing_distortion_4a", text="""
CONTRAST-ENHANCED MAMMOGRAM

Clinical: 59F. Recalled from BreastScreen Aotearoa for R breast architectural distortion. Tomosynthesis and US inconclusive. Problem-solving CEM.
Technique: Bilateral LE / RC, CC and MLO.

Findings:
Breast composition: b.
BPE: mild, symmetric.

Right breast: The architectural distortion at 11 o'clock, mid depth, persists on the LE images (12 mm). On the recombined images there is no enhancement at this site. In the right lower outer quadrant there is an 8 mm oval, circumscribed, low-density mass, unchanged from 2021, with no enhancement - benign.
Left breast: A few coarse benign calcifications, unchanged. No suspicious findings.

Conclusion:
Non-enhancing right breast architectural distortion. The absence of enhancement lowers, but does not exclude, the likelihood of malignancy. BI-RADS 4A (right) - stereotactic / tomosynthesis-guided vacuum biopsy recommended.
Benign findings otherwise.
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", bpe="mild/symmetric",
               overall="4A", bb="R4A", f=[
    "architectural_distortion R p @11:00 dp=middle z=12",
    "mass R p s sh=oval mg=circumscribed md=low q=lo z=8",
    "calcification L p s m=coarse",
], rec=["biopsy"])))

CEM.append(dict(id="cem12_06_us_community_cem_inflammatory_diffuse_nme_voice_slips_bi5", text="""
CONTRAST ENHANCED MAMMOGRAPHY BILATERAL DIAGNOSTIC

HISTORY: 45 year old with 4 weeks of right breast redness, swelling and peau d'orange not responding to 2 courses of antibiotics. Evaluate for inflammatory breast cancer.

TECHNIQUE: Bilateral CC and MLO low energy and recombined images after intravenous Omnipaque 350, 100 mL.

FINDINGS:
Breast composition: heterogeneously dense (c).
Low energy images: the right breast shows diffuse trabecular and skin thickening up to 8 mm. Right nipple retraction. Pleomorphic calcification sin a segmental distribution in the right upper outer quadrant.
Recombined images: Background parenchymal enhancement is mild, asymmetric (right greater than left). Diffuse heterogenous non-mass enhancement throughout the right breast, with a more conspicuous 28 mm irregular enhancing mass at 10 o'clock showing rim enhancement and wash out on the delayed views. The thickened skin enhances.
Left breast: No suspicious enhancement.
Right axilla: multiple enlarged lymph nodes on the low energy MLO, largest 25 mm.

IMPRESSION:
Findings highly suggestive of inflammatory breast cancer in the right breast: diffuse non-mass enhancement, 28 mm mass, segmental pleomorphic calcifications, skin thickening, nipple retraction and axillary adenopathy.
Right breast: BI-RADS 5. Recommend ultrasound guided biopsy of the mass and of an axillary lymph node, and punch biopsy of the skin. Breast surgery referral placed.
Left breast: BI-RADS 1.
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="mild/asymmetric",
               overall="5", bb="R5 L1", f=[
    "skin R p z=8",
    "skin R p",
    "calcification R p m=fine_pleomorphic d=segmental q=uo",
    "non_mass R p ie=heterogeneous nd=diffuse",
    "mass R p sh=irregular ie=rim kd=washout @10:00 z=28",
    "lymph_node R p z=25",
], rec=["biopsy", "surgical_consultation"])))

CEM.append(dict(id="cem12_07_canada_cem_nact_response_mri_contraindicated_bi6", text="""
CONTRAST-ENHANCED MAMMOGRAPHY - RESPONSE TO NEOADJUVANT THERAPY

Clinical: 53F, left breast IDC (HER2-positive) 3 o'clock. Baseline CEM 09/2025: 36 mm mass with surrounding NME. Now after 5 of 6 cycles. MRI contraindicated (cochlear implant).
Technique: CEM per ACR BI-RADS v2025: LE and RC, CC and MLO bilaterally.
Comparison: CEM 09/2025.

Breast composition: c.
Background parenchymal enhancement: minimal, symmetric (mild at baseline).

Left breast:
LE: The irregular mass at 3 o'clock has decreased to 15 mm (from 36 mm), now with indistinct margins, clip in situ. Associated amorphous calcifications, grouped in the tumour bed, unchanged in extent (12 mm).
RC: Residual enhancement is faint and non-mass, focal, 11 mm. The surrounding non-mass enhancement seen at baseline has resolved. No washout.
Right breast: Stable 6 mm oval circumscribed mass at 7 o'clock with homogeneous enhancement, unchanged since 09/2025, benign-appearing.

Axillae: The previously enlarged left axillary node now measures 10 mm with a normal cortex.

IMPRESSION:
Marked partial response. Residual 15 mm mass on LE with faint residual focal NME on RC (11 mm). Calcifications unchanged; calcifications can persist despite response.
Left: BI-RADS 6. Right: BI-RADS 2.
For discussion at the multidisciplinary breast tumour board.
""", gold=dict(mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", bpe="minimal/symmetric",
               overall="6", bb="L6 R2", f=[
    "mass L p sh=irregular mg=indistinct @3:00 z=15",
    "calcification L p s m=amorphous d=grouped z=12",
    "non_mass L p nd=focal z=11",
    "non_mass L a",
    "mass R p s sh=oval mg=circumscribed ie=homogeneous @7:00 z=6",
    "lymph_node L p z=10",
], rec=["other"])))
