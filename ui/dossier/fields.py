"""One editor per form field, built from its :class:`FieldSpec`, with its error label.

Every editor holds plain text or a yes/no (what a draft stores), lays out Arabic text
right-to-left as it is typed, and shows a Dutch message next to itself when asked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.text import is_right_to_left
from desktop.dossier.forms import FieldSpec, Kind
from desktop.dossier.validation import MESSAGES, Raw, parse_date
from ui.dates import DateEdit
from ui.dossier.labels import field_choice_label
from ui.language_picker import LanguagePicker
from ui.widgets import error_label

NOTE_HEIGHT = 64
#: Fields that hold a language code, chosen from a list of languages by name.
LANGUAGE_FIELDS = frozenset({"interpreter_language", "klantreis_language"})
#: Fields that hold several language codes ("tr,en"), chosen by name.
LANGUAGES_FIELDS = frozenset({"languages"})


def _follow_script(widget: QWidget, text: str) -> None:
    """Right-to-left for Arabic (and Dari) text, left-to-right otherwise."""
    wanted = (
        Qt.LayoutDirection.RightToLeft
        if is_right_to_left(text)
        else (Qt.LayoutDirection.LeftToRight)
    )
    if widget.layoutDirection() != wanted:
        widget.setLayoutDirection(wanted)


class FieldEditor(QObject):
    """The editor widget of one field plus its error label.

    Signals:
        changed(): the value was edited (by typing or choosing).
    """

    changed = Signal()

    def __init__(
        self, spec: FieldSpec, parent: QObject | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._today = today
        self._date_unreadable = False
        self.error = error_label()
        self.error.setVisible(False)
        if spec.kind in (Kind.DATE, Kind.NUMBER):
            self.error.setWordWrap(False)  # a narrow field would wrap its message out of sight
        self.widget: QWidget = self._make()
        self.widget.setObjectName(spec.name)
        self.error.setObjectName(f"error:{spec.name}")

    def _make(self) -> QWidget:
        kind = self.spec.kind
        if kind is Kind.BOOL:
            box = QCheckBox()
            box.toggled.connect(self.changed)
            return box
        if self.spec.name in LANGUAGE_FIELDS | LANGUAGES_FIELDS:  # by name, no date typed in
            picker = LanguagePicker(multiple=self.spec.name in LANGUAGES_FIELDS)
            picker.changed.connect(self.changed)
            return picker
        if kind is Kind.CHOICE:
            combo = QComboBox()
            for value in self.spec.choices:
                combo.addItem(field_choice_label(self.spec.name, value), value)
            if "" not in self.spec.choices:
                combo.insertItem(0, field_choice_label(self.spec.name, ""), "")
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if kind is Kind.NOTE:
            note = QPlainTextEdit()
            note.setTabChangesFocus(True)  # Tab moves on, as in every other field
            note.setFixedHeight(NOTE_HEIGHT)
            note.textChanged.connect(self.changed)
            note.textChanged.connect(lambda: _follow_script(note, note.toPlainText()))
            return note
        if kind is Kind.DATE:
            line: QLineEdit = DateEdit(past=self.spec.past, today=self._today)
            line.editingFinished.connect(self._check_date)
        else:
            line = QLineEdit()
        if kind is Kind.NUMBER:
            line.setMaximumWidth(140)
        if self.spec.name == "bsn":
            self._mask_bsn(line)
        line.textChanged.connect(self.changed)
        line.textChanged.connect(lambda text: _follow_script(line, text))
        return line

    def _mask_bsn(self, line: QLineEdit) -> None:
        """The BSN shows as dots until "show" is clicked (someone may look over a shoulder)."""
        line.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_bsn = QAction(self)
        self.show_bsn.setObjectName("show_bsn")
        self.show_bsn.setCheckable(True)
        self.show_bsn.toggled.connect(
            lambda shown: line.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        line.addAction(self.show_bsn, QLineEdit.ActionPosition.TrailingPosition)

    def retranslate(self) -> None:
        """Relabel the choices after a language switch."""
        if isinstance(self.widget, LanguagePicker):
            self.widget.retranslate()
        elif isinstance(self.widget, QComboBox):
            for row in range(self.widget.count()):
                self.widget.setItemText(
                    row, field_choice_label(self.spec.name, self.widget.itemData(row))
                )
        if isinstance(self.widget, DateEdit):
            self.widget.retranslate()
        if self._date_unreadable and self.error.text():
            self.show_error(str(MESSAGES["date"]))  # the core's message, in the new language
        if self.spec.name == "bsn" and hasattr(self, "show_bsn"):
            self.show_bsn.setText(self.tr("Show BSN"))
            self.show_bsn.setToolTip(self.tr("Show or hide the whole BSN"))

    # -- value -----------------------------------------------------------------------------

    def value(self) -> Raw:
        """What the field holds now."""
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, LanguagePicker):
            return widget.value()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, DateEdit):  # "12-3-85" read as the field means it: 12-03-1985
            return widget.normalised_text()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, value: Raw) -> None:
        """Show ``value`` without emitting ``changed``."""
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, LanguagePicker):
                widget.set_value(value if isinstance(value, str) else "")
            elif isinstance(widget, QComboBox):
                found = widget.findData(value if isinstance(value, str) else "")
                widget.setCurrentIndex(max(found, 0))
            elif isinstance(widget, QPlainTextEdit):
                text = value if isinstance(value, str) else ""
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
                _follow_script(widget, text)
            elif isinstance(widget, QLineEdit):
                text = value if isinstance(value, str) else ""
                if widget.text() != text:
                    widget.setText(text)
                _follow_script(widget, text)
        finally:
            widget.blockSignals(False)

    # -- messages --------------------------------------------------------------------------

    def show_error(self, message: str | None) -> None:
        """Show a message under the field (or hide it with None)."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.widget.setProperty("invalid", bool(message))
        self.widget.setStyleSheet("border: 1px solid #b00020;" if message else "")

    def _check_date(self) -> None:
        try:
            parse_date(self.value())  # value() has read a two-digit year as the field means it
        except ValueError:
            self._date_unreadable = True
            self.show_error(str(MESSAGES["date"]))
        else:
            if self._date_unreadable:
                self.show_error(None)
            self._date_unreadable = False
