"""The talks of one person in the dossier: "Plan talk…" and the list of planned, held and
cancelled talks (Enter or double-click to move, cancel or export one)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.agenda.planning import Talk, load_talks
from desktop.domain.appointments import AppointmentStatus
from desktop.store import Store
from ui.agenda.labels import TALK_KINDS, change_label, moment_text, talk_label, talk_status_label
from ui.agenda.model import CANCELLED_COLOUR
from ui.agenda.talk_dialog import TalkDialog
from ui.worker import TaskRunner

log = logging.getLogger(__name__)
TALK_ROLE = Qt.ItemDataRole.UserRole + 1


class TalksPanel(QWidget):
    """Plan and list a person's talks.

    Signals:
        changed(str): a talk of this person was planned, moved, cancelled or held.
    """

    changed = Signal(str)

    def __init__(self, runner: TaskRunner, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._store: Store | None = None
        self._person_id: str | None = None
        self._person_label = ""
        self._step: str | None = None
        self._generation = 0
        self.dialog: TalkDialog | None = None
        self.title = QLabel()
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("plan_talk")
        self.plan_button.clicked.connect(lambda: self.plan())
        self.talks = QListWidget()
        self.talks.setObjectName("talks")
        self.talks.setMaximumHeight(150)
        self.talks.setAlternatingRowColors(True)
        self.talks.itemActivated.connect(self._activated)
        self.talks.itemDoubleClicked.connect(self._activated)
        self.title.setBuddy(self.talks)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.talks)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("<b>&Talks</b>"))
        self.plan_button.setText(self.tr("Plan talk…"))
        self.plan_button.setToolTip(self.tr("Plan a talk for the selected step (Ctrl+T)"))
        self.plan_button.setAccessibleName(self.tr("Plan talk"))
        self.talks.setAccessibleName(self.tr("Talks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_person(
        self, store: Store, person_id: str, person_label: str, step: str | None
    ) -> None:
        """Load this person's talks; ``step`` is the klantreis step a new talk is for."""
        if person_id != self._person_id:
            self.talks.clear()  # never a moment of another person's talks
        self._store, self._person_id, self._person_label = store, person_id, person_label
        self.set_step(step)
        self._generation += 1
        generation = self._generation
        self._runner.run(
            lambda: load_talks(store, person_id),
            lambda talks: self._loaded(generation, talks),
            lambda error: log.error("loading talks failed", exc_info=error),
        )

    def set_step(self, step: str | None) -> None:
        """The step a new talk is planned for (the selected or the current one)."""
        self._step = step if step in TALK_KINDS else None

    def _loaded(self, generation: int, talks: list[Talk]) -> None:
        if generation != self._generation:
            return
        self.talks.clear()
        for talk in talks:
            # Two short lines, so that the narrow column under the timeline shows it all.
            first = f"{moment_text(talk.starts_at)} · {talk_status_label(talk.status)}"
            moves = sum(1 for line in talk.history if line.change.value == "verplaatst")
            if moves:
                first += f" · {change_label('verplaatst')} ×{moves}"
            item = QListWidgetItem(f"{first}\n{talk_label(talk.kind)}")
            item.setToolTip(item.text())
            item.setData(TALK_ROLE, talk)
            if talk.status is AppointmentStatus.GEANNULEERD:
                font = QFont(self.talks.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QBrush(CANCELLED_COLOUR))
            self.talks.addItem(item)

    def plan(self, kind: str | None = None) -> None:
        """Open the talk dialog for a new talk."""
        if self._store is None or self._person_id is None:
            return
        self._open(TalkDialog(self._store, self._person_id, today=self._today,
                              kind=kind or self._step, person_label=self._person_label,
                              parent=self))  # fmt: skip

    def _activated(self, item: QListWidgetItem) -> None:
        talk = item.data(TALK_ROLE)
        if talk is None or self._store is None or self._person_id is None:
            return
        self._open(TalkDialog(self._store, self._person_id, today=self._today, talk=talk,
                              person_label=self._person_label, parent=self))  # fmt: skip

    def _open(self, dialog: TalkDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self.changed.emit)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.open()

    def _back_from_dialog(self) -> None:
        # Keyboard flow: back to the window and the list of talks, so that the window's
        # shortcuts (Ctrl+3, Ctrl+T) work at once.
        self.window().activateWindow()
        self.talks.setFocus()

    def clear(self) -> None:
        """Forget the person (on lock)."""
        self._generation += 1
        self._store = self._person_id = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.talks.clear()
