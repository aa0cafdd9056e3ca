"""Hostile and broken uploads (tests/hostile.py), each through the engine, the command line and the app.

Every file gives a Report or a ReadingError with a short sentence for people, never another exception,
a hang (the per-test timeout) or a memory blow-up (the peak RSS of this process, checked per file); and
one app session takes them all in a row and still explains a pasted report afterwards.
"""

from __future__ import annotations

import io
import re
import resource
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from readingscan import ReadingError, Report, analyze
from readingscan.cli import main
from tests.conftest import ROOT
from tests.hostile import HOSTILE, REPORT, Expect, Hostile

CASES = [pytest.param(case, id=case.id) for case in HOSTILE]
MAX_RSS_GROWTH = 500 * 1024 * 1024
# What a message for people never holds: programmer's words, paths of the server, library names.
TECHNICAL = re.compile(
    r"Traceback|Errno|Error\b|Exception|\bFile \"|line \d+|0x[0-9a-f]+|<class|pdfminer|pdfplumber|zlib|lxml"
    r"|\bPIL\b|docx\.|site-packages|/tmp/|\w+\.\w+\(",
)
PASTED = ("RIGHT BREAST: There are grouped fine pleomorphic calcifications in the upper outer quadrant. "
          "IMPRESSION: Suspicious. BI-RADS 4B. Stereotactic biopsy is recommended.")


def _rss_now() -> int:
    """This process's resident memory now, in bytes (Linux), or its peak where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return _rss_peak()
    return pages * resource.getpagesize()


def _rss_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def check_message(message: str) -> None:
    """One or two plain sentences: short, no traceback, no error class, no library or path."""
    assert message and len(message) < 300, message
    assert "\n" not in message, message
    assert not TECHNICAL.search(message), message
    sentences = re.findall(r"[.!?](?:\s|$)", message)
    assert 1 <= len(sentences) <= 2, message
    assert message[0].isupper(), message


def check_outcome(case: Hostile, outcome: Report | ReadingError) -> None:
    if isinstance(outcome, ReadingError):
        check_message(str(outcome))
        assert case.expect is not Expect.READ, f"{case.name} should be read, got: {outcome}"
        assert outcome.code, "every ReadingError carries a code"
        if case.expect is Expect.REFUSED:
            assert case.fragment.lower() in str(outcome).lower(), str(outcome)
        return
    assert case.expect is not Expect.REFUSED, f"{case.name} should be refused, got a report"
    if case.expect is Expect.READ:
        assert case.fragment in outcome.text
        if case.exact:
            assert outcome.text == REPORT  # the text layer and nothing else: no script, no metadata
    for finding in outcome.findings:
        assert outcome.text[finding.evidence.start:finding.evidence.end] == finding.evidence.text


# --- (a) the engine ------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("case", CASES)
def test_engine_gives_a_report_or_a_clear_reading_error(case: Hostile) -> None:
    data = case.data  # built before measuring: a test's own file is not the engine's memory
    before = _rss_now()
    try:
        outcome: Report | ReadingError = analyze(data, case.name)
    except ReadingError as error:
        outcome = error
    growth = _rss_peak() - before
    assert growth < MAX_RSS_GROWTH, f"{case.name}: memory grew by {growth // 2**20} MB"
    check_outcome(case, outcome)


def test_javascript_in_a_pdf_is_never_run_nor_shown() -> None:
    case = next(case for case in HOSTILE if case.name == "javascript.pdf")
    assert b"/JavaScript" in case.data and b"/OpenAction" in case.data
    report = analyze(case.data, case.name)
    assert report.text == REPORT
    assert "alert" not in report.to_dict().__repr__() and "example.invalid" not in repr(report.to_dict())


def test_catalogue_covers_the_brief() -> None:
    assert len(HOSTILE) >= 34
    assert len({case.name for case in HOSTILE}) == len(HOSTILE), "names are unique (AppTest uploads by name)"
    assert {Expect.REFUSED, Expect.READ, Expect.EITHER} == {case.expect for case in HOSTILE}


# --- (b) the command line ------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("case", CASES)
def test_cli_exit_code_and_one_line_on_stderr(case: Hostile, tmp_path: Path) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    out, err = io.StringIO(), io.StringIO()
    code = main(["explain", str(path)], out, err)
    lines = err.getvalue().splitlines()
    if case.expect is Expect.READ or (case.expect is Expect.EITHER and code == 0):
        assert (code, lines) == (0, []), err.getvalue()
        assert len(out.getvalue().splitlines()) == 1
        return
    assert code == 2, f"{case.name}: exit {code}, stdout {out.getvalue()[:200]!r}"
    assert len(lines) == 1, err.getvalue()
    assert out.getvalue() == ""
    label, _, message = lines[0].partition(": ")
    assert label == str(path)
    check_message(message)
    if case.expect is Expect.REFUSED:
        assert case.fragment.lower() in message.lower(), message


# --- (c) the app: one session takes every file in turn, then still explains a pasted report ------


@pytest.mark.timeout(300)
def test_one_app_session_takes_every_hostile_file_then_explains_a_pasted_report() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception, at.exception
    outcomes: dict[str, str] = {}
    for case in HOSTILE:
        at.file_uploader(key="report_file").set_value((case.name, case.data, case.mime))
        at.button(key="report_go").click().run()
        assert not at.exception, (case.name, at.exception)
        errors = [error.value for error in at.error]
        headings = [header.value for header in at.subheader]
        if case.expect is Expect.REFUSED or (case.expect is Expect.EITHER and errors):
            assert len(errors) == 1, (case.name, errors)
            check_message(errors[0])
            assert case.fragment.lower() in errors[0].lower(), (case.name, errors[0])
            assert "Your result in short" not in headings, f"{case.name}: an old explanation is still shown"
            outcomes[case.name] = "refused"
        else:
            assert not errors, (case.name, errors)
            warnings = " ".join(w.value for w in at.warning).lower()
            assert "Your result in short" in headings or "no breast imaging terms" in warnings, case.name
            outcomes[case.name] = "read"
    assert len(outcomes) == len(HOSTILE)
    at.file_uploader(key="report_file").set_value(None)
    at.text_area(key="report_text").set_value(PASTED)
    at.button(key="report_go").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "Your result in short" in [header.value for header in at.subheader]
    assert "#### BI-RADS 4B" in "\n".join(m.value for m in at.markdown)


# --- a PDF too slow to parse: read in a separate process that is stopped in time --------------------


@pytest.mark.timeout(60)
def test_a_pdf_of_endless_drawing_is_stopped_with_a_clear_message() -> None:
    from readingscan.ingest.limits import Limits
    from readingscan.ingest.read import read_bytes
    from tests.filegen import make_drawing_pdf

    with pytest.raises(ReadingError) as caught:
        read_bytes(make_drawing_pdf(200_000), "drawing.pdf", Limits(pdf_seconds=2))
    assert caught.value.code == "too_slow"
    assert "takes too long to read" in str(caught.value)


@pytest.mark.timeout(300)
def test_a_pdf_read_in_a_separate_process_reads_the_same() -> None:
    from readingscan.ingest.limits import Limits
    from readingscan.ingest.read import read_bytes
    from tests.filegen import make_drawing_pdf, make_pdf

    # What is read, not how fast: a loaded machine's child process may take longer than the served limit (the limit
    # itself is tested above), so this one gets room.
    isolated = Limits(isolate_pdf_content_bytes=0, pdf_seconds=120)
    for data in (make_pdf([REPORT.splitlines()]), make_drawing_pdf(50)):
        assert read_bytes(data, "r.pdf", isolated) == read_bytes(data, "r.pdf")
    with pytest.raises(ReadingError) as caught:  # a refusal in the child comes back as it was
        read_bytes(make_pdf([["FINDINGS: none."]], encrypt="secret"), "locked.pdf", isolated)
    assert caught.value.code == "encrypted"
