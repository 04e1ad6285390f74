"""The caseload screen: search field, filters and the table of inburgeraars."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.access.roles import is_admin
from desktop.caseload import (
    CaseloadFilter,
    CaseloadRow,
    consultants,
    filter_caseload,
    load_caseload,
    sort_key,
)
from desktop.domain.enums import Category, Route
from desktop.domain.text import is_right_to_left
from desktop.journey.engine import StepKey
from desktop.store import Store
from ui.caseload_model import CaseloadModel, Column
from ui.caseload_search import SearchAssist
from ui.labels import category_label, error_message, route_label, step_label
from ui.memory import after_big_load, release
from ui.worker import TaskRunner

log = logging.getLogger(__name__)

#: What a caseload load brings back: the rows, the team (id, name), and whether the user is an
#: admin (the empty state's "Team beheren").
Loaded = tuple[list[CaseloadRow], list[tuple[str, str]], bool]


@dataclass(frozen=True)
class Prepared:
    """A load with the work on its rows done off the GUI thread: the rows the filter of the
    moment the load began shows, in the table's order then, and the team's counts."""

    loaded: Loaded
    shown: list[CaseloadRow]
    filter: CaseloadFilter
    order: object
    team_counts: dict[str | None, int]


def count_team(rows: Sequence[CaseloadRow]) -> dict[str | None, int]:
    """Per consultant id, how many running trajectories they guide."""
    counts: dict[str | None, int] = {}
    for row in rows:
        if not row.ended:
            counts[row.consultant_id] = counts.get(row.consultant_id, 0) + 1
    return counts


class ScriptAwareDelegate(QStyledItemDelegate):
    """Lays out right-to-left text (Arabic, Dari) right-to-left, whatever the UI direction."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if is_right_to_left(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft


class CaseloadView(QWidget):
    """Search, filters and the caseload table for one unlocked store.

    Signals:
        counts_changed(int, int): rows shown, rows loaded.
        loading_changed(bool): True while the caseload is loaded off the GUI thread.
        painted(): the rows of a load are on screen (the first paint after they came); slower
            work that waited for the list (the sync status count) starts here.
        open_person(str): a person was chosen (double-click or Enter on a row).
        handouts_requested(str): "Handouts…" was chosen in a row's context menu.
        register_requested(): "Register a new koppeling" was chosen (empty state, Ctrl+N).
        team_requested(): "Manage the team" was chosen in the empty state.
        assign_requested(): "Assign to…" was chosen for the selected rows.
    """

    counts_changed = Signal(int, int)
    loading_changed = Signal(bool)
    painted = Signal()
    open_person = Signal(str)
    handouts_requested = Signal(str)
    register_requested = Signal()
    team_requested = Signal()
    assign_requested = Signal()

    def __init__(self, runner: TaskRunner, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._rows: list[CaseloadRow] = []
        self._generation = 0  # results of a load started before a lock are dropped
        self._columns_sized = False
        self._names: dict[Any, str] = {}
        self._can_manage_team = False
        self._store: Store | None = None
        self._paint_pending = False  # a load's rows are in the model, not yet painted

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.consultant = QComboBox()
        self.category = QComboBox()
        self.route = QComboBox()
        self.step = QComboBox()
        self.overdue_only = QCheckBox()
        self.include_ended = QCheckBox()
        self.show_bsn = QCheckBox()
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(False)
        self._labels = {name: QLabel() for name in ("consultant", "category", "route", "step")}
        for name, label in self._labels.items():
            label.setBuddy(getattr(self, name))

        self.model = CaseloadModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseload")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(int(Column.NAME_ORIGINAL), ScriptAwareDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        # Most urgent first; set before enabling sorting, which sorts at once.
        self.table.horizontalHeader().setSortIndicator(
            int(Column.NEXT_DEADLINE), Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.viewport().installEventFilter(self)
        self.model.set_source(self._fetch_people, self._shows)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        for combo in (self.consultant, self.category, self.route, self.step):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)
        self.include_ended.toggled.connect(self.apply_filter)
        self.show_bsn.toggled.connect(self.model.set_show_bsn)

        self.empty_state = QWidget()
        self.empty_state.setObjectName("empty_state")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("empty_text")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.register_button = QPushButton()
        self.register_button.setObjectName("empty_register")
        self.register_button.clicked.connect(lambda _checked=False: self.register_requested.emit())
        self.team_button = QPushButton()
        self.team_button.setObjectName("empty_team")
        self.team_button.clicked.connect(lambda _checked=False: self.team_requested.emit())
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assign")
        self.assign_button.clicked.connect(lambda _checked=False: self.assign_requested.emit())
        self._team_counts: dict[str | None, int] = {}

        self.my_caseload = QPushButton()  # the consultant the logged-in user is
        self.my_caseload.setObjectName("my_caseload")
        self.my_caseload.setVisible(False)
        self.my_caseload.clicked.connect(self.show_my_caseload)
        self.my_consultant_id: str | None = None
        self.search_assist = SearchAssist(
            self.search, self.table,
            {name: (getattr(self, name), self._labels[name]) for name in self._labels},
            [self.overdue_only], self.include_ended,
            apply=self.apply_filter, row_at=self.model.row_at, parent=self,
        )  # fmt: skip
        self.search_assist.open_person.connect(self.open_person)
        self._layout()
        self.retranslate_ui()

    def _layout(self) -> None:
        empty = QVBoxLayout(self.empty_state)
        empty.addStretch(1)
        empty.addWidget(self.empty_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.team_button)
        buttons.addStretch(1)
        empty.addLayout(buttons)
        empty.addStretch(2)
        self.empty_state.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.overdue_only)
        top.addWidget(self.include_ended)
        top.addWidget(self.show_bsn)
        top.addWidget(self.assign_button)
        filters = QHBoxLayout()
        for name in ("consultant", "category", "route", "step"):
            filters.addWidget(self._labels[name])
            filters.addWidget(getattr(self, name), 1)
            if name == "consultant":
                filters.addWidget(self.my_caseload)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.search_assist.chips)
        no_match = QHBoxLayout()
        no_match.addWidget(self.search_assist.no_match, 1)
        no_match.addWidget(self.search_assist.show_outside)
        layout.addLayout(no_match)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_state, 1)

    # -- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, BSN or V-number"))
        self.overdue_only.setText(self.tr("Only &overdue"))
        self.include_ended.setText(self.tr("Also &ended trajectories"))
        self.show_bsn.setText(self.tr("Show full &BSN"))
        self.my_caseload.setText(self.tr("&My caseload"))
        self.my_caseload.setToolTip(self.tr("Only the people you guide"))
        self._labels["consultant"].setText(self.tr("Consultant:"))
        self._labels["category"].setText(self.tr("Category:"))
        self._labels["route"].setText(self.tr("Route:"))
        self._labels["step"].setText(self.tr("Step:"))
        self.empty_text.setText(self.tr(
            "<h3>No one in the caseload yet</h3><p>Start by registering the person the COA "
            "linked to the municipality (Ctrl+N). An admin first adds the team's consultants, "
            "whose names and phone numbers go on the handouts.</p>"))  # fmt: skip
        self.register_button.setText(self.tr("Register a new &koppeling"))
        self.team_button.setText(self.tr("Manage the &team"))
        self.assign_button.setText(self.tr("&Assign to…"))
        self.assign_button.setToolTip(self.tr("Give the selected people to a consultant"))
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.table.setAccessibleName(self.tr("Caseload"))
        for name, label in self._labels.items():
            getattr(self, name).setAccessibleName(label.text().rstrip(":"))
        self.search_assist.retranslate()
        self._fill_choices()
        self.model.retranslate()
        if self.model.rowCount():
            self._size_columns()  # labels differ in length between languages

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            self._paint_pending
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            self._paint_pending = False
            # After this paint event is done: the pixels are there when the slots run.
            QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_me(self, consultant_id: str | None) -> None:
        """The consultant the logged-in user is (None: not linked): "My caseload" shows them."""
        self.my_consultant_id = consultant_id
        self.my_caseload.setVisible(consultant_id is not None)

    def show_my_caseload(self) -> None:
        """Filter on the logged-in user's own people."""
        found = self.consultant.findData(self.my_consultant_id)
        if self.my_consultant_id is not None and found >= 0:
            self.consultant.setCurrentIndex(found)
            self.apply_filter()

    def _fill_choices(self, team: Sequence[tuple[str, str]] | None = None) -> None:
        """(Re)fill the filter combos, keeping what was chosen."""
        everyone = self.tr("All")
        if team is None:
            team = [
                (self.consultant.itemData(i), self._names.get(self.consultant.itemData(i), ""))
                for i in range(1, self.consultant.count())
            ]
        self._names = dict(team)
        counted = [
            (
                cid,
                self.tr("{name} ({count})").format(name=name, count=self._team_counts.get(cid, 0)),
            )
            for cid, name in team
        ]
        choices: list[tuple[QComboBox, list[tuple[Any, str]]]] = [
            (self.consultant, counted),
            (self.category, [(c, category_label(c)) for c in Category]),
            (self.route, [(r, route_label(r)) for r in Route]),
            (self.step, [(s, step_label(s)) for s in StepKey]),
        ]
        for combo, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value, text in items:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # -- loading -------------------------------------------------------------------------

    def show_store(self, store: Store) -> None:
        """Load the caseload of ``store`` off the GUI thread, then show it."""
        self._store = store
        self._generation += 1
        generation, today = self._generation, self._today
        flt, order, model = self.current_filter(), self.model.order, self.model

        def load() -> Prepared:  # off the GUI thread, the role check and the filtering too
            rows = load_caseload(store, today=today)
            shown = model.ordered(filter_caseload(rows, flt), order)
            loaded = (rows, consultants(store), is_admin(store))
            return Prepared(loaded, shown, flt, order, count_team(rows))

        self.message.setVisible(False)
        self.loading_changed.emit(True)
        self._runner.run(
            load,
            lambda result: self._loaded(generation, result),
            lambda error: self._load_failed(generation, error),
        )

    def refresh_people(self, person_ids: Collection[str]) -> None:
        """Only these people changed (a save, a sync): update their rows, not the whole list."""
        if self._store is None:
            return
        self.model.refresh_people(person_ids)
        self._update_after_change()

    def _update_after_change(self) -> None:
        empty = not self._rows
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)
        self.team_button.setVisible(empty and self._can_manage_team)
        if self.model.rowCount() and not self._columns_sized:
            self._size_columns()
        self.counts_changed.emit(self.model.rowCount(), len(self._rows))

    def _loaded(self, generation: int, result: Prepared) -> None:
        if generation != self._generation:
            return
        self._rows, team, self._can_manage_team = result.loaded
        self._team_counts = result.team_counts
        self._fill_choices(team)
        self._paint_pending = True
        if self.current_filter() == result.filter:  # nothing typed or chosen since it began
            self._show(result.shown, result.filter, ordered_for=result.order)
        else:
            self.apply_filter()
        after_big_load()  # the rows live until the next load: out of the collector's way
        self.loading_changed.emit(False)
        if not self.table.isVisible() or not self.isVisible():
            self._paint_pending = False  # nothing to paint (empty state, another screen)
            self.painted.emit()

    def _load_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        log.error("loading the caseload failed", exc_info=error)
        self.loading_changed.emit(False)
        self.message.setText(error_message(error))
        self.message.setVisible(True)

    def clear(self) -> None:
        """Forget everything personal (on lock): rows, search text, consultant names."""
        self._generation += 1
        self._store = None
        self._filter_timer.stop()
        self._paint_pending = False
        self._rows = []
        release()  # frozen at the load: the collector may take it now
        self._team_counts = {}
        self._names = {}
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("All"), None)
        self.consultant.blockSignals(False)
        self.message.clear()
        self.message.setVisible(False)
        self.counts_changed.emit(0, 0)

    # -- filtering -----------------------------------------------------------------------

    def current_filter(self) -> CaseloadFilter:
        return CaseloadFilter(
            text=self.search.text(),
            consultant_id=self.consultant.currentData(),
            category=self.category.currentData(),
            route=self.route.currentData(),
            step=self.step.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            include_ended=self.include_ended.isChecked(),
        )

    def apply_filter(self) -> None:
        """Show the loaded rows that match the search field and filters."""
        self._filter_timer.stop()
        flt = self.current_filter()
        self._show(filter_caseload(self._rows, flt), flt)

    def _show(
        self, shown: list[CaseloadRow], flt: CaseloadFilter, *, ordered_for: object = None
    ) -> None:
        self.model.set_rows(shown, ordered_for=ordered_for)
        self.search_assist.update(self._rows, flt, len(shown))
        empty = not self._rows
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)
        self.team_button.setVisible(empty and self._can_manage_team)
        if shown and not self._columns_sized:
            self._size_columns()
        self.counts_changed.emit(len(shown), len(self._rows))

    def _size_columns(self) -> None:
        """Columns as wide as their header and the rows on screen, from font metrics.

        Not ``resizeColumnsToContents``: that asks the model for every cell of every row
        (72,000 ``data`` calls at 5,000 people) before the first paint.
        """
        header = self.table.horizontalHeader()
        cells = self.table.fontMetrics()
        titles = header.fontMetrics()
        visible = max(self.table.viewport().height() // max(cells.height() + 6, 1) + 1, 20)
        rows = range(min(self.model.rowCount(), visible))
        icon = self.table.iconSize().width() or 16
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = titles.horizontalAdvance(title) + 28  # room for the sort arrow
            for row in rows:
                text = str(self.model.data(self.model.index(row, column)) or "")
                width = max(width, cells.horizontalAdvance(text) + 12)
            if column == Column.NEXT_DEADLINE:
                width += icon + 6
            header.resizeSection(column, min(width + 12, 260))
        self._columns_sized = True

    # -- refreshing some rows --------------------------------------------------------------

    def _fetch_people(self, person_ids: Any) -> list[CaseloadRow]:
        """Their rows as they are now, also in the loaded list (the filter's input)."""
        if self._store is None:
            return []
        fresh = load_caseload(self._store, today=self._today, person_ids=person_ids)
        wanted = set(person_ids)
        kept: list[CaseloadRow] = []
        gone: list[CaseloadRow] = []
        for row in self._rows:
            (gone if row.person_id in wanted else kept).append(row)
        for row in fresh:
            bisect.insort(kept, row, key=sort_key)
        self._rows = kept
        # The team's counts change by these rows only (not a pass over 50,000 rows).
        counts = self._team_counts
        for row in gone:
            if not row.ended:
                counts[row.consultant_id] = counts.get(row.consultant_id, 0) - 1
        for row in fresh:
            if not row.ended:
                counts[row.consultant_id] = counts.get(row.consultant_id, 0) + 1
        return fresh

    def _shows(self, row: CaseloadRow) -> bool:
        return bool(filter_caseload([row], self.current_filter()))

    def _activated(self, index: Any) -> None:
        if index.isValid():
            self.open_person.emit(self.model.row_at(index.row()).person_id)

    def selected_person_ids(self) -> list[str]:
        """Ids of the selected rows."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(row).person_id for row in sorted(rows)]

    def context_menu_for(self, row: int) -> QMenu:
        """The context menu of a row (separate from showing it, for tests)."""
        person_id = self.model.row_at(row).person_id
        menu = QMenu(self)
        action = menu.addAction(self.tr("&Handouts…"))
        action.triggered.connect(lambda: self.handouts_requested.emit(person_id))
        assign = menu.addAction(self.tr("&Assign to…"))
        assign.triggered.connect(self.assign_requested.emit)
        return menu

    def _context_menu(self, position: Any) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.context_menu_for(index.row()).exec(self.table.viewport().mapToGlobal(position))

    def visible_texts(self) -> list[str]:
        """Every cell text on screen (for tests and checks that nothing personal is left)."""
        return [
            str(self.model.data(self.model.index(r, c)) or "")
            for r in range(self.model.rowCount())
            for c in range(self.model.columnCount())
        ]
