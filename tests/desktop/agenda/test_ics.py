"""The .ics export read back with the icalendar library: fields, time zone, privacy, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from desktop.agenda.ics import export_ics
from desktop.agenda.planning import cancel_talk, change_talk, plan_talk
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.domain.enums import Category, LifeDomain
from desktop.domain.model import BredeIntake, IntakeDomain, Person, Trajectory
from desktop.store import Store

TODAY = date(2025, 3, 3)
NOW = datetime(2025, 3, 3, 8, 15, tzinfo=UTC)


def _person(store: Store) -> str:
    with store.transaction() as session:
        person = Person(given_names="Rami Ali", family_name="Haddad", v_nummer="2001234567",
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2025, 2, 20)))
        intake = BredeIntake(person_id=person.id)
        session.add(intake)
        session.flush()
        session.add(IntakeDomain(intake_id=intake.id, domain=LifeDomain.GEZONDHEID_MENTAAL,
                                 notes="slaapt slecht"))  # fmt: skip
        return person.id


VALUES = {"kind": "brede_intake", "date": "12-03-2025", "time": "14:30", "duration": "90",
          "place": "gemeentehuis", "place_detail": "Spreekkamer 2",
          "interpreter_mode": "telefonisch", "interpreter_language": "ar",
          "vwn_begeleider": "Karin Smit"}  # fmt: skip


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_one_talk_exports_with_the_amsterdam_time_zone(store: Store, tmp_path: Path) -> None:
    person = _person(store)
    talk = plan_talk(store, person, VALUES, today=TODAY)
    path = tmp_path / "gesprek.ics"
    assert export_ics(store, [talk], path, full_name=False, now=NOW) == 1
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Amsterdam"
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start == datetime(2025, 3, 12, 14, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert start.utcoffset() == timedelta(hours=1)  # CET in March before the switch
    assert event.decoded("DTEND") - start == timedelta(minutes=90)
    assert str(event["UID"]) == f"{talk}@wegwijzer"
    assert event["SEQUENCE"] == 0 and str(event["STATUS"]) == "CONFIRMED"
    assert str(event["SUMMARY"]) == "Brede Intake – R.A.H. (…4567)"
    assert str(event["LOCATION"]) == "Gemeentehuis, Spreekkamer 2"
    description = str(event["DESCRIPTION"])
    assert "Tolk ar: telefonisch" in description and "Karin Smit" in description
    text = path.read_text(encoding="utf-8")
    assert "Haddad" not in text and "2001234567" not in text  # initials and 4 digits only
    assert "slaapt" not in text  # never health data
    with store.reading() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == Action.CALENDAR_EXPORT.value)
        ).all()
    assert [(a.person_id, a.record_id, a.detail) for a in audited] == [
        (person, talk, "ics, initialen")]  # fmt: skip
    assert str(tmp_path) not in audited[0].detail


def test_a_moved_and_a_cancelled_talk_keep_their_uid(store: Store, tmp_path: Path) -> None:
    person = _person(store)
    moved = plan_talk(store, person, VALUES, today=TODAY)
    cancelled = plan_talk(store, person, {**VALUES, "kind": "voortgang", "date": "13-03-2025"},
                          today=TODAY)  # fmt: skip
    change_talk(store, moved, {**VALUES, "date": "08-04-2025", "time": "09:00"}, today=TODAY)
    cancel_talk(store, cancelled, reason="Ziek gemeld")
    path = tmp_path / "week.ics"
    export_ics(store, [moved, cancelled], path, full_name=True, now=NOW)
    first, second = _events(path)
    assert str(first["UID"]) == f"{cancelled}@wegwijzer"  # by start: 13-03 before 08-04
    assert str(first["STATUS"]) == "CANCELLED" and first["SEQUENCE"] == 1
    assert str(second["UID"]) == f"{moved}@wegwijzer" and second["SEQUENCE"] == 1
    # 8 April is summer time: the same TZID, two hours ahead of UTC.
    assert second.decoded("DTSTART").utcoffset() == timedelta(hours=2)
    assert str(second["SUMMARY"]) == "Brede Intake – Rami Ali Haddad"
