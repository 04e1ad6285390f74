"""No code on screen: every combo, table, list and label of every screen and dialog shows the
consultant's words, never a stored value such as "telefoon" or "dossier geopend"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.audit.trail import Action
from desktop.dossier.journal.models import NoteCategory
from tests.ui.raw_codes import enum_values, raw_codes
from tests.ui.screens import app_screens
from ui.admin.audit_labels import ACTION_LABELS, action_label
from ui.dossier.labels import field_choice_label


def test_no_screen_shows_a_code(qtbot, make_window, populated_dir: Path) -> None:
    window = make_window(populated_dir)
    assert "telefoon" in enum_values() and "dossier geopend" in enum_values()
    found = {}
    for name, screen in app_screens(qtbot, window):
        shown = raw_codes(screen.window(), allowed=frozenset({"beheerder"}))  # a user's name
        if shown:
            found[name] = shown
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_every_audit_action_and_contact_kind_has_a_label(translations) -> None:
    assert set(ACTION_LABELS) == {a.value for a in Action}
    assert action_label(Action.OPEN) == "Dossier geopend"
    assert action_label(Action.LAPTOP_NAMED) == "Laptop benoemd"
    for category in NoteCategory:  # the contact journal's kinds, not the person's category
        label = field_choice_label("category", category.value)
        assert label != category.value and label[:1].isupper(), category
    translator = translations
    assert translator.switch("en")
    try:
        assert action_label(Action.OPEN) == "Dossier opened"
        assert field_choice_label("category", "telefoon") == QCoreApplication.translate(
            "DossierLabels", "Phone call"
        )
    finally:
        translator.switch("nl")
