MRI = []

MRI.append(dict(id="mri7_01_us_community_highrisk_screen_stable_cyst_bi2", text="""
VALLEY REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY
EXAM: MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
ACCESSION: 88412673

CLINICAL HISTORY: 44-year-old female, high risk screening. Lifetime risk 27% (Tyrer-Cuzick). Mother with
premenopausal breast cancer.

COMPARISON: MRI 10/2025.

TECHNIQUE: Multiplanar, multisequence MRI of both breasts on a 1.5T magnet with a dedicated breast coil, before and
after intravenous administration of 7 mL gadobutrol. Post-processing with subtraction and MIP images.

FINDINGS:
Amount of fibroglandular tissue: Scattered fibroglandular tissue.
Background parenchymal enhancement: Minimal, symmetric.

In the left breast at 2:00, middle depth, there is a 6 mm T2 hyperintense, non-enhancing cyst, unchanged from 10/2025.

No suspicious masses, non-mass enhancement or enhancing foci in either breast.
No axillary adenopathy.

IMPRESSION:
No MRI evidence of malignancy. Stable benign left breast cyst.

BI-RADS 2: Benign.

RECOMMENDATION: Annual screening MRI, alternating every 6 months with the annual screening mammogram.
""", mods=["mri"], purpose="screening", fgt="b", bpe="minimal/symmetric", overall="2", bb="",
    f=["mass L p s @2:00 dp=middle z=6",
       "mass B a", "non_mass B a", "focus B a", "lymph_node B a"],
    rec=["routine_screening"]))

MRI.append(dict(id="mri7_02_uk_nhs_staging_left_ilc_regional_nme_plateau", text="""
BREAST MRI - STAGING
Clinical: Lt breast ILC (B5b, US core 10/11/26), Lt UOQ. ? extent. Dense breasts on mammography.

Technique: 3T, bilateral, T2 STIR, DWI, T1 dynamic pre + 5 post contrast, subtractions.

FGT: c (heterogeneous). BPE: mild, symmetrical.

Lt breast:
UOQ 2 o'c: irregular enhancing mass, spiculated margins, heterogeneous internal enhancement, 24mm. Rapid initial
enhancement, plateau curve. Biopsy clip artefact within it.
Regional non-mass enhancement surrounding the mass and extending towards the nipple, total extent 55mm, heterogeneous
internal pattern, persistent kinetics.
Lt axilla: 2 level I nodes with cortical thickening, the larger 13mm.

Rt breast:
12 o'c: 4mm enhancing focus, benign appearance.
No suspicious Rt axillary nodes.

Conclusion:
1. Lt ILC 24mm with surrounding regional NME - total disease extent up to 55mm.
2. Abnormal Lt axillary nodes.
3. Rt breast: benign focus only.

BI-RADS: Lt 6, Rt 2.
For MDM.
""", mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="6", bb="L6 R2",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=plateau @2:00 q=uo z=24",
       "non_mass L p nd=regional ie=heterogeneous kd=persistent z=55",
       "lymph_node L p z=13",
       "focus R p @12:00 z=4",
       "lymph_node R a"],
    rec=["other"]))

MRI.append(dict(id="mri7_03_au_private_problem_solving_right_focal_clumped_type3", text="""
BREAST MRI

Referring doctor: Dr K. Whitfield
Clinical notes: Possible distortion R breast upper outer on tomosynthesis, not seen on ultrasound. Problem solving.

Report:
Technique: Bilateral dynamic contrast-enhanced MRI (Gadovist), T2 fat-sat and DWI.

Heterogeneous fibroglandular tissue. Background parenchymal enhancement is moderate and asymmetric, more on the left.

Right breast: At 10 o'clock, middle depth, corresponding to the site of the tomosynthesis distortion, there is 9 mm of
focal non-mass enhancement with a clumped internal pattern. Fast initial enhancement with washout, a type III curve.

Left breast: At 4 o'clock an oval 7 mm mass with circumscribed margins and dark internal septations, slow initial
enhancement and persistent delayed kinetics. Typical of a fibroadenoma.

No axillary lymphadenopathy.

Conclusion:
1. Suspicious focal clumped NME right 10 o'clock corresponding to the DBT finding. BI-RADS 4B.
2. Left 4 o'clock fibroadenoma. BI-RADS 2.
Second-look ultrasound is recommended, with ultrasound-guided biopsy if a correlate is found, otherwise
MRI-guided biopsy.
""", mods=["mri"], purpose="diagnostic", fgt="c", bpe="moderate/asymmetric", overall="4B", bb="R4B L2",
    f=["non_mass R p nd=focal ie=clumped ki=fast kd=washout @10:00 dp=middle z=9",
       "mass L p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @4:00 z=7",
       "lymph_node B a"],
    rec=["additional_imaging", "biopsy"]))

MRI.append(dict(id="mri7_04_nz_highrisk_marked_bpe_multiple_regions_round_mass_bi3", text="""
MERCY RADIOLOGY - BREAST MRI

Indication: High-risk screening, BRCA1 carrier, 36 years. Day 9 of cycle.
Comparison: None (first MRI).

Findings:
Extreme amount of fibroglandular tissue. Marked background parenchymal enhancement, symmetrical.

Multiple enhancing foci are scattered throughout both breasts, compatible with background enhancement.

Left breast: Non-mass enhancement in multiple regions of the left breast with a homogeneous internal pattern, slow
initial and persistent delayed enhancement, also favoured to represent background enhancement.

Right breast: At 1 o'clock there is a 6 mm round mass with circumscribed margins and homogeneous enhancement.
Medium initial rise with persistent delayed enhancement (type 1 curve).

Axillae: normal-appearing lymph nodes bilaterally.

Impression:
Marked BPE limits sensitivity.
Right 1 o'clock 6 mm round circumscribed mass - probably benign. Right: BI-RADS 3.
Left: BI-RADS 2.
Recommend short-interval follow-up MRI in 6 months, timed to day 7-14 of the menstrual cycle.
""", mods=["mri"], purpose="screening", fgt="d", bpe="marked/symmetric", overall="3", bb="R3 L2",
    f=["focus B p",
       "non_mass L p nd=multiple_regions ie=homogeneous ki=slow kd=persistent",
       "mass R p sh=round mg=circumscribed ie=homogeneous ki=medium kd=persistent @1:00 z=6",
       "lymph_node B p"],
    rec=["short_interval_followup"]))

MRI.append(dict(id="mri7_05_india_dce_right_diffuse_nme_skin_nodes_typos", text="""
MRI BOTH BREASTS (PLAIN + DYNAMIC CONTRAST)

Clinical profile: 47 yr female with right breast swelling, redness and nipple retraction x 1 month.

Observations:
- Amount of fibroglandular tissue: heterogenous (C).
- Left breast background enhancment: mild. Right breast cannot be assessed due to the abnormal enhancement.

RIGHT BREAST:
- Diffuse non mass enhancement involving almost the entire right breast, with clumped internal enhancement showing
  rapid wash-in and wash-out pattern.
- Diffuse skin thickening measuring up to 6 mm with oedema.
- Nipple retraction is seen.
- Multiple enlarged right axillary lymph nodes with loss of fatty hilum, largest 22 mm.

LEFT BREAST:
- Few tiny benign looking enhancing foci.
- No focal mass lesion.
- Left axilla unremarkable.

IMPRESSION:
- Diffuse clumped non mass enhancement of right breast with skin thickening, nipple retraction and axillary
  lymphadenopathy - suspicious for inflammatory carcinoma. BIRADS V (Right).
- Left breast - BIRADS II.

Suggested: USG guided biopsy of right breast and right axillary node for HPE.
""", mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/-", overall="5", bb="R5 L2",
    f=["non_mass R p nd=diffuse ie=clumped ki=fast kd=washout",
       "skin R p z=6",
       "skin R p",
       "lymph_node R p z=22",
       "focus L p",
       "mass L a"],
    rec=["biopsy"]))

MRI.append(dict(id="mri7_06_malaysia_noncontrast_implant_intracapsular_right_intact_left", text="""
PANTAI MEDICAL CENTRE - IMAGING
MRI BOTH BREASTS - SILICONE IMPLANT PROTOCOL (NON-CONTRAST)

Clinical: Bilateral cosmetic augmentation 2011. Change in shape of right breast. Exclude rupture.

Technique: Axial and sagittal T2, silicone-selective (water-suppressed) and silicone-suppressed sequences. No
intravenous contrast.

Findings:
Bilateral subglandular silicone implants.

Right implant: Multiple curvilinear hypointense lines within the silicone gel, consistent with collapsed shell
(linguine sign), with a teardrop sign. No silicone outside the fibrous capsule. Findings are of intracapsular rupture.

Left implant: Intact. A few simple radial folds. No linguine sign and no subcapsular line.

No silicone-laden axillary lymph nodes.
Breast parenchyma not assessed for enhancement (no contrast given).

Impression:
Right intracapsular implant rupture. BI-RADS 2 right.
Intact left implant. BI-RADS 1 left.
Referral to plastic surgeon advised.
""", mods=["mri"], purpose="diagnostic", overall="2", bb="R2 L1",
    f=["implant R p ir=intracapsular",
       "implant L p ir=none",
       "lymph_node B a"],
    rec=["surgical_consultation"]))

MRI.append(dict(id="mri7_07_uae_staging_right_rim_washout_linear_clustered_ring", text="""
CLEVELAND CLINIC ABU DHABI - IMAGING INSTITUTE
MRI Breast Bilateral with Contrast - Preoperative Staging

Indication: Biopsy-proven invasive ductal carcinoma, right breast 2 o'clock. Pre-operative local staging.

Technique: 3T; axial T1, T2 Dixon, DWI; dynamic fat-saturated T1 pre and post gadolinium; subtraction and MIP.

Findings:
Scattered fibroglandular tissue. Mild symmetric background parenchymal enhancement.

Right breast:
- At 2 o'clock, upper inner quadrant, the biopsy-proven cancer is an irregular mass with irregular margins and rim
  enhancement, 19 x 16 x 17 mm, with fast initial enhancement and washout delayed kinetics. Susceptibility artefact
  from the biopsy clip.
- Extending 28 mm from the mass towards the nipple there is linear non-mass enhancement with a clustered ring
  internal pattern, suspicious for intraductal extension.
- Right axilla: no abnormal lymph nodes.

Left breast:
- At 3 o'clock, a 5 mm enhancing focus with plateau delayed kinetics, no T2 correlate.
- Left axilla: normal.

Impression:
1. Known right breast carcinoma. BI-RADS 6.
2. Linear clustered ring NME extending toward the nipple. BI-RADS 4B. MRI-guided biopsy recommended.
3. Left 3 o'clock focus, probably benign. BI-RADS 3, six-month follow-up MRI.
""", mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="4B", bb="R4B L3",
    f=["mass R p sh=irregular mg=irregular ie=rim ki=fast kd=washout @2:00 q=ui z=19",
       "non_mass R p nd=linear ie=clustered_ring z=28",
       "lymph_node R a",
       "focus L p kd=plateau @3:00 z=5"],
    rec=["biopsy", "short_interval_followup"]))

MRI.append(dict(id="mri7_08_sa_private_discharge_segmental_clumped_ducts_fatty", text="""
LANCET RADIOLOGY - SANDTON
MRI OF THE BREASTS

Clinical: 68 yr old. Spontaneous bloody discharge from the left nipple. Mammogram and sonar non-contributory.

Technique: Bilateral DCE MRI with T1 pre-contrast non-fat-saturated sequence.

Findings:
Almost entirely fatty breasts. Background parenchymal enhancement is minimal.

LEFT:
T1 hyperintense dilated ducts in the retroareolar left breast, in keeping with ducts containing proteinaceous or
haemorrhagic material.
Segmental non-mass enhancement extending 42 mm from the subareolar region into the upper outer quadrant, clumped
internal enhancement, medium initial enhancement and plateau kinetics.

RIGHT:
Unremarkable. No enhancing mass.

Axillae: normal.

CONCLUSION:
Left segmental clumped NME in a ductal territory with blood-filled ducts - suspicious for DCIS / intraductal
papillomatosis. BI-RADS 4B (left). BI-RADS 1 (right).
MRI-guided vacuum-assisted biopsy recommended.
""", mods=["mri"], purpose="diagnostic", fgt="a", bpe="minimal/-", overall="4B", bb="L4B R1",
    f=["other L p q=sa",
       "non_mass L p nd=segmental ie=clumped ki=medium kd=plateau z=42",
       "mass R a"],
    rec=["biopsy"]))

MRI.append(dict(id="mri7_09_synoptic_staging_checklist_left_satellite_typos", text="""
BREAST MRI - SYNOPTIC STAGING REPORT
Facility: Regional Cancer Centre, Breast Imaging
Procedure: Bilateral breast MRI with and without contrast
Indication: Newly diagnosed left breast IDC (US core biopsy, 2 o'clock). Staging.

BREAST COMPOSITION
  Fibroglandular tissue ........ C - heterogeneous
  BPE level .................... Mild
  BPE symmetry ................. Symmetric

INDEX LESION
  Side ......................... Left
  Location ..................... 2 o'clock, upper outer quadrant
  Lesion type .................. Mass
  Size ......................... 31 x 24 x 22 mm
  Shape ........................ Irregular
  Margin ....................... Spiculted
  Internal enhancement ......... Heterogenous
  Kinetics (initial/delayed) ... Fast / Washout

ADDITIONAL IPSILATERAL LESIONS
  Present ...................... Yes
  Lesion 2 ..................... Mass, 1 o'clock, 8 mm, round, circumscribed, homogeneous enhancement,
                                 27 mm from the index lesion
  Non-mass enhancement ......... None

SKIN / NIPPLE (LEFT)
  Skin thickening .............. None
  Nipple retraction ............ None

CONTRALATERAL BREAST
  Suspicious findings .......... None

AXILLA
  Left ......................... 1 abnormal level I node, 14 mm, cortex 5 mm
  Right ........................ Normal

ASSESSMENT
  Index lesion (left) .......... BI-RADS 6
  Lesion 2 (left) .............. BI-RADS 4B
  Contralateral (right) ........ BI-RADS 1

RECOMMENDATION
  Second-look ultrasound of left lesion 2 with ultrasound-guided biopsy.
""", mods=["mri"], purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4B", bb="L4B R1",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 q=uo z=31",
       "mass L p sh=round mg=circumscribed ie=homogeneous @1:00 z=8",
       "non_mass L a",
       "skin L a",
       "lymph_node L p z=14"],
    rec=["additional_imaging", "biopsy"]))

MRI.append(dict(id="mri7_10_us_academic_second_opinion_outside_mri_focal_nme_4a", text="""
DEPARTMENT OF RADIOLOGY - BREAST IMAGING SECTION
SECOND OPINION INTERPRETATION OF OUTSIDE STUDY
Exam: MRI breast bilateral with and without contrast, performed 10/28/2026 at Northgate Imaging (images submitted
on disc for review).

Clinical history: 52-year-old woman with intermittent clear right nipple discharge. Referred to our breast clinic.
The outside report assessed the study as BI-RADS 3.

Technique (outside): 1.5T, axial T2, axial T1 pre- and 4 post-contrast phases with subtractions. Image quality
adequate.

Findings:
Heterogeneous fibroglandular tissue (C). Moderate, symmetric background parenchymal enhancement.

Right breast: At 9:00, anterior depth, there is 11 mm of focal non-mass enhancement with heterogeneous internal
enhancement. Kinetics: medium initial phase, persistent delayed phase.

Left breast: At 3:00 a 5 mm intramammary lymph node with a fatty hilum.

No axillary lymphadenopathy.

Impression:
We disagree with the outside assessment. The right 9:00 focal heterogeneous non-mass enhancement in a patient with
nipple discharge warrants tissue sampling.

Overall BI-RADS 4A: Suspicious.
Recommend MRI-guided biopsy of the right 9:00 non-mass enhancement.
""", mods=["mri"], purpose="diagnostic", fgt="c", bpe="moderate/symmetric", overall="4A", bb="",
    f=["non_mass R p nd=focal ie=heterogeneous ki=medium kd=persistent @9:00 dp=anterior z=11",
       "lymph_node L p @3:00 z=5",
       "lymph_node B a"],
    rec=["biopsy"]))

MRI.append(dict(id="mri7_11_impression_first_highrisk_personal_history_round_mass_4a", text="""
MAGNETIC RESONANCE IMAGING OF THE BREASTS - HIGH RISK SCREENING
(personal history of left breast cancer, lumpectomy and radiation 2021)

IMPRESSION:
1. NEW 6 MM ENHANCING MASS, RIGHT BREAST 11:00. RIGHT: BI-RADS 4A. MRI-GUIDED BIOPSY IS RECOMMENDED.
2. STABLE POST-LUMPECTOMY CHANGES IN THE LEFT BREAST WITHOUT EVIDENCE OF RECURRENCE. LEFT: BI-RADS 2.

FINDINGS:
Amount of fibroglandular tissue: b. Background parenchymal enhancement: minimal and symmetric.

Right breast: At 11:00, posterior depth, there is a new 6 mm round mass with irregular margins and homogeneous
internal enhancement. Initial phase fast, delayed phase plateau (type II curve). Not present on the 10/2025 MRI.

Left breast: Post-lumpectomy changes in the upper outer quadrant, unchanged from 10/2025. No suspicious enhancement
at the lumpectomy site.
Questionable 4 mm focus in the lower inner quadrant of the left breast, seen on the first post-contrast phase only,
likely a vessel.

No axillary lymphadenopathy.

COMPARISON: MRI 10/17/2025.
TECHNIQUE: 3T bilateral breast MRI, standard high-risk protocol with dynamic contrast.
""", mods=["mri"], purpose="screening", fgt="b", bpe="minimal/symmetric", overall="4A", bb="R4A L2",
    f=["mass R p sh=round mg=irregular ie=homogeneous ki=fast kd=plateau @11:00 dp=posterior z=6",
       "other L p s q=uo",
       "focus L q q=li z=4",
       "lymph_node B a"],
    rec=["biopsy"]))
