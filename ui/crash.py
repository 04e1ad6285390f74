"""The crash handler: an exception nobody caught is saved as a report and shown in a dialog.

``sys.excepthook`` receives what escapes the main thread, and PySide6 hands it exceptions
raised in slots too; ``threading.excepthook`` what escapes another thread. The report
(desktop/diagnostics.py) holds no personal data: versions, platform and the traceback's
frames and exception types. The dialog is not modal, so the app goes on, and it is opened
from the event loop, never from inside the slot that failed or from another thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.diagnostics import crash_report, exception_of, safe_traceback, write_crash_report

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """Says that something unexpected happened, where the report is, and copies it."""

    def __init__(self, report: str, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Wegwijzer: unexpected error"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong that Wegwijzer did not expect. What you saved before "
                "is safe. You can go on working; if this happens again, restart Wegwijzer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if path is not None:
            where = self.tr(
                "A report without personal data was saved as:\n{path}\n"
                "Send it to your administrator when you ask for help."
            ).format(path=str(path))
        else:
            where = self.tr("The report could not be saved; copy it instead.")
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.text = QPlainTextEdit(report)
        self.text.setObjectName("crash_report")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(buttons)
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.text.setAccessibleName(self.tr("Error report"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def copy(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report)
        self.status.setText(self.tr("The report is on the clipboard."))


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``.

    Signals:
        crashed(str, str): a report was made (its text, and the file it was saved in or "");
            connected queued, so the dialog opens from the event loop of the GUI thread.
    """

    crashed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.last_report: Path | None = None
        self._previous: tuple[Callable[..., Any], Callable[..., Any]] | None = None
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over both hooks (until :meth:`uninstall`)."""
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them before."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self.handle(exception_of(kind, value, tb), thread=threading.current_thread().name)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        error = exception_of(args.exc_type, args.exc_value, args.exc_traceback)
        self.handle(error, thread=args.thread.name if args.thread is not None else "")

    def handle(self, error: BaseException, *, thread: str = "") -> None:
        """Log the crash, save the report and ask the GUI thread to show it."""
        extra = {"qt": qVersion(), "pyside6": PySide6.__version__}
        report = crash_report(error, thread=thread, extra=extra)
        log.critical("Unhandled exception in thread %s", thread, exc_info=error)
        path: Path | None
        try:
            path = write_crash_report(report)
        except OSError:
            log.exception("The crash report could not be saved")
            path = None
        self.last_report = path
        if sys.stderr is not None:  # a windowed bundle has no console
            print(safe_traceback(error), file=sys.stderr)
        self.crashed.emit(report, str(path) if path else "")

    @Slot(str, str)
    def _show(self, report: str, path: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; every report is saved all the same
        self.dialog = CrashDialog(report, Path(path) if path else None)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.show()
