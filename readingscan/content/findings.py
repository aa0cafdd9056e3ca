"""The typed records of findings.yaml: the grammar table of findings (how each is named for one or several,
its article and its gloss) and how reassuring a finding is (its outlook), which chooses its questions.

A noun whose ``one`` and ``several`` are the same ("architectural distortion", "fat necrosis") is a mass noun:
it takes no article and one verb form. Every finding name the lexicon gives (its ``label``) has a record in
``labels``; a finding without one is named by its kind (``kinds``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import with_config

from readingscan.content.checks import FORBID, every, template
from readingscan.content.records import Affix, Text
from readingscan.model import Category, FindingKind

__all__ = ["Count", "FindingNames", "Noun", "Outlook", "OutlookRules"]


class Count(StrEnum):
    ONE = "one"
    SEVERAL = "several"


class Outlook(StrEnum):
    """How reassuring a finding is, from its category, stability and name: it chooses the questions."""

    BENIGN = "benign"  # category 1 or 2, or unchanged / harmless by name with no more serious category
    WATCH = "watch"  # category 3: a check-up picture
    OPEN = "open"  # no category, or 0: not settled yet
    SUSPICIOUS = "suspicious"  # 4, 4A-4C, 5, 6


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Noun:
    """One finding's name: "cyst" / "cysts", glossed "a small sac filled with fluid" / "small sacs ..."."""

    one: Text
    several: Text
    gloss_one: Text
    gloss_several: Text
    usual: Count  # the count when the report's words do not show it ("calcifications": several)
    benign: bool  # harmless by its name alone (a simple cyst, a lipoma) unless the category says more
    # The article for one, where a language's article follows the noun (Spanish "un" / "una" by gender);
    # None: the language's ``articles`` rule chooses it from the first word said.
    article: Affix | None = None


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Articles:
    a: Affix  # "" in a language with no article (Chinese) or whose article is the noun's own (Spanish)
    an: Affix
    vowel_letters: Text  # a word starting with one of these letters takes ``an``...
    vowel_sound: tuple[str, ...]  # ...and so do these first words, whatever their letter ("hour")
    consonant_sound: tuple[str, ...]  # but not these ("unilateral", "one")


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class OutlookRules:
    categories: Annotated[dict[Category, Outlook], every(Category)]
    no_category: Outlook


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class FindingNames:
    """findings.yaml: the grammar table and the outlook rules."""

    articles: Articles
    joiner: Text  # the last two of a list: "fine pleomorphic and fine linear"
    # The order a finding's words are said in: its pattern, its shapes and its name (English "grouped
    # amorphous calcifications"; Spanish puts the name first); empty parts drop out.
    phrase: Annotated[str, template("pattern", "shapes", "name")]
    kinds: Annotated[dict[FindingKind, Noun], every(FindingKind)]
    labels: dict[str, Noun]
    outlook: OutlookRules
