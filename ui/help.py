"""Help: F1 for the screen on view, the shortcut overview (Ctrl+/) and the first steps.

The pages are HTML files shipped in ``resources/help/<language>/`` (offline, one per screen)
and shown in a :class:`QTextBrowser`. A link ``action:<objectName>`` in a page triggers that
action of the main window, so the first-steps page is a checklist one can click through. The
shortcut overview is built from the window's real actions and shortcuts, never typed by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import current_language
from desktop.resources import resource_path
from ui.widgets import fit_to_screen

#: The page shown when a screen has none of its own.
DEFAULT_PAGE = "caseload"

#: The help page of each dialog (by class), shipped as ``dialog_<name>.html`` per language.
DIALOG_PAGES = {
    "KoppelingDialog": "dialog_registration",
    "MemberDialog": "dialog_member",
    "MemberEditDialog": "dialog_member",
    "AdminDialog": "dialog_admin",
    "ConsultantChoice": "dialog_assign",
    "TalkDialog": "dialog_talk",
    "PapersDialog": "dialog_papers",
    "HandoutDialog": "dialog_handouts",
    "BatchDialog": "dialog_batch",
    "CrashDialog": "dialog_crash",
    "LanguageChooser": "dialog_languages",
    "HelpDialog": "dialog_help",
    "ShortcutsDialog": "dialog_shortcuts",
    "SyncSettingsDialog": "dialog_sync_settings",
    "TeamLaptopsDialog": "dialog_laptops",
    "ConflictsDialog": "dialog_conflicts",
    "QMessageBox": "dialog_question",
}


def dialog_page(dialog: QWidget) -> str | None:
    """The help page of a dialog (its ``help_page`` property, else by its class)."""
    own = dialog.property("help_page")
    if isinstance(own, str) and own:
        return own
    for kind in type(dialog).__mro__:
        if kind.__name__ in DIALOG_PAGES:
            return DIALOG_PAGES[kind.__name__]
    return None


def help_folder(language: str) -> Path:
    """The folder of the help pages in ``language`` (Dutch when there are none in it)."""
    folder = resource_path("help", language)
    return folder if folder.is_dir() else resource_path("help", "nl")


def help_page(page: str, language: str) -> Path:
    """The file of one help page (the caseload's when ``page`` has none)."""
    path = help_folder(language) / f"{page}.html"
    return path if path.is_file() else help_folder(language) / f"{DEFAULT_PAGE}.html"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(key, what it does) for every action and shortcut of ``window`` and its children,
    in the native text of the key, sorted by what it does; each once."""
    found: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        text = _plain(action.text())
        for sequence in action.shortcuts():
            if text and not sequence.isEmpty():
                found[(sequence.toString(QKeySequence.SequenceFormat.NativeText), text)] = None
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.whatsThis()
        for sequence in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
            if text and not sequence.isEmpty():
                found[(sequence.toString(QKeySequence.SequenceFormat.NativeText), text)] = None
    return sorted(found, key=lambda row: (row[1].casefold(), row[0]))


class HelpDialog(QDialog):
    """One help page in a browser; links lead to other pages or trigger window actions."""

    def __init__(
        self,
        page: str,
        *,
        language: str,
        run_action: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self._language, self._run_action = language, run_action
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("help_close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 560)
        self.setWindowTitle(self.tr("Help"))
        self.show_page(page)
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.browser.setAccessibleName(self.tr("Help page"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def show_page(self, page: str) -> None:
        """Show one page of the help (by its name: ``caseload``, ``first_steps``, …)."""
        self.page = page
        self.browser.setSource(QUrl.fromLocalFile(str(help_page(page, self._language))))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "action":
            if self._run_action(url.path()):
                self.accept()
            return
        name = Path(url.path()).stem
        if name:
            self.show_page(name)


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, read from its actions (Ctrl+/)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (key, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("shortcuts_close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 520)
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def rows(self) -> list[tuple[str, str]]:
        """The table's (key, what it does) rows."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


def _within(widget: QWidget, ancestor: QWidget) -> bool:
    """Whether ``ancestor`` is ``widget`` or one of its parents, across windows."""
    parent: QWidget | None = widget
    while parent is not None and parent is not ancestor:
        parent = parent.parentWidget()
    return parent is ancestor


class HelpActions(QObject):
    """The Help menu's actions for one main window.

    ``screen_page`` names the help page of the screen on view (``caseload``, ``dossier``, …).
    """

    def __init__(self, window: QMainWindow, screen_page: Callable[[], str]) -> None:
        super().__init__(window)
        self._window, self._screen_page = window, screen_page
        self.help_action = QAction(window)
        self.help_action.setObjectName("help_action")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.help_action.shortcut().isEmpty():  # no platform default: F1 everywhere
            self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(lambda _checked=False: self.show_help())
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setObjectName("shortcuts_action")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(lambda _checked=False: self.show_shortcuts())
        self.first_steps_action = QAction(window)
        self.first_steps_action.setObjectName("first_steps_action")
        self.first_steps_action.triggered.connect(
            lambda _checked=False: self.show_help("first_steps")
        )
        for action in (self.help_action, self.shortcuts_action):
            window.addAction(action)  # works on every screen, also without the menu bar
        self.dialog: QDialog | None = None
        self.retranslate()
        app = QApplication.instance()
        if app is not None:  # F1 inside a dialog: modal ones block the window's own shortcut
            app.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.help_action, self.shortcuts_action, self.first_steps_action]

    def retranslate(self) -> None:
        self.help_action.setText(self.tr("&Help for this screen"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.first_steps_action.setText(self.tr("&First steps"))

    def show_help(self, page: str | None = None) -> HelpDialog:
        """Open the help page of the screen on view (or ``page``)."""
        dialog = HelpDialog(page or self._screen_page(), language=current_language(),
                            run_action=self._run, parent=self._window)  # fmt: skip
        self._open(dialog)
        return dialog

    def show_dialog_help(self, dialog: QDialog) -> HelpDialog:
        """Open the help page of ``dialog`` over it (F1 inside a dialog)."""
        page = dialog_page(dialog) or self._screen_page()
        if isinstance(dialog, HelpDialog):  # the help about the help, in the same window
            dialog.show_page(page)
            return dialog
        help_dialog = HelpDialog(page, language=current_language(), run_action=self._run,
                                 parent=dialog)  # fmt: skip
        self._open(help_dialog)
        return help_dialog

    def _own_dialog(self, widget: QWidget) -> QDialog | None:
        """The dialog ``widget`` is in, when that dialog belongs to this window."""
        window = widget.window()
        if not isinstance(window, QDialog):
            return None
        if window.parentWidget() is None:  # an app-wide dialog (the crash report)
            return window
        return window if _within(window, self._window) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if QKeySequence(event.keyCombination()) != self.help_action.shortcut():
            return False
        dialog = self._own_dialog(watched)
        if dialog is None:
            return False
        event.accept()  # the override: a key press follows instead of the window's shortcut
        if kind == QEvent.Type.KeyPress:
            self.show_dialog_help(dialog)
        return True

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the overview of every shortcut (Ctrl+/)."""
        dialog = ShortcutsDialog(self._window)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None and not _within(dialog, self.dialog):
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _run(self, name: str) -> bool:
        """Trigger the window's action ``name`` when it is available now."""
        action = self._window.findChild(QAction, name)
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True
