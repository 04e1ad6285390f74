"""The handout dialog and the ROL batch, driven like a consultant would."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
)
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
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
    lazy = window.handouts._maker
    assert not lazy.built
    action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20_000)
    # The maker (fonts, catalogs) was built by the dialog's worker, not on the GUI thread.
    assert lazy.built and lazy.built_by is not threading.main_thread()
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


# -- every button of both dialogs, clicked ----------------------------------------------------


def _accept_button(dialog: QDialog) -> QPushButton:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                return button
    raise AssertionError("the dialog has no accept button")


def _save_through_file_dialog(qtbot, file_dialog: QDialog | None, target: Path) -> None:
    """Type a file name into the (non-native, offscreen) save dialog and click Save."""
    assert isinstance(file_dialog, QFileDialog)
    qtbot.waitUntil(file_dialog.isVisible)
    name = file_dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(target))  # typing would open the completer's popup
    qtbot.mouseClick(_accept_button(file_dialog), Qt.MouseButton.LeftButton)


def _print_to_file_through_print_dialog(qtbot, print_dialog: QDialog | None, target: Path) -> None:
    """Pick "Print to File (PDF)" in Qt's (Dutch) print dialog, type a file name, click Print."""
    assert print_dialog is not None
    qtbot.waitUntil(print_dialog.isVisible)
    printers = print_dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.count() - 1)  # Qt lists "Print to File (PDF)" last
    name = print_dialog.findChild(QLineEdit, "filename")
    name.setText(str(target))
    qtbot.mouseClick(_accept_button(print_dialog), Qt.MouseButton.LeftButton)


def _audited(window: MainWindow, action: Action) -> int:
    assert window.store is not None
    with window.store.reading() as session:
        found = session.scalars(select(AuditEntry).where(AuditEntry.action == action.value))
        return len(list(found))


def test_every_button_of_the_handout_dialog(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.table.selectRow(_row_of(window, "Haddad"))
    window.handouts.handouts_action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        _save_through_file_dialog(qtbot, dialog.file_dialog, tmp_path / "klantreis_nl")
    assert saved.args == [str(tmp_path / "klantreis_nl.pdf")]
    assert dialog.handout is not None
    assert (tmp_path / "klantreis_nl.pdf").read_bytes() == dialog.handout.pdf
    assert "Opgeslagen" in dialog.status.text()

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        _print_to_file_through_print_dialog(qtbot, dialog.print_dialog, tmp_path / "print.pdf")
    assert printed.args == ["file"]
    assert (tmp_path / "print.pdf").read_bytes() == dialog.handout.pdf  # vectors, unscaled
    assert "klantreis" in _text(tmp_path / "print.pdf")
    assert _audited(window, Action.PRINT) == 1 and _audited(window, Action.SAVE_DOCUMENT) == 1

    cancelled = tmp_path / "never.pdf"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.file_dialog, QFileDialog)
    qtbot.waitUntil(dialog.file_dialog.isVisible)
    dialog.file_dialog.reject()  # Cancel: nothing written
    assert not cancelled.exists()

    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Sluiten")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert window.handouts.dialogs == []


def test_every_button_of_the_batch_dialog(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.table.selectRow(_row_of(window, "Tesfay"))
    window.handouts.batch_action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, BatchDialog)
    qtbot.mouseClick(dialog.by_selection, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_batch, timeout=20_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        _save_through_file_dialog(qtbot, dialog.file_dialog, tmp_path / "rol.pdf")
    assert (tmp_path / "rol.pdf").read_bytes() == dialog.pdf

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isVisible()
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        _print_to_file_through_print_dialog(qtbot, dialog.print_dialog, tmp_path / "job.pdf")
        assert dialog.cancel_button.isVisible()  # while the job is under way
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    # A print to file is written whole before the stop is seen: it reports being stopped.
    assert printed.args in (["file"], ["cancelled"])
    assert not dialog.cancel_button.isVisible()
    assert dialog.make_button.isEnabled() and dialog.print_button.isEnabled()

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        _print_to_file_through_print_dialog(qtbot, dialog.print_dialog, tmp_path / "job2.pdf")
    assert printed.args == ["file"]
    assert (tmp_path / "job2.pdf").read_bytes() == dialog.pdf
    assert "Tesfay" in _text(tmp_path / "job2.pdf")

    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_the_batch_prints_to_a_real_print_queue(
    qtbot, make_window, populated_dir: Path, cups_queue
) -> None:
    """Choose the CUPS queue in Qt's print dialog: the job arrives as text, not page images."""
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.table.selectRow(_row_of(window, "Tesfay"))
    window.handouts.batch_action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, BatchDialog)
    qtbot.mouseClick(dialog.by_selection, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_batch, timeout=20_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    print_dialog = dialog.print_dialog
    assert print_dialog is not None
    qtbot.waitUntil(print_dialog.isVisible)
    printers = print_dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText(cups_queue.name))
    assert printers.currentText() == cups_queue.name
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
        qtbot.mouseClick(_accept_button(print_dialog), Qt.MouseButton.LeftButton)
    assert printed.args == ["queue"]
    cups_queue.wait_until_idle()
    out = cups_queue.printed()[-1]
    assert "Tesfay" in _text(out)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) == 2  # the header only: no page images
    assert _audited(window, Action.PRINT) == 1
