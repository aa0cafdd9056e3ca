"""CEM reports cem3_05 - cem3_08 (texts and compact gold)."""

R = []

R.append(dict(
    id="cem3_05_peru_translated_inflammatory_diffuse_nme",
    text="""
CLÍNICA - LIMA, PERÚ
MAMOGRAFÍA CON CONTRASTE (CEM) BILATERAL / BILATERAL CONTRAST-ENHANCED MAMMOGRAPHY
(English translation)

Clinical data: 52 years. Erythema, oedema and enlargement of the left breast for 6 weeks, without
improvement on antibiotics. Peau d'orange on examination.

Technique: contrast-enhanced mammography, CC and MLO of both breasts, low-energy and recombined
images.

Findings:
Breast density: heterogeneously dense (ACR c).
Left breast (low energy): diffuse skin thickening and trabecular thickening. Nipple retraction. In the
retroareolar region, an irregular high-density mass with indistinct margins, 35 mm.
Left breast (recombined): diffuse non-mass enhancement involving the whole breast, heterogeneous.
Within it, the retroareolar mass shows rim enhancement, 38 mm, with washout on the late image.
Left axilla: enlarged dense lymph nodes without fatty hilum, the largest 25 mm.
Right breast: no masses or calcifications. Background enhancement of the right breast: mild. No
enhancement beyond the background.

Conclusion:
Findings highly suggestive of inflammatory carcinoma of the left breast, with diffuse non-mass
enhancement, retroareolar mass and axillary lymphadenopathy. BI-RADS 5 left breast.
Right breast: BI-RADS 1.

Recommendation: core biopsy of the retroareolar mass and skin punch biopsy; referral to the oncology
unit.

Dr. J. Quispe - Radiólogo
""",
    mods=["cem"], purpose="diagnostic", density="c", fgt=None, bpe="mild/-",
    overall="5", bb="L5 R1",
    f=[
        "skin L p",
        "skin L p",
        "mass L p sh=irregular mg=indistinct md=high ie=rim kd=washout z=38",
        "nme L p ie=heterogeneous nd=diffuse",
        "ln L p z=25",
        "mass R a",
        "calc R a",
    ],
    rec=["biopsy", "other"],
))

R.append(dict(
    id="cem3_06_netherlands_v2025_focal_nme_oil_cyst",
    text="""
Afdeling Radiologie - Maastricht
Contrast-enhanced mammografie (CEM), beide mammae / contrast-enhanced mammography, both breasts
Lexicon: ACR BI-RADS v2025 (contrast-enhanced mammography)

Indication: 47-year-old woman, intermediate risk (family history). Supplemental screening; baseline
CEM.

Breast composition: a - the breasts are almost entirely fatty.

Low-energy images:
Scattered benign-appearing calcifications in both breasts.
Left breast, 2 o'clock: oval circumscribed fat-containing mass of 14 mm (oil cyst), at the site of a
seatbelt injury in 2019.

Recombined images:
BPE: minimal, symmetric.
Right breast, 8 o'clock, middle depth: focal non-mass enhancement of 8 mm, homogeneous internal
enhancement, lesion conspicuity low. Not visible on the low-energy images.
The oil cyst does not enhance.

Axillae: no abnormal lymph nodes.

Conclusion:
Right breast: small focal homogeneous NME, probably benign - BI-RADS 3. Follow-up CEM in 6 months.
Left breast: oil cyst - BI-RADS 2.

dr. L. de Vries, radioloog
""",
    mods=["cem"], purpose="screening", density="a", fgt=None, bpe="minimal/symmetric",
    overall="3", bb="R3 L2",
    f=[
        "calc B p d=diffuse",
        "mass L p sh=oval mg=circumscribed md=fat_containing @2:00 z=14",
        "nme R p ie=homogeneous nd=focal @8:00 dp=middle z=8",
        "ln B a",
    ],
    rec=["short_interval_followup"],
))

R.append(dict(
    id="cem3_07_finland_terse_le_ce_birads0_typos",
    text="""
Breast imaging unit - Helsinki
CEM (kontrastimammografia), both breasts

Indication: recall from national screening (52 y). New density in the right breast.
Technique: CC + MLO bilat., LE and CE (recombined) images.

LE: ACR c.
Right 10 o'clock: oval mass 6 mm, margin partly obscured, equal density. New vs. screening 2024.
Right 2 o'clock: questionable distortion, CC view only, probably superimposition.
Left axillary tail: intramammay lymph node 7 mm with fatty hilum.
No suspicious calcifications bilat.

CE: BPE mild, symmetric.
Right 10 o'clock mass enhances, homogenous, 7 mm.
Left lymph node enhances (normal finding).
No other enhancing findings.

Conclusion:
Right: BI-RADS 0 - targeted US needed (booked today).
Left: BI-RADS 2.

Rad. A. Virtanen
""",
    mods=["cem"], purpose="diagnostic", density="c", fgt=None, bpe="mild/symmetric",
    overall="0", bb="R0 L2",
    f=[
        "mass R p sh=oval mg=obscured md=equal ie=homogeneous @10:00 z=7",
        "ad R q @2:00",
        "ln L p q=axillary_tail z=7",
        "calc B a",
    ],
    rec=["additional_imaging"],
))

R.append(dict(
    id="cem3_08_us_hl7_obx_export_segmental_clustered_ring",
    text="""
MSH|^~\\&|RIS|MERCYWEST|EHR|MERCYWEST|202603061530||ORU^R01|MSG00231|P|2.5.1
PID|1||7788123^^^MRN||GARCIA^ELENA||19680922|F
OBR|1|ORD5561|ACC99812|CEMBIL^CONTRAST ENHANCED MAMMOGRAPHY BILATERAL DIAGNOSTIC|||202603061402
OBX|1|TX|&GDT^REPORT||EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL, DIAGNOSTIC||||||F
OBX|2|TX|&GDT^REPORT||INDICATION: 57F with bloody nipple discharge, left. Ultrasound 02/2026 negative.||||||F
OBX|3|TX|&GDT^REPORT||TECHNIQUE: Standard CC and MLO dual-energy views after IV iohexol 350.||||||F
OBX|4|TX|&GDT^REPORT||FINDINGS:||||||F
OBX|5|TX|&GDT^REPORT||Low-energy images: There are scattered areas of fibroglandular density.||||||F
OBX|6|TX|&GDT^REPORT||Left breast: fine linear branching calcifications in a segmental distribution from the nipple toward 3:00, spanning 5 cm.||||||F
OBX|7|TX|&GDT^REPORT||Recombined images: Mild symmetric background parenchymal enhancement.||||||F
OBX|8|TX|&GDT^REPORT||Left breast: segmental non-mass enhancement with clustered ring internal enhancement, corresponding to the calcifications, 6 cm.||||||F
OBX|9|TX|&GDT^REPORT||Right breast: 5 mm oval circumscribed mass at 7:00, posterior depth, with homogeneous enhancement; no low-energy correlate.||||||F
OBX|10|TX|&GDT^REPORT||No suspicious axillary lymph nodes.||||||F
OBX|11|TX|&GDT^REPORT||IMPRESSION:||||||F
OBX|12|TX|&GDT^REPORT||1. Left breast segmental fine linear branching calcifications with corresponding segmental clustered ring non-mass enhancement, highly suggestive of malignancy. BI-RADS 5.||||||F
OBX|13|TX|&GDT^REPORT||2. Right breast 5 mm enhancing mass at 7:00, indeterminate. BI-RADS 4A. Targeted ultrasound; ultrasound-guided biopsy if a correlate is found, otherwise MRI-guided biopsy.||||||F
OBX|14|TX|&GDT^REPORT||Stereotactic biopsy of the left breast calcifications is recommended.||||||F
OBX|15|TX|&GDT^REPORT||Electronically signed: A. Brooks, MD 03/06/2026 15:28||||||F
""",
    mods=["cem"], purpose="diagnostic", density="b", fgt=None, bpe="mild/symmetric",
    overall="5", bb="L5 R4A",
    f=[
        "calc L p m=fine_linear d=segmental z=50",
        "nme L p ie=clustered_ring nd=segmental z=60",
        "mass R p sh=oval mg=circumscribed ie=homogeneous @7:00 dp=posterior z=5",
        "ln B a",
    ],
    rec=["biopsy", "additional_imaging"],
))
