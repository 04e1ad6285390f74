"""The deadlines listing: the kept rows give what a fresh evaluation gives, person for person.

``deadline_rows`` reads the journey cache in one query and evaluates only the people whose
kept row does not hold (a write the commit hook did not see, another day, other rules);
``notes=True`` evaluates everyone afresh. Both must list the same people in the same order
with the same values, whatever mix of kept and evaluated rows a reader meets.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.journey.listing import Wanted, deadline_rows
from desktop.journey.models import JourneyDirty
from desktop.journey.rules import default_rules_path, load_rules
from desktop.store import Store
from tests.conftest import demo_team

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from demo_team(
        tmp_path_factory.mktemp("listing") / "data", people=90, today=TODAY, seed=11
    )


def _rows(store: Store, **options: Any) -> list[dict[str, Any]]:
    with store.reading() as session:
        return deadline_rows(session, **options)


def _without_notes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            **row,
            "steps": [{k: v for k, v in s.items() if k != "note"} for s in row["steps"]],
            "violations": [{"code": v["code"]} for v in row["violations"]],
        }
        for row in rows
    ]


def _dirty(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(JourneyDirty)) or 0


@pytest.mark.parametrize("offset", [0, 40, 400])
def test_kept_rows_list_what_a_fresh_evaluation_lists(team: Store, offset: int) -> None:
    day = TODAY + timedelta(days=offset)  # later days: kept rows that no longer hold
    everyone = Wanted(ended=True)
    kept = _rows(team, today=day, wanted=everyone, steps=True)
    fresh = _without_notes(_rows(team, today=day, wanted=everyone, steps=True, notes=True))
    assert kept == fresh
    assert len(kept) > 30 and any(r["ended"] for r in kept) and any(r["overdue"] for r in kept)
    dues = [(r["due"] or "9999", r["name"]) for r in kept]
    assert dues == sorted(dues)  # soonest deadline first, then by name


def test_a_write_the_commit_hook_did_not_see_is_evaluated_and_kept(team: Store) -> None:
    with team.engine.begin() as connection:  # raw SQL: marked dirty by the triggers only
        connection.exec_driver_sql(
            "UPDATE trajectory SET koppeling_date = '2025-01-02' WHERE person_id IN "
            "(SELECT person_id FROM trajectory ORDER BY person_id LIMIT 7)"
        )
    assert _dirty(team) >= 7
    kept = _rows(team, today=TODAY, wanted=Wanted(ended=True), steps=True)
    fresh = _rows(team, today=TODAY, wanted=Wanted(ended=True), steps=True, notes=True)
    assert kept == _without_notes(fresh)
    assert _dirty(team) == 0  # evaluated once, kept for the next reader


def test_the_filters_take_out_exactly_the_rows_they_name(team: Store) -> None:
    everyone = _rows(team, today=TODAY, wanted=Wanted(ended=True))
    assert _rows(team, today=TODAY) == [r for r in everyone if not r["ended"]]
    late = _rows(team, today=TODAY, wanted=Wanted(overdue_only=True))
    assert late and late == [r for r in everyone if r["overdue"] and not r["ended"]]
    name = everyone[0]["consultant"]
    part = name.split()[-1].upper()  # part of the name, in another case
    mine = _rows(team, today=TODAY, wanted=Wanted(ended=True, consultant=part))
    assert mine == [r for r in everyone if part.casefold() in r["consultant"].casefold()]
    assert "steps" not in everyone[0]  # steps only when asked for


def test_other_rules_are_evaluated_for_everyone_and_not_kept(team: Store) -> None:
    other = load_rules(default_rules_path().with_name("hardinxveld-giessendam.toml"))
    listed = _rows(team, today=TODAY, rules=other, wanted=Wanted(ended=True), steps=True)
    labels = {s["label"] for r in listed for s in r["steps"]}
    assert "Bezoek sociaal team" in labels  # the other file's own step, with its name
    own = _rows(team, today=TODAY, wanted=Wanted(ended=True), steps=True)
    assert "Bezoek sociaal team" not in {s["label"] for r in own for s in r["steps"]}
