"""Small building blocks shared by the screens: a centred panel, headings, error labels,
labels that elide, and the guard that keeps the mouse wheel from changing values."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

PANEL_WIDTH = 620


def heading_label() -> QLabel:
    """A large bold label for the title of a screen."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label() -> QLabel:
    """A red, wrapping label for a message next to a field; empty when all is well."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#error { color: #b00020; font-weight: bold; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def centred_panel(*items: QWidget | QLayout) -> QWidget:
    """A page with the items stacked in a fixed-width column in the middle of the screen."""
    page = QWidget()
    column = QWidget()
    column.setMaximumWidth(PANEL_WIDTH)
    column.setMinimumWidth(min(PANEL_WIDTH, 420))
    stack = QVBoxLayout(column)
    stack.setSpacing(14)
    for item in items:
        if isinstance(item, QLayout):
            stack.addLayout(item)
        else:
            stack.addWidget(item)
    grid = QGridLayout(page)
    grid.addWidget(column, 1, 1)
    grid.setRowStretch(0, 1)
    grid.setRowStretch(2, 2)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(2, 1)
    return page


class ElidedLabel(QLabel):
    """A one-line label that shortens a long text with "…" instead of widening the window;
    the whole text is its tooltip (and stays its ``text()``)."""

    MINIMUM_WIDTH = 60

    def __init__(self, text: str = "", parent: QWidget | None = None, *, heading: bool = False):
        super().__init__(text, parent)
        if heading:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            self.setFont(font)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MINIMUM_WIDTH), hint.height())

    def is_elided(self) -> bool:
        """True when the text does not fit and is shown shortened."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


def scroll_to_top(widget: QWidget) -> None:
    """Scroll every scroll area inside ``widget`` back to its top left."""
    for area in widget.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(0)
        area.horizontalScrollBar().setValue(0)


def _wheel_target(widget: QWidget | None) -> QWidget | None:
    """The value-holding control a wheel event over ``widget`` would change, if any."""
    while widget is not None:
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    """Keeps the mouse wheel from changing a combo box or spin box that does not have the
    keyboard focus: scrolling a long form over a field scrolls the form, never the value.

    Installed once on the application (:func:`install_wheel_guard`); such controls also take
    focus by click or Tab only, not by the wheel.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            target = _wheel_target(watched)
            if target is not None and not target.hasFocus():
                event.ignore()  # ignored: Qt passes it on to the parent (the scroll area)
                return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the :class:`WheelGuard` on the application (once; returns it)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard


#: Room a window keeps free for the title bar and the taskbar.
SCREEN_MARGIN = 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width``×``height``, or less where its screen is smaller (a 768-px
    laptop, or 150 % scaling): its buttons stay on the screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - SCREEN_MARGIN // 2)
        height = min(height, room.height() - SCREEN_MARGIN)
    widget.resize(width, height)
