"""A dossier form: fields in titled groups, autosaved drafts, undo, save and complete.

The page knows nothing about the database: it is given three functions (save, keep a draft,
discard the draft) by the dossier page, which runs them against the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.dossier.forms import FormSpec, Kind, Need
from desktop.dossier.operations import Saved
from desktop.dossier.validation import FieldError, Raw, ValidationFailed
from ui.dossier.fields import FieldEditor
from ui.dossier.labels import choice_label, field_label, section_label
from ui.labels import error_message

#: How long typing must pause before the draft is written.
DRAFT_DELAY_MS = 400
#: How many earlier states "undo" can go back to.
UNDO_DEPTH = 50

Values = dict[str, Raw]
Section = tuple[str, Sequence[str]]  # (title key, field names); a domain key is a life domain

log = logging.getLogger(__name__)


class FormPage(QWidget):
    """One form of the dossier.

    Signals:
        saved(object): a :class:`Saved` after a successful save or completion.
        failed(str): a save failed for a reason other than the fields (a message to show).
        draft_saved(): the draft was written to the database.
    """

    saved = Signal(object)
    failed = Signal(str)
    draft_saved = Signal()

    def __init__(
        self,
        spec: FormSpec,
        sections: Sequence[Section],
        *,
        section_titles: Callable[[str], str] | None = None,
        can_complete: bool = True,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._today = today
        self.editors: dict[str, FieldEditor] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._rows: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._titles = section_titles or section_label
        self._saver: Callable[[Values, bool], Saved] | None = None
        self._drafter: Callable[[Values], None] | None = None
        self._discarder: Callable[[], None] | None = None
        self._stored: Values = {}
        self._undo: list[Values] = []
        self._loading = False
        self.clash_box: QMessageBox | None = None  # the open "changed on another laptop" question

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        self.body_layout = body_layout
        for key, names in sections:
            body_layout.addWidget(self._group(key, names))
        body_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Tab goes to the fields; they scroll into view
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.body)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)

        self.status = QLabel()
        self.status.setObjectName("form_status")
        self.undo_button = QPushButton()
        self.discard_button = QPushButton()
        self.save_button = QPushButton()
        self.complete_button = QPushButton()
        self.complete_button.setVisible(can_complete)
        self.save_button.setDefault(True)
        self.undo_button.clicked.connect(self.undo)
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(lambda: self.save(complete=False))
        self.complete_button.clicked.connect(lambda: self.save(complete=True))
        self._shortcuts: dict[str, QShortcut] = {}  # named in the shortcut overview
        undo = QShortcut(QKeySequence("Alt+Backspace"), self)
        self._shortcuts["undo"] = undo  # not the button's: setText resets it
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        for sequence, complete in (("Ctrl+S", False), ("Ctrl+Return", True), ("Ctrl+Enter", True)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda c=complete: self.save(complete=c and can_complete))
            self._shortcuts[sequence] = shortcut
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.undo_button, self.discard_button, self.save_button):
            buttons.addWidget(button)
        buttons.addWidget(self.complete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._errors: tuple[FieldError, ...] = ()  # on screen; re-rendered on a language switch
        self.retranslate_ui()

    def _group(self, key: str, names: Sequence[str]) -> QGroupBox:
        group = QGroupBox()
        group.setObjectName(f"section:{key}")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            editor = FieldEditor(self.spec.field(name), self, today=self._today)
            editor.changed.connect(self._edited)
            label = QLabel()
            label.setBuddy(editor.widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(editor.error)
            form.addRow(label, column)
            self.editors[name] = editor
            self._rows[name] = (form, label)
        self._groups[key] = group
        return group

    # -- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("&Undo last change"))
        self.undo_button.setToolTip(self.tr("Alt+Backspace"))
        self.discard_button.setText(self.tr("&Discard changes"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.complete_button.setText(self.tr("Save and &complete step"))
        self.complete_button.setToolTip(self.tr("Ctrl+Enter: complete and go to the next step"))
        self._shortcuts["undo"].setWhatsThis(self.tr("In a form: undo the last change"))
        self._shortcuts["Ctrl+S"].setWhatsThis(self.tr("In a form: save"))
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcuts[key].setWhatsThis(self.tr("In a form: save and complete the step"))
        for key, group in self._groups.items():
            group.setTitle(self._titles(key))
        for name, (_form, label) in self._rows.items():
            spec = self.spec.field(name)
            marker = " *" if spec.need is Need.ALWAYS else ""
            label.setText(field_label(name, self.spec.key) + marker)
            self.editors[name].widget.setAccessibleName(field_label(name, self.spec.key))
            self.editors[name].retranslate()
        for error in self._errors:  # the core's messages, in the new language
            editor = self.editors.get(error.field)
            if editor is not None and editor.error.text():
                editor.show_error(error.message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- wiring ----------------------------------------------------------------------------

    def connect_store(
        self,
        saver: Callable[[Values, bool], Saved],
        drafter: Callable[[Values], None],
        discarder: Callable[[], None],
    ) -> None:
        """The functions that save, keep a draft and discard it (bound to a person)."""
        self._saver, self._drafter, self._discarder = saver, drafter, discarder

    def show_values(self, stored: Mapping[str, Raw], draft: Mapping[str, Raw] | None) -> None:
        """Fill the form: the stored values, with a recovered draft over them."""
        self._draft_timer.stop()
        self._stored = dict(stored)
        shown = {**self._stored, **(draft or {})}
        self._set(shown)
        self._undo = [self.values()]
        self.clear_errors()
        self.status.setText(self.tr("Recovered unsaved changes.") if draft else "")
        self._update_buttons()

    def show_fresh_values(self, stored: Mapping[str, Raw], draft: Mapping[str, Raw] | None) -> None:
        """The stored values changed elsewhere (a sync) while this form is open.

        Fields the consultant did not edit take the new value; edited fields keep what was
        typed; a field changed on both sides to different values is asked about (keep mine,
        take theirs, merge by hand), never overwritten silently. "Discard changes" afterwards
        goes back to the new stored values.
        """
        if not self._stored and not self._undo:
            self.show_values(stored, draft)  # nothing shown yet: an ordinary first fill
            return
        base, fresh = self._stored, dict(stored)
        mine = {n: v for n, v in self.values().items() if v != self._blank(base, n, v)}
        clashes = [
            n for n, v in mine.items()
            if self._blank(fresh, n, v) != self._blank(base, n, v) and self._blank(fresh, n, v) != v
        ]  # fmt: skip
        self._draft_timer.stop()
        self._stored = fresh
        self._set({**fresh, **mine})
        self._undo = [self.values()]
        if self.has_changes():
            self._draft_timer.start()  # the draft holds the merged values, not the old ones
        elif draft is not None and self._discarder is not None:
            self._discarder()  # a draft of the old values would undo the change when reopened
        self._update_buttons()
        if clashes:
            self.ask_about_clashes(clashes, fresh)
        else:
            self.status.setText(self.tr("Updated with changes from another laptop."))

    @staticmethod
    def _blank(values: Mapping[str, Raw], name: str, like: Raw) -> Raw:
        return values.get(name, False if isinstance(like, bool) else "")

    def _shown(self, name: str, value: Raw) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if value in (None, ""):
            return self.tr("(empty)")
        if self.spec.field(name).choices:
            return choice_label(str(value))
        return str(value)

    def ask_about_clashes(self, clashes: Sequence[str], theirs: Mapping[str, Raw]) -> QMessageBox:
        """Show both values of each field changed here and elsewhere, and ask what to keep."""
        lines = "".join(
            "<li>" + self.tr("<b>{field}</b>: yours “{mine}”, now stored “{theirs}”").format(
                field=field_label(n, self.spec.key), mine=self._shown(n, self.editors[n].value()),
                theirs=self._shown(n, self._blank(theirs, n, self.editors[n].value())))
            + "</li>"
            for n in clashes
        )  # fmt: skip
        box = QMessageBox(self)
        box.setObjectName("sync_clash")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Changed on another laptop"))
        box.setText(
            self.tr("While you were editing, a colleague changed the same fields:")
            + f"<ul>{lines}</ul>"
        )
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keep_mine")
        take = box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.DestructiveRole)
        take.setObjectName("take_theirs")
        notes = [n for n in clashes if self.spec.field(n).kind is Kind.NOTE]
        both = None
        if notes:  # free text: both versions can stand, one below the other
            both = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.YesRole)
            both.setObjectName("keep_both")
        hand = box.addButton(self.tr("Merge by hand"), QMessageBox.ButtonRole.RejectRole)
        hand.setObjectName("merge_by_hand")
        box.setEscapeButton(hand)  # closing the question keeps both values on screen

        def answered(button: object) -> None:
            if button is both:
                for n in notes:
                    stored = str(self._blank(theirs, n, "")).rstrip()
                    typed = str(self.editors[n].value()).strip()
                    self.editors[n].set_value(f"{stored}\n\n{typed}" if stored else typed)
                self.status.setText(
                    self.tr("Kept both texts: the other laptop's first, yours below it.")
                )
                self._draft_timer.start()
            elif button is take:
                self._loading = True
                try:
                    for n in clashes:
                        self.editors[n].set_value(self._blank(theirs, n, self.editors[n].value()))
                finally:
                    self._loading = False
                self.status.setText(self.tr("Took the values from the other laptop."))
                if not self.has_changes():
                    self.discard_silently()
                else:
                    self._draft_timer.start()
            elif button is keep:
                self.status.setText(self.tr("Kept your values: saving replaces the other ones."))
            else:
                for n in clashes:
                    now = self._shown(n, self._blank(theirs, n, self.editors[n].value()))
                    self.editors[n].show_error(
                        self.tr("Now stored (changed on another laptop): {value}").format(value=now)
                    )
                self.status.setText(self.tr("Merge by hand: both values are shown."))
            self._update_buttons()

        box.buttonClicked.connect(answered)
        self.clash_box = box
        box.open()
        return box

    def _set(self, values: Mapping[str, Raw]) -> None:
        self._loading = True
        try:
            for name, editor in self.editors.items():
                editor.set_value(
                    values.get(name, "" if not isinstance(editor.value(), bool) else False)
                )
        finally:
            self._loading = False

    def values(self) -> Values:
        """Every field as it is now."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def has_changes(self) -> bool:
        """True when the form differs from what is stored."""
        return any(
            self._stored.get(name, "" if not isinstance(value, bool) else False) != value
            for name, value in self.values().items()
        )

    # -- typing: drafts and undo -----------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._draft_timer.start()
        self._update_buttons()

    def flush_draft(self) -> None:
        """Write the draft now (also when the page is left or the app closes)."""
        self._draft_timer.stop()
        values = self.values()
        if self._undo and self._undo[-1] != values:
            self._undo.append(values)
            del self._undo[:-UNDO_DEPTH]
        if self._drafter is None:
            return
        if not self.has_changes():
            return
        try:
            self._drafter(values)
        except Exception as error:  # shown, never swallowed silently
            log.warning("Keeping a draft failed", exc_info=error)
            self.failed.emit(error_message(error))
            return
        self.status.setText(
            self.tr("Draft kept at {time}").format(time=QTime.currentTime().toString("HH:mm"))
        )
        self.draft_saved.emit()
        self._update_buttons()

    def undo(self) -> None:
        """Go back to the form as it was before the last change."""
        current = self.values()
        if self._undo and self._undo[-1] != current:
            self._undo.append(current)
        if len(self._undo) < 2:
            return
        self._undo.pop()
        self._set(self._undo[-1])
        self._draft_timer.start()
        self._update_buttons()

    def discard(self) -> None:
        """Throw away the changes since the last save, after asking."""
        if not self.has_changes():
            return
        if not self.confirm_discard():
            return
        self._draft_timer.stop()
        if self._discarder is not None:
            self._discarder()
        self._set(self._stored)
        self._undo = [self.values()]
        self.clear_errors()
        self.status.setText(self.tr("Changes discarded."))
        self._update_buttons()

    def discard_silently(self) -> None:
        """Drop the draft without asking (the caller asked, or nothing was typed)."""
        self._draft_timer.stop()
        if self._discarder is not None:
            self._discarder()

    def focus_first(self) -> None:
        """Put the cursor in the first field."""
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    def confirm_discard(self) -> bool:
        """Ask before throwing typed work away."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("Everything typed since the last save will be lost. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _update_buttons(self) -> None:
        changed = self.has_changes()
        self.discard_button.setEnabled(changed)
        self.undo_button.setEnabled(
            len(self._undo) > 1 or (bool(self._undo) and self._undo[-1] != self.values())
        )

    # -- saving ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self._errors = ()
        for editor in self.editors.values():
            editor.show_error(None)

    def save(self, *, complete: bool = False) -> bool:
        """Validate and save; messages appear next to the fields. True when saved."""
        if self._saver is None:
            return False
        self._draft_timer.stop()
        self.clear_errors()
        values = self.values()
        try:
            result = self._saver(values, complete)
        except ValidationFailed as failed:
            self.show_errors(failed)
            if self._drafter is not None and self.has_changes():
                self._drafter(values)  # what was typed is kept, even if it cannot be saved
            return False
        except Exception as error:
            log.warning("Saving a form failed", exc_info=error)
            self.failed.emit(error_message(error))
            return False
        self.status.setText(self.tr("Saved."))
        self.saved.emit(result)
        return True

    def show_errors(self, failed: ValidationFailed) -> None:
        """Show each message next to its field and bring the first one into view."""
        first: Any = None
        self._errors = failed.errors
        for error in failed.errors:
            editor = self.editors.get(error.field)
            if editor is None:
                continue
            editor.show_error(error.message)
            first = first or editor
        self.status.setText(self.tr("Not saved: check the fields marked in red."))
        if first is not None:
            self.reveal(first.spec.name)
            first.widget.setFocus()

    def reveal(self, name: str) -> None:
        """Scroll a field into view (opening its group if it is hidden)."""
        editor = self.editors[name]
        for group in self._groups.values():
            if group.isAncestorOf(editor.widget) and not group.isVisible():
                group.setVisible(True)
        self.scroller.ensureWidgetVisible(editor.widget)

    def group(self, key: str) -> QGroupBox:
        return self._groups[key]
