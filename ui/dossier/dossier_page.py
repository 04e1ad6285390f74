"""The dossier of one person: header, klantreis timeline on the left, the forms in tabs.

Loading runs off the GUI thread (``TaskRunner``); saving a form runs on it (a save is one
small transaction, measured well under 50 ms in ``tests/benchmarks/bench_screens.py``), so
that its messages can appear next to the fields at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import ChangeSet
from desktop.domain.enums import HouseholdRole, PipChange, Route
from desktop.domain.model import PersonId
from desktop.dossier import saving
from desktop.dossier.household import find_people, link_household_member
from desktop.dossier.journal.attachments import (
    add_attachment,
    content_of,
    remove_attachment,
    save_copy,
)
from desktop.dossier.operations import Saved, discard_draft, save_draft
from desktop.dossier.pip import discard_pip_draft, new_pip_version
from desktop.dossier.validation import Raw, ValidationFailed
from desktop.dossier.view import Dossier, load_dossier
from desktop.journey.engine import StepKey
from desktop.journey.rules import Rules
from desktop.journey.team import team_rules
from desktop.messages import Problem
from desktop.store import Store
from ui.agenda.talks_panel import TalksPanel
from ui.dates import DateEdit
from ui.dossier.contact import ContactPage
from ui.dossier.form_page import FormPage
from ui.dossier.history import HistoryModel
from ui.dossier.housing import HousingPage
from ui.dossier.member_edit import MemberEditDialog
from ui.dossier.overview import OverviewPage
from ui.dossier.pages import IntakePage, OntzorgenPage, PipPage, RecordListPage, simple_page
from ui.dossier.records import RecordListEditor
from ui.dossier.termijn import EndPage
from ui.dossier.timeline import STATE_ROLE, TimelineView
from ui.labels import error_message, route_label
from ui.widgets import ElidedLabel, error_label, scroll_to_top
from ui.worker import TaskRunner

log = logging.getLogger(__name__)

#: Which tab a klantreis step is recorded on.
STEP_TABS: dict[StepKey | str, str] = {
    StepKey.KOPPELING: "person", StepKey.KOFFIE_EN_KOEK: "koffie_en_koek",
    StepKey.BREDE_INTAKE: "brede_intake", StepKey.LEERBAARHEIDSTOETS: "brede_intake",
    StepKey.STARTERZ: "brede_intake", StepKey.PIP: "pip", StepKey.PIP_VASTGESTELD: "pip",
    StepKey.ROUTE_START: "pip", StepKey.VWN_BEGELEIDING: "person",
    StepKey.VOORTGANG: "progress_talk", StepKey.PVT: "pvt", StepKey.MAP: "map",
    StepKey.ONTZORGEN: "ontzorgen", StepKey.INBURGERINGSTERMIJN: "einde", StepKey.EINDE: "einde",
}  # fmt: skip

TABS = ("overview", "person", "housing", "koffie_en_koek", "brede_intake", "pip",
        "progress_talk", "pvt", "map", "ontzorgen", "handhaving", "einde", "contact",
        "history")  # fmt: skip

#: The talk a tab's "Plan talk…" is for.
TAB_TALKS = {"koffie_en_koek": "koffie_en_koek", "brede_intake": "brede_intake", "pip": "pip",
             "progress_talk": "voortgang", "pvt": "pvt", "handhaving": "handhaving"}  # fmt: skip

#: The forms of the tabs, saved by key through the dossier operations.
TAB_FORMS = ("person", "koffie_en_koek", "brede_intake", "pip", "progress_talk", "pvt", "map",
             "ontzorgen", "handhaving", "einde")  # fmt: skip
#: Forms that add, change and remove records in a list.
RECORD_FORMS = ("residence", "activity", "contact_note", "income", "termijn_besluit",
                "exam_result", "step_record")  # fmt: skip
#: Every form with a draft: the tabs, the list forms and the add-member form.
ALL_FORMS = (*TAB_FORMS, *RECORD_FORMS, "member")


class DossierPage(QWidget):
    """One person's dossier.

    Signals:
        back_requested(): the consultant wants the caseload again.
        loaded(): a dossier (re)load finished and is on screen.
        changed(str): something of this person was saved (caseload and today view refresh).
        handouts_requested(str): the consultant wants to preview/print this person's handouts.
    """

    back_requested = Signal()
    handouts_requested = Signal(str)
    loaded = Signal()
    changed = Signal(str)

    def __init__(
        self, runner: TaskRunner, *, today: date, rules: Rules | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._rules = rules  # None: the team's rules in the open store
        self.store: Store | None = None
        self.person_id: PersonId | None = None
        self.dossier: Dossier | None = None
        self._generation = 0
        self._waiting: tuple[int, Dossier] | None = None  # loaded while another screen showed
        self._after_load: str | None = None
        self._requested_at = 0.0  # when the latest load began: it reads changes made before
        self._merge_next = False  # the next load merges into open forms (a change elsewhere)

        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.leave)
        self.handouts_button = QPushButton()
        self.handouts_button.setObjectName("handouts")
        self.handouts_button.clicked.connect(self._request_handouts)
        self.papers_button = QPushButton()
        self.papers_button.setObjectName("papers")
        self.papers_button.clicked.connect(self.open_papers)
        self.papers_dialog: Any = None  # ui.handouts.papers.PapersDialog, once opened
        # Shortcuts of their own: a button's setText() (each retranslation) resets its shortcut.
        self._shortcuts: dict[str, QShortcut] = {}
        for sequence, button in (("Alt+Left", self.back_button), ("Ctrl+P", self.handouts_button)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            self._shortcuts[sequence] = shortcut
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        self.name = ElidedLabel(heading=True)
        self.name.setObjectName("name")
        self.name_original = ElidedLabel(heading=True)
        self.name_original.setObjectName("name_original")
        self.summary = ElidedLabel()
        self.summary.setObjectName("summary")
        self.message = error_label()
        self.message.setVisible(False)

        self.timeline = TimelineView()
        self.timeline.activated.connect(self._step_activated)
        self.timeline.clicked.connect(self._step_activated)
        self.next_label = QLabel()
        self.next_label.setObjectName("next")
        self.next_label.setWordWrap(True)
        self.talks = TalksPanel(runner, today=today)
        self.talks.changed.connect(lambda _person: self._changed_and_reload())
        self.plan_talk_shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        self.plan_talk_shortcut.activated.connect(lambda: self.talks.plan())

        self.overview = OverviewPage()
        self.pages: dict[str, Any] = {
            "overview": self.overview,
            "person": simple_page("person"),
            "housing": HousingPage(),
            "koffie_en_koek": simple_page("koffie_en_koek"),
            "brede_intake": IntakePage(),
            "pip": PipPage(),
            "progress_talk": RecordListPage("progress_talk"),
            "pvt": simple_page("pvt"),
            "map": simple_page("map"),
            "ontzorgen": OntzorgenPage(),
            "handhaving": RecordListPage("handhaving"),
            "einde": EndPage(),
            "contact": ContactPage(),
        }
        self.history = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("history")
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.pages["history"] = self.history_view
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dossier_tabs")
        self.tabs.setUsesScrollButtons(True)
        for key in TABS:
            self.tabs.addTab(self.pages[key], "")
        # "Plan talk…" plans the talk of the tab on screen (or of the step chosen).
        self.tabs.currentChanged.connect(self._tab_changed)
        self._wire_forms()
        self._layout()
        self.retranslate_ui()
        for field in self.findChildren(DateEdit):  # "vandaag" is the app's today
            field.use_today(today)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.name)
        header.addWidget(self.name_original)
        header.addStretch(1)
        header.addWidget(self.summary)
        header.addWidget(self.handouts_button)
        header.addWidget(self.papers_button)
        left = QVBoxLayout()
        left.addWidget(self.next_label)
        left.addWidget(self.timeline, 1)
        left.addWidget(self.talks)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def retranslate_ui(self) -> None:
        self.handouts_button.setText(self.tr("Handouts…"))
        self.handouts_button.setToolTip(self.tr("Klantreis, invitation, PIP summary (Ctrl+P)"))
        self.papers_button.setText(self.tr("Consent and papers…"))
        self.papers_button.setToolTip(
            self.tr("Consent per recipient; PIP to sign, partner PIPs, Brede Intake, handover")
        )
        self.papers_button.setAccessibleName(self.tr("Consent and papers"))
        self.timeline.setAccessibleName(self.tr("Klantreis: steps and deadlines"))
        self.history_view.setAccessibleName(self.tr("History of changes"))
        self.back_button.setText(self.tr("← Caseload"))
        self.back_button.setToolTip(self.tr("Back to the caseload (Alt+Left)"))
        self._shortcuts["Alt+Left"].setWhatsThis(self.tr("In a dossier: back to the caseload"))
        self._shortcuts["Ctrl+P"].setWhatsThis(self.tr("In a dossier: handouts"))
        self.plan_talk_shortcut.setWhatsThis(self.tr("In a dossier: plan a talk"))
        titles = {
            "overview": self.tr("&Overview"), "person": self.tr("Person"),
            "housing": self.tr("Housing"),
            "koffie_en_koek": self.tr("&Koffie en Koek"), "brede_intake": self.tr("&Brede Intake"),
            "pip": self.tr("&PIP"), "progress_talk": self.tr("P&rogress"),
            "pvt": self.tr("PVT"), "map": self.tr("MAP"), "ontzorgen": self.tr("Ontzorgen"),
            "handhaving": self.tr("Enforcement"), "einde": self.tr("End"),
            "contact": self.tr("Co&ntact"),
            "history": self.tr("&History"),
        }  # fmt: skip
        for index, key in enumerate(TABS):
            self.tabs.setTabText(index, titles[key])
        self.history.refresh()
        if self.dossier is not None:
            self._show_next(self.dossier)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- forms -----------------------------------------------------------------------------

    def form(self, key: str) -> FormPage:
        """The FormPage of a tab, of a list (``residence``, ``activity``) or of the add-member
        box (``member``)."""
        if key == "member":
            return self.overview.member_form
        if key in RECORD_FORMS:
            return self.editor(key).form
        page = self.pages[key]
        return page.form if isinstance(page, RecordListPage | PipPage | EndPage) else page

    def editor(self, key: str) -> RecordListEditor:
        """The list editor of a list form (residences, activities, the journal, income, DUO
        decisions, exams, steps of the team's rules file)."""
        editors: dict[str, RecordListEditor] = {
            "residence": self.pages["housing"].editor,
            "activity": self.pages["pip"].participation.editor,
            "contact_note": self.pages["contact"].journal.editor,
            "income": self.pages["housing"].income_editor,
            "termijn_besluit": self.pages["einde"].besluiten,
            "exam_result": self.pages["einde"].exams,
            "step_record": self.pages["einde"].steps,
        }
        return editors[key]

    def _wire_forms(self) -> None:
        for key in TAB_FORMS:
            form = self.form(key)
            form.connect_store(self._saver(key), self._drafter(key), self._discarder(key))
        member = self.form("member")
        member.connect_store(self._saver("member"), self._drafter("member"),
                             self._discarder("member"))  # fmt: skip
        for key in RECORD_FORMS:
            editor = self.editor(key)
            editor.connect_store(self._saver(key), self._drafter(key), self._discarder(key),
                                 self._remover(key))  # fmt: skip
            editor.removed.connect(lambda _id: self._changed_and_reload())
            editor.failed.connect(self._show_message)
        for key in ALL_FORMS:
            self.form(key).saved.connect(self._saved)
            self.form(key).failed.connect(self._show_message)
        self.pages["pip"].new_version_requested.connect(self._new_pip_version)
        self.pages["pip"].discard_version_requested.connect(self._discard_pip_version)
        self.overview.edit_member_requested.connect(self.edit_member)
        self._wire_attachments()
        link = self.overview.link_box
        link.search_requested.connect(self._search_people)
        link.link_requested.connect(self._link_person)

    def _wire_attachments(self) -> None:
        page = self.pages["contact"].attachments

        def add(data: bytes, title: str, file_name: str) -> None:
            store, person = self._store()
            add_attachment(store, person, data=data, title=title, file_name=file_name,
                           today=self._today)  # fmt: skip

        def load(record_id: str) -> bytes:
            store, person = self._store()
            return content_of(store, person, record_id)

        def copy(record_id: str, target: Path) -> None:
            store, person = self._store()
            save_copy(store, person, record_id, target)

        def remove(record_id: str) -> None:
            store, person = self._store()
            remove_attachment(store, person, record_id)

        page.connect_store(add, load, copy, remove)
        page.changed.connect(self._changed_and_reload)

    def _store(self) -> tuple[Store, PersonId]:
        if self.store is None or self.person_id is None:
            raise RuntimeError("no dossier is open")
        return self.store, self.person_id

    def _saver(self, key: str) -> Callable[[dict[str, Raw], bool], Saved]:
        def save(values: dict[str, Raw], complete: bool) -> Saved:
            store, person = self._store()
            return saving.save(store, person, key, values, today=self._today, rules=self._rules,
                               complete=complete)  # fmt: skip

        return save

    def _drafter(self, key: str) -> Callable[[dict[str, Raw]], None]:
        def keep(values: dict[str, Raw]) -> None:
            store, person = self._store()
            save_draft(store, person, key, values)

        return keep

    def _discarder(self, key: str) -> Callable[[], None]:
        def discard() -> None:
            store, person = self._store()
            discard_draft(store, person, key)

        return discard

    def _remover(self, key: str) -> Callable[[str], None]:
        def remove(record_id: str) -> None:
            store, person = self._store()
            saving.remove(store, person, key, record_id)

        return remove

    def _new_pip_version(self, route: str, change: str, reason: str) -> None:
        store, person = self._store()
        answer = QMessageBox.question(
            self,
            self.tr("New PIP version"),
            self.tr(
                "Make a new PIP version with the {route}? It stays a draft until it is signed: "
                "until then it does not count as a route change and the handouts keep the "
                "signed version. A draft can be thrown away."
            ).format(route=route_label(Route(route))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            saved = new_pip_version(
                store, person, route=Route(route), change=PipChange(change), reason=reason,
                today=self._today, rules=self._rules or team_rules(store),
            )  # fmt: skip
        except ValidationFailed as failed:
            self.pages["pip"].show_new_version_errors(failed)
            return
        self._saved(saved)

    def _discard_pip_version(self) -> None:
        store, person = self._store()
        answer = QMessageBox.question(
            self,
            self.tr("Discard the draft version?"),
            self.tr("Throw the unsigned new PIP version away? The signed version stays."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            discard_pip_draft(store, person)
        except Problem as error:
            self._show_message(error_message(error))
            return
        self._changed_and_reload()

    def edit_member(self, member_id: str) -> MemberEditDialog:
        """Open the edit form of a household member; the dossier reloads after saving."""
        store, person = self._store()
        dialog = MemberEditDialog(store, person, member_id, today=self._today, parent=self)
        dialog.saved.connect(lambda saved: self._saved(saved))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.show()
        return dialog

    def _search_people(self, text: str) -> None:
        store, person = self._store()
        generation = self._generation
        box = self.overview.link_box
        self._runner.run(
            lambda: find_people(store, person, text),
            lambda matches: box.show_matches(matches) if generation == self._generation else None,
            lambda error: box.show_error(error_message(error)),
        )

    def _link_person(self, other_id: str, role: str) -> None:
        store, person = self._store()
        try:
            saved = link_household_member(store, person, other_id, role=HouseholdRole(role))
        except ValidationFailed as failed:
            self.overview.link_box.show_error("\n".join(e.message for e in failed.errors))
            return
        except Exception as error:
            log.warning("Linking a household member failed", exc_info=error)
            self.overview.link_box.show_error(error_message(error))
            return
        self.overview.link_box.reset()
        self._saved(saved)

    def _saved(self, saved: Saved) -> None:
        # Completing a step leads to the next one: the tab of the klantreis's current step.
        self._after_load = "next" if saved.completed and saved.form != "member" else None
        self._changed_and_reload()

    def _changed_and_reload(self) -> None:
        if self.person_id is not None:
            self.changed.emit(self.person_id)
        self.reload()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- loading ---------------------------------------------------------------------------

    def open_papers(self) -> None:
        """Open consent and papers for this person (window-modal, the dossier stays behind)."""
        if self.store is None or self.person_id is None:
            return
        from ui.handouts.papers import PapersDialog

        self.papers_dialog = PapersDialog(
            self.store, self._runner, self.person_id, today=self._today, parent=self
        )
        self.papers_dialog.attached.connect(lambda _id: self._changed_and_reload())
        self.papers_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.papers_dialog.open()

    def _request_handouts(self) -> None:
        if self.person_id is not None:
            self.flush_drafts()
            self.handouts_requested.emit(self.person_id)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._loaded(*waiting)

    def show_person(self, store: Store, person_id: PersonId, *, step: str = "") -> None:
        """Open a person's dossier (loaded off the GUI thread), at ``step`` if given."""
        self.flush_drafts()
        self.store, self.person_id = store, person_id
        self._after_load = f"step:{step}" if step else None
        self._merge_next = False
        self.overview.link_box.reset()
        self.tabs.setCurrentIndex(0)
        scroll_to_top(self.tabs)  # the next dossier opens at the top of each tab, not mid-form
        self.reload()

    def external_change(self, changes: ChangeSet) -> None:
        """The store changed (a sync, another screen): reload if it concerns this dossier.

        Open forms keep what the consultant typed (see ``FormPage.show_fresh_values``). A
        change this page's own reload already reads is ignored.
        """
        if self.store is None or not changes.touches(self.person_id):
            return
        if self._requested_at >= changes.at or not self.isVisible():
            return  # read already, or not on screen (opening a dossier always loads it)
        self._merge_next = True
        self.reload()

    def reload(self) -> None:
        self._requested_at = time.monotonic()
        store, person = self._store()
        self._generation += 1
        generation, today, rules = self._generation, self._today, self._rules
        self._runner.run(
            lambda: load_dossier(store, person, today=today, rules=rules or team_rules(store)),
            lambda dossier: self._loaded(generation, dossier),
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            log.error("loading a dossier failed", exc_info=error)
            self._show_message(error_message(error))

    def _loaded(self, generation: int, dossier: Dossier) -> None:
        if generation != self._generation:
            return
        if self.parentWidget() is not None and self.isHidden():
            # Another screen is in front (back to the list before the reload that followed a
            # save came): filling every form now would hold the GUI thread while the user
            # works elsewhere. The dossier is shown when this page is again.
            self._waiting = (generation, dossier)
            return
        self._waiting = None
        self.dossier = dossier
        self._show_message("")
        self.name.setText(dossier.display_name)
        self.name_original.setText(dossier.name_original)
        self.summary.setText(dossier.consultant_name)
        self.timeline.timeline.set_journey(dossier.journey)
        current = dossier.journey.current_step if dossier.journey else None
        store, _person = self._store()
        self.talks.show_person(store, dossier.person_id, dossier.display_name,
                               str(current) if current else None)  # fmt: skip
        self._show_next(dossier)
        self.overview.show_dossier(dossier)
        merge, self._merge_next = self._merge_next, False
        for key in RECORD_FORMS:  # the lists keep what is typed too, and ask on a clash
            self.editor(key).merge_next = merge
        for key, state in dossier.forms.items():
            if key not in RECORD_FORMS:  # the list pages show their records and form below
                if merge:  # changed elsewhere while open: keep what is typed, ask on a clash
                    self.form(key).show_fresh_values(state.values, state.draft)
                else:
                    self.form(key).show_values(state.values, state.draft)
        self.pages["brede_intake"].set_health_withheld(dossier.health_withheld)
        self.pages["housing"].show_dossier(dossier)
        self.pages["pip"].participation.show_dossier(dossier)
        self.pages["pip"].update_participation_title()
        self.pages["einde"].show_dossier(dossier)
        self.pages["ontzorgen"].show_standard_end(dossier.ontzorgen_standard_end)
        intake = dossier.forms["brede_intake"].values
        self.pages["pip"].show_versions(dossier.pip_versions, str(intake.get("toets_taken_on")
                                        or ""), str(intake.get("toets_outcome") or ""))  # fmt: skip
        self.pages["progress_talk"].show_records(dossier.progress_talks)
        self.pages["handhaving"].show_records(dossier.handhaving)
        self.pages["contact"].journal.user = self.store.user if self.store else ""
        self.pages["contact"].show_dossier(dossier)
        for key in RECORD_FORMS:
            self.editor(key).merge_next = False  # a list not shown this time loads afresh
        self.history.set_entries(dossier.history)
        self.history_view.resizeColumnsToContents()
        if self._after_load == "next":
            self.go_to_current_step()
        elif self._after_load and self._after_load.startswith("step:"):
            self.select_step(self._after_load.removeprefix("step:"))
        self._after_load = None
        self.loaded.emit()

    def _show_next(self, dossier: Dossier) -> None:
        from ui.dossier.timeline import when_text
        from ui.labels import step_label

        journey = dossier.journey
        focus = journey.focus if journey else None  # the same step as the caseload row
        if journey is None:
            self.next_label.setText(self.tr("No integration journey."))
        elif focus is not None and focus.due is not None:
            self.next_label.setText(self.tr("<b>Next:</b> {step}, {when}").format(
                step=focus.label or step_label(focus.step), when=when_text(focus)))  # fmt: skip
        elif focus is not None:  # open, no deadline yet (the PIP after the Brede Intake)
            self.next_label.setText(self.tr("<b>Next:</b> {step}").format(
                step=focus.label or step_label(focus.step)))  # fmt: skip
        else:
            self.next_label.setText(self.tr("<b>Next:</b> nothing due."))

    # -- navigation ------------------------------------------------------------------------

    def go_to_current_step(self) -> None:
        """Open the tab of the step to act on next (the one the header names)."""
        journey = self.dossier.journey if self.dossier else None
        focus = journey.focus if journey else None
        if focus is None:
            return
        self.select_step(str(focus.step))

    def select_step(self, step: str) -> None:
        """Highlight ``step`` in the timeline and open its tab (from Vandaag: the step shown)."""
        row = self.timeline.timeline.row_of(step)
        if row >= 0:
            index = self.timeline.timeline.index(row, 0)
            self.timeline.setCurrentIndex(index)
            self.timeline.scrollTo(index)
        self.show_tab(STEP_TABS.get(step, "einde"))  # else: a step of the team's rules file
        self.talks.set_step(step)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def _tab_changed(self, index: int) -> None:
        key = TABS[index] if 0 <= index < len(TABS) else ""
        if key in TAB_TALKS:
            self.talks.set_step(TAB_TALKS[key])

    def _step_activated(self, index: QModelIndex) -> None:
        state = index.data(STATE_ROLE)
        if state is not None:
            self.show_tab(STEP_TABS.get(state.step, "einde"))
            self.talks.set_step(str(state.step))  # "Plan talk…" plans this step's talk

    def flush_drafts(self) -> None:
        """Write every pending draft now (before leaving the dossier, locking or closing)."""
        if self.store is None:
            return
        for key in ALL_FORMS:
            form = self.form(key)
            if form._draft_timer.isActive():
                form.flush_draft()

    def leave(self) -> None:
        """Keep what was typed and go back to the caseload."""
        self.flush_drafts()
        self.back_requested.emit()

    def clear(self) -> None:
        """Forget the open dossier (on lock)."""
        self.flush_drafts()
        self._generation += 1
        self._waiting = None
        self.store = self.person_id = self.dossier = None
        self.name.clear()
        self.name_original.clear()
        self.summary.clear()
        self.timeline.timeline.set_journey(None)
        self.talks.clear()
        self.history.set_entries([])
        for key in ALL_FORMS:
            self.form(key).show_values({}, None)
        for key in RECORD_FORMS:
            self.editor(key).show_records([], {}, None)
        self.pages["contact"].clear()
        self.overview.link_box.reset()
