"""The glossary's names as term rules: which words of a report link to a glossary entry (see lexicon.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readingscan.rules.loader import literal_regex
from readingscan.rules.records import Rule, TermCategory

if TYPE_CHECKING:
    from readingscan.glossary.entries import Glossary


def glossary_rules(glossary: Glossary | None = None) -> tuple[Rule, ...]:
    """Each glossary entry's term and aliases as term rules: the glossary is the source of truth for
    which words link to an entry (tests/test_glossary_content.py checks the engine reaches them).

    A name written in capitals ("US", "DCIS") matches only in capitals, so "us" never links.
    ``glossary``: another glossary than the project's (the wording lab's edited one).
    """
    from readingscan.glossary.entries import (  # the glossary needs textstat; load it only here
        GlossaryError,
        load_glossary,
    )

    if glossary is None:
        try:
            glossary = load_glossary(language="en")  # reports are English: their words, whatever the reader's language
        except (GlossaryError, OSError):
            return ()
    found = []
    for entry in glossary.entries.values():
        for name in dict.fromkeys((entry.term, *entry.aliases)):
            regex = literal_regex(name)
            if name.isupper() and len(name) <= 5:
                regex = f"(?-i:{regex})"
            found.append(Rule(f"glossary.{entry.slug}.{name}", name, TermCategory.TERM, regex, value=entry.slug,
                              source=f"glossary/{entry.slug}.md", is_literal="(?-i:" not in regex))
    return tuple(found)
