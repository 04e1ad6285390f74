"""Print the klantreis for everyone of a coming ROL visit, with a progress bar.

The people are those whose Koffie en Koek is planned in the chosen days, or the rows selected
in the caseload. Each klantreis is in the person's own language; all are merged into one PDF
in memory, then printed or saved as one file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.access.names import my_consultant
from desktop.audit.trail import Action, record_for_people
from desktop.documents import DocumentKind, HandoutError, HandoutMaker
from desktop.documents.batch import koffie_en_koek_between, merge_pdfs
from desktop.documents.data import Contact
from desktop.store import Store, StoreError
from desktop.store.atomic import write_atomic
from ui.dates import DateEdit
from ui.handouts.output import ask_printer, ask_save_path
from ui.handouts.pages import Route, print_pdf
from ui.worker import TaskRunner

log = logging.getLogger(__name__)


class _Progress(QObject):
    """Lives in the GUI thread; ``step`` emitted from the worker arrives queued."""

    step = Signal(int, int)


class BatchDialog(QDialog):
    """Make the klantreis for a group at once.

    Signals:
        finished_batch(int): the merged PDF is ready, for this many people.
        printed(str): the batch went to the printer (route: file, queue, painted, cancelled).
        saved(str): the merged PDF was saved to this path.
    """

    finished_batch = Signal(int)
    printed = Signal(str)
    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        maker: HandoutMaker,
        runner: TaskRunner,
        *,
        today: date,
        selected: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klantreis for a ROL visit"))
        self._store, self._maker, self._runner, self._today = store, maker, runner, today
        self._selected = selected
        self.pdf: bytes | None = None
        self._people_made: list[str] = []
        self.printer: QPrinter | None = None
        self.print_dialog: QDialog | None = None
        self.file_dialog: QDialog | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.step.connect(self._advance)

        self.by_period = QRadioButton(self.tr("People whose Koffie en Koek is planned"))
        self.by_selection = QRadioButton(self.tr("The people selected in the caseload"))
        self.by_period.setChecked(True)
        self.start = DateEdit(today=today)
        self.start.setObjectName("batch_start")
        self.start.set_date(today)
        self.end = DateEdit(today=today)
        self.end.setObjectName("batch_end")
        self.end.set_date(today + timedelta(days=7))
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.make_button = QPushButton(self.tr("&Make"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.cancel_button = QPushButton(self.tr("&Stop printing"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.cancel_button.setVisible(False)

        form = QFormLayout()
        form.addRow(self.by_period)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&Until:"), self.end)
        form.addRow(self.by_selection)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.make_button,
            self.print_button,
            self.save_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        # clicked(bool) must not reach a method with an optional argument: it would arrive
        # as that argument.
        self.make_button.clicked.connect(lambda: self.make())
        self.print_button.clicked.connect(lambda: self.ask_print())
        self.save_button.clicked.connect(lambda: self.ask_save())
        self.cancel_button.clicked.connect(lambda: self.cancel_print())
        self.close_button.clicked.connect(self.reject)

    def _people(self) -> list[str]:
        if self.by_selection.isChecked():
            return self._selected()
        start, end = self.start.date(), self.end.date()
        if start is None or end is None:
            return []  # make() says which dates cannot be read
        return koffie_en_koek_between(self._store, start, end)

    def make(self) -> None:
        """Render every klantreis off the GUI thread, merging them into one PDF."""
        if self.by_period.isChecked() and (self.start.date() is None or self.end.date() is None):
            self.status.setText(self.tr("Type the dates as dd-mm-yyyy (for example 15-03-2026)."))
            return
        try:
            people = self._people()
        except StoreError as error:
            self.status.setText(str(error))
            return
        if not people:
            self.status.setText(self.tr("Nobody found for this choice."))
            return
        store, maker, today, progress = self._store, self._maker, self._today, self._progress

        def work() -> bytes:
            mine = Contact.of(my_consultant(store))  # for people without a consultant
            handouts = maker.batch(
                store, people, today=today, kind=DocumentKind.KLANTREIS,
                progress=progress.step.emit, archive=False,  # the merged file is PDF/A once
                mine=mine,
            )  # fmt: skip
            return merge_pdfs([handout.pdf for handout in handouts], title="Klantreizen")

        self.progress.setRange(0, len(people))
        self.progress.setValue(0)
        self.make_button.setEnabled(False)
        self.status.setText(
            self.tr("Making klantreis handouts: {count}…").format(count=len(people))
        )
        self._people_made = people
        self._runner.run(work, lambda pdf: self._done(pdf, len(people)), self._failed)

    def _advance(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self, pdf: bytes, count: int) -> None:
        self.pdf = pdf
        self.make_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Klantreis handouts ready: {count}.").format(count=count))
        self.finished_batch.emit(count)

    def _failed(self, error: Exception) -> None:
        self.make_button.setEnabled(True)
        if not isinstance(error, HandoutError):
            log.error("batch of handouts failed", exc_info=error)
        self.status.setText(
            str(error)
            if isinstance(error, HandoutError | StoreError)
            else self.tr("The handouts could not be made.")
        )

    def ask_print(self) -> None:
        """Open the system print dialog; printing starts when the consultant confirms."""
        if self.pdf is None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName("Wegwijzer")  # a print queue is shared: never a name
        self.print_dialog = ask_printer(self, self.printer, self.print_batch)

    def print_batch(self) -> None:
        """Print all pages in one job, off the GUI thread, with progress and a stop button."""
        if self.pdf is None or self.printer is None:
            return
        printer, pdf, progress, cancel = self.printer, self.pdf, self._progress, self._cancel
        cancel.clear()

        def work() -> Route | None:
            route = print_pdf(printer, pdf, progress=progress.step.emit, cancelled=cancel.is_set)
            return None if cancel.is_set() else route

        self.progress.setRange(0, 0)  # busy until the first page (or the queue) answers
        for button in (self.make_button, self.print_button, self.save_button):
            button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Printing…"))
        self._runner.run(work, self._printed, self._print_failed)

    def cancel_print(self) -> None:
        """Stop a print between two pages (a job already queued is the print system's)."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))

    def _print_ended(self) -> None:
        self.cancel_button.setVisible(False)
        for button in (self.make_button, self.print_button, self.save_button):
            button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)

    def _printed(self, route: Route | None) -> None:
        self._print_ended()
        if route is None:
            self.status.setText(self.tr("Printing stopped."))
            self.printed.emit("cancelled")
            return
        record_for_people(self._store, Action.PRINT, self._people_made, detail="klantreis (map)")
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit(route.value)

    def _print_failed(self, error: Exception) -> None:
        self._print_ended()
        if not isinstance(error, HandoutError | OSError):
            log.error("printing a batch failed", exc_info=error)
        self.status.setText(
            str(error)
            if isinstance(error, HandoutError | OSError)
            else self.tr("The handouts could not be printed.")
        )

    def ask_save(self) -> None:
        """Open a save dialog; the merged PDF is written when a file is chosen."""
        if self.pdf is None:
            return
        self.file_dialog = ask_save_path(
            self,
            self.tr("Save handouts"),
            "klantreizen.pdf",
            self.tr("PDF files (*.pdf)"),
            self.save_batch,
        )

    def save_batch(self, path: str) -> Path | None:
        """Save the merged PDF to ``path`` (atomically)."""
        if self.pdf is None or not path:
            return None
        target = Path(path)
        try:
            write_atomic(target, self.pdf, mode=0o600)
            record_for_people(self._store, Action.SAVE_DOCUMENT, self._people_made,
                              detail="klantreis (map)")  # fmt: skip
        except (OSError, StoreError) as error:
            self.status.setText(str(error))
            return None
        self.status.setText(self.tr("Saved as {file}").format(file=target.name))
        self.saved.emit(str(target))
        return target
