"""The glossary folder as it was at a git revision, for ``wording-report --compare REV``.

git is run without a shell, with the revision checked by ``git rev-parse --verify`` first and passed
after ``--end-of-options``, so a revision can never be read as an option. The folder is unpacked from
``git archive`` into a temporary folder (deleted afterwards) with tarfile's "data" filter.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

GIT_TIMEOUT_SECONDS = 60


class RevisionError(ValueError):
    """The revision cannot be read; the message is one line naming the reason."""


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    git = shutil.which("git")
    if git is None:
        raise RevisionError("git is not installed, so --compare cannot read an older glossary")
    try:
        # Fixed program and arguments, no shell; the revision is verified before it is used.
        return subprocess.run([git, *args], cwd=cwd, capture_output=True, check=False, timeout=GIT_TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise RevisionError(f"git failed: {error}") from error


def _first_line(raw: bytes) -> str:
    lines = raw.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "no message"


def resolve(folder: Path, revision: str) -> tuple[Path, str]:
    """The repository's top folder and the full commit id ``revision`` names. Raises RevisionError."""
    if not folder.is_dir():
        raise RevisionError(f"{folder}: no such glossary folder")
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise RevisionError(f"{folder} is not inside a git repository, so --compare cannot be used")
    if not revision.strip() or revision.startswith("-"):
        raise RevisionError(f"{revision!r} is not a git revision")
    commit = _git(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}")
    if commit.returncode != 0:
        raise RevisionError(f"unknown git revision {revision!r}")
    return Path(top.stdout.decode().strip()), commit.stdout.decode().strip()


@contextmanager
def glossary_at(folder: Path | str, revision: str) -> Iterator[Path]:
    """A temporary copy of ``folder`` as it was at ``revision`` (same folder name, so lint labels match).

    Raises RevisionError when git is missing, ``folder`` is not in a repository, the revision is unknown,
    or the folder did not exist at that revision.
    """
    root = Path(folder).resolve()
    top, commit = resolve(root, revision)
    relative = root.relative_to(top.resolve()).as_posix()
    archive = _git(top, "archive", "--format=tar", commit, "--", relative)
    if archive.returncode != 0:
        raise RevisionError(f"{relative}/ did not exist at {revision} ({_first_line(archive.stderr)})")
    with tempfile.TemporaryDirectory(prefix="readingscan-glossary-") as temporary:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(temporary, filter="data")
        yield Path(temporary) / relative
