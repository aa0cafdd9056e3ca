"""The Report's notes are English (the Report is the same in every language); the explanation says each in the
reader's language, values kept, and one it does not know as written."""

from __future__ import annotations

from dataclasses import fields

import pytest

from readingscan.content import load_content
from readingscan.explain.notes import in_language, is_ocr_note


def _english_and(language: str) -> list[tuple[str, str]]:
    english, other = load_content("en"), load_content(language)
    pairs = [(getattr(english.warnings, f.name), getattr(other.warnings, f.name)) for f in fields(english.warnings)]
    pairs += [(getattr(english.ingest.notes, f.name), getattr(other.ingest.notes, f.name))
              for f in fields(english.ingest.notes)]
    return pairs


@pytest.mark.parametrize("language", ["zh-Hant", "es"])
def test_every_note_is_said_in_the_readers_language_with_its_values(language: str) -> None:
    for english, translated in _english_and(language):
        values = {"page": "3"} if "{page}" in english else {}
        assert in_language(english.format(**values), language) == translated.format(**values).strip()
    english = load_content("en").ingest.notes
    other = load_content(language).ingest.notes
    # Two notes the engine joins into one (a photo read by OCR, some of its words unsure).
    joined = in_language(english.ocr + english.ocr_unsure, language)  # joined as the engine joins them
    assert joined.startswith(other.ocr) and joined.endswith(other.ocr_unsure.strip())
    assert is_ocr_note(english.ocr + english.ocr_unsure) and not is_ocr_note(english.truncated)


def test_a_note_it_does_not_know_is_shown_as_written() -> None:
    assert in_language("A note from a newer engine.", "es") == "A note from a newer engine."
    assert in_language(load_content("en").warnings.no_category, "en") == load_content("en").warnings.no_category
