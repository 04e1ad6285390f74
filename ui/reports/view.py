"""The Rapportage screen: every indicator for a period and the team or one consultant, with
its target and definition, a chart where one helps, and the people behind each figure."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.caseload import consultants
from desktop.changes import ChangeSet
from desktop.dossier.validation import MESSAGES as DATE_MESSAGES
from desktop.journey.rules import Rules
from desktop.journey.team import team_rules
from desktop.reports import (
    TREND_PERIODS,
    Period,
    PeriodError,
    Report,
    build_report,
    earlier_periods,
    load_data,
    load_names,
    month,
    quarter,
    with_trend,
)
from desktop.reports import year as whole_year
from desktop.reports.data import ReportData
from desktop.reports.export import Format, export_report
from desktop.reports.figures import Figures, figures, trend
from desktop.reports.journeys import JourneyMemo
from desktop.store import Store
from ui.dates import DateEdit
from ui.labels import error_message
from ui.reports.chart import Bar, BarChart
from ui.reports.models import KEY_ROLE, IndicatorModel, PartModel, PeopleModel
from ui.widgets import error_label, heading_label
from ui.worker import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    """What a load brings back to the screen."""

    report: Report
    data: ReportData
    names: dict[str, str]
    rules: Rules
    writes: int  # the store's write count before the data was read


class ReportsView(QWidget):
    """The Rapportage screen.

    Signals:
        open_person(str): the user chose a person behind a figure (Enter or double-click).
        loaded(): a report is on screen.
        trend_loaded(): the values of the earlier periods are on screen too.
    """

    open_person = Signal(str)
    loaded = Signal()
    trend_loaded = Signal()

    #: How many earlier periods the trend column shows.
    TREND_PERIODS = TREND_PERIODS

    KINDS = ("month", "quarter", "year", "custom")

    def __init__(self, runner: TaskRunner, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._store: Store | None = None
        self._generation = 0
        self.report: Report | None = None
        self._names: dict[str, str] = {}
        self._data: ReportData | None = None  # read once per visit; periods reuse it
        #: The data read before a write: its people are reused where their kept row did not
        #: change (desktop/reports/kept.py), so that after a save only they are read again.
        self._previous: ReportData | None = None
        self._rules: Rules | None = None  # the team's rules, read with the data
        self._writes = -1  # the store's write count when the data was read
        #: Evaluated journeys, kept between visits and periods until the lock: a journey is
        #: evaluated again only when its facts changed (desktop/reports/journeys.py).
        self._memo = JourneyMemo()
        self._preparing = False
        self._prepare_pending: Store | None = None  # waits for the worker threads to be idle
        self._refresh_waiting = False
        self._figures: list[Figures] = []
        self._earlier: list[Report] = []
        self._people_key = "total"

        self.title = heading_label()
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.number = QComboBox()
        self.number.setObjectName("report_number")
        self.start = DateEdit(today=today)
        self.end = DateEdit(today=today)
        for edit, day in ((self.start, date(today.year, 1, 1)), (self.end, today)):
            edit.set_date(day)
        self.consultant = QComboBox()
        self.consultant.setObjectName("report_consultant")
        self._consultant_label = QLabel()
        self._consultant_label.setBuddy(self.consultant)
        self._period_label = QLabel()
        self._period_label.setBuddy(self.kind)
        self.outside = QCheckBox()
        self.outside.setObjectName("report_outside")
        self.pdf_button = QPushButton()
        self.sheet_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self._save_dialog(Format.PDF))
        self.sheet_button.clicked.connect(lambda: self._save_dialog(Format.XLSX))
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.message = error_label()

        self.indicators = IndicatorModel(self)
        self.indicator_table = self._table("report_indicators", self.indicators)
        self.indicator_table.selectionModel().currentRowChanged.connect(self._indicator_chosen)
        header = self.indicator_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles elide first
        self.indicator_table.setWordWrap(False)
        self.definition = QLabel()
        self.definition.setObjectName("report_definition")
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = BarChart()
        self.chart.setObjectName("report_chart")
        self.parts = PartModel(self)
        self.part_table = self._table("report_parts", self.parts)
        self.part_table.selectionModel().currentRowChanged.connect(self._part_chosen)
        self.people_title = QLabel()
        self.people = PeopleModel(self)
        self.people_table = self._table("report_people", self.people)
        self.people_table.horizontalHeader().setVisible(False)
        self.people_table.activated.connect(self._person_activated)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for widget in (self._period_label, self.kind, self.year, self.number, self.start,
                       self.end, self._consultant_label, self.consultant):  # fmt: skip
            top.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.outside)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.sheet_button)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.definition)
        right.addWidget(self.chart)
        right.addWidget(self.part_table, 2)
        right.addWidget(self.people_title)
        right.addWidget(self.people_table, 2)
        splitter = QSplitter()
        splitter.addWidget(self.indicator_table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.retranslate_ui()
        self.kind.setCurrentIndex(self.KINDS.index("year"))
        self._fill_numbers()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.year.valueChanged, self.number.currentIndexChanged,
                       self.start.editingFinished, self.end.editingFinished,
                       self.start.date_picked, self.end.date_picked,
                       self.consultant.currentIndexChanged):  # fmt: skip
            signal.connect(self.refresh)
        self.outside.toggled.connect(self._show_report)
        self._kind_changed()

    def _table(self, name: str, model: IndicatorModel | PartModel | PeopleModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        return table

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Reports: sturen en meten"))
        self.year.setAccessibleName(self.tr("Year"))
        tables = {"report_indicators": self.tr("Indicators"),
                  "report_parts": self.tr("Parts of the indicator"),
                  "report_people": self.tr("People behind the figure")}  # fmt: skip
        for table in self.findChildren(QTableView):
            if table.objectName() in tables:
                table.setAccessibleName(tables[table.objectName()])
        self._period_label.setText(self.tr("&Period:"))
        self._consultant_label.setText(self.tr("&For:"))
        names = (self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Custom"))
        if not self.kind.count():
            self.kind.addItems(list(names))
        for index, name in enumerate(names):
            self.kind.setItemText(index, name)
        if self.consultant.count():
            self.consultant.setItemText(0, self.tr("The whole team"))
        self.outside.setText(self.tr("Hide small numbers (as in the council report)"))
        self.pdf_button.setText(self.tr("Save council &PDF…"))
        self.sheet_button.setText(self.tr("Save &spreadsheet…"))
        self._fill_numbers()
        self._show_people_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # The report keeps Messages: rendering it again shows it in the new language.
            self._show_report()
        super().changeEvent(event)

    def _fill_numbers(self) -> None:
        kind = self.KINDS[max(self.kind.currentIndex(), 0)]
        if kind == "month":
            names = [QDate(2000, m, 1).toString("MMMM") for m in range(1, 13)]
        elif kind == "quarter":
            names = [self.tr("Quarter {n}").format(n=n) for n in range(1, 5)]
        else:
            names = []
        current = self.number.currentIndex()
        self.number.blockSignals(True)
        self.number.clear()
        self.number.addItems(names)
        if names:
            default = self._today.month - 1 if kind == "month" else (self._today.month - 1) // 3
            self.number.setCurrentIndex(current if 0 <= current < len(names) else default)
        self.number.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.KINDS[self.kind.currentIndex()]
        self.number.setCurrentIndex(-1)
        self._fill_numbers()
        self.year.setVisible(kind != "custom")
        self.number.setVisible(kind in ("month", "quarter"))
        self.start.setVisible(kind == "custom")
        self.end.setVisible(kind == "custom")
        self.refresh()

    # -- loading -------------------------------------------------------------------------

    def period(self) -> Period:
        """The period the controls describe (a custom one may be wrong: PeriodError)."""
        kind = self.KINDS[self.kind.currentIndex()]
        if kind == "month":
            return month(self.year.value(), self.number.currentIndex() + 1)
        if kind == "quarter":
            return quarter(self.year.value(), self.number.currentIndex() + 1)
        if kind == "year":
            return whole_year(self.year.value())
        start, end = self.start.date(), self.end.date()
        if start is None or end is None:
            raise PeriodError(DATE_MESSAGES["date"])
        return Period(start, end)

    def show_store(self, store: Store) -> None:
        """Fill the consultant choice and compute the report (off the GUI thread); the data
        is read again when anything was written since it was read, so that the report shows
        what changed since the last visit."""
        self._store = store
        if store.write_count != self._writes:
            self._forget_data()
        self.consultant.blockSignals(True)
        chosen = self.consultant.currentData()
        self.consultant.clear()
        self.consultant.addItem(self.tr("The whole team"), None)
        for consultant_id, name in consultants(store):
            self.consultant.addItem(name, consultant_id)
        self.consultant.setCurrentIndex(max(self.consultant.findData(chosen), 0))
        self.consultant.blockSignals(False)
        self.refresh()

    def _forget_data(self) -> None:
        """Read the data again at the next count (kept for reuse: see ``_previous``)."""
        if self._data is not None:
            self._previous = self._data
        self._data = self._rules = None

    def changes_arrived(self, changes: ChangeSet) -> None:
        """A save, a sync, an import or a purge changed what the report counts: on screen,
        the report is counted again in the background (the kept rows of the people it
        touched are made again, everyone else's are reused); otherwise at the next visit."""
        if self._store is None or not changes:
            return
        self._forget_data()
        if self.isVisible():
            self.refresh()

    def prepare(self, store: Store) -> None:
        """Evaluate everyone's journey for the report that opens first (this year, the whole
        team) and its trend, in the background after unlocking, so that Ctrl+4 only reads
        the data and counts. It starts when the worker threads are idle and takes one, so
        that a dossier opened meanwhile has the other; a refresh asked meanwhile waits for
        it (no work done twice)."""
        if self._preparing or self._prepare_pending is not None:
            return
        if self._runner.busy:
            self._prepare_pending = store
            self._runner.busy_changed.connect(self._runner_idle)
            return
        self._start_prepare(store)

    def _runner_idle(self, busy: bool) -> None:
        if busy:
            return
        store = self._cancel_pending_prepare()
        if store is not None:
            self._start_prepare(store)

    def _cancel_pending_prepare(self) -> Store | None:
        store, self._prepare_pending = self._prepare_pending, None
        if store is not None:
            self._runner.busy_changed.disconnect(self._runner_idle)
        return store

    def _start_prepare(self, store: Store) -> None:
        self._preparing = True
        generation, today, memo = self._generation, self._today, self._memo
        period = whole_year(today.year)
        previous = self._previous

        def work() -> Loaded:
            writes = store.write_count  # before reading: a write meanwhile reads again
            rules = team_rules(store)
            data = load_data(store, today=today, rules=rules, previous=previous)
            report = build_report(store, period, today=today, data=data, rules=rules,
                                  memo=memo, trend=self.TREND_PERIODS)  # fmt: skip
            return Loaded(report, data, load_names(store), rules, writes)

        def done(result: Loaded | None) -> None:
            self._preparing = False
            if generation != self._generation:
                return  # locked meanwhile
            if result is not None and self._data is None:
                self._data, self._names, self._rules = result.data, result.names, result.rules
                self._writes = result.writes
            if self._refresh_waiting:
                self._refresh_waiting = False
                if store.write_count != self._writes:  # written since the data was read
                    self._forget_data()
                self.refresh()

        def failed(error: Exception) -> None:
            log.warning("preparing the report failed: %s", type(error).__name__)
            done(None)

        self._runner.run(work, done, failed)

    def refresh(self) -> None:
        if self._store is None:
            return
        try:
            period = self.period()
        except PeriodError as error:  # a custom period that ends before it starts
            self.message.setText(error_message(error))
            return
        self.status.setText(self.tr("Counting…"))
        self._cancel_pending_prepare()  # not started yet: this refresh does the work
        if self._preparing:  # the journeys are being evaluated: count when that is done
            self._refresh_waiting = True
            return
        self._generation += 1
        generation, store, today, memo = self._generation, self._store, self._today, self._memo
        who = self.consultant.currentData()
        cached, names, cached_rules = self._data, self._names, self._rules
        previous = self._previous

        writes_then = self._writes

        def work() -> Loaded:
            fresh = cached is None or cached_rules is None
            writes = store.write_count if fresh else writes_then  # before reading
            rules = team_rules(store) if fresh or cached_rules is None else cached_rules
            if fresh or cached is None:
                data = load_data(store, today=today, rules=rules, previous=previous)
            else:
                data = cached
            report = build_report(store, period, today=today, consultant_id=who, data=data,
                                  rules=rules, memo=memo)  # fmt: skip
            return Loaded(report, data, load_names(store) if fresh else names, rules, writes)

        self._runner.run(work, lambda result: self._loaded(generation, result),
                         lambda error: self._failed(generation, error))  # fmt: skip

    def _loaded(self, generation: int, result: Loaded) -> None:
        if generation != self._generation:
            return
        self.message.clear()
        self.report, self._data, self._names = result.report, result.data, result.names
        self._previous = None
        self._rules, self._writes = result.rules, result.writes
        self._earlier = []
        self._show_report()
        self.loaded.emit()
        self._count_earlier(generation, result)

    def _count_earlier(self, generation: int, result: Loaded) -> None:
        """The same indicators for the periods before, after the main figures are shown."""
        store, today, data, memo = self._store, self._today, result.data, self._memo
        who, rules = result.report.consultant_id, result.rules
        periods = earlier_periods(result.report.period, self.TREND_PERIODS, today)
        if store is None:
            return

        def work() -> list[Report]:
            return [build_report(store, p, today=today, consultant_id=who, data=data,
                                 rules=rules, memo=memo) for p in periods]  # fmt: skip

        def done(reports: list[Report]) -> None:
            if generation == self._generation:
                self._earlier = reports
                self._show_trends()
                self.trend_loaded.emit()

        self._runner.run(work, done, lambda error: self._failed(generation, error))

    def _show_trends(self) -> None:
        if self.report is None:
            self.indicators.set_trends({})
            return
        shown = trend(with_trend(self.report, tuple(self._earlier)),
                      outside=self.outside.isChecked())  # fmt: skip
        self.indicators.set_trends({
            key: (" · ".join(value for _label, value in values),
                  "\n".join(f"{label}: {value}" for label, value in values))
            for key, values in shown.items() if values
        })  # fmt: skip

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            log.error("computing the report failed", exc_info=error)
            self.status.clear()
            self.message.setText(error_message(error))

    # -- showing -------------------------------------------------------------------------

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        current = self.indicator_table.currentIndex().row()
        self._figures = [figures(i, outside=self.outside.isChecked()) for i in report.indicators]
        self.indicators.set_rows(self._figures)
        self._show_trends()
        self.status.setText(self.tr("{period} · as of {as_of} · {municipality}").format(
            period=report.period.label(), as_of=report.as_of.strftime("%d-%m-%Y"),
            municipality=report.municipality))  # fmt: skip
        self.indicator_table.selectRow(max(current, 0))
        self._indicator_chosen(self.indicator_table.currentIndex())

    def current_figures(self) -> Figures | None:
        row = self.indicator_table.currentIndex().row()
        return self._figures[row] if 0 <= row < len(self._figures) else None

    def _indicator_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        shown = self._figures[index.row()] if 0 <= index.row() < len(self._figures) else None
        if shown is None:
            self.definition.clear()
            self.parts.set_rows([])
            self.chart.set_bars([])
            self._show_people("total")
            return
        extras = "".join(f" · {label}: {value}" for label, value in shown.extras)
        self.definition.setText(
            self.tr("<b>{title}</b>: {value} (target {target}){extras}<br>{definition} "
                    "<i>({source})</i>").format(
                title=shown.title, value=shown.value, target=shown.target, extras=extras,
                definition=shown.definition, source=shown.source))  # fmt: skip
        self.parts.set_rows(list(shown.lines))
        self.part_table.resizeColumnsToContents()
        self._show_chart(shown)
        self._show_people("total")

    def _show_chart(self, shown: Figures) -> None:
        charted = next((b for b in shown.indicator.breakdowns if b.chart), None)
        if charted is None:
            self.chart.set_bars([])
            return
        lines = [line for line in shown.lines if line.breakdown_key == charted.key]
        references = shown.indicator.references
        if references:  # shares against the forecasts (the route split)
            base = references[0].shares.keys()
            bars = [Bar(line.label, float(line.share.rstrip("%").replace(",", "."))
                        if line.share else None, line.share or line.count,
                        tuple(r.shares[line.key] for r in references))
                    for line in lines if line.key in base]  # fmt: skip
            self.chart.set_bars(bars, maximum=100.0,
                                legend=[r.label.render() for r in references])  # fmt: skip
            return
        labels = [line.label for line in lines]
        years = {label.rsplit(" ", 1)[-1] for label in labels}
        if len(years) == 1 and all(" " in label for label in labels):  # months of one year
            labels = [label.rsplit(" ", 1)[0] for label in labels]
        bars = [Bar(label, float(line.count) if line.count.isdigit() else None, line.count)
                for label, line in zip(labels, lines, strict=True)]  # fmt: skip
        self.chart.set_bars(bars)

    def _part_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        key = index.data(KEY_ROLE) if index.isValid() else None
        self._show_people(key or "total")

    def _show_people(self, key: str) -> None:
        shown = self.current_figures()
        self._people_key = key
        if shown is None:
            self.people.set_rows([])
        else:
            ids = shown.indicator.people(key)
            rows = [(pid, self._names.get(pid, "?")) for pid in ids]
            self.people.set_rows(sorted(rows, key=lambda row: row[1].casefold()))
        self._show_people_title()

    def _show_people_title(self) -> None:
        count = self.people.rowCount()
        self.people_title.setText(self.tr("People behind this figure: {count} (Enter opens the "
                                          "dossier)").format(count=count))  # fmt: skip

    def _person_activated(self, index: QModelIndex) -> None:
        person = index.data(KEY_ROLE)
        if person:
            self.open_person.emit(person)

    # -- saving --------------------------------------------------------------------------

    def _save_dialog(self, fmt: Format) -> None:
        if self.report is None:
            return
        suffix = {Format.PDF: "pdf", Format.XLSX: "xlsx"}[fmt]
        wanted = self.tr("PDF (*.pdf)") if fmt is Format.PDF else self.tr("Spreadsheet (*.xlsx)")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), f"rapportage.{suffix}", wanted)  # fmt: skip
        if path:
            self.save(fmt, path)

    def save(self, fmt: Format, path: str) -> None:
        """Write the report on screen (suppressed, audited) off the GUI thread."""
        from pathlib import Path

        store, report, today = self._store, self.report, self._today
        if store is None or report is None:
            return
        earlier, data, rules, memo = tuple(self._earlier), self._data, self._rules, self._memo
        self.status.setText(self.tr("Saving…"))

        def work() -> None:
            before = earlier
            if not before and data is not None:  # the trend is not counted yet: count it here
                before = tuple(
                    build_report(store, p, today=today, consultant_id=report.consultant_id,
                                 data=data, rules=rules, memo=memo)
                    for p in earlier_periods(report.period, self.TREND_PERIODS, today)
                )  # fmt: skip
            export_report(store, with_trend(report, before), fmt, Path(path), made_on=today)

        self._runner.run(
            work,
            lambda _none: self.status.setText(self.tr("Saved: {path}").format(path=path)),
            lambda error: self.message.setText(error_message(error)),
        )

    def clear(self) -> None:
        """Forget everything personal (on lock)."""
        self._generation += 1
        self._store = None
        self.report = None
        self._data = self._rules = None
        self._previous = None
        self._writes = -1
        self._cancel_pending_prepare()
        self._memo = JourneyMemo()  # a new one: a worker still counting fills the old one
        self._refresh_waiting = False
        self._names = {}
        self._figures = []
        self._earlier = []
        self.indicators.set_trends({})
        self.indicators.set_rows([])
        self.parts.set_rows([])
        self.people.set_rows([])
        self.chart.set_bars([])
        self.definition.clear()
        self.status.clear()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.blockSignals(False)
