"""The command line in each language: the Markdown and the refusals in it, the JSON contract the same."""

from __future__ import annotations

import io
from pathlib import Path

from readingscan import load_content
from readingscan.cli import main

SAMPLE = str(Path(__file__).resolve().parents[2] / "samples" / "3_ultrasound_cyst.txt")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_markdown_is_in_the_chosen_language_and_json_is_the_same_in_each() -> None:
    for language in ("zh-Hant", "es"):
        code, markdown, _ = _run("explain", "--format", "markdown", "--lang", language, SAMPLE)
        assert code == 0 and markdown.startswith(f"# {load_content(language).explain.export.title}")
    outputs = {_run("explain", "--lang", language, SAMPLE)[1] for language in ("en", "zh-Hant", "es")}
    assert len(outputs) == 1


def test_a_refusal_is_one_line_in_the_chosen_language(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = _run("explain", "--lang", "es", str(empty))
    assert code == 2 and err.count("\n") == 1
    assert err.endswith(f"{load_content('es').ingest.refusals['empty']['no_text']}\n")
    code, _, err = _run("explain", "--lang", "fr", str(empty))
    assert code == 2 and "invalid choice: 'fr'" in err and err.count("\n") == 1
