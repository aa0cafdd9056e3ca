"""Sources on screen name the primary work, never the mirror or repository a figure was checked in (that path
stays in the data under ``checked_via``); the grammar table covers every finding name the lexicon gives, and
the questions name only findings it knows."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
import yaml

from readingscan import analyze, explain
from readingscan.content import load_content
from readingscan.content.records import Source
from readingscan.explain.export import explanation_markdown
from tests.conftest import ROOT

# A host or a verification path: a domain, a URL, a code host, a repository, a reproduction.
VERIFICATION_PATH = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:org|com|net|io|edu|gov|ac\.\w+|htm|html|cs)\b|github|gitlab|bitbucket|fhir|"
    r"gjoll|repositor|mirror|reproduced|as quoted|tooling", re.IGNORECASE)
DOI = re.compile(r"\bdoi:10\.\d{4,9}/\S+")


def shown_sources() -> dict[str, Source]:
    sources = load_content().explain.sources
    return {f.name: getattr(sources, f.name) for f in fields(sources)}


@pytest.mark.parametrize("key", list(shown_sources()))
def test_a_source_on_screen_is_the_primary_work(key: str) -> None:
    source = shown_sources()[key]
    assert not VERIFICATION_PATH.search(source.cite), source.cite
    # The Atlas by edition and year; a paper by its DOI.
    assert ("ACR BI-RADS Atlas, 5th ed. (2013)" in source.cite) or DOI.search(source.cite), source.cite
    assert source.checked_via.strip()  # the verification path is kept, for the content team


SAMPLES = [
    "IMPRESSION: Grouped amorphous calcifications, left breast. The breasts are heterogeneously dense. BI-RADS 4B.",
    "The breasts are scattered fibroglandular density. IMPRESSION: Negative. BI-RADS 1.",
    "FINDINGS: Simple cyst, right breast.",
]


@pytest.mark.parametrize("text", SAMPLES, ids=["4B-dense", "1-scattered", "no-category"])
def test_the_sources_an_explanation_shows_name_no_mirror_or_repository(text: str) -> None:
    report = analyze(text)
    words = explain(report)
    for shown in (words.category_source, words.density_source):
        assert shown and not VERIFICATION_PATH.search(shown), shown
    markdown = explanation_markdown(report, date(2026, 3, 14))
    for source in shown_sources().values():
        assert source.checked_via not in markdown


def test_the_dense_breast_figure_cites_its_paper_with_its_doi() -> None:
    words = explain(analyze("The breasts are extremely dense. BI-RADS 1."))
    assert "doi:10.1093/jnci/dju255" in words.density_source


def lexicon_labels() -> set[str]:
    records = yaml.safe_load(Path(ROOT / "readingscan" / "rules" / "lexicon.yaml").read_text(encoding="utf-8"))
    return {r.get("label") or r["literal"] for r in records if r["category"] == "finding"}


def test_every_finding_name_of_the_lexicon_has_its_grammar_and_gloss() -> None:
    names = load_content().findings
    missing = sorted(lexicon_labels() - set(names.labels))
    assert not missing, f"add these to content/en/findings.yaml labels: {missing}"


def test_each_finding_name_has_a_gloss_of_its_own_kind() -> None:
    names = load_content().findings
    mass = names.kinds["mass"]  # type: ignore[index]
    for label in ("cyst", "oil cyst", "complicated cyst", "fibroadenoma", "lipoma"):
        assert names.labels[label].gloss_one != mass.gloss_one, label
    for noun in [*names.kinds.values(), *names.labels.values()]:
        if noun.one == noun.several:  # a mass noun: one gloss
            assert noun.gloss_one == noun.gloss_several, noun.one
        else:
            assert noun.gloss_one != noun.gloss_several, noun.one  # "a small sac" / "small sacs"


def test_the_questions_name_only_findings_the_grammar_table_knows() -> None:
    content = load_content()
    named = {label for q in content.questions for label in (q.when.labels or ())}
    assert named <= set(content.findings.labels), named - set(content.findings.labels)


def test_no_question_asks_whether_a_lymph_node_is_normal() -> None:
    # The report says so, one way or the other; asking it back worries and tells nothing.
    for question in load_content().questions:
        assert not ("lymph node" in question.question.lower() and "normal" in question.question.lower())
