"""The wording lab's figures for the glossary in other languages: readability by the language's own measure,
lint problems, and review state, one row per entry; and the entries waiting for a person's review."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from readingscan.glossary.entries import Entry, load_glossary
from readingscan.glossary.lint_languages import readability_of, translation_problems
from readingscan.glossary.translations import fingerprint, needs_review

__all__ = ["TranslationFigures", "measure_language", "review_state", "worst"]


@dataclass(frozen=True, slots=True)
class TranslationFigures:
    slug: str
    term: str  # in the language
    english: str  # the English term
    readability: str  # the language's figures in words ("Fernández-Huerta 81.2, INFLESZ 77.0")
    meets_target: bool
    score: float  # one number to sort by, higher is harder to read (for "the worst five")
    review: str  # "reviewed by ... on ...", "waiting for review", "English changed since review"
    waiting: bool
    problems: tuple[str, ...]

    @property
    def passes(self) -> bool:
        return not self.problems


def review_state(entry: Entry) -> str:
    """An entry's review state in words (for the content team, in English)."""
    if entry.english is not None and entry.translated_from != fingerprint(entry.english):
        return "waiting for review: the English entry changed since it was translated"
    if entry.reviewed is None:
        return "waiting for review"
    return f"reviewed by {entry.reviewed_by} on {entry.reviewed:%Y-%m-%d}"


def measure_language(folder: Path, language: str) -> tuple[TranslationFigures, ...]:
    """Every entry of ``language`` under the glossary ``folder``, A-Z by its English slug: each parsed and
    measured once (the lint's checks run on the parsed entry)."""
    rows = []
    for entry in sorted(load_glossary(folder, language), key=lambda e: e.slug):
        assert entry.english is not None
        figures = readability_of(entry)
        rows.append(TranslationFigures(
            slug=entry.slug, term=entry.term, english=entry.english.term, readability=figures.summary,
            meets_target=figures.meets_target, score=figures.hardness, review=review_state(entry),
            waiting=needs_review(entry), problems=tuple(translation_problems(entry, figures)),
        ))
    return tuple(rows)


def worst(rows: tuple[TranslationFigures, ...], count: int = 5) -> tuple[TranslationFigures, ...]:
    """The ``count`` entries hardest to read by the language's measure."""
    return tuple(sorted(rows, key=lambda r: -r.score)[:count])
