"""Consent and papers from the dossier: who may receive what, and the papers themselves.

The consultant records the person's consent per recipient (the language school, the VWN
begeleider, the new municipality), sees every consent with its dates, and withdraws one. The
papers (the PIP to sign, the partners' PIPs, the Brede Intake to sign, the warm overdracht)
are made off the GUI thread by ``desktop.documents.dossier_papers``, which refuses a partner
paper without consent and audits each one; here they are saved or printed, and the signed
scan goes back into the dossier as an attachment.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.trail import Action, record
from desktop.documents import HandoutMaker
from desktop.documents.dossier_papers import PAPER_NAMES, Paper, PaperKind, make_paper
from desktop.documents.partners import consents, give_consent, withdraw_consent
from desktop.domain.enums import Recipient
from desktop.domain.model import Consent
from desktop.dossier.journal.attachments import add_attachment, read_upload
from desktop.messages import Problem
from desktop.store import Store, StoreError
from desktop.store.atomic import write_atomic
from ui.handouts.output import ask_printer, ask_save_path
from ui.handouts.pages import Route, print_pdf
from ui.worker import TaskRunner

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class ConsentModel(QAbstractTableModel):
    """The person's consents, newest first: recipient, name, since, withdrawn, valid today."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.rows: list[Consent] = []

    def headers(self) -> list[str]:
        return [self.tr("Recipient"), self.tr("Name"), self.tr("Shared"), self.tr("Given on"),
                self.tr("Withdrawn on"), self.tr("Valid")]  # fmt: skip

    def set_rows(self, rows: list[Consent]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < 6 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        consent = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return recipient_name(consent.recipient)
        if column == 1:
            return consent.recipient_name
        if column == 2:
            return self._scope(consent.scope)
        if column == 3:
            return consent.given_on.strftime("%d-%m-%Y")
        if column == 4:
            return consent.withdrawn_on.strftime("%d-%m-%Y") if consent.withdrawn_on else ""
        return self.tr("Yes") if consent.valid_on(self._today) else self.tr("No")

    def _scope(self, scope: str) -> str:
        names = {
            "pip": self.tr("PIP (no health)"),
            "overdracht": self.tr("Dossier handover (no health)"),
        }
        return names.get(scope, scope)


def recipient_name(recipient: Recipient) -> str:
    """The recipient as the screens name it."""
    names: dict[Recipient, str] = {
        Recipient.TAALAANBIEDER: QCoreApplication.translate("Recipients", "Language provider"),
        Recipient.VWN_BEGELEIDER: QCoreApplication.translate("Recipients", "VWN begeleider"),
        Recipient.NIEUWE_GEMEENTE: QCoreApplication.translate("Recipients", "New municipality"),
    }
    return names[recipient]


class PapersDialog(QDialog):
    """Consent per recipient, and the papers of one person's dossier.

    Signals:
        made(str): a paper was made (its kind), ready to save or print.
        failed(str): making, saving or printing failed (the message shown).
        consents_changed(): a consent was recorded or withdrawn and the list reloaded.
        attached(str): a signed scan was added to the dossier (the attachment id).
    """

    made = Signal(str)
    failed = Signal(str)
    consents_changed = Signal()
    attached = Signal(str)

    def __init__(
        self, store: Store, runner: TaskRunner, person_id: str, *, today: date,
        maker: HandoutMaker | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("papers_dialog")
        self.setWindowTitle(self.tr("Consent and papers"))
        self._store, self._runner, self._person_id, self._today = store, runner, person_id, today
        self._maker = maker
        self.paper: Paper | None = None
        self.printer: QPrinter | None = None
        self.print_dialog: QDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.model = ConsentModel(today, self)
        self.table = QTableView()
        self.table.setObjectName("consents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.recipient = QComboBox()
        self.recipient.setObjectName("consent_recipient")
        for value in Recipient:
            self.recipient.addItem(recipient_name(value), value.value)
        self.recipient_name = QLineEdit()
        self.recipient_name.setObjectName("consent_name")
        self.recipient_name.setPlaceholderText(self.tr("e.g. NT2 Centrum Vechtdal"))
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.given_on.setObjectName("consent_given_on")
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd-MM-yyyy")
        self.give_button = QPushButton(self.tr("&Record consent"))
        self.give_button.setObjectName("give_consent")
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected consent"))
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.setEnabled(False)

        self.kind = QComboBox()
        self.kind.setObjectName("paper_kind")
        for kind, label in self._kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.make_button = QPushButton(self.tr("&Make paper"))
        self.make_button.setObjectName("make_paper")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("save_paper")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_paper")
        self.attach_button = QPushButton(self.tr("&Attach signed scan…"))
        self.attach_button.setObjectName("attach_scan")
        self.attach_button.setToolTip(
            self.tr("Add the scan of the signed PIP or Brede Intake to the dossier")
        )
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("papers_status")
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close_papers")
        close.clicked.connect(self.accept)

        self.give_button.clicked.connect(lambda: self.give())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.make_button.clicked.connect(lambda: self.make())
        self.save_button.clicked.connect(lambda: self.ask_save())
        self.print_button.clicked.connect(lambda: self.ask_print())
        self.attach_button.clicked.connect(lambda: self.ask_attach())
        self.kind.currentIndexChanged.connect(lambda _i: self._forget_paper())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())

        consent_box = QGroupBox(self.tr("Consent to share"))
        form = QFormLayout()
        form.addRow(self.tr("Re&cipient"), self.recipient)
        form.addRow(self.tr("&Name"), self.recipient_name)
        form.addRow(self.tr("&Given on"), self.given_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(consent_box)
        inner.addWidget(self.table, 1)
        inner.addLayout(form)
        inner.addLayout(buttons)
        papers_box = QGroupBox(self.tr("Papers"))
        rows = QVBoxLayout(papers_box)  # two rows: the buttons fit a narrow screen at 150 %
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.make_button)
        rows.addLayout(row)
        actions = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.attach_button):
            actions.addWidget(button)
        actions.addStretch(1)
        rows.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(consent_box, 1)
        layout.addWidget(papers_box)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(800, 480)  # fits 1366×768 at 150%
        self.reload()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.table.setAccessibleName(self.tr("Consents"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient_name.setAccessibleName(self.tr("Name of the recipient"))
        self.given_on.setAccessibleName(self.tr("Consent given on"))
        self.kind.setAccessibleName(self.tr("Paper"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def _kind_labels(self) -> dict[PaperKind, str]:
        return {
            PaperKind.PIP_ONDERTEKENING: self.tr("PIP to sign"),
            PaperKind.BREDE_INTAKE: self.tr("Brede Intake to sign"),
            PaperKind.PIP_TAALAANBIEDER: self.tr("PIP for the language provider (consent)"),
            PaperKind.PIP_VWN: self.tr("PIP for the VWN begeleider (consent)"),
            PaperKind.OVERDRACHT: self.tr("Warm handover to the new municipality (consent)"),
        }

    # -- consent -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the person's consents again (off the GUI thread)."""
        store, person_id = self._store, self._person_id
        self._runner.run(lambda: consents(store, person_id), self._loaded, self._failed)

    def _loaded(self, rows: list[Consent]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._selection()
        self.consents_changed.emit()

    def _selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection(self) -> None:
        chosen = self._selected()
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_on is None)

    def give(self) -> None:
        """Record the consent chosen in the form."""
        store, person_id = self._store, self._person_id
        recipient = Recipient(self.recipient.currentData())
        name = " ".join(self.recipient_name.text().split())
        chosen = self.given_on.date()
        given = date(chosen.year(), chosen.month(), chosen.day())

        def work() -> str:
            return give_consent(store, person_id, recipient, given_on=given, recipient_name=name)

        self._runner.run(work, lambda _id: self._consent_saved(), self._failed)

    def _consent_saved(self) -> None:
        self.recipient_name.clear()
        self.status.setText(self.tr("Consent recorded."))
        self._forget_paper()
        self.reload()

    def withdraw(self) -> None:
        """Withdraw the selected consent as of today: no partner paper from today on."""
        chosen = self._selected()
        if chosen is None:
            return
        store, consent_id, today = self._store, chosen.id, self._today
        self._runner.run(
            lambda: withdraw_consent(store, consent_id, on=today),
            lambda _none: self._consent_withdrawn(),
            self._failed,
        )

    def _consent_withdrawn(self) -> None:
        self.status.setText(self.tr("Consent withdrawn."))
        self._forget_paper()
        self.reload()

    # -- papers --------------------------------------------------------------------------------

    def _forget_paper(self) -> None:
        self.paper = None
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

    def make(self) -> None:
        """Make the chosen paper off the GUI thread (refused without consent)."""
        store, person_id, today = self._store, self._person_id, self._today
        kind = PaperKind(self.kind.currentData())
        if self._maker is None:
            self._maker = HandoutMaker()
        maker = self._maker
        self._forget_paper()
        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making the paper…"))
        self._runner.run(
            lambda: make_paper(store, maker, person_id, kind, today=today),
            self._made,
            self._make_failed,
        )

    def _made(self, paper: Paper) -> None:
        self.paper = paper
        self.make_button.setEnabled(True)
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        self.status.setText(self.tr("Ready: save it as PDF or print it."))
        self.made.emit(paper.kind.value)

    def _make_failed(self, error: Exception) -> None:
        self.make_button.setEnabled(True)
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, Problem | StoreError | OSError):
            log.error("a dossier paper failed", exc_info=error)
        message = (
            str(error)
            if isinstance(error, Problem | StoreError | OSError)
            else self.tr("That did not work.")
        )
        self.status.setText(message)
        self.failed.emit(message)

    def ask_save(self) -> None:
        """Ask where to save the paper; it is written when a file is chosen."""
        if self.paper is None:
            return
        self.file_dialog = ask_save_path(
            self, self.tr("Save paper"), self.paper.file_name, self.tr("PDF files (*.pdf)"),
            self.save_paper,
        )  # fmt: skip

    def save_paper(self, path: str) -> Path | None:
        """Write the paper atomically to ``path`` (".pdf" added when missing)."""
        if self.paper is None or not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_atomic(target, self.paper.pdf, mode=0o600)
            self._audit(Action.SAVE_DOCUMENT)
        except (OSError, StoreError) as error:
            self._failed(error)
            return None
        self.status.setText(self.tr("Saved as {file}").format(file=target.name))
        return target

    def ask_print(self) -> None:
        """Open the system print dialog; the paper prints (as vectors) when confirmed."""
        if self.paper is None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName("Wegwijzer")  # a print queue is shared: never a name
        self.print_dialog = ask_printer(self, self.printer, self.print_paper)

    def print_paper(self) -> None:
        """Send the paper to the chosen printer off the GUI thread."""
        if self.paper is None or self.printer is None:
            return
        printer, pdf = self.printer, self.paper.pdf
        self.print_button.setEnabled(False)
        self._runner.run(lambda: print_pdf(printer, pdf), self._printed, self._print_failed)

    def _audit(self, action: Action) -> None:
        """Record a save or print of the paper (its kind; never its content)."""
        if self.paper is not None:
            detail = PAPER_NAMES[self.paper.kind]
            record(self._store, action, person_id=self._person_id, detail=detail)

    def _printed(self, _route: Route) -> None:
        self.print_button.setEnabled(True)
        self._audit(Action.PRINT)
        self.status.setText(self.tr("Sent to the printer."))

    def _print_failed(self, error: Exception) -> None:
        self.print_button.setEnabled(True)
        self._failed(error)

    # -- the signed scan -----------------------------------------------------------------------

    def ask_attach(self) -> None:
        """Choose the scan of a signed paper to add to the dossier."""
        dialog = QFileDialog(self, self.tr("Attach signed scan"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.attach)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def attach(self, path: str) -> None:
        """Add the file at ``path`` to the dossier as "<paper>, ondertekend"."""
        if not path:
            return
        store, person_id, today = self._store, self._person_id, self._today
        kind = PaperKind(self.kind.currentData())
        title = f"{PAPER_NAMES[kind]}, ondertekend"

        def work() -> str:
            data = read_upload(Path(path))
            return add_attachment(store, person_id, data=data, title=title,  # type: ignore[arg-type]
                                  file_name=Path(path).name, today=today)  # fmt: skip

        self._runner.run(work, self._attached, self._failed)

    def _attached(self, attachment_id: str) -> None:
        self.status.setText(self.tr("The signed scan is in the dossier (attachments)."))
        self.attached.emit(attachment_id)
