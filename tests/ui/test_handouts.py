"""The handout dialog and the ROL batch, driven like a consultant would."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from ui.handouts.batch import BatchDialog
from ui.handouts.dialog import HandoutDialog
from ui.main_window import MainWindow

from .conftest import unlock


def _row_of(window: MainWindow, family: str) -> int:
    model = window.caseload.model
    return next(
        r for r in range(model.rowCount()) if model.row_at(r).display_name.startswith(family)
    )


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_context_menu_opens_a_preview_that_can_be_saved(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    row = _row_of(window, "Haddad")
    window.caseload.table.selectRow(row)
    menu = window.caseload.context_menu_for(row)
    action = menu.actions()[0]
    assert action.text().replace("&", "") == "Handouts…"
    action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20_000)
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.rendered, timeout=20_000):
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.handout is not None and dialog.handout.language.code == "ar"
    saved = dialog.save_handout(str(tmp_path / "klantreis_ar"))
    assert saved == tmp_path / "klantreis_ar.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "klantreis" in _text(saved)
    assert "Opgeslagen" in dialog.status.text()


def test_the_menu_action_uses_the_selected_person_and_lock_closes_dialogs(
    qtbot, make_window, populated_dir: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    assert window.handouts.handouts_action.isEnabled()
    window.caseload.table.selectRow(_row_of(window, "Tesfay"))
    window.handouts.handouts_action.trigger()
    dialog = window.handouts.dialogs[-1]
    with qtbot.waitSignal(dialog.rendered, timeout=20_000):
        dialog.document.setCurrentIndex(dialog.document.findData("sociale_kaart"))
    window.lock()
    assert window.handouts.dialogs == []
    assert not window.handouts.handouts_action.isEnabled()


def test_batch_for_the_selected_people_shows_progress(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.table.selectRow(_row_of(window, "Ahmadi"))
    window.handouts.batch_action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, BatchDialog)
    qtbot.mouseClick(dialog.by_selection, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_batch, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert dialog.progress.value() == dialog.progress.maximum() == 1
    saved = dialog.save_batch(str(tmp_path / "rol.pdf"))
    assert saved is not None and "Ahmadi" in _text(saved)


def test_batch_by_period_finds_nobody_without_planned_talks(
    qtbot, make_window, populated_dir: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.handouts.batch_action.trigger()
    dialog = window.handouts.dialogs[-1]
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "Niemand" in dialog.status.text()
