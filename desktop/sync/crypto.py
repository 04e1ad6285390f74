"""The team key and the sealed files on the share: AES-256-GCM over zlib-compressed JSON.

The team key comes from the team passphrase (Argon2id, salt and costs in the marker file) or
from an enrolment file an admin made. Every file on the share starts with a plain header
(magic, format version, kind) that is also authenticated, together with the team id and the
writing device: a file cannot be moved to another team or device unnoticed.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.keys import DEFAULT_ARGON2, Argon2Params

MAGIC = b"WWSYNC"
FORMAT_VERSION = 1
KIND_BATCH = b"B"
KIND_SNAPSHOT = b"S"
HEADER_LENGTH = len(MAGIC) + 2
NONCE_LENGTH = 12
KEY_LENGTH = 32
CHECK_TEXT = b"wegwijzer-team-check/1"


class FileProblem(Exception):
    """A file on the share that cannot be used now; ``str()`` is the Dutch reason."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_team_key(passphrase: str, salt: bytes, params: Argon2Params = DEFAULT_ARGON2) -> bytes:
    """The 256-bit team key from the team passphrase (Argon2id)."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LENGTH,
        type=Type.ID,
    )


def key_check(key: bytes, team_id: str) -> str:
    """A value in the marker that proves a key right without revealing it."""
    nonce = os.urandom(NONCE_LENGTH)
    return b64(nonce + AESGCM(key).encrypt(nonce, CHECK_TEXT, team_id.encode()))


def verify_key(key: bytes, team_id: str, check: str) -> bool:
    """True when ``key`` is the team's key (the marker's check value opens with it)."""
    try:
        blob = unb64(check)
        plain = AESGCM(key).decrypt(blob[:NONCE_LENGTH], blob[NONCE_LENGTH:], team_id.encode())
    except (InvalidTag, ValueError):
        return False
    return plain == CHECK_TEXT


@dataclass(frozen=True)
class TeamKey:
    """The team's id and key: all a device needs to read and write the share."""

    team_id: str
    key: bytes

    def _aad(self, header: bytes, device: str) -> bytes:
        return header + f"/{self.team_id}/{device}".encode()

    def seal(self, kind: bytes, device: str, payload: dict[str, Any]) -> bytes:
        """Compress and encrypt a JSON payload into the bytes of a share file."""
        header = MAGIC + bytes([FORMAT_VERSION]) + kind
        body = zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 6)
        nonce = os.urandom(NONCE_LENGTH)
        return header + nonce + AESGCM(self.key).encrypt(nonce, body, self._aad(header, device))

    def open(self, data: bytes, kind: bytes, device: str) -> dict[str, Any]:
        """Check and decrypt a share file; raises FileProblem with the reason."""
        header = data[:HEADER_LENGTH]
        if len(data) < HEADER_LENGTH + NONCE_LENGTH + 16 or not header.startswith(MAGIC):
            raise FileProblem("onvolledig of geen Wegwijzer-bestand")
        if header[len(MAGIC)] > FORMAT_VERSION:
            raise FileProblem("gemaakt met een nieuwere versie van Wegwijzer")
        if header[len(MAGIC)] != FORMAT_VERSION or header[-1:] != kind:
            raise FileProblem("onbekend bestandsformaat")
        nonce = data[HEADER_LENGTH : HEADER_LENGTH + NONCE_LENGTH]
        try:
            body = AESGCM(self.key).decrypt(
                nonce, data[HEADER_LENGTH + NONCE_LENGTH :], self._aad(header, device)
            )
        except InvalidTag:
            raise FileProblem(
                "beschadigd, onvolledig, gewijzigd of van een ander team (controle mislukt)"
            ) from None
        try:
            payload = json.loads(zlib.decompress(body))
        except (zlib.error, ValueError) as error:
            raise FileProblem("inhoud onleesbaar") from error
        if not isinstance(payload, dict):
            raise FileProblem("inhoud onleesbaar")
        return payload


def enrolment_document(team: TeamKey) -> dict[str, Any]:
    """The content of an enrolment file: the team id and key, for one new laptop."""
    return {
        "format": "wegwijzer-team-enrolment",
        "version": 1,
        "team_id": team.team_id,
        "key": b64(team.key),
    }


def team_from_enrolment(document: Any) -> TeamKey | None:
    """The team key in an enrolment document, or None when it is not one."""
    if not isinstance(document, dict) or document.get("format") != "wegwijzer-team-enrolment":
        return None
    try:
        key = unb64(str(document["key"]))
        team_id = str(document["team_id"])
    except (KeyError, ValueError):
        return None
    return TeamKey(team_id, key) if len(key) == KEY_LENGTH else None
