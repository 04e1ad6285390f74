"""Every shortcut the README and the help pages promise is pressed, and its effect checked.

The keys are read from the documents themselves: a shortcut documented without a check here,
or a check for a shortcut no longer documented, fails; so does a shortcut whose wiring broke.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialog, QWidget

from tests.ui.conftest import TODAY, unlock
from tests.ui.dossier.conftest import open_dossier
from ui.agenda.talk_dialog import TalkDialog
from ui.handouts.dialog import HandoutDialog
from ui.help import HelpDialog, ShortcutsDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def readme_keys() -> list[str]:
    """The keys of the shortcut table in the README's Help paragraph."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("| key | what it does |", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^\s*\| ([^|]+?) \| [^|]+ \|$", table, re.MULTILINE)[1:]  # not "---"


def help_keys(language: str) -> list[str]:
    """The keys of the shortcuts help page."""
    page = ROOT / "resources" / "help" / language / "shortcuts.html"
    return re.findall(r"<tr><td>([^<]+)</td>", page.read_text(encoding="utf-8"))


def press(qtbot, widget: QWidget, keys: str) -> None:
    """Press ``keys`` ("Ctrl+N", "Alt+Left") on ``widget`` as a user would."""
    combination = QKeySequence(keys)[0]
    widget.setFocus()
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def close_dialogs(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_dialog(kind: type) -> QDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)  # fmt: skip


# Each check: (where the key is pressed, what must have happened). ``where`` prepares the
# window and returns the widget with the focus; ``then`` asserts the effect.
Where = Callable[[object, MainWindow], QWidget]


def on_caseload(qtbot, window: MainWindow) -> QWidget:
    return window.caseload.search


def watching_sync(qtbot, window: MainWindow) -> QWidget:
    window.sync_started = []  # type: ignore[attr-defined]
    window.sync.controller.running_changed.connect(window.sync_started.append)
    return window.caseload.search


def on_today(qtbot, window: MainWindow) -> QWidget:
    window.show_today()
    return window.today_view.table


def in_dossier(qtbot, window: MainWindow) -> QWidget:
    open_dossier(qtbot, window, "Tesfay")
    return window.dossier.tabs


def in_form(qtbot, window: MainWindow) -> QWidget:
    open_dossier(qtbot, window, "Tesfay")
    window.dossier.show_tab("koffie_en_koek")
    field = window.dossier.form("koffie_en_koek").editors["place_detail"].widget
    field.setFocus()
    qtbot.keyClicks(field, "Kamer 3")
    return field


def in_date_field(qtbot, window: MainWindow) -> QWidget:
    open_dossier(qtbot, window, "Tesfay")
    window.dossier.show_tab("koffie_en_koek")
    return window.dossier.form("koffie_en_koek").editors["held_on"].widget


def in_search(qtbot, window: MainWindow) -> QWidget:
    qtbot.keyClicks(window.caseload.search, "tesfay")
    return window.caseload.search


def kek(window: MainWindow):
    return window.dossier.form("koffie_en_koek")


CHECKS: dict[str, tuple[Callable, Callable[[object, MainWindow], None]]] = {
    "F1": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: isinstance(w.help.dialog, HelpDialog) and w.help.dialog.page == "caseload")),
    "Ctrl+/": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: isinstance(w.help.dialog, ShortcutsDialog)
        and ("Ctrl+N" in {k for k, _t in w.help.dialog.rows()}))),
    "Ctrl+N": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.registration is not None and w.registration.isVisible())),
    "Ctrl+1": (on_today, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.caseload)),
    "Ctrl+2": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.today_view)),
    "Ctrl+3": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.agenda_view)),
    "Ctrl+4": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.reports_view)),
    "Ctrl+L": (on_caseload, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.store is None and w.stack.currentWidget() is w.unlock)),
    "F5": (watching_sync, lambda qtbot, w: qtbot.waitUntil(lambda: True in w.sync_started)),
    "Ctrl+J": (in_dossier, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.dossier.tabs.currentIndex() != 0)),
    "Ctrl+P": (in_dossier, lambda qtbot, w: qtbot.waitUntil(
        lambda: open_dialog(HandoutDialog) is not None)),
    "Ctrl+T": (in_dossier, lambda qtbot, w: qtbot.waitUntil(
        lambda: open_dialog(TalkDialog) is not None)),
    "Alt+Left": (in_dossier, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.caseload)),
    "Ctrl+S": (in_form, lambda qtbot, w: qtbot.waitUntil(
        lambda: kek(w)._stored.get("place_detail") == "Kamer 3")),
    "Ctrl+Enter": (in_form, lambda qtbot, w: qtbot.waitUntil(
        lambda: kek(w).editors["coa_casemanager"].error.isVisible()
        or kek(w)._stored.get("place_detail") == "Kamer 3")),
    "Alt+Backspace": (in_form, lambda qtbot, w: qtbot.waitUntil(
        lambda: kek(w).editors["place_detail"].value() == "")),
    "Ctrl+;": (in_date_field, lambda qtbot, w: qtbot.waitUntil(
        lambda: kek(w).editors["held_on"].widget.text() == TODAY.strftime("%d-%m-%Y"))),
    "Alt+Down": (in_date_field, lambda qtbot, w: qtbot.waitUntil(
        lambda: any(c.isVisible() for c in kek(w).editors["held_on"].widget.findChildren(
            QCalendarWidget)))),
    "Enter": (in_search, lambda qtbot, w: qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.dossier and w.dossier.dossier is not None)),
    "Down": (in_search, lambda qtbot, w: qtbot.waitUntil(w.caseload.table.hasFocus)),
}  # fmt: skip


def test_the_readme_and_the_help_pages_document_the_same_shortcuts() -> None:
    documented = readme_keys()
    assert documented, "no shortcut table found in the README"
    assert documented == help_keys("nl") == help_keys("en")
    assert set(documented) == set(CHECKS)  # a documented key without a check, or the reverse


@pytest.mark.qt_log_ignore(
    "does not support raise", "grabbing the keyboard", "does not support propagateSizeHints"
)
@pytest.mark.parametrize("keys", readme_keys())
def test_each_documented_shortcut_does_what_it_says(
    qtbot, make_window, populated_dir: Path, keys: str
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    where, then = CHECKS[keys]
    widget = where(qtbot, window)
    press(qtbot, widget, keys)
    then(qtbot, window)
    close_dialogs(qtbot, window)
