"""Which language this person reads, chosen once per run before anything is drawn, and the page marked with it.

The choice, in order: a ``?lang=`` in the address (a shared deep link), the choice already made in this
session, the browser's preferred languages (``st.context.locale``, then its Accept-Language header), English.
The selector sits in the sidebar of every page and writes the choice back into the address, so a copied link
opens in the same language.

Streamlit writes ``<html lang="en">``. A screen reader picks its voice from ``lang``, so ``mark()`` sets the
page's language to the chosen one and marks every block holding the report's own words (containers keyed
``rs_en...``, and the report text, which carries ``lang="en"`` itself) as English (WCAG 2.2, 3.1.1 and 3.1.2).
"""

from __future__ import annotations

import json

import streamlit as st

from readingscan import DEFAULT_LANGUAGE, LANGUAGES, language_for, load_content, set_language

__all__ = ["CHOICE", "ENGLISH_KEY", "NATIVE_NAMES", "SELECTOR", "address", "choose", "english_block", "mark", "selector",
           "with_language"]

CHOICE = "rs_language"  # session-state key of the choice: kept for the session (a widget's key is not, across pages)
SELECTOR = "rs_language_selector"  # the selector widget's key
ENGLISH_KEY = "rs_en"  # a container keyed with this prefix holds the report's own (English) words
# Each language named in itself, as a person looks for it in a list.
NATIVE_NAMES = {"en": "English", "zh-Hant": "繁體中文（香港）", "es": "Español"}
_SCRIPT = """<script>
(() => {
  window.__rsLang = %(lang)s;
  const mark = () => {
    if (document.documentElement.lang !== window.__rsLang) document.documentElement.lang = window.__rsLang;
    document.querySelectorAll('[class*="st-key-%(english)s"]').forEach((el) => {
      if (el.lang !== "en") el.lang = "en";
    });
  };
  mark();
  if (!window.__rsLangObserver) {
    window.__rsLangObserver = new MutationObserver(mark);
    window.__rsLangObserver.observe(document.body, {childList: true, subtree: true});
  }
})();
</script>"""


def _from_browser() -> str | None:
    try:
        return language_for(st.context.locale) or language_for(st.context.headers.get("Accept-Language"))
    except Exception:  # no browser behind this run (AppTest, a bare script): the default serves
        return None


def choose() -> str:
    """This run's language, set for everything that speaks (readingscan.content.set_language)."""
    asked = st.query_params.get("lang")
    if asked in LANGUAGES:
        st.session_state[CHOICE] = asked
    elif st.session_state.get(CHOICE) not in LANGUAGES:
        st.session_state[CHOICE] = _from_browser() or DEFAULT_LANGUAGE
    language = str(st.session_state[CHOICE])
    _keep_in_address(language)  # moving to another page clears the address's parameters: put it back
    set_language(language)
    return language


def _keep_in_address(language: str) -> None:
    if language == DEFAULT_LANGUAGE:
        if "lang" in st.query_params:
            del st.query_params["lang"]
    elif st.query_params.get("lang") != language:
        st.query_params["lang"] = language


def _chosen() -> None:
    language = st.session_state[SELECTOR]
    st.session_state[CHOICE] = language
    _keep_in_address(language)
    set_language(language)


def selector() -> None:
    """The language selector, in the sidebar of every page."""
    st.session_state[SELECTOR] = st.session_state[CHOICE]
    with st.sidebar:
        st.selectbox(load_content().screens["app"]["language_label"], LANGUAGES, key=SELECTOR,
                     format_func=NATIVE_NAMES.__getitem__, on_change=_chosen)


def mark() -> None:
    """Mark the page with the chosen language, and the report's own words as English (see the module's note)."""
    language = load_content().language
    st.html(_SCRIPT % {"lang": json.dumps(language), "english": ENGLISH_KEY}, unsafe_allow_javascript=True)


def with_language(params: dict[str, str]) -> dict[str, str]:
    """A link's query parameters with this run's language added (none for English), so the link opens in the
    language it was shown in, in a new tab or from a copied address too."""
    language = load_content().language
    return params if language == DEFAULT_LANGUAGE else {**params, "lang": language}


def address(base: str, params: dict[str, str]) -> str:
    """``base?key=value&...`` with this run's language added (see ``with_language``)."""
    return base + "?" + "&".join(f"{key}={value}" for key, value in with_language(params).items())


def english_block(markdown: str, key: str) -> None:
    """Markdown quoted in English whatever the page's language (the report's own words, the studies' wording of their
    figures): its container is marked ``lang="en"`` (see ``mark``) so a screen reader reads it in an English voice."""
    with st.container(key=f"{ENGLISH_KEY}_{key}"):
        st.markdown(markdown)
