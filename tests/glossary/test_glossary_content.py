"""Content tests over every glossary file: the shape the writers follow, sources for figures, reading grade,
our own words (no 8-word run shared with the seed page), and coverage of the lexicon and the schema."""

from __future__ import annotations

import re
import statistics
from functools import cache
from pathlib import Path

import pytest

from readingscan.glossary.entries import (
    DEFAULT_FOLDER,
    SECTION_HEADINGS,
    Entry,
    front_matter_problems,
    parse_entry,
    split_front_matter,
)
from readingscan.glossary.lint import MAX_GRADE, MAX_QUICK_ANSWER_WORDS, check_lexicon, count_words, unsourced_figures
from readingscan.glossary.readability import patient_text, readability
from readingscan.rules.records import LexiconGroup
from tests.conftest import SHARED, require

FILES = sorted(DEFAULT_FOLDER.glob("*.md"))
IDS = [path.stem for path in FILES]
SLUGS = {path.stem for path in FILES}
SEED = SHARED / "seed" / "microcalcifications-glossary-page.txt"
MIN_ENTRIES = 70
MAX_MEDIAN_GRADE = 7.0


@cache
def entry_of(path: Path) -> Entry:
    return parse_entry(path.read_text(encoding="utf-8"), path)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def _runs(text: str, size: int = 8) -> set[str]:
    words = _words(text)
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_there_are_enough_entries() -> None:
    assert len(FILES) >= MIN_ENTRIES, f"only {len(FILES)} glossary entries"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_front_matter_keys_and_types(path: Path) -> None:
    data, _ = split_front_matter(path.read_text(encoding="utf-8"))
    assert front_matter_problems(data) == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_slug_is_the_file_stem_and_related_slugs_exist(path: Path) -> None:
    entry = entry_of(path)
    assert entry.slug == path.stem
    assert entry.slug not in entry.related
    assert [slug for slug in entry.related if slug not in SLUGS] == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_body_has_the_four_headings(path: Path) -> None:
    lines = {line.strip() for line in entry_of(path).body.splitlines()}
    assert [h for h in SECTION_HEADINGS.values() if f"## {h}" not in lines] == []
    assert re.search(r"^1\. ", entry_of(path).sections["next_steps"], re.MULTILINE), "next steps are a numbered list"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_quick_answer_is_short(path: Path) -> None:
    assert count_words(entry_of(path).quick_answer) <= MAX_QUICK_ANSWER_WORDS


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_figure_is_listed_by_a_source(path: Path) -> None:
    entry = entry_of(path)
    listed = [figure for source in entry.sources for figure in source.figures]
    assert unsourced_figures(patient_text(entry), listed) == []


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_reading_grade_is_at_most_8(path: Path) -> None:
    grade = readability(patient_text(entry_of(path))).fk_grade
    assert grade <= MAX_GRADE, f"{path.name}: Flesch-Kincaid grade {grade:.1f}"


def test_median_grade_is_at_most_7(capsys: pytest.CaptureFixture[str]) -> None:
    grades = sorted(((readability(patient_text(entry_of(p))).fk_grade, p.stem) for p in FILES), reverse=True)
    median = statistics.median(g for g, _ in grades)
    worst = ", ".join(f"{slug} {grade:.1f}" for grade, slug in grades[:5])
    summary = f"glossary grade: n={len(grades)} median={median:.2f} max={grades[0][0]:.2f}; worst five: {worst}"
    with capsys.disabled():
        print(f"\n{summary}")
    assert median <= MAX_MEDIAN_GRADE, summary


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_no_8_word_run_is_shared_with_the_seed_page(path: Path) -> None:
    require(SEED.exists(), f"the seed page is not beside the repo: {SEED} (../shared/seed)")
    shared = _runs(patient_text(entry_of(path))) & _runs(SEED.read_text(encoding="utf-8"))
    assert not shared, f"{path.name} repeats the seed page: {sorted(shared)[:3]}"


def test_every_schema_morphology_and_distribution_has_an_entry(schema: dict) -> None:
    slugs = [s for name in ("morphology", "distribution") for s in schema["$defs"][name]["enum"] if s]
    assert len(slugs) == 19
    assert [s for s in slugs if s not in SLUGS] == []


def test_the_lexicon_and_the_glossary_reach_each_other() -> None:
    """Every slug the engine can emit has an entry, and every entry is reached by some lexicon word."""
    assert check_lexicon(DEFAULT_FOLDER, SLUGS) == []


def test_every_glossary_name_is_read_by_the_engine_as_its_entry() -> None:
    """The glossary is the source of truth for which words link to an entry; the engine's term
    reading (lexicon_for(LexiconGroup.TERMS)) must reach each entry from its term and every alias."""
    from readingscan import load_glossary
    from readingscan.read.lexicon import lexicon_for, term_of

    lexicon = lexicon_for(LexiconGroup.TERMS)
    missed = []
    for slug, entry in load_glossary().entries.items():
        for name in (entry.term, *entry.aliases):
            if not any(slug in {term_of(r) for r in m.readings} for m in lexicon.find(name)):
                missed.append(f"{slug}: {name!r}")
    assert not missed, "names the engine does not link to their entry:\n" + "\n".join(missed)
