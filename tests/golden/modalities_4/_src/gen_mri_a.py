"""MRI reports mri4_01 - mri4_05 (texts + compact gold)."""

R = []

R.append(dict(id="mri4_01_us_community_highrisk_screen_stable_foci", text="""
MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST - HIGH RISK SCREENING

CLINICAL HISTORY: 39-year-old female, BRCA2 mutation carrier. Annual high-risk screening.

COMPARISON: Breast MRI 02/2025 and 01/2024.

TECHNIQUE: Bilateral breast MRI at 3T with a dedicated breast coil. Axial T2, axial T1 non-fat-
saturated, and dynamic axial fat-saturated T1 images before and at 4 time points after
intravenous administration of 7 mL gadobutrol. Subtractions, MIPs and kinetic analysis (DynaCAD).

FINDINGS:
Amount of fibroglandular tissue: Heterogeneous fibroglandular tissue.
Background parenchymal enhancement: Mild, symmetric.

Right breast: A few scattered punctate foci, unchanged from the prior MRIs. No suspicious mass or
non-mass enhancement. A 4 mm T2-hyperintense non-enhancing cyst at 9 o'clock is stable.

Left breast: A few scattered punctate foci, unchanged. No suspicious mass or non-mass enhancement.

Lymph nodes: No axillary or internal mammary lymphadenopathy.

IMPRESSION:
No MRI evidence of malignancy. Stable benign-appearing foci bilaterally.

BI-RADS 2: Benign.

RECOMMENDATION: Continue annual high-risk screening MRI, alternating with mammography at 6-month
intervals.
""",
    mods=["mri"], purpose="screening", density=None, fgt="c", bpe="mild/symmetric",
    overall="2", bb="",
    f=["focus R p s",
       "mass R a",
       "nm R a",
       "mass R p s @9:00 z=4",
       "focus L p s",
       "mass L a",
       "nm L a",
       "ln B a"],
    rec=["routine_screening"]))

R.append(dict(id="mri4_02_uk_nhs_staging_rcr_mri_scores", text="""
North Pennine University Hospitals NHS Trust - Breast Imaging
MRI BOTH BREASTS (LOCAL STAGING)                       Date of exam: 09/02/2026

Clinical details: Lt breast IDC (grade 2, ER+) on core biopsy, 2 o'clock. M5 U5. Dense breasts on
mammography. Pre-op local staging ?multifocal.

Technique: 1.5T. Axial T2, DWI, pre- and dynamic post-gadolinium T1 FS with subtraction.

Findings:
FGT: scattered fibroglandular tissue (b). BPE minimal and symmetrical.

Left breast: The known cancer at 2 o'clock is an irregular enhancing mass with spiculated margins
and heterogeneous internal enhancement, 24 x 18 x 20 mm, with rapid initial enhancement and washout
(type 3 curve). Biopsy clip artefact within it.
A separate 6 mm round mass with homogeneous enhancement lies 3 cm posterior to the index lesion,
at 2-3 o'clock, with fast/plateau kinetics, suspicious for a satellite lesion.

Rt breast: No suspicious enhancement.

Axillae: Lt axilla - one level 1 node with asymmetric cortical thickening to 5 mm. Rt axilla normal.

Conclusion:
1. Known left breast cancer, 24 mm (MRI 5).
2. 6 mm satellite lesion 3 cm posterior to the index cancer (MRI 4). Total extent of disease 45 mm.
3. Abnormal left axillary node (MRI 4).
4. Right breast normal (MRI 1).

Recommendations: Second-look US of the satellite lesion and the left axilla, with US-guided biopsy.
Discuss at breast MDM.

Dr S. Okafor, Consultant Breast Radiologist
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="minimal/symmetric",
    overall=None, bb="",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @2:00 z=24",
       "mass L p sh=round ie=homogeneous ki=fast kd=plateau z=6",
       "ln L p"],
    rec=["additional_imaging", "biopsy", "other"]))

R.append(dict(id="mri4_03_au_private_implant_noncontrast_intracapsular", text="""
MRI BREAST IMPLANTS (NON-CONTRAST)

Clinical notes: 54yo. Bilateral cosmetic silicone augmentation 2009. Right breast feels firmer, with a
change in shape. ?rupture.

Technique: 3T. Axial and sagittal T2, silicone-selective (water-suppressed STIR), silicone-suppressed
and axial T1 sequences. No IV contrast.

Findings:
There are bilateral subglandular single-lumen silicone implants.

Right implant: Multiple curvilinear low-signal lines within the silicone gel (linguine sign),
consistent with intracapsular rupture. No silicone outside the fibrous capsule. A few water droplets
within the gel.

Left implant: Intact. Some radial folds only. No keyhole, teardrop or linguine sign. No extracapsular
silicone.

Breast parenchyma: predominantly fatty (a). No mass is seen in either breast on the non-contrast
sequences, within the limits of a non-contrast study.

No silicone-laden axillary nodes.

Conclusion:
Right intracapsular implant rupture. Left implant intact.
BI-RADS 2.
Suggest referral back to the patient's plastic surgeon.

Dr M. Fitzgerald FRANZCR
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="a", bpe=None,
    overall="2", bb="",
    f=["imp R p ir=intracapsular",
       "imp L p ir=none",
       "mass B a",
       "ln B a"],
    rec=["surgical_consultation"]))

R.append(dict(id="mri4_04_france_irm_segmental_clumped_acr_conclusion", text="""
CENTRE D'IMAGERIE MÉDICALE - LYON
IRM MAMMAIRE BILATÉRALE (English translation of the original report)

Indication: 46-year-old woman. Problem-solving MRI for an area of architectural distortion in the
right upper outer quadrant seen on tomosynthesis; targeted ultrasound negative.

Technique: 1.5 T. T2, diffusion, dynamic 3D fat-saturated T1 before and after gadolinium
injection, subtraction images.

Results:
Amount of fibroglandular tissue: extreme (type d).
Background parenchymal enhancement: moderate, asymmetric (right > left).

Right breast: segmental non-mass enhancement in the upper outer quadrant, 35 mm, with clumped
internal enhancement, rapid initial enhancement then plateau. It corresponds to the distortion seen
on tomosynthesis. No associated mass.

Left breast: oval mass with circumscribed margins, 12 mm, at 6h, with non-enhancing internal
septations, slow initial enhancement then persistent. Unchanged compared with the MRI of March
2024: fibroadenoma.

Lymph node areas: no axillary lymphadenopathy.

Conclusion:
Right breast: segmental clumped non-mass enhancement of the upper outer quadrant, corresponding to
the distortion: ACR 4.
Left breast: stable fibroadenoma: ACR 2.
An MRI-guided vacuum-assisted biopsy of the right breast is proposed.

Dr C. Morel, radiologist
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="d", bpe="moderate/asymmetric",
    overall="4", bb="R4 L2",
    f=["nm R p ie=clumped nd=segmental ki=fast kd=plateau q=upper_outer z=35",
       "mass R a",
       "mass L p s sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @6:00 z=12",
       "ln B a"],
    rec=["biopsy"]))

R.append(dict(id="mri4_05_nepal_telerad_lowercase_linear_clustered_ring_typos", text="""
teleradiology report - kathmandu valley diagnostic centre
pt: 51/f    ref: dr. ----- (surgical opd)
study: mri b/l breasts with contrast (1.5t)
hx: bloody nipple discharge rt breast x 1 month. usg (outside): dilated ducts rt retroareolar.

findings:
fgt - scattered (b). bpe - marked, symetric.
rt breast: linear nme extending from the retroareolar region toward 10 o'clock, ~28 mm, clustered
ring enhancment, medium initial / plateau delayed. few dilated ducts in the retroareolar region with
t1 hyperintense content (? proteinaceous / blood), no enhancement of the duct walls.
lt breast: 4 mm focus at 1 o'clock, persistent kinetics, likely benign. 11 mm oval circumscribed
t2 bright non-enhancing mass at 3 o'clock - cyst.
axilla: no significant lad.

imp:
1. rt linear nme with clustered ring pattern along the ducts - suspicious for dcis. birads 4b.
2. rt dilated ducts with haemorrhagic / proteinaceous content.
3. lt focus and simple cyst - birads 2.

adv: mri-guided or second look usg guided biopsy of rt nme. clinical correlation.

- dr. s. shrestha, md (radiodiagnosis)  [reported remotely]
""",
    mods=["mri"], purpose="diagnostic", density=None, fgt="b", bpe="marked/symmetric",
    overall="4B", bb="R4B L2",
    f=["nm R p ie=clustered_ring nd=linear ki=medium kd=plateau z=28",
       "other R p",
       "focus L p kd=persistent @1:00 z=4",
       "mass L p sh=oval mg=circumscribed @3:00 z=11",
       "ln B a"],
    rec=["biopsy", "additional_imaging", "clinical_correlation"]))
