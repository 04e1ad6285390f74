"""A crash in a screen: a report without personal data is saved and a Dutch dialog offers it."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.diagnostics import LOG_DIR_ENV
from tests.ui.conftest import PEOPLE, type_text, unlock
from ui.crash import CrashHandler

ROOT = Path(__file__).resolve().parents[2]
SOMEONE = PEOPLE[1]  # Senait Tesfay, with a BSN and a V-nummer


@pytest.fixture
def crash_handler(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app's crash handler, installed as in ui/app.py, saving into a folder of the test's."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    handler = CrashHandler(qapp)
    handler.install()
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


def _look_up_dossier(typed: str) -> None:
    """A slot with a bug; its locals and its message hold what was typed and a BSN."""
    bsn, v_nummer = SOMEONE.bsn, SOMEONE.v_nummer
    raise LookupError(f"geen dossier voor {typed} (BSN {bsn}, V-nummer {v_nummer})")


def _report_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "logs").glob("crash-*.txt"))


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_saves_a_report_without_personal_data_and_shows_a_dialog(
    qtbot, make_window, populated_dir: Path, crash_handler: CrashHandler, tmp_path: Path
):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.search.textChanged.connect(_look_up_dossier)  # the screen's slot fails
    type_text(window.caseload.search, SOMEONE.family)

    qtbot.waitUntil(lambda: crash_handler.dialog is not None and crash_handler.dialog.isVisible())
    dialog = crash_handler.dialog
    assert dialog is not None and not dialog.isModal()
    assert dialog.windowTitle() == "Wegwijzer: onverwachte fout"
    reports = _report_files(tmp_path)  # one per key typed: each one ran the failing slot
    assert len(reports) == len(SOMEONE.family)
    assert str(reports[0]) in dialog.where.text()  # the first; later ones wait for this one
    for report_file in reports:
        report = report_file.read_text(encoding="utf-8")
        assert "_look_up_dossier" in report and "tests/ui/test_crash.py" in report
        assert "builtins.LookupError" in report
        for secret in (SOMEONE.family[:2], SOMEONE.bsn, SOMEONE.v_nummer, "geen dossier"):
            assert secret not in report
        assert str(ROOT) not in report  # the frames, without the user's folders
        assert "qt " in report and "pyside6" in report
    assert dialog.text.toPlainText() == reports[0].read_text(encoding="utf-8")
    report = reports[0].read_text(encoding="utf-8")

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert dialog.status.text() == "Het rapport staat op het klembord."


@pytest.mark.qt_no_exception_capture
def test_a_crash_in_another_thread_is_shown_from_the_gui_thread(
    qtbot, crash_handler: CrashHandler, tmp_path: Path
):
    def work() -> None:
        raise RuntimeError(f"{SOMEONE.given} {SOMEONE.family}")

    worker = threading.Thread(target=work, name="sync")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash_handler.dialog is not None and crash_handler.dialog.isVisible())
    (report_file,) = _report_files(tmp_path)
    report = report_file.read_text(encoding="utf-8")
    assert "builtins.RuntimeError: <message withheld" in report
    assert "thread " in report and " sync" in report
    assert SOMEONE.family not in report


def _logs_its_traceback(handler: ast.ExceptHandler) -> bool:
    for node in ast.walk(handler):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "exception":
                return True
            if any(keyword.arg == "exc_info" for keyword in node.keywords):
                return True
    return False


def _broad_handlers(tree: ast.AST) -> list[ast.ExceptHandler]:
    """The ``except Exception`` (or BaseException) clauses of a module."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ExceptHandler)
        and isinstance(node.type, ast.Name)
        and node.type.id in ("Exception", "BaseException")
    ]


def test_every_except_exception_in_the_screens_logs_the_traceback():
    silent = [
        f"{path.relative_to(ROOT)}:{handler.lineno}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for handler in _broad_handlers(ast.parse(path.read_text(encoding="utf-8")))
        if not _logs_its_traceback(handler)
    ]
    assert silent == []
