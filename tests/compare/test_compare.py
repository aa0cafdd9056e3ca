"""Comparing an older and a newer report: hand-written pairs read by the engine with the exact change
of each finding, and properties over the golden corpus (a report against itself is all unchanged; new
one way is resolved the other way; every sentence reads at grade 8 or lower)."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from readingscan import analyze
from readingscan.compare.changes import Change, Comparison, compare_reports
from readingscan.glossary.readability import readability
from readingscan.model import Report, Status
from tests.conftest import golden_cases

C = Change


def compare(prior: str, current: str) -> Comparison:
    return compare_reports(analyze(prior), analyze(current))


def changes(comparison: Comparison) -> list[tuple[Change, tuple[str, ...]]]:
    return sorted((item.change, item.differences) for item in comparison.findings)


CALCS_4 = "FINDINGS: Grouped amorphous calcifications in the left breast at 2 o'clock.\nIMPRESSION: BI-RADS 4."
PAIRS = [
    (CALCS_4, CALCS_4.replace("amorphous", "fine pleomorphic"), [(C.CHANGED, ("morphology",))], "morphology"),
    (CALCS_4, CALCS_4.replace("Grouped", "Segmental"), [(C.CHANGED, ("distribution",))], "distribution"),
    (CALCS_4, "FINDINGS: Stable grouped amorphous calcifications, left breast 2:30.\nBI-RADS 3.",
     [(C.UNCHANGED, ())], "clock-within-an-hour"),
    (CALCS_4, "FINDINGS: Grouped amorphous calcifications in the left breast at 7 o'clock.\nBI-RADS 4.",
     [(C.NEW, ()), (C.RESOLVED, ("not mentioned",))], "clock-far-apart"),
    (CALCS_4, CALCS_4.replace("left", "right"), [(C.NEW, ()), (C.RESOLVED, ("not mentioned",))], "other-breast"),
    (CALCS_4, "FINDINGS: Grouped amorphous calcifications in the left upper outer quadrant.\nBI-RADS 4.",
     [(C.UNCHANGED, ())], "clock-inside-quadrant"),
    (CALCS_4, "FINDINGS: Grouped amorphous calcifications in the left upper inner quadrant.\nBI-RADS 4.",
     [(C.NEW, ()), (C.RESOLVED, ("not mentioned",))], "clock-outside-quadrant"),
    ("FINDINGS: Simple cyst in the right breast at 10 o'clock. BI-RADS 2.",
     "FINDINGS: The right breast cyst is no longer seen. BI-RADS 1.", [(C.RESOLVED, ("said to be gone",))],
     "cyst-gone"),
    ("FINDINGS: Simple cyst in the right breast at 10 o'clock. BI-RADS 2.",
     "FINDINGS: No suspicious masses or calcifications. BI-RADS 1.", [(C.RESOLVED, ("not mentioned",))],
     "cyst-not-mentioned-by-a-general-list"),
    ("FINDINGS: No suspicious masses. BI-RADS 1.",
     "FINDINGS: There is a 9 mm irregular mass in the left breast at 2 o'clock. BI-RADS 4.", [(C.NEW, ())],
     "new-mass"),
    ("FINDINGS: No mass in the left breast. BI-RADS 1.",
     "FINDINGS: There is a 9 mm irregular mass in the left breast at 2 o'clock. BI-RADS 4.",
     [(C.NEW, ("said absent before",))], "new-mass-after-no-mass-in-that-breast"),
    ("FINDINGS: Oval mass in the left breast at 4 o'clock, 8 mm. BI-RADS 3.",
     "FINDINGS: Oval mass in the left breast at 4 o'clock, now 12 mm. BI-RADS 4A.", [(C.CHANGED, ("size",))],
     "size-8-to-12"),
    ("FINDINGS: Oval mass in the left breast at 4 o'clock, 8 mm. BI-RADS 3.",
     "FINDINGS: Oval mass in the left breast at 4 o'clock, 9 mm. BI-RADS 3.", [(C.UNCHANGED, ())],
     "size-8-to-9-is-noise"),
    ("FINDINGS: Possible asymmetry in the right breast, upper outer quadrant. BI-RADS 0.",
     "FINDINGS: Focal asymmetry in the right breast, upper outer quadrant. BI-RADS 4A.",
     [(C.CHANGED, ("status",))], "possible-to-present"),
    ("FINDINGS: No suspicious calcifications. BI-RADS 1.", "FINDINGS: No suspicious calcifications. BI-RADS 1.",
     [], "absent-and-absent-say-nothing"),
]


@pytest.mark.parametrize(("prior", "current", "expected"), [p[:3] for p in PAIRS], ids=[p[3] for p in PAIRS])
def test_pair(prior: str, current: str, expected: list[tuple[Change, tuple[str, ...]]]) -> None:
    assert changes(compare(prior, current)) == sorted(expected)


def test_the_sentences_of_a_follow_up() -> None:
    prior = ("FINDINGS: The breasts are heterogeneously dense. Grouped amorphous calcifications in the left breast "
             "at 2 o'clock. Simple cyst in the right breast at 10 o'clock. Oval mass left breast 4 o'clock, 8 mm.\n"
             "IMPRESSION: BI-RADS 3.")
    current = ("FINDINGS: Scattered areas of fibroglandular density. Grouped fine pleomorphic calcifications in the "
               "left breast at 2 o'clock. The right breast cyst is no longer seen. Oval mass left breast 4 o'clock, "
               "now 12 mm. New 6 mm irregular mass in the right breast at 7 o'clock.\nIMPRESSION: BI-RADS 2.")
    result = compare(prior, current)
    assert result.category_sentence == "The BI-RADS category was 3 (probably benign). Now it is 2 (benign)."
    assert result.density_sentence == (
        "Breast density was C (heterogeneously dense). Now it is B (scattered areas of dense tissue).")
    assert {item.sentence for item in result.findings} == {
        "The calcifications in the left breast at 2 o'clock were called amorphous before. "
        "Now they are called fine pleomorphic.",
        "The 8 mm mass in the left breast at 4 o'clock now measures 12 mm.",
        "Seen before: a cyst in the right breast at 10 o'clock. The newer report says it is gone.",
        "New in this report: a mass in the right breast at 7 o'clock.",
    }
    gone = next(item for item in result.findings if item.change is C.RESOLVED)
    assert gone.prior is not None and gone.current is not None and gone.current.status is Status.ABSENT
    assert not gone.not_mentioned


def test_not_mentioned_is_told_apart_from_gone() -> None:
    result = compare("FINDINGS: Simple cyst in the right breast at 10 o'clock. BI-RADS 2.", "FINDINGS: Negative.")
    (item,) = result.findings
    assert item.not_mentioned and item.current is None
    assert item.sentence == "Seen before: a cyst in the right breast at 10 o'clock. The newer report does not mention it."


def test_category_and_density_sentences_when_one_report_gives_none() -> None:
    result = compare("FINDINGS: Negative.", "FINDINGS: The breasts are extremely dense. BI-RADS 1.")
    assert result.prior_category is None and result.current_category is not None
    assert result.category_sentence == "The older report gives no BI-RADS category. The newer one gives 1 (negative)."
    assert result.density_sentence == "The older report gives no breast density. The newer one gives D (extremely dense)."
    back = compare("FINDINGS: The breasts are extremely dense. BI-RADS 1.", "FINDINGS: Negative.")
    assert back.category_sentence.startswith("The newer report gives no BI-RADS category. The older one gave 1")
    assert compare("FINDINGS: Negative.", "FINDINGS: Negative.").category_sentence == (
        "Neither report gives a BI-RADS category.")


def test_a_stable_finding_says_so() -> None:
    result = compare("FINDINGS: Oval mass in the left breast at 4 o'clock, 8 mm. BI-RADS 3.",
                     "FINDINGS: Stable 8 mm oval mass in the left breast at 4 o'clock. BI-RADS 2.")
    (item,) = result.findings
    assert item.change is C.UNCHANGED
    assert item.sentence == ("Seen in both reports: a mass in the left breast at 4 o'clock. "
                             "The newer report says it has not changed.")


@cache
def corpus() -> tuple[Report, ...]:
    return tuple(analyze(path.read_text(encoding="utf-8"), path.name) for path in golden_cases())


@pytest.mark.parametrize("index", range(len(golden_cases())), ids=[p.stem for p in golden_cases()])
def test_a_report_against_itself_is_unchanged(index: int) -> None:
    report = corpus()[index]
    result = compare_reports(report, report)
    seen = [f for f in report.findings if f.status is not Status.ABSENT]
    assert [item.change for item in result.findings] == [C.UNCHANGED] * len(seen)
    assert all(item.prior is item.current for item in result.findings)
    assert ("stayed" in result.category_sentence) == (report.assessment.overall is not None)
    assert ("stayed" in result.density_sentence) == (report.density is not None)


def test_comparison_is_symmetric_in_counts_over_corpus_pairs() -> None:
    reports = corpus()
    for a, b in itertools.combinations(reports, 2):
        forward, backward = compare_reports(a, b), compare_reports(b, a)
        assert forward.count(C.NEW) == backward.count(C.RESOLVED), (a.document.source.name, b.document.source.name)
        assert forward.count(C.RESOLVED) == backward.count(C.NEW)
        assert forward.count(C.UNCHANGED) + forward.count(C.CHANGED) == (
            backward.count(C.UNCHANGED) + backward.count(C.CHANGED))


def test_sentences_read_at_grade_8_or_lower() -> None:
    """Each kind of sentence, pooled over consecutive corpus pairs and the hand-written pairs."""
    reports = corpus()
    results = [compare_reports(a, b) for a, b in itertools.pairwise((*reports, reports[0]))]
    results += [compare(prior, current) for prior, current, *_ in PAIRS]
    families: dict[str, set[str]] = {"category": set(), "density": set()}
    for result in results:
        families["category"].add(result.category_sentence)
        families["density"].add(result.density_sentence)
        for item in result.findings:
            families.setdefault(item.change.value, set()).add(item.sentence)
    assert set(families) == {"category", "density", *Change}
    assert sum(len(s) for s in families.values()) > 100
    for family, sentences in families.items():
        assert readability(" ".join(sorted(sentences))).fk_grade <= 8, family
