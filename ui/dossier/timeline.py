"""The klantreis as a vertical timeline: each step with its date, status and what is next."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.journey.engine import JourneyState, StepKey, StepState, StepStatus
from ui.caseload_model import format_date
from ui.labels import status_label, step_label

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2

COLOURS = {
    StepStatus.DONE: QColor("#2e7d32"),
    StepStatus.OPEN: QColor("#607d8b"),
    StepStatus.DUE_SOON: QColor("#d9730d"),
    StepStatus.OVERDUE: QColor("#c62828"),
    StepStatus.PLANNED: QColor("#1565c0"),
    StepStatus.PLANNED_LATE: QColor("#c62828"),
    StepStatus.NOT_APPLICABLE: QColor("#bdbdbd"),
}
MARKS = {StepStatus.DONE: "✓", StepStatus.OVERDUE: "!", StepStatus.DUE_SOON: "•",
         StepStatus.PLANNED: "◷", StepStatus.PLANNED_LATE: "!"}  # fmt: skip


def when_text(state: StepState) -> str:
    """'done on 12-03-2025', 'due by 31-03-2025 · Overdue', ... in the UI language."""
    translate = QCoreApplication.translate
    if state.status is StepStatus.DONE and state.done_on:
        return translate("Timeline", "done on {date}").format(date=format_date(state.done_on))
    if state.status is StepStatus.NOT_APPLICABLE:
        return status_label(state.status)
    parts = []
    if state.due:
        parts.append(translate("Timeline", "due by {date}").format(date=format_date(state.due)))
    if state.planned:  # "Gepland 12-03-2025" or "Te laat gepland 14-03-2025"
        parts.append(f"{status_label(state.status)} {format_date(state.planned)}")
    else:
        parts.append(status_label(state.status))
    return " · ".join(parts)


class TimelineModel(QAbstractListModel):
    """The steps of one klantreis, in journey order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[StepState] = []
        self._current: StepKey | str | None = None

    def set_journey(self, journey: JourneyState | None) -> None:
        """Show the steps of ``journey`` (nothing for a person without a trajectory)."""
        self.beginResetModel()
        self._steps = list(journey.steps) if journey else []
        focus = journey.focus if journey else None  # as the header and the caseload show it
        self._current = focus.step if focus else None
        self.endResetModel()

    def row_of(self, step: StepKey | str) -> int:
        """The row of a step (-1 when the journey has no such step)."""
        return next((row for row, state in enumerate(self._steps) if state.step == step), -1)

    def steps(self) -> Sequence[StepState]:
        return tuple(self._steps)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        state = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return state.label or step_label(state.step)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{when_text(state)}\n{state.note}".strip()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{state.label or step_label(state.step)}: {when_text(state)}"
        if role == STATE_ROLE:
            return state
        if role == CURRENT_ROLE:
            return state.step is self._current
        return None


class TimelineDelegate(QStyledItemDelegate):
    """Paints a step as a dot on a line, with its name, date and status, and the note."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(280, 3 * line + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state: StepState | None = index.data(STATE_ROLE)
        if state is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        palette = option.palette
        if index.data(CURRENT_ROLE):
            painter.fillRect(rect, QColor("#e3f2fd"))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.highlight().color().lighter(170))
        colour = COLOURS[state.status]
        x = rect.left() + 18
        painter.setPen(QPen(QColor("#cfd8dc"), 2))
        if index.row() > 0:
            painter.drawLine(x, rect.top(), x, rect.center().y())
        if index.row() < index.model().rowCount() - 1:
            painter.drawLine(x, rect.center().y(), x, rect.bottom() + 1)
        dot = QRect(x - 9, rect.center().y() - 9, 18, 18)
        painter.setPen(QPen(colour, 2))
        done_like = state.status in (StepStatus.DONE, StepStatus.OVERDUE, StepStatus.DUE_SOON,
                                     StepStatus.PLANNED, StepStatus.PLANNED_LATE)  # fmt: skip
        painter.setBrush(colour if done_like else palette.base().color())
        painter.drawEllipse(dot)
        mark = MARKS.get(state.status)
        if mark:
            painter.setPen(QColor("white"))
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, mark)
        text_rect = rect.adjusted(38, 4, -6, -4)
        title = QFont(option.font)
        title.setBold(True)
        painter.setFont(title)
        faded = state.status is StepStatus.NOT_APPLICABLE
        painter.setPen(QColor("#9e9e9e") if faded else palette.text().color())
        line = painter.fontMetrics().height()
        left, width = text_rect.left(), text_rect.width()
        painter.drawText(QRect(left, text_rect.top(), width, line), Qt.AlignmentFlag.AlignLeft,
                         str(index.data()))  # fmt: skip
        small = QFont(option.font)
        painter.setFont(small)
        painter.setPen(colour if not faded else QColor("#9e9e9e"))
        painter.drawText(QRect(left, text_rect.top() + line, width, line),
                         Qt.AlignmentFlag.AlignLeft, when_text(state))  # fmt: skip
        note = state.note
        if note:
            small.setPointSizeF(small.pointSizeF() * 0.9)
            painter.setFont(small)
            painter.setPen(QColor("#757575"))
            third = QRect(left, text_rect.top() + 2 * line, width, line)
            elided = painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight,
                                                      third.width())  # fmt: skip
            painter.drawText(third, Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()


class TimelineView(QListView):
    """The timeline list; activating a step asks to open its form.

    Signals: inherited ``activated(QModelIndex)``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.timeline = TimelineModel(self)
        self.setModel(self.timeline)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setMinimumWidth(300)
        self.setMaximumWidth(380)
