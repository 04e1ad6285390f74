"""A laptop's own identity in the team: an Ed25519 signing pair and an X25519 key-agreement pair.

Each laptop makes both pairs itself when it creates or joins a team (``cryptography``). The
private halves are kept only in the laptop's SQLCipher database (the ``setting`` table, which
is encrypted with the data key and never syncs); the public halves go on the share, in the
laptop's join request and, once an admin approved it, in the signed roster
(:mod:`desktop.sync.roster`).

The laptop id is derived from the signing key, and so is every device id the laptop writes
under (:func:`device_for`): a reader can check from the roster alone that the laptop that
signed a file owns the folder it lies in, without anyone keeping a list of device ids.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection

from desktop.store import settings
from desktop.sync.crypto import NONCE_LENGTH, b64, unb64

_WRAP_INFO = b"wegwijzer-team-key-wrap/1"


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def laptop_id_for(sign_public: bytes) -> str:
    """The laptop id (16 hex digits) that belongs to a signing key."""
    return hashlib.sha256(b"wegwijzer-laptop/1" + sign_public).hexdigest()[:16]


def device_for(sign_public: bytes, salt: str) -> str:
    """A device id (16 hex digits) bound to the signing key by ``salt`` (16 hex digits)."""
    return hashlib.sha256(b"wegwijzer-device/1" + sign_public + salt.encode()).hexdigest()[:16]


def new_device_salt() -> str:
    return secrets.token_hex(8)


def verify(sign_public: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is the holder of ``sign_public``'s signature over ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class LaptopKeys:
    """This laptop's private keys (from the encrypted database) and what follows from them."""

    signing: Ed25519PrivateKey
    agreement: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return _raw_public(self.signing.public_key())

    @property
    def kx_public(self) -> bytes:
        return _raw_public(self.agreement.public_key())

    @property
    def laptop_id(self) -> str:
        return laptop_id_for(self.sign_public)

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)

    def owns(self, device: str, salt: str) -> bool:
        return device_for(self.sign_public, salt) == device

    def unwrap(self, wrapped: dict[str, str], aad: bytes) -> bytes | None:
        """A key wrapped for this laptop by :func:`wrap_for`; None when it does not open."""
        try:
            ephemeral = X25519PublicKey.from_public_bytes(unb64(wrapped["eph"]))
            shared = self.agreement.exchange(ephemeral)
            kek = _kek(shared, unb64(wrapped["eph"]), self.kx_public)
            blob = unb64(wrapped["ct"])
            return AESGCM(kek).decrypt(blob[:NONCE_LENGTH], blob[NONCE_LENGTH:], aad)
        except Exception:
            return None


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=_WRAP_INFO).derive(shared)


def wrap_for(kx_public: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    """``key`` wrapped for the holder of ``kx_public``: ephemeral X25519, HKDF-SHA256, AES-GCM."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(kx_public))
    kek = _kek(shared, eph_public, kx_public)
    nonce = os.urandom(NONCE_LENGTH)
    return {"eph": b64(eph_public), "ct": b64(nonce + AESGCM(kek).encrypt(nonce, key, aad))}


def load_keys(connection: Connection) -> LaptopKeys | None:
    """This laptop's keys, None before it created or joined a team under this version."""
    sign = settings.SYNC_LAPTOP_SIGNING.get(connection)
    agree = settings.SYNC_LAPTOP_AGREEMENT.get(connection)
    if not sign or not agree:
        return None
    return LaptopKeys(
        Ed25519PrivateKey.from_private_bytes(unb64(sign)),
        X25519PrivateKey.from_private_bytes(unb64(agree)),
    )


def ensure_keys(connection: Connection) -> LaptopKeys:
    """This laptop's keys, made now (inside the caller's transaction) when it has none."""
    found = load_keys(connection)
    if found is not None:
        return found
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    keys = LaptopKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    settings.SYNC_LAPTOP_SIGNING.set(connection, b64(keys.signing.private_bytes(*raw)))
    settings.SYNC_LAPTOP_AGREEMENT.set(connection, b64(keys.agreement.private_bytes(*raw)))
    return keys


def bind_device(connection: Connection, keys: LaptopKeys) -> str:
    """Make this database's device id one bound to the laptop's key (before it wrote any file).

    A device id made before the laptop had keys (by the audit trail, say) is kept among its
    identities, so its audit entries stay this laptop's.
    """
    current = settings.SYNC_DEVICE.get(connection)
    salt = settings.SYNC_DEVICE_SALTS.get(connection).get(current, "")
    if current and salt and keys.owns(current, salt):
        return current
    device = _salted_device(connection, keys)
    known = settings.SYNC_IDENTITIES.get(connection)
    settings.SYNC_IDENTITIES.set(
        connection, [d for d in [*known, current] if d and d != device] + [device]
    )
    settings.SYNC_DEVICE.set(connection, device)
    return device


def new_bound_device(connection: Connection) -> str | None:
    """A fresh device id bound to this laptop's key (for an identity change); None without keys."""
    keys = load_keys(connection)
    if keys is None:
        return None
    return _salted_device(connection, keys)


def _salted_device(connection: Connection, keys: LaptopKeys) -> str:
    """A new device id made from the laptop's key and a fresh salt, the salt remembered."""
    salt = new_device_salt()
    device = device_for(keys.sign_public, salt)
    salts = settings.SYNC_DEVICE_SALTS.get(connection)
    salts[device] = salt
    settings.SYNC_DEVICE_SALTS.set(connection, salts)
    return device


def device_salt(connection: Connection, device: str) -> str:
    return settings.SYNC_DEVICE_SALTS.get(connection).get(device, "")
