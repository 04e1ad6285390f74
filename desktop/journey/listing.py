"""Everyone's current step and next deadline as ``wegwijzer deadlines`` lists them.

One read: the journey cache joined with the person, the trajectory and the consultant, in
plain rows (no ORM objects, no :class:`~desktop.journey.cache.CachedJourney` per person),
because the command's user waits for all of it at once. Rows that do not hold for ``today``
or for the rules (see :func:`desktop.journey.kept.holds`) are evaluated now, through
:func:`desktop.journey.cache.journeys`, and kept again. With ``notes`` everyone is evaluated
afresh, with each step's note and each violation's text (these are never kept).

The read is plain SQL (:func:`kept_deadline_rows`), so that the command can make it through
a plain connection when every kept row holds, without importing SQLAlchemy and the models
(:mod:`desktop.access.glance`); :func:`deadline_rows` reads the same way in a session and
evaluates what does not hold.

The rows are plain values (text, numbers, ``None``, lists): the JSON the command writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import orjson

from desktop.domain.text import display_name
from desktop.journey.engine import JourneyState, StepState, StepStatus, evaluate
from desktop.journey.kept import holds, rules_key, team_rules_in
from desktop.journey.labels import ROUTE_LABELS, status_label, step_label
from desktop.journey.rules import Rules
from desktop.store.sql import SQLConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


#: Per person with a trajectory: the person, the consultant and the kept journey, if any.
_QUERY = """
SELECT t.person_id, p.family_name, p.given_names, c.name,
       j.rules_key, j.evaluated_on, j.valid_until, j.route, j.current_step, j.next_step,
       j.next_due, j.next_status, j.overdue, j.ended, j.violation_codes{steps}
FROM trajectory AS t
JOIN person AS p ON p.id = t.person_id
LEFT JOIN consultant AS c ON c.id = t.consultant_id
LEFT JOIN journey_cache AS j ON j.person_id = t.person_id
"""

#: A listed row with what it is sorted by: the deadline (none last), then the name.
_Found = tuple[tuple[date, str], dict[str, Any]]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _scan(
    connection: SQLConnection,
    *,
    today: date,
    key: str,
    label: _Labels,
    wanted: Wanted,
    steps: bool,
    notes: bool,
) -> tuple[list[_Found], dict[str, tuple[str, str]]]:
    """The kept rows that hold, listed; and the people to evaluate now (name, consultant):
    their row does not hold for ``today`` or ``key``, a write touched them, or ``notes``."""
    query = _QUERY.format(steps=", j.steps" if steps and not notes else "")
    dirty = {row[0] for row in connection.exec_driver_sql("SELECT person_id FROM journey_dirty")}
    convert = _kept_steps(label) if steps else None
    found: list[_Found] = []
    people: dict[str, tuple[str, str]] = {}
    for row in connection.exec_driver_sql(query):
        person_id, family, given, consultant = row[0], row[1], row[2], row[3] or ""
        (kept_key, evaluated_on, valid_until, route, current, next_step, next_due, status,
         overdue, ended, codes) = row[4:15]  # fmt: skip
        if (
            notes
            or not holds(kept_key, _day(evaluated_on), _day(valid_until), key, today)
            or (person_id in dirty)
        ):
            people[person_id] = (display_name(family, given), consultant)
            continue
        if not wanted(consultant, overdue, ended):
            continue
        name = display_name(family, given)
        due = _day(next_due)
        listed = _row(person_id, name, consultant, route, next_step or current, next_step, due,
                      status, overdue, ended, label)  # fmt: skip
        if convert is not None:
            listed["steps"] = convert(row[15])
            listed["violations"] = [{"code": code} for code in codes.split()]
        found.append(((due or date.max, name), listed))
    return found, people


def kept_deadline_rows(
    connection: SQLConnection, *, today: date, wanted: Wanted = Wanted(), steps: bool = False
) -> list[dict[str, Any]] | None:
    """:func:`deadline_rows` with the team's rules, from the kept rows alone; ``None`` when
    someone's row does not hold (then :func:`deadline_rows` evaluates them in a session)."""
    rules, key = team_rules_in(connection)
    found, people = _scan(connection, today=today, key=key, label=_Labels(rules), wanted=wanted,
                          steps=steps, notes=False)  # fmt: skip
    if people:
        return None
    return _sorted(found)


def _sorted(found: list[_Found]) -> list[dict[str, Any]]:
    found.sort(key=lambda pair: pair[0])
    return [listed for _order, listed in found]


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
    from desktop.journey.cache import keep  # late: the cache imports SQLAlchemy and models

    connection = session.connection()
    team, team_key = team_rules_in(connection)
    rules, key = (team, team_key) if rules is None else (rules, rules_key(rules))
    label = _Labels(rules)
    found, people = _scan(connection, today=today, key=key, label=label, wanted=wanted,
                          steps=steps, notes=notes)  # fmt: skip
    if people:
        found.extend(_evaluated(session, people, today, rules, wanted, label, steps, notes))
    keep(session)  # the rows evaluated now, for the next reader
    return _sorted(found)


def _evaluated(
    session: Session,
    people: dict[str, tuple[str, str]],
    today: date,
    rules: Rules,
    wanted: Wanted,
    label: _Labels,
    steps: bool,
    notes: bool,
) -> Iterable[_Found]:
    """The people whose kept row does not hold, evaluated now (with ``notes``: everyone)."""
    from desktop.journey.cache import journeys
    from desktop.journey.facts import load_facts

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
) -> Iterable[_Found]:
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
