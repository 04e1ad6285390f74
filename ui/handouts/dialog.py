"""The handout dialog: choose document and language, preview the pages, print or save.

Rendering runs off the GUI thread (ui.worker.TaskRunner); the PDF stays in memory and is
written only to the file the consultant chooses.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.access.names import my_consultant
from desktop.audit.trail import Action, record
from desktop.documents import LANGUAGES, DocumentKind, Handout, HandoutError, HandoutMaker
from desktop.documents.data import Contact, HandoutPerson, handout_contact, load_handout_person
from desktop.store import Store, StoreError
from desktop.store.atomic import write_atomic
from ui.handouts.output import ask_printer, ask_save_path
from ui.handouts.pages import Route, page_images, print_pdf
from ui.widgets import fit_to_screen
from ui.worker import TaskRunner

log = logging.getLogger(__name__)
PREVIEW_DPI = 80


class HandoutDialog(QDialog):
    """Preview, print and save one person's handouts.

    Signals:
        rendered(int): a preview is shown, with this many pages.
        failed(str): rendering failed; the Dutch message.
        printed(str): the handout went to the printer (the route: file, queue, painted).
        saved(str): the handout was saved to this path.
    """

    rendered = Signal(int)
    failed = Signal(str)
    printed = Signal(str)
    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        person_id: str,
        maker: HandoutMaker,
        runner: TaskRunner,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handouts"))  # never a name in a title
        self._store, self._person_id, self._maker = store, person_id, maker
        self._runner, self._today = runner, today
        self._person: HandoutPerson | None = None
        self._mine: Contact | None = None  # the consultant of the user logged in
        self._generation = 0
        self.handout: Handout | None = None
        self.printer: QPrinter | None = None  # kept: Qt must not outlive Python's printer
        self.print_dialog: QDialog | None = None
        self.file_dialog: QDialog | None = None

        self.document = QComboBox()
        names = {
            DocumentKind.KLANTREIS: self.tr("Klantreis"),
            DocumentKind.UITNODIGING: self.tr("Invitation to a talk"),
            DocumentKind.PIP: self.tr("PIP summary"),
            DocumentKind.SOCIALE_KAART: self.tr("Support map (sociale kaart)"),
        }
        for kind, name in names.items():
            self.document.addItem(name, kind.value)
        self.language = QComboBox()
        for code, lang in LANGUAGES.items():
            self.language.addItem(f"{lang.native_name} — {lang.dutch_name}", code)
        self.contact = QComboBox()  # whose contact details go on it, when there is a choice
        self.contact.setObjectName("handout_contact")
        self.contact.setAccessibleName(self.tr("Contact details on the handout"))
        self.contact_note = QLabel()
        self.contact_note.setObjectName("handout_contact_note")
        self.contact_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = self._preview = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)

        self._form = form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Contact details:"), self.contact)
        form.addRow(self.contact_note)
        form.setRowVisible(self.contact, False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 760, 900)

        # clicked(bool) must not reach a method with an optional argument: it would arrive
        # as that argument.
        self.print_button.clicked.connect(lambda: self.ask_print())
        self.save_button.clicked.connect(lambda: self.ask_save())
        close.clicked.connect(self.reject)
        # The person's own language is chosen once they are read: a pick before that would
        # be replaced without a word.
        self.language.setEnabled(False)
        self._load_person()
        self._name_controls()

    def _name_controls(self) -> None:
        """Accessible names in the UI language (again after a switch)."""
        self._preview.setAccessibleName(self.tr("Preview"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_controls()
        super().changeEvent(event)

    # -- rendering -------------------------------------------------------------------------

    def _load_person(self) -> None:
        store, person_id, maker, today = self._store, self._person_id, self._maker, self._today

        def load() -> tuple[HandoutPerson, Contact | None]:
            mine = Contact.of(my_consultant(store))
            with store.reading() as session:
                person = load_handout_person(session, person_id, today=today, rules=maker.rules)
            return person, mine

        self.status.setText(self.tr("Loading…"))
        self._runner.run(load, self._person_loaded, self._failed)

    def _person_loaded(self, loaded: tuple[HandoutPerson, Contact | None]) -> None:
        self._person, self._mine = loaded
        own = self._maker.language_for(self._person, None).code
        self.language.setCurrentIndex(max(self.language.findData(own), 0))
        self.language.setEnabled(True)
        self._offer_contacts(self._person.own_contact, self._mine)
        self.document.currentIndexChanged.connect(self.render_preview)
        self.language.currentIndexChanged.connect(self.render_preview)
        self.contact.currentIndexChanged.connect(self._contact_changed)
        self.render_preview()

    def _offer_contacts(self, own: Contact | None, mine: Contact | None) -> None:
        """Show whose contact details go on the handout; a choice for a colleague's client."""
        choice = own is not None and mine is not None and own.consultant_id != mine.consultant_id
        self._form.setRowVisible(self.contact, choice)
        self.contact.clear()
        if choice and own is not None and mine is not None:
            self.contact.addItem(
                self.tr("{name}, {phone} (this person's consultant)").format(
                    name=own.name, phone=own.phone or "-"
                ),
                "own",
            )
            self.contact.addItem(
                self.tr("{name}, {phone} (you)").format(name=mine.name, phone=mine.phone or "-"),
                "mine",
            )
        self._contact_chosen()

    def chosen_contact(self) -> Contact | None:
        """The contact details the handout gives (for the preview, print and save)."""
        if self._person is None:
            return None
        if self.contact.currentData() == "mine":
            return self._mine
        return handout_contact(self._person, self._mine)

    def _contact_chosen(self) -> None:
        person = self._person
        if person is None:
            return
        chosen = self.chosen_contact()
        if self.contact.count():
            note = self.tr(
                "This person is a colleague's client: choose whose contact details go on "
                "the handout."
            )
        elif chosen is None:
            note = self.tr(
                "No contact details on the handout: this person has no consultant and you "
                "are not linked to a consultant of the team roster. An admin links you under "
                "Users, audit trail and retention → Users."
            )
        elif person.own_contact is None:
            note = self.tr(
                "This person has no consultant yet: your contact details go on the handout "
                "({name}, {phone})."
            ).format(name=chosen.name, phone=chosen.phone or "-")
        else:
            note = self.tr("Contact details on the handout: {name}, {phone}.").format(
                name=chosen.name, phone=chosen.phone or "-"
            )
            if self._mine is None:
                note += " " + self.tr(
                    "You are not linked to a consultant of the team roster: an admin links "
                    "you under Users, audit trail and retention → Users."
                )
        self.contact_note.setText(note)

    def _contact_changed(self) -> None:
        self._contact_chosen()
        self.render_preview()

    def render_preview(self) -> None:
        """Render the chosen document and language off the GUI thread, then show its pages."""
        if self._person is None:
            return
        self._generation += 1
        generation = self._generation
        person = self._person.with_contact(self.chosen_contact())
        maker, today = self._maker, self._today
        kind = DocumentKind(self.document.currentData())
        lang = LANGUAGES[self.language.currentData()]

        def work() -> tuple[Handout, list[QImage]]:
            handout = maker.render(kind, person, lang, today=today)
            return handout, page_images(handout.pdf, PREVIEW_DPI)

        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Making the handout…"))
        self._runner.run(work, lambda result: self._show(generation, result), self._failed)

    def _show(self, generation: int, result: tuple[Handout, list[QImage]]) -> None:
        if generation != self._generation:
            return  # a newer choice is being rendered
        self.handout, images = result
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # not painted over the new pages until it is deleted
                widget.deleteLater()
        for image in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(page)
        notes = [self.tr("Pages: {count}").format(count=len(images))]
        if self.handout.draft:
            notes.append(self.tr("draft translation, not yet checked by a translator"))
        if self.handout.fallbacks:
            notes.append(
                self.tr("Texts still in Dutch: {count}").format(count=self.handout.fallbacks)
            )
        self.status.setText("; ".join(notes))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.rendered.emit(len(images))

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, HandoutError | LookupError):
            log.error("making a handout failed", exc_info=error)
        message = (
            str(error)
            if isinstance(error, HandoutError)
            else self.tr("The handout could not be made.")
        )
        self.status.setText(message)
        self.failed.emit(message)

    def page_count(self) -> int:
        """Pages shown in the preview (for tests)."""
        return self.pages_layout.count()

    # -- output ----------------------------------------------------------------------------

    def ask_print(self) -> None:
        """Open the system print dialog; printing starts when the consultant confirms."""
        if self.handout is None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName("Wegwijzer")  # a print queue is shared: never a name
        self.print_dialog = ask_printer(self, self.printer, self.print_handout)

    def print_handout(self) -> None:
        """Send the handout to the chosen printer off the GUI thread (vectors, 100%)."""
        if self.handout is None or self.printer is None:
            return
        printer, pdf = self.printer, self.handout.pdf
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        self._runner.run(lambda: print_pdf(printer, pdf), self._printed, self._print_failed)

    def _printed(self, route: Route) -> None:
        self.print_button.setEnabled(True)
        self._audit(Action.PRINT)
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit(route.value)

    def _print_failed(self, error: Exception) -> None:
        self.print_button.setEnabled(True)
        if not isinstance(error, HandoutError | OSError):
            log.error("printing a handout failed", exc_info=error)
        self.status.setText(
            str(error)
            if isinstance(error, HandoutError | OSError)
            else self.tr("The handout could not be printed.")
        )

    def _audit(self, action: Action) -> None:
        """Record a print or save of this handout (kind and language; never its content)."""
        if self.handout is not None:
            detail = f"{self.handout.kind.value} {self.handout.language.code}"
            record(self._store, action, person_id=self._person_id, detail=detail)

    def ask_save(self) -> None:
        """Open a save dialog; the PDF is written when the consultant chooses a file."""
        if self.handout is None:
            return
        suggested = f"{self.handout.kind.value}_{self.handout.language.code}.pdf"
        self.file_dialog = ask_save_path(
            self,
            self.tr("Save handout"),
            suggested,
            self.tr("PDF files (*.pdf)"),
            self.save_handout,
        )

    def save_handout(self, path: str) -> Path | None:
        """Write the PDF atomically to ``path`` (".pdf" added when missing)."""
        if self.handout is None or not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_atomic(target, self.handout.pdf, mode=0o600)
            self._audit(Action.SAVE_DOCUMENT)
        except (OSError, StoreError) as error:
            self.status.setText(str(error))
            return None
        self.status.setText(self.tr("Saved as {file}").format(file=target.name))
        self.saved.emit(str(target))
        return target
