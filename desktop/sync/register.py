"""The merge rule, as pure functions over field versions (no database, no files).

Each field of each record is a multi-value register. A version carries a *dot* (the device
that made it and that device's change counter) and a *context*: for each device, the highest
counter the maker had seen. A version *supersedes* another when its context knows the other's
dot; the register's heads are the versions nothing supersedes. One head: the field's value.
Several heads with different values: a conflict, shown with a deterministic winner (the
highest hybrid-clock stamp) until someone chooses. Because heads are a function of the *set*
of versions seen, every device that has seen the same files holds the same heads, whatever
the order it read them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.sync.tables import CREATE_FIELD, DELETED_FIELD, SILENT_FIELDS

Context = Mapping[str, int]


@dataclass(frozen=True)
class Version:
    """One version of one field (or, for ``*``, of a whole new row)."""

    tbl: str
    row_id: str
    field: str
    device: str
    counter: int
    hlc: str
    at: str
    by: str
    value: Any
    ctx: Context

    @property
    def key(self) -> tuple[str, str, str, str, int]:
        return (self.tbl, self.row_id, self.field, self.device, self.counter)

    def known_by(self, ctx: Context) -> bool:
        """True when a maker with this context had seen this version."""
        return ctx.get(self.device, 0) >= self.counter

    def supersedes(self, other: Version) -> bool:
        return other is not self and other.known_by(self.ctx)

    def value_of(self, field: str) -> Any:
        """This version's value for ``field`` (a creation holds every field)."""
        if self.field == CREATE_FIELD:
            return False if field == DELETED_FIELD else self.value.get(field)
        return self.value


def add_version(versions: list[Version], new: Version) -> bool:
    """Add ``new`` to a row's versions, dropping what it supersedes; False if already known.

    Creations are compared only with creations (they stay as the row's baseline); a field
    version only with versions of the same field.
    """
    same = [v for v in versions if v.field == new.field]
    if any(v.key == new.key or v.supersedes(new) for v in same):
        return False
    versions[:] = [v for v in versions if v.field != new.field or not new.supersedes(v)]
    versions.append(new)
    return True


def heads(versions: Iterable[Version], field: str) -> list[Version]:
    """The versions of ``field`` (creations included) that nothing supersedes."""
    candidates = [v for v in versions if v.field in (field, CREATE_FIELD)]
    return [v for v in candidates if not any(w.supersedes(v) for w in candidates)]


def winner(field_heads: list[Version]) -> Version:
    """The head shown until someone chooses: the latest clock stamp (device id breaks ties)."""
    return max(field_heads, key=lambda v: v.hlc)


@dataclass(frozen=True)
class RowOutcome:
    """What the register says a row is: deleted or its values, and its open conflicts."""

    deleted: bool
    values: dict[str, Any]
    conflicts: dict[str, str]  # field -> kind ("value" or "deleted")
    created: str  # earliest creation stamp: decides which of two duplicates keeps its key


def _distinct(values: Iterable[Any]) -> int:
    return len({repr(v) for v in values})


def resolve_row(versions: list[Version], fields: tuple[str, ...]) -> RowOutcome | None:
    """The row the versions describe, or None when no creation has been seen yet."""
    if len(versions) == 1 and versions[0].field == CREATE_FIELD:  # the common case: one version
        only = versions[0]
        return RowOutcome(False, {name: only.value.get(name) for name in fields}, {}, only.hlc)
    creations = [v for v in versions if v.field == CREATE_FIELD]
    if not creations:
        return None
    values: dict[str, Any] = {}
    conflicts: dict[str, str] = {}
    all_heads: list[Version] = []
    own: dict[str, list[Version]] = {}
    for version in versions:
        if version.field != CREATE_FIELD:
            own.setdefault(version.field, []).append(version)
    # A field nobody changed has the creations' heads: found once, not once per field.
    created_heads = heads(creations, CREATE_FIELD)
    created_top = winner(created_heads)
    if any(name not in own for name in fields):
        all_heads.extend(created_heads)
    for name in fields:
        if name not in own:
            values[name] = created_top.value_of(name)
            if (
                len(created_heads) > 1
                and name not in SILENT_FIELDS
                and _distinct(v.value_of(name) for v in created_heads) > 1
            ):
                conflicts[name] = "value"
            continue
        found = heads(own[name] + creations, name)
        values[name] = winner(found).value_of(name)
        all_heads.extend(found)
        if name not in SILENT_FIELDS and _distinct(v.value_of(name) for v in found) > 1:
            conflicts[name] = "value"
    deleted_heads = heads(own.get(DELETED_FIELD, []) + creations, DELETED_FIELD)
    top = winner(deleted_heads)
    deleted = bool(top.value_of(DELETED_FIELD))
    if _distinct(v.value_of(DELETED_FIELD) for v in deleted_heads) > 1:
        conflicts[DELETED_FIELD] = "deleted"
    elif deleted and any(
        h.field not in SILENT_FIELDS
        and h is not top
        and not any(h.known_by(d.ctx) for d in deleted_heads)
        for h in all_heads
    ):
        # Edited elsewhere while deleted here. An edit that one of the deleting laptops had
        # seen was deleted knowingly: no conflict, whichever delete wins by clock.
        conflicts[DELETED_FIELD] = "deleted"
    created = min(v.hlc for v in creations)
    return RowOutcome(deleted, values, conflicts, created)


def merge_states(
    local: list[Version], local_ctx: Context, remote: list[Version], remote_ctx: Context
) -> list[Version]:
    """Merge two devices' full states of one row (a snapshot into the local database).

    A version only one side holds survives unless the other side had seen it (then that side
    had superseded it); what survives is then pruned as :func:`add_version` would.
    """
    if not local and len(remote) == 1:  # a row only the other side holds, in one version
        return [] if remote[0].known_by(local_ctx) else list(remote)
    local_keys = {v.key for v in local}
    remote_keys = {v.key for v in remote}
    kept = [v for v in local if v.key in remote_keys or not v.known_by(remote_ctx)]
    kept += [v for v in remote if v.key not in local_keys and not v.known_by(local_ctx)]
    merged: list[Version] = []
    for version in sorted(kept, key=lambda v: v.hlc):
        add_version(merged, version)
    return merged
