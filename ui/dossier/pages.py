"""The forms of the dossier, each a :class:`FormPage` with its fields grouped in sections,
plus the pages that need more: the Brede Intake (life domains, health hidden), the PIP
(versions) and the forms that add a record each time (progress talks, handhaving)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import IntakeVariant, LifeDomain, PipChange, Route
from desktop.dossier.forms import FORMS, domains_for
from desktop.dossier.household import MEMBER
from desktop.dossier.intake import domain_fields, intake_spec
from desktop.dossier.pip import AGREEMENT_DOMAINS, PIP_FORM, VersionSummary, agreement_field
from desktop.dossier.validation import FieldError, ValidationFailed
from desktop.dossier.view import Talk
from ui.caseload_model import format_date
from ui.dossier.form_page import FormPage
from ui.dossier.labels import choice_label, field_label
from ui.dossier.participation import ParticipationPage
from ui.labels import route_label
from ui.widgets import error_label

#: The person form's fields that describe the trajectory and household, in their own group.
TRAJECTORY_SECTION = (
    "koppeling_date",
    "melding_date",
    "voorinburgering_start",
    "voorinburgering_end",
    "vwn_start",
    "vwn_begeleider",
    "linked_via",
    "duo_registered_on",
    "household_label",
)

SECTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "person": [
        ("person", [n for n in FORMS["person"].names if n not in TRAJECTORY_SECTION]),
        ("trajectory", list(TRAJECTORY_SECTION)),
    ],
    "koffie_en_koek": [
        ("talk", ["held_on", "place", "place_detail", "coa_casemanager", "interpreter_mode",
                  "interpreter_language"]),
        ("topics", ["topic_acquaintance", "topic_voorinburgering", "topic_housing_family",
                    "topic_questions"]),
        ("agreements", ["agreements", "klantreis_handed_over", "klantreis_language"]),
    ],
    "progress_talk": [("progress_talk", list(FORMS["progress_talk"].names))],
    "pvt": [("pvt", list(FORMS["pvt"].names))],
    "map": [("map", list(FORMS["map"].names))],
    "ontzorgen": [("ontzorgen", list(FORMS["ontzorgen"].names))],
    "handhaving": [("handhaving", list(FORMS["handhaving"].names))],
    "einde": [("einde", list(FORMS["einde"].names))],
}  # fmt: skip


def simple_page(key: str) -> FormPage:
    """The form of a one-record step (Koffie en Koek, PVT, MAP, ontzorgen, end, person)."""
    can_complete = FORMS[key].complete_field is not None
    return FormPage(FORMS[key], SECTIONS[key], can_complete=can_complete)


class OntzorgenPage(FormPage):
    """Ontzorgen, with when the standard period ends (a later end needs a reason).

    Signals: those of :class:`FormPage`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(FORMS["ontzorgen"], SECTIONS["ontzorgen"], parent=parent)
        self.hint = QLabel()
        self.hint.setObjectName("ontzorgen_hint")
        self.hint.setWordWrap(True)
        self.body_layout.insertWidget(1, self.hint)
        self._standard_end: date | None = None
        self._show_hint()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if hasattr(self, "hint"):
            self._show_hint()

    def show_standard_end(self, day: date | None) -> None:
        """The end of the standard period by the rules (None before a start is saved)."""
        self._standard_end = day
        self._show_hint()

    def _show_hint(self) -> None:
        if self._standard_end is None:
            self.hint.setText(self.tr("Ontzorgen has a standard period; running longer needs a "
                                      "reason for the extension."))  # fmt: skip
        else:
            self.hint.setText(self.tr("The standard period ends on {date}. A later end date "
                                      "needs a reason for the extension.").format(
                date=format_date(self._standard_end)))  # fmt: skip


def member_page() -> FormPage:
    """The form to add a household member."""
    return FormPage(MEMBER, [("member", list(MEMBER.names))], can_complete=False)


class IntakePage(FormPage):
    """The Brede Intake: general fields, the test and StarterZ, then every life domain.

    Health domains are hidden until "show health information" is ticked (on purpose, in the
    room); the gezinsmigrant variant shows only its shorter list of domains.

    Signals: those of :class:`FormPage`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        spec = intake_spec(IntakeVariant.STANDAARD)
        sections = [
            ("intake", ["variant", "started_on", "completed_on", "voorinburgering_participation"]),
            ("toets", ["toets_taken_on", "toets_outcome", "toets_score", "starterz_started_on",
                       "starterz_advice_on", "starterz_advice"]),
            *((d.value, [f.name for f in domain_fields(d)]) for d in LifeDomain),
        ]  # fmt: skip
        super().__init__(spec, sections, parent=parent)
        self.show_health = QCheckBox()
        self.show_health.setObjectName("show_health")
        self.show_health.toggled.connect(self._update_domains)
        self.body_layout.insertWidget(2, self.show_health)
        self.withheld = QLabel()
        self.withheld.setObjectName("intake_health_withheld")
        self.withheld.setWordWrap(True)
        self.withheld.setVisible(False)
        self.body_layout.insertWidget(0, self.withheld)
        self.editors["variant"].changed.connect(self._update_domains)
        self._label_health()  # FormPage's retranslate_ui ran before the box existed
        self._update_domains()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if hasattr(self, "show_health"):
            self._label_health()
        if hasattr(self, "withheld"):
            self.withheld.setText(self.tr(
                "As a team lead you see the Brede Intake without its health domains and cannot "
                "change it: health information is special personal data, for the consultants "
                "and the admin only."))  # fmt: skip
            self.withheld.setAccessibleName(self.withheld.text())

    def set_health_withheld(self, withheld: bool) -> None:
        """For a role that may not see health data (a teamleider): the health switch is off
        and disabled, the intake read-only (the core refuses its save), and the page says why."""
        self.show_health.setChecked(False)
        self.show_health.setEnabled(not withheld)
        self.show_health.setToolTip(self.withheld.text() if withheld else "")
        self.withheld.setVisible(withheld)
        for group in self._groups.values():
            group.setEnabled(not withheld)
        for button in (self.save_button, self.complete_button, self.undo_button,
                       self.discard_button):  # fmt: skip
            button.setEnabled(not withheld)
        self._update_domains()

    def _label_health(self) -> None:
        self.show_health.setText(self.tr("Show &health information (special personal data)"))
        self.show_health.setAccessibleName(self.tr("Show health information"))
        self.show_health.setAccessibleDescription(
            self.tr("Special personal data: shown on purpose, hidden again for the next dossier")
        )

    def _update_domains(self) -> None:
        variant = self.editors["variant"].value() or IntakeVariant.STANDAARD.value
        shown = set(domains_for(str(variant)))
        for domain in LifeDomain:
            visible = domain in shown and (not domain.is_sensitive or self.show_health.isChecked())
            self.group(domain.value).setVisible(visible)

    def show_values(self, stored, draft) -> None:  # type: ignore[no-untyped-def]
        self.show_health.setChecked(False)  # health is shown on purpose, each time
        super().show_values(stored, draft)
        self._update_domains()


class RecordListPage(QWidget):
    """A form that adds a record each time (progress talk, handhaving), with the earlier ones.

    Signals: none of its own; use ``form``'s.
    """

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.earlier = QListWidget()
        self.earlier.setObjectName(f"earlier:{key}")
        self.earlier.setMaximumHeight(150)
        self.heading = QLabel()
        self.form = simple_page(key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.earlier)
        layout.addWidget(self.form, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Recorded earlier:"))
        self.earlier.setAccessibleName(self.tr("Recorded earlier"))
        if getattr(self, "_none_yet", False):
            self.show_records(())  # the empty list's message, in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_records(self, records: Sequence[Talk]) -> None:
        self.earlier.clear()
        self._none_yet = not records
        if not records:  # an empty list says so
            empty = QListWidgetItem(self.tr("Nothing recorded yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.earlier.addItem(empty)
        for record in records:
            first_line = record.text.splitlines()[0] if record.text else ""
            self.earlier.addItem(
                f"{format_date(record.day)}  ·  {choice_label(record.value)}  ·  {first_line}"
            )


class PipPage(QWidget):
    """The PIP: the latest version's form, the list of versions, and making a new version.

    Signals:
        new_version_requested(str, str, str): route, change kind and reason of a new version.
        discard_version_requested(): throw the draft version away.
    """

    new_version_requested = Signal(str, str, str)
    discard_version_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sections = [
            ("plan", ["route", "deviation_reason", "language_provider", "support"]),
            ("dates", ["drafted_on", "signed_on", "beschikking_on", "route_registered_on",
                       "route_started_on"]),
            ("pip_agreements", [agreement_field(d) for d in AGREEMENT_DOMAINS]),
        ]  # fmt: skip
        self.form = FormPage(PIP_FORM, sections)
        self.toets_hint = QLabel()
        self.toets_hint.setObjectName("toets_hint")
        self.toets_hint.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setObjectName("pip_versions")
        self.versions.setMaximumHeight(110)
        self.new_box = QGroupBox()
        self.new_route = QComboBox()
        self.new_route.setObjectName("new_route")
        for route in Route:
            self.new_route.addItem(route_label(route), route.value)
        self.new_change = QComboBox()
        self.new_change.setObjectName("new_change")
        for change in PipChange:
            if change is not PipChange.INITIEEL:
                self.new_change.addItem(choice_label(change.value), change.value)
        self.new_reason = QLineEdit()
        self.new_reason.setObjectName("new_reason")
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_version")
        self.new_button.clicked.connect(self._request_new_version)
        self.discard_version_button = QPushButton()  # only while the newest version is a draft
        self.discard_version_button.setObjectName("discard_version")
        self.discard_version_button.setVisible(False)
        self.discard_version_button.clicked.connect(self.discard_version_requested)
        self.new_error = error_label()
        self.new_error.setVisible(False)
        self._new_labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout(self.new_box)
        for label, widget in zip(self._new_labels, (self.new_route, self.new_change,
                                                     self.new_reason), strict=True):  # fmt: skip
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.new_error)
        form.addRow(self.new_button)
        form.addRow(self.discard_version_button)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.toets_hint)
        left.addWidget(self.versions)
        top.addLayout(left, 3)
        top.addWidget(self.new_box, 2)
        self._shown: tuple[Sequence[VersionSummary], str, str] | None = None
        self.participation = ParticipationPage()
        self.inner = QTabWidget()
        self.inner.setObjectName("pip_parts")
        self.inner.addTab(self.form, "")
        self.inner.addTab(self.participation, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.inner, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.versions.setAccessibleName(self.tr("PIP versions"))
        for row in range(self.new_route.count()):
            self.new_route.setItemText(row, route_label(self.new_route.itemData(row)))
        for row in range(self.new_change.count()):
            self.new_change.setItemText(row, choice_label(self.new_change.itemData(row)))
        if self._shown is not None:
            self._show_versions(*self._shown)
        self.inner.setTabText(0, self.tr("Plan and agreements"))
        self.update_participation_title()
        self.new_box.setTitle(self.tr("New PIP version"))
        for label, text in zip(self._new_labels, (field_label("route"), self.tr("Why"),
                                                  self.tr("Reason")), strict=True):  # fmt: skip
            label.setText(text)
        self.new_button.setText(self.tr("Make &new version"))
        self.discard_version_button.setText(self.tr("Discard the draft &version"))
        self.discard_version_button.setToolTip(
            self.tr("The new version is not signed yet: it counts for nothing until it is.")
        )

    def update_participation_title(self) -> None:
        self.inner.setTabText(1, self.participation.tab_title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_versions(self, versions: Sequence[VersionSummary], toets: str, outcome: str) -> None:
        """List the versions and the test outcome; a new version starts from the latest route."""
        self._shown = (versions, toets, outcome)
        self._show_versions(versions, toets, outcome)
        if versions:
            self.new_route.setCurrentIndex(max(self.new_route.findData(versions[-1].route.value),
                                               0))  # fmt: skip
        self.new_box.setEnabled(bool(versions))
        draft = bool(versions) and versions[-1].draft
        self.discard_version_button.setVisible(draft)
        self.new_button.setEnabled(not draft)  # sign or discard the draft first
        self.new_error.clear()
        self.new_error.setVisible(False)
        self.new_reason.clear()

    def _show_versions(self, versions: Sequence[VersionSummary], toets: str, outcome: str) -> None:
        self.versions.clear()
        for v in versions:
            signed = self.tr("signed {date}").format(date=format_date(v.signed_on)) if (
                v.signed_on) else self.tr("not signed yet")  # fmt: skip
            if v.draft:
                signed = self.tr("draft: counts once signed")
            reason = f" — {v.change_reason}" if v.change_reason else ""
            self.versions.addItem(
                self.tr("Version {n}: {route}, {change}, {signed}").format(
                    n=v.version, route=route_label(v.route), change=choice_label(v.change.value),
                    signed=signed,
                ) + reason
            )  # fmt: skip
        if toets:
            self.toets_hint.setText(self.tr("Learnability test {date}: outcome {outcome}.").format(
                date=toets, outcome=choice_label(outcome)))  # fmt: skip
        else:
            self.toets_hint.setText(self.tr("No learnability test recorded yet."))

    def _request_new_version(self) -> None:
        self.new_error.clear()
        self.new_error.setVisible(False)
        self.new_version_requested.emit(
            self.new_route.currentData(), self.new_change.currentData(), self.new_reason.text()
        )

    def show_new_version_errors(self, failed: ValidationFailed) -> None:
        messages: list[FieldError] = list(failed.errors)
        self.new_error.setText("\n".join(e.message for e in messages))
        self.new_error.setVisible(bool(messages))
