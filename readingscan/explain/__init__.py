"""Explain: a Report in plain words.

Takes a Report; gives an Explanation (summary, density, one text per finding, next steps, questions,
warnings, disclaimer) and its Markdown and PDF downloads. The wording is content data (readingscan/content/).
"""

from readingscan.explain.export import explanation_markdown, explanation_pdf
from readingscan.explain.text import Explanation, FindingText, explain, explain_finding, explain_markdown, wording

__all__ = ["Explanation", "FindingText", "explain", "explain_finding", "explain_markdown", "explanation_markdown",
           "explanation_pdf", "wording"]
