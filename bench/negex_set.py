"""The NegEx/ConText annotated test set (../shared/data/negex): rows of (condition, sentence, gold)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

NEGEX_FILE = Path(__file__).resolve().parents[2] / "shared" / "data" / "negex" / "rsAnnotations-1-120-random.txt"


@dataclass(frozen=True)
class Row:
    condition: str
    sentence: str
    negated: bool
    historical: bool


def load_rows(path: Path = NEGEX_FILE) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for fields in reader:
            if len(fields) < 5:
                continue
            rows.append(Row(fields[1], fields[2], fields[3].strip().lower() == "negated",
                            fields[4].strip().lower() == "historical"))
    return rows


def locate(condition: str, sentence: str) -> tuple[int, int] | None:
    """Where the condition sits in its sentence (case-insensitive), or None."""
    start = sentence.lower().find(condition.lower())
    return None if start < 0 else (start, start + len(condition))


def scores(gold: list[bool], predicted: list[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": correct / len(gold) if gold else 0.0,
            "n": float(len(gold))}
