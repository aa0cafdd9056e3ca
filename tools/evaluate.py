"""Compare the engine's reading with a hand-written expected reading (tests/golden/reports/).

The expected files follow tests/golden/reports/ANNOTATION.md. Findings are compared as a multiset
of keys; the strict key of the bench is kind + breast + morphology + distribution + status.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FindingKey = tuple[str, str | None, str, tuple[str, ...], str | None]


def strict_key(finding: dict[str, Any]) -> FindingKey:
    """kind, breast, status, sorted morphology, distribution."""
    return (
        finding["kind"], finding.get("breast"), finding["status"],
        tuple(sorted(finding.get("morphology") or [])), finding.get("distribution"),
    )


def golden_key(finding: dict[str, Any]) -> tuple[Any, ...]:
    """The strict key plus ``stable``: what one golden case must match exactly."""
    return (*strict_key(finding), bool(finding.get("stable", False)))


@dataclass(frozen=True)
class Counts:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.true_pos + other.true_pos, self.false_pos + other.false_pos, self.false_neg + other.false_neg)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def count(expected: Iterable[FindingKey], actual: Iterable[FindingKey]) -> Counts:
    """True positives, false positives and false negatives between two multisets of keys."""
    want, got = Counter(expected), Counter(actual)
    true_pos = sum((want & got).values())
    return Counts(true_pos, sum(got.values()) - true_pos, sum(want.values()) - true_pos)


@dataclass(frozen=True)
class CaseResult:
    name: str
    findings: Counts
    density_ok: bool
    category_ok: bool
    by_breast_ok: bool
    differences: tuple[str, ...]


def compare_case(name: str, expected: dict[str, Any], actual: dict[str, Any]) -> CaseResult:
    """Score one report and list, in words, every way the reading differs from the expected one."""
    diffs: list[str] = []
    exp_keys = [strict_key(f) for f in expected.get("findings", [])]
    act_keys = [strict_key(f) for f in actual["findings"]]
    counts = count(exp_keys, act_keys)
    missing = Counter(exp_keys) - Counter(act_keys)
    extra = Counter(act_keys) - Counter(exp_keys)
    diffs += [f"missing finding {k}" for k in missing.elements()]
    diffs += [f"unexpected finding {k}" for k in extra.elements()]
    stable_diff = Counter(golden_key(f) for f in expected.get("findings", [])) - Counter(golden_key(f) for f in actual["findings"])
    if not missing and stable_diff:
        diffs += [f"stable differs for {k[:5]}" for k in stable_diff.elements()]
    density = (actual.get("density") or {}).get("category")
    density_ok = density == expected.get("density")
    if not density_ok:
        diffs.append(f"density {density!r} != expected {expected.get('density')!r}")
    exp_assessment = expected.get("assessment", {})
    category_ok = actual["assessment"]["overall"] == exp_assessment.get("overall")
    if not category_ok:
        diffs.append(f"category {actual['assessment']['overall']!r} != expected {exp_assessment.get('overall')!r}")
    by_breast_ok = actual["assessment"]["by_breast"] == exp_assessment.get("by_breast", {})
    if not by_breast_ok:
        diffs.append(f"by_breast {actual['assessment']['by_breast']} != expected {exp_assessment.get('by_breast', {})}")
    diffs += _compare_extras(expected, actual)
    return CaseResult(name, counts, density_ok, category_ok, by_breast_ok, tuple(diffs))


def _compare_extras(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    diffs = []
    if "exam" in expected:
        exp_exam, act_exam = expected["exam"], actual["exam"]
        if "modalities" in exp_exam and sorted(exp_exam["modalities"]) != sorted(act_exam["modalities"]):
            diffs.append(f"modalities {act_exam['modalities']} != expected {exp_exam['modalities']}")
        if "purpose" in exp_exam and exp_exam["purpose"] != act_exam["purpose"]:
            diffs.append(f"purpose {act_exam['purpose']!r} != expected {exp_exam['purpose']!r}")
    if "recommendations" in expected:
        got = sorted({r["kind"] for r in actual["recommendations"]})
        if sorted(set(expected["recommendations"])) != got:
            diffs.append(f"recommendations {got} != expected {sorted(set(expected['recommendations']))}")
    return diffs


def load_expected(path: Path) -> dict[str, Any]:
    """A hand-written expected reading (<case>.expected.json)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
