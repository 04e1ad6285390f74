"""Every screen and dialog of the app, opened one after the other through the real window.

Used by the accessibility smoke test and the laptop-size checks (which also save screenshots
when ``WEGWIJZER_SHOTS`` names a folder). Each entry is opened the way a user opens it where
that is cheap (an action, a button), and closed again before the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.roster import roster
from tests.conftest import FAST_KDF
from tests.ui.conftest import TODAY, unlock
from tests.ui.dossier.conftest import open_dossier
from ui.admin.team import ConsultantChoice
from ui.crash import CrashDialog
from ui.dossier.dossier_page import TABS
from ui.first_run import FirstRunPage
from ui.main_window import MainWindow
from ui.registration import MemberDialog


def settle(qtbot, window: MainWindow | None = None) -> None:
    """Let loads finish and layouts settle."""
    if window is not None:
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    QApplication.processEvents()


def _dialog(qtbot, window: MainWindow, dialog: QDialog | None, name: str):
    assert dialog is not None, name
    dialog.show()
    settle(qtbot, window)
    yield name, dialog
    dialog.reject()
    dialog.close()
    settle(qtbot, window)


def first_run_screens(qtbot, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """The first-run page of a window on an empty folder."""
    window = MainWindow(folder, today=TODAY, params=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    page = window.findChild(FirstRunPage)
    assert page is not None
    settle(qtbot, window)
    yield "first_run", window


def app_screens(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every screen of an unlocked-able window on the test caseload, then every dialog."""
    settle(qtbot, window)
    yield "unlock", window
    unlock(qtbot, window)
    settle(qtbot, window)
    yield "caseload", window
    window.caseload.consultant.setCurrentIndex(2)  # not the consultant of Haddad
    window.caseload.search.setText("haddad")
    window.caseload.apply_filter()
    yield "caseload_no_match", window
    window.caseload.search_assist.search_everyone()
    window.caseload.search.clear()
    window.caseload.apply_filter()
    window.show_today()
    settle(qtbot, window)
    yield "today", window
    window.show_agenda()
    settle(qtbot, window)
    yield "agenda", window
    window.show_reports()
    settle(qtbot, window)
    yield "reports", window
    window.show_caseload()
    open_dossier(qtbot, window, "Haddad")
    settle(qtbot, window)
    for key in TABS:
        window.dossier.show_tab(key)
        settle(qtbot, window)
        yield f"dossier_{key}", window
    # dialogs, from the dossier where they belong there
    window.dossier.talks.plan()
    yield from _dialog(qtbot, window, window.dossier.talks.dialog, "talk_dialog")
    window.dossier.handouts_button.click()
    handouts = window.handouts.dialogs[-1] if window.handouts.dialogs else None
    yield from _dialog(qtbot, window, handouts, "handout_dialog")
    window.dossier.papers_button.click()
    yield from _dialog(qtbot, window, window.dossier.papers_dialog, "papers_dialog")
    window.dossier.show_tab("person")
    languages = window.dossier.form("person").editors["languages"].widget
    yield from _dialog(qtbot, window, languages.choose(), "language_chooser")
    window.show_caseload()
    yield from _dialog(qtbot, window, window.register_newcomer(), "registration_dialog")
    yield from _dialog(qtbot, window, MemberDialog(TODAY, window), "member_dialog")
    yield from _dialog(qtbot, window, window.handouts.open_batch(), "batch_dialog")
    sync_settings = window.sync.open_settings()
    yield from _dialog(qtbot, window, sync_settings, "sync_settings_dialog")
    assert sync_settings is not None
    yield from _dialog(qtbot, window, sync_settings.open_laptops(), "laptops_dialog")
    yield from _dialog(qtbot, window, window.sync.open_conflicts(), "conflicts_dialog")
    assert window.store is not None
    choice = ConsultantChoice(roster(window.store), title="Toewijzen aan", parent=window)
    yield from _dialog(qtbot, window, choice, "assign_dialog")
    window.admin.open_admin()
    admin = window.admin.dialog
    assert admin is not None
    for index in range(admin.tabs.count()):
        admin.tabs.setCurrentIndex(index)
        settle(qtbot, window)
        yield f"admin_{index}", admin
    admin.close()
    yield from _dialog(qtbot, window, window.help.show_help(), "help_dialog")
    yield from _dialog(qtbot, window, window.help.show_shortcuts(), "shortcuts_dialog")
    crash = CrashDialog("Traceback (most recent call last):\n  ...\nValueError: x", None, window)
    yield from _dialog(qtbot, window, crash, "crash_dialog")


def top_level(widget: QWidget) -> QWidget:
    """The window a screen or dialog is in."""
    return widget.window()


__all__ = ["Qt", "app_screens", "first_run_screens", "settle", "top_level"]
