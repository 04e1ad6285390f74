"""The sync status in the status bar: last sync, pending changes, conflicts, progress."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.sync.report import SyncReport
from desktop.sync.status import SyncStatus
from ui.sync.controller import SyncController


class SyncStatusWidget(QWidget):
    """A compact status: text, a progress bar while syncing, and a conflicts button.

    Signals:
        conflicts_requested(): the conflicts button was clicked.
    """

    conflicts_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("sync_status")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.conflicts = QPushButton()
        self.conflicts.setFlat(True)
        self.conflicts.hide()
        self.conflicts.clicked.connect(self.conflicts_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.conflicts)
        self._status: SyncStatus | None = None
        self._message = ""
        controller.status_changed.connect(self.show_status)
        controller.progress.connect(self.show_progress)
        controller.running_changed.connect(self._running)
        controller.synced.connect(self._synced)
        controller.failed.connect(self._failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()  # the status text follows a language switch at once
        super().changeEvent(event)

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self._render()

    def clear(self) -> None:
        self._status = None
        self._message = ""
        self.label.clear()
        self.conflicts.hide()
        self.bar.hide()

    def _render(self) -> None:
        status = self._status
        if status is None:
            return
        if not status.in_team:
            self.label.setText(self.tr("Not synchronised (no team folder)"))
            self.conflicts.hide()
            return
        when = self.tr("never")
        if status.last_sync:
            moment = datetime.fromisoformat(status.last_sync).astimezone()
            when = moment.strftime("%d-%m %H:%M")
        text = self.tr("Last sync: {when} · {pending} pending").format(
            when=when, pending=status.pending
        )
        self.label.setText(f"{text} {self._message}".strip())
        self.conflicts.setVisible(status.conflicts > 0)
        self.conflicts.setText(self.tr("{count} conflict(s)").format(count=status.conflicts))

    def show_progress(self, done: int, total: int, _phase: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.bar.setValue(0)
        if running:
            self.label.setText(self.tr("Synchronising…"))

    def _synced(self, report: SyncReport) -> None:
        # What the sync found and fixed (a lost file written again, a restored laptop) and why
        # sending failed: Dutch texts of the core, shown until the next sync.
        self._message = " ".join([*report.notes, report.problem]).strip()
        self._render()

    def _failed(self, message: str) -> None:
        self._message = ""
        self.label.setText(message)
        self.label.setToolTip(message)
