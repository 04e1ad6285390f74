"""Team-folder settings: the share path, "test this folder", joining or making a team, and
enrolment files (an admin makes one for a new laptop; the new laptop joins with it and the
enrolment code the admin passed on separately)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.access.enrolment import write_enrolment
from desktop.access.roles import is_admin
from desktop.access.team import create_team, join_team, join_with_enrolment, set_share_path
from desktop.store import Store, settings
from desktop.store.errors import StoreError
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.sync.team import check_share, current_team
from desktop.sync.trust import this_laptop
from ui.sync.laptops_dialog import TeamLaptopsDialog, laptop_code
from ui.worker import TaskRunner


class SyncSettingsDialog(QDialog):
    """Choose and test the team folder; join its team with the team passphrase or with an
    enrolment file and its code; an admin of a laptop in a team makes enrolment files.

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
        self.path = QLineEdit(settings.SYNC_SHARE.get(store))
        self.path.setObjectName("share_path")
        self.path.setPlaceholderText(r"\\server\team\wegwijzer")
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        self.test = QPushButton(self.tr("Test this folder"))
        self.test.clicked.connect(self.test_folder)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("team_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # A new team's passphrase is typed twice: a typing slip would lock every laptop out.
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("team_passphrase_again")
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setPlaceholderText(self.tr("Again, for a new team"))
        self.join = QPushButton(self.tr("Join team"))
        self.join.clicked.connect(lambda: self._team(create=False))
        self.create_team = QPushButton(self.tr("Make new team here"))
        self.create_team.clicked.connect(lambda: self._team(create=True))
        self.result_label = QLabel()
        self.result_label.setObjectName("test_result")
        self.result_label.setWordWrap(True)

        # A new laptop: join with an enrolment file and the code passed on separately.
        self.enrolment_path = QLineEdit()
        self.enrolment_path.setObjectName("enrolment_path")
        self.browse_enrolment = QPushButton(self.tr("Browse…"))
        self.browse_enrolment.clicked.connect(self._browse_enrolment)
        self.enrolment_code = QLineEdit()
        self.enrolment_code.setObjectName("enrolment_code")
        self.enrolment_code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.enrolment_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.join_enrolment = QPushButton(self.tr("Join with enrolment file"))
        self.join_enrolment.clicked.connect(self.join_with_file)

        # An admin: make an enrolment file; its code is shown once, here.
        self.make_enrolment = QPushButton(self.tr("Make enrolment file…"))
        self.make_enrolment.clicked.connect(lambda: self.write_enrolment_file())
        self.code_shown = QLabel()
        self.code_shown.setObjectName("enrolment_code_shown")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 4)
        font.setWeight(QFont.Weight.Bold)
        self.code_shown.setFont(font)
        self.code_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        team_row = QHBoxLayout()
        team_row.addWidget(self.passphrase, 1)
        team_row.addWidget(self.passphrase_again, 1)
        team_row.addWidget(self.join)
        team_row.addWidget(self.create_team)
        form = QFormLayout()
        form.addRow(self.tr("Folder on the share:"), row)
        form.addRow("", self.test)
        form.addRow(self.tr("Team passphrase:"), team_row)

        join_box = QGroupBox(self.tr("New laptop: join with an enrolment file"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.enrolment_path, 1)
        file_row.addWidget(self.browse_enrolment)
        code_row = QHBoxLayout()
        code_row.addWidget(self.enrolment_code, 1)
        code_row.addWidget(self.join_enrolment)
        join_form = QFormLayout(join_box)
        join_form.addRow(self.tr("Enrolment file:"), file_row)
        join_form.addRow(self.tr("Enrolment code:"), code_row)

        self.admin_box = QGroupBox(self.tr("Admin: new laptops"))
        admin_layout = QVBoxLayout(self.admin_box)
        admin_intro = QLabel(
            self.tr(
                "The file holds the team key, encrypted with a one-time enrolment code that "
                "Wegwijzer makes and shows once. Pass the code on separately from the file "
                "(by phone, say)."
            )
        )
        admin_intro.setWordWrap(True)
        admin_layout.addWidget(admin_intro)
        admin_layout.addWidget(self.make_enrolment, 0, Qt.AlignmentFlag.AlignLeft)
        admin_layout.addWidget(self.code_shown)
        # An admin approves a laptop that joined, and removes one (the team key is replaced).
        self.laptops = QPushButton(self.tr("Laptops of the team…"))
        self.laptops.setObjectName("team_laptops_open")
        self.laptops.clicked.connect(self.open_laptops)
        self.laptops_dialog: TeamLaptopsDialog | None = None
        admin_layout.addWidget(self.laptops, 0, Qt.AlignmentFlag.AlignLeft)
        self.admin_box.setVisible(self._in_team() and is_admin(store))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(join_box)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        # Where the data goes is an admin's choice (the core refuses it too, and audits).
        self._admin = is_admin(store)
        if not self._admin:
            for widget in (self.path, self.browse, self.passphrase, self.join,
                           self.create_team, self.enrolment_path, self.browse_enrolment,
                           self.enrolment_code, self.join_enrolment):  # fmt: skip
                widget.setEnabled(False)
            self.result_label.setText(
                self.tr(
                    "Only an admin can choose the team folder, make a team or join one. "
                    "You can test the folder."
                )
            )
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self.path.setAccessibleName(self.tr("Folder on the share"))
        self.passphrase.setAccessibleName(self.tr("Team passphrase"))
        self.passphrase_again.setAccessibleName(self.tr("Team passphrase again (new team)"))
        self.enrolment_path.setAccessibleName(self.tr("Enrolment file"))
        self.enrolment_code.setAccessibleName(self.tr("Enrolment code"))
        self.laptops.setAccessibleName(self.tr("Laptops of the team"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    def _in_team(self) -> bool:
        try:
            current_team(self._store)
        except StoreError:
            return False
        return True

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Team folder"), self.path.text())
        if folder:
            self.path.setText(folder)

    def _browse_enrolment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Enrolment file"),
            self.enrolment_path.text(),
            self.tr("Enrolment files (*.json);;All files (*)"),
        )
        if name:
            self.enrolment_path.setText(name)

    def _busy(self, busy: bool) -> None:
        for button in (self.test, self.join, self.create_team, self.join_enrolment,
                       self.make_enrolment):  # fmt: skip
            button.setEnabled(not busy and (self._admin or button is self.test))

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
        if create and self.passphrase_again.text() != passphrase:
            self.result_label.setText(
                self.tr("The two passphrases differ. Type the new team's passphrase twice.")
            )
            self.passphrase_again.setFocus()
            return

        waiting = self.tr(
            "This laptop has joined the team. An admin approves it on an approved laptop "
            "(Team folder… → Laptops of the team…); its laptop code is {code}."
        )

        def work() -> str:
            if create:
                create_team(store, path, passphrase, params=params)
                return self.tr("New team made; this laptop is in it.")
            join_team(store, path, passphrase)
            return waiting.format(code=laptop_code(this_laptop(store)))

        self._busy(True)
        self._runner.run(work, self._done, self._error)

    def join_with_file(self) -> None:
        """Join with the chosen enrolment file and the code typed in (off the GUI thread)."""
        path = Path(self.path.text().strip())
        enrolment = Path(self.enrolment_path.text().strip())
        code = self.enrolment_code.text()
        store = self._store
        if not self.enrolment_path.text().strip() or not code.strip():
            self.result_label.setText(
                self.tr("Choose the enrolment file and type the enrolment code from the admin.")
            )
            return
        joined = self.tr(
            "This laptop has joined the team. Delete the enrolment file now. An admin approves "
            "the laptop (Team folder… → Laptops of the team…); its laptop code is {code}."
        )

        def work() -> str:
            join_with_enrolment(store, path, enrolment, code)
            return joined.format(code=laptop_code(this_laptop(store)))

        self._busy(True)
        self._runner.run(work, self._done, self._error)

    def write_enrolment_file(self, target: Path | None = None) -> None:
        """Write an enrolment file (asking where when ``target`` is None); show its code once."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save enrolment file"),
                "wegwijzer-aanmelding.json",
                self.tr("Enrolment files (*.json)"),
            )
            if not name:
                return
            target = Path(name)
        store, params = self._store, self._params
        self._busy(True)
        self.code_shown.clear()
        self._runner.run(
            lambda: write_enrolment(store, target, params=params),
            lambda code: self._enrolment_written(target, code),
            self._error,
        )

    def open_laptops(self) -> TeamLaptopsDialog:
        """Show the team's laptops (approve, remove, replace the team key)."""
        self.laptops_dialog = TeamLaptopsDialog(self._store, self._runner, self)
        self.laptops_dialog.show()
        return self.laptops_dialog

    def _enrolment_written(self, target: Path, code: str) -> None:
        self._busy(False)
        self.code_shown.setText(code)
        self.result_label.setText(
            self.tr(
                "Enrolment file written: {file}. Its enrolment code is shown above, only now. "
                "Pass the code on separately from the file, by phone say: never in the same "
                "e-mail or on the same USB stick. Without the code the file is useless. Delete "
                "the file once the new laptop has joined."
            ).format(file=target.name)
        )
        self._fit()

    def _fit(self) -> None:
        """Grow to fit a longer message (a dialog does not grow by itself once shown)."""
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), needed))

    def _done(self, message: str) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.enrolment_code.clear()
        self.admin_box.setVisible(self._in_team() and is_admin(self._store))
        self.result_label.setText(message)
        self._fit()

    def _error(self, error: Exception) -> None:
        self._busy(False)
        self.enrolment_code.clear()
        if not isinstance(error, StoreError):
            raise error
        self.result_label.setText(str(error))
        self._fit()

    def save(self) -> None:
        if self.path.text().strip():
            set_share_path(self._store, Path(self.path.text().strip()))
        self.accept()

    def done(self, result: int) -> None:
        """Closing forgets the codes on screen: an enrolment code is shown only once."""
        self.code_shown.clear()
        self.enrolment_code.clear()
        self.passphrase.clear()
        super().done(result)
