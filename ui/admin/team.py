"""The team roster (Beheer → Team) and the dialog that assigns people to a consultant.

The roster tab lists the consultants with their caseload; an admin adds one, edits their
phone and e-mail (they go on every handout), marks one as left, and hands a caseload over
in one action. The core checks the role again and audits each change.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dossier.validation import Raw, ValidationFailed
from desktop.roster import TeamMember, assign, hand_over, roster, save_consultant
from desktop.store import Store
from ui.labels import error_message
from ui.widgets import error_label

log = logging.getLogger(__name__)


class TeamTab(QWidget):
    """The consultants of the team: add, edit, mark as left, hand a caseload over.

    Signals:
        changed(): the roster or an assignment changed (the caseload reloads).
    """

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._members: list[TeamMember] = []
        self._editing: str | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("team")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setObjectName("consultant_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("consultant_phone")
        self.email = QLineEdit()
        self.email.setObjectName("consultant_email")
        self.active = QCheckBox()
        self.active.setObjectName("consultant_active")
        self.active.setChecked(True)
        self.errors = {name: error_label() for name in ("name", "phone", "email")}
        for label in self.errors.values():
            label.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.setObjectName("consultant_save")
        self.save_button.setDefault(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("consultant_new")
        self.handover_button = QPushButton()
        self.handover_button.setObjectName("consultant_handover")
        self.message = error_label()
        self.message.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("team_status")
        self.form_labels = {name: QLabel() for name in ("name", "phone", "email", "active")}
        form = QFormLayout()
        for name, widget in (("name", self.name), ("phone", self.phone), ("email", self.email)):
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self.errors[name])
            self.form_labels[name].setBuddy(widget)
            form.addRow(self.form_labels[name], column)
        form.addRow(self.form_labels["active"], self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.handover_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.new_button.clicked.connect(lambda _checked=False: self.start_new())
        self.handover_button.clicked.connect(lambda _checked=False: self.hand_over())
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Status"),
                self.tr("Caseload"),
            ]
        )
        self.form_labels["name"].setText(self.tr("&Name:"))
        self.form_labels["phone"].setText(self.tr("&Phone:"))
        self.form_labels["email"].setText(self.tr("&E-mail:"))
        self.form_labels["active"].setText(self.tr("Works in the team:"))
        self.active.setText(self.tr("active (untick when the consultant leaves)"))
        self.save_button.setText(self.tr("&Save consultant"))
        self.new_button.setText(self.tr("New &consultant"))
        self.handover_button.setText(self.tr("&Hand caseload over…"))
        self.table.setAccessibleName(self.tr("Consultants of the team"))
        self.name.setAccessibleName(self.tr("Consultant's name"))
        self.phone.setAccessibleName(self.tr("Consultant's phone"))
        self.email.setAccessibleName(self.tr("Consultant's e-mail"))
        self.active.setAccessibleName(self.tr("Consultant works in the team"))

    def refresh(self) -> None:
        self._members = roster(self._store)
        self.table.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            cells = (
                member.name,
                member.phone,
                member.email,
                self.tr("Active") if member.active else self.tr("Left"),
                str(member.caseload),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.handover_button.setEnabled(self.selected() is not None)

    def selected(self) -> TeamMember | None:
        row = self.table.currentRow()
        return self._members[row] if 0 <= row < len(self._members) else None

    def select(self, name: str) -> None:
        """Select a consultant by name (and show them in the form)."""
        for row, member in enumerate(self._members):
            if member.name == name:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        member = self.selected()
        self.handover_button.setEnabled(member is not None)
        if member is None:
            return
        self._editing = member.consultant_id
        self.name.setText(member.name)
        self.phone.setText(member.phone)
        self.email.setText(member.email)
        self.active.setChecked(member.active)
        self._show_errors(None)

    def start_new(self) -> None:
        """Empty the form for a new consultant."""
        self.table.clearSelection()
        self._editing = None
        for line in (self.name, self.phone, self.email):
            line.clear()
        self.active.setChecked(True)
        self._show_errors(None)
        self.name.setFocus()

    def _show_errors(self, failed: ValidationFailed | None) -> None:
        for name, label in self.errors.items():
            text = failed.message_for(name) if failed else None
            label.setText(text or "")
            label.setVisible(bool(text))
        self.message.setVisible(False)

    def save(self) -> bool:
        """Add or change the consultant in the form; True when saved."""
        values: dict[str, Raw] = {
            "name": self.name.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "active": self.active.isChecked(),
        }
        try:
            saved = save_consultant(self._store, values, consultant_id=self._editing)
        except ValidationFailed as failed:
            self._show_errors(failed)
            return False
        except Exception as error:
            log.exception("saving a consultant failed")
            self.message.setText(error_message(error))
            self.message.setVisible(True)
            return False
        self._show_errors(None)
        self.status.setText(self.tr("Saved: {name}").format(name=values["name"]))
        self.refresh()
        self._editing = saved.record_id
        self.select(str(values["name"]))
        self.changed.emit()
        return True

    def hand_over(self, to_id: str | None = None) -> int:
        """Hand the selected consultant's caseload to a colleague (asked, or ``to_id``)."""
        source = self.selected()
        if source is None:
            return 0
        if to_id is None:
            others = [
                m for m in self._members if m.active and m.consultant_id != source.consultant_id
            ]
            dialog = ConsultantChoice(
                others,
                parent=self,
                title=self.tr("Hand over the caseload of {name} ({count})").format(
                    name=source.name, count=source.caseload
                ),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
                return 0
            to_id = dialog.chosen()
        assert to_id is not None
        try:
            moved = hand_over(self._store, source.consultant_id, to_id)
        except Exception as error:
            log.exception("handing a caseload over failed")
            self.message.setText(error_message(error))
            self.message.setVisible(True)
            return 0
        self.status.setText(self.tr("{count} trajectories handed over.").format(count=moved))
        self.refresh()
        self.changed.emit()
        return moved


class ConsultantChoice(QDialog):
    """Choose a consultant (to assign people to, or to hand a caseload to)."""

    def __init__(
        self,
        members: Sequence[TeamMember],
        *,
        title: str,
        allow_nobody: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultant_choice")
        self.setWindowTitle(title)
        self.combo = QComboBox()
        self.combo.setObjectName("consultant_choice_combo")
        if allow_nobody:
            self.combo.addItem(self.tr("(nobody)"), "")
        for member in members:
            self.combo.addItem(
                self.tr("{name} ({count})").format(name=member.name, count=member.caseload),
                member.consultant_id,
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.combo.count() > 0)
        label = QLabel(self.tr("&Consultant:"))
        label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        if not members:
            hint = QLabel(
                self.tr("There are no other active consultants: add them under Admin → Team first.")
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(buttons)
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.combo.setAccessibleName(self.tr("Consultant"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def chosen(self) -> str | None:
        """The chosen consultant's id ("" for nobody), None when nothing can be chosen."""
        data = self.combo.currentData()
        return None if data is None else str(data)


def assign_people(store: Store, person_ids: Sequence[str], parent: QWidget) -> int | None:
    """Ask for a consultant and give the people to them; how many changed (None: cancelled)."""
    if not person_ids:
        QMessageBox.information(
            parent,
            parent.tr("Assign"),
            parent.tr("Select one or more people in the caseload first."),
        )
        return None
    active = [m for m in roster(store) if m.active]
    dialog = ConsultantChoice(
        active,
        allow_nobody=True,
        parent=parent,
        title=parent.tr("Assign {count} people to").format(count=len(person_ids)),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.chosen()
    try:
        return assign(store, person_ids, chosen or None)
    except Exception as error:
        log.exception("assigning people failed")
        QMessageBox.warning(parent, parent.tr("Assign"), error_message(error))
        return None
