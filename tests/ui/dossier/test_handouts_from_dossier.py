"""From an open dossier, the consultant previews and saves that person's klantreis."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from ui.handouts.dialog import HandoutDialog
from ui.main_window import MainWindow


def test_handouts_button_opens_the_person_s_klantreis(
    qtbot, dossier_window: Callable[[str], MainWindow], tmp_path: Path
) -> None:
    window = dossier_window("Tesfay")
    person_id = window.dossier.person_id
    qtbot.mouseClick(window.dossier.handouts_button, Qt.MouseButton.LeftButton)
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20_000)
    with qtbot.waitSignal(dialog.rendered, timeout=20_000):
        dialog.language.setCurrentIndex(dialog.language.findData("ti"))
    saved = dialog.save_handout(str(tmp_path / "klantreis_ti.pdf"))
    assert saved is not None
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Tesfay" in text
    assert "ጉዕዞ" in text  # the Tigrinya title ("your journey") is there
    assert window.dossier.person_id == person_id  # the dossier stays open behind the dialog
