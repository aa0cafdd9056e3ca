"""Sets once written blind, now development sets: each must read at least as well as it did when this guard
was set, so a fix for one set never quietly costs another. Their first looks, scored before anyone looked,
stay in each set's FIRST_LOOK file; the figures below are today's, measured with ``python -m tools.blind``,
and each floor sits 0.01 below its figure (a set may lose a case to a deliberate annotation choice, and say so).

Per set: findings atom F1, overall category, per-breast categories, and contract-descriptor F1 where the set
gives descriptors (US/MRI/CEM). Modalities, FGT and background enhancement are checked where given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.blind import Score, score_set

GOLDEN = Path(__file__).parent
MARGIN = 0.01

# (set, atoms F1, overall, per-breast, descriptors F1 or None) as measured at the commit that set this guard.
MEASURED = [
    ("held_out/impressions/impressions.jsonl", 0.979, 0.992, 0.992, None),
    ("held_out/phrases/phrases.jsonl", 1.000, 1.000, 0.965, None),
    ("held_out/teaching", 0.990, 1.000, 0.867, None),
    ("held_out/reports", 0.993, 0.975, 1.000, None),
    ("held_out/modalities", 0.978, 1.000, 0.980, 1.000),
    ("held_out_2/impressions/impressions.jsonl", 0.955, 0.975, 1.000, None),
    ("held_out_2/phrases/phrases.jsonl", 0.988, 1.000, 1.000, None),
    ("held_out_2/teaching", 0.967, 1.000, 1.000, None),
    ("held_out_3/impressions/impressions.jsonl", 0.993, 1.000, 0.983, None),
    ("held_out_3/phrases/phrases.jsonl", 0.997, 1.000, 0.990, None),
    ("held_out_3/reports", 0.988, 1.000, 1.000, None),
    ("held_out_4/impressions/impressions.jsonl", 0.967, 1.000, 1.000, None),
    ("held_out_4/phrases/phrases.jsonl", 0.995, 1.000, 1.000, None),
    ("held_out_4/teaching", 0.988, 1.000, 0.975, None),
    ("held_out_4/reports", 0.991, 1.000, 1.000, None),
    ("held_out_5/impressions/impressions.jsonl", 0.967, 1.000, 0.983, None),
    ("held_out_5/phrases/phrases.jsonl", 0.996, 1.000, 1.000, None),
    ("held_out_5/teaching", 0.981, 1.000, 1.000, None),
    ("held_out_5/reports", 0.954, 1.000, 1.000, None),
    ("held_out_6/impressions/impressions.jsonl", 0.996, 1.000, 1.000, None),
    ("held_out_6/phrases/phrases.jsonl", 0.995, 1.000, 1.000, None),
    ("held_out_6/teaching", 0.957, 1.000, 1.000, None),
    ("held_out_6/reports", 0.988, 1.000, 1.000, None),
    ("held_out_7/impressions/impressions.jsonl", 0.997, 1.000, 1.000, None),
    ("held_out_7/phrases/phrases.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_8/teaching", 0.937, 1.000, 1.000, None),
    ("held_out_8/reports", 0.992, 1.000, 1.000, None),
    ("held_out_9/impressions/impressions.jsonl", 0.991, 1.000, 0.983, None),
    ("held_out_9/phrases/phrases.jsonl", 0.986, 1.000, 1.000, None),
    ("held_out_10/teaching", 0.897, 1.000, 0.850, None),
    ("held_out_10/reports", 0.986, 1.000, 0.933, None),
    ("held_out_11/impressions/impressions.jsonl", 0.982, 1.000, 1.000, None),
    ("held_out_11/phrases/phrases.jsonl", 0.963, 1.000, 1.000, None),
    ("held_out_12/teaching", 0.935, 1.000, 0.950, None),
    ("held_out_12/reports", 0.973, 1.000, 0.933, None),
    ("held_out_13/impressions/impressions.jsonl", 0.993, 0.983, 0.983, None),
    ("held_out_13/phrases/phrases.jsonl", 0.992, 0.989, 0.989, None),
    ("held_out_14/teaching", 0.937, 1.000, 0.950, None),
    ("held_out_14/reports", 1.000, 1.000, 1.000, None),
    ("held_out_15/impressions/impressions.jsonl", 0.965, 0.983, 0.983, None),
    ("held_out_15/phrases/phrases.jsonl", 0.930, 1.000, 1.000, None),
    ("held_out_16/teaching", 0.921, 0.950, 0.900, None),
    ("held_out_16/reports", 0.961, 1.000, 0.933, None),
    ("held_out_17/impressions/impressions.jsonl", 1.000, 1.000, 0.983, None),
    ("held_out_17/phrases/phrases.jsonl", 0.992, 1.000, 1.000, None),
    ("held_out_18/teaching", 0.983, 1.000, 1.000, None),
    ("held_out_18/reports", 0.981, 1.000, 1.000, None),
    ("held_out_19/impressions/impressions.jsonl", 0.975, 1.000, 0.983, None),
    ("held_out_19/phrases/phrases.jsonl", 0.980, 1.000, 1.000, None),
    ("held_out_20/teaching", 0.901, 0.900, 0.850, None),
    ("held_out_20/reports", 0.940, 1.000, 1.000, None),
    ("held_out_21/impressions/impressions.jsonl", 0.992, 1.000, 0.967, None),
    ("held_out_21/phrases/phrases.jsonl", 0.992, 1.000, 1.000, None),
    ("held_out_22/teaching", 0.981, 1.000, 1.000, None),
    ("held_out_22/reports", 0.950, 1.000, 1.000, None),
    ("held_out_23/impressions/impressions.jsonl", 0.992, 1.000, 1.000, None),
    ("held_out_23/phrases/phrases.jsonl", 0.988, 1.000, 1.000, None),
    ("held_out_24/teaching", 1.000, 1.000, 1.000, None),
    ("held_out_24/reports", 0.966, 1.000, 1.000, None),
    ("held_out_25/impressions/impressions.jsonl", 0.986, 1.000, 1.000, None),
    ("held_out_25/teaching", 0.992, 1.000, 0.933, None),
    ("held_out_26/impressions/impressions.jsonl", 1.000, 1.000, 0.975, None),
    ("held_out_26/teaching", 1.000, 1.000, 1.000, None),
    ("held_out_27/reports", 1.000, 1.000, 1.000, None),
    ("held_out_28/impressions/impressions.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_28/phrases/phrases.jsonl", 0.990, 1.000, 1.000, None),
    ("held_out_29/teaching", 0.993, 1.000, 1.000, None),
    ("held_out_29/reports", 0.987, 1.000, 1.000, None),
    ("held_out_30/impressions/impressions.jsonl", 0.986, 1.000, 1.000, None),
    ("held_out_30/teaching", 1.000, 1.000, 1.000, None),
    ("held_out_31/impressions/impressions.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_31/phrases/phrases.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_32/teaching", 1.000, 1.000, 1.000, None),
    ("held_out_32/reports", 1.000, 1.000, 1.000, None),
    ("held_out_33/impressions/impressions.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_33/phrases/phrases.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_34/teaching", 1.000, 1.000, 1.000, None),
    ("held_out_34/reports", 0.981, 1.000, 1.000, None),
    ("held_out_35/impressions/impressions.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_35/phrases/phrases.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_36/teaching", 0.992, 1.000, 1.000, None),
    ("held_out_36/reports", 0.994, 1.000, 1.000, None),
    ("held_out_37/impressions/impressions.jsonl", 0.995, 1.000, 1.000, None),
    ("held_out_37/phrases/phrases.jsonl", 1.000, 1.000, 1.000, None),
    ("held_out_38/teaching", 0.933, 1.000, 1.000, None),
    ("held_out_38/reports", 0.978, 1.000, 1.000, None),
    ("blind", 0.979, 1.000, 1.000, None),
    ("modalities", 0.969, 1.000, 0.978, 0.986),
    ("modalities_2", 0.972, 1.000, 0.975, 0.984),
    ("modalities_3", 0.932, 1.000, 1.000, 0.931),
    ("modalities_4", 0.970, 1.000, 1.000, 0.994),
    ("modalities_5", 0.955, 1.000, 1.000, 0.995),
    ("modalities_6", 0.968, 1.000, 1.000, 0.951),
    ("modalities_7", 0.951, 1.000, 0.967, 0.989),
    ("modalities_8", 0.961, 1.000, 0.933, 0.984),
    ("modalities_9", 0.970, 1.000, 1.000, 0.987),
    ("modalities_10", 0.988, 1.000, 1.000, 0.983),
    ("modalities_11", 0.965, 1.000, 0.967, 0.995),
    ("modalities_12", 0.960, 1.000, 1.000, 0.970),
    ("modalities_13", 0.939, 1.000, 0.967, 0.938),
    ("modalities_14", 0.905, 1.000, 0.967, 0.967),
    ("modalities_15", 0.964, 1.000, 0.967, 0.957),
    ("modalities_16", 0.944, 1.000, 1.000, 0.953),
    ("modalities_17", 0.965, 1.000, 1.000, 0.983),
    ("modalities_18", 0.982, 1.000, 1.000, 0.993),
    ("modalities_19", 0.961, 1.000, 1.000, 0.970),
    ("modalities_20", 1.000, 1.000, 1.000, 0.997),
    ("modalities_21", 0.978, 1.000, 1.000, 0.967),
    ("modalities_22", 0.983, 1.000, 1.000, 0.982),
    ("modalities_23", 1.000, 1.000, 1.000, 1.000),
    ("modalities_24", 0.974, 1.000, 1.000, 0.969),
]

# US/MRI/CEM sets hold modalities, FGT and background enhancement at 0.95 at least, or at their first look when
# that was lower (the set was scored below it before anyone looked) until the fixes reach it.
FIELDS_FIRST_LOOK: dict[str, float] = {}  # sets below 0.95 at first look, until fixed (none today)


def _rate(score: Score, check: str) -> float:
    return score.checks[check] / score.asked[check]


@pytest.mark.parametrize(("name", "atoms", "overall", "per_breast", "descriptors"), MEASURED, ids=[m[0] for m in MEASURED])
def test_a_development_set_reads_no_worse_than_when_the_guard_was_set(
    name: str, atoms: float, overall: float, per_breast: float, descriptors: float | None
) -> None:
    score = score_set(GOLDEN / name)
    assert score.cases >= 12 and score.unreadable == 0  # every set part holds 12 or more cases
    assert score.atoms.f1 >= atoms - MARGIN, (score.atoms.f1, score.wrong)
    assert _rate(score, "overall category") >= overall - MARGIN, score.wrong.get("overall category")
    assert _rate(score, "per-breast categories") >= per_breast - MARGIN, score.wrong.get("per-breast categories")
    if descriptors is not None:
        assert score.descriptors.f1 >= descriptors - MARGIN, score.descriptors.f1
    for check in ("modalities", "fibroglandular tissue", "background enhancement"):
        if score.asked[check] and name.startswith("modalities"):
            floor = min(0.95, FIELDS_FIRST_LOOK.get(name, 1.0) - MARGIN)
            assert _rate(score, check) >= floor, (check, score.wrong.get(check))


def test_every_set_once_blind_is_guarded() -> None:
    guarded = {name.split("/")[0] for name, *_ in MEASURED}
    on_disk = {path.name for path in GOLDEN.iterdir() if path.is_dir() and path.name.startswith(("held_out", "modalities", "blind"))}
    assert on_disk <= guarded, on_disk - guarded
