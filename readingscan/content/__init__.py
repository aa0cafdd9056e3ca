"""Content: every sentence a person reads, per language, as validated data (content/<language>/*.yaml).

Takes a language; gives its Content: typed records of explain.yaml (the explanation), terms.yaml (the
contract's values in words), findings.yaml (the grammar table of findings), compare.yaml, questions.yaml, grid.yaml, warnings.yaml (reading warnings),
descriptors.yaml (each descriptor value of the contract in plain words, and the MRI tissue paragraphs),
ingest.yaml (refusals and notes) and history.yaml (the session history). ``load_content`` refuses, naming
the file and the record, a missing file, record, key or enum value, an unknown key or file, and a sentence
whose placeholders differ from the ones the code fills in. To add a language: copy content/en/ to content/<language>/, translate every text (the
keys and placeholders stay), and add the language to LANGUAGES (language.py). ``load_content()`` with no
language gives the language this run chose (``set_language`` / ``use_language``).
"""

from readingscan.content.checks import ContentError
from readingscan.content.compare import CompareWords
from readingscan.content.descriptors import Concern, DescriptorWords
from readingscan.content.findings import Count, FindingNames, Noun, Outlook
from readingscan.content.grid import GridRule, GridWords, Level, LevelWords, Words
from readingscan.content.history import HistoryWords
from readingscan.content.ingest import REFUSALS, IngestWords
from readingscan.content.language import (
    DEFAULT_LANGUAGE,
    current_language,
    language_for,
    set_language,
    tidy,
    use_language,
)
from readingscan.content.loader import FILES, LANGUAGES, Content, load_content, parse_content
from readingscan.content.questions import Question, When
from readingscan.content.records import ExplainWords, ReadingWarnings, TermWords

__all__ = [
    "DEFAULT_LANGUAGE",
    "FILES",
    "LANGUAGES",
    "REFUSALS",
    "CompareWords",
    "Concern",
    "Content",
    "ContentError",
    "Count",
    "DescriptorWords",
    "ExplainWords",
    "FindingNames",
    "GridRule",
    "GridWords",
    "HistoryWords",
    "IngestWords",
    "Level",
    "LevelWords",
    "Noun",
    "Outlook",
    "Question",
    "ReadingWarnings",
    "TermWords",
    "When",
    "Words",
    "current_language",
    "language_for",
    "load_content",
    "parse_content",
    "set_language",
    "tidy",
    "use_language",
]
