"""Sync stress test: N laptops (default 10) each make M changes (default 1,000) offline in
rounds and sync in random order; at the end everyone syncs and the databases are compared.

Run: /work/venv/bin/python scripts/sync_stress.py [--devices 10] [--changes 1000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desktop.domain.model import Consultant  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keys import Argon2Params  # noqa: E402
from desktop.sync.engine import synchronise  # noqa: E402
from desktop.sync.laptops import approve  # noqa: E402
from desktop.sync.team import create_team, join_team  # noqa: E402
from desktop.sync.trust import this_laptop  # noqa: E402
from tests.desktop.sync.helpers import dump  # noqa: E402

FAST = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
ROUNDS = 10


def work(store: Store, rng: random.Random, changes: int, tag: str) -> None:
    """Make ``changes`` random creates, edits and deletes in one offline session."""
    with store.transaction() as session:
        ids = list(session.scalars(select(Consultant.id)))
        for n in range(changes):
            roll = rng.random()
            if roll < 0.25 or not ids:
                consultant = Consultant(name=f"{tag}-{n}", phone=str(rng.randint(0, 99)))
                session.add(consultant)
                session.flush()
                ids.append(consultant.id)
            elif roll < 0.95:
                row = session.get(Consultant, rng.choice(ids))
                if row is not None:
                    setattr(row, rng.choice(("name", "phone", "email")), f"{tag}-{n}")
            else:
                row = session.get(Consultant, ids.pop(rng.randrange(len(ids))))
                if row is not None:
                    session.delete(row)
            if n % 50 == 49:
                session.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=10)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        share = root / "share"
        share.mkdir()
        stores = []
        for i in range(args.devices):
            store, _ = Store.create(root / f"d{i}", "stress passphrase", params=FAST)
            if i == 0:
                create_team(store, share, "stress team passphrase", params=FAST)
            else:
                join_team(store, share, "stress team passphrase")
                approve(stores[0], this_laptop(store))
            stores.append(store)
        started = time.perf_counter()
        syncs = 0
        for round_ in range(ROUNDS):
            for i, store in enumerate(stores):
                work(store, rng, args.changes // ROUNDS, f"d{i}r{round_}")
            for store in rng.sample(stores, k=rng.randint(1, len(stores))):  # partial rounds
                synchronise(store, share)
                syncs += 1
        for _ in range(2):
            for store in stores:
                synchronise(store, share)
                syncs += 1
        seconds = time.perf_counter() - started
        dumps = [dump(store) for store in stores]
        converged = all(d == dumps[0] for d in dumps[1:])
        size = sum(p.stat().st_size for p in share.rglob("*") if p.is_file())
        with stores[0].reading() as session:
            conflicts = (
                session.connection()
                .exec_driver_sql("SELECT COUNT(*) FROM sync_conflict")
                .scalar_one()
            )
        print(f"{args.devices} laptops x {args.changes} changes, {syncs} syncs: {seconds:.1f} s")
        print(
            f"converged: {converged}; records: {len(dumps[0]['consultant'])}; "
            f"open conflicts: {conflicts}; share: {size / 1e6:.1f} MB"
        )
        for store in stores:
            store.close()
        return 0 if converged else 1


if __name__ == "__main__":
    sys.exit(main())
