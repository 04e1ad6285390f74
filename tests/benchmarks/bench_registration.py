"""Benchmark of registering newcomers: save with household, duplicate check while typing.

Usage: python tests/benchmarks/bench_registration.py [--sizes 5000,20000,50000] [--rounds 30]
Targets (day-one issue, at 5,000 people): registering a person with a household of four
<= 50 ms to save; the duplicate check while typing <= 20 ms. Each figure is printed beside
its target and beside a lower bound measured in the same run on the same encrypted store:
the same rows inserted with plain SQL (save), one indexed SELECT by birth date (check).
Prints figures; asserts nothing (tests never assert wall-clock times).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_screens import FAST_KDF, PASSPHRASE, timed  # one way to time, beside this file

from desktop.demo import populate_demo
from desktop.domain.model import new_id
from desktop.dossier import saving
from desktop.dossier.registration import check_duplicates, members_text
from desktop.store import Store

TODAY = date(2026, 3, 2)


def report(name: str, figures: list[float], target: float, bound: list[float]) -> None:
    median, low = statistics.median(figures), statistics.median(bound)
    verdict = "ok" if median <= target else "TOO SLOW"
    print(f"{name:<44} median {median:7.2f} ms  max {max(figures):7.2f} ms  target "
          f"{target:4.0f} ms ({median / target:4.2f})  lower bound {low:6.2f} ms "
          f"(x{median / low:5.1f})  {verdict}")  # fmt: skip


def family(n: int) -> dict[str, object]:
    members = [
        {"given_names": "Yusuf", "family_name": f"Bench{n}", "birth_date": "02-01-1986",
         "household_role": "partner", "own_trajectory": True},
        {"given_names": "Lina", "family_name": f"Bench{n}", "birth_date": "09-09-2015",
         "household_role": "kind"},
        {"given_names": "Omar", "family_name": f"Bench{n}", "birth_date": "11-11-2019",
         "household_role": "kind", "abroad": True, "family_reunification": "aangevraagd"},
    ]  # fmt: skip
    return {"given_names": "Amal", "family_name": f"Bench{n}", "name_original": f"أمل {n}",
            "birth_date": "14-05-1988", "v_nummer": f"{9_000_000_000 + n}",
            "category": "asielstatushouder", "residence_kind": "rol",
            "residence_location": "ROL Zwolle", "koppeling_date": "16-02-2026",
            "members": members_text(members)}  # fmt: skip


def raw_insert(store: Store, n: int) -> None:
    """The lower bound of a save: the same 4 people, 2 trajectories, 1 residence, 1 household."""
    with store.transaction() as session:
        connection = session.connection()
        household = new_id()
        stamp = "2026-03-02 10:00:00.000000"
        meta = (stamp, "bench", stamp, "bench")
        connection.exec_driver_sql(
            "INSERT INTO household (label, id, created_at, created_by, changed_at, changed_by)"
            " VALUES (?, ?, ?, ?, ?, ?)", ("Raw", household, *meta))  # fmt: skip
        people = [new_id() for _ in range(4)]
        for index, pid in enumerate(people):
            connection.exec_driver_sql(
                "INSERT INTO person (given_names, family_name, name_original, birth_date, sex,"
                " bsn, v_nummer, category, country_of_origin, languages, interpreter_needed,"
                " phone, email, search_key, household_id, household_role, abroad,"
                " family_reunification, schooling, school_name, id, created_at, created_by,"
                " changed_at, changed_by) VALUES (?, ?, '', '1988-05-14', '', NULL, ?,"
                " 'asielstatushouder', '', '', 0, '', '', 'raw', ?, 'aanvrager', 0, NULL, NULL,"
                " '', ?, ?, ?, ?, ?)",
                ("Raw", f"Raw{n}", f"{8_000_000_000 + n * 10 + index}", household, pid, *meta),
            )
        for pid in people[:2]:
            connection.exec_driver_sql(
                "INSERT INTO trajectory (person_id, koppeling_date, end_note, new_municipality,"
                " vwn_begeleider, id, created_at, created_by, changed_at, changed_by)"
                " VALUES (?, '2026-02-16', '', '', '', ?, ?, ?, ?, ?)",
                (pid, new_id(), *meta),
            )  # fmt: skip
        connection.exec_driver_sql(
            "INSERT INTO residence (person_id, kind, location, start_date, id, created_at,"
            " created_by, changed_at, changed_by) VALUES (?, 'rol', 'ROL Zwolle', '2026-02-16',"
            " ?, ?, ?, ?, ?)", (people[0], new_id(), *meta))  # fmt: skip


def raw_lookup(store: Store) -> None:
    with store.reading() as session:
        session.connection().exec_driver_sql(
            "SELECT id FROM person WHERE birth_date = '1988-05-14' LIMIT 50"
        ).all()


def run(size: int, rounds: int) -> None:
    """Populate a store with ``size`` demo people and time both actions on it."""
    with tempfile.TemporaryDirectory() as tmp:
        store, _key = Store.create(Path(tmp) / "data", PASSPHRASE, params=FAST_KDF)
        with store:
            start = time.perf_counter()
            populate_demo(store, people=size, today=TODAY)
            print(f"\n{size} demo people in {time.perf_counter() - start:.1f} s")

            def register(n: int) -> object:
                return saving.save(store, "", "koppeling", family(n), today=TODAY)  # type: ignore[arg-type]

            saves = timed(rounds, register)
            bound = timed(rounds, lambda n: raw_insert(store, n))
            report(f"register with household of 4 ({size})", saves, 50, bound)
            typing = {"given_names": "Amal", "family_name": "Bench1",
                      "birth_date": "14-05-1988", "v_nummer": "90000000"}  # fmt: skip
            checks = timed(rounds, lambda _n: check_duplicates(store, typing, today=TODAY))
            lookups = timed(rounds, lambda _n: raw_lookup(store))
            report(f"duplicate check while typing ({size})", checks, 20, lookups)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,20000,50000")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
