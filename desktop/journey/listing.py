"""Everyone's current step and next deadline as ``wegwijzer deadlines`` lists them.

One read: the journey cache joined with the person, the trajectory and the consultant, in
plain rows (no ORM objects, no :class:`~desktop.journey.cache.CachedJourney` per person),
because the command's user waits for all of it at once. Rows that do not hold for ``today``
or for the rules (see :func:`desktop.journey.cache.holds`) are evaluated now, through
:func:`desktop.journey.cache.journeys`, and kept again. With ``notes`` everyone is evaluated
afresh, with each step's note and each violation's text (these are never kept).

The rows are plain values (text, numbers, ``None``, lists): the JSON the command writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.model import Consultant, Person, Trajectory
from desktop.domain.text import display_name
from desktop.journey.cache import current_rules, holds, journeys, keep, rules_key
from desktop.journey.engine import JourneyState, StepState, StepStatus, evaluate
from desktop.journey.facts import load_facts
from desktop.journey.labels import ROUTE_LABELS, status_label, step_label
from desktop.journey.models import JourneyCache, JourneyDirty
from desktop.journey.rules import Rules

_ROUTE_LABELS = {route.value: label for route, label in ROUTE_LABELS.items()}
_STATUS_LABELS = {status.value: status_label(status) for status in StepStatus}


@dataclass(frozen=True)
class Wanted:
    """Which people the listing holds (empty fields do not filter)."""

    #: Also people whose trajectory ended.
    ended: bool = False
    #: Only people with a late deadline.
    overdue_only: bool = False
    #: Part of the consultant's name, in any case.
    consultant: str = ""

    def __call__(self, consultant: str, overdue: bool, ended: bool) -> bool:
        if ended and not self.ended:
            return False
        if self.overdue_only and not overdue:
            return False
        wanted = self.consultant.casefold()
        return not wanted or wanted in consultant.casefold()


_COLUMNS = (
    Trajectory.person_id,
    Person.family_name,
    Person.given_names,
    Consultant.name,
    JourneyCache.rules_key,
    JourneyCache.evaluated_on,
    JourneyCache.valid_until,
    JourneyCache.route,
    JourneyCache.current_step,
    JourneyCache.next_step,
    JourneyCache.next_due,
    JourneyCache.next_status,
    JourneyCache.overdue,
    JourneyCache.ended,
    JourneyCache.violation_codes,
)


def deadline_rows(
    session: Session,
    *,
    today: date,
    rules: Rules | None = None,
    wanted: Wanted = Wanted(),
    steps: bool = False,
    notes: bool = False,
) -> list[dict[str, Any]]:
    """Every inburgeraar ``wanted`` on ``today``, soonest deadline first, then by name.

    ``rules``: other rules than the team's (``--rules FILE``: everyone is evaluated with them).
    ``steps``: with every step of the klantreis and the violations' codes; ``notes``: also
    each step's note and each violation's text (``steps`` implied).
    """
    team, team_key = current_rules(session)
    rules, key = (team, team_key) if rules is None else (rules, rules_key(rules))
    label = _Labels(rules)
    columns = (*_COLUMNS, JourneyCache.steps) if steps and not notes else _COLUMNS
    query = (
        select(*columns)
        .join(Person, Person.id == Trajectory.person_id)
        .outerjoin(Consultant, Consultant.id == Trajectory.consultant_id)
        .outerjoin(JourneyCache, JourneyCache.person_id == Trajectory.person_id)
    )
    dirty = set(session.scalars(select(JourneyDirty.person_id)))
    convert = _kept_steps(label) if steps else None
    found: list[tuple[tuple[date, str], dict[str, Any]]] = []
    people: dict[str, tuple[str, str]] = {}  # to evaluate now: name, consultant
    for row in session.execute(query):
        person_id, family, given, consultant = row[0], row[1], row[2], row[3] or ""
        if (
            notes
            or not holds(row.rules_key, row.evaluated_on, row.valid_until, key, today)
            or (person_id in dirty)
        ):
            people[person_id] = (display_name(family, given), consultant)
            continue
        if not wanted(consultant, row.overdue, row.ended):
            continue
        name = display_name(family, given)
        focus = row.next_step or row.current_step
        listed = _row(person_id, name, consultant, row.route, focus, row.next_step, row.next_due,
                      row.next_status, row.overdue, row.ended, label)  # fmt: skip
        if convert is not None:
            listed["steps"] = convert(row.steps)
            listed["violations"] = [{"code": code} for code in row.violation_codes.split()]
        found.append(((row.next_due or date.max, name), listed))
    if people:
        found.extend(_evaluated(session, people, today, rules, wanted, label, steps, notes))
    keep(session)  # the rows evaluated now, for the next reader
    found.sort(key=lambda pair: pair[0])
    return [listed for _order, listed in found]


def _evaluated(
    session: Session,
    people: dict[str, tuple[str, str]],
    today: date,
    rules: Rules,
    wanted: Wanted,
    label: _Labels,
    steps: bool,
    notes: bool,
) -> Iterable[tuple[tuple[date, str], dict[str, Any]]]:
    """The people whose kept row does not hold, evaluated now (with ``notes``: everyone)."""
    if notes:
        for person_id, facts in load_facts(session).items():
            if person_id in people:
                yield from _noted(person_id, *people[person_id], evaluate(facts, rules, today),
                                  wanted, label)  # fmt: skip
        return
    convert = _kept_steps(label)
    for person_id, kept in journeys(
        session, today=today, rules=rules, person_ids=people, steps=steps
    ).items():
        name, consultant = people[person_id]
        if not wanted(consultant, kept.overdue, kept.ended):
            continue
        next_step = str(kept.next_step) if kept.next_step else None
        focus = next_step or (str(kept.current_step) if kept.current_step else None)
        listed = _row(person_id, name, consultant, kept.route.value if kept.route else None,
                      focus, next_step, kept.next_due,
                      kept.next_status.value if kept.next_status else None, kept.overdue,
                      kept.ended, label)  # fmt: skip
        if steps:
            listed["steps"] = convert(kept.steps_json)
            listed["violations"] = [{"code": code} for code in kept.violation_codes]
        yield (kept.next_due or date.max, name), listed


def _noted(
    person_id: str, name: str, consultant: str, state: JourneyState, wanted: Wanted, label: _Labels
) -> Iterable[tuple[tuple[date, str], dict[str, Any]]]:
    """One person evaluated afresh, with the steps' notes and the violations' texts."""
    if not wanted(consultant, state.overdue, state.ended):
        return
    deadline = state.next_deadline
    next_step = str(deadline.step) if deadline else None
    focus = next_step or (str(state.current_step) if state.current_step else None)
    due = deadline.due if deadline else None
    listed = _row(person_id, name, consultant, state.route.value if state.route else None, focus,
                  next_step, due, deadline.status.value if deadline else None, state.overdue,
                  state.ended, label)  # fmt: skip
    listed["steps"] = [_noted_step(s, label) for s in state.steps]
    listed["violations"] = [
        {"code": v.code, "step": str(v.step), "message": v.message} for v in state.violations
    ]
    yield (due or date.max, name), listed


def _row(
    person_id: str,
    name: str,
    consultant: str,
    route: str | None,
    focus: str | None,
    next_step: str | None,
    due: date | None,
    status: str | None,
    overdue: bool,
    ended: bool,
    label: _Labels,
) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "name": name,
        "consultant": consultant,
        "route": route,
        "route_label": _ROUTE_LABELS[route] if route else "",
        "current_step": focus,
        "current_step_label": label[focus] if focus else "",
        "next_step": next_step,
        "next_step_label": label[next_step] if next_step else "",
        "due": due.isoformat() if due else None,
        "status": status,
        "status_label": _STATUS_LABELS[status] if status else "",
        "overdue": bool(overdue),
        "ended": bool(ended),
    }


class _Labels(dict[str, str]):
    """``step_label`` for ``rules`` by key (``labels[key]``), each key looked up once."""

    def __init__(self, rules: Rules) -> None:
        super().__init__()
        self.rules = rules

    def __missing__(self, key: str) -> str:
        found = self[key] = step_label(key, self.rules)
        return found


def _kept_steps(label: _Labels) -> Callable[[str], list[dict[str, Any]]]:
    """Kept steps (JSON, see ``CachedJourney.steps_json``) as the listing writes them."""

    def convert(kept: str) -> list[dict[str, Any]]:
        return [
            {"step": key, "label": own or label[key], "status": status,
             "status_label": _STATUS_LABELS[status], "due": due, "done_on": done_on,
             "planned": planned, "working_agreement": agreement == 1}
            for key, status, due, done_on, planned, agreement, own in orjson.loads(kept)
        ]  # fmt: skip

    return convert


def _noted_step(state: StepState, label: _Labels) -> dict[str, Any]:
    return {
        "step": str(state.step),
        "label": label[str(state.step)],
        "status": state.status.value,
        "status_label": _STATUS_LABELS[state.status.value],
        "due": state.due.isoformat() if state.due else None,
        "done_on": state.done_on.isoformat() if state.done_on else None,
        "planned": state.planned.isoformat() if state.planned else None,
        "note": state.note,
        "working_agreement": state.working_agreement,
    }
