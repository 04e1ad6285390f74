"""The Contact tab: the contact journal (notes, searchable, health hidden) and attachments.

The journal is a list editor like the residences: choose a note to change it, "Add new" for a
new one, Ctrl+S saves, drafts are kept. Notes marked as holding health information are left
out of the list (and of the search) until "show health information" is ticked, as the health
domains of the Brede Intake are; a recovered draft of such a note is covered the same way.

Attachments are scanned documents kept inside the encrypted database; they are shown here
from memory (images scaled, PDF pages rendered by PDFium), never through a temporary file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dossier.journal.attachments import AttachmentRow, copy_name, megabytes, read_upload
from desktop.dossier.journal.models import AttachmentKind
from desktop.dossier.journal.notes import CONTACT_NOTE, NoteRow, filter_notes
from desktop.dossier.view import Dossier
from ui.caseload_model import format_date
from ui.dossier.labels import choice_label
from ui.dossier.records import Column, RecordListEditor, RecordTableModel
from ui.handouts.pages import page_images
from ui.labels import QT_TRANSLATE_NOOP, error_message

#: PDF pages rendered at most (a long scan is better read after saving a copy).
MAX_PAGES = 40
#: Resolution of rendered pages; they are scaled to the viewer's width.
PAGE_DPI = 110

log = logging.getLogger(__name__)


def _note_line(row: NoteRow) -> str:
    first = row.text.strip().splitlines()[0] if row.text.strip() else ""
    return f"⚕ {first}" if row.health else first


NOTE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Date"), lambda r: format_date(r.on_date)),
    Column(QT_TRANSLATE_NOOP("Records", "Contact"), lambda r: choice_label(r.category.value)),
    Column(QT_TRANSLATE_NOOP("Records", "With or from"), lambda r: choice_label(r.source.value)),
    Column(QT_TRANSLATE_NOOP("Records", "Note"), _note_line),
    Column(QT_TRANSLATE_NOOP("Records", "By"), lambda r: r.author),
)


ATTACHMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Records", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Records", "Type"), lambda r: choice_label(r.kind.value)),
    Column(QT_TRANSLATE_NOOP("Records", "File name"), lambda r: r.file_name),
    Column(QT_TRANSLATE_NOOP("Records", "Size"), lambda r: megabytes(r.size)),
    Column(QT_TRANSLATE_NOOP("Records", "Added on"), lambda r: format_date(r.added_on)),
    Column(QT_TRANSLATE_NOOP("Records", "By"), lambda r: r.added_by),
    Column(
        QT_TRANSLATE_NOOP("Records", "Status"),
        lambda r: "" if r.available else _translated_status(),
    ),
)


def _translated_status() -> str:
    return QCoreApplication.translate("Records", "being fetched")


class JournalPage(QWidget):
    """The notes with a search box, the health switch and the note form.

    Signals: none of its own; use ``editor``'s and ``editor.form``'s.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[NoteRow] = []
        self._person: str | None = None
        #: The unlocked user: only the author of a note may change or remove it.
        self.user = ""
        self.filter = QLineEdit()
        self.filter.setObjectName("journal_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.show_health = QCheckBox()
        self.show_health.setObjectName("journal_show_health")
        self.show_health.toggled.connect(self._health_toggled)
        self.hidden = QLabel()
        self.hidden.setObjectName("journal_hidden")
        self.editor = RecordListEditor(CONTACT_NOTE, [("contact_note", list(CONTACT_NOTE.names))],
                                       NOTE_COLUMNS)  # fmt: skip
        self.editor.new_button.clicked.connect(self._update_cover)
        self.editor.new_button.clicked.connect(self._update_ownership)
        self.editor.table.selectionModel().currentRowChanged.connect(self._update_ownership)
        header = self.editor.table.horizontalHeader()
        for column in (0, 1, 2, 4):  # the note itself gets the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cover = QLabel()
        self.cover.setObjectName("journal_health_cover")
        self.cover.setWordWrap(True)
        self.cover.setVisible(False)
        self.withheld = QLabel()
        self.withheld.setObjectName("journal_health_withheld")
        self.withheld.setWordWrap(True)
        self.withheld.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_health)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.withheld)
        layout.addWidget(self.hidden)
        layout.addWidget(self.editor, 1)
        editor_layout = self.editor.layout()
        assert isinstance(editor_layout, QVBoxLayout)
        editor_layout.insertWidget(2, self.cover)  # where the form would be
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Search the notes (text, kind, source, author)"))
        self.filter.setAccessibleName(self.tr("Search the contact journal"))
        self.editor.table.setAccessibleName(self.tr("Notes of the contact journal"))
        self.show_health.setText(self.tr("Show &health information (special personal data)"))
        self.show_health.setAccessibleName(self.show_health.text().replace("&", ""))
        self.cover.setText(self.tr("This note contains health information. Tick \"Show health "
                                   "information\" to see it."))  # fmt: skip
        self.withheld.setText(self.tr("As a team lead you do not see notes with health "
                                      "information: they are special personal data, for the "
                                      "consultants and the admin only."))  # fmt: skip
        self.withheld.setAccessibleName(self.withheld.text())
        self._update_hidden(self._hidden_count())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_dossier(self, dossier: Dossier) -> None:
        """List the person's notes; health is hidden again when another person is opened."""
        if dossier.person_id != self._person:
            self._person = dossier.person_id
            self.show_health.blockSignals(True)
            self.show_health.setChecked(False)
            self.show_health.blockSignals(False)
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
        self._notes = list(dossier.notes)
        self._set_health_withheld(dossier.health_withheld)
        state = dossier.forms[CONTACT_NOTE.key]
        rows, hidden = self._visible()
        self.editor.show_records(rows, state.values, state.draft)
        self._update_hidden(hidden)
        self._update_cover()
        self._update_ownership()

    def _set_health_withheld(self, withheld: bool) -> None:
        """For a role that may not see health data: no health switch, no health mark on a new
        note (the core leaves such notes out and refuses them), and a line that says why."""
        if withheld:
            self.show_health.setChecked(False)
        self.show_health.setEnabled(not withheld)
        self.show_health.setToolTip(self.withheld.text() if withheld else "")
        self.withheld.setVisible(withheld)
        self.editor.form.editors["health"].widget.setEnabled(not withheld)

    def clear(self) -> None:
        self._person = None
        self._notes = []
        self.editor.show_records([], {}, None)
        self._update_hidden(0)

    def _visible(self) -> tuple[list[NoteRow], int]:
        return filter_notes(
            self._notes, self.filter.text(), show_health=self.show_health.isChecked()
        )

    def _hidden_count(self) -> int:
        return 0 if self.show_health.isChecked() else sum(1 for n in self._notes if n.health)

    def _apply_filter(self) -> None:
        rows, hidden = self._visible()
        self.editor.set_rows(rows)
        self._update_hidden(hidden)

    def _health_toggled(self) -> None:
        self._apply_filter()
        self._update_cover()

    def _update_hidden(self, hidden: int) -> None:
        self.hidden.setVisible(bool(hidden))
        self.hidden.setText(self.tr("Notes with health information hidden: {count}.").format(
            count=hidden))  # fmt: skip

    def _update_ownership(self, *_args: object) -> None:
        """A colleague's note is shown, not changed: its author adds to it, or you add your own."""
        editing = self.editor.editing_id
        row = self.editor.model.row_of(editing) if editing else -1
        author = self.editor.model.row_at(row).author if row >= 0 else ""
        theirs = bool(author) and author != self.user
        self.editor.remove_button.setEnabled(editing is not None and not theirs)
        self.editor.form.save_button.setEnabled(not theirs)
        if theirs:
            self.editor.mode.setText(
                self.tr(
                    "Written by {author}: only they can change it. Add a note of your own instead."
                ).format(author=author)
            )

    def _update_cover(self) -> None:
        """Cover the form while it holds a health note and health is not shown."""
        holds_health = self.editor.form.editors["health"].value() is True
        covered = holds_health and not self.show_health.isChecked()
        self.editor.form.setVisible(not covered)
        self.cover.setVisible(covered)

    def tab_title(self) -> str:
        title = self.tr("Journal")
        return f"{title} ({len(self._notes)})" if self._notes else title


class DocumentViewer(QScrollArea):
    """A document shown from memory: an image scaled to the width, or PDF pages one below
    the other. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_viewer")
        self.setWidgetResizable(True)
        self.pages: list[QLabel] = []
        self.note = QLabel()
        self.note.setObjectName("attachment_viewer_note")
        self.note.setWordWrap(True)
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.addWidget(self.note)
        self._layout.addStretch(1)
        self.setWidget(self._body)

    def clear(self, note: str = "") -> None:
        for page in self.pages:
            self._layout.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _width(self) -> int:
        return max(200, self.viewport().width() - 24)

    def _add_page(self, pixmap: QPixmap) -> None:
        width = min(self._width(), pixmap.width())
        label = QLabel()
        label.setObjectName("attachment_page")
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scaled = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(scaled)
        label.setMinimumSize(scaled.size())  # whole pages: the viewer scrolls, never squeezes
        self._layout.insertWidget(self._layout.count() - 1, label)
        self.pages.append(label)

    def show_document(self, kind: AttachmentKind, data: bytes) -> bool:
        """Show the document; False (and a note) when it cannot be displayed."""
        self.clear()
        if kind is AttachmentKind.PDF:
            try:
                images = page_images(data, dpi=PAGE_DPI)
            except pdfium.PdfiumError:
                images = []
            if not images:
                self.clear(self.tr("This PDF cannot be shown. Save a copy and open it with a "
                                   "PDF reader."))  # fmt: skip
                return False
            for image in images[:MAX_PAGES]:
                self._add_page(QPixmap.fromImage(image))
            if len(images) > MAX_PAGES:
                self.note.setText(self.tr("The first {shown} of {total} pages are shown.").format(
                    shown=MAX_PAGES, total=len(images)))  # fmt: skip
                self.note.setVisible(True)
            return True
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.clear(self.tr("This image cannot be shown. Save a copy and open it elsewhere."))
            return False
        self._add_page(pixmap)
        return True


class AttachmentsPage(QWidget):
    """The person's scanned documents: add one, view it here, save a copy, remove it.

    Signals:
        changed(): an attachment was added or removed (the dossier reloads).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentRow] = []
        self._adder: Callable[[bytes, str, str], None] | None = None
        self._loader: Callable[[str], bytes] | None = None
        self._copier: Callable[[str, Path], None] | None = None
        self._remover: Callable[[str], None] | None = None
        self.title = QLineEdit()
        self.title.setObjectName("attachment_title")
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title)
        self.add_button = QPushButton()
        self.add_button.setObjectName("attachment_add")
        self.add_button.clicked.connect(self.add_document)
        self.title.returnPressed.connect(self.add_document)
        self.message = QLabel()
        self.message.setObjectName("attachment_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setVisible(False)
        self.model = RecordTableModel(ATTACHMENT_COLUMNS, parent=self)
        self.table = QTableView()
        self.table.setObjectName("attachments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.table.activated.connect(lambda _index: self.view_current())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view_button = QPushButton()
        self.view_button.setObjectName("attachment_view")
        self.view_button.clicked.connect(self.view_current)
        self.save_button = QPushButton()
        self.save_button.setObjectName("attachment_save")
        self.save_button.clicked.connect(self.save_current)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("attachment_remove")
        self.remove_button.clicked.connect(self.remove_current)
        self.viewer = DocumentViewer()
        add_row = QHBoxLayout()
        add_row.addWidget(self.title_label)
        add_row.addWidget(self.title, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.viewer, 1)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("&Title of the document"))
        self.title.setPlaceholderText(self.tr("e.g. Signed PIP (empty: the file's name)"))
        self.title.setAccessibleName(self.tr("Title of the document"))
        self.add_button.setText(self.tr("&Add document…"))
        self.add_button.setToolTip(self.tr("A scan as PDF, JPEG or PNG, at most 10 MB"))
        self.table.setAccessibleName(self.tr("Attachments"))
        self.viewer.setAccessibleName(self.tr("The chosen document"))
        self.view_button.setText(self.tr("&View"))
        self.save_button.setText(self.tr("Save &as…"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def connect_store(
        self,
        adder: Callable[[bytes, str, str], None],
        loader: Callable[[str], bytes],
        copier: Callable[[str, Path], None],
        remover: Callable[[str], None],
    ) -> None:
        """The functions that add (bytes, title, file name), load, copy and remove one."""
        self._adder, self._loader, self._copier, self._remover = adder, loader, copier, remover

    def show_attachments(self, rows: Sequence[AttachmentRow]) -> None:
        current = self.current()
        self._rows = list(rows)
        self.model.set_rows(self._rows)
        row = self.model.row_of(current.record_id) if current is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.viewer.clear()
        self._update_buttons()

    def current(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < self.model.rowCount():
            return None
        row: AttachmentRow = self.model.row_at(index.row())
        return row

    def _update_buttons(self, *_args: QModelIndex) -> None:
        chosen = self.current() is not None
        for button in (self.view_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_document(self) -> None:
        """Choose a file and add it (its type checked by content, its size by the limit)."""
        if self._adder is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a scanned document"), "",
            self.tr("Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        try:
            data = read_upload(path)
            self._adder(data, self.title.text().strip() or path.stem, path.name)
        except Exception as error:
            log.exception("a contact-journal action failed")
            self._show_message(error_message(error))
            return
        self._show_message("")
        self.title.clear()
        self.changed.emit()

    def view_current(self) -> None:
        """Show the chosen document below the list."""
        row = self.current()
        if row is None or self._loader is None:
            return
        try:
            data = self._loader(row.record_id)
        except Exception as error:
            log.exception("a contact-journal action failed")
            self.viewer.clear(error_message(error))
            return
        self.viewer.show_document(row.kind, data)

    def save_current(self) -> None:
        """Save a copy of the chosen document where the consultant chooses (audited)."""
        row = self.current()
        if row is None or self._copier is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the document"),
                                                    copy_name(row))  # fmt: skip
        if not name:
            return
        try:
            self._copier(row.record_id, Path(name))
        except Exception as error:
            log.exception("a contact-journal action failed")
            self._show_message(error_message(error))
            return
        self._show_message("")

    def remove_current(self) -> None:
        row = self.current()
        if row is None or self._remover is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove?"),
            self.tr("Remove the document \"{title}\" from the dossier? This cannot be undone.")
            .format(title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._remover(row.record_id)
        except Exception as error:
            log.exception("a contact-journal action failed")
            self._show_message(error_message(error))
            return
        self.viewer.clear()
        self.changed.emit()

    def tab_title(self) -> str:
        title = self.tr("Attachments")
        return f"{title} ({len(self._rows)})" if self._rows else title


class ContactPage(QWidget):
    """The Contact tab: the journal and the attachments, each in its own inner tab.

    Signals: none of its own; use ``journal``'s and ``attachments``'.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = JournalPage()
        self.attachments = AttachmentsPage()
        self.inner = QTabWidget()
        self.inner.setObjectName("contact_parts")
        self.inner.addTab(self.journal, "")
        self.inner.addTab(self.attachments, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.inner.setTabText(0, self.journal.tab_title())
        self.inner.setTabText(1, self.attachments.tab_title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_dossier(self, dossier: Dossier) -> None:
        self.journal.show_dossier(dossier)
        self.attachments.show_attachments(dossier.attachments)
        self.retranslate_ui()

    def clear(self) -> None:
        self.journal.clear()
        self.attachments.show_attachments([])
        self.retranslate_ui()
