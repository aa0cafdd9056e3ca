"""MRI reports (mri5_NN) and their gold in compact form."""

R = []

R.append(dict(id="mri5_01_us_community_highrisk_screen_stable_cyst_bi2", text="""
Lakeside Imaging Associates

MRI BILATERAL BREAST WITH AND WITHOUT CONTRAST
Date of exam: 11/20/2026

Indication: High-risk screening. Lifetime risk 27% (Tyrer-Cuzick v8). Mother with breast cancer at 44.
Screening mammogram 05/2026: negative.
Comparison: Breast MRI 11/2025.

Technique: Multiplanar, multisequence MRI of both breasts on a 3T magnet with a dedicated breast coil, before
and after IV gadobutrol 7 mL. Subtraction, MIP and kinetic analysis performed on a CAD workstation.

Findings:
Amount of fibroglandular tissue: Heterogeneous fibroglandular tissue.
Background parenchymal enhancement: Mild, symmetric.

No suspicious masses, non-mass enhancement, or foci in either breast.
Unchanged 5 mm T2-bright oval circumscribed mass in the left breast at 3 o'clock without enhancement,
consistent with a cyst.
Normal-appearing lymph nodes in both axillae. No internal mammary adenopathy.

Impression:
No MRI evidence of malignancy. Stable benign left breast cyst.

BI-RADS 2: Benign.

Recommendation: Continue annual screening MRI, alternating with mammography every 6 months.
""", mods=["mri"], purpose="screening", fgt="c", bpe="mild/symmetric", overall="2", bb="",
    f=["mass B a", "nm B a", "focus B a",
       "mass L p s sh=oval mg=circumscribed @3:00 z=5",
       "ln B p", "ln B a"],
    rec=["routine_screening"]))

R.append(dict(id="mri5_02_uk_nhs_lobular_staging_segmental_nme", text="""
MRI BOTH BREASTS - STAGING
Breast Imaging, Westbury Hospitals NHS Trust

Clinical details: 63F. Lt breast 12 o'clock ILC (B5b), grade 2, ER+ HER2-. Mammo M4, US U5 18mm.
MRI requested for extent of disease (lobular histology).

Technique: 1.5T. Axial T2 STIR, T1 pre-contrast, dynamic post gadolinium x 6, subtractions and MIPs.

Findings:
FGT: scattered (b). BPE: minimal.

Lt breast: At 12 o'clock, middle depth, the known carcinoma is seen as an irregular enhancing mass with
spiculated margins and heterogeneous internal enhancement, measuring 27mm (AP 18mm). Rapid initial enhancement
with a type 3 (washout) curve. Clip artefact within.
Extending from its lateral aspect towards 2 o'clock there is segmental heterogeneous non-mass enhancement,
45mm in length, with a plateau curve, suspicious for additional disease.
Lt axilla: normal nodes, the largest 8mm with a fatty hilum.

Rt breast: 6mm oval circumscribed homogeneously enhancing mass at 9 o'clock with persistent kinetics and a
fatty hilum on T1, in keeping with an intramammary lymph node.
Rt axilla: normal.
No chest wall abnormality. Skin normal.

Conclusion:
1. Lt 12 o'clock known ILC, 27mm on MRI (18mm on US). BI-RADS 6.
2. Lt segmental NME extending laterally towards 2 o'clock; total extent up to 60mm if this is tumour.
   BI-RADS 4. MRI-guided biopsy recommended before surgical planning.
3. Rt intramammary lymph node. BI-RADS 2.

For discussion at the breast MDM.
""", mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/-", overall="4", bb="L4 R2",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @12:00 dp=middle z=27",
       "nm L p ie=heterogeneous nd=segmental kd=plateau z=45",
       "ln L p z=8",
       "ln R p sh=oval mg=circumscribed ie=homogeneous kd=persistent @9:00 z=6"],
    rec=["biopsy", "other"]))

R.append(dict(id="mri5_03_au_private_implant_contrast_extracapsular", text="""
Coastal Medical Imaging - Gold Coast

MRI BREASTS - SILICONE IMPLANT PROTOCOL WITH CONTRAST

Clinical notes: 54F. Bilateral cosmetic silicone implants 2009 (subglandular). The left breast has become firm
and misshapen. Outside US: ?rupture.

Technique: Axial and sagittal silicone-selective (water-suppressed STIR), T2, pre and post contrast dynamic
T1 fat-sat.

Report:
Bilateral subglandular single-lumen silicone implants.

Left implant: Multiple curvilinear low-signal lines within the silicone (linguine sign), with silicone signal
outside the fibrous capsule at the lateral aspect extending into the breast tissue at 3 o'clock over 22mm.
Appearances are of extracapsular rupture. Silicone signal is also present within two left axillary lymph nodes.

Right implant: Radial folds only. No intracapsular or extracapsular rupture.

FGT: scattered fibroglandular tissue (b). BPE: minimal, symmetric.
No enhancing mass or non-mass enhancement in either breast.

Conclusion:
Left extracapsular silicone implant rupture with silicone-laden left axillary nodes.
Intact right implant.
BI-RADS 2.
Referral to a plastic surgeon is recommended.

Dr Fiona McAllister
""", mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="2", bb="",
    f=["implant L p ir=extracapsular",
       "ln L p",
       "implant R p ir=none",
       "mass B a", "nm B a"],
    rec=["surgical_consultation"]))

R.append(dict(id="mri5_04_india_dce_segmental_clumped_nme_ducts_typos", text="""
DEPARTMENT OF RADIODIAGNOSIS & IMAGING
MRI BOTH BREASTS (PLAIN + DYNAMIC CONTRAST)

Clinical: 44 yr female. Left breast mastalgia with blood stained nipple discharge. USG (outside): dilated
ducts left breast. Mammography: dense breasts (ACR C), inconclusive.

Observations:
Breast composition on MRI: heterogenous fibroglandular tissue (ACR c).
Background parenchymal enhancment: moderate, symmetrical.

LEFT BREAST:
- A segmental area of non mass enhancement with clumped internal pattern is seen in the upper outer quadrant,
  extending from the retroareolar region towards the axillary tail, measuring 6.2 x 2.1 cm. Kinetic curve:
  medium initial rise with plateau (type II).
- Mildly dilated retroareolar ducts with T1 hyperintense contents.
- No enhancing mass lesion.

RIGHT BREAST:
- Two simple cysts at 9 o'clock (8 mm) and 11 o'clock (5 mm), T2 hyperintense, non enhancing.
- No suspicious enhancment.

AXILLA: Few subcentimetric nodes with maintained fatty hila bilaterally.

IMPRESSION:
- Segmental clumped NME in left breast UOQ, suspicious for DCIS - BIRADS IV B.
- Right breast simple cysts - BIRADS II.

ADVICE: Second look USG and USG / MRI guided biopsy.
""", mods=["mri"], purpose="diagnostic", fgt="c", bpe="moderate/symmetric", overall="4B", bb="L4B R2",
    f=["nm L p ie=clumped nd=segmental ki=medium kd=plateau q=upper_outer z=62",
       "other L p",
       "mass L a",
       "mass R p @9:00 z=8",
       "mass R p @11:00 z=5",
       "ln B p"],
    rec=["additional_imaging", "biopsy"]))

R.append(dict(id="mri5_05_canada_highrisk_brca1_focus_washout", text="""
Lakeshore Regional Health Centre - High Risk Ontario Breast Screening Program

MRI BREASTS BILATERAL (SCREENING)

History: 36 y. BRCA1 carrier. Annual high-risk screening. Prior MRI 2025-11.

Findings:
The breasts demonstrate scattered fibroglandular tissue (FGT b). BPE is mild and symmetric.

Right breast: There is a new 5 mm enhancing focus at 10 o'clock, posterior depth, with rapid initial
enhancement and washout. It is not T2 bright.
Right breast 7 o'clock: stable 6 mm oval circumscribed homogeneously enhancing mass with a fatty hilum,
compatible with an intramammary lymph node.
Multiple scattered punctate foci are again seen bilaterally, stable, compatible with background enhancement.

Left breast: No suspicious mass or non-mass enhancement.
Axillae: normal.

Impression:
1. New 5 mm focus with washout kinetics, right breast 10 o'clock. BI-RADS 4A. MRI-guided biopsy is recommended.
2. Otherwise benign findings: stable bilateral foci and right intramammary lymph node.

Dr. P. Sandhu, FRCPC
""", mods=["mri"], purpose="screening", fgt="b", bpe="mild/symmetric", overall="4A", bb="R4A",
    f=["focus R p ki=fast kd=washout @10:00 dp=posterior z=5",
       "ln R p s sh=oval mg=circumscribed ie=homogeneous @7:00 z=6",
       "focus B p s",
       "mass L a", "nm L a"],
    rec=["biopsy"]))

R.append(dict(id="mri5_06_hongkong_post_nact_rim_residual_bi6", text="""
Department of Radiology, Kowloon East Cluster, Hospital Authority

MRI BREASTS (POST NEOADJUVANT CHEMOTHERAPY ASSESSMENT)

Clinical: Known right breast carcinoma (HER2 positive) diagnosed 05/2026. Completed 6 cycles of NACT.
Pre-treatment MRI 12/05/2026. For response assessment before surgery.

Findings:
Fibroglandular tissue: almost entirely fat (a). Background parenchymal enhancement: minimal, symmetric.

Right breast:
The previously seen 46 mm irregular mass at 11 o'clock has markedly decreased. Residual irregular
rim-enhancing mass with irregular margins measuring 12 x 9 mm at the same site, with medium initial
enhancement and persistent delayed kinetics. The previously seen linear NME extending towards the nipple is no longer seen.
Biopsy marker clip in situ.
The previously enlarged right axillary lymph node has decreased in size, now 7 mm in short axis with a thin
cortex.

Left breast:
No enhancing mass. Stable 4 mm focus at 4 o'clock.

Impression:
Good partial response. Residual 12 mm rim-enhancing mass in the right breast. Resolution of the NME.
Right breast: BI-RADS 6.

Please discuss at the multidisciplinary meeting.
""", mods=["mri"], purpose="diagnostic", fgt="a", bpe="minimal/symmetric", overall="6", bb="R6",
    f=["mass R p sh=irregular mg=irregular ie=rim ki=medium kd=persistent @11:00 z=12",
       "nm R a",
       "ln R p z=7",
       "mass L a",
       "focus L p s @4:00 z=4"],
    rec=["other"]))

R.append(dict(id="mri5_07_gulf_problem_solving_septations_round_mass_typos", text="""
King Fahad Medical Centre - Medical Imaging Department

MRI BREAST BILATERAL WITH CONTRAST (PROBLEM SOLVING)

Indication: 39-year-old female. Palpable right breast lump. Mammography and ultrasound (outside, 10/2026):
right breast 8 o'clock mass, indeterminate. Patient declines biopsy; MRI requested for further
characterization.

Findings:
Amount of FGT: extreme (d). BPE: marked, symmetric.

Right breast: At 8 o'clock there is a 24 x 16 mm oval mass with circumsribed margins, T2 hyperintense, with
non-enhancing dark internal septaions and slow initial enhancement followed by a persistent (type I) curve.
Features are typical of a fibroadenoma.

Left breast: A 7 mm round mass at 1 o'clock with margins that are not circumscribed and homogeneous
enhancement, fast initial and plateau delayed kinetics - indeterminate.
Non-mass enhancement in multiple regions of the left breast, homogeneous, with persistent kinetics, most likely
related to the marked BPE.

Multiple bilateral foci, compatible with the marked BPE.
No skin thickening. Bilateral axillary lymph nodes are normal in size and morphology.

Impression:
1. Right 8 o'clock mass - typical fibroadenoma. BI-RADS 2.
2. Left 1 o'clock 7 mm enhancing mass, indeterminate. BI-RADS 4A.

Second-look ultrasound is recommended, with US-guided biopsy if a correlate is found; otherwise MRI-guided
biopsy.
""", mods=["mri"], purpose="diagnostic", fgt="d", bpe="marked/symmetric", overall="4A", bb="R2 L4A",
    f=["mass R p sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @8:00 z=24",
       "mass L p sh=round mg=not_circumscribed ie=homogeneous ki=fast kd=plateau @1:00 z=7",
       "nm L p ie=homogeneous nd=multiple_regions kd=persistent",
       "focus B p",
       "skin B a",
       "ln B p"],
    rec=["additional_imaging", "biopsy"]))

R.append(dict(id="mri5_08_sa_private_abbreviated_v2025_focal_nme_bi3", text="""
Atlantic Seaboard Radiology - Cape Town

ABBREVIATED BREAST MRI (AB-MR) - SUPPLEMENTAL SCREENING

Indication: 52 years. Supplemental screening for dense breasts. No personal history of breast cancer.

Protocol (ACR BI-RADS v2025 abbreviated protocol): T2, pre-contrast T1 and one early post-contrast
acquisition with subtraction and MIP. No delayed phase; kinetic assessment not performed.

Breast composition (amount of fibroglandular tissue): c.
Background parenchymal enhancement: moderate, asymmetric (left greater than right).

Findings:
Left breast
  Finding 1 - Non-mass enhancement. Distribution: focal. Internal enhancement: heterogeneous. Size: 11 mm.
              Location: 2 o'clock, middle depth.
  Finding 2 - Focus. 4 mm. 5 o'clock. T2 hyperintense.
Right breast
  No mass. No non-mass enhancement.
Lymph nodes: normal.

Assessment:
Left: BI-RADS 3 (Finding 1 probably benign; Finding 2 benign).
Right: BI-RADS 1.

Recommendation: Six-month follow-up MRI of the left breast with a full diagnostic protocol.

Dr N. Pillay
""", mods=["mri"], purpose="screening", fgt="c", bpe="moderate/asymmetric", overall="3", bb="L3 R1",
    f=["nm L p ie=heterogeneous nd=focal @2:00 dp=middle z=11",
       "focus L p @5:00 z=4",
       "mass R a", "nm R a",
       "ln B p"],
    rec=["short_interval_followup"]))

R.append(dict(id="mri5_09_us_academic_staging_contralateral_clustered_ring", text="""
EXAM: MRI BREAST BILATERAL W/WO CONTRAST

CLINICAL HISTORY: 58-year-old woman with newly diagnosed invasive ductal carcinoma of the right breast at
10 o'clock (US-guided biopsy 11/02/2026, coil-shaped clip). Preoperative staging.

COMPARISON: Mammogram and ultrasound 10/28/2026. No prior MRI.

TECHNIQUE: Axial T1 non-fat-saturated, T2 fat-saturated and dynamic T1 fat-saturated images before and at
four time points after IV gadoterate meglumine (15 mL). Subtraction, MIP and kinetic analysis.

FINDINGS:
Amount of fibroglandular tissue: Scattered areas of fibroglandular tissue.
Background parenchymal enhancement: Minimal.

RIGHT BREAST:
The biopsy-proven malignancy at 10 o'clock, middle depth, is an irregular mass with spiculated margins and
heterogeneous internal enhancement measuring 2.1 x 1.8 x 1.9 cm, with fast initial and washout delayed
kinetics. Susceptibility artifact from the clip. No skin thickening.
A possible 4 mm focus at 7 o'clock, anterior depth, is likely background enhancement.
No additional suspicious enhancement in the right breast.

RIGHT AXILLA: One level I lymph node with asymmetric cortical thickening to 6 mm, short axis 11 mm.

LEFT BREAST:
At 1 o'clock, anterior depth, there is 18 mm of linear non-mass enhancement with clustered ring enhancement,
fast initial and persistent delayed kinetics. No corresponding finding on the recent mammogram.

LEFT AXILLA: Normal.
No enlarged internal mammary lymph nodes bilaterally.

IMPRESSION:
1. Known right breast malignancy at 10 o'clock, 2.1 cm, without additional disease in the right breast.
   BI-RADS 6.
2. Suspicious right axillary lymph node. US-guided biopsy recommended.
3. Left breast 1 o'clock linear clustered ring non-mass enhancement. BI-RADS 4B. MRI-guided biopsy recommended.
""", mods=["mri"], purpose="diagnostic", fgt="b", bpe="minimal/-", overall="4B", bb="R6 L4B",
    f=["mass R p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 dp=middle z=21",
       "skin R a",
       "focus R q @7:00 dp=anterior z=4",
       "ln R p z=11",
       "nm L p ie=clustered_ring nd=linear ki=fast kd=persistent @1:00 dp=anterior z=18",
       "ln B a"],
    rec=["biopsy"]))

R.append(dict(id="mri5_10_nz_letter_followup_focal_nme_fat_necrosis", text="""
Waitemata Breast Imaging - Auckland

Dr Sarah Whitaker
Milford Medical Centre

Dear Sarah,

Re: Ms Leilani ____, DOB __/__/1981 - Breast MRI, 6-month follow-up, 16/11/2026

Thank you for referring Leilani for her follow-up MRI. She had an area of focal non-mass enhancement in the
left breast on her MRI of 05/2026, which we assessed as probably benign (BI-RADS 3). She had a right
lumpectomy and radiotherapy in 2021.

The amount of fibroglandular tissue is scattered (b) and the background enhancement is mild and symmetric.

In the left breast the focal area of non-mass enhancement at 6 o'clock, posterior depth, is unchanged at
9 mm. It enhances homogeneously, with slow initial and persistent delayed enhancement. There is no new
enhancing lesion in the left breast.

In the right breast there are the expected post-lumpectomy changes in the upper outer quadrant, with a stable
non-enhancing scar and mild skin thickening from the radiotherapy. At the lumpectomy site there is a 14 mm
oval fat-containing lesion with a thin enhancing rim, consistent with fat necrosis.

There is no axillary or internal mammary lymphadenopathy.

In summary, the left focal non-mass enhancement has been stable over 6 months and is benign, and the right
breast shows post-treatment changes including fat necrosis. BI-RADS 2. I suggest she returns to her annual
MRI and mammography.

Kind regards,

Dr Aroha Whetu
Breast Radiologist
""", mods=["mri"], purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="2", bb="",
    f=["nm L p s ie=homogeneous nd=focal ki=slow kd=persistent @6:00 dp=posterior z=9",
       "other R p s q=upper_outer",
       "skin R p",
       "other R p sh=oval ie=rim z=14",
       "ln B a"],
    rec=["routine_screening"]))

R.append(dict(id="mri5_11_us_telerad_noncontrast_implant_intracapsular_typos", text="""
TELERADIOLOGY REPORT - Summit Remote Radiology Partners
Site: Valley View Imaging, Unit 2

EXAM: MRI BREAST BILATERAL WITHOUT CONTRAST (IMPLANT INTEGRITY)

INDICATION: 61 yo F with silicone implants placed 1998. Screening for silent rupture per FDA guidance.
No symptoms.

TECHNIQUE: Axial T2, axial and sagittal silicone-selective (water-suppressed STIR) and silicone-suppressed T2
images. No IV contrast.

COMPARISON: None.

FINDINGS:
Bilateral retropectoral single-lumen silicone implants.

RIGHT: Multiple wavy low-signal lines floating within the implant (linguine sign), with small foci of water
signal within the silicone (water droplets). No silicone outside the fibrous capsule. Findings compatable with
intracapsular rupture.

LEFT: Intact. Several radial folds extending to the periphery. No linguine, keyhole or subcapsluar line sign.

No silicone in the axillary lymph nodes.

Note: evaluation of the breast parenchyma for malignancy is limited without IV contrast.

IMPRESSION:
1. Intracapsualr rupture of the right silicone implant.
2. Intact left implant.

BI-RADS 2: Benign.

Surgical consultation recommended as clinically appropriate.

Electronically signed: R. Castellano, MD (remote)
""", mods=["mri"], purpose="screening", overall="2", bb="",
    f=["implant R p ir=intracapsular",
       "implant L p ir=none",
       "ln B a"],
    rec=["surgical_consultation"]))
