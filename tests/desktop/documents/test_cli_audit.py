"""The command line's ``handout`` and ``deadlines`` write or list names: both are audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.access.session import unlock
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.cli import main
from desktop.store import Store
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)


def test_handout_and_deadlines_on_the_command_line_are_audited(
    store: Store, people: dict[str, str], store_dir: Path, tmp_path: Path
) -> None:
    store.close()
    out = tmp_path / "klantreis.pdf"
    argv = ["--data-dir", str(store_dir), "handout", "--person", people["ti"], "--doc",
            "klantreis", "--lang", "ti", "--today", "2025-03-10", "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    assert main(["--data-dir", str(store_dir), "deadlines", "--today", "2025-03-10"]) == 0
    with unlock(store_dir, PASSPHRASE) as opened, opened.reading() as session:
        entries = list(session.scalars(select(AuditEntry)))
    saved = [e for e in entries if e.action == Action.SAVE_DOCUMENT]
    assert [(e.person_id, e.detail) for e in saved] == [
        (people["ti"], "klantreis ti (opdrachtregel)")
    ]
    listed = [e for e in entries if e.action == Action.DEADLINES]
    assert len(listed) == 1 and listed[0].detail.endswith("personen (opdrachtregel)")
    assert "Senait" not in " ".join(e.detail for e in entries)  # no names in the trail
