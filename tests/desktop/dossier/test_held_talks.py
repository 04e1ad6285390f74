"""A talk recorded in its step's form is held in the agenda too (no planned talk left over)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.agenda.planning import plan_talk
from desktop.domain.appointments import Appointment, AppointmentChange, AppointmentStatus
from desktop.dossier.saving import save
from desktop.journey import Rules
from desktop.store import Store

TODAY = date(2025, 3, 17)


def _plan(store: Store, person_id: str, kind: str, day: str) -> str:
    values = {"kind": kind, "date": day, "time": "10:00", "duration": "60",
              "place": "gemeentehuis"}  # fmt: skip
    return plan_talk(store, person_id, values, today=date(2025, 3, 1))


def _status(store: Store, talk_id: str) -> AppointmentStatus:
    with store.reading() as session:
        return session.get(Appointment, talk_id).status


def test_completing_the_koffie_en_koek_marks_its_planned_talk_held(
    store: Store, person_id: str, rules: Rules
) -> None:
    held = _plan(store, person_id, "koffie_en_koek", "14-03-2025")
    later = _plan(store, person_id, "koffie_en_koek", "24-03-2025")  # moved on: left alone
    other = _plan(store, person_id, "brede_intake", "12-03-2025")  # another talk: left alone
    save(store, person_id, "koffie_en_koek",
         {"held_on": "14-03-2025", "place": "rol", "interpreter_mode": "geen",
          "coa_casemanager": "Petra Smit", "agreements": "Brede Intake."},
         today=TODAY, rules=rules, complete=True)  # fmt: skip
    assert _status(store, held) is AppointmentStatus.GEHOUDEN
    assert _status(store, later) is AppointmentStatus.GEPLAND
    assert _status(store, other) is AppointmentStatus.GEPLAND
    with store.reading() as session:  # the talk's history says so
        changes = list(session.scalars(
            select(AppointmentChange).where(AppointmentChange.appointment_id == held)))  # fmt: skip
    assert [c.change.value for c in changes][-1] == "gehouden"


def test_a_progress_talk_saved_marks_the_planned_one_held(
    store: Store, person_id: str, rules: Rules
) -> None:
    talk = _plan(store, person_id, "voortgang", "17-03-2025")
    save(store, person_id, "progress_talk",
         {"held_on": "17-03-2025", "formal": True, "progress": "op_schema",
          "summary": "Gaat goed."}, today=TODAY, rules=rules)  # fmt: skip
    assert _status(store, talk) is AppointmentStatus.GEHOUDEN
