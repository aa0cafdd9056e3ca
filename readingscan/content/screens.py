"""The typed record of screens.yaml: the words of the screens themselves (page names, headings, buttons,
captions, notices), as opposed to the explanation of a report (explain.yaml and the rest).

``SCREENS`` declares every text: its key, per screen (a page, or a part several pages share), and the
placeholders the code fills in. The file must hold exactly these (``table``): a text missing in a language,
or a placeholder the code does not fill, stops the load naming the file and the key.

A count's text comes in two forms, ``<key>_one`` (a count of 1) and ``<key>_other``, with the same
placeholders (components/words.py ``counted`` chooses); "history.dropped_one" says "one" where its
``_other`` form says {count}. Dates are written with ``dates`` (``long_date``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from readingscan.content.checks import Spec, table

__all__ = ["SCREENS", "ScreenWords"]


def _plain(*keys: str) -> dict[str, tuple[str, ...]]:
    """Texts without placeholders."""
    return dict.fromkeys(keys, ())


SCREENS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "app": {
        **_plain("language_label", "browser_title", "explain_title", "glossary_title", "grid_title", "history_title",
                 "compare_title", "sidebar_note", "disclaimer"),
        "history_link_one": ("count",), "history_link_other": ("count",),
    },
    "dates": {
        **_plain("month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8", "month_9",
                 "month_10", "month_11", "month_12"),
        "date": ("day", "month", "year"),
    },
    "report_input": {
        **_plain("text_label", "text_placeholder", "explain_button", "sample_title", "sample_label",
                 "sample_placeholder", "sample_button", "plain_text_label", "plain_upload_label", "which_question",
                 "text_choice", "choose_hint", "choose_first"),
        "upload_label": ("size",), "file_choice": ("name",), "progress_page": ("page", "total"),
        "progress_done_one": ("count",), "progress_done_other": ("count",),
    },
    "explain": {
        **_plain("intro", "reading", "done", "failed", "summary_title", "density_title", "findings_title",
                 "no_findings", "unchanged", "show_in_report", "questions_title", "report_title", "download_pdf",
                 "download_markdown", "print_hint", "details_title", "pdf_unavailable"),
        "category": ("category", "name"), "category_source": ("source",), "sources": ("sources",),
        "absent": ("count",), "shape": ("shapes",), "pattern": ("pattern",), "unsure": ("count",),
        "reading_grade": ("grade",),
    },
    "reading": {
        **_plain("unsure_title", "column_finding", "column_breast", "column_status", "column_shape", "column_pattern",
                 "column_where", "column_size", "column_why", "breast_left", "breast_right", "breast_both",
                 "breast_not_stated", "status_present", "status_possible", "status_absent"),
        "quote": ("quote",), "status_stable": ("status",),
    },
    "glossary": {
        **_plain("intro", "load_error", "search_label", "search_placeholder", "category_label", "all_terms",
                 "category_morphology", "category_distribution", "category_calcification", "category_finding",
                 "category_birads", "category_density", "category_exam", "category_procedure", "category_diagnosis",
                 "category_report_words", "modality_mammography", "modality_tomosynthesis",
                 "modality_magnification_views", "modality_spot_compression", "modality_ultrasound", "modality_mri",
                 "modality_contrast_enhanced_mammography", "no_match", "unknown", "seen_badge", "related_title",
                 "sources_title"),
        "in_your_report": ("term",), "matching_one": ("count",), "matching_other": ("count",),
        "listed_one": ("count",), "listed_other": ("count",), "unknown_named": ("slug",),
        "about_seen_on": ("kind", "exams"), "quick_answer": ("answer",), "source_figures": ("citation", "figures"),
        "reviewed": ("date",), "not_reviewed": (),
    },
    "grid": {
        **_plain("shapes_title", "shapes_caption", "patterns_title", "patterns_caption", "intro", "view_label",
                 "view_calcifications", "view_masses", "square_link", "no_report", "square_label",
                 "square_placeholder", "see_grid", "breast_left", "breast_right", "breast_both", "breast_not_stated",
                 "status_present", "status_possible", "status_absent", "hover_click", "legend_hollow", "legend_faded",
                 "in_your_report", "atlas_title", "why_level", "figures_title", "figures_cell", "figures_shape",
                 "figures_pattern", "cbis_title", "cbis_none", "few_lesions", "drawing_scale", "drawing_regional",
                 "drawing_grouped"),
        "unknown_square": ("named",), "marked": ("breasts",), "no_shape_row": ("numbers",),
        "older_mark": ("sentence",), "older_note": ("note",), "level_category": ("level", "category"),
        "hover_level": ("level", "category"), "hover_finding": ("number", "breast", "status"),
        "hover_older_finding": ("number", "breast", "status"), "hover_mark": ("number",),
        "hover_older_mark": ("number",), "hover_state": ("breast", "status"),
        "hover_state_stable": ("breast", "status"), "legend_breast": ("breast",),
        "your_mark": ("number", "breast", "status", "quote"),
        "your_mark_stable": ("number", "breast", "status", "quote"), "in_glossary": ("name",), "source": ("source",),
        "figures_group_one": ("title", "count"), "figures_group_other": ("title", "count"),
        "unchecked_one": ("count",), "unchecked_other": ("count",),
        "cbis_share_one": ("malignant", "count", "share", "low", "high"),
        "cbis_share_other": ("malignant", "count", "share", "low", "high"), "cbis_all": ("share", "count"),
        "shape_label": ("name",), "shape_alt": ("name", "plain"), "pattern_label": ("plain",),
        "pattern_alt": ("plain", "name"), "caption_shape": ("name",), "caption_pattern": ("name",),
    },
    "grid_mass": {
        **_plain("no_masses", "square_label", "figures_title", "figures_cell", "figures_shape", "figures_margin",
                 "glossary_shape", "glossary_margin"),
    },
    "history": {
        **_plain("forgotten", "include_text", "empty", "forget", "forget_warning", "forget_confirm", "import_title",
                 "import_label", "import_button", "undo", "reopen", "export", "delete"),
        "intro": ("max",), "export_all": ("count",), "dropped_one": ("max",), "dropped_other": ("max", "count"),
        "deleted": ("entry",), "imported_one": ("count",), "imported_other": ("count",), "skipped_one": ("count",),
        "skipped_other": ("count",), "imported_skipped": ("imported", "skipped"),
        "entry_label": ("exam", "category", "created"), "entry_label_dated": ("date", "exam", "category", "created"),
        "findings_one": ("count",), "findings_other": ("count",), "explained": ("created",),
        "explained_imported": ("created",),
    },
    "compare": {
        **_plain("intro", "source_label", "from_history", "paste_both", "too_few", "older", "newer", "same_twice",
                 "compare_button", "column_change", "column_differs", "column_plain", "differs_morphology",
                 "differs_distribution", "differs_size", "differs_status", "badge_new", "badge_unchanged",
                 "badge_changed", "badge_resolved", "badge_not_mentioned", "changed_title", "no_findings",
                 "grid_title", "grid_note", "caveat"),
        "older_error": ("error",), "newer_error": ("error",),
    },
}
_SPEC: Spec = SCREENS

ScreenWords = Annotated[dict[str, dict[str, str]], table(_SPEC)]
