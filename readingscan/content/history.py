"""The typed records of history.yaml: the session history's words (its list, and refused imports)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import with_config

from readingscan.content.checks import FORBID, every, template
from readingscan.content.records import Text
from readingscan.model import Purpose

__all__ = ["ExamWords", "HistoryWords", "ImportWords"]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ExamWords:
    mri: Text
    contrast_mammogram: Text  # contrast-enhanced mammography (CEM)
    ultrasound: Text
    tomosynthesis: Text
    mammogram: Text
    mammogram_and_ultrasound: Text
    unknown: Text


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class ImportWords:
    """Why a history file is not imported: ``refused`` around one of the reasons."""

    refused: Annotated[str, template("reason")]
    entry: Annotated[str, template("number")]
    too_large: Text
    not_json: Text
    not_history: Text
    version: Annotated[str, template("found", "version")]
    fields: Annotated[str, template("fields")]
    empty: Text
    too_many: Annotated[str, template("count", "limit")]
    changed: Text
    same_id: Text
    entry_not_object: Annotated[str, template("entry")]
    entry_fields: Annotated[str, template("entry", "fields")]
    entry_id: Annotated[str, template("entry")]
    entry_no_text: Annotated[str, template("entry")]
    entry_too_long: Annotated[str, template("entry")]
    entry_shape: Annotated[str, template("entry")]
    entry_source: Annotated[str, template("entry")]
    entry_no_date: Annotated[str, template("entry")]
    entry_time_zone: Annotated[str, template("entry")]
    entry_unreadable: Annotated[str, template("entry", "error")]


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class HistoryWords:
    """history.yaml: what the history list says of an explanation, and why a file is not imported."""

    exams: ExamWords
    exam_with_purpose: Annotated[str, template("purpose", "exam")]
    purposes: Annotated[dict[Purpose, Text], every(Purpose)]
    category: Annotated[str, template("value")]
    no_category: Text
    import_file: ImportWords
