"""Faults: damaged, foreign and future files, a vanishing, read-only or full share, a wrong
folder, and a laptop killed while writing. Each ends with intact local data and a clear
Dutch message, and a later sync picks up what was missed."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.model import Consultant
from desktop.store import Store, settings
from desktop.sync import share as share_module
from desktop.sync.crypto import MAGIC
from desktop.sync.engine import synchronise
from desktop.sync.errors import (
    NotATeamFolder,
    ShareFull,
    ShareReadOnly,
    ShareTooNew,
    ShareUnavailable,
    WrongTeam,
)
from desktop.sync.share import Share
from desktop.sync.team import create_team
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.sync.helpers import Fleet, dump

ROOT = Path(__file__).resolve().parents[3]


def _batches(share: Path) -> list[Path]:
    return sorted(share.glob("devices/*/b*.wwb"))


def test_a_missing_or_empty_folder_is_an_error_not_a_deletion(fleet: Fleet, tmp_path: Path) -> None:
    a, b, _c = fleet.laptops
    a.add_consultant("Anna")
    fleet.sync_all()
    before = dump(b.store)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NotATeamFolder, match="markeerbestand"):
        synchronise(b.store, empty)
    with pytest.raises(ShareUnavailable, match="niet bereikbaar"):
        synchronise(b.store, tmp_path / "gone")
    assert dump(b.store) == before


def test_truncated_and_bit_flipped_files_are_skipped_and_retried(fleet: Fleet) -> None:
    a, b, _c = fleet.laptops
    a.add_consultant("Anna")
    a.sync()
    a.add_consultant("Bram")
    a.sync()
    device = settings.SYNC_DEVICE.get(a.store)
    first, second = [p for p in _batches(fleet.share) if device in str(p)]
    good_first, good_second = first.read_bytes(), second.read_bytes()
    first.write_bytes(good_first[: len(good_first) // 2])  # truncated
    flipped = bytearray(good_second)
    flipped[-5] ^= 0x10
    second.write_bytes(bytes(flipped))  # tampered
    for snapshot in fleet.share.glob("devices/*/s*.wws"):
        snapshot.unlink()  # make b depend on the batches alone
    report = b.sync()
    assert {s.file.split("/")[1] for s in report.skipped} == {first.name, second.name}
    assert all("beschadigd" in s.reason or "onvolledig" in s.reason for s in report.skipped)
    assert b.consultants() == {}
    first.write_bytes(good_first)
    second.write_bytes(good_second)
    report = b.sync()
    assert report.skipped == [] and {v[0] for v in b.consultants().values()} == {"Anna", "Bram"}


def test_files_of_another_team_and_of_a_future_version_are_skipped(
    fleet: Fleet, tmp_path: Path
) -> None:
    a, b, _c = fleet.laptops
    other_share = tmp_path / "other"
    other_share.mkdir()
    with Store.create(tmp_path / "stranger", PASSPHRASE, params=FAST_KDF)[0] as stranger:
        create_team(stranger, other_share, "een heel ander team", params=FAST_KDF)
        with stranger.transaction() as session:
            session.add(Consultant(name="Vreemd"))
        synchronise(stranger, other_share)
        with pytest.raises(WrongTeam):
            synchronise(stranger, fleet.share)
    for foreign in _batches(other_share):
        target = fleet.share / foreign.relative_to(other_share)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(foreign.read_bytes())
    a.add_consultant("Anna")
    a.sync()
    own = _batches(fleet.share)
    future = own[0].parent / share_module.batch_name(999, 999)
    data = bytearray(own[0].read_bytes())
    data[len(MAGIC)] = 9  # format version 9
    future.write_bytes(bytes(data))
    report = b.sync()
    reasons = " ".join(s.reason for s in report.skipped)
    assert "ander team" in reasons and "nieuwere versie" in reasons
    assert [v[0] for v in b.consultants().values()] == ["Anna"]


def test_a_marker_of_a_future_format_is_refused(fleet: Fleet) -> None:
    marker = fleet.share / "wegwijzer-team.json"
    marker.write_text(marker.read_text().replace('"version": 1', '"version": 2'))
    with pytest.raises(ShareTooNew, match="nieuwere versie"):
        fleet.laptops[0].sync()


def test_the_share_vanishing_mid_sync_changes_nothing(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = fleet.laptops
    for name in ("Anna", "Bram"):
        a.add_consultant(name)
        a.sync()
    for snapshot in fleet.share.glob("devices/*/s*.wws"):
        snapshot.unlink()
    before = dump(b.store)
    original = Share.read
    hidden = fleet.share.with_name("unplugged")

    def vanish(self: Share, file: Any) -> bytes:
        data = original(self, file)
        fleet.share.rename(hidden)  # the network goes away after the first file
        monkeypatch.setattr(Share, "read", original)
        return data

    monkeypatch.setattr(Share, "read", vanish)
    with pytest.raises(ShareUnavailable):
        b.sync()
    assert dump(b.store) == before
    hidden.rename(fleet.share)
    b.sync()
    assert len(b.consultants()) == 2


def test_a_read_only_share_still_receives_and_sends_later(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = fleet.laptops
    a.add_consultant("Anna")
    a.sync()
    b.add_consultant("Bram")

    original = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).startswith(str(fleet.share)) and flags & os.O_WRONLY:
            raise PermissionError(errno.EROFS, "read-only file system")
        return original(path, flags, *args, **kwargs)

    monkeypatch.setattr(share_module.os, "open", refuse)
    report = b.sync()
    assert report.problem == str(ShareReadOnly()) and "alleen-lezen" in report.problem
    assert {v[0] for v in b.consultants().values()} == {"Anna", "Bram"}
    monkeypatch.undo()
    assert b.sync().sent > 0
    a.sync()
    assert {v[0] for v in a.consultants().values()} == {"Anna", "Bram"}


def test_a_full_share_keeps_local_changes_and_leaves_no_half_file(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = fleet.laptops
    a.add_consultant("Anna")

    def full(_fd: int, _data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(share_module.os, "write", full)
    report = a.sync()
    assert report.problem == str(ShareFull()) and "vol" in report.problem
    assert list(fleet.share.glob("devices/*/.tmp-*")) == []
    assert _batches(fleet.share) == []
    monkeypatch.undo()
    assert a.sync().sent > 0
    b.sync()
    assert [v[0] for v in b.consultants().values()] == ["Anna"]


@pytest.mark.slow
def test_a_laptop_killed_while_syncing_loses_nothing(fleet: Fleet) -> None:
    a, b, _c = fleet.laptops
    folder = a.store.location.folder
    device = settings.SYNC_DEVICE.get(a.store)
    a.store.close()
    rng = random.Random(6)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.desktop.sync.killable", str(folder), str(fleet.share)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert process.stdout is not None
        process.stdout.readline()  # at least one round done: the store is in the team
        time.sleep(rng.uniform(0.0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait()
        b.sync()  # reading a share with a half-written temp file: no error
    with Store.open(folder, PASSPHRASE) as reopened:
        synchronise(reopened, fleet.share)
        b.sync()
        synchronise(reopened, fleet.share)
        local = dump(reopened)
        assert local == dump(b.store)
        assert len(local["consultant"]) % 50 == 0  # whole transactions only
    assert list(fleet.share.glob(f"devices/{device}/.tmp-*")) == []  # cleaned by its owner
