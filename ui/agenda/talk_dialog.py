"""Plan a talk, or move, change, cancel, hold or export a planned one.

Keyboard only: every field has a mnemonic label, Tab runs top to bottom, Enter is OK. A
problem is shown in Dutch under its field (from :func:`desktop.agenda.planning.parse_talk`).
Saving is one small transaction on the GUI thread, as the dossier forms do.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.ics import export_ics
from desktop.agenda.planning import (
    DEFAULT_DURATION,
    MAX_DURATION,
    Talk,
    cancel_talk,
    change_talk,
    mark_held,
    plan_talk,
)
from desktop.domain.appointments import AppointmentStatus
from desktop.domain.enums import InterpreterMode, Place
from desktop.dossier.validation import Raw, ValidationFailed, format_date
from desktop.messages import Problem
from desktop.store import Store
from ui.agenda.labels import (
    TALK_KINDS,
    change_label,
    moment_text,
    named_error_label,
    talk_label,
    talk_status_label,
)
from ui.dates import DateEdit
from ui.dossier.labels import choice_label
from ui.labels import error_message
from ui.language_picker import LanguagePicker

log = logging.getLogger(__name__)

CHOICE_FIELDS = {"kind": TALK_KINDS, "place": tuple(p.value for p in Place),
                 "interpreter_mode": tuple(m.value for m in InterpreterMode)}  # fmt: skip


def save_file_dialog(parent: QWidget, title: str, suggested: str, pattern: str) -> QFileDialog:
    """A save dialog; Qt's own (not the system's) on the offscreen platform, so that tests and
    screen readers can drive it by its objectName ``save_file_dialog``."""
    dialog = QFileDialog(parent, title, suggested, pattern)
    dialog.setObjectName("save_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("ics")
    dialog.selectFile(suggested)
    if QApplication.platformName() == "offscreen":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


class TalkDialog(QDialog):
    """The talk form (objectNames ``talk_<field>``, errors ``talk_<field>_error``).

    Signals:
        saved(str): the talk was planned, moved, changed, cancelled or held (the person's id).
        exported(str): the talk was written to this .ics file.
    """

    saved = Signal(str)
    exported = Signal(str)

    def __init__(
        self, store: Store, person_id: str, *, today: date, talk: Talk | None = None,
        kind: str | None = None, person_label: str = "", parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("talk_dialog")
        self.setModal(True)
        self.setMinimumWidth(620)  # a Dutch message under a field fits on one line
        self._store, self._person_id, self._today, self.talk = store, person_id, today, talk
        self._person_label = person_label
        self.fields: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in ("kind", "date", "time", "duration", "place", "place_detail",
                     "interpreter_mode", "interpreter_language", "coa_casemanager",
                     "vwn_begeleider", "attendees", "reason"):  # fmt: skip
            widget = self._make_field(name)
            widget.setObjectName(f"talk_{name}")
            self.fields[name] = widget
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            error = named_error_label(f"talk_{name}_error")
            error.setVisible(False)
            self.errors[name] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, column)
        self.fields["interpreter_mode"].currentIndexChanged.connect(self._interpreter_changed)
        self.heading = QLabel()
        self.heading.setObjectName("talk_heading")
        self.heading.setWordWrap(True)
        self.message = named_error_label("talk_message")
        self.message.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("talk_status")
        self.history = QListWidget()
        self.history.setObjectName("talk_history")
        self.history.setMaximumHeight(110)
        self.history_label = QLabel()
        self.history_label.setBuddy(self.history)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("talk_ok")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setObjectName("talk_close")
        self.close_button.clicked.connect(self.reject)
        self.cancel_talk_button = QPushButton()
        self.cancel_talk_button.setObjectName("talk_cancel_talk")
        self.cancel_talk_button.clicked.connect(self.cancel_talk)
        self.held_button = QPushButton()
        self.held_button.setObjectName("talk_held")
        self.held_button.clicked.connect(self.mark_held)
        self.export_button = QPushButton()
        self.export_button.setObjectName("talk_export")
        self.export_button.clicked.connect(self.export)
        self.full_name = QCheckBox()
        self.full_name.setObjectName("talk_full_name")
        self._layout(form)
        self._show(talk, kind)
        self.retranslate_ui()

    def _make_field(self, name: str) -> QLineEdit | QComboBox | QSpinBox | LanguagePicker:
        if name in CHOICE_FIELDS:
            box = QComboBox()
            for value in CHOICE_FIELDS[name]:
                box.addItem("", value)
            return box
        if name == "duration":
            spin = QSpinBox()
            spin.setRange(5, MAX_DURATION)
            spin.setSingleStep(15)
            spin.setValue(DEFAULT_DURATION)
            return spin
        if name == "date":
            return DateEdit(today=self._today)
        if name == "interpreter_language":  # by name: no date typed into it by mistake
            return LanguagePicker()
        return QLineEdit()

    def _layout(self, form: QFormLayout) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_talk_button)
        buttons.addWidget(self.held_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.close_button)
        export = QHBoxLayout()
        export.addWidget(self.export_button)
        export.addWidget(self.full_name)
        export.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addLayout(export)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        planned = self.talk is not None
        self.setWindowTitle(self.tr("Change talk") if planned else self.tr("Plan talk"))
        texts = {
            "kind": self.tr("&Talk"), "date": self.tr("&Date"), "time": self.tr("T&ime"),
            "duration": self.tr("D&uration"), "place": self.tr("Pl&ace"),
            "place_detail": self.tr("&Location"), "interpreter_mode": self.tr("I&nterpreter"),
            "interpreter_language": self.tr("Interpreter lan&guage"),
            "coa_casemanager": self.tr("&COA case manager"),
            "vwn_begeleider": self.tr("&VWN volunteer"), "attendees": self.tr("Also &present"),
            "reason": self.tr("&Reason (move or cancel)"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", ""))
        self.fields["time"].setPlaceholderText(self.tr("hh:mm"))
        self.fields["interpreter_language"].retranslate()
        self.fields["duration"].setSuffix(self.tr(" min"))
        for name in CHOICE_FIELDS:
            box = self.fields[name]
            for index in range(box.count()):
                value = box.itemData(index)
                box.setItemText(index, talk_label(value) if name == "kind" else choice_label(value))
        self.ok_button.setText(self.tr("Save") if planned else self.tr("Plan"))
        self.close_button.setText(self.tr("Close"))
        self.cancel_talk_button.setText(self.tr("Cancel this tal&k"))
        self.held_button.setText(self.tr("&Mark as held"))
        self.export_button.setText(self.tr("&Export to Outlook (.ics)…"))
        self.full_name.setText(self.tr("&Full name in the calendar"))
        self.history_label.setText(self.tr("&History"))
        buttons: tuple[tuple[Any, str], ...] = ((self.ok_button, self.ok_button.text()),
                             (self.cancel_talk_button, self.cancel_talk_button.text()),
                             (self.held_button, self.held_button.text()),
                             (self.export_button, self.export_button.text()),
                             (self.close_button, self.close_button.text()),
                             (self.full_name, self.full_name.text()),
                             (self.history, self.history_label.text()))  # fmt: skip
        for widget, name in buttons:
            widget.setAccessibleName(name.replace("&", ""))
        heading = self._person_label
        if self.talk is not None:
            heading = f"{heading} · {talk_status_label(self.talk.status)}".strip(" ·")
        self.heading.setText(heading)
        self._fill_history()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values ----------------------------------------------------------------------------

    def _show(self, talk: Talk | None, kind: str | None) -> None:
        values: dict[str, Raw] = talk.values if talk else {
            "kind": kind or "voortgang", "date": format_date(self._today), "time": "",
            "duration": str(DEFAULT_DURATION),
            "place": "rol" if kind == "koffie_en_koek" else "gemeentehuis",
            "interpreter_mode": "geen",
        }  # fmt: skip
        for name, widget in self.fields.items():
            value = values.get(name)
            if isinstance(widget, LanguagePicker):
                widget.set_value(str(value or ""))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(str(value or DEFAULT_DURATION)))
            else:
                widget.setText(str(value or ""))
        is_open = talk is not None and talk.status is AppointmentStatus.GEPLAND
        for widget in (self.cancel_talk_button, self.held_button):
            widget.setVisible(is_open)
        for widget in (self.export_button, self.full_name):
            widget.setVisible(talk is not None)
        for widget in (self.history, self.history_label):
            widget.setVisible(talk is not None and bool(talk.history))
        self.labels["reason"].setVisible(talk is not None)
        self.fields["reason"].setVisible(talk is not None)
        if talk is not None and not is_open:
            for widget in self.fields.values():
                widget.setEnabled(False)
            self.ok_button.setEnabled(False)
        self._interpreter_changed()

    def _interpreter_changed(self) -> None:
        mode = self.fields["interpreter_mode"]
        assert isinstance(mode, QComboBox)
        self.fields["interpreter_language"].setEnabled(
            mode.currentData() != "geen" and self.fields["interpreter_mode"].isEnabled()
        )

    def values(self) -> dict[str, Raw]:
        """The form as text values (what :func:`parse_talk` reads)."""
        found: dict[str, Raw] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                found[name] = widget.currentData()
            elif isinstance(widget, LanguagePicker):
                found[name] = widget.value()
            elif isinstance(widget, QSpinBox):
                found[name] = str(widget.value())
            elif isinstance(widget, DateEdit):
                found[name] = widget.normalised_text()
            else:
                found[name] = widget.text()
        return found

    def _fill_history(self) -> None:
        self.history.clear()
        if self.talk is None:
            return
        for line in reversed(self.talk.history):
            text = f"{line.at:%d-%m-%Y %H:%M} {line.by}: {change_label(line.change)}"
            if line.change.value == "verplaatst" and line.old_starts_at and line.new_starts_at:
                text += f" {moment_text(line.old_starts_at)} → {moment_text(line.new_starts_at)}"
            elif line.new_starts_at:
                text += f" {moment_text(line.new_starts_at)}"
            if line.reason:
                text += f" ({line.reason})"
            self.history.addItem(text)

    def show_errors(self, failed: ValidationFailed) -> None:
        """Each message under its field; focus on the first wrong field."""
        first = None
        for name, label in self.errors.items():
            message = failed.message_for(name)
            label.setText(message or "")
            label.setVisible(bool(message))
            if message and first is None:
                first = name
        if first is not None:
            self.fields[first].setFocus()
        self.adjustSize()  # room for the messages

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.message.setVisible(False)

    def _show_problem(self, error: Exception) -> None:
        # A Problem (a talk removed through sync, ...) says itself what happened, in Dutch.
        self.message.setText(str(error) if isinstance(error, Problem) else error_message(error))
        self.message.setVisible(True)

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> None:
        """Plan the talk, or save its move or change; closes the dialog when it worked."""
        self._clear_errors()
        try:
            if self.talk is None:
                plan_talk(self._store, self._person_id, self.values(), today=self._today)
            else:
                change_talk(self._store, self.talk.id, self.values(), today=self._today)
        except ValidationFailed as failed:
            self.show_errors(failed)
            return
        except Exception as error:  # a problem of the store or a talk removed through sync
            log.exception("saving a talk failed")
            self._show_problem(error)
            return
        self.saved.emit(self._person_id)
        self.accept()

    def cancel_talk(self) -> None:
        """Cancel the talk with the reason typed in the reason field."""
        if self.talk is None:
            return
        self._clear_errors()
        reason = self.fields["reason"]
        assert isinstance(reason, QLineEdit)
        try:
            cancel_talk(self._store, self.talk.id, reason=reason.text())
        except ValidationFailed as failed:
            self.show_errors(failed)
            return
        except Exception as error:
            log.exception("a screen action failed")
            self._show_problem(error)
            return
        self.saved.emit(self._person_id)
        self.accept()

    def mark_held(self) -> None:
        if self.talk is None:
            return
        try:
            mark_held(self._store, self.talk.id)
        except Exception as error:
            log.exception("a screen action failed")
            self._show_problem(error)
            return
        self.saved.emit(self._person_id)
        self.accept()

    def export(self) -> None:
        """Ask where to save this talk as .ics (the file name holds no personal data)."""
        if self.talk is None:
            return
        dialog = save_file_dialog(self, self.tr("Export talk"), "gesprek.ics",
                                  self.tr("Calendar files (*.ics)"))  # fmt: skip
        dialog.fileSelected.connect(self._export_to)
        dialog.open()

    def _export_to(self, path: str) -> None:
        if self.talk is None or not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        try:
            export_ics(self._store, [self.talk.id], target, full_name=self.full_name.isChecked(),
                       now=datetime.now(UTC))  # fmt: skip
        except Exception as error:
            log.exception("a screen action failed")
            self._show_problem(error)
            return
        self.status.setText(self.tr("Saved as {name}.").format(name=target.name))
        self.exported.emit(str(target))
