"""Choosing a new passphrase: two fields, a strength hint, and whether it may be used."""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.passphrase_strength import strength
from desktop.store.keys import MIN_PASSPHRASE_LENGTH


@functools.lru_cache(maxsize=32)  # zxcvbn takes ~30 ms; the hint and validity ask alike
def passphrase_strength(passphrase: str, words: tuple[str, ...] = ()) -> int:
    """0 = too short, 1 = easy to guess (refused), 2 = reasonable, 3 = strong.

    The verdict is zxcvbn's (desktop/passphrase_strength.py, with Dutch words and ``words``
    such as the user's and the municipality's name), the same check the core applies.
    """
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return 0
    verdict = strength(passphrase, words)
    if not verdict.acceptable:
        return 1
    return 3 if verdict.score >= 4 else 2


class NewPassphraseForm(QWidget):
    """Passphrase and confirmation fields with a live hint.

    Signals:
        validity_changed(bool): the passphrase is long enough and both fields match.
        submitted(): Return was pressed in the confirmation field while valid.
    """

    validity_changed = Signal(bool)
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("new_passphrase")
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setObjectName("confirm_passphrase")
        self.hint = QLabel()
        self.hint.setObjectName("strength_hint")
        self.hint.setWordWrap(True)
        self._passphrase_label = QLabel()
        self._confirmation_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirmation_label.setBuddy(self.confirmation)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self._passphrase_label, self.passphrase)
        layout.addRow(self._confirmation_label, self.confirmation)
        layout.addRow("", self.hint)

        self._valid = False
        self._words: tuple[str, ...] = ()
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self.confirmation.returnPressed.connect(self._submit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._passphrase_label.setText(self.tr("&New passphrase:"))
        self._confirmation_label.setText(self.tr("&Repeat passphrase:"))
        self.passphrase.setPlaceholderText(
            self.tr("At least {n} characters, a sentence works well").format(
                n=MIN_PASSPHRASE_LENGTH
            )
        )
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def is_valid(self) -> bool:
        return self._valid

    def set_words(self, words: tuple[str, ...]) -> None:
        """Names the passphrase must not lean on (the user's, the municipality's)."""
        self._words = tuple(w for w in words if w)
        self._update()

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    def _hint_text(self) -> tuple[str, str]:
        text = self.passphrase.text()
        if not text:
            return "", ""
        strength = passphrase_strength(text, self._words)
        if strength == 0:
            left = MIN_PASSPHRASE_LENGTH - len(text.strip())
            return self.tr("Too short: {n} more characters needed.").format(n=left), "#b00020"
        if self.confirmation.text() and self.confirmation.text() != text:
            return self.tr("The two passphrases are not the same."), "#b00020"
        words = {
            1: (
                self.tr(
                    "Easy to guess: a known word, name, date or pattern (such as "
                    "'Welkom2025'). Use a sentence of a few unusual words."
                ),
                "#b00020",
            ),
            2: (self.tr("Reasonable. Longer is stronger."), "#5c6b00"),
            3: (self.tr("Strong."), "#1b7a2e"),
        }
        return words[strength]

    def _update(self) -> None:
        message, colour = self._hint_text()
        self.hint.setText(message)
        self.hint.setStyleSheet(f"color: {colour};" if colour else "")
        text = self.passphrase.text()
        valid = passphrase_strength(text, self._words) > 1 and text == self.confirmation.text()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _submit(self) -> None:
        if self._valid:
            self.submitted.emit()
