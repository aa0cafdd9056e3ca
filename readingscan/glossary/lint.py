"""Check the glossary files: one line per problem, naming the file (``python -m readingscan lint-glossary``).

The checks mirror what the content team is asked for: the front-matter keys, slug == file stem, related
slugs that exist, a short quick answer, the four body headings, a reading grade of 8 or lower, a source
for every figure, shown citations that name the work rather than where it was checked (a mirror, a
repository: that path goes in the source's ``checked_via``), and that the lexicon and the glossary reach
each other both ways.
"""

from __future__ import annotations

import re
from pathlib import Path

from readingscan.glossary.entries import (
    DEFAULT_FOLDER,
    SECTION_HEADINGS,
    GlossaryError,
    front_matter_problems,
    parse_entry,
    split_front_matter,
)
from readingscan.glossary.lint_languages import lint_translations
from readingscan.glossary.readability import patient_text, readability
from readingscan.glossary.sources import paths_in
from readingscan.model import Category, Density
from readingscan.read.lexicon import category_term, density_term, lexicon_for, term_of
from readingscan.rules.records import LexiconGroup

MAX_QUICK_ANSWER_WORDS = 40
MAX_GRADE = 8.0
# A figure is a percentage or a natural frequency: "29%", "20 percent", "3 in 10", "7 out of 100".
FIGURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|percent\b|in\s+\d+\b|out\s+of\s+\d+\b)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def count_words(text: str) -> int:
    """Words as the quick-answer limit counts them."""
    return len(re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", text))


def figures_in(text: str) -> list[str]:
    """Every figure in ``text`` as written ("29%", "3 in 10")."""
    return [" ".join(match.group().split()) for match in FIGURE.finditer(text)]


def unsourced_figures(text: str, source_figures: list[str]) -> list[str]:
    """Figures in ``text`` whose number no source lists ("29%" needs "29" or "29%" in some ``figures``)."""
    listed = {number for figure in source_figures for number in _NUMBER.findall(str(figure))}
    return [figure for figure in figures_in(text) if (_NUMBER.match(figure) or [""])[0] not in listed]


def lexicon_slugs() -> dict[str, str]:
    """Every glossary slug the engine can emit, with where it comes from (for the message)."""
    slugs: dict[str, str] = {}
    for rule in lexicon_for(LexiconGroup.TERMS).rules:
        slugs.setdefault(term_of(rule), f"rules/{rule.rule_id.split('.', 1)[0]}.yaml ({rule.literal!r})")
    for category in Category:
        slugs.setdefault(category_term(category), f"the {type(category).__name__} value {category.value}")
    for density in Density:
        slugs.setdefault(density_term(density), f"the {type(density).__name__} value {density.value}")
    return slugs


def _label(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def check_file(path: Path, known_slugs: set[str]) -> list[str]:
    """The problems of one glossary file (empty when it is fine)."""
    return check_text(path.read_text(encoding="utf-8"), path, known_slugs)


def check_text(text: str, path: Path, known_slugs: set[str]) -> list[str]:
    """The problems of one glossary file's text, as if it were saved at ``path`` (the wording lab's editor)."""
    label = _label(path)
    try:
        data, body = split_front_matter(text)
    except GlossaryError as error:
        return [f"{label}: {error}"]
    problems = [f"{label}: {problem}" for problem in front_matter_problems(data)]
    if problems:
        return problems
    entry = parse_entry(text, path)
    if entry.slug != path.stem:
        problems.append(f"{label}: slug {entry.slug!r} differs from the file name {path.stem!r}")
    for slug in entry.related:
        if slug == entry.slug:
            problems.append(f"{label}: related lists the entry itself ({slug!r})")
        elif slug not in known_slugs:
            problems.append(f"{label}: related slug {slug!r} has no glossary entry")
    words = count_words(entry.quick_answer)
    if words > MAX_QUICK_ANSWER_WORDS:
        problems.append(f"{label}: quick_answer has {words} words (at most {MAX_QUICK_ANSWER_WORDS})")
    present = {line.strip() for line in body.splitlines()}
    for heading in SECTION_HEADINGS.values():
        if f"## {heading}" not in present:
            problems.append(f"{label}: missing body heading '## {heading}'")
    patient = patient_text(entry)
    grade = readability(patient).fk_grade
    if grade > MAX_GRADE:
        problems.append(f"{label}: reading grade {grade:.1f} is above {MAX_GRADE:g} (Flesch-Kincaid)")
    listed = [figure for source in entry.sources for figure in source.figures]
    for figure in dict.fromkeys(unsourced_figures(patient, listed)):
        problems.append(f"{label}: figure '{figure}' is not listed in any source's figures")
    for number, source in enumerate(entry.sources, start=1):
        if found := paths_in(source.citation):
            problems.append(f"{label}: source {number}'s citation names where it was checked ({', '.join(found)}), "
                            "not the work: cite the primary work there and move the path to 'checked_via'")
    return problems


def check_lexicon(folder: Path, slugs: set[str]) -> list[str]:
    """Both directions: a slug the engine emits with no entry, and an entry no lexicon word reaches."""
    emitted = lexicon_slugs()
    problems = [
        f"{folder.name}/{slug}.md: missing, but the lexicon links to {slug!r} from {origin}"
        for slug, origin in sorted(emitted.items())
        if slug not in slugs
    ]
    problems += [
        f"{folder.name}/{slug}.md: the lexicon cannot reach this entry (no word in rules/lexicon.yaml or "
        f"rules/terms.yaml links to {slug!r})"
        for slug in sorted(slugs - set(emitted))
    ]
    return problems


def lint_glossary(folder: Path | str | None = None) -> list[str]:
    """Every problem in the glossary folder (default: the project's glossary/), one line each."""
    root = Path(folder) if folder is not None else DEFAULT_FOLDER
    if not root.is_dir():
        return [f"{root}: no such glossary folder"]
    paths = sorted(root.glob("*.md"))
    if not paths:
        return [f"{root}: the folder holds no glossary files (*.md)"]
    known = {path.stem for path in paths}
    problems = [problem for path in paths for problem in check_file(path, known)]
    return problems + check_lexicon(root, known) + lint_translations(root)
