"""``python -m tools.wording_report``: CSV figures for a small corpus, a comparison between two git
revisions of a glossary folder, and one stderr line (exit 2) for a bad revision, no repository or no corpus."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from readingscan.glossary.entries import DEFAULT_FOLDER
from tests.conftest import REPORTS
from tools.wording_report import ProgressBar, main

# A small glossary: enough entries for these reports' explanations to link several of them.
SLUGS = ("grouped", "amorphous", "calcification", "birads", "birads_4", "breast_density", "mass", "stable")
CASES = ("mg_05_mag_amorphous_grouped_4b", "mg_11_followup_stable_punctate_bi2", "ho_01_one_liner_normal")
NEW_QUICK = "Grouped means a handful of calcium specks sit near each other in one small spot."
OLD_QUICK = "Grouped means a few calcium specks sit close together in a small area."


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.open(encoding="utf-8")))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for case in CASES:
        shutil.copy(REPORTS / f"{case}.txt", folder)
    return folder


def _glossary(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for slug in SLUGS:
        shutil.copy(DEFAULT_FOLDER / f"{slug}.md", folder)
    return folder


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
                    *args], cwd=repo, check=True, capture_output=True)


def test_report_on_a_small_corpus(tmp_path: Path, corpus: Path) -> None:
    glossary = _glossary(tmp_path / "glossary")
    code, out, err = _run("--corpus", str(corpus), "--glossary", str(glossary), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert err == ""  # the progress bar is drawn on a terminal only
    assert "8 entries" in out and "3 reports, 0 explanation(s) changed" in out
    entries = _rows(tmp_path / "out" / "entries.csv")
    assert sorted(r["slug"] for r in entries) == sorted(SLUGS)
    grouped = next(r for r in entries if r["slug"] == "grouped")
    assert 0 < float(grouped["fk_grade"]) <= 8 and 0 < float(grouped["long_word_share"]) < 1
    assert {r["lint_status"] for r in entries} <= {"pass", "fail"}
    reports = _rows(tmp_path / "out" / "reports.csv")
    assert [r["report"] for r in reports] == sorted(f"{case}.txt" for case in CASES)
    assert all(r["changed"] == "False" and r["grade_before"] == r["grade_after"] for r in reports)
    by_name = {r["report"]: r for r in reports}
    assert "grouped" in by_name["mg_05_mag_amorphous_grouped_4b.txt"]["entries_after"].split()
    assert "grouped" not in by_name["ho_01_one_liner_normal.txt"]["entries_after"].split()


def test_compare_two_revisions(tmp_path: Path, corpus: Path) -> None:
    repo = tmp_path / "repo"
    glossary = _glossary(repo / "content" / "glossary")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    grouped = glossary / "grouped.md"
    grouped.write_text(grouped.read_text(encoding="utf-8").replace(OLD_QUICK, NEW_QUICK), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "reword grouped")
    (glossary / "stable.md").unlink()  # the working folder also differs from HEAD: an entry removed

    code, out, err = _run("--corpus", str(corpus), "--glossary", str(glossary), "--compare", "HEAD~1",
                          "--out", str(tmp_path / "out"))
    assert code == 0, err
    entries = {r["slug"]: r for r in _rows(tmp_path / "out" / "entries.csv")}
    assert "stable" not in entries
    assert entries["grouped"]["changed_since"] == "yes"
    assert {slug for slug, r in entries.items() if r["changed_since"] != "no"} == {"grouped"}
    assert entries["amorphous"]["fk_grade_before"] == entries["amorphous"]["fk_grade"]
    reports = {r["report"]: r for r in _rows(tmp_path / "out" / "reports.csv")}
    # mg_05 links Grouped (reworded); mg_11 links Stable (removed); the normal one-liner links neither.
    assert {name for name, r in reports.items() if r["changed"] == "True"} == {
        "mg_05_mag_amorphous_grouped_4b.txt", "mg_11_followup_stable_punctate_bi2.txt"}
    assert "stable" in reports["mg_11_followup_stable_punctate_bi2.txt"]["entries_before"].split()
    assert "stable" not in reports["mg_11_followup_stable_punctate_bi2.txt"]["entries_after"].split()
    assert "3 reports, 2 explanation(s) changed" in out

    code, out, _ = _run("--corpus", str(corpus), "--glossary", str(glossary), "--compare", "HEAD",
                        "--out", str(tmp_path / "same"))
    assert code == 0
    same = {r["slug"]: r["changed_since"] for r in _rows(tmp_path / "same" / "entries.csv")}
    assert same["grouped"] == "no"


@pytest.mark.parametrize(("revision", "message"), [
    ("no-such-branch", "unknown git revision 'no-such-branch'"),
    ("--output=/tmp/x", "is not a git revision"),
])
def test_a_bad_revision_is_one_line(tmp_path: Path, corpus: Path, revision: str, message: str) -> None:
    repo = tmp_path / "repo"
    glossary = _glossary(repo / "glossary")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    code, out, err = _run("--corpus", str(corpus), "--glossary", str(glossary), f"--compare={revision}",
                          "--out", str(tmp_path / "out"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_folder_outside_git_is_one_line(tmp_path: Path, corpus: Path) -> None:
    glossary = _glossary(tmp_path / "glossary")
    code, _, err = _run("--corpus", str(corpus), "--glossary", str(glossary), "--compare", "HEAD")
    assert code == 2
    assert err == f"wording-report: {glossary} is not inside a git repository, so --compare cannot be used\n"


def test_a_missing_corpus_is_one_line(tmp_path: Path) -> None:
    code, _, err = _run("--corpus", str(tmp_path / "nowhere"))
    assert code == 2 and err == f"wording-report: {tmp_path / 'nowhere'}: no such folder of reports\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_only() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = ProgressBar(stream, "reading reports")
        for done in range(1, 5):
            bar(done, 4)
    assert pipe.getvalue() == ""
    assert terminal.getvalue().endswith(f"\rreading reports [{'#' * 30}] 4/4\n")
    assert "\rreading reports [" + "#" * 7 + "." * 23 + "] 1/4" in terminal.getvalue()
