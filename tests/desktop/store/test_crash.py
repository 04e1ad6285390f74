"""A process killed in the middle of writing leaves the database intact and consistent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.model import Person
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

WRITER = """
import sys
from pathlib import Path
from desktop.domain.model import Person
from desktop.store import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2])
n = 0
while True:
    with store.transaction() as session:
        for i in range(20):  # a transaction of 20 people: all or nothing
            session.add(Person(given_names="Amal" * 20, family_name=f"T{n}"))
    n += 1
    print(n, flush=True)
"""


def test_kill_during_writes_keeps_committed_transactions(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, PASSPHRASE, params=FAST_KDF)[0].close()
    total = 0
    for round_ in range(3):
        before = total
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), PASSPHRASE],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        committed = 0
        target = 5 + 7 * round_
        for line in process.stdout:
            committed = int(line)
            if committed >= target:
                break
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()

        with Store.open(folder, PASSPHRASE) as store:
            with store.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            with store.reading() as session:
                total = session.scalar(select(func.count()).select_from(Person)) or 0
        assert total % 20 == 0, "a transaction was half-applied"
        assert total >= before + committed * 20, "a committed transaction was lost"
