"""Every lexicon entry, read in a sentence: each record of rules/lexicon.yaml and rules/terms.yaml is
put into a report sentence shaped for its category, and the reading must carry its value."""

from __future__ import annotations

import re

import pytest

from readingscan import analyze
from readingscan.rules.loader import RuleError, load_rules, parse_rules, word_list
from readingscan.rules.records import Rule

LEXICON = load_rules("lexicon")
TERMS = load_rules("terms")


def _id(rule: Rule) -> str:
    return f"{rule.category}:{rule.literal}"


@pytest.mark.parametrize("rule", LEXICON + TERMS, ids=_id)
def test_literal_matches_its_own_pattern(rule: Rule) -> None:
    """The literal is how reports write it, so the pattern must read it (some look ahead to the noun: "skin"
    calcifications, a "calcified" mass)."""
    ends = [m.end() for tail in (".", " calcifications", " mass") if (m := re.match(rule.regex, rule.literal + tail, re.IGNORECASE))]
    assert len(rule.literal) in ends, f"{rule.literal!r} !~ {rule.regex}"


# A report sentence for each descriptor category of the ultrasound, MRI and contrast mammography lexicon.
DESCRIPTOR_SENTENCES = {
    **dict.fromkeys(("orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity"),
                    "EXAM: Left breast ultrasound.\nFINDINGS: Left 2:00: a mass, {lit}."),
    **dict.fromkeys(("internal_enhancement", "kinetics_initial", "kinetics_delayed"),
                    "EXAM: Breast MRI.\nFINDINGS: Left breast: a mass, {lit}."),
    "nme_distribution": "EXAM: Breast MRI.\nFINDINGS: Left breast: {lit} non-mass enhancement.",
    **dict.fromkeys(("implant_rupture", "implant_sign", "implant_rupture_word"),
                    "EXAM: Breast MRI.\nFINDINGS: Left implant: {lit}."),
}


def _reading(rule: Rule) -> tuple[str, object]:
    """A report for this entry and what the reading should hold."""
    lit, _value, cat = rule.literal, rule.value, rule.category
    if cat == "finding" and rule.value == "implant":  # an implant is a finding when its integrity is stated
        report = analyze(f"EXAM: Breast MRI.\nFINDINGS: The left {lit} is intact.")
        return "finding", [(f.kind.value, f.breast.value if f.breast else None) for f in report.findings]
    if cat == "finding":
        # A word that names a finding only before a lesion's name ("calcified"): the lesion's name follows it.
        noun = " mass" if re.match(rule.regex + r"(?!\w)", lit + ".", re.IGNORECASE) is None else ""
        report = analyze(f"FINDINGS: There is a {lit}{noun} in the left breast.")
        return "finding", [(f.kind.value, f.breast.value if f.breast else None) for f in report.findings]
    if cat == "morphology":
        report = analyze(f"FINDINGS: Grouped {lit} calcifications in the left breast.")
        return "morphology", [m.value for f in report.findings for m in f.morphology]
    if cat == "distribution":
        report = analyze(f"FINDINGS: Amorphous calcifications, {lit}, in the left breast.")
        return "distribution", [f.distribution.value if f.distribution else None for f in report.findings]
    if cat in ("mass_shape", "mass_margin", "mass_density"):
        report = analyze(f"FINDINGS: There is a {lit} mass in the left breast.")
        key = {"mass_shape": "shape", "mass_margin": "margin", "mass_density": "mass_density"}[cat]
        return cat, [dict(f.descriptors).get(key) for f in report.findings]
    if cat in DESCRIPTOR_SENTENCES:  # ultrasound, MRI and contrast mammography descriptors (by contract name)
        report = analyze(DESCRIPTOR_SENTENCES[cat].format(lit=lit))
        if cat == "implant_rupture_word":  # "rupture" said without its kind: an implant finding, kind unknown
            return cat, [rule.value for f in report.findings if f.kind.value == "implant"]
        key = "implant_rupture" if cat.startswith("implant") else cat
        return cat, [dict(f.descriptors).get(key) for f in report.findings]
    if cat == "fibroglandular_tissue":
        report = analyze(f"EXAM: Breast MRI.\nFINDINGS: {lit.capitalize()}.")
        return cat, [report.fibroglandular_tissue.category.value if report.fibroglandular_tissue else None]
    if cat in ("background_enhancement", "enhancement_level", "enhancement_symmetry"):
        words = {"background_enhancement": f"{lit}: mild, symmetric", "enhancement_level": f"BPE: {lit}",
                 "enhancement_symmetry": f"BPE: mild, {lit}"}[cat]
        bpe = analyze(f"EXAM: Breast MRI.\nFINDINGS: {words}.").background_enhancement
        got = {"background_enhancement": "bpe" if bpe else None, "enhancement_level": bpe and bpe.level.value,
               "enhancement_symmetry": bpe and bpe.symmetry and bpe.symmetry.value}[cat]
        return cat, [got]
    if cat == "node_type":
        report = analyze(f"FINDINGS: A normal lymph node, {lit}, left breast.")
        return cat, [dict(f.descriptors).get("site") for f in report.findings]
    if cat == "laterality" and rule.value == "same":  # points back to the side named just before
        report = analyze(f"FINDINGS: The area of concern is in the right breast. A cyst is seen {lit}.")
        return cat, ["same" if f.breast is not None and f.breast.value == "right" else None for f in report.findings]
    if cat == "laterality" and rule.value == "operated":  # points to the side of the surgery in the history
        report = analyze(f"HISTORY: Right lumpectomy 2020.\nFINDINGS: A scar is seen at the {lit}.")
        return cat, ["operated" if f.breast is not None and f.breast.value == "right" else None for f in report.findings]
    if cat == "laterality":
        report = analyze(f"FINDINGS: There is a mass in the {lit} breast.")
        return cat, [f.breast.value if f.breast else None for f in report.findings]
    if cat == "quadrant":
        report = analyze(f"FINDINGS: There is a mass in the left breast, {lit}.")
        return cat, [f.location.quadrant.value if f.location and f.location.quadrant else None for f in report.findings]
    if cat == "depth":
        report = analyze(f"FINDINGS: There is a mass in the left breast, {lit}.")
        return cat, [f.location.depth.value if f.location and f.location.depth else None for f in report.findings]
    if cat == "density":
        report = analyze(f"EXAM: Screening mammogram.\nFINDINGS: {lit.capitalize()}.")
        return cat, [report.density.category.value if report.density else None]
    if cat == "not_density":
        report = analyze(f"EXAM: Screening mammogram.\nFINDINGS: The {lit} is heterogeneously dense.")
        return cat, [report.density]
    if cat == "not_finding":
        report = analyze(f"FINDINGS: There is {lit}.")
        return cat, [f.kind.value for f in report.findings]
    if cat == "modality":
        report = analyze(f"EXAM: {lit} of the left breast.\nFINDINGS: Normal.")
        return cat, [m.value for m in report.exam.modalities]
    if cat == "purpose":
        report = analyze(f"EXAM: Bilateral {lit} examination.\nFINDINGS: Normal.")
        return cat, [report.exam.purpose.value if report.exam.purpose else None]
    if cat == "recommendation":
        report = analyze(f"FINDINGS: Normal.\nRECOMMENDATION: {lit}.")
        return cat, [r.kind.value for r in report.recommendations]
    if cat in ("breast_word", "other_body_part"):
        # With a word of another body part, a breast word keeps the findings; without one, they go.
        body = f"{lit} report. " if cat == "other_body_part" else "Chest x-ray and breast report. "
        report = analyze(body + "FINDINGS: No suspicious mass.")
        return cat, [rule.value] if bool(report.findings) == (cat == "breast_word") else []
    if cat == "term":
        report = analyze(f"FINDINGS: The report mentions {lit} here.")
        return cat, list(report.terms)
    raise AssertionError(f"no sentence template for category {cat!r}")


@pytest.mark.parametrize("rule", LEXICON + TERMS, ids=_id)
def test_every_entry_is_read_in_a_sentence(rule: Rule) -> None:
    category, got = _reading(rule)
    if category == "finding":
        assert (rule.value, "left") in got, got
    elif category == "not_density":
        assert got == [None], got
    elif category == "not_finding":
        assert got == [], got
    elif category == "modality":
        assert rule.value in got, got
    else:
        assert rule.value in got, got


def test_unknown_key_is_rejected_with_its_name() -> None:
    with pytest.raises(RuleError, match="unknown key 'valeu'"):
        parse_rules("lexicon", "- {literal: mass, category: finding, valeu: mass}")


def test_bad_pattern_is_rejected() -> None:
    with pytest.raises(RuleError, match="bad pattern"):
        parse_rules("context", "- {literal: x, category: negated, direction: forward, pattern: '(unclosed'}")


def test_yaml_is_loaded_safely() -> None:
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do, never object construction
        parse_rules("lexicon", "- !!python/object/apply:os.system ['true']")


def test_word_lists_are_lower_case_words_without_comments() -> None:
    english = word_list("english_words")
    assert len(english) > 500
    assert all(w == w.lower() and not w.startswith("#") and " " not in w for w in english)
