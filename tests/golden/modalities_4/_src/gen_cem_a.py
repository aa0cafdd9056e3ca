"""CEM reports cem4_01 - cem4_04 (texts + compact gold)."""

R = []

R.append(dict(id="cem4_01_us_community_supplemental_screening_negative", text="""
LAKESIDE WOMEN'S IMAGING
EXAM: CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL - SUPPLEMENTAL SCREENING
DATE OF SERVICE: 01/22/2026

HISTORY: 47-year-old woman with heterogeneously dense breasts and a lifetime risk of 22% (Tyrer-
Cuzick). Supplemental screening. No current breast complaints.

COMPARISON: Screening mammograms 01/2025 and 12/2023.

TECHNIQUE: Bilateral dual-energy CC and MLO views were obtained beginning 2 minutes after
intravenous injection of 95 mL iohexol 350. Low-energy and recombined images were reviewed. No
adverse reaction.

FINDINGS:
Low-energy images: The breasts are heterogeneously dense, which may obscure small masses.
Scattered benign-appearing calcifications are present in both breasts. There are no suspicious
masses, calcifications, or areas of architectural distortion.

Recombined images: Background parenchymal enhancement is mild and symmetric. No suspicious enhancing
masses or non-mass enhancement.

IMPRESSION:
Benign. No contrast-enhanced mammographic evidence of malignancy.

BI-RADS 2 - BENIGN

RECOMMENDATION: Annual screening. Supplemental contrast-enhanced mammography can be continued
annually given dense breasts and risk.

A letter with these results has been mailed to the patient.
Interpreted by: Susan K. Park, MD
""",
    mods=["contrast_enhanced_mammography"], purpose="screening", density="c", fgt=None,
    bpe="mild/symmetric", overall="2", bb="",
    f=["calc B p d=diffuse",
       "mass B a",
       "calc B a",
       "ad B a",
       "nm B a"],
    rec=["routine_screening"]))

R.append(dict(id="cem4_02_egypt_cesm_multicentric_speculated_typos", text="""
CAIRO WOMEN'S IMAGING CENTER
CONTRAST ENHANCED SPECTRAL MAMMOGRAPHY (CESM)

Clinical data: 53 years female. Left breast lump for 3 months. Right breast: known fibroadenoma.

Technique: Dual-energy CC and MLO views of both breasts 2 minutes after IV injection of non-ionic
iodinated contrast (1.5 ml/kg). Low energy and recombined (subtracted) images were evaluated.

Low energy images:
Breast composition: ACR b.
Left breast: an irregular high density mass with speculated margins is seen in the upper outer
quadrant measuring 28 x 24 mm, with associated fine pleomorphic microcalcifications within it.
A smaller oval equal density satellite nodule is seen at 2 o'clock, measuring 8 mm.
Skin thickening and nipple retraction are noted.
An enlarged dense left axillary lymph node with lost fatty hilum, measuring 22 mm.
Right breast: an oval circumscribed equal density mass in the lower inner quadrant, 10 mm, with
coarse popcorn calcification.

Recombined images:
Background parenchymal enhancement: minimal, symmetrical.
Left breast: the mass shows intense heterogenous enhancement, measuring 32 mm, with washout in the
delayed image. The satellite nodule shows homogeneous enhancement. A linear non-mass enhancement
extends from the mass towards the nipple with heterogeneous pattern.
Right breast: the mass shows faint homogeneous enhancement. No other abnormal enhancement.

Opinion:
- Left breast: malignant-looking speculated mass with satellite nodule, linear NME towards the
  nipple, skin thickening, nipple retraction and axillary lymphadenopathy: BI-RADS 5.
- Right breast: calcified fibroadenoma: BI-RADS 2.

Recommendation: Tru-cut biopsy of the left breast mass and satellite nodule, and US-guided FNAC of
the left axillary node. Then presentation to the multidisciplinary tumour board.

Prof. Dr. H. El-Sayed, Consultant Radiologist
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", fgt=None,
    bpe="minimal/symmetric", overall="5", bb="L5 R2",
    f=["mass L p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout q=upper_outer z=32",
       "calc L p m=fine_pleomorphic",
       "mass L p sh=oval md=equal ie=homogeneous @2:00 z=8",
       "skin L p",
       "skin L p",
       "ln L p z=22",
       "nm L p ie=heterogeneous nd=linear",
       "mass R p sh=oval mg=circumscribed md=equal ie=homogeneous q=lower_inner z=10",
       "calc R p m=coarse"],
    rec=["biopsy", "other"]))

R.append(dict(id="cem4_03_sweden_kontrastmammografi_recall_oil_cyst", text="""
Bröstcentrum, Universitetssjukhuset - Röntgen
Kontrastmammografi (CEM) bilateral - utredning efter screening (recall)

Frågeställning: Kallad från screening 12/2025, asymmetri vänster bröst kl 12. Ope: höger
benign excision 2019.

Teknik: CEM, CC + MLO bilat, 2 min efter i.v. kontrast (Omnipaque 350, 1.5 ml/kg).

Low-energy: Spridda fibroglandulära partier, density b.
- Vä kl 12, 6 cm från mamillen: focal asymmetry, persists, no distortion.
- Hö: postoperative scar in the upper outer quadrant, unchanged since 2021. Oval circumscribed
  fat-containing mass 14 mm next to the scar, oil cyst.
- No suspicious calcifications in either breast.

Recombined: BPE moderate, symmetric.
- No enhancement corresponding to the asymmetry at vä kl 12.
- Vä kl 3, 4 cm FN: 6 mm oval enhancing mass with homogeneous enhancement, without LE correlate.
- Hö: no enhancement at the scar.

Bedömning (assessment):
Vä: non-enhancing asymmetry kl 12, most likely summation. New small enhancing mass kl 3, BI-RADS 4A.
Hö: postoperative scar and oil cyst, BI-RADS 2.

Åtgärd: Riktat ultraljud (targeted ultrasound) vä kl 3; biopsy with US or CEM guidance.

/ Överläkare E. Lindqvist
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="b", fgt=None,
    bpe="moderate/symmetric", overall="4A", bb="L4A R2",
    f=["asym L p @12:00",
       "other R p s q=upper_outer",
       "mass R p sh=oval mg=circumscribed md=fat_containing z=14",
       "ad L a",
       "calc B a",
       "mass L p sh=oval ie=homogeneous @3:00 z=6"],
    rec=["additional_imaging", "biopsy"]))

R.append(dict(id="cem4_04_hongkong_cem_granulomatous_mastitis_diffuse_nme", text="""
BREAST IMAGING UNIT, QUEEN'S ROAD MEDICAL CENTRE, HONG KONG
CONTRAST-ENHANCED MAMMOGRAM (CEM), BOTH BREASTS

Clinical: 34F, 2 years post-partum. L breast swelling, redness and pain x 6/52, not improved with 2
courses of antibiotics. ?granulomatous mastitis ?inflammatory Ca.

Technique: Dual-energy CC/MLO both breasts after IV iopromide 370. LE and recombined images.

Findings:
Low energy: heterogeneously dense breasts (ACR c). L breast: focal asymmetry at 2 o'clock, 5 cm
from the nipple. Skin thickening of the L breast up to 6 mm. No suspicious microcalcification.
R breast: unremarkable.

Recombined: BPE in the R breast is mild. The L breast cannot be assessed for BPE because of
extensive enhancement: diffuse non-mass enhancement with heterogeneous internal enhancement
involving most of the L breast, with multiple small rim-enhancing collections (largest 11 mm),
suggesting abscesses. L axilla: enlarged nodes, likely reactive.

Impression:
L breast diffuse NME with small abscesses and skin thickening, favour idiopathic granulomatous
mastitis. Inflammatory carcinoma is less likely but cannot be excluded. BI-RADS 4A.
R breast: BI-RADS 1.

Recommendation: US-guided core biopsy of the L breast (histology and culture). Clinical correlation
with the breast surgical team.

Dr. M. Y. Leung, FRCR
""",
    mods=["contrast_enhanced_mammography"], purpose="diagnostic", density="c", fgt=None,
    bpe="mild/-", overall="4A", bb="L4A R1",
    f=["asym L p @2:00",
       "skin L p z=6",
       "calc L a",
       "nm L p ie=heterogeneous nd=diffuse",
       "other L p ie=rim z=11",
       "ln L p"],
    rec=["biopsy", "clinical_correlation"]))
