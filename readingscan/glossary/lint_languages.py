"""Check the glossary's translations (``glossary/<language>/<slug>.md``), one line per problem.

Each English entry has a translation in every language; each translation parses (translations.py), keeps
every number of the English (a figure dropped or changed in translation is the commonest silent error),
meets its language's readability target (readability_languages.py) and is named as the terminology list says
(readingscan/content/terminology.yaml). Whether a person has reviewed it is not a problem: the Wording lab
lists what waits for review.
"""

from __future__ import annotations

import re
from pathlib import Path

from readingscan.content.language import LANGUAGES
from readingscan.content.terminology import load_terminology
from readingscan.glossary.entries import Entry, GlossaryError, parse_entry
from readingscan.glossary.readability import patient_text
from readingscan.glossary.readability_languages import TARGETS, ChineseReadability, SpanishReadability, measure
from readingscan.glossary.translations import parse_translation

__all__ = ["check_translation", "lint_translations", "readability_of", "translation_problems"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def readability_of(entry: Entry) -> SpanishReadability | ChineseReadability:
    """A translated entry's readability figures, by its language's measure, on the text a patient reads."""
    return measure(patient_text(entry), entry.language)


def _numbers(text: str) -> set[str]:
    # A decimal comma too: Spanish writes "5,2 %" where the English has "5.2%".
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def check_translation(text: str, english: Entry, language: str, folder: Path, path: Path) -> list[str]:
    """The problems of one translation's text, as if saved at ``path``."""
    try:
        entry = parse_translation(text, english, language, folder, path)
    except GlossaryError as error:
        return [str(error)]
    return translation_problems(entry, readability_of(entry))


def translation_problems(entry: Entry, figures: SpanishReadability | ChineseReadability) -> list[str]:
    """The problems of a translation already parsed (``figures``: its readability, measured once by the caller)."""
    english = entry.english
    assert english is not None, "a translation, over its English entry"
    label = f"{entry.language}/{entry.slug}.md"
    problems = []
    missing = sorted(_numbers(f"{english.quick_answer}\n{english.body}") - _numbers(f"{entry.quick_answer}\n{entry.body}"))
    if missing:
        problems.append(f"{label}: numbers of the English entry missing: {', '.join(missing)}")
    if not figures.meets_target:
        problems.append(f"{label}: {figures.summary}; the target is {TARGETS[entry.language]}")
    if not entry.aliases:
        problems.append(f"{label}: no aliases: give the words a person may type to find it")
    named = load_terminology().name(f"glossary:{english.slug}", entry.language)
    if named is not None and named != entry.term:
        problems.append(f"{label}: term {entry.term!r} differs from the terminology list's {named!r}")
    return problems


def lint_translations(root: Path) -> list[str]:
    """Every problem of every translation under ``root`` (the glossary folder). A folder with no language
    folder at all is an English-only copy (a draft, a test) and has none; the project's has every language."""
    if not any((root / language).is_dir() for language in LANGUAGES[1:]):
        return []
    english = {p.stem: parse_entry(p.read_text(encoding="utf-8"), p) for p in sorted(root.glob("*.md"))}
    problems = []
    for language in LANGUAGES[1:]:
        folder = root / language
        for slug, entry in english.items():
            path = folder / f"{slug}.md"
            if not path.is_file():
                problems.append(f"{language}/{slug}.md: missing (every entry exists in every language)")
                continue
            problems += check_translation(path.read_text(encoding="utf-8"), entry, language, root, path)
        problems += [f"{language}/{p.name}: no English entry {p.stem!r}" for p in sorted(folder.glob("*.md"))
                     if p.stem not in english]
    return problems
