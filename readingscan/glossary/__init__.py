"""Glossary: the plain-language entries (top-level glossary/*.md), their search, linking, lint and the lab.

Takes the glossary folder; gives a Glossary (entries by slug, typo-tolerant search), ``link_terms`` for
explanations, readability figures, lint problems, and the wording lab's per-entry figures and
before/after runs over a corpus of reports.
"""

from readingscan.glossary.entries import (
    DEFAULT_FOLDER,
    GLOSSARY_CATEGORIES,
    SECTION_HEADINGS,
    Entry,
    Glossary,
    GlossaryError,
    link_terms,
    load_glossary,
    parse_entry,
)
from readingscan.glossary.lab import (
    TARGET_GRADE,
    EntryFigures,
    JargonFinder,
    lint_text,
    measure,
    measure_glossary,
    with_entry,
)
from readingscan.glossary.lab_languages import TranslationFigures, measure_language, review_state, worst
from readingscan.glossary.readability import readability
from readingscan.glossary.readability_languages import TARGETS as READABILITY_TARGETS
from readingscan.glossary.readability_languages import reading_level
from readingscan.glossary.runs import (
    DiffRow,
    Reading,
    ReportChange,
    compare_runs,
    read_reports,
    reports_csv,
    side_by_side,
)
from readingscan.glossary.translations import needs_review, section_headings

__all__ = [
    "DEFAULT_FOLDER",
    "GLOSSARY_CATEGORIES",
    "READABILITY_TARGETS",
    "SECTION_HEADINGS",
    "TARGET_GRADE",
    "DiffRow",
    "Entry",
    "EntryFigures",
    "Glossary",
    "GlossaryError",
    "JargonFinder",
    "Reading",
    "ReportChange",
    "TranslationFigures",
    "compare_runs",
    "link_terms",
    "lint_text",
    "load_glossary",
    "measure",
    "measure_glossary",
    "measure_language",
    "needs_review",
    "parse_entry",
    "read_reports",
    "readability",
    "reading_level",
    "reports_csv",
    "review_state",
    "section_headings",
    "side_by_side",
    "with_entry",
    "worst",
]
