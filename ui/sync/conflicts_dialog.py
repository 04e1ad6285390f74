"""The conflicts screen: each field changed on two laptops, who and when, and a choice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.access.names import laptop_label, resolve_conflict, team_laptops
from desktop.store import Store
from desktop.store.errors import StoreError
from desktop.sync.conflicts import Conflict, list_conflicts
from ui.dossier.labels import field_label, history_label
from ui.widgets import fit_to_screen
from ui.worker import TaskRunner


def _table(conflict: Conflict) -> str:
    """The kind of record in the consultant's words ("Progress talk"), not the table name."""
    return history_label(conflict.tbl)


def _field(conflict: Conflict) -> str:
    """The field in the consultant's words ("Family name"), not the column name."""
    return field_label(conflict.field)


class ConflictsDialog(QDialog):
    """Lists open conflicts; the consultant picks a value and presses Choose.

    Signals: none; ``resolved_count`` counts choices made, for the caller to refresh.
    """

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._store = store
        self._runner = runner
        self.resolved_count = 0
        self.busy = False  # a choice is being applied
        self.conflicts: list[Conflict] = []
        self._laptops: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setObjectName("conflicts")
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.choices = QVBoxLayout()
        self.group = QButtonGroup(self)
        self.choose = QPushButton(self.tr("Choose this value"))
        self.choose.clicked.connect(self.resolve_current)
        self.empty = QLabel(self.tr("There are no conflicts."))
        detail = QVBoxLayout()
        detail.addWidget(self.heading)
        detail.addLayout(self.choices)
        detail.addStretch(1)
        detail.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(detail, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(body)
        layout.addWidget(close)
        fit_to_screen(self, 760, 420)
        self.reload()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.list.setAccessibleName(self.tr("Conflicts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the open conflicts (small: a handful at most) and list them."""
        self.conflicts = list_conflicts(self._store)
        self._laptops = team_laptops(self._store)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{conflict.record or _table(conflict)} · {_field(conflict)}")
            item.setToolTip(conflict.description)
            self.list.addItem(item)
        self.empty.setVisible(not self.conflicts)
        self.choose.setEnabled(bool(self.conflicts))
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._clear_choices()
            self.heading.clear()

    def _clear_choices(self) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.choices.removeWidget(button)
            button.setParent(None)  # gone from the dialog now, not at the next event loop
            button.deleteLater()

    def _show(self, row: int) -> None:
        self._clear_choices()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.heading.setText(
            f"<b>{conflict.description}</b><br>{conflict.record} ({_table(conflict)}) · "
            f"{_field(conflict)}"
        )
        for index, option in enumerate(conflict.options):
            shown = self.tr(" (shown now)") if option.shown else ""
            laptop = laptop_label(self._laptops, option.device) or "?"
            who = self.tr("{by} on {laptop}, {at}").format(
                by=option.by or "?", laptop=laptop, at=option.at or "?"
            )
            button = QRadioButton(f"{option.label} — {who}{shown}")
            button.setChecked(option.shown)
            self.group.addButton(button, index)
            self.choices.addWidget(button)

    def resolve_current(self) -> None:
        """Apply the chosen value (off the GUI thread), then list what is left."""
        row = self.list.currentRow()
        index = self.group.checkedId()
        if not 0 <= row < len(self.conflicts) or index < 0:
            return
        conflict = self.conflicts[row]
        option = conflict.options[index]
        store = self._store
        self.choose.setEnabled(False)
        self.busy = True
        self._runner.run(
            lambda: resolve_conflict(store, conflict, option), self._resolved, self._error
        )

    def _resolved(self, _result: object) -> None:
        self.busy = False
        self.resolved_count += 1
        self.reload()

    def _error(self, error: Exception) -> None:
        self.busy = False
        if not isinstance(error, StoreError):
            raise error
        self.heading.setText(str(error))
        self.choose.setEnabled(True)
