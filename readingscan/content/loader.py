"""The one loader of content: ``content/<language>/*.yaml`` read (``yaml.safe_load``), validated into typed
records, once per language.

Every language has the same files, each with the same records (``FILES``); a file, a record, a key or an
enum value missing, an unknown key or file, or a sentence whose placeholders are not the ones the code
fills, stops the load with a ContentError that names the file and the record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from readingscan.content.checks import ContentError, describe
from readingscan.content.compare import CompareWords
from readingscan.content.descriptors import DescriptorWords
from readingscan.content.findings import FindingNames
from readingscan.content.grid import GridWords
from readingscan.content.history import HistoryWords
from readingscan.content.ingest import IngestWords
from readingscan.content.language import LANGUAGES, current_language
from readingscan.content.questions import Question, Questions
from readingscan.content.records import ExplainWords, ReadingWarnings, TermWords
from readingscan.content.screens import ScreenWords

__all__ = ["FILES", "FOLDER", "LANGUAGES", "Content", "load_content", "parse_content"]

# The languages content is written in (language.py); each has a folder content/<language>/ with every file of FILES.
FOLDER = Path(str(resources.files("readingscan").joinpath("content")))
# Each file and the type its YAML is validated into.
FILES: Mapping[str, Any] = {
    "explain.yaml": ExplainWords,
    "terms.yaml": TermWords,
    "findings.yaml": FindingNames,
    "compare.yaml": CompareWords,
    "questions.yaml": Questions,
    "grid.yaml": GridWords,
    "warnings.yaml": ReadingWarnings,
    "ingest.yaml": IngestWords,
    "history.yaml": HistoryWords,
    "descriptors.yaml": DescriptorWords,
    "screens.yaml": ScreenWords,
}


@dataclass(frozen=True, slots=True)
class Content:
    """Every sentence of one language, as typed records (one per content file)."""

    language: str
    explain: ExplainWords
    terms: TermWords
    findings: FindingNames
    compare: CompareWords
    questions: tuple[Question, ...]
    grid: GridWords
    warnings: ReadingWarnings
    ingest: IngestWords
    history: HistoryWords
    descriptors: DescriptorWords
    screens: dict[str, dict[str, str]]  # screens.yaml: screen -> key -> text (screens.py: SCREENS)


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    # Built on first use: building the validators costs more than importing this module should.
    return TypeAdapter(FILES[name])


def parse_content(name: str, data: object, language: str = "en") -> Any:
    """One file's data (as ``yaml.safe_load`` gives it) validated into its record; ContentError if wrong.

    ``parse_content("warnings.yaml", {"no_terms": "None found."})`` fails with, among its lines,
    "content/en/warnings.yaml: missing 'no_category'".
    """
    label = f"content/{language}/{name}"
    if name not in FILES:
        raise ContentError(f"{label}: unknown file (the files are {', '.join(FILES)})")
    try:
        return _adapter(name).validate_python(data)
    except ValidationError as error:
        lines = []
        for detail in error.errors():
            record, what = describe(detail)
            lines.append(f"{label}: {record}: {what}" if record else f"{label}: {what}")
        raise ContentError("\n".join(lines)) from None


def _read(folder: Path, language: str, name: str) -> Any:
    path = folder / language / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"content/{language}/{name}: missing file") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ContentError(f"content/{language}/{name}: not valid YAML ({' '.join(str(error).split())})") from None
    return parse_content(name, data, language)


def _check_across(language: str, questions: tuple[Question, ...], words: DescriptorWords, names: FindingNames) -> None:
    """Names one file takes from another: a question's descriptor, an intro's finding names (a misspelt one
    would silently never match)."""
    known = {*words.descriptors, *(f"{n}.{v}" for n, entry in words.descriptors.items() for v in entry.values)}
    for i, question in enumerate(questions):
        unknown = [d for d in question.when.descriptors or () if d not in known]
        if unknown:
            raise ContentError(f"content/{language}/questions.yaml: {i}.when.descriptors: unknown descriptor {unknown[0]!r}")
    for key, intro in words.intros.items():
        unknown = [label for label in intro.labels if label not in names.labels]
        if unknown:
            raise ContentError(f"content/{language}/descriptors.yaml: intros.{key}.labels: unknown finding name "
                               f"{unknown[0]!r} (findings.yaml labels)")


def load_content(language: str | None = None, folder: Path | None = None) -> Content:
    """Every content file of ``language`` (default: this run's, language.py), validated, loaded once per
    process (``folder``: for tests)."""
    return _load(language or current_language(), folder)


@cache
def _load(language: str, folder: Path | None) -> Content:
    if language not in LANGUAGES:
        raise ContentError(f"content: no language {language!r} (the languages are {', '.join(LANGUAGES)})")
    root = folder or FOLDER
    extra = sorted(p.name for p in (root / language).glob("*.yaml") if p.name not in FILES)
    if extra:
        raise ContentError(f"content/{language}/{extra[0]}: unknown file (the files are {', '.join(FILES)})")
    data = {name: _read(root, language, name) for name in FILES}
    _check_across(language, data["questions.yaml"], data["descriptors.yaml"], data["findings.yaml"])
    return Content(
        language=language,
        explain=data["explain.yaml"],
        terms=data["terms.yaml"],
        findings=data["findings.yaml"],
        compare=data["compare.yaml"],
        questions=data["questions.yaml"],
        grid=data["grid.yaml"],
        warnings=data["warnings.yaml"],
        ingest=data["ingest.yaml"],
        history=data["history.yaml"],
        descriptors=data["descriptors.yaml"],
        screens=data["screens.yaml"],
    )
