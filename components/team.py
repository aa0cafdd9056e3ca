"""Tools for the content team, kept off the public app unless configuration turns them on.

On: the environment variable READINGSCAN_TEAM=1 (or true/yes/on), or ``team_tools = true`` in Streamlit's
secrets. A missing secrets file means off, never an error.
"""

from __future__ import annotations

import os

import streamlit as st

ENV_VAR = "READINGSCAN_TEAM"
SETTING = "team_tools"  # a true/false setting in secrets.toml
_TRUE = frozenset({"1", "true", "yes", "on"})


def enabled() -> bool:
    """Whether the Team pages are on for this server."""
    if os.environ.get(ENV_VAR, "").strip().lower() in _TRUE:
        return True
    try:
        value = st.secrets.get(SETTING, False)
    except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
        return False
    return value is True or str(value).strip().lower() in _TRUE


def section() -> dict[str, list[st.Page]]:
    """The "Team" navigation section for app.py, or nothing when the team tools are off."""
    if not enabled():
        return {}
    return {"Team": [st.Page("screens/wording_lab.py", title="Wording lab", url_path="wording_lab")]}


def require() -> None:
    """Stop a Team page with a short message when the team tools are off (a direct visit to its file)."""
    if not enabled():
        st.info("This page is for the content team and is not enabled on this server.", icon=":material/lock:")
        st.stop()
