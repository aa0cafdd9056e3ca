"""One finding in words: its name for one or several, with the right article and a gloss that agrees; and how
reassuring it is (its outlook), which chooses its questions. The grammar is content (findings.yaml).

"Bilateral simple cysts, unchanged" gives "The report describes cysts (small sacs filled with fluid). They
are unchanged from before." and, with BI-RADS 2, the outlook "benign": no biopsy questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readingscan.content import Count, Noun, Outlook, load_content, tidy
from readingscan.explain.words import term_words
from readingscan.model import Breast, Category, Finding, Report, Status

__all__ = ["category_of", "count_of", "described", "finding_name", "join_words", "noun_of", "outlook_of"]


def noun_of(finding: Finding) -> Noun:
    """The grammar record of a finding: its label's, else its kind's."""
    names = load_content().findings
    return names.labels.get(finding.label) or names.kinds[finding.kind]


def finding_name(finding: Finding) -> str:
    """A finding's name for a table cell: in English the report's own word ("calcifications"), in another
    language the grammar table's name, for one or several as the report describes it."""
    if load_content().language == "en":
        return finding.label or term_words(finding.kind)
    noun = noun_of(finding)
    return noun.several if count_of(finding) is Count.SEVERAL else noun.one


def _says(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


def count_of(finding: Finding) -> Count:
    """One or several, from the report's own words: "cysts" several, "a cyst" one; else the noun's usual.

    A finding in both breasts is several: one lesion is never in both.
    """
    # The report is English: its words are looked for by their English names, whatever the reader's language
    # (Chinese writes every noun with one form: that says nothing about how many the report describes).
    english = load_content("en").findings
    noun = english.labels.get(finding.label) or english.kinds[finding.kind]
    if noun.one == noun.several:  # a mass noun ("fat necrosis"): one form, one verb
        return Count.ONE
    if finding.breast is Breast.BOTH:
        return Count.SEVERAL
    said = " ".join(span.text for span in (finding.evidence, *finding.extra_evidence))
    # The kind's name too: "axillary lymph node" is also said "two lymph nodes in the left axilla".
    nouns = (noun, english.kinds[finding.kind])
    if any(_says(said, n.several) for n in nouns):
        return Count.SEVERAL
    if any(_says(said, n.one) for n in nouns) or (finding.label and _says(said, finding.label)):
        return Count.ONE
    return noun.usual


def join_words(words: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c": the list's last two joined by the language's joiner."""
    joiner = f" {load_content().findings.joiner} "
    return tidy(joiner.join([", ".join(words[:-1]), words[-1]])) if len(words) > 1 else "".join(words)


def _article(phrase: str) -> str:
    rules = load_content().findings.articles
    first = phrase.split(" ", 1)[0].lower().strip("-")
    vowel = first[:1] in rules.vowel_letters and first not in rules.consonant_sound
    return rules.an if vowel or first in rules.vowel_sound else rules.a


def described(finding: Finding, count: Count, *, article: bool = True) -> str:
    """The finding as a noun phrase: the report's pattern and shapes, its name, and the article one needs.

    "Grouped fine pleomorphic and amorphous calcifications" gives "grouped fine pleomorphic and amorphous
    calcifications"; "an 8 mm simple cyst" gives "a cyst".
    """
    noun, names = noun_of(finding), load_content().findings
    name = noun.several if count is Count.SEVERAL else noun.one
    # A shape already in the name ("milk of calcium") is not said twice.
    shapes = [w for w in dict.fromkeys(term_words(m) for m in finding.morphology) if w not in name]
    pattern = term_words(finding.distribution) if finding.distribution else ""
    phrase = tidy(" ".join(names.phrase.format(pattern=pattern, shapes=join_words(shapes), name=name).split()))
    if not article or count is Count.SEVERAL or noun.one == noun.several:
        return phrase
    said = _article(phrase) if noun.article is None else noun.article
    return f"{said} {phrase}" if said else phrase


def category_of(finding: Finding, report: Report) -> Category | None:
    """The category of the finding's breast, as the report states it per breast; else the exam's."""
    by_breast = dict(report.assessment.by_breast)
    if finding.breast is not None and finding.breast in by_breast:
        return by_breast[finding.breast]
    return report.assessment.overall


def outlook_of(finding: Finding, report: Report) -> Outlook:
    """How reassuring a finding is: by its category; with none (or 0), unchanged or seen and harmless by name is benign."""
    rules = load_content().findings.outlook
    category = category_of(finding, report)
    outlook = rules.categories[category] if category is not None else rules.no_category
    harmless_by_name = noun_of(finding).benign and finding.status is Status.PRESENT  # a "possible cyst" is open
    if outlook is Outlook.OPEN and (finding.stable or harmless_by_name):
        return Outlook.BENIGN
    return outlook
