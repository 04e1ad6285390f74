"""The agenda's item model: talks and deadlines of a period, one row each (read-only)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.agenda.week import AgendaEntry
from desktop.domain.appointments import AppointmentStatus
from desktop.journey.engine import StepStatus
from ui.agenda.labels import talk_label, talk_status_label, weekday_label
from ui.caseload_model import DUE_SOON_COLOUR, OVERDUE_COLOUR, PLANNED_COLOUR, format_date
from ui.dossier.labels import choice_label
from ui.labels import status_label, step_label
from ui.languages import language_name

Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
CANCELLED_COLOUR = QColor("#9e9e9e")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, PERSON_ROLE,
                    ENTRY_ROLE})  # fmt: skip


def deadline_text(entry: AgendaEntry) -> str:
    """'Planned on 12-03-2025', 'Planned late: 14-03-2025', 'Overdue', 'Due soon', ..."""
    translate = QCoreApplication.translate
    if entry.step_status is StepStatus.PLANNED and entry.planned:
        return translate("AgendaModel", "Planned on {date}").format(date=format_date(entry.planned))
    if entry.step_status is StepStatus.PLANNED_LATE and entry.planned:
        return translate("AgendaModel", "Planned late: {date}").format(
            date=format_date(entry.planned)
        )
    return status_label(entry.step_status)


class AgendaModel(QAbstractTableModel):
    """Talks and deadlines: day, time, name, what, where or status, consultant (read-only)."""

    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaEntry] = []
        self._texts: dict[tuple[int, int], str] = {}  # made when first shown (visible rows)

    def set_rows(self, rows: Sequence[AgendaEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts again in the current language."""
        self._texts = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               self.COLUMNS - 1))  # fmt: skip

    def row_at(self, row: int) -> AgendaEntry:
        return self._rows[row]

    def rows(self) -> list[AgendaEntry]:
        return list(self._rows)

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
        headers = [translate("AgendaModel", "Day"), translate("AgendaModel", "Time"),
                   translate("AgendaModel", "Name"), translate("AgendaModel", "Talk or deadline"),
                   translate("AgendaModel", "Place or status"),
                   translate("AgendaModel", "Consultant")]  # fmt: skip
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _display(self, row: AgendaEntry, column: int) -> str:
        translate = QCoreApplication.translate
        if column == 0:
            return f"{weekday_label(row.day.weekday())} {format_date(row.day)}"
        if column == 1:
            if row.starts_at is None:
                return translate("AgendaModel", "deadline")
            end = row.starts_at + timedelta(minutes=row.duration_minutes)
            return f"{row.starts_at:%H:%M}–{end:%H:%M}"
        if column == 2:
            return f"{row.display_name}  ({row.name_original})" if row.name_original else (
                row.display_name)  # fmt: skip
        if column == 3:
            return talk_label(row.kind) if row.is_talk else step_label(row.kind)
        if column == 4:
            if not row.is_talk:
                return deadline_text(row)
            parts = [choice_label(row.place.value) if row.place else "", row.place_detail]
            if row.interpreter_mode.value != "geen":
                code = row.interpreter_language
                language = f" {language_name(code)}" if code else ""
                parts.append(
                    translate("AgendaModel", "interpreter{language} {mode}").format(
                        language=language, mode=choice_label(row.interpreter_mode.value).lower()
                    )
                )
            text = ", ".join(part for part in parts if part)
            if row.talk_status is not AppointmentStatus.GEPLAND:
                text = f"{talk_status_label(row.talk_status)} · {text}"
            return text
        return row.consultant_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks for a dozen roles per cell; the ones not answered return at once.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(row, column)
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_talk and row.talk_status is AppointmentStatus.GEANNULEERD:
                return QBrush(CANCELLED_COLOUR)
            if not row.is_talk and column == 4:
                status = row.step_status
                if status in (StepStatus.OVERDUE, StepStatus.PLANNED_LATE):
                    return QBrush(OVERDUE_COLOUR)
                if status is StepStatus.DUE_SOON:
                    return QBrush(DUE_SOON_COLOUR)
                if status is StepStatus.PLANNED:
                    return QBrush(PLANNED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column in (1, 3):
            font = QFont()
            if row.is_talk:
                font.setBold(row.talk_status is AppointmentStatus.GEPLAND)
                font.setStrikeOut(row.talk_status is AppointmentStatus.GEANNULEERD)
            else:
                font.setItalic(True)  # a deadline, not an appointment
            return font
        if role == PERSON_ROLE:
            return row.person_id
        if role == ENTRY_ROLE:
            return row
        return None
