"""Rules: every clinical word the engine reads, as YAML records loaded once into checked, typed records.

Takes rules/*.yaml: word records (lexicon, context, sections, terms), named patterns (cues) and named word
sets (words); gives typed Rules, compiled cues and word sets. Unknown keys and values are refused at
load with the file and the record named.
"""

from readingscan.rules.loader import RuleError, cue, literal_regex, load_rules, word_map, words
from readingscan.rules.records import (
    ContextCategory,
    Direction,
    Laterality,
    LexiconCategory,
    Rule,
    RuleFile,
    TermCategory,
)

__all__ = ["ContextCategory", "Direction", "Laterality", "LexiconCategory", "Rule", "RuleError", "RuleFile",
           "TermCategory", "cue", "literal_regex", "load_rules", "word_map", "words"]
