"""The sources of a glossary entry: the work a patient is shown, and where the content team read it.

A source in an entry's front matter has a ``citation`` (shown beside the entry: the primary work, e.g.
"American College of Radiology. ACR BI-RADS Atlas, 5th ed. (2013)" or a paper's authors, title, journal,
year and DOI), the ``figures`` it supports, and an optional ``checked_via``: the mirror, repository or
abstract page the figure was read in. That path is kept for the content team and never shown. The words
that betray such a path in a shown citation are data (``shown_citation.yaml``), read once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

SOURCE_KEYS: tuple[str, ...] = ("citation", "figures", "checked_via")
MARKERS_FILE = Path(__file__).with_name("shown_citation.yaml")
_MARKERS_KEYS = frozenset({"path_markers"})


@dataclass(frozen=True, slots=True)
class Source:
    """A work an entry rests on: ``citation`` is shown; ``checked_via`` (where it was read) never is."""

    citation: str
    figures: tuple[str, ...] = ()
    checked_via: str = ""


def source_problems(number: int, source: Any) -> list[str]:
    """Every problem with the front matter's ``number``-th source (empty when it is fine)."""
    if not (isinstance(source, dict) and isinstance(source.get("citation"), str) and source["citation"].strip()):
        return [f"source {number} needs a 'citation'"]
    unknown = sorted(set(source) - set(SOURCE_KEYS))
    if unknown:
        return [f"source {number}: unknown key {unknown[0]!r} (a source has {', '.join(SOURCE_KEYS)})"]
    problems = [] if isinstance(source.get("figures", []), list) else [f"source {number}: 'figures' must be a list"]
    if "checked_via" in source and not (isinstance(source["checked_via"], str) and source["checked_via"].strip()):
        problems.append(f"source {number}: 'checked_via' must be non-empty text (where the source was read)")
    return problems


def parse_source(source: dict[str, Any]) -> Source:
    """A checked source mapping (``source_problems`` found nothing) as a Source."""
    figures = tuple(str(figure) for figure in source.get("figures") or ())
    return Source(source["citation"].strip(), figures, str(source.get("checked_via", "")).strip())


@cache
def path_markers(path: Path = MARKERS_FILE) -> tuple[str, ...]:
    """The words that name a host, mirror or repository (lower case), from ``shown_citation.yaml``.

    Raises ValueError naming the file when it is not a mapping with a non-empty list of words.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != _MARKERS_KEYS:
        raise ValueError(f"{path.name}: expected exactly the key(s) {', '.join(sorted(_MARKERS_KEYS))}")
    markers = data["path_markers"]
    if not (isinstance(markers, list) and markers and all(isinstance(m, str) and m.strip() for m in markers)):
        raise ValueError(f"{path.name}: 'path_markers' must be a non-empty list of words")
    return tuple(dict.fromkeys(m.strip().casefold() for m in markers))


def paths_in(citation: str, markers: tuple[str, ...] | None = None) -> list[str]:
    """The markers in a shown ``citation`` that name where it was checked instead of the work ([] when none).

    "Atlas table as reproduced at html.scirp.org" gives ["html.", "scirp", "as reproduced", "reproduced at"];
    "Sprague BL et al. ... J Natl Cancer Inst 2014. doi:10.1093/jnci/dju255" gives [].
    """
    text = citation.casefold()
    return [marker for marker in (path_markers() if markers is None else markers) if marker in text]
