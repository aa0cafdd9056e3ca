"""Ultrasound reports (12): text + compact gold."""
from common import write

R = []

R.append(dict(
    id="us14_01_us_community_terse_bilat_diag_us_numbered_slashes_4b",
    style="US community imaging centre, terse numbered findings, descriptors after slashes", less=False,
    text="""
BILAT BREAST US (DIAGNOSTIC)   DOS 02/03/2026
Hx: 46F recalled from screening 01/26 - R mass, L focal asym. FHx: aunt, 60s.
Comparison: Mammo 01/14/2026. No prior US.

Technique: Real-time bilat targeted US, RAD present for scanning. Gray scale, color Doppler, SWE.

Findings:
1. R 10:00 4 cm FN: oval / circumscribed / parallel / hypoechoic mass, 9 x 5 x 8 mm (TR x AP x CC). Post. enhancement. No internal vascularity. Corresponds to mammo mass.
2. R 7:00 2 cm FN: 4 mm simple cyst (anechoic, imperceptible wall).
3. L 2:00 6 cm FN (mammo asym site): no discrete mass. Normal-appearing FGT.
4. L 12:00 1 cm FN: irregular hypoechoic mass, angular margins, not parallel, post. shadowing, 7 x 8 x 6 mm. Internal vascularity on color. SWE stiff (Emax 142 kPa). Incidental - not seen on mammo (dense tissue).
Axillae: no abnormal LN bilat.

IMPRESSION:
1. R 10:00 mass, probably benign (likely FA). BI-RADS 3 - 6 mo f/u US.
2. R 7:00 simple cyst. BI-RADS 2.
3. L 12:00 suspicious mass. BI-RADS 4B - US guided core bx recommended, pt agreed, scheduled.
4. L 2:00 mammo target: no sonographic correlate, see separate mammo report for mgmt.

Results discussed w/ pt at time of exam.
""",
    mods="us", purpose="diagnostic", overall="4B", bb="R3 R2 L4B",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=absent @10:00 z=9",
       "mass R p ep=anechoic @7:00 z=4",
       "mass L a",
       "mass L p sh=irregular mg=angular or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @12:00 z=8",
       "ln B a"],
    rec=["short_interval_followup", "biopsy"]))

R.append(dict(
    id="us14_02_au_sonographer_worksheet_radiologist_final_line_left_bi3",
    style="Australia private, sonographer's worksheet with the radiologist's final line", less=True,
    text="""
LEFT BREAST ULTRASOUND
Referrer: Dr P Nguyen (GP)      Clinical: 34yo, L breast lump noticed 3/52 ago, ?cyst. Nil FHx.

--- SONOGRAPHER WORKSHEET (J.T., DMU) ---
Area of concern: L 3 o'clock, pt points to lump. Palpable: Y
Scanned: L breast all quadrants + L axilla. (R breast not requested)

Lesion A
  Position:      L 3:00, 4 cm FN, mid depth
  Size:          11 x 6 x 9 mm (TR x AP x CC)
  Shape:         oval
  Orientation:   parallel
  Margin:        circumscribed
  Echogenicity:  isoechoic (to fat)
  Posterior:     nil
  Vascularity:   nil on colour/power
  Elastography:  soft (strain score 1)
  Correlates w/ palpable lump: Y
  Sono comment:  ?complicated cyst vs FA - not compressible, no fluid level

Lesion B
  Position:      L 1:00, 2 cm FN
  Size:          5 mm
  Type:          clustered microcysts
  Sono comment:  not palpable

L axilla:        NAD

--- RADIOLOGIST ---
Images reviewed, scanned by me. Agree with sonographer. Lesion A (palpable) = solid, probably benign, most likely fibroadenoma. Lesion B clustered microcysts, benign.
BI-RADS 3. Suggest follow up US in 6 months; core biopsy is a reasonable alternative if patient prefers.
Dr A. Kaur, FRANZCR
""",
    mods="us", purpose="diagnostic", overall="3", bb="L3",
    f=["mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none va=absent el=soft @3:00 dp=middle z=11",
       "mass L p @1:00 z=5"],
    rec=["short_interval_followup", "biopsy"]))

R.append(dict(
    id="us14_03_singapore_polyclinic_referral_v2025_us_nonmass_lesion_lipoma_4a",
    style="Singapore hospital, v2025 ultrasound non-mass lesion, side paragraphs", less=False,
    text="""
ULTRASOUND BOTH BREASTS

Clinical: 41 y/o. R breast thickening at 11 o'clock on clinical exam (polyclinic referral). Mammogram 2024 elsewhere, not available.

RIGHT BREAST:
At 11 o'clock, 5 cm from the nipple, there is a non-mass lesion measuring approx 18 (TR) x 7 (AP) x 15 (CC) mm - an ill-defined hypoechoic area with a few tiny echogenic foci within, likely calcifications. No posterior shadowing. Internal vascularity present (colour Doppler). SWE: intermediate stiffness, mean 65 kPa.
No other abnormality. Right axilla: normal nodes with fatty hila.

LEFT BREAST:
Several simple cysts, the largest 12 mm at 3 o'clock.
At 9 o'clock 3 cm FN, oval circumscribed hyperechoic mass 15 x 6 mm, parallel, no flow - in keeping with a lipoma.
No suspicious solid mass.

IMPRESSION:
1. Right 11 o'clock non-mass lesion with echogenic foci, corresponding to the clinical thickening. Suggest US-guided core biopsy and diagnostic mammogram (to assess the calcifications).
2. Left benign cysts and lipoma.

BI-RADS: Right 4A, Left 2.
""",
    mods="us", purpose="diagnostic", overall="4A", bb="R4A L2",
    f=["nme R p ep=hypoechoic va=internal el=intermediate @11:00 z=18",
       "calc R p",
       "ln R p",
       "mass L p z=12",
       "mass L p sh=oval mg=circumscribed or=parallel ep=hyperechoic va=absent @9:00 z=15",
       "mass L a"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(
    id="us14_04_us_imaging_center_bilat_implant_us_snowstorm_extracapsular_bi2",
    style="US imaging centre, implant ultrasound, R / L sub-headers", less=False,
    text="""
EXAM: US BREAST BILATERAL - IMPLANT EVALUATION
INDICATION: 52F, bilat retroglandular silicone implants (2009). R breast firmness, change in contour x 2 months. Pt declines MRI at this time (claustrophobia).
COMPARISON: None.

FINDINGS:
Right: The R implant shells shows multiple parallel echogenic lines within the implant lumen (stepladder appearance). Anterolateral to the implant at 9-10:00 there is a hyperechoic region with posterior "dirty" shadowing (echogenic snowstorm pattern) c/w free silicone, i.e. extracapsular rupture. A R axillary LN 14 mm shows the same snowstorm echogenicity - silicone laden node.
No solid or cystic mass R.

Left: Implant intact, smooth anechoic lumen, no stepladder or snowstorm sign, no peri-implant fluid.
L 4:00 5 cm FN: 4 mm oval circumscribed anechoic cyst.

IMPRESSION:
1. Right implant rupture with extracapsular silicone and silicone in a R axillary node.
2. Intact left implant.
3. Small benign L cyst.
BI-RADS 2 - benign.
Recommend referral to plastic surgery. Breast MRI (silicone protocol) could confirm extent if clinically needed.
""",
    mods="us", purpose="diagnostic", overall="2", bb="",
    f=["impl R p ir=extracapsular",
       "ln R p z=14",
       "mass R a",
       "impl L p ir=none",
       "mass L p sh=oval mg=circumscribed ep=anechoic @4:00 z=4"],
    rec=["surgical_consultation", "additional_imaging"]))

R.append(dict(
    id="us14_05_south_africa_private_long_combined_mammo_dbt_us_bi5",
    style="South Africa private practice, long combined mammography + tomosynthesis + US report", less=False,
    text="""
BILATERAL DIGITAL MAMMOGRAPHY WITH TOMOSYNTHESIS AND BILATERAL BREAST ULTRASOUND

Clinical information: 58 yr old lady, palpable L breast lump x 6 weeks, no nipple discharge. Previous mammogram 2022 (Lancet) - reported normal; images not available for comparison.

MAMMOGRAPHY (CC, MLO and tomosynthesis):
Breast composition: heterogeneously dense (ACR C), which may obscure small masses.
Left: There is a high density irregular mass with spiculated margins in the upper outer quadrant, posterior depth, measuring 18 mm, with associated fine pleomorphic microcalcifications within and extending ~10 mm anteriorly. Skin and nipple normal.
Right: Scattered eggshell calcifications (benign). No mass, distortion or suspicious calcifications.

ULTRASOUND:
Left: At 2 o'clock, 7 cm FN, corresponding to the palpable lump and the mammographic mass, there is an irregular, not parallel, hypoechoic mass with spiculated margins and posterior acoustic shadowing, 19 x 15 x 16 mm. Internal vascularity ++. Elastography: hard (score 5/5).
L axilla: one node with eccentric cortical thickening of 4 mm and effacement of the fatty hilum, 17 mm.
Right: At 8 o'clock a 8 mm complicated cyst with low-level internal echoes, no vascularity, no solid component.
R axilla normal.

CONCLUSION:
1. Left 2 o'clock mass highly suggestive of malignancy with an abnormal L axillary node. BI-RADS 5.
2. Right: benign calcifications and complicated cyst, BI-RADS 2.
US guided core biopsy of the L mass and FNA of the L axillary node were discussed with the patient and are booked for tomorrow. Referral to the breast surgeon / MDT to follow histology.
""",
    mods="mg dbt us", purpose="diagnostic", density="c", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated md=high or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 q=uo dp=posterior z=19",
       "calc L p m=fine_pleomorphic",
       "ln L p z=17",
       "calc R p m=rim d=diffuse",
       "mass R a", "ad R a", "calc R a",
       "mass R p va=absent @8:00 z=8"],
    rec=["biopsy", "surgical_consultation", "other"]))

R.append(dict(
    id="us14_06_us_academic_second_look_quoting_mri_report_indistinct_4b",
    style="US academic, second-look US quoting the MRI report verbatim", less=True,
    text="""
Exam: US BREAST LIMITED BILATERAL (SECOND-LOOK)
Date: 2026-01-22

Indication: Targeted US for MRI findings. Prior MRI report (01/09/2026) reads:
  "Left 4:00, 8 mm irregular mass with heterogeneous enhancement and fast/washout kinetics. Right 9:00, 5 mm enhancing focus, persistent kinetics. BI-RADS 4."
Pt has known R breast cancer s/p lumpectomy 2021.

Findings:
LEFT 4:00, 5 cm FN: there is an irregular hypoechoic mass measuring 8 x 6 x 7 mm with indistinct margins. Orientation not parallel. No posterior acoustic features. No internal flow. Location, size and depth concordant with the MRI mass.
RIGHT 9:00, 3-6 cm FN, scanned carefully: no mass or cyst. Post-lumpectomy scar at 12:00 unchanged in appearance.

Impression:
Left 4:00 mass, correlate of the MRI finding - BI-RADS 4B. US-guided biopsy with clip placement recommended.
Right 9:00 - no sonographic correlate for the MRI focus; recommend 6-month follow-up MRI as per the MRI report.
""",
    mods="us", purpose="diagnostic", overall="4B", bb="L4B",
    f=["mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=none va=absent @4:00 z=8",
       "mass R a",
       "other R p s @12:00"],
    rec=["biopsy", "short_interval_followup"]))

R.append(dict(
    id="us14_07_canada_new_brunswick_bilingual_headers_young_fa_bi3",
    style="Canada (New Brunswick), bilingual French/English headers, English body", less=True,
    text="""
ÉCHOGRAPHIE MAMMAIRE BILATÉRALE / BILATERAL BREAST ULTRASOUND
Renseignements cliniques / Clinical information: 28 y.o., palpable L breast lump, 12-1 o'clock. / Masse palpable sein gauche.

Constatations / Findings:
Left breast: At 1 o'clock, 3 cm from the nipple, corresponding to the palpable abnormality, oval mass with 2-3 gentle lobulations, circumscribed margins, parallel orientation, homogeneously hypoechoic, with posterior acoustic enhancement. 18 x 9 x 14 mm. Minimal internal vascularity. Elastography: soft, mean 18 kPa.
Second smaller mass at 5 o'clock, 2 cm FN, 6 x 4 mm, oval, circumscribed, parallel, hypoechoic - not palpable.
Right breast: No mass. Normal fibroglandular echotexture.
Axillae: unremarkable.

Opinion / Impression:
Two probably benign masses in the left breast, likely fibroadenomas.
BI-RADS 3 (left). Right breast BI-RADS 1.
Follow-up US in 6 months; biopsy if enlarging or if the patient prefers tissue diagnosis.

Dr M. LeBlanc / Radiologiste
""",
    mods="us", purpose="diagnostic", overall="3", bb="L3 R1",
    f=["mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=enhancement va=internal el=soft @1:00 z=18",
       "mass L p sh=oval mg=circumscribed or=parallel ep=hypoechoic @5:00 z=6",
       "mass R a"],
    rec=["short_interval_followup", "biopsy"]))

R.append(dict(
    id="us14_08_uae_dubai_usg_both_breasts_cm_complex_cystic_solid_rim_4a",
    style="UAE (Dubai) private clinic, Indian-subcontinent 'USG' style, sizes in cm", less=False,
    text="""
USG BOTH BREASTS

C/O: Right nipple bloody discharge since 1 month. Age 49.

Both breasts show predominantly fibroglandular echotexture.

RIGHT BREAST:
- Subareolar region: well defined complex cystic & solid lesion measuring 1.4 x 1.0 cm, with a solid mural component showing internal vascularity on colour Doppler. Adjacent ducts are dilated (upto 4 mm) with echogenic contents.
- No other focal abnormality.

LEFT BREAST:
- At 3 o'clock, an oval thick-walled cystic lesion 1.1 x 0.8 cm with internal debris and peripheral (rim) vascularity - ? inflamed / infected cyst.
- Few tiny simple cysts, largest 3 mm at 10 o'clock.

AXILLAE: Few bilateral axillary lymph nodes with preserved fatty hila, largest 1.2 cm on right - reactive.

IMPRESSION:
1. Right subareolar complex cystic and solid lesion with vascular solid component & ductal ectasia - ? intraductal / intracystic papilloma, malignancy not excluded. BIRADS 4A.
2. Left inflamed cyst and simple cysts - BIRADS 2.
Adv: USG guided biopsy / surgical excision; mammography correlation. Clinical correlation.
""",
    mods="us", purpose="diagnostic", overall="4A", bb="R4A L2",
    f=["mass R p ep=complex_cystic_solid va=internal z=14",
       "other R p",
       "mass L p sh=oval va=rim @3:00 z=11",
       "mass L p z=3",
       "ln B p z=12"],
    rec=["biopsy", "surgical_consultation", "additional_imaging", "clinical_correlation"]))

R.append(dict(
    id="us14_09_us_supplemental_screening_us_spreadsheet_table_microlobulated_4a",
    style="US community, supplemental screening handheld US with a lesion table pasted from a spreadsheet", less=True,
    text="""
SCREENING BREAST ULTRASOUND, BILATERAL (SUPPLEMENTAL - DENSE BREASTS)
Clinical: 52F, extremely dense tissue on screening mammo 12/2025 (BI-RADS 1). Annual supplemental US per density notification.
Prior US 11/2024: BI-RADS 2.

Findings: Whole-breast handheld bilateral survey. Lesions tabulated below.

#	Side	Clock	FN(cm)	Size mm (TRxAPxCC)	Shape	Orient	Margin	Echo	Post	Vasc	Cat
1	R	11:00	3	6x4x5	oval	parallel	circumscribed	hypoechoic	none	absent	3
2	R	2:00	5	3	oval	parallel	circumscribed	anechoic	enhancement	-	2
3	L	6:00	2	7x7x6	round	parallel	microlobulated	hypoechoic	none	internal	4A
4	L	10:00	4	5x3x4	oval	parallel	circumscribed	isoechoic	none	absent	3

#1 and #4 new since 11/2024. #2 = simple cyst, unchanged. #3 new.
No abnormal axillary lymph nodes.

IMPRESSION:
L 6:00 new round microlobulated mass (#3) - BI-RADS 4A, US-guided biopsy.
R 11:00 and L 10:00 small probably benign masses (#1, #4) - 6 month follow-up US.
R 2:00 simple cyst.
Right BI-RADS 3 / Left BI-RADS 4A. Overall BI-RADS 4A.
""",
    mods="us", purpose="screening", overall="4A", bb="R3 L4A",
    f=["mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @11:00 z=6",
       "mass R p s sh=oval mg=circumscribed or=parallel ep=anechoic pf=enhancement @2:00 z=3",
       "mass L p sh=round mg=microlobulated or=parallel ep=hypoechoic pf=none va=internal @6:00 z=7",
       "mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none va=absent @10:00 z=5",
       "ln B a"],
    rec=["biopsy", "short_interval_followup"]))

R.append(dict(
    id="us14_10_au_public_telegraphic_post_reduction_fat_necrosis_combined_4a",
    style="Australia public hospital, telegraphic registrar report", less=False,
    text="""
US BOTH BREASTS
Hx: 55F. Bilat reduction mammoplasty 2023. New firm lump L 6 o'clock along scar. ?fat necrosis ?other.

Findings
L 6 o'c at scar, 3cm FN: irregular mass, heterogeneous (mixed hyper-/hypoechoic), indistinct margins, combined post features (partial shadowing + enhancement), no internal flow. 16x9x12mm. Palpable.
R 3 o'c: 8mm oil cyst - anechoic w floating echoes, circumscribed, no flow.
Bilat post-reduction scars / expected post-surgical change otherwise.
No axillary LAD.

Conclusion
L 6 o'c mass: favour fat necrosis given hx but appearance not definitive - BI-RADS 4A. Core bx recommended.
R oil cyst benign.
Comment: bilat diagnostic MMG recommended prior to bx.
""",
    mods="us", purpose="diagnostic", overall="4A", bb="L4A",
    f=["mass L p sh=irregular mg=indistinct ep=heterogeneous pf=combined va=absent @6:00 z=16",
       "mass R p mg=circumscribed ep=anechoic va=absent @3:00 z=8",
       "other B p",
       "ln B a"],
    rec=["biopsy", "additional_imaging"]))

R.append(dict(
    id="us14_11_us_community_6mo_followup_stable_mass_resolved_cyst_possible_mass_bi3",
    style="US community, 6-month follow-up US, hedged lesion", less=False,
    text="""
ULTRASOUND RIGHT AND LEFT BREAST, FOLLOW-UP

HISTORY: 6 month f/u of R 8:00 probably benign mass (BI-RADS 3 on US 07/2025). Also f/u of L 3:00 complicated cyst.

FINDINGS:
RIGHT: 8:00 6 cm FN oval parallel hypoechoic mass, margins appear circumscribed, now 7 x 4 x 6 mm (prev 7 x 4 x 5 mm) - essentially unchanged. No vascularity.
LEFT: The previously noted complicated cyst at 3:00 has resolved. At 2:00, 2 cm FN, there is a possible 4 mm hypoechoic mass vs. a prominent duct seen on one view only.
No axillary adenopathy.

IMPRESSION:
1. Stable R 8:00 probably benign mass. Continue surveillance: follow-up US in 6 months (12-month stability).
2. Resolved L complicated cyst.
3. Questionable tiny L 2:00 finding - reassess at the same follow-up.
BI-RADS 3: probably benign.
""",
    mods="us", purpose="diagnostic", overall="3", bb="",
    f=["mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @8:00 z=7",
       "mass L a",
       "mass L q ep=hypoechoic @2:00 z=4",
       "ln B a"],
    rec=["short_interval_followup"]))

R.append(dict(
    id="us14_12_malaysia_kl_govt_hospital_axillary_node_cortical_thickening_4a",
    style="Malaysia government hospital, Findings / Impression, British spelling", less=False,
    text="""
ULTRASOUND OF BOTH BREASTS AND AXILLAE

Clinical notes: 39 yrs, R axillary swelling 1/12. No breast lump felt. Mammogram not done (age).

Findings:
Both breasts are heterogeneous in echotexture.
Right breast: No solid or cystic mass.
Left breast: At 12 o'clock, 4 cm from the nipple, an oval isoechoic mass measuring 9 x 5 x 7 mm, circumscribed margin, parallel to the skin, no posterior features, no vascularity. Elastography: soft (mean 25 kPa).
Right axilla: One enlarged lymph node 22 x 13 mm with diffuse cortical thickening up to 6 mm and compressed fatty hilum.
Left axilla: normal.

Impression:
1. Suspicious right axillary lymph node. Recommend US-guided core biopsy. Further evaluation of the right breast with MRI may be considered if the node is metastatic.
2. Left breast 12 o'clock probably benign mass (fibroadenoma). Short interval follow-up in 6 months.
BI-RADS Right 4A, Left 3.
""",
    mods="us", purpose="diagnostic", overall="4A", bb="R4A L3",
    f=["mass R a",
       "mass L p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none va=absent el=soft @12:00 z=9",
       "ln R p z=22"],
    rec=["biopsy", "additional_imaging", "short_interval_followup"]))

if __name__ == "__main__":
    print(write(R), "us reports")
