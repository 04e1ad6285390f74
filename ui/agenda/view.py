"""The Agenda: planned talks next to the deadlines of a day or a week, per consultant or team.

Loading runs off the GUI thread. The klantreis deadlines of the whole team are evaluated once
into a :class:`~desktop.agenda.week.DeadlineIndex` and refreshed only for the people that
changed since, so that paging through weeks reads just that period's talks.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.ics import export_ics
from desktop.agenda.planning import STEP_TALKS, load_talk
from desktop.agenda.week import AgendaEntry, DeadlineIndex, load_agenda, week_start
from desktop.caseload import consultants
from desktop.domain.appointments import AppointmentStatus
from desktop.journey.engine import StepStatus
from desktop.journey.rules import Rules, load_rules
from desktop.store import Store
from ui.agenda.labels import (
    TALK_LABELS,
    named_error_label,
    talk_label,
    weekday_label,
)
from ui.agenda.model import ENTRY_ROLE, PERSON_ROLE, AgendaModel, deadline_text
from ui.agenda.talk_dialog import TalkDialog, save_file_dialog
from ui.caseload_model import format_date
from ui.labels import error_message, status_label, step_label
from ui.widgets import heading_label
from ui.worker import TaskRunner

log = logging.getLogger(__name__)


class AgendaView(QWidget):
    """The agenda screen.

    Signals:
        open_person(str): the consultant chose a person (double-click or Enter).
        changed(str): a talk of this person was planned, moved or cancelled here.
        loaded(): a period is on screen.
    """

    open_person = Signal(str)
    changed = Signal(str)
    loaded = Signal()

    def __init__(
        self, runner: TaskRunner, *, today: date, rules: Rules | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._rules = rules or load_rules()
        self._store: Store | None = None
        self._index: DeadlineIndex | None = None
        self._dirty: set[str] = set()
        self._preparing = False
        self._refresh_waiting = False
        self._epoch = 0  # raised on lock: a background result of before is dropped
        self._generation = 0
        self.first = week_start(today)
        self.title = heading_label()
        self.period = QLabel()
        self.period.setObjectName("agenda_period")
        self.span = QComboBox()
        self.span.setObjectName("agenda_span")
        self.span.addItem("", 7)
        self.span.addItem("", 1)
        self.span.currentIndexChanged.connect(self._span_changed)
        self._span_label = QLabel()
        self._span_label.setBuddy(self.span)
        self.consultant = QComboBox()
        self.consultant.setObjectName("agenda_consultant")
        self.consultant.currentIndexChanged.connect(self.refresh)
        self._consultant_label = QLabel()
        self._consultant_label.setBuddy(self.consultant)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("agenda_previous")
        self.previous_button.clicked.connect(lambda: self.move_period(-1))
        self.today_button = QPushButton()
        self.today_button.setObjectName("agenda_today")
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton()
        self.next_button.setObjectName("agenda_next")
        self.next_button.clicked.connect(lambda: self.move_period(1))
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("agenda_plan")
        self.plan_button.clicked.connect(self.plan_selected)
        self.change_button = QPushButton()
        self.change_button.setObjectName("agenda_change")
        self.change_button.clicked.connect(self.change_selected)
        self.export_button = QPushButton()
        self.export_button.setObjectName("agenda_export")
        self.export_button.clicked.connect(self.export_period)
        self.full_name = QCheckBox()
        self.full_name.setObjectName("agenda_full_name")
        self.counts = QLabel()
        self.counts.setObjectName("agenda_counts")
        self.message = named_error_label("agenda_message")
        self.empty = QLabel()  # an empty period says so, not just an empty table
        self.empty.setObjectName("agenda_empty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setObjectName("agenda")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        for keys, step in (("PgUp", -1), ("PgDown", 1), ("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_period(step))
        self.dialog: TalkDialog | None = None
        self._layout()
        self.retranslate_ui()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self._span_label)
        top.addWidget(self.span)
        top.addWidget(self._consultant_label)
        top.addWidget(self.consultant)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.period, 1)
        navigation.addWidget(self.counts)
        actions = QHBoxLayout()
        actions.addWidget(self.plan_button)
        actions.addWidget(self.change_button)
        actions.addStretch(1)
        actions.addWidget(self.full_name)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(navigation)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Agenda"))
        self.empty.setText(self.tr(
            "No talks or deadlines in this period. Plan a talk with Ctrl+T in a dossier, "
            "or look at another period."))  # fmt: skip
        self._span_label.setText(self.tr("&Show:"))
        self.span.setItemText(0, self.tr("Week"))
        self.span.setItemText(1, self.tr("Day"))
        self._consultant_label.setText(self.tr("&For:"))
        if self.consultant.count():
            self.consultant.setItemText(0, self.tr("The whole team"))
        self.previous_button.setText(self.tr("← &Earlier"))
        self.previous_button.setToolTip(self.tr("Previous period (Page Up)"))
        self.today_button.setText(self.tr("T&oday"))
        self.next_button.setText(self.tr("&Later →"))
        self.next_button.setToolTip(self.tr("Next period (Page Down)"))
        self.plan_button.setText(self.tr("&Plan talk…"))
        self.plan_button.setToolTip(self.tr("Plan a talk with the selected person"))
        self.change_button.setText(self.tr("&Move or cancel…"))
        self.export_button.setText(self.tr("E&xport period to Outlook (.ics)…"))
        self.full_name.setText(self.tr("Full &names"))
        for widget in (self.span, self.consultant, self.previous_button, self.today_button,
                       self.next_button, self.plan_button, self.change_button,
                       self.export_button, self.full_name):  # fmt: skip
            name = widget.text() if hasattr(widget, "text") else ""
            widget.setAccessibleName(name.replace("&", "").strip(" ←→…"))
        self.span.setAccessibleName(self.tr("Show a week or a day"))
        self.consultant.setAccessibleName(self.tr("Whose agenda"))
        self.table.setAccessibleName(self.tr("Agenda"))
        self.model.retranslate()
        self._size_columns()
        self._show_period()
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Widths from the longest possible texts, once per language: sizing to the contents
        of every row would cost more than loading the week at 5,000 people."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        plain, strong = self.table.fontMetrics(), QFontMetrics(bold)
        sample = date(2025, 12, 31)
        texts = {
            0: [f"{weekday_label(day)} {format_date(sample)}" for day in range(7)],
            1: [f"{sample:%d}:00–23:59", QCoreApplication.translate("AgendaModel", "deadline")],
            3: [talk_label(kind) for kind in TALK_LABELS] + [step_label(k) for k in STEP_TALKS],
            4: [deadline_text(AgendaEntry(sample, None, "", "", "", None, "", "pip",
                                          step_status=StepStatus.PLANNED_LATE, planned=sample)),
                status_label(StepStatus.DUE_SOON)],
        }  # fmt: skip
        for column, options in texts.items():
            width = max(max(strong.horizontalAdvance(t), plain.horizontalAdvance(t))
                        for t in options)  # fmt: skip
            self.table.setColumnWidth(column, width + 18)
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), 46 * plain.averageCharWidth()))

    # -- period ----------------------------------------------------------------------------

    @property
    def days(self) -> int:
        return int(self.span.currentData() or 7)

    def _span_changed(self) -> None:
        self.first = week_start(self.first) if self.days == 7 else (
            self._today if week_start(self._today) == self.first else self.first)  # fmt: skip
        self.refresh()

    def move_period(self, step: int) -> None:
        """A period earlier (-1) or later (1)."""
        self.first += timedelta(days=step * self.days)
        self.refresh()

    def go_today(self) -> None:
        self.first = week_start(self._today) if self.days == 7 else self._today
        self.refresh()

    def _show_period(self) -> None:
        last = self.first + timedelta(days=self.days - 1)
        if self.days == 1:
            text = f"{weekday_label(self.first.weekday())} {format_date(self.first)}"
        else:
            text = self.tr("Week {week}: {first} – {last}").format(
                week=self.first.isocalendar().week, first=format_date(self.first),
                last=format_date(last))  # fmt: skip
        self.period.setText(text)

    # -- loading ---------------------------------------------------------------------------

    def show_store(self, store: Store) -> None:
        """Fill the consultant choice and load the period (off the GUI thread)."""
        if store is not self._store:
            self._index = None
        self._store = store
        self.consultant.blockSignals(True)
        chosen = self.consultant.currentData()
        self.consultant.clear()
        self.consultant.addItem(self.tr("The whole team"), None)
        for consultant_id, name in consultants(store):
            self.consultant.addItem(name, consultant_id)
        self.consultant.setCurrentIndex(max(self.consultant.findData(chosen), 0))
        self.consultant.blockSignals(False)
        self.refresh()

    def prepare(self, store: Store) -> None:
        """Evaluate the team's deadlines in the background (after unlocking), so that the
        first Ctrl+3 only reads the week's talks."""
        if self._index is not None or self._preparing:
            return
        self._store, self._preparing = store, True
        epoch, today, rules = self._epoch, self._today, self._rules

        def done(index: DeadlineIndex) -> None:
            # People changed meanwhile stay in _dirty: the next load evaluates them again.
            self._preparing = False
            if epoch == self._epoch and self._index is None:
                self._index = index
            if epoch == self._epoch and self._refresh_waiting:
                self._refresh_waiting = False
                self.refresh()

        def failed(error: Exception) -> None:
            self._preparing = False
            log.warning("preparing the agenda failed: %s", type(error).__name__)
            if epoch == self._epoch and self._refresh_waiting:
                self._refresh_waiting = False
                self.refresh()  # evaluates the deadlines itself

        self._runner.run(lambda: DeadlineIndex.build(store, today=today, rules=rules), done,
                         failed)  # fmt: skip

    def person_changed(self, person_id: str) -> None:
        """Something of this person changed elsewhere: their deadlines are evaluated again
        at the next load (an empty id: everyone)."""
        if person_id:
            self._dirty.add(person_id)
        else:
            self._index = None

    def refresh(self) -> None:
        self._show_period()
        if self._store is None:
            return
        if self._index is None and self._preparing:
            self._refresh_waiting = True  # the index being built after unlock comes first
            return
        self._generation += 1
        generation, store, who = self._generation, self._store, self.consultant.currentData()
        first, days, today, rules = self.first, self.days, self._today, self._rules
        index, dirty = self._index, sorted(self._dirty)
        self._dirty = set()

        def load() -> tuple[DeadlineIndex, list[AgendaEntry]]:
            fresh = index
            if fresh is None:
                fresh = DeadlineIndex.build(store, today=today, rules=rules)
            elif dirty:
                fresh = fresh.refreshed(store, dirty, rules=rules)
            rows = load_agenda(store, first=first, days=days, today=today, rules=rules,
                               consultant_id=who, index=fresh)  # fmt: skip
            return fresh, rows

        self._runner.run(
            load,
            lambda result: self._loaded(generation, *result, dirty=dirty),
            lambda error: self._failed(generation, error, dirty),
        )

    def _loaded(
        self, generation: int, index: DeadlineIndex, rows: list[AgendaEntry], *, dirty: list[str]
    ) -> None:
        if self._store is None:
            return
        if generation != self._generation:
            self._dirty.update(dirty)  # a newer load is on its way; it refreshes them again
            return
        self._index = index
        self.message.clear()
        chosen = self._selected()
        self.model.set_rows(rows)
        self._reselect(chosen)
        self._show_counts()
        self.loaded.emit()

    def _failed(self, generation: int, error: Exception, dirty: list[str]) -> None:
        self._dirty.update(dirty)
        if generation == self._generation:
            log.error("loading the agenda failed", exc_info=error)
            self.message.setText(error_message(error))

    def _show_counts(self) -> None:
        rows = self.model.rows()
        talks = sum(1 for r in rows if r.is_talk and r.talk_status is AppointmentStatus.GEPLAND)
        deadlines = sum(1 for r in rows if not r.is_talk)
        self.empty.setVisible(not rows)
        self.counts.setText(self.tr("{talks} talks · {deadlines} deadlines").format(
            talks=talks, deadlines=deadlines))  # fmt: skip

    def _selected(self) -> AgendaEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def _reselect(self, entry: AgendaEntry | None) -> None:
        rows = self.model.rows()
        for number, row in enumerate(rows):
            if entry is not None and (row.appointment_id, row.person_id, row.kind) == (
                entry.appointment_id, entry.person_id, entry.kind):  # fmt: skip
                self.table.selectRow(number)
                return
        if rows:
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if person:
            self.open_person.emit(person)

    # -- actions ---------------------------------------------------------------------------

    def plan_selected(self) -> None:
        """Plan a talk with the selected row's person (for a deadline: that step's talk)."""
        entry = self._selected()
        if entry is None or self._store is None:
            self.message.setText(self.tr("Choose a person in the agenda first."))
            return
        kind = entry.kind if entry.kind in STEP_TALKS or entry.is_talk else None
        self._open_dialog(TalkDialog(self._store, entry.person_id, today=self._today, kind=kind,
                                     person_label=entry.display_name, parent=self))  # fmt: skip

    def change_selected(self) -> None:
        """Move, change or cancel the selected talk."""
        entry = self._selected()
        if entry is None or self._store is None or entry.appointment_id is None:
            self.message.setText(self.tr("Choose a talk in the agenda first."))
            return
        try:
            talk = load_talk(self._store, entry.appointment_id)
        except Exception as error:
            log.exception("a screen action failed")
            self.message.setText(str(error))
            return
        self._open_dialog(TalkDialog(self._store, entry.person_id, today=self._today, talk=talk,
                                     person_label=entry.display_name, parent=self))  # fmt: skip

    def _open_dialog(self, dialog: TalkDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._talk_saved)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.open()

    def _back_from_dialog(self) -> None:
        self.window().activateWindow()
        self.table.setFocus()

    def _talk_saved(self, person_id: str) -> None:
        self._dirty.add(person_id)
        self.changed.emit(person_id)
        self.refresh()

    def export_period(self) -> None:
        """Save the period's talks (cancelled ones as cancelled) as one .ics file."""
        ids = [r.appointment_id for r in self.model.rows() if r.appointment_id]
        if not ids or self._store is None:
            self.message.setText(self.tr("There are no talks in this period to export."))
            return
        suggested = f"agenda_{self.first:%Y-%m-%d}.ics"
        dialog = save_file_dialog(self, self.tr("Export agenda"), suggested,
                                  self.tr("Calendar files (*.ics)"))  # fmt: skip
        dialog.fileSelected.connect(lambda path: self._export_to(ids, path))
        dialog.open()

    def _export_to(self, ids: list[str], path: str) -> None:
        if self._store is None or not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        try:
            count = export_ics(self._store, ids, target, full_name=self.full_name.isChecked(),
                               now=datetime.now(UTC))  # fmt: skip
        except Exception as error:
            log.exception("exporting the agenda failed")
            self.message.setText(error_message(error))
            return
        self.message.clear()
        self.counts.setText(self.tr("{count} talks saved as {name}.").format(
            count=count, name=target.name))  # fmt: skip

    def clear(self) -> None:
        """Forget everything personal (on lock)."""
        self._generation += 1
        self._epoch += 1
        self._preparing = self._refresh_waiting = False
        self._store = None
        self._index = None
        self._dirty = set()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.model.set_rows([])
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.blockSignals(False)
