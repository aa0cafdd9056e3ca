"""The terminology list (content/terminology.yaml): how each lexicon term is named in every language, and on
what authority.

One row per term: the glossary's entries (``glossary:<slug>``), the finding names the reader gives
(``label:<name>``) and every descriptor value of the contract (``<descriptor>:<value>``), each with its
English name, its name in every other language, and per language the source that uses that name (a key of
``sources``) or ``translation`` when it is our own rendering, waiting for a person's review. The glossary's
translated names must be these (lint-glossary checks it); search finds an entry by any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from readingscan.content.checks import ContentError
from readingscan.content.language import LANGUAGES

__all__ = ["OWN_RENDERING", "Terminology", "load_terminology"]

OWN_RENDERING = "translation"  # a name no checked source uses: ours, until a person reviews it


@dataclass(frozen=True, slots=True)
class Terminology:
    terms: dict[str, dict[str, str]]  # key -> language -> name
    sources: dict[str, dict[str, str]]  # key -> language (other than English) -> source key or OWN_RENDERING
    works: dict[str, dict[str, str]]  # source key -> {name, url}

    def name(self, key: str, language: str) -> str | None:
        """The name of ``key`` in ``language``, or None when the list has no such term."""
        row = self.terms.get(key)
        return row[language] if row else None


def parse_terminology(data: Any) -> Terminology:
    """terminology.yaml's data, checked: ContentError naming the row at fault."""
    if not isinstance(data, dict) or set(data) != {"sources", "terms"}:
        raise ContentError("content/terminology.yaml: the file holds 'sources' and 'terms', nothing else")
    works = {str(k): dict(v) for k, v in data["sources"].items()}
    terms: dict[str, dict[str, str]] = {}
    sources: dict[str, dict[str, str]] = {}
    for key, row in data["terms"].items():
        where = f"content/terminology.yaml: terms.{key}"
        if not isinstance(row, dict) or set(row) != {*LANGUAGES, "source"}:
            raise ContentError(f"{where}: give {', '.join(LANGUAGES)} and source")
        names = {language: row[language] for language in LANGUAGES}
        if not all(isinstance(n, str) and n.strip() for n in names.values()):
            raise ContentError(f"{where}: every name is a non-empty text")
        given = row["source"]
        if not isinstance(given, dict) or set(given) != set(LANGUAGES[1:]):
            raise ContentError(f"{where}.source: one source for each of {', '.join(LANGUAGES[1:])}")
        unknown = [s for s in given.values() if s != OWN_RENDERING and s not in works]
        if unknown:
            raise ContentError(f"{where}.source: {unknown[0]!r} is not a key of sources (or {OWN_RENDERING!r})")
        terms[str(key)], sources[str(key)] = names, dict(given)
    return Terminology(terms=terms, sources=sources, works=works)


@cache
def load_terminology() -> Terminology:
    """The terminology list, loaded and checked once per process."""
    path = resources.files("readingscan").joinpath("content", "terminology.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError("content/terminology.yaml: missing file") from None
    return parse_terminology(data)
