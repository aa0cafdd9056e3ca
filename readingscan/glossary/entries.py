"""The glossary: one Markdown file per term (``glossary/<slug>.md``) with YAML front matter.

Content is written by non-programmers, so every file is checked on load: an unknown or missing
front-matter key is an error naming the file and the key. ``link_terms`` is the one function every
screen uses to turn glossary words in generated text into links.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from readingscan.content.language import current_language
from readingscan.glossary.match import Names, build_link_pattern, link_names, names_of, score_names, term_names
from readingscan.glossary.sources import Source, parse_source, source_problems
from readingscan.model import Modality


def _default_folder() -> Path:
    """The glossary an installed wheel carries (readingscan/glossary_files/), else the checkout's glossary/."""
    packaged = resources.files("readingscan").joinpath("glossary_files")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "glossary"


DEFAULT_FOLDER = _default_folder()


class GlossaryCategory(StrEnum):
    """The shelves of the glossary (an entry's front matter ``category``), in the order the page lists them."""

    MORPHOLOGY = "morphology"
    DISTRIBUTION = "distribution"
    CALCIFICATION = "calcification"
    FINDING = "finding"
    BIRADS = "birads"
    DENSITY = "density"
    EXAM = "exam"
    PROCEDURE = "procedure"
    DIAGNOSIS = "diagnosis"
    REPORT_WORDS = "report_words"


GLOSSARY_CATEGORIES: tuple[str, ...] = tuple(GlossaryCategory)
MODALITIES = frozenset(m.value for m in Modality)
FRONT_MATTER_KEYS: tuple[str, ...] = (
    "term", "slug", "aliases", "category", "modalities", "quick_answer", "related", "sources", "reviewed",
)
# The product's page shape: section key -> the exact body heading writers use.
SECTION_HEADINGS: dict[str, str] = {
    "what_it_is": "What it is",
    "when_on_report": "When you might see it on your report",
    "worried": "Should I be worried?",
    "next_steps": "What to do next",
}
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n?(.*)\Z", re.DOTALL)
_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t]*$", re.MULTILINE)


class GlossaryError(ValueError):
    """A glossary file is malformed. The message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    slug: str
    aliases: tuple[str, ...]
    category: str
    modalities: tuple[str, ...]
    quick_answer: str
    related: tuple[str, ...]
    sources: tuple[Source, ...]
    reviewed: date | None  # None: a translation no person has reviewed yet
    body: str
    sections: dict[str, str] = field(compare=False, hash=False)  # SECTION_HEADINGS key -> Markdown
    path: Path | None = field(default=None, compare=False)
    language: str = "en"
    reviewed_by: str | None = None  # a translation's reviewer (translations.py)
    translated_from: str = ""  # the fingerprint of the English text a translation renders
    english: Entry | None = field(default=None, compare=False, repr=False)  # a translation's English entry


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter (``yaml.safe_load``) and the Markdown body of one glossary file."""
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n").lstrip("\ufeff"))
    if match is None:
        raise GlossaryError("no front matter: the file must start with a '---' line and close it with another")
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        raise GlossaryError(f"front matter is not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise GlossaryError("front matter must be a mapping of keys")
    return data, match.group(2)


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def front_matter_problems(data: dict[str, Any]) -> list[str]:
    """Every problem with a front matter mapping's keys and value types (empty when it is fine)."""
    problems = [f"missing front-matter key {k!r}" for k in FRONT_MATTER_KEYS if k not in data]
    problems += [f"unknown front-matter key {k!r}" for k in data if k not in FRONT_MATTER_KEYS]
    for key in ("term", "slug", "quick_answer"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            problems.append(f"{key!r} must be non-empty text")
    for key in ("aliases", "modalities", "related"):
        if key in data and not (_str_list(data[key]) or data[key] == []):
            problems.append(f"{key!r} must be a list of words")
    if "category" in data and data["category"] not in GLOSSARY_CATEGORIES:
        problems.append(f"category {data['category']!r} is not one of {', '.join(GLOSSARY_CATEGORIES)}")
    if _str_list(data.get("modalities")):
        problems += [f"unknown modality {m!r}" for m in data["modalities"] if m not in MODALITIES]
    if "reviewed" in data and not isinstance(data["reviewed"], date):
        problems.append("'reviewed' must be a date written as YYYY-MM-DD")
    if "sources" in data:
        sources = data["sources"]
        if not isinstance(sources, list) or not sources:
            problems.append("'sources' must list at least one source")
        else:
            problems += [p for number, source in enumerate(sources, start=1) for p in source_problems(number, source)]
    return problems


def split_sections(body: str, headings: dict[str, str] = SECTION_HEADINGS) -> dict[str, str]:
    """The body's text under each known heading, keyed like SECTION_HEADINGS ("" when absent)."""
    keys = {heading: key for key, heading in headings.items()}
    found: dict[str, str] = dict.fromkeys(headings, "")
    matches = list(_HEADING.finditer(body))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        key = keys.get(match.group(1))
        if key is not None:
            found[key] = body[match.end():following.start() if following else len(body)].strip()
    return found


def parse_entry(text: str, path: Path | None = None) -> Entry:
    """One glossary file's text into an Entry. Raises GlossaryError naming the file and the problem."""
    where = path.name if path else "<text>"
    try:
        data, body = split_front_matter(text)
    except GlossaryError as error:
        raise GlossaryError(f"{where}: {error}") from error
    problems = front_matter_problems(data)
    if problems:
        raise GlossaryError(f"{where}: {'; '.join(problems)}")
    sources = tuple(parse_source(source) for source in data["sources"])
    return Entry(
        term=data["term"].strip(), slug=data["slug"].strip(), aliases=tuple(data["aliases"]),
        category=data["category"], modalities=tuple(data["modalities"]), quick_answer=" ".join(data["quick_answer"].split()),
        related=tuple(data["related"]), sources=sources, reviewed=data["reviewed"], body=body.strip(),
        sections=split_sections(body), path=path,
    )


class Glossary:
    """All entries, sorted by term. ``entries`` maps slug -> Entry."""

    def __init__(self, entries: list[Entry]) -> None:
        ordered = sorted(entries, key=lambda e: (e.term.casefold(), e.slug))
        self.entries: dict[str, Entry] = {e.slug: e for e in ordered}
        # A translation is also found by its English names: a person may type the word on the report.
        self._names: dict[str, Names] = {
            e.slug: names_of(e.term, e.slug, (*e.aliases, *_english_names(e))) for e in ordered
        }

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, slug: object) -> bool:
        return slug in self.entries

    def get(self, slug: str) -> Entry | None:
        """The entry for ``slug``, or None."""
        return self.entries.get(slug)

    def search(self, query: str, category: str | None = None) -> list[Entry]:
        """Entries whose term or aliases match ``query``, best first; every entry (A-Z) for an empty query.

        Matches whole names, word prefixes and near-misspellings: "pleomorfic" finds fine pleomorphic
        calcifications, "calcificaton" finds calcification, "DCIS" finds ductal carcinoma in situ.
        """
        pool = [e for e in self if category is None or e.category == category]
        if not query.strip():
            return pool
        scored = [(score_names(query, self._names[e.slug]), e) for e in pool]
        return [e for score, e in sorted(scored, key=lambda pair: -pair[0]) if score > 0]

    @cached_property
    def _link_pattern(self) -> tuple[re.Pattern[str], tuple[str, ...]]:
        return build_link_pattern([(e.slug, term_names(e.term), e.aliases) for e in self])


def _english_names(entry: Entry) -> tuple[str, ...]:
    return () if entry.english is None else (entry.english.term, *entry.english.aliases)


def _load_folder(folder: Path, language: str = "en") -> Glossary:
    from readingscan.glossary.translations import translate  # translations build on this module

    english = [parse_entry(path.read_text(encoding="utf-8"), path) for path in sorted(folder.glob("*.md"))]
    return Glossary(english if language == "en" else translate(english, folder, language))


@cache
def _default_glossary(language: str) -> Glossary:
    return _load_folder(DEFAULT_FOLDER, language)


def load_glossary(folder: Path | str | None = None, language: str | None = None) -> Glossary:
    """Every entry in ``folder`` (default: the project's glossary/, loaded once per process per language), in
    ``language`` (default: this run's; others from ``folder/<language>/<slug>.md``, translations.py).

    Raises GlossaryError naming the file when an entry is malformed, or has no translation.
    """
    language = language or current_language()
    return _default_glossary(language) if folder is None else _load_folder(Path(folder), language)


def _term_url(slug: str) -> str:
    # Relative to the app's root (works from every page); the link opens in the language it was shown in.
    language = current_language()
    return f"glossary?term={slug}" + ("" if language == "en" else f"&lang={language}")


def link_terms(text: str, glossary: Glossary, *, url: Callable[[str], str] = _term_url) -> str:
    """Markdown ``text`` with the first mention of each glossary term linked: ``[grouped](glossary?term=grouped)``.

    Call it once per section: each slug is linked at most once per call. The longest name wins
    ("fine pleomorphic calcifications" before "calcifications"), on word boundaries, ignoring case
    (names written in capitals in the glossary, like "US" or "DCIS", match only in capitals, so the
    word "us" is never linked). Text already inside a Markdown link or code is left alone.
    """
    pattern, slugs = glossary._link_pattern
    return link_names(text, pattern, slugs, url)
