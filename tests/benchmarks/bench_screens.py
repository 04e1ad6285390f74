"""Benchmark of the dossier screens with 5,000 people: open a dossier, save a form, switch.

Usage: python tests/benchmarks/bench_screens.py [--people 5000] [--rounds 20]
Targets (issue 4): open a dossier <= 150 ms, save a form <= 50 ms, switch screens <= 100 ms.
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
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.demo import populate_demo
from desktop.domain.model import Person, Trajectory
from desktop.dossier.operations import save_draft, save_form
from desktop.dossier.view import load_dossier
from desktop.journey.rules import load_rules
from desktop.store import Store
from desktop.store.keys import Argon2Params

TODAY = date(2025, 3, 1)
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "benchmark wachtwoord lang genoeg"


def timed(rounds: int, action: Callable[[int], object]) -> list[float]:
    """Milliseconds per call of ``action(round)``."""
    figures = []
    for n in range(rounds):
        start = time.perf_counter()
        action(n)
        figures.append((time.perf_counter() - start) * 1000)
    return figures


def report(name: str, figures: list[float], target: float) -> None:
    median = statistics.median(figures)
    worst = max(figures)
    verdict = "ok" if median <= target else "TOO SLOW"
    print(f"{name:<38} median {median:7.1f} ms  max {worst:7.1f} ms  "
          f"target {target:5.0f} ms  ratio {median / target:4.2f}  {verdict}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    rules = load_rules()
    with tempfile.TemporaryDirectory() as tmp:
        store, _key = Store.create(Path(tmp) / "data", PASSPHRASE, params=FAST_KDF)
        with store:
            start = time.perf_counter()
            populate_demo(store, people=args.people, today=TODAY)
            print(f"{args.people} demo people in {time.perf_counter() - start:.1f} s")
            with store.reading() as session:
                ids = list(session.scalars(select(Person.id).join(Trajectory).limit(200)))
            rounds = min(args.rounds, len(ids))

            def open_dossier(n: int) -> object:
                return load_dossier(store, ids[n], today=TODAY, rules=rules)

            report("open a dossier (load_dossier)", timed(rounds, open_dossier), 150)

            def save_kek(n: int) -> object:
                dossier = load_dossier(store, ids[n], today=TODAY, rules=rules)
                values = dict(dossier.forms["koffie_en_koek"].values)
                values.update(place_detail=f"ROL Zwolle {n}")
                begin = time.perf_counter()
                save_form(store, ids[n], "koffie_en_koek", values, today=TODAY)
                return time.perf_counter() - begin

            saves = [save_kek(n) * 1000 for n in range(rounds)]  # type: ignore[operator]
            report("save a form (Koffie en Koek)", saves, 50)
            report("keep a draft (autosave)", timed(rounds, lambda n: save_draft(
                store, ids[n], "pvt", {"started_on": f"0{n % 9 + 1}-02-2025"})), 50)  # fmt: skip

            from ui.dossier.dossier_page import DossierPage
            from ui.worker import TaskRunner

            runner = TaskRunner()
            page = DossierPage(runner, today=TODAY, rules=rules)
            page.resize(1366, 768)
            page.show()

            def switch(n: int) -> None:
                done: list[bool] = []
                page.loaded.connect(lambda: done.append(True))
                page.show_person(store, ids[n])
                while not done:
                    QCoreApplication.processEvents()
                page.loaded.disconnect()
                page.show_tab(("koffie_en_koek", "brede_intake", "pip")[n % 3])
                QCoreApplication.processEvents()

            report("switch to a dossier on screen", timed(rounds, switch), 100)
            report("switch tab in a dossier", timed(rounds, lambda n: (page.show_tab(
                ("koffie_en_koek", "brede_intake", "pip", "history")[n % 4]),
                QCoreApplication.processEvents())), 100)  # fmt: skip
            runner.wait()
            page.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
