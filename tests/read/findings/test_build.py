"""Sentences end to end through build_findings (by way of readingscan.analyze): sides, status, "at this site"."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Breast, Finding, FindingKind, SectionKind, Status
from readingscan.read.findings import build_findings
from readingscan.read.lexicon import lexicon_for
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import split_sentences
from readingscan.rules.records import LexiconGroup


def only_finding(text: str) -> Finding:
    (finding,) = analyze(text).findings
    return finding


SIDES = [
    # (report, side of its one finding)
    ("EXAM: Right diagnostic mammogram.\nFINDINGS: A circumscribed mass in the left breast.", Breast.LEFT),
    ("EXAM: Bilateral diagnostic mammogram.\nFINDINGS:\nLEFT BREAST: A circumscribed mass.", Breast.LEFT),
    ("EXAM: Bilateral diagnostic mammogram.\nFINDINGS:\nLEFT BREAST: A circumscribed mass in the right breast.", Breast.RIGHT),
    ("EXAM: Left diagnostic mammogram.\nFINDINGS: A circumscribed mass.", Breast.LEFT),
    ("FINDINGS: A circumscribed mass.", None),
]


@pytest.mark.parametrize(("text", "side"), SIDES, ids=[
    "sentence-over-exam", "sub-header", "sentence-over-sub-header", "exam-title", "no-side-anywhere",
])
def test_the_side_comes_from_the_sentence_then_the_sub_header_then_the_exam(text: str, side: Breast | None) -> None:
    assert only_finding(text).breast is side


def test_sub_headers_give_each_breast_its_own_findings() -> None:
    report = analyze(
        "EXAM: Bilateral diagnostic mammogram.\nFINDINGS:\nRIGHT BREAST: Coarse calcifications.\n"
        "LEFT BREAST: A circumscribed mass."
    )
    assert [(f.kind, f.breast) for f in report.findings] == [
        (FindingKind.CALCIFICATION, Breast.RIGHT), (FindingKind.MASS, Breast.LEFT),
    ]


STATUSES = [
    # (sentence, status, stable)
    ("A circumscribed mass in the left breast.", Status.PRESENT, False),
    ("No suspicious mass in the left breast.", Status.ABSENT, False),
    ("Possible focal asymmetry in the left breast.", Status.POSSIBLE, False),
    ("A stable oval mass in the left breast.", Status.PRESENT, True),
    ("An oval mass in the left breast, unchanged from the prior study.", Status.PRESENT, True),
]


@pytest.mark.parametrize(("sentence", "status", "stable"), STATUSES, ids=[
    "present", "absent", "possible", "stable", "unchanged",
])
def test_status_and_stable(sentence: str, status: Status, stable: bool) -> None:
    finding = only_finding(f"FINDINGS: {sentence}")
    assert (finding.status, finding.stable) == (status, stable)
    assert (finding.status_trigger is None) == (status is Status.PRESENT)


def test_the_impression_repeating_a_finding_adds_to_it() -> None:
    finding = only_finding(
        "EXAM: Left diagnostic mammogram.\nFINDINGS: A stable oval mass.\n"
        "IMPRESSION: Oval mass in the left breast, stable. BI-RADS 2."
    )
    assert (finding.breast, finding.stable) == (Breast.LEFT, True)
    assert [e.text for e in finding.extra_evidence] == ["Oval mass in the left breast, stable."]


AT_THIS_SITE = [
    # (report, side, clock face of its one mass)
    ("FINDINGS: Palpable lump in the left breast at 2 o'clock. Ultrasound at this site shows an irregular "
     "hypoechoic mass measuring 9 mm.", Breast.LEFT, "2:00"),
    ("FINDINGS: Palpable lump in the left breast at 2 o'clock. Ultrasound shows an irregular hypoechoic mass "
     "measuring 9 mm.", Breast.LEFT, None),
    ("FINDINGS: Palpable lump in the left breast at 2 o'clock. Ultrasound at this site shows an irregular "
     "hypoechoic mass at 3 o'clock.", Breast.LEFT, "3:00"),
    ("FINDINGS: Palpable lump in the left breast at 2 o'clock. The right breast was also scanned. Ultrasound at "
     "this site shows an irregular hypoechoic mass.", Breast.RIGHT, None),
]


@pytest.mark.parametrize(("text", "side", "clock"), AT_THIS_SITE, ids=[
    "carries-side-and-clock", "without-it-the-side-continues-not-the-clock", "own-clock-wins", "only-the-sentence-just-before",
])
def test_at_this_site_carries_the_side_and_clock(text: str, side: Breast | None, clock: str | None) -> None:
    mass = only_finding(text)
    assert mass.kind is FindingKind.MASS and mass.breast is side
    assert (mass.location.clock if mass.location else None) == clock


def test_build_findings_directly_gives_findings_in_order_of_first_mention() -> None:
    text = (
        "FINDINGS: Grouped amorphous calcifications in the right breast. No mass in the left breast.\n"
        "IMPRESSION: Grouped amorphous calcifications, right breast. BI-RADS 4B."
    )
    sections = split_sections(text)
    sentences = split_sentences(text, sections, breast_headers(text, sections))
    findings = build_findings(text, sentences, lexicon_for(LexiconGroup.FINDINGS).find(text), None)
    assert [(f.kind, f.breast, f.status) for f in findings] == [
        (FindingKind.CALCIFICATION, Breast.RIGHT, Status.PRESENT), (FindingKind.MASS, Breast.LEFT, Status.ABSENT),
    ]
    assert len(findings[0].extra_evidence) == 1
    assert findings == analyze(text).findings


@pytest.mark.parametrize("text", [
    "Referral with a lump in the left breast.\nFINDINGS: Negative. BI-RADS 1.",
    "Presenting with a palpable mass in the right breast.\nIMPRESSION: Normal study. BI-RADS 1.",
    "C/O a lump in the left breast for 2 months.\nFINDINGS: Fatty breasts. BI-RADS 1.",
], ids=["referral", "presenting", "c/o"])
def test_an_untitled_indication_line_is_never_a_finding_nor_its_evidence(text: str) -> None:
    report = analyze(text)
    assert not [f for f in report.findings if f.status is not Status.ABSENT]
    assert all(f.evidence.section is not SectionKind.HEADER for f in report.findings)


def test_a_case_report_continues_the_side_of_the_presenting_complaint() -> None:
    report = analyze("A 52-year-old woman presented with a palpable lump in the left breast. Mammography showed a "
                     "2 cm irregular mass with spiculated margins.")
    assert [(f.kind, f.breast) for f in report.findings] == [(FindingKind.MASS, Breast.LEFT)]
