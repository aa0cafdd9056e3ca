"""The grid's words: names for each shape and pattern, the plain sentence for each level, and what the
Atlas says about each shape and pattern in plain words (the fallback when no study gives a figure).

The words are content (content/en/grid.yaml, checked at load: every level, shape and pattern has its
words); this module only fills in the cell sentences. Every sentence is for patients and is checked to
read at grade 8 or lower (Flesch-Kincaid). The Atlas's own wording, for clinicians, lives in the rule
table of ``cells.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from readingscan.content import GridWords, Level, LevelWords, Words, load_content
from readingscan.content.language import InLanguage
from readingscan.content.records import NOT_STATED
from readingscan.model import Distribution, Morphology

__all__ = ["CATEGORY_SOURCE", "DISTRIBUTION_WORDS", "LEVELS", "MORPHOLOGY_WORDS", "Level", "LevelWords",
           "Words", "cell_name", "cell_sentence", "fallback", "grid_words", "no_figure"]


def grid_words() -> GridWords:
    """The grid's wording (content/en/grid.yaml), loaded once."""
    return load_content().grid


@cache
def _distribution_words(language: str) -> Mapping[Distribution | None, Words]:
    words = load_content(language).grid.distribution
    return MappingProxyType({**{d: words[d.value] for d in Distribution}, None: words[NOT_STATED]})


# The words as tables, for the screens that name them directly: each look-up is in the run's language.
CATEGORY_SOURCE = grid_words().category_source  # the Atlas's category table, as reproduced: a citation, in English
LEVELS: Mapping[Level, LevelWords] = InLanguage(lambda: grid_words().levels)
MORPHOLOGY_WORDS: Mapping[Morphology, Words] = InLanguage(lambda: grid_words().morphology)
DISTRIBUTION_WORDS: Mapping[Distribution | None, Words] = InLanguage(lambda: _distribution_words(load_content().language))


def no_figure() -> str:
    """What a cell says when no study gives a figure for it, in the run's language."""
    return grid_words().no_figure


def cell_sentence(morphology: Morphology, distribution: Distribution | None, level: Level) -> str:
    """The plain sentence of one cell: "Tiny specks of many shapes in a small group can be a sign ..."."""
    return grid_words().cell_sentence.format(shape=MORPHOLOGY_WORDS[morphology].plain,
                                             pattern=DISTRIBUTION_WORDS[distribution].plain, says=LEVELS[level].says)


def fallback(morphology: Morphology, distribution: Distribution | None) -> str:
    """What a cell says when no verified figure exists for its combination: the Atlas on shape and pattern."""
    return grid_words().fallback.format(no_figure=no_figure(), shape=MORPHOLOGY_WORDS[morphology].atlas,
                                        pattern=DISTRIBUTION_WORDS[distribution].atlas)


def cell_name(morphology: Morphology, distribution: Distribution | None) -> str:
    """"Fine pleomorphic · Grouped": the cell as a clinician names it."""
    return grid_words().cell_name.format(shape=MORPHOLOGY_WORDS[morphology].name,
                                         pattern=DISTRIBUTION_WORDS[distribution].name)
