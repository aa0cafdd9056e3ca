ITEMS = []


def add(**kw):
    ITEMS.append(kw)


def hyphen_wrap(text, width=60):
    """Hard-wrap every line at `width` characters; a break inside a word gets a hyphen (as a pasted report has)."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            if line[width] == " " or line[width - 1] == " ":
                out.append(line[:width].rstrip())
                line = line[width:].lstrip()
                continue
            ws = line.rfind(" ", 0, width) + 1
            we = line.find(" ", width)
            we = len(line) if we < 0 else we
            word = line[ws:we].rstrip(".,:;)")
            before, after = line[ws:width - 1], line[width - 1:ws + len(word)]
            if word.isalpha() and len(before) >= 2 and len(after) >= 2:
                out.append(line[: width - 1] + "-")
                line = line[width - 1:]
            else:
                out.append(line[:ws].rstrip())
                line = line[ws:]
        out.append(line)
    return "\n".join(out)


add(id="r38_01_bhutan_fixed_width_lesion_table",
    style="Thimphu national referral hospital mammography + US; findings as a space-aligned lesion table (#, side, "
          "clock, FN, size, description, BI-RADS) with a wrapped description cell; unsided 'either breast' calcs; "
          "FINAL ASSESSMENT per side",
    cats="R3 L4C", overall="4C", density="b",
    findings=["mass R p", "mass R p", "mass L p", "ln L p", "calc B a"],
    text="""JIGME DORJI WANGCHUCK NATIONAL REFERRAL HOSPITAL, THIMPHU
Department of Radiology - Breast Imaging

Name: Mrs. D. Pem        Age/Sex: 52/F     CID: 1120xxxxxxx     Hosp. No.: 25/08814
Exam: Bilateral digital mammography + bilateral breast USG      Date: 21/10/2025
Ref. by: Dr. K. Wangmo, Surgery OPD
Clinical: lump L breast x 1 month.

Composition: ACR B - scattered fibroglandular densities.
Mammography: no suspicious calcifications in either breast. Lesions below (mammo and USG read together).

#  Side  Clock  FN(cm)  Size(mm)  Description                                        BI-RADS
1  R     10     4       12x8      oval, circumscribed, hypoechoic, parallel; no      3
                                  vascularity. Likely fibroadenoma.
2  R     2      2       5         simple cyst                                        2
3  L     1      6       18x15     irregular spiculated mass on mammo (palpable);     4C
                                  on USG irregular hypoechoic, not parallel,
                                  posterior shadowing, internal vascularity
4  L     axilla -       22        lymph node, cortex 6 mm, fatty hilum effaced       4C

FINAL ASSESSMENT:
Right breast - BI-RADS 3
Left breast  - BI-RADS 4C

Advice: USG-guided core biopsy of lesion 3 and FNAC of lesion 4. Follow-up USG of lesion 1 after 6 months.

Dr. Sonam Tobgay, MD (Radiodiagnosis)
""")


add(id="r38_02_armenia_side_paragraphs_lesion_numbers",
    style="Yerevan private centre DBT report: 'Right breast:' / 'Left breast:' paragraphs with lesions numbered (1)-(3); "
          "impression by lesion number only ('Lesion 2: BI-RADS 4A'), the side taken from the lesion's paragraph; "
          "fibroadenoma and its popcorn calcs unchanged",
    cats="R2 L4A L2", overall="4A", density="c",
    findings=["mass R p s", "calc R p s m:coarse", "calc L p m:amorphous d:grouped", "ln L p s", "mass L a", "ad L a"],
    text="""ARABKIR MEDICAL CENTRE - DIAGNOSTIC IMAGING
Yerevan, Republic of Armenia

Patient: Anahit M.   Born: 1967   ID: AMC-2025-44172
Examination: Bilateral mammography with tomosynthesis (DBT)       Date: 05.12.2025
Indication: routine screening, last mammogram 11.2023 in this centre.
Comparison: 11.2023.

Breast composition: heterogeneously dense, ACR c.

Right breast:
(1) At 11 o'clock, middle depth, there is a 10 mm oval circumscribed mass with coarse popcorn-like
calcifications inside it, typical of an involuting fibroadenoma. Both the mass and its calcifications are
unchanged since 2023.
No other findings in the right breast.

Left breast:
(2) In the upper inner quadrant, 4 cm from the nipple, a new group of amorphous microcalcifications is seen,
7 mm in extent. They were not present in 2023.
(3) In the lower outer quadrant there is an 8 mm intramammary lymph node with a fatty hilum, stable.
No mass or architectural distortion in the left breast.

Axillae: unremarkable.

IMPRESSION:
Lesion 1: BI-RADS 2.
Lesion 2: BI-RADS 4A. Stereotactic vacuum-assisted biopsy recommended.
Lesion 3: BI-RADS 2.

Radiologist: Dr. Lilit Harutyunyan
""")


add(id="r38_03_cambodia_wrapped_hyphenated",
    style="Phnom Penh international clinic screening DBT pasted with every line hard-wrapped at 60 characters and "
          "mid-word hyphens ('calcifi-/cations', 'BI-RA-/DS'), side and category split over lines",
    post=hyphen_wrap,
    cats="L0 R2", overall="0", density="b",
    findings=["calc R p s m:round d:diffuse", "mass R a", "asym L p", "calc L a"],
    text="""ROYAL PHNOM PENH HOSPITAL - Imaging Department, Russian Federation Blvd, Phnom Penh, Cambodia
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS. Date of exam: 30 Jan 2026. Patient: V. Sokha, 55 F, MRN 00731906.
HISTORY: Annual screening. No complaints. Previous mammogram 02/2025 at this hospital available for comparison.
TECHNIQUE: Standard CC and MLO views of both breasts with tomosynthesis and synthesized 2D images.
FINDINGS: The breasts show scattered areas of fibroglandular density (ACR b). Right breast: there are small round calcifications scattered through the breast, benign in appearance, unchanged in number. There is no right breast mass. In the left breast there is a developing asymmetry in the lower outer quadrant, 11 mm, at middle depth, new since the comparison study of 02/2025. No associated calcifications. Skin and nipples are normal.
IMPRESSION: Developing asymmetry of the left breast, lower outer quadrant: BI-RADS 0, incomplete, needs additional diagnostic views and ultrasound. Benign calcifications in the right breast: BI-RADS 2. The patient will be contacted by our booking office.
Reported by: Dr. Chhun Dara, Radiologist.
""")


add(id="r38_04_paraguay_pdf_text_page_header",
    style="Asuncion private clinic report converted from PDF to text: form feed, 'Page 2 of 2' header block with "
          "patient data inserted inside the left-breast sentence; right mammographic mass = US complicated cyst (one)",
    cats="R3 L4A", overall="4A", density="c",
    findings=["mass R p", "calc L p m:coarse_heterogeneous d:grouped", "ln L p", "mass L a"],
    text="""                      DIAGNOSTICO POR IMAGENES DEL SUR S.A.
                 Av. Mariscal Lopez 3540 - Asuncion, Paraguay - Tel. 021 600 000
                       Report - English version (requested by patient)

Patient: GIMENEZ, Liz Carolina              Age: 47           Document: 3.114.xxx
Referring physician: Dr. R. Benitez        Date: 14/01/2026    Order: 26-00421
Page 1 of 2

BILATERAL DIAGNOSTIC MAMMOGRAPHY AND BREAST ULTRASOUND

Clinical information: palpable lump in the right breast at 9 o'clock for one month.

Mammography (CC and MLO, both breasts; right spot compression):
Breast composition: heterogeneously dense (ACR c), which may lower the sensitivity of mammography.
Right breast: under the skin marker at 9 o'clock there is an oval mass of 11 mm with circumscribed
margins. On ultrasound it is a complicated cyst, 11 x 8 mm, with low-level internal echoes and
no internal vascularity; it corresponds to the palpable lump and the mammographic mass.
Left breast: in the upper outer quadrant there is a group of coarse
\f
                      DIAGNOSTICO POR IMAGENES DEL SUR S.A.
                 Av. Mariscal Lopez 3540 - Asuncion, Paraguay - Tel. 021 600 000

Patient: GIMENEZ, Liz Carolina              Age: 47           Document: 3.114.xxx
Referring physician: Dr. R. Benitez        Date: 14/01/2026    Order: 26-00421
Page 2 of 2

heterogeneous calcifications measuring 8 mm, not seen on the study of 2024. No associated mass on
mammography or ultrasound. Left axillary lymph nodes of normal morphology.

CONCLUSION:
Right breast: complicated cyst at 9 o'clock. BI-RADS 3. Ultrasound control in 6 months.
Left breast: new grouped coarse heterogeneous calcifications. BI-RADS 4A. Stereotactic biopsy suggested.

Dra. Maria Jose Aquino - Medical Imaging Specialist - Reg. Prof. 8841
Electronically signed 14/01/2026 17:02
""")


add(id="r38_05_mongolia_bullets_sub_bullets",
    style="Ulaanbaatar international hospital report in '•' bullets with '◦' sub-bullets; side only in the parent "
          "bullet; US description of the same right mass as a sub-bullet; nipple retraction, node; left 'No mass, "
          "calcifications or distortion' + vascular calcs",
    cats="R5 L2", overall="5", density="c",
    findings=["mass R p", "skin R p", "ln R p", "mass L a", "calc L a", "ad L a", "calc L p m:vascular"],
    text="""INTERMED HOSPITAL - Department of Radiology, Ulaanbaatar, Mongolia
Patient: Batbayar O.   58 F   ID: IM-0093318   Exam date: 2025-11-03
Exam: Bilateral diagnostic mammography (2D + tomosynthesis); right breast and axilla ultrasound
Clinical: hard lump right breast, 2 months; right nipple drawn in.

• Composition: ACR C, heterogeneously dense.
• RIGHT BREAST
    ◦ Irregular high-density mass, 24 mm, at 10 o'clock, 5 cm from the nipple.
    ◦ Its margins are spiculated.
    ◦ Nipple retraction on the right, new compared with 2023.
    ◦ US: irregular hypoechoic mass, 23 x 19 mm, not parallel, with posterior shadowing, corresponding to
      the mammographic mass.
    ◦ Axilla: one enlarged lymph node, 19 mm, cortex 7 mm, fatty hilum absent.
• LEFT BREAST
    ◦ No mass, calcifications or distortion.
    ◦ Benign vascular calcifications only.
• IMPRESSION
    ◦ Right: highly suggestive of malignancy - BI-RADS 5. US-guided core biopsy of the mass and the node.
    ◦ Left: BI-RADS 2.

Reported by Dr. Enkhjargal D., radiologist. Verified 2025-11-03 15:40.
""")


add(id="r38_06_malawi_tab_separated_fields",
    style="Blantyre referral hospital screening form exported with a TAB between label and value ('Right breast - "
          "masses:<TAB>None'); 'None' cells are absent findings; BI-RADS per side as tabbed fields",
    cats="R2 L0", overall="0", density="b",
    findings=["mass R a", "calc R p m:punctate d:diffuse", "ad R a", "mass L p", "calc L a", "ad L a", "ln B a"],
    text="""QUEEN ELIZABETH CENTRAL HOSPITAL, BLANTYRE - BREAST IMAGING UNIT
Mammography report
Patient name:\tChimwemwe K.
Age:\t51
Hospital no.:\tQE/25/118642
Date of exam:\t12 November 2025
Examination:\tBilateral screening mammography (2D), CC and MLO views
Referred by:\tCommunity screening programme, Ndirande Health Centre
Previous mammogram:\tNone (first screen)
Breast composition:\tACR b (scattered fibroglandular tissue)
Right breast - masses:\tNone
Right breast - calcifications:\tScattered punctate, benign
Right breast - architectural distortion:\tNone
Left breast - masses:\tOval mass, 10 mm, upper outer quadrant at 2 o'clock, partially obscured margins
Left breast - calcifications:\tNone
Left breast - architectural distortion:\tNone
Axillary lymphadenopathy:\tNone
BI-RADS right:\t2
BI-RADS left:\t0
Recommendation:\tLeft diagnostic mammography (spot compression) and ultrasound of the left 2 o'clock mass
Reporting radiologist:\tDr. Grace Phiri, MMed (Radiology)
Report status:\tFinal
""")


add(id="r38_07_uzbekistan_impression_first",
    style="Tashkent private clinic DBT + US with IMPRESSION first (numbered, category per item, 'Overall: BI-RADS 4B') "
          "then FINDINGS; two right fibroadenomas as 'the larger ... the smaller ...', unchanged; left DBT mass = US "
          "correlate (one)",
    cats="L4B R2", overall="4B", density="c",
    findings=["mass R p s", "mass R p s", "mass L p", "calc L a"],
    text="""AKFA MEDLINE CLINIC - Radiology Department, Tashkent, Uzbekistan
Patient: Dilnoza R.   Age: 44   Record: AML-25-30917   Date: 19.09.2025
Examination: Bilateral mammography with tomosynthesis; bilateral breast ultrasound
Reason: annual check-up; known right breast fibroadenomas.

IMPRESSION:
1. Left breast 2 o'clock: 9 mm irregular mass on tomosynthesis with an ultrasound correlate. Suspicious.
   BI-RADS 4B. Ultrasound-guided core biopsy recommended.
2. Right breast: two fibroadenomas, unchanged. BI-RADS 2.
Overall: BI-RADS 4B.

FINDINGS:
Breast composition: heterogeneously dense (ACR c).
Mammography/tomosynthesis:
Right breast - two oval circumscribed masses, unchanged since 2023. The larger measures 12 mm and lies at 11
o'clock; the smaller, 6 mm, is at 7 o'clock. Both have the appearance of fibroadenomas.
Left breast - at 2 o'clock, middle depth, there is a 9 mm irregular mass, best seen on tomosynthesis slices.
Its margins are indistinct. No associated calcifications.
Ultrasound:
Left 2 o'clock, 4 cm from the nipple: irregular hypoechoic mass 8 x 7 mm, not parallel, with angular margins,
corresponding to the mass on tomosynthesis.
Right: both fibroadenomas are seen at 11 and 7 o'clock, sizes as on mammography.
Axillae: normal on both sides.

Radiologist: Dr. Nodira Yusupova
""")


add(id="r38_08_azerbaijan_addendum_one_breast_us",
    style="Baku private hospital bilateral screening mammogram with right 'BI-RADS 0' and a same-day ADDENDUM: right "
          "breast ultrasound finds a cyst corresponding to the asymmetry (one finding); addendum's 'Right breast: "
          "BI-RADS 2' replaces, left stated unchanged",
    cats="R2 L1", overall="2", density="b",
    findings=["asym R p", "calc R a", "ad R a", "mass L a", "calc L a", "ad L a"],
    text="""MEDICAL PLAZA HOSPITAL - Department of Radiology, Baku, Azerbaijan
Patient: Gunel A.   Age: 49   ID: MP-0441208
Examination: Bilateral screening mammography (CC, MLO)    Date: 24.02.2026
Comparison: none available.

FINDINGS:
Breast composition: ACR b, scattered fibroglandular densities.
Right breast: focal asymmetry in the upper outer quadrant, 8 mm, seen on the CC and MLO views, posterior
depth. No associated calcifications or distortion.
Left breast: no mass, calcification or architectural distortion.

IMPRESSION:
Right breast focal asymmetry - BI-RADS 0, ultrasound recommended.
Left breast - BI-RADS 1.

Dr. Leyla Mammadova, radiologist. Signed 24.02.2026 10:12

ADDENDUM - right breast ultrasound, 24.02.2026 11:30
Targeted ultrasound of the right breast was performed the same morning. At 10 o'clock, 5 cm from the nipple, there
is a simple cyst of 8 mm (anechoic, thin wall, posterior enhancement). Its position, depth and size correspond to
the focal asymmetry on mammography, which is therefore explained by this cyst.
Final assessment: Right breast: BI-RADS 2. The left breast assessment (BI-RADS 1) is unchanged. Routine screening
in 2 years.
Dr. Leyla Mammadova. Signed 24.02.2026 11:48
""")


add(id="r38_09_wales_british_rcr_u_scores",
    style="Cardiff and Vale symptomatic breast clinic report in British spelling ('tumour', 'oedema', 'centre', "
          "'colour Doppler'), 'mammographic' / 'sonographic' adjectives, RCR M and U scores only: no BI-RADS "
          "(overall null, by_breast {})",
    cats="", overall=None, density=None,
    findings=["mass L p", "calc L a", "skin L a", "ln L p", "mass R p s", "calc R p s m:coarse"],
    text="""CARDIFF AND VALE UNIVERSITY HEALTH BOARD
Breast Centre, University Hospital Llandough, Penarth CF64 2XX

Patient: Mrs Eleri P.      NHS No: 712 xxx xxxx      DOB: 03/05/1963
Clinic: One-stop symptomatic breast clinic (Mr Rhys Morgan, Consultant Oncoplastic Breast Surgeon)
Date: 16/01/2026
Examinations: Bilateral mammograms (CC and MLO); ultrasound of the left breast and left axilla

Clinical details: 62 years. Two-week history of a lump in the left breast at 2 o'clock. P3 on examination.

Mammograms: In the left breast at 2 o'clock there is an ill-defined mammographic opacity measuring 15 mm,
with some spiculation of its posterior margin. There are no associated microcalcifications. No skin thickening
or oedema. In the right breast a 9 mm fibroadenoma with coarse "popcorn" calcification is noted in the upper
inner quadrant; both are unchanged in appearance since the previous screening mammograms of 2022.
Mammographic score: Right M2, Left M4.

Ultrasound: The sonographic correlate of the mammographic opacity is an irregular hypoechoic mass at 2 o'clock,
4 cm from the nipple, measuring 14 x 12 x 11 mm. It is taller-than-wide with posterior acoustic shadowing, and
colour Doppler shows internal vascularity. Left axillary lymph nodes are of normal size and morphology, with
thin cortices and preserved fatty centres.
Ultrasound score: Left U5.

Conclusion: Left 2 o'clock mass, highly suspicious of a primary breast tumour (M4 U5). Benign right breast
appearances (M2).
Procedure: ultrasound-guided 14G core biopsy x 3 of the left breast mass performed today under local
anaesthetic, marker clip inserted. Left axillary lymph nodes normal, so no axillary biopsy.
Results to be discussed at the multidisciplinary meeting on 22/01/2026; clinic appointment arranged.

Dr Siân Howells, Consultant Breast Radiologist, GMC 6xxxxxx
""")


add(id="r38_10_bolivia_comparison_quotes_prior",
    style="Santa Cruz de la Sierra private centre follow-up mammogram whose 'Comparison' section quotes last year's "
          "report in full (prior findings and 'BI-RADS 3' / 'BI-RADS 2' not today's); today's right calcs unchanged, "
          "left cyst 'no longer seen'",
    cats="R3 L1", overall="3", density="b",
    findings=["calc R p s m:punctate d:grouped", "mass L a", "calc L a", "ad L a"],
    text="""CENTRO DE DIAGNOSTICO POR IMAGENES ORIENTE
Santa Cruz de la Sierra, Bolivia - English translation of the original report

Patient: Rocio V. M.       Age: 56       Registration: CDIO-25-7710       Date: 10/03/2026
Examination: Bilateral follow-up mammography (CC, MLO) with right magnification CC view

Clinical information: 12-month follow-up of probably benign right breast calcifications.

Comparison: mammography of 11/03/2025 at this centre. That report read in full:
   "Right breast: in the upper outer quadrant there is a group of punctate microcalcifications, 8 mm in
   extent, without an associated mass. BI-RADS 3, follow-up mammogram in 6 months and again at 12 months
   recommended.
   Left breast: oval circumscribed mass of 15 mm at 3 o'clock, corresponding to a simple cyst on ultrasound.
   BI-RADS 2."
The 6-month right breast study of 09/2025 showed no change.

Findings:
Breast composition: scattered areas of fibroglandular density (ACR b).
Right breast: the group of punctate microcalcifications in the upper outer quadrant is unchanged, 8 mm in
extent, on the magnification view and in comparison with both earlier studies.
Left breast: the 15 mm cyst at 3 o'clock described last year is no longer seen. No new mass,
calcifications or architectural distortion.

Impression:
Right breast: stable grouped punctate calcifications at 12 months, probably benign. BI-RADS 3; one more
follow-up mammogram in 12 months (24 months in total) is advised.
Left breast: negative. BI-RADS 1.

Dr. Fernando Suarez Antelo, Radiologist - Mat. Prof. R-1187
""")


# ---- cases 11-12: added by a second blind writer (issue 13; brief blind_36b) ----

add(id="r38_11_sri_lanka_modality_sections_numbered_lesions",
    style="Colombo private hospital report with findings grouped by modality (MAMMOGRAM / ULTRASOUND), lesions numbered "
          "across both sections (lesion 1 in both = one mass; lesion 4 on US only); 'Lesions 2 and 3 are not seen on "
          "ultrasound' pseudo-negation; impression by lesion numbers with the side in brackets",
    cats="R4C L2", overall="4C", density="b",
    findings=["mass R p", "calc R p m:fine_pleomorphic d:linear", "calc L p s m:round d:grouped", "ad B a", "mass L p",
              "ln R p"],
    text="""NAWALOKA HOSPITAL - DEPARTMENT OF IMAGING, COLOMBO 02, SRI LANKA
Patient: Mrs. K. Perera     Age: 53 Y     Ref. No: NH/RAD/26/03318     Date: 26.01.2026
Referred by: Dr. S. Wickramasinghe (Consultant Surgeon)
Examination: Bilateral mammogram (with tomosynthesis) and ultrasound scan of both breasts and axillae
Clinical: Rt breast lump ? 3 weeks. Previous mammogram 02/2023 (this hospital).

MAMMOGRAM
Breast composition: scattered fibroglandular densities (ACR b).
Lesion 1 - Right breast, 11 o'clock, middle third: irregular mass, 13 mm, with indistinct margins. New since 2023.
Lesion 2 - Right breast: fine pleomorphic microcalcifications in a linear distribution over 15 mm, extending
           from lesion 1 towards the nipple.
Lesion 3 - Left breast, upper inner quadrant: a group of round calcifications, unchanged since 2023. Benign.
No architectual distortion in either breast.

ULTRASOUND
Lesion 1 - Right 11 o'clock, 5 cm FN: irregular hypoechoic mass 12 x 10 mm, not parallel, angular margins,
           posterior acoustic shadowing, internal vascularity. Corresponds to lesion 1 on the mammogram.
Lesion 4 - Left 3 o'clock, 2 cm FN: simple cyst, 5 mm.
Lesions 2 and 3 are not seen on ultrasound.
Right axilla: two lymph nodes with normal cortical thickness (2 mm) and fatty hila.

IMPRESSION
Lesions 1 and 2 (right breast): BI-RADS 4C. USG guided core biopsy of lesion 1; stereotactic biopsy of
lesion 2 if the core is benign.
Lesions 3 and 4 (left breast): BI-RADS 2.

Dr. (Mrs.) N. Jayasuriya, MBBS, MD (Radiology), Consultant Radiologist
""")


add(id="r38_12_tunisia_key_findings_box",
    style="Tunis private clinic report (English version) with a 'KEY FINDINGS' summary box at the top and the full text "
          "below: the same lesions told twice = one finding each; skin retraction only in the full text",
    cats="L5 R2", overall="5", density="c",
    findings=["mass L p", "skin L p", "ln L p", "mass R p", "calc R a", "ad B a"],
    text="""CLINIQUE LES JASMINS - IMAGERIE DU SEIN, Tunis, Tunisia
Breast imaging report - English version          Date: 30/01/2026
Patient: Mrs. S. B. A.      Age: 61      File: CJ-26-00871
Examination: Bilateral mammography (2D + tomosynthesis) and bilateral breast ultrasound

+--------------------------------------------------------------------------+
| KEY FINDINGS                                                             |
|  * Left breast, 1 o'clock: 16 mm spiculated mass  -> BI-RADS 5           |
|  * Left axilla: one abnormal lymph node (cortex 5 mm)                    |
|  * Right breast, 6 o'clock: 7 mm simple cyst  -> BI-RADS 2               |
|  * Breast density: ACR C                                                 |
+--------------------------------------------------------------------------+

FULL REPORT

Indication: palpable hard nodule of the left breast noted by the patient one month ago.
Comparison: mammography of 2023 (other centre), CD provided.

Mammography: heterogeneously dense breasts (ACR C). In the left breast at 1 o'clock, 6 cm from the nipple,
there is an irregular high-density mass with spiculated margins measuring 16 mm, new since 2023. There is
associated retraction of the overlying skin. In the right breast, a 7 mm oval circumscribed mass in the lower
half at 6 o'clock. No suspicious microcalcifications in the right breast. No architectural distortion
elsewhere in either breast.

Ultrasound: left 1 o'clock, irregular hypoechoic mass, 15 x 13 mm, not parallel, with posterior shadowing and
peripheral vascularity on Doppler, corresponding to the mammographic mass. The left axilla contains one lymph
node with a cortex of 5 mm, eccentric, with a preserved but compressed hilum. Right 6 o'clock: the 7 mm
mass is an anechoic simple cyst with posterior enhancement.

Conclusion:
- Left breast: mass highly suggestive of malignancy - BI-RADS 5. Ultrasound-guided core biopsy of the mass and
  fine-needle aspiration of the left axillary node.
- Right breast: simple cyst - BI-RADS 2.

Dr. Amira Ben Salah, radiologist          Validated 30/01/2026 12:14
""")
