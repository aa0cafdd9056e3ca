"""Command line: ``python -m readingscan explain [--format json|markdown] [--lang LANG] PATH... | -`` and
``lint-glossary``. ``--lang`` (en, zh-Hant, es) says the Markdown and the refusals in that language; the JSON is
the contract and the same in every language.

(The wording lab's corpus report is a tool of the content team, not of the app: ``python -m tools.wording_report``.)

One JSON object per input, one per line. An input that cannot be read gives one line on stderr
naming it and the reason; the other inputs still print, and the exit code is 2.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

from readingscan.content.language import DEFAULT_LANGUAGE, LANGUAGES
from readingscan.model import ReadingError, Report

EXIT_BAD_INPUT = 2


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from readingscan.content import use_language

    with use_language(args.lang):  # for these inputs only: main() may run inside a longer-lived process
        return _explain_each(args.paths, args.format, out, err)


def _explain_each(paths: Sequence[str], fmt: str, out: TextIO, err: TextIO) -> int:
    from readingscan.analysis import analyze
    from readingscan.ingest.read import read_path, read_text

    status = 0
    for path in paths:
        label = "<stdin>" if path == "-" else path
        try:
            report = analyze(read_text(sys.stdin.read(), "stdin")) if path == "-" else analyze(read_path(path))
        except ReadingError as error:
            err.write(f"{label}: {error}\n")
            status = EXIT_BAD_INPUT
            continue
        except OSError as error:
            err.write(f"{label}: cannot open the file ({error.strerror or error}).\n")
            status = EXIT_BAD_INPUT
            continue
        out.write(_render(report, fmt) + "\n")
    return status


def _render(report: Report, fmt: str) -> str:
    if fmt == "markdown":
        from readingscan.explain.text import explain_markdown

        return explain_markdown(report)
    return json.dumps(report.to_dict(), ensure_ascii=False)


def _lint_glossary(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from readingscan.glossary.lint import lint_glossary

    problems = lint_glossary(args.glossary)
    for problem in problems:
        err.write(problem + "\n")
    if problems:
        err.write(f"lint-glossary: {len(problems)} problem(s)\n")
        return 1
    _language_figures(args.glossary, out)
    out.write("lint-glossary: clean\n")
    return 0


def _language_figures(folder: str | None, out: TextIO) -> None:
    """Each translated language's readability figures: how many entries meet its target, and the hardest five."""
    from pathlib import Path

    from readingscan.content.language import LANGUAGES
    from readingscan.glossary.entries import DEFAULT_FOLDER
    from readingscan.glossary.lab_languages import measure_language, worst
    from readingscan.glossary.readability_languages import TARGETS

    root = Path(folder) if folder else DEFAULT_FOLDER
    for language in LANGUAGES[1:]:
        if not (root / language).is_dir():
            continue
        rows = measure_language(root, language)
        waiting = sum(row.waiting for row in rows)
        out.write(f"{language}: {sum(r.meets_target for r in rows)} of {len(rows)} entries meet the target "
                  f"({TARGETS[language]}); {waiting} wait for review; hardest: "
                  + "; ".join(f"{r.slug} ({r.readability})" for r in worst(rows)) + "\n")


class UsageError(Exception):
    pass


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line for main() to print, not a usage block and exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The `python -m readingscan` command line: explain, lint-glossary."""
    parser = OneLineParser(prog="python -m readingscan", description="Read reports and explain them in plain words.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    explain = commands.add_parser("explain", help="read reports and print what was found")
    explain.add_argument("paths", nargs="+", metavar="PATH", help="report files (.txt, .pdf, .docx) or - for stdin")
    explain.add_argument("--format", choices=("json", "markdown"), default="json")
    explain.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                         help="the language of the Markdown and of the messages (the JSON is the same in each)")
    explain.set_defaults(handler=_explain)
    lint = commands.add_parser("lint-glossary", help="check every glossary entry")
    lint.add_argument("--glossary", default=None, help="glossary folder (default: the project's glossary/)")
    lint.set_defaults(handler=_lint_glossary)
    return parser


def run(parser: argparse.ArgumentParser, argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    """Parse ``argv`` with a OneLineParser and run the chosen handler; a usage error is one stderr line, exit 2."""
    try:
        with contextlib.redirect_stdout(out):  # --help prints here
            args = parser.parse_args(argv)
    except UsageError as error:
        err.write(f"{error} (try --help)\n")
        return EXIT_BAD_INPUT
    except SystemExit as exit_:  # --help
        return int(exit_.code or 0)
    handler: Callable[[argparse.Namespace, TextIO, TextIO], int] = args.handler
    return handler(args, out, err)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (2 for bad input or usage)."""
    return run(build_parser(), argv, out or sys.stdout, err or sys.stderr)
