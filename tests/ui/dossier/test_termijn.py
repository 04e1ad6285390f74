"""The end tab: DUO's verlenging moves the end of the inburgeringstermijn on the timeline, an
exam result is kept per part; driven as a consultant would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt

from desktop.journey.engine import StepKey
from tests.ui.dossier.conftest import fill
from tests.ui.dossier.test_records import save_and_reload, texts
from ui.dossier.dossier_page import DossierPage
from ui.main_window import MainWindow


def termijn_end(page: DossierPage) -> date | None:
    steps = page.timeline.timeline.steps()
    return next(s for s in steps if s.step is StepKey.INBURGERINGSTERMIJN).due


def test_a_granted_verlenging_moves_the_end_of_the_termijn(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Ahmadi")  # Z-route, beschikking 28-02-2025
    page = window.dossier
    # 002:220 "daarmee start de inburgeringstermijn van drie jaar": 28-02-2025 + 3 jaar.
    assert termijn_end(page) == date(2028, 2, 28)
    page.show_tab("einde")
    end = page.pages["einde"]
    end.inner.setCurrentWidget(end.besluiten)
    assert end.inner.tabText(1) == "Verlenging en ontheffing (DUO)"
    form = page.form("termijn_besluit")
    fill(form, kind="verlenging", requested_on="10-02-2025", decision="toegekend")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.editors["decided_on"].error.text() == "Vul de datum van het besluit van DUO in."
    assert form.editors["until"].error.text() == (
        "Vul in tot wanneer de inburgeringstermijn is verlengd."
    )
    fill(form, decided_on="20-02-2025", until="28-02-2029")
    save_and_reload(qtbot, page, form)
    assert texts(end.besluiten.table, 0) == ["Verlenging"]
    assert termijn_end(page) == date(2029, 2, 28)

    end.inner.setCurrentWidget(end.exams)
    exam = page.form("exam_result")
    fill(exam, part="lezen", taken_on="15-02-2025", outcome="behaald", level="A2",
         language_provider="Taalschool Vechtdal")  # fmt: skip
    save_and_reload(qtbot, page, exam)
    assert texts(end.exams.table, 0) == ["Lezen"]
    assert texts(end.exams.table, 2) == ["Behaald"]
    assert texts(end.exams.table, 4) == ["Taalschool Vechtdal"]
