"""The report as the screens and the CLI ask for it: load once, compute, export (audited)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from desktop.journey.rules import Rules
from desktop.journey.team import team_rules
from desktop.reports.data import ReportData, load_report_data
from desktop.reports.indicators import compute_report
from desktop.reports.journeys import JourneyMemo
from desktop.reports.model import Report
from desktop.reports.period import Period, earlier
from desktop.reports.settings import load_settings

if TYPE_CHECKING:
    from desktop.store import Store

#: How many earlier periods the trend shows, on the screen and in the outputs.
TREND_PERIODS = 3


def load_data(
    store: Store,
    *,
    today: date | None = None,
    rules: Rules | None = None,
    previous: ReportData | None = None,
) -> ReportData:
    """Everything the report counts, from the rows kept between reports
    (:mod:`desktop.reports.kept`: only the people changed since are read from their dossier
    and evaluated again); ``today`` is the day the rows are brought up to (the clock's by
    default), ``rules`` the team's; ``previous``: the data read before, reused where the rows
    did not change."""
    from desktop.journey.facts import JourneyFacts, load_facts
    from desktop.reports.kept import load_kept

    rules = rules or team_rules(store)

    def full_facts(person_ids: Collection[str]) -> dict[str, JourneyFacts]:
        with store.reading() as session:
            return load_facts(session, person_ids)

    with store.reading() as session:
        data, _refreshed = load_kept(session, rules, today or date.today(), full_facts,
                                     previous=previous)  # fmt: skip
    return data


def load_dossiers(store: Store) -> ReportData:
    """Everything the report counts, read from every dossier (no kept rows): the reference
    the kept rows are compared with."""
    with store.reading() as session:
        return load_report_data(session)


def build_report(
    store: Store,
    period: Period,
    *,
    today: date,
    consultant_id: str | None = None,
    rules: Rules | None = None,
    data: ReportData | None = None,
    trend: int = 0,
    memo: JourneyMemo | None = None,
) -> Report:
    """Every indicator for ``period`` and the team (or one consultant), with the team's
    rules and targets; pass ``data`` to compute several periods from one load. ``trend``: also the
    same indicators for that many periods before (:attr:`Report.earlier`, for the outputs);
    ``memo``: evaluated journeys kept between reports (:mod:`desktop.reports.journeys`)."""
    rules = rules or team_rules(store)
    data = data if data is not None else load_data(store, today=today, rules=rules)
    report_settings = load_settings(store, rules)
    report = compute_report(
        data, period, today=today, rules=rules, settings=report_settings,
        consultant_id=consultant_id, memo=memo,
    )  # fmt: skip
    if not trend:
        return report
    before = tuple(
        compute_report(data, p, today=today, rules=rules, settings=report_settings,
                       consultant_id=consultant_id, memo=memo)
        for p in earlier_periods(period, trend, today)
    )  # fmt: skip
    return with_trend(report, before)


def earlier_periods(period: Period, count: int, today: date) -> list[Period]:
    """The ``count`` periods before ``period`` that have started by ``today``, oldest first."""
    return [p for p in earlier(period, count) if p.start <= today]


def with_trend(report: Report, before: tuple[Report, ...]) -> Report:
    """The report with the reports of the periods before it (their own trend dropped)."""
    from dataclasses import replace

    return replace(report, earlier=tuple(replace(r, earlier=()) for r in before))


def load_names(store: Store) -> dict[str, str]:
    """Display names of everyone with a trajectory, for the list of people behind a figure
    (the screen only; the outputs never name anyone)."""
    from sqlalchemy import select

    from desktop.domain.model import Person, Trajectory
    from desktop.domain.text import display_name

    query = select(Person.id, Person.family_name, Person.given_names).join(
        Trajectory, Trajectory.person_id == Person.id
    )
    with store.reading() as session:
        return {row[0]: display_name(row[1], row[2]) for row in session.execute(query)}
