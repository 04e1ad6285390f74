"""Simulated laptops for the sync tests: each its own encrypted store, one shared folder."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.model import Consultant
from desktop.store import Store, settings
from desktop.sync.crypto import KIND_BATCH
from desktop.sync.engine import synchronise
from desktop.sync.identity import LaptopKeys, device_salt
from desktop.sync.laptops import approve, open_trust
from desktop.sync.report import SyncReport
from desktop.sync.roster import key_id_of
from desktop.sync.share import _BATCH as BATCH_NAME
from desktop.sync.signed import seal_body
from desktop.sync.tables import synced_tables
from desktop.sync.team import create_team, join_team
from desktop.sync.trust import this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE

TEAM_PASSPHRASE = "ons team van consulenten"


@dataclass
class Laptop:
    """One simulated laptop."""

    name: str
    store: Store
    share: Path

    def sync(self, **kwargs: Any) -> SyncReport:
        return synchronise(self.store, self.share, **kwargs)

    @property
    def device(self) -> str:
        return settings.SYNC_DEVICE.get(self.store)

    def names(self) -> set[str]:
        return {values[0] for values in self.consultants().values()}

    def add_consultant(self, name: str, **values: Any) -> str:
        with self.store.transaction() as session:
            consultant = Consultant(name=name, **values)
            session.add(consultant)
            session.flush()
            return consultant.id

    def edit(self, model: type[Any], row_id: str, **values: Any) -> bool:
        with self.store.transaction() as session:
            row = session.get(model, row_id)
            if row is None:
                return False
            for key, value in values.items():
                setattr(row, key, value)
            return True

    def delete(self, model: type[Any], row_id: str) -> bool:
        with self.store.transaction() as session:
            row = session.get(model, row_id)
            if row is None:
                return False
            session.delete(row)
            return True

    def consultants(self) -> dict[str, tuple[Any, ...]]:
        with self.store.reading() as session:
            return {
                c.id: (c.name, c.phone, c.email, c.active)
                for c in session.scalars(select(Consultant))
            }


def dump(store: Store) -> dict[str, list[Any]]:
    """Every synced table and the register, as sorted raw rows (for equality checks)."""
    out: dict[str, list[Any]] = {}
    with store.reading() as session:
        connection = session.connection()
        for table in synced_tables():
            out[table.name] = sorted(repr(sorted(r.items())) for r in table.rows(connection))
        out["sync_version"] = sorted(
            repr(tuple(r))
            for r in connection.exec_driver_sql(
                "SELECT tbl, row_id, field, device, counter, value FROM sync_version"
            )
        )
        out["sync_conflict"] = sorted(
            repr(tuple(r)) for r in connection.exec_driver_sql("SELECT * FROM sync_conflict")
        )
    return out


class Fleet:
    """Laptops created in a temporary folder, all in one team; closed at the end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.share = root / "share"
        self.share.mkdir(parents=True, exist_ok=True)
        self.laptops: list[Laptop] = []

    def laptop(self, name: str | None = None) -> Laptop:
        name = name or f"laptop{len(self.laptops)}"
        store, _key = Store.create(self.root / name, PASSPHRASE, params=FAST_KDF)
        if not self.laptops and not (self.share / "wegwijzer-team.json").exists():
            create_team(store, self.share, TEAM_PASSPHRASE, params=FAST_KDF)
        else:
            join_team(store, self.share, TEAM_PASSPHRASE)
            approve(self.admin.store, this_laptop(store))
        laptop = Laptop(name, store, self.share)
        self.laptops.append(laptop)
        return laptop

    @property
    def admin(self) -> Laptop:
        """The laptop that made the team (it approves the others)."""
        return self.laptops[0]

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for laptop in self.laptops:
                laptop.sync()

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.store.close()


def fleet_of(root: Path, count: int) -> Iterator[Fleet]:
    fleet = Fleet(root)
    for _ in range(count):
        fleet.laptop()
    try:
        yield fleet
    finally:
        fleet.close()


def forge(
    laptop: Laptop,
    name: str,
    payload: dict[str, Any] | None = None,
    *,
    body: bytes | None = None,
    device: str | None = None,
    first: int | None = None,
    last: int | None = None,
    seq: int = 1,
    prev: str = "",
    keys: LaptopKeys | None = None,
    data_key: bytes | None = None,
    claim: str | None = None,
    salt: str | None = None,
) -> bytes:
    """A batch file signed like ``laptop`` would (or as an attacker with other ``keys``).

    By default: the laptop's own keys, its current data key and its device's salt; each can be
    replaced to play a former member (stolen data key, own keys), a share writer or a forger
    claiming another laptop (``claim``). The bytes are written into the device's folder.
    """
    _share, trust = open_trust(laptop.store)
    own_keys = trust.keys
    device = device or laptop.device
    with laptop.store.reading() as session:
        own_salt = device_salt(session.connection(), device)
    match = BATCH_NAME.fullmatch(name)
    assert match is not None
    current = trust.current
    assert current is not None or data_key is not None
    key = data_key if data_key is not None else current[2]  # type: ignore[index]
    statement = {
        "team": trust.team.team_id,
        "device": device,
        "laptop": claim or (keys or own_keys).laptop_id,
        "salt": salt if salt is not None else own_salt,
        "name": name,
        "kind": "batch",
        "first": int(match[1]) if first is None else first,
        "last": int(match[2]) if last is None else last,
        "seq": seq,
        "prev": prev,
        "key": key_id_of(key),
    }
    if body is None:
        full = {**(payload or {}), "vouch": {"admins": [], "identities": []}}
        if payload is not None and "vouch" in payload:
            full["vouch"] = payload["vouch"]
        body = zlib.compress(json.dumps(full).encode())
    data = seal_body(keys or own_keys, key, KIND_BATCH, statement, body)
    folder = laptop.share / "devices" / device
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return data
