"""Findings: one per described lesion, built from the lexicon mentions of each sentence.

Takes sentences, mentions and context; gives Findings. build (heads and their status per sentence),
binding (which head each descriptor, place and size belongs to), drafts (mentions of one lesion merged).
"""

from readingscan.read.findings.build import build_findings

__all__ = ["build_findings"]
