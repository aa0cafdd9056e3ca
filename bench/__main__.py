"""`make bench`: accuracy and speed figures for the engine, printed, never asserted.

  python -m bench            everything below
  python -m bench corpus     findings / density / category accuracy on the golden corpus (and held-out set)
  python -m bench speed      analyze() time per report, reports per second, PDF ms per page
  python -m bench negex      context rules on the NegEx test set, beside negspacy and medspaCy
  python -m bench memory     the app server's memory after one session explains 50 reports (real Chromium)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from readingscan import analyze
from readingscan.context import assert_target, find_modifiers
from readingscan.evaluate import Counts, compare_case, load_expected
from readingscan.models import Span, Status

ROOT = Path(__file__).resolve().parent.parent
# The development corpus is tested report by report (tests/test_golden.py); the blind set was written
# afterwards by someone who never saw the engine or the corpus, and is only measured here.
CORPORA = {"development corpus": ROOT / "tests" / "fixtures" / "reports",
           "blind set": ROOT / "tests" / "fixtures" / "blind"}
PEERS_PYTHON = ROOT / ".venv-peers" / "bin" / "python"


def corpus() -> None:
    for label, folder in CORPORA.items():
        cases = sorted(folder.glob("*.txt"))
        if not cases:
            continue
        total, density, category, by_breast, failing = Counts(), 0, 0, 0, []
        for case in cases:
            result = compare_case(case.stem, load_expected(case.with_suffix(".expected.json")),
                                  analyze(case.read_text(encoding="utf-8"), case.name).to_dict())
            total += result.findings
            density += result.density_ok
            category += result.category_ok
            by_breast += result.by_breast_ok
            if result.differences:
                failing.append(case.stem)
        n = len(cases)
        print(f"{label} ({n} reports, {total.true_pos + total.false_neg} expected findings):")
        print(f"  findings (kind+breast+morphology+distribution+status): precision {total.precision:.3f} "
              f"recall {total.recall:.3f} F1 {total.f1:.3f}")
        print(f"  density accuracy {density / n:.3f}   stated-category accuracy {category / n:.3f}   "
              f"per-breast categories {by_breast / n:.3f}")
        print(f"  reports with any difference: {len(failing)}" + (f" ({', '.join(failing[:8])})" if failing else ""))


def speed() -> None:
    cases = [p.read_text(encoding="utf-8") for folder in CORPORA.values() for p in sorted(folder.glob("*.txt"))]
    analyze("warm up the caches: BI-RADS 1.")
    timings = []
    for _ in range(5):
        for text in cases:
            start = time.perf_counter()
            analyze(text)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    # "Typical": the corpus reports of 1.5-2.5 KB, each timed 20 times.
    typical = [t for t in cases if 1500 <= len(t.encode()) <= 2500]
    typical_ms = []
    for text in typical:
        for _ in range(20):
            start = time.perf_counter()
            analyze(text)
            typical_ms.append((time.perf_counter() - start) * 1000)
    print(f"analyze() over {len(cases)} corpus reports x5: median {statistics.median(timings):.2f} ms, "
          f"p99 {timings[int(len(timings) * 0.99) - 1]:.2f} ms, {1000 / statistics.mean(timings):.0f} reports/s")
    print(f"typical 2 KB reports ({len(typical)} of 1.5-2.5 KB, x20): median {statistics.median(typical_ms):.2f} ms")
    _pdf_speed(cases[:12])


def _pdf_speed(texts: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    import textwrap

    from tests.filegen import make_pdf

    pages = [[w for line in t.splitlines() for w in (textwrap.wrap(line, 90) or [""])][:48] for t in texts for _ in range(2)][:20]
    data = make_pdf(pages, header="Bench Imaging Center", footer="Page {page} of {pages}")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        report = analyze(data, "bench.pdf")
        runs.append((time.perf_counter() - start) * 1000)
    print(f"PDF with a text layer: {len(pages)} pages read and analysed in {min(runs):.0f} ms "
          f"= {min(runs) / len(pages):.1f} ms per page ({len(report.findings)} findings)")


def negex() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from negex_set import NEGEX_FILE, load_rows, locate, scores

    if not NEGEX_FILE.exists():
        print(f"NegEx set not found at {NEGEX_FILE}; skipped")
        return
    rows = [(row, span) for row in load_rows() if (span := locate(row.condition, row.sentence))]
    gold, pred, hist_gold, hist_pred = [], [], [], []
    start = time.perf_counter()
    for row, (a, b) in rows:
        sentence = Span(0, len(row.sentence), row.sentence)
        assertion = assert_target(Span(a, b, row.sentence[a:b]), find_modifiers(row.sentence, sentence))
        gold.append(row.negated)
        pred.append(assertion.status is Status.ABSENT)
        hist_gold.append(row.historical)
        hist_pred.append(assertion.historical)
    ours = scores(gold, pred) | {"ms_per_sentence": (time.perf_counter() - start) * 1000 / len(rows)}
    ours["historical"] = scores(hist_gold, hist_pred)
    print(f"NegEx test set: {len(rows)} of {len(load_rows())} condition mentions located in their sentence")
    print("  published GeneralNegEx v1.2 on this set: negation P 0.933 R 0.959 F 0.946 (repository TestSet notes)")
    _print_negex("ReadingScan context rules", ours)
    peers = _peers()
    for name, figures in peers.items():
        _print_negex(name, figures)
    if "medspacy" in peers:
        ratio = peers["medspacy"]["ms_per_sentence"] / ours["ms_per_sentence"]
        print(f"  speed: ReadingScan is {ratio:.1f}x medspaCy's ConText per sentence")


def _print_negex(name: str, figures: dict) -> None:  # type: ignore[type-arg]
    line = (f"  {name:28s} negation P {figures['precision']:.3f} R {figures['recall']:.3f} F {figures['f1']:.3f} "
            f"acc {figures['accuracy']:.3f}  {figures['ms_per_sentence']:.3f} ms/sentence")
    if "historical" in figures:
        line += f"  (historical F {figures['historical']['f1']:.3f})"
    print(line)


def _peers() -> dict:  # type: ignore[type-arg]
    if not PEERS_PYTHON.exists():
        print("  peers skipped: run `make peers` to install negspacy and medspaCy in .venv-peers")
        return {}
    result = subprocess.run([str(PEERS_PYTHON), str(ROOT / "bench" / "peers_negex.py")], capture_output=True,
                            text=True, check=False, env=os.environ | {"PYTHONWARNINGS": "ignore"})
    if result.returncode != 0:
        print(f"  peers failed: {result.stderr.strip().splitlines()[-1:]}")
        return {}
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def memory() -> None:
    from bench.app_server import memory as server_memory

    server_memory()


SECTIONS = {"corpus": corpus, "speed": speed, "negex": negex, "memory": memory}


def main(argv: list[str]) -> None:
    chosen = argv or list(SECTIONS)
    for name in chosen:
        print(f"== {name}")
        SECTIONS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
