"""Unlock: open the store with a passphrase, or with the recovery key and then a new passphrase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.access.session import unlock, unlock_with_recovery, user_names
from desktop.store import Store, settings
from desktop.store.errors import StoreError
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from ui.labels import error_message
from ui.passphrase import NewPassphraseForm
from ui.widgets import centred_panel, error_label, heading_label
from ui.worker import TaskRunner

log = logging.getLogger(__name__)

PASSPHRASE_PAGE, RECOVERY_PAGE, NEW_PASSPHRASE_PAGE = range(3)


class UnlockPage(QWidget):
    """The locked state of the app: nothing personal is visible until a store is unlocked.

    Signals:
        unlocked(Store): the store is open (after recovery: with its new passphrase saved).
    """

    unlocked = Signal(object)

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
        self._recovered: Store | None = None
        self._busy = False

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_recovery_page())
        self.pages.addWidget(self._build_new_passphrase_page())
        self.busy = QLabel()
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        self._show_users()
        self.retranslate_ui()

    # -- building ------------------------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        self._title = heading_label()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._user_label = QLabel()
        self.user_choice = QComboBox()  # shown when several users share this laptop
        self.user_choice.setObjectName("user_choice")
        self._user_label.setBuddy(self.user_choice)
        self._passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self._passphrase_label.setBuddy(self.passphrase)
        self.error = error_label()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgot_button")
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet("QPushButton { color: #0b57d0; text-align: left; }")

        self.passphrase.returnPressed.connect(self._unlock)
        self.passphrase.textEdited.connect(lambda _text: self.error.clear())
        self.unlock_button.clicked.connect(self._unlock)
        self.forgot_button.clicked.connect(self.show_recovery)

        field = QHBoxLayout()
        field.addWidget(self.passphrase, 1)
        field.addWidget(self.unlock_button)
        forgot = QHBoxLayout()
        forgot.addWidget(self.forgot_button)
        forgot.addStretch()
        return centred_panel(
            self._title,
            self._intro,
            self._user_label,
            self.user_choice,
            self._passphrase_label,
            field,
            self.error,
            forgot,
        )

    def _build_recovery_page(self) -> QWidget:
        self._recovery_title = heading_label()
        self._recovery_intro = QLabel()
        self._recovery_intro.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key_field")
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_error = error_label()
        self.recovery_button = QPushButton()
        self.recovery_button.setObjectName("recovery_button")
        self.recovery_button.setDefault(True)
        self.back_button = QPushButton()

        self.recovery_key.returnPressed.connect(self._recover)
        self.recovery_button.clicked.connect(self._recover)
        self.back_button.clicked.connect(self.show_passphrase)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.recovery_button)
        return centred_panel(
            self._recovery_title,
            self._recovery_intro,
            self.recovery_key,
            self.recovery_error,
            buttons,
        )

    def _build_new_passphrase_page(self) -> QWidget:
        self._new_title = heading_label()
        self._new_intro = QLabel()
        self._new_intro.setWordWrap(True)
        self.new_form = NewPassphraseForm()
        self.new_error = error_label()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_passphrase_button")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()

        self.new_form.validity_changed.connect(self.save_button.setEnabled)
        self.new_form.submitted.connect(self._save_new_passphrase)
        self.save_button.clicked.connect(self._save_new_passphrase)
        self.cancel_button.clicked.connect(self._cancel_recovery)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        return centred_panel(
            self._new_title, self._new_intro, self.new_form, self.new_error, buttons
        )

    # -- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Wegwijzer is locked"))
        self._intro.setText(self.tr("Enter your passphrase to open the dossiers."))
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._user_label.setText(self.tr("&User:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.forgot_button.setText(self.tr("Forgot your passphrase? Use the recovery key"))
        self.busy.setText(self.tr("Opening the encrypted database…"))
        self._recovery_title.setText(self.tr("Use the recovery key"))
        self._recovery_intro.setText(
            self.tr(
                "Type the recovery key from the sheet or file you saved when the database was "
                "made. Dashes and spaces do not matter. Afterwards you choose a new passphrase."
            )
        )
        self.recovery_button.setText(self.tr("&Open with recovery key"))
        self.back_button.setText(self.tr("&Back"))
        self._new_title.setText(self.tr("Choose a new passphrase"))
        self._new_intro.setText(
            self.tr(
                "The recovery key worked. Choose a new passphrase; you will use it from now "
                "on. The recovery key stays valid."
            )
        )
        self.save_button.setText(self.tr("&Save and open"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- navigation ----------------------------------------------------------------------

    def show_passphrase(self) -> None:
        """Back to the passphrase field, with every field and message cleared."""
        for field in (self.passphrase, self.recovery_key):
            field.clear()
        for label in (self.error, self.recovery_error, self.new_error):
            label.clear()
        self.new_form.clear()
        self._show_users()
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        self.passphrase.setFocus()

    def _show_users(self) -> None:
        """The user list of this laptop's key file; hidden when there is only one user."""
        names = user_names(self._folder)
        current = self.user_choice.currentText()
        self.user_choice.clear()
        self.user_choice.addItems(names)
        if current in names:
            self.user_choice.setCurrentText(current)
        several = len(names) > 1
        self.user_choice.setVisible(several)
        self._user_label.setVisible(several)

    def chosen_user(self) -> str | None:
        """The user picked in the list, or None when the passphrase alone decides."""
        if self.user_choice.isHidden():
            return None
        return self.user_choice.currentText() or None

    def show_recovery(self) -> None:
        self.error.clear()
        self.passphrase.clear()
        self.pages.setCurrentIndex(RECOVERY_PAGE)
        self.recovery_key.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _start(self, function, on_result) -> None:  # type: ignore[no-untyped-def]
        self._set_busy(True)
        self._runner.run(function, on_result, self._failed)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if not isinstance(error, StoreError):
            log.error("unlocking failed", exc_info=error)
        target = {
            PASSPHRASE_PAGE: self.error,
            RECOVERY_PAGE: self.recovery_error,
            NEW_PASSPHRASE_PAGE: self.new_error,
        }[self.pages.currentIndex()]
        target.setText(error_message(error))
        focus = {PASSPHRASE_PAGE: self.passphrase, RECOVERY_PAGE: self.recovery_key}
        field = focus.get(self.pages.currentIndex())
        if field is not None:
            field.selectAll()
            field.setFocus()

    # -- passphrase ----------------------------------------------------------------------

    def _unlock(self) -> None:
        passphrase = self.passphrase.text()
        if self._busy or not passphrase:
            return
        folder = self._folder
        self.error.clear()
        user = self.chosen_user()
        self._start(lambda: unlock(folder, passphrase, user=user), self._opened)

    def _opened(self, store: Store) -> None:
        self._set_busy(False)
        self.show_passphrase()
        self.unlocked.emit(store)

    # -- recovery ------------------------------------------------------------------------

    def _recover(self) -> None:
        key = self.recovery_key.text().strip()
        if self._busy or not key:
            return
        folder = self._folder
        self.recovery_error.clear()
        self._start(lambda: unlock_with_recovery(folder, key), self._recovered_store)

    def _recovered_store(self, store: Store) -> None:
        self._set_busy(False)
        self.recovery_key.clear()
        self._recovered = store
        # The strength hint counts the admin's and the municipality's names as guesses.
        self.new_form.set_words((store.user, settings.REPORT_MUNICIPALITY.get(store)))
        self.pages.setCurrentIndex(NEW_PASSPHRASE_PAGE)
        self.new_form.passphrase.setFocus()

    def _save_new_passphrase(self) -> None:
        store = self._recovered
        if self._busy or store is None or not self.new_form.is_valid():
            return
        passphrase, params = self.new_form.text(), self._params
        self.new_error.clear()
        self._start(lambda: store.change_passphrase(passphrase, params=params), self._saved)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        store, self._recovered = self._recovered, None
        self.show_passphrase()
        if store is not None:
            self.unlocked.emit(store)

    def _cancel_recovery(self) -> None:
        if self._recovered is not None:
            self._recovered.close()
            self._recovered = None
        self.show_passphrase()
