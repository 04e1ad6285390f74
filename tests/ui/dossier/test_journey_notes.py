"""The timeline notes and rule warnings follow the screen language."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.journey.engine import StepKey, StepState, StepStatus, Violation
from desktop.journey.rules import Term, Unit
from ui.dossier.notes import step_note, violation_text
from ui.i18n import Translations
from ui.main_window import MainWindow

DUTCH_WORDS = {"na", "weken", "maanden", "uitkomst", "elke", "gepland", "termijn", "jaar"}


def _states(window: MainWindow) -> list[StepState]:
    model = window.dossier.timeline.timeline
    return list(model.steps())


def test_timeline_notes_in_english_and_dutch(
    qtbot, dossier_window: Callable[[str], MainWindow], translations: Translations
) -> None:
    window = dossier_window("Tesfay")
    states = _states(window)
    assert any(state.note for state in states)
    for state in states:  # Dutch: exactly the engine's note
        assert step_note(state) == state.note
    assert translations.switch("en")
    for state in states:
        words = set(re.findall(r"\w+", step_note(state).lower()))
        assert not words & DUTCH_WORDS, step_note(state)
        assert bool(step_note(state)) == bool(state.note)
    assert translations.switch("nl")


def test_unknown_key_keeps_the_dutch_note(qapp) -> None:
    state = StepState(StepKey.PIP, StepStatus.OPEN, None, None, "iets", "no.such.key")
    assert step_note(state) == "iets"


def test_values_and_warnings_in_both_languages(translations: Translations) -> None:
    state = StepState(StepKey.VOORTGANG, StepStatus.OPEN, None, None, "x", "voortgang.interval",
                      (("term", Term(3, Unit.MONTHS)),))  # fmt: skip
    args = (("term", Term(1, Unit.YEARS)), ("count", 1), ("minimum", 2))
    violation = Violation("too_few_progress_talks_first_year", StepKey.VOORTGANG, "x", args)
    assert step_note(state) == "elke 3 maanden"
    assert violation_text(violation) == (
        "In de eerste 1 jaar na de beschikking zijn 1 formele voortgangsgesprekken gehouden; "
        "minimaal 2."
    )
    assert translations.switch("en")
    assert step_note(state) == "every 3 months"
    assert violation_text(violation).startswith("In the first 1 year after the decision 1 formal")
    assert translations.switch("nl")
