"""A hand-built team for the report tests: 16 people whose answers are worked out by hand.

Terms (resources/rules/dalfsen.toml): Koffie en Koek 3 weeks after koppeling, Brede Intake
2 weeks after Koffie en Koek (or after housing without one), PIP 10 weeks after housing,
progress talk every 3 months after the beschikking or the last talk, two formal talks in the
first year, inburgeringstermijn 3 years.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import (
    ActivityKind,
    Category,
    EndKind,
    EnforcementKind,
    IncomeKind,
    LegalGround,
    Route,
)
from desktop.journey.facts import Activity, JourneyFacts, PipVersion, ProgressTalkFact
from desktop.reports.data import Enforcement, Income, ReportData, ReportPerson

D = date
ASIEL, NAREIZIGER, GEZINSMIGRANT = (
    Category.ASIELSTATUSHOUDER, Category.NAREIZIGER, Category.GEZINSMIGRANT,
)  # fmt: skip
TODAY = D(2027, 1, 15)  # after the period: the report looks back on 2026 as of 31-12-2026


def person(
    pid: str, consultant: str | None, *, melding: date | None = None,
    enforcement: tuple[Enforcement, ...] = (), income: tuple[Income, ...] = (), **facts: object,
) -> ReportPerson:  # fmt: skip
    facts.setdefault("category", ASIEL)
    facts.setdefault("birth_date", D(1990, 1, 1))
    return ReportPerson(JourneyFacts(person_id=pid, **facts), consultant, melding,  # type: ignore[arg-type]
                        enforcement, income)  # fmt: skip


def pip(route: Route, *, signed: date | None = None, beschikking: date | None = None,
        version: int = 1) -> PipVersion:  # fmt: skip
    return PipVersion(version, route, signed_on=signed, beschikking_on=beschikking)


TEAM = ReportData(
    people=(
        # A: on time everywhere; volunteers 6 months after housing; a recent progress talk.
        person(
            "A",
            "X",
            koppeling_date=D(2026, 1, 5),
            koffie_en_koek_held=D(2026, 1, 20),
            brede_intake_started=D(2026, 2, 2),
            housing_date=D(2026, 3, 2),
            pip_versions=(pip(Route.B1, signed=D(2026, 4, 1), beschikking=D(2026, 4, 15)),),
            progress_talks=(ProgressTalkFact(D(2026, 10, 15)),),
            activities=(Activity(ActivityKind.VRIJWILLIGERSWERK, 4, D(2026, 8, 1)),),
        ),
        # B: Koffie en Koek and Brede Intake late; the PIP signed on time (1-6, due 15-6) but
        # decided late (1-7); Z-route with only a taalcafé; a warning and a fine (Wi2021).
        person(
            "B",
            "X",
            koppeling_date=D(2026, 2, 2),
            koffie_en_koek_held=D(2026, 3, 2),
            brede_intake_started=D(2026, 3, 30),
            housing_date=D(2026, 4, 6),
            pip_versions=(pip(Route.Z, signed=D(2026, 6, 1), beschikking=D(2026, 7, 1)),),
            activities=(Activity(ActivityKind.TAALCAFE, 3, D(2026, 7, 1)),),
            enforcement=(
                Enforcement(EnforcementKind.WAARSCHUWING, D(2026, 8, 1), LegalGround.WI2021),
                Enforcement(EnforcementKind.BOETE, D(2026, 9, 1), LegalGround.WI2021),
            ),
        ),
        # C: a nareiziger without Koffie en Koek; Brede Intake on time after housing; no PIP;
        # works (income) 6 months after housing.
        person(
            "C",
            "X",
            category=NAREIZIGER,
            housing_date=D(2026, 5, 4),
            brede_intake_started=D(2026, 5, 11),
            income=(Income(IncomeKind.WERK, D(2026, 10, 1)),),
        ),
        # D: moved away on 16-3, before his Koffie en Koek term (23-3) ended: not counted.
        person(
            "D",
            "Y",
            koppeling_date=D(2026, 3, 2),
            end_kind=EndKind.VERHUISD,
            end_date=D(2026, 3, 16),
        ),
        # E: voldaan 2-3-2026, 1155 days after the beschikking of 2-1-2023; work after benefit.
        person(
            "E",
            "X",
            koppeling_date=D(2022, 9, 5),
            housing_date=D(2022, 11, 7),
            pip_versions=(pip(Route.B1, signed=D(2022, 12, 1), beschikking=D(2023, 1, 2)),),
            end_kind=EndKind.VOLDAAN,
            end_date=D(2026, 3, 2),
            income=(
                Income(IncomeKind.UITKERING, D(2022, 11, 7), D(2025, 5, 31)),
                Income(IncomeKind.WERK, D(2025, 6, 1)),
            ),
        ),
        # F: voldaan 1-6-2026, 882 days after 1-1-2024; studies after the benefit ended.
        person(
            "F",
            "Y",
            koppeling_date=D(2023, 8, 7),
            housing_date=D(2023, 10, 2),
            pip_versions=(pip(Route.B1, signed=D(2023, 12, 1), beschikking=D(2024, 1, 1)),),
            end_kind=EndKind.VOLDAAN,
            end_date=D(2026, 6, 1),
            income=(
                Income(IncomeKind.UITKERING, D(2023, 10, 2), D(2026, 8, 31)),
                Income(IncomeKind.STUDIE, D(2026, 9, 1)),
            ),
        ),
        # G: housed in 2021, still on a benefit; a talk under the Participatiewet in 2026.
        person(
            "G",
            "Y",
            housing_date=D(2021, 5, 3),
            income=(Income(IncomeKind.UITKERING, D(2021, 5, 3)),),
            enforcement=(
                Enforcement(EnforcementKind.GESPREK, D(2026, 3, 1), LegalGround.PARTICIPATIEWET),
                Enforcement(EnforcementKind.GESPREK, D(2025, 12, 1), LegalGround.PARTICIPATIEWET),
            ),
        ),
        # H: housed in 2020, moved away in 2025: no longer in the municipality.
        person(
            "H",
            None,
            housing_date=D(2020, 3, 2),
            end_kind=EndKind.VERHUISD,
            end_date=D(2025, 1, 1),
            income=(Income(IncomeKind.UITKERING, D(2020, 3, 2)),),
        ),
        # I: housed in 2022, no income recorded.
        person("I", "Y", housing_date=D(2022, 1, 10)),
        # J: StarterZ-klas, advice Z-route: counts as Z-route, via the class.
        person(
            "J",
            "Y",
            pip_versions=(pip(Route.Z, beschikking=D(2026, 5, 1)),),
            starterz_started=D(2026, 5, 4),
            starterz_advice_on=D(2026, 7, 1),
            starterz_advice=Route.Z,
        ),
        # K: still in the StarterZ-klas: no route yet.
        person(
            "K",
            "Y",
            pip_versions=(pip(Route.Z, beschikking=D(2026, 10, 1)),),
            starterz_started=D(2026, 10, 5),
        ),
        # L: Onderwijsroute.
        person("L", "Y", pip_versions=(pip(Route.ONDERWIJS, beschikking=D(2026, 2, 1)),)),
        # N: first year after the beschikking (3-3-2025) ended in 2026 with two formal talks
        # (and an informal one).
        person(
            "N",
            "X",
            koppeling_date=D(2024, 11, 4),
            housing_date=D(2025, 1, 6),
            pip_versions=(pip(Route.B1, beschikking=D(2025, 3, 3)),),
            progress_talks=(
                ProgressTalkFact(D(2025, 6, 2)),
                ProgressTalkFact(D(2025, 9, 1)),
                ProgressTalkFact(D(2025, 12, 1), formal=False),
            ),
        ),
        # O: first year ended 5-5-2026 with one formal talk.
        person(
            "O",
            "X",
            koppeling_date=D(2024, 11, 4),
            housing_date=D(2025, 2, 3),
            pip_versions=(pip(Route.B1, beschikking=D(2025, 5, 5)),),
            progress_talks=(ProgressTalkFact(D(2025, 8, 4)),),
        ),
        # P: moved away before the end of the first year: not counted.
        person(
            "P",
            "X",
            koppeling_date=D(2024, 12, 2),
            housing_date=D(2025, 1, 6),
            pip_versions=(pip(Route.B1, beschikking=D(2025, 4, 1)),),
            end_kind=EndKind.VERHUISD,
            end_date=D(2025, 12, 1),
        ),
        # Q: a gezinsmigrant: the PIP term counts from the melding (2-2-2026, due 13-4).
        person(
            "Q",
            "Y",
            category=GEZINSMIGRANT,
            melding=D(2026, 2, 2),
            pip_versions=(pip(Route.B1, signed=D(2026, 3, 20), beschikking=D(2026, 4, 1)),),
        ),
    ),
    consultants={"X": "Xandra", "Y": "Yusuf"},
)
