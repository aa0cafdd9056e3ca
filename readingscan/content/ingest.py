"""The typed records of ingest.yaml: what ingest says when it refuses an upload, and notes on text it read.

``REFUSALS`` declares every refusal: the ReadingError code, its messages, and each message's placeholders.
The file must hold exactly these, and ``IngestWords.refusal`` fills one in with exactly these values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated

from pydantic import with_config

from readingscan.content.checks import FORBID, Spec, table, template
from readingscan.content.records import Text

__all__ = ["REFUSALS", "FileKinds", "IngestWords", "Notes"]

_SIZES = ("size", "limit")
_COUNT = ("count", "limit")
REFUSALS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "empty": {"pasted": (), "file": (), "no_text": ()},
    "too_large": {"file": _SIZES, "word_parts": _COUNT, "word_unpacked": _SIZES, "pdf_unpacked": ("limit",)},
    "too_much_text": {"text": _SIZES},
    "too_many_pages": {"pictures": _COUNT, "pdf": _COUNT},
    "too_slow": {"pdf": ()},
    "unsupported": {"file_type": ("label", "hint")},
    "not_text": {"file": ("hint",)},
    "unreadable": {"file": ("hint",), "path": ("name", "reason")},
    "corrupt": {"word": (), "pdf": ()},
    "encrypted": {"pdf": ()},
    "scan": {"pdf": ()},
    "image": {"format": ("label",)},
    "image_format": {"format": ("format",), "heic": ()},
    "image_too_large": {"pixels": (), "size": ("width", "height", "megapixels", "side")},
    "image_too_small": {"size": ("width", "height")},
    "image_damaged": {"file": ()},
    "image_no_text": {"photo": ()},
    "ocr_unavailable": {"tesseract": ()},
    "ocr_timeout": {"page": ()},
    "ocr_failed": {"page": ()},
}
_REFUSALS_SPEC: Spec = REFUSALS


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class FileKinds:
    """Files told apart by their content and refused by name."""

    zip: Text
    excel: Text
    powerpoint: Text
    opendocument: Text
    old_office: Text
    rtf: Text


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class Notes:
    """Document warnings: said with the text that was read."""

    ocr: Text
    ocr_unsure: Text  # follows ``ocr`` when some words are marked
    page_unread: Annotated[str, template("page")]
    page_no_ocr: Annotated[str, template("page")]
    truncated: Text


@with_config(FORBID)
@dataclass(frozen=True, slots=True)
class IngestWords:
    """ingest.yaml: refusals by code and message, the words inside them, and the notes."""

    upload_hint: Text
    file_kinds: FileKinds
    unknown_format: Text
    cannot_open: Text
    refusals: Annotated[dict[str, dict[str, str]], table(_REFUSALS_SPEC)]
    notes: Notes

    def refusal(self, code: str, message: str, **values: object) -> str:
        """The sentence of ``refusals.<code>.<message>``, filled in with exactly its placeholders' values.

        ``{hint}`` is filled in here (it is content too); a value missing or left over is the code's mistake.
        """
        wanted = set(REFUSALS[code][message])
        given = {**values, "hint": self.upload_hint} if "hint" in wanted else dict(values)
        if set(given) != wanted:
            raise TypeError(f"refusals.{code}.{message} takes {sorted(wanted)}, not {sorted(given)}")
        return self.refusals[code][message].format(**given)
