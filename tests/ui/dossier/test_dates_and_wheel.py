"""The date field, the wheel guard and a dossier opening at the top, through real keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget, QComboBox, QScrollArea

from tests.ui.conftest import TODAY
from tests.ui.dossier.conftest import fill, open_dossier
from tests.ui.screens import settle
from tests.ui.test_laptop_sizes import SMALLEST, TASKBAR, off_screen_buttons, screen_size, shot
from ui.dates import DateEdit
from ui.main_window import MainWindow


def wheel(widget, steps: int = -1) -> None:
    """Turn the mouse wheel over ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)


#: A calendar is a popup: the offscreen platform cannot raise it or grab the keyboard for it.
popup_warnings = pytest.mark.qt_log_ignore(
    "does not support raise", "grabbing the keyboard", "does not support propagateSizeHints"
)


def leave(qtbot, field) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_two_digit_birth_year_lies_in_the_past_and_is_shown_in_full(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("person")
    person = window.dossier.form("person")
    field = person.editors["birth_date"].widget
    assert isinstance(field, DateEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "12-3-85")
    leave(qtbot, field)
    assert field.text() == "12-03-1985"
    assert not person.editors["birth_date"].error.isVisible()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1985-03-12")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved unleft
    qtbot.waitUntil(lambda: person.editors["birth_date"].value() == "12-03-1985")


@popup_warnings
def test_ctrl_semicolon_fills_in_today_and_the_calendar_picks_a_day(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("koffie_en_koek")
    kek = window.dossier.form("koffie_en_koek")
    field = kek.editors["held_on"].widget
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == TODAY.strftime("%d-%m-%Y")  # the app's today, not the computer's
    assert kek.editors["held_on"].value() == "01-03-2025"
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.findChild(QCalendarWidget, "calendar_popup")
    assert popup is not None and popup.isVisible()
    popup.setSelectedDate(popup.selectedDate().addDays(-3))
    popup.activated.emit(popup.selectedDate())  # what Enter on a day sends
    assert not popup.isVisible()
    assert field.text() == "26-02-2025"


@popup_warnings
def test_the_calendar_button_opens_the_calendar(qtbot) -> None:
    field = DateEdit(today=date(2026, 12, 1), past=True)
    qtbot.addWidget(field)
    field.show()
    field.calendar_action.trigger()
    popup = field.findChild(QCalendarWidget, "calendar_popup")
    assert popup.isVisible()
    assert popup.selectedDate().toPython() == date(2026, 12, 1)
    popup.clicked.emit(popup.selectedDate().addDays(-1))
    assert field.date() == date(2026, 11, 30)


def test_the_wheel_leaves_a_combo_box_alone_unless_it_has_focus(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("brede_intake")
    intake = window.dossier.form("brede_intake")
    combos = [e.widget for e in intake.editors.values() if isinstance(e.widget, QComboBox)]
    combo = next(c for c in combos if c.isVisible() and c.objectName() != "variant")
    before = combo.currentIndex()
    window.dossier.tabs.setFocus()
    wheel(combo)
    wheel(combo)
    assert combo.currentIndex() == before  # scrolling past it changed nothing
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not focus it
    combo.setFocus()
    wheel(combo)
    assert combo.currentIndex() != before  # focused on purpose, the wheel chooses


def test_the_next_dossier_opens_at_the_top_of_each_tab(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("brede_intake")
    intake = window.dossier.form("brede_intake")
    intake.show_health.setChecked(True)
    bar = intake.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.dossier, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    open_dossier(qtbot, window, "Haddad")
    window.dossier.show_tab("brede_intake")
    assert bar.value() == 0
    for area in window.dossier.findChildren(QScrollArea):
        assert area.verticalScrollBar().value() == 0


def test_a_long_name_is_elided_in_the_header_and_never_widens_the_window(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    long_name = "Tesfamariam-Gebremedhin " * 12
    window.dossier.name.setText(long_name)
    QApplication.processEvents()
    assert window.width() <= 1366
    assert window.dossier.name.is_elided()
    assert window.dossier.name.toolTip() == long_name


def test_long_messages_and_names_never_widen_the_window(qtbot, dossier_window) -> None:
    window = dossier_window("Tesfay")
    width, height = screen_size()
    window.resize(width, height - TASKBAR)
    settle(qtbot, window)
    before = window.width()
    window.dossier.show_tab("person")
    person = window.dossier.form("person")
    fill(person, bsn="123456789", given_names="Senait-Abrehet-Gebremariam " * 8)
    person.save_button.click()
    settle(qtbot, window)
    assert person.editors["bsn"].error.isVisible()
    shot(window, "dossier_person_long_error")
    assert window.width() == before
    assert window.minimumSizeHint().width() <= SMALLEST[0]
    assert not off_screen_buttons(window)


def test_a_date_message_follows_the_language(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("koffie_en_koek")
    editor = window.dossier.form("koffie_en_koek").editors["held_on"]
    editor.widget.setFocus()
    qtbot.keyClicks(editor.widget, "31-2-2025")
    leave(qtbot, editor.widget)
    assert editor.error.text().startswith("Dit is geen geldige datum")
    window.set_language("en")
    qtbot.waitUntil(lambda: editor.error.text().startswith("This is not a valid date"))
    window.set_language("nl")
    qtbot.waitUntil(lambda: editor.error.text().startswith("Dit is geen geldige datum"))
