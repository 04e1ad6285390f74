"""The store's change reports as one Qt signal on the GUI thread.

A save, a sync, a conflict choice, an import or a retention deletion commits on whatever
thread ran it (often a worker); :class:`ChangeRelay` subscribes to the store's publisher and
re-emits each :class:`desktop.changes.ChangeSet` as a queued signal, so that the screens
refresh on the GUI thread, never from the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.changes import ChangeSet
from desktop.store import Store


class ChangeRelay(QObject):
    """Follows one unlocked store.

    Signals:
        changed(ChangeSet): a transaction of the store committed these changes.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None

    def set_store(self, store: Store | None) -> None:
        """Listen to ``store`` (None: to nothing, on lock)."""
        if self._store is not None:
            self._store.changes.unsubscribe(self._heard)
        self._store = store
        if store is not None:
            store.changes.subscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        # Any thread: emitting is safe, the connected slots run queued on the GUI thread.
        self.changed.emit(changes)
