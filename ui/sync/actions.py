"""The sync entries of the main window: a menu, the status-bar widget, the dialogs.

Signals:
    data_changed(str): a sync brought in changes (the argument is empty: many people).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.changes import ChangeSet
from desktop.store import Store
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.sync.report import SyncReport
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.controller import SyncController
from ui.sync.settings_dialog import SyncSettingsDialog
from ui.sync.status_widget import SyncStatusWidget
from ui.worker import TaskRunner


class SyncActions(QObject):
    """``sync_action``, ``settings_action`` and ``conflicts_action`` in a Sync menu."""

    data_changed = Signal(str)

    def __init__(
        self, window: QMainWindow, runner: TaskRunner, *, params: Argon2Params = DEFAULT_ARGON2
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._params = params
        self.store: Store | None = None
        self.controller = SyncController(runner, self)
        self.status = SyncStatusWidget(self.controller)
        window.statusBar().addPermanentWidget(self.status)
        bar = window.menuBar()
        self.menu = QMenu(window)
        help_menu = bar.actions()[-1] if bar.actions() else None  # Help stays last
        bar.insertMenu(help_menu, self.menu) if help_menu else bar.addMenu(self.menu)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut("F5")
        self.sync_action.triggered.connect(self.controller.sync_now)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("sync_settings_action")
        self.settings_action.triggered.connect(self.open_settings)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        for action in (self.sync_action, self.conflicts_action, self.settings_action):
            self.menu.addAction(action)
        self.status.conflicts_requested.connect(self.open_conflicts)
        self.controller.synced.connect(self._synced)
        self.controller.running_changed.connect(lambda running: self.sync_action.setEnabled(
            not running and self.store is not None))  # fmt: skip
        self.set_store(None)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Sync"))
        self.sync_action.setText(self.tr("Synchronise &now"))
        self.settings_action.setText(self.tr("Team &folder…"))
        self.conflicts_action.setText(self.tr("&Conflicts…"))

    def set_store(self, store: Store | None, *, refresh: bool = True) -> None:
        """Follow the unlocked store; None when locked (dialogs closed, status cleared).

        ``refresh=False``: the caller asks for the first status later (see ``refresh``).
        """
        self.store = store
        for action in (self.sync_action, self.settings_action, self.conflicts_action):
            action.setEnabled(store is not None)
        if store is None:
            self.status.clear()
            for dialog in self._window.findChildren(ConflictsDialog):
                dialog.reject()
            for settings in self._window.findChildren(SyncSettingsDialog):
                settings.reject()
        self.controller.set_store(store, refresh=refresh)

    def refresh(self) -> None:
        """Count pending changes and conflicts again, off the GUI thread."""
        self.controller.refresh()

    def open_settings(self) -> SyncSettingsDialog | None:
        if self.store is None:
            return None
        dialog = SyncSettingsDialog(self.store, self._runner, params=self._params,
                                    parent=self._window)  # fmt: skip
        dialog.finished.connect(lambda _result: self.controller.refresh())
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog | None:
        if self.store is None:
            return None
        dialog = ConflictsDialog(self.store, self._runner, parent=self._window)
        dialog.finished.connect(lambda _result: self._after_conflicts(dialog))
        dialog.open()
        return dialog

    def changes_arrived(self, changes: ChangeSet) -> None:
        """The store changed: open conflict screens list what is open now; counts follow."""
        if self.store is None:
            return
        if changes.sources & {"sync", "conflict"}:
            for dialog in self._window.findChildren(ConflictsDialog):
                if dialog.isVisible() and not dialog.busy:
                    dialog.reload()
        if not self.controller.running:  # a running sync counts again when it ends
            self.controller.refresh()

    def _after_conflicts(self, dialog: ConflictsDialog) -> None:
        if dialog.resolved_count:
            self.data_changed.emit("")
        self.controller.refresh()

    def _synced(self, report: SyncReport) -> None:
        if report.received:
            self.data_changed.emit("")
