"""Signalering: what is overdue and what is due this week and next, per consultant or team."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.caseload import consultants
from desktop.dossier.signalering import Bucket, load_signals
from desktop.dossier.signalering import Signal as DueSignal
from desktop.journey.engine import StepStatus
from desktop.journey.rules import Rules
from desktop.journey.team import team_rules
from desktop.roster import caseload_counts
from desktop.store import Store
from ui.caseload_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, PLANNED_COLOUR, format_date
from ui.labels import error_message, status_label, step_label
from ui.widgets import error_label, heading_label
from ui.worker import TaskRunner

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def bucket_label(bucket: Bucket) -> str:
    translate = QCoreApplication.translate
    return {
        Bucket.OVERDUE: translate("TodayModel", "Overdue"),
        Bucket.THIS_WEEK: translate("TodayModel", "This week"),
        Bucket.NEXT_WEEK: translate("TodayModel", "Next week"),
    }[bucket]


class TodayModel(QAbstractTableModel):
    """Open steps due soon: when, person, step, due date, consultant (read-only)."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueSignal] = []

    def set_rows(self, rows: Sequence[DueSignal]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DueSignal:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        headers = [translate("TodayModel", "When"), translate("TodayModel", "Name"),
                   translate("TodayModel", "Step"), translate("TodayModel", "Due"),
                   translate("TodayModel", "Consultant")]  # fmt: skip
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.display_name
            if row.name_original:
                name = f"{name}  ({row.name_original})"
            step = row.step_label or step_label(row.step)
            due = format_date(row.due)
            if row.status in (StepStatus.PLANNED, StepStatus.PLANNED_LATE):
                due = f"{due}  {status_label(row.status)}"  # "gepland", "te laat gepland"
            return [bucket_label(row.bucket), name, step, due,
                    row.consultant_name][column]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, 3):
            if row.status is StepStatus.PLANNED_LATE:
                return QBrush(OVERDUE_COLOUR)
            if row.status is StepStatus.PLANNED:
                return QBrush(PLANNED_COLOUR)
            if row.bucket is Bucket.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
            if row.bucket is Bucket.THIS_WEEK:
                return QBrush(DUE_SOON_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or None
        if role == PERSON_ROLE:
            return row.person_id
        return None


class TodayView(QWidget):
    """The signalering screen.

    Signals:
        open_person(str, str): the consultant chose a person's step (double-click or Enter):
            the person id and the step shown in that row.
        back_requested(): back to the caseload.
    """

    open_person = Signal(str, str)
    back_requested = Signal()

    def __init__(
        self, runner: TaskRunner, *, today: date, rules: Rules | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._rules = rules  # None: the team's rules in the open store
        self._store: Store | None = None
        self._me: str | None = None  # the logged-in user's consultant id
        self._me_first = False
        self._generation = 0
        self.title = heading_label()
        self.consultant = QComboBox()
        self.consultant.setObjectName("today_consultant")
        self.consultant.currentIndexChanged.connect(self.refresh)
        self._consultant_label = QLabel()
        self._consultant_label.setBuddy(self.consultant)
        self.counts = QLabel()
        self.counts.setObjectName("today_counts")
        self.message = error_label()
        self.empty = QLabel()  # an empty list says why, not just nothing
        self.empty.setObjectName("today_empty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.model = TodayModel(self)
        self.table = QTableView()
        self.table.setObjectName("today")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self._consultant_label)
        top.addWidget(self.consultant)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Today: what needs doing"))
        self.table.setAccessibleName(self.tr("What needs doing"))
        self.empty.setText(self.tr(
            "Nothing to do: no step is overdue or due this week or next week."))  # fmt: skip
        self._consultant_label.setText(self.tr("&For:"))
        if self.consultant.count():
            self.consultant.setItemText(0, self.tr("The whole team"))
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_me(self, consultant_id: str | None) -> None:
        """The consultant the logged-in user is: the list opens on their own people."""
        self._me, self._me_first = consultant_id, consultant_id is not None

    def show_store(self, store: Store) -> None:
        """Fill the consultant choice and load the list (off the GUI thread)."""
        self._store = store
        self.consultant.blockSignals(True)
        chosen = self.consultant.currentData()
        if self._me_first:  # the first time after unlocking: my people
            chosen, self._me_first = self._me, False
        self.consultant.clear()
        counts = caseload_counts(store)
        self.consultant.addItem(self.tr("The whole team"), None)
        for consultant_id, name in consultants(store):
            count = counts.get(consultant_id, 0)
            self.consultant.addItem(
                self.tr("{name} ({count})").format(name=name, count=count), consultant_id
            )
        self.consultant.setCurrentIndex(max(self.consultant.findData(chosen), 0))
        self.consultant.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self._store is None:
            return
        self._generation += 1
        generation, store, who = self._generation, self._store, self.consultant.currentData()
        today, rules = self._today, self._rules
        self._runner.run(
            lambda: load_signals(
                store, today=today, rules=rules or team_rules(store), consultant_id=who
            ),
            lambda rows: self._loaded(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, rows: list[DueSignal]) -> None:
        if generation != self._generation:
            return
        self.message.clear()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._show_counts()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            log.error("loading the signalering failed", exc_info=error)
            self.message.setText(error_message(error))

    def _show_counts(self) -> None:
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        self.empty.setVisible(self._store is not None and not rows)
        counts = {bucket: sum(1 for r in rows if r.bucket is bucket) for bucket in Bucket}
        self.counts.setText(self.tr("{overdue} overdue · {week} this week · {next} next week")
                            .format(overdue=counts[Bucket.OVERDUE], week=counts[Bucket.THIS_WEEK],
                                    next=counts[Bucket.NEXT_WEEK]))  # fmt: skip

    def _activated(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if person:
            self.open_person.emit(person, str(self.model.row_at(index.row()).step))

    def clear(self) -> None:
        """Forget everything personal (on lock)."""
        self._generation += 1
        self._store = None
        self.model.set_rows([])
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.blockSignals(False)
