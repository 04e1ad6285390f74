"""A glance reads through a plain connection only when the full opening would do nothing, is
braked like every unlock, and writes the same audit entries."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.access.errors import AccountDisabled, TooManyAttempts
from desktop.access.glance import glance
from desktop.access.review import verify
from desktop.access.session import unlock
from desktop.access.throttle import FREE_ATTEMPTS
from desktop.access.users import add_user
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.journey.listing import Wanted, deadline_rows, kept_deadline_rows
from desktop.store import Store, settings
from desktop.store.errors import DamagedDatabase, WrongPassphrase
from desktop.store.paths import DATABASE_NAME
from desktop.store.sql import SQLConnection
from tests.conftest import FAST_KDF, PASSPHRASE, demo_team

TODAY = date(2026, 11, 25)
OTHER = "een ander lang wachtwoord"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Store]:
    yield from demo_team(tmp_path / "team", people=40, today=TODAY, seed=3)


def _rows(today: date, wanted: Wanted | None = None) -> Any:
    def reading(connection: SQLConnection) -> list[dict[str, Any]] | None:
        return kept_deadline_rows(connection, today=today, wanted=wanted or Wanted(), steps=True)

    return reading


def _actions(store: Store) -> list[str]:
    with store.reading() as session:
        query = select(AuditEntry.action).order_by(AuditEntry.seq)
        return [str(action) for action in session.scalars(query)]


def test_a_glance_lists_what_the_store_lists(team: Store) -> None:
    folder = team.location.folder
    for wanted in (Wanted(), Wanted(overdue_only=True), Wanted(ended=True, consultant="a")):
        with team.reading() as session:
            expected = deadline_rows(session, today=TODAY, wanted=wanted, steps=True)
        with glance(folder, PASSPHRASE) as look:
            assert look.quick
            assert look.read(_rows(TODAY, wanted)) == expected
    assert expected  # the filters left someone to compare


def test_rows_that_do_not_hold_need_the_full_store(team: Store) -> None:
    later = TODAY + timedelta(days=400)  # kept rows hold for some days, not for a year
    with glance(team.location.folder, PASSPHRASE) as look:
        assert look.read(_rows(later)) is None
        with look.store().reading() as session:
            listed = deadline_rows(session, today=later, steps=True)  # evaluated and kept
    with glance(team.location.folder, PASSPHRASE) as look:
        assert look.read(_rows(later)) == listed


def test_the_session_and_the_command_are_audited_in_the_chain(team: Store) -> None:
    before = _actions(team)
    with glance(team.location.folder, PASSPHRASE) as look:
        look.read(_rows(TODAY))
        look.record(Action.DEADLINES, detail="40 personen (opdrachtregel)")
    assert _actions(team)[len(before) :] == [Action.LOGIN, Action.DEADLINES]
    assert verify(team).intact
    # The same two through the full store: its session is started once.
    with glance(team.location.folder, PASSPHRASE) as look:
        look.store()
        look.record(Action.DEADLINES)
    assert _actions(team)[len(before) + 2 :] == [Action.LOGIN, Action.DEADLINES]
    assert verify(team).intact


def test_a_copied_data_folder_is_opened_fully_and_takes_its_new_file(
    team: Store, tmp_path: Path
) -> None:
    team.close()
    copy = tmp_path / "copy"
    shutil.copytree(team.location.folder, copy)
    with glance(copy, PASSPHRASE) as look:
        assert not look.quick  # notice_copy has to see it
        look.store()
    with glance(copy, PASSPHRASE) as look:
        assert look.quick


def test_a_user_no_longer_active_is_refused(team: Store) -> None:
    add_user(team, "tamara", OTHER, params=FAST_KDF)
    with team.transaction() as session:  # as an older key file restored beside the database
        session.connection().exec_driver_sql("UPDATE app_user SET active = 0 WHERE name = 'tamara'")
    with glance(team.location.folder, OTHER) as look:
        assert not look.quick
        with pytest.raises(AccountDisabled):
            look.store()


def test_glances_are_braked_like_every_unlock(new_store: tuple[Store, str]) -> None:
    store, _key = new_store
    store.close()
    folder = store.location.folder
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            glance(folder, "dit is het niet meer")
    with pytest.raises(TooManyAttempts):
        glance(folder, PASSPHRASE)
    with pytest.raises(TooManyAttempts):
        unlock(folder, PASSPHRASE)


def test_a_damaged_database_is_said_and_not_counted_as_a_guess(
    new_store: tuple[Store, str],
) -> None:
    store, _key = new_store
    folder = store.location.folder
    with store.transaction() as session:
        settings.DATABASE_ID.set(session.connection(), "een andere database")
    store.close()
    for _ in range(FREE_ATTEMPTS + 1):  # given back each time: no wait follows
        with pytest.raises(DamagedDatabase):
            glance(folder, PASSPHRASE)
    (folder / DATABASE_NAME).write_bytes(b"\x07" * 8192)  # not a database at all
    with pytest.raises(DamagedDatabase):
        glance(folder, PASSPHRASE)
