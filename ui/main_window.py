"""The main window: first run, unlock and caseload screens, the menus and the status bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.access.names import announce_laptop, consultant_of
from desktop.access.roles import leads_team
from desktop.access.session import lock as close_session
from desktop.access.users import ensure_users
from desktop.audit.trail import Action, record
from desktop.changes import ChangeSet
from desktop.domain.model import PersonId
from desktop.store import Store, StoreError, StoreLocation
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from ui.admin.actions import AdminActions
from ui.admin.team import assign_people
from ui.agenda.view import AgendaView
from ui.caseload_view import CaseloadView
from ui.changes import ChangeRelay
from ui.dossier.dossier_page import DossierPage
from ui.dossier.today import TodayView
from ui.first_run import FirstRunPage
from ui.handouts import HandoutActions
from ui.help import HelpActions
from ui.i18n import LANGUAGES, Translations, save_language
from ui.registration import KoppelingDialog
from ui.reports.view import ReportsView
from ui.sync.actions import SyncActions
from ui.unlock import UnlockPage
from ui.widgets import install_wheel_guard
from ui.worker import TaskRunner

APP_TITLE = "Wegwijzer"  # never personal data in a title
# More changed people than this: the caseload loads again as a whole (off the GUI thread).
MANY_PEOPLE = 50


class MainWindow(QMainWindow):
    """One window whose centre is the first-run, unlock, caseload, dossier or today screen.

    Signals:
        store_changed(ChangeSet): a save, a sync, a conflict choice, an import or a retention
            deletion committed these changes (several in a row arrive as one); every open
            screen refreshes from it.

    The screens' signals drive the rest (``FirstRunPage.completed``,
    ``UnlockPage.unlocked``, ``CaseloadView.counts_changed``, ``CaseloadView.open_person``,
    ``DossierPage.back_requested``, ``TodayView.open_person``, ``ReportsView.open_person``).
    """

    store_changed = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        today: date,
        translations: Translations | None = None,
        settings: QSettings | None = None,
        params: Argon2Params = DEFAULT_ARGON2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_wheel_guard(app)  # no value changes by scrolling past it
        self._folder = folder
        self._translations = translations
        self._settings = settings
        self.store: Store | None = None
        self._sync_status_pending = False
        self._counts = (0, 0)
        self._caseload_stale = False
        self._caseload_dirty: set[str] = set()  # people changed while the caseload was hidden
        self._pending_changes = ChangeSet()
        self.relay = ChangeRelay(self)
        self.relay.changed.connect(self._heard_change)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(0)  # the commits of one event-loop turn as one signal
        self._change_timer.timeout.connect(self._emit_changes)
        self.store_changed.connect(self._refresh_screens)
        self._resume: tuple[str, str, int] | None = None  # where the user was when locked

        self.runner = TaskRunner(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.first_run: FirstRunPage | None = None
        self.unlock = UnlockPage(folder, self.runner, params=params)
        self.caseload = CaseloadView(self.runner, today=today)
        self.dossier = DossierPage(self.runner, today=today)
        self.today_view = TodayView(self.runner, today=today)
        self.agenda_view = AgendaView(self.runner, today=today)
        self.stack.addWidget(self.unlock)
        self.stack.addWidget(self.caseload)
        self.stack.addWidget(self.dossier)
        self.stack.addWidget(self.today_view)
        self.stack.addWidget(self.agenda_view)
        self.reports_view = ReportsView(self.runner, today=today)
        self.stack.addWidget(self.reports_view)
        self.reports_view.open_person.connect(self.open_person)
        self.caseload.open_person.connect(self.open_person)
        self.handouts = HandoutActions(self, self.runner, today=today,
                                       selected=self.caseload.selected_person_ids)  # fmt: skip
        self.caseload.handouts_requested.connect(self.handouts.open_for_person)
        self.caseload.register_requested.connect(self.register_newcomer)
        self.caseload.assign_requested.connect(self.assign_selected)
        self.registration: KoppelingDialog | None = None
        self.dossier.handouts_requested.connect(self.handouts.open_for_person)
        self.today_view.open_person.connect(self.open_person)
        self.agenda_view.open_person.connect(self.open_person)
        self.agenda_view.changed.connect(self._person_changed)
        self.dossier.back_requested.connect(self.show_caseload)
        self.dossier.changed.connect(self._person_changed)
        if not StoreLocation(folder).exists():
            self.first_run = FirstRunPage(folder, self.runner, params=params)
            self.first_run.completed.connect(self._store_ready)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
        else:
            self.stack.setCurrentWidget(self.unlock)
        self.unlock.unlocked.connect(self._store_ready)

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts)
        self.counts.setVisible(False)
        # The counts describe the caseload list: shown with it, hidden on other screens.
        self.stack.currentChanged.connect(
            lambda _index: self.counts.setVisible(self.stack.currentWidget() is self.caseload)
        )
        self.caseload.counts_changed.connect(self._show_counts)
        self.caseload.loading_changed.connect(self._show_loading)
        self.caseload.painted.connect(self._caseload_painted)

        self._build_menus()
        self.sync = SyncActions(self, self.runner, params=params)
        self.sync.data_changed.connect(self._person_changed)
        self._build_admin(today, params)
        self.caseload.team_requested.connect(lambda: self.admin.open_admin("team"))
        self._today = today
        self.retranslate_ui()

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.register_action = QAction(self)
        self.register_action.setObjectName("register_action")
        self.register_action.setShortcut(QKeySequence("Ctrl+N"))
        self.register_action.setEnabled(False)
        self.register_action.triggered.connect(lambda _checked=False: self.register_newcomer())
        self.assign_action = QAction(self)
        self.assign_action.setObjectName("assign_action")
        self.assign_action.setEnabled(False)
        self.assign_action.triggered.connect(lambda _checked=False: self.assign_selected())
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.register_action)
        self.file_menu.addAction(self.assign_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.handouts.handouts_action)
        self.file_menu.addAction(self.handouts.batch_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(language)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        current = self._translations.language if self._translations else ""
        if current in self.language_actions:
            self.language_actions[current].setChecked(True)

        self.go_menu = bar.addMenu("")
        self.caseload_action = QAction(self)
        self.caseload_action.setObjectName("go_caseload")
        self.caseload_action.setShortcut(QKeySequence("Ctrl+1"))
        self.caseload_action.triggered.connect(self.show_caseload)
        self.today_action = QAction(self)
        self.today_action.setObjectName("go_today")
        self.today_action.setShortcut(QKeySequence("Ctrl+2"))
        self.today_action.triggered.connect(self.show_today)
        self.agenda_action = QAction(self)
        self.agenda_action.setObjectName("go_agenda")
        self.agenda_action.setShortcut(QKeySequence("Ctrl+3"))
        self.agenda_action.triggered.connect(self.show_agenda)
        self.next_step_action = QAction(self)
        self.next_step_action.setShortcut(QKeySequence("Ctrl+J"))
        self.next_step_action.triggered.connect(self.dossier.go_to_current_step)
        self.reports_action = QAction(self)
        self.reports_action.setObjectName("reports_action")
        self.reports_action.setShortcut(QKeySequence("Ctrl+4"))
        self.reports_action.triggered.connect(self.show_reports)
        for action in (self.caseload_action, self.today_action, self.agenda_action,
                       self.reports_action,
                       self.next_step_action):  # fmt: skip
            action.setEnabled(False)
            self.go_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.help = HelpActions(self, self._help_page)
        self.help_menu.addActions(self.help.actions())
        self.help_menu.addSeparator()
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _help_page(self) -> str:
        """The help page of the screen on view (F1)."""
        current = self.stack.currentWidget()
        screens = ((self.caseload, "caseload"), (self.dossier, "dossier"),
                   (self.today_view, "today"), (self.agenda_view, "agenda"),
                   (self.reports_view, "reports"), (self.unlock, "unlock"))  # fmt: skip
        for screen, page in screens:
            if current is screen:
                return page
        return "first_run" if current is self.first_run else "caseload"

    def _build_admin(self, today: date, params: Argon2Params) -> None:
        """Inzage in the File menu; the Admin menu, shown to admins only; auto-lock."""
        self.admin = AdminActions(self, self.runner, today=today, params=params,
                                  current_person=self._current_person)  # fmt: skip
        self.admin.lock_requested.connect(self.lock)
        self.file_menu.insertAction(self.lock_action, self.admin.inzage_action)
        self.admin.team_changed.connect(self._refresh_caseload_if_shown)
        self.admin.team_changed.connect(self._users_changed)  # a consultant of the user's name
        self.admin.users_changed.connect(self._users_changed)
        self.admin_menu = QMenu(self)
        self.admin_menu.addAction(self.admin.team_action)
        self.admin_menu.addAction(self.admin.admin_action)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.admin_menu)
        self.admin_menu.menuAction().setVisible(False)

    def _current_person(self) -> str | None:
        if self.stack.currentWidget() is self.dossier and self.dossier.person_id:
            return str(self.dossier.person_id)
        selected = self.caseload.selected_person_ids()
        return selected[0] if selected else None

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.register_action.setText(self.tr("&New koppeling…"))
        self.register_action.setToolTip(self.tr("Register a newcomer and their household (Ctrl+N)"))
        self.assign_action.setText(self.tr("&Assign to a consultant…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        # Each language is named in itself, so it can be found when the UI is unreadable.
        self.language_actions["nl"].setText("Nederlands")
        self.language_actions["en"].setText("English")
        self.go_menu.setTitle(self.tr("&Go"))
        self.caseload_action.setText(self.tr("&Caseload"))
        self.today_action.setText(self.tr("&Today: what needs doing"))
        self.agenda_action.setText(self.tr("&Agenda: planned talks"))
        self.reports_action.setText(self.tr("&Reports (sturen en meten)"))
        self.next_step_action.setText(self.tr("&Jump to the current step"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Wegwijzer"))
        self.help.retranslate()
        self.handouts.retranslate()
        self.sync.retranslate()
        self.admin_menu.setTitle(self.tr("&Admin"))
        self.admin.retranslate()
        self._show_counts(*self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the screens to ``language`` now, and remember it."""
        if self._translations is None or not self._translations.switch(language):
            return
        self.language_actions[language].setChecked(True)
        if self._settings is not None:
            save_language(self._settings, language)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Wegwijzer"),
            self.tr(
                "<h3>Wegwijzer</h3><p>Dossiers, klantreis and handouts for consultants "
                "inburgering (Wet inburgering 2021).</p><p>All data stays encrypted on this "
                "computer.</p>"
            ),
        )

    # -- locking -------------------------------------------------------------------------

    def _store_ready(self, store: Store) -> None:
        self.store = store
        self.relay.set_store(store)
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.lock_action.setEnabled(True)
        self.handouts.set_store(store)
        self.sync.set_store(store, refresh=False)  # counted once the caseload is on screen
        ensure_users(store)  # the first user, made at first run, is the admin
        announce_laptop(store)  # the team learns this laptop's name through the trail
        me = consultant_of(store)
        self.caseload.set_me(me)
        self.today_view.set_me(me)
        self.admin.set_store(store)
        self.admin_menu.menuAction().setVisible(self.admin.admin)
        self.caseload_action.setEnabled(True)
        self.today_action.setEnabled(True)
        self.reports_action.setEnabled(True)
        self.register_action.setEnabled(True)
        self.assign_action.setEnabled(True)
        self.agenda_action.setEnabled(True)
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.show_store(store)
        self.caseload.search.setFocus()
        self._sync_status_pending = True
        self._return_to_where_they_were()

    def _users_changed(self) -> None:
        """Who the logged-in user is in the roster may have changed (Beheer → Gebruikers)."""
        if self.store is not None:
            me = consultant_of(self.store)
            self.caseload.set_me(me)
            self.today_view.set_me(me)

    def lock(self) -> None:
        """Close the store and return to the unlock screen with nothing personal left."""
        if self.store is None:
            return
        self._resume = self._where_now()
        self.dossier.clear()  # writes pending drafts first
        self.today_view.clear()
        self.agenda_view.clear()
        self.reports_view.clear()
        self.handouts.set_store(None)  # closes the handout dialogs
        self.sync.set_store(None)
        self.admin.set_store(None)  # stops the auto-lock timer, closes the admin dialog
        self.admin_menu.menuAction().setVisible(False)
        self.caseload.clear()
        self.runner.wait()  # no load may still be reading the store being closed
        self.relay.set_store(None)
        self._change_timer.stop()
        self._pending_changes = ChangeSet()
        self._caseload_dirty = set()
        close_session(self.store)  # the lock is recorded in the audit trail
        self.store = None
        if self.registration is not None:
            self.registration.reject()  # keeps the draft, closes the dialog
            self.registration = None
        for action in (
            self.lock_action, self.caseload_action, self.today_action, self.agenda_action,
            self.reports_action,
            self.next_step_action, self.register_action, self.assign_action,
        ):  # fmt: skip
            action.setEnabled(False)
        self.statusBar().clearMessage()
        self.counts.clear()
        self.unlock.show_passphrase()
        self.stack.setCurrentWidget(self.unlock)

    # -- navigation ----------------------------------------------------------------------

    def _where_now(self) -> tuple[str, str, int]:
        """The screen on view (with the open dossier and its tab), to return to after unlock;
        kept in memory only."""
        current = self.stack.currentWidget()
        if current is self.dossier and self.dossier.person_id:
            return "dossier", str(self.dossier.person_id), self.dossier.tabs.currentIndex()
        for screen, name in ((self.today_view, "today"), (self.agenda_view, "agenda"),
                             (self.reports_view, "reports")):  # fmt: skip
            if current is screen:
                return name, "", 0
        return "caseload", "", 0

    def _return_to_where_they_were(self) -> None:
        resume, self._resume = self._resume, None
        if resume is None:
            return
        screen, person_id, tab = resume
        if screen == "dossier":
            self.open_person(person_id)
            if self.stack.currentWidget() is self.dossier:
                self.dossier.tabs.setCurrentIndex(tab)
        elif screen == "today":
            self.show_today()
        elif screen == "agenda":
            self.show_agenda()
        elif screen == "reports":
            self.show_reports()

    def open_person(self, person_id: str, step: str = "") -> None:
        """Show a person's dossier (at ``step``: highlighted, its tab open)."""
        if self.store is None:
            return
        try:
            record(self.store, Action.OPEN, person_id=person_id)  # no dossier opens unaudited
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Dossier"), str(error))
            return
        self.dossier.show_person(self.store, PersonId(person_id), step=step)  # signals: str
        self.next_step_action.setEnabled(True)
        self.stack.setCurrentWidget(self.dossier)

    def show_caseload(self) -> None:
        """Back to the caseload (drafts of an open dossier are written first)."""
        if self.store is None:
            return
        self.dossier.flush_drafts()
        self.next_step_action.setEnabled(False)
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.table.setFocus()
        self.show_caseload_data()

    def _refresh_caseload_if_shown(self) -> None:
        """The team or the assignments changed: reload the caseload now, or when shown."""
        self._caseload_stale = True
        self.agenda_view.person_changed("")  # who guides whom changed: a full rebuild
        if self.store is not None and self.stack.currentWidget() is self.caseload:
            self._caseload_stale = False
            self.caseload.show_store(self.store)

    def show_today(self) -> None:
        """The signalering: overdue, due this week and next."""
        if self.store is None:
            return
        self.dossier.flush_drafts()
        self.next_step_action.setEnabled(False)
        self.today_view.show_store(self.store)
        self.stack.setCurrentWidget(self.today_view)
        self.today_view.table.setFocus()

    def show_reports(self) -> None:
        """Rapportage: every indicator against its target, and the people behind them."""
        if self.store is None:
            return
        self.dossier.flush_drafts()
        self.next_step_action.setEnabled(False)
        self.reports_view.show_store(self.store)
        self.stack.setCurrentWidget(self.reports_view)
        self.reports_view.indicator_table.setFocus()

    # -- registering and assigning --------------------------------------------------------

    def register_newcomer(self) -> KoppelingDialog | None:
        """Open the "New koppeling" dialog (Ctrl+N); the new dossier opens after saving."""
        if self.store is None:
            return None
        if self.registration is not None:
            self.registration.raise_()
            self.registration.activateWindow()
            return self.registration
        self.dossier.flush_drafts()
        dialog = KoppelingDialog(self.store, today=self._today, parent=self)
        dialog.registered.connect(self._registered)
        dialog.open_existing.connect(self.open_person)
        dialog.finished.connect(self._registration_closed)
        self.registration = dialog
        dialog.show()
        return dialog

    def _registration_closed(self, _result: int) -> None:
        if self.registration is not None:
            self.registration.deleteLater()
        self.registration = None

    def _registered(self, person_id: str) -> None:
        self._caseload_stale = True
        self.open_person(person_id)

    def assign_selected(self) -> None:
        """Give the people selected in the caseload to a consultant."""
        if self.store is None:
            return
        changed = assign_people(self.store, self.caseload.selected_person_ids(), self)
        if changed:
            self.statusBar().showMessage(
                self.tr("{count} people assigned.").format(count=changed), 5000
            )
            self.caseload.show_store(self.store)
            self.agenda_view.person_changed("")  # the agenda's consultants: a full rebuild

    def show_agenda(self) -> None:
        """The agenda: planned talks next to the deadlines of the week."""
        if self.store is None:
            return
        self.dossier.flush_drafts()
        self.next_step_action.setEnabled(False)
        self.agenda_view.show_store(self.store)
        self.stack.setCurrentWidget(self.agenda_view)
        self.agenda_view.table.setFocus()

    def _person_changed(self, person_id: str) -> None:
        # The caseload follows the change signal (store_changed); the agenda evaluates this
        # person's deadlines again at its next load.
        self.agenda_view.person_changed(person_id)

    # -- the change signal ---------------------------------------------------------------

    def _heard_change(self, changes: ChangeSet) -> None:
        self._pending_changes = self._pending_changes.merged(changes)
        self._change_timer.start()

    def _emit_changes(self) -> None:
        changes, self._pending_changes = self._pending_changes, ChangeSet()
        if changes and self.store is not None:
            self.store_changed.emit(changes)

    def _refresh_screens(self, changes: ChangeSet) -> None:
        """Every open screen shows what is stored now (see ``store_changed``)."""
        if self.store is None:
            return
        shown = self.stack.currentWidget()
        whole = changes.everyone or len(changes.people) > MANY_PEOPLE
        whole = whole or changes.touches_table("consultant")  # names in every row
        if whole:
            self._caseload_stale = True
        else:
            self._caseload_dirty |= set(changes.people)
        if shown is self.caseload:
            self.show_caseload_data()
        if changes.everyone or changes.touches_table("consultant"):
            self.agenda_view.person_changed("")
        else:
            for person_id in changes.people:
                self.agenda_view.person_changed(person_id)
        if shown is self.agenda_view:
            self.agenda_view.refresh()
        if shown is self.today_view:
            self.today_view.refresh()
        self.dossier.external_change(changes)
        self.reports_view.changes_arrived(changes)  # counted again when on screen
        self.sync.changes_arrived(changes)  # the conflicts screen and the pending count
        self.admin.changes_arrived(changes)  # the audit trail, when it is open

    def show_caseload_data(self) -> None:
        """Bring the shown caseload up to date with the changes noted so far."""
        if self.store is None:
            return
        if self._caseload_stale:
            self._caseload_stale = False
            self._caseload_dirty = set()
            self.caseload.show_store(self.store)
        elif self._caseload_dirty:
            dirty, self._caseload_dirty = self._caseload_dirty, set()
            self.caseload.refresh_people(dirty)

    def _show_counts(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        if self.store is None:
            self.counts.clear()
            return
        self.counts.setText(self.tr("{shown} of {total} shown").format(shown=shown, total=total))

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.statusBar().showMessage(self.tr("Loading the caseload…"))
            return
        self.statusBar().clearMessage()

    def _caseload_painted(self) -> None:
        if self._sync_status_pending:  # the first sync status waits for the painted list
            self._sync_status_pending = False
            self.sync.refresh()
            if self.store is not None:
                store = self.store
                self.agenda_view.prepare(store)  # the team's deadlines, for Ctrl+3
                # The role is read off the GUI thread too: with every pooled connection busy
                # a read here would wait for a new one (key, pragmas, schema) on this thread.
                self.runner.run(
                    lambda: leads_team(store),
                    lambda leads: self._prepare_reports(store, leads),
                    lambda _error: None,  # locked meanwhile: nothing to prepare
                )

    def _prepare_reports(self, store: Store, leads: bool) -> None:
        if leads and store is self.store:  # everyone's journeys, for Ctrl+4
            self.reports_view.prepare(store)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.runner.wait()
        super().closeEvent(event)
