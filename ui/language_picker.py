"""Languages chosen by name: a field that shows "Turks, Engels" and stores "tr,en".

:class:`LanguagePicker` is the field (one language, or several where the field holds a list);
Enter, Space, Alt+Down or typing a letter opens :class:`LanguageChooser`, a searchable list of
every language Babel names in the UI language, the ones a consultant meets most first.
"""

from __future__ import annotations

import re

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.languages import LANGUAGES
from desktop.messages import current_language
from ui.languages import INTERPRETER_LANGUAGES, language_name
from ui.widgets import fit_to_screen

CODE_ROLE = Qt.ItemDataRole.UserRole


def _handout_codes() -> list[str]:
    return ["prs" if lang.code == "fa_AF" else lang.code for lang in LANGUAGES.values()]


def common_codes() -> list[str]:
    """The languages met most (interpreters' and handouts'), first in the list."""
    return list(dict.fromkeys([*INTERPRETER_LANGUAGES, *_handout_codes()]))


def all_codes(ui_language: str | None = None) -> list[str]:
    """Every language Babel names (plain codes, no regional variants), common ones first,
    the rest by name in the UI language."""
    ui = ui_language or current_language()
    try:
        names = [str(code) for code in Locale.parse(ui).languages]
    except (UnknownLocaleError, ValueError):
        names = []
    common = common_codes()
    rest = [code for code in names if "_" not in code and code not in common and code != "und"]
    rest.sort(key=lambda code: language_name(code, ui).casefold())
    return [*common, *rest]


def split_codes(value: str) -> list[str]:
    """``"tr, en"`` → ``["tr", "en"]`` (what the field stores, as a list)."""
    return [code.strip() for code in value.split(",") if code.strip()]


def _matches(code: str, name: str, search: str) -> bool:
    """A name matches where one of its words starts with what is typed ("ara" finds
    Arabisch and Marokkaans Arabisch, not Bambara); a code matches exactly ("ti")."""
    wanted = search.strip().casefold()
    if not wanted or wanted == code.casefold():
        return True
    folded = name.casefold()
    words = re.split(r"[\s\-()]+", folded)
    return folded.startswith(wanted) or any(word.startswith(wanted) for word in words)


class LanguageChooser(QDialog):
    """A searchable list of languages by name; checkboxes when several can be chosen.

    Down in the search field moves into the list, Space ticks, Enter chooses.
    """

    def __init__(
        self, chosen: list[str], *, multiple: bool, search: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("language_chooser")
        self.setProperty("help_section", "language_chooser")
        self.multiple = multiple
        self.search = QLineEdit(search)
        self.search.setObjectName("language_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("language_list")
        self.empty = QLabel()
        self.empty.setObjectName("language_none_found")
        self.empty.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("language_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("language_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        known = all_codes()
        self._fill([*known, *(c for c in chosen if c not in known)], chosen)
        self.search.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(self._activated)  # Enter: the OK button
        self._filter(search)
        self.retranslate()
        fit_to_screen(self, 380, 480)
        self.search.setFocus()
        if search:
            self.search.end(False)

    def _fill(self, codes: list[str], chosen: list[str]) -> None:
        for code in codes:
            item = QListWidgetItem(language_name(code))
            item.setData(CODE_ROLE, code)
            if self.multiple:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = code in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if not self.multiple and chosen and code == chosen[0]:
                self.list.setCurrentItem(item)

    def retranslate(self) -> None:
        many = self.multiple
        self.setWindowTitle(self.tr("Choose languages") if many else self.tr("Choose a language"))
        self.search.setPlaceholderText(self.tr("Type to search, e.g. Arabic"))
        self.search.setAccessibleName(self.tr("Search a language"))
        self.list.setAccessibleName(self.tr("Languages") if many else self.tr("Language"))
        self.list.setAccessibleDescription(
            self.tr("Space ticks a language, Enter takes the ticked ones")
            if many
            else self.tr("Enter takes the language")
        )
        self.empty.setText(self.tr("No language has that name."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _filter(self, text: str) -> None:
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not _matches(item.data(CODE_ROLE), item.text(), text)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.empty.setVisible(first is None)
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def _activated(self, item: QListWidgetItem) -> None:
        if self.multiple:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        else:
            self.list.setCurrentItem(item)
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.search and pressed and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                self.list.setFocus()
                return False
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.multiple:
                if self.list.currentItem() is not None and not self.list.currentItem().isHidden():
                    self.accept()
                return True
            if key == Qt.Key.Key_Space and self.multiple and not self.search.text():
                self._tick_current()
                return True
        return super().eventFilter(watched, event)

    def _tick_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self._activated(item)

    def chosen(self) -> list[str]:
        """The codes chosen: the ticked ones in list order (or the current one)."""
        if not self.multiple:
            item = self.list.currentItem()
            return [item.data(CODE_ROLE)] if item is not None and not item.isHidden() else []
        return [
            self.list.item(row).data(CODE_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


class LanguagePicker(QWidget):
    """A language field: shows names, holds codes (comma-separated when ``multiple``).

    Signals:
        changed(): the consultant chose other languages.
    """

    changed = Signal()

    def __init__(self, *, multiple: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self._codes: list[str] = []
        self.chooser: LanguageChooser | None = None
        self.display = QLineEdit()
        self.display.setObjectName("language_display")
        self.display.setReadOnly(True)
        self.display.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("language_choose")
        self.button.setText("…")
        self.button.clicked.connect(lambda _checked=False: self.choose())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.display)
        self.retranslate()

    def retranslate(self) -> None:
        """Names and texts again in the UI language (after a switch)."""
        self.button.setToolTip(
            self.tr("Choose languages") if self.multiple else self.tr("Choose a language")
        )
        self.button.setAccessibleName(self.button.toolTip())
        self.display.setPlaceholderText(self.tr("Type a letter or press Enter to choose"))
        self._show()

    def setAccessibleName(self, name: str) -> None:
        """The name is the field's: read by a screen reader on the line that has the focus."""
        super().setAccessibleName(name)
        self.display.setAccessibleName(name)

    def value(self) -> str:
        """The codes as the field stores them: ``"tr,en"`` (or one code)."""
        return ",".join(self._codes)

    def set_value(self, value: str) -> None:
        """Show ``value`` (codes) without emitting ``changed``; unknown codes are kept."""
        codes = split_codes(value or "")
        self._codes = codes if self.multiple else codes[:1]
        self._show()

    def _show(self) -> None:
        text = ", ".join(language_name(code) for code in self._codes)
        self.display.setText(text)
        self.display.setToolTip(text)
        self.display.setCursorPosition(0)

    def names(self) -> str:
        """What the field shows: the names of the languages chosen."""
        return self.display.text()

    def choose(self, search: str = "") -> LanguageChooser:
        """Open the chooser (window-modal, ``search`` typed into it already); the field takes
        what is chosen when the consultant presses OK or Enter."""
        if self.chooser is not None:
            self.chooser.close()
        chooser = LanguageChooser(
            list(self._codes), multiple=self.multiple, search=search, parent=self
        )
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.accepted.connect(lambda c=chooser: self._take(c.chosen()))
        chooser.finished.connect(lambda _r, c=chooser: self._forget(c))
        self.chooser = chooser
        chooser.open()
        chooser.search.deselect()  # the letter typed stays, the next ones follow it
        chooser.search.end(False)
        return chooser

    def _forget(self, chooser: LanguageChooser) -> None:
        if self.chooser is chooser:
            self.chooser = None
        self.display.setFocus()

    def _take(self, codes: list[str]) -> None:
        if codes == self._codes:
            return
        self._codes = codes
        self._show()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.display
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            key, text = event.key(), event.text()
            modifiers = event.modifiers()
            opens = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F4)
            opens |= key == Qt.Key.Key_Down and bool(modifiers & Qt.KeyboardModifier.AltModifier)
            if opens:
                self.choose()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._codes:
                self._codes = []
                self._show()
                self.changed.emit()
                return True
            if text and text.isprintable() and not text.isspace() and not (
                modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):  # fmt: skip
                self.choose(search=text)
                return True
        if watched is self.display and event.type() == QEvent.Type.MouseButtonDblClick:
            self.choose()
            return True
        return super().eventFilter(watched, event)
