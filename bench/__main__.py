"""`make bench`: accuracy and speed figures for the engine, printed, never asserted.

  python -m bench            everything below
  python -m bench corpus     findings / density / category accuracy on the golden corpus (and held-out set)
  python -m bench speed      analyze() time per report, reports per second, PDF ms per page
  python -m bench negex      context rules on the NegEx test set, beside negspacy and medspaCy
  python -m bench memory     the app server's memory after one session explains 50 reports (real Chromium)
  python -m bench ocr        OCR of generated photos and scans: character error rate, findings F1 vs text, s/photo
  python -m bench load       N concurrent browser sessions (READINGSCAN_BENCH_SESSIONS, default 10) explain a
                             report each through one real server: ok/failed, p50/p95/max seconds, server RSS
  python -m bench languages  per language: explain(), Markdown and PDF ms per report; the Explain screen's render
  python -m bench peers      medspaCy (our lexicon as target rules, its default ConText) beside ReadingScan on
                             the golden corpus: (kind, status) P/R/F1 and ms per report, in the same run
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
from readingscan.model import ReadingError, Span, Status
from readingscan.read.context import assert_target, find_modifiers
from readingscan.rules.loader import load_rules
from tools.evaluate import Counts, compare_case, count, load_expected

ROOT = Path(__file__).resolve().parent.parent
# The development corpus is tested report by report (tests/test_golden.py); the blind set was written
# afterwards by someone who never saw the engine or the corpus, and is only measured here.
CORPORA = {"development corpus": ROOT / "tests" / "golden" / "reports",
           "blind set": ROOT / "tests" / "golden" / "blind"}
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
    held_out()


GOLDEN = ROOT / "tests" / "golden"
HELD_OUT = GOLDEN / "held_out"
CATEGORY_TABLE = ROOT / "tests" / "read" / "category_statements.jsonl"


_PARTS = ("impressions/impressions.jsonl", "teaching", "phrases/phrases.jsonl", "reports", "modalities")


def _number(folder: Path) -> int:
    """held_out -> 1, held_out_7 -> 7, modalities_5 -> 5: the order the sets were written in."""
    tail = folder.name.rsplit("_", 1)[-1]
    return int(tail) if tail.isdigit() else 1


def scored_sets() -> list[Path]:
    """Every set once written blind, found on disk (a new round's sets are scored without editing this list):
    each part of tests/golden/held_out*, then tests/golden/modalities*."""
    held = [d / part for d in sorted(GOLDEN.glob("held_out*"), key=_number) for part in _PARTS if (d / part).exists()]
    return held + sorted(GOLDEN.glob("modalities*"), key=_number)


def held_out() -> None:
    """The held-out sets (tests/golden/held_out*, tests/golden/modalities; first looks in their FIRST_LOOK files)
    and the category table."""
    from tools.blind import Score, cases, report, score_case, score_set

    sources = scored_sets()
    for source in sources:
        print(report(f"held out: {source.relative_to(ROOT)}", score_set(source)))
    score = Score()
    for case, text, expected in cases(CATEGORY_TABLE):  # a table row holds its expectation flat
        score_case(score, case, text, {"assessment": {"overall": expected["overall"], "by_breast": expected["by_breast"]}})
    print(report(f"held out: {CATEGORY_TABLE.relative_to(ROOT)}", score))
    # The same whole reports as two-column portal PDFs (issue 13: within 0.02 of the text).
    for source in [s for s in sources if s.name == "reports"]:
        for writer in ("reportlab", "fpdf2"):
            print(report(f"held out as {writer} portal PDFs: {source.relative_to(ROOT)}", score_set(source, writer)))


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
    # The figures above read the same texts again; a person's report is new to the process. Held-out whole reports
    # and teaching texts, each read once after the corpus warmed the caches:
    unseen = [p.read_text(encoding="utf-8") for s in scored_sets() if s.name in ("reports", "teaching")
              for p in sorted(s.glob("*.txt"))]
    first_ms = []
    for text in unseen:
        start = time.perf_counter()
        analyze(text)
        first_ms.append((time.perf_counter() - start) * 1000)
    sized = [ms for ms, text in zip(first_ms, unseen, strict=True) if 1500 <= len(text.encode()) <= 2500]
    print(f"first reading of {len(unseen)} held-out texts: median {statistics.median(first_ms):.2f} ms; "
          f"the {len(sized)} of 1.5-2.5 KB: median {statistics.median(sized):.2f} ms")
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


def load() -> None:
    from bench.load import load as load_bench

    load_bench(int(os.environ.get("READINGSCAN_BENCH_SESSIONS", "10")))


PEER_REPEATS = 5
KindStatus = tuple[str, str]


def _peer_rules() -> list[dict[str, str]]:
    """Our lexicon's finding words as medspaCy target rules: category = finding kind, our regex and boundaries.

    The not_finding phrases ("may obscure small masses", "palpable lump") go too, so that the longer phrase
    wins over the finding word inside it (the TargetMatcher keeps the longest overlapping match); the peer
    script drops them. Everything else our engine does (sections, grouping words into findings) it does not get.
    """
    rules = [r for r in load_rules("lexicon") if r.category in {"finding", "not_finding"}]
    return [{"literal": r.literal, "category": r.value if r.category == "finding" else "not_finding",
             "pattern": rf"(?:(?<!\w)|(?=\W))(?:{r.regex})(?:(?!\w)|(?<=\W))"} for r in rules]


def _kind_status(findings: list[dict]) -> set[KindStatus]:  # type: ignore[type-arg]
    return {(f["kind"], f["status"]) for f in findings}


def _ours(text: str) -> dict:  # type: ignore[type-arg]
    try:
        return analyze(text).to_dict()
    except ReadingError:  # not a report: no findings
        return {"findings": []}


def _time_ours(texts: list[str]) -> float:
    """Median over PEER_REPEATS passes of analyze() ms per report, after a warm-up pass (as the peer does)."""
    for text in texts:
        _ours(text)
    passes = []
    for _ in range(PEER_REPEATS):
        start = time.perf_counter()
        for text in texts:
            _ours(text)
        passes.append((time.perf_counter() - start) * 1000 / len(texts))
    return statistics.median(passes)


def peers() -> None:
    """medspaCy and ReadingScan on one task both can do: per report, the set of (finding kind, status)."""
    if not PEERS_PYTHON.exists():
        print("peers skipped: run `make peers` to install medspaCy in .venv-peers")
        return
    cases = [(label, p) for label, folder in CORPORA.items() for p in sorted(folder.glob("*.txt"))
             if p.with_suffix(".expected.json").exists()]
    reports = [{"name": f"{label}/{p.stem}", "text": p.read_text(encoding="utf-8")} for label, p in cases]
    request = json.dumps({"rules": _peer_rules(), "reports": reports, "repeats": PEER_REPEATS})
    result = subprocess.run([str(PEERS_PYTHON), str(ROOT / "bench" / "peers_corpus.py")], input=request,
                            capture_output=True, text=True, check=False, env=os.environ | {"PYTHONWARNINGS": "ignore"})
    if result.returncode != 0:
        print(f"peers failed: {result.stderr.strip().splitlines()[-1:]}")
        return
    peer = json.loads(result.stdout.strip().splitlines()[-1])
    ours_ms = _time_ours([r["text"] for r in reports])  # right after the peer, same machine, warm caches

    scores: dict[str, dict[str, Counts]] = {}
    strict = Counts()
    for (label, path), report in zip(cases, reports, strict=True):
        expected = load_expected(path.with_suffix(".expected.json"))
        actual = _ours(report["text"])
        strict += compare_case(path.stem, expected, actual).findings
        gold = _kind_status(expected.get("findings", []))
        theirs = {(kind, status) for kind, status in peer["predictions"][report["name"]]}
        for system, predicted in (("ReadingScan", _kind_status(actual["findings"])), ("medspaCy", theirs)):
            by_label = scores.setdefault(system, {})
            by_label[label] = by_label.get(label, Counts()) + count(gold, predicted)
            by_label["all"] = by_label.get("all", Counts()) + count(gold, predicted)

    n = len(reports)
    labels = [label for label in CORPORA if any(c[0] == label for c in cases)]
    print(f"task: per report, the set of (finding kind, status present/absent/possible); {n} reports "
          f"({', '.join(f'{sum(c[0] == x for c in cases)} {x}' for x in labels)}), gold = the expected JSON's findings")
    print("  (our rules were written against the development corpus; the blind set is the fairer comparison)")
    print("  medspaCy 1.3.1: medspacy.load() (PyRuSH sentences, ConText default rules), TargetMatcher rules = our "
          f"{len(_peer_rules())} lexicon finding/not-finding regexes; negated -> absent, uncertain or hypothetical "
          "-> possible, family -> dropped, else present")
    for system, by_label in scores.items():
        parts = "   ".join(f"{label} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}" for label, c in
                           ((x, by_label[x]) for x in [*labels, "all"]))
        ms = ours_ms if system == "ReadingScan" else peer["ms_per_report"]
        print(f"  {system:12s} {parts}   {ms:.2f} ms/report")
    f1_gap = scores["ReadingScan"]["all"].f1 - scores["medspaCy"]["all"].f1
    print(f"  F1 difference (ReadingScan - medspaCy, all reports): {f1_gap:+.3f}")
    print(f"  speed: medspaCy takes {peer['ms_per_report'] / ours_ms:.1f}x ReadingScan's time per report "
          f"(median of {PEER_REPEATS} warm passes each; ReadingScan's time is the whole reading: findings, "
          f"category, density, exam, recommendations); medspaCy pipeline load {peer['load_seconds']:.1f} s")
    print(f"  for context, ReadingScan on the strict key (kind+breast+morphology+distribution+status, multiset): "
          f"P {strict.precision:.3f} R {strict.recall:.3f} F1 {strict.f1:.3f}; medspaCy gives no breast, "
          "morphology or distribution, so it is scored on the (kind, status) projection only")


def ocr() -> None:
    from bench.ocr import ocr as ocr_bench

    ocr_bench()


def languages() -> None:
    from bench.languages import languages as language_bench

    language_bench()


SECTIONS = {"corpus": corpus, "speed": speed, "negex": negex, "ocr": ocr, "memory": memory, "load": load,
            "peers": peers, "languages": languages}


def main(argv: list[str]) -> None:
    chosen = argv or list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:  # one line and exit code 2, as the CLI does for bad input
        print(f"bench: no section {unknown[0]!r}; the sections are {', '.join(SECTIONS)}", file=sys.stderr)
        sys.exit(2)
    for name in chosen:
        print(f"== {name}")
        SECTIONS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
