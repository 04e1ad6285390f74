"""Batch and snapshot files of format version 2: encrypted with the team's data key, signed by
the laptop that wrote them.

Layout::

    b"WWSYNC" + version (2) + kind (B or S)           8-byte header
    length of the statement (2 bytes, big-endian)
    statement: JSON (no personal data)                 what the laptop vouches for
    Ed25519 signature (64 bytes)                       over everything else in the file
    nonce (12 bytes) + AES-256-GCM ciphertext          AAD = header + /team/device + statement

The statement binds the file name, the kind, the counters, the laptop's own sequence number of
the file and the SHA-256 of its previous file (the chain), the time, the laptop, the salt that
binds the folder's device id to the laptop's key and the id of the data key used. A reader
checks the signature before it decrypts anything (:mod:`desktop.sync.trust` decides whom it
believes).
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.messages import N_
from desktop.sync.crypto import (
    FORMAT_VERSION,
    MAGIC,
    NONCE_LENGTH,
    FileProblem,
    _decompress,
    json_payload,
)
from desktop.sync.identity import LaptopKeys

SIGNED_VERSION = 2
SIGNATURE_LENGTH = 64
_MAX_STATEMENT = 4096


@dataclass(frozen=True)
class Statement:
    """What the writing laptop signed about a file (read before anything is decrypted)."""

    team: str
    device: str
    laptop: str
    salt: str
    name: str
    kind: str
    first: int
    last: int
    seq: int
    prev: str
    at: str
    key: str

    @classmethod
    def parse(cls, raw: bytes) -> Statement:
        try:
            value = json.loads(raw)
            return cls(
                str(value["team"]),
                str(value["device"]),
                str(value["laptop"]),
                str(value["salt"]),
                str(value["name"]),
                str(value["kind"]),
                int(value["first"]),
                int(value["last"]),
                int(value["seq"]),
                str(value["prev"]),
                str(value["at"]),
                str(value["key"]),
            )
        except (ValueError, KeyError, TypeError, RecursionError):
            raise FileProblem(N_("ondertekening onleesbaar")) from None


@dataclass(frozen=True)
class Envelope:
    """A signed file taken apart; ``signed`` is the data the signature covers."""

    header: bytes
    statement: Statement
    statement_raw: bytes
    signature: bytes
    signed: bytes
    nonce: bytes
    ciphertext: bytes


def _aad(header: bytes, team: str, device: str, statement: bytes) -> bytes:
    return header + f"/{team}/{device}/".encode() + statement


def seal(
    keys: LaptopKeys,
    data_key: bytes,
    kind: bytes,
    statement: dict[str, Any],
    payload: dict[str, Any],
) -> bytes:
    """Compress, encrypt and sign a payload; ``statement`` gets the time filled in."""
    body = zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 6)
    return seal_body(keys, data_key, kind, statement, body)


def seal_body(
    keys: LaptopKeys, data_key: bytes, kind: bytes, statement: dict[str, Any], body: bytes
) -> bytes:
    """Encrypt and sign an already compressed body (:func:`seal` does the compressing)."""
    statement = {"at": datetime.now(UTC).isoformat(timespec="seconds"), **statement}
    raw = json.dumps(statement, sort_keys=True, separators=(",", ":")).encode()
    header = MAGIC + bytes([SIGNED_VERSION]) + kind
    nonce = os.urandom(NONCE_LENGTH)
    aad = _aad(header, str(statement["team"]), str(statement["device"]), raw)
    ciphertext = AESGCM(data_key).encrypt(nonce, body, aad)
    head = header + struct.pack(">H", len(raw)) + raw
    signature = keys.sign(head + nonce + ciphertext)
    return head + signature + nonce + ciphertext


def envelope(data: bytes, kind: bytes) -> Envelope:
    """Take a file apart; FileProblem for an unsigned (version 1), foreign or cut-off file."""
    header = data[: len(MAGIC) + 2]
    if len(header) < len(MAGIC) + 2 or not header.startswith(MAGIC):
        raise FileProblem(N_("onvolledig of geen Wegwijzer-bestand"))
    version = header[len(MAGIC)]
    if version == FORMAT_VERSION:
        raise FileProblem(
            N_(
                "niet ondertekend (een oud of nagemaakt bestand): alleen ondertekende bestanden "
                "van goedgekeurde laptops worden gelezen"
            )
        )
    if version > SIGNED_VERSION:
        raise FileProblem(N_("gemaakt met een nieuwere versie van Wegwijzer"))
    if version != SIGNED_VERSION or header[-1:] != kind:
        raise FileProblem(N_("onbekend bestandsformaat"))
    start = len(header) + 2
    if len(data) < start:
        raise FileProblem(N_("onvolledig of geen Wegwijzer-bestand"))
    (length,) = struct.unpack(">H", data[len(header) : start])
    end = start + length
    if length > _MAX_STATEMENT or len(data) < end + SIGNATURE_LENGTH + NONCE_LENGTH + 16:
        raise FileProblem(N_("onvolledig of geen Wegwijzer-bestand"))
    raw = data[start:end]
    signature = data[end : end + SIGNATURE_LENGTH]
    rest = data[end + SIGNATURE_LENGTH :]
    return Envelope(
        header,
        Statement.parse(raw),
        raw,
        signature,
        data[:end] + rest,
        rest[:NONCE_LENGTH],
        rest[NONCE_LENGTH:],
    )


def open_body(found: Envelope, data_key: bytes) -> bytes:
    """Decrypt a checked envelope's body, still compressed (a snapshot is read line by line);
    FileProblem when it fails authentication."""
    aad = _aad(found.header, found.statement.team, found.statement.device, found.statement_raw)
    try:
        return AESGCM(data_key).decrypt(found.nonce, found.ciphertext, aad)
    except InvalidTag:
        raise FileProblem(
            N_("beschadigd, onvolledig, gewijzigd of van een ander team (controle mislukt)")
        ) from None


def open_payload(found: Envelope, data_key: bytes) -> dict[str, Any]:
    """Decrypt a checked envelope's payload; FileProblem when it fails authentication."""
    payload = json_payload(_decompress(open_body(found, data_key)))
    if not isinstance(payload, dict):
        raise FileProblem(N_("inhoud onleesbaar"))
    return payload
