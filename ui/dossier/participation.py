"""Participation activities of the PIP with their hours, against the Z-route target."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.dossier.participation import ACTIVITY, ParticipationSummary
from desktop.dossier.view import Dossier
from ui.caseload_model import format_date
from ui.dossier.labels import choice_label
from ui.dossier.records import Column, RecordListEditor
from ui.labels import QT_TRANSLATE_NOOP


def hours_text(hours: float) -> str:
    """Hours as the number fields show them: 2,5."""
    return f"{round(hours, 1):g}".replace(".", ",")


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Activity"), lambda r: choice_label(r.kind.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Description"), lambda r: r.description),
    Column(QT_TRANSLATE_NOOP("Records", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("Records", "Hours/week"), lambda r: hours_text(r.hours_per_week)),
    Column(QT_TRANSLATE_NOOP("Records", "From"), lambda r: format_date(r.start_date)),
    Column(QT_TRANSLATE_NOOP("Records", "Until"), lambda r: format_date(r.end_date)),
)


class ParticipationPage(QWidget):
    """The activities with a form, and the hours they add up to.

    Signals: none of its own; use ``editor``'s and ``editor.form``'s.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("participation_summary")
        self.summary.setWordWrap(True)
        self.editor = RecordListEditor(ACTIVITY, [("activity", list(ACTIVITY.names))], COLUMNS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.editor, 1)
        self._summary: ParticipationSummary | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_dossier(self, dossier: Dossier) -> None:
        state = dossier.forms[ACTIVITY.key]
        self.editor.show_records(dossier.activities, state.values, state.draft)
        self._summary = dossier.participation
        self._show_summary()

    def _show_summary(self) -> None:
        summary = self._summary
        if summary is None:
            self.summary.clear()
            return
        parts = [self.tr("Now {hours} hours per week.").format(
            hours=hours_text(summary.hours_this_week))]  # fmt: skip
        short = False
        if summary.planned_hours is None:
            parts.append(self.tr("Planned hours are counted from the decision (beschikking) on "
                                 "the PIP."))  # fmt: skip
        elif summary.target is not None:
            parts.append(self.tr("Planned in the integration term: {hours} of the {target} "
                                 "hours the Z route asks.").format(
                hours=round(summary.planned_hours), target=summary.target))  # fmt: skip
            short = summary.planned_hours < summary.target
        else:
            parts.append(self.tr("Planned in the integration term: {hours} hours.").format(
                hours=round(summary.planned_hours)))  # fmt: skip
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if short else "")

    def tab_title(self) -> str:
        """The PIP page's tab for the activities, with how many there are."""
        count = self.editor.model.rowCount()
        title = self.tr("Participation")
        return f"{title} ({count})" if count else title
