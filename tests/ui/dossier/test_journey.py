"""A consultant takes a person from koppeling to a signed PIP and a first progress talk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from desktop.journey.engine import StepKey, StepStatus
from tests.ui.dossier.conftest import fill
from ui.main_window import MainWindow


def status(window: MainWindow, step: StepKey) -> StepStatus:
    return next(s for s in window.dossier.timeline.timeline.steps() if s.step is step).status


def test_full_journey_from_koppeling_to_first_progress_talk(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    assert page.name.text() == "Tesfay, Senait"
    assert page.name_original.text() == "ሰናይት ተስፋይ"
    assert status(window, StepKey.KOFFIE_EN_KOEK) is StepStatus.DUE_SOON
    assert "13-03-2025" in page.next_label.text()

    # The timeline leads to the step's form.
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.pages["koffie_en_koek"]
    kek = page.form("koffie_en_koek")
    fill(kek, held_on="25-02-2025", coa_casemanager="Petra Smit", interpreter_mode="telefonisch",
         interpreter_language="ti", agreements="Intake over twee weken.",
         klantreis_handed_over=True, klantreis_language="ti")  # fmt: skip
    kek.editors["agreements"].widget.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(kek.editors["agreements"].widget, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert status(window, StepKey.KOFFIE_EN_KOEK) is StepStatus.DONE
    # Completing a step opens the next one.
    assert page.tabs.currentWidget() is page.pages["brede_intake"]
    assert "11-03-2025" in page.next_label.text()  # Brede Intake: 2 weeks after Koffie en Koek

    intake = page.form("brede_intake")
    fill(
        intake,
        started_on="27-02-2025",
        toets_taken_on="28-02-2025",
        toets_outcome="b1",
        **{"domain.taalniveau.nederlands": "A1", "domain.werkervaring.beroep": "kapper"},
    )
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        intake.save_button.click()
    assert status(window, StepKey.BREDE_INTAKE) is StepStatus.DONE
    assert status(window, StepKey.LEERBAARHEIDSTOETS) is StepStatus.DONE

    page.show_tab("pip")
    pip = page.form("pip")
    fill(pip, route="z", signed_on="28-02-2025", beschikking_on="01-03-2025")
    pip.complete_button.click()  # Z-route against a B1 outcome: a reason is needed
    assert "wijkt af" in pip.editors["deviation_reason"].error.text()
    assert pip.editors["deviation_reason"].error.isVisibleTo(pip)
    fill(pip, route="b1", language_provider="Taalschool Zwolle",
         **{"agreement.werkervaring": "Werkcarrousel na drie maanden."})  # fmt: skip
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pip.complete_button.click()
    assert status(window, StepKey.PIP) is StepStatus.DONE
    assert page.pages["pip"].versions.count() == 1
    assert page.tabs.currentWidget() is page.pages["progress_talk"]
    assert "01-06-2025" in page.next_label.text()  # progress talk 3 months after beschikking

    talk = page.form("progress_talk")
    fill(talk, held_on="01-03-2025", progress="op_schema", summary="Goed gestart.")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        talk.save_button.click()
    assert page.pages["progress_talk"].earlier.count() == 1
    voortgang = next(s for s in page.timeline.timeline.steps() if s.step is StepKey.VOORTGANG)
    assert voortgang.due is not None and voortgang.due.isoformat() == "2025-06-01"
    assert page.history.rowCount() >= 5

    # Back to the caseload, which shows the new next deadline.
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.caseload
    window.caseload.search.setText("Tesfay")
    window.caseload.apply_filter()
    row = window.caseload.model.row_at(0)
    assert row.next_due is not None and row.next_due.isoformat() == "2025-06-01"
