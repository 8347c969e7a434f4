"""The wheel works outside the checkout: it carries the stylesheets and schemas it needs (issue 2).

Builds the wheel, installs it with its dependencies into a fresh virtual environment and runs the
installed ``teikit`` from a folder that is not the checkout, so nothing can be found by accident.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile

import pytest

from .conftest import PASSAGE, REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(REPO)],
                   check=True, capture_output=True)
    (built,) = out.glob("teikit-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=True)
    pip = str(env / "bin" / "pip")
    result = subprocess.run([pip, "install", "--quiet", str(wheel)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return env / "bin" / "teikit"


def test_wheel_carries_stylesheets_and_schemas(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("toolkit/_data/xslt/") and n.endswith(".xsl") for n in names)
    assert any(n.startswith("toolkit/_data/schema/") and n.endswith(".rng") for n in names)
    assert "toolkit/cli.py" in names
    assert "toolkit/examples/letters/register.xml" in names  # teikit init --example


def test_installed_wheel_starts_an_example_edition(installed, tmp_path):
    started = subprocess.run([str(installed), "init", "--example", "letters"], capture_output=True, text=True,
                             cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    folder = tmp_path / "letters"
    checked = subprocess.run([str(installed), "validate"], capture_output=True, text=True, cwd=folder)
    assert checked.returncode == 0 and "3 files, 0 errors" in checked.stdout, checked.stdout + checked.stderr
    built = subprocess.run([str(installed), "build"], capture_output=True, text=True, cwd=folder)
    assert built.returncode == 0, built.stdout + built.stderr
    assert len(list((folder / "output" / "letters").glob("*.html"))) == 2


def test_installed_wheel_runs_outside_the_checkout(installed, tmp_path):
    document = tmp_path / "passage.xml"
    document.write_bytes(PASSAGE.read_bytes())
    version = subprocess.run([str(installed), "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0 and "teikit, version" in version.stdout
    info = subprocess.run([str(installed), "info", "passage.xml"], capture_output=True, text=True, cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "paragraphs:    14" in info.stdout
    # validation finds the bundled schema inside the wheel (the copy's xml-model points nowhere: a warning)
    valid = subprocess.run([str(installed), "validate", "--profile", "edition", "passage.xml"], capture_output=True,
                           text=True, cwd=tmp_path)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "0 errors" in valid.stdout and "_data/schema/teikit.rng (bundled)" in valid.stdout
    build = subprocess.run([str(installed), "build", "--to", "all", "-o", "out", "passage.xml"],
                           capture_output=True, text=True, cwd=tmp_path)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "Stalin" in (tmp_path / "out" / "passage.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "passage.pdf").read_bytes().startswith(b"%PDF-")
