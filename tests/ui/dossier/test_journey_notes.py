"""The timeline notes and rule warnings are the engine's messages, shown in the screen language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from desktop.journey.engine import StepState
from ui.main_window import MainWindow


def _states(window: MainWindow) -> list[StepState]:
    model = window.dossier.timeline.timeline
    return list(model.steps())


def test_timeline_shows_the_engine_notes(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    model = window.dossier.timeline.timeline
    states = _states(window)
    assert any(state.note for state in states)
    for row, state in enumerate(states):
        tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert state.note in tip
