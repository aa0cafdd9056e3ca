"""Per-case differences between an expected reading and the engine's (a development aid, not a test).

    .venv/bin/python -m tests.read.case_diff FOLDER_OR_JSONL... [--only ID_PART] [--text]

For every case that differs: the categories (overall, by_breast) expected and read, the conflicts the
engine raised, and the finding atoms (see tools/blind.py) missing and extra. ``--text`` prints the case's
text too. Ends with a count of missed and extra atoms by kind/field, to group misses by cause.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from readingscan import ReadingError, analyze
from tools.blind import atoms, cases


def _atoms(findings: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    return Counter(atom for finding in findings for atom in atoms(finding))


def diff_case(case: str, text: str, expected: dict[str, Any], show_text: bool) -> tuple[list[str], Counter[str]]:
    try:
        actual = analyze(text, case).to_dict()
    except ReadingError as error:
        return [f"== {case}: unreadable ({error})"], Counter()
    lines: list[str] = []
    tally: Counter[str] = Counter()
    want_a, got_a = expected.get("assessment"), actual["assessment"]
    if want_a is not None:
        if want_a.get("overall") != got_a["overall"]:
            lines.append(f"  overall: want {want_a.get('overall')} got {got_a['overall']}")
            tally["category overall"] += 1
        if want_a.get("by_breast", {}) != got_a["by_breast"]:
            lines.append(f"  by_breast: want {want_a.get('by_breast', {})} got {got_a['by_breast']}")
            tally["category by_breast"] += 1
        if (lines and got_a.get("conflicts")) or got_a.get("conflicts"):
            lines.append(f"  conflicts: {got_a.get('conflicts')}")
    if "findings" in expected:
        want, got = _atoms(expected["findings"]), _atoms(actual["findings"])
        for label, atoms_ in (("missing", want - got), ("extra", got - want)):
            for atom, times in sorted(atoms_.items(), key=str):
                lines.append(f"  {label}: {atom}{f' x{times}' if times > 1 else ''}")
                tally[f"{label} {atom[2] if len(atom) > 2 else 'stable'}"] += times
    if not any(not line.startswith("  conflicts") for line in lines):
        return [], tally
    head = [f"== {case}"] + ([text.rstrip(), "--"] if show_text else [])
    return head + lines, tally


def main(argv: list[str]) -> int:
    show_text = "--text" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    paths = [Path(a) for a in argv if not a.startswith("--") and a != only]
    total: Counter[str] = Counter()
    for path in paths:
        for case, text, expected in cases(path):
            if only and only not in case:
                continue
            lines, tally = diff_case(case, text, expected, show_text)
            total += tally
            if lines:
                print("\n".join(lines))
    print("\n".join(f"{name}: {n}" for name, n in total.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
