"""Questions and glosses chosen from what the report says: a finding's kind, name, status, stability and
category. A benign, unchanged or normal finding gets reassuring questions, never biopsy ones; each kind and
name has its own gloss; a lymph node's cortex is not its size; density text per density category."""

from __future__ import annotations

import pytest

from readingscan import analyze, explain
from readingscan.explain.text import explain_finding
from readingscan.model import Breast, Finding, FindingKind, Span, Status

SIMPLE_CYST = "FINDINGS: Right breast: 12 mm simple cyst at 10 o'clock.\nIMPRESSION: Simple cyst. BI-RADS 2."
NORMAL_NODES = ("FINDINGS: Both axillae: the lymph nodes are normal. No suspicious mass or calcifications.\n"
                "IMPRESSION: Negative. BI-RADS 1.")


@pytest.mark.parametrize("text", [
    SIMPLE_CYST,
    "FINDINGS: Bilateral simple cysts, unchanged from the prior exam.\nIMPRESSION: Benign. BI-RADS 2.",
    "FINDINGS: Oval circumscribed mass, left breast 3 o'clock, 6 mm, unchanged since 2021. BI-RADS 2.",
    "FINDINGS: Benign-appearing intramammary lymph node, right breast. BI-RADS 2.",
    NORMAL_NODES,
], ids=["simple-cyst-2", "stable-cysts-2", "stable-mass-2", "intramammary-node-2", "normal-nodes-1"])
def test_a_benign_stable_or_normal_finding_gets_no_biopsy_question(text: str) -> None:
    questions = explain(analyze(text)).questions
    assert not any("biopsy" in q.lower() for q in questions), questions
    assert not any("need more pictures" in q.lower() for q in questions), questions


def test_a_simple_cyst_gets_a_reassuring_question() -> None:
    questions = explain(analyze(SIMPLE_CYST)).questions
    assert any(q.startswith("Cysts are common") for q in questions), questions


def test_normal_lymph_nodes_are_not_asked_about_as_if_in_doubt() -> None:
    questions = explain(analyze(NORMAL_NODES)).questions
    assert not any("lymph node" in q.lower() and "normal" in q.lower() for q in questions), questions


@pytest.mark.parametrize(("text", "expected"), [
    ("FINDINGS: Irregular mass, left breast 2 o'clock, 14 mm.", "Does it need a biopsy or a check-up?"),
    ("FINDINGS: Irregular spiculated mass, left breast. BI-RADS 4B.", "What kind of biopsy do you advise"),
    ("FINDINGS: Enlarged left axillary lymph node with loss of fatty hilum. BI-RADS 4A.",
     "What does the report say about my lymph nodes"),
], ids=["mass-no-category", "mass-4B", "abnormal-node-4A"])
def test_a_finding_not_yet_settled_still_gets_its_questions(text: str, expected: str) -> None:
    questions = explain(analyze(text)).questions
    assert any(expected in q for q in questions), questions


def test_a_suspicious_breast_does_not_turn_the_other_breasts_cyst_into_a_biopsy_question() -> None:
    report = analyze("IMPRESSION:\nRight breast: irregular mass at 9 o'clock. BI-RADS 4B.\n"
                     "Left breast: simple cyst at 2 o'clock. BI-RADS 2.")
    questions = explain(report).questions
    assert any(q.startswith("Cysts are common") for q in questions), questions  # the left cyst is benign
    assert any("biopsy" in q.lower() for q in questions), questions  # the right mass still gets its questions


@pytest.mark.parametrize(("text", "gloss"), [
    (SIMPLE_CYST, "a small sac filled with fluid"),
    ("FINDINGS: Oil cyst, left breast. BI-RADS 2.", "a small sac of fat"),
    ("FINDINGS: Fibroadenoma, right breast 7 o'clock. BI-RADS 2.", "a firm lump of gland tissue"),
    ("FINDINGS: Lipoma, right breast. BI-RADS 2.", "a soft lump of fat"),
    ("FINDINGS: Irregular mass, left breast 2 o'clock.", "a lump or area with a shape of its own"),
    ("FINDINGS: Skin thickening, left breast.", "skin that is thicker than usual"),
], ids=["cyst", "oil-cyst", "fibroadenoma", "lipoma", "mass", "skin-thickening"])
def test_each_kind_of_finding_has_its_own_gloss(text: str, gloss: str) -> None:
    sentences = [f.sentence for f in explain(analyze(text)).findings if f.finding.status is Status.PRESENT]
    assert any(f"({gloss}" in s for s in sentences), sentences
    assert not any("lump or spot with a shape" in s for s in sentences)


def node(size: float | None, descriptors: tuple[tuple[str, str], ...]) -> Finding:
    said = "One right axillary lymph node with cortical thickening to 6 mm."
    return Finding(kind=FindingKind.LYMPH_NODE, breast=Breast.RIGHT, status=Status.PRESENT, stable=False,
                   evidence=Span(0, len(said), said), label="axillary lymph node", size_mm=size,
                   descriptors=descriptors)


def test_a_lymph_nodes_cortex_is_not_shown_as_its_size() -> None:
    sentence = explain_finding(node(None, (("cortical_thickness_mm", "6"),))).sentence
    assert "Size:" not in sentence
    assert "outer layer (cortex) is about 6 mm thick" in sentence
    both = explain_finding(node(16, (("cortical_thickness_mm", "6"),))).sentence
    assert "Size: about 16 mm." in both and "about 6 mm thick" in both


@pytest.mark.parametrize(("letter", "dense"), [("a", False), ("b", False), ("c", True), ("d", True)])
def test_density_text_is_chosen_by_density_category(letter: str, dense: bool) -> None:
    wording = {"a": "almost entirely fatty", "b": "scattered areas of fibroglandular density",
               "c": "heterogeneously dense", "d": "extremely dense"}[letter]
    words = explain(analyze(f"The breasts are {wording}. IMPRESSION: Negative. BI-RADS 1."))
    assert words.density.startswith(f"**Density {letter.upper()}")
    paragraph = ("Dense tissue is normal and common", "hide small spots", "extra pictures")
    assert all(p in words.density for p in paragraph) is dense, words.density
    assert any(p in words.density for p in paragraph) is dense, words.density
    assert ("Sprague" in words.density_source) is dense  # the dense-breast figure's source only beside it
    questions = words.questions
    assert any(q.startswith("My breasts are dense") for q in questions) is dense


def test_nothing_is_said_twice_in_a_density_paragraph() -> None:
    for letter in ("heterogeneously dense", "extremely dense"):
        text = explain(analyze(f"The breasts are {letter}. BI-RADS 1.")).density
        parts = [p for p in text.replace("**", "").split(". ") if p]
        assert len(parts) == len(set(parts)), text
        assert text.count("hide small spots") + text.count("harder to see small spots") == 1, text


@pytest.mark.parametrize(("text", "note"), [
    ("FINDINGS: Calcifications in both breasts. BI-RADS 2.", "does not name their shape"),
    ("FINDINGS: Simple cyst, right breast. BI-RADS 2.", "describes no calcifications"),
    ("FINDINGS: No suspicious calcifications. BI-RADS 1.", "describes no calcifications"),
], ids=["unplaced", "none", "absent-only"])
def test_the_grid_note_agrees_with_the_findings(text: str, note: str) -> None:
    words = explain(analyze(text))
    assert note in words.grid_note


def test_calcifications_with_a_shape_need_no_grid_note() -> None:
    assert explain(analyze("FINDINGS: Grouped amorphous calcifications, left breast. BI-RADS 4B.")).grid_note == ""


def test_a_read_node_cortex_reaches_the_screen_as_cortex_not_size() -> None:
    """End to end: the reading stores the cortex as a descriptor and the card shows it as the cortex."""
    report = analyze("FINDINGS: Right axilla: one lymph node with cortical thickening to 6 mm. "
                     "IMPRESSION: BI-RADS 4A.")
    nodes = [f for f in explain(report).findings if "cortex" in f.sentence]
    assert nodes, [f.sentence for f in explain(report).findings]
    assert "about 6 mm thick" in nodes[0].sentence and "Size: about 6 mm" not in nodes[0].sentence
