"""Attacks between laptops: a former member, a writer on the share, a laptop that lies.

Each test plays one attack of the adversarial review (issue 15, point 1) against real stores
and a real team folder; the honest laptops refuse it with a Dutch reason in the sync report
and carry on.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.access.laptops import approve_laptop, list_laptops, revoke_laptop
from desktop.access.session import start_session
from desktop.access.users import add_user, remove_user
from desktop.audit.models import AuditEntry
from desktop.domain.model import Consultant, Person
from desktop.store import Store, settings
from desktop.sync import roster as docs
from desktop.sync.crypto import KIND_BATCH, FileProblem, b64, key_check, unb64
from desktop.sync.engine import synchronise
from desktop.sync.identity import LaptopKeys, load_keys
from desktop.sync.laptops import open_trust
from desktop.sync.share import batch_name
from desktop.sync.signed import envelope, open_payload
from desktop.sync.team import current_team, join_team
from desktop.sync.trust import NotApproved, RootChanged, UnknownLaptop, this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.privacy.people import add_demo_person
from tests.desktop.sync.helpers import TEAM_PASSPHRASE, Fleet, Laptop, fleet_of, forge


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Fleet]:
    """Three approved laptops: A made the team (its first user is an admin), B and C joined."""
    for fleet in fleet_of(tmp_path, 3):
        start_session(fleet.admin.store)
        yield fleet


def _stolen(laptop: Laptop) -> tuple[LaptopKeys, dict[str, bytes]]:
    """What a laptop's database gives whoever walks off with it: its keys and data keys."""
    with laptop.store.reading() as session:
        connection = session.connection()
        keys = load_keys(connection)
        ring = settings.SYNC_KEYRING.get(connection)
    assert keys is not None
    return keys, {kid: unb64(str(v["key"])) for kid, v in ring.items()}  # type: ignore[index]


def _next(reader: Laptop, writer: Laptop) -> int:
    return settings.SYNC_VECTOR.get(reader.store).get(writer.device, 0) + 1


def _stamp(device: str) -> str:
    return f"{int(time.time() * 1000) + 60_000:015d}.000000.{device}"


def _row_version(tbl: str, row_id: str, counter: int, device: str, value: Any) -> list[Any]:
    return [tbl, row_id, "*", counter, _stamp(device), "2025-01-01 00:00:00.000000", "x",
            value, 0]  # fmt: skip


def _batch(device: str, counter: int, versions: list[list[Any]]) -> dict[str, Any]:
    return {
        "kind": "batch",
        "device": device,
        "first": counter,
        "last": counter,
        "deps": {},
        "ctxs": [{}],
        "versions": versions,
    }


def _tombstone(row_id: str, by: str = "x") -> dict[str, Any]:
    stamp = "2025-01-01 00:00:00.000000"
    return {
        "id": str(uuid.uuid4()),
        "tbl": "person",
        "row_id": row_id,
        "reason": "bewaartermijn",
        "created_at": stamp,
        "created_by": by,
        "changed_at": stamp,
        "changed_by": by,
    }


def _reasons(report: Any) -> str:
    return " | ".join(f"{s.file}: {s.reason}" for s in report.skipped)


def test_a_former_member_cannot_forge_tombstones_in_another_laptops_folder(team: Fleet) -> None:
    a, b, c = team.laptops
    person = add_demo_person(a.store)
    team.sync_all()
    keys, ring = _stolen(c)  # C's laptop leaves the team with everything it held
    revoke_laptop(a.store, this_laptop(c.store))
    counter = _next(a, b)
    tombstone = _tombstone(person)
    payload = _batch(b.device, counter, [_row_version("tombstone", tombstone["id"], counter,
                                                      b.device, tombstone)])  # fmt: skip
    name = batch_name(counter, counter)
    old_key = next(iter(ring.values()))
    # 1. signed with C's own keys, claiming to be C, in B's folder
    forge(b, name, payload, keys=keys, data_key=old_key, seq=50)
    # 2. signed with C's keys but claiming to be B
    forge(b, batch_name(counter, counter), payload, keys=keys, data_key=old_key,
          claim=this_laptop(b.store), seq=51)  # fmt: skip
    # 3. the old, unsigned format, sealed with the team passphrase's key C also knows
    join, _path = current_team(c.store)
    folder = team.share / "devices" / b.device
    (folder / batch_name(counter, counter)).write_bytes(join.seal(KIND_BATCH, b.device, payload))
    report = a.sync()
    with a.store.reading() as session:
        assert session.get(Person, person) is not None  # nothing purged
    reasons = _reasons(report)
    assert len(report.skipped) == 3, reasons
    assert "andere laptop dan die van deze map" in reasons
    assert "handtekening klopt niet" in reasons
    assert "niet ondertekend" in reasons


def test_a_removed_laptop_cannot_read_what_is_written_after(team: Fleet) -> None:
    a, b, c = team.laptops
    a.add_consultant("Voor het vertrek")
    team.sync_all()
    assert "Voor het vertrek" in c.names()
    keys, ring = _stolen(c)
    revoke_laptop(a.store, this_laptop(c.store))
    a.add_consultant("Na het vertrek")
    team.sync_all()
    assert "Na het vertrek" in b.names()
    report = c.sync()  # the removed laptop syncs as if nothing happened
    assert "Na het vertrek" not in c.names()
    assert "niet goedgekeurd" in " ".join(report.notes)
    # Even by hand: none of the keys it held opens a file written since.
    _share, trust = open_trust(a.store)
    current = trust.current
    assert current is not None and current[0] not in ring
    join, _path = current_team(c.store)
    newest = max((p for p in (team.share / "devices" / a.device).glob("b*.wwb")),
                 key=lambda p: p.name)  # fmt: skip
    found = envelope(newest.read_bytes(), KIND_BATCH)
    for key in [*ring.values(), join.key]:
        with pytest.raises(FileProblem):
            open_payload(found, key)
    assert not set(docs.unwrap_keys(_share, trust.roster, keys)) - set(ring)  # type: ignore[arg-type]


def test_a_backdated_audit_entry_from_an_invented_laptop_is_refused(team: Fleet) -> None:
    a, b, _c = team.laptops
    team.sync_all()
    counter = _next(a, b)
    entry = {"id": str(uuid.uuid4()), "device": "00000000deadbeef", "seq": 1,
             "at": "2024-01-01T09:00:00+00:00", "actor": "Onbekend", "action": "dossier geopend",
             "person_id": "", "record_table": "", "record_id": "", "fields": "", "detail": "",
             "prev_hash": "", "hash": "0" * 64, "created_at": "2024-01-01 09:00:00.000000",
             "created_by": "Onbekend", "changed_at": "2024-01-01 09:00:00.000000",
             "changed_by": "Onbekend"}  # fmt: skip
    payload = _batch(b.device, counter, [_row_version("audit_entry", entry["id"], counter,
                                                      b.device, entry)])  # fmt: skip
    with b.store.reading() as session:
        from desktop.sync.own import identities

        payload["vouch"] = {"admins": [], "identities": identities(session.connection())}
    chain = settings.SYNC_FILE_CHAIN.get(b.store).get(b.device, [0, ""])
    # B's own keys, B's folder, the next file of its chain: only the entry's laptop is invented
    forge(b, batch_name(counter, counter), payload, seq=chain[0] + 1, prev=chain[1])  # type: ignore[index]
    report = a.sync()
    assert "audit-regel van een laptop die niet in het team bekend is" in _reasons(report)
    with a.store.reading() as session:
        assert session.get(AuditEntry, entry["id"]) is None


def test_a_tombstone_by_a_user_who_is_no_admin_there_is_refused(team: Fleet) -> None:
    a, b, _c = team.laptops
    person = add_demo_person(a.store)
    team.sync_all()
    counter = _next(a, b)
    tombstone = _tombstone(person, by="Consulent")
    payload = _batch(b.device, counter, [_row_version("tombstone", tombstone["id"], counter,
                                                      b.device, tombstone)])  # fmt: skip
    payload["versions"][0][6] = "Consulent"
    payload["vouch"] = {"admins": ["Beheerder"], "identities": [b.device]}
    chain = settings.SYNC_FILE_CHAIN.get(b.store).get(b.device, [0, ""])
    forge(b, batch_name(counter, counter), payload, seq=chain[0] + 1, prev=chain[1])  # type: ignore[index]
    report = a.sync()
    assert "geen beheerder" in _reasons(report)
    with a.store.reading() as session:
        assert session.get(Person, person) is not None


def test_forged_and_missing_files_in_its_own_folder_are_noticed(team: Fleet) -> None:
    a, b, c = team.laptops
    a.add_consultant("Anna")
    team.sync_all()
    device = a.device
    keys, ring = _stolen(c)
    counter = settings.SYNC_COUNTER.get(a.store) + 5
    forged = batch_name(counter, counter)
    forge(a, forged, _batch(device, counter, []), keys=keys, data_key=next(iter(ring.values())),
          claim=this_laptop(a.store), seq=99)  # fmt: skip
    own = sorted((team.share / "devices" / device).glob("b*.wwb"))
    own[0].unlink()  # and one of its own files goes missing
    report = a.sync()
    assert a.device == device and not report.identity_renewed  # not mistaken for a restore
    assert report.repaired_files == 1
    assert any(forged in s.file and "niet door deze laptop ondertekend" in s.reason
               for s in report.skipped)  # fmt: skip
    assert any("niet door deze laptop gemaakt" in note for note in report.notes)
    b.sync()
    assert "Anna" in b.names()


def test_a_file_renamed_or_replayed_is_refused(team: Fleet) -> None:
    a, b, _c = team.laptops
    a.add_consultant("Anna")
    a.sync()
    a.add_consultant("Bram")
    a.sync()
    folder = team.share / "devices" / a.device
    first, _second = sorted(folder.glob("b*.wwb"))
    # replayed under another name (other counters): the signed name does not match
    (folder / batch_name(500, 500)).write_bytes(first.read_bytes())
    for snapshot in team.share.glob("devices/*/s*.wws"):
        snapshot.unlink()
    report = b.sync()
    assert "past niet bij de naam" in _reasons(report)
    assert b.names() == {"Anna", "Bram"}


def test_a_laptop_waits_for_approval_and_only_an_approved_admin_approves(
    team: Fleet, tmp_path: Path
) -> None:
    a, b, _c = team.laptops
    a.add_consultant("Anna")
    a.sync()
    store, _key = Store.create(tmp_path / "new", PASSPHRASE, params=FAST_KDF)
    with store:
        join_team(store, team.share, TEAM_PASSPHRASE)
        report = synchronise(store, team.share)
        assert report.received == 0 and "nog niet goedgekeurd" in " ".join(report.notes)
        laptop = this_laptop(store)
        pending = [row for row in list_laptops(a.store) if row.pending]
        assert [row.laptop for row in pending] == [laptop]
        with pytest.raises(NotApproved):  # the new laptop cannot let itself in
            approve_laptop(store, laptop)
        with pytest.raises(UnknownLaptop):
            approve_laptop(a.store, "0123456789abcdef")
        approve_laptop(a.store, laptop)
        report = synchronise(store, team.share)
        assert report.received > 0
        with store.reading() as session:
            assert "Anna" in set(session.scalars(select(Consultant.name)))
    rows = {row.laptop: row for row in list_laptops(b.store)}
    assert rows[laptop].status == "goedgekeurd" and rows[laptop].approved_by == this_laptop(a.store)


def test_a_removed_laptop_cannot_rewrite_the_roster(team: Fleet) -> None:
    a, b, c = team.laptops
    keys, _ring = _stolen(c)
    revoke_laptop(a.store, this_laptop(c.store))
    b.sync()
    _share, trust = open_trust(b.store)
    assert trust.roster is not None
    roster = trust.roster
    # C signs a version after the one that removed it, taking itself back in
    laptops = dict(roster.laptops)
    entry = laptops[keys.laptop_id]
    laptops[keys.laptop_id] = docs.Laptop(entry.laptop, entry.sign, entry.kx, entry.approved_by,
                                          entry.approved_at)  # fmt: skip
    document = roster.successor(keys, laptops)
    docs.publish(_share, docs.ROSTER_DIR, docs.roster_name(document["number"]),
                 docs.signed_file(keys, document))  # fmt: skip
    _share, again = open_trust(b.store)
    assert again.roster is not None and again.roster.number == roster.number
    assert again.roster.laptops[keys.laptop_id].revoked


def test_after_a_removal_old_files_are_rewritten_under_the_new_key_within_a_bound(
    team: Fleet,
) -> None:
    a, b, c = team.laptops
    a.add_consultant("Anna")
    team.sync_all()
    _keys, ring = _stolen(c)
    revoke_laptop(a.store, this_laptop(c.store))
    report = a.sync()
    assert report.snapshot_written  # the state under the new key, at once
    folder = team.share / "devices" / a.device
    old = sorted(folder.glob("b*.wwb"))
    assert old
    past = time.time() - 15 * 86_400  # older than the bound after a rotation (14 days)
    for path in old:
        os.utime(path, (past, past))
    a.sync()
    assert not any(path.exists() for path in old)
    left = [p.read_bytes() for p in folder.iterdir() if p.is_file()]
    for data in left:
        kind = KIND_BATCH if data[7:8] == b"B" else b"S"
        assert envelope(data, kind).statement.key not in ring
    # a laptop joining later still gets everything
    d = team.laptop()
    d.sync()
    assert "Anna" in d.names()
    assert b.names() == d.names()


def test_a_marker_rewritten_with_another_root_laptop_is_refused(team: Fleet) -> None:
    a, _b, c = team.laptops
    keys, _ring = _stolen(c)  # a former member who knows the team passphrase
    path = team.share / "wegwijzer-team.json"
    marker = json.loads(path.read_text())
    assert marker["root"]["laptop"] == this_laptop(a.store)
    join, _path = current_team(c.store)
    root = {"laptop": keys.laptop_id, "sign": b64(keys.sign_public)}
    marker.update(root=root, check=key_check(join.key, marker["team_id"], root))
    path.write_text(json.dumps(marker))
    with pytest.raises(RootChanged, match="andere eerste laptop"):
        a.sync()


def test_removing_a_member_replaces_the_team_key_at_the_next_sync(team: Fleet) -> None:
    a, b, _c = team.laptops
    add_user(a.store, "piet", "het wachtwoord van piet", params=FAST_KDF)
    team.sync_all()
    before = _stolen(a)[1]
    remove_user(a.store, "piet")  # Piet could have copied the team key while he worked here
    report = a.sync()
    assert any("teamsleutel is vervangen" in note for note in report.notes)
    _share, trust = open_trust(a.store)
    assert trust.current is not None and trust.current[0] not in before
    a.add_consultant("Na Piet")
    team.sync_all()
    assert "Na Piet" in b.names()
    assert not any("teamsleutel is vervangen" in note for note in a.sync().notes)


def test_a_removed_laptop_is_not_believed_in_its_own_folder_after_its_removal(
    team: Fleet,
) -> None:
    a, _b, c = team.laptops
    c.add_consultant("Voor")
    team.sync_all()
    keys, ring = _stolen(c)
    chain = settings.SYNC_FILE_CHAIN.get(c.store)[c.device]
    revoke_laptop(a.store, this_laptop(c.store))
    counter = _next(a, c)
    version = ["consultant", str(uuid.uuid4()), "*", counter, _stamp(c.device),
               "2025-01-01 00:00:00.000000", "x", {"name": "Na"}, 0]  # fmt: skip
    forge(c, batch_name(counter, counter), _batch(c.device, counter, [version]), keys=keys,
          data_key=next(iter(ring.values())), seq=chain[0] + 1, prev=chain[1])  # type: ignore[index]  # fmt: skip
    report = a.sync()
    assert "nadat die uit het team is verwijderd" in _reasons(report)
    assert "Na" not in a.names() and "Voor" in a.names()
