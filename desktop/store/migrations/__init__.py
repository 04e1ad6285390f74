"""Numbered schema migrations. ``PRAGMA user_version`` holds the number of the last one applied.

A migration is ``NNNN_name.sql`` (SQL statements, each ending in ``;``) in this package.
Migrations run in one transaction: a failure leaves the previous schema intact. They are never
edited once shipped; a change is a new file.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from desktop.store.errors import SchemaTooNew
from desktop.store.sql import SQLConnection

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Migration:
    """One numbered schema step."""

    number: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The statements, split at each ``;`` that ends one as SQLite reads it.

        A ``;`` inside a string, a comment or a trigger's body does not end a statement, so
        statements may span lines and share them.
        """
        body = "\n".join(
            line for line in self.sql.splitlines() if not line.lstrip().startswith("--")
        )
        found, pending = [], ""
        for piece in re.split(r"(?<=;)", body):
            pending += piece
            if sqlite3.complete_statement(pending):
                if pending.strip().rstrip(";").strip():
                    found.append(pending.strip())
                pending = ""
        if pending.strip():
            raise ValueError(f"migration {self.number:04d}: the last statement has no ';'")
        return found


def load_migrations() -> list[Migration]:
    """All shipped migrations, in order; numbers must run 1, 2, 3 without gaps."""
    found = []
    for entry in resources.files(__package__).iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.number)
    if [m.number for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations are not numbered 1..N without gaps")
    return found


MIGRATIONS = load_migrations()
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: SQLConnection) -> int:
    """The schema version of an open database."""
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(connection: Connection, target: int | None = None) -> list[int]:
    """Bring the schema up to ``target`` (default: the newest) inside the caller's transaction.

    Returns the numbers of the migrations run.
    """
    from sqlalchemy import text  # late: a glance at the store reads the version without it

    current = schema_version(connection)
    if current > len(MIGRATIONS):
        raise SchemaTooNew()
    applied = []
    for migration in MIGRATIONS[current : len(MIGRATIONS) if target is None else target]:
        for statement in migration.statements():
            connection.execute(text(statement))
        applied.append(migration.number)
    if applied:
        connection.exec_driver_sql(f"PRAGMA user_version = {applied[-1]}")
    return applied
