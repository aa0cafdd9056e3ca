"""Before and after over a corpus: what each report's explanation shows a patient, under two glossaries.

The explanation's sentences come from rules/explain.yaml, not from the glossary. What the glossary changes
is which words become links (an entry's term and aliases) and what those links open. So the text compared
for a report (``patient_page``) is the explanation as the Explain screen shows it (summary, density and
finding sentences with their glossary links made by ``link_terms``, then next steps and questions),
followed by every entry it links, as the glossary page shows it: term, quick answer and body.

A report "changes" when that text differs. Editing an entry's wording therefore changes exactly the
reports whose explanation links that entry; editing its aliases can also make a report start or stop
linking it ("Grouped calcifications are seen" links Grouped; drop the alias "grouped" and it no longer
does). The grade is Flesch-Kincaid on the words a patient reads: the explanation's sentences and each
linked entry's ``patient_text``, without links or Markdown.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import textstat

from readingscan.analysis import analyze
from readingscan.explain.text import explain
from readingscan.explain.words import wording
from readingscan.glossary.entries import Glossary, link_terms
from readingscan.glossary.readability import patient_text
from readingscan.ingest.corpus import Corpus
from readingscan.model import ReadingError, Report

Progress = Callable[[int, int], None]  # (done, total)
REPORT_COLUMNS: tuple[str, ...] = (
    "report", "changed", "grade_before", "grade_after", "grade_change", "entries_before", "entries_after", "error",
)


@dataclass(frozen=True, slots=True)
class Reading:
    name: str
    report: Report | None
    error: str = ""  # why the report could not be read (then report is None)


@dataclass(frozen=True, slots=True)
class PatientPage:
    markdown: str  # what is compared, with its glossary links
    grade: float  # Flesch-Kincaid grade of the words a patient reads (see grade_of)
    linked: tuple[str, ...]  # slugs of the entries the explanation links, in order of first link


@dataclass(frozen=True, slots=True)
class Counts:
    words: int
    sentences: int
    syllables: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.words + other.words, self.sentences + other.sentences, self.syllables + other.syllables)


def count(text: str) -> Counts:
    """Words, sentences and syllables as textstat counts them for its Flesch-Kincaid grade."""
    return Counts(int(textstat.lexicon_count(text)), int(textstat.sentence_count(text)), int(textstat.syllable_count(text)))


@lru_cache(maxsize=1024)
def _entry_counts(text: str) -> Counts:
    # Only glossary text is cached here: an entry is counted once, not once per report that links it.
    # Report-derived words are never kept in this process-wide cache.
    return count(text)


def grade_of(counts: Counts) -> float:
    """Flesch-Kincaid grade from counts: 0.39 words/sentence + 11.8 syllables/word - 15.59 (textstat's formula).

    Counting the explanation and each linked entry apart and adding the counts is what makes a corpus run
    fast; it also keeps a heading or list line from running into the next sentence.
    """
    if not counts.words or not counts.sentences:
        return 0.0
    return 0.39 * counts.words / counts.sentences + 11.8 * counts.syllables / counts.words - 15.59


@dataclass(frozen=True, slots=True)
class ReportChange:
    name: str
    changed: bool
    grade_before: float | None
    grade_after: float | None
    before: str
    after: str
    linked_before: tuple[str, ...] = ()
    linked_after: tuple[str, ...] = ()
    error: str = ""

    @property
    def grade_change(self) -> float | None:
        if self.grade_before is None or self.grade_after is None:
            return None
        return self.grade_after - self.grade_before

    def row(self) -> dict[str, object]:
        """One CSV/table row, keyed like REPORT_COLUMNS."""
        def rounded(value: float | None) -> object:
            return "" if value is None else round(value, 2)

        return {
            "report": self.name, "changed": self.changed, "grade_before": rounded(self.grade_before),
            "grade_after": rounded(self.grade_after), "grade_change": rounded(self.grade_change),
            "entries_before": " ".join(self.linked_before), "entries_after": " ".join(self.linked_after),
            "error": self.error,
        }


def read_reports(corpus: Corpus, progress: Progress | None = None) -> tuple[Reading, ...]:
    """Each report of the corpus read by the engine; one that cannot be read keeps its reason."""
    readings: list[Reading] = []
    total = len(corpus.reports)
    for done, item in enumerate(corpus.reports, start=1):
        try:
            readings.append(Reading(item.name, analyze(item.data, item.name)))
        except ReadingError as error:
            readings.append(Reading(item.name, None, str(error)))
        if progress is not None:
            progress(done, total)
    return tuple(readings)


def patient_page(report: Report, glossary: Glossary) -> PatientPage:
    """The text a patient is shown for ``report`` with ``glossary`` (see the module docstring)."""
    words = explain(report)
    linked: dict[str, None] = {}

    def link(text: str) -> str:
        def url(slug: str) -> str:
            linked.setdefault(slug)
            return f"glossary?term={slug}"

        return link_terms(text, glossary, url=url)

    heads = wording().export.headings
    parts = [f"## {heads.summary}", link(words.summary), f"## {heads.density}", link(words.density),
             f"## {heads.findings}"]
    parts += [f"- {item.title} ({item.status}): {link(item.sentence)}" for item in words.findings]
    parts += [f"## {heads.next_steps}", *(f"- {step}" for step in words.next_steps)]
    parts += [f"## {heads.questions}", *(f"- {q}" for q in words.questions)]
    entries = [entry for entry in (glossary.get(slug) for slug in linked) if entry is not None]
    if entries:
        parts.append(f"## {heads.linked_entries}")
    for entry in entries:
        parts += [f"### {entry.term}", f"Quick answer: {entry.quick_answer}", entry.body]
    said = [words.summary, words.density, *(f.sentence for f in words.findings), *words.next_steps, *words.questions]
    counts = sum((_entry_counts(patient_text(entry)) for entry in entries), count("\n".join(said).replace("**", "")))
    return PatientPage("\n\n".join(parts) + "\n", grade_of(counts), tuple(linked))


def compare_reading(reading: Reading, before: Glossary, after: Glossary) -> ReportChange:
    """One report's patient page under both glossaries."""
    if reading.report is None:
        return ReportChange(reading.name, False, None, None, "", "", error=reading.error)
    old, new = patient_page(reading.report, before), patient_page(reading.report, after)
    return ReportChange(reading.name, old.markdown != new.markdown, old.grade, new.grade, old.markdown, new.markdown,
                        old.linked, new.linked)


def compare_runs(readings: Sequence[Reading], before: Glossary, after: Glossary,
            progress: Progress | None = None) -> tuple[ReportChange, ...]:
    """Every report under the ``before`` and ``after`` glossaries, in corpus order."""
    changes = []
    for done, reading in enumerate(readings, start=1):
        changes.append(compare_reading(reading, before, after))
        if progress is not None:
            progress(done, len(readings))
    return tuple(changes)


def unified_diff(change: ReportChange, context: int = 2) -> str:
    """The change as a unified diff ("" when nothing changed)."""
    lines = difflib.unified_diff(change.before.splitlines(), change.after.splitlines(), f"before/{change.name}",
                                 f"after/{change.name}", n=context, lineterm="")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class DiffRow:
    before: str
    after: str
    kind: str  # "same", "changed", "removed", "added", or "gap" (unchanged lines left out)


def side_by_side(before: str, after: str, context: int = 2) -> tuple[DiffRow, ...]:
    """Line pairs for a two-column view: the changed lines with ``context`` unchanged lines around them."""
    old, new = before.splitlines(), after.splitlines()
    rows: list[DiffRow] = []
    for group in difflib.SequenceMatcher(None, old, new, autojunk=False).get_grouped_opcodes(context):
        if rows:
            rows.append(DiffRow("…", "…", "gap"))
        for tag, i1, i2, j1, j2 in group:
            left, right = old[i1:i2], new[j1:j2]
            kind = {"equal": "same", "replace": "changed", "delete": "removed", "insert": "added"}[tag]
            for index in range(max(len(left), len(right))):
                rows.append(DiffRow(left[index] if index < len(left) else "",
                                    right[index] if index < len(right) else "", kind))
    return tuple(rows)


def reports_csv(changes: Iterable[ReportChange]) -> str:
    """Per-report figures as CSV (REPORT_COLUMNS)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(REPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(change.row() for change in changes)
    return buffer.getvalue()
