"""A pipe table whose columns are times ("| Lesion | Baseline | Current |", read/findings/columns.py): the earlier
column's cells describe the lesion as it was, so only the row's label and today's cell make today's finding."""

from __future__ import annotations

import pytest

from readingscan import analyze

MRI = "EXAM: Bilateral breast MRI with contrast.\n\nFINDINGS:\n"


def _table(earlier: str, current: str, label: str, then: str, now: str) -> str:
    return MRI + f"| Lesion | {earlier} | {current} |\n|---|---|---|\n| {label} | {then} | {now} |\n\nIMPRESSION: BI-RADS 6.\n"


@pytest.mark.parametrize(("text", "kind", "wanted", "unwanted"), [
    (_table("Pre-NACT (02/2026)", "Today", "Right 10:00 mass", "round, spiculated margins, 30 mm",
            "oval, circumscribed, 9 mm"), "mass", {"shape": "oval", "margin": "circumscribed"}, {"spiculated", "round"}),
    (_table("Prior 2025", "Current exam", "Left UOQ mass", "irregular, heterogeneous enhancement",
            "round, rim enhancement"), "mass", {"shape": "round", "internal_enhancement": "rim"},
     {"irregular", "heterogeneous"}),
    (_table("Baseline", "Now", "Left NME", "segmental, clustered ring enhancement", "focal, homogeneous enhancement"),
     "non_mass", {"nme_distribution": "focal"}, {"segmental", "clustered_ring"}),
])
def test_an_earlier_column_gives_no_descriptors(text: str, kind: str, wanted: dict[str, str], unwanted: set[str]) -> None:
    found = [f for f in analyze(text).findings if f.kind.value == kind]
    assert found, analyze(text).findings
    described = {key: str(getattr(value, "value", value)) for key, value in dict(found[0].descriptors).items()}
    assert wanted.items() <= described.items(), described
    assert not unwanted & set(described.values()), described


def test_a_column_named_initial_without_a_column_of_today_is_read() -> None:
    text = MRI + "| Lesion | Kinetics (initial / delayed) |\n|---|---|\n| Right 11:00 mass | fast / washout |\n"
    described = {key: str(getattr(value, "value", value))
                 for f in analyze(text).findings for key, value in dict(f.descriptors).items()}
    assert described.get("kinetics_initial") == "fast", described
