"""The explanation's sentences are grammatical English: every finding kind and name x status x count x side x
stable through the templates (articles, plurals, verb agreement, nothing said twice, no heading repeated), and
every category's summary (the heading never repeated, 0 and 6 said for what they are, the report's own next
step not said again).

The counts come from the report's own words in the finding's sentence, as in a real report.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from readingscan import analyze, explain
from readingscan.content import load_content
from readingscan.explain.text import explain_finding
from readingscan.model import (
    DESCRIPTOR_VALUES,
    Breast,
    Category,
    Descriptor,
    Distribution,
    Finding,
    FindingKind,
    Morphology,
    Span,
    Status,
)
from tests.conftest import ROOT

LEXICON = ROOT / "readingscan" / "rules" / "lexicon.yaml"
# Said with a consonant sound though spelt with a vowel, and the reverse (English; kept apart from the app's table).
A_BEFORE_VOWEL = {"one", "once", "unilateral", "uniform", "unique", "usual", "used", "euro"}
AN_BEFORE_CONSONANT = {"hour", "honest", "mri", "us"}


# The kind of each name the grammar table holds ahead of the lexicon (ultrasound, MRI, implants: issue 15).
AHEAD = {"implant": FindingKind.IMPLANT, "implant rupture": FindingKind.IMPLANT,
         "intracapsular rupture": FindingKind.IMPLANT, "extracapsular rupture": FindingKind.IMPLANT,
         "non-mass lesion": FindingKind.NON_MASS, "focus of enhancement": FindingKind.FOCUS}


def finding_names() -> list[tuple[FindingKind, str]]:
    """(kind, label) of every finding name the lexicon gives, each name the grammar table holds ahead of it,
    and each kind with no name."""
    names = {(FindingKind(r["value"]), r.get("label") or r["literal"])
             for r in yaml.safe_load(Path(LEXICON).read_text(encoding="utf-8")) if r["category"] == "finding"}
    given = {label for _, label in names}
    names |= {(AHEAD.get(label, FindingKind.OTHER), label) for label in load_content().findings.labels
              if label not in given}
    return sorted(names) + [(kind, "") for kind in FindingKind]


def forms(kind: FindingKind, label: str) -> tuple[str, str]:
    names = load_content().findings
    noun = names.labels.get(label) or names.kinds[kind]
    return noun.one, noun.several


def make(kind: FindingKind, label: str, status: Status, several: bool, side: Breast | None, stable: bool,
         morphology: tuple[Morphology, ...] = (), distribution: Distribution | None = None) -> Finding:
    one, many = forms(kind, label)
    said = f"There are {many} here." if several else f"There is one {one} here."
    return Finding(kind=kind, breast=side, status=status, stable=stable, evidence=Span(0, len(said), said),
                   label=label, morphology=morphology, distribution=distribution)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.replace("**", "").strip()) if s]


def check_english(text: str) -> None:
    """Articles, spacing, capitals and the phrases the issue names."""
    assert text[:1].isupper() and text.endswith("."), text
    assert "  " not in text and " ." not in text and ".." not in text and " ," not in text, text
    for word in re.findall(r"\ba ([a-z][\w-]*)", text, re.IGNORECASE):
        assert word[0].lower() not in "aeiou" or word.lower() in A_BEFORE_VOWEL, f"'a {word}' in: {text}"
    for word in re.findall(r"\ban ([a-z][\w-]*)", text, re.IGNORECASE):
        assert word[0].lower() in "aeiou" or word.lower() in AN_BEFORE_CONSONANT, f"'an {word}' in: {text}"
    for wrong in ("rod like", "there may be mass", "describes cyst", "describes mass", "It are", "They is",
                  "not given"):
        assert not re.search(rf"\b{wrong}\b", text, re.IGNORECASE), f"{wrong!r} in: {text}"
    said = sentences(text)
    assert len(said) == len(set(said)), f"said twice: {text}"


CASES = list(itertools.product(finding_names(), Status, (False, True), (Breast.LEFT, Breast.RIGHT, Breast.BOTH, None),
                               (False, True)))


@pytest.mark.parametrize(("name", "status", "several", "side", "stable"), CASES,
                         ids=[f"{k.value}:{label or '-'}-{st.value}-{'several' if n else 'one'}-{s.value if s else 'none'}"
                              f"{'-stable' if sb else ''}" for (k, label), st, n, s, sb in CASES])
def test_every_finding_reads_as_a_sentence(name: tuple[FindingKind, str], status: Status, several: bool,
                                           side: Breast | None, stable: bool) -> None:
    kind, label = name
    one, many = forms(kind, label)
    text = explain_finding(make(kind, label, status, several, side, stable))
    check_english(text.sentence)
    mass_noun = one == many
    # One lesion is never in both breasts: a countable finding there is several.
    plural = not mass_noun and (several or side is Breast.BOTH)
    noun = many if plural else one
    assert text.title.endswith(f": {noun}"), text.title
    assert text.title not in text.sentence  # the card's heading is not said again
    if status is Status.ABSENT:
        assert f"no {noun} {'were' if plural else 'was'} seen" in text.sentence, text.sentence
    else:
        opening = "The report describes " if status is Status.PRESENT else "The report says there may be "
        assert text.sentence.startswith(opening), text.sentence
        rest = text.sentence.removeprefix(opening)
        if plural or mass_noun:
            assert rest.startswith(f"{noun} ("), text.sentence  # no article before several, or a mass noun
        else:
            assert re.match(rf"an? {re.escape(noun)} \(", rest), text.sentence
    if stable and status is not Status.ABSENT:
        assert ("They are unchanged" if plural else "It is unchanged") in text.sentence, text.sentence
    if status is Status.ABSENT:
        assert "unchanged" not in text.sentence  # "no mass was seen. It is unchanged" says nothing
    for detail in text.details:  # an MRI focus says what enhancement is, in sentences of its own
        check_english(detail.text)


NEW_KINDS = (FindingKind.NON_MASS, FindingKind.FOCUS, FindingKind.IMPLANT)


def test_the_table_holds_every_new_kind_with_and_without_a_name() -> None:
    named = {kind for kind, _ in finding_names()}
    assert set(NEW_KINDS) <= named
    assert sum(1 for kind, label in finding_names() if kind in NEW_KINDS and label) >= len(NEW_KINDS)


VALUES = [(name, value.value) for name, values in DESCRIPTOR_VALUES.items() for value in values]


@pytest.mark.parametrize(("name", "value"), VALUES, ids=[f"{n.value}.{v}" for n, v in VALUES])
def test_every_descriptor_value_reads_as_sentences_on_its_card(name: Descriptor, value: str) -> None:
    kind = {Descriptor.IMPLANT_RUPTURE: FindingKind.IMPLANT, Descriptor.NME_DISTRIBUTION: FindingKind.NON_MASS}.get(
        name, FindingKind.MASS)
    finding = replace(make(kind, "", Status.PRESENT, False, Breast.LEFT, False), descriptors=((name.value, value),))
    card = explain_finding(finding)
    check_english(card.sentence)
    assert card.details
    for detail in card.details:
        check_english(detail.text)
        assert detail.term[:1].isupper() and not detail.term.endswith("."), detail.term


SHAPES = [(m,) for m in Morphology] + [(Morphology.FINE_PLEOMORPHIC, Morphology.AMORPHOUS)]


@pytest.mark.parametrize("shapes", SHAPES, ids=["+".join(m.value for m in s) for s in SHAPES])
@pytest.mark.parametrize("pattern", [None, *Distribution], ids=lambda d: d.value if d else "no-pattern")
@pytest.mark.parametrize("several", [False, True], ids=["one", "several"])
def test_calcifications_with_their_shapes_and_patterns_read_as_sentences(
        shapes: tuple[Morphology, ...], pattern: Distribution | None, several: bool) -> None:
    finding = make(FindingKind.CALCIFICATION, "calcifications", Status.PRESENT, several, Breast.LEFT, False,
                   shapes, pattern)
    sentence = explain_finding(finding).sentence
    check_english(sentence)
    if len(shapes) == 2:
        assert "fine pleomorphic and amorphous" in sentence  # a list, not "fine pleomorphic, amorphous"
    assert not re.search(r"\b(\w+(?: \w+){0,2}) \1\b", sentence), sentence  # no words said twice in a row


def test_a_shape_already_in_the_name_is_said_once() -> None:
    finding = make(FindingKind.CALCIFICATION, "milk of calcium", Status.PRESENT, True, Breast.RIGHT, False,
                   (Morphology.MILK_OF_CALCIUM,), Distribution.GROUPED)
    assert explain_finding(finding).sentence.count("milk of calcium") == 1


def test_large_rod_like_is_hyphenated() -> None:
    finding = make(FindingKind.CALCIFICATION, "calcifications", Status.PRESENT, True, Breast.BOTH, True,
                   (Morphology.LARGE_ROD_LIKE,), Distribution.DIFFUSE)
    assert "diffuse large rod-like calcifications" in explain_finding(finding).sentence


@pytest.mark.parametrize(("text", "words"), [
    ("FINDINGS: An 8 mm simple cyst in the right breast at 10 o'clock. BI-RADS 2.", "a cyst"),
    ("FINDINGS: Bilateral simple cysts, the largest 9 mm. BI-RADS 2.", "cysts (small sacs"),
    ("FINDINGS: Several left axillary lymph nodes are mildly prominent.", "lymph nodes in the armpit"),
    ("FINDINGS: Benign-appearing calcifications in the left breast. BI-RADS 2.", "calcifications (tiny spots"),
    ("FINDINGS: A single coarse calcification in the left breast. BI-RADS 2.", "a coarse calcification"),
    ("FINDINGS: Possible mass in the left breast at 2 o'clock.", "there may be a mass"),
    ("FINDINGS: Amorphous calcification, left breast.", "an amorphous calcification"),
], ids=["one-cyst", "several-cysts", "several-nodes", "calcifications", "one-calcification", "possible-mass",
        "an-amorphous"])
def test_the_count_and_article_follow_the_reports_words(text: str, words: str) -> None:
    sentences_said = [f.sentence for f in explain(analyze(text)).findings if f.finding.status is not Status.ABSENT]
    assert any(words in s for s in sentences_said), sentences_said


REPORTS = {
    "stated": "IMPRESSION: BI-RADS {v}.",
    "one-breast": "IMPRESSION: Left breast: BI-RADS {v}.",
    "two-breasts": "IMPRESSION: Right breast: BI-RADS {v}. Left breast: BI-RADS 2.",
}


@pytest.mark.parametrize("form", list(REPORTS))
@pytest.mark.parametrize("category", list(Category), ids=lambda c: c.value)
def test_the_summary_never_repeats_its_heading_nor_itself(form: str, category: Category) -> None:
    report = analyze(REPORTS[form].format(v=category.value))
    words = explain(report)
    overall = report.assessment.overall
    assert overall is not None
    name = load_content().explain.categories[overall].name
    assert words.heading == f"BI-RADS {overall.value}: {name}"
    check_english(words.summary)
    assert not re.search(rf"BI-RADS {overall.value}(?![0-9A-C])", words.summary), words.summary
    assert "The report gives BI-RADS" not in words.summary
    said = sentences(" ".join([words.summary, *words.next_steps]))
    assert len(said) == len(set(said)), said


def test_categories_0_and_6_say_what_they_are_not_that_a_likelihood_is_missing() -> None:
    incomplete = explain(analyze("IMPRESSION: BI-RADS 0: additional imaging is needed.")).summary
    known = explain(analyze("IMPRESSION: Known biopsy-proven cancer, left breast. BI-RADS 6.")).summary
    assert "not given" not in incomplete.lower() and "not given" not in known.lower()
    assert "More imaging is needed before" in incomplete
    assert "biopsy has already proven cancer" in known


def test_the_reports_own_next_step_is_not_said_again_in_the_summary() -> None:
    words = explain(analyze("IMPRESSION: Suspicious mass, left breast. BI-RADS 4B.\n"
                            "RECOMMENDATION: Ultrasound-guided core biopsy."))
    assert words.next_steps, "the report's biopsy advice is read"
    said = sentences(" ".join([words.summary, *words.next_steps]))
    assert len(said) == len(set(said)), said


def test_a_category_for_one_breast_says_so_without_repeating_it() -> None:
    words = explain(analyze("IMPRESSION: Right breast: BI-RADS 4A. Left breast: BI-RADS 2."))
    assert words.summary.startswith("The report gives this category for the right breast.")
    assert "Left breast: BI-RADS 2 (Benign)." in words.summary
    assert "Right breast: BI-RADS 4A" not in words.summary
