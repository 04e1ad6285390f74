"""The end tab: how the trajectory ended, DUO's verlenging or ontheffing, and the exam results."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QTabWidget, QVBoxLayout, QWidget

from desktop.dossier.termijn import BESLUIT, EXAM, STEP_RECORD
from desktop.dossier.view import Dossier
from ui.caseload_model import format_date
from ui.dossier.labels import choice_label
from ui.dossier.pages import simple_page
from ui.dossier.records import Column, RecordListEditor
from ui.labels import QT_TRANSLATE_NOOP

BESLUIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Request"), lambda r: choice_label(r.kind.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Requested on"), lambda r: format_date(r.requested_on)),
    Column(QT_TRANSLATE_NOOP("Records", "Decision"), lambda r: choice_label(r.decision.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Decided on"), lambda r: format_date(r.decided_on)),
    Column(QT_TRANSLATE_NOOP("Records", "Until"), lambda r: format_date(r.until)),
)

EXAM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Part"), lambda r: choice_label(r.part.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Taken on"), lambda r: format_date(r.taken_on)),
    Column(QT_TRANSLATE_NOOP("Records", "Result"), lambda r: choice_label(r.outcome.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Level"), lambda r: r.level),
    Column(QT_TRANSLATE_NOOP("Records", "Language provider"), lambda r: r.language_provider),
)


STEP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Step"), lambda r: r.name or r.step),
    Column(QT_TRANSLATE_NOOP("Records", "Done on"), lambda r: format_date(r.done_on)),
    Column(
        QT_TRANSLATE_NOOP("Records", "Notes"), lambda r: r.notes.splitlines()[0] if r.notes else ""
    ),
)


class EndPage(QWidget):
    """The end form, and the lists of DUO decisions and exam results in tabs of their own.

    Signals: none of its own; use ``form``'s, ``besluiten``'s and ``exams``'s.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = simple_page("einde")
        self.besluiten = RecordListEditor(BESLUIT, [("termijn_besluit", list(BESLUIT.names))],
                                          BESLUIT_COLUMNS)  # fmt: skip
        self.exams = RecordListEditor(EXAM, [("exam_result", list(EXAM.names))], EXAM_COLUMNS)
        # The steps the team's rules file adds (a social team's visit, say): the tab shows
        # when the file has any; its choices are the file's steps.
        self.steps = RecordListEditor(STEP_RECORD, [("step_record", list(STEP_RECORD.names))],
                                      STEP_COLUMNS)  # fmt: skip
        self._step_names: dict[str, str] = {}
        self.inner = QTabWidget()
        self.inner.setObjectName("end_parts")
        for widget in (self.form, self.besluiten, self.exams, self.steps):
            self.inner.addTab(widget, "")
        self.inner.setTabVisible(3, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        titles = (self.tr("End of the trajectory"), self.tr("Extension and exemption (DUO)"),
                  self.tr("Exam results"), self.tr("Steps of the team's rules"))  # fmt: skip
        for index, title in enumerate(titles):
            self.inner.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_dossier(self, dossier: Dossier) -> None:
        """Show the decisions and results of this dossier (the form is filled by the page)."""
        self._show_step_choices(dict(dossier.extra_steps))
        for editor, rows in ((self.besluiten, dossier.besluiten), (self.exams, dossier.exams),
                             (self.steps, dossier.step_records)):  # fmt: skip
            state = dossier.forms[editor.spec.key]
            editor.show_records(rows, state.values, state.draft)

    def _show_step_choices(self, names: dict[str, str]) -> None:
        """The rules file's steps as the choices of the step field (its name, its key)."""
        self.inner.setTabVisible(3, bool(names))
        if names == self._step_names:
            return
        self._step_names = names
        combo = self.steps.form.editors["step"].widget
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", "")
        for key, name in names.items():
            combo.addItem(name, key)
        combo.blockSignals(False)
