"""Signalering: what is overdue, due this week and due next week, per consultant or team.

Lists every open step with a due date (not just each person's next one), so that a consultant
planning the week sees the PVT due next week behind a progress talk due today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from desktop.domain.model import Consultant, Person, PersonId, Trajectory
from desktop.domain.text import display_name
from desktop.journey.cache import journeys, keep
from desktop.journey.engine import OPEN_STATUSES, StepKey, StepStatus, evaluate
from desktop.journey.facts import load_facts
from desktop.journey.rules import Rules
from desktop.messages import Message
from desktop.store import Store


class Bucket(StrEnum):
    """When a step is due, seen from today."""

    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    NEXT_WEEK = "next_week"


@dataclass(frozen=True)
class Signal:
    """One open step with a due date that needs attention soon."""

    person_id: PersonId
    display_name: str
    name_original: str
    consultant_id: str | None
    consultant_name: str
    step: StepKey | str  # a str: a step the team's rules file adds
    due: date
    status: StepStatus
    bucket: Bucket
    text: Message | None = None  # the step's note (core catalogue)
    step_label: str = ""  # the name of a step of the team's rules file (else empty)

    @property
    def note(self) -> str:
        """The step's note in the current language; empty when there is none."""
        return str(self.text) if self.text is not None else ""


def week_end(day: date) -> date:
    """The Sunday of ``day``'s week (weeks run Monday to Sunday, as in the Netherlands)."""
    return day + timedelta(days=6 - day.weekday())


def bucket_for(due: date, today: date) -> Bucket | None:
    """Which list a due date belongs in, or None when it is further away."""
    if due < today:
        return Bucket.OVERDUE
    if due <= week_end(today):
        return Bucket.THIS_WEEK
    if due <= week_end(today) + timedelta(days=7):
        return Bucket.NEXT_WEEK
    return None


def load_signals(
    store: Store, *, today: date, rules: Rules, consultant_id: str | None = None
) -> list[Signal]:
    """Open steps due by the end of next week (or overdue), most urgent first.

    ``consultant_id`` limits the list to one consultant's people; None is the whole team.
    """
    with store.reading() as session:
        query = (
            select(Person.id, Person.family_name, Person.given_names, Person.name_original,
                   Trajectory.consultant_id, Consultant.name)
            .join(Trajectory, Trajectory.person_id == Person.id)
            .outerjoin(Consultant, Consultant.id == Trajectory.consultant_id)
        )  # fmt: skip
        if consultant_id is not None:
            query = query.where(Trajectory.consultant_id == consultant_id)
        people = list(session.execute(query))
        # The kept journeys say who has a step due by next week; only they are evaluated
        # again, for their notes.
        kept = journeys(
            session,
            today=today,
            rules=rules,
            steps=True,
            person_ids=None if consultant_id is None else [r.id for r in people],
        )
        wanted = [
            pid for pid, journey in kept.items()
            if any(bucket_for(s.due, today) for s in journey.open_deadlines if s.due)
        ]  # fmt: skip
        facts = load_facts(session, wanted) if wanted else {}
        keep(session)
    signals = []
    for row in people:
        person_facts = facts.get(row.id)
        if person_facts is None:
            continue
        state = evaluate(person_facts, rules, today)
        for step in state.steps:
            if step.status not in OPEN_STATUSES or step.due is None:
                continue
            bucket = bucket_for(step.due, today)
            if bucket is None:
                continue
            signals.append(Signal(
                PersonId(row.id), display_name(row.family_name, row.given_names), row.name_original,
                row.consultant_id, row.name or "", step.step, step.due, step.status, bucket,
                step.text, step.label,
            ))  # fmt: skip
    signals.sort(key=lambda s: (s.due, s.display_name))
    return signals
