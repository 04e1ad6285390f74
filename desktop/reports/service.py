"""The report as the screens and the CLI ask for it: load once, compute, export (audited)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.journey.rules import Rules, load_rules
from desktop.reports.data import ReportData, load_report_data
from desktop.reports.indicators import compute_report
from desktop.reports.model import Report
from desktop.reports.period import Period
from desktop.reports.settings import load_settings

if TYPE_CHECKING:
    from desktop.store import Store


def load_data(store: Store) -> ReportData:
    """Everything the report counts, read in one go."""
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
) -> Report:
    """Every indicator for ``period`` and the team (or one consultant), with the team's
    targets; pass ``data`` to compute several periods from one load."""
    rules = rules or load_rules()
    data = data if data is not None else load_data(store)
    return compute_report(
        data, period, today=today, rules=rules, settings=load_settings(store, rules),
        consultant_id=consultant_id,
    )  # fmt: skip


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
