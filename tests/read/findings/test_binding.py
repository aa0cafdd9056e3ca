"""Which finding each descriptor, place, clock face and size of one sentence goes to (binding.bind_descriptors).

The sentences are read by the real lexicon; the drafts (one per finding word, with the status the
context would give) are made here, so binding is tested on its own.
"""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from readingscan.model import Breast, Distribution, FindingKind, Morphology, Quadrant, SectionKind, Span, Status
from readingscan.read.findings.binding import bind_descriptors
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import Mention, lexicon_for
from readingscan.rules.records import LexiconGroup


def heads_and_drafts(
    text: str, absent: frozenset[str] = frozenset(), passing: frozenset[str] = frozenset(),
) -> tuple[tuple[Mention, ...], list[Mention], tuple[Draft, ...]]:
    """The sentence's mentions, its finding words, and one draft per finding word.

    ``absent``: finding words said to be absent; ``passing``: finding words named only in passing.
    """
    mentions = lexicon_for(LexiconGroup.FINDINGS).find(text)
    heads = [m for m in mentions if m.has("finding")]
    span = Span(0, len(text), text, SectionKind.FINDINGS)
    drafts = []
    for head in heads:
        rule = head.reading("finding")
        assert rule is not None
        drafts.append(Draft(
            kind=FindingKind(rule.value), label=rule.label, term=rule.term, breast=Breast.LEFT,
            status=Status.ABSENT if head.span.text.lower() in absent else Status.PRESENT, stable=False, evidence=span,
            section=span.section, reference_only=head.span.text.lower() in passing,
        ))
    return mentions, heads, tuple(drafts)


def bind(text: str, **which: frozenset[str]) -> dict[str, Draft]:
    """The drafts of ``text`` after binding, by their finding word in lower case."""
    mentions, heads, drafts = heads_and_drafts(text, **which)
    bound = bind_descriptors(text, Span(0, len(text), text), mentions, heads, drafts)
    assert len(bound) == len(drafts)
    return {head.span.text.lower(): draft for head, draft in zip(heads, bound, strict=True)}


DESCRIPTORS = [
    # (sentence, finding word, morphology, distribution, descriptors)
    ("Fine pleomorphic calcifications and an irregular mass.", "calcifications", (Morphology.FINE_PLEOMORPHIC,), None, ()),
    ("Fine pleomorphic calcifications and an irregular mass.", "mass", (), None, (("shape", "irregular"),)),
    # "amorphous" is nearer the mass, but only calcifications have a morphology.
    ("Calcifications are seen next to a mass which is amorphous.", "calcifications", (Morphology.AMORPHOUS,), None, ()),
    ("Calcifications are seen next to a mass which is amorphous.", "mass", (), None, ()),
    ("An irregular mass with fine pleomorphic calcifications.", "mass", (), None, (("shape", "irregular"),)),
    ("An irregular mass with fine pleomorphic calcifications.", "calcifications", (Morphology.FINE_PLEOMORPHIC,), None, ()),
    ("Grouped coarse calcifications.", "calcifications", (Morphology.COARSE,), Distribution.GROUPED, ()),
    ("An oval circumscribed mass.", "mass", (), None, (("margin", "circumscribed"), ("shape", "oval"))),
    # "round" is a shape of a mass and a morphology of calcifications: each takes its own reading.
    ("A round mass.", "mass", (), None, (("shape", "round"),)),
    ("Round calcifications.", "calcifications", (Morphology.ROUND,), None, ()),
]


@pytest.mark.parametrize(
    ("text", "head", "morphology", "distribution", "descriptors"), DESCRIPTORS,
    ids=[f"{text[:30]}-{head}" for text, head, *_ in DESCRIPTORS],
)
def test_descriptors_go_to_the_nearest_head_of_the_fitting_kind(
    text: str, head: str, morphology: tuple[Morphology, ...], distribution: Distribution | None,
    descriptors: tuple[tuple[str, str], ...],
) -> None:
    draft = bind(text)[head]
    assert (draft.morphology, draft.distribution, draft.descriptors) == (morphology, distribution, descriptors)


def test_a_place_opening_the_sentence_belongs_to_every_finding_after_it() -> None:
    text = "In the upper outer quadrant there is no mass, but there are coarse calcifications."
    drafts = bind(text, absent=frozenset({"mass"}))
    assert drafts["mass"].quadrant is Quadrant.UPPER_OUTER
    assert drafts["calcifications"].quadrant is Quadrant.UPPER_OUTER


def test_a_place_ending_a_mixed_sentence_belongs_to_the_nearest_finding() -> None:
    text = "There is no mass, but there are coarse calcifications in the upper outer quadrant."
    drafts = bind(text, absent=frozenset({"mass"}))
    assert drafts["mass"].quadrant is None
    assert drafts["calcifications"].quadrant is Quadrant.UPPER_OUTER


@pytest.mark.parametrize(("absent", "owners"), [
    (frozenset({"asymmetry", "mass", "distortion"}), {"asymmetry", "mass", "distortion"}),
    (frozenset({"asymmetry", "mass"}), {"distortion"}),
], ids=["all-negated", "not-all-negated"])
def test_a_place_after_a_negated_list_belongs_to_the_whole_list(absent: frozenset[str], owners: set[str]) -> None:
    drafts = bind("No asymmetry, mass or distortion in the upper outer quadrant.", absent=absent)
    assert {word for word, d in drafts.items() if d.quadrant is Quadrant.UPPER_OUTER} == owners


def test_a_node_site_is_a_descriptor_of_the_node() -> None:
    assert bind("An enlarged lymph node in the axilla.")["lymph node"].descriptors == (("site", "axillary"),)


def test_clock_faces_go_to_their_nearest_finding() -> None:
    drafts = bind("A mass at 2 o'clock and calcifications at 10 o'clock.")
    assert (drafts["mass"].clock, drafts["calcifications"].clock) == ("2:00", "10:00")


def test_a_clock_face_already_given_stands() -> None:
    text = "A mass at 2 o'clock."
    mentions, heads, drafts = heads_and_drafts(text)
    (bound,) = bind_descriptors(text, Span(0, len(text), text), mentions, heads, (replace(drafts[0], clock="9:00"),))
    assert bound.clock == "9:00"


@pytest.mark.parametrize(("text", "owner", "size"), [
    ("A 12 mm oval mass and punctate calcifications.", "mass", 12.0),
    ("Punctate calcifications and an oval mass measuring 8 mm.", "mass", 8.0),
    ("An oval mass and punctate calcifications spanning 3 cm.", "calcifications", 30.0),
], ids=["before-the-mass", "after-the-mass", "centimetres-after-calcifications"])
def test_a_size_goes_to_the_nearest_finding(text: str, owner: str, size: float) -> None:
    drafts = bind(text)
    assert {word: d.size_mm for word, d in drafts.items()} == {
        word: (size if word == owner else None) for word in drafts
    }


def test_the_first_size_said_stands() -> None:
    assert bind("An oval mass measuring 8 mm, previously 6 mm.")["mass"].size_mm == 8.0


@pytest.mark.parametrize(("passing", "mass_margin", "mass_size", "calcification_size"), [
    (frozenset(), (("margin", "spiculated"),), 6.0, None),
    (frozenset({"mass"}), (), None, 6.0),
], ids=["mass-described", "mass-in-passing"])
def test_a_reference_only_head_owns_nothing(
    passing: frozenset[str], mass_margin: tuple[tuple[str, str], ...], mass_size: float | None,
    calcification_size: float | None,
) -> None:
    drafts = bind("Grouped calcifications lie beside the spiculated mass, measuring 6 mm.", passing=passing)
    assert (drafts["mass"].descriptors, drafts["mass"].size_mm) == (mass_margin, mass_size)
    assert drafts["calcifications"].size_mm == calcification_size
    assert drafts["calcifications"].distribution is Distribution.GROUPED


def test_binding_does_not_change_its_inputs() -> None:
    text = "Grouped fine pleomorphic calcifications at 2 o'clock and an oval mass measuring 8 mm."
    mentions, heads, drafts = heads_and_drafts(text)
    before = copy.deepcopy(drafts)
    bound = bind_descriptors(text, Span(0, len(text), text), mentions, heads, drafts)
    assert drafts == before
    assert all(d.clock is None and d.size_mm is None and not d.morphology for d in drafts)
    assert bound != drafts and bound[0].clock == "2:00" and bound[1].size_mm == 8.0
