"""The one date field of every form and dialog: typed dd-mm-jjjj, a calendar, Ctrl+; for today.

A consultant types dates fast ("12-3-85", "1-1-26", "2026-01-01"); the field shows them as
dd-mm-jjjj once it is left, with the century chosen by what the date is for (a birth date lies
in the past, an appointment near today). Alt+Down or F4 opens a calendar; Ctrl+; fills in today.
It stays a line edit so that a half-typed date can be kept in a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from desktop.dossier.validation import format_date, normalise_date, parse_date

#: The shortcut that fills in today's date (as in spreadsheets).
TODAY_SHORTCUT = "Ctrl+;"
#: The shortcuts that open the calendar (as in a date picker).
CALENDAR_SHORTCUTS = ("Alt+Down", "F4")

Today = Callable[[], date]
#: ``date`` by another name: inside the class, ``date`` is the method.
Date = date


def _calendar_icon() -> QIcon:
    """A small calendar drawn in the palette's neutral grey (no icon file needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#555555"), 1))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 3), QColor("#555555"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + column * 4, 7 + row * 3, 2, 2), QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class DateEdit(QLineEdit):
    """A date field with a calendar popup and "vandaag" (Ctrl+;).

    ``past``: the date cannot lie in the future (a birth, a talk held), which decides the
    century of a two-digit year. ``today``: the date "vandaag" means (a date or a function
    giving it; the computer's date when not given).

    Signals:
        date_picked(): a date was chosen in the calendar or with Ctrl+; (``textChanged``
            fires as well).
    """

    date_picked = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        past: bool = False,
        today: Date | Today | None = None,
    ) -> None:
        super().__init__(parent)
        self.past = past
        if isinstance(today, Date):
            fixed = today
            self._today: Today = lambda: fixed
        else:
            self._today = today or date.today
        self.setMaximumWidth(160)
        self.calendar_action = QAction(_calendar_icon(), "", self)
        self.calendar_action.setObjectName("calendar")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.today_shortcut = QShortcut(QKeySequence(TODAY_SHORTCUT), self)
        self.today_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.today_shortcut.activated.connect(self.set_today)
        self._calendar_shortcuts = []
        for sequence in CALENDAR_SHORTCUTS:
            shortcut = QShortcut(QKeySequence(sequence), self)
            self._calendar_shortcuts.append(shortcut)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_calendar)
        self.editingFinished.connect(self.normalise)
        self._popup: QCalendarWidget | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        tip = self.tr("Choose from a calendar (Alt+Down); Ctrl+; fills in today")
        self.calendar_action.setText(self.tr("Calendar"))
        self.today_shortcut.setWhatsThis(self.tr("In a date field: today's date"))
        for shortcut in self._calendar_shortcuts:
            shortcut.setWhatsThis(self.tr("In a date field: the calendar"))
        self.calendar_action.setToolTip(tip)
        self.setToolTip(tip)
        own = getattr(self, "_own_description", "")
        if self.accessibleDescription() in ("", own):  # ours, not one a form gave it
            self._own_description = self.tr(
                "A date as day-month-year; Ctrl+; for today, Alt+Down for a calendar"
            )
            self.setAccessibleDescription(self._own_description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- value -----------------------------------------------------------------------------

    def use_today(self, today: Date | Today) -> None:
        """Let "vandaag" (and the century of a two-digit year) follow ``today``."""
        if isinstance(today, Date):
            fixed = today
            self._today = lambda: fixed
        else:
            self._today = today

    def today(self) -> Date:
        """The date "vandaag" fills in."""
        return self._today()

    def date(self) -> Date | None:
        """The date typed or picked; None when empty or not a date."""
        try:
            return parse_date(self.text(), past=self.past, today=self.today())
        except ValueError:
            return None

    def set_date(self, day: Date | None) -> None:
        """Show ``day`` as dd-mm-jjjj (empty for None)."""
        self.setText(format_date(day))

    def normalised_text(self) -> str:
        """The text as dd-mm-jjjj when it is a date, as typed otherwise."""
        return normalise_date(self.text(), past=self.past, today=self.today())

    def normalise(self) -> None:
        """Show the typed date as dd-mm-jjjj (a date that cannot be read stays as typed)."""
        text = self.normalised_text()
        if text != self.text():
            self.setText(text)

    def set_today(self) -> None:
        """Fill in today's date (Ctrl+;)."""
        self.set_date(self.today())
        self.date_picked.emit()

    # -- calendar --------------------------------------------------------------------------

    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar under the field, on the typed date (or today)."""
        if self._popup is None:
            popup = QCalendarWidget(self)
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setObjectName("calendar_popup")
            popup.setGridVisible(True)
            popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            popup.setAccessibleName(self.tr("Calendar"))
            popup.activated.connect(self._picked)
            popup.clicked.connect(self._picked)
            self._popup = popup
        popup = self._popup
        day = self.date() or self.today()
        popup.setSelectedDate(QDate(day.year, day.month, day.day))
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # keep the calendar on the screen of a small laptop
            below.setX(min(below.x(), screen.right() - popup.width()))
            if below.y() + popup.height() > screen.bottom():
                below.setY(self.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        popup.move(below)
        popup.show()
        popup.setFocus()
        return popup

    def _picked(self, picked: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.set_date(Date(picked.year(), picked.month(), picked.day()))
        self.setFocus()
        self.date_picked.emit()
