"""Contrast-enhanced mammography reports (7) of modalities_13 with their compact gold."""
from common import write

ITEMS = []


def add(id_, text, **gold):
    ITEMS.append({"id": id_, "text": text, "gold": gold})


add("cem13_01_us_academic_v2025_impression_first_spiculated_mass_oil_cyst_bi5", """
CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL - DIAGNOSTIC

IMPRESSION:
Left breast 1:00: 16 mm irregular mass with spiculated margins, high density on low-energy images and heterogeneous
enhancement on recombined images. Highly suggestive of malignancy. BI-RADS 5.
Right breast: stable benign oil cyst. BI-RADS 2.
Recommendation: Ultrasound-guided core biopsy of the left mass, with targeted ultrasound of the left axilla at the same
visit.

INDICATION: 66-year-old recalled from screening mammography 02/2026 for a left breast mass.

TECHNIQUE: Dual-energy CC and MLO views of both breasts after IV iohexol 350 (1.5 mL/kg), acquired 2 to 8 minutes after
injection. Low-energy and recombined images reviewed. No adverse reaction.

COMPARISON: Mammograms 01/2024 and 02/2025.

BREAST COMPOSITION: There are scattered areas of fibroglandular density (b).

BACKGROUND PARENCHYMAL ENHANCEMENT: Minimal, symmetric.

FINDINGS:
Low-energy images: At left 1:00, posterior depth, there is an irregular high-density mass with spiculated margins
measuring 14 mm. In the right upper outer quadrant there is an 8 mm round circumscribed fat-containing mass, unchanged since
2024, consistent with an oil cyst.
Recombined images: The left 1:00 mass shows heterogeneous enhancement and measures 16 mm. The right oil cyst does not
enhance. No other areas of enhancement in either breast.
""",
    mods="cem", purpose="dx", density="b", bpe="minimal/symmetric", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous @1:00 dp=posterior z=16",
       "mass R p s sh=round mg=circumscribed md=fat_containing q=uo z=8"],
    rec=["additional_imaging", "biopsy"])

add("cem13_02_egypt_cairo_cesm_plus_us_long_report_washout_segmental_calcs_bi5", """
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM) AND COMPLEMENTARY BREAST ULTRASOUND

Clinical data: 47 years old, left breast lump for 2 months. No previous imaging.

Breast density: ACR C (heterogeneously dense).

Low-energy images:
Left upper outer quadrant: irregular, equal-density mass with indistinct margins, about 22 mm, with fine linear
branching calcifications extending anteriorly towards the nipple in a segmental distribution over 45 mm.
Left axilla: two enlarged dense lymph nodes.
Right breast: no masses, no suspicious calcifications.

Recombined images:
Background parenchymal enhancement: mild, symmetric.
The left mass shows intense heterogeneous enhancement, with washout on the late acquisition. Segmental clumped non-mass
enhancement anterior to the mass corresponding to the calcifications, 48 mm.
Right breast: no abnormal enhancement.

Ultrasound:
Left breast 1-2 o'clock: irregular hypoechoic mass, not parallel, with indistinct margins and posterior acoustic
shadowing, 24 mm, with internal vascularity on colour Doppler.
Left axilla: the two lymph nodes show thickened cortex (5 mm) and loss of the fatty hilum, the larger 21 mm.
Right breast: few simple cysts, the largest 5 mm.

Opinion:
Left breast mass with segmental malignant-looking calcifications and non-mass enhancement: BI-RADS 5.
Suspicious left axillary lymph nodes.
Right breast: BI-RADS 2.

Advice: US-guided true-cut biopsy of the left breast mass and of the left axillary lymph node. MDT discussion.
""",
    mods="cem us", purpose="dx", density="c", bpe="mild/symmetric", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular md=equal mg=indistinct ie=heterogeneous kd=washout or=not_parallel ep=hypoechoic pf=shadowing va=internal q=uo z=24",
       "calc L p m=fine_linear d=segmental z=45",
       "nm L p ie=clumped nd=segmental z=48",
       "ln L p z=21",
       "mass R a",
       "calc R a",
       "mass R p z=5"],
    rec=["biopsy", "other"])

add("cem13_03_singapore_cem_spreadsheet_table_focal_nme_nonenhancing_asymmetry_4a", """
CONTRAST ENHANCED MAMMOGRAM (CEM) - BOTH BREASTS
Indication: 52 y.o. Recalled from national screening (BreastScreen) for right breast findings. Dense breasts.

Breast density: d (extremely dense).
Background parenchymal enhancement: moderate, symmetrical.

Findings (pasted from the CEM lesion worksheet):

#	Side	Clock	Depth	Low-energy finding	LE size	Enhancement on recombined	Pattern	BI-RADS
1	R	11	Middle	Oval mass, circumscribed, equal density	9 mm	Yes	Homogeneous	3
2	R	7	Posterior	Focal asymmetry	-	No	-	2
3	L	3	Anterior	None (recombined only)	-	Yes - focal non-mass enhancement 12 mm	Heterogeneous	4A

Comments: #1 likely fibroadenoma. #2 non-enhancing focal asymmetry, summation of normal tissue favoured. #3 is occult on
the low-energy images and was not part of the screening recall.
No suspicious calcifications. No axillary adenopathy.

Overall: BI-RADS 4A.
Recommendation: second-look ultrasound of #3, with biopsy (US- or CEM-guided). Short-interval follow-up CEM or ultrasound
in 6 months for #1.
""",
    mods="cem", purpose="dx", density="d", bpe="moderate/symmetric", overall="4A", bb="R3 L4A",
    f=["mass R p sh=oval mg=circumscribed md=equal ie=homogeneous @11:00 dp=middle z=9",
       "asym R p @7:00 dp=posterior",
       "nm L p nd=focal ie=heterogeneous @3:00 dp=anterior z=12",
       "calc B a",
       "ln B a"],
    rec=["additional_imaging", "biopsy", "short_interval_followup"])

add("cem13_04_puerto_rico_bilingual_spanish_english_post_lumpectomy_bi2", """
MAMOGRAFÍA CONTRASTADA BILATERAL (CEM) / BILATERAL CONTRAST-ENHANCED MAMMOGRAPHY
San Juan, Puerto Rico

Historia / History: 58 años, tumorectomía derecha en 2022 (carcinoma ductal infiltrante) y radiación. Dolor en la
cicatriz hace 1 mes. / 58 years old, right lumpectomy in 2022 (invasive ductal carcinoma) and radiation. Pain at the
scar for 1 month.
Comparación / Comparison: 2023, 2024, 2025.

Densidad / Density: heterogéneamente densa (c) / heterogeneously dense (c).
Realce de fondo / Background enhancement: leve, simétrico / mild, symmetric.

Hallazgos:
Mama derecha: cambios post-quirúrgicos estables en la cicatriz (12:00), con distorsión de la arquitectura sin realce.
Calcificaciones distróficas estables en el lecho quirúrgico.
Mama izquierda: masa ovalada de 7 mm a las 3:00, de baja densidad, con márgenes parcialmente oscurecidos, sin realce,
estable desde 2023.
No hay adenopatías axilares.

Findings:
Right breast: stable post-surgical changes at the scar (12:00), with architectural distortion and no enhancement.
Stable dystrophic calcifications in the surgical bed.
Left breast: 7 mm oval mass at 3:00, low density, with partially obscured margins, not enhancing, stable since 2023.
No axillary adenopathy.

Impresión / Impression:
Cambios post-tratamiento benignos. Sin evidencia de recurrencia. BI-RADS 2.
Benign post-treatment changes. No evidence of recurrence. BI-RADS 2.
Recomendación / Recommendation: mamografía anual. / Annual mammogram.
""",
    mods="cem", purpose="dx", density="c", bpe="mild/symmetric", overall="2", bb="",
    f=["ad R p s @12:00",
       "calc R p s m=dystrophic",
       "mass L p s sh=oval md=low mg=obscured @3:00 z=7",
       "ln B a"],
    rec=["routine_screening"])

add("cem13_05_france_lyon_translated_quoted_outside_us_rim_washout_acr4", """
CONTRAST-ENHANCED MAMMOGRAPHY (angiomammography) - translated from the French report

Indication: Patient aged 51. Outside ultrasound (Dr L., 20/01/2026), whose conclusion reads: "Hypoechoic nodule of the
left upper outer quadrant, 8 mm, with ill-defined contours. ACR 4." Characterisation requested before biopsy.

Technique: CC and MLO views of both breasts, low-energy and recombined images, after injection of iodinated contrast
(iohexol 350, 1.5 mL/kg). No adverse event.

Results:
Breasts of type a (almost entirely fatty).
Background enhancement: minimal.
Low-energy images: in the left upper outer quadrant, an 8 mm round mass of equal density, with non-circumscribed
margins. No microcalcifications.
Recombined images: rim enhancement of this mass, with washout on the late image.
Right breast: no mass and no enhancement.

Conclusion:
Left upper outer quadrant round mass with rim enhancement and washout, corresponding to the ultrasound nodule:
ACR 4 on the left. ACR 1 on the right.
An ultrasound-guided microbiopsy is indicated.
""",
    mods="cem", purpose="dx", density="a", bpe="minimal/-", overall="4", bb="L4 R1",
    f=["mass L p sh=round md=equal mg=not_circumscribed ie=rim kd=washout q=uo z=8",
       "calc L a",
       "mass R a"],
    rec=["biopsy"])

add("cem13_06_south_africa_johannesburg_telegraphic_cem_staging_contralateral_4a", """
CEM BILAT.
Known R breast ca (core bx 9 o'c, IDC gr 3). Staging.

Density: d.
BPE: moderate, sym.
R: 9 o'c irreg mass 31 mm, indistinct margins, rim enh. Skin thickening over mass 4 mm. Nipple not retracted.
R ax: 2 abnormal LNs, largest 19 mm.
L: 2 o'c 6 mm oval circumscribed enhancing mass, homogeneous enh, no LE correlate.
L ax: NAD.

Imp: R - BIRADS 6. L 2 o'c enhancing mass - BIRADS 4A: 2nd look US + bx.
Dr N. Mokoena
""",
    mods="cem", purpose="dx", density="d", bpe="moderate/symmetric", overall="4A", bb="R6 L4A",
    f=["mass R p sh=irregular mg=indistinct ie=rim @9:00 z=31",
       "skin R p z=4",
       "skin R a",
       "ln R p z=19",
       "mass L p sh=oval mg=circumscribed ie=homogeneous @2:00 z=6"],
    rec=["additional_imaging", "biopsy"])

add("cem13_07_turkey_istanbul_technologist_worksheet_inflammatory_diffuse_nme_bi5", """
TECHNOLOGIST WORKSHEET - CEM
Contrast: iohexol 350, 1.5 mL/kg (90 mL), right antecubital, 3 mL/s. Injection 10:02. First image 10:04 (R CC), last
10:09 (L MLO). No extravasation. No reaction. Creatinine 0.8 mg/dL.
Patient notes: L breast red and swollen for 3 weeks, antibiotics for 10 days without improvement. Says L nipple pulled
in recently.
Technologist: S. Aydın

----------------------------------------------------------------
RADIOLOGIST REPORT
Breast composition: heterogeneously dense (c).

Low-energy images: Left breast global asymmetry with diffuse skin and trabecular thickening (skin up to 7 mm). Left
nipple retraction. No discrete mass. Multiple enlarged left axillary lymph nodes, the largest 22 mm.
Recombined images: Diffuse heterogeneous non-mass enhancement occupying most of the left breast, with enhancement of the
thickened skin. Right breast: no abnormal enhancement; background enhancement mild.

Impression: Findings highly suspicious for inflammatory breast cancer in the left breast. BI-RADS 5.
Right breast: BI-RADS 1.

Recommendation: US-guided core biopsy of the left breast and skin punch biopsy; urgent referral to the breast surgery
and oncology clinic.
Dr E. Kaya
""",
    mods="cem", purpose="dx", density="c", bpe="mild/-", overall="5", bb="L5 R1",
    f=["asym L p",
       "skin L p z=7",
       "skin L p",
       "mass L a",
       "ln L p z=22",
       "nm L p ie=heterogeneous nd=diffuse"],
    rec=["biopsy", "surgical_consultation"])


if __name__ == "__main__":
    write(ITEMS)
    print(len(ITEMS), "CEM items written")
