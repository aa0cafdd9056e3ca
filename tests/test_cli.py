"""The command line: one JSON object per input, valid against the contract; bad input gives exit 2 and
one line on stderr naming the file, and the other files still print."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from readingscan.cli import main
from tests.conftest import REPORTS, ROOT
from tests.filegen import make_docx, make_image_only_pdf, make_pdf

GOOD = sorted(REPORTS.glob("*.txt"))[0]


def run(argv: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        sys_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        code = main(argv, out, err)
    finally:
        if stdin is not None:
            sys.stdin = sys_stdin
    return code, out.getvalue(), err.getvalue()


def test_every_golden_report_prints_valid_json_lines(schema: dict) -> None:
    paths = [str(p) for p in sorted(REPORTS.glob("*.txt"))]
    code, out, err = run(["explain", *paths])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == len(paths)
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_pdf_and_docx_inputs(tmp_path: Path, schema: dict) -> None:
    text = GOOD.read_text(encoding="utf-8").splitlines()
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([text]))
    docx = tmp_path / "report.docx"
    docx.write_bytes(make_docx(text))
    code, out, err = run(["explain", str(pdf), str(docx)])
    assert code == 0, err
    kinds = [json.loads(line)["source"]["kind"] for line in out.splitlines()]
    assert kinds == ["pdf", "docx"]
    for line in out.splitlines():
        jsonschema.validate(json.loads(line), schema)


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "junk.bin": (bytes(range(256)) * 40, "not"),
    "truncated.pdf": (make_pdf([["FINDINGS: No mass."]])[:300], "damaged"),
    "scan.pdf": (make_image_only_pdf(), "scan"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "picture"),
    "locked.pdf": (make_pdf([["FINDINGS: No mass."]], encrypt="secret"), "password"),
    "huge.txt": (b"No mass. " * (10 * 1024 * 1024 // 9 + 2), "10 mb"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_gives_exit_2_and_one_line_naming_the_file(tmp_path: Path, name: str) -> None:
    data, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    code, out, err = run(["explain", str(bad), str(GOOD)])
    assert code == 2
    assert len(err.splitlines()) == 1, err
    assert err.startswith(str(bad)) and reason in err.lower(), err
    assert len(out.splitlines()) == 1  # the good file still printed
    assert json.loads(out)["findings"] is not None


def test_missing_file(tmp_path: Path) -> None:
    code, out, err = run(["explain", str(tmp_path / "nope.txt")])
    assert code == 2 and out == ""
    assert "nope.txt" in err and len(err.splitlines()) == 1


def test_stdin_and_markdown() -> None:
    code, out, _ = run(["explain", "--format", "markdown", "-"], stdin="IMPRESSION: Benign cyst. BI-RADS 2.")
    assert code == 0
    assert "BI-RADS 2: Benign" in out and "# Your breast imaging report in plain words" in out


def test_usage_error_is_exit_2() -> None:
    code, _, err = run(["explain"])
    assert code == 2 and "PATH" in err


def test_module_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "readingscan", "explain", str(GOOD), str(tmp_path / "missing.pdf")],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_pdf_named_txt_is_read_by_its_content(tmp_path: Path) -> None:
    misnamed = tmp_path / "report.txt"
    misnamed.write_bytes(make_pdf([GOOD.read_text(encoding="utf-8").splitlines()]))
    code, out, err = run(["explain", str(misnamed)])
    assert code == 0, err
    assert json.loads(out)["source"]["kind"] == "pdf"


MODALITY_REPORTS = sorted((ROOT / "tests" / "golden" / "held_out" / "modalities").glob("*.txt"))


def test_ultrasound_mri_and_contrast_mammography_reports_print_valid_json(schema: dict) -> None:
    """The new kinds, descriptors, modality and tissue fields of the contract, from 50 reports of each style."""
    code, out, err = run(["explain", *map(str, MODALITY_REPORTS)])
    assert code == 0 and err == ""
    readings = [json.loads(line) for line in out.splitlines()]
    assert len(readings) == len(MODALITY_REPORTS) >= 50
    for reading in readings:
        jsonschema.validate(reading, schema)
    kinds = {f["kind"] for r in readings for f in r["findings"]}
    names = {name for r in readings for f in r["findings"] for name in f["descriptors"]}
    assert {"non_mass", "focus", "implant"} <= kinds
    assert {"orientation", "echo_pattern", "posterior_features", "vascularity", "elasticity", "internal_enhancement",
            "nme_distribution", "kinetics_initial", "kinetics_delayed", "implant_rupture", "mass_density"} <= names
    assert "contrast_enhanced_mammography" in {m for r in readings for m in r["exam"]["modalities"]}
    assert any(r["fibroglandular_tissue"] for r in readings) and any(r["background_enhancement"] for r in readings)


def test_tissue_fields_and_descriptors_validate_in_one_report(schema: dict) -> None:
    text = ("BILATERAL BREAST MRI\nFINDINGS:\nAmount of fibroglandular tissue: extreme.\nBPE: marked, asymmetric.\n"
            "Left breast: an irregular mass with spiculated margins, rim enhancement, fast initial enhancement and "
            "washout kinetics. Right breast: focal non-mass enhancement with clustered ring enhancement. A 4 mm "
            "enhancing focus. The left implant shows the linguine sign.\nBI-RADS 4.\n")
    code, out, err = run(["explain", "-"], stdin=text)
    assert code == 0, err
    reading = json.loads(out)
    jsonschema.validate(reading, schema)
    assert reading["fibroglandular_tissue"]["category"] == "d" and reading["density"] is None
    assert (reading["background_enhancement"]["level"], reading["background_enhancement"]["symmetry"]) == (
        "marked", "asymmetric")
    assert reading["background_enhancement"]["evidence"]["text"] == "BPE: marked, asymmetric"
