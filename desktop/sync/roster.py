"""The team's roster of laptops and its data keys, as signed documents on the share.

* ``roster/r<number>-<rand>.json``: one version of the roster, signed by an approved laptop
  (the first by the team's root laptop, which the marker names). Each version names the one it
  follows by its SHA-256 (``prev``); a laptop remembers the newest version it accepted and only
  moves forward from it, so an old version put back or a version signed by a laptop that the
  roster no longer trusts is not taken. Per laptop: its public keys, which laptop approved it
  and when, and whether (and from which file and counter of each of its device ids) it is
  revoked.
* ``requests/<laptop id>.json``: a laptop's request to be approved (its public keys, signed with
  its own key). An admin on an approved laptop approves it (:mod:`desktop.sync.trust`).
* ``keys/k<epoch>-<rand>.json``: a data key, wrapped with X25519 for each laptop that may read
  (signed by an approved laptop). Removing a laptop or a member writes a new epoch, wrapped
  only for the laptops that remain, so the removed one cannot read what is written after.

None of these holds personal data: ids, public keys, times.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.sync.crypto import b64, unb64
from desktop.sync.identity import LaptopKeys, laptop_id_for, verify, wrap_for
from desktop.sync.share import Share

ROSTER_FORMAT = "wegwijzer-roster"
REQUEST_FORMAT = "wegwijzer-join-request"
KEYS_FORMAT = "wegwijzer-team-keys"
ROSTER_DIR, REQUEST_DIR, KEYS_DIR = "roster", "requests", "keys"
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
MAX_DOCUMENTS = 5_000


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()


def digest(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(document)).hexdigest()


def key_id_of(key: bytes) -> str:
    return hashlib.sha256(b"wegwijzer-key-id/1" + key).hexdigest()[:16]


def signed_file(keys: LaptopKeys, document: dict[str, Any]) -> bytes:
    signature = keys.sign(canonical(document))
    return (json.dumps({"document": document, "signature": b64(signature)}) + "\n").encode()


def _opened(raw: bytes) -> tuple[dict[str, Any], bytes] | None:
    """The document and its signature, None when it is no such file."""
    try:
        found = json.loads(raw)
        document, signature = found["document"], unb64(str(found["signature"]))
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
    return (document, signature) if isinstance(document, dict) else None


@dataclass(frozen=True)
class Laptop:
    """One laptop as the roster knows it."""

    laptop: str
    sign: bytes
    kx: bytes
    approved_by: str
    approved_at: str
    revoked_at: str = ""
    revoked_by: str = ""
    revoked_seq: dict[str, int] = field(default_factory=dict)  # device -> last file accepted
    revoked_counter: dict[str, int] = field(default_factory=dict)  # device -> last counter

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_at)

    @classmethod
    def from_json(cls, laptop: str, value: Any) -> Laptop:
        return cls(
            laptop,
            unb64(str(value["sign"])),
            unb64(str(value["kx"])),
            str(value.get("approved_by", "")),
            str(value.get("approved_at", "")),
            str(value.get("revoked_at", "")),
            str(value.get("revoked_by", "")),
            {str(k): int(v) for k, v in dict(value.get("revoked_seq", {})).items()},
            {str(k): int(v) for k, v in dict(value.get("revoked_counter", {})).items()},
        )

    def to_json(self) -> dict[str, Any]:
        value: dict[str, Any] = {
            "sign": b64(self.sign),
            "kx": b64(self.kx),
            "approved_by": self.approved_by,
            "approved_at": self.approved_at,
        }
        if self.revoked:
            value.update(
                revoked_at=self.revoked_at,
                revoked_by=self.revoked_by,
                revoked_seq=self.revoked_seq,
                revoked_counter=self.revoked_counter,
            )
        return value


@dataclass(frozen=True)
class Roster:
    """One accepted version of the roster."""

    team: str
    number: int
    document: dict[str, Any]
    laptops: dict[str, Laptop]

    @property
    def hash(self) -> str:
        return digest(self.document)

    def active(self, laptop: str) -> Laptop | None:
        """The laptop when it is approved and not revoked."""
        found = self.laptops.get(laptop)
        return found if found is not None and not found.revoked else None

    @classmethod
    def parse(cls, document: dict[str, Any]) -> Roster | None:
        try:
            if document.get("format") != ROSTER_FORMAT:
                return None
            laptops = {
                str(k): Laptop.from_json(str(k), v) for k, v in dict(document["laptops"]).items()
            }
            if any(laptop_id_for(entry.sign) != key for key, entry in laptops.items()):
                return None
            return cls(str(document["team"]), int(document["number"]), document, laptops)
        except (KeyError, ValueError, TypeError):
            return None

    def successor(self, keys: LaptopKeys, laptops: dict[str, Laptop]) -> dict[str, Any]:
        """The document of the next version, signed by this laptop (``keys``)."""
        return {
            "format": ROSTER_FORMAT,
            "team": self.team,
            "number": self.number + 1,
            "prev": self.hash,
            "signer": keys.laptop_id,
            "at": now(),
            "laptops": {k: v.to_json() for k, v in sorted(laptops.items())},
        }


def first_roster(team: str, keys: LaptopKeys) -> dict[str, Any]:
    """Version 1: the root laptop, approved by itself."""
    root = Laptop(keys.laptop_id, keys.sign_public, keys.kx_public, keys.laptop_id, now())
    return {
        "format": ROSTER_FORMAT,
        "team": team,
        "number": 1,
        "prev": "",
        "signer": keys.laptop_id,
        "at": now(),
        "laptops": {root.laptop: root.to_json()},
    }


# -- reading and writing on the share ---------------------------------------------------------


def _documents(share: Share, folder: str) -> list[tuple[dict[str, Any], bytes]]:
    found: list[tuple[dict[str, Any], bytes]] = []
    for raw in share.read_documents(folder, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS):
        opened = _opened(raw)
        if opened is not None:
            found.append(opened)
    return found


def publish(share: Share, folder: str, name: str, data: bytes) -> None:
    share.write_document(folder, name, data)


def roster_name(number: int) -> str:
    return f"r{number:06d}-{secrets.token_hex(4)}.json"


def _signed_by(
    document: dict[str, Any], signature: bytes, roster: Roster | None, root: bytes
) -> bool:
    signer = str(document.get("signer", ""))
    if roster is None:
        key = root if laptop_id_for(root) == signer else None
    else:
        entry = roster.active(signer)
        key = entry.sign if entry is not None else None
    return key is not None and verify(key, signature, canonical(document))


def _keeps_revocations(old: Roster, new: Roster) -> bool:
    """A later version never takes back a revocation or changes a laptop's keys."""
    for laptop, entry in old.laptops.items():
        later = new.laptops.get(laptop)
        if later is None or later.sign != entry.sign or (entry.revoked and not later.revoked):
            return False
    return True


def advance(
    share: Share, team: str, root: bytes, pinned: dict[str, Any]
) -> tuple[Roster | None, bool]:
    """The newest roster version that follows from ``pinned`` (or from the root's first one).

    Returns the roster (None when the share has no acceptable first version yet) and whether
    it moved. Among two versions that follow the same one (two admins at once), a version
    whose signer the other revokes is dropped, then the lowest hash wins (on every laptop).
    """
    current = Roster.parse(pinned) if pinned else None
    moved = False
    candidates = [
        (doc, sig, parsed)
        for doc, sig in _documents(share, ROSTER_DIR)
        if (parsed := Roster.parse(doc)) is not None and parsed.team == team
    ]
    while True:
        number = current.number + 1 if current is not None else 1
        prev = current.hash if current is not None else ""
        fitting = [
            parsed
            for doc, sig, parsed in candidates
            if parsed.number == number
            and str(doc.get("prev", "")) == prev
            and _signed_by(doc, sig, current, root)
            and (current is not None or laptop_id_for(root) in parsed.laptops)
            and (current is None or _keeps_revocations(current, parsed))
        ]
        if not fitting:
            return current, moved
        revoked = {
            laptop
            for parsed in fitting
            for laptop, entry in parsed.laptops.items()
            if entry.revoked
            and (current is None or (laptop in current.laptops
                                     and not current.laptops[laptop].revoked))
        }  # fmt: skip
        kept = [p for p in fitting if str(p.document.get("signer")) not in revoked] or fitting
        current = min(kept, key=lambda p: p.hash)
        moved = True


# -- join requests ----------------------------------------------------------------------------


def request_document(team: str, keys: LaptopKeys) -> dict[str, Any]:
    return {
        "format": REQUEST_FORMAT,
        "team": team,
        "signer": keys.laptop_id,
        "sign": b64(keys.sign_public),
        "kx": b64(keys.kx_public),
        "at": now(),
    }


@dataclass(frozen=True)
class Request:
    """A laptop that asks to be approved (its keys proven by its own signature)."""

    laptop: str
    sign: bytes
    kx: bytes
    at: str


def requests(share: Share, team: str) -> list[Request]:
    """Every well-formed, self-signed join request of this team on the share."""
    found: dict[str, Request] = {}
    for document, signature in _documents(share, REQUEST_DIR):
        try:
            if document.get("format") != REQUEST_FORMAT or document.get("team") != team:
                continue
            sign, kx = unb64(str(document["sign"])), unb64(str(document["kx"]))
        except (KeyError, ValueError):
            continue
        laptop = laptop_id_for(sign)
        if laptop == document.get("signer") and verify(sign, signature, canonical(document)):
            found[laptop] = Request(laptop, sign, kx, str(document.get("at", "")))
    return sorted(found.values(), key=lambda r: (r.at, r.laptop))


def publish_request(share: Share, team: str, keys: LaptopKeys) -> None:
    """Put this laptop's join request on the share (once)."""
    name = f"{keys.laptop_id}.json"
    if not share.has_document(REQUEST_DIR, name):
        publish(share, REQUEST_DIR, name, signed_file(keys, request_document(team, keys)))


# -- data keys --------------------------------------------------------------------------------


def _wrap_aad(team: str, epoch: int, key_id: str, laptop: str) -> bytes:
    return f"{KEYS_FORMAT}/1/{team}/{epoch}/{key_id}/{laptop}".encode()


def key_document(
    keys: LaptopKeys, roster: Roster, epoch: int, key: bytes, laptops: list[Laptop]
) -> bytes:
    """A signed key file: ``key`` (epoch ``epoch``) wrapped for each of ``laptops``."""
    key_id = key_id_of(key)
    document = {
        "format": KEYS_FORMAT,
        "team": roster.team,
        "epoch": epoch,
        "key_id": key_id,
        "roster": roster.hash,
        "signer": keys.laptop_id,
        "at": now(),
        "wraps": {
            entry.laptop: wrap_for(
                entry.kx, key, _wrap_aad(roster.team, epoch, key_id, entry.laptop)
            )
            for entry in laptops
        },
    }
    return signed_file(keys, document)


def key_file_name(epoch: int) -> str:
    return f"k{epoch:06d}-{secrets.token_hex(4)}.json"


def unwrap_keys(
    share: Share, roster: Roster, keys: LaptopKeys, held: frozenset[str] = frozenset()
) -> dict[str, tuple[int, bytes, bool]]:
    """The data keys wrapped for this laptop in key files signed by laptops of the roster.

    Per key id: its epoch, the key, and whether the signer is still trusted (only such a key
    may become the one new files are written with; older ones still open older files). Keys
    in ``held`` are not unwrapped again.
    """
    found: dict[str, tuple[int, bytes, bool]] = {}
    for document, signature in _documents(share, KEYS_DIR):
        with contextlib.suppress(KeyError, ValueError, TypeError, AttributeError):
            if document.get("format") != KEYS_FORMAT or document.get("team") != roster.team:
                continue
            signer = roster.laptops.get(str(document["signer"]))
            if signer is None or not verify(signer.sign, signature, canonical(document)):
                continue
            epoch, key_id = int(document["epoch"]), str(document["key_id"])
            if key_id in held:  # unwrapped at an earlier sync
                continue
            wrapped = document["wraps"].get(keys.laptop_id)
            if not isinstance(wrapped, dict):
                continue
            key = keys.unwrap(wrapped, _wrap_aad(roster.team, epoch, key_id, keys.laptop_id))
            if key is not None and key_id_of(key) == key_id:
                trusted = not signer.revoked or found.get(key_id, (0, b"", False))[2]
                found[key_id] = (epoch, key, trusted)
    return found


def new_data_key() -> bytes:
    return os.urandom(32)


def share_folder(share: Share, folder: str) -> Path:
    return share.path / folder
