"""Schema migrations: from the first schema onward, in one transaction, matching the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from desktop.schema import metadata
from desktop.store import Store, migrations
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION, Migration


def _shape(engine_url: str) -> dict[str, object]:
    engine = create_engine(engine_url)
    inspector = inspect(engine)
    shape: dict[str, object] = {}
    for table in inspector.get_table_names():
        shape[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)
            ],
            "pk": inspector.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
            ),
            "unique": sorted(
                tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
            ),
        }
    engine.dispose()
    return shape


def test_migrations_are_numbered_from_one() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))
    assert MIGRATIONS[0].name == "initial"


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite"
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.begin() as connection:
        assert migrations.migrate(connection) == list(range(1, SCHEMA_VERSION + 1))
        assert migrations.schema_version(connection) == SCHEMA_VERSION
    engine.dispose()
    modelled = tmp_path / "modelled.sqlite"
    engine = create_engine(f"sqlite:///{modelled}")
    metadata.create_all(engine)
    engine.dispose()
    assert _shape(f"sqlite:///{migrated}") == _shape(f"sqlite:///{modelled}")


def test_each_step_applies_on_top_of_the_previous(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'steps.sqlite'}")
    for target in range(1, SCHEMA_VERSION + 1):
        with engine.begin() as connection:
            assert migrations.migrate(connection, target) == [target]
            assert migrations.schema_version(connection) == target
    with engine.begin() as connection:
        assert migrations.migrate(connection) == []
    engine.dispose()


def test_a_failing_migration_leaves_the_previous_schema(
    store_dir: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = Migration(
        SCHEMA_VERSION + 1,
        "broken",
        "CREATE TABLE extra (id TEXT);\nINSERT INTO no_such_table VALUES (1);\n",
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(Exception, match="no_such_table"), store.engine.begin() as connection:
        migrations.migrate(connection)
    with store.engine.connect() as connection:
        assert migrations.schema_version(connection) == SCHEMA_VERSION
        tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "extra" not in tables


def test_store_upgrades_an_older_schema_on_open(
    store_dir: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import PASSPHRASE

    store.close()
    extra = Migration(
        SCHEMA_VERSION + 1, "add_note", "ALTER TABLE consultant ADD COLUMN note TEXT;\n"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, extra])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(store_dir, PASSPHRASE) as upgraded, upgraded.engine.connect() as connection:
        assert migrations.schema_version(connection) == SCHEMA_VERSION + 1
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(consultant)")]
    assert "note" in columns


def test_shipped_sql_parses_in_plain_sqlite() -> None:
    connection = sqlite3.connect(":memory:")
    for migration in MIGRATIONS:
        for statement in migration.statements():
            connection.execute(statement)
    connection.close()


def test_statements_split_where_sqlite_says_one_ends() -> None:
    sql = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE note (id TEXT, body TEXT DEFAULT 'a; b');\n"
        "CREATE TABLE seen (id TEXT); CREATE INDEX ix_seen ON seen (id);\n"
        "CREATE TRIGGER note_seen AFTER INSERT ON note\n"
        "BEGIN\n"
        "    INSERT INTO seen (id) VALUES (new.id);\n"
        "    UPDATE seen SET id = id\n"
        "        WHERE id = new.id;\n"
        "END;\n"
    )
    statements = Migration(99, "trigger", sql).statements()
    assert len(statements) == 4
    assert statements[3].startswith("CREATE TRIGGER") and statements[3].endswith("END;")
    connection = sqlite3.connect(":memory:")
    for statement in statements:
        connection.execute(statement)
    connection.execute("INSERT INTO note (id) VALUES ('x')")
    assert connection.execute("SELECT id FROM seen").fetchall() == [("x",)]
    connection.close()


def test_a_statement_without_its_semicolon_is_refused() -> None:
    with pytest.raises(ValueError, match="no ';'"):
        Migration(99, "open", "CREATE TABLE a (id TEXT);\nCREATE TABLE b (id TEXT)\n").statements()


def test_shipped_statements_are_what_the_line_splitter_made() -> None:
    """The shipped files split as before (they are never edited, and must not change).

    Only the first ten: from 11 on, migrations have triggers, which the old splitter cut.
    """
    for migration in MIGRATIONS[:10]:
        body = "\n".join(
            line for line in migration.sql.splitlines() if not line.lstrip().startswith("--")
        )
        old = [s.strip() for s in body.split(";\n") if s.strip().rstrip(";").strip()]
        assert [s.rstrip(";") for s in migration.statements()] == [s.rstrip(";") for s in old]
