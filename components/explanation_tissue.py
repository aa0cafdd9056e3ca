"""The Explain screen's ultrasound, MRI and contrast-mammogram parts: each descriptor of a finding in plain
words (with what the dye and its timing are, once), and the breast tissue on MRI (background enhancement:
normal tissue taking up the dye, not a finding; the amount of gland tissue, not mammographic density)."""

from __future__ import annotations

import streamlit as st

from components.words import screen_words
from readingscan import Explanation, FindingText, Report, link_terms


def details(item: FindingText, glossary: object, said: list[str]) -> None:
    for detail in item.details:
        st.markdown(link_terms(f"**{detail.term}.** {detail.text}", glossary))  # type: ignore[arg-type]
        said.append(detail.text)
    if item.sources:
        st.caption(screen_words("explain")["sources"].format(sources="; ".join(item.sources)))


def tissue(words: Explanation, glossary: object, said: list[str]) -> None:
    if not words.tissue_heading:
        return
    with st.container(border=True, key="explain_mri_tissue"):
        st.subheader(words.tissue_heading, anchor=False)
        for text in (words.background_enhancement, words.fibroglandular_tissue):
            if text:
                st.markdown(link_terms(text, glossary))  # type: ignore[arg-type]
                said.append(text)
        st.caption(screen_words("explain")["sources"].format(sources=words.tissue_sources))


# The exams whose pictures show mammographic breast density (CEM's low-energy images do).
_DENSITY_EXAMS = frozenset({"mammography", "tomosynthesis", "magnification_views", "spot_compression",
                            "contrast_enhanced_mammography"})


def without_mammogram(report: Report) -> bool:
    """An exam named, and none of it a mammogram (an ultrasound or MRI alone)."""
    modalities = {str(m) for m in report.exam.modalities}
    return bool(modalities) and not modalities & _DENSITY_EXAMS
