"""Where the person lives over time; the first HAR or regular home starts the PIP term."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.dossier.housing import RESIDENCE, ResidenceRow
from desktop.dossier.income import INCOME
from desktop.dossier.view import Dossier
from desktop.journey.engine import StepKey
from ui.caseload_model import format_date
from ui.dossier.labels import choice_label
from ui.dossier.records import Column, RecordListEditor
from ui.labels import QT_TRANSLATE_NOOP

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Residence"), lambda r: choice_label(r.kind.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Address or location"), lambda r: r.location),
    Column(QT_TRANSLATE_NOOP("Records", "From"), lambda r: format_date(r.start_date)),
    Column(QT_TRANSLATE_NOOP("Records", "Until"), lambda r: format_date(r.end_date)),
)

INCOME_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Income from"), lambda r: choice_label(r.kind.value)),
    Column(QT_TRANSLATE_NOOP("Records", "From"), lambda r: format_date(r.start_date)),
    Column(QT_TRANSLATE_NOOP("Records", "Until"), lambda r: format_date(r.end_date)),
    Column(QT_TRANSLATE_NOOP("Records", "Note"), lambda r: r.note),
)


class HousingPage(QWidget):
    """The periods of residence (ROL, AZC, HAR home, ...) with a form, and what the housing
    date means for the PIP term; below them the income situation over time (uitkering, werk,
    studie), from which the report counts the outflow from welfare.

    Signals: none of its own; use ``editor``'s, ``income_editor``'s and their forms'.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setObjectName("housing_note")
        self.note.setWordWrap(True)
        self.editor = RecordListEditor(
            RESIDENCE,
            [("residence", list(RESIDENCE.names))],
            COLUMNS,
            emphasis=lambda row: isinstance(row, ResidenceRow) and row.is_housing,
        )
        self.income_editor = RecordListEditor(INCOME, [("income", list(INCOME.names))],
                                              INCOME_COLUMNS)  # fmt: skip
        self.income_editor.setObjectName("income_editor")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.income_editor, 2)
        self._dossier: Dossier | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_dossier(self, dossier: Dossier) -> None:
        self._dossier = dossier
        state = dossier.forms[RESIDENCE.key]
        self.editor.show_records(dossier.residences, state.values, state.draft)
        income = dossier.forms[INCOME.key]
        self.income_editor.show_records(dossier.income, income.values, income.draft)
        self._show_note()

    def _show_note(self) -> None:
        dossier = self._dossier
        if dossier is None:
            self.note.clear()
            return
        if dossier.housing_date is None:
            self.note.setText(self.tr(
                "No home in the municipality recorded yet. The legal term for the PIP starts "
                "with the first HAR or regular home."
            ))  # fmt: skip
            return
        text = self.tr("Housed in the municipality since {date} (shown in bold).").format(
            date=format_date(dossier.housing_date)
        )
        pip = dossier.journey.step(StepKey.PIP_VASTGESTELD) if dossier.journey else None
        if pip is not None and pip.due is not None and pip.done_on is None:
            text += " " + self.tr("The PIP must be fixed by a decision by {date}.").format(
                date=format_date(pip.due)
            )
        self.note.setText(text)
