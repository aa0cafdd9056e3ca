"""Every descriptor value of the contract on a finding card: plain words (what it looks like, what it usually
means, how concerning), its primary sources, reading grade 8 or lower; what contrast dye, enhancement and
kinetics are before the MRI words that need them; background enhancement as normal tissue behaviour, never a
finding, and the MRI amount of fibroglandular tissue, never density. Findings and reports are built here
directly, so the explanation is tested apart from the reading."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest

from readingscan import analyze
from readingscan.content import load_content
from readingscan.explain.export import explanation_markdown, explanation_pdf
from readingscan.explain.text import explain, explain_finding
from readingscan.explain.words import exam_words
from readingscan.glossary.readability import readability
from readingscan.model import (
    DESCRIPTOR_VALUES,
    Breast,
    Density,
    Descriptor,
    EnhancementLevel,
    EnhancementReading,
    EnhancementSymmetry,
    Exam,
    Finding,
    FindingKind,
    Modality,
    Purpose,
    Report,
    Span,
    Status,
    TissueReading,
)
from tests.content.test_sources_and_grammar import DOI, VERIFICATION_PATH

MAX_GRADE = 8
VALUES = [(name, value.value) for name, values in DESCRIPTOR_VALUES.items() for value in values]
ATLAS = ("ACR BI-RADS Atlas, 5th ed. (2013)", "ACR BI-RADS v2025 Manual (2025)")


def finding(kind: FindingKind = FindingKind.MASS, *descriptors: tuple[str, str], status: Status = Status.PRESENT,
            label: str = "", breast: Breast | None = Breast.LEFT) -> Finding:
    said = "FINDINGS: the finding as the report words it."
    return Finding(kind=kind, breast=breast, status=status, stable=False, evidence=Span(0, len(said), said),
                   descriptors=tuple(sorted(descriptors)), label=label)


def report(*findings: Finding, category: str | None = None, **fields: object) -> Report:
    base = analyze(f"IMPRESSION: BI-RADS {category}." if category else "FINDINGS: see below.")
    return replace(base, findings=findings, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "value"), VALUES, ids=[f"{n.value}.{v}" for n, v in VALUES])
def test_every_descriptor_value_has_plain_words_a_source_and_grade_8_on_its_card(name: Descriptor, value: str) -> None:
    card = explain_finding(finding(FindingKind.MASS, (name.value, value)))
    words = load_content().descriptors.descriptors[name].values[value]
    detail = next(d for d in card.details if d.level is not None)
    assert detail.term == words.term and detail.level is words.level
    assert all(part in detail.text for part in (words.looks, words.means, words.concern)), detail.text
    assert readability(detail.text).fk_grade <= MAX_GRADE, detail.text
    assert detail.sources and set(detail.sources) <= set(card.sources)
    for cite in detail.sources:  # the primary work: the Atlas or the v2025 Manual by edition, a paper by its DOI
        assert not VERIFICATION_PATH.search(cite), cite
        assert any(a in cite for a in ATLAS) or DOI.search(cite), cite
    # Calm, never a diagnosis: no value says a finding is or is not cancer for sure.
    assert not re.search(r"\b(is|means) (cancer|malignant)\b|\bcannot be cancer\b", detail.text, re.IGNORECASE)


def test_a_finding_said_to_be_absent_has_no_descriptor_words() -> None:
    absent = finding(FindingKind.MASS, ("shape", "irregular"), status=Status.ABSENT)
    assert explain_finding(absent).details == () and explain_finding(absent).sources == ()


def test_names_and_values_the_contract_does_not_fix_are_left_to_the_sentence() -> None:
    card = explain_finding(finding(FindingKind.MASS, ("site", "lumpectomy"), ("shape", "bean"), ("margin", "angular")))
    assert [d.term for d in card.details] == ["Angular margin"]


def test_an_ultrasound_mass_reads_in_the_atlas_order_without_dye_words() -> None:
    card = explain_finding(finding(FindingKind.MASS, ("posterior_features", "shadowing"), ("shape", "irregular"),
                                   ("orientation", "not_parallel")))
    assert [d.term for d in card.details] == ["Irregular shape", "Not parallel orientation", "Posterior shadowing"]
    assert "dye" not in " ".join(d.text for d in card.details)


def test_kinetics_say_what_the_dye_is_and_how_fast_it_goes_in_and_out_before_washout() -> None:
    card = explain_finding(finding(FindingKind.MASS, ("kinetics_initial", "fast"), ("kinetics_delayed", "washout"),
                                   ("internal_enhancement", "rim")))
    terms = [d.term for d in card.details]
    assert terms == ["Enhancement and contrast dye", "Rim enhancement", "Kinetics: how the dye moves",
                     "Fast initial enhancement", "Washout (type 3 curve)"]
    dye, kinetics = card.details[0].text, card.details[2].text
    assert "contrast dye" in dye and "vein" in dye and "enhancement" in dye and "not a diagnosis" in dye
    assert "how fast the dye goes" in kinetics and "come back out" in kinetics and "washout" in kinetics
    assert "comes back out" in card.details[-1].text  # washout in plain words


@pytest.mark.parametrize(("kind", "label"), [(FindingKind.FOCUS, ""), (FindingKind.FOCUS, "focus of enhancement"),
                                             (FindingKind.NON_MASS, "non-mass enhancement"),
                                             (FindingKind.MASS, "enhancing mass")],
                         ids=["focus", "focus-label", "nme-label", "enhancing-mass"])
def test_an_enhancing_finding_says_what_enhancement_is_even_without_descriptors(kind: FindingKind, label: str) -> None:
    card = explain_finding(finding(kind, label=label))
    assert [d.term for d in card.details] == ["Enhancement and contrast dye"]
    assert card.sources and all(any(a in c for a in ATLAS) for c in card.sources)


def test_what_the_dye_is_is_said_once_on_a_screen_of_several_enhancing_findings() -> None:
    words = explain(report(finding(FindingKind.MASS, ("kinetics_delayed", "washout")),
                           finding(FindingKind.FOCUS, breast=Breast.RIGHT),
                           finding(FindingKind.NON_MASS, ("kinetics_initial", "fast"), label="non-mass enhancement")))
    terms = [[d.term for d in card.details] for card in words.findings]
    assert terms[0][:2] == ["Enhancement and contrast dye", "Kinetics: how the dye moves"]
    assert sum(t.count("Enhancement and contrast dye") for t in terms) == 1
    assert sum(t.count("Kinetics: how the dye moves") for t in terms) == 1
    assert terms[1] == [] and terms[2] == ["Fast initial enhancement"]  # the values themselves stay on each card


def test_an_ultrasound_non_mass_lesion_is_not_told_about_dye() -> None:
    card = explain_finding(finding(FindingKind.NON_MASS, label="non-mass lesion"))
    assert card.details == () and "dye" not in card.sentence


LEVELS = [(level, symmetry) for level in EnhancementLevel for symmetry in (None, *EnhancementSymmetry)]


@pytest.mark.parametrize(("level", "symmetry"), LEVELS,
                         ids=[f"{lv.value}-{s.value if s else 'unstated'}" for lv, s in LEVELS])
def test_background_enhancement_is_explained_as_normal_tissue_not_a_finding(
        level: EnhancementLevel, symmetry: EnhancementSymmetry | None) -> None:
    said = Span(0, 10, "BPE: mild.")
    words = explain(report(background_enhancement=EnhancementReading(level, symmetry, said)))
    text = words.background_enhancement
    names = load_content().descriptors.background_enhancement
    assert text.startswith(f"**Background enhancement: {names.levels[level].name}.**"), text
    assert "normal tissue" in text and "not a finding" in text and "dye" in text
    assert (names.symmetry[symmetry] in text) if symmetry else not any(s in text for s in names.symmetry.values())
    assert readability(text.replace("**", "")).fk_grade <= MAX_GRADE, text
    assert words.tissue_heading and "doi:10.1148/rg.341135034" in words.tissue_sources
    assert words.findings == ()  # never a finding card
    assert words.fibroglandular_tissue == ""


@pytest.mark.parametrize("letter", list(Density), ids=lambda d: d.value)
def test_the_mri_amount_of_gland_tissue_is_its_own_paragraph_never_density(letter: Density) -> None:
    said = Span(0, 10, "FGT: c.")
    words = explain(report(fibroglandular_tissue=TissueReading(letter, said)))
    text = words.fibroglandular_tissue
    name = load_content().descriptors.fibroglandular_tissue.categories[letter].name
    assert text.startswith(f"**Amount of gland tissue on MRI: {letter.value.upper()}, {name}.**"), text
    assert "not the breast density of a mammogram" in text
    assert readability(text.replace("**", "")).fk_grade <= MAX_GRADE, text
    assert words.density == load_content().explain.no_density  # density stays what the report says: none
    assert words.background_enhancement == "" and "Atlas" in words.tissue_sources


def test_a_report_without_mri_tissue_words_has_no_such_section() -> None:
    words = explain(report())
    assert (words.tissue_heading, words.background_enhancement, words.fibroglandular_tissue, words.tissue_sources) \
        == ("", "", "", "")
    assert "on MRI" not in explanation_markdown(report(), date(2026, 3, 14))


MRI = report(finding(FindingKind.MASS, ("shape", "irregular"), ("kinetics_delayed", "washout")),
             finding(FindingKind.FOCUS, breast=Breast.RIGHT), category="4",
             background_enhancement=EnhancementReading(EnhancementLevel.MILD, EnhancementSymmetry.SYMMETRIC,
                                                       Span(0, 3, "BPE")),
             fibroglandular_tissue=TissueReading(Density.C, Span(0, 3, "FGT")))


def test_the_markdown_download_carries_the_descriptors_their_sources_and_the_tissue_paragraphs() -> None:
    text = explanation_markdown(MRI, date(2026, 3, 14))
    assert "## Your breast tissue on MRI" in text
    assert text.index("## Your breast tissue on MRI") < text.index("## What the report describes")
    assert "**Background enhancement: Mild.**" in text and "**Amount of gland tissue on MRI: C," in text
    assert "  - **Washout (type 3 curve).** The spot gets bright fast." in text
    assert "  - **Enhancement and contrast dye.**" in text
    assert "doi:10.1148/radiology.211.1.r99ap38101" in text  # the washout figure's paper
    for source in load_content().descriptors.sources.values():
        assert source.checked_via not in text  # where a work was checked is never shown


def test_the_pdf_download_carries_them_too() -> None:
    with pdfplumber.open(io.BytesIO(explanation_pdf(MRI, date(2026, 3, 14)))) as pdf:
        text = " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())
    for part in ("Your breast tissue on MRI", "Background enhancement: Mild.", "Washout (type 3 curve).",
                 "Kinetics: how the dye moves.", "Amount of gland tissue on MRI: C"):
        assert part in text, part


def test_the_whole_mri_explanation_reads_at_grade_8_or_lower() -> None:
    words = explain(MRI)
    shown = [words.background_enhancement, words.fibroglandular_tissue,
             *(d.text for f in words.findings for d in f.details)]
    assert readability("\n".join(s.replace("**", "") for s in shown)).fk_grade <= MAX_GRADE


def test_every_descriptor_value_names_a_glossary_entry_that_exists_and_its_heading_links_to_it() -> None:
    from readingscan import link_terms, load_glossary

    glossary = load_glossary()
    values = [v for entry in load_content().descriptors.descriptors.values() for v in entry.values.values()]
    assert [v.term for v in values if not v.glossary] == [], "every descriptor value links to its glossary entry"
    named = [(v.term, v.glossary) for v in values]
    for term, slug in named:
        assert slug in glossary.entries, slug
        assert f"term={slug})" in link_terms(term, glossary), (term, slug, link_terms(term, glossary))


@pytest.mark.parametrize(("modalities", "name"), [
    ((Modality.CONTRAST_ENHANCED_MAMMOGRAPHY, Modality.MAMMOGRAPHY), "Diagnostic contrast mammogram"),
    ((Modality.CONTRAST_ENHANCED_MAMMOGRAPHY,), "Diagnostic contrast mammogram"),
    ((Modality.MRI,), "Diagnostic breast MRI"),
    ((Modality.MAMMOGRAPHY,), "Diagnostic mammogram"),
], ids=["cem-with-low-energy", "cem", "mri", "mammogram"])
def test_a_contrast_mammogram_is_named_as_such_not_as_a_plain_mammogram(modalities: tuple[Modality, ...],
                                                                        name: str) -> None:
    exam = Exam(modalities=modalities, purpose=Purpose.DIAGNOSTIC)
    assert exam_words(replace(report(), exam=exam)) == name
