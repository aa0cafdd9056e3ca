"""60 impression / assessment blocks (imp5_NNN). Tuple: text, density, overall, by_breast, findings, tags.
Tags are bookkeeping only (not written)."""
import os
from common import ROOT, write_jsonl

I = []


def add(text, density, overall, bb, codes, tags):
    I.append((text, density, overall, bb, codes, tags))


# 001 Irish symptomatic unit, RCR beside BI-RADS, side line before
add("""CONCLUSION:
Left breast 2 o'clock: 14 mm irregular mass with spiculated margins, M5 U5. BI-RADS 5.
Right breast: no abnormality, M1. BI-RADS 1.
US-guided core biopsy performed at the triple assessment clinic today.""",
    None, "5", "L5 R1", ["mass L p"], ["irish", "side_line", "rcr"])

# 002 Nigerian teaching hospital, side after number
add("""IMPRESSION:
- BIRADS 4B left: clustered pleomorphic microcalcifications in the upper outer quadrant.
- BIRADS 2 right: benign intramammary lymph node.
Recommend stereotactic biopsy of the left breast.""",
    None, "4B", "L4B R2", ["calc L p m:fine_pleomorphic d:grouped", "ln R p"], ["nigerian", "side_after"])

# 003 Egyptian, brackets, typo fibroadinoma
add("""Conclusion:
Right breast well defined oval hypoechoic solid lesion at 9 o'clock measuring 11 x 7 mm, most probably fibroadinoma (BI-RADS 3).
Left breast simple cysts, the largest 9 mm (BI-RADS 2).
Advise follow up ultrasound after 6 months for the right breast.""",
    None, "3", "R3 L2", ["mass R p", "mass L p"], ["egyptian", "brackets", "typo"])

# 004 Canadian French-English bilingual
add("""OPINION :
Sein droit / Right breast : BI-RADS 1.
Sein gauche / Left breast : asymétrie focale persistante de 12 mm au QSE / persistent 12 mm focal asymmetry in the upper outer quadrant, without sonographic correlate. BI-RADS 3.
Contrôle dans 6 mois / 6-month follow-up.""",
    None, "3", "R1 L3", ["asym L p"], ["quebec", "bilingual", "side_line"])

# 005 Scottish, RCR + BI-RADS in one bracket, one side only BI-RADS
add("""Summary: Right breast - 6 mm cluster of indeterminate microcalcification at 11 o'clock (M3, BI-RADS 4A). Left breast normal (M1).
Plan: right stereo VAB.""",
    None, "4A", "R4A", ["calc R p d:grouped"], ["scottish", "rcr", "brackets", "one_side_only"])

# 006 Ghanaian numbered, typo lymphadenoapthy
add("""IMPRESSION
1. Right breast mass (12 o'clock, 2.3 cm) with irregular margins and ipsilateral axillary lymphadenoapthy - BIRADS 4C
2. Left breast: A few benign-looking simple cysts. BIRADS 2""",
    None, "4C", "R4C L2", ["mass R p", "ln R p", "mass L p"], ["ghanaian", "numbered", "typo"])

# 007 US community, previous categories (6/12/18 months), side after
add("""IMPRESSION:
1. Left breast focal asymmetry, stable over 2 years of follow-up (called BI-RADS 3 at the 6-, 12- and 18-month checks). Now considered benign: BI-RADS 2 left.
2. Right breast negative, BI-RADS 1.
RECOMMENDATION: Annual screening mammography.""",
    None, "2", "L2 R1", ["asym L p s"], ["us_community", "previous", "side_after", "numbered"])

# 008 Pakistani, negated category mention, Roman II with hyphen, bilaterally
add("""IMPRESSION:
Bilateral benign appearing calcifications. No mass, distortion or suspicious microcalcifications seen in either breast. There are no features to suggest a BI-RADS 4 or 5 category lesion.
BIRADS-II bilaterally.""",
    None, "2", "B2", ["calc B p", "mass B a", "ad B a", "calc B a"], ["pakistani", "negated", "roman", "bilateral"])

# 009 Iranian, hypothetical upgrade
add("""Impression:
Right breast: Complicated cyst at 10 o'clock, 8 mm, BI-RADS 3. If aspiration shows a solid component, it would be upgraded to BI-RADS 4A.
Left breast: Normal. BI-RADS 1.""",
    None, "3", "R3 L1", ["mass R p"], ["iranian", "hypothetical", "side_line"])

# 010 teleradiology pipe table with overall
add("""ASSESSMENT TABLE
Side   | Finding                                   | BI-RADS
Right  | 7 mm oval circumscribed mass, stable      | 2
Left   | New 5 mm group of amorphous calcs, UOQ    | 4B
Overall: 4B""",
    None, "4B", "R2 L4B", ["mass R p s", "calc L p m:amorphous d:grouped"], ["telerad", "pipe_table", "overall_stated"])

# 011 speech recognition, split "fiber adenoma", "BI RADS", "period"
add("""IMPRESSION: Right breast: 1.3 cm irregular mass at 7:00 with associated architectural distortion, highly suspicious. BI RADS 5 right. Left breast: Stable fiber adenoma at 2:00, BI RADS 2 left. Recommend ultrasound guided core biopsy right breast period""",
    None, "5", "R5 L2", ["mass R p", "ad R p", "mass L p s"], ["speech_recognition", "side_after", "split_word"])

# 012 Sri Lankan, range 4-5, split "micro calcifications"
add("""IMPRESSION:
Right breast - ill defined hypoechoic lesion at 1 o'clock with micro calcifications. BIRADS 4-5.
Left breast - No significant abnormality. BIRADS 1.""",
    None, "5", "R5 L1", ["mass R p", "calc R p"], ["sri_lankan", "range", "side_line", "split_word"])

# 013 Vietnamese translated, list, bilateral nodes without category
add("""CONCLUSION:
- Left breast: nodule at 3 o'clock position, size 15x10mm, irregular shape, not parallel, BI-RADS 4B.
- Right breast: several cysts, largest 6mm, BI-RADS 2.
- Bilateral axillary: reactive lymph nodes.""",
    None, "4B", "L4B R2", ["mass L p", "mass R p", "ln B p"], ["vietnamese", "list", "side_line"])

# 014 Indonesian English, "mammae"
add("""KESAN / IMPRESSION:
Right mammae: fibroadenoma 1.2 cm at 10 o'clock (BI-RADS 3).
Left mammae: no mass nor microcalcification (BI-RADS 1).""",
    None, "3", "R3 L1", ["mass R p", "mass L a", "calc L a"], ["indonesian", "brackets"])

# 015 Filipino, side in brackets after category
add("""IMPRESSION:
Solid nodule, left breast, 2 o'clock, probably fibroadenoma - BI-RADS 3 (LEFT)
Both axillae: normal lymph nodes
BI-RADS 1 (RIGHT)""",
    None, "3", "L3 R1", ["mass L p", "ln B p"], ["filipino", "brackets_after"])

# 016 Jamaican, density line, typo archtectural
add("""IMPRESSION:
Heterogeneously dense breasts (ACR C), which may lower the sensitivity of mammography.
Right: Interval development of an 8 mm spiculated mass in the UOQ with archtectural distortion - BI-RADS 4C.
Left: Benign vascular calcifications. BI-RADS 2.""",
    "c", "4C", "R4C L2", ["mass R p", "ad R p", "calc L p m:vascular"], ["caribbean", "density", "side_line", "typo"])

# 017 Argentina translated
add("""CONCLUSION:
Mammary parenchyma of fibroglandular type, heterogeneous (ACR c).
Right breast: nodular image of 9 mm in the junction of upper quadrants, with regular borders. BI-RADS 3.
Left breast: without evidence of nodules or suspicious microcalcifications. BI-RADS 1.
Control in 6 months.""",
    "c", "3", "R3 L1", ["mass R p", "mass L a", "calc L a"], ["latam_translated", "density", "side_line"])

# 018 US rural, one-breast exam, category words
add("""LEFT DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND
IMPRESSION: The palpable area of concern corresponds to a 1.8 cm simple cyst at 3:00. No suspicious findings. BI-RADS 2: Benign.""",
    None, "2", "L2", ["mass L p"], ["us_rural", "one_breast"])

# 019 locum addendum replaces, stability in addendum
add("""IMPRESSION: Possible asymmetry in the right breast, MLO view only. BI-RADS 0 right. Left BI-RADS 1.
ADDENDUM (locum radiologist, 14/03): Outside films from 2022 are now available. The right breast asymmetry is unchanged since 2022, consistent with asymmetric fibroglandular tissue. Final assessment BI-RADS 2 right, BI-RADS 1 left.""",
    None, "2", "R2 L1", ["asym R p s"], ["locum", "addendum", "side_after"])

# 020 UK column table with RCR rows beside BI-RADS
add("""Left 10 o'clock: 9 mm ill-defined mass with posterior acoustic shadowing.
|              | Right | Left |
| Mammo (RCR)  | M1    | M4   |
| US (RCR)     | U1    | U4   |
| BI-RADS      | 1     | 4B   |""",
    None, "4B", "R1 L4B", ["mass L p"], ["uk", "column_table", "rcr"])

# 021 MDT minutes one-liner
add("""MDT 12/05 - Radiology: L breast 2.5 cm spiculated mass 1 o'c, M5/U5, BIRADS 5; abnl L axillary LN (cortex 6 mm). R breast clear (BIRADS 1). Plan: US core + node FNA; staging MRI.""",
    None, "5", "L5 R1", ["mass L p", "ln L p"], ["mdt", "rcr", "side_before", "brackets"])

# 022 registry export rows key=value
add("""REC_ID=88213|SIDE=R|BIRADS=3|LESION=MASS|DESC=oval circumscribed 6mm|STABLE=N
REC_ID=88213|SIDE=L|BIRADS=1|LESION=NONE|DESC=|STABLE=N""",
    None, "3", "R3 L1", ["mass R p"], ["registry", "table_rows"])

# 023 Irish, previous category in brackets
add("""COMMENT: Left breast - the 7 mm group of punctate calcifications (BI-RADS 3 at the March 2025 assessment) is unchanged. BI-RADS 2, left.
Right breast - normal. BI-RADS 1.""",
    None, "2", "L2 R1", ["calc L p s m:punctate d:grouped"], ["irish", "previous", "side_after"])

# 024 US community template: category words then side, legend of the scale
add("""IMPRESSION: BI-RADS 4A - Low suspicion for malignancy: Right breast. 6 mm indistinct hypoechoic mass at 10:00, 4 cm FN. Ultrasound-guided biopsy.
BI-RADS 1 - Negative: Left breast.
----
BI-RADS key: 0 Incomplete, 1 Negative, 2 Benign, 3 Probably benign, 4 Suspicious, 5 Highly suggestive of malignancy, 6 Known biopsy-proven malignancy.""",
    None, "4A", "R4A L1", ["mass R p"], ["us_community", "side_after", "legend"])

# 025 Egyptian, Roman numerals with side in brackets
add("""Final impression:
BIRADS IV-C (right) : irregular spiculated mass with suspicious axillary lymph nodes.
BIRADS II (left) : benign calcified fibroadenoma.""",
    None, "4C", "R4C L2", ["mass R p", "ln R p", "mass L p", "calc L p"], ["egyptian", "roman", "brackets_after"])

# 026 "on the right ... on the left" in one sentence, typo intramamary
add("""IMPRESSION: BI-RADS 3 on the right for a probably benign 5 mm oval mass at 8 o'clock, and BI-RADS 2 on the left for a stable intramamary lymph node in the axillary tail.""",
    None, "3", "R3 L2", ["mass R p", "ln L p s"], ["on_right_on_left", "typo"])

# 027 Canadian OBSP, previous + "downgraded to"
add("""IMPRESSION:
Right: The 2024 BI-RADS 3 oval mass at 11 o'clock is stable in size at 24 months and is downgraded to BI-RADS 2.
Left: Negative. BI-RADS 1.
OBSP: return to regular screening in 1 year.""",
    None, "2", "R2 L1", ["mass R p s"], ["canadian", "previous", "side_line"])

# 028 terse worklist slash table, conditional plan without category
add("""Imp: R 4B (irreg mass 10:00 w/ calcs) / L 2 (stable cysts). If path benign-concordant, 6-mo f/u.""",
    None, "4B", "R4B L2", ["mass R p", "calc R p", "mass L p s"], ["worklist", "slash_table", "bare_numbers"])

# 029 Iranian, one breast two categories, stated overall
add("""Impression:
Right breast: A 4 mm intramammary lymph node in UOQ. (BI-RADS: 2)
Left breast: Two simple cysts at 2 and 4 o'clock, 5 and 7 mm. (BI-RADS: 2)
A focal asymmetry in the left retroareolar region needs spot compression view. (BI-RADS: 0)
Overall BI-RADS: 0""",
    None, "0", "R2 L0", ["ln R p", "mass L p", "mass L p", "asym L p"], ["iranian", "two_categories_one_breast", "overall_stated", "brackets"])

# 030 Ghana, slash range 4b/c, "speculated"
add("""IMPRESSION: Left breast: ill-defined mass with speculated margins at 12 o'clock and skin thickening. BI-RADS 4b/c.
Right breast: unremarkable - BI-RADS 1.""",
    None, "4C", "L4C R1", ["mass L p", "skin L p"], ["ghanaian", "range", "lower_case_sub", "typo"])

# 031 Nigerian, negated range of categories, density d, both breasts in brackets
add("""IMPRESSION: Dense breasts (ACR D). No sonographic or mammographic lesion of BIRADS 3 or higher category in either breast. Bilateral benign axillary lymph nodes. BIRADS 2 (both breasts).""",
    "d", "2", "B2", ["ln B p"], ["nigerian", "negated", "density", "both_breasts"])

# 032 Scottish screening assessment, query distortion not reproduced
add("""Assessment outcome:
R - Query distortion R UOQ on tomo: not reproduced on further views, U1. Normal - return to routine recall. BI-RADS 1.
L - Benign (M2): oil cyst L lower inner. BI-RADS 2.""",
    None, "2", "R1 L2", ["ad R a", "mass L p"], ["scottish", "rcr", "side_letter_line"])

# 033 US teleradiology, vendor mark, possible mass
add("""IMPRESSION:
RIGHT BREAST: ACR BI-RADS® 2 - Benign. Stable coarse calcifications.
LEFT BREAST: ACR BI-RADS® 0 - Incomplete. Possible new 6 mm mass in the upper inner quadrant on the CC view only; recommend diagnostic mammogram and ultrasound.
Read remotely by teleradiology; final report released 02:14.""",
    None, "0", "R2 L0", ["calc R p s m:coarse", "mass L q"], ["telerad", "vendor_mark", "side_before"])

# 034 speech recognition homophone "write breast"
add("""IMPRESSION: There is a new focal asymmetry in the write breast upper outer quadrant. Additional evaluation with spot compression and ultrasound is recommended. BI-RADS 0 write breast. The left breast is negative, BI-RADS 1.""",
    None, "0", "R0 L1", ["asym R p"], ["speech_recognition", "side_after"])

# 035 Pakistani, "BIRADS category - III"
add("""Opinion:
Rt breast: Dense fibroglandular tissue with no focal lesion. BIRADS category - I
Lt breast: well-circumscribed hypoechoic nodule 7x5mm at 4 o'clock, likely fibroadenoma. BIRADS category - III""",
    None, "3", "R1 L3", ["mass L p"], ["pakistani", "roman", "side_line"])

# 036 Sri Lankan numbered, previous category with date in brackets
add("""IMPRESSION
1. Left breast: Interval increase in size of the previously noted hypoechoic lesion at 3 o'clock (BIRADS 3 in 01/2025), now 14 mm with irregular margins - BIRADS 4B.
2. Right breast: Stable fibroadenoma. BIRADS 2.""",
    None, "4B", "L4B R2", ["mass L p", "mass R p s"], ["sri_lankan", "previous", "numbered"])

# 037 Vietnamese "Both breasts" + extra left category, typo microcalcifcations
add("""CONCLUSION: Both breasts: BI-RADS 2 (benign cysts). Additionally, left breast: cluster of microcalcifcations at 1 o'clock, BI-RADS 4A.""",
    None, "4A", "R2 L4A", ["mass B p", "calc L p d:grouped"], ["vietnamese", "both_breasts", "two_categories_one_breast", "typo"])

# 038 Filipino, "Category 4: Suspicious Abnormality (Right breast)"
add("""ASSESSMENT:
Category 4: Suspicious Abnormality (Right breast) - irregular hypoechoic mass, 10 o'clock, 1.4 cm, taller than wide.
Category 2: Benign Finding (Left breast) - ductal ectasia, subareolar.""",
    None, "4", "R4 L2", ["mass R p", "other L p"], ["filipino", "category_words", "brackets_after"])

# 039 Trinidad, bilaterally, same category
add("""IMPRESSION: Multiple bilateral circumscribed masses, the largest 1.1 cm in the right breast at 6 o'clock, unchanged since 2023 and likely fibroadenomas. BI-RADS 2 bilaterally.""",
    None, "2", "B2", ["mass B p s"], ["caribbean", "bilateral"])

# 040 Colombia translated, "Category BI-RADS 0 (left breast)", typo assymmetry
add("""DIAGNOSTIC IMPRESSION:
Focal assymmetry in the upper outer quadrant of the left breast without sonographic correlate. Category BI-RADS 0 (left breast), complementary spot compression views are suggested.
Right breast without alterations. Category BI-RADS 1 (right breast).""",
    None, "0", "L0 R1", ["asym L p"], ["latam_translated", "brackets_after", "typo"])

# 041 Irish, 6 and 4A on one breast, numbered
add("""CONCLUSION:
1. Known left breast carcinoma at 2 o'clock (biopsy-proven, BIRADS 6), 22 mm irregular mass on today's imaging.
2. Additional 6 mm irregular mass at left 4 o'clock, 3 cm from the index lesion - BIRADS 4A. US-guided biopsy advised to exclude multifocality.
3. Right breast normal - BIRADS 1.""",
    None, "4A", "L4A R1", ["mass L p", "mass L p"], ["irish", "numbered", "two_categories_one_breast"])

# 042 US community lower case, "rt" after category, typo calcificatons
add("""impression: left breast 2 oclock 9mm oval circumscribed mass, likely fibroadenoma, new since 2023. birads 3 left. right breast: benign calcificatons, birads 2 rt. 6 month f/u left breast.""",
    None, "3", "L3 R2", ["mass L p", "calc R p"], ["lower_case", "side_after", "typo"])

# 043 Egyptian, "right and left", negated category, density b
add("""IMPRESSION: Right and left breasts show scattered fibroglandular densities (ACR B). Few benign looking axillary lymph nodes are seen bilaterally. No suspicious mass lesions or clustered microcalcifications to justify a BI-RADS 4 category. Final BI-RADS: 2 for right and left breasts.""",
    "b", "2", "B2", ["ln B p", "mass B a", "calc B a"], ["egyptian", "right_and_left", "negated", "density", "overall_stated"])

# 044 teleradiology, hypothetical 3, category then side in capitals
add("""IMPRESSION:
LEFT: 5 mm group of round and punctate calcifications at 3:00, new. These would usually be followed as BI-RADS 3; however, given the personal history of contralateral cancer, biopsy is advised. BI-RADS 4A, LEFT.
RIGHT: Post lumpectomy changes, stable. BI-RADS 2, RIGHT.""",
    None, "4A", "L4A R2", ["calc L p m:punctate,round d:grouped", "other R p s"], ["telerad", "hypothetical", "side_after"])

# 045 Ghana, trademark, side after, both-breast cysts + left complicated cyst
add("""IMPRESSION: Bilateral multiple simple cysts. BIRADS™ 2 right, BIRADS™ 3 left (one complicated cyst at 2 o'clock, 8mm - follow up ultrasound in 6 months).""",
    None, "3", "R2 L3", ["mass B p", "mass L p"], ["ghanaian", "vendor_mark", "side_after"])

# 046 UK, RCR and BI-RADS in one bracket on a sided line
add("""Impression: Left 10 o'clock 7 mm well-defined nodule, sonographically a fbroadenoma (M3 U3; BI-RADS 3). Core biopsy taken as per local protocol. Right breast: M1, no abnormality (BI-RADS 1).""",
    None, "3", "L3 R1", ["mass L p"], ["uk", "rcr", "brackets", "typo"])

# 047 addendum: unsided 0 replaced by per-side 2/1, stated overall
add("""IMPRESSION: BI-RADS 0. Right breast: indeterminate 8 mm mass at 9:00 on the MLO view; ultrasound is recommended. Left breast: negative.
ADDENDUM: Targeted ultrasound performed the same day shows a 7 mm simple cyst at right 9:00 corresponding to the mammographic mass. Right breast BI-RADS 2. Left breast BI-RADS 1. Overall: BI-RADS 2.""",
    None, "2", "R2 L1", ["mass R p"], ["addendum", "overall_stated", "unsided_replaced"])

# 048 table with previous and current columns
add("""Category | Previous (2024) | Current
Right    | 3               | 2
Left     | 1               | 4A
Findings: right 6 mm oval mass, stable for two years; left new 4 mm irregular mass at 11:00 on DBT.""",
    None, "4A", "R2 L4A", ["mass R p s", "mass L p"], ["table_previous_column", "previous"])

# 049 Indonesian Latin sides dextra / sinistra
add("""KESIMPULAN (CONCLUSION):
Mammae dextra: benign intramammary lymph node, BI-RADS 2.
Mammae sinistra: solid lesion with irregular margin, 2.1 x 1.8 cm, at 12 o'clock, with ipsilateral axillary lymphadenopaty. BI-RADS 5.""",
    None, "5", "R2 L5", ["ln R p", "mass L p", "ln L p"], ["indonesian", "latin_sides", "side_line", "typo"])

# 050 US community, category words with number per side
add("""ASSESSMENT:
Right Breast: Probably Benign - Category 3
Left Breast: Benign - Category 2
FINDINGS SUMMARY: Right 4 mm round circumscribed mass at 5:00, 4 cm FN, on baseline tomosynthesis. Left stable surgical scar.""",
    None, "3", "R3 L2", ["mass R p", "other L p s"], ["us_community", "category_words", "side_line"])

# 051 Quebec bilingual "à droite / à gauche"
add("""IMPRESSION / CONCLUSION :
Masse irrégulière de 9 mm à 10 h du sein droit / 9 mm irregular mass at 10 o'clock, right breast : BI-RADS 4A à droite.
Sein gauche sans particularité / left breast unremarkable : BI-RADS 1 à gauche.""",
    None, "4A", "R4A L1", ["mass R p"], ["quebec", "bilingual", "side_after"])

# 052 Iranian, range 3-4a in brackets
add("""Impression:
Left breast: hypoechoic lesion with angular margin at 7 o'clock, 6 mm (BI-RADS 3-4a). Biopsy is recommended.
Right breast: benign-appearing macrocalcifications. (BI-RADS 2)""",
    None, "4A", "L4A R2", ["mass L p", "calc R p"], ["iranian", "range", "brackets"])

# 053 MDM minutes, typo distrotion, absent node
add("""Breast MDM 03/09/2025 - Radiology review
Pt: 61F, screen-detected R breast.
Imaging: R 11 o'c 14mm spiculated mass + assoc architectural distrotion; no abnormal R axillary nodes on US. L breast NAD.
BI-RADS: R 5, L 1.
Outcome: path B5b (IDC) - concordant - for WLE/SLNB.""",
    None, "5", "R5 L1", ["mass R p", "ad R p", "ln R a"], ["mdt", "bare_numbers_sided", "typo"])

# 054 male, gynaecomastia one side, mass other side
add("""IMPRESSION (male patient): Right retroareolar gynaecomastia, nodular pattern - BI-RADS 2. Left breast: 1.5 cm eccentric hard irregular mass at 2 o'clock, separate from the nipple - BI-RADS 4C.""",
    None, "4C", "R2 L4C", ["other R p", "mass L p"], ["male", "side_line"])

# 055 audit CSV export
add("""exam_date,side,birads,finding,change
2025-06-11,R,2,benign calcs,stable
2025-06-11,L,4B,amorphous calcs segmental,new""",
    None, "4B", "R2 L4B", ["calc R p s", "calc L p m:amorphous d:segmental"], ["audit_csv", "table_rows"])

# 056 previous screening 0, resolved asymmetry, both breasts
add("""IMPRESSION: The screening recall (BI-RADS 0 on 5/2) was for a possible left asymmetry, which resolves on spot compression views as overlapping tissue. No mass or suspicious calcifications in either breast. BI-RADS 1, both breasts - negative.""",
    None, "1", "B1", ["asym L a", "mass B a", "calc B a"], ["previous", "both_breasts", "resolved"])

# 057 Nigerian, unsided category on a bilateral exam (untied)
add("""IMPRESSION:
Bilateral mammogram shows fatty breasts (ACR A). There is a 5mm cluster of fine linear branching microcalcifications in the left upper outer quadrant. No mass lesion in either breast. Axillae are clear.
BIRADS 4C. Stereotactic biopsy advised.""",
    "a", "4C", "", ["calc L p m:fine_linear d:grouped", "mass B a"], ["nigerian", "unsided_untied", "density"])

# 058 Iranian, "BI-RADS: Rt 4A / Lt 2", typo microcalcificatoins
add("""Result: Rt. breast: irregular hypo-echoic mass at 11 o'clock with posterior shadowing and internal microcalcificatoins. Lt. breast: several small simple cysts. BI-RADS: Rt 4A / Lt 2.""",
    None, "4A", "R4A L2", ["mass R p", "calc R p", "mass L p"], ["iranian", "slash_table", "typo"])

# 059 UK triple assessment, P/M/U scores, BI-RADS only right
add("""Triple assessment summary: Right breast: P3 M4 U4, 11 mm irregular mass at 9 o'clock, BI-RADS 4B. Left breast: P1 M1 U1. Axillae: normal ultrasound appearances bilaterally.""",
    None, "4B", "R4B", ["mass R p"], ["uk", "rcr", "one_side_only"])

# 060 raw speech transcript with spoken punctuation, "4 A" split
add("""IMPRESSION colon right breast colon BI-RADS category 4 A suspicious period new 7 mm irregular mass at 12 o'clock period left breast colon BI-RADS category 2 benign period stable calcified fibroadenoma period""",
    None, "4A", "R4A L2", ["mass R p", "mass L p s", "calc L p s"], ["speech_transcript", "side_before"])

assert len(I) == 60, len(I)

if __name__ == "__main__":
    write_jsonl(os.path.join(ROOT, "impressions", "impressions.jsonl"), "imp5", I)
    print("impressions:", len(I), "findings:", sum(len(x[4]) for x in I))
