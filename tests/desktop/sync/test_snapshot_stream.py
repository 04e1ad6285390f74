"""Snapshots one version a line: read a row at a time, older whole files still read, and a file
found broken halfway is skipped without leaving half of it applied."""

from __future__ import annotations

import gc
import random
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.demo import populate_demo
from desktop.sync import crypto, merge
from desktop.sync.crypto import KIND_SNAPSHOT, FileProblem, inflate_lines
from desktop.sync.laptops import open_trust
from desktop.sync.payload import Snapshot, encode_snapshot, read_snapshot
from desktop.sync.share import Share, ShareFile
from desktop.sync.signed import envelope, open_body
from tests.desktop.sync.helpers import Laptop, fleet_of
from tests.desktop.sync.test_change_log import dossier

TODAY = date(2026, 11, 25)


def _snapshot(laptop: Laptop) -> tuple[Share, ShareFile]:
    share = Share(laptop.share)
    (found,) = [f for f in share.list_files() if f.kind == "snapshot"]
    return share, found


def _body(laptop: Laptop) -> tuple[bytes, ShareFile]:
    """The laptop's snapshot file, decrypted as a reader does (still compressed)."""
    share, file = _snapshot(laptop)
    _share, trust = open_trust(laptop.store)
    found = envelope(share.read(file), KIND_SNAPSHOT)
    return open_body(found, trust.data_keys[found.statement.key][1]), file


def _rewrite(laptop: Laptop, change: callable) -> None:  # type: ignore[valid-type]
    """Replace the laptop's snapshot file by ``change(body, seal) -> sealed bytes``, where
    ``seal(payload=None, body=None)`` signs as the laptop does (a new link of its chain)."""
    share, file = _snapshot(laptop)
    body, _file = _body(laptop)
    _share, trust = open_trust(laptop.store)

    def seal(payload=None, body=None):  # type: ignore[no-untyped-def]
        if payload is not None:
            return trust.seal_file(laptop.store, KIND_SNAPSHOT, file.device, file.name, payload)
        return trust.seal_body_file(laptop.store, KIND_SNAPSHOT, file.device, file.name, body)

    sealed = change(body, seal, file.device)  # type: ignore[misc]
    (share.device_folder(file.device) / file.name).write_bytes(sealed)


def test_a_new_laptop_reads_the_snapshot_a_few_rows_at_a_time(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=15, today=TODAY)
        a.sync()
        body, file = _body(a)
        lines = list(inflate_lines(body))
        assert len(lines) > 100  # one version a line
        versions = list(read_snapshot(body, file.device).versions())
        keys = [(v.tbl, v.row_id) for v in versions]
        assert keys == sorted(keys)
        original = merge.SNAPSHOT_ROWS
        merge.SNAPSHOT_ROWS = 7  # many steps, rows never split between them
        try:
            report = b.sync()
        finally:
            merge.SNAPSHOT_ROWS = original
        assert report.snapshot_used and report.received == len(versions)
        assert dossier(b.store) == dossier(a.store)


def test_a_snapshot_written_whole_by_an_older_version_still_reads(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=6, today=TODAY)
        a.sync()

        def whole(body: bytes, seal, device: str) -> bytes:  # type: ignore[no-untyped-def]
            snapshot = read_snapshot(body, device)
            versions = list(reversed(list(snapshot.versions())))  # not in row order either
            old = Snapshot(device, snapshot.vector, versions)
            return seal(payload=encode_snapshot(old))  # type: ignore[no-any-return]

        _rewrite(a, whole)
        report = b.sync()
        assert report.snapshot_used
        assert dossier(b.store) == dossier(a.store)


def test_a_snapshot_broken_halfway_is_skipped_and_nothing_of_it_stays(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=6, today=TODAY)
        a.sync()

        def disordered(body: bytes, seal, device: str) -> bytes:  # type: ignore[no-untyped-def]
            import zlib

            lines = list(inflate_lines(body))
            middle = len(lines) // 2
            lines[middle], lines[2] = lines[2], lines[middle]  # two rows out of order
            return seal(body=zlib.compress(b"\n".join(lines)))  # type: ignore[no-any-return]

        _rewrite(a, disordered)
        with b.store.reading() as session:
            before = session.connection().exec_driver_sql(
                "SELECT COUNT(*) FROM sync_version").scalar_one()  # fmt: skip
        assert before == 0
        report = b.sync()
        assert not report.snapshot_used  # found out before any of it was applied
        assert [s.reason for s in report.skipped] == ["inhoud klopt niet met het formaat"]
        b.sync()  # the batches the snapshot covered are read instead
        assert dossier(b.store) == dossier(a.store)


def test_the_collector_is_paused_while_a_sync_writes_and_runs_again_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first sync's millions of objects hold no cycles: the collector waits (issue 18)."""
    from desktop.sync import engine

    seen: list[bool] = []
    original = engine.materialize

    def watched(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args)

    monkeypatch.setattr(engine, "materialize", watched)
    gc.enable()
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=3, today=TODAY)
        a.sync()
        b.sync()
        assert dossier(b.store) == dossier(a.store)
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_body_unpacks_a_piece_at_a_time_into_whole_lines() -> None:
    """zlib is handed the body in pieces (one call with all of it copied what it had not read
    yet at every megabyte out): lines across pieces come out whole; a cut-off body is refused."""
    noise = random.Random(18)
    lines = [noise.randbytes(noise.randrange(1, 300)).hex().encode() for _ in range(2000)]
    body = zlib.compress(b"\n".join(lines))
    assert len(body) > 4 * crypto.INFLATE_INPUT_BYTES
    assert list(inflate_lines(body)) == lines
    assert crypto._decompress(body) == b"\n".join(lines)
    with pytest.raises(FileProblem):
        list(inflate_lines(body[: len(body) // 2]))
