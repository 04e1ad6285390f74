"""A demo person with a full dossier, for the access, audit and privacy tests."""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import Category, EndKind, LifeDomain, ResidenceKind, Route
from desktop.domain.model import (
    BredeIntake,
    Consultant,
    IntakeDomain,
    Person,
    Pip,
    PipAgreement,
    ProgressTalk,
    Residence,
    Trajectory,
)
from desktop.store import Store

NAME = ("Yohannes", "Gebremariam")
BSN = "123456782"
HEALTH_NOTE = "Slaapt slecht sinds de overtocht; hartklachten"


def add_demo_person(store: Store, *, ended: date | None = None) -> str:
    """Yohannes Gebremariam with residences, an intake (health notes), a PIP and a talk."""
    with store.transaction() as session:
        consultant = Consultant(name="Anna de Vries")
        person = Person(
            given_names=NAME[0],
            family_name=NAME[1],
            name_original="ዮሃንስ ገብረማርያም",
            birth_date=date(1988, 4, 2),
            bsn=BSN,
            v_nummer="2009876543",
            category=Category.ASIELSTATUSHOUDER,
            languages="ti",
            phone="0612345678",
        )
        session.add_all([consultant, person])
        session.flush()
        session.add(
            Trajectory(
                person_id=person.id,
                consultant_id=consultant.id,
                koppeling_date=date(2019, 3, 1),
                end_kind=EndKind.VOLDAAN if ended else None,
                end_date=ended,
            )
        )
        session.add(
            Residence(
                person_id=person.id,
                kind=ResidenceKind.AZC,
                location="AZC Zwolle",
                start_date=date(2019, 1, 10),
            )
        )
        intake = BredeIntake(person_id=person.id, started_on=date(2019, 4, 1))
        session.add(intake)
        session.flush()
        session.add(
            IntakeDomain(
                intake_id=intake.id,
                domain=LifeDomain.GEZONDHEID_MENTAAL,
                assessment="zorg",
                notes=HEALTH_NOTE,
            )
        )
        pip = Pip(person_id=person.id, version=1, route=Route.B1, signed_on=date(2019, 6, 1))
        session.add(pip)
        session.flush()
        session.add(
            PipAgreement(
                pip_id=pip.id, domain=LifeDomain.GEZONDHEID_MENTAAL, text="Huisarts bezoeken"
            )
        )
        session.add(
            ProgressTalk(
                person_id=person.id, held_on=date(2019, 9, 1), summary="Gaat goed met de taalles"
            )
        )
        return person.id
