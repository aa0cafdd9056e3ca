"""Choosing a language: browser tags to our languages, the run's language, and words that follow it."""

from __future__ import annotations

import threading

import pytest

from readingscan.content import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    current_language,
    language_for,
    load_content,
    set_language,
    tidy,
    use_language,
)
from readingscan.content.language import InLanguage


@pytest.mark.parametrize(("tags", "expected"), [
    ("zh-HK", "zh-Hant"), ("zh-Hant-HK", "zh-Hant"), ("zh-TW,zh;q=0.9", "zh-Hant"), ("yue", "zh-Hant"),
    ("es-MX", "es"), ("es-419,es;q=0.8,en;q=0.5", "es"), ("ES", "es"),
    ("en-GB,en;q=0.9", "en"),
    # The preference order counts, not the order written.
    ("en;q=0.4,es;q=0.9", "es"), ("fr-FR,zh-HK;q=0.8,en;q=0.7", "zh-Hant"),
    # Simplified Chinese readers are not given Traditional characters unasked; an unknown list gives none.
    ("zh-CN", None), ("zh-Hans-HK", None), ("fr,de", None), ("", None), (None, None), ("es;q=abc", "es"),
    ("es;q=0,fr", None), ("zh-HK;q=0,es;q=0.5", "es"),
])
def test_browser_tags_choose_our_language(tags: str | None, expected: str | None) -> None:
    assert language_for(tags) == expected


def test_the_run_language_is_english_until_chosen_and_a_block_restores_it() -> None:
    assert current_language() == DEFAULT_LANGUAGE == LANGUAGES[0] == "en"
    with use_language("es"):
        assert current_language() == "es"
        assert load_content().language == "es"
        with use_language("zh-Hant"):
            assert load_content().language == "zh-Hant"
        assert current_language() == "es"
    assert current_language() == "en"
    with pytest.raises(ValueError, match="no language 'fr'"):
        set_language("fr")


def test_one_threads_choice_never_reaches_another_thread() -> None:
    # Streamlit runs each session's script in its own thread: a choice made there stays there.
    seen: list[str] = []

    def other_session() -> None:
        set_language("zh-Hant")
        seen.append(current_language())

    thread = threading.Thread(target=other_session)
    thread.start()
    thread.join()
    assert seen == ["zh-Hant"]
    assert current_language() == "en"


def test_a_table_of_words_follows_the_language_at_each_look_up() -> None:
    kinds = InLanguage(lambda: load_content().findings.kinds)
    english = kinds["mass"].one
    with use_language("es"):
        spanish = kinds["mass"].one
    assert english == "mass" and spanish != english and len(kinds) == len(load_content("es").findings.kinds)


def test_spaces_between_chinese_words_are_taken_out_and_nothing_else() -> None:
    assert tidy("成組 無定形 鈣化點") == "成組無定形鈣化點"
    assert tidy("BI-RADS 第4類：可疑 （需要 活檢）") == "BI-RADS 第4類：可疑（需要活檢）"
    assert tidy("grouped amorphous calcifications") == "grouped amorphous calcifications"
