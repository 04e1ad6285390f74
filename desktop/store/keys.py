"""Key management: a random data key, wrapped by passphrase-derived and recovery keys.

The data key encrypts the SQLCipher database and never changes. Each *slot* in the key file
holds that key encrypted (AES-256-GCM) under a key-encryption key: one derived with Argon2id
from a user's passphrase, one derived with HKDF from the recovery key. Changing a passphrase
re-wraps the data key; the database is not re-encrypted. Slots are bound to the database id,
their own id, their kind and (format 2) their *label*, the user name, as authenticated data: a
slot cannot be moved to another database, nor renamed in a text editor to unlock as another user.

Key files of format 1 (label not authenticated) keep opening; each slot is re-wrapped in format
2 when its user next unlocks (:meth:`KeyFile.upgrade_slot`), and the labels seen at the first
unlock are also registered inside the encrypted database (desktop/access/slots.py).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import sys
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.atomic import write_atomic
from desktop.store.errors import DamagedKeyFile, WrongPassphrase, WrongRecoveryKey

KEY_FILE_FORMAT = "wegwijzer-keys"
KEY_FILE_VERSION = 2
#: Key files this version reads: 1 (labels outside the authenticated data) and 2.
READABLE_VERSIONS = (1, 2)
#: Slot AAD versions: 1 without the label, 2 with it.
SLOT_AAD_VERSION = 2
DATA_KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648 base32: no 0/1/8/9
MIN_PASSPHRASE_LENGTH = 10

_LOOK_ALIKES = str.maketrans("018", "OIB")

SlotKind = Literal["passphrase", "recovery"]


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters; stored per slot so they can be raised later.

    The default (128 MiB, 3 passes, 4 lanes) is well above the OWASP minimum
    (19 MiB, 2 passes) and takes about 0.2 s on a two-core laptop.
    """

    time_cost: int = 3
    memory_kib: int = 131072
    parallelism: int = 4


DEFAULT_ARGON2 = Argon2Params()

#: Set only by the test suite's pytest plugin (tests/conftest.py): then new slots may use
#: cheaper Argon2id costs than the defaults. In a running app nothing sets it, so no
#: environment variable or setting can make a production slot cheaper to guess.
_test_costs_allowed = False


def allow_test_costs() -> None:
    """For the test suite only: let new slots use cheap Argon2id costs."""
    global _test_costs_allowed
    _test_costs_allowed = True


def test_costs_allowed() -> bool:
    return _test_costs_allowed


def weaker_than_default(params: Argon2Params) -> bool:
    return (
        params.time_cost < DEFAULT_ARGON2.time_cost
        or params.memory_kib < DEFAULT_ARGON2.memory_kib
        or params.parallelism < DEFAULT_ARGON2.parallelism
    )


def production_costs(params: Argon2Params) -> Argon2Params:
    """``params``, or the defaults when they are cheaper and the test suite did not allow it."""
    if weaker_than_default(params) and not _test_costs_allowed:
        return DEFAULT_ARGON2
    return params


def valid_label(label: str) -> bool:
    """A slot label is a user name (2-80 characters, no colon or slash) or ``herstel``."""
    return 2 <= len(label) <= 80 and label == label.strip() and not any(c in label for c in ":/")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id key-encryption key from a passphrase (taken over from :func:`derive_early`
    when that began exactly this derivation)."""
    with _early_lock:
        early, _early[:] = list(_early), []
    for inputs, worker in early:
        if inputs == (passphrase, salt, params):
            return worker.result()
    return _argon2(passphrase, salt, params)


def _argon2(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


class _Derivation:
    """One Argon2id derivation in a thread of its own (Argon2 runs without the GIL)."""

    def __init__(self, passphrase: str, salt: bytes, params: Argon2Params) -> None:
        self._key: bytes | None = None
        self._error: BaseException | None = None
        self._inputs = (passphrase, salt, params)
        self._thread = threading.Thread(target=self._run, name="argon2", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        _yield_to_main_thread()
        try:
            self._key = _argon2(*self._inputs)
        except BaseException as error:  # handed to whoever takes the result
            self._error = error

    def result(self) -> bytes:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._key is not None
        return self._key


def _yield_to_main_thread() -> None:
    """Give this thread (and the Argon2 lanes it starts, which inherit it) the lowest CPU
    priority (Linux: per thread), so that the command importing meanwhile keeps a core.

    On two cores, four lanes beside the main thread leave it two fifths of a core while they
    run: ``deadlines`` at 5,000 people ended about 165 ms after its main thread's own CPU time,
    and now within about 15 ms of it. The key is the same; only who waits changes. Where a thread's
    priority cannot be set (Windows, macOS) nothing changes.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


_early_lock = threading.Lock()
_early: list[tuple[tuple[str, bytes, Argon2Params], _Derivation]] = []


def derive_early(key_file: Path, passphrase: str, label: str | None = None) -> None:
    """Begin Argon2id for the first passphrase slot ``passphrase`` would be tried on.

    For a command that still has to import the store (SQLAlchemy, the models): the next
    :func:`derive_passphrase_key` with the same passphrase, salt and costs takes the result
    over instead of deriving again. Nothing is written anywhere and nothing else changes: the
    unlock still counts the attempt first (the throttle), checks the key and records the
    session; a result nobody takes is dropped at the next derivation. Does nothing when the
    key file cannot be read (the unlock then says why).
    """
    try:
        slots = KeyFile.load(key_file).slots
    except (OSError, ValueError, DamagedKeyFile):
        return
    for slot in slots:
        if slot.kind == "passphrase" and slot.argon2 and label in (None, slot.label):
            inputs = (passphrase, _unb64(slot.salt), slot.argon2)
            with _early_lock:
                if not any(begun == inputs for begun, _worker in _early):  # not twice
                    _early[:] = [(inputs, _Derivation(*inputs))]
            return


def generate_recovery_key() -> str:
    """A new recovery key: 160 random bits as 32 base32 characters in groups of four."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    """Uppercase, drop spaces and dashes, and read look-alikes (0→O, 1→I, 8→B) kindly."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    return cleaned.translate(_LOOK_ALIKES)


def derive_recovery_key(recovery_key: str, salt: bytes) -> bytes:
    """HKDF key-encryption key from the recovery key (160 bits of entropy need no slow KDF)."""
    cleaned = normalise_recovery_key(recovery_key)
    if len(cleaned) != 32 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise WrongRecoveryKey()
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"wegwijzer-recovery/1")
    return hkdf.derive(cleaned.encode("ascii"))


@dataclass
class KeySlot:
    """One wrapped copy of the data key."""

    id: str
    kind: SlotKind
    label: str
    salt: str
    nonce: str
    wrapped_key: str
    argon2: Argon2Params | None = None
    aad_version: int = SLOT_AAD_VERSION

    def aad(self, database_id: str) -> bytes:
        if self.aad_version == 1:  # format 1: the label is not bound (upgraded at unlock)
            return f"wegwijzer-keyslot/1/{database_id}/{self.id}/{self.kind}".encode()
        label = json.dumps(self.label, ensure_ascii=True)
        return f"wegwijzer-keyslot/2/{database_id}/{self.id}/{self.kind}/{label}".encode()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["argon2"] = asdict(self.argon2) if self.argon2 else None
        data["aad"] = data.pop("aad_version")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        argon = data.get("argon2")
        aad_version = int(data.get("aad", 1))
        label = str(data.get("label", ""))
        if data["kind"] not in ("passphrase", "recovery") or aad_version not in (1, 2):
            raise ValueError("slot")
        if not valid_label(label):
            raise ValueError("label")
        return cls(
            id=str(data["id"]),
            kind=data["kind"],
            label=label,
            salt=str(data["salt"]),
            nonce=str(data["nonce"]),
            wrapped_key=str(data["wrapped_key"]),
            argon2=Argon2Params(**argon) if argon else None,
            aad_version=aad_version,
        )


@dataclass
class KeyFile:
    """The key file beside the database: its id and the slots that can unwrap its key."""

    database_id: str
    slots: list[KeySlot] = field(default_factory=list)
    #: The unlock brake's mirror of ``wegwijzer.throttle`` (desktop/access/throttle.py); kept
    #: as read and written back unchanged by this class.
    throttle: dict[str, Any] | None = None

    # -- wrapping --------------------------------------------------------------------------

    def _wrap(
        self,
        slot_id: str,
        kind: SlotKind,
        label: str,
        salt: bytes,
        kek: bytes,
        data_key: bytes,
        argon2: Argon2Params | None,
    ) -> KeySlot:
        nonce = os.urandom(12)
        slot = KeySlot(slot_id, kind, label, _b64(salt), _b64(nonce), "", argon2)
        slot.wrapped_key = _b64(AESGCM(kek).encrypt(nonce, data_key, slot.aad(self.database_id)))
        return slot

    def _unwrap(self, slot: KeySlot, kek: bytes) -> bytes | None:
        try:
            key = AESGCM(kek).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped_key), slot.aad(self.database_id)
            )
        except InvalidTag:
            return None
        return key if len(key) == DATA_KEY_BYTES else None

    def add_passphrase(
        self, label: str, passphrase: str, data_key: bytes, params: Argon2Params = DEFAULT_ARGON2
    ) -> KeySlot:
        """Wrap the data key under a passphrase; replaces an earlier slot with the same label.

        Costs cheaper than the defaults are raised to the defaults unless the test suite allowed
        them (:func:`allow_test_costs`).
        """
        if not valid_label(label):
            raise ValueError("label")
        params = production_costs(params)
        salt = os.urandom(16)
        kek = derive_passphrase_key(passphrase, salt, params)
        slot = self._wrap(secrets.token_hex(8), "passphrase", label, salt, kek, data_key, params)
        self.slots = [s for s in self.slots if not (s.kind == "passphrase" and s.label == label)]
        self.slots.append(slot)
        return slot

    def set_recovery(self, recovery_key: str, data_key: bytes) -> KeySlot:
        """Wrap the data key under a (new) recovery key; the old recovery slot goes."""
        salt = os.urandom(16)
        kek = derive_recovery_key(recovery_key, salt)
        slot = self._wrap(secrets.token_hex(8), "recovery", "herstel", salt, kek, data_key, None)
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(slot)
        return slot

    def unlock_with_passphrase(
        self, passphrase: str, label: str | None = None
    ) -> tuple[bytes, KeySlot]:
        """The data key and the slot it came from; WrongPassphrase when no slot opens."""
        for slot in self.slots:
            if slot.kind != "passphrase" or (label is not None and slot.label != label):
                continue
            assert slot.argon2 is not None
            kek = derive_passphrase_key(passphrase, _unb64(slot.salt), slot.argon2)
            key = self._unwrap(slot, kek)
            if key is not None:
                if slot.aad_version < SLOT_AAD_VERSION:
                    slot = self.upgrade_slot(slot, kek, key)
                return key, slot
        raise WrongPassphrase()

    def upgrade_slot(self, slot: KeySlot, kek: bytes, data_key: bytes) -> KeySlot:
        """Re-wrap a format-1 slot (label not authenticated) in format 2, in place.

        The caller saves the file (Store does at unlock): from then on that slot's label is
        bound to it.
        """
        nonce = os.urandom(12)
        new = KeySlot(slot.id, slot.kind, slot.label, slot.salt, _b64(nonce), "", slot.argon2)
        new.wrapped_key = _b64(AESGCM(kek).encrypt(nonce, data_key, new.aad(self.database_id)))
        self.slots = [new if s is slot else s for s in self.slots]
        return new

    def put_slot(self, slot: KeySlot) -> None:
        """Replace the slot with ``slot``'s id (an upgraded one) by ``slot``."""
        self.slots = [slot if s.id == slot.id else s for s in self.slots]

    def needs_upgrade(self) -> bool:
        return any(s.aad_version < SLOT_AAD_VERSION for s in self.slots)

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The data key from the recovery key; WrongRecoveryKey when it does not fit."""
        for slot in self.slots:
            if slot.kind == "recovery":
                kek = derive_recovery_key(recovery_key, _unb64(slot.salt))
                key = self._unwrap(slot, kek)
                if key is not None:
                    if slot.aad_version < SLOT_AAD_VERSION:
                        self.upgrade_slot(slot, kek, key)
                    return key
        raise WrongRecoveryKey()

    def passphrase_labels(self) -> list[str]:
        """The users (labels) that have a passphrase slot."""
        return [s.label for s in self.slots if s.kind == "passphrase"]

    # -- file ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "database_id": self.database_id,
            "kdf": "argon2id (passphrase), hkdf-sha256 (recovery); wrap: aes-256-gcm",
            "slots": [s.to_json() for s in self.slots],
        }
        if self.throttle is not None:
            data["throttle"] = self.throttle
        return data

    def save(self, path: Path) -> None:
        """Write the key file atomically: the old file stays intact until the new one is whole."""
        text = json.dumps(self.to_json(), indent=2, ensure_ascii=True) + "\n"
        write_atomic(path, text.encode("utf-8"), mode=0o600)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and check the key file; DamagedKeyFile when it is missing or malformed."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != KEY_FILE_FORMAT or data.get("version") not in (
                READABLE_VERSIONS
            ):
                raise DamagedKeyFile()
            throttle = data.get("throttle")
            return cls(
                database_id=str(data["database_id"]),
                slots=[KeySlot.from_json(s) for s in data["slots"]],
                throttle=throttle if isinstance(throttle, dict) else None,
            )
        except DamagedKeyFile:
            raise
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise DamagedKeyFile() from error


def new_data_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(DATA_KEY_BYTES)
