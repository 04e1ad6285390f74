"""The ``wegwijzer`` command: CLI commands go to the CLI, everything else to the GUI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from ui.app import option_parser
from ui.launcher import first_argument


def test_first_argument_skips_options_and_their_values():
    assert first_argument([]) is None
    assert first_argument(["--lang", "en"]) is None
    assert first_argument(["--data-dir", "export", "import"]) == "import"
    assert first_argument(["--today=2025-01-01", "export", "x"]) == "export"


def test_gui_options():
    options, rest = option_parser().parse_known_args(
        ["--data-dir", "/tmp/x", "--lang", "en", "--today", "2025-03-01", "-platform", "offscreen"]
    )
    assert options.lang == "en"
    assert options.today == date(2025, 3, 1)
    assert str(options.data_dir) == "/tmp/x"
    assert rest == ["-platform", "offscreen"]


@pytest.mark.parametrize("argv", [["frobnicate"], ["--data-dir", "/tmp/x", "deadlins"]])
def test_an_unknown_command_is_a_dutch_error_not_the_gui(argv, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # no GUI could start
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", *argv],
        capture_output=True, text=True, check=False, cwd=tmp_path, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2
    assert f"onbekende opdracht '{argv[-1]}'" in done.stderr
    assert "Geldige opdrachten: init, demo, deadlines" in done.stderr
    assert ("Bedoelt u 'deadlines'?" in done.stderr) == (argv[-1] == "deadlins")
    assert done.stdout == ""


def test_qt_options_and_their_values_are_not_commands():
    assert first_argument(["-platform", "offscreen", "-style", "fusion", "--lang", "en"]) is None
    assert first_argument(["-platform", "offscreen", "deadlines"]) == "deadlines"


def test_launcher_imports_no_qt():
    code = "import sys, ui.launcher; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_cli_command_goes_to_the_cli_without_qt():
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        "try:\n"
        "    main(['init', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "init" in done.stdout


def test_gui_starts_and_closes(qtbot, tmp_path, qapp):
    from PySide6.QtCore import QSettings, QTimer

    from ui import app
    from ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    seen: list[str] = []

    def close_window() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                seen.append(widget.first_run.create_button.text())
                widget.close()

    QTimer.singleShot(0, close_window)
    code = app.run(["--data-dir", str(tmp_path / "data"), "--lang", "en", "--today", "2025-03-01"])
    assert code == 0
    assert seen == ["Wegwijzer", "&Create database"]
