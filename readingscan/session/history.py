"""A session's past explanations: entries, the 50-entry cap, and the JSON file a person can keep.

Pure values and functions; the app keeps the entries in st.session_state, never on disk. An exported
file holds each report's text (redacted unless the person asks for the original) and the JSON contract
of what we read from it; importing re-reads the text, so a reopened entry is a full explanation.

The file carries a SHA-256 checksum of its entries. It is not a signature (anyone can recompute it);
it catches a file that was edited or damaged after export, so we never show an explanation of text
that is not what was exported.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from readingscan.content import load_content
from readingscan.explain.words import exam_words
from readingscan.ingest.limits import LIMITS
from readingscan.model import ReadingError, Report, Status
from readingscan.session.redact import redact

FORMAT = "readingscan-history"
VERSION = 1
MAX_ENTRIES = 50
MAX_FILE_BYTES = MAX_ENTRIES * (LIMITS.max_text_bytes * 3 + 64 * 1024)  # text + its JSON contract, escaped

_FILE_KEYS = {"format", "version", "exported", "redacted", "entries", "checksum"}
_ENTRY_KEYS = {"id", "created", "source", "text", "text_redacted", "report"}


class HistoryFileError(ReadingError):
    """A history file we will not import. ``str(error)`` says what is wrong, fit to show a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="history_file")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One explanation of this session: when it was made and the Report it explains."""

    id: str
    created: datetime
    report: Report
    text_redacted: bool = False  # imported from a redacted export: the text is not the original

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.report.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """What the history list and the pickers show for an entry (the list adds a redacted preview)."""

    created: str
    exam: str
    category: str
    findings: int


def new_entry(report: Report, created: datetime | None = None) -> HistoryEntry:
    return HistoryEntry(uuid.uuid4().hex[:12], created or datetime.now(UTC), report)


def add_entry(
    entries: tuple[HistoryEntry, ...], entry: HistoryEntry, cap: int = MAX_ENTRIES,
) -> tuple[tuple[HistoryEntry, ...], int]:
    """The history with ``entry`` added last, and how many of the oldest were dropped to keep ``cap``.

    The same report text explained again is not added twice: the older entry moves to the end.
    """
    kept = tuple(e for e in entries if e.text_hash != entry.text_hash)
    moved = [e for e in entries if e.text_hash == entry.text_hash]
    combined = (*kept, moved[0] if moved else entry)
    dropped = max(0, len(combined) - cap)
    return combined[dropped:], dropped


def summarize(entry: HistoryEntry, zone: tzinfo | None = None) -> EntrySummary:
    """What the history list shows of an entry: when (in the person's time zone when known, else UTC, said
    so), the exam, the category, how many findings were seen."""
    report, words = entry.report, load_content().history
    category = report.assessment.overall
    when = entry.created.astimezone(zone).strftime("%Y-%m-%d %H:%M") if zone else \
        entry.created.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return EntrySummary(
        created=when,
        exam=exam_words(report),
        category=words.category.format(value=category.value) if category else words.no_category,
        findings=sum(f.status is not Status.ABSENT for f in report.findings),
    )


def _checksum(entries: list[dict[str, Any]]) -> str:
    canonical = json.dumps(entries, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def export_history(
    entries: tuple[HistoryEntry, ...], *, include_text: bool = False, now: datetime | None = None,
) -> str:
    """The entries as a JSON file. Redacted by default; the original text only when ``include_text``.

    A redacted entry's JSON contract is read from the redacted text, so no name reaches the file through
    a quoted sentence either.
    """
    from readingscan.analysis import analyze  # late: the package imports this module's siblings

    items = []
    for entry in entries:
        redacted = not include_text or entry.text_redacted
        text = redact(entry.report.text) if redacted else entry.report.text
        report = analyze(text) if redacted and text != entry.report.text else entry.report
        items.append({
            "id": entry.id,
            "created": entry.created.astimezone(UTC).isoformat(timespec="seconds"),
            "source": {"kind": entry.report.document.source.kind.value, "name": None if redacted else entry.report.document.source.name},
            "text": text,
            "text_redacted": redacted,
            "report": report.to_dict(),
        })
    document = {
        "format": FORMAT, "version": VERSION,
        "exported": (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "redacted": all(item["text_redacted"] for item in items), "entries": items, "checksum": _checksum(items),
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def _fail(reason: str, **values: object) -> HistoryFileError:
    """The refusal of a file, for one of history.yaml's reasons ("too_large", "entry_id"...) filled in."""
    words = load_content().history.import_file
    template: str = getattr(words, reason)
    return HistoryFileError(words.refused.format(reason=template.format(**values)))


def _entry(number: int) -> str:
    return load_content().history.import_file.entry.format(number=number)


def _parse_time(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise _fail("entry_no_date", entry=where)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _fail("entry_no_date", entry=where) from None
    if moment.tzinfo is None:
        raise _fail("entry_time_zone", entry=where)
    return moment


def _check_entry(item: Any, number: int) -> dict[str, Any]:
    where = _entry(number)
    if not isinstance(item, dict):
        raise _fail("entry_not_object", entry=where)
    if set(item) != _ENTRY_KEYS:
        raise _fail("entry_fields", entry=where, fields=", ".join(sorted(set(item) ^ _ENTRY_KEYS)))
    if not isinstance(item["id"], str) or not 1 <= len(item["id"]) <= 64 or not item["id"].isalnum():
        raise _fail("entry_id", entry=where)
    if not isinstance(item["text"], str) or not item["text"].strip():
        raise _fail("entry_no_text", entry=where)
    if len(item["text"].encode("utf-8")) > LIMITS.max_text_bytes:
        raise _fail("entry_too_long", entry=where)
    if not isinstance(item["text_redacted"], bool) or not isinstance(item["report"], dict):
        raise _fail("entry_shape", entry=where)
    source = item["source"]
    if not isinstance(source, dict) or set(source) != {"kind", "name"} or not isinstance(source["kind"], str) \
            or not (source["name"] is None or isinstance(source["name"], str)):
        raise _fail("entry_source", entry=where)
    return item


def import_history(data: bytes | str) -> tuple[HistoryEntry, ...]:
    """Entries from an exported file, checked strictly; raises HistoryFileError and returns nothing else.

    Every entry's text is read again, so what is shown is what the text says, not what the file claims.
    """
    from readingscan.analysis import analyze

    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_FILE_BYTES:
        raise _fail("too_large")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _fail("not_json") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _fail("not_history")
    if document.get("version") != VERSION:
        raise _fail("version", found=repr(document.get("version")), version=VERSION)
    if set(document) != _FILE_KEYS:
        raise _fail("fields", fields=", ".join(sorted(set(document) ^ _FILE_KEYS)))
    items = document["entries"]
    if not isinstance(items, list) or not items:
        raise _fail("empty")
    if len(items) > MAX_ENTRIES:
        raise _fail("too_many", count=len(items), limit=MAX_ENTRIES)
    checked = [_check_entry(item, number) for number, item in enumerate(items, 1)]
    if document["checksum"] != _checksum(checked):
        raise _fail("changed")
    if len({item["id"] for item in checked}) != len(checked):
        raise _fail("same_id")
    entries = []
    for number, item in enumerate(checked, 1):
        created = _parse_time(item["created"], _entry(number))
        try:
            report = analyze(item["text"], item["source"]["name"])
        except ReadingError as error:
            raise _fail("entry_unreadable", entry=_entry(number), error=error) from None
        entries.append(HistoryEntry(item["id"], created, report, text_redacted=item["text_redacted"]))
    return tuple(entries)


def merge_entries(
    entries: tuple[HistoryEntry, ...], imported: tuple[HistoryEntry, ...], cap: int = MAX_ENTRIES,
) -> tuple[tuple[HistoryEntry, ...], int, int]:
    """Imported entries added in date order, skipping ones already here (same id or text).

    Returns the history, how many were added, and how many of the oldest were dropped to keep ``cap``.
    """
    ids = {e.id for e in entries}
    hashes = {e.text_hash for e in entries}
    fresh = [e for e in imported if e.id not in ids and e.text_hash not in hashes]
    combined = sorted((*entries, *fresh), key=lambda e: e.created)
    dropped = max(0, len(combined) - cap)
    return tuple(combined[dropped:]), len(fresh), dropped
