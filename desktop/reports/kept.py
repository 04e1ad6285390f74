"""What the report counts of each inburgeraar, kept in the database between reports.

Reading every dossier (a query per table) and evaluating every klantreis on each period's day
costs seconds for 5,000 people, and the same work was redone for every visit, every period and
every period of the trend. So ``report_person`` (migration 13) keeps one row per person with a
trajectory, as JSON:

* the facts the indicators read (:data:`FACT_FIELDS`, the PIP versions, progress talks and
  activities as far as they are read), the consultant, the melding, handhaving and income;
* the klantreis as the indicators see it (:class:`~desktop.reports.journeys.ReportJourney`)
  on every month end from the inflow to the day the row was made (the last day of every
  month, quarter and year) and on that day itself, each with the last day it holds for
  (:func:`desktop.journey.cache.evaluate_with_validity`): a report of any period looks its
  days up instead of evaluating;
* for a trajectory that ended, its journey as if it had not ended, which the Koffie en Koek
  and Brede Intake terms read (only whether those steps apply and their due dates, which do
  not depend on the day: :mod:`desktop.journey.engine`).

Triggers (migration 13) put every person a write touched into ``report_dirty``, whatever
wrote (a form, a sync, an import, a purge); :func:`load_kept` makes the rows of those people,
of people new since, of rows made with other rules and of rows that do not reach the day
asked, and reads everyone else's row as it is. A day that no row covers (a custom period's
end that falls in no kept span) is evaluated from the dossier, for those people only.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    ActivityKind,
    Category,
    EndKind,
    EnforcementKind,
    IncomeKind,
    LegalGround,
    Route,
)
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.journey.cache import evaluate_with_validity
from desktop.journey.engine import StepKey, StepStatus, evaluate
from desktop.journey.facts import (
    Activity,
    JourneyFacts,
    PipVersion,
    ProgressTalkFact,
)
from desktop.journey.kept import rules_key
from desktop.journey.models import ReportDirty, ReportKept
from desktop.journey.rules import Rules
from desktop.reports.data import Enforcement, Income, ReportData, ReportPerson, load_people
from desktop.reports.journeys import READ_STEPS, JourneyMemo, ReportJourney, StepBrief, brief
from desktop.store.snapshot_write import write_on_snapshot

#: Bump when what a row holds changes: every row is made again.
VERSION = 2
#: Month ends before this day are not kept (a report that far back evaluates).
KEPT_FROM = date(2000, 1, 1)
#: The journey facts the indicators read (besides the PIP versions, progress talks and
#: activities): a row keeps these and no more. An indicator that reads another field of the
#: facts must add it here (tests/desktop/reports/test_kept.py compares with the full facts).
FACT_FIELDS = (
    "category", "birth_date", "koppeling_date", "housing_date", "end_kind", "end_date",
    "koffie_en_koek_held", "brede_intake_started", "brede_intake_completed",
    "starterz_started", "starterz_advice_on", "starterz_advice",
)  # fmt: skip
_ENUM_FIELDS: dict[str, Callable[[str], Any]] = {
    "category": Category,
    "end_kind": EndKind,
    "starterz_advice": Route,
}
_STEP_KEYS = {key.value: key for key in StepKey}
_ROUTES = {route.value: route for route in Route}
_ACTIVITIES = {kind.value: kind for kind in ActivityKind}
_ENFORCEMENT = {kind.value: kind for kind in EnforcementKind}
_GROUNDS = {ground.value: ground for ground in LegalGround}
_INCOME = {kind.value: kind for kind in IncomeKind}
_ENUM_VALUES: dict[str, dict[str, Any]] = {
    name: {member.value: member for member in kind}  # type: ignore[attr-defined]
    for name, kind in _ENUM_FIELDS.items()
}
_STATUSES = {status.value: status for status in StepStatus}


def inflow_date(person: ReportPerson) -> date | None:
    """As :func:`desktop.reports.indicators.inflow_date` (the indicators import this module)."""
    facts = person.facts
    return facts.koppeling_date or person.melding_date or facts.housing_date


def _ended_by(facts: JourneyFacts, day: date) -> bool:
    return facts.end_kind is not None and facts.end_date is not None and facts.end_date <= day


def _month_end(day: date) -> date:
    first = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first - timedelta(days=1)


def kept_days(person: ReportPerson, today: date) -> list[date]:
    """The days a row keeps the journey for: the month ends from the inflow (or
    :data:`KEPT_FROM`) while the trajectory runs, up to ``today``, and ``today``."""
    facts = person.facts
    came = inflow_date(person)
    first = max(came or KEPT_FROM, KEPT_FROM)
    last = today
    if facts.end_kind is not None and facts.end_date is not None:
        last = min(last, facts.end_date - timedelta(days=1))  # from the end: "ended"
    days = []
    day = _month_end(first)
    while day <= last:
        days.append(day)
        day = _month_end(day + timedelta(days=1))
    if first <= today <= last and (not days or days[-1] != today):
        days.append(today)
    return days


# -- encoding -----------------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


@functools.lru_cache(maxsize=65536)
def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _encode_journey(journey: ReportJourney) -> str:
    """``current|overdue|route|status|due|status|due|status|due`` (empty for None)."""
    parts = [str(journey.current_step) if journey.current_step is not None else "",
             "1" if journey.overdue else "",
             journey.route.value if journey.route is not None else ""]  # fmt: skip
    for _key, step in journey.steps:
        parts += [step.status.value, _iso(step.due) or ""]
    return "|".join(parts)


def _on(text: str) -> date:
    day = _day(text)
    assert day is not None
    return day


@functools.lru_cache(maxsize=65536)
def _brief(status: str, due: str) -> StepBrief:
    return StepBrief(_STATUSES[status], _day(due))


_decoded: dict[str, ReportJourney] = {}
_decoded_lock = threading.Lock()


def _decode_journey(text: str) -> ReportJourney:
    found = _decoded.get(text)
    if found is not None:
        return found
    current, overdue, route, s1, d1, s2, d2, s3, d3 = text.split("|")
    k1, k2, k3 = READ_STEPS
    found = ReportJourney(
        _STEP_KEYS.get(current, current) if current else None,
        bool(overdue),
        _ROUTES[route] if route else None,
        ((k1, _brief(s1, d1)), (k2, _brief(s2, d2)), (k3, _brief(s3, d3))),
    )
    with _decoded_lock:  # no personal data: steps, statuses and due dates only
        if len(_decoded) > 100_000:
            _decoded.clear()
        _decoded[text] = found
    return found


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _ENUM_FIELDS:
        return value.value
    return value.isoformat()


def make_row(person: ReportPerson, rules: Rules, today: date) -> dict[str, Any]:
    """The kept row of one person (from the full facts): what the indicators read and the
    journey on :func:`kept_days`."""
    facts = person.facts
    spans: list[str] = []
    until: date | None = None
    for day in kept_days(person, today):
        if until is not None and day <= until:
            continue  # the journey evaluated on an earlier day still holds
        state, until = evaluate_with_validity(facts, rules, day)
        # "from" and "until" as ISO days (10 characters each), then the journey
        spans.append(day.isoformat() + until.isoformat() + _encode_journey(brief(state)))
    unended = None
    if facts.end_kind is not None and facts.end_date is not None:
        # What the indicators read of it (whether Koffie en Koek and the Brede Intake apply,
        # and their due dates) is the same on every day: evaluated once, on the end.
        stripped = replace(facts, end_kind=None, end_date=None)
        unended = _encode_journey(brief(evaluate(stripped, rules, facts.end_date)))
    return {
        "f": [_value(name, getattr(facts, name)) for name in FACT_FIELDS],
        "p": [[v.version, v.route.value, _iso(v.signed_on), _iso(v.beschikking_on)]
              for v in facts.pip_versions],
        "t": [[_iso(t.held_on), int(t.formal)] for t in facts.progress_talks],
        "a": [[a.kind.value, a.hours_per_week, _iso(a.start), _iso(a.end)]
              for a in facts.activities],
        "c": person.consultant_id,
        "m": _iso(person.melding_date),
        "e": [[e.kind.value, e.on.isoformat(), e.ground.value] for e in person.enforcement],
        "i": [[i.kind.value, i.start.isoformat(), _iso(i.end)] for i in person.income],
        "j": spans,
        "u": unended,
    }  # fmt: skip


#: A JourneyFacts' fields with their defaults: a row's facts are made by filling a copy.
_BLANK_FACTS = dict(JourneyFacts().__dict__)


def _person(person_id: str, row: dict[str, Any]) -> ReportPerson:
    values = dict(_BLANK_FACTS)
    for name, value in zip(FACT_FIELDS, row["f"], strict=True):
        if value is not None:
            enum = _ENUM_VALUES.get(name)
            values[name] = enum[value] if enum is not None else _day(value)
    values["person_id"] = person_id
    values["pip_versions"] = tuple(
        PipVersion(version, _ROUTES[route], signed_on=_day(signed), beschikking_on=_day(fixed))
        for version, route, signed, fixed in row["p"]
    )
    values["progress_talks"] = tuple(ProgressTalkFact(_day(held), bool(formal))
                                     for held, formal in row["t"])  # fmt: skip
    values["activities"] = tuple(Activity(_ACTIVITIES[kind], hours, _day(start), _day(end))
                                 for kind, hours, start, end in row["a"])  # fmt: skip
    # Thousands are made per read: filled in directly, as the frozen dataclass's own
    # __init__ would (every field set, nothing computed), at a fraction of its cost.
    facts = object.__new__(JourneyFacts)
    facts.__dict__.update(values)
    return ReportPerson(
        facts=facts,
        consultant_id=row["c"],
        melding_date=_day(row["m"]),
        enforcement=tuple(Enforcement(_ENFORCEMENT[kind], _on(on), _GROUNDS[ground])
                          for kind, on, ground in row["e"]),
        income=tuple(Income(_INCOME[kind], _on(start), _day(end))
                     for kind, start, end in row["i"]),
    )  # fmt: skip


# -- the journeys of kept rows ---------------------------------------------------------------


class KeptJourneys:
    """The journeys the kept rows hold, looked up per day; a day a row does not cover is
    evaluated from the dossier (read with ``load``) and remembered in memory.

    Thread-safe enough for the screen's workers: lookups only read; the memory of evaluated
    days is guarded by a lock.
    """

    def __init__(
        self,
        key: str,
        spans: dict[str, list[str]],
        unended: dict[str, str | None],
        load: Callable[[Collection[str]], dict[str, JourneyFacts]],
    ) -> None:
        self.key = key
        self._spans = spans
        self._unended = unended
        self._load = load
        self._lock = threading.Lock()
        self._memo = JourneyMemo()
        self._facts: dict[str, JourneyFacts] = {}
        self._keys: dict[int, tuple[Rules, str]] = {}
        #: Per person the row's text and the person read from it (for the next read).
        self._texts: dict[str, tuple[str, ReportPerson | None]] = {}
        #: How many journeys had to be evaluated (a day no row covers, other rules).
        self.evaluations = 0

    def _key(self, rules: Rules) -> str:
        found = self._keys.get(id(rules))
        if found is None or found[0] is not rules:
            found = self._keys[id(rules)] = (rules, rules_key(rules))
        return found[1]

    def _covering(self, person_id: str, day: str) -> str | None:
        found = None
        for span in self._spans.get(person_id, ()):
            if span[:10] > day:
                break
            if day <= span[10:20]:
                found = span[20:]
        return found

    def states(
        self,
        running: Sequence[ReportPerson],
        stripped: Sequence[ReportPerson],
        rules: Rules,
        day: date,
    ) -> tuple[dict[str, ReportJourney], dict[str, ReportJourney]]:
        """The journeys on ``day`` of ``running`` and, as if they had not ended, of
        ``stripped`` (as :func:`desktop.reports.indicators.compute_report` needs them)."""
        same_rules = self._key(rules) == self.key
        text = day.isoformat()
        journey = _decode_journey
        states: dict[str, ReportJourney] = {}
        missing: list[str] = []
        for person in running:
            value = self._covering(person.person_id, text) if same_rules else None
            if value is None:
                missing.append(person.person_id)
            else:
                states[person.person_id] = journey(value)
        unended: dict[str, ReportJourney] = {}
        missing_unended: list[str] = []
        for person in stripped:
            value = self._unended.get(person.person_id) if same_rules else None
            if value is None:
                missing_unended.append(person.person_id)
            else:
                unended[person.person_id] = journey(value)
        if missing or missing_unended:
            facts = self._full_facts([*missing, *missing_unended])
            # Someone whose trajectory was deleted since the rows were read counts no more.
            missing = [p for p in missing if p in facts]
            missing_unended = [p for p in missing_unended if p in facts]
            states.update(self._memo.evaluated((facts[p] for p in missing), rules, day))
            bare = [replace(facts[p], end_kind=None, end_date=None) for p in missing_unended]
            unended.update(self._memo.evaluated(bare, rules, day))
            with self._lock:
                self.evaluations += len(missing) + len(missing_unended)
        return states, unended

    def _full_facts(self, person_ids: list[str]) -> dict[str, JourneyFacts]:
        with self._lock:
            wanted = [p for p in person_ids if p not in self._facts]
        if wanted:
            loaded = self._load(wanted)
            with self._lock:
                self._facts.update(loaded)
        return {p: self._facts[p] for p in person_ids if p in self._facts}


# -- reading and bringing up to date ----------------------------------------------------------


@dataclass
class Refreshed:
    """How many rows a :func:`load_kept` made (and why), for the benchmark and the tests."""

    made: int = 0
    dropped: int = 0
    written: bool = False


def load_kept(
    session: Session,
    rules: Rules,
    today: date,
    load: Callable[[Collection[str]], dict[str, JourneyFacts]],
    *,
    write: bool = True,
    previous: ReportData | None = None,
) -> tuple[ReportData, Refreshed]:
    """Everything the report counts, from the kept rows; the rows of people a write touched,
    of new people, of other rules and of rows that do not reach ``today`` are made first
    (and written back when ``write``, best effort: see :func:`desktop.journey.cache.keep`).
    ``load`` reads the full facts of a few people, in a session of its own, for a day that
    no row covers. ``previous``: data read before, whose people are reused where their row
    is still the same text (after a save, only the changed rows are decoded again)."""
    plain_key = rules_key(rules)
    key = hashlib.sha256(f"{VERSION}:{plain_key}".encode()).hexdigest()
    connection = session.connection()
    # The people in the order load_facts gives them (the same query: the same plan), so that
    # every list of people behind a figure comes out as from the dossiers.
    order = [row[0] for row in connection.execute(
        select(
            Trajectory.person_id, Trajectory.koppeling_date, Trajectory.voorinburgering_end,
            Trajectory.end_kind, Trajectory.end_date, Person.birth_date, Person.category,
            Trajectory.linked_via, Trajectory.melding_date, Trajectory.vwn_start,
            Trajectory.duo_registered_on,
        ).join(Person, Person.id == Trajectory.person_id)
    )]  # fmt: skip
    dirty = set(connection.execute(select(ReportDirty.person_id)).scalars())
    consultants = {row[0]: row[1] for row in connection.execute(
        select(Consultant.id, Consultant.name))}  # fmt: skip
    kept: dict[str, dict[str, Any]] = {}
    stale: set[str] = set()
    kept_ids: set[str] = set()
    before = previous.journeys if previous is not None else None
    reuse = before._texts if before is not None and before.key == plain_key else {}
    texts: dict[str, tuple[str, ReportPerson | None]] = {}
    today_text = today.isoformat()
    for person_id, row_key, made_text, text in connection.exec_driver_sql(
        "SELECT person_id, rules_key, made_on, data FROM report_person"
    ).all():  # plain rows: the JSON is decoded below, the day compared as text
        kept_ids.add(person_id)
        if row_key != key or person_id in dirty:
            stale.add(person_id)
            continue
        same = reuse.get(person_id)
        if same is not None and same[0] == text and before is not None:
            row = {"j": before._spans[person_id], "u": before._unended[person_id]}
            texts[person_id] = same
        else:
            row = json.loads(text)
            texts[person_id] = (text, None)
        if made_text != today_text and not _reaches(row, date.fromisoformat(made_text), today):
            stale.add(person_id)
            del texts[person_id]
            continue
        kept[person_id] = row
    people_ids = set(order)
    stale = (stale | (people_ids - kept.keys())) & people_ids
    made: dict[str, dict[str, Any]] = {}
    if stale:
        wanted = None if len(stale) > len(people_ids) // 2 else stale
        for dossier in load_people(session, wanted):
            if dossier.person_id in stale:
                made[dossier.person_id] = make_row(dossier, rules, today)
    gone = kept_ids - people_ids
    refreshed = Refreshed(made=len(made), dropped=len(gone))
    made_texts = {pid: json.dumps(row, separators=(",", ":")) for pid, row in made.items()}
    if write and (made or gone or dirty):
        refreshed.written = _write(session, made_texts, key, today, gone, dirty)
    kept.update(made)
    for person_id, text in made_texts.items():
        texts[person_id] = (text, None)
    people: list[ReportPerson] = []
    for person_id in order:
        found = kept.get(person_id)
        if found is None:
            continue
        text, known = texts[person_id]
        person = known if known is not None else _person(person_id, found)
        texts[person_id] = (text, person)
        people.append(person)
    journeys = KeptJourneys(
        plain_key,
        {pid: row["j"] for pid, row in kept.items()},
        {pid: row["u"] for pid, row in kept.items()},
        load,
    )
    journeys._texts = texts
    return ReportData(tuple(people), consultants, journeys), refreshed


def _reaches(row: dict[str, Any], made_on: date, today: date) -> bool:
    """True when the row, made on ``made_on``, holds the journey on every day it should keep
    for ``today`` too (a later day: the days between; an earlier day: that day)."""
    if today < made_on:
        return True  # an earlier day is a month end it keeps, or evaluated when asked
    spans = row["j"]
    if not spans:  # not running on any kept day: stays so only when it ended by then
        facts = dict(zip(FACT_FIELDS, row["f"], strict=True))
        end_kind, end_date = facts["end_kind"], facts["end_date"]
        return end_kind is not None and end_date is not None and end_date <= made_on.isoformat()
    day = made_on + timedelta(days=1)
    needed = []
    while True:
        end = _month_end(day)
        if end >= today:
            break
        needed.append(end)
        day = end + timedelta(days=1)
    needed.append(today)
    last = spans[-1]
    # The row keeps days up to made_on; the later days must fall in its last span (a trajectory
    # that ends or starts in between makes the row again: its days change).
    return all(last[:10] <= d.isoformat() <= last[10:20] for d in needed)


def _write(
    session: Session,
    made: dict[str, str],
    key: str,
    today: date,
    gone: Collection[str],
    dirty: Collection[str],
) -> bool:
    def write() -> None:
        batch = [
            {"person_id": pid, "rules_key": key, "made_on": today,
             "data": text}
            for pid, text in made.items()
        ]  # fmt: skip
        if batch:
            statement = insert(ReportKept)
            columns = {c: statement.excluded[c] for c in ("rules_key", "made_on", "data")}
            session.execute(
                statement.on_conflict_do_update(index_elements=["person_id"], set_=columns), batch
            )
        for chunk in _chunks(list(gone)):
            session.execute(delete(ReportKept).where(ReportKept.person_id.in_(chunk)))
        for chunk in _chunks(list(dirty)):
            session.execute(delete(ReportDirty).where(ReportDirty.person_id.in_(chunk)))

    return write_on_snapshot(session, write)


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
