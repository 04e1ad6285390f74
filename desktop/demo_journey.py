"""Journeys for the demo data: one trajectory with its steps, at a given stage.

Used by :mod:`desktop.demo`; split off to keep both modules small. Everything is synthetic.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Column

from desktop import demo_names as names
from desktop.domain import model
from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import (
    ActivityKind,
    BesluitKind,
    Category,
    Decision,
    EndKind,
    EnforcementKind,
    ExamOutcome,
    ExamPart,
    IncomeKind,
    IntakeVariant,
    InterpreterMode,
    LegalGround,
    LifeDomain,
    LinkedVia,
    PipChange,
    Place,
    Progress,
    ResidenceKind,
    Route,
    TestOutcome,
)

DEMO_USER = "demo"
#: Days between koppeling (or arrival) and today, per stage (see desktop.demo.STAGES).
STAGE_AGE = (
    (2, 28), (10, 35), (15, 50), (30, 70), (50, 110), (90, 240), (240, 900), (560, 1100),
    (400, 1500),
)  # fmt: skip
STARTERZ_STAGE, PIP_STAGE, PROGRESS_STAGE, PVT_STAGE, ENDED_STAGE = 4, 5, 6, 7, 8
_AGREEMENTS = {
    LifeDomain.TAALNIVEAU: "Volgt de leerroute bij de taalschool, 3 dagdelen per week.",
    LifeDomain.WERKERVARING: "Oriënteert zich via de werkcarrousel op werk in de zorg of techniek.",
    LifeDomain.SOCIAAL_NETWERK: "Gaat wekelijks naar Koffie en Taal in de bibliotheek.",
    LifeDomain.FINANCIEN: "Ontzorgen: huur, energie en zorgverzekering via de gemeente.",
    LifeDomain.GEZINSSITUATIE: "Kinderen zijn aangemeld bij school en kinderopvang.",
    LifeDomain.DIGITALE_VAARDIGHEDEN: "Volgt de cursus Klik & Tik; DigiD is aangevraagd.",
    LifeDomain.WONEN: "Maatschappelijke begeleiding door VluchtelingenWerk (18 maanden).",
}
_FITTING = {
    TestOutcome.B1: ("b1", "onderwijs"),
    TestOutcome.Z: ("z",),
    TestOutcome.TWIJFEL: ("b1", "z"),
}  # as in resources/rules/dalfsen.toml
_ASSESSMENTS = ("goed", "voldoende", "voldoende", "aandacht nodig", "zorg")


class Deck:
    """Cards dealt in shuffled rounds, so that every card comes up once per round."""

    def __init__(self, rng: random.Random, cards: Sequence[Any]) -> None:
        self._rng = rng
        self._cards = list(cards)
        self._hand: list[Any] = []

    def deal(self) -> Any:
        """The next card."""
        if not self._hand:
            self._hand = list(self._cards)
            self._rng.shuffle(self._hand)
        return self._hand.pop()


def _default(column: Column[Any]) -> Any:
    arg = getattr(column.default, "arg", None)
    return None if arg is None or callable(arg) else arg


@dataclass
class Builder:
    """Collects rows per model with metadata and column defaults filled in (uniform rows)."""

    rng: random.Random
    now: datetime
    today: date
    used_bsn: set[str]
    used_vnr: set[str]
    rows: dict[type[Any], list[dict[str, Any]]] = field(default_factory=dict)
    _defaults: dict[type[Any], dict[str, Any]] = field(default_factory=dict)

    def new_id(self) -> str:
        """A UUID from the seeded generator."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: type[Any], row_id: str | None = None, **values: Any) -> dict[str, Any]:
        """A new row of ``table``; returned so that callers can refer to its id."""
        if table not in self._defaults:
            self._defaults[table] = {c.name: _default(c) for c in table.__table__.columns}
        row = dict(self._defaults[table])
        row.update(
            id=row_id or self.new_id(),
            created_at=self.now,
            changed_at=self.now,
            created_by=DEMO_USER,
            changed_by=DEMO_USER,
        )
        row.update(values)
        self.rows.setdefault(table, []).append(row)
        return row

    def add_talk(self, person_id: str, kind: TalkKind, starts_at: datetime,
                 status: AppointmentStatus, **values: Any) -> None:  # fmt: skip
        """An appointment in the agenda; its id and details come from the person's id, not
        from the seeded generator, so that adding the agenda left every other demo row alone."""
        key = f"{person_id}:{kind}:{starts_at.isoformat()}"
        table: type[Any] = Appointment
        if table not in self._defaults:
            self._defaults[table] = {c.name: _default(c) for c in table.__table__.columns}
        row = dict(self._defaults[Appointment])
        row.update(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, key)), created_at=self.now, changed_at=self.now,
            created_by=DEMO_USER, changed_by=DEMO_USER, person_id=person_id, kind=kind,
            starts_at=starts_at, status=status, duration_minutes=60, sequence=0,
        )  # fmt: skip
        row.update(values)
        self.rows.setdefault(Appointment, []).append(row)

    def days(self, low: int, high: int) -> timedelta:
        """A random number of days in [low, high]."""
        return timedelta(days=self.rng.randint(low, high))

    def bsn(self) -> str:
        """A new BSN that passes the eleven-test and is not used yet."""
        weights = (9, 8, 7, 6, 5, 4, 3, 2)
        while True:
            digits = [self.rng.randint(1, 9)] + [self.rng.randint(0, 9) for _ in range(7)]
            check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
            number = "".join(map(str, digits)) + str(check)
            if check < 10 and number not in self.used_bsn:
                self.used_bsn.add(number)
                return number

    def v_nummer(self) -> str:
        """A new ten-digit V-nummer."""
        while True:
            number = str(self.rng.randint(2_000_000_000, 3_999_999_999))
            if number not in self.used_vnr:
                self.used_vnr.add(number)
                return number


def intake_details(domain: LifeDomain, rng: random.Random) -> str:
    """Structured intake fields for some life domains, as the JSON text the model stores."""
    details: dict[str, Any] = {}
    if domain is LifeDomain.TAALNIVEAU:
        details = {
            "nederlands": rng.choice(["A0", "A0", "A1", "A2"]),
            "engels": rng.choice(["geen", "A2", "B1", "B2"]),
        }
    elif domain is LifeDomain.OPLEIDING:
        details = {
            "jaren_onderwijs": rng.randint(0, 16),
            "diploma": rng.choice(
                ["geen", "basisschool", "middelbare school", "beroepsopleiding", "universiteit"]
            ),
        }
    elif domain is LifeDomain.DIGITALE_VAARDIGHEDEN:
        details = {"smartphone": True, "computer": rng.random() < 0.4}
    elif domain is LifeDomain.WERKERVARING:
        details = {
            "beroep": rng.choice(
                [
                    "kapper",
                    "kok",
                    "timmerman",
                    "verpleegkundige",
                    "boer",
                    "leraar",
                    "monteur",
                    "naaister",
                    "geen",
                ]
            )
        }
    return json.dumps(details, ensure_ascii=False)


@dataclass
class Journey:
    """One trajectory being made: the person, the cut-off date and the running dates."""

    b: Builder
    person: dict[str, Any]
    trajectory: dict[str, Any]
    until: date  # today, or the end date of an ended trajectory
    language: str

    @property
    def pid(self) -> str:
        return str(self.person["id"])

    def clamp(self, day: date) -> date:
        return min(day, self.until)

    def past(self, day: date | None) -> date | None:
        return day if day is not None and day <= self.until else None

    def add(self, table: type[Any], **values: Any) -> dict[str, Any]:
        return self.b.add(table, person_id=self.pid, **values)


def _residences(j: Journey, start: date, linked: bool) -> date | None:
    """Where the person lived; returns the housing date (HAR or regular home) if housed."""
    b, rng = j.b, j.b.rng
    address = f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}, {rng.choice(names.PLACES)}"
    if not linked:
        j.add(
            model.Residence, kind=ResidenceKind.REGULIERE_WONING, location=address, start_date=start
        )
        return start
    rol_start = start - b.days(0, 14)
    moved = start + b.days(25, 60)
    housing = start + b.days(70, 125)
    if j.past(moved) and rng.random() < 0.7:
        j.add(
            model.Residence,
            kind=ResidenceKind.ROL,
            location="ROL Zwolle",
            start_date=rol_start,
            end_date=moved,
        )
        kind, place = rng.choice(names.RECEPTION)
        j.add(
            model.Residence,
            kind=ResidenceKind(kind),
            location=place,
            start_date=moved,
            end_date=j.past(housing),
        )
    else:
        j.add(
            model.Residence,
            kind=ResidenceKind.ROL,
            location="ROL Zwolle",
            start_date=rol_start,
            end_date=j.past(housing),
        )
    if not j.past(housing):
        return None
    regular = housing + b.days(180, 400)
    if rng.random() < 0.4:
        j.add(
            model.Residence,
            kind=ResidenceKind.HAR_WONING,
            location=address,
            start_date=housing,
            end_date=j.past(regular),
        )
        if j.past(regular):
            other = f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}, Dalfsen"
            j.add(
                model.Residence,
                kind=ResidenceKind.REGULIERE_WONING,
                location=other,
                start_date=regular,
            )
    else:
        j.add(
            model.Residence,
            kind=ResidenceKind.REGULIERE_WONING,
            location=address,
            start_date=housing,
        )
    return housing


def _koffie_en_koek(j: Journey, start: date) -> date:
    b, rng = j.b, j.b.rng
    held = j.clamp(start + b.days(5, 26))
    mode = (
        rng.choice([InterpreterMode.TELEFONISCH] * 3 + [InterpreterMode.AANWEZIG])
        if j.person["interpreter_needed"]
        else InterpreterMode.GEEN
    )
    j.b.add_talk(
        j.pid,
        TalkKind.KOFFIE_EN_KOEK,
        datetime.combine(held, time(10, 0)),
        AppointmentStatus.GEHOUDEN,
        place=Place.ROL,
        place_detail="ROL Zwolle",
        interpreter_mode=mode,
        interpreter_language=j.language if mode is not InterpreterMode.GEEN else "",
    )
    j.add(
        model.KoffieEnKoek,
        held_on=held,
        place=Place.ROL,
        place_detail="ROL Zwolle",
        coa_casemanager=rng.choice(names.COA_CASEMANAGERS),
        interpreter_language=j.language if mode is not InterpreterMode.GEEN else "",
        interpreter_mode=mode,
        topic_acquaintance="Kennismaking; uitleg over de gemeente en de klantreis.",
        topic_voorinburgering="Voorinburgering bij het COA loopt 16 weken.",
        topic_housing_family="Wacht op een woning; gezinshereniging besproken.",
        topic_questions="Vragen over school voor de kinderen.",
        agreements="Brede Intake wordt binnen 2 weken gepland.",
        klantreis_handed_over=True,
        klantreis_language=j.language,
    )
    return held


def _intake(j: Journey, started: date, complete: bool, count: int) -> dict[str, Any]:
    rng = j.b.rng
    migrant = j.person["category"] == Category.GEZINSMIGRANT
    j.b.add_talk(
        j.pid,
        TalkKind.BREDE_INTAKE,
        datetime.combine(started, time(13, 30)),
        AppointmentStatus.GEHOUDEN,
    )
    intake = j.add(
        model.BredeIntake,
        variant=IntakeVariant.GEZINSMIGRANT if migrant else IntakeVariant.STANDAARD,
        started_on=started,
        voorinburgering_participation="" if migrant else "Neemt deel, 2 dagdelen.",
    )
    for domain in rng.sample(list(LifeDomain), min(count, len(LifeDomain))):
        j.b.add(
            model.IntakeDomain,
            intake_id=intake["id"],
            domain=domain,
            assessment=rng.choice(_ASSESSMENTS),
            details=intake_details(domain, rng),
            notes="" if domain.is_sensitive else "Besproken met tolk.",
        )
    return intake


def _outcome(route: str, rng: random.Random) -> tuple[TestOutcome, Route, str]:
    """The test outcome, the PIP route, and a deviation reason ('-' for a missing one)."""
    if route == "starterz":
        # The StarterZ-klas is a class within the Z-route (002:439-440), not a route.
        return TestOutcome.TWIJFEL, Route.Z, ""
    if route == "z":
        return TestOutcome.Z, Route.Z, ""
    chosen = Route(route)
    if rng.random() < 0.1:  # deviates from the outcome; usually with the written reason
        reason = (
            "-"
            if rng.random() < 0.3
            else "Goede opleiding in herkomstland; taalschool adviseert B1."
        )
        return TestOutcome.Z, chosen, reason
    return TestOutcome.B1, chosen, ""


def _pip(
    j: Journey,
    signed: date,
    route: Route,
    reason: str,
    outcome: TestOutcome,
    version: int = 1,
    change: PipChange = PipChange.INITIEEL,
) -> dict[str, Any]:
    b, rng = j.b, j.b.rng
    registered = j.past(signed + b.days(5, 20)) if version == 1 else None
    pip = j.add(
        model.Pip,
        version=version,
        route=route,
        deviation_reason="" if reason == "-" else reason,
        change=change,
        change_reason="" if version == 1 else "Voortgang wijkt af; advies taalschool.",
        drafted_on=signed - b.days(2, 7),
        signed_on=signed,
        beschikking_on=j.past(signed + b.days(3, 10)),
        language_provider=rng.choice(names.LANGUAGE_PROVIDERS),
        route_registered_on=registered,
        route_started_on=j.past(registered + b.days(14, 40)) if registered else None,
        support="Kinderopvang tijdens de lessen; reiskosten vergoed.",
    )
    for domain in rng.sample(list(_AGREEMENTS), rng.randint(3, 5)):
        b.add(model.PipAgreement, pip_id=pip["id"], domain=domain, text=_AGREEMENTS[domain])
    del outcome
    return pip


def _route_changes(
    j: Journey, started: date, route: Route, count: int, outcome: TestOutcome
) -> None:
    b = j.b
    moment = started
    for version in range(2, count + 2):
        moment = moment + b.days(50, 140) if version == 2 else moment + b.days(30, 80)
        if not j.past(moment) or moment > started + timedelta(days=360):
            return
        new = Route.Z if route in (Route.B1, Route.ONDERWIJS) else Route.B1
        change = PipChange.AFSCHALEN if new is Route.Z else PipChange.SCHAKELEN
        fits = new.value in _FITTING[outcome]
        reason = "" if fits else "Afgeschaald op advies van de taalschool na twee toetsmomenten."
        _pip(j, moment, new, reason, outcome, version, change)
        route = new


def _progress(j: Journey, started: date, rng: random.Random) -> None:
    talk = started + timedelta(days=91)
    held = 0
    while talk <= j.until:
        if rng.random() < 0.15 and talk + timedelta(days=91) > j.until:
            break  # the last talk was not held: overdue
        j.b.add_talk(
            j.pid,
            TalkKind.VOORTGANG,
            datetime.combine(talk, time(11, 0)),
            AppointmentStatus.GEHOUDEN,
        )
        j.add(
            model.ProgressTalk,
            held_on=talk,
            formal=held < 2 or rng.random() < 0.5,
            progress=rng.choice(list(Progress)),
            summary="Voortgang besproken met taalschool en VluchtelingenWerk.",
        )
        held += 1
        talk += j.b.days(80, 100)
    if j.until == j.b.today and rng.random() < 0.5:
        planned = datetime.combine(j.until + j.b.days(3, 30), time(9, 30))
        j.add(model.ProgressTalk, held_on=None)
        j.b.add_talk(j.pid, TalkKind.VOORTGANG, planned, AppointmentStatus.GEPLAND)


def _participation(j: Journey, started: date, route: Route, rng: random.Random) -> None:
    if route is Route.Z:  # Dalfsen plans 9 hours a week, from month 3
        begin = j.past(started + j.b.days(80, 110))
        if begin is not None:
            j.add(
                model.ParticipationActivity,
                kind=ActivityKind.TAALSTAGE,
                description="Taalstage met begeleiding",
                organisation="Zorgcentrum Rosengaerde",
                hours_per_week=float(rng.choice([6, 9, 9])),
                start_date=begin,
                end_date=None,
            )
    for _ in range(rng.randint(0, 2)):
        begin = j.past(started + j.b.days(30, 240))
        if begin is None:
            continue
        kind = rng.choice(list(ActivityKind))
        j.add(
            model.ParticipationActivity,
            kind=kind,
            description=f"{kind.value.replace('_', ' ')}",
            organisation=rng.choice(
                [
                    "Taalpunt Dalfsen",
                    "VluchtelingenWerk",
                    "Bibliotheek",
                    "Kringloop De Vecht",
                    "Zorgcentrum Rosengaerde",
                ]
            ),
            hours_per_week=float(rng.choice([2, 3, 4, 6, 9])),
            start_date=begin,
            end_date=j.past(begin + j.b.days(60, 300)),
        )


def _later_steps(
    j: Journey,
    stage: int,
    started: date,
    route: Route,
    decks: dict[str, Deck],
    housing: date | None,
    outcome: TestOutcome,
) -> None:
    b, rng = j.b, j.b.rng
    if housing is not None:
        end = housing + timedelta(days=182)
        extended = rng.random() < 0.2
        j.add(
            model.Ontzorgen,
            start_date=housing,
            end_date=j.past(end + timedelta(days=91) if extended else end),
            extension_reason="Verlengd: schuldhulpverlening loopt nog." if extended else "",
        )
    _participation(j, started, route, rng)
    _progress(j, started, rng)
    if stage < PROGRESS_STAGE:
        return
    _route_changes(j, started, route, decks["change"].deal(), outcome)
    if stage >= PVT_STAGE or rng.random() < 0.5:
        pvt_start = j.past(started + b.days(60, 300))
        if pvt_start:
            signed = j.past(pvt_start + b.days(60, 120))
            j.add(
                model.Pvt,
                started_on=pvt_start,
                signed_on=signed,
                certificate_on=j.past(signed + b.days(20, 80)) if signed else None,
            )
    if route is not Route.ONDERWIJS and (stage >= PVT_STAGE or rng.random() < 0.3):
        map_start = j.past(started + b.days(200, 400))
        if map_start:
            j.add(
                model.Map,
                started_on=map_start,
                provider="Werkplein Vechtdal",
                completed_on=j.past(map_start + b.days(90, 180)),
            )
    kind = decks["enforcement"].deal()
    on = j.past(started + b.days(40, 300))
    if kind and on:
        fine = kind == "boete"
        j.add(
            model.Handhaving,
            kind=EnforcementKind(kind),
            on_date=on,
            legal_ground=LegalGround.WI2021
            if fine or rng.random() < 0.7
            else LegalGround.PARTICIPATIEWET,
            amount_cents=rng.choice([25000, 50000]) if fine else None,
            reason="Meerdere lessen niet verschenen zonder bericht.",
        )


def add_journey(
    b: Builder,
    person: dict[str, Any],
    decks: dict[str, Deck],
    consultants: Sequence[str],
    *,
    stage: int,
    route: str,
) -> None:
    """Add a trajectory for ``person`` at ``stage`` (index in desktop.demo.STAGES)."""
    rng = b.rng
    if stage == STARTERZ_STAGE:
        route = "starterz"
    ending = EndKind(decks["end"].deal()) if stage == ENDED_STAGE else None
    low, high = STAGE_AGE[stage]
    if ending is EndKind.VOLDAAN:
        low = max(low, 950)
    start = b.today - b.days(low, high)
    until = b.today
    if ending is not None:
        until = b.today - b.days(5, min(300, (b.today - start).days - 380))
    linked = person["category"] in (Category.ASIELSTATUSHOUDER, Category.HERVESTIGER)
    trajectory = b.add(
        model.Trajectory,
        person_id=person["id"],
        consultant_id=rng.choice(list(consultants)),
        koppeling_date=start if linked else None,
    )
    language = str(person["languages"]).split(",")[0]
    j = Journey(b, person, trajectory, until, language)
    housing = _residences(j, start, linked)
    if linked:
        trajectory["voorinburgering_start"] = j.past(start + b.days(7, 14))
        if trajectory["voorinburgering_start"]:
            trajectory["voorinburgering_end"] = j.past(
                trajectory["voorinburgering_start"] + timedelta(weeks=16)
            )
    trajectory["vwn_start"] = housing
    if linked:  # every demo koppeling comes via the ROL Zwolle
        trajectory["linked_via"] = LinkedVia.ROL
        trajectory["duo_registered_on"] = j.past(start + timedelta(days=30))
    if ending is EndKind.ONTHEVEN:
        j.add(
            model.TermijnBesluit,
            kind=BesluitKind.ONTHEFFING,
            requested_on=until - timedelta(days=60),
            decided_on=until,
            decision=Decision.TOEGEKEND,
            reason="Medische ontheffing (DUO).",
        )
    if ending is EndKind.VOLDAAN:
        for part in (ExamPart.LEZEN, ExamPart.LUISTEREN, ExamPart.SCHRIJVEN, ExamPart.SPREKEN,
                     ExamPart.KNM):  # fmt: skip
            j.add(
                model.ExamResult,
                part=part,
                taken_on=until - timedelta(days=30),
                outcome=ExamOutcome.BEHAALD,
                level="" if part is ExamPart.KNM else "B1",
                language_provider="Taalschool Vechtdal",
            )
    _income(j, housing)
    if ending is not None:
        trajectory.update(
            end_kind=ending,
            end_date=until,
            end_note=_END_NOTES[ending],
            new_municipality=rng.choice(names.MUNICIPALITIES) if ending is EndKind.VERHUISD else "",
        )
    inner = (
        PVT_STAGE
        if ending is EndKind.VOLDAAN
        else (PROGRESS_STAGE if ending is not None else stage)
    )
    _steps(j, inner, start, linked, route, decks, housing)


def _income(j: Journey, housing: date | None) -> None:
    """A benefit from housing; some leave it for work or study after one to four years.

    Drawn from the person's own random stream, so that the rest of the demo stays as it was.
    """
    if housing is None or j.person["category"] is Category.GEZINSMIGRANT:
        return
    rng = random.Random(str(j.person["id"]))

    def add(**values: Any) -> dict[str, Any]:  # ids from the same stream, not the builder's
        row_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return j.b.add(model.IncomeSituation, row_id, person_id=j.pid, **values)

    uitkering = add(kind=IncomeKind.UITKERING, start_date=housing)
    draw = rng.random()
    if draw >= 0.55:
        return
    left = j.past(housing + timedelta(days=rng.randint(365, 4 * 365)))
    if left is None:
        return
    uitkering["end_date"] = left - timedelta(days=1)
    kind = IncomeKind.WERK if draw < 0.4 else IncomeKind.STUDIE
    note = "Werk via de werkcarrousel." if kind is IncomeKind.WERK else "Studiefinanciering (MBO)."
    add(kind=kind, start_date=left, note=note)


_END_NOTES = {
    EndKind.VOLDAAN: "Inburgeringsplicht voldaan; certificaat ontvangen.",
    EndKind.ONTHEVEN: "Ontheffing verleend door DUO na aantoonbare inspanning.",
    EndKind.VERHUISD: "Verhuisd; warme overdracht aan de nieuwe gemeente.",
    EndKind.GESTOPT: "Traject gestopt; vertrokken naar onbekende bestemming.",
}


def _plan_next(j: Journey, kind: TalkKind, place: Place, detail: str) -> None:
    """Most people waiting for their next talk have it planned in the coming weeks (drawn from
    the person's id, not the seeded generator, so that the rest of the demo stays the same)."""
    if j.until != j.b.today:
        return
    pick = random.Random(f"{j.pid}:{kind}")
    if pick.random() < 0.2:
        return  # not planned yet: the agenda's deadline column shows it
    day = j.until + timedelta(days=pick.randint(0, 20))
    if day.weekday() >= 5:
        day += timedelta(days=7 - day.weekday())
    moment = datetime.combine(day, time(pick.choice([9, 10, 11, 13, 14, 15]), pick.choice([0, 30])))
    j.b.add_talk(j.pid, kind, moment, AppointmentStatus.GEPLAND, place=place, place_detail=detail)


def _steps(
    j: Journey,
    stage: int,
    start: date,
    linked: bool,
    route: str,
    decks: dict[str, Deck],
    housing: date | None,
) -> None:
    b, rng = j.b, j.b.rng
    if stage == 0 and linked:
        _plan_next(j, TalkKind.KOFFIE_EN_KOEK, Place.ROL, "ROL Zwolle")
        return
    previous = _koffie_en_koek(j, start) if linked else start
    if stage <= 1:
        _plan_next(j, TalkKind.BREDE_INTAKE, Place.GEMEENTEHUIS, "")
        return
    intake_start = j.clamp(previous + b.days(5, 18))
    complete_domains = stage >= 3
    intake = _intake(
        j, intake_start, False, len(LifeDomain) if complete_domains else rng.randint(3, 8)
    )
    if stage == 2:
        return
    outcome, pip_route, reason = _outcome(route, rng)
    toets = j.clamp(intake_start + b.days(3, 14))
    j.add(
        model.Leerbaarheidstoets,
        taken_on=toets,
        outcome=outcome,
        score=rng.randint(15, 95) if rng.random() < 0.7 else None,
        notes="",
    )
    if stage == 3:
        return
    ready = toets
    if outcome is TestOutcome.TWIJFEL:
        klas = j.clamp(toets + b.days(7, 21))
        advice_on = j.past(klas + b.days(49, 70)) if stage > STARTERZ_STAGE else None
        advice = rng.choice([Route.B1, Route.Z]) if advice_on else None
        j.add(
            model.StarterZ,
            started_on=klas,
            advice_on=advice_on,
            advice=advice,
            notes="Advies na observatie in de klas." if advice_on else "",
        )
        if advice_on is None:
            return
        ready = advice_on
    if stage == STARTERZ_STAGE:
        return
    signed = j.clamp(ready + b.days(7, 21))
    intake["completed_on"] = signed
    pip = _pip(j, signed, pip_route, reason, outcome)
    started = pip["route_started_on"]
    if started is None:
        return
    _later_steps(j, stage, started, pip_route, decks, housing, outcome)
