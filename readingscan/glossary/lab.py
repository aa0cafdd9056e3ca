"""The wording lab's figures for glossary entries: readability, jargon, lint status, and their CSV.

Every figure is measured on ``patient_text(entry)`` (the quick answer and the body without Markdown), the
same text ``lint-glossary`` grades, so the lab and the lint never disagree about a grade.

Jargon, as the lab counts it: a word or phrase in the entry's quick answer or body that the app treats as a
term of its own (a name or alias of *another* glossary entry, or a lexicon word that links to another entry)
while the entry gives the reader no way to it: not written as a Markdown link to that entry, and that entry
not listed in ``related`` (the glossary page shows related entries as links under the text). In the Grouped
calcifications entry, "amorphous" is not jargon (Amorphous is related); "stereotactic" would be if the entry
did not list stereotactic_biopsy.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from readingscan.glossary.entries import Entry, Glossary
from readingscan.glossary.lint import MAX_GRADE, check_lexicon, check_text, lint_glossary
from readingscan.glossary.readability import patient_text, readability
from readingscan.read.lexicon import build_lexicon, glossary_rules, lexicon_for, term_of
from readingscan.rules.records import LexiconGroup

TARGET_GRADE = MAX_GRADE  # one constant: the lint's limit is the lab's target line
ENTRY_COLUMNS: tuple[str, ...] = (
    "slug", "term", "fk_grade", "reading_ease", "words_per_sentence", "long_word_share", "jargon_count", "jargon",
    "lint_status", "problems",
)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_TERM_TARGET = re.compile(r"[?&]term=([A-Za-z0-9_]+)")
_HEADING_LINE = re.compile(r"^#+ .*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Jargon:
    word: str  # as written in the entry ("stereotactic")
    slug: str  # the entry it belongs to


@dataclass(frozen=True, slots=True)
class EntryFigures:
    slug: str
    term: str
    fk_grade: float
    reading_ease: float
    words_per_sentence: float
    long_word_share: float  # words of three or more syllables, as a share of all words
    jargon: tuple[Jargon, ...]
    problems: tuple[str, ...]  # lint-glossary's lines for this entry

    @property
    def passes(self) -> bool:
        """No lint problem: front matter, headings, grade <= TARGET_GRADE, sourced figures, lexicon reach."""
        return not self.problems

    @property
    def status(self) -> str:
        return "pass" if self.passes else "fail"

    def row(self) -> dict[str, object]:
        """One CSV/table row, keyed like ENTRY_COLUMNS."""
        return {
            "slug": self.slug, "term": self.term, "fk_grade": round(self.fk_grade, 2),
            "reading_ease": round(self.reading_ease, 2), "words_per_sentence": round(self.words_per_sentence, 2),
            "long_word_share": round(self.long_word_share, 4), "jargon_count": len(self.jargon),
            "jargon": "; ".join(j.word for j in self.jargon), "lint_status": self.status,
            "problems": " | ".join(self.problems),
        }


class JargonFinder:
    """Finds other entries' names and lexicon words in an entry's text. Build once per glossary (~0.3 s)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        shipped = tuple(rule for rule in lexicon_for(LexiconGroup.TERMS).rules if not rule.rule_id.startswith("glossary."))
        self._lexicon = build_lexicon(shipped + glossary_rules(glossary))

    def _matches(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.span.start, m.span.end, term_of(m.rule)) for m in self._lexicon.find(text)]

    def find(self, entry: Entry) -> tuple[Jargon, ...]:
        """The jargon in ``entry`` (see the module docstring), each entry once, in reading order.

        "A clip may be placed after a [stereotactic biopsy](glossary?term=stereotactic_biopsy)." has no
        jargon from the link; "clip" is jargon unless the entry lists biopsy_marker_clip as related.
        """
        text = entry.quick_answer + "\n" + _HEADING_LINE.sub("", entry.body)
        reachable = set(entry.related) | {entry.slug}
        for link in _LINK.finditer(text):
            reachable.update(_TERM_TARGET.findall(link.group(2)))
        plain = _LINK.sub(lambda link: " " * len(link.group()), text)
        seen: dict[str, Jargon] = {}  # slug -> its first word: "biopsy" and "biopsies" count once
        for start, end, slug in self._matches(plain):
            if slug not in reachable and slug in self.glossary and slug not in seen:
                seen[slug] = Jargon(" ".join(plain[start:end].split()), slug)
        return tuple(seen.values())


def measure(entry: Entry, finder: JargonFinder, problems: Sequence[str] = ()) -> EntryFigures:
    """The figures of one entry; ``problems`` are its lint lines."""
    scores = readability(patient_text(entry))
    return EntryFigures(
        slug=entry.slug, term=entry.term, fk_grade=scores.fk_grade, reading_ease=scores.reading_ease,
        words_per_sentence=scores.words_per_sentence, long_word_share=scores.long_word_share,
        jargon=finder.find(entry), problems=tuple(problems),
    )


def problems_by_slug(problems: Iterable[str], folder_name: str) -> dict[str, list[str]]:
    """lint-glossary's lines grouped by the entry they name ("glossary/grouped.md: ..." -> "grouped")."""
    grouped: dict[str, list[str]] = {}
    for line in problems:
        label, _, _ = line.partition(": ")
        folder, _, name = label.rpartition("/")
        if folder == folder_name and name.endswith(".md"):
            grouped.setdefault(name.removesuffix(".md"), []).append(line)
    return grouped


def measure_glossary(glossary: Glossary, folder: Path) -> tuple[EntryFigures, ...]:
    """The figures of every entry of the glossary loaded from ``folder``, A-Z, with its lint status."""
    finder = JargonFinder(glossary)
    problems = problems_by_slug(lint_glossary(folder), folder.name)
    return tuple(measure(entry, finder, problems.get(entry.slug, ())) for entry in glossary)


def lint_text(text: str, path: Path, glossary: Glossary) -> list[str]:
    """The lint lines of an edited entry as if saved at ``path``, including whether the lexicon reaches it."""
    problems = check_text(text, path, set(glossary.entries) | {path.stem})
    reach = check_lexicon(path.parent, {path.stem})
    return problems + [line for line in reach if line.startswith(f"{path.parent.name}/{path.stem}.md:")]


def with_entry(glossary: Glossary, slug: str, entry: Entry) -> Glossary:
    """The glossary with the entry at ``slug`` replaced by ``entry`` (or added): the "after" of an edit."""
    return Glossary([entry if e.slug == slug else e for e in glossary] + ([] if slug in glossary else [entry]))


def entries_csv(figures: Iterable[EntryFigures], extra: dict[str, dict[str, object]] | None = None) -> str:
    """Per-entry figures as CSV (ENTRY_COLUMNS, then the columns of ``extra[slug]`` when given)."""
    rows = [figure.row() | (extra or {}).get(figure.slug, {}) for figure in figures]
    columns = list(ENTRY_COLUMNS) + [key for key in (rows[0] if rows else {}) if key not in ENTRY_COLUMNS]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
