"""Sync benchmarks: 1,000 changed records out and in, a new laptop's first sync of a large
team, and the share's growth. Prints figures against the targets; asserts nothing.

Run: /work/venv/bin/python tests/benchmarks/bench_sync.py [--people 5000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from desktop.demo import populate_demo  # noqa: E402
from desktop.domain.model import Person  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402
from desktop.sync.engine import synchronise  # noqa: E402
from desktop.sync.laptops import approve  # noqa: E402
from desktop.sync.team import create_team, join_team  # noqa: E402
from desktop.sync.trust import this_laptop  # noqa: E402

FAST = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)  # store unlock is not measured
PASSPHRASE = "benchmark passphrase"
TEAM = "benchmark team passphrase"


def share_bytes(share: Path) -> int:
    return sum(p.stat().st_size for p in share.rglob("*") if p.is_file())


def timed(label: str, target: float | None, work):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    ratio = f"  ({seconds / target:.0%} of the {target:g} s target)" if target else ""
    print(f"{label:<52} {seconds:7.2f} s{ratio}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        share = root / "share"
        share.mkdir()
        a, _ = Store.create(root / "a", PASSPHRASE, params=FAST)
        b, _ = Store.create(root / "b", PASSPHRASE, params=FAST)
        create_team(a, share, TEAM, params=FAST)
        join_team(b, share, TEAM)
        approve(a, this_laptop(b))
        populate_demo(a, people=args.people, today=date(2026, 11, 25))
        with a.reading() as session:
            rows = sum(
                session.execute(select(func.count()).select_from(t)).scalar_one() for t in (Person,)
            )
        print(f"Team of {rows} people (demo data)")
        report = timed("first sync of the team's data (send + snapshot)", None,
                       lambda: synchronise(a, share))  # fmt: skip
        print(f"  {report.sent} versions sent; share now {share_bytes(share) / 1e6:.1f} MB")
        report = timed("new laptop's first sync (target 30 s)", 30.0,
                       lambda: synchronise(b, share))  # fmt: skip
        print(f"  {report.received} versions received, snapshot used: {report.snapshot_used}")

        with a.transaction() as session:
            people = session.scalars(select(Person).limit(1000)).all()
            for person in people:
                person.phone = "0529 000 000"
        before = share_bytes(share)
        out = timed("1,000 changed records out (target 3 s)", 3.0, lambda: synchronise(a, share))
        grown = share_bytes(share) - before
        into = timed("1,000 changed records in (target 3 s)", 3.0, lambda: synchronise(b, share))
        print(f"  sent {out.sent}, received {into.received}; share grew {grown / 1e3:.0f} kB "
              f"({grown / max(out.sent, 1):.0f} bytes per changed field)")  # fmt: skip
        year = 250 * 40 * 5  # 250 working days, 40 changed fields a day, 5 consultants
        per = grown / max(out.sent, 1)
        print(
            f"A year of use at {year} field changes: about {year * per / 1e6:.1f} MB of "
            "batches before compaction"
        )
        a.close()
        b.close()


if __name__ == "__main__":
    main()
