"""Foundation benchmarks: unlock, start-up to an interactive caseload, search, deadlines, and
the cost of encryption. Prints figures and ratios against the targets; asserts nothing.

Run: .venv/bin/python tests/benchmarks/bench_foundation.py [--people 5000] [--search-people 20000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.caseload import CaseloadFilter, filter_caseload, load_caseload  # noqa: E402
from desktop.demo import populate_demo  # noqa: E402
from desktop.journey.engine import evaluate  # noqa: E402
from desktop.journey.facts import load_facts  # noqa: E402
from desktop.journey.rules import load_rules  # noqa: E402
from desktop.store import Store, StoreLocation  # noqa: E402
from desktop.store.keys import KeyFile  # noqa: E402
from desktop.store.sql import connection_pragmas  # noqa: E402

TODAY = date(2026, 11, 25)
PASSPHRASE = "benchmark passphrase"


class PlainStore(Store):
    """The same store on an unencrypted SQLite file: the baseline for the encryption ratio."""

    @classmethod
    def _make_engine(cls, path: Path, data_key: bytes) -> Engine:
        engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            connection.isolation_level = None
            for pragma in connection_pragmas(path):  # the encrypted store's, cache included
                connection.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN")

        return engine

    @classmethod
    def _locate(cls, folder: Path) -> tuple[StoreLocation, KeyFile]:
        # The real store refuses plain files; the baseline has to skip that check.
        location = StoreLocation(folder)
        return location, KeyFile.load(location.key_file)


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def report(name: str, seconds: float, target: float | None = None) -> None:
    line = f"{name:<58} {seconds * 1000:9.1f} ms"
    if target is not None:
        line += f"   target {target * 1000:.0f} ms, ratio {seconds / target:.2f}"
    print(line, flush=True)


def workload(store_cls: type[Store], folder: Path, people: int) -> dict[str, float]:
    """Create, fill, reopen and evaluate: the same steps for encrypted and plain."""
    figures: dict[str, float] = {}
    store, _ = store_cls.create(folder, PASSPHRASE)
    figures["populate"], _ = timed(lambda: populate_demo(store, people=people, today=TODAY))
    store.close()
    store = store_cls.open(folder, PASSPHRASE)
    rules = load_rules()
    figures["caseload"], rows = timed(lambda: load_caseload(store, today=TODAY, rules=rules))
    figures["rows"] = len(rows)
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--search-people", type=int, default=20000)
    args = parser.parse_args()
    python = sys.version.split()[0]
    print(f"Wegwijzer foundation benchmarks on {os.cpu_count()} cores, Python {python}")
    with tempfile.TemporaryDirectory(prefix="wegwijzer-bench-") as tmp:
        base = Path(tmp)
        encrypted = workload(Store, base / "enc", args.people)
        plain = workload(PlainStore, base / "plain", args.people)
        print(f"\n{args.people} people ({int(encrypted['rows'])} in the caseload)")
        report("populate (encrypted)", encrypted["populate"])
        report("populate (plain SQLite)", plain["populate"])
        report("load caseload incl. engine (encrypted)", encrypted["caseload"])
        report("load caseload incl. engine (plain SQLite)", plain["caseload"])
        ratio_pop = encrypted["populate"] / plain["populate"]
        ratio_load = encrypted["caseload"] / plain["caseload"]
        print(
            f"encrypted/plain ratio: populate {ratio_pop:.2f}x, caseload {ratio_load:.2f}x "
            "(aim <= 1.5x)"
        )

        unlocks = []
        for _ in range(5):
            seconds, store = timed(lambda: Store.open(base / "enc", PASSPHRASE))
            unlocks.append(seconds)
            store.close()
        report("unlock incl. Argon2id (median of 5)", statistics.median(unlocks), 1.0)

        store = Store.open(base / "enc", PASSPHRASE)
        rules = load_rules()

        def deadlines() -> int:
            with store.reading() as session:
                facts = load_facts(session)
            return len([evaluate(f, rules, TODAY) for f in facts.values()])

        runs = [timed(deadlines)[0] for _ in range(3)]
        report(f"deadlines for {args.people} people (median of 3)", statistics.median(runs), 1.0)
        store.close()

        startup = start_to_caseload(base / "enc")
        if startup is not None:
            report(f"'wegwijzer' start to interactive caseload ({args.people})", startup, 2.0)

        big = Store.create(base / "big", PASSPHRASE)[0]
        populate_demo(big, people=args.search_people, today=TODAY, seed=7)
        rows = load_caseload(big, today=TODAY)
        big.close()
        queries = ["haddad", "أمل", "ሰናይት", "123", "te", "x", "amal h", "nobody at all"]
        filters = [CaseloadFilter(text=q) for q in queries] + [
            CaseloadFilter(overdue_only=True),
            CaseloadFilter(text="a", include_ended=True),
        ]
        samples = []
        for _ in range(5):
            for flt in filters:
                samples.append(timed(lambda flt=flt: filter_caseload(rows, flt))[0])
        print(f"\nsearch/filter over {len(rows)} caseload rows ({args.search_people} people)")
        report("search/filter median", statistics.median(samples), 0.05)
        report("search/filter worst", max(samples), 0.05)


def start_to_caseload(folder: Path) -> float | None:
    """Launch the real app in a subprocess (offscreen) and time it until the caseload shows.

    The app reports the moment itself (clock started here, just before the launch), so the
    time it takes to shut down afterwards is not counted.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WEGWIJZER_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "ui.launcher", "--data-dir", str(folder), "--today",
               TODAY.isoformat(), "--benchmark-startup"]  # fmt: skip
    env["WEGWIJZER_BENCH_T0"] = repr(time.time())
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    ready = [line for line in result.stdout.splitlines() if line.startswith("caseload ready")]
    if result.returncode != 0 or not ready:
        print("start-up benchmark unavailable:", result.stderr.strip().splitlines()[-1:] or "")
        return None
    return float(ready[-1].split()[-2])


if __name__ == "__main__":
    main()
