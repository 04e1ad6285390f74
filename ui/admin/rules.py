"""Beheer → Regels: the team's rules file, a preview of what a new version changes, the import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.journey.rules import RulesError
from desktop.journey.team import (
    RulesPreview,
    import_rules,
    preview_rules,
    team_rules,
    team_rules_version,
)
from desktop.store import Store, StoreError
from ui.caseload_model import format_date
from ui.labels import error_message, step_label
from ui.widgets import error_label
from ui.worker import TaskRunner


class RulesTab(QWidget):
    """The rules in force; choose a file, see whose deadlines change, confirm (admins only).

    Signals: none; the import is a synced, audited record that the screens read on reload.
    """

    def __init__(self, store: Store, runner: TaskRunner, today: date) -> None:
        super().__init__()
        self._store, self._runner, self._today = store, runner, today
        self._pending: tuple[str, RulesPreview] | None = None
        self.current = QLabel()
        self.current.setObjectName("rules_current")
        self.current.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Import a new version…"))
        self.summary = QLabel()
        self.summary.setObjectName("rules_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rules_changes")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Step"), self.tr("Due date: now → new")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.confirm_button = QPushButton(self.tr("&Confirm: use these rules for the team"))
        self.confirm_button.setEnabled(False)
        self.message = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.choose_button.clicked.connect(self.choose_file)
        self.confirm_button.clicked.connect(self.confirm)
        self.show_current()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.table.setAccessibleName(self.tr("Changes to the rules"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def show_current(self) -> None:
        """Say which rules the team uses now."""
        with self._store.reading() as session:
            rules, version = team_rules(session), team_rules_version(session)
        if version:
            text = self.tr("The team uses the rules of {municipality}, version {version}.")
        else:
            text = self.tr("The team uses the shipped rules of {municipality}.")
        self.current.setText(text.format(municipality=rules.municipality, version=version))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Rules file"), "", self.tr("Rules files (*.toml)")
        )
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: Path) -> None:
        """Check the file and show, on the worker, whose deadlines it would change."""
        self._pending = None
        self.confirm_button.setEnabled(False)
        self.message.clear()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.message.setText(self.tr("The file cannot be read."))
            return
        store, today = self._store, self._today
        self.summary.setText(self.tr("Computing what changes…"))
        self._runner.run(
            lambda: (text, preview_rules(store, text, today=today, name=path.name)),
            self._show_preview,
            self._failed,
        )

    def _show_preview(self, result: tuple[str, RulesPreview]) -> None:
        preview = result[1]
        self._pending = result
        template = self.tr(
            "Version {version} for {municipality}: these {count} people get a new deadline."
        )
        count, municipality = preview.people, preview.rules.municipality
        self.summary.setText(
            template.format(version=preview.version, municipality=municipality, count=count)
        )
        extra = {s.key: s.name for s in preview.rules.extra_steps}
        self.table.setRowCount(len(preview.changes))
        for row, change in enumerate(preview.changes):
            label = extra.get(change.step) or step_label(change.step)
            old = format_date(change.old_due) if change.old_due else "—"
            new = format_date(change.new_due) if change.new_due else "—"
            for column, value in enumerate((change.name, label, f"{old} → {new}")):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.confirm_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.summary.clear()
        self.table.setRowCount(0)
        if isinstance(error, RulesError):
            self.message.setText(
                "\n".join(str(problem) for problem in error.problems)
            )  # Dutch, with line numbers
        elif isinstance(error, StoreError):
            self.message.setText(error_message(error))
        else:
            raise error

    def confirm(self) -> int | None:
        """Import the previewed file as the team's new version (synced, audited)."""
        if self._pending is None:
            return None
        text, _preview = self._pending
        try:
            version = import_rules(self._store, text)
        except (RulesError, StoreError) as error:
            self._failed(error)
            return None
        self._pending = None
        self.confirm_button.setEnabled(False)
        self.summary.setText(self.tr("Version {version} is now the team's rules.").format(
            version=version))  # fmt: skip
        self.show_current()
        return version
