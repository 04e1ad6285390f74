"""First run: a new encrypted store, its recovery key, and the box that must be ticked."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pymupdf
from PySide6.QtCore import QSysInfo, Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.store import Store, StoreLocation
from desktop.store.errors import DatabaseExists
from tests.conftest import FAST_KDF, PASSPHRASE
from ui.first_run import key_lines

NEW_PASSPHRASE = "zeven vrolijke fietsers"


def test_first_run_creates_store_and_requires_checkbox(qtbot, make_window, tmp_path: Path):
    folder = tmp_path / "nieuw"
    window = make_window(folder)
    page = window.first_run
    assert page is not None
    assert window.stack.currentWidget() is page
    assert not page.create_button.isEnabled()

    qtbot.keyClicks(page.form.passphrase, "kort")
    assert page.form.hint.text().startswith("Te kort")
    page.form.passphrase.clear()
    qtbot.keyClicks(page.form.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.form.confirmation, NEW_PASSPHRASE[:-1])
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.form.confirmation, NEW_PASSPHRASE[-1])
    assert not page.create_button.isEnabled()  # nobody without a name
    qtbot.keyClicks(page.user_name, "  Anna   de Vries ")
    assert page.create_button.isEnabled()

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1, timeout=10_000)
    key = page.recovery_key
    assert page.key_label.text().replace("\n", "-") == key
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", key)
    assert StoreLocation(folder).exists()
    assert page.form.text() == ""  # the passphrase does not linger in a widget

    assert not page.continue_button.isEnabled()
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is not window.caseload
    page.kept_safe.setChecked(True)
    assert page.continue_button.isEnabled()
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.caseload
    assert window.first_run is None
    assert window.windowTitle() == "Wegwijzer"
    assert window.store.user == "Anna de Vries"  # the first user, by name, is the admin
    assert window.admin.admin

    window.lock()
    with Store.open(folder, NEW_PASSPHRASE) as store:
        assert store.user == "Anna de Vries"
    with Store.open_with_recovery(folder, key):
        pass


def test_recovery_key_saved_to_file(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "nieuw")
    page = window.first_run
    page.user_name.setText("Anna de Vries")
    page.form.passphrase.setText(PASSPHRASE)
    page.form.confirmation.setText(PASSPHRASE)
    qtbot.keyClick(page.form.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1, timeout=10_000)

    target = tmp_path / "sleutel.txt"
    page.write_recovery_key(target)
    text = target.read_text(encoding="utf-8")
    assert "\n".join(key_lines(page.recovery_key)) in text  # two lines of whole groups
    assert text.startswith("Herstelsleutel")
    assert f"Gemaakt op {date.today():%d-%m-%Y} op de laptop {QSysInfo.machineHostName()}" in text


def test_the_printed_recovery_key_has_date_laptop_and_whole_groups(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "nieuw")
    page = window.first_run
    page.user_name.setText("Anna de Vries")
    page.form.passphrase.setText(PASSPHRASE)
    page.form.confirmation.setText(PASSPHRASE)
    qtbot.keyClick(page.form.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1, timeout=10_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "sleutel.pdf"
    printer.setOutputFileName(str(target))
    page.print_recovery_key(printer)
    with pymupdf.open(target) as pdf:
        lines = [line.strip() for line in pdf[0].get_text().splitlines() if line.strip()]
    groups = [line for line in lines if re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4})+", line)]
    assert groups == key_lines(page.recovery_key)  # two lines, no group cut in two
    assert any(f"{date.today():%d-%m-%Y}" in line for line in lines)
    assert any(QSysInfo.machineHostName() in line for line in lines)


def test_first_run_shows_error_when_folder_is_taken(qtbot, make_window, tmp_path: Path):
    folder = tmp_path / "nieuw"
    window = make_window(folder)
    page = window.first_run
    Store.create(folder, PASSPHRASE, params=FAST_KDF)[0].close()  # made meanwhile
    page.user_name.setText("Anna de Vries")
    page.form.passphrase.setText(PASSPHRASE)
    page.form.confirmation.setText(PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    expected = str(DatabaseExists())
    qtbot.waitUntil(lambda: page.error.text() == expected, timeout=10_000)
    assert expected.startswith("Er staat hier al")
    assert page.pages.currentIndex() == 0
