"""Stateful property test: five laptops edit, create and delete offline and sync in any order,
while the share is unmounted mid-sync, the share is restored from an earlier copy and laptops
are restored from earlier copies of their data folders, and a sixth, removed laptop (which
kept its keys and the old team key) writes forged and replayed files into every folder.

An oracle tracks, for every accepted change, what its laptop had seen when it was made (the
laptop's knowledge grows only when it reads the share). It models the share per batch: a
laptop takes in a batch on the share (as sent, or written again from the database) once it
knows everything the batch's laptop knew when it sent it, and what a snapshot it applied knew.
Which files are on the share is looked up there (the faults decide it); which snapshot a
laptop applied, in its database. After everyone has synced, every
database must be equal; each field must hold one of the changes nothing later knew about (no
accepted change lost); and where those disagree, a conflict must be reported. The only changes
allowed to vanish are those of a laptop restored from a copy that existed nowhere else.
"""

from __future__ import annotations

import atexit
import copy
import itertools
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, rule

from desktop.domain.model import Consultant
from desktop.store import Store
from desktop.store import settings as store_settings
from desktop.sync import ledger
from desktop.sync.crypto import unb64
from desktop.sync.errors import ShareReadOnly, ShareVanished
from desktop.sync.identity import load_keys
from desktop.sync.laptops import revoke
from desktop.sync.register import heads
from desktop.sync.report import SyncReport
from desktop.sync.share import Share, batch_name
from desktop.sync.trust import this_laptop
from tests.conftest import PASSPHRASE
from tests.desktop.sync.helpers import Fleet, Laptop, dump, forge
from tests.desktop.sync.robust import Unmount, copy_folder, restore_folder

DEVICES = 5
FIELDS = ("name", "phone")
#: Sync rounds of all laptops before the check: a laptop that waits for a lost change gets
#: it in the round after a team mate noticed (snapshot and pointer batch).
ROUNDS = 3
#: How often each action ran (printed with WEGWIJZER_SYNC_STATS=1, for the figures in docs).
ACTIONS: Counter[str] = Counter()


@dataclass(frozen=True)
class Write:
    """One accepted change in the oracle."""

    id: int
    device: int
    row: str
    field: str  # a column, "*" (creation) or "_deleted"
    value: Any
    knew: frozenset[int]


@dataclass
class Knowledge:
    """What one laptop has seen, what it has not sent, and what its last capture missed."""

    known: set[int] = field(default_factory=set)
    pending: set[int] = field(default_factory=set)
    uncaptured: set[int] = field(default_factory=set)
    snapshots: set[str] = field(default_factory=set)  # snapshot files it applied


@dataclass(frozen=True)
class SentBatch:
    """A batch as sent: its changes and what its laptop knew then."""

    writes: frozenset[int]
    deps: frozenset[int]


_BATCH_FILE = re.compile(r"b(\d{12})-(\d{12})-[0-9a-f]{8}\.wwb")
BatchKey = tuple[str, int, int]  # device id, first, last


class SyncMachine(RuleBasedStateMachine):
    """Random offline work and syncs on five laptops sharing one folder."""

    rows = Bundle("rows")

    @initialize(target=rows)
    def setup(self) -> str:
        self.root = Path(tempfile.mkdtemp(prefix="wegwijzer-sync-"))
        self.forged: set[str] = set()  # keys (device/name) of every forged or replayed file
        self.fleet = Fleet(self.root)
        for _ in range(DEVICES):
            self.fleet.laptop()
        self.knowledge = [Knowledge() for _ in range(DEVICES)]
        self.batches: dict[BatchKey, SentBatch] = {}
        self.snapshots: dict[str, frozenset[int]] = {}
        self.share_backups: list[Path] = []
        self.laptop_backups: dict[int, tuple[Path, Knowledge]] = {}
        self.writes: dict[int, Write] = {}
        self.ids = itertools.count(1)
        self.values = itertools.count(1)
        # One record everybody has from the start, so that concurrent edits are common.
        self.shared_row = self.create(0)
        for device in range(DEVICES):
            self.sync(device)
        self._recruit_mallory()
        return self.shared_row

    def _recruit_mallory(self) -> None:
        """A sixth laptop that was in the team, then removed: it keeps what it held."""
        mallory = self.fleet.laptop("mallory")
        self.fleet.laptops.remove(mallory)
        mallory.sync()
        with mallory.store.reading() as session:
            connection = session.connection()
            ring = store_settings.SYNC_KEYRING.get(connection)
            self.stolen_keys = load_keys(connection)
        self.stolen_key = unb64(str(next(iter(ring.values()))["key"]))  # type: ignore[index]
        revoke(self.fleet.admin.store, this_laptop(mallory.store))
        self.mallory = mallory

    def _forged_payload(self, device: str, counter: int, tombstone: bool) -> dict[str, Any]:
        stamp = "2025-01-01 00:00:00.000000"
        hlc = f"{9 * 10**14:015d}.000000.{device}"
        row = f"vervalst-{next(self.ids)}"
        if tombstone:  # a retention deletion of the row everybody has
            value: dict[str, Any] = {"id": row, "tbl": "consultant", "row_id": self.shared_row,
                                     "reason": "bewaartermijn"}  # fmt: skip
            table = "tombstone"
        else:
            value = {"id": row, "name": "VERVALST", "phone": "", "email": "", "active": 1}
            table = "consultant"
        value.update(created_at=stamp, created_by="x", changed_at=stamp, changed_by="x")
        version = [table, row, "*", counter, hlc, stamp, "x", value, 0]
        return {"kind": "batch", "device": device, "first": counter, "last": counter,
                "deps": {}, "ctxs": [{}], "versions": [version],
                "vouch": {"admins": ["x"], "identities": [device]}}  # fmt: skip

    @rule(
        victim=st.integers(0, DEVICES),
        how=st.sampled_from(("own keys", "claims the victim", "old team key only")),
        tombstone=st.booleans(),
    )
    def forge_file(self, victim: int, how: str, tombstone: bool) -> None:
        """The removed laptop writes a forged batch (its own folder when ``victim`` is 5)."""
        ACTIONS["forge"] += 1
        target = self.mallory if victim == DEVICES else self._laptop(victim)
        device = self._settings(target)[0]
        counter = self._settings(target)[2] + 1
        name = batch_name(counter, counter)
        payload = self._forged_payload(device, counter, tombstone)
        claim = this_laptop(target.store) if how == "claims the victim" else None
        if how == "old team key only":
            from desktop.sync.team import current_team

            join, _path = current_team(self.mallory.store)
            folder = self.fleet.share / "devices" / device
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(join.seal(b"B", device, payload))
        else:
            forge(target, name, payload, keys=self.stolen_keys, data_key=self.stolen_key,
                  claim=claim, seq=counter + 1000)  # fmt: skip
        self.forged.add(f"{device}/{name}")

    @rule(data=st.data())
    def replay_file(self, data: st.DataObject) -> None:
        """A copy of a real batch under a new name, in its own or another laptop's folder."""
        ACTIONS["replay"] += 1
        files = sorted(self.fleet.share.glob("devices/*/b*.wwb"))
        files = [f for f in files if f"{f.parent.name}/{f.name}" not in self.forged]
        if not files:
            return
        source = data.draw(st.sampled_from(files))
        folder = data.draw(st.sampled_from(sorted(self.fleet.share.glob("devices/*"))))
        counter = data.draw(st.integers(1, 40))
        name = batch_name(counter, counter)
        (folder / name).write_bytes(source.read_bytes())
        self.forged.add(f"{folder.name}/{name}")

    def teardown(self) -> None:
        if hasattr(self, "fleet"):
            self.fleet.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _write(self, device: int, row: str, name: str, value: Any) -> None:
        mine = self.knowledge[device]
        write = Write(next(self.ids), device, row, name, value, frozenset(mine.known))
        self.writes[write.id] = write
        mine.known.add(write.id)
        mine.pending.add(write.id)
        mine.uncaptured.add(write.id)

    def _laptop(self, device: int) -> Laptop:
        return self.fleet.laptops[device]

    @rule(target=rows, device=st.integers(0, DEVICES - 1))
    def create(self, device: int) -> str:
        ACTIONS["create"] += 1
        values = {name: f"{name}-{next(self.values)}" for name in FIELDS}
        row = self._laptop(device).add_consultant(**values)
        self._write(device, row, "*", values)
        return row

    @rule(row=rows, device=st.integers(0, DEVICES - 1), name=st.sampled_from(FIELDS))
    def edit(self, row: str, device: int, name: str) -> None:
        ACTIONS["edit"] += 1
        self._edit(row, device, name)

    @rule(device=st.integers(0, DEVICES - 1), name=st.sampled_from(FIELDS))
    def edit_shared(self, device: int, name: str) -> None:
        ACTIONS["edit_shared"] += 1
        self._edit(self.shared_row, device, name)

    def _edit(self, row: str, device: int, name: str) -> None:
        value = f"{name}-{next(self.values)}"
        if self._laptop(device).edit(Consultant, row, **{name: value}):
            self._write(device, row, name, value)

    @rule(row=rows, device=st.integers(0, DEVICES - 1))
    def delete(self, row: str, device: int) -> None:
        ACTIONS["delete"] += 1
        if not self._laptop(device).delete(Consultant, row):
            return
        mine = self.knowledge[device]
        # Changes to the row made since the last sync never become versions: the sync only
        # sees that the row is gone (and if it was new, that it never existed).
        unseen = {w for w in mine.uncaptured if self.writes[w].row == row}
        created_here = any(self.writes[w].field == "*" for w in unseen)
        for w in unseen:
            del self.writes[w]
            mine.pending.discard(w)
            mine.known.discard(w)
        mine.uncaptured -= unseen
        if not created_here:
            self._write(device, row, "_deleted", True)

    # -- the share as it is, and what a laptop takes in from it ---------------------------------

    def _on_share(self) -> dict[BatchKey, str]:
        found: dict[BatchKey, str] = {}
        for path in self.fleet.share.glob("devices/*/b*.wwb"):
            if match := _BATCH_FILE.fullmatch(path.name):
                found[(path.parent.name, int(match[1]), int(match[2]))] = path.name
        return found

    def _files(self, laptop: Laptop, sql: str) -> set[str]:
        with laptop.store.reading() as session:
            return {name for (name,) in session.connection().exec_driver_sql(sql)}

    def _settings(self, laptop: Laptop) -> tuple[str, int, int]:
        with laptop.store.reading() as session:
            connection = session.connection()
            return (
                store_settings.SYNC_DEVICE.get(connection),
                store_settings.SYNC_EXPORTED.get(connection),
                store_settings.SYNC_COUNTER.get(connection),
            )

    def _run_sync(self, device: int, run: Any) -> SyncReport:
        """One sync of ``device`` through ``run``, and what the oracle learns from it."""
        laptop = self._laptop(device)
        mine = self.knowledge[device]
        listed = self._on_share()
        report: SyncReport = run(laptop)
        applied = self._files(
            laptop, "SELECT name FROM sync_file WHERE detail LIKE '%momentopname%'"
        )
        for key in applied - mine.snapshots:
            mine.known |= self.snapshots.get(key, frozenset())
        mine.snapshots |= applied
        self._take_in(mine, listed)
        self._note_sent(device, laptop, listed)
        return report

    def _take_in(self, mine: Knowledge, listed: dict[BatchKey, str]) -> None:
        available = [self.batches[k] for k in listed if k in self.batches]
        progressed = True
        while progressed:
            progressed = False
            for batch in available:
                if not batch.writes <= mine.known and batch.deps <= mine.known:
                    mine.known |= batch.writes
                    progressed = True

    def _note_sent(self, device: int, laptop: Laptop, listed: dict[BatchKey, str]) -> None:
        mine = self.knowledge[device]
        identity, exported, counter = self._settings(laptop)
        fresh = sorted(
            (k, name)
            for k, name in self._on_share().items()
            if k not in self.batches
            and k[0] == identity
            and name not in listed.values()
            and f"{k[0]}/{name}" not in self.forged
        )
        for number, (key, _name) in enumerate(fresh):
            writes = frozenset(mine.pending) if number == 0 else frozenset()  # then a beacon
            self.batches[key] = SentBatch(writes, frozenset(mine.known) - writes)
        if exported == counter:
            mine.pending.clear()
        mine.uncaptured.clear()
        written = self._files(
            laptop,
            "SELECT name FROM sync_file WHERE name LIKE '%.wws' AND status IN ('sent', 'sending')",
        )
        for key in written - self.snapshots.keys():
            self.snapshots[key] = frozenset(mine.known)

    # -- syncs, faults and restores ----------------------------------------------------------

    @rule(device=st.integers(0, DEVICES - 1))
    def sync(self, device: int) -> None:
        ACTIONS["sync"] += 1
        report = self._run_sync(device, lambda laptop: laptop.sync())
        assert report.problem == ""

    @rule(device=st.integers(0, DEVICES - 1))
    def sync_without_sending(self, device: int) -> None:
        """A partial sync: the share is read-only for this laptop, so it only receives."""
        ACTIONS["sync_without_sending"] += 1
        original = Share.write_new

        def refuse(*_args: Any, **_kwargs: Any) -> None:
            raise ShareReadOnly()

        Share.write_new = refuse  # type: ignore[method-assign]
        try:
            report = self._run_sync(device, lambda laptop: laptop.sync())
        finally:
            Share.write_new = original  # type: ignore[method-assign]
        assert report.problem == str(ShareReadOnly()) or report.sent == 0

    @rule(device=st.integers(0, DEVICES - 1), at=st.integers(0, 12))
    def unmount_mid_sync(self, device: int, at: int) -> None:
        """The share is unmounted at the ``at``-th write of a sync and mounted again after."""
        ACTIONS["unmount_mid_sync"] += 1
        unmount = Unmount(self.fleet.share, at)
        seen: dict[str, Any] = {}

        def run(laptop: Laptop) -> SyncReport:
            originals = {name: getattr(os, name) for name in ("open", "mkdir", "link")}
            for name, original in originals.items():
                setattr(os, name, unmount._hook(name, original))
            try:
                return laptop.sync()
            finally:
                for name, original in originals.items():
                    setattr(os, name, original)
                seen["happened"] = unmount.done
                seen["outside"] = unmount.bare_mount_point() if unmount.done else []
                unmount.remount()  # before the oracle looks at the share

        report = self._run_sync(device, run)
        assert seen["outside"] == [], "written into the bare mount point"
        assert report.problem == (str(ShareVanished()) if seen["happened"] else "")

    @rule()
    def back_up_share(self) -> None:
        ACTIONS["back_up_share"] += 1
        backup = self.root / f"share-backup-{len(self.share_backups)}"
        copy_folder(self.fleet.share, backup)
        self.share_backups.append(backup)

    @rule(data=st.data())
    def restore_share(self, data: st.DataObject) -> None:
        """The share goes back to an earlier copy: later files of every laptop are gone."""
        ACTIONS["restore_share"] += 1
        if self.share_backups:
            backup = data.draw(st.sampled_from(self.share_backups))
            restore_folder(backup, self.fleet.share)

    @rule(device=st.integers(0, DEVICES - 1))
    def back_up_laptop(self, device: int) -> None:
        """A backup of a laptop's data folder right after a sync (nothing unsent in it)."""
        ACTIONS["back_up_laptop"] += 1
        self.sync(device)
        laptop = self._laptop(device)
        backup = self.root / f"laptop-backup-{device}"
        laptop.store.close()
        copy_folder(laptop.store.location.folder, backup)
        laptop.store = Store.open(laptop.store.location.folder, PASSPHRASE)
        self.laptop_backups[device] = (backup, copy.deepcopy(self.knowledge[device]))

    @rule(device=st.integers(0, DEVICES - 1))
    def restore_laptop(self, device: int) -> None:
        """The laptop's data folder goes back to its copy; what it alone held is gone."""
        ACTIONS["restore_laptop"] += 1
        if device not in self.laptop_backups:
            return
        backup, knowledge = self.laptop_backups[device]
        laptop = self._laptop(device)
        folder = laptop.store.location.folder
        laptop.store.close()
        restore_folder(backup, folder)
        laptop.store = Store.open(folder, PASSPHRASE)
        elsewhere = set().union(
            *(k.known for i, k in enumerate(self.knowledge) if i != device),
            *(self.batches[k].writes for k in self._on_share() if k in self.batches),
        )
        for write in [w for w in self.writes.values() if w.device == device]:
            if write.id not in knowledge.known and write.id not in elsewhere:
                del self.writes[write.id]
        self.knowledge[device] = copy.deepcopy(knowledge)

    def check_converged(self) -> None:
        for _round in range(ROUNDS):
            for device in range(DEVICES):
                self.sync(device)
        dumps = [dump(laptop.store) for laptop in self.fleet.laptops]
        assert all(d == dumps[0] for d in dumps[1:]), "databases differ after everyone synced"
        for laptop in self.fleet.laptops:  # nothing forged or replayed was taken in
            applied = self._files(laptop, "SELECT name FROM sync_file WHERE status = 'applied'")
            assert not applied & self.forged, "a forged or replayed file was applied"
            assert "VERVALST" not in laptop.names()
            with laptop.store.reading() as session:
                found = session.connection().exec_driver_sql("SELECT COUNT(*) FROM tombstone")
                assert found.scalar_one() == 0
        self._check_against_oracle(self.fleet.laptops[0])

    def _maximal(self, row: str, names: tuple[str, ...]) -> list[Write]:
        candidates = [w for w in self.writes.values() if w.row == row and w.field in names]
        return [w for w in candidates if not any(w.id in o.knew for o in candidates)]

    def _check_against_oracle(self, laptop: Laptop) -> None:
        shown = laptop.consultants()
        with laptop.store.reading() as session:
            connection = session.connection()
            conflicts = {
                (r, f)
                for r, f in connection.exec_driver_sql("SELECT row_id, field FROM sync_conflict")
            }
            rows = {w.row for w in self.writes.values()}
            registers = ledger.load_versions(connection, "consultant", rows)
        for row in rows:
            versions = registers.get(row, [])
            deleted = self._maximal(row, ("*", "_deleted"))
            deleted_values = {w.field == "_deleted" for w in deleted}
            for name in FIELDS:
                expected = {
                    (w.value[name] if w.field == "*" else w.value)
                    for w in self._maximal(row, ("*", name))
                }
                found = {v.value_of(name) for v in heads(versions, name)}
                assert found == expected, f"{row}.{name}: {found} != {expected}"
                if len(expected) > 1:
                    assert (row, name) in conflicts, f"conflict on {row}.{name} not reported"
                if row in shown:
                    assert shown[row][FIELDS.index(name)] in expected
            if deleted_values == {True}:
                assert row not in shown
                # An edit is lost silently only if none of the deleting laptops had seen it.
                concurrent = [
                    w
                    for name in ("*", *FIELDS)
                    for w in self._maximal(row, ("*", name))
                    if all(w.id not in d.knew for d in deleted)
                    and w.device != -1
                    and w.field != "*"
                ]
                if concurrent:
                    assert (row, "_deleted") in conflicts, f"delete vs edit on {row} not reported"
            elif deleted_values == {False}:
                assert row in shown
            else:
                assert (row, "_deleted") in conflicts


class CheckedSyncMachine(SyncMachine):
    """Runs the machine; the convergence check closes every example."""

    def teardown(self) -> None:
        if hasattr(self, "fleet"):
            try:
                self.check_converged()
            finally:
                super().teardown()


TestSyncMachine = CheckedSyncMachine.TestCase
if os.environ.get("WEGWIJZER_SYNC_STATS"):
    atexit.register(lambda: print(f"\nactions: {sum(ACTIONS.values())} {dict(ACTIONS)}"))
#: Examples per run: few in CI (WEGWIJZER_SYNC_EXAMPLES raises it for a long local run).
EXAMPLES = int(os.environ.get("WEGWIJZER_SYNC_EXAMPLES", "6"))
TestSyncMachine.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
