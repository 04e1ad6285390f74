"""Registering a newcomer: the "Nieuwe koppeling" dialog (Ctrl+N) with household and duplicates.

The dialog is a :class:`FormPage` over the registration spec (drafts kept in the encrypted
database while typing, messages next to the fields, Ctrl+S to register) plus what a plain
form cannot hold: the consultant, the household members, and for a nareiziger the household
they join. While the consultant types, people who may already be registered appear above the
form with a button to open their dossier instead.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Category
from desktop.domain.model import PersonId
from desktop.dossier import saving
from desktop.dossier.operations import Saved
from desktop.dossier.registration import (
    KOPPELING,
    NEW_MEMBER,
    Duplicate,
    DuplicateReason,
    check_duplicates,
    check_member,
    discard_registration_draft,
    find_registered,
    load_registration_draft,
    members_of,
    members_text,
    save_registration_draft,
)
from desktop.dossier.validation import FieldError, Raw, ValidationFailed
from desktop.roster import roster
from desktop.store import Store
from ui.caseload_model import format_date
from ui.dossier.form_page import FormPage, Values
from ui.dossier.labels import choice_label
from ui.widgets import error_label, fit_to_screen

log = logging.getLogger(__name__)

#: Fields the dialog shows with widgets of its own (not plain form fields).
OWN_FIELDS = ("consultant_id", "household_of", "members")
#: How long typing pauses before the duplicate check runs.
DUPLICATE_DELAY_MS = 250

SECTIONS = [
    ("person", ["given_names", "family_name", "name_original", "birth_date", "sex",
                "v_nummer", "bsn", "category", "country_of_origin", "languages",
                "interpreter_needed"]),
    ("koppeling", ["koppeling_date", "melding_date", "residence_kind", "residence_location",
                   "linked_via", "not_a_duplicate"]),
]  # fmt: skip


class MemberDialog(QDialog):
    """Add one household member to the registration (checked before it is added)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member_dialog")
        self._today = today
        self.values: dict[str, Raw] | None = None
        self.form = FormPage(NEW_MEMBER, [("member", list(NEW_MEMBER.names))],
                             can_complete=False)  # fmt: skip
        self.form.connect_store(self._check, lambda _values: None, lambda: None)
        self.form.saved.connect(lambda _saved: self.accept())
        self.form.undo_button.setVisible(False)
        self.form.discard_button.setVisible(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("member_cancel")
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate_ui()
        fit_to_screen(self, 520, 560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Household member"))
        self.form.save_button.setText(self.tr("&Add to household"))

    def _check(self, values: Values, _complete: bool) -> Saved:
        check_member(values, today=self._today)
        self.values = dict(values)
        return Saved("new_member", "", True)

    def show_values(self, values: Values) -> None:
        self.form.show_values(values, None)


class KoppelingDialog(QDialog):
    """Register a newcomer and their household.

    Signals:
        registered(str): the new person's id, after a successful registration.
        open_existing(str): the consultant chose to open a dossier that already exists.
    """

    registered = Signal(str)
    open_existing = Signal(str)

    def __init__(self, store: Store, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("koppeling_dialog")
        self.store = store
        self._today = today
        self._members: list[dict[str, Raw]] = []
        self._duplicates: list[Duplicate] = []

        self.duplicates_box = QGroupBox()
        self.duplicates_box.setObjectName("duplicates")
        self.duplicates_box.setStyleSheet("QGroupBox#duplicates { border: 2px solid #c77700; }")
        self._duplicate_layout = QVBoxLayout(self.duplicates_box)
        self._duplicate_rows: list[QWidget] = []
        self.duplicates_box.setVisible(False)

        self.form = FormPage(KOPPELING, SECTIONS, can_complete=False)
        self.form.connect_store(self._save, self._keep_draft, self._drop_draft)
        self.form.saved.connect(self._registered)
        self.form.failed.connect(self._show_failure)
        for editor in self.form.editors.values():
            editor.changed.connect(self._schedule_duplicates)
        self.form.editors["category"].changed.connect(self._category_changed)

        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant_id")
        self.consultant.currentIndexChanged.connect(self._own_changed)
        self.consultant_label = QLabel()
        self.consultant_label.setBuddy(self.consultant)
        self.consultant_error = error_label()
        self.consultant_error.setVisible(False)

        self.household_search = QLineEdit()
        self.household_search.setObjectName("household_search")
        self.household_search.setClearButtonEnabled(True)
        self.household_of = QComboBox()
        self.household_of.setObjectName("household_of")
        self.household_of.currentIndexChanged.connect(self._own_changed)
        self.household_label = QLabel()
        self.household_label.setBuddy(self.household_search)
        self.household_error = error_label()
        self.household_error.setVisible(False)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(DUPLICATE_DELAY_MS)
        self._search_timer.timeout.connect(self._search_households)
        self.household_search.textChanged.connect(self._search_timer.start)

        self.members = QTableWidget(0, 4)
        self.members.setObjectName("members")
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members.setMinimumHeight(110)
        self.members.doubleClicked.connect(lambda _index: self.edit_member())
        self.add_member_button = QPushButton()
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(lambda _checked=False: self.add_member())
        self.remove_member_button = QPushButton()
        self.remove_member_button.setObjectName("remove_member")
        self.remove_member_button.clicked.connect(lambda _checked=False: self.remove_member())
        self.members_error = error_label()
        self.members_error.setVisible(False)
        self.message = error_label()
        self.message.setVisible(False)

        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates_now)
        self._layout()
        self.retranslate_ui()
        self._fill_consultants()
        self._restore_draft()
        fit_to_screen(self, 760, 700)

    def _layout(self) -> None:
        extra = QWidget()
        column = QVBoxLayout(extra)
        column.setContentsMargins(0, 0, 0, 0)
        self.team_box = QGroupBox()
        team = QVBoxLayout(self.team_box)
        row = QHBoxLayout()
        row.addWidget(self.consultant_label)
        row.addWidget(self.consultant, 1)
        team.addLayout(row)
        team.addWidget(self.consultant_error)
        column.addWidget(self.team_box)
        self.join_box = QGroupBox()
        join = QVBoxLayout(self.join_box)
        row = QHBoxLayout()
        row.addWidget(self.household_label)
        row.addWidget(self.household_search, 1)
        join.addLayout(row)
        join.addWidget(self.household_of)
        join.addWidget(self.household_error)
        column.addWidget(self.join_box)
        self.join_box.setVisible(False)
        self.household_box = QGroupBox()
        household = QVBoxLayout(self.household_box)
        household.addWidget(self.members)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.remove_member_button)
        buttons.addStretch(1)
        household.addLayout(buttons)
        household.addWidget(self.members_error)
        column.addWidget(self.household_box)
        # Below the form's own sections, inside its scroll area.
        self.form.body_layout.insertWidget(self.form.body_layout.count() - 1, extra)
        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.message)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.close_buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New koppeling"))
        self.form.save_button.setText(self.tr("&Register"))
        self.form.save_button.setToolTip(self.tr("Ctrl+S"))
        self.duplicates_box.setTitle(self.tr("Is this someone already registered?"))
        self.team_box.setTitle(self.tr("Consultant"))
        self.consultant_label.setText(self.tr("&Guided by"))
        self.join_box.setTitle(self.tr("Joins the household of"))
        self.household_label.setText(self.tr("Search by &name"))
        self.household_search.setPlaceholderText(self.tr("Name of someone already registered"))
        self.household_box.setTitle(self.tr("Household: partner, children, family abroad"))
        self.members.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Date of birth"), self.tr("Role"), self.tr("Notes")]
        )
        self.add_member_button.setText(self.tr("Add &member…"))
        self.remove_member_button.setText(self.tr("Remove member"))
        for widget, name in (
            (self.consultant, self.tr("Consultant who guides this person")),
            (self.household_search, self.tr("Search the household to join")),
            (self.household_of, self.tr("Household to join")),
            (self.members, self.tr("Household members")),
            (self.add_member_button, self.tr("Add a household member")),
            (self.remove_member_button, self.tr("Remove the selected household member")),
        ):
            widget.setAccessibleName(name)
        self._show_members()
        self._show_duplicates()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the parts a plain form cannot hold ------------------------------------------------

    def _fill_consultants(self) -> None:
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("(nobody yet)"), "")
        for member in roster(self.store):
            if member.active:
                self.consultant.addItem(member.name, member.consultant_id)
        mine = self.consultant.findText(self.store.user)
        self.consultant.setCurrentIndex(max(mine, 0))
        self.consultant.blockSignals(False)

    def own_values(self) -> Values:
        """The consultant, the household joined and the members, as form values."""
        return {
            "consultant_id": str(self.consultant.currentData() or ""),
            "household_of": str(self.household_of.currentData() or "")
            if self.join_box.isVisible() or self.household_of.count()
            else "",
            "members": members_text(self._members),
        }

    def values(self) -> Values:
        """Everything typed and chosen."""
        return {**self.form.values(), **self.own_values()}

    def _own_changed(self) -> None:
        self.form._edited()  # the draft timer: the consultant or household is part of it

    def _category_changed(self) -> None:
        is_nareiziger = self.form.editors["category"].value() == Category.NAREIZIGER.value
        self.join_box.setVisible(is_nareiziger)
        is_gezinsmigrant = self.form.editors["category"].value() == Category.GEZINSMIGRANT.value
        self.form.editors["melding_date"].widget.setEnabled(is_gezinsmigrant)
        self.form.editors["koppeling_date"].widget.setEnabled(not is_gezinsmigrant)

    def _search_households(self) -> None:
        matches = find_registered(self.store, self.household_search.text())
        self.household_of.blockSignals(True)
        self.household_of.clear()
        for match in matches:
            born = format_date(match.birth_date) if match.birth_date else ""
            self.household_of.addItem(f"{match.display_name}  {born}".strip(), match.person_id)
        self.household_of.blockSignals(False)
        self._own_changed()

    def add_member(self, values: Values | None = None) -> bool:
        """Ask for a household member (or take ``values``) and add them; True when added."""
        dialog = MemberDialog(self._today, self)
        family = self.form.editors["family_name"].value()
        dialog.show_values(values or {"family_name": family, "household_role": "kind"})
        if values is not None:
            dialog.form.save()
        elif dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.values is None:
            return False
        self._members.append(dialog.values)
        self._show_members()
        self._own_changed()
        return True

    def edit_member(self) -> None:
        row = self.members.currentRow()
        if row < 0:
            return
        dialog = MemberDialog(self._today, self)
        dialog.show_values(self._members[row])
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.values is not None:
            self._members[row] = dialog.values
            self._show_members()
            self._own_changed()

    def remove_member(self) -> None:
        row = self.members.currentRow()
        if 0 <= row < len(self._members):
            del self._members[row]
            self._show_members()
            self._own_changed()

    def _show_members(self) -> None:
        self.members.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            notes = []
            if member.get("abroad"):
                notes.append(self.tr("abroad"))
            if member.get("own_trajectory"):
                notes.append(self.tr("own journey"))
            cells = (
                f"{member.get('given_names') or ''} {member.get('family_name') or ''}".strip(),
                str(member.get("birth_date") or ""),
                choice_label(str(member.get("household_role") or "")),
                ", ".join(notes),
            )
            for column, text in enumerate(cells):
                self.members.setItem(row, column, QTableWidgetItem(text))
        self.remove_member_button.setEnabled(bool(self._members))

    # -- duplicates ------------------------------------------------------------------------

    def _schedule_duplicates(self) -> None:
        self._duplicate_timer.start()

    def check_duplicates_now(self) -> list[Duplicate]:
        """Look for people who may be this one (also runs shortly after typing stops)."""
        self._duplicate_timer.stop()
        try:
            self._duplicates = check_duplicates(self.store, self.form.values(), today=self._today)
        except Exception:
            log.exception("the duplicate check failed")
            self._duplicates = []
        self._show_duplicates()
        return self._duplicates

    def _show_duplicates(self) -> None:
        for old in self._duplicate_rows:
            self._duplicate_layout.removeWidget(old)
            old.deleteLater()
        self._duplicate_rows = []
        reasons = {
            DuplicateReason.BSN: self.tr("same BSN"),
            DuplicateReason.V_NUMMER: self.tr("same V-number"),
            DuplicateReason.NAME_AND_BIRTH_DATE: self.tr("same name and date of birth"),
        }
        for duplicate in self._duplicates[:3]:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            born = format_date(duplicate.birth_date) if duplicate.birth_date else ""
            text = f"{duplicate.display_name}  {born}  ({reasons[duplicate.reason]})"
            label = QLabel(text)
            label.setObjectName("duplicate")
            button = QPushButton(self.tr("Open this dossier"))
            button.setObjectName(f"open_duplicate:{duplicate.person_id}")
            button.setAccessibleName(self.tr("Open the dossier of {name}").format(
                name=duplicate.display_name))  # fmt: skip
            button.clicked.connect(
                lambda _checked=False, pid=duplicate.person_id: self._open_existing(pid)
            )
            row.addWidget(label, 1)
            row.addWidget(button)
            self._duplicate_layout.addWidget(holder)
            self._duplicate_rows.append(holder)
        self.duplicates_box.setVisible(bool(self._duplicates))

    def _open_existing(self, person_id: str) -> None:
        self.form.flush_draft()
        self.open_existing.emit(person_id)
        self.accept()

    # -- saving ----------------------------------------------------------------------------

    def _save(self, values: Values, _complete: bool) -> Saved:
        merged = {**values, **self.own_values()}
        self._show_own_errors(None)
        try:
            return saving.save(self.store, PersonId(""), "koppeling", merged, today=self._today)
        except ValidationFailed as failed:
            self._show_own_errors(failed.errors)
            raise

    def _show_own_errors(self, errors: Sequence[FieldError] | None) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors or ():
            key = "members" if error.field.startswith("members.") else error.field
            if error.field.startswith("members."):
                _, index, name = error.field.split(".", 2)
                who = self._members[int(index)].get("given_names") or str(int(index) + 1)
                by_field.setdefault(key, []).append(f"{who} ({name}): {error.message}")
            else:
                by_field.setdefault(key, []).append(error.message)
        for key, label in (("consultant_id", self.consultant_error),
                           ("household_of", self.household_error),
                           ("members", self.members_error)):  # fmt: skip
            text = "\n".join(by_field.get(key, []))
            label.setText(text)
            label.setVisible(bool(text))
        if "household_of" in by_field:
            self.join_box.setVisible(True)

    def _keep_draft(self, values: Values) -> None:
        save_registration_draft(self.store, {**values, **self.own_values()})

    def _drop_draft(self) -> None:
        discard_registration_draft(self.store)

    def _restore_draft(self) -> None:
        draft = load_registration_draft(self.store)
        blank = {"category": Category.ASIELSTATUSHOUDER.value, "residence_kind": "rol",
                 "koppeling_date": format_date(self._today)}  # fmt: skip
        self.form.show_values(blank, draft)
        if draft:
            self._members = members_of(draft)
            found = self.consultant.findData(draft.get("consultant_id") or "")
            if found >= 0:
                self.consultant.setCurrentIndex(found)
            self._show_members()
        self._category_changed()
        self.form.focus_first()

    def _registered(self, saved: Saved) -> None:
        self.registered.emit(saved.record_id)
        self.accept()

    def _show_failure(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        self.form.flush_draft()  # what was typed waits for the next time
        super().reject()
