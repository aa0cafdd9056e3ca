"""Glossary translations: their file format and review state, search in the language's own words, links in
Chinese text, and the readability measures each language is held to."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readingscan.content import use_language
from readingscan.glossary import DEFAULT_FOLDER, GlossaryError, link_terms, load_glossary
from readingscan.glossary.lint_languages import check_translation
from readingscan.glossary.readability_languages import chinese_readability, primary_characters, spanish_readability
from readingscan.glossary.translations import fingerprint, needs_review, parse_translation

ENGLISH = load_glossary(language="en")
CYST = ENGLISH.get("cyst")
assert CYST is not None


def _file(term: str = "Quiste simple", slug: str = "cyst", review: str = "reviewed_by: null\nreviewed: null",
          body: str | None = None, translated_from: str | None = None) -> str:
    assert CYST is not None
    body = body if body is not None else (
        "## Qué es\n\nUn quiste simple es una bolsita con líquido.\n\n## Cuándo puede verlo en su informe\n\n"
        "Un informe de ecografía puede decir \"simple cyst\".\n\n## ¿Debo preocuparme?\n\nNo. Es inofensivo.\n\n"
        "## Qué hacer ahora\n\n1. Siga con sus chequeos.\n")
    return (f"---\nterm: {term}\nslug: {slug}\naliases: [quiste, bolsa de líquido]\nquick_answer: >-\n  Una bolsita "
            f"de líquido.\ntranslated_from: \"{translated_from or fingerprint(CYST)}\"\n{review}\n---\n{body}")


def test_a_translation_is_the_english_entry_with_its_own_words_and_review() -> None:
    assert CYST is not None
    entry = parse_translation(_file(), CYST, "es", DEFAULT_FOLDER)
    assert (entry.term, entry.language, entry.aliases) == ("Quiste simple", "es", ("quiste", "bolsa de líquido"))
    assert entry.sections["worried"] == "No. Es inofensivo."
    # What is not words stays the English entry's: it cannot drift between languages.
    assert (entry.category, entry.related, entry.sources) == (CYST.category, CYST.related, CYST.sources)
    assert needs_review(entry) and entry.reviewed is None
    reviewed = parse_translation(_file(review="reviewed_by: Ana Pérez\nreviewed: 2026-12-01"), CYST, "es", DEFAULT_FOLDER)
    assert not needs_review(reviewed) and reviewed.reviewed_by == "Ana Pérez"
    # The English text changed since: the review no longer covers what the English now says.
    stale = parse_translation(_file(review="reviewed_by: Ana Pérez\nreviewed: 2026-12-01", translated_from="0" * 12),
                              CYST, "es", DEFAULT_FOLDER)
    assert needs_review(stale)


@pytest.mark.parametrize(("text", "problem"), [
    (_file(slug="oil_cyst"), "slug 'oil_cyst' is not the file's name 'cyst'"),
    (_file(review="reviewed_by: Ana\nreviewed: null"), "'reviewed_by' and 'reviewed' are given together"),
    (_file(review="reviewed_by: null\nreviewed: null\ncategory: finding"), "unknown front-matter key 'category'"),
    (_file(body="## Qué es\n\nTexto.\n"), "no section headed '¿Debo preocuparme?'"),
    (_file(term=""), "'term' must be non-empty text"),
])
def test_a_malformed_translation_names_its_file_and_problem(text: str, problem: str) -> None:
    assert CYST is not None
    with pytest.raises(GlossaryError, match=r"^es/cyst\.md: .*" + problem.replace("?", r"\?").replace("(", r"\(")):
        parse_translation(text, CYST, "es", DEFAULT_FOLDER)


def test_lint_catches_a_dropped_number_and_hard_reading(tmp_path: Path) -> None:
    english = ENGLISH.get("birads_3")
    assert english is not None
    path = tmp_path / "es" / "birads_3.md"
    hard = ("## Qué es\n\nLa categorización probabilísticamente benigna corresponde a hallazgos radiológicos "
            "caracterizados morfológicamente mediante evaluaciones multiparamétricas extraordinariamente detalladas "
            "y consideraciones epidemiológicas internacionalmente consensuadas.\n\n## Cuándo puede verlo en su informe"
            "\n\nTexto.\n\n## ¿Debo preocuparme?\n\nTexto.\n\n## Qué hacer ahora\n\n1. Texto.\n")
    text = (f"---\nterm: Categoría 3 de BI-RADS\nslug: birads_3\naliases: [categoría 3]\nquick_answer: Texto.\n"
            f"translated_from: \"{fingerprint(english)}\"\nreviewed_by: null\nreviewed: null\n---\n{hard}")
    problems = check_translation(text, english, "es", DEFAULT_FOLDER, path)
    assert any("numbers of the English entry missing" in p for p in problems)
    assert any("the target is Fernández-Huerta" in p for p in problems)


def test_spanish_readability_ranks_plain_above_dense_text() -> None:
    plain = spanish_readability("Un quiste es una bolsita con líquido. Casi siempre es inofensivo. No necesita biopsia.")
    dense = spanish_readability("La caracterización ecográfica multiparamétrica de lesiones quísticas complicadas "
                                "requiere correlación histopatológica ocasionalmente.")
    assert plain.meets_target and not dense.meets_target
    assert plain.fernandez_huerta > dense.fernandez_huerta and plain.inflesz > dense.inflesz


def test_chinese_readability_counts_sentence_length_and_untaught_characters() -> None:
    # 說 is taught as 説 in Hong Kong: a common other form is never counted as untaught.
    assert {"說", "説", "鈣", "乳"} <= primary_characters()
    short = chinese_readability("這是水囊。它通常無害。醫生會再檢查。")
    assert short.meets_target and short.longest_sentence == 6 and short.outside == ()
    rare = chinese_readability("乳房內見一枚鈦夾及釓劑。")
    assert set(rare.outside) == {"鈦", "釓"} and not rare.meets_target
    long = chinese_readability("這" * 36 + "。")
    assert long.longest_sentence == 36 and not long.meets_target


def test_chinese_names_link_inside_running_chinese_text(tmp_path: Path) -> None:
    folder = tmp_path / "glossary"
    shutil.copytree(DEFAULT_FOLDER, folder, ignore=shutil.ignore_patterns("zh-Hant", "es"))
    (folder / "zh-Hant").mkdir()
    assert CYST is not None
    for entry in load_glossary(folder, language="en"):
        term = "單純性囊腫" if entry.slug == "cyst" else f"詞{entry.slug}"
        (folder / "zh-Hant" / f"{entry.slug}.md").write_text(
            f"---\nterm: {term}\nslug: {entry.slug}\naliases: []\nquick_answer: 說明。\ntranslated_from: x\n"
            "reviewed_by: null\nreviewed: null\n---\n## 這是甚麼\n\n甲。\n\n## 報告上何時會見到\n\n乙。\n\n"
            "## 我應該擔心嗎？\n\n丙。\n\n## 下一步可以做甚麼\n\n1. 丁。\n", encoding="utf-8")
    chinese = load_glossary(folder, language="zh-Hant")
    with use_language("zh-Hant"):
        linked = link_terms("報告說右乳有一個單純性囊腫，通常無害。", chinese)
    assert linked == "報告說右乳有一個[單純性囊腫](glossary?term=cyst&lang=zh-Hant)，通常無害。"
    # Search finds it by a piece of its Chinese name, and by the English words on the report.
    assert chinese.search("囊腫")[0].slug == "cyst"
    assert chinese.search("cyst")[0].slug == "cyst"


def test_spanish_search_finds_words_typed_without_accents() -> None:
    spanish = load_glossary(language="es") if (DEFAULT_FOLDER / "es").is_dir() else None
    if spanish is None:
        pytest.fail("the Spanish glossary is missing")
    found = [e.slug for e in spanish.search("calcificacion")[:3]]
    assert "calcification" in found
