"""The caseload as a Qt table model: one row per inburgeraar, read-only, sortable."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Collection, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from desktop.domain.text import is_right_to_left
from ui.labels import category_label, route_label, status_label, step_label

if TYPE_CHECKING:
    from desktop.caseload import CaseloadRow

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#c62828")
DUE_SOON_COLOUR = QColor("#d9730d")
PLANNED_COLOUR = QColor("#1565c0")  # a step whose talk is planned in time
ENDED_COLOUR = QColor("#757575")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT_TO_LEFT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)


class Column(IntEnum):
    NAME = 0
    NAME_ORIGINAL = 1
    BIRTH_DATE = 2
    BSN = 3
    CONSULTANT = 4
    CATEGORY = 5
    ROUTE = 6
    CURRENT_STEP = 7
    NEXT_DEADLINE = 8


_COLUMNS = tuple(Column)


def _headers() -> dict[Column, str]:
    translate = QCoreApplication.translate
    return {
        Column.NAME: translate("CaseloadModel", "Name"),
        Column.NAME_ORIGINAL: translate("CaseloadModel", "Name (own script)"),
        Column.BIRTH_DATE: translate("CaseloadModel", "Date of birth"),
        Column.BSN: translate("CaseloadModel", "BSN"),
        Column.CONSULTANT: translate("CaseloadModel", "Consultant"),
        Column.CATEGORY: translate("CaseloadModel", "Category"),
        Column.ROUTE: translate("CaseloadModel", "Route"),
        Column.CURRENT_STEP: translate("CaseloadModel", "Current step"),
        Column.NEXT_DEADLINE: translate("CaseloadModel", "Next deadline"),
    }


@functools.lru_cache(maxsize=4096)
def format_date(value: date | None) -> str:
    """Dates as Dutch consultants write them: 31-12-2025."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}" if value else ""


def mask_bsn(bsn: str | None) -> str:
    """Hide all but the last three digits of a BSN."""
    if not bsn:
        return ""
    return "•" * max(len(bsn) - 3, 0) + bsn[-3:]


def _status_icon(colour: QColor, mark: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 14, 14)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


#: Loads the rows of some people again (only those still in the caseload come back).
Fetch = Callable[[Collection[str]], list["CaseloadRow"]]


class CaseloadModel(QAbstractTableModel):
    """Rows of :class:`desktop.caseload.CaseloadRow`; ``set_rows`` replaces them all,
    ``refresh_people`` only the rows of the people named."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._show_bsn = False
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._icons: dict[str, QIcon] = {}
        self._fetch: Fetch | None = None
        self._accept: Callable[[CaseloadRow], bool] = lambda _row: True

    # -- content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CaseloadRow], *, ordered_for: object | None = None) -> None:
        """Show these rows (in the current sort order).

        ``ordered_for``: the :attr:`order` they were put in with :meth:`ordered` (off the GUI
        thread); when it is still the order, they are not sorted again here.
        """
        self.beginResetModel()
        if ordered_for is not None and ordered_for == self.order:
            self._rows = list(rows)
        else:
            self._rows = self.ordered(rows, self.order)
        self.endResetModel()

    @property
    def order(self) -> tuple[int, Qt.SortOrder] | None:
        """The sort order the rows are shown in (None: the caseload's own order)."""
        return self._sort

    def ordered(
        self, rows: Sequence[CaseloadRow], order: tuple[int, Qt.SortOrder] | None
    ) -> list[CaseloadRow]:
        """``rows`` in ``order``; touches no widget, so a worker thread may call it."""
        result = list(rows)
        if order is not None:
            result.sort(key=self._sort_key(order[0]))
            if order[1] == Qt.SortOrder.DescendingOrder:
                result.reverse()
        return result

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.set_rows([])

    def set_source(self, fetch: Fetch | None, accept: Callable[[CaseloadRow], bool]) -> None:
        """Where :meth:`refresh_people` gets rows, and which of them the filter shows."""
        self._fetch = fetch
        self._accept = accept

    def refresh_people(self, person_ids: Collection[str]) -> None:
        """Load these people's rows again and update, add or drop only those rows.

        One small read (the journey cache has their journeys from the save's commit), so it
        runs on the GUI thread: the list is right the moment it shows again.
        """
        if self._fetch is None or not person_ids:
            return
        wanted = set(person_ids)
        fresh = {row.person_id: row for row in self._fetch(wanted)}
        for number in reversed(range(len(self._rows))):
            person_id = self._rows[number].person_id
            if person_id not in wanted:
                continue
            row = fresh.pop(person_id, None)
            if row is None or not self._accept(row):
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
            elif self._position(row, without=number) == number:
                self._rows[number] = row
                last = len(Column) - 1
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
            else:  # its place in the sort order changed: out here, in again below
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
                fresh[person_id] = row
        for row in fresh.values():
            if self._accept(row):
                number = self._position(row)
                self.beginInsertRows(QModelIndex(), number, number)
                self._rows.insert(number, row)
                self.endInsertRows()

    def _position(self, row: CaseloadRow, without: int | None = None) -> int:
        """Where ``row`` goes in the current order (ignoring the row at ``without``)."""
        rows = self._rows if without is None else self._rows[:without] + self._rows[without + 1 :]
        if self._sort is None:
            from desktop.caseload import sort_key

            return bisect.bisect_right(rows, sort_key(row), key=sort_key)
        key = self._sort_key(self._sort[0])
        if self._sort[1] == Qt.SortOrder.DescendingOrder:
            ascending = rows[::-1]
            return len(rows) - bisect.bisect_left(ascending, key(row), key=key)
        return bisect.bisect_right(rows, key(row), key=key)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def set_show_bsn(self, show: bool) -> None:
        """Show full BSNs instead of only their last three digits."""
        if show == self._show_bsn:
            return
        self._show_bsn = show
        if self._rows:
            column = int(Column.BSN)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def retranslate(self) -> None:
        """Refresh headers and labels after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role of every painted row: plain ints, no enum lookups.
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[number]
        column = _COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _ALIGNMENT:
            if column == Column.NAME_ORIGINAL and is_right_to_left(row.name_original):
                # Absolute: the delegate lays such text out right-to-left, which would
                # otherwise mirror "right" back to the left edge.
                return _ALIGN_RIGHT_TO_LEFT
            return _ALIGN_LEFT
        if role == _FOREGROUND:
            return self._foreground(row, column)
        if role == _DECORATION and column == Column.NEXT_DEADLINE:
            return self._status_icon(row)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [self._rows[index.row()] for index in old]
        self._rows.sort(key=self._sort_key(column))
        if order == Qt.SortOrder.DescendingOrder:
            self._rows.reverse()
        position = {id(row): number for number, row in enumerate(self._rows)}
        new = [
            self.index(position[id(row)], index.column())
            for row, index in zip(old_rows, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- cells ---------------------------------------------------------------------------

    def _display(self, row: CaseloadRow, column: Column) -> str:
        if column == Column.NAME:
            return row.display_name
        if column == Column.NAME_ORIGINAL:
            return row.name_original
        if column == Column.BIRTH_DATE:
            return format_date(row.birth_date)
        if column == Column.BSN:
            return (row.bsn or "") if self._show_bsn else mask_bsn(row.bsn)
        if column == Column.CONSULTANT:
            return row.consultant_name
        if column == Column.CATEGORY:
            return category_label(row.category)
        if column == Column.ROUTE:
            return route_label(row.route)
        if column == Column.CURRENT_STEP:
            return row.current_step_label or step_label(row.current_step)
        if row.next_due is None:
            return ""
        text = format_date(row.next_due)
        if row.next_status in ("overdue", "due_soon", "planned", "planned_late"):
            text = f"{text}  {status_label(row.next_status)}"
        return text

    def _foreground(self, row: CaseloadRow, column: Column) -> QBrush | None:
        if column == Column.NEXT_DEADLINE and row.next_status in ("overdue", "planned_late"):
            return QBrush(OVERDUE_COLOUR)
        if column == Column.NEXT_DEADLINE and row.next_status == "planned":
            return QBrush(PLANNED_COLOUR)
        if column == Column.NEXT_DEADLINE and row.next_status == "due_soon":
            return QBrush(DUE_SOON_COLOUR)
        if row.ended:
            return QBrush(ENDED_COLOUR)
        return None

    def _status_icon(self, row: CaseloadRow) -> QIcon | None:
        if row.next_status in ("overdue", "planned_late"):
            key, colour, mark = "overdue", OVERDUE_COLOUR, "!"
        elif row.next_status == "due_soon":
            key, colour, mark = "due_soon", DUE_SOON_COLOUR, "•"
        else:
            return None
        if key not in self._icons:
            self._icons[key] = _status_icon(colour, mark)
        return self._icons[key]

    def _tooltip(self, row: CaseloadRow, column: Column) -> str | None:
        if column == Column.NEXT_DEADLINE and row.next_step is not None:
            parts = [row.next_step_label or step_label(row.next_step), format_date(row.next_due)]
            if row.next_status is not None:
                parts.append(status_label(row.next_status))
            return " · ".join(part for part in parts if part)
        if column in (Column.NAME, Column.NAME_ORIGINAL) and row.ended:
            return QCoreApplication.translate("CaseloadModel", "Trajectory ended")
        return None

    def _sort_key(self, column: int) -> Callable[[CaseloadRow], tuple[bool, Any]]:
        def text(value: str) -> tuple[bool, Any]:
            return (not value, value.casefold())

        keys: dict[int, Callable[[CaseloadRow], tuple[bool, Any]]] = {
            Column.NAME: lambda r: text(r.display_name),
            Column.NAME_ORIGINAL: lambda r: text(r.name_original),
            Column.BIRTH_DATE: lambda r: (r.birth_date is None, r.birth_date or date.min),
            Column.BSN: lambda r: text(r.bsn or ""),
            Column.CONSULTANT: lambda r: text(r.consultant_name),
            Column.CATEGORY: lambda r: text(category_label(r.category)),
            Column.ROUTE: lambda r: text(route_label(r.route)),
            Column.CURRENT_STEP: lambda r: text(r.current_step_label or step_label(r.current_step)),
            Column.NEXT_DEADLINE: lambda r: (r.next_due is None, r.next_due or date.max),
        }
        return keys[column]
