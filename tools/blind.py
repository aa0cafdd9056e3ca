"""Score the engine on blind sets: reports written by someone who never saw its output, with expected JSON.

    python -m tools.blind [--pdf reportlab|fpdf2] FOLDER_OR_JSONL...

A folder holds ``<case>.txt`` beside ``<case>.expected.json``; a ``.jsonl`` file holds one case per line
(``{"id", "text", "expected"}``). Prints per set: the overall category and per-breast categories right,
findings precision/recall/F1 on the strict key and on atoms, density, and (where the expected files
give them) modalities, MRI fibroglandular tissue, background enhancement and descriptors.

With ``--pdf`` every text is first printed as a two-column patient-portal PDF by that writer (letterhead,
running headers, footers with the patient's identifiers; tests/ingest/portal_pdfs.py) and read back from the
PDF, so the figures compare with the same set read as text (issue 13: within 0.02).

Atoms give partial credit the way a reader would: a finding is (kind, breast, status), plus one atom per
morphology, one for its distribution, one for "stable" and one per contract descriptor (name = value).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readingscan import ReadingError, analyze
from tools.evaluate import Counts, count, strict_key

# The descriptor names with fixed values in ../shared/contracts/findings.schema.json.
CONTRACT_DESCRIPTORS = frozenset({
    "shape", "margin", "mass_density", "orientation", "echo_pattern", "posterior_features", "vascularity",
    "elasticity", "internal_enhancement", "nme_distribution", "kinetics_initial", "kinetics_delayed",
    "implant_rupture",
})


def atoms(finding: dict[str, Any]) -> list[tuple[Any, ...]]:
    """A finding as the facts a reader would check one by one."""
    base = (finding["kind"], finding.get("breast"))
    out: list[tuple[Any, ...]] = [(*base, "status", finding["status"])]
    out += [(*base, "morphology", m) for m in finding.get("morphology") or []]
    if finding.get("distribution"):
        out.append((*base, "distribution", finding["distribution"]))
    if finding.get("stable"):
        out.append((*base, "stable"))
    return out


def descriptor_atoms(finding: dict[str, Any]) -> list[tuple[Any, ...]]:
    base = (finding["kind"], finding.get("breast"))
    return [(*base, name, value) for name, value in (finding.get("descriptors") or {}).items()
            if name in CONTRACT_DESCRIPTORS]


@dataclass
class Score:
    cases: int = 0
    unreadable: int = 0
    strict: Counts = field(default_factory=Counts)
    atoms: Counts = field(default_factory=Counts)
    descriptors: Counts = field(default_factory=Counts)
    checks: Counter[str] = field(default_factory=Counter)  # name -> right
    asked: Counter[str] = field(default_factory=Counter)  # name -> cases that state it
    wrong: dict[str, list[str]] = field(default_factory=dict)

    def check(self, name: str, case: str, want: Any, got: Any) -> None:
        self.asked[name] += 1
        if want == got:
            self.checks[name] += 1
        else:
            self.wrong.setdefault(name, []).append(case)


def cases(source: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(case id, text, expected) from a folder of pairs or a JSONL file."""
    if source.suffix == ".jsonl":
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield item["id"], item["text"], item.get("expected", item)
        return
    for text_path in sorted(source.glob("*.txt")):
        expected = json.loads(text_path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        yield text_path.stem, text_path.read_text(encoding="utf-8"), expected


def _level(block: dict[str, Any] | None, key: str) -> Any:
    return (block or {}).get(key)


def score_case(score: Score, case: str, text: str, expected: dict[str, Any], pdf: str | None = None) -> None:
    """Add one case's reading to the running score (read from a portal PDF of the text when ``pdf`` names a writer)."""
    score.cases += 1
    try:
        if pdf:
            from tests.ingest.portal_pdfs import portal_pdf  # a test helper: only the PDF measure needs it

            actual = analyze(portal_pdf(text, pdf), f"{case}.pdf").to_dict()  # type: ignore[arg-type]
        else:
            actual = analyze(text, case).to_dict()
    except ReadingError:
        score.unreadable += 1
        actual = {"findings": [], "assessment": {"overall": None, "by_breast": {}}, "density": None, "exam": {}}
    want, got = expected.get("findings", []), actual["findings"]
    if "findings" in expected:  # a table of categories only says nothing of findings
        score.strict += count(map(strict_key, want), map(strict_key, got))
        score.atoms += count(_flat(map(atoms, want)), _flat(map(atoms, got)))
    if any("descriptors" in f for f in want):
        score.descriptors += count(_flat(map(descriptor_atoms, want)), _flat(map(descriptor_atoms, got)))
    if "assessment" in expected:
        score.check("overall category", case, expected["assessment"].get("overall"), actual["assessment"]["overall"])
        score.check("per-breast categories", case, expected["assessment"].get("by_breast", {}),
                    actual["assessment"]["by_breast"])
    if "density" in expected:
        score.check("density", case, expected["density"], _level(actual.get("density"), "category"))
    if "modalities" in expected.get("exam", {}):
        score.check("modalities", case, sorted(expected["exam"]["modalities"]), sorted(actual["exam"]["modalities"]))
    if "fibroglandular_tissue" in expected:
        score.check("fibroglandular tissue", case, _level(expected["fibroglandular_tissue"], "category"),
                    _level(actual.get("fibroglandular_tissue"), "category"))
    if "background_enhancement" in expected:
        score.check("background enhancement", case, _level(expected["background_enhancement"], "level"),
                    _level(actual.get("background_enhancement"), "level"))


def score_set(source: Path, pdf: str | None = None) -> Score:
    """One set's score (read from portal PDFs of its texts when ``pdf`` names a writer)."""
    score = Score()
    for case, text, expected in cases(source):
        score_case(score, case, text, expected, pdf)
    return score


def _flat(groups: Iterable[list[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    return [atom for group in groups for atom in group]


def report(name: str, score: Score) -> str:
    """The printed figures of one set."""
    lines = [f"{name} ({score.cases} cases{f', {score.unreadable} unreadable' if score.unreadable else ''}):"]
    for label, counts in (("findings, strict key", score.strict), ("findings, atoms", score.atoms),
                          ("descriptors", score.descriptors)):
        if counts.true_pos + counts.false_pos + counts.false_neg:
            lines.append(f"  {label}: P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}")
    for check, asked in score.asked.items():
        wrong = score.wrong.get(check, [])
        shown = f" (wrong: {', '.join(wrong[:6])}{' ...' if len(wrong) > 6 else ''})" if wrong else ""
        lines.append(f"  {check}: {score.checks[check] / asked:.3f} of {asked}{shown}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    pdf = None
    if args[:1] == ["--pdf"] and len(args) > 1:
        pdf = args[1]
        args = args[2:]
    sources = [Path(arg) for arg in args]
    if not sources or pdf not in (None, "reportlab", "fpdf2"):
        print("usage: python -m tools.blind [--pdf reportlab|fpdf2] FOLDER_OR_JSONL...", file=sys.stderr)
        return 2
    for source in sources:
        print(report(f"{source.name}{f' as {pdf} portal PDFs' if pdf else ''}", score_set(source, pdf)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
