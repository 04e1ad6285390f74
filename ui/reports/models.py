"""Item models of the Rapportage screen: the indicators, the parts of one, the people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.reports.figures import Figures, Line
from ui.labels import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
GOOD, BAD = QColor("#1b7a3d"), QColor("#b00020")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportModels", text)


class _Table(QAbstractTableModel):
    """A read-only table of rows of text."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)


class IndicatorModel(_Table):
    """Every indicator: title, value, target, count, whether the target is met, and its value
    in the periods before (oldest first), once those are counted."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReportModels", "Indicator"),
        QT_TRANSLATE_NOOP("ReportModels", "Value"),
        QT_TRANSLATE_NOOP("ReportModels", "Target"),
        QT_TRANSLATE_NOOP("ReportModels", "People"),
        QT_TRANSLATE_NOOP("ReportModels", "Target met"),
        QT_TRANSLATE_NOOP("ReportModels", "Earlier periods"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trends: dict[str, tuple[str, str]] = {}  # key -> (values, with period names)

    def set_trends(self, trends: dict[str, tuple[str, str]]) -> None:
        """The values of the earlier periods per indicator key."""
        self._trends = dict(trends)
        if self._rows:
            self.dataChanged.emit(self.index(0, 5), self.index(len(self._rows) - 1, 5))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: Figures = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            met = "" if row.meets_target is None else (
                translate("ReportModels", "Yes") if row.meets_target
                else translate("ReportModels", "No"))  # fmt: skip
            trend = self._trends.get(row.key, ("", ""))[0]
            return [row.title, row.value, row.target, row.total, met, trend][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.meets_target is not None:
            return QBrush(GOOD if row.meets_target else BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._trends.get(row.key, ("", ""))[1] or None if column == 5 else row.definition
        if role == KEY_ROLE:
            return row.key
        return None


class PartModel(_Table):
    """The parts of one indicator's breakdowns: breakdown, part, count, share."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReportModels", "Breakdown"),
        QT_TRANSLATE_NOOP("ReportModels", "Part"),
        QT_TRANSLATE_NOOP("ReportModels", "Count"),
        QT_TRANSLATE_NOOP("ReportModels", "Share"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: Line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = row.label  # "Nareiziger", "Op tijd" as in every list; months stay "jan"
            if not str(row.key).startswith("maand."):
                label = label[:1].upper() + label[1:]
            return [row.breakdown, label, row.count, row.share][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return row.key
        return None


class PeopleModel(_Table):
    """The people behind a figure, by name."""

    HEADERS = (QT_TRANSLATE_NOOP("ReportModels", "Name"),)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index) or index.column() != 0:
            return None
        person_id, name = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == KEY_ROLE:
            return person_id
        return None
