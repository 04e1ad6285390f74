"""Print the klantreis for everyone of a coming ROL visit, with a progress bar.

The people are those whose Koffie en Koek is planned in the chosen days, or the rows selected
in the caseload. Each klantreis is in the person's own language; all are merged into one PDF
in memory, then printed or saved as one file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.trail import Action, record_for_people
from desktop.documents import DocumentKind, HandoutError, HandoutMaker
from desktop.documents.batch import koffie_en_koek_between, merge_pdfs
from desktop.store import Store, StoreError
from desktop.store.atomic import write_atomic
from ui.handouts.pages import page_images, paint_pages
from ui.worker import TaskRunner

log = logging.getLogger(__name__)


class _Progress(QObject):
    """Lives in the GUI thread; ``step`` emitted from the worker arrives queued."""

    step = Signal(int, int)


class BatchDialog(QDialog):
    """Make the klantreis for a group at once.

    Signals:
        finished_batch(int): the merged PDF is ready, for this many people.
    """

    finished_batch = Signal(int)

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
        self._progress = _Progress(self)
        self._progress.step.connect(self._advance)

        self.by_period = QRadioButton(self.tr("People whose Koffie en Koek is planned"))
        self.by_selection = QRadioButton(self.tr("The people selected in the caseload"))
        self.by_period.setChecked(True)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        end = today + timedelta(days=7)
        self.end = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.make_button = QPushButton(self.tr("&Make"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        close = QPushButton(self.tr("Close"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.by_period)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&Until:"), self.end)
        form.addRow(self.by_selection)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.make_button, self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.make_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_batch)
        self.save_button.clicked.connect(self.save_batch)
        close.clicked.connect(self.reject)

    def _people(self) -> list[str]:
        if self.by_selection.isChecked():
            return self._selected()
        first, last = self.start.date(), self.end.date()
        start = date(first.year(), first.month(), first.day())
        end = date(last.year(), last.month(), last.day())
        return koffie_en_koek_between(self._store, start, end)

    def make(self) -> None:
        """Render every klantreis off the GUI thread, merging them into one PDF."""
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
            handouts = maker.batch(
                store, people, today=today, kind=DocumentKind.KLANTREIS, progress=progress.step.emit
            )
            return merge_pdfs([handout.pdf for handout in handouts])

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

    def print_batch(self) -> None:
        """Print all pages in one job through the system print dialog."""
        if self.pdf is None:
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(self.printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        paint_pages(self.printer, page_images(self.pdf, 200))
        record_for_people(self._store, Action.PRINT, self._people_made, detail="klantreis (map)")

    def save_batch(self, path: str | None = None) -> Path | None:
        """Save the merged PDF where the consultant chooses (atomically)."""
        if self.pdf is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save handouts"), "klantreizen.pdf", self.tr("PDF files (*.pdf)")
            )
            if not path:
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
        return target
