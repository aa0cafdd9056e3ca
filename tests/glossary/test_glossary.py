"""The glossary's code: loading, search (misspellings too), link_terms, readability, and that every lint
check fires on a small glossary written for the test."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from readingscan import load_glossary
from readingscan.cli import main
from readingscan.glossary.entries import (
    Entry,
    Glossary,
    GlossaryError,
    link_terms,
    parse_entry,
)
from readingscan.glossary.lint import figures_in, lexicon_slugs, lint_glossary, unsourced_figures
from readingscan.glossary.readability import patient_text, readability

BODY = """
## What it is

These are small spots of calcium. They show up white on a mammogram.

## When you might see it on your report

The report may say "{term}". It is often in the findings part.

## Should I be worried?

Most of the time it is not a sign of cancer. Your doctor looks at the whole report.

## What to do next

1. Read the category on your report.
2. Ask your doctor what it means for you.
"""


HARD = "Heterogeneously distributed calcifications necessitate stereotactic histopathological evaluation. "


def write_entry(folder: Path, slug: str, /, *, body: str | None = None, **front: object) -> Path:
    """A valid glossary file ``<slug>.md``; keyword arguments replace front-matter values (None drops a key)."""
    data: dict[str, object] = {
        "term": slug.replace("_", " ").capitalize(),
        "slug": slug,
        "aliases": [],
        "category": "calcification",
        "modalities": ["mammography"],
        "quick_answer": "Small spots of calcium seen on a mammogram.",
        "related": [],
        "sources": [{"citation": "ACR BI-RADS Atlas, 5th ed. (2013)", "figures": []}],
        "reviewed": date(2026, 11, 24),
    }
    for key, value in front.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    text = "---\n" + yaml.safe_dump(data, sort_keys=False) + "---\n" + (body or BODY.format(term=slug))
    path = folder / f"{slug}.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path: Path) -> Glossary:
    write_entry(tmp_path, "fine_pleomorphic", term="Fine pleomorphic calcifications", category="morphology",
                aliases=["pleomorphic", "fine pleomorphic microcalcifications"])
    write_entry(tmp_path, "calcification", term="Calcification", aliases=["calcifications", "calcs"])
    write_entry(tmp_path, "microcalcifications", term="Microcalcifications", aliases=["microcalcs"])
    write_entry(tmp_path, "dcis", term="Ductal carcinoma in situ (DCIS)", category="diagnosis",
                aliases=["DCIS", "intraductal carcinoma"])
    write_entry(tmp_path, "grouped", term="Grouped calcifications", category="distribution", aliases=["clustered", "grouped"])
    write_entry(tmp_path, "breast_ultrasound", term="Breast ultrasound", category="exam", aliases=["ultrasound", "US"])
    write_entry(tmp_path, "birads_4a", term="BI-RADS 4A: Low suspicion", category="birads", aliases=["category 4A"])
    write_entry(tmp_path, "birads_4", term="BI-RADS 4: Suspicious", category="birads", aliases=["category 4"])
    return load_glossary(tmp_path)


# ---------------------------------------------------------------- loading


def test_entries_load_sorted_by_term_with_their_sections(small: Glossary) -> None:
    terms = [e.term for e in small.entries.values()]
    assert terms == sorted(terms, key=str.casefold)
    entry = small.get("fine_pleomorphic")
    assert isinstance(entry, Entry)
    assert entry.reviewed == date(2026, 11, 24)
    assert set(entry.sections) == {"what_it_is", "when_on_report", "worried", "next_steps"}
    assert entry.sections["next_steps"].startswith("1. Read the category")
    assert small.get("no_such_slug") is None


def test_a_bad_file_is_an_error_naming_it(tmp_path: Path) -> None:
    write_entry(tmp_path, "cyst", colour="blue")
    with pytest.raises(GlossaryError, match=r"cyst\.md: unknown front-matter key 'colour'"):
        load_glossary(tmp_path)


def test_front_matter_is_read_safely() -> None:
    """yaml.safe_load only: a Python object tag is refused, never constructed."""
    text = "---\nterm: !!python/object/apply:os.system ['true']\n---\n"
    with pytest.raises(GlossaryError, match="not valid YAML"):
        parse_entry(text)


def test_the_project_glossary_is_loaded_once() -> None:
    assert load_glossary() is load_glossary()


# ---------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("pleomorfic", "fine_pleomorphic"),
        ("pleomroph", "fine_pleomorphic"),
        ("Fine Pleomorphic", "fine_pleomorphic"),
        ("calcificaton", "calcification"),
        ("calcs", "calcification"),
        ("DCIS", "dcis"),
        ("dcis", "dcis"),
        ("ductal carcinoma", "dcis"),
        ("clusterd", "grouped"),
        ("birads 4a", "birads_4a"),
        ("BI-RADS 4", "birads_4"),
        ("ultrasound", "breast_ultrasound"),
    ],
)
def test_search_finds_terms_aliases_and_misspellings(small: Glossary, query: str, slug: str) -> None:
    assert [e.slug for e in small.search(query)][:1] == [slug]


def test_search_filters_by_category_and_lists_everything_for_no_query(small: Glossary) -> None:
    assert [e.slug for e in small.search("", category="birads")] == ["birads_4", "birads_4a"]
    assert small.search("pleomorfic", category="diagnosis") == []
    assert len(small.search("  ")) == len(small)


def test_search_ignores_unrelated_words(small: Glossary) -> None:
    assert small.search("zebra") == []
    assert small.search("xq") == []


@pytest.mark.parametrize(("query", "slug"), [("pleomorfic", "fine_pleomorphic"), ("calcificaton", "calcification"), ("DCIS", "dcis")])
def test_search_on_the_project_glossary(query: str, slug: str) -> None:
    glossary = load_glossary()
    if slug not in glossary:
        pytest.fail(f"glossary/{slug}.md is missing")
    assert glossary.search(query)[0].slug == slug


# ---------------------------------------------------------------- link_terms


def _links(markdown: str) -> list[tuple[str, str]]:
    return re.findall(r"\[([^\]]+)\]\(glossary\?term=(\w+)\)", markdown)


def test_links_the_first_mention_of_each_term_only(small: Glossary) -> None:
    out = link_terms("Calcifications are seen. More calcifications nearby.", small)
    assert _links(out) == [("Calcifications", "calcification")]
    assert out.endswith("More calcifications nearby.")


def test_longest_name_wins(small: Glossary) -> None:
    out = link_terms("Grouped fine pleomorphic calcifications, left breast.", small)
    assert _links(out) == [("Grouped", "grouped"), ("fine pleomorphic calcifications", "fine_pleomorphic")]


def test_a_slug_is_never_linked_twice_even_by_another_name(small: Glossary) -> None:
    out = link_terms("DCIS, also called ductal carcinoma in situ, or intraductal carcinoma.", small)
    assert _links(out) == [("DCIS", "dcis")]


@pytest.mark.parametrize(("text", "slug"), [
    ("extra pictures, like ultrasound or MRI.", "breast_mri"),
    ("Some people with dense breasts get extra pictures.", "breast_density"),
    ("The amount of fibroglandular tissue is scattered.", "fibroglandular_tissue"),
], ids=["MRI", "dense-tissue", "fgt"])
def test_common_words_link_to_the_entry_a_patient_expects(text: str, slug: str) -> None:
    linked = {label.casefold(): target for label, target in _links(link_terms(text, load_glossary()))}
    assert slug in linked.values(), linked


def test_text_inside_links_and_code_is_left_alone(small: Glossary) -> None:
    text = "See [grouped calcifications](https://example.org/grouped) and `calcifications`; then calcifications."
    out = link_terms(text, small)
    assert "[grouped calcifications](https://example.org/grouped)" in out
    assert "`calcifications`" in out
    assert _links(out) == [("calcifications", "calcification")]
    assert link_terms(out, small).count("](glossary?term=calcification)") == 1


def test_case_and_word_boundaries(small: Glossary) -> None:
    out = link_terms("ULTRASOUND showed calcificationsX and dcis.", small)
    assert _links(out) == [("ULTRASOUND", "breast_ultrasound")]
    # A name written in capitals is an abbreviation: "US" links, the pronoun "us" never does.
    assert _links(link_terms("Tell us about it.", small)) == []
    assert _links(link_terms("The US was normal.", small)) == [("US", "breast_ultrasound")]


def test_names_come_from_the_term_without_its_label(small: Glossary) -> None:
    out = link_terms("BI-RADS 4A is not BI-RADS 4.", small)
    assert _links(out) == [("BI-RADS 4A", "birads_4a"), ("BI-RADS 4", "birads_4")]


def test_custom_url_and_nothing_else_changes(small: Glossary) -> None:
    out = link_terms("Microcalcifications: grouped.", small, url=lambda slug: f"glossary?term={slug}")
    assert out == "[Microcalcifications](glossary?term=microcalcifications): [grouped](glossary?term=grouped)."
    assert link_terms("Nothing to see here.", small) == "Nothing to see here."


# ---------------------------------------------------------------- readability and figures


def test_patient_text_strips_markdown(small: Glossary) -> None:
    entry = small.get("grouped")
    assert entry is not None
    text = patient_text(entry)
    assert text.startswith(entry.quick_answer)
    assert "##" not in text and "1. " not in text


def test_readability_figures() -> None:
    plain = readability("The cat sat on the mat. It was warm.")
    hard = readability("Heterogeneously distributed calcifications necessitate stereotactic histopathological evaluation.")
    assert plain.fk_grade < 3 < hard.fk_grade
    assert plain.words_per_sentence == 4.5
    assert plain.long_word_share == 0 < hard.long_word_share


def test_figures_are_found_and_checked_against_sources() -> None:
    text = "About 29% are cancer, 3 in 10, or 7 out of 100. A 0.5 mm speck is not a figure."
    assert figures_in(text) == ["29%", "3 in 10", "7 out of 100"]
    assert unsourced_figures(text, ["29", "3 in 10"]) == ["7 out of 100"]
    assert unsourced_figures("About 9%.", ["29"]) == ["9%"]


# ---------------------------------------------------------------- lint: each check fires


def _lint(folder: Path, needle: str) -> list[str]:
    return [p for p in lint_glossary(folder) if needle in p]


def test_a_clean_entry_has_no_problem_of_its_own(tmp_path: Path) -> None:
    write_entry(tmp_path, "calcification")
    assert [p for p in lint_glossary(tmp_path) if p.split(":")[0].endswith("/calcification.md")] == []


@pytest.mark.parametrize(
    ("front", "body", "message"),
    [
        ({"reviewed": None}, None, "calcification.md: missing front-matter key 'reviewed'"),
        ({"colour": "blue"}, None, "calcification.md: unknown front-matter key 'colour'"),
        ({"category": "other"}, None, "calcification.md: category 'other' is not one of"),
        ({"aliases": "calcs"}, None, "calcification.md: 'aliases' must be a list of words"),
        ({"slug": "calcium"}, None, "calcification.md: slug 'calcium' differs from the file name 'calcification'"),
        ({"related": ["no_such_term"]}, None, "calcification.md: related slug 'no_such_term' has no glossary entry"),
        ({"quick_answer": "word " * 41}, None, "calcification.md: quick_answer has 41 words (at most 40)"),
        ({}, BODY.replace("## Should I be worried?", "## Worried?"), "calcification.md: missing body heading '## Should I be worried?'"),
        ({}, BODY.replace("They show up white on a mammogram.", HARD * 6), "calcification.md: reading grade"),
        ({"quick_answer": "About 29% of these are cancer."}, None, "calcification.md: figure '29%' is not listed"),
        ({"quick_answer": "About 3 in 10 of these are cancer."}, None, "calcification.md: figure '3 in 10' is not listed"),
    ],
    ids=["missing-key", "unknown-key", "bad-category", "bad-type", "slug-stem", "related", "quick-answer", "heading",
         "grade", "figure-percent", "figure-in-10"],
)
def test_each_lint_check_fires(tmp_path: Path, front: dict, body: str | None, message: str) -> None:
    write_entry(tmp_path, "calcification", body=body, **front)
    assert _lint(tmp_path, message), lint_glossary(tmp_path)


def test_lint_accepts_a_sourced_figure(tmp_path: Path) -> None:
    write_entry(tmp_path, "calcification", quick_answer="About 29% of these are cancer.",
                sources=[{"citation": "Atlas", "figures": ["29"]}])
    assert _lint(tmp_path, "figure") == []


def test_lint_names_a_lexicon_slug_with_no_entry(tmp_path: Path) -> None:
    write_entry(tmp_path, "calcification")
    assert "fine_pleomorphic" in lexicon_slugs() and "birads_4a" in lexicon_slugs() and "density_c" in lexicon_slugs()
    missing = _lint(tmp_path, "fine_pleomorphic.md: missing, but the lexicon links to 'fine_pleomorphic'")
    assert missing and "rules/lexicon.yaml" in missing[0]
    assert _lint(tmp_path, "birads_4a.md: missing")
    assert _lint(tmp_path, "density_c.md: missing")


def test_lint_names_an_entry_the_lexicon_cannot_reach(tmp_path: Path) -> None:
    write_entry(tmp_path, "calcification")
    write_entry(tmp_path, "zebra_stripes")
    assert _lint(tmp_path, "zebra_stripes.md: the lexicon cannot reach this entry")
    assert not _lint(tmp_path, "calcification.md: the lexicon cannot reach")


def test_the_cli_exits_non_zero_with_problems_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_entry(tmp_path, "calcification", related=["no_such_term"])
    assert main(["lint-glossary", "--glossary", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "related slug 'no_such_term'" in captured.err
    assert captured.out == ""
    assert main(["lint-glossary", "--glossary", str(tmp_path / "nowhere")]) == 1
