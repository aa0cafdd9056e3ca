"""Readability of the glossary in Spanish and in Traditional Chinese, each by a measure made for its language.

English is measured by Flesch-Kincaid (readability.py). Those formulas count English syllables, so they say
nothing about other languages.

**Spanish**: Fernández-Huerta's reading ease (Fernández Huerta J. Medidas sencillas de lecturabilidad.
Consigna 1959;214:29-32) and Szigriszt-Pazos perspicuity read on the INFLESZ scale, which was validated on
texts for patients (Barrio-Cantalejo IM et al. Validación de la Escala INFLESZ para evaluar la legibilidad de
los textos dirigidos a pacientes. An Sist Sanit Navar 2008;31(2):135-52). Both are computed by textstat with
Spanish syllables (pyphen). The target is "bastante fácil" (fairly easy) or easier on both scales:
Fernández-Huerta 70 or more, INFLESZ 65 or more.

**Traditional Chinese**: Chinese has no syllable-per-word signal, and the measures used for health texts in
Chinese rest on sentence length and on how common the words are (Wang Q, Xie L et al. Readability in printed
education materials for Chinese patients with systemic lupus erythematosus. BMJ Open 2020;10:e038091,
doi:10.1136/bmjopen-2020-038091: more than 10 sentences per 100 words is simple material, 6 to 10 primary).
We measure two things that need no word segmenter:
- the mean sentence length in Chinese characters: 20 or fewer. Six sentences per 100 words, the edge of
  "primary", is 16.7 words a sentence; a Chinese word is 1.2 characters or more, so 20 characters keeps
  inside it. No sentence may pass 35 characters.
- the share of Chinese characters outside the 4,804 characters of the Education Bureau's Lexical Lists for
  Chinese Learning in Hong Kong Primary Schools (2007; readingscan/data/hk_primary_characters.txt): 1% or
  less, so at most one character in a hundred is one a Hong Kong primary school leaver was not taught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from textstat.textstat import textstatistics

__all__ = [
    "TARGETS",
    "ChineseReadability",
    "SpanishReadability",
    "chinese_readability",
    "measure",
    "primary_characters",
    "reading_level",
    "spanish_readability",
]

# Each language's target, in the words the Wording lab and lint-glossary print beside the figures.
TARGETS: dict[str, str] = {
    "es": "Fernández-Huerta ≥ 70 and INFLESZ ≥ 65 ('bastante fácil')",
    "zh-Hant": "≤ 20 characters per sentence (none over 35), ≤ 1% of characters untaught in HK primary schools",
}
SPANISH_EASE, SPANISH_INFLESZ = 70.0, 65.0
CHINESE_MEAN, CHINESE_LONGEST, CHINESE_OUTSIDE = 20.0, 35, 0.01
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A sentence ends at a full stop, question or exclamation mark, a semicolon, or a line break (list items).
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")


@dataclass(frozen=True, slots=True)
class SpanishReadability:
    fernandez_huerta: float
    inflesz: float  # Szigriszt-Pazos perspicuity, read on the INFLESZ scale
    words_per_sentence: float

    @property
    def meets_target(self) -> bool:
        return self.fernandez_huerta >= SPANISH_EASE and self.inflesz >= SPANISH_INFLESZ

    @property
    def summary(self) -> str:
        return f"Fernández-Huerta {self.fernandez_huerta:.1f}, INFLESZ {self.inflesz:.1f}"

    @property
    def level(self) -> float:
        """The one figure the Explain screen shows: INFLESZ (higher is easier)."""
        return self.inflesz

    @property
    def hardness(self) -> float:
        """Higher is harder to read: to rank entries."""
        return -self.inflesz


@dataclass(frozen=True, slots=True)
class ChineseReadability:
    characters_per_sentence: float
    longest_sentence: int
    outside_share: float  # of Chinese characters, outside the Hong Kong primary school list
    outside: tuple[str, ...]  # those characters, each once, in the order they first appear

    @property
    def meets_target(self) -> bool:
        return (self.characters_per_sentence <= CHINESE_MEAN and self.longest_sentence <= CHINESE_LONGEST
                and self.outside_share <= CHINESE_OUTSIDE)

    @property
    def summary(self) -> str:
        return (f"{self.characters_per_sentence:.1f} characters a sentence (longest {self.longest_sentence}), "
                f"{100 * self.outside_share:.1f}% of characters untaught in primary school")

    @property
    def level(self) -> float:
        """The one figure the Explain screen shows: characters a sentence (lower is easier)."""
        return self.characters_per_sentence

    @property
    def hardness(self) -> float:
        """Higher is harder to read: to rank entries."""
        return self.characters_per_sentence


@cache
def _spanish() -> textstatistics:
    # An instance of our own: textstat's module-level one has a global language another thread may change.
    counter = textstatistics()
    counter.set_lang("es")
    return counter


def spanish_readability(text: str) -> SpanishReadability:
    """Fernández-Huerta and INFLESZ of a Spanish text (textstat, Spanish syllables)."""
    counter = _spanish()
    words = counter.lexicon_count(text)
    return SpanishReadability(
        fernandez_huerta=float(counter.fernandez_huerta(text)),
        inflesz=float(counter.szigriszt_pazos(text)),
        words_per_sentence=float(counter.words_per_sentence(text)) if words else 0.0,
    )


def _data_lines(name: str) -> list[str]:
    text = resources.files("readingscan").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def primary_characters() -> frozenset[str]:
    """The characters of the Hong Kong primary school lexical lists, and every other form of them in use
    (說 for the list's 説: readingscan/data/hk_variants.tsv), so a common form is never counted as untaught."""
    listed = set(_data_lines("hk_primary_characters.txt"))
    pairs = [line.split("\t") for line in _data_lines("hk_variants.tsv")]
    return frozenset(listed | {other for other, hong_kong in pairs if hong_kong in listed})


def chinese_readability(text: str) -> ChineseReadability:
    """Sentence length in characters and the share of characters outside the Hong Kong primary school list."""
    lengths = [len(_HAN.findall(s)) for s in _SENTENCE_END.split(text)]
    lengths = [n for n in lengths if n]
    han = _HAN.findall(text)
    known = primary_characters()
    outside = [c for c in han if c not in known]
    return ChineseReadability(
        characters_per_sentence=sum(lengths) / len(lengths) if lengths else 0.0,
        longest_sentence=max(lengths, default=0),
        outside_share=len(outside) / len(han) if han else 0.0,
        outside=tuple(dict.fromkeys(outside)),
    )


def measure(text: str, language: str) -> SpanishReadability | ChineseReadability:
    """A Spanish or Traditional Chinese text's figures by its language's own measure."""
    return spanish_readability(text) if language == "es" else chinese_readability(text)


def reading_level(text: str, language: str) -> float:
    """One figure for a text in its language, as the Explain screen shows it: English the Flesch-Kincaid
    grade (readability.py), Spanish the INFLESZ score, Chinese the mean characters a sentence."""
    if language in TARGETS:
        return measure(text, language).level
    from readingscan.glossary.readability import readability

    return readability(text).fk_grade
