"""Auto-lock: a timer that any keyboard, mouse or touch input restarts.

An application-wide event filter sees input to every window and dialog; when the timer runs
out, ``idle`` is emitted and the main window locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` after a period without input while started.

    Signals:
        idle(): the period passed without keyboard, mouse or touch input.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._installed = False
        self.period = 0

    def start(self, milliseconds: int) -> None:
        """Start (or restart) watching with this idle period."""
        self.period = milliseconds
        self.timer.setInterval(milliseconds)
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (the app is locked)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start(self.period)  # the full period again from this input
        return False
