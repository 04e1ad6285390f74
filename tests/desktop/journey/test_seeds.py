"""Each contradiction between the engine and the seeds, as a scenario with hand-computed dates.

Every scenario runs on Dalfsen's shipped file and on the Hardinxveld-Giessendam example, each
with its own expected dates; the seed line each term comes from is quoted beside it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.domain.enums import (
    BesluitKind,
    Category,
    Decision,
    LinkedVia,
    PipChange,
    Route,
    TestOutcome,
)
from desktop.journey.engine import StepKey, StepStatus, evaluate
from desktop.journey.facts import JourneyFacts, PipVersion, ProgressTalkFact, TermijnDecision
from desktop.journey.rules import Rules, default_rules_path, load_rules

DALFSEN = load_rules()
HARDINXVELD = load_rules(default_rules_path().parent / "hardinxveld-giessendam.toml")


def facts(**fields: Any) -> JourneyFacts:
    fields.setdefault("category", Category.ASIELSTATUSHOUDER)
    return JourneyFacts(**fields)


def codes(journey: JourneyFacts, rules: Rules, today: date) -> set[str]:
    return {v.code for v in evaluate(journey, rules, today).violations}


# -- the PIP is done when vastgesteld -------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "due"),
    [
        # 002:308 "de termijn van binnen 10 weken na huisvesting": 03-03-2025 + 70 dagen.
        (DALFSEN, date(2025, 5, 12)),
        # 003:1204 "binnen zes maanden ... een persoonlijk ondersteuningsplan": 03-09-2025.
        (HARDINXVELD, date(2025, 9, 3)),
    ],
)
def test_a_pip_signed_in_time_but_decided_late_is_late(rules: Rules, due: date) -> None:
    # 002:299 "Middels een beschikking wordt de PIP vastgesteld".
    signed = facts(
        housing_date=date(2025, 3, 3),
        pip_versions=(PipVersion(1, Route.B1, signed_on=date(2025, 4, 1)),),
    )
    after = date.fromordinal(due.toordinal() + 1)
    state = evaluate(signed, rules, after)
    assert state.step(StepKey.PIP).status is StepStatus.DONE  # signed: its own status
    vastgesteld = state.step(StepKey.PIP_VASTGESTELD)
    assert (vastgesteld.due, vastgesteld.status) == (due, StepStatus.OVERDUE)
    decided = facts(
        housing_date=date(2025, 3, 3),
        pip_versions=(PipVersion(1, Route.B1, signed_on=date(2025, 4, 1), beschikking_on=due),),
    )
    on_time = evaluate(decided, rules, after).step(StepKey.PIP_VASTGESTELD)
    assert (on_time.status, on_time.done_on) == (StepStatus.DONE, due)  # the last day is on time


# -- StarterZ is a class within the Z-route ------------------------------------------------


def test_starterz_is_no_route() -> None:
    # 001:595 "de reguliere inburgeringsroute (B1-route), de onderwijsroute of de Z-route";
    # 002:439 "enkele Startklasplekken binnen de Z-route".
    assert {route.value for route in Route} == {"b1", "onderwijs", "z"}


@pytest.mark.parametrize("rules", [DALFSEN, HARDINXVELD])
def test_choosing_the_route_the_starterz_klas_advised_is_no_deviation(rules: Rules) -> None:
    # 002:296 "Die uitkomst wordt meegenomen om de leerroute en de PIP vast te stellen."
    journey = facts(
        toets_date=date(2025, 1, 10), toets_outcome=TestOutcome.Z,
        starterz_started=date(2025, 1, 20), starterz_advice_on=date(2025, 3, 10),
        starterz_advice=Route.B1,
        pip_versions=(
            PipVersion(1, Route.Z, beschikking_on=date(2025, 1, 20)),
            PipVersion(2, Route.B1, beschikking_on=date(2025, 3, 20), change=PipChange.SCHAKELEN),
            PipVersion(3, Route.Z, beschikking_on=date(2025, 9, 1), change=PipChange.AFSCHALEN,
                       change_reason="Op basis van de voortgang"),
        ),
    )  # fmt: skip
    # Z -> B1 on the class's advice is the first choice; B1 -> Z is the one allowed change.
    assert codes(journey, rules, date(2025, 10, 1)) == set()
    # A first PIP with the advised route (B1, where the test said Z) needs no other reason.
    advised = facts(
        toets_date=date(2025, 1, 10), toets_outcome=TestOutcome.Z,
        starterz_started=date(2025, 1, 20), starterz_advice_on=date(2025, 3, 10),
        starterz_advice=Route.B1,
        pip_versions=(PipVersion(1, Route.B1, signed_on=date(2025, 3, 20)),),
    )  # fmt: skip
    assert codes(advised, rules, date(2025, 4, 1)) == set()
    not_advised = facts(
        toets_date=date(2025, 1, 10), toets_outcome=TestOutcome.Z,
        pip_versions=(PipVersion(1, Route.B1, signed_on=date(2025, 3, 20)),),
    )  # fmt: skip
    assert codes(not_advised, rules, date(2025, 4, 1)) == {"route_deviates_without_reason"}


# -- AZC-linked people and nareizigers start at housing -----------------------------------


@pytest.mark.parametrize(
    ("rules", "rol_kek_due", "rol_intake_due", "azc_intake_due"),
    [
        # 002:201 "Binnen 3 weken na koppeling ... Koffie en Koek": 06-01-2025 + 21 = 27-01-2025;
        # 002:205 "binnen twee weken een Brede Intake": 27-01 + 14 = 10-02-2025;
        # 002:257 "na huisvesting direct een Brede Intake": 01-05-2025 + 14 = 15-05-2025.
        (DALFSEN, date(2025, 1, 27), date(2025, 2, 10), date(2025, 5, 15)),
        # 003: no Koffie en Koek; 003:885 "binnen vier maanden na plaatsing": 01-09-2025.
        (HARDINXVELD, None, date(2025, 9, 1), date(2025, 9, 1)),
    ],
)
def test_the_linking_path_decides_where_the_journey_starts(
    rules: Rules, rol_kek_due: date | None, rol_intake_due: date, azc_intake_due: date
) -> None:
    common = {"koppeling_date": date(2025, 1, 6), "housing_date": date(2025, 5, 1)}
    rol = evaluate(facts(linked_via=LinkedVia.ROL, **common), rules, date(2025, 2, 1))
    kek = rol.step(StepKey.KOFFIE_EN_KOEK)
    if rol_kek_due is None:
        assert kek.status is StepStatus.NOT_APPLICABLE
    else:
        assert kek.due == rol_kek_due
    assert rol.step(StepKey.BREDE_INTAKE).due == rol_intake_due
    for journey in (
        facts(linked_via=LinkedVia.AZC, **common),
        facts(category=Category.NAREIZIGER, housing_date=date(2025, 5, 1)),
    ):
        # Far away in an AZC on 01-03-2025: nothing is overdue before housing.
        state = evaluate(journey, rules, date(2025, 3, 1))
        assert state.step(StepKey.KOFFIE_EN_KOEK).status is StepStatus.NOT_APPLICABLE
        assert state.step(StepKey.BREDE_INTAKE).due == azc_intake_due
        assert not state.overdue


# -- gezinsmigranten count from the melding ------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "intake_due", "pip_due"),
    [
        # 002:255 "na melding bij de gemeente de Brede Intake": 10-02-2025 + 14 = 24-02-2025;
        # the PIP's 10 weeks from the melding: 10-02-2025 + 70 dagen = 21-04-2025.
        (DALFSEN, date(2025, 2, 24), date(2025, 4, 21)),
        # 003: 4 months for the intake (10-06-2025), 6 months for the plan (10-08-2025).
        (HARDINXVELD, date(2025, 6, 10), date(2025, 8, 10)),
    ],
)
def test_a_gezinsmigrant_counts_from_the_melding(
    rules: Rules, intake_due: date, pip_due: date
) -> None:
    # 002:591-592: gezinsmigranten get no municipal housing; they join their family.
    journey = facts(category=Category.GEZINSMIGRANT, melding_date=date(2025, 2, 10))
    state = evaluate(journey, rules, date(2025, 2, 11))
    assert state.step(StepKey.BREDE_INTAKE).due == intake_due
    assert state.step(StepKey.PIP_VASTGESTELD).due == pip_due
    assert state.step(StepKey.ONTZORGEN).status is StepStatus.NOT_APPLICABLE


# -- the first year includes its last day --------------------------------------------------


@pytest.mark.parametrize("rules", [DALFSEN, HARDINXVELD])
def test_a_talk_on_the_anniversary_counts_in_year_one(rules: Rules) -> None:
    # 001:583 "In het eerste jaar moeten er minimaal twee formele voortgangsgesprekken".
    journey = facts(
        pip_versions=(PipVersion(1, Route.B1, beschikking_on=date(2025, 3, 1)),),
        progress_talks=(ProgressTalkFact(date(2025, 8, 1)), ProgressTalkFact(date(2026, 3, 1))),
    )
    assert codes(journey, rules, date(2026, 3, 2)) == set()
    late = facts(
        pip_versions=(PipVersion(1, Route.B1, beschikking_on=date(2025, 3, 1)),),
        progress_talks=(ProgressTalkFact(date(2025, 8, 1)), ProgressTalkFact(date(2026, 3, 2))),
    )
    assert "too_few_progress_talks_first_year" in codes(late, rules, date(2026, 3, 3))


# -- a route change with a change reason ---------------------------------------------------


@pytest.mark.parametrize("rules", [DALFSEN, HARDINXVELD])
def test_a_route_change_on_progress_with_a_reason_is_no_deviation(rules: Rules) -> None:
    # 001:587 "kan op basis van de voortgang, de gekozen leerroute eenmalig veranderd worden".
    def journey(reason: str) -> JourneyFacts:
        return facts(
            toets_date=date(2025, 1, 1), toets_outcome=TestOutcome.B1,
            pip_versions=(
                PipVersion(1, Route.B1, beschikking_on=date(2025, 2, 1)),
                PipVersion(2, Route.Z, beschikking_on=date(2025, 8, 1),
                           change=PipChange.AFSCHALEN, change_reason=reason),
            ),
        )  # fmt: skip

    today = date(2025, 9, 1)
    assert codes(journey("Haalt B1 niet op basis van de voortgang"), rules, today) == set()
    assert codes(journey(""), rules, today) == {"route_deviates_without_reason"}


# -- ontzorgen is the default after housing ------------------------------------------------


@pytest.mark.parametrize("rules", [DALFSEN, HARDINXVELD])
def test_a_housed_statushouder_without_ontzorgen_gets_to_arrange(rules: Rules) -> None:
    # 002:707 "Het uitgangspunt is zes maanden ontzorgen": 15-04-2025 + 6 maanden = 15-10-2025.
    housed = facts(housing_date=date(2025, 4, 15))
    step = evaluate(housed, rules, date(2025, 5, 1)).step(StepKey.ONTZORGEN)
    assert step.status is StepStatus.OPEN
    assert step.note.startswith("te regelen")
    assert evaluate(housed, rules, date(2025, 10, 15)).step(StepKey.ONTZORGEN).status is (
        StepStatus.OPEN  # the last day of the six months still counts
    )
    assert evaluate(housed, rules, date(2025, 10, 16)).step(StepKey.ONTZORGEN).status is (
        StepStatus.NOT_APPLICABLE
    )


# -- onderwijsroute, verlenging, ontheffing ------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "z_end"),
    [
        # 002:220 "de inburgeringstermijn van drie jaar": 01-01-2025 + 3 jaar.
        (DALFSEN, date(2028, 1, 1)),
        # 003:1126 "Binnen drie jaar ... (voor analfabeten vijf jaar)": Z-route, 5 jaar.
        (HARDINXVELD, date(2030, 1, 1)),
    ],
)
def test_the_termijn_follows_the_route_the_verlenging_and_the_ontheffing(
    rules: Rules, z_end: date
) -> None:
    def journey(route: Route, *decisions: TermijnDecision) -> JourneyFacts:
        return facts(
            pip_versions=(PipVersion(1, route, beschikking_on=date(2025, 1, 1)),),
            termijn_decisions=decisions,
        )

    today = date(2025, 6, 1)
    key = StepKey.INBURGERINGSTERMIJN
    assert evaluate(journey(Route.Z), rules, today).step(key).due == z_end
    # 001:605 "De inburgeringstermijn zal dan ook langer dan drie jaar duren."
    onderwijs = evaluate(journey(Route.ONDERWIJS), rules, today).step(key)
    assert (onderwijs.status, onderwijs.due) == (StepStatus.OPEN, None)
    extended = TermijnDecision(
        BesluitKind.VERLENGING,
        Decision.TOEGEKEND,
        date(2027, 6, 1),
        date(2027, 7, 1),
        until=date(2031, 1, 1),
    )
    assert evaluate(journey(Route.Z, extended), rules, today).step(key).due == date(2031, 1, 1)
    refused = TermijnDecision(BesluitKind.VERLENGING, Decision.AFGEWEZEN, date(2027, 6, 1),
                              date(2027, 7, 1), until=date(2031, 1, 1))  # fmt: skip
    assert evaluate(journey(Route.Z, refused), rules, today).step(key).due == z_end
    exempted = TermijnDecision(
        BesluitKind.ONTHEFFING, Decision.TOEGEKEND, date(2025, 3, 1), date(2025, 4, 1)
    )
    state = evaluate(journey(Route.Z, exempted), rules, today)
    for step in (key, StepKey.PVT, StepKey.MAP):
        assert state.step(step).status is StepStatus.NOT_APPLICABLE
        assert "ontheffing verleend op 01-04-2025" in state.step(step).note


# -- VWN begeleiding -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "spreekuur_end"),
    [
        # 002:660 "gedurende 18 maanden ... Daarna ... nog 12 maanden ... wekelijks spreekuur".
        (DALFSEN, "01-08-2027"),
        # 003:747 "binnen anderhalf jaar na plaatsing": no spreekuur after it.
        (HARDINXVELD, None),
    ],
)
def test_vwn_begeleiding_is_a_step_with_dates(rules: Rules, spreekuur_end: str | None) -> None:
    journey = facts(vwn_start=date(2025, 2, 1))
    running = evaluate(journey, rules, date(2026, 1, 1)).step(StepKey.VWN_BEGELEIDING)
    assert running.status is StepStatus.OPEN
    assert "tot 01-08-2026" in running.note  # 01-02-2025 + 18 maanden
    if spreekuur_end is None:
        assert "spreekuur" not in running.note
    else:
        assert f"spreekuur tot {spreekuur_end}" in running.note
    done = evaluate(journey, rules, date(2026, 8, 1)).step(StepKey.VWN_BEGELEIDING)
    assert (done.status, done.done_on) == (StepStatus.DONE, date(2026, 8, 1))


# -- working agreements --------------------------------------------------------------------


def test_working_agreements_are_labelled() -> None:
    # 002:295 "binnen 7 weken advies"; the 10 weeks are the team's own upper bound.
    assert DALFSEN.starterz.working_agreement
    assert DALFSEN.leerbaarheidstoets.working_agreement
    assert DALFSEN.pvt.working_agreement  # 001:595 describes the 2019 draft, not the Wi2021
    assert not DALFSEN.pip.working_agreement
    journey = facts(koppeling_date=date(2025, 1, 6), pip_versions=(
        PipVersion(1, Route.B1, beschikking_on=date(2025, 2, 1)),))  # fmt: skip
    state = evaluate(journey, DALFSEN, date(2025, 1, 7))
    toets, pvt = state.step(StepKey.LEERBAARHEIDSTOETS), state.step(StepKey.PVT)
    assert toets.working_agreement and toets.note.endswith("(werkafspraak)")
    assert pvt.working_agreement and pvt.due == date(2026, 8, 1)
    assert not state.step(StepKey.PIP_VASTGESTELD).working_agreement


# -- Hardinxveld-Giessendam's own steps ----------------------------------------------------


def test_the_social_teams_visit_is_a_step_of_the_file() -> None:
    # 003:885 "binnen vier maanden na plaatsing bezocht door het sociaal team": 01-09-2025.
    journey = facts(housing_date=date(2025, 5, 1))
    state = evaluate(journey, HARDINXVELD, date(2025, 9, 2))
    visit = state.step("sociaal_team_bezoek")
    assert (visit.due, visit.status) == (date(2025, 9, 1), StepStatus.OVERDUE)
    assert visit.label == "Bezoek sociaal team"  # the file's name for its step
    # 003:751 "binnen zes maanden na plaatsing de participatieverklaring": 01-11-2025.
    assert state.step(StepKey.PVT).due == date(2025, 11, 1)
    visited = (("sociaal_team_bezoek", date(2025, 8, 1)),)
    done = evaluate(
        facts(housing_date=date(2025, 5, 1), steps_done=visited), HARDINXVELD, date(2025, 9, 2)
    ).step("sociaal_team_bezoek")
    assert (done.status, done.done_on) == (StepStatus.DONE, date(2025, 8, 1))
    assert "sociaal_team_bezoek" not in {
        str(s.step) for s in evaluate(journey, DALFSEN, date(2025, 9, 2)).steps
    }


# -- the rules check -----------------------------------------------------------------------


def test_rules_check_lists_every_error_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = default_rules_path().parent / "hardinxveld-giessendam.toml"
    assert main(["rules", "check", str(shipped)]) == 0
    assert "in orde" in capsys.readouterr().out
    text = shipped.read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        text.replace('termijn = "4 maanden"', 'termijn = "vier maanden"', 1).replace(
            'soort = "wet"', 'soort = "wens"', 1
        ),
        encoding="utf-8",
    )
    lines = text.splitlines()
    intake_line = lines.index('termijn = "4 maanden"') + 1
    map_line = lines.index('soort = "wet"') + 1
    assert main(["rules", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"regel {intake_line}: 'brede_intake.termijn'" in err
    assert f"regel {map_line}: 'map.soort'" in err
    assert "moet een getal en een eenheid zijn" in err


def test_a_working_agreement_is_never_printed_as_uiterlijk() -> None:
    # 001:595's 18 months for the PVT describe the 2019 draft: a working agreement (see the
    # Dalfsen file), while the PIP's 10 weeks are law (002:308).
    from desktop.documents.data import HandoutPerson
    from desktop.documents.klantreis import _date_line

    journey = facts(housing_date=date(2025, 3, 3), pip_versions=(
        PipVersion(1, Route.B1, beschikking_on=date(2025, 2, 1)),))  # fmt: skip
    person = HandoutPerson(
        person_id="p", name="A B", name_original="", country="SY", languages="ar",
        interpreter_needed=False, consultant_name="", consultant_phone="",
        journey=evaluate(journey, DALFSEN, date(2025, 3, 4)), appointments=(), pip=None,
        today=date(2025, 3, 4),
    )  # fmt: skip
    assert person.journey.step(StepKey.PVT).due == date(2026, 8, 1)
    assert _date_line(person, "pvt") == ("Datum volgt", None)
    assert _date_line(person, "map") == ("Uiterlijk {date}", date(2028, 2, 1))


def test_the_handout_gives_the_termijn_of_the_persons_route() -> None:
    # 003:1126 "(voor analfabeten vijf jaar)": the Z-route in Hardinxveld-Giessendam.
    from desktop.documents.klantreis import STEPS, _values

    step = next(s for s in STEPS if s.key == "inburgeringstermijn")
    assert _values(step, HARDINXVELD, Route.Z) == {"years": 5}
    assert _values(step, HARDINXVELD, Route.B1) == {"years": 3}
    assert _values(step, DALFSEN, Route.Z) == {"years": 3}
