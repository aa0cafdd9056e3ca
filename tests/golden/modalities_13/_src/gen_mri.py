"""MRI reports (11) of modalities_13 with their compact gold."""
from common import write

ITEMS = []


def add(id_, text, **gold):
    ITEMS.append({"id": id_, "text": text, "gold": gold})


add("mri13_01_us_academic_impression_first_staging_segmental_nme_bi6_4b", """
BILATERAL BREAST MRI WITH AND WITHOUT CONTRAST

IMPRESSION:
1. Known left breast invasive ductal carcinoma at 10:00: irregular mass with spiculated margins, heterogeneous internal
   enhancement and fast/washout kinetics, 24 mm. BI-RADS 6.
2. Segmental clumped non-mass enhancement extending from the mass toward the nipple over 52 mm, fast initial / plateau
   delayed kinetics, suspicious for intraductal extension. BI-RADS 4B. MRI-guided biopsy is recommended if the result
   would change surgical management.
3. Right breast: no suspicious enhancement. BI-RADS 1.
4. No axillary lymphadenopathy.

CLINICAL HISTORY: 52-year-old woman with left breast IDC, grade 2, at 10:00, diagnosed on US-guided biopsy 01/2026.
Pre-operative staging.

TECHNIQUE: Axial T1 pre-contrast, dynamic fat-suppressed T1 before and at 4 time points after 7 mL gadobutrol, axial T2
Dixon, DWI. Subtractions and MIPs. CAD kinetic analysis.

COMPARISON: Diagnostic mammogram and ultrasound 01/2026.

FINDINGS:
Amount of fibroglandular tissue: heterogeneous fibroglandular tissue (c).
Background parenchymal enhancement: mild, symmetric.

Left breast: At 10:00, middle depth, the known cancer is an irregular mass with spiculated margins and heterogeneous
internal enhancement measuring 24 x 18 x 20 mm, with fast initial enhancement and washout on delayed images. A biopsy
clip artifact is in the mass. Extending anteriorly from the mass toward the nipple is segmental non-mass enhancement with
a clumped internal pattern over 52 mm (AP), fast initial and plateau delayed kinetics. The nipple and skin are normal.

Right breast: No suspicious mass or non-mass enhancement.

Axillae: No axillary lymphadenopathy bilaterally. No internal mammary adenopathy.
""",
    mods="mri", purpose="dx", fgt="c", bpe="mild/symmetric", overall="4B", bb="L4B R1",
    f=["mass L p sh=irregular mg=spiculated ie=heterogeneous ki=fast kd=washout @10:00 dp=middle z=24",
       "nm L p ie=clumped nd=segmental ki=fast kd=plateau z=52",
       "mass R a",
       "nm R a",
       "ln B a"],
    rec=["biopsy"])

add("mri13_02_germany_munich_integrated_mammo_us_mri_report_round_rim_washout_4c", """
Integrated breast diagnostic report: mammography, breast ultrasound and breast MRI
(English version of the German report for the referring gynaecologist abroad)

Indication: 44 years. Suspicious right breast finding on outside ultrasound; work-up. No prior surgery. Aunt with breast
cancer.

1. Mammography (digital, CC and MLO both sides, 02.03.2026)
Breast composition ACR c (heterogeneously dense). Right upper outer quadrant: 9 mm round mass of high density, margins
not circumscribed (microlobulated). No microcalcifications.
Left: no mass, no suspicious calcifications, no architectural distortion.

2. Breast ultrasound (both breasts and axillae, 02.03.2026)
Right 10 o'clock, 4 cm from the nipple: round hypoechoic mass 10 x 9 x 9 mm, not parallel, with microlobulated margins
and posterior acoustic enhancement. Internal vascularity on colour Doppler. Hard on shear wave elastography (Emax
140 kPa). This is the mammographic finding.
Left: simple cysts, up to 6 mm.
Axillae: unremarkable lymph nodes on both sides.

3. Breast MRI (1.5 T, dynamic contrast-enhanced, 03.03.2026)
Fibroglandular tissue c. Background enhancement moderate, symmetric.
Right 10 o'clock: 10 mm round mass with microlobulated margins and rim enhancement, fast initial rise and washout. It
corresponds to the mammographic and sonographic finding.
Right 6 o'clock, posterior: 4 mm focus with persistent enhancement, not seen on ultrasound.
Left: the known cysts are T2 bright and do not enhance. No suspicious enhancement.

Overall assessment:
Right: mammography BI-RADS 4, ultrasound BI-RADS 4C, MRI BI-RADS 4C; overall right BI-RADS 4C.
Left: BI-RADS 2.

Procedure: ultrasound-guided core biopsy right 10 o'clock (appointment made), then presentation at the interdisciplinary
tumour conference.
""",
    mods="mg us mri", purpose="dx", density="c", fgt="c", bpe="moderate/symmetric", overall="4C", bb="R4C L2",
    f=["mass R p sh=round md=high mg=microlobulated or=not_parallel ep=hypoechoic pf=enhancement va=internal el=hard ie=rim ki=fast kd=washout @10:00 q=uo z=10",
       "calc R a",
       "mass L a",
       "calc L a",
       "ad L a",
       "mass L p z=6",
       "ln B p",
       "focus R p kd=persistent @6:00 dp=posterior z=4"],
    rec=["biopsy", "other"])

add("mri13_03_us_community_quoted_prior_report_stable_mass_foci_bi2", """
MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST - 6 MONTH FOLLOW-UP

HISTORY: 45-year-old high-risk woman (lifetime risk 28% by Tyrer-Cuzick). Follow-up of a probably benign finding from
MRI 08/2025. The impression of that report reads:
> 1. 6 mm oval circumscribed homogeneously enhancing mass in the left breast at 3:00, middle depth, with persistent
>    kinetics, new from 2024. Probably benign, likely fibroadenoma. BI-RADS 3: 6-month follow-up MRI.
> 2. Scattered bilateral foci, benign.

TECHNIQUE: Standard bilateral breast MRI protocol, 3T, 6 mL gadoterate.

COMPARISON: MRI 08/2025 and 06/2024. Mammogram 12/2025 (BI-RADS 1).

FINDINGS:
Amount of fibroglandular tissue: scattered fibroglandular tissue (b).
Background parenchymal enhancement: moderate, symmetric.
The left 3:00 mass is unchanged at 6 mm. It is oval and circumscribed with homogeneous enhancement and persistent
kinetics. Given stability and benign morphology it is now considered benign, most likely a fibroadenoma.
Scattered punctate foci in both breasts are again seen, unchanged.
No new suspicious mass or non-mass enhancement.
Axillae: normal.

IMPRESSION:
Stable left 3:00 enhancing mass, benign. BI-RADS 2.
Resume annual high-risk screening MRI, alternating with annual mammography.
""",
    mods="mri", purpose="dx", fgt="b", bpe="moderate/symmetric", overall="2", bb="",
    f=["mass L p s sh=oval mg=circumscribed ie=homogeneous kd=persistent @3:00 z=6",
       "focus B p s",
       "mass B a",
       "nm B a"],
    rec=["routine_screening"])

add("mri13_04_poland_krakow_high_risk_spreadsheet_table_linear_clumped_nme_4a", """
BREAST MRI - HIGH-RISK SCREENING (BRCA1 carrier, 34 y)
Translated summary for the patient's file; original in Polish.

Technique: 1.5 T, bilateral axial dynamic T1 (1 pre + 5 post gadobutrol), T2 TSE, DWI.
Comparison: MRI 03/2025.

Fibroglandular tissue: b (scattered). Background parenchymal enhancement: minimal.

Lesions (table copied from the structured reporting sheet):

No	Side	Location	Type	Size mm	Shape / distribution	Margin	Internal enhancement	Kinetics (initial / delayed)	BI-RADS
1	R	11:00, middle	mass	8	oval	circumscribed	dark internal septations	slow / persistent	2
2	L	2:00, posterior	NME	23	linear	-	clumped	medium / plateau	4A
3	L	6:00, anterior	focus	3	-	-	-	medium / persistent	2

Comments: Lesion 1 is unchanged since 03/2025 (fibroadenoma). Lesion 2 is new since 03/2025. Lesion 3 is a benign focus.
Lymph nodes: no pathologically enlarged axillary or internal mammary nodes.

Conclusion: BI-RADS right 2, left 4A.
Recommendation: MRI-guided vacuum-assisted biopsy of lesion 2.
""",
    mods="mri", purpose="scr", fgt="b", bpe="minimal/-", overall="4A", bb="R2 L4A",
    f=["mass R p s sh=oval mg=circumscribed ie=dark_internal_septations ki=slow kd=persistent @11:00 dp=middle z=8",
       "nm L p nd=linear ie=clumped ki=medium kd=plateau @2:00 dp=posterior z=23",
       "focus L p ki=medium kd=persistent @6:00 dp=anterior z=3",
       "ln B a"],
    rec=["biopsy"])

add("mri13_05_brazil_sao_paulo_translated_noncontrast_implant_intracapsular_bi2", """
MAGNETIC RESONANCE IMAGING OF THE BREASTS - IMPLANT PROTOCOL (without contrast)
Translated from Portuguese.

Clinical indication: Augmentation mammoplasty in 2009 (silicone, retroglandular). Suspected rupture on clinical
examination; change in the shape of the right breast.

Technique: 1.5 T; axial and sagittal T2 STIR, silicone-only and water-suppressed sequences. No intravenous contrast.

Report:
Breasts composed almost entirely of fat (fibroglandular tissue a).
Right implant: multiple curvilinear hypointense lines floating within the silicone gel (linguine sign), consistent with
intracapsular rupture. The fibrous capsule is intact and there is no silicone outside it.
Left implant: intact, with a few radial folds. No linguine, keyhole or teardrop signs.
Left breast 2 o'clock: 5 mm oval, circumscribed nodule, hyperintense on T2, in keeping with a cyst.
No free silicone in the parenchyma or axillae. Axillary lymph nodes of normal appearance.

Impression:
Intracapsular rupture of the right implant. Left implant intact. Small cyst in the left breast.
BI-RADS 2.
Suggest evaluation by the plastic surgeon.
""",
    mods="mri", purpose="dx", fgt="a", overall="2", bb="",
    f=["impl R p ir=intracapsular",
       "impl L p ir=none",
       "mass L p sh=oval mg=circumscribed @2:00 z=5",
       "ln B p"],
    rec=["surgical_consultation"])

add("mri13_06_hong_kong_bilingual_chinese_summary_focal_nme_questionable_focus_4a", """
MRI OF BOTH BREASTS (WITH CONTRAST)
Private hospital, Happy Valley

Clinical: 48F. Left breast 12 o'clock asymmetry on recent mammogram, targeted ultrasound negative. For problem
solving.

Technique: 3T, dynamic contrast-enhanced study with gadoterate, T2W, DWI.

Findings:
The breasts show heterogeneous fibroglandular tissue (c). Background parenchymal enhancement is mild and symmetric.
Left breast 12 o'clock, middle third, at the site of the mammographic asymmetry: focal non-mass enhancement 11 mm with
homogeneous internal enhancement, medium initial and plateau delayed kinetics. ADC 1.1 x 10^-3 mm2/s.
Right breast 8 o'clock: 7 mm oval mass, bright on T2, not enhancing, compatible with a cyst.
A questionable 4 mm focus at right 9 o'clock, seen on one post-contrast phase only, probably background.
No axillary lymphadenopathy.

Impression:
Left: focal non-mass enhancement 12 o'clock, BI-RADS 4A. MRI-guided biopsy is recommended.
Right: BI-RADS 2.

中文摘要：
左乳十二點鐘方向局灶性非腫塊強化，約11毫米（BI-RADS 4A），建議磁力共振引導活檢。
右乳小囊腫，良性（BI-RADS 2）。
""",
    mods="mri", purpose="dx", fgt="c", bpe="mild/symmetric", overall="4A", bb="L4A R2",
    f=["nm L p nd=focal ie=homogeneous ki=medium kd=plateau @12:00 dp=middle z=11",
       "mass R p sh=oval @8:00 z=7",
       "focus R q @9:00 z=4",
       "ln B a"],
    rec=["biopsy"])

add("mri13_07_australia_teleradiology_telegraphic_high_risk_surveillance_bi2", """
MRI BREASTS (BILAT) C+ - HIGH RISK SURVEILLANCE
Hx: BRCA2, 38yo. Annual.
Tech: std protocol, 3T, gad.
Comp: MRI 02/2025.

FGT: c. BPE: mild, sym.
R: 7mm oval circ mass 10 o'c mid depth, homog enh, slow/persistent. Unchanged vs 2025 (was 7mm). ?FA / IMLN.
L: 2 x foci <5mm, persistent. Nil else.
No NME.
Ax: NAD.

Conc: Benign findings. BIRADS 2. Routine annual MRI + mammo.
Reported remotely - Dr C. Walsh, FRANZCR
""",
    mods="mri", purpose="scr", fgt="c", bpe="mild/symmetric", overall="2", bb="",
    f=["mass R p s sh=oval mg=circumscribed ie=homogeneous ki=slow kd=persistent @10:00 dp=middle z=7",
       "focus L p kd=persistent",
       "nm B a"],
    rec=["routine_screening"])

add("mri13_08_israel_tel_aviv_v2025_abbreviated_dense_marked_asymmetric_bpe_bi3", """
ABBREVIATED BREAST MRI (AB-MR) - SUPPLEMENTAL SCREENING
Indication: 46-year-old, extremely dense breasts on mammography (BI-RADS 1, 11/2025). No personal history.
Protocol: v2025 abbreviated protocol - T2, pre-contrast T1 and two early post-contrast phases with subtraction and MIP.
Delayed kinetics are not assessed on this protocol.

BREAST COMPOSITION (MRI): Extreme amount of fibroglandular tissue (d).
BACKGROUND PARENCHYMAL ENHANCEMENT: Marked, asymmetric (left greater than right).

FINDINGS:
Left breast: regional heterogeneous non-mass enhancement in the upper outer quadrant, about 45 mm, without associated
mass, distortion or abnormal T2 signal. This most likely represents asymmetric background enhancement, but a short
interval follow-up is advised.
Right breast: 9 mm round, circumscribed mass, very bright on T2 and not enhancing, consistent with a cyst.
Possible 4 mm enhancing focus in the right lower inner quadrant, probably background enhancement.
No suspicious mass in the left breast. No axillary adenopathy.

ASSESSMENT: BI-RADS 3 - probably benign (left).
RECOMMENDATION: Short-interval follow-up MRI in 6 months, preferably in the second week of the menstrual cycle.
""",
    mods="mri", purpose="scr", fgt="d", bpe="marked/asymmetric", overall="3", bb="L3",
    f=["nm L p nd=regional ie=heterogeneous q=uo z=45",
       "mass R p sh=round mg=circumscribed z=9",
       "focus R q q=li z=4",
       "mass L a",
       "ad L a",
       "ln B a"],
    rec=["short_interval_followup"])

add("mri13_09_saudi_riyadh_staging_ilc_clustered_ring_multiple_regions_interpreter_4a", """
MRI BOTH BREASTS - STAGING
King Fahad ... Hospital, Riyadh - Department of Radiology

Clinical data: 57-year-old, left breast invasive lobular carcinoma (biopsy 12/2025, 1 o'clock). Staging before surgery.

Technique: 3T, axial dynamic contrast-enhanced fat-saturated T1 (gadobutrol), T2 STIR, DWI.

Findings:
Fibroglandular tissue: heterogeneous (c). BPE: mild, symmetric.
LEFT BREAST: Clustered ring non-mass enhancement in multiple regions of the upper outer and upper inner quadrants, total
extent 65 mm, including the biopsy site at 1 o'clock, with fast initial and plateau delayed kinetics, in keeping with the
known multifocal lobular carcinoma. No skin thickening. The nipple is normal.
LEFT AXILLA: level I lymph node with cortical thickening and effaced hilum, 18 mm.
RIGHT BREAST: At 7 o'clock, middle depth, there is an 8 mm irregular mass with irregular margins and heterogeneous
enhancement, medium initial and plateau delayed kinetics. Indeterminate.
RIGHT AXILLA: normal.

Impression:
1. Extensive left breast lobular carcinoma (multiple regions) with a suspicious left axillary node. BI-RADS 6.
2. Right breast 7 o'clock indeterminate enhancing mass. BI-RADS 4A.
Recommendation: second-look ultrasound of the right 7 o'clock mass with US-guided biopsy; MRI-guided biopsy if not seen.
Discussion at the breast tumour board.

The findings and the need for a further biopsy were explained to the patient in Arabic through the department
interpreter, as the reporting radiologist does not speak Arabic.
""",
    mods="mri", purpose="dx", fgt="c", bpe="mild/symmetric", overall="4A", bb="L6 R4A",
    f=["nm L p ie=clustered_ring nd=multiple_regions ki=fast kd=plateau z=65",
       "skin L a",
       "ln L p z=18",
       "mass R p sh=irregular mg=irregular ie=heterogeneous ki=medium kd=plateau @7:00 dp=middle z=8"],
    rec=["additional_imaging", "biopsy", "other"])

add("mri13_10_argentina_buenos_aires_conclusion_first_bloody_discharge_linear_nme_4b", """
BREAST MAGNETIC RESONANCE - translated from the Spanish report

CONCLUSION:
Right breast: linear non-mass enhancement with clumped internal pattern, retroareolar, 28 mm, along a dilated duct, in a
patient with bloody nipple discharge. BI-RADS 4B.
Left breast: BI-RADS 1.

REPORT:
Reason for study: Spontaneous bloody discharge from a single duct, right breast. Mammography and ultrasound (01/2026,
other centre) negative.
Technique: 1.5 T, dynamic study after gadolinium, subtraction, T2, DWI.

Fibroglandular tissue: type b (scattered). Background enhancement: minimal.

Right breast: dilated retroareolar ducts with high T1 signal (proteinaceous or haemorrhagic content). Linear non-mass
enhancement with clumped internal pattern following one of the dilated ducts from the nipple toward 12 o'clock, 28 mm in
length, with slow initial enhancement and persistent delayed curve (type I).
Left breast: no masses, no non-mass enhancement.
No axillary adenopathy.

Suggested: MRI-guided vacuum-assisted biopsy.
Dra. L. Fernández
""",
    mods="mri", purpose="dx", fgt="b", bpe="minimal/-", overall="4B", bb="R4B L1",
    f=["nm R p nd=linear ie=clumped ki=slow kd=persistent z=28",
       "other R p",
       "mass L a",
       "nm L a",
       "ln B a"],
    rec=["biopsy"])

add("mri13_11_us_community_implant_mri_contrast_quoted_outside_us_extracapsular_bi2", """
MRI BREAST BILATERAL WITH AND WITHOUT CONTRAST - IMPLANT AND PARENCHYMA

HISTORY: 61-year-old, bilateral silicone implants (2004). Outside ultrasound 01/2026, whose impression reads: "Snowstorm
appearance lateral to the left implant; extracapsular rupture cannot be excluded. BI-RADS 0, MRI recommended."

TECHNIQUE: 1.5T. Silicone-specific sequences (STIR water suppressed, silicone suppressed), then dynamic T1 with
gadoterate.

FINDINGS:
Fibroglandular tissue: scattered (b). Background parenchymal enhancement: minimal, symmetric.
Left implant: subtle linguine sign within the implant, and silicone signal outside the fibrous capsule lateral to the
implant at 3 o'clock, in keeping with extracapsular rupture. A 12 mm silicone granuloma at left 3 o'clock, posterior
depth, corresponds to the outside ultrasound finding. Silicone signal is also present in two left level I axillary
nodes.
Right implant: intact. No intracapsular or extracapsular silicone.
No suspicious enhancing mass or non-mass enhancement in either breast.

IMPRESSION:
1. Extracapsular rupture of the left implant with a silicone granuloma and silicone-laden left axillary nodes.
2. Intact right implant.
BI-RADS 2: benign.
Referral to plastic surgery is suggested.
""",
    mods="mri", purpose="dx", fgt="b", bpe="minimal/symmetric", overall="2", bb="",
    f=["impl L p ir=extracapsular",
       "other L p @3:00 dp=posterior z=12",
       "ln L p",
       "impl R p ir=none",
       "mass B a",
       "nm B a"],
    rec=["surgical_consultation"])


if __name__ == "__main__":
    write(ITEMS)
    print(len(ITEMS), "MRI items written")
