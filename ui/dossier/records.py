"""A list of records with a form to add, change and remove them: residences, activities.

The editor knows nothing about the database: the dossier page gives it functions that save,
keep a draft, discard it and remove a record. The draft remembers which record was being
changed, so that a recovered draft reopens on the same row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

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
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dossier.forms import FormSpec
from desktop.dossier.operations import Saved
from desktop.dossier.records import RECORD_KEY
from desktop.dossier.validation import Raw
from ui.dossier.form_page import FormPage, Section
from ui.labels import error_message

Index = QModelIndex | QPersistentModelIndex
Values = dict[str, Raw]
#: How many rows the table shows before it scrolls.
MAX_VISIBLE_ROWS = 5
#: The id of the record a row shows.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

log = logging.getLogger(__name__)


class Row(Protocol):
    """What a listed record offers: its id and its values for the form."""

    @property
    def record_id(self) -> str: ...

    def values(self) -> dict[str, Raw]: ...


@dataclass(frozen=True)
class Column:
    """A column: its header (source text in the ``Records`` context) and its text per row."""

    header: str
    text: Callable[[Any], str]


class RecordTableModel(QAbstractTableModel):
    """Records in rows, read-only; ``emphasis`` rows are bold (a home that starts a term)."""

    def __init__(
        self,
        columns: Sequence[Column],
        emphasis: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._emphasis = emphasis
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (objects with a ``record_id``)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def refresh(self) -> None:
        """Word every cell and header again (after a language switch)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def row_of(self, record_id: str) -> int:
        """The row showing ``record_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.record_id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return QCoreApplication.translate("Records", self._columns[section].header)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].text(row)
        if role == Qt.ItemDataRole.FontRole and self._emphasis and self._emphasis(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == RECORD_ROLE:
            return row.record_id
        return None


class RecordListEditor(QWidget):
    """The records in a table, buttons for a new one and removing one, and the form.

    Choosing a row opens it in the form; saving changes that record, or adds a new one.

    Signals:
        removed(str): a record was removed (its id).
        failed(str): removing failed for a reason to show.
    """

    removed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        spec: FormSpec,
        sections: Sequence[Section],
        columns: Sequence[Column],
        *,
        emphasis: Callable[[Any], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editing_id: str | None = None
        self.merge_next = False  # the next show_records comes from a change made elsewhere
        self.gone_box: QMessageBox | None = None  # asks about a record removed elsewhere
        self._blank: Values = {}
        self._remover: Callable[[str], None] | None = None
        self.model = RecordTableModel(columns, emphasis, self)
        self.table = QTableView()
        self.table.setObjectName(f"records:{spec.key}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"new:{spec.key}")
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"remove:{spec.key}")
        self.remove_button.clicked.connect(self.remove_current)
        self.mode = QLabel()
        self.mode.setObjectName(f"mode:{spec.key}")
        self.form = FormPage(spec, sections, can_complete=False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.form, 1)
        self.retranslate_ui()
        self._update_mode()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Recorded so far"))
        self.new_button.setText(self.tr("&Add new"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.refresh()
        self._update_mode()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- wiring ----------------------------------------------------------------------------

    def connect_store(
        self,
        saver: Callable[[Values, bool], Saved],
        drafter: Callable[[Values], None],
        discarder: Callable[[], None],
        remover: Callable[[str], None],
    ) -> None:
        """The functions that save, keep a draft, discard it and remove a record.

        Saves and drafts get the values with the id of the record being changed added.
        """
        self.form.connect_store(
            lambda values, complete: saver(self._with_id(values), complete),
            lambda values: drafter(self._with_id(values)),
            discarder,
        )
        self._remover = remover

    def _with_id(self, values: Mapping[str, Raw]) -> Values:
        return {**values, RECORD_KEY: self.editing_id or ""}

    def show_records(
        self, rows: Sequence[Row], blank: Mapping[str, Raw], draft: Mapping[str, Raw] | None
    ) -> None:
        """List ``rows``; the form shows a recovered draft, or is empty for a new record.

        After ``merge_next`` (a sync changed the records while the dossier was open) the form
        keeps what is typed instead: see :meth:`show_fresh_records`.
        """
        if self.merge_next:
            self.merge_next = False
            self.show_fresh_records(rows, blank, draft)
            return
        self._blank = dict(blank)
        self.model.set_rows(rows)
        self._fit_table()
        wanted = str((draft or {}).get(RECORD_KEY) or "")
        row = self.model.row_of(wanted) if wanted else -1
        fields = {k: v for k, v in (draft or {}).items() if k != RECORD_KEY} if draft else None
        if row >= 0:
            self._open(row, fields)
        else:
            self._open(-1, fields)

    def show_fresh_records(
        self, rows: Sequence[Row], blank: Mapping[str, Raw], draft: Mapping[str, Raw] | None
    ) -> None:
        """The records changed elsewhere (a sync) while this list is open.

        Rows a sync added or removed appear and disappear; the form keeps what the consultant
        typed. A record being changed that was changed elsewhere too is merged field by field,
        asking about a field changed on both sides (``FormPage.show_fresh_values``); one that
        was removed elsewhere is asked about (save as a new entry, or let it go).
        """
        self._blank = dict(blank)
        self.model.set_rows(rows)
        self._fit_table()
        editing = self.editing_id
        row = self.model.row_of(editing) if editing else -1
        if editing is None:
            if not self.form.has_changes():
                self._open(-1, draft)  # nothing typed: as on opening
            return  # a new entry being typed stays as it is
        if row >= 0:
            self._select(row)
            self.form.show_fresh_values(self.model.row_at(row).values(), draft)
            return
        if not self.form.has_changes():  # removed elsewhere, nothing typed: let it go
            self.form.discard_silently()
            self._open(-1, None)
            self.form.status.setText(self.tr("The entry was removed on another laptop."))
            return
        self.ask_about_removal()

    def ask_about_removal(self) -> QMessageBox:
        """The record being changed was removed on another laptop: keep it or let it go."""
        self.editing_id = None  # it is not there to change any more
        self._select(-1)
        self._update_mode()
        box = QMessageBox(self)
        box.setObjectName("sync_removed")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Removed on another laptop"))
        box.setText(
            self.tr(
                "While you were changing this entry, a colleague removed it. Your values are "
                "still in the form: keep them as a new entry, or let the entry go?"
            )
        )
        keep = box.addButton(self.tr("Keep mine as a new entry"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keep_mine")
        drop = box.addButton(self.tr("Let it go"), QMessageBox.ButtonRole.DestructiveRole)
        drop.setObjectName("take_theirs")
        box.setEscapeButton(keep)  # closing the question loses nothing

        def answered(button: object) -> None:
            if button is drop:
                self.form.discard_silently()
                self._open(-1, None)
                self.form.status.setText(self.tr("The entry was removed on another laptop."))
            else:  # a new entry with what was typed: "discard" now goes back to an empty one
                self.form.show_values(self._blank, self.form.values())
                self.form.status.setText(
                    self.tr("Removed on another laptop: saving adds your values as a new entry.")
                )
                self.form.flush_draft()  # the draft now adds a new entry
            self._update_mode()

        box.buttonClicked.connect(answered)
        self.gone_box = box
        box.open()
        return box

    def set_rows(self, rows: Sequence[Row]) -> None:
        """List other rows (a search) without touching the form; the record being changed
        stays highlighted when it is among them."""
        self.model.set_rows(rows)
        self._fit_table()
        self._select(self.model.row_of(self.editing_id) if self.editing_id else -1)

    def _fit_table(self) -> None:
        """As tall as its rows (2 to 5), so that the form below keeps room on a laptop."""
        visible = min(max(self.model.rowCount(), 2), MAX_VISIBLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + visible * row_height + 2 * self.table.frameWidth())

    def _select(self, row: int) -> None:
        """Highlight ``row`` (or none) without treating it as a choice."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
        finally:
            selection.blockSignals(False)

    def _open(self, row: int, draft: Mapping[str, Raw] | None) -> None:
        record = self.model.row_at(row) if row >= 0 else None
        self.editing_id = record.record_id if record is not None else None
        self._select(row)
        self.form.show_values(record.values() if record is not None else self._blank, draft)
        self._update_mode()

    def _update_mode(self) -> None:
        self.remove_button.setEnabled(self.editing_id is not None)
        if self.editing_id is None:
            self.mode.setText(self.tr("Adding a new entry."))
        else:
            self.mode.setText(self.tr("Changing the selected entry."))

    # -- choosing --------------------------------------------------------------------------

    def _may_leave_form(self) -> bool:
        return not self.form.has_changes() or self.form.confirm_discard()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.model.row_at(current.row()).record_id == self.editing_id:
            return
        if not self._may_leave_form():  # stay on the record being changed
            self._select(self.model.row_of(self.editing_id) if self.editing_id else -1)
            return
        self.form.discard_silently()
        self._open(current.row(), None)

    def start_new(self) -> None:
        """An empty form for a new record (after asking, if something was typed)."""
        if self.editing_id is None and not self.form.has_changes():
            self.form.focus_first()
            return
        if not self._may_leave_form():
            return
        self.form.discard_silently()
        self._open(-1, None)
        self.form.focus_first()

    def remove_current(self) -> None:
        """Remove the record in the form, after asking."""
        if self.editing_id is None or self._remover is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove?"),
            self.tr("Remove the selected entry from the dossier? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id = self.editing_id
        try:
            self._remover(record_id)
        except Exception as error:  # shown, never swallowed silently
            log.warning("Removing an entry failed", exc_info=error)
            self.failed.emit(error_message(error))
            return
        self.form.discard_silently()
        self.removed.emit(record_id)
