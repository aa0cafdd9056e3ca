"""ReadingScan's engine: read a breast imaging report into a frozen Report, and explain it in plain words.

Pure Python: never imports streamlit, makes no network calls; all file and process I/O is in ``ingest``.
These are its public faces, and the app (app.py, screens/, components/) imports nothing else (an
import-linter contract in pyproject.toml enforces it):

- reading: ``analyze`` (text, bytes or a Document -> Report), the Report and its values (``model``)
- explaining: ``explain``, the Markdown/PDF downloads, the phrases screens share (``term_words``...) (``explain``)
- content: every sentence a person reads, per language, validated at load; the run's language (``content``)
- comparing: ``compare_reports`` (``compare``)
- the grid: cells, marks and figures (``grid``)
- the glossary and the wording lab (``glossary``); corpora for the lab (``ingest``); the session (``session``)
"""

from __future__ import annotations

from readingscan.analysis import analyze
from readingscan.compare import Change, Comparison, FindingChange, Ordered, compare_reports, in_exam_order
from readingscan.content import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Content,
    ContentError,
    current_language,
    language_for,
    load_content,
    set_language,
    tidy,
    use_language,
)
from readingscan.explain import (
    Explanation,
    ExportError,
    FindingText,
    explain,
    explain_finding,
    explain_markdown,
    explanation_markdown,
    explanation_pdf,
    finding_name,
    is_ocr_note,
    place_words,
    term_words,
    why_words,
    wording,
)
from readingscan.glossary import (
    DEFAULT_FOLDER,
    GLOSSARY_CATEGORIES,
    READABILITY_TARGETS,
    SECTION_HEADINGS,
    TARGET_GRADE,
    DiffRow,
    Entry,
    EntryFigures,
    Glossary,
    GlossaryError,
    JargonFinder,
    Reading,
    ReportChange,
    TranslationFigures,
    compare_runs,
    link_terms,
    lint_text,
    load_glossary,
    measure,
    measure_glossary,
    measure_language,
    needs_review,
    parse_entry,
    read_reports,
    readability,
    reading_level,
    reports_csv,
    review_state,
    section_headings,
    side_by_side,
    with_entry,
    worst,
)
from readingscan.grid import (
    CATEGORY_SOURCE,
    CBIS_ALL,
    CBIS_LABEL,
    DISTRIBUTION_WORDS,
    DISTRIBUTIONS,
    LEVELS,
    MASS_MARGINS,
    MASS_SHAPES,
    MORPHOLOGY_WORDS,
    CbisCell,
    Cell,
    Figure,
    FigureLevel,
    FigureModality,
    Level,
    Mark,
    MassCell,
    MassFigure,
    MassFigureLevel,
    MassMark,
    cbis_label,
    cell_id,
    grid,
    load_cells,
    mark,
    mark_masses,
    mass_cell_id,
    mass_grid,
    parse_cell_id,
    parse_mass_cell_id,
    unplaced,
    unplaced_masses,
)
from readingscan.ingest import DEV_CORPUS, OCR_WARNING, CorpusError, read_folder, read_zip
from readingscan.model import (
    Breast,
    Category,
    Distribution,
    Document,
    Finding,
    FindingKind,
    Morphology,
    ReadingError,
    Report,
    Span,
    Status,
)
from readingscan.session import (
    MAX_ENTRIES,
    HistoryEntry,
    HistoryFileError,
    add_entry,
    export_history,
    import_history,
    merge_entries,
    new_entry,
    redaction_preview,
    summarize,
)

__all__ = [
    "CATEGORY_SOURCE", "CBIS_ALL", "CBIS_LABEL", "DEFAULT_FOLDER", "DEFAULT_LANGUAGE", "DEV_CORPUS", "DISTRIBUTIONS",
    "DISTRIBUTION_WORDS", "GLOSSARY_CATEGORIES", "LANGUAGES", "LEVELS", "MASS_MARGINS", "MASS_SHAPES", "MAX_ENTRIES",
    "MORPHOLOGY_WORDS", "OCR_WARNING", "READABILITY_TARGETS", "SECTION_HEADINGS", "TARGET_GRADE", "Breast",
    "Category", "CbisCell", "Cell", "Change", "Comparison", "Content", "ContentError", "CorpusError", "DiffRow",
    "Distribution", "Document", "Entry", "EntryFigures", "Explanation", "ExportError", "Figure", "FigureLevel",
    "FigureModality", "Finding", "FindingChange", "FindingKind", "FindingText", "Glossary", "GlossaryError",
    "HistoryEntry", "HistoryFileError", "JargonFinder", "Level", "Mark", "MassCell", "MassFigure", "MassFigureLevel",
    "MassMark", "Morphology", "Ordered", "Reading", "ReadingError", "Report", "ReportChange", "Span", "Status",
    "TranslationFigures", "add_entry", "analyze", "cbis_label", "cell_id", "compare_reports", "compare_runs",
    "current_language", "explain", "explain_finding", "explain_markdown", "explanation_markdown", "explanation_pdf",
    "export_history", "finding_name", "grid", "import_history", "in_exam_order", "is_ocr_note", "language_for",
    "link_terms", "lint_text", "load_cells", "load_content", "load_glossary", "mark", "mark_masses", "mass_cell_id",
    "mass_grid", "measure", "measure_glossary", "measure_language", "merge_entries", "needs_review", "new_entry",
    "parse_cell_id", "parse_entry", "parse_mass_cell_id", "place_words", "read_folder", "read_reports", "read_zip",
    "readability", "reading_level", "redaction_preview", "reports_csv", "review_state", "section_headings",
    "set_language", "side_by_side", "summarize", "term_words", "tidy", "unplaced", "unplaced_masses", "use_language",
    "why_words", "with_entry", "wording", "worst"
]
