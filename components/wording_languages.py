"""The wording lab's languages tab: each language's entries with their readability, lint and review state,
and the entries waiting for a person's review (the content team's page: its own words stay English)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from components.wording_lab import folder_fingerprint
from readingscan import LANGUAGES, READABILITY_TARGETS, GlossaryError, TranslationFigures, measure_language, worst

LANGUAGE = "wording_language"
ONLY_WAITING = "wording_only_waiting"


@st.cache_resource(show_spinner="Measuring the entries in this language…", max_entries=4)
def _rows(folder: str, language: str, _fingerprint: tuple[tuple[str, int, int], ...]) -> tuple[TranslationFigures, ...]:
    return measure_language(Path(folder), language)


def _frame(rows: tuple[TranslationFigures, ...]) -> pd.DataFrame:
    return pd.DataFrame([{
        "Entry": r.term, "English": r.english, "Slug": r.slug, "Readability": r.readability,
        "Target met": "yes" if r.meets_target else "no", "Review": r.review, "Lint": "pass" if r.passes else "fail",
        "Problems": " | ".join(p.partition(": ")[2] for p in r.problems),
    } for r in rows])


def show(folder: Path) -> None:
    """The languages tab of the wording lab."""
    language = st.radio("Language", LANGUAGES[1:], horizontal=True, key=LANGUAGE)
    try:
        # The English entries and this language's: a saved edit of either shows on the next run.
        rows = _rows(str(folder), language, folder_fingerprint(folder) + folder_fingerprint(folder / language))
    except GlossaryError as error:
        st.error(f"The {language} glossary cannot be read: {error}", icon=":material/error:")
        return
    waiting = [r for r in rows if r.waiting]
    meeting = sum(r.meets_target for r in rows)
    st.markdown(f"**{meeting} of {len(rows)} entries meet the {language} readability target** "
                f"({READABILITY_TARGETS[language]}). **{len(waiting)} wait for a person's review.**")
    st.markdown("Hardest to read: " + "; ".join(f"{r.slug} ({r.readability})" for r in worst(rows)))
    frame = _frame(tuple(waiting) if st.checkbox("Only entries waiting for review", key=ONLY_WAITING) else rows)
    st.dataframe(frame, hide_index=True, width="stretch", height=420,
                 column_config={"Problems": st.column_config.TextColumn(width="large")})
    st.caption("A translation waits for review until `reviewed_by` and `reviewed` are filled in its file "
               "(glossary/<language>/<slug>.md), and again whenever its English entry changes.")
