"""Ultrasound reports (12) of modalities_13 with their compact gold."""
from common import write

ITEMS = []


def add(id_, text, **gold):
    ITEMS.append({"id": id_, "text": text, "gold": gold})


add("us13_01_south_africa_cape_town_impression_first_spiculated_hard_node_bi5", """
LEFT BREAST AND AXILLA ULTRASOUND (DIAGNOSTIC)
Referring doctor: Dr M. Jacobs (GP), Rondebosch

IMPRESSION:
1. Left breast 2 o'clock: irregular, non-parallel hypoechoic mass with spiculated margins and posterior acoustic
   shadowing, 17 mm, hard on shear wave elastography. Highly suggestive of malignancy. BI-RADS 5.
2. Left axilla: one lymph node with eccentric cortical thickening (4 mm), 14 mm. Suspicious for metastatic involvement.
Recommend US-guided core biopsy of the mass and FNA of the node, and referral back to the breast surgeon with the result.

CLINICAL INFORMATION:
58 year old. Palpable lump left breast upper outer quadrant for six weeks. Mammogram at an outside practice reported as
"BI-RADS 4" - images not available to us today.

FINDINGS:
Targeted ultrasound of the left breast and left axilla.
At 2 o'clock, 4 cm from the nipple, at the site of the palpable lump, there is an irregular hypoechoic mass measuring
17 x 13 x 12 mm. It is not parallel to the skin, the margins are spiculated with an echogenic halo and there is
posterior acoustic shadowing. Internal vascularity is present on colour Doppler. Shear wave elastography: stiff, Emax
165 kPa.
No further mass in the left breast.
Left axilla: a 14 mm node with eccentric cortical thickening up to 4 mm and partial effacement of the fatty hilum. The
other level I nodes have a normal appearance.

Dr R. Pillay, Radiologist
""",
    mods="us", purpose="dx", overall="5", bb="L5",
    f=["mass L p sh=irregular or=not_parallel ep=hypoechoic mg=spiculated pf=shadowing va=internal el=hard @2:00 z=17",
       "mass L a",
       "ln L p z=14",
       "ln L p"],
    rec=["biopsy", "surgical_consultation"])

add("us13_02_us_ohio_sonographer_worksheet_radiologist_final_line_bi3", """
BREAST ULTRASOUND WORKSHEET - BILATERAL
Sonographer: K. Lindqvist, RDMS        Exam date: 02/11/2026
Indication: 6 mo f/u R breast mass (BI-RADS 3 on 08/2025 US). New L breast tenderness x 2 wks, no lump.

RIGHT
 Lesion #1   9:00   3 cm FN   0.9 x 0.5 x 0.7 cm   (prev 0.9 x 0.5 x 0.7 cm)
   shape: oval    orient: parallel    margin: circumscribed
   echo: hypoechoic    post: enhancement    color: none
   comments: unchanged from 08/2025
 Other: few small cysts R breast, largest 4 mm - not marked on diagram

LEFT
 Scanned area of tenderness (L UOQ) and whole L breast. No mass at area of tenderness.
 Single simple cyst 12:00 N+2, 6 mm, anechoic w/ posterior enhancement.

AXILLAE: normal LNs bilat.

----------------------------------------------------------------
RADIOLOGIST INTERPRETATION (D. Okafor, MD):
Images reviewed; I agree with the sonographer's findings. The right 9:00 mass is stable at 6 months and is probably a
fibroadenoma. Left breast: benign simple cyst; no sonographic correlate for the tenderness.
BI-RADS 3 right, BI-RADS 2 left. Recommend follow-up right breast ultrasound in 6 months.
""",
    mods="us", purpose="dx", overall="3", bb="R3 L2",
    f=["mass R p s sh=oval or=parallel mg=circumscribed ep=hypoechoic pf=enhancement va=absent @9:00 z=9",
       "mass R p z=4",
       "mass L a",
       "mass L p ep=anechoic pf=enhancement @12:00 z=6",
       "ln B p"],
    rec=["short_interval_followup"])

add("us13_03_canada_montreal_bilingual_french_english_complicated_cyst_bi3", """
CENTRE HOSPITALIER - RADIOLOGIE / RADIOLOGY
ÉCHOGRAPHIE MAMMAIRE BILATÉRALE / BILATERAL BREAST ULTRASOUND

Renseignements cliniques / Clinical information:
Masse palpable au sein gauche depuis 3 semaines. / Palpable lump in the left breast for 3 weeks.
Comparaison / Comparison: mammographie du 2026-01-14 (rapport distinct). / Mammogram of 2026-01-14 (separate report).

Constatations :
Sein gauche : à 3 h, à 5 cm du mamelon, correspondant à la masse palpable, kyste compliqué ovale et circonscrit de
11 mm, avec échos internes de bas niveau, sans vascularisation au Doppler couleur.
Plusieurs kystes simples dans les deux seins, le plus gros de 8 mm au sein droit à 10 h.
Pas de masse solide. Pas d'adénopathie axillaire.

Findings:
Left breast: at 3 o'clock, 5 cm from the nipple, corresponding to the palpable lump, there is an oval, circumscribed
complicated cyst of 11 mm with low-level internal echoes and no vascularity on colour Doppler.
Several simple cysts in both breasts, the largest 8 mm in the right breast at 10 o'clock.
No solid mass. No axillary adenopathy.

Opinion / Impression :
Kyste compliqué du sein gauche correspondant à la masse palpable, probablement bénin. Kystes simples bilatéraux.
BI-RADS 3 gauche / BI-RADS 2 droit.
Complicated cyst of the left breast corresponding to the palpable lump, probably benign. Bilateral simple cysts.
BI-RADS 3 left / BI-RADS 2 right.

Recommandation : échographie de contrôle du sein gauche dans 6 mois.
Recommendation: follow-up ultrasound of the left breast in 6 months.

Dre Émilie Gagnon, radiologiste
""",
    mods="us", purpose="dx", overall="3", bb="L3 R2",
    f=["mass L p sh=oval mg=circumscribed va=absent @3:00 z=11",
       "mass B p z=8",
       "mass B a",
       "ln B a"],
    rec=["short_interval_followup"])

add("us13_04_us_minneapolis_somali_interpreter_complex_cystic_solid_4b", """
EXAM: US BREAST LEFT LIMITED; US AXILLA LEFT
DATE: 02/12/2026

HISTORY: 41-year-old female, Somali-speaking. History obtained through a certified Somali interpreter (in person,
interpreter ID 40417). Patient reports a left breast lump noticed about 1 month ago, no nipple discharge, no fever.
Last breastfed 2 years ago. No prior breast imaging.

TECHNIQUE: Targeted grayscale and color Doppler ultrasound of the left breast at the site of concern and of the left
axilla.

COMPARISON: None.

FINDINGS:
At the site of palpable concern, left breast 7:00, 3 cm from the nipple, there is a 2.2 x 1.4 x 1.8 cm oval mass,
parallel to the skin, with circumscribed margins. The mass is complex cystic and solid, with a mural solid component
along its dependent wall measuring 9 mm. Color Doppler shows internal vascularity within the solid component. There is
posterior acoustic enhancement.
No additional mass in the lower left breast.
Left axilla: normal-appearing lymph nodes with fatty hila.

IMPRESSION:
Complex cystic and solid mass, left breast 7:00, corresponding to the palpable lump. Differential includes intracystic
papilloma and papillary carcinoma. BI-RADS 4B: suspicious.

RECOMMENDATION: US-guided core biopsy of the solid component.
The results and recommendation were explained to the patient through the interpreter, who repeated them back; the
patient agreed and the biopsy has been scheduled for 02/19/2026.
""",
    mods="us", purpose="dx", overall="4B", bb="L4B",
    f=["mass L p sh=oval or=parallel mg=circumscribed ep=complex_cystic_solid va=internal pf=enhancement @7:00 z=22",
       "mass L a",
       "ln L p"],
    rec=["biopsy"])

add("us13_05_ireland_dublin_quoted_prior_report_stable_soft_fibroadenoma_bi3", """
ULTRASOUND RIGHT BREAST - FOLLOW UP

Clinical details: Follow up of right breast lesion. Previous report (Dr A. Byrne, 14/08/2025) states:
    "Right breast 10 o'clock, 2cm from nipple: 8 x 5mm oval, parallel, circumscribed hypoechoic lesion, likely
    fibroadenoma. No vascularity. Right axilla normal. BI-RADS 3. Follow up ultrasound in 6 months suggested."

Findings:
The previously described lesion at 10 o'clock is again seen and measures 8 x 5 x 6mm, unchanged in size and appearance.
It is oval, parallel and circumscribed, hypoechoic, with no internal vascularity. On strain elastography it is soft
(score 2).
At 1 o'clock there is a new 4mm simple cyst.
Right axilla: normal.

Conclusion:
Stable right breast lesion at 10 o'clock, consistent with a fibroadenoma. Small simple cyst at 1 o'clock.
BI-RADS 3. Repeat ultrasound in 6 months (12 months from baseline) is advised.

Dr S. Nolan, Consultant Radiologist
""",
    mods="us", purpose="dx", overall="3", bb="R3",
    f=["mass R p s sh=oval or=parallel mg=circumscribed ep=hypoechoic va=absent el=soft @10:00 z=8",
       "mass R p @1:00 z=4"],
    rec=["short_interval_followup"])

add("us13_06_india_bengaluru_spreadsheet_lesion_table_elastography_4a", """
SONOMAMMOGRAPHY (BOTH BREASTS) WITH ELASTOGRAPHY

Indication: Lump left breast x 2 months. Age 36.

Both breasts were scanned with a 5-14 MHz linear probe. Colour Doppler and strain elastography were done.
Lesion table:

No.	Side	Position	Dist from nipple (cm)	Size (mm)	Shape	Orientation	Margin	Echogenicity	Posterior	Vascularity	Elastography	BI-RADS
1	Right	10 o'clock	3	14 x 8	Oval	Parallel	Circumscribed	Hypoechoic	Enhancement	Nil	Soft (2)	3
2	Right	2 o'clock	5	6 x 5	Oval	Parallel	Circumscribed	Anechoic	Enhancement	Nil	-	2
3	Left	1 o'clock	4	11 x 10	Irregular	Not parallel	Microlobulated	Hypoechoic	None	Internal	Intermediate (3)	4A
4	Left	4 o'clock	2	7 x 4	Oval	Parallel	Circumscribed	Isoechoic	None	Nil	Soft (1)	3

Bilateral axillae: few subcentimetric nodes with preserved fatty hila. No abnormal axillary node.

IMPRESSION:
- Right breast: lesion 1 - probable fibroadenoma, BIRADS 3; lesion 2 - simple cyst.
- Left breast: lesion 3 (palpable) - BIRADS 4A. Lesion 4 - probable fibroadenoma, BIRADS 3.

ADVICE: USG guided core biopsy of lesion 3. Follow-up USG after 6 months for lesions 1 and 4.

Dr. K. Ramaswamy, MD (Radiodiagnosis)
""",
    mods="us", purpose="dx", overall="4A", bb="R3 L4A",
    f=["mass R p sh=oval or=parallel mg=circumscribed ep=hypoechoic pf=enhancement va=absent el=soft @10:00 z=14",
       "mass R p sh=oval or=parallel mg=circumscribed ep=anechoic pf=enhancement va=absent @2:00 z=6",
       "mass L p sh=irregular or=not_parallel mg=microlobulated ep=hypoechoic pf=none va=internal el=intermediate @1:00 z=11",
       "mass L p sh=oval or=parallel mg=circumscribed ep=isoechoic pf=none va=absent el=soft @4:00 z=7",
       "ln B p",
       "ln B a"],
    rec=["biopsy", "short_interval_followup"])

add("us13_07_us_academic_v2025_long_mammo_tomo_spot_us_recall_4b", """
DIAGNOSTIC MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS AND LEFT BREAST ULTRASOUND
DATE OF EXAM: 03/02/2026

CLINICAL HISTORY: 49-year-old woman recalled from screening mammography of 02/2026 (BI-RADS 0) for a possible left breast
mass. Mother with breast cancer at 62. No symptoms.

COMPARISON: Screening mammograms 02/2026, 01/2025 and 12/2023.

TECHNIQUE: Bilateral CC and MLO digital mammograms with tomosynthesis; left spot compression CC and ML views. Targeted
ultrasound of the left breast (12:00 to 3:00) and left axilla.

BREAST COMPOSITION: The breasts are heterogeneously dense, which may obscure small masses.

MAMMOGRAPHY / TOMOSYNTHESIS:
Left breast: The screening-detected finding persists on spot compression as an irregular, equal-density mass with
indistinct margins at 12:00, middle depth, measuring 12 mm. No associated calcifications. No architectural distortion.
Coarse popcorn-like calcifications in the left lower inner quadrant are unchanged since 2023 and benign.
Right breast: No suspicious mass, calcifications or architectural distortion.

ULTRASOUND:
At left 12:00, 6 cm from the nipple, there is an irregular hypoechoic mass measuring 13 x 9 x 10 mm, corresponding to
the mammographic mass. Its margins are indistinct and its orientation is not parallel. No posterior features.
Vascularity: internal.
Elasticity assessment of the mass: intermediate.
At left 2:00, 3 cm from the nipple, there is a 5 mm oval circumscribed anechoic simple cyst.
Left axilla: normal.

ASSESSMENT:
Left breast: irregular mass at 12:00 with a concordant sonographic correlate - suspicious. BI-RADS 4B. The 2:00 simple
cyst and the lower inner calcifications are benign.
Right breast: negative. BI-RADS 1.
Overall: BI-RADS 4B - suspicious.

RECOMMENDATION:
1. US-guided core biopsy of the left 12:00 mass with clip placement and a post-procedure mammogram.
2. Given heterogeneously dense breasts and family history, a risk assessment and supplemental screening breast MRI are
   recommended after the biopsy result.
""",
    mods="mg tomo spot us", purpose="dx", density="c", overall="4B", bb="L4B R1",
    f=["mass L p sh=irregular md=equal mg=indistinct or=not_parallel ep=hypoechoic pf=none va=internal el=intermediate @12:00 dp=middle z=13",
       "calc L a",
       "ad L a",
       "calc L p s m=coarse q=li",
       "mass R a",
       "calc R a",
       "ad R a",
       "mass L p sh=oval mg=circumscribed ep=anechoic @2:00 z=5"],
    rec=["additional_imaging", "biopsy", "other"])

add("us13_08_us_texas_breast_surgeon_office_note_telegraphic_fa_bi3", """
OFFICE BREAST ULTRASOUND
Performed and interpreted by: J. Ramirez, MD, FACS (Breast Surgery)

Ind: 27F, R breast lump x 3 mo, ?FA. No FHx.
Probe 12 MHz linear. R breast, targeted to palpable area.

R 8:00, 2 cm FN: 1.8 x 1.1 x 1.3 cm oval mass, wider than tall, circumscribed, homogeneous hypoechoic, post acoustic
enhancement. Minimal peripheral flow, none internal. c/w FA.
No other masses R breast.
R axilla: no adenopathy.

Imp: R breast mass c/w fibroadenoma, BI-RADS 3.
Plan: discussed observation vs bx. Pt prefers tissue dx - US-guided core bx in office next week; pt agrees.
""",
    mods="us", purpose="dx", overall="3", bb="R3",
    f=["mass R p sh=oval or=parallel mg=circumscribed ep=hypoechoic pf=enhancement va=rim @8:00 z=18",
       "mass R a",
       "ln R a"],
    rec=["biopsy"])

add("us13_09_korea_seoul_implant_us_snowstorm_extracapsular_silicone_node_bi2", """
Breast Ultrasonography (Both) - implant evaluation

Clinical information: s/p augmentation mammoplasty (2012, silicone gel, subpectoral). Rt breast swelling for 1 month,
palpable nodule Rt upper outer portion.

Findings:
Both breasts show retropectoral silicone implants.
Rt: Echogenic "snowstorm" pattern at the 10 o'clock periphery of the implant extending into the breast parenchyma,
consistent with free silicone outside the capsule. Multiple parallel echogenic lines are also seen within the implant
(stepladder sign). -> extracapsular rupture.
Rt axilla: 12 mm lymph node with snowstorm echogenicity, suggesting silicone-laden node.
Lt: Implant shell is intact. No intracapsular echogenic lines, no extracapsular silicone. Small amount of peri-implant
fluid, within normal range.
Lt 3 o'clock, 5 mm oval, circumscribed, parallel hyperechoic nodule, probable lipoma.
No suspicious mass in both breasts.

Conclusion:
1. Rt implant rupture, extracapsular, with silicone-laden Rt axillary LN.
2. Lt implant intact.
3. Lt breast small probable lipoma.

BI-RADS category 2.
Recommend plastic surgery consultation. MRI may be considered for confirmation.
""",
    mods="us", purpose="dx", overall="2", bb="",
    f=["impl R p ir=extracapsular",
       "ln R p z=12",
       "impl L p ir=none",
       "mass L p sh=oval mg=circumscribed or=parallel ep=hyperechoic @3:00 z=5",
       "mass B a"],
    rec=["additional_imaging", "surgical_consultation"])

add("us13_10_japan_osaka_translated_v2025_nonmass_lesion_echogenic_foci_4b", """
Breast ultrasound report (both breasts) - English translation of the Japanese report

Purpose of examination: detailed examination after municipal screening mammography (left breast calcifications,
screening category 3).

Findings:
Left breast, C area (upper outer), 2 o'clock, 4 cm from the nipple: non-mass lesion, hypoechoic area 18 x 6 mm, with
multiple echogenic foci in keeping with calcifications. Vascularity: internal flow present (Adler grade 1).
Elastography: stiff, elasticity score 4.
Left breast, D area, 4 o'clock: clustered microcysts, 7 mm.
Right breast: no mass. No non-mass lesion.
Axilla: no lymph node swelling on either side.

Impression:
Left breast non-mass lesion with echogenic foci, corresponding to the screening calcifications. BI-RADS 4B (JABTS
category 4). Clustered microcysts at left 4 o'clock, benign.
Right breast: BI-RADS 1.

Recommendation: vacuum-assisted biopsy (stereotactic or ultrasound-guided).
""",
    mods="us", purpose="dx", overall="4B", bb="L4B R1",
    f=["nm L p ep=hypoechoic va=internal el=hard @2:00 q=uo z=18",
       "calc L p",
       "mass L p @4:00 z=7",
       "mass R a",
       "nm R a",
       "ln B a"],
    rec=["biopsy"])

add("us13_11_australia_sonographer_worksheet_radiologist_report_axillary_tail_4c", """
SONOGRAPHER WORKSHEET - NOT A FINAL REPORT
Pt: F, 63. Referrer: GP. Hx: L breast thickening axillary tail, 4/52. No FHx. Mammo today - see separate report.

L breast: at site of pt concern, 2:30 axillary tail, 8cm FN: irreg heterogeneous mass 15x11x9mm, non-parallel,
indistinct margins, mixed post features (shadowing + enhancement). Vasc: internal on PD. Elasto not done.
L axilla: 2 LNs w cortical thickening, max cortex 3.5mm, largest 16mm.
R breast + axilla: not scanned.
Images: 24.  Sonographer: T. Nguyen (AMS)

----------------------------------------------------------------
RADIOLOGIST REPORT - Dr P. Haddad
Thank you for referring this patient. The sonographer's findings and images have been reviewed and I scanned the left
breast and axilla myself in real time.
I agree that the left axillary tail mass is suspicious. BI-RADS 4C.
The two left axillary nodes have abnormal cortical thickening and should be sampled.
Recommend US-guided core biopsy of the mass and of the most abnormal node at the same sitting; this has been booked for
tomorrow.
""",
    mods="us", purpose="dx", overall="4C", bb="L4C",
    f=["mass L p sh=irregular ep=heterogeneous or=not_parallel mg=indistinct pf=combined va=internal @2:30 q=at z=15",
       "ln L p z=16"],
    rec=["biopsy"])

add("us13_12_uae_dubai_second_opinion_quoted_outside_report_angular_hard_4b", """
BREAST ULTRASOUND (BILATERAL) - SECOND OPINION, REPEAT SCAN

Clinical: 39 year old lady referred for a second opinion. Outside report (ABC Diagnostics, 18/12/2025) quoted:
  "Right breast 11 o'clock: irregular hypoechoic lesion 9 x 7 mm with ill-defined margins and posterior shadowing.
  No vascularity. BIRADS 4A. Left breast normal."

Repeat scan today:
Right breast 11 o'clock, 3 cm from the nipple: irregular hypoechoic mass measuring 10 x 7 x 8 mm, not parallel, with
angular margins. Posterior acoustic shadowing. No internal vascularity on power Doppler. Elastography: hard (Emax
120 kPa). The finding persists and is slightly larger than quoted.
Right breast 6 o'clock: 4 mm anechoic cyst.
Left breast: no mass. Normal fibroglandular tissue.
Axillae: bilateral normal-appearing lymph nodes.

Impression:
Right breast 11 o'clock suspicious mass - BIRADS 4B (upgraded from the outside 4A because of the angular margins).
Left breast - BIRADS 1.

Recommendation: US-guided core biopsy of the right 11 o'clock mass.
""",
    mods="us", purpose="dx", overall="4B", bb="R4B L1",
    f=["mass R p sh=irregular ep=hypoechoic or=not_parallel mg=angular pf=shadowing va=absent el=hard @11:00 z=10",
       "mass R p ep=anechoic @6:00 z=4",
       "mass L a",
       "ln B p"],
    rec=["biopsy"])


if __name__ == "__main__":
    write(ITEMS)
    print(len(ITEMS), "US items written")
