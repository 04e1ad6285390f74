"""Editing one member of the household: names, role, abroad and family reunification, school.

Opened from the household list of the dossier's overview (double-click or Enter). Like every
dossier form it keeps a draft while typing (under ``m:<member id>``), shows its messages next
to the fields and saves with Ctrl+S through the one write path.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.domain.model import PersonId
from desktop.dossier import saving
from desktop.dossier.household import MEMBER_EDIT, member_values
from desktop.dossier.operations import Saved, discard_draft, load_drafts, save_draft
from desktop.dossier.validation import Raw
from desktop.store import Store
from ui.dossier.form_page import FormPage
from ui.widgets import fit_to_screen

SECTIONS = [
    ("member_edit", ["given_names", "family_name", "name_original", "birth_date",
                     "household_role", "abroad", "family_reunification", "schooling",
                     "school_name"]),
]  # fmt: skip


def draft_key(member_id: str) -> str:
    """The draft of the edit form of one member (fits the drafts' 40-character form key)."""
    return f"m:{member_id}"


class MemberEditDialog(QDialog):
    """Change one household member.

    Signals:
        saved(object): the :class:`Saved` after a successful save.
    """

    saved = Signal(object)

    def __init__(
        self, store: Store, person_id: str, member_id: str, *, today: date,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("member_edit_dialog")
        self._store, self._member, self._today = store, member_id, today
        self._person = PersonId(person_id)
        self.form = FormPage(MEMBER_EDIT, SECTIONS, can_complete=False)
        self.form.connect_store(self._save, self._keep, self._drop)
        self.form.saved.connect(self._saved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        with store.reading() as session:
            draft = load_drafts(session, self._person).get(draft_key(member_id))
        self.form.show_values(member_values(store, person_id, member_id), draft)
        self.retranslate_ui()
        fit_to_screen(self, 560, 520)
        self.form.focus_first()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Household member"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _save(self, values: dict[str, Raw], _complete: bool) -> Saved:
        saved = saving.save(self._store, self._person, "member_edit", values, today=self._today,
                            record_id=self._member)  # fmt: skip
        discard_draft(self._store, self._person, draft_key(self._member))
        return saved

    def _keep(self, values: dict[str, Raw]) -> None:
        save_draft(self._store, self._person, draft_key(self._member), values)

    def _drop(self) -> None:
        discard_draft(self._store, self._person, draft_key(self._member))

    def _saved(self, saved: Saved) -> None:
        self.saved.emit(saved)
        self.accept()

    def reject(self) -> None:
        self.form.flush_draft()
        super().reject()
