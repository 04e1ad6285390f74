"""The report rows kept between reports (desktop/reports/kept.py): after saves, a sync, a purge
and writes outside the ORM, the kept rows equal rows made anew from every dossier, and every
report counted from them equals the report counted from the dossiers, on any period."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from desktop.demo import populate_demo
from desktop.domain.enums import EndKind, EnforcementKind, IncomeKind, LegalGround
from desktop.domain.model import (
    Handhaving,
    IncomeSituation,
    KoffieEnKoek,
    Pip,
    ProgressTalk,
    Trajectory,
)
from desktop.journey.models import ReportDirty, ReportKept
from desktop.journey.rules import default_rules_path
from desktop.journey.team import import_rules, team_rules
from desktop.privacy.retention import delete_dossiers, set_retention_years
from desktop.reports import Period, Report, build_report, month, quarter, year
from desktop.reports.data import load_people
from desktop.reports.kept import FACT_FIELDS, make_row
from desktop.reports.service import load_data, load_dossiers
from desktop.store import Store
from tests.conftest import demo_team
from tests.desktop.sync.conftest import fleet  # noqa: F401  # the three laptops of a team
from tests.desktop.sync.helpers import Fleet

TODAY = date(2026, 11, 25)
HARDINXVELD = default_rules_path().with_name("hardinxveld-giessendam.toml")


def _figures(report: Report) -> list[Any]:
    """Everything a report says, the people behind each figure in their order included."""
    return [
        (r.period, r.as_of, i.key, i.value, i.total, i.person_ids,
         tuple((e.label.render(), e.value) for e in i.extras),
         tuple((b.key, tuple((p.key, p.count, p.person_ids) for p in b.parts))
               for b in i.breakdowns))
        for r in (report, *report.earlier)
        for i in r.indicators
    ]  # fmt: skip


def _same_report(store: Store, period: Period, today: date = TODAY) -> None:
    rules = team_rules(store)
    kept = load_data(store, today=today, rules=rules)
    from_rows = build_report(store, period, today=today, rules=rules, data=kept, trend=3)
    full = build_report(store, period, today=today, rules=rules, data=load_dossiers(store),
                        trend=3)  # fmt: skip
    assert _figures(from_rows) == _figures(full)


def _kept(store: Store) -> dict[str, Any]:
    with store.reading() as session:
        rows = session.execute(select(ReportKept.person_id, ReportKept.data)).all()
    return {person_id: json.loads(data) for person_id, data in rows}


def _rebuilt(store: Store) -> dict[str, Any]:
    """Every row made anew from every dossier, for the day it was made on (what a full
    rebuild would keep)."""
    rules = team_rules(store)
    with store.reading() as session:
        people = load_people(session)
        made_on = dict(session.execute(select(ReportKept.person_id, ReportKept.made_on)).all())
    return {
        p.person_id: json.loads(json.dumps(make_row(p, rules, made_on.get(p.person_id, TODAY))))
        for p in people
    }


def _dirty(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(ReportDirty)) or 0


def _up_to_date(store: Store, today: date = TODAY) -> None:
    load_data(store, today=today)  # reads, makes the touched rows again and keeps them
    assert _dirty(store) == 0
    assert _kept(store) == _rebuilt(store) != {}


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A team of 120 demo people, unlocked by its admin (a purge needs one)."""
    yield from demo_team(tmp_path_factory.mktemp("team") / "data", people=120, today=TODAY, seed=7)


def test_the_first_read_keeps_a_row_for_everyone_with_a_trajectory(team: Store) -> None:
    _up_to_date(team)
    with team.reading() as session:
        people = session.scalar(select(func.count()).select_from(Trajectory))
    assert len(_kept(team)) == people
    row = next(iter(_kept(team).values()))
    assert len(row["f"]) == len(FACT_FIELDS)


PERIODS = st.one_of(
    st.builds(year, st.integers(2023, 2027)),
    st.builds(quarter, st.integers(2024, 2026), st.integers(1, 4)),
    st.builds(month, st.integers(2025, 2026), st.integers(1, 12)),
    st.builds(lambda start, days: Period(start, start + timedelta(days=days)),
              st.dates(date(2024, 1, 1), date(2026, 12, 31)), st.integers(0, 500)),
)  # fmt: skip


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(period=PERIODS, later=st.integers(0, 120))
def test_a_report_from_the_kept_rows_equals_one_from_the_dossiers(
    team: Store, period: Period, later: int
) -> None:
    # Also on a later day than the rows were made on (a custom period's end is looked up in
    # the span around it, or evaluated from the dossier).
    _same_report(team, period, TODAY + timedelta(days=later))


EDITS = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(
    ["kek", "pip", "end", "handhaving", "income", "talk", "consultant"]),
    st.integers(-200, 200)), min_size=1, max_size=6)  # fmt: skip


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(edits=EDITS)
def test_after_random_saves_the_kept_rows_equal_a_full_rebuild(
    team: Store, edits: list[tuple[int, str, int]]
) -> None:
    load_data(team, today=TODAY)
    with team.transaction() as session:
        people = session.scalars(select(Trajectory).order_by(Trajectory.person_id)).all()
        for pick, what, days in edits:
            trajectory = people[pick % len(people)]
            person_id, day = trajectory.person_id, TODAY + timedelta(days=days)
            if what == "kek":
                session.add(KoffieEnKoek(person_id=person_id, held_on=day))
            elif what == "pip":
                pip = session.scalars(select(Pip).where(Pip.person_id == person_id)).first()
                if pip is not None:
                    pip.beschikking_on = day
            elif what == "end":
                trajectory.end_kind, trajectory.end_date = EndKind.VERHUISD, day
            elif what == "handhaving":
                session.add(Handhaving(person_id=person_id, kind=EnforcementKind.GESPREK,
                                       on_date=day, legal_ground=LegalGround.WI2021))  # fmt: skip
            elif what == "income":
                session.add(IncomeSituation(person_id=person_id, kind=IncomeKind.WERK,
                                            start_date=day))  # fmt: skip
            elif what == "talk":
                session.add(ProgressTalk(person_id=person_id, held_on=day))
            else:
                trajectory.consultant_id = people[(pick + 1) % len(people)].consultant_id
    _up_to_date(team)
    _same_report(team, year(2026))


def test_a_write_outside_the_orm_is_seen_by_the_next_read(team: Store) -> None:
    _up_to_date(team)
    with team.reading() as session:
        person_id = session.scalars(select(Trajectory.person_id).limit(1)).one()
    with team.engine.begin() as connection:  # raw SQL, as a sync or an import writes
        connection.exec_driver_sql(
            "UPDATE trajectory SET koppeling_date = '2026-02-02' WHERE person_id = ?", (person_id,)
        )
    assert _dirty(team) == 1
    _up_to_date(team)
    assert _kept(team)[person_id]["f"][FACT_FIELDS.index("koppeling_date")] == "2026-02-02"


def test_after_an_incoming_sync_the_kept_rows_equal_a_full_rebuild(fleet: Fleet) -> None:  # noqa: F811
    a, b, _ = fleet.laptops
    populate_demo(a.store, people=40, today=TODAY, seed=3)
    fleet.sync_all()
    _up_to_date(b.store)
    with a.store.transaction() as session:  # a change on one laptop, synced to the other
        pip = session.scalars(select(Pip).limit(1)).one()
        pip.beschikking_on = None
        trajectory = session.scalars(select(Trajectory).offset(3).limit(1)).one()
        trajectory.koppeling_date = TODAY - timedelta(days=90)
        session.add(Handhaving(person_id=trajectory.person_id, kind=EnforcementKind.BOETE,
                               on_date=TODAY, legal_ground=LegalGround.WI2021))  # fmt: skip
    fleet.sync_all()
    assert _dirty(b.store) > 0
    _up_to_date(b.store)
    _same_report(b.store, year(2026))


def test_a_purge_deletes_the_kept_rows_of_the_deleted_at_once(team: Store) -> None:
    _up_to_date(team)
    with team.reading() as session:
        ended = session.scalars(
            select(Trajectory.person_id).where(Trajectory.end_kind.is_not(None)).limit(3)
        ).all()
    assert ended
    set_retention_years(team, 1)
    delete_dossiers(team, list(ended), today=TODAY + timedelta(days=3650))
    with team.reading() as session:  # gone with the dossier, before any report reads
        left = session.scalars(
            select(ReportKept.person_id).where(ReportKept.person_id.in_(ended))
        ).all()
    assert left == []
    _up_to_date(team)
    _same_report(team, year(2026))


def test_a_later_day_makes_only_the_rows_that_do_not_reach_it(team: Store) -> None:
    from desktop.reports.kept import load_kept

    # Every row made on TODAY (the module's other tests may have made some on a later day,
    # which then reach the day after TODAY already).
    with team.transaction() as session:
        session.execute(delete(ReportKept))
    _up_to_date(team)
    rules = team_rules(team)
    with team.reading() as session:
        _data, refreshed = load_kept(session, rules, TODAY + timedelta(days=1), lambda _ids: {})
    assert 0 < refreshed.made < len(_kept(team))
    _up_to_date(team, TODAY + timedelta(days=1))


def test_new_rules_make_every_row_again(team: Store, tmp_path: Path) -> None:
    _up_to_date(team)
    import_rules(team, HARDINXVELD.read_text(encoding="utf-8"))
    before = _kept(team)
    _up_to_date(team)
    assert _kept(team) != before
    _same_report(team, year(2026))
