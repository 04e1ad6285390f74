"""``wegwijzer deadlines`` starts fast: Argon2 begins before anything else is imported, nothing
the command does not print (Qt, ReportLab, Babel) is imported at all, and while the kept
journeys hold it reads them through a plain connection, without SQLAlchemy and the models."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.store import Store
from desktop.store.errors import WrongPassphrase
from desktop.store.keys import (
    Argon2Params,
    KeyFile,
    derive_early,
    derive_passphrase_key,
)
from desktop.store.paths import KEY_FILE_NAME
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CHEAP = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)

#: Runs the deadlines command in a fresh interpreter and names the modules it imported.
SCRIPT = """
import sys
from desktop.cli import main
code = main(["deadlines", "--data-dir", sys.argv[1], "--json"])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "reportlab", "babel", "ui",
                                                         "jsonschema", "pypdfium2"})
print("exit", code, "heavy", heavy, "orm", "sqlalchemy" in sys.modules, file=sys.stderr)
"""


def test_an_early_derivation_is_taken_over_once(store_dir: Path) -> None:
    store, _key = Store.create(store_dir, PASSPHRASE, params=CHEAP)
    store.close()
    slot = next(s for s in KeyFile.load(store_dir / KEY_FILE_NAME).slots if s.kind == "passphrase")
    import base64

    salt = base64.b64decode(slot.salt)
    expected = derive_passphrase_key(PASSPHRASE, salt, CHEAP)  # nothing begun early: derived
    derive_early(store_dir / KEY_FILE_NAME, PASSPHRASE)
    assert derive_passphrase_key(PASSPHRASE, salt, CHEAP) == expected
    # Another passphrase is derived for itself, never answered with the early result.
    derive_early(store_dir / KEY_FILE_NAME, PASSPHRASE)
    assert derive_passphrase_key("another passphrase", salt, CHEAP) != expected
    assert derive_passphrase_key(PASSPHRASE, salt, CHEAP) == expected


def test_a_wrong_passphrase_begun_early_still_fails(store_dir: Path) -> None:
    Store.create(store_dir, PASSPHRASE, params=CHEAP)[0].close()
    derive_early(store_dir / KEY_FILE_NAME, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, "not the passphrase")
    derive_early(store_dir / KEY_FILE_NAME, "not the passphrase")  # not taken by the right one
    Store.open(store_dir, PASSPHRASE).close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's priority: Linux")
def test_an_early_derivation_leaves_the_main_thread_its_core(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop.store import keys

    Store.create(store_dir, PASSPHRASE, params=CHEAP)[0].close()
    seen: list[tuple[int, int]] = []
    derive = keys._argon2

    def watched(*inputs: object) -> bytes:
        here = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen.append((here, os.getpriority(os.PRIO_PROCESS, main)))
        return derive(*inputs)  # type: ignore[arg-type]

    main = threading.get_native_id()
    monkeypatch.setattr(keys, "_argon2", watched)
    derive_early(store_dir / KEY_FILE_NAME, PASSPHRASE)
    Store.open(store_dir, PASSPHRASE).close()  # takes the early result over
    assert len(seen) == 1
    lowered, kept = seen[0]
    assert lowered == 19 and kept == os.getpriority(os.PRIO_PROCESS, main) < 19


def test_no_key_file_begins_nothing(tmp_path: Path) -> None:
    derive_early(tmp_path / KEY_FILE_NAME, PASSPHRASE)  # the unlock itself says what is wrong
    derive_early(tmp_path, PASSPHRASE)  # a folder where the file should be


def test_deadlines_imports_nothing_it_does_not_print(store_dir: Path) -> None:
    store, _key = Store.create(store_dir, PASSPHRASE, params=CHEAP)
    from desktop.demo import populate_demo

    with store:
        populate_demo(store, people=12, today=date.today())
        before = _entries(store)
    env = {**os.environ, "WEGWIJZER_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    outputs = []
    # The store's first session adds its user (the full opening); from then on a glance does.
    for orm in (True, False):
        result = subprocess.run([sys.executable, "-c", SCRIPT, str(store_dir)], cwd=ROOT,
                                env=env, capture_output=True, text=True, check=False)  # fmt: skip
        assert f"exit 0 heavy [] orm {orm}" in result.stderr, result.stderr
        assert result.stdout.startswith("[\n{") and result.stdout.endswith("}\n]\n")
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    with Store.open(store_dir, PASSPHRASE) as store:
        added = _entries(store)[len(before) :]
    # The session and the command stay in the audit trail, as before.
    assert [entry[0] for entry in added] == [Action.LOGIN, Action.DEADLINES] * 2
    assert added[1][1].endswith(" personen (opdrachtregel)") and added[1] == added[3]


def _entries(store: Store) -> list[tuple[str, str]]:
    from sqlalchemy import select

    with store.reading() as session:
        query = select(AuditEntry.action, AuditEntry.detail).order_by(AuditEntry.seq)
        return [(str(action), detail) for action, detail in session.execute(query)]
