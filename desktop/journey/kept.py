"""When a kept journey (a row of ``journey_cache``) still holds: the rules it was evaluated
with (their fingerprint) and the days it covers.

Without SQLAlchemy and the models, so that ``wegwijzer deadlines`` can read the kept rows
through a plain connection (:mod:`desktop.access.glance`); :mod:`desktop.journey.cache` keeps
the rows and uses the same fingerprint.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from typing import Any

from desktop.journey.rules import Rules, RulesError, load_rules, parse_rules
from desktop.store.sql import SQLConnection

#: Bump when the engine or the cached columns change: every row is then evaluated again.
CACHE_VERSION = 1


def _canonical(value: Any) -> Any:
    """A representation of ``value`` that is the same in every process (no set order)."""
    if is_dataclass(value) and not isinstance(value, type):
        named = tuple(
            (f.name, _canonical(getattr(value, f.name)))
            for f in fields(value)
            if f.name != "source_file"
        )
        return (type(value).__name__, *named)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (frozenset, set)):
        return ("set", tuple(sorted((_canonical(item) for item in value), key=repr)))
    if isinstance(value, (tuple, list)):
        return tuple(_canonical(item) for item in value)
    if isinstance(value, dict):
        return ("dict", tuple(sorted(((repr(k), _canonical(v)) for k, v in value.items()))))
    return value


def rules_key(rules: Rules) -> str:
    """A fingerprint of the rules (and of the cache's version): equal rules, equal key."""
    from desktop import __version__

    text = repr((CACHE_VERSION, __version__, _canonical(rules)))
    return hashlib.sha256(text.encode()).hexdigest()


_memo_lock = threading.Lock()
_memo: dict[tuple[object, ...], tuple[Rules, str]] = {}

#: The team's newest rules version (as ``team_rules`` picks it).
_NEWEST = (
    "SELECT id, version, changed_at FROM rules_version "
    "ORDER BY version DESC, created_at DESC, id DESC LIMIT 1"
)


def team_rules_in(connection: SQLConnection) -> tuple[Rules, str]:
    """The team's rules in force and their key, parsed once per version (like ``team_rules``)."""
    newest = connection.exec_driver_sql(_NEWEST).first()
    memo_key: tuple[object, ...] = tuple(newest) if newest is not None else ("default",)
    with _memo_lock:
        found = _memo.get(memo_key)
    if found is not None:
        return found
    rules = load_rules()
    if newest is not None:
        text = connection.exec_driver_sql(
            "SELECT text FROM rules_version WHERE id = ?", (newest[0],)
        ).scalar()
        # As team_rules: a version from a newer Wegwijzer falls back to the shipped rules.
        with contextlib.suppress(RulesError):
            rules = parse_rules(text or "", f"teamregels versie {newest[1]}")
    found = (rules, rules_key(rules))
    with _memo_lock:
        _memo[memo_key] = found
    return found


def holds(
    kept_key: str | None, evaluated_on: date | None, valid_until: date | None, key: str, today: date
) -> bool:
    """Whether a kept row (its rules key and days; all None when there is none) holds for the
    rules with ``key`` on ``today``; the row of a person in ``journey_dirty`` (a write touched
    them) never holds, whatever this says."""
    return (
        kept_key == key
        and evaluated_on is not None
        and valid_until is not None
        and evaluated_on <= today <= valid_until
    )
