"""First run: choose a passphrase, create the encrypted store, then hand over the recovery key."""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSysInfo, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.access.errors import InvalidUserName
from desktop.access.names import check_user_name
from desktop.dossier.validation import format_date
from desktop.store import Store
from desktop.store.errors import StoreError
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.store.removable import removable_folders, same_disk
from ui.labels import error_message
from ui.passphrase import NewPassphraseForm
from ui.widgets import centred_panel, error_label, heading_label
from ui.worker import TaskRunner

log = logging.getLogger(__name__)


def key_lines(key: str) -> list[str]:
    """The recovery key as two lines of whole groups ("ABCD-EFGH-…"): big, never cut off."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return ["-".join(groups[:half]), "-".join(groups[half:])] if len(groups) > 1 else [key]


class FirstRunPage(QWidget):
    """Creates a new store in ``folder`` and shows its recovery key.

    Signals:
        completed(Store): the store is created and the user confirmed the key is kept safe.
    """

    completed = Signal(object)

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        *,
        params: Argon2Params = DEFAULT_ARGON2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._runner = runner
        self._params = params
        self._store: Store | None = None
        self._recovery_key = ""
        self._printer: QPrinter | None = None  # kept alive while the print dialog uses it

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate_ui()

    # -- building ------------------------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        self._title = heading_label()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.user_name = QLineEdit()  # who works here: the trail, the history name them
        self.user_name.setObjectName("user_name")
        self.user_name.setMaxLength(80)
        self._user_name_label = QLabel()
        self._user_name_label.setBuddy(self.user_name)
        name_row = QFormLayout()
        name_row.addRow(self._user_name_label, self.user_name)
        self.form = NewPassphraseForm()
        self.error = error_label()
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_button")
        self.create_button.setEnabled(False)
        self.create_button.setDefault(True)
        self.busy = QLabel()
        self.busy.setVisible(False)

        self.form.validity_changed.connect(self._update_create_button)
        self.user_name.textChanged.connect(lambda _text: self._update_create_button())
        self.form.submitted.connect(self._create)
        self.create_button.clicked.connect(self._create)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        return centred_panel(self._title, self._intro, name_row, self.form, self.error, buttons)

    def _build_recovery_page(self) -> QWidget:
        self._key_title = heading_label()
        self._key_intro = QLabel()
        self._key_intro.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "QLabel { border: 2px solid #555; border-radius: 6px; padding: 16px;"
            " background: #fffdf0; color: #111; }"
        )
        self._key_warning = QLabel()
        self._key_warning.setWordWrap(True)
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.kept_safe = QCheckBox()
        self.kept_safe.setObjectName("kept_safe")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setEnabled(False)
        self.status = QLabel()

        self.save_button.clicked.connect(self._save_as)
        self.print_button.clicked.connect(self._print)
        self.kept_safe.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

        save_print = QHBoxLayout()
        save_print.addWidget(self.save_button)
        save_print.addWidget(self.print_button)
        save_print.addStretch()
        finish = QHBoxLayout()
        finish.addWidget(self.kept_safe)
        finish.addStretch()
        finish.addWidget(self.continue_button)
        return centred_panel(
            self._key_title,
            self._key_intro,
            self.key_label,
            self._key_warning,
            save_print,
            self.status,
            finish,
        )

    # -- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Welcome to Wegwijzer"))
        self._intro.setText(
            self.tr(
                "Wegwijzer keeps the dossiers encrypted on this computer. Choose a passphrase "
                "to open them. Nobody can read the data without it, not even the IT department."
            )
        )
        self._user_name_label.setText(self.tr("Your &name:"))
        self.user_name.setPlaceholderText(self.tr("First and last name, as colleagues know you"))
        self.user_name.setAccessibleName(self.tr("Your name"))
        self.create_button.setText(self.tr("&Create database"))
        self.busy.setText(self.tr("Creating the encrypted database…"))
        self._key_title.setText(self.tr("Your recovery key"))
        self._key_intro.setText(
            self.tr(
                "This recovery key is the only way back in if every passphrase is forgotten. "
                "Save it as a file on a USB stick or print it, and keep it somewhere safe, "
                "away from this laptop."
            )
        )
        self._key_warning.setText(
            self.tr(
                "<b>Without the passphrase and without this recovery key the data is lost "
                "for good.</b> Nobody can recover it, not even the supplier."
            )
        )
        self.save_button.setText(self.tr("&Save as file…"))
        self.print_button.setText(self.tr("&Print…"))
        self.kept_safe.setText(self.tr("I have &stored the recovery key safely"))
        self.continue_button.setText(self.tr("&Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- creating ------------------------------------------------------------------------

    def chosen_name(self) -> str | None:
        """The user's name as typed, tidied; None while it is not a usable name."""
        try:
            return check_user_name(self.user_name.text())
        except InvalidUserName:
            return None

    def _update_create_button(self) -> None:
        self.create_button.setEnabled(
            self.form.is_valid() and self.chosen_name() is not None and not self.busy.isVisible()
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.form.setEnabled(not busy)
        self._update_create_button()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _create(self) -> None:
        name = self.chosen_name()
        if not self.form.is_valid() or name is None or self.busy.isVisible():
            return
        folder, passphrase, params = self._folder, self.form.text(), self._params
        self.error.clear()
        self._set_busy(True)
        self.user_name.setEnabled(False)
        self._runner.run(
            lambda: Store.create(folder, passphrase, user=name, params=params),
            self._created,
            self._failed,
        )

    def _created(self, result: tuple[Store, str]) -> None:
        self._set_busy(False)
        self.user_name.setEnabled(True)
        self.form.clear()
        self._store, self._recovery_key = result
        self.key_label.setText("\n".join(key_lines(self._recovery_key)))
        self.pages.setCurrentIndex(1)
        self.kept_safe.setFocus()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.user_name.setEnabled(True)
        if not isinstance(error, StoreError):
            log.error("creating the store failed", exc_info=error)
        self.error.setText(error_message(error))

    # -- the recovery key ----------------------------------------------------------------

    @property
    def recovery_key(self) -> str:
        """The recovery key on display (empty once the user continued)."""
        return self._recovery_key

    def recovery_key_text(self) -> str:
        """The text written to a file or printed: the key (two lines of whole groups), when
        and on which laptop it was made, and a short explanation."""
        return self.tr(
            "Wegwijzer recovery key\n\n{key}\n\nMade on {date} on the laptop {laptop}.\n\n"
            "Keep this sheet somewhere safe. With this key the database can be opened "
            "when every passphrase is forgotten.\n"
        ).format(key="\n".join(key_lines(self._recovery_key)), date=format_date(date.today()),
                 laptop=QSysInfo.machineHostName() or "?")  # fmt: skip

    def print_recovery_key(self, printer: QPrinter) -> None:
        """Print the recovery key sheet; the key in large fixed-width type, each line of
        groups kept whole (never wrapped inside a group)."""
        lines = key_lines(self._recovery_key)
        before, _key, after = self.recovery_key_text().partition("\n".join(lines))

        def paragraphs(text: str) -> str:
            return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())

        key_block = (
            '<p style="font-family: monospace; font-size: 20pt; font-weight: bold; '
            'white-space: pre;">' + "<br>".join(html.escape(line) for line in lines) + "</p>"
        )
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(paragraphs(before) + key_block + paragraphs(after))
        document.print_(printer)

    def write_recovery_key(self, path: Path) -> None:
        """Write the recovery key to a text file."""
        path.write_text(self.recovery_key_text(), encoding="utf-8")

    def suggested_recovery_path(self) -> str:
        """Where the save dialog starts: a USB stick when one is in, never the home folder."""
        name = self.tr("wegwijzer-recovery-key.txt")
        sticks = removable_folders()
        return str(sticks[0] / name) if sticks else name

    def _save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery key (on a USB stick, not on this laptop)"),
            self.suggested_recovery_path(),
            self.tr("Text files (*.txt)"),
        )
        if name:
            self.save_recovery_key(Path(name))

    def save_recovery_key(self, path: Path) -> None:
        """Write the key to ``path``; warn when that is this laptop's own disk."""
        try:
            self.write_recovery_key(path)
        except OSError:
            self.status.setText(self.tr("The file could not be saved. Choose another place."))
            return
        if same_disk(path, self._folder):
            self.status.setText(
                self.tr(
                    "Saved, but on this laptop's own disk: whoever steals the laptop finds the "
                    "key too. Copy it to a USB stick or print it, keep that apart from the "
                    "laptop, and delete this file."
                )
            )
        else:
            self.status.setText(self.tr("Saved."))

    def _print(self) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self)
        dialog.setWindowTitle(self.tr("Print recovery key"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_recovery_key(self._printer)
            self.status.setText(self.tr("Sent to the printer."))

    def _continue(self) -> None:
        if self._store is None or not self.kept_safe.isChecked():
            return
        store, self._store = self._store, None
        self._recovery_key = ""
        self.key_label.clear()
        self.completed.emit(store)
