"""The team key and the sealed files on the share: AES-256-GCM over zlib-compressed JSON.

The team key comes from the team passphrase (Argon2id, salt and costs in the marker file) or
from an enrolment file an admin made, in which it is wrapped (AES-256-GCM) under a key derived
with Argon2id from a one-time enrolment code that travels separately.

Every file on the share starts with a plain header (magic, format version, kind) that is also
authenticated, together with the team id and the writing device: a file cannot be moved to
another team or device unnoticed.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.messages import N_, Problem
from desktop.store.keys import (
    DEFAULT_ARGON2,
    RECOVERY_ALPHABET,
    Argon2Params,
    derive_passphrase_key,
    normalise_recovery_key,
)

MAGIC = b"WWSYNC"
FORMAT_VERSION = 1
KIND_BATCH = b"B"
KIND_SNAPSHOT = b"S"
HEADER_LENGTH = len(MAGIC) + 2
NONCE_LENGTH = 12
KEY_LENGTH = 32
CHECK_TEXT = b"wegwijzer-team-check/1"
#: The most JSON a share file may unpack to (a snapshot of 5,000 people is about 60 MB).
MAX_PLAIN_BYTES = 1024 * 1024 * 1024
#: The deepest nesting of lists and objects in one value of a file (a record's fields: 1).
MAX_JSON_DEPTH = 4


class FileProblem(Problem):
    """A file on the share that cannot be used now; ``str()`` is the reason (Dutch by default)."""

    text = N_("inhoud onleesbaar")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_team_key(passphrase: str, salt: bytes, params: Argon2Params = DEFAULT_ARGON2) -> bytes:
    """The 256-bit team key from the team passphrase (Argon2id, as the store's passphrases)."""
    return derive_passphrase_key(passphrase, salt, params)


def _check_aad(team_id: str, root: object) -> bytes:
    """The marker's check binds the team id and, since laptops sign, the root laptop's key."""
    if isinstance(root, dict) and root.get("sign"):
        return f"{team_id}/{root['sign']}".encode()
    return team_id.encode()


def key_check(key: bytes, team_id: str, root: object = None) -> str:
    """A value in the marker that proves a key right without revealing it."""
    nonce = os.urandom(NONCE_LENGTH)
    return b64(nonce + AESGCM(key).encrypt(nonce, CHECK_TEXT, _check_aad(team_id, root)))


def verify_key(key: bytes, team_id: str, check: str, root: object = None) -> bool:
    """True when ``key`` is the team's key (the marker's check value opens with it)."""
    try:
        blob = unb64(check)
        plain = AESGCM(key).decrypt(
            blob[:NONCE_LENGTH], blob[NONCE_LENGTH:], _check_aad(team_id, root)
        )
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
        body = zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 6)
        return self.seal_body(kind, device, body)

    def seal_body(self, kind: bytes, device: str, body: bytes) -> bytes:
        """Encrypt an already zlib-compressed JSON text (a snapshot, compressed as written)."""
        header = MAGIC + bytes([FORMAT_VERSION]) + kind
        nonce = os.urandom(NONCE_LENGTH)
        return header + nonce + AESGCM(self.key).encrypt(nonce, body, self._aad(header, device))

    def open(self, data: bytes, kind: bytes, device: str) -> dict[str, Any]:
        """Check and decrypt a share file; raises FileProblem with the reason."""
        payload = json_payload(_decompress(self.open_body(data, kind, device)))
        if not isinstance(payload, dict):
            raise FileProblem(N_("inhoud onleesbaar"))
        return payload

    def open_body(self, data: bytes, kind: bytes, device: str) -> bytes:
        """Check and decrypt a share file, leaving its JSON compressed (see inflate_lines)."""
        header = data[:HEADER_LENGTH]
        if len(data) < HEADER_LENGTH + NONCE_LENGTH + 16 or not header.startswith(MAGIC):
            raise FileProblem(N_("onvolledig of geen Wegwijzer-bestand"))
        if header[len(MAGIC)] > FORMAT_VERSION:
            raise FileProblem(N_("gemaakt met een nieuwere versie van Wegwijzer"))
        if header[len(MAGIC)] != FORMAT_VERSION or header[-1:] != kind:
            raise FileProblem(N_("onbekend bestandsformaat"))
        nonce = data[HEADER_LENGTH : HEADER_LENGTH + NONCE_LENGTH]
        try:
            body = AESGCM(self.key).decrypt(
                nonce, data[HEADER_LENGTH + NONCE_LENGTH :], self._aad(header, device)
            )
        except InvalidTag:
            raise FileProblem(
                N_("beschadigd, onvolledig, gewijzigd of van een ander team (controle mislukt)")
            ) from None
        return body


#: Compressed bytes handed to zlib at a time. With an output limit, zlib copies the input it
#: has not consumed (``unconsumed_tail``) at every call: fed a whole 55 MB snapshot, a
#: megabyte of output at a time, unpacking took 6.4 s instead of 0.9 s (at 50k people).
INFLATE_INPUT_BYTES = 1 << 16


def _inflated(body: bytes) -> Iterator[bytes]:
    """The unpacked parts of a zlib stream, a megabyte at most each.

    Refuses (FileProblem) a damaged or incomplete stream and more than
    :data:`MAX_PLAIN_BYTES` of output.
    """
    inflater = zlib.decompressobj()
    view = memoryview(body)
    total = 0
    try:
        for start in range(0, len(body), INFLATE_INPUT_BYTES):
            pending: bytes | memoryview = view[start : start + INFLATE_INPUT_BYTES]
            while pending:
                part = inflater.decompress(pending, 1 << 20)
                pending = inflater.unconsumed_tail
                total += len(part)
                if total > MAX_PLAIN_BYTES:
                    raise FileProblem(N_("inhoud uitgepakt te groot"))
                yield part
            if inflater.eof:
                break
        tail = inflater.flush()
    except zlib.error as error:
        raise FileProblem(N_("inhoud onleesbaar")) from error
    if total + len(tail) > MAX_PLAIN_BYTES:
        raise FileProblem(N_("inhoud uitgepakt te groot"))
    if not inflater.eof:
        raise FileProblem(N_("inhoud onleesbaar"))
    yield tail


def inflate_lines(body: bytes) -> Iterator[bytes]:
    """The lines of a compressed JSON text, unpacked a megabyte at a time (as
    :func:`_decompress`, it refuses more than :data:`MAX_PLAIN_BYTES` of output)."""
    rest = b""
    for part in _inflated(body):
        lines = (rest + part).split(b"\n")
        rest = lines.pop()
        yield from lines
    if rest:
        yield rest


def _decompress(body: bytes) -> bytes:
    """zlib-decompress, streaming, refusing more than :data:`MAX_PLAIN_BYTES` of output."""
    return b"".join(_inflated(body))


#: Every digit mapped to "0": a run of nineteen zeros after it is nineteen digits in a row,
#: perhaps a whole number beyond 64 bits, which orjson would read as a float (losing digits)
#: where json reads it exactly. (Found by ``translate`` and ``in``, a dozen times as fast as a
#: regular expression on a snapshot's lines, whose stamps have fifteen digits.)
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def read_json(text: str | bytes) -> Any:
    """``json.loads(text)``, by orjson (a few times as fast) when that gives the same values.

    orjson refuses what json reads (NaN, text that is not valid Unicode) and reads a whole
    number beyond 64 bits as a float: those texts are read by json, and so is every text with
    nineteen digits in a row (rare: no synced value and no stamp has that many)."""
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if _LONG_NUMBER not in raw.translate(_DIGITS_TO_ZERO):
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass  # json says what is wrong, or reads it
    return json.loads(text)


def json_payload(text: bytes) -> Any:
    """Parse a file's JSON; FileProblem when it is not JSON or nests too deep.

    The parser itself stops at the interpreter's recursion limit (RecursionError); the
    payload readers then allow only the format's own shape (:func:`check_depth`).
    """
    try:
        return read_json(text)
    except RecursionError:
        raise FileProblem(N_("inhoud te diep genest")) from None
    except ValueError as error:
        raise FileProblem(N_("inhoud onleesbaar")) from error


def check_depth(value: Any, limit: int = MAX_JSON_DEPTH, text: bytes | None = None) -> None:
    """FileProblem when ``value`` nests lists and objects deeper than ``limit`` levels.

    ``text``: JSON that holds ``value`` (a snapshot's line). With no more opening brackets
    than ``limit`` it cannot nest deeper, and the value is not walked.
    """
    if not isinstance(value, dict | list):
        return
    if text is not None and text.count(b"[") + text.count(b"{") <= limit:
        return
    stack: list[tuple[dict[str, Any] | list[Any], int]] = [(value, 1)]
    while stack:  # only lists and objects are stacked (a row's values are mostly neither)
        item, depth = stack.pop()
        if depth > limit:
            raise FileProblem(N_("inhoud te diep genest"))
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))


# -- enrolment files ---------------------------------------------------------------------------

ENROLMENT_FORMAT = "wegwijzer-team-enrolment"
ENROLMENT_VERSION = 2  # version 1 held the team key unprotected; it is refused
ENROLMENT_CODE_LENGTH = 20  # base32 characters: 100 random bits
MIN_CHOSEN_CODE_LENGTH = 20  # a code the admin chooses, counted after normalising
#: Costs an enrolment file may ask for; beyond these it is refused (a crafted file could
#: otherwise make the joining laptop allocate any amount of memory).
MAX_ARGON2 = Argon2Params(time_cost=16, memory_kib=4 * 1024 * 1024, parallelism=64)


class EnrolmentProblem(Exception):
    """An enrolment file that cannot be used; the attribute ``kind`` says why.

    Kinds: ``"invalid"`` (not an enrolment file, or damaged), ``"unprotected"`` (the old
    format with the team key in plain form), ``"too_new"``, ``"wrong_code"`` (the code does not
    open it, or the file was changed). :mod:`desktop.sync.team` turns these into Dutch errors.
    """

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def generate_enrolment_code() -> str:
    """A one-time enrolment code: 100 random bits as 20 base32 characters in groups of four.

    The same alphabet and reading rules as the recovery key (:func:`normalise_enrolment_code`).
    """
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(ENROLMENT_CODE_LENGTH))
    return "-".join(chars[i : i + 4] for i in range(0, ENROLMENT_CODE_LENGTH, 4))


def normalise_enrolment_code(code: str) -> str:
    """Uppercase, without spaces and dashes, look-alikes read kindly (as the recovery key)."""
    return normalise_recovery_key(code)


def argon2_from_json(kdf: Any) -> tuple[bytes, Argon2Params]:
    """Salt and Argon2id costs from a ``kdf`` object; ValueError when malformed or excessive."""
    if not isinstance(kdf, dict) or kdf.get("algorithm") != "argon2id":
        raise ValueError("kdf")
    try:
        params = Argon2Params(
            int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
        )
        salt = unb64(str(kdf["salt"]))
    except (KeyError, TypeError) as error:
        raise ValueError("kdf") from error
    if not (
        1 <= params.time_cost <= MAX_ARGON2.time_cost
        and 1 <= params.parallelism <= MAX_ARGON2.parallelism
        and 8 * params.parallelism <= params.memory_kib <= MAX_ARGON2.memory_kib
        and len(salt) >= 8
    ):
        raise ValueError("kdf")
    return salt, params


def argon2_to_json(salt: bytes, params: Argon2Params) -> dict[str, Any]:
    return {"algorithm": "argon2id", "salt": b64(salt), **asdict(params)}


def _enrolment_aad(version: int, team_id: str, kdf: dict[str, Any]) -> bytes:
    """Everything in the file besides the ciphertext, bound to it as associated data."""
    return (
        f"{ENROLMENT_FORMAT}/{version}/{team_id}/argon2id/{kdf['salt']}/"
        f"{kdf['time_cost']}/{kdf['memory_kib']}/{kdf['parallelism']}"
    ).encode()


def seal_enrolment(
    team: TeamKey, code: str, params: Argon2Params = DEFAULT_ARGON2
) -> dict[str, Any]:
    """The content of an enrolment file: the team key wrapped under the enrolment code.

    Key-encryption key = Argon2id(normalised code, random 16-byte salt, ``params``); the team
    key is encrypted with AES-256-GCM (random 96-bit nonce); format, version, team id and the
    KDF settings are the associated data.
    """
    salt = os.urandom(16)
    kek = derive_passphrase_key(normalise_enrolment_code(code), salt, params)
    kdf = argon2_to_json(salt, params)
    nonce = os.urandom(NONCE_LENGTH)
    wrapped = AESGCM(kek).encrypt(
        nonce, team.key, _enrolment_aad(ENROLMENT_VERSION, team.team_id, kdf)
    )
    return {
        "format": ENROLMENT_FORMAT,
        "version": ENROLMENT_VERSION,
        "team_id": team.team_id,
        "kdf": kdf,
        "nonce": b64(nonce),
        "wrapped_key": b64(wrapped),
    }


def enrolment_team_id(document: Any) -> str:
    """The team id an enrolment document claims (not yet authenticated); checks the format.

    Raises EnrolmentProblem for a document that is not a current enrolment file.
    """
    if not isinstance(document, dict) or document.get("format") != ENROLMENT_FORMAT:
        raise EnrolmentProblem("invalid")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise EnrolmentProblem("invalid")
    if version > ENROLMENT_VERSION:
        raise EnrolmentProblem("too_new")
    if version < ENROLMENT_VERSION or "key" in document:
        raise EnrolmentProblem("unprotected")
    team_id = document.get("team_id")
    if not isinstance(team_id, str) or not team_id:
        raise EnrolmentProblem("invalid")
    return team_id


def open_enrolment(document: Any, code: str) -> TeamKey:
    """The team key in an enrolment document, unwrapped with the enrolment code.

    Raises EnrolmentProblem: ``wrong_code`` when the code (or the changed file) does not open
    it, else the kind of :func:`enrolment_team_id`, or ``invalid`` for malformed fields.
    """
    team_id = enrolment_team_id(document)
    try:
        salt, params = argon2_from_json(document.get("kdf"))
        nonce = unb64(str(document["nonce"]))
        wrapped = unb64(str(document["wrapped_key"]))
    except (KeyError, ValueError):
        raise EnrolmentProblem("invalid") from None
    if len(nonce) != NONCE_LENGTH or len(wrapped) != KEY_LENGTH + 16:
        raise EnrolmentProblem("invalid")
    cleaned = normalise_enrolment_code(code)
    if not cleaned:
        raise EnrolmentProblem("wrong_code")
    kek = derive_passphrase_key(cleaned, salt, params)
    aad = _enrolment_aad(ENROLMENT_VERSION, team_id, argon2_to_json(salt, params))
    try:
        key = AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        raise EnrolmentProblem("wrong_code") from None
    return TeamKey(team_id, key)
