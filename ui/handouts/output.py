"""Asking where a handout goes: the save dialog and the print dialog, both window-modal.

Both dialogs are opened with ``open()`` rather than ``exec()``: no nested event loop, and a
test (or a screen reader) reaches the dialog as a child of the handout dialog and drives its
own buttons. The callbacks run when the consultant confirms; cancelling does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: str,
    file_filter: str,
    on_chosen: Callable[[str], object],
) -> QFileDialog:
    """Open a save dialog for a PDF; ``on_chosen(path)`` runs when a file is chosen."""
    dialog = QFileDialog(parent, title, suggested, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested)
    dialog.fileSelected.connect(on_chosen)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def ask_printer(parent: QWidget, printer: QPrinter, on_accepted: Callable[[], None]) -> QDialog:
    """Open the system print dialog for ``printer``; ``on_accepted()`` runs on Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.accepted.connect(on_accepted)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; QDialog's does not
    return dialog
