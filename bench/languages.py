"""`python -m bench languages`: what each language costs, printed, never asserted.

- the explanation (explain(), the Markdown and the PDF) per report, in each language, on the samples and the
  development corpus: the Report is read once and is the same in every language, so this is all a language
  adds;
- the Explain screen's render time per language in AppTest (a real script run of app.py with a report on
  screen): switching language re-renders the page and must cost no more than drawing it in English.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from readingscan import LANGUAGES, analyze, explain, explanation_markdown, explanation_pdf, load_glossary, use_language

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 5


def _median_ms(run: object, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def explanation_times() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "golden" / "reports").glob("*.txt"))[:60]]
    reports = [analyze(text) for text in texts]
    for language in LANGUAGES:
        with use_language(language):
            load_glossary()  # loaded once per process and language, as the app does; not counted
            explain(reports[0])
            per_report = _median_ms(lambda: [explain(r) for r in reports]) / len(reports)
            markdown = _median_ms(lambda: [explanation_markdown(r) for r in reports[:20]], 3) / 20
            pdf = _median_ms(lambda: [explanation_pdf(r) for r in reports[:10]], 3) / 10
        print(f"  {language:8s} explain() {per_report:6.2f} ms/report   Markdown {markdown:6.2f} ms   PDF {pdf:7.1f} ms"
              f"   ({len(reports)} corpus reports, median of {REPEATS} passes)")


def screen_times() -> None:
    from streamlit.testing.v1 import AppTest

    sample = (ROOT / "samples" / "2_suspicious_calcifications.txt").read_text(encoding="utf-8")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.text_area(key="report_text").set_value(sample)
    at.button(key="report_go").click().run()
    for language in LANGUAGES:
        at.query_params["lang"] = language
        at.run()  # the first draw in this language (its content and glossary load here, once per process)
        seconds = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            at.run()
            seconds.append(time.perf_counter() - start)
        failed = " (the screen raised: see AppTest)" if at.exception else ""
        print(f"  {language:8s} Explain screen with a report: median {1000 * statistics.median(seconds):6.0f} ms "
              f"per render (AppTest, {REPEATS} renders){failed}")


def languages() -> None:
    print("explanation, per report (the reading itself is shared by every language):")
    explanation_times()
    print("the Explain screen, per render:")
    screen_times()
