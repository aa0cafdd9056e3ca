"""Rules: every clinical word the engine reads, as YAML records loaded once into checked, typed records.

Takes rules/*.yaml (lexicon, context, sections, terms, cues); gives typed Rules and compiled patterns.
Unknown keys and values are refused at load with the file and the record named.
"""

from readingscan.rules.loader import Rule, RuleError, compile_alternation, compile_matcher, literal_regex, load_rules

__all__ = ["Rule", "RuleError", "compile_alternation", "compile_matcher", "literal_regex", "load_rules"]
