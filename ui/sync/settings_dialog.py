"""Team-folder settings: the share path, "test this folder", and joining or making a team."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import Store
from desktop.store.errors import StoreError
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.sync import ledger
from desktop.sync.team import check_share, create_team, current_team, join_team, set_share_path
from ui.worker import TaskRunner


class SyncSettingsDialog(QDialog):
    """Choose and test the team folder; join its team with the team passphrase.

    Signals: none; ``accepted`` (from QDialog) after the path was saved.
    """

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        params: Argon2Params = DEFAULT_ARGON2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team folder"))
        self._store = store
        self._runner = runner
        self._params = params
        self.path = QLineEdit(store.setting(ledger.SHARE))
        self.path.setPlaceholderText(r"\\server\team\wegwijzer")
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        self.test = QPushButton(self.tr("Test this folder"))
        self.test.clicked.connect(self.test_folder)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.join = QPushButton(self.tr("Join team"))
        self.join.clicked.connect(lambda: self._team(create=False))
        self.create_team = QPushButton(self.tr("Make new team here"))
        self.create_team.clicked.connect(lambda: self._team(create=True))
        self.result_label = QLabel()
        self.result_label.setObjectName("test_result")
        self.result_label.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        team_row = QHBoxLayout()
        team_row.addWidget(self.passphrase, 1)
        team_row.addWidget(self.join)
        team_row.addWidget(self.create_team)
        form = QFormLayout()
        form.addRow(self.tr("Folder on the share:"), row)
        form.addRow("", self.test)
        form.addRow(self.tr("Team passphrase:"), team_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(620, 220)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Team folder"), self.path.text())
        if folder:
            self.path.setText(folder)

    def _busy(self, busy: bool) -> None:
        for button in (self.test, self.join, self.create_team):
            button.setEnabled(not busy)

    def test_folder(self) -> None:
        """Check the folder off the GUI thread: reachable, marked, and this laptop's team."""
        path = Path(self.path.text().strip())
        store = self._store

        def check() -> str:
            try:
                team = current_team(store)[0]
            except StoreError:
                team = None
            return check_share(path, team)

        self._busy(True)
        self.result_label.setText(self.tr("Testing…"))
        self._runner.run(check, self._done, self._error)

    def _team(self, *, create: bool) -> None:
        path = Path(self.path.text().strip())
        passphrase = self.passphrase.text()
        store, params = self._store, self._params

        def work() -> str:
            if create:
                create_team(store, path, passphrase, params=params)
                return self.tr("New team made; this laptop is in it.")
            join_team(store, path, passphrase)
            return self.tr("This laptop has joined the team.")

        self._busy(True)
        self._runner.run(work, self._done, self._error)

    def _done(self, message: str) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.result_label.setText(message)

    def _error(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, StoreError):
            raise error
        self.result_label.setText(str(error))

    def save(self) -> None:
        if self.path.text().strip():
            set_share_path(self._store, Path(self.path.text().strip()))
        self.accept()
