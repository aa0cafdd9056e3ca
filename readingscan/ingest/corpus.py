"""The reports a wording comparison runs over: a folder of ``.txt`` files, or a zip of them sent to the lab.

A zip comes from a person, so it is read in memory only (never written to disk) and bounded: at most
MAX_ZIP_REPORTS reports, each at most MAX_REPORT_BYTES, MAX_ZIP_TOTAL_BYTES in all, counted on the bytes
actually read, not on what the archive declares. Other files, folders, macOS resource forks and names that
try to leave the archive ("../x.txt", "/etc/x.txt") are skipped and listed, never read.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from readingscan.ingest.limits import LIMITS, MB, format_size

DEV_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "golden" / "reports"
MAX_ZIP_REPORTS = 500
MAX_REPORT_BYTES = LIMITS.max_text_bytes  # what the app reads from one pasted report
MAX_ZIP_TOTAL_BYTES = 20 * MB


class CorpusError(ValueError):
    """The reports cannot be read; the message is one sentence fit to show a person."""


@dataclass(frozen=True, slots=True)
class CorpusReport:
    name: str  # file name, or path inside the zip
    data: bytes


@dataclass(frozen=True, slots=True)
class Corpus:
    reports: tuple[CorpusReport, ...]
    skipped: tuple[str, ...] = ()  # zip members left out, with the reason: "notes.pdf (not a .txt file)"


def read_folder(folder: Path | str) -> Corpus:
    """Every ``*.txt`` file directly in ``folder``, by name. Raises CorpusError when there is none."""
    root = Path(folder)
    if not root.is_dir():
        raise CorpusError(f"{root}: no such folder of reports")
    paths = sorted(root.glob("*.txt"))
    if not paths:
        raise CorpusError(f"{root}: the folder holds no .txt reports")
    return Corpus(tuple(CorpusReport(path.name, path.read_bytes()) for path in paths))


def _skip_reason(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    path = PurePosixPath(name.replace("\\", "/"))
    if info.is_dir():
        return ""  # nothing to read; left out without a note
    if path.is_absolute() or ".." in path.parts or ":" in name:
        return "a path that leaves the archive"
    if "__MACOSX" in path.parts or path.name.startswith("._"):
        return "macOS metadata"
    if path.suffix.lower() != ".txt":
        return "not a .txt file"
    if info.flag_bits & 0x1:
        return "encrypted"
    return None


def read_zip(data: bytes) -> Corpus:
    """The ``.txt`` reports in a zip archive's bytes, in archive order. Raises CorpusError with the reason.

    >>> read_zip(b"not a zip")
    Traceback (most recent call last):
    ...
    readingscan.wording_corpus.CorpusError: The file is not a zip archive.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError) as error:
        raise CorpusError("The file is not a zip archive.") from error
    reports: list[CorpusReport] = []
    skipped: list[str] = []
    total = 0
    with archive:
        for info in archive.infolist():
            reason = _skip_reason(info)
            if reason is not None:
                if reason:
                    skipped.append(f"{info.filename} ({reason})")
                continue
            if len(reports) == MAX_ZIP_REPORTS:
                raise CorpusError(f"The zip holds more than {MAX_ZIP_REPORTS} .txt reports; split it into smaller ones.")
            try:
                with archive.open(info) as member:
                    content = member.read(MAX_REPORT_BYTES + 1)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as error:
                raise CorpusError(f"{info.filename} cannot be read from the zip ({error}).") from error
            if len(content) > MAX_REPORT_BYTES:
                raise CorpusError(f"{info.filename} is over {format_size(MAX_REPORT_BYTES)}; a report is shorter than that.")
            total += len(content)
            if total > MAX_ZIP_TOTAL_BYTES:
                raise CorpusError(f"The reports in the zip come to more than {format_size(MAX_ZIP_TOTAL_BYTES)} unpacked.")
            reports.append(CorpusReport(info.filename, content))
    if not reports:
        raise CorpusError("The zip holds no .txt reports.")
    return Corpus(tuple(reports), tuple(skipped))
