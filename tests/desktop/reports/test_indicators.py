"""Every indicator on the hand-built team of tests/desktop/reports/people.py, for 2026.

The expected numbers are worked out by hand from the seeds' definitions; each test quotes the
line it follows.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.journey.rules import load_rules
from desktop.reports import Report, year
from desktop.reports.indicators import compute_report
from desktop.reports.model import Indicator
from desktop.reports.settings import default_settings
from tests.desktop.reports.people import TEAM, TODAY

RULES = load_rules()


@pytest.fixture(scope="module")
def report() -> Report:
    return compute_report(TEAM, year(2026), today=TODAY, rules=RULES,
                          settings=default_settings(RULES))  # fmt: skip


def counts(indicator: Indicator, breakdown: int = 0) -> dict[str, int]:
    return {p.key.split(".", 1)[1]: p.count for p in indicator.breakdowns[breakdown].parts}


def people(indicator: Indicator, key: str) -> set[str]:
    return set(indicator.people(key))


def test_the_report_looks_back_from_the_end_of_the_period(report: Report) -> None:
    assert report.as_of == date(2026, 12, 31)
    assert report.municipality == "Dalfsen"


def test_pip_vastgesteld_counts_the_beschikking_not_the_signature(report: Report) -> None:
    # 002:299-308: the PIP must be vastgesteld within 10 weeks of housing; 001 §3.3: target 95%.
    # A: housed 2-3, due 11-5, beschikking 15-4 (on time). B: housed 6-4, due 15-6, beschikking
    # 1-7 (late). C: housed 4-5, due 13-7, none. Q (gezinsmigrant, 002:240): melding 2-2, due
    # 13-4, beschikking 1-4 (on time). D moved away without housing.
    pip = report.indicator("pip_vastgesteld")
    assert counts(pip) == {"op_tijd": 2, "te_laat": 1, "nog_niet": 1}
    assert pip.total == 4 and pip.value == pytest.approx(50.0)
    assert people(pip, "pip_vastgesteld.te_laat") == {"B"}
    assert pip.target == 95.0 and pip.meets_target is False


def test_pip_signed_in_time_is_shown_separately(report: Report) -> None:
    # 001 §3.3 indicator 1: "% statushouders dat binnen de wettelijke termijn ... een PIP heeft
    # ondertekend". B signed on 1-6 (due 15-6): signed in time although decided late.
    signed = report.indicator("pip_ondertekend")
    assert counts(signed) == {"op_tijd": 3, "te_laat": 0, "nog_niet": 1}
    assert signed.value == pytest.approx(75.0)
    assert "B" in people(signed, "pip_ondertekend.op_tijd")


def test_koffie_en_koek_leaves_out_nareizigers_and_who_left_before_the_term(
    report: Report,
) -> None:
    # 002:201-203: Koffie en Koek within 3 weeks of koppeling; nareizigers get none (002:256).
    # A: koppeling 5-1, held 20-1 (due 26-1). B: koppeling 2-2, held 2-3 (due 23-2): late.
    # C is a nareiziger; D moved away on 16-3 before his term ended (23-3).
    kek = report.indicator("koffie_en_koek")
    assert counts(kek) == {"op_tijd": 1, "te_laat": 1, "nog_niet": 0}
    assert set(kek.person_ids) == {"A", "B"}
    assert kek.target is None  # the seeds set no target; an admin may


def test_brede_intake_counts_from_koffie_en_koek_or_from_housing(report: Report) -> None:
    # 002:205-206: the Brede Intake within 2 weeks after Koffie en Koek; without one (C, the
    # nareiziger) after housing. A: due 3-2, held 2-2. B: due 16-3, held 30-3. C: due 18-5,
    # held 11-5. D left first.
    intake = report.indicator("brede_intake")
    assert counts(intake) == {"op_tijd": 2, "te_laat": 1, "nog_niet": 0}
    assert people(intake, "brede_intake.op_tijd") == {"A", "C"}


def test_progress_talks_on_time_on_the_last_day(report: Report) -> None:
    # 002:310-311: a progress talk every 3 months. Running with a beschikking on 31-12: A (talk
    # 15-10, next due 15-1), K (beschikking 1-10, due 1-1) on time; B, J, L, N, O, Q late.
    talks = report.indicator("voortgang")
    assert counts(talks) == {"op_tijd": 2, "te_laat": 6}
    assert people(talks, "voortgang.op_tijd") == {"A", "K"}
    assert talks.value == pytest.approx(25.0)


def test_two_formal_talks_in_the_first_year(report: Report) -> None:
    # 001:583-587: at least two formal progress talks in the first year. N (year to 3-3-2026):
    # two formal and one informal; O (to 5-5-2026): one; P moved away before its year ended.
    formal = report.indicator("formele_gesprekken")
    assert counts(formal) == {"genoeg": 1, "te_weinig": 1}
    assert set(formal.person_ids) == {"N", "O"}


def test_participation_half_a_year_after_settling(report: Report) -> None:
    # 001 §3.3 indicator 3: "% volwassen statushouders dat na een half jaar na vestiging ... een
    # taalstage of vrijwilligerswerk doet, een studie volgt of werk(ervaringsplek) heeft": 75%.
    # A volunteers on 2-9; B only goes to a taalcafé on 6-10; C works (income) on 4-11.
    # Q is a gezinsmigrant, not a statushouder.
    part = report.indicator("participatie_6_maanden")
    assert counts(part) == {"wel": 2, "niet": 1}
    assert part.value == pytest.approx(200 / 3) and part.target == 75.0
    assert people(part, "participatie_6_maanden.niet") == {"B"}


def test_outflow_from_welfare_to_work_and_study(report: Report) -> None:
    # 001 §3.3 indicator 2: "% statushouders (3 tot 7 jaar in Dalfsen) dat uit de bijstand is
    # gestroomd door werk / studie": 36% / 20%. Housed between 1-1-2020 and 31-12-2023 and still
    # here: E (work), F (study), G (still a benefit), I (no income recorded); H moved away.
    work = report.indicator("uitstroom_werk")
    study = report.indicator("uitstroom_studie")
    assert work.total == 4
    assert counts(work, 0) == {"ooit": 3, "nooit": 0, "onbekend": 1}
    assert counts(work, 1) == {"werk": 1, "studie": 1, "nog": 1}
    assert work.value == pytest.approx(100 / 3) and work.target == 36.0
    assert study.value == pytest.approx(100 / 3) and study.target == 20.0
    assert people(work, "uitstroom.onbekend") == {"I"}


def test_months_from_beschikking_to_voldaan(report: Report) -> None:
    # 001 §3.3 indicator 4: "Gemiddelde duur tot slagen inburgering in maanden": target 30.
    # E: 2-1-2023 to 2-3-2026 = 1155 days; F: 1-1-2024 to 1-6-2026 = 882 days; a month is
    # 365.25 / 12 days: 37.95 and 28.98 months.
    months = report.indicator("duur_tot_voldaan")
    e, f = 1155 / (365.25 / 12), 882 / (365.25 / 12)
    assert months.value == pytest.approx((e + f) / 2)
    assert months.extras[0].value == pytest.approx((e + f) / 2)  # the median of two
    assert counts(months) == {"binnen": 1, "langer": 1}
    assert months.meets_target is False  # 33.5 months, more than 30


def test_route_split_reports_starterz_as_a_class(report: Report) -> None:
    # 002 §3.1: nationally 15% Z / 60% B1 / 25% Onderwijs, Dalfsen counts 40 / 45 / 15.
    # 002 §3.4.1: StarterZ is a class before the route decision. First beschikking in 2026:
    # A, Q (B1), B (Z), J (Z after the class's advice), L (Onderwijs), K (still in the class).
    routes = report.indicator("routes")
    assert counts(routes) == {"z": 2, "b1": 2, "onderwijs": 1, "starterz": 1}
    assert routes.value == pytest.approx(40.0)  # 2 of the 5 with a route
    assert counts(routes, 1) == {"starterz": 2, "direct": 4}
    assert [r.shares["route.z"] for r in routes.references] == [15.0, 40.0]


def test_inflow_by_category_and_month(report: Report) -> None:
    # Koppelingen (A 5-1, B 2-2, D 2-3), a melding (Q 2-2) and a nareiziger's housing (C 4-5).
    inflow = report.indicator("instroom")
    assert inflow.total == 5
    assert {k: v for k, v in counts(inflow).items() if v} == {
        "asielstatushouder": 3, "nareiziger": 1, "gezinsmigrant": 1,
    }  # fmt: skip
    assert {k: v for k, v in counts(inflow, 1).items() if v} == {
        "2026-01": 1, "2026-02": 2, "2026-03": 1, "2026-05": 1,
    }  # fmt: skip
    assert len(inflow.breakdowns[1].parts) == 12


def test_outflow_by_end_kind(report: Report) -> None:
    outflow = report.indicator("uitstroom")
    assert counts(outflow) == {"voldaan": 2, "ontheven": 0, "verhuisd": 1, "gestopt": 0}


def test_caseload_weighs_the_z_route(report: Report) -> None:
    # 002 §8.1: a Z-route needs more guidance. Running on 31-12: Xandra A, B (Z), C, N, O;
    # Yusuf G, I, J, K, L, Q (J and K in the StarterZ-klas, a class within the Z-route,
    # 002:439-440). Weighted 4 + 1.5 = 5.5 and 4 + 2 * 1.5 = 7.
    caseload = report.indicator("caseload")
    assert caseload.total == 11
    assert counts(caseload) == {"X": 5, "Y": 6}
    assert [p.label.render() for p in caseload.breakdowns[0].parts] == ["Xandra", "Yusuf"]
    assert counts(caseload, 1) == {"X.z": 1, "X.overig": 4}
    assert counts(caseload, 2) == {"Y.z": 2, "Y.overig": 4}
    assert caseload.value == pytest.approx(6.25)


def test_handhaving_per_legal_ground(report: Report) -> None:
    # 002 §6: the legal ground is recorded. In 2026: B a warning and a fine (Wi2021), G a talk
    # (Participatiewet); G's talk of 2025 is outside the period.
    enforcement = report.indicator("handhaving")
    assert enforcement.total == 3
    assert counts(enforcement) == {"wi2021": 2, "participatiewet": 1}
    assert counts(enforcement, 1) == {"gesprek": 0, "waarschuwing": 1, "boete": 1}
    assert set(enforcement.person_ids) == {"B", "G"}


def test_participation_hours_of_the_z_route(report: Report) -> None:
    # 002:450: 800 participation hours in the Z-route. B: 3 hours a week from 1-7-2026 for the
    # 3-year term (1096 days) planned, 183 days realised by 31-12. J left the StarterZ-klas
    # with the advice Z-route and has nothing planned; K is still in the class (not counted).
    hours = report.indicator("participatie_uren")
    assert hours.person_ids == ("B", "J")
    assert hours.value == pytest.approx(3 * 1096 / 7 / 2)
    assert hours.extras[0].value == pytest.approx(3 * 183 / 7 / 2)
    assert counts(hours) == {"genoeg": 0, "te_weinig": 2} and hours.target == 800


def test_one_consultant(report: Report) -> None:
    mine = compute_report(TEAM, year(2026), today=TODAY, rules=RULES,
                          settings=default_settings(RULES), consultant_id="X")  # fmt: skip
    assert mine.consultant_name == "Xandra"
    pip = mine.indicator("pip_vastgesteld")
    assert set(pip.person_ids) == {"A", "B", "C"}  # Q is Yusuf's
    assert mine.indicator("caseload").total == 5


def test_every_part_adds_up_to_its_total(report: Report) -> None:
    for indicator in report.indicators:
        cells = indicator.cells()
        for breakdown in indicator.breakdowns:
            assert sum(p.count for p in breakdown.parts) == cells[breakdown.total], (
                indicator.key,
                breakdown.key,
            )
