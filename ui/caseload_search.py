"""The caseload's search helpers: keys in the search field, active-filter chips, no-match text.

A filter left on must never hide the person searched for without saying so: every active
filter is shown beside the search box with one click to clear it, and a search that finds
no one says so, and how many it would find without the filters.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.caseload import CaseloadFilter, CaseloadRow, filter_caseload


class FilterChips(QWidget):
    """One button per active filter ("Consultant: Anna ×"); a click clears that filter.

    Signals:
        cleared(): a filter was cleared by one of the buttons.
    """

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_chips")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.title = QLabel()
        self._layout.addWidget(self.title)
        self.buttons: list[QPushButton] = []
        self.clear_all = QPushButton()
        self.clear_all.setObjectName("clear_filters")
        self.clear_all.setFlat(True)
        self._layout.addWidget(self.clear_all)
        self._layout.addStretch(1)
        self._clearers: list[Callable[[], None]] = []
        self.clear_all.clicked.connect(lambda _checked=False: self._clear_all())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Filters on:"))
        self.clear_all.setText(self.tr("Clear all filters"))
        self.clear_all.setAccessibleName(self.tr("Clear all filters"))

    def show_filters(self, active: list[tuple[str, Callable[[], None]]]) -> None:
        """Show one chip per (text, clear function); hidden when nothing filters."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self._clearers = [clear for _text, clear in active]
        for position, (text, clear) in enumerate(active):
            button = QPushButton(f"{text}  ×")
            button.setObjectName(f"chip_{position}")
            button.setToolTip(self.tr("Click to stop filtering on this"))
            button.setAccessibleName(self.tr("Clear filter {name}").format(name=text))
            button.clicked.connect(lambda _checked=False, c=clear: self._clear(c))
            self._layout.insertWidget(1 + position, button)
            self.buttons.append(button)
        self.clear_all.setVisible(len(active) > 1)
        self.setVisible(bool(active))

    def _clear(self, clear: Callable[[], None]) -> None:
        clear()
        self.cleared.emit()

    def _clear_all(self) -> None:
        for clear in list(self._clearers):
            clear()
        self.cleared.emit()


class SearchAssist(QObject):
    """Enter in the search field opens the only hit (or goes to the first), Down moves into
    the table; the chips and the no-match message follow every filtering.

    Signals:
        open_person(str): Enter chose the only person found.
    """

    open_person = Signal(str)

    def __init__(
        self,
        search: QLineEdit,
        table: QTableView,
        combos: dict[str, tuple[QComboBox, QLabel]],
        checks: list[QCheckBox],
        include_ended: QCheckBox,
        *,
        apply: Callable[[], None],
        row_at: Callable[[int], CaseloadRow],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.search, self.table, self._combos, self._checks = search, table, combos, checks
        self._include_ended = include_ended
        self._apply, self._row_at = apply, row_at
        self.chips = FilterChips()
        self.chips.setVisible(False)
        self.no_match = QLabel()
        self.no_match.setObjectName("no_match")
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)
        self.no_match.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.show_outside = QPushButton()
        self.show_outside.setObjectName("search_without_filters")
        self.show_outside.setVisible(False)
        self.show_outside.clicked.connect(lambda _checked=False: self.search_everyone())
        self.chips.cleared.connect(self._apply)
        search.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.chips.retranslate()
        self.show_outside.setText(self.tr("Search without the filters"))

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if event.key() == Qt.Key.Key_Down:
                self._into_table()
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        self._apply()  # the typed text, not what the delayed filter showed
        rows = self.table.model().rowCount()
        if rows == 1:
            self.open_person.emit(self._row_at(0).person_id)
        elif rows > 1:
            self._into_table()

    def _into_table(self) -> None:
        self._apply()
        if self.table.model().rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        self.table.selectRow(0)
        self.table.setCurrentIndex(self.table.model().index(0, 0))

    # -- filters ---------------------------------------------------------------------------

    def active_filters(self) -> list[tuple[str, Callable[[], None]]]:
        """What filters now, as (text, clear function)."""
        found: list[tuple[str, Callable[[], None]]] = []
        for combo, label in self._combos.values():
            if combo.currentData() is not None:
                text = f"{label.text().rstrip(':')}: {combo.currentText()}"
                found.append((text, partial(combo.setCurrentIndex, 0)))
        for box in self._checks:
            if box.isChecked():
                found.append((box.text().replace("&", ""), partial(box.setChecked, False)))
        return found

    def clear_filters(self) -> None:
        """Stop every filter (the search text stays)."""
        for combo, _label in self._combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in self._checks:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._apply()

    def search_everyone(self) -> None:
        """Stop every filter and include ended trajectories: whoever matches is shown."""
        self._include_ended.blockSignals(True)
        self._include_ended.setChecked(True)
        self._include_ended.blockSignals(False)
        self.clear_filters()

    def update(self, rows: list[CaseloadRow], flt: CaseloadFilter, shown: int) -> None:
        """After a filtering: the chips, and a message when no one is shown."""
        self.chips.show_filters(self.active_filters())
        text = flt.text.strip()
        if shown or not rows:
            self.no_match.setVisible(False)
            self.show_outside.setVisible(False)
            return
        unfiltered = CaseloadFilter(text=flt.text, include_ended=True)  # every filter off
        outside = len(filter_caseload(rows, unfiltered)) if text else len(rows)
        if text:
            message = self.tr("No one matches “{text}”.").format(text=text)
        else:
            message = self.tr("No one matches the filters.")
        if outside:
            message += " " + self.tr("Found without the filters: {count}.").format(count=outside)
        else:
            message += " " + self.tr(
                "Check the spelling, or search by BSN, V-number or birth date (dd-mm-yyyy)."
            )
        self.no_match.setText(message)
        self.no_match.setVisible(True)
        self.show_outside.setVisible(bool(outside))

    def widgets(self) -> dict[str, Any]:
        """The widgets the caseload lays out."""
        return {"chips": self.chips, "no_match": self.no_match, "outside": self.show_outside}
