"""The one way to run slow work (Argon2, loading the caseload) off the GUI thread.

The function runs on a QThreadPool thread; its result or exception comes back to the GUI
thread through a queued signal, where the callbacks run. Callbacks may touch widgets; the
function itself never may.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; its signals, emitted from a pool thread, arrive queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_result = on_result
        self._on_error = on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        self._runner._finished(self)
        self._on_result(value)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        self._runner._finished(self)
        self._on_error(error)


class _Task(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        # Python owns the task until its result is delivered; a pool thread deleting a
        # Python-made runnable races with the garbage collector.
        self.setAutoDelete(False)
        self._function = function
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            log.warning("A background task failed", exc_info=error)
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs functions on a thread pool and calls back on the GUI thread.

    Signals:
        busy_changed(bool): True while at least one task is running.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._pending: dict[_Relay, _Task] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        function: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``function()`` off the GUI thread; then ``on_result(value)`` or ``on_error(exc)``."""
        relay = _Relay(self, on_result, on_error)
        was_busy = self.busy
        task = _Task(function, relay)
        self._pending[relay] = task
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(task)

    def _finished(self, relay: _Relay) -> None:
        self._pending.pop(relay, None)
        relay.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown and tests); True when it is."""
        return self._pool.waitForDone(msecs)
