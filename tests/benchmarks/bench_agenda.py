"""Benchmark of the Agenda week view: from the shortcut (Ctrl+3) or Page Down to painted.

Usage: python tests/benchmarks/bench_agenda.py [--people 5000 20000] [--rounds 15]
("Later" is the button; Page Down is its shortcut when the agenda has the focus.)
Target (issue 10): the Agenda week view <= 100 ms at 5,000 people. The lower bound is the raw
SQL query of the same talks (sqlite, no ORM, no model, no painting), measured in the same run.
Prints figures; asserts nothing (tests never assert wall-clock times).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from desktop.agenda.week import DeadlineIndex, week_start
from desktop.demo import populate_demo
from desktop.journey.rules import load_rules
from desktop.store import Store
from desktop.store.keys import Argon2Params
from ui.agenda.view import AgendaView
from ui.worker import TaskRunner

TODAY = date(2025, 3, 3)
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "benchmark wachtwoord lang genoeg"
TARGET_MS = 100.0


class PaintWatch(QObject):
    """Notes the moment the agenda table's viewport is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def until_painted(app: QApplication, view: AgendaView, watch: PaintWatch, act: Callable[[], None]):
    """Milliseconds from ``act()`` to the first paint of the table after the period loaded."""
    loaded = []
    view.loaded.connect(lambda: loaded.append(time.perf_counter()))
    start = time.perf_counter()
    act()
    while not loaded:
        app.processEvents()
        if time.perf_counter() - start > 60:
            raise RuntimeError("the agenda did not load")
    while watch.painted_at is None or watch.painted_at < loaded[0]:
        app.processEvents()
        if time.perf_counter() - start > 60:
            raise RuntimeError("the agenda was not painted")
    view.loaded.disconnect()
    return (watch.painted_at - start) * 1000


def raw_week_query(store: Store, first: date) -> float:
    """The lower bound: the week's talks with their person, as plain SQL."""
    begin = datetime.combine(first, datetime.min.time())
    end = begin + timedelta(days=7)
    start = time.perf_counter()
    with store.reading() as session:
        session.connection().exec_driver_sql(
            "SELECT a.id, a.person_id, a.kind, a.starts_at, a.duration_minutes, a.status, "
            "a.place, a.place_detail, a.interpreter_mode, a.interpreter_language, "
            "p.family_name, p.given_names, p.name_original, t.consultant_id, c.name "
            "FROM appointment a JOIN person p ON p.id = a.person_id "
            "LEFT JOIN trajectory t ON t.person_id = a.person_id "
            "LEFT JOIN consultant c ON c.id = t.consultant_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ?",
            (str(begin), str(end)),
        ).fetchall()
    return (time.perf_counter() - start) * 1000


def report(name: str, figures: list[float], lower: float | None) -> None:
    median = statistics.median(figures)
    ratio = f"  x{median / lower:6.1f} lower bound" if lower else ""
    verdict = "ok" if median <= TARGET_MS else "TOO SLOW"
    print(f"  {name:<44} median {median:7.1f} ms  max {max(figures):7.1f} ms  "
          f"target {TARGET_MS:.0f} ms  ratio {median / TARGET_MS:4.2f}{ratio}  "
          f"{verdict}")  # fmt: skip


def run(app: QApplication, people: int, rounds: int) -> None:
    rules = load_rules()
    with tempfile.TemporaryDirectory() as tmp:
        store, _key = Store.create(Path(tmp) / "data", PASSPHRASE, params=FAST_KDF)
        with store:
            begin = time.perf_counter()
            populate_demo(store, people=people, today=TODAY)
            print(f"{people} demo people in {time.perf_counter() - begin:.1f} s")
            runner = TaskRunner()
            window = QMainWindow()
            stack = QStackedWidget()
            other = QLabel("caseload")
            view = AgendaView(runner, today=TODAY, rules=rules)
            stack.addWidget(other)
            stack.addWidget(view)
            window.setCentralWidget(stack)
            action = QAction(window)
            action.setShortcut(QKeySequence("Ctrl+3"))
            # The offscreen platform may not activate the window; the key still goes through
            # Qt's shortcut map, as in the app.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

            def show_agenda() -> None:
                view.show_store(store)
                stack.setCurrentWidget(view)

            action.triggered.connect(show_agenda)
            window.addAction(action)
            window.resize(1366, 768)
            window.show()
            window.activateWindow()
            QTest.qWaitForWindowExposed(window)
            watch = PaintWatch()
            view.table.viewport().installEventFilter(watch)

            start = time.perf_counter()
            DeadlineIndex.build(store, today=TODAY, rules=rules)
            build = (time.perf_counter() - start) * 1000
            print(f"  deadline index of the team (built after unlock, off the GUI thread): "
                  f"{build:.0f} ms")  # fmt: skip

            def shortcut() -> None:
                stack.setCurrentWidget(other)
                QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)

            cold = until_painted(app, view, watch, shortcut)
            print(f"  Ctrl+3 cold, without the index built after unlock: {cold:.0f} ms")
            lower = statistics.median(raw_week_query(store, week_start(TODAY))
                                      for _ in range(rounds))  # fmt: skip
            print(f"  lower bound: raw SQL of the week's talks  {lower:.2f} ms")
            report(
                "Ctrl+3 -> week painted (team)",
                [until_painted(app, view, watch, shortcut) for _ in range(rounds)],
                lower,
            )
            figures = []
            for n in range(rounds):  # this week and the next, both full of talks
                button = view.next_button if n % 2 == 0 else view.previous_button
                figures.append(
                    until_painted(
                        app,
                        view,
                        watch,
                        lambda b=button: QTest.mouseClick(b, Qt.MouseButton.LeftButton),
                    )
                )
            report("click Later/Earlier -> week painted (team)", figures, lower)
            view.consultant.setCurrentIndex(1)
            while runner.busy:
                app.processEvents()
            view.go_today()
            while runner.busy:
                app.processEvents()
            report(
                "Ctrl+3 -> week painted (one consultant)",
                [until_painted(app, view, watch, shortcut) for _ in range(rounds)],
                lower,
            )
            rows = view.model.rows()
            print(f"  rows in the consultant's week: {len(rows)} "
                  f"({sum(r.is_talk for r in rows)} talks)")  # fmt: skip
            view.consultant.setCurrentIndex(0)
            while runner.busy:
                app.processEvents()
            person = rows[0].person_id if rows else ""
            figures = []
            for _ in range(rounds):
                view.person_changed(person)  # a save in the dossier: that person again
                figures.append(until_painted(app, view, watch, shortcut))
            report("Ctrl+3 after one person changed (team)", figures, lower)
            rows = view.model.rows()
            print(f"  rows in the team's week: {len(rows)} ({sum(r.is_talk for r in rows)} talks)")
            view.clear()
            runner.wait()
            window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[5000])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    for people in args.people:
        run(app, people, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
