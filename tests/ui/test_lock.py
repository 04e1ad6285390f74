"""Locking: back to the unlock screen with nothing personal left in any widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QWidget

from tests.ui.conftest import CONSULTANTS, PEOPLE, unlock


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could see in the window: labels, fields, combos, table cells."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.index(row, column).data() or ""))
    return texts


def personal_strings() -> list[str]:
    result = list(CONSULTANTS)
    for someone in PEOPLE:
        result += [someone.family, someone.given, someone.original]
        result += [x[-3:] for x in (someone.bsn, someone.v_nummer) if x]
    return [s for s in result if s]


def test_lock_hides_everything_personal(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.search.setText("Haddad")
    before = " ".join(visible_texts(window))
    assert "Haddad" in before and "Anna de Vries" in before

    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock
    assert window.store is None
    after = " ".join(visible_texts(window))
    leaks = [s for s in personal_strings() if s in after]
    assert leaks == []
    # Also the hidden caseload widgets hold nothing any more.
    assert window.caseload.model.rowCount() == 0
    assert window.caseload.search.text() == ""
    assert window.windowTitle() == "Wegwijzer"
    assert window.counts.text() == ""

    unlock(qtbot, window)
    assert "Haddad, Rami" in window.caseload.visible_texts()
