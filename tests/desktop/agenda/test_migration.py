"""Migration 6 turns the talks planned before it (planned_at of the step tables) into
appointments, with the step record's id so that every laptop makes the same one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from desktop.store import migrations

STAMP = "'2024-09-01 08:00:00.000000', 'demo', '2024-09-01 08:00:00.000000', 'demo'"


def test_planned_talks_before_the_agenda_become_appointments(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    with engine.begin() as connection:
        migrations.migrate(connection, 6)  # the schema before the agenda (7)
        rows = [
            "INSERT INTO person (id, given_names, family_name, name_original, sex, category, "
            "country_of_origin, languages, interpreter_needed, phone, email, search_key, "
            "household_role, abroad, school_name, created_at, created_by, changed_at, "
            f"changed_by) VALUES ('p1', 'Rami', 'Haddad', '', '', 'asielstatushouder', 'SY', "
            f"'ar', 1, '', '', '', 'aanvrager', 0, '', {STAMP})",
            "INSERT INTO koffie_en_koek (id, person_id, planned_at, held_on, place, "
            "place_detail, coa_casemanager, interpreter_language, interpreter_mode, "
            "topic_acquaintance, topic_voorinburgering, topic_housing_family, topic_questions, "
            "agreements, klantreis_handed_over, klantreis_language, created_at, created_by, "
            "changed_at, changed_by) VALUES ('k1', 'p1', '2024-09-16 10:00:00.000000', NULL, "
            "'rol', 'ROL Zwolle', 'J. Bakker', 'ar', 'telefonisch', '', '', '', '', '', 0, '', "
            f"{STAMP})",
            "INSERT INTO progress_talk (id, person_id, planned_at, held_on, formal, summary, "
            "created_at, created_by, changed_at, changed_by) VALUES ('t1', 'p1', "
            f"'2025-03-20 09:30:00.000000', '2025-03-20', 1, '', {STAMP})",
            "INSERT INTO progress_talk (id, person_id, planned_at, held_on, formal, summary, "
            f"created_at, created_by, changed_at, changed_by) VALUES ('t2', 'p1', NULL, NULL, 1, "
            f"'', {STAMP})",
        ]
        for row in rows:
            connection.execute(text(row))
        assert migrations.migrate(connection, 7) == [7]
        found = connection.execute(text(
            "SELECT id, person_id, kind, starts_at, place, place_detail, interpreter_mode, "
            "coa_casemanager, status, sequence FROM appointment ORDER BY starts_at"
        )).all()  # fmt: skip
    engine.dispose()
    assert [tuple(row) for row in found] == [
        ("k1", "p1", "koffie_en_koek", "2024-09-16 10:00:00.000000", "rol", "ROL Zwolle",
         "telefonisch", "J. Bakker", "gepland", 0),
        ("t1", "p1", "voortgang", "2025-03-20 09:30:00.000000", "gemeentehuis", "", "geen", "",
         "gehouden", 0),
    ]  # fmt: skip
