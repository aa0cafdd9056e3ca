"""Session: what a person's browser session keeps, and nothing on the server.

Takes Reports; gives history entries (add, summarise, export as checksummed JSON, strict import, merge)
and redaction (names, numbers, dates of birth, contacts removed; clinical text kept).
"""

from readingscan.session.history import (
    MAX_ENTRIES,
    HistoryEntry,
    HistoryFileError,
    add_entry,
    export_history,
    import_history,
    merge_entries,
    new_entry,
    summarize,
)
from readingscan.session.redact import redact, redaction_preview

__all__ = ["MAX_ENTRIES", "HistoryEntry", "HistoryFileError", "add_entry", "export_history", "import_history",
           "merge_entries", "new_entry", "redact", "redaction_preview", "summarize"]
