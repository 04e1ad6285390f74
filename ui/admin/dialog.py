"""The admin dialog: users and roles, the audit trail, retention, auto-lock.

Every action goes through desktop/ (access, audit, privacy), which checks the role again:
the dialog is only reachable for admins, but the refusal does not depend on it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.access import names, policy, review, users
from desktop.access.models import Role
from desktop.access.names import laptop_label, team_laptops
from desktop.dossier.validation import ValidationFailed
from desktop.privacy import retention
from desktop.roster import link_user, roster
from desktop.store import Store, StoreError
from desktop.store.atomic import write_atomic
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from ui.admin.audit_labels import action_label
from ui.admin.rules import RulesTab
from ui.admin.team import TeamTab
from ui.dossier.labels import fields_label, history_label
from ui.labels import error_message
from ui.widgets import error_label, fit_to_screen
from ui.worker import TaskRunner


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # long details stay readable
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _local_time(moment: str) -> str:
    """An audit moment (ISO, UTC) as local day and time, as a consultant reads it."""
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone().strftime("%d-%m-%Y %H:%M:%S")


NEW_CONSULTANT = "+new"


class UsersTab(QWidget):
    """Users of this laptop: add, remove, change role, set a forgotten passphrase, link each
    to a consultant of the team roster.

    Signals:
        linked(): a user was linked to a consultant (or unlinked).
    """

    linked = Signal()

    def __init__(self, store: Store, runner: TaskRunner, params: Argon2Params) -> None:
        super().__init__()
        self._store, self._runner, self._params = store, runner, params
        self.table = _table(
            [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Consultant")]
        )
        self.consultant = QComboBox()  # whom the selected user is in the team roster
        self.consultant.setObjectName("user_consultant")
        self.link_button = QPushButton(self.tr("&Link to consultant"))
        self.link_button.setObjectName("link_consultant")
        self.name = QLineEdit()
        self.name.setObjectName("new_user_name")
        self.role = QComboBox()
        self.role.setObjectName("user_role")
        for role, label in self._role_names().items():
            self.role.addItem(label, role.value)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("new_user_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("&Add user"))
        self.remove_button = QPushButton(self.tr("&Remove user"))
        self.role_button = QPushButton(self.tr("Give the chosen &role"))
        self.role_button.setObjectName("user_set_role")
        self.role_button.setToolTip(self.tr("Give the selected user the role chosen below"))
        self.reset_button = QPushButton(self.tr("New &passphrase…"))
        self.rekey_button = QPushButton(self.tr("Replace the database &key…"))
        self.rekey_button.setObjectName("rekey_button")
        self.rekey_status = QLabel()
        self.rekey_status.setObjectName("rekey_status")
        self.rekey_status.setWordWrap(True)
        self.rekey_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.role_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.rekey_button)
        link = QHBoxLayout()
        link.addWidget(QLabel(self.tr("Is in the team roster:")))
        link.addWidget(self.consultant, 1)
        link.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(link)
        layout.addLayout(form)
        layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        layout.addWidget(self.rekey_status)
        self.add_button.clicked.connect(self.add_user)
        self.rekey_button.clicked.connect(lambda: self.rotate_key())
        self.remove_button.clicked.connect(self.remove_user)
        self.role_button.clicked.connect(self.switch_role)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.link_button.clicked.connect(self.link_selected)
        self.table.currentCellChanged.connect(lambda *_cells: self._show_link())
        self.refresh()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.consultant.setAccessibleName(self.tr("Consultant of the selected user"))
        self.table.setAccessibleName(self.tr("Users"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def _role_names(self) -> dict[Role, str]:
        return {Role.CONSULTANT: self.tr("Consultant"), Role.TEAMLEIDER: self.tr("Team lead"),
                Role.ADMIN: self.tr("Admin")}  # fmt: skip

    def refresh(self) -> None:
        roles = self._role_names()
        self._users = users.list_users(self._store)
        team = {m.consultant_id: m.name for m in roster(self._store)}
        self._links = names.linked_consultants(self._store)
        _fill(
            self.table,
            [
                [u.name, roles.get(u.role, str(u.role)),
                 self.tr("Active") if u.active else self.tr("Removed"),
                 team.get(self._links.get(u.name, ""), "")]
                for u in self._users
            ],
        )  # fmt: skip
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("(not linked)"), "")
        self.consultant.addItem(self.tr("New consultant with the user's name"), NEW_CONSULTANT)
        for consultant_id, name in team.items():
            self.consultant.addItem(name, consultant_id)
        self.consultant.blockSignals(False)
        self._show_link()

    def _show_link(self) -> None:
        name = self.selected()
        linked = self._links.get(name or "", "")
        self.consultant.setCurrentIndex(max(self.consultant.findData(linked), 0))
        self.link_button.setEnabled(name is not None)

    def link_selected(self) -> None:
        """Link the selected user to the consultant chosen (or to a new one of that name)."""
        name = self.selected()
        if name is None:
            return
        chosen = self.consultant.currentData()
        try:
            link_user(self._store, name, None if chosen in ("", NEW_CONSULTANT) else chosen,
                      create=chosen == NEW_CONSULTANT)  # fmt: skip
        except (StoreError, ValidationFailed) as error:
            self._failed(error)
            return
        row = self.table.currentRow()
        self._done()
        self.table.setCurrentCell(row, 0)
        self.linked.emit()

    def selected(self) -> str | None:
        row = self.table.currentRow()
        return self._users[row].name if 0 <= row < len(self._users) else None

    def _done(self, _result: object = None) -> None:
        self.message.clear()
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.message.setText(error_message(error))

    def add_user(self) -> None:
        name, passphrase = self.name.text(), self.passphrase.text()
        role = Role(self.role.currentData())
        store, params = self._store, self._params
        self.passphrase.clear()
        self._runner.run(
            lambda: users.add_user(store, name, passphrase, role=role, params=params),
            self._added,
            self._failed,
        )

    def _added(self, _result: object) -> None:
        self.name.clear()
        self._done()

    def remove_user(self) -> None:
        name = self.selected()
        if name is None:
            return
        try:
            users.remove_user(self._store, name)
        except StoreError as error:
            self._failed(error)
            return
        self._done()

    def switch_role(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._users):
            return
        user = self._users[row]
        new = Role(self.role.currentData())
        try:
            users.set_role(self._store, user.name, new)
        except StoreError as error:
            self._failed(error)
            return
        self._done()

    def reset_passphrase(self, passphrase: str | None = None) -> None:
        name = self.selected()
        if name is None:
            return
        if not passphrase:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("New passphrase"),
                self.tr("New passphrase for {name}:").format(name=name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        store, params, chosen = self._store, self._params, passphrase
        self._runner.run(
            lambda: users.set_passphrase(store, name, chosen, params=params),
            self._done,
            self._failed,
        )

    def rotate_key(self, passphrase: str | None = None, *, confirm: bool = True) -> None:
        """Re-encrypt the database under a new key (after a user left); the new recovery key
        is shown once, here. Runs on the worker; nothing else may use the database meanwhile."""
        if confirm:
            answer = QMessageBox.warning(
                self,
                self.tr("Replace the database key"),
                self.tr(
                    "The database is re-encrypted under a new key, so that an old key file "
                    "and an old passphrase open nothing. Only your passphrase is kept: give "
                    "every other user a new passphrase afterwards. A new recovery key is "
                    "made; the old one stops working. Continue?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not passphrase:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Replace the database key"),
                self.tr("Your own passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok or not passphrase:
                return
        store, params, chosen = self._store, self._params, passphrase
        self.rekey_button.setEnabled(False)
        self.rekey_status.setText(self.tr("Re-encrypting the database…"))
        self._runner.run(
            lambda: store.rotate_data_key(chosen, params=params),
            self._rotated,
            self._rotate_failed,
        )

    def _rotated(self, recovery_key: str) -> None:
        self.rekey_button.setEnabled(True)
        self.rekey_status.setText(
            self.tr(
                "The database has a new key. New recovery key (shown only now; print it or "
                "write it down and keep it apart from the laptop): {key}. Give the other users "
                "a new passphrase."
            ).format(key=recovery_key)
        )
        self._done()

    def _rotate_failed(self, error: Exception) -> None:
        self.rekey_button.setEnabled(True)
        self.rekey_status.clear()
        self._failed(error)


class AuditTab(QWidget):
    """The trail, filtered per person and user, with the chain check and an export."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.person = QLineEdit()
        self.person.setObjectName("audit_person")
        self.person.setPlaceholderText(self.tr("Name or id of a person"))
        self.actor = QComboBox()
        self.actor.setObjectName("audit_user")
        self.actor.addItem(self.tr("Everyone"), "")
        for user in users.list_users(store):
            self.actor.addItem(user.name, user.name)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.table = _table(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Laptop"),
                self.tr("Action"),
                self.tr("Person"),
                self.tr("Record"),
                self.tr("Fields"),
                self.tr("Detail"),
            ]
        )
        self.export_button = QPushButton(self.tr("&Export…"))
        filters = QHBoxLayout()
        filters.addWidget(self.person, 2)
        filters.addWidget(self.actor, 1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.check)
        layout.addWidget(self.table)
        self.person.returnPressed.connect(self.refresh)
        self.actor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(lambda: self.export())
        self.refresh()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.person.setAccessibleName(self.tr("Person"))
        self.actor.setAccessibleName(self.tr("User"))
        self.table.setAccessibleName(self.tr("Audit trail"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def _rows(self) -> list[review.EntryView]:
        actor = self.actor.currentData() or None
        ids = review.find_person_ids(self._store, self.person.text())
        if not ids:
            return review.entries(self._store, actor=actor, limit=2000)
        found: list[review.EntryView] = []
        for person_id in ids:
            found += review.entries(self._store, person_id=person_id, actor=actor)
        return sorted(found, key=lambda e: (e.at, e.seq), reverse=True)

    def refresh(self) -> None:
        self.rows = self._rows()
        names = review.person_names(self._store, {e.person_id for e in self.rows if e.person_id})
        gone = self.tr("(deleted)")
        laptops = team_laptops(self._store)
        _fill(
            self.table,
            [
                [
                    _local_time(e.at),
                    e.actor,
                    laptop_label(laptops, e.device),
                    action_label(e.action),
                    names.get(e.person_id, gone) if e.person_id else "",
                    history_label(e.record_table) if e.record_table else "",
                    fields_label(e.fields, e.record_table),
                    e.detail,
                ]
                for e in self.rows
            ],
        )
        report = review.verify(self._store)
        self.check.setText(report.summary())
        colour = "#1b5e20" if report.intact else "#b00020"
        self.check.setStyleSheet(f"QLabel {{ color: {colour}; }}")

    def export(self, path: str | None = None) -> Path | None:
        """Write the shown entries as CSV (or JSON for a .json name) where the admin chooses."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export audit trail"),
                "audittrail.csv",
                self.tr("CSV files (*.csv);;JSON files (*.json)"),
            )
            if not path:
                return None
        target = Path(path)
        kind = "json" if target.suffix.lower() == ".json" else "csv"
        write_atomic(target, review.export(self._store, self.rows, kind=kind))
        return target


class RetentionTab(QWidget):
    """The retention period, the dossiers due, and their deletion on confirmation."""

    def __init__(self, store: Store, today: date) -> None:
        super().__init__()
        self._store, self._today = store, today
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(*retention.RETENTION_RANGE)
        self.years.setValue(retention.retention_years(store) or 7)
        self.save_button = QPushButton(self.tr("&Save period"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = _table([self.tr("Person"), self.tr("Trajectory ended"), self.tr("Due on")])
        self.delete_button = QPushButton(self.tr("&Delete selected dossiers…"))
        self.message = error_label()
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Keep closed dossiers for (years after the end):")))
        period.addWidget(self.years)
        period.addWidget(self.save_button)
        period.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.delete_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        self.save_button.clicked.connect(self.save_period)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.refresh()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.years.setAccessibleName(self.tr("Retention period in years"))
        self.table.setAccessibleName(self.tr("Dossiers due for deletion"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.due = retention.due_for_deletion(self._store, today=self._today)
        if retention.retention_years(self._store) is None:
            self.note.setText(self.tr("No retention period is set yet: nothing is deleted."))
        else:
            self.note.setText(
                self.tr("{count} closed dossier(s) are due for deletion.").format(
                    count=len(self.due)
                )
            )
        _fill(
            self.table,
            [
                [d.name, d.end_date.strftime("%d-%m-%Y"), d.due_on.strftime("%d-%m-%Y")]
                for d in self.due
            ],
        )

    def save_period(self) -> None:
        try:
            retention.set_retention_years(self._store, self.years.value())
        except StoreError as error:
            self.message.setText(error_message(error))
        self.refresh()

    def delete_selected(self, confirm: bool = True) -> int:
        """Delete the selected due dossiers after a confirmation; returns how many."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.due[r].person_id for r in rows if r < len(self.due)]
        if not ids:
            return 0
        if confirm:
            answer = QMessageBox.warning(
                self,
                self.tr("Delete dossiers"),
                self.tr(
                    "Delete {count} dossier(s) for good, on every laptop of the team? "
                    "Only a record without content remains."
                ).format(count=len(ids)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            retention.delete_dossiers(self._store, ids, today=self._today)
        except StoreError as error:
            self.message.setText(error_message(error))
            return 0
        self.refresh()
        return len(ids)


class SettingsTab(QWidget):
    """The auto-lock period and this laptop's name."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.laptop = QLineEdit(names.laptop_name(store))  # shown in the trail and history
        self.laptop.setObjectName("laptop_name")
        self.laptop.setMaxLength(80)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("autolock_minutes")
        self.minutes.setRange(*policy.AUTOLOCK_RANGE)
        self.minutes.setValue(policy.autolock_minutes(store))
        self.save_button = QPushButton(self.tr("&Save"))
        self.message = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after this many minutes without use:"), self.minutes)
        form.addRow(self.tr("Name of this laptop (for the team):"), self.laptop)
        form.addRow("", self.save_button)
        form.addRow(self.message)
        self.save_button.clicked.connect(self.save)
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.laptop.setAccessibleName(self.tr("Name of this laptop"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def save(self) -> None:
        try:
            policy.set_autolock_minutes(self._store, self.minutes.value())
            if self.laptop.text().strip() != names.laptop_name(self._store):
                names.set_laptop_name(self._store, self.laptop.text())
            self.laptop.setText(names.laptop_name(self._store))
            self.message.clear()
        except StoreError as error:
            self.message.setText(error_message(error))


class AdminDialog(QDialog):
    """Users, audit trail, retention and settings, in tabs (admins only)."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        today: date,
        params: Argon2Params = DEFAULT_ARGON2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administration"))  # never a name in a title
        self.tabs = QTabWidget()
        self.users = UsersTab(store, runner, params)
        self.team = TeamTab(store)
        self.audit = AuditTab(store)
        self.retention = RetentionTab(store, today)
        self.settings = SettingsTab(store)
        self.rules = RulesTab(store, runner, today)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.team, self.tr("Team"))
        self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.tabs.addTab(self.retention, self.tr("Retention"))
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.tabs.addTab(self.rules, self.tr("Rules"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("admin_close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        fit_to_screen(self, 900, 600)
