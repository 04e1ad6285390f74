"""Schema 10 on a database made by the previous version: StarterZ becomes a class in the Z-route.

002:439-440 "enkele Startklasplekken binnen de Z-route": a PIP with route "starterz" becomes a
Z-route PIP with a StarterZ record, and nothing that was recorded is lost.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from desktop.store import migrations

NOW = "2025-01-01 10:00:00"
RECORD = {"created_at": NOW, "created_by": "anna", "changed_at": NOW, "changed_by": "anna"}


def _insert(connection: object, table: str, **values: object) -> None:
    values = {**RECORD, **values}
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values)  # type: ignore[attr-defined]


def test_starterz_pips_become_z_with_a_starterz_record(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    with engine.begin() as connection:
        migrations.migrate(connection, target=9)  # the schema of the previous version
        for pid in ("p1", "p2"):
            _insert(connection, "person", id=pid, given_names="A", family_name="B",
                    name_original="", sex="", category="asielstatushouder", country_of_origin="",
                    languages="", interpreter_needed=False, phone="", email="", search_key="",
                    household_role="aanvrager", abroad=False, school_name="")  # fmt: skip
            _insert(connection, "trajectory", id=f"t-{pid}", person_id=pid,
                    koppeling_date="2024-11-01", end_note="", new_municipality="",
                    vwn_begeleider="")  # fmt: skip
        _insert(connection, "residence", id="r1", person_id="p1", kind="azc", location="",
                start_date="2024-11-01")  # fmt: skip
        # p1: a StarterZ PIP and no StarterZ record; p2: already has a StarterZ record.
        for pid, pip_id in (("p1", "pip-1"), ("p2", "pip-2")):
            _insert(connection, "pip", id=pip_id, person_id=pid, version=1, route="starterz",
                    deviation_reason="", change="initieel", change_reason="",
                    drafted_on="2024-12-01", signed_on="2024-12-05", beschikking_on="2024-12-10",
                    language_provider="Taalschool", route_started_on="2025-01-06",
                    support="Kinderopvang")  # fmt: skip
        _insert(connection, "starterz", id="s2", person_id="p2", started_on="2024-12-15",
                advice_on="2025-02-01", advice="starterz", notes="Observatie")  # fmt: skip
    with engine.begin() as connection:
        assert migrations.migrate(connection, target=10) == [10]
        pips = connection.execute(text(
            "SELECT id, route, change_reason, signed_on, beschikking_on, language_provider, "
            "support FROM pip ORDER BY id"
        )).all()  # fmt: skip
        klassen = connection.execute(
            text("SELECT id, person_id, started_on, advice, notes FROM starterz ORDER BY id")
        ).all()
        linked = connection.execute(
            text("SELECT person_id, linked_via FROM trajectory ORDER BY person_id")
        ).all()
    engine.dispose()
    assert [(p.id, p.route) for p in pips] == [("pip-1", "z"), ("pip-2", "z")]
    for pip in pips:  # every other value is kept; the old route is written down
        assert (pip.signed_on, pip.beschikking_on) == ("2024-12-05", "2024-12-10")
        assert (pip.language_provider, pip.support) == ("Taalschool", "Kinderopvang")
        assert "StarterZ" in pip.change_reason
    # p1 gets a record started when the route started; its id is the PIP's (same on every laptop).
    assert [(k.id, k.person_id, k.started_on, k.advice) for k in klassen] == [
        ("pip-1", "p1", "2025-01-06", None),
        ("s2", "p2", "2024-12-15", None),
    ]
    assert klassen[1].notes.startswith("Observatie") and "StarterZ-klas" in klassen[1].notes
    assert list(linked) == [("p1", "azc"), ("p2", None)]


def test_a_synced_starterz_route_from_a_laptop_not_yet_updated_is_read_as_z(store) -> None:  # type: ignore[no-untyped-def]
    # A laptop still on the previous version may sync a PIP with route "starterz" after this
    # one migrated: it is written as the Z-route, like the migration does.
    from desktop.domain.enums import Category, Route
    from desktop.domain.model import Person, Pip
    from desktop.sync.tables import table_named

    with store.transaction() as session:
        person = Person(given_names="A", family_name="B", category=Category.ASIELSTATUSHOUDER)
        session.add(person)
        session.flush()
        pip = Pip(person_id=person.id, version=1, route=Route.B1)
        session.add(pip)
        session.flush()
        pip_id = pip.id
    table = table_named("pip")
    assert table is not None
    with store.transaction() as session:
        table.update(session.connection(), pip_id, {"route": "starterz"})
    with store.reading() as session:
        assert session.get(Pip, pip_id).route is Route.Z  # type: ignore[union-attr]
