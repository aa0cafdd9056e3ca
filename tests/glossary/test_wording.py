"""The wording lab's engine: entry figures (checked against a hand count), jargon, the corpus comparison
(an edit changes exactly the reports that link the entry), diffs, CSV, and the zip guard."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from readingscan.glossary.entries import DEFAULT_FOLDER, Glossary, load_glossary, parse_entry
from readingscan.glossary.lab import (
    ENTRY_COLUMNS,
    TARGET_GRADE,
    JargonFinder,
    entries_csv,
    lint_text,
    measure,
    measure_glossary,
    problems_by_slug,
    with_entry,
)
from readingscan.glossary.runs import (
    REPORT_COLUMNS,
    Reading,
    compare_runs,
    count,
    grade_of,
    patient_page,
    read_reports,
    reports_csv,
    side_by_side,
    unified_diff,
)
from readingscan.ingest.corpus import Corpus, CorpusError, CorpusReport, read_folder, read_zip
from tests.conftest import REPORTS

GROUPED = DEFAULT_FOLDER / "grouped.md"
NEW_QUICK = "Grouped means a handful of calcium specks sit near each other in one small spot."


def _entry_text(quick: str, body: str, *, related: str = "[]", slug: str = "grouped") -> str:
    return (f"---\nterm: Grouped calcifications\nslug: {slug}\naliases: [grouped]\ncategory: distribution\n"
            f"modalities: [mammography]\nquick_answer: {quick}\nrelated: {related}\n"
            "sources:\n  - citation: Test source\nreviewed: 2026-01-01\n---\n\n" + body)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(DEFAULT_FOLDER)


@pytest.fixture(scope="module")
def finder(glossary: Glossary) -> JargonFinder:
    return JargonFinder(glossary)


@pytest.fixture(scope="module")
def readings() -> tuple[Reading, ...]:
    return read_reports(read_folder(REPORTS))


def _edited_grouped(glossary: Glossary, old: str, new: str) -> Glossary:
    text = GROUPED.read_text(encoding="utf-8")
    assert old in text
    return with_entry(glossary, "grouped", parse_entry(text.replace(old, new), GROUPED))


# Figures -------------------------------------------------------------------------------------------------

def test_figures_match_a_hand_count(finder: JargonFinder) -> None:
    # 17 words in 2 sentences, 21 syllables (radiologist has 5, every other word 1), 1 word of 3+ syllables.
    entry = parse_entry(_entry_text("A cat sat on a mat.", "## What it is\n\nThe radiologist saw the dog run to the big red ball.\n"))
    figures = measure(entry, finder)
    words, sentences, syllables = 17, 2, 21
    assert figures.fk_grade == pytest.approx(0.39 * words / sentences + 11.8 * syllables / words - 15.59)
    assert figures.reading_ease == pytest.approx(206.835 - 1.015 * words / sentences - 84.6 * syllables / words)
    assert figures.words_per_sentence == pytest.approx(8.5)
    assert figures.long_word_share == pytest.approx(1 / 17)
    assert figures.passes and figures.status == "pass"


def test_report_grade_from_counts_matches_the_formula() -> None:
    counts = count("A cat sat on a mat.") + count("The radiologist saw the dog run to the big red ball.")
    assert (counts.words, counts.sentences, counts.syllables) == (17, 2, 21)
    assert grade_of(counts) == pytest.approx(0.39 * 17 / 2 + 11.8 * 21 / 17 - 15.59)
    assert grade_of(count("")) == 0.0


def test_jargon_is_another_entrys_word_without_a_way_to_it(finder: JargonFinder) -> None:
    body = ("## What it is\n\nA grouped pattern may need an ultrasound. A [mass](glossary?term=mass) can show too. "
            "Some people have a stereotactic biopsy. Grouped specks are common.\n")
    words = {j.word.casefold(): j.slug for j in finder.find(parse_entry(_entry_text("Specks close together.", body)))}
    assert words.get("ultrasound") == "breast_ultrasound"
    assert words.get("stereotactic biopsy") == "stereotactic_biopsy"
    assert "mass" not in words, "a word written as a link to its entry is not jargon"
    assert "grouped" not in words, "the entry's own name is not jargon"
    related = parse_entry(_entry_text("Specks close together.", body, related="[stereotactic_biopsy]"))
    assert "stereotactic biopsy" not in {j.word.casefold() for j in finder.find(related)}, "related entries are linked"


def test_every_project_entry_is_measured_and_passes_lint(glossary: Glossary) -> None:
    figures = measure_glossary(glossary, DEFAULT_FOLDER)
    assert [f.slug for f in figures] == list(glossary.entries)
    assert all(f.passes for f in figures)
    assert max(f.fk_grade for f in figures) <= TARGET_GRADE
    assert any(f.jargon for f in figures)


def test_lint_problems_are_grouped_by_entry() -> None:
    lines = ["glossary/grouped.md: reading grade 9.1 is above 8", "glossary/mass.md: missing body heading",
             "glossary/grouped.md: figure '5%' is not listed", "other/x.md: elsewhere", "glossary: no such folder"]
    grouped = problems_by_slug(lines, "glossary")
    assert grouped == {"grouped": [lines[0], lines[2]], "mass": [lines[1]]}


def test_lint_of_an_edited_text_finds_a_high_grade(glossary: Glossary) -> None:
    text = GROUPED.read_text(encoding="utf-8")
    hard = text.replace(". ", ", and ")  # every paragraph one long sentence
    assert lint_text(text, GROUPED, glossary) == []
    problems = lint_text(hard, GROUPED, glossary)
    assert len(problems) == 1 and "reading grade" in problems[0]


def test_entries_csv_has_a_row_per_entry_and_extra_columns(glossary: Glossary, finder: JargonFinder) -> None:
    figures = [measure(e, finder) for e in list(glossary)[:3]]
    rows = list(csv.DictReader(io.StringIO(entries_csv(figures, {figures[0].slug: {"changed_since": "yes"}}))))
    assert [r["slug"] for r in rows] == [f.slug for f in figures]
    assert list(rows[0])[: len(ENTRY_COLUMNS)] == list(ENTRY_COLUMNS) and rows[0]["changed_since"] == "yes"
    assert float(rows[1]["fk_grade"]) == pytest.approx(figures[1].fk_grade, abs=0.01)


# Corpus comparison ---------------------------------------------------------------------------------------

def test_the_same_glossary_changes_nothing(readings: tuple[Reading, ...], glossary: Glossary) -> None:
    assert len(readings) == 94
    changes = compare_runs(readings, glossary, glossary)
    assert not any(c.changed for c in changes)
    assert all(c.grade_before == c.grade_after for c in changes)


def test_an_edit_changes_exactly_the_reports_that_link_the_entry(readings: tuple[Reading, ...], glossary: Glossary) -> None:
    after = _edited_grouped(glossary, "Grouped means a few calcium specks sit close together in a small area.", NEW_QUICK)
    linking = {r.name for r in readings if r.report and "grouped" in patient_page(r.report, glossary).linked}
    changes = compare_runs(readings, glossary, after)
    changed = {c.name for c in changes if c.changed}
    assert changed == linking and 3 <= len(changed) < len(readings)
    one = next(c for c in changes if c.changed)
    assert NEW_QUICK in one.after and NEW_QUICK not in one.before
    assert one.grade_after != one.grade_before
    assert f"+Quick answer: {NEW_QUICK}" in unified_diff(one)


def test_dropping_an_alias_stops_the_link(readings: tuple[Reading, ...], glossary: Glossary) -> None:
    """Explanations say "grouped amorphous calcifications": without the alias "grouped" they stop linking Grouped."""
    after = _edited_grouped(glossary, "aliases: [grouped, clustered, ", "aliases: [clustered, ")
    changes = [c for c in compare_runs(readings, glossary, after) if c.changed]
    assert changes
    assert all("grouped" in c.linked_before for c in changes)
    assert any("grouped" not in c.linked_after for c in changes)


def test_side_by_side_keeps_changed_lines_with_context() -> None:
    before = "\n".join(f"line {i}" for i in range(20))
    after = before.replace("line 3", "line three").replace("line 15", "line fifteen")
    rows = side_by_side(before, after, context=1)
    assert [r.kind for r in rows] == ["same", "changed", "same", "gap", "same", "changed", "same"]
    assert (rows[1].before, rows[1].after) == ("line 3", "line three")
    assert side_by_side("same", "same") == ()


def test_reports_csv(readings: tuple[Reading, ...], glossary: Glossary) -> None:
    broken = Reading("empty.txt", None, "The report is empty.")
    changes = compare_runs([*readings[:2], broken], glossary, glossary)
    rows = list(csv.DictReader(io.StringIO(reports_csv(changes))))
    assert list(rows[0]) == list(REPORT_COLUMNS)
    assert [r["report"] for r in rows] == [readings[0].name, readings[1].name, "empty.txt"]
    assert rows[2]["error"] == "The report is empty." and rows[2]["grade_before"] == ""
    assert rows[0]["changed"] == "False" and float(rows[0]["grade_before"]) > 0


def test_an_unreadable_report_keeps_its_reason() -> None:
    readings = read_reports(Corpus((CorpusReport("blank.txt", b"   "), CorpusReport("ok.txt", b"BI-RADS 1: Negative."))))
    assert readings[0].report is None and readings[0].error
    assert readings[1].report is not None and not readings[1].error


# The zip guard -------------------------------------------------------------------------------------------

def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_reads_txt_reports_and_skips_the_rest() -> None:
    corpus = read_zip(_zip({
        "a.txt": b"BI-RADS 1.", "sub/b.TXT": b"BI-RADS 2.", "notes.pdf": b"%PDF", "../evil.txt": b"x",
        "/abs.txt": b"x", "__MACOSX/._a.txt": b"x", "empty/": b"",
    }))
    assert [(r.name, r.data) for r in corpus.reports] == [("a.txt", b"BI-RADS 1."), ("sub/b.TXT", b"BI-RADS 2.")]
    assert corpus.skipped == ("notes.pdf (not a .txt file)", "../evil.txt (a path that leaves the archive)",
                              "/abs.txt (a path that leaves the archive)", "__MACOSX/._a.txt (macOS metadata)")


@pytest.mark.parametrize(("members", "limits", "message"), [
    ({"a.txt": b"x", "b.txt": b"x", "c.txt": b"x"}, {"MAX_ZIP_REPORTS": 2}, "more than 2 .txt reports"),
    ({"a.txt": b"x" * 101}, {"MAX_REPORT_BYTES": 100}, "a.txt is over 100 bytes"),
    ({"a.txt": b"x" * 60, "b.txt": b"x" * 60}, {"MAX_ZIP_TOTAL_BYTES": 100}, "more than 100 bytes unpacked"),
    ({"notes.md": b"x"}, {}, "holds no .txt reports"),
], ids=["too-many-files", "file-too-large", "total-too-large", "no-txt"])
def test_zip_limits(members: dict[str, bytes], limits: dict[str, int], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in limits.items():
        monkeypatch.setattr(f"readingscan.ingest.corpus.{name}", value)
    with pytest.raises(CorpusError, match=message):
        read_zip(_zip(members))


def test_not_a_zip() -> None:
    with pytest.raises(CorpusError, match="not a zip archive"):
        read_zip(b"PK\x03\x04 but not really")


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such folder"):
        read_folder(tmp_path / "missing")
    with pytest.raises(CorpusError, match=r"no \.txt reports"):
        read_folder(tmp_path)
