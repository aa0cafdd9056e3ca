"""The wheel: `pip install .` gives the engine with its rules, content, data and glossary, and the command
line works from it outside the checkout (where the repo's folders are not there to fall back on).

The wheel is built with the build backend installed in this venv (requirements-dev.txt), without network.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "2_suspicious_calcifications.txt"
SAMPLE_OVERALL = "4B"  # the sample's "BI-RADS 4B: Moderate suspicion for malignancy."
GLOSSARY_IN_WHEEL = "readingscan/glossary_files"  # pyproject [tool.hatch.build.targets.wheel.force-include]
LEFT_OUT = {"tests", "tools", "components", "screens", "bench", "samples", "static", "__pycache__"}


def run(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=240, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                 "--no-index", "-w", str(out)], cwd=out)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted(out.glob("readingscan-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def repo_files(pattern: str) -> list[str]:
    found = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob(pattern))
    assert found, f"nothing in the checkout matches {pattern}"
    return found


@pytest.mark.parametrize("pattern", ["readingscan/rules/*.yaml", "readingscan/content/**/*.yaml", "readingscan/data/*.csv",
                                     "readingscan/data/*.txt", "readingscan/data/*.tsv"])
def test_wheel_carries_the_package_data(names: set[str], pattern: str) -> None:
    missing = [name for name in repo_files(pattern) if name not in names]
    assert missing == []


def test_wheel_carries_every_glossary_entry(names: set[str]) -> None:
    # Every entry in every language (glossary/<language>/<slug>.md) and the languages' headings.
    expected = {f"{GLOSSARY_IN_WHEEL}/{PurePosixPath(name).relative_to('glossary')}"
                for pattern in ("glossary/*.md", "glossary/*/*.md", "glossary/headings.yaml")
                for name in repo_files(pattern)}
    assert expected - names == set()
    assert {name for name in names if name.startswith(f"{GLOSSARY_IN_WHEEL}/")} == expected


def test_wheel_leaves_out_the_app_and_the_dev_folders(names: set[str]) -> None:
    tops = {name.split("/")[0] for name in names}
    assert tops == {"readingscan", "readingscan-0.1.0.dist-info"}
    assert [name for name in names if LEFT_OUT & set(name.split("/")) or name.endswith(".pyc")] == []


def requirement_pins(lines: list[str]) -> set[str]:
    """``name==version`` with the name normalised (PEP 503), from requirement lines."""
    pins = set()
    for line in lines:
        name, _, version = line.partition("==")
        pins.add(f"{re.sub(r'[-_.]+', '-', name.strip()).lower()}=={version.strip()}")
    return pins


def test_wheel_metadata_has_the_runtime_pins_and_the_command(wheel: Path, names: set[str]) -> None:
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read("readingscan-0.1.0.dist-info/METADATA").decode()
        entry_points = archive.read("readingscan-0.1.0.dist-info/entry_points.txt").decode()
    required = [line.removeprefix("Requires-Dist:") for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    runtime = [line.split("#")[0] for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()]
    runtime = [line for line in runtime if line.strip()]
    assert all("==" in line for line in runtime), runtime
    assert requirement_pins(required) == requirement_pins(runtime)
    assert "readingscan = readingscan.cli:main" in entry_points


PROBE = """
import json
from importlib import resources
import readingscan
from readingscan.glossary.entries import DEFAULT_FOLDER
from readingscan.glossary.readability_languages import chinese_readability
for language in readingscan.LANGUAGES:  # every language's content and glossary load from the wheel
    readingscan.load_content(language), readingscan.load_glossary(language=language)
assert chinese_readability("乳房").outside == ()
print(json.dumps({"module": readingscan.__file__, "glossary": str(DEFAULT_FOLDER),
                  "data": str(resources.files("readingscan").joinpath("data"))}))
"""


def test_installed_wheel_runs_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    installed = run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site),
                     str(wheel)], cwd=tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PYTHONHOME", None)

    probe = run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env)
    assert probe.returncode == 0, probe.stderr
    where = {key: Path(value) for key, value in json.loads(probe.stdout).items()}
    for key, path in where.items():
        assert path.is_relative_to(site), f"{key} comes from {path}, not from the installed wheel"
    shipped = sorted(str(p.relative_to(where["glossary"])) for p in where["glossary"].rglob("*.md"))
    assert shipped == sorted(str(p.relative_to(ROOT / "glossary")) for p in (ROOT / "glossary").rglob("*.md"))

    explained = run([sys.executable, "-m", "readingscan", "explain", "--format", "json", str(SAMPLE)], cwd=tmp_path, env=env)
    assert explained.returncode == 0, explained.stderr
    assert explained.stderr == ""
    lines = explained.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["assessment"]["overall"] == SAMPLE_OVERALL

    linted = run([sys.executable, "-m", "readingscan", "lint-glossary"], cwd=tmp_path, env=env)
    assert linted.returncode == 0, linted.stderr
    assert "clean" in linted.stdout
