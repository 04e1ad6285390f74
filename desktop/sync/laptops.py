"""The admin's operations on the team's laptops: list, approve, revoke, rotate the data key.

Each writes signed documents on the share (:mod:`desktop.sync.roster`) from an approved
laptop. No role check here: :mod:`desktop.access.laptops` checks that an admin asks and
audits it, as :mod:`desktop.access.enrolment` does for enrolment files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store, settings
from desktop.sync import roster as docs
from desktop.sync import trust as trusting
from desktop.sync.engine import open_share
from desktop.sync.roster import Laptop, Roster
from desktop.sync.share import Share


@dataclass(frozen=True)
class LaptopRow:
    """One line of the admin's list of laptops."""

    laptop: str
    status: str  # "goedgekeurd", "ingetrokken", "wacht op goedkeuring"
    approved_by: str
    approved_at: str
    revoked_at: str
    this_laptop: bool

    @property
    def pending(self) -> bool:
        return self.status == PENDING


APPROVED, REVOKED, PENDING = "goedgekeurd", "ingetrokken", "wacht op goedkeuring"


def open_trust(store: Store, share_path: Path | None = None) -> tuple[Share, trusting.Trust]:
    """The team folder and this laptop's trust in it, as a sync starts with."""
    return _open(store, share_path)


def _open(store: Store, share_path: Path | None = None) -> tuple[Share, trusting.Trust]:
    trust, share = open_share(store, share_path)
    return share, trust


def list_laptops(store: Store) -> list[LaptopRow]:
    """The roster's laptops and the laptops waiting for approval."""
    share, trust = _open(store)
    me = trust.keys.laptop_id
    rows: list[LaptopRow] = []
    known = trust.roster.laptops if trust.roster is not None else {}
    for entry in sorted(known.values(), key=lambda e: (e.approved_at, e.laptop)):
        rows.append(
            LaptopRow(
                entry.laptop,
                REVOKED if entry.revoked else APPROVED,
                entry.approved_by,
                entry.approved_at,
                entry.revoked_at,
                entry.laptop == me,
            )
        )
    for request in docs.requests(share, trust.team.team_id):
        if request.laptop not in known:
            rows.append(
                LaptopRow(request.laptop, PENDING, "", request.at, "", request.laptop == me)
            )
    return rows


def _approved(trust: trusting.Trust) -> Roster:
    if trust.roster is None or not trust.approved or trust.current is None:
        raise trusting.NotApproved()
    return trust.roster


def _publish_roster(
    store: Store, share: Share, trust: trusting.Trust, laptops: dict[str, Laptop]
) -> Roster:
    roster = _approved(trust)
    document = roster.successor(trust.keys, laptops)
    name = docs.roster_name(document["number"])
    docs.publish(share, docs.ROSTER_DIR, name, docs.signed_file(trust.keys, document))
    settings.SYNC_ROSTER.set(store, document)
    parsed = Roster.parse(document)
    assert parsed is not None
    trust.roster = parsed
    return parsed


def approve(store: Store, laptop: str) -> None:
    """Let a laptop that asked into the team, and give it the current data key."""
    share, trust = _open(store)
    roster = _approved(trust)
    request = next((r for r in docs.requests(share, roster.team) if r.laptop == laptop), None)
    if request is None or laptop in roster.laptops:
        raise trusting.UnknownLaptop()
    entry = Laptop(laptop, request.sign, request.kx, trust.keys.laptop_id, docs.now())
    roster = _publish_roster(store, share, trust, {**roster.laptops, laptop: entry})
    current = trust.current
    assert current is not None
    data = docs.key_document(trust.keys, roster, current[1], current[2], [entry])
    docs.publish(share, docs.KEYS_DIR, docs.key_file_name(current[1]), data)


def revoke(store: Store, laptop: str) -> None:
    """Remove a laptop: the roster says from which file on it is not believed; the key rotates."""
    share, trust = _open(store)
    roster = _approved(trust)
    entry = roster.active(laptop)
    if entry is None:
        raise trusting.UnknownLaptop()
    if laptop == trust.keys.laptop_id:
        raise trusting.CannotRevokeSelf()
    with store.reading() as session:
        devices = trusting.laptop_devices(session.connection(), laptop)
    revoked = Laptop(
        entry.laptop,
        entry.sign,
        entry.kx,
        entry.approved_by,
        entry.approved_at,
        docs.now(),
        trust.keys.laptop_id,
        {device: seq for device, (seq, _counter) in devices.items()},
        {device: counter for device, (_seq, counter) in devices.items()},
    )
    _publish_roster(store, share, trust, {**roster.laptops, laptop: revoked})
    rotate_with(store, share, trust)


def rotate_with(store: Store, share: Share, trust: trusting.Trust) -> str:
    """A new data key, wrapped for each laptop the roster still trusts; returns its key id."""
    roster = _approved(trust)
    current = trust.current
    assert current is not None
    epoch = current[1] + 1
    key = docs.new_data_key()
    remaining = [e for e in roster.laptops.values() if not e.revoked]
    docs.publish(
        share,
        docs.KEYS_DIR,
        docs.key_file_name(epoch),
        docs.key_document(trust.keys, roster, epoch, key, remaining),
    )
    kid = docs.key_id_of(key)
    trust.data_keys[kid] = (epoch, key, True)
    with store.transaction() as session:
        trusting._save_keyring(session.connection(), trust.data_keys)
    return kid


def rotate(store: Store) -> str:
    """Rotate the team's data key now (after a member left); returns the new key id."""
    share, trust = _open(store)
    return rotate_with(store, share, trust)
