"""A draft typed before a crash or forced shutdown is there after reopening the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.dossier.view import load_dossier
from desktop.journey.rules import Rules
from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.desktop.dossier.conftest import TODAY

ROOT = Path(__file__).resolve().parents[3]

WRITER = """
import os, sys, time
from desktop.dossier.operations import save_draft
from desktop.store import Store
store = Store.open(__import__("pathlib").Path(sys.argv[1]), sys.argv[2])
for n in range(1, 6):
    save_draft(store, sys.argv[3], "koffie_en_koek", {"agreements": "stap " + str(n)})
print("saved", flush=True)
time.sleep(60)  # killed here, with the store still open
"""


def test_draft_survives_a_killed_process(
    store: Store, person_id: str, rules: Rules, store_dir: Path
) -> None:
    store.close()
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_dir), PASSPHRASE, person_id],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "saved"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    reopened = Store.open(store_dir, PASSPHRASE)
    with reopened:
        dossier = load_dossier(reopened, person_id, today=TODAY, rules=rules)
        assert dossier.forms["koffie_en_koek"].shown["agreements"] == "stap 5"
