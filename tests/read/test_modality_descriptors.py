"""Ultrasound, MRI and contrast-enhanced mammography descriptors read from report sentences: every contract
descriptor value (../shared/contracts/findings.schema.json) in its usual wordings and a misspelling, bound to
its own lesion, with negation and hedging.

Wordings: BI-RADS Atlas 5th ed. (2013) ultrasound and MRI lexicons and the v2025 Manual, with the synonyms
reports write (docs/research/birads-v2025-us-mri-cem.md).
"""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Finding, FindingKind, Status
from readingscan.read.findings.describe import FITS
from readingscan.read.lexicon import DESCRIPTOR_CATEGORIES
from readingscan.rules.loader import load_rules

US = "EXAM: Diagnostic ultrasound of the left breast.\nFINDINGS: "
MRI = "EXAM: Bilateral breast MRI with and without contrast.\nFINDINGS: "
CEM = "EXAM: Diagnostic contrast-enhanced mammography, bilateral.\nFINDINGS: "
MG = "EXAM: Diagnostic mammogram, left.\nFINDINGS: "

# (exam, sentence, descriptor, value): the first finding the sentence names must carry descriptor = value.
ROWS: list[tuple[str, str, str, str]] = [
    # shape
    (US, "Left breast 2 o'clock: an oval hypoechoic mass, 8 mm.", "shape", "oval"),
    (US, "Left 2:00: a gently lobulated mass measuring 8 mm.", "shape", "oval"),
    (US, "Left 2:00: a round anechoic mass.", "shape", "round"),
    (MRI, "Left breast: a rounded enhancing mass at 3:00.", "shape", "round"),
    (US, "Left 2:00: an irregular hypoechoic mass.", "shape", "irregular"),
    (US, "Left 2:00: an irregularly shaped mass.", "shape", "irregular"),
    (US, "Left 2:00: an irregualr mass.", "shape", "irregular"),  # misspelt
    # margin
    (US, "Left 2:00: an oval mass with circumscribed margins.", "margin", "circumscribed"),
    (US, "Left 2:00: a well-circumscribed mass.", "margin", "circumscribed"),
    (US, "Left 2:00: a well defined mass.", "margin", "circumscribed"),
    (US, "Left 2:00: a sharply circumscribed mass.", "margin", "circumscribed"),
    (US, "Left 2:00: a mass with smooth margins.", "margin", "circumscribed"),
    (US, "Left 2:00: a circumscibed oval mass.", "margin", "circumscribed"),  # misspelt
    (MG, "Left 2:00: an oval mass with partially obscured margins.", "margin", "obscured"),
    (US, "Left 2:00: an oval mass with microlobulated margins.", "margin", "microlobulated"),
    (US, "Left 2:00: an oval mass with microlobulted margins.", "margin", "microlobulated"),  # misspelt
    (US, "Left 2:00: a mass with indistinct margins.", "margin", "indistinct"),
    (US, "Left 2:00: an ill-defined hypoechoic mass.", "margin", "indistinct"),
    (US, "Left 2:00: a poorly defined hypoechoic mass.", "margin", "indistinct"),
    (US, "Left 2:00: an irregular mass with angular margins.", "margin", "angular"),
    (US, "Left 2:00: an irregular mass with spiculated margins.", "margin", "spiculated"),
    (MG, "Left 2:00: a stellate mass.", "margin", "spiculated"),
    (US, "Left 2:00: a spiculted mass.", "margin", "spiculated"),  # misspelt
    (MG, "Right breast: an irregular mass with speculated margin at 10 o'clock.", "margin", "spiculated"),  # dictated
    # An architectural distortion on ultrasound has posterior features and vascularity of its own.
    (US, "Right breast: architectural distortion at 11 o'clock with posterior acoustic shadowing.",
     "posterior_features", "shadowing"),
    (US, "Left breast: an area of architectural distortion at 2 o'clock. No internal vascularity.",
     "vascularity", "absent"),
    (US, "Right breast: an irregular hypoechoic mass, margins speculated.", "margin", "spiculated"),
    (MRI, "Left breast: an irregular mass with irregular margins.", "margin", "irregular"),
    (MRI, "Left breast: an enhancing mass whose margins are irregular.", "margin", "irregular"),
    (MRI, "Left breast: a round mass with not circumscribed margins.", "margin", "not_circumscribed"),
    (MRI, "Left breast: a non-circumscribed enhancing mass.", "margin", "not_circumscribed"),
    # a margin partly circumscribed, or "not circumscribed" with its kind, is named by its least favourable part
    (US, "Left 1:00: a hypoechoic nodule, margin not circumscribed with spiculation.", "margin", "spiculated"),
    (US, "Left 2:00: an oval mass with partially circumscribed and partially indistinct margins.", "margin",
     "indistinct"),
    # mass density (mammography, contrast mammography low-energy images)
    (MG, "Left 2:00: an irregular high density mass.", "mass_density", "high"),
    (MG, "Left 2:00: an irregular hyperdense mass.", "mass_density", "high"),
    (CEM, "Low-energy images: an oval equal-density mass in the left breast.", "mass_density", "equal"),
    (MG, "Left 2:00: an oval isodense mass.", "mass_density", "equal"),
    (MG, "Left 2:00: an oval low density mass.", "mass_density", "low"),
    (MG, "Left 2:00: an oval fat-containing mass, an oil cyst.", "mass_density", "fat_containing"),
    (MG, "Left 2:00: an oval mass containing fat.", "mass_density", "fat_containing"),
    # orientation
    (US, "Left 2:00: an oval, parallel, hypoechoic mass.", "orientation", "parallel"),
    (US, "Left 2:00: a mass with parallel orientation.", "orientation", "parallel"),
    (US, "Left 2:00: an oval mass, wider than tall.", "orientation", "parallel"),
    (US, "Left 2:00: an oval mass, paralell to the skin.", "orientation", "parallel"),  # misspelt
    (US, "Left 2:00: an irregular mass, not parallel.", "orientation", "not_parallel"),
    (US, "Left 2:00: an irregular mass with non-parallel orientation.", "orientation", "not_parallel"),
    (US, "Left 2:00: an irregular mass, taller than wide.", "orientation", "not_parallel"),
    (US, "Left 2:00: an irregular taller-than-wide mass.", "orientation", "not_parallel"),
    (US, "Left 2:00: a vertically oriented irregular mass.", "orientation", "not_parallel"),
    (US, "Left 2:00: an antiparallel irregular mass.", "orientation", "not_parallel"),
    (US, "Left 1:00: a hypoechoic nodule, irregular in shape, aspect ratio > 1.", "orientation", "not_parallel"),
    (US, "Left 2:00: an oval hypoechoic nodule, aspect ratio less than 1.", "orientation", "parallel"),
    # echo pattern
    (US, "Left 2:00: an oval anechoic mass.", "echo_pattern", "anechoic"),
    (US, "Left 2:00: an oval anechoc mass.", "echo_pattern", "anechoic"),  # misspelt
    (US, "Left 2:00: a sharply circumscribed, oval, anechoic lesion of 18 x 11 mm.", "echo_pattern", "anechoic"),
    (US, "Left 2:00: an oval hyperechoic mass.", "echo_pattern", "hyperechoic"),
    (US, "Left 2:00: an oval echogenic mass.", "echo_pattern", "hyperechoic"),
    (US, "Left 2:00: a complex cystic and solid mass.", "echo_pattern", "complex_cystic_solid"),
    (US, "Left 2:00: a mixed cystic and solid lesion.", "echo_pattern", "complex_cystic_solid"),
    (US, "Left 2:00: a mass with a thick irregular wall. The mass is oval.", "echo_pattern", "complex_cystic_solid"),
    (US, "Left 2:00: a mass with a thick irregular wall. The mass is oval.", "shape", "oval"),
    (US, "Left 2:00: an oval mass with thick septations.", "echo_pattern", "complex_cystic_solid"),
    (US, "Left 2:00: an oval mass, complex cystic and solid in echo pattern.", "echo_pattern", "complex_cystic_solid"),
    (US, "Left 2:00: an oval hypoechoic mass.", "echo_pattern", "hypoechoic"),
    (US, "Left 2:00: an oval hypo-echoic mass.", "echo_pattern", "hypoechoic"),
    (US, "Left 2:00: a markedly hypoechoic irregular mass.", "echo_pattern", "hypoechoic"),
    (US, "Left 2:00: a hypoechoic lesion of 6 mm.", "echo_pattern", "hypoechoic"),
    (US, "Left 2:00: an oval hypoechoc mass.", "echo_pattern", "hypoechoic"),  # misspelt
    (US, "Left 2:00: an oval isoechoic mass.", "echo_pattern", "isoechoic"),
    (US, "Left 2:00: an oval iso-echoic mass.", "echo_pattern", "isoechoic"),
    (US, "Left 2:00: an oval mass with heterogeneous echotexture.", "echo_pattern", "heterogeneous"),
    (US, "Left 2:00: an oval mass of heterogenous echogenicity.", "echo_pattern", "heterogeneous"),
    (US, "Left 2:00: an oval mass with mixed echogenicity.", "echo_pattern", "heterogeneous"),
    (US, "Left 11:00: a round, microlobulated, heterogeneous solid mass.", "echo_pattern", "heterogeneous"),
    # the pattern said "in" the echo word
    (US, "Left 2:00: an oval mass. It is parallel and heterogenous in echotexture.", "echo_pattern", "heterogeneous"),
    (US, "Left 2:00: an oval mass, heterogeneous in internal echo pattern.", "echo_pattern", "heterogeneous"),
    (US, "Left axilla: two lymph nodes, round and hypoechoic, without fatty hilum.", "echo_pattern", "hypoechoic"),
    # posterior features
    (US, "Left 2:00: an oval mass with no posterior features.", "posterior_features", "none"),
    (US, "Left 2:00: an oval mass with no posterior acoustic features.", "posterior_features", "none"),
    (US, "Left 2:00: an oval mass without posterior acoustic features.", "posterior_features", "none"),
    (US, "Left 2:00: an oval mass with posterior acoustic enhancement.", "posterior_features", "enhancement"),
    (US, "Left 2:00: an oval mass with increased through-transmission.", "posterior_features", "enhancement"),
    (US, "Left 2:00: an oval mass with dorsal acoustic enhancement.", "posterior_features", "enhancement"),
    (US, "Left 2:00: an oval mass.\nPosterior acoustic features: enhancement.", "posterior_features", "enhancement"),
    (US, "Left 2:00: an irregular mass with posterior acoustic shadowing.", "posterior_features", "shadowing"),
    (US, "Left 2:00: an irregular mass with posterior shadowng.", "posterior_features", "shadowing"),  # misspelt
    (US, "Left 2:00: an irregular mass with dense acoustic shadowing.", "posterior_features", "shadowing"),
    (US, "Left 1:00: an irregular hypoechoic nodule with posterior echo attenuation.", "posterior_features",
     "shadowing"),
    (US, "Left 2:00: an irregular mass with combined posterior features.", "posterior_features", "combined"),
    (US, "Left 2:00: an oval mass with both posterior enhancement and shadowing.", "posterior_features", "combined"),
    # the field written as a sentence
    (US, "Left 2:00: an irregular mass. Posterior features are combined, with shadowing and enhancement.",
     "posterior_features", "combined"),
    (US, "Left 2:00: an oval mass. Its posterior acoustic features are enhancement.", "posterior_features",
     "enhancement"),
    # vascularity
    (US, "Left 2:00: an oval mass with no internal vascularity.", "vascularity", "absent"),
    (US, "Left 2:00: an oval avascular mass.", "vascularity", "absent"),
    (US, "Left 2:00: an oval mass without internal flow on color Doppler.", "vascularity", "absent"),
    (US, "Left 2:00: an oval mass with no internal vascularty.", "vascularity", "absent"),  # misspelt
    (US, "Right 10:00: an oval hypoechoic nodule, parallel growth, no obvious blood flow signal.", "vascularity",
     "absent"),
    (US, "Right 12:00: an oval hypoechoic nodule. Not vascularised on Doppler.", "vascularity", "absent"),
    (US, "Left 1:00: a hypoechoic nodule. CDFI: rich blood flow signal inside the nodule.", "vascularity",
     "internal"),
    (US, "Left 2:00: an irregular mass with internal vascularity.", "vascularity", "internal"),
    # Vascularity in the solid part of a complex cystic and solid mass is inside the lesion.
    (US, "Left 2:00: an oval complex cystic and solid mass, vascularity in the solid component.", "vascularity",
     "internal"),
    (US, "Left 2:00: a complex cystic and solid mass with colour flow within the solid parts.", "vascularity",
     "internal"),
    (US, "Left 2:00: an irregular mass with increased internal flow.", "vascularity", "internal"),
    (US, "Left 2:00: an irregular hypervascular mass.", "vascularity", "internal"),
    (US, "Left 2:00: an oval mass with rim vascularity.", "vascularity", "rim"),
    (US, "Left 2:00: an oval mass with peripheral vascularity.", "vascularity", "rim"),
    (US, "Left 2:00: an oval mass with vessels in the rim.", "vascularity", "rim"),
    (US, "Left 9:00: an oval mass. Peripheral (rim) vascularity on Doppler.", "vascularity", "rim"),
    # less usual wordings: an echo enhancement, Doppler signals within the lesion, an elastography score
    (US, "L't 3'0: nodule, irregular shape, heterogeneous echo\n     pattern.", "echo_pattern", "heterogeneous"),
    (US, "Rt breast: heterogeneous hypoechoic mass at 11 o'clock with microcalcification.", "echo_pattern",
     "heterogeneous"),
    (US, "Right 12 h: an oval anechoic mass with posterior echo enhancement.", "posterior_features", "enhancement"),
    (US, "Left 2:00: an irregular mass with vascular signals within the lesion.", "vascularity", "internal"),
    (US, "Left 2:00: an irregular mass with internal color flow.", "vascularity", "internal"),
    # a vessel that enters the lesion: its stalk or pedicle (BI-RADS US: internal vascularity)
    (US, "Left 2:00: a complex cystic and solid mass. Colour Doppler shows a vascular stalk entering it.", "vascularity",
     "internal"),
    (US, "Left 2:00: an oval mass with a vascular pedicle on power Doppler.", "vascularity", "internal"),
    (US, "Left 2:00: an oval mass, Tsukuba 2.", "elasticity", "soft"),
    (US, "Left 2:00: an oval mass. Elastography score 2.", "elasticity", "soft"),
    (US, "Left 2:00: an irregular mass, strain elastography score 4/5.", "elasticity", "hard"),
    # elasticity
    (US, "Left 2:00: an oval mass, soft on strain elastography.", "elasticity", "soft"),
    (US, "Left 2:00: an oval mass; elastography: soft.", "elasticity", "soft"),
    (US, "Left 2:00: an oval mass with intermediate stiffness on shear wave elastography.", "elasticity", "intermediate"),
    (US, "Left 2:00: an oval mass; elastography: intermediate.", "elasticity", "intermediate"),
    (US, "Left 2:00: an irregular mass, hard on elastography.", "elasticity", "hard"),
    (US, "Left 2:00: an irregular mass, stiff on shear wave elastography.", "elasticity", "hard"),
    (US, "Left 2:00: an irregular mass with increased stiffness.", "elasticity", "hard"),
    (US, "Left 2:00: an irregular mass with increased stiffnes.", "elasticity", "hard"),  # misspelt
    (US, "Left 2:00: an irregular mass. On SWE the lesion is stiff (Emax 162 kPa).", "elasticity", "hard"),
    # internal enhancement
    (MRI, "Left breast: an oval mass with homogeneous enhancement.", "internal_enhancement", "homogeneous"),
    (MRI, "Left breast: an oval homogeneously enhancing mass.", "internal_enhancement", "homogeneous"),
    (MRI, "Left breast: an oval mass with homogenous enhancment.", "internal_enhancement", "homogeneous"),  # misspelt
    (MRI, "Left breast: an irregular mass with heterogeneous internal enhancement.", "internal_enhancement",
     "heterogeneous"),
    (MRI, "Left breast: an irregular heterogeneously enhancing mass.", "internal_enhancement", "heterogeneous"),
    (CEM, "Recombined images: the left 1:00 mass enhances intensely and heterogeneously.", "internal_enhancement",
     "heterogeneous"),
    (MRI, "Left breast: an irregular mass with rim enhancement.", "internal_enhancement", "rim"),
    (MRI, "Left breast: an irregular rim-enhancing mass.", "internal_enhancement", "rim"),
    (MRI, "Left breast: an irregular mass with peripheral (rim) enhancement.", "internal_enhancement", "rim"),
    (MRI, "Left breast: an oval mass with thin ring enhancement.", "internal_enhancement", "rim"),
    (MRI, "Left breast: an oval mass with dark internal septations.", "internal_enhancement", "dark_internal_septations"),
    (MRI, "Left breast: an oval mass with non-enhancing internal septations.", "internal_enhancement",
     "dark_internal_septations"),
    (MRI, "Left breast: segmental non-mass enhancement with clumped internal enhancement.", "internal_enhancement",
     "clumped"),
    (MRI, "Left breast: linear clumpd non-mass enhancement.", "internal_enhancement", "clumped"),  # misspelt
    (MRI, "Left breast: linear non-mass enhancement with clustered ring enhancement.", "internal_enhancement",
     "clustered_ring"),
    (MRI, "Left breast: clustered-ring non-mass enhancement.", "internal_enhancement", "clustered_ring"),
    (MRI, "Left breast: heterogeneous NME in a regional distribution.", "internal_enhancement", "heterogeneous"),
    (US, "Right 9:00: non-mass lesion, 18 x 6 mm: hypoechoic area without mass shape or margins, with internal "
     "echogenic foci and with posterior acoustic shadowing.", "posterior_features", "shadowing"),
    # the pattern said alone after the lesion's other MRI / CEM words ("..., 25 mm, homogeneous", a table cell)
    (CEM, "Right, retroareolar: linear non-mass enhancement along a duct, 25 mm, homogeneous.", "internal_enhancement",
     "homogeneous"),
    (CEM, "Left breast: diffuse non-mass enhancement involving the whole breast, heterogeneous.",
     "internal_enhancement", "heterogeneous"),
    (MRI, "Right breast: non-mass enhancement in multiple regions, heterogenous, with persistent kinetics.",
     "internal_enhancement", "heterogeneous"),
    (CEM, "Right 10 o'clock mass enhances, homogenous, 7 mm.", "internal_enhancement", "homogeneous"),
    # ... or as the lesion's "pattern"
    (CEM, "Left breast: linear non-mass enhancement extends from the mass towards the nipple with heterogeneous "
     "pattern.", "internal_enhancement", "heterogeneous"),
    (MRI, "Right 2:00: focal non-mass enhancement, 12 mm, of homogenous pattern.", "internal_enhancement", "homogeneous"),
    # non-mass enhancement distribution
    (MRI, "Left breast: focal non-mass enhancement, 9 mm.", "nme_distribution", "focal"),
    (MRI, "Left breast: linear non-mass enhancement toward the nipple.", "nme_distribution", "linear"),
    (MRI, "Left breast: non-mass enhancement in a ductal distribution.", "nme_distribution", "linear"),
    (MRI, "Left breast: segmental NME in the upper outer quadrant.", "nme_distribution", "segmental"),
    (MRI, "lt breast: linear nme toward the nipple, clumped.", "nme_distribution", "linear"),  # a lower-case report
    (MRI, "Left breast: a segmental area of non-mass enhancement.", "nme_distribution", "segmental"),
    (MRI, "Left breast: segmentl non-mass enhancement.", "nme_distribution", "segmental"),  # misspelt
    (MRI, "Left breast: regional non-mass enhancement.", "nme_distribution", "regional"),
    (MRI, "Left breast: non-mass enhancement in multiple regions.", "nme_distribution", "multiple_regions"),
    (MRI, "Left breast: non-mass enhancement in multiple regions with a homogeneous internal pattern.",
     "internal_enhancement", "homogeneous"),
    (MRI, "Right breast: segmental non-mass enhancement, heterogeneous internal pattern.", "internal_enhancement",
     "heterogeneous"),
    (MRI, "Left breast: diffuse non-mass enhancement.", "nme_distribution", "diffuse"),
    (CEM, "Recombined images: linear non-mass enhancement in the left breast.", "nme_distribution", "linear"),
    # kinetics, initial phase
    (MRI, "Left breast: an oval mass with slow initial enhancement.", "kinetics_initial", "slow"),
    (MRI, "Left breast: an oval mass. Kinetics: slow wash-in.", "kinetics_initial", "slow"),
    (MRI, "Left breast: an oval mass with medium initial enhancement.", "kinetics_initial", "medium"),
    (MRI, "Left breast: an oval mass with intermediate initial uptake.", "kinetics_initial", "medium"),
    (MRI, "Left breast: an irregular mass with fast initial enhancement.", "kinetics_initial", "fast"),
    (MRI, "Left breast: an irregular mass with rapid initial enhancement.", "kinetics_initial", "fast"),
    (MRI, "Left breast: an irregular mass with rapid wash-in.", "kinetics_initial", "fast"),
    (MRI, "Left breast: an irregular mass with rapid initial enhancment.", "kinetics_initial", "fast"),  # misspelt
    # the two phases written as a pair, initial first ("fast/washout", "slow - persistent", a table cell)
    (MRI, "Left breast: a second irregular enhancing mass of 9 mm with fast/plateau kinetics.", "kinetics_initial",
     "fast"),
    (MRI, "Left breast: a round mass with smooth margin, fast-washout.", "kinetics_initial", "fast"),
    (MRI, "Left breast: an oval mass, kinetics medium / persistent.", "kinetics_initial", "medium"),
    (MRI, "Left breast: an oval mass, kinetics slow / persistent.", "kinetics_initial", "slow"),
    (MRI, "Left breast: linear non-mass enhancement. Initial enhancement is fast with a plateau curve.",
     "kinetics_initial", "fast"),
    (MRI, "Right 10:00: a 5 mm enhancing focus. CAD: initial enhancement 140% (fast), delayed phase washout.",
     "kinetics_initial", "fast"),
    # kinetics, delayed phase
    (MRI, "Left breast: an oval mass with persistent delayed enhancement.", "kinetics_delayed", "persistent"),
    (MRI, "Left breast: an oval mass with a type I curve.", "kinetics_delayed", "persistent"),
    (MRI, "Left breast: an oval mass with a type 1 curve.", "kinetics_delayed", "persistent"),
    (MRI, "Left breast: an oval mass with progressive enhancement.", "kinetics_delayed", "persistent"),
    (MRI, "Left breast: an oval mass with persistant kinetics.", "kinetics_delayed", "persistent"),  # misspelt
    (MRI, "Left breast: an oval mass. Kinetics: persistent.", "kinetics_delayed", "persistent"),
    (MRI, "Left breast: an oval mass, kinetics slow / persistent.", "kinetics_delayed", "persistent"),
    # the delayed phase said after the initial one in a sentence ("... then persistent", "followed by persistent")
    (MRI, "Left breast: an oval mass, 12 mm, slow initial enhancement then persistent.", "kinetics_delayed",
     "persistent"),
    (MRI, "Left breast: an oval mass with medium initial enhancement followed by persistent.", "kinetics_delayed",
     "persistent"),
    (MRI, "Left breast: regional non-mass enhancement with a type 1 (persistant) curve.", "kinetics_delayed",
     "persistent"),
    (MRI, "Right breast: non-mass enhancement in multiple regions with type I (progressive) kinetic curves.",
     "kinetics_delayed", "persistent"),
    (MRI, "Left breast: an oval mass with plateau kinetics.", "kinetics_delayed", "plateau"),
    (MRI, "Left breast: an oval mass with a type II curve.", "kinetics_delayed", "plateau"),
    (MRI, "Left breast: an oval mass with a plateau type curve.", "kinetics_delayed", "plateau"),
    (MRI, "Left breast: an irregular mass with washout kinetics.", "kinetics_delayed", "washout"),
    (MRI, "Left breast: an irregular mass with wash-out.", "kinetics_delayed", "washout"),
    (MRI, "Left breast: an irregular mass with a type III curve.", "kinetics_delayed", "washout"),
    (MRI, "Left breast: an irregular mass, rapid initial enhancement and washout (type 3 curve).", "kinetics_delayed",
     "washout"),
    (CEM, "Recombined images: an irregular enhancing mass with washout on the delayed view.", "kinetics_delayed",
     "washout"),
    (MRI, "Left breast: a 4 mm enhancing focus with plateau kinetics.", "kinetics_delayed", "plateau"),
    # a curve type with its meaning in brackets
    (MRI, "Right 10:00: an oval mass of 18 mm. The time-signal intensity curve is type I (progressive growth).",
     "kinetics_delayed", "persistent"),
    (MRI, "Right 10:00: an oval mass with a type III curve (rapid wash-out of contrast).", "kinetics_delayed",
     "washout"),
    # implants
    (MRI, "The left implant is intact.", "implant_rupture", "none"),
    (MRI, "Intact left silicone implant.", "implant_rupture", "none"),
    (MRI, "Left implant: no evidence of intracapsular or extracapsular rupture.", "implant_rupture", "none"),
    (MRI, "Left implant: no evidence of rupture.", "implant_rupture", "none"),
    (MRI, "Intracapsular rupture of the left implant.", "implant_rupture", "intracapsular"),
    (MRI, "The left implant shows the linguine sign.", "implant_rupture", "intracapsular"),
    (MRI, "The left implant has a keyhole sign.", "implant_rupture", "intracapsular"),
    (MRI, "Left implant: subcapsular line, in keeping with intracapsular rupture.", "implant_rupture", "intracapsular"),
    (US, "The left implant shows a stepladder sign.", "implant_rupture", "intracapsular"),
    (MRI, "Intracapsullar rupture of the left implant.", "implant_rupture", "intracapsular"),  # misspelt
    (MRI, "Extracapsular rupture of the left implant.", "implant_rupture", "extracapsular"),
    (MRI, "Left implant: free silicone in the breast tissue.", "implant_rupture", "extracapsular"),
    (US, "Left implant: snowstorm appearance in the adjacent tissue.", "implant_rupture", "extracapsular"),
    (MRI, "Left implant: linguine sign and silicone outside the fibrous capsule.", "implant_rupture", "extracapsular"),
]


def _first(report_text: str) -> Finding:
    report = analyze(report_text)
    seen = [f for f in report.findings if f.status is not Status.ABSENT]
    assert seen, f"no finding read: {[(f.kind.value, f.status.value) for f in report.findings]}"
    return seen[0]


@pytest.mark.parametrize(("exam", "sentence", "name", "value"), ROWS,
                         ids=[f"{n}={v}:{s[:50]}" for _, s, n, v in ROWS])
def test_every_descriptor_value_in_its_wordings(exam: str, sentence: str, name: str, value: str) -> None:
    finding = _first(exam + sentence)
    assert dict(finding.descriptors).get(name) == value, dict(finding.descriptors)


def test_the_table_covers_every_contract_value(schema: dict) -> None:
    fixed = schema["$defs"]["finding"]["properties"]["descriptors"]["properties"]
    wanted = {(name, value) for name, spec in fixed.items() for value in spec["enum"]}
    assert wanted - {(name, value) for _, _, name, value in ROWS} == set()


def test_every_descriptor_record_fits_a_finding_and_is_read() -> None:
    """Each descriptor word of rules/lexicon.yaml describes some kind of finding, and its literal is read."""
    described = {category for category, _, _ in FITS}
    for rule in load_rules("lexicon"):
        if rule.category in DESCRIPTOR_CATEGORIES:
            assert rule.category in described, rule.rule_id


# ---------------------------------------------------------------- lesions: kinds, binding, negation, hedging

def test_each_descriptor_binds_to_its_own_lesion() -> None:
    report = analyze(US + "Right 10:00: an oval, parallel, circumscribed, anechoic mass with posterior acoustic "
                     "enhancement. Left 2:00: an irregular, not parallel, hypoechoic mass with angular margins and "
                     "posterior shadowing. Internal vascularity is seen.")
    right, left = (dict(f.descriptors) for f in report.findings)
    assert right == {"shape": "oval", "orientation": "parallel", "margin": "circumscribed",
                     "echo_pattern": "anechoic", "posterior_features": "enhancement"}
    assert left == {"shape": "irregular", "orientation": "not_parallel", "echo_pattern": "hypoechoic",
                    "margin": "angular", "posterior_features": "shadowing", "vascularity": "internal"}


def test_two_lesions_in_one_sentence_keep_their_own_descriptors() -> None:
    report = analyze(MRI + "Left breast: an oval mass with homogeneous enhancement at 2:00 and linear non-mass "
                     "enhancement with clumped internal enhancement at 6:00.")
    by_kind = {f.kind: dict(f.descriptors) for f in report.findings}
    assert by_kind[FindingKind.MASS] == {"shape": "oval", "internal_enhancement": "homogeneous"}
    assert by_kind[FindingKind.NON_MASS] == {"nme_distribution": "linear", "internal_enhancement": "clumped"}


def test_kinetics_in_the_next_sentence_describe_the_lesion_just_named() -> None:
    report = analyze(MRI + "Right breast: regional non-mass enhancement, 4 cm. Kinetics demonstrate fast initial "
                     "enhancement with plateau delayed kinetics.")
    assert dict(report.findings[0].descriptors) == {
        "nme_distribution": "regional", "kinetics_initial": "fast", "kinetics_delayed": "plateau"}


def test_a_negation_inside_a_descriptor_negates_nothing_after_it() -> None:
    finding = _first(US + "Left 10:00: a 6 mm irregular hypoechoic mass with angular margin, not parallel "
                     "orientation and posterior shadowing.")
    assert dict(finding.descriptors)["posterior_features"] == "shadowing"
    finding = _first(US + "Left 1:00: an 11 mm oval lesion with no internal vascularisation, in keeping with a "
                     "complicated cyst.")
    assert finding.status is Status.PRESENT and dict(finding.descriptors)["vascularity"] == "absent"


def test_a_sentence_about_both_lesions_describes_both() -> None:
    report = analyze(US + "Rt breast:\n- 10 o'clock: 11mm fibroadenoma, stable.\n- 7 o'clock: 8mm fibroadenoma, stable.\n"
                     "Both are oval, circumscribed, parallel and hypoechoic.")
    assert [dict(f.descriptors) for f in report.findings] == [
        {"shape": "oval", "margin": "circumscribed", "orientation": "parallel", "echo_pattern": "hypoechoic"}] * 2


def test_template_fields_describe_the_lesion_above_them() -> None:
    report = analyze(US + "Mass 1: Right breast 10:00, 4 cm from nipple\nShape: Oval\nOrientation: Parallel\n"
                     "Margin: Circumscribed\nEcho pattern: Hypoechoic\nPosterior features: None\nVascularity: Absent\n"
                     "Elasticity: Soft")
    assert dict(_first(report.text).descriptors) == {
        "shape": "oval", "orientation": "parallel", "margin": "circumscribed", "echo_pattern": "hypoechoic",
        "posterior_features": "none", "vascularity": "absent", "elasticity": "soft"}


def test_a_plural_finding_word_at_as_many_clock_faces_is_one_finding_each() -> None:
    report = analyze(CEM + "Low energy images: Rt breast: two oval circumscribed equal-density masses - at 10 o'clock "
                     "(12 mm) and 2 o'clock (9 mm).\nRecombined images: The Rt 2 o'clock mass shows homogeneous "
                     "enhancement. The Rt 10 o'clock mass does not enhance.")
    read = [(f.location.clock if f.location else None, f.size_mm, dict(f.descriptors)) for f in report.findings]
    shared = {"shape": "oval", "margin": "circumscribed", "mass_density": "equal"}
    assert read == [("10:00", 12.0, shared), ("2:00", 9.0, {**shared, "internal_enhancement": "homogeneous"})]


def test_a_non_enhancing_mass_named_again_is_no_new_finding() -> None:
    report = analyze(US + "Rt 10 o'clock: 12 mm oval mass.\nRt 10 o'clock: 12 mm anechoic simple cyst with "
                     "posterior acoustic enhancement, corresponding to the non-enhancing mass.")
    assert len(report.findings) == 1 and dict(report.findings[0].descriptors)["echo_pattern"] == "anechoic"


def test_negated_descriptors_and_absent_findings() -> None:
    finding = _first(US + "Left 2:00: an oval mass with no posterior shadowing and no internal vascularity.")
    assert dict(finding.descriptors) == {"shape": "oval", "vascularity": "absent"}
    report = analyze(US + "No solid mass with posterior shadowing.")
    assert [(f.status, f.descriptors) for f in report.findings] == [(Status.ABSENT, ())]


def test_hedged_non_mass_lesion_is_possible() -> None:
    finding = _first(US + "Left 3:00: possible non-mass lesion, hypoechoic, 12 mm.")
    assert (finding.kind, finding.status) == (FindingKind.NON_MASS, Status.POSSIBLE)
    assert dict(finding.descriptors)["echo_pattern"] == "hypoechoic"


@pytest.mark.parametrize(("exam", "sentence", "kind"), [
    (US, "Left 1:00: a non-mass lesion, 2.6 cm.", FindingKind.NON_MASS),
    (US, "Left 6:00: a non-mass hypoechoic area of 15 mm.", FindingKind.NON_MASS),
    (MRI, "Left breast: non-mass enhancement in the upper outer quadrant.", FindingKind.NON_MASS),
    (MRI, "Left breast: segmental NME.", FindingKind.NON_MASS),
    (CEM, "Recombined images: focal non-mass enhancment in the left breast.", FindingKind.NON_MASS),
    (MRI, "Left breast: a 4 mm enhancing focus at 2:00.", FindingKind.FOCUS),
    (MRI, "Left breast: a 3 mm focus at 9:00.", FindingKind.FOCUS),
    (MRI, "Left breast: two foci of enhancement.", FindingKind.FOCUS),
    (US, "Left 2:00: punctate echogenic foci in the mass.", FindingKind.CALCIFICATION),
    (MRI, "Left implant: intracapsular rupture.", FindingKind.IMPLANT),
    (US, "Left 12:00: a post-operative fluid collection, 48 mm, in keeping with a seroma.", FindingKind.OTHER),
    (MRI, "Right upper outer quadrant: an 18 mm silicone granuloma.", FindingKind.OTHER),
    (MRI, "Post-reduction mammoplasty changes in both breasts.", FindingKind.OTHER),
    # v2025 ultrasound non-mass lesion: an area "without the shape or margins of a mass" is the lesion, not a mass
    (US, "Right 9:00: hypoechoic area without mass shape or margins, 18 mm.", FindingKind.NON_MASS),
], ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_finding_kinds(exam: str, sentence: str, kind: FindingKind) -> None:
    assert _first(exam + sentence).kind is kind


def test_a_focus_on_a_mammogram_is_another_finding() -> None:
    assert _first(MG + "Left breast: a 5 mm satellite focus posterior to the mass.").kind is not FindingKind.FOCUS


def test_implants_without_an_integrity_statement_are_no_finding() -> None:
    report = analyze(MRI + "Bilateral retroglandular silicone implants. No suspicious mass.")
    assert [f.kind for f in report.findings] == [FindingKind.MASS]
    assert not [f for f in analyze(MG + "The left implant is intact.").findings if f.kind is FindingKind.IMPLANT]


def test_implant_rupture_status_and_kind() -> None:
    report = analyze(MRI + "Right: the right implant is intact, with no evidence of intracapsular or extracapsular "
                     "rupture.\nLeft: a droplet of silicone within a fold of the left implant shell (keyhole sign), "
                     "possible early intracapsular rupture.")
    read = [(f.kind, f.breast.value if f.breast else None, f.status, dict(f.descriptors)) for f in report.findings]
    assert read == [
        (FindingKind.IMPLANT, "right", Status.PRESENT, {"implant_rupture": "none"}),
        (FindingKind.IMPLANT, "left", Status.POSSIBLE, {"implant_rupture": "intracapsular"}),
    ]


def test_the_most_serious_rupture_said_stands() -> None:
    """An extracapsular rupture is an intracapsular one too: the linguine sign said first does not stand."""
    finding = _first(MRI + "Rt implant: collapsed shell with linguine sign and free silicone beyond the fibrous "
                     "capsule, in keeping with extracapsular rupture.")
    assert (finding.status, dict(finding.descriptors)) == (Status.PRESENT, {"implant_rupture": "extracapsular"})


def test_an_enhancing_mass_not_seen_on_low_energy_images_is_there() -> None:
    finding = _first(CEM + "Right 10:00: a 6 mm oval circumscribed enhancing mass with homogeneous enhancement, "
                     "not seen on the low-energy images.")
    assert (finding.kind, finding.status) == (FindingKind.MASS, Status.PRESENT)


def test_what_is_absent_has_no_description() -> None:
    report = analyze(MRI + "No suspicious mass or non-mass enhancement with washout kinetics.")
    assert all(f.status is Status.ABSENT and f.descriptors == () for f in report.findings)


def test_a_pattern_word_said_alone_describes_enhancement_only_with_the_lesion_s_mri_words() -> None:
    """"Heterogeneous" alone is an internal enhancement, but not of a lesion that ultrasound words describe: an
    ultrasound "oval, parallel, heterogeneous" mass has none."""
    us = _first(US + "Left 2:00: an oval mass, parallel, heterogeneous, 9 mm.")
    assert "internal_enhancement" not in dict(us.descriptors)
    us = _first(US + "Left 2:00: an oval mass, heterogeneous, hypoechoic.")
    assert "internal_enhancement" not in dict(us.descriptors)
    us = _first(US + "Left 2:00: an oval, parallel, hypoechoic mass with heterogeneous pattern.")
    assert "internal_enhancement" not in dict(us.descriptors)
    hamartoma = _first(MRI + "Left 1:00: an oval fat-containing mass with a thin capsule and heterogeneous internal "
                       "structure, consistent with a hamartoma.")
    assert "internal_enhancement" not in dict(hamartoma.descriptors)
    nme = _first(MRI + "Left breast: segmental non-mass enhancement, 3 cm, heterogeneous.")
    assert dict(nme.descriptors) == {"nme_distribution": "segmental", "internal_enhancement": "heterogeneous"}
    assert "internal_enhancement" not in dict(_first(MRI + "Left breast: a non-enhancing, heterogeneous mass.").descriptors)
