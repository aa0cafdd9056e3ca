"""The command line in each language: the Markdown and the refusals in it, the JSON contract the same."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from readingscan import load_content, load_glossary
from readingscan.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "samples" / "3_ultrasound_cyst.txt")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_markdown_is_in_the_chosen_language_and_json_is_the_same_in_each() -> None:
    for language in ("zh-Hant", "es"):
        code, markdown, _ = _run("explain", "--format", "markdown", "--lang", language, SAMPLE)
        assert code == 0 and markdown.startswith(f"# {load_content(language).explain.export.title}")
    # The JSON in a fresh process per language: a process keeps what it built for the first report it read.
    outputs = {language: subprocess.run([sys.executable, "-m", "readingscan", "explain", "--lang", language, SAMPLE],
                                        capture_output=True, text=True, check=True, cwd=ROOT).stdout
               for language in ("en", "zh-Hant", "es")}
    assert outputs["zh-Hant"] == outputs["en"] == outputs["es"] and '"terms"' in outputs["en"]


def test_a_refusal_is_one_line_in_the_chosen_language(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = _run("explain", "--lang", "es", str(empty))
    assert code == 2 and err.count("\n") == 1
    assert err.endswith(f"{load_content('es').ingest.refusals['empty']['no_text']}\n")
    code, _, err = _run("explain", "--lang", "fr", str(empty))
    assert code == 2 and "invalid choice: 'fr'" in err and err.count("\n") == 1


def test_lint_glossary_shows_each_languages_figures() -> None:
    code, out, err = _run("lint-glossary")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[-1] == "lint-glossary: clean"
    for language in ("zh-Hant", "es"):
        line = next(line for line in lines if line.startswith(f"{language}: "))
        total = len(load_glossary(language="en"))
        assert f"{total} of {total} entries meet the target" in line and "hardest:" in line
