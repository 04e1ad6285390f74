"""The journey cache equals a fresh full evaluation after every kind of write, on every day.

Property-style: a team with varied journeys (the demo's households, the only source of every
step in every state), then saves, a sync from another laptop, a rules import and a purge, and
after each the kept rows are compared with ``evaluate`` over freshly loaded facts, on many days.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.caseload import load_caseload
from desktop.demo import populate_demo
from desktop.domain.model import KoffieEnKoek, Person, Pip, Trajectory
from desktop.journey import cache
from desktop.journey.cache import evaluate_with_validity, journeys
from desktop.journey.engine import evaluate
from desktop.journey.facts import load_facts
from desktop.journey.models import JourneyCache, JourneyDirty
from desktop.journey.rules import default_rules_path, load_rules
from desktop.journey.team import import_rules, team_rules
from desktop.privacy.retention import delete_dossiers, set_retention_years
from desktop.store import Store
from tests.conftest import demo_team
from tests.desktop.sync.conftest import fleet  # noqa: F401  # the three laptops of a team
from tests.desktop.sync.helpers import Fleet

TODAY = date(2026, 11, 25)
HARDINXVELD = default_rules_path().with_name("hardinxveld-giessendam.toml")


def _fresh(store: Store, today: date) -> dict[str, tuple[object, ...]]:
    """Every person's journey by a full evaluation, as the lists see it."""
    rules = team_rules(store)
    with store.reading() as session:
        facts = load_facts(session)
    found = {}
    for person_id, person_facts in facts.items():
        state = evaluate(person_facts, rules, today)
        deadline = state.next_deadline
        found[person_id] = (
            state.route, state.current_step, deadline.step if deadline else None,
            deadline.due if deadline else None, deadline.status if deadline else None,
            state.overdue, state.ended, tuple(v.code for v in state.violations),
            tuple((s.step, s.status, s.due, s.done_on, s.planned) for s in state.steps),
        )  # fmt: skip
    return found


def _cached(store: Store, today: date) -> dict[str, tuple[object, ...]]:
    with store.reading() as session:
        kept = journeys(session, today=today, steps=True)
    return {
        pid: (
            j.route, j.current_step, j.next_step, j.next_due, j.next_status, j.overdue, j.ended,
            j.violation_codes, tuple((s.step, s.status, s.due, s.done_on, s.planned)
                                     for s in j.steps),
        )
        for pid, j in kept.items()
    }  # fmt: skip


def _kept_rows(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(JourneyCache)) or 0


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A team of 120 demo people, unlocked by its admin (a purge needs one)."""
    yield from demo_team(tmp_path_factory.mktemp("team") / "data", people=120, today=TODAY, seed=7)


def test_after_the_demo_import_every_person_is_kept_and_nothing_is_dirty(team: Store) -> None:
    with team.reading() as session:
        dirty = session.scalar(select(func.count()).select_from(JourneyDirty))
        people = session.scalar(select(func.count()).select_from(Trajectory))
    assert dirty == 0 and _kept_rows(team) == people


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(offset=st.integers(min_value=-400, max_value=1500))
def test_the_cache_equals_a_full_evaluation_on_any_day(team: Store, offset: int) -> None:
    day = TODAY + timedelta(days=offset)
    assert _cached(team, day) == _fresh(team, day)


def test_validity_is_never_longer_than_the_journey_stays_the_same(team: Store) -> None:
    """Day by day over two years: where a row says it still holds, the journey is the same."""
    rules = load_rules()
    with team.reading() as session:
        facts = list(load_facts(session).values())[:40]
    for person_facts in facts:
        day = TODAY - timedelta(days=200)
        state, until = evaluate_with_validity(person_facts, rules, day)
        for _ in range(730):
            day += timedelta(days=1)
            if day > until:
                state, until = evaluate_with_validity(person_facts, rules, day)
                continue
            fresh = evaluate(person_facts, rules, day)
            assert fresh.steps == state.steps and fresh.violations == state.violations


def test_a_save_updates_the_kept_journey_of_that_person(store: Store) -> None:
    with store.transaction() as session:
        person = Person(given_names="Amal", family_name="Haddad")
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2026, 9, 20)))
    [row] = load_caseload(store, today=TODAY)
    assert row.overdue and row.next_step == "koffie_en_koek"
    with store.transaction() as session:
        session.add(KoffieEnKoek(person_id=person.id, held_on=date(2026, 10, 1)))
    with store.reading() as session:  # kept at the commit: the reader evaluates nothing
        kept = session.get(JourneyCache, person.id)
        assert kept is not None and kept.next_step != "koffie_en_koek"
        assert session.scalar(select(func.count()).select_from(JourneyDirty)) == 0
    assert _cached(store, TODAY) == _fresh(store, TODAY)


def test_after_an_incoming_sync_the_cache_equals_a_full_evaluation(fleet: Fleet) -> None:  # noqa: F811
    a, b, _ = fleet.laptops
    populate_demo(a.store, people=40, today=TODAY, seed=3)
    fleet.sync_all()
    assert _cached(b.store, TODAY) == _fresh(b.store, TODAY) != {}
    with a.store.transaction() as session:  # a change on one laptop, synced to the other
        pip = session.scalars(select(Pip).limit(1)).one()
        pip.beschikking_on = None
        trajectory = session.scalars(select(Trajectory).offset(3).limit(1)).one()
        trajectory.koppeling_date = TODAY - timedelta(days=90)
    fleet.sync_all()
    with b.store.reading() as session:  # the sync's commit kept them
        assert session.scalar(select(func.count()).select_from(JourneyDirty)) == 0
    for day in (TODAY, TODAY + timedelta(days=60)):
        assert _cached(b.store, day) == _fresh(b.store, day)


def test_a_purge_drops_the_kept_journeys_of_the_deleted(team: Store, tmp_path: Path) -> None:
    with team.reading() as session:
        ended = session.scalars(
            select(Trajectory.person_id).where(Trajectory.end_kind.is_not(None)).limit(3)
        ).all()
    assert ended
    before = _kept_rows(team)
    set_retention_years(team, 1)
    delete_dossiers(team, list(ended), today=TODAY + timedelta(days=3650))
    with team.reading() as session:
        left = session.scalars(
            select(JourneyCache.person_id).where(JourneyCache.person_id.in_(ended))
        ).all()
    assert left == [] and _kept_rows(team) == before - len(ended)
    assert _cached(team, TODAY) == _fresh(team, TODAY)


def test_new_rules_evaluate_everyone_again_with_progress(team: Store) -> None:
    import_rules(team, HARDINXVELD.read_text(encoding="utf-8"))
    seen: list[tuple[int, int]] = []
    with team.reading() as session:
        journeys(session, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert _cached(team, TODAY) == _fresh(team, TODAY)


def test_a_write_outside_the_orm_is_caught_by_the_reader(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also when the commit hook leaves the marks (a bulk write): the reader clears them."""
    with store.transaction() as session:
        person = Person(given_names="Senait", family_name="Tesfay")
        session.add_all([person, Person(given_names="Lina", family_name="Tesfay")])
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2026, 11, 16)))
    with store.engine.begin() as connection:  # raw SQL, no session: no commit hook
        connection.exec_driver_sql(
            "UPDATE trajectory SET koppeling_date = '2026-01-01' WHERE person_id = ?", (person.id,)
        )
        # A family member without a trajectory: marked, but without a journey to keep.
        connection.exec_driver_sql("UPDATE person SET given_names = 'Yusuf' WHERE id != ?",
                                   (person.id,))  # fmt: skip
    assert _cached(store, TODAY) == _fresh(store, TODAY)
    monkeypatch.setattr(cache, "COMMIT_LIMIT", 0)  # as after a bulk write: no hook
    load_caseload(store, today=TODAY)  # the caseload keeps what it evaluated
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(JourneyDirty)) == 0
    assert _cached(store, TODAY) == _fresh(store, TODAY)
