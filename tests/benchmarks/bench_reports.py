"""Report benchmarks: every indicator for ~5,000 inburgeraars over 3 years, as the Rapportage
screen computes it (load, compute, names) and as the council PDF renders it. Prints figures,
ratios against the targets (issue 12: 1 s for the screen, 3 s for the PDF) and against a lower
bound (reading the journey facts and evaluating each journey once, which any report needs);
asserts nothing.

Run: .venv/bin/python tests/benchmarks/bench_reports.py [--people 10000] [--runs 5]
(``--people`` counts everyone made by the demo, family members included; about half of them
are inburgeraars with a trajectory.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.demo import populate_demo  # noqa: E402
from desktop.journey.engine import evaluate  # noqa: E402
from desktop.journey.facts import load_facts  # noqa: E402
from desktop.journey.rules import load_rules  # noqa: E402
from desktop.reports import build_report, load_data, load_names, quarter, year  # noqa: E402
from desktop.reports.export import render_xlsx  # noqa: E402
from desktop.reports.pdf import render_pdf  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402

TODAY = date(2026, 12, 31)
PASSPHRASE = "benchmark passphrase"
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)


def median_of(runs: int, action: Callable[[], Any]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def line(
    name: str, seconds: float, target: float | None = None, floor: float | None = None
) -> None:
    text = f"{name:<52} {seconds * 1000:9.1f} ms"
    if target is not None:
        text += f"   target {target * 1000:.0f} ms, ratio {seconds / target:.2f}"
    if floor is not None:
        text += f"   / lower bound {seconds / floor:.2f}x"
    print(text, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rules = load_rules()
    with tempfile.TemporaryDirectory() as tmp:
        store, _key = Store.create(Path(tmp) / "data", PASSPHRASE, params=FAST_KDF)
        with store:
            started = time.perf_counter()
            populate_demo(store, people=args.people, today=TODAY, seed=3)
            data = load_data(store)
            print(f"{args.people} demo people, {len(data.people)} inburgeraars "
                  f"(made in {time.perf_counter() - started:.0f} s)")  # fmt: skip

            def floor() -> None:
                with store.reading() as session:
                    facts = load_facts(session)
                for journey_facts in facts.values():
                    evaluate(journey_facts, rules, TODAY)

            def screen() -> None:  # what the screen's worker does when it is opened
                loaded = load_data(store)
                build_report(store, year(2026), today=TODAY, data=loaded, rules=rules)
                load_names(store)

            def other_period() -> None:  # ... and for another period (the data is kept)
                build_report(store, quarter(2026, 2), today=TODAY, data=data, rules=rules)

            report = build_report(store, year(2026), today=TODAY, data=data, rules=rules)
            lower = median_of(args.runs, floor)
            line("lower bound: load facts + evaluate everyone", lower)
            line("load report data", median_of(args.runs, lambda: load_data(store)))
            line("compute every indicator (data loaded)", median_of(
                args.runs, lambda: build_report(store, year(2026), today=TODAY, data=data,
                                                rules=rules)))  # fmt: skip
            opened = median_of(args.runs, screen)
            line("screen opened: load + compute + names", opened, 1.0, lower)
            line("screen, another period: compute", median_of(args.runs, other_period), 1.0,
                 lower)  # fmt: skip
            pdf = median_of(args.runs, lambda: render_pdf(report, made_on=TODAY))
            line("council PDF: render (report computed)", pdf)
            line("council PDF: screen work + render", opened + pdf, 3.0, lower)
            line("spreadsheet: render", median_of(args.runs, lambda: render_xlsx(report)))


if __name__ == "__main__":
    main()
