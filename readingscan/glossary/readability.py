"""How readable an entry is for a patient: the text a patient reads, and its textstat figures."""

from __future__ import annotations

import re
from dataclasses import dataclass

import textstat

from readingscan.glossary.entries import Entry


@dataclass(frozen=True, slots=True)
class Readability:
    fk_grade: float
    reading_ease: float
    words_per_sentence: float
    long_word_share: float  # share of words of three or more syllables, what pushes the grade up


def patient_text(entry: Entry) -> str:
    """What a patient reads: the quick answer and the body with its Markdown stripped (headings,
    list markers, emphasis, link targets). Readability and figure checks run on this text."""
    body = re.sub(r"^#+ .*$", "", entry.body, flags=re.MULTILINE)
    body = re.sub(r"^\s*(\d+\.|[-*])\s+", "", body, flags=re.MULTILINE)
    body = re.sub(r"[*_`]", "", body)
    body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)
    return entry.quick_answer.strip() + "\n" + body


def readability(text: str) -> Readability:
    """Flesch-Kincaid grade, reading ease, words per sentence and the share of long words, by textstat."""
    words = int(textstat.lexicon_count(text))
    return Readability(
        fk_grade=float(textstat.flesch_kincaid_grade(text)),
        reading_ease=float(textstat.flesch_reading_ease(text)),
        words_per_sentence=float(textstat.words_per_sentence(text)) if words else 0.0,
        long_word_share=float(textstat.polysyllabcount(text)) / words if words else 0.0,
    )
