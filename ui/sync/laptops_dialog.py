"""The team's laptops (Teammap… → Laptops of the team…): an admin approves and removes them.

A laptop that joined (with the team passphrase or an enrolment file) waits here until an admin
on an approved laptop approves it; compare its laptop code with the one the new laptop shows.
Removing a laptop replaces the team key, so it cannot read what is written afterwards. The core
(:mod:`desktop.access.laptops`) checks the role again and audits every change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.access.laptops import (
    LaptopRow,
    approve_laptop,
    list_laptops,
    revoke_laptop,
    rotate_team_key,
)
from desktop.store import Store
from desktop.store.errors import StoreError
from desktop.sync.trust import this_laptop
from ui.worker import TaskRunner


def laptop_code(laptop: str) -> str:
    """A laptop id as people read it aloud: four groups of four."""
    return "-".join(laptop[i : i + 4] for i in range(0, len(laptop), 4))


class TeamLaptopsDialog(QDialog):
    """The roster of laptops with approve, remove and replace-the-team-key buttons.

    Signals: none (``finished`` from QDialog).
    """

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_laptops_dialog")
        self.setWindowTitle(self.tr("Laptops of the team"))
        self._store = store
        self._runner = runner
        self._rows: list[LaptopRow] = []
        intro = QLabel(
            self.tr(
                "A new laptop can read and send nothing until an admin approves it here. "
                "Compare the laptop code with the one shown on the new laptop. Removing a "
                "laptop replaces the team key: it cannot read anything written afterwards."
            )
        )
        intro.setWordWrap(True)
        code = laptop_code(this_laptop(store))
        self.own_code = QLabel(
            self.tr("This laptop: {code}").format(code=code)
            if code
            else self.tr("This laptop has no laptop code yet: it gets one when it joins a team.")
        )
        self.own_code.setObjectName("this_laptop_code")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("team_laptops")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Laptop code"), self.tr("Status"), self.tr("Approved by"), self.tr("Since")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()  # headers never clipped, the last one fills
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.approve = QPushButton(self.tr("&Approve laptop"))
        self.approve.setObjectName("laptop_approve")
        self.approve.clicked.connect(self.approve_selected)
        self.revoke = QPushButton(self.tr("&Remove from team…"))
        self.revoke.setObjectName("laptop_revoke")
        self.revoke.clicked.connect(self.revoke_selected)
        self.rotate = QPushButton(self.tr("Replace &team key"))
        self.rotate.setObjectName("team_key_rotate")
        self.rotate.setToolTip(
            self.tr("After a colleague left: the laptops that remain get a new team key.")
        )
        self.rotate.clicked.connect(self.rotate_key)
        self.refresh = QPushButton(self.tr("Re&fresh"))
        self.refresh.setObjectName("laptops_refresh")
        self.refresh.clicked.connect(self.load)
        for button in (self.approve, self.revoke, self.rotate, self.refresh):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.result_label = QLabel()
        self.result_label.setObjectName("laptops_result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.approve, self.revoke, self.rotate):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.own_code)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self._selected()
        self.load()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.table.setAccessibleName(self.tr("Laptops of the team"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    # -- the list ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the roster and the waiting laptops from the team folder (off the GUI thread)."""
        store = self._store
        self._busy(True)
        self._runner.run(lambda: list_laptops(store), self._show, self._error)

    def _status(self, row: LaptopRow) -> str:
        texts = {
            "goedgekeurd": self.tr("Approved"),
            "ingetrokken": self.tr("Removed"),
            "wacht op goedkeuring": self.tr("Waiting for approval"),
        }
        text = texts.get(row.status, row.status)
        return text + (self.tr(" (this laptop)") if row.this_laptop else "")

    def _show(self, rows: list[LaptopRow]) -> None:
        self._busy(False)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            since = (row.revoked_at or row.approved_at)[:16].replace("T", " ")
            by = laptop_code(row.approved_by) if row.approved_by else ""
            values = (laptop_code(row.laptop), self._status(row), by, since)
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._selected()

    def _current(self) -> LaptopRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._rows[index] if selected and 0 <= index < len(self._rows) else None

    def _selected(self) -> None:
        row = self._current()
        self.approve.setEnabled(row is not None and row.pending)
        self.revoke.setEnabled(
            row is not None and row.status == "goedgekeurd" and not row.this_laptop
        )

    # -- the admin's actions -----------------------------------------------------------------

    def approve_selected(self) -> None:
        row = self._current()
        if row is None or not row.pending:
            return
        store, laptop = self._store, row.laptop
        done = self.tr("Laptop {code} is approved. It receives the team's data at its next sync.")
        self._act(lambda: approve_laptop(store, laptop), done.format(code=laptop_code(laptop)))

    def revoke_selected(self) -> None:
        row = self._current()
        if row is None or row.this_laptop:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove laptop"),
            self.tr(
                "Remove laptop {code} from the team? Its files written from now on are not "
                "read, and the team key is replaced so that it cannot read new files."
            ).format(code=laptop_code(row.laptop)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, laptop = self._store, row.laptop
        done = self.tr("Laptop {code} is removed from the team; the team key is replaced.")
        self._act(lambda: revoke_laptop(store, laptop), done.format(code=laptop_code(laptop)))

    def rotate_key(self) -> None:
        store = self._store
        self._act(lambda: rotate_team_key(store), self.tr("The team key is replaced."))

    def _act(self, work: object, message: str) -> None:
        self._busy(True)

        def finished(_result: object) -> None:
            self.result_label.setText(message)
            self.load()

        self._runner.run(work, finished, self._error)  # type: ignore[arg-type]

    def _busy(self, busy: bool) -> None:
        for button in (self.approve, self.revoke, self.rotate, self.refresh):
            button.setEnabled(not busy)
        if not busy:
            self.rotate.setEnabled(True)
            self.refresh.setEnabled(True)
            self._selected()

    def _error(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, StoreError):
            raise error
        self.result_label.setText(str(error))
