"""Does the CLI print the same bytes as at another revision? The guard of a move with no change of behaviour.

    python -m tools.same_output [--base REV] [--format json|markdown|both]

Every report of the development corpus, the blind sets and the samples goes through
``python -m readingscan explain`` twice: once in a checkout of REV (a temporary ``git worktree``), once in
this working tree. The same input files (this tree's) are given to both, so a fixture folder that moved
is still compared. Prints one line per format; exit 1 when any output differs (the first differences
are shown), 2 when REV cannot be checked out.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUT_GLOBS = ("tests/**/*.txt", "samples/*.txt")
# Text fixtures that are not reports (annotation notes, generated-file seeds) are left out.
SKIP_NAMES = frozenset({"ANNOTATION.txt", "SOURCE.txt"})


def inputs(root: Path = ROOT) -> list[Path]:
    """The report texts both revisions read, in a fixed order."""
    found = {p.resolve() for pattern in INPUT_GLOBS for p in root.glob(pattern) if p.name not in SKIP_NAMES}
    return sorted(p for p in found if "golden" in p.parts or "fixtures" in p.parts or p.parent.name == "samples")


def explain(checkout: Path, paths: Sequence[Path], fmt: str) -> str:
    """Everything ``checkout``'s CLI prints for these inputs (stdout, stderr and the exit code)."""
    result = subprocess.run(
        [sys.executable, "-m", "readingscan", "explain", "--format", fmt, *map(str, paths)],
        cwd=checkout, capture_output=True, text=True, check=False,
    )
    return f"{result.stdout}--- stderr\n{result.stderr}--- exit {result.returncode}\n"


def _worktree(revision: str, where: Path) -> Path:
    target = where / "base"
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(target), revision],
                   cwd=ROOT, check=True, capture_output=True, text=True)
    return target


def compare(base: Path, paths: Sequence[Path], fmt: str) -> list[str]:
    """The lines that differ between the two revisions' outputs (empty when byte-identical)."""
    before, after = explain(base, paths, fmt), explain(ROOT, paths, fmt)
    if before == after:
        return []
    return list(difflib.unified_diff(before.splitlines(), after.splitlines(), "base", "now", lineterm="", n=0))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.same_output", description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="HEAD", help="the revision to compare with (default HEAD)")
    parser.add_argument("--format", choices=("json", "markdown", "both"), default="both")
    args = parser.parse_args(argv)
    paths = inputs()
    formats = ("json", "markdown") if args.format == "both" else (args.format,)
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        try:
            base = _worktree(args.base, Path(tmp))
        except subprocess.CalledProcessError as error:
            print(f"same_output: cannot check out {args.base!r}: {error.stderr.strip()}", file=sys.stderr)
            return 2
        try:
            failed = False
            for fmt in formats:
                diff = compare(base, paths, fmt)
                verdict = "byte-identical" if not diff else f"{sum(line.startswith('+') for line in diff) - 1} lines differ"
                print(f"{fmt}: {len(paths)} reports, {verdict} (base {args.base} against the working tree)")
                if diff:
                    print("\n".join(diff[:60]))
                failed = failed or bool(diff)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False,
                           capture_output=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
