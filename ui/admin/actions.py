"""The main window's admin menu, the inzage action and the auto-lock timer.

Signals:
    lock_requested(): the idle period passed; the main window locks.
    team_changed(): the team roster or the assignments changed.
    users_changed(): a user was linked to a consultant of the roster.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.access import policy
from desktop.access.roles import is_admin
from desktop.audit.trail import Action, record
from desktop.privacy.inzage import Inzage, file_stem, make_inzage
from desktop.store import Store
from desktop.store.atomic import write_atomic
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from ui.admin.dialog import AdminDialog
from ui.admin.idle import IdleLock
from ui.labels import error_message
from ui.worker import TaskRunner


class AdminActions(QObject):
    """Admin menu entries (shown to admins only), inzage, and auto-lock after idle time."""

    lock_requested = Signal()
    team_changed = Signal()
    users_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        runner: TaskRunner,
        *,
        today: date,
        current_person: Callable[[], str | None],
        params: Argon2Params = DEFAULT_ARGON2,
    ) -> None:
        super().__init__(window)
        self._window, self._runner, self._today = window, runner, today
        self._current_person, self._params = current_person, params
        self.store: Store | None = None
        self.dialog: AdminDialog | None = None
        self.admin_action = QAction(window)
        self.admin_action.triggered.connect(lambda _checked=False: self.open_admin())
        self.team_action = QAction(window)
        self.team_action.setObjectName("team_action")
        self.team_action.triggered.connect(lambda _checked=False: self.open_admin("team"))
        self.inzage_action = QAction(window)
        self.inzage_action.triggered.connect(lambda: self.inzage())
        self.idle = IdleLock(self)
        self.idle.idle.connect(self.lock_requested)
        self.set_store(None)

    def retranslate(self) -> None:
        self.admin_action.setText(self.tr("&Users, audit trail and retention…"))
        self.team_action.setText(self.tr("&Team: consultants and caseloads…"))
        self.inzage_action.setText(self.tr("&Inzage export for this person…"))

    @property
    def admin(self) -> bool:
        return self.store is not None and is_admin(self.store)

    def set_store(self, store: Store | None) -> None:
        """Follow the unlocked store (None: locked: timer stopped, dialog closed)."""
        self.store = store
        self.admin_action.setEnabled(store is not None)
        self.team_action.setEnabled(store is not None)
        self.inzage_action.setEnabled(store is not None)
        if store is None:
            self.idle.stop()
            if self.dialog is not None:
                self.dialog.close()
                self.dialog.deleteLater()
                self.dialog = None
            return
        self.idle.start(policy.autolock_minutes(store) * 60_000)

    def open_admin(self, tab: str = "") -> None:
        """Show the admin dialog (admins only; the core refuses others too), at ``tab``."""
        if self.store is None or not self.admin:
            return
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        record(self.store, Action.AUDIT_VIEWED)
        self.dialog = AdminDialog(
            self.store, self._runner, today=self._today, params=self._params, parent=self._window
        )
        self.dialog.settings.save_button.clicked.connect(self._restart_idle)
        self.dialog.team.changed.connect(self.team_changed)
        self.dialog.users.linked.connect(self.users_changed)
        if tab == "team":
            self.dialog.tabs.setCurrentWidget(self.dialog.team)
        self.dialog.show()

    def changes_arrived(self, _changes: object) -> None:
        """Something was saved, synced or deleted: the open audit trail lists it."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.audit.refresh()
            self.dialog.retention.refresh()

    def _restart_idle(self) -> None:
        if self.store is not None:
            self.idle.start(policy.autolock_minutes(self.store) * 60_000)

    def inzage(self, folder: str | None = None) -> None:
        """Make the inzage (PDF + JSON) of the current person and save it in a chosen folder."""
        store, person_id = self.store, self._current_person()
        if store is None or person_id is None:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self._window, self.tr("Save the inzage in folder")
            )
            if not folder:
                return
        target, today = Path(folder), self._today

        def made(inzage: Inzage) -> None:
            stem = file_stem(person_id, today)
            try:
                write_atomic(target / f"{stem}.pdf", inzage.pdf)
                write_atomic(target / f"{stem}.json", inzage.json)
                for suffix, data in inzage.attachments:  # the scanned documents themselves
                    write_atomic(target / f"{stem}-{suffix}", data)
            except OSError as error:
                self._failed(error)
                return
            self.saved = target / f"{stem}.pdf"

        self._runner.run(lambda: make_inzage(store, person_id, today=today), made, self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._window, self.tr("Inzage"), error_message(error))
