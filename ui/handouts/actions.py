"""The handout entries of the main window: menu actions, and the dialogs they open.

Owns the HandoutMaker (fonts and catalogs load once, on first use: in a dialog's worker, not
on the GUI thread) and closes its dialogs when the store is locked, so no personal data stays
on screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from desktop.documents import HandoutMaker
from desktop.store import Store
from ui.handouts.batch import BatchDialog
from ui.handouts.dialog import HandoutDialog
from ui.worker import TaskRunner


class LazyMaker:
    """A HandoutMaker built on first use, by whichever thread uses it first.

    The dialogs first use it in their worker (to load the person, to render), so its fonts,
    catalogs and rules load there and the GUI thread never waits for them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._maker: HandoutMaker | None = None
        self.built_by: threading.Thread | None = None  # the thread that built it

    @property
    def built(self) -> bool:
        """True once the real maker exists."""
        return self._maker is not None

    def get(self) -> HandoutMaker:
        """The maker, built now when it is not yet."""
        with self._lock:
            if self._maker is None:
                self._maker = HandoutMaker()
                self.built_by = threading.current_thread()
            return self._maker

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not the maker's: copies and probes must not build it
            raise AttributeError(name)
        return getattr(self.get(), name)


class HandoutActions(QObject):
    """``handouts_action`` (for the selected person) and ``batch_action`` (a ROL visit).

    Signals: none; ``open_for_person`` is the slot the caseload's context menu calls.
    """

    def __init__(
        self, window: QWidget, runner: TaskRunner, *, today: date, selected: Callable[[], list[str]]
    ) -> None:
        super().__init__(window)
        self._window, self._runner, self._today, self._selected = window, runner, today, selected
        self._store: Store | None = None
        self._maker = LazyMaker()
        self.dialogs: list[QDialog] = []
        self.handouts_action = QAction(window)
        self.handouts_action.triggered.connect(self._for_selected)
        self.batch_action = QAction(window)
        self.batch_action.triggered.connect(self.open_batch)
        self.set_store(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.handouts_action.setText(self.tr("&Handouts for this person…"))
        self.batch_action.setText(self.tr("Print &klantreis for a ROL visit…"))

    def set_store(self, store: Store | None) -> None:
        """The unlocked store, or None on lock (open dialogs are closed)."""
        self._store = store
        self.handouts_action.setEnabled(store is not None)
        self.batch_action.setEnabled(store is not None)
        if store is None:
            for dialog in self.dialogs:
                dialog.reject()
                dialog.deleteLater()
            self.dialogs.clear()

    @property
    def maker(self) -> HandoutMaker:
        """The maker the dialogs share (built in the first dialog's worker)."""
        return cast(HandoutMaker, self._maker)

    def _for_selected(self) -> None:
        chosen = self._selected()
        if chosen:
            self.open_for_person(chosen[0])

    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.show()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def open_for_person(self, person_id: str) -> HandoutDialog | None:
        """Open the handout dialog for one person."""
        if self._store is None:
            return None
        dialog = HandoutDialog(
            self._store, person_id, self.maker, self._runner, today=self._today, parent=self._window
        )
        self._keep(dialog)
        return dialog

    def open_batch(self) -> BatchDialog | None:
        """Open the batch dialog for a ROL visit."""
        if self._store is None:
            return None
        dialog = BatchDialog(
            self._store,
            self.maker,
            self._runner,
            today=self._today,
            selected=self._selected,
            parent=self._window,
        )
        self._keep(dialog)
        return dialog
