"""Report benchmarks: every indicator for ~5,000 inburgeraars over 3 years, on the Rapportage
screen (from Ctrl+4 to the indicator table painted) and as the council PDF.

Targets (issue 12): the screen <= 1 s, the PDF <= 3 s. The lower bound, measured in the same
run, is what any report of the period needs: reading the journey facts and evaluating each
journey once on the report's day. The screen beats it by keeping evaluated journeys between
visits (desktop/reports/journeys.py) and evaluating them after unlocking, as the app does
(``ReportsView.prepare``); "cold" is a visit without that. Prints figures, ratios to the
target and to the lower bound; asserts nothing.

Each figure is wall-clock time and, in brackets, the CPU time of this process (all its
threads) over the same span; ratios use the CPU time, which other programs on a busy machine
do not inflate (the work runs on one thread at a time: the worker, then the painting).

Run: .venv/bin/python tests/benchmarks/bench_reports.py [--rounds 5]
Sizes: BENCH_REPORT_PEOPLE=5000,20000,50000 (inburgeraars, about; the demo makes twice as many
people, family members included). Default 5000.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget  # noqa: E402

from desktop.demo import populate_demo  # noqa: E402
from desktop.journey.engine import evaluate  # noqa: E402
from desktop.journey.facts import load_facts  # noqa: E402
from desktop.journey.team import team_rules  # noqa: E402
from desktop.reports import TREND_PERIODS, build_report, load_data, year  # noqa: E402
from desktop.reports.export import render_xlsx  # noqa: E402
from desktop.reports.journeys import JourneyMemo  # noqa: E402
from desktop.reports.pdf import render_pdf  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402
from ui.reports.view import ReportsView  # noqa: E402
from ui.worker import TaskRunner  # noqa: E402

TODAY = date(2026, 12, 31)
PASSPHRASE = "benchmark passphrase"
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
SCREEN_S, PDF_S = 1.0, 3.0


Span = tuple[float, float]  # (wall-clock seconds, CPU seconds)


def now() -> Span:
    return time.perf_counter(), time.process_time()


def since(start: Span, end: Span | None = None) -> Span:
    end = end or now()
    return end[0] - start[0], end[1] - start[1]


class PaintWatch(QObject):
    """Notes the moment the indicator table's viewport is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: Span | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = now()
        return False


def wait(app: QApplication, done: Callable[[], bool], what: str) -> None:
    """Process events until ``done()``, sleeping between rounds: a busy loop would hold the
    GIL that the worker computing the report needs."""
    start = time.perf_counter()
    while not done():
        QTest.qWait(1)
        if time.perf_counter() - start > 300:
            raise RuntimeError(what)


def until_painted(app: QApplication, view: ReportsView, watch: PaintWatch,
                  act: Callable[[], None]) -> Span:  # fmt: skip
    """From ``act()`` to the first paint of the indicators after the report loaded."""
    loaded: list[float] = []
    view.loaded.connect(lambda: loaded.append(time.perf_counter()))
    start = now()
    act()
    wait(app, lambda: bool(loaded), "the report did not load")
    wait(app, lambda: watch.painted_at is not None and watch.painted_at[0] >= loaded[0],
         "the report was not painted")  # fmt: skip
    view.loaded.disconnect()
    assert watch.painted_at is not None
    return since(start, watch.painted_at)


def line(name: str, span: Span, target: float | None = None,
         floor: Span | None = None) -> None:  # fmt: skip
    wall, cpu = span
    text = f"  {name:<52} {wall * 1000:8.0f} ms ({cpu * 1000:6.0f} ms CPU)"
    if target is not None:
        verdict = "ok" if cpu <= target else "TOO SLOW"
        text += f"   target {target * 1000:.0f} ms, ratio {cpu / target:.2f} {verdict}"
    if floor is not None:
        text += f"   / lower bound {cpu / floor[1]:.2f}x"
    print(text, flush=True)


def median_span(spans: list[Span]) -> Span:
    return statistics.median(s[0] for s in spans), statistics.median(s[1] for s in spans)


def median_of(runs: int, action: Callable[[], Any]) -> Span:
    samples = []
    for _ in range(runs):
        start = now()
        action()
        samples.append(since(start))
    return median_span(samples)


def plus(*spans: Span) -> Span:
    return sum(s[0] for s in spans), sum(s[1] for s in spans)


def run(app: QApplication, size: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store, _key = Store.create(Path(tmp) / "data", PASSPHRASE, params=FAST_KDF)
        with store:
            started = time.perf_counter()
            populate_demo(store, people=2 * size, today=TODAY, seed=3)
            data = load_data(store)
            print(f"{2 * size} demo people, {len(data.people)} inburgeraars "
                  f"(made in {time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
            rules = team_rules(store)

            def floor() -> None:
                with store.reading() as session:
                    facts = load_facts(session)
                for journey_facts in facts.values():
                    evaluate(journey_facts, rules, TODAY)

            lower = median_of(rounds, floor)
            line("lower bound: load facts + evaluate everyone once", lower)

            runner = TaskRunner()
            window = QMainWindow()
            stack = QStackedWidget()
            other = QLabel("caseload")
            view = ReportsView(runner, today=TODAY)
            stack.addWidget(other)
            stack.addWidget(view)
            window.setCentralWidget(stack)
            action = QAction(window)
            action.setShortcut(QKeySequence("Ctrl+4"))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

            def show_reports() -> None:
                view.show_store(store)
                stack.setCurrentWidget(view)

            action.triggered.connect(show_reports)
            window.addAction(action)
            window.resize(1366, 768)
            window.show()
            QTest.qWaitForWindowExposed(window)
            watch = PaintWatch()
            view.indicator_table.viewport().installEventFilter(watch)

            def ctrl_4() -> None:
                stack.setCurrentWidget(other)
                QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

            def settle() -> None:  # the trend of the visit before is counted in the background
                wait(app, lambda: not runner.busy, "the worker did not finish")

            cold = until_painted(app, view, watch, ctrl_4)
            line("Ctrl+4 -> painted, cold (nothing evaluated yet)", cold, SCREEN_S, lower)
            settle()
            view.clear()  # as a lock does: the memo and the data go
            started = now()
            view.prepare(store)
            settle()
            line("after unlock: data read, journeys evaluated (background)", since(started))
            first = until_painted(app, view, watch, ctrl_4)
            line("Ctrl+4 -> painted, first visit after unlock", first, SCREEN_S, lower)
            settle()
            visits = []
            for _ in range(rounds):
                visits.append(until_painted(app, view, watch, ctrl_4))
                settle()
            line("Ctrl+4 -> painted, again (nothing written)", median_span(visits), SCREEN_S,
                 lower)  # fmt: skip
            visits = []
            for _ in range(rounds):
                store.write_count += 1  # as after a save: the data are read again
                visits.append(until_painted(app, view, watch, ctrl_4))
                settle()
            opened = median_span(visits)
            line("Ctrl+4 -> painted, after a write (data read again)", opened, SCREEN_S, lower)
            view.kind.setCurrentIndex(view.KINDS.index("quarter"))
            quarter_paint = until_painted(app, view, watch, lambda: view.number.setCurrentIndex(1))
            line("another period (quarter 2) -> painted", quarter_paint, SCREEN_S, lower)
            settle()
            view.kind.setCurrentIndex(view.KINDS.index("year"))
            settle()

            memo = JourneyMemo()  # the screen's work for a saved PDF: report and trend
            build_report(store, year(2026), today=TODAY, rules=rules, memo=memo,
                         trend=TREND_PERIODS)  # fmt: skip
            report = build_report(store, year(2026), today=TODAY, rules=rules, memo=memo,
                                  trend=TREND_PERIODS)  # fmt: skip
            pdf = median_of(rounds, lambda: render_pdf(report, made_on=TODAY))
            line("council PDF: render (report and trend counted)", pdf)
            trend = median_of(
                rounds,
                lambda: build_report(
                    store, year(2026), today=TODAY, rules=rules, memo=memo, trend=TREND_PERIODS
                ),
            )
            line("council PDF from the screen: open + trend + render", plus(opened, trend, pdf),
                 PDF_S, lower)  # fmt: skip
            cli = median_of(
                max(1, rounds // 2),
                lambda: render_pdf(
                    build_report(store, year(2026), today=TODAY, trend=TREND_PERIODS), made_on=TODAY
                ),
            )
            line("council PDF by the CLI: everything, 4 periods cold", cli, PDF_S, lower)
            single = median_of(
                max(1, rounds // 2),
                lambda: render_pdf(build_report(store, year(2026), today=TODAY), made_on=TODAY),
            )
            line("  ... without the trend (1 period cold)", single, PDF_S, lower)
            line("spreadsheet: render", median_of(rounds, lambda: render_xlsx(report)))
            view.clear()
            window.close()
            runner.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in os.environ.get("BENCH_REPORT_PEOPLE", "5000").split(",") if s]
    app = QApplication.instance() or QApplication(sys.argv)
    for size in sizes:
        run(app, size, args.rounds)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
