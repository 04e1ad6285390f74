"""Sturen en meten: the indicators of the council report, suppression and output."""

from desktop.reports.model import Breakdown, Indicator, Part, Report, Theme, Unit
from desktop.reports.period import Period, PeriodError, earlier, month, quarter, year
from desktop.reports.service import build_report, load_data, load_names

__all__ = [
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
    "load_data",
    "load_names",
    "month",
    "quarter",
    "year",
]
