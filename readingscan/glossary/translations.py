"""The glossary in other languages: ``glossary/<language>/<slug>.md``, one file per entry and language.

A translation holds what a person reads (term, aliases to search by, quick answer, body under the language's
headings, glossary/headings.yaml) and its review state: who reviewed it and when (both empty until a person
has), and ``translated_from``, the fingerprint of the English text it renders. Everything else (category,
modalities, related entries, sources) is the English entry's, so it cannot drift between languages. When the
English text changes, its fingerprint no longer matches and the translation counts as waiting for review again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from readingscan.glossary.entries import DEFAULT_FOLDER, Entry, GlossaryError, split_front_matter, split_sections

__all__ = ["TRANSLATION_KEYS", "fingerprint", "headings", "needs_review", "parse_translation", "section_headings",
           "translate"]

TRANSLATION_KEYS: tuple[str, ...] = (
    "term", "slug", "aliases", "quick_answer", "translated_from", "reviewed_by", "reviewed",
)


def fingerprint(entry: Entry) -> str:
    """12 hex digits of the English text a translation renders (term, quick answer, body)."""
    text = "\n".join((entry.term, entry.quick_answer, entry.body))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@cache
def _headings(folder: Path) -> dict[str, dict[str, str]]:
    data: Any = yaml.safe_load((folder / "headings.yaml").read_text(encoding="utf-8"))
    return {str(language): dict(words) for language, words in data.items()}


def section_headings(language: str) -> dict[str, str]:
    """The section key -> heading of the project's glossary in ``language`` (glossary/headings.yaml)."""
    return headings(DEFAULT_FOLDER, language)


def headings(folder: Path, language: str) -> dict[str, str]:
    """The section key -> heading of ``language`` (glossary/headings.yaml)."""
    try:
        return _headings(folder)[language]
    except (FileNotFoundError, KeyError):
        raise GlossaryError(f"headings.yaml: no headings for {language!r}") from None


def _problems(data: dict[str, Any], slug: str) -> list[str]:
    problems = [f"missing front-matter key {k!r}" for k in TRANSLATION_KEYS if k not in data]
    problems += [f"unknown front-matter key {k!r}" for k in data if k not in TRANSLATION_KEYS]
    for key in ("term", "quick_answer", "translated_from"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            problems.append(f"{key!r} must be non-empty text")
    if data.get("slug") != slug:
        problems.append(f"slug {data.get('slug')!r} is not the file's name {slug!r}")
    aliases = data.get("aliases")
    if "aliases" in data and not (isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)):
        problems.append("'aliases' must be a list of words")
    if data.get("reviewed_by") is not None and not (isinstance(data["reviewed_by"], str) and data["reviewed_by"].strip()):
        problems.append("'reviewed_by' must be a name, or empty until a person has reviewed it")
    if data.get("reviewed") is not None and not isinstance(data["reviewed"], date):
        problems.append("'reviewed' must be a date written as YYYY-MM-DD, or empty")
    if (data.get("reviewed") is None) != (data.get("reviewed_by") is None):
        problems.append("'reviewed_by' and 'reviewed' are given together or not at all")
    return problems


def parse_translation(text: str, english: Entry, language: str, folder: Path, path: Path | None = None) -> Entry:
    """One translation file over its English entry: the English Entry with the language's words and review."""
    where = f"{language}/{path.name if path else english.slug + '.md'}"
    try:
        data, body = split_front_matter(text)
    except GlossaryError as error:
        raise GlossaryError(f"{where}: {error}") from error
    problems = _problems(data, english.slug)
    sections = split_sections(body, headings(folder, language))
    problems += [f"no section headed {headings(folder, language)[k]!r}" for k, v in sections.items() if not v]
    if problems:
        raise GlossaryError(f"{where}: {'; '.join(problems)}")
    return dataclasses.replace(
        english, term=data["term"].strip(), aliases=tuple(data["aliases"]),
        quick_answer=" ".join(data["quick_answer"].split()), body=body.strip(), sections=sections, path=path,
        language=language, reviewed=data["reviewed"], reviewed_by=data["reviewed_by"],
        translated_from=data["translated_from"].strip(), english=english,
    )


def translate(english: list[Entry], folder: Path, language: str) -> list[Entry]:
    """Every English entry in ``language``; GlossaryError naming the first entry with no translation."""
    entries = []
    for entry in english:
        path = folder / language / f"{entry.slug}.md"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise GlossaryError(f"{language}/{entry.slug}.md: missing (every entry exists in every language)") from None
        entries.append(parse_translation(text, entry, language, folder, path))
    return entries


def needs_review(entry: Entry) -> bool:
    """Whether a person still has to review this entry in its language: never reviewed, or English changed since."""
    if entry.english is None:
        return False
    return entry.reviewed is None or entry.translated_from != fingerprint(entry.english)
