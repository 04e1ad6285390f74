"""Sturen en meten: the indicators of the council report, suppression and output."""

from desktop.reports.model import Breakdown, Indicator, Part, Report, Theme, Unit
from desktop.reports.period import Period, PeriodError, earlier, month, quarter, year
from desktop.reports.service import (
    TREND_PERIODS,
    build_report,
    earlier_periods,
    load_data,
    load_names,
    with_trend,
)

__all__ = [
    "TREND_PERIODS",
    "Breakdown",
    "Indicator",
    "Part",
    "Period",
    "PeriodError",
    "Report",
    "Theme",
    "Unit",
    "build_report",
    "earlier",
    "earlier_periods",
    "load_data",
    "load_names",
    "month",
    "quarter",
    "with_trend",
    "year",
]
