"""Read: canonical text in, a frozen Report out.

Takes a Document; gives a Report. Stages, each a pure function of values: sections -> sentences ->
lexicon mentions (matcher, lexicon) + context (ConText-style modifiers) -> findings/ (lesions, with
side and identity across sentences) -> assessment (BI-RADS categories) and density -> exam and
recommendations -> glossary terms and warnings. All clinical words come from readingscan/rules/.
"""

from readingscan.read.pipeline import read_document

__all__ = ["read_document"]
