"""Explain: a Report in plain words.

Takes a Report; gives an Explanation (summary, density, one text per finding, next steps, questions,
warnings, disclaimer; each finding's descriptors in plain words with their sources; the MRI tissue
paragraphs) and its Markdown and PDF downloads; and the phrases the screens share with it (a
term's words, where a finding is, why it was read as absent or possible). The wording is content data
(readingscan/content/).
"""

from readingscan.explain.descriptors import Detail
from readingscan.explain.export import ExportError, explanation_markdown, explanation_pdf
from readingscan.explain.finding import finding_name
from readingscan.explain.notes import in_language, is_ocr_note
from readingscan.explain.text import Explanation, FindingText, explain, explain_finding, explain_markdown
from readingscan.explain.words import Term, place_words, side_words, term_words, why_words, wording

__all__ = [
           "Detail",
           "Explanation",
           "ExportError",
           "FindingText",
           "Term",
           "explain",
           "explain_finding",
           "explain_markdown",
           "explanation_markdown",
           "explanation_pdf",
           "finding_name",
           "in_language",
           "is_ocr_note",
           "place_words",
           "side_words",
           "term_words",
           "why_words",
           "wording",
]
