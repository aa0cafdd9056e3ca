"""MRI reports (11): text + compact gold."""
from common import write

R = []

R.append(dict(
    id="mri14_01_us_academic_v2025_staging_left_idc_right_linear_nme_4a",
    style="US academic, v2025 section headings, staging MRI", less=False,
    text="""
MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST
Date: 02/10/2026
Indication: 51F, newly dx L breast IDC (US-guided bx 01/28/2026, 10:00), ER+/HER2-. Staging.
Comparison: Mammogram and US 01/2026.
Technique: 3T, dedicated breast coil. Axial T2, axial DWI (b 800), pre and dynamic post-gadolinium (gadobutrol 7 mL) fat-sat T1 x 5, subtractions, MIPs. Kinetic analysis on DynaCAD.

AMOUNT OF FIBROGLANDULAR TISSUE: c (heterogeneous)
BACKGROUND PARENCHYMAL ENHANCEMENT: mild / symmetric

FINDINGS:
Left breast:
1. Known malignancy L 10:00 middle depth: irregular mass w/ spiculated margins and heterogeneous internal enhancement, 22 x 18 x 20 mm (AP x TR x CC). Kinetics: fast initial / washout delayed. Restricted diffusion (ADC 0.9). Biopsy clip artifact within.
2. Satellite L 10:00, 12 mm anterior to #1: 5 mm oval mass, circumscribed, homogeneous enhancement, fast / plateau.
No NME. Skin, nipple and pectoralis normal.
L axilla: one level I node with cortical thickening to 5 mm.

Right breast:
3. R 6:00 posterior depth: linear NME 14 mm, clumped internal enhancement, medium initial / persistent delayed. No corresponding T2 or DWI abnormality.
No suspicious mass. R axilla normal.

IMPRESSION:
1. Known L breast malignancy 22 mm with 5 mm satellite mass 12 mm anterior (total extent 39 mm) and a suspicious L axillary node. BI-RADS 6 (left).
2. R 6:00 linear clumped NME - suspicious. Right: BI-RADS 4A. Recommend MRI-guided biopsy. Second-look US may be attempted first.
3. US-guided FNA / biopsy of the L axillary node if not already planned.
""",
    mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4A", bb="L6 R4A",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 dp=middle z=22",
       "mass L p sh=oval mg=circumscribed ie=homogeneous ki=fast kd=plateau @10:00 z=5",
       "nme L a",
       "ln L p",
       "nme R p nd=linear ie=clumped ki=medium kd=persistent @6:00 dp=posterior z=14",
       "mass R a"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(
    id="mri14_02_ireland_private_silicone_only_mri_linguine_intracapsular_bi2",
    style="Ireland private hospital, non-contrast implant MRI", less=False,
    text="""
MRI BOTH BREASTS - IMPLANT PROTOCOL (NON CONTRAST)

Clinical details: 47 yrs. Bilateral cosmetic silicone implants 2012 (PIP concern raised by GP, pt unsure of make). ?rupture. No palpable mass.

Technique: Axial and sagittal T2 STIR, silicone-selective (water-suppressed) and silicone-suppressed sequences. No IV contrast given.

Findings:
Bilateral subglandular single-lumen silicone implants.
Breast tissue: scattered fibroglandular tissue (b).
LEFT: Multiple curvilinear low signal lines within the silicone gel, parallel to the shell - linguine sign - consistent with intracapsular rupture. No silicone seen outside the fibrous capsule.
RIGHT: Radial folds only. No linguine, keyhole or teardrop sign. Intact.
No mass seen in either breast on these non-contrast sequences (note: non-contrast study not designed to assess for malignancy).

Conclusion:
Intracapsular rupture of the left implant. Right implant intact.
BI-RADS 2.
Suggest referral back to plastic surgeon re: explantation/exchange.
""",
    mods="mri", purpose="diagnostic", fgt="b", overall="2", bb="",
    f=["impl L p ir=intracapsular",
       "impl R p ir=none",
       "mass B a"],
    rec=["surgical_consultation"]))

R.append(dict(
    id="mri14_03_au_private_high_risk_abbreviated_impression_first_new_focus_4",
    style="Australia private, impression placed first, abbreviated high-risk MRI", less=True,
    text="""
BREAST MRI (ABBREVIATED PROTOCOL) - HIGH RISK SURVEILLANCE

IMPRESSION: New 5 mm enhancing focus left breast 12 o'clock with washout and low T2 signal: BI-RADS 4 (left). MRI-guided biopsy recommended (second-look US unlikely to help at this size, but may be attempted). Stable right fibroadenoma.

Clinical: 38F, BRCA1 carrier, annual MRI + mammography. Prior MRI 02/2025: BI-RADS 2.
Technique: AB-MR: T2 fat-sat, pre and first post-contrast T1 (1 min), subtraction, MIP, plus one delayed post-contrast acquisition at 6 min (department protocol).

Fibroglandular tissue: extreme (d).
BPE: moderate, symmetric.

Findings:
L 12:00 anterior third: 5 mm enhancing focus, not present on 02/2025. Low T2 signal. Fast initial enhancement with washout on the delayed acquisition.
R 8:00: 11 mm oval circumscribed mass with non-enhancing dark internal septations, slow / persistent, stable since 2023 - consistent with fibroadenoma.
Scattered tiny bilateral foci, unchanged, in keeping with BPE.
Axillae normal.
""",
    mods="mri", purpose="screening", fgt="d", bpe="moderate/symmetric", overall="4", bb="L4",
    f=["focus L p ki=fast kd=washout @12:00 dp=anterior z=5",
       "mass R p s sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @8:00 z=11",
       "focus B p s"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(
    id="mri14_04_singapore_mri_nipple_discharge_segmental_clustered_ring_4b",
    style="Singapore hospital, MRI for nipple discharge, side sub-headers", less=False,
    text="""
MRI BREASTS (CONTRAST)

Clinical: 56 y/o, R spontaneous single-duct bloody nipple discharge. Mammogram and US: dilated R retroareolar ducts, no mass. Ductography not done.

Technique: 1.5T. T1, T2 STIR, DWI, dynamic T1 fat-sat pre + 5 post contrast, subtraction.

The breasts are composed of scattered areas of fibroglandular tissue (FGT b). Background parenchymal enhancement is minimal and symmetrical.

RIGHT BREAST:
There is segmental non-mass enhancement extending from the retroareolar region towards 10 o'clock over 45 mm (AP) x 18 (TR) x 22 (CC) mm, with clustered ring enhancement. Kinetics: medium initial rise with plateau. Dilated retroareolar ducts with T1 hyperintense (proteinaceous / haemorrhagic) contents.
No enhancing mass. Nipple not retracted.

LEFT BREAST:
No suspicious mass or non-mass enhancement.

AXILLAE: No lymphadenopathy.

IMPRESSION:
Right segmental clustered ring NME from the nipple towards 10 o'clock, suspicious for DCIS in the setting of bloody discharge. BI-RADS 4B.
Left BI-RADS 1.
Recommend second-look ultrasound; if no correlate, MRI-guided vacuum-assisted biopsy.
""",
    mods="mri", purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4B", bb="R4B L1",
    f=["nme R p nd=segmental ie=clustered_ring ki=medium kd=plateau z=45",
       "other R p",
       "mass R a",
       "skin R a",
       "mass L a", "nme L a",
       "ln B a"],
    rec=["additional_imaging", "biopsy"]))

R.append(dict(
    id="mri14_05_canada_ontario_multicentric_staging_lesion_spreadsheet_rim_4c",
    style="Canada (Ontario), staging MRI with a lesion table pasted from a spreadsheet", less=True,
    text="""
MRI BILATERAL BREASTS - PRE-OPERATIVE STAGING

History: 44F, biopsy-proven L breast IDC grade 3 at 2 o'clock (triple negative). Mammo: extremely dense.
Technique: 3T, standard DCE protocol with DWI. Gadavist 6.5 mL.

Amount of FGT: heterogeneous (c).  BPE: mild, symmetric.

Lesions:
Lesion | Side | Location      | Type  | Size mm (APxTRxCC) | Shape / Margin        | Internal enh.  | Kinetics (init/delayed) | BI-RADS
1      | L    | 2:00, MD       | mass  | 14x18x16           | irregular / spiculated | rim            | fast / washout           | 6
2      | L    | 10:00, PD      | mass  | 9x8x10             | irregular / irregular  | rim            | fast / plateau           | 4C
3      | L    | UOQ + LIQ      | NME   | 60 (CC extent)     | multiple regions       | heterogeneous  | medium / persistent      | 4B
4      | R    | 7:00, AD       | focus | 4                  | -                      | -              | slow / persistent        | 2

Notes: Lesion 1 = known cancer (biopsy clip within). Lesion 2 is in a different quadrant, 5.5 cm from lesion 1 - multicentric disease if malignant. Lesion 3 NME is non-contiguous with 1 and 2.
L axilla: 2 level I nodes with loss of fatty hilum, largest 13 mm short axis. R axilla normal.
No chest wall invasion or skin thickening.

IMPRESSION:
Known left cancer (6) with suspicious additional L mass at 10:00 (4C) and NME in multiple regions (4B); abnormal L axillary nodes. R 7:00 benign focus.
Overall: BI-RADS 4C. MRI-guided biopsy of lesion 2 (and lesion 3 if lesion 2 benign). Axillary US with FNA. Discuss at breast tumour board.
""",
    mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="4C", bb="L6 L4C L4B R2",
    f=["mass L p sh=irregular mg=spiculated ie=rim ki=fast kd=washout @2:00 z=18",
       "mass L p sh=irregular mg=irregular ie=rim ki=fast kd=plateau @10:00 z=10",
       "nme L p nd=multiple_regions ie=heterogeneous ki=medium kd=persistent z=60",
       "focus R p ki=slow kd=persistent @7:00 z=4",
       "ln L p z=13",
       "skin B a"],
    rec=["biopsy", "additional_imaging", "other"]))

R.append(dict(
    id="mri14_06_nz_post_lumpectomy_surveillance_focal_nme_minimal_asym_bpe_bi3",
    style="New Zealand public hospital, post-treatment surveillance MRI", less=False,
    text="""
MRI BOTH BREASTS WITH CONTRAST

Indication: 62F. R WLE + SLNB 2022 (ILC), adjuvant RT + letrozole. Surveillance (dense breasts at diagnosis, lobular histology).
Comparison: MRI 03/2025.

Breast composition: almost entirely fatty (a) - marked involution since 2022.
BPE: minimal; asymmetric, less on the treated R side.

Right: Post-surgical distortion at the UOQ lumpectomy site, unchanged, no enhancement beyond the thin rim seen previously. Diffuse skin thickening, stable post-radiation change.
New 9 mm area of focal non-mass enhancement at 9 o'clock, 2 cm medial to the scar, homogeneous, slow initial / persistent delayed. Not seen in 03/2025. No T2 or DWI correlate.
Left: No suspicious enhancement. Small intramammary lymph node L UOQ, normal, unchanged.
Axillae: unremarkable.

Conclusion:
1. New small focal NME R 9 o'clock with benign kinetics - probably benign, likely post-treatment / hormonal, but new. BI-RADS 3. Short interval follow-up MRI in 6 months.
2. Stable post-treatment changes R breast. No evidence of local recurrence.
""",
    mods="mri", purpose="diagnostic", fgt="a", bpe="minimal/asymmetric", overall="3", bb="R3",
    f=["ad R p s q=uo",
       "skin R p s",
       "nme R p nd=focal ie=homogeneous ki=slow kd=persistent @9:00 z=9",
       "ln L p s q=uo"],
    rec=["short_interval_followup"]))

R.append(dict(
    id="mri14_07_us_community_high_risk_screen_marked_bpe_regional_nme_possible_mass_bi3",
    style="US community, high-risk screening MRI, voice-recognition slips", less=False,
    text="""
MRI BILATERAL BREAST SCREENING W WO CONTRAST

CLINICAL HISTORY: 35 year old female, lifetime risk 28% (Tyrer-Cuzick), annual screening MRI. LMP 2 weeks ago (day 14 of cycle).
COMPARISON: None, baseline.
TECHNIQUE: Multiplanar multisequence MRI before and after 15 mL gadolinium. CAD post processing.

FINDINGS:
The breasts are extremely dense fibroglandular tissue (d). There is marked symmetric background parenchymal enhancement which limits sensitivity.

Left breast: Regional non mass enhancement in the upper outer quadrant, 38 mm, heterogeneous, which blends with the background and is most likely hormonal. Kinetics persistent.
Right breast: At 12:00 there is a possible 4 mm oval mass versus a focus, seen on the first post contrast image only.
Multiple bilateral scattered foci.
No axillary lymphadenopathy. Imaged upper abdomen and chest unremarkable.

IMPRESSION:
Baseline high risk MRI limited by marked BPE. Left regional NME likely hormonal, and a questionable 4 mm right 12:00 finding.
BI-RADS 3 probably benign. Recommend follow-up MRI in 6 months, timed to day 7-14 of the menstrual cycle. Continue annual mammography.
""",
    mods="mri", purpose="screening", fgt="d", bpe="marked/symmetric", overall="3", bb="",
    f=["nme L p nd=regional ie=heterogeneous kd=persistent q=uo z=38",
       "mass R q sh=oval @12:00 z=4",
       "focus B p",
       "ln B a"],
    rec=["short_interval_followup", "routine_screening"]))

R.append(dict(
    id="mri14_08_south_africa_abbreviated_supplemental_screen_stable_focus_bi2",
    style="South Africa private, short abbreviated-MRI screening report", less=False,
    text="""
ABBREVIATED BREAST MRI (FAST PROTOCOL) - SUPPLEMENTAL SCREENING
Pt: 49 yrs. Heterogeneously dense breasts on mammography; intermediate risk. Previous AB-MRI 03/2025 (BI-RADS 2).

Amount of FGT: c.  BPE: mild, symmetrical.
L 1 o'clock: solitary 3 mm focus, stable vs 03/2025.
No suspicious mass or non-mass enhancement in either breast.
No axillary adenopathy.

IMPRESSION: Benign. BI-RADS 2. Annual mammogram; next AB-MRI 12 months.
""",
    mods="mri", purpose="screening", fgt="c", bpe="mild/symmetric", overall="2", bb="",
    f=["focus L p s @1:00 z=3",
       "mass B a", "nme B a",
       "ln B a"],
    rec=["routine_screening"]))

R.append(dict(
    id="mri14_09_hong_kong_private_problem_solving_asymmetry_intramammary_node_bi3",
    style="Hong Kong private, problem-solving MRI, numbered findings, British spelling", less=False,
    text="""
MRI OF BOTH BREASTS (DYNAMIC CONTRAST-ENHANCED)

Clinical: 45 yrs. Screening mammogram (elsewhere) showed a L UOQ focal asymmetry, US negative. For problem solving.

Findings:
1. Fibroglandular tissue: heterogeneous (c). BPE mild, symmetric.
2. L UOQ (site of the mammographic asymmetry): normal fibroglandular tissue with background enhancement only. No mass or NME.
3. R 10 o'clock, posterior third: 8 mm oval mass, circumscribed, homogeneous enhancement, T2 hyperintense. Medium initial phase, persistent delayed phase. Probably fibroadenoma.
4. R axillary tail: 6 mm reniform node with fatty hilum - intramammary lymph node.
5. No suspicious axillary nodes. No skin thickening.

Impression:
- L UOQ: normal tissue only. L BI-RADS 1.
- R 10 o'clock probably benign mass: R BI-RADS 3, 6-month MRI or US follow-up (a second-look US may show a correlate, which would allow US follow-up).
""",
    mods="mri", purpose="diagnostic", fgt="c", bpe="mild/symmetric", overall="3", bb="L1 R3",
    f=["mass L a", "nme L a",
       "mass R p sh=oval mg=circumscribed ie=homogeneous ki=medium kd=persistent @10:00 dp=posterior z=8",
       "ln R p q=at z=6",
       "ln B a",
       "skin B a"],
    rec=["short_interval_followup", "additional_imaging"]))

R.append(dict(
    id="mri14_10_uae_abu_dhabi_contrast_mri_intact_implants_new_cancer_washout_4b",
    style="UAE (Abu Dhabi) hospital, contrast MRI with implants, terse lines", less=False,
    text="""
MRI BREAST BILATERAL W/ & W/O IV CONTRAST + SILICONE SEQUENCES
Hx: 50F. Bilat submuscular silicone implants (exchange 2015 after L rupture). New palpable L 11 o'clock lump. US (outside) ?complex. 

FGT: b (scattered). BPE: minimal, symmetric.

Implants: both intact - no intracapsular or extracapsular rupture (no linguine / keyhole / teardrop signs, no free silicone).
L axilla: 11 mm node w/ silicone signal (residual from 2015 rupture) - benign, unchanged per pt's old CD.

L 11:00, 2 cm deep to skin, anterior to implant: 12 mm irregular mass, irregular margins, heterogeneous enhancement; fast / washout. Corresponds to palpable lump (marker).
R: no suspicious mass / NME.

IMP:
1. L 11:00 suspicious mass - BI-RADS 4B. US-guided bx (second-look US 1st).
2. Intact bilat implants. Silicone-laden L axillary node from prior rupture.
R: BI-RADS 1.
""",
    mods="mri", purpose="diagnostic", fgt="b", bpe="minimal/symmetric", overall="4B", bb="L4B R1",
    f=["impl R p ir=none", "impl L p ir=none",
       "ln L p s z=11",
       "mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout @11:00 z=12",
       "mass R a", "nme R a"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(
    id="mri14_11_us_academic_combined_mri_and_same_day_targeted_us_4b",
    style="US academic, one report for MRI and same-day targeted US", less=True,
    text="""
EXAMS: MRI BREAST BILATERAL W/WO CONTRAST; US BREAST LEFT LIMITED (SAME DAY, TARGETED)
Indication: 60F, L breast pain. Mammo 12/2025 BI-RADS 1 (dense). MRI for pain with dense breasts per referring, US added same day for MRI finding.

MRI:
FGT: scattered fibroglandular tissue (b). BPE: mild, symmetric.
L 1:00, middle depth: 8 mm irregular mass with irregular margins, heterogeneous enhancement. Fast initial, washout delayed. Low ADC (0.95).
R 4:00: 12 mm oval circumscribed mass, non-enhancing internal septations (dark), persistent kinetics - c/w FA, benign.
No NME. No adenopathy.

TARGETED US (same day, L 1:00):
Irregular hypoechoic mass, not parallel, 7 x 6 x 7 mm, 4 cm FN, posterior shadowing, no vascularity, at the location of the MRI mass - concordant.

IMPRESSION:
L 1:00 irregular mass, MRI and US concordant. BI-RADS 4B. US-guided core biopsy recommended and scheduled.
R 4:00 benign fibroadenoma, BI-RADS 2.
""",
    mods="mri us", purpose="diagnostic", fgt="b", bpe="mild/symmetric", overall="4B", bb="L4B R2",
    f=["mass L p sh=irregular mg=irregular ie=heterogeneous ki=fast kd=washout or=not_parallel ep=hypoechoic pf=shadowing va=absent @1:00 dp=middle z=8",
       "mass R p sh=oval mg=circumscribed ie=dark_internal_septations kd=persistent @4:00 z=12",
       "nme B a",
       "ln B a"],
    rec=["biopsy"]))

if __name__ == "__main__":
    print(write(R), "mri reports")
