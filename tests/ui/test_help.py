"""Help: F1 per screen and language, the first steps checklist, the shortcut overview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from desktop.resources import resource_path
from tests.ui.conftest import unlock
from tests.ui.dossier.conftest import open_dossier
from ui.help import HelpDialog, ShortcutsDialog


def test_every_screen_has_a_help_page_in_both_languages() -> None:
    for language in ("nl", "en"):
        folder = resource_path("help", language)
        names = {path.stem for path in folder.glob("*.html")}
        assert {"caseload", "dossier", "today", "agenda", "reports", "unlock", "first_run",
                "first_steps", "shortcuts"} <= names  # fmt: skip


def test_f1_opens_the_help_of_the_screen_on_view(qtbot, make_window, populated_dir: Path) -> None:
    window = make_window(populated_dir)
    window.help.help_action.trigger()
    assert window.help.dialog.page == "unlock"
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Tesfay")
    window.help.help_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, HelpDialog) and dialog.page == "dossier"
    assert "klantreis" in dialog.browser.toPlainText()
    window.set_language("en")
    window.help.help_action.trigger()
    assert "On the left the klantreis" in window.help.dialog.browser.toPlainText()
    window.help.dialog.close_button.click()
    assert window.help.dialog is None


def test_the_first_steps_run_the_actions_they_name(qtbot, make_window, populated_dir) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    assert window.help.first_steps_action in window.help_menu.actions()
    window.help.first_steps_action.trigger()
    dialog = window.help.dialog
    assert dialog.page == "first_steps"
    assert "action:register_action" in dialog.browser.toHtml()
    dialog.browser.anchorClicked.emit(QUrl("action:register_action"))
    assert window.registration is not None and window.registration.isVisible()
    window.registration.reject()
    window.help.first_steps_action.trigger()
    window.help.dialog.browser.anchorClicked.emit(QUrl("shortcuts.html"))
    assert window.help.dialog.page == "shortcuts"


def test_the_shortcut_overview_is_read_from_the_real_actions(qtbot, make_window, populated_dir):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.help.shortcuts_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict((text, key) for key, text in dialog.rows())
    assert rows["Nieuwe koppeling"] == "Ctrl+N"
    assert rows["In een formulier: opslaan"] == "Ctrl+S"
    assert rows["In een datumveld: de datum van vandaag"] == "Ctrl+;"
    assert rows["Help bij dit scherm"] == "F1"
    window.register_action.setShortcut("Ctrl+Shift+N")  # the overview follows the wiring
    window.help.shortcuts_action.trigger()
    assert dict((t, k) for k, t in window.help.dialog.rows())["Nieuwe koppeling"] == "Ctrl+Shift+N"


def test_f1_in_every_dialog_opens_its_own_help(qtbot, make_window, populated_dir: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from tests.ui.screens import app_screens
    from ui.help import DIALOG_PAGES, dialog_page

    window = make_window(populated_dir)
    pages: dict[str, str] = {}
    for name, screen in app_screens(qtbot, window):
        dialog = screen.window()
        if not isinstance(dialog, QDialog) or (name.startswith("admin_") and name != "admin_0"):
            continue
        target = dialog.focusWidget() or dialog
        qtbot.keyClick(target, Qt.Key.Key_F1)
        shown = window.help.dialog
        assert isinstance(shown, HelpDialog), name
        expected = dialog_page(dialog)
        assert expected is not None and shown.page == expected, name
        assert shown is dialog or shown.parentWidget() is dialog, name  # usable over a modal one
        assert shown.isVisible(), name
        text = shown.browser.toPlainText()
        assert text.strip() and "Caseload" in text, name  # the page, in Dutch
        pages[name] = shown.page
        if shown is not dialog:
            shown.close_button.click()
    walked = set(pages.values())
    assert walked >= set(DIALOG_PAGES.values()) - {"dialog_member_edit", "dialog_question"}


def test_every_dialog_has_a_help_page_in_both_languages() -> None:
    from ui.help import DIALOG_PAGES

    for language in ("nl", "en"):
        names = {path.stem for path in resource_path("help", language).glob("*.html")}
        assert set(DIALOG_PAGES.values()) <= names, language


def test_f1_in_the_pip_confirmation_and_in_english(qtbot, make_window, populated_dir) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window(populated_dir)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Haddad")  # has a signed PIP
    window.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    seen: list[tuple[str, str]] = []

    def press_f1() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not asked yet: look again in a moment
            QTimer.singleShot(20, press_f1)
            return
        qtbot.keyClick(box, Qt.Key.Key_F1)
        shown = window.help.dialog
        seen.append((shown.page, shown.browser.toPlainText()))
        shown.close()
        box.reject()

    window.dossier.show_tab("pip")
    pip = window.dossier.pages["pip"]
    QTimer.singleShot(0, press_f1)
    assert pip.new_button.isEnabled()
    qtbot.mouseClick(pip.new_button, Qt.MouseButton.LeftButton)  # "New version": confirm first
    assert seen and seen[0][0] == "dialog_question"
    assert "A question to confirm" in seen[0][1]  # the English page
    window.set_language("nl")
