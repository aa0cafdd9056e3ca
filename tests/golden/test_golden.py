"""Golden reports: each tests/golden/reports/<case>.txt is read and compared with <case>.expected.json,
and its output validated against the contract.

The expected files were written by hand from the reports (ANNOTATION.md), never from the engine.
"""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from readingscan import analyze
from tests.conftest import golden_cases
from tools.evaluate import compare_case, golden_key, load_expected

CASES = golden_cases()


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60, f"only {len(CASES)} golden reports"
    missing = [c.name for c in CASES if not c.with_suffix(".expected.json").exists()]
    assert not missing, f"reports without an expected file: {missing}"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_report(case: Path) -> None:
    """Runs on any machine: the reading against the hand-written expected file (no contract needed)."""
    expected = load_expected(case.with_suffix(".expected.json"))
    actual = analyze(case.read_text(encoding="utf-8"), case.name).to_dict()
    result = compare_case(case.stem, expected, actual)
    assert not result.differences, "\n".join(result.differences)
    assert sorted(map(repr, map(golden_key, actual["findings"]))) == sorted(map(repr, map(golden_key, expected["findings"])))
    for want in expected["findings"]:
        _check_location_and_size(want, actual["findings"])


def _check_location_and_size(want: dict, findings: list[dict]) -> None:
    if "location" not in want and "size_mm" not in want:
        return
    same = [f for f in findings if golden_key(f) == golden_key(want)]
    def fits(f: dict) -> bool:
        loc = f.get("location") or {}
        loc_ok = all(loc.get(k) == v for k, v in (want.get("location") or {}).items())
        if "size_mm" not in want:
            return loc_ok
        if want["size_mm"] is None:
            return loc_ok and f.get("size_mm") is None
        return loc_ok and f.get("size_mm") == pytest.approx(want["size_mm"])
    assert any(fits(f) for f in same), f"location/size of {golden_key(want)}: want {want.get('location')} {want.get('size_mm')}, got {[(f.get('location'), f.get('size_mm')) for f in same]}"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_evidence_points_into_the_text(case: Path) -> None:
    report = analyze(case.read_text(encoding="utf-8"), case.name)
    spans = [f.evidence for f in report.findings] + list(report.assessment.evidence)
    spans += [s for f in report.findings for s in (f.status_trigger, f.stable_trigger) if s is not None]
    for span in spans:
        assert report.text[span.start:span.end] == span.text


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_report_meets_the_contract(case: Path, schema: dict) -> None:
    """Valid against ../shared/contracts/findings.schema.json (fails with one line when it is not there)."""
    jsonschema.validate(analyze(case.read_text(encoding="utf-8"), case.name).to_dict(), schema)
