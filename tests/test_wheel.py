"""The release wheel: built from the repository's files, installed on its own, it works.

The sdist and wheel are built as a release would build them (``python -m build``, without
network: the .venv's setuptools), the wheel is unpacked into a folder of its own, and the
``wegwijzer`` command is run from there by a Python that does not see the editable install
of this checkout. It must print a Tigrinya klantreis to PDF and list the deadlines.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pypdfium2
import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]  # one build per run


def _repository_files() -> list[str]:
    """The files a clean clone would have (tracked, or new and not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built (through the sdist) from a copy of the repository's files."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in _repository_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    out = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("wegwijzer-*.whl")
    assert len(list(out.glob("wegwijzer-*.tar.gz"))) == 1
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed, without its dependencies, into a folder of its own."""
    target = tmp_path_factory.mktemp("installed")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


def _run(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Python from the installed folder plus the .venv's libraries, without the checkout.

    ``-S`` skips site-packages' .pth files, so the editable install's finder (which maps
    ``desktop`` onto this checkout) is not there; the dependencies come through PYTHONPATH.
    """
    paths = sysconfig.get_paths()
    libraries = {"purelib": paths["purelib"], "platlib": paths["platlib"]}
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "WEGWIJZER_")) and key != "VIRTUAL_ENV"
    }
    env |= {
        "PYTHONPATH": os.pathsep.join([str(target), *sorted(set(libraries.values()))]),
        "WEGWIJZER_KDF_PROFILE": "test",
        "WEGWIJZER_PASSPHRASE": PASSPHRASE,
        "WEGWIJZER_LOG_DIR": str(cwd / "logs"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-S", *args], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


def test_wheel_holds_every_module_and_data_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = set()
    for name in _repository_files():
        top, _, rest = name.partition("/")
        if top in ("desktop", "ui") and name.endswith((".py", ".sql")):
            expected.add(name)
        elif top in ("resources", "translations") and not name.endswith((".ts", ".gitkeep")):
            expected.add(f"wegwijzer_{top}/{rest}")
    assert sorted(expected - names) == []
    licences = {Path(n).name for n in names if ".dist-info/licenses/" in n}
    assert licences == {"LICENSE", "OFL.txt"}


def test_installed_wheel_prints_a_tigrinya_handout_and_deadlines(
    installed: Path, tmp_path: Path
) -> None:
    where = _run(
        installed, tmp_path, "-c",
        "import desktop, ui, wegwijzer_resources, wegwijzer_translations, json;"
        "print(json.dumps([m.__file__ for m in (desktop, ui, wegwijzer_resources,"
        " wegwijzer_translations)]))",
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    for module_file in json.loads(where.stdout):
        assert Path(module_file).is_relative_to(installed), module_file

    data = str(tmp_path / "data")
    command = ("-m", "ui.launcher", "--data-dir", data)
    demo = _run(installed, tmp_path, *command, "demo", "--people", "3", "--today", "2025-06-01")
    assert demo.returncode == 0, demo.stderr
    deadlines = _run(installed, tmp_path, *command, "deadlines", "--today", "2025-06-01", "--json",
                     "--all")  # fmt: skip
    assert deadlines.returncode == 0, deadlines.stderr
    rows = json.loads(deadlines.stdout)
    assert len(rows) == 3 and all(row["person_id"] for row in rows)

    pdf = tmp_path / "klantreis-ti.pdf"
    handout = _run(
        installed, tmp_path, *command, "handout", "--person", rows[0]["person_id"],
        "--doc", "klantreis", "--lang", "ti", "--today", "2025-06-01", "--out", str(pdf),
    )  # fmt: skip
    assert handout.returncode == 0, handout.stderr
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    assert any("\u1200" <= char <= "\u137f" for char in text)  # Ethiopic script: Tigrinya
    assert "Klantreis" in text or "klantreis" in text.casefold()
