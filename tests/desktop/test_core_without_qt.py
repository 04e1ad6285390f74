"""The core runs without Qt: importing every desktop/ module must not pull in PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"):
            raise ImportError(f"desktop/ imported {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import desktop
names = [m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_desktop_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10


def test_the_blocker_itself_catches_qt() -> None:
    leaky = SCRIPT.replace("import desktop\n", "import desktop\nimport PySide6\n")
    result = subprocess.run(
        [sys.executable, "-c", leaky], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "desktop/ imported PySide6" in result.stderr
