"""Ultrasound reports of modalities_21: text + compact gold (code in common.py)."""
ITEMS = []


def add(id_, text, **g):
    ITEMS.append({"id": id_, "text": text, "g": g})


US = ["ultrasound"]

add("us21_01_jamaica_lactating_left_galactocele_fat_fluid_level_bi2", """
UNIVERSITY HOSPITAL OF THE WEST INDIES
Department of Radiology, Mona, Kingston 7

EXAMINATION: ULTRASOUND LEFT BREAST (TARGETED)

Patient: 31 yo F, G2P2, currently breastfeeding (baby 5 months old)
Clinical info: Painless lump L breast x 3/52, noticed while nursing. No fever, no redness.
Referred by: Breast Clinic, Surgical OPD

FINDINGS:
Targeted ultrasound of the left breast and left axilla was performed.
The breast parenchyma is diffusely prominent and hyperechoic, in keeping with lactational change. Dilated milk-filled ducts are seen in the retroareolar region.
At the 2 o'clock position, 4 cm from the nipple, there is an oval, circumscribed mass measuring 2.3 x 1.6 x 1.9 cm, oriented parallel to the skin. It has a heterogeneous echo pattern with a fat-fluid level, and there is posterior acoustic enhancement. No internal vascularity on colour Doppler. The appearances are typical of a galactocele.
Left axilla: two lymph nodes of normal cortical thickness with preserved fatty hila.

IMPRESSION:
Galactocele, left breast 2 o'clock. Lactational ductal dilatation.
BI-RADS 2 - Benign.

RECOMMENDATION: Clinical correlation. No imaging follow-up needed.

Reported by: Dr. K. Thompson-Reid, Consultant Radiologist
""", mods=US, purpose="diagnostic", density=None, overall="2", bb="L:2", rec=["clinical_correlation"], f=[
    "other L p",
    "mass L p sh=oval mg=circumscribed or=parallel ep=heterogeneous pf=enhancement va=absent @2:00 z=23",
    "ln L p",
])

add("us21_02_ghana_lesion_list_four_bilateral_masses_per_lesion_birads_4b", """
KORLE BU TEACHING HOSPITAL - DEPARTMENT OF RADIOLOGY
BILATERAL BREAST ULTRASOUND

Age: 38yrs     Ref: Surgical OPD (Breast Unit)
Clinical hx: Multiple bilateral breast lumps ?fibroadenomas. Sister had breast ca at 44yrs.

Technique: Both breasts and axillae scanned with a high frequency linear probe (12MHz). Colour Doppler applied.

Findings:
Breast parenchyma is of heterogeneous fibroglandular echotexture.
The following lesions are noted:

Lesion 1 - RIGHT breast, 10 o'clock, 3cm FN: oval, circumscribed, parallel, hypoechoic mass measuring 14 x 9mm. No posterior features. Avascular. -- BI-RADS 3
Lesion 2 - RIGHT breast, 7 o'clock, 5cm FN: oval, circumscribed, parallel, isoechoic mass measuring 11 x 6mm, no posterior features. -- BI-RADS 3
Lesion 3 - LEFT breast, 1 o'clock, 6cm FN: irregular mass with indistinct margins, not parallel, hypoechoic, 12 x 13mm, with posterior acoustic shadowing. Internal vascularity on Doppler. -- BI-RADS 4B
Lesion 4 - LEFT breast, 4 o'clock, 2cm FN: round circumscribed anechoic mass, 6mm, with posterior enhancement, c/w simple cyst. -- BI-RADS 2

Axillae: Few bilateral axillary lymph nodes with preserved fatty hila, cortex <3mm.

Impression:
1. Right breast lesions 1 and 2 - probably benign, likely fibroadenomas: BI-RADS 3.
2. Left breast lesion 3 - suspicious: BI-RADS 4B. Lesion 4 is a simple cyst: BI-RADS 2.
3. Benign looking axillary nodes.

Rec: US-guided core biopsy of lesion 3 (left breast). Follow-up scan in 6 months for the right breast lesions.

Dr. E. Owusu-Ansah (Senior Resident) / Dr. A. Mensah (Consultant)
""", mods=US, purpose="diagnostic", density=None, overall="4B", bb="R:3 L:4B", rec=["biopsy", "short_interval_followup"], f=[
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent @10:00 z=14",
    "mass R p sh=oval mg=circumscribed or=parallel ep=isoechoic pf=none @7:00 z=11",
    "mass L p sh=irregular mg=indistinct or=not_parallel ep=hypoechoic pf=shadowing va=internal @1:00 z=13",
    "mass L p sh=round mg=circumscribed ep=anechoic pf=enhancement @4:00 z=6",
    "ln B p",
])

add("us21_03_va_left_axilla_only_male_veteran_lymphadenopathy_4b", """
DEPARTMENT OF VETERANS AFFAIRS MEDICAL CENTER
RADIOLOGY SERVICE

EXAM: US AXILLA LEFT LIMITED
CLINICAL HISTORY: 71 y/o male Veteran with persistent left axillary fullness x 6 wks. Treated for L forearm cellulitis 2 months ago, resolved. Eval for lymphadenopathy.
COMPARISON: None available in VistA.
TECHNIQUE: Real-time grayscale and color Doppler sonography of the left axilla. Breast not imaged.

FINDINGS:
There are multiple enlarged left axillary lymph nodes, the largest measuring 24 x 18 mm. They are round, with complete loss of the fatty hilum and diffuse cortical thickening. Both hilar and peripheral flow is present on color Doppler.
No discrete left axillary mass separate from the nodes.

IMPRESSION:
Left axillary lymphadenopathy with morphologically abnormal nodes. Although reactive change after the recent cellulitis is possible, the loss of hila is of concern.
BI-RADS 4B - Suspicious.

RECOMMENDATION:
1. US-guided core needle biopsy of the most abnormal left axillary node.
2. Clinical correlation (CBC, exam for other sites of adenopathy).

Results communicated to PACT provider via CPRS alert.
/es/ R. DELGADO, MD, Staff Radiologist
""", mods=US, purpose="diagnostic", density=None, overall="4B", bb="L:4B", rec=["biopsy", "clinical_correlation"], f=[
    "ln L p",
    "mass L a",
])

_MOROCCO_GOLD = dict(mods=US, purpose="diagnostic", density=None, overall="3", bb="R:3 L:2",
                     rec=["short_interval_followup"], f=[
    "mass R p sh=oval mg=circumscribed or=parallel ep=hypoechoic pf=none va=absent el=soft @10:00 z=16",
    "mass L p ep=anechoic pf=enhancement @3:00 z=7",
    "other B a",
    "ln B a",
])

add("us21_04_morocco_french_original_oval_mass_right_simple_cyst_left_acr3", """
CENTRE D'IMAGERIE MÉDICALE AL AMAL - CASABLANCA
Dr S. Bennani, Radiologue

ÉCHOGRAPHIE MAMMAIRE BILATÉRALE

Indication : Nodule palpable du sein droit découvert à l'autopalpation. Patiente de 34 ans.

Technique : Sonde linéaire haute fréquence, complétée par un Doppler couleur et une élastographie.

Résultats :
Sein droit : présence à 10h, à 3 cm du mamelon, d'une masse ovale, à contours circonscrits, d'orientation parallèle à la peau, hypoéchogène homogène, sans phénomène acoustique postérieur, mesurant 16 x 9 mm. Pas de vascularisation interne au Doppler couleur. Élastographie : lésion souple.
Sein gauche : kyste simple anéchogène à 3h, mesurant 7 mm, avec renforcement postérieur.
Pas de dilatation canalaire des deux côtés.
Absence d'adénopathie axillaire bilatérale.

Conclusion :
- Masse du sein droit d'allure bénigne (probable fibroadénome) : BI-RADS ACR 3.
- Kyste simple du sein gauche : BI-RADS ACR 2.
Contrôle échographique dans 6 mois.
""", **_MOROCCO_GOLD)

add("us21_05_morocco_english_twin_oval_mass_right_simple_cyst_left_acr3", """
AL AMAL MEDICAL IMAGING CENTRE - CASABLANCA
Dr S. Bennani, Radiologist
[English translation of the French report, provided at the patient's request]

BILATERAL BREAST ULTRASOUND

Indication: Palpable nodule of the right breast found on self-examination. 34-year-old patient.

Technique: High-frequency linear probe, completed by colour Doppler and elastography.

Results:
Right breast: at 10 o'clock, 3 cm from the nipple, there is an oval mass with circumscribed margins, oriented parallel to the skin, homogeneously hypoechoic, without posterior acoustic phenomenon, measuring 16 x 9 mm. No internal vascularisation on colour Doppler. Elastography: soft lesion.
Left breast: anechoic simple cyst at 3 o'clock measuring 7 mm, with posterior enhancement.
No ductal dilatation on either side.
Absence of bilateral axillary adenopathy.

Conclusion:
- Right breast mass of benign appearance (probable fibroadenoma): BI-RADS ACR 3.
- Simple cyst of the left breast: BI-RADS ACR 2.
Follow-up ultrasound in 6 months.
""", **_MOROCCO_GOLD)

add("us21_06_kazakhstan_second_look_after_mri_no_correlate_left_bi2", """
NATIONAL RESEARCH ONCOLOGY CENTRE, ASTANA
Department of Radiology and Nuclear Medicine

SECOND-LOOK ULTRASOUND OF THE LEFT BREAST

Patient: female, 46 y.
Indication: Breast MRI of 14.02.2025 showed an 8 mm enhancing mass in the left breast at 2 o'clock, 5 cm from the nipple, assessed as BI-RADS 4A. Targeted (second-look) ultrasound requested by the mammologist.
Equipment: Mindray Resona 7, linear probe L14-5WU.

Findings:
Left breast: fibroglandular tissue of mixed echogenicity, thickness up to 14 mm.
The zone of 1-3 o'clock, 3-7 cm from the nipple, was examined carefully in radial and antiradial planes. No mass and no non-mass lesion is identified in this zone.
At 4 o'clock, 2 cm from the nipple, there is an oval anechoic cyst of 5 mm with a thin wall, away from the MRI lesion site.
Left axillary lymph nodes up to 9 mm, oval, with preserved cortico-medullary differentiation.

Conclusion:
No sonographic correlate for the MRI-detected lesion of the left breast at 2 o'clock. Simple cyst of the left breast at 4 o'clock.
BI-RADS 2 (left breast, ultrasound).
Recommended: MRI-guided vacuum-assisted biopsy of the lesion at 2 o'clock.

Radiologist: A. Zhaksylykova
""", mods=US, purpose="diagnostic", density=None, overall="2", bb="L:2", rec=["biopsy"], f=[
    "mass L a",
    "nme L a",
    "mass L p sh=oval ep=anechoic @4:00 z=5",
    "ln L p",
])

add("us21_07_nepal_usg_both_breasts_left_spiculated_hard_mass_nodes_4c", """
DEPARTMENT OF RADIOLOGY AND IMAGING
TEACHING HOSPITAL, MAHARAJGUNJ, KATHMANDU

USG OF BOTH BREASTS AND AXILLAE

Name: ******   Age/Sex: 49Y/F   IP/OP: OP
Clinical Details: Lump in left breast since 4 months, gradually increasing. No nipple discharge.

FINDINGS:
RIGHT BREAST:
Normal fibroglandular echotexture. A single tiny anechoic cyst of 4mm is seen at 9 o'clock.
Right axilla: normal.

LEFT BREAST:
An irregular hypoechoic mass with spiculated margins is noted at 2 o'clock position in the upper outer quadrant, 4 cm from the nipple, measuring approx. 23 x 19 mm. It is taller than wide and shows posterior acoustic shadowing. Internal vascularity is seen on colour Doppler. On strain elastography the lesion is hard (elasticity score 5).
Left axilla: Few enlarged lymph nodes with thickened cortex (up to 4.5mm) and effaced fatty hilum, largest measuring 15 x 9mm.

IMPRESSION:
- Irregular spiculated mass in left breast at 2 o'clock with suspicious left axillary lymph nodes : BIRADS 4C
- Simple cyst in right breast : BIRADS 2

Adv: USG guided trucut biopsy of the left breast mass and FNAC of the left axillary node.

Dr. S. Shrestha, MD (Radiodiagnosis)
""", mods=US, purpose="diagnostic", density=None, overall="4C", bb="L:4C R:2", rec=["biopsy"], f=[
    "mass R p ep=anechoic @9:00 z=4",
    "mass L p sh=irregular mg=spiculated or=not_parallel ep=hypoechoic pf=shadowing va=internal el=hard @2:00 q=uo z=23",
    "ln L p",
])

add("us21_08_us_community_right_followup_stable_mass_complicated_cyst_bi3", """
LAKESIDE IMAGING ASSOCIATES - WOMEN'S CENTER
1840 Harbor Rd, Suite 210

EXAM: US BREAST RIGHT LIMITED (6-MONTH FOLLOW-UP)
HISTORY: 44F. Short interval follow up of probably benign right breast findings. Prior US 6 months ago was BI-RADS 3.
COMPARISON: Right breast ultrasound dated 6 months prior.

FINDINGS:
Targeted grayscale and color Doppler ultrasound of the right breast at 8:00 and 11:00.

Right breast 8:00, 5 cm from nipple: oval circumscribed hypoechoic mass, parallel to the skin, measuring 9 x 5 x 7 mm. No internal flow. This is unchanged in size and appearance compared with the prior exam.

Right breast 11:00, 3 cm from nipple: oval circumscribed mass with low-level internal echoes consistent with a complicated cyst, 5 mm, without internal vascularity. Stable.

No new solid masses are identified in the right breast.

IMPRESSION:
1. Stable probably benign right breast mass at 8:00, likely fibroadenoma.
2. Stable complicated cyst right breast 11:00.
BI-RADS 3: Probably benign. Recommend follow-up right breast ultrasound in 6 months.

Dictated by: J. Whitaker, MD
Electronically signed
""", mods=US, purpose="diagnostic", density=None, overall="3", bb="R:3", rec=["short_interval_followup"], f=[
    "mass R p s sh=oval mg=circumscribed or=parallel ep=hypoechoic va=absent @8:00 z=9",
    "mass R p s sh=oval mg=circumscribed va=absent @11:00 z=5",
    "mass R a",
])

add("us21_09_australia_post_wle_seroma_fat_necrosis_skin_r2_l1", """
NORTH SHORE WOMEN'S IMAGING
St Leonards NSW 2065

BILATERAL BREAST ULTRASOUND

Clinical notes: 3 months post right WLE and SNB for 14 mm grade 2 IDC (12 o'clock). Firmness at the scar. Also L breast tenderness at 3 o'clock, ?cause.

Report:
Right breast: At the surgical site at 12 o'clock there is a postoperative fluid collection (seroma) measuring 28 x 15 x 20 mm with a few thin septations. Medial to the collection there is a 9 mm area of fat necrosis. Mild skin thickening along the incision, as expected post-operatively. No solid mass is seen in the right breast.

Left breast: The region of tenderness at 3 o'clock was scanned; normal fibroglandular tissue only. 

Both axillae: normal.

Conclusion:
Seroma and fat necrosis at the right WLE site, as expected at 3 months.
Right: BI-RADS 2. Left: BI-RADS 1.
Return to annual surveillance mammography as per the breast surgeon's protocol.

Dr M. Castellano FRANZCR
""", mods=US, purpose="diagnostic", density=None, overall="2", bb="R:2 L:1", rec=["routine_screening"], f=[
    "other R p @12:00 z=28",
    "other R p z=9",
    "skin R p",
    "mass R a",
])

add("us21_10_ukraine_translated_clustered_microcysts_right_duct_ectasia_left_bi3", """
MEDICAL CENTRE "DOBROBUT", KYIV
Department of Ultrasound Diagnostics
[Translated from Ukrainian]

ULTRASOUND EXAMINATION OF THE MAMMARY GLANDS AND REGIONAL LYMPH NODES

Patient: F., 39 years. Day of the menstrual cycle: 8.
Reason for referral: mastalgia, more on the left.
Device: Samsung RS85, linear probe 3-16 MHz.

Skin and subcutaneous fat layer without changes. Glandular tissue of mixed (fibro-fatty) structure.

Right mammary gland: in the upper outer quadrant at 10 o'clock, 4 cm from the nipple, a cluster of microcysts 8 x 5 mm is determined: oval, with circumscribed contour, oriented parallel to the skin, anechoic with thin internal septa, avascular in CDI mode.

Left mammary gland: the ducts of the retroareolar zone are dilated up to 3 mm, with anechoic contents; no intraductal masses.

Lymphadenopathy in the axillary regions is not detected.

CONCLUSION: Clustered microcysts of the right mammary gland - BI-RADS 3. Duct ectasia of the left mammary gland - BI-RADS 2.
Recommended: follow-up ultrasound of the mammary glands in 6 months.

Physician of ultrasound diagnostics: O. V. Kovalenko
""", mods=US, purpose="diagnostic", density=None, overall="3", bb="R:3 L:2", rec=["short_interval_followup"], f=[
    "mass R p sh=oval mg=circumscribed or=parallel ep=anechoic va=absent @10:00 q=uo z=8",
    "other L p",
    "mass L a",
    "ln B a",
])
