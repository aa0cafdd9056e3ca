"""Content: the shipped wording of every language loads; a broken copy is refused naming its file and record;
and every refusal ingest raises is a sentence of the content files, with its code.

Broken variants are copies of content/en/ in tmp_path with one thing changed (the YAML edited as data).
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import zlib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
import yaml

from readingscan import analyze, explain_finding, place_words, term_words, why_words
from readingscan.content import FILES, LANGUAGES, REFUSALS, ContentError, load_content
from readingscan.content.loader import FOLDER
from readingscan.ingest.limits import LIMITS, Limits
from readingscan.ingest.read import read_bytes, read_path, read_text
from readingscan.model import Category, Depth, Distribution, FindingKind, Morphology, Quadrant, ReadingError, Status
from tests import filegen, hostile
from tests.conftest import ROOT

INGEST = ROOT / "readingscan" / "ingest"

# --- the shipped content -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_content_loads(language: str) -> None:
    content = load_content(language)
    assert content.language == language
    assert set(content.explain.categories) == set(Category)
    assert content.questions and content.ingest.refusals.keys() == REFUSALS.keys()


def test_every_language_folder_is_a_language_and_holds_every_file() -> None:
    folders = sorted(p.name for p in FOLDER.iterdir() if p.is_dir() and any(p.glob("*.yaml")))
    assert folders == sorted(LANGUAGES)
    for language in LANGUAGES:
        assert sorted(p.name for p in (FOLDER / language).glob("*.yaml")) == sorted(FILES)


def test_a_language_without_content_is_refused() -> None:
    with pytest.raises(ContentError, match="no language 'xx'"):
        load_content("xx")


# --- broken copies ---------------------------------------------------------------------------------


def broken(tmp_path: Path, name: str, edit: Callable[[Any], object]) -> str:
    """Load a copy of content/en/ whose file ``name`` had ``edit`` applied to its data; the error message."""
    shutil.copytree(FOLDER / "en", tmp_path / "en")
    path = tmp_path / "en" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content("en", tmp_path)
    return str(caught.value)


def drop(*path: str | int) -> Callable[[Any], object]:
    def edit(data: Any) -> object:
        for key in path[:-1]:
            data = data[key]
        return data.pop(path[-1])
    return edit


def put(value: object, *path: str | int) -> Callable[[Any], object]:
    def edit(data: Any) -> object:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value
        return value
    return edit


BROKEN = [
    # a value of a closed vocabulary without its wording
    ("explain.yaml", drop("categories", "4B"), "content/en/explain.yaml: categories: missing '4B'"),
    ("explain.yaml", drop("density", "d"), "content/en/explain.yaml: density: missing 'd'"),
    ("explain.yaml", drop("kinds", "lymph_node"), "content/en/explain.yaml: kinds: missing 'lymph_node'"),
    ("explain.yaml", drop("status", "absent"), "content/en/explain.yaml: status: missing 'absent'"),
    ("explain.yaml", drop("recommendations", "biopsy"), "content/en/explain.yaml: recommendations: missing 'biopsy'"),
    ("explain.yaml", drop("sides", "not_stated"), "content/en/explain.yaml: sides: missing 'not_stated'"),
    ("terms.yaml", drop("morphology", "fine_linear"), "content/en/terms.yaml: morphology: missing 'fine_linear'"),
    ("terms.yaml", drop("quadrant", "axillary_tail"), "content/en/terms.yaml: quadrant: missing 'axillary_tail'"),
    ("grid.yaml", drop("levels", "moderate"), "content/en/grid.yaml: levels: missing 'moderate'"),
    ("grid.yaml", drop("distribution", "not_stated"), "content/en/grid.yaml: distribution: missing 'not_stated'"),
    ("compare.yaml", drop("where", "sides", "both"), "content/en/compare.yaml: where.sides: missing 'both'"),
    ("compare.yaml", drop("agree", "was"), "content/en/compare.yaml: agree: missing 'was'"),
    # a value no vocabulary has
    ("explain.yaml", put({"name": "x", "meaning": "x", "next_step": "x", "likelihood": "x"}, "categories", "7"),
     "content/en/explain.yaml: categories: unknown key '7'"),
    ("questions.yaml", put(["4D"], 6, "when", "categories"), "content/en/questions.yaml: 6.when.categories.0: "),
    ("grid.yaml", put("4D", "levels", "low", "category"), "content/en/grid.yaml: levels.low.category: "),
    # an unknown key
    ("explain.yaml", put("x", "categories", "4B", "likelihod"), "content/en/explain.yaml: categories.4B: unknown key 'likelihod'"),
    ("explain.yaml", put("x", "footnote"), "content/en/explain.yaml: unknown key 'footnote'"),
    ("compare.yaml", put("x", "findings", "moved"), "content/en/compare.yaml: findings: unknown key 'moved'"),
    ("ingest.yaml", put({"file": "x"}, "refusals", "too_big"), "content/en/ingest.yaml: refusals: unknown key 'too_big'"),
    ("questions.yaml", put(["4"], 0, "when", "categorys"), "content/en/questions.yaml: 0: unknown 'when' key 'categorys'"),
    # a missing key
    ("explain.yaml", drop("categories", "4B", "likelihood"), "content/en/explain.yaml: categories.4B: missing 'likelihood'"),
    ("explain.yaml", drop("disclaimer"), "content/en/explain.yaml: missing 'disclaimer'"),
    ("explain.yaml", drop("export", "headings", "notes"), "content/en/explain.yaml: export.headings: missing 'notes'"),
    ("warnings.yaml", drop("no_terms"), "content/en/warnings.yaml: missing 'no_terms'"),
    ("questions.yaml", drop(3, "priority"), "content/en/questions.yaml: 3: missing 'priority'"),
    ("ingest.yaml", drop("refusals", "too_large", "word_parts"), "content/en/ingest.yaml: refusals.too_large: missing 'word_parts'"),
    ("ingest.yaml", drop("notes", "truncated"), "content/en/ingest.yaml: notes: missing 'truncated'"),
    ("grid.yaml", drop("morphology", "rim", "atlas"), "content/en/grid.yaml: morphology.rim: missing 'atlas'"),
    ("grid.yaml", drop("rules", "fine_linear"), "content/en/grid.yaml: rules: missing 'fine_linear'"),
    ("grid.yaml", put(["atlas", "choi"], "rules", "suspicious", "sources"), "content/en/grid.yaml: rules.suspicious.sources.1: "),
    ("history.yaml", drop("purposes", "diagnostic"), "content/en/history.yaml: purposes: missing 'diagnostic'"),
    # placeholders other than the ones the code fills
    ("compare.yaml", put("New in this report: {thing}{where}.", "findings", "new"),
     "content/en/compare.yaml: findings.new: unknown placeholder {thing}; missing placeholder {a_thing}"),
    ("explain.yaml", put("{side}", "finding", "title"), "content/en/explain.yaml: finding.title: missing placeholder {label}"),
    ("explain.yaml", put("About {size:.1f} mm.", "finding", "size"),
     "content/en/explain.yaml: finding.size: placeholder {size} is not a plain name"),
    ("explain.yaml", put("Nothing {here.", "no_density"), "content/en/explain.yaml: no_density: unbalanced braces"),
    ("explain.yaml", put("The {name}.", "categories", "4B", "meaning"),
     "content/en/explain.yaml: categories.4B.meaning: unknown placeholder {name}"),
    ("grid.yaml", put("{shape} {says}", "cell_sentence"), "content/en/grid.yaml: cell_sentence: missing placeholder {pattern}"),
    ("ingest.yaml", put("The file is {size}.", "refusals", "too_large", "file"),
     "content/en/ingest.yaml: refusals.too_large.file: missing placeholder {limit}"),
    ("history.yaml", put("it is version {found}.", "import_file", "version"),
     "content/en/history.yaml: import_file.version: missing placeholder {version}"),
    ("ingest.yaml", put("Page {number} is a scan.", "notes", "page_unread"),
     "content/en/ingest.yaml: notes.page_unread: unknown placeholder {number}; missing placeholder {page}"),
    # not a text
    ("explain.yaml", put(3, "categories", "4B", "name"), "content/en/explain.yaml: categories.4B.name: "),
    ("explain.yaml", put(" ", "disclaimer"), "content/en/explain.yaml: disclaimer: empty text"),
]


@pytest.mark.parametrize(("name", "edit", "message"), BROKEN, ids=[message.split(": ", 1)[1] for _, _, message in BROKEN])
def test_broken_content_is_refused_naming_file_and_record(tmp_path: Path, name: str, edit: Callable[[Any], object],
                                                          message: str) -> None:
    assert message in broken(tmp_path, name, edit)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    shutil.copytree(FOLDER / "en", tmp_path / "en")
    (tmp_path / "en" / "grid.yaml").unlink()
    with pytest.raises(ContentError, match=r"^content/en/grid\.yaml: missing file$"):
        load_content("en", tmp_path)


def test_an_unknown_file_is_refused(tmp_path: Path) -> None:
    shutil.copytree(FOLDER / "en", tmp_path / "en")
    (tmp_path / "en" / "extra.yaml").write_text("a: b\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^content/en/extra\.yaml: unknown file"):
        load_content("en", tmp_path)


def test_a_file_that_is_not_yaml_is_refused(tmp_path: Path) -> None:
    shutil.copytree(FOLDER / "en", tmp_path / "en")
    (tmp_path / "en" / "warnings.yaml").write_text("no_terms: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^content/en/warnings\.yaml: not valid YAML"):
        load_content("en", tmp_path)


def test_every_problem_of_a_file_is_named_on_its_own_line(tmp_path: Path) -> None:
    def edit(data: Any) -> object:
        data.pop("no_terms")
        data["no_category"] = "No {category}."
        return data

    assert set(broken(tmp_path, "warnings.yaml", edit).splitlines()) == {
        "content/en/warnings.yaml: no_category: unknown placeholder {category}",
        "content/en/warnings.yaml: missing 'no_terms'",
    }


# --- refusals: every ReadingError of ingest is a sentence of ingest.yaml -----------------------


def _refusal_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in sorted(INGEST.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("refusal", "ReadingError"):
                calls.append((str(path.relative_to(ROOT)), node.lineno, node))
    return calls


def test_ingest_raises_reading_errors_only_through_the_content_refusals() -> None:
    used: set[tuple[str, str]] = set()
    for where, line, call in _refusal_calls():
        assert isinstance(call.func, ast.Name)
        if call.func.id == "ReadingError":
            # limits.refusal builds them; the isolated PDF reader raises again what its child refused.
            assert where in ("readingscan/ingest/limits.py", "readingscan/ingest/pdf/isolated.py"), f"{where}:{line}"
            assert any(k.arg == "key" for k in call.keywords), f"{where}:{line}: a ReadingError without its key"
            continue
        code, message = (arg.value if isinstance(arg, ast.Constant) else None for arg in call.args[:2])
        assert isinstance(code, str) and isinstance(message, str), f"{where}:{line}: name the sentence literally"
        assert message in REFUSALS[code], f"{where}:{line}: refusals.{code}.{message} is not in ingest.yaml"
        filled = {k.arg for k in call.keywords} | ({"hint"} if "hint" in REFUSALS[code][message] else set())
        assert filled == set(REFUSALS[code][message]), f"{where}:{line}: refusals.{code}.{message} fills {filled}"
        used.add((code, message))
    declared = {(code, message) for code, messages in REFUSALS.items() for message in messages}
    assert declared - used == set(), "sentences no code raises"


def _as_pattern(template: str) -> re.Pattern[str]:
    parts = [re.escape(text) + (".+?" if name is not None else "") for text, name, _, _ in string.Formatter().parse(template)]
    return re.compile("".join(parts), re.DOTALL)


def _refused(read: Callable[[], object]) -> ReadingError:
    with pytest.raises(ReadingError) as caught:
        read()
    return caught.value


TINY = Limits(max_bytes=4096, max_text_bytes=64, max_pages=1, max_zip_entries=2, max_unpacked_bytes=10_000,
              max_image_side=100, max_image_pixels=10_000)
PDF = filegen.make_pdf([["FINDINGS: No mass. IMPRESSION: BI-RADS 1."]])


def _flate_pdf() -> bytes:
    """One page whose content stream inflates to 100 KB: past a limit of 1,000 bytes."""
    content = zlib.compress(hostile.text_content() + b" " * 100_000)
    return hostile.one_page_pdf(content=content).replace(b"/Length", b"/Filter /FlateDecode /Length", 1)

REFUSED: list[tuple[str, Callable[[], object]]] = [
    ("empty.pasted", lambda: read_text(" \n")),
    ("empty.file", lambda: read_bytes(b"")),
    ("too_large.file", lambda: read_bytes(b"x" * 5000, "a.txt", TINY)),
    ("too_much_text.text", lambda: read_text("word " * 40, limits=TINY)),
    ("unsupported.file_type", lambda: read_bytes(b"{\\rtf1 hello}")),
    ("unsupported.file_type", lambda: read_bytes(filegen.make_zip({"xl/workbook.xml": b"<workbook/>"}))),
    ("not_text.file", lambda: read_bytes(bytes(range(256)) * 4)),
    ("unreadable.path", lambda: read_path(ROOT / "no-such-report.pdf")),
    ("corrupt.word", lambda: read_bytes(b"PK\x03\x04" + b"\x00" * 64)),
    ("too_large.word_parts", lambda: read_bytes(filegen.make_docx(["x"]), "a.docx", Limits(max_zip_entries=2))),
    ("too_large.word_unpacked", lambda: read_bytes(filegen.make_docx(["x"]), "a.docx", Limits(max_unpacked_bytes=100))),
    ("too_many_pages.pdf", lambda: read_bytes(filegen.make_pdf([["a"], ["b"]]), "a.pdf", Limits(max_pages=1))),
    ("corrupt.pdf", lambda: read_bytes(PDF[:300] + PDF[600:])),
    ("encrypted.pdf", lambda: read_bytes(filegen.make_pdf([["secret"]], encrypt="secret"))),
    ("too_large.pdf_unpacked", lambda: read_bytes(_flate_pdf(), "a.pdf", Limits(max_unpacked_bytes=1000))),
    ("image_too_small.size", lambda: read_bytes(filegen.make_png(), "a.png")),
    ("image_too_large.size", lambda: read_bytes(filegen.make_png(300, 300), "a.png", TINY)),
    ("image_damaged.file", lambda: read_bytes(filegen.make_png(300, 300)[:120], "a.png")),
    ("image.format", lambda: read_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(64))),
    ("image_no_text.photo", lambda: read_bytes(filegen.make_png(600, 800), "a.png")),
    ("scan.pdf", lambda: read_bytes(filegen.make_image_only_pdf())),
]


@pytest.mark.parametrize(("key", "read"), REFUSED, ids=[key for key, _ in REFUSED])
def test_a_refusal_is_its_content_sentence_with_its_code(key: str, read: Callable[[], object]) -> None:
    error = _refused(read)
    code, message = key.split(".")
    assert (error.key, error.code) == (key, code), str(error)
    template = load_content().ingest.refusals[code][message]
    assert _as_pattern(template).fullmatch(str(error)), str(error)


def test_a_refusal_says_the_same_sentence_as_before_it_was_content() -> None:
    error = _refused(lambda: read_bytes(b"x" * (LIMITS.max_bytes + 1024 * 1024)))
    assert str(error) == "The file is 11 MB; the limit is 10 MB. Upload only the report, or paste its text."
    assert str(_refused(lambda: read_bytes(b"{\\rtf1 x}"))) == (
        "This file type (Rich Text (.rtf)) is not supported; upload a PDF, Word (.docx) or text file, or paste the text.")


# --- the phrases the screens share with the explanation ------------------------------------------------


SAMPLE = (ROOT / "samples" / "2_suspicious_calcifications.txt").read_text(encoding="utf-8")


def test_place_and_why_are_the_explanations_own_words() -> None:
    findings = analyze(SAMPLE).findings
    calcifications = next(f for f in findings if f.kind is FindingKind.CALCIFICATION and f.location)
    assert place_words(calcifications) == "2 o'clock, upper outer part, middle depth"
    assert f"Where: {place_words(calcifications)}." in explain_finding(calcifications).sentence
    absent = next(f for f in findings if f.status is Status.ABSENT)
    assert why_words(absent) == "read as not present because of 'No'"
    assert why_words(absent) == explain_finding(absent).why
    assert why_words(calcifications) == ""


@pytest.mark.parametrize("vocabulary", [FindingKind, Morphology, Distribution, Quadrant, Depth], ids=lambda v: v.__name__)
def test_every_value_of_the_contract_has_its_words(vocabulary: type[StrEnum]) -> None:
    words = {value: term_words(value) for value in vocabulary}
    assert all(words.values()) and term_words(Morphology.FINE_PLEOMORPHIC) == "fine pleomorphic"
