"""A small bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1d4e89")
REFERENCE = (QColor("#9aa9bd"), QColor("#e0a526"))
MARK = QColor("#b00020")


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its height (None: hidden, then ``text`` is drawn instead)."""

    label: str
    value: float | None
    text: str
    references: tuple[float, ...] = ()  # thinner bars beside it (the route forecasts)


class BarChart(QWidget):
    """Vertical bars with their values above them, thin reference bars beside them.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._legend: tuple[str, ...] = ()
        self._maximum = 1.0
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(
        self, bars: Sequence[Bar], maximum: float | None = None, legend: Sequence[str] = ()
    ) -> None:
        """Show these bars; heights are scaled to ``maximum`` (default: the highest);
        ``legend`` names the reference bars, in order."""
        self._bars = list(bars)
        self._legend = tuple(legend)
        heights = [b.value or 0.0 for b in self._bars]
        heights += [r for b in self._bars for r in b.references]
        self._maximum = maximum or max([*heights, 1.0])
        self.setVisible(bool(self._bars))
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(8, line + 4, self.width() - 16, self.height() - 2 * line - 12)
        slot = area.width() / len(self._bars)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, bar in enumerate(self._bars):
            left = area.left() + index * slot
            width = slot * (0.55 if bar.references else 0.7)
            x = left + (slot - width * (1.6 if bar.references else 1)) / 2
            height = area.height() * (bar.value or 0.0) / self._maximum
            if bar.value is not None:
                painter.fillRect(QRectF(x, area.bottom() - height, width, height), BAR)
            for number, reference in enumerate(bar.references):
                r_height = area.height() * reference / self._maximum
                r_x = x + width + number * width * 0.3
                painter.fillRect(QRectF(r_x, area.bottom() - r_height, width * 0.28, r_height),
                                 REFERENCE[number % len(REFERENCE)])  # fmt: skip
            painter.setPen(MARK if bar.value is None else self.palette().text().color())
            top = area.bottom() - height - line
            painter.drawText(QRectF(left, top, slot, line), Qt.AlignmentFlag.AlignCenter, bar.text)
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(QRectF(left, area.bottom() + 2, slot, line),
                             Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
        x = area.right()
        for number, name in reversed(list(enumerate(self._legend))):
            width = metrics.horizontalAdvance(name)
            x -= width + 4
            painter.drawText(QRectF(x, 0, width + 2, line), Qt.AlignmentFlag.AlignLeft, name)
            x -= line
            painter.fillRect(QRectF(x, 3, line - 6, line - 6), REFERENCE[number % len(REFERENCE)])
            x -= 12
        painter.end()
