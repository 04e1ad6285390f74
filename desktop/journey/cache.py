"""Each person's evaluated klantreis, kept in the database for the lists (incremental journeys).

The caseload, Vandaag, the Agenda and ``wegwijzer deadlines`` need, per person, the current
step, the next deadline, the open steps' due dates and the violations' codes, never the notes.
Evaluating everyone on every open costs seconds at 50,000 people, so the results are kept in
``journey_cache`` (migration 11) and brought up to date for the people a write touched:

* triggers put the person of every written row of a table the facts come from into
  ``journey_dirty`` (whatever wrote it: a form, the sync's SQL, an import, a purge);
* the store's commit hook (:func:`attach`) re-evaluates those people in the same transaction;
* a row says for which rules (``rules_key``) and for which days (``evaluated_on`` to
  ``valid_until``) it holds: a reader re-evaluates only the rows that do not hold for its day,
  and everyone when the rules changed (with progress).

``valid_until`` comes from the evaluation itself: ``today`` is passed to the engine as a
:class:`_Probe`, a date that records every date it is compared with, so the last day on which
no comparison with ``today`` can turn out differently is known without a list to keep up.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import RowMapping, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.enums import Route
from desktop.domain.model import Trajectory
from desktop.journey.engine import (
    OPEN_STATUSES,
    JourneyState,
    StepKey,
    StepState,
    StepStatus,
    evaluate,
)
from desktop.journey.facts import JourneyFacts, load_facts
from desktop.journey.kept import holds, rules_key, team_rules_in
from desktop.journey.models import JourneyCache, JourneyDirty
from desktop.journey.rules import Rules
from desktop.store.snapshot_write import write_on_snapshot

#: More dirty people than this at a commit (an import, a first sync) are left to the next
#: reader, which evaluates them with progress instead of lengthening the commit.
COMMIT_LIMIT = 2000
#: Called with (done, total) while many people are evaluated.
Progress = Callable[[int, int], None]

_FAR = date.max - timedelta(days=1)


def current_rules(session: Session) -> tuple[Rules, str]:
    """The team's rules in force and their key, parsed once per version (like ``team_rules``)."""
    return team_rules_in(session.connection())


# -- evaluating with a probe for "today" ----------------------------------------------------


_seen = threading.local()


def _record(other: object) -> None:
    if isinstance(other, date):
        _seen.dates.append(other)


class _Probe(date):
    """A date that notes every date it is compared with (and dates made from it inherit it)."""

    __slots__ = ()

    def __lt__(self, other: object) -> bool:
        _record(other)
        return date.__lt__(self, other)  # type: ignore[operator]

    def __le__(self, other: object) -> bool:
        _record(other)
        return date.__le__(self, other)  # type: ignore[operator]

    def __gt__(self, other: object) -> bool:
        _record(other)
        return date.__gt__(self, other)  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        _record(other)
        return date.__ge__(self, other)  # type: ignore[operator]

    def __eq__(self, other: object) -> bool:
        _record(other)
        return date.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        _record(other)
        return date.__ne__(self, other)

    __hash__ = date.__hash__


def _soon_turns(rules: Rules, today: date, due: date) -> date:
    """The first day after ``today`` on which ``due`` counts as due soon."""
    low, high = today + timedelta(days=1), due
    while low < high:
        middle = low + (high - low) // 2
        if rules.due_soon.after(middle) >= due:
            high = middle
        else:
            low = middle + timedelta(days=1)
    return low


def evaluate_with_validity(
    facts: JourneyFacts, rules: Rules, today: date
) -> tuple[JourneyState, date]:
    """The klantreis on ``today`` and the last day it is the same (every status, every date)."""
    today = date(today.year, today.month, today.day)
    _seen.dates = []
    try:
        state = evaluate(facts, rules, _Probe(today.year, today.month, today.day))
        compared = _seen.dates
    finally:
        _seen.dates = []
    # A comparison with a day after today may turn out differently on that day, one with
    # today itself tomorrow; a day before today never again.
    until = _FAR
    for day in compared:
        if day > today:
            until = min(until, day - timedelta(days=1))
        elif day == today:
            until = today
    # "Due soon" compares with a day counted from today; an open step turns due soon on a
    # day of its own, the soonest for the soonest due date.
    soon = rules.due_soon.after(today)
    waiting = [s.due for s in state.steps if s.status is StepStatus.OPEN and s.due and s.due > soon]
    if waiting:
        until = min(until, _soon_turns(rules, today, min(waiting)) - timedelta(days=1))
    return state, max(until, today)


# -- what is kept ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CachedJourney:
    """What the lists need of one person's journey on a day (no notes, no messages)."""

    person_id: str
    route: Route | None
    current_step: StepKey | str | None
    current_step_label: str
    next_step: StepKey | str | None
    next_step_label: str
    next_due: date | None
    next_status: StepStatus | None
    overdue: bool
    ended: bool
    violation_codes: tuple[str, ...]
    #: Every step as kept (JSON: [step, status, due, done_on, planned, agreement, label], dates
    #: as ISO text; only when asked for with ``steps=True``): see :attr:`steps`.
    steps_json: str = "[]"

    @functools.cached_property
    def steps(self) -> tuple[StepState, ...]:
        """Every step without its note (only when asked for with ``steps=True``)."""
        return _steps_from(self.steps_json)

    @property
    def open_deadlines(self) -> tuple[StepState, ...]:
        """The open steps with a due date."""
        return tuple(s for s in self.steps if s.status in OPEN_STATUSES and s.due is not None)


_STEP_KEYS: dict[str, StepKey] = {key.value: key for key in StepKey}
_STATUSES: dict[str, StepStatus] = {status.value: status for status in StepStatus}


def _step_key(value: str | None) -> StepKey | str | None:
    if value is None:
        return None
    return _STEP_KEYS.get(value, value)  # a str: a step the team's rules file adds


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@functools.lru_cache(maxsize=8192)
def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _steps_json(steps: Iterable[StepState]) -> str:
    kept = [
        [str(s.step), s.status.value, _iso(s.due), _iso(s.done_on), _iso(s.planned),
         int(s.working_agreement), s.label]
        for s in steps
    ]  # fmt: skip
    return json.dumps(kept, separators=(",", ":"), ensure_ascii=False)


def _steps_from(text: str) -> tuple[StepState, ...]:
    keys, statuses, day = _STEP_KEYS, _STATUSES, _day
    return tuple(
        StepState(keys.get(key, key), statuses[status], day(due), day(done), None,
                  day(planned), bool(agreement), label)
        for key, status, due, done, planned, agreement, label in json.loads(text)
    )  # fmt: skip


def _row(person_id: str, state: JourneyState, key: str, today: date, until: date) -> dict[str, Any]:
    deadline = state.next_deadline
    current_label = next((s.label for s in state.steps if s.step == state.current_step), "")
    return {
        "person_id": person_id,
        "rules_key": key,
        "evaluated_on": today,
        "valid_until": until,
        "route": state.route.value if state.route else None,
        "current_step": str(state.current_step) if state.current_step else None,
        "current_step_label": current_label,
        "next_step": str(deadline.step) if deadline else None,
        "next_step_label": deadline.label if deadline else "",
        "next_due": deadline.due if deadline else None,
        "next_status": deadline.status.value if deadline else None,
        "overdue": state.overdue,
        "ended": state.ended,
        "violation_count": len(state.violations),
        "violation_codes": " ".join(v.code for v in state.violations),
        "steps": _steps_json(state.steps),
    }


def _journey(row: Mapping[str, Any] | RowMapping, with_steps: bool) -> CachedJourney:
    return CachedJourney(
        person_id=row["person_id"],
        route=Route(row["route"]) if row["route"] else None,
        current_step=_step_key(row["current_step"]),
        current_step_label=row["current_step_label"],
        next_step=_step_key(row["next_step"]),
        next_step_label=row["next_step_label"],
        next_due=row["next_due"],
        next_status=_STATUSES[row["next_status"]] if row["next_status"] else None,
        overdue=bool(row["overdue"]),
        ended=bool(row["ended"]),
        violation_codes=tuple(row["violation_codes"].split()),
        steps_json=row["steps"] if with_steps else "[]",
    )


# -- bringing rows up to date ---------------------------------------------------------------


def _evaluate_rows(
    session: Session,
    person_ids: Collection[str] | None,
    rules: Rules,
    key: str,
    today: date,
    progress: Progress | None = None,
) -> dict[str, dict[str, Any]]:
    facts = load_facts(session, person_ids)
    rows: dict[str, dict[str, Any]] = {}
    total = len(facts)
    for done, (person_id, person_facts) in enumerate(facts.items()):
        state, until = evaluate_with_validity(person_facts, rules, today)
        rows[person_id] = _row(person_id, state, key, today, until)
        if progress is not None and done % 500 == 0:
            progress(done, total)
    if progress is not None:
        progress(total, total)
    return rows


def _write(session: Session, rows: Iterable[dict[str, Any]], gone: Collection[str]) -> None:
    batch = list(rows)
    if batch:
        statement = insert(JourneyCache)
        columns = {c: statement.excluded[c] for c in batch[0] if c != "person_id"}
        session.execute(
            statement.on_conflict_do_update(index_elements=["person_id"], set_=columns), batch
        )
    for chunk in _chunks(list(gone)):
        session.execute(delete(JourneyCache).where(JourneyCache.person_id.in_(chunk)))


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def refresh(
    session: Session,
    person_ids: Collection[str] | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Evaluate ``person_ids`` (everyone when None) with the team's rules and keep the result.

    Runs inside the caller's write transaction; returns how many people were evaluated.
    """
    rules, key = current_rules(session)
    today = today or date.today()
    rows = _evaluate_rows(session, person_ids, rules, key, today, progress)
    wanted = set(person_ids) if person_ids is not None else _cached_ids(session)
    _write(session, rows.values(), wanted - rows.keys())
    if person_ids is None:
        session.execute(delete(JourneyDirty))
    else:
        for chunk in _chunks(list(person_ids)):
            session.execute(delete(JourneyDirty).where(JourneyDirty.person_id.in_(chunk)))
    return len(rows)


def _cached_ids(session: Session) -> set[str]:
    return set(session.scalars(select(JourneyCache.person_id)))


def attach(sessions: sessionmaker[Session]) -> None:
    """Re-evaluate, at every commit of ``sessions``, the people its writes touched."""
    from sqlalchemy import event

    def before_commit(session: Session) -> None:
        session.flush()  # before_commit comes before the commit's own flush: triggers first
        dirty = list(session.scalars(select(JourneyDirty.person_id).limit(COMMIT_LIMIT + 1)))
        if dirty and len(dirty) <= COMMIT_LIMIT:
            refresh(session, dirty)

    event.listen(sessions, "before_commit", before_commit)


# -- reading ---------------------------------------------------------------------------------


def journeys(
    session: Session,
    *,
    today: date,
    rules: Rules | None = None,
    person_ids: Collection[str] | None = None,
    steps: bool = False,
    progress: Progress | None = None,
) -> dict[str, CachedJourney]:
    """The journey of every person with a trajectory (or of ``person_ids``) on ``today``.

    Kept rows that hold for ``today`` and the rules are read; the others (touched by a write
    not yet evaluated, evaluated for other rules, or no longer valid on ``today``) are
    evaluated now and, when ``rules`` are the team's, kept again (see :func:`keep`).
    ``rules`` other than the team's (``deadlines --rules FILE``) are evaluated for everyone.
    """
    team_rules, team_key = current_rules(session)
    if rules is None:
        rules, key = team_rules, team_key
    else:
        key = rules_key(rules)
    columns = [c for c in JourneyCache.__table__.columns if steps or c.name != "steps"]
    query = select(*columns)
    people = select(Trajectory.person_id)
    if person_ids is not None:
        wanted = list(person_ids)
        query = query.where(JourneyCache.person_id.in_(wanted))
        people = people.where(Trajectory.person_id.in_(wanted))
    dirty = set(session.scalars(select(JourneyDirty.person_id)))
    if person_ids is not None:
        dirty &= set(wanted)
    found: dict[str, CachedJourney] = {}
    people_in_scope: set[str] = set(session.scalars(people))
    stale = set(people_in_scope)
    for row in session.execute(query).mappings():
        person_id = row["person_id"]
        if person_id not in stale:
            continue  # no trajectory any more: dropped by keep()
        if person_id not in dirty and holds(
            row["rules_key"], row["evaluated_on"], row["valid_until"], key, today
        ):
            found[person_id] = _journey(row, steps)
    stale -= found.keys()
    evaluated: dict[str, dict[str, Any]] = {}
    if stale:
        # Most of everyone: one pass over the tables is cheaper than a long list of ids.
        ids = None if person_ids is None and len(stale) > len(found) else stale
        evaluated = _evaluate_rows(session, ids, rules, key, today, progress)
        evaluated = {pid: row for pid, row in evaluated.items() if pid in stale}
        for person_id, values in evaluated.items():
            found[person_id] = _journey(values, steps)
    if key == team_key:
        # Marked people without a trajectory (family members, the deleted) have no journey.
        _pending.rows, _pending.gone = evaluated, dirty - people_in_scope
    return found


_pending = threading.local()


def keep(session: Session) -> int:
    """Write the rows the last :func:`journeys` of this thread evaluated; best effort.

    Called at the end of a reading session, in the same transaction: when another laptop or
    window wrote since it began, SQLite refuses the write (the snapshot is old) and the rows
    are simply evaluated again next time; it never waits for another writer.
    """
    rows: dict[str, dict[str, Any]] = getattr(_pending, "rows", None) or {}
    gone: set[str] = getattr(_pending, "gone", None) or set()
    _pending.rows, _pending.gone = {}, set()
    if not rows and not gone:
        return 0

    def write() -> None:
        _write(session, rows.values(), gone)
        for chunk in _chunks([*rows, *gone]):
            session.execute(delete(JourneyDirty).where(JourneyDirty.person_id.in_(chunk)))

    return len(rows) if write_on_snapshot(session, write) else 0
