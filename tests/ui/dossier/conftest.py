"""An unlocked main window showing one person's dossier."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import unlock
from ui.dossier.form_page import FormPage
from ui.main_window import MainWindow


def open_dossier(qtbot, window: MainWindow, family: str) -> None:
    """Find a person in the caseload by typing, press Enter on the row, wait for the dossier."""
    view = window.caseload
    view.search.setText(family)
    view.apply_filter()
    assert view.model.rowCount() == 1
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.dossier


def fill(form: FormPage, **values: object) -> None:
    """Set fields as typing would (each edit starts the draft timer)."""
    for name, value in values.items():
        editor = form.editors[name]
        editor.set_value(value)  # type: ignore[arg-type]
        editor.changed.emit()


@pytest.fixture
def dossier_window(
    qtbot, make_window: Callable[[Path], MainWindow], populated_dir: Path
) -> Callable[[str], MainWindow]:
    def make(family: str) -> MainWindow:
        window = make_window(populated_dir)
        unlock(qtbot, window)
        open_dossier(qtbot, window, family)
        return window

    return make


def text_of(widget: QWidget) -> str:
    return widget.text()  # type: ignore[attr-defined]
