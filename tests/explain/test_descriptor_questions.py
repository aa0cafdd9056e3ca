"""Questions for the doctor for the ultrasound, MRI and contrast-mammography findings: each new finding kind and
each descriptor has its own, chosen like the others by kind, status and outlook. A finding settled as harmless
gets reassuring questions, never biopsy ones. Reports are built here directly from findings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from readingscan import analyze
from readingscan.content import Outlook, load_content
from readingscan.explain.questions import choose_questions
from readingscan.model import DESCRIPTOR_VALUES, Breast, Descriptor, Finding, FindingKind, Report, Span, Status

# A category for each outlook (findings.yaml outlook rules); None: no category, so "open".
CATEGORY = {Outlook.BENIGN: "2", Outlook.WATCH: "3", Outlook.OPEN: None, Outlook.SUSPICIOUS: "4"}


def finding(kind: FindingKind, *descriptors: tuple[str, str], status: Status = Status.PRESENT) -> Finding:
    said = "FINDINGS: the finding as the report words it."
    return Finding(kind=kind, breast=Breast.RIGHT, status=status, stable=False, evidence=Span(0, len(said), said),
                   descriptors=tuple(sorted(descriptors)))


def report(one: Finding, outlook: Outlook) -> Report:
    category = CATEGORY[outlook]
    return replace(analyze(f"IMPRESSION: BI-RADS {category}." if category else "FINDINGS: see below."), findings=(one,))


def asked_for(kind: FindingKind | None = None, descriptor: str | None = None) -> set[str]:
    """The questions written for a kind, or for a descriptor (by name or name.value)."""
    found = set()
    for question in load_content().questions:
        when = question.when
        if kind is not None and kind in (when.kinds or ()):
            found.add(question.question)
        if descriptor is not None and any(d.split(".")[0] == descriptor for d in when.descriptors or ()):
            found.add(question.question)
    return found


CASES = [(kind, outlook) for kind in (FindingKind.NON_MASS, FindingKind.FOCUS) for outlook in Outlook]


@pytest.mark.parametrize(("kind", "outlook"), CASES, ids=[f"{k.value}-{o.value}" for k, o in CASES])
def test_each_new_kind_gets_a_question_of_its_own_whatever_its_outlook(kind: FindingKind, outlook: Outlook) -> None:
    questions = choose_questions(report(finding(kind), outlook))
    assert set(questions) & asked_for(kind=kind), questions
    if outlook is Outlook.BENIGN:
        assert not any("biopsy" in q.lower() for q in questions), questions


@pytest.mark.parametrize("rupture", ["none", "intracapsular", "extracapsular"])
def test_an_implant_is_asked_about_by_what_the_report_says_of_its_shell(rupture: str) -> None:
    questions = choose_questions(report(finding(FindingKind.IMPLANT, ("implant_rupture", rupture)), Outlook.OPEN))
    implant = [q for q in questions if q in asked_for(kind=FindingKind.IMPLANT)]
    assert implant, questions
    torn = any("taken out or replaced" in q for q in implant)
    assert torn is (rupture != "none"), implant
    assert any("silicone" in q for q in implant) is (rupture == "extracapsular"), implant
    assert not any("biopsy" in q.lower() for q in questions), questions  # a torn shell is not a cancer question


@pytest.mark.parametrize("name", list(Descriptor), ids=lambda d: d.value)
def test_every_descriptor_has_a_question_that_its_findings_are_asked(name: Descriptor) -> None:
    written = [q for q in load_content().questions
               if any(d.split(".")[0] == name.value for d in q.when.descriptors or ())]
    assert written, f"no question for {name.value}"
    for question in written:  # each can be asked: a finding that meets its conditions gets it
        value = next(d.split(".")[1] for d in question.when.descriptors or () if d.split(".")[0] == name.value)
        kind = (question.when.kinds or (FindingKind.MASS,))[0]
        outlook = (question.when.outlook or (Outlook.OPEN,))[0]
        questions = choose_questions(report(finding(kind, (name.value, value)), outlook))
        assert question.question in questions, (question.question, questions)


VALUES = [(name, value.value) for name, values in DESCRIPTOR_VALUES.items() for value in values]


@pytest.mark.parametrize(("name", "value"), VALUES, ids=[f"{n.value}.{v}" for n, v in VALUES])
def test_a_finding_settled_as_harmless_gets_no_biopsy_question_whatever_its_descriptors(name: Descriptor,
                                                                                       value: str) -> None:
    kind = FindingKind.IMPLANT if name is Descriptor.IMPLANT_RUPTURE else FindingKind.MASS
    questions = choose_questions(report(finding(kind, (name.value, value)), Outlook.BENIGN))
    assert not any("biopsy" in q.lower() for q in questions), questions


def test_a_sign_for_a_closer_look_is_not_asked_about_once_the_finding_is_settled() -> None:
    washout = finding(FindingKind.MASS, ("kinetics_delayed", "washout"))
    asked = set(choose_questions(report(washout, Outlook.OPEN)))
    settled = set(choose_questions(report(washout, Outlook.BENIGN)))
    kinetics = asked_for(descriptor="kinetics_delayed")
    assert asked & kinetics and not settled & kinetics - {q for q in kinetics if "harmless" in q}


def test_a_descriptor_of_a_finding_said_to_be_absent_asks_nothing() -> None:
    gone = finding(FindingKind.MASS, ("posterior_features", "shadowing"), status=Status.ABSENT)
    assert not set(choose_questions(report(gone, Outlook.OPEN))) & asked_for(descriptor="posterior_features")
