from common import write
CEM = ["contrast_enhanced_mammography"]
CASES = [
("cem15_01_us_academic_v2025_cem_low_energy_recombined_conspicuity_4c", """
CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL DIAGNOSTIC

INDICATION: 57-year-old woman recalled from screening for a possible left breast mass.

TECHNIQUE: Iohexol 350 mgI/mL, 1.5 mL/kg IV. Bilateral CC and MLO low-energy and recombined images starting at 2 minutes; delayed left CC at 8 minutes.

BREAST COMPOSITION: Heterogeneously dense (c).

LOW-ENERGY IMAGES: In the left breast at 2:00, middle depth, there is a 12 mm irregular equal-density mass with indistinct margins. No suspicious calcifications in the left breast. Right breast: no suspicious mass, calcifications or architectural distortion.

RECOMBINED IMAGES: Background parenchymal enhancement is minimal and symmetric. The left 2:00 mass enhances, with heterogeneous internal enhancement and high lesion conspicuity, measuring 14 mm on the recombined images. Enhancement is lower on the delayed CC (washout). No abnormal enhancement in the right breast.

ASSESSMENT: Left: BI-RADS 4C - high suspicion for malignancy. Right: BI-RADS 1.

RECOMMENDATION: Ultrasound-guided core biopsy of the left 2:00 mass; CEM-guided biopsy if not visualized sonographically.
""", dict(mods=CEM, purpose="diagnostic", density="c", bpe="minimal/symmetric", overall="4C", bb="L4C R1", f=[
 "mass L p sh=irregular mg=indistinct md=equal ie=heterogeneous kd=washout @2:00 dp=middle z=14",
 "calc L a",
 "mass R a",
 "calc R a",
 "ad R a"], rec=["biopsy"])),

("cem15_02_netherlands_cem_nonenhancing_stable_cyst_focal_nme_4a", """
Contrast-enhanced mammografie (CEM) beiderzijds / bilateral
Radiologie, Eindhoven

Indicatie: 49 y, palpable lump right breast; known cyst on ultrasound 2025.

Low-energy images:
Breast composition b (scattered fibroglandular tissue).
Right mamma, 9 o'clock: oval circumscribed mass of 8 mm, unchanged compared with the mammogram of 2025.
No calcifications in either breast.

Recombined images:
Background enhancement mild, symmetric.
The right 9 o'clock mass does not enhance, in keeping with the known cyst.
Left mamma, 12 o'clock: focal non-mass enhancement of 11 mm with moderate lesion conspicuity, without a correlate on the low-energy images.

Conclusie:
Right: BI-RADS 2.
Left: BI-RADS 4A.
Advice: second-look ultrasound of the left 12 o'clock region; if no correlate, CEM-guided biopsy.
""", dict(mods=CEM, purpose="diagnostic", density="b", bpe="mild/symmetric", overall="4A", bb="R2 L4A", f=[
 "mass R p s sh=oval mg=circumscribed @9:00 z=8",
 "calc B a",
 "nme L p nd=focal @12:00 z=11"], rec=["additional_imaging", "biopsy"])),

("cem15_03_turkey_cesm_staging_satellite_mass_contralateral_amorphous_4b", """
CONTRAST-ENHANCED SPECTRAL MAMMOGRAPHY (CESM) - BILATERAL
Ankara, Department of Radiology

Clinical: Left breast IDC diagnosed by tru-cut biopsy. Preoperative staging.

Low-energy images: ACR breast composition C.
Left breast upper outer quadrant: 25 mm irregular, high-density mass with spiculated margins, biopsy clip in place (known carcinoma). About 3 cm anterior to it, a 6 mm oval mass.
Right breast lower inner quadrant: grouped amorphous microcalcifications over an area of 8 mm.

Recombined images: Background parenchymal enhancement moderate, symmetric.
The known left mass shows intense heterogeneous enhancement. The 6 mm oval mass enhances homogeneously and is suspicious for a satellite lesion.
The right-sided amorphous calcifications show no associated enhancement.

RESULT:
Left breast: known carcinoma, BI-RADS 6; satellite mass BI-RADS 4B - US-guided biopsy recommended.
Right breast: amorphous calcifications, BI-RADS 4A - stereotactic vacuum biopsy recommended.
""", dict(mods=CEM, purpose="diagnostic", density="c", bpe="moderate/symmetric", overall="4B", bb="L6 L4B R4A", f=[
 "mass L p sh=irregular mg=spiculated md=high ie=heterogeneous q=uo z=25",
 "mass L p sh=oval ie=homogeneous z=6",
 "calc R p m=amorphous d=grouped q=li z=8"], rec=["biopsy"])),

("cem15_04_hong_kong_cem_nipple_discharge_segmental_nme_intramammary_node_4b", """
CONTRAST ENHANCED MAMMOGRAM (CEM) - BOTH BREASTS
Department of Radiology, regional hospital, Hong Kong

Hx: 45F. Bloody nipple discharge from R breast, single duct. US: dilated duct only.

Low energy images: The breasts are extremely dense (ACR d), which lowers the sensitivity of mammography. No suspicious calcification.
Recombined images: Moderate symmetrical BPE.
R breast: segmental non-mass enhancement with clumped pattern, from the subareolar region extending into the upper outer quadrant, span about 45 mm.
L breast: 7 mm intramammary lymph node with fatty hilum in the upper outer quadrant.

Impression:
R breast segmental NME, suspicious for DCIS: BI-RADS 4B. Recommend CEM-guided / stereotactic biopsy; MRI for disease extent.
L breast: BI-RADS 2.
""", dict(mods=CEM, purpose="diagnostic", density="d", bpe="moderate/symmetric", overall="4B", bb="R4B L2", f=[
 "calc B a",
 "nme R p nd=segmental ie=clumped z=45",
 "ln L p q=uo z=7"], rec=["additional_imaging", "biopsy"])),

("cem15_05_australia_cem_post_bct_stable_scar_new_left_mass_bi3", """
DIAGNOSTIC CONTRAST ENHANCED MAMMOGRAPHY (personal history of breast cancer)
Melbourne - private practice

History: Right wide local excision and radiotherapy 2022 for IDC. Yearly CEM.
Technique: Bilateral CC and MLO dual-energy, Omnipaque 350, 1.5 mL/kg.

Low-energy: Scattered fibroglandular densities (B).
R: architectural distortion at the lumpectomy site, upper outer quadrant, with dystrophic calcs, unchanged from 2025.
L: new 6 mm oval circumscribed mass at 3 o'clock, posterior depth.

Recombined: Minimal symmetric BPE. No enhancement at the R lumpectomy site. The L mass enhances homogeneously, low conspicuity.

Impression:
R: treated breast, stable, BI-RADS 2.
L: new small probably benign mass, BI-RADS 3 - 6-month follow-up CEM.
Otherwise annual surveillance imaging.
""", dict(mods=CEM, purpose="diagnostic", density="b", bpe="minimal/symmetric", overall="3", bb="R2 L3", f=[
 "ad R p s q=uo",
 "calc R p s m=dystrophic",
 "mass L p sh=oval mg=circumscribed ie=homogeneous @3:00 dp=posterior z=6"], rec=["routine_screening", "short_interval_followup"])),

("cem15_06_china_cesm_spiculated_washout_left_popcorn_calcs_5", """
Contrast-Enhanced Spectral Mammography (CESM), bilateral
Imaging Center, Shenzhen (English report)

Clinical: Female, 62 y, right breast lump for 1 month.

Low-energy images: The breasts are heterogeneously dense (ACR c). Right breast upper outer quadrant: a high-density irregular mass with spiculated margin, about 2.3 cm, with associated fine pleomorphic microcalcifications. Left breast: scattered popcorn-like calcifications.
Recombined images: BPE minimal, symmetric. The right mass shows strong heterogeneous enhancement, lesion conspicuity high; on the late image the enhancement decreases (washout). Left breast: no abnormal enhancement.

Diagnosis:
1. Right breast UOQ mass, BI-RADS 5.
2. Left breast benign calcifications, BI-RADS 2.
Suggest ultrasound-guided biopsy of the right breast mass.
""", dict(mods=CEM, purpose="diagnostic", density="c", bpe="minimal/symmetric", overall="5", bb="R5 L2", f=[
 "mass R p sh=irregular mg=spiculated md=high ie=heterogeneous kd=washout q=uo z=23",
 "calc R p m=fine_pleomorphic",
 "calc L p m=coarse d=diffuse"], rec=["biopsy"])),

("cem15_07_sweden_cem_screening_recall_focal_asymmetry_no_enhancement_bi2", """
Kontrastförstärkt mammografi (CEM), bilateral - recall from screening
Mammography unit, Stockholm

Indication: Recalled from population screening 2026-11 for a focal asymmetry in the left upper outer quadrant.

Low-energy images: Breast composition b. The focal asymmetry in the left upper outer quadrant is seen on the CC and MLO projections.
Recombined images: BPE minimal, symmetric. No enhancement corresponding to the asymmetry. No enhancing mass or non-mass enhancement in either breast.

Conclusion: Focal asymmetry left without enhancement, most likely summation of normal glandular tissue. BI-RADS 2.
Return to routine screening.
""", dict(mods=CEM, purpose="diagnostic", density="b", bpe="minimal/symmetric", overall="2", bb="", f=[
 "asym L p q=uo",
 "mass B a",
 "nme B a"], rec=["routine_screening"])),

("cem15_08_argentina_cem_rim_mass_possible_linear_nme_oil_cyst_5", """
MAMOGRAFÍA CON CONTRASTE (CEM) BILATERAL - traducción / English translation
Instituto de Diagnóstico, Córdoba

Motivo: 61 años. Screening mammogram 10/2026 with a right breast mass.

Low energy: Breast composition c (heterogeneously dense).
Right breast, 10 o'clock: irregular high-density mass with spiculated margins, 18 mm.
Left breast upper outer quadrant: oval fat-containing mass of 12 mm, compatible with an oil cyst, unchanged versus 2024.

Recombined: Mild symmetric BPE.
Right 10 o'clock mass: rim enhancement.
Right 7 o'clock: possible faint linear non-mass enhancement, 20 mm, without low-energy correlate.
Left oil cyst: no enhancement.

Conclusión:
BI-RADS 5 (mama derecha / right breast).
BI-RADS 2 (mama izquierda / left breast).
Recommend US-guided core biopsy of the right 10 o'clock mass, and breast MRI to evaluate the right 7 o'clock area and extent.
""", dict(mods=CEM, purpose="diagnostic", density="c", bpe="mild/symmetric", overall="5", bb="R5 L2", f=[
 "mass R p sh=irregular mg=spiculated md=high ie=rim @10:00 z=18",
 "nme R q nd=linear @7:00 z=20",
 "mass L p s sh=oval md=fat_containing q=uo z=12"], rec=["additional_imaging", "biopsy"])),
]
if __name__ == "__main__":
    write(CASES)
