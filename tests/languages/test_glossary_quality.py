"""Every glossary entry exists in every language and meets that language's readability target; the test prints
the five hardest to read per language (``pytest -s``), so the content team sees where the edge is."""

from __future__ import annotations

import pytest

from readingscan import LANGUAGES, READABILITY_TARGETS, load_glossary, measure_language, worst
from readingscan.glossary import DEFAULT_FOLDER


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_every_entry_exists_and_reads_at_its_languages_target(language: str) -> None:
    english = load_glossary(language="en")
    translated = load_glossary(language=language)
    assert sorted(e.slug for e in translated) == sorted(e.slug for e in english)
    rows = measure_language(DEFAULT_FOLDER, language)
    print(f"\n{language}: the five hardest to read ({READABILITY_TARGETS[language]}):")
    for row in worst(rows):
        print(f"  {row.slug}: {row.readability}")
    failing = [f"{r.slug}: {r.readability}" for r in rows if not r.meets_target]
    assert failing == []
    assert [p for r in rows for p in r.problems] == []
    # No person has reviewed a translation yet: each says it waits, and none is passed off as reviewed.
    assert [r.slug for r in rows if not r.waiting] == [e.slug for e in translated if e.reviewed_by]


def test_the_wording_lab_lists_each_languages_figures_and_review_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    from components import team
    from tests.conftest import open_page

    monkeypatch.setenv(team.ENV_VAR, "1")
    at = open_page("screens/wording_lab.py", timeout=120)
    text = "\n".join(m.value for m in at.markdown)
    total = len(load_glossary(language="en"))
    assert f"**{total} of {total} entries meet the zh-Hant readability target**" in text
    assert f"**{total} wait for a person's review.**" in text
    at.radio(key="wording_language").set_value("es").run()
    text = "\n".join(m.value for m in at.markdown)
    assert f"**{total} of {total} entries meet the es readability target**" in text
    assert "Hardest to read:" in text and "INFLESZ" in text


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_each_samples_explanation_reads_at_its_languages_target(language: str) -> None:
    from components.explanation_footer import explanation_text
    from components.report_input import samples
    from readingscan import analyze, explain, use_language
    from readingscan.glossary.readability_languages import chinese_readability, spanish_readability

    measure = spanish_readability if language == "es" else chinese_readability
    for title, text in samples().items():
        with use_language(language):
            figures = measure(explanation_text(explain(analyze(text))))
        assert figures.meets_target, f"{title}: {figures.summary}"
