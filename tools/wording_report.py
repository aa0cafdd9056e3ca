"""The wording lab's figures for a whole corpus, as two CSV files (a tool of the content team).

    python -m tools.wording_report [--corpus DIR] [--compare GIT_REV] [--glossary DIR] [--out DIR]


``entries.csv`` holds each glossary entry's figures (wording.ENTRY_COLUMNS; with ``--compare REV`` also its
grade at REV and whether its file changed since), ``reports.csv`` each report's before/after
(wording_run.REPORT_COLUMNS). Without ``--compare``, before and after are the same glossary, so reports.csv
gives each report's grade and the entries its explanation links. The same functions serve the page.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from readingscan.cli import EXIT_BAD_INPUT, OneLineParser, run
from readingscan.glossary.entries import DEFAULT_FOLDER, Glossary, GlossaryError, load_glossary
from readingscan.glossary.lab import EntryFigures, entries_csv, measure_glossary
from readingscan.glossary.runs import ReportChange, compare_runs, read_reports, reports_csv
from readingscan.ingest.corpus import DEV_CORPUS, CorpusError, read_folder
from tools.glossary_git import RevisionError, glossary_at

BAR_WIDTH = 30


class ProgressBar:
    """A one-line progress bar on a terminal's stderr (nothing when stderr is a file or a pipe)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.shown = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.shown or not total:
            return
        filled = BAR_WIDTH * done // total
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


@dataclass(frozen=True, slots=True)
class WordingReport:
    entries: tuple[EntryFigures, ...]
    changes: tuple[ReportChange, ...]
    entry_extra: dict[str, dict[str, object]]  # slug -> the --compare columns

    def summary(self) -> str:
        passing = sum(figure.passes for figure in self.entries)
        changed = sum(change.changed for change in self.changes)
        unread = sum(bool(change.error) for change in self.changes)
        line = (f"{len(self.entries)} entries, {passing} pass lint; {len(self.changes)} reports, "
                f"{changed} explanation(s) changed")
        return line + (f", {unread} could not be read" if unread else "")


@contextmanager
def _before_glossary(folder: Path, revision: str | None) -> Iterator[Path | None]:
    if revision is None:
        yield None
        return
    with glossary_at(folder, revision) as old:
        yield old


def _compare_columns(now: Glossary, old: Glossary, old_figures: tuple[EntryFigures, ...]) -> dict[str, dict[str, object]]:
    grades = {figure.slug: round(figure.fk_grade, 2) for figure in old_figures}
    extra: dict[str, dict[str, object]] = {}
    for entry in now:
        before = old.get(entry.slug)
        changed = "new" if before is None else "yes" if before != entry else "no"
        extra[entry.slug] = {"fk_grade_before": grades.get(entry.slug, ""), "changed_since": changed}
    return extra


def build_report(folder: Path | str | None = None, corpus: Path | str | None = None, revision: str | None = None,
                 err: TextIO | None = None) -> WordingReport:
    """Figures for the glossary in ``folder`` and the reports in ``corpus`` (default: the development
    corpus), compared with the glossary at git ``revision`` when given.

    Raises RevisionError, GlossaryError or CorpusError (one-line messages) before any report is read.
    """
    root = Path(folder) if folder is not None else DEFAULT_FOLDER
    now = load_glossary(root)
    reports = read_folder(corpus if corpus is not None else DEV_CORPUS)
    with _before_glossary(root, revision) as old_folder:
        old = load_glossary(old_folder) if old_folder is not None else now
        old_figures = measure_glossary(old, old_folder) if old_folder is not None else ()
    figures = measure_glossary(now, root)
    extra = _compare_columns(now, old, old_figures) if revision is not None else {}
    readings = read_reports(reports, ProgressBar(err, "reading reports") if err else None)
    changes = compare_runs(readings, old, now, ProgressBar(err, "comparing") if err and revision else None)
    return WordingReport(figures, changes, extra)


def write_report(report: WordingReport, out: Path) -> tuple[Path, Path]:
    """entries.csv and reports.csv in ``out`` (made if needed); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    entries, reports = out / "entries.csv", out / "reports.csv"
    entries.write_text(entries_csv(report.entries, report.entry_extra), encoding="utf-8")
    reports.write_text(reports_csv(report.changes), encoding="utf-8")
    return entries, reports


def _command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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


def build_parser() -> argparse.ArgumentParser:
    """``python -m tools.wording_report``'s options."""
    parser = OneLineParser(prog="python -m tools.wording_report",
                           description="Glossary readability and before/after over a corpus, as CSV.")
    parser.add_argument("--corpus", default=None, help="folder of .txt reports (default: the development corpus)")
    parser.add_argument("--compare", default=None, metavar="GIT_REV",
                        help="compare with the glossary folder as it was at this git revision")
    parser.add_argument("--glossary", default=None, help="glossary folder (default: the project's glossary/)")
    parser.add_argument("--out", default="wording-report", help="folder for entries.csv and reports.csv")
    parser.set_defaults(handler=_command)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the report; returns the exit code (2 for bad input or usage)."""
    return run(build_parser(), argv, out or sys.stdout, err or sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
