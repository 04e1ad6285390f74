"""A large export is written a thousand people at a time: the same bytes, one audit entry."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.cli import main
from desktop.demo import populate_demo
from desktop.exchange import dumps, export_data, write_export
from desktop.exchange import export as export_module
from desktop.store import Store

TODAY = date(2026, 11, 25)
AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("chunk", [1, 4, 1000])
def test_the_streamed_file_has_the_bytes_of_the_document(
    store: Store, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "_STREAM_CHUNK", chunk)
    populate_demo(store, people=9, today=TODAY)
    with store.reading() as session:
        whole = dumps(export_data(session, exported_at=AT))
        out = io.BytesIO()
        assert write_export(session, out, exported_at=AT) == 9
        assert out.getvalue() == whole
        some = sorted(p["id"] for p in export_data(session)["persons"])[:3]
        part = dumps(export_data(session, some, exported_at=AT))
        out = io.BytesIO()
        assert write_export(session, out, some, exported_at=AT) == 3
        assert out.getvalue() == part


def test_an_empty_dossier_streams_as_the_document(store: Store) -> None:
    with store.reading() as session:
        out = io.BytesIO()
        assert write_export(session, out, exported_at=AT) == 0
        assert out.getvalue() == dumps(export_data(session, exported_at=AT))


def test_a_full_export_is_one_audit_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import PASSPHRASE

    folder, out = tmp_path / "data", tmp_path / "export.json"
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    assert main(["--data-dir", str(folder), "demo", "--people", "7"]) == 0
    assert main(["--data-dir", str(folder), "export", "--out", str(out)]) == 0
    assert "7 personen" in capsys.readouterr().out
    with Store.open(folder, PASSPHRASE) as store, store.reading() as session:
        exports = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "geëxporteerd"))
        )
    assert len(exports) == 1 and exports[0].person_id == ""
    assert out.stat().st_mode & 0o777 == 0o600
