"""One vocabulary: every clinical word the engine reads is rule data (readingscan/rules/*.yaml), never a
literal in the engine's Python.

The vocabulary is every word of the lexicon's, the section titles' and the glossary terms' literals and
of the side-word sets. A string constant in readingscan/ (docstrings aside) that holds one of those words
fails this test, unless the whole string is the name of a closed value (an enum member of the contract or
of the rule records: "left", "spiculated" and "finding" name values; they are not matched against report
text) or a name in the code ("grade_before"). The model (enums, contract) and the rules package itself
define those names and are not scanned.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from enum import StrEnum
from pathlib import Path

import pytest
import yaml

import readingscan
from tests.conftest import ROOT

ENGINE = ROOT / "readingscan"
NOT_SCANNED = ("model", "rules")
_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
# General English words that the rule files use inside clinical phrases ("may obscure small masses",
# "reason for exam"): not clinical on their own.
COMMON = frozenset(["a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "for", "from", "has", "have", "in", "into", "is", "it", "its", "may", "no", "not", "of", "on", "or", "over", "the", "this", "that", "these", "those", "to", "was", "were", "with", "within", "without", "which", "who", "will", "all", "any", "each", "other", "same", "new", "more", "most", "some", "than", "then", "there", "one", "two", "per", "also", "only", "very", "out", "off", "up", "our", "your", "their", "his", "her", "they", "she", "he", "we", "you", "do", "does", "did", "done", "additional", "almost", "amount", "body", "changes", "containing", "entirely", "equal", "follow", "high", "index", "large", "like", "low", "lower", "upper", "inner", "outer", "middle", "meeting", "non", "obscure", "routine", "short", "site", "small", "spot", "tail", "tissue", "views", "advice", "advised", "category", "data", "details", "discussion", "exam", "examination", "exams", "final", "information", "management", "next", "notes", "opinion", "overall", "performed", "plan", "presenting", "prior", "priors", "procedure", "protocol", "reason", "recommendation", "recommendations", "recommended", "referral", "steps", "studies", "study", "suggestion", "suggestions", "summary", "symptoms", "technique", "aided", "background", "computer", "core", "correlate", "detection", "evidence", "guided", "marker", "needle", "pattern", "probably", "shape", "stable", "interval", "clinical", "clinically", "comparison", "comparisons", "history", "complaint", "conclusion", "conclusions", "impression", "impressions", "findings", "finding", "indication", "indications", "imaging", "report", "today", "current", "requisition", "type"])
# A string that is a name in the code, not words ("grade_before", "CATEGORY_SOURCE").
_IDENTIFIER = re.compile(r"[A-Za-z0-9]*_[A-Za-z0-9_]*")


def value_names() -> set[str]:
    """Every closed value's name: the text of each member of every StrEnum the engine defines."""
    modules = [importlib.import_module(info.name) for info in pkgutil.walk_packages(readingscan.__path__, "readingscan.")
               if not info.name.endswith("__main__")]
    return {member.value for module in modules for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, StrEnum) and value.__module__ == module.__name__
            for member in value}


def vocabulary() -> set[str]:
    """Clinical words: every word of the rule files' literals and of the side-word sets, less common English."""
    words: set[str] = set()
    folder = ENGINE / "rules"
    for name in ("lexicon", "sections", "terms"):  # context.yaml is general English (no, without, unchanged)
        for record in yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8")):
            words.update(w.lower() for w in _WORD.findall(str(record["literal"])))
    for record in yaml.safe_load((folder / "words.yaml").read_text(encoding="utf-8")):
        if record["name"].endswith("sides"):  # the side words; the other sets are general English
            words.update(w.lower() for w in _WORD.findall(" ".join(map(str, record["words"]))))
    return words - COMMON


def _docstrings(tree: ast.AST) -> set[int]:
    """The string constants that are docstrings or the names listed in ``__all__``."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            ids.update(id(item) for item in ast.walk(node.value) if isinstance(item, ast.Constant))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def clinical_literals(path: Path, clinical: set[str]) -> list[str]:
    """Every string constant in one file that holds a clinical word, as 'line: word in "string"'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs, names = _docstrings(tree), value_names()
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                and not _IDENTIFIER.fullmatch(node.value) and node.value not in names):
            hits = sorted({w.lower() for w in _WORD.findall(node.value)} & clinical)
            if hits:
                found.append(f"{node.lineno}: {', '.join(hits)} in {node.value[:70]!r}")
    return found


def engine_files() -> list[Path]:
    return sorted(p for p in ENGINE.rglob("*.py") if p.relative_to(ENGINE).parts[0] not in NOT_SCANNED)


def test_the_vocabulary_is_the_clinical_words() -> None:
    clinical = vocabulary()
    assert {"calcifications", "spiculated", "rt", "bilateral", "rads"} <= clinical
    assert not {"the", "reason", "small"} & clinical  # common English
    assert {"left", "spiculated", "finding"} <= value_names()


@pytest.mark.parametrize("path", engine_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_clinical_literal_in_the_engine(path: Path) -> None:
    found = clinical_literals(path, vocabulary())
    assert not found, "clinical words in Python (move them to readingscan/rules/*.yaml):\n" + "\n".join(found)


def test_the_check_finds_a_clinical_literal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('"""Docstrings may name calcifications."""\nPATTERN = r"spiculated|stellate"\n', encoding="utf-8")
    assert clinical_literals(bad, vocabulary()) == ["2: spiculated in 'spiculated|stellate'"]
