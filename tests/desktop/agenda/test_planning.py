"""Planning, moving, cancelling and holding talks, and what the klantreis makes of them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop.agenda.planning import (
    TalkClosed,
    cancel_talk,
    change_talk,
    load_talk,
    load_talks,
    mark_held,
    parse_talk,
    plan_talk,
)
from desktop.agenda.week import DeadlineIndex, load_agenda, week_start
from desktop.audit.models import AuditEntry
from desktop.documents.batch import koffie_en_koek_between
from desktop.documents.data import load_handout_person
from desktop.domain.appointments import AppointmentStatus, ChangeKind, TalkKind
from desktop.domain.enums import Category, InterpreterMode, Place
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.dossier.validation import ValidationFailed
from desktop.journey import StepKey, StepStatus, evaluate, load_rules
from desktop.journey.facts import facts_for_person
from desktop.store import Store

TODAY = date(2025, 3, 3)  # a Monday
KOPPELING = date(2025, 2, 20)  # Koffie en Koek due 3 weeks later: 13-03-2025 (a Thursday)
KEK_DUE = date(2025, 3, 13)


def _person(store: Store, koppeling: date = KOPPELING) -> str:
    with store.transaction() as session:
        consultant = Consultant(name="Anna de Vries")
        person = Person(given_names="Rami", family_name="Haddad", v_nummer="2001234567",
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add_all([consultant, person])
        session.flush()
        session.add(Trajectory(person_id=person.id, consultant_id=consultant.id,
                               koppeling_date=koppeling))  # fmt: skip
        return person.id


def _values(day: str, at: str = "10:00", **more: str) -> dict[str, str | bool | None]:
    values: dict[str, str | bool | None] = {
        "kind": "koffie_en_koek", "date": day, "time": at, "duration": "90", "place": "rol",
        "place_detail": "ROL Zwolle", "interpreter_mode": "telefonisch",
        "interpreter_language": "ar", "coa_casemanager": "J. Bakker",
    }  # fmt: skip
    values.update(more)
    return values


def _kek(store: Store, person: str, today: date = TODAY) -> tuple[StepStatus, date | None]:
    with store.reading() as session:
        state = evaluate(facts_for_person(session, person), load_rules(), today)
    step = state.step(StepKey.KOFFIE_EN_KOEK)
    return step.status, step.planned


def test_the_due_date_computed_by_hand() -> None:
    assert load_rules().koffie_en_koek.term.after(KOPPELING) == KEK_DUE


def test_a_talk_planned_on_the_deadline_removes_the_alarm(store: Store) -> None:
    person = _person(store)
    # Ten days before the deadline it is "due soon"; planned on the deadline day: planned.
    assert _kek(store, person)[0] is StepStatus.DUE_SOON
    plan_talk(store, person, _values("13-03-2025"), today=TODAY)
    assert _kek(store, person) == (StepStatus.PLANNED, KEK_DUE)


def test_a_talk_planned_after_the_deadline_is_planned_late(store: Store) -> None:
    person = _person(store)
    plan_talk(store, person, _values("14-03-2025"), today=TODAY)  # one day after 13-03
    assert _kek(store, person) == (StepStatus.PLANNED_LATE, date(2025, 3, 14))
    with store.reading() as session:
        state = evaluate(facts_for_person(session, person), load_rules(), TODAY)
    assert state.overdue  # planned late is still an alarm


def test_an_overdue_step_planned_later_stays_an_alarm(store: Store) -> None:
    person = _person(store, koppeling=date(2025, 1, 20))  # due 10-02-2025: overdue on 03-03
    assert _kek(store, person)[0] is StepStatus.OVERDUE
    plan_talk(store, person, _values("05-03-2025"), today=TODAY)
    assert _kek(store, person) == (StepStatus.PLANNED_LATE, date(2025, 3, 5))


def test_a_planned_day_that_passed_without_the_talk_counts_for_nothing(store: Store) -> None:
    person = _person(store)
    plan_talk(store, person, _values("10-03-2025"), today=TODAY)
    assert _kek(store, person, today=date(2025, 3, 10))[0] is StepStatus.PLANNED
    # 14-03: the talk of 10-03 was never recorded and the deadline of 13-03 has passed.
    assert _kek(store, person, today=date(2025, 3, 14)) == (StepStatus.OVERDUE, None)


def test_moving_and_cancelling_are_recorded(store: Store) -> None:
    person = _person(store)
    talk_id = plan_talk(store, person, _values("12-03-2025"), today=TODAY)
    assert change_talk(store, talk_id, _values("12-03-2025", attendees="taalcoach"),
                       today=TODAY) is ChangeKind.GEWIJZIGD  # fmt: skip
    moved = _values("14-03-2025", "14:30", reason="Tolk niet beschikbaar")
    assert change_talk(store, talk_id, moved, today=TODAY) is ChangeKind.VERPLAATST
    assert change_talk(store, talk_id, moved, today=TODAY) is None  # nothing changed
    talk = load_talk(store, talk_id)
    assert talk.starts_at == datetime(2025, 3, 14, 14, 30)
    assert talk.sequence == 1  # only the move raises the SEQUENCE
    assert _kek(store, person)[0] is StepStatus.PLANNED_LATE
    with pytest.raises(ValidationFailed) as failed:
        cancel_talk(store, talk_id, reason=" ")
    assert failed.value.message_for("reason") == "Vul in waarom het gesprek niet doorgaat."
    cancel_talk(store, talk_id, reason="Verhuisd naar een andere gemeente")
    talk = load_talk(store, talk_id)
    assert (talk.status, talk.sequence) == (AppointmentStatus.GEANNULEERD, 2)
    assert [line.change for line in talk.history] == [
        ChangeKind.GEPLAND, ChangeKind.GEWIJZIGD, ChangeKind.VERPLAATST, ChangeKind.GEANNULEERD
    ]  # fmt: skip
    move = talk.history[2]
    assert (move.old_starts_at, move.new_starts_at, move.reason) == (
        datetime(2025, 3, 12, 10), datetime(2025, 3, 14, 14, 30), "Tolk niet beschikbaar"
    )  # fmt: skip
    assert move.by == store.user
    assert _kek(store, person)[0] is StepStatus.DUE_SOON  # cancelled: the alarm is back
    with pytest.raises(TalkClosed):
        change_talk(store, talk_id, _values("20-03-2025"), today=TODAY)
    with store.reading() as session:
        tables = set(session.scalars(
            select(AuditEntry.record_table).where(AuditEntry.person_id == person)
        ))  # fmt: skip
    assert {"appointment", "appointment_change"} <= tables  # in the audit trail too


def test_holding_a_talk(store: Store) -> None:
    person = _person(store)
    talk_id = plan_talk(store, person, _values("04-03-2025"), today=TODAY)
    mark_held(store, talk_id)
    (talk,) = load_talks(store, person)
    assert talk.status is AppointmentStatus.GEHOUDEN
    assert _kek(store, person)[0] is StepStatus.DUE_SOON  # the step's own form completes it


def test_the_form_is_checked_field_by_field() -> None:
    with pytest.raises(ValidationFailed) as failed:
        parse_talk({"kind": "", "date": "31-02-2025", "time": "25:00", "duration": "0",
                    "place": "overig", "interpreter_mode": "aanwezig"}, today=TODAY)  # fmt: skip
    messages = {error.field: error.message for error in failed.value.errors}
    assert messages == {
        "kind": "Kies welk gesprek je plant.",
        "date": "Schrijf de datum als dd-mm-jjjj.",
        "time": "Schrijf de tijd als uu:mm, bijvoorbeeld 09:30.",
        "duration": "Vul de duur in minuten in (5 tot 480).",
        "place_detail": "Vul in waar het gesprek is.",
        "interpreter_language": "Vul de taal van de tolk in.",
    }
    with pytest.raises(ValidationFailed) as failed:
        parse_talk(_values("28-02-2025", "06:30"), today=TODAY)
    assert failed.value.message_for("date") == "Een gesprek plan je vandaag of later."
    assert failed.value.message_for("time") == "Kies een begintijd tussen 07:00 en 21:00."
    parsed = parse_talk(_values("3-3-25", "930", interpreter_mode="geen"), today=TODAY)
    assert parsed.starts_at == datetime(2025, 3, 3, 9, 30)
    assert (parsed.place, parsed.interpreter_mode, parsed.interpreter_language) == (
        Place.ROL, InterpreterMode.GEEN, "")  # fmt: skip


def test_the_handout_and_the_rol_batch_read_the_agenda(store: Store) -> None:
    person = _person(store)
    talk_id = plan_talk(store, person, _values("12-03-2025"), today=TODAY)
    with store.reading() as session:
        handout = load_handout_person(session, person, today=TODAY, rules=load_rules())
    (invitation,) = handout.appointments
    assert (invitation.kind, invitation.when, invitation.place) == (
        "koffie_en_koek", datetime(2025, 3, 12, 10), "ROL Zwolle")  # fmt: skip
    assert invitation.interpreter and invitation.by_phone
    assert koffie_en_koek_between(store, date(2025, 3, 10), date(2025, 3, 16)) == [person]
    cancel_talk(store, talk_id, reason="Ziek")
    assert koffie_en_koek_between(store, date(2025, 3, 10), date(2025, 3, 16)) == []


def test_the_week_lists_talks_next_to_deadlines(store: Store) -> None:
    person = _person(store)
    rules = load_rules()
    plan_talk(store, person, _values("12-03-2025", "09:30"), today=TODAY)
    monday = week_start(date(2025, 3, 12))
    assert monday == date(2025, 3, 10)
    week = load_agenda(store, first=monday, days=7, today=TODAY, rules=rules)
    assert [(e.day, e.kind, e.is_talk) for e in week] == [
        (date(2025, 3, 12), "koffie_en_koek", True),  # the talk
        (KEK_DUE, "koffie_en_koek", False),  # and its deadline, marked as planned
    ]
    assert week[1].step_status is StepStatus.PLANNED and week[1].planned == date(2025, 3, 12)
    with store.reading() as session:
        other = session.query(Consultant).filter(Consultant.name != "x").first()
    assert other is not None
    assert len(load_agenda(store, first=monday, days=7, today=TODAY, rules=rules,
                           consultant_id=other.id)) == 2  # fmt: skip
    assert load_agenda(store, first=monday, days=7, today=TODAY, rules=rules,
                       consultant_id="nobody") == []  # fmt: skip
    # The index answers the same, and a refresh of one person follows a move.
    index = DeadlineIndex.build(store, today=TODAY, rules=rules)
    assert load_agenda(store, first=monday, days=7, today=TODAY, rules=rules,
                       index=index) == week  # fmt: skip
    (talk,) = load_talks(store, person)
    change_talk(store, talk.id, _values("14-03-2025", "09:30"), today=TODAY)
    index = index.refreshed(store, [person], rules=rules)
    (deadline,) = index.between(monday, monday.replace(day=16), None)
    assert deadline.step_status is StepStatus.PLANNED_LATE

    def every(found: DeadlineIndex) -> list[object]:
        rows = found.between(date(2025, 1, 1), date(2030, 1, 1), None)
        return sorted(rows, key=lambda e: (e.day, e.person_id, e.kind))

    assert every(index) == every(DeadlineIndex.build(store, today=TODAY, rules=rules))
    assert TalkKind(week[0].kind) is TalkKind.KOFFIE_EN_KOEK


def test_talks_and_their_history_are_held_once_for_inzage_and_retention(store: Store) -> None:
    from desktop.privacy.holdings import holdings

    person = _person(store)
    talk_id = plan_talk(store, person, _values("12-03-2025"), today=TODAY)
    change_talk(store, talk_id, _values("14-03-2025"), today=TODAY)
    with store.reading() as session:
        found = [table.name for table, _row in holdings(session.connection(), person)]
    assert found.count("appointment") == 1
    assert found.count("appointment_change") == 2  # planned, moved: each once
