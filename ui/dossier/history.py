"""The history of a dossier as a table: when, what, the date it is about, and who."""

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

from desktop.dossier.history import HistoryEntry
from ui.caseload_model import format_date
from ui.dossier.labels import history_label, history_value_label

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("HistoryModel", "Changed"),
        translate("HistoryModel", "What"),
        translate("HistoryModel", "About"),
        translate("HistoryModel", "By"),
    ]


class HistoryModel(QAbstractTableModel):
    """Every record of a dossier, newest change first (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def refresh(self) -> None:
        """Word every cell and header again (after a language switch)."""
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 3))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = _headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return entry.moment.strftime("%d-%m-%Y %H:%M")
        if column == 1:
            what = history_label(entry.kind)
            if entry.version is not None:
                what = f"{what} {entry.version}"
            if not entry.value:
                return what
            return f"{what} · {history_value_label(entry.kind, entry.value)}"
        if column == 2:
            return format_date(entry.day)
        if entry.laptop:  # who, and on which laptop of the team
            return QCoreApplication.translate("HistoryModel", "{by} on {laptop}").format(
                by=entry.by, laptop=entry.laptop
            )
        return entry.by
