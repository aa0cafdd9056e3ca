"""Command line: ``python -m readingscan explain [--format json|markdown] PATH... | -``, ``lint-glossary``
and ``wording-report [--corpus DIR] [--compare GIT_REV] [--glossary DIR] [--out DIR]``.

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

from .models import ReadingError, Report

EXIT_BAD_INPUT = 2


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import analyze
    from .ingest import read_path, read_text

    status = 0
    for path in args.paths:
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
        out.write(_render(report, args.format) + "\n")
    return status


def _render(report: Report, fmt: str) -> str:
    if fmt == "markdown":
        from .explain import explain_markdown

        return explain_markdown(report)
    return json.dumps(report.to_dict(), ensure_ascii=False)


def _lint_glossary(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .glossary_lint import lint_glossary

    problems = lint_glossary(args.glossary)
    for problem in problems:
        err.write(problem + "\n")
    if problems:
        err.write(f"lint-glossary: {len(problems)} problem(s)\n")
        return 1
    out.write("lint-glossary: clean\n")
    return 0


def _wording_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from .glossary import GlossaryError
    from .glossary_git import RevisionError
    from .wording_corpus import CorpusError
    from .wording_report import build_report, write_report

    try:
        report = build_report(args.glossary, args.corpus, args.compare, err)
        written = write_report(report, Path(args.out))
    except (GlossaryError, RevisionError, CorpusError) as error:
        err.write(f"wording-report: {error}\n")
        return EXIT_BAD_INPUT
    except OSError as error:
        err.write(f"wording-report: cannot write {args.out} ({error.strerror or error})\n")
        return EXIT_BAD_INPUT
    out.write(report.summary() + "\n")
    out.write("wrote " + " and ".join(str(path) for path in written) + "\n")
    return 0


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line for main() to print, not a usage block and exit."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The `python -m readingscan` command line: explain, lint-glossary, wording-report."""
    parser = _Parser(prog="python -m readingscan", description="Read breast imaging reports.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    explain = commands.add_parser("explain", help="read reports and print what was found")
    explain.add_argument("paths", nargs="+", metavar="PATH", help="report files (.txt, .pdf, .docx) or - for stdin")
    explain.add_argument("--format", choices=("json", "markdown"), default="json")
    explain.set_defaults(handler=_explain)
    lint = commands.add_parser("lint-glossary", help="check every glossary entry")
    lint.add_argument("--glossary", default=None, help="glossary folder (default: the project's glossary/)")
    lint.set_defaults(handler=_lint_glossary)
    wording = commands.add_parser("wording-report", help="glossary readability and before/after over a corpus, as CSV")
    wording.add_argument("--corpus", default=None, help="folder of .txt reports (default: the development corpus)")
    wording.add_argument("--compare", default=None, metavar="GIT_REV",
                         help="compare with the glossary folder as it was at this git revision")
    wording.add_argument("--glossary", default=None, help="glossary folder (default: the project's glossary/)")
    wording.add_argument("--out", default="wording-report", help="folder for entries.csv and reports.csv")
    wording.set_defaults(handler=_wording_report)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (2 for bad input or usage)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out):  # --help prints here
            args = parser.parse_args(argv)
    except _UsageError as error:
        err.write(f"{error} (try --help)\n")
        return EXIT_BAD_INPUT
    except SystemExit as exit_:  # --help
        return int(exit_.code or 0)
    handler: Callable[[argparse.Namespace, TextIO, TextIO], int] = args.handler
    return handler(args, out, err)
