"""Export benchmark: `wegwijzer export` of the whole dossier, from the command's start to its
last byte, with its peak memory, beside a lower bound measured in the same run (the same tables
read by raw SQL and written as JSON lines). Both run in child processes, so that each peak is
its own. Prints figures, targets and ratios; asserts nothing.

Run: .venv/bin/python tests/benchmarks/bench_export.py [--people 5000 20000 50000]
or set WEGWIJZER_BENCH_PEOPLE=5000,20000 (the default is 5000).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.demo import populate_demo  # noqa: E402
from desktop.exchange.layout import CONSULTANTS, HOUSEHOLDS, PERSONS, Part  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402

FAST = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "benchmark passphrase"
TODAY = date(2026, 11, 25)
SIZES_ENV = "WEGWIJZER_BENCH_PEOPLE"
MB = 1024 * 1024
#: Peak memory targets per size (bytes).
MEMORY_TARGETS = {50000: 300 * MB}


#: Run in the child after its work: its own peak (VmHWM is per address space, so unlike the
#: rusage of a child it does not count the pages of the parent it was forked from).
PEAK = "print('peak', open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"


def run(command: list[str]) -> tuple[float, int]:
    """Seconds and peak resident bytes of a child process (it prints its own peak last)."""
    env = dict(os.environ, WEGWIJZER_PASSPHRASE=PASSPHRASE)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[-3:]} failed: {result.stderr[-500:]}")
    return seconds, int(result.stdout.split()[-1]) * 1024


def _tables(part: Part) -> list[str]:
    return [part.table.name] + [t for child in part.children for t in _tables(child)]


def lower_bound(folder: Path, out: Path) -> None:
    """The exported tables read by raw SQL and written as JSON lines, streamed."""
    store = Store.open(folder, PASSPHRASE)
    with store.reading() as session, out.open("w", encoding="utf-8") as handle:
        connection = session.connection()
        for name in [t for part in (CONSULTANTS, HOUSEHOLDS, PERSONS) for t in _tables(part)]:
            for row in connection.exec_driver_sql(f'SELECT * FROM "{name}"'):
                handle.write(json.dumps(list(row), ensure_ascii=False, default=str) + "\n")
    store.close()


def line(name: str, value: float, unit: str, goal: float | None, bound: float | None) -> None:
    shown = f"{value / MB:8.0f} MB" if unit == "B" else f"{value:8.2f} {unit}"
    text = f"  {name:<40} {shown}"
    if goal is not None:
        text += f"   target {goal / MB:.0f} MB ({'met' if value <= goal else 'NOT MET'})"
    if bound:
        text += f"   {value / bound:5.1f}x the lower bound"
    print(text, flush=True)


def bench(people: int, root: Path) -> None:
    store, _ = Store.create(root / "data", PASSPHRASE, params=FAST)
    populate_demo(store, people=people, today=TODAY)
    store.close()
    print(f"\n{people} people (demo data)", flush=True)
    out = root / "export.json"
    code = f"import sys; from desktop.cli import main; code = main(); {PEAK}; sys.exit(code)"
    cli = [sys.executable, "-c", code, "--data-dir", str(root / "data"), "export", "--out",
           str(out)]  # fmt: skip
    seconds, peak = run(cli)
    bound = [sys.executable, __file__, "--child", str(root / "data"), str(root / "lines.json")]
    bound_seconds, bound_peak = run(bound)
    size = out.stat().st_size
    line(f"wegwijzer export ({size / MB:.0f} MB file)", seconds, "s", None, bound_seconds)
    line("wegwijzer export: peak memory", peak, "B", MEMORY_TARGETS.get(people), bound_peak)
    line("lower bound: raw SQL to JSON lines", bound_seconds, "s", None, None)
    line("lower bound: peak memory", bound_peak, "B", None, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="*")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        lower_bound(Path(args.child[0]), Path(args.child[1]))
        exec(PEAK)
        return
    sizes = args.people or [int(n) for n in os.environ.get(SIZES_ENV, "5000").split(",")]
    print(f"Wegwijzer export benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for people in sizes:
        with tempfile.TemporaryDirectory(prefix="wegwijzer-bench-") as tmp:
            bench(people, Path(tmp))


if __name__ == "__main__":
    main()
