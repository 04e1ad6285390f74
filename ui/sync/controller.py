"""Runs syncs off the GUI thread (through the one TaskRunner) and keeps the status current."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.access.team import sync
from desktop.store import Store, settings
from desktop.store.errors import StoreError
from desktop.sync.errors import NotInTeam, ShareUnavailable
from desktop.sync.report import SyncReport
from desktop.sync.status import SyncStatus, sync_status
from ui.worker import TaskRunner

#: How often automatic sync looks whether the share is reachable.
AUTO_SYNC_MS = 5 * 60 * 1000


class _ProgressRelay(QObject):
    """Lives in the GUI thread: a sync's progress, emitted from the pool, arrives queued."""

    progress = Signal(int, int, str)


class SyncController(QObject):
    """Sync now, sync automatically when the share is reachable, and report the state.

    Signals:
        status_changed(object): a SyncStatus after loading or after a sync.
        progress(int, int, str): done, total and the phase of a running sync.
        synced(object): the SyncReport of a finished sync.
        failed(str): the Dutch message of a sync that could not run.
        running_changed(bool): a sync started or ended.
    """

    status_changed = Signal(object)
    progress = Signal(int, int, str)
    synced = Signal(object)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.store: Store | None = None
        self.running = False
        self._quiet = False
        # Each status count has a number; only the newest one's result is shown, so that a
        # count begun before a sync cannot overwrite the one made after it.
        self._count = 0
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self.progress)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.auto_sync)

    def set_store(self, store: Store | None, *, refresh: bool = True) -> None:
        """Start following a freshly unlocked store (None when locked).

        ``refresh=False`` leaves the first status count to the caller: right after unlock it
        would compete with loading the caseload, which the consultant is waiting for.
        """
        self.store = store
        if store is None:
            self.timer.stop()
            return
        self.timer.start()
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Reload the status (pending changes are counted off the GUI thread)."""
        store = self.store
        if store is None:
            return
        self._count += 1
        count = self._count
        self._runner.run(
            lambda: sync_status(store), lambda status: self._status_loaded(count, status),
            self._ignore,
        )  # fmt: skip

    def _status_loaded(self, count: int, status: SyncStatus) -> None:
        if self.store is not None and count == self._count and not self.running:
            self.status_changed.emit(status)

    def _ignore(self, _error: Exception) -> None:
        return None

    def sync_now(self, *, quiet: bool = False) -> bool:
        """Start a sync unless one runs; True when started.

        ``quiet`` (automatic sync): an unreachable share or no team is not reported.
        """
        store = self.store
        if store is None or self.running:
            return False
        self._quiet = quiet
        self._count += 1  # a count still running is of before this sync: not shown
        self.running = True
        self.running_changed.emit(True)
        relay = self._relay
        self._runner.run(
            lambda: sync(store, progress=relay.progress.emit),  # audited: what left, where
            self._finished,
            self._failed,
        )
        return True

    def auto_sync(self) -> None:
        """Sync in the background when in a team; an unreachable share is checked (off the
        GUI thread, as a hung network drive can block for long) and silently skipped."""
        store = self.store
        if store is not None and settings.SYNC_TEAM_ID.get(store):
            self.sync_now(quiet=True)

    def _finished(self, report: SyncReport) -> None:
        self.running = False
        self.running_changed.emit(False)
        self.synced.emit(report)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.running_changed.emit(False)
        if not isinstance(error, StoreError):
            raise error
        if not (self._quiet and isinstance(error, ShareUnavailable | NotInTeam)):
            self.failed.emit(str(error))
        self.refresh()
