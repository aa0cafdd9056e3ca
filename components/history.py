"""This session's history: keep each explanation, list, reopen, delete, export, import, forget.

Entries live in st.session_state only: they go when the tab closes or the person presses "Forget".
Nothing is written to the server's disk or its logs.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from components import state
from components.language import english_block
from components.reading import escape_markdown
from components.words import counted, screen_words
from readingscan import (
    MAX_ENTRIES,
    HistoryEntry,
    HistoryFileError,
    Report,
    add_entry,
    export_history,
    import_history,
    merge_entries,
    new_entry,
    redaction_preview,
    summarize,
)

HISTORY = "history_entries"  # tuple[HistoryEntry, ...], oldest first
NOTICE = "history_notice"  # a message for the next run: entries dropped, imported, forgotten
EXPORTS = "history_exports"  # (ids, include_text) -> JSON, so a rerun does not redo the redaction
FORGOTTEN = "history_forgotten"
UNDO = "history_deleted"  # (position, entry) of the last entry deleted, for undo


def entries() -> tuple[HistoryEntry, ...]:
    value = st.session_state.get(HISTORY, ())
    return value if isinstance(value, tuple) else ()


def _set(new: tuple[HistoryEntry, ...]) -> None:
    st.session_state[HISTORY] = new
    st.session_state.pop(EXPORTS, None)


def _dropped_notice(dropped: int) -> None:
    if dropped:
        st.session_state[NOTICE] = counted(screen_words("history"), "dropped", dropped, max=MAX_ENTRIES)


def remember(report: Report) -> None:
    """Keep a new explanation (the same text again is not kept twice; a text that is not a breast imaging
    report, such as a recipe, is explained with a warning but not kept)."""
    if not report.breast_report:
        return
    kept, dropped = add_entry(entries(), new_entry(report))
    _set(kept)
    _dropped_notice(dropped)


def find(entry_id: str) -> HistoryEntry | None:
    return next((e for e in entries() if e.id == entry_id), None)


def reopen(entry_id: str) -> None:
    entry = find(entry_id)
    if entry is not None:
        st.session_state[state.CURRENT] = entry.report
        st.session_state.pop(state.INPUT_ERROR, None)


def delete(entry_id: str) -> None:
    """Take an entry out of the history; it can be put back (undo) until another is deleted."""
    entry = find(entry_id)
    if entry is None:
        return
    kept = entries()
    previous = st.session_state.get(UNDO)
    if isinstance(previous, tuple):  # the one deleted before can no longer come back: forget its reading
        state.drop_reading(previous[1].report)
    st.session_state[UNDO] = (kept.index(entry), entry)
    _set(tuple(e for e in kept if e.id != entry_id))
    if st.session_state.get(state.CURRENT) is entry.report:
        st.session_state.pop(state.CURRENT, None)


def undo_delete() -> None:
    """Put the last deleted entry back where it was."""
    undo = st.session_state.pop(UNDO, None)
    if isinstance(undo, tuple):
        position, entry = undo
        kept = list(entries())
        kept.insert(min(position, len(kept)), entry)
        _set(tuple(kept))


def show_undo() -> None:
    """After a delete: what was deleted, with a button to put it back."""
    undo = st.session_state.get(UNDO)
    if isinstance(undo, tuple):
        left, right = st.columns([3, 1])
        words = screen_words("history")
        left.info(words["deleted"].format(entry=label(undo[1])), icon=":material/delete:")
        right.button(words["undo"], key="history_undo", icon=":material/undo:", on_click=undo_delete)


def zone() -> tzinfo | None:
    """The person's time zone, as their browser tells it (None when it does not)."""
    name = st.context.timezone
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def forget() -> None:
    """Everything this session holds: history, the report on screen, the text box, the uploads, caches."""
    st.session_state.clear()
    st.session_state[FORGOTTEN] = True


def import_file(data: bytes) -> None:
    """Add the entries of an exported file; a bad file changes nothing and says why."""
    try:
        imported = import_history(data)
    except HistoryFileError as error:
        st.session_state[NOTICE] = ("error", str(error))
        return
    merged, added, dropped = merge_entries(entries(), imported)
    _set(merged)
    skipped, words = len(imported) - added, screen_words("history")
    message = counted(words, "imported", added)
    if skipped:
        message = words["imported_skipped"].format(imported=message, skipped=counted(words, "skipped", skipped))
    st.session_state[NOTICE] = ("success", message)
    _dropped_notice(dropped)


def export_all(include_text: bool) -> str:
    key = (tuple(e.id for e in entries()), include_text)
    cache: dict[tuple[tuple[str, ...], bool], str] = st.session_state.setdefault(EXPORTS, {})
    if key not in cache:
        cache.clear()
        cache[key] = export_history(entries(), include_text=include_text)
    return cache[key]


def show_notice() -> None:
    """The pending message (shown once)."""
    notice = st.session_state.pop(NOTICE, None)
    if isinstance(notice, tuple):
        kind, message = notice
        (st.error if kind == "error" else st.success)(message)
    elif isinstance(notice, str):
        st.info(notice, icon=":material/history:")


def label(entry: HistoryEntry) -> str:
    """One line naming an entry, for lists and pickers."""
    summary, words = summarize(entry, zone()), screen_words("history")
    values = {"exam": summary.exam, "category": summary.category, "created": summary.created}
    exam_date = entry.report.exam.date
    if exam_date:
        return words["entry_label_dated"].format(date=exam_date.isoformat(), **values)
    return words["entry_label"].format(**values)


def _file_name(when: datetime) -> str:
    return f"readingscan-history-{when.astimezone(UTC).strftime('%Y%m%d-%H%M')}.json"


def render_entry(entry: HistoryEntry, include_text: bool) -> None:
    summary, words = summarize(entry, zone()), screen_words("history")
    with st.container(border=True, key=f"history_entry_{entry.id}"):
        found = counted(words, "findings", summary.findings)
        st.markdown(f"**{summary.exam}** · {summary.category} · {found}")
        st.caption(words["explained_imported" if entry.text_redacted else "explained"].format(created=summary.created))
        english_block(f"> {escape_markdown(redaction_preview(entry.report.text))}", f"preview_{entry.id}")
        reopen_col, export_col, delete_col = st.columns(3)
        if reopen_col.button(words["reopen"], key=f"history_reopen_{entry.id}", icon=":material/open_in_new:"):
            reopen(entry.id)
            st.switch_page("screens/explain.py")
        export_col.download_button(
            words["export"], data=lambda: export_history((entry,), include_text=include_text), file_name=_file_name(entry.created),
            mime="application/json", key=f"history_export_{entry.id}", icon=":material/download:", on_click="ignore",
        )
        delete_col.button(words["delete"], key=f"history_delete_{entry.id}", icon=":material/delete:",
                          on_click=delete, args=(entry.id,))
