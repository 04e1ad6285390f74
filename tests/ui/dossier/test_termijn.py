"""The end tab: DUO's verlenging moves the end of the inburgeringstermijn on the timeline, an
exam result is kept per part; driven as a consultant would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.journey.engine import StepKey, StepStatus
from desktop.journey.team import import_rules
from desktop.store import Store
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


def test_a_step_of_the_teams_rules_file_is_recorded_on_the_end_tab(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Ahmadi")
    page = window.dossier
    end = page.pages["einde"]
    assert not end.inner.isTabVisible(3)  # Dalfsen's file adds no steps
    rules_dir = Path(__file__).resolve().parents[3] / "resources" / "rules"
    store = window.store
    assert isinstance(store, Store)
    import_rules(store, (rules_dir / "hardinxveld-giessendam.toml").read_text(encoding="utf-8"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    visit = next(s for s in page.timeline.timeline.steps() if s.step == "sociaal_team_bezoek")
    assert visit.status is not StepStatus.DONE
    assert end.inner.isTabVisible(3)
    end.inner.setCurrentWidget(end.steps)
    form = page.form("step_record")
    fill(form, step="sociaal_team_bezoek", done_on="20-02-2025")
    save_and_reload(qtbot, page, form)
    assert texts(end.steps.table, 0) == ["Bezoek sociaal team"]
    visit = next(s for s in page.timeline.timeline.steps() if s.step == "sociaal_team_bezoek")
    assert (visit.status, visit.done_on) == (StepStatus.DONE, date(2025, 2, 20))
