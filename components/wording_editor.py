"""The wording lab's entry editor: edit one entry's file, see its figures, the patient's view and the diff.

Nothing is saved on the server: the edited file is offered as a download, to be committed by the team.
The preview is ``glossary_view.render_entry``, the function the Glossary page draws a term with.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import streamlit as st

from components import glossary_view
from components.reading import escape_markdown
from components.wording_lab import Lab
from readingscan import TARGET_GRADE, Entry, EntryFigures, GlossaryError, lint_text, measure, parse_entry, with_entry

ENTRY = "wording_entry"
TEXT = "wording_text"
LOADED = "wording_text_slug"  # which entry the text box holds
RESET = "wording_reset"
DOWNLOAD = "wording_download"


@dataclass(frozen=True)
class Edit:
    slug: str
    text: str
    entry: Entry | None  # None when the edited text cannot be read as an entry
    edited: bool  # differs from the file


def _reset(lab: Lab) -> None:
    slug = st.session_state.get(ENTRY)
    if slug in lab.files:
        st.session_state[TEXT] = lab.files[slug]
        st.session_state[LOADED] = slug


def show(lab: Lab) -> Edit:
    """The editor; returns the edit on screen (the file's own text until someone types)."""
    slugs = list(lab.glossary.entries)
    slug = st.selectbox("Entry", slugs, key=ENTRY, format_func=lambda s: f"{lab.glossary.entries[s].term} ({s})")
    if st.session_state.get(LOADED) != slug:
        _reset(lab)
    left, right = st.columns(2, gap="medium")
    with left:
        text = st.text_area("The entry's file: front matter and body (Markdown)", key=TEXT, height=560)
        buttons = st.columns(2)
        buttons[0].button("Back to the file's text", key=RESET, on_click=_reset, args=(lab,), icon=":material/undo:")
        buttons[1].download_button("Download the edited .md", text, file_name=f"{slug}.md", mime="text/markdown",
                                   key=DOWNLOAD, icon=":material/download:")
    path = lab.folder / f"{slug}.md"
    try:
        entry: Entry | None = parse_entry(text, path)
    except GlossaryError as error:
        entry = None
        left.error(escape_markdown(str(error)), icon=":material/error:")
    edit = Edit(slug, text, entry, text != lab.files[slug])
    with right:
        if entry is not None:
            _metrics(measure(entry, lab.finder, lint_text(text, path, lab.glossary)), lab.figure(slug))
        preview, changes = st.tabs(["Preview (as a patient sees it)", "Changes against the file"])
        with preview:
            if entry is None:
                st.info("Fix the problem shown under the text to see the preview.", icon=":material/visibility_off:")
            else:
                with st.container(border=True, key="wording_preview"):
                    glossary_view.render_entry(entry, with_entry(lab.glossary, slug, entry))
        with changes:
            _diff(lab.files[slug], text, slug)
    return edit


def _metrics(now: EntryFigures, saved: EntryFigures | None) -> None:
    def delta(value: float, before: float | None, digits: int = 1) -> str | None:
        if before is None or round(value - before, digits) == 0:
            return None
        return f"{value - before:+.{digits}f}"

    cells = st.columns(3)
    cells[0].metric("Reading grade", f"{now.fk_grade:.1f}", delta(now.fk_grade, saved.fk_grade if saved else None),
                    delta_color="inverse", help=f"Flesch-Kincaid; target {TARGET_GRADE:g} or lower")
    cells[1].metric("Reading ease", f"{now.reading_ease:.1f}", delta(now.reading_ease, saved.reading_ease if saved else None),
                    help="Flesch reading ease: higher is easier")
    cells[2].metric("Words per sentence", f"{now.words_per_sentence:.1f}",
                    delta(now.words_per_sentence, saved.words_per_sentence if saved else None), delta_color="inverse")
    cells = st.columns(3)
    cells[0].metric("Long words", f"{100 * now.long_word_share:.1f}%",
                    delta(100 * now.long_word_share, 100 * saved.long_word_share if saved else None), delta_color="inverse",
                    help="Share of words with three or more syllables")
    cells[1].metric("Jargon without a link", str(len(now.jargon)),
                    delta(len(now.jargon), len(saved.jargon) if saved else None, 0), delta_color="inverse")
    cells[2].metric("Lint", now.status, None if now.passes else f"{len(now.problems)} problem(s)", delta_color="off")
    if now.jargon:
        st.caption("Jargon without a link: " + escape_markdown(", ".join(j.word for j in now.jargon)))
    for problem in now.problems:
        st.warning(escape_markdown(problem), icon=":material/rule:")


def _diff(saved: str, text: str, slug: str) -> None:
    lines = list(difflib.unified_diff(saved.splitlines(), text.splitlines(), f"glossary/{slug}.md",
                                      f"edited/{slug}.md", lineterm=""))
    if not lines:
        st.caption("No changes yet: the text is the file's.")
        return
    st.code("\n".join(lines), language="diff", wrap_lines=True)
