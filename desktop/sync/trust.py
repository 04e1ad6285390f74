"""Whom a laptop believes: the roster, the data keys, and the checks on every file it reads.

:func:`load` runs at the start of each sync (after the marker was checked): it takes the
newest roster version that follows from the one this laptop accepted before, picks up the data
keys wrapped for it, and puts its join request on the share while it is not approved. The
engine then reads every batch and snapshot through :meth:`Trust.open_file`, which refuses
(``FileProblem``, a Dutch reason, never a crash) a file whose signer is not the laptop of its
folder in the roster, or was revoked before it, or whose chain of files does not fit what
this laptop accepted from that folder; and it refuses a batch with tombstones or audit entries
that its laptop may not make (:func:`check_vouch`).

The admin's operations (approve, revoke, rotate) are here without role checks;
:mod:`desktop.access.laptops` checks the role and audits.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from desktop.messages import N_
from desktop.store import Store, settings
from desktop.sync import roster as docs
from desktop.sync.crypto import (
    KIND_BATCH,
    FileProblem,
    TeamKey,
    _decompress,
    b64,
    json_payload,
    unb64,
)
from desktop.sync.errors import SyncError
from desktop.sync.identity import (
    LaptopKeys,
    bind_device,
    device_for,
    device_salt,
    ensure_keys,
    load_keys,
    verify,
)
from desktop.sync.register import Version
from desktop.sync.roster import Laptop, Roster
from desktop.sync.share import Share, ShareFile
from desktop.sync.signed import Envelope, envelope, open_body, seal_body

#: A file not read *yet*: retried when the roster or the keys change (its skip stamp says so).
RETRY = "retry"

WAITING = N_(
    "Deze laptop is nog niet goedgekeurd door een beheerder van het team. Laat een beheerder "
    "op een goedgekeurde laptop deze laptop goedkeuren (Teammap… → Laptops van het team); "
    "laptopcode {laptop}. Tot dan wordt er niets ontvangen of verstuurd."
)


class LegacyTeam(SyncError):
    text = N_(
        "Deze teammap is gemaakt met een oudere versie van Wegwijzer, zonder ondertekende "
        "laptops. Maak een nieuwe teammap (Teammap… → Hier een nieuw team maken) en laat de "
        "andere laptops daar aansluiten."
    )


class RootChanged(SyncError):
    text = N_(
        "De teammap noemt een andere eerste laptop dan toen deze laptop aansloot: het "
        "teambestand is vervangen. Er is niets gelezen of verstuurd. Vraag de beheerder om "
        "de teammap te controleren."
    )


class NotApproved(SyncError):
    text = N_(
        "Deze laptop is (nog) niet goedgekeurd in het team, of is eruit verwijderd. Alleen een "
        "goedgekeurde laptop kan laptops goedkeuren of verwijderen."
    )


class UnknownLaptop(SyncError):
    text = N_("Deze laptop staat niet (meer) in de lijst van het team.")


class CannotRevokeSelf(SyncError):
    text = N_(
        "Een laptop kan zichzelf niet uit het team verwijderen. Doe dit vanaf een andere "
        "goedgekeurde laptop."
    )


@dataclass
class Trust:
    """One sync's view of the team: this laptop's keys, the roster and the data keys."""

    team: TeamKey  # the join key (marker, enrolment); never reads a batch
    keys: LaptopKeys
    roster: Roster | None
    data_keys: dict[str, tuple[int, bytes, bool]] = field(default_factory=dict)

    @property
    def approved(self) -> bool:
        return self.roster is not None and self.roster.active(self.keys.laptop_id) is not None

    @property
    def current(self) -> tuple[str, int, bytes] | None:
        """The data key new files are written with: highest epoch, lowest key id on a tie."""
        trusted = [(epoch, kid, key) for kid, (epoch, key, ok) in self.data_keys.items() if ok]
        if not trusted or not self.approved:
            return None
        epoch, kid, key = min(trusted, key=lambda item: (-item[0], item[1]))
        return kid, epoch, key

    def data_team(self) -> TeamKey | None:
        """The current data key as a TeamKey (for attachments' files)."""
        current = self.current
        return TeamKey(self.team.team_id, current[2]) if current is not None else None

    def stamp(self) -> str:
        """What a 'not yet' skip depends on: the roster version and the keys held."""
        number = self.roster.number if self.roster is not None else 0
        return f"{RETRY}:r{number}:k{len(self.data_keys)}"

    # -- writing ---------------------------------------------------------------------------

    def seal_file(
        self,
        store: Store,
        kind: bytes,
        device: str,
        name: str,
        payload: dict[str, Any],
        first: int = 0,
        last: int = 0,
    ) -> bytes | None:
        """A new own file, encrypted with the current data key and signed; the chain moves on.

        None when this laptop cannot write for ``device`` (not approved, no data key, or a
        device id from before the laptop had keys).
        """
        vouched = {**payload, "vouch": self.vouched(store)}
        body = zlib.compress(json.dumps(vouched, separators=(",", ":")).encode("utf-8"), 6)
        return self.seal_body_file(store, kind, device, name, body, first, last)

    def vouched(self, store: Store) -> dict[str, list[str]]:
        """What this laptop vouches for in the files it writes now (see :func:`vouch`)."""
        with store.reading() as session:
            return vouch(session.connection())

    def seal_body_file(
        self,
        store: Store,
        kind: bytes,
        device: str,
        name: str,
        body: bytes,
        first: int = 0,
        last: int = 0,
    ) -> bytes | None:
        """:meth:`seal_file` for a body compressed already (a snapshot written as it is read);
        the body's JSON must carry :meth:`vouched` under ``"vouch"``."""
        current = self.current
        with store.transaction() as session:
            connection = session.connection()
            salt = device_salt(connection, device)
            if current is None or not salt or not self.keys.owns(device, salt):
                return None
            chains = settings.SYNC_FILE_CHAIN.get(connection)
            seq, prev = _head(chains.get(device))
            statement = {
                "team": self.team.team_id,
                "device": device,
                "laptop": self.keys.laptop_id,
                "salt": salt,
                "name": name,
                "kind": "batch" if kind == KIND_BATCH else "snapshot",
                "first": first,
                "last": last,
                "seq": seq + 1,
                "prev": prev,
                "key": current[0],
            }
            data = seal_body(self.keys, current[2], kind, statement, body)
            chains[device] = [seq + 1, hashlib.sha256(data).hexdigest()]
            settings.SYNC_FILE_CHAIN.set(connection, chains)
        return data

    # -- reading ---------------------------------------------------------------------------

    def open_file(
        self, data: bytes, file: ShareFile, chains: dict[str, dict[int, str]]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """:meth:`open_file_body`, the payload parsed whole (a batch)."""
        body, remembered = self.open_file_body(data, file, chains)
        payload = json_payload(_decompress(body))
        if not isinstance(payload, dict):
            raise FileProblem(N_("inhoud onleesbaar"))
        return payload, remembered

    def open_file_body(
        self, data: bytes, file: ShareFile, chains: dict[str, dict[int, str]]
    ) -> tuple[bytes, dict[str, Any]]:
        """Check and decrypt one batch or snapshot; returns its payload and what to remember.

        Raises FileProblem with the Dutch reason (:func:`is_retry` when the file may become
        readable later: an approval or a key still to come). ``chains`` is not changed: the
        caller adds the file (:func:`accept`) once its content passed its checks too.
        """
        kind = KIND_BATCH if file.kind == "batch" else b"S"
        found = envelope(data, kind)
        statement = found.statement
        signer = self._signer(found, file)
        if signer.revoked and statement.seq > signer.revoked_seq.get(file.device, 0):
            raise FileProblem(
                N_("geschreven door een laptop nadat die uit het team is verwijderd; niet gelezen")
            )
        sha = hashlib.sha256(data).hexdigest()
        known = chains.get(file.device, {})
        if known.get(statement.seq, sha) != sha:
            raise FileProblem(
                N_(
                    "een tweede, ander bestand met hetzelfde volgnummer van deze laptop "
                    "(teruggezet, nagemaakt of herhaald); niet gelezen"
                )
            )
        if statement.seq - 1 in known and known[statement.seq - 1] != statement.prev:
            raise FileProblem(
                N_(
                    "past niet in de reeks bestanden van deze laptop (keten verbroken); "
                    "niet gelezen"
                )
            )
        entry = self.data_keys.get(statement.key)
        if entry is None:
            raise _retry(
                N_(
                    "versleuteld met een teamsleutel die deze laptop (nog) niet heeft; wordt later "
                    "opnieuw geprobeerd"
                )
            )
        body = open_body(found, entry[1])
        remembered = {"seq": statement.seq, "sha256": sha, "laptop": signer.laptop}
        return body, remembered

    def _signer(self, found: Envelope, file: ShareFile) -> Laptop:
        statement = found.statement
        if statement.team != self.team.team_id:
            raise FileProblem(N_("van een ander team (ondertekening past niet); niet gelezen"))
        if (
            statement.device != file.device
            or statement.name != file.name
            or statement.kind != file.kind
            or (
                file.kind == "batch"
                and (statement.first, statement.last) != (file.first, file.last)
            )
        ):
            raise FileProblem(
                N_("de ondertekening past niet bij de naam of de map van het bestand")
            )
        signer = self.roster.laptops.get(statement.laptop) if self.roster is not None else None
        if signer is None:
            raise _retry(
                N_(
                    "van een laptop die niet (of nog niet) in de lijst van het team staat; niet "
                    "gelezen"
                )
            )
        if device_for(signer.sign, statement.salt) != file.device:
            raise FileProblem(
                N_("ondertekend door een andere laptop dan die van deze map; niet gelezen")
            )
        if not verify(signer.sign, found.signature, found.signed):
            raise FileProblem(
                N_("beschadigd, gewijzigd of vervalst (de handtekening klopt niet); niet gelezen")
            )
        return signer


def accept(chains: dict[str, dict[int, str]], device: str, remembered: dict[str, Any]) -> None:
    """Add a file that passed every check to what this sync knows of its folder's chain."""
    chains.setdefault(device, {})[int(remembered["seq"])] = str(remembered["sha256"])


def _retry(reason: str) -> FileProblem:
    problem = FileProblem(reason)
    problem.retry = True  # type: ignore[attr-defined]
    return problem


def is_retry(problem: FileProblem) -> bool:
    return bool(getattr(problem, "retry", False))


def _head(value: object) -> tuple[int, str]:
    if isinstance(value, list) and len(value) == 2:
        return int(value[0]), str(value[1])
    return 0, ""


def vouch(connection: Connection) -> dict[str, list[str]]:
    """What the writing laptop vouches for inside a file: its admins and its device ids."""
    admins = [
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM app_user WHERE role = 'beheerder' AND active = 1 ORDER BY name"
        )
    ]
    from desktop.sync.own import identities  # late: own imports nothing of this module

    return {"admins": admins, "identities": identities(connection)}


def check_vouch(payload: dict[str, Any], versions: Iterable[Version], device: str) -> None:
    """Refuse a file with tombstones or audit entries its laptop may not make.

    A tombstone (a retention deletion that purges content) needs a user the writing laptop
    names as its admin; an audit entry must come from one of that laptop's own device ids.
    Only the writer's own versions are judged (a snapshot also carries others', which its
    writer accepted under these rules).
    """
    check = vouch_checker(payload, device)
    for version in versions:
        check(version)


def vouch_checker(payload: dict[str, Any], device: str) -> Callable[[Version], None]:
    """:func:`check_vouch` one version at a time (a snapshot is checked as it is applied).

    Raises FileProblem at once when the file vouches for nothing, later for a version it
    may not hold.
    """
    found = payload.get("vouch")
    if not isinstance(found, dict):
        raise FileProblem(N_("ondertekende gegevens ontbreken"))
    admins = {n for n in _strings(found.get("admins")) if isinstance(n, str)}
    identities = {n for n in _strings(found.get("identities")) if isinstance(n, str)}

    def check(version: Version) -> None:
        if version.device != device:
            return
        if version.tbl == "tombstone" and version.by not in admins:
            raise FileProblem(
                N_(
                    "bevat een verwijdering na bewaartermijn door een gebruiker die op die laptop "
                    "geen beheerder is; niet gelezen"
                )
            )
        if version.tbl == "audit_entry":
            claimed = (
                version.value.get("device")
                if version.field == "*" and isinstance(version.value, dict)
                else version.value
                if version.field == "device"
                else None
            )
            if claimed is not None and claimed not in identities:
                raise FileProblem(
                    N_(
                        "bevat een audit-regel van een laptop die niet in het team bekend is; "
                        "niet gelezen"
                    )
                )

    return check


def _strings(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def chain_records(connection: Connection) -> dict[str, dict[int, str]]:
    """Per device folder: sequence number -> SHA-256 of every file this laptop accepted."""
    chains: dict[str, dict[int, str]] = {}
    for name, detail in connection.exec_driver_sql(
        "SELECT name, detail FROM sync_file WHERE status = 'applied' AND detail LIKE '{%'"
    ):
        try:
            found = json.loads(detail)
            seq, sha = int(found["seq"]), str(found["sha256"])
        except (ValueError, KeyError, TypeError):
            continue
        chains.setdefault(str(name).partition("/")[0], {})[seq] = sha
    return chains


def laptop_devices(connection: Connection, laptop: str) -> dict[str, tuple[int, int]]:
    """Per device of ``laptop``: the highest file sequence and counter this laptop accepted."""
    found: dict[str, tuple[int, int]] = {}
    for name, detail in connection.exec_driver_sql(
        "SELECT name, detail FROM sync_file WHERE status = 'applied' AND detail LIKE '{%'"
    ):
        try:
            record = json.loads(detail)
        except ValueError:
            continue
        if record.get("laptop") != laptop:
            continue
        device = str(name).partition("/")[0]
        seq, counter = found.get(device, (0, 0))
        found[device] = (max(seq, int(record["seq"])), max(counter, int(record.get("last", 0))))
    return found


# -- loading ------------------------------------------------------------------------------------


def _root_of(marker: dict[str, Any]) -> dict[str, str]:
    root = marker.get("root")
    if not isinstance(root, dict) or not root.get("sign"):
        raise LegacyTeam()
    return {"laptop": str(root.get("laptop", "")), "sign": str(root["sign"])}


def load(store: Store, share: Share, team: TeamKey, marker: dict[str, Any]) -> Trust:
    """The trust of this sync: roster advanced from the share, data keys picked up."""
    with store.transaction() as session:
        connection = session.connection()
        keys = load_keys(connection)
        if keys is None:  # joined before laptops had keys: make them, ask to be approved
            keys = ensure_keys(connection)
        root = settings.SYNC_ROSTER_ROOT.get(connection)
        if not root:
            root = _root_of(marker)
            settings.SYNC_ROSTER_ROOT.set(connection, root)
        elif root != _root_of(marker):
            raise RootChanged()
        pinned = settings.SYNC_ROSTER.get(connection)
        held = _keyring(connection)
    roster, moved = docs.advance(share, team.team_id, unb64(root["sign"]), pinned)
    trust = Trust(team, keys, roster, held)
    if roster is not None:
        known = frozenset(kid for kid, (_e, _k, ok) in trust.data_keys.items() if ok)
        for kid, found in docs.unwrap_keys(share, roster, keys, known).items():
            before = trust.data_keys.get(kid)
            trust.data_keys[kid] = (found[0], found[1], found[2] or bool(before and before[2]))
    with store.transaction() as session:
        connection = session.connection()
        if moved and roster is not None:
            settings.SYNC_ROSTER.set(connection, roster.document)
        _save_keyring(connection, trust.data_keys)
    if roster is None or keys.laptop_id not in roster.laptops:
        docs.publish_request(share, team.team_id, keys)
    return trust


def _keyring(connection: Connection) -> dict[str, tuple[int, bytes, bool]]:
    found: dict[str, tuple[int, bytes, bool]] = {}
    for kid, value in settings.SYNC_KEYRING.get(connection).items():
        if isinstance(value, dict):
            found[kid] = (int(value["epoch"]), unb64(str(value["key"])), bool(value["trusted"]))
    return found


def _save_keyring(connection: Connection, keys: dict[str, tuple[int, bytes, bool]]) -> None:
    settings.SYNC_KEYRING.set(
        connection,
        {kid: {"epoch": e, "key": b64(k), "trusted": t} for kid, (e, k, t) in keys.items()},
    )


# -- making a team and joining one ------------------------------------------------------------


def prepare(connection: Connection) -> LaptopKeys:
    """At create or join: this laptop's keys and a device id bound to them."""
    keys = ensure_keys(connection)
    if settings.SYNC_COUNTER.get(connection) == 0 and not settings.SYNC_EXPORTED.get(connection):
        bind_device(connection, keys)
    return keys


def found_team(store: Store, share: Share, team: TeamKey, keys: LaptopKeys) -> None:
    """The creator's roster (itself, as root) and the team's first data key, for itself."""
    first = docs.first_roster(team.team_id, keys)
    docs.publish(share, docs.ROSTER_DIR, docs.roster_name(1), docs.signed_file(keys, first))
    roster = Roster.parse(first)
    assert roster is not None
    key = docs.new_data_key()
    entry = roster.laptops[keys.laptop_id]
    data = docs.key_document(keys, roster, 1, key, [entry])
    docs.publish(share, docs.KEYS_DIR, docs.key_file_name(1), data)
    with store.transaction() as session:
        connection = session.connection()
        settings.SYNC_ROSTER.set(connection, first)
        _save_keyring(connection, {docs.key_id_of(key): (1, key, True)})


def root_of_keys(keys: LaptopKeys) -> dict[str, str]:
    return {"laptop": keys.laptop_id, "sign": b64(keys.sign_public)}


def pin_root(connection: Connection, marker: dict[str, Any]) -> None:
    """At joining: remember the root laptop the marker names (a later change is refused)."""
    settings.SYNC_ROSTER_ROOT.set(connection, _root_of(marker))


def this_laptop(store: Store) -> str:
    """This laptop's code (its laptop id), to compare with what the admin sees; "" without keys."""
    with store.reading() as session:
        keys = load_keys(session.connection())
    return keys.laptop_id if keys is not None else ""
